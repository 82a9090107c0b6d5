"""OpenAPI paths for a site's back end (API key) and the drop-in endpoints."""

from __future__ import annotations

from moderation.api.openapi.ops import (
    AFTER_P,
    ARTICLE_P,
    BEFORE_P,
    INT,
    KEY_P,
    LIMIT_P,
    MODERATOR,
    QUERY_KEY,
    QUERY_KEY_P,
    SITE,
    SITE_P,
    STR,
    body,
    op,
    param,
)
from moderation.api.openapi.schemas import Schema

_SITE_ERRORS = (400, 401, 403, 404, 415, 422)
_OPTIONAL = {"required": False}

SITE_PATHS: dict[str, dict[str, Schema]] = {
    "/api/v1/sites/{site}": {
        "get": op(
            "The site's integration settings",
            "Sites",
            ok=(200, "Site"),
            security=SITE,
            params=[SITE_P],
            errors=(401, 403, 404),
        ),
        "patch": op(
            "Change allowed origins, language, time zone, webhook URL, report threshold",
            "Sites",
            ok=(200, "Site"),
            security=SITE,
            params=[SITE_P],
            body=body(
                {
                    "allowed_origins": {"type": "array", "items": STR, "maxItems": 20},
                    "language": {"enum": ["de", "en"]},
                    "timezone": STR,
                    "webhook_url": {**STR, "description": "empty string removes the webhook"},
                    "report_threshold": {"type": "integer", "minimum": 1, "maximum": 1000},
                },
                [],
            ),
            errors=_SITE_ERRORS,
        ),
    },
    "/api/v1/sites/{site}/webhook-secret": {
        "post": op(
            "Set a new webhook signing secret (shown once)",
            "Sites",
            ok=(201, "WebhookSecret"),
            security=SITE,
            params=[SITE_P],
            errors=(401, 403, 404),
        )
    },
    "/api/v1/sites/{site}/sso-secret": {
        "post": op(
            "Set a new SSO secret (shown once)",
            "Sites",
            ok=(201, "SsoSecret"),
            security=SITE,
            params=[SITE_P],
            errors=(401, 403, 404),
        )
    },
    "/api/v1/sites/{site}/api-keys": {
        "get": op(
            "The site's API keys (without secrets)",
            "Sites",
            ok=(200, "ApiKeyList"),
            security=SITE,
            params=[SITE_P],
            errors=(401, 403, 404),
        ),
        "post": op(
            "Create an API key (the key is in this answer only)",
            "Sites",
            ok=(201, "IssuedApiKey"),
            security=SITE,
            params=[SITE_P],
            body={**body({"name": {"type": "string", "maxLength": 100}}, []), **_OPTIONAL},
            errors=_SITE_ERRORS,
        ),
    },
    "/api/v1/sites/{site}/api-keys/{key_id}": {
        "delete": op(
            "Revoke an API key",
            "Sites",
            ok=(200, "ApiKey"),
            security=SITE,
            params=[SITE_P, KEY_P],
            errors=(401, 403, 404),
        )
    },
    "/api/v1/sites/{site}/api-keys/{key_id}/rotate": {
        "post": op(
            "Replace a key; the old one works for grace_seconds more (default 0)",
            "Sites",
            ok=(201, "IssuedApiKey"),
            security=SITE,
            params=[SITE_P, KEY_P],
            body={**body({"grace_seconds": {**INT, "minimum": 0}}, []), **_OPTIONAL},
            errors=(*_SITE_ERRORS, 409),
        )
    },
    "/api/v1/sites/{site}/articles/{article_id}": {
        "patch": op(
            "Open or close an article for comments; set its title and URL",
            "Sites",
            ok=(200, "Article"),
            security=SITE,
            params=[SITE_P, ARTICLE_P],
            body=body({"open": {"type": "boolean"}, "title": STR, "url": STR}, []),
            errors=_SITE_ERRORS,
        )
    },
    "/api/v1/sites/{site}/webhooks/deliveries": {
        "get": op(
            "The webhook delivery log, newest first",
            "Sites",
            ok=(200, "DeliveryPage"),
            security=SITE,
            params=[SITE_P, LIMIT_P, BEFORE_P],
            errors=(400, 401, 403, 404),
        )
    },
    "/api/v1/sites/{site}/training-examples": {
        "get": op(
            "Export the site's training examples (admins): JSON pages or one CSV",
            "Sites",
            ok=(200, "TrainingExamplePage"),
            security=MODERATOR,
            params=[
                SITE_P,
                param("format", "query", {"enum": ["json", "csv"]}, "json (default) or csv"),
                param(
                    "include",
                    "query",
                    {"enum": ["current", "all"]},
                    "current labels only (default), or superseded ones too",
                ),
                {**LIMIT_P, "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
                AFTER_P,
            ],
            errors=(400, 401, 403, 404, 422),
            description=(
                "Human decisions and Perspective feedback kept as labelled texts of this "
                "site only. `format=csv` streams every example at once, one column per "
                "score label, as `text/csv`."
            ),
        ),
        "delete": op(
            "Erase the site's training examples (admins): all, or one comment's",
            "Sites",
            ok=(200, "ErasedExamples"),
            security=MODERATOR,
            params=[
                SITE_P,
                param("comment_id", "query", {"type": "integer", "minimum": 1}),
                param(
                    "external_comment_id",
                    "query",
                    {"type": "string", "maxLength": 200},
                    "a Perspective client's comment id (Coral's)",
                ),
            ],
            errors=(400, 401, 403, 404),
        ),
    },
    "/api/v1/openapi.json": {
        "get": op("This description", "Meta", ok=(200, "OpenApiDocument"), errors=())
    },
    "/v1alpha1/comments:analyze": {
        "post": op(
            "Perspective-compatible scoring (nothing is stored)",
            "Drop-in",
            ok=(200, "AnalyzeResponse"),
            security=QUERY_KEY,
            params=[QUERY_KEY_P],
            body=body(
                {
                    "comment": {
                        "type": "object",
                        "properties": {"text": STR},
                        "required": ["text"],
                    },
                    "requestedAttributes": {"type": "object"},
                    "languages": {"type": "array", "items": STR},
                    "doNotStore": {"type": "boolean"},
                    "spanAnnotations": {"type": "boolean"},
                    "clientToken": STR,
                },
                ["comment", "requestedAttributes"],
            ),
            errors=(400, 403, 429, 503, 504),
            error_schema="PerspectiveError",
        )
    },
    "/v1alpha1/comments:suggestscore": {
        "post": op(
            "Perspective-compatible feedback: a moderation decision becomes a training example",
            "Drop-in",
            ok=(200, "SuggestScoreResponse"),
            security=QUERY_KEY,
            params=[QUERY_KEY_P],
            body=body(
                {
                    "comment": {
                        "type": "object",
                        "properties": {"text": STR, "type": STR},
                        "required": ["text"],
                    },
                    "attributeScores": {
                        "type": "object",
                        "description": (
                            "Coral: APPROVED or DELETED with summaryScore.value 1; others: "
                            "TOXICITY etc. with 0 (acceptable) to 1 (not)"
                        ),
                        "additionalProperties": {
                            "type": "object",
                            "properties": {
                                "summaryScore": {
                                    "type": "object",
                                    "properties": {
                                        "value": {"type": "number", "minimum": 0, "maximum": 1}
                                    },
                                }
                            },
                        },
                    },
                    "context": {
                        "type": "object",
                        "properties": {
                            "entries": {
                                "type": "array",
                                "items": {"type": "object", "properties": {"text": STR}},
                            }
                        },
                    },
                    "languages": {"type": "array", "items": STR},
                    "communityId": STR,
                    "clientToken": {**STR, "maxLength": 200},
                },
                ["comment", "attributeScores"],
            ),
            errors=(400, 403, 429),
            error_schema="PerspectiveError",
            description=(
                "Stored as the key's site's example; the same clientToken and comment "
                "again (a retry) stores nothing new."
            ),
        )
    },
    "/coral/v1/moderation-phase": {
        "post": op(
            "Coral external moderation phase: 204 no opinion, or 200 with a status",
            "Drop-in",
            ok=(200, "CoralVerdict"),
            empty=(204, "no opinion: the comment goes on through Coral's own rules"),
            security=QUERY_KEY,
            params=[QUERY_KEY_P],
            body=body(
                {
                    "action": {"enum": ["NEW", "EDIT"]},
                    "comment": {
                        "type": "object",
                        "properties": {"body": STR, "parentID": {"type": ["string", "null"]}},
                        "required": ["body"],
                    },
                    "author": {"type": "object"},
                    "story": {"type": "object"},
                    "site": {"type": "object"},
                },
                ["comment"],
            ),
            errors=(400, 401, 403),
        )
    },
}
