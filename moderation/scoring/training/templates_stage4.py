"""Fourth-stage template data: the second stage's rows plus our further threat families.

The second stage's rows (``templates.build_stage2``) hold German threats and look-alikes only.
This adds the training families of the second German threat set (``templates_threat_de2``:
veiled and conditional threats with their look-alikes) and of the English set
(``templates_threat_en``: veiled and conditional threats, calls for violence, look-alikes),
which the threat guard's second version learnt from; their held-out families go to the
held-out file, to be reported only. Writes train_stage4.jsonl and heldout_stage4.jsonl.

    python -m moderation.scoring.training.templates_stage4 --out-dir DIR \
        --threat-table tests/scoring/threat_development_cases.py
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from moderation.scoring.training import templates_threat_de2, templates_threat_en
from moderation.scoring.training.templates import (
    DEFAULT_SEED,
    Example,
    build_stage2,
    unseen_capped,
    write_files,
)

HELD_OUT_STAGE4 = templates_threat_de2.HELD_OUT_DE2 | templates_threat_en.HELD_OUT_EN


def build_stage4(
    seed: int = DEFAULT_SEED, threat_table: Path | None = None
) -> tuple[list[Example], list[Example]]:
    """(train, heldout): the second stage's rows plus the further families, each text once."""
    train, heldout = build_stage2(seed, threat_table)
    rng = random.Random(seed + 4)  # noqa: S311 (shuffling data, not security)
    seen = {row.text for row in train + heldout}
    families = {**templates_threat_de2.families(), **templates_threat_en.families()}
    new_train: list[Example] = []
    new_heldout: list[Example] = []
    for name, rows in sorted(families.items()):
        unique = unseen_capped(rows, seen, None, rng)
        (new_heldout if name in HELD_OUT_STAGE4 else new_train).extend(unique)
    rng.shuffle(new_train)
    return train + new_train, heldout + new_heldout


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--threat-table", type=Path, help="threat_development_cases.py")
    args = parser.parse_args(argv)
    train, heldout = build_stage4(args.seed, args.threat_table)
    write_files(args.out_dir, {"train_stage4": train, "heldout_stage4": heldout})


if __name__ == "__main__":
    main()
