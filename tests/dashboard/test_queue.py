"""The moderators' queue: who may see it, what it shows, and the approve/reject flow.

Moderators see the sites they are assigned to, so each test's comments are on the
desk site its moderator works (see tests/dashboard/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, ModerationEvent, Role, Score, Site
from tests.support.clients import csrf_token_from


def held_with_score(
    make_comment: Callable[..., Comment], body: str, toxicity: float, site: Site
) -> Comment:
    comment = make_comment(status=CommentStatus.HELD, body=body, site=site)
    db.session.add(
        Score(
            comment=comment,
            scorer_name="embedded",
            scorer_version="test-1",
            toxicity=toxicity,
            severe_toxicity=0.01,
            obscene=0.02,
            threat=0.03,
            insult=0.71,
            identity_attack=0.04,
        )
    )
    db.session.commit()
    return comment


def test_anonymous_visitors_are_sent_to_login(client: FlaskClient) -> None:
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/auth/login?next=")
    form = client.get("/auth/login").get_data(as_text=True)
    for name in ('name="email"', 'name="password"', 'name="csrf_token"'):
        assert name in form


def test_commenters_get_403(
    client: FlaskClient, make_account: Callable[..., Account], login: Callable[[Account], None]
) -> None:
    login(make_account(Role.COMMENTER))
    assert client.get("/dashboard/").status_code == 403


def test_queue_shows_held_comments_escaped_with_scores(
    client: FlaskClient,
    make_moderator: Callable[..., Account],
    login: Callable[[Account], None],
    make_comment: Callable[..., Comment],
    desk_site: Site,
) -> None:
    held = held_with_score(make_comment, "<script>alert('x')</script> Du Idiot", 0.83, desk_site)
    make_comment(status=CommentStatus.PUBLISHED, body="Sichtbar veröffentlicht", site=desk_site)
    login(make_moderator())
    page = client.get("/dashboard/").get_data(as_text=True)
    assert f'id="comment-{held.id}"' in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Du Idiot" in page
    assert "<script>alert" not in page
    assert "Sichtbar veröffentlicht" not in page
    assert "Beleidigung" in page and "0,71" in page and "0,83" in page
    assert "Freigeben" in page and "Ablehnen" in page  # German by default


def test_queue_speaks_english_on_request(
    client: FlaskClient,
    make_moderator: Callable[..., Account],
    login: Callable[[Account], None],
) -> None:
    login(make_moderator())
    page = client.get("/dashboard/?lang=en").get_data(as_text=True)
    assert "Needs review" in page and "Nothing to review" in page
    again = client.get("/dashboard/").get_data(as_text=True)  # the choice is remembered
    assert "Needs review" in again


def test_queue_sorts_by_score(
    client: FlaskClient,
    make_moderator: Callable[..., Account],
    login: Callable[[Account], None],
    make_comment: Callable[..., Comment],
    desk_site: Site,
) -> None:
    mild = held_with_score(make_comment, "eher mild", 0.55, desk_site)
    harsh = held_with_score(make_comment, "sehr heftig", 0.92, desk_site)
    login(make_moderator())
    oldest = client.get("/dashboard/").get_data(as_text=True)
    assert oldest.index(f"comment-{mild.id}") < oldest.index(f"comment-{harsh.id}")
    by_score = client.get("/dashboard/?sort=score").get_data(as_text=True)
    assert by_score.index(f"comment-{harsh.id}") < by_score.index(f"comment-{mild.id}")


def test_approve_through_the_dashboard_writes_decision_and_audit(
    client: FlaskClient,
    make_moderator: Callable[..., Account],
    login: Callable[[Account], None],
    make_comment: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = held_with_score(make_comment, "Grenzwertig, aber okay", 0.6, desk_site)
    moderator = make_moderator()
    login(moderator)
    page = client.get("/dashboard/").get_data(as_text=True)
    response = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={"csrf_token": csrf_token_from(page), "version": comment.version, "action": "approve"},
        follow_redirects=True,
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f"Kommentar #{comment.id} freigegeben." in html
    db.session.expire_all()
    assert db.session.get(Comment, comment.id).status is CommentStatus.PUBLISHED
    event = db.session.execute(db.select(ModerationEvent)).scalar_one()
    assert event.actor_id == moderator.id and event.action.value == "approved"
    assert f'id="comment-{comment.id}"' not in html  # gone from the queue
    assert "Rückgängig" in html  # and the decision can be undone for a few minutes


def test_reject_with_reason_and_stale_form_warns(
    client: FlaskClient,
    make_moderator: Callable[..., Account],
    login: Callable[[Account], None],
    make_comment: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = held_with_score(make_comment, "Du bist ein Idiot", 0.9, desk_site)
    login(make_moderator())
    token = csrf_token_from(client.get("/dashboard/").get_data(as_text=True))
    seen = comment.version
    client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={"csrf_token": token, "version": seen, "action": "reject", "reason": "Beleidigung"},
    )
    stale = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={"csrf_token": token, "version": seen, "action": "approve"},
        follow_redirects=True,
    )
    assert "wurde inzwischen von jemand anderem geändert" in stale.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Comment, comment.id).status is CommentStatus.REJECTED
    assert db.session.query(ModerationEvent).count() == 1


def test_decision_without_csrf_token_changes_nothing(
    client: FlaskClient,
    make_moderator: Callable[..., Account],
    login: Callable[[Account], None],
    make_comment: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = held_with_score(make_comment, "Hmm", 0.6, desk_site)
    login(make_moderator())
    response = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={"version": comment.version, "action": "approve"},
    )
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.get(Comment, comment.id).status is CommentStatus.HELD
