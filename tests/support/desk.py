"""Reading what the desk changed: a comment's audit events and its stored status."""

from __future__ import annotations

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, ModerationEvent

# Scores of a comment the default policy holds (toxicity and insult over 0.5).
SCORES = {
    "toxicity": 0.83,
    "severe_toxicity": 0.01,
    "obscene": 0.02,
    "threat": 0.03,
    "insult": 0.71,
    "identity_attack": 0.04,
}


def events(comment: Comment) -> list[ModerationEvent]:
    """A comment's audit events, oldest first."""
    return list(
        db.session.execute(
            db.select(ModerationEvent)
            .where(ModerationEvent.comment_id == comment.id)
            .order_by(ModerationEvent.id)
        ).scalars()
    )


def status_of(comment: Comment) -> CommentStatus:
    """The comment's status as stored now, not as this session last saw it."""
    db.session.expire_all()
    return db.session.get(Comment, comment.id).status
