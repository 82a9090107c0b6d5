"""An eighth held-out judgement table, written for a retrained threat guard: German regional
news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 87 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows were reworded for the overlap alone, before any scorer
was run on the table. Kinds, and what the default policy should do: sharp but legitimate
criticism and neutral or friendly mentions of groups (counter-speech and negations included)
are published; threats and calls for violence are held; harmless look-alikes are published.
German threats, in order: veiled (1-30), conditional (31-55), direct (56-70), calls against
people (71-85), calls against property (86-100); English: veiled (1-8), conditional (9-15),
direct (16-19), calls against people (20-22), calls against property (23-25).

The table was written to judge a retrained threat guard (docs/candidates.md); the writers were
asked for the usual kinds and families, with no steer towards any wording. Every look at it is
in the ledger of docs/candidates.md. Never train on it, and do not use it to fit or tune rules,
word lists or thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Ein Armutszeugnis für die gesamte Stadtverwaltung. Seit drei Jahren wird über die "
        "Sanierung der Grundschule am Lindenweg geredet und geschehen ist rein gar nichts."
    ),
    (
        "Schämen Sie sich, Herr Bürgermeister Kettler. Erst die Kitagebühren erhöhen und dann "
        "beim Neujahrsempfang von Familienfreundlichkeit schwadronieren."
    ),
    (
        "Die Brücke in Unterhausen ist jetzt seit 14 Monaten gesperrt. 14 Monate! Wer im "
        "Kreistag noch von zügiger Planung spricht hat den Schuss nicht gehört."
    ),
    (
        "Vetternwirtschaft wie aus dem Lehrbuch. Der Auftrag für den neuen Bauhof geht natürlich "
        "an die Firma vom Schwager des Fraktionsvorsitzenden, war ja klar."
    ),
    (
        "Sehr geehrte Redaktion, mit Befremden habe ich Ihren Bericht über die "
        "Haushaltsberatungen gelesen. Dass der Gemeinderat 2,4 Millionen Euro für einen "
        "Kreisverkehr mit Kunstobjekt ausgibt, während im Hallenbad die Duschen seit Monaten "
        "kaputt sind, ist schlicht nicht vermittelbar. Ich erwarte, dass die Verantwortlichen "
        "dies öffentlich erklären."
    ),
    (
        "Die Bahn schafft es wirklich jeden Morgen, den Zug um 6:42 ausfallen zu lassen. Pendeln "
        "in die Kreisstadt? Viel Glück."
    ),
    (
        "Was für eine Farce diese sogenannte Bürgerbeteiligung. Die Pläne für das Neubaugebiet "
        "standen doch längst fest, wir durften nur noch nicken."
    ),
    (
        "Ich fordere den Rücktritt der Landrätin. Wer den Skandal um die Rettungswache so lange "
        "unter den Teppich kehrt, hat jedes Vertrauen verspielt."
    ),
    (
        "Typisch Stadtwerke: Preise rauf, Service runter. Die Hotline erreicht man nur noch "
        "zwischen 9 und 11 Uhr, wenn überhaupt."
    ),
    (
        "Liebe Zeitung, vielleicht solltet ihr mal selbst recherchieren statt die "
        "Pressemitteilung aus dem Rathaus eins zu eins abzudrucken. Das ist kein Journalismus."
    ),
    (
        "Bei der nächsten Kommunalwahl bekommt die Liste von Herrn Pohlmann meine Stimme "
        "garantiert nicht mehr. Versprochen war ein Radweg nach Hollenbach, gebaut wurde nichts."
    ),
    (
        "Dass die Geburtsstation in Bad Sellrode geschlossen wird, ist eine Sauerei. Schwangere "
        "sollen jetzt 50 km fahren, um zu entbinden? Wir sammeln ab Samstag am Marktplatz "
        "Unterschriften und prüfen eine Klage."
    ),
    (
        "Sarkasmus an: Toll, dass der Parkplatz am Friedhof jetzt 2 Euro die Stunde kostet. "
        "Trauern muss man sich schließlich auch leisten können. Sarkasmus aus."
    ),
    (
        "Nach dem dritten Einbruch innerhalb einer Woche war die Polizei bei uns im Viertel "
        "nicht mal vor Ort. Am Telefon hieß es, wir sollen online Anzeige erstatten. Lächerlich."
    ),
    (
        "Wieso fragt eigentlich niemand den Vorstand des TSV, wo die 30.000 Euro aus dem "
        "Sommerfest geblieben sind? Als Mitglieder dürfen wir Transparenz verlangen, ich stelle "
        "bei der nächsten Versammlung den Antrag."
    ),
    (
        "Kirche predigt Nächstenliebe und verkauft dann das Gemeindehaus an einen Investor, der "
        "Luxuswohnungen draufsetzt. Passt ja."
    ),
    (
        "Das Klinikum hat sich kaputtgespart, und jetzt wundert sich der Aufsichtsrat über die "
        "Wartezeiten in der Notaufnahme. Sechs Stunden saß meine Mutter dort mit gebrochenem "
        "Handgelenk."
    ),
    (
        "Unfassbar dass die Schulleitung den Elternbrief erst zwei Tage vor der abgesagten "
        "Klassenfahrt rausschickt. Kommunikation mangelhaft, setzen, sechs."
    ),
    (
        "Der Busfahrplan der RVG ist ein schlechter Witz. Letzter Bus aus Wendlingen um 19:10, "
        "wie soll man damit zur Spätschicht kommen?"
    ),
    (
        "Das neue Rathaus sollte 18 Millionen kosten, jetzt sind wir bei 31. Und niemand "
        "übernimmt Verantwortung. Ich habe bereits Dienstaufsichtsbeschwerde erhoben und "
        "empfehle jedem, das ebenfalls zu tun."
    ),
    (
        "Herr Oberbürgermeister, im Wahlkampf haben Sie uns bezahlbaren Wohnraum versprochen. "
        "Nach vier Jahren gibt es exakt null neue Sozialwohnungen. Das nenne ich "
        "Wählertäuschung."
    ),
    (
        "Die Grünen im Stadtrat reden von Verkehrswende und stimmen dann gegen den Ausbau der "
        "Buslinie 7. Glaubwürdig geht anders."
    ),
    (
        "Auch die CDU-Fraktion muss sich fragen lassen, warum sie jahrelang alles abgenickt hat. "
        "Jetzt auf einmal den Kritiker zu spielen ist billig."
    ),
    "Kurz und knapp: Die Erhöhung der Hundesteuer auf 150 Euro ist Abzocke.",
    (
        "Seit wann entscheidet der Bauausschuss hinter verschlossenen Türen über Dinge, die uns "
        "alle betreffen? Nichtöffentliche Sitzung wegen eines Spielplatzes, ehrlich jetzt?"
    ),
    (
        "Wir Anwohner der Mühlenstraße demonstrieren am Donnerstag vor der Ratssitzung. "
        "Angemeldet und friedlich, aber laut. Die Lkw-Durchfahrt muss endlich aufhören."
    ),
    (
        "Die Berichterstattung dieser Zeitung über den Streit im Stadtrat war einseitig. Die "
        "Position der Opposition kam in genau einem Satz vor. Ich kündige mein Abo."
    ),
    (
        "Glückwunsch an die Müllabfuhr, die bei uns jetzt zum vierten Mal die Biotonne vergessen "
        "hat. Duftet herrlich im Hochsommer."
    ),
    (
        "Man kann über vieles streiten, aber das Freibad zu schließen und gleichzeitig das "
        "Budget für Repräsentationsreisen aufzustocken, ist dreist."
    ),
    (
        "Auf der B27-Baustelle ruht seit Wochen alles, kein einziger Arbeiter zu sehen. Aber "
        "Hauptsache die Umleitung führt mitten durch unser Wohngebiet."
    ),
    (
        "Ich finde es beschämend wie der Kreis mit den Ehrenamtlichen der Tafel umgeht. Erst den "
        "Mietvertrag kündigen und dann öffentlich Danke sagen, das ist Heuchelei."
    ),
    (
        "An die Verantwortlichen im Landkreis: Die geplante Zusammenlegung der Grundschulen "
        "Ober- und Niederfeld ist aus meiner Sicht ein schwerer Fehler. Sechsjährige Kinder "
        "täglich 25 Minuten im Bus – wer will so etwas ernsthaft? Ich bitte die "
        "Kreistagsabgeordneten eindringlich, diesen Beschluss zu überdenken."
    ),
    (
        "Wer hat sich diese Ampelschaltung am Bahnhofsplatz ausgedacht? 8 Sekunden Grün für "
        "Fußgänger, da schafft es keine Oma rüber."
    ),
    (
        "Die Feuerwehr wartet seit Jahren auf ein neues Löschfahrzeug und der Gemeinderat "
        "schiebt es mal wieder ins nächste Haushaltsjahr. Das ist verantwortungslos."
    ),
    "Abwählen. Alle. Nächsten Mai ist Gelegenheit.",
    (
        "Die Verkehrsbetriebe haben die Preise um 12 Prozent erhöht und gleichzeitig den Takt "
        "ausgedünnt. Hab ne Petition gestartet, bitte unterschreiben und weitersagen."
    ),
    (
        "Interessant, dass bei der Radfahrerkontrolle am Schlossgarten sechs Beamte herumstehen, "
        "aber bei den Rasern in der Hauptstraße nie jemand auftaucht. Prioritäten?"
    ),
    (
        "Ich arbeite selbst im Krankenhaus und kann sagen: Die Geschäftsführung sagt nicht die "
        "Wahrheit, wenn sie behauptet, die Stationen seien ausreichend besetzt. Nachtdienst mit "
        "einer Pflegekraft für 32 Patienten ist bei uns Realität."
    ),
    (
        "Der Zweckverband Abwasser hat uns ohne jede Vorwarnung Bescheide über 4.800 Euro "
        "geschickt. Wir haben einen Anwalt eingeschaltet und Widerspruch eingelegt."
    ),
    (
        "naja was soll man dazu noch sagen.. wieder mal wurde die Ortsumgehung versprochen, "
        "wieder mal nix. seit 1998 das gleiche Theater"
    ),
    (
        "Der Heimatverein feiert sich für das Stadtfest, dabei haben die Anwohner drei Nächte "
        "lang kein Auge zugetan. Rücksicht sieht anders aus, ich werde das beim Ordnungsamt "
        "ansprechen."
    ),
    (
        "Dass die Stadtbibliothek nur noch an zwei Tagen pro Woche öffnet, ist ein "
        "kulturpolitisches Armutszeugnis für eine Stadt mit 40.000 Einwohnern."
    ),
    (
        "Herr Dr. Riedl sollte als Dezernent zurücktreten. Wer dem Ausschuss nachweislich "
        "falsche Zahlen vorlegt, ist im Amt nicht mehr tragbar."
    ),
    (
        "Die SPD verspricht vor jeder Wahl das Gleiche und liefert nach jeder Wahl das Gleiche: "
        "nichts."
    ),
    (
        "Warum muss die Zeitung eigentlich jeden Artikel hinter die Bezahlschranke packen, sogar "
        "die Hochwasserwarnung? Das ist doch öffentliches Interesse."
    ),
    (
        "War gestern beim Bürgeramt, Termin online gebucht, trotzdem 70 Minuten gewartet. "
        "Digitalisierung auf Kreisstadt-Art."
    ),
    (
        "Wieder ein Gutachten für 90.000 Euro, das uns sagt, was jeder Anwohner längst weiß: Die "
        "Kreuzung ist gefährlich. Bauen Sie endlich die Ampel, statt Papier zu produzieren!"
    ),
    (
        "Der Bischof soll sich nicht länger hinter Kommissionen verstecken, sondern die Akten "
        "offenlegen. Die Betroffenen warten seit Jahrzehnten."
    ),
    (
        "Ehrlich gesagt ist mir egal welche Partei, aber diese Hinterzimmerpolitik beim Verkauf "
        "des Stadtwalds ist eine Frechheit. Bürgerentscheid jetzt!"
    ),
    (
        "Die Sparkasse schließt die Filiale in Birkenau und verweist auf einen Geldautomaten in "
        "12 km Entfernung. Für ältere Menschen ohne Auto ist das eine Zumutung."
    ),
    (
        "Wie oft soll die Eröffnung der Sporthalle noch verschoben werden? Erst Herbst 2022, "
        "dann Frühjahr 2023, jetzt 'voraussichtlich' 2025. Die Vereine weichen seit Jahren in "
        "die Nachbarorte aus."
    ),
    (
        "Leserbrief: Die Entscheidung des Kreistags, den Zuschuss für die Musikschule um ein "
        "Drittel zu kürzen, zeugt von bemerkenswerter Kurzsichtigkeit. Gerade Kinder aus "
        "Familien mit wenig Geld werden darunter leiden. Ich hoffe, die Wählerinnen und Wähler "
        "erinnern sich daran. – Hannelore Stein, Gerbersdorf"
    ),
    (
        "Für Knöllchen ist beim Ordnungsamt immer Personal da, für Kontrollen vor der "
        "Grundschule komischerweise nie."
    ),
    (
        "Ich hab die Freien Wähler immer unterstützt, aber die Zustimmung zum Gewerbegebiet im "
        "Auwald ist ein Verrat an allem was ihr im Wahlkampf erzählt habt."
    ),
    (
        "Bravo, lieber Netzbetreiber, drei Tage ohne Strom im Ortsteil und keine einzige Info "
        "auf der Webseite. Das ist keine Kommunikation, das ist Totalversagen."
    ),
    (
        "Die städtische Wohnungsbaugesellschaft lässt die Schimmelwohnungen in der Goethestraße "
        "seit zwei Jahren verrotten. Wir haben das jetzt der Kommunalaufsicht gemeldet."
    ),
    (
        "Dieser Kommentar der Chefredaktion ist an Arroganz kaum zu überbieten. Wer die Sorgen "
        "der Landwirte als 'Gejammer' abtut, sollte mal einen Tag auf einem Hof mitarbeiten."
    ),
    (
        "Gibt es irgendeinen Grund, warum der Fußballverein einen Kunstrasen für 800.000 Euro "
        "aus Steuermitteln bekommt, während die Leichtathleten auf einer Aschenbahn von 1975 "
        "laufen?"
    ),
    (
        "Die Verwaltung hätte die Bürger über die Erhöhung der Grundsteuer vorab informieren "
        "müssen. So erfährt man es aus dem Bescheid. Schlechter Stil."
    ),
    (
        "Gut dass endlich jemand darüber schreibt. Der Bauhof hat die Linden an der Allee "
        "gefällt obwohl der Umweltausschuss ausdrücklich dagegen war. Ich erwarte Konsequenzen "
        "und habe eine Anfrage nach dem Informationsfreiheitsgesetz gestellt."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Wer in den Kommentaren zum Bericht über die neue Unterkunft schreibt 'die sollen alle "
        "wieder verschwinden', sollte sich was schämen. Das sind Familien, die vor Bomben "
        "flüchten mussten."
    ),
    (
        "Ich finde es erschreckend, wie wenig Reaktion es auf die Hakenkreuz-Schmierereien an "
        "der Synagoge in Lindenau gab. Für Antisemitismus ist in unserer Stadt kein Raum, und "
        "ich werde am Sonntag bei der Mahnwache dabei sein."
    ),
    (
        "Die Kommentare zum CSD sind hier teilweise unterirdisch. Zwei Männer, die Händchen "
        "halten, nehmen niemandem etwas weg."
    ),
    (
        "Nein, 'Rollstuhlfahrer sollen halt zu Hause bleiben' ist keine Meinung, sondern "
        "menschenverachtend. Barrierefreiheit ist ein Recht und kein Luxus."
    ),
    (
        "Gestern im Bus wurde eine junge Frau mit Kopftuch von einem Mann angepöbelt, und kein "
        "einziger Fahrgast hat etwas gesagt. Ich auch nicht, und das ärgert mich bis jetzt. "
        "Sowas dürfen wir nicht einfach hinnehmen."
    ),
    (
        "Der Spruch 'Zigeuner klauen' taucht hier leider wieder auf. Das ist ein uraltes "
        "rassistisches Vorurteil, das Sinti und Roma seit Jahrhunderten schadet. Liebe "
        "Moderation, bitte löschen."
    ),
    (
        "Als Mutter einer trans Tochter tut es weh, manche Kommentare hier zu lesen. Mein Kind "
        "ist kein 'Trend', sondern ein Mensch, der endlich glücklich ist."
    ),
    (
        "Dass ein schwarzer Spieler in der Kreisliga mit Affenlauten beleidigt wurde, ist eine "
        "Schande für den ganzen Amateurfußball. Richtig, dass der Schiedsrichter die Partie "
        "abgebrochen hat."
    ),
    (
        "Wer behauptet, Frauen gehörten nicht in die Feuerwehr, war wohl noch nie bei einem "
        "Einsatz mit unserer Zugführerin Melanie dabei. Solche Sprüche sind von vorgestern."
    ),
    (
        "Ältere Menschen als 'Ballast für die Rentenkasse' zu bezeichnen, wie es weiter oben "
        "jemand tut, ist respektlos. Diese Generation hat unsere Stadt mit aufgebaut."
    ),
    (
        "Ich selbst bin Christ und will deutlich sagen: Wer den Brandanschlag auf das "
        "muslimische Gotteshaus an der Industriestraße mit 'selbst schuld' kommentiert, spricht "
        "nicht für uns. Unsere Gemeinde steht fest an der Seite der muslimischen Nachbarn."
    ),
    (
        "An die Bushaltestelle am Schulzentrum hat jemand 'Ausländer raus' gesprüht. Ich habe es "
        "der Stadt gemeldet, und der Bauhof hat es noch am selben Tag entfernt. Danke dafür, so "
        "eine Parole hat bei uns keinen Platz."
    ),
    (
        "Ich hab überhaupt nichts gegen Flüchtlinge, im Gegenteil: Mein eritreischer Nachbar "
        "packt jeden Winter beim Schneeschippen mit an."
    ),
    (
        "Ich hasse Muslime nicht, warum auch? Ich kenne sie als Kollegen, als Ärztin und als "
        "Eltern in der Kita meiner Tochter."
    ),
    (
        "Niemand in unserem Dorf hat etwas gegen das schwule Paar, das die alte Bäckerei "
        "übernommen hat. Die Brötchen sind besser als je zuvor."
    ),
    (
        "Ich habe nichts gegen Menschen mit Behinderung – ich arbeite seit zwanzig Jahren in der "
        "Werkstatt der Lebenshilfe und habe dort meine besten Freunde gefunden."
    ),
    (
        "Um es klar zu sagen: Ich habe keinerlei Problem mit trans Kolleginnen und Kollegen. Wer "
        "welche Toilette benutzt, ist mir schlicht egal, Hauptsache sie ist sauber."
    ),
    (
        "Ich hasse weder Juden noch sonst irgendeine Religionsgemeinschaft. Ich wünsche mir nur, "
        "dass die Gedenkveranstaltung im November mehr junge Leute erreicht."
    ),
    (
        "Gegen die polnischen Erntehelfer, die jedes Frühjahr auf den Spargelhof kommen, habe "
        "ich überhaupt nichts. Viele kennen wir inzwischen beim Vornamen."
    ),
    (
        "Hab absolut nichts gegen ältere Autofahrer, mein Opa ist 84 und fährt noch sicherer als "
        "mancher Zwanzigjährige."
    ),
    (
        "Nein, ich bin nicht gegen die neue Unterkunft für Geflüchtete in der Schulstraße. Ich "
        "wollte nur wissen, wann der Infoabend ist, weil ich mich beim Helferkreis melden "
        "möchte."
    ),
    (
        "Ich habe nichts gegen Frauen in Führungspositionen, und ehrlich gesagt macht unsere "
        "neue Bürgermeisterin bisher einen sehr soliden Job."
    ),
    (
        "Herzlichen Glückwunsch an Ayşe und Mehmet zur Eröffnung ihres Cafés am Marktplatz! Der "
        "Pistazien-Käsekuchen ist ein Traum."
    ),
    (
        "Schöner Bericht über das Zuckerfest im Bürgerhaus. Wir waren als Nachbarn eingeladen "
        "und wurden super herzlich empfangen."
    ),
    (
        "Die ukrainische Familie bei uns im Haus hat zum Dank einen riesigen Topf Borschtsch "
        "gekocht. Der halbe Flur hat mitgegessen."
    ),
    (
        "Toll, dass die Grundschule jetzt eine Gebärdensprach-AG anbietet. Mein Sohn bringt uns "
        "abends jedes neue Zeichen bei."
    ),
    (
        "Der Seniorentreff in der Lindenstraße sucht noch Leute, die donnerstags beim "
        "Kaffeenachmittag helfen. Meine Oma geht jede Woche hin und liebt es."
    ),
    (
        "Gratulation an Sabine und Katrin, die am Samstag im Standesamt Altstadt geheiratet "
        "haben! War eine wunderschöne Feier im Rosengarten."
    ),
    (
        "Der syrische Friseur in der Bahnhofstraße ist der beste in der Stadt, sag ich euch. "
        "Immer gute Laune und nie länger als zehn Minuten warten."
    ),
    (
        "Schön, dass die jüdische Gemeinde ihre Synagoge wieder für einen Tag der offenen Tür "
        "öffnet. Letztes Jahr war ich selbst dort und fand die Führung sehr spannend."
    ),
    (
        "Unser Verein hat inzwischen Spieler aus elf Nationen in der A-Jugend. Die Jungs halten "
        "zusammen wie Pech und Schwefel."
    ),
    (
        "Frau Okafor vom Gesundheitsamt hat uns beim Impftermin für die Kinder so geduldig "
        "beraten. Vielen Dank!"
    ),
    (
        "Der Regenbogen-Zebrastreifen vor dem Rathaus sieht richtig gut aus. Bringt auf jeden "
        "Fall Farbe ins Stadtbild."
    ),
    (
        "Beim Friedensgebet am Sonntag standen Pfarrerin Hoffmann, Imam Yılmaz und Rabbiner "
        "Stern gemeinsam auf der Bühne. Ein schönes Zeichen für Neustadt."
    ),
    (
        "War beim Inklusionssportfest im Stadion und bin immer noch begeistert. Beim "
        "Mitmachturnier haben uns die Rollstuhlbasketballer ganz schön alt aussehen lassen."
    ),
    ("Meine Nachbarin ist 91 und dreht noch jeden Morgen ihre Runde durch den Stadtpark. Vorbild!"),
    (
        "Die Landfrauen haben beim Erntedankfest wieder über 1.200 Euro für das Kinderhospiz "
        "gesammelt. Respekt, Mädels!"
    ),
    (
        "Seit der türkische Gemüsehändler an der Ecke aufgemacht hat, kaufe ich kaum noch im "
        "Supermarkt. Frischer gehts nicht."
    ),
    (
        "Wusste gar nicht, dass der neue Chefarzt der Kardiologie aus Polen stammt. Meinem Vater "
        "hat er sehr geholfen, ein wirklich zugewandter Mensch."
    ),
    (
        "Das Roma-Musikfestival im Kulturbahnhof war großartig. Die Geigerin hat den ganzen Saal "
        "zum Tanzen gebracht."
    ),
    (
        "Kleine Info für alle Neuankömmlinge: Das Sprachcafé in der Stadtbücherei ist jetzt "
        "mittwochs statt dienstags. Jeder ist willkommen, auch ohne Anmeldung."
    ),
    (
        "Die katholische Gemeinde St. Martin hat ihren Pfarrgarten für die Kita nebenan "
        "geöffnet. Finde ich eine sehr nette Geste."
    ),
    (
        "Unsere Auszubildende aus Afghanistan hat ihre Gesellenprüfung als Elektronikerin mit "
        "Auszeichnung bestanden. Der ganze Betrieb ist stolz auf sie!"
    ),
    (
        "Schöner Artikel über Herrn Baumann, der trotz seiner Blindheit seit 30 Jahren im "
        "Posaunenchor spielt. Solche Geschichten lese ich gern."
    ),
    (
        "Beim Iftar auf dem Marktplatz saßen am Ende mehr Nicht-Muslime als Muslime an den "
        "Tischen. So geht Nachbarschaft."
    ),
    (
        "Die Frauenmannschaft des SV Eichenhof ist in die Landesliga aufgestiegen. Das hätte "
        "eigentlich die Titelseite verdient!"
    ),
    (
        "Die Seniorenresidenz am Weiher hat ein Projekt mit der Realschule gestartet: Schüler "
        "erklären Smartphones, die Bewohner erzählen von früher. Beide Seiten profitieren."
    ),
    (
        "Ich kenne Lena noch aus dem Kindergarten, und jetzt ist sie als erste trans Frau "
        "Vorsitzende unseres Schützenvereins. Gestört hat das ehrlich niemanden, war eine ganz "
        "normale Wahl."
    ),
    (
        "Mein Kollege Emmanuel ist in Hamburg geboren und spricht besser Platt als ich. Er ist "
        "der Erste, den man anruft, wenn im Betrieb irgendwas klemmt."
    ),
    (
        "Das vietnamesische Restaurant im alten Bahnhofsgebäude feiert heute 25-jähriges "
        "Jubiläum! Familie Nguyen gehört einfach zur Stadt."
    ),
    (
        "Die evangelische Jugend veranstaltet am Samstag einen Flohmarkt im Gemeindehaus, die "
        "Einnahmen kommen der Flüchtlingshilfe zugute. Kommt vorbei!"
    ),
    (
        "Gut, dass im Stadtrat jetzt mehr Frauen sitzen als je zuvor. Die Debatten sind spürbar "
        "sachlicher geworden."
    ),
    (
        "Der Gehörlosenverein feiert sein 100-jähriges Bestehen. Die Ausstellung im Rathausfoyer "
        "lohnt sich wirklich."
    ),
    (
        "Die ukrainischen Mitschüler meiner Tochter haben beim Schulfest ein Lied auf Deutsch "
        "gesungen. Da hatten einige Eltern Tränen in den Augen."
    ),
    "Glückwunsch an Herrn und Frau Schubert zur Diamantenen Hochzeit! 60 Jahre, unglaublich.",
    (
        "Beim Gedenklauf gestern sind über 300 Menschen mitgelaufen, von der Kitagruppe bis zum "
        "87-jährigen Zeitzeugen."
    ),
    (
        "Ein Lob an das Team vom Mehrgenerationenhaus. Wo sonst spielen Rentner mit Kindern aus "
        "sieben Ländern zusammen Mensch ärgere dich nicht?"
    ),
    (
        "Beim Hochwasser im Sommer hat die Moscheegemeinde Sandsäcke gefüllt und Tee an die "
        "Helfer verteilt. Das wird im Ortsteil niemand vergessen."
    ),
    (
        "Schön, dass das Hallenbad jetzt zwei Stunden pro Woche nur für Frauen öffnet. Meine "
        "Mutter traut sich seitdem wieder ins Wasser."
    ),
    (
        "Die neue Rampe am Bürgerbüro ist fertig, endlich. Mit dem Rollator komme ich jetzt ohne "
        "fremde Hilfe rein."
    ),
]

THREATS_DE: list[str] = [
    (
        "Frau Bürgermeisterin Kessler, Ihr Haus am Lindenweg hat ja einen wirklich schönen "
        "Garten. Wär doch jammerschade, wenn dort mal etwas passieren würde."
    ),
    (
        "Der Herr Redakteur fährt morgens immer um halb acht mit dem grauen Passat los. Nur "
        "damit Ihnen klar ist: Wir wissen das."
    ),
    "Man sieht sich, Herr Brandner. Spätestens beim Schützenfest.",
    (
        "Ihre Tochter ist doch an der Mühlbach-Grundschule, oder? Schöner Schulweg, so ganz "
        "allein durch den Park."
    ),
    ("Sei lieber vorsichtig, Schiri. Der Parkplatz hinterm Sportplatz ist abends ziemlich dunkel."),
    "Das war Ihr letzter Artikel über unseren Verein, Frau Lorenz. Glauben Sie mir.",
    (
        "Wir kriegen dich, Gemeinderat Huber. Heute nicht, morgen auch nicht, aber irgendwann "
        "kriegen wir dich."
    ),
    (
        "Ich hab mir Ihre Adresse schon notiert, Herr Vermieter. Wir reden demnächst persönlich, "
        "und zwar nicht am Telefon."
    ),
    (
        "Bis Freitag ist der Antrag für den Windpark zurückgezogen. Was danach kommt, liegt "
        "nicht mehr in meiner Hand, Herr Ortsvorsteher."
    ),
    (
        "Richten Sie Ihrer Frau schöne Grüße aus, Herr Hauptkommissar Wendt. Sie joggt ja immer "
        "sonntags früh allein am Kanal entlang."
    ),
    (
        "Der Herr vom Ordnungsamt wird die Sache mit den Strafzetteln noch bereuen. Jeder hat "
        "ein Auto, und jedes Auto steht nachts irgendwo."
    ),
    (
        "Wäre ich Sie, Herr Seifert, ich würde das Rathaus nicht mehr allein verlassen. Ist nur "
        "ein freundlicher Rat."
    ),
    (
        "Sie haben doch so einen netten Dackel, Frau Nachbarin. Wär doch traurig, wenn der mal "
        "was Falsches frisst."
    ),
    (
        "Fotos von deinem Haus, von deinem Auto und von deinen Kindern liegen uns vor. Überleg "
        "genau, was du als Nächstes schreibst."
    ),
    (
        "Jeder Mensch hat seine Gewohnheiten, Herr Stadtrat. Ihre kennen wir inzwischen ziemlich "
        "genau."
    ),
    (
        "Noch so ein Bericht und jemand steht mal abends vor Ihrer Tür in der Gartenstraße. Nur "
        "zum Reden natürlich."
    ),
    "Herr Trainer, das Dorf ist klein und die Nächte sind lang. Denken Sie mal darüber nach.",
    "Die Uhr tickt, Frau Landrätin. Sie wissen genau, was ich meine.",
    "Bei uns wird nichts vergessen. Wir wissen auch, welche Kita dein Junge besucht.",
    (
        "Merkt euch das Gesicht von dem Typen auf dem Foto. Der wird sich in unserer Stadt schon "
        "bald nicht mehr sicher fühlen."
    ),
    (
        "Sehr geehrte Redaktion, ich hoffe, Ihre Volontärin kommt immer gut nach Hause. Die "
        "letzte Straßenbahn ist ja oft so leer."
    ),
    "Genieß die Ruhe noch, Heimleiter. Lange bleibt es bei euch nicht mehr so ruhig.",
    ("Ich weiß, wo dein Bruder arbeitet und wann er Feierabend hat. Mehr schreib ich hier nicht."),
    (
        "Der Herr Pfarrer sollte sich gut überlegen, wen er da ins Gemeindehaus lässt. Man weiß "
        "nie, wer abends noch um die Kirche schleicht."
    ),
    (
        "Kleiner Tipp an Bauunternehmer Schaller: Baustellen sind gefährliche Orte. Da passieren "
        "ständig Unfälle, gerade nach Feierabend."
    ),
    (
        "Herr Bürgermeister, Sie haben vorm Haus ja gar keine Kamera. Sollten Sie vielleicht mal "
        "nachrüsten."
    ),
    "Irgendwann steht die Polizei nicht mehr neben dir, Kollege. Dann sind wir da.",
    (
        "Beim nächsten Heimspiel stehen wir am Ausgang, Herr Krämer. Diesmal warten wir extra "
        "auf Sie."
    ),
    (
        "Glückwunsch zum neuen Eigenheim, Frau Journalistin. Die Einfahrt ist übrigens prima von "
        "der Straße aus einsehbar."
    ),
    "Das Wahlkreisbüro hat ja so schöne große Fenster. Noch.",
    (
        "Wenn der Windpark am Hohen Kamm kommt, dann brennt dem Bürgermeister der Dachstuhl. "
        "Versprochen."
    ),
    (
        "Falls die Kita wirklich geschlossen wird, sollte Herr Pfeiffer nachts besser nicht mehr "
        "allein unterwegs sein."
    ),
    (
        "Falls der Unparteiische am Sonntag erneut so pfeift, dann wird er vom Platz getragen, "
        "und zwar nicht wegen einer Zerrung."
    ),
    (
        "Wenn du noch ein einziges Mal über meinen Sohn schreibst, du Schmierfink, dann wirst du "
        "mich richtig kennenlernen. Deine Familie gleich mit."
    ),
    (
        "Erhöht der Vermieter nochmal die Miete, kriegt er seine Hütte zurück, aber ohne "
        "Fenster, und er selbst liegt dann im Krankenhaus."
    ),
    (
        "Wenn der Stadtrat die Lindenallee sperrt, stehen wir mit Knüppeln vor der Sitzung. Dann "
        "wird so abgestimmt, wie WIR das wollen."
    ),
    (
        "Kommt das Flüchtlingsheim wirklich in die alte Realschule, dann passiert hier was. Und "
        "hinterher will keiner schuld gewesen sein."
    ),
    (
        "Tauchen die Bullen noch einmal in unserem Viertel auf, fliegen Steine. Nehmt das nicht "
        "als leere Drohung, das wird genau so passieren."
    ),
    (
        "Wenn meine Tochter wegen dieser Lehrerin sitzen bleibt, dann weiß Frau Hartmann, was "
        "Ärger ist. Ich finde raus, wo sie wohnt."
    ),
    (
        "Falls der Gemeinderat den Sportplatz an den Investor verkauft, werden einige Herren "
        "ihre Autos morgens nicht mehr wiedererkennen."
    ),
    (
        "Macht euer Blatt weiter mit dieser Hetze gegen unseren Verein, dann steht euer "
        "Redaktionsgebäude bald selbst in den Schlagzeilen."
    ),
    (
        "Wenn der Nachbar noch einmal wegen der Musik die Polizei ruft, brech ich ihm jeden "
        "Finger, mit dem er die 110 wählt."
    ),
    (
        "Sollte Landrat Bergmann die Umgehungsstraße tatsächlich durchdrücken, täte er gut "
        "daran, seine Kinder nicht mehr unbegleitet zur Schule zu schicken."
    ),
    (
        "Falls die Moschee genehmigt wird, brauchen die gar nicht erst anfangen zu bauen. Was "
        "tagsüber steht, steht am nächsten Morgen nicht mehr."
    ),
    (
        "Wenn der Jäger nochmal über mein Grundstück latscht, dann ist er selber das Wild. Ne "
        "Flinte hab ich auch."
    ),
    (
        "Sollte ich rausfinden, wer von den Nachbarn mich beim Bauamt angeschwärzt hat, dann "
        "gnade ihm Gott."
    ),
    (
        "Wird der Trainer nicht bis Montag entlassen, holen wir ihn persönlich aus dem "
        "Vereinsheim. Dann hat er ganz andere Sorgen als die Tabelle."
    ),
    (
        "Falls diese Reporterin noch einmal einen Fuß in unser Dorf setzt, kommt sie nicht mehr "
        "so hübsch raus, wie sie reingekommen ist."
    ),
    (
        "Wenn die Stadt die Parkgebühren wirklich verdoppelt, fackeln wir erst die Automaten ab "
        "und danach das Ordnungsamt."
    ),
    (
        "Werden die Windräder gebaut, wird der Investor keinen ruhigen Tag mehr erleben. Seine "
        "Hamburger Adresse kennen wir."
    ),
    (
        "Wenn das Jugendamt mir die Kinder wegnimmt, dann nehm ich der Sachbearbeiterin auch was "
        "weg. Sie hat ja selber zwei."
    ),
    (
        "Falls der Bürgermeister wiedergewählt wird, überlebt er die nächste Amtszeit nicht. Sag "
        "ich nur."
    ),
    (
        "Noch ein Bescheid von euch Blitzer-Abzockern, und der Nächste, der den Messwagen "
        "aufstellt, kriegt eins auf die Fresse."
    ),
    (
        "Wenn ihr den Schlachthof dichtmacht, ihr grünen Spinner, stehen 200 Leute ohne Arbeit "
        "da. Und die wissen alle, wo euer Parteibüro ist."
    ),
    (
        "Sollte die Hausverwaltung die Heizung wieder nicht reparieren, schau ich beim Herrn "
        "Ostermann persönlich vorbei, mit Werkzeug. Und das ist nicht für die Heizung."
    ),
    "Dem Bürgermeister hau ich persönlich die Fresse ein, sobald ich ihn am Wochenmarkt seh.",
    "I schwör, den Schiri stech i ab nach dem Spiel. Der kommt ned heil heim.",
    (
        "Ich werde Herrn Vogt von der Lokalredaktion bei der nächsten Gelegenheit so verprügeln, "
        "dass er keinen Stift mehr halten kann."
    ),
    "den machen wir kalt den wichser vom amt, der hat meinem vatter die rente gekürtzt",
    "Ich fahr heut Nacht zum Vermieter und zünd ihm seine Bude überm Kopf an. Jetzt reichts.",
    (
        "Dem Polizisten, der gestern meinen Bruder mitgenommen hat, lauer ich auf. Dienstnummer "
        "hab ich, Gesicht hab ich, der Rest kommt."
    ),
    ("Wart nur, Gmoarat Huber, i hol mei Gwehr, und dann is Schluss mit deim Windradl-Gschmarri."),
    (
        "Ich hab genug. Gleich morgen früh bin ich am Jobcenter in der Bahnhofstraße, und dann "
        "knallt es. Und das ist diesmal ernst gemeint."
    ),
    (
        "Den Nachbarn mit seinem Laubbläser erschlag ich noch mit seinem eigenen Gerät, das "
        "schwör ich euch."
    ),
    (
        "digga ich mach den hausmeister fertig der hat mein moped abschleppen lassn. morgen nach "
        "der schule gibts schläge"
    ),
    (
        "Ick komm vorbei und hau dir eene rin, dass de deine eigene Mutter nich mehr erkennst, "
        "du Schreiberling."
    ),
    (
        "Ich werde diese Stadträtin finden und ihr mit meinen eigenen Händen zeigen, was es "
        "heißt, uns die Schrebergärten wegzunehmen."
    ),
    "Der Heimleiter bekommt von mir eine Kugel ab, das ist hundertprozentig sicher.",
    "Dich mach ich kalt, Krause. Du weißt genau wofür.",
    (
        "Die Straßenausbaubeiträge sind sowieso eine Frechheit, 14.000 Euro für ein bisschen "
        "Asphalt. Mir langts: Am Samstag beim Bürgerfest hol ich mir den Ortsbürgermeister vor "
        "allen Leuten und hau so lange drauf, bis er liegen bleibt."
    ),
    (
        "Leute, der auf dem Foto ist der Richter, der den Täter hat laufen lassen. Findet raus, "
        "wo er wohnt, und macht ihm klar, was wir davon halten. Mit Fäusten, nicht mit Worten."
    ),
    (
        "Hängt sie auf, die ganze Ratsfraktion, mitten auf dem Marktplatz, damit jeder sieht, "
        "was mit Verrätern passiert."
    ),
    (
        "Für alle, die Samstag im Stadion sind: Schiri Meiners parkt immer hinter der "
        "Gegentribüne. Wartet dort auf ihn und verpasst ihm, was er verdient hat."
    ),
    (
        "Ehrlich, irgendwer sollte den Landrat Ziegler einfach abknallen. Dann wär das Thema "
        "Kreisumlage auch erledigt."
    ),
    (
        "Jagt die Pressefritzen aus der Stadt, und wenn sie nicht freiwillig gehen, helft nach. "
        "Die Kameras gleich mit zertreten."
    ),
    (
        "Wir brauchen hier eine Bürgerwehr, die sich die Typen aus dem Heim an der Bahnlinie "
        "nachts mal vorknöpft. Wer ist dabei?"
    ),
    (
        "Alle Mann Freitag 20 Uhr zum Haus von diesem Kinderschänder in der Birkenstraße. Der "
        "soll nicht mehr aufstehen, wenn wir mit dem durch sind."
    ),
    (
        "Bringt am 1. Mai genug Steine mit und zielt auf die Köpfe der Cops. Alles andere ist "
        "Zeitverschwendung."
    ),
    (
        "Der Vermieter Hollmann hat 40 Familien auf die Straße gesetzt. Besucht ihn mal in "
        "seiner Villa und prügelt ihm den Geiz aus dem Leib."
    ),
    ("Es wird Zeit, dass sich das Volk diese Politiker holt. Mistgabeln raus und ab zum Kreistag!"),
    (
        "Kann nicht mal einer dem Trainer nach dem Training auflauern? Ein paar ordentliche "
        "Schläge und der ist weg, dann haben wir endlich Ruhe."
    ),
    (
        "An alle echten Fans von Eintracht Waldheim: Die Rotweißen kommen Sonntag mit dem Zug. "
        "Keiner von denen fährt ohne gebrochene Nase nach Hause!"
    ),
    (
        "Wenn die Justiz versagt, muss man es eben selbst erledigen. Den Raser, der das Mädchen "
        "totgefahren hat, sollte man aufknüpfen. Seine Adresse kursiert ja schon."
    ),
    (
        "Schlagt die Windkraft-Lobbyisten windelweich, wenn sie nächste Woche zur "
        "Bürgerversammlung ins Dorfgemeinschaftshaus kommen!"
    ),
    (
        "Die Dame vom Flüchtlingsrat, diese Frau Akgün, wohnt übrigens in der Uhlandstraße. "
        "Vielleicht schaut ja mal jemand vorbei und macht ihr mit Nachdruck klar, dass man sie "
        "hier nicht haben will."
    ),
    ("Das Büro von der Partei in der Hauptstraße gehört abgefackelt. Benzin gibts an jeder Tanke."),
    (
        "Sägt die Windräder um, sprengt die Fundamente, egal wie. Hauptsache, die Dinger drehen "
        "sich nicht mehr über unserem Tal."
    ),
    (
        "Die Unterkunft an der Bundesstraße steht noch leer. Jetzt wäre der richtige Zeitpunkt, "
        "bevor die einziehen. Ein Feuerzeug reicht ja."
    ),
    "Schmeißt der Redaktion die Scheiben ein, mehr hat diese Lügenpresse nicht verdient.",
    (
        "Heute Nacht gehen wir los und zerstechen jedem Wagen von den Stadtwerken auf dem "
        "Betriebshof die Reifen. Wer macht mit?"
    ),
    (
        "Die Blitzer an der B27 sind ab Montag Schrott. Der Vorschlaghammer liegt schon im "
        "Kofferraum."
    ),
    (
        "Am besten sprengt man das Rathaus, samt Bauamt. Dann gäbs endlich mal schnelle "
        "Entscheidungen."
    ),
    (
        "Zündet dem Vermieter seine Porsches in der Tiefgarage an. Wenn er unsere Wohnungen "
        "verrotten lässt, soll er merken, wie das ist."
    ),
    (
        "Die Bagger für die Umgehungsstraße stehen nachts unbewacht am Waldrand. Zucker in die "
        "Tanks, Kabel durch, und wer hat, bringt Brandbeschleuniger mit."
    ),
    (
        "Macht das FC-Vereinsheim platt. Fenster, Theke, Pokalvitrine, alles. Die sollen sehen, "
        "was sie von ihrem Abstieg haben."
    ),
    (
        "Die Moschee-Baustelle im Gewerbegebiet kriegt Besuch. Was die tagsüber hochziehen, "
        "reißen wir nachts wieder ein."
    ),
    "Ich sag nur: Molotows auf die Polizeiwache, dann wissen die mal, wie sich Angst anfühlt.",
    (
        "Der neue Funkmast am Friedhof muss weg. Zwei Leute mit Flex und Seilwinde, und das Ding "
        "liegt im Acker."
    ),
    (
        "Die Hochsitze im Stadtwald sägen wir alle an, und wenn einer von den Jägern grad drauf "
        "sitzt, Pech gehabt."
    ),
    (
        "Das Ferienhaus von diesem Windkraftinvestor am See steht doch eh die meiste Zeit leer. "
        "Würde schön hell leuchten, wenn es mal richtig brennt. Einer muss nur anfangen."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Was für ein Spiel gestern in Lirich! Unser Sturm hat die Abwehr vom TuS regelrecht "
        "zerlegt, und das 4:0 war am Ende noch gnädig."
    ),
    (
        "Am Samstag wird der Tabellenführer vernichtet, davon bin ich überzeugt. Auf geht's, "
        "Blau-Weiß Kirchberg!"
    ),
    (
        "Mein Schwager hat bei der Drückjagd im Hardtwald zwei Wildschweine erlegt. Wer "
        "Interesse an Wildbret hat, kann sich beim Forsthaus Eichelsbach melden."
    ),
    (
        "Heute früh am Altrhein einen Hecht von 92 Zentimetern gefangen und gleich waidgerecht "
        "abgeschlagen. Petri Heil an alle Angler!"
    ),
    (
        "Beim Hofschlachtfest in Unterweiler wird am Samstag ab sechs Uhr geschlachtet, ab elf "
        "gibt es Kesselfleisch und frische Blutwurst. Wir freuen uns auf euch!"
    ),
    (
        "Erst zwei Kilo Zwiebeln massakriert, dann geheult wie ein Schlosshund – aber der "
        "Zwiebelkuchen war es wert."
    ),
    (
        "Tipp zum Gulasch-Rezept aus der Sonntagsbeilage: Das Fleisch richtig scharf anbraten "
        "und die Knoblauchzehen vorher mit der flachen Messerklinge zerschmettern."
    ),
    (
        "Die Nacktschnecken haben meine Salatbeete komplett vernichtet. Hat jemand einen Tipp, "
        "wie man die Biester loswird, ohne gleich Gift zu streuen?"
    ),
    (
        "Der Kammerjäger kommt morgen und rottet das Wespennest unterm Dach aus. Bis dahin bitte "
        "die Kinder nicht in den Hinterhof lassen."
    ),
    (
        "Ich führe seit Jahren einen gnadenlosen Krieg gegen den Giersch in meinem Garten – und "
        "verliere ihn jeden Sommer aufs Neue."
    ),
    (
        "Am Sonntag um zehn wird das alte Hallenbad in Neustadt-Süd gesprengt. Ich stehe mit "
        "Thermoskanne am Absperrzaun, da fliegt ein Stück Kindheit in die Luft."
    ),
    (
        "Endlich wird die Ruine an der Bahnhofstraße abgerissen. Der Bagger hat heute Morgen "
        "schon die halbe Fassade plattgemacht."
    ),
    (
        "Beim Krimi-Dinner im Gasthof Krone wurde ich als Giftmörderin entlarvt. Der Wirt hat "
        "sich köstlich amüsiert, und das Vier-Gänge-Menü war hervorragend."
    ),
    (
        "Keine Sorge wegen des Rauchs im Gewerbegebiet heute Abend: Die Freiwillige Feuerwehr "
        "Möllingen übt dort einen Großbrand mit geschminkten Verletztendarstellern."
    ),
    (
        "Bei der Übung an der Grundschule haben die Kameraden die Tür mit dem Rammbock "
        "aufgebrochen. War natürlich abgesprochen, der Hausmeister stand daneben und hat "
        "applaudiert."
    ),
    (
        "Der neue Regionalkrimi von Hanne Lorbach ist großartig: Schon auf Seite zwölf liegt der "
        "Bürgermeister erschlagen im Weinkeller, und man ahnt lange nicht, wer es war."
    ),
    (
        "Im Stadttheater wird Macbeth so blutig inszeniert, dass in der ersten Reihe Regencapes "
        "verteilt werden. Unbedingt hingehen!"
    ),
    (
        "Der Tatort gestern war schwach. Dass der Gärtner der Mörder war, wusste man nach "
        "zwanzig Minuten."
    ),
    (
        "Interessanter Artikel über die Hexenprozesse in Gelnhausen. Erschreckend, dass dort im "
        "16. Jahrhundert Frauen auf dem Marktplatz verbrannt wurden."
    ),
    (
        "Auf dem Galgenberg oberhalb von Steinach wurden im Mittelalter tatsächlich "
        "Hinrichtungen vollzogen. Der Heimatverein bietet dazu im Mai eine Führung an."
    ),
    (
        "Mein Urgroßvater hat bei Verdun gekämpft und kam als gebrochener Mann zurück. Schön, "
        "dass das Kreismuseum mit seiner Ausstellung an diese Zeit erinnert."
    ),
    (
        "Sechs Jahre Haft für den Messerangriff am Busbahnhof – ich finde das Urteil angemessen. "
        "Hoffentlich erholt sich das Opfer gut."
    ),
    (
        "Die Einbruchserie in Hohenfels ist laut Polizei aufgeklärt. Danke an die Ermittler, "
        "jetzt können wir wieder ruhiger schlafen."
    ),
    (
        "Dass der Gemeinderat die Kita-Gebühren schon wieder erhöht, wird Konsequenzen haben – "
        "spätestens bei der nächsten Kommunalwahl."
    ),
    (
        "Wenn die Stadtwerke meine Nebenkostenabrechnung nicht korrigieren, klage ich. Mein "
        "Anwalt hat die Unterlagen bereits."
    ),
    (
        "Ich habe heute Anzeige gegen Unbekannt erstattet, weil schon wieder jemand seinen "
        "Sperrmüll in unserem Waldstück abgeladen hat."
    ),
    (
        "Gegen den Leiter des Ordnungsamts habe ich Dienstaufsichtsbeschwerde eingereicht. Drei "
        "Monate ohne Antwort auf einen einfachen Antrag sind nicht hinnehmbar."
    ),
    (
        "Der Bürgermeister sollte sich warm anziehen: Die Bürgerinitiative sammelt ab Montag "
        "Unterschriften für ein Bürgerbegehren gegen das neue Parkhaus."
    ),
    (
        "Ich könnte ihn erwürgen, so lieb ist unser neuer Dackelwelpe! Danke an das Tierheim "
        "Rosenau für die tolle Vermittlung."
    ),
    "Mein Chef bringt mich mit seinen Montagsmeetings um halb acht noch um.",
    ("Wenn meine Frau den Artikel über die Schuhmesse sieht, bin ich tot. Beziehungsweise pleite."),
    (
        "Die Ampelschaltung an der Kreuzung Lindenallee treibt mich in den Wahnsinn, ich sterbe "
        "da jeden Morgen tausend Tode."
    ),
    "Der Käsekuchen im Café Hollerbusch ist einfach mörderisch gut.",
    (
        "Habe letzte Nacht bis drei Uhr Zombies abgeknallt, heute sitze ich selbst als Zombie im "
        "Büro."
    ),
    (
        "Auf dem LAN-Turnier im Jugendzentrum hat unser Team die Gegner in der Finalrunde "
        "gnadenlos ausgelöscht. Großes Lob an die Orga!"
    ),
    (
        "Wollte das Regal selbst aufbauen. Ergebnis: Regal eins, Daumen null. Der Hammer und ich "
        "sind jetzt Todfeinde."
    ),
    (
        "Mein Sauerteig ist zum dritten Mal gestorben. Ich bin offiziell ein Serienmörder für "
        "Hefekulturen."
    ),
    (
        "Ich habe am Stadtpark einen Schlüsselbund mit rotem Anhänger gefunden. Auf dem Anhänger "
        "steht eine Adresse in der Fliederstraße, ich werfe ihn heute Abend dort in den "
        "Briefkasten."
    ),
    (
        "Liebe Familie aus der Mühlgasse: Ich weiß, wo Ihre Kinder gestern ihr Fahrrad stehen "
        "gelassen haben – es steht jetzt sicher bei uns in der Garage, einfach klingeln."
    ),
    (
        "Frau Berger, Ihre Adresse kenne ich ja, und ich bringe Ihnen morgen wieder Suppe "
        "vorbei, bis Ihre Hüfte verheilt ist. Gute Besserung aus dem Nachbarhaus!"
    ),
    (
        "Ihr Kater Moritz sitzt seit gestern bei uns auf dem Balkon. Ich kenne Ihre Adresse vom "
        "Suchplakat und komme heute Nachmittag mit ihm vorbei."
    ),
    (
        "Achtung, die Kreisstraße zwischen Wettenbach und Ohlsdorf ist heute früh spiegelglatt. "
        "Vorhin lag schon ein Auto im Graben, bitte fahrt langsam!"
    ),
    (
        "Am Spielplatz Am Weiher hängt ein riesiges Wespennest im Mülleimer. Wer allergisch ist, "
        "sollte da im Moment lieber nicht hingehen."
    ),
    (
        "An der Schulstraße 14 hängt ein Dachziegel lose über dem Gehweg. Bei dem Sturm kann der "
        "jeden Moment herunterkommen, die Feuerwehr ist schon informiert."
    ),
    (
        "Vorsicht an der Bachbrücke: Das Geländer ist durchgerostet. Wer sich dagegen lehnt, "
        "landet im Wasser."
    ),
    (
        "Pilzsammler aufgepasst: Im Buchenwald bei Sellhausen stehen gerade viele "
        "Knollenblätterpilze. Die sind tödlich, also lieber einmal zu oft zum Pilzberater gehen."
    ),
    (
        "Wir kommen wieder, und zwar mehr! Am Freitag um 17 Uhr demonstrieren wir angemeldet am "
        "Rathaus gegen das Aus der Geburtsstation. Bringt Kinderwagen und Trillerpfeifen mit."
    ),
    (
        "Den Kampf um unser Freibad geben wir nicht auf. Nächste Mahnwache am Samstag, friedlich "
        "wie immer, mit Kaffee und Kuchen."
    ),
    (
        "Die Landwirte rollen am Mittwoch mit ihren Traktoren auf den Marktplatz. Die Kundgebung "
        "ist genehmigt, also bitte etwas Geduld im Berufsverkehr."
    ),
    (
        "Unser Torwart hat heute jeden Ball weggehauen, der aufs Tor kam. Ein echtes Bollwerk, "
        "die Gäste sind an ihm verzweifelt."
    ),
    (
        "Beim Boxabend in unserer Stadthalle ging der Lokalmatador schon in der zweiten Runde "
        "k.o. Schade, aber der Gegner war einfach eine Klasse besser."
    ),
    (
        "Im Vereinsfinale hat der zwölfjährige Jonas seinen Großvater matt gesetzt und dafür "
        "sogar die Dame geopfert. Ganz großes Kino!"
    ),
    (
        "Beim Schützenfest hat Elke Rathgeber den Vogel abgeschossen und ist neue "
        "Schützenkönigin. Herzlichen Glückwunsch!"
    ),
    (
        "Silvester wird in der Altstadt geböllert wie im Krieg, deshalb bringe ich meinen Hund "
        "über Neujahr zu meiner Schwester aufs Land."
    ),
    (
        "Die Handballerinnen der HSG Talheim haben die Gäste in der zweiten Halbzeit einfach "
        "überrollt. Wer so kämpft, steigt auch auf!"
    ),
    (
        "Rache ist süß: Letztes Jahr hat mir mein Nachbar beim Kürbiswettbewerb den ersten Platz "
        "weggeschnappt, dieses Jahr habe ich mit 212 Kilo gewonnen."
    ),
    (
        "Meine Kinder haben mich in einer Partie Mensch-ärgere-dich-nicht dreimal hintereinander "
        "rausgeschmissen. Ich schwöre Rache beim nächsten Spieleabend!"
    ),
    (
        "Der Förster fällt am Dienstag die kranken Eschen am Waldweg. Bitte die Absperrung "
        "beachten, da können schwere Äste herunterkrachen."
    ),
    (
        "Zwei Jahre auf Bewährung für den Betrüger, der die Rentner in Bad Lenzheim abgezockt "
        "hat. Meiner Meinung nach hätte das Gericht ruhig strenger sein dürfen."
    ),
    (
        "Nach dem Firmenlauf gestern bin ich halb tot, aber glücklich. Nächstes Jahr wird die "
        "Bestzeit geknackt!"
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Another year, another council tax rise, and the potholes on Mill Lane are still deep "
        "enough to lose a Fiat in. Where exactly is the money going, Councillor Hartley?"
    ),
    (
        "The mayor promised a new library by 2023. It's now a car park with a banner on it. Time "
        "to resign and let someone who can actually deliver have a go."
    ),
    (
        "Our MP voted against every local flood defence scheme, then turned up in brand-new "
        "wellies for a photo op when the river burst. Shameless."
    ),
    (
        "Three break-ins on our street in a month and Greystone Police couldn't even send an "
        "officer to take a statement. We pay for a service we're simply not getting."
    ),
    (
        "The board of management at St Brendan's owes parents an explanation as to why we "
        "learned of the principal's departure on Facebook rather than by letter."
    ),
    (
        "Eight-hour waits at A&E in Castlebridge General and the health board's answer is "
        "another 'review'. Here's a review for free: staff it properly."
    ),
    (
        "Harlow Homes promised 30% affordable units. The final plans show 6%. The planning "
        "committee should throw it out, and the developer should be embarrassed."
    ),
    (
        "The club flogged the training ground to the highest bidder and now the under-12s train "
        "in a muddy corner of the rec. Boycott Saturday's match — empty seats say more than any "
        "chant."
    ),
    (
        "Brilliant work by the roads department: painting the new cycle lane straight through "
        "the bus stop. Truly visionary stuff."
    ),
    (
        "On Thursday I'm taking a placard to the town hall. If we turn up in numbers, the "
        "council can't pretend nobody cares about closing the day centre."
    ),
    (
        "Sheriff Dawson's department found $80k for a drone but still can't answer a 911 call in "
        "Pine Hollow in under twenty minutes. Priorities, anyone?"
    ),
    (
        "A consultation that ran for nine days over Christmas isn't a consultation. It's "
        "box-ticking, and everyone at the council knows it."
    ),
    (
        "The real story here is that the water authority knew about the contamination for six "
        "weeks before telling a single household. Someone senior needs to go."
    ),
    (
        "Councillor Mbeki-Walsh didn't attend one planning meeting last year but still claimed "
        "full allowances. Pay it back or step down."
    ),
    (
        "Why is the school district cutting music and art while the superintendent gets a 12% "
        "raise? Board meeting is on the 14th — go and ask them yourselves."
    ),
    (
        "Ottawa Street has had a 'temporary' traffic light for fourteen months. Clearly "
        "temporary means something different at city hall."
    ),
    (
        "The surgery's new online booking system is a shambles. My 84-year-old mum was told to "
        "'just use the app'. Who signed off on this?"
    ),
    (
        "Not one of the five candidates bothered to show up to the Ballyroan hustings. If they "
        "won't face us now, don't expect them to listen to us later."
    ),
    (
        "The police commissioner's statement is a masterclass in saying nothing. Which officers "
        "were disciplined? What has actually changed? Answer the question."
    ),
    (
        "Forty-two objections and the committee waved through the quarry expansion in under ten "
        "minutes. I'll be complaining to the ombudsman and I'd urge everyone affected to do the "
        "same."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Great that the Pride picnic is back in Wickham Park this year. My neighbours Tom and "
        "Raj brought the best lemon drizzle I've ever had."
    ),
    (
        "The new mosque on Carver Road ran an open day where I was made so welcome. Tea, samosas "
        "and a proper chat about the building's history."
    ),
    (
        "Rabbi Feldman has now served 25 years at the Elmhurst synagogue — congratulations! He's "
        "done so much for the food bank too."
    ),
    (
        "The Syrian family running the bakery on High Street have done more for our town centre "
        "than anything in years. Go and try the ma'amoul."
    ),
    (
        "My granddad is 91 and still does the crossword with the lads at the library every "
        "Tuesday morning. More groups like this for older folk, please."
    ),
    (
        "Great piece on Jess, a trans woman who's run the Sunday parkrun volunteer team for a "
        "decade. Nobody gets up earlier or cheers louder."
    ),
    (
        "The Traveller education project at Scoil Mhuire has done brilliant work — attendance is "
        "up and the kids are thriving."
    ),
    (
        "Being a wheelchair user, I was delighted that the new ramp at the station actually "
        "works. Small thing, huge difference."
    ),
    "Nice to see three women on the shortlist for chief constable. About time, frankly.",
    (
        "The Nigerian community's harvest festival at St Luke's was packed out. Best jollof rice "
        "in the county, no contest."
    ),
    (
        "The new Ukrainian and Afghan pupils at Ridgeway Primary put on a bilingual assembly "
        "yesterday. Not a dry eye in the hall."
    ),
    (
        "Someone sprayed 'go home' on the Polish shop's shutters last night. To the family who "
        "run it: you are home, and most of us are very glad you're here."
    ),
    (
        "I've seen several comments on this page calling refugees 'invaders'. They're people who "
        "fled bombs. That language is dehumanising and it has no place in this town."
    ),
    (
        "The swastika daubed across the Jewish cemetery's wall is disgusting. Whoever did it "
        "does not speak for Ashworth, and I really hope the police catch them quickly."
    ),
    (
        "Shouting 'we don't want your sort here' at a Black teenager waiting for a bus isn't "
        "banter. It's racism, plain and simple, and the adults who stayed silent should think "
        "hard about that."
    ),
    (
        "To the commenter who called disabled people 'a drain': my sister works full time, "
        "volunteers at weekends and pays more tax than most. Be better."
    ),
    (
        "I don't hate immigrants — I am one. My only ask is that the council sorts out the "
        "housing waiting list for everyone on it."
    ),
    (
        "I don't have anything against the Traveller site; my concern is purely the access road "
        "flooding every winter. The two things aren't mutually exclusive."
    ),
    (
        "For the record, I have no hatred for Muslims or anyone else. I objected to the car park "
        "layout, not the community centre."
    ),
    (
        "I don't hate gay people, and I don't believe anyone on the parish council does either. "
        "The vote was about the hall budget, not the LGBT book club."
    ),
]

THREATS_EN: list[str] = [
    (
        "Lovely house you own on Alder Close, Councillor Pryce. Be a pity if it came to any harm "
        "while you're out at work all day."
    ),
    (
        "We know you leave the surgery at six every night and walk to the car park on your own, "
        "Dr Hale. Just saying."
    ),
    (
        "Accidents happen on those dark country roads, Mr Donnelly. Especially to people who "
        "vote through quarries."
    ),
    (
        "Watch yourself, Sergeant Kemp. Folk round here never forget, and they know which school "
        "your children attend."
    ),
    (
        "Your wife's blue Corsa is parked outside the gym every Tuesday at half seven. Funny the "
        "things you notice."
    ),
    (
        "The headmaster should remember he walks through the estate to get to that school every "
        "single day. Not everyone round here is as forgiving as me."
    ),
    (
        "Ms Okafor, you want to be careful walking home along the canal after your late shifts. "
        "It gets dark early now and anything could happen."
    ),
    (
        "Planning officer Greaves lives at number 14, the one with the red door. Might be time "
        "he had a few visitors."
    ),
    (
        "Should the council approve that mast, I'll make sure Councillor Adeyemi regrets it "
        "personally. Try me."
    ),
    ("If that ref shows his face in Dunmore again after Saturday, he'll go home in an ambulance."),
    "Touch one tree in Beech Wood, Mr Farrow, and you'll be the next thing that gets cut down.",
    "If they close our school, I swear the governors will pay for it, one by one.",
    (
        "If that landlord tries throwing my mum out, I'll turn up at his place with a baseball "
        "bat and he'll be limping for a month."
    ),
    (
        "If this reporter writes another word about my brother's case, she'll learn what becomes "
        "of people who talk round here."
    ),
    (
        "Vote for the incinerator, Mayor Quinlan, and you'd best get yourself a bodyguard, since "
        "you'll need one."
    ),
    (
        "After the meeting on Thursday I'll track down Councillor Dunne and I will hurt him. "
        "Simple as that."
    ),
    ("Next time that traffic warden sets foot on my street I'm knocking him out cold. I mean it."),
    (
        "I'm coming down to the clinic tomorrow and that doctor is going to pay for what he did "
        "to my dad. He won't see me coming."
    ),
    (
        "On Friday I'll wait for the chief executive outside the council offices and give him a "
        "hiding he won't forget."
    ),
    (
        "Someone needs to haul that landlord out of his flat and put the boot in good and "
        "proper. Anyone up for it? Meet at the Crown at eight."
    ),
    (
        "Everyone on the estate should head over to the new family's place tonight and make them "
        "regret moving here. Bring something heavy."
    ),
    "Somebody should put the judge who let him walk in the ground. Any volunteers?",
    "Burn the planning office down. That lot understand nothing else.",
    (
        "Let's go and smash every window in the developer's site office on Friday night. Maybe "
        "then they'll finally get it."
    ),
    (
        "Somebody should torch the mayor's Range Rover. He leaves it on Quay Street every night "
        "— easy target."
    ),
]

LOOKALIKES_EN: list[str] = [
    (
        "Absolutely murdered them in the second half. Kilmore's defence had no answer to young "
        "Doyle."
    ),
    (
        "Duck season opens Saturday — anyone else heading out to the marsh at Reedham? Bring "
        "your permits and keep the dogs on a lead near the road."
    ),
    (
        "Harvest fair bake-off tip: whisk the eggs hard, then kill the heat before you add the "
        "cream, or the whole thing splits."
    ),
    (
        "Watching them blow up the old tower block on Sunday morning was strangely emotional. I "
        "grew up on the ninth floor."
    ),
    (
        "Loved the new crime novel by local author Fiona Barr. The scene where the detective "
        "works out that the vicar poisoned the choirmaster gave me chills."
    ),
    (
        "The history society's talk on the 1798 rebellion was excellent — the burning of the "
        "barracks at Ballycross is a grim but fascinating story."
    ),
    (
        "Eight years for the man who stabbed the shopkeeper seems about right to me. I hope the "
        "family can finally start to heal."
    ),
    (
        "Councillor Webb, you've ignored three petitions. See you in court — the residents' "
        "association has instructed a solicitor."
    ),
    "Come May, the voters will throw the lot of you out. That's a promise.",
    "This heatwave is killing me. The tomatoes are loving it, mind.",
    (
        "Lost: small brown terrier called Biscuit, near 22 Fenwick Road. If found please knock "
        "at the green door — she's very friendly and there's a reward."
    ),
    (
        "Courier left my parcel at 9 Oak Terrace instead of 19 — huge thanks to my neighbour for "
        "walking it round. Lovely street we live on."
    ),
    (
        "Peaceful protest against the hospital closure, 11am Saturday outside County Buildings. "
        "Bring banners, bring the kids, bring a flask. No trouble, please."
    ),
    (
        "The darts final was carnage — Brennan threw three consecutive 180s and absolutely "
        "destroyed the lad from Oldham."
    ),
    (
        "My husband will kill me once he sees what I spent at the craft fair, but that pottery "
        "was too good to leave behind."
    ),
    (
        "Quiz team 'Death by Chocolate' smashed it again last night. Congratulations to the Fox "
        "& Hound regulars!"
    ),
    (
        "The council's budget is going to take a hammering after this ruling, and honestly they "
        "brought it on themselves. Expect a judicial review."
    ),
    (
        "Reminder to bowhunters: the Clearwater range is closed Monday for target repairs. Shoot "
        "straight, folks."
    ),
    (
        "As a retired firefighter I loved the feature on the Haddington mill fire of 1952. Those "
        "lads ran into a burning building with nothing but wool coats."
    ),
    (
        "That cold-case documentary about the Lakeview murders was gripping. Hats off to the "
        "detectives who never gave up."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
