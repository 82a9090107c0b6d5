"""Rule-based detection of threats and calls for violence in German (and some English) comments.

Runs on every comment next to the model: a hit names the rule and the span of the normalised
text it matched, so a policy can hold a threat the model scored low. The rules aim at
precision; threat_patterns.py holds the grammar of speaker, violent verb and target,
threat_families.py the conditional, veiled and deferred threats and the calls to act.
Left alone on purpose:

- reported speech ("Der Angeklagte soll gedroht haben, ihn abzustechen"): Konjunktiv I
  ("man solle") is not in the verb lists, zu-infinitives count only after a call ("Zeit, das
  Rathaus zu stürmen"), and a match after a verb of saying in the same sentence ("soll
  gesagt haben: ...", "wer schreibt, man müsse ...") is skipped;
  a first-person threat after "wer ..." still hits ("Wer das schreibt, den stech ich ab");
- quoted threats in a comment that condemns or reports them („Ich stech dich ab“ – so was
  gehört angezeigt); a quote without such words still hits, so quoting is no loophole;
- negated clauses ("ich würde ihn nie umbringen", "man sollte niemanden aufhängen") and
  counterfactual hyperbole ("ich hätte ihn erwürgen können"); present hyperbole ("ich könnte
  ihn umbringen") hits: a human decides; so does a lament ("dass sich keiner findet, der ...");
- games, films and books ("im Videospiel muss man die Zombies abknallen"), and a harmless
  errand after an address ("ich weiß, wo du wohnst: die Einladung kommt per Post");
- idioms without a person as object ("das bringt mich um", "Termine erschlagen mich") and
  sport verbs ("wir schießen sie ab", "die Abwehr hat geschlafen").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from moderation.scoring import threat_families, threat_hints
from moderation.scoring.threat_grammar import alt as _alt
from moderation.scoring.threat_grammar import fold_pattern
from moderation.scoring.threat_patterns import rules
from moderation.scoring.wordlists import normalise as _fold


@dataclass(frozen=True)
class ThreatHit:
    rule: str
    span: tuple[int, int]  # indices into normalise(text), not into the raw comment
    excerpt: str


_APOSTROPHES = re.compile(r"[’'`´]")
_SENTENCE_END = re.compile(r"[.!?\n]+")
_CLAUSE_MARK = re.compile(r"[,;:–—]+|\s-\s")
_OTHER = re.compile(r"[^\w.,]+")
_SPACES = re.compile(r"\s+")
# two or more single letters in a row, "u m", "k i l l" (wordlists joins three or more)
_SINGLE_LETTERS = re.compile(r"(?<!\w)(?:[^\W\d_] )+[^\W\d_](?!\w)")
_SPELLED = re.compile(r"(?:(?<!\w)[^\W\d_][\s.*_\-]+){2,}[^\W\d_](?!\w)")
# three or more letters spelled out, joined before umlauts are folded ("a u f h ä n g e n")
_RAW_SPELLED = re.compile(r"(?:(?<!\w)[^\W\d_][ .*_\-]+){2,}[^\W\d_](?!\w)")


def normalise(text: str) -> str:
    """Lower-case; ä=ae, ß=ss=s; leetspeak mapped; repeated letters collapsed; spaced letters
    joined; clause breaks become ' , ' and sentence ends ' . '."""
    text = _RAW_SPELLED.sub(lambda m: re.sub(r"[ .*_\-]", "", m.group(0)), text)
    text = _fold(_APOSTROPHES.sub("", text))
    text = _SENTENCE_END.sub(" . ", text)
    text = _CLAUSE_MARK.sub(" , ", text)
    text = _SPACES.sub(" ", _OTHER.sub(" ", text)).strip()
    return _SINGLE_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)


_RULES = tuple((name, re.compile(fold_pattern(source))) for name, source in rules())
# Rules whose own pattern contains a negation ("du kommst nicht lebend raus").
_NEGATION_IN_RULE = (
    frozenset({"you_will_die"}) | threat_families.NEGATED_RULES | threat_hints.NEGATED_RULES
)
_ERRAND_RULES = threat_families.ERRAND_RULES | threat_hints.ERRAND_RULES
_NEGATION = re.compile(
    rf"\b{_alt('nicht|nie|niemals|keinesfalls|niemand|hätte|hätten|never|not|dont|wouldnt|wont')}\b"
)
# negated objects count only inside the match ("man sollte niemanden aufhängen"); in the rest
# of the clause they negate something else ("kein Spaß, die müssen verprügelt werden")
_NEGATED_OBJECT = re.compile(
    rf"\b{_alt('niemanden|niemandem|kein|keine|keinen|keiner|nichts|nix')}\b"
)
# the speaker as the object: "die Apotheker dürfen mich dafür steinigen"
_SELF_AS_OBJECT = re.compile(rf"\b{_alt('dürfen|darf|können|kann|sollen|soll|mögen')} mich\b")
# "dass sich keiner findet, der ..." laments that nobody does it: a call, not a negation
_LAMENT_WORDS = (
    "sich keiner|sich niemand|sich da keiner|sich da niemand|keiner findet|niemand findet|"
    "keiner traut|niemand traut"
)
_LAMENT = re.compile(rf"\b{_alt(_LAMENT_WORDS)}\b")
_FIRST_PERSON = re.compile(rf"\b{_alt('ich|wir|i|we')}\b")
# a generic "whoever says ..." frame: skips reported threats, but not the writer's own
_WHO = _alt("wer|wenn jemand|wenn einer|dass jemand|dass man|who|whoever|anyone who|people who")
_SAYS = _alt(
    "schreibt|sagt|fordert|meint|behauptet|ruft|postet|verlangt|brüllt|grölt|skandiert|"
    "kommentiert|writes|says|said|wrote|posts|shouts|calls for"
)
_WHO_SAYS = re.compile(rf"(?:^|[.,]) ?{_WHO} [^.]{{0,40}}?\b{_SAYS}\b")
# a report of what someone else said or did: skips first-person quotes too
_HAS = _alt("soll|sollen|solle|hat|habe|haben|hatte")
_SAID = _alt("gedroht|gesagt|geschrieben|gerufen|angekündigt|gepostet|angedroht")
_REPORT = _alt(
    "der angeklagte|die angeklagte|der täter|die täterin|laut anklage|laut polizei|vor gericht|"
    "accused of|charged with|convicted of|allegedly|plot to|plotted to|planned to|tried to|"
    "is said to have"
)
_REPORTED = re.compile(rf"\b{_HAS} [^.]{{0,40}}?\b{_SAID}\b|\b{_REPORT}\b")
_CONDEMNING_WORDS = (
    "schäm|schämen|widerlich|ekelhaft|unerträglich|anzeigen|angezeigt|anzeige|melden|"
    "gemeldet|hetze|hass|verurteil|zitat|zitiert|angeklagt|nichts verloren|"
    "nichts zu suchen|keine meinung|straftat|spruch|sprüche|drohung|drohungen|"
    "fliegt raus|fliegen raus|gesperrt|sperren|gericht|staatsanwalt|polizei|"
    "menschenverachtend|rassistisch|antisemit|volksverhetz|strafbar|löschen|gelöscht|shame|ashamed|"
    "disgusting|reported|report|court|trial"
)
_CONDEMNING = re.compile(rf"\b{_alt(_CONDEMNING_WORDS)}")
# objects that make "anzünden", "aufhängen" or "Kugel" harmless; long ones also in compounds
_BENIGN = re.compile(
    rf"\b{_alt('licht|ofen|kohle|eis|vanille|schoko|bild|fahne|schild|zettel|kranz')}\b"
    rf"|{_alt('kerze|kerzen|grill|lagerfeuer|osterfeuer|kamin|zigarette|feuerwerk|lichter|bowling|kegel|christbaum|adventskranz|plakat|plakate|bilder|wäsche|fahnen|flagge|schilder|lichterkette|girlanden|poster|kugeleis')}\b"
)
# a sentence about a game, film or book (or a proverb): its killings are fiction
_FICTION_WORDS = (
    "nicht mein bruder sein|videospiel|computerspiel|zombies|zombie|im film|im roman|im krimi|"
    "im tatort|in der serie|im spiel|ego-shooter|im buch|im theaterstück"
)
_FICTION = re.compile(rf"\b{_alt(_FICTION_WORDS)}\b")
# a harmless errand after "ich weiß, wo du wohnst" ("die Einladung schicke ich dir per Post")
_ERRAND_WORDS = (
    "einladung|paket|päckchen|postkarte|post|brief|geschenk|kuchen|unterlagen|blumen|abholen|"
    "abzuholen|überzeugt|wandern|feiern|party|besuch mich|bewirbst|bewerbung"
)
_ERRAND = re.compile(rf"\b{_alt(_ERRAND_WORDS)}")
_QUOTED = re.compile(
    r"„[^“”\"]{1,300}[“”\"]|“[^”]{1,300}”|\"[^\"]{1,300}\"|»[^«]{1,300}«|«[^»]{1,300}»"
    r"|‚[^‘’]{1,300}[‘’]|(?<!\w)'[^'\n]{3,300}'(?!\w)"
)
_SQUASHED = re.compile(
    "|".join(
        fold_pattern(p)
        for p in (
            r"(?:ich|wir)(?:werde|werden|will|wollen)?(?:dich|euch|ihn)(?:abstechen|umbringen|abknallen|kaltmachen|erschießen|töten|aufschlitzen|erwürgen)",
            r"(?:ich|wir)(?:stech|steche|knall|knalle)(?:dich|euch|ihn)ab",
            r"(?:ich|wir)(?:bring|bringe)(?:dich|euch|ihn)um",
            r"(?:ich|wir)(?:mach|mache)(?:dich|euch|ihn)kalt",
            r"(?:ich|wir)(?:weiß|wissen)wo(?:du|ihr)(?:wohnst|wohnt)",
            r"dubist(?:sogutwie)?tot",
            r"i(?:will|ll|amgoingto|mgoingto)?(?:kill|stab|shoot|murder)(?:you|him|her)",
            r"iknowwhereyoulive",
        )
    )
)


def find_threat(text: str) -> ThreatHit | None:
    """The first threat or call for violence in ``text``, or None."""
    return next(_find(text), None)


def find_threats(text: str) -> list[ThreatHit]:
    """Every rule that hits ``text``, once each (for explanations and tests)."""
    return list(_find(text))


def _find(text: str) -> Iterator[ThreatHit]:
    if _QUOTED.search(text):
        rest = _QUOTED.sub(" , ", text)
        # a quote beside condemnation or a court report is cited, not meant
        if _CONDEMNING.search(normalise(rest)):
            text = rest
    norm = normalise(text)
    for name, pattern in _RULES:
        for match in pattern.finditer(norm):
            if not _suppressed(name, norm, match):
                yield ThreatHit(name, match.span(), match.group(0).strip(" ,."))
                break
    if _SPELLED.search(text):
        squashed = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", norm))
        match = _SQUASHED.search(squashed)
        if match:
            yield ThreatHit("spelled_out", (0, len(norm)), match.group(0))


def _suppressed(rule: str, norm: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    sentence_start = norm.rfind(".", 0, start) + 1
    clause_start = max(sentence_start, norm.rfind(",", 0, start) + 1)
    negated = _NEGATION.search(norm, clause_start, end) or _NEGATED_OBJECT.search(norm, start, end)
    if negated and rule not in _NEGATION_IN_RULE and not _LAMENT.search(norm, clause_start, end):
        return True
    if _SELF_AS_OBJECT.search(norm, start, end):
        return True
    before = norm[sentence_start:start]
    if _REPORTED.search(before):
        return True
    if _WHO_SAYS.search(before) and not _FIRST_PERSON.search(match.group(0)):
        return True
    sentence_end = norm.find(".", end)
    sentence_end = sentence_end if sentence_end != -1 else len(norm)
    if _FICTION.search(norm, sentence_start, sentence_end):
        return True
    if rule in _ERRAND_RULES and _ERRAND.search(norm, start, min(len(norm), end + 120)):
        return True
    return bool(_BENIGN.search(norm, start, sentence_end))
