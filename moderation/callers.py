"""Who is calling: the account behind a bearer token or a browser session, read once per request.

The API turns a bad credential into a 401 (``api.auth``); the rate limiter only needs a key and
must never fail, so both read the caller here rather than one through the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import request
from flask_login import current_user

from moderation.models import Account
from moderation.services.accounts import credentials
from moderation.services.sites import api_keys

_CACHE_KEY = "moderation.caller"


@dataclass(frozen=True)
class Caller:
    account: Account | None
    # Why a presented credential was not accepted: "malformed" or "invalid_token".
    problem: str | None = None
    via_session: bool = False


def caller() -> Caller:
    """The request's caller, looked up on first use and kept for the rest of the request."""
    # Cached on the request, not on g: an app context can outlive one request.
    found = request.environ.get(_CACHE_KEY)
    if found is None:
        found = request.environ[_CACHE_KEY] = _identify()
    return found  # type: ignore[no-any-return]


def _identify() -> Caller:
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, secret = header.partition(" ")
        secret = secret.strip()
        if scheme.lower() != "bearer" or not secret:
            return Caller(None, problem="malformed")
        if api_keys.is_site_key(secret):
            # A site's API key is a credential of the site, not of a reader (api.site_auth).
            return Caller(None)
        account = credentials.account_for_api_token(secret)
        return Caller(account) if account else Caller(None, problem="invalid_token")
    if current_user.is_authenticated:
        return Caller(current_user._get_current_object(), via_session=True)
    return Caller(None)
