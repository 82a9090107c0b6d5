"""Choose the cascade's two bounds on the validation split, and compare it with its parts.

Reads the per-row validation probabilities that ``evaluate_finetuned --cache`` saved for the
embedded scorer and the German model (``<name>-<precision>-<rows>.npz``, key ``val``: one row
per validation row of ``corpus.load_datasets`` in its order, columns in LABELS order), and
the validation rows' targets from shared/data.

The rule (``moderation.scoring.cascade``): a row keeps the embedded scores when its highest
embedded label is below ``low`` or at least ``high``; the rest take the German model's.
Chosen: the pair that defers the fewest rows while four summaries stay within ``--margin``
of the German model's at every cut of ``--cuts`` (a site's policy may move the threshold):
the mean GermEval macro-F1 of the German sets, of the English sets, and the F1 of "all de"
and "all en" on toxicity. Also reported: the mean of both scorers' probabilities, on every
row and on the deferred rows only.

    python -m moderation.scoring.training.cascade_bounds --data ../shared/data \\
        --embedded eval/embedded-fp32-17514.npz --german eval/german-fp32-17514.npz \\
        --out-json cascade.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring.training import datasets as ds
from moderation.scoring.training import evaluate
from moderation.scoring.training.corpus import load_datasets

SUMMARIES = ("de sets", "all de", "en sets", "all en")
DEFAULT_CUTS = (0.3, 0.4, 0.5, 0.6, 0.7)
LOWS = np.round(np.arange(0.05, 0.5001, 0.025), 3)
HIGHS = np.round(np.arange(0.5, 1.0001, 0.025), 3)


def deferred(fast: np.ndarray, low: float, high: float) -> np.ndarray:
    """Rows the cascade hands to the transformer: highest fast label in [low, high)."""
    top = fast.max(axis=1)
    return (top >= low) & (top < high)


def cascade(fast: np.ndarray, slow: np.ndarray, low: float, high: float) -> np.ndarray:
    return np.where(deferred(fast, low, high)[:, None], slow, fast)


class Judge:
    """GermEval tables of probability matrices over one fixed set of validation rows."""

    def __init__(self, targets: np.ndarray, datasets: np.ndarray, languages: np.ndarray) -> None:
        self.targets, self.datasets, self.languages = targets, datasets, languages
        self.primary = {name: spec.primary for name, spec in ds.DATASETS.items()}

    def table(self, probs: np.ndarray, cut: float = evaluate.THRESHOLD) -> list[dict[str, Any]]:
        saved = evaluate.THRESHOLD
        evaluate.THRESHOLD = cut  # evaluate_rows reads the module's cut
        try:
            return evaluate.evaluate_rows(
                probs, self.targets, self.datasets, self.languages, self.primary
            )
        finally:
            evaluate.THRESHOLD = saved

    def summaries(self, probs: np.ndarray, cut: float) -> dict[str, float]:
        rows = {row["dataset"]: row for row in self.table(probs, cut)}
        sets = {lang: [r["macro_f1"] for n, r in rows.items() if r["language"] == lang
                       and not n.startswith("all ")] for lang in ("de", "en")}  # fmt: skip
        return {
            "de sets": float(np.mean(sets["de"])),
            "all de": rows["all de"]["macro_f1"],
            "en sets": float(np.mean(sets["en"])),
            "all en": rows["all en"]["macro_f1"],
        }

    def shortfall(self, probs: np.ndarray, reference: np.ndarray, cuts: Sequence[float]) -> float:
        """The largest amount by which any summary at any cut falls below ``reference``'s."""
        worst = -1.0
        for cut in cuts:
            ours, theirs = self.summaries(probs, cut), self.summaries(reference, cut)
            worst = max(worst, max(theirs[k] - ours[k] for k in SUMMARIES))
        return worst


