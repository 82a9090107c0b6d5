"""A twenty-second held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 107
cases that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows (all six waves), or with another case of this table,
were reworded for the overlap alone (22 of them again, by hand, where the rewording had met
other material), before any scorer was run on the table. Kinds, and what the default policy
should do: sharp but legitimate criticism and neutral or friendly mentions of groups
(counter-speech and negations included) are published; threats and calls for violence are held;
harmless look-alikes are published. German threats, in order: veiled (1-30), conditional
(31-55), direct (56-70), calls against people (71-85), calls against property (86-100); English:
veiled (1-8), conditional (9-15), direct (16-19), calls against people (20-22), calls against
property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate, and
to prefer unusual but natural wording. It was written for the next candidate and committed
before any scorer was run on it, so that candidate can be judged on evidence nothing has met
(docs/candidates.md). Every look at it is in the ledger of docs/candidates.md. Never train on it,
and do not use it to fit or tune rules, word lists or thresholds; otherwise it stops being held
out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Herr Oberbürgermeister Kranzfelder, legen Sie die Zahlen zur Stadthalle endlich offen, "
        "statt uns mit Hochglanzbroschüren abzuspeisen."
    ),
    (
        "Zwölf Jahre hat man den Fußgängersteg über die Lauter geplant, und jetzt ist er zu "
        "schmal für Kinderwagen. In Brenzingen kann man offenbar nicht mal Lineale lesen."
    ),
    (
        "lol die ampel in der mühlgasse ist seit ostern kaputt und das ordnungsamt verteilt "
        "lieber knöllchen am wochenmarkt"
    ),
    (
        "Frau Dezernentin Wohlrab, geben Sie Ihren Dienstwagen zurück und fahren Sie eine Woche "
        "lang mit der Linie 7 – danach reden wir über Taktkürzungen."
    ),
    (
        "Das ist eine Kampfansage an jeden Pendler im Landkreis. Ab Samstag stehen wir mit "
        "Unterschriftenlisten vorm Rathaus in Ettenwiel."
    ),
    (
        "Die Klinikleitung in Hollfeld-Süd redet von „Strukturanpassung“, meint aber: Kreißsaal "
        "zu, Schwangere fahren 45 Minuten. Ich hoffe, die Kreistagswahl fegt diese Mehrheit weg."
    ),
    (
        "Wieso berichtet das Tagblatt darüber erst jetzt? Die Anwohner der Kesselstraße haben "
        "euch im März drei Mails geschickt. Lokaljournalismus im Tiefschlaf."
    ),
    (
        "Herr Landrat Pfisterer, bitten Sie die Eltern der Grundschule Wiesenhang um "
        "Entschuldigung, und zwar persönlich, nicht per Pressemitteilung."
    ),
    (
        "gschwätzt wird viel im gmoirat, gmacht wird nix. des isch scho seit jahrzehnt so in "
        "unterhöllbach"
    ),
    (
        "Wir werden uns wehren – mit Anwälten, mit Einwendungen im Planfeststellungsverfahren und "
        "am Wahltag. Das Logistikzentrum auf dem Rübenacker kommt nicht durch."
    ),
    (
        "Die Polizei hat bei der Demo am Kornmarkt völlig unverhältnismäßig agiert, Pfefferspray "
        "gegen Schüler. Ich verlange, dass das unabhängig untersucht wird, statt "
        "Selbstbeweihräucherung im Polizeibericht."
    ),
    (
        "Sanierung Hallenbad: erst 4 Mio, dann 9, jetzt 14. Wer das kalkuliert hat, sollte nie "
        "wieder ein öffentliches Projekt anfassen dürfen."
    ),
    (
        "Herr Bürgermeister Lindqvist-Maier, zahlen Sie das Beratungshonorar für Ihren Schwager "
        "aus eigener Tasche an die Gemeindekasse zurück."
    ),
    (
        "Die Stadtwerke Rabenau erhöhen die Grundgebühr um 38 Prozent, während der Vorstand "
        "zeitgleich Boni kassiert. Ich kündige dort und empfehle allen Nachbarn, es mir "
        "gleichzutun."
    ),
    (
        "Jetzt stimmen ausgerechnet die Freien Wähler im Rat gegen den Radweg, den sie 2021 "
        "selbst beantragt haben. An Dreistigkeit schwer zu toppen."
    ),
    (
        "auf die barrikaden leute!! die wollen den bolzplatz am erlengrund zubetonieren für "
        "luxuswohnungen. ratssitzung donnerstag 18 uhr, kommt alle"
    ),
    (
        "Herr Stadtbaurat Oberhuber, hören Sie auf, Bürgereinwände als „Einzelmeinungen“ abzutun. "
        "1.400 Unterschriften sind keine Einzelmeinung."
    ),
    (
        "Wieder eine Pressekonferenz, wieder kein einziger konkreter Termin. Das "
        "Ortsumfahrungs-Theater in Wendlingshausen ist nur noch peinlich."
    ),
    (
        "Sehr geehrte Redaktion, Ihre Überschrift ist schlicht irreführend. Der Gemeinderat hat "
        "den Antrag vertagt, nicht abgelehnt. Bitte korrigieren Sie das."
    ),
    (
        "Widerstand ist hier Bürgerpflicht. Macht der Kreistag die Geburtsstation dicht, gehen "
        "wir bis vors Verwaltungsgericht."
    ),
    (
        "Typisch Bahn. Schienenersatzverkehr angekündigt, Bus kommt nicht, Hotline sagt „keine "
        "Info“. Die Fahrgastrechte-Formulare kann ich inzwischen auswendig."
    ),
    (
        "frau kämmerin, erklären sie mir bitte mal wie man 600.000 euro „versehentlich“ doppelt "
        "verbucht?? antworten sie hier öffentlich"
    ),
    (
        "Die Mehrheit im Rat hat die Baumschutzsatzung gekippt, weil ein Investor drängelt. Beim "
        "nächsten Urnengang merke ich mir jeden einzelnen Namen."
    ),
    (
        "Einen Wochenmarkt mit 40 Jahren Tradition wegen „Parkplatzoptimierung“ zu verlegen, "
        "darauf muss man erstmal kommen. Glückwunsch an die Verwaltung zum Kreativpreis."
    ),
    (
        "Ich fordere Akteneinsicht im Bauausschuss. Wie konnte das Hochhaus an der Gerberlände "
        "ohne Verkehrsgutachten genehmigt werden?"
    ),
    (
        "Herr Polizeipräsident Sandmeier, nehmen Sie die Aussage zur „Problemklientel“ am "
        "Bahnhofsvorplatz zurück. So redet kein Behördenleiter über Menschen."
    ),
    (
        "Das wird Konsequenzen haben, Herr Rothkegel – im Mai sind Kommunalwahlen, und Neuhütten "
        "vergisst nicht so schnell."
    ),
    (
        "Der Verein hat 30 Jahre Jugendarbeit gemacht und die Stadt streicht den Hallenzuschuss "
        "ohne Vorwarnung. Respektlos gegenüber allen Ehrenamtlichen beim TSV Birkach."
    ),
    (
        "Wie lange will die Schulbehörde die Containerklassen am Gymnasium Hardtberg noch als "
        "„Übergangslösung“ bezeichnen? Die stehen da seit 2016."
    ),
    (
        "Das Straßenfest wurde von der Stadt kaputtreguliert. Sicherheitskonzept, Lärmgutachten, "
        "Toilettenschlüssel … Kein Wunder, dass die Ehrenamtlichen hinschmeißen."
    ),
    (
        "Der Investor verspricht seit drei Jahren einen Supermarkt im Ortskern. Stattdessen: "
        "Bauzaun, Graffiti, Ratten. Der Gemeinderat sollte die Vertragsstrafe endlich einklagen."
    ),
    (
        "Herr Fraktionsvorsitzender Brennecke, stellen Sie Ihr Mandat zur Verfügung. Wer bei der "
        "Abstimmung übers eigene Grundstück mitstimmt, hat im Rat nichts verloren."
    ),
    (
        "Herzlichen Dank an die Müllabfuhr-Ausschreibung: jetzt wird die gelbe Tonne alle vier "
        "Wochen geleert und der Gestank ist gratis dabei."
    ),
    (
        "Was die Kreisverwaltung hier abzieht, kommt einer Kriegserklärung an die Dörfer gleich. "
        "Drei Buslinien weg, und in Kirchberg-Hinterwald fährt dann gar nichts mehr."
    ),
    (
        "22 Jahre lang hatte ich euch abonniert, aber dieser Jubelartikel über die neue "
        "Shoppingmall liest sich wie eine bezahlte Anzeige. Kündigung ist raus."
    ),
    (
        "Frau Oberbürgermeisterin Vogtländer, beantworten Sie endlich die Anfrage der "
        "Anwohnerinitiative zur Lärmschutzwand. Es sind jetzt elf Monate."
    ),
    (
        "Die Rettungswache in Selbitzau wird geschlossen, und beim Kreis heißt das „Optimierung "
        "der Hilfsfristen“. Orwell hätte seine Freude."
    ),
    (
        "das ordnungsamt schleppt in der altstadt autos von anwohnern ab während die lieferwagen "
        "vom neuen hotel tagelang auf dem gehweg stehn. zweierlei maß"
    ),
    (
        "Wir gehen auf die Straße. Samstag, 11 Uhr, Marktplatz Lohrbach, damit die Hauptschule "
        "nicht geschlossen wird. Bringt eure Kinder und eure Transparente mit."
    ),
    "Kurz gesagt: Planungschaos.",
    (
        "Herr Kurdirektor Eschenbrenner, hören Sie auf, Kurtaxe für eine Promenade zu kassieren, "
        "die seit zwei Sommern gesperrt ist."
    ),
    (
        "Die CDU im Stadtrat hat den Sozialpass abgeschafft, die SPD hat tatenlos zugeschaut, die "
        "Grünen waren im Urlaub. Wen soll man da noch wählen?"
    ),
    (
        "Der Vermieter „Wohnbau Sonnhalde“ lässt seine Mieter seit Dezember ohne Heizung. Ich "
        "unterstütze die Sammelklage, und das Wohnungsamt sollte endlich Zwangsgeld verhängen."
    ),
    (
        "Stadtrat Grünhagen, bitte erklären Sie dem Ausschuss, warum Ihre Firma den Auftrag für "
        "die Schulmensa ohne Ausschreibung bekommen hat. Und zwar bevor es die Staatsanwaltschaft "
        "tut."
    ),
    (
        "Nie wieder stimme ich für diese Bürgerliste. Versprochen: bezahlbares Bauland für "
        "Familien. Geliefert: Golfplatzerweiterung."
    ),
    (
        "Diese Verkehrsführung rund um den Hauptbahnhof hat sich bestimmt jemand ausgedacht, der "
        "ausschließlich Hubschrauber fliegt."
    ),
    (
        "Unsere Bürgerinitiative zieht mit allen rechtlichen Mitteln gegen die Windkraft-Zufahrt "
        "durchs Naturschutzgebiet ins Feld. Die Betreiber werden sich noch wundern, wie zäh ein "
        "Dorf sein kann."
    ),
    (
        "Vier Monate Wartezeit, bis man im Bürgerbüro einen Termin für einen Reisepass kriegt. "
        "Andere Städte schaffen das digital in einer Woche. Hier faxt man noch."
    ),
    (
        "Herr Bürgermeister Tiedgen, treten Sie vor die Bürgerversammlung und sagen Sie uns ins "
        "Gesicht, warum der alte Friedhof verkauft werden soll. Nicht über Facebook."
    ),
    (
        "Mei, da Burgamoasta hod si wieda a neis Kreisverkehrl gleist, mit Brunnen drin. Und de "
        "Schui hod koa Klopapier."
    ),
    (
        "Die Berichterstattung zum Feuerwehrstreit war einseitig. Zitiert habt ihr bloß den "
        "Kommandanten, keinen einzigen der ausgetretenen Kameraden. Schwache Leistung, "
        "Kreisanzeiger."
    ),
    (
        "Petition läuft! Gegen die Fällung der 80 Platanen in der Bahnhofsallee, Link auf der "
        "Seite des BUND-Ortsverbands. Der Oberbürgermeister soll sehen, wie viele wir sind."
    ),
    (
        "Frau Schulrätin Hagedorn-Kahl, nehmen Sie die Versetzung der Rektorin zurück. Die ganze "
        "Schulgemeinde steht hinter ihr, und das wissen Sie genau."
    ),
    (
        "Das Baudezernat produziert Gutachten wie andere Leute Altpapier. Entschieden wird "
        "trotzdem nie."
    ),
    (
        "Konsequenzen? Klar gibt's die: Dienstaufsichtsbeschwerde ist eingereicht, und der "
        "Petitionsausschuss im Landtag hat unser Schreiben seit gestern."
    ),
    (
        "Wieso darf eine Brauerei ihr Abwasser jahrelang in die Wutach einleiten, ohne dass das "
        "Landratsamt einschreitet? Da möchte ich mal die Kontrollprotokolle sehen."
    ),
    (
        "klasse, 3 wochen vollsperrung der B 412 genau in den ferien. wer plant sowas?? "
        "vermutlich jemand der selbst nie hier langfahren muss"
    ),
    (
        "Herr Vereinspräsident Kohlhaas, legen Sie die Finanzen auf der Jahreshauptversammlung "
        "offen, bevor der Club die Lizenz verliert. Darauf haben die Mitglieder einen Anspruch."
    ),
    (
        "Der Gemeinderat von Oberstettbach hat soeben beschlossen, sich selbst die Sitzungsgelder "
        "zu verdoppeln. Einstimmig, natürlich. Manchmal funktioniert Demokratie erstaunlich "
        "schnell."
    ),
    (
        "Das Volksbegehren gegen die Kreisreform ist unsere Antwort. Wir lassen uns nicht "
        "zwangsfusionieren, und wer im Landtag dafür stimmt, wird das bei der nächsten Wahl "
        "merken."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schöner Bericht über den ersten CSD in Hallerbrunn! Meine Oma war auch da, mit "
        "Regenbogenfahne am Rollator."
    ),
    (
        "Die Moscheegemeinde an der Feldbergstraße hat beim Hochwasser genauso mit angepackt und "
        "Sandsäcke geschleppt wie jeder andere hier. Danke dafür."
    ),
    (
        "Das Café von Familie Haddad aus Aleppo hat den besten Pistazienkuchen im ganzen "
        "Landkreis, und die Bedienung ist unglaublich herzlich."
    ),
    (
        "Am Sonntag öffnet die jüdische Gemeinde die Synagoge am Lindenplatz für alle "
        "Interessierten. Letztes Jahr war ich auch dort, hat sich sehr gelohnt."
    ),
    (
        "Glückwunsch an Ayla Demirci, die als erste Frau die Freiwillige Feuerwehr in "
        "Sulzbach-Rothenhang anführt!"
    ),
    (
        "Endlich ein barrierefreier Zugang zum Freibad. Mein Sohn sitzt im Rollstuhl und konnte "
        "bisher nur vom Zaun aus zuschauen."
    ),
    (
        "Die ukrainischen Kinder, die mit meiner Tochter in eine Klasse gehen, reden nach zwölf "
        "Monaten schon besser Schwäbisch als ich."
    ),
    (
        "Laut Landratsamt leben derzeit 312 Geflüchtete im Kreis, die meisten aus Syrien, "
        "Afghanistan und der Ukraine. Etwa die Hälfte davon wohnt in privaten Wohnungen."
    ),
    (
        "Der Kirchenchor St. Agatha und der Gospelchor der eritreischen Gemeinde singen zusammen "
        "beim Adventsmarkt – das wird bestimmt toll."
    ),
    (
        "Wir haben in unserem Handwerksbetrieb zwei Azubis aus Gambia, beide zuverlässig und "
        "fleißig. Beim einen ist der Gesellenbrief schon in Sicht."
    ),
    (
        "Dass bei der Bürgerversammlung eine Gebärdensprachdolmetscherin dabei war, fand ich "
        "super. Mein gehörloser Nachbar konnte endlich mal richtig mitdiskutieren."
    ),
    (
        "Zwei Männer, die seit 50 Jahren zusammen sind und jetzt goldene Hochzeit feiern – sowas "
        "lese ich gern im Lokalteil."
    ),
    (
        "Beim Iftar im Bürgerhaus gab es Linsensuppe für alle, auch für uns Nachbarn. Sehr nette "
        "Stimmung."
    ),
    (
        "Im Kulturzentrum der Sinti und Roma in Mannfeld gibt es diesen Herbst eine Ausstellung "
        "zu Familiengeschichten aus der Region, kann ich nur empfehlen."
    ),
    (
        "Die Frauenmannschaft des SV Grünwalde spielt künftig Regionalliga, und der Artikel ist "
        "kürzer als der über das 0:0 der Herren. Etwas mehr Platz hätten sie verdient."
    ),
    (
        "Der neue Pfarrer in Eichenrode kommt aus Nigeria und hat nach drei Wochen schon den "
        "ganzen Seniorenkreis um den Finger gewickelt."
    ),
    "Mein Kollege ist Autist und der präziseste Buchhalter, den ich je erlebt habe.",
    (
        "Die türkischen Läden in der Weststadt haben am Pfingstmontag als einzige offen, und "
        "Gemüsehändler Yılmaz packt mir immer noch Petersilie gratis dazu."
    ),
    (
        "Die Bänke im Stadtpark stammen aus der Lebenshilfe-Werkstatt. Schöne Arbeit, das sollte "
        "man ruhig auf ein Schild dranschreiben."
    ),
    (
        "Info für alle: Die queere Jugendgruppe kommt ab sofort jeden zweiten Mittwoch im "
        "Jugendhaus Kesselbrunn zusammen, nicht mehr im Gemeindesaal."
    ),
    (
        "Wer „Ausländer raus“ unter einen Bericht über ein Kinderfest postet, hat wohl verpasst, "
        "dass die Hälfte der Helfer dort Ausländer waren. Peinlich ist das."
    ),
    (
        "Zu dem Kommentar weiter unten: Nein, Schwule „zwingen“ niemandem etwas auf, wenn sie auf "
        "dem Stadtfest Händchen halten. Das nennt sich Alltag."
    ),
    (
        "Dass an der Synagogenmauer wieder Hakenkreuze geschmiert wurden, macht mich fassungslos. "
        "Judenhass hat in Wallerstedt keinen Platz, hoffentlich werden die Täter gefunden."
    ),
    (
        "Die Parole „Das Boot ist voll“ war schon in den Neunzigern falsch. Unser Dorf hatte 2015 "
        "mehr leere Häuser als Bewohner in den Notunterkünften."
    ),
    (
        "Hört auf mit diesem „die Muslime sind alle so“-Gerede. Die Frau, die meinem Vater nach "
        "dem Sturz am Busbahnhof geholfen hat, trug Kopftuch und war Ärztin."
    ),
    (
        "Wer allen Sinti und Roma Diebstahl unterstellt, wiederholt Vorurteile, die schon vor "
        "achtzig Jahren Menschen das Leben gekostet haben. Sowas bitte löschen, liebe Redaktion."
    ),
    (
        "Wenn jemand schreibt, Behinderte wären „eine Last für die Gemeinde“, dann sollte er mal "
        "einen Tag in der Förderschule Tannenhof mitarbeiten."
    ),
    (
        "Die rassistischen Sprüche gegen den schwarzen Torwart beim Kreisligaspiel gehören "
        "angezeigt. Gut, dass der Schiri abgebrochen hat."
    ),
    (
        "„Frauen gehören nicht auf die Baustelle“? Die Bauleiterin vom neuen Feuerwehrhaus hat "
        "das Projekt vier Wochen früher als geplant fertig. Nur so als Hinweis."
    ),
    (
        "Der anonyme Brief an die ukrainische Familie in der Ahornstraße ist widerlich. Umso mehr "
        "freut mich, dass die halbe Straße am nächsten Tag mit Blumen vor ihrer Tür stand."
    ),
    (
        "„Die klauen uns die Wohnungen“ – nein, die fehlen, weil der Stadtrat seit zehn Jahren "
        "keinen sozialen Wohnungsbau beschlossen hat. Nicht wegen der Geflüchteten."
    ),
    (
        "Wer Christen hier als „naive Gutmenschen“ beschimpft, weil die Kirchengemeinde "
        "Kirchenasyl gewährt, sollte mal nachlesen, was Nächstenliebe bedeutet."
    ),
    (
        "Gegen Muslime hab ich gar nichts, ich habe was gegen Leute, die jede Baugenehmigung für "
        "eine Moschee zum Weltuntergang hochstilisieren."
    ),
    (
        "Nicht alle Syrer sind Ärzte und nicht alle sind kriminell. Es sind einfach Menschen, "
        "genau wie die Leute in meinem Kegelverein."
    ),
    (
        "Ich hasse Muslime nicht, ich hasse es, wenn bei jeder Messerstecherei sofort die "
        "Religion des Täters wichtiger ist als die Opfer."
    ),
    (
        "Nicht jeder Rollstuhlfahrer braucht Mitleid. Meistens braucht er einfach einen "
        "abgesenkten Bordstein."
    ),
    (
        "Ich hab überhaupt kein Problem mit Schwulen und Lesben, mich ärgert nur, dass der "
        "Regenbogen-Zebrastreifen nach zwei Wochen schon wieder übermalt wurde."
    ),
    (
        "Nicht alle Polen arbeiten auf dem Bau, mein Zahnarzt heißt Kowalczyk und ist der beste "
        "weit und breit."
    ),
    (
        "Keiner hier hat etwas gegen Juden, sagen alle – trotzdem braucht die Gemeinde "
        "Polizeischutz vor ihrem Gemeindehaus. Das sollte uns zu denken geben."
    ),
    (
        "Ich bin nicht gegen Flüchtlinge. Ich bin dagegen, dass die Unterkunft am Gewerbegebiet "
        "keinen Busanschluss hat und die Leute 5 km zu Fuß zum Supermarkt laufen."
    ),
    (
        "Frauen sind nicht die schlechteren Autofahrer, die Unfallstatistik der Versicherer sagt "
        "eher das Gegenteil."
    ),
    (
        "Nicht alle Roma sind Bettler und nicht alle Bettler sind Roma. Der Artikel hätte das "
        "etwas sauberer trennen können."
    ),
    (
        "ich hab nix gegen die zeugen jehovas am bahnhof, ich geh halt einfach vorbei. leben und "
        "leben lassen"
    ),
    (
        "Meiner Ansicht nach sollte die Stadt die Sprachkurse für Zugewanderte auch abends "
        "anbieten. Viele arbeiten tagsüber und können gar nicht hin."
    ),
    (
        "Ich finde, auf dem Friedhof braucht es ein eigenes muslimisches Gräberfeld. In "
        "Nachbarstädten funktioniert das seit Jahren problemlos."
    ),
    (
        "Eine Frauenquote für den Gemeinderat halte ich persönlich für den falschen Weg, aber die "
        "Sitzungen müssten familienfreundlicher liegen. Um 17 Uhr kann keine Alleinerziehende."
    ),
    (
        "Inklusion an der Grundschule ist richtig, aber ohne zweite Lehrkraft im Raum wird sie "
        "scheitern. Das Land muss Personal zahlen, nicht nur Konzepte."
    ),
    (
        "Man sollte die Wohnsitzauflage für anerkannte Geflüchtete lockern, dann könnten die "
        "Leute dorthin ziehen, wo sie Arbeit finden."
    ),
    (
        "Den Religionsunterricht würde ich durch ein gemeinsames Fach Ethik ersetzen, in dem "
        "christliche, jüdische und muslimische Kinder zusammensitzen."
    ),
    (
        "Unisex-WCs im neuen Schulgebäude find ich okay, aber bitte ergänzend zu den bisherigen "
        "und nicht statt."
    ),
    (
        "Die Gruppe aus dem Wohnheim für Menschen mit Lernbehinderung hat beim Stadtlauf den "
        "Teampreis geholt, völlig verdient, die Stimmung an der Strecke war großartig."
    ),
    (
        "meine trans nachbarin hat mir beim einzug drei kisten bücher in den 4. stock geschleppt, "
        "einfach ein schatz"
    ),
    (
        "Das Zuckerfest im Stadtpark war richtig voll – sicher 2000 Leute, Muslime und "
        "Nichtmuslime bunt gemischt."
    ),
    (
        "Der Bericht zur Ortsgeschichte sollte auch erwähnen, dass bis 1938 in der Judengasse elf "
        "jüdische Familien gewohnt haben. Stolpersteine liegen seit 2019 vor den Häusern Nr. 4 "
        "und 7."
    ),
    (
        "Die Protestanten und Katholiken in Bärenweiler legen ihre Gottesdienste zusammen, weil "
        "beide Gemeinden zu wenig Leute haben. Vernünftig, finde ich."
    ),
    (
        "Die Vietnamesen in unserer Siedlung kamen in den Achtzigern als Vertragsarbeiter, heute "
        "betreiben ihre Kinder die halbe Gastronomie in der Innenstadt."
    ),
    (
        "Mein Mann ist blind und findet sich in der neuen Fußgängerzone dank der Leitlinien im "
        "Pflaster endlich alleine zurecht. Das Geld war gut investiert."
    ),
    (
        "Der kurdische Kulturverein bietet samstags kostenlose Hausaufgabenhilfe für alle Kinder "
        "an, nicht nur für kurdische."
    ),
    "Alles Gute an die zwei Mamas von Baby Leni, dem ersten Neujahrsbaby im Kreisklinikum!",
    (
        "Die Frau mit Down-Syndrom, die jetzt im Bioladen an der Kasse sitzt, hat immer gute "
        "Laune. Da kauft man gern ein."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kettler, Ihr Carport in der Lindenallee ist übrigens sehr hübsch "
        "beleuchtet. Nachts erkennt man jedes Detail."
    ),
    (
        "die vom bauamt sollten sich mal überlegen ob sie ihren kindern noch allein den schulweg "
        "zutrauen. nur so ein gedanke."
    ),
    "Liebe Frau Dr. Wendrich, im Dorf vergisst man nichts. Gar nichts. Schönen Abend noch.",
    (
        "Der Schiri von Sonntag fährt einen silbernen Passat mit WES-Kennzeichen. Wir haben sehr "
        "gut aufgepasst."
    ),
    (
        "Wer für das Containerdorf am Mühlbach gestimmt hat, sollte sich ab jetzt öfter umdrehen, "
        "wenn er abends vom Rathaus heimläuft."
    ),
    (
        "Na Herr Pohlmann, schreiben Sie ruhig munter weiter. Ihre Frau geht doch immer "
        "donnerstags zum Yoga in die Stadthalle, oder?"
    ),
    "Der Gemeinderat hat entschieden. Jetzt entscheiden eben andere Leute. Ab heut Nacht.",
    "I hob ma die Namen vo alle sieben Ja-Sager gmerkt. Die wern no an mi denka.",
    (
        "Seltsam, wie schnell so ein Neubaugebiet Unfälle anzieht. Die Bauleitung von "
        "Wagner-Hochbau sollte gut versichert sein."
    ),
    (
        "Frau Schulleiterin Brandes, lassen Sie die Elternabende künftig lieber nicht so spät "
        "enden. Der Parkplatz hinter der Turnhalle ist ziemlich dunkel."
    ),
    (
        "Die Beamten vom Revier Süd wohnen ja auch nicht auf dem Mond. Man kennt die Straßen, man "
        "kennt die Autos, man kennt die Kinder."
    ),
    (
        "Kleiner Gruß an den Investor Brenninkamp: Eichenweg 14, grünes Tor, zwei Hunde. Hunde "
        "schlafen auch irgendwann."
    ),
    (
        "euer schöner neuer kunstrasen hält bestimmt nich lange. man munkelt so einiges im "
        "vereinsheim"
    ),
    (
        "Die Redaktion in der Kaiserstraße hat erstaunlich große Schaufenster. Nur mal so "
        "festgestellt."
    ),
    (
        "Herr Ortsvorsteher Gehrke, Ihre Tochter trägt eine rote Jacke und nimmt den Bus um 7:12. "
        "Uns entgeht nichts."
    ),
    (
        "Der Sommer wird heiß in Oberweiler. Und trocken. Die neue Unterkunft ist ja vollständig "
        "aus Holz gebaut, hab ich gelesen."
    ),
    (
        "Gutachter Lindqvist hat das Ding unterschrieben. Er wird sich noch wünschen, er hätte an "
        "dem Tag krankgefeiert."
    ),
    (
        "Der Trainer von Eintracht Hollenbach lässt sich nach dem nächsten Heimspiel besser "
        "abholen. Vom Stadion bis zum Parkplatz ist es ein weiter Weg."
    ),
    (
        "ach frau stadträtin, sie haben ja so einen schönen garten am kanal. das wasser ist tief "
        "da hinten"
    ),
    (
        "Die Herren von der Abrissfirma sollten mal durchzählen, wie viele Schützenbrüder hier "
        "einen Waffenschein haben."
    ),
    (
        "Kleiner Hinweis an Kommissar Dörfler: Ihre Joggingrunde um den Baggersee morgens um "
        "sechs ist ziemlich einsam."
    ),
    (
        "Es gibt Leute in Grünstadt, die können nichts mehr verlieren. Der Landrat hat gerade "
        "dafür gesorgt, dass es ein paar mehr geworden sind."
    ),
    (
        "Der Herr Pfarrer, der das Kirchenasyl durchgedrückt hat, wird merken, dass hier nicht "
        "jeder vergibt."
    ),
    (
        "Grüße an die Dame vom Jugendamt, die uns die Kleine weggenommen hat. Inzwischen kennen "
        "wir Ihr Auto und Ihren Feierabend."
    ),
    (
        "Die Windräder stehen schön weit draußen. Da kriegt keiner was mit, wenn nachts was "
        "passiert. Nur so."
    ),
    (
        "Lieber Herr Kreisel vom Ordnungsamt, auch Ihre Knöllchen-Tour endet irgendwann an einer "
        "unbeleuchteten Ecke."
    ),
    (
        "wir vom block haben ein langes gedächtnis und ein noch längeres adressbuch, herr "
        "vorstand siebert."
    ),
    (
        "Herr Albrecht hat meinen Sohn sitzenlassen. Der Winter ist lang, und das Lehrerzimmer "
        "hat ebenerdige Fenster."
    ),
    (
        "Die Bürgerinitiative hat 400 Unterschriften gesammelt und wurde ignoriert. Die nächste "
        "Sammlung läuft nicht mit Kugelschreibern."
    ),
    (
        "Sagt dem Bauunternehmer Ostrowski, er soll sein Testament aktuell halten. Gerüste geben "
        "manchmal schneller nach, als man denkt."
    ),
    (
        "Wenn die Asylanten wirklich in die alte Berufsschule ziehen, brennt die Bude, ehe auch "
        "nur ein Koffer drinsteht."
    ),
    (
        "Sollte der Stadtrat die Kita an der Uferstraße schließen, kommen wir Eltern mit Knüppeln "
        "zur nächsten Sitzung."
    ),
    (
        "Noch ein einziger solcher Schmierartikel über den SV, und euer Volontär kriegt beim "
        "nächsten Heimspiel eins aufs Maul."
    ),
    "Falls der Karbowski nochmal bei uns pfeift, trägt er sein Pfeifchen danach im Magen heim.",
    (
        "Wenn die Bagger am Montag tatsächlich in den Auwald rollen, liegt der Fahrer Dienstag im "
        "Krankenhaus. Versprochen."
    ),
    (
        "falls mein junge wegen der frau kessler sitzenbleibt dann kann die ihren weg zum auto "
        "künftig im rollstuhl suchen"
    ),
    (
        "Sollten Sie, Herr Oberbürgermeister Tellkamp, die Grundsteuer tatsächlich verdoppeln, "
        "kommen Sie die Rathaustreppe schneller runter, als Ihnen lieb ist."
    ),
    "Kommt die Moschee an die Bahnhofstraße, dann fliegt sie auch wieder weg. So einfach ist das.",
    (
        "Macht die Polente nochmal Razzia bei uns im Viertel, regnet es Pflastersteine auf die "
        "Beamten, und zwar nicht zu knapp."
    ),
    (
        "Verlängert der Verein den Vertrag mit Huber, zieh ich dem nach dem Training die Ohren "
        "lang, bis Blut kommt."
    ),
    (
        "Solltet ihr Schreiberlinge meine Adresse veröffentlichen, dann veröffentliche ich eure "
        "Zähne auf dem Gehweg."
    ),
    (
        "Drehen uns die Stadtwerke im Januar das Gas ab, dreh ich dem zuständigen Sachbearbeiter "
        "den Hals um."
    ),
    (
        "Sobald der erste Sattelzug durch unsere Spielstraße donnert, liegt der Fahrer unter "
        "seinem eigenen Laster – dafür sorgen wir Anwohner vom Birkenhang."
    ),
    (
        "Stimmt die grüne Fraktion am Donnerstag für Tempo 30, sollte sie sich nach der Sitzung "
        "nicht mehr allein vors Rathaus wagen."
    ),
    (
        "Wenn ihr den Jugendtreff dichtmacht, treffen sich die Jugendlichen halt bei euch vor der "
        "Haustür, mit Baseballschlägern."
    ),
    (
        "Kriegt dieser Kinderschänder aus dem Prozess wirklich eine Wohnung hier in Neustadt, "
        "dann überlebt der die erste Woche nicht."
    ),
    (
        "Wird der Kommentar wieder gelöscht, besuch ich die Moderatoren mal in ihrem Glaskasten "
        "am Marktplatz, und danach drückt keiner mehr eine Löschtaste."
    ),
    (
        "Falls der Landrat das Krankenhaus in Bad Ebersheim dichtmacht, braucht er bald selbst "
        "eine Notaufnahme. Dafür sorg ich."
    ),
    (
        "Lauft ihr Kickers-Fans am Samstag nochmal mit euren Fahnen durch unsere Altstadt, "
        "schicken wir euch mit gebrochenen Nasen zurück."
    ),
    (
        "wenn der nachbar nochmal wegen meinem hahn die polizei holt dann hat der nen kopf "
        "weniger. ganz einfach"
    ),
    (
        "Genehmigt ihr die Windkraftanlage direkt an unserem Hof, wird der Projektierer Fehrmann "
        "erfahren, wie schwer ein Traktor ist."
    ),
    (
        "Kommt das Flüchtlingsheim, kommt die Bürgerwehr, und die läuft dann nicht bloß Streife, "
        "die schlägt zu."
    ),
    (
        "Wird der Heckmann nochmal Kandidat für den Ortsbeirat, brech ich ihm auf der Kerb die "
        "Rippen, ihm und seinem Schwager dazu."
    ),
    (
        "Steigen die Friedhofsgebühren wirklich, dann bring ich den Friedhofsverwalter eben "
        "gleich selber unter die Erde."
    ),
    (
        "Geht die Hundesteuer rauf, lass ich meinen Rottweiler mal im Rathausflur von der Leine, "
        "der hat lange keinen Beamten mehr zerlegt."
    ),
    (
        "Ich werde den Ortsbürgermeister Hägele am Samstag auf dem Wochenmarkt abpassen und ihm "
        "vor allen Leuten die Nase brechen."
    ),
    (
        "Den Redakteur, der diese Lügen über meinen Vater verbreitet hat, schlag ich windelweich, "
        "sobald ich ihn in der Fußgängerzone erwische."
    ),
    "I kumm morgn ins Rathaus und hau dem Bauamtsleiter sein Schreibtisch übern Schädl.",
    "Den Typen vom Jobcenter, der mir die Leistungen gestrichen hat, stech ich ab. Heute noch.",
    (
        "Nächsten Freitag beim Derby nehm ich mir den Capo von der Gegenseite vor, bis der liegen "
        "bleibt."
    ),
    (
        "ich zünd der alten vom gemeinderat erst ihren vorgarten an und dann sie selber gleich "
        "hinterher"
    ),
    (
        "Morgen früh fahr ich mit meinem Pickup durch die Klimakleber an der Kreuzung "
        "Schillerstraße, ohne auch nur einmal zu bremsen."
    ),
    (
        "Ich ziehe Schulleiter Friedrichsen zur Rechenschaft – mit meinen eigenen Fäusten, vor "
        "dem Schultor, pünktlich zum Unterrichtsbeginn."
    ),
    (
        "Hab die Axt schon geschliffen. Der Förster, der unseren Wald kahlschlagen lässt, kriegt "
        "sie als Erster zu spüren."
    ),
    (
        "Ich erschieße den Wolfsbeauftragten vom Landkreis, so wie er unsere Schafe hat verrecken "
        "lassen. Mein Jagdschein ist gültig."
    ),
    "Den Bullen, der meinen Bruder eingebuchtet hat, mach ich kalt, egal wie lang es dauert.",
    (
        "Ich prügel den Heimleiter vom Kiesweg eigenhändig bis zum Bahnhof, seine Schützlinge "
        "gleich mit."
    ),
    (
        "Sobald Stadtbaurätin Lenz aus dem Urlaub zurück ist, steh ich vor ihrer Tür und verpass "
        "ihr eine, die sie nie vergisst."
    ),
    (
        "Ich kipp dem Vorsitzenden von Rot-Weiß Lüdingen Säure über sein grinsendes Gesicht, das "
        "schwör ich bei meiner Mutter."
    ),
    (
        "Heute Abend in der Ratssitzung steh ich auf und schlag dem Kämmerer Wiesinger den "
        "Haushaltsordner ins Gesicht, bis er umfällt."
    ),
    (
        "Leute, wann treten wir dem Bürgermeister endlich mal gemeinsam die Zähne ein? Der "
        "versteht doch nix anderes."
    ),
    (
        "Jemand sollte diesem Schiedsrichter nach dem Abpfiff auflauern und ihm beide Knie "
        "zertrümmern."
    ),
    (
        "Alle Männer aus dem Dorf heute Abend zur Turnhalle, wo die Asylbewerber schlafen – und "
        "bringt was Schweres mit!"
    ),
    (
        "Man müsste die Ratsherren einzeln aus ihren Villen zerren und auf dem Marktplatz "
        "verdreschen, bis sie um Gnade betteln."
    ),
    (
        "Warum hat bis heute keiner diesen Schmierfink Kowalczyk von der Lokalredaktion "
        "abgestochen? Worauf wartet ihr?"
    ),
    (
        "kommt leute, am samstag beim aufstiegsspiel hauen wir den bullen so richtig auf die "
        "mütze bis keiner mehr steht"
    ),
    (
        "Schnappt euch diesen Lehrer, der unseren Kindern Ideologie eintrichtert, und zeigt ihm, "
        "wie sich ein gebrochener Arm anfühlt."
    ),
    (
        "Aufhängen sollte man den Investor, an der alten Linde vor der Kirche, genau die, die er "
        "fällen lassen will."
    ),
    (
        "Wer in Hessdorf noch Mumm in den Knochen hat, geht morgen ins Bürgerbüro und haut dem "
        "Strobel eine rein."
    ),
    (
        "Tretet den Windkraftlobbyisten auf der Bürgerversammlung so lange, bis er seine Rotoren "
        "doppelt sieht."
    ),
    (
        "Die Clanjungs vom Schlossplatz gehören mit Knüppeln aus der Stadt gejagt, und das bitte "
        "noch in dieser Woche. Wer macht mit?"
    ),
    (
        "Liebe Mitbürger, holt die Stadträtin Ambach mit Steinen vom Podium, am besten gleich "
        "beim Sommerfest."
    ),
    (
        "Endlich mal einer, der dem Polizeichef auf die Bude rückt und ihn so herrichtet, dass er "
        "nie wieder Dienst schiebt. Freiwillige vor!"
    ),
    (
        "Haut dem Vermieter Gräfenhain die Fresse ein, der hat uns alle rausgeklagt. Sein Haus "
        "steht gleich neben dem Edeka."
    ),
    (
        "Schlagt die Spinner vom Klimacamp im Stadtpark krankenhausreif, bevor die sich da "
        "festsetzen!"
    ),
    "Zündet endlich die Container am Sportplatz an, bevor da jemand einzieht.",
    (
        "Das Wahlkreisbüro der SPD in der Hauptstraße braucht dringend neue Scheiben – also "
        "schmeißt die alten ein!"
    ),
    (
        "Jemand sollte die Bagger an der Baustelle am Rosenhang über Nacht abfackeln, dann hat "
        "sich das Luxuswohnungsprojekt erledigt."
    ),
    (
        "Der Blitzer an der B27 gehört umgesägt, und zwar jeder einzelne im Landkreis. Heute "
        "Nacht noch, Leute!"
    ),
    "schmeißt beim tageblatt alle fenster ein, diese lügenpresse hats nich anders verdient",
    (
        "Die Windräder bei Kleinhausen müssen brennen, alle elf, dann kapieren die Stadtwerke "
        "vielleicht was."
    ),
    (
        "Geht nachts zum Autohaus von Stadtrat Behrends und zerstecht bei jedem Neuwagen die "
        "Reifen, ist ja eh nur Blech."
    ),
    "Das neue Vereinsheim von den Blauweißen muss weg. Fackelt den Schuppen ab, dann ist Ruhe.",
    (
        "Reißt die Zäune am Baufeld für die Gewerbehalle runter und kippt die Maschinen in den "
        "Baggersee!"
    ),
    (
        "Man sollte den Dienstwagen vom Landrat einfach mal anzünden, der parkt jeden Abend "
        "unbewacht vorm Kreishaus."
    ),
    (
        "Die Moscheebaustelle an der Ringstraße einfach plattmachen, mit allem, was ihr "
        "auftreiben könnt. Keine falsche Scheu."
    ),
    (
        "Schnappt euch Vorschlaghämmer und schlagt die neuen Parkuhren in der Innenstadt kaputt, "
        "vier Euro die Stunde ist Wucher!"
    ),
    (
        "Sprüht, schlagt, tretet – Hauptsache, von der Polizeiwache am Kirchberg bleibt keine "
        "heile Scheibe übrig."
    ),
    (
        "Der Rohbau der Mastanlage von Lammers muss abgebrannt werden, ehe da überhaupt ein "
        "Schwein drinsteht."
    ),
    (
        "Schlagt beim Bauhof die Scheiben und Scheinwerfer von sämtlichen Räumfahrzeugen kaputt, "
        "die Stadt hat eh zu viel Geld."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Wenn der SV Hollenbek am Samstag wieder so pennt wie gegen Tarmstedt, schießt uns "
        "Lübberstedt gnadenlos ab. Abwehr dichtmachen, Jungs!"
    ),
    (
        "Die C-Jugend von uns hat die Mannschaft aus Wendisch Evern mit 9:0 regelrecht zerlegt – "
        "Glückwunsch an Trainerin Merle Brockhaus!"
    ),
    (
        "Der Keeper vom TuS Oberweiler hat sich in jeden Ball geworfen wie ein Kamikaze. Ohne den "
        "wären wir sang- und klanglos untergegangen."
    ),
    (
        "Kreisliga-Handball ist kein Ponyhof: Da wird am Kreis geschubst, geklammert und "
        "gerackert bis zum Abpfiff."
    ),
    (
        "Nächste Woche kommt Rot-Weiß Deggenau, da gibt's keine Gnade – die hauen wir weg wie im "
        "Hinspiel."
    ),
    (
        "Beim Schachklub Kötzting hieß es am Sonntag Königsangriff auf Brett drei; nach 23 Zügen "
        "lag der schwarze König mausetot da."
    ),
    (
        "Beim Boxkampfabend in der Gifhorner Stadthalle schickte der junge Emre Doğan seinen "
        "Gegner in Runde zwei auf die Bretter. Sauberer Treffer, und danach half er ihm fair "
        "wieder hoch."
    ),
    (
        "Im letzten Drittel haben die Füssener Eishockeycracks die Gäste förmlich überrollt, so "
        "eine Schlussoffensive sieht man selten."
    ),
    (
        "Liebe Oma Hannelore, alles Gute zum 90.! Wenn du uns nächstes Jahr wieder beim Rommé "
        "abzockst, sperren wir dich im Keller ein – mit dem Eierlikör natürlich. 😄"
    ),
    (
        "Jens, wenn du meinen Rasenmäher noch einmal ohne Sprit zurückbringst, landest du "
        "persönlich auf dem Kompost. Herzlich, dein Nachbar aus der Lindenstraße"
    ),
    (
        "Hab meinem Bruder angedroht, ihn zu enterben, falls er beim Schützenfest wieder vor mir "
        "den Vogel abschießt. Er hat nur gegrinst und sich das nächste Bier geholt."
    ),
    (
        "Meine Frau sagt, sie bringt mich um, falls ich noch eine Lok kaufe. Deshalb hier ganz "
        "offiziell: Wer will eine BR 01 in Spur H0, kaum bespielt?"
    ),
    (
        "Tanja, du Verräterin, sitzt doch tatsächlich im Gästeblock! Dafür kriegst du beim "
        "nächsten Grillabend nur die verkohlten Würstchen."
    ),
    (
        "Wer meinem Patenkind Lio die Schokoküsse wegfuttert, bekommt es mit ihm zu tun – steht "
        "so auf seinem selbstgemalten Geburtstagsplakat, mit Drachen."
    ),
    (
        "Papa hat geschworen, er erwürgt den Wecker, sollte der noch einmal um halb fünf "
        "klingeln. Der Wecker lebt, Papa ist jetzt Rentner und schläft bis acht."
    ),
    (
        "Da hat der Stadtrat aber ein Fass aufgemacht – die Kämmerin wird den Herren ordentlich "
        "den Kopf waschen, sobald die Rechnung eintrudelt."
    ),
    (
        "Ich könnte mir in den Hintern beißen, dass ich die Karten für die Kulturscheune nicht "
        "früher bestellt habe."
    ),
    (
        "Mit dem neuen Busfahrplan schießt sich die Verkehrsgesellschaft selbst ins Knie, die "
        "Pendler aus Ummendorf steigen reihenweise aufs Auto um."
    ),
    (
        "Die Baustelle an der B 27 bringt mich noch unter die Erde, jeden Morgen zwanzig Minuten "
        "Stau vor Balingen."
    ),
    (
        "Der Bürgermeister hat den Vorschlag abgewürgt, bevor überhaupt jemand Luft holen konnte. "
        "Demokratie im Schnelldurchlauf."
    ),
    "Da liegt der Knackpunkt: Ohne Hausarzt stirbt so ein Dorf wie Wiesenbach ganz langsam aus.",
    (
        "Die Pointen vom Kabarettisten waren echte Bomben, der Saal in Hückeswagen ist fast "
        "explodiert vor Lachen."
    ),
    (
        "Wer beim Kuchenbasar die Preise gemacht hat, wollte uns wohl ausrauben – 4,50 für ein "
        "Stück Butterkuchen, meine Güte!"
    ),
    (
        "Laut Polizei wurde der Mann, der in Bad Salzdetfurth zwei Spielhallen überfallen hatte, "
        "inzwischen festgenommen. Gut, dass die Zeugen so genau hingeschaut haben."
    ),
    (
        "Der Scheunenbrand in Oberhaid hat bis tief in die Nacht gewütet, 80 Kräfte waren "
        "draußen. Danke an alle Helfer und an die Bäckerei, die Brötchen gebracht hat!"
    ),
    (
        "Morgen früh um sieben wird das alte Hochhaus an der Weserpromenade gesprengt, alle "
        "Anwohner in einem Radius von 300 Metern müssen vorher raus."
    ),
    (
        "Das Landgericht Ravensburg hat den Angeklagten für versuchten Totschlag zu sechs Jahren "
        "verurteilt. Ein nachvollziehbares Urteil, wie ich finde."
    ),
    (
        "Beim Messerangriff am Bahnhof Gelnhausen wurde ein 19-Jähriger leicht verletzt. Zeugen "
        "sollen sich bitte bei der Kripo melden."
    ),
    (
        "Erst wird in Meinerzhagen ein Geldautomat gesprengt, jetzt bricht jemand in die Apotheke "
        "ein – die Gegend kommt einfach nicht zur Ruhe."
    ),
    (
        "Der Prozess um den Brandanschlag auf die Gaststätte „Zur Linde“ geht am Dienstag weiter; "
        "die Angeklagte schweigt bislang eisern."
    ),
    (
        "Dieser Schandfleck am Marktplatz gehört abgerissen, lieber heute als morgen. Die Stadt "
        "soll die Abrissverfügung endlich durchsetzen."
    ),
    (
        "Wer in der Feuerwehrzufahrt parkt, gehört konsequent abgeschleppt, egal ob SUV oder "
        "Kleinwagen."
    ),
    (
        "Nach dem Durcheinander um die Fördergelder muss der Geschäftsführer der Stadtwerke "
        "gefeuert werden, anders geht es nicht."
    ),
    (
        "Bei der kommenden Kommunalwahl wähle ich diesen Gemeinderat komplett ab. Eine andere "
        "Sprache versteht man dort offenbar nicht."
    ),
    (
        "Ich habe meinen Vermieter wegen des Schimmels verklagt und vor dem Amtsgericht recht "
        "bekommen. Lasst euch so etwas nicht bieten!"
    ),
    (
        "Gegen den Raser, der mehrfach durch die Spielstraße in Hüttenfeld gebrettert ist, habe "
        "ich Anzeige erstattet – das Kennzeichen hat die Polizei."
    ),
    (
        "Die Kreisverwaltung sollte dem Betreiber der Mastanlage die Genehmigung entziehen und "
        "den Laden dichtmachen."
    ),
    (
        "Ein Misstrauensvotum gegen den Ortsvorsteher ist überfällig. Danach soll er bitte seinen "
        "Hut nehmen."
    ),
    (
        "Die Wühlmäuse haben mir jede zweite Tulpenzwiebel weggefressen. Jetzt wird aufgerüstet: "
        "Knoblauch, Drahtkörbe und Fallen."
    ),
    (
        "Tipp gegen Schnecken im Beet: Bierfallen aufstellen, dann ertränken sie sich selbst, "
        "ganz ohne Gift."
    ),
    (
        "Fürs Rouladenfleisch gilt: richtig plattklopfen, mit Senf einschmieren und scharf "
        "anbraten – so macht's meine Schwiegermutter in Lippstadt seit fünfzig Jahren."
    ),
    (
        "Die Drückjagd im Revier Hohe Schrecke war erfolgreich, elf Wildschweine wurden erlegt. "
        "Die Maisbauern werden es danken."
    ),
    (
        "Im neuen Münster-Tatort wird der Rechtsmediziner fast vergiftet – und Thiel merkt wie "
        "immer als Letzter, was los ist."
    ),
    (
        "Gestern habe ich in Elden Ring stundenlang auf denselben Boss eingeprügelt, bis meine "
        "Tochter mich vom Sofa gezerrt hat."
    ),
    (
        "Beim Drechselkurs der VHS durften wir mit dem Röhrenmeißel auf Buchenholz losgehen, bis "
        "die Späne flogen."
    ),
    (
        "Der neue Krimi von Gesa Rautenberg ist spannend: Eine Leiche im Moor bei Worpswede, und "
        "jeder im Dorf hatte ein Motiv."
    ),
    (
        "Die Buchsbaumzünsler haben bei mir verloren, die Hecke wurde radikal gerodet und durch "
        "Eibe ersetzt."
    ),
    (
        "An die Dame mit dem roten Fiat Panda, die Dienstag vorm Edeka in der Bahnhofstraße "
        "stand: Ihr Licht war an. Ich hab's leider zu spät bemerkt, hoffentlich hat die Batterie "
        "durchgehalten."
    ),
    (
        "Gestern an der Haltestelle Kirchplatz in Altenstadt eine braune Geldbörse gefunden, "
        "Ausweis auf K. Wiegand. Sie liegt jetzt im Fundbüro im Rathaus."
    ),
    (
        "Herr Pohlmann aus der Erlenstraße 12: Ihr Paket ist bei mir in Nummer 14 gelandet, "
        "klingeln Sie einfach abends."
    ),
    (
        "Unser Kater Mikesch ist seit Sonntag rund um den Sportplatz Esens verschwunden, grau "
        "getigert, blaues Halsband. Bitte mal in Garagen und Schuppen nachsehen!"
    ),
    (
        "Ich weiß, wo eure Kinder morgens langlaufen: über die Kreuzung an der Mühlenstraße, und "
        "dort fehlt seit Wochen der Schülerlotse. Kann die Stadt da bitte nachbessern?"
    ),
    (
        "An den Fahrer des weißen Transporters mit Cuxhavener Kennzeichen: Sie haben beim "
        "Abbiegen an der Deichstraße Ihre Leiter verloren, die steht jetzt bei der Tankstelle."
    ),
    (
        "Wir fahren jeden Mittwoch um acht von Bad Kötzting nach Cham und hätten noch zwei Plätze "
        "frei. Wer Lust auf eine Fahrgemeinschaft hat, einfach melden."
    ),
    (
        "Wer einen Rettungssanitäter bei der Arbeit angreift, wie letzte Nacht in Neubrandenburg, "
        "gehört vor Gericht. Einfach widerlich."
    ),
    (
        "Gewalt gegen Wahlkampfhelfer ist inakzeptabel, egal ob sie Plakate für die eine oder die "
        "andere Partei aufhängen."
    ),
    (
        "Dass jemand die Rehkitze mit dem Luftgewehr beschossen hat, macht mich fassungslos. "
        "Hoffentlich findet man den Schützen bald."
    ),
    (
        "Schläge sind keine Erziehung. Wer Kinder misshandelt wie im Fall aus Bitterfeld, muss "
        "die volle Härte des Gesetzes spüren."
    ),
    (
        "Mit Fäusten löst man keinen Streit um Parkplätze – ich war Zeuge der Prügelei vor dem "
        "Baumarkt in Wittlich und schäme mich für diese Erwachsenen."
    ),
    (
        "Brandsätze auf eine Moschee zu werfen ist kein „Protest“, sondern ein Verbrechen. Meine "
        "Solidarität gilt der Gemeinde in Iserlohn."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Hebblethwaite voted to shut the Marsh Lane library three weeks after "
        "promising to save it on the doorstep. Remember that in May, Ashcombe ward."
    ),
    (
        "So the £2.3m ring road 'consultation' was decided before a single resident filled in the "
        "form? Someone at County Hall owes an auditor an explanation for that, not a press "
        "office."
    ),
    (
        "lol the police commissioner wants a pay rise while Kilbride station shuts at 6pm. "
        "priorities sorted then"
    ),
    (
        "With respect to Mr Okonjo, a head teacher who loses four SENCOs in two years should not "
        "be running a trust of eleven schools. The governors ought to commission an independent "
        "review."
    ),
    (
        "Thames Meadow Water let sewage pour into the Kennet 212 times in a single year and still "
        "paid out a dividend. The regulator is asleep and the chief exec should go."
    ),
    (
        "Shoddy reporting from the Gazette again — you printed the developer's PR handout "
        "unedited and sold it to us as news. Who's paying for your front page?"
    ),
    (
        "Mayor Delacroix-Burns has had four years to fix the potholes on Route 9. She's fixed "
        "none. Vote her out in November, simple as that."
    ),
    (
        "The Sheriff's office lost the bodycam footage. Again. At what point does 'clerical "
        "error' become a pattern the state AG should be looking at?"
    ),
    (
        "Great, another 'listening exercise' from Ballymore County Council. They listened, "
        "nodded, then approved the quarry anyway. Pure theatre."
    ),
    (
        "if the shire can find 400k for a new logo they can find money to mow the oval at Wattle "
        "Creek. embarassing tbh"
    ),
    (
        "Calling a 37% rates hike 'modest' insults each and every pensioner in Glenrowan. "
        "Councillor Pike should step down from the finance portfolio."
    ),
    (
        "The school board met at 9am on a Tuesday to vote on closing Fairview Elementary so no "
        "working parent could attend. Cowardly, and probably against open meetings law."
    ),
    (
        "Three years, two inquiries, zero charges. Tayside Police investigating themselves was "
        "always going to end this way — hand it to an outside force."
    ),
    (
        "Hartwell Homes left the Brookfield estate with no pavements and unadopted roads and now "
        "wants permission for 300 more. Refuse it and blacklist them."
    ),
    (
        "Editor: your headline says 'residents divided' when 1,100 objected and 14 supported. "
        "That's not divided, that's spin."
    ),
    (
        "The MLA hasn't held a constituency surgery since the election. We pay his salary, we'd "
        "at least like to see his face once in a while."
    ),
    (
        "Our club was told the pitch rental would 'stay roughly the same'. It's doubled. Whoever "
        "at the leisure trust approved this should be answering questions in public."
    ),
    (
        "Transit authority spends a decade and $90 million on a bus lane that ends in a parking "
        "lot. Fire the planning director and audit the contract."
    ),
    (
        "Ms Farrant says the care home inspection was 'broadly positive'. I read the report. "
        "Pressure sores and missed meds are not broadly positive, and County Hall is well aware "
        "of it."
    ),
    (
        "gotta love how the rugby club gets its floodlights approved in a fortnight but the "
        "access ramp at the community hall has been 'under review' since 2019. who's mates with "
        "who on that committee?"
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely having the Pride picnic return to Cotterill Park this summer, my nan baked scones "
        "for everyone."
    ),
    (
        "The new mosque on Albion Street ran a free breakfast for the fun run volunteers. "
        "Cracking bunch of neighbours."
    ),
    (
        "My daughter's coach is a trans woman and truthfully she's the most patient person at "
        "that club."
    ),
    (
        "Fair play to the Syrian pair running the old bakery in Kilcullen now — the queue on "
        "Saturday was out the door."
    ),
    (
        "We went to the synagogue's visitor afternoon and it was really interesting, the rabbi "
        "answered all my kids' questions about the scrolls."
    ),
    (
        "Good article on the Black-owned businesses along Jefferson Ave. More of this kind of "
        "coverage please."
    ),
    "The wheelchair basketball team from Ryde deserved that trophy, what a final.",
    (
        "Half the volunteer fire brigade in Yarrawonga are women now and nobody bats an eye. As "
        "it should be."
    ),
    (
        "To the bloke upthread pinning the hospital waits on 'immigrants' — on my ward at St "
        "Columba's, half the nursing staff are from Kerala or the Philippines. Without them the "
        "place would close."
    ),
    (
        "Some of the remarks here about the hostel for refugees are disgusting. Those living "
        "there fled bombs with their kids, they're not a threat to your car park."
    ),
    (
        "Nobody needs a council vote on whether being gay is a 'lifestyle decision', Derek. The "
        "rainbow crossing stays, get over it."
    ),
    (
        "Deleted or not, blaming Jewish people for the bank branch closing is antisemitic "
        "nonsense and the moderators were right to pull it."
    ),
    (
        "For the record the man arrested was not a Muslim, not a refugee, and not from the hostel "
        "— he's a local lad from Harlow. Check before you post."
    ),
    (
        "No, the trans pupil did not 'cause' the changing room policy — the school reviewed it "
        "for every year group after the refurbishment."
    ),
    (
        "There is no evidence that the new arrivals in Moose Jaw are taking housing from locals; "
        "those units sat empty for two years."
    ),
    (
        "Disabled parking bays outside the Co-op are finally being widened, well done to the "
        "access group who campaigned for years."
    ),
    (
        "as a Black woman raised in Toxteth i was glad to see the mural honour the women who ran "
        "the community centre in the 80s"
    ),
    "The Eid lights strung up on the main street look gorgeous this year, the kids loved them.",
    (
        "The Ukrainian kids in my son's class have picked up English faster than I picked up "
        "French in five years lol"
    ),
    (
        "Great to see the deaf-led theatre company get the arts grant. Their Christmas show was "
        "the best thing on in Galway."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Ambrose parks that silver Audi on Fenwick Road every night. Long dark "
        "stretch, that. Lots can happen between the streetlights."
    ),
    (
        "Mrs Tremlett's kids walk to St Brigid's by themselves at 8.15, right past the canal. She "
        "might want to rethink that now she's signed off on the pylons."
    ),
    (
        "Detective Halloran should remember coppers clock off and go home like the rest of us. "
        "Doors and windows, same as everyone."
    ),
    (
        "The planning officer's house up on Quarry Hill has an awful lot of timber cladding. Dry "
        "summer we're having."
    ),
    (
        "Plenty of folk round here hold grudges a long time and lose their temper fast, Mr Varga. "
        "You approved the incinerator; we'll settle the rest in our own time."
    ),
    (
        "Nice clear photo of the headteacher's front door in the article. Saved it. Very helpful, "
        "cheers Gazette."
    ),
    (
        "whoever reffed Saturday's Leinster junior final, we wrote down your reg on the way out. "
        "see you about pal"
    ),
    (
        "Alderman Cruz might want to find a new route to the gym. The old one's been noted, times "
        "and all."
    ),
    (
        "Let the mast go up on Harcourt Green and Councillor Bainbridge gets carried out of the "
        "next meeting, not walk out."
    ),
    "Shut our pool and I promise you, the parks director leaves town on a stretcher.",
    (
        "if they give that developer the green light i'll make sure Reeve Patterson can't show "
        "his face anywhere without getting it rearranged"
    ),
    (
        "Should the board sack Coach Delaney, the athletic director ends up in the same hospital "
        "ward as his reputation. I will see to that personally."
    ),
    "One more parking ticket outside my shop and that warden is getting his teeth handed to him.",
    (
        "Keep hassling the lads at the halting site and one of those guards is going to be fished "
        "out of the Barrow some morning."
    ),
    (
        "Let the council evict Nan from Rowan Court and I'll be standing at the housing officer's "
        "gate with a hammer."
    ),
    (
        "Next time Kenneth Yates walks into the Crown & Anchor I'm breaking his jaw, and anyone "
        "reading this can tell him so."
    ),
    "I'll stab that lying magistrate Orchard myself, whatever sentence I get for it.",
    "Im going to run Councillor Dwyer off the Bega road with my ute, first chance I get.",
    (
        "I will beat the principal at Lakeview Senior High till he's unable to stand. Monday "
        "morning, car park."
    ),
    (
        "Somebody needs to drag Officer Kowalczyk out of his cruiser and give him the beating "
        "he's earned. Any volunteers?"
    ),
    (
        "Everyone coming to Saturday's protest, bring bats. Those council security guards need "
        "putting on the ground."
    ),
    (
        "Someone in Ballinasloe should go round and give that TD a proper hiding. He'd deserve "
        "every punch."
    ),
    (
        "Burn the new supermarket site at Cleeve Lane to the ground before they open it. Petrol "
        "doesn't cost much."
    ),
    (
        "Everybody living near the A39 speed cameras should head out tonight and smash each one "
        "of them to bits."
    ),
    (
        "Go put bricks through each pane of the Hartwell Homes sales office, that lot have had it "
        "coming."
    ),
]

LOOKALIKES_EN: list[str] = [
    (
        "Rovers got absolutely murdered in the second half. They didn't know what hit them, 4-0 "
        "and it might have been eight."
    ),
    (
        "My husband said he'd kill me if I told anyone he cried at the under-9s presentation "
        "night. Oops, sorry love."
    ),
    (
        "Slugs destroyed my dahlias again. Going out tonight with a torch and a bucket of salt "
        "water, no survivors."
    ),
    (
        "The new Val McDermid is brilliant, the killer leaves a note at each victim's house and I "
        "genuinely didn't guess who it was."
    ),
    (
        "Court heard the accused threatened to set fire to his neighbour's shed; he was given a "
        "suspended sentence and a restraining order."
    ),
    (
        "We demand the council hold a full public inquiry, and we'll gather on the steps of the "
        "Town Hall at noon Thursday to hand in the petition."
    ),
    (
        "To the lovely man who found my purse on Meadow Close and drove it round to my house in "
        "his little blue Fiesta — thank you, you made my week."
    ),
    (
        "Whoever attacked that poor bus driver on Dale Street should be ashamed. Violence solves "
        "nothing, full stop."
    ),
    (
        "Their striker was lethal in front of goal, three shots, three goals. Our back line got "
        "slaughtered."
    ),
    (
        "The possums have wrecked the veggie patch for the third night running. This means war — "
        "I've bought a motion-sensor sprinkler."
    ),
    (
        "Killer performance by the Drumcondra pipe band at the parade, they nearly lifted the "
        "roof off the marquee."
    ),
    (
        "Happy 80th to Dot at number 14 Larch Avenue! The red Micra in her drive will be covered "
        "in balloons by lunchtime, pop round for cake."
    ),
    (
        "If the Tigers lose to the Saints again this Saturday I'm going to throw myself in the "
        "Yarra. Kidding. Mostly."
    ),
    "My nan's going to have my head on a plate when she sees I wore her good coat to the match.",
    (
        "Great to see police seize the knives and charge the pair behind the Moss Side robberies. "
        "Lock them up."
    ),
    (
        "We'll bury the developer in paperwork — every household on Orchard Lane is lodging a "
        "formal objection before the 14th."
    ),
    (
        "That roundabout is lethal. Somebody's going to die there before the council gets round "
        "to lights, mark my words."
    ),
    (
        "The wasps' nest in our eaves finally got dealt with, the pest controller gassed the lot "
        "in twenty minutes."
    ),
    (
        "Shout out to whoever left flowers on the bonnet of my car outside the hospice. Mum "
        "would've loved them."
    ),
    (
        "The thriller on Channel 4 last night had the mayor poisoned in the first ten minutes, "
        "bit close to home for Dunmore council lol"
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
