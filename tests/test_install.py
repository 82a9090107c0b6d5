"""What each install brings: the service without torch and transformers, the tests with them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = {"torch", "transformers", "detoxify"}


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~ ;]", line, maxsplit=1)[0].lower() for line in requirements}


def test_the_service_installs_without_torch_and_the_tests_test_detoxify_for_real() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert not _names(project["dependencies"]) & HEAVY
    assert _names(project["optional-dependencies"]["detoxify"]) >= HEAVY
    # The service's own installs: scripts/run and the default image take no extra.
    assert (
        "pip install --quiet --disable-pip-version-check -e .\n"
        in (ROOT / "scripts" / "run").read_text()
    )
    assert 'ARG EXTRAS=""' in (ROOT / "Dockerfile").read_text()
    # The test install does take it, and the README says what that costs.
    assert "-e '.[test,detoxify]'" in (ROOT / "scripts" / "test").read_text()
    readme = (ROOT / "README.md").read_text()
    assert re.search(r"test install needs about [\d.]+ GB of disk", readme)


def test_the_readme_gives_both_installs_measured_with_their_date() -> None:
    readme = " ".join((ROOT / "README.md").read_text().split())
    test_install = re.search(r"the test install took ([^.]+?) and its venv ([\d.]+ GB)", readme)
    service_install = re.search(
        r"the service's own install \(`pip install -e \.`, what `scripts/run` runs\) took "
        r"([^,]+?) and (\d+ MB), with no torch",
        readme,
    )
    assert test_install and service_install
    assert re.search(r"Measured on \d{4}-\d{2}-\d{2}", readme)
