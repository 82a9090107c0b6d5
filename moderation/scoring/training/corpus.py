"""The labelled corpus for fine-tuning: every dataset row, cleaned, split and weighted.

Rows come from ``moderation.scoring.datasets`` (the project's label mapping onto Detoxify's
six labels) plus, optionally, synthetic template rows. The split is the project's own text
hash rule (``features.split_bucket``): buckets 0-14 are the validation split that every
scorer reports on, 15-24 the selection split (checkpoint choice and calibration, as the
embedded head uses it), 25-99 are trained on. Template files are never split: a training
template file is trained on, a held-out one only reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from moderation.scoring.features import clean_text, split_bucket
from moderation.scoring.labels import LABELS
from moderation.scoring.training import datasets as ds

VALIDATION_BUCKETS = range(0, 15)
SELECTION_BUCKETS = range(15, 25)
SPLIT_RULE = (
    "bucket = blake2b-64(text lower-cased, mentions/URLs/punctuation removed) mod 100 "
    "(moderation.scoring.features.split_bucket); validation = buckets 0-14 (reported only), "
    "selection = 15-24 (checkpoint choice and calibration), train = 25-99. Template rows: "
    "train file trained on, held-out file reported only."
)


@dataclass
class Corpus:
    """Parallel arrays, one entry per labelled row."""

    texts: list[str]  # cleaned with features.clean_text
    datasets: np.ndarray  # dataset name per row
    languages: np.ndarray
    targets: np.ndarray  # (n, 6) float, NaN where the label is unknown
    split: np.ndarray  # "validation" | "selection" | "train"
    raw: list[str] | None = None  # the texts as the dataset has them

    def subset(self, mask: np.ndarray) -> Corpus:
        idx = np.flatnonzero(mask)
        return Corpus(
            [self.texts[i] for i in idx],
            self.datasets[idx],
            self.languages[idx],
            self.targets[idx],
            self.split[idx],
            None if self.raw is None else [self.raw[i] for i in idx],
        )

    def __len__(self) -> int:
        return len(self.texts)


def split_of(text: str) -> str:
    bucket = split_bucket(text)
    if bucket in VALIDATION_BUCKETS:
        return "validation"
    if bucket in SELECTION_BUCKETS:
        return "selection"
    return "train"


def load_datasets(data_dir: Path, names: list[str] | None = None) -> Corpus:
    """All rows of the named datasets (default: all) that speak to at least one label."""
    texts, names_out, langs, targets, split, raw = [], [], [], [], [], []
    for spec in ds.select("all", names):
        for ex in ds.load(spec, data_dir):
            row = [np.nan if ex.targets[lb] is None else ex.targets[lb] for lb in LABELS]
            if all(np.isnan(row)):
                continue  # e.g. GerMS ties: no training signal
            texts.append(clean_text(ex.text))
            raw.append(ex.text)
            names_out.append(ex.dataset)
            langs.append(ex.language)
            targets.append(row)
            split.append(split_of(ex.text))
    return Corpus(
        texts, np.array(names_out), np.array(langs), np.array(targets), np.array(split), raw
    )


def load_templates(path: Path, name: str, split: str) -> Corpus:
    """Template rows ({"text","lang","labels":{...},"family"}) as one pseudo-dataset."""
    texts, langs, targets, raw = [], [], [], []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            texts.append(clean_text(row["text"]))
            raw.append(row["text"])
            langs.append(row["lang"])
            labels = row["labels"]
            targets.append([float(labels[lb]) if lb in labels else np.nan for lb in LABELS])
    n = len(texts)
    return Corpus(
        texts,
        np.array([name] * n),
        np.array(langs),
        np.array(targets).reshape(n, len(LABELS)),
        np.array([split] * n),
        raw,
    )


def concat(parts: list[Corpus]) -> Corpus:
    return Corpus(
        [t for p in parts for t in p.texts],
        np.concatenate([p.datasets for p in parts]),
        np.concatenate([p.languages for p in parts]),
        np.concatenate([p.targets for p in parts]),
        np.concatenate([p.split for p in parts]),
        None if any(p.raw is None for p in parts) else [t for p in parts for t in p.raw],
    )


def sampling_weights(corpus: Corpus, cap: int, language_weight: dict[str, float]) -> np.ndarray:
    """Per-row sampling weight: a dataset counts as at most ``cap`` rows, times its language's
    weight, so large English sets do not outweigh the German news-site sets."""
    weights = np.zeros(len(corpus))
    for name in np.unique(corpus.datasets):
        mask = corpus.datasets == name
        weights[mask] = min(1.0, cap / mask.sum())
    return weights * np.array([language_weight.get(lang, 1.0) for lang in corpus.languages])
