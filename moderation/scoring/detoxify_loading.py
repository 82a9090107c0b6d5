"""Loading Detoxify checkpoints through detoxify's own loader, online or fully offline."""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from moderation.scoring.base import ScorerConfigError

INSTALL_HINT = "pip install '.[detoxify]'"
DEFAULT_MODEL = "multilingual"

# detoxify.load_checkpoint applies this renaming; we call the loader one level below it (see
# load_weights), so the renaming has to be repeated here.
_CLASS_RENAMES = {
    "toxic": "toxicity",
    "identity_hate": "identity_attack",
    "severe_toxic": "severe_toxicity",
}
# Any one of these is enough for a transformers tokenizer to load from a directory.
_TOKENIZER_FILES = ("tokenizer.json", "vocab.txt", "sentencepiece.bpe.model", "spiece.model")
_OFFLINE_HINT = (
    "HF_HUB_OFFLINE/TRANSFORMERS_OFFLINE is set, so the transformers config and tokenizer "
    "must come from a local directory: set the 'hf_config' option (DETOXIFY_HF_CONFIG) to a "
    "directory with config.json and the tokenizer files (see docs/detoxify.md)"
)


@dataclass(frozen=True)
class LoadedModel:
    model: Any
    tokenizer: Any
    class_names: list[str]
    weights: str  # a release name ("multilingual") or "custom"
    sha256: str


def import_extra() -> tuple[ModuleType, ModuleType]:
    """Return (torch, detoxify.detoxify), or explain how to install them."""
    try:
        import torch
        from detoxify import detoxify
    except ImportError as exc:
        raise ScorerConfigError(
            f"the detoxify scorer needs the optional 'detoxify' dependencies "
            f"({exc.name or exc} is missing): {INSTALL_HINT}"
        ) from exc
    return torch, detoxify


