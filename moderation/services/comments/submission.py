"""Comment use cases: submit (top level or reply) and read one; the public list: public_thread."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from flask import current_app
from sqlalchemy import Select, and_, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from moderation.extensions import db
from moderation.models import (
    Account,
    Article,
    Comment,
    CommentStatus,
    ModerationEvent,
    Site,
    SsoIdentity,
)
from moderation.services.comments.insert import insert_comment
from moderation.services.desk.assignments import scope_for
from moderation.services.errors import (
    AccountNotActive,
    CommentNotFound,
    IdempotencyKeyReused,
    InvalidInput,
    NotAllowed,
    SiteNotFound,
)
from moderation.services.sites import registry
from moderation.services.text import MAX_BODY_LENGTH, has_visible_text, normalise_body
from moderation.tasks import jobs

MAX_TITLE_LENGTH = 500
MAX_URL_LENGTH = 2000
MAX_PAGE_SIZE = 100
DEFAULT_MAX_DEPTH = 3


class ArticleClosed(NotAllowed):
    code = "article_closed"


class WrongSite(NotAllowed):
    code = "account_of_other_site"


@dataclass(frozen=True)
class NewComment:
    body: str
    parent_id: int | None = None
    article_title: str | None = None
    article_url: str | None = None
    # Sent by clients that retry: the same key from the same author yields one comment.
    idempotency_key: str | None = None


def submit_comment(author: Account, site_slug: str, article_id: str, new: NewComment) -> Comment:
    """Store a comment as pending, commit, then queue it for scoring.

    With an idempotency key, a retry of an accepted request returns the comment
    it created instead of creating a second one, even when both race.
    """
    if new.idempotency_key is not None:
        earlier = _earlier_submission(author, new)
        if earlier is not None:
            return earlier
    if not author.may_comment:
        raise AccountNotActive(f"this account is {author.status.value}", field="account")
    site, article, home = _lookup(site_slug, article_id, author)
    if home is not None and home != site.id:
        raise WrongSite("this account signed in through another site", field="site")
    body = normalise_body(new.body)
    if not has_visible_text(body):
        raise InvalidInput("must contain visible text", field="body")
    if len(body) > MAX_BODY_LENGTH:
        raise InvalidInput(f"must be at most {MAX_BODY_LENGTH} characters", field="body")
    if not registry.EXTERNAL_ID_PATTERN.match(article_id):
        raise InvalidInput("use 1-200 letters, digits or ._~:-", field="article_id")
    title = _optional_title(new.article_title)
    url = _optional_url(new.article_url)

    article = _article_for(site, article, article_id, title, url)
    if article.closed_at is not None:
        db.session.rollback()
        raise ArticleClosed("this article is closed for comments", field="article_id")
    parent = _parent_in(article, new.parent_id, author) if new.parent_id is not None else None
    try:
        comment = _insert(site, article, author, parent, body, new.idempotency_key)
        _commit_keeping_loaded()
    except IntegrityError:
        # Only the idempotency key's unique constraint can fail here: a
        # concurrent retry won the race, so answer with its comment.
        db.session.rollback()
        earlier = _earlier_submission(author, new) if new.idempotency_key else None
        if earlier is None:
            raise
        return earlier
    jobs.enqueue_scoring(comment.id)
    return comment


def _lookup(
    site_slug: str, article_id: str, author: Account
) -> tuple[Site, Article | None, int | None]:
    """The site, the article if it exists, and the author's SSO home site: one round trip."""
    parameters = {"author": author.id, "site": site_slug, "article": article_id}
    row = db.session.execute(_lookup_statement(), parameters).first()
    if row is None:
        raise SiteNotFound(f"no site {site_slug!r}", field="site")
    return row.Site, row.Article, row.home_site_id


@cache
def _lookup_statement() -> Select[Any]:
    # Built once: constructing a select costs about as much as running this one.
    home = (
        select(SsoIdentity.site_id)
        .where(SsoIdentity.account_id == bindparam("author"))
        .scalar_subquery()
    )
    return (
        select(Site, Article, home.label("home_site_id"))
        .outerjoin(
            Article,
            and_(Article.site_id == Site.id, Article.external_id == bindparam("article")),
        )
        .where(Site.slug == bindparam("site"))
    )


def _insert(
    site: Site,
    article: Article,
    author: Account,
    parent: Comment | None,
    body: str,
    idempotency_key: str | None,
) -> Comment:
    values = {
        "site_id": site.id,
        "article_id": article.id,
        "author_id": author.id,
        "parent_id": parent.id if parent is not None else None,
        "body": body,
        "idempotency_key": idempotency_key,
    }
    # What the response reads is at hand: no lazy loads (the session's identity map only
    # holds weak references, so site and article would be gone once this returns).
    related = {"site": site, "article": article, "author": author, "parent": parent, "scores": []}
    return insert_comment(values, related)


