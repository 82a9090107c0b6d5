"""Per-site models: each version of a site's own head, its evaluation and its status.

A version is fitted on that site's current examples only. At most one version of a site is
``active`` (the one that scores its comments); none active means the shared model scores.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.sites import Site
from moderation.models.types import BigId, UTCDateTime, enum_column, utcnow
from moderation.scoring.site_versions import site_label


class SiteModelStatus(StrEnum):
    CANDIDATE = "candidate"  # trained, not (or not yet) allowed to score
    ACTIVE = "active"  # scores the site's comments
    RETIRED = "retired"  # was active; a rollback may bring it back


ACTIVE_ONLY = text("status = 'active'")


class SiteModel(db.Model):
    __tablename__ = "site_models"
    __table_args__ = (
        UniqueConstraint("site_id", "version"),
        # One active version per site, enforced by the database.
        Index(
            "uq_site_models_active",
            "site_id",
            unique=True,
            postgresql_where=ACTIVE_ONLY,
            sqlite_where=ACTIVE_ONLY,
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[SiteModelStatus] = mapped_column(enum_column(SiteModelStatus))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Examples fitted on and held back, and the newest example id read (for "new since").
    training_examples: Mapped[int] = mapped_column(Integer)
    holdout_examples: Mapped[int] = mapped_column(Integer)
    last_example_id: Mapped[int] = mapped_column(BigId)
    # The shared scorer's version whose features the head reads; another one cannot use it.
    base_version: Mapped[str] = mapped_column(String(200))
    # Macro-F1 of this version, the shared model and the active one on the held-back slice,
    # the functional suite's critical misses, and the gate's verdict with its reason.
    evaluation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    artifact: Mapped[bytes] = mapped_column(LargeBinary)
    artifact_sha256: Mapped[str] = mapped_column(String(64))

    site: Mapped[Site] = relationship()

    @property
    def label(self) -> str:
        return site_label(self.site.slug, self.version)
