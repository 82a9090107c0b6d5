"""The desk names the model that judged each comment: a site's version, or the shared model;
the API and the audit CSV keep the machine form the scorer recorded."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, Role, Site
from moderation.scoring.base import Scorer
from moderation.services.automod import judging
from moderation.services.comments import reports
from moderation.services.learning import retraining, site_models
from tests.support import learning

Login = Callable[[Account], None]
FOOTBALL = "Fortuna hat am Samstag 3 zu 1 gegen Köln gespielt, was für ein Spiel!"


@pytest.fixture
def trained_site(desk_site: Site, embedded_scorer: Scorer) -> Site:
    """The desk site with its own model, version 1, active."""
    learning.add_examples(desk_site, learning.football_site_rows(150))
    retraining.retrain_site(desk_site.slug, embedded_scorer)
    assert site_models.active(desk_site.id).version == 1
    return desk_site


def scored(make_comment: Callable[..., Comment], site: Site, body: str, scorer: Scorer) -> Comment:
    comment = make_comment(site=site, body=body, status=CommentStatus.PENDING)
    judging.score_comment(comment.id, scorer)
    db.session.expire_all()
    return db.session.get(Comment, comment.id)


def day(site: Site, locale: str) -> str:
    """The day version 1 went live, as the desk writes it in the site's zone."""
    moment = site_models.active(site.id).activated_at.astimezone(ZoneInfo(site.timezone))
    return f"{moment.day}.{moment.month}." if locale == "de" else f"{moment.month}/{moment.day}"


def test_queue_detail_and_history_name_the_site_version_or_the_shared_model(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    trained_site: Site,
    embedded_scorer: Scorer,
) -> None:
    other = make_site("nachbarblatt", name="Nachbarblatt")
    own = scored(make_comment, trained_site, FOOTBALL, embedded_scorer)
    shared = scored(make_comment, other, "Halt die Klappe, du Vollidiot.", embedded_scorer)
    assert own.latest_score.scorer_version.startswith("site-rheinblick-v1+")
    assert shared.latest_score.scorer_version == embedded_scorer.version
    login(make_moderator(trained_site, other))
    site_v1 = (
        f"Bewertet von: Modell von Rheinblick Online, Version 1 "
        f"(aktiv seit {day(trained_site, 'de')})."
    )
    shared_model = "Bewertet von: Gemeinsames Modell (Leichtes eingebautes Modell)."
    queue = client.get("/dashboard/?tab=all").get_data(as_text=True)
    assert site_v1 in queue and shared_model in queue
    detail = client.get(f"/dashboard/comments/{own.id}").get_data(as_text=True)
    # Under "why" and beside the automatic decision in the history.
    assert site_v1 in detail
    assert site_v1.removeprefix("Bewertet von: ").removesuffix(".") + "</span>" in detail
    detail = client.get(f"/dashboard/comments/{shared.id}?lang=en").get_data(as_text=True)
    assert "Scored by: Shared model (Light built-in model)." in detail
    detail = client.get(f"/dashboard/comments/{own.id}?lang=en").get_data(as_text=True)
    english = f"Rheinblick Online model, version 1 (active since {day(trained_site, 'en')})"
    assert f"Scored by: {english}." in detail


def test_a_comment_judged_by_a_retired_version_says_since_when_it_is_retired(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_comment: Callable[..., Comment],
    trained_site: Site,
    embedded_scorer: Scorer,
) -> None:
    own = scored(make_comment, trained_site, FOOTBALL, embedded_scorer)
    assert site_models.rollback(trained_site.slug) is None  # back on the shared model
    retired = site_models.get_version(trained_site.slug, 1).retired_at
    moment = retired.astimezone(ZoneInfo(trained_site.timezone))
    login(make_moderator(trained_site))
    html = client.get(f"/dashboard/comments/{own.id}").get_data(as_text=True)
    assert (
        "Modell von Rheinblick Online, Version 1 "
        f"(seit {moment.day}.{moment.month}. nicht mehr aktiv)" in html
    )


def test_reported_queue_names_the_model_that_judged(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_account: Callable[..., Account],
    make_comment: Callable[..., Comment],
    trained_site: Site,
    embedded_scorer: Scorer,
) -> None:
    friendly = "Danke für den sachlichen Bericht über den Stadtrat."
    own = scored(make_comment, trained_site, friendly, embedded_scorer)
    assert own.status is CommentStatus.PUBLISHED
    for reason in ("insult", "insult", "spam"):
        reports.report(make_account(Role.COMMENTER), own.id, reason)
    login(make_moderator(trained_site))
    html = client.get("/dashboard/?tab=reported").get_data(as_text=True)
    assert f'id="comment-{own.id}"' in html
    assert "Bewertet von: Modell von Rheinblick Online, Version 1 (aktiv seit" in html


def test_api_and_audit_csv_carry_the_recorded_scorer_version(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_comment: Callable[..., Comment],
    bearer: Callable[[Account], dict[str, str]],
    trained_site: Site,
    embedded_scorer: Scorer,
) -> None:
    own = scored(make_comment, trained_site, FOOTBALL, embedded_scorer)
    recorded = own.latest_score.scorer_version
    assert recorded.startswith("site-rheinblick-v1+")
    moderator = make_moderator(trained_site)
    body = client.get(f"/api/v1/comments/{own.id}", headers=bearer(moderator)).get_json()
    assert body["scorer"] == {"name": "embedded", "version": recorded}
    login(moderator)
    export = client.get("/dashboard/audit.csv").get_data(as_text=True).lstrip("\ufeff")
    [row] = [r for r in csv.DictReader(io.StringIO(export)) if r["comment_id"] == str(own.id)]
    assert row["by"] == "system"
    assert (row["scorer_name"], row["scorer_version"]) == ("embedded", recorded)
