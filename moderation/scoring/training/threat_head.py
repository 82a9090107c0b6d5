"""Train the German model's threat head: the threat guard's recipe over the model's last layer
(moderation/scoring/threat_head.py).

Same rows, weights, penalty and threshold rule as the guard (``training/threat_guard.py``), so
the two differ only in what they read. The features are the shipped German model's, computed
through ``DetoxifyScorer.window_states``, the serving path itself: one row per token window,
labelled with its text's label. They are standardised on the real training rows before the fit
(hidden states are not unit scale, unlike sentence embeddings) and the standardisation is then
folded into the weights, so the artifact is one weight per feature, a bias and a threshold.
A text's logit is its highest over its windows, as in serving; the threshold is the 99th
percentile over the German selection rows that say no threat.

    python -m moderation.scoring.training.threat_head --data ../shared/data \
        --threat-table tests/scoring/threat_development_cases.py \
        --out moderation/scoring/artifacts/threat-head-de [--cache .cache/head]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from moderation.scoring import german_model
from moderation.scoring.features import clean_text
from moderation.scoring.threat_guard import GUARD_FILE, MANIFEST_FILE, ThreatGuard
from moderation.scoring.training import datasets as ds
from moderation.scoring.training.templates import DEFAULT_SEED
from moderation.scoring.training.threat_guard import (
    CLEAN_QUANTILE,
    L2,
    TEMPLATE_WEIGHT,
    balanced,
    fit_logistic,
    real_rows,
    template_rows,
    threshold_and_report,
)

PRECISION = "bf16"  # the precision the service runs the German model at, and the faster one
# Texts per call: fixed, because the batches inside a call (sorted by length) move the bf16
# states in their last bits; the same chunks give the same states.
_CHUNK = 4096


def window_states(texts: list[str], threads: int, cache: Path | None) -> tuple[np.ndarray, ...]:
    """(owner per window, states per window) of ``texts`` under the shipped German model."""
    version = german_model.version_of()
    path = cache / f"states-{version}-{PRECISION}-{len(texts)}.npz" if cache else None
    if path is not None and path.is_file():
        stored = np.load(path)
        return stored["owners"], stored["states"]
    from moderation.scoring.detoxify_backend import DetoxifyScorer

    scorer = DetoxifyScorer(precision=PRECISION, threads=threads, batch_size=64)
    owners, states, started = [], [], time.monotonic()
    for start in range(0, len(texts), _CHUNK):
        chunk_owners, chunk_states = scorer.window_states(texts[start : start + _CHUNK])
        owners.append(np.asarray(chunk_owners) + start)
        states.append(chunk_states.numpy())
        done = min(start + _CHUNK, len(texts))
        print(f"states {done}/{len(texts)} {time.monotonic() - started:.0f}s", file=sys.stderr)
    result = np.concatenate(owners), np.vstack(states)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, owners=result[0], states=result[1])
    return result


def fold(w: np.ndarray, b: float, mean: np.ndarray, scale: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights over standardised states as weights over raw ones:
    ((s - mean) / scale) . w + b  ==  s . (w / scale) + (b - mean . (w / scale))."""
    raw = w / scale
    return raw, float(b - mean @ raw)


def text_logits(owners: np.ndarray, window_logits: np.ndarray, count: int) -> np.ndarray:
    """Each text's highest logit over its windows."""
    logits = np.full(count, -np.inf)
    np.maximum.at(logits, owners, window_logits)
    return logits


def train(data_dir: Path, threat_table: Path | None, cache: Path | None, threads: int) -> tuple:
    """Fit the head; returns (weights, bias, threshold, report for the manifest)."""
    texts, labels, split, langs, names = real_rows(data_dir)
    tpl_train, tpl_heldout = template_rows(threat_table)
    all_texts = texts + [clean_text(r.text) for r in tpl_train + tpl_heldout]
    owners, states = window_states(all_texts, threads, cache)
    n_real, n_tpl = len(texts), len(tpl_train)
    tpl_y = np.array([int(r.labels["threat"] >= 0.5) for r in tpl_train], dtype=np.int8)

    # Per text: its label, whether it trains, and its weight; each window inherits them.
    text_y = np.concatenate([labels, tpl_y, np.zeros(len(tpl_heldout), dtype=np.int8)])
    trains = np.concatenate(
        [split == "train", np.ones(n_tpl, bool), np.zeros(len(tpl_heldout), bool)]
    )
    text_weight = np.concatenate([np.ones(n_real), np.full(n_tpl, TEMPLATE_WEIGHT),
                                  np.zeros(len(tpl_heldout))])  # fmt: skip
    real_train_windows = (owners < n_real) & trains[owners]
    mean = states[real_train_windows].astype(np.float64).mean(0)
    scale = states[real_train_windows].astype(np.float64).std(0) + 1e-6
    standard = (states - mean) / scale

    rows = trains[owners]
    x, y, weights = (
        standard[rows],
        text_y[owners][rows].astype(np.float64),
        text_weight[owners][rows],
    )
    raw_w, raw_b = fold(*fit_logistic(x, y, balanced(y, weights), L2), mean, scale)

    logits = text_logits(owners, states.astype(np.float64) @ raw_w + raw_b, len(all_texts))
    threshold, report = threshold_and_report(
        logits[:n_real], logits[n_real + n_tpl :], (labels, split, langs, names), tpl_heldout
    )
    report["training_rows"] = {
        "real": int((split == "train").sum()),
        "real_threats": int(labels[split == "train"].sum()),
        "templates": n_tpl,
        "template_threats": int(tpl_y.sum()),
        "windows": int(rows.sum()),
    }
    return raw_w, raw_b, threshold, report


def write(out: Path, w: np.ndarray, b: float, threshold: float, report: dict) -> ThreatGuard:
    out.mkdir(parents=True, exist_ok=True)
    # Plain JSON with rounded numbers: the same fit writes the same bytes.
    arrays = {
        "weights": [round(float(v), 7) for v in w],
        "bias": round(b, 6),
        "threshold": round(threshold, 6),
    }
    (out / GUARD_FILE).write_text(json.dumps(arrays) + "\n")
    head = ThreatGuard.load(out, check_manifest=False)
    manifest = {
        "name": "threat-head-de",
        "sha256": head.sha256,
        "encoder": german_model.version_of(),
        "features": "per token window: the last layer's first-token state and the mean of its "
        f"token states, {PRECISION}; a text takes its highest logit over its windows",
        "target": "threat or call for violence (Detoxify's threat label)",
        "threshold_rule": f"quantile {CLEAN_QUANTILE} of the text logit over the German rows of "
        "the selection buckets 15-24 that say no threat",
        "recipe": {"template_weight": TEMPLATE_WEIGHT, "l2": L2, "template_seed": DEFAULT_SEED},
        "datasets": [{"name": s.name, "licence": s.licence} for s in ds.select("all")],
        "templates": "written here (moderation/scoring/training/templates*.py), same licence as "
        "the project",
        "model": "the German model artifact named in 'encoder' (its own manifest gives the "
        "licence chain of its weights and data)",
        "report": report,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return head


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--threat-table", type=Path, help="threat_development_cases.py")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cache", type=Path, help="directory for the model's window states")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    w, b, threshold, report = train(args.data, args.threat_table, args.cache, args.threads)
    head = write(args.out, w, b, threshold, report)
    print(json.dumps({"sha256": head.sha256, "threshold": threshold, **report}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
