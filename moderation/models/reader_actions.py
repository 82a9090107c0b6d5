"""What readers do to comments besides writing them: earlier versions of edits, and reports."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.accounts import Account
from moderation.models.comments import Comment, CommentStatus
from moderation.models.types import BigId, UTCDateTime, enum_column, utcnow


class CommentRevision(db.Model):
    """The body a comment had before an edit, with the status and version it had then."""

    __tablename__ = "comment_revisions"
    __table_args__ = (
        UniqueConstraint("comment_id", "version", name="uq_comment_revisions_comment_id_version"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[CommentStatus] = mapped_column(enum_column(CommentStatus))
    # When this body was replaced.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    comment: Mapped[Comment] = relationship()


class ReportReason(StrEnum):
    SPAM = "spam"
    INSULT = "insult"
    HATE = "hate"
    THREAT = "threat"
    MISINFORMATION = "misinformation"
    OFF_TOPIC = "off_topic"
    OTHER = "other"


class CommentReport(db.Model):
    """A reader's report of a comment; one per reader per comment."""

    __tablename__ = "comment_reports"
    __table_args__ = (
        UniqueConstraint(
            "comment_id", "reporter_id", name="uq_comment_reports_comment_id_reporter_id"
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    reporter_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[ReportReason] = mapped_column(enum_column(ReportReason))
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Set when a moderator reviewed the reported comment (kept or rejected it).
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    comment: Mapped[Comment] = relationship()
    reporter: Mapped[Account] = relationship()