def _commit_keeping_loaded() -> None:
    """Commit without expiring the session's objects.

    What was just written is what the response shows; expiring it would cost five
    reloads (comment, scores, author, site, article) on another pooled connection.
    """
    session = db.session()
    session.expire_on_commit = False
    try:
        session.commit()
    finally:
        session.expire_on_commit = True


def _earlier_submission(author: Account, new: NewComment) -> Comment | None:
    earlier = db.session.execute(
        db.select(Comment).where(
            Comment.author_id == author.id, Comment.idempotency_key == new.idempotency_key
        )
    ).scalar_one_or_none()
    if earlier is not None and earlier.body != normalise_body(new.body):
        raise IdempotencyKeyReused(
            "this Idempotency-Key was used for a different comment", field="Idempotency-Key"
        )
    return earlier


def get_comment(comment_id: int) -> Comment:
    # Ids outside BIGINT cannot exist; the database driver would refuse to bind them.
    if not 0 < comment_id < 2**63:
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    comment = db.session.get(Comment, comment_id, options=[selectinload(Comment.scores)])
    if comment is None:
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    return comment


def visible_comment(comment_id: int, viewer: Account | None) -> Comment:
    """The comment as its author or a moderator may see it; anyone else gets not-found.

    Not-found rather than forbidden, so strangers cannot probe which ids exist.
    """
    comment = get_comment(comment_id)
    if viewer is not None and viewer.id == comment.author_id:
        return comment
    # Moderators see the comments of the sites they are assigned to; admins all.
    if viewer is None or not (viewer.is_moderator and scope_for(viewer).allows(comment.site_id)):
        raise CommentNotFound(f"no comment {comment_id}", field="comment_id")
    return comment


def latest_decision(comment: Comment) -> ModerationEvent | None:
    return db.session.execute(
        db.select(ModerationEvent)
        .where(ModerationEvent.comment_id == comment.id)
        .order_by(ModerationEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def _article_for(
    site: Site, article: Article | None, external_id: str, title: str | None, url: str | None
) -> Article:
    if article is None:
        try:
            # A savepoint: two first comments racing on one article must both succeed.
            with db.session.begin_nested():
                article = Article(site=site, external_id=external_id, title=title, url=url)
                db.session.add(article)
        except IntegrityError:
            article = registry.find_article(site, external_id)
            assert article is not None
    else:
        # The first comment may have come before the site sent a title.
        if article.title is None and title:
            article.title = title
        if article.url is None and url:
            article.url = url
    return article


def _parent_in(article: Article, parent_id: int, author: Account) -> Comment:
    """The comment replied to: under the same article, visible to the author, not too deep."""
    parent = db.session.get(Comment, parent_id) if 0 < parent_id < 2**63 else None
    visible = parent is not None and (
        parent.status is CommentStatus.PUBLISHED or parent.author_id == author.id
    )
    if parent is None or parent.article_id != article.id or not visible:
        raise InvalidInput("no such comment under this article", field="parent_id")
    if parent.deleted_at is not None:
        raise InvalidInput("the comment was deleted; reply to another one", field="parent_id")
    max_depth = int(current_app.config.get("COMMENT_MAX_DEPTH", DEFAULT_MAX_DEPTH))
    if depth_of(parent) >= max_depth:
        raise InvalidInput(
            f"replies nest at most {max_depth} levels; reply higher up", field="parent_id"
        )
    return parent


def depth_of(comment: Comment) -> int:
    """1 for a top-level comment, 2 for a reply to it, and so on."""
    depth, current = 1, comment
    # Bounded: a reply is only accepted under a parent less deep than the limit.
    while current.parent_id is not None and depth <= DEFAULT_MAX_DEPTH * 4:
        current = db.session.get(Comment, current.parent_id)  # type: ignore[assignment]
        if current is None:
            break
        depth += 1
    return depth


def _optional_title(raw: str | None) -> str | None:
    if raw is None:
        return None
    title = normalise_body(raw)
    if len(title) > MAX_TITLE_LENGTH:
        raise InvalidInput(f"must be at most {MAX_TITLE_LENGTH} characters", field="article_title")
    return title or None


def _optional_url(raw: str | None) -> str | None:
    if raw is None:
        return None
    url = raw.strip()
    parts = urlsplit(url)
    if len(url) > MAX_URL_LENGTH or parts.scheme not in {"http", "https"} or not parts.netloc:
        raise InvalidInput("must be an http(s) URL", field="article_url")
    return url
