"""The JSON API blueprint (/api/v1): bearer-token or session auth, JSON errors, no form CSRF."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

# Routes register on import; reader, sites and sso are the news-site integration.
from moderation.api import (  # noqa: E402,F401
    backtest,
    comments,
    cors,
    learning,
    me,
    operating_points,
    reader,
    site_models,
    sites,
    sso,
    tokens,
)
from moderation.api.openapi import document  # noqa: E402,F401

cors.init_app(bp)
