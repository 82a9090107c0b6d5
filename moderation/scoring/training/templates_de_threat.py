"""German frames for veiled and conditional threats, calls for violence and their look-alikes.

The second training stage adds these where the first stage was weak: threats that name no
weapon ("Ich weiß, wo dein Auto steht"), threats tied to a condition ("Wenn du ..., dann ..."),
calls to harm people or buildings, and the harmless sentences that share their words (sharp
criticism of officials, parties and decisions, conditions with a lawful consequence, friendly
mentions of groups, condemnation of threats, figurative violence). Placeholders as in
templates_de: {acc}, {dat_t}, {nom}, {Nom}, {pron}, {pron_nom} name a person; {bare}, {def},
{dat} a group; {obj}/{Obj} a building or thing; {party}/{Party} a party; {dec} a decision.
Frames carry label initials (t toxicity, s severe, o obscene, h threat, i insult, a identity).
"""

# ruff: noqa: E501 (whole sentences read better than split strings)

from __future__ import annotations

# veiled threats to the reader: no weapon, no verb of harm, the menace is in the knowing
VEILED_YOU = [
    ("Ich weiß, wo dein Auto steht.", "th"),
    ("Ich weiß, wo dein Auto nachts steht. Nur damit du Bescheid weißt.", "th"),
    ("Man sieht sich immer zweimal im Leben. Beim zweiten Mal bist du allein.", "th"),
    ("Man sieht sich immer zweimal, und dann ohne Zeugen.", "th"),
    ("Deine Zeit kommt noch, verlass dich drauf.", "th"),
    ("Deine Tage sind gezählt.", "th"),
    ("Wir haben deine Adresse. Schlaf gut.", "th"),
    ("Schöner Garten übrigens. Wäre doch schade, wenn da mal was passiert.", "th"),
    ("Ich kenne deinen Arbeitsweg. Jeden Morgen um halb acht, stimmt's?", "th"),
    ("Du solltest dir gut überlegen, ob du abends noch allein joggen gehst.", "th"),
    ("Irgendwann stehst du ohne deine Freunde da, und dann reden wir.", "th"),
    ("Wir vergessen nichts. Und wir wissen, wo deine Kinder zur Schule gehen.", "th"),
    ("Genieß die Ruhe, solange du noch kannst.", "th"),
    ("Das wirst du noch bitter bereuen, und zwar nicht nur beruflich.", "th"),
    ("Schau lieber öfter über die Schulter. Man weiß nie, wer hinter einem steht.", "th"),
    ("Wir sehen uns. Früher, als dir lieb ist.", "th"),
    ("Du wirst nicht mehr lange so große Töne spucken.", "th"),
    ("Merk dir mein Gesicht, du wirst es wiedersehen.", "th"),
]

# the same menace against a named person
VEILED_TARGET = [
    ("Ich kenne die Adresse, unter der {nom} zu finden ist. Mehr verrate ich nicht.", "th"),
    ("Ich weiß genau, wo {nom} parkt. Die Zeit wird kommen.", "th"),
    ("{Nom} sollte nachts besser die Tür abschließen.", "th"),
    ("Für {acc} kommt der Tag der Abrechnung, und der wird nicht angenehm.", "th"),
    ("{Nom} wird schon sehen, was {pron_nom} davon hat. Man sieht sich immer zweimal.", "th"),
    ("Irgendwann ist {nom} allein unterwegs, und dann ist Zahltag.", "th"),
    ("Schöne Adresse hat {nom}. Wir kommen bald mal vorbei.", "th"),
    ("Die Uhr für {acc} tickt.", "th"),
]

# held out of training: a second set of veiled frames, reported only
VEILED_HELDOUT = [
    ("Hübsches Haus hast du da. Brennt bestimmt gut.", "th"),
    ("Grüß deine Frau von mir. Ich weiß ja, wann sie allein ist.", "th"),
    ("An deiner Stelle würde ich keine Post mehr ohne Handschuhe öffnen.", "th"),
    ("Du kannst nicht ewig in deinem Büro bleiben.", "th"),
    ("Irgendwann bist du fällig, und dann hilft dir keiner.", "th"),
    ("Ich hab schon ein paar Fotos von deinem Hauseingang gemacht.", "th"),
    ("{Nom} sollte sich mal umdrehen, wenn {pron_nom} abends heimgeht.", "th"),
    ("Wir haben ein Auge auf {acc}. Tag und Nacht.", "th"),
    ("Für {acc} wird es bald sehr ungemütlich, und zwar nicht politisch.", "th"),
    ("{Nom} hat Familie, oder? Sollte {pron_nom} mal dran denken.", "th"),
]

