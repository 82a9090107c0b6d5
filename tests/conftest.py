"""Shared fixtures: the app on SQLite and PostgreSQL, real servers, accounts, comments, scorers."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text

from moderation import create_app
from moderation.extensions import db
from moderation.models import Account, AccountStatus, Comment, CommentStatus, Role, Site
from moderation.scoring.base import Scorer, build_scorer
from moderation.services import accounts, sites
from tests.servers import PostgresServer, RedisServer, start_or_skip

TEST_SECRET = "test-secret-key-that-is-long-enough-for-tests-0123456789"
PASSWORD = "correct horse battery staple"
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
    app = create_app(_test_config(url))
    with app.app_context():
        db.create_all()
        db.engine.dispose()
    return url


# --- the app --------------------------------------------------------------------------


def _test_config(database_url: str, broker_url: str = "memory://") -> dict[str, Any]:
    from moderation.config import build_config

    celery = build_config(
        _instance_dir(),
        {"SECRET_KEY": TEST_SECRET, "CELERY_BROKER_URL": broker_url, "DATABASE_URL": database_url},
    )["CELERY"]
    return {
        "TESTING": True,
        "SECRET_KEY": TEST_SECRET,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "CELERY": celery,
        # Limits are tested on their own (tests/reliability/test_rate_limits.py).
        "RATELIMIT_ENABLED": False,
        # Reads right after a write must see it; the fresh window has its own tests
        # (tests/api/test_public_thread_cache.py).
        "PUBLIC_FRESH_MS": 0,
    }


def _instance_dir() -> Any:
    from pathlib import Path

    return Path("/nonexistent-instance-dir-for-tests")


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def app(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    app = create_app(_test_config(database_url))
    with app.app_context():
        if database_url.startswith("sqlite"):
            db.create_all()
        yield app
        db.session.remove()
        if database_url.startswith("postgresql"):
            _truncate_all()
        db.engine.dispose()


def _truncate_all() -> None:
    tables = ", ".join(table.name for table in db.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


class FreshContextClient(FlaskClient):
    """Runs each request in its own app context, as a real server does.

    The ``app`` fixture keeps an app context open for the test body; without this,
    requests would share its ``g`` (and Flask-Login's cached user) and its session.
    """

    def open(self, *args: Any, **kwargs: Any) -> Any:
        # Buffered: a streamed body (the audit CSV) is read and closed here, as a server does
        # when it has sent the response. Unread, its generator kept the request's database
        # transaction open until the garbage collector found it, and the next test's TRUNCATE
        # waited on that lock for ever.
        kwargs.setdefault("buffered", True)
        with self.application.app_context():
            return super().open(*args, **kwargs)


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
        return sites.create_site(slug, kw.pop("name", f"Site {slug}"), **kw)

    return make


@pytest.fixture
def make_account(app: Flask) -> Callable[..., Account]:
    def make(
        role: Role = Role.COMMENTER, status: AccountStatus = AccountStatus.ACTIVE, **kw: Any
    ) -> Account:
        email = kw.pop("email", f"{role.value}-{uuid.uuid4().hex[:8]}@example.org")
        account = accounts.create_account(email, kw.pop("password", PASSWORD), role=role, **kw)
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

        token, _ = accounts.issue_api_token(account, timedelta(hours=1))
        return {"Authorization": f"Bearer {token}"}

    return headers


# --- queue inspection -----------------------------------------------------------------


@pytest.fixture
def enqueued(app: Flask) -> Callable[[], list[tuple[str, list[Any]]]]:
    """Drain the in-memory broker's scoring queue: [(task name, args)] sent so far."""
    celery = app.extensions["celery"]

    def drain() -> list[tuple[str, list[Any]]]:
        out = []
        with celery.connection_for_read() as connection:
            queue = connection.SimpleQueue("scoring")
            try:
                while True:
                    try:
                        message = queue.get(block=False)
                    except queue.Empty:
                        break
                    out.append((message.headers["task"], list(message.payload[0])))
                    message.ack()
            finally:
                queue.close()
        return out

    drain()  # the memory transport is per process: start each test empty
    return drain


# --- browser-style helpers ------------------------------------------------------------

CSRF_INPUT = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token_from(html: str) -> str:
    match = CSRF_INPUT.search(html)
    assert match, "no csrf_token input in page"
    return match.group(1)


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
