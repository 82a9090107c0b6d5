"""Detoxify-architecture models with random weights, timed through DetoxifyScorer offline.

No download: a transformers config of the real shape (bert-base-uncased: ``BertConfig()``;
xlm-roberta-base: ``XLMRobertaConfig`` with its 250,002-token vocabulary) gets random
weights, saved as a Detoxify-format checkpoint next to a local config directory. The
tokenizer is a WordPiece vocabulary generated from the benchmark comments and padded to the
model's vocabulary size; for the XLM-R shape that stands in for XLM-R's sentencepiece
tokenizer (which cannot be built offline), so its figures time the model, not the tokenizer.
Every text is cut to exactly ``TOKENS`` tokens, so each comment is one window of that length.
"""

from __future__ import annotations

import contextlib
import gc
import os
import statistics
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from moderation.scoring.labels import LABELS

TOKENS = 64
SPECIAL = [
    "[CLS]",
    "[PAD]",
    "[SEP]",
    "[UNK]",
    "[MASK]",
]  # ids 0-3 match XLM-R's <s> <pad> </s> <unk>


@dataclass(frozen=True)
class Shape:
    name: str
    model_name: str  # transformers class detoxify builds
    vocab_size: int


SHAPES = {
    "bert-base": Shape("bert-base", "BertForSequenceClassification", 30522),
    "xlm-roberta-base": Shape("xlm-roberta-base", "XLMRobertaForSequenceClassification", 250002),
}


@dataclass
class Case:
    label: str
    precision: str
    batch_size: int
    texts: int
    rates: list[float]
    max_abs_diff_vs_fp32: float | None = None


def _config(shape: Shape) -> Any:
    import transformers

    if shape.name == "bert-base":
        return transformers.BertConfig(num_labels=len(LABELS))
    return transformers.XLMRobertaConfig(
        vocab_size=shape.vocab_size,
        max_position_embeddings=514,
        type_vocab_size=1,
        layer_norm_eps=1e-5,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        num_labels=len(LABELS),
    )


def _vocabulary(texts: Sequence[str], size: int) -> list[str]:
    """Every word of the texts as one WordPiece token, filled up to ``size`` entries."""
    from tokenizers.normalizers import BertNormalizer
    from tokenizers.pre_tokenizers import BertPreTokenizer

    normalizer, splitter = BertNormalizer(lowercase=True), BertPreTokenizer()
    words = sorted(
        {
            word
            for text in texts
            for word, _ in splitter.pre_tokenize_str(normalizer.normalize_str(text))
        }
    )
    vocab = SPECIAL + words
    return vocab + [f"fill{i:06d}" for i in range(size - len(vocab))]


def build(shape: Shape, texts: Sequence[str], root: Path) -> tuple[Path, Path]:
    """A random-weight checkpoint of ``shape`` and its config/tokenizer directory."""
    import torch
    import transformers

    hf_config = root / shape.name
    hf_config.mkdir(parents=True)
    (hf_config / "vocab.txt").write_text(
        "\n".join(_vocabulary(texts, shape.vocab_size)) + "\n", encoding="utf-8"
    )
    transformers.BertTokenizer.from_pretrained(hf_config).save_pretrained(hf_config)
    config = _config(shape)
    config.save_pretrained(hf_config)
    torch.manual_seed(0)
    model = getattr(transformers, shape.model_name)(config).eval()
    checkpoint = root / f"{shape.name}.ckpt"
    args = {
        "model_type": shape.name,
        "model_name": shape.model_name,
        "tokenizer_name": "BertTokenizer",
        "num_classes": len(LABELS),
    }
    torch.save(
        {
            "config": {"arch": {"args": args}, "dataset": {"args": {"classes": list(LABELS)}}},
            "state_dict": model.state_dict(),
        },
        checkpoint,
    )
    del model
    gc.collect()
    return checkpoint, hf_config


