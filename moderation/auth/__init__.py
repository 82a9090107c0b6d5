"""Browser sign-in: register, log in, log out; the session loader and role guards."""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/auth")

from moderation.auth import views  # noqa: E402,F401  (routes register on import)