# "Wenn ..., dann ...": conditions that a reader or official might meet
CONDITIONS = [
    "Wenn du noch einmal über meine Familie schreibst",
    "Wenn du dich nochmal bei uns im Vereinsheim zeigst",
    "Wenn die Ortsumgehung durch unser Dorf gebaut wird",
    "Wenn das Hallenbad wirklich zumacht",
    "Wenn du meinen Namen noch einmal in der Zeitung nennst",
    "Wenn der Stadtrat die Parkgebühren wieder erhöht",
    "Wenn ihr das Windrad hinter unserem Haus aufstellt",
    "Wenn du nicht sofort diesen Artikel löschst",
]
CONSEQUENCES_THREAT = [
    ("dann brennt dein Haus", "ths"),
    ("dann kannst du dir schon mal einen Sarg aussuchen", "ths"),
    ("dann brauchst du bald einen guten Zahnarzt", "th"),
    ("dann passiert was, und zwar dir", "th"),
    ("dann bist du fällig", "th"),
    ("dann hole ich dich persönlich ab, und du kommst nicht heil zurück", "th"),
    ("dann gehen bei euch im Rathaus die Scheiben zu Bruch", "th"),
    ("dann wirst du dir wünschen, nie geboren zu sein", "ths"),
]
CONSEQUENCES_LAWFUL = [
    "dann kündige ich mein Abo",
    "dann sehen wir uns vor Gericht",
    "dann schreibe ich an den Petitionsausschuss",
    "dann wähle ich diese Leute nie wieder",
    "dann gehe ich zur nächsten Bürgerversammlung und sage das laut",
    "dann beschwere ich mich beim Presserat",
    "dann sammle ich Unterschriften für ein Bürgerbegehren",
    "dann ziehe ich in die Nachbarstadt",
]

# calls on others to harm people (with {acc} ... fillers from templates_de.TARGETS)
CALL_PEOPLE = [
    ("Jemand sollte {dat_t} mal einen Besuch abstatten, aber nicht zum Kaffeetrinken.", "th"),
    ("Wer wohnt in der Nähe von {dat_t}? Zeit, dass {pron_nom} mal Angst bekommt.", "th"),
    ("Ein paar kräftige Jungs vor der Haustür von {dat_t}, dann ist Ruhe.", "th"),
    ("Stellt {dat_t} auf dem Heimweg eine Falle, {pron_nom} hat es verdient.", "th"),
    ("Man sollte {acc} teeren und federn, wie früher.", "th"),
    ("Tretet {acc} zusammen, sobald {pron_nom} das Rathaus verlässt.", "th"),
    ("Für {acc} gibt es nur eine Lösung, und die passt in einen Sarg.", "ths"),
    ("Ich zahle jedem 500 Euro, der {dat_t} eine verpasst.", "th"),
]

# calls to damage buildings and things (with templates_de.PROPERTY)
CALL_BUILDINGS = [
    ("Ein Stein durch die Scheibe, dann kapieren die es. Ich meine {obj}.", "th"),
    ("Wer hat Lust, heute Nacht {obj} zu besuchen? Benzin bringe ich mit.", "th"),
    ("Nur brennende Mauern verstehen die. Anfangen bei {obj}.", "th"),
    ("Macht {obj} dem Erdboden gleich.", "th"),
    ("Mit ein paar Molotowcocktails wäre {obj} schnell erledigt.", "ths"),
    ("Sprengt {obj}, bevor die noch mehr Schaden anrichten.", "ths"),
]

PARTIES = [
    "die CDU", "die SPD", "die Grünen-Fraktion", "die FDP", "die AfD", "die Linke",
    "die Fraktion der Freien Wähler", "die CSU", "die Ampel", "die Landesregierung",
]  # fmt: skip
DECISIONS = [
    "die Schließung des Hallenbads", "die Erhöhung der Grundsteuer", "das Tempolimit in der Innenstadt",
    "der Verkauf der Stadtwerke", "die Streichung der Buslinie 7", "das neue Parkraumkonzept",
    "der Abriss des alten Bahnhofs", "die Kürzung bei den Jugendzentren", "der Bau der Ortsumgehung",
    "die Zusammenlegung der Grundschulen",
]  # fmt: skip

# sharp but legitimate criticism of parties and decisions (clean)
CRITICISM_PARTY = [
    "{Dec_cap}: Damit hat {party} jedes Vertrauen bei mir verspielt.",
    "{Party} hat komplett versagt, {dec} ist der Beweis. Die gehören bei der nächsten Wahl abgestraft.",
    "{Dec_cap} ist ein Schlag ins Gesicht aller Bürger, {party} sollte sich schämen.",
    "{Dec_cap} ist grundfalsch, und deshalb werde ich {party} nicht mehr wählen.",
    "Lügen, Ausreden, Chaos: {dec} zeigt, wie {party} arbeitet.",
    "{Dec_cap} wurde einfach durchgewinkt, {party} hat von der Lage vor Ort keine Ahnung.",
    "{Dec_cap} muss Folgen haben: Die Verantwortlichen gehören abgewählt, allen voran {party}.",
    "Selten so eine arrogante Politik erlebt. {Dec_cap} ist das beste Beispiel, und {party} schweigt.",
    "{Party} redet von Bürgernähe, und dann kommt {dec}. Heuchelei pur.",
    "{Dec_cap}? Ein Totalschaden für die Stadt, und {party} klatscht Beifall.",
]

