"""How often the threat detector fires on real German comments, clean and toxic, per data set.

The detector holds what it hits whatever the model says, so its hits on comments that moderators
or annotators found harmless are false alarms a newsroom pays for. Rows are split by the project's
split rule: the validation buckets (0..14) are only counted; the other buckets are where false
hits may be read and rules fixed (``--show``), so the validation rate stays an honest estimate.

    python -m moderation.scoring.training.threat_false_alarms --data ../shared/data [--show 40]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from moderation.scoring.features import split_bucket
from moderation.scoring.threats import find_threat
from moderation.scoring.training.datasets import DATASETS, VALIDATION_PERCENT, load

# German sets whose rows say clean or toxic outright; the violence set says threat or not.
CLEAN_OR_TOXIC = (
    "germeval2018",
    "germeval2019",
    "germeval2021_toxic",
    "rp_mod",
    "rp_crowd_3",
    "hasoc2019_de",
    "hasoc2020_de",
    "cophi_german_hatespeech_corpus",
)
VIOLENCE = "germeval2026_harmful_vio"


def _kind(dataset: str, targets: dict[str, float | None]) -> str | None:
    """'clean', 'toxic' or 'threat' for a row, None where the source does not say."""
    if dataset == VIOLENCE:
        return {0.0: "no threat", 1.0: "threat"}.get(targets["threat"])  # type: ignore[arg-type]
    return {0.0: "clean", 1.0: "toxic"}.get(targets["toxicity"])  # type: ignore[arg-type]


def count(data_dir: Path, show: int = 0) -> list[tuple[str, str, str, int, int]]:
    """(data set, kind, part, rows, hits) rows; prints up to ``show`` false hits of the
    non-validation part of each set's clean rows."""
    table: dict[tuple[str, str, str], list[int]] = {}
    for name in (*CLEAN_OR_TOXIC, VIOLENCE):
        shown = 0
        for example in load(DATASETS[name], data_dir):
            kind = _kind(name, example.targets)
            if kind is None:
                continue
            part = "validation" if split_bucket(example.text) < VALIDATION_PERCENT else "rest"
            hit = find_threat(example.text)
            cell = table.setdefault((name, kind, part), [0, 0])
            cell[0] += 1
            cell[1] += hit is not None
            if hit and part == "rest" and kind in {"clean", "no threat"} and shown < show:
                shown += 1
                print(f"{name} [{hit.rule}] {hit.excerpt!r}: {example.text[:300]!r}")
    return [(n, k, p, rows, hits) for (n, k, p), (rows, hits) in table.items()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--show", type=int, default=0, help="false hits to print per set")
    args = parser.parse_args(argv)
    rows = count(args.data, args.show)
    print(f"{'data set':32} {'kind':10} {'part':10} {'rows':>6} {'hits':>5} {'rate':>7}")
    totals: dict[tuple[str, str], list[int]] = {}
    for name, kind, part, n, hits in sorted(rows):
        print(f"{name:32} {kind:10} {part:10} {n:6d} {hits:5d} {hits / n:7.2%}")
        total = totals.setdefault((kind, part), [0, 0])
        total[0] += n
        total[1] += hits
    for (kind, part), (n, hits) in sorted(totals.items()):
        print(f"{'all':32} {kind:10} {part:10} {n:6d} {hits:5d} {hits / n:7.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
