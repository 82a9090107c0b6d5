"""Third-stage template data: calls for violence in the constructions of the clean look-alikes.

The second stage taught the model many clean sentences that share their construction with
calls for violence ("Die Verantwortlichen gehören abgewählt", "Wenn ..., dann kündige ich",
"Gewalt gegen ... lässt sich nicht entschuldigen") and far fewer calls in those constructions,
so "gehört ..." and "man sollte ..." leaned towards harmless. This module pairs each look-alike
construction with calls to harm people or property in the same construction, about as many
calls as look-alikes, and writes the third stage's files: train_stage3.jsonl (the second
stage's rows plus these) and heldout_stage3.jsonl (the second stage's held-out rows unchanged).
These rows are also what the threat guard learns from (training/threat_guard.py).
Placeholders as in templates_de_threat; {obj}/{Obj} name a building or thing of OBJECTS (not the
first stage's property list, whose held-out family measures calls against property), with
{gehört}, {brennt}, {ist} agreeing in number.

    python -m moderation.scoring.training.templates_calls --out-dir DIR \
        --threat-table tests/scoring/threat_development_cases.py
"""

# ruff: noqa: E501 (whole sentences read better than split strings)

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

from moderation.scoring.training import templates_de as de
from moderation.scoring.training import templates_de_threat as dt
from moderation.scoring.training.templates import (
    DEFAULT_SEED,
    Example,
    _cap,
    _de_group_fill,
    _de_target_fill,
    _identity,
    _targets,
    build_stage2,
    labels_from,
    unseen_capped,
    write_files,
)

# fmt: off
# (nominative with article, plural?) buildings and things, none from templates_de.PROPERTY
OBJECTS = [
    ("das Landratsamt", False),
    ("die Windräder am Ortsrand", True),
    ("das Bürgerbüro am Markt", False),
    ("die Ladesäulen vor dem Bahnhof", True),
    ("das Wahlkreisbüro der Abgeordneten", False),
    ("die Geschäftsstelle des Fanclubs", False),
    ("das Bauamt", False),
    ("die Streifenwagen vor der Wache", True),
    ("das Funkhaus des Senders", False),
    ("die Baufahrzeuge am Neubaugebiet", True),
]

# the criticism_party_de construction ({party}, {dec}) ending in a call to harm
PARTY_CALLS = [
    ("{Dec_cap}: Dafür gehört {party} aus dem Rathaus geprügelt.", "th"),
    ("{Party} hat komplett versagt, {dec} ist der Beweis. Die gehören nach der Sitzung verdroschen.", "th"),
    ("{Dec_cap} ist ein Schlag ins Gesicht aller Bürger, also schlagen wir zurück: Steine durch die Fenster, bis {party} kapiert.", "th"),
    ("{Dec_cap} ist grundfalsch. Zündet das Büro an, in dem {party} das ausgeheckt hat.", "th"),
    ("Lügen, Ausreden, Chaos: {dec} zeigt, wie {party} arbeitet. Zeit, dass die mal richtig Prügel beziehen.", "th"),
    ("{Dec_cap} wurde einfach durchgewinkt. Wer sich traut, wirft heute Nacht die Scheiben ein, hinter denen {party} sitzt.", "th"),
    ("{Dec_cap} muss Folgen haben: Die Verantwortlichen gehören aufgeknüpft, allen voran {party}.", "ths"),
    ("Selten so eine arrogante Politik erlebt. {Dec_cap} ist das beste Beispiel. Holt die Verantwortlichen aus ihren Häusern und schlagt zu.", "th"),
    ("{Party} redet von Bürgernähe, und dann kommt {dec}. Die Verantwortlichen gehören vor ihrer Haustür verprügelt.", "th"),
    ("{Dec_cap}? Dann fliegen eben Brandsätze, bis {party} einknickt.", "ths"),
    ("{Dec_cap}: Die Verantwortlichen gehören gesteinigt, und {party} gleich mit.", "ths"),
    ("{Dec_cap}, beschlossen von {party}: Deren Geschäftsstelle gehört in Schutt und Asche gelegt.", "th"),
]

# the counter_threat_de construction against groups ({def}, {dat}, {bare}); calls, not condemnation
GROUP_CALLS = [
    ("Gewalt gegen {def} ist das Einzige, was bei denen noch hilft.", "tha"),
    ("Wer {dat} eine ordentliche Abreibung verpasst, tut der Stadt einen Gefallen.", "tha"),
    ("Niemand traut sich, {def} zu verjagen? Dann machen wir es eben mit Knüppeln.", "tha"),
    ("Die Unterkünfte von {dat} gehören angesteckt, am besten nachts.", "thsa"),
    ("Nicht reden, zuschlagen: {Def} verstehen nur Gewalt.", "tha"),
]

