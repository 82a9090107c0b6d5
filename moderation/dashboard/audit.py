"""The audit log: every decision, human and automatic, filtered, paged and exported as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from flask import Response, render_template, request, stream_with_context

from moderation.auth.session import moderator_required
from moderation.dashboard import bp
from moderation.dashboard.common import int_arg, scope
from moderation.i18n import current_zone, use_timezone
from moderation.models import ModerationAction, ModerationEvent, Site
from moderation.services.desk import audit as audit_log
from moderation.services.desk.assignments import desk_accounts, visible_sites

CSV_COLUMNS = (
    "event_id",
    "time_utc",
    "site",
    "article",
    "comment_id",
    "action",
    "by",
    "reason",
    "policy_reasons",
    "previous_status",
    # Which model judged an automatic decision, as the scorer records it (a site model's
    # version starts "site-"); empty for human decisions and for decisions stored before.
    "scorer_name",
    "scorer_version",
)


def _date(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, "").strip())
    except ValueError:
        return None


def _filter() -> audit_log.AuditFilter:
    raw_action = request.args.get("action", "")
    action = ModerationAction(raw_action) if raw_action in set(ModerationAction) else None
    raw_actor = request.args.get("actor", "")
    actor: str | int | None = None
    if raw_actor in (audit_log.AUTOMATIC, audit_log.HUMAN):
        actor = raw_actor
    elif raw_actor.isdigit() and len(raw_actor) < 19:
        actor = int(raw_actor)
    zone = current_zone()
    since, until = _date("since"), _date("until")
    return audit_log.AuditFilter(
        site_id=int_arg("site"),
        action=action,
        actor=actor,
        comment_id=int_arg("comment"),
        # Dates are the desk's local days: from the start of "since" to the end of "until".
        since=datetime.combine(since, time(), zone) if since else None,
        until=datetime.combine(until + timedelta(days=1), time(), zone) if until else None,
    )


def _sites() -> list[Site]:
    sites = visible_sites(scope())
    site_id = int_arg("site")
    chosen = [site for site in sites if site.id == site_id] or (sites if len(sites) == 1 else [])
    if chosen:
        use_timezone(chosen[0].timezone)
    return sites


@bp.get("/audit")
@moderator_required
def audit() -> str:
    sites = _sites()
    flt = _filter()
    events, older, newer = audit_log.page(
        scope(), flt, before=int_arg("before"), after=int_arg("after")
    )
    keep = ("site", "action", "actor", "comment", "since", "until")
    return render_template(
        "dashboard/audit.html",
        events=events,
        older=older,
        newer=newer,
        sites=sites,
        actions=list(ModerationAction),
        moderators=desk_accounts(),
        args={name: request.args[name] for name in keep if request.args.get(name)},
    )


@bp.get("/audit.csv")
@moderator_required
def audit_csv() -> Response:
    _sites()
    flt = _filter()
    rows = audit_log.events_for_export(scope(), flt)
    filename = f"audit-{datetime.now(current_zone()).strftime('%Y%m%d-%H%M')}.csv"
    return Response(
        stream_with_context(_csv(rows)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _csv(events: Iterator[ModerationEvent]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # A BOM, so spreadsheet programs read the umlauts as UTF-8.
    yield "\ufeff"
    writer.writerow(CSV_COLUMNS)
    for count, event in enumerate(events, 1):
        comment = event.comment
        writer.writerow(
            [
                audit_log.csv_cell(value)
                for value in (
                    event.id,
                    event.created_at.isoformat(),
                    comment.site.slug,
                    comment.article.external_id,
                    comment.id,
                    event.action.value,
                    event.actor.display_name if event.actor else "system",
                    event.reason,
                    " | ".join(event.details.get("reasons", [])),
                    event.details.get("previous_status"),
                    event.details.get("scorer"),
                    event.details.get("scorer_version"),
                )
            ]
        )
        if count % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
