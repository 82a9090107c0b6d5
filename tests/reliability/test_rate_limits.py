"""Rate limits on sign-in, tokens and comment posting answer 429 with Retry-After."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation import create_app
from moderation.extensions import db
from moderation.models import Account
from moderation.services.accounts import credentials
from moderation.services.sites import registry
from tests.support.clients import FreshContextClient
from tests.support.config import TEST_SECRET, app_config

PASSWORD = "a long enough password"


@pytest.fixture
def limited_app(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[Flask]:
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    config = app_config(f"sqlite:///{tmp_path}/limits.sqlite")
    config.update(
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI="memory://",
        RATE_LIMIT_LOGIN="3/minute",
        RATE_LIMIT_COMMENTS_ACCOUNT="2/minute",
        RATE_LIMIT_COMMENTS_IP="100/minute",
    )
    config.update(getattr(request, "param", {}))
    app = create_app(config)
    app.test_client_class = FreshContextClient
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


def token_for(account: Account) -> dict[str, str]:
    from datetime import timedelta

    token, _ = credentials.issue_api_token(account, timedelta(hours=1))
    return {"Authorization": f"Bearer {token}"}


def test_token_requests_are_limited_per_account_and_answer_429(limited_app: Flask) -> None:
    credentials.create_account("a@example.org", PASSWORD)
    client = limited_app.test_client()
    codes = [
        client.post(
            "/api/v1/auth/token", json={"email": "a@example.org", "password": "wrong"}
        ).status_code
        for _ in range(4)
    ]
    assert codes == [401, 401, 401, 429]
    limited = client.post(
        "/api/v1/auth/token", json={"email": "a@example.org", "password": PASSWORD}
    )
    assert limited.status_code == 429
    assert limited.get_json()["error"]["code"] == "too_many_requests"
    assert int(limited.headers["Retry-After"]) > 0


def test_comment_posting_is_limited_per_account(limited_app: Flask) -> None:
    registry.create_site("s", "S")
    client: FlaskClient = limited_app.test_client()
    first, second = (credentials.create_account(f"{n}@example.org", PASSWORD) for n in ("a", "b"))
    url = "/api/v1/sites/s/articles/a/comments"
    codes = [
        client.post(url, json={"body": f"Nr. {i}"}, headers=token_for(first)).status_code
        for i in range(3)
    ]
    assert codes == [202, 202, 429]
    other = client.post(url, json={"body": "Andere Person"}, headers=token_for(second))
    assert other.status_code == 202


@pytest.mark.parametrize(
    "limited_app",
    [{"RATE_LIMIT_COMMENTS_ACCOUNT": "100/minute", "RATE_LIMIT_COMMENTS_IP": "3/minute"}],
    indirect=True,
)
def test_comment_posting_is_limited_per_ip(limited_app: Flask) -> None:
    registry.create_site("s", "S")
    client: FlaskClient = limited_app.test_client()
    url = "/api/v1/sites/s/articles/a/comments"
    codes = [
        client.post(
            url,
            json={"body": f"Nr. {i}"},
            headers=token_for(credentials.create_account(f"p{i}@example.org", PASSWORD)),
        ).status_code
        for i in range(4)
    ]
    assert codes == [202, 202, 202, 429]


def test_login_form_is_limited(limited_app: Flask) -> None:
    from tests.support.clients import csrf_token_from

    credentials.create_account("m@example.org", PASSWORD)
    client = limited_app.test_client()
    codes = []
    for _ in range(4):
        token = csrf_token_from(client.get("/auth/login").get_data(as_text=True))
        codes.append(
            client.post(
                "/auth/login",
                data={"email": "m@example.org", "password": "wrong", "csrf_token": token},
            ).status_code
        )
    assert codes == [200, 200, 200, 429]


def test_form_and_token_endpoint_share_one_count_per_account(limited_app: Flask) -> None:
    from tests.support.clients import csrf_token_from

    credentials.create_account("m@example.org", PASSWORD)
    codes = []
    for i in range(6):
        # A new address each time: only the per-account limit can stop these.
        client = limited_app.test_client()
        address = {"REMOTE_ADDR": f"192.0.2.{i + 1}"}
        if i % 2:
            page = client.get("/auth/login", environ_base=address).get_data(as_text=True)
            answer = client.post(
                "/auth/login",
                data={"email": "m@example.org", "password": "wrong",
                      "csrf_token": csrf_token_from(page)},
                environ_base=address,
            )  # fmt: skip
        else:
            answer = client.post(
                "/api/v1/auth/token",
                json={"email": "M@example.org ", "password": "wrong"},
                environ_base=address,
            )
        codes.append(answer.status_code)
    assert codes == [401, 200, 401, 429, 429, 429]


def test_an_accepted_comment_carries_no_retry_hint(limited_app: Flask) -> None:
    registry.create_site("s", "S")
    client: FlaskClient = limited_app.test_client()
    headers = token_for(credentials.create_account("r@example.org", PASSWORD))
    url = "/api/v1/sites/s/articles/a/comments"
    accepted = client.post(url, json={"body": "Angenommen"}, headers=headers)
    assert accepted.status_code == 202 and "X-RateLimit-Limit" in accepted.headers
    assert "Retry-After" not in accepted.headers