# the counter_threat_de construction against a named person
PERSON_CALLS = [
    ("Dass {nom} Drohungen bekommt, reicht nicht mehr. Jemand muss es endlich zu Ende bringen.", "ths"),
    ("Ich finde die Entscheidung falsch, und wer {dat_t} eine reinhaut, hat meinen Segen.", "th"),
    ("Man kann {acc} hart kritisieren, oder man wartet nach der Sitzung auf {pron} und schlägt zu.", "th"),
    ("Ich würde {dat_t} gern etwas antun, und ihr solltet mitmachen.", "th"),
    ("Keiner will {dat_t} etwas Böses? Doch: Tretet die Haustür ein und zerrt {acc} heraus.", "th"),
    ("Kritik bringt bei {dat_t} nichts mehr, da helfen nur noch Fäuste.", "th"),
]

# the construction of the development table's lawful and negated look-alikes
# ("Solche Leute gehören hinter Gitter", "Man sollte ... nicht bedrohen, sondern abwählen")
PERSON_CALLS_LAWFUL_FORM = [
    ("{Nom} gehört nicht abgewählt, sondern aufgehängt.", "ths"),
    ("Wir sollten {acc} mit Steinen bewerfen, bis {pron_nom} aufgibt.", "th"),
    ("Man sollte {acc} nicht anzeigen, sondern gleich verprügeln.", "th"),
    ("Leute wie {nom} gehören ins Krankenhaus geprügelt.", "th"),
    ("Wir stehen morgen vor der Tür von {dat_t} und prügeln {pron} aus dem Haus.", "th"),
    ("Für {acc} kommt die Abrechnung, wenn wir {pron} nachts erwischen. Wer macht mit?", "th"),
    ("Solche Leute wie {nom} gehören nicht hinter Gitter, sondern unter die Erde.", "ths"),
    ("Statt Briefe zu schreiben, sollten wir {dat_t} auflauern und zuschlagen.", "th"),
]

OBJECT_CALLS = [
    ("{Obj} {gehört} nicht saniert, sondern abgefackelt.", "th"),
    ("Wir sollten {obj} mit Pflastersteinen eindecken, bis keine Scheibe mehr heil ist.", "th"),
    ("Heute Nacht {brennt} {obj}, bringt Grillanzünder und Spiritus mit.", "th"),
    ("Nicht Unterschriften sammeln, sondern {obj} demolieren. Wer ist dabei?", "th"),
    ("Man sollte {obj} zerlegen, Stein für Stein, bis nichts mehr steht.", "th"),
    ("{Obj} {gehört} in Brand gesteckt, bevor der Rat noch mehr Unsinn beschließt.", "th"),
    ("Wer einen Vorschlaghammer hat: {Obj} {ist} heute Nacht fällig.", "th"),
    ("Solche Einrichtungen wie {obj} gehören zertrümmert, nicht gefördert.", "th"),
]

# the conditional_lawful_de construction ("Wenn ..., dann ...") with calls on others
CONSEQUENCES_CALL = [
    ("dann sollte jemand den Verantwortlichen die Knochen brechen", "th"),
    ("dann zündet ihr das Rathaus an, Leute", "th"),
    ("dann holen wir die Verantwortlichen aus ihren Büros und verprügeln sie", "th"),
    ("dann muss man die Baustelle in Brand stecken", "th"),
    ("dann gehören die Verantwortlichen an den nächsten Baum", "ths"),
    ("dann werft denen die Fenster ein", "th"),
    ("dann sollten ein paar Leute dem Stadtrat zeigen, wie sich Schläge anfühlen", "th"),
    ("dann legt bitte jemand Feuer im Bauamt", "th"),
]

# the figurative_de construction, meant literally
LITERAL = [
    ("Die Opposition sollte den Bürgermeister nach der Sitzung zusammenschlagen, und zwar wörtlich.", "th"),
    ("Unsere Leute sollten die Fans der Gegner nach dem Spiel abpassen und krankenhausreif treten.", "th"),
    ("Die Kritiker sollten das Büro der Planer in der Luft sprengen, nicht nur den Plan.", "ths"),
    ("Eine Bombe ins Stadtfest, dann ist endlich Stimmung.", "ths"),
    ("Das neue Café am Markt gehört angezündet, unbedingt heute Nacht.", "th"),
    ("Der Auftritt der Band war so mies, die gehören von der Bühne geprügelt.", "th"),
    ("Wer mir die Nebenkostenabrechnung geschickt hat, den sollte man erschlagen.", "ths"),
    ("Den Busfahrer, der jeden Morgen zu spät kommt, sollte man mal richtig verprügeln.", "th"),
    ("Dem Bürgermeister sollte man nicht nur ein Bein stellen, sondern beide brechen.", "th"),
    ("Die Mannschaft sollte den Schiri nach dem Abpfiff vom Platz prügeln.", "th"),
    ("Der Trainer gehört nicht entlassen, sondern an der Reißleine aufgehängt.", "ths"),
    ("Die Kandidatin sollte man an die Wand stellen, aber nicht sportlich gemeint.", "ths"),
    ("Jedes Mal, wenn der Bus ausfällt, sollte man dem Fahrer eine reinhauen.", "th"),
    ("Die Preise im Freibad sind der Hammer, also nehmt einen Hammer mit und zerlegt die Kasse.", "th"),
    ("Im Derby sollten wir alles niedermachen, was sich bewegt, und zwar mit Eisenstangen.", "th"),
    ("Die Zeitung hat den Skandal aufgedeckt, jetzt sollte man in der Redaktion eine Bombe platzen lassen.", "ths"),
]

