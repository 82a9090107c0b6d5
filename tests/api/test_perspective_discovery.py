"""Google's Perspective client works unchanged: the discovery document it reads, both methods it
finds there, and Google's error body.

The test with google-api-python-client itself needs that package in the test install
(pyproject's test extra); without it, it is skipped, unless MODERATION_TEST_REQUIRE_SERVERS=1
(CI), which makes it a failure.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.models import Site
from moderation.services.sites import api_keys
from tests.support.http import served as serve
from tests.support.servers import REQUIRE_ENV, require_servers

# What Perspective's documentation passes as discoveryServiceUrl, with this host instead.
DISCOVERY_PATH = "/$discovery/rest?version=v1alpha1"


@pytest.fixture
def key(make_site: Callable[..., Site]) -> str:
    return api_keys.create_key(make_site("entdeckung").slug).secret


def test_discovery_document_points_googles_client_at_this_host(client: FlaskClient) -> None:
    for path in (DISCOVERY_PATH, "/discovery/v1/apis/commentanalyzer/v1alpha1/rest"):
        response = client.get(path, base_url="https://kommentare.example.de")
        assert response.status_code == 200, path
        doc = response.get_json()
        assert (doc["name"], doc["version"]) == ("commentanalyzer", "v1alpha1")
        assert doc["rootUrl"] == "https://kommentare.example.de/" and doc["servicePath"] == ""
        methods = doc["resources"]["comments"]["methods"]
        assert {name: (m["httpMethod"], m["path"]) for name, m in methods.items()} == {
            "analyze": ("POST", "v1alpha1/comments:analyze"),
            "suggestscore": ("POST", "v1alpha1/comments:suggestscore"),
        }
        for method in methods.values():
            for ref in (method["request"]["$ref"], method["response"]["$ref"]):
                assert ref in doc["schemas"]
    assert client.get("/$discovery/rest?version=v1").status_code == 404


def test_errors_name_the_field_in_googles_error_body(
    client: FlaskClient, key: str, fixed_scorer: Any
) -> None:
    response = client.post(
        f"/v1alpha1/comments:analyze?key={key}",
        json={"comment": {"text": "Hallo"}, "requestedAttributes": {"FLIRTATION": {}}},
    )
    assert response.status_code == 400
    assert response.get_json()["error"] == {
        "code": 400,
        "message": "Requested attribute FLIRTATION does not exist.",
        "status": "INVALID_ARGUMENT",
        "details": [
            {
                "@type": "type.googleapis.com/google.rpc.BadRequest",
                "fieldViolations": [
                    {
                        "field": "requestedAttributes.FLIRTATION",
                        "description": "Requested attribute FLIRTATION does not exist.",
                    }
                ],
            }
        ],
    }


def test_suggestscore_answers_with_the_client_token_and_names_a_bad_field(
    client: FlaskClient, key: str
) -> None:
    """What it stores is tested in test_suggestscore.py; here the answers' shapes."""
    url = f"/v1alpha1/comments:suggestscore?key={key}"
    ok = client.post(
        url,
        json={
            "comment": {"text": "Das ist eine sachliche Antwort."},
            "attributeScores": {"TOXICITY": {"summaryScore": {"value": 0.1}}},
            "languages": ["de"],
            "clientToken": "c-1",
        },
    )
    assert ok.status_code == 200
    assert ok.get_json() == {"clientToken": "c-1"}
    unknown = client.post(url, json={"comment": {"text": "x"}, "attributeScores": {"NOPE": {}}})
    assert unknown.status_code == 400
    violation = unknown.get_json()["error"]["details"][0]["fieldViolations"][0]
    assert violation["field"] == "attributeScores.NOPE"
    assert client.post(url.replace(key, "wrong"), json={}).status_code == 403


@pytest.fixture
def served(app: Flask) -> Iterator[str]:
    with serve(app) as url:
        yield url


def _google_client() -> Any:
    try:
        from googleapiclient import discovery, errors
    except ImportError:
        message = "google-api-python-client is not installed (pip install -e '.[test]')"
        if require_servers():
            pytest.fail(f"{message}; {REQUIRE_ENV}=1 requires it")
        pytest.skip(message)
    return discovery, errors


def test_googles_python_client_analyzes_through_the_discovery_document(
    served: str, key: str, fixed_scorer: Any
) -> None:
    """The call from Perspective's documentation, with only the host changed."""
    discovery, errors = _google_client()
    service = discovery.build(
        "commentanalyzer",
        "v1alpha1",
        developerKey=key,
        discoveryServiceUrl=served + DISCOVERY_PATH,
        static_discovery=False,
    )
    answer = (
        service.comments()
        .analyze(
            body={
                "comment": {"text": "Du Vollidiot"},
                "requestedAttributes": {"TOXICITY": {}, "INSULT": {}},
                "languages": ["de"],
                "doNotStore": True,
            }
        )
        .execute()
    )
    assert answer["attributeScores"]["TOXICITY"]["summaryScore"]["value"] > 0.9
    assert answer["languages"] == ["de"]
    suggested = (
        service.comments()
        .suggestscore(
            body={
                "comment": {"text": "Du Vollidiot"},
                "attributeScores": {"TOXICITY": {"summaryScore": {"value": 1.0}}},
                "clientToken": "t-9",
            }
        )
        .execute()
    )
    assert suggested["clientToken"] == "t-9"
    with pytest.raises(errors.HttpError) as raised:
        service.comments().analyze(
            body={"comment": {"text": "Hallo"}, "requestedAttributes": {"FLIRTATION": {}}}
        ).execute()
    assert raised.value.resp.status == 400
    assert "FLIRTATION does not exist" in json.loads(raised.value.content)["error"]["message"]
