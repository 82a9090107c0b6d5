"""Fault injection against real processes: every comment the API accepted is decided.

Each test runs gunicorn, Celery workers (one of them with the pending sweeper),
redis-server and PostgreSQL on this machine, posts a few hundred comments while
breaking one part, and asserts that none of the accepted ones is left pending.
Figures are appended to tests/_artifacts/reliability.jsonl for docs/reliability.md.
"""

from __future__ import annotations

import re
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.faults import FaultRun, Stack, running_stack
from tests.support.servers import PostgresServer

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]
# Sweeper age + sweep interval + visibility timeout + scoring, with room for a busy machine.
DECISION_BOUND = 90.0


@pytest.fixture
def stack(
    postgres_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Stack]:
    with running_stack(postgres_server, tmp_path, monkeypatch, RATELIMIT_ENABLED="0") as built:
        yield built


def assert_nothing_lost(stack: Stack, run: FaultRun) -> None:
    figures = stack.wait_decided(run, DECISION_BOUND)
    print(figures)
    assert run.accepted, "the API accepted nothing"
    assert figures["lost"] == 0, f"{figures}\n{stack.logs()}"
    assert set(run.answers) <= {202, 503}, run.answers
    # /metrics reads the queue depth from the real Redis (redundant messages from the
    # sweeper may still wait there: they find their comments decided) and no pending comment.
    with urllib.request.urlopen(f"{stack.web.url}/metrics", timeout=10) as response:  # noqa: S310
        metrics = response.read().decode()
    assert re.search(r'^moderation_queue_depth\{queue="scoring"\} \d+\.0$', metrics, re.M), metrics
    assert 'moderation_comments{status="pending"} 0.0' in metrics


def test_worker_killed_mid_batch_again_and_again(stack: Stack) -> None:
    worker = stack.add_worker("victim")
    run = FaultRun("worker SIGKILLed 4 times")
    for round_ in range(4):
        for i in range(60):
            stack.post(
                run, f"Runde {round_}, Kommentar {i}: Die Stadtwerke sollten günstiger sein."
            )
        time.sleep(0.3)  # let it get mid-batch
        worker.kill()
        stack.workers.remove(worker)
        worker = stack.add_worker(f"victim{round_}")
    assert_nothing_lost(stack, run)


def test_redis_stopped_while_api_accepts_then_restarted(stack: Stack) -> None:
    stack.add_worker("scorer")
    run = FaultRun("redis-server stopped, then restarted")
    for i in range(50):
        stack.post(run, f"Vor dem Ausfall {i}")
    stack.redis.kill()
    started = time.monotonic()
    for i in range(100):
        assert stack.post(run, f"Während Redis weg ist {i}") == 202
    outage_post_seconds = time.monotonic() - started
    stack.redis.restart()
    for i in range(50):
        stack.post(run, f"Nach dem Neustart {i}")
    assert_nothing_lost(stack, run)
    assert outage_post_seconds < 100 * 2.0, "posting must not hang on a dead broker"


def test_redis_wiped_with_flushall(stack: Stack) -> None:
    stack.add_worker("scorer")
    run = FaultRun("Redis FLUSHALL mid-burst")
    for i in range(150):
        stack.post(run, f"Kommentar {i} zum Radweg an der Hauptstraße")
        if i == 100:
            stack.redis.flushall()
    stack.redis.flushall()
    assert_nothing_lost(stack, run)


def test_postgres_restarted_under_load(stack: Stack, postgres_server: PostgresServer) -> None:
    stack.add_worker("scorer")
    run = FaultRun("PostgreSQL restarted under load")
    restarted = threading.Event()
    accepted_after_restart = 0

    def keep_posting() -> None:
        nonlocal accepted_after_restart
        deadline = time.monotonic() + 120
        i = 0
        # Post before, during and after the restart, until the API has accepted
        # 30 comments again (bounded in count and time).
        while accepted_after_restart < 30 and i < 1000 and time.monotonic() < deadline:
            status = stack.post(run, f"Lastkommentar {i}")
            if restarted.is_set() and status == 202:
                accepted_after_restart += 1
            i += 1

    poster = threading.Thread(target=keep_posting)
    poster.start()
    time.sleep(2)
    postgres_server.restart()
    restarted.set()
    poster.join(timeout=150)
    assert accepted_after_restart == 30, run.answers
    assert_nothing_lost(stack, run)


def test_frozen_worker_does_not_strand_comments(stack: Stack) -> None:
    frozen = stack.add_worker("frozen")
    stack.add_worker("healthy")
    run = FaultRun("one of two workers frozen with SIGSTOP")
    for i in range(40):
        stack.post(run, f"Vor dem Einfrieren {i}")
    frozen.freeze()
    for i in range(160):
        stack.post(run, f"Während ein Worker steht {i}")
    try:
        assert_nothing_lost(stack, run)
    finally:
        frozen.thaw()
