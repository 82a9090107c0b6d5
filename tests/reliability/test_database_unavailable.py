"""Database unavailability is a 503 with Retry-After wherever it surfaces, never a 500."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from moderation import create_app
from moderation.extensions import db
from moderation.services.sites import registry
from tests.support.clients import FreshContextClient
from tests.support.config import TEST_SECRET, app_config


def test_an_exhausted_pool_answers_503(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    config = app_config(f"sqlite:///{tmp_path}/pool.sqlite")
    config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_size": 1, "max_overflow": 0, "pool_timeout": 0.2}
    app: Flask = create_app(config)
    app.test_client_class = FreshContextClient
    with app.app_context():
        db.create_all()
        registry.create_site("s", "S")
        db.session.remove()
        # Every connection is taken (a burst, a slow query): the pool gives up waiting.
        with db.engine.connect():
            answer = app.test_client().get("/api/v1/sites/s/articles/a/threads")
            token = app.test_client().post(
                "/api/v1/auth/token", json={"email": "a@example.org", "password": "x" * 12}
            )
        for response in (answer, token):
            assert response.status_code == 503, response.get_data(as_text=True)
            assert response.get_json()["error"]["code"] == "unavailable"
            assert int(response.headers["Retry-After"]) > 0
        db.engine.dispose()


def test_an_error_raised_while_the_database_went_away_is_a_503_not_a_500(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hook or handler that fails because the connection is gone (the error it raised chains
    to the database's) is the outage the client may retry; any other error stays a 500."""
    from sqlalchemy.exc import OperationalError

    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    app: Flask = create_app(app_config(f"sqlite:///{tmp_path}/chain.sqlite"))
    app.config["PROPAGATE_EXCEPTIONS"] = False  # answer as a server does, not raise in the test

    @app.get("/probe/<kind>")
    def probe(kind: str) -> str:
        try:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))
        except OperationalError as gone:
            if kind == "chained":
                raise RuntimeError("a hook failed on the dead connection") from gone
        raise RuntimeError("a plain bug")

    client = app.test_client()
    chained = client.get("/probe/chained", headers={"Accept": "application/json"})
    assert chained.status_code == 503 and int(chained.headers["Retry-After"]) > 0
    plain = client.get("/probe/plain", headers={"Accept": "application/json"})
    assert plain.status_code == 500
