"""A site's integration settings: allowed origins, language, time zone, webhook, SSO secrets."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderation.extensions import db
from moderation.models import Site
from moderation.services.errors import InvalidInput
from moderation.services.sites import registry

LANGUAGES = registry.LANGUAGES
MAX_ORIGINS = 20
MAX_NAME_LENGTH = 200
MAX_REPORT_THRESHOLD = 1000
_UNSET = object()


@dataclass(frozen=True)
class SettingsChange:
    """Fields to change; None leaves a field alone (webhook_url "" removes the webhook)."""

    allowed_origins: list[str] | None = None
    language: str | None = None
    timezone: str | None = None
    webhook_url: str | None = None
    report_threshold: int | None = None
    name: str | None = None


def create_site(
    slug: str, name: str, *, language: str, timezone: str, allowed_origins: list[str]
) -> Site:
    """A site with its integration settings, validated together and created in one commit."""
    return registry.create_site(
        slug,
        _valid_name(name),
        language=_valid_language(language),
        timezone=_valid_timezone(timezone),
        allowed_origins=normalise_origins(allowed_origins),
    )


def update_settings(site_slug: str, change: SettingsChange) -> Site:
    site = registry.get_site(site_slug)
    if change.name is not None:
        site.name = _valid_name(change.name)
    if change.allowed_origins is not None:
        site.allowed_origins = normalise_origins(change.allowed_origins)
    if change.language is not None:
        site.language = _valid_language(change.language)
    if change.timezone is not None:
        site.timezone = _valid_timezone(change.timezone)
    if change.webhook_url is not None:
        site.webhook_url = valid_webhook_url(change.webhook_url) if change.webhook_url else None
        if site.webhook_url and not site.webhook_secret:
            site.webhook_secret = new_secret()
    if change.report_threshold is not None:
        if not 1 <= change.report_threshold <= MAX_REPORT_THRESHOLD:
            raise InvalidInput(
                f"must be between 1 and {MAX_REPORT_THRESHOLD}", field="report_threshold"
            )
        site.report_threshold = change.report_threshold
    db.session.commit()
    return site


def rotate_webhook_secret(site_slug: str) -> str:
    """A new webhook signing secret; returned once, the old one stops signing at once."""
    site = registry.get_site(site_slug)
    site.webhook_secret = new_secret()
    db.session.commit()
    return site.webhook_secret


def rotate_sso_secret(site_slug: str) -> str:
    """A new SSO secret; tokens signed with the old one are refused from now on."""
    site = registry.get_site(site_slug)
    site.sso_secret = new_secret()
    db.session.commit()
    return site.sso_secret


def set_coral_signing_secret(site_slug: str, secret: str | None) -> Site:
    site = registry.get_site(site_slug)
    if secret is not None and not 16 <= len(secret) <= 256:
        raise InvalidInput("must be 16-256 characters", field="coral_signing_secret")
    site.coral_signing_secret = secret
    db.session.commit()
    return site


def new_secret() -> str:
    # 256 bits: as strong as HMAC-SHA256 and HS256 can use.
    return secrets.token_urlsafe(32)


def normalise_origin(raw: str) -> str:
    """``scheme://host[:port]`` in lower case, as browsers send it in the Origin header."""
    parts = urlsplit(raw.strip())
    if (
        parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.path not in {"", "/"}
        or parts.query
        or parts.fragment
        or parts.username
        or parts.password
    ):
        raise InvalidInput(
            f"not an origin: {raw!r}; use https://host[:port]", field="allowed_origins"
        )
    try:
        port = parts.port
    except ValueError:
        raise InvalidInput(f"bad port in {raw!r}", field="allowed_origins") from None
    default = {"http": 80, "https": 443}[parts.scheme]
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


def normalise_origins(raw: list[str]) -> list[str]:
    if len(raw) > MAX_ORIGINS:
        raise InvalidInput(f"list at most {MAX_ORIGINS} origins", field="allowed_origins")
    return list(dict.fromkeys(normalise_origin(origin) for origin in raw))


def origin_allowed(site: Site, origin: str) -> bool:
    try:
        return normalise_origin(origin) in (site.allowed_origins or [])
    except InvalidInput:
        return False


def valid_webhook_url(raw: str) -> str:
    url = raw.strip()
    parts = urlsplit(url)
    if len(url) > 2000 or parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InvalidInput("must be an http(s) URL", field="webhook_url")
    if parts.username or parts.password:
        raise InvalidInput("must not contain credentials", field="webhook_url")
    return url


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise InvalidInput(f"use 1-{MAX_NAME_LENGTH} characters", field="name")
    return name


def _valid_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(f"must be one of {', '.join(LANGUAGES)}", field="language")
    return language


def _valid_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("unknown time zone", field="timezone") from None
    return name
