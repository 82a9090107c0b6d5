"""Liveness and readiness probes."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_healthz_and_readyz(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.get_json() == {"status": "ready", "database": "ok", "broker": "ok"}


def test_readyz_reports_an_unreachable_broker(client: FlaskClient, app: object) -> None:
    celery = app.extensions["celery"]  # type: ignore[attr-defined]
    celery.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["broker"] == "unreachable"
    assert response.get_json()["database"] == "ok"


def test_security_headers(client: FlaskClient) -> None:
    response = client.get("/auth/login")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
