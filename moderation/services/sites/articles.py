"""Articles as the site manages them: open or closed for comments, title and URL."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from moderation.extensions import db
from moderation.models import Article
from moderation.models.types import utcnow
from moderation.services.comments.submission import MAX_TITLE_LENGTH, MAX_URL_LENGTH
from moderation.services.errors import InvalidInput, NotFound
from moderation.services.sites import registry
from moderation.services.text import normalise_body


class ArticleNotFound(NotFound):
    code = "article_not_found"


@dataclass(frozen=True)
class ArticleChange:
    open: bool | None = None
    title: str | None = None
    url: str | None = None


def get_article(site_slug: str, external_id: str) -> Article:
    site = registry.get_site(site_slug)
    article = registry.find_article(site, external_id)
    if article is None:
        raise ArticleNotFound(f"no article {external_id!r}", field="article_id")
    return article


def update_article(site_slug: str, external_id: str, change: ArticleChange) -> Article:
    """Open or close an article, or set its title and URL; creates it if it has no comments yet."""
    site = registry.get_site(site_slug)
    if not registry.EXTERNAL_ID_PATTERN.match(external_id):
        raise InvalidInput("use 1-200 letters, digits or ._~:-", field="article_id")
    article = registry.find_article(site, external_id)
    if article is None:
        article = Article(site=site, external_id=external_id)
        db.session.add(article)
    if change.title is not None:
        title = normalise_body(change.title)
        if len(title) > MAX_TITLE_LENGTH:
            raise InvalidInput(f"must be at most {MAX_TITLE_LENGTH} characters", field="title")
        article.title = title or None
    if change.url is not None:
        if len(change.url) > MAX_URL_LENGTH or not change.url.startswith(("http://", "https://")):
            raise InvalidInput("must be an http(s) URL", field="url")
        article.url = change.url
    if change.open is not None:
        if change.open:
            article.closed_at = None
        elif article.closed_at is None:
            article.closed_at = utcnow()
    try:
        db.session.commit()
    except IntegrityError:
        # The first comment created the article meanwhile: apply the change to that one.
        db.session.rollback()
        return update_article(site_slug, external_id, change)
    return article
