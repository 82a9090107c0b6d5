"""Read side for readers: an article's comments as threads, and a reader's own comments."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy.orm import selectinload

from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, ModerationEvent, Site
from moderation.services.comments.submission import DEFAULT_MAX_DEPTH, MAX_PAGE_SIZE
from moderation.services.errors import InvalidInput
from moderation.services.sites import registry

# Replies are loaded whole under each top-level comment of a page; this caps a pile-on.
MAX_REPLIES_PER_LEVEL = 500
MAX_OWN_COMMENTS = 200


@dataclass
class ThreadNode:
    comment: Comment
    replies: list[ThreadNode] = field(default_factory=list)


@dataclass
class ThreadPage:
    site: Site
    article: Article | None
    threads: list[ThreadNode]
    next_cursor: int | None


def thread_page(site_slug: str, article_id: str, *, after: int | None, limit: int) -> ThreadPage:
    """Top-level published comments oldest first, a page at a time, each with its replies.

    Deleted comments stay in place (the API shows them as removed) so that replies
    keep their context.
    """
    site = registry.get_site(site_slug)
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InvalidInput(f"must be between 1 and {MAX_PAGE_SIZE}", field="limit")
    article = registry.find_article(site, article_id)
    if article is None:
        return ThreadPage(site, None, [], None)
    query = _visible(article).where(Comment.parent_id.is_(None)).order_by(Comment.id)
    if after is not None:
        query = query.where(Comment.id > after)
    rows = list(db.session.execute(query.limit(limit + 1)).scalars())
    roots = [ThreadNode(comment) for comment in rows[:limit]]
    _attach_replies(article, roots)
    return ThreadPage(site, article, roots, roots[-1].comment.id if len(rows) > limit else None)


def _attach_replies(article: Article, level: list[ThreadNode]) -> None:
    max_depth = int(current_app.config.get("COMMENT_MAX_DEPTH", DEFAULT_MAX_DEPTH))
    for _ in range(max_depth - 1):
        by_id = {node.comment.id: node for node in level}
        if not by_id:
            return
        replies = db.session.execute(
            _visible(article)
            .where(Comment.parent_id.in_(list(by_id)))
            .order_by(Comment.id)
            .limit(MAX_REPLIES_PER_LEVEL)
        ).scalars()
        level = []
        for reply in replies:
            node = ThreadNode(reply)
            by_id[reply.parent_id].replies.append(node)  # type: ignore[index]
            level.append(node)


def _visible(article: Article):  # type: ignore[no-untyped-def]
    return (
        db.select(Comment)
        .where(Comment.article_id == article.id, Comment.status == CommentStatus.PUBLISHED)
        .options(selectinload(Comment.author))
    )


@dataclass(frozen=True)
class OwnComment:
    comment: Comment
    decision: ModerationEvent | None


def own_comments(author: Account, site_slug: str, article_id: str) -> list[OwnComment]:
    """The reader's comments under an article in any status, newest first, with decisions."""
    site = registry.get_site(site_slug)
    article = registry.find_article(site, article_id)
    if article is None:
        return []
    comments = list(
        db.session.execute(
            db.select(Comment)
            .where(
                Comment.article_id == article.id,
                Comment.author_id == author.id,
                Comment.deleted_at.is_(None),
            )
            .order_by(Comment.id.desc())
            .limit(MAX_OWN_COMMENTS)
        ).scalars()
    )
    decisions = _latest_decisions([c.id for c in comments])
    return [OwnComment(c, decisions.get(c.id)) for c in comments]


def _latest_decisions(comment_ids: list[int]) -> dict[int, ModerationEvent]:
    if not comment_ids:
        return {}
    events = db.session.execute(
        db.select(ModerationEvent)
        .where(ModerationEvent.comment_id.in_(comment_ids))
        .order_by(ModerationEvent.id)
    ).scalars()
    return {event.comment_id: event for event in events}  # the last one wins
