"""Perspective's comments:suggestscore: Coral's moderation feedback becomes the site's examples.

The bodies below are what Coral's server sends when a moderator approves or rejects a comment
with "send moderation actions" on (coralproject/talk, services/perspective), written out as data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    ExampleLabel,
    ExampleSource,
    Role,
    Site,
    TrainingExample,
)
from moderation.services.sites import api_keys

SUGGEST = "/v1alpha1/comments:suggestscore"
CORAL_ID = "3f1c2a9e-8b7d-4c61-9a3e-5d2b8f0e7a14"
PARENT_ID = "a9d0c4b2-1e3f-4a5b-8c7d-6e9f0a1b2c3d"
STORY_URL = "https://www.rheinblick.de/politik/haushalt-2025"


def coral_body(status: str, text: str = "Das ist doch Unsinn, du Clown.", **over: Any) -> Any:
    """Coral's request: the decision as the attribute, the comment named in context."""
    body = {
        "comment": {"text": text},
        "context": {
            "entries": [
                {
                    "text": json.dumps(
                        {
                            "url": f"{STORY_URL}?commentID={CORAL_ID}",
                            "reply_to_id_Coral_comment_id": PARENT_ID,
                            "Coral_comment_id": CORAL_ID,
                        },
                        separators=(",", ":"),
                    )
                }
            ]
        },
        "attributeScores": {status: {"summaryScore": {"value": 1}}},
        "languages": ["EN"],
        "communityId": "Coral:https://kommentare.rheinblick.de/",
        "clientToken": f"comment:{CORAL_ID}",
    }
    body.update(over)
    return body


@pytest.fixture
def site(make_site: Callable[..., Site]) -> Site:
    return make_site("rheinblick")


@pytest.fixture
def key(site: Site) -> str:
    return api_keys.create_key(site.slug).secret


def suggest(client: FlaskClient, key: str, body: Any, **kw: Any) -> Any:
    # Coral sends its JSON pretty-printed with two spaces; the raw bytes are what it sends.
    return client.post(
        f"{SUGGEST}?key={key}",
        data=json.dumps(body, indent=2),
        content_type="application/json",
        **kw,
    )


def examples(site: Site | None = None) -> list[TrainingExample]:
    db.session.expire_all()
    query = db.select(TrainingExample).order_by(TrainingExample.id)
    if site is not None:
        query = query.where(TrainingExample.site_id == site.id)
    return list(db.session.execute(query).scalars())


def test_corals_rejection_is_stored_as_the_sites_example(
    client: FlaskClient, key: str, site: Site
) -> None:
    response = suggest(client, key, coral_body("DELETED"))
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {"clientToken": f"comment:{CORAL_ID}"}
    [example] = examples()
    assert example.site_id == site.id and example.source is ExampleSource.PERSPECTIVE
    assert example.label is ExampleLabel.REJECTED
    assert example.text == "Das ist doch Unsinn, du Clown."
    assert example.external_comment_id == CORAL_ID and example.comment_id is None
    assert example.client_token == f"comment:{CORAL_ID}"
    # Coral declares "EN" for every tenant: the text's language is detected, the claim kept.
    assert example.language == "de" and example.details["languages"] == ["en"]
    assert example.details["communityId"] == "Coral:https://kommentare.rheinblick.de/"
    assert example.details["context"] == {
        "url": f"{STORY_URL}?commentID={CORAL_ID}",
        "parent_id": PARENT_ID,
    }
    assert example.decided_by_id is None and example.scores is None


def test_corals_approval_is_an_approved_example(client: FlaskClient, key: str) -> None:
    assert suggest(client, key, coral_body("APPROVED", "Guter Punkt.")).status_code == 200
    [example] = examples()
    assert example.label is ExampleLabel.APPROVED and example.text == "Guter Punkt."


def test_a_retried_request_creates_no_duplicate(client: FlaskClient, key: str) -> None:
    for _ in range(3):
        response = suggest(client, key, coral_body("DELETED"))
        assert response.status_code == 200
        assert response.get_json() == {"clientToken": f"comment:{CORAL_ID}"}
    assert len(examples()) == 1


