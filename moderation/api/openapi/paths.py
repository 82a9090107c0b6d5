"""OpenAPI paths for readers, public reads and moderators under /api/v1."""

from __future__ import annotations

from moderation.api.openapi.ops import (
    AFTER_P,
    ARTICLE_P,
    CACHED,
    COMMENT_P,
    ETAG_P,
    INT,
    LIMIT_P,
    MODERATOR,
    READER,
    SITE_P,
    STR,
    body,
    op,
    param,
)
from moderation.api.openapi.schemas import Schema

_REPORT_REASONS = ["spam", "insult", "hate", "threat", "misinformation", "off_topic", "other"]

READER_PATHS: dict[str, dict[str, Schema]] = {
    "/api/v1/auth/token": {
        "post": op(
            "Exchange email and password for a bearer token",
            "Readers",
            ok=(201, "Token"),
            body=body({"email": STR, "password": STR}, ["email", "password"]),
            errors=(400, 401, 415, 422, 429),
        )
    },
    "/api/v1/me/export": {
        "get": op(
            "Export everything stored about the calling account (GDPR Art. 15/20)",
            "Readers",
            ok=(200, "DataExport"),
            security=READER,
            errors=(401,),
        )
    },
    "/api/v1/me": {
        "delete": op(
            "Erase the calling account (GDPR Art. 17): anonymised, logins ended",
            "Readers",
            ok=(204, None),
            security=READER,
            body=body({"confirm": {"type": "string", "enum": ["DELETE"]}}, ["confirm"]),
            errors=(400, 401, 415, 422),
        )
    },
    "/api/v1/auth/sso": {
        "post": op(
            "Exchange a site's SSO token (HS256 JWT) for a bearer token",
            "Readers",
            ok=(201, "SsoToken"),
            body=body({"site": STR, "token": STR}, ["site", "token"]),
            errors=(400, 401, 403, 404, 415, 422, 429),
            description="401 codes name the reason: sso_expired, sso_replayed, "
            "sso_bad_signature, sso_algorithm_not_allowed, sso_wrong_site, sso_malformed, "
            "sso_missing_claim, sso_lifetime_too_long, sso_not_yet_valid, sso_invalid.",
        )
    },
    "/api/v1/sites/{site}/articles/{article_id}/comments": {
        "post": op(
            "Submit a comment or a reply (queued for scoring)",
            "Readers",
            ok=(202, "PrivateComment"),
            security=READER,
            params=[SITE_P, ARTICLE_P, param("Idempotency-Key", "header", STR)],
            body=body(
                {
                    "body": {"type": "string", "maxLength": 5000},
                    "parent_id": INT,
                    "article_title": STR,
                    "article_url": STR,
                },
                ["body"],
            ),
            errors=(400, 401, 403, 404, 409, 413, 415, 422, 429),
            description="403 `article_closed` when the article is closed for comments.",
        ),
        "get": op(
            "Published comments of an article, oldest first, as a flat list",
            "Public",
            ok=(200, "CommentPage"),
            params=[SITE_P, ARTICLE_P, LIMIT_P, AFTER_P, ETAG_P],
            errors=(400, 404),
            description=CACHED,
        ),
    },
    "/api/v1/sites/{site}/articles/{article_id}/threads": {
        "get": op(
            "Top-level comments with nested replies (the widget's read)",
            "Public",
            ok=(200, "ThreadPage"),
            params=[SITE_P, ARTICLE_P, LIMIT_P, AFTER_P, ETAG_P],
            errors=(400, 404),
            description=CACHED,
        )
    },
    "/api/v1/sites/{site}/articles/{article_id}/comments/mine": {
        "get": op(
            "The caller's comments under an article in every status",
            "Readers",
            ok=(200, "OwnCommentList"),
            security=READER,
            params=[SITE_P, ARTICLE_P],
            errors=(401, 404),
        )
    },
    "/api/v1/comments/{comment_id}": {
        "get": op(
            "One comment as its author or a moderator sees it",
            "Readers",
            ok=(200, "PrivateComment"),
            security=READER,
            params=[COMMENT_P],
            errors=(401, 404),
        ),
        "patch": op(
            "Edit one's own comment within the edit window (scored again)",
            "Readers",
            ok=(202, "PrivateComment"),
            security=READER,
            params=[COMMENT_P],
            body=body({"body": STR, "version": INT}, ["body"]),
            errors=(400, 401, 403, 404, 409, 415, 422, 429),
        ),
        "delete": op(
            "Delete one's own comment (threads show it as removed)",
            "Readers",
            ok=(204, None),
            security=READER,
            params=[COMMENT_P],
            errors=(401, 403, 404, 429),
        ),
    },
    "/api/v1/comments/{comment_id}/reports": {
        "post": op(
            "Report a published comment (once per reader)",
            "Readers",
            ok=(201, "Report"),
            security=READER,
            params=[COMMENT_P],
            body=body(
                {"reason": {"enum": _REPORT_REASONS}, "note": {"type": "string", "maxLength": 500}},
                ["reason"],
            ),
            errors=(400, 401, 403, 404, 409, 415, 422, 429),
        ),
        "delete": op(
            "Keep a reported comment: resolve its reports (moderators)",
            "Moderation",
            ok=(200, "ReportState"),
            security=MODERATOR,
            params=[COMMENT_P],
            errors=(401, 403, 404),
        ),
    },
    "/api/v1/comments/{comment_id}/decision": {
        "post": op(
            "Approve or reject a comment (moderators)",
            "Moderation",
            ok=(200, "PrivateComment"),
            security=MODERATOR,
            params=[COMMENT_P],
            body=body(
                {"action": {"enum": ["approve", "reject"]}, "version": INT, "reason": STR},
                ["action", "version"],
            ),
            errors=(400, 401, 403, 404, 409, 415, 422),
        )
    },
}
