"""Builds the Flask app once per worker and exposes its Celery app to the `celery` command."""

from __future__ import annotations

import logging
import os

from celery.signals import worker_process_init
from flask import current_app

from moderation import create_app

flask_app = create_app()
app = flask_app.extensions["celery"]

from . import tasks, webhook_tasks  # noqa: E402,F401  (registers the tasks)

log = logging.getLogger(__name__)


@worker_process_init.connect
def load_scorer(**_: object) -> None:
    """Load the model in each pool process as it starts, not on its first comment.

    Workers that only deliver webhooks or sweep set WORKER_LOADS_SCORER=0 and
    spare the memory.
    """
    from moderation.services.scoring import process_scorer

    if os.environ.get("WORKER_LOADS_SCORER", "1") == "0":
        log.info("scorer ready: not loaded in this worker (WORKER_LOADS_SCORER=0)")
        return
    with flask_app.app_context():
        scorer = process_scorer(
            current_app.config["MODERATION_SCORER"], tasks.scorer_options(current_app.config)
        )
        log.info("scorer ready: %s %s", scorer.name, scorer.version)
