"""SQLite settings for the local run: enforced foreign keys, WAL, and waiting on locks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event


def configure(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        # PostgreSQL enforces foreign keys; SQLite only when asked, per connection.
        cursor.execute("PRAGMA foreign_keys=ON")
        # The web server and the worker write at once: WAL lets readers proceed,
        # and busy_timeout makes a writer wait instead of failing at once.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
