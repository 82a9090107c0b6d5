"""End to end: time from a comment's POST to its decision, at a steady rate, production shape.

PostgreSQL, Redis, gunicorn (2 sync workers) and one Celery scoring worker (``-Q scoring``)
with the embedded scorer on 127.0.0.1 (bench/stack.py), production settings, rate limits
lifted; as in docker-compose.yml a second worker (one process) takes explanations, webhooks
and maintenance (``--explainer-queues``; ``''`` leaves them to the scoring worker with
``--queues ''``, which then consumes every queue). An open-loop client
sends ``--rate`` authenticated comment POSTs per second for ``--seconds``; each request has
a due time and is sent then, whatever the earlier ones are doing (32 client threads).

POST to decision is measured two ways:
- for every comment: the worker's ``decided_at`` (read from the database afterwards) minus
  the wall-clock time the POST was sent (same machine, same clock);
- for every ``--poll-every``-th comment: the API is polled (GET /api/v1/comments/<id> as
  its author, every 50 ms) until the status is no longer pending: "visible via the API".
After the load, accepted comments get ``--grace`` seconds; any still pending then are lost.
Baseline in the same run, before the load: ``--lone`` comments posted one at a time on the
idle stack, each polled through the API until decided.
Usage: python -m bench.e2e [--seconds 120] [--rate 50] [--concurrency 1] [--queues scoring]
(writes bench/results/e2e.json and prints a table; see docs/performance.md)
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import platform
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.comments import mixed_comments
from bench.stack import Stack, seed, servers, web
from tests.support.processes import WorkerProcess

RESULTS = Path(__file__).parent / "results" / "e2e.json"
TARGETS = {"p50_ms": 300, "p99_ms": 2000, "lost": 0}
POLL_INTERVAL = 0.05
CLIENTS = 32


@dataclass
class Sent:
    k: int
    token: str
    due: float  # wall clock, time.time()
    sent: float
    status: int | str = "error"
    comment_id: int | None = None
    post_ms: float = 0.0
    visible: float | None = None  # when the API first showed a decision (polled ones)


def _post(connection: http.client.HTTPConnection, token: str, k: int, body: str) -> tuple:
    payload = json.dumps({"body": body, "article_title": "Ein Artikel mit Debatte"}).encode()
    connection.request(
        "POST",
        f"/api/v1/sites/bench/articles/e2e-{k % 20}/comments",
        body=payload,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    response = connection.getresponse()
    data = response.read()
    comment_id = json.loads(data)["id"] if response.status == 202 else None
    return response.status, comment_id


def _poll(port: int, sent: Sent, deadline: float) -> None:
    """GET the comment until it is decided; record when the API first showed it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {sent.token}"}
    try:
        while time.time() < deadline:
            connection.request("GET", f"/api/v1/comments/{sent.comment_id}", headers=headers)
            response = connection.getresponse()
            data = json.loads(response.read())
            if response.status == 200 and data["status"] != "pending":
                sent.visible = time.time()
                return
            time.sleep(POLL_INTERVAL)
    finally:
        connection.close()


