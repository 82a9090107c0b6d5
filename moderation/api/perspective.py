"""Perspective-compatible endpoints under /v1alpha1, authenticated by a site API key (?key=).

Clients written for Google's Perspective API switch by changing the base URL and key.
Requests and answers follow Perspective's shapes; errors use Google's error body:
``{"error": {"code": 400, "message": "...", "status": "INVALID_ARGUMENT", "details":
[{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [{"field",
"description"}]}]}}``, the details naming the field at fault. ``comments:analyze`` stores
nothing (``doNotStore`` is accepted and always honoured); ``comments:suggestscore`` stores a
moderation decision as the key's site's training example. Google's client finds both methods
through moderation/api/perspective_discovery.py.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from moderation.models import Site
from moderation.ratelimits import analyses, suggestions
from moderation.services.automod import analysis
from moderation.services.errors import InvalidInput
from moderation.services.learning import feedback
from moderation.services.sites import api_keys

bp = Blueprint("perspective", __name__, url_prefix="/v1alpha1")

MAX_TEXT_BYTES = 20 * 1024  # Perspective's own limit
DEADLINE_SECONDS = 10.0
_STATUS = {
    400: "INVALID_ARGUMENT",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "INVALID_ARGUMENT",
    413: "INVALID_ARGUMENT",
    415: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


_BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"


class PerspectiveError(Exception):
    def __init__(self, code: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.field = code, message, field


def error_body(code: int, message: str, field: str | None = None) -> Response:
    error: dict[str, Any] = {
        "code": code,
        "message": message,
        "status": _STATUS.get(code, "UNKNOWN"),
    }
    if field:
        violation = {"field": field, "description": message}
        error["details"] = [{"@type": _BAD_REQUEST, "fieldViolations": [violation]}]
    response = jsonify(error=error)
    response.status_code = code
    return response


@bp.errorhandler(PerspectiveError)
def _perspective_error(error: PerspectiveError) -> Response:
    return error_body(error.code, error.message, error.field)


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException) -> Response:
    return error_body(error.code or 500, error.description or error.name)


def _api_key() -> str:
    return (
        request.args.get("key")
        or request.headers.get("X-Goog-Api-Key")
        or request.headers.get("X-Api-Key")
        or ""
    ).strip()


@bp.post("/comments:analyze")
@analyses
def analyze() -> Response:
    site = _site()
    data = _json_body()
    text = _comment_text(data)
    requested = _requested_attributes(data)
    languages = _languages(data, text)
    per_sentence = data.get("spanAnnotations") is True
    try:
        result = analysis.analyse(
            text, per_sentence=per_sentence, deadline=DEADLINE_SECONDS, site_id=site.id
        )
    except analysis.ScoringTimeout:
        raise PerspectiveError(504, "Scoring took too long; retry.") from None
    except analysis.ScorerUnavailable:
        current_app.logger.exception("analyze: scorer unavailable")
        raise PerspectiveError(503, "The scorer is unavailable; retry later.") from None
    scores: dict[str, Any] = {}
    for attribute, threshold in requested.items():
        label = analysis.ATTRIBUTES[attribute]
        summary = result.summary[label]
        if threshold is not None and summary < threshold:
            continue  # Perspective leaves out attributes under the requested scoreThreshold
        scores[attribute] = {
            "spanScores": [
                {"begin": s.begin, "end": s.end, "score": _probability(s.scores[label])}
                for s in result.spans
            ],
            "summaryScore": _probability(summary),
        }
    body: dict[str, Any] = {"attributeScores": scores, "languages": languages["languages"]}
    if languages.get("detected"):
        body["detectedLanguages"] = languages["languages"]
    if isinstance(data.get("clientToken"), str):
        body["clientToken"] = data["clientToken"]
    return jsonify(body)


@bp.post("/comments:suggestscore")
@suggestions
def suggestscore() -> Response:
    """A client's moderation decision, stored as the key's site's training example."""
    site = _site()
    try:
        suggestion = feedback.parse(_json_body())
    except InvalidInput as error:
        raise PerspectiveError(400, error.message, field=error.field) from None
    feedback.suggest(site, suggestion)
    # Perspective answers with the clientToken alone; Coral checks that it came back.
    return jsonify({"clientToken": suggestion.client_token} if suggestion.client_token else {})


def _site() -> Site:
    key = _api_key()
    if not key:
        raise PerspectiveError(403, "The request is missing a valid API key.")
    site = api_keys.site_for_key(key)
    if site is None:
        raise PerspectiveError(403, "API key not valid. Please pass a valid API key.")
    return site


def _probability(value: float) -> dict[str, Any]:
    return {"value": round(value, 6), "type": "PROBABILITY"}


def _json_body() -> dict[str, Any]:
    try:
        data = json.loads(request.get_data(cache=True) or b"null")
    except (ValueError, UnicodeDecodeError):
        raise PerspectiveError(400, "Invalid JSON payload received.") from None
    if not isinstance(data, dict):
        raise PerspectiveError(400, "Invalid JSON payload received. Expected an object.")
    return data


def _comment_text(data: dict[str, Any]) -> str:
    comment = data.get("comment")
    text = comment.get("text") if isinstance(comment, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise PerspectiveError(
            400, "Comment must be specified: comment.text is required.", "comment.text"
        )
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        raise PerspectiveError(400, "comment.text is not valid Unicode.", "comment.text") from None
    if size > MAX_TEXT_BYTES:
        raise PerspectiveError(
            400, f"Comment text too long (max {MAX_TEXT_BYTES} bytes).", "comment.text"
        )
    return text


def _requested_attributes(data: dict[str, Any]) -> dict[str, float | None]:
    raw = data.get("requestedAttributes")
    if not isinstance(raw, dict) or not raw:
        raise PerspectiveError(
            400, "Request must specify at least one attribute.", "requestedAttributes"
        )
    out: dict[str, float | None] = {}
    for name, options in raw.items():
        if name not in analysis.ATTRIBUTES:
            raise PerspectiveError(
                400, f"Requested attribute {name} does not exist.", f"requestedAttributes.{name}"
            )
        threshold = options.get("scoreThreshold") if isinstance(options, dict) else None
        if threshold is not None and (
            isinstance(threshold, bool) or not isinstance(threshold, int | float)
        ):
            raise PerspectiveError(
                400,
                f"scoreThreshold of {name} must be a number.",
                f"requestedAttributes.{name}.scoreThreshold",
            )
        out[name] = float(threshold) if threshold is not None else None
    return out


def _languages(data: dict[str, Any], text: str) -> dict[str, Any]:
    raw = data.get("languages")
    if raw is None or raw == []:
        return {"languages": [analysis.detect_language(text)], "detected": True}
    if not isinstance(raw, list) or not all(isinstance(code, str) for code in raw):
        raise PerspectiveError(400, "languages must be a list of language codes.", "languages")
    codes = [code.lower().split("-", 1)[0] for code in raw]
    unsupported = [raw[i] for i, code in enumerate(codes) if code not in analysis.LANGUAGES]
    if unsupported:
        attribute = next(iter(data.get("requestedAttributes") or {"TOXICITY": 0}))
        raise PerspectiveError(
            400,
            f"Attribute {attribute} does not support request languages: {', '.join(unsupported)}",
            "languages",
        )
    return {"languages": list(dict.fromkeys(codes))}
