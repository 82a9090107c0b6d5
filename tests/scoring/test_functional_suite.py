"""The functional suite's case files and runner: well-formed cases, honest rates, pure inputs."""

from __future__ import annotations

from collections import Counter

import pytest

from moderation.scoring.functional import (
    EXPECTATIONS,
    PhenomenonRate,
    load_cases,
    policy_decider,
    run,
)
from moderation.scoring.labels import LABELS
from moderation.scoring.policy import Action, PolicySettings, decide
from moderation.scoring.training.templates import build
from tests.support.wording import five_word_runs

PUBLISH = {
    "profanity_untargeted", "criticism_sharp", "negated_hate", "counter_speech",
    "identity_neutral_positive",
}  # fmt: skip
VIOLENT = {
    "threat_direct", "threat_conditional", "threat_veiled", "call_violence_people",
    "call_violence_property",
}  # fmt: skip
IDENTITY = {"negated_hate", "counter_speech", "identity_neutral_positive"}
CASES = load_cases()


def scores(**overrides: float) -> dict[str, float]:
    out = dict.fromkeys(LABELS, 0.01)
    out.update(overrides)
    return out


def test_every_phenomenon_has_enough_cases_in_each_language() -> None:
    counts = Counter((c.lang, c.phenomenon) for c in CASES)
    phenomena = PUBLISH | VIOLENT | {"insult_profane", "insult_no_profanity", "spelling_games"}
    for phenomenon in phenomena:
        assert counts["de", phenomenon] >= 20, phenomenon
        assert counts["en", phenomenon] >= 8, phenomenon


def test_ids_are_unique_and_expectations_follow_the_phenomenon() -> None:
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.text for c in CASES}) == len(CASES)
    for case in CASES:
        if case.phenomenon in PUBLISH:
            assert case.expected == "publish", case.id
        elif case.phenomenon in VIOLENT:
            assert case.expected == "must_not_publish", case.id
        else:  # insults and obfuscated abuse; an obfuscated threat may be stricter
            assert case.expected in {"not_publish", "must_not_publish"}, case.id


def test_identity_cases_name_their_group() -> None:
    assert all(c.group for c in CASES if c.phenomenon in IDENTITY)


def test_rates_count_hold_and_reject_as_not_published() -> None:
    cases = load_cases(langs=["de"], phenomena=["threat_direct", "criticism_sharp"])

    def scorer(texts):
        return [scores(threat=0.9) if "ich" in t.lower() else scores() for t in texts]

    result = run(scorer, policy_decider(), cases, batch_size=7)
    rows = {r.phenomenon: r for r in result.rates}
    threats = [c for c in cases if c.phenomenon == "threat_direct"]
    flagged = sum("ich" in c.text.lower() for c in threats)
    assert rows["threat_direct"] == PhenomenonRate(
        "de", "threat_direct", len(threats), flagged, len(threats) - flagged
    )
    assert result.critical == len(threats) - flagged
    assert result.rate("criticism_sharp") == pytest.approx(
        sum("ich" not in c.text.lower() for c in cases if c.phenomenon == "criticism_sharp")
        / rows["criticism_sharp"].cases
    )
    assert "threat_direct" in result.table()


def test_a_policy_decision_or_plain_string_both_work() -> None:
    cases = load_cases(langs=["en"], phenomena=["criticism_sharp"])
    clean = lambda texts: [scores() for _ in texts]  # noqa: E731
    by_decision = run(clean, lambda s, _text: decide(s, PolicySettings()), cases)
    by_string = run(clean, lambda s, _text: "publish", cases)
    assert (
        by_decision.rate("criticism_sharp", "en") == by_string.rate("criticism_sharp", "en") == 1.0
    )
    assert run(clean, lambda s, _text: Action.HOLD, cases).rate("criticism_sharp", "en") == 0.0


def test_unknown_action_and_short_scorer_output_are_refused() -> None:
    cases = CASES[:3]
    with pytest.raises(ValueError, match="decider returned"):
        run(lambda texts: [scores() for _ in texts], lambda s, _text: "delete", cases)
    with pytest.raises(ValueError, match="scorer returned"):
        run(lambda texts: [scores()], lambda s, _text: "publish", cases)


def test_expectations_cover_every_case() -> None:
    assert {c.expected for c in CASES} <= set(EXPECTATIONS)


def test_suite_shares_no_five_word_run_with_the_training_templates() -> None:
    train, heldout = build()
    template_grams = set().union(*(five_word_runs(row.text) for row in train + heldout))
    shared = {c.id: five_word_runs(c.text) & template_grams for c in CASES}
    assert {k: v for k, v in shared.items() if v} == {}
