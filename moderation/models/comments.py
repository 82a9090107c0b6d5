"""Comments and the toxicity scores the worker stores for them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.accounts import Account
from moderation.models.sites import Article, Site
from moderation.models.types import BigId, UTCDateTime, enum_column, utcnow
from moderation.scoring.labels import LABELS


class CommentStatus(StrEnum):
    PENDING = "pending"  # accepted, waiting for the scorer
    PUBLISHED = "published"
    HELD = "held"  # waiting for a human
    REJECTED = "rejected"


class Comment(db.Model):
    __tablename__ = "comments"
    __table_args__ = (
        # The moderation queue: held comments of a site, oldest first.
        Index("ix_comments_site_id_status_id", "site_id", "status", "id"),
        # The public thread: published comments of an article, oldest first.
        Index("ix_comments_article_id_status_id", "article_id", "status", "id"),
        Index("ix_comments_author_id_id", "author_id", "id"),
        # The author panel's counts per status, read from the index alone.
        Index("ix_comments_author_id_status_site_id", "author_id", "status", "site_id"),
        # The Reported queue's keyset, (reported_at, id): only the flagged few are indexed,
        # and on PostgreSQL its tab count reads the filtered columns from the index alone.
        Index(
            "ix_comments_reported_at_id",
            "reported_at",
            "id",
            postgresql_where=text("reported_at IS NOT NULL"),
            postgresql_include=["site_id", "status", "deleted_at"],
            sqlite_where=text("reported_at IS NOT NULL"),
        ),
        # A level of replies in the nested thread, and ON DELETE SET NULL: replies only.
        Index(
            "ix_comments_parent_id",
            "parent_id",
            postgresql_where=text("parent_id IS NOT NULL"),
            sqlite_where=text("parent_id IS NOT NULL"),
        ),
        # A client retrying a POST with the same Idempotency-Key gets the same comment.
        UniqueConstraint(
            "author_id", "idempotency_key", name="uq_comments_author_id_idempotency_key"
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[CommentStatus] = mapped_column(
        enum_column(CommentStatus), default=CommentStatus.PENDING
    )
    # Bumped by every change; a decision names the version it saw, so two
    # moderators cannot silently overwrite each other.
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    idempotency_key: Mapped[str | None] = mapped_column(String(100))
    # Counted by the worker before each scoring try, so a comment that crashes
    # the scorer every time is held for a human after a bounded number of tries.
    scoring_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    scoring_error: Mapped[str | None] = mapped_column(Text)
    # Reader-side changes. The author deleted it: threads show a placeholder.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The author changed the body; the earlier bodies are kept in comment_revisions.
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Reader reports, counted with a Core UPDATE so that a report does not bump `version`
    # (a moderator's open decision must not go stale because a reader clicked "report").
    report_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # When report_count reached the site's threshold: the Reported queue; cleared on review.
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The highest score per label over the comment's scores, -1 while it has none: the
    # queue's score sort reads these instead of a subquery per comment. Kept by the
    # database (models/score_maxima.py), whoever writes the score.
    max_toxicity: Mapped[float] = mapped_column(Float, default=-1.0, server_default="-1")
    max_severe_toxicity: Mapped[float] = mapped_column(Float, default=-1.0, server_default="-1")
    max_obscene: Mapped[float] = mapped_column(Float, default=-1.0, server_default="-1")
    max_threat: Mapped[float] = mapped_column(Float, default=-1.0, server_default="-1")
    max_insult: Mapped[float] = mapped_column(Float, default=-1.0, server_default="-1")
    max_identity_attack: Mapped[float] = mapped_column(Float, default=-1.0, server_default="-1")

    site: Mapped[Site] = relationship()
    article: Mapped[Article] = relationship()
    author: Mapped[Account] = relationship()
    parent: Mapped[Comment | None] = relationship(remote_side=[id])
    scores: Mapped[list[Score]] = relationship(
        back_populates="comment", order_by="Score.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def latest_score(self) -> Score | None:
        return self.scores[-1] if self.scores else None


class Score(db.Model):
    __tablename__ = "scores"
    __table_args__ = (
        # A comment's scores, and on PostgreSQL the labels too, so that the queue's "label
        # at least" filter reads the index alone (services/desk/filters.py).
        Index(
            "ix_scores_comment_id_labels",
            "comment_id",
            postgresql_include=list(LABELS),
        ),
        # Statistics read scores by when they were made (services/statistics/).
        Index("ix_scores_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    scorer_name: Mapped[str] = mapped_column(String(64))
    scorer_version: Mapped[str] = mapped_column(String(200))
    toxicity: Mapped[float] = mapped_column(Float)
    severe_toxicity: Mapped[float] = mapped_column(Float)
    obscene: Mapped[float] = mapped_column(Float)
    threat: Mapped[float] = mapped_column(Float)
    insult: Mapped[float] = mapped_column(Float)
    identity_attack: Mapped[float] = mapped_column(Float)
    # Which spans drove the score, where the scorer can say (filled by later scorers).
    explanation: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    comment: Mapped[Comment] = relationship(back_populates="scores")

    def as_dict(self) -> dict[str, float]:
        return {label: getattr(self, label) for label in LABELS}
