"""A comment's highest score per label (``max_<label>``) follows every score written for it,
and the queue's score sort over it (and the "label at least" filter) match the scores."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import insert

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, Score, Site
from moderation.scoring.labels import LABELS, LabelScores
from moderation.services.automod import judging
from moderation.services.desk import filters, queue
from moderation.services.desk.assignments import SiteScope

HOLD_ALL = {"hold_thresholds": dict.fromkeys(LABELS, 1e-9), "reject_thresholds": {"toxicity": 1.0}}


class FixedScorer:
    """Gives each text the scores queued for it, in order."""

    name = "fixed"
    version = "test-1"

    def __init__(self, *results: dict[str, float]) -> None:
        self.results = list(results)

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        return [{**dict.fromkeys(LABELS, 0.0), **self.results.pop(0)} for _ in texts]


def maxima(comment_id: int) -> dict[str, float]:
    db.session.expire_all()
    comment = db.session.get(Comment, comment_id)
    assert comment is not None
    return {label: getattr(comment, f"max_{label}") for label in LABELS}


def add_score(comment: Comment, **values: float) -> None:
    """A score as the fixtures write it: through the ORM."""
    db.session.add(
        Score(
            comment_id=comment.id,
            scorer_name="test",
            scorer_version="1",
            **{**dict.fromkeys(LABELS, 0.0), **values},
        )
    )
    db.session.commit()


def test_scoring_writes_the_comments_highest_scores(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment]
) -> None:
    comment = make_comment(site=make_site(policy=HOLD_ALL), body="Du Idiot")
    assert maxima(comment.id) == dict.fromkeys(LABELS, -1.0)  # unscored: sorts last
    scorer = FixedScorer({"toxicity": 0.8, "insult": 0.6})
    assert judging.score_comment(comment.id, scorer) is judging.Outcome.DECIDED
    assert maxima(comment.id) == {**dict.fromkeys(LABELS, 0.0), "toxicity": 0.8, "insult": 0.6}


def test_a_new_score_raises_the_maxima_and_never_lowers_them(
    make_comment: Callable[..., Comment],
) -> None:
    comment = make_comment(status=CommentStatus.HELD)
    other = make_comment(status=CommentStatus.HELD)
    add_score(comment, toxicity=0.7, threat=0.2)
    # Re-scored (after an edit, or by a newer model): lower toxicity, higher threat.
    add_score(comment, toxicity=0.4, threat=0.9)
    # The worker's bulk insert (an ORM bulk INSERT, no per-object events) counts as well.
    db.session.execute(
        insert(Score),
        [
            {
                "comment_id": comment.id,
                "scorer_name": "bulk",
                "scorer_version": "1",
                **dict.fromkeys(LABELS, 0.0),
                "obscene": 0.3,
            }
        ],
    )
    db.session.commit()
    assert maxima(comment.id) == {
        **dict.fromkeys(LABELS, 0.0),
        "toxicity": 0.7,
        "threat": 0.9,
        "obscene": 0.3,
    }
    assert maxima(other.id) == dict.fromkeys(LABELS, -1.0)  # only its own comment changes


def test_one_statement_of_many_scores_raises_each_comments_maxima(
    make_comment: Callable[..., Comment],
) -> None:
    """The worker writes a batch's scores with one multi-row INSERT: two for one comment
    (the higher counts) and one for another, all in one statement."""
    first, second = make_comment(), make_comment()
    rows = [
        {"comment_id": first.id, "toxicity": 0.2, "insult": 0.8},
        {"comment_id": first.id, "toxicity": 0.6, "insult": 0.1},
        {"comment_id": second.id, "toxicity": 0.4},
    ]
    table = Score.__table__
    db.session.execute(
        insert(table).returning(table.c.id),
        [
            {"scorer_name": "bulk", "scorer_version": "1", **dict.fromkeys(LABELS, 0.0), **row}
            for row in rows
        ],
    )
    db.session.commit()
    assert maxima(first.id) == {**dict.fromkeys(LABELS, 0.0), "toxicity": 0.6, "insult": 0.8}
    assert maxima(second.id) == {**dict.fromkeys(LABELS, 0.0), "toxicity": 0.4}


def test_score_sort_and_label_filter_match_the_scores_themselves(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment]
) -> None:
    """The order the subquery over scores gave: highest score first, oldest first among
    equals, unscored last; page by page in both directions."""
    scores = [(0.5,), (0.9, 0.2), (0.7,), (), (0.9,), (0.3, 0.95), (0.7,), ()]
    desk_site = make_site()
    comments = []
    for values in scores:
        comment = make_comment(site=desk_site, status=CommentStatus.HELD)
        for value in values:
            add_score(comment, toxicity=value, insult=value / 2)
        comments.append(comment)
    highest = {c.id: max(values, default=-1.0) for c, values in zip(comments, scores, strict=True)}
    expected = sorted(highest, key=lambda ident: (-highest[ident], ident))
    scope = SiteScope(frozenset({desk_site.id}))
    flt = filters.QueueFilter(order=filters.QueueOrder.SCORE)

    pages = [queue.page(scope, flt, limit=3)]
    while pages[-1].next_cursor:
        pages.append(queue.page(scope, flt, after=pages[-1].next_cursor, limit=3))
    assert [c.id for p in pages for c in p.items] == expected
    back = queue.page(scope, flt, before=pages[2].prev_cursor, limit=3)
    assert [c.id for c in back.items] == expected[3:6]

    by_insult = filters.QueueFilter(label="insult", threshold=0.45)
    matched = {c.id for c in queue.page(scope, by_insult).items}
    assert matched == {
        c.id for c, values in zip(comments, scores, strict=True) if max(values, default=0) >= 0.9
    }
