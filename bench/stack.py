"""The production-shaped stack benchmarks run against: PostgreSQL, Redis, gunicorn, Celery."""

from __future__ import annotations

import contextlib
import os
import platform
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from moderation import create_app
from moderation.extensions import db
from moderation.models import Article, Comment, CommentStatus
from moderation.services.accounts import credentials
from moderation.services.sites import registry
from tests.support.processes import GunicornProcess, WorkerProcess
from tests.support.servers import PostgresServer, RedisServer, free_port

SECRET = "benchmark-secret-key-that-is-long-enough-0123456789"


@dataclass
class Stack:
    database_url: str
    redis_url: str
    env: dict[str, str]
    tmp: Path


@contextlib.contextmanager
def servers(tmp: Path) -> Iterator[Stack]:
    """PostgreSQL and Redis with the schema created; production settings, limits lifted.

    Both keep their data as production does: PostgreSQL with its durable defaults (every
    commit flushed to disk), Redis with an append-only file fsynced every second.
    """
    with durable_postgres() as postgres, durable_redis() as redis:
        database_url = postgres.create_database(f"bench_{uuid.uuid4().hex[:8]}")
        env = {
            "MODERATION_ENV": "production", "SECRET_KEY": SECRET, "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": redis.url, "RATELIMIT_ENABLED": "0", "LOG_FORMAT": "json",
        }  # fmt: skip
        os.environ.update(env)
        app = create_app()
        with app.app_context():
            db.create_all()
            db.engine.dispose()
        yield Stack(database_url, redis.url, env, tmp)


def durable_postgres() -> PostgresServer:
    return PostgresServer(durable=True)


def durable_redis() -> RedisServer:
    # As docs/scaling.md configures production's Redis.
    return RedisServer(appendonly=True, appendfsync="everysec")


def seed(stack: Stack, *, readers: int, thread_comments: int) -> dict[str, list[str]]:
    """A site, reader tokens, and an article with a published thread to read."""
    app = create_app()
    with app.app_context():
        site = registry.create_site("bench", "Bench Zeitung")
        tokens = []
        for i in range(readers):
            reader = credentials.create_account(f"reader{i}@example.org", "benchmark password")
            tokens.append(credentials.issue_api_token(reader, timedelta(hours=6))[0])
        article = Article(site=site, external_id="thread", title="Ein Artikel mit Debatte")
        author = credentials.find_by_email("reader0@example.org")
        for i in range(thread_comments):
            db.session.add(Comment(
                site=site, article=article, author=author, status=CommentStatus.PUBLISHED,
                body=f"Kommentar {i}: Die Innenstadt braucht mehr Bäume und weniger Parkplätze.",
            ))  # fmt: skip
        db.session.commit()
        db.engine.dispose()
    return {"tokens": tokens}


def web(
    stack: Stack, *, workers: int = 2, threads: int = 1, env: dict[str, str] | None = None
) -> GunicornProcess:
    """gunicorn as README runs it; ``threads`` > 1 makes it gthread (which keeps connections
    alive), ``env`` adds settings such as PUBLIC_CACHE_ENTRIES=0."""
    settings = {**stack.env, **(env or {})}
    if threads > 1:
        settings["GUNICORN_CMD_ARGS"] = f"--threads {threads}"
    return GunicornProcess(settings, stack.tmp / "web.log", free_port(), workers=workers)


def worker(stack: Stack, *, concurrency: int = 1, name: str = "bench") -> WorkerProcess:
    return WorkerProcess(stack.env, stack.tmp / f"{name}.log", concurrency=concurrency, name=name)


def machine(load_before: tuple[float, float, float]) -> dict[str, object]:
    """What a result file records of the machine: cores, Python, load before and after."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_before": [round(v, 2) for v in load_before],
        "load_average_after": [round(v, 2) for v in os.getloadavg()],
    }
