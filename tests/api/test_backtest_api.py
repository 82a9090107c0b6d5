"""Backtests replay a site's recent comments under proposed settings and show what moves."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    ExampleLabel,
    ExampleSource,
    Role,
    Score,
    Site,
    TrainingExample,
)
from moderation.scoring.labels import LABELS

Bearer = Callable[[Account], dict[str, str]]


def _scored(make_comment: Callable[..., Comment], site: Site, toxicity: float, label: str | None):
    comment = make_comment(site=site, body=f"Kommentar {toxicity}", status=CommentStatus.PUBLISHED)
    scores = dict.fromkeys(LABELS, 0.01) | {"toxicity": toxicity}
    db.session.add(Score(comment=comment, scorer_name="embedded", scorer_version="v", **scores))
    if label is not None:
        db.session.add(
            TrainingExample(
                site_id=site.id,
                comment_id=comment.id,
                source=ExampleSource.DESK,
                label=ExampleLabel(label),
                text=comment.body,
            )
        )
    db.session.commit()
    return comment


def test_lower_thresholds_move_comments_and_show_the_moderators_decisions(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Bearer,
) -> None:
    site, other = make_site(), make_site()
    _scored(make_comment, site, 0.1, None)
    moved_rejected = _scored(make_comment, site, 0.4, "rejected")
    _scored(make_comment, site, 0.45, "approved")
    _scored(make_comment, site, 0.97, "rejected")
    _scored(make_comment, other, 0.4, "approved")  # another site's comment stays out
    admin = bearer(make_account(Role.ADMIN))
    response = client.post(
        f"/api/v1/sites/{site.slug}/backtest",
        headers=admin,
        json={"days": 7, "hold_thresholds": {"toxicity": 0.3}},
    )
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["comments"] == 4
    assert body["baseline"] == {"publish": 3, "reject": 1}
    assert body["outcome"] == {"publish": 1, "hold": 2, "reject": 1}
    assert body["moves"] == {
        "publish->hold": {"count": 2, "moderators": {"rejected": 1, "approved": 1}}
    }
    assert moved_rejected.id in {c["comment_id"] for c in body["moved_comments"]}


def test_bad_backtest_input_names_the_field(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Bearer,
) -> None:
    site = make_site()
    admin = bearer(make_account(Role.ADMIN))
    url = f"/api/v1/sites/{site.slug}/backtest"
    for body, field in (
        ({"days": 0}, "days"),
        ({"hold_thresholds": {"toxicity": 2}}, "hold_thresholds.toxicity"),
        ({"hold_thresholds": {"threat": 0.9}}, "hold_thresholds.threat"),
        ({"model_version": 7}, "version"),
        ({"colour": 1}, "colour"),
    ):
        response = client.post(url, headers=admin, json=body)
        assert 400 <= response.status_code < 500, body
        assert response.get_json()["error"]["field"] == field, body
    moderator = bearer(make_account(Role.MODERATOR))
    assert client.post(url, headers=moderator, json={}).status_code == 403
