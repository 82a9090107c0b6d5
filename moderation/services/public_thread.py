"""The public flat thread: a one-statement version of a page, and the page itself."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, true
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Article, Comment, CommentStatus, Site
from . import sites
from .comments import MAX_PAGE_SIZE
from .errors import InvalidInput, SiteNotFound


@dataclass(frozen=True)
class PageVersion:
    """Where a page of published comments stands; equal versions mean equal pages.

    The fingerprint covers the page's rows (the limit + 1 after the cursor, so the next
    link too): their number, ids and versions, and the latest ``updated_at``. Publishing,
    editing, deleting or deciding a comment changes it; so does a new display name,
    because renaming an account touches its comments (services.author_names).
    """

    article_pk: int | None
    fingerprint: str


def page_version(site_slug: str, article_id: str, *, after: int | None, limit: int) -> PageVersion:
    """The version of one page, from a single aggregate over its index range."""
    _read_without_transaction()
    if not 1 <= limit <= MAX_PAGE_SIZE:
        sites.get_site(site_slug)  # an unknown site is a 404 before a bad limit is a 422
        raise InvalidInput(f"must be between 1 and {MAX_PAGE_SIZE}", field="limit")
    page = (
        db.select(Comment.id, Comment.version, Comment.updated_at)
        .join(Article, Article.id == Comment.article_id)
        .join(Site, Site.id == Article.site_id)
        .where(
            Site.slug == site_slug,
            Article.external_id == article_id,
            Comment.status == CommentStatus.PUBLISHED,
            Comment.deleted_at.is_(None),
        )
        .order_by(Comment.id)
        .limit(limit + 1)
    )
    if after is not None:
        page = page.where(Comment.id > after)
    rows = page.subquery()
    summary = db.select(
        func.count(rows.c.id).label("n"),
        func.max(rows.c.id).label("max_id"),
        func.sum(rows.c.id).label("sum_id"),
        func.sum(rows.c.version).label("sum_version"),
        func.max(rows.c.updated_at).label("updated"),
    ).subquery()
    row = db.session.execute(
        db.select(Article.id, summary)
        .select_from(Site)
        .outerjoin(Article, and_(Article.site_id == Site.id, Article.external_id == article_id))
        .join(summary, true())
        .where(Site.slug == site_slug)
    ).one_or_none()
    if row is None:
        raise SiteNotFound(f"no site {site_slug!r}", field="site")
    article_pk, *aggregates = row
    updated = aggregates[-1]
    stamp = updated.isoformat() if hasattr(updated, "isoformat") else str(updated)
    return PageVersion(article_pk, "|".join([*(str(v) for v in aggregates[:-1]), stamp]))


def published_page(
    version: PageVersion, *, after: int | None, limit: int
) -> tuple[list[Comment], int | None]:
    """The page's comments oldest first with their authors; (page, cursor for the next)."""
    if version.article_pk is None:
        return [], None
    query = (
        db.select(Comment)
        .options(joinedload(Comment.author))  # one statement, not one more per page
        .where(
            Comment.article_id == version.article_pk,
            Comment.status == CommentStatus.PUBLISHED,
            Comment.deleted_at.is_(None),
        )
        .order_by(Comment.id)
        .limit(limit + 1)
    )
    if after is not None:
        query = query.where(Comment.id > after)
    rows = list(db.session.execute(query).scalars())
    page = rows[:limit]
    return page, (page[-1].id if len(rows) > limit else None)


def _read_without_transaction() -> None:
    """Run this request's reads in autocommit: no BEGIN and no ROLLBACK round trips.

    Nothing is lost: at READ COMMITTED (PostgreSQL's default) every statement of a
    transaction sees a fresh snapshot anyway, and a public read changes nothing.
    """
    if not db.session().in_transaction():
        db.session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
