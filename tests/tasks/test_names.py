"""Every task the workers register is named and routed from moderation/tasks/names.py."""

from __future__ import annotations

import pytest
from flask import Flask

from moderation.tasks import names


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_every_registered_task_has_a_routed_name_from_names_py(app: Flask) -> None:
    import workers.tasks  # noqa: F401  (the worker's task modules register their tasks)
    import workers.webhook_tasks  # noqa: F401

    celery_app = app.extensions["celery"]
    ours = {name for name in celery_app.tasks if name.startswith("moderation.")}
    assert ours == set(names.QUEUE_OF)
    routes = celery_app.conf.task_routes
    assert all(routes[name]["queue"] == queue for name, queue in names.QUEUE_OF.items())
