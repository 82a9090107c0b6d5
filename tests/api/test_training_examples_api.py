"""Admins export and erase a site's training examples; nobody else, and no other site's."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    Role,
    Score,
    Site,
    TrainingExample,
)
from moderation.services.desk import decisions
from moderation.services.sites import api_keys

Bearer = Callable[[Account], dict[str, str]]
SCORES = {
    "toxicity": 0.81,
    "severe_toxicity": 0.02,
    "obscene": 0.03,
    "threat": 0.04,
    "insult": 0.7,
    "identity_attack": 0.05,
}


@pytest.fixture
def admin(make_account: Callable[..., Account]) -> Account:
    return make_account(Role.ADMIN)


@pytest.fixture
def decided(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment], admin: Account
) -> Callable[..., Comment]:
    """A held, scored comment of ``site`` that the admin decided."""

    def make(site: Site, body: str, action: str = "reject") -> Comment:
        comment = make_comment(site=site, body=body, status=CommentStatus.HELD)
        db.session.add(
            Score(comment=comment, scorer_name="embedded", scorer_version="v7", **SCORES)
        )
        db.session.commit()
        decisions.decide(
            comment.id, admin, decisions.HumanAction(action), seen_version=1, reason="Regel 3"
        )
        return comment

    return make


def stored() -> list[TrainingExample]:
    db.session.expire_all()
    query = db.select(TrainingExample).order_by(TrainingExample.id)
    return list(db.session.execute(query).scalars())


def test_an_admin_exports_only_that_sites_examples_as_json_pages(
    client: FlaskClient,
    make_site: Callable[..., Site],
    decided: Callable[..., Comment],
    admin: Account,
    bearer: Bearer,
) -> None:
    site, other = make_site("rheinblick"), make_site("seeblick")
    mine = [decided(site, f"Text {n}") for n in range(3)]
    decided(other, "Anderswo")
    url = "/api/v1/sites/rheinblick/training-examples?limit=2"
    first = client.get(url, headers=bearer(admin))
    assert first.status_code == 200, first.get_json()
    body = first.get_json()
    assert [row["text"] for row in body["examples"]] == ["Text 0", "Text 1"]
    row = body["examples"][0]
    assert row["label"] == "rejected" and row["source"] == "desk"
    assert row["reason"] == "Regel 3" and row["decided_by"] == admin.id
    assert row["scores"] == SCORES and row["scorer_version"] == "v7"
    assert row["comment_id"] == mine[0].id and row["superseded_at"] is None
    second = client.get(body["next"], headers=bearer(admin)).get_json()
    assert [row["text"] for row in second["examples"]] == ["Text 2"]
    assert second["next"] is None


def test_the_export_leaves_superseded_labels_out_unless_asked(
    client: FlaskClient,
    make_site: Callable[..., Site],
    decided: Callable[..., Comment],
    admin: Account,
    bearer: Bearer,
) -> None:
    comment = decided(make_site("rheinblick"), "Erst ja, dann nein", action="approve")
    decisions.decide(comment.id, admin, decisions.HumanAction.REJECT, seen_version=2)
    url = "/api/v1/sites/rheinblick/training-examples"
    current = client.get(url, headers=bearer(admin)).get_json()["examples"]
    assert [row["label"] for row in current] == ["rejected"]
    every = client.get(f"{url}?include=all", headers=bearer(admin)).get_json()["examples"]
    assert [row["label"] for row in every] == ["approved", "rejected"]
    assert every[0]["superseded_at"] is not None


def test_the_csv_export_has_one_row_per_example_and_a_column_per_score(
    client: FlaskClient,
    make_site: Callable[..., Site],
    decided: Callable[..., Comment],
    admin: Account,
    bearer: Bearer,
) -> None:
    site = make_site("rheinblick")
    decided(site, 'Mit "Anführungszeichen", Komma\nund Zeilenumbruch')
    decided(site, "Zweiter", action="approve")
    response = client.get(
        "/api/v1/sites/rheinblick/training-examples?format=csv", headers=bearer(admin)
    )
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "rheinblick-training-examples.csv" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [row["text"] for row in rows] == [
        'Mit "Anführungszeichen", Komma\nund Zeilenumbruch',
        "Zweiter",
    ]
    assert [row["label"] for row in rows] == ["rejected", "approved"]
    assert rows[0]["score_toxicity"] == "0.81" and rows[0]["score_insult"] == "0.7"


@pytest.mark.parametrize("method", ["get", "delete"])
def test_only_admins_may_export_or_erase(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    decided: Callable[..., Comment],
    bearer: Bearer,
    method: str,
) -> None:
    site = make_site("rheinblick")
    decided(site, "Bleibt")
    url = "/api/v1/sites/rheinblick/training-examples"
    call: Any = getattr(client, method)
    assert call(url).status_code == 401
    moderator = make_account(Role.MODERATOR)
    assert call(url, headers=bearer(moderator)).status_code == 403
    site_key = {"X-Api-Key": api_keys.create_key(site.slug).secret}
    assert call(url, headers=site_key).status_code == 401
    assert len(stored()) == 1


def test_an_admin_erases_a_sites_examples_and_no_other_sites(
    client: FlaskClient,
    make_site: Callable[..., Site],
    decided: Callable[..., Comment],
    admin: Account,
    bearer: Bearer,
) -> None:
    site, other = make_site("rheinblick"), make_site("seeblick")
    decided(site, "Eins")
    decided(site, "Zwei")
    kept = decided(other, "Drüben")
    response = client.delete("/api/v1/sites/rheinblick/training-examples", headers=bearer(admin))
    assert response.status_code == 200 and response.get_json() == {"deleted": 2}
    assert [e.comment_id for e in stored()] == [kept.id]
    # The decisions themselves stand: only the training copies went.
    assert db.session.get(Comment, kept.id) is not None


def test_an_admin_erases_one_comments_examples(
    client: FlaskClient,
    make_site: Callable[..., Site],
    decided: Callable[..., Comment],
    admin: Account,
    bearer: Bearer,
) -> None:
    site = make_site("rheinblick")
    gone, stays = decided(site, "Weg damit"), decided(site, "Bleibt")
    response = client.delete(
        f"/api/v1/sites/rheinblick/training-examples?comment_id={gone.id}", headers=bearer(admin)
    )
    assert response.get_json() == {"deleted": 1}
    assert [e.comment_id for e in stored()] == [stays.id]


@pytest.mark.parametrize(
    ("query", "field"),
    [("format=xml", "format"), ("include=some", "include"), ("limit=5000", "limit")],
)
def test_bad_export_arguments_name_the_field(
    client: FlaskClient,
    make_site: Callable[..., Site],
    admin: Account,
    bearer: Bearer,
    query: str,
    field: str,
) -> None:
    make_site("rheinblick")
    response = client.get(
        f"/api/v1/sites/rheinblick/training-examples?{query}", headers=bearer(admin)
    )
    assert 400 <= response.status_code < 500
    assert response.get_json()["error"]["field"] == field


def test_an_unknown_site_is_404(client: FlaskClient, admin: Account, bearer: Bearer) -> None:
    for query in ("", "?format=csv"):
        response = client.get(
            f"/api/v1/sites/nirgends/training-examples{query}", headers=bearer(admin)
        )
        assert response.status_code == 404
