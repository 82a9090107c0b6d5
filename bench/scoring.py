"""Scoring benchmark: the embedded scorer against its encoder, the worker path, Detoxify, memory.

Everything runs side by side in one process run on the same fixed comment mix
(bench/comments.py), so the ratios hold on a shared machine even when absolute rates do not.
Usage: python -m bench.scoring [--quick] [--skip-detoxify] [--postgres]
(writes bench/results/scoring.json and prints a table; see docs/performance.md)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import scoring_embedded, scoring_memory
from bench.comments import mixed_comments

RESULTS = Path(__file__).parent / "results" / "scoring.json"
SECRET = "benchmark-secret-key-that-is-long-enough-0123456789"
TARGETS = {
    "worker_path_comments_per_second": 1000,
    "detoxify_bert_reduced_precision_comments_per_second": 45,
    "worker_rss_mb": 400,
}


def _app(database_url: str) -> Any:
    """The app as the tests build it: production-shaped config, in-memory broker."""
    from moderation import create_app
    from moderation.config import build_config

    env = {"SECRET_KEY": SECRET, "DATABASE_URL": database_url, "CELERY_BROKER_URL": "memory://"}
    os.environ.update(env)  # create_app reads the environment before the overrides
    celery = build_config(Path("/nonexistent-instance-dir-for-bench"), env)["CELERY"]
    return create_app(
        {
            "SECRET_KEY": SECRET,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "CELERY": celery,
            "RATELIMIT_ENABLED": False,
        }
    )


def _worker_paths(args: argparse.Namespace, scorer: Any, texts: list[str], tmp: Path) -> dict:
    from moderation.extensions import db

    urls = {"sqlite": f"sqlite:///{tmp / 'bench.sqlite'}"}
    postgres = None
    if args.postgres:
        from tests.servers import PostgresServer, ServerUnavailable

        try:
            postgres = PostgresServer().start()
            urls["postgresql"] = postgres.create_database("bench_scoring")
        except ServerUnavailable as exc:
            print(f"PostgreSQL skipped: {exc}")
    results = {}
    try:
        for name, url in urls.items():
            app = _app(url)
            results[name] = scoring_embedded.worker_path(
                app, scorer, texts, burst=300 if args.quick else 1000, lone=10 if args.quick else 30
            )
            with app.app_context():
                db.engine.dispose()
    finally:
        if postgres is not None:
            postgres.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller counts, one round")
    parser.add_argument("--skip-detoxify", action="store_true")
    parser.add_argument("--postgres", action="store_true", help="the worker path on PostgreSQL too")
    parser.add_argument("--detoxify-threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    rounds = 1 if args.quick else 3
    texts = mixed_comments()
    started = time.perf_counter()
    report: dict[str, Any] = {
        "benchmark": "scoring",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "comments": {
            "count": len(texts),
            "words": [min(map(_words, texts)), max(map(_words, texts))],
        },
        "targets": TARGETS,
    }

    from moderation.scoring.embedded import EmbeddedScorer

    scorer = EmbeddedScorer()  # the worker's settings: one BLAS thread, batches of 256
    report["embedded"] = scoring_embedded.direct(
        scorer, texts, batched=500 if args.quick else 2000, single=100 if args.quick else 300,
        rounds=rounds,
    )  # fmt: skip
    encoder = report["embedded"]["encoder alone (baseline)"]["comments_per_second"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        report["worker_path"] = _worker_paths(args, scorer, texts, tmp)
        for result in report["worker_path"].values():
            result["ratio_to_encoder"] = round(result["comments_per_second"] / encoder, 3)
        report["memory_mb"] = {
            "python_numpy_baseline": scoring_memory.fresh_process_mb(scoring_memory.BASELINE),
            "embedded_scorer_process": scoring_memory.fresh_process_mb(scoring_memory.EMBEDDED),
            "celery_worker_concurrency_1": scoring_memory.worker_mb(tmp),
        }
        if not args.skip_detoxify:
            from bench import scoring_detoxify

            report["detoxify"] = {
                shape: scoring_detoxify.run(
                    shape, texts, tmp / "detoxify", quick=args.quick,
                    rounds=1 if args.quick else 2, threads=args.detoxify_threads,
                )
                for shape in scoring_detoxify.SHAPES
            }  # fmt: skip
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["met"] = _met(report)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(format_report(report))
    print(f"written to {RESULTS} in {report['seconds']} s")


def _words(text: str) -> int:
    return len(text.split())


def _machine() -> dict[str, Any]:
    flags = set()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            flags = set(line.split(":", 1)[1].split())
            break
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "bf16_flags": sorted(f for f in flags if "bf16" in f or f.startswith("amx")),
    }


def _met(report: dict[str, Any]) -> dict[str, Any]:
    met: dict[str, Any] = {}
    sqlite = report["worker_path"]["sqlite"]
    met["worker_path_1000_per_second"] = sqlite["comments_per_second"] >= 1000
    worker = report["memory_mb"]["celery_worker_concurrency_1"]
    met["worker_rss_below_400_mb"] = worker["sum_rss"] < TARGETS["worker_rss_mb"]
    if "detoxify" in report:
        cases = report["detoxify"]["bert-base"]["cases"]
        best = max(cases["bf16 batch 32"]["comments_per_second"],
                   cases["int8 batch 32"]["comments_per_second"])  # fmt: skip
        met["detoxify_bert_reduced_precision_45_per_second"] = best >= 45
    return met


def format_report(report: dict[str, Any]) -> str:
    lines = [f"{'case':<44} {'comments/s':>11} {'ratio':>8}  note"]
    for name, r in report["embedded"].items():
        lines.append(
            f"{name:<44} {r['comments_per_second']:>11.1f} {r['ratio_to_encoder']:>8.3f}  x encoder"
        )
    for db_name, r in report["worker_path"].items():
        lines.append(
            f"{'worker path, burst (' + db_name + ')':<44} {r['comments_per_second']:>11.1f} "
            f"{r['ratio_to_encoder']:>8.3f}  x encoder; {r['scorer_calls']} scorer calls "
            f"({r['batch_calls']} batches), explanations queued"
        )
        explained = r["explanations"]
        lines.append(
            f"{'  explanation tasks after it':<44} {'':>11} {'':>8}  "
            f"{explained['comments']} comments in {explained['seconds']} s "
            f"({explained['texts_scored']} texts)"
        )
        lines.append(
            f"{'  burst and its explanations, one process':<44} "
            f"{r['comments_per_second_with_explanations']:>11.1f}"
        )
        lone = r["lone_comment_ms"]
        lines.append(
            f"{'worker path, lone comment (' + db_name + ')':<44} {'':>11} {'':>8}  "
            f"median {lone['median']} ms, max {lone['max']} ms"
        )
    for shape, result in report.get("detoxify", {}).items():
        cases = result["cases"]
        base = cases["fp32 batch 1"]["comments_per_second"]
        for name, r in cases.items():
            diff = r["max_abs_diff_vs_fp32"]
            note = "x fp32 batch 1" + ("" if diff is None else f"; max |diff| vs fp32 {diff}")
            lines.append(
                f"{'detoxify ' + shape + ', ' + name:<44} {r['comments_per_second']:>11.2f} "
                f"{r['comments_per_second'] / base:>8.2f}  {note}"
            )
    memory = report["memory_mb"]
    worker = memory["celery_worker_concurrency_1"]
    lines += [
        f"RSS MB: python+numpy {memory['python_numpy_baseline']['VmRSS']}, "
        f"embedded scorer process {memory['embedded_scorer_process']['VmRSS']} "
        f"(peak {memory['embedded_scorer_process']['VmHWM']}), celery worker parent "
        f"{worker['parent_rss']} + child {worker['children_rss']} = {worker['sum_rss']} "
        f"(PSS {worker['sum_pss']})",
        f"targets met: {report['met']}",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
