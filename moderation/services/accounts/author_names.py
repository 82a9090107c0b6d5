"""Display names under public comments: a rename also touches the author's comments."""

from __future__ import annotations

from sqlalchemy import select, update

from moderation.extensions import db
from moderation.models import Account, Comment
from moderation.models.types import utcnow

BATCH_SIZE = 200


def rename(account: Account, name: str) -> None:
    """Give ``account`` a new display name in the caller's unit of work (it commits).

    Public thread pages are versioned by their comments (services.comments.public_thread), so
    the comments' ``updated_at`` moves with the name and cached pages are revalidated.
    """
    if account.display_name == name:
        return
    account.display_name = name
    if account.id is None:
        return
    # The comments first, then (at commit) the account row: no lock on the account is held
    # while waiting for a comment a scoring worker holds (judging.py locks comments).
    with db.session.no_autoflush:
        touch_comments(account.id)


def touch_comments(author_id: int) -> None:
    """Move ``updated_at`` of all the author's comments, locking them in id order, a batch
    at a time, as every bulk update over comments must (so two never wait on each other)."""
    after = 0
    while True:
        ids = list(
            db.session.execute(
                select(Comment.id)
                .where(Comment.author_id == author_id, Comment.id > after)
                .order_by(Comment.id)
                .limit(BATCH_SIZE)
                .with_for_update()
            ).scalars()
        )
        if not ids:
            return
        # A Core UPDATE: not a change a moderator's open decision (its `version`) should see.
        db.session.execute(
            update(Comment)
            .where(Comment.id.in_(ids))
            .values(updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        after = ids[-1]
