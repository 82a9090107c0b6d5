"""A production-shaped stack for fault tests: gunicorn, Celery workers, Redis and PostgreSQL."""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func

from moderation import create_app
from moderation.extensions import db
from moderation.models import Comment, CommentStatus, Score
from moderation.services.accounts import credentials
from moderation.services.sites import registry
from tests.support.config import TEST_SECRET, app_config
from tests.support.processes import GunicornProcess, WorkerProcess
from tests.support.servers import PostgresServer, RedisServer, free_port, start_or_skip

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"


def http_json(
    method: str, url: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, dict(response.headers), json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        payload = error.read()
        try:
            parsed = json.loads(payload) if payload else None
        except ValueError:
            parsed = payload.decode(errors="replace")
        return error.code, dict(error.headers), parsed


def call(
    base: str,
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    source: str = "127.0.0.1",
) -> tuple[int, http.client.HTTPResponse, bytes]:
    """One request on a connection of its own from ``source`` (any 127.0.0.0/8 address), so
    that requests spread over the server's processes and each address has its own limits.

    A connection the server resets or closes without answering raises, as it should.
    """
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(
        url.hostname or "127.0.0.1", url.port, timeout=30, source_address=(source, 0)
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response, response.read()
    finally:
        connection.close()


@dataclass
class FaultRun:
    """Comments posted during one fault, and what became of them."""

    name: str
    accepted: list[int] = field(default_factory=list)
    answers: Counter[int] = field(default_factory=Counter)
    posted: int = 0


@dataclass
class Stack:
    app: Flask
    redis: RedisServer
    web: GunicornProcess
    workers: list[WorkerProcess]
    env: dict[str, str]
    headers: dict[str, str]
    tmp: Path

    def add_worker(self, name: str, *, beat: bool = False) -> WorkerProcess:
        worker = WorkerProcess(
            self.env, self.tmp / f"{name}.log", concurrency=2, beat=beat, name=name
        )
        self.workers.append(worker.start())
        return worker

    def post(self, run: FaultRun, text: str) -> int:
        run.posted += 1
        status, _, body = http_json(
            "POST", f"{self.web.url}/api/v1/sites/stadtanzeiger/articles/ob-wahl/comments",
            {"body": text}, self.headers)  # fmt: skip
        run.answers[status] += 1
        if status == 202:
            run.accepted.append(body["id"])
        return status

    def wait_decided(self, run: FaultRun, bound: float) -> dict[str, Any]:
        """Wait until every accepted comment is decided; return figures for the docs."""
        deadline = time.monotonic() + bound
        with self.app.app_context():
            while True:
                pending = self._pending(run.accepted)
                if not pending or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            figures = {
                "fault": run.name,
                "posted": run.posted,
                "accepted": len(run.accepted),
                "answers": {str(k): v for k, v in sorted(run.answers.items())},
                "lost": pending,
                "max_seconds_to_decision": round(self._max_latency(run.accepted), 2),
            }
        ARTIFACTS.mkdir(exist_ok=True)
        with (ARTIFACTS / "reliability.jsonl").open("a") as handle:
            handle.write(json.dumps(figures) + "\n")
        return figures

    @staticmethod
    def _pending(ids: list[int]) -> int:
        db.session.expire_all()
        return db.session.execute(
            db.select(func.count()).select_from(Comment).where(
                Comment.id.in_(ids), Comment.status == CommentStatus.PENDING)
        ).scalar_one()  # fmt: skip

    def times_scored(self, ids: list[int]) -> Counter[int]:
        """How many scores each of ``ids`` has (a comment is scored once, then decided)."""
        with self.app.app_context():
            rows = db.session.execute(
                db.select(Score.comment_id, func.count())
                .where(Score.comment_id.in_(ids))
                .group_by(Score.comment_id)
            ).all()
        counted = Counter({comment_id: 0 for comment_id in ids})
        counted.update(dict(rows))
        return counted

    @staticmethod
    def _max_latency(ids: list[int]) -> float:
        rows = db.session.execute(
            db.select(Comment.created_at, Comment.decided_at).where(Comment.id.in_(ids))
        ).all()
        spans = [(d - c) for c, d in rows if d is not None]
        return max(spans, default=timedelta()).total_seconds()

    def logs(self) -> str:
        """Each worker's log tail and what gunicorn logged at ERROR, for a failure message."""
        workers = "\n".join(f"--- {w.name}\n{w.log()[-3000:]}" for w in self.workers)
        lines = self.web.log_path.read_text(errors="replace").splitlines()
        starts = [i for i, line in enumerate(lines) if " ERROR " in line or "[ERROR]" in line]
        errors = "\n".join("\n".join(lines[i : i + 60]) for i in starts[:3])
        return f"{workers}\n--- web, first errors\n{errors}"


def seed(app: Flask) -> dict[str, str]:
    with app.app_context():
        registry.create_site("stadtanzeiger", "Stadt-Anzeiger")
        reader = credentials.create_account(
            f"r-{uuid.uuid4().hex[:6]}@example.org", "a long enough password"
        )
        token, _ = credentials.issue_api_token(reader, timedelta(hours=2))
    return {"Authorization": f"Bearer {token}"}


def web_process(env: dict[str, str], tmp: Path) -> GunicornProcess:
    return GunicornProcess(env, tmp / "web.log", free_port())


@contextmanager
def running_stack(
    postgres: PostgresServer, tmp: Path, monkeypatch: pytest.MonkeyPatch, **settings: str
) -> Iterator[Stack]:
    """gunicorn (2 workers), a Celery worker with the sweeper, Redis with an append-only file
    and a database of its own on ``postgres``; ``settings`` add to the environment."""
    name = f"faults_{uuid.uuid4().hex[:8]}"
    database_url = postgres.create_database(name)
    redis = start_or_skip(RedisServer, appendonly=True)
    env = {
        "DATABASE_URL": database_url, "CELERY_BROKER_URL": redis.url, "SECRET_KEY": TEST_SECRET,
        "PENDING_MAX_AGE": "4", "PENDING_SWEEP_INTERVAL": "2", "CELERY_VISIBILITY_TIMEOUT": "8",
        "MODERATION_SCORER": "embedded",
        # Short, so a frozen worker's locks are released within the test's bound.
        "DB_LOCK_TIMEOUT_MS": "3000", "DB_IDLE_IN_TRANSACTION_TIMEOUT_MS": "10000",
        **settings,
    }  # fmt: skip
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    app = create_app(app_config(database_url, redis.url))
    with app.app_context():
        db.create_all()
    headers = seed(app)
    web = web_process(env, tmp).start()
    built = Stack(app, redis, web, [], env, headers, tmp)
    try:
        built.add_worker("sweeper", beat=True)
        yield built
    finally:
        for worker in built.workers:
            worker.stop()
        web.stop()
        redis.stop()
        with app.app_context():
            db.engine.dispose()
        postgres.drop_database(name)
