"""Which model judged a comment, in words a moderator understands.

"Modell von Stadt-Anzeiger, Version 3 (aktiv seit 2.12.)" for a site's own model version,
"Gemeinsames Modell (…)" for the shared scorer, named as ``reasons.scorer_name`` names it.
The API and the CSV export carry the machine form (the scorer's recorded name and version).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from flask_babel import gettext as _

from moderation.dashboard.reasons import scorer_name
from moderation.i18n import current_zone, short_day
from moderation.models import ModerationEvent, Score, SiteModelStatus
from moderation.services.learning.site_models import Judge


def model_name(judge: Judge | None, site_name: str) -> str:
    """The model that judged: a site's version with since when it is (or is no longer) active."""
    if judge is None:
        return ""
    if judge.site_version is None:
        return _(
            "Shared model (%(name)s)", name=scorer_name(judge.scorer_name, judge.scorer_version)
        )
    version = judge.site_version
    if judge.status is SiteModelStatus.ACTIVE and judge.activated_at is not None:
        return _(
            "%(site)s model, version %(version)s (active since %(date)s)",
            site=site_name,
            version=version,
            date=short_day(judge.activated_at.astimezone(current_zone())),
        )
    if judge.status is SiteModelStatus.RETIRED and judge.retired_at is not None:
        return _(
            "%(site)s model, version %(version)s (retired since %(date)s)",
            site=site_name,
            version=version,
            date=short_day(judge.retired_at.astimezone(current_zone())),
        )
    return _("%(site)s model, version %(version)s", site=site_name, version=version)


def event_judges(
    events: Iterable[ModerationEvent], scores: Iterable[Score], judges: Mapping[int, Judge]
) -> dict[int, Judge]:
    """The judge of each automatic decision, by event id: the scorer writes a decision and
    its score together, with one timestamp."""
    by_time = {score.created_at: judges[score.id] for score in scores if score.id in judges}
    return {
        event.id: by_time[event.created_at]
        for event in events
        if event.is_automatic and event.created_at in by_time
    }
