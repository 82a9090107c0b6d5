"""`python -m moderation.scoring`: score JSON lines and evaluate, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from moderation.scoring.cli import BadLine, parse_line, parse_options
from moderation.scoring.embedded import EmbeddedScorer
from moderation.scoring.features import split_bucket
from moderation.scoring.labels import LABELS
from moderation.scoring.training.datasets import VALIDATION_PERCENT

ROOT = Path(__file__).resolve().parents[2]
TOXIC = "Du bist ein widerlicher, dummer Idiot. Halt endlich dein dreckiges Maul!"
FRIENDLY = "Vielen Dank für den informativen Artikel, das war sehr hilfreich."
TIMEOUT = 120


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "moderation.scoring", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )


def lines(records: list[Any]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def json_lines(output: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.decode().splitlines()]


@pytest.fixture(scope="module")
def scorer() -> EmbeddedScorer:
    return EmbeddedScorer()


def test_scores_every_line_in_order_as_the_scorer_does(scorer: EmbeddedScorer) -> None:
    records = [{"id": i, "text": TOXIC if i % 3 == 0 else f"{FRIENDLY} ({i})"} for i in range(150)]
    records.append({"id": "text-id", "text": "Thanks, a thoughtful article."})

    result = cli("score", "--batch-lines", "64", stdin=lines(records))

    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    out = json_lines(result.stdout)
    assert [row["id"] for row in out] == [r["id"] for r in records]
    want = scorer.score([r["text"] for r in records])
    for row, expected in zip(out, want, strict=True):
        assert list(row["scores"]) == list(LABELS)
        # float32 encoder sums differ slightly with the batch a text is in
        assert row["scores"] == pytest.approx(expected, abs=1e-5)
    assert out[0]["scores"]["toxicity"] > 0.5 > out[1]["scores"]["toxicity"]


def test_bad_lines_are_reported_by_number_and_the_rest_is_scored() -> None:
    stdin = b"".join(
        [
            lines([{"id": 1, "text": FRIENDLY}]),
            b"not json\n",
            b"\n",  # blank lines are skipped, not errors
            lines([{"id": 2}, [1, 2], {"id": True, "text": "x"}, {"id": 3, "text": 4}]),
            b'{"id": 4, "text": NaN}\n',
            b'{"id": 5, "text": "\xff\xfe"}\n',
            lines([{"id": 6, "text": TOXIC}]),
        ]
    )

    result = cli("score", stdin=stdin)

    assert result.returncode == 1
    assert [row["id"] for row in json_lines(result.stdout)] == [1, 6]
    errors = json_lines(result.stderr)
    assert [e["line"] for e in errors] == [2, 4, 5, 6, 7, 8, 9]
    assert "invalid JSON" in errors[0]["error"]
    assert "missing 'text'" in errors[1]["error"]
    assert "expected a JSON object" in errors[2]["error"]
    assert "'id' must be" in errors[3]["error"]
    assert "'text' must be a string" in errors[4]["error"]
    assert "NaN" in errors[5]["error"]
    assert "UTF-8" in errors[6]["error"]
    assert b"Traceback" not in result.stderr


def test_output_streams_a_batch_before_stdin_ends() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "moderation.scoring", "score", "--batch-lines", "4"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdin and process.stdout
    try:
        process.stdin.write(lines([{"id": i, "text": FRIENDLY} for i in range(4)]))
        process.stdin.flush()
        # stdin is still open: these four lines can only come from a streamed batch.
        first = [json.loads(process.stdout.readline()) for _ in range(4)]
        assert [row["id"] for row in first] == [0, 1, 2, 3]
        process.stdin.write(lines([{"id": 4, "text": TOXIC}]))
        process.stdin.close()
        rest = [json.loads(line) for line in process.stdout.read().splitlines()]
        assert [row["id"] for row in rest] == [4]
        assert process.wait(timeout=TIMEOUT) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_scorer_options_are_passed_to_the_scorer() -> None:
    stdin = lines([{"id": 1, "text": TOXIC}])
    default = json_lines(cli("score", stdin=stdin).stdout)[0]["scores"]

    permissive = cli(
        "score", "--scorer", "embedded", "--option", "head=embedded-permissive", stdin=stdin
    )

    assert permissive.returncode == 0, permissive.stderr.decode()
    assert json_lines(permissive.stdout)[0]["scores"] != default


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scorer", "nope"], "unknown scorer 'nope'"),
        (["--option", "threads"], "--option needs KEY=VALUE"),
        (["--option", "threads=0"], "threads must be a positive integer"),
        (["--option", "colour=blue"], "unknown option"),
        (["--batch-lines", "0"], "--batch-lines must be at least 1"),
    ],
)
def test_bad_settings_exit_2_with_one_json_error(args: list[str], message: str) -> None:
    result = cli("score", *args, stdin=lines([{"id": 1, "text": FRIENDLY}]))

    assert result.returncode == 2
    assert result.stdout == b""
    [error] = json_lines(result.stderr)
    assert message in error["error"]


def test_parse_line_and_options() -> None:
    assert parse_line('{"id": "a", "text": "Grüße"}'.encode()) == ("a", "Grüße")
    with pytest.raises(BadLine, match="Infinity"):
        parse_line(b'{"id": 1, "text": Infinity}')
    assert parse_options(["head=x", "threads=2", "empty="]) == {
        "head": "x",
        "threads": "2",
        "empty": "",
    }


# --- evaluate ---------------------------------------------------------------------------


def validation_texts(prefix: str, count: int) -> Iterator[str]:
    """Texts that land in the validation split, which is all that evaluate scores."""
    k = 0
    found = 0
    while found < count:
        text = f"{prefix} Nummer {k}"
        k += 1
        if split_bucket(text) < VALIDATION_PERCENT:
            found += 1
            yield text


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    """A shared/data folder with a few GermEval 2018 rows in its TSV layout."""
    folder = tmp_path / "data" / "germeval2018"
    folder.mkdir(parents=True)
    rows = [f"{t}\tOTHER\tOTHER" for t in validation_texts(FRIENDLY, 6)]
    rows += [f"{t}\tOFFENSE\tINSULT" for t in validation_texts(TOXIC, 6)]
    (folder / "germeval2018.training.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path / "data"


def test_evaluate_prints_the_validation_table(tiny_data: Path) -> None:
    result = cli(
        "evaluate", "--data", str(tiny_data), "--datasets", "germeval2018", "--threads", "1"
    )

    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "on the validation split (12 rows)" in out
    assert "| dataset | lang | label | n | pos | pred pos | ROC-AUC | macro-F1 @0.5 |" in out
    row = next(line for line in out.splitlines() if line.startswith("| germeval2018 "))
    assert row.split("|")[4:6] == [" 12 ", " 6 "]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--datasets", "germeval2018"], "No such file or directory"),
        (["--datasets", "nosuch"], "unknown dataset(s) ['nosuch']"),
        (["--datasets", "germeval2018", "--head", "/nonexistent-head"], "no embedded head"),
    ],
)
def test_evaluate_failures_are_one_json_line(
    tiny_data: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    data = tiny_data if "--head" in args else tmp_path / "empty"
    result = cli("evaluate", "--data", str(data), *args)

    assert result.returncode == 2
    [error] = json_lines(result.stderr)
    assert message in error["error"]


def test_evaluate_without_data_is_a_usage_error() -> None:
    result = cli("evaluate")

    assert result.returncode == 2
    assert b"--data" in result.stderr and b"Traceback" not in result.stderr


def test_help_names_both_commands() -> None:
    result = cli("--help")

    assert result.returncode == 0
    assert b"score" in result.stdout and b"evaluate" in result.stdout
