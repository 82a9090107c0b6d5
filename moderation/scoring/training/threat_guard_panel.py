"""Put trained guard heads into one panel artifact (moderation/scoring/threat_guard.py).

Each head is a directory written by ``training/threat_guard.py``; the panel's ``guard.json``
holds their arrays in the order given, and its manifest keeps each head's manifest, so what
every head was trained on and what it flagged stays on record. With ``--agreement
LABEL:MODEL:GUARD:JUDGE`` (repeatable) the panel also flags a comment judged by a scorer whose
version starts JUDGE where that scorer's LABEL reaches MODEL and the panel's probability reaches
GUARD (guard_agreement.py). With ``--step-back JUDGE:MODEL:CUT`` the panel raises the threat of a
comment judged by JUDGE* only where that scorer's own threat reaches MODEL, and the threat is read
at CUT (guard_step_back.py).

    python -m moderation.scoring.training.threat_guard_panel --head DIR1 --head DIR2 \
        [--agreement threat:0.05:0.1:german-] [--step-back german-:0.01:0.4] \
        --out moderation/scoring/artifacts/threat-guard
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.guard_agreement import Agreement
from moderation.scoring.guard_step_back import StepBack
from moderation.scoring.threat_guard import GUARD_FILE, MANIFEST_FILE, GuardPanel, ThreatGuard, load


def build(
    heads: Sequence[Path],
    out: Path,
    agreements: Sequence[Agreement] = (),
    step_back: StepBack | None = None,
) -> GuardPanel:
    """Write the panel of ``heads`` (each checked against its manifest), with its
    ``agreements`` and ``step_back`` if any, into ``out``."""
    if len(heads) < 2 and not agreements:
        raise ValueError("a panel needs at least two heads, or one with agreements")
    for head in heads:
        ThreatGuard.load(head)  # refuses a head whose weights or encoder do not match
    arrays = [json.loads((head / GUARD_FILE).read_text(encoding="utf-8")) for head in heads]
    manifests = [json.loads((head / MANIFEST_FILE).read_text(encoding="utf-8")) for head in heads]
    encoders = {manifest["encoder"] for manifest in manifests}
    if len(encoders) != 1:
        raise ValueError(f"the heads read different encoders: {sorted(encoders)}")
    out.mkdir(parents=True, exist_ok=True)
    # Plain JSON in a fixed order, as for one head: the same heads give the same bytes.
    content: dict = {"heads": arrays}
    rule = "a text is flagged where any head flags it (the highest of their probabilities)"
    if agreements:
        content["agreements"] = [agreement.as_mapping() for agreement in agreements]
    for agreement in agreements:
        rule += (
            f"; also, for comments judged by {agreement.judge}*, where its {agreement.label} "
            f"reaches {agreement.model_floor} and the panel's probability {agreement.guard_floor}"
        )
    if step_back is not None:
        content["step_back"] = step_back.as_mapping()
        rule += (
            f"; for comments judged by {step_back.judge}*, the panel raises the threat only where "
            f"that scorer's own threat reaches {step_back.model_floor}, and the threat is read at "
            f"{step_back.threat_cut} (rescaled so that it becomes 0.5)"
        )
    (out / GUARD_FILE).write_text(json.dumps(content) + "\n")
    panel = load(out, check_manifest=False)
    if not isinstance(panel, GuardPanel):  # load() reads a "heads" file as a panel
        raise TypeError(f"{out} was not read back as a panel")
    if panel.agreements != tuple(agreements):
        raise ValueError(f"{out}: the agreements read back differ from those written")
    if panel.step_back != step_back:
        raise ValueError(f"{out}: the step-back read back differs from the one written")
    manifest = {
        "name": "threat-guard",
        "sha256": panel.sha256,
        "encoder": encoders.pop(),
        "rule": rule,
        "heads": manifests,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return panel


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--head", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--agreement", metavar="LABEL:MODEL:GUARD:JUDGE", action="append", default=[],
        help="also flag comments judged by JUDGE* where its LABEL and the panel reach these floors",
    )  # fmt: skip
    parser.add_argument(
        "--step-back", metavar="JUDGE:MODEL:CUT",
        help="for comments judged by JUDGE*: raise where its threat reaches MODEL, read at CUT",
    )  # fmt: skip
    args = parser.parse_args(argv)
    agreements = []
    for spec in args.agreement:
        try:
            label, model, guard, judge = spec.split(":")
        except ValueError:
            parser.error(f"--agreement takes LABEL:MODEL:GUARD:JUDGE, not {spec}")
        try:
            agreements.append(Agreement.from_mapping(
                {"label": label, "model": model, "guard": guard, "judge": judge}
            ))  # fmt: skip
        except ScorerConfigError as exc:
            parser.error(f"--agreement {spec}: {exc}")
    step_back = None
    if args.step_back:
        try:
            judge, model, cut = args.step_back.split(":")
            step_back = StepBack.from_mapping({"judge": judge, "model": model, "cut": cut})
        except ValueError:
            parser.error(f"--step-back takes JUDGE:MODEL:CUT, not {args.step_back}")
        except ScorerConfigError as exc:
            parser.error(f"--step-back {args.step_back}: {exc}")
    panel = build(args.head, args.out, agreements, step_back)
    print(json.dumps({"sha256": panel.sha256, "heads": len(panel.heads)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
