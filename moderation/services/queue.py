"""Read side of the moderation desk: the held queue, in the order a moderator asks for."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import func
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Comment, CommentStatus, Score


class QueueOrder(StrEnum):
    OLDEST = "oldest"
    SCORE = "score"  # most toxic first


def held_comments(order: QueueOrder = QueueOrder.OLDEST, limit: int = 50) -> list[Comment]:
    query = (
        db.select(Comment)
        .where(Comment.status == CommentStatus.HELD)
        .options(
            selectinload(Comment.scores),
            selectinload(Comment.author),
            selectinload(Comment.article),
            selectinload(Comment.site),
        )
        .limit(limit)
    )
    if order is QueueOrder.SCORE:
        latest_toxicity = (
            db.select(func.max(Score.toxicity))
            .where(Score.comment_id == Comment.id)
            .scalar_subquery()
        )
        query = query.order_by(latest_toxicity.desc().nulls_last(), Comment.id)
    else:
        query = query.order_by(Comment.id)
    return list(db.session.execute(query).scalars())


def held_count() -> int:
    return db.session.execute(
        db.select(func.count()).select_from(Comment).where(Comment.status == CommentStatus.HELD)
    ).scalar_one()
