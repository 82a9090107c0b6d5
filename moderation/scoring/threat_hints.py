"""Threats by hint: visits, lists, accidents, reckoning, wished deaths and the tools of violence.

These name neither a violent verb nor a weapon used on someone: "du bekommst bald Besuch von
uns", "Bremsen können versagen, weißt du", "ein Streichholz würde genügen". Each rule pairs the
hint with a second cue that makes it personal or hostile (second person, "von uns", a building
as the object, a time of night, "schon mal"), because every hint alone is an everyday sentence
("Besuch von der Oma", "Unfälle passieren schnell, deshalb Tempo 30"). Same conventions as
threat_patterns: ordinary spelling, folded at import.
"""

# ruff: noqa: E501 (whole sentences and rules read better than split strings)

from __future__ import annotations

from moderation.scoring.threat_grammar import START, S, W, alt

# Rules whose own pattern carries a negation ("wachst nicht mehr auf", "brennt noch nicht").
NEGATED_RULES = frozenset({"hinted_harm", "wished_destruction"})
# Rules that a harmless errand after them cancels ("wir stehen mit Kuchen auf der Matte").
ERRAND_RULES = frozenset({"visit", "on_our_list"})


def rules(building: str) -> list[tuple[str, str]]:
    """(rule name, regex source) pairs; ``building`` (an alternation) comes from threat_patterns."""

    you = alt("dir|dich|euch|du|ihr|dein|deine|deinem|deiner|deinen|euer|eure|eurem|euren")
    condition = alt("wenn|falls|sobald|noch so ein|noch so eine|noch ein|noch eine|noch einmal")
    place = alt(
        "auf dem heimweg|auf dem schulweg|auf dem nachhauseweg|nachts|unterwegs|im dunkeln|vor der haustür|im parkhaus"
    )
    tool = alt(
        "baseballschläger|baseballschlägern|knüppel|knüppeln|eisenstange|eisenstangen|schlagstock|"
        "schlagstöcken|machete|macheten|mistgabeln|mistgabel|fackeln|schlagringe|schlagring"
    )
    fire_tool = alt(
        "kanister benzin|benzinkanister|streichholz|zündholz|feuerzeug|brandbeschleuniger|molotow|molotowcocktail|brandsatz"
    )
    return [
        # --- visits and lists -------------------------------------------------------------
        (
            "visit",
            rf"\b(?:{alt('bekommst|kriegst|bekommt|kriegt')} {alt('du|ihr')}|{alt('du|ihr')} {alt('bekommst|kriegst|bekommt|kriegt')}) {W}{{0,2}}?besuch {alt('von uns|von mir|von den jungs|von freunden von mir')}\b",
        ),
        (
            "visit",
            rf"\b{alt('wir|ich')} {alt('kommen|komme|werden|werde')} {alt('dich|euch')} {W}{{0,2}}?besuchen(?: ,)? {W}?{alt('privat|persönlich|zu hause|daheim|nachts|unangemeldet')}\b",
        ),
        (
            "visit",
            rf"\b{alt('stehen wir|stehe ich|wir stehen|ich stehe')} {S}{{0,30}}?\b{alt('bei dir|bei euch')} auf der matte\b",
        ),
        (
            "visit",
            rf"\b{alt('stehen wir|kommen wir|wir kommen|wir stehen|besuch|vorbei|abstatten|holt|holen|hol')}\b{S}{{0,40}}?\b{tool}\b",
        ),
        ("visit", rf"\b{tool} {W}{{0,2}}?{alt('raus|auspacken|bereit|einpacken')}\b"),
        (
            "on_our_list",
            rf"\b{alt('dein|euer|ihr')} name {W}{{0,3}}?{alt('auf|in')} {alt('unserer|unsere|der schwarzen|einer schwarzen|der todes|unserer schwarzen')} ?{W}?{alt('liste|todesliste|abschussliste|feindesliste')}\b",
        ),
        ("on_our_list", rf"\b{alt('todesliste|abschussliste|feindesliste')}\b"),
        (
            "on_our_list",
            rf"\b{alt('wir|ich')} {alt('merken|merke')} {alt('uns|mir')} {alt('deinen|euren|ihren|dein|euer')} {alt('namen|gesicht|gesichter|adresse|kennzeichen|nummernschild')}\b",
        ),
        (
            "reckoning",
            rf"\b{alt('abrechnung|wende|machtübernahme|tag x|an der macht|umsturz|wenn wir regieren')}\b{S}{{0,60}}?\b{alt('seid ihr|bist du|sind sie|sind die|ist der|ist die|seid ihr alle')}\b{S}{{0,30}}?\b{alt('dran|fällig|geliefert')}\b",
        ),
        # --- accidents and harm hinted --------------------------------------------------------
        (
            "hinted_harm",
            rf"\b{alt('unfälle|ein unfall|unglücke|ein unglück')} {alt('passieren|passiert|geschehen|geschieht|ist')} {W}{{0,2}}?{alt('schnell|leicht')}\b(?={S}{{0,40}}?\b(?:{place}|{alt('dir|dich|euch|weißt du|gell|nicht wahr')})\b)",
        ),
        (
            "hinted_harm",
            rf"\b{alt('bremsen|bremse|reifen|radmuttern|bremsleitungen')} {W}{{0,2}}?{alt('können|kann|könnten')} {W}{{0,2}}?{alt('versagen|sich lösen|platzen')}\b(?={S}{{0,30}}?\b{alt('weißt du|dir|dein|deine|deinem|euch|gell|nicht wahr')}\b)",
        ),
        (
            "hinted_harm",
            rf"\b{alt('hoffentlich|nicht dass|nicht das')} {W}{{0,1}}?{alt('passiert|zustößt')} {you} {W}{{0,2}}?{alt('nichts|was|etwas')}\b {S}{{0,5}}?\b{place}\b",
        ),
        (
            "hinted_harm",
            rf"\b{alt('du spielst|ihr spielt')} mit {alt('deinem|eurem')} leben\b(?!{S}{{0,30}}?\b{alt('wenn|ohne|beim|mit dem rauchen|im verkehr')}\b)",
        ),
        (
            "hinted_harm",
            rf"\b{alt('du weißt|ihr wisst')} {W}{{0,2}}?nicht(?: ,)? mit wem {alt('du dich|ihr euch')} {alt('anlegst|anlegt')}\b",
        ),
        (
            "hinted_harm",
            rf"\b{alt('ich weiß|wir wissen|weiß ich|wissen wir')}(?: \w+){{0,2}}?(?: ,)? wann {alt('du|ihr')} {S}{{0,20}}?\b{alt('feierabend|nach hause|heimkommst|heimkommt|allein|alleine|schläfst|joggen|aus dem haus')}",
        ),
        (
            "hinted_harm",
            rf"\b{alt('ich weiß|wir wissen|weiß ich|wissen wir')}(?: ,)? wo {alt('dein|euer')} {alt('auto|wagen|fahrrad|motorrad')} {W}{{0,2}}?{alt('nachts|abends|immer|jeden tag')} {alt('steht|parkt')}\b",
        ),
        (
            "hinted_harm",
            rf"\b{alt('das war|war das')} {alt('dein|euer|ihr')} letzter {alt('artikel|kommentar|beitrag|bericht|auftritt|post|tweet|text')}(?= ?[.!]|$)",
        ),
        (
            "hinted_harm",
            rf"\b{alt('wachst du|du wachst|ihr wacht|wacht ihr')} {W}{{0,3}}?nicht mehr auf\b",
        ),
        # --- consequences promised --------------------------------------------------------------
        ("promised_harm", rf"\bgnade {alt('dir|euch|ihm|ihnen')} gott\b"),
        ("promised_harm", rf"\b{alt('dann|sonst')} {alt('kannst du|könnt ihr')} {W}?was erleben\b"),
        (
            "promised_harm",
            rf"\b{alt('mach|schreib|macht|schreibt')} {alt('schon mal|lieber|besser|schon')} {alt('dein|euer')} testament\b",
        ),
        ("promised_harm", rf"\b{alt('sonst|dann|und')} {alt('bist du|seid ihr')} geschichte\b"),
        (
            "promised_harm",
            rf"\b{alt('dir|euch')} {W}{{0,3}}?{alt('sarg|grabstein|grabplatz|leichenwagen')} {W}{{0,2}}?{alt('bestellen|aussuchen|reservieren|kaufen')}\b|\b{alt('bestell|such|kauf')} {alt('dir|euch')} {W}{{0,2}}?{alt('einen sarg|einen grabstein|ein grab')}\b",
        ),
        (
            "promised_harm",
            rf"\b{alt('such|sucht')} {alt('dir|euch')} {alt('schon mal|lieber|besser|schon')} {W}{{0,2}}?{alt('arzt|zahnarzt|chirurgen|unfallchirurgen')}\b",
        ),
        (
            "promised_harm",
            rf"\b{condition} {S}{{0,60}}?, (?:dann )?{alt('war es das|wars das|ist es vorbei|ist es aus|ist schluss')} für {alt('dich|euch')}\b",
        ),
        # --- wished deaths and calls ------------------------------------------------------------
        (
            "wished_death",
            rf"\b{alt('hoffentlich|soll|sollen|möge|mögen|sollte|sollten')} {S}{{0,30}}?\b{alt('verreckt|verrecken|krepiert|krepieren|abkratzt|abkratzen|elendig sterben|qualvoll sterben|elend sterben')}\b",
        ),
        (
            "wished_death",
            rf"\b{alt('lasst|lass|lassen|sollte man|muss man|müsste man')} {S}{{0,30}}?\b{alt('absaufen|ersaufen|ertrinken|verrecken|verhungern|ersäufen')}\b",
        ),
        (
            "wished_death",
            rf"\b{alt('im meer|ins meer|im mittelmeer')} {alt('ersäufen|ertränken|versenken|absaufen lassen')}\b",
        ),
        (
            "wished_death",
            rf"(?:^|[.,] )schießbefehl\b|\b{alt('brauchen|fordern|fordere|wollen|endlich')} {W}{{0,2}}?schießbefehl\b",
        ),
        (
            "wished_death",
            rf"\b{alt('brauchen|braucht|fordern|wollen')} {W}{{0,2}}?{alt('galgen|guillotine|guillotinen|erschießungskommandos|volksgerichte|standgerichte')}\b",
        ),
        (
            "wished_death",
            rf"\bab {alt('ins kz|in die gaskammer|ins gas|in den ofen')}\b|\bab ins lager mit {W}{{0,2}}?{alt('pack|gesindel|abschaum|brut|bande|verrätern|verräter')}\b",
        ),
        # --- buildings: tools of arson, wishes, regret that it still stands ------------------------
        (
            "wished_destruction",
            rf"\b{fire_tool}\b{S}{{0,60}}?{building}\b|{building}\b{S}{{0,40}}?\b{fire_tool}\b",
        ),
        (
            "wished_destruction",
            rf"\b{alt('hoffentlich|ich hoffe|hoffe ich|wünsche mir|wäre schön wenn')}(?: ,)? {S}{{0,40}}?\w*{building}\b{S}{{0,25}}?\b{alt('brennt|abbrennt|niederbrennt|in die luft|in flammen')}",
        ),
        (
            "wished_destruction",
            rf"\bwarum {alt('brennt|steht')} {W}{{0,3}}?\w*{building} {S}{{0,20}}?\bnoch\b",
        ),
        (
            "wished_destruction",
            rf"\bschade(?: ,)? {alt('dass|das')} {S}{{0,30}}?\w*{building} noch steht\b",
        ),
        (
            "wished_destruction",
            rf"{START}räuchert {alt('das|die|den|dieses|diese|euer|eure')} {W}{{0,2}}?{alt('nest|bude|drecksloch|loch|pack|gesindel')} aus\b",
        ),
        (
            "wished_destruction",
            rf"\b{alt('sollte|muss|müsste|man')} {S}{{0,30}}?\b{alt('nest|bude|drecksloch|pack|gesindel')} ausräuchern\b",
        ),
        (
            "wished_destruction",
            rf"\b{alt('jemand|man|einer|wir')} {alt('sollte|müsste|muss|sollten')} {S}{{0,20}}?\bfeuer legen\b",
        ),
    ]
