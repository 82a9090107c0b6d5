"""Conditional GETs for public reads: a strong ETag over the body, 304 on If-None-Match."""

from __future__ import annotations

import hashlib
from typing import Any

from flask import Response, current_app, jsonify, request


def cached_json(payload: Any) -> Response:
    """``payload`` as JSON that browsers and CDNs may cache briefly and then revalidate."""
    response = jsonify(payload)
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    response.cache_control.public = True
    response.cache_control.max_age = int(current_app.config.get("PUBLIC_CACHE_SECONDS", 15))
    return response.make_conditional(request)
