"""The moderation desk: site assignments, moderator notes, soft claims, per-site settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, JSON, ForeignKey, Index, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from moderation.extensions import db
from moderation.models.accounts import Account
from moderation.models.comments import Comment
from moderation.models.sites import Site
from moderation.models.types import BigId, UTCDateTime, utcnow

# The desk's reads on comments. They live here, next to the queries that need them
# (services/desk/queue.py, services/statistics/), rather than on the Comment model:
# - tabs over all of a moderator's sites, newest or oldest first, page by page;
# - "comments per day" and backlog age scans bounded by time;
# - the waiting and decided comments of a period by status, read from the index alone;
# - text search: on PostgreSQL a trigram index serves ``body ILIKE '%text%'`` (SQLite scans);
# - the review tabs sorted by toxicity, highest first, then oldest: walked from either end
#   (a page back is the same index backwards), it stops after a page.
Index("ix_comments_status_id", Comment.status, Comment.id)
Index(
    "ix_comments_status_max_toxicity_id",
    Comment.status,
    Comment.max_toxicity.desc(),
    Comment.id,
)
Index("ix_comments_created_at", Comment.created_at)
Index("ix_comments_status_created_at_site_id", Comment.status, Comment.created_at, Comment.site_id)
Index(
    "ix_comments_body_trgm",
    Comment.body,
    postgresql_using="gin",
    postgresql_ops={"body": "gin_trgm_ops"},
).ddl_if(dialect="postgresql")
# pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may create it.
event.listen(
    Comment.__table__,
    "before_create",
    DDL("CREATE EXTENSION IF NOT EXISTS pg_trgm").execute_if(dialect="postgresql"),
)


class SiteAssignment(db.Model):
    """A moderator works the queues of a site; admins see every site without one."""

    __tablename__ = "site_assignments"
    __table_args__ = (
        UniqueConstraint("account_id", "site_id", name="uq_site_assignments_account_id_site_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    account: Mapped[Account] = relationship()
    site: Mapped[Site] = relationship()


class ModeratorNote(db.Model):
    """An internal note about a commenter, visible to moderators only."""

    __tablename__ = "moderator_notes"
    __table_args__ = (Index("ix_moderator_notes_account_id_id", "account_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # The commenter the note is about.
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    written_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    written_by: Mapped[Account | None] = relationship(foreign_keys=[written_by_id])


class CommentClaim(db.Model):
    """A soft, expiring "I am looking at this": shown to others, never blocks a decision."""

    __tablename__ = "comment_claims"
    __table_args__ = (
        UniqueConstraint(
            "comment_id", "moderator_id", name="uq_comment_claims_comment_id_moderator_id"
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    moderator_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)

    moderator: Mapped[Account] = relationship()


class DeskSettings(db.Model):
    """Per-site desk settings: the rejection reasons moderators choose from."""

    __tablename__ = "desk_settings"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), unique=True)
    # Shown to the author as the statement of reasons (DSA Art. 17), so in the site's language.
    rejection_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )

    site: Mapped[Site] = relationship()
