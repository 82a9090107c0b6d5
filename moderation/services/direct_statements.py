"""The statements of the hottest request paths, sent on the session's psycopg connection past
SQLAlchemy's per-execution set-up.

Every API request reads its caller's token; every comment POST also reads its site and article
and inserts the comment; every public thread read reads its page or the page's version. For
such statements SQLAlchemy Core's execution (an execution context, result metadata, events)
cost more CPU than the statement itself: the token read 170-182 µs against 98-100 µs through
psycopg on the same connection, the comment INSERT about 240 µs against 110 µs. Side by side,
POSTs ran 1.07-1.18 times as fast with the INSERT sent this way, and an uncached thread read
took a median 0.82 times the CPU (docs/performance.md).

What matters of SQLAlchemy is kept: the SQL it compiled for the dialect, its type conversions
both ways, the Python-side column defaults of an INSERT (as ``last_inserted_params()`` would
report them), the session's connection and transaction, psycopg's automatic prepared
statements as configured (none behind PgBouncer), and its errors: a psycopg error is raised as
the ``sqlalchemy.exc`` error Core would raise, and a dropped connection is invalidated so that
the pool does not hand it out again. The engine's ``before_cursor_execute`` and
``after_cursor_execute`` listeners are called (with no execution context); its other events
and echo logging are skipped. Other drivers (SQLite, the local default) run the statement
through Core.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NoReturn, cast

from sqlalchemy import Column, Connection, Dialect, Select, exc
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import ReturningInsert
from sqlalchemy.types import TypeEngine

from ..extensions import db

Processor = Callable[[Any], Any] | None
Statement = Select[Any] | ReturningInsert[Any]


@dataclass
class _Prepared:
    compiled: SQLCompiler
    binds: dict[str, Callable[[Any], Any]]  # the parameters that need converting
    defaults: tuple[Column[Any], ...]  # an INSERT's columns with a Python-side default
    column_types: tuple[TypeEngine[Any], ...]
    # Names and some conversions come from the server's description of the first result;
    # the SQL is fixed, so they hold for every later one (psycopg builds it anew per call).
    names: tuple[str, ...] | None = None
    results: tuple[Processor, ...] | None = None
    row_type: type[tuple[Any, ...]] | None = None  # read_all's rows: named tuples


def read_one(
    build: Callable[[], Select[Any]], parameters: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    """The first row of ``build()``'s select, by column label, or None.

    ``build`` returns the same statement every time (a ``functools.cache``-d builder) and
    is itself the same object on every call: the statement is compiled once per builder and
    dialect.
    """
    connection = db.session.connection()
    if connection.dialect.driver != "psycopg":
        row = connection.execute(build(), parameters).first()
        return None if row is None else row._mapping
    prepared = _prepare(build, connection.dialect)
    return _one_row(connection, prepared, prepared.compiled.construct_params(parameters))


def read_all(build: Callable[[], Select[Any]], parameters: Mapping[str, Any]) -> Sequence[Any]:
    """Every row of ``build()``'s select, each read by column label as an attribute
    (``row.id``), as a Core row is."""
    connection = db.session.connection()
    if connection.dialect.driver != "psycopg":
        return connection.execute(build(), parameters).all()
    prepared = _prepare(build, connection.dialect)
    rows = _raw_rows(connection, prepared, prepared.compiled.construct_params(parameters))
    if not rows:
        return []
    assert prepared.names is not None and prepared.results is not None
    if prepared.row_type is None:
        prepared.row_type = namedtuple("DirectRow", prepared.names)  # type: ignore[misc]
    make, processors = prepared.row_type._make, prepared.results  # type: ignore[attr-defined]
    if not any(processors):
        return [make(row) for row in rows]
    return [
        make(
            [
                value if process is None else process(value)
                for value, process in zip(row, processors, strict=True)
            ]
        )
        for row in rows
    ]


def insert_one(
    build: Callable[[], ReturningInsert[Any]], parameters: Mapping[str, Any]
) -> dict[str, Any]:
    """Insert one row with ``build()``'s ``INSERT … RETURNING``; the values written.

    Those are what Core would report: the parameters, every Python-side column default
    filled in, and the columns the statement returns (the primary key, server defaults).
    """
    connection = db.session.connection()
    if connection.dialect.driver != "psycopg":
        result = connection.execute(build(), parameters)
        return {**result.last_inserted_params(), **result.one()._mapping}
    prepared = _prepare(build, connection.dialect)
    values = prepared.compiled.construct_params(parameters)
    context = _DefaultContext(values)
    for column in prepared.defaults:
        default = cast(Any, column.default)
        values[column.key] = default.arg(context) if default.is_callable else default.arg
    written = dict(values)
    returned = _one_row(connection, prepared, values)
    if returned is None:
        raise exc.NoResultFound("the INSERT returned no row")
    written.update(returned)
    return written


class _DefaultContext:
    """What a context-sensitive column default may ask of Core's execution context: the
    row's parameters (``context.get_current_parameters()``)."""

    def __init__(self, parameters: dict[str, Any]) -> None:
        self.current_parameters = parameters

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> dict[str, Any]:
        return self.current_parameters


