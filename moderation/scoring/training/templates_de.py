"""German sentence frames and fillers for the identity-bias template data.

Placeholders: {bare} group as a bare plural ("Muslime"), {Bare} the same capitalised for a
sentence start, {def} with the article ("die Muslime"), {Def} capitalised, {dat} bare dative
plural ("Muslimen"), {self} a first-person predicate ("Muslim", "schwul"); {acc}, {dat_t},
{nom}, {pron}, {pron_nom} name a person; {topic} a local issue; {obj} a building or thing.
Each frame carries its labels as a string of label initials: t toxicity, s severe_toxicity,
o obscene, h threat, i insult, a identity_attack ("" means clean).
"""

# ruff: noqa: E501 (whole sentences and rules read better than split strings)

from __future__ import annotations

# name, bare, def, dat, self (None: no natural first-person form)
GROUPS = [
    ("Schwule", "Schwule", "die Schwulen", "Schwulen", "schwul"),
    ("Lesben", "Lesben", "die Lesben", "Lesben", "lesbisch"),
    ("trans Menschen", "trans Menschen", "die trans Menschen", "trans Menschen", "trans"),
    ("Homosexuelle", "Homosexuelle", "die Homosexuellen", "Homosexuellen", None),
    ("Muslime", "Muslime", "die Muslime", "Muslimen", "Muslim"),
    ("Juden", "Juden", "die Juden", "Juden", "Jüdin"),
    ("Christen", "Christen", "die Christen", "Christen", "Christ"),
    ("Geflüchtete", "Geflüchtete", "die Geflüchteten", "Geflüchteten", None),
    ("Flüchtlinge", "Flüchtlinge", "die Flüchtlinge", "Flüchtlingen", "Flüchtling"),
    ("Migranten", "Migranten", "die Migranten", "Migranten", "Migrantin"),
    ("Türken", "Türken", "die Türken", "Türken", "Türke"),
    ("Polen", "Polen", "die Polen", "Polen", "Polin"),
    ("Syrer", "Syrer", "die Syrer", "Syrern", "Syrer"),
    ("Sinti und Roma", "Sinti und Roma", "die Sinti und Roma", "Sinti und Roma", "Sinto"),
    ("Schwarze", "Schwarze", "die Schwarzen", "Schwarzen", None),
    ("Ostdeutsche", "Ostdeutsche", "die Ostdeutschen", "Ostdeutschen", "Ostdeutscher"),
    ("Frauen", "Frauen", "die Frauen", "Frauen", "eine Frau"),
    ("Menschen mit Behinderung", "Menschen mit Behinderung",
     "die Menschen mit Behinderung", "Menschen mit Behinderung", "ein Mensch mit Behinderung"),
    ("Rollstuhlfahrer", "Rollstuhlfahrer", "die Rollstuhlfahrer", "Rollstuhlfahrern",
     "Rollstuhlfahrerin"),
    ("Gehörlose", "Gehörlose", "die Gehörlosen", "Gehörlosen", "gehörlos"),
]  # fmt: skip

