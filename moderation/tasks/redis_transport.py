"""kombu's Redis transport, with a channel closed after its connection failing as a connection
error, for ``redis://`` and ``rediss://`` brokers.

The one place that leans on a kombu internal (``Channel._connparams``);
``tests/tasks/test_redis_transport.py`` pins the behaviour it relies on.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import redis
from kombu.transport import redis as kombu_redis

TRANSPORT = "moderation.tasks.redis_transport:Transport"


class Channel(kombu_redis.Channel):
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


def tls_options(broker_url: str, env: Mapping[str, str]) -> dict[str, Any] | None:
    """Celery's ``broker_use_ssl`` for a ``rediss://`` broker, None for plain ``redis://``.

    kombu turns TLS on from the URL's scheme only when it picks its own transport; with this
    one the options must be given. Certificates are verified: against the system's CAs, or
    the bundle named by ``CELERY_BROKER_SSL_CA_CERTS``.
    """
    if not broker_url.startswith("rediss://"):
        return None
    options: dict[str, Any] = {"ssl_cert_reqs": ssl.CERT_REQUIRED}
    if env.get("CELERY_BROKER_SSL_CA_CERTS"):
        options["ssl_ca_certs"] = env["CELERY_BROKER_SSL_CA_CERTS"]
    return options
