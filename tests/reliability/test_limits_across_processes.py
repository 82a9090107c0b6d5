"""The sign-in limit per account holds across gunicorn processes that share one Redis.

Guesses for one account come from a new address each time (so that only the per-account
limit can stop them), alternating between the sign-in form and the token endpoint, each on a
connection of its own; between two guesses, a round of requests that once made a key function
raise (and so a process fall back to counting in its own memory) goes to every process.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest

from moderation import create_app
from moderation.extensions import db
from moderation.services.accounts import credentials
from moderation.services.sites import registry
from tests.reliability.faults import call, web_process
from tests.support.clients import csrf_token_from
from tests.support.config import TEST_SECRET, app_config
from tests.support.processes import GunicornProcess
from tests.support.servers import PostgresServer, RedisServer, start_or_skip

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]
LIMIT = 5
TARGET = "target@example.org"
PASSWORD = "a long enough password"
COMMENTS = "/api/v1/sites/s/articles/a/comments"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@pytest.fixture
def web(
    postgres_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[GunicornProcess, str]]:
    name = f"limits_{uuid.uuid4().hex[:8]}"
    database_url = postgres_server.create_database(name)
    redis = start_or_skip(RedisServer)
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    app = create_app(app_config(database_url, redis.url))
    with app.app_context():
        db.create_all()
        registry.create_site("s", "S")
        credentials.create_account(TARGET, PASSWORD)
        reader = credentials.create_account("reader@example.org", PASSWORD)
        token, _ = credentials.issue_api_token(reader, timedelta(hours=1))
    env = {
        "DATABASE_URL": database_url, "CELERY_BROKER_URL": redis.url, "SECRET_KEY": TEST_SECRET,
        "RATELIMIT_ENABLED": "1", "RATE_LIMIT_LOGIN": f"{LIMIT}/hour",
        "MAX_CONTENT_LENGTH": "4096",
    }  # fmt: skip
    server = web_process(env, tmp_path)
    server.workers = 3
    server.start()
    try:
        yield server, token
    finally:
        server.stop()
        redis.stop()
        with app.app_context():
            db.engine.dispose()
        postgres_server.drop_database(name)


def hostile_round(base: str, token: str, source: str) -> list[Callable[[], int]]:
    """Requests that once made a key function or hook raise, and requests elsewhere."""

    def send(method: str, path: str, body: bytes | None = None, **headers: str) -> int:
        return call(base, method, path, body=body, headers=headers, source=source)[0]

    comment = json.dumps({"body": "Hallo"}).encode()
    big = urllib.parse.urlencode({"email": "other@example.org", "password": "x" * 10_000})
    return [
        lambda: send("POST", COMMENTS, comment, Authorization="Bearer not-a-token",
                     **{"Content-Type": JSON}),
        lambda: send("POST", COMMENTS, comment, Authorization="Basic Zm9vOmJhcg==",
                     **{"Content-Type": JSON}),
        lambda: send("POST", COMMENTS, comment, Authorization="Bearer", **{"Content-Type": JSON}),
        lambda: send("POST", COMMENTS, b'{"body": "' + b"x" * 10_000 + b'"}',
                     Authorization=f"Bearer {token}", **{"Content-Type": JSON}),
        lambda: send("POST", "/api/v1/auth/token", big.encode(), **{"Content-Type": FORM}),
        lambda: send("POST", "/auth/login", big.encode(), **{"Content-Type": FORM}),
        lambda: send("POST", "/api/v1/auth/token", b"{", **{"Content-Type": JSON}),
        lambda: send("POST", "/api/v1/auth/token", b'["x"]', **{"Content-Type": JSON}),
        lambda: send("POST", "/api/v1/auth/token", b"email=\xff\xfe", **{"Content-Type": FORM}),
        lambda: send("GET", COMMENTS),
        lambda: send("GET", "/api/v1/comments/999999999"),
        lambda: send("GET", "/readyz"),
    ]  # fmt: skip


def guess_by_token(base: str, source: str) -> int:
    body = json.dumps({"email": TARGET, "password": "wrong guess"}).encode()
    status = call(base, "POST", "/api/v1/auth/token", body=body,
                  headers={"Content-Type": JSON}, source=source)[0]  # fmt: skip
    assert status in {401, 429}, status
    return status


def guess_by_form(base: str, source: str) -> int:
    _, page, html = call(base, "GET", "/auth/login", source=source)
    cookie = (page.getheader("Set-Cookie") or "").split(";")[0]
    csrf = csrf_token_from(html.decode())
    form = {"email": TARGET, "password": "wrong guess", "csrf_token": csrf}
    status, _, answer = call(
        base, "POST", "/auth/login", body=urllib.parse.urlencode(form).encode(),
        headers={"Content-Type": FORM, "Cookie": cookie}, source=source,
    )  # fmt: skip
    # A guess that was checked re-renders the form with the error; CSRF failures do not count.
    if status == 200:
        assert re.search(r"Email or password|E-Mail oder Passwort", answer.decode()), answer[:500]
    assert status in {200, 429}, status
    return status


def test_login_limit_per_account_holds_across_processes(
    web: tuple[GunicornProcess, str],
) -> None:
    server, token = web
    assert server.workers >= 2
    answers, hostile = [], []
    with ThreadPoolExecutor(max_workers=6) as pool:
        for i in range(4 * LIMIT):
            # Many connections at once, so that every process gets some of them.
            round_ = hostile_round(server.url, token, source=f"127.0.1.{1 + i % 3}")
            hostile += list(pool.map(lambda send: send(), round_))
            guess = guess_by_form if i % 2 else guess_by_token
            answers.append(guess(server.url, source=f"127.0.0.{10 + i}"))
    assert not [status for status in hostile if status >= 500], hostile
    # However the guesses were spread over processes and endpoints: the limit, then 429.
    assert len([status for status in answers if status != 429]) <= LIMIT, answers
    assert set(answers[LIMIT:]) == {429}, answers
