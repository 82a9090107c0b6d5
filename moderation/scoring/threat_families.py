"""Threat families that name no weapon: conditional, veiled and deferred threats, and calls to act.

threat_patterns.py holds the grammar of a speaker, a violent verb and a target; the families here
catch what that grammar cannot see: a consequence promised for a condition ("wenn ..., bist du
dran"), harm hinted at through the reader's home, family, night or solitude, a call phrased as
"Zeit, dass ..." or a bare infinitive, and arson announced for a building. Each family pairs a
cue with a second cue, because either alone is everyday German ("pass auf", "ich weiß, wo du
wohnst", "wenn ... dann"). Same conventions as threat_patterns: ordinary spelling, folded at import.
"""

# ruff: noqa: E501 (whole sentences and rules read better than split strings)

from __future__ import annotations

from moderation.scoring.threat_grammar import START, S, W, alt

# Rules whose own pattern carries a negation ("sieht dich keiner wieder", "nicht überleben"):
# the detector's negation check must not cancel them.
NEGATED_RULES = frozenset(
    {"never_seen_again", "will_not_survive", "alone_at_night", "pray_we_never_meet"}
)
# Rules that a harmless errand after them cancels ("ich weiß, wo du wohnst: die Einladung ...").
ERRAND_RULES = frozenset({"knows_address", "knows_family", "at_your_door", "we_get_you"})


