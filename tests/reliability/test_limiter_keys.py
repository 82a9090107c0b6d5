"""Limits hold whatever other requests come in between, and credential limits fail closed.

A key function that raises, or a store that is down, must neither skip a limit nor restart
its count (Flask-Limiter's in-memory fallback counts afresh in each process).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.exc import OperationalError

from moderation import callers, create_app, ratelimits
from moderation.extensions import db
from moderation.models import Account
from moderation.services.accounts import credentials
from moderation.services.sites import registry
from tests.support.clients import FreshContextClient, csrf_token_from
from tests.support.config import TEST_SECRET, app_config
from tests.support.servers import RedisServer, free_port, start_or_skip

PASSWORD = "a long enough password"
ROOT = Path(__file__).resolve().parents[2]
FORM = "application/x-www-form-urlencoded"


def build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **overrides: object) -> Flask:
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    config = app_config(f"sqlite:///{tmp_path}/keys.sqlite")
    config.update(
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI="memory://",
        RATE_LIMIT_LOGIN="3/minute",
        RATE_LIMIT_COMMENTS_ACCOUNT="100/minute",
        RATE_LIMIT_COMMENTS_IP="100/minute",
        MAX_CONTENT_LENGTH=4096,
    )
    config.update(overrides)
    app = create_app(config)
    app.test_client_class = FreshContextClient
    return app


@pytest.fixture
def limited_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    app = build(tmp_path, monkeypatch)
    with app.app_context():
        db.create_all()
        registry.create_site("s", "S")
        credentials.create_account("a@example.org", PASSWORD)
        yield app
        db.session.remove()
        db.engine.dispose()


def hostile_requests(app: Flask) -> list[int]:
    """Requests that make a careless key function or hook raise; their answers.

    They come from another address, so that only a restarted count could let more guesses
    through, not their own share of the per-address limit.
    """
    client = app.test_client()

    def post(path: str, **kwargs: Any) -> int:
        return client.post(path, environ_base={"REMOTE_ADDR": "192.0.2.7"}, **kwargs).status_code

    comments, big = "/api/v1/sites/s/articles/a/comments", "x" * 10_000
    return [
        # An unknown and a malformed bearer token where the per-account key reads the caller.
        post(comments, json={"body": "Hallo"}, headers={"Authorization": "Bearer not-a-token"}),
        post(comments, json={"body": "Hallo"}, headers={"Authorization": "Basic Zm9vOmJhcg=="}),
        # Bodies over MAX_CONTENT_LENGTH: reading the form to find the email raises 413.
        post("/api/v1/auth/token", data={"email": "a@example.org", "password": big}),
        post("/auth/login", data={"email": "a@example.org", "password": big}),
        # Not JSON, JSON that is not an object, a body that is not UTF-8.
        post("/api/v1/auth/token", data=b"{", content_type="application/json"),
        post("/api/v1/auth/token", json=["a@example.org"]),
        post("/api/v1/auth/token", data=b"email=\xff\xfe", content_type=FORM),
    ]


def guess(client: FlaskClient) -> int:
    return client.post(
        "/api/v1/auth/token", json={"email": "a@example.org", "password": "wrong"}
    ).status_code


def test_login_limit_holds_whatever_requests_come_in_between(limited_app: Flask) -> None:
    client = limited_app.test_client()
    answers = []
    for _ in range(6):
        answers.append(guess(client))
        assert 500 not in hostile_requests(limited_app)
    # Three guesses a minute for this account, then 429, whatever came in between.
    assert answers[:3] == [401, 401, 401], answers
    assert set(answers[3:]) == {429}, answers


@pytest.fixture
def store_down_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    # Nothing listens on this port: every call to the limit store fails at once.
    app = build(tmp_path, monkeypatch, RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{free_port()}/0")
    with app.app_context():
        db.create_all()
        registry.create_site("s", "S")
        credentials.create_account("a@example.org", PASSWORD)
        yield app
        db.session.remove()
        db.engine.dispose()


def test_sign_in_fails_closed_while_the_limit_store_is_down(store_down_app: Flask) -> None:
    client = store_down_app.test_client()
    for _ in range(5):
        token = client.post(
            "/api/v1/auth/token", json={"email": "a@example.org", "password": PASSWORD}
        )
        assert token.status_code == 503, token.get_data(as_text=True)
        assert token.get_json()["error"]["code"] == "unavailable"
        assert int(token.headers["Retry-After"]) > 0
        csrf = csrf_token_from(client.get("/auth/login").get_data(as_text=True))
        form = client.post(
            "/auth/login",
            data={"email": "a@example.org", "password": "wrong", "csrf_token": csrf},
        )
        assert form.status_code == 503
        assert int(form.headers["Retry-After"]) > 0
    # Flood limits are lifted meanwhile instead: posting goes on.
    account = credentials.create_account("b@example.org", PASSWORD)
    token, _ = credentials.issue_api_token(account, timedelta(hours=1))
    answer = client.post(
        "/api/v1/sites/s/articles/a/comments",
        json={"body": "Trotz Ausfall"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 202, answer.get_data(as_text=True)


def test_every_limit_is_declared_with_a_key_function_that_never_raises() -> None:
    # A limit declared elsewhere would escape the wrapper and the tests above.
    declared = re.compile(r"\b(limiter|credential_limiter)\.(limit|shared_limit)\(")
    elsewhere = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "moderation").rglob("*.py")
        if path.name != "ratelimits.py" and declared.search(path.read_text())
    ]
    assert elsewhere == []
    assert len(ratelimits.KEY_FUNCTIONS) >= 4


@pytest.mark.parametrize("key", ratelimits.KEY_FUNCTIONS, ids=lambda key: key.__name__)
def test_key_functions_answer_for_hostile_requests(
    limited_app: Flask, key: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def database_gone() -> callers.Caller:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(callers, "_identify", database_gone)
    hostile = [
        {"data": "x" * 10_000, "content_type": FORM},
        {"data": b"{", "content_type": "application/json"},
        {"data": b"email=\xff", "content_type": FORM},
        {"headers": {"Authorization": "Bearer nope"}},
    ]
    for kwargs in hostile:
        with limited_app.test_request_context("/", method="POST", **kwargs):
            assert key()


@pytest.mark.redis
@pytest.mark.parametrize("endpoint", ["/api/v1/auth/token", "/auth/login"])
def test_a_limit_store_lost_during_sign_in_does_not_turn_the_answer_into_a_500(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, endpoint: str
) -> None:
    # The guess was counted before the store went away; its answer is the view's.
    redis = start_or_skip(RedisServer)
    app = build(tmp_path, monkeypatch, RATELIMIT_STORAGE_URI=redis.url)
    authenticate = credentials.authenticate

    def store_lost_meanwhile(email: str, password: str) -> Account:
        redis.stop()
        return authenticate(email, password)

    try:
        with app.app_context():
            db.create_all()
            credentials.create_account("a@example.org", PASSWORD)
            monkeypatch.setattr(credentials, "authenticate", store_lost_meanwhile)
            client = app.test_client()
            if endpoint == "/auth/login":
                csrf = csrf_token_from(client.get(endpoint).get_data(as_text=True))
                answer = client.post(
                    endpoint,
                    data={"email": "a@example.org", "password": "wrong", "csrf_token": csrf},
                )
                assert answer.status_code == 200, answer.get_data(as_text=True)[:500]
            else:
                answer = client.post(endpoint, json={"email": "a@example.org", "password": "x"})
                assert answer.status_code == 401, answer.get_data(as_text=True)[:500]
            db.session.remove()
            db.engine.dispose()
    finally:
        redis.stop()
