"""The team's functional suite through the shipped scorers and the default policy, as a table.

Each row is (language, phenomenon): the share of cases the default policy gets right must not
fall below its floor. The floors sit a little under what each scorer reached when it was
shipped (the German model's by one case, since bf16 arithmetic on another CPU may move a case
that sits at a threshold), so a change that makes the judgement worse fails here; raise them
when it gets better. The suite is a test set: nothing is tuned on it. docs/scoring.md reports
the table.
"""

from __future__ import annotations

import pytest

from moderation.scoring.base import Scorer
from moderation.scoring.functional import suite
from moderation.scoring.registry import build_scorer

# (lang, phenomenon) -> floor for the embedded scorer with the threat detector, default policy.
EMBEDDED_FLOORS = {
    ("de", "threat_direct"): 0.85,
    ("de", "threat_conditional"): 0.59,
    ("de", "threat_veiled"): 0.22,
    ("de", "call_violence_people"): 0.77,
    ("de", "call_violence_property"): 0.72,
    ("de", "insult_profane"): 0.90,
    ("de", "insult_no_profanity"): 0.71,
    ("de", "spelling_games"): 0.65,
    ("de", "profanity_untargeted"): 0.47,
    ("de", "criticism_sharp"): 0.90,
    ("de", "negated_hate"): 0.52,
    ("de", "counter_speech"): 0.50,
    ("de", "identity_neutral_positive"): 0.77,
    ("en", "threat_direct"): 0.87,
    ("en", "threat_conditional"): 0.37,
    ("en", "threat_veiled"): 0.12,
    ("en", "call_violence_people"): 0.62,
    ("en", "call_violence_property"): 0.62,
    ("en", "insult_profane"): 0.87,
    ("en", "insult_no_profanity"): 0.87,
    ("en", "spelling_games"): 0.75,
    ("en", "profanity_untargeted"): 0.12,
    ("en", "criticism_sharp"): 0.75,
    ("en", "negated_hate"): 0.50,
    ("en", "counter_speech"): 0.25,
    ("en", "identity_neutral_positive"): 0.75,
}
# Threats and calls for violence the embedded scorer and the detector together still publish.
# The goal is none; this bound only keeps it from growing.
EMBEDDED_MAX_CRITICAL = 52


@pytest.fixture(scope="module")
def embedded_result(embedded_scorer: Scorer) -> suite.SuiteResult:
    return suite.run(embedded_scorer.score, suite.policy_decider())


def test_every_phenomenon_has_a_floor(embedded_result: suite.SuiteResult) -> None:
    assert {(r.lang, r.phenomenon) for r in embedded_result.rates} == set(EMBEDDED_FLOORS)


@pytest.mark.parametrize(("lang", "phenomenon"), sorted(EMBEDDED_FLOORS))
def test_embedded_scorer_stays_above_its_floor(
    embedded_result: suite.SuiteResult, lang: str, phenomenon: str
) -> None:
    rate = embedded_result.rate(phenomenon, lang)
    assert rate >= EMBEDDED_FLOORS[(lang, phenomenon)], embedded_result.table()


def test_embedded_scorer_publishes_no_more_threats_than_when_shipped(
    embedded_result: suite.SuiteResult,
) -> None:
    assert embedded_result.critical <= EMBEDDED_MAX_CRITICAL, embedded_result.table()


# The German model (the detoxify scorer with no model named, bf16), with the threat detector.
GERMAN_FLOORS = {
    ("de", "threat_direct"): 0.86,
    ("de", "threat_conditional"): 0.68,
    ("de", "threat_veiled"): 0.45,
    ("de", "call_violence_people"): 0.90,
    ("de", "call_violence_property"): 0.86,
    ("de", "insult_profane"): 0.95,
    ("de", "insult_no_profanity"): 0.95,
    ("de", "spelling_games"): 0.82,
    ("de", "profanity_untargeted"): 0.33,
    ("de", "criticism_sharp"): 0.77,
    ("de", "negated_hate"): 0.38,
    ("de", "counter_speech"): 0.63,
    ("de", "identity_neutral_positive"): 0.81,
    ("en", "threat_direct"): 0.75,
    ("en", "threat_conditional"): 0.62,
    ("en", "threat_veiled"): 0.12,
    ("en", "call_violence_people"): 0.87,
    ("en", "call_violence_property"): 0.87,
    ("en", "insult_profane"): 0.87,
    ("en", "insult_no_profanity"): 0.87,
    ("en", "spelling_games"): 0.75,
    ("en", "profanity_untargeted"): 0.12,
    ("en", "criticism_sharp"): 0.87,
    ("en", "negated_hate"): 0.37,
    ("en", "counter_speech"): 0.50,
    ("en", "identity_neutral_positive"): 0.75,
}
GERMAN_MAX_CRITICAL = 32


