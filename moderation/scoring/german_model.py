"""The German moderation model shipped with the service, served by the Detoxify backend.

The repository holds the model in compact form (``compact_model``: int8 weights, a tokenizer
and a config, with a manifest). Detoxify's loader wants a torch checkpoint and a directory
with the transformers config and tokenizer, so on first use this module builds both into a
cache folder named after the artifact's content, and later uses find them there. A build
writes into a temporary folder and renames it into place, so workers starting together never
read a half-written model.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from moderation.scoring import compact_model
from moderation.scoring.labels import LABELS

ARTIFACT = Path(__file__).parent / "artifacts" / "detoxify-de"
NAME = "german"
CACHE_ENV = "MODERATION_MODEL_CACHE"
MODEL_CLASS = "BertForSequenceClassification"
TOKENIZER_CLASS = "PreTrainedTokenizerFast"
CHECKPOINT_FILE = "model.ckpt"
CONFIG_DIR = "hf"
# The special tokens' roles, as the tokenizer of the encoder's family names them.
SPECIAL_TOKENS = {
    "bos_token": "<s>",
    "eos_token": "</s>",
    "cls_token": "<s>",
    "sep_token": "</s>",
    "unk_token": "<unk>",
    "pad_token": "<pad>",
    "mask_token": "<mask>",
}


@dataclass(frozen=True)
class BuiltModel:
    checkpoint: Path
    hf_config: Path
    version: str  # "german-<first hex digits of the weights' sha256>"


def cache_root() -> Path:
    """Where built models live: ``MODERATION_MODEL_CACHE``, else the user's cache folder."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "moderation" / "models"


def version_of(artifact: Path | None = None) -> str:
    """The version the scorer reports for ``artifact`` (the shipped one if None), read from its
    manifest without building anything."""
    manifest = compact_model.read_manifest(artifact or ARTIFACT)
    return f"{NAME}-{compact_model.fingerprint(manifest)}"


def ensure_built(artifact: Path | None = None, cache: Path | None = None) -> BuiltModel:
    """The Detoxify checkpoint and config folder of ``artifact`` (the shipped one if None),
    built once per content."""
    artifact = artifact or ARTIFACT
    version = version_of(artifact)
    target = (cache or cache_root()) / version
    built = BuiltModel(target / CHECKPOINT_FILE, target / CONFIG_DIR, version)
    if built.checkpoint.is_file():
        return built
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{version}-", dir=target.parent))
    try:
        build(artifact, scratch)
        try:
            scratch.rename(target)
        except OSError:
            if not built.checkpoint.is_file():  # not another process's finished build
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return built


def build(artifact: Path, out: Path) -> tuple[Path, Path]:
    """Write ``out/model.ckpt`` (Detoxify's format) and ``out/hf/`` from a compact artifact."""
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoConfig, PreTrainedTokenizerFast

    model = compact_model.load(artifact)
    hf_dir = out / CONFIG_DIR
    hf_dir.mkdir(parents=True, exist_ok=True)
    AutoConfig.for_model(**model.config).save_pretrained(hf_dir)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=Tokenizer.from_str(model.tokenizer_json),
        model_max_length=int(model.config.get("max_position_embeddings", 512)),
        **SPECIAL_TOKENS,
    )
    tokenizer.save_pretrained(hf_dir)
    checkpoint = out / CHECKPOINT_FILE
    torch.save(detoxify_checkpoint(torch, model.tensors, hf_dir), checkpoint)
    return checkpoint, hf_dir


def detoxify_checkpoint(torch: Any, tensors: dict[str, Any], hf_dir: Path) -> dict[str, Any]:
    """What detoxify's loader reads: the weights, the transformers classes to build, and the
    class names in the classifier's row order."""
    return {
        "state_dict": {name: torch.from_numpy(value) for name, value in tensors.items()},
        "config": {
            "arch": {
                "args": {
                    "model_type": str(hf_dir),
                    "model_name": MODEL_CLASS,
                    "tokenizer_name": TOKENIZER_CLASS,
                    "num_classes": len(LABELS),
                }
            },
            "dataset": {"args": {"classes": list(LABELS)}},
        },
    }
