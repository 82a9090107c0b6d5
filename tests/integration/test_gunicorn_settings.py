"""gunicorn.conf.py is what production's gunicorn reads: each worker freezes its start-up heap."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

from tests.support.processes import GunicornProcess
from tests.support.servers import free_port


def test_each_web_worker_freezes_what_it_loaded(tmp_path: Path) -> None:
    env = {
        "MODERATION_ENV": "production",
        "SECRET_KEY": "gunicorn-settings-test-secret-0123456789abcdef",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'web.sqlite'}",
        "CELERY_BROKER_URL": "memory://",
    }
    web = GunicornProcess(env, tmp_path / "web.log", free_port(), workers=2).start()
    try:
        with urllib.request.urlopen(web.url + "/healthz", timeout=10) as response:  # noqa: S310
            assert response.status == 200
    finally:
        web.stop()
    frozen = [
        int(n)
        for n in re.findall(r"gc: (\d+) objects loaded at start frozen", web.log_path.read_text())
    ]
    assert len(frozen) == 2, web.log_path.read_text()
    # The app's modules and mappers, not a handful of objects.
    assert min(frozen) > 50_000
