"""Direct statements give what Core gives: the same values and types (an INSERT's Python-side
defaults included), the same errors, a dropped connection invalidated, prepared statements
only where the configuration allows them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import cache
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import (
    Column,
    Enum,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    bindparam,
    event,
    exc,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.sql.dml import ReturningInsert

from moderation import create_app
from moderation.extensions import db
from moderation.models import (
    Account,
    AccountStatus,
    Article,
    Comment,
    CommentStatus,
    Site,
    TokenKind,
)
from moderation.models.types import UTCDateTime, utcnow
from moderation.services import accounts, comments, direct_statements, public_thread
from tests.conftest import _test_config


def core_row(build: Callable[[], Select[Any]], parameters: dict[str, Any]) -> dict[str, Any]:
    row = db.session.connection().execute(build(), parameters).one()
    return dict(row._mapping)


@pytest.fixture
def reader(make_site: Callable[..., Site], make_account: Callable[..., Account]) -> Account:
    site = make_site(slug="stadtanzeiger")
    db.session.add(Article(site=site, external_id="stichwahl", title="Stichwahl"))
    account = make_account(display_name="Leserin", status=AccountStatus.ACTIVE)
    db.session.commit()
    return account


def token_parameters(account: Account) -> dict[str, Any]:
    secret, _ = accounts.issue_api_token(account, timedelta(hours=1))
    return {"token_hash": accounts._digest(secret), "kind": TokenKind.API}


def test_a_direct_read_equals_cores_row_value_for_value_and_type(reader: Account) -> None:
    reads = [
        (accounts._token_statement, token_parameters(reader)),
        (
            comments._lookup_statement,
            {"author": reader.id, "site": "stadtanzeiger", "article": "stichwahl"},
        ),
    ]
    for build, parameters in reads:
        direct = dict(direct_statements.read_one(build, parameters) or {})
        expected = core_row(build, parameters)
        assert direct == expected
        # Enums come back as enums, timestamps as aware datetimes: not just equal strings.
        assert {k: type(v) for k, v in direct.items()} == {k: type(v) for k, v in expected.items()}
    assert direct["article_external_id"] == "stichwahl"


def test_a_read_that_finds_nothing_gives_none(reader: Account) -> None:
    parameters = {"token_hash": "0" * 64, "kind": TokenKind.API}
    assert direct_statements.read_one(accounts._token_statement, parameters) is None


@cache
def _division_by_zero() -> Select[Any]:
    return select((literal(1) / bindparam("zero", type_=db.Integer)).label("quotient"))


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_database_error_is_raised_as_core_raises_it(app: Flask) -> None:
    with pytest.raises(exc.DataError) as raised:
        direct_statements.read_one(_division_by_zero, {"zero": 0})
    assert "division by zero" in str(raised.value.orig)
    db.session.rollback()
    assert db.session.execute(text("SELECT 1")).scalar() == 1


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_dropped_connection_is_invalidated_and_the_next_request_reconnects(
    reader: Account,
) -> None:
    parameters = token_parameters(reader)
    backend = db.session.execute(text("SELECT pg_backend_pid()")).scalar()
    with db.engine.connect() as other:
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
    with pytest.raises(exc.OperationalError) as raised:
        direct_statements.read_one(accounts._token_statement, parameters)
    assert raised.value.connection_invalidated
    db.session.rollback()
    # The pool hands out a live connection, not the dropped one.
    assert direct_statements.read_one(accounts._token_statement, parameters) is not None
    assert db.session.execute(text("SELECT pg_backend_pid()")).scalar() != backend


def prepared_statements() -> list[str]:
    return list(db.session.execute(text("SELECT statement FROM pg_prepared_statements")).scalars())


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_reads_are_prepared_as_psycopg_is_configured(reader: Account) -> None:
    parameters = token_parameters(reader)
    for _ in range(6):  # psycopg prepares a statement on its sixth execution by default
        direct_statements.read_one(accounts._token_statement, parameters)
    assert any("auth_tokens" in statement for statement in prepared_statements())


@pytest.fixture
def behind_pgbouncer(postgres_schema_url: str) -> Iterator[Flask]:
    """An app configured as for PgBouncer: psycopg prepares nothing."""
    config = _test_config(postgres_schema_url)
    config["SQLALCHEMY_ENGINE_OPTIONS"] = {"connect_args": {"prepare_threshold": None}}
    app = create_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        with db.engine.begin() as connection:
            connection.execute(text("TRUNCATE accounts, auth_tokens RESTART IDENTITY CASCADE"))
        db.engine.dispose()


def test_behind_pgbouncer_reads_are_never_prepared(behind_pgbouncer: Flask) -> None:
    account = accounts.create_account("leserin@example.org", "correct horse battery staple")
    parameters = token_parameters(account)
    for _ in range(10):
        assert direct_statements.read_one(accounts._token_statement, parameters) is not None
    assert prepared_statements() == []


def test_a_read_of_many_rows_equals_cores_rows(
    reader: Account, make_comment: Callable[..., Comment]
) -> None:
    site = db.session.execute(select(Site).where(Site.slug == "stadtanzeiger")).scalar_one()
    article = db.session.execute(select(Article)).scalar_one()
    for i in range(3):
        make_comment(
            site=site,
            article=article,
            author=reader,
            body=f"Beitrag {i}",
            status=CommentStatus.PUBLISHED,
        )
    build = public_thread._PAGE_WITH_ARTICLE[False]
    parameters = {"site": "stadtanzeiger", "article": "stichwahl", "after": None, "rows": 21}
    direct = direct_statements.read_all(build, parameters)
    expected = db.session.connection().execute(build(), parameters).all()
    assert len(direct) == 3
    assert [tuple(row) for row in direct] == [tuple(row) for row in expected]
    assert [type(v) for v in direct[0]] == [type(v) for v in expected[0]]
    assert direct[0].body == "Beitrag 0"
    assert direct[0].created_at.tzinfo is expected[0].created_at.tzinfo  # converted as Core does
    unknown = {**parameters, "site": "gibt-es-nicht"}
    assert list(direct_statements.read_all(build, unknown)) == []


def test_statement_listeners_see_direct_statements(reader: Account) -> None:
    seen: list[tuple[str, str]] = []

    def before(_c: Any, _cur: Any, statement: str, *_rest: Any) -> None:
        seen.append(("before", statement))

    def after(_c: Any, _cur: Any, statement: str, *_rest: Any) -> None:
        seen.append(("after", statement))

    parameters = token_parameters(reader)
    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        direct_statements.read_one(accounts._token_statement, parameters)
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "after_cursor_execute", after)
    assert [when for when, _ in seen] == ["before", "after"]
    assert all("auth_tokens" in statement for _, statement in seen)


# --- the INSERT ---------------------------------------------------------------------------

_written = MetaData()
_notes = Table(
    "direct_insert_notes",
    _written,
    Column("id", Integer, primary_key=True),
    Column("body", String(200), nullable=False),
    Column(
        "shout",
        String(200),
        default=lambda context: context.get_current_parameters()["body"].upper(),
    ),
    Column("status", Enum(AccountStatus), default=AccountStatus.ACTIVE),
    Column("created_at", UTCDateTime(), default=utcnow),
    Column("server_side", Integer, server_default="7"),
)


@cache
def _note_insert() -> ReturningInsert[Any]:
    return (
        insert(_notes).values(body=bindparam("body")).returning(_notes.c.id, _notes.c.server_side)
    )


@pytest.fixture
def notes_table(app: Flask) -> Iterator[Table]:
    _written.create_all(db.engine)
    yield _notes
    db.session.rollback()
    _written.drop_all(db.engine)


def test_an_insert_reports_what_it_wrote_with_the_python_side_defaults(notes_table: Table) -> None:
    written = direct_statements.insert_one(_note_insert, {"body": "Bürgerentscheid"})
    assert written["shout"] == "BÜRGERENTSCHEID"  # a default that reads the row's parameters
    assert written["status"] is AccountStatus.ACTIVE and written["server_side"] == 7
    stored = db.session.execute(select(notes_table).where(notes_table.c.id == written["id"])).one()
    assert {key: written[key] for key in stored._mapping} == dict(stored._mapping)


def test_an_insert_reports_what_cores_insert_reports(notes_table: Table) -> None:
    core = db.session.connection().execute(_note_insert(), {"body": "Stichwahl"})
    expected = {**core.last_inserted_params(), **core.one()._mapping}
    direct = direct_statements.insert_one(_note_insert, {"body": "Stichwahl"})
    assert direct["id"] == expected["id"] + 1
    assert abs(direct["created_at"] - expected["created_at"]) < timedelta(seconds=10)
    skip = {"id", "created_at"}
    assert {k: v for k, v in direct.items() if k not in skip} == {
        k: v for k, v in expected.items() if k not in skip
    }
    assert {k: type(v) for k, v in direct.items()} == {k: type(v) for k, v in expected.items()}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_insert_that_would_leave_a_database_default_unread_is_refused(
    notes_table: Table,
) -> None:
    @cache
    def without_server_side() -> ReturningInsert[Any]:
        return insert(_notes).values(body=bindparam("body")).returning(_notes.c.id)

    # Core would read server_side back with a second statement; a direct INSERT has one.
    with pytest.raises(ValueError, match="must return"):
        direct_statements.insert_one(without_server_side, {"body": "Ohne"})
