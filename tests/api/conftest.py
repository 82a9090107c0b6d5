"""Fixtures for the integration API: site keys, SSO tokens, a webhook receiver, a fixed scorer."""

from __future__ import annotations

import http.server
import json
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask

from moderation.models import Site
from moderation.services.automod import judging
from moderation.services.sites import api_keys, integration
from tests.support.scorers import FixedScorer
from tests.support.sso import Receiver, SiteKey, mint  # noqa: F401  (the fixtures return these)


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
        integration.rotate_sso_secret(site.slug)
        integration.update_settings(
            site.slug,
            integration.SettingsChange(allowed_origins=["https://www.example-zeitung.de"]),
        )
        return site

    return make


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


@pytest.fixture
def fixed_scorer(monkeypatch: pytest.MonkeyPatch) -> FixedScorer:
    scorer = FixedScorer()
    monkeypatch.setattr(judging, "_process_scorer", (os.getpid(), scorer))
    return scorer


def json_body(request: dict[str, Any]) -> dict[str, Any]:
    return json.loads(request["body"])
