"""Per-site models: retrain, the activation gate, rollback, isolation, and who judged a comment."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask

from moderation.extensions import db
from moderation.models import (
    Comment,
    CommentStatus,
    Score,
    Site,
    SiteModel,
    SiteModelStatus,
    TrainingExample,
)
from moderation.scoring import site_head
from moderation.scoring.base import Scorer
from moderation.scoring.functional import suite
from moderation.scoring.threats import find_threat
from moderation.services.automod import judging
from moderation.services.learning import retraining, site_models
from tests.support import learning

FOOTBALL = "Fortuna hat gestern 3 zu 1 gegen Köln gewonnen, was für ein Spiel!"


def _status(site: Site) -> dict[int, str]:
    return {m.version: m.status.value for m in site_models.list_versions(site.slug)}


def test_a_better_model_is_activated_and_judges_its_sites_comments(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
) -> None:
    site, other = make_site(), make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    model = retraining.retrain_site(site.slug, embedded_scorer)
    assert model.status is SiteModelStatus.ACTIVE and model.version == 1
    assert model.evaluation["passed"] and model.evaluation["baseline"] == "shared"
    assert model.evaluation["macro_f1"] > model.evaluation["shared_macro_f1"]
    assert model.evaluation["critical"] <= model.evaluation["shared_critical"]
    assert model.evaluation["newly_published_threats"] == []
    assert model.training_examples + model.holdout_examples == 150

    mine = make_comment(site=site, body=FOOTBALL)
    theirs = make_comment(site=other, body=FOOTBALL)
    judging.score_comment(mine.id, embedded_scorer)
    judging.score_comment(theirs.id, embedded_scorer)
    db.session.expire_all()
    scores = db.session.execute(db.select(Score)).scalars()
    versions = {score.comment_id: score.scorer_version for score in scores}
    assert versions[mine.id] == f"site-{site.slug}-v1+{embedded_scorer.version}"
    assert versions[theirs.id] == embedded_scorer.version
    assert db.session.get(Comment, mine.id).status is CommentStatus.HELD
    assert db.session.get(Comment, theirs.id).status is CommentStatus.PUBLISHED


def test_a_candidate_worse_than_the_shared_model_is_refused(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    site = make_site()
    # Older decisions approve insults; the newest (held back) reject them, as the shared
    # model does: a head fitted on the old ones is worse on the new ones.
    old = learning.interleave(
        [(t, False) for t in learning.texts("insult", 60)],
        [(t, True) for t in learning.texts("football", 60)],
        [(t, False) for t in learning.texts("clean", 40)],
    )
    new = learning.interleave(
        [(t, True) for t in learning.texts("insult", 20, 70)],
        [(t, False) for t in learning.texts("clean", 20, 50)],
    )
    learning.add_examples(site, old + new)
    model = retraining.retrain_site(site.slug, embedded_scorer)
    assert model.status is SiteModelStatus.CANDIDATE
    assert not model.evaluation["passed"]
    assert model.evaluation["macro_f1"] < model.evaluation["shared_macro_f1"]
    assert model.evaluation["reason"].startswith("refused: macro-F1")
    assert site_models.active(site.id) is None
    assert site_models.scorers_for(embedded_scorer, [site.id])[site.id] is embedded_scorer


def test_a_candidate_that_does_not_beat_the_active_version_stays_a_candidate(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    retraining.retrain_site(site.slug, embedded_scorer)
    second = retraining.retrain_site(site.slug, embedded_scorer)
    assert second.evaluation["baseline"] == "v1"
    assert second.status is SiteModelStatus.CANDIDATE  # equal is not better
    assert _status(site) == {1: "active", 2: "candidate"}


def test_rollback_returns_the_previous_version_then_the_shared_model(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    retraining.retrain_site(site.slug, embedded_scorer)
    retraining.retrain_site(site.slug, embedded_scorer, activate=False)
    site_models.activate(site.slug, 2)
    assert _status(site) == {1: "retired", 2: "active"}
    assert site_models.rollback(site.slug).version == 1
    assert _status(site) == {1: "active", 2: "retired"}
    scorer = site_models.scorers_for(embedded_scorer, [site.id])[site.id]
    assert scorer.version.startswith(f"site-{site.slug}-v1+")
    assert site_models.rollback(site.slug) is None
    assert _status(site) == {1: "retired", 2: "retired"}
    assert site_models.scorers_for(embedded_scorer, [site.id])[site.id] is embedded_scorer
    with pytest.raises(site_models.ModelNotFound):
        site_models.rollback(site.slug)


def test_a_version_that_publishes_more_threats_cannot_be_activated(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    model = retraining.retrain_site(site.slug, embedded_scorer, activate=False)
    model.evaluation = {**model.evaluation, "threats_ok": False}
    db.session.commit()
    with pytest.raises(site_models.ActivationRefused):
        site_models.activate(site.slug, model.version)
    assert site_models.active(site.id) is None


def test_one_sites_examples_never_reach_another_sites_model(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    football, fans = make_site(), make_site()
    learning.add_examples(football, learning.football_site_rows(150))
    first = retraining.retrain_site(football.slug, embedded_scorer, activate=False)
    # The other site's moderators approve every football comment, and have plenty of them.
    learning.add_examples(fans, [(t, False) for t in learning.texts("football", 300)])
    with pytest.raises(retraining.NotEnoughExamples):
        retraining.retrain_site(fans.slug, embedded_scorer)  # its examples alone: one label
    again = retraining.retrain_site(football.slug, embedded_scorer, activate=False)
    assert again.artifact_sha256 == first.artifact_sha256
    assert again.training_examples == first.training_examples
    assert retraining.current_examples(fans.id).texts == learning.texts("football", 300)


def test_superseded_examples_are_not_trained_on(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    before = len(retraining.current_examples(site.id).ids)
    example = db.session.execute(db.select(TrainingExample)).scalars().first()
    example.superseded_at = example.decided_at
    db.session.commit()
    assert len(retraining.current_examples(site.id).ids) == before - 1


def test_sites_are_due_after_enough_new_examples_since_their_last_version(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    site, quiet = make_site(), make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    learning.add_examples(quiet, learning.football_site_rows(20))
    assert retraining.due_sites(min_new=100) == [site.slug]
    retraining.retrain_site(site.slug, embedded_scorer)
    assert retraining.due_sites(min_new=100) == []
    learning.add_examples(site, learning.football_site_rows(100, offset=7), start_days_ago=1)
    assert retraining.due_sites(min_new=100) == [site.slug]
    assert db.session.execute(db.select(db.func.count(SiteModel.id))).scalar_one() == 1


def test_the_retrain_command_prints_the_evaluation_and_activates(
    app: Flask, make_site: Callable[..., Site]
) -> None:
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    result = app.test_cli_runner().invoke(args=["learn", "retrain", site.slug])
    assert result.exit_code == 0, result.output
    assert f"site-{site.slug}-v1  active" in result.output
    assert "macro-F1" in result.output and "passed: macro-F1" in result.output
    assert "threats published on the functional suite" in result.output
    empty = make_site()
    result = app.test_cli_runner().invoke(args=["learn", "retrain", empty.slug])
    assert result.exit_code != 0 and "needs at least" in result.output


def test_only_the_newest_examples_are_read_past_the_cap(
    make_site: Callable[..., Site], embedded_scorer: Scorer
) -> None:
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    settings = retraining.RetrainSettings(max_examples=120)
    model = retraining.retrain_site(site.slug, embedded_scorer, settings=settings)
    assert model.training_examples + model.holdout_examples == 120


class _LabelsOnly:
    """A judge with labels and no features, as a transformer served through Detoxify is."""

    name, version = "labels-only", "judge-1"

    def __init__(self, inner: Scorer) -> None:
        self._inner = inner

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        return self._inner.score(texts)


def test_a_site_learns_over_a_judge_that_gives_labels_only(
    make_site: Callable[..., Site],
    make_comment: Callable[..., Comment],
    embedded_scorer: Scorer,
) -> None:
    # The site head reads the light scorer's sentence embeddings beside the judge's labels
    # (sentence_features.py).
    judge = _LabelsOnly(embedded_scorer)
    assert not hasattr(judge, "features")
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    model = retraining.retrain_site(site.slug, judge)
    assert model.status is SiteModelStatus.ACTIVE, model.evaluation
    assert model.evaluation["macro_f1"] > model.evaluation["shared_macro_f1"]

    comment = make_comment(site=site, body=FOOTBALL)
    judging.score_comment(comment.id, judge)
    db.session.expire_all()
    version = db.session.execute(db.select(Score.scorer_version)).scalar_one()
    assert version.startswith(f"site-{site.slug}-v1+judge-1+usem3-")
    assert db.session.get(Comment, comment.id).status is CommentStatus.HELD
    # The judge alone publishes it: the site's own standard made the difference.
    assert judge.score([FOOTBALL])[0]["toxicity"] < 0.5


def test_the_threat_check_compares_cases_not_counts(
    make_site: Callable[..., Site], embedded_scorer: Scorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A candidate that publishes a threat case the shared model held is refused, even when
    # it holds another that the shared model published: as many threats published, but one
    # of them new.
    cases = [c for c in suite.load_cases() if c.expected == "must_not_publish"]
    outcomes = suite.run(embedded_scorer.score, suite.policy_decider(), cases).outcomes
    # Held by the model's scores, not by the threat detector (which holds whatever a model says).
    victim = next(
        o.case for o in outcomes
        if not o.critical and o.case.lang == "de" and find_threat(o.case.text) is None
    )  # fmt: skip
    traded = next(o.case for o in outcomes if o.critical and o.case.lang == "de")
    site = make_site()
    learning.add_examples(site, learning.football_site_rows(150))
    real = site_head.SiteScorer.score

    def candidate_score(self: site_head.SiteScorer, texts: list[str]) -> list[dict[str, float]]:
        rows = real(self, texts)
        for row, text in zip(rows, texts, strict=True):
            if text == victim.text:
                row.update(dict.fromkeys(row, 0.01))
            elif text == traded.text:
                row.update(dict.fromkeys(row, 0.99))
        return rows

    monkeypatch.setattr(site_head.SiteScorer, "score", candidate_score)
    model = retraining.retrain_site(site.slug, embedded_scorer)
    assert model.evaluation["critical"] <= model.evaluation["shared_critical"]
    assert model.evaluation["newly_published_threats"] == [victim.id]
    assert not model.evaluation["threats_ok"]
    assert model.status is SiteModelStatus.CANDIDATE
    assert victim.id in model.evaluation["reason"]
    with pytest.raises(site_models.ActivationRefused):
        site_models.activate(site.slug, model.version)
