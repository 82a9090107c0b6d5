"""The threat detector as a table: threats with the rule that must catch them, and near misses.

The sentences were written for this test and differ from the functional suite's cases
(moderation/scoring/functional), which stay a held-out check of the detector.
"""

# ruff: noqa: E501 (whole comments read better than split strings)
from __future__ import annotations

import pytest

from moderation.scoring.functional import load_cases
from moderation.scoring.threats import find_threat, find_threats, normalise
from tests.support.wording import five_word_runs

HITS = [
    # first person, lethal verb after a modal or werden
    ("Ich werde euch alle umbringen, ihr Heuchler vom Gemeinderat.", "kill_first_person"),
    ("Wir werden den Kassenwart abstechen, wenn das Geld weg ist.", "kill_first_person"),
    ("Ich will diesen Hausmeister erwürgen.", "kill_first_person"),
    ("Ich werde sie eigenhändig erschießen.", "kill_first_person"),
    ("Ich erschieß dich, Nachbar.", "kill_first_person"),
    ("Dich erschlag ich mit der Schaufel.", "kill_first_person"),
    ("Ich werde dich anzünden, du Hetzer.", "kill_first_person"),
    ("Ich werde dich erwuergen.", "kill_first_person"),  # umlaut spelled out
    (
        "Ich könnte den Kassenwart umbringen, ehrlich.",
        "kill_first_person",
    ),  # present hyperbole: a human decides
    # separable verbs, both word orders
    ("Ich mach dich kalt, Kollege.", "kill_separable"),
    ("Ich knall den Kontrolleur ab.", "kill_separable"),
    ("Euch bring ich um.", "kill_separable"),
    ("Den schlag ich tot, sobald er aus dem Bus steigt.", "kill_separable"),
    ("Ich schlitz ihn auf.", "kill_separable"),
    ("Wir hängen den Ortsbürgermeister am Maibaum auf.", "kill_separable"),
    ("1ch br1ng d1ch um.", "kill_separable"),  # leetspeak
    ("Ich steeeech dich aaaab!!!", "kill_separable"),  # repeated letters
    ("„Ich stech dich ab“, sag ich dir.", "kill_separable"),  # a quote nobody condemns
    # harm to the body
    ("Ich schlag dir die Zähne ein.", "harm_body"),
    ("Dir brech ich alle Knochen.", "harm_body"),
    ("Ich werde dem Hausmeister die Nase brechen.", "harm_body"),
    ("Ich hau dir eine rein, Freundchen.", "harm_body"),
    (
        "Wer das nochmal schreibt, dem hau ich eine rein.",
        "harm_body",
    ),  # "wer ..." does not excuse the writer's own threat
    # second person
    ("Du wirst bluten, Kassenwart.", "you_will_die"),
    ("Ihr kommt aus der Halle nicht lebend raus.", "you_will_die"),
    ("Du bist so gut wie tot.", "you_are_dead"),
    ("Wir wissen genau, wo ihr wohnt.", "knows_address"),
    ("Ich weiss genau wo du wohnst.", "knows_address"),
    ("Ich kenne deine Adresse, Schreiberling.", "knows_address"),
    ("Passt bloß auf, sonst kracht es.", "watch_out_or_else"),
    ("Pass lieber auf, was du postest, sonst erlebst du was.", "watch_out_or_else"),
    ("Wär doch schade, wenn deine Werkstatt mal Feuer fängt.", "shame_if"),
    # calls on others
    ("Man sollte die ganze Bande aufknüpfen.", "should_kill"),
    ("Jemand müsste den Kämmerer endlich abknallen.", "should_kill"),
    ("Wir sollten die Leute vom Bauamt steinigen.", "should_kill"),
    ("Der Vermieter gehört aufgehängt.", "deserves_violence"),
    ("Solche Typen gehören an die Wand gestellt.", "deserves_violence"),
    ("Der Typ verdient eine Kugel.", "deserves_violence"),
    ("Die Bürgerhalle gehört abgefackelt.", "deserves_violence"),
    ("Eine Kugel in den Kopf, mehr hat der nicht verdient.", "bullet"),
    ("Für den Kassenwart ist der Strick schon geknüpft.", "rope"),
    ("Ab an den Galgen mit dem Schiedsrichter.", "rope"),
    ("Hängt ihn auf!", "imperative_violence"),
    ("Schlagt sie tot!", "imperative_violence"),
    ("Erschießt den Kerl.", "imperative_violence"),
    # property
    ("Zündet das Jugendhaus an.", "arson_property"),
    ("Lasst uns das Rathaus abfackeln.", "arson_property"),
    ("Wir fackeln die Halle ab.", "arson_property"),
    ("Molotows auf die Wache!", "arson_property"),
    ("Zerstecht ihm die Reifen.", "damage_property"),
    ("Steine durch die Fenster vom Jobcenter.", "damage_property"),
    # verb second after a fronted clause or object
    ("Wenn der Verein absteigt, stech ich den Präsidenten ab.", "kill_separable"),
    ("Nach der Sitzung bring ich euch alle um.", "kill_separable"),
    ("Kommst du noch einmal her, brech ich dir die Beine.", "harm_body"),
    ("Noch ein Wort, und schon bist du tot.", "you_are_dead"),
    ("Den Hausbesitzer sollte man erschießen.", "should_kill"),
    ("Sprengt das Bürgerhaus!", "arson_property"),
    ("Ein Brandsatz durchs Fenster der Kita.", "arson_property"),
    # spelled out letter by letter
    ("I c h  s t e c h  d i c h  a b", "spelled_out"),
    # English
    ("I'm going to stab you.", "en_kill_first_person"),
    ("I'll break your legs, mate.", "en_kill_first_person"),
    ("We know where you live.", "en_knows_address"),
    ("You're dead meat.", "en_you_are_dead"),
    ("The ref should be shot.", "en_should_be_killed"),
    ("Someone should shoot the owner.", "en_someone_should"),
    ("Burn down the council offices.", "en_burn_property"),
    ("Watch your back, clown.", "en_watch_back"),
]

