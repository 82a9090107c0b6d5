"""The benchmarks say what they need instead of crashing on a missing tool."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from bench import loadgen


def test_a_missing_wrk_stops_with_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(SystemExit, match="apt-get install wrk"):
        loadgen.require_wrk()


@pytest.mark.parametrize(
    "name", sorted(p.stem for p in (Path(__file__).parent.parent / "bench").glob("*.py"))
)
def test_every_benchmark_module_imports(name: str) -> None:
    """A moved module or helper breaks a benchmark here, not at the start of a long run."""
    importlib.import_module(f"bench.{name}")
