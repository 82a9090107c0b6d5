"""The cascade through the worker: one transformer call per batch, and each Score row names
the part that judged, which also explains it."""

from __future__ import annotations

from collections.abc import Callable

from moderation.extensions import db
from moderation.models import Comment, CommentStatus, Score, Site
from moderation.scoring.cascade import CascadeScorer
from moderation.scoring.labels import LABELS
from moderation.services.automod import explanations, judging
from tests.support.scorers import KeywordScorer

HOLD_AT_HALF = {"hold_thresholds": dict.fromkeys(LABELS, 0.5)}
BODIES = [
    "Danke für den Artikel.",  # fast 0.01: clean, published on the fast scores
    "Das ist doch Unsinn, Sie Schwachkopf.",  # fast 0.45: the transformer decides (0.9)
    "Du Vollidiot!",  # fast 0.99: decided on the fast scores
    "Unsinn, aber gut geschrieben.",  # fast 0.45: the transformer decides (0.1)
]


def cascade() -> CascadeScorer:
    fast = KeywordScorer("embedded", "fast-1", {"vollidiot": 0.99, "unsinn": 0.45})
    slow = KeywordScorer("detoxify", "slow-1", {"schwachkopf": 0.9, "unsinn": 0.1})
    return CascadeScorer(fast, slow, low=0.3, high=0.7)


def scores_by_comment() -> dict[int, Score]:
    db.session.expire_all()
    return {s.comment_id: s for s in db.session.execute(db.select(Score)).scalars()}


def test_a_burst_costs_one_transformer_call_and_each_score_names_its_judge(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment]
) -> None:
    site = make_site(policy=HOLD_AT_HALF)
    comments = [make_comment(site=site, body=body) for body in BODIES]
    scorer = cascade()
    assert judging.score_comment(comments[0].id, scorer) is judging.Outcome.DECIDED
    assert scorer.fast.calls == [BODIES]  # the whole batch, once
    assert scorer.slow.calls == [[BODIES[1], BODIES[3]]]  # the unclear ones, once
    scores = scores_by_comment()
    judged_by = [scores[c.id].scorer_version.rsplit(">", 1) for c in comments]
    assert judged_by == [
        [scorer.version, "embedded"],
        [scorer.version, "detoxify"],
        [scorer.version, "embedded"],
        [scorer.version, "detoxify"],
    ]
    assert {s.scorer_name for s in scores.values()} == {"cascade"}
    assert [scores[c.id].toxicity for c in comments] == [0.01, 0.9, 0.99, 0.1]
    statuses = [db.session.get(Comment, c.id).status for c in comments]
    assert statuses == [
        CommentStatus.PUBLISHED,
        CommentStatus.HELD,
        CommentStatus.REJECTED,  # the default policy rejects toxicity >= 0.95
        CommentStatus.PUBLISHED,
    ]


def test_a_deferred_comment_is_explained_by_the_transformer_alone(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment]
) -> None:
    comment = make_comment(site=make_site(policy=HOLD_AT_HALF), body=BODIES[1])
    scorer = cascade()
    judging.score_comment(comment.id, scorer)
    fast_calls, slow_calls = len(scorer.fast.calls), len(scorer.slow.calls)
    assert explanations.explain_comment(comment.id, scorer) is explanations.Outcome.EXPLAINED
    # One call of the part that judged, with the stored scores as the baseline: no text
    # of the occlusion is routed through the other part.
    assert len(scorer.fast.calls) == fast_calls
    assert len(scorer.slow.calls) == slow_calls + 1
    assert BODIES[1] not in scorer.slow.calls[-1]
    explanation = scores_by_comment()[comment.id].explanation
    assert [span["text"] for span in explanation["spans"]] == ["Schwachkopf"]


def test_a_comment_decided_on_the_fast_scores_is_explained_by_the_fast_part(
    make_site: Callable[..., Site], make_comment: Callable[..., Comment]
) -> None:
    # Without "Vollidiot" the text is unclear to the fast part; it must not go to the other.
    comment = make_comment(site=make_site(policy=HOLD_AT_HALF), body="Unsinn, du Vollidiot!")
    scorer = cascade()
    judging.score_comment(comment.id, scorer)
    assert explanations.explain_comment(comment.id, scorer) is explanations.Outcome.EXPLAINED
    assert scorer.slow.calls == []
    explanation = scores_by_comment()[comment.id].explanation
    assert [span["text"] for span in explanation["spans"]] == ["Vollidiot"]
