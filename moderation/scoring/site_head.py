"""A site's own head: a logistic "rejected" model over the shared scorer's features, in numpy.

The features are the shared embedded scorer's sentence embedding and its decision as a logit
(``shared_logit``: the logit of the largest label probability, the score the default policy
holds on). The fit starts from, and is pulled towards by an L2 penalty, the weights that
reproduce the shared decision exactly (embedding weights 0, weight 1 on the shared logit,
bias 0), so a site with few examples keeps the shared behaviour and one with many moves
away from it as far as its moderators' decisions say.

A site head answers one question, "would this site's moderators reject it?". ``site_scores``
turns that into the six labels the policy reads: ``toxicity`` becomes the site's probability,
the other labels may not exceed it, and ``threat`` stays the shared model's, untouched: a
site's examples can never make a threat publishable.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from threadpoolctl import threadpool_limits

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.labels import LABELS, LabelScores
from moderation.scoring.site_versions import recorded_version

HEAD_FORMAT = 1
# Penalty strengths tried by ``fit_tuned`` (strongest first: ties keep the shared behaviour).
L2_GRID = (30.0, 10.0, 3.0, 1.0)
_EPS = 1e-4


def shared_logit(probabilities: np.ndarray) -> np.ndarray:
    """The shared decision as a logit: of the largest label probability, per text."""
    p = np.clip(np.asarray(probabilities, dtype=np.float64).max(axis=1), _EPS, 1 - _EPS)
    return np.log(p / (1 - p))


@dataclass(frozen=True)
class SiteHead:
    w_embedding: np.ndarray  # (512,)
    w_shared: float
    bias: float
    base_version: str  # the shared scorer's version whose features it was fitted on
    l2: float = 0.0

    def reject_probability(self, embeddings: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
        """P(the site's moderators reject), from the shared scorer's embeddings and labels."""
        return self.from_logits(embeddings, shared_logit(probabilities))

    def from_logits(self, embeddings: np.ndarray, shared: np.ndarray) -> np.ndarray:
        z = np.asarray(embeddings, dtype=np.float64) @ self.w_embedding
        z += self.w_shared * shared + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))

    def to_bytes(self) -> bytes:
        """An npz without pickle: the artifact a site model row stores."""
        buffer = io.BytesIO()
        np.savez(
            buffer,
            format=np.array(HEAD_FORMAT),
            w_embedding=self.w_embedding.astype(np.float64),
            w_shared=np.array(self.w_shared),
            bias=np.array(self.bias),
            l2=np.array(self.l2),
            base_version=np.array(self.base_version),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> SiteHead:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            if int(z["format"]) != HEAD_FORMAT:
                raise ScorerConfigError(f"site head format {int(z['format'])} unsupported")
            return cls(
                w_embedding=z["w_embedding"].astype(np.float64),
                w_shared=float(z["w_shared"]),
                bias=float(z["bias"]),
                l2=float(z["l2"]),
                base_version=str(z["base_version"]),
            )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fit(
    embeddings: np.ndarray,
    shared: np.ndarray,
    rejected: np.ndarray,
    *,
    l2: float,
    base_version: str,
    init: SiteHead | None = None,
    iterations: int = 30,
    tolerance: float = 1e-5,
) -> SiteHead:
    """Newton's method on the log loss plus ``l2`` times the squared distance to the start
    that reproduces the shared decision; ``init`` warm-starts it (same penalty centre)."""
    x = _design(embeddings, shared)
    d = x.shape[1] - 2
    x32 = x.astype(np.float32)  # the Hessian's product in single precision: half the time
    y = np.asarray(rejected, dtype=np.float64)
    start = np.zeros(d + 2)
    start[d] = 1.0
    # The bias is pulled only lightly: a site's base rate may differ from the shared one.
    penalty = np.full(d + 2, l2)
    penalty[d + 1] = l2 * 0.01
    theta = start.copy()
    if init is not None:
        theta = np.concatenate([init.w_embedding, [init.w_shared, init.bias]])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ theta, -40.0, 40.0)))
        gradient = x.T @ (p - y) + penalty * (theta - start)
        curvature = (p * (1 - p)).astype(np.float32)
        hessian = (x32 * curvature[:, None]).T @ x32 + np.diag(penalty)
        step = np.linalg.solve(hessian.astype(np.float64), gradient)
        theta -= step
        if float(np.max(np.abs(step))) < tolerance:
            break
    return SiteHead(theta[:d], float(theta[d]), float(theta[d + 1]), base_version, l2)


def _design(embeddings: np.ndarray, shared: np.ndarray) -> np.ndarray:
    n = embeddings.shape[0]
    return np.hstack([embeddings.astype(np.float64), shared.reshape(-1, 1), np.ones((n, 1))])


def fit_tuned(
    embeddings: np.ndarray,
    shared: np.ndarray,
    rejected: np.ndarray,
    *,
    base_version: str,
    grid: Sequence[float] = L2_GRID,
    inner_holdout: float = 0.2,
) -> SiteHead:
    """Choose the penalty on the newest part of the (time-ordered) training rows, then refit
    on all of them. Rows must be oldest first; the grid runs strongest first, each fit
    warm-started from the one before."""
    # Matrices of a few hundred columns: one BLAS thread is faster than threads that
    # contend for the cores the encoder and the workers use.
    with threadpool_limits(1, user_api="blas"):
        return _fit_tuned(embeddings, shared, rejected, base_version, grid, inner_holdout)


def _fit_tuned(
    embeddings: np.ndarray,
    shared: np.ndarray,
    rejected: np.ndarray,
    base_version: str,
    grid: Sequence[float],
    inner_holdout: float,
) -> SiteHead:
    y = np.asarray(rejected, dtype=bool)
    cut = time_split(len(y), inner_holdout)
    best, best_f1, best_head = grid[0], -1.0, None
    previous = None
    if 0 < cut < len(y):
        for l2 in grid:
            previous = fit(
                embeddings[:cut], shared[:cut], y[:cut], l2=l2, base_version=base_version,
                init=previous,
            )  # fmt: skip
            f1 = macro_f1(y[cut:], previous.from_logits(embeddings[cut:], shared[cut:]) >= 0.5)
            if f1 > best_f1 + 1e-9:
                best, best_f1, best_head = l2, f1, previous
    return fit(embeddings, shared, y, l2=best, base_version=base_version, init=best_head)


def time_split(n: int, holdout: float) -> int:
    """Index of the first held-back row when the newest ``holdout`` share is held back."""
    return n - max(1, round(n * holdout)) if n > 1 else n


def macro_f1(rejected: np.ndarray, predicted: np.ndarray) -> float:
    """F1 of the macro-averaged precision and recall over the two classes (GermEval's way)."""
    y = np.asarray(rejected, dtype=bool)
    p = np.asarray(predicted, dtype=bool)
    precisions, recalls = [], []
    for cls in (True, False):
        tp = float(np.sum((p == cls) & (y == cls)))
        predicted_n, actual_n = float(np.sum(p == cls)), float(np.sum(y == cls))
        precisions.append(tp / predicted_n if predicted_n else 0.0)
        recalls.append(tp / actual_n if actual_n else 0.0)
    precision, recall = float(np.mean(precisions)), float(np.mean(recalls))
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def site_scores(shared: LabelScores, reject_probability: float) -> LabelScores:
    """The six labels for the policy: the site's probability as toxicity, the other labels
    capped at it, the shared threat score kept as it is."""
    out = {label: min(float(shared[label]), reject_probability) for label in LABELS}
    out["toxicity"] = float(reject_probability)
    out["threat"] = float(shared["threat"])
    return out


class SiteScorer:
    """The shared embedded scorer with a site's head on top; a Scorer like any other.

    ``shared`` is anything with ``name``, ``version`` and ``features(texts)`` (the embedded
    scorer). Its ``version`` names the site model first, then the shared scorer's version.
    """

    def __init__(self, shared: object, head: SiteHead, label: str) -> None:
        if getattr(shared, "version", None) != head.base_version:
            raise ScorerConfigError(
                f"site model {label} was fitted on {head.base_version}, the shared scorer "
                f"is {getattr(shared, 'version', None)}; retrain it"
            )
        self.shared = shared
        self.head = head
        self.name = str(getattr(shared, "name", "embedded"))
        self.version = recorded_version(label, head.base_version)

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        embeddings, probs = self.shared.features(texts)  # type: ignore[attr-defined]
        rejected = self.head.reject_probability(embeddings, probs)
        return [
            site_scores(dict(zip(LABELS, row, strict=True)), float(p))
            for row, p in zip(probs.tolist(), rejected.tolist(), strict=True)
        ]
