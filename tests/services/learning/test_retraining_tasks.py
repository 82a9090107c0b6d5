"""The scheduled check queues one retraining per due site; the task retrains and activates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask

from moderation.models import Site
from moderation.services.learning import site_models
from moderation.tasks import names
from tests.support import learning
from workers import tasks


def test_the_beat_schedule_checks_for_due_sites(app: Flask) -> None:
    schedule = app.config["CELERY"]["beat_schedule"]["retrain-site-models"]
    assert schedule["task"] == names.RETRAIN_DUE_SITES
    assert schedule["kwargs"] == {"min_new": 200}
    assert names.QUEUE_OF[names.RETRAIN_SITE] == names.MAINTENANCE_QUEUE


def test_due_sites_are_queued_and_the_task_retrains_one(
    app: Flask, make_site: Callable[..., Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[str, Any]] = []
    celery = app.extensions["celery"]
    monkeypatch.setattr(celery, "send_task", lambda name, args: sent.append((name, args)))
    due, quiet = make_site(), make_site()
    learning.add_examples(due, learning.football_site_rows(210))
    learning.add_examples(quiet, learning.football_site_rows(30))
    assert tasks.retrain_due_sites(min_new=200) == [due.slug]
    assert sent == [(names.RETRAIN_SITE, [due.slug])]
    result = tasks.retrain_site(due.slug)
    assert result == {"site": due.slug, "version": 1, "status": "active"}
    assert site_models.active(due.id).version == 1
    skipped = tasks.retrain_site(quiet.slug)
    assert "needs at least" in skipped["skipped"]