NEAR_MISSES = [
    # idioms and hyperbole without a person to harm
    "Das Verkehrschaos bringt mich noch um.",
    "Ich sterbe vor Lachen über diese Ausrede des Bauamts.",
    "Diese ganzen Sitzungstermine erschlagen mich.",
    "Ich könnte den Trainer umarmen, was für ein Sieg!",
    "Ich hätte den Schiri erwürgen können, so schlecht hat der gepfiffen.",
    "Das Projekt ist tot, da hilft auch kein neues Gutachten.",
    "Sie sind politisch erledigt, Herr Landrat.",
    "Das neue Tempolimit killt den Einzelhandel in der Innenstadt.",
    # sport
    "Am Samstag schießen wir die Bayern ab.",
    "Die Abwehr hat wieder komplett geschlafen.",
    "Wir haben den Gegner mit 5:0 abgeschossen.",
    "Die Mannschaft hat den Gegner förmlich zerlegt.",
    "Wir brennen für unseren Verein!",
    "Der Bürgermeister hat die Opposition im Rat regelrecht abgeschossen.",
    # reports, trials, history
    "Der Angeklagte soll gedroht haben, seinen Nachbarn abzustechen.",
    "Laut Anklage kündigte der Mann an, das Jobcenter anzuzünden.",
    "Vor Gericht sagte die Zeugin, er habe gerufen: Ich bring dich um.",
    "Die Synagoge wurde in der Pogromnacht niedergebrannt, daran erinnert die Gedenktafel.",
    "Die Scheune am Ortsrand ist gestern abgebrannt.",
    "Die Feuerwehr musste verhindern, dass das Haus komplett abbrennt.",
    "Im Krimi gestern hat der Kommissar den Täter erschossen.",
    # counter-speech and quotes that are condemned
    "„Man sollte sie alle aufhängen“ – wer so etwas postet, gehört angezeigt.",
    "Wer schreibt, man müsse die Flüchtlinge erschießen, hat hier nichts verloren.",
    "Wer „Ausländer raus“ brüllt, sollte sich schämen.",
    # negation
    "Ich würde niemals jemandem etwas antun.",
    "Ich würde den Landrat nie verprügeln, aber abwählen werde ich ihn.",
    # sharp but lawful
    "Der Bürgermeister gehört abgewählt, und zwar bei der nächsten Wahl.",
    "Diese Regelung gehört abgeschafft.",
    "Die Stadt sollte das alte Hallenbad abreißen und neu bauen.",
    "Du wirst es bereuen, diese Partei gewählt zu haben, glaub mir.",
    # harmless objects and look-alike words
    "Man sollte am Volkstrauertag eine Kerze für die Opfer anzünden.",
    "Ich zünde heute Abend die Adventskerzen an.",
    "Die Kugel Eis kostet im Freibad jetzt zwei Euro.",
    "Die Kinder haben sich eine Kugel Eis verdient.",
    "Beim Kegeln hat er die Kugel in die Rinne geschoben.",
    "Der Strickkurs im Gemeindehaus ist ausgebucht.",
    "Hängt die Plakate für das Sommerfest bitte im Rathaus auf.",
    "Passt auf an der Baustelle, da ist der Gehweg gesperrt.",
    "Pass auf, dass du den letzten Bus nicht verpasst, sonst musst du laufen.",
    "Ich weiß, wo die neue Bücherei ist, gleich neben dem Rathaus.",
    "Wir kennen die Adresse des Bauamts, da kann man Einspruch einlegen.",
    "Wäre schade, wenn das Freibad wirklich schließt.",
    "Ich schlage dem Stadtrat vor, die Gebühren zu senken.",
    "Ich habe mir beim Stadtlauf fast die Beine gebrochen.",
    "Ich wünsche dem Bürgermeister, dass ihm die Ausreden ausgehen.",
    "Sollte man das Hallenbad nicht lieber sanieren statt schließen?",
    "Bring ich dich morgen zum Bahnhof?",
    "Die Baukosten sprengen jeden Rahmen, schreibt die Redaktion.",
    # English
    "I could kill for a coffee after that council meeting.",
    "This traffic is killing me.",
    "You're dead right about the parking fees.",
    "We will kill it at the derby on Saturday.",
    "The mayor should be voted out.",
    "We'll shoot the video at the town hall on Friday.",
    "Police foiled a plot to burn down the mosque.",
    "The defendant allegedly threatened to stab his neighbour.",
    "Hang him out to dry, the council did.",
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_threat_is_caught_by_its_rule(text: str, rule: str) -> None:
    hit = find_threat(text)
    assert hit is not None, f"missed: {text!r} (normalised {normalise(text)!r})"
    assert rule in {h.rule for h in find_threats(text)}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_a_threat(text: str) -> None:
    assert find_threat(text) is None, f"{text!r}: {find_threats(text)}"


def test_hit_spans_point_into_the_normalised_text() -> None:
    text = "Also ehrlich: Ich mach dich kalt."
    hit = find_threat(text)
    assert hit is not None
    start, end = hit.span
    assert normalise(text)[start:end].strip(" ,.") == hit.excerpt == "ich mach dich kalt"


def test_umlaut_and_sharp_s_variants_normalise_alike() -> None:
    assert normalise("Ich weiß, wo DU wohnst") == normalise("ich weiss, wo du wohnst")
    assert normalise("erwürgen") == normalise("erwuergen")


def test_empty_and_plain_texts_are_fast_misses() -> None:
    assert find_threat("") is None
    assert find_threat("Schöner Artikel, danke!") is None


def test_table_shares_no_five_word_run_with_the_functional_suite() -> None:
    """The suite's threat cases stay a held-out check of these rules."""

    table = set().union(*(five_word_runs(t) for t in [h for h, _ in HITS] + NEAR_MISSES))
    assert [c.id for c in load_cases() if five_word_runs(c.text) & table] == []