def choose(
    judge: Judge, fast: np.ndarray, slow: np.ndarray, margin: float, cuts: Sequence[float]
) -> dict[str, Any]:
    """The bounds deferring the fewest rows within ``margin`` of ``slow`` at every cut."""
    best: dict[str, Any] | None = None
    for low in LOWS:
        for high in HIGHS:
            share = float(deferred(fast, low, high).mean())
            if best is not None and share >= best["deferred"]:
                continue
            gap = judge.shortfall(cascade(fast, slow, low, high), slow, cuts)
            if gap <= margin:
                best = {"low": float(low), "high": float(high), "deferred": share, "gap": gap}
    if best is None:
        raise SystemExit("no pair of bounds keeps the margin; defer everything instead")
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.cascade_bounds")
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--embedded", type=Path, required=True, help="cached embedded npz")
    parser.add_argument("--german", type=Path, required=True, help="cached German model npz")
    parser.add_argument("--margin", type=float, default=0.005)
    parser.add_argument("--cuts", default=",".join(map(str, DEFAULT_CUTS)))
    parser.add_argument("--low", type=float, help="report these bounds instead of choosing")
    parser.add_argument("--high", type=float)
    parser.add_argument("--out-json", type=Path)
    args = parser.parse_args(argv)
    cuts = [float(c) for c in args.cuts.split(",")]

    corpus = load_datasets(args.data)
    val = corpus.subset(corpus.split == "validation")
    with np.load(args.embedded) as a, np.load(args.german) as b:
        fast, slow = a["val"], b["val"]
    if not len(fast) == len(slow) == len(val):
        raise SystemExit(f"{len(fast)}, {len(slow)} cached rows for {len(val)} validation rows")
    judge = Judge(val.targets, val.datasets, val.languages)
    if args.low is not None and args.high is not None:
        low, high = args.low, args.high
        chosen = {"low": low, "high": high, "deferred": float(deferred(fast, low, high).mean())}
        chosen["gap"] = judge.shortfall(cascade(fast, slow, low, high), slow, cuts)
    else:
        chosen = choose(judge, fast, slow, args.margin, cuts)
        low, high = chosen["low"], chosen["high"]
    mask = deferred(fast, low, high)
    both = (fast + slow) / 2
    scorers = {
        "embedded": fast,
        "german": slow,
        "cascade": cascade(fast, slow, low, high),
        "mean": both,
        "cascade-mean": np.where(mask[:, None], both, fast),
    }
    report = {
        "rows": len(val),
        "margin": args.margin,
        "cuts": cuts,
        "chosen": chosen,
        "deferred_per_set": {
            **{name: float(mask[val.datasets == name].mean()) for name in set(val.datasets)},
            **{f"all {lang}": float(mask[val.languages == lang].mean()) for lang in ("de", "en")},
        },
        "tables": {name: judge.table(p) for name, p in scorers.items()},
        "summaries": {
            name: {str(cut): judge.summaries(p, cut) for cut in cuts} for name, p in scorers.items()
        },
        "shortfall_against_german": {
            name: judge.shortfall(p, slow, cuts) for name, p in scorers.items()
        },
    }
    print(json.dumps({k: report[k] for k in ("chosen", "shortfall_against_german")}, indent=2))
    print(side_by_side(report["tables"], report["deferred_per_set"]))
    if args.out_json:
        args.out_json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def side_by_side(tables: dict[str, list[dict[str, Any]]], deferred_share: dict[str, float]) -> str:
    names = list(tables)
    lines = [
        "| data set | label | rows | "
        + " | ".join(f"F1 {n}" for n in names)
        + " | "
        + " | ".join(f"AUC {n}" for n in names)
        + " | deferred |",
        "|---|---|---:|" + "---:|" * (2 * len(names) + 1),
    ]
    for i, row in enumerate(tables[names[0]]):
        share = deferred_share.get(row["dataset"])
        cells = [row["dataset"], row["label"], str(row["n"])]
        cells += [f"{tables[n][i]['macro_f1']:.3f}" for n in names]
        cells += [f"{tables[n][i]['auc']:.3f}" for n in names]
        cells.append("" if share is None else f"{share:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
