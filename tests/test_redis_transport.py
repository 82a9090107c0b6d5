"""The Redis transport that keeps one client per channel: chosen for Redis URLs, reused, renewed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kombu import Connection

from moderation.config import build_config
from moderation.redis_transport import Channel, Transport
from tests.conftest import TEST_SECRET
from tests.servers import RedisServer


def celery_config(broker_url: str) -> dict[str, object]:
    env = {"SECRET_KEY": TEST_SECRET, "CELERY_BROKER_URL": broker_url}
    return build_config(Path("/nonexistent"), env)["CELERY"]  # type: ignore[no-any-return]


def test_redis_brokers_use_the_client_keeping_transport() -> None:
    url = "redis://127.0.0.1:6379/0"
    connection = Connection(url, transport=celery_config(url)["broker_transport"])
    assert type(connection.transport) is Transport


# TLS (kombu derives its defaults from the scheme name) and the local run's SQLAlchemy broker.
@pytest.mark.parametrize("url", ["rediss://cache.example:6380/0", ""])
def test_other_brokers_keep_kombus_choice(url: str) -> None:
    assert celery_config(url)["broker_transport"] is None


@pytest.fixture
def channel(redis_server: RedisServer) -> Iterator[Channel]:
    with Connection(redis_server.url, transport=Transport) as connection:
        channel = connection.default_channel
        assert isinstance(channel, Channel)
        yield channel


@pytest.mark.redis
def test_one_client_serves_every_publish(channel: Channel) -> None:
    first = channel._create_client()
    for n in range(3):
        channel._put("transport-test", {"body": str(n), "properties": {}})
    assert channel._create_client() is first
    assert channel.client is not first  # the asynchronous client (BRPOP) stays apart
    assert channel._size("transport-test") == 3


@pytest.mark.redis
def test_a_new_pool_gets_a_new_client(channel: Channel) -> None:
    first = channel._create_client()
    channel._disconnect_pools()  # what kombu does when the connection is lost
    renewed = channel._create_client()
    assert renewed is not first
    assert renewed.connection_pool is channel.pool
    assert renewed.ping() is True


@pytest.mark.redis
def test_closing_a_channel_after_its_connection_is_a_connection_error(
    redis_server: RedisServer,
) -> None:
    # Celery closes the consumer's connection when the broker goes away; a channel closed
    # after that must fail as a connection error (ignored, then Celery reconnects), not an
    # AttributeError that stops the worker.
    connection = Connection(redis_server.url, transport=Transport)
    channel = connection.default_channel
    channel._create_client().ping()
    connection.transport.client = None  # what Connection._close leaves behind
    channel._disconnect_pools()
    with pytest.raises(connection.connection_errors):
        channel._create_client()
    connection.maybe_close_channel(channel)  # swallows it, as Celery's close does
    assert channel.closed
