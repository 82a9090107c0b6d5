"""Display names under public comments: a rename also touches the author's comments."""

from __future__ import annotations

from sqlalchemy import update

from moderation.extensions import db
from moderation.models import Account, Comment
from moderation.models.types import utcnow


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
    # A Core UPDATE: not a change a moderator's open decision (its `version`) should see.
    db.session.execute(
        update(Comment)
        .where(Comment.author_id == account.id)
        .values(updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
