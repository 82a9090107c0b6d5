"""docker-compose.yml: every queue has its consumers, and scoring workers scale by design."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from moderation.config import build_config

COMPOSE = Path(__file__).resolve().parents[1] / "docker-compose.yml"


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    return dict(yaml.safe_load(COMPOSE.read_text())["services"])


def celery_queues(service: dict[str, Any]) -> set[str]:
    command = service.get("command") or []
    if command[:3] != ["celery", "-A", "workers.app"]:
        return set()
    return set(command[command.index("-Q") + 1].split(",")) if "-Q" in command else {"*"}


def celery_config() -> dict[str, Any]:
    return build_config(Path("/nonexistent"), {"CELERY_BROKER_URL": "redis://redis:6379/0"})[
        "CELERY"
    ]


def test_each_queue_is_consumed_by_its_own_service(services: dict[str, Any]) -> None:
    config = celery_config()
    declared = {queue.name for queue in config["task_queues"]}
    consumed = {name: celery_queues(service) for name, service in services.items()}
    consumed = {name: queues for name, queues in consumed.items() if queues}
    assert "*" not in set().union(*consumed.values())  # nobody takes everything
    assert set().union(*consumed.values()) == declared
    # Scoring shares its workers with nothing: no backlog elsewhere can delay a decision.
    assert consumed["worker"] == {"scoring"}
    routed = {route["queue"] for route in config["task_routes"].values()}
    assert routed <= declared


def test_explanations_run_where_the_scorer_is_loaded(services: dict[str, Any]) -> None:
    queue = celery_config()["task_routes"]["moderation.explain_comment"]["queue"]
    [name] = [n for n, s in services.items() if queue in celery_queues(s)]
    assert services[name].get("environment", {}).get("WORKER_LOADS_SCORER", "1") != "0"


def test_scoring_and_explanation_workers_can_be_scaled(services: dict[str, Any]) -> None:
    """`docker compose up --scale worker=N`: no fixed container name or host port."""
    for name in ("worker", "explainer"):
        assert "container_name" not in services[name]
        assert "ports" not in services[name]


def test_exactly_one_service_runs_beat(services: dict[str, Any]) -> None:
    beats = [n for n, s in services.items() if "--beat" in (s.get("command") or [])]
    assert beats == ["beat"]
    assert "--scale" not in str(services["beat"])


ROOT = COMPOSE.parent


def test_the_build_context_leaves_out_environments_instance_data_and_history() -> None:
    ignored = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".venv", "instance", ".git", ".env"} <= ignored
    # Nothing the Dockerfile copies is left out.
    copied = {
        part.rstrip("/")
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.startswith("COPY ")
        for part in line.split()[1:-1]
    }
    assert not {path.split("/")[0] for path in copied} & ignored, copied


def test_fetch_models_runs_as_the_readme_shows_it(services: dict[str, Any]) -> None:
    """`docker compose --profile tools run --rm fetch-models multilingual` on a fresh checkout:
    its image has the detoxify extra, and the volume it writes is the runtime user's."""
    readme = (ROOT / "README.md").read_text()
    assert "docker compose --profile tools run --rm fetch-models multilingual" in readme
    fetch = services["fetch-models"]
    assert fetch["profiles"] == ["tools"]
    assert "detoxify" in str(fetch["build"]["args"]["EXTRAS"]).split(",")
    [target] = [v.split(":")[1] for v in fetch["volumes"] if v.startswith("models:")]
    assert "--out" in fetch["entrypoint"] and fetch["entrypoint"][-1] == target
    dockerfile = (ROOT / "Dockerfile").read_text()
    user = dockerfile.split("\nUSER ", 1)[1].split()[0]
    chowned = [
        line for line in dockerfile.replace("\\\n", " ").splitlines() if f"chown {user}" in line
    ]
    assert any(target in line.split() for line in chowned), chowned
