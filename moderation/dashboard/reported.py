"""Reported comments on the desk: keeping one (dismissing its reports) and the reasons' names."""

from __future__ import annotations

from flask import flash, redirect
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.wrappers import Response

from moderation.auth.session import moderator_required
from moderation.dashboard import bp
from moderation.dashboard.actions import flash_stale
from moderation.dashboard.common import back, flash_error, moderator, remember_undo, scope
from moderation.dashboard.forms import KeepForm
from moderation.models import ModerationAction, ReportReason
from moderation.services.comments import reports
from moderation.services.desk import decisions
from moderation.services.errors import CommentNotFound, DomainError, StaleVersion


def report_reason_names() -> dict[str, object]:
    """What readers chose when reporting, in the moderator's language."""
    return {
        ReportReason.SPAM.value: _l("Spam"),
        ReportReason.INSULT.value: _l("Insult"),
        ReportReason.HATE.value: _l("Hate speech"),
        ReportReason.THREAT.value: _l("Threat"),
        ReportReason.MISINFORMATION.value: _l("Misinformation"),
        ReportReason.OFF_TOPIC.value: _l("Off-topic"),
        ReportReason.OTHER.value: _l("Other"),
    }


@bp.post("/comments/<int:comment_id>/keep")
@moderator_required
def keep(comment_id: int) -> Response:
    """Keep a reported comment published: its reports are dismissed, audited as "kept"."""
    form = KeepForm()
    target = back(tab="reported")
    if not form.validate_on_submit():
        flash(_("The decision could not be read; please try again."), "error")
        return redirect(target)
    try:
        reports.dismiss(moderator(), comment_id, seen_version=form.version.data, scope=scope())
        event = decisions.latest_event(comment_id)
    except StaleVersion as error:
        flash_stale(comment_id, error)
    except CommentNotFound:
        flash(_("Comment #%(id)s no longer exists.", id=comment_id), "error")
    except DomainError as error:
        flash_error(error)
    else:
        # Nothing to dismiss writes no event: only offer to undo this moderator's keep.
        if event and event.action is ModerationAction.KEPT and event.actor_id == moderator().id:
            remember_undo([event])
        flash(_("Comment #%(id)s kept; its reports are dismissed.", id=comment_id), "success")
    return redirect(target)
