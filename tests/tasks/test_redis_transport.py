"""The Redis transport: chosen for redis:// and rediss:// brokers, and what it relies on in kombu.

``moderation.tasks.redis_transport`` overrides kombu's ``Channel._connparams``: these tests pin
that kombu still builds a channel's client through it, and that a channel closed after its
connection fails as a connection error on both schemes.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from kombu import Connection

from moderation.config import build_config
from moderation.tasks.redis_transport import TRANSPORT, Channel, Transport
from tests.support.config import TEST_SECRET
from tests.support.servers import RedisServer, TlsRedisServer, start_or_skip


def celery_config(broker_url: str, **env: str) -> dict[str, object]:
    env = {"SECRET_KEY": TEST_SECRET, "CELERY_BROKER_URL": broker_url, **env}
    return build_config(Path("/nonexistent"), env)["CELERY"]  # type: ignore[no-any-return]


def connection_for(url: str, **env: str) -> Connection:
    """A connection as Celery opens it from the service's configuration."""
    config = celery_config(url, **env)
    return Connection(
        url, transport=config["broker_transport"], ssl=config["broker_use_ssl"] or False
    )


@pytest.mark.parametrize("url", ["redis://127.0.0.1:6379/0", "rediss://cache.example:6380/0"])
def test_redis_brokers_use_the_services_transport(url: str) -> None:
    assert celery_config(url)["broker_transport"] == TRANSPORT
    assert type(connection_for(url).transport) is Transport


def test_only_rediss_brokers_get_tls_and_it_verifies_certificates() -> None:
    assert celery_config("redis://127.0.0.1:6379/0")["broker_use_ssl"] is None
    tls = celery_config("rediss://cache.example:6380/0", CELERY_BROKER_SSL_CA_CERTS="/ca.pem")
    assert tls["broker_use_ssl"] == {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/ca.pem"}


def test_the_local_runs_broker_keeps_kombus_choice() -> None:
    assert celery_config("")["broker_transport"] is None


@pytest.fixture(scope="module")
def tls_redis() -> Iterator[TlsRedisServer]:
    server = start_or_skip(TlsRedisServer)
    yield server
    server.stop()


@pytest.fixture(params=["redis", "rediss"])
def broker(request: pytest.FixtureRequest) -> tuple[str, dict[str, str]]:
    """(URL, environment) of a running broker, plain or over TLS."""
    if request.param == "redis":
        server: RedisServer = request.getfixturevalue("redis_server")
        return server.url, {}
    tls: TlsRedisServer = request.getfixturevalue("tls_redis")
    return tls.url, {"CELERY_BROKER_SSL_CA_CERTS": str(tls.ca_file)}


@pytest.mark.redis
def test_a_channel_publishes_and_reads_back(broker: tuple[str, dict[str, str]]) -> None:
    url, env = broker
    with connection_for(url, **env) as connection:
        channel = connection.default_channel
        assert isinstance(channel, Channel)
        queue = connection.SimpleQueue("transport-test")
        queue.put({"n": 1})
        assert queue.get(timeout=5).payload == {"n": 1}
        queue.close()


@pytest.mark.redis
def test_closing_a_channel_after_its_connection_is_a_connection_error(
    broker: tuple[str, dict[str, str]],
) -> None:
    # Celery closes the consumer's connection when the broker goes away; a channel closed
    # after that must fail as a connection error (ignored, then Celery reconnects), not an
    # AttributeError that stops the worker.
    url, env = broker
    connection = connection_for(url, **env)
    channel = connection.default_channel
    channel.client.ping()
    connection.transport.client = None  # what Connection._close leaves behind
    channel._disconnect_pools()
    with pytest.raises(connection.connection_errors):
        channel._create_client()
    connection.maybe_close_channel(channel)  # swallows it, as Celery's close does
    assert channel.closed


@pytest.mark.redis
def test_a_rediss_broker_with_an_untrusted_certificate_is_refused(
    tls_redis: TlsRedisServer,
) -> None:
    with pytest.raises(Exception, match="certificate verify failed"):
        connection_for(tls_redis.url).default_channel  # noqa: B018
