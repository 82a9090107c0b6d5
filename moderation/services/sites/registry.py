"""Site and article use cases."""

from __future__ import annotations

import re
from typing import Any

from flask import current_app

from moderation.extensions import db
from moderation.models import Article, Site
from moderation.scoring.policy import PolicyError, PolicySettings
from moderation.services.errors import AlreadyExists, InvalidInput, SiteNotFound

SLUG_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
EXTERNAL_ID_PATTERN = re.compile(r"^[A-Za-z0-9._~:-]{1,200}$")
LANGUAGES = ("de", "en")


def default_language() -> str:
    """A new site's language when none is given: the instance's (``DEFAULT_LOCALE``).

    The desk speaks the language a moderator's sites share, so a site on an English instance
    must not come out German because nobody chose.
    """
    configured = current_app.config.get("BABEL_DEFAULT_LOCALE")
    return configured if configured in LANGUAGES else LANGUAGES[0]


def create_site(
    slug: str,
    name: str,
    *,
    language: str | None = None,
    policy: dict[str, Any] | None = None,
    timezone: str | None = None,
    allowed_origins: list[str] | None = None,
) -> Site:
    """A new site in ``language`` (default: the instance's); ``timezone`` and
    ``allowed_origins`` arrive validated (sites.integration)."""
    if not SLUG_PATTERN.match(slug):
        raise InvalidInput("use lower-case letters, digits and dashes", field="slug")
    if not name.strip():
        raise InvalidInput("must not be empty", field="name")
    language = language or default_language()
    if language not in LANGUAGES:
        raise InvalidInput(f"must be one of {', '.join(LANGUAGES)}", field="language")
    settings = _validated_policy(policy)
    if find_site(slug) is not None:
        raise AlreadyExists(f"site {slug!r} exists", field="slug")
    site = Site(
        slug=slug,
        name=name.strip(),
        language=language,
        policy=settings,
        allowed_origins=list(allowed_origins or []),
    )
    if timezone:
        site.timezone = timezone
    db.session.add(site)
    db.session.commit()
    return site


def find_site(slug: str) -> Site | None:
    return db.session.execute(db.select(Site).where(Site.slug == slug)).scalar_one_or_none()


def get_site(slug: str) -> Site:
    site = find_site(slug)
    if site is None:
        raise SiteNotFound(f"no site {slug!r}", field="site")
    return site


def find_article(site: Site, external_id: str) -> Article | None:
    return db.session.execute(
        db.select(Article).where(Article.site_id == site.id, Article.external_id == external_id)
    ).scalar_one_or_none()


def policy_for(site: Site) -> PolicySettings:
    return PolicySettings.from_stored(site.policy)


def _validated_policy(policy: dict[str, Any] | None) -> dict[str, Any]:
    try:
        PolicySettings.from_mapping(policy)
    except PolicyError as error:
        raise InvalidInput(str(error), field=f"policy.{error.field}") from None
    return dict(policy or {})
