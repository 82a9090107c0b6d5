"""Agreement of the model and the guard: a comment both find somewhat threatening is held,
neither signal alone is enough, and a bad agreement in a guard file is refused."""

from __future__ import annotations

import numpy as np
import pytest

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.cascade import CascadeScorer
from moderation.scoring.guard_agreement import Agreement
from moderation.scoring.labels import LABELS
from moderation.scoring.threat_guard import GuardPanel, ThreatGuard, ThreatGuardedScorer
from tests.support.scorers import KeywordScorer, KeywordScorerWithFeatures

AGREEMENT = Agreement("toxicity", 0.3, 0.2, "german-")


def model_rows(toxicity: list[float]) -> np.ndarray:
    rows = np.full((len(toxicity), len(LABELS)), 0.01)
    rows[:, LABELS.index("toxicity")] = toxicity
    return rows


def test_both_floors_reached_gives_exactly_the_hold_point_and_no_more() -> None:
    p = AGREEMENT.probability(model_rows([0.3, 0.99, 0.99, 0.29, 0.6]), np.array(
        [0.2, 0.45, 0.19, 0.49, 0.1]))  # fmt: skip
    assert p[0] == pytest.approx(0.5) and p[1] == pytest.approx(0.5)
    assert p[2] < 0.5 and p[3] < 0.5  # one signal short, however strong the other
    assert p[4] == pytest.approx(0.25)  # half the guard's floor: half the hold point


def test_floors_outside_zero_to_one_half_or_an_unknown_label_are_refused() -> None:
    with pytest.raises(ScorerConfigError, match="between 0 and 0.5"):
        Agreement.from_mapping({"label": "toxicity", "model": 0.6, "guard": 0.2, "judge": "g"})
    with pytest.raises(ScorerConfigError, match="unknown label"):
        Agreement.from_mapping({"label": "rudeness", "model": 0.3, "guard": 0.2, "judge": "g"})
    with pytest.raises(ScorerConfigError, match="guard"):
        Agreement.from_mapping({"label": "toxicity", "model": 0.3})
    with pytest.raises(ScorerConfigError, match="judge"):
        Agreement.from_mapping({"label": "toxicity", "model": 0.3, "guard": 0.2, "judge": ""})
    raw = {"label": "toxicity", "model": 0.3, "guard": 0.2, "judge": "german-"}
    assert Agreement.from_mapping(raw).as_mapping() == raw


def panel_at(logit: float, *agreements: Agreement) -> GuardPanel:
    """A panel of one constant head whose probability is sigmoid(``logit``)."""
    head = ThreatGuard(np.zeros(512, dtype=np.float32), logit, 0.0, "ab" * 32)
    return GuardPanel((head,), "cd" * 32, agreements)


def test_the_guarded_scorer_holds_where_model_and_guard_agree() -> None:
    inner = KeywordScorer("detoxify", "german-1", {"ärger": 0.4}, default=0.05)
    guard_at_0_27 = panel_at(-1.0, AGREEMENT)  # sigmoid(-1) = 0.27: under 0.5, over 0.2
    guarded = ThreatGuardedScorer(inner, guard_at_0_27)
    raised, calm = guarded.score(["Dann gibt es Ärger, verlass dich drauf.", "Schönes Fest."])
    assert raised["threat"] == pytest.approx(0.5)  # toxicity 0.4 and guard 0.27 agree
    assert calm["threat"] < 0.5  # the guard alone is not enough
    without = ThreatGuardedScorer(inner, panel_at(-1.0)).score(["Ärger"])[0]
    assert without["threat"] == pytest.approx(1 / (1 + np.e))  # no agreement: the guard's own


def test_any_one_of_several_agreements_is_enough() -> None:
    inner = KeywordScorer("detoxify", "german-1", {"ärger": 0.4}, default=0.05)
    strict = Agreement("toxicity", 0.45, 0.2, "german-")  # toxicity 0.4 falls short of this one
    guard = panel_at(-1.0, strict, AGREEMENT)
    assert ThreatGuardedScorer(inner, guard).score(["Ärger"])[0]["threat"] == pytest.approx(0.5)
    alone = ThreatGuardedScorer(inner, panel_at(-1.0, strict)).score(["Ärger"])[0]
    assert alone["threat"] < 0.5


def test_an_agreement_reads_only_the_comments_its_judge_decided() -> None:
    """In a cascade the light scorer decides the clear comments; its labels are calibrated
    otherwise, so an agreement fitted on the German model leaves them alone."""
    light = KeywordScorerWithFeatures("embedded", "usem3-1", {"ärger": 0.4}, default=0.05)
    german = KeywordScorer("detoxify", "german-1", {"ärger": 0.4}, default=0.05)
    cascade = CascadeScorer(light, german, low=0.3, high=0.35)  # 0.4: clear for the light one
    scores, versions = ThreatGuardedScorer(cascade, panel_at(-1.0, AGREEMENT)).score_with_versions(
        ["Ärger"]
    )
    assert versions[0].endswith(">embedded+guard-" + "cd" * 6)
    assert scores[0]["threat"] < 0.5
    deferring = CascadeScorer(light, german, low=0.3, high=0.5)  # 0.4: unclear, German judges
    deferred = ThreatGuardedScorer(deferring, panel_at(-1.0, AGREEMENT)).score(["Ärger"])[0]
    assert deferred["threat"] == pytest.approx(0.5)
    other = KeywordScorer("detoxify", "original-1", {"ärger": 0.4}, default=0.05)
    assert ThreatGuardedScorer(other, panel_at(-1.0, AGREEMENT)).score(["Ärger"])[0]["threat"] < 0.5
    assert ThreatGuardedScorer(german, panel_at(-1.0, AGREEMENT)).score(["Ärger"])[0][
        "threat"
    ] == pytest.approx(0.5)
