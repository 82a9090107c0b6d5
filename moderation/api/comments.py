"""Comment endpoints: submit, read one, list a thread, decide."""

from __future__ import annotations

from typing import Any

from flask import Response, jsonify, url_for

from moderation.api import bp
from moderation.api import integration_serializers as out
from moderation.api.auth import current_account, require_account, require_moderator
from moderation.api.caching import fresh_json, may_answer_without_body, versioned_json
from moderation.api.payload import idempotency_key, int_arg, int_field, json_object, string_field
from moderation.api.serializers import private_comment, public_row, timestamp
from moderation.errors import ApiError
from moderation.models import ExampleSource
from moderation.ratelimits import comments_per_account, comments_per_ip
from moderation.services.comments import public_thread, submission
from moderation.services.desk import assignments, decisions

DEFAULT_PAGE_SIZE = 50


@bp.post("/sites/<site>/articles/<article_id>/comments")
@comments_per_ip
@comments_per_account
def submit(site: str, article_id: str) -> tuple[Response, int, dict[str, str]]:
    author = require_account()
    data = json_object()
    new = submission.NewComment(
        body=string_field(data, "body", required=True) or "",
        parent_id=int_field(data, "parent_id"),
        article_title=string_field(data, "article_title"),
        article_url=string_field(data, "article_url"),
        idempotency_key=idempotency_key(),
    )
    comment = submission.submit_comment(author, site, article_id, new)
    location = url_for("api.show", comment_id=comment.id)
    body = private_comment(comment, decision=None)
    return jsonify(body), 202, {"Location": location}


@bp.get("/comments/<int:comment_id>")
def show(comment_id: int) -> Response:
    viewer = current_account()
    comment = submission.visible_comment(comment_id, viewer)
    body = private_comment(comment, submission.latest_decision(comment))
    body["edited_at"] = timestamp(comment.edited_at)
    if viewer is not None and viewer.is_moderator:
        body.update(out.moderation_extras(comment))
    return jsonify(body)


@bp.get("/sites/<site>/articles/<article_id>/comments")
def thread(site: str, article_id: str) -> Response:
    """Published comments oldest first as a flat list (replies name their parent_id)."""
    limit = int_arg("limit", DEFAULT_PAGE_SIZE) or DEFAULT_PAGE_SIZE
    after = int_arg("after", None)
    key = ("thread", site, article_id, after, limit)
    # A page confirmed less than PUBLIC_FRESH_MS ago is answered without the database.
    if (fresh := fresh_json(key)) is not None:
        return fresh
    read: list[Any] = []  # [page, next cursor] once read
    if may_answer_without_body(key):
        version = public_thread.page_version(site, article_id, after=after, limit=limit)
    else:  # the body will be built: read it and its version in one statement
        version, *read = public_thread.page_with_version(site, article_id, after=after, limit=limit)

    def build() -> dict[str, Any]:
        page, next_cursor = read or public_thread.published_page(version, after=after, limit=limit)
        next_url = None
        if next_cursor is not None:
            next_url = url_for(
                "api.thread", site=site, article_id=article_id, after=next_cursor, limit=limit
            )
        return {"comments": [public_row(r) for r in page], "next": next_url}

    # Unchanged pages cost one aggregate query: a 304, or the body cached in this process;
    # any other read costs one statement, the page with its version.
    return versioned_json(key, version.fingerprint, build)


@bp.post("/comments/<int:comment_id>/decision")
def decide(comment_id: int) -> Response:
    moderator = require_moderator()
    data = json_object()
    raw_action = string_field(data, "action", required=True)
    try:
        action = decisions.HumanAction(raw_action)
    except ValueError:
        raise ApiError(422, "invalid", "must be 'approve' or 'reject'", field="action") from None
    version = int_field(data, "version", required=True)
    assert version is not None
    comment = decisions.decide(
        comment_id,
        moderator,
        action,
        seen_version=version,
        reason=string_field(data, "reason"),
        # Moderators decide only on the sites they are assigned to; admins on all.
        scope=assignments.scope_for(moderator),
        source=ExampleSource.API,
    )
    return jsonify(private_comment(comment, submission.latest_decision(comment)))
