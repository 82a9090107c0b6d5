"""A seventh held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 79 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows were reworded for the overlap alone, by a writer who saw
no scores, before any scorer was run on the table. Kinds, and what the default policy should do:
sharp but legitimate criticism and neutral or friendly mentions of groups (counter-speech and
negations included) are published; threats and calls for violence are held; harmless look-alikes
are published. German threats, in order: veiled (1-35), conditional (36-60), direct (61-72),
calls against people (73-87), calls against property (88-100); English: veiled (1-8),
conditional (9-15), direct (16-18), calls against people (19-22), calls against property
(23-25).

The writers were asked, beside the usual kinds, for some formal criticism of closures (schools,
libraries, parishes, practices) and for look-alikes with lawful "Konsequenzen" or "abrechnen":
the wordings the last candidates held in error. It was kept for the next candidate; before
that, only the shipped scorers ran on it, for the test's bounds. Every look is in the ledger of
docs/candidates.md. Never train on it, and do not use it to fit or tune rules, word lists or
thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Dass die Stadtteilbibliothek in Nordhausen-Ost dichtmachen soll, ist ein Armutszeugnis. "
        "Gerade Kinder aus Familien ohne Bücherregal verlieren damit einen Lernort."
    ),
    (
        "Werte Mitglieder des Gemeinderats, ich bitte Sie eindringlich, den Beschluss, die "
        "Grundschule Lindenhof zu schließen, nochmals zu prüfen. Elf Kilometer Schulweg sind für "
        "Erstklässler nicht zumutbar."
    ),
    (
        "Wieder fällt der RE 7 aus und die Bahn schreibt „Störung im Betriebsablauf“. Ein Witz, "
        "jeden Morgen dasselbe."
    ),
    (
        "Dass die Oberbürgermeisterin die Bürgerversammlung nach 40 Minuten einfach verlassen "
        "hat, finde ich respektlos gegenüber allen, die sich extra freigenommen haben."
    ),
    (
        "Frechheit. Um 18 Prozent erhöhen die Stadtwerke die Grundgebühr, und der "
        "Geschäftsführer kassiert einen Bonus."
    ),
    (
        "peinlich was der landkreis da abzieht. erst ein neues landratsamt für 60 millionen und "
        "dann kein geld für die schulbusse"
    ),
    (
        "Als langjähriges Mitglied der Kirchengemeinde St. Marien bin ich enttäuscht, dass das "
        "Bistum die Fusion ohne echte Beteiligung der Gläubigen durchgedrückt hat. So verliert "
        "man die letzten Ehrenamtlichen."
    ),
    (
        "Totales Versagen der Bauverwaltung. Die Brücke an der Mühlstraße ist jetzt im vierten "
        "Jahr gesperrt und keiner kann sagen, wann es weitergeht."
    ),
    (
        "Hallenbad zu, Freibad zu, aber für die Skulptur im neuen Kreisverkehr waren 120.000 "
        "Euro da. Man fasst es nicht."
    ),
    (
        "Nach den vielen Beschwerden der Anwohner hätte die Polizei viel früher reagieren "
        "müssen. Hier wurde monatelang weggeschaut, das muss aufgearbeitet werden."
    ),
    (
        "Ich kann das Urteil des Amtsgerichts beim besten Willen nicht nachvollziehen. Bewährung "
        "nach der dritten Trunkenheitsfahrt – was für ein fatales Signal."
    ),
    (
        "Ständig redet die Landesregierung vom ländlichen Raum und dann schließt sie die "
        "Geburtsstation in Kirchberg. Heuchlerisch ist noch das Netteste, was mir dazu einfällt."
    ),
    (
        "Ich möchte höflich anmerken, dass die Postfiliale in Oberweiler für viele ältere "
        "Menschen die einzige Anlaufstelle war. Eine Packstation ersetzt das nicht."
    ),
    (
        "So ein Schmarrn. Die Windräder lehnt der Gemeinderat ab, aber das Gewerbegebiet mit 30 "
        "Hektar Versiegelung geht glatt durch. Klimaschutz à la Rathaus."
    ),
    (
        "Kita-Gebühren rauf zum zweiten Mal in einem Jahr, Öffnungszeiten runter. Wer denkt sich "
        "sowas aus?? 😡"
    ),
    (
        "Skandal! Das Klinikum streicht die Notaufnahme nachts und die Kreisräte nicken es "
        "einfach ab."
    ),
    (
        "Ausgerechnet die CDU-Fraktion, die jahrelang jede Sanierung der Sporthalle blockiert "
        "hat, beklagt jetzt den Zustand. Unglaubwürdiger geht's nicht."
    ),
    (
        "Auch die Stadtratsfraktion der Grünen hat hier kläglich versagt. Erst groß Radwege "
        "versprechen und dann zustimmen, dass der Etat halbiert wird."
    ),
    (
        "Wenn die SPD im Bund so weitermacht, braucht sie sich über ihre Umfragewerte nicht zu "
        "wundern. Diese Politik geht an den Leuten komplett vorbei."
    ),
    (
        "Mitgliedsbeiträge verdoppelt und gleichzeitig die Jugendabteilung aufgelöst. Das ist "
        "eine Schande für einen Traditionsclub wie den TSV Eichenbrück."
    ),
    (
        "Na toll. Die Müllabfuhr kommt jetzt bloß noch alle vier Wochen, die Gebühren bleiben "
        "gleich. Danke für nix, Landratsamt."
    ),
    (
        "Mit Verlaub, aber was die Verwaltung da als Begründung anführt, ist reichlich "
        "konstruiert. Wer eine Bücherei schließen will, sollte wenigstens ehrlich sagen, dass es "
        "ums Geld geht."
    ),
    (
        "Warum müssen Bürger eigentlich aus der Zeitung erfahren, dass ihre Straße anderthalb "
        "Jahre gesperrt wird? Kommunikation gleich null."
    ),
    (
        "Seit fünf Monaten wartet meine Mutter auf die Einstufung durch die Pflegekasse. Das "
        "System ist einfach unfähig, und die Politik schaut zu."
    ),
    (
        "Ich finde es unverantwortlich, dass der Träger das Pflegeheim Am Rosengarten mit drei "
        "Monaten Vorlauf schließt. Wohin sollen 70 alte Menschen so schnell?"
    ),
    (
        "Typisch Bauamt: Für einen Carport wartet man acht Monate, aber der Investor bekommt "
        "seine Genehmigung in drei Wochen."
    ),
    (
        "Das Freibad Sonnenwiese soll „aus wirtschaftlichen Gründen“ nicht mehr öffnen. Das ist "
        "keine Wirtschaftlichkeit, das ist Kahlschlag bei der Daseinsvorsorge."
    ),
    (
        "Unsere Feuerwehr macht einen tollen Job, aber die Stadt lässt sie mit Fahrzeugen aus "
        "den 90ern ausrücken. Peinlich für eine Stadt dieser Größe."
    ),
    (
        "Wer hat eigentlich entschieden, dass der Bus 34 nach 19 Uhr nicht mehr fährt? Offenbar "
        "niemand, der selbst auf den Bus angewiesen ist."
    ),
    (
        "Dass die Staatsanwaltschaft das Verfahren gegen den ehemaligen Bürgermeister einstellt, "
        "wirkt auf viele hier wie Klüngel. Da muss mehr Transparenz her."
    ),
    (
        "Hochachtungsvoll möchte ich darauf hinweisen, dass der Beschluss zur Auflösung der "
        "Musikschule ohne Anhörung der Elternvertretung gefasst wurde. Das entspricht nicht dem, "
        "was man unter Bürgerbeteiligung versteht."
    ),
    (
        "die post ist echt nur noch ein witz. drei tage kein brief und dann kommt alles auf "
        "einmal, teilweise an die falsche hausnummer"
    ),
    (
        "Offenbar vertritt die Landwirtschaftskammer nur noch die Großbetriebe. Kleine Höfe wie "
        "unserer werden mit Bürokratie zugeschüttet."
    ),
    (
        "Jahrelang hat das Bistum die Missbrauchsfälle vertuscht und wundert sich jetzt über die "
        "Austritte. Das Vertrauen ist verspielt, und zwar selbstverschuldet."
    ),
    (
        "Gegen das Sozialticket stimmen und das „verantwortungsvolle Haushaltspolitik“ nennen – "
        "so macht es die FDP im Kreistag. Für Leute mit wenig Geld ist das ein Schlag ins "
        "Gesicht."
    ),
    (
        "Ehrlich gsagt, des isch a Witz. Da wird die Ortsdurchfahrt für Millionen neu gmacht und "
        "ein Jahr später reißen's alles wieder auf für Glasfaser."
    ),
    (
        "Schon wieder stellt die AfD-Fraktion einen Antrag nach dem anderen, der nur "
        "Schlagzeilen produzieren soll. Konstruktive Arbeit für die Stadt sieht anders aus."
    ),
    (
        "Ein Skandal, wie die Klinikleitung mit den Pflegekräften umgeht. Erst Applaus, jetzt "
        "Stellenabbau."
    ),
    (
        "Der Ortsvorsteher hat versprochen, sich um den Spielplatz zu kümmern. Das war vor zwei "
        "Jahren. Seitdem: Absperrband."
    ),
    (
        "Bei allem Respekt vor der Polizei: Der Einsatz bei der Schülerdemo war völlig "
        "unverhältnismäßig. Das gehört unabhängig untersucht."
    ),
    (
        "Jetzt ist der Bahnhof Altenstein offiziell eine Station ohne Personal. Kein Aufzug, "
        "keine Toilette, kein Fahrkartenschalter – Barrierefreiheit ist dort ein Fremdwort."
    ),
    (
        "Liebe Stadtverwaltung, ein Parkhaus für 14 Millionen in einer Stadt, die angeblich kein "
        "Geld für Schultoiletten hat? Ernsthaft?"
    ),
    (
        "Viel zu spät hat die Schulleitung die Eltern informiert. Vom Schimmel im Klassenzimmer "
        "haben wir über WhatsApp erfahren."
    ),
    (
        "Unser Landrat sollte mal eine Woche lang in einem Schulbus sitzen, der um 6:40 Uhr "
        "abfährt und 55 Minuten unterwegs ist. Dann würde er vielleicht verstehen, worum es "
        "geht."
    ),
    (
        "Beschämend, dass die Gemeinde das Jugendhaus wegen „fehlender Mittel“ schließt und "
        "gleichzeitig das Rathausfoyer neu gestaltet. Die Prioritäten sind völlig verrutscht."
    ),
    (
        "Ich halte die Entscheidung des Kultusministeriums für falsch. Kleine Dorfschulen wie in "
        "Hohenfeld funktionieren gut, das Argument mit der Mindestschülerzahl ist rein "
        "bürokratisch."
    ),
    (
        "Mal wieder ein Lehrstück, wie man Bürgerbeteiligung NICHT macht. Online-Umfrage mit "
        "drei Tagen Frist mitten in den Sommerferien 🙄"
    ),
    (
        "Mieterhöhungen kassieren und dann im Winter dreimal die Heizung ausfallen lassen – die "
        "Wohnungsbaugesellschaft ist unfähig, Punkt."
    ),
    (
        "Unverschämt, dass der Energieversorger die Abschläge erhöht und auf E-Mails wochenlang "
        "nicht antwortet."
    ),
    (
        "Die Stadt rühmt sich als fahrradfreundlich und malt dann einen Radweg direkt in die "
        "Türzone parkender Autos. Lebensgefährlicher Unsinn."
    ),
    (
        "Drei Jahre bis zur Verhandlung am Landgericht, das ist für die Betroffenen eine "
        "Zumutung. Die Justiz ist hier personell offensichtlich am Ende."
    ),
    (
        "Wer im Ministerium glaubt, dass eine Hebamme für den ganzen Landkreis reicht, hat von "
        "der Realität keine Ahnung."
    ),
    (
        "Hinter einem Gutachten hat sich der Kreistag versteckt, als über die Klinikschließung "
        "abgestimmt wurde. Politische Verantwortung übernimmt da niemand."
    ),
    (
        "Schade, dass die evangelische Gemeinde das Gemeindehaus verkauft. Ich verstehe die "
        "finanziellen Zwänge, aber für Chor, Seniorenkreis und Krabbelgruppe bleibt nun kein "
        "Raum mehr."
    ),
    (
        "Ziemlich dreist vom Busunternehmen, den Fahrplan zu kürzen und gleichzeitig die Preise "
        "anzuheben. Und der Verkehrsverbund segnet das auch noch ab."
    ),
    (
        "Ich bin seit 30 Jahren in der Partei, aber was der Landesvorstand gerade abzieht, ist "
        "ein Trauerspiel. So gewinnt man keine Wahl."
    ),
    (
        "Immer diese Ausrede mit dem Fachkräftemangel bei jeder Kita-Schließung. Dann muss man "
        "halt endlich anständig bezahlen, liebe Stadt."
    ),
    (
        "Um 400.000 Euro hat sich die Verwaltung bei der Abwassergebühr verrechnet, und ausbaden "
        "sollen's die Bürger. Wo bleibt da die Kontrolle durch den Rat?"
    ),
    (
        "Respekt an die Feuerwehr, aber null Respekt an die Gemeinde, die das Gerätehaus seit "
        "Jahren verrotten lässt."
    ),
    (
        "Polizeiposten Wendlingen-Süd dicht, und das Innenministerium nennt es „Optimierung“. "
        "Für uns heißt das: 25 Minuten, bis ein Streifenwagen da ist."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Wer „Ausländer raus“ an die Wand der Moschee sprüht, spricht nicht für unsere Stadt. "
        "Hoffentlich erwischt die Polizei die Täter bald."
    ),
    (
        "Ekelhaft, was da an die Synagogenmauer geschmiert wurde. Jüdisches Leben ist Teil von "
        "Lindau-Nord, so wie alles andere auch."
    ),
    (
        "Solidarität mit der queeren Community, nachdem der CSD-Infostand angegriffen wurde. "
        "Hass gehört nicht hierher. 🏳️‍🌈"
    ),
    (
        "Auf dem Flyer stand „Das Boot ist voll“ und ich habe mich fremdgeschämt. Wir haben "
        "Platz und Herz, und die ukrainischen Familien hier sind längst unsere Nachbarn."
    ),
    (
        "Wer Sinti und Roma allesamt als Kriminelle hinstellt, wiederholt uralte Vorurteile. Die "
        "Familie Reinhardt lebt seit Generationen bei uns im Ort und ist aus dem Vereinsleben "
        "nicht wegzudenken."
    ),
    (
        "Dass ein Schwarzer Junge beim Jugendturnier rassistisch beleidigt wurde, ist "
        "beschämend. Gut, dass der Schiedsrichter das Spiel sofort unterbrochen hat."
    ),
    (
        "Judenhass beginnt nicht erst mit Anschlägen, sondern schon bei den „Witzen“ am "
        "Stammtisch. Dagegen sollte man jedes Mal den Mund aufmachen."
    ),
    (
        "Zu dem Kommentar weiter oben, Muslime würden sich „nie integrieren“: Meine Zahnärztin, "
        "der Trainer meines Sohnes und meine Nachbarin sind Muslime. So ein Pauschalurteil ist "
        "schlicht falsch."
    ),
    (
        "Die Hetze gegen trans Menschen in den sozialen Medien macht mich fassungslos. Es geht "
        "um Menschen, die bloß ihr Leben in Ruhe führen wollen."
    ),
    (
        "Danke an die 400 Leute, die am Samstag auf dem Marktplatz gegen Rassismus demonstriert "
        "haben. Bin stolz auf diese Stadt."
    ),
    (
        "„Behinderte kosten nur Geld“ – solche Sätze hört man leider wieder öfter. Mein Bruder "
        "hat das Down-Syndrom und arbeitet seit zwölf Jahren in der Gärtnerei. Er kostet nichts, "
        "er bringt was."
    ),
    (
        "Dass die Gedenktafel für die deportierten Juden aus Bad Lindenau beschädigt wurde, ist "
        "eine Schande. Gut, dass die Stadt sie sofort ersetzen lässt."
    ),
    (
        "Wer Geflüchtete pauschal als Sozialschmarotzer bezeichnet, sollte einmal an einem "
        "Ausgabetag der Tafel vorbeikommen. Die Hälfte der Ehrenamtlichen dort ist selbst einmal "
        "geflüchtet."
    ),
    (
        "Homophobie ist keine Meinung. Schön, dass der Fußballverein die Regenbogen-Eckfahnen "
        "trotz der Kritik hängen lässt."
    ),
    (
        "Leute, hört auf mit „die Polen klauen Autos“. Das ist ein Klischee aus den 90ern, und "
        "unsere polnischen Kolleginnen im Krankenhaus halten hier den Laden am Laufen."
    ),
    (
        "Gegen die neue Moschee habe ich nichts, ich wünsche mir nur genug Parkplätze. Aber das "
        "gilt für die Kirche am Sonntag genauso."
    ),
    "Ich hasse niemanden, nur weil er anders liebt. Warum sollte ich auch?",
    (
        "Überhaupt nichts dagegen, dass zwei Männer dieses Jahr das Kinderfest organisieren. "
        "Hauptsache, es gibt wieder Kuchen und Hüpfburg 😄"
    ),
    (
        "Religion oder Herkunft sind für mich kein Grund, jemanden zu hassen. Mir ist wichtig, "
        "ob jemand anständig ist, sonst nichts."
    ),
    (
        "Niemand hier hat etwas gegen die Familien aus Syrien, im Gegenteil. Die Frage war nur, "
        "ob die Schule genug Lehrkräfte für Deutsch als Zweitsprache bekommt."
    ),
    (
        "Ich bin kein Gegner der Inklusion, ganz sicher nicht. Aber dann muss das Land auch die "
        "Schulbegleitungen finanzieren, sonst bleiben Kinder im Rollstuhl am Ende doch außen "
        "vor."
    ),
    (
        "hab nix gegen die russlanddeutschen in unserem viertel, warum auch, die meisten wohnen "
        "hier länger als ich"
    ),
    (
        "Ich habe keine Vorbehalte gegen trans Personen und verstehe nicht, warum die "
        "Umkleiden-Frage im Schwimmbad so hochgekocht wird."
    ),
    (
        "Gegen ältere Autofahrer hab ich gar nichts, mein Vater fährt mit 84 noch besser als "
        "ich. Pauschale Fahrverbote ab 75 halte ich für Unsinn."
    ),
    (
        "Keiner muss Angst vor der afghanischen Familie haben, die ins alte Pfarrhaus zieht. Ich "
        "kenne sie aus dem Sprachkurs, sehr herzliche Leute."
    ),
    (
        "Schön, dass die alevitische Gemeinde beim Stadtfest wieder ihren Stand hatte. Der Börek "
        "war wie immer als Erstes weg."
    ),
    (
        "Die Synagoge bietet am Sonntag eine öffentliche Führung an. Wer sich für jüdische "
        "Geschichte in Bamstedt interessiert: sehr empfehlenswert."
    ),
    "Gratuliere dem Rollstuhlbasketball-Team zum Aufstieg! Großartige Saison.",
    (
        "Endlich gibt es im Bürgerbüro Gebärdensprachdolmetscher für gehörlose Menschen. Hat "
        "lange gedauert, aber gut, dass es jetzt klappt."
    ),
    (
        "Mein Sohn ist Autist und die neue ruhige Einkaufsstunde im Supermarkt am Dienstag hilft "
        "uns enorm. Danke an den Marktleiter für die Idee."
    ),
    (
        "Nach nur einem Jahr sprechen die ukrainischen Kinder aus der Klasse meiner Tochter "
        "schon richtig gut Deutsch. Respekt!"
    ),
    (
        "Was für eine herzerwärmende Reportage über das Café, in dem Menschen mit Down-Syndrom "
        "arbeiten. Der Cappuccino dort ist übrigens ausgezeichnet ☕"
    ),
    (
        "Beim Iftar-Essen der Moscheegemeinde war der halbe Gemeinderat da, auch der katholische "
        "Pfarrer. So geht Nachbarschaft."
    ),
    "Freue mich auf den ersten CSD in unserer Kleinstadt! Wir kommen mit der ganzen Familie.",
    (
        "Dass der Schützenverein jetzt eine Königin hat, die mit ihrer Frau beim Umzug mitläuft, "
        "finde ich einfach schön. Die Zeiten ändern sich."
    ),
    (
        "Der syrische Bäcker an der Hauptstraße hat das beste Fladenbrot weit und breit. Kann "
        "ich nur empfehlen."
    ),
    (
        "Ich sitze im Rollstuhl und freue mich sehr über den neuen Aufzug am Bahnhof. Jetzt "
        "fehlt nur noch die Rampe zum Rathaus 😉"
    ),
    (
        "Toller Artikel über die Seniorinnen, die jeden Donnerstag den Kita-Kindern vorlesen. "
        "Alt und Jung zusammen, das tut allen gut."
    ),
    (
        "Danke für den Bericht über die Sinti-Familie, die seit 200 Jahren Körbe flechtet. Ein "
        "Stück Ortsgeschichte, das viele nicht kennen."
    ),
    (
        "Die Tastführung für Blinde im Heimatmuseum ist eine super Sache. Ich war mit meiner Oma "
        "da, die kaum noch sieht, und sie war begeistert."
    ),
    (
        "Interessant, dass so viele im Landkreis polnische Wurzeln haben. Hätte ich nicht "
        "gedacht, erklärt aber die vielen Piroggen auf dem Weihnachtsmarkt 🥟"
    ),
    (
        "Unsere neue Pfarrerin macht tolle Gottesdienste, auch für junge Leute. Die Kirche war "
        "an Ostern so voll wie lange nicht."
    ),
    (
        "Herzlichen Glückwunsch an Frau Okonkwo, die in den Integrationsbeirat gewählt wurde. "
        "Sie wird eine starke Stimme für alle sein."
    ),
    (
        "Mein Nachbar ist Afghane und hat beim Einzug ungefragt die schweren Kisten für mich in "
        "den dritten Stock geschleppt. Solche Geschichten liest man zu selten in der Zeitung."
    ),
    (
        "wie schön dass die grundschule jetzt ein inklusives klettergerüst hat, meine kleine mit "
        "spastik kann endlich mit den anderen spielen 💛"
    ),
    (
        "Der Besuchstag in der Moschee war wirklich interessant. Für Fragen nahm sich der Imam "
        "reichlich Zeit, auch für kritische."
    ),
    (
        "Gute Entscheidung der Stadt, auf Formularen jetzt auch „divers“ anzubieten. Kostet "
        "nichts und hilft einigen Menschen."
    ),
    (
        "Sehr lesenswert, die Reportage über Schwarze Deutsche hier in der Region und ihre "
        "Familiengeschichten. Viele leben hier seit Generationen, das wusste ich nicht."
    ),
    (
        "Die russlanddeutschen Frauen vom Chor „Heimatklang“ haben beim Seniorennachmittag "
        "gesungen, mir kamen die Tränen. Wunderschön."
    ),
    (
        "An der Realschule wurde unsere trans Tochter sehr gut aufgenommen. Danke an die "
        "Klassenlehrerin für ihre Unterstützung."
    ),
    (
        "Super, dass die Stadtbücherei jetzt Bücher in leichter Sprache und Hörbücher für "
        "Sehbehinderte anbietet."
    ),
    (
        "Das christlich-muslimische Friedensgebet auf dem Kirchplatz war sehr bewegend. Gerne "
        "jedes Jahr wieder."
    ),
    "Mit 91 noch im Wanderverein und bei jeder Tour dabei – Hut ab vor Herrn Lindemann! 🥾",
    (
        "Dass bei der Freiwilligen Feuerwehr Hohenmoor jetzt eine Frau Gruppenführerin ist, "
        "sollte eigentlich normal sein. Gut, dass es vorangeht."
    ),
    (
        "Die jüdische Gemeinde lädt zum Chanukka-Lichterzünden auf den Marktplatz ein. Eine "
        "schöne Geste an die ganze Stadt."
    ),
    (
        "Die Geflüchteten aus der Unterkunft am Sportplatz waren beim Frühjahrsputz im Stadtpark "
        "mit dabei. Hat Spaß gemacht, zusammen anzupacken."
    ),
    ("war gestern beim sommerfest der eritreischen gemeinde, super stimmung und das essen erst 🙂"),
    (
        "Ein Gebärdensprachkurs an der Volkshochschule? Melde mich sofort an. Meine Kollegin ist "
        "gehörlos und ich möchte mich endlich richtig mit ihr unterhalten können."
    ),
    (
        "Der Wirt vom „Goldenen Anker“ und sein Mann sind seit Jahren die gute Seele im Dorf. "
        "Schön, dass die Zeitung zum Jubiläum gratuliert."
    ),
    (
        "Vorbildlich, dass die Kirchengemeinde eine Wohnung für eine ukrainische Familie zur "
        "Verfügung stellt."
    ),
]

THREATS_DE: list[str] = [
    (
        "Schöne Grüße an Ihre Frau, Herr Bürgermeister Kessler. Sie joggt ja morgens immer um "
        "halb sieben am Mühlbach entlang, nicht wahr?"
    ),
    (
        "Wir wissen, wo die Redaktion vom Lahnboten sitzt. Und wir wissen auch, wann Frau "
        "Brückner abends als Letzte rausgeht."
    ),
    (
        "man trifft sich im leben ja immer zweimal, herr hollweg. und beim zweiten treffen sind "
        "sie allein"
    ),
    (
        "Silberner Passat, Lindenstraße 14, steht jede Nacht draußen. Gehört doch Ihnen, Herr "
        "Stadtrat Oberle? Wäre schade drum."
    ),
    (
        "Geduld haben wir. Viel Geduld. Irgendwann steht vor Ihrer Praxis keine Polizei mehr, "
        "Dr. Yilmaz."
    ),
    (
        "Unfälle passieren halt, gerade auf der B27 bei Nebel. Passen Sie gut auf sich auf, Frau "
        "Ratsherrin Gehring."
    ),
    "Gute Nacht noch, Herr Reinhold. Schlafen Sie gut, solange Sie es noch können.",
    (
        "Hab heute mal ein paar Fotos von eurem Haus in Oberwiesen gemacht. Schöner Garten. Die "
        "Kinder spielen da ja oft allein, gell?"
    ),
    (
        "Ihre Tochter ist doch am Gymnasium am Schlossberg, Herr Schiedsrichter Bauer. Klasse "
        "7b, wenn ich richtig informiert bin."
    ),
    (
        "Sehr geehrte Frau Lindqvist, wir beobachten Ihre Arbeit als Journalistin sehr genau. "
        "Auch nach Feierabend."
    ),
    (
        "Der Tag kommt, an dem keiner mehr für dich da ist, Maier. Dann reden wir nochmal über "
        "dein Windrad."
    ),
    (
        "Grüß mir deine Mutter im Pflegeheim St. Josef, Kollege. Wär doch schlimm, wenn da mal "
        "was schiefgeht."
    ),
    (
        "An Ihrer Stelle würd ich die Bremsen vom Wagen öfter mal checken lassen, Herr Dr. "
        "Hartmann. Nur ein gut gemeinter Tipp."
    ),
    (
        "Dienstags um 18 Uhr Chorprobe in der Pauluskirche, stimmt's, Frau Pfeiffer? Ihren "
        "Heimweg kennen wir inzwischen auch."
    ),
    (
        "Das Haus am Waldrand steht schon ziemlich abgelegen, Herr Kaminski. Da hört man nachts "
        "nix, wenn jemand um Hilfe ruft."
    ),
    (
        "Vergessen Sie nicht: Wir sind zahlreich und wir vergessen nichts, Herr Landrat. Jeder "
        "Name ist notiert."
    ),
    (
        "Na, Herr Tierarzt Kowalski, schon mal überlegt, wie schnell so eine Praxis leer sein "
        "kann? Und ihr Besitzer gleich mit."
    ),
    (
        "Schöner Hund, den Sie da immer im Stadtpark ausführen, Frau Demir. Hoffentlich frisst "
        "er nix Falsches."
    ),
    (
        "Mal schauen wie lange der Herr Vermieter Straub noch so entspannt in seinem Biergarten "
        "sitzt. Wir sehen ihn jeden Freitag."
    ),
    (
        "Rausfinden, wo Herr Pfarrer Neumeyer wohnt, war übrigens kein Problem. Stand sogar im "
        "Gemeindeblatt."
    ),
    (
        "Fühlt euch in der Moscheegemeinde mal nicht so sicher. Irgendwann ist Freitagsgebet und "
        "keiner passt auf."
    ),
    (
        "Frau Wendt, Ihre Schüler sind mittags weg, Sie bleiben oft bis 17 Uhr. Allein im "
        "Gebäude. Nur mal so festgestellt."
    ),
    (
        "So ein Reporter lebt gefährlich, gell Herr Albers. Wer weiß schon, wer an der Ampel "
        "hinter einem steht."
    ),
    (
        "des gibt no a Nachspiel fürn Bürgermeister Huber. Mia wissn wo der wohnt und wann er "
        "hoam kimmt."
    ),
    (
        "Wirklich bedauerlich wäre es, wenn Ihrer Familie etwas zustieße, Herr Ortsvorsteher "
        "Brandl. Denken Sie in Ruhe darüber nach."
    ),
    "Pech hat jeder mal. Bei manchen kommt das Pech eben nachts und mit Verstärkung.",
    "jetzt ham wir auch dein kennzeichen KL-MR 482, gerhard. wir finden dich überall",
    (
        "Jeden Samstag geht der Rabbiner zu Fuß die Kantstraße runter. Wär schon blöd, wenn da "
        "mal einer wartet."
    ),
    (
        "Herzlichen Glückwunsch zur Wiederwahl, Frau Schuster. Genießen Sie die Zeit. Sie wird "
        "kürzer, als Sie denken."
    ),
    (
        "Die Heimleitung der Unterkunft in Gerstenfeld sollte mal genau schauen, wer abends am "
        "Zaun steht. Wir sind öfter da, als ihr glaubt."
    ),
    "Ihr Gesicht hab ich mir gut gemerkt, Herr Kommissar Ebert. Und das Ihrer Frau auch.",
    "Kleiner Tipp an den Schiri vom Sonntag: Der Parkplatz hinterm Sportheim hat keine Kamera.",
    (
        "Einsame Strecke, die der Arzt vom MVZ Talheim jeden Abend über die Landstraße fährt. "
        "Kein Handyempfang, keine Häuser."
    ),
    (
        "Einen langen Atem haben wir, Herr Abgeordneter Pauly. Personenschutz haben Sie nicht "
        "ewig, und wir warten."
    ),
    ("Bald klingelt's an deiner Haustür, Redakteurin Fuchs. Und der Paketbote wird's nicht sein."),
    (
        "Kommt der Windpark bei Haselbach wirklich, dann wird Herr Bürgermeister Lenz das "
        "persönlich zu spüren kriegen."
    ),
    (
        "Noch ein einziger Artikel von dir über unseren Verein, Schubert, und du kannst deine "
        "Zähne einzeln aufsammeln."
    ),
    (
        "Genehmigt dieser Gemeinderat das Flüchtlingsheim, werden wir die Verantwortlichen "
        "einzeln zuhause besuchen. Und nicht zum Kaffeetrinken."
    ),
    (
        "Sollte meine Mutter nochmal so behandelt werden in Ihrer Notaufnahme, Dr. Kranz, dann "
        "liegen Sie selbst bald da drin."
    ),
    (
        "Bleibt mein Sohn Ihretwegen sitzen, Frau Oswald, dann kümmere ich mich persönlich "
        "darum, dass Sie nie wieder vor einer Klasse stehen können. Und auch sonst nirgendwo."
    ),
    (
        "Hör zu, Vermieter Klotz: Noch eine Mieterhöhung und dir passiert was, das kannst du "
        "nicht mehr von der Steuer absetzen."
    ),
    (
        "Pfeift der Typ am Samstag wieder so gegen uns, dann kommt er nicht heil vom Platz. "
        "Versprochen."
    ),
    (
        "Ich gebe Ihnen bis Monatsende, Herr Stadtrat Wirtz. Ziehen Sie Ihren Antrag zurück, "
        "sonst regeln wir die Sache auf unsere Art."
    ),
    (
        "wenn die nochmal meinen hund einschläfern wollen dann schlag ich dem tierarzt die "
        "praxis und den schädel ein"
    ),
    (
        "Falls Sie weiter über die Baugenehmigung schreiben, Frau Kaiser, sollten Sie sich einen "
        "guten Anwalt und einen noch besseren Chirurgen suchen."
    ),
    (
        "Baut ihr die Moschee in der Gartenstraße tatsächlich, garantiere ich euch, dass dort "
        "niemand in Frieden betet."
    ),
    (
        "Einmal noch blitzt ihr mich an der Bundesstraße, dann fahr ich nächstes Mal nicht am "
        "Polizisten vorbei, sondern drüber."
    ),
    (
        "Schneidet der Nachbar seine Hecke nicht bis Sonntag, schneid ich sie ihm. Und ihn "
        "gleich mit."
    ),
    (
        "Entweder Sie treten zurück, Herr Bürgermeister Rauch, oder wir machen Ihnen das Leben "
        "zur Hölle. Ihnen und Ihren Kindern."
    ),
    (
        "Druckt dieser Schmierfink vom Kreisanzeiger noch einmal meinen Namen, lernt er fliegen. "
        "Aus dem dritten Stock."
    ),
    (
        "Bis Freitag ist die Kündigung zurückgenommen, Herr Hausverwalter, oder ich komm ins "
        "Büro. Dann ist Schluss mit Reden."
    ),
    "sprechen die den typen frei dann kümmern wir uns selber drum. jeder weiß wo der wohnt",
    (
        "Werden die Pläne für das Asylheim nicht gestoppt, dann fließt Blut in Hohenried. Das "
        "ist keine Drohung, das ist ein Versprechen."
    ),
    (
        "Letzte Warnung an Frau Pastorin Engel: Noch eine Predigt für Flüchtlinge, und Sie "
        "brauchen selbst bald einen Pfarrer."
    ),
    (
        "Sobald der erste Bagger für die Trasse anrollt, liegt der Projektleiter am nächsten Tag "
        "im Krankenhaus. Das schwöre ich."
    ),
    (
        "Stellen Sie mein Kind noch einmal vor der ganzen Klasse bloß, Herr Vogt, dann stell ich "
        "Sie bloß. Mit der Faust."
    ),
    (
        "Ruft die Alte von nebenan nochmal das Ordnungsamt wegen uns, dann brennt bei der bald "
        "mehr als nur die Wut."
    ),
    (
        "Wird unsere Grundschule geschlossen, machen wir die Gemeinderäte persönlich haftbar, "
        "und zwar körperlich, nicht juristisch."
    ),
    (
        "Solltest du dich nochmal auf dem Marktplatz blicken lassen, Günther Wessel, dann "
        "prügeln wir dich da runter."
    ),
    (
        "Ein falsches Wort noch im Ausschuss, Frau Dr. Benning, und Sie verlassen die nächste "
        "Sitzung auf einer Trage."
    ),
    (
        "Abstechen werde ich den Bürgermeister von Altenkirchen, sobald er mir allein über den "
        "Weg läuft."
    ),
    "Nächste Woche komm ich zu dir nach Hause, Kerner, und schlag dich tot.",
    (
        "Dieser Schiedsrichter Lehmann kriegt Sonntag nach dem Spiel von uns Prügel, und zwar "
        "garantiert."
    ),
    "Den Fotografen vom Saarecho knall ich ab, Punkt. Ich weiß auch schon wo.",
    ("ich bring die lehrerin um die meine tochter fertig gemacht hat. morgen früh vor der schule"),
    (
        "Herr Dr. Seidl, ich werde Ihnen persönlich jeden Knochen brechen. Sie haben meinen "
        "Vater auf dem Gewissen."
    ),
    "Am Samstag mach ich den Hausmeister Pohl kalt, was anderes hat der nicht verdient.",
    "I hau dem Gemeinderat Eder so lang aufs Maul, bis er liegen bleibt, des schwör i.",
    "Diese Abgeordnete wird den Sommer nicht überleben. Dafür sorge ich persönlich.",
    (
        "Wir werden den Typen vom Jugendamt erwischen und ihn zusammentreten, bis er nicht mehr "
        "atmet."
    ),
    (
        "Heute Abend stech ich meinen Nachbarn Ruppert ab, den Drecksack. Dann ist endlich Ruhe "
        "in der Siedlung."
    ),
    "Frau Landrätin, ich werde Sie erschießen. Sie sollten das ernst nehmen.",
    "Jemand sollte diesem Bürgermeister mal so richtig eine verpassen, damit er aufwacht.",
    "Man müsste die ganzen Politiker aus dem Kreistag an die Laterne hängen, dann wär Ruhe.",
    (
        "Es wird Zeit, dass die Leute in Falkenau die Bewohner aus dem Heim prügeln. Worauf "
        "wartet ihr?"
    ),
    ("Schnappt euch den Schiri nach dem Abpfiff und zeigt ihm, was wir von seinen Elfern halten!"),
    "Solche Journalisten gehören verprügelt, und zwar öffentlich auf dem Marktplatz.",
    "einer sollte den kinderarzt mal mit nem baseballschläger besuchen, verdient hätt ers",
    (
        "Leute, kommt Samstag zur Synagoge und zeigt denen, dass sie hier nicht erwünscht sind. "
        "Mit Fäusten, nicht mit Plakaten."
    ),
    (
        "Die Moscheebesucher sollte man alle zusammentreiben und aus der Stadt jagen, notfalls "
        "mit Gewalt."
    ),
    (
        "Wohnt jemand bei Stadtrat Hegemann in der Gegend? Geht mal vorbei und polstert ihm die "
        "Fresse."
    ),
    "Diese Windkraft-Lobbyisten sollte man teeren und federn, so wie früher.",
    (
        "Ich rufe alle echten Hohenstädter auf: Holt euch den Vermieter Kranich und zeigt ihm "
        "mit Schlägen, was Wohnungsnot bedeutet."
    ),
    "Endlich braucht es jemanden mit Mumm, der diesem Polizeichef eine Kugel verpasst.",
    (
        "Lehrer wie die an dieser Gesamtschule müsste man mal ordentlich durchprügeln, dann "
        "überlegen die sich zweimal, was sie unseren Kindern so eintrichtern."
    ),
    (
        "Auf geht's Jungs, heute Abend ist der Infostand am Bahnhof. Die sollen nicht heil nach "
        "Hause kommen."
    ),
    (
        "Sowas wie diesen Tierquäler-Bauern sollte das Dorf einfach selbst aufknüpfen. Auf die "
        "Justiz ist eh kein Verlass."
    ),
    "Das Rathaus von Bergheim gehört angezündet, mit allen Akten drin.",
    "Zündet das Heim in der Talstraße an, noch bevor der erste Bus ankommt!",
    (
        "Wer hat Lust, dem Parteibüro in der Hauptstraße heute Nacht die Scheiben einzuwerfen? "
        "Treffpunkt 23 Uhr."
    ),
    (
        "Ich mach die Windräder bei Oberhausen kaputt, eins nach dem anderen. Die Leute hier "
        "werden mir dankbar sein."
    ),
    "Die Moschee in der Industriestraße gehört abgefackelt, bevor sie überhaupt fertig ist.",
    (
        "Dem Redakteur sein schicker Audi steht nachts ungeschützt vor der Tür. Reifen "
        "zerstechen, Lack zerkratzen, wer macht mit?"
    ),
    (
        "Schlagt dem Kreisanzeiger die Fenster ein, damit die merken, was die Bürger von ihrer "
        "Lügenpresse halten."
    ),
    "wird zeit dass die polizeiwache in st. georgen mal brennt",
    (
        "Liebe Mitbürger, die Zeit der Petitionen ist vorbei. Die Baustelle vom Solarpark muss "
        "sabotiert werden, jede Nacht aufs Neue."
    ),
    "Plattmachen sollte man die Synagoge hier, und ich helf gern mit.",
    (
        "Jedes Mal, wenn ich an der Praxis vom Tierarzt vorbeikomm, fliegt ein Stein rein. Ab "
        "morgen."
    ),
    (
        "Mietshäuser vom Vermieter Gruber sollte man mal richtig verwüsten, dann spürt er, wie "
        "sich das anfühlt."
    ),
    (
        "Bis auf die Grundmauern niederbrennen sollte man das Bürgerbüro der Partei hier. Nur "
        "Schutt und Asche soll übrig bleiben."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "6:0! Der SV Lindenbrück hat den Gegner heute regelrecht abgeschlachtet, was für ein "
        "Nachmittag auf dem Sportplatz."
    ),
    (
        "Unser Torwart hat wieder alles weggehauen, was aufs Tor kam. Die Abwehr stand wie eine "
        "Mauer."
    ),
    (
        "gestern beim LAN-Turnier in der Stadthalle hab ich im Finale alle mit der Sniper "
        "rausgenommen, headshot nach headshot 😅 danke an die Orga!"
    ),
    (
        "Förmlich überrollt haben die Handballerinnen aus Oberweißbach den Favoriten heute. "
        "Gnadenlos im Gegenstoß, so muss das!"
    ),
    (
        "Nächste Woche gegen Kickers Rennfeld: Wir kriegen euch! Und danach trinken wir zusammen "
        "ein Bier im Vereinsheim, wie jedes Jahr."
    ),
    "Hätte meinen Mann umbringen können, als er mir das Ende der Serie verraten hat 😂",
    (
        "34 Grad im Schlafzimmer unterm Dach, da will man sich echt die Kugel geben. Das hält "
        "doch keiner aus."
    ),
    ("Das neue Parkhauskonzept wird der Stadtrat in der Luft zerreißen, und das völlig zu Recht."),
    (
        "Meiner Oma hab ich erzählt, dass die Sparkassenfiliale schließt – die wird dem "
        "Filialleiter morgen die Hölle heiß machen. Mit Unterschriftenliste natürlich."
    ),
    "Totgelacht hab ich mich über die Glosse zum neuen Kreisverkehr. Herrlich!",
    (
        "Für das Schlachtfest am Samstag in Hohenstetten werden wieder zwei Schweine "
        "geschlachtet, die Blutwurst ist legendär. Kommt früh!"
    ),
    (
        "Tipp zum Rezept: Die Zwiebeln richtig klein hacken und den Knoblauch mit dem "
        "Messerrücken zerquetschen, dann wird die Soße viel besser."
    ),
    (
        "Endlich hab ich die Brombeeren an der Grundstücksgrenze niedergemacht. Drei Jahre "
        "Wildwuchs, jetzt ist Ruhe."
    ),
    (
        "Rosen schneide ich im Herbst radikal zurück, da wird alles bis auf drei Augen gekappt. "
        "Keine Sorge, die kommen stärker wieder."
    ),
    (
        "Metzgerei Brandl in Aulingen zerlegt die halbe Sau noch selbst, mit Beil und Messer wie "
        "früher. Schade, dass der Laden zum Jahresende zumacht."
    ),
    (
        "Keine Panik wegen dem Rauch über der alten Molkerei gestern: Das war eine angekündigte "
        "Übung der Freiwilligen Feuerwehr Kirchdorf mit „Verletzten“ und Nebelmaschine."
    ),
    (
        "Großübung des Katastrophenschutzes am Samstag am Bahnhof Wellingen: Es wird ein "
        "Zugunglück mit vielen Opfern simuliert. Also nicht erschrecken, wenn die Sirenen "
        "heulen."
    ),
    (
        "Respekt an die Leute vom THW, die bei der Übung das Unfallauto mit der Rettungsschere "
        "komplett auseinandergeschnitten haben."
    ),
    (
        "Sieht spektakulär aus, das kontrollierte Abbrennen der Heidefläche bei Moorhausen, ist "
        "aber gut für Heidekraut und Birkhuhn. Die Feuerwehr hatte alles im Griff."
    ),
    (
        "Wer am Wochenende die Rauchsäule über dem Truppenübungsplatz gesehen hat: geplantes "
        "Flächenfeuer zur Landschaftspflege, stand vorher in der Zeitung."
    ),
    (
        "Sonntag um 10 Uhr wird der alte Kühlturm in Rothenfeld gesprengt. Wir stehen mit "
        "Thermoskanne am Absperrband und schauen zu, wie das Ding fällt!"
    ),
    (
        "Höchste Zeit, dass das Hochhaus an der Bergstraße plattgemacht wird. Der Schandfleck "
        "stand da seit 20 Jahren leer."
    ),
    (
        "Jeden Mittwoch um 12 sprengt der Steinbruch, dann wackeln bei uns die Gläser im "
        "Schrank. Man gewöhnt sich dran."
    ),
    (
        "Schrecklich, was der Angeklagte seiner Frau angetan hat. Gut, dass das Landgericht ihn "
        "zu neun Jahren verurteilt hat."
    ),
    (
        "Laut Bericht hat der Täter mit einem Messer auf den Kassierer eingestochen. Ich wünsche "
        "dem Mann schnelle Genesung und hoffe, die Polizei fasst den Kerl bald."
    ),
    (
        "Dass jemand wegen eines Parkplatzstreits mit dem Baseballschläger losgeht, ist einfach "
        "nur erschreckend. Mit Gewalt löst man gar nichts."
    ),
    (
        "Im Stadttheater Bergheim wird im „Macbeth“ ordentlich gemordet, am Ende liegen fast "
        "alle tot auf der Bühne. Tolle Inszenierung, unbedingt ansehen!"
    ),
    (
        "„Arsen und Spitzenhäubchen“ auf der Amateurbühne Wiesental: Die zwei Tanten vergiften "
        "so charmant, dass man ihnen gar nicht böse sein kann."
    ),
    (
        "Neuer Regionalkrimi von Gerda Hallstein, spielt bei uns am Stausee, die erste Leiche "
        "treibt schon auf Seite 3 im Wasser. Konnte nicht aufhören zu lesen."
    ),
    (
        "Lesung im Buchladen Seitenweise: Der Autor hat erzählt, wie er zu Giften recherchiert. "
        "Sehr unterhaltsamer Abend, und sein Mörder bleibt bis zur letzten Seite unentdeckt."
    ),
    (
        "Der Tatort gestern aus unserer Stadt war spannend, aber wieso wird die Leiche "
        "ausgerechnet im Rosengarten gefunden? 😄"
    ),
    (
        "Open-Air-Kino nächste Woche: Actionfilm, in dem der Held halb Manhattan in die Luft "
        "jagt. Popcorn ist schon gekauft."
    ),
    (
        "Beim Rosenmontagszug haben die Jecken aus Kellenbach das Rathaus gestürmt und dem "
        "Bürgermeister den Schlüssel abgenommen. Helau!"
    ),
    (
        "Weiberfastnacht: Allen Männern wird wieder die Krawatte abgeschnitten, bei uns im Büro "
        "gibt's kein Entkommen 😂✂️"
    ),
    (
        "Konfettikanonen statt Kanonen: Unser Prinzenpaar hat die Rathauserstürmung gewonnen, "
        "der Bürgermeister hat sich tapfer ergeben."
    ),
    (
        "Zwölf Wildschweine wurden bei der Drückjagd im Staatswald erlegt. Bitte beachtet die "
        "Absperrungen und Warnschilder an den Waldwegen."
    ),
    (
        "Dank an unseren Dorfjäger, er hat gestern den Fuchs erwischt, der uns drei Hühner "
        "gerissen hat."
    ),
    (
        "Wir hatten Ratten im Schuppen, der Kammerjäger hat Köderboxen aufgestellt und jetzt "
        "sind sie alle weg. Kann die Firma nur empfehlen."
    ),
    (
        "Gegen die Wühlmäuse im Gemüsebeet hilft bei mir nur die Falle. Die kleinen Biester "
        "haben mir die halbe Ernte vernichtet."
    ),
    (
        "Morgen rücke ich den Wespen auf dem Balkon mit einem Profi zu Leibe, das Nest unterm "
        "Dach muss weg. Wir haben einen Allergiker in der Familie."
    ),
    (
        "Das Osterfeuer in Niederbrunn war wieder riesig, die Flammen gingen bestimmt zehn Meter "
        "hoch. Danke an die Landjugend fürs Aufschichten!"
    ),
    (
        "Bitte den Holzhaufen fürs Osterfeuer vor dem Anzünden nochmal umschichten, da "
        "verstecken sich oft Igel drin."
    ),
    (
        "Zum Johannisfeuer am Badesee kommt das ganze Dorf. Traditionell wird die Strohpuppe "
        "verbrannt, die den Winter darstellt."
    ),
    (
        "Ich kenne Ihre Adresse, Herr Kaltenbach 😉 – Ihr verlorener Geldbeutel liegt bei mir, "
        "ich bring ihn heute Abend vorbei."
    ),
    (
        "An den Finder meines Fahrrads: Die Nachbarin wusste, wo du wohnst, und hat mich "
        "hingebracht. Danke für die Ehrlichkeit, der Kuchen kommt noch!"
    ),
    (
        "Liebe Frau Obermeier, wir wissen ja, wo Sie wohnen – am Samstag stehen wir alle mit "
        "Blumen zu Ihrem 90. Geburtstag vor der Tür!"
    ),
    (
        "Hey FC Ellerbach, wir kriegen euch im Rückspiel! Diesmal mit mehr Stimmung auf der "
        "Tribüne und hoffentlich drei Punkten."
    ),
    (
        "wir kriegen euch alle!!! ...beim tauziehen auf dem dorffest nächstes jahr 💪 glückwunsch "
        "an die feuerwehr zum sieg"
    ),
    (
        "Die Morddrohungen gegen unsere Landrätin sind widerlich. Wer so etwas schreibt, gehört "
        "angezeigt, egal wie man zu ihrer Politik steht."
    ),
    (
        "Solidarität mit der Lokalredaktion. Dass Journalisten wegen ihrer Berichterstattung "
        "bedroht werden, darf in einer Demokratie keinen Platz haben."
    ),
    (
        "Man kann den Bürgermeister kritisieren, so viel man will, aber Drohbriefe an seine "
        "Familie sind eine Grenze, die nie überschritten werden darf."
    ),
    (
        "Dreimal haben die Stadtwerke meine Rechnung falsch gestellt. Wenn das nicht korrigiert "
        "wird, hat das Konsequenzen: Ich gehe zur Schlichtungsstelle."
    ),
    (
        "Bei der Kommunalwahl im Mai wird abgerechnet. Wer die Schließung des Hallenbads "
        "durchgewunken hat, bekommt meine Stimme nicht mehr."
    ),
    (
        "Werte Damen und Herren, die Rechnung für den Straßenausbau werden die Anwohner nicht "
        "einfach hinnehmen. Ein Anwalt ist bereits eingeschaltet, die Klage wird eingereicht."
    ),
    (
        "Ich fordere personelle Konsequenzen im Bauamt. Das Millionengrab am Schulzentrum muss "
        "ein Untersuchungsausschuss aufarbeiten."
    ),
    (
        "Mit dem Vermieter rechne ich vor Gericht ab. Die Nebenkostenabrechnung ist eine "
        "Frechheit, der Mieterverein prüft das schon."
    ),
    (
        "Schach-Open in Lauterbach: Die 12-jährige Mia hat ihren Gegner in 23 Zügen regelrecht "
        "hingerichtet. Matt mit Dame und Springer, Hut ab!"
    ),
    (
        "Boxabend in der Sporthalle: In der dritten Runde schickte der Lokalmatador seinen "
        "Gegner k.o. auf die Bretter. Fairer Kampf, beide haben sich danach umarmt."
    ),
    (
        "Wenn ich nochmal zu spät komme, weil die Regionalbahn wieder ausfällt, bringt mein Chef "
        "mich um 🙄"
    ),
    "93. minute, das tor, ich bin fast gestorben vor freude, mein herz!!",
]

CRITICISM_EN: list[str] = [
    (
        "Three years the Harrowgate Road potholes have been reported and the council's answer is "
        "another consultation. Pathetic."
    ),
    (
        "So Mayor Delaney finds £40k to rebrand the town logo but can't keep the public toilets "
        "open past 4pm? Priorities, eh."
    ),
    (
        "I write as a parent of two pupils at St Brigid's National School to express my deep "
        "disappointment that the board voted to shut the school without any meaningful "
        "consultation with families."
    ),
    (
        "the sheriff's office took 50 minutes to show up for a break in on Maple Ridge Rd. "
        "fifty. and then they want a budget increase lol"
    ),
    (
        "Dear Councillors, closing the Kinross Street library would remove the only free study "
        "space for hundreds of young people. I respectfully ask you to reconsider."
    ),
    (
        "Wellbrook Water fined again for dumping sewage in the river and the CEO still gets his "
        "bonus. Absolute joke of a company."
    ),
    (
        "Bins not collected in Ashby Vale for THREE weeks. Council tax went up 5%. Make it make "
        "sense."
    ),
    (
        "The Liberal members on this council have voted against every single affordable housing "
        "proposal for a decade and now pretend to care. Spare us."
    ),
    (
        "Cr Whitlam-Hayes should resign. Misleading residents about the flood levy is not a "
        "'miscommunication'."
    ),
    (
        "Great, another 'community engagement session' at 2pm on a Tuesday when everyone's at "
        "work. Very engaging. 🙄"
    ),
    (
        "It is with great sadness that our congregation learned the diocese intends to close St "
        "Aidan's after 140 years. We urge the bishop to meet with parishioners before any final "
        "decision is made."
    ),
    (
        "police were quick enough to ticket my car outside the chemist but somehow cant find "
        "anyone dealing drugs openly in Riverside Park every nite"
    ),
    (
        "The hospital trust's 'improvement plan' is just a list of cuts with a nicer font. Staff "
        "deserve better and so do patients."
    ),
    (
        "Closing the Glenavon rural clinic means a 90-minute drive for elderly patients. Whoever "
        "signed off on this has clearly never lived out here."
    ),
    (
        "Mayor Pratt promised a new skate park in 2019. Five years on there's a fenced-off patch "
        "of mud. Well done."
    ),
    (
        "The planning committee approved 300 houses on a floodplain and then acted shocked when "
        "the estate flooded. Incompetent doesn't begin to cover it."
    ),
    (
        "Labour have run this borough for twenty years and the high street is practically "
        "deserted. Time they answered for that when we next go to the polls."
    ),
    (
        "Kudos to the school board for spending six months debating the mascot while the "
        "portable classrooms leak. Truly visionary leadership."
    ),
    (
        "Tri-County Transit cut the 47 bus route without telling anyone. My mum waited an hour "
        "in the rain. Shameful."
    ),
    (
        "I'm not one to complain, but the new parking charges at Harbour View will finish off "
        "what's left of the shops on Quay Street. Please rethink this before it's too late."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely to see such a big turnout at the Rainbow Picnic in Marsden Park this year, lots "
        "of families and the gay men's choir was brilliant."
    ),
    (
        "The Sikh gurdwara on Elm Road fed over 400 people during the flood clean-up. Proper "
        "community spirit."
    ),
    (
        "Congratulations to Aroha Ngata, the first Māori woman elected to the Tauranga Heights "
        "board. Well deserved."
    ),
    (
        "My neighbours are refugees from Syria and honestly they've been the kindest people on "
        "our street since day one."
    ),
    (
        "Whoever sprayed that antisemitic graffiti on the wall of the synagogue ought to be "
        "ashamed. Our Jewish neighbours belong to this town and always have."
    ),
    (
        "A lot of what's being said here about the new mosque is depressing. Muslims in Bradwell "
        "have been running the food bank for years. Maybe show some gratitude."
    ),
    (
        "The new sensory-friendly hours at Cotterill's supermarket are a game changer for my "
        "autistic son. Thank you!"
    ),
    (
        "Great article about the deaf-led theatre group in Ballymena. Would love to catch the "
        "sign-language performance next month."
    ),
    (
        "For the record, nobody at the club has a problem with the trans player joining the "
        "women's team. The only complaints came from people who've never been to a match."
    ),
    (
        "As a lesbian who grew up in a tiny village, seeing the pride flag flying outside the "
        "council offices in Wexford genuinely made me tear up."
    ),
    (
        "Racist abuse of a young Black footballer at the Ashgrove Rovers game is disgusting. Ban "
        "those fans for life."
    ),
    (
        "The Aboriginal cultural centre's bush tucker walk was the highlight of the school "
        "holidays. Highly recommend."
    ),
    (
        "The article doesn't say the burglary suspects were immigrants, and the police haven't "
        "said so either. Let's not invent things."
    ),
    (
        "Good to see more women standing for council this year. About time the chamber looked "
        "like the town."
    ),
    (
        "The new library's wheelchair access is excellent. Finally someone thought about "
        "disabled people at the design stage."
    ),
    (
        "Traveller families have been coming to the Ballinasloe horse fair for generations. The "
        "hateful posts on the community page need to stop."
    ),
    (
        "bi woman here, been going to St Columba's for years and the minister has never been "
        "anything but welcoming. nice to read this"
    ),
    (
        "I'm not against refugees being housed at the old hotel, I just want the council to "
        "explain the bus connections properly. Both things can be true."
    ),
    "Eid fair in Lakemba park was fantastic, the kids loved the henna and the food 😍",
    (
        "Those leaflets blaming 'foreigners' for the hospital waiting lists are lies. On my "
        "ward, half the nurses are immigrants and the place would collapse without them."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Brady, nice house you have on Fernhill Close. Be a real pity to see it burn "
        "some night while you're off on those council trips."
    ),
    (
        "Your kids get out of Oakfield Primary at 3:15, don't they, Mr Hennessy. Just saying. "
        "People notice things."
    ),
    (
        "We know which way you walk the dog every morning, Mayor Kowalski. Dark along that canal "
        "path. Accidents happen."
    ),
    (
        "Tell the planning officer who approved that phone mast we're patient people. Very "
        "patient. He won't see it coming."
    ),
    (
        "Sheriff Dawes might want to check his brake lines more often. Roads round here can be "
        "treacherous this time of year."
    ),
    (
        "That reporter Siobhan Kerr who wrote this hit piece drives a blue Corsa and parks "
        "outside the Spar every Thursday. Just so everyone knows."
    ),
    (
        "Principal Okafor should remember it's a small town. Everyone knows where everyone "
        "lives, and folk here have long memories."
    ),
    (
        "The councillor pushing the wind farm has a lovely wife and two little girls. Be a real "
        "pity if they had to learn what people think of him the hard way."
    ),
    ("If the council closes our pool, I'll be paying Councillor Reid a visit at home with a bat."),
    (
        "One more parking ticket from that warden on Hill Street and he'll leave in the back of "
        "an ambulance."
    ),
    (
        "Unless the school reinstates my son by Monday, that headteacher will end up hurt. I'm "
        "serious."
    ),
    (
        "If those developers start bulldozing the woods, the first one I lay eyes on goes in the "
        "ground."
    ),
    "Cut the bus route and I'll hunt down the transport manager and break his legs, I swear.",
    (
        "If Father Mulcahy shuts the parish hall he'd better not show his face on Main St again, "
        "or he won't be walking home."
    ),
    (
        "Touch my allotment one more time, Councillor Fenwick, and I'll torch your house with "
        "you inside it."
    ),
    "On Saturday I'll be stabbing Councillor Trevor Balham at his surgery. Mark my words.",
    "Next time I see Constable Harris I'll smash his face in. Simple as that.",
    (
        "I'm bringing my shotgun to the school board meeting Tuesday and Superintendent Lyle is "
        "getting what's coming to him."
    ),
    "Somebody ought to find where our mayor sleeps and kick him senseless. Any volunteers?",
    (
        "Every last one of those councillors deserves a beating. Drag them out of the chamber "
        "and show them what we think."
    ),
    (
        "Round up the asylum seekers staying at the Grand Hotel and chase them out of the town "
        "using whatever you've got to hand."
    ),
    (
        "Locals should wait outside the police station and jump the officers when they come off "
        "shift. They've earned it."
    ),
    "Burn the council offices to the ground, that's all they understand.",
    (
        "Everyone meet at the new mosque site Friday night and smash the place up before it ever "
        "opens."
    ),
    (
        "Somebody should torch the developer's diggers on Barrow Lane tonight. Wreck the lot of "
        "them."
    ),
]

LOOKALIKES_EN: list[str] = [
    "My husband swore he'd be home by six for the roast. If he's late again I'll kill him 😂",
    "After the parish fete clean-up I could murder a pint at the Crown.",
    "Rovers absolutely slaughtered Dunmore 5-0 on Saturday. A massacre from start to finish.",
    (
        "Fire brigade did a controlled burn drill at the old depot yesterday, great to see the "
        "volunteers in action. Don't panic if you saw smoke!"
    ),
    (
        "Saw the old gasworks chimney come down this morning — one big bang and down it went. "
        "Brilliant crowd turned out."
    ),
    (
        "Duck season opens next week, please remember to shoot only in the designated wetlands "
        "and keep well clear of the walking trails."
    ),
    (
        "My lad spends all weekend blasting zombies on his Xbox, glad the library's gaming club "
        "gives him somewhere to do it with mates."
    ),
    (
        "Absolutely horrific what happened to that shopkeeper in Dalby. Hope they lock the "
        "attacker up for a very long time."
    ),
    (
        "Hi Mrs Patterson, I know your address — the courier left your parcel at ours on "
        "Rosemary Lane by mistake! I'll drop it round tonight."
    ),
    (
        "Councillors who voted for the incinerator will be paying for that at the ballot box in "
        "May. Remember the names."
    ),
    "That new chilli at the food festival nearly killed me. Went back for seconds anyway 🔥",
    "Our under-11s got destroyed by the league leaders but the kids kept smiling. Proud coach.",
    "The bakery's 'death by chocolate' cake is worth the drive to Kilcullen on its own.",
    (
        "Cricket club's new bowler is lethal. Took six wickets and nearly took the umpire's head "
        "off with a bouncer."
    ),
    (
        "Bushfire brigade volunteers ran a burn-off on the ridge on Sunday — thanks for keeping "
        "us safe before summer."
    ),
    "That stand-up at the arts festival absolutely killed it. Cried laughing.",
    (
        "If my bins get skipped one more week I'm going to scream. Then I'm going to write a "
        "very strongly worded letter."
    ),
    "Darts final down the Legion was a bloodbath — 180s flying everywhere. Cracking night.",
    (
        "The knife skills class at the community kitchen was great, I can finally dice an onion "
        "without losing a finger."
    ),
    (
        "Shocking to hear about the hit and run on Coast Road. Whoever did it, hand yourself in "
        "— the family deserve answers."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
