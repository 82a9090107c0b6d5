"""The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json.

Written by hand next to the routes; tests/api/test_openapi.py fails when a route under
/api/v1 or a drop-in endpoint is missing here, and runs schemathesis against it.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Response, jsonify

from moderation.api import bp
from moderation.api.openapi.dropin_schemas import DROPIN_SCHEMAS
from moderation.api.openapi.learning_paths import LEARNING_PATHS, LEARNING_SCHEMAS
from moderation.api.openapi.paths import READER_PATHS
from moderation.api.openapi.schemas import SCHEMAS
from moderation.api.openapi.site_paths import SITE_PATHS

VERSION = "1.0.0"
# Drop-in paths carry the other product's version in them; their ids say what they do.
_OPERATION_IDS = {
    ("post", "/v1alpha1/comments:analyze"): "analyze_comment",
    ("post", "/v1alpha1/comments:suggestscore"): "suggest_comment_score",
    ("post", "/coral/v1/moderation-phase"): "coral_moderation_phase",
}


def _with_operation_ids(paths: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each operation with a stable operationId ("get_sites_site_api_keys"): generated
    clients name their functions after it."""
    out: dict[str, dict[str, Any]] = {}
    for path, operations in paths.items():
        slug = re.sub(r"[^a-z]+", "_", path.removeprefix("/api/v1").lower()).strip("_")
        out[path] = {
            method: {
                "operationId": _OPERATION_IDS.get((method, path), f"{method}_{slug}"),
                **operation,
            }
            for method, operation in operations.items()
        }
    return out


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Comment moderation API",
            "version": VERSION,
            "description": (
                "Comments for news sites: readers post and read, sites manage keys, "
                "articles and webhooks, moderators decide. Every error is "
                '`{"error": {"code", "message", "field"?}}` with a 4xx status '
                "(the Perspective drop-in uses Perspective's error shape)."
            ),
        },
        "servers": [{"url": "/"}],
        "paths": _with_operation_ids({**READER_PATHS, **SITE_PATHS, **LEARNING_PATHS}),
        "components": {
            "schemas": {**SCHEMAS, **DROPIN_SCHEMAS, **LEARNING_SCHEMAS},
            "securitySchemes": {
                "readerToken": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "from /api/v1/auth/token or /api/v1/auth/sso",
                },
                "siteKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
                "siteBearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "the site's API key (msk_...) as a bearer token",
                },
                "queryKey": {"type": "apiKey", "in": "query", "name": "key"},
            },
        },
        "tags": [
            {"name": "Public", "description": "reads anyone may make; cacheable"},
            {"name": "Readers", "description": "signed-in readers (bearer token)"},
            {"name": "Moderation", "description": "moderators and admins"},
            {"name": "Sites", "description": "a site's back end, with its API key"},
            {"name": "Drop-in", "description": "for platforms built on Perspective or Coral"},
            {"name": "Meta", "description": "about the API itself"},
        ],
    }


@bp.get("/openapi.json")
def openapi_json() -> Response:
    response = jsonify(document())
    response.cache_control.public = True
    response.cache_control.max_age = 300
    return response
