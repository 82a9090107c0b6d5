"""One-row reads on the session's psycopg connection, past SQLAlchemy's per-execution set-up.

Every API request reads its caller's token and every comment POST its site and article. For such
a read SQLAlchemy Core's execution (an execution context, result metadata, events) cost more CPU
than the read itself: 170-182 µs against 98-100 µs for the same SQL through psycopg on the same
connection; side by side, POSTs ran 1.01-1.11 times as fast (five runs, median 1.06) with these
two reads sent directly (docs/performance.md). ``read_one`` keeps what matters of SQLAlchemy:
the SQL it compiled for the dialect, its type conversions both ways, the session's connection
and transaction, psycopg's automatic prepared statements as configured (none behind PgBouncer),
and its errors: a psycopg error is raised as the ``sqlalchemy.exc`` error Core would raise, and
a dropped connection is invalidated so that the pool does not hand it out again. It skips the
engine's events and echo logging. Other drivers (SQLite, the local default) run the statement
through Core.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NoReturn, cast

from sqlalchemy import Connection, Dialect, Select, exc
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

from ..extensions import db

Processor = Callable[[Any], Any] | None


@dataclass
class _Prepared:
    compiled: SQLCompiler
    binds: dict[str, Callable[[Any], Any]]  # the parameters that need converting
    column_types: tuple[TypeEngine[Any], ...]
    # Some conversions depend on the type the server reports: set from the first result.
    results: tuple[Processor, ...] | None = None


def read_one(
    build: Callable[[], Select[Any]], parameters: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    """The first row of ``build()``'s select, by column label, or None.

    ``build`` returns the same statement every time (a ``functools.cache``-d builder):
    it is compiled once per dialect.
    """
    connection = db.session.connection()
    if connection.dialect.driver != "psycopg":
        row = connection.execute(build(), parameters).first()
        return None if row is None else row._mapping
    prepared = _prepare(build, connection.dialect)
    values = prepared.compiled.construct_params(parameters)
    for name, process in prepared.binds.items():
        values[name] = process(values[name])
    try:
        with connection.connection.driver_connection.cursor() as cursor:
            cursor.execute(prepared.compiled.string, values)
            row = cursor.fetchone()
            description = cursor.description or ()
    except connection.dialect.loaded_dbapi.Error as error:
        _raise_as_core_would(connection, prepared.compiled.string, values, error)
    if row is None:
        return None
    if prepared.results is None:
        prepared.results = tuple(
            column_type.result_processor(connection.dialect, column.type_code)
            for column_type, column in zip(prepared.column_types, description, strict=True)
        )
    return {
        column.name: process(value) if process is not None else value
        for column, value, process in zip(description, row, prepared.results, strict=True)
    }


@cache
def _prepare(build: Callable[[], Select[Any]], dialect: Dialect) -> _Prepared:
    statement = build()
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
    if any(bind.expanding for bind in compiled.binds.values()):
        raise ValueError("read_one does not render IN lists; use Core for this statement")
    # Keyed by the name the SQL renders (an anonymous bind's differs from its key in binds).
    binds = {
        compiled.bind_names[bind]: process
        for bind in compiled.binds.values()
        if (process := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    column_types = tuple(column.type.dialect_impl(dialect) for column in statement.selected_columns)
    return _Prepared(compiled, binds, column_types)


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