@pytest.fixture(scope="module")
def german_result(tmp_path_factory: pytest.TempPathFactory) -> suite.SuiteResult:
    pytest.importorskip("torch")
    pytest.importorskip("detoxify")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MODERATION_MODEL_CACHE", str(tmp_path_factory.mktemp("models")))
        patch.setenv("HF_HUB_OFFLINE", "1")
        scorer = build_scorer("detoxify", {"precision": "bf16"})
        return suite.run(scorer.score, suite.policy_decider())


def test_the_german_model_has_a_floor_for_every_phenomenon(
    german_result: suite.SuiteResult,
) -> None:
    assert {(r.lang, r.phenomenon) for r in german_result.rates} == set(GERMAN_FLOORS)


@pytest.mark.parametrize(("lang", "phenomenon"), sorted(GERMAN_FLOORS))
def test_the_german_model_stays_above_its_floor(
    german_result: suite.SuiteResult, lang: str, phenomenon: str
) -> None:
    rate = german_result.rate(phenomenon, lang)
    assert rate >= GERMAN_FLOORS[(lang, phenomenon)], german_result.table()


def test_the_german_model_publishes_fewer_threats_than_the_embedded_scorer(
    german_result: suite.SuiteResult,
) -> None:
    assert german_result.critical <= GERMAN_MAX_CRITICAL < EMBEDDED_MAX_CRITICAL


# The cascade (embedded scorer for the clear cases, the German model in bf16 for the rest),
# with the threat detector: floors one case under what it reached when it was made selectable.
CASCADE_FLOORS = {
    ("de", "threat_direct"): 0.81,
    ("de", "threat_conditional"): 0.59,
    ("de", "threat_veiled"): 0.18,
    ("de", "call_violence_people"): 0.86,
    ("de", "call_violence_property"): 0.81,
    ("de", "insult_profane"): 0.95,
    ("de", "insult_no_profanity"): 0.85,
    ("de", "spelling_games"): 0.65,
    ("de", "profanity_untargeted"): 0.23,
    ("de", "criticism_sharp"): 0.81,
    ("de", "negated_hate"): 0.38,
    ("de", "counter_speech"): 0.54,
    ("de", "identity_neutral_positive"): 0.86,
    ("en", "threat_direct"): 0.75,
    ("en", "threat_conditional"): 0.62,
    ("en", "threat_veiled"): 0.12,
    ("en", "call_violence_people"): 0.87,
    ("en", "call_violence_property"): 0.87,
    ("en", "insult_profane"): 0.87,
    ("en", "insult_no_profanity"): 0.87,
    ("en", "spelling_games"): 0.75,
    ("en", "profanity_untargeted"): 0.12,
    ("en", "criticism_sharp"): 0.87,
    ("en", "negated_hate"): 0.50,
    ("en", "counter_speech"): 0.50,
    ("en", "identity_neutral_positive"): 0.75,
}
# More than the German model alone publishes: the embedded scorer calls some veiled and
# conditional threats clearly clean. This bound only keeps it from growing.
CASCADE_MAX_CRITICAL = 42


@pytest.fixture(scope="module")
def cascade_result(tmp_path_factory: pytest.TempPathFactory) -> suite.SuiteResult:
    pytest.importorskip("torch")
    pytest.importorskip("detoxify")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MODERATION_MODEL_CACHE", str(tmp_path_factory.mktemp("models")))
        patch.setenv("HF_HUB_OFFLINE", "1")
        scorer = build_scorer("cascade", {"detoxify": {"precision": "bf16"}})
        return suite.run(scorer.score, suite.policy_decider())


def test_the_cascade_has_a_floor_for_every_phenomenon(cascade_result: suite.SuiteResult) -> None:
    assert {(r.lang, r.phenomenon) for r in cascade_result.rates} == set(CASCADE_FLOORS)


@pytest.mark.parametrize(("lang", "phenomenon"), sorted(CASCADE_FLOORS))
def test_the_cascade_stays_above_its_floor(
    cascade_result: suite.SuiteResult, lang: str, phenomenon: str
) -> None:
    rate = cascade_result.rate(phenomenon, lang)
    assert rate >= CASCADE_FLOORS[(lang, phenomenon)], cascade_result.table()


def test_the_cascade_publishes_fewer_threats_than_the_embedded_scorer(
    cascade_result: suite.SuiteResult,
) -> None:
    assert cascade_result.critical <= CASCADE_MAX_CRITICAL < EMBEDDED_MAX_CRITICAL