def _one_row(
    connection: Connection, prepared: _Prepared, values: dict[str, Any]
) -> dict[str, Any] | None:
    rows = _raw_rows(connection, prepared, values, first_only=True)
    if not rows:
        return None
    assert prepared.names is not None and prepared.results is not None
    return {
        name: process(value) if process is not None else value
        for name, value, process in zip(prepared.names, rows[0], prepared.results, strict=True)
    }


def _raw_rows(
    connection: Connection, prepared: _Prepared, values: dict[str, Any], first_only: bool = False
) -> list[tuple[Any, ...]]:
    """The rows as psycopg gives them; ``prepared.names`` and ``.results`` are set from the
    first result that has rows."""
    for name, process in prepared.binds.items():
        values[name] = process(values[name])
    sql = prepared.compiled.string
    # Listeners (statement logging, tracing, tests counting statements) see these too; a
    # listener cannot rewrite the statement, and there is no execution context to pass.
    dispatch = connection.dispatch
    try:
        with connection.connection.driver_connection.cursor() as cursor:
            if dispatch.before_cursor_execute:
                dispatch.before_cursor_execute(connection, cursor, sql, values, None, False)
            cursor.execute(sql, values)
            if first_only:
                first = cursor.fetchone()
                rows = [] if first is None else [first]
            else:
                rows = cursor.fetchall()
            if rows and prepared.names is None:
                description = cursor.description or ()
                prepared.results = tuple(
                    column_type.result_processor(connection.dialect, column.type_code)
                    for column_type, column in zip(prepared.column_types, description, strict=True)
                )
                prepared.names = tuple(column.name for column in description)
            if dispatch.after_cursor_execute:
                dispatch.after_cursor_execute(connection, cursor, sql, values, None, False)
    except connection.dialect.loaded_dbapi.Error as error:
        _raise_as_core_would(connection, sql, values, error)
    return rows


@cache
def _prepare(build: Callable[[], Statement], dialect: Dialect) -> _Prepared:
    statement = build()
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
    if any(bind.expanding for bind in compiled.binds.values()):
        raise ValueError("direct statements do not render IN lists; use Core for this one")
    defaults = () if isinstance(statement, Select) else _python_defaults(statement, compiled)
    # Keyed by the name the SQL renders (an anonymous bind's differs from its key in binds).
    binds = {
        compiled.bind_names[bind]: process
        for bind in compiled.binds.values()
        if (process := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    column_types = tuple(
        column_type.dialect_impl(dialect) for column_type in _result_types(statement)
    )
    return _Prepared(compiled, binds, defaults, column_types)


def _python_defaults(
    statement: ReturningInsert[Any], compiled: SQLCompiler
) -> tuple[Column[Any], ...]:
    """The INSERT's columns whose defaults Core would fill in on the Python side."""
    returned = {column["expr"] for column in statement.returning_column_descriptions}
    if set(compiled.postfetch) - returned:
        # Core would read these back after the INSERT; RETURNING them is the one round trip.
        raise ValueError("an INSERT sent directly must return what the database fills in")
    for column in compiled.insert_prefetch:
        default = cast(Any, column.default)
        if not (default.is_scalar or default.is_callable) or column.key not in compiled.binds:
            raise ValueError(f"cannot fill in the default of {column.key} outside Core")
    return tuple(compiled.insert_prefetch)


def _result_types(statement: Statement) -> list[TypeEngine[Any]]:
    if isinstance(statement, Select):
        return [column.type for column in statement.selected_columns]
    return [column["type"] for column in statement.returning_column_descriptions]


def _raise_as_core_would(
    connection: Connection, sql: str, values: dict[str, Any], error: Exception
) -> NoReturn:
    dialect = connection.dialect
    dropped = dialect.is_disconnect(error, connection.connection.dbapi_connection, None)
    if dropped:
        connection.invalidate(error)
    raise exc.DBAPIError.instance(
        sql,
        values,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=dropped,
        dialect=dialect,
    ) from error
