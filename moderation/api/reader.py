"""Reader endpoints beyond posting: threads, own comments, edit, delete, report."""

from __future__ import annotations

from flask import Response, jsonify, url_for

from moderation.api import bp
from moderation.api import integration_serializers as out
from moderation.api.auth import require_account, require_moderator
from moderation.api.caching import cached_json
from moderation.api.payload import int_arg, int_field, json_object, no_unknown_fields, string_field
from moderation.api.serializers import private_comment, timestamp
from moderation.ratelimits import reader_actions
from moderation.services.comments import edits, reports, threads

DEFAULT_PAGE_SIZE = 20


@bp.get("/sites/<site>/articles/<article_id>/threads")
def threads_page(site: str, article_id: str) -> Response:
    """Top-level comments with their replies, for the widget; cacheable, revalidated by ETag."""
    limit = int_arg("limit", DEFAULT_PAGE_SIZE) or DEFAULT_PAGE_SIZE
    page = threads.thread_page(site, article_id, after=int_arg("after", None), limit=limit)
    next_url = None
    if page.next_cursor is not None:
        next_url = url_for(
            "api.threads_page",
            site=site,
            article_id=article_id,
            after=page.next_cursor,
            limit=limit,
        )
    return cached_json(
        {
            "article": out.article(page.site, page.article, article_id),
            "threads": [out.thread(node) for node in page.threads],
            "next": next_url,
        }
    )


@bp.get("/sites/<site>/articles/<article_id>/comments/mine")
def own_comments(site: str, article_id: str) -> Response:
    """The caller's comments under the article in every status, with statements of reasons."""
    author = require_account()
    window = edits.edit_window()
    entries = threads.own_comments(author, site, article_id)
    response = jsonify(comments=[out.own_comment(entry, window) for entry in entries])
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.patch("/comments/<int:comment_id>")
@reader_actions
def edit(comment_id: int) -> tuple[Response, int]:
    author = require_account()
    data = json_object()
    no_unknown_fields(data, {"body", "version"})
    comment = edits.edit_comment(
        author,
        comment_id,
        string_field(data, "body", required=True) or "",
        seen_version=int_field(data, "version"),
    )
    body = private_comment(comment, decision=None)
    body["edited_at"] = timestamp(comment.edited_at)
    return jsonify(body), 202


@bp.delete("/comments/<int:comment_id>")
@reader_actions
def delete(comment_id: int) -> tuple[str, int]:
    edits.delete_comment(require_account(), comment_id)
    return "", 204


@bp.post("/comments/<int:comment_id>/reports")
@reader_actions
def report(comment_id: int) -> tuple[Response, int]:
    reporter = require_account()
    data = json_object()
    no_unknown_fields(data, {"reason", "note"})
    result = reports.report(
        reporter,
        comment_id,
        string_field(data, "reason", required=True) or "",
        string_field(data, "note"),
    )
    entry = result.report
    return jsonify(
        id=entry.id,
        comment_id=comment_id,
        reason=entry.reason.value,
        created_at=timestamp(entry.created_at),
    ), 201


@bp.delete("/comments/<int:comment_id>/reports")
def dismiss_reports(comment_id: int) -> Response:
    """A moderator keeps a reported comment: its open reports are resolved, the flag cleared."""
    comment = reports.dismiss(require_moderator(), comment_id)
    return jsonify(id=comment.id, **out.moderation_extras(comment))
