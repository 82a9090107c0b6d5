"""TaskPublisher: send_task's message, to the routed queue, through a real Redis and kombu."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from celery import Celery
from flask import Flask
from kombu import Exchange, Queue

from moderation import create_app, jobs
from moderation.task_publisher import TaskPublisher
from tests.conftest import TEST_SECRET, _test_config
from tests.servers import RedisServer, start_or_skip

pytestmark = pytest.mark.redis

# Differ between any two messages: fresh ids.
_PER_MESSAGE = {"id", "root_id", "correlation_id", "delivery_tag"}


@pytest.fixture(scope="module")
def own_redis() -> Iterator[RedisServer]:
    server = start_or_skip(RedisServer)  # its own: a test here restarts it
    yield server
    server.stop()


@pytest.fixture
def broker(own_redis: RedisServer) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(own_redis.url)
    client.flushall()
    yield client
    client.close()


@pytest.fixture
def app(own_redis: RedisServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    app = create_app(_test_config("sqlite://", own_redis.url))
    with app.app_context():
        yield app


def celery_of(app: Flask) -> Celery:
    return app.extensions["celery"]  # type: ignore[no-any-return]


def queued(broker: redis.Redis, queue: str) -> list[dict[str, Any]]:
    """The kombu envelopes waiting in a Redis list, oldest first."""
    return [json.loads(raw) for raw in reversed(broker.lrange(queue, 0, -1))]


def without_ids(envelope: dict[str, Any]) -> dict[str, Any]:
    def strip(mapping: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in mapping.items() if k not in _PER_MESSAGE}

    return {
        **envelope,
        "headers": strip(envelope["headers"]),
        "properties": strip(envelope["properties"]),
    }


@pytest.mark.parametrize(
    ("name", "args", "queue"),
    [
        (jobs.SCORE_COMMENT, [41], "scoring"),
        (jobs.EXPLAIN_COMMENT, [42], "explanations"),
        (jobs.DELIVER_WEBHOOK, [43, "comment.held", "e" * 32, "2026-11-26T23:00Z"], "webhooks"),
    ],
)
def test_message_equals_what_send_task_sends(
    app: Flask, broker: redis.Redis, name: str, args: list[Any], queue: str
) -> None:
    celery = celery_of(app)
    celery.send_task(name, args=args)
    task_id = TaskPublisher(celery).publish(name, args)

    sent_by_celery, ours = queued(broker, queue)
    assert ours["headers"]["id"] == task_id
    assert ours["headers"]["argsrepr"] == repr(args)
    assert json.loads(base64.b64decode(ours["body"]))[0] == args
    assert without_ids(ours) == without_ids(sent_by_celery)


def test_celery_consumes_the_published_message(app: Flask, broker: redis.Redis) -> None:
    """The worker side decodes it: consumed through the app's own broker connection."""
    celery = celery_of(app)
    TaskPublisher(celery).publish(jobs.SCORE_COMMENT, [7])
    with celery.connection_for_read() as connection:
        queue = connection.SimpleQueue("scoring")
        message = queue.get(timeout=5)
        assert message.headers["task"] == jobs.SCORE_COMMENT
        assert message.payload[0] == [7]
        message.ack()
        queue.close()
    assert broker.llen("scoring") == 0


def test_publishing_again_after_redis_restarted(
    app: Flask, broker: redis.Redis, own_redis: RedisServer
) -> None:
    """The pooled connection died with the server; the next publish reconnects, not fails."""
    publisher = TaskPublisher(celery_of(app))
    publisher.publish(jobs.SCORE_COMMENT, [1])
    own_redis.restart()  # no append-only file: the first message is gone with it
    publisher.publish(jobs.SCORE_COMMENT, [2])
    assert [m["headers"]["argsrepr"] for m in queued(broker, "scoring")] == ["[2]"]


def test_enqueue_reports_a_dead_broker_instead_of_raising(app: Flask) -> None:
    celery_of(app).conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    assert jobs.enqueue_scoring(5) is False


def test_jobs_reuse_one_publisher_per_app(app: Flask, broker: redis.Redis) -> None:
    assert jobs.enqueue_scoring(3) is True
    publisher = app.extensions["task_publisher"]
    assert jobs.enqueue_explanation(3) is True
    assert app.extensions["task_publisher"] is publisher
    assert broker.llen("scoring") == broker.llen("explanations") == 1


def test_a_route_to_a_fanout_or_topic_exchange_is_refused() -> None:
    """Messages go to the default exchange, which only a direct route means the same as."""
    celery = Celery("routes", broker="memory://")
    celery.conf.task_queues = (Queue("fanned", Exchange("fan", type="fanout")),)
    celery.conf.task_routes = {"example.fan_out": {"queue": "fanned"}}
    with pytest.raises(ValueError, match="fanout exchange"):
        TaskPublisher(celery).publish("example.fan_out", [1])
