"""Deciding from the desk: reasons the author sees, undo, bulk decisions, two moderators at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentStatus,
    ModerationAction,
    Role,
    Site,
)
from moderation.models.types import utcnow
from moderation.services.desk import decisions, undo
from moderation.services.desk.assignments import SiteScope
from tests.support.desk import events, status_of

Login = Callable[[Account], None]
Token = Callable[[str], str]
Headers = Callable[[Account], dict[str, str]]


def test_rejection_reason_and_note_reach_the_author_through_the_api(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    page_token: Token,
    bearer: Headers,
) -> None:
    comment = make_held()
    login(make_moderator())
    response = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={
            "csrf_token": page_token("/dashboard/"),
            "version": comment.version,
            "action": "reject",
            "reason": "Beleidigung",
            "note": "Bitte bleiben Sie sachlich.",
            "next": "/dashboard/?tab=held",
        },
    )
    assert response.status_code == 302 and response.headers["Location"] == "/dashboard/?tab=held"
    assert status_of(comment) is CommentStatus.REJECTED
    seen = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(comment.author)).get_json()
    assert seen["decision"]["reason"] == "Beleidigung: Bitte bleiben Sie sachlich."
    assert events(comment)[-1].details["reason_code"] == "Beleidigung"


@pytest.mark.parametrize("reason", ["", "Frei erfunden"])
def test_rejecting_needs_a_reason_from_the_site_list(
    reason: str,
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    page_token: Token,
) -> None:
    comment = make_held()
    login(make_moderator())
    response = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={
            "csrf_token": page_token("/dashboard/"),
            "version": comment.version,
            "action": "reject",
            "reason": reason,
        },
        follow_redirects=True,
    )
    assert "Bitte einen Grund aus der Liste wählen." in response.get_data(as_text=True)
    assert status_of(comment) is CommentStatus.HELD


def test_second_moderator_sees_who_decided_and_overwrites_nothing(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    page_token: Token,
) -> None:
    comment = make_held()
    mira, karl = make_moderator(display_name="Mira"), make_moderator(display_name="Karl")
    login(mira)
    client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={"csrf_token": page_token("/dashboard/"), "version": 1, "action": "approve"},
    )
    login(karl)  # Karl loaded the comment at version 1, before Mira decided
    stale = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={
            "csrf_token": page_token("/dashboard/"),
            "version": 1,
            "action": "reject",
            "reason": "Spam",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "bereits freigegeben von Mira" in stale and "Nichts wurde überschrieben." in stale
    assert status_of(comment) is CommentStatus.PUBLISHED
    assert [e.action for e in events(comment)][-1] is ModerationAction.APPROVED
    detail = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "Bereits entschieden von Mira: freigegeben" in detail


def test_undo_restores_the_previous_status_and_is_audited(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    page_token: Token,
) -> None:
    comment = make_held()
    login(make_moderator())
    token = page_token("/dashboard/")
    after = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={"csrf_token": token, "version": 1, "action": "reject", "reason": "Spam"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "lässt sich noch rückgängig machen" in after
    rejected = events(comment)[-1]
    response = client.post(
        "/dashboard/undo", data={"csrf_token": token, "event": rejected.id}, follow_redirects=True
    )
    html = response.get_data(as_text=True)
    assert f"Kommentar #{comment.id} ist wieder zurückgehalten" in html
    assert "lässt sich noch rückgängig machen" not in html
    assert status_of(comment) is CommentStatus.HELD
    undone = events(comment)[-1]
    assert undone.action is ModerationAction.UNDONE
    assert undone.details == {
        "undone_event_id": rejected.id,
        "undone_action": "rejected",
        "restored_status": "held",
    }
    # Undoing twice does nothing more.
    again = client.post(
        "/dashboard/undo", data={"csrf_token": token, "event": rejected.id}, follow_redirects=True
    )
    assert "ließen sich nicht rückgängig machen" in again.get_data(as_text=True)
    assert len(events(comment)) == 3


def test_undo_window_author_and_later_changes_are_respected(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_account: Callable[..., Account],
    desk_site: Site,
) -> None:
    scope = SiteScope(frozenset({desk_site.id}))
    mira, karl = make_moderator(), make_moderator()
    late, other, built_on = make_held("a"), make_held("b"), make_held("c")
    for comment in (late, other, built_on):
        decisions.decide(comment.id, mira, decisions.HumanAction.APPROVE, seen_version=1)
    late_event = events(late)[-1]
    late_event.created_at = utcnow() - timedelta(minutes=6)
    db.session.commit()
    assert undo.undo([late_event.id], mira, scope=scope).refused == [late.id]
    assert undo.undo([events(other)[-1].id], karl, scope=scope).refused == [other.id]
    admin = make_account(Role.ADMIN)
    assert undo.undo([events(other)[-1].id], admin, scope=SiteScope(None)).comments
    first = events(built_on)[-1]
    decisions.decide(built_on.id, karl, decisions.HumanAction.REJECT, seen_version=2, reason="Spam")
    assert undo.undo([first.id], mira, scope=scope).refused == [built_on.id]
    assert status_of(built_on) is CommentStatus.REJECTED
    app.config["DESK_UNDO_SECONDS"] = 600
    assert undo.undo([late_event.id], mira, scope=scope).comments == [late]


def test_bulk_approve_and_reject_skip_stale_and_foreign_comments(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
    page_token: Token,
) -> None:
    first, second, changed = make_held("a"), make_held("b"), make_held("c")
    foreign = make_held("fremd", site=make_site())
    login(make_moderator())
    token = page_token("/dashboard/")
    changed.body = "edited meanwhile"
    db.session.commit()  # bumps the version to 2
    response = client.post(
        "/dashboard/decisions/bulk",
        data={
            "csrf_token": token,
            "action": "approve",
            "selected": [
                f"{first.id}:1",
                f"{second.id}:1",
                f"{changed.id}:1",
                f"{foreign.id}:1",
                "junk",
            ],
        },
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "2 Kommentare freigegeben." in html
    assert f"#{changed.id}" in html and "Nicht geändert" in html
    assert [status_of(c) for c in (first, second, changed, foreign)] == [
        CommentStatus.PUBLISHED,
        CommentStatus.PUBLISHED,
        CommentStatus.HELD,
        CommentStatus.HELD,
    ]
    assert events(first)[-1].details["bulk"] is True
    # The undo bar offers both decisions at once.
    assert "Ihre letzten Entscheidungen (2 Kommentare)" in html
    refused = client.post(
        "/dashboard/decisions/bulk",
        data={"csrf_token": token, "action": "reject", "selected": [f"{changed.id}:2"]},
        follow_redirects=True,
    )
    assert "Bitte einen Grund aus der Liste wählen." in refused.get_data(as_text=True)
    client.post(
        "/dashboard/decisions/bulk",
        data={
            "csrf_token": token,
            "action": "reject",
            "reason": "Spam",
            "selected": [f"{changed.id}:2"],
        },
    )
    assert status_of(changed) is CommentStatus.REJECTED


def test_bulk_needs_a_selection(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    page_token: Token,
) -> None:
    login(make_moderator())
    response = client.post(
        "/dashboard/decisions/bulk",
        data={"csrf_token": page_token("/dashboard/"), "action": "approve"},
        follow_redirects=True,
    )
    assert "Bitte 1 bis 200 Kommentare auswählen." in response.get_data(as_text=True)


def test_published_comments_can_be_rejected_later_and_rejected_ones_restored(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = make_held(status=CommentStatus.PUBLISHED)
    moderator = make_moderator()
    decisions.decide(
        comment.id,
        moderator,
        decisions.HumanAction.REJECT,
        seen_version=1,
        reason="Spam",
        listed_reason=True,
    )
    with pytest.raises(decisions.AlreadyInStatus):
        decisions.decide(
            comment.id, moderator, decisions.HumanAction.REJECT, seen_version=2, reason="Spam"
        )
    decisions.decide(comment.id, moderator, decisions.HumanAction.APPROVE, seen_version=2)
    assert status_of(comment) is CommentStatus.PUBLISHED


def test_decisions_outside_the_scope_are_not_found(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
    desk_site: Site,
) -> None:
    from moderation.services.errors import CommentNotFound

    foreign = make_held(site=make_site())
    with pytest.raises(CommentNotFound):
        decisions.decide(
            foreign.id,
            make_moderator(),
            decisions.HumanAction.APPROVE,
            seen_version=1,
            scope=SiteScope(frozenset({desk_site.id})),
        )
    assert status_of(foreign) is CommentStatus.HELD
