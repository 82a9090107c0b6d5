"""Threats and their look-alikes written one by one, not generated from frames.

The template families (templates*.py) vary a few frames by their slots, so a head trained on them
learns the frames' wording as much as what a threat is. These rows were written as single
sentences by writers who read none of the project's tables, suite or templates: German veiled,
conditional and direct threats, calls for violence against people and property; German
look-alikes (sport, games, reviews, reports, figurative and lawful wording), sharp criticism and
condemnations; and the same kinds in English. A row that shares a run of five words with the
functional suite or any evaluation table was dropped before the files were committed (a test
keeps it so). Same licence as the project.

Each file in ``written_rows/`` holds JSON lines ``{"text", "lang", "family", "threat"}``. The
guard learns the threat label alone (``rows``); a model trained on all six labels gets them
labelled as the threat detector's development table is (``model_rows``), written as template
rows by ``python -m moderation.scoring.training.written_rows --out rows.jsonl``. As evidence for
a candidate that was not trained on them, the candidate report reads them as one more judgement
table (``judgement_table``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from moderation.scoring.training.templates import Example, write_jsonl

DIRECTORY = Path(__file__).with_name("written_rows")


def _read() -> Iterator[tuple[str, dict[str, Any]]]:
    """(file:line, row) for every written row, files in name order."""
    for path in sorted(DIRECTORY.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.stem}:{number}", json.loads(line)


def rows() -> list[Example]:
    """Every written row, in file order, with its threat label as the only label."""
    return [
        Example(row["text"], row["lang"], f"written_{row['family']}_{row['lang']}",
                {"threat": int(row["threat"])})
        for _, row in _read()
    ]  # fmt: skip


# What a written row says about the labels besides threat: a threat is toxic; a harmless row
# is neither toxic nor an attack. Insult and obscenity stay unknown (some look-alikes swear).
_THREAT_LABELS = {"toxicity": 1, "threat": 1}
_HARMLESS_LABELS = {"toxicity": 0, "severe_toxicity": 0, "threat": 0, "identity_attack": 0}


def model_rows() -> list[Example]:
    """The written rows for a model with Detoxify's labels, the unknown ones left out."""
    return [
        Example(row.text, row.lang, row.family,
                dict(_THREAT_LABELS if row.labels["threat"] else _HARMLESS_LABELS))
        for row in rows()
    ]  # fmt: skip


def judgement_table() -> dict[str, Any]:
    """The rows as a judgement table (``CASES``, ``SHOULD_PUBLISH``): threats to be held, the
    rest (criticism, condemnations, look-alikes) to be published; an id names file and line."""
    cases = [
        (where, row["lang"], "threats" if row["threat"] else row["family"], row["text"])
        for where, row in _read()
    ]
    kinds = sorted({kind for _, _, kind, _ in cases})
    return {"CASES": cases, "SHOULD_PUBLISH": {kind: kind != "threats" for kind in kinds}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the written rows as template rows.")
    parser.add_argument("--out", type=Path, required=True, help="a JSON lines file")
    args = parser.parse_args(argv)
    labelled = model_rows()
    write_jsonl(args.out, labelled)
    print(f"{args.out}: {len(labelled)} rows")


if __name__ == "__main__":
    main()
