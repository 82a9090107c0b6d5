"""Coral's own Perspective requests, as Coral (coralproject/talk) builds them, against the drop-in.

Coral's toxic-comment phase posts to ``<custom endpoint>/comments:analyze?key=<API key>`` with
``{"comment": {"text"}, "doNotStore", "requestedAttributes": {<its model>: {}},
"languages": [<tenant locale>]}`` and reads ``attributeScores[<model>].summaryScore.value``,
comparing it with its threshold (80 % by default). With "send moderation actions" on, it posts
``comments:suggestscore`` feedback. Its tenant locales map to languages as "de" -> "de",
"en-US" -> "en", "fr-FR" -> "fr", "es" -> "es", "pt-BR" -> "pt", anything else -> "en".
The bodies below are written out as data from that description.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from moderation.models import Site
from moderation.services.sites import api_keys
from tests.support.scorers import FixedScorer

# What an operator types into Coral's "Toxicity model" field that this service scores.
CORAL_MODELS = ("TOXICITY", "SEVERE_TOXICITY", "INSULT", "PROFANITY", "THREAT", "IDENTITY_ATTACK")
CORAL_THRESHOLD = 0.8  # Coral's default "Toxicity threshold" (80 %)
ENDPOINT = "/v1alpha1"  # what goes into Coral's "Custom endpoint", after this host


@pytest.fixture
def key(make_site: Callable[..., Site]) -> str:
    return api_keys.create_key(make_site("coral-tenant").slug).secret


def coral_analyze(text: str, model: str, language: str, do_not_store: bool = True) -> str:
    """The body exactly as Coral serialises it (its key order, a JSON string)."""
    return json.dumps(
        {
            "comment": {"text": text},
            "doNotStore": do_not_store,
            "requestedAttributes": {model: {}},
            "languages": [language],
        }
    )


def post(client: FlaskClient, key: str, operation: str, body: str) -> Any:
    return client.post(
        f"{ENDPOINT}/{operation}?key={key}", data=body, content_type="application/json"
    )


@pytest.mark.parametrize("model", CORAL_MODELS)
@pytest.mark.parametrize(
    ("locale", "language", "text"),
    [
        ("de", "de", "Du Vollidiot, halt endlich die Klappe."),
        ("en-US", "en", "You vollidiot, just shut up."),
    ],
)
def test_corals_analyze_request_for_each_model_and_locale(
    client: FlaskClient,
    key: str,
    fixed_scorer: FixedScorer,
    model: str,
    locale: str,
    language: str,
    text: str,
) -> None:
    response = post(client, key, "comments:analyze", coral_analyze(text, model, language))
    assert response.status_code == 200, (locale, response.get_json())
    data = response.get_json()
    score = data["attributeScores"][model]["summaryScore"]["value"]  # what Coral reads
    assert isinstance(score, float) and 0 <= score <= 1
    assert set(data["attributeScores"]) == {model} and data["languages"] == [language]
    if model in ("TOXICITY", "INSULT"):
        assert score > CORAL_THRESHOLD  # Coral withholds it at its default threshold


def test_a_friendly_comment_stays_under_corals_threshold_with_storing_allowed(
    client: FlaskClient, key: str, fixed_scorer: FixedScorer
) -> None:
    body = coral_analyze("Danke für den Artikel!", "TOXICITY", "de", do_not_store=False)
    response = post(client, key, "comments:analyze", body)
    assert response.status_code == 200
    assert response.get_json()["attributeScores"]["TOXICITY"]["summaryScore"]["value"] < 0.1


def test_a_coral_tenant_in_a_language_we_do_not_score_gets_googles_error(
    client: FlaskClient, key: str, fixed_scorer: FixedScorer
) -> None:
    """A French tenant ("fr-FR" -> "fr"): Coral logs the error and its phase has no opinion."""
    response = post(client, key, "comments:analyze", coral_analyze("Idiot", "TOXICITY", "fr"))
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["status"] == "INVALID_ARGUMENT" and "fr" in error["message"]
    assert error["details"][0]["fieldViolations"][0]["field"] == "languages"


@pytest.mark.parametrize("status, value", [("APPROVED", 0), ("DELETED", 1)])
def test_corals_feedback_request_is_accepted(
    client: FlaskClient, key: str, status: str, value: int
) -> None:
    """Coral's "send moderation actions" feedback for an approved or deleted comment."""
    context = {
        "url": "https://www.example-zeitung.de/artikel?commentID=c-42",
        "reply_to_id_Coral_comment_id": None,
        "Coral_comment_id": "c-42",
    }
    body = json.dumps(
        {
            "comment": {"text": "Du Vollidiot"},
            "context": {"entries": [{"text": json.dumps(context)}]},
            "attributeScores": {"TOXICITY": {"summaryScore": {"value": value}}},
            "languages": ["de"],
            "communityId": "Coral:https://www.example-zeitung.de",
            "clientToken": "comment:c-42",
        }
    )
    response = post(client, key, "comments:suggestscore", body)
    assert response.status_code == 200, (status, response.get_json())
    assert response.get_json()["clientToken"] == "comment:c-42"
