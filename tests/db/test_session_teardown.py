"""A connection lost after a request's last statement leaves its answer alone
(moderation/db/sessions.py): the session's closing rollback fails quietly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from flask import Flask
from sqlalchemy import event, text

from moderation import create_app
from moderation.extensions import db
from moderation.services.sites import registry
from tests.support.config import app_config
from tests.support.database import truncate_all

pytestmark = pytest.mark.postgres
THREAD = "/api/v1/sites/stadtanzeiger/articles/ob-wahl/comments"


@pytest.fixture
def app(postgres_schema_url: str) -> Iterator[Flask]:
    app = create_app(app_config(postgres_schema_url))
    with app.app_context():
        registry.create_site("stadtanzeiger", "Stadt-Anzeiger")
    yield app
    with app.app_context():
        truncate_all()
        db.engine.dispose()


def kill_backend_after(app: Flask, url: str, fragment: str) -> list[int]:
    """Terminate the server process of the connection that runs the first statement naming
    ``fragment``, right after that statement: the database gone before the session closes."""
    killed: list[int] = []
    libpq = url.replace("postgresql+psycopg://", "postgresql://")

    def after_execute(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if fragment in statement and not killed:
            pid = cursor.connection.info.backend_pid
            with psycopg.connect(libpq, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            killed.append(pid)

    with app.app_context():
        event.listen(db.engine, "after_cursor_execute", after_execute)
    return killed


def test_an_answer_made_before_the_connection_died_is_sent(
    app: Flask, postgres_schema_url: str
) -> None:
    killed = kill_backend_after(app, postgres_schema_url, "auth_tokens")
    client = app.test_client()
    # The token lookup runs, its connection dies, the view answers 401; the closing
    # rollback then fails. Without the quiet teardown that failure replaces the answer.
    response = client.post(
        THREAD, json={"body": "Hallo"}, headers={"Authorization": "Bearer not-a-valid-token"}
    )
    assert killed, "the token lookup did not run"
    assert response.status_code == 401, response.get_data(as_text=True)
    # The dead connection was dropped from the pool: the next request is served.
    assert client.get(THREAD).status_code == 200


def test_a_task_context_ends_cleanly_after_its_connection_died(
    app: Flask, postgres_schema_url: str
) -> None:
    # Celery tasks run inside an app context (extensions.celery_init_app): the same teardown.
    killed = kill_backend_after(app, postgres_schema_url, "pg_sleep")
    with app.app_context():
        db.session.execute(text("SELECT pg_sleep(0)")).all()
    assert killed
    with app.app_context():
        assert db.session.execute(text("SELECT 1")).scalar_one() == 1
