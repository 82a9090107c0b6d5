"""Webhooks: signed deliveries to a real local server, retries, the log, address checks."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, DeliveryStatus, WebhookDelivery
from moderation.services.sites import integration, webhook_http, webhooks
from moderation.tasks import jobs
from tests.support.sso import Receiver, SiteKey


@pytest.fixture
def hooked(
    app: Flask, make_comment: Callable[..., Comment], receiver: Receiver
) -> Callable[..., tuple[Comment, str]]:
    """A published comment of a site whose webhook points at the receiver; returns the secret."""

    def make(allow_private: bool = True, **kw: Any) -> tuple[Comment, str]:
        app.config["WEBHOOK_ALLOW_PRIVATE"] = allow_private
        comment = make_comment(status=CommentStatus.PUBLISHED, body="Guter Punkt!", **kw)
        integration.update_settings(
            comment.site.slug, integration.SettingsChange(webhook_url=receiver.url)
        )
        secret = comment.site.webhook_secret
        assert secret
        return comment, secret

    return make


def test_event_is_delivered_signed_and_logged(
    client: FlaskClient,
    hooked: Callable[..., tuple[Comment, str]],
    receiver: Receiver,
    site_key: SiteKey,
) -> None:
    comment, secret = hooked()
    outcome = webhooks.deliver(
        comment.id, "comment.published", "evt-1", "2026-05-01T10:00:00+00:00"
    )
    assert outcome.status == "delivered" and outcome.retry_in is None
    [request] = receiver.requests
    headers = request["headers"]
    assert request["path"] == "/hooks/moderation"
    assert headers["X-Moderation-Event"] == "comment.published"
    assert headers["X-Moderation-Delivery"] == "evt-1"
    assert webhooks.verify(secret, headers["X-Moderation-Signature"], request["body"])
    assert not webhooks.verify("another-secret", headers["X-Moderation-Signature"], request["body"])
    assert not webhooks.verify(secret, headers["X-Moderation-Signature"], request["body"] + b" ")
    payload = json.loads(request["body"])
    assert payload["event"] == "comment.published" and payload["site"] == comment.site.slug
    assert payload["comment"]["id"] == comment.id and payload["comment"]["body"] == "Guter Punkt!"
    # A redelivered task sends nothing twice.
    assert webhooks.deliver(comment.id, "comment.published", "evt-1", "x").status == "delivered"
    assert len(receiver.requests) == 1
    log = client.get(
        f"/api/v1/sites/{comment.site.slug}/webhooks/deliveries", headers=site_key(comment.site)
    )
    [entry] = log.get_json()["deliveries"]
    assert entry["status"] == "delivered" and entry["status_code"] == 204
    assert entry["attempts"] == 1 and entry["url"] == receiver.url and entry["delivered_at"]


def test_server_errors_are_retried_with_growing_backoff(
    hooked: Callable[..., tuple[Comment, str]], receiver: Receiver
) -> None:
    comment, _ = hooked()
    receiver.answers = [500, 503]
    first = webhooks.deliver(comment.id, "comment.held", "evt-r", "t")
    second = webhooks.deliver(comment.id, "comment.held", "evt-r", "t")
    assert first.status == second.status == "retry"
    assert first.retry_in is not None and second.retry_in is not None
    assert 9 <= first.retry_in <= 11 and 18 <= second.retry_in <= 22
    row = db.session.execute(db.select(WebhookDelivery)).scalar_one()
    assert row.status is DeliveryStatus.PENDING and row.status_code == 503
    assert row.last_error and row.last_error.startswith("HTTP 503")
    assert row.next_attempt_at is not None
    third = webhooks.deliver(comment.id, "comment.held", "evt-r", "t")
    assert third.status == "delivered"
    db.session.refresh(row)
    assert row.attempts == 3 and row.last_error is None
    assert len({r["headers"]["X-Moderation-Delivery"] for r in receiver.requests}) == 1


def test_gives_up_after_max_attempts_and_at_once_on_a_4xx(
    app: Flask, hooked: Callable[..., tuple[Comment, str]], receiver: Receiver
) -> None:
    app.config["WEBHOOK_MAX_ATTEMPTS"] = 2
    comment, _ = hooked()
    receiver.answers = [500, 500, 410]
    assert webhooks.deliver(comment.id, "comment.rejected", "a", "t").status == "retry"
    assert webhooks.deliver(comment.id, "comment.rejected", "a", "t").status == "failed"
    gone = webhooks.deliver(comment.id, "comment.rejected", "b", "t")
    assert gone.status == "failed" and gone.retry_in is None
    rows = {row.event_id: row for row in db.session.execute(db.select(WebhookDelivery)).scalars()}
    assert rows["a"].attempts == 2 and rows["b"].status_code == 410


def test_unreachable_receiver_is_retried(
    hooked: Callable[..., tuple[Comment, str]], receiver: Receiver
) -> None:
    comment, _ = hooked()
    integration.update_settings(
        comment.site.slug,
        integration.SettingsChange(webhook_url="http://127.0.0.1:9/closed-port"),
    )
    outcome = webhooks.deliver(comment.id, "comment.published", "c", "t")
    assert outcome.status == "retry"
    row = db.session.execute(db.select(WebhookDelivery)).scalar_one()
    assert row.last_error and "Error" in row.last_error


def test_private_addresses_are_refused_without_the_flag(
    hooked: Callable[..., tuple[Comment, str]], receiver: Receiver
) -> None:
    comment, _ = hooked(allow_private=False)
    outcome = webhooks.deliver(comment.id, "comment.published", "p", "t")
    assert outcome.status == "failed" and outcome.retry_in is None
    assert receiver.requests == []
    row = db.session.execute(db.select(WebhookDelivery)).scalar_one()
    assert row.last_error and "loopback" in row.last_error and "refused" in row.last_error


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.251", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "not globally routable"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fd00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("93.184.216.34", None),
        ("2a00:1450:4001:80b::200e", None),
    ],
)
def test_address_classification(address: str, reason: str | None) -> None:
    assert webhook_http.refused_reason(ipaddress.ip_address(address)) == reason


def test_a_name_resolving_to_loopback_is_refused() -> None:
    with pytest.raises(webhook_http.AddressRefused):
        webhook_http.resolve("localhost", 80, allow_private=False)
    assert webhook_http.resolve("localhost", 80, allow_private=True)


def test_events_for_a_site_without_webhook_are_dropped(
    app: Flask, make_comment: Callable[..., Comment]
) -> None:
    comment = make_comment(status=CommentStatus.PUBLISHED)
    assert webhooks.deliver(comment.id, "comment.published", "n", "t").status == "skipped"
    assert db.session.query(WebhookDelivery).count() == 0


def test_jobs_queue_status_events_on_the_webhooks_queue(
    app: Flask, webhook_jobs: Callable[[], list[list[Any]]]
) -> None:
    assert jobs.enqueue_status_webhook(7, CommentStatus.HELD) is True
    assert jobs.enqueue_status_webhook(7, CommentStatus.PENDING) is False
    assert jobs.enqueue_webhook(8, "comment.published") is True
    queued = webhook_jobs()
    assert [(job[0], job[1]) for job in queued] == [(7, "comment.held"), (8, "comment.published")]
    assert len({job[2] for job in queued}) == 2  # each event has its own id
    with pytest.raises(ValueError, match="unknown webhook event"):
        jobs.enqueue_webhook(1, "comment.liked")
    routes = app.config["CELERY"]["task_routes"]
    assert routes["moderation.deliver_webhook"] == {"queue": "webhooks"}


def test_the_task_sends_and_asks_celery_to_retry(
    hooked: Callable[..., tuple[Comment, str]], receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from celery.exceptions import Retry

    from workers.webhook_tasks import deliver_webhook

    comment, _ = hooked()
    receiver.answers = [502]
    with pytest.raises(Retry):
        deliver_webhook.run(comment.id, "comment.published", "task-1", "t")
    assert deliver_webhook.run(comment.id, "comment.published", "task-1", "t") == "delivered"
    assert deliver_webhook.name == "moderation.deliver_webhook"
