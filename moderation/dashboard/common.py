"""Shared view helpers: the signed-in moderator, the site scope, arguments, undo and errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from flask import Response, abort, flash, g, jsonify, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from moderation.auth.session import moderator_required, safe_next
from moderation.models import Account, ModerationEvent, Role
from moderation.models.types import utcnow
from moderation.services.desk import decisions, undo
from moderation.services.desk.assignments import SiteScope, scope_for
from moderation.services.errors import DomainError

P = ParamSpec("P")
R = TypeVar("R")
UNDO_KEY = "desk_undo"


def moderator() -> Account:
    return current_user._get_current_object()  # type: ignore[no-any-return]


def scope() -> SiteScope:
    if "desk_scope" not in g:
        g.desk_scope = scope_for(moderator())
    return g.desk_scope  # type: ignore[no-any-return]


def admin_required(view: Callable[P, R]) -> Callable[P, R]:
    """Moderators get 403; anonymous visitors go to the login page."""

    @moderator_required
    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        if moderator().role is not Role.ADMIN:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def moderator_json(view: Callable[P, R]) -> Callable[P, R | tuple[Response, int]]:
    """For endpoints desk.js polls: 401 and 403 as JSON, never a redirect to the login page."""

    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R | tuple[Response, int]:
        if not current_user.is_authenticated:
            return jsonify(error="login_required"), 401
        if not current_user.is_moderator:
            return jsonify(error="forbidden"), 403
        return view(*args, **kwargs)

    return wrapped


def int_arg(name: str, source: Any = None) -> int | None:
    """A positive id from the query (or ``source``); anything else counts as absent."""
    raw = (source if source is not None else request.args).get(name, "")
    raw = raw.strip()
    if not raw.isdigit() or len(raw) > 18 or int(raw) == 0:
        return None
    return int(raw)


def float_arg(name: str) -> float | None:
    raw = request.args.get(name, "").strip().replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


def back(default_endpoint: str = "dashboard.queue", **values: Any) -> str:
    """Where a form asked to return to (a same-site path), else the default page."""
    target = request.form.get("next") or request.args.get("next")
    return safe_next(target, url_for(default_endpoint, **values))


def remember_undo(events: list[ModerationEvent]) -> None:
    """Offer "undo" for these decisions on the next pages, until the window closes."""
    if events:
        session[UNDO_KEY] = {
            "events": [event.id for event in events],
            "comments": [event.comment_id for event in events],
            "at": utcnow().isoformat(),
        }


def forget_undo() -> None:
    session.pop(UNDO_KEY, None)


def pending_undo() -> dict[str, Any] | None:
    offer = session.get(UNDO_KEY)
    if not offer or not current_user.is_authenticated:
        return None
    try:
        at = datetime.fromisoformat(offer["at"])
    except (KeyError, TypeError, ValueError):
        return None
    if utcnow() - at > undo.undo_window():
        return None
    return dict(offer)


def flash_error(error: DomainError) -> None:
    flash(error_message(error), "error")


def error_message(error: DomainError) -> str:
    """The domain error in the moderator's language: services speak English to developers."""
    messages = {
        "reason": _("Choose a reason from the list."),
        "note": _("The note is too long."),
        "days": _("Choose a suspension of 1 to 365 days."),
        "comments": _("Select between 1 and 200 comments."),
        "author": _("This author cannot be suspended or banned here."),
        "body": _("Write a note of at most 2,000 characters."),
        "reasons": _("List 1 to 20 different reasons of at most 100 characters, one per line."),
        "timezone": _("Unknown time zone."),
        "sites": _("Unknown site."),
        "account": _("That account is not a moderator."),
        "hold_thresholds.threat": _(
            "Hold threats from 0.5 at the latest: threats and calls for violence are never "
            "published without a human."
        ),
    }
    if isinstance(error, decisions.AlreadyInStatus):
        return _("Nothing to do: the comment already has that status.")
    if error.field in messages:
        return str(messages[error.field])
    if error.field and ("threshold" in error.field or error.field == "mode"):
        return _("Thresholds must be numbers above 0 and at most 1.")
    return _("That did not work: %(message)s", message=error.message)