def fixed_length(
    tokenizer: Any, texts: Sequence[str], count: int, tokens: int = TOKENS
) -> list[str]:
    """``count`` texts of ``tokens`` tokens (specials included), each from one comment on."""
    words = [text.split() for text in texts]
    out = []
    for start in range(count):
        stream = [w for k in range(len(texts)) for w in words[(start + k) % len(texts)]]
        kept: list[str] = []
        for word in stream:
            if len(tokenizer(" ".join([*kept, word]))["input_ids"]) > tokens:
                break
            kept.append(word)
        out.append(" ".join(kept))
    return out


def _rate(scorer: Any, texts: Sequence[str]) -> tuple[float, list[dict[str, float]]]:
    start = time.perf_counter()
    scores = scorer.score(list(texts))
    return len(texts) / (time.perf_counter() - start), scores


def _max_diff(a: Sequence[dict[str, float]], b: Sequence[dict[str, float]]) -> float:
    return max(abs(x[k] - y[k]) for x, y in zip(a, b, strict=True) for k in x)


@contextlib.contextmanager
def _offline() -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    os.environ.update({k: "1" for k in saved})
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(
    shape_name: str, texts: Sequence[str], root: Path, *, quick: bool, rounds: int, threads: int
) -> dict[str, Any]:
    """Time batch-1 fp32 and batch-32 fp32/bf16/int8, interleaved over ``rounds`` rounds."""
    from moderation.scoring.detoxify_backend import DetoxifyScorer

    shape = SHAPES[shape_name]
    started = time.perf_counter()
    checkpoint, hf_config = build(shape, texts, root)
    built = time.perf_counter() - started
    with _offline():
        scorers = {
            precision: DetoxifyScorer(
                checkpoint=checkpoint,
                hf_config=hf_config,
                batch_size=32,
                threads=threads,
                max_tokens=TOKENS,
                precision=precision,
            )
            for precision in ("fp32", "bf16", "int8")
        }
    tokenizer = scorers["fp32"]._tokenizer
    batched = fixed_length(tokenizer, texts, 64 if quick else 96)
    single = batched[: 16 if quick else 32]
    lengths = {len(tokenizer(t)["input_ids"]) for t in batched}
    cases = {
        "fp32 batch 1": Case("fp32 batch 1", "fp32", 1, len(single), []),
        "fp32 batch 32": Case("fp32 batch 32", "fp32", 32, len(batched), []),
        "bf16 batch 32": Case("bf16 batch 32", "bf16", 32, len(batched), []),
        "int8 batch 32": Case("int8 batch 32", "int8", 32, len(batched), []),
    }
    for scorer in scorers.values():
        scorer.score(batched[:32])  # warm-up: first-call allocations, oneDNN kernel selection
    reference: list[dict[str, float]] = []
    for _ in range(rounds):
        for case in cases.values():
            scorer = scorers[case.precision]
            # batch_size is the scorer's public knob; fp32 batch 1 reuses the fp32 instance.
            scorer.batch_size = case.batch_size
            rate, scores = _rate(scorer, single if case.batch_size == 1 else batched)
            case.rates.append(rate)
            if case.label == "fp32 batch 32":
                reference = scores
            elif case.batch_size == 32:
                diff = _max_diff(scores, reference)
                case.max_abs_diff_vs_fp32 = max(case.max_abs_diff_vs_fp32 or 0.0, diff)
    versions = {p: s.version for p, s in scorers.items()}
    del scorers
    gc.collect()
    return {
        "shape": shape.name,
        "transformers_class": shape.model_name,
        "vocab_size": shape.vocab_size,
        "tokens_per_text": sorted(lengths),
        "threads": threads,
        "build_seconds": round(built, 1),
        "versions": versions,
        "cases": {
            name: {
                "comments_per_second": round(statistics.median(c.rates), 2),
                "rounds": [round(r, 2) for r in c.rates],
                "texts": c.texts,
                "batch_size": c.batch_size,
                "max_abs_diff_vs_fp32": None
                if c.max_abs_diff_vs_fp32 is None
                else round(c.max_abs_diff_vs_fp32, 5),
            }
            for name, c in cases.items()
        },
    }
