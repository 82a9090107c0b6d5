"""gunicorn settings, read from the working directory: what each web process does once it
has loaded the app. Command-line options (bind, workers) still come from the command."""

from __future__ import annotations

import gc
import os
from typing import Any

# gunicorn's control socket (for gunicornc) defaults to one fixed path per user, so a second
# instance on the host takes the first one's socket. Off unless GUNICORN_CONTROL_SOCKET
# names this instance's own path.
_own_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "").strip()
control_socket_disable = not _own_socket
if _own_socket:
    control_socket = _own_socket


def post_worker_init(worker: Any) -> None:
    # What is loaded by now (Flask, SQLAlchemy's mappers, Celery, the scorer-free app)
    # lives as long as the process. Frozen, the cyclic collector stops scanning it: a full
    # collection walks only what requests created since, instead of ~130,000 objects for
    # ~50-100 ms, a pause that landed on whichever request triggered it.
    gc.collect()
    gc.freeze()
    worker.log.info("gc: %d objects loaded at start frozen", gc.get_freeze_count())
