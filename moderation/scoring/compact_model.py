"""The compact form of a transformer classifier kept in the repository: int8 weights, no pickle.

An artifact directory holds ``weights.npz`` (every matrix as int8 with one float32 scale per
row, vectors as float32; read with ``allow_pickle=False``, so loading runs no code),
``tokenizer.json`` and ``config.json`` (a transformers tokenizer and config, plain text), and
``manifest.json`` (provenance, licences, evaluation, and the sha256 of the other three).
Reading checks every sha256 first: a file changed by hand is refused, not half-used.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

WEIGHTS_FILE = "weights.npz"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "config.json"
MANIFEST_FILE = "manifest.json"
HASHED_FILES = (WEIGHTS_FILE, TOKENIZER_FILE, CONFIG_FILE)
_INT8 = "::int8"
_SCALE = "::scale"


class ArtifactError(ValueError):
    """An artifact directory is incomplete or does not match its manifest."""


@dataclass(frozen=True)
class CompactModel:
    tensors: dict[str, np.ndarray]  # float32, by state-dict name
    config: dict[str, Any]
    tokenizer_json: str
    manifest: dict[str, Any]


def quantise_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: ``matrix ~= q * scale[:, None]``."""
    matrix = np.asarray(matrix, dtype=np.float32)
    scale = np.abs(matrix).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(matrix / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def save(
    out: Path,
    tensors: Mapping[str, np.ndarray],
    config: Mapping[str, Any],
    tokenizer_json: str,
    manifest: Mapping[str, Any],
    *,
    keep_float: tuple[str, ...] = (),
) -> Path:
    """Write an artifact; matrices are quantised unless named in ``keep_float``."""
    out.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    for name, value in tensors.items():
        value = np.asarray(value, dtype=np.float32)
        if value.ndim == 2 and name not in keep_float:
            arrays[name + _INT8], arrays[name + _SCALE] = quantise_rows(value)
        else:
            arrays[name] = value
    np.savez_compressed(out / WEIGHTS_FILE, **arrays)
    (out / TOKENIZER_FILE).write_text(tokenizer_json, encoding="utf-8")
    (out / CONFIG_FILE).write_text(json.dumps(dict(config), indent=2, sort_keys=True) + "\n")
    hashes = {name: sha256_of(out / name) for name in HASHED_FILES}
    full = {**manifest, "files": hashes, "weights_bytes": (out / WEIGHTS_FILE).stat().st_size}
    (out / MANIFEST_FILE).write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n")
    return out


def load(artifact: Path) -> CompactModel:
    """Read and dequantise an artifact after checking it against its manifest."""
    manifest = read_manifest(artifact)
    tensors: dict[str, np.ndarray] = {}
    with np.load(artifact / WEIGHTS_FILE, allow_pickle=False) as arrays:
        for key in arrays.files:
            if key.endswith(_SCALE):
                continue
            if key.endswith(_INT8):
                name = key.removesuffix(_INT8)
                tensors[name] = arrays[key].astype(np.float32) * arrays[name + _SCALE][:, None]
            else:
                tensors[key] = arrays[key].astype(np.float32)
    return CompactModel(
        tensors=tensors,
        config=json.loads((artifact / CONFIG_FILE).read_text(encoding="utf-8")),
        tokenizer_json=(artifact / TOKENIZER_FILE).read_text(encoding="utf-8"),
        manifest=manifest,
    )


def read_manifest(artifact: Path) -> dict[str, Any]:
    """The manifest, after every file it names was checked against its sha256."""
    path = artifact / MANIFEST_FILE
    if not path.is_file():
        raise ArtifactError(f"{artifact} has no {MANIFEST_FILE}")
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for name in HASHED_FILES:
        expected = manifest.get("files", {}).get(name)
        if not (artifact / name).is_file():
            raise ArtifactError(f"{artifact} has no {name}")
        if sha256_of(artifact / name) != expected:
            raise ArtifactError(f"{artifact / name} does not match the sha256 in {MANIFEST_FILE}")
    return manifest


def fingerprint(manifest: Mapping[str, Any]) -> str:
    """A short id of an artifact's content: the first hex digits of its weights' sha256."""
    return str(manifest["files"][WEIGHTS_FILE])[:12]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