# held out of training: criticism of decisions in other frames, reported only
CRITICISM_DECISION_HELDOUT = [
    "{Dec_cap} ist das Dümmste, was dieser Rat seit Jahren beschlossen hat.",
    "Ich bin stinksauer: {dec} kam ohne jede Anhörung. Niemand hat die Anwohner gefragt.",
    "Man muss {party} nicht mögen, aber {dec} ist handwerklicher Murks sondergleichen.",
    "Was für eine Farce: {dec}, beschlossen hinter verschlossenen Türen.",
    "{Dec_cap} war ein Fehler, und {party} sollte dafür die Verantwortung übernehmen.",
]

# friendly and neutral mentions of groups, in frames the first stage did not use
IDENTITY_FRIENDLY = [
    "Meine Nachbarn sind {bare}, und bessere Nachbarn kann man sich nicht wünschen.",
    "Laut Landratsamt leben im Kreis einige tausend {bare}, Tendenz steigend.",
    "Danke an die Redaktion, dass {bare} hier endlich selbst zu Wort kommen.",
    "Unsere Tochter hat in der Schule viele Freundschaften mit {dat} geschlossen.",
    "Beim Feuerwehrfest haben {bare} kräftig mit angepackt, Respekt.",
    "Es ist schön zu lesen, dass sich {bare} in unserer Stadt wohlfühlen.",
    "Die Kirchengemeinde lädt {bare} und alle Interessierten zum Sommerfest ein.",
    "Ob {bare} oder nicht, beim Fußball zählt nur, wer die Tore schießt.",
    "Ich finde es gut, dass im Jugendrat auch {bare} vertreten sind.",
    "Wer {bare} persönlich kennt, weiß, wie falsch die Vorurteile sind.",
]

# condemnation of threats and violence, quoting or naming them (clean)
COUNTER_THREAT = [
    "Gewalt gegen {def} lässt sich mit nichts entschuldigen.",
    "Wer {dat} Gewalt androht, gehört angezeigt, nicht beklatscht.",
    "Niemand darf {def} bedrohen, auch nicht in einem Kommentar.",
    "Die Anschläge auf Unterkünfte von {dat} sind eine Schande für unser Land.",
    "Drohungen wie 'Wir wissen, wo du wohnst' gegen {def} müssen Konsequenzen haben.",
]
COUNTER_THREAT_PERSON = [
    "Dass {nom} Morddrohungen bekommt, ist widerlich, egal wie man zur Politik steht.",
    "'Ich weiß, wo dein Auto steht' zu schreiben, ist keine Kritik an {dat_t}, sondern eine Drohung. Bitte löschen.",
    "Ich finde die Entscheidung falsch, aber wer {dat_t} Gewalt wünscht, hat jedes Maß verloren.",
    "Man kann {acc} hart kritisieren, ohne {pron} zu bedrohen.",
    "Ich würde {dat_t} nie etwas antun, aber abwählen werde ich {pron} auf jeden Fall.",
    "Keiner will {dat_t} etwas Böses, wir wollen nur Antworten zum Haushalt.",
]

# violence words used figuratively (clean)
FIGURATIVE = [
    "Die Opposition hat den Haushaltsentwurf in der Sitzung regelrecht zerrissen.",
    "Unser Stürmer hat die Abwehr heute schwindelig gespielt und sie dann abgeschossen.",
    "Die Kritiker haben den Bebauungsplan in der Luft zerfetzt, zu Recht.",
    "Bombenstimmung gestern beim Stadtfest!",
    "Das neue Café am Markt ist der Knaller, unbedingt hingehen.",
    "Der Auftritt der Band hat uns alle umgehauen.",
    "Die Nebenkostenabrechnung hat mich fast erschlagen.",
    "Dieser Stau jeden Morgen bringt mich noch um.",
    "Der Bürgermeister hat sich mit dem Interview selbst ein Bein gestellt.",
    "Die Mannschaft hat den Gegner mit 5:0 vom Platz gefegt.",
    "Der Trainer muss jetzt die Reißleine ziehen, sonst ist die Saison tot.",
    "Mit dieser Rede hat die Kandidatin ihre Konkurrenz an die Wand gespielt.",
    "Ich könnte mich jedes Mal totärgern, wenn der Bus wieder ausfällt.",
    "Die Preise im Freibad sind echt der Hammer, leider im schlechten Sinn.",
    "Das Team hat im Derby alles niedergemacht, was sich bewegt hat, sportlich gesehen.",
    "Die Zeitung hat den Skandal aufgedeckt und damit eine Bombe platzen lassen.",
]
