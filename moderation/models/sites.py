"""News sites that embed the comments, and the articles comments hang under."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.types import BigId, UTCDateTime, utcnow


class Site(db.Model):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="de")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Berlin")
    # Moderation policy overrides (thresholds, mode); see moderation.scoring.policy.
    policy: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    # --- integration with the site's pages and back end ---
    # Origins ("https://www.example.de") whose pages embed the widget; CORS answers only these.
    allowed_origins: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    webhook_url: Mapped[str | None] = mapped_column(String(2000))
    # Secrets are kept in clear on purpose: signing (HMAC) and verifying (HS256) need the
    # secret itself, not a hash. They are shown once when set and never listed.
    webhook_secret: Mapped[str | None] = mapped_column(String(128))
    sso_secret: Mapped[str | None] = mapped_column(String(128))
    # Coral's own signing secret for its external moderation phase (copied from Coral's admin).
    coral_signing_secret: Mapped[str | None] = mapped_column(String(256))
    # Reader reports after which a published comment enters the Reported queue.
    report_threshold: Mapped[int] = mapped_column(Integer, default=3, server_default="3")


class Article(db.Model):
    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("site_id", "external_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    # Set when the site closes the article for comments; None means open.
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    site: Mapped[Site] = relationship()
