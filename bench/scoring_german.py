"""The shipped German model through the Detoxify backend, beside a bare bf16 GEMM of its shapes.

Three figures on the same realistic comments (``bench.comments.mixed_comments``):

- the scorer alone: ``DetoxifyScorer`` as the worker builds it with no model named (the
  shipped German model), batches of 32, weights in bf16, two threads;
- the bound: the encoder's matrix products alone (per layer the query, key, value and output
  projections and the two feed-forward products, every layer) in bf16 on random weights, for
  exactly the token counts the scorer's batches had, timed in the same run; the ratio scorer /
  bound says how much time goes to anything but arithmetic;
- the worker path: comments inserted pending into SQLite and scored through
  ``services.automod.judging.score_comment`` as the Celery task does (bench.scoring_embedded);
- the same scorer with the German model's threat head (``threat_head``), timed in the same
  rounds: what asking for the last layer and one more dot product per window costs.

Usage: python -m bench.scoring_german [--rounds 3] [--artifact DIR] [--threads 2]
(writes bench/results/scoring_german.json, or --out)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import scoring_embedded
from bench.comments import mixed_comments
from bench.scoring import _app

RESULTS = Path(__file__).parent / "results" / "scoring_german.json"
TARGET_COMMENTS_PER_SECOND = 150


def token_counts(scorer: Any, texts: list[str]) -> list[tuple[int, int]]:
    """(rows, padded length) of every batch the scorer runs on ``texts``, in order."""
    encoded = scorer._tokenizer(texts, add_special_tokens=True, truncation=False)["input_ids"]
    lengths = sorted(len(ids) for ids in encoded)  # the scorer batches by length too
    size = scorer.batch_size
    return [(len(chunk), max(chunk)) for chunk in (
        lengths[i : i + size] for i in range(0, len(lengths), size)
    )]  # fmt: skip


def gemm_bound(config: Any, batches: list[tuple[int, int]], threads: int) -> float:
    """Seconds for the encoder's matrix products alone over ``batches``, in bf16."""
    import torch

    torch.set_num_threads(threads)
    hidden, inner = config.hidden_size, config.intermediate_size
    shapes = [(hidden, hidden)] * 4 + [(hidden, inner), (inner, hidden)]
    weights = [torch.randn(a, b, dtype=torch.bfloat16) for a, b in shapes]
    inputs = {
        tokens: {dim: torch.randn(tokens, dim, dtype=torch.bfloat16) for dim in (hidden, inner)}
        for tokens in {rows * length for rows, length in batches}
    }
    start = time.perf_counter()
    with torch.inference_mode():
        for rows, length in batches:
            tokens = rows * length
            for _ in range(config.num_hidden_layers):
                for weight in weights:
                    torch.matmul(inputs[tokens][weight.shape[0]], weight)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--artifact", type=Path, help="a compact artifact (default: shipped)")
    parser.add_argument("--worker-burst", type=int, default=400)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    from moderation.scoring import german_model, threat_head
    from moderation.scoring.detoxify_backend import DetoxifyScorer

    if args.artifact:
        german_model.ARTIFACT = args.artifact  # what the scorer builds when no model is named
    german_model.ensure_built()  # the first build is not part of the load time
    started = time.perf_counter()
    scorer = DetoxifyScorer(precision="bf16", threads=args.threads, batch_size=32)
    load_seconds = time.perf_counter() - started
    texts = mixed_comments()
    headed = DetoxifyScorer(
        precision="bf16", threads=args.threads, batch_size=32, threat_head=threat_head.load()
    )
    for warm in (scorer, headed):
        warm.score(texts[:32])  # warm-up: first calls allocate
    batches = token_counts(scorer, texts)
    config = scorer._model.config
    rounds = []
    for _ in range(args.rounds):
        scored = len(texts) / seconds(lambda: scorer.score(texts))
        with_head = len(texts) / seconds(lambda: headed.score(texts))
        bound = len(texts) / gemm_bound(config, batches, args.threads)
        rounds.append({"scorer_per_second": scored, "threat_head_per_second": with_head,
                       "gemm_bound_per_second": bound})  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        worker = scoring_embedded.worker_path(app, scorer, texts, burst=args.worker_burst, lone=10)
    scorer_rate = statistics.median(r["scorer_per_second"] for r in rounds)
    bound_rate = statistics.median(r["gemm_bound_per_second"] for r in rounds)
    head_rate = statistics.median(r["threat_head_per_second"] for r in rounds)
    report = {
        "benchmark": "scoring_german",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": scorer.version,
        "threads": args.threads,
        "comments": len(texts),
        "mean_tokens": round(
            statistics.mean(len(ids) for ids in scorer._tokenizer(texts)["input_ids"]), 1
        ),
        "load_seconds": round(load_seconds, 1),
        "rounds": rounds,
        "scorer_comments_per_second": round(scorer_rate, 1),
        "gemm_bound_comments_per_second": round(bound_rate, 1),
        "scorer_share_of_bound": round(scorer_rate / bound_rate, 3),
        "threat_head_comments_per_second": round(head_rate, 1),
        "threat_head_over_plain": round(head_rate / scorer_rate, 3),
        "worker_path": worker,
        "target_comments_per_second": TARGET_COMMENTS_PER_SECOND,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(
        f"{scorer.version}: scorer {scorer_rate:.1f}/s, bf16 GEMM bound {bound_rate:.1f}/s "
        f"(scorer at {scorer_rate / bound_rate:.2f} of the bound), with the threat head "
        f"{head_rate:.1f}/s ({head_rate / scorer_rate:.2f} of plain), worker path "
        f"{worker['comments_per_second']:.1f}/s; target {TARGET_COMMENTS_PER_SECOND}/s"
    )
    print(f"written to {args.out}")


def seconds(fn: Any) -> float:
    """Wall-clock seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