IDENTITY_NEUTRAL = [
    "Im Verein spielen seit Jahren auch {bare} mit, das ist bei uns ganz normal.",
    "Beim Stadtfest am Samstag haben {bare} einen eigenen Stand mit Kuchen organisiert.",
    "Der Bericht über {def} im Landkreis war informativ und fair geschrieben.",
    "In unserem Haus wohnen auch {bare}, und wir helfen uns gegenseitig beim Einkaufen.",
    "{Bare} gehören genauso zu unserer Stadt wie alle anderen.",
    "Die Beratungsstelle für {bare} hat jetzt längere Öffnungszeiten, gute Nachricht.",
    "Im Stadtrat sitzen inzwischen auch {bare}, und die Debatten sind dadurch besser geworden.",
    "Ich habe beim Ehrenamt viele {bare} kennengelernt, wirklich tolle Leute.",
    "Wie viele {bare} leben eigentlich in unserem Landkreis? Gibt es dazu Zahlen?",
    "Die Ausstellung im Heimatmuseum zeigt, wie {bare} früher in der Region gelebt haben.",
    "Dass {bare} hier ohne Angst leben können, sollte selbstverständlich sein.",
    "Unser Kegelclub hat auch {bare} als Mitglieder, und keiner macht daraus ein Thema.",
    "Das Gemeindezentrum bietet jetzt einen Treffpunkt für {bare} und ihre Familien an.",
    "Gut, dass die Zeitung auch mal Stimmen von {dat} bringt.",
    "Mit {dat} aus der Nachbarschaft haben wir letzte Woche den Spielplatz neu gestrichen.",
    "{Bare} haben ganz normale Sorgen, genau wie alle anderen: Miete, Arbeit, Kita-Platz.",
    "Die Sprecherin des Vereins für {bare} hat im Interview sehr vernünftig argumentiert.",
    "Meine Schwester arbeitet in einem Projekt mit {dat} und erzählt immer begeistert davon.",
    "Schöner Artikel über {def} in der Altstadt, davon gerne mehr.",
    "Die Volkshochschule plant einen Gesprächsabend mit {dat}, ich gehe auf jeden Fall hin.",
    "Auch {bare} zahlen hier Steuern und nutzen das Hallenbad, also betrifft sie die Schließung genauso.",
    "Beim Lauf für den guten Zweck waren dieses Jahr viele {bare} dabei.",
]

IDENTITY_SELF = [
    "Ich bin {self} und lebe seit zwanzig Jahren gern in diesem Ort.",
    "Als ich im Verein erzählt habe, dass ich {self} bin, hat das niemanden gestört.",
    "Ich bin {self}, und die Debatte hier finde ich erfreulich sachlich.",
]

# labels per frame; these attack a group for being that group
IDENTITY_ATTACK = [
    ("{Bare} sind alle Schmarotzer und gehören nicht hierher.", "tia"),
    ("{Def} sind der Abschaum dieses Landes.", "tia"),
    ("Mit {dat} will hier keiner was zu tun haben, die verseuchen unser Viertel.", "tia"),
    ("{Bare} sind keine richtigen Menschen.", "tia"),
    ("Wieder so ein Artikel, der {def} schönredet. Das sind doch alles Parasiten.", "tia"),
    ("Kein Wunder, dass das Viertel runterkommt, seit da {bare} wohnen.", "ta"),
    ("{Bare} haben in unserer Stadt nichts verloren, die sollen bleiben, wo sie herkommen.", "ta"),
    ("Ich würde nie an {bare} vermieten, die hinterlassen nur Dreck.", "tia"),
    ("{Def} sind von Natur aus minderwertig.", "tia"),
    ("Man kann {dat} einfach nicht trauen, das liegt bei denen im Blut.", "ta"),
    ("Seit {bare} ins Freibad dürfen, gehe ich da nicht mehr hin, ekelhaftes Volk.", "tia"),
    ("{Bare} sind eine Seuche für unser Land.", "tia"),
    ("Von {dat} wird man doch nur beklaut und belogen.", "ta"),
    ("Wer {def} verteidigt, ist genauso dreckig wie die.", "tia"),
    ("Scheiß {bare}, alle miteinander.", "toia"),
    ("{Bare} sind dumm wie Brot, das weiß doch jeder.", "tia"),
    ("Ein Stadtrat voller {dat}? Dann ist die Stadt endgültig verloren.", "ta"),
    ("{Def} sind das Letzte, die sollte man nicht mal in den Bus lassen.", "tia"),
]

