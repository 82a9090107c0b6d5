"""Moderators decide through the API; a stale version is a 409, never an overwrite."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, ModerationEvent, Role
from moderation.models.desk import SiteAssignment

Headers = Callable[[Account], dict[str, str]]


@pytest.fixture
def moderator_of(make_account: Callable[..., Account]) -> Callable[[Comment], Account]:
    """A moderator assigned to the comment's site: moderators act only on their sites."""

    def make(comment: Comment) -> Account:
        moderator = make_account(Role.MODERATOR)
        db.session.add(SiteAssignment(account_id=moderator.id, site_id=comment.site_id))
        db.session.commit()
        return moderator

    return make


def events_for(comment: Comment) -> list[ModerationEvent]:
    return list(
        db.session.execute(
            db.select(ModerationEvent)
            .where(ModerationEvent.comment_id == comment.id)
            .order_by(ModerationEvent.id)
        ).scalars()
    )


def test_moderator_approves_held_comment(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
    moderator_of: Callable[[Comment], Account],
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    moderator = moderator_of(comment)
    response = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        headers=bearer(moderator),
        json={"action": "approve", "version": comment.version},
    )
    assert response.status_code == 200, response.get_json()
    data = response.get_json()
    assert data["status"] == "published"
    assert data["version"] == 2  # bumped from 1 by the decision
    assert data["decision"]["action"] == "approved" and data["decision"]["by"] == "moderator"
    [event] = events_for(comment)
    assert event.actor_id == moderator.id and event.details["previous_status"] == "held"


def test_reject_keeps_the_reason(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    response = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        headers=bearer(make_account(Role.ADMIN)),
        json={"action": "reject", "version": comment.version, "reason": "Beleidigung"},
    )
    assert response.status_code == 200
    assert response.get_json()["decision"]["reason"] == "Beleidigung"
    db.session.refresh(comment)
    assert comment.status is CommentStatus.REJECTED


def test_stale_decision_is_409_and_changes_nothing(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
    moderator_of: Callable[[Comment], Account],
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    seen = comment.version
    first, second = moderator_of(comment), moderator_of(comment)
    ok = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        headers=bearer(first),
        json={"action": "approve", "version": seen},
    )
    assert ok.status_code == 200
    late = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        headers=bearer(second),
        json={"action": "reject", "version": seen, "reason": "zu spät"},
    )
    assert late.status_code == 409
    error = late.get_json()["error"]
    assert error["code"] == "stale_version" and error["field"] == "version"
    assert error["status"] == "published" and error["current_version"] == seen + 1
    db.session.expire_all()
    assert db.session.get(Comment, comment.id).status is CommentStatus.PUBLISHED
    assert len(events_for(comment)) == 1


def test_commenters_cannot_decide(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    bearer: Headers,
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    response = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        headers=bearer(comment.author),
        json={"action": "approve", "version": comment.version},
    )
    assert response.status_code == 403
    anonymous = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        json={"action": "approve", "version": comment.version},
    )
    assert anonymous.status_code == 401
    db.session.refresh(comment)
    assert comment.status is CommentStatus.HELD


def test_decision_fields_are_validated(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Headers,
    moderator_of: Callable[[Comment], Account],
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    headers = bearer(moderator_of(comment))
    url = f"/api/v1/comments/{comment.id}/decision"
    bad_action = client.post(url, headers=headers, json={"action": "delete", "version": 1})
    assert bad_action.status_code == 422 and bad_action.get_json()["error"]["field"] == "action"
    no_version = client.post(url, headers=headers, json={"action": "approve"})
    assert no_version.status_code == 422 and no_version.get_json()["error"]["field"] == "version"
    missing = client.post(
        "/api/v1/comments/424242/decision",
        headers=headers,
        json={"action": "approve", "version": 1},
    )
    assert missing.status_code == 404


def test_moderators_of_other_sites_cannot_decide(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    moderator_of: Callable[[Comment], Account],
    bearer: Headers,
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    elsewhere = moderator_of(make_comment())  # assigned to another site only
    response = client.post(
        f"/api/v1/comments/{comment.id}/decision",
        headers=bearer(elsewhere),
        json={"action": "approve", "version": comment.version},
    )
    assert response.status_code == 404
    db.session.refresh(comment)
    assert comment.status is CommentStatus.HELD and events_for(comment) == []
