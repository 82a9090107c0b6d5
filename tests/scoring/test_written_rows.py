"""The written rows, all six waves: well formed, threats and harmless rows in both languages in
every wave but the third, harmless criticism alone in the third, property alone in the fifth,
veiled threats and their look-alikes alone in the sixth,
added to the guard's training rows only when asked (each wave on its own), and sharing no
wording with the suite or any evaluation table (the tables stay held out, so a model trained on
these rows can still be judged on them)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from moderation.scoring.functional import load_cases
from moderation.scoring.training import written_rows
from moderation.scoring.training.threat_guard import template_rows
from tests.scoring.evaluation_tables import judgement_texts, threat_table_texts
from tests.support.wording import five_word_runs

TABLE = Path(__file__).with_name("threat_development_cases.py")
ROWS = written_rows.rows()
BOTH_WAVES = written_rows.rows(waves=(1, 2))
ALL_WAVES = written_rows.rows(waves=(1, 2, 3, 4, 5, 6))


def test_every_line_has_its_four_fields_and_a_threat_label_of_zero_or_one() -> None:
    paths = written_rows.files(waves=(1, 2, 3, 4, 5, 6))
    assert {path.parent.name for path in paths} == {
        "written_rows",
        "second_wave",
        "third_wave",
        "fourth_wave",
        "fifth_wave",
        "sixth_wave",
    }
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert set(row) == {"text", "lang", "family", "threat"}, path.name
            assert row["lang"] in ("de", "en") and row["threat"] in (0, 1) and row["text"].strip()


# The fourth and fifth waves' English parts are the smallest, by design.
@pytest.mark.parametrize(
    ("waves", "fewest"), [((1,), 100), ((2,), 100), ((4,), 20), ((5,), 40), ((6,), 40)]
)
def test_each_wave_but_the_third_has_threats_and_harmless_rows_in_both_languages(
    waves: tuple[int], fewest: int
) -> None:
    counts = Counter((row.lang, row.labels["threat"]) for row in written_rows.rows(waves))
    assert min(counts[(lang, label)] for lang in ("de", "en") for label in (0, 1)) >= fewest
    assert all(row.family.startswith("written_") for row in written_rows.rows(waves))


def test_the_third_wave_is_harmless_criticism_in_both_languages() -> None:
    third = written_rows.rows(waves=(3,))
    assert {row.family for row in third} == {"written_criticism_de", "written_criticism_en"}
    assert not any(row.labels["threat"] for row in third)
    counts = Counter(row.lang for row in third)
    assert counts["de"] >= 300 and counts["en"] >= 100


def test_the_fifth_wave_is_about_property_on_both_sides_of_the_line() -> None:
    fifth = written_rows.rows(waves=(5,))
    threats = {row.family for row in fifth if row.labels["threat"]}
    harmless = {row.family for row in fifth if not row.labels["threat"]}
    assert threats == {"written_call_property_de", "written_call_property_en"}
    assert {family.rsplit("_", 1)[0] for family in harmless} == {
        "written_criticism",
        "written_lookalike",
        "written_condemnation",
    }


def test_the_sixth_wave_is_veiled_threats_and_their_look_alikes() -> None:
    sixth = written_rows.rows(waves=(6,))
    threats = {row.family for row in sixth if row.labels["threat"]}
    harmless = {row.family for row in sixth if not row.labels["threat"]}
    assert threats == {"written_veiled_de", "written_veiled_en"}
    assert harmless == {"written_lookalike_de", "written_lookalike_en"}


def test_no_text_twice_in_any_wave_or_across_them() -> None:
    assert len({row.text.lower() for row in ALL_WAVES}) == len(ALL_WAVES)


def test_the_guard_trains_on_each_wave_only_when_asked() -> None:
    plain, _ = template_rows(TABLE, more=True)
    with_written, _ = template_rows(TABLE, more=True, written=True)
    with_both, _ = template_rows(TABLE, more=True, written=True, second_wave=True)
    with_all, _ = template_rows(
        TABLE, more=True, written=True, second_wave=True, later_waves=(3, 4, 5, 6)
    )
    assert len(with_written) == len(plain) + len(ROWS)
    assert len(with_both) == len(BOTH_WAVES) + len(plain)
    assert len(with_all) == len(ALL_WAVES) + len(plain)
    assert not any(row.family.startswith("written_") for row in plain)


def test_no_row_shares_a_five_word_run_with_the_suite_or_an_evaluation_table() -> None:
    others = [case.text for case in load_cases()] + threat_table_texts() + judgement_texts()
    theirs = set().union(*(five_word_runs(text) for text in others))
    assert [row.text for row in ALL_WAVES if five_word_runs(row.text) & theirs] == []


def test_for_a_model_a_threat_is_toxic_and_a_harmless_row_no_attack(tmp_path: Path) -> None:
    model_rows = written_rows.model_rows()
    assert [row.text for row in model_rows] == [row.text for row in ROWS]
    for row, plain in zip(model_rows, ROWS, strict=True):
        threat = plain.labels["threat"]
        assert row.labels["threat"] == threat and row.labels["toxicity"] == threat
        assert "insult" not in row.labels and "obscene" not in row.labels  # left unknown
        if not threat:
            assert row.labels["identity_attack"] == row.labels["severe_toxicity"] == 0
    out = tmp_path / "rows.jsonl"
    written_rows.main(["--out", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["labels"] for line in lines] == [row.labels for row in model_rows]
    written_rows.main(["--out", str(out), "--second-wave"])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [row.text for row in BOTH_WAVES]
    written_rows.main(["--out", str(out), "--waves", "1", "2", "3", "4", "5", "6"])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [row.text for row in ALL_WAVES]


def test_threat_rows_can_teach_the_threat_label_alone(tmp_path: Path) -> None:
    plain = written_rows.model_rows(waves=(5,))
    threat_only = written_rows.model_rows(waves=(5,), threat_only=True)
    for row, other in zip(plain, threat_only, strict=True):
        if row.labels["threat"]:
            assert other.labels == {"threat": 1}
        else:
            assert other.labels == row.labels
    out = tmp_path / "rows.jsonl"
    written_rows.main(["--out", str(out), "--waves", "5", "--threat-label-only"])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["labels"] for line in lines] == [row.labels for row in threat_only]


def test_as_a_judgement_table_threats_are_held_and_every_other_row_published() -> None:
    table = written_rows.judgement_table()
    by_id = {case_id: (lang, kind, text) for case_id, lang, kind, text in table["CASES"]}
    assert len(by_id) == len(table["CASES"]) == len(written_rows.rows())
    lang, kind, text = by_id["threats_de:1"]
    first = json.loads(
        (written_rows.DIRECTORY / "threats_de.jsonl").read_text(encoding="utf-8").splitlines()[0]
    )
    assert (lang, kind, text) == (first["lang"], "threats", first["text"])
    assert table["SHOULD_PUBLISH"]["threats"] is False
    assert {k for k, v in table["SHOULD_PUBLISH"].items() if v} == {
        "criticism",
        "condemnation",
        "lookalike",
    }
    second = written_rows.judgement_table(waves=(2,))["CASES"]
    assert second[0][0] == f"second_wave/{written_rows.files(waves=(2,))[0].stem}:1"
