"""The team's functional suite through the shipped scorer and the default policy, as a table.

Each row is (language, phenomenon): the share of cases the default policy gets right must not
fall below its floor. The floors sit a little under what the scorer reached when it was
shipped, so a change that makes the judgement worse fails here; raise them when it gets better.
The suite is a test set: nothing is tuned on it. docs/scoring.md reports the table.
"""

from __future__ import annotations

import pytest

from moderation.scoring.base import Scorer
from moderation.scoring.functional import suite

# (lang, phenomenon) -> floor for the embedded scorer with the threat detector, default policy.
EMBEDDED_FLOORS = {
    ("de", "threat_direct"): 0.85,
    ("de", "threat_conditional"): 0.50,
    ("de", "threat_veiled"): 0.13,
    ("de", "call_violence_people"): 0.68,
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
EMBEDDED_MAX_CRITICAL = 55


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
