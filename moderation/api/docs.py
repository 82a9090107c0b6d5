"""The API reference as a server-rendered page at /api/docs, built from the OpenAPI document."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, render_template

from moderation.api.openapi.document import document

bp = Blueprint("api_docs", __name__)

METHODS = ("get", "post", "patch", "put", "delete")


@bp.get("/api/docs")
def api_docs() -> str:
    spec = document()
    groups: dict[str, list[dict[str, Any]]] = {tag["name"]: [] for tag in spec["tags"]}
    for path, operations in spec["paths"].items():
        for method in METHODS:
            if method in operations:
                operation = operations[method]
                groups[operation["tags"][0]].append(_entry(path, method, operation))
    return render_template(
        "api/docs.html",
        spec=spec,
        groups=groups,
        schemas={name: _pretty(schema) for name, schema in spec["components"]["schemas"].items()},
    )


def _entry(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    return {
        "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", ""),
        "method": method.upper(),
        "path": path,
        "summary": operation["summary"],
        "description": operation.get("description", ""),
        "auth": [next(iter(s)) for s in operation.get("security", [])],
        "parameters": operation.get("parameters", []),
        "body": _pretty(body["schema"]) if body else None,
        "responses": [
            (code, response["description"], _schema_name(response))
            for code, response in operation["responses"].items()
        ],
    }


def _schema_name(response: dict[str, Any]) -> str | None:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    reference = schema.get("$ref", "")
    return reference.rsplit("/", 1)[-1] or None


def _pretty(schema: Any) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False)
