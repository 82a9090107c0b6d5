"""Calls to damage property: who is called on, the act of damage, and the thing damaged.

The older rules name a closed list of buildings; German names most property as a compound whose
last part says what it is (Kreisbüro, Solarpark, Umspannwerk, Flüchtlingsunterkunft), so these
rules take any word ending in such a head. Every rule pairs the thing with an act that destroys it
(burn, blow up, smash, saw down, knock over) and a cue that makes it a call or an announcement
rather than a report: a modal or a first person, a bare infinitive at the start of a clause,
"gehört ...", a recruitment ("wer macht mit?"), or applause for a report ("bitte mehr davon").
A lawful demand ("gehört abgerissen", "muss weg") is not an act of damage and never hits. Same
conventions as threat_patterns: ordinary spelling, folded at import.
"""

# ruff: noqa: E501 (whole sentences and rules read better than split strings)

from __future__ import annotations

from moderation.scoring.threat_grammar import START, S, W, alt

# Rules whose own pattern carries a negation ("steht nicht mehr lange").
NEGATED_RULES = frozenset({"property_not_for_long"})


def property_noun(building: str) -> str:
    """A building from the closed list, or a compound ending in a head that names property."""
    heads = alt(
        "büro|büros|haus|häuser|heim|heime|unterkunft|unterkünfte|zentrale|zentrum|gebäude|"
        "anlage|anlagen|park|mast|masten|werk|container|halle|hallen|wache|behörde|villa|fabrik|"
        "filiale|praxis|kanzlei|garage|scheune|fahrzeug|fahrzeuge|maschinen|bagger|radlader|"
        "windrad|windräder|blitzer|kanzel|kanzeln|hochsitz|hochsitze|module|moschee|kirche|synagoge|"
        "minarett|redaktion|druckerei|brücke|gleise|trasse|baustelle|baufeld|autos|auto|suv|suvs|platten|"
        "streifenwagen|dienstwagen|firmenwagen|geschäft|laden|läden|kiosk|tankstelle|umspannwerk|verwaltung"
    )
    # not what is lit or blown on purpose, and not a verb that ends like a noun
    not_harmless = rf"(?!{alt('feuerwerk|osterfeuer|lagerfeuer|kerze|grill|kamin|ofen|handwerk|netzwerk|einladen|aufladen|herunterladen|hochladen|abladen|ausladen|umladen|vorladen|beladen|entladen')}\b)"
    alone = alt(
        "mast|masten|villa|fabrik|filiale|kanzlei|garage|scheune|bagger|radlader|windrad|windräder|"
        "blitzer|hochsitz|hochsitze|minarett|druckerei|gleise|trasse|baufeld|fahrzeuge|maschinen|"
        "zentrale|module|solarpark|windpark|suv|suvs|porsche|audi|tesla|kuppel|fassade|scheiben|fenster"
    )
    return rf"(?:{building}|{not_harmless}\w+{heads}|{alone})"


