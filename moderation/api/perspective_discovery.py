"""Google's discovery document for the Perspective drop-in (`commentanalyzer` `v1alpha1`).

google-api-python-client builds its client from this document:
``discovery.build("commentanalyzer", "v1alpha1", developerKey=KEY,
discoveryServiceUrl="https://HOST/$discovery/rest?version=v1alpha1", static_discovery=False)``
finds ``comments().analyze()`` and ``comments().suggestscore()`` here, pointed at this host.
Served at the path Perspective's own host uses and at the classic discovery path.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify, request

from moderation.services.automod import analysis

bp = Blueprint("perspective_discovery", __name__)

API, VERSION = "commentanalyzer", "v1alpha1"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": name}


def _object(name: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"id": name, "type": "object", "properties": properties}


_STRING, _BOOL, _NUMBER = {"type": "string"}, {"type": "boolean"}, {"type": "number"}
_STRINGS = {"type": "array", "items": _STRING}

SCHEMAS = {
    "TextEntry": _object("TextEntry", {"text": _STRING, "type": _STRING}),
    "AttributeParameters": _object(
        "AttributeParameters", {"scoreThreshold": _NUMBER, "scoreType": _STRING}
    ),
    "Score": _object("Score", {"value": _NUMBER, "type": _STRING}),
    "SpanScore": _object(
        "SpanScore",
        {"begin": {"type": "integer"}, "end": {"type": "integer"}, "score": _ref("Score")},
    ),
    "AttributeScores": _object(
        "AttributeScores",
        {
            "summaryScore": _ref("Score"),
            "spanScores": {"type": "array", "items": _ref("SpanScore")},
        },
    ),
    "AnalyzeCommentRequest": _object(
        "AnalyzeCommentRequest",
        {
            "comment": _ref("TextEntry"),
            "requestedAttributes": {
                "type": "object",
                "additionalProperties": _ref("AttributeParameters"),
            },
            "languages": _STRINGS,
            "doNotStore": _BOOL,
            "spanAnnotations": _BOOL,
            "clientToken": _STRING,
            "communityId": _STRING,
            "sessionId": _STRING,
        },
    ),
    "AnalyzeCommentResponse": _object(
        "AnalyzeCommentResponse",
        {
            "attributeScores": {"type": "object", "additionalProperties": _ref("AttributeScores")},
            "languages": _STRINGS,
            "detectedLanguages": _STRINGS,
            "clientToken": _STRING,
        },
    ),
    "SuggestCommentScoreRequest": _object(
        "SuggestCommentScoreRequest",
        {
            "comment": _ref("TextEntry"),
            "attributeScores": {"type": "object", "additionalProperties": _ref("AttributeScores")},
            "languages": _STRINGS,
            "clientToken": _STRING,
            "communityId": _STRING,
            "sessionId": _STRING,
        },
    ),
    "SuggestCommentScoreResponse": _object(
        "SuggestCommentScoreResponse",
        {"detectedLanguages": _STRINGS, "requestedLanguages": _STRINGS, "clientToken": _STRING},
    ),
}


def _method(name: str, request_schema: str, response_schema: str, description: str) -> dict:
    return {
        "id": f"{API}.comments.{name}",
        "path": f"{VERSION}/comments:{name}",
        "flatPath": f"{VERSION}/comments:{name}",
        "httpMethod": "POST",
        "description": description,
        "parameters": {},
        "parameterOrder": [],
        "request": _ref(request_schema),
        "response": _ref(response_schema),
    }


def document(root_url: str) -> dict[str, Any]:
    """The REST description with ``root_url`` (this host, ending in "/") as its root."""
    return {
        "kind": "discovery#restDescription",
        "discoveryVersion": "v1",
        "id": f"{API}:{VERSION}",
        "name": API,
        "version": VERSION,
        "title": "Perspective Comment Analyzer API (this service's drop-in)",
        "description": "Scores comments with this service's model; nothing is stored. "
        f"Attributes: {', '.join(analysis.ATTRIBUTES)}. Languages: "
        f"{', '.join(analysis.LANGUAGES)}.",
        "protocol": "rest",
        "rootUrl": root_url,
        "servicePath": "",
        "baseUrl": root_url,
        "batchPath": "batch",
        "parameters": {
            "key": {
                "type": "string",
                "location": "query",
                "description": "the site's API key",
            },
            "alt": {
                "type": "string",
                "location": "query",
                "default": "json",
                "enum": ["json"],
                "enumDescriptions": ["JSON answers"],
            },
            "fields": {"type": "string", "location": "query"},
            "prettyPrint": {"type": "boolean", "location": "query", "default": "true"},
        },
        "schemas": SCHEMAS,
        "resources": {
            "comments": {
                "methods": {
                    "analyze": _method(
                        "analyze",
                        "AnalyzeCommentRequest",
                        "AnalyzeCommentResponse",
                        "Scores a comment for the requested attributes.",
                    ),
                    "suggestscore": _method(
                        "suggestscore",
                        "SuggestCommentScoreRequest",
                        "SuggestCommentScoreResponse",
                        "Accepts a suggested score; nothing is stored.",
                    ),
                }
            }
        },
    }


@bp.get("/$discovery/rest")
@bp.get(f"/discovery/v1/apis/{API}/<version>/rest")
def discovery(version: str | None = None) -> Response | tuple[Response, int]:
    asked = version or request.args.get("version", VERSION)
    if asked != VERSION:
        return jsonify(
            error={"code": 404, "message": f"No API {API} {asked}.", "status": "NOT_FOUND"}
        ), 404
    response = jsonify(document(request.host_url))
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    return response