def offline() -> bool:
    # Read at call time: huggingface_hub freezes its own copy of these at import.
    return any(
        os.environ.get(var, "").upper() in {"1", "ON", "YES", "TRUE"}
        for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def check_hf_config(hf_config: str | os.PathLike[str]) -> Path:
    path = Path(hf_config).expanduser()
    if not path.is_dir():
        raise ScorerConfigError(f"detoxify hf_config directory {path} does not exist")
    if not (path / "config.json").is_file():
        raise ScorerConfigError(
            f"detoxify hf_config directory {path} has no config.json; save one there with "
            "AutoConfig.from_pretrained(<model_type>).save_pretrained(<dir>)"
        )
    if not any((path / name).is_file() for name in _TOKENIZER_FILES):
        raise ScorerConfigError(
            f"detoxify hf_config directory {path} has no tokenizer files (one of "
            f"{', '.join(_TOKENIZER_FILES)}); save them there with "
            "AutoTokenizer.from_pretrained(<model_type>).save_pretrained(<dir>)"
        )
    return path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def release_for(detoxify: ModuleType, sha256: str) -> str | None:
    """Name the detoxify release whose file this is, if any.

    Release file names end in the first hex digits of their sha256 (torch.hub's convention),
    so an offline copy of an official checkpoint is recognised without the network.
    """
    for name, url in detoxify.MODEL_URLS.items():
        suffix = url.rsplit("-", 1)[-1].split(".", 1)[0]
        if suffix and sha256.startswith(suffix.lower()):
            return name
    return None


def load_weights(
    torch: ModuleType,
    detoxify: ModuleType,
    *,
    model: str | None,
    checkpoint: str | os.PathLike[str] | None,
    hf_config: Path | None,
    device: str,
) -> LoadedModel:
    """Read a checkpoint (a local file or a named release) and build model and tokenizer."""
    if model is not None and model not in detoxify.MODEL_URLS:
        raise ScorerConfigError(
            f"unknown detoxify model {model!r}; choose one of "
            f"{', '.join(detoxify.MODEL_URLS)} or give a local 'checkpoint'"
        )
    if checkpoint is not None:
        path = Path(checkpoint).expanduser()
        if not path.is_file():
            raise ScorerConfigError(f"detoxify checkpoint file {path} does not exist")
        sha256 = sha256_of(path)
        release = release_for(detoxify, sha256)
        if model is not None and model != release:
            raise ScorerConfigError(
                f"detoxify checkpoint {path} is not the {model!r} release; leave the 'model' "
                "option unset to use a custom checkpoint"
            )
        weights = release or "custom"
        loaded = _torch_load(torch, path, device)
    else:
        weights = model or DEFAULT_MODEL
        path, loaded = _download(torch, detoxify.MODEL_URLS[weights], device)
        sha256 = sha256_of(path)

    args, classes = _checkpoint_config(loaded, path)
    if hf_config is not None:
        # detoxify calls config_class.from_pretrained(model_type) before it looks at
        # huggingface_config_path, which needs the hub. A local directory as model_type loads
        # offline. huggingface_config_path stays unset on purpose: with it, detoxify builds the
        # model from config.json alone, and a stock config.json says num_labels=2, which does
        # not fit the checkpoint's classifier; this way num_classes comes from the checkpoint.
        args["model_type"] = str(hf_config)
    elif offline() and not _in_hub_cache(str(args.get("model_type"))):
        raise ScorerConfigError(
            f"detoxify checkpoint {path} needs the transformers files of "
            f"{args.get('model_type')!r}, which are not in the local cache; {_OFFLINE_HINT}"
        )
    try:
        with _no_progress_bars():
            net, tokenizer = detoxify.get_model_and_tokenizer(
                **args, state_dict=loaded["state_dict"]
            )
    except OSError as exc:
        hint = _OFFLINE_HINT if offline() else "check the network or set 'hf_config'"
        raise ScorerConfigError(
            f"could not load the transformers config/tokenizer {args.get('model_type')!r} "
            f"for detoxify checkpoint {path}: {hint} ({exc})"
        ) from exc
    except (RuntimeError, ValueError, TypeError, AttributeError) as exc:
        raise ScorerConfigError(
            f"detoxify checkpoint {path} does not fit the model it names "
            f"({args.get('model_name')!r} with config {args.get('model_type')!r}): {exc}"
        ) from exc
    class_names = [_CLASS_RENAMES.get(name, name) for name in classes]
    return LoadedModel(net, tokenizer, class_names, weights, sha256)


def quantize_int8(torch: ModuleType, model: Any) -> Any:
    """Dynamic int8 quantisation of the Linear layers, in place (a copy would double memory)."""
    with warnings.catch_warnings():
        # torch.ao.quantization is deprecated in favour of torchao, which we do not ship; the
        # eager API still works in the pinned torch and the test suite checks its output.
        warnings.filterwarnings(
            "ignore", message="torch.ao.quantization is deprecated", category=DeprecationWarning
        )
        warnings.filterwarnings("ignore", message="torch.quantize_per_tensor", category=UserWarning)
        return torch.ao.quantization.quantize_dynamic(
            model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True
        )


def window_limit(torch: ModuleType, model: Any, tokenizer: Any) -> int:
    """The longest token window (special tokens included) the model can take."""
    limit = None
    for name, module in model.named_modules():
        if name.endswith("position_embeddings") and isinstance(module, torch.nn.Embedding):
            # RoBERTa-style models start positions after the padding index.
            offset = 0 if module.padding_idx is None else module.padding_idx + 1
            limit = module.num_embeddings - offset
            break
    declared = getattr(tokenizer, "model_max_length", None)
    if isinstance(declared, int) and declared < 1_000_000:  # transformers' "unset" is ~1e30
        limit = declared if limit is None else min(limit, declared)
    return limit or 512


def _torch_load(torch: ModuleType, path: Path, device: str) -> Any:
    try:
        # weights_only=False as in detoxify: release checkpoints hold more than tensors. A
        # checkpoint is a deployment artefact, as trusted as the code.
        return torch.load(path, map_location=device, weights_only=False)
    except Exception as exc:
        raise ScorerConfigError(f"could not read detoxify checkpoint {path}: {exc}") from exc


def _download(torch: ModuleType, url: str, device: str) -> tuple[Path, Any]:
    path = Path(torch.hub.get_dir()) / "checkpoints" / url.rsplit("/", 1)[-1]
    if offline() and not path.is_file():
        # torch.hub ignores the Hugging Face offline switches; fail here instead of hanging on
        # a connection to GitHub.
        raise ScorerConfigError(
            f"detoxify checkpoint {path.name} is not in the torch hub cache ({path}) and "
            "HF_HUB_OFFLINE is set; download it from "
            f"{url} and set the 'checkpoint' option (DETOXIFY_CHECKPOINT) to the file"
        )
    try:
        loaded = torch.hub.load_state_dict_from_url(url, map_location=device, weights_only=False)
    except OSError as exc:  # URLError and friends
        raise ScorerConfigError(f"could not download detoxify checkpoint {url}: {exc}") from exc
    return path, loaded


def _checkpoint_config(loaded: Any, path: Path) -> tuple[dict[str, Any], list[str]]:
    try:
        args = dict(loaded["config"]["arch"]["args"])
        classes = [str(name) for name in loaded["config"]["dataset"]["args"]["classes"]]
        loaded["state_dict"]  # noqa: B018 - only checking that it is there
    except (KeyError, TypeError, IndexError) as exc:
        raise ScorerConfigError(
            f"{path} is not a Detoxify checkpoint: it needs config.arch.args, "
            f"config.dataset.args.classes and a state_dict (missing {exc})"
        ) from exc
    return args, classes


def _in_hub_cache(model_type: str) -> bool:
    if Path(model_type).is_dir():
        return True
    from huggingface_hub import try_to_load_from_cache

    try:
        return isinstance(try_to_load_from_cache(model_type, "config.json"), str)
    except ValueError:  # not a valid repo id either
        return False


@contextmanager
def _no_progress_bars() -> Iterator[None]:
    # transformers draws a "Loading weights" bar on stderr, noise in every worker's log.
    from transformers.utils import logging as hf_logging

    enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if enabled:
            hf_logging.enable_progress_bar()
