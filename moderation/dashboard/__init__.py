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


@bp.app_template_global("reason_texts")
def _reason_texts(details: dict[str, Any] | None) -> list[str]:
    from moderation.dashboard.reasons import reason_texts

    return reason_texts(details)


@bp.app_template_global("event_reason")
def _event_reason(event: Any) -> str:
    from moderation.dashboard.reasons import event_reason

    return event_reason(event)


@bp.app_template_global("model_name")
def _model_name(judge: Any, site_name: str) -> str:
    from moderation.dashboard.judges import model_name

    return model_name(judge, site_name)


@bp.app_template_global("highlight_weights")
def _highlight_weights() -> tuple[float, float]:
    from moderation.dashboard.highlight import MARK_WEIGHT, STRONG_WEIGHT

    return MARK_WEIGHT, STRONG_WEIGHT


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
