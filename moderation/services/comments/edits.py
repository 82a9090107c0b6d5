"""The author's changes to their own comment: edit within a window (re-scored), delete."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy.orm.exc import StaleDataError

from moderation.extensions import db
from moderation.models import Account, Comment, CommentRevision, CommentStatus
from moderation.models.types import utcnow
from moderation.services.comments.submission import ArticleClosed, get_comment
from moderation.services.errors import (
    AccountNotActive,
    CommentNotFound,
    Conflict,
    InvalidInput,
    NotAllowed,
    StaleVersion,
)
from moderation.services.text import MAX_BODY_LENGTH, has_visible_text, normalise_body
from moderation.tasks import jobs

DEFAULT_EDIT_WINDOW = 600


class NotAuthor(NotAllowed):
    code = "not_author"


class EditWindowClosed(NotAllowed):
    code = "edit_window_closed"


class CommentDeleted(Conflict):
    code = "comment_deleted"


class NotEditable(Conflict):
    code = "not_editable"


def edit_window() -> timedelta:
    return timedelta(
        seconds=int(current_app.config.get("COMMENT_EDIT_WINDOW_SECONDS", DEFAULT_EDIT_WINDOW))
    )


def edit_comment(
    author: Account, comment_id: int, raw_body: str, *, seen_version: int | None = None
) -> Comment:
    """Replace the body, keep the old one as a revision, and send the comment back to scoring.

    The comment becomes pending again whatever it was (a published comment leaves the
    thread until re-scored): the new text has not been checked by anyone yet.
    """
    comment = _own(author, comment_id)
    if comment.deleted_at is not None:
        raise CommentDeleted("the comment was deleted", field="comment_id")
    if not author.may_comment:
        raise AccountNotActive(f"this account is {author.status.value}", field="account")
    if comment.status is CommentStatus.REJECTED:
        raise NotEditable("a rejected comment cannot be edited", field="comment_id")
    if comment.article.closed_at is not None:
        raise ArticleClosed("this article is closed for comments", field="article_id")
    if utcnow() - comment.created_at > edit_window():
        minutes = int(edit_window().total_seconds() // 60)
        raise EditWindowClosed(
            f"comments can be edited for {minutes} minutes after posting", field="comment_id"
        )
    if seen_version is not None and seen_version != comment.version:
        raise _stale(comment)
    body = normalise_body(raw_body)
    if not has_visible_text(body):
        raise InvalidInput("must contain visible text", field="body")
    if len(body) > MAX_BODY_LENGTH:
        raise InvalidInput(f"must be at most {MAX_BODY_LENGTH} characters", field="body")
    if body == comment.body:
        return comment
    db.session.add(
        CommentRevision(
            comment_id=comment.id, version=comment.version, body=comment.body, status=comment.status
        )
    )
    comment.body = body
    comment.status = CommentStatus.PENDING
    comment.decided_at = None
    comment.edited_at = utcnow()
    # A fresh text gets fresh tries; the poison-comment limit counts per text.
    comment.scoring_attempts = 0
    comment.scoring_error = None
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise _stale(get_comment(comment_id)) from None
    jobs.enqueue_scoring(comment.id)
    return comment


def delete_comment(author: Account, comment_id: int) -> Comment:
    """Mark the comment deleted (threads show it as removed) and announce comment.deleted.

    The text is kept for moderators and the audit trail; readers never see it again.
    Deleting twice is not an error.
    """
    comment = _own(author, comment_id)
    if comment.deleted_at is not None:
        return comment
    comment.deleted_at = utcnow()
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        return delete_comment(author, comment_id)
    jobs.enqueue_webhook(comment.id, "comment.deleted")
    return comment


def revisions(comment: Comment) -> list[CommentRevision]:
    return list(
        db.session.execute(
            db.select(CommentRevision)
            .where(CommentRevision.comment_id == comment.id)
            .order_by(CommentRevision.version)
        ).scalars()
    )


def _own(author: Account, comment_id: int) -> Comment:
    comment = get_comment(comment_id)
    if comment.author_id != author.id:
        if comment.status is CommentStatus.PUBLISHED and comment.deleted_at is None:
            raise NotAuthor("only the author may change this comment", field="comment_id")
        # Not-found for comments the caller cannot see, as everywhere else.
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    return comment


def _stale(comment: Comment) -> StaleVersion:
    db.session.refresh(comment)
    return StaleVersion(
        f"comment {comment.id} changed since you loaded it (version {comment.version})",
        current_version=comment.version,
        status=comment.status.value,
    )
