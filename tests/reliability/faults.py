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
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import func

from moderation.extensions import db
from moderation.models import Comment, CommentStatus
from moderation.services.accounts import credentials
from moderation.services.sites import registry
from tests.support.processes import GunicornProcess, WorkerProcess
from tests.support.servers import RedisServer, free_port

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

    @staticmethod
    def _max_latency(ids: list[int]) -> float:
        rows = db.session.execute(
            db.select(Comment.created_at, Comment.decided_at).where(Comment.id.in_(ids))
        ).all()
        spans = [(d - c) for c, d in rows if d is not None]
        return max(spans, default=timedelta()).total_seconds()

    def logs(self) -> str:
        return "\n".join(f"--- {w.name}\n{w.log()[-3000:]}" for w in self.workers)


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
