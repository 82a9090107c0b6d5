"""Training examples: human decisions kept as labelled texts of one site, for its own models.

An example is the text as it was decided, the label, the reason, who decided and when, and
the scores the model gave at that moment. Each belongs to exactly one site: nothing here
joins one site's examples to another's. A later decision on the same comment (or, for
Perspective feedback, on the same client-side comment) supersedes the earlier example
instead of deleting it, so ``superseded_at IS NULL`` selects the current label of each text.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.accounts import Account
from moderation.models.comments import Comment
from moderation.models.moderation import ModerationEvent
from moderation.models.sites import Site
from moderation.models.types import BigId, UTCDateTime, enum_column, utcnow


class ExampleLabel(StrEnum):
    APPROVED = "approved"  # the text may stand
    REJECTED = "rejected"  # the text must not be published


class ExampleSource(StrEnum):
    DESK = "desk"  # one decision on the dashboard
    BULK = "bulk"  # a bulk decision on the dashboard
    API = "api"  # POST /api/v1/comments/<id>/decision
    UNDO = "undo"  # an undo gave back an earlier human decision
    REPORT = "report"  # a reported comment kept or rejected
    PERSPECTIVE = "perspective"  # POST /v1alpha1/comments:suggestscore (e.g. Coral)


CURRENT_COMMENT = text("superseded_at IS NULL AND comment_id IS NOT NULL")
CURRENT_FEEDBACK = text("superseded_at IS NULL AND feedback_key IS NOT NULL")


class TrainingExample(db.Model):
    __tablename__ = "training_examples"
    __table_args__ = (
        # A site's examples in order: the export's keyset.
        Index("ix_training_examples_site_id_id", "site_id", "id"),
        Index("ix_training_examples_comment_id", "comment_id"),
        # One current label per comment, and per comment of a Perspective client.
        Index(
            "uq_training_examples_current_comment",
            "comment_id",
            unique=True,
            postgresql_where=CURRENT_COMMENT,
            sqlite_where=CURRENT_COMMENT,
        ),
        Index(
            "uq_training_examples_current_feedback",
            "site_id",
            "feedback_key",
            unique=True,
            postgresql_where=CURRENT_FEEDBACK,
            sqlite_where=CURRENT_FEEDBACK,
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    # The comment in this service, if the example is about one; its deletion takes the example.
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    # The audit event of the decision (None for Perspective feedback).
    moderation_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("moderation_events.id", ondelete="SET NULL")
    )
    source: Mapped[ExampleSource] = mapped_column(enum_column(ExampleSource))
    label: Mapped[ExampleLabel] = mapped_column(enum_column(ExampleLabel))
    # The text as it was when decided: a later edit of the comment does not change it.
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    # The statement of reasons, and the site's listed reason it was chosen from, if any.
    reason: Mapped[str | None] = mapped_column(String(1000))
    reason_code: Mapped[str | None] = mapped_column(String(200))
    # Who decided (None: an API key's client, or an erased moderator) and when.
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The model's latest scores when the human decided, and which model gave them.
    scores: Mapped[dict[str, float] | None] = mapped_column(JSON)
    scorer_name: Mapped[str | None] = mapped_column(String(64))
    scorer_version: Mapped[str | None] = mapped_column(String(200))
    # Perspective feedback: the client's own comment id, its clientToken, and the key that
    # makes a retried request find its first example ("c:<comment id>" or "t:<clientToken>").
    external_comment_id: Mapped[str | None] = mapped_column(String(200))
    client_token: Mapped[str | None] = mapped_column(String(200))
    feedback_key: Mapped[str | None] = mapped_column(String(210))
    # What else the source said, e.g. {"bulk": true} or Perspective's communityId and context.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Set when a later decision, an undo or newer feedback replaced this label.
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    superseded_by_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("moderation_events.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    site: Mapped[Site] = relationship()
    comment: Mapped[Comment | None] = relationship()
    decided_by: Mapped[Account | None] = relationship()
    event: Mapped[ModerationEvent | None] = relationship(foreign_keys=[moderation_event_id])
    superseded_by_event: Mapped[ModerationEvent | None] = relationship(
        foreign_keys=[superseded_by_event_id]
    )
