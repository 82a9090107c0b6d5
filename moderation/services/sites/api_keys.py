"""Site API keys: create (shown once), list, revoke, rotate, and authenticate a presented key."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import update

from moderation.extensions import db
from moderation.models import ApiKey, Site
from moderation.models.types import utcnow
from moderation.services.errors import Conflict, InvalidInput, NotFound
from moderation.services.sites import registry

# Recognisable in logs and secret scanners, and tells the API a site key from a reader token.
KEY_PREFIX = "msk_"
MAX_NAME_LENGTH = 100
MAX_KEY_LENGTH = 200
# Writing last_used_at on every request would turn each read into a write.
LAST_USED_RESOLUTION = timedelta(minutes=5)


class ApiKeyNotFound(NotFound):
    code = "api_key_not_found"


class ApiKeyRevoked(Conflict):
    code = "api_key_revoked"


@dataclass(frozen=True)
class IssuedKey:
    """A new key: ``secret`` exists only here, the database keeps its hash."""

    key: ApiKey
    secret: str


def is_site_key(presented: str) -> bool:
    return presented.startswith(KEY_PREFIX)


def create_key(site_slug: str, name: str = "default") -> IssuedKey:
    site = registry.get_site(site_slug)
    issued = _new_key(site, _valid_name(name))
    db.session.commit()
    return issued


def list_keys(site_slug: str) -> list[ApiKey]:
    site = registry.get_site(site_slug)
    return list(
        db.session.execute(
            db.select(ApiKey).where(ApiKey.site_id == site.id).order_by(ApiKey.id)
        ).scalars()
    )


def revoke_key(site_slug: str, key_id: int) -> ApiKey:
    key = _key_of(site_slug, key_id)
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        db.session.commit()
    return key


def rotate_key(site_slug: str, key_id: int, *, grace: timedelta = timedelta(0)) -> IssuedKey:
    """Issue a successor with the same name; the old key stops working after ``grace``."""
    if grace < timedelta(0) or grace > timedelta(days=7):
        raise InvalidInput("must be between 0 and 7 days", field="grace")
    old = _key_of(site_slug, key_id)
    now = utcnow()
    if not old.usable(now):
        raise ApiKeyRevoked(f"key {key_id} is revoked or expired", field="key_id")
    issued = _new_key(old.site, old.name, replaces=old)
    if grace:
        old.expires_at = now + grace
    else:
        old.revoked_at = now
    db.session.commit()
    return issued


def site_for_key(presented: str) -> Site | None:
    """The site a presented key belongs to, or None if unknown, revoked or expired."""
    if not is_site_key(presented) or len(presented) > MAX_KEY_LENGTH:
        return None
    key = db.session.execute(
        db.select(ApiKey).where(ApiKey.key_hash == _digest(presented))
    ).scalar_one_or_none()
    now = utcnow()
    if key is None or not key.usable(now):
        return None
    if key.last_used_at is None or key.last_used_at < now - LAST_USED_RESOLUTION:
        # A Core UPDATE in its own short transaction: no ORM state of the caller is touched.
        db.session.execute(update(ApiKey).where(ApiKey.id == key.id).values(last_used_at=now))
        db.session.commit()
    return key.site


def _new_key(site: Site, name: str, replaces: ApiKey | None = None) -> IssuedKey:
    # 256 random bits: SHA-256 of it is as good as a slow KDF and checks in microseconds.
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        site=site,
        name=name,
        prefix=secret[: len(KEY_PREFIX) + 8],
        key_hash=_digest(secret),
        replaces_id=replaces.id if replaces else None,
    )
    db.session.add(key)
    return IssuedKey(key=key, secret=secret)


def _key_of(site_slug: str, key_id: int) -> ApiKey:
    site = registry.get_site(site_slug)
    key = db.session.get(ApiKey, key_id) if 0 < key_id < 2**63 else None
    if key is None or key.site_id != site.id:
        raise ApiKeyNotFound(f"no key {key_id} for site {site_slug!r}", field="key_id")
    return key


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise InvalidInput(f"use 1-{MAX_NAME_LENGTH} characters", field="name")
    return name


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
