"""A second held-out judgement table: German regional news comments, some English.

Written in one sitting by a writer who read neither the functional suite, the threat tables, the
first judgement table (judgement_heldout_cases.py) nor any training template or written row; 24
cases that shared a run of five words with those were reworded for the overlap alone, by a writer
who saw no scores, before any scorer was run on the table. Kinds, and what the default policy
should do: sharp but legitimate criticism and neutral or friendly mentions of groups (counter-
speech included) are published; threats and calls for violence are held; harmless look-alikes
(sport, games, reviews, reports, figurative or lawful wording) are published. German threats,
in order: veiled (1-15), conditional (16-27), direct (28-39), calls against people (40-50),
calls against property (51-60); the English ones in the same order (5, 4, 4, 4, 3).

Use these cases only to judge scoring models. Do not train on them, and do not use them to fit
or tune rules, word lists or thresholds; otherwise they stop being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Dass der Stadtrat das Hallenbad in Neustadt schließt und gleichzeitig 2,4 Millionen "
        "für einen neuen Kreisverkehr ausgibt, ist ein Skandal. Wo sollen unsere Kinder denn "
        "jetzt schwimmen lernen?"
    ),
    (
        "Die Bürgermeisterin hat vor der Wahl hoch und heilig versprochen, die Kitagebühren "
        "nicht anzufassen. Jetzt steigen sie um 18 Prozent. Wer so mit seinem Wort umgeht, "
        "sollte zurücktreten."
    ),
    (
        "Der Landrat duckt sich mal wieder weg. Seit drei Wochen keine Stellungnahme zum "
        "Klinikum, nur Pressemitteilungen ohne Inhalt. Armselige Kommunikation."
    ),
    (
        "Peinlich, liebe Redaktion. Im Artikel steht zweimal der falsche Name des "
        "Ortsvorstehers und die Zahlen zur Umgehungsstraße stimmen auch nicht. Bitte sauber "
        "recherchieren."
    ),
    (
        "Die CDU-Fraktion hat jahrelang jeden Radweg blockiert und tut jetzt so als hätte sie "
        "das Thema erfunden. Unglaubwürdiger gehts kaum."
    ),
    (
        "Die SPD im Kreistag hat schlicht keinen Plan für den Nahverkehr. Nach 19 Uhr fährt "
        "kein Bus mehr ins Umland, und das verkauft man uns dann als Verkehrswende."
    ),
    (
        "Die Grünen in der Stadt haben völlig den Bezug zu denen verloren, die draußen auf den "
        "Dörfern wohnen und aufs Auto angewiesen sind. Das Parkraumkonzept ist weltfremd."
    ),
    (
        "Das Bauamt arbeitet offensichtlich völlig planlos, anders lässt sich nicht erklären "
        "dass die Sanierung der Grundschule zum dritten Mal verschoben wird."
    ),
    (
        "Wie konnte der Polizeieinsatz beim Stadtfest so aus dem Ruder laufen? Pfefferspray "
        "gegen Jugendliche, die nur rumstanden. Das muss unabhängig aufgearbeitet werden."
    ),
    (
        "Der Vorstand vom SV Eintracht hat den Verein an die Wand gefahren. Schulden, kein "
        "Jugendtrainer, und jetzt soll auch noch der Nebenplatz verkauft werden. Rücktritt, und"
        " zwar geschlossen!"
    ),
    (
        "Die Stadtwerke erhöhen die Fernwärmepreise und zahlen dem Geschäftsführer gleichzeitig"
        " einen Bonus. An Dreistigkeit kaum zu überbieten."
    ),
    (
        "Verdammt nochmal, seit vier Jahren wird über die Ampel an der Bahnhofstraße diskutiert"
        " und passiert ist gar nichts. Muss da erst ein Schulkind unter die Räder kommen?"
    ),
    (
        "Die AfD stellt im Gemeinderat Anträge, die rechtlich gar nicht zulässig sind, bloß um "
        "Schlagzeilen zu produzieren. Reine Show ohne jeden Sachverstand."
    ),
    (
        "Die FDP redet ständig von Entbürokratisierung, aber ausgerechnet ihr Stadtrat hat den "
        "Bauantrag der Bäckerei Schäfer mit ausgebremst. Heuchelei pur."
    ),
    (
        "Die Linke fordert ein kostenloses Sozialticket, sagt aber mit keinem Wort, woher das "
        "Geld kommen soll. Populistisch und unseriös."
    ),
    (
        "Das BSW hängt hier überall Friedensplakate auf, hat aber zu keinem einzigen kommunalen"
        " Problem eine Antwort. Wen wollen die eigentlich vertreten?"
    ),
    (
        "Die Freien Wähler haben sich beim Windpark dreimal umentschieden. Wie soll man so "
        "einer Fraktion noch irgendwas glauben?"
    ),
    (
        "Ich finde es falsch, dass der Kreis die Turnhalle der Realschule schon wieder als "
        "Notunterkunft belegt. Die Kinder haben seit Monaten keinen Sportunterricht. Berlin "
        "muss Zuwanderung endlich besser steuern und darf die Kommunen nicht allein lassen."
    ),
    (
        "Die Integrationskurse im Landkreis haben Wartezeiten von acht Monaten. Wer Zuwanderung"
        " will, muss auch für Sprachkurse sorgen. Ein Totalversagen der zuständigen Behörden."
    ),
    (
        "Ich bin für eine deutlich strengere Asylpolitik und schnellere Rückführungen "
        "abgelehnter Bewerber. Das muss man sagen dürfen, ohne gleich in die rechte Ecke "
        "gestellt zu werden."
    ),
    (
        "Dass die Stadtverwaltung jetzt jedes Schreiben mit Genderstern verschickt halte ich "
        "für überflüssig. Die Bürger haben andere Sorgen als Sternchen in Formularen."
    ),
    (
        "Das Selbstbestimmungsgesetz hätte man gründlicher beraten müssen, gerade was "
        "Frauenhäuser und Wettkämpfe im Sport angeht. Die Debatte im Bundestag wurde viel zu "
        "schnell abgewürgt."
    ),
    (
        "Die Gleichstellungsbeauftragte bekommt eine zweite Vollzeitstelle, aber für die "
        "Schulsozialarbeit ist angeblich kein Geld da. Falsche Prioritäten, liebe Verwaltung."
    ),
    (
        "Das Ordnungsamt verteilt sonntags Knöllchen vor der Kirche während des Gottesdienstes,"
        " aber gegen die Raser auf der Hauptstraße passiert nichts. Abzocke statt Sicherheit."
    ),
    (
        "Die Bahn sperrt die Strecke nach Gießen schon wieder für sechs Wochen, und der "
        "Schienenersatzverkehr fährt wie er lustig ist. Eine Zumutung für alle Pendler."
    ),
    (
        "Der Bericht ist einseitig. Ihr habt nur den Bürgermeister zitiert und keinen einzigen "
        "Anwohner gefragt. So geht Lokaljournalismus nicht."
    ),
    (
        "Zum Schreien, diese Baustellenplanung. Drei Straßen gleichzeitig aufgerissen, der "
        "Rettungswagen braucht zehn Minuten länger. Wer hat sich das ausgedacht?"
    ),
    (
        "Der Oberbürgermeister sollte endlich die Verantwortung für das Desaster um das Stadion"
        " übernehmen und seinen Hut nehmen."
    ),
    (
        "Die Kreisverwaltung hat die Förderfrist für den Glasfaserausbau verpasst, 1,2 "
        "Millionen einfach verschenkt. Da muss jemand dienstrechtlich zur Verantwortung gezogen"
        " werden."
    ),
    (
        "Schämen sollte sich der Gemeinderat, dass er das Jugendzentrum dichtmacht um ein paar "
        "Euro zu sparen. Und hinterher wundert man sich über die Schmierereien am Bahnhof."
    ),
    (
        "Die Polizei hier hat offenbar keine Zeit für Fahrraddiebstähle. Anzeige erstattet nie "
        "wieder was gehört. Frustrierend."
    ),
    (
        "Lächerlich, dass der Bauhof im Januar Blumenkübel aufstellt, aber die Schlaglöcher in "
        "der Lindenallee seit zwei Wintern ignoriert."
    ),
    (
        "Der Trainer der Kickers muss weg. Fünf Niederlagen in Serie, keine Idee, keine "
        "Spielkultur. Der Vorstand muss jetzt handeln statt zu zögern."
    ),
    (
        "Das Krankenhaus hat die Geburtsstation geschlossen und die Klinikleitung erzählt was "
        "von Qualität. Jetzt fahren Schwangere 45 Minuten bis zum nächsten Kreißsaal. "
        "Verantwortungslos!"
    ),
    (
        "Der Bäderbetrieb erhöht den Eintritt auf neun Euro für Erwachsene. Familien können "
        "sich das Freibad bald nicht mehr leisten, sozial ist das nicht."
    ),
    (
        "Ein Armutszeugnis für unseren Stadtrat: Die Bürgerbefragung zur Innenstadt wurde "
        "einfach ignoriert, weil das Ergebnis nicht ins Konzept gepasst hat."
    ),
    (
        "Wieder eine Sitzung hinter verschlossenen Türen. Transparenz sieht anders aus, Herr "
        "Bürgermeister. Was gibt es beim Grundstücksverkauf am Mühlbach zu verheimlichen?"
    ),
    (
        "Die Ortsvorsteherin hat die Bürgerversammlung nach 20 Minuten abgebrochen, weil ihr "
        "die Fragen unangenehm wurden. Das ist kein demokratischer Stil."
    ),
    (
        "Der Energieversorger kündigt langjährige Kunden und bietet ihnen danach teurere Tarife"
        " an. Sowas gehört verboten, die Verbraucherzentrale sollte dagegen klagen."
    ),
    (
        "Die Kirchengemeinde verkauft das Pfarrhaus an einen Investor, statt dort Wohnungen für"
        " junge Familien zu ermöglichen. Enttäuschend, gerade von der Kirche."
    ),
    (
        "Das Landratsamt braucht für eine Baugenehmigung inzwischen 14 Monate. Kein "
        "Handwerksbetrieb kann so planen. Der Landrat muss mehr Personal einstellen oder die "
        "Abläufe digitalisieren."
    ),
    (
        "Die Schulleitung hat die Beschwerden der Eltern über den Schimmel monatelang "
        "abgewiegelt. Jetzt ist der ganze Trakt gesperrt. Das hätte man verhindern können."
    ),
    (
        "Herrgott nochmal, wie oft sollen wir noch melden, dass der Fußweg zur Grundschule im "
        "Winter stockdunkel ist? Seit drei Jahren fehlt da eine Laterne."
    ),
    (
        "Die Müllgebühren steigen und die Tonne wird nur noch alle vier Wochen geleert. Mehr "
        "Geld für weniger Leistung, eine Frechheit."
    ),
    (
        "Dass der Beamte nach dem Vorfall bei der Demo einfach versetzt wird und kein Verfahren"
        " eingeleitet wird, ist ein Skandal. Polizeigewalt muss Konsequenzen haben."
    ),
    (
        "Der Investor hatte versprochen, das alte Kino zu erhalten, jetzt steht dort ein "
        "Discounter. Die Stadt hat sich über den Tisch ziehen lassen."
    ),
    (
        "Warum steht eigentlich jeder Artikel über unser Dorf hinter der Paywall? Als Abonnent "
        "seit 30 Jahren fühle ich mich veräppelt."
    ),
    (
        "Dass die gut integrierte Familie aus Kirchheim abgeschoben wird, ist ein Versagen der "
        "Ausländerbehörde. Der Vater hat eine feste Stelle, die Kinder gehen hier zur Schule."
    ),
    (
        "Das Sozialamt verschleppt Wohngeldanträge systematisch. Meine Mutter wartet seit fünf "
        "Monaten auf einen Bescheid. Wer trägt dafür die Verantwortung?"
    ),
    (
        "Die Verkehrsbetriebe streichen die Linie 7 wegen angeblich zu weniger Fahrgäste. Kein "
        "Wunder, wenn der Bus nur alle zwei Stunden kommt. Selbsterfüllende Prophezeiung."
    ),
    (
        "Dieser Haushaltsentwurf ist unseriös. Die Kämmerin will Rücklagen aufbrauchen, die es "
        "gar nicht mehr gibt. Der Rat darf das so nicht durchwinken."
    ),
    (
        "Der Bürgermeister gönnt sich auf Steuerkosten einen Dienstwagen der Oberklasse, "
        "während in den Schulen die Toiletten kaputt sind. Instinktlos."
    ),
    (
        "Dass die Migration nach Deutschland kaum gesteuert wird, merken die Kommunen zuerst. "
        "Ich erwarte von der Bundesregierung eine klare Begrenzung und mehr Geld für Städte und"
        " Gemeinden."
    ),
    (
        "Gendersprache in Schulbüchern sollte nicht per Erlass verordnet werden. Lasst "
        "Lehrkräfte und Eltern mitreden, statt das von oben durchzudrücken."
    ),
    (
        "Mit dem Windrad direkt hinter dem Neubaugebiet hat der Planungsausschuss die Anwohner "
        "komplett übergangen. So verspielt man die Akzeptanz für die Energiewende."
    ),
    (
        "Der Brandschutzprüfer hat das Feuerwehrhaus für untauglich erklärt und der Gemeinderat"
        " hat trotzdem zwei Jahre lang nichts unternommen. Fahrlässig."
    ),
    (
        "Liebe Redaktion, ihr schreibt von 'Randale' beim Derby, dabei waren es drei Bengalos. "
        "Reißerische Überschrift, das ist Clickbait und eurer Zeitung nicht würdig."
    ),
    (
        "Der Verband verweigert die Lizenz wegen fehlender Flutlichtmasten. Bürokratischer "
        "Irrsinn, an dem kleine Vereine zugrunde gehen."
    ),
    (
        "Die Supermarktkette schließt die einzige Filiale im Ort und lässt die älteren Leute "
        "ohne Einkaufsmöglichkeit zurück. Profit vor Menschen, typisch."
    ),
    (
        "Ich wähle seit 25 Jahren SPD, aber nach dem Umgang mit der Kita-Affäre ist Schluss. "
        "Der Fraktionsvorsitzende hat jede Glaubwürdigkeit verspielt und sollte sein Mandat "
        "niederlegen."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schöner Bericht über das Fastenbrechen vor der Moschee am Marktplatz. Wir waren mit "
        "den Nachbarn da, es gab Linsensuppe und viele nette Gespräche."
    ),
    (
        "Der junge Mann aus Syrien, der seit zwei Jahren bei unserer Freiwilligen Feuerwehr "
        "ist, hat beim Hochwasser die ganze Nacht Sandsäcke geschleppt. Danke, Mahmoud!"
    ),
    (
        "Als Rollstuhlfahrerin komme ich seit dem Umbau nicht mehr allein ins Bürgerbüro, die "
        "neue Rampe ist viel zu steil. Hat das vorher niemand nachgemessen?"
    ),
    (
        "Der CSD in Oldenburg war dieses Jahr so bunt wie nie. Schön, dass auch der Turnverein "
        "und die Jugendfeuerwehr mitgelaufen sind."
    ),
    (
        "Mein Bruder ist schwul und lebt seit zehn Jahren mit seinem Mann hier im Dorf. Ehrlich"
        " gesagt hat das nie jemanden gestört."
    ),
    (
        "Die jüdische Gemeinde öffnet am Sonntag ihre Synagoge für alle Interessierten. Ich war"
        " letztes Jahr dort, sehr empfehlenswert, man lernt viel."
    ),
    (
        "Die Flüchtlinge aus der Unterkunft an der Kasernenstraße haben beim Frühjahrsputz im "
        "Stadtpark mitgemacht. Tolle Aktion vom Integrationsbeirat."
    ),
    (
        "Viele Ausländer in unserer Stadt arbeiten in der Pflege. Ohne sie würde das "
        "Seniorenheim in der Eichenstraße gar nicht laufen."
    ),
    (
        "Der Islam gehört in meiner Nachbarschaft längst zum Alltag. Die Familie nebenan bringt"
        " uns zum Zuckerfest jedes Jahr selbstgemachtes Baklava."
    ),
    (
        "Das Sommerfest der evangelischen Kirchengemeinde war wieder ein voller Erfolg. Der "
        "Posaunenchor hat super gespielt."
    ),
    (
        "Interessanter Artikel über die Geschichte der Sinti in unserer Region. Dass die "
        "Familie Reinhardt seit über hundert Jahren hier Musik macht, wusste ich nicht."
    ),
    (
        "Gut, dass die Stadt endlich eine Gedenktafel für die ermordeten Sinti und Roma am "
        "Bahnhof anbringt. Das war überfällig."
    ),
    (
        "Ich bin Schwarze Deutsche, in Mannheim geboren, und freue mich, dass die Zeitung mal "
        "über afrodeutsche Geschichte in der Kurpfalz berichtet."
    ),
    (
        "Der türkische Gemüsehändler in der Altstadt hat die beste Auswahl weit und breit. Herr"
        " Yılmaz kennt jeden Stammkunden mit Namen."
    ),
    (
        "Die ukrainischen Kinder in der Klasse meiner Tochter sprechen nach einem Jahr schon "
        "erstaunlich gut Deutsch. Respekt an die Lehrerinnen."
    ),
    (
        "Der russischsprachige Kulturverein veranstaltet einen Liederabend im Bürgerhaus. Freu "
        "mich drauf, letztes Mal war es wunderschön."
    ),
    (
        "Mein Sohn ist behindert und spielt seit drei Jahren in der inklusiven "
        "Fußballmannschaft vom TSV. Die Trainer machen das großartig."
    ),
    (
        "Endlich eine Frau an der Spitze der Kreisfeuerwehr. Glückwunsch an Kreisbrandmeisterin"
        " Berger!"
    ),
    (
        "Die Seniorinnen vom Strickcafé haben 200 Mützchen für die Neugeborenenstation "
        "gespendet. Einfach lieb."
    ),
    (
        "Der Artikel über die trans Jugendliche, die in der Theater-AG die Hauptrolle spielt, "
        "hat mich berührt. Mutig und toll gespielt."
    ),
    (
        "Lesbische Paare werden immer noch benachteiligt, weil die zweite Mutter das eigene "
        "Kind erst adoptieren muss. Gut, dass der Artikel das aufgreift."
    ),
    (
        "Die Moscheegemeinde hat nach dem Wohnungsbrand im Nachbarhaus sofort Schlafplätze und "
        "Essen angeboten. So sieht gute Nachbarschaft aus."
    ),
    (
        "Die Schmierereien an der Synagogenmauer sind widerlich. Antisemitismus dulden wir in "
        "dieser Stadt nicht, und ich hoffe die Ermittler finden die Verantwortlichen."
    ),
    (
        "Wer hier in den Kommentaren über Flüchtlinge herzieht, sollte mal bei der Tafel "
        "vorbeischauen und mit den Leuten dort sprechen. Die meisten wollen einfach arbeiten."
    ),
    (
        "Traurig, dass die Regenbogenfahne am Rathaus schon zum zweiten Mal heruntergerissen "
        "wurde. Solidarität mit allen queeren Menschen hier."
    ),
    (
        "Meine Oma ist jetzt 91 und geht jeden Dienstag zum Seniorentanz im Gemeindehaus. Die "
        "Älteren hier sind fitter als mancher Junge."
    ),
    (
        "Die muslimischen Schülerinnen der Gesamtschule haben einen Spendenlauf für das "
        "Kinderhospiz organisiert. Über 3000 Euro sind zusammengekommen."
    ),
    (
        "Die katholische Pfarrei feiert 250 Jahre Wallfahrtskirche. Auch als Nicht-Katholik "
        "finde ich das ein schönes Fest fürs ganze Dorf."
    ),
    (
        "Der Gehörlosenverein bietet jetzt Gebärdensprachkurse an der Volkshochschule an. Hab "
        "mich direkt angemeldet."
    ),
    (
        "Mein Kollege aus Eritrea hat gerade die Gesellenprüfung als Elektroniker bestanden, "
        "als Jahrgangsbester. Wir sind stolz auf ihn!"
    ),
    (
        "Blinde Menschen können die neuen Ampeln an der Kreuzung Ring/Kaiserstraße nicht "
        "nutzen, weil das Tonsignal fehlt. Bitte nachrüsten, liebe Stadt."
    ),
    (
        "Dass ein schwules Paar jetzt das Traditionsgasthaus im Ort übernommen hat, freut mich."
        " Der Sonntagsbraten ist besser als je zuvor."
    ),
    (
        "Die Hetze gegen Muslime in dieser Kommentarspalte ist unerträglich. Man kann über "
        "Politik streiten, ohne eine ganze Religion schlechtzumachen."
    ),
    (
        "Die Frauenmannschaft des FC hat den Aufstieg geschafft, und trotzdem steht das in der "
        "Zeitung nur ganz klein. Die hätten die Titelseite verdient."
    ),
    (
        "Der Elternverein für Kinder mit Down-Syndrom lädt zum Sommerfest ein. Wir gehen mit "
        "der ganzen Familie hin."
    ),
    (
        "Die Ausländerbehörde vergibt neuerdings Termine online, das hat für meinen Mann aus "
        "Brasilien vieles erleichtert."
    ),
    (
        "Als Migrantin der ersten Generation habe ich mich sehr über das Porträt der "
        "vietnamesischen Familie mit dem Blumenladen gefreut. Solche Geschichten gibt es viele."
    ),
    (
        "In der Flüchtlingsunterkunft gibt es jetzt ein Nähcafé, wo Frauen aus Afghanistan und "
        "Rentnerinnen aus dem Ort zusammen Kleider ändern."
    ),
    ("Der Chor der orthodoxen Gemeinde hat beim Adventskonzert im Dom gesungen. Gänsehaut pur."),
    (
        "Die Jüdischen Kulturtage bringen dieses Jahr Klezmer in die Stadthalle. Hoffentlich "
        "gibt es noch Karten."
    ),
    (
        "Dass jemand einen Schwarzen Schüler an der Bushaltestelle rassistisch beschimpft hat, "
        "macht mich fassungslos. Gut, dass andere Fahrgäste eingeschritten sind."
    ),
    (
        "Die Roma-Familie, die das Café am Kanal betreibt, hat beim Stadtteilfest umsonst "
        "Kaffee ausgeschenkt. Nette Geste."
    ),
    (
        "Ein trans Mann kandidiert für den Ortsbeirat, das ist für unser Dorf neu. Mir ist "
        "wichtig, was er zu den Bushaltestellen sagt, und da überzeugt er."
    ),
    (
        "Als Mensch mit Behinderung finde ich gut, dass die Zeitung das Wort behindert ganz "
        "normal benutzt und nicht herumdruckst."
    ),
    (
        "Die Computerkurse für Senioren in der Stadtbibliothek sind immer ausgebucht. "
        "Vielleicht sollte man mehr Termine anbieten."
    ),
    (
        "Mein Nachbar ist Kurde und hat mir beim Umzug mit angepackt, ohne dass ich fragen "
        "musste. Mehr davon."
    ),
    (
        "Die Polin, die bei uns im Dorf die Physiotherapiepraxis eröffnet hat, ist fachlich "
        "top. Endlich muss man nicht mehr bis in die Stadt fahren."
    ),
    (
        "Bitte lasst die Witze über alte Leute am Steuer. Mein Vater fährt mit 80 vorsichtiger "
        "als die meisten, und pauschale Urteile helfen niemandem."
    ),
    (
        "Die Ditib-Gemeinde und die evangelische Kirche haben zusammen ein Friedensgebet "
        "organisiert. Schöne Initiative über Religionsgrenzen hinweg."
    ),
    (
        "Die Geflüchteten aus der Ukraine, die bei uns im Ort wohnen, haben beim Erntedankfest "
        "Borschtsch gekocht. Der Topf war in einer Stunde leer."
    ),
    ("Bei den Paralympics ist ein Schwimmer aus unserer Stadt dabei. Daumen drücken für Jonas!"),
    (
        "Die Moschee in der Nordstadt macht am Samstag Führungen durch den Gebetsraum. Ich war "
        "noch nie in einer und werde mir das ansehen."
    ),
    (
        "Die Lebenshilfe-Werkstatt baut jetzt die Holzbänke für den Kurpark. Gute Qualität und "
        "sinnvolle Arbeit."
    ),
    (
        "Pauschale Vorurteile gegen Roma, wie sie weiter unten stehen, sind beschämend. Wer die"
        " Geschichte der Verfolgung kennt, sollte sich solche Sätze verkneifen."
    ),
    (
        "Die Frauenbeauftragte hat mit dem Lions Club einen Selbstbehauptungskurs für Mädchen "
        "organisiert. Sehr sinnvolles Angebot."
    ),
    (
        "Die queere Jugendgruppe trifft sich jetzt jeden Donnerstag im Jugendhaus. Ich bin "
        "froh, dass mein Sohn so einen Ort hat."
    ),
    (
        "Die christlichen Pfadfinder haben mit Kindern aus der Flüchtlingsunterkunft ein "
        "Zeltlager gemacht. Alle kamen begeistert zurück."
    ),
    (
        "Türkischstämmige Unternehmer betreiben in der Weststadt inzwischen fast jeden zweiten "
        "Laden. Ohne sie wäre die Straße längst verödet."
    ),
    (
        "Jude zu sein darf in Deutschland keine Angst bedeuten. Ich stehe am Samstag bei der "
        "Mahnwache an der Synagoge, kommt gerne dazu."
    ),
    (
        "Die Aussiedler aus Kasachstan, die in den 90ern hergekommen sind, haben unsere "
        "Kirchengemeinde am Leben gehalten. Das sollte man auch mal sagen."
    ),
]

THREATS_DE: list[str] = [
    (
        "Frau Bürgermeisterin, Ihr blauer Passat parkt jeden Abend unbeleuchtet vor Ihrem Haus "
        "in der Ahornstraße. Die Straße ist nachts schön dunkel. Nur mal so erwähnt."
    ),
    (
        "Herr Landrat, Ihre Tochter geht doch aufs Gymnasium am Schlossberg? Die radelt immer "
        "allein heim. Denken Sie mal drüber nach, bevor Sie die Unterkunft durchdrücken."
    ),
    (
        "Wir wissen, dass der Redakteur, der diesen Artikel auf dem Gewissen hat, jeden Morgen "
        "um halb sieben mit dem Hund an der Lahn entlanggeht. Grüße von ein paar Lesern."
    ),
    (
        "Der Ortsvorsteher soll ruhig weiter so tun, als hätte er nichts gehört. Irgendwann "
        "steht er nach der Sitzung allein auf dem Parkplatz, und dann unterhalten wir uns mal "
        "in Ruhe."
    ),
    (
        "Auf der Kreisstraße passieren nachts ständig Unfälle, gerade wenn einer so spät wie "
        "der Herr Stadtrat aus der Fraktionssitzung heimfährt. Und bei so alten Autos sind die "
        "Bremsleitungen ja auch nicht mehr die besten."
    ),
    (
        "Der Pfarrer, der die Flüchtlinge ins Kirchenasyl genommen hat, wird noch merken, was "
        "er davon hat. Die Leute hier vergessen nichts."
    ),
    (
        "Schönes Foto vom Bauamtsleiter mit Frau und Kindern auf der Gemeindehomepage. Jetzt "
        "wissen wir alle, wie die Kleinen aussehen."
    ),
    (
        "Schauen Sie in den nächsten Wochen lieber öfter in den Rückspiegel, Frau Kreisrätin. "
        "Wir sind näher, als Sie denken."
    ),
    (
        "Die Journalistin von der Lokalredaktion wohnt übrigens in der Gartenstadt, die "
        "Hausnummer hab ich auch. Man sieht sich."
    ),
    (
        "Gemeinderat Köhler, wir haben dich im Blick. Jeden Freitag Stammtisch im Hirschen, "
        "danach zu Fuß durch den Park heim. Genieß es, solange es geht."
    ),
    (
        "Der Vorsitzende vom Integrationsrat sollte nachts besser nicht mehr ans Telefon gehen "
        "und die Haustür zweimal abschließen. Gut gemeinter Rat von Leuten, die ihn beobachten."
    ),
    (
        "Die Herren vom Moscheeverein werden schon merken, was sie davon haben. Hinterher soll "
        "keiner behaupten, es hätte niemand Bescheid gesagt."
    ),
    (
        "Irgendwann steht der Bürgermeister mal ohne seine Leute vom Ordnungsamt da. Der Tag "
        "kommt, und den vergisst er dann nicht mehr."
    ),
    (
        "Hübscher Garten, Herr Polizeipräsident. Und so ein schöner Carport aus Holz. Holz ist "
        "halt empfindlich."
    ),
    (
        "Die Richterin, die den Brandstifter laufen gelassen hat, kommt immer gegen fünf über "
        "den Hintereingang vom Amtsgericht raus. Nur damit das mal jemand weiß."
    ),
    (
        "Wenn der Stadtrat am Donnerstag für das Flüchtlingsheim stimmt, dann brennt bei den "
        "Ratsmitgliedern demnächst mehr als nur die Adventskerze."
    ),
    (
        "Sollte die Gemeinde den Sportplatz tatsächlich für Windräder opfern, werden wir dem "
        "Bürgermeister persönlich die Knochen brechen. Versprochen."
    ),
    (
        "Falls der Kreistag die Klinik dichtmacht, kriegt der Landrat von uns eine Abreibung, "
        "nach der er wochenlang im Krankenhaus liegt. Dann hilft ihm auch sein Fahrer nicht."
    ),
    (
        "Noch so ein Artikel, und der Schreiberling von der Zeitung kriegt eins aufs Maul, wenn"
        " er das nächste Mal auf der Tribüne sitzt."
    ),
    (
        "Wenn die uns die Straßenausbaubeiträge aufdrücken, fahren wir mit dem Traktor durch "
        "den Vorgarten vom Ortsvorsteher und danach über ihn drüber."
    ),
    (
        "Kommt Tempo 30 in der Dorfstraße, dann lernt der grüne Stadtrat meine Fäuste kennen, "
        "das schwör ich."
    ),
    (
        "Muss mein Sohn wegen der neuen Schulbezirke auf die Gesamtschule, komm ich zur "
        "Schulleiterin ins Büro und dann fließt Blut."
    ),
    (
        "Zieht die Pride-Parade wieder durch unsere Straße, stehen wir mit Baseballschlägern am"
        " Rand und hauen jeden um, der vorbeiläuft."
    ),
    (
        "Entscheidet der Ausschuss gegen uns Jäger, sollte sich der Vorsitzende gut überlegen, "
        "ob er noch in den Wald geht. Da geht schnell mal ein Schuss in die falsche Richtung."
    ),
    (
        "Wird die Containersiedlung am Sportpark gebaut, knallt es. Und zwar nicht mit "
        "Silvesterböllern, sondern richtig, für jeden, der da einzieht."
    ),
    (
        "Pfeift der Schiri am Sonntag noch mal so ein Ding gegen uns, wartet nach dem Abpfiff "
        "eine Gruppe am Parkplatz auf ihn, und der geht dann nicht mehr auf eigenen Beinen "
        "heim."
    ),
    (
        "Sollte die Bürgermeisterin die Grundsteuer noch einmal anheben, erschieße ich sie "
        "eigenhändig. Einen Jagdschein hab ich."
    ),
    ("Dich stech ich ab, du Verräter aus dem Gemeinderat, sobald ich dich am Marktplatz erwische."),
    (
        "Dem Stadtrat Becker werde ich persönlich den Schädel einschlagen. Der hat es nicht "
        "anders verdient."
    ),
    (
        "Ich bring den Redakteur um, der diesen Dreck über unseren Verein geschrieben hat. Und "
        "ich mein das ernst."
    ),
    (
        "Der Landrat kriegt von mir eine Kugel in den Kopf, sobald er sich wieder in Hofheim "
        "blicken lässt."
    ),
    (
        "Ich zünde dem Pfarrer nachts die Bude an, während er drin schläft, und sperr vorher "
        "die Tür zu."
    ),
    (
        "Nächste Woche bei der Bürgerversammlung prügel ich den Ortsvorsteher windelweich, vor "
        "allen Leuten."
    ),
    (
        "Ich werde die Ratsfrau von den Grünen auf dem Heimweg abpassen und ihr das Messer "
        "zwischen die Rippen jagen."
    ),
    ("Wir schlagen euch von der Antifa-Demo am Samstag tot, jeden Einzelnen von euch."),
    ("Ich erwürge diesen Bauamtsleiter mit bloßen Händen, wenn er mir über den Weg läuft."),
    ("Den Trainer fahr ich nach dem Derby mit meinem Wagen über den Haufen, der hat uns verkauft."),
    (
        "Die Schulleiterin wird es bereuen. Ich komme morgen mit der Pistole von meinem Vater "
        "in die Schule."
    ),
    ("Bürgermeister Hahn, ich übergieß dich mit Benzin und schau zu, wie du brennst."),
    ("Jemand sollte diesen Landrat endlich aufknüpfen, am besten direkt vor dem Kreishaus."),
    ("Leute, trefft euch Samstag am Bahnhof und verprügelt jeden Ausländer, der da rumlungert."),
    ("Die Grünen-Fraktion gehört kollektiv verdroschen, bis keiner mehr aufsteht. Wer macht mit?"),
    (
        "Die Polizisten von der Räumung im Forst sollten mit Steinen beworfen werden, bis sie "
        "abziehen. Bringt alle was mit!"
    ),
    (
        "Journalisten wie dieser Schmierfink von der Lokalzeitung gehören auf offener Straße "
        "zusammengeschlagen. Macht das, wenn ihr ihn seht."
    ),
    (
        "Liebe Mitbürger, wenn die Juden am Sonntag ihr Fest feiern, geht hin und mischt sie "
        "ordentlich auf."
    ),
    (
        "Ruft eure Jungs zusammen, die Typen vom CSD müssen am Samstag richtig auf die Fresse "
        "kriegen."
    ),
    (
        "Wer den Abgeordneten der AfD am Infostand trifft, soll ihm die Zähne ausschlagen. "
        "Faschisten verdienen nichts anderes."
    ),
    (
        "Die Schiedsrichter in dieser Liga sollte man nach jedem Spiel in der Kabine vermöbeln,"
        " dann pfeifen die auch mal fair."
    ),
    (
        "Stellt euch vor das Asylbewerberheim und wartet, bis einer rauskommt. Dann zeigt ihr "
        "ihm mit den Fäusten, was wir hier von ihm halten."
    ),
    (
        "Die Klimakleber auf der B27 sollte man einfach überfahren. Jedem Autofahrer, der das "
        "macht, geb ich einen aus."
    ),
    (
        "Die Flüchtlingsunterkunft in der alten Schule muss brennen, bevor da im März überhaupt"
        " jemand einzieht. Benzin ist billig."
    ),
    (
        "Wer hat heute Nacht Lust, beim Rathaus alle Scheiben mit Pflastersteinen einzuwerfen? "
        "Treffpunkt 23 Uhr hinter der Sparkasse."
    ),
    (
        "Das Parteibüro der SPD in der Goethestraße gehört angezündet, damit die mal spüren, "
        "was sie anrichten."
    ),
    (
        "Die neue Moschee im Gewerbegebiet sollte abgefackelt werden, solange sie noch im "
        "Rohbau steht."
    ),
    (
        "Sägt die Stahlseile am Windrad auf dem Hohen Kopf an und legt Feuer im Technikhaus, "
        "Hauptsache das Ding kippt um."
    ),
    (
        "Den Tesla vom Bürgermeister sollte mal einer in Brand stecken, der steht eh jede Nacht"
        " unbewacht vor seiner Garage."
    ),
    ("Schmeißt beim Büro der Grünen die Fenster ein und kippt Gülle rein, die haben es verdient."),
    (
        "Das Redaktionsgebäude sollte man mit Farbbeuteln und Steinen eindecken, bis die da "
        "drin kapieren, wer ihre Leser sind."
    ),
    ("Heute Nacht gehen wir zur Synagoge und schlagen dort alles kurz und klein, wer ist dabei?"),
    (
        "Die Baufirma, die das Wohnheim für Geflüchtete hochzieht, lässt ihre Bagger nachts "
        "unbewacht auf dem Gelände stehen. Anzünden, alle, dann ist Baustopp."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Am Samstag schlagen wir Bayern, ich sag's euch. Die Abwehr vom FCB ist diese Saison "
        "löchrig wie ein Schweizer Käse."
    ),
    (
        "Unsere A-Jugend hat den Gegner aus Wetzlar heute regelrecht zerlegt. 7:0, was für ein "
        "Auftritt!"
    ),
    (
        "Die Bürgermeisterin wird bei der nächsten Wahl abgewählt, da bin ich mir sicher. Die "
        "Quittung gibts im September an der Urne."
    ),
    (
        "Ich zeige das an. Ein Hundehalter hat seinen Hund im Naturschutzgebiet frei laufen "
        "lassen und der hat ein Reh gehetzt."
    ),
    (
        "Ich werde gegen den Gebührenbescheid klagen, notfalls bis vors Verwaltungsgericht. Das"
        " lasse ich mir nicht gefallen."
    ),
    (
        "Diese Strompreiserhöhung bringt die kleinen Bäckereien um. Bei uns im Ort hat schon "
        "die zweite zugemacht."
    ),
    (
        "Der neue Tatort aus Münster war ein Mord nach allen Regeln der Kunst, nur die "
        "Auflösung fand ich schwach. Der Täter war nach 20 Minuten klar."
    ),
    (
        "Hab den neuen Allgäu-Krimi aus der Stadtbücherei durch: Leiche im Steinbruch, "
        "erschossen, und der Kommissar tappt lange im Dunkeln. Spannend bis zur letzten Seite."
    ),
    (
        "Bei der Drückjagd im Staatsforst wurden am Samstag 40 Wildschweine erlegt. Die Jäger "
        "bitten Spaziergänger, die Warnschilder zu beachten."
    ),
    (
        "Das alte Hallenbad wird ab Montag abgerissen. Die Bagger machen kurzen Prozess mit dem"
        " Betonklotz, und ich weine ihm keine Träne nach."
    ),
    (
        "Dieses Jahr mache ich dem Giersch im Gemüsebeet endgültig den Garaus. Hat jemand einen"
        " Tipp, der ohne Gift funktioniert?"
    ),
    (
        "Laut Polizeibericht wurde in der Nacht auf Sonntag ein 34-Jähriger vor der Disco mit "
        "einem Messer verletzt. Hoffentlich wird der Täter schnell gefasst."
    ),
    (
        "Silvester wird's bei uns wieder krachen, wir haben Raketen für 200 Euro gekauft. "
        "Natürlich nur auf der Wiese hinterm Haus, weit weg von den Ställen."
    ),
    (
        "Mein Kumpel Timo hat mich gestern beim Skat so abgezockt, den bring ich beim nächsten "
        "Mal um, haha. Revanche am Freitag, Timo, und diesmal gibst du das Bier aus!"
    ),
    (
        "Vor 80 Jahren wurde die Altstadt bei einem Luftangriff fast völlig zerstört. Die "
        "Ausstellung im Stadtmuseum zeigt eindrucksvolle Bilder davon."
    ),
    (
        "Die Stadt lässt das alte Gaswerk sprengen, um Platz für Wohnungen zu schaffen. Die "
        "Sprengung ist Sonntag um 10 Uhr, Anwohner im Sperrkreis müssen raus."
    ),
    (
        "Die Eintracht hat Leverkusen in der zweiten Halbzeit förmlich überrannt. So muss man "
        "gegen einen Favoriten spielen!"
    ),
    (
        "Unser Stürmer hat heute drei Tore gemacht und den Torwart alt aussehen lassen. Der "
        "Junge ist eine Waffe."
    ),
    (
        "Hab die Zwiebeln für den Zwiebelkuchen heute mit dem neuen Messer geschnitten, endlich"
        " mal keine Tränen. Das Rezept vom Weinfest stell ich morgen rein."
    ),
    (
        "Mit der Abstimmung zum Baugebiet hat sich die CDU im Ort politisch selbst ins Knie "
        "geschossen. Das wird Stimmen kosten."
    ),
    (
        "Die Mehrheitsfraktion hat den Antrag der FDP heute regelrecht abgeschossen, mit 28 zu "
        "3 Stimmen."
    ),
    (
        "Ich werde bei der Kommunalwahl jeden einzelnen Ja-Sager aus dem Rat von meinem "
        "Stimmzettel streichen. Kumulieren und panaschieren machts möglich."
    ),
    (
        "Das Stadttheater spielt im Herbst Macbeth. Die Szene mit dem Dolch war bei der "
        "Generalprobe richtig unheimlich gut."
    ),
    (
        "Das Landgericht hat den Angeklagten wegen Totschlags zu neun Jahren verurteilt. Die "
        "Familie des Opfers war im Saal."
    ),
    (
        "Laut Feuerwehr ist die Scheune vermutlich durch einen Kurzschluss in Brand geraten. "
        "Zum Glück wurden keine Tiere verletzt."
    ),
    (
        "Wir haben auf der Kirmes am Schießstand drei Rosen abgeräumt. Mein Mann ist ein echter"
        " Scharfschütze, wer hätte das gedacht."
    ),
    (
        "Die Handballerinnen der HSG haben den Tabellenführer mit 32:21 abgeschlachtet. Was für"
        " eine Abwehrleistung!"
    ),
    (
        "Die Mietenexplosion in der Innenstadt sprengt jedes Familienbudget. Die Stadt muss "
        "dringend den sozialen Wohnungsbau fördern."
    ),
    (
        "Ich hab meinem alten Rasenmäher heute endgültig den Rest gegeben. Der Motor ist hin, "
        "jetzt kommt ein Akkumäher."
    ),
    (
        "Wenn der Stadtrat die Kita-Gebühren erhöht, dann wählen wir ihn ab. So einfach ist "
        "Demokratie."
    ),
    (
        "Wer das Wahlplakat beschmiert hat, wird hoffentlich erwischt. Sachbeschädigung ist "
        "keine Meinungsäußerung, egal gegen welche Partei."
    ),
    (
        "Ich hab heute im Garten die Wühlmäuse mit Fallen bekämpft. Drei Stück erwischt, die "
        "Tulpen sind gerettet."
    ),
    (
        "Der Film über die Bankräuber aus den 70ern, der gerade im Programmkino läuft, ist "
        "großartig. Die Schießerei am Ende ist allerdings nichts für schwache Nerven."
    ),
    (
        "Mein Enkel hat mich beim Mensch ärgere dich nicht gnadenlos rausgeschmissen. Dreimal "
        "hintereinander! Nächste Runde räche ich mich."
    ),
    (
        "Morgen wird der Weihnachtsbaum auf dem Marktplatz abgebaut und gehäckselt, die "
        "Feuerwehr hilft mit der Drehleiter."
    ),
    (
        "Ich werde mich beim Regierungspräsidium über den Baustellenlärm beschweren, und wenn "
        "das nichts bringt, gehe ich zur Presse."
    ),
    ("Das Angriffsspiel war heute tödlich, jeder Konter saß. So wird das was mit dem Aufstieg."),
    (
        "Die Dienstaufsichtsbeschwerde gegen den Amtsleiter ist raus. Mal sehen, ob er sich "
        "diesmal erklären muss oder wieder alles aussitzt."
    ),
    (
        "Das Ordnungsamt hat die illegale Hütte am Waldrand abreißen lassen. Richtig so, "
        "Gesetze gelten für alle."
    ),
    (
        "Heute beim Schlachtfest im Feuerwehrhaus gabs Wellfleisch und Blutwurst, die Sau war "
        "vom Hof Meier. Lecker!"
    ),
    ("Wir singen die Bayern-Fans am Samstag in Grund und Boden. Die Südkurve wird beben!"),
    (
        "Der Hagel hat unsere Weinberge regelrecht massakriert. Die halbe Ernte ist kaputt, und"
        " die Versicherung zahlt nur einen Bruchteil."
    ),
    (
        "In der Ausstellung über die Hexenverfolgung im Rathauskeller erfährt man, dass hier "
        "1630 elf Frauen verbrannt wurden. Bedrückend und wichtig."
    ),
    (
        "Mein Mann hat das Wespennest am Dachbalken mit Schaum erledigt. Die Viecher hatten wir"
        " schon drei Wochen im Haus."
    ),
    (
        "Den Streckenrekord vom letzten Jahr beim Stadtlauf werde ich knacken, und zwar "
        "deutlich. Ich trainiere seit März jeden Morgen."
    ),
    (
        "Laut Bericht hat die Polizei bei der Razzia in der Shisha-Bar zwei "
        "Schreckschusspistolen und Drogen gefunden. Gut, dass da kontrolliert wurde."
    ),
    (
        "Das Feuerwerk beim Altstadtfest war der Hammer, die Böller hat man bis ins Nachbardorf"
        " gehört."
    ),
    (
        "Die Schuldenbremse würgt Investitionen in Schulen ab. Das Land muss die Kommunen "
        "entlasten, sonst zerfallen die Gebäude."
    ),
    ("Rache ist süß: Nach dem 0:4 im Hinspiel haben wir Ober-Roden heute 5:1 abgefertigt."),
    (
        "Der Schützenverein feiert 150 Jahre mit einem Königsschießen. Neuer Schützenkönig ist "
        "Bäckermeister Fritz Lang, Glückwunsch!"
    ),
    (
        "Die Brandstiftung an der Grillhütte ist eine Schande. Wer etwas gesehen hat, soll sich"
        " bitte bei der Polizei in Bad Vilbel melden."
    ),
    (
        "Den Kampf gegen den Schimmel im Keller hab ich nach sechs Monaten gewonnen. Der "
        "Entfeuchter lief durchgehend."
    ),
    (
        "Unser Bürgermeister hat sich mit seinem Vorstoß politisch das eigene Grab geschaufelt."
        " Spätestens bei der Wahl ist er weg."
    ),
    (
        "Meine Schwester und ich streiten seit Jahren, wer die besseren Käsespätzle macht. "
        "Sonntag ist das große Duell, und ich mach sie fertig."
    ),
    (
        "Der Historiker erklärte beim Vortrag, wie die Burg im Dreißigjährigen Krieg belagert "
        "und niedergebrannt wurde. Sehr anschaulich."
    ),
    (
        "Ich melde den Vermieter wegen der Nebenkostenabrechnung beim Mieterverein und ziehe "
        "notfalls vor Gericht."
    ),
    (
        "Der Förster muss die kranken Fichten am Hang fällen, sonst stürzen sie beim nächsten "
        "Sturm auf den Wanderweg. Schade um den Wald, aber nachvollziehbar."
    ),
    (
        "Die neue Discounter-Filiale killt den Wochenmarkt. Wer kauft noch beim Bauern, wenn es"
        " die Eier für die Hälfte gibt?"
    ),
    (
        "Im Escape Room am Bahnhof mussten wir einen 'Mord' im Hotel aufklären. Haben es in 52 "
        "Minuten geschafft, großer Spaß für die ganze Familie."
    ),
    (
        "Die Petition gegen die Schließung des Freibads hat 4000 Unterschriften. Wir übergeben "
        "sie Dienstag dem Stadtrat, und dann sehen wir weiter."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "The council choosing to close the Westgate library while spending £1.8m on a new "
        "roundabout is an absolute disgrace. Who on earth signed this off?"
    ),
    (
        "The mayor promised affordable housing in her campaign. Two years later the only new "
        "builds are luxury flats by the river. She should resign."
    ),
    (
        "Incompetent doesn't even begin to describe the planning department. Three years to "
        "approve a dentist's extension?"
    ),
    (
        "Dear editor, your headline about 'chaos' at the match is pure clickbait. Two flares "
        "and a delayed kick-off is not chaos."
    ),
    (
        "Police took four hours to respond to a burglary on Hill Road. Response times in this "
        "town are a scandal and the commissioner needs to answer for it."
    ),
    (
        "Labour ran this council for twelve years and left the roads like this. Now the "
        "Conservatives want credit for filling three potholes. Both lots should be embarrassed."
    ),
    (
        "The owners have bled the club dry for a decade. Sell up and go, the supporters have "
        "had enough."
    ),
    (
        "I support controlled immigration and think the government has failed to plan for the "
        "housing and school places that growth requires. Saying so shouldn't get anyone called "
        "a bigot."
    ),
    (
        "The county has placed asylum seekers in a hotel with no consultation with local GPs or"
        " schools. The Home Office keeps dumping the logistics on councils without funding."
    ),
    (
        "Spending money on gender-neutral signage at the leisure centre while the pool heating "
        "has been broken since March is a ridiculous set of priorities."
    ),
    (
        "Our water company pumps sewage into the river and still pays out dividends. The "
        "regulator is asleep at the wheel."
    ),
    (
        "This paper used to hold the council to account. Now half your articles read like press"
        " releases from the town hall."
    ),
    (
        "The bin collection changes are a shambles. Three weeks without a pickup on our street "
        "and not a word from the contractor."
    ),
    ("Damn it, how many more times do we have to ask for a crossing outside St Mary's school?"),
    (
        "The chief constable's statement was all spin and no substance. The public deserves an "
        "independent inquiry into what happened at the protest."
    ),
    (
        "The Greens on the council seem to think everyone can cycle twelve miles to work in "
        "February. Utterly out of touch with rural residents."
    ),
    (
        "Reform's councillors haven't attended half the committee meetings since they were "
        "elected. Turn up or step down."
    ),
    (
        "Puberty blockers for minors deserved a far more careful debate than they got. Raising "
        "that concern is not the same as hating anyone."
    ),
    (
        "The rail operator cancelled the 7:42 eleven times this month. Commuters are paying "
        "more for a worse service, plain and simple."
    ),
    (
        "The hospital trust closed the maternity unit 'temporarily' two years ago. Nobody "
        "believes it's coming back, so stop insulting our intelligence."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely piece on the Diwali celebration at the community centre. The kids loved the "
        "lanterns."
    ),
    (
        "My neighbour came here as a refugee from Sudan and volunteers with the fire service at"
        " weekends. Kindest man on the street."
    ),
    (
        "I use a wheelchair and can't get into the new council offices without going round past"
        " the loading bay. Please fix the ramp at the front entrance."
    ),
    (
        "The Pride parade in Brighton was brilliant this year, and it was great to see the "
        "local rugby club marching too."
    ),
    (
        "The synagogue's open day was fascinating. The rabbi spent an hour answering questions "
        "from schoolchildren."
    ),
    (
        "The mosque's food bank now feeds more than 300 families a week, regardless of faith. "
        "Respect."
    ),
    (
        "My son is gay and plays for the local Sunday league team. His teammates couldn't care "
        "less, which is exactly how it should be."
    ),
    (
        "The Gypsy and Traveller history exhibition at the museum is well worth a visit. I had "
        "no idea how far back their presence in the county goes."
    ),
    (
        "Good to see Black History Month events at the library, especially the talk about the "
        "first Black player to turn out for our club."
    ),
    (
        "The Ukrainian families who arrived two years ago have started a Saturday school, and "
        "they invited the whole village to their summer concert."
    ),
    (
        "The graffiti sprayed on the mosque is vile. Whoever did this does not speak for this "
        "town, and I hope they're caught and prosecuted."
    ),
    (
        "My grandmother is 94 and still volunteers at the charity shop twice a week. Older "
        "people hold this community together."
    ),
    (
        "The trans woman who runs the bike repair café fixed my daughter's bike for free. Great"
        " local initiative."
    ),
    (
        "Disabled people should not have to fight for a blue badge bay outside the surgery. "
        "Glad the paper is covering this."
    ),
    ("The church harvest festival raised £2,000 for the hospice. Well done to everyone who baked."),
    (
        "Reading some of the comments about migrants under this article is depressing. You can "
        "argue about policy without dehumanising people who are just trying to work."
    ),
    ("The Polish deli on the high street is the best thing to happen to this town in years."),
    ("Women's football round here has exploded, three new girls' teams this season. Brilliant."),
    (
        "The interfaith iftar at the cathedral was a really moving evening, with Christians, "
        "Muslims and Jews sharing one long table."
    ),
    (
        "Antisemitic leaflets pushed through doors on Elm Road? Disgusting. Our Jewish "
        "neighbours deserve to feel safe, and anyone with information should ring the police."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor, those big front windows on your Mill Lane house face straight onto the "
        "road, don't they. Lots of people walk past at night."
    ),
    (
        "We know the reporter who wrote this leaves the office at six and gets the number 12 "
        "bus home. Just saying."
    ),
    (
        "The mayor's kids go to Oakfield Primary, right? Someone ought to remind her of that "
        "before the vote."
    ),
    (
        "Accidents on the coast road are common after dark, and the chief planning officer "
        "drives it every evening. Food for thought."
    ),
    (
        "The councillor who pushed through this traffic scheme will find out soon enough what "
        "people round here do to traitors."
    ),
    (
        "If the council approves that asylum hotel, the first councillor I see in the street is"
        " getting a brick to the face."
    ),
    ("Vote for the wind farm on Thursday and see how long your house stays standing, Mr Hughes."),
    (
        "If that ref gives us nothing again on Saturday, I'm waiting for him in the car park "
        "and he's leaving in an ambulance."
    ),
    ("Close our school and I swear I'll shoot the head of education myself."),
    ("I'm going to stab that MP the next time he holds a surgery in town."),
    ("I will find you, you lying hack, and beat you senseless. Your editor can't protect you."),
    ("Councillor Patel, I'm going to burn you alive in your own house."),
    ("I'll kill the lot of you on the planning committee, every single one."),
    ("Someone needs to put a bullet into the Home Secretary. Enough talking."),
    ("Lads, meet at the station on Saturday and give those Pride marchers a proper kicking."),
    (
        "Journalists who write this rubbish should be dragged out of their offices and beaten "
        "in the street."
    ),
    ("Every copper at that protest deserves a brick to the head. Bring whatever you can carry."),
    (
        "Burn the migrant hotel down, with or without anyone inside. It's the one language "
        "they'll listen to."
    ),
    (
        "Somebody torch the Labour office on Queen Street tonight. The windows are only single "
        "glazed."
    ),
    ("Smash every window of that mosque before it opens. Meet behind the Co-op at midnight."),
]

LOOKALIKES_EN: list[str] = [
    (
        "We're going to absolutely destroy Leeds on Saturday. Their back four are slower than "
        "the 42 bus."
    ),
    ("The mayor will be voted out in May, mark my words. The ballot box is where this ends."),
    ("I'm taking the council to the ombudsman over this parking fine, and to court if I have to."),
    (
        "These energy prices are killing independent cafés. Two have closed on our street since"
        " Christmas."
    ),
    (
        "The new Vera episode was a cracker: body in the harbour, three suspects, and I still "
        "didn't guess the killer."
    ),
    (
        "Police say a man was stabbed outside a nightclub on Friday night and is in a stable "
        "condition. Hope they catch whoever did it."
    ),
    (
        "The council is demolishing the old multi-storey car park next month. Can't say I'll "
        "miss that concrete eyesore."
    ),
    (
        "Finally declared war on the bindweed in my allotment. Dug out every root, it doesn't "
        "stand a chance."
    ),
    (
        "The bonfire night display at the rugby club was fantastic this year, the finale nearly"
        " blew my ears off."
    ),
    (
        "My mate Dave beat me at darts again. I'm going to murder him in the rematch next week,"
        " you watch."
    ),
    (
        "Pheasant shoot on the estate this Saturday, so walkers please stick to the marked "
        "footpaths."
    ),
    ("That budget is a bombshell for local schools. Heads are going to have to cut staff."),
    (
        "On this day in 1941 the city centre was flattened in the Blitz. The memorial service "
        "at the cathedral starts at 11."
    ),
    ("Our under-12s got slaughtered 8-0 by Rovers, but they kept smiling till the final whistle."),
    (
        "I'll be reporting this fly-tipping to the council and the Environment Agency. Photos "
        "and number plate taken."
    ),
    (
        "The Tories shot themselves in the foot with that candidate. They'll pay for it at the "
        "polls."
    ),
    (
        "The murder mystery dinner at the village hall was brilliant fun. The vicar turned out "
        "to be the killer!"
    ),
    (
        "Tried to carve the Sunday roast with Grandad's old knife and nearly lost a finger. "
        "Buying a new set tomorrow."
    ),
    (
        "The arsonist who set the cricket pavilion alight has been jailed for four years. "
        "Justice done."
    ),
    (
        "The wrecking ball hits the old gasworks on Monday at 9am. Residents on Canal Street "
        "are advised to keep windows shut."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
