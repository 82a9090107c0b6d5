"""Threats and their look-alikes written one by one, not generated from frames.

The template families (templates*.py) vary a few frames by their slots, so a head trained on them
learns the frames' wording as much as what a threat is. These rows were written as single
sentences by writers who read none of the project's tables, suite or templates: German veiled,
conditional and direct threats, calls for violence against people and property; German
look-alikes (sport, games, reviews, reports, figurative and lawful wording), sharp criticism and
condemnations; and the same kinds in English. A row that shares a run of five words with the
functional suite or any evaluation table was dropped before the files were committed (a test
keeps it so). Same licence as the project.

Each file in ``written_rows/`` holds JSON lines ``{"text", "lang", "family", "threat"}``.
"""

from __future__ import annotations

import json
from pathlib import Path

from moderation.scoring.training.templates import Example

DIRECTORY = Path(__file__).with_name("written_rows")


def rows() -> list[Example]:
    """Every written row, in file order, with its threat label as the only label."""
    out = []
    for path in sorted(DIRECTORY.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            family = f"written_{row['family']}_{row['lang']}"
            out.append(Example(row["text"], row["lang"], family, {"threat": int(row["threat"])}))
    return out
