"""The public flat thread: a one-statement version of a page, and the page itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Integer, Result, Select, Subquery, and_, bindparam, func, true

from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, Site
from moderation.services.comments.submission import MAX_PAGE_SIZE
from moderation.services.errors import InvalidInput, SiteNotFound
from moderation.services.sites import registry


@dataclass(frozen=True)
class PageVersion:
    """Where a page of published comments stands; equal versions mean equal pages.

    The fingerprint covers the page's rows (the limit + 1 after the cursor, so the next
    link too): their number, ids and versions, and the latest ``updated_at``. Publishing,
    editing, deleting or deciding a comment changes it; so does a new display name,
    because renaming an account touches its comments (services.accounts.author_names).
    """

    article_pk: int | None
    fingerprint: str


def page_version(site_slug: str, article_id: str, *, after: int | None, limit: int) -> PageVersion:
    """The version of one page, from a single aggregate over its index range."""
    _read_without_transaction()
    _check_limit(site_slug, limit)
    row = _execute(_version_statement(after is not None), site_slug, article_id, after, limit)
    first = row.first()
    if first is None:
        raise SiteNotFound(f"no site {site_slug!r}", field="site")
    article_pk, *aggregates = first
    return PageVersion(article_pk, _fingerprint(*aggregates))


def page_with_version(
    site_slug: str, article_id: str, *, after: int | None, limit: int
) -> tuple[PageVersion, list[Any], int | None]:
    """The page and its version from one statement: for a body that is not cached.

    The version is computed here from the page's rows with the same fingerprint as
    page_version's aggregate, so either way a page gets the same ETag.
    """
    _read_without_transaction()
    _check_limit(site_slug, limit)
    found = _execute(
        _page_with_article_statement(after is not None), site_slug, article_id, after, limit
    ).all()
    if not found:
        raise SiteNotFound(f"no site {site_slug!r}", field="site")
    article_pk = found[0].article_pk
    comments = [r for r in found if r.id is not None]
    version = PageVersion(article_pk, _fingerprint_of(comments))
    return version, *_split(comments, limit)


def published_page(
    version: PageVersion, *, after: int | None, limit: int
) -> tuple[list[Any], int | None]:
    """The page's rows oldest first (PUBLIC_COLUMNS); (page, cursor for the next)."""
    if version.article_pk is None:
        return [], None
    params = {"article_pk": version.article_pk, "after": after, "rows": limit + 1}
    rows = db.session.connection().execute(_page_statement(after is not None), params).all()
    return _split(list(rows), limit)


# What a public comment shows, plus what its page's fingerprint needs.
PUBLIC_COLUMNS = (
    Comment.id,
    Comment.body,
    Account.display_name.label("author"),
    Comment.parent_id,
    Comment.created_at,
    Comment.version,
    Comment.updated_at,
)

# The statements are built once (per shape: with or without a cursor) and take their
# values as parameters: building and caching-keying a select costs more Python than
# the rest of the read.


def _execute(
    statement: Select[Any], site_slug: str, article_id: str, after: int | None, limit: int
) -> Result[Any]:
    params = {"site": site_slug, "article": article_id, "after": after, "rows": limit + 1}
    return db.session.connection().execute(statement, params)


def _published(query: Select[Any], with_after: bool) -> Select[Any]:
    query = (
        query.where(Comment.status == CommentStatus.PUBLISHED, Comment.deleted_at.is_(None))
        .order_by(Comment.id)
        .limit(bindparam("rows", type_=Integer))
    )
    return (
        query.where(Comment.id > bindparam("after", type_=Comment.id.type)) if with_after else query
    )


def _in_article(query: Select[Any]) -> Select[Any]:
    """``query``'s comments in the article named by the parameters.

    The article's key is a scalar subquery, computed once before the comments are read, so
    they are read as for a known key: the (article_id, status, id) index walked in id order,
    stopping after the page. Joined to articles instead, the planner could not know the
    article's size and for a hot one read all of its comments and sorted them.
    """
    article = (
        db.select(Article.id)
        .join(Site, Site.id == Article.site_id)
        .where(Site.slug == bindparam("site"), Article.external_id == bindparam("article"))
        .scalar_subquery()
    )
    return query.where(Comment.article_id == article)


def _with_article(rows: Subquery, *, outer: bool) -> Select[Any]:
    """The article's key beside ``rows``: no row at all for an unknown site."""
    query = (
        db.select(Article.id.label("article_pk"), rows)
        .select_from(Site)
        .outerjoin(
            Article,
            and_(Article.site_id == Site.id, Article.external_id == bindparam("article")),
        )
        .join(rows, true(), isouter=outer)
        .where(Site.slug == bindparam("site"))
    )
    return query


@cache
def _version_statement(with_after: bool) -> Select[Any]:
    page = _published(
        _in_article(db.select(Comment.id, Comment.version, Comment.updated_at)), with_after
    )
    rows = page.subquery()
    summary = db.select(
        func.count(rows.c.id).label("n"),
        func.max(rows.c.id).label("max_id"),
        func.sum(rows.c.id).label("sum_id"),
        func.sum(rows.c.version).label("sum_version"),
        func.max(rows.c.updated_at).label("updated"),
    ).subquery()
    return _with_article(summary, outer=False)


@cache
def _page_statement(with_after: bool) -> Select[Any]:
    # Plain rows, not ORM entities: a page is read-only and serialised at once.
    query = db.select(*PUBLIC_COLUMNS).join(Account, Account.id == Comment.author_id)
    return _published(query.where(Comment.article_id == bindparam("article_pk")), with_after)


@cache
def _page_with_article_statement(with_after: bool) -> Select[Any]:
    query = db.select(*PUBLIC_COLUMNS).join(Account, Account.id == Comment.author_id)
    rows = _published(_in_article(query), with_after).subquery()
    # One row per comment, or one of NULLs for an empty page.
    return _with_article(rows, outer=True).order_by(rows.c.id)


def _split(rows: list[Any], limit: int) -> tuple[list[Any], int | None]:
    page = rows[:limit]
    return page, (page[-1].id if len(rows) > limit else None)


def _fingerprint_of(rows: Sequence[Any]) -> str:
    """page_version's aggregate over the same rows, computed in Python."""
    if not rows:
        return _fingerprint(0, None, None, None, None)
    return _fingerprint(
        len(rows),
        max(r.id for r in rows),
        sum(r.id for r in rows),
        sum(r.version for r in rows),
        max(r.updated_at for r in rows),
    )


def _fingerprint(n: int, max_id: Any, sum_id: Any, sum_version: Any, updated: Any) -> str:
    # str() of a sum is the same digits whether the driver gave an int or a Decimal.
    stamp = updated.isoformat() if hasattr(updated, "isoformat") else str(updated)
    return "|".join([str(n), str(max_id), str(sum_id), str(sum_version), stamp])


def _check_limit(site_slug: str, limit: int) -> None:
    if not 1 <= limit <= MAX_PAGE_SIZE:
        registry.get_site(site_slug)  # an unknown site is a 404 before a bad limit is a 422
        raise InvalidInput(f"must be between 1 and {MAX_PAGE_SIZE}", field="limit")


def _read_without_transaction() -> None:
    """Run this request's reads in autocommit: no BEGIN and no ROLLBACK round trips.

    Nothing is lost: at READ COMMITTED (PostgreSQL's default) every statement of a
    transaction sees a fresh snapshot anyway, and a public read changes nothing.
    """
    if not db.session().in_transaction():
        db.session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
