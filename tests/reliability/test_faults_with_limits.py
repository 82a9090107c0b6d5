"""Mixed traffic with rate limits on in Redis, through a PostgreSQL restart and a Redis outage.

gunicorn runs two processes, the limits live in the Redis that is also the broker. Readers
post comments, read the thread (with and without its ETag), ask for tokens with right and
wrong passwords and call with tokens that are not valid, from several threads at once.
Every answer must be a documented one (a 503 with Retry-After while something is down, never
a 500 or a dropped connection), and every accepted comment is scored exactly once.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from moderation.services.accounts import credentials
from tests.reliability.faults import FaultRun, Stack, call, running_stack
from tests.support.servers import PostgresServer

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]
DECISION_BOUND = 60.0
# What the API documents; 503 only with Retry-After.
DOCUMENTED = {200, 201, 202, 304, 401, 404, 409, 422, 429, 503}
THREAD = "/api/v1/sites/stadtanzeiger/articles/ob-wahl/comments"
EMAIL, PASSWORD = "leserin@example.org", "a long enough password"
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def stack(
    postgres_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Stack]:
    with running_stack(
        postgres_server, tmp_path, monkeypatch, RATELIMIT_ENABLED="1",
        # Sign-in limits low enough to be reached; posting limits out of the way, but counted.
        RATE_LIMIT_LOGIN="20/minute", RATE_LIMIT_COMMENTS_ACCOUNT="100000/minute",
        RATE_LIMIT_COMMENTS_IP="100000/minute",
    ) as built:  # fmt: skip
        with built.app.app_context():
            credentials.create_account(EMAIL, PASSWORD)
        yield built


class Traffic:
    """Requests of every kind from several threads, each on a connection of its own."""

    def __init__(self, stack: Stack, run: FaultRun, threads: int = 4) -> None:
        self.stack, self.run = stack, run
        self.answers: Counter[tuple[str, int]] = Counter()
        self.failures: list[str] = []
        self.accepted_since_mark = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [
            threading.Thread(target=self._loop, args=(f"127.0.2.{n + 1}",)) for n in range(threads)
        ]
        self._etag = ""

    def __enter__(self) -> Traffic:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)

    def mark(self) -> Counter[tuple[str, int]]:
        """Start counting accepted comments afresh; the answers so far."""
        with self._lock:
            self.accepted_since_mark = 0
            return self.answers.copy()

    def wait_accepted(self, count: int, bound: float) -> None:
        deadline = time.monotonic() + bound
        while self.accepted_since_mark < count and time.monotonic() < deadline:
            time.sleep(0.2)
        assert self.accepted_since_mark >= count, (self.answers, self.failures[:5])

    def _loop(self, source: str) -> None:
        kinds: list[Callable[[str], tuple[str, int, object]]] = [
            self._post, self._read, self._post, self._token, self._invalid_token, self._read,
            self._wrong_password,
        ]  # fmt: skip
        i = 0
        while not self._stop.is_set():
            kind = kinds[i % len(kinds)]
            i += 1
            try:
                name, status, response = kind(source)
            except Exception as error:  # a reset, a closed connection, a timeout
                with self._lock:
                    self.failures.append(f"{kind.__name__}: {error!r}")
                continue
            with self._lock:
                self.answers[name, status] += 1
                if status not in DOCUMENTED:
                    self.failures.append(f"{name}: {status}")
                elif status == 503 and not response.getheader("Retry-After"):  # type: ignore[attr-defined]
                    self.failures.append(f"{name}: 503 without Retry-After")

    def _post(self, source: str) -> tuple[str, int, object]:
        self.run.posted += 1
        body = json.dumps({"body": f"Kommentar von {source} um {time.monotonic()}"}).encode()
        status, response, raw = call(
            self.stack.web.url, "POST", THREAD, body=body,
            headers={**JSON, **self.stack.headers}, source=source,
        )  # fmt: skip
        with self._lock:
            self.run.answers[status] += 1
            if status == 202:
                self.run.accepted.append(json.loads(raw)["id"])
                self.accepted_since_mark += 1
        return "post", status, response

    def _read(self, source: str) -> tuple[str, int, object]:
        status, response, _ = call(
            self.stack.web.url, "GET", THREAD, headers={"If-None-Match": self._etag}, source=source
        )
        if status == 200:
            self._etag = response.getheader("ETag") or ""
        return "read", status, response

    def _sign_in(self, source: str, password: str) -> tuple[int, object]:
        body = json.dumps({"email": EMAIL, "password": password}).encode()
        status, response, _ = call(
            self.stack.web.url, "POST", "/api/v1/auth/token", body=body, headers=JSON,
            source=source,
        )  # fmt: skip
        return status, response

    def _token(self, source: str) -> tuple[str, int, object]:
        return "token", *self._sign_in(source, PASSWORD)

    def _wrong_password(self, source: str) -> tuple[str, int, object]:
        return "wrong password", *self._sign_in(source, "not the password")

    def _invalid_token(self, source: str) -> tuple[str, int, object]:
        status, response, _ = call(
            self.stack.web.url, "POST", THREAD, body=b'{"body": "Hallo"}',
            headers={**JSON, "Authorization": "Bearer not-a-valid-token"}, source=source,
        )  # fmt: skip
        return "invalid token", status, response


def assert_documented_and_scored_once(stack: Stack, traffic: Traffic) -> None:
    assert not traffic.failures, (traffic.failures[:20], traffic.answers, stack.logs())
    figures = stack.wait_decided(traffic.run, DECISION_BOUND)
    print(figures, dict(traffic.answers))
    assert figures["lost"] == 0, f"{figures}\n{stack.logs()}"
    scored = stack.times_scored(traffic.run.accepted)
    assert set(scored.values()) == {1}, {k: v for k, v in scored.items() if v != 1}


def test_mixed_traffic_with_limits_through_a_postgres_restart(
    stack: Stack, postgres_server: PostgresServer
) -> None:
    stack.add_worker("scorer")
    with Traffic(stack, FaultRun("limits on, mixed traffic, PostgreSQL restarted")) as traffic:
        traffic.wait_accepted(20, bound=30)
        before = traffic.mark()
        postgres_server.restart()
        traffic.wait_accepted(20, bound=40)
    during = traffic.answers - before
    assert during["post", 202] >= 20, during
    assert_documented_and_scored_once(stack, traffic)


def test_mixed_traffic_with_limits_through_a_redis_outage(stack: Stack) -> None:
    stack.add_worker("scorer")
    with Traffic(stack, FaultRun("limits on, mixed traffic, Redis stopped")) as traffic:
        traffic.wait_accepted(20, bound=30)
        stack.redis.kill()
        # Requests counted before are answered by their views (a token, a 401), not a 500.
        time.sleep(2)
        before = traffic.mark()
        # Posting goes on without the broker and the flood limits; sign-in fails closed.
        traffic.wait_accepted(10, bound=30)
        outage = traffic.answers - before
        stack.redis.restart()
        before = traffic.mark()
        traffic.wait_accepted(20, bound=30)
    assert outage["token", 503] > 0, outage
    assert outage["token", 201] == 0, outage
    assert outage["wrong password", 401] == 0, outage
    # Back: sign-in is counted again, where the count stood (Redis keeps it on disk).
    after = traffic.answers - before
    signed_in = {status for (name, status) in after if name in {"token", "wrong password"}}
    assert signed_in and signed_in <= {201, 401, 429}, after
    assert_documented_and_scored_once(stack, traffic)