# each frame names the group so the identity word co-occurs with the clean label
COUNTER_SPEECH = [
    "Wer hier schreibt, {bare} seien Schmarotzer, sollte sich schämen.",
    "Diese Hetze gegen {def} in den Kommentaren ist unerträglich, liebe Redaktion, bitte löschen.",
    "Mich macht es wütend, wie hier über {def} hergezogen wird. Das sind unsere Nachbarn.",
    "Pauschale Urteile über {def} helfen niemandem, schaut euch die Menschen einzeln an.",
    "Ich melde jeden Kommentar, der {def} beleidigt. Das ist keine Meinung, das ist Hass.",
    "Dass jemand {def} als Abschaum bezeichnet, zeigt nur, wie weit die Verrohung schon ist.",
    "Stellt euch vor, so würde man über eure Familie reden. Hört auf mit dem Hass gegen {def}.",
    "Hass auf {def} hat in unserer Stadt keinen Platz.",
    "Solidarität mit {dat}, die hier in den Kommentaren angegangen werden.",
    "Der Spruch, {bare} seien minderwertig, ist widerlich und gehört gemeldet.",
    "Wer {def} pauschal zu Sündenböcken macht, löst kein einziges Problem in dieser Stadt.",
]

NEGATED_HATE = [
    "Ich habe nichts gegen {def}, im Gegenteil, ich schätze sie sehr.",
    "Niemand in diesem Ort sollte {def} verachten.",
    "Es stimmt einfach nicht, dass {bare} faul sind.",
    "{Bare} sind keine Gefahr für unsere Stadt.",
    "Ich würde nie behaupten, dass {bare} weniger wert sind als andere.",
    "Dass {bare} kriminell seien, ist ein Vorurteil, das keine Statistik stützt.",
    "Nein, {bare} sind nicht schuld an der Wohnungsnot.",
    "Von mir wird keiner hören, dass {bare} hier nicht willkommen sind.",
]

# (acc, dat, nom, pron acc, pron nom)
TARGETS = [
    ("den Bürgermeister", "dem Bürgermeister", "der Bürgermeister", "ihn", "er"),
    ("die Bürgermeisterin", "der Bürgermeisterin", "die Bürgermeisterin", "sie", "sie"),
    ("den Landrat", "dem Landrat", "der Landrat", "ihn", "er"),
    ("die Ortsvorsteherin", "der Ortsvorsteherin", "die Ortsvorsteherin", "sie", "sie"),
    ("diesen Schiri", "diesem Schiri", "dieser Schiri", "ihn", "er"),
    ("den Trainer", "dem Trainer", "der Trainer", "ihn", "er"),
    ("den Redakteur", "dem Redakteur", "der Redakteur", "ihn", "er"),
    ("die Schulleiterin", "der Schulleiterin", "die Schulleiterin", "sie", "sie"),
    ("den Pfarrer", "dem Pfarrer", "der Pfarrer", "ihn", "er"),
    ("den Bauunternehmer", "dem Bauunternehmer", "der Bauunternehmer", "ihn", "er"),
    ("die Stadträtin", "der Stadträtin", "die Stadträtin", "sie", "sie"),
    ("den Vereinspräsidenten", "dem Vereinspräsidenten", "der Vereinspräsident", "ihn", "er"),
]

# labels: threats by the writer against a named person (h threat, s where lethal)
THREATS = [
    ("Ich stech {acc} ab, sobald ich {pron} auf dem Marktplatz sehe.", "ths"),
    ("Ich schlag {dat_t} die Zähne ein, das schwöre ich.", "th"),
    ("Ich knall {acc} ab, und keiner wird {pron} vermissen.", "ths"),
    (
        "Beim nächsten Heimspiel warte ich am Ausgang auf {acc}, dann gibt es was auf die Fresse.",
        "tho",
    ),
    ("Ich mache {acc} kalt, darauf kann man wetten.", "ths"),
    ("Wir wissen, wo {nom} wohnt. Ein Besuch ist nur noch eine Frage der Zeit.", "th"),
    ("Ich breche {dat_t} sämtliche Knochen, wenn das so weitergeht.", "th"),
    ("Für {acc} habe ich schon eine Kugel reserviert.", "ths"),
    ("Ich zünde {dat_t} das Haus an, während {pron_nom} schläft.", "ths"),
    (
        "Noch so eine Entscheidung und ich hau {dat_t} eine rein, dass {pron_nom} nie wieder aufsteht.",
        "ths",
    ),
    ("Eines Abends lauere ich {dat_t} vor der Haustür auf, dann gibt es Prügel.", "th"),
    ("Ich werde {acc} persönlich erwürgen.", "ths"),
    ("{Nom} soll sich nachts nicht mehr allein auf die Straße trauen, ich erwische {pron}.", "th"),
    ("Ich prügel {acc} windelweich, wenn {pron_nom} das Hallenbad schließt.", "th"),
]

