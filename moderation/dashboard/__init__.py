"""The moderators' dashboard (HTML): queues, one comment in context, audit, statistics, admin."""

from typing import Any

from flask import Blueprint

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")


@bp.context_processor
def _desk_context() -> dict[str, Any]:
    from moderation.dashboard.common import pending_undo

    return {"undo_offer": pending_undo()}


@bp.app_template_global("body_pieces")
def _body_pieces(body: str, explanation: dict[str, Any] | None) -> list[Any]:
    # A global, not context: the macros in _macros.html are imported without context.
    from moderation.dashboard.highlight import pieces

    return pieces(body, explanation)


# Routes register on import.
from moderation.dashboard import (  # noqa: E402,F401
    actions,
    admin,
    admin_models,
    admin_sites,
    audit,
    authors,
    comment,
    queue,
    reported,
    stats,
)
