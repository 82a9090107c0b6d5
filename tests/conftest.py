"""Shared fixtures: the app on SQLite and PostgreSQL, real servers, accounts, comments, scorers."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation import create_app
from moderation.extensions import db
from moderation.models import Account, AccountStatus, Comment, CommentStatus, Role, Site
from moderation.scoring.base import Scorer
from moderation.scoring.registry import build_scorer
from moderation.services.accounts import credentials
from moderation.services.sites import registry
from tests.support.broker import drain as drain_queue
from tests.support.clients import FreshContextClient, csrf_token_from  # noqa: F401
from tests.support.config import PASSWORD, TEST_SECRET, app_config
from tests.support.database import truncate_all
from tests.support.servers import PostgresServer, RedisServer, start_or_skip

DATABASES = ["sqlite", "postgresql"]


# --- real servers, one per test session -------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_or_skip(PostgresServer)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = start_or_skip(RedisServer)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_schema_url(postgres_server: PostgresServer) -> str:
    """One database for the session with the schema created; tests truncate after use."""
    url = postgres_server.create_database("moderation_test")
    app = create_app(app_config(url))
    with app.app_context():
        db.create_all()
        db.engine.dispose()
    return url


# --- the app --------------------------------------------------------------------------


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def app(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    app = create_app(app_config(database_url))
    with app.app_context():
        if database_url.startswith("sqlite"):
            db.create_all()
        yield app
        db.session.remove()
        if database_url.startswith("postgresql"):
            truncate_all()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    app.test_client_class = FreshContextClient
    return app.test_client()


# --- scorers --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def embedded_scorer() -> Scorer:
    return build_scorer("embedded")


# --- factories ------------------------------------------------------------------------


@pytest.fixture
def make_site(app: Flask) -> Callable[..., Site]:
    def make(slug: str | None = None, **kw: Any) -> Site:
        slug = slug or f"site-{uuid.uuid4().hex[:8]}"
        return registry.create_site(slug, kw.pop("name", f"Site {slug}"), **kw)

    return make


@pytest.fixture
def make_account(app: Flask) -> Callable[..., Account]:
    def make(
        role: Role = Role.COMMENTER, status: AccountStatus = AccountStatus.ACTIVE, **kw: Any
    ) -> Account:
        email = kw.pop("email", f"{role.value}-{uuid.uuid4().hex[:8]}@example.org")
        account = credentials.create_account(email, kw.pop("password", PASSWORD), role=role, **kw)
        if status is not AccountStatus.ACTIVE:
            account.status = status
            db.session.commit()
        return account

    return make


@pytest.fixture
def make_comment(
    app: Flask, make_site: Callable[..., Site], make_account: Callable[..., Account]
) -> Callable[..., Comment]:
    """A comment row in any status, written directly (no queue): for read-side tests."""

    def make(**kw: Any) -> Comment:
        from moderation.models import Article

        site = kw.pop("site", None) or make_site()
        article = kw.pop("article", None) or Article(site=site, external_id=uuid.uuid4().hex)
        comment = Comment(
            site=site,
            article=article,
            author=kw.pop("author", None) or make_account(),
            body=kw.pop("body", "Ein ganz normaler Kommentar."),
            status=kw.pop("status", CommentStatus.PENDING),
            **kw,
        )
        db.session.add(comment)
        db.session.commit()
        return comment

    return make


@pytest.fixture
def bearer(app: Flask) -> Callable[[Account], dict[str, str]]:
    """Authorization headers for an account, through the real token service."""

    def headers(account: Account) -> dict[str, str]:
        from datetime import timedelta

        token, _ = credentials.issue_api_token(account, timedelta(hours=1))
        return {"Authorization": f"Bearer {token}"}

    return headers


# --- queue inspection -----------------------------------------------------------------


@pytest.fixture
def enqueued(app: Flask) -> Callable[[], list[tuple[str, list[Any]]]]:
    """Drain the in-memory broker's scoring queue: [(task name, args)] sent so far."""
    celery = app.extensions["celery"]

    def drain() -> list[tuple[str, list[Any]]]:
        return drain_queue(celery, "scoring")

    drain()  # the memory transport is per process: start each test empty
    return drain


# --- browser-style helpers ------------------------------------------------------------


@pytest.fixture
def login(client: FlaskClient) -> Callable[[Account], None]:
    """Log in through the real login form, CSRF token included."""

    def log_in(account: Account, password: str = PASSWORD) -> None:
        page = client.get("/auth/login")
        response = client.post(
            "/auth/login",
            data={
                "email": account.email,
                "password": password,
                "csrf_token": csrf_token_from(page.get_data(as_text=True)),
            },
        )
        assert response.status_code == 302, response.get_data(as_text=True)

    return log_in
