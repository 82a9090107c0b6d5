"""One comment in context: why it was held, article and parent, author panel, claims, history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import (
    Account,
    Article,
    Comment,
    CommentClaim,
    CommentStatus,
    ModeratorNote,
    Site,
)
from moderation.models.types import utcnow
from moderation.services.desk import claims

Login = Callable[[Account], None]


def test_detail_shows_escaped_text_reasons_bars_and_scorer(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    article = Article(
        site=desk_site,
        external_id="ob-wahl",
        title="Wer wird <b>OB</b>?",
        url="https://rheinblick.example/ob-wahl",
    )
    comment = make_held('<img src=x onerror="alert(1)"> Du Idiot', article=article)
    login(make_moderator())
    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; Du Idiot" in html
    assert "<img src=x" not in html
    assert "Warum zurückgehalten" in html
    # Reasons stored as text only (before they were kept as data) show as they are.
    assert "toxicity 0.83 &gt;= 0.50 (hold)" in html and "insult 0.71 &gt;= 0.50 (hold)" in html
    assert "Beleidigung</span>" in html and '<span class="value">0,71</span>' in html
    assert "Bewertet von: Gemeinsames Modell (Leichtes eingebautes Modell)." in html
    assert 'title="embedded test-1"' in html
    assert 'href="https://rheinblick.example/ob-wahl"' in html
    assert "Wer wird &lt;b&gt;OB&lt;/b&gt;?" in html


def test_article_links_other_than_http_are_not_links(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    article = Article(site=desk_site, external_id="x", title="Titel", url="javascript:alert(1)")
    comment = make_held(article=article)
    login(make_moderator())
    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "javascript:" not in html


def test_reply_shows_its_parent(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_account: Callable[..., Account],
) -> None:
    parent_author = make_account(display_name="Anna Rhein")
    parent = make_held(
        "Ich wähle die Kandidatin.", status=CommentStatus.PUBLISHED, author=parent_author
    )
    reply = make_held("Halt die Klappe.", parent=parent, article=parent.article)
    login(make_moderator())
    html = client.get(f"/dashboard/comments/{reply.id}").get_data(as_text=True)
    assert "Antwort auf Anna Rhein" in html and "Ich wähle die Kandidatin." in html


def test_author_panel_counts_recent_comments_and_notes(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_account: Callable[..., Account],
    page_token: Callable[[str], str],
) -> None:
    author = make_account(display_name="Krawallmacher")
    author.created_at = utcnow() - timedelta(days=40)
    db.session.commit()
    for status in (CommentStatus.PUBLISHED, CommentStatus.PUBLISHED, CommentStatus.REJECTED):
        make_held(f"früher {status.value}", status=status, author=author)
    comment = make_held("jetzt", author=author)
    moderator = make_moderator()
    login(moderator)
    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "Autor/in: Krawallmacher" in html
    assert "1 Monat" in html  # account age
    assert '<span class="badge badge-published">2</span> veröffentlicht' in html
    assert '<span class="badge badge-rejected">1</span> abgelehnt' in html
    assert "früher rejected" in html  # recent comments
    response = client.post(
        f"/dashboard/comments/{comment.id}/author/notes",
        data={
            "csrf_token": page_token(f"/dashboard/comments/{comment.id}"),
            "body": "Schreibt oft <b>grenzwertig</b>.",
        },
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "Notiz gespeichert." in html
    assert "Schreibt oft &lt;b&gt;grenzwertig&lt;/b&gt;." in html
    note = db.session.execute(db.select(ModeratorNote)).scalar_one()
    assert note.account_id == author.id and note.written_by_id == moderator.id


def test_opening_a_comment_claims_it_softly_for_two_minutes(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    comment = make_held()
    first = make_moderator(display_name="Mira")
    second = make_moderator(display_name="Karl")
    login(first)
    client.get(f"/dashboard/comments/{comment.id}")
    login(second)
    detail = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "Mira sieht sich das gerade an" in detail
    assert "Mira sieht sich das gerade an" in client.get("/dashboard/").get_data(as_text=True)
    assert claims.others_looking([comment.id], first) == {comment.id: ["Karl"]}
    # Expired claims are not shown.
    for claim in db.session.execute(db.select(CommentClaim)).scalars():
        claim.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert claims.others_looking([comment.id], second) == {}


def test_claim_endpoint_needs_the_csrf_header(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    page_token: Callable[[str], str],
) -> None:
    comment = make_held()
    login(make_moderator())
    assert client.post(f"/dashboard/comments/{comment.id}/claim").status_code == 400
    token = page_token("/dashboard/")
    response = client.post(
        f"/dashboard/comments/{comment.id}/claim", headers={"X-CSRFToken": token}
    )
    assert response.status_code == 204
    assert (
        client.post("/dashboard/comments/999999/claim", headers={"X-CSRFToken": token}).status_code
        == 404
    )


def test_dates_are_shown_in_the_site_time_zone(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
) -> None:
    from datetime import UTC, datetime

    lisbon = make_site("lisboa")
    lisbon.timezone = "Europe/Lisbon"
    berlin_comment = make_held(created_at=datetime(2026, 1, 15, 12, 0, tzinfo=UTC))
    lisbon_comment = make_held(site=lisbon, created_at=datetime(2026, 1, 15, 12, 0, tzinfo=UTC))
    login(make_moderator(lisbon, berlin_comment.site))
    berlin = client.get(f"/dashboard/comments/{berlin_comment.id}").get_data(as_text=True)
    assert "15.01.2026, 13:00:00" in berlin
    there = client.get(f"/dashboard/comments/{lisbon_comment.id}").get_data(as_text=True)
    assert "15.01.2026, 12:00:00" in there
