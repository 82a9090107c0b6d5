"""A fixed mix of realistic reader comments for the scoring benchmarks: German first.

Comments are assembled from hand-written sentences with a fixed seed, so every run scores
the same texts: about three quarters German, one quarter English, about one in five with an
insult or a threat somewhere in it, each 10-60 words long.
"""

from __future__ import annotations

import random

GERMAN = [
    "Der Artikel trifft es ziemlich genau, bei uns im Viertel sieht es seit Jahren so aus.",
    "Ich verstehe nicht, warum der Stadtrat die Entscheidung schon wieder vertagt hat.",
    "Danke für die gründliche Recherche, so etwas liest man leider selten.",
    "Die Zahlen im dritten Absatz stimmen nicht, das Amt hat sie letzte Woche korrigiert.",
    "Wer morgens mit dem Bus zur Arbeit fährt, weiß, dass der Fahrplan Makulatur ist.",
    "Mehr Radwege wären schön, aber bitte nicht auf Kosten der Fußgänger.",
    "Meine Großmutter hat in dieser Straße gewohnt, damals gab es dort noch einen Bäcker.",
    "Das Problem ist doch nicht neu, schon vor zehn Jahren wurde darüber gestritten.",
    "Ich finde die Kritik an der Bürgermeisterin überzogen, sie hat wenig Spielraum.",
    "Warum fragt eigentlich niemand die Anwohner, bevor so etwas beschlossen wird?",
    "Die Mieten steigen schneller als die Löhne, das merkt hier jeder Haushalt.",
    "Gute Nachricht für die Schule, die Sanierung war längst überfällig.",
    "Ich war gestern beim Konzert im Park, die Stimmung war großartig.",
    "Schade, dass der Wochenmarkt verlegt wird, der alte Platz hatte Charme.",
    "Können Sie bitte nachreichen, woher die Schätzung zu den Baukosten stammt?",
    "Als Pendlerin kann ich nur sagen: Die Baustelle auf der B9 ist ein Albtraum.",
    "Der Verein leistet seit Jahren großartige Arbeit mit den Jugendlichen.",
    "Man sollte die Debatte sachlich führen, auch wenn das Thema emotional ist.",
    "Die Energiepreise machen kleinen Betrieben wirklich zu schaffen.",
    "Interessant wäre noch gewesen, wie andere Städte das Problem gelöst haben.",
    "Ich bin skeptisch, ob das neue Parkhaus die Innenstadt wirklich entlastet.",
    "Endlich tut sich etwas am Bahnhof, der Zustand war peinlich für die Stadt.",
    "Die Feuerwehr hat bei dem Hochwasser hervorragende Arbeit geleistet.",
    "Leider fehlt im Text die Stellungnahme der Opposition.",
    "Mein Sohn geht auf die Schule, die Eltern wurden gar nicht informiert.",
    "Die Pflegekräfte verdienen mehr Anerkennung, nicht nur Applaus vom Balkon.",
    "Wieder einmal zeigt sich, dass Planung und Umsetzung zwei Paar Schuhe sind.",
    "Ich wohne seit dreißig Jahren hier und habe so einen Verkehr noch nie erlebt.",
    "Die Bibliothek sollte auch am Sonntag öffnen, viele Familien hätten Zeit.",
    "Hat jemand Erfahrung mit dem neuen Antragsportal? Bei mir stürzt es ständig ab.",
    "Ein sehr ausgewogener Kommentar, der beide Seiten zu Wort kommen lässt.",
    "Die Wahlbeteiligung war erschreckend niedrig, das sollte allen zu denken geben.",
    "Ich halte die Tempo-30-Zone vor dem Kindergarten für absolut richtig.",
    "Was ist eigentlich aus dem Versprechen geworden, das Freibad zu erhalten?",
    "Die Grünen haben hier ausnahmsweise mal recht, auch wenn es mir schwerfällt.",
    "Bitte mehr solche Reportagen aus den Dörfern im Umland!",
    "Dass die Gebühren schon wieder steigen, ist für Rentner kaum zu stemmen.",
    "Der Trainer hat aus der Mannschaft mehr herausgeholt, als man erwarten konnte.",
    "Die Baugenehmigung hätte so nie erteilt werden dürfen.",
    "Ich habe das Interview zweimal gelesen und bin immer noch nicht überzeugt.",
    "Ärgerlich finde ich, dass über die Köpfe der Bürger hinweg entschieden wird.",
    "Die Polizei war schnell vor Ort, das muss man auch mal lobend erwähnen.",
    "Kleine Korrektur: Die Brücke wurde 1962 gebaut, nicht 1958.",
    "Wer soll das alles bezahlen, wenn die Gewerbesteuer wegbricht?",
    "Ich wünsche den Betroffenen viel Kraft und schnelle Hilfe.",
    "Die Kommentarfunktion ist leider oft unsachlich, hier aber angenehm ruhig.",
]
GERMAN_TOXIC = [
    "Halt doch einfach die Klappe, du Vollidiot.",
    "Was für ein hirnloser Vollpfosten hat diesen Mist geschrieben?",
    "Die ganze Truppe im Rathaus gehört eingesperrt, alles Verbrecher und Lügner.",
    "Du bist so dumm, dass es wehtut, geh zurück in dein Loch.",
    "Solche Schmarotzer sollte man aus dem Land jagen.",
    "Wenn ich den Typen erwische, kann der sich auf was gefasst machen.",
    "Diese Journalistin ist eine verlogene Schlampe.",
    "Verpiss dich mit deinem linksgrünen Gelaber, du Spinner.",
    "Der Bürgermeister ist ein korrupter Drecksack und gehört an die Wand gestellt.",
    "Nur Idioten können so einen Schwachsinn glauben.",
]
ENGLISH = [
    "Thanks for the thoughtful piece, it explains the budget fight better than most.",
    "I live two streets away and the construction noise has been unbearable for months.",
    "The council should publish the full report instead of a two page summary.",
    "Great coverage of the match, the second half was pure drama.",
    "Does anyone know whether the new bus line will run on weekends?",
    "This is a balanced article, although I would have liked more numbers.",
    "Rents in this town have doubled since I moved here in 2015.",
    "The volunteers at the food bank deserve far more support than they get.",
    "I disagree with the author, but the argument is at least made in good faith.",
    "Small correction: the bridge reopened on Monday, not Tuesday.",
    "My kids love the new playground, thanks to everyone who pushed for it.",
    "Why does every plan for the old factory site end up in court?",
    "Good to see local journalism holding the planning office to account.",
    "The photos of the flooded market square are heartbreaking.",
    "I wonder how the other candidates would have handled the water crisis.",
]
ENGLISH_TOXIC = [
    "Shut up, you pathetic idiot, nobody cares about your opinion.",
    "What a stupid moron, people like you should not be allowed to vote.",
    "The mayor is a lying scumbag and deserves a beating.",
    "Go back to where you came from, you filthy parasite.",
]
MIN_WORDS, MAX_WORDS = 10, 60


def mixed_comments(count: int = 200, seed: int = 20260101) -> list[str]:
    """``count`` comments: ~75% German, ~20% with a toxic sentence, 10-60 words each."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        german = rng.random() < 0.75
        clean, toxic = (GERMAN, GERMAN_TOXIC) if german else (ENGLISH, ENGLISH_TOXIC)
        target = rng.randint(MIN_WORDS, MAX_WORDS)
        sentences: list[str] = []
        words = 0
        while words < target:
            pool = toxic if rng.random() < 0.05 else clean
            sentence = rng.choice(pool)
            if words + len(sentence.split()) > MAX_WORDS:
                break
            sentences.append(sentence)
            words += len(sentence.split())
        if rng.random() < 0.1:
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(toxic))
        text = " ".join(sentences)
        if MIN_WORDS <= len(text.split()) <= MAX_WORDS:
            out.append(text)
    return out
