"""A site's model versions for admins: list with their evaluation, activate one, roll back."""

from __future__ import annotations

from flask import Response, jsonify

from moderation.api import bp
from moderation.api.auth import require_admin
from moderation.services.learning import site_models


@bp.get("/sites/<site>/models")
def list_site_models(site: str) -> Response:
    """Every version of the site's model, newest first, and which one scores its comments."""
    require_admin()
    versions = [site_models.as_dict(model) for model in site_models.list_versions(site)]
    active = next((v["version"] for v in versions if v["status"] == "active"), None)
    response = jsonify(models=versions, active=active)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/sites/<site>/models/<int:version>/activate")
def activate_site_model(site: str, version: int) -> Response:
    """Make ``version`` the active model; 409 if it publishes a threat the shared model held."""
    require_admin()
    return jsonify(model=site_models.as_dict(site_models.activate(site, version)))


@bp.post("/sites/<site>/models/rollback")
def roll_back_site_model(site: str) -> Response:
    """Retire the active version; the one active before it, or the shared model, returns."""
    require_admin()
    model = site_models.rollback(site)
    return jsonify(active=model.version if model else None)
