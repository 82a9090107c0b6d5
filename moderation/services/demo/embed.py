"""The demo article page's "site back end": a demo site with SSO, and a token for a reader.

Local runs only. A real news site does the same in its own back end: it signs a
short-lived HS256 token for the signed-in reader with the site's SSO secret.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

import jwt

from moderation.extensions import db
from moderation.models.types import utcnow
from moderation.services.demo.seed import DEMO_SITE
from moderation.services.sites import integration, registry

DEMO_ARTICLE = "digitalstrategie-ob-wahl-2026"
DEMO_READER = ("demo-leserin-1", "Demo-Leserin", "demo-leserin@example.org")
TOKEN_LIFETIME = timedelta(minutes=10)


@dataclass(frozen=True)
class DemoPage:
    site_slug: str
    article_id: str
    sso_token: str


def prepare(page_origin: str) -> DemoPage:
    """Make sure the demo site exists, allows the page's origin and has an SSO secret."""
    slug, name = DEMO_SITE
    site = registry.find_site(slug) or registry.create_site(slug, name, language="de")
    origin = integration.normalise_origin(page_origin)
    changed = False
    if origin not in (site.allowed_origins or []):
        site.allowed_origins = [*(site.allowed_origins or []), origin]
        changed = True
    if not site.sso_secret:
        site.sso_secret = integration.new_secret()
        changed = True
    if changed:
        db.session.commit()
    return DemoPage(slug, DEMO_ARTICLE, sign_token(site.slug, site.sso_secret, *DEMO_READER))


def sign_token(site_slug: str, secret: str, subject: str, name: str, email: str) -> str:
    now = utcnow()
    claims = {
        "sub": subject,
        "name": name,
        "email": email,
        "aud": site_slug,
        "iat": int(now.timestamp()),
        "exp": int((now + TOKEN_LIFETIME).timestamp()),
        "jti": secrets.token_urlsafe(16),
    }
    return jwt.encode(claims, secret, algorithm="HS256")