def rules(building: str) -> list[tuple[str, str]]:
    """(rule name, regex source) pairs; ``building`` (an alternation) comes from threat_patterns."""

    preps = alt(
        "vor|am|an|im|in|ins|bei|beim|neben|hinter|auf|über|unter|zum|zur|von|vom|aus|mit|nach|"
        "für|gegen|um|durch|ohne|bis|seit|wegen|gegenüber|ab"
    )
    det = alt(
        "den|die|das|dem|der|des|ein|eine|einen|einem|sein|seine|seinen|ihr|ihre|ihren|deren|"
        "dessen|jeden|jede|jedes|alle|diese|diesen|dieses|euer|eure|euren|unser|unsere|unseren|"
        "dein|deine|deinen|sämtliche|die ganzen|das ganze|den ganzen"
    )
    # the property as the object of the act, not a place ("die Linde vor dem Rathaus umsägen")
    noun = property_noun(building)
    thing = rf"(?:^|[.,!] |\b(?!(?:{preps}|{det})\b)\w+ )(?:{det} )?{noun}\b"
    # the act of damage; verbs with a harmless everyday sense (sprengen a lawn, umlegen costs,
    # zerlegen a car for parts, umfahren a building site) only where a call is spelled out
    act = alt(
        "anzünden|anstecken|abfackeln|niederbrennen|in brand setzen|in brand stecken|"
        "in die luft jagen|in die luft sprengen|plattmachen|platt machen|demolieren|verwüsten|"
        "einwerfen|einschlagen|einschmeißen|entglasen|zertrümmern|zerschlagen|kaputtmachen|"
        "kaputt machen|kaputtschlagen|kaputt schlagen|abfackle|anzünde"
    )
    act_bare = rf"(?:{act}|{alt('umsägen|umlegen|umwerfen|umreißen|sprengen')})"
    act_zu = alt(
        "anzuzünden|anzustecken|abzufackeln|niederzubrennen|in brand zu setzen|in brand zu stecken|"
        "in die luft zu jagen|in die luft zu sprengen|zu sprengen|plattzumachen|zu demolieren|"
        "zu verwüsten|umzusägen|einzuwerfen|einzuschlagen|einzuschmeißen|zu entglasen|"
        "zu zertrümmern|zu zerschlagen|kaputtzumachen|kaputtzuschlagen"
    )
    damaged = alt(
        "in die luft gejagt|in die luft gesprengt|gesprengt|weggesprengt|angezündet|angesteckt|"
        "abgefackelt|niedergebrannt|in brand gesetzt|in brand gesteckt|umgefahren|umgesägt|"
        "umgelegt|geplättet|plattgemacht|platt gemacht|eingeschlagen|eingeworfen|eingeschmissen|"
        "entglast|zertrümmert|kaputtgeschlagen|kaputtgemacht|kaputt gemacht|demoliert|verwüstet"
    )
    called = alt(
        "man|jemand|einer|irgendwer|irgendeiner|wir|ich|ihr|lasst uns|leute|sollte|sollten|"
        "müsste|müssten|muss|müssen|soll|sollen|werden|werde|will|wollen|dafür , dass wir|"
        "dafür dass wir|schlage vor , wir|schlage vor wir"
    )
    recruit = alt(
        "wer macht mit|wer ist dabei|wer kommt mit|wer hat bock|wer hat lust|wer hätte lust|"
        "wer traut sich|ich wär dabei|ich wäre dabei|bin dabei|bringt werkzeug mit|treffpunkt|"
        "wer hilft mit|wer noch|meldet euch"
    )
    tool = alt(
        "bolzenschneider|akkuflex|flex|vorschlaghammer|brecheisen|benzinkanister|kanister|benzin|"
        "bauschaum|krähenfüße|pflastersteine|pflasterstein|steine|brandbeschleuniger|feuerzeug|"
        "streichhölzer|molotows"
    )
    fire = alt("feuer|brennt|brennen|flammen|benzin|kanister|streichholz|feuerzeug|knallt|kracht")
    # where "es knallt" is a match, a concert or a derby
    venue_not = rf"(?!{alt('stadion|halle|sporthalle|turnhalle|arena|club|klub|festzelt|bierzelt|derby')}\b)"
    applause = alt(
        "bitte mehr davon|bitte wiederholen|nachmachen|zur nachahmung empfohlen|macht weiter|"
        "die nächsten stehen|als nächstes ist|gerne wieder|nächstes mal bitte"
    )
    return [
        # "man sollte dem Bürgermeister die Villa anzünden", "ich werd ihm die Scheune abfackeln"
        ("property_called", rf"\b{called} {S}{{0,80}}?{thing} {W}{{0,6}}?{act}\b"),
        # "wir fackeln heute die Lagerhalle ab": the separable verb around its object
        (
            "property_called",
            rf"\b{alt('ich|wir')} {alt('fackel|fackle|fackeln|zünde|zünden|brenne|brennen')} {S}{{0,40}}?{thing} {W}{{0,4}}?{alt('ab|an|nieder')}(?= ?[.,!]|$| {alt('und|bevor|damit|dann')}\b)",
        ),
        # "Windräder abfackeln jetzt", "Die Bullenwache in der Kanalstraße abfackeln"
        (
            "property_called",
            rf"{START}{W}{{0,2}}?{thing} {W}{{0,6}}?{act_bare}(?= ?[.,!]|$| {alt('jetzt|sofort|heute|und|bevor|damit|dann')}\b)",
        ),
        # "Die Zentrale gehört in die Luft gejagt", "Pfarrhaus: gehört angesteckt"
        (
            "property_deserves",
            rf"{thing}{S}{{0,60}}?\b{alt('gehört|gehören|gehörte|gehörten')} {W}{{0,4}}?{damaged}\b",
        ),
        # "wer hat Bock, den Masten umzusägen", "das Büro zu entglasen. Wer macht mit?"
        ("property_recruits", rf"{thing}{S}{{0,60}}?\b(?:{act_zu}|{act})\b.{{0,80}}?\b{recruit}\b"),
        ("property_recruits", rf"\b{recruit}\b.{{0,80}}?{thing}{S}{{0,60}}?\b(?:{act_zu}|{act})\b"),
        # "wer kommt mit zum Solarpark, ich bring die Bolzenschneider mit"
        ("property_recruits", rf"\b{recruit}\b.{{0,80}}?\b{noun}\b.{{0,60}}?\b{tool}\b"),
        # "Die Solarplatten kann man prima mit Steinen einwerfen"
        (
            "property_called",
            rf"{thing}{S}{{0,40}}?\b{alt('kann|könnte|sollte|müsste|muss|soll')} man {W}{{0,5}}?{act}\b",
        ),
        # "Bald knallt's beim Kreisbüro", "heute Nacht brennt's im Jugendzentrum"
        (
            "property_announced",
            rf"\b{alt('bald|heute nacht|heut nacht|morgen nacht|demnächst')} {alt('knallts|knallt es|krachts|kracht es|brennts|brennt es|rummsts|rummst es|scheppert es|schepperts')} {alt('bei|beim|im|am|an der|in der|vor dem|vor der')} {W}{{0,2}}?{venue_not}{noun}\b",
        ),
        # "Das CDU-Büro ist als Nächstes dran ... jetzt kommt Feuer", "heut Nacht ist der Solarpark dran, wer ist dabei?"
        (
            "property_announced",
            rf"{thing}{S}{{0,40}}? {alt('ist|sind')} {W}{{0,2}}?dran\b.{{0,60}}?\b(?:{fire}|{recruit})\b",
        ),
        (
            "property_announced",
            rf"\b{alt('ist|sind')} {W}{{0,2}}?{noun}\b {W}{{0,1}}?dran\b.{{0,60}}?\b(?:{fire}|{recruit})\b",
        ),
        # "der Mast steht nicht mehr lange, dafür sorgen wir"
        (
            "property_not_for_long",
            rf"{thing}.{{0,40}}?\b{alt('steht|stehen|bleibt|bleiben|hält|halten')} {alt('nicht mehr lange|nicht mehr lang|nicht lange|keine woche mehr|keinen monat mehr')}\b{S}{{0,30}}?\b{alt('dafür sorgen wir|dafür sorge ich|dafür sorg ich|sorgen wir dafür|sorge ich dafür|dafür sorgen wir schon')}\b",
        ),
        # "der Windpark brennt, bitte mehr davon", "Hochsitz liegt flach. Macht weiter"
        (
            "property_applauded",
            rf"{thing}{S}{{0,60}}?\b(?:{damaged}|{alt('brennt|brannte|gebrannt|liegt flach|in flammen|abgebrannt')})\b.{{0,60}}?\b{applause}\b",
        ),
    ]
