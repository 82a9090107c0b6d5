"""The queue page: tabs with counts (and their JSON for polling), filters, keyset pages, bulk."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from flask import current_app, flash, jsonify, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from werkzeug.wrappers import Response

from moderation.auth.session import moderator_required
from moderation.dashboard import bp
from moderation.dashboard.common import float_arg, int_arg, moderator, moderator_json, scope
from moderation.dashboard.forms import CsrfForm, DecisionForm
from moderation.dashboard.reported import report_reason_names
from moderation.extensions import db
from moderation.i18n import number, use_timezone
from moderation.models import Account, Article
from moderation.scoring.labels import LABELS
from moderation.services.comments import reports
from moderation.services.desk import authors, claims, filters
from moderation.services.desk import queue as desk_queue
from moderation.services.desk.assignments import visible_sites
from moderation.services.errors import InvalidInput
from moderation.services.learning import site_models
from moderation.services.sites import desk_settings

DEFAULT_THRESHOLD = 0.5
# How often desk.js asks for the tab counts while the page is visible (DESK_COUNTS_POLL_SECONDS).
DEFAULT_POLL_SECONDS = 20


def _choice(enum_class: type, name: str, default: object) -> object:
    try:
        return enum_class(request.args.get(name, default))
    except ValueError:
        return default


def queue_filter(
    quiet: bool = False,
) -> tuple[filters.QueueFilter, Account | None, Article | None]:
    """The filter from the query string; unknown values fall back to defaults.

    ``quiet``: say nothing about an unknown author (the counts endpoint and the comment page
    read the same filter; the queue page has said it already).
    """
    author = None
    author_text = request.args.get("author", "").strip()
    if author_text:
        author = authors.resolve(author_text)
        if author is None and not quiet:
            flash(_("No author matches “%(text)s”.", text=author_text[:100]), "warning")
    article_id = int_arg("article")
    article = db.session.get(Article, article_id) if article_id else None
    if article is not None and not scope().allows(article.site_id):
        article = None
    label = request.args.get("label") or None
    label = label if label in LABELS else None
    threshold = float_arg("min")
    text = request.args.get("q", "").strip()[: filters.MAX_SEARCH_LENGTH] or None
    tab = _choice(filters.Tab, "tab", filters.Tab.HELD)
    # Reports are worked newest first: a fresh pile-on matters more than yesterday's.
    reported = tab is filters.Tab.REPORTED
    default_order = filters.QueueOrder.NEWEST if reported else filters.QueueOrder.OLDEST
    flt = filters.QueueFilter(
        tab=tab,  # type: ignore[arg-type]
        order=_choice(filters.QueueOrder, "sort", default_order),  # type: ignore[arg-type]
        site_id=int_arg("site"),
        # An author or article that is not found matches nothing, rather than everything.
        article_id=article.id if article else (0 if article_id else None),
        author_id=author.id if author else (0 if author_text else None),
        label=label,
        threshold=(threshold if threshold is not None else DEFAULT_THRESHOLD) if label else None,
        text=text,
    )
    return flt, author, article


@bp.get("/")
@moderator_required
def queue() -> str | Response:
    flt, author, article = queue_filter()
    sites = visible_sites(scope())
    if flt.site_id is not None or len(sites) == 1:
        site = next((s for s in sites if s.id == (flt.site_id or sites[0].id)), None)
        use_timezone(site.timezone if site else None)
    try:
        page = desk_queue.page(
            scope(), flt, after=request.args.get("after"), before=request.args.get("before")
        )
    except InvalidInput:
        flash(_("That page no longer exists; here is the first page."), "warning")
        page = desk_queue.page(scope(), flt)
    ids = [comment.id for comment in page.items]
    reasons = desk_settings.reasons_by_site(sorted({c.site_id for c in page.items}))
    return render_template(
        "dashboard/queue.html",
        page=page,
        flt=flt,
        tabs=list(filters.Tab),
        counts=desk_queue.tab_counts(scope(), flt),
        count_label=count_label,
        # desk.js polls the counts from here and asks what was held since this event.
        counts_url=url_for("dashboard.queue_counts", **query_args()),
        since=desk_queue.event_marker(),
        poll_seconds=poll_seconds(),
        sites=sites,
        author=author,
        author_text=request.args.get("author", "").strip(),
        article=article,
        labels=LABELS,
        score_tabs=filters.SCORE_SORT_TABS,
        contexts=desk_queue.contexts(ids),
        looking=claims.others_looking(ids, moderator()),
        judges=site_models.judges(
            (c.site_id, c.latest_score) for c in page.items if c.latest_score is not None
        ),
        reasons=reasons,
        # Every reason of the sites on this page; the service checks each comment's own list.
        bulk_reasons=list(dict.fromkeys(r for listed in reasons.values() for r in listed)),
        thresholds={c.site_id: _hold_thresholds(c.site.policy) for c in page.items},
        form=DecisionForm(),
        csrf_form=CsrfForm(),
        report_counts=reports.reason_counts_for(ids) if flt.tab is filters.Tab.REPORTED else {},
        report_reasons=report_reason_names(),
        link=_link_builder(query_args()),
        # The comment page walks this tab in this order (its previous/next links).
        comment_link=_comment_link_builder(query_args()),
        tab_names=tab_names(),
    )


@bp.get("/queue/counts")
@moderator_json
def queue_counts() -> Response:
    """The tab counts for desk.js to poll: the queue page's filters and scope, as JSON.

    ``?since=<event id>`` (the page's marker) adds how many comments were held since, for
    the Held tab's "N new" notice. Labels are formatted here, exactly as the page does.
    """
    flt, _author, _article = queue_filter(quiet=True)
    counts = desk_queue.tab_counts(scope(), flt)
    names = tab_names()
    body: dict[str, object] = {
        "tab": flt.tab.value,
        "cap": desk_queue.COUNT_CAP,
        "poll_seconds": poll_seconds(),
        "tabs": {
            tab.value: {"name": names[tab], "count": counts[tab], "label": count_label(counts[tab])}
            for tab in filters.Tab
        },
        "new": None,
    }
    since = int_arg("since")
    if since is not None and flt.tab is filters.Tab.HELD:
        fresh = desk_queue.new_held(scope(), flt, since)
        body["new"] = {
            "count": fresh,
            "label": ngettext(
                "%(count)s new comment",
                "%(count)s new comments",
                min(fresh, desk_queue.COUNT_CAP),
                count=count_label(fresh),
            ),
        }
    response = jsonify(body)
    response.cache_control.no_store = True
    return response


def count_label(count: int | None) -> str:
    """A tab's count as the badge shows it: "1.234", "10.000+" past the cap, "–" if unknown."""
    if count is None:
        return "–"
    if count > desk_queue.COUNT_CAP:
        return number(desk_queue.COUNT_CAP) + "+"
    return number(count)


def poll_seconds() -> int:
    return int(current_app.config.get("DESK_COUNTS_POLL_SECONDS", DEFAULT_POLL_SECONDS))


def _comment_link_builder(args: dict[str, str]) -> Callable[[int], str]:
    @cache  # a card links to its comment three times: build each URL once
    def link(comment_id: int) -> str:
        return url_for("dashboard.comment", comment_id=comment_id, **args)

    return link


def _hold_thresholds(policy: dict[str, object]) -> dict[str, float]:
    from moderation.scoring.policy import PolicySettings

    return dict(PolicySettings.from_stored(policy).hold_thresholds)


def tab_names() -> dict[filters.Tab, str]:
    return {
        filters.Tab.HELD: _("Needs review"),
        filters.Tab.PENDING: _("Pending"),
        filters.Tab.REPORTED: _("Reported"),
        filters.Tab.PUBLISHED: _("Published"),
        filters.Tab.REJECTED: _("Rejected"),
        filters.Tab.ALL: _("All"),
    }


def _link_builder(args: dict[str, str]) -> Callable[..., str]:
    """A queue URL with the current filters and some changed; None removes a filter."""

    def link(**changes: object) -> str:
        merged: dict[str, object] = {**args, **changes}
        return url_for(
            "dashboard.queue", **{k: v for k, v in merged.items() if v not in (None, "")}
        )

    return link


def query_args() -> dict[str, str]:
    """The current filters, to rebuild links (tabs, pages, sort) without losing them."""
    keep = ("tab", "sort", "site", "article", "author", "label", "min", "q")
    return {name: request.args[name] for name in keep if request.args.get(name)}
