"""The panel stepping back for the German model: it raises the threat only where the model's own
threat reaches a floor, the threat is read at the step-back's cut, and only for its judge."""

from __future__ import annotations

import numpy as np
import pytest

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.cascade import CascadeScorer
from moderation.scoring.guard_step_back import StepBack, read_at
from moderation.scoring.threat_guard import GuardPanel, ThreatGuard, ThreatGuardedScorer
from tests.support.scorers import KeywordScorer, KeywordScorerWithFeatures

STEP_BACK = StepBack("german-", 0.01, 0.4)


def panel_at(logit: float, step_back: StepBack | None = STEP_BACK) -> GuardPanel:
    """A panel of one constant head whose probability is sigmoid(``logit``)."""
    head = ThreatGuard(np.zeros(512, dtype=np.float32), logit, 0.0, "ab" * 32)
    return GuardPanel((head,), "cd" * 32, (), step_back)


def test_reading_at_a_cut_moves_the_cut_to_one_half_and_keeps_the_order() -> None:
    scores = np.array([0.0, 0.05, 0.3, 0.4, 0.45, 0.5, 1.0])
    read = read_at(scores, 0.4)
    assert read[3] == pytest.approx(0.5)
    assert (np.diff(read) > 0).all()
    assert read[2] < 0.5 < read[4]
    assert np.allclose(read_at(scores[1:-1], 0.5), scores[1:-1])  # a cut of 0.5 changes nothing


def test_the_panel_raises_only_where_the_model_sees_some_threat() -> None:
    inner = KeywordScorer("detoxify", "german-1", {"drohung": 0.2}, default=0.001, label="threat")
    guarded = ThreatGuardedScorer(inner, panel_at(2.0))  # the panel at sigmoid(2) = 0.88
    raised, calm = guarded.score(["Eine Drohung, leise.", "Der Bürgermeister soll gehen."])
    assert raised["threat"] == pytest.approx(
        float(read_at(np.array([1 / (1 + np.exp(-2))]), 0.4)[0])
    )
    assert calm["threat"] == pytest.approx(float(read_at(np.array([0.001]), 0.4)[0]))
    assert calm["threat"] < 0.01  # the panel's alarm is set aside; the model's own score stays


def test_a_model_threat_between_the_cut_and_one_half_is_now_held() -> None:
    inner = KeywordScorer("detoxify", "german-1", {"nachts": 0.42}, default=0.001, label="threat")
    quiet_panel = panel_at(-6.0)
    assert (
        ThreatGuardedScorer(inner, quiet_panel).score(["Nachts ist es dunkel."])[0]["threat"] > 0.5
    )
    plain = ThreatGuardedScorer(inner, panel_at(-6.0, None)).score(["Nachts ist es dunkel."])[0]
    assert plain["threat"] == pytest.approx(0.42)


def test_the_step_back_reads_only_the_comments_its_judge_decided() -> None:
    light = KeywordScorerWithFeatures("embedded", "usem3-1", {"ärger": 0.4}, default=0.001)
    german = KeywordScorer("detoxify", "german-1", {"ärger": 0.4}, default=0.001)
    cascade = CascadeScorer(light, german, low=0.3, high=0.35)  # clear for the light scorer
    scores = ThreatGuardedScorer(cascade, panel_at(2.0)).score(["Kein Ärger hier."])
    assert scores[0]["threat"] == pytest.approx(1 / (1 + np.exp(-2)))  # the panel as before
    other = KeywordScorer("detoxify", "original-1", {}, default=0.001)
    assert ThreatGuardedScorer(other, panel_at(2.0)).score(["x"])[0]["threat"] > 0.5


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ({"judge": "german-", "model": 0.01}, "judge, model and cut"),
        ({"judge": "", "model": 0.01, "cut": 0.4}, "judge"),
        ({"judge": "german-", "model": 1.2, "cut": 0.4}, "model floor"),
        ({"judge": "german-", "model": 0.01, "cut": 0.6}, "threat cut"),
        ({"judge": "german-", "model": "low", "cut": 0.4}, "judge, model and cut"),
    ],
)
def test_a_step_back_that_could_publish_what_the_model_holds_is_refused(raw, named) -> None:
    with pytest.raises(ScorerConfigError, match=named):
        StepBack.from_mapping(raw)
    assert StepBack.from_mapping(STEP_BACK.as_mapping()) == STEP_BACK
