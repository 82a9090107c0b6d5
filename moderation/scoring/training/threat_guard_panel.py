"""Put trained guard heads into one panel artifact (moderation/scoring/threat_guard.py).

Each head is a directory written by ``training/threat_guard.py``; the panel's ``guard.json``
holds their arrays in the order given, and its manifest keeps each head's manifest, so what
every head was trained on and what it flagged stays on record.

    python -m moderation.scoring.training.threat_guard_panel --head DIR1 --head DIR2 \
        --out moderation/scoring/artifacts/threat-guard
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from moderation.scoring.threat_guard import GUARD_FILE, MANIFEST_FILE, GuardPanel, ThreatGuard, load


def build(heads: Sequence[Path], out: Path) -> GuardPanel:
    """Write the panel of ``heads`` (each checked against its manifest) into ``out``."""
    if len(heads) < 2:
        raise ValueError("a panel needs at least two heads")
    for head in heads:
        ThreatGuard.load(head)  # refuses a head whose weights or encoder do not match
    arrays = [json.loads((head / GUARD_FILE).read_text(encoding="utf-8")) for head in heads]
    manifests = [json.loads((head / MANIFEST_FILE).read_text(encoding="utf-8")) for head in heads]
    encoders = {manifest["encoder"] for manifest in manifests}
    if len(encoders) != 1:
        raise ValueError(f"the heads read different encoders: {sorted(encoders)}")
    out.mkdir(parents=True, exist_ok=True)
    # Plain JSON in a fixed order, as for one head: the same heads give the same bytes.
    (out / GUARD_FILE).write_text(json.dumps({"heads": arrays}) + "\n")
    panel = load(out, check_manifest=False)
    if not isinstance(panel, GuardPanel):  # load() reads a "heads" file as a panel
        raise TypeError(f"{out} was not read back as a panel")
    manifest = {
        "name": "threat-guard",
        "sha256": panel.sha256,
        "encoder": encoders.pop(),
        "rule": "a text is flagged where any head flags it (the highest of their probabilities)",
        "heads": manifests,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return panel


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--head", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    panel = build(args.head, args.out)
    print(json.dumps({"sha256": panel.sha256, "heads": len(panel.heads)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
