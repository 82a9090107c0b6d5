"""The threat guard raises a scorer's threat score where it is surer, says so in the version,
reuses the embeddings a scorer already has, and is switched on by one option."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from moderation.config import ConfigError, build_config
from moderation.scoring import embedded, registry, threat_guard
from moderation.scoring.base import RoutingScorer, Scorer, ScorerConfigError
from moderation.scoring.cascade import CascadeScorer
from moderation.scoring.identity import ModelKind, identify
from moderation.scoring.labels import LABELS
from moderation.scoring.registry import build_scorer
from moderation.scoring.threat_guard import GuardPanel, ThreatGuard, ThreatGuardedScorer
from tests.scoring import threat_heldout_cases
from tests.support.scorers import KeywordScorer
from tests.support.scorers import KeywordScorerWithFeatures as WithFeatures

TEXTS = ["Danke für den Artikel.", "Du Vollidiot!"]


def constant_guard(logit: float) -> ThreatGuard:
    """A guard whose logit is ``logit`` for every text (zero weights)."""
    return ThreatGuard(np.zeros(512, dtype=np.float32), logit, 0.0, "ab" * 32)


@pytest.fixture
def no_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(threads: int) -> None:
        raise AssertionError("the guard should have reused the scorer's embeddings")

    monkeypatch.setattr(threat_guard, "shared_encoder", refuse)


def test_a_surer_guard_raises_the_threat_score_and_leaves_the_other_labels() -> None:
    inner = KeywordScorer("detoxify", "german-1", {"vollidiot": 0.99})
    guarded = ThreatGuardedScorer(inner, constant_guard(3.0))
    plain = inner.score(TEXTS)
    scores = guarded.score(TEXTS)
    for before, after in zip(plain, scores, strict=True):
        assert after["threat"] == pytest.approx(1 / (1 + np.exp(-3.0)))
        assert {k: v for k, v in after.items() if k != "threat"} == {
            k: v for k, v in before.items() if k != "threat"
        }


def test_a_less_sure_guard_keeps_the_scorers_own_threat_score() -> None:
    inner = KeywordScorer("detoxify", "german-1", {})
    high = {**dict.fromkeys(LABELS, 0.01), "threat": 0.8}
    inner.score = lambda texts: [dict(high) for _ in texts]  # type: ignore[method-assign]
    assert ThreatGuardedScorer(inner, constant_guard(-3.0)).score(TEXTS)[0]["threat"] == 0.8


def test_the_guard_crosses_one_half_exactly_at_its_threshold() -> None:
    weights = np.zeros(512, dtype=np.float32)
    weights[0] = 1.0
    guard = ThreatGuard(weights, 0.5, 2.0, "ab" * 32)
    at, under = np.zeros((1, 512)), np.zeros((1, 512))
    at[0, 0], under[0, 0] = 1.5, 1.49  # logits 2.0 and 1.99
    assert guard.probability(at)[0] == pytest.approx(0.5)
    assert guard.probability(under)[0] < 0.5


def test_the_version_names_the_guard_and_the_identity_keeps_the_model() -> None:
    inner = KeywordScorer("detoxify", "german-7f81b680b2e2+bf16", {})
    guarded = ThreatGuardedScorer(inner, constant_guard(0.0))
    assert guarded.name == "detoxify"
    assert guarded.version == "german-7f81b680b2e2+bf16+guard-abababababab"
    model = identify(guarded.name, guarded.version)
    assert (model.kind, model.guard) == (ModelKind.GERMAN, True)
    assert identify(inner.name, inner.version).guard is False


def test_it_reuses_a_scorers_embeddings(no_encoder: None) -> None:
    inner = WithFeatures("embedded", "usem3-x", {"vollidiot": 0.99})
    guarded = ThreatGuardedScorer(inner, constant_guard(3.0))
    embeddings, probs = guarded.features(TEXTS)
    assert embeddings.shape == (2, 512)
    assert probs[:, LABELS.index("threat")] == pytest.approx([0.9526] * 2, abs=1e-4)
    assert guarded.score(TEXTS)[1]["toxicity"] == 0.99


def test_over_a_cascade_each_text_keeps_the_part_that_judged_it(no_encoder: None) -> None:
    fast = WithFeatures("embedded", "fast-1", {"vollidiot": 0.99, "unsinn": 0.5})
    slow = WithFeatures("detoxify", "slow-1", {"unsinn": 0.1})  # so its guard needs no encoder
    cascade = CascadeScorer(fast, slow, low=0.3, high=0.7)
    guarded = ThreatGuardedScorer(cascade, constant_guard(-3.0))
    assert isinstance(guarded, RoutingScorer)
    texts = ["Danke.", "Das ist Unsinn."]
    scores, versions = guarded.score_with_versions(texts)
    assert [s["toxicity"] for s in scores] == [0.01, 0.1]
    assert versions == [
        f"{cascade.version}>embedded+guard-abababababab",
        f"{cascade.version}>detoxify+guard-abababababab",
    ]
    assert slow.calls == [["Das ist Unsinn."]]  # the cascade still routes once
    part = guarded.judge_of(versions[1])
    assert isinstance(part, ThreatGuardedScorer) and part.inner is slow
    assert guarded.judge_of(f"{cascade.version}>detoxify") is None  # scored without the guard
    model = identify("cascade", versions[1])
    assert (model.kind, model.model, model.guard) == (ModelKind.CASCADE, "detoxify", True)


def test_no_texts_give_no_scores() -> None:
    guarded = ThreatGuardedScorer(KeywordScorer("detoxify", "g-1", {}), constant_guard(0.0))
    assert guarded.score([]) == []
    assert guarded.features([])[1].shape == (0, len(LABELS))


def test_a_plain_scorer_is_its_own_judge() -> None:
    guarded = ThreatGuardedScorer(KeywordScorer("detoxify", "g-1", {}), constant_guard(0.0))
    assert guarded.judge_of(guarded.version) is guarded
    assert guarded.judge_of("g-1") is None


def test_without_embeddings_at_hand_the_guard_encodes_the_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    encoded: list[list[str]] = []

    def fake_embed(encoder: object, cleaned: list[str], batch: int) -> np.ndarray:
        encoded.append(cleaned)
        return np.zeros((len(cleaned), 512), dtype=np.float32)

    loaded: list[int] = []
    monkeypatch.setattr(threat_guard, "shared_encoder", lambda threads: loaded.append(threads))
    monkeypatch.setattr(threat_guard, "embed", fake_embed)
    inner = KeywordScorer("detoxify", "g-1", {})
    guarded = ThreatGuardedScorer(inner, constant_guard(0.0), threads=2)
    assert loaded == [2]  # at construction, as a worker loads its model at start
    guarded.score(["@jemand schau https://x.de"])
    assert encoded == [["@USER schau URL"]]  # cleaned as the guard was trained


def test_the_shipped_guard_is_a_panel_that_matches_its_manifest_and_encoder() -> None:
    guard = threat_guard.load()
    manifest = json.loads((threat_guard.DEFAULT_DIR / "manifest.json").read_text())
    assert isinstance(guard, GuardPanel) and len(guard.heads) == 3
    assert manifest["sha256"] == guard.sha256
    assert manifest["encoder"] == f"usem3-{embedded.encoder_version()}"
    assert [head.weights.shape for head in guard.heads] == [(512,)] * 3
    assert len(manifest["heads"]) == 3  # each head's own manifest, kept on record


def test_a_guard_whose_weights_changed_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "guard"
    shutil.copytree(threat_guard.DEFAULT_DIR, copy)
    arrays = json.loads((copy / "guard.json").read_text())
    arrays["heads"][1]["bias"] += 1.0
    (copy / "guard.json").write_text(json.dumps(arrays))
    with pytest.raises(ScorerConfigError, match="sha256"):
        threat_guard.load(copy)


def test_a_panel_flags_what_any_head_flags() -> None:
    quiet, sure = constant_guard(-3.0), constant_guard(2.0)
    panel = GuardPanel((quiet, sure), "cd" * 32)
    embeddings = np.zeros((3, 512), dtype=np.float32)
    assert np.allclose(panel.probability(embeddings), sure.probability(embeddings))
    assert (panel.probability(embeddings) >= 0.5).all()
    assert (GuardPanel((quiet, quiet), "cd" * 32).probability(embeddings) < 0.5).all()


def test_a_single_head_reader_refuses_a_panel() -> None:
    with pytest.raises(ScorerConfigError, match="several heads"):
        ThreatGuard.load()


def test_on_the_held_out_table_the_guard_holds_more_threats_than_look_alikes(
    embedded_scorer: Scorer,
) -> None:
    """The detector's held-out table, written by another hand than the templates the guard
    learnt from. The bounds sit one case from what the shipped guard reached (docs/scoring.md):
    a retrained guard that holds fewer threats or more look-alikes fails here."""
    guard = threat_guard.load()

    def held(rows: list[tuple[str, str]]) -> int:
        embeddings = embedded_scorer.features([text for _, text in rows])[0]  # type: ignore[attr-defined]
        return int((guard.probability(embeddings) >= 0.5).sum())

    assert held(threat_heldout_cases.THREATS) >= 43  # of 60
    assert held(threat_heldout_cases.HARMLESS) <= 27  # of 60


@pytest.fixture
def keyword_scorers(monkeypatch: pytest.MonkeyPatch) -> dict[str, KeywordScorer]:
    """Every registered scorer name builds a keyword scorer instead of a model."""
    built = {name: KeywordScorer(name, f"{name}-1", {}) for name in registry.available()}
    for name, scorer in built.items():
        monkeypatch.setitem(registry._FACTORIES, name, lambda options, s=scorer: s)
    return built


def test_the_option_wraps_any_scorer_and_bad_values_are_refused(
    keyword_scorers: dict[str, KeywordScorer],
) -> None:
    inner = keyword_scorers["embedded"]
    assert build_scorer("embedded", {"threat_guard": "off"}) is inner
    guarded = build_scorer("embedded", {"threat_guard": "on"})
    assert isinstance(guarded, ThreatGuardedScorer) and guarded.inner is inner
    with pytest.raises(ScorerConfigError, match="threat_guard"):
        build_scorer("embedded", {"threat_guard": "ja"})


def test_beside_the_german_model_the_guards_encoder_takes_its_thread_count(
    keyword_scorers: dict[str, KeywordScorer], monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[int] = []
    monkeypatch.setattr(threat_guard, "shared_encoder", lambda threads: loaded.append(threads))
    build_scorer("detoxify", {"threads": "2"})
    build_scorer("detoxify", {})
    assert loaded == [2, 1]


def test_the_guard_is_on_by_default_for_the_transformer_paths_only(
    keyword_scorers: dict[str, KeywordScorer],
) -> None:
    assert build_scorer("embedded") is keyword_scorers["embedded"]
    for name in ("detoxify", "cascade"):
        scorer = build_scorer(name)
        assert isinstance(scorer, ThreatGuardedScorer) and scorer.inner is keyword_scorers[name]
        assert build_scorer(name, {"threat_guard": "off"}) is keyword_scorers[name]


def test_the_environment_turns_the_guard_on_for_every_scorer(tmp_path: Path) -> None:
    options = build_config(tmp_path, {"MODERATION_THREAT_GUARD": "on"})["SCORER_OPTIONS"]
    assert {name: o["threat_guard"] for name, o in options.items()} == {
        "embedded": "on",
        "detoxify": "on",
        "cascade": "on",
    }
    assert "threat_guard" not in build_config(tmp_path, {})["SCORER_OPTIONS"]["embedded"]
    with pytest.raises(ConfigError, match="MODERATION_THREAT_GUARD"):
        build_config(tmp_path, {"MODERATION_THREAT_GUARD": "ja"})
