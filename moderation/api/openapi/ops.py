"""Building blocks for the OpenAPI description: parameters, bodies, operations."""

from __future__ import annotations

from typing import Any

from moderation.api.openapi.schemas import Schema, ref

READER = [{"readerToken": []}]
SITE = [{"siteKey": []}, {"siteBearer": []}, {"readerToken": []}]
MODERATOR = [{"readerToken": []}]
QUERY_KEY = [{"queryKey": []}]
JSON = "application/json"


def param(name: str, where: str, schema: Schema, description: str = "", **kw: Any) -> Schema:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "schema": schema,
        "description": description,
        **kw,
    }


SITE_P = param("site", "path", {"type": "string", "maxLength": 64}, "the site's slug")
ARTICLE_P = param(
    "article_id", "path", {"type": "string", "maxLength": 200}, "the site's id of the article"
)
COMMENT_P = param("comment_id", "path", {"type": "integer", "minimum": 1})
KEY_P = param("key_id", "path", {"type": "integer", "minimum": 1})
LIMIT_P = param("limit", "query", {"type": "integer", "minimum": 1, "maximum": 100})
AFTER_P = param("after", "query", {"type": "integer", "minimum": 0}, "cursor: from `next`")
BEFORE_P = param("before", "query", {"type": "integer", "minimum": 0}, "cursor: from `next`")
QUERY_KEY_P = param("key", "query", {"type": "string"}, "the site's API key")
ETAG_P = param("If-None-Match", "header", {"type": "string"}, "an ETag from an earlier read")


def body(properties: dict[str, Schema], required: list[str]) -> Schema:
    schema = {"type": "object", "properties": properties, "required": required}
    return {"required": True, "content": {JSON: {"schema": schema}}}


def op(
    summary: str,
    tag: str,
    *,
    ok: tuple[int, str | None] = (200, None),
    security: list[dict[str, list[str]]] | None = None,
    params: list[Schema] | None = None,
    body: Schema | None = None,
    errors: tuple[int, ...] = (400, 404, 422),
    description: str = "",
    error_schema: str = "Error",
    empty: tuple[int, str] | None = None,
) -> Schema:
    """One operation. ``ok`` is the success status and its body's schema (None only for 204);
    ``empty`` another success that has no body, with what it means."""
    status, schema = ok
    success: Schema = {"description": "success"}
    if schema is not None:
        success["content"] = {JSON: {"schema": ref(schema)}}
    elif status != 204:
        raise ValueError(f"a {status} answer has a body: give its schema")
    responses: dict[str, Schema] = {str(status): success}
    if empty is not None:
        responses[str(empty[0])] = {"description": empty[1]}
    for code in errors:
        responses[str(code)] = {
            "description": "error",
            "content": {JSON: {"schema": ref(error_schema)}},
        }
    operation: Schema = {
        "summary": summary,
        "tags": [tag],
        "parameters": params or [],
        "responses": responses,
        "security": security if security is not None else [],
    }
    if description:
        operation["description"] = description
    if body is not None:
        operation["requestBody"] = body
    return operation


STR: Schema = {"type": "string"}
INT: Schema = {"type": "integer"}
CACHED = "Cacheable: `ETag` and `Cache-Control: public`; send `If-None-Match` for a 304."
