"""Who is calling the API: a bearer token, or a browser session that also proves CSRF."""

from __future__ import annotations

from flask import request
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from ..extensions import csrf
from ..models import Account
from ..services import accounts, api_keys
from .errors import ApiError

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
_CACHE_KEY = "moderation.api_account"


def current_account() -> Account | None:
    """The calling account, or None for an anonymous request; an invalid token is a 401."""
    # Cached on the request, not on g: an app context can outlive one request.
    if _CACHE_KEY in request.environ:
        return request.environ[_CACHE_KEY]  # type: ignore[no-any-return]
    account: Account | None = None
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise ApiError(401, "unauthenticated", "use 'Authorization: Bearer <token>'")
        if api_keys.is_site_key(secret.strip()):
            # A site's API key is a credential of the site, not of a reader (api.site_auth).
            request.environ[_CACHE_KEY] = None
            return None
        account = accounts.account_for_api_token(secret.strip())
        if account is None:
            raise ApiError(401, "invalid_token", "the token is unknown or expired")
    elif current_user.is_authenticated:
        # Cookies ride along on cross-site requests; a state change made with a
        # session must carry the CSRF token in the X-CSRFToken header.
        if request.method not in _SAFE_METHODS:
            try:
                csrf.protect()
            except CSRFError as error:
                raise ApiError(403, "csrf_failed", error.description, field="X-CSRFToken") from None
        account = current_user._get_current_object()
    request.environ[_CACHE_KEY] = account
    return account


def require_account() -> Account:
    account = current_account()
    if account is None:
        raise ApiError(401, "unauthenticated", "sign in first: send a bearer token")
    return account


def require_moderator() -> Account:
    account = require_account()
    if not account.is_moderator:
        raise ApiError(403, "forbidden", "only moderators and admins may do this")
    return account
