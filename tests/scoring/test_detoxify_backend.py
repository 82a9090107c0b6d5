"""The detoxify backend against a tiny BERT checkpoint in Detoxify's format, fully offline."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Only a guard for machines without the extra; CI installs it.
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
detoxify_module = pytest.importorskip("detoxify.detoxify")

from moderation.scoring.base import Scorer, ScorerConfigError  # noqa: E402
from moderation.scoring.detoxify_backend import DetoxifyScorer, build  # noqa: E402
from moderation.scoring.labels import LABELS  # noqa: E402
from moderation.scoring.registry import build_scorer  # noqa: E402

VOCAB = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
    "der", "die", "das", "und", "ist", "ein", "eine", "nicht", "du", "bist", "sie", "sind",
    "gut", "schön", "dumm", "idiot", "halt", "maul", "artikel", "danke", "für", "den",
    "the", "a", "is", "you", "are", "stupid", "nice", "good", "article", "thanks", "shut", "up",
    "##s", "##en", "##er", "##e", ",", ".", "!", "?",
]  # fmt: skip
# Detoxify's "original" class names, which the backend must rename to LABELS.
CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
STANDARD = dict(zip(CLASSES, LABELS, strict=True))
TEXTS = [
    "Danke für den Artikel.",
    "Du bist dumm, halt das Maul!",
    "you are a stupid idiot",
    "",
    "Sie sind nicht gut und das ist nicht schön?",
]
LONG_TEXT = "das ist ein guter artikel , danke . " * 320 + "du bist ein dummer idiot ! " * 40


@dataclass(frozen=True)
class Tiny:
    hf_config: Path
    checkpoint: Path
    model: Any
    tokenizer: Any

    def probs(self, ids: list[int]) -> list[float]:
        """The reference: sigmoid of the raw model's logits for one window, class order."""
        with torch.no_grad():
            logits = self.model(input_ids=torch.tensor([ids])).logits
        return torch.sigmoid(logits)[0].tolist()

    def text_probs(self, text: str) -> list[float]:
        return self.probs(self.tokenizer(text)["input_ids"])


