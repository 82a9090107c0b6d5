"""Validation metrics per dataset and language, and the calibration that sets the 0.5 cut."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring.labels import LABELS

THRESHOLD = 0.5
# German first: when one cut has to serve every dataset, German ones count double.
LANGUAGE_WEIGHT = {"de": 2.0, "en": 1.0}
# Below this many positives (or negatives) in the calibration split, a dataset's F1 is too
# noisy to move a cut, and Platt scaling alone decides.
MIN_CLASS_ROWS = 20


def roc_auc(y: np.ndarray, score: np.ndarray) -> float:
    """Area under the ROC curve via the rank-sum statistic; ties count half."""
    y = np.asarray(y, dtype=bool)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(score, kind="mergesort")
    sorted_scores = np.asarray(score)[order]
    ranks = np.empty(len(y), dtype=np.float64)
    # average rank within each run of tied scores
    _, first, counts = np.unique(sorted_scores, return_index=True, return_counts=True)
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def germeval_macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    """F1 of macro-averaged precision and macro-averaged recall over both classes.

    This is the GermEval 2018/2019 definition, which differs slightly from the mean of
    the two per-class F1 scores.
    """
    y, pred = np.asarray(y, dtype=bool), np.asarray(pred, dtype=bool)
    precisions, recalls = [], []
    for cls in (True, False):
        tp = float(np.sum((pred == cls) & (y == cls)))
        predicted, actual = float(np.sum(pred == cls)), float(np.sum(y == cls))
        precisions.append(tp / predicted if predicted else 0.0)
        recalls.append(tp / actual if actual else 0.0)
    p, r = float(np.mean(precisions)), float(np.mean(recalls))
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_rows(
    probs: np.ndarray,
    targets: np.ndarray,
    datasets: Sequence[str],
    languages: Sequence[str],
    primary: dict[str, str],
) -> list[dict[str, Any]]:
    """One row per dataset on its own primary label, then per language on toxicity.

    ``targets`` has NaN where a label is unknown for a text; those cells are skipped.
    """
    datasets_arr, languages_arr = np.asarray(datasets), np.asarray(languages)
    groups: list[tuple[str, str, str, np.ndarray]] = []
    for name in sorted(set(datasets), key=lambda n: (languages_arr[datasets_arr == n][0], n)):
        mask = datasets_arr == name
        groups.append((name, str(languages_arr[mask][0]), primary[name], mask))
    for language in sorted(set(languages)):
        groups.append((f"all {language}", language, "toxicity", languages_arr == language))
    rows = []
    for name, language, label, mask in groups:
        col = LABELS.index(label)
        known = mask & ~np.isnan(targets[:, col])
        y, p = targets[known, col] == 1.0, probs[known, col]
        if known.sum() == 0:
            continue
        rows.append(
            {
                "dataset": name,
                "language": language,
                "label": label,
                "n": int(known.sum()),
                "positives": int(y.sum()),
                "auc": roc_auc(y, p),
                "macro_f1": germeval_macro_f1(y, p >= THRESHOLD),
                "predicted_positive": int((p >= THRESHOLD).sum()),
            }
        )
    return rows


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))


def platt(z: np.ndarray, y: np.ndarray, weight: np.ndarray) -> tuple[float, float]:
    """Fit p = sigmoid(a*z + b) by damped Newton steps, gently pulled towards (1, 0).

    Uses Platt's smoothed targets, so a calibration split that the head separates
    perfectly (rare labels) cannot drive the slope to infinity.
    """
    if len(y) == 0 or y.min() == y.max():
        return 1.0, 0.0  # nothing to calibrate against
    pos, neg = weight[y == 1].sum(), weight[y == 0].sum()
    t = np.where(y == 1, (pos + 1) / (pos + 2), 1 / (neg + 2))
    ridge = 1e-3 * weight.sum()

    def loss(a: float, b: float) -> float:
        zz = a * z + b
        return float(weight @ (np.logaddexp(0, zz) - t * zz) + ridge * ((a - 1) ** 2 + b**2) / 2)

    a, b = 1.0, 0.0
    for _ in range(100):
        p = sigmoid(a * z + b)
        r, h = weight * (p - t), weight * p * (1 - p)
        grad = np.array([r @ z + ridge * (a - 1), r.sum() + ridge * b])
        hess = np.array([[h @ (z * z) + ridge, h @ z], [h @ z, h.sum() + ridge]])
        delta, step, current = np.linalg.solve(hess, grad), 1.0, loss(a, b)
        while step > 1e-6 and loss(a - step * delta[0], b - step * delta[1]) > current:
            step /= 2
        a, b = a - step * delta[0], b - step * delta[1]
        if step * np.abs(delta).max() < 1e-9:
            break
    return float(a), float(b)


def calibrate(
    logits: np.ndarray,
    targets: np.ndarray,
    weight: np.ndarray,
    datasets: np.ndarray,
    languages: np.ndarray,
    primary: dict[str, str],
) -> dict[str, dict[str, Any]]:
    """Per label: Platt scaling, then an intercept shift so that the 0.5 cut maximises the
    mean GermEval macro-F1 of the datasets annotated for that label (German ones double).

    Platt alone would put the cut where the pooled mix of datasets is balanced, which is
    not where any one annotation guideline draws its line.
    """
    out: dict[str, dict[str, Any]] = {}
    shifts = np.round(np.arange(-3.0, 3.0001, 0.05), 2)
    for j, label in enumerate(LABELS):
        known = ~np.isnan(targets[:, j])
        a, b = platt(logits[known, j], targets[known, j], weight[known])
        groups = []
        for name in sorted(n for n, lb in primary.items() if lb == label):
            mask = known & (datasets == name)
            y = targets[mask, j] == 1.0
            if min(y.sum(), (~y).sum()) >= MIN_CLASS_ROWS:
                z = a * logits[mask, j] + b
                groups.append((name, LANGUAGE_WEIGHT.get(str(languages[mask][0]), 1.0), y, z))
        shift = 0.0
        if groups:
            total = sum(w for _, w, _, _ in groups)
            score = [
                sum(w * germeval_macro_f1(y, z + s >= 0.0) for _, w, y, z in groups) / total
                for s in shifts
            ]
            best = max(score)
            shift = float(
                min((s for s, f in zip(shifts, score, strict=True) if f == best), key=abs)
            )
        out[label] = {
            "a": a,
            "b": b + shift,
            "platt_b": b,
            "shift": shift,
            "shift_chosen_on": [name for name, _, _, _ in groups],
        }
    return out


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """A Markdown table of evaluate_rows() output, as printed by train and evaluate."""
    lines = [
        "| dataset | lang | label | n | pos | pred pos | ROC-AUC | macro-F1 @0.5 |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['dataset']} | {r['language']} | {r['label']} | {r['n']} | {r['positives']} "
            f"| {r['predicted_positive']} | {r['auc']:.3f} | {r['macro_f1']:.3f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Re-score the validation split of shared/data through the real scorer and print the table.

    Because this goes through ``EmbeddedScorer.score`` rather than training's cached
    features, it also checks that serving computes what training measured.
    """
    from moderation.scoring.embedded import DEFAULT_HEAD, EmbeddedScorer
    from moderation.scoring.features import split_bucket
    from moderation.scoring.training.datasets import (
        VALIDATION_PERCENT,
        load,
        select,
        target_matrix,
    )

    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.evaluate")
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--head", type=Path, default=DEFAULT_HEAD)
    parser.add_argument("--datasets", help="comma-separated dataset names (default: all)")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)

    specs = select("all", args.datasets.split(",") if args.datasets else None)
    examples = [
        ex
        for spec in specs
        for ex in load(spec, args.data)
        if split_bucket(ex.text) < VALIDATION_PERCENT
    ]
    scorer = EmbeddedScorer(args.head, batch_size=512, threads=args.threads)
    scores = scorer.score([ex.text for ex in examples])
    probs = np.array([[s[label] for label in LABELS] for s in scores])
    rows = evaluate_rows(
        probs,
        target_matrix(examples),
        [ex.dataset for ex in examples],
        [ex.language for ex in examples],
        {spec.name: spec.primary for spec in specs},
    )
    print(f"{scorer.version} on the validation split ({len(examples)} rows)")
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
