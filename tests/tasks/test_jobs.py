"""Enqueueing after commit: Celery's public send_task, routed by name, signals and all."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from celery import Celery
from celery.signals import after_task_publish, before_task_publish
from flask import Flask

from moderation import create_app
from moderation.tasks import jobs, names
from tests.support.config import TEST_SECRET, app_config
from tests.support.servers import RedisServer, start_or_skip

pytestmark = pytest.mark.redis


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
    app = create_app(app_config("sqlite://", own_redis.url))
    with app.app_context():
        yield app


def celery_of(app: Flask) -> Celery:
    return app.extensions["celery"]  # type: ignore[no-any-return]


def queued(broker: redis.Redis, queue: str) -> list[dict[str, Any]]:
    """The kombu envelopes waiting in a Redis list, oldest first."""
    return [json.loads(raw) for raw in reversed(broker.lrange(queue, 0, -1))]


@pytest.mark.parametrize(
    ("enqueue", "name", "queue"),
    [
        (lambda: jobs.enqueue_scoring(41), names.SCORE_COMMENT, "scoring"),
        (lambda: jobs.enqueue_explanation(42), names.EXPLAIN_COMMENT, "explanations"),
        (lambda: jobs.enqueue_webhook(43, "comment.held"), names.DELIVER_WEBHOOK, "webhooks"),
    ],
)
def test_each_job_goes_to_its_routed_queue(
    app: Flask, broker: redis.Redis, enqueue: Any, name: str, queue: str
) -> None:
    assert enqueue() is True
    [envelope] = queued(broker, queue)
    assert envelope["headers"]["task"] == name
    assert names.QUEUE_OF[name] == queue


def test_publishing_fires_celerys_publish_signals(app: Flask, broker: redis.Redis) -> None:
    """Tracing integrations (OpenTelemetry's Celery instrumentation) hook these two."""
    seen: list[tuple[str, str]] = []

    def before(sender: str, headers: dict[str, Any], **_: Any) -> None:
        seen.append(("before", headers["task"]))

    def after(sender: str, routing_key: str, **_: Any) -> None:
        seen.append(("after", routing_key))

    before_task_publish.connect(before)
    after_task_publish.connect(after)
    try:
        assert jobs.enqueue_scoring(7) is True
    finally:
        before_task_publish.disconnect(before)
        after_task_publish.disconnect(after)
    assert seen == [("before", names.SCORE_COMMENT), ("after", "scoring")]


def test_celery_consumes_the_published_message(app: Flask, broker: redis.Redis) -> None:
    """The worker side decodes it: consumed through the app's own broker connection."""
    jobs.enqueue_scoring(7)
    with celery_of(app).connection_for_read() as connection:
        queue = connection.SimpleQueue("scoring")
        message = queue.get(timeout=5)
        assert message.headers["task"] == names.SCORE_COMMENT
        assert message.payload[0] == [7]
        message.ack()
        queue.close()
    assert broker.llen("scoring") == 0


def test_publishing_again_after_redis_restarted(
    app: Flask, broker: redis.Redis, own_redis: RedisServer
) -> None:
    """The pooled connection died with the server; the next publish reconnects, not fails."""
    assert jobs.enqueue_scoring(1) is True
    own_redis.restart()  # no append-only file: the first message is gone with it
    assert jobs.enqueue_scoring(2) is True
    assert [m["headers"]["argsrepr"] for m in queued(broker, "scoring")] == ["[2]"]


def test_enqueue_reports_a_dead_broker_instead_of_raising(app: Flask) -> None:
    celery_of(app).conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    assert jobs.enqueue_scoring(5) is False
