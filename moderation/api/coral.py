"""Coral's external moderation phase: `POST /coral/v1/moderation-phase?key=<site API key>`.

Coral (coralproject/talk) POSTs each new or edited comment to the phase URL and waits up
to the phase's timeout. The answer follows Coral's EXTERNAL_MODERATION_PHASES.md: 204
for "no opinion" (the comment goes on through Coral's own rules), or 200 with
``{"status": "REJECTED" | "SYSTEM_WITHHELD", "actions": [{"actionType": "FLAG",
"reason": "COMMENT_DETECTED_TOXIC"}]}``. If the site stores Coral's signing secret,
the ``X-Coral-Signature`` header (``sha256=<hex HMAC of the raw body>``, possibly
several during a secret rotation) must match.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import re
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from moderation.models import Site
from moderation.scoring.policy import Action, decide
from moderation.services.automod import analysis
from moderation.services.sites import api_keys, registry

bp = Blueprint("coral", __name__, url_prefix="/coral/v1")

_TAG = re.compile(r"<[^>]+>")
_FLAG_TOXIC = {"actionType": "FLAG", "reason": "COMMENT_DETECTED_TOXIC"}
# Coral's staff are not moderated by this phase (Coral's own staff phase approves them).
_STAFF_ROLES = {"STAFF", "MODERATOR", "ADMIN"}


class CoralError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@bp.errorhandler(CoralError)
def _coral_error(error: CoralError) -> tuple[Response, int]:
    return jsonify(error={"code": error.code, "message": error.message}), error.status


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException) -> tuple[Response, int]:
    code = (error.name or "error").lower().replace(" ", "_")
    return jsonify(error={"code": code, "message": error.description}), error.code or 500


@bp.post("/moderation-phase")
def moderation_phase() -> Response | tuple[str, int]:
    site = _site()
    raw = request.get_data(cache=True)
    if site.coral_signing_secret:
        _check_signature(site.coral_signing_secret, raw, request.headers.get("X-Coral-Signature"))
    payload = _payload(raw)
    author = payload.get("author") if isinstance(payload.get("author"), dict) else {}
    if author.get("role") in _STAFF_ROLES:
        return "", 204
    text = _plain_text(payload["comment"]["body"])
    if not text.strip():
        return "", 204
    budget = current_app.config.get("CORAL_PHASE_BUDGET_MS", 1500) / 1000
    try:
        scores = analysis.score_texts([text], deadline=budget, site_id=site.id)[0]
    except (analysis.ScoringTimeout, analysis.ScorerUnavailable):
        # Coral skips a phase that does not answer in time; saying so at once is kinder.
        current_app.logger.warning("coral phase: no score within %.1fs", budget, exc_info=True)
        return "", 204
    verdict = decide(scores, registry.policy_for(site))
    if verdict.action is Action.PUBLISH:
        return "", 204
    status = "REJECTED" if verdict.action is Action.REJECT else "SYSTEM_WITHHELD"
    return jsonify(status=status, actions=[_FLAG_TOXIC])


def _site() -> Site:
    key = (request.args.get("key") or request.headers.get("X-Api-Key") or "").strip()
    site = api_keys.site_for_key(key) if key else None
    if site is None:
        raise CoralError(403, "invalid_api_key", "pass the site's API key as ?key=")
    return site


def _check_signature(secret: str, body: bytes, header: str | None) -> None:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    offered = [
        value
        for name, _, value in (part.strip().partition("=") for part in (header or "").split(","))
        if name == "sha256"
    ]
    if not any(hmac.compare_digest(expected, value) for value in offered):
        raise CoralError(401, "bad_signature", "X-Coral-Signature does not match the body")


def _payload(raw: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(raw or b"null")
    except (ValueError, UnicodeDecodeError):
        raise CoralError(400, "invalid_json", "the body is not JSON") from None
    comment = payload.get("comment") if isinstance(payload, dict) else None
    if not isinstance(comment, dict) or not isinstance(comment.get("body"), str):
        raise CoralError(400, "invalid", "comment.body is required")
    if payload.get("action") not in {"NEW", "EDIT", None}:
        raise CoralError(400, "invalid", "action must be NEW or EDIT")
    return payload


def _plain_text(body: str) -> str:
    # The phase may be configured to send HTML; score what readers read.
    return html.unescape(_TAG.sub(" ", body)).strip()