# the identity_friendly_de construction ({bare}, {dat}) turned into calls against the group
GROUP_CALLS_FRIENDLY_FORM = [
    ("Meine Nachbarn sind {bare}, und die gehören aus der Straße geprügelt.", "tha"),
    ("Laut Landratsamt leben im Kreis einige tausend {bare}. Zeit, ihre Häuser anzuzünden.", "thsa"),
    ("Danke an die Redaktion? {Bare} gehören nicht zu Wort gebeten, sondern mit Knüppeln verjagt.", "tha"),
    ("Beim Feuerwehrfest waren {bare} dabei. Nächstes Mal treten wir sie vom Platz, wer ist dabei?", "tha"),
    ("Schön wäre es, wenn {bare} hier keine Nacht mehr ruhig schlafen. Macht ihnen Feuer unterm Dach.", "thsa"),
    ("Die Kirchengemeinde lädt {bare} ein? Dann warten wir vor der Kirche und schlagen zu.", "tha"),
    ("Wer {bare} persönlich kennt, weiß, dass die nur mit Schlägen zu vertreiben sind.", "tha"),
    ("Im Jugendrat sitzen jetzt auch {bare}. Die gehören verdroschen, bis sie austreten.", "tha"),
]

# fmt: on

# Cap per third-stage family after de-duplication.
CAPS_STAGE3 = {"call_paired_party_de": 250, "call_paired_group_de": 150}


def _object_fill(obj: tuple[str, bool]) -> dict[str, str]:
    text, plural = obj
    return {"obj": text, "Obj": _cap(text), "gehört": "gehören" if plural else "gehört",
            "brennt": "brennen" if plural else "brennt", "ist": "sind" if plural else "ist"}  # fmt: skip


def stage3_families() -> dict[str, list[Example]]:
    """The paired calls for violence, by family."""
    targets, tfill, groups, gfill = de.TARGETS, _de_target_fill, de.GROUPS, _de_group_fill
    fam: dict[str, list[Example]] = {}
    fam["call_paired_party_de"] = [
        Example(
            text.format(party=party, Party=_cap(party), dec=dec, Dec_cap=_cap(dec)),
            "de", "call_paired_party_de", labels_from(initials),
        )
        for (text, initials), party, dec in itertools.product(PARTY_CALLS, dt.PARTIES, dt.DECISIONS)
    ]  # fmt: skip
    fam["call_paired_group_de"] = [
        *_identity("de", "call_paired_group_de", GROUP_CALLS, groups, gfill),
        *_identity("de", "call_paired_group_de", GROUP_CALLS_FRIENDLY_FORM, groups, gfill),
    ]
    fam["call_paired_person_de"] = [
        *_targets("de", "call_paired_person_de", PERSON_CALLS, targets, tfill),
        *_targets("de", "call_paired_person_de", PERSON_CALLS_LAWFUL_FORM, targets, tfill),
    ]
    fam["call_paired_object_de"] = [
        Example(text.format(**_object_fill(obj)), "de", "call_paired_object_de", labels_from(i))
        for (text, i), obj in itertools.product(OBJECT_CALLS, OBJECTS)
    ]
    fam["call_paired_conditional_de"] = [
        Example(f"{cond}, {cons}.", "de", "call_paired_conditional_de", labels_from(i))
        for cond, (cons, i) in itertools.product(dt.CONDITIONS, CONSEQUENCES_CALL)
    ]
    fam["call_paired_literal_de"] = [
        Example(text, "de", "call_paired_literal_de", labels_from(i)) for text, i in LITERAL
    ]
    return fam


def build_stage3(
    seed: int = DEFAULT_SEED, threat_table: Path | None = None
) -> tuple[list[Example], list[Example]]:
    """The third stage's rows: (train, heldout) = the second stage's plus the paired calls."""
    train, heldout = build_stage2(seed, threat_table)
    rng = random.Random(seed + 3)  # noqa: S311 (sampling data, not security)
    seen = {row.text for row in train + heldout}
    new: list[Example] = []
    for name, rows in sorted(stage3_families().items()):
        new.extend(unseen_capped(rows, seen, CAPS_STAGE3.get(name), rng))
    rng.shuffle(new)
    return train + new, heldout


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--threat-table", type=Path, help="threat_development_cases.py")
    args = parser.parse_args(argv)
    train, heldout = build_stage3(args.seed, args.threat_table)
    write_files(args.out_dir, {"train_stage3": train, "heldout_stage3": heldout})


if __name__ == "__main__":
    main()
