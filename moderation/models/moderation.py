"""The audit log: every decision on a comment, automatic or human."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.accounts import Account
from moderation.models.comments import Comment
from moderation.models.types import BigId, UTCDateTime, enum_column, utcnow


class ModerationAction(StrEnum):
    AUTO_PUBLISHED = "auto_published"
    AUTO_HELD = "auto_held"
    AUTO_REJECTED = "auto_rejected"
    APPROVED = "approved"
    REJECTED = "rejected"
    # A moderator took back their decision within the undo window; details name the event.
    UNDONE = "undone"
    # A moderator kept a reported comment: its reader reports were dismissed, it stays up.
    KEPT = "kept"
    # Actions on the comment's author, taken from this comment; details name the account.
    SUSPENDED = "suspended"
    BANNED = "banned"
    REINSTATED = "reinstated"


class ModerationEvent(db.Model):
    __tablename__ = "moderation_events"
    __table_args__ = (Index("ix_moderation_events_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    comment_id: Mapped[int] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), index=True
    )
    # None means the system (the scoring worker) decided.
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    action: Mapped[ModerationAction] = mapped_column(enum_column(ModerationAction))
    reason: Mapped[str | None] = mapped_column(String(1000))
    # Machine-readable reasons and context, e.g. {"reasons": ["insult 0.82 >= 0.70 (hold)"]}.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    actor: Mapped[Account | None] = relationship()
    comment: Mapped[Comment] = relationship()

    @property
    def is_automatic(self) -> bool:
        return self.actor_id is None
