"""Emptying the test database between tests on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from moderation.extensions import db


def truncate_all() -> None:
    """Empty every table and restart the ids: one statement, faster than recreating."""
    tables = ", ".join(table.name for table in db.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
