"""The suite report: two tiny German-model artifacts on the functional suite, each figure
checked against a suite run made here, and the floors read from a file."""

import ast
import json
import runpy
from pathlib import Path

import pytest

from moderation.scoring.training.candidate_scorers import options

pytest.importorskip("torch")
pytest.importorskip("detoxify")

from moderation.scoring import german_model  # noqa: E402
from moderation.scoring.functional import suite  # noqa: E402
from moderation.scoring.registry import build_scorer  # noqa: E402
from moderation.scoring.training import suite_report  # noqa: E402
from tests.scoring.tiny_german_model import make_artifact  # noqa: E402


@pytest.fixture
def artifacts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv(german_model.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # Seed 1 holds every text, seed 0 publishes most: the two disagree on the threats.
    return {
        "base": make_artifact(tmp_path / "b", seed=1),
        "candidate": make_artifact(tmp_path / "c", seed=0),
    }


def run_here(artifact: Path) -> suite.SuiteResult:
    scorer = build_scorer("detoxify", {"precision": "bf16", "artifact": str(artifact)})
    return suite.run(scorer.score, suite.policy_decider())


def test_the_report_counts_what_the_suite_decides(artifacts: dict, tmp_path: Path) -> None:
    floors = tmp_path / "floors.py"
    threats = ("threat_direct", "threat_conditional", "threat_veiled", "call_violence_people")
    table = {"german": {("de", phenomenon): 1.0 for phenomenon in threats}}
    floors.write_text(f"FLOORS = {table!r}\n")
    out = tmp_path / "report.json"
    argv = ["--scorer", "detoxify", "--base", str(artifacts["base"]), "--threads", "1"]
    argv += ["--candidate", str(artifacts["candidate"]), "--floors", str(floors)]
    assert suite_report.main([*argv, "--out-json", str(out)]) == 0
    result = json.loads(out.read_text())

    here = {model: run_here(artifacts[model]) for model in ("base", "candidate")}
    published = {model: here[model].critical_ids() for model in here}
    assert result["threats_published"] == {m: len(ids) for m, ids in published.items()}
    only = sorted(published["candidate"] - published["base"])
    assert result["published_only_by_candidate"] == only != []
    assert result["published_only_by_base"] == sorted(published["base"] - published["candidate"])
    rows = {(row["lang"], row["phenomenon"]): row for row in result["rates"]}
    for rate in here["candidate"].rates:
        row = rows[(rate.lang, rate.phenomenon)]
        assert (row["candidate"], row["cases"]) == (rate.passed, rate.cases)
    under = {key for key, row in rows.items() if row["under_floor"]}
    assert under == {("de", p) for p in threats if rows[("de", p)]["candidate"] < 22} != set()
    assert rows[("de", "criticism_sharp")]["floor"] is None


def test_the_cascade_gets_the_candidate_as_its_transformer() -> None:
    assert options("cascade", "bf16", 2, Path("a")) == {
        "detoxify": {"precision": "bf16", "threads": 2, "artifact": "a"}
    }
    assert options("detoxify", "fp32", 1, None) == {"precision": "fp32", "threads": 1}
    with pytest.raises(ValueError, match="scorer must be one of"):
        options("embedded", "bf16", 2, None)


def test_the_floors_file_is_data_the_report_reads_without_the_test_dependencies() -> None:
    path = Path(__file__).parents[1] / "functional_floors.py"
    imports = [
        n
        for n in ast.walk(ast.parse(path.read_text()))
        if isinstance(n, ast.Import | ast.ImportFrom)
    ]
    assert all(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in imports)
    floors = runpy.run_path(str(path))["FLOORS"]
    assert {suite_report.FLOOR_KEYS[name] for name in ("detoxify", "cascade")} <= set(floors)
