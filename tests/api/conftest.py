"""Fixtures for the integration API: site keys, SSO tokens, a webhook receiver, a fixed scorer."""

from __future__ import annotations

import http.server
import json
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import jwt
import pytest
from flask import Flask

from moderation.models import Site
from moderation.scoring.labels import LABELS
from moderation.services import api_keys, scoring, site_integration

SiteKey = Callable[[Site], dict[str, str]]


@pytest.fixture
def site_key(app: Flask) -> SiteKey:
    """X-Api-Key headers with a fresh key of ``site``."""

    def headers(site: Site) -> dict[str, str]:
        return {"X-Api-Key": api_keys.create_key(site.slug, "tests").secret}

    return headers


@pytest.fixture
def sso_site(make_site: Callable[..., Site]) -> Callable[..., Site]:
    """A site with an SSO secret and an allowed origin."""

    def make(slug: str | None = None, **kw: Any) -> Site:
        site = make_site(slug, **kw)
        site_integration.rotate_sso_secret(site.slug)
        site_integration.update_settings(
            site.slug,
            site_integration.SettingsChange(allowed_origins=["https://www.example-zeitung.de"]),
        )
        return site

    return make


def mint(
    site: Site,
    sub: str = "reader-1",
    *,
    secret: str | None = None,
    algorithm: str = "HS256",
    lifetime: int = 300,
    **claims: Any,
) -> str:
    """An SSO token as a site's back end would sign it; keyword claims override the defaults."""
    now = int(time.time())
    body: dict[str, Any] = {
        "sub": sub,
        "email": f"{sub}@example.org",
        "name": "Erika Musterfrau",
        "aud": site.slug,
        "iat": now,
        "exp": now + lifetime,
        "jti": secrets.token_hex(8),
    }
    body.update(claims)
    body = {k: v for k, v in body.items() if v is not None}
    return jwt.encode(body, secret or site.sso_secret, algorithm=algorithm)


@pytest.fixture
def reader_token(client: Any) -> Callable[..., dict[str, str]]:
    """Bearer headers for an SSO reader of ``site``."""

    def headers(site: Site, sub: str = "reader-1", **claims: Any) -> dict[str, str]:
        response = client.post(
            "/api/v1/auth/sso", json={"site": site.slug, "token": mint(site, sub, **claims)}
        )
        assert response.status_code == 201, response.get_json()
        return {"Authorization": f"Bearer {response.get_json()['token']}"}

    return headers


# --- the webhooks queue -----------------------------------------------------------------


@pytest.fixture
def webhook_jobs(app: Flask) -> Callable[[], list[list[Any]]]:
    """Drain the in-memory broker's webhooks queue: the args of each queued delivery."""
    celery = app.extensions["celery"]

    def drain() -> list[list[Any]]:
        out = []
        with celery.connection_for_read() as connection:
            queue = connection.SimpleQueue("webhooks")
            try:
                while True:
                    try:
                        message = queue.get(block=False)
                    except queue.Empty:
                        break
                    assert message.headers["task"] == "moderation.deliver_webhook"
                    out.append(list(message.payload[0]))
                    message.ack()
            finally:
                queue.close()
        return out

    drain()
    return drain


# --- a real HTTP receiver ---------------------------------------------------------------


@dataclass
class Receiver:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    # Status codes to answer with, in order; 204 once they run out.
    answers: list[int] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """An http.server on 127.0.0.1 that records every POST (headers and raw body)."""
    state = Receiver(url="")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length", "0"))
            state.requests.append(
                {"path": self.path, "headers": dict(self.headers), "body": self.rfile.read(length)}
            )
            status = state.answers.pop(0) if state.answers else 204
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/moderation"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join(5)


# --- a scorer with fixed answers ---------------------------------------------------------


class FixedScorer:
    """Scores "toxic" words high, everything else low; records what it was asked."""

    name = "fixed"
    version = "test"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.delay = 0.0

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        self.calls.append(list(texts))
        if self.delay:
            time.sleep(self.delay)
        out = []
        for text in texts:
            low = text.lower()
            toxic = 0.97 if "vollidiot" in low else 0.7 if "idiot" in low else 0.02
            scores = dict.fromkeys(LABELS, 0.01)
            scores.update(
                toxicity=toxic, insult=toxic * 0.9, obscene=0.5 if "schei" in low else 0.01
            )
            out.append(scores)
        return out


@pytest.fixture
def fixed_scorer(monkeypatch: pytest.MonkeyPatch) -> FixedScorer:
    scorer = FixedScorer()
    monkeypatch.setattr(scoring, "_process_scorer", (os.getpid(), scorer))
    return scorer


def json_body(request: dict[str, Any]) -> dict[str, Any]:
    return json.loads(request["body"])
