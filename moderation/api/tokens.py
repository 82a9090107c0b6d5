"""API token issuance: email + password in, a bearer token out."""

from __future__ import annotations

from datetime import timedelta

from flask import Response, current_app, jsonify

from moderation.api import bp
from moderation.api.payload import json_object, string_field
from moderation.api.serializers import timestamp
from moderation.ratelimits import login_per_account, login_per_ip
from moderation.security import carries_secret
from moderation.services.accounts import credentials


@bp.post("/auth/token")
@carries_secret
@login_per_ip
@login_per_account
def issue_token() -> tuple[Response, int]:
    data = json_object()
    email = string_field(data, "email", required=True) or ""
    password = string_field(data, "password", required=True) or ""
    account = credentials.authenticate(email, password)
    lifetime = timedelta(hours=current_app.config["API_TOKEN_TTL_HOURS"])
    token, expires_at = credentials.issue_api_token(account, lifetime)
    body = jsonify(
        token=token,
        expires_at=timestamp(expires_at),
        token_type="Bearer",  # noqa: S106 (the scheme's name, not a secret)
    )
    return body, 201
