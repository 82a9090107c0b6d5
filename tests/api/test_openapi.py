"""The OpenAPI description covers every route, renders as docs, and holds up to schemathesis."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings

from moderation.models import Account, CommentStatus, Site
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

        no_server_error()
