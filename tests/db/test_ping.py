"""Idle-only pinging of pooled PostgreSQL connections (moderation/db/ping.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from flask import Flask
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from moderation import create_app
from moderation.extensions import db
from tests.support.config import app_config


def _app(url: str, idle_seconds: float) -> Flask:
    return create_app({**app_config(url), "DB_PING_AFTER_IDLE_SECONDS": idle_seconds})


@pytest.fixture
def engine_for(postgres_schema_url: str) -> Iterator[Any]:
    contexts = []

    def make(idle_seconds: float) -> Engine:
        context = _app(postgres_schema_url, idle_seconds).app_context()
        context.push()
        contexts.append(context)
        return db.engine

    yield make
    for context in reversed(contexts):
        db.engine.dispose()
        context.pop()


def _backend_pid(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(url: str, pid: int) -> None:
    libpq = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(libpq, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    time.sleep(0.05)  # the backend exits asynchronously


def _count_pings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    real = engine.dialect.do_ping

    def counting(dbapi_connection: Any) -> bool:
        pings.append(1)
        return real(dbapi_connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counting)
    return pings


def test_busy_connections_are_not_pinged(engine_for: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = engine_for(60.0)
    pings = _count_pings(engine, monkeypatch)
    pids = {_backend_pid(engine) for _ in range(20)}
    assert len(pids) == 1  # one pooled connection, reused
    assert pings == []


def test_idle_connection_is_pinged_once_before_use(
    engine_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = engine_for(0.05)
    pings = _count_pings(engine, monkeypatch)
    first = _backend_pid(engine)
    time.sleep(0.1)
    assert _backend_pid(engine) == first
    assert len(pings) == 1


def test_connection_lost_while_idle_is_replaced_unseen(
    engine_for: Any, postgres_schema_url: str
) -> None:
    engine = engine_for(0.05)
    dead = _backend_pid(engine)
    _terminate(postgres_schema_url, dead)
    time.sleep(0.1)
    # The ping finds the connection dead; the pool checks out a new one instead.
    assert _backend_pid(engine) != dead


def test_connection_lost_within_the_idle_window_fails_one_use_only(
    engine_for: Any, postgres_schema_url: str
) -> None:
    # The trade-off of not pinging busy connections: a connection killed between two
    # uses milliseconds apart fails the next statement once; SQLAlchemy then drops it.
    engine = engine_for(60.0)
    dead = _backend_pid(engine)
    _terminate(postgres_schema_url, dead)
    with pytest.raises(OperationalError):
        _backend_pid(engine)
    assert _backend_pid(engine) != dead


def test_negative_setting_turns_pinging_off(
    engine_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = engine_for(-1.0)
    pings = _count_pings(engine, monkeypatch)
    _backend_pid(engine)
    time.sleep(0.05)
    _backend_pid(engine)
    assert pings == []
