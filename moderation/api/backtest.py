"""A site's backtest for admins: its recent comments replayed under proposed settings."""

from __future__ import annotations

from flask import Response, jsonify, request

from moderation.api import bp
from moderation.api.auth import require_admin
from moderation.errors import ApiError
from moderation.services.learning import backtest, retraining

FIELDS = {"days", "hold_thresholds", "reject_thresholds", "model_version"}


@bp.post("/sites/<site>/backtest")
def run_backtest(site: str) -> Response:
    """Outcomes now and as proposed, the moves, and the moderators' decisions on them."""
    require_admin()
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ApiError(400, "invalid", "the body must be a JSON object", field="body")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ApiError(400, "invalid", "unknown field", field=unknown[0])
    for name in ("hold_thresholds", "reject_thresholds"):
        if data.get(name) is not None and not isinstance(data[name], dict):
            raise ApiError(400, "invalid", "must be an object of label: threshold", field=name)
    answer = backtest.backtest(
        site,
        retraining.configured_scorer(),
        days=data.get("days", 7),
        hold_thresholds=data.get("hold_thresholds"),
        reject_thresholds=data.get("reject_thresholds"),
        model_version=data.get("model_version"),
    )
    response = jsonify(answer)
    response.headers["Cache-Control"] = "no-store"
    return response
