"""Reading what the web side queued: the in-memory broker's messages, drained."""

from __future__ import annotations

from typing import Any

from celery import Celery


def drain(celery: Celery, queue_name: str) -> list[tuple[str, list[Any]]]:
    """Take every message waiting in ``queue_name``: [(task name, args)], oldest first."""
    out = []
    with celery.connection_for_read() as connection:
        queue = connection.SimpleQueue(queue_name)
        try:
            while True:
                try:
                    message = queue.get(block=False)
                except queue.Empty:
                    break
                out.append((message.headers["task"], list(message.payload[0])))
                message.ack()
        finally:
            queue.close()
    return out
