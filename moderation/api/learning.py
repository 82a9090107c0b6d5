"""A site's training examples for admins: export as JSON pages or one CSV, erase."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from flask import Response, jsonify, request, stream_with_context, url_for

from moderation.api import bp
from moderation.api.auth import require_admin
from moderation.api.payload import int_arg
from moderation.errors import ApiError
from moderation.scoring.labels import LABELS
from moderation.services.learning import examples
from moderation.services.sites import registry

DEFAULT_PAGE = 100
CSV_COLUMNS = [
    "id",
    "source",
    "label",
    "text",
    "language",
    "reason",
    "reason_code",
    "decided_by",
    "decided_at",
    *(f"score_{label}" for label in LABELS),
    "scorer_name",
    "scorer_version",
    "comment_id",
    "external_comment_id",
    "superseded_at",
]


@bp.get("/sites/<site>/training-examples")
def export_training_examples(site: str) -> Response:
    """The site's examples in id order: current labels only, or ``include=all`` for history."""
    require_admin()
    include_superseded = _include()
    wanted = request.args.get("format", "json")
    if wanted == "csv":
        registry.get_site(site)  # a 404 before the streaming starts
        response = Response(
            stream_with_context(_csv(site, include_superseded)), mimetype="text/csv"
        )
        response.headers["Content-Disposition"] = (
            f'attachment; filename="{site}-training-examples.csv"'
        )
        response.headers["Cache-Control"] = "no-store"
        return response
    if wanted != "json":
        raise ApiError(400, "invalid", "must be 'json' or 'csv'", field="format")
    limit = int_arg("limit", DEFAULT_PAGE) or DEFAULT_PAGE
    page, cursor = examples.export_page(
        site, after=int_arg("after", None), limit=limit, include_superseded=include_superseded
    )
    next_url = None
    if cursor is not None:
        next_url = url_for(
            "api.export_training_examples",
            site=site,
            after=cursor,
            limit=limit,
            include="all" if include_superseded else "current",
        )
    response = jsonify(examples=[examples.as_row(row) for row in page], next=next_url)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.delete("/sites/<site>/training-examples")
def erase_training_examples(site: str) -> Response:
    """Delete the site's examples: all of them, or those of one comment."""
    require_admin()
    external = request.args.get("external_comment_id") or None
    if external is not None and len(external) > 200:
        raise ApiError(
            400, "invalid", "must be at most 200 characters", field="external_comment_id"
        )
    deleted = examples.erase_site_examples(
        site, comment_id=int_arg("comment_id", None), external_comment_id=external
    )
    return jsonify(deleted=deleted)


def _include() -> bool:
    raw = request.args.get("include", "current")
    if raw not in ("current", "all"):
        raise ApiError(400, "invalid", "must be 'current' or 'all'", field="include")
    return raw == "all"


def _csv(site: str, include_superseded: bool) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for example in examples.iter_examples(site, include_superseded=include_superseded):
        writer.writerow(_flat(examples.as_row(example)))
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    scores = row.pop("scores") or {}
    return {**row, **{f"score_{label}": scores.get(label) for label in LABELS}}