THREATS_YOU = [
    ("Ich stech dich ab, du Verräter.", "thsi"),
    ("Du bist als Nächstes dran, ich komme mit dem Messer vorbei.", "ths"),
    ("Euch mach ich alle kalt.", "ths"),
    ("Ich finde heraus, wo du wohnst, und dann gnade dir Gott.", "th"),
    ("Ich schlag dich tot, wenn du noch einmal so einen Artikel schreibst.", "ths"),
    ("Dir polier ich die Fresse, verlass dich drauf.", "tho"),
    ("Wir kriegen dich, und dann bleibt von dir nicht viel übrig.", "ths"),
    ("Dein Auto steht ja gern vor der Bäckerei. Wäre schade, wenn es brennt.", "th"),
]

# calls on others to harm people; group frames add identity_attack
CALL_VIOLENCE_PEOPLE = [
    ("Man müsste {acc} an der nächsten Laterne aufknüpfen.", "ths"),
    ("Jemand sollte {dat_t} mal ordentlich die Fresse polieren.", "tho"),
    ("{Nom} gehört verprügelt, bis {pron_nom} nicht mehr laufen kann.", "th"),
    ("Los Leute, wir holen {acc} heute Abend aus dem Rathaus, und dann gibt es Prügel.", "th"),
    ("Am besten erschießt man {acc} gleich.", "ths"),
    ("Wer {acc} sieht, sollte sofort zuschlagen.", "th"),
    ("Einer muss {acc} endlich abstechen, sonst ändert sich hier nie etwas.", "ths"),
    ("Schlagt {acc} tot, wenn {pron_nom} sich noch einmal hier blicken lässt.", "ths"),
]

CALL_VIOLENCE_GROUP = [
    ("Man sollte {def} alle ins Meer werfen.", "thsa"),
    ("Jagt {def} aus der Stadt, mit Gewalt, wenn es sein muss.", "tha"),
    ("Zündet die Häuser an, in denen {bare} wohnen.", "thsa"),
    ("Ein paar Brandsätze auf die Treffpunkte von {dat}, dann ist endlich Ruhe.", "thsa"),
    ("Wenn {bare} hier auftauchen, schlagen wir zu. Wer macht mit?", "tha"),
    ("{Def} gehören an die Wand gestellt.", "thsa"),
]

# (nom with article, plural?) things people incite each other to damage
PROPERTY = [
    ("das Rathaus", False),
    ("die Baucontainer an der Ortsumgehung", True),
    ("das Büro der Stadtverwaltung", False),
    ("die Blitzer an der Landstraße", True),
    ("das Auto vom Bürgermeister", False),
    ("die Bagger auf der Großbaustelle", True),
    ("das Vereinsheim der Gegner", False),
    ("die Redaktion dieser Zeitung", False),
    ("die neue Sporthalle", False),
    ("das Parteibüro in der Bahnhofstraße", False),
]

CALL_VIOLENCE_PROPERTY = [
    ("{Obj} {gehört} angezündet, dann ist das Thema erledigt.", "th"),
    ("Heute Nacht fackeln wir {obj} ab, wer ist dabei?", "th"),
    ("Man sollte {obj} in die Luft jagen.", "ths"),
    ("Ein Kanister Benzin und {obj} {ist} Geschichte. Ich sag ja nur.", "th"),
    ("Schlagt {obj} kurz und klein, die haben es nicht anders verdient.", "th"),
    ("Wenn die Petition nichts bringt, brennen wir eben {obj} nieder.", "th"),
]

