"""The benchmarks say what they need instead of crashing on a missing tool."""

from __future__ import annotations

import pytest

from bench import loadgen


def test_a_missing_wrk_stops_with_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(SystemExit, match="apt-get install wrk"):
        loadgen.require_wrk()
