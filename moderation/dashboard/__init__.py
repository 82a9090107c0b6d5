"""The moderators' dashboard (HTML): the held queue, decisions, recent activity."""

from flask import Blueprint

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")

from . import views  # noqa: E402,F401  (routes register on import)