def test_a_later_decision_on_the_same_coral_comment_supersedes_the_first(
    client: FlaskClient, key: str
) -> None:
    suggest(client, key, coral_body("APPROVED"))
    suggest(client, key, coral_body("DELETED"))
    first, second = examples()
    assert first.label is ExampleLabel.APPROVED and first.superseded_at is not None
    assert second.label is ExampleLabel.REJECTED and second.superseded_at is None


def test_the_same_coral_comment_on_two_sites_stays_apart(
    client: FlaskClient, key: str, site: Site, make_site: Callable[..., Site]
) -> None:
    other = make_site("seeblick")
    other_key = api_keys.create_key(other.slug).secret
    suggest(client, key, coral_body("DELETED"))
    suggest(client, other_key, coral_body("APPROVED"))
    [mine] = examples(site)
    [theirs] = examples(other)
    assert mine.label is ExampleLabel.REJECTED and mine.superseded_at is None
    assert theirs.label is ExampleLabel.APPROVED and theirs.superseded_at is None


def test_a_perspective_client_suggesting_a_model_score_is_understood(
    client: FlaskClient, key: str
) -> None:
    body = {
        "comment": {"text": "Halt die Klappe!", "type": "PLAIN_TEXT"},
        "attributeScores": {"TOXICITY": {"summaryScore": {"value": 0.9}}},
        "languages": ["de"],
        "communityId": "forum/politik",
    }
    response = suggest(client, key, body)
    assert response.status_code == 200 and response.get_json() == {}
    [example] = examples()
    assert example.label is ExampleLabel.REJECTED and example.external_comment_id is None


def test_the_key_may_come_in_the_header_as_for_analyze(client: FlaskClient, key: str) -> None:
    response = client.post(SUGGEST, json=coral_body("APPROVED"), headers={"X-Goog-Api-Key": key})
    assert response.status_code == 200 and len(examples()) == 1


@pytest.mark.parametrize(
    ("query", "message"),
    [("", "missing a valid API key"), ("?key=msk_nope", "API key not valid")],
)
def test_without_a_valid_key_nothing_is_stored(
    client: FlaskClient, query: str, message: str
) -> None:
    response = client.post(f"{SUGGEST}{query}", json=coral_body("DELETED"))
    assert response.status_code == 403
    error = response.get_json()["error"]
    assert error["status"] == "PERMISSION_DENIED" and message in error["message"]
    assert examples() == []


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"attributeScores": {"SPAM": {"summaryScore": {"value": 1}}}}, "attributeScores.SPAM"),
        ({"attributeScores": {}}, "attributeScores"),
        (
            {"attributeScores": {"DELETED": {"summaryScore": {"value": "1"}}}},
            "attributeScores.DELETED.summaryScore.value",
        ),
        (
            {
                "attributeScores": {
                    "DELETED": {"summaryScore": {"value": 1}},
                    "APPROVED": {"summaryScore": {"value": 1}},
                }
            },
            "attributeScores disagree",
        ),
        ({"comment": {"text": "  "}}, "comment.text"),
        ({"comment": "Hallo"}, "comment.text"),
        ({"context": {"entries": "nope"}}, "context.entries"),
        ({"languages": [1]}, "languages"),
        ({"clientToken": 7}, "clientToken"),
    ],
)
def test_bad_bodies_get_perspectives_error_naming_the_field(
    client: FlaskClient, key: str, change: dict[str, Any], named: str
) -> None:
    response = suggest(client, key, coral_body("DELETED", **change))
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT"
    assert named in error["message"]
    assert examples() == []


def test_a_body_that_is_not_json_is_refused(client: FlaskClient, key: str) -> None:
    response = client.post(f"{SUGGEST}?key={key}", data="{", content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["status"] == "INVALID_ARGUMENT"


def test_an_api_decision_is_an_api_example(
    app: Flask,
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Callable[[Account], dict[str, str]],
) -> None:
    comment = make_comment(body="Ein Kommentar über die API")
    admin = make_account(Role.ADMIN)
    response = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        json={"action": "reject", "version": 1, "reason": "Werbung"},
        headers=bearer(admin),
    )
    assert response.status_code == 200, response.get_json()
    [example] = examples()
    assert example.source is ExampleSource.API and example.label is ExampleLabel.REJECTED
    assert example.reason == "Werbung" and example.decided_by_id == admin.id
    assert example.scores is None  # never scored: nothing to remember
