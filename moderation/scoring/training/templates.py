"""Seeded template data that teaches identity words are not toxicity on their own.

Every family crosses sentence frames with fillers (groups, officials, topics), so each
identity word appears under clean labels (neutral mentions, counter-speech, negated hate)
and under toxic ones (identity attacks, calls for violence). A few families are held out
of train.jsonl and written to heldout.jsonl, to measure generalisation to unseen frames.

    python -m moderation.scoring.training.templates --out-dir DIR [--seed 20261206]
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
from moderation.scoring.training import templates_en as en

DEFAULT_SEED = 20261206
HELD_OUT = frozenset({"negated_hate_de", "negated_hate_en", "call_violence_property_de"})
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


def build(seed: int = DEFAULT_SEED) -> tuple[list[Example], list[Example]]:
    """Return (train, heldout), each shuffled with ``seed``; the same seed gives the same rows."""
    rng = random.Random(seed)  # noqa: S311 (shuffling data, not security)
    train: list[Example] = []
    heldout: list[Example] = []
    seen: set[str] = set()
    for name, rows in sorted({**_german(), **_english()}.items()):
        unique = []
        for row in rows:
            if row.text not in seen:
                seen.add(row.text)
                unique.append(row)
        cap = CAPS.get(name)
        if cap is not None and len(unique) > cap:
            unique = rng.sample(unique, cap)
        (heldout if name in HELD_OUT else train).extend(unique)
    rng.shuffle(train)
    rng.shuffle(heldout)
    return train, heldout


def write_jsonl(path: Path, rows: list[Example]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    train, heldout = build(args.seed)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out_dir / "train.jsonl", train)
    write_jsonl(args.out_dir / "heldout.jsonl", heldout)
    for name, rows in (("train", train), ("heldout", heldout)):
        counts = Counter(r.family for r in rows)
        print(f"{name}: {len(rows)} rows")
        for family, n in sorted(counts.items()):
            print(f"  {family:28} {n}")


if __name__ == "__main__":
    main()
