"""Retrain a site's model from its current examples, evaluate it, and activate it if it passes.

The newest ``holdout`` share of the site's current examples (by decision time) is held back;
the head is fitted on the rest, starting from the shared model. The candidate becomes active
only if, on the held-back slice, its macro-F1 of approve/reject beats the active version's
(or the shared model's when none is active), and if it publishes no threat case of the
functional suite that the shared model held (case by case, not in number). Outcomes are read
through the site's policy (post-moderation, no trusted authors), so the figures are the
decisions it would take.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from flask import current_app
from sqlalchemy import func

from moderation.extensions import db
from moderation.models import ExampleLabel, Site, SiteModel, SiteModelStatus, TrainingExample
from moderation.scoring import site_head
from moderation.scoring.base import Scorer
from moderation.scoring.functional import suite
from moderation.scoring.labels import LABELS
from moderation.scoring.policy import Action, Mode, PolicySettings, Submission, decide
from moderation.scoring.sentence_features import with_features
from moderation.services.automod import judging
from moderation.services.errors import Conflict
from moderation.services.learning import site_models
from moderation.services.sites import registry
from moderation.tasks import jobs

log = logging.getLogger(__name__)

DEFAULT_HOLDOUT = 0.2
DEFAULT_MIN_EXAMPLES = 100
DEFAULT_MIN_NEW = 200
DEFAULT_MAX_EXAMPLES = 20_000


class NotEnoughExamples(Conflict):
    code = "not_enough_examples"


@dataclass(frozen=True)
class RetrainSettings:
    holdout: float = DEFAULT_HOLDOUT
    min_examples: int = DEFAULT_MIN_EXAMPLES
    # The newest ones; encoding the texts is most of a retraining's time.
    max_examples: int = DEFAULT_MAX_EXAMPLES


@dataclass(frozen=True)
class SiteExamples:
    ids: list[int]
    texts: list[str]
    rejected: np.ndarray
    decided: list[datetime]


def configured_scorer() -> Scorer:
    """This process's shared scorer, as the app's configuration names it (built once)."""
    config = current_app.config
    name = config["MODERATION_SCORER"]
    return judging.process_scorer(name, dict(config["SCORER_OPTIONS"].get(name, {})))


def current_examples(site_id: int, *, after: datetime | None = None) -> SiteExamples:
    """The site's current (not superseded) examples, oldest decision first; with ``after``,
    only those decided later. One site only."""
    query = db.select(
        TrainingExample.id, TrainingExample.text, TrainingExample.label, TrainingExample.decided_at
    ).where(TrainingExample.site_id == site_id, TrainingExample.superseded_at.is_(None))
    if after is not None:
        query = query.where(TrainingExample.decided_at > after)
    rows = db.session.execute(query.order_by(TrainingExample.decided_at, TrainingExample.id)).all()
    return SiteExamples(
        ids=[r[0] for r in rows],
        texts=[r[1] for r in rows],
        rejected=np.array([r[2] is ExampleLabel.REJECTED for r in rows], dtype=bool),
        decided=[r[3] for r in rows],
    )


def retrain_site(
    site_slug: str,
    shared: Scorer,
    *,
    activate: bool = True,
    settings: RetrainSettings | None = None,
) -> SiteModel:
    """Fit, evaluate and store a new version of the site's model; activate it if it passes."""
    settings = settings or RetrainSettings()
    shared = with_features(shared)
    site = registry.get_site(site_slug)
    started = time.perf_counter()
    data = current_examples(site.id)
    if len(data.ids) > settings.max_examples:
        keep = slice(len(data.ids) - settings.max_examples, None)
        data = SiteExamples(
            data.ids[keep], data.texts[keep], data.rejected[keep], data.decided[keep]
        )
    n, rejected = len(data.ids), int(data.rejected.sum())
    if n < settings.min_examples or rejected == 0 or rejected == n:
        raise NotEnoughExamples(
            f"site {site_slug!r} has {n} current examples ({rejected} rejected); a model "
            f"needs at least {settings.min_examples} with both labels",
            field="site",
        )
    embeddings, probs = shared.features(data.texts)  # type: ignore[attr-defined]
    featured = time.perf_counter()
    logits = site_head.shared_logit(probs)
    cut = site_head.time_split(n, settings.holdout)
    head = site_head.fit_tuned(
        embeddings[:cut], logits[:cut], data.rejected[:cut], base_version=shared.version
    )
    fitted = time.perf_counter()
    policy = _post_moderation(registry.policy_for(site))
    held_texts, truth = data.texts[cut:], data.rejected[cut:]
    shared_scores = _rows(probs[cut:])
    candidate = site_head.SiteScorer(shared, head, "candidate")
    evaluation: dict[str, Any] = {
        "macro_f1": _f1(held_texts, truth, _site_rows(head, embeddings[cut:], probs[cut:]), policy),
        "shared_macro_f1": _f1(held_texts, truth, shared_scores, policy),
        "l2": head.l2,
        "holdout_rejected": int(truth.sum()),
        # Examples decided after this were never fitted on: operating points read those.
        "trained_through": data.decided[cut - 1].isoformat(),
    }
    current = site_models.active(site.id)
    evaluation["baseline"] = "shared"
    evaluation["baseline_macro_f1"] = evaluation["shared_macro_f1"]
    if current is not None:
        active_head = site_models.head(current.id)
        evaluation["active_version"] = current.version
        if active_head.base_version == shared.version:
            evaluation["baseline"] = f"v{current.version}"
            evaluation["baseline_macro_f1"] = _f1(
                held_texts, truth, _site_rows(active_head, embeddings[cut:], probs[cut:]), policy
            )
    decider = suite.policy_decider(policy)
    published = suite.run(candidate.score, decider).critical_ids()
    shared_published = _shared_critical(shared, policy)
    # Case by case: a site model that publishes a threat the shared model held is refused
    # even if it holds more threats elsewhere.
    newly_published = sorted(published - shared_published)
    evaluation["critical"] = len(published)
    evaluation["shared_critical"] = len(shared_published)
    evaluation["newly_published_threats"] = newly_published
    evaluation["threats_ok"] = not newly_published
    better = evaluation["macro_f1"] > evaluation["baseline_macro_f1"]
    evaluation["passed"] = bool(better and evaluation["threats_ok"])
    evaluation["reason"] = _reason(evaluation, better)
    evaluation["seconds"] = {
        "features": round(featured - started, 2),
        "fit": round(fitted - featured, 2),
        "total": round(time.perf_counter() - started, 2),
    }
    artifact = head.to_bytes()
    previous = site_models.latest(site.id)
    model = SiteModel(
        site=site,
        version=(previous.version + 1) if previous else 1,
        status=SiteModelStatus.CANDIDATE,
        training_examples=cut,
        holdout_examples=n - cut,
        last_example_id=_newest_example_id(site.id),
        base_version=shared.version,
        evaluation=evaluation,
        artifact=artifact,
        artifact_sha256=site_head.sha256(artifact),
    )
    db.session.add(model)
    if activate and evaluation["passed"]:
        db.session.flush()
        site_models.make_active(model)
    db.session.commit()
    log.info("site %s: model v%s %s (%s)", site_slug, model.version, model.status,
             evaluation["reason"])  # fmt: skip
    return model


