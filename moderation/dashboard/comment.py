"""One comment in context: why it was held, its article and parent, its author, its history."""

from __future__ import annotations

from flask import abort, render_template
from werkzeug.wrappers import Response

from moderation.auth.session import moderator_required
from moderation.dashboard import bp
from moderation.dashboard.common import moderator, scope
from moderation.dashboard.forms import AuthorActionForm, DecisionForm, NoteForm
from moderation.dashboard.judges import event_judges
from moderation.dashboard.queue import query_args, queue_filter, tab_names
from moderation.dashboard.reported import report_reason_names
from moderation.i18n import use_timezone
from moderation.models import Comment, CommentStatus
from moderation.scoring.labels import LABELS
from moderation.services.comments import reports
from moderation.services.desk import audit, authors, claims, decisions, undo
from moderation.services.desk import queue as desk_queue
from moderation.services.errors import CommentNotFound
from moderation.services.learning import site_models
from moderation.services.sites import desk_settings
from moderation.services.sites.registry import policy_for


def comment_or_404(comment_id: int) -> Comment:
    try:
        return decisions.comment_in_scope(comment_id, scope())
    except CommentNotFound:
        abort(404)


@bp.get("/comments/<int:comment_id>")
@moderator_required
def comment(comment_id: int) -> str:
    item = comment_or_404(comment_id)
    use_timezone(item.site.timezone)
    # Opening a comment is "looking at it": others see that for a couple of minutes.
    claims.claim(item.id, moderator())
    history = audit.events_for_comment(item.id)
    automatic = [event for event in history if event.is_automatic]
    human = decisions.latest_human_decision(item.id)
    parent = item.parent if item.parent and scope().allows(item.parent.site_id) else None
    # Previous/next walk the tab (and filters, order) the moderator opened the comment from.
    flt, _author, _article = queue_filter(quiet=True)
    previous_id, next_id = desk_queue.neighbours(item, scope(), flt)
    args = query_args()
    judges = site_models.judges((item.site_id, score) for score in item.scores)
    return render_template(
        "dashboard/comment.html",
        comment=item,
        score=item.latest_score,
        labels=LABELS,
        policy=policy_for(item.site),
        why=automatic[-1] if automatic else None,
        history=history,
        judges=judges,
        event_judges=event_judges(history, item.scores, judges),
        decided_by=human,
        # Only the latest event can be taken back: nobody's later work is undone with it.
        undoable=history[-1] if history and undo.undoable(history[-1], moderator()) else None,
        parent=parent,
        panel=authors.panel(item.author, scope(), exclude=item.id),
        looking=claims.others_looking([item.id], moderator()).get(item.id, []),
        reasons=desk_settings.reasons_for(item.site),
        previous_id=previous_id,
        next_id=next_id,
        came_from=flt.tab,
        tab_name=tab_names()[flt.tab],
        queue_args=args,
        # In the Reported tab: "keep" dismisses the reports; the reports themselves, newest first.
        reported=item.reported_at is not None
        and item.status is CommentStatus.PUBLISHED
        and item.deleted_at is None,
        open_reports=reports.open_reports(item.id),
        report_counts=reports.reason_counts(item.id),
        report_reasons=report_reason_names(),
        statuses=CommentStatus,
        form=DecisionForm(),
        author_form=AuthorActionForm(),
        note_form=NoteForm(),
    )


@bp.post("/comments/<int:comment_id>/claim")
@moderator_required
def claim(comment_id: int) -> Response:
    """Called by desk.js when a moderator lingers on a comment in the queue."""
    item = comment_or_404(comment_id)
    claims.claim(item.id, moderator())
    return Response(status=204)
