"""The JSON API blueprint (/api/v1): bearer-token or session auth, JSON errors, no form CSRF."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from . import comments, tokens  # noqa: E402,F401  (routes register on import)
