"""Every answer that carries a token, key or secret says `Cache-Control: no-store`.

The endpoints are found from the OpenAPI description (every API route is described there,
tests/api/test_openapi.py), so a new one whose answer holds a credential cannot forget it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from moderation.api.openapi.document import document
from moderation.models import Account, Site
from moderation.services.accounts import credentials
from tests.support.config import PASSWORD

JSON = "application/json"
# A string field named token, key or secret, or ending in _token, _key, _secret.
SECRET_FIELD = re.compile(r"(^|_)(token|key|secret)$")


def secret_fields(
    schema: dict[str, Any], doc: dict[str, Any], seen: frozenset[str] = frozenset()
) -> set[str]:
    """Names of string properties that look like credentials, anywhere in ``schema``."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:  # a recursive schema (replies of replies)
            return set()
        return secret_fields(doc["components"]["schemas"][name], doc, seen | {name})
    found: set[str] = set()
    for part in schema.get("allOf", []) + schema.get("anyOf", []) + schema.get("oneOf", []):
        found |= secret_fields(part, doc, seen)
    for name, prop in schema.get("properties", {}).items():
        if SECRET_FIELD.search(name) and prop.get("type") == "string":
            found.add(name)
        found |= secret_fields(prop, doc, seen)
    if isinstance(schema.get("items"), dict):
        found |= secret_fields(schema["items"], doc, seen)
    return found


def secret_operations() -> Iterator[tuple[str, str]]:
    doc = document()
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            for status, answer in operation.get("responses", {}).items():
                schema = answer.get("content", {}).get(JSON, {}).get("schema")
                if status.startswith("2") and schema and secret_fields(schema, doc):
                    yield path, method


def test_every_answer_with_a_credential_is_marked_no_store(app: Flask) -> None:
    operations = set(secret_operations())
    assert {
        ("/api/v1/auth/token", "post"),
        ("/api/v1/auth/sso", "post"),
        ("/api/v1/sites/{site}/webhook-secret", "post"),
        ("/api/v1/sites/{site}/sso-secret", "post"),
        ("/api/v1/sites/{site}/api-keys", "post"),
    } <= operations
    adapter = app.url_map.bind("localhost")
    unmarked = []
    for path, method in sorted(operations):
        endpoint, _ = adapter.match(re.sub(r"\{[^}]+\}", "1", path), method=method.upper())
        if not getattr(app.view_functions[endpoint], "moderation_no_store", False):
            unmarked.append(f"{method.upper()} {path} ({endpoint})")
    assert unmarked == [], "use @carries_secret (moderation.security) on these views"


def test_credential_answers_are_not_cacheable(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    site_key: Callable[[Site], dict[str, str]],
) -> None:
    account = make_account()
    site = make_site()
    headers = site_key(site)
    answers = {
        "token": client.post(
            "/api/v1/auth/token", json={"email": account.email, "password": PASSWORD}
        ),
        "webhook secret": client.post(f"/api/v1/sites/{site.slug}/webhook-secret", headers=headers),
        "sso secret": client.post(f"/api/v1/sites/{site.slug}/sso-secret", headers=headers),
        "api key": client.post(f"/api/v1/sites/{site.slug}/api-keys", headers=headers),
    }
    for name, answer in answers.items():
        assert answer.status_code == 201, (name, answer.get_json())
        assert answer.headers.get("Cache-Control") == "no-store", name
        assert answer.headers.get("Pragma") == "no-cache", name
    issued = credentials.account_for_api_token(answers["token"].get_json()["token"])
    assert issued is not None and issued.id == account.id
