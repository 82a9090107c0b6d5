"""Queue tabs, counts, filters, search and keyset pages, within the moderator's sites."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, Role, Site
from moderation.services.desk import filters, queue
from moderation.services.desk.assignments import SiteScope

Login = Callable[[Account], None]


def ids_on(page: str) -> list[int]:
    return [int(match) for match in re.findall(r'<li class="item[^"]*" id="comment-(\d+)"', page)]


def test_tabs_show_counts_and_only_their_status(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    held = make_held("zurückgehalten")
    published = make_held("veröffentlicht", status=CommentStatus.PUBLISHED)
    rejected = make_held("abgelehnt", status=CommentStatus.REJECTED)
    pending = make_held("wartet", status=CommentStatus.PENDING)
    login(make_moderator())
    html = client.get("/dashboard/").get_data(as_text=True)
    assert ids_on(html) == [held.id]
    for name, count in (("Zu prüfen", 1), ("Ausstehend", 1), ("Veröffentlicht", 1)):
        assert re.search(rf"{name}\s*<span class=\"count\">{count}</span>", html), name
    assert ids_on(client.get("/dashboard/?tab=published").get_data(as_text=True)) == [published.id]
    assert ids_on(client.get("/dashboard/?tab=rejected").get_data(as_text=True)) == [rejected.id]
    assert ids_on(client.get("/dashboard/?tab=pending").get_data(as_text=True)) == [pending.id]
    everything = client.get("/dashboard/?tab=all&sort=newest").get_data(as_text=True)
    assert ids_on(everything) == [pending.id, rejected.id, published.id, held.id]


def test_moderators_see_only_their_sites_and_admins_see_all(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
) -> None:
    mine = make_held("auf meiner Seite")
    elsewhere = make_held("anderswo", site=make_site())
    login(make_moderator())
    assert ids_on(client.get("/dashboard/").get_data(as_text=True)) == [mine.id]
    assert client.get(f"/dashboard/comments/{elsewhere.id}").status_code == 404
    assert client.get(f"/dashboard/comments/{mine.id}").status_code == 200
    login(make_account(Role.ADMIN))
    assert ids_on(client.get("/dashboard/").get_data(as_text=True)) == [mine.id, elsewhere.id]


def test_unassigned_moderator_sees_an_empty_desk(
    client: FlaskClient,
    login: Login,
    make_account: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    comment = make_held()
    login(make_account(Role.MODERATOR))
    assert ids_on(client.get("/dashboard/").get_data(as_text=True)) == []
    assert client.get(f"/dashboard/comments/{comment.id}").status_code == 404


def test_filters_by_site_article_author_and_label_threshold(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    desk_site: Site,
) -> None:
    second = make_site("zweite")
    author = make_account(display_name="Erika Muster", email="erika@example.org")
    article = Article(site=desk_site, external_id="wahl", title="Die Wahl")
    threat = make_held("Drohung", scores={"threat": 0.91}, article=article)
    by_erika = make_held("von Erika", author=author, scores={"threat": 0.2})
    other_site = make_held("zweite Seite", site=second, scores={"threat": 0.2})
    login(make_moderator(desk_site, second))

    def shown(query: str) -> list[int]:
        return ids_on(client.get(f"/dashboard/?{query}").get_data(as_text=True))

    assert shown("") == [threat.id, by_erika.id, other_site.id]
    assert shown(f"site={second.id}") == [other_site.id]
    assert shown(f"article={article.id}") == [threat.id]
    assert shown("label=threat&min=0.9") == [threat.id]
    assert shown("label=threat&min=0.95") == []
    for named in (str(author.id), "erika@example.org", "ERIKA MUSTER"):
        assert shown(f"author={named}") == [by_erika.id], named
    html = client.get("/dashboard/?author=niemand").get_data(as_text=True)
    assert ids_on(html) == [] and "Keine Person passt" in html


def test_search_matches_text_and_treats_percent_and_underscore_literally(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    percent = make_held("Rabatt: 100% sicher")
    underscore = make_held("mein_name ist Hase")
    plain = make_held("Hundert Prozent, mein Name")
    login(make_moderator())

    def found(text: str) -> list[int]:
        return ids_on(client.get("/dashboard/", query_string={"q": text}).get_data(as_text=True))

    assert found("100%") == [percent.id]
    assert found("%") == [percent.id]
    assert found("_") == [underscore.id]
    assert found("n_me") == []  # _ is not a wildcard
    assert found("RABATT") == [percent.id]  # case-insensitive
    assert found("mein") == [underscore.id, plain.id]


def test_sort_by_score_follows_the_filtered_label(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    toxic = make_held("a", scores={"toxicity": 0.9, "insult": 0.6})
    insulting = make_held("b", scores={"toxicity": 0.6, "insult": 0.95})
    login(make_moderator())
    assert ids_on(client.get("/dashboard/?sort=score").get_data(as_text=True)) == [
        toxic.id,
        insulting.id,
    ]
    by_insult = client.get("/dashboard/?sort=score&label=insult&min=0.5").get_data(as_text=True)
    assert ids_on(by_insult) == [insulting.id, toxic.id]


def test_keyset_pages_walk_forward_and_back_without_offsets(
    app: Flask,
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comments = [
        make_held(f"Nr. {i}", scores={"toxicity": round(0.5 + (i % 4) / 10, 2)}) for i in range(11)
    ]
    scope = SiteScope(frozenset({desk_site.id}))
    for order in filters.QueueOrder:
        flt = filters.QueueFilter(order=order)
        seen: list[int] = []
        page = queue.page(scope, flt, limit=4)
        pages = [page]
        while True:
            seen += [comment.id for comment in page.items]
            if page.next_cursor is None:
                break
            page = queue.page(scope, flt, after=page.next_cursor, limit=4)
            pages.append(page)
        assert sorted(seen) == sorted(c.id for c in comments), order
        assert len(seen) == len(set(seen)) == 11
        assert [len(p.items) for p in pages] == [4, 4, 3]
        # Back from the last page lands on the middle page exactly.
        back = queue.page(scope, flt, before=pages[2].prev_cursor, limit=4)
        assert [c.id for c in back.items] == [c.id for c in pages[1].items]
        assert back.prev_cursor is not None and back.next_cursor is not None
        first = queue.page(scope, flt, before=back.prev_cursor, limit=4)
        assert [c.id for c in first.items] == [c.id for c in pages[0].items]
        assert first.prev_cursor is None
    by_score = [
        c.latest_score.toxicity
        for c in queue.page(scope, filters.QueueFilter(order=filters.QueueOrder.SCORE)).items
    ]
    assert by_score == sorted(by_score, reverse=True)


def test_a_decided_comment_does_not_shift_the_next_page(
    app: Flask, make_held: Callable[..., Comment], desk_site: Site
) -> None:
    comments = [make_held(f"Nr. {i}") for i in range(6)]
    scope = SiteScope(frozenset({desk_site.id}))
    first = queue.page(scope, filters.QueueFilter(), limit=3)
    comments[0].status = CommentStatus.PUBLISHED  # decided while the moderator reads page 1
    db.session.commit()
    second = queue.page(scope, filters.QueueFilter(), after=first.next_cursor, limit=3)
    assert [c.id for c in second.items] == [c.id for c in comments[3:]]


def test_bad_cursors_fall_back_to_the_first_page(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    comment = make_held()
    login(make_moderator())
    for query in ("after=abc", "sort=score&after=nan_1", "before=-5", "tab=bogus&sort=bogus"):
        response = client.get(f"/dashboard/?{query}")
        assert response.status_code == 200, query
        assert ids_on(response.get_data(as_text=True)) == [comment.id], query


def test_tab_counts_are_capped(
    app: Flask,
    make_held: Callable[..., Comment],
    make_reported: Callable[..., Comment],
    desk_site: Site,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(queue, "COUNT_CAP", 2)
    for i in range(4):
        make_held(f"Nr. {i}")
        make_reported(f"Gemeldet {i}", reasons=["spam"])
    counts = queue.tab_counts(SiteScope(frozenset({desk_site.id})), filters.QueueFilter())
    assert counts[filters.Tab.HELD] == 3  # "2+" on the page
    assert counts[filters.Tab.REPORTED] == 3