def _reason(evaluation: dict[str, Any], better: bool) -> str:
    if not evaluation["threats_ok"]:
        newly = evaluation["newly_published_threats"]
        return (
            f"refused: publishes {len(newly)} threat case(s) of the functional suite that the "
            f"shared model held ({', '.join(newly[:5])})"
        )
    if not better:
        return (
            f"refused: macro-F1 {evaluation['macro_f1']:.3f} does not beat "
            f"{evaluation['baseline']} ({evaluation['baseline_macro_f1']:.3f})"
        )
    return (
        f"passed: macro-F1 {evaluation['macro_f1']:.3f} beats {evaluation['baseline']} "
        f"({evaluation['baseline_macro_f1']:.3f})"
    )


def _post_moderation(policy: PolicySettings) -> PolicySettings:
    """The site's thresholds and word lists, as if every comment were judged by the model."""
    return PolicySettings(
        hold_thresholds=policy.hold_thresholds,
        reject_thresholds=policy.reject_thresholds,
        terms=policy.terms,
        threat_action=policy.threat_action,
        mode=Mode.POST_MODERATION,
    )


def _rows(probs: np.ndarray) -> list[dict[str, float]]:
    return [dict(zip(LABELS, row, strict=True)) for row in probs.tolist()]


def _site_rows(
    head: site_head.SiteHead, embeddings: np.ndarray, probs: np.ndarray
) -> list[dict[str, float]]:
    p = head.reject_probability(embeddings, probs)
    return [site_head.site_scores(s, float(v)) for s, v in zip(_rows(probs), p, strict=True)]


def outcomes(
    texts: Sequence[str], scores: Sequence[dict[str, float]], policy: PolicySettings
) -> list[Action]:
    return [
        decide(s, policy, Submission(text=t)).action for t, s in zip(texts, scores, strict=True)
    ]


def _f1(
    texts: Sequence[str],
    truth: np.ndarray,
    scores: Sequence[dict[str, float]],
    policy: PolicySettings,
) -> float:
    predicted = np.array([a is not Action.PUBLISH for a in outcomes(texts, scores, policy)])
    return round(site_head.macro_f1(truth, predicted), 4)


_SHARED_CRITICAL: dict[tuple[str, str], frozenset[str]] = {}


def _shared_critical(shared: Scorer, policy: PolicySettings) -> frozenset[str]:
    """The threat cases the shared model publishes under ``policy`` (kept per version)."""
    key = (shared.version, repr(policy.to_mapping()))
    if key not in _SHARED_CRITICAL:
        decider = suite.policy_decider(policy)
        _SHARED_CRITICAL[key] = suite.run(shared.score, decider).critical_ids()
    return _SHARED_CRITICAL[key]


def _newest_example_id(site_id: int) -> int:
    newest = db.session.execute(
        db.select(func.max(TrainingExample.id)).where(TrainingExample.site_id == site_id)
    ).scalar_one()
    return int(newest or 0)


def due_sites(min_new: int = DEFAULT_MIN_NEW) -> list[str]:
    """Slugs of the sites with at least ``min_new`` examples since their latest version."""
    seen = (
        db.select(SiteModel.site_id, func.max(SiteModel.last_example_id).label("last"))
        .group_by(SiteModel.site_id)
        .subquery()
    )
    rows = db.session.execute(
        db.select(Site.slug)
        .join(TrainingExample, TrainingExample.site_id == Site.id)
        .outerjoin(seen, seen.c.site_id == Site.id)
        .where(TrainingExample.id > func.coalesce(seen.c.last, 0))
        .group_by(Site.slug)
        .having(func.count(TrainingExample.id) >= min_new)
        .order_by(Site.slug)
    ).scalars()
    return list(rows)


def queue_due_sites(min_new: int = DEFAULT_MIN_NEW) -> list[str]:
    """Queue one retraining task per due site; returns the slugs queued."""
    due = due_sites(min_new)
    db.session.rollback()  # nothing to write; end the read before the broker calls
    return [slug for slug in due if jobs.enqueue_retraining(slug)]
