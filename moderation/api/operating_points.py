"""A site's operating point for admins: the curve, the thresholds two tolerances allow, apply."""

from __future__ import annotations

from flask import Response, jsonify, request

from moderation.api import bp
from moderation.api.auth import require_admin
from moderation.errors import ApiError
from moderation.services.learning import operating_points, retraining


@bp.get("/sites/<site>/operating-point")
def get_operating_point(site: str) -> Response:
    """Automation against both error rates on the site's examples, and the derived point."""
    require_admin()
    tolerances = operating_points.Tolerances.parse(dict(request.args))
    answer = operating_points.operating_point(site, retraining.configured_scorer(), tolerances)
    response = jsonify(answer)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/sites/<site>/operating-point")
def apply_operating_point(site: str) -> Response:
    """Write the derived thresholds into the site's policy; 409 with too few examples."""
    require_admin()
    data = request.get_json(silent=True)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ApiError(400, "invalid", "the body must be a JSON object", field="body")
    tolerances = operating_points.Tolerances.parse(data)
    return jsonify(operating_points.apply(site, retraining.configured_scorer(), tolerances))
