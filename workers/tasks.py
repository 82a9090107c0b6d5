"""Celery tasks: thin, named, idempotent wrappers over services."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from celery import shared_task
from flask import current_app
from sqlalchemy.exc import OperationalError

from moderation.services.automod import explanations, judging, sweeper
from moderation.services.learning import retraining
from moderation.tasks import names


def scorer_options(config: Any) -> dict[str, Any]:
    return dict(config["SCORER_OPTIONS"].get(config["MODERATION_SCORER"], {}))


@shared_task(
    name=names.SCORE_COMMENT,
    # A database blip or a scorer error is worth retrying; the comment stays
    # pending meanwhile and judging.score_comment bounds the tries it counts.
    autoretry_for=(OperationalError, judging.ScoringFailed),
    retry_backoff=2,
    retry_backoff_max=60,
    max_retries=10,
)
def score_comment(comment_id: int) -> str:
    config = current_app.config
    scorer = judging.process_scorer(config["MODERATION_SCORER"], scorer_options(config))
    limits = judging.ScoringLimits(
        batch_size=config["SCORING_BATCH_SIZE"], max_attempts=config["SCORING_MAX_ATTEMPTS"]
    )
    return judging.score_comment(comment_id, scorer, limits).value


@shared_task(
    name=names.EXPLAIN_COMMENT,
    bind=True,
    # The decision is already committed and announced; an explanation may wait.
    autoretry_for=(OperationalError, explanations.ExplanationFailed),
    retry_backoff=5,
    retry_backoff_max=120,
    max_retries=3,
)
def explain_comment(self: Any, comment_id: int) -> str:
    config = current_app.config
    scorer = judging.process_scorer(config["MODERATION_SCORER"], scorer_options(config))
    # On the last try a scorer failure is stored, so the sweeper stops queueing it.
    give_up = self.request.retries >= (self.max_retries or 0)
    return explanations.explain_comment(comment_id, scorer, give_up=give_up).value


@shared_task(name=names.REQUEUE_UNEXPLAINED)
def requeue_unexplained(older_than_seconds: int = 600) -> int:
    return explanations.requeue_unexplained(timedelta(seconds=older_than_seconds))


@shared_task(name=names.REQUEUE_PENDING)
def requeue_pending(older_than_seconds: int = 120) -> int:
    return sweeper.requeue_pending(timedelta(seconds=older_than_seconds))


@shared_task(name=names.RETRAIN_DUE_SITES)
def retrain_due_sites(min_new: int = retraining.DEFAULT_MIN_NEW) -> list[str]:
    return retraining.queue_due_sites(min_new)


@shared_task(name=names.RETRAIN_SITE, autoretry_for=(OperationalError,), max_retries=3)
def retrain_site(site_slug: str) -> dict[str, Any]:
    """Retrain one site; a site without enough examples is an answer, not a failure."""
    config = current_app.config
    scorer = judging.process_scorer(config["MODERATION_SCORER"], scorer_options(config))
    try:
        model = retraining.retrain_site(site_slug, scorer)
    except retraining.NotEnoughExamples as error:
        return {"site": site_slug, "skipped": error.message}
    return {"site": site_slug, "version": model.version, "status": model.status.value}