def rules(building: str) -> list[tuple[str, str]]:
    """(rule name, regex source) pairs; ``building`` (an alternation) comes from threat_patterns."""

    you = alt("dich|euch")
    family = alt(
        "familie|kinder|kind|tochter|sohn|frau|mann|freundin|freund|eltern|mutter|vater|enkel"
    )
    yours = alt("deine|dein|deinen|eure|euer|euren|ihre|ihr|ihren")
    # a condition: "wenn ...", "falls ...", "noch ein Wort ...", "einmal noch ..."
    condition = alt(
        "wenn|wen|falls|sobald|sollte|solltest|noch ein|noch eine|noch einmal|einmal noch|noch mal|beim nächsten mal"
    )
    encounter = alt(
        "sehe|sehen|seh|erwische|erwischen|erwisch|treffe|treffen|kriege|kriegen|finde|finden|begegne|in die finger"
    )
    done_for = alt("tot|dran|fällig|geliefert|erledigt|reif|ein toter mann|eine tote frau")
    hospital = alt(
        "im rollstuhl|im krankenhaus|auf der intensivstation|im sarg|unter der erde|im grab|auf dem friedhof|in der notaufnahme|im leichensack"
    )
    # verb-final forms in a "Zeit, dass jemand ..." clause and zu-infinitives after a call
    subordinate = alt(
        "erschießt|umbringt|abknallt|aufhängt|aufknüpft|anzündet|abfackelt|totschlägt|absticht|"
        "kaltmacht|verprügelt|hinrichtet|an die wand stellt|eine kugel verpasst|stürmt|sprengt|"
        "niederbrennt|in die luft jagt|in brand steckt|erschlägt|erwürgt|abschlachtet|lyncht"
    )
    zu_inf = alt(
        "anzuzünden|abzufackeln|niederzubrennen|abzubrennen|in brand zu stecken|in brand zu setzen|"
        "zu stürmen|zu sprengen|in die luft zu jagen|in die luft zu sprengen|umzubringen|abzuknallen|"
        "aufzuhängen|aufzuknüpfen|zu erschießen|zu töten|totzuschlagen|an die wand zu stellen|"
        "zu lynchen|zu verprügeln|dem erdboden gleichzumachen|abzustechen|kaltzumachen|zu erschlagen"
    )
    bare_inf = alt(
        "aufhängen|aufknüpfen|abknallen|erschießen|umbringen|totschlagen|abstechen|kaltmachen|"
        "an die wand stellen|vergasen|lynchen|steinigen|hinrichten|abfackeln|anzünden|niederbrennen"
    )
    modal = alt("sollte|sollten|müsste|müssten|muss|soll|sollen|darf|kann|könnte")
    agent = alt("man|jemand|einer|wir|ihr")
    return [
        # --- conditional: a condition, then the reader is done for -----------------------
        # "wenn ich dich erwische, bist du tot" / "sobald wir euch sehen, seid ihr dran"
        (
            "conditional_threat",
            rf"\b{condition} {alt('ich|wir')} {alt('dich|euch|ihn|sie')} {S}{{0,40}}?\b{encounter}\b{S}{{0,40}}?\b{alt('bist du|seid ihr|ist er|ist sie|dann')} {S}{{0,20}}?\b{done_for}\b",
        ),
        # "..., dann brennt sie" / "fliegt es in die luft": a building named in the condition
        (
            "conditional_threat",
            rf"\b{condition} {S}{{0,80}}?, (?:dann )?{alt('brennt|brennen|brent')} {alt('sie|es|er|das|die|der|auch|alles|bald|hier')}\b",
        ),
        (
            "conditional_threat",
            rf"\b{condition} {S}{{0,80}}?, (?:dann )?{alt('fliegt|fliegen|geht|gehen')} {W}{{0,3}}?{alt('in die luft|in flammen auf|hoch')}\b",
        ),
        # "sobald die unterkunft bezogen ist, wird sie angezündet"
        (
            "conditional_threat",
            rf"\b{condition} {S}{{0,80}}?, (?:dann )?{alt('wird|werden')} {alt('sie|es|er|die|das|der')} {W}{{0,3}}?{alt('angezündet|abgefackelt|niedergebrannt|gesprengt|gestürmt|plattgemacht')}\b",
        ),
        # "landest du im rollstuhl" / "und du liegst im krankenhaus"
        (
            "hospital_or_grave",
            rf"\b(?:{alt('landest|liegst|endest|wachst|landet|liegt|endet')} {alt('du|ihr')}|{alt('du|ihr')} {alt('landest|liegst|endest|landet|liegt|endet')}) {W}{{0,2}}?{hospital}\b",
        ),
        # "kommst du nicht mehr lebend raus" / "wirst du es nicht überleben"
        ("will_not_survive", rf"\b{alt('kommst du|kommt ihr')} {W}{{0,4}}?nicht {W}?lebend\b"),
        (
            "will_not_survive",
            rf"\b(?:{alt('wirst du|werdet ihr|du wirst|ihr werdet')}|{condition} {S}{{0,80}}?, {alt('wird er|wird sie|werden sie')}) {W}{{0,3}}?nicht {W}?{alt('überleben|mehr erleben')}\b",
        ),
        ("will_not_survive", rf"\b{alt('überlebst du|überlebt ihr')} nicht\b"),
        # "sieht dich keiner wieder"
        (
            "never_seen_again",
            rf"\b{alt('sieht|sehen')} {alt('dich|euch|ihn')} {alt('keiner|niemand|nie')} {alt('mehr|wieder|lebend')}\b",
        ),
        # "... dann rollen köpfe, und zwar wörtlich" / "... gibt es tote, dafür sorgen wir"
        (
            "promised_harm",
            rf"\b{alt('köpfe rollen|rollen köpfe')}\b{S}{{0,20}}?\b{alt('wörtlich|buchstäblich')}\b",
        ),
        (
            "promised_harm",
            rf"\b{alt('tote|blut|verletzte|brennen|knallen|krachen')}\b{S}{{0,20}}?\bdafür {alt('sorge ich|sorgen wir|sorgen wir schon|sorg ich')}\b",
        ),
        # "ich komme vorbei und zerlege dich" / "ich mach dich platt": only with you as the object
        (
            "person_smashed",
            rf"\b(?:{alt('ich|wir')} {W}{{0,4}}?{alt('zerlege|zerlegen|zerleg|mach|mache|machen')} {you} {alt('platt|fertig')}?|{you} {alt('mach|mache|machen|zerleg|zerlege|zerlegen')} {alt('ich|wir')} {alt('platt|fertig')})(?= ?[.,!]|$| {alt('du|ihr|verlass|wenn|sobald')}\b)",
        ),
        ("person_smashed", rf"\b{alt('ich|wir')} {alt('zerlege|zerlegen|zerleg')} {you}\b"),
        # "ich ramm dir ein messer in den bauch" / "ich schieß dir ins knie"
        (
            "weapon_on_body",
            rf"\b{alt('ramm|ramme|rammen|stech|steche|stechen|jag|jage|jagen|stoß|stoße|stoßen')} {W}{{0,2}}?{alt('dir|euch|ihm|ihr|ihnen')} {W}{{0,2}}?{alt('messer|klinge|dolch|schraubenzieher|spritze')}\b",
        ),
        (
            "weapon_on_body",
            rf"\b{alt('ich|wir')} {alt('schieß|schieße|schießen|ballere|baller')} {alt('dir|euch|ihm|ihr|ihnen')} {alt('ins knie|in den kopf|ins bein|in die beine|ins gesicht|in den rücken|in den bauch')}\b",
        ),
        # --- deferred: the reader's days are numbered --------------------------------------
        (
            "days_numbered",
            rf"\b{alt('deine|eure|ihre')} tage sind gezählt\b(?! {alt('als|im|in der|an der|bei')}\b)",
        ),
        ("days_numbered", rf"\b{alt('dein|euer|ihr')} letztes stündlein\b"),
        (
            "days_numbered",
            rf"\b{alt('die zeit|die tage')} , die {alt('dir|euch|ihnen')} noch {alt('bleibt|bleiben')}\b",
        ),
        (
            "you_will_burn",
            rf"\b{alt('du wirst|ihr werdet')} {W}{{0,2}}?{alt('brennen|verbrennen|ausbluten')}\b",
        ),
        # "wir kriegen dich" alone is a game of tag: a time cue or "jeden von euch" makes it a threat
        (
            "we_get_you",
            rf"\b{alt('wir|ich')} {alt('kriegen|kriege|krieg|holen|hole|erwischen|erwische|finden|finde')} (?:uns )?{you}(?: ,)? {alt('früher oder später|irgendwann|eines tages|schon noch|noch|alle|bald|einen nach dem anderen')}\b",
        ),
        (
            "we_get_you",
            rf"\b(?:{alt('wir|ich')} {alt('kriegen|kriege|krieg|holen|hole|erwischen|erwische')} (?:uns )?jeden von euch|{alt('man|wir|ich')} {alt('wird|werden|werde')} {you} {alt('finden|kriegen|erwischen|holen')})\b(?! {alt('ab|zum|zur|vom|mit|rüber')}\b)",
        ),
        (
            "we_get_you",
            rf"\b{alt('holen|hole|hol')} {alt('wir|ich')} {alt('euch|dich|sie|ihn')} {W}{{0,2}}?aus\b",
        ),
        (
            "we_get_you",
            rf"\b{alt('eines tages|irgendwann|früher oder später|bald')} {alt('erwischt|trifft|kriegt|holt')} {alt('es|man|einer|jemand|dich|euch')} {alt('dich|euch')}\b",
        ),
        (
            "pray_we_never_meet",
            rf"\b{alt('bete|betet')} {W}?{alt('lieber|besser')}? ?,? dass {S}{{0,30}}?\b{alt('begegnen|treffen|finden|erwischen|über den weg laufen')}\b",
        ),
        (
            "we_get_you",
            rf"\b{alt('bald|irgendwann|früher oder später|beim nächsten mal|beim zweiten mal|auch noch')}(?: ,)? {alt('bist du|seid ihr|bist auch du')} {alt('dran|fällig|geliefert')}\b",
        ),
        # --- veiled: home, family, doorstep, night and solitude ------------------------------
        (
            "knows_address",
            rf"\b{alt('wer du bist|wer ihr seid')} und wo {alt('du wohnst|ihr wohnt|du arbeitest|ihr arbeitet')}\b",
        ),
        (
            "knows_address",
            rf"\b{yours} {alt('adresse|anschrift|wohnadresse|handynummer|telefonnummer')} {S}{{0,20}}?\b{alt('haben wir|kennen wir|hab ich|kenne ich|steht schon|steht bereits|ist jetzt|ist schon|kursiert|im netz')}\b",
        ),
        (
            "knows_family",
            rf"\b{alt('ich weiß|wir wissen|ich weis|wir wisen|weiß ich|wissen wir')} {S}{{0,12}}?\bwo {yours} {family}\b",
        ),
        (
            "knows_family",
            rf"\b{alt('ein auge auf|augen auf|beobachten|beobachte')} {S}{{0,12}}?\b{yours} {family}\b",
        ),
        (
            "at_your_door",
            rf"\b{alt('stehen wir|stehe ich|klopft es|klingelt es|wir stehen|ich stehe')} {S}{{0,20}}?\b{alt('vor deiner|vor eurer|bei dir|bei euch|an deiner|an eurer|vor deinem|vor eurem')} {W}{{0,2}}?{alt('tür|haustür|wohnung|haus|tor|fenster|bett')}\b",
        ),
        (
            "at_your_door",
            rf"\b{alt('wir|ich')} {S}{{0,25}}?\bvor {alt('deiner|eurer|ihrer')} {alt('tür|haustür|wohnungstür')} {alt('stehen|stehe|stehn')}\b",
        ),
        (
            "knows_address",
            rf"(?:^|[.,] ){alt('weiß|wissen|weiss')} {alt('genau|jetzt|ja|schon|längst')}?(?: ,)? wo {alt('du|ihr')} {alt('wohnst|wohnt|schläfst|schlaft|parkst|parkt')}\b",
        ),
        (
            "alone_at_night",
            rf"\b{alt('an deiner stelle|an eurer stelle|du solltest|ihr solltet|pass auf|passt auf|achte auf dich|pass gut auf dich auf')}\b{S}{{0,50}}?\b{alt('nachts|allein|alleine|im dunkeln|im parkhaus|ohne begleitung')}\b",
        ),
        (
            "alone_at_night",
            rf"\b{alt('irgendwann|eines tages|bald')} {alt('stehst|bist|gehst|läufst|sitzt|stehen|seid|geht|lauft')} {alt('du|ihr')} {S}{{0,20}}?\b{alt('allein|alleine|nachts|im dunkeln')}\b",
        ),
        # "deine Tochter geht doch jeden Morgen allein zum Bus": the reader's family, alone, and a
        # habit the writer has watched (a parent's question "lässt du deine Kinder allein ..." is none)
        (
            "family_alone",
            rf"\b{alt('deine|dein|eure|euer')} {family}\b(?={S}{{0,40}}?\b{alt('doch|immer|jeden morgen|jeden abend|jeden tag|nachts|abends')}\b)(?={S}{{0,40}}?\b{alt('allein|alleine|ohne begleitung|im dunkeln')}\b)",
        ),
        (
            "alone_at_night",
            rf"\b{alt('schau|sieh|guck')} dich {alt('lieber|besser|ab jetzt|künftig|öfter')} {W}{{0,3}}?um\b",
        ),
        (
            "alone_at_night",
            rf"\b{alt('man kann ja nie wissen|man weiß nie|man weiß ja nie')}(?: ,)? was {alt('so alles|dir|euch|ihnen')}? ?{alt('passiert|passieren kann|zustößt')}\b",
        ),
        (
            "consequences_for_you",
            rf"\b{alt('folgen|konsequenzen|leidtun|leid tun|bereuen|büßen|spüren')}\b{S}{{0,25}}?\b{alt('körperlich|am eigenen leib|für dich persönlich|für euch persönlich|für deine gesundheit|für eure gesundheit')}\b",
        ),
        (
            "your_things_exposed",
            rf"\b{yours} {alt('auto|wagen|haus|wohnung|laden|werkstatt|fenster|briefkasten')} {S}{{0,30}}?\b{alt('unbeleuchtet|unbewacht|ungeschützt|so schön brennbar')}\b",
        ),
        ("your_things_exposed", rf"\b{family} {S}{{0,5}}?\. noch\b ?(?:\.|$)"),
        (
            "shame_if",
            rf"\b{alt('wäre|wär')} {W}{{0,2}}?schade um {yours} {W}{{0,2}}?{alt('gesicht|auto|haus|kinder|familie|wohnung|laden|werkstatt|zähne|beine|knochen')}\b",
        ),
        # --- calls: "Zeit, dass jemand ...", zu-infinitives, bare infinitives -----------------
        (
            "call_to_act",
            rf"\b{alt('zeit|wird zeit|höchste zeit|wann')}(?: ,)? {alt('dass|das')} {S}{{0,60}}?\b{subordinate}\b",
        ),
        (
            "call_to_act",
            rf"\b{alt('zeit|höchste zeit|wird zeit|wer hilft|wer hilft mit|wer macht mit|wer kommt mit|auf geht es|auf gehts|ich rufe dazu auf|wir rufen dazu auf')}(?: ,)? {S}{{0,60}}?\b{zu_inf}\b",
        ),
        (
            "call_to_act",
            rf"(?:^|[.,] )wer {alt('erschießt|sprengt|tötet|erschlägt|lyncht')} {alt('endlich|mal|den|die|diesen|diese|das')}\b",
        ),
        (
            "call_to_act",
            rf"(?:^|[.,] )wer {alt('knallt|hängt|bringt|sticht|zündet|fackelt|schlägt|macht')} (?:{alt('endlich|mal')} )?{alt('den|die|diesen|diese|das|ihn|sie')} {W}{{0,3}}?{alt('ab|auf|um|an|tot|kalt')}(?= ?[.,]|$)",
        ),
        ("call_to_act", rf"{START}{bare_inf} {modal} {agent}\b"),
        (
            "call_to_act",
            rf"(?:^|[.,] ){alt('alle|ale|jeden|jede|die|den')} {W}{{0,2}}?{bare_inf} ?(?:[.!]|$)",
        ),
        (
            "call_to_act",
            rf"\b{alt('am nächsten baum|an der nächsten laterne|an die laterne|an den galgen')} {alt('aufhängen|aufknüpfen|hängen|knüpfen')}\b",
        ),
        (
            "call_to_act",
            rf"\b{alt('am besten|einfach|sofort|gleich')} {alt('erschießt|knallt|hängt|erschlägt|schlägt')} man\b",
        ),
        (
            "call_to_act",
            rf"{START}{alt('haut|schlagt|tretet|polierte|poliert')} {W}{{0,3}}?{alt('die schädel|den schädel|die fresse|die zähne')} {alt('ein|aus')}?\b",
        ),
        (
            "call_to_act",
            rf"\b{alt('strick|stricke|galgen|kugel|kugeln')} {S}{{0,10}}?\bfür {alt('jeden|jede|alle|die ganze|den ganzen|diese|diesen|die')}\b",
        ),
        # --- arson announced for a building ---------------------------------------------------
        (
            "building_burns",
            rf"{building} {alt('muss|soll|sollte|müsste|muß|wird|müssen|sollen|sollten|werden')} {alt('brennen|abbrennen|in flammen aufgehen|in die luft fliegen|hochgehen')}\b",
        ),
        (
            "building_burns",
            rf"\b{alt('heute nacht|morgen nacht|diese nacht|nächste nacht|bald|demnächst|heute')} {alt('brennt|brennen|fliegt|fliegen')} {alt('die|das|der|dein|deine|euer|eure|ihr|ihre|sein|seine|eure')} {W}{{0,2}}?\w*{building}\b",
        ),
        (
            "building_burns",
            rf"\b{alt('brennt es|brennts|knallt es|knallts')} {W}{{0,2}}?{alt('bei euch|bei dir|bei ihnen|bei denen|bei dem|bei der')}\b",
        ),
    ]
