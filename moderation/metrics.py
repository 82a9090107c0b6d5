"""Prometheus metrics at /metrics, read from the database and the broker at scrape time.

Counting from the database instead of in-process counters keeps the figures
right across gunicorn workers, Celery workers and restarts, with no shared
multiprocess directory to manage.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator

from flask import Blueprint, Response, abort, current_app, request
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.registry import Collector, CollectorRegistry

from moderation.services.statistics import for_metrics

bp = Blueprint("metrics", __name__)
# Seconds from submission to the first decision; the buckets bracket "instant" to "a day".
LATENCY_BUCKETS = (0.25, 0.5, 1.0, 2.0, 5.0, 15.0, 60.0, 300.0, 3600.0, 86400.0)


class ModerationCollector(Collector):
    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily | HistogramMetricFamily]:
        snapshot = for_metrics.snapshot(LATENCY_BUCKETS)
        accepted = CounterMetricFamily(
            "moderation_comments_accepted", "Comments accepted by the API (202)."
        )
        accepted.add_metric([], snapshot.accepted)
        yield accepted

        by_status = GaugeMetricFamily(
            "moderation_comments", "Comments by current status.", labels=["status"]
        )
        for status, count in snapshot.by_status.items():
            by_status.add_metric([status], count)
        yield by_status

        decided = CounterMetricFamily(
            "moderation_decisions", "Decisions by kind (automatic or human) and action.",
            labels=["kind", "action"],
        )  # fmt: skip
        for (kind, action), count in snapshot.decisions.items():
            decided.add_metric([kind, action], count)
        yield decided

        oldest = GaugeMetricFamily(
            "moderation_oldest_pending_age_seconds", "Age of the oldest comment awaiting a score."
        )
        oldest.add_metric([], snapshot.oldest_pending_seconds)
        yield oldest

        depth = GaugeMetricFamily(
            "moderation_queue_depth", "Messages waiting in the broker queue.", labels=["queue"]
        )
        for queue, length in snapshot.queue_depth.items():
            depth.add_metric([queue], length)
        yield depth

        latency = HistogramMetricFamily(
            "moderation_time_to_decision_seconds",
            "Seconds from submission to the first decision (automatic or human).",
        )
        latency.add_metric([], snapshot.latency_buckets, snapshot.latency_sum)
        yield latency


@bp.get("/metrics")
def metrics() -> Response:
    token = current_app.config.get("METRICS_TOKEN")
    if token:
        given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            abort(401)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(ModerationCollector())
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)
