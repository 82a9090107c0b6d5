"""Drop-in endpoints: Perspective's comments:analyze and Coral's external moderation phase."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.models import Site
from moderation.services.sites import api_keys, integration
from tests.support.scorers import FixedScorer

ANALYZE = "/v1alpha1/comments:analyze"


@pytest.fixture
def key(make_site: Callable[..., Site]) -> str:
    return api_keys.create_key(make_site("perspektive").slug).secret


def analyze(client: FlaskClient, key: str, payload: Any) -> Any:
    return client.post(f"{ANALYZE}?key={key}", json=payload)


def test_analyze_answers_in_perspectives_shape(
    client: FlaskClient, key: str, fixed_scorer: FixedScorer
) -> None:
    response = analyze(
        client,
        key,
        {
            "comment": {"text": "Du Vollidiot, halt die Klappe."},
            "requestedAttributes": {"TOXICITY": {}, "PROFANITY": {}, "INSULT": {}},
            "languages": ["de"],
            "doNotStore": True,
            "clientToken": "abc",
        },
    )
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert set(body["attributeScores"]) == {"TOXICITY", "PROFANITY", "INSULT"}
    toxicity = body["attributeScores"]["TOXICITY"]
    assert toxicity["summaryScore"] == {"value": 0.97, "type": "PROBABILITY"}
    assert toxicity["spanScores"] == [
        {"begin": 0, "end": 30, "score": {"value": 0.97, "type": "PROBABILITY"}}
    ]
    assert body["attributeScores"]["PROFANITY"]["summaryScore"]["value"] == 0.01  # obscene
    assert body["languages"] == ["de"] and body["clientToken"] == "abc"
    assert "detectedLanguages" not in body


def test_span_annotations_score_each_sentence_and_language_is_detected(
    client: FlaskClient, key: str, fixed_scorer: FixedScorer
) -> None:
    text = "Das ist ein guter Plan. Aber du bist ein Idiot!"
    response = analyze(
        client,
        key,
        {
            "comment": {"text": text},
            "requestedAttributes": {"TOXICITY": {}},
            "spanAnnotations": True,
        },
    )
    body = response.get_json()
    spans = body["attributeScores"]["TOXICITY"]["spanScores"]
    assert [(s["begin"], s["end"]) for s in spans] == [(0, 23), (24, len(text))]
    assert spans[0]["score"]["value"] < 0.1 < spans[1]["score"]["value"]
    assert body["languages"] == ["de"] and body["detectedLanguages"] == ["de"]
    assert fixed_scorer.calls[-1] == [text, text[:23], text[24:]]


def test_score_threshold_leaves_out_low_attributes(
    client: FlaskClient, key: str, fixed_scorer: FixedScorer
) -> None:
    body = analyze(
        client,
        key,
        {
            "comment": {"text": "Schöner Tag heute"},
            "requestedAttributes": {"TOXICITY": {"scoreThreshold": 0.5}, "THREAT": {}},
        },
    ).get_json()
    assert set(body["attributeScores"]) == {"THREAT"}


@pytest.mark.parametrize(
    ("query", "payload", "status", "state", "message"),
    [
        (
            "",
            {"comment": {"text": "x"}, "requestedAttributes": {"TOXICITY": {}}},
            403,
            "PERMISSION_DENIED",
            "missing a valid API key",
        ),
        (
            "?key=msk_wrong",
            {"comment": {"text": "x"}, "requestedAttributes": {"TOXICITY": {}}},
            403,
            "PERMISSION_DENIED",
            "API key not valid",
        ),
        ("KEY", {"requestedAttributes": {"TOXICITY": {}}}, 400, "INVALID_ARGUMENT", "comment.text"),
        (
            "KEY",
            {"comment": {"text": "x"}, "requestedAttributes": {}},
            400,
            "INVALID_ARGUMENT",
            "at least one attribute",
        ),
        (
            "KEY",
            {"comment": {"text": "x"}, "requestedAttributes": {"SPAM": {}}},
            400,
            "INVALID_ARGUMENT",
            "SPAM does not exist",
        ),
        (
            "KEY",
            {
                "comment": {"text": "x"},
                "requestedAttributes": {"TOXICITY": {}},
                "languages": ["fr"],
            },
            400,
            "INVALID_ARGUMENT",
            "does not support request",
        ),
        (
            "KEY",
            {"comment": {"text": "x" * 30000}, "requestedAttributes": {"TOXICITY": {}}},
            400,
            "INVALID_ARGUMENT",
            "too long",
        ),
    ],
)
def test_analyze_errors_use_perspectives_error_shape(
    client: FlaskClient,
    key: str,
    fixed_scorer: FixedScorer,
    query: str,
    payload: Any,
    status: int,
    state: str,
    message: str,
) -> None:
    url = ANALYZE + (f"?key={key}" if query == "KEY" else query)
    response = client.post(url, json=payload)
    assert response.status_code == status
    error = response.get_json()["error"]
    assert error["code"] == status and error["status"] == state and message in error["message"]
    not_json = client.post(f"{ANALYZE}?key={key}", data=b"{", content_type="application/json")
    assert not_json.get_json()["error"]["status"] == "INVALID_ARGUMENT"


def test_analyze_reports_an_unavailable_scorer_as_503(
    app: Flask, client: FlaskClient, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moderation.services.automod import judging

    def broken(name: str, options: dict[str, Any]) -> Any:
        raise RuntimeError("model files missing")

    monkeypatch.setattr(judging, "process_scorer", broken)
    response = analyze(
        client, key, {"comment": {"text": "x"}, "requestedAttributes": {"TOXICITY": {}}}
    )
    assert response.status_code == 503
    assert response.get_json()["error"]["status"] == "UNAVAILABLE"


CORAL = "/coral/v1/moderation-phase"


def coral_request(body: str, role: str = "COMMENTER") -> dict[str, Any]:
    return {
        "action": "NEW",
        "comment": {"body": body, "parentID": None},
        "author": {"id": "u1", "role": role},
        "story": {"id": "s1", "url": "https://www.example-zeitung.de/a"},
        "site": {"id": "site-1"},
        "tenantID": "t1",
        "tenantDomain": "www.example-zeitung.de",
    }


@pytest.mark.parametrize(
    ("body", "status", "answer"),
    [
        ("Ein freundlicher Beitrag.", 204, None),
        ("<p>Du <b>Idiot</b></p>", 200, "SYSTEM_WITHHELD"),
        ("Du Vollidiot!", 200, "REJECTED"),
    ],
)
def test_coral_phase_answers_with_coral_statuses(
    client: FlaskClient,
    key: str,
    fixed_scorer: FixedScorer,
    body: str,
    status: int,
    answer: str | None,
) -> None:
    response = client.post(f"{CORAL}?key={key}", json=coral_request(body))
    assert response.status_code == status
    if answer is None:
        assert response.data == b""
    else:
        assert response.get_json() == {
            "status": answer,
            "actions": [{"actionType": "FLAG", "reason": "COMMENT_DETECTED_TOXIC"}],
        }
    assert fixed_scorer.calls[-1][0].startswith(("Ein", "Du"))  # HTML tags stripped


def test_coral_phase_skips_staff_and_answers_204_when_the_scorer_is_too_slow(
    app: Flask, client: FlaskClient, key: str, fixed_scorer: FixedScorer
) -> None:
    staff = client.post(f"{CORAL}?key={key}", json=coral_request("Du Vollidiot", role="STAFF"))
    assert staff.status_code == 204 and fixed_scorer.calls == []
    app.config["CORAL_PHASE_BUDGET_MS"] = 50
    fixed_scorer.delay = 0.5
    slow = client.post(f"{CORAL}?key={key}", json=coral_request("Du Vollidiot"))
    assert slow.status_code == 204


def test_coral_signature_is_checked_when_the_site_has_corals_secret(
    client: FlaskClient, key: str, fixed_scorer: FixedScorer
) -> None:
    integration.set_coral_signing_secret("perspektive", "coral-signing-secret-123")
    raw = json.dumps(coral_request("Du Vollidiot")).encode()
    good = hmac.new(b"coral-signing-secret-123", raw, hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/json"}
    unsigned = client.post(f"{CORAL}?key={key}", data=raw, headers=headers)
    assert unsigned.status_code == 401 and unsigned.get_json()["error"]["code"] == "bad_signature"
    rotated = f"sha256={'0' * 64},sha256={good}"
    signed = client.post(
        f"{CORAL}?key={key}", data=raw, headers={**headers, "X-Coral-Signature": rotated}
    )
    assert signed.status_code == 200 and signed.get_json()["status"] == "REJECTED"
    nokey = client.post(CORAL, data=raw, headers=headers)
    assert nokey.status_code == 403
