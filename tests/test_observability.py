"""Metrics, request ids and JSON logs."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from moderation.logs import JsonFormatter
from moderation.models import Comment, CommentStatus
from moderation.models.types import utcnow


def metric_lines(client: FlaskClient) -> dict[str, float]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    out = {}
    for line in response.get_data(as_text=True).splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[name] = float(value)
    return out


def test_metrics_report_comments_decisions_and_latency(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
) -> None:
    make_comment()
    make_comment(status=CommentStatus.HELD, decided_at=utcnow())
    make_comment(status=CommentStatus.PUBLISHED, decided_at=utcnow())
    metrics = metric_lines(client)
    assert metrics["moderation_comments_accepted_total"] == 3
    assert metrics['moderation_comments{status="pending"}'] == 1
    assert metrics['moderation_comments{status="held"}'] == 1
    assert metrics["moderation_oldest_pending_age_seconds"] >= 0
    assert metrics['moderation_time_to_decision_seconds_bucket{le="+Inf"}'] == 2
    assert metrics['moderation_time_to_decision_seconds_bucket{le="60.0"}'] == 2
    # The in-process test broker is shared by the whole test session, so only its presence
    # is checked here; the fault tests read queue depth from a real Redis.
    assert metrics['moderation_queue_depth{queue="scoring"}'] >= 0


def test_metrics_can_require_a_token(app: Flask, client: FlaskClient) -> None:
    app.config["METRICS_TOKEN"] = "s3cret-metrics-token"
    assert client.get("/metrics").status_code == 401
    ok = client.get("/metrics", headers={"Authorization": "Bearer s3cret-metrics-token"})
    assert ok.status_code == 200


def test_request_id_is_echoed_or_made(client: FlaskClient) -> None:
    given = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert given.headers["X-Request-ID"] == "abc-123"
    made = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert len(made.headers["X-Request-ID"]) == 32


def test_json_log_lines_carry_the_request_id() -> None:
    record = logging.LogRecord("moderation.x", logging.INFO, __file__, 1, "Grüße %s", ("ok",), None)
    record.request_id = "r-1"
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "Grüße ok" and line["request_id"] == "r-1"
    assert line["level"] == "INFO" and line["logger"] == "moderation.x"