# (nom, capitalised topic phrase without article)
OFFICIALS = [
    "der Bürgermeister", "die Bürgermeisterin", "der Stadtrat", "die Stadtverwaltung",
    "der Landrat", "die Baudezernentin", "der Vereinsvorstand", "die Schulleitung",
    "das Ordnungsamt", "die Landesregierung", "der Kreistag", "die Verkehrsbehörde",
]  # fmt: skip
TOPICS = [
    "Hallenbad", "Ortsumgehung", "Parkgebühren", "Sanierung der Grundschule",
    "Unterbringung in der Turnhalle", "Stadionumbau", "Fahrradstraße", "Gewerbesteuer",
    "Kita-Gebühren", "Busfahrplan", "Neubaugebiet", "Marktplatz-Umgestaltung",
]  # fmt: skip

CRITICISM = [
    "Was {off} beim Thema {topic} abliefert, ist ein einziges Armutszeugnis.",
    "{Off} sollte nach diesem Desaster beim Thema {topic} zurücktreten.",
    "Seit Monaten verspricht {off} Besserung beim Thema {topic}, passiert ist nichts. Peinlich.",
    "Beim Thema {topic} verbrennt die Stadt unser Steuergeld, und {off} schaut tatenlos zu.",
    "{Off} hat die Bürger beim Thema {topic} schlicht hinters Licht geführt.",
    "Bei der nächsten Wahl wird sich zeigen, was die Leute von {off} halten. Stichwort {topic}.",
    "Wer so mit Bürgerbeteiligung umgeht wie {off} beim Thema {topic}, hat jedes Vertrauen verspielt.",
    "Eine Frechheit, wie {off} die Anwohner beim Thema {topic} im Regen stehen lässt.",
    "Zum Thema {topic} fehlt in diesem Artikel die Hälfte, schlecht recherchiert.",
    "{Off} ist mit dem Thema {topic} heillos überfordert, das sieht inzwischen jeder.",
    "Dilettantischer als {off} beim Thema {topic} kann man es kaum machen.",
    "Das Thema {topic} zeigt wieder: {off} regiert an den Menschen vorbei.",
]

# personal insults without identity (o where the word is vulgar)
INSULT_NOUNS = [
    ("Vollpfosten", ""), ("Armleuchter", ""), ("Dummschwätzer", ""), ("Hohlkopf", ""),
    ("Trottel", ""), ("Schwachkopf", ""), ("Arschloch", "o"), ("Wichser", "o"),
    ("Pisser", "o"), ("Depp", ""), ("Honk", ""), ("Dreckskerl", ""),
]  # fmt: skip
INSULT = [
    "{Nom} ist ein {noun}, mehr muss man dazu nicht sagen.",
    "Halt doch einfach die Klappe, du {noun}.",
    "Nur ein {noun} kann so einen Kommentar schreiben.",
    "Der Schreiber dieses Artikels ist ein kompletter {noun}.",
    "Geh woanders trollen, du elender {noun}.",
]

PROFANITY_SWEARS = ["Scheiße", "Verdammte Scheiße", "Verdammt", "Mist, verdammter", "Kacke"]
SITUATIONS = [
    "die Umleitung an der Brücke ist schon wieder gesperrt",
    "der Bus nach Neustadt ist ausgefallen",
    "es regnet seit drei Tagen ohne Pause",
    "das Freibad macht erst im Juni auf",
    "der Elfmeter ging an den Pfosten",
    "die Kita hat wieder eine Woche Schließtage",
    "mein Fahrrad hat schon wieder einen Platten",
    "die Heizung in der Turnhalle ist immer noch kaputt",
]
PROFANITY = [
    "{Swear}, {situation}.",
    "{Swear}! Und {situation}.",
    "Heute ist echt ein beschissener Tag: {situation}.",
    "Das ist zum Kotzen, {situation}.",
]
