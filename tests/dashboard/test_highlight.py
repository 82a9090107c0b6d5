"""The words that drove a score, marked in the comment's text on the desk, and only as text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from moderation.dashboard.highlight import Piece, pieces
from moderation.extensions import db
from moderation.models import Account, Comment, Score
from moderation.scoring.explain import explain
from moderation.scoring.labels import LABELS, LabelScores

Login = Callable[[Account], None]


def span(body: str, word: str, weight: float) -> dict[str, Any]:
    start = body.index(word)
    return {"start": start, "end": start + len(word), "text": word, "weight": weight}


def test_pieces_mark_the_spans_in_order_and_keep_every_character() -> None:
    body = "Du bist ein Idiot und ein Depp."
    explanation = {"label": "insult", "spans": [span(body, "Depp", 0.14), span(body, "Idiot", 0.4)]}

    result = pieces(body, explanation)

    assert "".join(piece.text for piece in result) == body
    assert [(p.text, p.weight) for p in result if p.weight is not None] == [
        ("Idiot", 0.4),
        ("Depp", 0.14),
    ]
    assert [p.strong for p in result if p.weight is not None] == [True, False]


def test_only_words_whose_weight_matters_are_marked() -> None:
    """The explainer's spans for "Wer so einen Unsinn schreibt, gehört eingesperrt.": the two
    words that carry it are marked, "so" and "einen" are not, and nothing is dark."""
    body = "Wer so einen Unsinn schreibt, gehört eingesperrt."
    weights = {
        "eingesperrt": 0.124,
        "gehört": 0.118,
        "schreibt": 0.077,
        "einen": 0.063,
        "so": 0.049,
    }
    explanation = {"label": "toxicity", "spans": [span(body, w, x) for w, x in weights.items()]}
    marked = [(p.text, p.strong) for p in pieces(body, explanation) if p.weight is not None]
    assert marked == [("gehört", False), ("eingesperrt", False)]
    # Beside a word that alone moves the score a lot, a moderately weighted one is not marked.
    body = "Halt doch die Klappe, du Vollidiot."
    explanation = {"spans": [span(body, "Vollidiot", 0.46), span(body, "Klappe", 0.11)]}
    marked = [(p.text, p.strong) for p in pieces(body, explanation) if p.weight is not None]
    assert marked == [("Vollidiot", True)]


@pytest.mark.parametrize(
    "explanation",
    [
        None,
        {},
        {"spans": "nonsense"},
        {"spans": [{"start": 0, "end": 3, "text": "XYZ", "weight": 0.5}]},  # not what is there
        {"spans": [{"start": 5, "end": 500, "text": "bist", "weight": 0.5}]},  # out of range
        {"spans": [{"start": "a", "end": 2, "text": "Du", "weight": 0.5}]},
        {"spans": [{"start": 0, "end": 2, "text": "Du"}]},  # no weight
    ],
)
def test_spans_that_do_not_fit_the_text_mark_nothing(explanation: Any) -> None:
    body = "Du bist ein Idiot"
    assert pieces(body, explanation) == [Piece(body)]


def test_overlapping_spans_mark_each_character_once() -> None:
    body = "Halt die Klappe"
    explanation = {
        "spans": [
            {"start": 0, "end": 8, "text": "Halt die", "weight": 0.3},
            {"start": 5, "end": 15, "text": "die Klappe", "weight": 0.2},
        ]
    }
    result = pieces(body, explanation)
    assert "".join(p.text for p in result) == body
    assert [p.text for p in result if p.weight] == ["Halt die"]


class InsultWord:
    """A scorer whose insult score is high exactly when the text contains "Idiot"."""

    name, version = "word", "1"

    def score(self, texts: list[str]) -> list[LabelScores]:
        return [
            {**dict.fromkeys(LABELS, 0.01), "insult": 0.9 if "Idiot" in t else 0.1} for t in texts
        ]


def test_comment_page_marks_the_explained_word_and_escapes_the_rest(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    body = "<script>alert(1)</script> Du <b>Idiot</b>"
    comment = make_held(body)
    score = db.session.execute(db.select(Score).where(Score.comment_id == comment.id)).scalar_one()
    score.explanation = explain(InsultWord(), body, "insult")  # the real explainer's output
    db.session.commit()
    login(make_moderator())

    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)
    queue = client.get("/dashboard/?tab=held").get_data(as_text=True)

    for page in (html, queue):
        assert "<script>alert(1)</script>" not in page and "<b>Idiot" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Du &lt;b&gt;" in page
        assert '<mark class="drove strong"' in page
        assert ">Idiot</mark>&lt;/b&gt;" in page
    assert "Markiert: die Wörter, die die Bewertung „Beleidigung“ bestimmt haben." in html
    assert (
        '<mark class="drove strong">Dunkel</mark>: ohne das Wort wäre sie um mindestens 0,15'
        in (html)
    )
    assert '<mark class="drove">hell</mark>: um 0,08 bis 0,15 niedriger.' in html


def test_held_comment_without_its_explanation_says_it_is_being_worked_out(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    comment = make_held("Du bist ein Idiot")  # the explanation task has not run yet
    login(make_moderator())

    html = client.get(f"/dashboard/comments/{comment.id}").get_data(as_text=True)

    assert "<mark" not in html
    assert "Du bist ein Idiot</blockquote>" in html
    assert "Welche Wörter" in html or "ermittelt" in html