def steady_load(
    port: int, tokens: list[str], *, rate: float, seconds: float, poll_every: int, grace: float
) -> tuple[list[Sent], float]:
    texts = mixed_comments()
    total = int(rate * seconds)
    records: list[Sent] = []
    lock = threading.Lock()
    pollers: list[threading.Thread] = []
    start = time.time() + 0.5

    def client(offset: int, clients: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for k in range(offset, total, clients):
            due = start + k / rate
            if due > time.time():
                time.sleep(due - time.time())
            token = tokens[k % len(tokens)]
            record = Sent(k, token, due, time.time())
            try:
                record.status, record.comment_id = _post(
                    connection, token, k, texts[k % len(texts)]
                )
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            record.post_ms = (time.time() - record.sent) * 1000
            with lock:
                records.append(record)
            if record.comment_id is not None and k % poll_every == 0:
                poller = threading.Thread(target=_poll, args=(port, record, record.sent + grace))
                poller.start()
                with lock:
                    pollers.append(poller)
        connection.close()

    # Enough threads that a slow answer does not hold back the next due request.
    clients = [threading.Thread(target=client, args=(i, CLIENTS)) for i in range(CLIENTS)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join()
    wall = time.time() - start
    for poller in list(pollers):
        poller.join()
    return sorted(records, key=lambda r: r.k), wall


def lone_baseline(port: int, token: str, count: int) -> list[Sent]:
    """Comments posted one at a time on the idle stack, each polled until decided."""
    texts = mixed_comments()
    records = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for k in range(count):
        record = Sent(-1 - k, token, time.time(), time.time())
        record.status, record.comment_id = _post(connection, token, k, texts[(7 * k) % len(texts)])
        _poll(port, record, time.time() + 60)
        records.append(record)
        time.sleep(0.2)
    connection.close()
    return records


def decided_at(ids: list[int]) -> dict[int, float | None]:
    from moderation import create_app
    from moderation.extensions import db
    from moderation.models import Comment

    app = create_app()
    with app.app_context():
        rows = db.session.execute(
            db.select(Comment.id, Comment.decided_at).where(Comment.id.in_(ids))
        ).all()
        db.engine.dispose()
    return {row.id: row.decided_at.timestamp() if row.decided_at else None for row in rows}


def explanations_missing(ids: list[int]) -> dict[str, int]:
    from moderation import create_app
    from moderation.extensions import db
    from moderation.models import Comment, CommentStatus, Score

    app = create_app()
    with app.app_context():
        rows = db.session.execute(
            db.select(Comment.status, Score.explanation)
            .join(Score, Score.comment_id == Comment.id)
            .where(Comment.id.in_(ids))
        ).all()
        db.engine.dispose()
    shown = [row for row in rows if row.status in (CommentStatus.HELD, CommentStatus.REJECTED)]
    return {
        "held_or_rejected": len(shown),
        "without_explanation": sum(1 for row in shown if row.explanation is None),
    }


def summary(values_ms: list[float]) -> dict[str, float | int]:
    if not values_ms:
        return {"count": 0}
    ordered = sorted(values_ms)
    return {
        "count": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
        "max_ms": round(ordered[-1], 1),
    }


def wait_until_decided(ids: list[int], grace: float) -> dict[int, float | None]:
    deadline = time.time() + grace
    while True:
        decided = decided_at(ids)
        if all(decided.get(i) is not None for i in ids) or time.time() > deadline:
            return decided
        time.sleep(1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--concurrency", type=int, default=1, help="the worker's processes")
    parser.add_argument("--queues", default="scoring", help="the worker's -Q (default: scoring)")
    parser.add_argument(
        "--explainer-queues",
        default="explanations,webhooks,maintenance",
        help="a second worker (one process) for these queues; '' for none",
    )
    parser.add_argument("--poll-every", type=int, default=10, help="poll every n-th comment")
    parser.add_argument("--grace", type=float, default=60, help="seconds to finish after load")
    parser.add_argument("--lone", type=int, default=10, help="baseline comments")
    args = parser.parse_args()
    report: dict[str, Any] = {
        "benchmark": "e2e",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        },
        "setup": {
            "web": "gunicorn 2 sync workers",
            "worker": f"1 Celery worker, --concurrency={args.concurrency}, "
            f"queues {args.queues or 'all'}",
            "explainer": f"1 Celery worker, --concurrency=1, queues {args.explainer_queues}"
            if args.explainer_queues
            else None,
            "database": "PostgreSQL 15",
            "broker": "Redis",
            "scorer": "embedded",
            "rate_per_second": args.rate,
            "seconds": args.seconds,
        },
        "targets": TARGETS,
    }
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, servers(Path(tmp)) as stack:
        tokens = seed(stack, readers=50, thread_comments=0)["tokens"]
        worker = WorkerProcess(
            stack.env, Path(tmp) / "worker.log", concurrency=args.concurrency, name="e2e",
            queues=args.queues,
        )  # fmt: skip
        explainer = (
            WorkerProcess(
                stack.env,
                Path(tmp) / "explainer.log",
                name="explainer",
                queues=args.explainer_queues,
            )  # fmt: skip
            if args.explainer_queues
            else contextlib.nullcontext()
        )
        with web(stack) as server, worker, explainer:
            lone_baseline(server.port, tokens[0], 2)  # warm-up: first connections, caches
            lone = lone_baseline(server.port, tokens[0], args.lone)
            records, wall = steady_load(
                server.port, tokens, rate=args.rate, seconds=args.seconds,
                poll_every=args.poll_every, grace=args.grace,
            )  # fmt: skip
            accepted = [r for r in records if r.comment_id is not None]
            ids = [r.comment_id for r in accepted if r.comment_id is not None]
            decided = wait_until_decided(ids, args.grace)
            lone_decided = decided_at([r.comment_id for r in lone if r.comment_id is not None])
            explained = _stack_explanations(stack, ids, args.grace)
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    latencies = [
        (decided[r.comment_id] - r.sent) * 1000  # type: ignore[operator]
        for r in accepted
        if decided.get(r.comment_id) is not None  # type: ignore[arg-type]
    ]
    visible = [(r.visible - r.sent) * 1000 for r in accepted if r.visible is not None]
    lone_latencies = {
        "decided_at": [
            (lone_decided[r.comment_id] - r.sent) * 1000  # type: ignore[index,operator]
            for r in lone
            if lone_decided.get(r.comment_id) is not None  # type: ignore[arg-type]
        ],
        "via_api": [(r.visible - r.sent) * 1000 for r in lone if r.visible is not None],
    }
    statuses: dict[str, int] = {}
    for record in records:
        statuses[str(record.status)] = statuses.get(str(record.status), 0) + 1
    report["results"] = {
        "baseline_lone_comment_decided_at": summary(lone_latencies["decided_at"]),
        "baseline_lone_comment_via_api": summary(lone_latencies["via_api"]),
        "posted": len(records),
        "achieved_rate_per_second": round(len(records) / wall, 1),
        "post_statuses": statuses,
        "post_response": summary([r.post_ms for r in records]),
        "client_lag": summary([(r.sent - r.due) * 1000 for r in records]),
        "post_to_decided_at": summary(latencies),
        # From the 202 to the decision: the queue and the worker, without the web tier.
        "answered_to_decided_at": summary(
            [
                (decided[r.comment_id] - r.sent) * 1000 - r.post_ms  # type: ignore[index,operator]
                for r in accepted
                if decided.get(r.comment_id) is not None  # type: ignore[arg-type]
            ]
        ),
        # From when each POST was due: includes any time the client itself fell behind.
        "due_to_decided_at": summary(
            [
                (decided[r.comment_id] - r.due) * 1000  # type: ignore[index,operator]
                for r in accepted
                if decided.get(r.comment_id) is not None  # type: ignore[arg-type]
            ]
        ),
        "post_to_visible_via_api": {**summary(visible), "polled_every": args.poll_every},
        "lost": len(ids) - len(latencies),
        "explanations": explained,
    }
    met = report["results"]["post_to_decided_at"]
    report["met"] = {
        "p50": met.get("p50_ms", 1e9) < TARGETS["p50_ms"],
        "p99": met.get("p99_ms", 1e9) < TARGETS["p99_ms"],
        "nothing_lost": report["results"]["lost"] == 0,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print(format_report(report))
    print(f"written to {RESULTS} in {report['seconds']} s")


def _stack_explanations(stack: Stack, ids: list[int], grace: float) -> dict[str, int]:
    """Held and rejected comments still without an explanation, once the queue drained."""
    deadline = time.time() + grace
    while True:
        state = explanations_missing(ids)
        if state["without_explanation"] == 0 or time.time() > deadline:
            return state
        time.sleep(1.0)


def format_report(report: dict[str, Any]) -> str:
    r = report["results"]
    lines = [f"{'case':<44} {'count':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}"]
    for name, key in [
        ("baseline: lone comment, idle, -> decided_at", "baseline_lone_comment_decided_at"),
        ("baseline: lone comment, idle, via API", "baseline_lone_comment_via_api"),
        ("POST response (202)", "post_response"),
        ("POST sent -> decided_at (all comments)", "post_to_decided_at"),
        ("POST due -> decided_at (all comments)", "due_to_decided_at"),
        ("202 received -> decided_at (all comments)", "answered_to_decided_at"),
        ("POST sent -> decision visible via API", "post_to_visible_via_api"),
        ("client lag (sent - due)", "client_lag"),
    ]:
        s = r[key]
        lines.append(
            f"{name:<44} {s.get('count', 0):>6} {s.get('p50_ms', float('nan')):>8.1f} "
            f"{s.get('p99_ms', float('nan')):>8.1f} {s.get('max_ms', float('nan')):>8.1f}"
        )
    machine = report["machine"]
    lines += [
        f"posted {r['posted']} at {r['achieved_rate_per_second']}/s "
        f"(target {report['setup']['rate_per_second']}/s), statuses {r['post_statuses']}, "
        f"lost {r['lost']}; explanations missing: {r['explanations']}",
        f"{report['setup']['worker']}; targets met: {report['met']}",
        f"load average at start {machine['load_average_at_start']}, "
        f"at end {machine['load_average_at_end']}",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
