"""The Reported tab: comments readers flagged, their reasons, keep and reject, two moderators."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    Article,
    Comment,
    CommentReport,
    CommentStatus,
    ModerationAction,
    Role,
    Site,
)
from moderation.models.types import utcnow
from moderation.services.comments import reports
from moderation.services.desk import filters, queue
from moderation.services.desk.assignments import SiteScope
from moderation.services.errors import CommentNotFound, InvalidInput, StaleVersion
from tests.support.desk import events, status_of

Login = Callable[[Account], None]
Token = Callable[[str], str]
Reported = Callable[..., Comment]

REPORTED = filters.QueueFilter(tab=filters.Tab.REPORTED, order=filters.QueueOrder.NEWEST)


def ids_on(page: str) -> list[int]:
    return [int(match) for match in re.findall(r'<li class="item[^"]*" id="comment-(\d+)"', page)]


def fresh(comment: Comment) -> Comment:
    db.session.expire_all()
    return db.session.get(Comment, comment.id)


def open_reports(comment: Comment) -> int:
    return len(reports.open_reports(comment.id))


def test_reported_tab_lists_flagged_comments_newest_first_with_reasons_in_german(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_reported: Reported,
) -> None:
    now = utcnow()
    older = make_reported("älter gemeldet", at=now - timedelta(hours=3))
    newer = make_reported("neu gemeldet", reasons=["spam"], at=now - timedelta(minutes=5))
    make_held("nur zurückgehalten")
    make_held("veröffentlicht, nie gemeldet", status=CommentStatus.PUBLISHED)
    rejected = make_reported("gemeldet, dann abgelehnt")
    rejected.status = CommentStatus.REJECTED
    deleted = make_reported("gemeldet, dann gelöscht")
    deleted.deleted_at = now
    db.session.commit()
    login(make_moderator())
    html = client.get("/dashboard/?tab=reported").get_data(as_text=True)
    assert ids_on(html) == [newer.id, older.id]
    assert re.search(r'Gemeldet\s*<span class="count">2</span>', html)
    card = html[html.index(f'id="comment-{older.id}"') :]
    assert "3 Meldungen</span>: 2× Beleidigung, 1× Spam" in card
    assert "1 Meldung</span>: 1× Spam" in html
    assert "badge-published" in card and "veröffentlicht" in card
    assert f'action="/dashboard/comments/{older.id}/keep"' in card and "Behalten" in card
    assert "Ablehnen …" in card and "data-approve" not in html
    assert "Meldungen verwerfen, der Kommentar bleibt veröffentlicht" in html  # keyboard help
    # The count shows on the other tabs too.
    held_page = client.get("/dashboard/").get_data(as_text=True)
    assert re.search(r'Gemeldet\s*<span class="count">2</span>', held_page)
    oldest_first = client.get("/dashboard/?tab=reported&sort=oldest").get_data(as_text=True)
    assert ids_on(oldest_first) == [older.id, newer.id]


def test_reported_tab_in_english(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
) -> None:
    comment = make_reported(reasons=["hate", "insult", "hate", "off_topic"])
    login(make_moderator())
    html = client.get("/dashboard/?tab=reported&lang=en").get_data(as_text=True)
    assert ids_on(html) == [comment.id]
    assert "4 reports</span>: 2× Hate speech, 1× Insult, 1× Off-topic" in html
    assert "Keep" in html and "keep: dismiss the reports, the comment stays published" in html
    empty = client.get("/dashboard/?tab=reported&lang=en&q=nichts-passt").get_data(as_text=True)
    assert ids_on(empty) == [] and "No comments match these filters." in empty


def test_an_empty_reported_tab_says_what_it_is_for(
    client: FlaskClient, login: Login, make_moderator: Callable[..., Account]
) -> None:
    login(make_moderator())
    html = client.get("/dashboard/?tab=reported").get_data(as_text=True)
    assert "Keine gemeldeten Kommentare." in html and "noch nicht melden" not in html


def test_reported_tab_keeps_to_the_moderators_sites_and_applies_the_filters(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    desk_site: Site,
) -> None:
    second, foreign = make_site("zweite"), make_site("fremd")
    erika = make_account(display_name="Erika Muster")
    article = Article(site=desk_site, external_id="wahl", title="Die Wahl")
    threat = make_reported("Drohung im Artikel", scores={"threat": 0.45}, article=article)
    by_erika = make_reported("von Erika", author=erika)
    on_second = make_reported("zweite Seite", site=second)
    elsewhere = make_reported("nicht meine Seite", site=foreign)
    login(make_moderator(desk_site, second))

    def shown(query: str = "") -> list[int]:
        return ids_on(client.get(f"/dashboard/?tab=reported&{query}").get_data(as_text=True))

    assert elsewhere.id not in shown()
    assert shown() == [on_second.id, by_erika.id, threat.id]
    assert shown(f"site={second.id}") == [on_second.id]
    assert shown(f"site={foreign.id}") == []
    assert shown(f"article={article.id}") == [threat.id]
    assert shown(f"author={erika.id}") == [by_erika.id]
    assert shown("q=Erika") == [by_erika.id]
    assert shown("label=threat&min=0.4") == [threat.id]
    assert client.get(f"/dashboard/comments/{elsewhere.id}").status_code == 404
    scope = SiteScope(frozenset({desk_site.id, second.id}))
    assert queue.tab_counts(scope, REPORTED)[filters.Tab.REPORTED] == 3
    assert queue.tab_counts(SiteScope(frozenset()), REPORTED)[filters.Tab.REPORTED] == 0
    assert queue.tab_counts(SiteScope(None), REPORTED)[filters.Tab.REPORTED] == 4
    login(make_account(Role.ADMIN))
    assert shown() == [elsewhere.id, on_second.id, by_erika.id, threat.id]


def test_reported_keyset_pages_walk_both_ways_and_break_ties_by_id(
    app: Flask,
    make_reported: Reported,
    make_moderator: Callable[..., Account],
    desk_site: Site,
) -> None:
    base = utcnow() - timedelta(days=1)
    # Pairs flagged in the same microsecond: the id decides, so no row is skipped or repeated.
    comments = [
        make_reported(f"Nr. {i}", reasons=["spam"], at=base + timedelta(minutes=i // 2))
        for i in range(11)
    ]
    scope = SiteScope(frozenset({desk_site.id}))
    for order in (filters.QueueOrder.NEWEST, filters.QueueOrder.OLDEST):
        flt = filters.QueueFilter(tab=filters.Tab.REPORTED, order=order)
        page = queue.page(scope, flt, limit=4)
        pages = [page]
        while page.next_cursor is not None:
            page = queue.page(scope, flt, after=page.next_cursor, limit=4)
            pages.append(page)
        seen = [comment.id for p in pages for comment in p.items]
        expected = sorted((c.reported_at, c.id) for c in comments)
        if order is filters.QueueOrder.NEWEST:
            expected.reverse()
        assert seen == [ident for _, ident in expected], order
        assert [len(p.items) for p in pages] == [4, 4, 3]
        back = queue.page(scope, flt, before=pages[2].prev_cursor, limit=4)
        assert [c.id for c in back.items] == [c.id for c in pages[1].items]
        first = queue.page(scope, flt, before=back.prev_cursor, limit=4)
        assert [c.id for c in first.items] == [c.id for c in pages[0].items]
        assert first.prev_cursor is None
    # A comment kept while the moderator reads page 1 does not shift page 2.
    first = queue.page(scope, REPORTED, limit=4)
    newest_first = sorted(comments, key=lambda c: (c.reported_at, c.id), reverse=True)
    reports.dismiss(make_moderator(), first.items[0].id)
    second = queue.page(scope, REPORTED, after=first.next_cursor, limit=4)
    assert [c.id for c in second.items] == [c.id for c in newest_first[4:8]]
    # Score order is not offered here: the tab holds published comments, sorted by flag time.
    assert filters.QueueFilter(tab=filters.Tab.REPORTED, order=filters.QueueOrder.SCORE).order is (
        filters.QueueOrder.NEWEST
    )
    with pytest.raises(InvalidInput):
        queue.page(scope, REPORTED, after="abc")


def test_bad_reported_cursors_fall_back_to_the_first_page(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
) -> None:
    comment = make_reported()
    login(make_moderator())
    for query in ("after=abc", "after=1_x", "before=99999999999999999999_1", "after=5_-1"):
        response = client.get(f"/dashboard/?tab=reported&{query}")
        assert response.status_code == 200, query
        assert ids_on(response.get_data(as_text=True)) == [comment.id], query


def test_keep_dismisses_the_reports_and_is_audited(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    page_token: Token,
) -> None:
    comment = make_reported()
    flagged_at = comment.reported_at
    mira = make_moderator(display_name="Mira")
    login(mira)
    response = client.post(
        f"/dashboard/comments/{comment.id}/keep",
        data={
            "csrf_token": page_token("/dashboard/?tab=reported"),
            "version": 1,
            "next": "/dashboard/?tab=reported",
        },
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert f"Kommentar #{comment.id} bleibt stehen; die Meldungen sind erledigt." in html
    assert ids_on(html) == []
    kept = fresh(comment)
    assert kept.status is CommentStatus.PUBLISHED and kept.version == 2
    assert kept.report_count == 0 and kept.reported_at is None and open_reports(kept) == 0
    resolved = db.session.execute(db.select(CommentReport.resolved_at)).scalars().all()
    assert len(resolved) == 3 and all(resolved)
    event = events(kept)[-1]
    assert event.action is ModerationAction.KEPT and event.actor_id == mira.id
    assert event.details["reports"] == {"insult": 2, "spam": 1}
    assert event.details["report_count"] == 3 and event.details["reported_at"] is not None
    assert flagged_at is not None
    audit = client.get(f"/dashboard/audit?comment={comment.id}").get_data(as_text=True)
    assert "trotz Meldungen behalten" in audit


def test_reject_from_the_reported_tab_takes_it_out_and_undo_brings_it_back(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    page_token: Token,
) -> None:
    comment = make_reported()
    login(make_moderator())
    token = page_token("/dashboard/?tab=reported")
    html = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={
            "csrf_token": token,
            "version": 1,
            "action": "reject",
            "reason": "Beleidigung",
            "next": "/dashboard/?tab=reported",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert f"Kommentar #{comment.id} abgelehnt." in html and ids_on(html) == []
    assert status_of(comment) is CommentStatus.REJECTED
    rejected = events(comment)[-1]
    assert rejected.action is ModerationAction.REJECTED and rejected.reason == "Beleidigung"
    assert open_reports(comment) == 3  # the readers' reports stay with the comment
    client.post("/dashboard/undo", data={"csrf_token": token, "event": rejected.id})
    assert status_of(comment) is CommentStatus.PUBLISHED
    after_undo = client.get("/dashboard/?tab=reported").get_data(as_text=True)
    assert ids_on(after_undo) == [comment.id]


@pytest.mark.parametrize("first", ["keep", "reject"])
def test_second_moderator_on_a_reported_comment_overwrites_nothing(
    first: str,
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    page_token: Token,
) -> None:
    comment = make_reported()
    mira, karl = make_moderator(display_name="Mira"), make_moderator(display_name="Karl")
    keep = {"version": 1}
    reject = {"version": 1, "action": "reject", "reason": "Spam"}
    paths = {
        "keep": f"/dashboard/comments/{comment.id}/keep",
        "reject": f"/dashboard/comments/{comment.id}/decision",
    }
    second = "reject" if first == "keep" else "keep"
    login(mira)
    data = keep if first == "keep" else reject
    client.post(paths[first], data={"csrf_token": page_token("/dashboard/"), **data})
    login(karl)  # Karl loaded the Reported tab at version 1, before Mira decided
    data = keep if second == "keep" else reject
    html = client.post(
        paths[second],
        data={"csrf_token": page_token("/dashboard/"), **data},
        follow_redirects=True,
    ).get_data(as_text=True)
    word = "behalten" if first == "keep" else "abgelehnt"
    assert f"bereits {word} von Mira" in html and "Nichts wurde überschrieben." in html
    current = fresh(comment)
    if first == "keep":
        assert current.status is CommentStatus.PUBLISHED and current.reported_at is None
    else:
        assert current.status is CommentStatus.REJECTED and open_reports(current) == 3
    human = [e for e in events(current) if not e.is_automatic]
    assert [e.actor_id for e in human] == [mira.id]
    detail = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    named = "trotz Meldungen behalten" if first == "keep" else "abgelehnt"
    assert f"Bereits entschieden von Mira: {named}" in detail


def test_keep_is_refused_outside_the_scope_and_for_a_stale_version(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
    make_site: Callable[..., Site],
    desk_site: Site,
) -> None:
    foreign = make_reported(site=make_site())
    moderator = make_moderator()
    scope = SiteScope(frozenset({desk_site.id}))
    with pytest.raises(CommentNotFound):
        reports.dismiss(moderator, foreign.id, seen_version=1, scope=scope)
    assert fresh(foreign).reported_at is not None and events(foreign)[-1].actor_id is None
    mine = make_reported()
    with pytest.raises(StaleVersion):
        reports.dismiss(moderator, mine.id, seen_version=2, scope=scope)
    assert fresh(mine).reported_at is not None
    # Nothing to dismiss (the API's DELETE, twice): no change and no second event.
    reports.dismiss(moderator, mine.id)
    reports.dismiss(moderator, mine.id)
    assert [e.action for e in events(mine)].count(ModerationAction.KEPT) == 1
    assert fresh(mine).version == 2


def test_comment_page_shows_the_reports_and_keeps_by_keyboard_button(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_reported: Reported,
) -> None:
    comment = make_reported(reasons=["threat", "other"])
    report = db.session.execute(
        db.select(CommentReport).where(CommentReport.reason == "other")
    ).scalar_one()
    report.note = "<b>Das ist eine Drohung</b>"
    db.session.commit()
    login(make_moderator())
    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "Meldungen von Leserinnen und Lesern" in html
    assert "2 Meldungen</span>: 1× Sonstiges, 1× Drohung" in html
    assert "&lt;b&gt;Das ist eine Drohung&lt;/b&gt;" in html and "<b>Das ist" not in html
    assert f'action="/dashboard/comments/{comment.id}/keep"' in html and "data-keep" in html
    assert "data-approve" not in html
    english = client.get(f"/dashboard/comments/{comment.id}?lang=en").get_data(as_text=True)
    assert "Reader reports" in english and "1× Other, 1× Threat" in english
