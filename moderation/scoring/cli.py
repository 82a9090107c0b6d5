"""Command line for the scorers: JSON lines in, scores out, and the validation table.

``python -m moderation.scoring score [--scorer NAME] [--option KEY=VALUE ...]`` reads
``{"id": ..., "text": ...}`` lines from stdin and writes ``{"id": ..., "scores": {...}}``
lines to stdout, a batch at a time, so output follows input without reading all of stdin.
A bad line gets a JSON error line on stderr naming its line number, the rest is scored, and
the exit status is 1 at the end. Settings the scorer refuses exit with 2 before any input is
read. ``python -m moderation.scoring evaluate ...`` runs ``moderation.scoring.training.evaluate``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from moderation.scoring.base import Scorer, ScorerConfigError
from moderation.scoring.labels import LabelScores, complete
from moderation.scoring.registry import available, build_scorer

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
DEFAULT_BATCH_LINES = 64

Item = tuple[int, Any, str]  # line number, id, text


class BadLine(ValueError):
    """An input line that is not a {"id", "text"} JSON object."""


def parse_line(raw: bytes) -> tuple[Any, str]:
    """The (id, text) of one input line, or BadLine saying what is wrong with it."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadLine(f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    try:
        record = json.loads(line, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise BadLine(f'expected a JSON object {{"id", "text"}}, got {type(record).__name__}')
    if "id" not in record or "text" not in record:
        missing = [key for key in ("id", "text") if key not in record]
        raise BadLine(f"missing {' and '.join(repr(key) for key in missing)}")
    comment_id = record["id"]
    if isinstance(comment_id, bool) or not isinstance(comment_id, str | int):
        raise BadLine(f"'id' must be a string or an integer, got {type(comment_id).__name__}")
    if not isinstance(record["text"], str):
        raise BadLine(f"'text' must be a string, got {type(record['text']).__name__}")
    return comment_id, record["text"]


def _reject_constant(name: str) -> Any:
    raise BadLine(f"invalid JSON: {name} is not a number")


def parse_options(pairs: Sequence[str]) -> dict[str, str]:
    """``key=value`` pairs as a dict; the scorer's factory converts and checks the values."""
    options: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ScorerConfigError(f"--option needs KEY=VALUE, got {pair!r}")
        options[key.strip()] = value
    return options


def batches(lines: Iterable[bytes], size: int, errors: ErrorLog) -> Iterator[list[Item]]:
    """Valid input lines in batches of ``size``; bad ones are reported as they are met."""
    batch: list[Item] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue  # blank lines (a trailing newline, say) carry no comment
        try:
            comment_id, text = parse_line(raw.rstrip(b"\r\n"))
        except BadLine as exc:
            errors.report(number, str(exc))
            continue
        batch.append((number, comment_id, text))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class ErrorLog:
    """JSON error lines on a stream, counted so the exit status can tell."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def report(self, line: int | None, message: str) -> None:
        record: dict[str, Any] = {"error": message}
        if line is not None:
            record["line"] = line
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stream.flush()
        self.count += 1


def score_batch(
    scorer: Scorer, batch: list[Item], errors: ErrorLog
) -> list[tuple[Any, LabelScores]]:
    """Score a batch in one call; if the scorer fails, one by one to name the culprit lines."""
    try:
        scores = scorer.score([text for _, _, text in batch])
        return [
            (comment_id, complete(s)) for (_, comment_id, _), s in zip(batch, scores, strict=True)
        ]
    except Exception:  # noqa: S110 - any scorer failure is retried line by line below
        pass
    out = []
    for number, comment_id, text in batch:
        try:
            out.append((comment_id, complete(scorer.score([text])[0])))
        except Exception as exc:  # a scorer failure is reported per line, never a traceback
            errors.report(number, f"scorer failed: {type(exc).__name__}: {exc}")
    return out


def run_score(
    scorer: Scorer, lines: Iterable[bytes], out: IO[str], errors: ErrorLog, batch_lines: int
) -> int:
    """Stream ``lines`` through ``scorer``; 0 if every line was scored, 1 otherwise."""
    for batch in batches(lines, batch_lines, errors):
        for comment_id, scores in score_batch(scorer, batch, errors):
            out.write(json.dumps({"id": comment_id, "scores": scores}) + "\n")
        out.flush()  # each batch leaves at once: a reader downstream need not wait for EOF
    return EXIT_BAD_INPUT if errors.count else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m moderation.scoring", description="Score comments or evaluate a scorer."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser(
        "score", help="score JSON lines {id, text} from stdin", description=__doc__
    )
    score.add_argument(
        "--scorer", default="embedded", help="embedded (default), detoxify or cascade"
    )
    score.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a scorer option (e.g. head=embedded-permissive, threads=2; for the cascade "
        "low=0.3, detoxify.precision=bf16); repeatable",
    )
    score.add_argument(
        "--batch-lines",
        type=int,
        default=DEFAULT_BATCH_LINES,
        help=f"input lines per scorer call (default {DEFAULT_BATCH_LINES})",
    )
    commands.add_parser(
        "evaluate",
        add_help=False,
        help="print the validation table "
        "(arguments of python -m moderation.scoring.training.evaluate)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["evaluate"]:
        return run_evaluate(args_list[1:])
    args = build_parser().parse_args(args_list)
    errors = ErrorLog(sys.stderr)
    if args.batch_lines < 1:
        errors.report(None, "--batch-lines must be at least 1")
        return EXIT_USAGE
    try:
        if args.scorer not in available():
            raise ScorerConfigError(
                f"unknown scorer {args.scorer!r}; choose one of {', '.join(available())}"
            )
        scorer = build_scorer(args.scorer, parse_options(args.option))
    except ScorerConfigError as exc:
        errors.report(None, str(exc))
        return EXIT_USAGE
    except Exception as exc:  # a model that fails to load says so in one line, too
        errors.report(
            None, f"could not build the {args.scorer} scorer: {type(exc).__name__}: {exc}"
        )
        return EXIT_USAGE
    try:
        return run_score(scorer, sys.stdin.buffer, sys.stdout, errors, args.batch_lines)
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other Unix filters do, and
        # point stdout at /dev/null so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def run_evaluate(argv: Sequence[str]) -> int:
    """``training.evaluate.main`` with its failures as one line, not a traceback."""
    from moderation.scoring.training import evaluate

    try:
        return evaluate.main(argv)
    except (ScorerConfigError, ValueError, OSError, KeyError) as exc:
        ErrorLog(sys.stderr).report(None, f"evaluate failed: {type(exc).__name__}: {exc}")
        return EXIT_USAGE
