"""OpenAPI 3.1 components: the JSON schemas of the API's resources and errors."""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


STRING: Schema = {"type": "string"}
INTEGER: Schema = {"type": "integer"}
TIME: Schema = {"type": "string", "format": "date-time"}
TIME_OR_NULL: Schema = nullable(TIME)
URL_OR_NULL: Schema = nullable({"type": "string", "format": "uri-reference"})


def obj(properties: dict[str, Schema], required: list[str] | None = None, **extra: Any) -> Schema:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        **extra,
    }


LABEL_SCORES = obj(
    {
        label: {"type": "number", "minimum": 0, "maximum": 1}
        for label in (
            "toxicity",
            "severe_toxicity",
            "obscene",
            "threat",
            "insult",
            "identity_attack",
        )
    }
)

SCHEMAS: dict[str, Schema] = {
    "Error": obj(
        {
            "error": obj(
                {
                    "code": {"type": "string", "description": "stable, machine-readable"},
                    "message": {"type": "string", "description": "for humans, in English"},
                    "field": {"type": "string", "description": "the input at fault"},
                },
                required=["code", "message"],
            )
        }
    ),
    "Token": obj(
        {"token": STRING, "expires_at": TIME, "token_type": {"const": "Bearer"}},
    ),
    "SsoToken": obj(
        {
            "token": STRING,
            "expires_at": TIME,
            "token_type": {"const": "Bearer"},
            "account": obj(
                {
                    "id": INTEGER,
                    "display_name": STRING,
                    "may_comment": {"type": "boolean"},
                    "created": {"type": "boolean", "description": "first sign-in"},
                }
            ),
        }
    ),
    "Comment": obj(
        {
            "id": INTEGER,
            "body": STRING,
            "author": STRING,
            "parent_id": nullable(INTEGER),
            "created_at": TIME,
        }
    ),
    "CommentPage": obj(
        {"comments": {"type": "array", "items": ref("Comment")}, "next": URL_OR_NULL}
    ),
    "ReasonDetail": obj(
        {
            "kind": {
                "enum": ["score", "word", "threat", "premoderation", "trusted", "scoring_failed"],
                "description": "which rule decided; the other fields are those the kind has",
            },
            "action": {"enum": ["hold", "reject"]},
            "label": STRING,
            "score": {"type": "number"},
            "threshold": {"type": "number"},
            "term": STRING,
            "rule": {"type": "string", "description": "the threat detector's rule"},
            "approved": INTEGER,
            "limit": INTEGER,
            "failures": INTEGER,
        },
        required=["kind"],
    ),
    "Decision": nullable(
        obj(
            {
                "action": STRING,
                "by": {"enum": ["system", "moderator"]},
                "reason": nullable(STRING),
                "reasons": {"type": "array", "items": STRING},
                "reason_details": {"type": "array", "items": ref("ReasonDetail")},
                "at": TIME,
            }
        )
    ),
    "PrivateComment": {
        "allOf": [
            ref("Comment"),
            obj(
                {
                    "site": STRING,
                    "article_id": STRING,
                    "status": {"enum": ["pending", "published", "held", "rejected"]},
                    "version": INTEGER,
                    "decided_at": TIME_OR_NULL,
                    "scores": nullable(LABEL_SCORES),
                    "scorer": nullable(obj({"name": STRING, "version": STRING})),
                    "explanation": {
                        "type": ["object", "null"],
                        "description": "held or rejected comments: {label, method, spans: "
                        "[{start, end, text, weight}]}, the words that drove the score; null "
                        "until computed, a few seconds after the decision",
                    },
                    "explanation_pending": {
                        "type": "boolean",
                        "description": "true while a held or rejected comment's explanation "
                        "is still being computed",
                    },
                    "decision": ref("Decision"),
                    "edited_at": TIME_OR_NULL,
                    "report_count": {"type": "integer", "description": "moderators only"},
                    "reported_at": {**TIME_OR_NULL, "description": "moderators only"},
                    "deleted_at": {**TIME_OR_NULL, "description": "moderators only"},
                },
                required=["site", "article_id", "status", "version", "decision"],
            ),
        ]
    },
    "ThreadComment": obj(
        {
            "id": INTEGER,
            "parent_id": nullable(INTEGER),
            "body": {**nullable(STRING), "description": "null when removed"},
            "author": nullable(STRING),
            "created_at": TIME,
            "edited_at": TIME_OR_NULL,
            "removed": {"type": "boolean", "description": "deleted by its author"},
            "replies": {"type": "array", "items": {"$ref": "#/components/schemas/ThreadComment"}},
        }
    ),
    "ThreadPage": obj(
        {
            "article": obj(
                {
                    "id": STRING,
                    "title": nullable(STRING),
                    "open": {"type": "boolean"},
                    "language": STRING,
                }
            ),
            "threads": {"type": "array", "items": ref("ThreadComment")},
            "next": URL_OR_NULL,
        }
    ),
    "OwnComment": obj(
        {
            "id": INTEGER,
            "parent_id": nullable(INTEGER),
            "body": STRING,
            "status": {"enum": ["pending", "published", "held", "rejected"]},
            "version": INTEGER,
            "created_at": TIME,
            "edited_at": TIME_OR_NULL,
            "editable_until": TIME_OR_NULL,
            "decision": nullable(
                obj(
                    {
                        "action": STRING,
                        "by": {"enum": ["system", "moderator"]},
                        "statement": {**nullable(STRING), "description": "statement of reasons"},
                        "labels": {"type": "array", "items": STRING},
                        "at": TIME,
                    }
                )
            ),
        }
    ),
    "Report": obj({"id": INTEGER, "comment_id": INTEGER, "reason": STRING, "created_at": TIME}),
    "ReportState": obj(
        {
            "id": INTEGER,
            "report_count": INTEGER,
            "reported_at": TIME_OR_NULL,
            "deleted_at": TIME_OR_NULL,
        }
    ),
    "Site": obj(
        {
            "slug": STRING,
            "name": STRING,
            "language": {"enum": ["de", "en"]},
            "timezone": STRING,
            "allowed_origins": {"type": "array", "items": STRING},
            "webhook_url": nullable(STRING),
            "webhook_secret_set": {"type": "boolean"},
            "sso_secret_set": {"type": "boolean"},
            "coral_signing_secret_set": {"type": "boolean"},
            "report_threshold": INTEGER,
        }
    ),
    "ApiKey": obj(
        {
            "id": INTEGER,
            "name": STRING,
            "prefix": STRING,
            "active": {"type": "boolean"},
            "created_at": TIME,
            "last_used_at": TIME_OR_NULL,
            "expires_at": TIME_OR_NULL,
            "revoked_at": TIME_OR_NULL,
            "replaces_id": nullable(INTEGER),
        }
    ),
    "IssuedApiKey": {
        "allOf": [ref("ApiKey"), obj({"key": {"type": "string", "description": "shown once"}})]
    },
    "Article": obj(
        {
            "id": STRING,
            "title": nullable(STRING),
            "url": nullable(STRING),
            "open": {"type": "boolean"},
            "closed_at": TIME_OR_NULL,
        }
    ),
    "Delivery": obj(
        {
            "id": INTEGER,
            "event_id": STRING,
            "event": {
                "enum": ["comment.published", "comment.held", "comment.rejected", "comment.deleted"]
            },
            "comment_id": nullable(INTEGER),
            "url": STRING,
            "status": {"enum": ["pending", "delivered", "failed"]},
            "status_code": nullable(INTEGER),
            "attempts": INTEGER,
            "last_error": nullable(STRING),
            "created_at": TIME,
            "last_attempt_at": TIME_OR_NULL,
            "next_attempt_at": TIME_OR_NULL,
            "delivered_at": TIME_OR_NULL,
        }
    ),
    "ApiKeyList": obj({"api_keys": {"type": "array", "items": ref("ApiKey")}}),
    "OwnCommentList": obj({"comments": {"type": "array", "items": ref("OwnComment")}}),
    "DeliveryPage": obj(
        {"deliveries": {"type": "array", "items": ref("Delivery")}, "next": URL_OR_NULL}
    ),
    "WebhookSecret": obj(
        {"webhook_secret": {"type": "string", "description": "shown once; signs deliveries"}}
    ),
    "SsoSecret": obj(
        {"sso_secret": {"type": "string", "description": "shown once; signs SSO tokens (HS256)"}}
    ),
    "DataExport": obj(
        {
            "account": obj(
                {
                    "id": INTEGER,
                    "email": STRING,
                    "display_name": STRING,
                    "role": STRING,
                    "status": STRING,
                    "locale": {**nullable(STRING), "description": "the desk language picked"},
                    "created_at": TIME_OR_NULL,
                }
            ),
            "comments": {
                "type": "array",
                "items": obj(
                    {
                        "id": INTEGER,
                        "site": STRING,
                        "article_id": STRING,
                        "body": STRING,
                        "status": STRING,
                        "created_at": TIME_OR_NULL,
                        "decided_at": TIME_OR_NULL,
                        "statement_of_reasons": nullable(STRING),
                    }
                ),
            },
            "reports": {
                "type": "array",
                "items": obj({"comment_id": INTEGER, "reason": STRING, "created_at": TIME_OR_NULL}),
            },
            "sessions_and_tokens": {
                "type": "array",
                "items": obj(
                    {"kind": STRING, "created_at": TIME_OR_NULL, "expires_at": TIME_OR_NULL}
                ),
            },
            "exported_at": TIME,
        }
    ),
    "OpenApiDocument": obj(
        {
            "openapi": STRING,
            "info": obj({"title": STRING, "version": STRING}),
            "paths": {"type": "object"},
            "components": {"type": "object"},
        },
        required=["openapi", "info", "paths"],
    ),
}
