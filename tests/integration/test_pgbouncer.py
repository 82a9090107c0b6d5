"""The service behind PgBouncer in transaction mode, as docs/scaling.md recommends.

A real pgbouncer (Debian's package) with one server connection in front of the test
PostgreSQL: migrations, comment POSTs, batched scoring and thread reads all go through it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from moderation import create_app
from moderation.config import build_config
from moderation.extensions import db
from moderation.models import Comment, CommentStatus, Role
from moderation.scoring.base import Scorer
from moderation.services.accounts import credentials
from moderation.services.automod.judging import Outcome, score_comment
from moderation.services.sites import registry
from tests.support.config import PASSWORD, TEST_SECRET
from tests.support.servers import PgBouncerServer, PostgresServer, start_or_skip

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
DATABASE = "through_pgbouncer"


def settings(url: str, pgbouncer: bool) -> dict[str, Any]:
    env = {"SECRET_KEY": TEST_SECRET, "DATABASE_URL": url, "CELERY_BROKER_URL": "memory://"}
    if pgbouncer:
        env["DB_PGBOUNCER"] = "1"
    return build_config(Path("/nonexistent-instance-dir-for-tests"), env)


@pytest.fixture(scope="module")
def bouncer(postgres_server: PostgresServer) -> Iterator[PgBouncerServer]:
    server = start_or_skip(PgBouncerServer, postgres=postgres_server, pool_size=1)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def url(postgres_server: PostgresServer, bouncer: PgBouncerServer) -> Iterator[str]:
    postgres_server.create_database(DATABASE)
    url = bouncer.url_for(DATABASE)
    env = {**os.environ, "SECRET_KEY": TEST_SECRET, "DATABASE_URL": url, "DB_PGBOUNCER": "1"}
    env["CELERY_BROKER_URL"] = "memory://"
    upgrade = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "moderation", "db", "upgrade"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert upgrade.returncode == 0, upgrade.stderr
    yield url
    bouncer.stop()  # it holds server connections that dropdb would have to force
    postgres_server.drop_database(DATABASE)


def engine_for(url: str, connect_args: dict[str, Any]) -> Engine:
    return create_engine(url, pool_size=2, connect_args=connect_args)


def same_query_from_two_clients(engine: Engine) -> None:
    """Two clients take turns on PgBouncer's one server connection, one transaction each."""
    with engine.connect() as first, engine.connect() as second:
        for n in range(8):  # psycopg prepares a statement on its 5th execution by default
            for connection in (first, second):
                connection.execute(text("SELECT count(*) FROM comments WHERE id > :n"), {"n": n})
                connection.commit()


def test_without_the_switch_pgbouncer_refuses_the_startup_options(url: str) -> None:
    options = settings(url, pgbouncer=False)["SQLALCHEMY_ENGINE_OPTIONS"]
    engine = engine_for(url, options["connect_args"])
    with pytest.raises(OperationalError, match="unsupported startup parameter"):
        engine.connect()
    engine.dispose()


def test_automatic_prepared_statements_break_and_the_switch_turns_them_off(url: str) -> None:
    psycopg_default = engine_for(url, {})
    with pytest.raises(DBAPIError, match="prepared statement"):
        same_query_from_two_clients(psycopg_default)
    psycopg_default.dispose()

    options = settings(url, pgbouncer=True)["SQLALCHEMY_ENGINE_OPTIONS"]
    switched = engine_for(url, options["connect_args"])
    same_query_from_two_clients(switched)
    switched.dispose()


def test_comments_are_posted_scored_and_read_through_pgbouncer(
    url: str, embedded_scorer: Scorer
) -> None:
    config = settings(url, pgbouncer=True)
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": TEST_SECRET,
            "SQLALCHEMY_DATABASE_URI": url,
            "SQLALCHEMY_ENGINE_OPTIONS": config["SQLALCHEMY_ENGINE_OPTIONS"],
            "CELERY": config["CELERY"],
            "RATELIMIT_ENABLED": False,
        }
    )
    client = app.test_client()
    with app.app_context():
        site = registry.create_site(f"bounce-{uuid.uuid4().hex[:6]}", "Über PgBouncer")
        slug = site.slug
        headers = []
        for k in range(4):
            author = credentials.create_account(
                f"leser{k}@example.org", PASSWORD, role=Role.COMMENTER
            )
            token, _ = credentials.issue_api_token(author, timedelta(hours=1))
            headers.append({"Authorization": f"Bearer {token}"})
        db.session.remove()

    bodies = ["Danke für den Bericht über die neue Buslinie."] * 10 + [
        "Halt doch einfach die Klappe, du Vollidiot."
    ] * 2
    ids = []
    for k, body in enumerate(bodies):
        response = client.post(
            f"/api/v1/sites/{slug}/articles/busse/comments",
            json={"body": f"{body} ({k})"},
            headers=headers[k % len(headers)],
        )
        assert response.status_code == 202, response.get_json()
        ids.append(response.get_json()["id"])

    with app.app_context():
        outcomes = [score_comment(comment_id, embedded_scorer) for comment_id in ids]
        statuses = db.session.execute(
            db.select(Comment.status).where(Comment.id.in_(ids))
        ).scalars()
        decided = sorted(str(status) for status in statuses)
        db.session.remove()

    assert Outcome.DECIDED in outcomes
    assert set(outcomes) <= {Outcome.DECIDED, Outcome.ALREADY_DECIDED}
    assert CommentStatus.PENDING.value not in decided
    assert decided.count(CommentStatus.PUBLISHED.value) == 10
    for _ in range(8):  # the same read again and again: would prepare statements by default
        thread = client.get(f"/api/v1/sites/{slug}/articles/busse/comments")
        assert thread.status_code == 200
        assert len(thread.get_json()["comments"]) == 10
    with app.app_context():
        db.engine.dispose()  # no connection is left for the garbage collector to close
