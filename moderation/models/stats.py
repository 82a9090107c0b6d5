"""Statistics rollups: a site's activity over closed periods of whole UTC hours, summed once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from moderation.extensions import db
from moderation.models.types import BigId, UTCDateTime


class StatsRollup(db.Model):
    """What happened on a site in ``hours`` hours from ``start``: written by
    services/statistics/rollup.py, one row per hour, and one per local day (23-25 hours) once a
    statistics page has summed that day's hours.

    Only facts that never change once the period is over go in here (comments created,
    scores, moderation events); a comment's status changes, so statuses are counted live.
    """

    __tablename__ = "stats_rollups"

    site_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True
    )
    start: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    hours: Mapped[int] = mapped_column(Integer, primary_key=True)
    # {"comments": n, "actions": {action: n}, "histograms": {label: [10 bins]},
    #  "automatic"/"human": {bin: [count, min_s, max_s]}, "moderators": {id: [a, r]}}
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
