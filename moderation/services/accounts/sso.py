"""Single sign-on: a site's back end vouches for a reader with a short-lived HS256 JWT.

The token is exchanged for an ordinary API bearer token. Linking rule: a reader is
identified by (site, ``sub``) and nothing else. The ``email`` claim is stored for
moderators but never used to find or take over an account: an SSO reader whose email
matches an existing password account still gets an account of their own (its login
email is a placeholder under ``.invalid``, so nobody can sign in to it with a password).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from flask import current_app
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from moderation.extensions import db
from moderation.models import Account, Role, Site, SsoIdentity, SsoTokenUse
from moderation.models.types import utcnow
from moderation.services.accounts import author_names, credentials
from moderation.services.errors import AuthenticationFailed, NotAllowed
from moderation.services.retries import retrying
from moderation.services.sites import registry
from moderation.services.text import normalise_body

ALGORITHM = "HS256"
LEEWAY_SECONDS = 30
MAX_TOKEN_LENGTH = 8192
MAX_SUBJECT_LENGTH = 255
MAX_JTI_LENGTH = 200
# Never a valid Argon2 hash: password sign-in to an SSO account always fails.
NO_PASSWORD = "!sso"  # noqa: S105 (a marker, not a password)
PLACEHOLDER_DOMAIN = "sso.invalid"


class SsoRejected(AuthenticationFailed):
    """The SSO token was refused; ``code`` names the reason (sso_expired, sso_replayed...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, field="token")
        self.code = code


class SsoNotConfigured(NotAllowed):
    code = "sso_not_configured"


@dataclass(frozen=True)
class SignIn:
    account: Account
    token: str
    expires_at: datetime
    created: bool


def exchange(site_slug: str, token: str) -> SignIn:
    """Verify a site's SSO token and return a bearer token for the reader it names.

    A changed name touches the reader's comments, which scoring workers lock: a lost lock
    conflict rolls everything back (the token's jti too) and the exchange runs again.
    """
    return retrying(lambda: _exchange(site_slug, token))


def _exchange(site_slug: str, token: str) -> SignIn:
    site = registry.get_site(site_slug)
    if not site.sso_secret:
        raise SsoNotConfigured(f"site {site_slug!r} has no SSO secret", field="site")
    claims = verify(site, token)
    expires = datetime.fromtimestamp(claims["exp"], UTC)
    _forget_expired_token_ids(site)
    db.session.add(SsoTokenUse(site_id=site.id, jti=claims["jti"], expires_at=expires))
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise SsoRejected("sso_replayed", "this token was already used (same jti)") from None
    account, created = _account_for(site, claims)
    try:
        db.session.commit()
    except IntegrityError:
        # A concurrent first sign-in of the same reader won; its jti differs, so retry once.
        db.session.rollback()
        db.session.add(SsoTokenUse(site_id=site.id, jti=claims["jti"], expires_at=expires))
        account, created = _account_for(site, claims)
        db.session.commit()
    lifetime = timedelta(hours=current_app.config.get("SSO_TOKEN_TTL_HOURS", 12))
    secret, expires_at = credentials.issue_api_token(account, lifetime)
    return SignIn(account=account, token=secret, expires_at=expires_at, created=created)


def verify(site: Site, token: str) -> dict[str, Any]:
    """The token's claims if it is valid for ``site``, else SsoRejected naming the reason."""
    assert site.sso_secret
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise SsoRejected("sso_malformed", "the token is empty or too long")
    try:
        header = jwt.get_unverified_header(token)
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise SsoRejected("sso_malformed", "the token is not a well-formed JWT") from None
    # Only HS256: "none" would skip the signature, and RS*/ES* with the shared secret as
    # a "public key" is the classic algorithm-confusion attack.
    if header.get("alg") != ALGORITHM:
        raise SsoRejected(
            "sso_algorithm_not_allowed",
            f"algorithm {header.get('alg')!r} is not allowed; sign with {ALGORITHM}",
        )
    audience = unverified.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if site.slug not in audiences:
        raise SsoRejected("sso_wrong_site", f"the token is not for site {site.slug!r} (aud)")
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            site.sso_secret,
            algorithms=[ALGORITHM],
            audience=site.slug,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "sub", "jti", "aud"]},
        )
    except jwt.InvalidSignatureError:
        raise SsoRejected("sso_bad_signature", "the signature does not match") from None
    except jwt.ExpiredSignatureError:
        raise SsoRejected("sso_expired", "the token has expired") from None
    except jwt.MissingRequiredClaimError as error:
        raise SsoRejected(
            "sso_missing_claim", f"the token lacks the {error.claim!r} claim"
        ) from None
    except jwt.ImmatureSignatureError:
        raise SsoRejected("sso_not_yet_valid", "the token is not valid yet (nbf/iat)") from None
    except jwt.PyJWTError as error:
        raise SsoRejected("sso_invalid", f"the token is invalid: {error}") from None
    _check_claims(claims)
    return claims


