"""SSO exchange: a site's signed token for a reader in, an API bearer token out."""

from __future__ import annotations

from flask import Response, jsonify

from moderation.api import bp
from moderation.api.payload import json_object, no_unknown_fields, string_field
from moderation.api.serializers import timestamp
from moderation.ratelimits import sso_exchanges
from moderation.security import carries_secret
from moderation.services.accounts import sso


@bp.post("/auth/sso")
@carries_secret
@sso_exchanges
def sso_exchange() -> tuple[Response, int]:
    data = json_object()
    no_unknown_fields(data, {"site", "token"})
    site = string_field(data, "site", required=True) or ""
    token = string_field(data, "token", required=True) or ""
    signed_in = sso.exchange(site, token)
    account = signed_in.account
    body = jsonify(
        token=signed_in.token,
        token_type="Bearer",  # noqa: S106 (the scheme's name, not a secret)
        expires_at=timestamp(signed_in.expires_at),
        account={
            "id": account.id,
            "display_name": account.display_name,
            "may_comment": account.may_comment,
            "created": signed_in.created,
        },
    )
    return body, 201
