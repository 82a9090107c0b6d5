"""How sure is a validation change? Paired bootstrap intervals for a candidate against a base.

A candidate model is judged against the shipped one on the validation rows, set by set, by
GermEval's macro-F1 at 0.5. On a set with a few dozen positives that figure moves by several
points when a handful of comments change sides, so a fixed limit on its change mostly measures
chance. Resampling the rows of a set (the same rows for both models, so what they share cancels)
gives an interval for the change; a drop whose interval lies below zero is a real one.

    python -m moderation.scoring.training.paired_bootstrap --data ../shared/data \\
        --base eval-cache/shipped-fp32-17514.npz --candidate eval-cache/next-fp32-17514.npz

The arrays are ``evaluate_finetuned --cache`` files: validation probabilities in the order
``corpus.load_datasets`` yields the validation rows.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from moderation.scoring.labels import LABELS
from moderation.scoring.training.evaluate import germeval_macro_f1

CUT = 0.5


@dataclass(frozen=True)
class Change:
    """A candidate's F1 minus the base's on one set, with a two-sided interval."""

    change: float
    low: float
    high: float

    @property
    def real_drop(self) -> bool:
        return self.high < 0.0


def f1_change(
    y: np.ndarray,
    base: np.ndarray,
    candidate: np.ndarray,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 7,
) -> Change:
    """The change in macro-F1 at ``CUT`` from ``base`` to ``candidate`` probabilities, with the
    ``level`` interval of the same change over rows resampled with replacement."""
    y = np.asarray(y, dtype=bool)
    a, b = np.asarray(base) >= CUT, np.asarray(candidate) >= CUT
    rng = np.random.default_rng(seed)
    changes = np.empty(resamples)
    for i in range(resamples):
        rows = rng.integers(0, len(y), len(y))
        changes[i] = germeval_macro_f1(y[rows], b[rows]) - germeval_macro_f1(y[rows], a[rows])
    tail = (1.0 - level) / 2 * 100
    low, high = np.percentile(changes, [tail, 100 - tail])
    return Change(germeval_macro_f1(y, b) - germeval_macro_f1(y, a), float(low), float(high))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.paired_bootstrap")
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--base", type=Path, required=True, help="the shipped model's cache")
    parser.add_argument("--candidate", type=Path, required=True, help="the candidate's cache")
    parser.add_argument("--resamples", type=int, default=2000)
    args = parser.parse_args(argv)

    from moderation.scoring.training import datasets as ds
    from moderation.scoring.training.corpus import load_datasets

    corpus = load_datasets(args.data)
    val = corpus.subset(corpus.split == "validation")
    with np.load(args.base) as saved:
        base = saved["val"]
    with np.load(args.candidate) as saved:
        candidate = saved["val"]
    if base.shape != candidate.shape or len(base) != len(val):
        print(f"caches hold {len(base)} and {len(candidate)} rows; validation has {len(val)}")
        return 2
    print("| set | language | label | rows | positives | F1 change | 95 % interval | |")
    print("|---|---|---|---:|---:|---:|---:|---|")
    for name in sorted(set(val.datasets.tolist())):
        label = LABELS.index(ds.DATASETS[name].primary)
        rows = np.flatnonzero((val.datasets == name) & ~np.isnan(val.targets[:, label]))
        y = val.targets[rows, label]
        got = f1_change(y, base[rows, label], candidate[rows, label], args.resamples)
        print(
            f"| {name} | {val.languages[rows[0]]} | {LABELS[label]} | {len(rows)} "
            f"| {int(y.sum())} | {got.change:+.3f} | {got.low:+.3f} … {got.high:+.3f} "
            f"| {'real drop' if got.real_drop else ''} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
