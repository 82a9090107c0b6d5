"""A fourth held-out judgement table: German regional news comments, some English.

Written by three writers, one per part (German criticism and group mentions; German threats and
look-alikes; the English part), none of whom read the functional suite, the threat tables, the
other judgement tables, the training templates or the written rows. 49 cases that shared a run
of five words with those were reworded for the overlap alone, by a writer who saw no scores,
before any scorer was run on the table. Kinds, and what the default policy should do: sharp but
legitimate criticism and neutral or friendly mentions of groups (counter-speech and negations
included) are published; threats and calls for violence are held; harmless look-alikes are
published. German threats, in order: veiled (1-25), conditional (26-45), direct (46-55), calls
against people (56-70), calls against property (71-80); English: veiled (1-8), conditional
(9-14), direct (15-18), calls against people (19-22), against property (23-25).

The shipped scorers were run on it first, for the test's bounds; every candidate run on it since
is in the ledger of docs/candidates.md. Never train on it, and do not use it to fit or tune
rules, word lists or thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Die Kita-Politik in dieser Stadt ist eine Katastrophe. Seit drei Jahren warten wir auf "
        "einen Platz, und der Stadtrat feiert sich für ein neues Logo."
    ),
    "Rücktritt, sofort!",
    (
        "Das ist Betrug am Bürger. Erst hieß es, die Sanierung des Hallenbads kostet 4 "
        "Millionen, jetzt sind es 11 – und keiner will es gewusst haben."
    ),
    (
        "Sehr geehrte Frau Bürgermeisterin Kessler, im Wahlkampf haben Sie zugesagt, den "
        "Ortsteil Hohenfeld an den Busverkehr anzubinden. Zwei Jahre später fährt dort immer "
        "noch nichts. Ich erwarte eine öffentliche Erklärung."
    ),
    (
        "Wir werden den Kampf gegen die Umgehungsstraße nicht aufgeben. Samstag 10 Uhr Demo am "
        "Marktplatz, kommt alle!"
    ),
    "was für eine frechheit. parkgebühren verdoppeln und gleichzeitig die radwege verrotten lassen",
    (
        "Bei der nächsten Kommunalwahl kriegt die Fraktion von mir garantiert kein Kreuz mehr. "
        "Vier Jahre Stillstand reichen."
    ),
    (
        "Liebe Redaktion, ihr habt den Leserbrief zur Windkraft-Anhörung um die Hälfte gekürzt "
        "und dabei genau die kritischen Stellen rausgenommen. Das ist kein Journalismus, das ist "
        "Hofberichterstattung."
    ),
    (
        "Unfähigkeit auf ganzer Linie. Die Baustelle an der Lindenallee ist jetzt im 14. Monat "
        "und seit Wochen arbeitet dort niemand mehr."
    ),
    (
        "Hab gegen den Bußgeldbescheid Widerspruch eingelegt und kann das jedem nur empfehlen. "
        "Der Blitzer steht 20 Meter hinter dem Schild, das ist Abzocke mit Ansage."
    ),
    (
        "Skandal! Der Bauausschuss genehmigt das Einkaufszentrum, obwohl zwei Mitglieder mit dem "
        "Investor verwandt sind. Da muss die Kommunalaufsicht ran."
    ),
    "Typisch Rathaus: erst entscheiden, dann die Bürger „informieren“.",
    (
        "Wegen der Ruhestörung in der Gartenstraße gingen drei Anrufe bei der Polizei ein, "
        "gekommen ist niemand. Eine Dienstaufsichtsbeschwerde ist von mir raus, und ich hoffe, "
        "dass das noch mehr Nachbarn tun."
    ),
    (
        "Mal ehrlich, die Vereinsführung vom SV Eintracht Bruchhausen hat den Verein finanziell "
        "an die Wand gefahren. Die Mitgliederversammlung sollte sie abwählen, und zwar "
        "geschlossen."
    ),
    (
        "Dass die Stadtwerke die Gaspreise zum dritten Mal im Jahr erhöhen, während sie "
        "Rekordgewinne ans Stadtsäckel abführen, ist schlicht unanständig. Ich wechsle den "
        "Anbieter und rate allen das Gleiche."
    ),
    (
        "Schulsanierung verschoben. Wieder. Die Toiletten an der Grundschule Am Weiher sind seit "
        "2019 eine Zumutung, und der Schuldezernent erzählt was von „Priorisierung“. Wie lange "
        "noch?"
    ),
    (
        "Versager-Politik, anders kann man das nicht nennen. Hunderttausende für Gutachten und "
        "am Ende bleibt alles wie es ist."
    ),
    (
        "Herr Landrat Brückner sollte sich mal selbst in den Bus um 6:12 Uhr setzen, der "
        "regelmäßig ausfällt. Vielleicht ändert sich dann was."
    ),
    (
        "Man kann nicht den Klimanotstand ausrufen und dann den Stadtwald für ein Gewerbegebiet "
        "roden. Die Begründung der Verwaltung ist ein Witz."
    ),
    (
        "Boykott! Solange die Brauerei ihre Leute nicht nach Tarif bezahlt, trink ich deren Bier "
        "nicht mehr. Auch nicht beim Schützenfest."
    ),
    (
        "Dreist, wie der Ortsvorsteher die Unterschriftenliste mit über 800 Namen einfach "
        "ignoriert! Bürgerbeteiligung sieht anders aus."
    ),
    (
        "nee also der neue kreisverkehr ist planung aus der hölle. jeden morgen stau bis zur "
        "aral tanke"
    ),
    (
        "Werte Damen und Herren der Stadtratsfraktion, Ihre Zustimmung zur Schließung der "
        "Stadtteilbibliothek Nordend trifft die Familien dort besonders hart. Ich bitte Sie "
        "dringend, diese Entscheidung zu überdenken."
    ),
    (
        "Warum kommt die Bürgerinitiative in dem Artikel mit keinem einzigen Satz zu Wort, der "
        "Investor aber mit einem halben Interview? Einseitiger geht es kaum."
    ),
    (
        "Katastrophales Krisenmanagement beim Hochwasser. Sirenen stumm, Warn-App zu spät, "
        "Sandsäcke erst am nächsten Tag. Das gehört lückenlos aufgearbeitet, notfalls mit "
        "Untersuchungsausschuss."
    ),
    (
        "St. Martin wird geschlossen und das Gemeindehaus an einen Bauträger verkauft, ohne dass "
        "das Bistum die Gemeinde auch nur gefragt hätte. Da wundert sich noch jemand über "
        "Kirchenaustritte?"
    ),
    (
        "Klagen! Was anderes verstehen die nicht. Der Bebauungsplan hat so viele Fehler, das "
        "hält vor keinem Verwaltungsgericht."
    ),
    (
        "Frechheit, dass der Gemeinderat die Sitzung zum Windpark kurzfristig nichtöffentlich "
        "macht. Was gibts da zu verstecken?"
    ),
    (
        "Bürgermeister Hallmann sitzt das Problem seit Jahren aus. Wer so regiert, hat sein "
        "Mandat verspielt."
    ),
    (
        "40 min in der Telefonschleife vom Bürgerbüro gehangen und dann rausgeflogen. "
        "Digitalisierung made in Altenbrück halt 🙄"
    ),
    (
        "Müllgebühren plus 18 Prozent, Abholung nur noch alle drei Wochen. Das ist Abzocke, und "
        "ich hoffe, dass der Bund der Steuerzahler sich das genau anschaut."
    ),
    (
        "Wieso ist eigentlich niemand zurückgetreten, nachdem rauskam, dass die Stadt 2,3 Mio. "
        "an Fördergeldern hat verfallen lassen? In jedem Unternehmen wäre da jemand seinen Job "
        "los."
    ),
    "Ein Armutszeugnis für die Schulbehörde.",
    (
        "Leute, schreibt Mails an eure Abgeordneten und geht am Donnerstag in die "
        "Bürgerfragestunde. Nur wenn genug Druck kommt, wird der Schulweg an der B 47 endlich "
        "sicher."
    ),
    (
        "Seit 30 Jahren bin ich Abonnent, aber die Berichterstattung über den Bürgerentscheid "
        "war so parteiisch, dass ich jetzt kündige. Schade drum."
    ),
    (
        "Auf der Pressekonferenz spricht die Polizei von einem „bedauerlichen Einzelfall“. Drei "
        "solcher Einzelfälle in einem Jahr sind ein Muster. Unabhängige Ermittlungen, bitte."
    ),
    (
        "Dat is doch alles Augenwischerei vom Rat. Erst groß Radwegkonzept vorstellen und dann "
        "wird bloß Farbe auf die Straße gepinselt."
    ),
    (
        "Die Kreuzung Bahnhofstraße/Kanalweg ist eine Todesfalle, und die Stadt wartet offenbar "
        "auf den nächsten schweren Unfall, bevor sie endlich eine Ampel baut."
    ),
    (
        "Eine Fraktion blockiert seit Monaten den Haushalt aus reinem Parteikalkül, die andere "
        "spielt beleidigte Leberwurst – und die Vereine warten auf ihre Zuschüsse. Schämt euch "
        "alle miteinander."
    ),
    (
        "Wo war das Ordnungsamt, als die Raser jede Nacht durch die Innenstadt gebrettert sind? "
        "Jetzt, wo was passiert ist, wird plötzlich Aktionismus betrieben."
    ),
    (
        "In der Siedlung Sonnenhang lässt die Wohnungsbaugesellschaft die Häuser verschimmeln "
        "und erhöht trotzdem die Miete. Mieterverein ist eingeschaltet, Mietminderung läuft. "
        "Macht das auch, Nachbarn!"
    ),
    (
        "Das Stadion für 9 Mio. sanieren, aber für die Jugendhalle ist kein Geld da? "
        "Interessante Prioritäten, Herr Sportdezernent."
    ),
    (
        "Demokratie heißt auch, die Opposition ernst zu nehmen. Wie der Ratsvorsitzende gestern "
        "die Debatte einfach abgebrochen hat, war unwürdig."
    ),
    (
        "Warum wird der Bericht des Rechnungsprüfungsamts nicht veröffentlicht? Wir Bürger "
        "bezahlen das alles und haben ein Recht auf Transparenz. Ich stelle einen Antrag nach "
        "dem Informationsfreiheitsgesetz."
    ),
    "sorry aber der trainer muss weg. 9 spiele 2 punkte, das ist absteigen mit anlauf",
    (
        "Hohn ist das: Der Bahnhof Kirchberg-Süd wird „modernisiert“ und danach funktioniert "
        "kein einziger Aufzug mehr."
    ),
    (
        "Zwanzig Jahre war ich Parteimitglied, gestern bin ich ausgetreten. Was der Ortsverband "
        "beim Thema Flächenversiegelung abzieht, kann ich nicht mehr mittragen."
    ),
    (
        "Im Wahlkampf hat der Oberbürgermeister das Krankenhaus zur Chefsache erklärt. Jetzt "
        "wird die Geburtsstation geschlossen. So viel zu Chefsachen."
    ),
    (
        "Das Landratsamt bräuchte mal nen ordentlichen Tritt in den Hintern, Bauanträge liegen "
        "da 9 Monate rum ohne dass sich einer rührt."
    ),
    (
        "Jahrelang hat die Stadt die Sanierung der Brücke verschleppt, jetzt ist sie gesperrt "
        "und alle fahren 12 km Umweg. Das ist grob fahrlässig."
    ),
    (
        "Moin, ich find's schon krass dass die Feuerwehr Neuendorf immer noch mit nem Fahrzeug "
        "von 1994 ausrückt. Da spart die Gemeinde an der falschen Stelle."
    ),
    (
        "Totalversagen der Schulaufsicht. Drei Lehrkräfte krank, null Vertretung, Kinder nach "
        "Hause geschickt – und das in der Abschlussklasse."
    ),
    (
        "Ihr Kommentar, Herr Lorenz, ist an Naivität kaum zu überbieten. Haben Sie auch nur ein "
        "einziges Mal mit den Anwohnern gesprochen?"
    ),
    (
        "Politischer Sprengstoff, diese Personalie: ein Kreistagsmitglied als "
        "Verwaltungsratschef der Kreissparkasse? Geht gar nicht."
    ),
    (
        "Der Ratsbeschluss zum Baugebiet Am Mühlbach gehört gestoppt. Wir sammeln Unterschriften "
        "für ein Bürgerbegehren, Listen liegen im Bioladen und in der Bäckerei Hartung aus."
    ),
    (
        "Ehrenamtlichen die Aufwandsentschädigung streichen und gleichzeitig dem Geschäftsführer "
        "eine Prämie zahlen – moralisch bankrott, dieser Verein."
    ),
    (
        "Fassungslos bin ich. Vier Monate hat die Kreisverwaltung gebraucht, um auf eine "
        "einfache Anfrage zu antworten, und dann war die Antwort auch noch falsch."
    ),
    "Stadtrat abwählen. Alle. Nächstes Jahr ist Gelegenheit.",
    (
        "Knöllchen vor der Grundschule verteilen, aber die Elterntaxis in der Feuerwehrzufahrt "
        "interessieren keinen. Schwerpunkte setzen geht anders, liebes Ordnungsamt."
    ),
    (
        "Ein Desaster, die Schließung des Jugendzentrums. Wo sollen die Jugendlichen denn jetzt "
        "hin – an die Bushaltestelle? Dann aber bitte hinterher nicht jammern."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Unsere neuen Nachbarn aus Syrien haben uns zum Fastenbrechen zu sich eingeladen. Es gab "
        "so viel Essen, dass wir noch drei Tage davon hatten. Herzliche Leute."
    ),
    (
        "Glückwunsch an Jonas und Mehmet zur Hochzeit! Wir haben die beiden vom Standesamt bis "
        "zum Gasthof Krone begleitet, war ein wunderschönes Fest."
    ),
    (
        "Der Rollstuhlbasketball-Verein in Hohenfeld sucht noch Mitspieler, auch Leute ohne "
        "Behinderung können mitmachen. Training ist dienstags in der Kreissporthalle."
    ),
    (
        "Wer hier gegen die Flüchtlingsfamilie in der Kirchgasse hetzt, sollte sich schämen. Die "
        "Kinder gehen mit meinen in eine Klasse und sind total lieb."
    ),
    (
        "Tag der offenen Moschee am Sonntag war sehr interessant. Der Imam hat sich viel Zeit "
        "für unsere Fragen genommen, und der Tee war super."
    ),
    (
        "Schön, dass die Synagoge in Weilersbach nach der Renovierung wieder für Führungen "
        "geöffnet ist. War letzte Woche mit meiner Schulklasse dort."
    ),
    (
        "Ich habe nichts gegen Muslime, im Gegenteil: Mein bester Kumpel seit der Grundschule "
        "ist Muslim, und ich war schon auf drei Hochzeiten in seiner Familie."
    ),
    (
        "Der erste CSD in Altenbrück war bunt, friedlich und gut besucht. Sogar der "
        "Bürgermeister ist mitgelaufen."
    ),
    (
        "Eine Gebärdensprachdolmetscherin bei der Bürgerversammlung – tolle Idee. So konnten "
        "endlich auch gehörlose Anwohnerinnen mitdiskutieren."
    ),
    (
        "Frau Yılmaz aus dem Gemüseladen am Markt kennt hier jeden. Ohne die türkischen "
        "Geschäfte wäre die Innenstadt längst verödet."
    ),
    (
        "Meine Tochter ist trans und wurde an der Realschule Am Steinweg vom ersten Tag an "
        "respektvoll behandelt. Danke an die Lehrkräfte."
    ),
    (
        "Sinti und Roma leben seit Jahrhunderten in unserer Region. Gut, dass die Ausstellung im "
        "Heimatmuseum das endlich sichtbar macht."
    ),
    (
        "Ukrainische Frauen haben im Gemeindehaus ein Café eröffnet, jeden Mittwoch gibt es "
        "Wareniki. Unbedingt hingehen!"
    ),
    (
        "Es ist beschämend, was in den Kommentaren über die jüdische Gemeinde geschrieben wird. "
        "Antisemitismus darf man hier bei uns einfach nicht hinnehmen."
    ),
    "Starker Kader, die neue Frauenmannschaft vom TSV! Drei Siege in Folge, weiter so Mädels.",
    (
        "Endlich eine barrierefreie Rampe am Rathaus. Meine Mutter sitzt seit Jahren im "
        "Rollstuhl und kam bisher nur über den Hintereingang rein."
    ),
    (
        "Bin selbst lesbisch und in diesem Dorf aufgewachsen. Ehrlich gesagt hatte ich nie "
        "Probleme, die Leute hier sind offener, als viele denken."
    ),
    (
        "Evangelische und katholische Gemeinde feiern dieses Jahr zum ersten Mal gemeinsam "
        "Erntedank. Schöne Sache."
    ),
    (
        "Migranten sind nicht das Problem in unserem Stadtteil, sondern fehlende Kitaplätze und "
        "kaputte Spielplätze. Lasst euch nicht gegeneinander ausspielen."
    ),
    (
        "Herr Haddad, der syrische Zahnarzt in der Poststraße, hat meinen Sohn am Sonntagabend "
        "noch notversorgt. Danke nochmal!"
    ),
    "Im Chor der Liebfrauenkirche singen inzwischen Leute aus sieben Ländern. Klingt großartig.",
    (
        "Der Nachbar von gegenüber ist schwul und der hilfsbereiteste Mensch in der ganzen "
        "Straße – als wir umgezogen sind, hat er zwei Tage lang Kisten geschleppt."
    ),
    (
        "die werkstatt für behinderte menschen hatte beim weihnachtsmarkt die schönsten "
        "holzsterne, hab gleich fünf mitgenommen"
    ),
    (
        "Als Christ finde ich, dass der Moscheebau am Gewerbepark selbstverständlich genehmigt "
        "werden sollte. Religionsfreiheit gilt für alle."
    ),
    (
        "Bei der VHS ist der Integrationskurs jedes Mal ausgebucht. Die Leute wollen unbedingt "
        "Deutsch lernen, man muss ihnen nur die Möglichkeit geben."
    ),
    (
        "Nicht in Ordnung, dass hier pauschal über „die Türken“ geredet wird. Mein "
        "Schwiegervater kam 1971 als Gastarbeiter und hat 40 Jahre bei Opel am Band gestanden."
    ),
    (
        "Queere Jugendgruppe im Jugendhaus: jeden zweiten Freitag, offen für alle zwischen 14 "
        "und 21. Meine Nichte geht hin und fühlt sich dort endlich verstanden."
    ),
    (
        "Gleiche Bezahlung für Frauen in der Stadtverwaltung sollte eigentlich "
        "selbstverständlich sein. Gut, dass die Gleichstellungsbeauftragte da dranbleibt."
    ),
    (
        "Vor der Synagoge steht seit Jahren Polizeischutz. Traurig, dass das nötig ist – und "
        "schön, dass beim Lichterzug so viele Bürger gekommen sind."
    ),
    (
        "Beim Sommerfest in der Unterkunft am Brunnenweg haben die Bewohner für 200 Leute "
        "gekocht. Eritreisch, afghanisch, syrisch – ich war danach pappsatt."
    ),
    "100 Jahre Gehörlosenschule! Respekt vor allem, was dort geleistet wird.",
    (
        "Nein, nicht „die Ausländer“ haben den Spielplatz verwüstet. Die Täter wurden von der "
        "Polizei ermittelt, es waren Jugendliche aus dem Ort. Bitte erst lesen, dann "
        "kommentieren."
    ),
    (
        "Unsere Pfarrerin ist seit zehn Jahren mit ihrer Frau verheiratet, und die Gemeinde "
        "steht geschlossen hinter ihr."
    ),
    (
        "Als Blinde nutze ich die neuen Bodenleitsysteme am Bahnhof jeden Tag. Hat ewig "
        "gedauert, aber das Warten hat sich gelohnt."
    ),
    (
        "Fantastisch war das Roma-Kulturfest im Stadtpark, die Musik hat bis spät in die Nacht "
        "alle zum Tanzen gebracht."
    ),
    (
        "Wenn ich lese, wie hier über Geflüchtete hergezogen wird, wird mir anders. Diese "
        "Menschen sind vor einem Krieg geflohen. Etwas mehr Anstand, bitte."
    ),
    (
        "Unser Sohn geht in die Kita vom muslimischen Träger in der Nordstadt und ist da sehr "
        "glücklich. Es gibt dort auch christliche und konfessionslose Kinder, das ist völlig "
        "normal."
    ),
    (
        "Seit die ukrainischen Jungs in der C-Jugend vom FC Grünwiese mitspielen, ist die "
        "Mannschaft plötzlich Tabellenführer 😄"
    ),
    (
        "Schade, dass der Artikel die neue Bürgermeisterin vor allem über ihr Aussehen "
        "beschreibt. Bei einem Mann hätte man über seine Politik geschrieben."
    ),
    (
        "Mit Trisomie 21 die Ausbildung zur Köchin abgeschlossen – Glückwunsch an Lea aus "
        "Hohenfeld! Das Restaurant hat sie gleich übernommen."
    ),
    (
        "Mit Religion hab ich generell nicht viel am Hut, aber dass die Caritas-Tafel und der "
        "muslimische Kulturverein zusammen Essen verteilen, ist richtig gut."
    ),
    "Mein Kollege ist ein trans Mann und einer der besten Elektriker, die ich kenne.",
    (
        "Gegen Juden zu hetzen ist keine Meinung, sondern strafbar. Ich habe die Kommentare "
        "unter dem letzten Artikel gemeldet und hoffe, die Redaktion löscht sie."
    ),
    (
        "Überhaupt nichts habe ich gegen die Unterkunft in unserem Ortsteil. Seit zwei Jahren "
        "gab es da kein einziges Problem, und der Sportverein hat zehn neue Mitglieder."
    ),
    (
        "Eine Frau als Kommandantin der Freiwilligen Feuerwehr – das gab es bei uns noch nie. "
        "Glückwunsch, Kathrin!"
    ),
    (
        "Zuckerfest auf dem Marktplatz war richtig schön, mit Hüpfburg für die Kinder und "
        "Baklava für alle."
    ),
    (
        "Inklusion klappt, wenn man's einfach macht: Im Schwimmverein trainieren Kinder mit und "
        "ohne Handicap gemeinsam, und keiner fragt groß."
    ),
    "Regenbogenflagge am Rathaus – finde ich gut. Zeigt, dass alle hier willkommen sind.",
    (
        "Frau Petrenko, die aus Charkiw geflüchtet ist, unterrichtet jetzt Mathe am Gymnasium. "
        "Die Schüler mögen sie sehr."
    ),
    (
        "Antiziganismus ist leider immer noch verbreitet, auch hier in den Kommentarspalten. Wer "
        "Sinti und Roma pauschal verdächtigt, sollte mal mit den Familien in der Wiesenstraße "
        "reden."
    ),
    (
        "Bitte hört auf, den Moscheeverein für alles verantwortlich zu machen. Die Leute dort "
        "helfen bei jedem Stadtfest mit, und beim Hochwasser haben sie Sandsäcke geschleppt wie "
        "alle anderen."
    ),
    "Ich sag's mal so: Mir ist egal, wer wen heiratet. Hauptsache, die Leute sind glücklich.",
    (
        "Das beste Fladenbrot im ganzen Landkreis gibt's bei der syrischen Bäckerei in der "
        "Hauptstraße."
    ),
    (
        "Als Vater eines autistischen Sohnes bin ich der Grundschule sehr dankbar für die "
        "Schulbegleitung. Das hat sein Leben verändert."
    ),
    (
        "„Kein Platz für Rassismus“ steht jetzt groß am Vereinsheim vom SC Waldau. Klare Ansage, "
        "Respekt an den Vorstand."
    ),
    (
        "Ich bin katholisch, meine Frau ist Jüdin, und unsere Kinder feiern Weihnachten und "
        "Chanukka. Der Adventsmarkt mit Chanukka-Leuchter war für uns deshalb etwas ganz "
        "Besonderes."
    ),
    (
        "Niemand muss Angst vor einem Kopftuch haben. Die Erzieherin bei uns im Kindergarten "
        "trägt eins und ist die Ruhe selbst."
    ),
    (
        "Gestern beim Dorffest hat ein gehörloser Mann einen Gebärdensprache-Crashkurs für "
        "Kinder angeboten. Die waren mit Feuereifer dabei."
    ),
    (
        "Wer Menschen im Rollstuhl an der Haltestelle stehen lässt, weil das Einsteigen „zu "
        "lange dauert“, sollte sich mal in deren Lage versetzen. Danke an den Fahrer der Linie "
        "4, der jedes Mal die Rampe rausklappt."
    ),
    (
        "Migration ist keine Bedrohung, sondern Teil unserer Stadtgeschichte – ohne "
        "italienische, griechische und türkische Familien gäbe es hier weder Eisdielen noch die "
        "Hälfte der Handwerksbetriebe."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kessler, schöner Carport in der Lindenstraße 14. Der blaue Passat "
        "steht ja jede Nacht ganz allein da draußen."
    ),
    (
        "Frau Albers, Ihre Kleine geht doch in die Grundschule am Mühlbach, oder? Die trägt "
        "immer so eine rote Mütze. Nur damit Sie wissen, dass wir das wissen."
    ),
    (
        "Wir sehen dich, Herr Redakteur. Jeden Werktag um Viertel vor sieben beim Bäcker am "
        "Marktplatz. Schreib ruhig weiter so."
    ),
    (
        "der schiri vom sonntag soll mal gut aufpassen wenn er nach dem nächsten spiel allein "
        "zum parkplatz geht. der ist abends ziemlich dunkel"
    ),
    (
        "Man hört ja, dass alte Fachwerkhäuser so schnell brennen. Herr Imam Yilmaz wohnt doch "
        "auch in so einem, gell?"
    ),
    (
        "Frau Stadträtin Reuter, Sie joggen jeden Dienstag am Kanal entlang. Da passieren "
        "manchmal Unfälle. Nur so als Hinweis."
    ),
    (
        "Du wirst es noch bereuen, Thorsten. Wir vergessen nix. Und die Adresse von deiner "
        "Mutter haben wir auch."
    ),
    (
        "Liebe Helferinnen vom Willkommenscafé, eure Autos mit den bunten Aufklebern sind leicht "
        "zu erkennen. Schönen Abend noch."
    ),
    (
        "Polizeiobermeister Brandt, wir haben uns Ihr Gesicht gut gemerkt. Und Ihr Kennzeichen. "
        "Irgendwann haben Sie keinen Dienst."
    ),
    "Der Artikel war Ihr letzter Fehler, Frau Dr. Hanke. Wir haben Geduld.",
    (
        "schöne grüße an den herrn pfarrer. die sakristei hat hinten ja gar kein schloss mehr, "
        "ist uns letzte woche aufgefallen 😉"
    ),
    (
        "Wer so über unser Dorf schreibt, sollte sich nachts nicht mehr so sicher fühlen. Wir "
        "kennen Ihren Heimweg, Herr Lorenz."
    ),
    (
        "Dat is ne ruhige Ecke da, wo de Ratsherr Pohl wohnt. Da kriegt keiner wat mit, wenn da "
        "mal wat passiert."
    ),
    (
        "Bremsleitungen sind heutzutage ja so empfindlich. Gute Fahrt morgen nach Hannover, Frau "
        "Bürgermeisterin."
    ),
    (
        "Ihr Sohn spielt in der D-Jugend beim TuS Ebersfeld, stimmt's, Herr Vogler? Wir stehen "
        "auch manchmal am Spielfeldrand."
    ),
    (
        "Wenn die Windräder erst stehen, wird der Herr Planungsamtsleiter merken, wie einsam so "
        "ein Hof am Waldrand ist."
    ),
    (
        "Jeder hat seinen wunden Punkt, auch Sie, Frau Özdemir. Mal sehen, wie ruhig Sie "
        "schlafen, wenn nachts der Strom ausfällt."
    ),
    (
        "mir is aufgefalln das beim gemeindehaus von der moschee nachts kein licht brennt. wär "
        "schade wenn dem mal was passiert"
    ),
    (
        "Grüße an den Schmierfink vom Tageblatt: Von deinem Haus haben wir Fotos. Von vorne UND "
        "von hinten."
    ),
    (
        "Herr Kämmerer Baumgart, die Sache mit dem Schwimmbad vergessen wir Ihnen nicht. Ihre "
        "Frau arbeitet doch an der Kasse im Edeka, oder? Grüßen Sie sie schön."
    ),
    "Auch Schiedsrichter haben eine Adresse. Nur mal so, Kevin.",
    (
        "Wir beobachten das Heim an der Bahnhofstraße genau. Und die Leute, die da ein und aus "
        "gehen. Jeden einzelnen."
    ),
    (
        "Frau Pastorin Lindqvist, Kerzen in so einer alten Holzkirche sind gefährlich. Ein "
        "Windstoß, und alles ist weg. Überlegen Sie sich das gut."
    ),
    (
        "Sie haben uns verraten, Herr Ortsvorsteher. Sowas bleibt nicht ohne Folgen. Bald "
        "klingelt es bei Ihnen, und es ist nicht der Paketbote."
    ),
    (
        "Ich würd an deiner Stelle die Garage abschließen, Bernd. Und die Kinder nicht mehr "
        "allein zum Bus schicken."
    ),
    (
        "Wenn der Stadtrat das Flüchtlingsheim in der Gartenstraße durchwinkt, dann brennt das "
        "Ding, bevor der erste einzieht."
    ),
    (
        "Wenn Sie noch einen Artikel über unseren Verein schreiben, Herr Mahler, dann brechen "
        "wir Ihnen die Finger. Alle zehn."
    ),
    (
        "Sollte die Bürgermeisterin den Windpark genehmigen, wird sie nicht mehr lange "
        "Bürgermeisterin sein. Und auch nicht mehr lange gesund."
    ),
    (
        "pfeif nochmal so gegen uns, dann bekommst du nach dem spiel dein fett weg, schiri. und "
        "zwar richtig"
    ),
    "Falls die Moschee den Anbau genehmigt kriegt, fliegen da Steine. Und nicht nur Steine.",
    (
        "Taucht die Polizei noch einmal hier in unserem Viertel auf, dann gibts Verletzte. Ich "
        "mein das ernst."
    ),
    (
        "Wenn Sie die Grundschule in Kleinbrücken wirklich schließen, Herr Schulrat, stehen wir "
        "bei Ihnen vor der Tür. Mit Knüppeln."
    ),
    (
        "Noch eine Blitzeranlage an der Umgehung und das Ordnungsamt kann seine Fenster gleich "
        "mit Brettern zunageln. Die fliegen sonst alle raus."
    ),
    (
        "Wenn der Pfarrer weiter Flüchtlinge im Pfarrhaus versteckt, dann zünden wir ihm die "
        "Bude überm Kopf an."
    ),
    "Du löschst meinen Kommentar, Moderator? Dann such ich dich. Und ich finde dich.",
    (
        "Wenn dat Baugebiet am Hasenberg kommt, dann gehn de Bagger in Flammen auf und der "
        "Bauunternehmer gleich mit."
    ),
    (
        "Falls Frau Gerlach im Rat nochmal gegen die Umgehungsstraße stimmt, sollte sie sich "
        "schon mal einen guten Zahnarzt suchen."
    ),
    (
        "Wenn ihr den Kunstrasen nicht bis zum Sommer baut, dann fackeln wir euch das Rathaus "
        "ab. Versprochen."
    ),
    (
        "Sperrt ihr die Hauptstraße wegen der Baustelle, kriegt der erste Bauarbeiter, den ich "
        "seh, eine in die Fresse, dass er nicht mehr aufsteht."
    ),
    (
        "Wenn dieser Hodscha im Lokalblatt noch einmal den Mund aufmacht, dann war das das "
        "letzte Mal, dass er ihn aufmacht."
    ),
    (
        "Wenn Sie meinen Sohn noch einmal von der Klassenfahrt ausschließen, Frau Rektorin "
        "Hasselbach, dann lernen Sie mich kennen. Dann ist Ihr Gesicht nicht mehr so hübsch."
    ),
    (
        "Falls der Investor das Jugendhaus abreißen lässt, stechen wir ihm bei der Einweihung "
        "erst die Reifen platt und dann ihn selbst ab."
    ),
    (
        "Noch ein Strafzettel, und ich fahr der Politesse mit dem Auto über die Füße. Und nicht "
        "nur über die Füße."
    ),
    (
        "Wenn die Gemeinde den Kindergarten an diesen Verein gibt, fliegt da ein Molli durchs "
        "Fenster, ganz einfach."
    ),
    (
        "Wenn Sie, Herr Landrat Ebeling, die Kreisklinik dichtmachen, dann kümmern wir uns "
        "darum, dass Sie selbst bald eine brauchen."
    ),
    (
        "Ich werde den Bürgermeister Hofbauer beim Stadtfest abpassen und ihm die Fresse "
        "polieren. Soll er ruhig kommen."
    ),
    (
        "Ich bring diesen Schiedsrichter um. Samstag, nach dem Abpfiff. Der kommt nicht lebend "
        "vom Platz."
    ),
    "ich stech den nächsten von der antifa ab der mir vorm jugendzentrum über den weg läuft",
    (
        "Morgen früh steh ich vor der Redaktion und warte auf die Schwarz. Die kriegt von mir "
        "eine Abreibung, die sie nie vergisst."
    ),
    (
        "Ich hab noch das Gewehr von meinem Opa im Keller. Der Ratsherr Wendt wird bei der "
        "nächsten Sitzung sehen, dass ich nicht bluffe."
    ),
    (
        "Am Freitag geh ich zur Moschee in der Kirchgasse und schlag dem Imam den Schädel ein. "
        "Ich schwör's."
    ),
    "Der Hausmeister von der Realschule hat meinen Sohn angefasst. Ich mach den kalt, heute noch.",
    "I hau dem Vorsitzenden vom Heimatverein so oane runter, dass er nimmer aufsteht. Des is fix.",
    (
        "Ich werde den Polizisten, der mich gestern kontrolliert hat, finden und ihm das Genick "
        "brechen."
    ),
    (
        "Nächste Woche zur Bürgerversammlung wegen dem Windpark bring ich ein Messer mit. Für "
        "den Herrn vom Energieversorger."
    ),
    (
        "Leute, der Bürgermeister wohnt Am Weiher 3. Geht hin und zeigt ihm, was das Volk von "
        "ihm hält. Mit Fäusten, nicht mit Briefen."
    ),
    "Diesem Schiri sollte mal jemand richtig die Beine brechen, damit er nie wieder pfeift.",
    (
        "Alle Mann am Samstag zum Flüchtlingsheim, und dann wird aufgeräumt. Wer da rauskommt, "
        "kriegt was ab."
    ),
    "Hängt die Volksverräter im Rat auf, einen nach dem anderen. Nur so kapieren die das.",
    "Wer diese Reporterin Kowalski sieht, soll ihr eine reinhauen. Die hat es verdient.",
    "Schnappt euch die Bullen, wenn sie wieder ins Viertel kommen. Steine haben wir genug.",
    "Einer muss diesen Pfarrer Albrecht endlich stoppen, egal wie. Notfalls endgültig.",
    (
        "Kommt alle zur Ratssitzung am Donnerstag und bringt Baseballschläger mit. Die Grünen da "
        "drin sollen bluten."
    ),
    (
        "die ganzen moslems aus der neuen moschee gehören verprügelt, bis sie von selbst wieder "
        "gehen. wer macht mit?"
    ),
    (
        "Macht den Windkraft-Lobbyisten Fricke fertig, wenn er nächste Woche in die "
        "Gemeindehalle kommt. Der darf da nicht heil rausgehen."
    ),
    (
        "Es reicht. Irgendwer muss die Lehrerin Sommer mal nach der Schule abfangen und ihr "
        "zeigen, was passiert, wenn man unsere Kinder indoktriniert."
    ),
    (
        "Am besten stellt ihr euch nachts an die Unterführung und nehmt euch die Typen aus der "
        "Unterkunft einzeln vor."
    ),
    "Den Bauunternehmer Krüger sollte man in seinem eigenen Beton versenken. Freiwillige vor!",
    (
        "Fans vom SV, merkt euch das Gesicht vom Trainer aus Altenbrück. Wenn ihr ihn am Bahnhof "
        "seht, macht ihn platt."
    ),
    (
        "Ich zahl 500 Euro an jeden, der dem Ortsbürgermeister von Lindhagen so eine verpasst, "
        "dass er ins Krankenhaus muss."
    ),
    "Brennt das Rathaus nieder, dann hat das Theater mit dem Bebauungsplan ein Ende.",
    (
        "Wer ist dabei, heute Nacht die Scheiben vom Parteibüro in der Schillerstraße "
        "einzuschmeißen? Treffpunkt 23 Uhr am Kiosk."
    ),
    (
        "Die neue Unterkunft in der alten Kaserne darf nie eröffnen. Ein Kanister Benzin reicht, "
        "Leute."
    ),
    (
        "Zerkratzt und zersticht alles, was mit dem Logo der Stadtwerke rumfährt. Die sollen "
        "merken, was die Preiserhöhung kostet."
    ),
    "Die Moschee in der Gewerbestraße muss brennen. Wer traut sich?",
    "Fackelt die Windräder am Kahlenberg ab, und zwar bevor sie ans Netz gehen.",
    "macht die blitzer platt jungs, alle 4 an der umgehung. hammer reicht",
    (
        "Geht zur Redaktion vom Kreisboten und schlagt denen die Bude kurz und klein. Kameras, "
        "Rechner, alles."
    ),
    (
        "Zündet die Autos von den Polizisten auf dem Revierparkplatz an, dann wissen sie mal, "
        "wie sich das anfühlt."
    ),
    (
        "Kippt Farbe und Buttersäure ins neue Gemeindezentrum und tretet die Türen ein. Die "
        "Kirche soll den Laden nicht eröffnen."
    ),
]

LOOKALIKES_DE: list[str] = [
    "Das neue Parkraumkonzept gehört beerdigt, und zwar ganz tief.",
    "Über die Begründung vom Bauamt könnt ich mich totlachen.",
    "Samstag schießen wir die Kickers aus Hohenwalde ab, 4:0 mindestens!",
    "Unser Stürmer hat den Torwart regelrecht hingerichtet, so ein Schuss in den Winkel.",
    (
        "Der Fahrer, der vor der Grundschule mit 70 durchgebrettert ist, gehört aus dem Verkehr "
        "gezogen. Führerschein weg, sofort."
    ),
    "Wer die Bürgermeisterin bedroht, gehört vor Gericht. Punkt.",
    (
        "Die Bürgermeisterin hat Drohbriefe bekommen, das ist widerlich. Volle Solidarität aus "
        "Wendeburg."
    ),
    (
        "Am Samstag Feuerwehrübung an der alten Mälzerei: Die Halle wird in Brand gesetzt und "
        "kontrolliert gelöscht. Bitte nicht die 112 anrufen, wenn ihr Rauch seht."
    ),
    (
        "Endlich wird das marode Parkhaus am Bahnhof gesprengt. Hab schon meinen Campingstuhl "
        "für Sonntag 10 Uhr bereit."
    ),
    (
        "Wir treffen uns Montag um 18 Uhr friedlich vor dem Rathaus gegen die Schließung des "
        "Hallenbads. Bringt Kerzen und Kinder mit, keine Gewalt."
    ),
    (
        "In meinem neuen Krimi wird der Bürgermeister von Altenbrück in der Tiefgarage "
        "erschlagen. Lesung am Donnerstag in der Stadtbücherei!"
    ),
    (
        "Gestern beim Werwolf-Spiel im Jugendtreff hat mich meine eigene Schwester direkt in "
        "Nacht eins umgebracht. Familie halt."
    ),
    (
        "Jagdbericht aus dem Revier Buchholz: drei Stück Schwarzwild erlegt, darunter ein Keiler "
        "mit 85 Kilo. Waidmannsheil an alle Beteiligten."
    ),
    (
        "Fleisch mit dem scharfen Messer in feine Streifen schneiden, dann in der heißen Pfanne "
        "richtig anbraten. Rezept von Oma aus dem Sauerland."
    ),
    "Jens, wenn du am Freitag wieder nicht zum Skat kommst, bist du tot für uns 😂 Bring Bier mit.",
    "Die Polizei sollte den Raser endlich aus dem Verkehr ziehen, bevor noch was passiert.",
    (
        "Ich verurteile den Brandanschlag auf die Moschee aufs Schärfste. Wer so was tut, hat "
        "hier bei uns nichts zu suchen."
    ),
    (
        "Heute hat uns der Schiri regelrecht abgeschlachtet, drei klare Elfer nicht gegeben. "
        "Trotzdem: Beleidigungen und Drohungen gegen ihn gehen gar nicht."
    ),
    (
        "Der Antrag der Fraktion wurde heute im Ausschuss regelrecht zerfetzt. Verdient, der war "
        "auch handwerklich schlecht."
    ),
    (
        "Der Abriss der alten Gewerbeschule beginnt am 3. Mai. Die Stadt bittet Anwohner, "
        "während der Abbrucharbeiten die Fenster geschlossen zu halten."
    ),
    (
        "Mein Opa sagt immer: 'Klaust du noch einmal meine Tomaten, dreh ich dir den Hals um.' "
        "Und dann gibt er mir Kuchen."
    ),
    (
        "Die Räumungsübung in der Gesamtschule lief super, in drei Minuten waren alle 900 "
        "Schüler draußen."
    ),
    "Wir werden den Stadtrat bei der nächsten Wahl abstrafen. Mit dem Stimmzettel, versteht sich.",
    (
        "Hab die Bürgermeisterin heute beim Sommerfest getroffen, die war echt nett. Diese Hetze "
        "gegen sie im Netz macht mich fertig."
    ),
    (
        "Unser Imam hat nach den Drohanrufen Anzeige erstattet. Gut so, das muss die "
        "Staatsanwaltschaft verfolgen."
    ),
    "Die Verwaltung hat das Projekt eiskalt gekillt. Drei Jahre Arbeit für die Tonne.",
    (
        "Ich bringe meinen Chef um, wenn er noch einmal den Kaffeeautomaten im Flur abstellt 😅 "
        "(natürlich nicht wirklich)"
    ),
    (
        "Bei Call of Duty hab ich gestern die ganze Lobby ausgelöscht, das muss mir mal einer "
        "nachmachen."
    ),
    "Die Bayern machen wir im Pokal platt, wartet's nur ab!",
    "Der Kommentar über unsere Feuerwehrfrauen war unter aller Sau. Anzeigen und löschen, bitte.",
    (
        "Beim Osterfeuer auf der Festwiese wird wieder der große Holzhaufen angezündet. Start 19 "
        "Uhr, Bratwurst gibt's auch."
    ),
    (
        "Ich hab mir bei der Ratssitzung die Haare gerauft. Das war ein Massaker an der "
        "Geschäftsordnung."
    ),
    (
        "Wer unseren Schiedsrichtern droht, bekommt Stadionverbot. Das hat der Verein heute "
        "richtig entschieden."
    ),
    (
        "Die Bürgerinitiative gegen den Windpark kündigt eine Mahnwache an. Friedlich, "
        "angemeldet, mit Posaunenchor."
    ),
    (
        "Im Escape Room am Marktplatz muss man herausfinden, wer den Pfarrer vergiftet hat. Hat "
        "echt Spaß gemacht!"
    ),
    (
        "Die Polizei hat den Typen, der die Schulleiterin bedroht hat, festgenommen. Danke an "
        "die Beamten!"
    ),
    "ich sterbe 😂😂 der bürgermeister mit schwimmflügeln beim entenrennen",
    "Unser neuer Torwart ist eine echte Waffe. Die Gegner werden sich an ihm die Zähne ausbeißen.",
    (
        "Gestern den Hasen für den Sonntagsbraten selbst zerlegt, das alte Messer von Onkel "
        "Heinz schneidet wie Butter."
    ),
    (
        "Das Jugendzentrum brennt! ... vor Begeisterung, so eine Stimmung beim Bandcontest "
        "hatten wir lange nicht."
    ),
    (
        "Bei uns im Dorf sagt man halt 'Dir hau ich gleich eine' zur Begrüßung, das ist "
        "Sauerland, keine Drohung 😄"
    ),
    "Wir räumen bei der Kreistagswahl richtig auf. Dieser Klüngel wird abgewählt, fertig.",
    (
        "Die Stadt lässt die einsturzgefährdete Scheune an der Mühlenstraße abreißen. Schade "
        "drum, aber Sicherheit geht vor."
    ),
    (
        "Wenn der Bebauungsplan so kommt, klagen wir bis vors Oberverwaltungsgericht. Die "
        "Anwältin ist schon beauftragt."
    ),
    (
        "Der Täter, der die Synagoge beschmiert hat, gehört ermittelt und bestraft. So was darf "
        "es in Bergheide nicht geben."
    ),
    (
        "Nach der Messerattacke am Busbahnhof hoffe ich, dass der Mann schnell vor Gericht kommt "
        "und das Opfer sich erholt."
    ),
    "Heute Abend Tatort schauen, mal sehen, wer diesmal die Leiche im Weinberg ist.",
    (
        "Unser Zeltlager hat eine Nachtwanderung mit Gruselgeschichten gemacht, die Kleinen "
        "haben sich fast in die Hosen gemacht."
    ),
    (
        "Stellt euch vor, die Bürgermeisterin hat einen anonymen Brief bekommen: 'Deine Adresse "
        "kennen wir.' Sowas gehört sofort zur Polizei."
    ),
    (
        "Den Gegner zerlegen, die Tabelle aufrollen und am Ende den Pokal holen, so sieht's aus, "
        "Jungs!"
    ),
    (
        "Wenn die Stadt die alte Linde fällt, ketten wir uns an den Baum. Ziviler Ungehorsam, "
        "aber ohne Gewalt."
    ),
    (
        "Die Zeitung hat den Bürgermeister in der Luft zerrissen. Zu Recht, die Zahlen stimmen "
        "hinten und vorne nicht."
    ),
    "Das Schützenfest ist eröffnet: Heute Abend wird der Vogel abgeschossen, wer wird König?",
    (
        "Der Revierleiter sagt, die Einbrecher in der Siedlung kriegen sie. Ich hoffe, die "
        "sitzen bald."
    ),
    (
        "Ich drück euch allen die Daumen für die Bürgerversammlung – und denkt dran, wir bleiben "
        "sachlich, auch wenn's kracht."
    ),
    (
        "Zur Kirmes wird der alte Kirchturm nachts rot angestrahlt, sieht aus, als würde er "
        "brennen. Richtig schön!"
    ),
    (
        "Der Wolf hat wieder drei Schafe gerissen. Ich verstehe den Ärger der Schäfer, aber "
        "selbst zur Flinte greifen ist trotzdem illegal."
    ),
    (
        "Mein Sohn spielt Feuerwehrmann und hat heute die ganze Legostadt 'gelöscht', mit Wasser "
        "aus der Gießkanne 🙄"
    ),
    (
        "Wer der Polizistin in der Fußgängerzone ins Gesicht gespuckt hat, gehört hart bestraft. "
        "Respekt vor Einsatzkräften!"
    ),
    (
        "Die Stadt hat die Böllerverbotszone zu Silvester ausgeweitet. Gut so, letztes Jahr "
        "wurden am Marktplatz Raketen auf Menschen geschossen."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Cllr Brennan promised us a new surface on Mill Lane two elections ago. Still potholes "
        "you could lose a child's bike in. Vote him out in May, simple as."
    ),
    (
        "Another 'consultation' where the decision was clearly made before anyone turned up. "
        "Shameful way to run a council."
    ),
    (
        "Absolute joke that Harcastle Police can't spare one officer for the antisocial "
        "behaviour on the Fenwick estate but had four at the garden centre opening."
    ),
    (
        "The editor should be embarrassed by this headline. Half the facts are wrong and nobody "
        "from the paper bothered ringing the school."
    ),
    (
        "Northvale Water dumped sewage in the river 43 times last year and the chief exec got a "
        "bonus. Write to your MP, I have."
    ),
    (
        "councillor doyle needs to resign, no ifs no buts. you cant vote for the incinerator and "
        "then pretend you were against it at the count"
    ),
    (
        "Formal complaint lodged with the ombudsman today re: the Ashby Road application. I'd "
        "urge every resident who objected to do the same."
    ),
    (
        "Funny how the bins go fortnightly the same year the chief executive's pay goes up 12%. "
        "Funny that."
    ),
    (
        "Protest at the town hall Saturday 11am against closing Kilmory library. Bring the kids, "
        "bring placards, be loud and be polite."
    ),
    (
        "Rovers board have run this club into the ground. Sell up and let someone who actually "
        "cares have a go."
    ),
    (
        "With respect to the superintendent, 'lessons will be learned' is exactly what was said "
        "last time. Who is actually accountable?"
    ),
    (
        "Typical Gazette, four pages on the mayor's charity golf day and two lines on the school "
        "closures."
    ),
    (
        "the bus company cut the 47 with a weeks notice, my mam cant get to her hospital "
        "appointments now. disgraceful. everyone should be emailing the transport committee"
    ),
    (
        "Grand plan for the quays, sure. Same crowd said the same about the marina in 2009 and "
        "it's still a car park. Not one of them deserves your vote."
    ),
    (
        "I've sat through three of these council meetings now and have yet to hear a straight "
        "answer to a straight question. The cabinet member for housing should step aside."
    ),
    (
        "Parking charges at Westmere General going up again. Patients are a captive market and "
        "the trust knows it."
    ),
    (
        "Well done to the planning committee for approving 400 houses with no new GP surgery. "
        "Really joined-up thinking there lads."
    ),
    (
        "If the Gardaí can't respond to a break-in within three hours in a town the size of "
        "Ballymoran, the minister has to be held accountable."
    ),
    (
        "The headteacher's letter blaming parents for the uniform costs is a new low. The "
        "governors need to step in."
    ),
    (
        "Boycott Hallworth Homes. Bought the green belt site, promised a play park, then quietly "
        "dropped it the minute permission came through."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "The Polish shop on Station Road is the only place in town that still does proper bread. "
        "Lovely family too."
    ),
    (
        "Congratulations to Tom and Aled, first same-sex wedding at St Brigid's. The whole "
        "street turned out for them."
    ),
    (
        "Went to the open day at the Green Lane mosque with my lads, they gave us tea and a tour "
        "and answered every daft question we had. Recommend it."
    ),
    (
        "Whoever sprayed that filth on the synagogue wall should be ashamed of themselves. Not "
        "in our name."
    ),
    (
        "I've nothing against the asylum seekers at the Carlton, they've been nothing but polite "
        "every time I've passed. My issue is with the Home Office putting 200 people in a hotel "
        "without any support."
    ),
    (
        "My neighbour's Romanian, works nights at the care home and still shovelled my drive in "
        "the snow. Best neighbour I've ever had."
    ),
    (
        "Good to see the council finally sorting a proper transit site. The Traveller families "
        "have been moved on five times this year, which helps nobody."
    ),
    (
        "I use a wheelchair, so I'd just point out the new 'accessible' toilets at the leisure "
        "centre have a step at the door."
    ),
    (
        "The trans support group meets at the library on Thursdays if anyone's kid needs it. "
        "Quiet, friendly, no pressure."
    ),
    (
        "Eid fair in Victoria Park was brilliant, best samosas I've had and the kids loved the "
        "face painting."
    ),
    (
        "A few of the comments below this article are vile. These are kids who fled a war. Have "
        "a bit of decency."
    ),
    (
        "The volunteers restoring the old Jewish cemetery deserve a medal, they've been at it "
        "every Sunday since spring."
    ),
    (
        "my daughter is autistic and the quiet hour at the big Tesco has made the weekly shop "
        "possible for us again. thank you whoever pushed for it"
    ),
    (
        "The Syrian lads who opened the barbers on Queen St have given the whole street a lift. "
        "Fair play to them."
    ),
    "Pride in Castlebrook this year was small but lovely. Nice to see the vicar marching too.",
    (
        "It's not 'them' breaking into cars, it's the same three local lads it's always been. "
        "Stop blaming the hotel."
    ),
    (
        "The Lithuanian Saturday school rent the hall behind the parish church, lovely hearing "
        "the kids singing when you walk past."
    ),
    "Deaf club are looking for volunteers to learn BSL, I've started and it's great craic.",
    "Shame on whoever tore down the rainbow flag outside the youth centre. Bunch of cowards.",
    (
        "Horse fair's back in August. Been going since I was a child, the Travellers are part of "
        "this town whatever some people say."
    ),
]

THREATS_EN: list[str] = [
    (
        "Nice red Golf you've got outside number 14, Cllr Marsh. Be a shame if it didn't start "
        "one morning."
    ),
    "We all know which school your kids go to, Dennehy. Just saying.",
    (
        "Long dark nights coming, Mr Planning Officer. You walk that dog along the canal about "
        "ten, don't you."
    ),
    "Old buildings like that hotel go up very easily. Just an observation.",
    (
        "People who sign off on things like this tend to have accidents. Hope the councillor's "
        "careful crossing roads these days."
    ),
    "the journalist who wrote this lives on Orchard Close. people round here have long memories",
    (
        "Keep pushing this, Councillor. Your wife's shop on Bridge Street would be a real loss "
        "to the town."
    ),
    (
        "Tell the lads running that hostel that we've been watching who comes and goes. Every "
        "night. Sleep well."
    ),
    (
        "If that mast goes up on the green, whoever puts it up will be picking their teeth off "
        "the pavement."
    ),
    "If the council evicts my mother I'll be paying Cllr Kerrigan a visit with a hammer.",
    (
        "Any more of that hotel lot hanging round the school gates and they'll get their heads "
        "kicked in."
    ),
    "Approve those flats and I swear the chair of planning won't make it home that night.",
    "if the ref gives us that again on saturday hes not getting out of the ground in one piece",
    "Put one more ticket on my van and the next warden I see gets a fist in the face.",
    "I'm going to find Councillor Oduya and break his legs. Mark my words.",
    "Going down to that office tomorrow and I'll batter the editor who printed this.",
    "I will stab the next bailiff who comes to my door. I mean it.",
    "I'll set your house alight with you still inside it, Flanagan.",
    (
        "Somebody ought to call round to that landlord's house and give him a good hiding. His "
        "address is on the planning portal lads."
    ),
    "Everyone down to the hotel tonight, drag them out and teach them a lesson.",
    (
        "Lads, the councillor's surgery is Friday at the community centre. Get there and give "
        "him what he deserves, fists not words."
    ),
    "wait for that warden after his shift and put him in hospital, hes earned it",
    "Somebody torch that new mosque before it opens, that's all they'll ever understand.",
    "Get down to the depot tonight and smash up every one of those camera vans, tyres and all.",
    "Let's all go and burn the developer's portacabins down Saturday night, see how they like it.",
]

LOOKALIKES_EN: list[str] = [
    "This ridiculous plan should be killed off at committee before it wastes any more money.",
    "Rovers absolutely murdered Crossley 5-0 last night. Total slaughter, loved every minute.",
    "My lad got a headshot on the final boss and nearly brought the ceiling down screaming.",
    (
        "For the garlic bread: bash the cloves with the flat of a knife, then beat the butter "
        "within an inch of its life."
    ),
    (
        "If the developer breaches the conditions, the council can and should take them to court "
        "and hit them with the biggest fine going."
    ),
    (
        "Whoever attacked the bus driver on the 22 deserves a long stretch. Violence is never "
        "the answer."
    ),
    (
        "Cllr Hughes says she received a letter threatening her family after the vote. That's "
        "appalling, no matter how you feel about the decision."
    ),
    (
        "We'll gather outside the council chamber on Tuesday with banners. Peaceful, lawful and "
        "loud. Join us."
    ),
    "Our keeper was on fire Saturday, kept us in it single-handed.",
    "That cheesecake at the new café on the square is to die for.",
    (
        "If they close the A&E they'll have blood on their hands. People will die waiting for "
        "ambulances to Brackley."
    ),
    "Smashed my PB at parkrun this morning, legs are destroyed.",
    (
        "Old Christmas trees getting burned at the bonfire night display on the common, council "
        "permit and fire brigade on site."
    ),
    "Beat them at the polls. That's the only fight worth having.",
    "The bouncy castle at the gala got absolutely battered by the wind, nobody hurt thank god.",
    (
        "I know the councillor's address, everyone does, he holds his surgery in his front room. "
        "Go and talk to him, he does listen."
    ),
    (
        "Reported the man who shouted threats at my daughter outside the school, the police were "
        "brilliant and he's been charged."
    ),
    "Our midfield got torn apart in the second half, absolute bloodbath.",
    (
        "Taking a sledgehammer to the old kitchen this weekend, anyone want the units before "
        "they go in the skip?"
    ),
    "The community council should fire the contractor tomorrow. Sack the lot and re-tender.",
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
