"""Threats and their look-alikes written one by one, not generated from frames.

The template families (templates*.py) vary a few frames by their slots, so a head trained on them
learns the frames' wording as much as what a threat is. These rows were written as single
sentences by writers who read none of the project's tables, suite or templates: German veiled,
conditional and direct threats, calls for violence against people and property; German
look-alikes (sport, games, reviews, reports, figurative and lawful wording), sharp criticism and
condemnations; and the same kinds in English. A row that shares a run of five words with the
functional suite or any evaluation table was dropped before the files were committed (a test
keeps it so). Same licence as the project.

The rows came in waves from different writers: the first (``written_rows/*.jsonl``) trains
the shipped guard panel's second head, the first two its third. The third wave
(``written_rows/third_wave/``) holds harmless sharp criticism only, most of it addressed to
officials with demands and lawful consequences ("Treten Sie zurück", "das werden Sie an der
Wahlurne spüren"): a model trained on the threats alone learnt to read such demands as threats.
The fourth (``written_rows/fourth_wave/``) teaches that line from both sides: German and English
demands addressed to officials, threats addressed to the same officials and their homes and
offices, harmless look-alikes with those addressees, fair opinions on policies that concern groups
and friendly mentions of minorities. The fifth (``written_rows/fifth_wave/``) is about property:
German and English calls to burn, smash or sabotage buildings and vehicles, explicit and veiled,
and harmless rows about the same buildings (lawful demands to tear one down, demolitions, fire
reports, figurative wording, condemnations of arson). The sixth (``written_rows/sixth_wave/``) is
about veiled threats, the family the default publishes most of: German and English threats that
name no violence (habits, homes, children, nights, accidents, "we are patient"), and harmless rows
of the same surface (kind messages that name an address or a car, caring warnings, lawful
consequences, ominous irony about the weather, teasing among friends). Rows of the third wave
onwards that shared a five-word run with anything else were dropped, not reworded. A caller asks
for a later wave by name (``waves=(1, 2, 3)``), so adding one changes nothing trained before it.

Each file holds JSON lines ``{"text", "lang", "family", "threat"}``. The guard learns the
threat label alone (``rows``); a model trained on all six labels gets them labelled as the
threat detector's development table is (``model_rows``), written as template rows by
``python -m moderation.scoring.training.written_rows --out rows.jsonl [--waves 1 2 3]``. As
evidence for a candidate that was not trained on them, the candidate report reads them as one
more judgement table (``judgement_table``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from moderation.scoring.training.templates import Example, write_jsonl

DIRECTORY = Path(__file__).with_name("written_rows")
WAVES = {
    1: DIRECTORY,
    2: DIRECTORY / "second_wave",
    3: DIRECTORY / "third_wave",
    4: DIRECTORY / "fourth_wave",
    5: DIRECTORY / "fifth_wave",
    6: DIRECTORY / "sixth_wave",
}
FIRST_WAVE = (1,)


def files(waves: tuple[int, ...] = FIRST_WAVE) -> list[Path]:
    """The waves' files, each wave's in name order."""
    return [path for wave in waves for path in sorted(WAVES[wave].glob("*.jsonl"))]


def _read(waves: tuple[int, ...] = FIRST_WAVE) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, row) for every written row of the waves; the id names file and line, with the
    wave's folder before a later wave's file ("second_wave/threats_de_a:3")."""
    for path in files(waves):
        name = path.relative_to(DIRECTORY).with_suffix("").as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{name}:{number}", json.loads(line)


def rows(waves: tuple[int, ...] = FIRST_WAVE) -> list[Example]:
    """Every written row of the waves, in file order, with its threat label as the only label."""
    return [
        Example(row["text"], row["lang"], f"written_{row['family']}_{row['lang']}",
                {"threat": int(row["threat"])})
        for _, row in _read(waves)
    ]  # fmt: skip


# What a written row says about the labels besides threat: a threat is toxic; a harmless row
# is neither toxic nor an attack. Insult and obscenity stay unknown (some look-alikes swear).
_THREAT_LABELS = {"toxicity": 1, "threat": 1}
_HARMLESS_LABELS = {"toxicity": 0, "severe_toxicity": 0, "threat": 0, "identity_attack": 0}


def model_rows(waves: tuple[int, ...] = FIRST_WAVE, threat_only: bool = False) -> list[Example]:
    """The written rows for a model with Detoxify's labels, the unknown ones left out. With
    ``threat_only`` a threat teaches the threat label alone: a toxicity label on threat rows
    raises the toxicity of clean comments too (docs/scoring.md, candidate M6)."""
    threat_labels = {"threat": 1} if threat_only else _THREAT_LABELS
    return [
        Example(row.text, row.lang, row.family,
                dict(threat_labels if row.labels["threat"] else _HARMLESS_LABELS))
        for row in rows(waves)
    ]  # fmt: skip


def judgement_table(waves: tuple[int, ...] = FIRST_WAVE) -> dict[str, Any]:
    """The rows as a judgement table (``CASES``, ``SHOULD_PUBLISH``): threats to be held, the
    rest (criticism, condemnations, look-alikes) to be published; an id names file and line."""
    cases = [
        (where, row["lang"], "threats" if row["threat"] else row["family"], row["text"])
        for where, row in _read(waves)
    ]
    kinds = sorted({kind for _, _, kind, _ in cases})
    return {"CASES": cases, "SHOULD_PUBLISH": {kind: kind != "threats" for kind in kinds}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the written rows as template rows.")
    parser.add_argument("--out", type=Path, required=True, help="a JSON lines file")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument(
        "--waves", type=int, nargs="+", choices=sorted(WAVES), help="the waves, in this order"
    )
    chosen.add_argument(
        "--second-wave", dest="waves", action="store_const", const=[1, 2],
        help="the same as --waves 1 2",
    )  # fmt: skip
    parser.add_argument(
        "--threat-label-only", action="store_true",
        help="label threat rows as threats alone, their toxicity unknown",
    )  # fmt: skip
    args = parser.parse_args(argv)
    labelled = model_rows(tuple(args.waves or FIRST_WAVE), args.threat_label_only)
    write_jsonl(args.out, labelled)
    print(f"{args.out}: {len(labelled)} rows")


if __name__ == "__main__":
    main()
