"""Seeded template data that teaches identity words are not toxicity on their own.

Every family crosses sentence frames with fillers (groups, officials, topics), so each
identity word appears under clean labels (neutral mentions, counter-speech, negated hate)
and under toxic ones (identity attacks, calls for violence). A few families are held out
of train.jsonl and written to heldout.jsonl, to measure generalisation to unseen frames.

``--stage2`` also writes the second stage's files: train_stage2.jsonl (train.jsonl plus the
threat and look-alike families of templates_de_threat, and, with ``--threat-table``, the
threat detector's development table as rows) and heldout_stage2.jsonl (heldout.jsonl plus
the families in HELD_OUT_STAGE2). train.jsonl and heldout.jsonl stay as the first stage had them.

    python -m moderation.scoring.training.templates --out-dir DIR [--seed 20261206] \
        [--stage2 [--threat-table tests/scoring/threat_development_cases.py]]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from moderation.scoring.labels import LABELS
from moderation.scoring.training import templates_de as de
from moderation.scoring.training import templates_de_threat as dt
from moderation.scoring.training import templates_en as en

DEFAULT_SEED = 20261206
HELD_OUT = frozenset({"negated_hate_de", "negated_hate_en", "call_violence_property_de"})
HELD_OUT_STAGE2 = frozenset({"veiled_threat_heldout_de", "criticism_decision_de"})
_INITIALS = dict(zip("tsohia", LABELS, strict=True))  # toxicity, severe, obscene, threat, ...


@dataclass(frozen=True)
class Example:
    text: str
    lang: str
    family: str
    labels: dict[str, int]
    group: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        row = {"text": self.text, "lang": self.lang, "labels": self.labels, "family": self.family}
        if self.group:
            row["group"] = self.group
        return row


def labels_from(initials: str) -> dict[str, int]:
    """'tia' -> toxicity, insult, identity_attack set to 1, the rest 0."""
    unknown = set(initials) - set(_INITIALS)
    if unknown:
        raise ValueError(f"unknown label initials {sorted(unknown)}")
    return {label: int(key in initials) for key, label in _INITIALS.items()}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _de_group_fill(group: tuple) -> dict[str, str]:
    _, bare, definite, dat, self_ = group
    return {"bare": bare, "Bare": _cap(bare), "def": definite, "Def": _cap(definite),
            "dat": dat, "self": self_ or ""}  # fmt: skip


def _en_group_fill(group: tuple) -> dict[str, str]:
    _, grp, self_ = group
    return {"grp": grp, "Grp": _cap(grp), "self": self_ or ""}


def _de_target_fill(target: tuple) -> dict[str, str]:
    acc, dat, nom, pron, pron_nom = target
    return {"acc": acc, "dat_t": dat, "nom": nom, "Nom": _cap(nom), "pron": pron,
            "pron_nom": pron_nom}  # fmt: skip


def _en_target_fill(target: tuple) -> dict[str, str]:
    tgt, subj = target
    obj, poss = ("him", "his") if subj == "he" else ("her", "her")
    return {"tgt": tgt, "Tgt": _cap(tgt), "subj": subj, "obj": obj, "poss": poss}


def _identity(lang: str, family: str, frames: list, groups: list, fill: Callable,
              default: str = "") -> Iterator[Example]:  # fmt: skip
    for frame, group in itertools.product(frames, groups):
        text, initials = frame if isinstance(frame, tuple) else (frame, default)
        values = fill(group)
        if "{self}" in text and not values["self"]:
            continue
        yield Example(text.format(**values), lang, family, labels_from(initials), group[0])


def _targets(
    lang: str, family: str, frames: list, targets: list, fill: Callable
) -> Iterator[Example]:
    for (text, initials), target in itertools.product(frames, targets):
        yield Example(text.format(**fill(target)), lang, family, labels_from(initials))


def _german() -> dict[str, list[Example]]:
    groups, fill = de.GROUPS, _de_group_fill
    fam: dict[str, list[Example]] = {}
    fam["identity_neutral_de"] = [
        *_identity("de", "identity_neutral_de", de.IDENTITY_NEUTRAL, groups, fill),
        *_identity("de", "identity_neutral_de", de.IDENTITY_SELF, groups, fill),
    ]
    fam["identity_attack_de"] = list(
        _identity("de", "identity_attack_de", de.IDENTITY_ATTACK, groups, fill)
    )
    fam["counter_speech_de"] = list(
        _identity("de", "counter_speech_de", de.COUNTER_SPEECH, groups, fill)
    )
    fam["negated_hate_de"] = list(_identity("de", "negated_hate_de", de.NEGATED_HATE, groups, fill))
    fam["call_violence_group_de"] = list(
        _identity("de", "call_violence_group_de", de.CALL_VIOLENCE_GROUP, groups, fill)
    )
    fam["threat_de"] = [
        *_targets("de", "threat_de", de.THREATS, de.TARGETS, _de_target_fill),
        *(Example(t, "de", "threat_de", labels_from(i)) for t, i in de.THREATS_YOU),
    ]
    fam["call_violence_people_de"] = list(
        _targets(
            "de", "call_violence_people_de", de.CALL_VIOLENCE_PEOPLE, de.TARGETS, _de_target_fill
        )
    )
    fam["call_violence_property_de"] = [
        Example(
            text.format(obj=obj, Obj=_cap(obj), gehört="gehören" if plural else "gehört",
                        ist="sind" if plural else "ist"),
            "de", "call_violence_property_de", labels_from(initials),
        )
        for (text, initials), (obj, plural) in itertools.product(
            de.CALL_VIOLENCE_PROPERTY, de.PROPERTY
        )
    ]  # fmt: skip
    fam["criticism_de"] = [
        Example(
            text.format(off=off, Off=_cap(off), topic=topic), "de", "criticism_de", labels_from("")
        )
        for text, off, topic in itertools.product(de.CRITICISM, de.OFFICIALS, de.TOPICS)
    ]
    fam["insult_personal_de"] = [
        Example(
            text.format(noun=noun, Nom=_cap(nom)), "de", "insult_personal_de", labels_from("ti" + o)
        )
        for text, (noun, o), (_, _, nom, _, _) in itertools.product(
            de.INSULT, de.INSULT_NOUNS, de.TARGETS
        )
    ]
    fam["profanity_untargeted_de"] = [
        Example(text.format(swear=s, Swear=s, situation=sit), "de", "profanity_untargeted_de",
                labels_from("o"))
        for text, s, sit in itertools.product(de.PROFANITY, de.PROFANITY_SWEARS, de.SITUATIONS)
    ]  # fmt: skip
    return fam


def _english() -> dict[str, list[Example]]:
    groups, fill = en.GROUPS, _en_group_fill
    fam: dict[str, list[Example]] = {}
    fam["identity_neutral_en"] = [
        *_identity("en", "identity_neutral_en", en.IDENTITY_NEUTRAL, groups, fill),
        *_identity("en", "identity_neutral_en", en.IDENTITY_SELF, groups, fill),
    ]
    fam["identity_attack_en"] = list(
        _identity("en", "identity_attack_en", en.IDENTITY_ATTACK, groups, fill)
    )
    fam["counter_speech_en"] = list(
        _identity("en", "counter_speech_en", en.COUNTER_SPEECH, groups, fill)
    )
    fam["negated_hate_en"] = list(_identity("en", "negated_hate_en", en.NEGATED_HATE, groups, fill))
    fam["threat_en"] = [
        *_targets("en", "threat_en", en.THREATS, en.TARGETS, _en_target_fill),
        *(Example(t, "en", "threat_en", labels_from(i)) for t, i in en.THREATS_YOU),
    ]
    fam["criticism_en"] = [
        Example(
            text.format(off=off, Off=_cap(off), topic=topic), "en", "criticism_en", labels_from("")
        )
        for text, off, topic in itertools.product(
            en.CRITICISM, en.CRITICISM_TARGETS, en.CRITICISM_TOPICS
        )
    ]
    fam["profanity_untargeted_en"] = [
        Example(text.format(situation=sit), "en", "profanity_untargeted_en", labels_from("o"))
        for text, sit in itertools.product(en.PROFANITY, en.PROFANITY_SITUATIONS)
    ]
    return fam


# Cap per family after de-duplication, so no family drowns the rest; None keeps all.
CAPS = {"criticism_de": 360, "insult_personal_de": 240}


def unseen_capped(
    rows: list[Example], seen: set[str], cap: int | None, rng: random.Random
) -> list[Example]:
    """The rows whose text is not in ``seen`` yet (adding them to it), sampled down to ``cap``
    rows with ``rng`` when there are more."""
    unique = []
    for row in rows:
        if row.text not in seen:
            seen.add(row.text)
            unique.append(row)
    if cap is not None and len(unique) > cap:
        unique = rng.sample(unique, cap)
    return unique


def build(seed: int = DEFAULT_SEED) -> tuple[list[Example], list[Example]]:
    """Return (train, heldout), each shuffled with ``seed``; the same seed gives the same rows."""
    rng = random.Random(seed)  # noqa: S311 (shuffling data, not security)
    train: list[Example] = []
    heldout: list[Example] = []
    seen: set[str] = set()
    for name, rows in sorted({**_german(), **_english()}.items()):
        unique = unseen_capped(rows, seen, CAPS.get(name), rng)
        (heldout if name in HELD_OUT else train).extend(unique)
    rng.shuffle(train)
    rng.shuffle(heldout)
    return train, heldout


def _stage2_families() -> dict[str, list[Example]]:
    targets, tfill, groups, gfill = de.TARGETS, _de_target_fill, de.GROUPS, _de_group_fill
    fam: dict[str, list[Example]] = {}
    fam["veiled_threat_de"] = [
        *(Example(t, "de", "veiled_threat_de", labels_from(i)) for t, i in dt.VEILED_YOU),
        *_targets("de", "veiled_threat_de", dt.VEILED_TARGET, targets, tfill),
    ]
    fam["veiled_threat_heldout_de"] = [
        Example(t.format(**tfill(target)), "de", "veiled_threat_heldout_de", labels_from(i))
        for (t, i), target in itertools.product(dt.VEILED_HELDOUT, targets)
    ]
    fam["conditional_threat_de"] = [
        Example(f"{cond}, {cons}.", "de", "conditional_threat_de", labels_from(i))
        for cond, (cons, i) in itertools.product(dt.CONDITIONS, dt.CONSEQUENCES_THREAT)
    ]
    fam["conditional_lawful_de"] = [
        Example(f"{cond}, {cons}.", "de", "conditional_lawful_de", labels_from(""))
        for cond, cons in itertools.product(dt.CONDITIONS, dt.CONSEQUENCES_LAWFUL)
    ]
    fam["call_violence_people2_de"] = list(
        _targets("de", "call_violence_people2_de", dt.CALL_PEOPLE, targets, tfill)
    )
    fam["call_violence_buildings_de"] = [
        Example(text.format(obj=obj), "de", "call_violence_buildings_de", labels_from(i))
        for (text, i), (obj, _) in itertools.product(dt.CALL_BUILDINGS, de.PROPERTY)
    ]
    for name, frames in (
        ("criticism_party_de", dt.CRITICISM_PARTY),
        ("criticism_decision_de", dt.CRITICISM_DECISION_HELDOUT),
    ):
        fam[name] = [
            Example(
                text.format(party=party, Party=_cap(party), dec=dec, Dec_cap=_cap(dec)),
                "de", name, labels_from(""),
            )
            for text, party, dec in itertools.product(frames, dt.PARTIES, dt.DECISIONS)
        ]  # fmt: skip
    fam["identity_friendly_de"] = list(
        _identity("de", "identity_friendly_de", dt.IDENTITY_FRIENDLY, groups, gfill)
    )
    fam["counter_threat_de"] = [
        *_identity("de", "counter_threat_de", dt.COUNTER_THREAT, groups, gfill),
        *(
            Example(t.format(**tfill(target)), "de", "counter_threat_de", labels_from(""))
            for t, target in itertools.product(dt.COUNTER_THREAT_PERSON, targets)
        ),
    ]
    fam["figurative_de"] = [
        Example(text, "de", "figurative_de", labels_from("")) for text in dt.FIGURATIVE
    ]
    return fam


# Cap per second-stage family after de-duplication.
CAPS_STAGE2 = {"criticism_party_de": 300, "criticism_decision_de": 150, "identity_friendly_de": 200,
               "counter_threat_de": 160, "call_violence_people2_de": 96}  # fmt: skip


def threat_table_rows(path: Path) -> list[Example]:
    """The threat detector's development table (THREATS, HARMLESS) as labelled rows.

    Its threats are labelled toxicity and threat (the other labels unknown), its harmless
    look-alikes clean on toxicity, severe_toxicity, threat and identity_attack.
    """
    import runpy

    table = runpy.run_path(str(path))
    rows = [
        Example(text, "de", f"threat_table_{family}", {"toxicity": 1, "threat": 1})
        for family, text in table["THREATS"]
    ]
    clean = {"toxicity": 0, "severe_toxicity": 0, "threat": 0, "identity_attack": 0}
    rows += [Example(text, "de", "threat_table_harmless", clean) for _, text in table["HARMLESS"]]
    return rows


def build_stage2(
    seed: int = DEFAULT_SEED, threat_table: Path | None = None
) -> tuple[list[Example], list[Example]]:
    """The second stage's rows: (train, heldout) = the first stage's plus the new families."""
    train, heldout = build(seed)
    rng = random.Random(seed + 2)  # noqa: S311 (shuffling data, not security)
    seen = {row.text for row in train + heldout}
    new_train: list[Example] = []
    new_heldout: list[Example] = []
    families = _stage2_families()
    if threat_table is not None:
        families["threat_table"] = threat_table_rows(threat_table)
    for name, rows in sorted(families.items()):
        unique = unseen_capped(rows, seen, CAPS_STAGE2.get(name), rng)
        (new_heldout if name in HELD_OUT_STAGE2 else new_train).extend(unique)
    rng.shuffle(new_train)
    return train + new_train, heldout + new_heldout


def write_jsonl(path: Path, rows: list[Example]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")


def write_files(out_dir: Path, outputs: dict[str, list[Example]]) -> None:
    """Each list of rows to ``out_dir/<name>.jsonl``, with its rows per family printed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in outputs.items():
        write_jsonl(out_dir / f"{name}.jsonl", rows)
        print(f"{name}: {len(rows)} rows")
        for family, n in sorted(Counter(r.family for r in rows).items()):
            print(f"  {family:28} {n}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--stage2", action="store_true", help="also write the second stage's")
    parser.add_argument("--threat-table", type=Path, help="threat_development_cases.py")
    args = parser.parse_args(argv)
    train, heldout = build(args.seed)
    outputs = {"train": train, "heldout": heldout}
    if args.stage2:
        train2, heldout2 = build_stage2(args.seed, args.threat_table)
        outputs |= {"train_stage2": train2, "heldout_stage2": heldout2}
    write_files(args.out_dir, outputs)


if __name__ == "__main__":
    main()
