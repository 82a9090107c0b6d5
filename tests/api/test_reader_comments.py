"""Replies, edits, deletion, threads with ETags, own comments and reader reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    Article,
    Comment,
    CommentRevision,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Role,
    Site,
)
from moderation.models.desk import SiteAssignment
from moderation.models.types import utcnow
from moderation.services.comments import reports

Headers = Callable[[Account], dict[str, str]]


def post(client: FlaskClient, site: Site, headers: dict[str, str], body: str, **kw: Any) -> Any:
    return client.post(
        f"/api/v1/sites/{site.slug}/articles/{kw.pop('article', 'a1')}/comments",
        json={"body": body, **kw},
        headers=headers,
    )


def publish(*comments: Comment) -> None:
    for comment in comments:
        comment.status = CommentStatus.PUBLISHED
    db.session.commit()


def test_replies_nest_three_levels_deep_and_no_deeper(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    site = make_site()
    headers = bearer(make_account())
    ids = [post(client, site, headers, "Ebene 1").get_json()["id"]]
    for level in (2, 3):
        reply = post(client, site, headers, f"Ebene {level}", parent_id=ids[-1])
        assert reply.status_code == 202
        ids.append(reply.get_json()["id"])
    too_deep = post(client, site, headers, "Ebene 4", parent_id=ids[-1])
    assert too_deep.status_code == 422
    assert too_deep.get_json()["error"]["field"] == "parent_id"
    assert "3 levels" in too_deep.get_json()["error"]["message"]


def test_reply_needs_a_visible_parent(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    held = make_comment(status=CommentStatus.HELD)
    response = post(
        client,
        held.site,
        bearer(make_account()),
        "Antwort",
        article=held.article.external_id,
        parent_id=held.id,
    )
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "parent_id"


def test_threads_nest_replies_show_removed_and_revalidate_with_etag(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    site = make_site()
    article = Article(site=site, external_id="wahl")
    author = make_account(display_name="Anna")
    root = make_comment(
        site=site, article=article, author=author, body="Oben", status=CommentStatus.PUBLISHED
    )
    reply = make_comment(
        site=site, article=article, parent=root, body="Darunter", status=CommentStatus.PUBLISHED
    )
    make_comment(
        site=site, article=article, parent=reply, body="Gehalten", status=CommentStatus.HELD
    )
    second = make_comment(
        site=site, article=article, body="Zweiter", status=CommentStatus.PUBLISHED
    )
    path = f"/api/v1/sites/{site.slug}/articles/wahl/threads?limit=1"
    first = client.get(path)
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == "public, max-age=15"
    data = first.get_json()
    assert [t["id"] for t in data["threads"]] == [root.id]
    assert data["threads"][0]["replies"][0]["id"] == reply.id
    assert data["threads"][0]["replies"][0]["replies"] == []  # the held one is not shown
    assert client.get(data["next"]).get_json()["threads"][0]["id"] == second.id
    etag = first.headers["ETag"]
    cached = client.get(path, headers={"If-None-Match": etag})
    assert cached.status_code == 304 and cached.data == b""
    # The author deletes the top comment: it stays as a placeholder above its reply.
    assert client.delete(f"/api/v1/comments/{root.id}", headers=bearer(author)).status_code == 204
    changed = client.get(path, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    removed = changed.get_json()["threads"][0]
    assert removed["removed"] is True and removed["body"] is None and removed["author"] is None
    assert removed["replies"][0]["body"] == "Darunter"
    flat = client.get(f"/api/v1/sites/{site.slug}/articles/wahl/comments")
    assert [c["id"] for c in flat.get_json()["comments"]] == [reply.id, second.id]
    assert "ETag" in flat.headers


def test_author_edits_within_the_window_and_the_comment_is_scored_again(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    bearer: Headers,
    enqueued: Callable[[], list[tuple[str, list[Any]]]],
) -> None:
    comment = make_comment(status=CommentStatus.PUBLISHED, body="Erste Fassung")
    version = comment.version
    response = client.patch(
        f"/api/v1/comments/{comment.id}",
        json={"body": "Zweite Fassung", "version": version},
        headers=bearer(comment.author),
    )
    assert response.status_code == 202, response.get_json()
    body = response.get_json()
    assert body["status"] == "pending" and body["version"] == version + 1
    assert body["body"] == "Zweite Fassung" and body["edited_at"]
    revision = db.session.execute(db.select(CommentRevision)).scalar_one()
    assert (revision.body, revision.version, revision.status) == (
        "Erste Fassung",
        version,
        CommentStatus.PUBLISHED,
    )
    assert enqueued() == [("moderation.score_comment", [comment.id])]
    stale = client.patch(
        f"/api/v1/comments/{comment.id}",
        json={"body": "Dritte", "version": version},
        headers=bearer(comment.author),
    )
    assert stale.status_code == 409 and stale.get_json()["error"]["code"] == "stale_version"


def test_edit_is_refused_after_the_window_for_others_and_when_rejected(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    old = make_comment(status=CommentStatus.PUBLISHED)
    old.created_at = utcnow() - timedelta(minutes=11)
    db.session.commit()
    late = client.patch(
        f"/api/v1/comments/{old.id}", json={"body": "Neu"}, headers=bearer(old.author)
    )
    assert late.status_code == 403 and late.get_json()["error"]["code"] == "edit_window_closed"
    other = client.patch(
        f"/api/v1/comments/{old.id}", json={"body": "Neu"}, headers=bearer(make_account())
    )
    assert other.status_code == 403 and other.get_json()["error"]["code"] == "not_author"
    rejected = make_comment(status=CommentStatus.REJECTED)
    refused = client.patch(
        f"/api/v1/comments/{rejected.id}", json={"body": "Neu"}, headers=bearer(rejected.author)
    )
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "not_editable"
    hidden = client.delete(f"/api/v1/comments/{rejected.id}", headers=bearer(make_account()))
    assert hidden.status_code == 404


def test_delete_is_idempotent_and_announced_by_webhook(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    bearer: Headers,
    webhook_jobs: Callable[[], list[list[Any]]],
) -> None:
    comment = make_comment(status=CommentStatus.PUBLISHED)
    headers = bearer(comment.author)
    assert client.delete(f"/api/v1/comments/{comment.id}", headers=headers).status_code == 204
    assert client.delete(f"/api/v1/comments/{comment.id}", headers=headers).status_code == 204
    jobs = webhook_jobs()
    assert [(job[0], job[1]) for job in jobs] == [(comment.id, "comment.deleted")]
    edit = client.patch(f"/api/v1/comments/{comment.id}", json={"body": "x"}, headers=headers)
    assert edit.status_code == 409 and edit.get_json()["error"]["code"] == "comment_deleted"


def test_mine_shows_pending_and_the_statement_of_reasons(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    site = make_site()
    article = Article(site=site, external_id="a1")
    author = make_account()
    pending = make_comment(site=site, article=article, author=author, body="Wartet")
    rejected = make_comment(
        site=site, article=article, author=author, body="Weg", status=CommentStatus.REJECTED
    )
    auto = make_comment(
        site=site, article=article, author=author, body="Auto", status=CommentStatus.REJECTED
    )
    moderator = make_account(Role.MODERATOR)
    db.session.add_all(
        [
            ModerationEvent(
                comment=rejected,
                actor=moderator,
                action=ModerationAction.REJECTED,
                reason="Beleidigung: bitte sachlich bleiben",
                details={},
            ),
            ModerationEvent(
                comment=auto,
                actor_id=None,
                action=ModerationAction.AUTO_REJECTED,
                reason=None,
                details={"reasons": ["toxicity 0.97 >= 0.95 (reject)"]},
            ),
        ]
    )
    db.session.commit()
    make_comment(site=site, article=article, body="Fremd")  # someone else's
    response = client.get(
        f"/api/v1/sites/{site.slug}/articles/a1/comments/mine", headers=bearer(author)
    )
    assert response.status_code == 200 and "no-store" in response.headers["Cache-Control"]
    mine = {c["id"]: c for c in response.get_json()["comments"]}
    assert set(mine) == {pending.id, rejected.id, auto.id}
    assert mine[pending.id]["status"] == "pending" and mine[pending.id]["editable_until"]
    assert mine[rejected.id]["decision"]["statement"] == "Beleidigung: bitte sachlich bleiben"
    assert mine[auto.id]["decision"] == {
        **mine[auto.id]["decision"],
        "by": "system",
        "statement": None,
        "labels": ["toxicity"],
    }
    assert client.get(f"/api/v1/sites/{site.slug}/articles/a1/comments/mine").status_code == 401


def test_reports_are_one_per_reader_and_flag_at_the_sites_threshold(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    comment = make_comment(status=CommentStatus.PUBLISHED)
    comment.site.report_threshold = 2
    db.session.commit()
    version = comment.version
    path = f"/api/v1/comments/{comment.id}/reports"
    first_reader = bearer(make_account())
    first = client.post(path, json={"reason": "insult", "note": "persönlich"}, headers=first_reader)
    assert first.status_code == 201 and first.get_json()["reason"] == "insult"
    again = client.post(path, json={"reason": "spam"}, headers=first_reader)
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "already_reported"
    db.session.expire_all()
    assert db.session.get(Comment, comment.id).reported_at is None  # type: ignore[union-attr]
    client.post(path, json={"reason": "hate"}, headers=bearer(make_account()))
    db.session.expire_all()
    flagged = db.session.get(Comment, comment.id)
    assert flagged is not None and flagged.report_count == 2 and flagged.reported_at is not None
    assert flagged.version == version  # reports do not stale a moderator's open decision
    queue = db.session.execute(reports.reported_query()).scalars().all()
    assert [c.id for c in queue] == [comment.id]
    assert reports.reason_counts(comment.id) == {"insult": 1, "hate": 1}
    own = client.post(path, json={"reason": "spam"}, headers=bearer(comment.author))
    assert own.status_code == 403 and own.get_json()["error"]["code"] == "own_comment"
    bad = client.post(path, json={"reason": "boring"}, headers=bearer(make_account()))
    assert bad.status_code == 422 and bad.get_json()["error"]["field"] == "reason"
    # Moderators act on the sites they are assigned to (an unassigned one gets 404).
    moderator = make_account(Role.MODERATOR)
    outsider = bearer(make_account(Role.MODERATOR))
    assert client.get(f"/api/v1/comments/{comment.id}", headers=outsider).status_code == 404
    assert client.delete(path, headers=outsider).status_code == 404
    db.session.add(SiteAssignment(account_id=moderator.id, site_id=comment.site_id))
    db.session.commit()
    moderator_view = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(moderator))
    assert moderator_view.get_json()["report_count"] == 2
    dismissed = client.delete(path, headers=bearer(moderator))
    assert dismissed.status_code == 200 and dismissed.get_json()["reported_at"] is None
    assert db.session.execute(reports.reported_query()).scalars().all() == []
    not_mod = client.delete(path, headers=bearer(make_account()))
    assert not_mod.status_code == 403
