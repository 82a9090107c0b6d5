"""Acting on a comment's author: suspend, ban (with "reject all"), reinstate, write a note."""

from __future__ import annotations

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from werkzeug.wrappers import Response

from moderation.auth.session import moderator_required
from moderation.dashboard import bp
from moderation.dashboard.comment import comment_or_404
from moderation.dashboard.common import back, flash_error, moderator, remember_undo, scope
from moderation.dashboard.forms import AuthorActionForm, NoteForm
from moderation.services.desk import bans, notes
from moderation.services.errors import DomainError


def _detail(comment_id: int) -> str:
    return back("dashboard.comment", comment_id=comment_id)


@bp.post("/comments/<int:comment_id>/author/suspend")
@moderator_required
def suspend(comment_id: int) -> Response:
    form = AuthorActionForm()
    if not form.validate_on_submit() or not form.days.data:
        flash(_("Choose a suspension of 1 to 365 days."), "error")
        return redirect(_detail(comment_id))
    try:
        event = bans.suspend(
            moderator(),
            comment_id,
            form.days.data,
            scope=scope(),
            reason=form.reason.data,
            note=form.note.data,
        )
    except DomainError as error:
        flash_error(error)
    else:
        name = event.comment.author.display_name
        flash(
            ngettext(
                "%(name)s is suspended for %(num)s day.",
                "%(name)s is suspended for %(num)s days.",
                form.days.data,
                name=name,
            ),
            "success",
        )
    return redirect(_detail(comment_id))


@bp.post("/comments/<int:comment_id>/author/ban")
@moderator_required
def ban(comment_id: int) -> Response:
    form = AuthorActionForm()
    if not form.validate_on_submit():
        flash(_("The decision could not be read; please try again."), "error")
        return redirect(_detail(comment_id))
    try:
        result = bans.ban(
            moderator(),
            comment_id,
            scope=scope(),
            reason=form.reason.data,
            note=form.note.data,
            reject_all=bool(form.reject_all.data),
        )
    except DomainError as error:
        flash_error(error)
        return redirect(_detail(comment_id))
    remember_undo(result.rejections)
    flash(_("%(name)s is banned.", name=result.ban.comment.author.display_name), "success")
    if form.reject_all.data:
        flash(
            ngettext(
                "%(num)s comment by this author rejected.",
                "%(num)s comments by this author rejected.",
                len(result.rejections),
            ),
            "success",
        )
    return redirect(_detail(comment_id))


@bp.post("/comments/<int:comment_id>/author/reinstate")
@moderator_required
def reinstate(comment_id: int) -> Response:
    form = AuthorActionForm()
    if not form.validate_on_submit():
        flash(_("The decision could not be read; please try again."), "error")
        return redirect(_detail(comment_id))
    try:
        event = bans.reinstate(moderator(), comment_id, scope=scope(), note=form.note.data)
    except DomainError as error:
        flash_error(error)
    else:
        flash(_("%(name)s may comment again.", name=event.comment.author.display_name), "success")
    return redirect(_detail(comment_id))


@bp.post("/comments/<int:comment_id>/author/notes")
@moderator_required
def add_note(comment_id: int) -> Response:
    item = comment_or_404(comment_id)
    form = NoteForm()
    if not form.validate_on_submit():
        flash(_("Write a note of at most 2,000 characters."), "error")
    else:
        try:
            notes.add_note(moderator(), item.author, form.body.data or "")
        except DomainError as error:
            flash_error(error)
        else:
            flash(_("Note saved."), "success")
    return redirect(url_for("dashboard.comment", comment_id=comment_id) + "#author-notes")
