"""Engine listeners that read the execution context (as tracing does) see every statement."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event
from sqlalchemy.engine import ExecutionContext

from moderation.extensions import db
from moderation.models import Account, Site


@pytest.fixture
def contexts(app: Flask) -> Iterator[list[tuple[str, Any]]]:
    """(statement, context) of every statement the engine runs, as OpenTelemetry records them.

    OpenTelemetry's SQLAlchemy instrumentation opens a span in ``before_cursor_execute`` and
    keeps it on the ``context``; a statement sent past the execution context would reach it
    with ``None`` and break the request.
    """
    seen: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: Any):
        seen.append((statement, context))

    event.listen(db.engine, "before_cursor_execute", before)
    yield seen
    event.remove(db.engine, "before_cursor_execute", before)


def test_every_statement_of_the_hot_paths_has_an_execution_context(
    client: FlaskClient,
    contexts: list[tuple[str, Any]],
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Callable[[Account], dict[str, str]],
) -> None:
    site = make_site()
    headers = bearer(make_account())
    contexts.clear()

    posted = client.post(
        f"/api/v1/sites/{site.slug}/articles/wahl-2026/comments",
        json={"body": "Gute Analyse der Stichwahl."},
        headers=headers,
    )
    assert posted.status_code == 202, posted.get_json()
    shown = client.get(f"/api/v1/comments/{posted.get_json()['id']}", headers=headers)
    assert shown.status_code == 200
    thread = client.get(f"/api/v1/sites/{site.slug}/articles/wahl-2026/comments")
    assert thread.status_code == 200

    statements = [statement for statement, _ in contexts]
    # The token read, the site/article lookup, the INSERT and the public page all ran here.
    assert any("auth_tokens" in s for s in statements)
    assert any(s.lstrip().startswith("INSERT INTO comments") for s in statements)
    assert any("FROM sites" in s for s in statements), statements
    missing = [s for s, context in contexts if not isinstance(context, ExecutionContext)]
    assert missing == []
