"""What a news site's back end does in tests: sign SSO tokens, send its key, receive webhooks."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import jwt

from moderation.models import Site

SiteKey = Callable[[Site], dict[str, str]]


def mint(
    site: Site,
    sub: str = "reader-1",
    *,
    secret: str | None = None,
    algorithm: str = "HS256",
    lifetime: int = 300,
    **claims: Any,
) -> str:
    """An SSO token as a site's back end would sign it; keyword claims override the defaults."""
    now = int(time.time())
    body: dict[str, Any] = {
        "sub": sub,
        "email": f"{sub}@example.org",
        "name": "Erika Musterfrau",
        "aud": site.slug,
        "iat": now,
        "exp": now + lifetime,
        "jti": secrets.token_hex(8),
    }
    body.update(claims)
    body = {k: v for k, v in body.items() if v is not None}
    return jwt.encode(body, secret or site.sso_secret, algorithm=algorithm)


@dataclass
class Receiver:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    # Status codes to answer with, in order; 204 once they run out.
    answers: list[int] = field(default_factory=list)
