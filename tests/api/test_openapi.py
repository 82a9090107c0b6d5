"""The OpenAPI description covers every route, renders as docs, and holds up to schemathesis."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import response_schema_conformance

from moderation.extensions import db
from moderation.models import Account, CommentStatus, Site
from moderation.models.webhooks import WebhookDelivery
from moderation.services.sites import api_keys

DOCUMENTED_PREFIXES = ("/api/v1/", "/v1alpha1/", "/coral/v1/")


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule)


def test_every_api_route_and_method_is_described(app: Flask, client: FlaskClient) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.1")
    assert spec["components"]["schemas"]["Error"]["properties"]["error"]["required"] == [
        "code",
        "message",
    ]
    missing = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(DOCUMENTED_PREFIXES):
            continue
        described = spec["paths"].get(_openapi_path(rule.rule), {})
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            if method.lower() not in described:
                missing.append(f"{method} {rule.rule}")
    assert missing == []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            codes = [int(code) for code in operation["responses"]]
            errors = [c for c in codes if c >= 400]
            assert any(c < 400 for c in codes), f"{method} {path} has no success response"
            for code in errors:
                schema = operation["responses"][str(code)]["content"]["application/json"]
                assert schema["schema"]["$ref"].endswith("Error"), f"{method} {path} {code}"


def test_every_success_with_a_body_has_a_schema(client: FlaskClient) -> None:
    """A generated client types each answer from its schema, and returns nothing without one."""
    spec = client.get("/api/v1/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    untyped = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for code, response in operation["responses"].items():
                if not code.startswith("2") or code == "204":
                    continue
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                name = (schema or {}).get("$ref", "").rpartition("/")[2]
                if name not in schemas:
                    untyped.append(f"{method.upper()} {path} {code}")
    assert untyped == []


def test_docs_page_is_server_rendered_without_scripts(client: FlaskClient) -> None:
    response = client.get("/api/docs")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "<script" not in html
    assert "/api/v1/auth/sso" in html and "/v1alpha1/comments:analyze" in html
    assert 'id="schema-Error"' in html


def test_generated_requests_never_get_a_server_error(
    app: Flask,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    make_comment: Callable[..., Any],
    bearer: Callable[[Account], dict[str, str]],
) -> None:
    """Schemathesis generates requests for every operation from the description, in-process.

    About 10 s per database; not marked slow (the threshold is 30 s).
    """
    site = make_site("fuzz")
    make_comment(site=site, status=CommentStatus.PUBLISHED)
    headers = {**bearer(make_account()), "X-Api-Key": api_keys.create_key(site.slug).secret}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 24
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
        def no_server_error(case: Any) -> None:
            response = case.call(headers=headers)
            label = f"{case.method} {case.formatted_path}"
            assert response.status_code < 500, (label, response.text[:300])
            if response.status_code >= 400 and "json" in response.headers.get("Content-Type", ""):
                assert "error" in response.json(), label
            if response.status_code < 300:  # the body matches its documented schema
                case.validate_response(response, checks=[response_schema_conformance])

        no_server_error()


def test_each_typed_answer_matches_its_schema(
    app: Flask,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    make_comment: Callable[..., Any],
    bearer: Callable[[Account], dict[str, str]],
    fixed_scorer: Any,
) -> None:
    """The answers that had no schema, called with real inputs and checked by schemathesis."""
    site = make_site("typed")
    reader = make_account()
    comment = make_comment(site=site, author=reader, status=CommentStatus.HELD)
    db.session.add(
        WebhookDelivery(
            event_id="evt-1",
            site_id=site.id,
            comment_id=comment.id,
            event="comment.held",
            url="https://example.org/hook",
            payload={},
        )
    )
    db.session.commit()
    key = api_keys.create_key(site.slug).secret
    site_headers, reader_headers = {"X-Api-Key": key}, bearer(reader)
    article = comment.article.external_id
    analyze = {
        "comment": {"text": "Du Vollidiot"},
        "requestedAttributes": {"TOXICITY": {}},
        "spanAnnotations": True,
        "clientToken": "t-1",
    }
    coral = {"action": "NEW", "comment": {"body": "Du Vollidiot"}, "author": {"role": "COMMENTER"}}
    calls = [
        ("GET", "/api/v1/sites/{site}/api-keys", {"site": site.slug}, {}, None, site_headers),
        ("POST", "/api/v1/sites/{site}/sso-secret", {"site": site.slug}, {}, None, site_headers),
        ("POST", "/api/v1/sites/{site}/webhook-secret", {"site": site.slug}, {}, None,
         site_headers),
        ("GET", "/api/v1/sites/{site}/webhooks/deliveries", {"site": site.slug}, {}, None,
         site_headers),
        ("GET", "/api/v1/sites/{site}/articles/{article_id}/comments/mine",
         {"site": site.slug, "article_id": article}, {}, None, reader_headers),
        ("GET", "/api/v1/me/export", {}, {}, None, reader_headers),
        ("GET", "/api/v1/openapi.json", {}, {}, None, {}),
        ("POST", "/v1alpha1/comments:analyze", {}, {"key": key}, analyze, {}),
        ("POST", "/coral/v1/moderation-phase", {}, {"key": key}, coral, {}),
    ]  # fmt: skip
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    for method, path, path_parameters, query, payload, headers in calls:
        extra = {} if payload is None else {"body": payload, "media_type": "application/json"}
        case = schema[path][method].Case(
            path_parameters=path_parameters, query=query, headers=headers, **extra
        )
        response = case.call()
        assert 200 <= response.status_code < 300 and response.content, (path, response.text)
        case.validate_response(response, checks=[response_schema_conformance])
