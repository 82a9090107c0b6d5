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
from moderation.scoring.threat_guard import ThreatGuardedScorer
from moderation.scoring.threat_guard import load as load_guard
from tests.scoring.functional_floors import FLOORS, MAX_CRITICAL

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
        return ThreatGuardedScorer(embedded_scorer, load_guard())
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
