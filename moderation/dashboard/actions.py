"""Deciding: approve or reject one comment, many at once, and undo (a keep too) in the window."""

from __future__ import annotations

from flask import flash, redirect, request
from flask_babel import gettext as _
from flask_babel import ngettext
from werkzeug.wrappers import Response

from moderation.auth.session import moderator_required
from moderation.dashboard import bp
from moderation.dashboard.common import (
    back,
    flash_error,
    forget_undo,
    moderator,
    remember_undo,
    scope,
)
from moderation.dashboard.forms import CsrfForm, DecisionForm
from moderation.i18n import local_datetime
from moderation.services.desk import decisions
from moderation.services.desk import undo as undo_service
from moderation.services.errors import CommentNotFound, DomainError, StaleVersion

_ACTION_NAMES = {"approve": "approved", "reject": "rejected"}


@bp.post("/comments/<int:comment_id>/decision")
@moderator_required
def decide(comment_id: int) -> Response:
    form = DecisionForm()
    target = back(sort=request.args.get("sort"))
    if not form.validate_on_submit():
        flash(_("The decision could not be read; please try again."), "error")
        return redirect(target)
    action = decisions.HumanAction(form.action.data)
    try:
        decisions.decide(
            comment_id,
            moderator(),
            action,
            seen_version=form.version.data or 0,
            reason=form.reason.data,
            note=form.note.data,
            scope=scope(),
            listed_reason=True,
        )
    except StaleVersion as error:
        flash_stale(comment_id, error)
    except CommentNotFound:
        flash(_("Comment #%(id)s no longer exists.", id=comment_id), "error")
    except DomainError as error:
        flash_error(error)
    else:
        event = decisions.latest_event(comment_id)
        remember_undo([event] if event else [])
        if action is decisions.HumanAction.APPROVE:
            flash(_("Comment #%(id)s approved.", id=comment_id), "success")
        else:
            flash(_("Comment #%(id)s rejected.", id=comment_id), "success")
    return redirect(target)


def flash_stale(comment_id: int, error: StaleVersion) -> None:
    """Say who was faster, so the second moderator knows nothing was overwritten."""
    winner = decisions.latest_human_decision(comment_id)
    if winner is not None and winner.actor is not None:
        flash(
            _(
                "Comment #%(id)s was changed by someone else meanwhile: already %(action)s by "
                "%(name)s at %(when)s. Nothing was overwritten.",
                id=comment_id,
                action=_action_word(winner.action.value),
                name=winner.actor.display_name,
                when=local_datetime(winner.created_at),
            ),
            "warning",
        )
    else:
        flash(
            _(
                "Comment #%(id)s was changed by someone else meanwhile (now: %(status)s). "
                "Nothing was overwritten.",
                id=comment_id,
                status=error.status,
            ),
            "warning",
        )


def _action_word(action: str) -> str:
    if action == "kept":
        return _("kept")
    return _("approved") if action == "approved" else _("rejected")


@bp.post("/decisions/bulk")
@moderator_required
def bulk() -> Response:
    target = back()
    if not CsrfForm().validate_on_submit():
        flash(_("The decision could not be read; please try again."), "error")
        return redirect(target)
    raw_action = request.form.get("action", "")
    if raw_action not in _ACTION_NAMES:
        flash(_("Choose approve or reject."), "error")
        return redirect(target)
    seen = _selected(request.form.getlist("selected"))
    try:
        result = decisions.bulk_decide(
            seen,
            moderator(),
            decisions.HumanAction(raw_action),
            scope=scope(),
            reason=request.form.get("reason") or None,
            note=request.form.get("note") or None,
        )
    except DomainError as error:
        flash_error(error)
        return redirect(target)
    remember_undo(result.events)
    done = len(result.events)
    if raw_action == "approve":
        flash(ngettext("%(num)s comment approved.", "%(num)s comments approved.", done), "success")
    else:
        flash(ngettext("%(num)s comment rejected.", "%(num)s comments rejected.", done), "success")
    if result.stale:
        flash(
            _(
                "Left alone because someone else changed them meanwhile: %(ids)s.",
                ids=", ".join(f"#{comment_id}" for comment_id in result.stale),
            ),
            "warning",
        )
    return redirect(target)


def _selected(values: list[str]) -> list[tuple[int, int]]:
    """Checkbox values "id:version"; malformed ones are dropped."""
    out = []
    for value in values:
        ident, _sep, version = value.partition(":")
        if ident.isdigit() and version.isdigit() and len(ident) < 19 and len(version) < 10:
            out.append((int(ident), int(version)))
    return out


@bp.post("/undo")
@moderator_required
def undo() -> Response:
    target = back()
    if not CsrfForm().validate_on_submit():
        flash(_("The decision could not be read; please try again."), "error")
        return redirect(target)
    ids = [int(value) for value in request.form.getlist("event") if value.isdigit()][:200]
    try:
        result = undo_service.undo(ids, moderator(), scope=scope())
    except DomainError as error:
        flash_error(error)
        return redirect(target)
    forget_undo()
    if len(result.comments) == 1 and result.reopened:
        flash(
            _(
                "Undone: comment #%(id)s is back in Reported; its reports are open again.",
                id=result.comments[0].id,
            ),
            "success",
        )
    elif result.comments:
        flash(
            ngettext(
                "Undone: comment #%(id)s is %(status)s again.",
                "Undone: %(num)s comments are back where they were.",
                len(result.comments),
                id=result.comments[0].id,
                status=_status_word(result.comments[0].status.value),
            ),
            "success",
        )
    if result.refused or not result.comments:
        flash(
            _(
                "Some decisions could not be undone: the undo time is over, someone else "
                "decided, or the comment changed since."
            ),
            "warning",
        )
    return redirect(target)


def _status_word(status: str) -> str:
    words = {
        "held": _("held"),
        "pending": _("pending"),
        "published": _("published"),
        "rejected": _("rejected"),
    }
    return words.get(status, status)
