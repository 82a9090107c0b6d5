"""Acting on authors: suspensions that end by themselves, bans with "reject all", reinstating."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    AccountStatus,
    Comment,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    Role,
    Site,
)
from moderation.models.types import utcnow
from moderation.services.desk import bans
from moderation.services.desk.assignments import SiteScope
from moderation.services.errors import InvalidInput, NotAllowed

Login = Callable[[Account], None]
Token = Callable[[str], str]
Headers = Callable[[Account], dict[str, str]]


def post_comment(client: FlaskClient, headers: dict[str, str], site: Site) -> int:
    return client.post(
        f"/api/v1/sites/{site.slug}/articles/a1/comments",
        headers=headers,
        json={"body": "Noch ein Kommentar."},
    ).status_code


def test_suspension_blocks_the_api_and_ends_by_itself(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    page_token: Token,
    bearer: Headers,
    desk_site: Site,
) -> None:
    comment = make_held()
    author = comment.author
    headers = bearer(author)
    login(make_moderator())
    response = client.post(
        f"/dashboard/comments/{comment.id}/author/suspend",
        data={
            "csrf_token": page_token(f"/dashboard/comments/{comment.id}"),
            "days": 3,
            "reason": "Beleidigung",
            "note": "Drei Tage Pause.",
        },
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert f"{author.display_name} ist für 3 Tage gesperrt." in html
    db.session.refresh(author)
    assert author.status is AccountStatus.SUSPENDED and not author.may_comment
    assert author.status_reason == "Beleidigung: Drei Tage Pause."
    assert timedelta(days=2, hours=23) < author.suspended_until - utcnow() <= timedelta(days=3)
    assert post_comment(client, headers, desk_site) == 403
    event = db.session.execute(
        db.select(ModerationEvent).where(ModerationEvent.action == ModerationAction.SUSPENDED)
    ).scalar_one()
    assert event.details["account_id"] == author.id and event.comment_id == comment.id
    # Time passes: the suspension is over without anyone lifting it.
    author.suspended_until = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert author.effective_status is AccountStatus.ACTIVE and author.may_comment
    assert post_comment(client, headers, desk_site) == 202


def test_ban_with_reject_all_rejects_every_comment_in_scope(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_account: Callable[..., Account],
    make_site: Callable[..., Site],
    page_token: Token,
    bearer: Headers,
    desk_site: Site,
) -> None:
    troll = make_account(display_name="Troll")
    comments = [
        make_held("eins", author=troll),
        make_held("zwei", author=troll, status=CommentStatus.PUBLISHED),
        make_held("drei", author=troll, status=CommentStatus.PENDING),
    ]
    elsewhere = make_held("anderswo", author=troll, site=make_site())
    innocent = make_held("harmlos")
    login(make_moderator())
    response = client.post(
        f"/dashboard/comments/{comments[0].id}/author/ban",
        data={
            "csrf_token": page_token("/dashboard/"),
            "reason": "Spam",
            "reject_all": "y",
        },
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "Troll ist gesperrt." in html and "3 Kommentare dieser Person abgelehnt." in html
    db.session.expire_all()
    assert {db.session.get(Comment, c.id).status for c in comments} == {CommentStatus.REJECTED}
    assert db.session.get(Comment, elsewhere.id).status is CommentStatus.HELD  # not my site
    assert db.session.get(Comment, innocent.id).status is CommentStatus.HELD
    assert db.session.get(Account, troll.id).status is AccountStatus.BANNED
    assert post_comment(client, bearer(troll), desk_site) == 403
    actions = db.session.execute(
        db.select(ModerationEvent.action).where(ModerationEvent.actor_id.is_not(None))
    ).scalars()
    assert sorted(a.value for a in actions) == ["banned", "rejected", "rejected", "rejected"]
    # The rejections can be undone together; the ban stays until lifted.
    assert "Ihre letzten Entscheidungen (3 Kommentare)" in html


def test_reinstate_lifts_a_ban(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = make_held()
    scope = SiteScope(frozenset({desk_site.id}))
    moderator = make_moderator()
    bans.ban(moderator, comment.id, scope=scope, reason="Spam")
    assert not comment.author.may_comment
    event = bans.reinstate(moderator, comment.id, scope=scope, note="Einspruch angenommen")
    assert event.action is ModerationAction.REINSTATED
    assert event.details["previous_account_status"] == "banned"
    assert comment.author.may_comment and comment.author.status_reason is None


def test_author_actions_are_refused_for_desk_accounts_and_bad_input(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_account: Callable[..., Account],
    desk_site: Site,
) -> None:
    scope = SiteScope(frozenset({desk_site.id}))
    moderator = make_moderator()
    by_admin = make_held(author=make_account(Role.ADMIN))
    with pytest.raises(NotAllowed):
        bans.ban(moderator, by_admin.id, scope=scope, reason="Spam")
    comment = make_held()
    with pytest.raises(InvalidInput):
        bans.suspend(moderator, comment.id, 0, scope=scope, reason="Spam")
    with pytest.raises(InvalidInput):
        bans.suspend(moderator, comment.id, 3, scope=scope, reason="nicht gelistet")
    with pytest.raises(InvalidInput):
        bans.ban(moderator, comment.id, scope=scope, reason=None)
    assert comment.author.status is AccountStatus.ACTIVE
    human = db.select(ModerationEvent).where(ModerationEvent.actor_id.is_not(None))
    assert db.session.execute(human).first() is None


def test_author_panel_shows_status_and_offers_reinstating(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = make_held()
    moderator = make_moderator()
    bans.suspend(
        moderator, comment.id, 7, scope=SiteScope(frozenset({desk_site.id})), reason="Spam"
    )
    login(moderator)
    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "badge-suspended" in html and "vorübergehend gesperrt" in html
    assert "Sperre aufheben" in html
    queue = client.get("/dashboard/").get_data(as_text=True)
    assert "badge-suspended" in queue
