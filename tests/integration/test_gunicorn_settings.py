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


def test_two_instances_on_one_host_share_no_control_socket(tmp_path: Path) -> None:
    """gunicorn's control socket is off by default, or at the path each instance is given."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "XDG_RUNTIME_DIR": "",
        "SECRET_KEY": "gunicorn-settings-test-secret-0123456789abcdef",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'web.sqlite'}",
        "CELERY_BROKER_URL": "memory://",
    }
    own = tmp_path / "second.ctl"
    first = GunicornProcess(env, tmp_path / "first.log", free_port(), workers=1)
    second = GunicornProcess(
        {**env, "GUNICORN_CONTROL_SOCKET": str(own)}, tmp_path / "second.log", free_port(),
        workers=1,
    )  # fmt: skip
    with first, second:
        for web in (first, second):
            with urllib.request.urlopen(web.url + "/healthz", timeout=10) as response:  # noqa: S310
                assert response.status == 200
        assert own.is_socket()
        assert not (home / ".gunicorn").exists()
