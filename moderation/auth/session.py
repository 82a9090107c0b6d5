"""Flask-Login wiring: sessions are server-side AuthTokens, loaded from the signed cookie."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar
from urllib.parse import urlsplit

from flask import abort, request, session
from flask_login import current_user, login_user, logout_user

from moderation.extensions import login_manager
from moderation.models import Account
from moderation.services.accounts import credentials

P = ParamSpec("P")
R = TypeVar("R")


@login_manager.user_loader
def load_account(session_secret: str) -> Account | None:
    return credentials.account_for_session(session_secret)


def log_in(account: Account, *, remember: bool) -> None:
    """Start a fresh session: the old cookie's contents are dropped, a new token is issued."""
    session.clear()
    credentials.start_session(account)
    login_user(account, remember=remember)


def log_out() -> None:
    secret = getattr(current_user, "session_secret", None)
    logout_user()
    credentials.end_session(secret)
    session.clear()


def safe_next(target: str | None, default: str) -> str:
    """Only same-site paths may be a redirect target after login."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    if "\\" in target:
        return default
    return target


def moderator_required(view: Callable[P, R]) -> Callable[P, R]:
    """Anonymous visitors go to the login page; signed-in non-moderators get 403."""

    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        if not current_user.is_authenticated:
            return login_manager.unauthorized()  # type: ignore[no-any-return]
        if not current_user.is_moderator:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def wants_html() -> bool:
    return "text/html" in request.accept_mimetypes
