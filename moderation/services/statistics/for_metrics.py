"""The numbers /metrics reports, gathered in a few aggregate queries."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import func

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationEvent
from moderation.services.automod.sweeper import oldest_pending_age

log = logging.getLogger(__name__)
QUEUES = ("scoring", "maintenance")


@dataclass
class Snapshot:
    accepted: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    decisions: dict[tuple[str, str], int] = field(default_factory=dict)
    oldest_pending_seconds: float = 0.0
    queue_depth: dict[str, int] = field(default_factory=dict)
    latency_buckets: list[tuple[str, float]] = field(default_factory=list)
    latency_sum: float = 0.0


def snapshot(buckets: Sequence[float]) -> Snapshot:
    out = Snapshot()
    rows = db.session.execute(
        db.select(Comment.status, func.count()).group_by(Comment.status)
    ).all()
    out.by_status = {status.value: 0 for status in CommentStatus}
    out.by_status.update({status.value: count for status, count in rows})
    out.accepted = sum(out.by_status.values())

    events = db.session.execute(
        db.select(
            ModerationEvent.actor_id.is_(None), ModerationEvent.action, func.count()
        ).group_by(ModerationEvent.actor_id.is_(None), ModerationEvent.action)
    ).all()
    for automatic, action, count in events:
        key = ("automatic" if automatic else "human", action.value)
        out.decisions[key] = out.decisions.get(key, 0) + count

    age = oldest_pending_age()
    out.oldest_pending_seconds = age.total_seconds() if age else 0.0
    out.queue_depth = _queue_depth()
    out.latency_buckets, out.latency_sum = _latency_histogram(buckets)
    return out


def _latency_histogram(buckets: Sequence[float]) -> tuple[list[tuple[str, float]], float]:
    seconds = _seconds_to_decision()
    counts = [
        func.count().filter(seconds <= bound).label(f"le_{i}") for i, bound in enumerate(buckets)
    ]
    row = db.session.execute(
        db.select(func.count(), func.coalesce(func.sum(seconds), 0.0), *counts).where(
            Comment.decided_at.is_not(None)
        )
    ).one()
    total, total_seconds, *cumulative = row
    pairs = [(str(bound), float(count)) for bound, count in zip(buckets, cumulative, strict=True)]
    pairs.append(("+Inf", float(total)))
    return pairs, float(total_seconds)


def _seconds_to_decision():  # type: ignore[no-untyped-def]
    if db.engine.dialect.name == "sqlite":
        return (func.julianday(Comment.decided_at) - func.julianday(Comment.created_at)) * 86400.0
    return func.extract("epoch", Comment.decided_at - Comment.created_at)


def _queue_depth() -> dict[str, int]:
    """Messages in the broker's queues; empty when the broker cannot tell or is down."""
    celery = current_app.extensions["celery"]
    depth: dict[str, int] = {}
    try:
        with celery.connection_for_read() as connection:
            channel = connection.default_channel
            redis_client = getattr(channel, "client", None)
            for queue in QUEUES:
                if connection.transport.driver_type == "redis" and redis_client is not None:
                    # A Redis queue is a list; LLEN also answers for one a FLUSHALL removed.
                    depth[queue] = int(redis_client.llen(queue))
                else:
                    _, count, _ = channel.queue_declare(
                        queue=queue, durable=True, auto_delete=False
                    )
                    depth[queue] = int(count)
    except Exception:  # a broker outage must not break the metrics page
        log.warning("metrics: broker queue depth unavailable", exc_info=True)
    return depth
