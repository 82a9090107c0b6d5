"""Pessimistic disconnect handling that pings only connections that sat idle in the pool.

SQLAlchemy's ``pool_pre_ping`` pings on every checkout: one more round trip per request,
a noticeable share of a comment POST. A connection handed back milliseconds ago is as alive as the
request that used it; one that waited longer than ``DB_PING_AFTER_IDLE_SECONDS`` may have
been cut by a PostgreSQL restart, a failover or a firewall, and is pinged first. A dead
connection is replaced before the request sees it (the pool retries the checkout on
``DisconnectionError``); one that dies within the idle window fails its request once and
SQLAlchemy then invalidates the pool's older connections.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event, exc

_CHECKED_IN = "moderation.checked_in"


def configure(engine: Engine, idle_seconds: float) -> None:
    if engine.dialect.name == "sqlite" or idle_seconds < 0:
        return  # a file has no connection to lose; a negative value turns pinging off

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        checked_in = record.info.get(_CHECKED_IN)
        if checked_in is None or time.monotonic() - checked_in < idle_seconds:
            return  # new, or back in the pool only just now
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            if not engine.dialect.is_disconnect(error, dbapi_connection, None):
                raise
            alive = False
        if not alive:
            raise exc.DisconnectionError("connection lost while idle in the pool")
