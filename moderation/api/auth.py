"""Who is calling the API: a bearer token, or a browser session that also proves CSRF."""

from __future__ import annotations

from flask import request
from flask_wtf.csrf import CSRFError

from moderation.callers import caller
from moderation.errors import ApiError
from moderation.extensions import csrf
from moderation.models import Account, Role

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
_CSRF_CHECKED = "moderation.csrf_checked"


def current_account() -> Account | None:
    """The calling account, or None for an anonymous request; an invalid token is a 401."""
    found = caller()
    if found.problem == "malformed":
        raise ApiError(401, "unauthenticated", "use 'Authorization: Bearer <token>'")
    if found.problem == "invalid_token":
        raise ApiError(401, "invalid_token", "the token is unknown or expired")
    if found.via_session and request.method not in _SAFE_METHODS:
        _check_csrf()
    return found.account


def _check_csrf() -> None:
    # Cookies ride along on cross-site requests; a state change made with a
    # session must carry the CSRF token in the X-CSRFToken header.
    if request.environ.get(_CSRF_CHECKED):
        return
    try:
        csrf.protect()
    except CSRFError as error:
        raise ApiError(403, "csrf_failed", error.description, field="X-CSRFToken") from None
    request.environ[_CSRF_CHECKED] = True


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


def require_admin() -> Account:
    account = require_account()
    if account.role is not Role.ADMIN:
        raise ApiError(403, "forbidden", "only admins may do this")
    return account
