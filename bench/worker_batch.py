"""How many pending comments a worker should score per scorer call (``SCORING_BATCH_SIZE``).

A worker that finds a backlog takes up to ``SCORING_BATCH_SIZE`` untried pending comments and
scores them in one call. The German model sorts the texts of a call by length before it cuts
them into batches of 32, so a larger call wastes less compute on padding; the sentence encoder
of the light scorer and of the threat guard gains from larger calls too. This bench runs the
worker path (``bench.scoring_embedded.worker_path``: a burst of pending comments in SQLite,
scored through ``services.automod.judging.score_comment`` as the Celery task does; explanations
left out) for each batch size and each scorer as they run by default:

- the embedded scorer (the local run's default),
- the German model inside the threat guard (``MODERATION_SCORER=detoxify``),
- the cascade inside the threat guard (``MODERATION_SCORER=cascade``).

Rounds interleave sizes and scorers; each size's rate is divided by the rate at the first size
in the same round, and the median of those ratios is what to compare across machines.

Usage: python -m bench.worker_batch [--rounds 3] [--sizes 32,64,128,256] [--burst 400]
(writes bench/results/worker_batch.json, or --out)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import scoring_embedded
from bench.comments import mixed_comments
from bench.scoring import _app

RESULTS = Path(__file__).parent / "results" / "worker_batch.json"


def scorers(threads: int) -> dict[str, Any]:
    from moderation.scoring import german_model
    from moderation.scoring.cascade import CascadeScorer
    from moderation.scoring.detoxify_backend import DetoxifyScorer
    from moderation.scoring.embedded import EmbeddedScorer
    from moderation.scoring.threat_guard import ThreatGuardedScorer
    from moderation.scoring.threat_guard import load as load_guard

    german_model.ensure_built()  # the first build is not part of any figure
    german = DetoxifyScorer(precision="bf16", threads=threads, batch_size=32)
    embedded = EmbeddedScorer(threads=threads)
    guard = load_guard()
    return {
        "embedded": embedded,
        "german_guard": ThreatGuardedScorer(german, guard, threads=threads),
        "cascade_guard": ThreatGuardedScorer(CascadeScorer(embedded, german), guard, threads),
    }


def worker_rate(scorer: Any, texts: list[str], size: int, burst: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        app = _app(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        app.config["SCORING_BATCH_SIZE"] = size
        run = scoring_embedded.worker_path(app, scorer, texts, burst=burst, lone=1, explain=False)
    return float(run["comments_per_second"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sizes", default="32,64,128,256")
    parser.add_argument("--burst", type=int, default=400)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    texts = mixed_comments()
    built = scorers(args.threads)
    for scorer in built.values():
        scorer.score(texts[:32])  # warm-up: first calls allocate
    rounds: list[dict[str, dict[int, float]]] = []
    for _ in range(args.rounds):
        rounds.append(
            {
                name: {size: worker_rate(scorer, texts, size, args.burst) for size in sizes}
                for name, scorer in built.items()
            }
        )

    def median(name: str, size: int) -> float:
        return statistics.median(r[name][size] for r in rounds)

    def ratio(name: str, size: int) -> float:
        return statistics.median(r[name][size] / r[name][sizes[0]] for r in rounds)

    report = {
        "benchmark": "worker_batch",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "threads": args.threads,
        "burst": args.burst,
        "comments": len(texts),
        "versions": {name: scorer.version for name, scorer in built.items()},
        "rounds": [
            {
                name: {str(size): round(rate, 1) for size, rate in rates.items()}
                for name, rates in r.items()
            }
            for r in rounds
        ],
        "comments_per_second": {
            name: {str(size): round(median(name, size), 1) for size in sizes} for name in built
        },
        # Within each round, each size over the first: a load change between rounds cancels.
        f"ratio_to_{sizes[0]}": {
            name: {str(size): round(ratio(name, size), 3) for size in sizes} for name in built
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    for name in built:
        cells = ", ".join(
            f"{size}: {median(name, size):.1f}/s ({ratio(name, size):.2f}x)" for size in sizes
        )
        print(f"{name}: {cells}")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
