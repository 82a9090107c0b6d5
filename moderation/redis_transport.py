"""kombu's Redis transport with one client object per channel instead of one per command,
and a channel closed after its connection failing as a connection error."""

from __future__ import annotations

from typing import Any

import redis
from kombu.transport import redis as kombu_redis


class Channel(kombu_redis.Channel):
    """Reuses the synchronous client it builds around the channel's connection pool.

    kombu builds a ``redis.Redis`` for every publish and ack; with redis-py 8 that object
    copies ~170 response callbacks on creation, a fifth of a publish in cProfile. A client
    holds no connection of its own (each command takes one from the pool), so one per pool is
    safe across threads. A new pool (after a reconnect) gets a new client.
    """

    _sync_client: Any = None

    def _create_client(self, asynchronous: bool = False) -> Any:
        if asynchronous:
            return super()._create_client(asynchronous=True)
        client = self._sync_client
        if client is None or client.connection_pool is not self.pool:
            client = self._sync_client = super()._create_client()
        return client

    def _connparams(self, asynchronous: bool = False) -> Any:
        # A channel closed after its connection was (Celery closing the consumer's connection
        # on a broker restart, while the channel restores unacknowledged messages) has no
        # broker address left. kombu then fails with an AttributeError, which stops the
        # worker ("Unrecoverable error"); as a connection error it is ignored on close and
        # Celery reconnects. Redis redelivers the unacknowledged messages after the
        # visibility timeout, and the sweeper queues any comment still pending.
        if self.connection.client is None:
            raise redis.exceptions.ConnectionError("the channel's connection is closed")
        return super()._connparams(asynchronous=asynchronous)


class Transport(kombu_redis.Transport):
    Channel = Channel
