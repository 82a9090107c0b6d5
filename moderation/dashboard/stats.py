"""The statistics page: server-rendered SVG charts, no JavaScript needed."""

from __future__ import annotations

from flask import render_template
from flask_babel import gettext as _

from moderation.auth.session import moderator_required
from moderation.dashboard import bp, charts
from moderation.dashboard.common import int_arg, scope
from moderation.i18n import current_zone, decimal, number, short_day, use_timezone
from moderation.models import CommentStatus, ModerationAction
from moderation.scoring.labels import LABELS
from moderation.services.desk.assignments import visible_sites
from moderation.services.statistics import overview

STATUS_CLASSES = (
    (CommentStatus.PUBLISHED, "fill-published"),
    (CommentStatus.HELD, "fill-held"),
    (CommentStatus.REJECTED, "fill-rejected"),
    (CommentStatus.PENDING, "fill-pending"),
)


@bp.get("/stats")
@moderator_required
def stats() -> str:
    sites = visible_sites(scope())
    site_id = int_arg("site")
    chosen = next((site for site in sites if site.id == site_id), None)
    if chosen or len(sites) == 1:
        use_timezone((chosen or sites[0]).timezone)
    days = int_arg("days") or 30
    days = days if days in overview.PERIODS else 30
    data = overview.compute(scope().narrowed(chosen.id if chosen else None), days, current_zone())
    names = {
        CommentStatus.PUBLISHED: _("published"),
        CommentStatus.HELD: _("held"),
        CommentStatus.REJECTED: _("rejected"),
        CommentStatus.PENDING: _("pending"),
    }
    per_day = charts.stacked_columns(
        [short_day(day) for day in data.days],
        [
            (str(names[status]), css, [counts[status] for counts in data.per_day])
            for status, css in STATUS_CLASSES
        ],
        label_every=max(1, days // 10),
    )
    split = charts.rows(
        [
            (
                str(names[status]),
                data.status_totals[status],
                number(data.status_totals[status]),
                css,
            )
            for status, css in STATUS_CLASSES
        ]
    )
    decisions = charts.rows(
        [
            (_("published automatically"), _count(data, "auto_published"), "", "fill-published"),
            (_("held automatically"), _count(data, "auto_held"), "", "fill-held"),
            (_("rejected automatically"), _count(data, "auto_rejected"), "", "fill-rejected"),
            (_("approved by a moderator"), _count(data, "approved"), "", "fill-approved-human"),
            (_("rejected by a moderator"), _count(data, "rejected"), "", "fill-rejected-human"),
        ]
    )
    moderators = charts.rows(
        [
            (name, a + r, f"{number(a)} / {number(r)}", "fill-human")
            for name, a, r in data.moderators
        ]
    )
    backlog_names = {
        "lt_1h": _("under 1 hour"),
        "lt_6h": _("1–6 hours"),
        "lt_24h": _("6–24 hours"),
        "lt_3d": _("1–3 days"),
        "ge_3d": _("over 3 days"),
    }
    backlog = charts.rows(
        [
            (
                str(backlog_names[key]),
                count,
                number(count),
                "fill-rejected" if key == "ge_3d" else "fill-held",
            )
            for key, count in data.backlog.items()
        ]
    )
    return render_template(
        "dashboard/stats.html",
        data=data,
        days=days,
        periods=overview.PERIODS,
        sites=sites,
        site=chosen,
        per_day=per_day,
        split=split,
        decisions=decisions,
        moderators=moderators,
        backlog=backlog,
        histograms={
            label: charts.histogram(data.label_histograms[label], score=lambda v: decimal(v, 1))
            for label in LABELS
        },
        labels=LABELS,
        status_classes=STATUS_CLASSES,
        names=names,
    )


def _count(data: overview.Stats, action: str) -> int:
    return data.decisions.get(ModerationAction(action), 0)
