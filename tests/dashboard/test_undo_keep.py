"""Undoing a keep: the reports open again, the comment returns to the Reported tab, audited."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, ModerationAction, Role, Site
from moderation.models.types import utcnow
from moderation.services.comments import reports
from moderation.services.desk import decisions, undo
from moderation.services.desk.assignments import SiteScope
from moderation.services.errors import StaleVersion
from tests.support.desk import events

Login = Callable[[Account], None]
Token = Callable[[str], str]
Reported = Callable[..., Comment]

UNDO_OFFER = "lässt sich noch rückgängig machen"


def ids_on(page: str) -> list[int]:
    return [int(match) for match in re.findall(r'<li class="item[^"]*" id="comment-(\d+)"', page)]


def fresh(comment: Comment) -> Comment:
    db.session.expire_all()
    return db.session.get(Comment, comment.id)


def test_keep_can_be_undone_and_the_comment_returns_to_the_reported_tab(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    page_token: Token,
) -> None:
    comment = make_reported()
    flagged_at = comment.reported_at
    login(make_moderator(display_name="Mira"))
    token = page_token("/dashboard/?tab=reported")
    kept_page = client.post(
        f"/dashboard/comments/{comment.id}/keep",
        data={"csrf_token": token, "version": 1, "next": "/dashboard/?tab=reported"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert ids_on(kept_page) == [] and UNDO_OFFER in kept_page
    kept = events(comment)[-1]
    assert kept.action is ModerationAction.KEPT and kept.details["resolved_at"]
    detail = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "Rückgängig: trotz Meldungen behalten" in detail

    response = client.post(
        "/dashboard/undo",
        data={"csrf_token": token, "event": kept.id, "next": "/dashboard/?tab=reported"},
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert (
        f"Kommentar #{comment.id} ist wieder unter Gemeldet; seine Meldungen sind wieder offen."
        in html
    )
    assert ids_on(html) == [comment.id] and UNDO_OFFER not in html
    back = fresh(comment)
    assert back.status is CommentStatus.PUBLISHED and back.version == 3
    assert back.report_count == 3 and back.reported_at == flagged_at
    assert reports.reason_counts(comment.id) == {"insult": 2, "spam": 1}
    undone = events(comment)[-1]
    assert undone.action is ModerationAction.UNDONE
    assert undone.details == {
        "undone_event_id": kept.id,
        "undone_action": "kept",
        "reopened_reports": 3,
        "restored_status": "published",
    }
    audit = client.get(f"/dashboard/audit?comment={comment.id}").get_data(as_text=True)
    assert "trotz Meldungen behalten" in audit and "rückgängig gemacht" in audit
    # Undoing twice does nothing more; a keep is not a status change for webhooks either.
    client.post("/dashboard/undo", data={"csrf_token": token, "event": kept.id})
    assert len(events(comment)) == 3


def test_reports_after_the_keep_stay_and_only_the_kept_ones_reopen(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    make_account: Callable[..., Account],
    desk_site: Site,
) -> None:
    scope = SiteScope(frozenset({desk_site.id}))
    mira = make_moderator()
    earlier = make_reported("früher", reasons=["spam"])
    comment = make_reported(reasons=["insult", "insult"])
    flagged_at = comment.reported_at
    reports.dismiss(mira, earlier.id)  # resolved by another keep: stays resolved
    reports.dismiss(mira, comment.id, seen_version=1, scope=scope)
    reports.report(make_account(), comment.id, "threat")  # a new report after the keep
    result = undo.undo([events(comment)[-1].id], mira, scope=scope)
    assert [c.id for c in result.comments] == result.reopened == [comment.id]
    back = fresh(comment)
    assert back.report_count == 3 and back.reported_at == flagged_at
    assert reports.reason_counts(comment.id) == {"insult": 2, "threat": 1}
    assert reports.reason_counts(earlier.id) == {} and fresh(earlier).reported_at is None


def test_undoing_a_keep_keeps_the_two_moderator_rule(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    make_account: Callable[..., Account],
    page_token: Token,
    desk_site: Site,
) -> None:
    scope = SiteScope(frozenset({desk_site.id}))
    mira, karl = make_moderator(display_name="Mira"), make_moderator(display_name="Karl")
    comment = make_reported()
    reports.dismiss(mira, comment.id, seen_version=1, scope=scope)
    kept = events(comment)[-1]
    # Only Mira (or an admin) may take her keep back.
    assert undo.undo([kept.id], karl, scope=scope).refused == [comment.id]
    assert undo.undo([kept.id], mira, scope=scope).reopened == [comment.id]
    # Karl's form from before the keep is stale twice over: nothing he saw still holds.
    login(karl)
    html = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={
            "csrf_token": page_token("/dashboard/"),
            "version": 1,
            "action": "reject",
            "reason": "Spam",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Nichts wurde überschrieben." in html
    assert fresh(comment).status is CommentStatus.PUBLISHED
    # Karl keeps it again from a fresh page; Mira's old keep cannot be undone over his.
    reports.dismiss(karl, comment.id, seen_version=3, scope=scope)
    assert undo.undo([kept.id], mira, scope=scope).refused == [comment.id]
    assert fresh(comment).reported_at is None
    with pytest.raises(StaleVersion):
        reports.dismiss(mira, comment.id, seen_version=3, scope=scope)
    # An admin may undo Karl's keep; after the window nobody may.
    admin = make_account(Role.ADMIN)
    latest = events(comment)[-1]
    latest.created_at = utcnow() - timedelta(minutes=6)
    db.session.commit()
    assert undo.undo([latest.id], karl, scope=scope).refused == [comment.id]
    latest.created_at = utcnow()
    db.session.commit()
    assert undo.undo([latest.id], admin, scope=SiteScope(None)).reopened == [comment.id]
    assert fresh(comment).reported_at is not None


def test_keep_that_dismissed_nothing_offers_no_undo(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    page_token: Token,
) -> None:
    comment = make_held("nie gemeldet", status=CommentStatus.PUBLISHED)
    mira = make_moderator()
    login(mira)
    token = page_token("/dashboard/")
    html = client.post(
        f"/dashboard/comments/{comment.id}/keep",
        data={"csrf_token": token, "version": 1},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert UNDO_OFFER not in html
    assert [e.action for e in events(comment)] == [ModerationAction.AUTO_HELD]
    assert ModerationAction.KEPT in decisions.UNDOABLE


def test_a_keep_that_does_not_name_its_reports_is_not_undone(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    desk_site: Site,
) -> None:
    """Keeps written before undo existed: which reports to reopen is unknown, so none are."""
    scope = SiteScope(frozenset({desk_site.id}))
    mira = make_moderator()
    comment = make_reported()
    reports.dismiss(mira, comment.id, seen_version=1, scope=scope)
    kept = events(comment)[-1]
    kept.details = {k: v for k, v in kept.details.items() if k != "resolved_at"}
    db.session.commit()
    assert not undo.undoable(kept, mira)
    assert undo.undo([kept.id], mira, scope=scope).refused == [comment.id]
    assert fresh(comment).reported_at is None and reports.reason_counts(comment.id) == {}
