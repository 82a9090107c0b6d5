"""The detector's rules for calls to damage property, as a table: calls with the rule that must
catch them, and everyday sentences about the same buildings that must pass.

The sentences were written for this test; they share no five-word run with the functional suite,
the held-out tables or the written rows the rules were grown on.
"""

# ruff: noqa: E501 (whole comments read better than split strings)
from __future__ import annotations

import pytest

from moderation.scoring.functional import load_cases
from moderation.scoring.threats import find_threat, find_threats
from moderation.scoring.training.written_rows import WAVES, rows
from tests.scoring.evaluation_tables import judgement_texts
from tests.support.wording import five_word_runs

HITS = [
    # a modal or a first person, the property as the object, an act of damage
    ("Man müsste dem Landrat mal sein Ferienhaus anzünden.", "property_called"),
    ("Mein Vorschlag: wir fackeln heute die Lagerhalle vom Entsorger ab.", "property_called"),
    ("Jemand sollte die Scheiben vom Bürgerbüro einschmeißen.", "property_called"),
    ("Wir werden das Parteibüro der Liste Fortschritt demolieren.", "property_called"),
    (
        "Die Logistikzentrale am Hafen einfach abfackeln, bevor die noch mehr Lkw schicken.",
        "property_called",
    ),
    ("Solarmodule umwerfen, jetzt.", "property_called"),
    ("Den Funkmast kann man nachts prima kaputtschlagen.", "property_called"),
    # "gehört ..." with an act of damage
    ("Das Autohaus Krämer gehört angezündet, diese Betrüger.", "property_deserves"),
    ("Die Mobilfunkmasten gehören alle umgesägt.", "property_deserves"),
    # recruiting for it
    ("Wer hat Lust, die Ortsverwaltung in Tannhausen zu entglasen?", "property_recruits"),
    ("Treffpunkt Samstag am Umspannwerk, bringt Bolzenschneider mit.", "property_recruits"),
    # announced or applauded
    ("Heute Nacht brennt's beim Wahlkreisbüro, da könnt ihr sicher sein.", "property_announced"),
    ("Das Logistikzentrum ist als Nächstes dran, Benzin ist besorgt.", "property_announced"),
    ("Die Biogasanlage hält keine Woche mehr, dafür sorge ich.", "property_not_for_long"),
    ("Schon wieder ein Baucontainer abgefackelt, bitte mehr davon!", "property_applauded"),
]

NEAR_MISSES = [
    # lawful demands and plans about the same buildings
    "Die alte Scheune gehört abgerissen, bevor sie jemandem auf den Kopf fällt.",
    "Das Hochhaus am Lindenring soll am Sonntag gesprengt werden, die Anwohner müssen raus.",
    "Die Kosten für das Parkhaus will die Stadt auf die Anwohner umlegen.",
    "Autofahrer sollten die Baustelle am Kreisel Nord weiträumig umfahren.",
    "Man sollte die kranke Linde vor dem Rathaus umsägen, bevor sie umkippt.",
    "Mit dem Streik wollen wir die Fabrik einen Tag lahmlegen.",
    "Man muss das Wespennest in der Garage ausräuchern lassen.",
    "Wir wollen mit dem Jugendzentrum neue Wege einschlagen.",
    "Wer hilft mit, die alte Scheune leer zu räumen? Treffpunkt Samstag um neun.",
    # fires that are lit on purpose, matches that are won, reports
    "Wir werden um Mitternacht am Rathaus das Feuerwerk anzünden.",
    "Heute Nacht knallt's im Stadion, Derby gegen Oberdorf!",
    "Die Feuerwehr hat den Brand im Autohaus schnell gelöscht, macht weiter so.",
    "Der Brandanschlag auf das Parteibüro ist durch nichts zu rechtfertigen.",
    "Im Prozess sagte der Angeklagte, er habe das Vereinsheim anzünden wollen.",
    "Ich würde niemals ein Windrad anzünden, egal wie sehr es mich stört.",
    "Die Biogasanlage bleibt nicht mehr lange in Betrieb, der Vertrag läuft aus.",
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_call_to_damage_property_is_caught(text: str, rule: str) -> None:
    # an older rule may reach it first; this rule must reach it too
    assert rule in {hit.rule for hit in find_threats(text)}, (text, find_threats(text))


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_everyday_sentence_about_a_building_is_not_a_threat(text: str) -> None:
    assert find_threat(text) is None


def test_table_shares_no_five_word_run_with_what_judges_or_grew_the_rules() -> None:
    others = [case.text for case in load_cases()] + judgement_texts()
    others += [row.text for row in rows(waves=tuple(WAVES))]
    seen = {run for text in others for run in five_word_runs(text)}
    mine = [text for text, _ in HITS] + NEAR_MISSES
    assert [text for text in mine if five_word_runs(text) & seen] == []
