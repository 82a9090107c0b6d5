"""Worker scaling: a preloaded backlog scored by 1, then 2 worker processes, and their memory.

PostgreSQL and Redis on 127.0.0.1 (bench/stack.py), the embedded scorer, production
settings. For each layout: ``--comments`` pending comments are inserted, a worker is
started on the ``scoring`` queue and waits until every pool process has loaded its
scorer, then one ``moderation.score_comment`` task per comment is published to Redis;
the clock runs from the first publish until no comment is pending. Resident (RSS) and
proportional (PSS) memory of each worker process are read from /proc after the run.
Explanations are queued to the ``explanations`` queue, which these workers do not consume.
``--texts short`` scores one-sentence comments (6-12 words) instead of the mixed set
(10-60 words): the encoder's cost grows with a comment's tokens.
Usage: python -m bench.workers [--comments 3000] [--separate] [--texts mixed|short] [--out PATH]
(writes bench/results/workers.json unless --out says where, and prints a table; see
docs/performance.md)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.comments import mixed_comments
from bench.scoring_embedded import short_comments
from bench.scoring_memory import tree_mb
from bench.stack import Stack, servers
from tests.support.processes import WorkerProcess

RESULTS = Path(__file__).parent / "results" / "workers.json"
TIMEOUT = 900.0
# Celery's log line for a finished task: "... succeeded in <seconds>s: 'already_decided'"
OUTCOME = re.compile(r"moderation\.score_comment\[[^\]]+\] succeeded in [\d.e-]+s: '(\w+)'")


def _app() -> Any:
    from moderation import create_app

    return create_app()  # the stack's production settings are in os.environ


def preload(count: int, article: str, texts: list[str]) -> list[int]:
    """``count`` pending comments, inserted directly: the backlog a burst leaves behind."""
    from sqlalchemy import insert

    from moderation.extensions import db
    from moderation.models import Article, Comment, CommentStatus
    from moderation.services.accounts import credentials
    from moderation.services.sites import registry

    app = _app()
    with app.app_context():
        site = registry.find_site("bench") or registry.create_site("bench", "Bench Zeitung")
        author = credentials.find_by_email("reader@example.org") or credentials.create_account(
            "reader@example.org", "benchmark password"
        )
        row = Article(site=site, external_id=article, title="Ein Artikel mit Debatte")
        db.session.add(row)
        db.session.commit()
        rows = [
            {"site_id": site.id, "article_id": row.id, "author_id": author.id,
             "body": texts[i % len(texts)], "status": CommentStatus.PENDING}
            for i in range(count)
        ]  # fmt: skip
        ids = list(db.session.execute(insert(Comment).returning(Comment.id), rows).scalars())
        db.session.commit()
        db.engine.dispose()
    return sorted(ids)


def publish(ids: list[int]) -> None:
    from moderation.tasks import jobs

    app = _app()
    with app.app_context():
        for comment_id in ids:
            jobs.enqueue_scoring(comment_id)


def pending_count(ids: list[int]) -> int:
    from moderation.extensions import db
    from moderation.models import Comment, CommentStatus

    app = _app()
    with app.app_context():
        count = db.session.execute(
            db.select(db.func.count())
            .select_from(Comment)
            .where(Comment.id.in_(ids), Comment.status == CommentStatus.PENDING)
        ).scalar_one()
        db.engine.dispose()
    return int(count)


def run_layout(
    stack: Stack, name: str, processes: list[int], count: int, texts: list[str]
) -> dict[str, Any]:
    """Workers with the given concurrencies (e.g. [2] or [1, 1]) score ``count`` comments."""
    ids = preload(count, f"backlog-{name.replace(' ', '-')}", texts)
    workers = [
        WorkerProcess(stack.env, stack.tmp / f"{name}-{i}.log", concurrency=concurrency,
                      name=f"bench{i}", queues="scoring")
        for i, concurrency in enumerate(processes)
    ]  # fmt: skip
    try:
        for worker in workers:
            worker.start()
        start = time.perf_counter()
        publish(ids)
        published = time.perf_counter() - start
        left = count
        while left and time.perf_counter() - start < TIMEOUT:
            time.sleep(0.25)
            left = pending_count(ids)
        elapsed = time.perf_counter() - start
        memory = [tree_mb(w.process.pid) for w in workers if w.process is not None]
    finally:
        for worker in workers:
            worker.stop()
    outcomes: Counter[str] = Counter()
    for worker in workers:
        outcomes.update(OUTCOME.findall(worker.log()))
    return {
        "processes": sum(processes),
        "workers": processes,
        "comments": count,
        "left_pending": left,
        "publish_seconds": round(published, 2),
        "seconds": round(elapsed, 2),
        "comments_per_second": round((count - left) / elapsed, 1),
        "task_outcomes": dict(outcomes),
        "memory_mb": memory,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--comments", type=int, default=3000)
    parser.add_argument(
        "--separate", action="store_true", help="also two workers with one process each"
    )
    parser.add_argument("--texts", choices=("mixed", "short"), default="mixed")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file to write")
    args = parser.parse_args()
    texts = mixed_comments() if args.texts == "mixed" else short_comments()
    layouts = [("1 process", [1]), ("2 processes", [2])]
    if args.separate:
        layouts.append(("2 workers x 1", [1, 1]))
    report: dict[str, Any] = {
        "benchmark": "workers",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        },
        "setup": "PostgreSQL 15 + Redis on 127.0.0.1, embedded scorer, worker -Q scoring, "
        "SCORING_BATCH_SIZE from the config; explanations queued, not consumed",
        "texts": args.texts,
    }
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, servers(Path(tmp)) as stack:
        report["results"] = {
            name: run_layout(stack, name, processes, args.comments, texts)
            for name, processes in layouts
        }
    one = report["results"]["1 process"]["comments_per_second"]
    for result in report["results"].values():
        result["ratio_to_1_process"] = (
            round(result["comments_per_second"] / one, 2) if one else None
        )
    report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    report["seconds"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(format_report(report))
    print(f"written to {args.out} in {report['seconds']} s")


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"{'layout':<16} {'comments':>9} {'seconds':>8} {'comments/s':>11} {'x 1 proc':>9}  "
        "memory MB (RSS parent + children = sum, PSS sum)"
    ]
    for name, r in report["results"].items():
        memory = "; ".join(
            f"{m['parent_rss']} + {m['children_rss']} = {m['sum_rss']}, PSS {m['sum_pss']}"
            for m in r["memory_mb"]
        )
        lines.append(
            f"{name:<16} {r['comments'] - r['left_pending']:>9} {r['seconds']:>8.1f} "
            f"{r['comments_per_second']:>11.1f} {r['ratio_to_1_process']:>9.2f}  {memory}"
        )
    machine = report["machine"]
    lines.append(
        f"load average at start {machine['load_average_at_start']}, "
        f"at end {machine['load_average_at_end']}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
