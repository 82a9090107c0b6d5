"""Builds the Flask app once per worker and exposes its Celery app to the `celery` command."""

from __future__ import annotations

import gc
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
    from moderation.services.automod.judging import process_scorer

    if os.environ.get("WORKER_LOADS_SCORER", "1") == "0":
        loaded = "not loaded in this worker (WORKER_LOADS_SCORER=0)"
    else:
        with flask_app.app_context():
            scorer = process_scorer(
                current_app.config["MODERATION_SCORER"], tasks.scorer_options(current_app.config)
            )
            loaded = f"{scorer.name} {scorer.version}"
    # As gunicorn.conf.py does for web processes: what is loaded by now lives as long as
    # the process, so full collections need not walk it (and the pages this process shares
    # with its parent are not written to by the collector).
    gc.collect()
    gc.freeze()
    log.info("scorer ready: %s; %d objects frozen", loaded, gc.get_freeze_count())
