"""Soft claims: "X is looking at this", expiring by itself; never blocks a decision."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from moderation.extensions import db
from moderation.models import Account, CommentClaim
from moderation.models.types import utcnow

DEFAULT_CLAIM_SECONDS = 120


def claim_window() -> timedelta:
    return timedelta(
        seconds=int(current_app.config.get("DESK_CLAIM_SECONDS", DEFAULT_CLAIM_SECONDS))
    )


def claim(comment_id: int, moderator: Account) -> None:
    """Mark (or refresh) ``moderator`` as looking at the comment, and sweep expired claims."""
    now = utcnow()
    expires_at = now + claim_window()
    db.session.execute(delete(CommentClaim).where(CommentClaim.expires_at < now))
    mine = _find(comment_id, moderator.id)
    if mine is not None:
        mine.expires_at = expires_at
    else:
        try:
            # A savepoint: the same moderator in two tabs may race on the unique pair.
            with db.session.begin_nested():
                db.session.add(
                    CommentClaim(
                        comment_id=comment_id, moderator_id=moderator.id, expires_at=expires_at
                    )
                )
        except IntegrityError:
            found = _find(comment_id, moderator.id)
            if found is not None:
                found.expires_at = expires_at
    db.session.commit()


def release(comment_id: int, moderator: Account) -> None:
    db.session.execute(
        delete(CommentClaim).where(
            CommentClaim.comment_id == comment_id, CommentClaim.moderator_id == moderator.id
        )
    )
    db.session.commit()


def others_looking(comment_ids: Sequence[int], viewer: Account) -> dict[int, list[str]]:
    """For each comment, the names of other moderators with a live claim on it."""
    out: dict[int, list[str]] = {}
    if not comment_ids:
        return out
    rows = db.session.execute(
        db.select(CommentClaim.comment_id, Account.display_name)
        .join(Account, Account.id == CommentClaim.moderator_id)
        .where(
            CommentClaim.comment_id.in_(list(comment_ids)),
            CommentClaim.moderator_id != viewer.id,
            CommentClaim.expires_at > utcnow(),
        )
        .order_by(CommentClaim.id)
    )
    for comment_id, name in rows:
        out.setdefault(comment_id, []).append(name)
    return out


def _find(comment_id: int, moderator_id: int) -> CommentClaim | None:
    return db.session.execute(
        db.select(CommentClaim).where(
            CommentClaim.comment_id == comment_id, CommentClaim.moderator_id == moderator_id
        )
    ).scalar_one_or_none()
