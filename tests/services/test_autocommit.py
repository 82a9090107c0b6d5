"""A comment POST whose one write is one INSERT runs without BEGIN and COMMIT; others keep theirs.

Each statement is recorded with whether the database connection was inside a transaction
block right after it ran (psycopg's transaction status, sqlite3's ``in_transaction``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from psycopg import pq
from sqlalchemy import event, text

from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, Role, Site
from moderation.models.desk import SiteAssignment

Statements = list[tuple[str, bool]]


def _in_transaction(dbapi_connection: Any) -> bool:
    if hasattr(dbapi_connection, "in_transaction"):  # sqlite3
        return bool(dbapi_connection.in_transaction)
    return bool(dbapi_connection.info.transaction_status != pq.TransactionStatus.IDLE)


@pytest.fixture
def statements(app: Flask) -> Iterator[Statements]:
    seen: Statements = []

    def record(_conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        seen.append((" ".join(statement.split())[:60], _in_transaction(cursor.connection)))

    event.listen(db.engine, "after_cursor_execute", record)
    yield seen
    event.remove(db.engine, "after_cursor_execute", record)


@pytest.fixture
def reader_headers(
    make_site: Callable[..., Site], make_account: Callable[..., Account], bearer: Any
) -> tuple[str, dict[str, str]]:
    site = make_site()
    slug, headers = site.slug, bearer(make_account())
    db.session.add(Article(site=site, external_id="bestehend"))  # no title yet
    db.session.commit()
    db.session.close()  # the test client's request shares this app context's session
    return slug, headers


def writes(seen: Statements) -> list[tuple[str, bool]]:
    return [(sql, in_tx) for sql, in_tx in seen if sql.startswith(("INSERT", "UPDATE"))]


def committed(sql: str, **params: Any) -> Any:
    """Read on a connection of its own: only what was committed is there."""
    with db.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar_one()


def test_comment_on_an_existing_article_runs_without_a_transaction(
    client: FlaskClient, statements: Statements, reader_headers: tuple[str, dict[str, str]]
) -> None:
    slug, headers = reader_headers
    statements.clear()
    response = client.post(
        f"/api/v1/sites/{slug}/articles/bestehend/comments",
        headers=headers,
        json={"body": "Ein Kommentar ohne BEGIN und COMMIT."},
    )
    assert response.status_code == 202, response.get_json()
    assert [sql.split(" (")[0] for sql, _ in writes(statements)] == ["INSERT INTO comments"]
    assert len(statements) == 3  # token, site and article, the INSERT
    assert not any(in_tx for _, in_tx in statements), statements
    comment_id = response.get_json()["id"]
    assert committed("SELECT status FROM comments WHERE id = :id", id=comment_id) == "pending"


def test_first_comment_creates_its_article_in_the_same_transaction(
    client: FlaskClient, statements: Statements, reader_headers: tuple[str, dict[str, str]]
) -> None:
    slug, headers = reader_headers
    statements.clear()
    response = client.post(
        f"/api/v1/sites/{slug}/articles/neu/comments",
        headers=headers,
        json={"body": "Der erste Kommentar.", "article_title": "Neuer Artikel"},
    )
    assert response.status_code == 202, response.get_json()
    written = writes(statements)
    assert [sql.split(" (")[0] for sql, _ in written] == [
        "INSERT INTO articles",
        "INSERT INTO comments",
    ]
    assert all(in_tx for _, in_tx in written), written
    assert committed("SELECT title FROM articles WHERE external_id = 'neu'") == "Neuer Artikel"


def test_a_late_article_title_is_written_with_the_comment_in_one_transaction(
    client: FlaskClient, statements: Statements, reader_headers: tuple[str, dict[str, str]]
) -> None:
    slug, headers = reader_headers
    statements.clear()
    response = client.post(
        f"/api/v1/sites/{slug}/articles/bestehend/comments",
        headers=headers,
        json={"body": "Jetzt mit Titel.", "article_title": "Nachgereicht"},
    )
    assert response.status_code == 202, response.get_json()
    written = writes(statements)
    assert sorted(sql.split(" ")[0] + " " + sql.split(" ")[1] for sql, _ in written) == [
        "INSERT INTO", "UPDATE articles",
    ]  # fmt: skip
    assert all(in_tx for _, in_tx in written), written
    assert committed("SELECT title FROM articles WHERE external_id = 'bestehend'") == "Nachgereicht"


def test_an_idempotent_retry_still_answers_with_the_first_comment(
    client: FlaskClient, reader_headers: tuple[str, dict[str, str]]
) -> None:
    slug, headers = reader_headers
    url = f"/api/v1/sites/{slug}/articles/bestehend/comments"
    headers = {**headers, "Idempotency-Key": "wiederholt-1"}
    first = client.post(url, headers=headers, json={"body": "Nur einmal, bitte."})
    again = client.post(url, headers=headers, json={"body": "Nur einmal, bitte."})
    assert first.status_code == again.status_code == 202
    assert first.get_json()["id"] == again.get_json()["id"]
    assert committed("SELECT count(*) FROM comments") == 1


def test_a_moderators_decision_keeps_its_transaction(
    client: FlaskClient,
    statements: Statements,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Any,
) -> None:
    """Autocommit is for the comment POST and public reads only; a decision writes the
    comment and its audit event in one transaction."""
    comment = make_comment(status=CommentStatus.HELD)
    moderator = make_account(Role.MODERATOR)
    db.session.add(SiteAssignment(account_id=moderator.id, site_id=comment.site_id))
    db.session.commit()
    url, version, headers = (
        f"/api/v1/comments/{comment.id}/decision",
        comment.version,
        bearer(moderator),
    )
    db.session.close()
    statements.clear()
    response = client.post(url, headers=headers, json={"action": "approve", "version": version})
    assert response.status_code == 200, response.get_json()
    written = writes(statements)
    assert {sql.split(" (")[0].split(" SET")[0] for sql, _ in written} >= {
        "UPDATE comments", "INSERT INTO moderation_events",
    }  # fmt: skip
    assert all(in_tx for _, in_tx in written), written
