"""Dashboard pages: the held queue and the decision action."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from ..auth.session import moderator_required
from ..scoring.labels import LABELS
from ..services import decisions
from ..services import queue as held_queue
from ..services.errors import CommentNotFound, StaleVersion
from . import bp
from .forms import DecisionForm


@bp.get("/")
@moderator_required
def queue() -> str:
    try:
        order = held_queue.QueueOrder(request.args.get("sort", held_queue.QueueOrder.OLDEST))
    except ValueError:
        order = held_queue.QueueOrder.OLDEST
    return render_template(
        "dashboard/queue.html",
        comments=held_queue.held_comments(order),
        held_count=held_queue.held_count(),
        order=order,
        labels=LABELS,
        recent=decisions.recent_decisions(),
        form=DecisionForm(),
    )


@bp.post("/comments/<int:comment_id>/decision")
@moderator_required
def decide(comment_id: int) -> Response:
    form = DecisionForm()
    back = redirect(url_for("dashboard.queue", sort=request.args.get("sort")))
    if not form.validate_on_submit():
        flash(_("The decision could not be read; please try again."), "error")
        return back
    try:
        decisions.decide(
            comment_id,
            current_user._get_current_object(),
            decisions.HumanAction(form.action.data),
            seen_version=form.version.data or 0,
            reason=form.reason.data,
        )
    except StaleVersion as error:
        flash(
            _(
                "Comment #%(id)s was changed by someone else meanwhile (now: %(status)s). "
                "Nothing was overwritten.",
                id=comment_id,
                status=error.status,
            ),
            "warning",
        )
    except CommentNotFound:
        flash(_("Comment #%(id)s no longer exists.", id=comment_id), "error")
    else:
        message = (
            _("Comment #%(id)s approved.", id=comment_id)
            if form.action.data == "approve"
            else _("Comment #%(id)s rejected.", id=comment_id)
        )
        flash(message, "success")
    return back