def save_checkpoint(
    path: Path,
    state_dict: dict[str, Any],
    classes: list[str] = CLASSES,
    model_type: str = "bert-base-uncased",
) -> Path:
    args = {
        "model_type": model_type,
        "model_name": "BertForSequenceClassification",
        "tokenizer_name": "BertTokenizer",
        "num_classes": len(classes),
    }
    config = {"arch": {"args": args}, "dataset": {"args": {"classes": classes}}}
    torch.save({"config": config, "state_dict": state_dict}, path)
    return path


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Tiny:
    root = tmp_path_factory.mktemp("detoxify")
    hf_config = root / "hf"
    hf_config.mkdir()
    (hf_config / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer.from_pretrained(hf_config)
    tokenizer.save_pretrained(hf_config)
    config = transformers.BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        num_labels=6,
        # Wide weights and distinct biases make the six outputs differ clearly, so a swapped
        # label or a missing sigmoid cannot pass by accident.
        initializer_range=0.3,
    )
    config.save_pretrained(hf_config)
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config).eval()
    with torch.no_grad():
        model.classifier.bias.copy_(torch.tensor([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0]))
    checkpoint = save_checkpoint(root / "tiny.ckpt", model.state_dict())
    return Tiny(hf_config, checkpoint, model, tokenizer)


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> Iterator[None]:
    # On a busy machine torch's thread pool makes this tiny model ~50x slower, not faster.
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch-home"))
    import huggingface_hub.constants

    # An empty Hugging Face cache, whatever this machine has downloaded before.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))

    def no_network(*args: Any, **kwargs: Any) -> None:
        raise OSError("tests must not use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)


@pytest.fixture(scope="session")
def scorer(tiny: Tiny) -> Iterator[DetoxifyScorer]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        patch.setenv("TRANSFORMERS_OFFLINE", "1")
        yield DetoxifyScorer(checkpoint=tiny.checkpoint, hf_config=tiny.hf_config)


def assert_close(got: list[dict[str, float]], want: list[dict[str, float]], tol: float = 1e-5):
    assert len(got) == len(want)
    for got_row, want_row in zip(got, want, strict=True):
        assert list(got_row) == list(want_row)
        assert got_row == pytest.approx(want_row, abs=tol)


def test_loads_offline_through_detoxifys_own_loader(tiny: Tiny, monkeypatch: pytest.MonkeyPatch):
    calls = []
    real = detoxify_module.get_model_and_tokenizer

    def spy(**kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(detoxify_module, "get_model_and_tokenizer", spy)
    scorer = build({"checkpoint": str(tiny.checkpoint), "hf_config": str(tiny.hf_config)})

    assert isinstance(scorer, Scorer)
    assert scorer.name == "detoxify"
    assert [call["model_type"] for call in calls] == [str(tiny.hf_config)]
    assert scorer.max_tokens == 64  # the tiny model's position embeddings


def test_stock_config_without_num_labels_loads(tiny: Tiny, scorer: DetoxifyScorer, tmp_path):
    # What AutoConfig.from_pretrained("bert-base-uncased").save_pretrained() writes: 2 labels.
    stock = shutil.copytree(tiny.hf_config, tmp_path / "stock")
    config = json.loads((stock / "config.json").read_text(encoding="utf-8"))
    for key in ("id2label", "label2id", "num_labels"):
        config.pop(key, None)
    (stock / "config.json").write_text(json.dumps(config), encoding="utf-8")

    loaded = DetoxifyScorer(checkpoint=tiny.checkpoint, hf_config=stock)
    assert_close(loaded.score(TEXTS), scorer.score(TEXTS))


def test_registered_under_detoxify(tiny: Tiny):
    options = {"checkpoint": str(tiny.checkpoint), "hf_config": str(tiny.hf_config)}
    assert isinstance(build_scorer("detoxify", {**options, "threat_guard": "off"}), DetoxifyScorer)
    # by default, inside the threat guard (threat_guard.py)
    assert isinstance(build_scorer("detoxify", options).inner, DetoxifyScorer)


def test_scores_equal_detoxifys_own_prediction(tiny: Tiny, scorer: DetoxifyScorer, tmp_path):
    # Detoxify's own class works offline once model_type already names the local directory.
    local = save_checkpoint(
        tmp_path / "local.ckpt", tiny.model.state_dict(), model_type=str(tiny.hf_config)
    )
    reference = detoxify_module.Detoxify(
        checkpoint=str(local), huggingface_config_path=str(tiny.hf_config)
    ).predict(TEXTS)

    want = [{label: reference[label][i] for label in LABELS} for i in range(len(TEXTS))]
    assert_close(scorer.score(TEXTS), want)


def test_scores_are_sigmoid_of_logits_matched_by_class_name(tiny: Tiny, tmp_path: Path):
    order = [4, 0, 5, 2, 1, 3]
    shuffled = [CLASSES[i] for i in order]
    # The same weights with the classes listed in another order: output j is now shuffled[j].
    checkpoint = save_checkpoint(tmp_path / "shuffled.ckpt", tiny.model.state_dict(), shuffled)
    scorer = DetoxifyScorer(checkpoint=checkpoint, hf_config=tiny.hf_config)

    want = []
    for text in TEXTS:
        by_name = {
            STANDARD[name]: p for name, p in zip(shuffled, tiny.text_probs(text), strict=True)
        }
        want.append({label: by_name[label] for label in LABELS})
    assert_close(scorer.score(TEXTS), want)


def test_labels_are_detoxifys_standard_names(scorer: DetoxifyScorer):
    for row in scorer.score(TEXTS):
        assert list(row) == list(LABELS)
        assert all(0.0 <= value <= 1.0 for value in row.values())


def test_batch_scores_equal_one_by_one(tiny: Tiny):
    scorer = DetoxifyScorer(checkpoint=tiny.checkpoint, hf_config=tiny.hf_config, batch_size=2)
    texts = [*TEXTS, LONG_TEXT[:700], "gut"]

    assert_close(scorer.score(texts), [scorer.score([text])[0] for text in texts])


@pytest.mark.parametrize("max_tokens", [None, 16])
def test_long_comment_scores_the_max_over_overlapping_windows(tiny: Tiny, max_tokens: int | None):
    scorer = DetoxifyScorer(
        checkpoint=tiny.checkpoint, hf_config=tiny.hf_config, max_tokens=max_tokens
    )
    ids = tiny.tokenizer(LONG_TEXT, add_special_tokens=False)["input_ids"]
    assert len(ids) >= 3000
    body = scorer.max_tokens - 2  # [CLS] and [SEP]
    step = body - scorer.overlap
    windows = [ids[start : start + body] for start in range(0, len(ids) - scorer.overlap, step)]
    assert windows[-1][-1:] == ids[-1:] and len(windows) > 10
    cls, sep = tiny.tokenizer.cls_token_id, tiny.tokenizer.sep_token_id
    window_probs = [tiny.probs([cls, *window, sep]) for window in windows]
    want = {
        STANDARD[name]: max(probs[i] for probs in window_probs) for i, name in enumerate(CLASSES)
    }

    [got] = scorer.score([LONG_TEXT])

    assert got == pytest.approx(want, abs=1e-5)
    first_window_only = dict(zip(LABELS, window_probs[0], strict=True))
    assert got != pytest.approx(first_window_only, abs=1e-3), "the tail must count"


def test_version_names_the_exact_weights(tiny: Tiny, tmp_path: Path):
    sha = hashlib.sha256(tiny.checkpoint.read_bytes()).hexdigest()
    copy = shutil.copy(tiny.checkpoint, tmp_path / "copy.ckpt")
    state = {key: value.clone() for key, value in tiny.model.state_dict().items()}
    state["classifier.bias"] += 0.001
    changed = save_checkpoint(tmp_path / "changed.ckpt", state)

    def version(checkpoint: Path) -> str:
        return DetoxifyScorer(checkpoint=checkpoint, hf_config=tiny.hf_config).version

    assert version(tiny.checkpoint) == f"custom-{sha[:12]}"
    assert version(copy) == version(tiny.checkpoint)
    assert version(changed) != version(tiny.checkpoint)


def test_offline_copy_of_a_release_is_named_after_it(tiny: Tiny, monkeypatch: pytest.MonkeyPatch):
    sha = hashlib.sha256(tiny.checkpoint.read_bytes()).hexdigest()
    url = f"https://example.invalid/toxic_original-{sha[:8]}.ckpt"
    monkeypatch.setitem(detoxify_module.MODEL_URLS, "original", url)

    scorer = DetoxifyScorer(checkpoint=tiny.checkpoint, hf_config=tiny.hf_config)
    assert scorer.version == f"original-{sha[:12]}"
    with pytest.raises(ScorerConfigError, match="is not the 'unbiased' release"):
        DetoxifyScorer("unbiased", checkpoint=tiny.checkpoint, hf_config=tiny.hf_config)


def test_named_model_loads_from_the_torch_hub_cache_offline(tiny: Tiny, tmp_path: Path):
    url = detoxify_module.MODEL_URLS["multilingual"]
    cached = tmp_path / "torch-home" / "hub" / "checkpoints" / url.rsplit("/", 1)[-1]
    cached.parent.mkdir(parents=True)
    shutil.copy(tiny.checkpoint, cached)

    scorer = DetoxifyScorer("multilingual", hf_config=tiny.hf_config)

    sha = hashlib.sha256(cached.read_bytes()).hexdigest()
    assert scorer.version == f"multilingual-{sha[:12]}"
    [got] = scorer.score(["gut"])
    assert got == pytest.approx(dict(zip(LABELS, tiny.text_probs("gut"), strict=True)), abs=1e-5)


@pytest.mark.parametrize("precision, tolerance", [("bf16", 0.03), ("int8", 0.08)])
def test_reduced_precision_stays_close_to_fp32(
    tiny: Tiny, scorer: DetoxifyScorer, precision: str, tolerance: float
):
    reduced = DetoxifyScorer(
        checkpoint=tiny.checkpoint, hf_config=tiny.hf_config, precision=precision
    )
    texts = [*TEXTS, LONG_TEXT]
    full, low = scorer.score(texts), reduced.score(texts)
    diff = max(abs(a[label] - b[label]) for a, b in zip(full, low, strict=True) for label in LABELS)

    assert reduced.version == f"{scorer.version}+{precision}"
    assert diff < tolerance, f"{precision} differs from fp32 by up to {diff:.5f}"


def test_empty_input_and_single_string(scorer: DetoxifyScorer):
    assert scorer.score([]) == []
    with pytest.raises(TypeError, match="sequence of texts"):
        scorer.score("Du bist dumm")  # type: ignore[arg-type]


def _bad_files(tmp_path: Path, tiny: Tiny) -> dict[str, Path]:
    other = tmp_path / "other.ckpt"
    torch.save({"weights": torch.zeros(2)}, other)
    garbage = tmp_path / "garbage.ckpt"
    garbage.write_bytes(b"this is not a torch file")
    no_tokenizer = tmp_path / "no-tokenizer"
    no_tokenizer.mkdir()
    shutil.copy(tiny.hf_config / "config.json", no_tokenizer)
    other_size = shutil.copytree(tiny.hf_config, tmp_path / "other-size")
    config = transformers.BertConfig.from_pretrained(other_size)
    config.hidden_size = 16
    config.save_pretrained(other_size)
    return {
        "other": other,
        "garbage": garbage,
        "no_tokenizer": no_tokenizer,
        "other_size": other_size,
    }


@pytest.mark.parametrize(
    "options, message",
    [
        ({"checkpoint": "{tmp}/missing.ckpt", "hf_config": "{hf}"}, "missing.ckpt does not exist"),
        ({"checkpoint": "{ckpt}", "hf_config": "{tmp}/nowhere"}, "nowhere does not exist"),
        ({"checkpoint": "{ckpt}", "hf_config": "{tmp}"}, "has no config.json"),
        ({"checkpoint": "{ckpt}", "hf_config": "{no_tokenizer}"}, "has no tokenizer files"),
        ({"checkpoint": "{ckpt}"}, "'bert-base-uncased'.*set the 'hf_config' option"),
        ({"checkpoint": "{other}", "hf_config": "{hf}"}, "is not a Detoxify checkpoint"),
        ({"checkpoint": "{garbage}", "hf_config": "{hf}"}, "could not read detoxify checkpoint"),
        ({"checkpoint": "{ckpt}", "hf_config": "{other_size}"}, "does not fit the model"),
        ({"model": "german"}, "unknown detoxify model 'german'; choose one of original"),
        ({"model": "multilingual"}, "not in the torch hub cache.*HF_HUB_OFFLINE"),
        ({"checkpoint": "{ckpt}", "hf_config": "{hf}", "precision": "fp8"}, "precision must be"),
        ({"checkpoint": "{ckpt}", "hf_config": "{hf}", "batch_size": "0"}, "at least 1"),
        ({"checkpoint": "{ckpt}", "hf_config": "{hf}", "threads": "two"}, "whole number"),
        ({"checkpoint": "{ckpt}", "hf_config": "{hf}", "max_tokens": 4096}, "between 10 and 64"),
        ({"checkpoint": "{ckpt}", "hf_config": "{hf}", "device": "toaster"}, "invalid.*device"),
        ({"checkpoint": "{ckpt}", "hf_cfg": "{hf}"}, "unknown detoxify option.*hf_cfg"),
    ],
)
def test_bad_settings_raise_a_helpful_config_error(
    tiny: Tiny, tmp_path: Path, options: dict[str, Any], message: str
):
    paths = {"tmp": tmp_path, "hf": tiny.hf_config, "ckpt": tiny.checkpoint}
    paths.update(_bad_files(tmp_path, tiny))
    resolved = {
        key: value.format(**paths) if isinstance(value, str) else value
        for key, value in options.items()
    }
    with pytest.raises(ScorerConfigError, match=message):
        build(resolved)


def test_missing_extra_names_the_pip_command(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "detoxify", None)
    monkeypatch.setitem(sys.modules, "detoxify.detoxify", None)

    with pytest.raises(ScorerConfigError, match=r"pip install '\.\[detoxify\]'"):
        build({"model": "original"})


def test_module_imports_without_loading_torch():
    code = (
        "import sys, moderation.scoring.detoxify_backend; "
        "assert not {'torch', 'detoxify', 'transformers'} & set(sys.modules), 'eager import'"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True, timeout=60)


def test_numeric_options_accept_environment_strings(tiny: Tiny):
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        scorer = build(
            {
                "checkpoint": str(tiny.checkpoint),
                "hf_config": str(tiny.hf_config),
                "batch_size": "3",
                "threads": "1",
                "max_tokens": "24",
                "precision": None,  # unset variables pass through as None
            }
        )
        assert (scorer.batch_size, scorer.max_tokens) == (3, 24)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
