"""The team's functional suite through the shipped scorers and the default policy, as a table.

Each row is (language, phenomenon): the share of cases the default policy gets right must not
fall below its floor. The floors sit a little under what each scorer reached when it was
shipped (the German model's by one case, since bf16 arithmetic on another CPU may move a case
that sits at a threshold), so a change that makes the judgement worse fails here; raise them
when it gets better. The suite is a test set: nothing is tuned on it. docs/scoring.md reports
the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from moderation.scoring.base import Scorer
from moderation.scoring.functional import suite
from moderation.scoring.registry import build_scorer
from moderation.scoring.threat_guard import ThreatGuard, ThreatGuardedScorer

# (lang, phenomenon) -> floor, per scorer, with the threat detector and the default policy.
FLOORS: dict[str, dict[tuple[str, str], float]] = {
    "embedded": {
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
    },
    # The German model (the detoxify scorer with no model named, bf16) without the threat guard.
    "german-unguarded": {
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
    },
    # The cascade (embedded scorer for the clear cases, the German model in bf16 for the rest)
    # without the threat guard: floors one case under what it reached when it was made
    # selectable.
    "cascade-unguarded": {
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
    },
    # With the learned threat guard (threat_guard.py): the German model and the cascade as they
    # run by default, the light scorer as it runs when asked for the guard. Floors one case under
    # what each reached when the guard was made their default.
    "embedded+guard": {
        ("de", "threat_direct"): 0.95,
        ("de", "threat_conditional"): 0.77,
        ("de", "threat_veiled"): 0.72,
        ("de", "call_violence_people"): 0.86,
        ("de", "call_violence_property"): 0.90,
        ("de", "insult_profane"): 0.90,
        ("de", "insult_no_profanity"): 0.71,
        ("de", "spelling_games"): 0.73,
        ("de", "profanity_untargeted"): 0.38,
        ("de", "criticism_sharp"): 0.86,
        ("de", "negated_hate"): 0.52,
        ("de", "counter_speech"): 0.50,
        ("de", "identity_neutral_positive"): 0.77,
        ("en", "threat_direct"): 0.87,
        ("en", "threat_conditional"): 0.75,
        ("en", "threat_veiled"): 0.50,
        ("en", "call_violence_people"): 0.75,
        ("en", "call_violence_property"): 0.75,
        ("en", "insult_profane"): 0.87,
        ("en", "insult_no_profanity"): 0.87,
        ("en", "spelling_games"): 0.75,
        ("en", "profanity_untargeted"): 0.12,
        ("en", "criticism_sharp"): 0.75,
        ("en", "negated_hate"): 0.50,
        ("en", "counter_speech"): 0.25,
        ("en", "identity_neutral_positive"): 0.75,
    },
    "german": {
        ("de", "threat_direct"): 0.95,
        ("de", "threat_conditional"): 0.81,
        ("de", "threat_veiled"): 0.77,
        ("de", "call_violence_people"): 0.95,
        ("de", "call_violence_property"): 0.90,
        ("de", "insult_profane"): 0.95,
        ("de", "insult_no_profanity"): 0.95,
        ("de", "spelling_games"): 0.82,
        ("de", "profanity_untargeted"): 0.28,
        ("de", "criticism_sharp"): 0.72,
        ("de", "negated_hate"): 0.38,
        ("de", "counter_speech"): 0.59,
        ("de", "identity_neutral_positive"): 0.81,
        ("en", "threat_direct"): 0.87,
        ("en", "threat_conditional"): 0.87,
        ("en", "threat_veiled"): 0.37,
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
    },
    "cascade": {
        ("de", "threat_direct"): 0.95,
        ("de", "threat_conditional"): 0.77,
        ("de", "threat_veiled"): 0.77,
        ("de", "call_violence_people"): 0.90,
        ("de", "call_violence_property"): 0.90,
        ("de", "insult_profane"): 0.95,
        ("de", "insult_no_profanity"): 0.85,
        ("de", "spelling_games"): 0.73,
        ("de", "profanity_untargeted"): 0.19,
        ("de", "criticism_sharp"): 0.77,
        ("de", "negated_hate"): 0.38,
        ("de", "counter_speech"): 0.50,
        ("de", "identity_neutral_positive"): 0.86,
        ("en", "threat_direct"): 0.87,
        ("en", "threat_conditional"): 0.87,
        ("en", "threat_veiled"): 0.37,
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
    },
}
# Threats and calls for violence each scorer and the detector together still publish. The goal
# is none; these bounds only keep the number from growing. The cascade publishes more than the
# German model alone: the embedded scorer calls some veiled and conditional threats clearly
# clean, so the German model never sees them.
MAX_CRITICAL = {
    "embedded": 52,
    "embedded+guard": 18,
    "german-unguarded": 32,
    "german": 13,
    "cascade-unguarded": 42,
    "cascade": 15,
}
# How each configuration is built: scorer name and options (threat_guard is on by default for
# the German model and the cascade, off for the light scorer).
BUILDS: dict[str, tuple[str, dict[str, Any]]] = {
    "embedded+guard": ("embedded", {"threat_guard": "on"}),
    "german": ("detoxify", {"precision": "bf16"}),
    "german-unguarded": ("detoxify", {"precision": "bf16", "threat_guard": "off"}),
    "cascade": ("cascade", {"detoxify": {"precision": "bf16"}}),
    "cascade-unguarded": ("cascade", {"detoxify": {"precision": "bf16"}, "threat_guard": "off"}),
}
SCORERS = sorted(FLOORS)


@pytest.fixture(scope="module")
def results(
    embedded_scorer: Scorer, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], suite.SuiteResult]:
    """Each scorer's suite result, run once per module; the German model is built once, from
    the shipped artifact, into a cache of this module's own."""
    cache = tmp_path_factory.mktemp("models")
    done: dict[str, suite.SuiteResult] = {}

    def result(name: str) -> suite.SuiteResult:
        if name not in done:
            done[name] = suite.run(_build(name, embedded_scorer, cache).score,
                                   suite.policy_decider())  # fmt: skip
        return done[name]

    return result


