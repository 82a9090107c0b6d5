"""Read side of the author panel: history, counts, recent comments and notes, within a scope."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.orm import selectinload

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, ModeratorNote
from moderation.services.desk import notes
from moderation.services.desk.assignments import SiteScope


@dataclass(frozen=True)
class AuthorPanel:
    account: Account
    counts: dict[CommentStatus, int]
    recent: list[Comment]
    notes: list[ModeratorNote]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def panel(author: Account, scope: SiteScope, *, exclude: int | None = None) -> AuthorPanel:
    """What a moderator should know about an author: in the moderator's sites only."""
    rows = db.session.execute(
        db.select(Comment.status, func.count())
        .where(Comment.author_id == author.id, scope.clause(Comment.site_id))
        .group_by(Comment.status)
    )
    counts = dict.fromkeys(CommentStatus, 0)
    for status, count in rows:
        counts[CommentStatus(status)] = count
    query = (
        db.select(Comment)
        .where(Comment.author_id == author.id, scope.clause(Comment.site_id))
        .options(selectinload(Comment.article), selectinload(Comment.site))
        .order_by(Comment.id.desc())
        .limit(5)
    )
    if exclude is not None:
        query = query.where(Comment.id != exclude)
    recent = list(db.session.execute(query).scalars())
    return AuthorPanel(author, counts, recent, notes.notes_about(author))


def resolve(text: str) -> Account | None:
    """An author named by id, email or exact display name (case-insensitive)."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) < 19:
        return db.session.get(Account, int(text))
    column = Account.email if "@" in text else Account.display_name
    return db.session.execute(
        db.select(Account).where(func.lower(column) == text.lower()).order_by(Account.id).limit(1)
    ).scalar_one_or_none()
