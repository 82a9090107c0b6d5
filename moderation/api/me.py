"""The caller's own data: export it, or erase the account (GDPR)."""

from __future__ import annotations

from flask import Response, jsonify

from moderation.api import bp
from moderation.api.auth import require_account
from moderation.api.payload import json_object, string_field
from moderation.services.accounts import privacy


@bp.get("/me/export")
def export_my_data() -> Response:
    response = jsonify(privacy.export(require_account()))
    response.headers["Content-Disposition"] = 'attachment; filename="my-comment-data.json"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.delete("/me")
def erase_me() -> tuple[str, int]:
    account = require_account()
    privacy.erase(account, string_field(json_object(), "confirm", required=True) or "")
    return "", 204