def _build(name: str, embedded_scorer: Scorer, cache: Any) -> Scorer:
    if name == "embedded":
        return embedded_scorer
    if name == "embedded+guard":
        return ThreatGuardedScorer(embedded_scorer, ThreatGuard.load())
    pytest.importorskip("torch")
    pytest.importorskip("detoxify")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MODERATION_MODEL_CACHE", str(cache))
        patch.setenv("HF_HUB_OFFLINE", "1")
        return build_scorer(*BUILDS[name])


@pytest.mark.parametrize("scorer", SCORERS)
def test_every_phenomenon_has_a_floor(
    results: Callable[[str], suite.SuiteResult], scorer: str
) -> None:
    assert {(r.lang, r.phenomenon) for r in results(scorer).rates} == set(FLOORS[scorer])


@pytest.mark.parametrize(
    ("scorer", "lang", "phenomenon"),
    [(scorer, *row) for scorer in SCORERS for row in sorted(FLOORS[scorer])],
)
def test_each_scorer_stays_above_its_floor(
    results: Callable[[str], suite.SuiteResult], scorer: str, lang: str, phenomenon: str
) -> None:
    result = results(scorer)
    assert result.rate(phenomenon, lang) >= FLOORS[scorer][(lang, phenomenon)], result.table()


@pytest.mark.parametrize("scorer", SCORERS)
def test_published_threats_stay_within_their_bound(
    results: Callable[[str], suite.SuiteResult], scorer: str
) -> None:
    assert results(scorer).critical <= MAX_CRITICAL[scorer], results(scorer).table()


def test_the_transformer_paths_publish_fewer_threats_than_the_embedded_scorer() -> None:
    assert max(MAX_CRITICAL["german"], MAX_CRITICAL["cascade"]) < MAX_CRITICAL["embedded"]


@pytest.mark.parametrize("scorer", ["embedded", "german", "cascade"])
def test_the_guard_publishes_no_threat_that_its_scorer_alone_held(
    results: Callable[[str], suite.SuiteResult], scorer: str
) -> None:
    guarded, alone = {"embedded": ("embedded+guard", "embedded"),
                      "german": ("german", "german-unguarded"),
                      "cascade": ("cascade", "cascade-unguarded")}[scorer]  # fmt: skip
    newly_published = results(guarded).critical_ids() - results(alone).critical_ids()
    assert newly_published == frozenset()
