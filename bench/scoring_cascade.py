"""The cascade against the German model alone, each beside a bare bf16 GEMM of its shapes.

One run, the same realistic comments (``bench.comments.mixed_comments``), the same threads:

- the German model alone (``DetoxifyScorer`` with no model named, bf16 weights, batches of
  32) and the bound for it: the encoder's matrix products alone in bf16 for exactly the token
  counts its batches have (``bench.scoring_german.gemm_bound``);
- the cascade (``CascadeScorer``: the embedded scorer on every comment, the German model on
  the unclear ones), the share it defers, and the bound of the transformer's share of it (the
  same products for the deferred comments' batches only);
- the embedded scorer alone, the cascade's other part;
- both again inside the threat guard (``ThreatGuardedScorer``), as they run by default: beside
  the cascade it reuses the embedded part's sentence embeddings, beside the German model alone
  it computes them;
- the worker path of each of these four (comments inserted pending into SQLite and scored
  through ``services.automod.judging.score_comment`` as the Celery task does,
  ``bench.scoring_embedded.worker_path``; explanations are another worker's task and are left
  out).

Rounds interleave the scorers, so a machine that gets busier slows all of them alike; the
ratios (taken within each round, then the median) are what to compare across machines.

Usage: python -m bench.scoring_cascade [--rounds 3] [--threads 2] [--worker-burst 200]
(writes bench/results/scoring_cascade.json, or --out)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench import scoring_embedded
from bench.comments import mixed_comments
from bench.scoring import _app
from bench.scoring_german import TARGET_COMMENTS_PER_SECOND, gemm_bound, seconds, token_counts

RESULTS = Path(__file__).parent / "results" / "scoring_cascade.json"
PARTS = ("german", "cascade")  # each timed with and without the threat guard


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--worker-burst", type=int, default=200)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    from moderation.scoring import german_model
    from moderation.scoring.cascade import CascadeScorer
    from moderation.scoring.detoxify_backend import DetoxifyScorer
    from moderation.scoring.embedded import EmbeddedScorer
    from moderation.scoring.threat_guard import ThreatGuardedScorer
    from moderation.scoring.threat_guard import load as load_guard

    german_model.ensure_built()  # the first build is not part of any figure
    german = DetoxifyScorer(precision="bf16", threads=args.threads, batch_size=32)
    embedded = EmbeddedScorer(threads=args.threads)
    cascade = CascadeScorer(embedded, german)
    guard = load_guard()
    guarded = {
        "german_guard": ThreatGuardedScorer(german, guard, threads=args.threads),
        "cascade_guard": ThreatGuardedScorer(cascade, guard, threads=args.threads),
    }
    texts = mixed_comments()
    for scorer in (german, embedded, cascade, *guarded.values()):
        scorer.score(texts[:32])  # warm-up: first calls allocate
    _, versions = cascade.score_with_versions(texts)
    deferred = [t for t, v in zip(texts, versions, strict=True) if v.endswith(">detoxify")]
    config = german._model.config
    shapes = {"all": token_counts(german, texts), "deferred": token_counts(german, deferred)}

    rounds: list[dict[str, float]] = []
    paths = {"german": german, "cascade": cascade, **guarded}
    workers: dict[str, list] = {name: [] for name in paths}
    for _ in range(args.rounds):
        rounds.append(
            {
                "german_per_second": len(texts) / seconds(lambda: german.score(texts)),
                "cascade_per_second": len(texts) / seconds(lambda: cascade.score(texts)),
                "embedded_per_second": len(texts) / seconds(lambda: embedded.score(texts)),
                **{
                    f"{name}_per_second": len(texts) / seconds(lambda s=scorer: s.score(texts))
                    for name, scorer in guarded.items()
                },
                "gemm_bound_per_second": len(texts)
                / gemm_bound(config, shapes["all"], args.threads),
                # No deferred comment: the transformer's share costs nothing.
                "gemm_deferred_per_second": len(texts)
                / max(gemm_bound(config, shapes["deferred"], args.threads), 1e-9),
            }
        )
        for name, scorer in paths.items():
            with tempfile.TemporaryDirectory() as tmp:
                app = _app(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
                # Explanations are their own task and worker; not part of this figure.
                workers[name].append(
                    scoring_embedded.worker_path(
                        app, scorer, texts, burst=args.worker_burst, lone=3, explain=False
                    )
                )
        rounds[-1].update(
            {f"{name}_worker_per_second": runs[-1]["comments_per_second"]
             for name, runs in workers.items()}
        )  # fmt: skip

    def median(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    def ratio(key: str, over: str) -> float:
        return round(statistics.median(r[key] / r[over] for r in rounds), 3)

    bound = median("gemm_bound_per_second")
    report = {
        "benchmark": "scoring_cascade",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "cascade": cascade.version,
        "threads": args.threads,
        "comments": len(texts),
        "deferred": len(deferred),
        "deferred_share": round(len(deferred) / len(texts), 3),
        "rounds": [{k: round(v, 1) for k, v in r.items()} for r in rounds],
        "german_comments_per_second": round(median("german_per_second"), 1),
        "cascade_comments_per_second": round(median("cascade_per_second"), 1),
        "embedded_comments_per_second": round(median("embedded_per_second"), 1),
        "gemm_bound_comments_per_second": round(bound, 1),
        "gemm_bound_deferred_only_per_second": round(median("gemm_deferred_per_second"), 1),
        "german_guard_comments_per_second": round(median("german_guard_per_second"), 1),
        "cascade_guard_comments_per_second": round(median("cascade_guard_per_second"), 1),
        **{
            f"{name}_worker_path_comments_per_second": round(median(f"{name}_worker_per_second"), 1)
            for name in paths
        },
        # Ratios within each round, then their median: a load change between rounds cancels.
        "ratios_to_gemm_bound": {
            "german": ratio("german_per_second", "gemm_bound_per_second"),
            "cascade": ratio("cascade_per_second", "gemm_bound_per_second"),
            **{
                f"{name}_worker_path": ratio(f"{name}_worker_per_second", "gemm_bound_per_second")
                for name in paths
            },
        },
        "cascade_over_german": ratio("cascade_per_second", "german_per_second"),
        "cascade_worker_over_german_worker": ratio(
            "cascade_worker_per_second", "german_worker_per_second"
        ),
        # What the guard costs: guarded over unguarded.
        "guard_over_unguarded": {
            **{name: ratio(f"{name}_guard_per_second", f"{name}_per_second") for name in PARTS},
            **{
                f"{name}_worker_path": ratio(
                    f"{name}_guard_worker_per_second", f"{name}_worker_per_second"
                )
                for name in PARTS
            },
        },
        # The last round's worker paths in detail.
        "worker_path": {name: runs[-1] for name, runs in workers.items()},
        "target_comments_per_second": TARGET_COMMENTS_PER_SECOND,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(
        f"deferred {len(deferred)}/{len(texts)}; German alone {median('german_per_second'):.1f}/s, "
        f"cascade {median('cascade_per_second'):.1f}/s, embedded "
        f"{median('embedded_per_second'):.1f}/s, bf16 GEMM bound {bound:.1f}/s; worker path "
        f"German {median('german_worker_per_second'):.1f}/s, cascade "
        f"{median('cascade_worker_per_second'):.1f}/s; with the threat guard: German "
        f"{median('german_guard_worker_per_second'):.1f}/s, cascade "
        f"{median('cascade_guard_worker_per_second'):.1f}/s; target {TARGET_COMMENTS_PER_SECOND}/s"
    )
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
