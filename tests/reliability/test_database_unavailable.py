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
