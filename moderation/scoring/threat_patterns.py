"""The threat detector's vocabulary and rules, written in ordinary spelling and folded at import.

Every word passes through the same folding as the comment (threat_grammar.fold_pattern), so a rule
written as "erschießen" matches "erschiessen", "erschiesen" and "ERSCHIE55EN" alike. Rules see
normalised text: words separated by single spaces, clause breaks as ",", sentence ends as ".".
"""

# ruff: noqa: E501 (whole sentences and rules read better than split strings)

from __future__ import annotations

from moderation.scoring import threat_families, threat_hints
from moderation.scoring.threat_grammar import START, S, W, alt


def rules() -> list[tuple[str, str]]:
    """(rule name, regex source) pairs, in the order they are tried."""

    NOT_ME = r"(?:(?!(?:mich|uns|mir)\b)\w+ )"  # a word that is not the speaker as object
    FREE = r"(?:(?!(?:dass|das|wie|ob|weil|als|wenn|wer)\b)\w+ )"  # a word that opens no clause
    person = alt("dich|euch|dir|ihn|ihm|sie|ihnen|ihr")
    det = alt(
        "den|die|dem|der|diesen|diese|diesem|dieser|jeden|jede|jedem|alle|euren|eure|deinen|"
        "deine|seinen|seine|ihren|ihre|diesen|solche"
    )
    target = rf"(?:{person}|{det} {W}{{0,2}}?\w+|{alt('den|die|dem|der')})"
    subj = alt("ich|wir")
    lethal = alt(
        "umbringen|abstechen|abknallen|aufschlitzen|kaltmachen|erschießen|erwürgen|erdrosseln|"
        "töten|abschlachten|totschlagen|totprügeln|tottreten|vergasen|aufhängen|aufknüpfen|"
        "lynchen|hinrichten|niederstechen|abmurksen|erstechen|massakrieren|köpfen|steinigen|"
        "ersäufen|ertränken|verprügeln|zusammenschlagen|zusammentreten|die kehle durchschneiden|"
        "den hals umdrehen|das genick brechen|krankenhausreif schlagen|windelweich prügeln|"
        "erschlagen|auslöschen|zur strecke bringen|vermöbeln|abschlachten"
    )
    not_passive = rf"(?! {alt('wurde|wurden|worden|wird|ist|sind|war|waren|hat|haben|hatte|hatten|habe|lassen')}\b)"
    fire_people = alt("anzünden|verbrennen|abfackeln|übergießen und anzünden")
    separable = {  # first-person singular and plural stems -> particles
        "bring|bringe|bringen": "um",
        "stech|steche|stechen": "ab|nieder",
        "knall|knalle|knallen": "ab",
        "mach|mache|machen": "kalt",
        "schlitz|schlitze|schlitzen": "auf",
        "schlag|schlage|schlagen": "tot|zusammen|krankenhausreif",
        "prügel|prügle|prügele|prügeln": "tot|windelweich|krankenhausreif|ins krankenhaus",
        "tret|trete|treten": "tot|zusammen",
        "knüpf|knüpfe|knüpfen|häng|hänge|hängen": "auf",
        "zünd|zünde|zünden": "an",
        "fackel|fackle|fackeln": "ab",
        "fahr|fahre|fahren": "über den haufen|tot",
        "dreh|drehe|drehen": "den hals um",
    }
    finite = alt(
        "erschieß|erschieße|erwürg|erwürge|töte|ersteche|erstech|erdrossle|erschlag|erschlage|steinige|lynche|"
        "verprügle|verprügel|vermöbel|vermöble"
    )
    clause_end = rf"(?= ?[.,]|$| {alt('und|wenn|sobald|falls|dann|du|ihr|das|wie|weil|bevor|darauf|verlass|versprochen|wetten|herr|frau')}\b)"
    sep_fwd = "|".join(f"{alt(v)} {target} {W}{{0,4}}?{alt(p)}" for v, p in separable.items())
    sep_inv = "|".join(f"{alt(v)} {subj} {W}{{0,3}}?{alt(p)}" for v, p in separable.items())
    # verb second after a fronted clause: "wenn ..., stech ich dich ab"
    sep_v2 = "|".join(f"{alt(v)} {subj} {target} {W}{{0,4}}?{alt(p)}" for v, p in separable.items())
    body = alt(
        "zähne|zahn|fresse|schädel|knochen|beine|bein|arme|finger|nase|kiefer|rippen|genick|gesicht|visage|maul|schnauze|kehle|gurgel|birne|rübe"
    )
    harm = alt(
        "schlag|schlage|schlagen|einschlagen|ausschlagen|brech|breche|brechen|polier|poliere|"
        "polieren|zertrümmer|zertrümmere|zertrümmern|hau|haue|hauen|einhauen|dreh|drehe|umdrehen|"
        "durchschneiden|schneid|schneide|tret|trete|eintreten"
    )
    punch = alt("hau|haue|hauen|knall|knalle|knallen")
    dative = alt("dir|euch|ihm|ihr|ihnen|dem|der|diesem|dieser|jedem")
    agent = alt("man|jemand|einer|irgendwer|irgendeiner|wir|ihr|ich|lasst uns|leute")
    modal = alt(
        "sollte|sollten|müsste|müssten|muss|müssen|soll|sollen|könnte|darf|werde|werden|wird|will|wollen|gehe|gehen"
    )
    should_do = alt(
        "krankenhausreif prügeln|krankenhausreif schlagen|vermöbeln|die fresse polieren|"
        "den schädel einschlagen|zum schweigen bringen , für immer|für immer zum schweigen bringen|"
        "dem erdboden gleichmachen|in brand stecken|stürmen|niederstechen|abschlachten|"
        "aufhängen|aufknüpfen|an die wand stellen|vergasen|erschießen|abknallen|abstechen|"
        "totschlagen|steinigen|lynchen|umbringen|hinrichten|an den galgen bringen|ins gas schicken|"
        "ins meer werfen|in die luft sprengen|in die luft jagen|abfackeln|niederbrennen|verprügeln|"
        "zusammenschlagen|kaltmachen|erwürgen|töten|ausrotten|eine kugel verpassen|anzünden|"
        "abbrennen|mit knüppeln|aus dem amt prügeln"
    )
    deserved = alt(
        "erschossen|aufgehängt|aufgeknüpft|vergast|gesteinigt|totgeschlagen|gelyncht|abgestochen|"
        "verprügelt|verdroschen|zusammengeschlagen|hingerichtet|aufgeschlitzt|kaltgemacht|"
        "umgebracht|getötet|ausgerottet|ausgelöscht|erhängt|geköpft|abgeknallt|an die wand gestellt|"
        "an den galgen|an die laterne|an den nächsten baum|angezündet|abgefackelt|niedergebrannt|"
        "in die luft gesprengt|gesprengt|dem erdboden gleichgemacht|abgebrannt"
    )
    building = alt(
        "rathaus|haus|häuser|bude|heim|heime|unterkunft|unterkünfte|moschee|moscheen|synagoge|"
        "synagogen|kirche|kirchen|büro|parteibüro|bürgerbüro|auto|autos|wagen|karre|bagger|"
        "baumaschinen|baufahrzeuge|baustelle|container|baucontainer|redaktion|verlag|stadion|schule|"
        "halle|turnhalle|sporthalle|vereinsheim|jugendzentrum|blitzer|blitzersäule|funkmast|windrad|"
        "windräder|gebäude|wache|laden|imbiss|praxis|kita|asylheim|flüchtlingsheim|asylantenheim|"
        "rathauses|hütte|scheune|bürgerhaus|gemeindehaus|parlament|landtag|bundestag|reichstag|"
        "kanzleramt|landratsamt|ministerium|brücke|polizeiwache|moscheeverein|kulturzentrum|zentrum"
    )
    arson_inf = alt(
        "anzünden|abfackeln|abbrennen|niederbrennen|in brand setzen|in brand stecken|"
        "in die luft sprengen|in die luft jagen|sprengen|kurz und klein schlagen|demolieren|"
        "verwüsten|zerlegen|plattmachen|dem erdboden gleichmachen|stürmen|in brand stecken"
    )
    fire_verb = alt("zünde|zünden|fackel|fackle|fackeln|sprenge|sprengen|brenne|brennen|jage|jagen")
    fire_part = alt("an|ab|nieder|in die luft")
    imperative_sep = {
        "hängt|knüpft": ("auf", target),
        "schlagt|tretet|prügelt": ("tot|zusammen|krankenhausreif", target),
        "knallt|stecht": ("ab|nieder", target),
        "macht": ("kalt", target),
        # not "Stellt die Stühle an die Wand"
        "stellt": (
            "an die wand",
            rf"(?!{alt('die stühle|die tische|die bänke|die leiter|die räder|die bilder|die kisten|das sofa|den tisch|den schrank')}\b){target}",
        ),
    }
    imp_sep = "|".join(f"{alt(v)} {t} {W}{{0,3}}?{alt(p)}" for v, (p, t) in imperative_sep.items())
    imp_kill = alt(
        "erschießt|tötet|erschlagt|steinigt|lyncht|vergast|erstecht|erwürgt|verprügelt|verdrescht|hängt|"
        "vermöbelt"
    )
    two = alt("du|ihr|sie")
    person_en = (
        r"(?:you|him|her|them|ya|u|yall|all of you|every one of you|each of you|(?:the|that|this) "
        + alt(
            "mayor|councillor|councilor|ref|referee|editor|journalist|reporter|manager|coach|vicar|"
            "priest|judge|bastard|idiot|guy|man|woman|teacher|head teacher|officer|warden|landlord|"
            "cop|driver|minister|official|politician|traitor|bitch|prick|clown|developer"
        )
        + ")"
    )
    en_subj = alt("i|we|im|ill|well|id|were")  # apostrophes are dropped: I'll -> ill
    en_aux = alt(
        "going to|will|ill|shall|am going to|m going to|are going to|re going to|am gonna|m gonna|gonna|wanna|want to|will personally|ll"
    )
    return (
        [
            # ich werde dich abstechen / wir werden den schiri umbringen
            (
                "kill_first_person",
                rf"\b{subj} {FREE}{{0,3}}{target} {NOT_ME}{{0,4}}?{lethal}\b{not_passive}",
            ),
            ("kill_first_person", rf"\b{subj} {FREE}{{0,3}}{person} {W}{{0,3}}?{fire_people}\b"),
            ("kill_first_person", rf"\b{subj} {finite} {target}\b|\b{person} {finite} {subj}\b"),
            # verb second after a condition: "wenn ..., erschieß ich dich"
            ("kill_first_person", rf"\b{finite} {subj} {person}\b"),
            # "wir erschießen euch": the plural of a non-separable verb looks like its infinitive
            (
                "kill_first_person",
                rf"\bwir {alt('erschießen|töten|erwürgen|erstechen|erschlagen|verprügeln|vermöbeln|lynchen|steinigen|köpfen|ermorden|hängen')} {target}\b{not_passive}",
            ),
            # ich stech dich ab / dich knall ich ab / den bring ich um
            (
                "kill_separable",
                rf"\b(?:{subj} {W}{{0,2}}?(?:{sep_fwd})|{target} (?:{sep_inv})|{sep_v2}){clause_end}",
            ),
            # ich schlag dir die zähne ein / dir polier ich die fresse
            (
                "harm_body",
                rf"\b{subj}\b(?={S}*\b{harm}\b)(?!{S}*\b{alt('muss ich|musste ich|könnte ich|zum')} {W}?brechen\b) {FREE}{{0,4}}?{dative} {W}{{0,3}}?{body}\b",
            ),
            ("harm_body", rf"\b{dative} (?:\w+ )?{harm} {subj} {W}{{0,3}}?{body}\b"),
            ("harm_body", rf"\b{harm} {subj} {dative} {W}{{0,3}}?{body}\b"),
            (
                "harm_body",
                rf"\b(?:{subj} {punch} {dative}|{dative} {punch} {subj}) {alt('eine|eins|welche|ein paar')} {alt('rein|aufs maul|auf die fresse|auf die nase|in die fresse')}\b",
            ),
            (
                "you_will_die",
                rf"\b{two} {alt('wirst|werdet|werden')} {W}{{0,4}}?{alt('sterben|verrecken|krepieren|bluten|draufgehen')}\b",
            ),
            ("you_will_die", rf"\b{two} {alt('kommst|kommt|kommen')} {W}{{0,4}}?nicht lebend\b"),
            (
                "you_are_dead",
                rf"\b{two} {alt('bist|seid|sind')} (?:so gut wie |bald |schon |ab heute )?{alt('tot|ein toter mann|eine tote frau|des todes')}\b",
            ),
            (
                "you_are_dead",
                rf"\b{alt('bist du|seid ihr')} (?:so gut wie |bald |schon )?{alt('tot|ein toter mann|eine tote frau|des todes')}\b",
            ),
            (
                "knows_address",
                rf"\b{alt('ich|wir|jeder')} {alt('weiß|wissen|kenne|kennen')} (?:genau |jetzt |ja |schon )?(?:, )?wo {two} {alt('wohnst|wohnt|wohnen|schläfst|schlaft|schlafen|parkst|parken')}\b",
            ),
            (
                "you_are_dead",
                rf"\b{alt('bist du|seid ihr')} (?:so gut wie |bald |schon )?{alt('tot|ein toter mann|eine tote frau|des todes')}\b",
            ),
            (
                "knows_address",
                rf"\b{alt('ich|wir')} {alt('kenne|kennen|habe|haben|hab')} {alt('deine|eure|ihre')} {alt('adresse|anschrift|wohnadresse')}\b",
            ),
            (
                "you_are_dead",
                rf"\b{alt('bist du|seid ihr')} (?:so gut wie |bald |schon )?{alt('tot|ein toter mann|eine tote frau|des todes')}\b",
            ),
            (
                "knows_address",
                rf"\b{alt('ich|wir')} {alt('weiß|wissen|kenne|kennen')} (?:genau |jetzt |ja |schon )?(?:, )?wo {alt('er|sie|der|die')} {S}{{0,30}}?\b{alt('wohnt|wohnen|parkt|schläft')}\b(?={S}*[.,]? ?{S}{{0,60}}\b{alt('besuch|besuchen|vorbei|warten|nachts|bald|holen|kommen|abends|dunkel')})",
            ),
            (
                "watch_out_or_else",
                rf"\b{alt('pass|passt|passen sie')} (?:{alt('bloß|ja|lieber|gut|mal|schön')} )?auf\b{S}{{0,60}}?\bsonst\b {W}{{0,2}}?{alt('passiert|passierts|knallt|knallts|kracht|krachts|rappelt|setzt es|gibts was|gibt es was|bist du tot|bist du dran|bist du fällig|seid ihr dran|seid ihr tot|wirst du es bereuen|erlebst du was|kannst du was erleben')}",
            ),
            (
                "watch_out_or_else",
                rf"\bsonst passiert {alt('dir|euch|ihnen|ihm|deiner familie|deinen kindern')} {alt('was|etwas|noch was|schlimmes')}\b",
            ),
            (
                "shame_if",
                rf"\b{alt('wäre|wär')} (?:doch |ja |echt )?schade (?:, )?(?:um|wenn|falls)\b{S}{{0,60}}?\b{alt('zustößt|passiert|brennt|abbrennt|abbrennen|feuer fängt|in flammen aufgeht|unfall')}\b",
            ),
            ("should_kill", rf"\b{agent} (?:\w+ )?{modal}\b{S}{{0,60}}?\b{should_do}\b"),
            # "erschlagen" also means swamped ("mit Zahlen erschlagen"): only with its object just before
            (
                "should_kill",
                rf"\b{alt('sollte|sollten|müsste|müssten|muss|soll')} {alt('man|jemand|einer')} {W}{{0,2}}?{alt('alle|ale|sie|ihn|die|den|diese|diesen')} erschlagen(?= ?[.,]|$)",
            ),
            (
                "should_kill",
                rf"\b{modal} (?:{alt('mal|endlich|doch|halt|einfach|bitte|echt')} )?{alt('man|jemand|einer|wir|ihr')}\b{S}{{0,60}}?\b{should_do}\b",
            ),
            (
                "deserves_violence",
                rf"\b{alt('gehört|gehören|gehöre|gehörten')} {W}{{0,5}}?{deserved}\b",
            ),
            (
                "deserves_violence",
                rf"\b{alt('sollte|sollten|müsste|müssten|muss|müssen|soll|sollen')} {W}{{0,5}}?{deserved}(?<!gesprengt)(?<!abgebrannt) werden\b",
            ),
            (
                "deserves_violence",
                rf"\b{alt('verdient|verdienen|verdiene|braucht|brauchen|gebührt')} {W}{{0,3}}?{alt('eine kugel|ne kugel|den strick|den galgen|den tod|prügel|eine tracht prügel|eine abreibung|einen kopfschuss')}\b",
            ),
            (
                "bullet",
                rf"\b{alt('eine|ne|die|nen|einen|jede')} kugel {W}{{0,2}}?{alt('in den kopf|in die birne|in den schädel|zwischen die augen|durch den kopf|verpassen|verpasst|verdient|reserviert|jagen|jage|jag')}\b",
            ),
            (
                "bullet",
                rf"\b{alt('einen|nen|ein')} {alt('kopfschuss|genickschuss')} {alt('für|verpassen|verpasst|geben|gibt|verdient')}\b",
            ),
            # a shot demanded, not reported ("mit einem Kopfschuss getötet" is news)
            (
                "bullet",
                rf"(?:^|[.,] )(?:{alt('sofort|einfach|direkt|gleich|ein|einen|nen|per|am besten')} )?{alt('kopfschuss|genickschuss')}\b(?! {alt('getötet|ermordet|gestorben|tot|hingerichtet')}\b)",
            ),
            ("rope", rf"\b{alt('man|jemand|einer')} {W}{{0,3}}?{alt('den kopf|die rübe')} ab\b"),
            (
                "rope",
                rf"\b{alt('den|einen|nen|der')} strick {W}{{0,3}}?{alt('nehmen|um den hals|verdient|für|legen|wartet|ist schon geknüpft|schon geknüpft|geknüpft')}\b(?! {alt('gelegt wird|gelegt worden|zu legen')}\b)",
            ),
            (
                "rope",
                rf"\b{alt('an den galgen mit|an die laterne mit|ab an den galgen|rübe ab')}\b|(?:^|[.,] ){alt('kopf ab|köpfe ab')}\b(?! {alt('gesten|geste|regime|diktatur')}\b)",
            ),
            ("imperative_violence", rf"{START}(?:{imp_sep})\b"),
            (
                "imperative_violence",
                rf"{START}{imp_kill} {target}\b(?! {alt('wurde|wurden|worden|hat|haben')}\b)",
            ),
            (
                "imperative_violence",
                rf"{START}jagt {target}\b(?!{S}{{0,60}}?\b{alt('davon|fort|weg|zum teufel|in die wüste|aus dem amt|raus|aus dem land|heim')}\b)",
            ),
            (
                "arson_property",
                rf"\b{alt('man|jemand|einer|wir|ich|ihr|lasst uns|sollte|sollten|müsste|muss|müssen|soll|werden|werde|will|wollen')} {FREE}{{0,8}}?{W}?{building}\b {W}{{0,6}}?{arson_inf}\b",
            ),
            (
                "arson_property",
                rf"{START}{alt('zündet|fackelt|sprengt|brennt')} {alt('das|die|den|dem|deren|dessen|sein|seine|ihr|ihre|euer|eure|ein|eine|es|alles|alle|jedes|jede|jeden')} {W}{{0,5}}?{fire_part}(?= ?[.,]|$| {alt('und|bevor|heute|morgen|damit')}\b)",
            ),
            (
                "arson_property",
                rf"{START}jagt {alt('das|die|den|dem|deren|dessen|sein|seine|ihr|ihre|euer|eure|ein|eine|es|alles|alle|jedes|jede|jeden')} {W}{{0,5}}?in die luft\b",
            ),
            ("arson_property", rf"{START}{alt('sprengt|stürmt')} {W}{{0,3}}?{building}\b"),
            ("arson_property", rf"{START}{alt('steckt|setzt')} {S}{{0,40}}?\bin brand\b"),
            ("arson_property", rf"{START}legt feuer {alt('im|in|an|ans|bei|unter')}\b"),
            ("arson_property", rf"{START}macht {S}{{0,40}}?\bdem erdboden gleich\b"),
            (
                "arson_property",
                rf"\b{subj} {fire_verb} {W}{{1,4}}?{fire_part}\b|\b{fire_verb} {subj} {W}{{1,4}}?{fire_part}\b",
            ),
            (
                "arson_property",
                rf"\b{alt('brandsatz|brandsätze|molotow|molotows|molotowcocktail|molotowcocktails|brandbombe|brandbomben')} {alt('auf|durch|durchs|ins|in|gegen|rein')}\b",
            ),
            (
                "damage_property",
                rf"\b{alt('reifen|scheiben|fenster|fensterscheiben')} {S}{{0,20}}?\b{alt('zerstechen|zerstecht|aufschlitzen|einschlagen|einschmeißen|einwerfen')}\b",
            ),
            (
                "damage_property",
                rf"{START}{alt('zerstecht|schlagt|werft|schmeißt')} {S}{{0,40}}?\b{alt('reifen|scheiben|fenster|fensterscheiben')}\b",
            ),
            (
                "damage_property",
                rf"\b{alt('steine|pflastersteine|ziegel|molotows')} {alt('durch|in|auf|gegen')} {S}{{0,20}}?\b{alt('scheiben|fenster|fensterscheiben')}\b",
            ),
            # English
            (
                "en_kill_first_person",
                rf"\b{en_subj} (?:{en_aux} )?{alt('kill|stab|shoot|murder|strangle|gut|hang|lynch|slaughter|behead|knife|torch|end|run over|slit the throat of')} {person_en}\b",
            ),
            (
                "en_kill_first_person",
                rf"\b{en_subj} (?:{en_aux} )?{alt('beat|kick|smash|break|bash|punch')} {alt('you|him|her|them|your|his|their|that|the')} {S}{{0,25}}?\b{alt('to death|senseless|to a pulp|black and blue|face in|head in|teeth in|skull in|legs|neck|every bone|teeth out|ribs')}\b",
            ),
            (
                "en_you_are_dead",
                rf"\b{alt('you are|youre|ur|you r')} (?:a )?{alt('dead man|dead meat|dead woman|so dead|dead')}\b(?! {alt('right|wrong|on|serious|set|certain|keen|easy|to me|tired|boring|lucky|against|sure|quiet|end')})",
            ),
            (
                "en_knows_address",
                rf"\b{alt('i|we')} {alt('know|have|got')} {alt('where you live|where you work|where your kids|where your family|your address|your home address')}\b",
            ),
            (
                "en_should_be_killed",
                rf"\b{alt('should|ought to|needs to|need to|deserves to|deserve to|must')} be {alt('shot|hanged|hung|lynched|executed|killed|stabbed|strung up|burned alive|beaten to death|gassed|shot dead|put up against a wall|beaten up')}\b",
            ),
            (
                "en_someone_should",
                rf"\b{alt('someone|somebody|anyone|everyone|we|you all|yall|people')} {alt('should|needs to|need to|ought to|must|has to')} {alt('kill|shoot|stab|hang|lynch|murder|strangle|run over|torch|firebomb|blow up|beat up|put a bullet in|burn down')}\b",
            ),
            (
                "en_bullet",
                rf"\b{alt('bullet|bullets')} {alt('in|between|through|into')} {alt('your|his|her|their|him|you|them')}\b",
            ),
            (
                "en_rope",
                rf"\b{alt('string them up|string him up|string her up|hang them all|hang him|hang her|hang every|noose for')}\b(?! out to dry)",
            ),
            (
                "en_burn_property",
                rf"\b{alt('burn|torch|firebomb|blow up|bomb|smash|wreck|trash|petrol bomb')} (?:down |up )?{alt('the|his|her|their|that|this|every|each|all|our')} {W}{{0,3}}?{alt('house|home|town hall|city hall|mosque|church|synagogue|office|offices|car|cars|shelter|hostel|camera|cameras|diggers|windows|school|stadium|depot|site')}\b",
            ),
            (
                "en_burn_property",
                rf"\b{alt('set fire to|burn down')} {alt('the|his|her|their|that|this|every|each|all')}\b|\bslash {S}{{0,20}}?\b{alt('tyres|tires')}\b",
            ),
            (
                "en_watch_back",
                rf"\b{alt('watch your back|better watch yourself|sleep with one eye open')}\b",
            ),
        ]
        + threat_families.rules(building)
        + threat_hints.rules(building)
    )