def _check_claims(claims: dict[str, Any]) -> None:
    sub, jti, exp = claims.get("sub"), claims.get("jti"), claims.get("exp")
    if not isinstance(sub, str) or not 1 <= len(sub) <= MAX_SUBJECT_LENGTH:
        raise SsoRejected("sso_invalid", f"sub must be a string of 1-{MAX_SUBJECT_LENGTH}")
    if not isinstance(jti, str) or not 1 <= len(jti) <= MAX_JTI_LENGTH:
        raise SsoRejected("sso_invalid", f"jti must be a string of 1-{MAX_JTI_LENGTH}")
    limit = current_app.config.get("SSO_MAX_TOKEN_LIFETIME", 900)
    if exp > utcnow().timestamp() + limit + LEEWAY_SECONDS:
        raise SsoRejected("sso_lifetime_too_long", f"the token must expire within {limit} seconds")
    for name in ("email", "name"):
        if claims.get(name) is not None and not isinstance(claims[name], str):
            raise SsoRejected("sso_invalid", f"{name} must be a string")


def home_site_id(account: Account) -> int | None:
    """The site an SSO account belongs to (it may comment only there); None for others."""
    return db.session.execute(
        db.select(SsoIdentity.site_id).where(SsoIdentity.account_id == account.id)
    ).scalar_one_or_none()


def identity_of(account: Account) -> SsoIdentity | None:
    return db.session.execute(
        db.select(SsoIdentity).where(SsoIdentity.account_id == account.id)
    ).scalar_one_or_none()


def _account_for(site: Site, claims: dict[str, Any]) -> tuple[Account, bool]:
    identity = db.session.execute(
        db.select(SsoIdentity).where(
            SsoIdentity.site_id == site.id, SsoIdentity.subject == claims["sub"]
        )
    ).scalar_one_or_none()
    name = _display_name(claims)
    email = (claims.get("email") or "").strip()[:254] or None
    if identity is not None:
        # The site is the authority on its readers: follow name and email changes.
        author_names.rename(identity.account, name)
        identity.email = email
        identity.last_sign_in_at = utcnow()
        return identity.account, False
    account = Account(
        email=_placeholder_email(site, claims["sub"]),
        display_name=name,
        password_hash=NO_PASSWORD,
        role=Role.COMMENTER,
    )
    db.session.add(account)
    db.session.add(SsoIdentity(site=site, subject=claims["sub"], account=account, email=email))
    return account, True


def _display_name(claims: dict[str, Any]) -> str:
    raw = claims.get("name") or (claims.get("email") or "").split("@", 1)[0]
    name = " ".join(normalise_body(raw).split())[: credentials.MAX_DISPLAY_NAME]
    return name or "Leser/in"


def _placeholder_email(site: Site, subject: str) -> str:
    digest = hashlib.sha256(f"{site.id}:{subject}".encode()).hexdigest()[:32]
    return f"{site.slug}.{digest}@{PLACEHOLDER_DOMAIN}"


def _forget_expired_token_ids(site: Site) -> None:
    cutoff = utcnow() - timedelta(seconds=LEEWAY_SECONDS)
    db.session.execute(
        delete(SsoTokenUse).where(SsoTokenUse.site_id == site.id, SsoTokenUse.expires_at < cutoff)
    )
