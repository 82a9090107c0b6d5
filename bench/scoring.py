"""Scoring benchmark: the embedded scorer against its encoder, the worker path, Detoxify, memory.

Everything runs side by side in one process run on the same fixed comment mix
(bench/comments.py), so the ratios hold on a shared machine even when absolute rates do not.
The encoder and the worker path run again on short one-sentence comments, because the
encoder's rate depends on comment length.
Usage: python -m bench.scoring [--quick] [--skip-detoxify] [--postgres] [--out PATH]
(writes bench/results/scoring.json unless --out says where, and prints a table; see
docs/performance.md)
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


def _worker_paths(
    args: argparse.Namespace, scorer: Any, sets: dict[str, list[str]], tmp: Path
) -> dict[str, dict[str, Any]]:
    """{comment set: {database: worker path result}}, a fresh database for each."""
    from moderation.extensions import db

    postgres = None
    if args.postgres:
        from tests.support.servers import PostgresServer, ServerUnavailable

        try:
            postgres = PostgresServer(durable=True).start()
        except ServerUnavailable as exc:
            print(f"PostgreSQL skipped: {exc}")
    results: dict[str, dict[str, Any]] = {}
    try:
        for set_name, texts in sets.items():
            urls = {"sqlite": f"sqlite:///{tmp / f'bench_{set_name}.sqlite'}"}
            if postgres is not None:
                urls["postgresql"] = postgres.create_database(f"bench_scoring_{set_name}")
            results[set_name] = {}
            for name, url in urls.items():
                app = _app(url)
                results[set_name][name] = scoring_embedded.worker_path(
                    app, scorer, texts, burst=300 if args.quick else 1000,
                    lone=10 if args.quick else 30,
                )  # fmt: skip
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
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file to write")
    args = parser.parse_args()
    rounds = 1 if args.quick else 3
    texts = mixed_comments()
    short = scoring_embedded.short_comments()
    started = time.perf_counter()

    from moderation.scoring.embedded import EmbeddedScorer

    scorer = EmbeddedScorer()  # the worker's settings: one BLAS thread, batches of 256
    report: dict[str, Any] = {
        "benchmark": "scoring",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "comments": _describe(texts, scorer),
        "targets": TARGETS,
    }
    batched, single = (500, 100) if args.quick else (2000, 300)
    report["embedded"] = scoring_embedded.direct(
        scorer, texts, batched=batched, single=single, rounds=rounds
    )
    report["short_comments"] = {
        "comments": _describe(short, scorer),
        "embedded": scoring_embedded.direct(
            scorer, short, batched=batched * 4, single=single, rounds=rounds
        ),
    }
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        paths = _worker_paths(args, scorer, {"mixed": texts, "short": short}, tmp)
        report["worker_path"] = paths["mixed"]
        report["short_comments"]["worker_path"] = paths["short"]
        for section in (report, report["short_comments"]):
            encoder = section["embedded"]["encoder alone (baseline)"]["comments_per_second"]
            for result in section["worker_path"].values():
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
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(format_report(report))
    print(f"written to {args.out} in {report['seconds']} s")


def _words(text: str) -> int:
    return len(text.split())


def _describe(texts: list[str], scorer: Any) -> dict[str, Any]:
    from moderation.scoring.embedded import shared_encoder
    from moderation.scoring.features import clean_text

    tokenizer = shared_encoder(scorer.threads)._tokenizer
    tokens = [len(tokenizer.encode(clean_text(t))) for t in texts]
    return {
        "count": len(texts),
        "words": [min(map(_words, texts)), max(map(_words, texts))],
        "mean_chars": round(sum(map(len, texts)) / len(texts), 1),
        "mean_tokens": round(sum(tokens) / len(tokens), 1),
    }


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
    if "short_comments" in report:
        short = report["short_comments"]["worker_path"]["sqlite"]
        met["worker_path_1000_per_second_short_comments"] = short["comments_per_second"] >= 1000
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
    sections = [("mixed", report)]
    if "short_comments" in report:
        sections.append(("short", report["short_comments"]))
    for set_name, section in sections:
        c = section["comments"]
        lines.append(
            f"-- {set_name} comments: {c['count']}, {c['words'][0]}-{c['words'][1]} words, "
            f"mean {c.get('mean_chars', '?')} chars, {c.get('mean_tokens', '?')} tokens"
        )
        lines += _scorer_lines(section)
    return "\n".join(lines + _other_lines(report))


def _scorer_lines(section: dict[str, Any]) -> list[str]:
    lines = []
    for name, r in section["embedded"].items():
        lines.append(
            f"{name:<44} {r['comments_per_second']:>11.1f} {r['ratio_to_encoder']:>8.3f}  x encoder"
        )
    for db_name, r in section["worker_path"].items():
        lines.append(
            f"{'worker path, burst (' + db_name + ')':<44} {r['comments_per_second']:>11.1f} "
            f"{r['ratio_to_encoder']:>8.3f}  x encoder; {r['scorer_calls']} scorer calls "
            f"({r['batch_calls']} batches), explanations queued; "
            f"{r['database_and_policy_seconds']} s outside the scorer"
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
    return lines


def _other_lines(report: dict[str, Any]) -> list[str]:
    lines = []
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
    return lines


if __name__ == "__main__":
    main()
