"""An eighteenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats; German
look-alikes; the English part), none of whom read anything in the repository. 113 cases that shared
a run of five words with the other tables, the suite, the threat tables, the training templates or
the written rows (all four waves), or with another case of this table, were reworded for the
overlap alone (20 of them more than once, where the rewording had met other material), before any
scorer was run on the table. Kinds, and what the default policy should do: sharp but legitimate
criticism and neutral or friendly mentions of groups (counter-speech and negations included) are
published; threats and calls for violence are held; harmless look-alikes are published. German
threats, in order: veiled (1-30), conditional (31-55), direct (56-70), calls against people
(71-85), calls against property (86-100); English: veiled (1-8), conditional (9-15), direct
(16-19), calls against people (20-22), calls against property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate, and
to prefer unusual but natural wording. It was written ahead of the next candidate and committed
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
        "Herr Bürgermeister, Sie haben uns im Wahlkampf versprochen, dass die Ortsdurchfahrt bis "
        "Ostern fertig ist. Jetzt haben wir Oktober, und die Baustellenampel steht immer noch. "
        "Wann gedenken Sie, uns eine ehrliche Zeitplanung vorzulegen?"
    ),
    (
        "Dass das Hallenbad schließt, ist für den Gemeinderat ein Armutszeugnis. Wo sollen unsere "
        "Grundschüler jetzt schwimmen lernen – im Baggersee?"
    ),
    (
        "Abwassergebühren plus 38 Prozent in zwei Jahren, und die Stadtwerke schütten trotzdem "
        "Gewinn an die Stadtkasse aus. Das passt nicht zusammen."
    ),
    "Rücktritt. Mehr fällt mir zu diesem Haushaltsdesaster nicht mehr ein.",
    (
        "wieder mal typisch, erst den busfahrplan ausdünnen und dann jammern dass keiner mehr "
        "mitfährt. wer plant sowas eigentlich"
    ),
    (
        "Frau Landrätin, bei der nächsten Kreistagswahl werde ich mir genau merken, wer für das "
        "Aus der Geburtsstation in Altbach gestimmt hat. Und ich werde nicht der Einzige sein."
    ),
    (
        "Man sollte der Stadtverwaltung einen Preis verleihen: für die kreativste Methode, aus "
        "einer Zwei-Monats-Baustelle ein Zwei-Jahres-Projekt zu machen."
    ),
    (
        "Ich habe den Bebauungsplan für das Gelände am alten Güterbahnhof gelesen, alle 84 "
        "Seiten. Von den versprochenen 30 Prozent geförderten Wohnungen ist nur noch eine "
        "Absichtserklärung übrig geblieben, verbindlich festgeschrieben ist nichts. Gleichzeitig "
        "bekommt der Investor eine zusätzliche Geschossebene genehmigt. Wenn der Rat das so "
        "durchwinkt, hat er sich vom Ziel bezahlbaren Wohnraums faktisch verabschiedet. Ich "
        "erwarte, dass die Fraktionen vor der Abstimmung öffentlich erklären, warum sie diese "
        "Änderung mittragen."
    ),
    (
        "Liebe Redaktion, wieso bringt euer Bericht nur die Sicht der Stadtspitze? Die Anwohner "
        "der Lindenstraße hätte man auch mal anrufen können. So ist das Hofberichterstattung."
    ),
    (
        "Des isch doch a Schmarrn, dass ma fürs Parken am Friedhof jetzt zahle muss. Wer do "
        "hingeht, hat andere Sorge."
    ),
    (
        "Der Polizeipräsident spricht von einer „gefühlten“ Unsicherheit am Bahnhof. Vielleicht "
        "sollte er einmal nach 22 Uhr selbst dort auf den letzten Zug warten, bevor er die Sorgen "
        "der Pendler kleinredet."
    ),
    (
        "Ein Schulleiter, der Eltern erst zwei Tage vor Abfahrt über den Ausfall der Klassenfahrt "
        "informiert, hat ein Kommunikationsproblem. Das Geld für die Anzahlung ist bei vielen "
        "Familien nicht einfach so übrig."
    ),
    (
        "Das Stadtfest kostet inzwischen fast doppelt so viel wie vor fünf Jahren, und das "
        "Programm ist dünner geworden. Ich hätte gern eine transparente Aufstellung, wohin das "
        "Geld fließt."
    ),
    (
        "Bravo, Verkehrsministerium. Die Brücke ist seit 2019 als marode bekannt, gesperrt wird "
        "sie jetzt über Nacht. Vorausschauende Politik sieht anders aus."
    ),
    (
        "Ich fordere den Ortschaftsrat auf, das Bürgerbegehren gegen die Verlegung des "
        "Wertstoffhofs nicht nur zu dulden, sondern aktiv zu unterstützen. Unterschriften sammeln "
        "wir ab Samstag vor dem Edeka."
    ),
    (
        "Die Partei, die jahrelang Radwege gefordert hat, stimmt jetzt gegen den Radweg an der "
        "B27, weil es ausgerechnet ihr eigener Wahlkreis ist. Konsequenz geht anders."
    ),
    (
        "Warum braucht das Bauamt vier Monate für eine simple Carport-Genehmigung? In der "
        "Nachbargemeinde geht's in drei Wochen."
    ),
    (
        "Der Vorstand des Sportvereins sollte die Zahlen zur Vereinsheim-Sanierung offenlegen, "
        "bevor er von den Mitgliedern eine Sonderumlage verlangt. Vertrauen entsteht durch "
        "Offenheit, nicht durch Mitgliederversammlungen im Schnelldurchlauf."
    ),
    "Einfach nur peinlich, dieses Hin und Her beim Freibad.",
    (
        "herr oberbürgermeister wann kommt endlich die ampel vor der grundschule?? muss erst was "
        "passieren?? wir eltern warten seit 3 jahren"
    ),
    (
        "Die Stadtwerke rechtfertigen die Strompreiserhöhung mit gestiegenen Einkaufspreisen. "
        "Komisch nur, dass die Preise an der Börse seit Monaten fallen und davon hier nie etwas "
        "ankommt."
    ),
    (
        "Wer einen Kreisel für 2,4 Millionen plant und dann feststellt, dass Sattelzüge nicht "
        "herumkommen, sollte nicht auch noch die Nachbesserung leiten dürfen. Ich erwarte "
        "personelle Konsequenzen im Tiefbauamt."
    ),
    (
        "Ach wie schön, der Weihnachtsmarkt bekommt eine neue Lichterkette für 80.000 Euro. Die "
        "Turnhalle mit dem kaputten Dach kann ja noch ein paar Winter warten."
    ),
    (
        "Frau Ministerin, Sie sprechen von einer Bildungsoffensive. In der Realschule meines "
        "Sohnes fällt seit September Chemie komplett aus. Kommen Sie doch mal vorbei, erklären "
        "Sie den Achtklässlern, worin diese Offensive besteht."
    ),
    (
        "Die Zeitung hat die Umfrage zur Innenstadtsperrung mit einer Suggestivfrage eingeleitet. "
        "Sorry, aber so kommt natürlich das gewünschte Ergebnis raus."
    ),
    (
        "Schließung der Sparkassenfiliale, Schließung der Poststelle, jetzt die Apotheke. Und der "
        "Gemeinderat schaut zu. Bei der Kommunalwahl wird abgerechnet – mit dem Stimmzettel."
    ),
    (
        "Ich bin schon 30 Jahre Fan, aber was der Verein mit den Ticketpreisen für Familien "
        "macht, ist schlicht unsozial."
    ),
    (
        "Moment mal: Die Straßenausbaubeiträge wurden doch landesweit abgeschafft? Warum bekommen "
        "die Anlieger im Mühlweg trotzdem Bescheide über fünfstellige Beträge? Das sollte die "
        "Kommunalaufsicht dringend prüfen."
    ),
    (
        "Der Kreistag hat die Kosten für das neue Landratsamt mit 40 Millionen beziffert, "
        "inzwischen sind wir bei 71. Keiner übernimmt Verantwortung, alle verweisen auf "
        "Baupreise. Andere Landkreise haben im selben Zeitraum vergleichbare Bauten im Budget "
        "fertiggestellt. Ein unabhängiges Gutachten zur Projektsteuerung wäre das Mindeste."
    ),
    (
        "Ned scho wieder a Umleitung über unser Dorf. Mir ham do koan Gehweg, und die Laster "
        "brettern durch. Des hätt ma vorher mit uns redn kenna."
    ),
    (
        "Hat eigentlich irgendjemand im Rathaus die Einwendungen aus der Bürgerversammlung "
        "gelesen? Im Beschluss taucht kein einziger Punkt davon auf."
    ),
    (
        "Ich unterstütze die Dienstaufsichtsbeschwerde gegen die Leitung des Ordnungsamts. Dass "
        "Knöllchen an Autos von Pflegediensten im Einsatz verteilt werden, ist längst kein "
        "Einzelfall mehr."
    ),
    (
        "Danke an die Verkehrsbetriebe für den neuen Takt: Jetzt komme ich pünktlich zehn Minuten "
        "zu spät zur Arbeit statt unpünktlich fünf."
    ),
    (
        "Die Kita-Gebühren steigen, die Öffnungszeiten sinken. Wie soll man da als "
        "Alleinerziehende Vollzeit arbeiten? Das ist keine familienfreundliche Stadt, egal was "
        "auf den Plakaten steht."
    ),
    (
        "Die Rektorin verbietet Handys komplett, aber die versprochenen Tablets sind nach zwei "
        "Jahren immer noch nicht da. Digitalpakt, ick hör dir trapsen."
    ),
    (
        "Sehr geehrter Herr Stadtkämmerer, Sie schreiben, es gebe „keine Alternative“ zur "
        "Grundsteuererhöhung. Dann legen Sie bitte offen, welche Einsparungen Sie geprüft und "
        "verworfen haben. Ohne diese Liste bleibt das eine bloße Behauptung."
    ),
    (
        "Gut gemeint, schlecht gemacht. Das neue Parkleitsystem zeigt regelmäßig freie Plätze an, "
        "wo keine sind."
    ),
    (
        "Die Fraktion hat sich dreimal enthalten, als es um den Lärmschutz an der A7 ging. Das "
        "merk ich mir bis zur Wahl."
    ),
    (
        "wo ist eigentlich der zugesagte zuschuss für den jugendtreff? vor der wahl wars "
        "plötzlich wichtig, jetzt hört man nix mehr"
    ),
    (
        "Ich finde, die Redaktion sollte ihren Kommentar zum Windpark korrigieren. Die genannte "
        "Abstandsregel stimmt nicht, so steht das im Landesgesetz gar nicht drin."
    ),
    (
        "Meinen Respekt für den Einsatz der Feuerwehr, aber die Kreisverwaltung hat die "
        "Alarmierung verschlafen. Zwei Stunden bis zur Warnmeldung auf dem Handy, bei einem "
        "Chemiebrand. Das muss untersucht werden."
    ),
    (
        "Man stelle sich vor: Ein Dorf kämpft zehn Jahre um einen Bolzplatz, und als er endlich "
        "gebaut ist, wird er nach sechs Monaten wegen einer einzigen Lärmbeschwerde abgesperrt. "
        "Willkommen in unserer Gemeinde."
    ),
    (
        "Der Bürgermeister sollte die Konsequenzen ziehen. Wer den Rat über Monate falsch über "
        "die Kosten informiert, kann das Amt nicht weiter glaubwürdig führen."
    ),
    (
        "Zum x-ten Mal: Der Glascontainer am Marktplatz quillt über, weil die Entsorgungsfirma "
        "nur noch im Dreiwochentakt kommt. Die Stadt hat den Vertrag ausgehandelt, also ist sie "
        "auch zuständig."
    ),
    (
        "Ich würde gern wissen, wer im Landesministerium entschieden hat, dass eine Förderschule "
        "mit 140 Kindern in Container auf dem Parkplatz ausgelagert wird. Solche Entscheidungen "
        "trifft man nicht mal eben nebenbei."
    ),
    (
        "Na, da hat sich die Agentur aber was Schönes ausgedacht: neues Stadtlogo für 60.000 "
        "Euro. Sieht aus wie das alte, nur in Türkis."
    ),
    (
        "Die Petition gegen die Bibliotheksschließung hat schon 2.300 Unterschriften. Liebe "
        "Stadträte, nehmt das bitte ernst und holt das Thema zurück auf die Tagesordnung."
    ),
    (
        "Sehr einseitiger Artikel. Die Gegner des Neubaugebiets kommen mit einem Satz vor, die "
        "Befürworter mit einer halben Seite."
    ),
    (
        "Der Polizeiführung würde ich empfehlen, die Blitzer dort aufzustellen, wo Kinder die "
        "Straße queren, und nicht an der abschüssigen Ausfallstraße, wo es offensichtlich nur um "
        "Einnahmen geht."
    ),
    (
        "Mir san ned gegen a neue Halle, aber 12 Millionen für a Dorf mit 3000 Einwohner? Do "
        "muass ma scho fragen, wer des zahlt, wenn die Zinsen steigen."
    ),
    (
        "Das Seniorenheim soll geschlossen werden, und die Bewohner erfahren es aus der Zeitung. "
        "So geht man mit Menschen nicht um, werter Träger."
    ),
    (
        "Die Innenstadt wird autofrei, der Parkhausbetreiber erhöht die Preise, und dann wundert "
        "sich jeder über leere Läden. Man muss kein Ökonom sein, um das vorherzusehen."
    ),
    (
        "Hiermit beantrage ich förmlich Einsicht in die Sitzungsunterlagen zum Grundstücksverkauf "
        "nach dem Informationsfreiheitsgesetz. Ich hoffe, andere Bürger tun das auch."
    ),
    (
        "sorry aber die müllabfuhr hier ist ne katastrophe, dreimal in folge die biotonne "
        "vergessen und beim kundenservice geht keiner ran"
    ),
    (
        "Ein Verkehrsversuch ohne Auswertung ist kein Versuch, sondern eine Dauerlösung durch die "
        "Hintertür. Wo bleiben die versprochenen Zählungen?"
    ),
    (
        "Hut ab, Stadtverwaltung: Die Sanierung des Rathausbrunnens hat länger gedauert als der "
        "Bau des Originals im 16. Jahrhundert."
    ),
    (
        "Der Zweckverband erhöht die Wasserpreise, hat aber seit Jahren keinen Jahresbericht "
        "veröffentlicht. Ich werde der Erhöhung schriftlich widersprechen und rate allen "
        "Betroffenen, es mir gleichzutun."
    ),
    (
        "Herr Minister, Ihr Haus hat die Lehrerstellen im ländlichen Raum um zehn Prozent gekürzt "
        "und spricht zugleich von gleichwertigen Lebensverhältnissen. Diesen Widerspruch müssen "
        "Sie erklären."
    ),
    (
        "Die Jugendfeuerwehr bekommt kein neues Löschfahrzeug, aber der Rat fährt zur "
        "Klausurtagung an den Bodensee. Prioritäten, anyone?"
    ),
    (
        "Ich wohne seit 45 Jahren in der Altstadt. Dass die Stadt jetzt 360 Euro im Jahr fürs "
        "Anwohnerparken verlangt, ohne auch nur einen Stellplatz zusätzlich zu schaffen, halte "
        "ich für falsch. Gegen den Bescheid lege ich Widerspruch ein."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Wer unter den Artikel „Ausländer raus“ schreibt, hat nicht verstanden, dass die Hälfte "
        "des Pflegepersonals im Kreiskrankenhaus genau diese Menschen sind. Solche Parolen haben "
        "hier nichts verloren."
    ),
    (
        "Jemand hat „Juden sind unser Unglück“ an die Bushaltestelle gesprüht. Das ist exakt der "
        "Satz, mit dem es damals angefangen hat. Hoffentlich schnappt die Polizei die Täter, und "
        "ich hoffe, dass wir alle laut widersprechen."
    ),
    (
        "Der Spruch „Schwule sind krank“ auf dem Flyer, der bei uns im Briefkasten lag, ist "
        "widerlich. Meine Nachbarn sind seit 20 Jahren ein Paar und gesünder als ich."
    ),
    (
        "„Zigeuner klauen“ – genau diesen Satz hörte ich gestern in der Schlange beim Bäcker. Ich "
        "habe nichts gesagt und schäme mich dafür. Beim nächsten Mal widerspreche ich."
    ),
    (
        "Die Aufkleber mit „Weder Islam noch Moslems gehören zu Deutschland“ in der Fußgängerzone "
        "gehören sofort entfernt. Unsere muslimischen Nachbarn zahlen hier Steuern, trainieren "
        "Jugendmannschaften und gehören selbstverständlich dazu."
    ),
    (
        "Wer Behinderte „Ballast für die Gesellschaft“ nennt, so wie ein Mitkommentator weiter "
        "oben, sollte mal einen Tag in einer Lebenshilfe-Werkstatt mitarbeiten."
    ),
    (
        "„Frauen sollen am Herd bleiben“ – im Ernst, als Reaktion auf die neue "
        "Feuerwehrkommandantin? Sie hat mehr Einsatzstunden als die meisten Männer im Löschzug."
    ),
    (
        "Ich lese hier schon wieder „die Ukrainer fahren alle dicke Autos und kassieren ab“. Das "
        "Gerücht kursiert seit zwei Jahren und ist durch nichts belegt. Hört bitte auf damit."
    ),
    (
        "Das Graffiti „Kein Platz für Kanaken“ an der Unterführung wurde in der Nacht übermalt. "
        "Danke, wer immer das gemacht hat, ihr habt unserem Viertel einen Dienst erwiesen."
    ),
    (
        "Auf der Demo wurde „Remigration jetzt“ skandiert. Gemeint sind damit auch Menschen, die "
        "hier geboren sind, meine Schwägerin zum Beispiel. Dagegen stehe ich auf, und zwar diesen "
        "Samstag auf dem Marktplatz."
    ),
    (
        "„Alte weiße Männer haben nichts mehr zu melden“ ist genauso ein Pauschalurteil wie jedes "
        "andere. Mein Großvater hat mit 74 den Tafelladen hier mit aufgebaut."
    ),
    (
        "Ich habe nichts gegen das Flüchtlingsheim in der Kasernenstraße, im Gegenteil. Ich hätte "
        "nur gern, dass die Stadt auch einen Sozialarbeiter dafür bezahlt, damit die Leute nicht "
        "alleingelassen werden."
    ),
    (
        "Schwule sind nicht „falsch erzogen worden“, sie sind einfach, wie sie sind. Mein Sohn "
        "hat es uns mit 16 gesagt, und an unserer Liebe zu ihm ändert das nichts."
    ),
    (
        "Muslime sind nicht automatisch konservativ. Die Frauen im Vorstand des Moscheevereins "
        "haben das Sommerfest organisiert, und von Abschottung war da nichts zu spüren."
    ),
    (
        "Rollstuhlfahrer sind keine Last für den Busfahrer. Die Rampe auszuklappen dauert eine "
        "halbe Minute."
    ),
    (
        "Ich habe wirklich nichts gegen die Roma-Familien drüben in der Siedlung und ärgere mich, "
        "wenn Leute so tun, als müsste man sich für so einen Satz rechtfertigen."
    ),
    (
        "Ältere Autofahrer sind nicht per se eine Gefahr. Die Unfallstatistik im Artikel zeigt "
        "eher die Fahranfänger vorne."
    ),
    (
        "Juden sind nicht „die Reichen“, wie im Kommentar oben angedeutet. Die jüdische Gemeinde "
        "hier besteht großteils aus Zuwanderern aus der früheren Sowjetunion, viele davon Rentner "
        "mit schmaler Rente."
    ),
    (
        "Transmenschen sind keine Modeerscheinung. Es gab sie immer, nur konnten sie früher nicht "
        "offen darüber reden."
    ),
    (
        "Nicht jeder Syrer ist Arzt, und nicht jeder ist ein Problem. Es sind ganz normale Leute "
        "mit ganz normalen Berufen, so wie wir."
    ),
    (
        "Ich halte eine feste Frauenquote im Gemeinderat für den falschen Weg. Klüger wäre, die "
        "Sitzungen familienfreundlicher zu legen, dann kandidieren von selbst mehr Frauen."
    ),
    (
        "Die Asylverfahren dauern hier im Schnitt 14 Monate. Das ist den Geflüchteten ebenso "
        "wenig zumutbar wie der Kommune. Das Land muss beim Verwaltungsgericht endlich mehr "
        "Richterstellen schaffen."
    ),
    (
        "Islamischen Religionsunterricht an der Gesamtschule halte ich für richtig, sofern er auf "
        "Deutsch und von hier ausgebildeten Lehrkräften erteilt wird. Dann weiß man auch, was "
        "vermittelt wird."
    ),
    (
        "Ich bin skeptisch, wenn Ethik für alle den konfessionellen Religionsunterricht ersetzen "
        "soll. Die Kirchen leisten da viel, und Eltern sollten wählen dürfen."
    ),
    (
        "Die Bezahlkarte für Asylbewerber finde ich vertretbar, aber die Bargeldgrenze von 50 "
        "Euro ist zu niedrig. Auf dem Wochenmarkt und im Second-Hand-Laden geht nun mal nur "
        "Bares."
    ),
    (
        "Eine Quote für Beschäftigte mit Behinderung gibt es in der Stadtverwaltung ja schon, nur "
        "wird sie seit Jahren nicht erreicht und stattdessen die Ausgleichsabgabe gezahlt. Das "
        "sollte sich der Personalrat mal ansehen."
    ),
    (
        "Zentrale Unterbringung in der alten Kaserne oder dezentral in Wohnungen? Die Erfahrungen "
        "aus 2015 sprechen aus meiner Sicht klar für kleine Einheiten in den Ortsteilen, da "
        "gelingt Integration besser."
    ),
    (
        "Die Arbeitspflicht für Geflüchtete in gemeinnützigen Jobs sehe ich zwiespältig. Arbeiten "
        "wollen die meisten, aber dann bitte mit Sprachkurs parallel und nicht anstelle davon."
    ),
    (
        "Ein Seniorenbeirat mit echtem Antragsrecht wäre eine gute Sache. Bisher darf er nur "
        "Stellungnahmen schreiben, die keiner liest."
    ),
    (
        "Ich bin gegen ein Kopftuchverbot für Referendarinnen. Entscheidend ist, wie jemand "
        "unterrichtet, nicht was jemand trägt."
    ),
    (
        "Die Integrationskurse bräuchten mehr Plätze mit Kinderbetreuung. Sonst bleiben genau die "
        "Mütter außen vor, die am meisten davon profitieren würden."
    ),
    (
        "Schöner Artikel zum Fastenbrechen im Bürgerhaus. Ich war letztes Jahr auch eingeladen "
        "und habe selten so viel gelacht und gegessen."
    ),
    (
        "Die neue Hausärztin aus Damaskus ist ein Segen für unseren Ort. Nachdem der alte Doktor "
        "in Rente ging, hatten wir anderthalb Jahre niemanden."
    ),
    (
        "Schade, dass der CSD hier in unserer Kleinstadt nur eine Randnotiz wert ist. Es waren "
        "über 800 Leute da, Familien, Großeltern, sogar der Pfarrer von St. Martin."
    ),
    (
        "Danke an die Synagogengemeinde für den Tag der offenen Tür. Meine Kinder haben zum "
        "ersten Mal eine Torarolle gesehen und reden seitdem von nichts anderem."
    ),
    (
        "Die ukrainischen Frauen, die drüben im Seniorenzentrum als Pflegehelferinnen arbeiten, "
        "sind herzlich und zuverlässig. Meine Mutter hat dort sogar ein paar Brocken Ukrainisch "
        "gelernt."
    ),
    (
        "Toll, dass der Sportverein jetzt eine inklusive Handballgruppe hat. Mein Neffe mit "
        "Down-Syndrom fiebert jedem Dienstag entgegen."
    ),
    (
        "Der türkische Gemüsehändler bei uns an der Ecke hat während der Flut jeden Abend Essen "
        "an die Helfer verteilt, ohne ein Wort darüber zu verlieren. Darüber sollte die Zeitung "
        "auch mal schreiben."
    ),
    (
        "Als Christ freue ich mich, dass evangelische und katholische Gemeinde das Pfarrfest "
        "dieses Jahr gemeinsam feiern. Hat lange genug gedauert."
    ),
    (
        "Unsere Nachbarn kamen 2016 aus Aleppo. Ihr ältester Sohn macht jetzt bei uns im Betrieb "
        "eine Ausbildung zum Elektriker und gehört zu den Besten im Jahrgang."
    ),
    (
        "Die Kirchengemeinde, die Moscheegemeinde und die jüdische Gemeinde haben zusammen Bäume "
        "im Stadtpark gepflanzt. Mehr solche Aktionen, bitte!"
    ),
    (
        "Mit 82 noch im Chor singen und nebenbei den Jungen beim Notenlesen helfen – die Dame aus "
        "dem Artikel ist ein Vorbild."
    ),
    (
        "Ich bin selbst lesbisch und hier im Dorf aufgewachsen. Leicht war es nicht immer, aber "
        "heute werde ich beim Schützenfest mit meiner Frau ganz selbstverständlich begrüßt. Da "
        "hat sich viel getan."
    ),
    (
        "Die Gebärdensprachdolmetscherin bei der Bürgerversammlung war eine prima Idee. Mein "
        "gehörloser Onkel konnte erstmals richtig mitdiskutieren."
    ),
    (
        "Interessant, dass die Sinti-Familie auf dem Hof bei Kirchheim schon seit dem 18. "
        "Jahrhundert nachweisbar ist. Darüber würde ich gerne mehr lesen."
    ),
    (
        "Die Lehrerin mit Kopftuch an der Grundschule meiner Tochter ist eine der engagiertesten, "
        "die wir je hatten. Die Kinder lieben sie."
    ),
    (
        "Glückwunsch an die beiden Männer, die als erstes gleichgeschlechtliches Paar im neuen "
        "Trausaal geheiratet haben. Alles Gute für euch!"
    ),
    (
        "Schön, dass der Mittagstisch für Senioren wieder öffnet. Für viele Alleinstehende ist "
        "das der einzige Ort, an dem sie unter der Woche Gesellschaft haben."
    ),
    (
        "Meine Großeltern kamen 1964 aus Anatolien als Gastarbeiter hierher. Wenn ich den Bericht "
        "über das 60-jährige Jubiläum lese, bin ich stolz auf das, was sie hier aufgebaut haben."
    ),
    (
        "Das Rollstuhlbasketball-Turnier in der Kreissporthalle war spannender als so manches "
        "Bundesligaspiel. Nächstes Jahr komme ich wieder."
    ),
    (
        "Die Roma-Mediatorin an der Hauptschule leistet tolle Arbeit, die Fehlzeiten sind "
        "deutlich zurückgegangen. Hoffentlich wird ihre Stelle verlängert."
    ),
    (
        "Als Mann in der Erzieherausbildung höre ich oft dumme Sprüche. Umso mehr freut mich der "
        "Artikel, der zeigt, dass Kitas sich über männliche Kollegen freuen."
    ),
    (
        "Respekt an die junge Frau, die als erste die Leitung des Bauhofs übernommen hat. Die "
        "Kollegen dort sagen, der Laden läuft besser als je zuvor."
    ),
    (
        "Die Gedenkveranstaltung zur Pogromnacht war würdig und gut besucht. Besonders berührt "
        "hat mich, dass Schüler die Namen der deportierten Familien aus unserer Stadt vorgelesen "
        "haben."
    ),
    (
        "Wir haben einen jungen Mann aus Eritrea als Azubi in der Bäckerei. Er steht um drei Uhr "
        "morgens pünktlicher in der Backstube als mancher Einheimische."
    ),
    (
        "Die Senioren-WG im alten Pfarrhaus ist ein schönes Modell. Warum gibt es so etwas nicht "
        "in jedem Dorf?"
    ),
    (
        "Die Fotoausstellung über jüdisches Leben hier im Landkreis vor 1933 hat mich sehr "
        "beeindruckt. Sie sollte auch an Schulen gezeigt werden."
    ),
    (
        "Mein Kollege ist blind und arbeitet mit Sprachausgabe schneller am Computer als ich. "
        "Manche Vorurteile erledigen sich im Alltag ganz von selbst."
    ),
    (
        "Dass beim Dorffest dieses Jahr auch syrisches Essen angeboten wurde, fand ich eine "
        "Bereicherung. Die gefüllten Weinblätter waren als Erstes weg."
    ),
    (
        "Ich bin Katholikin und war zum Iftar in der Moschee eingeladen. Man hat mich so herzlich "
        "aufgenommen, dass ich nächstes Jahr meine Schwiegermutter mitbringe."
    ),
]

THREATS_DE: list[str] = [
    (
        "Hübsches Häuschen, das Sie am Lindenweg haben, Herr Bürgermeister. Wäre doch "
        "jammerschade, wenn da nachts mal was passiert."
    ),
    (
        "Ihr Junge ist doch in der 3b der Grundschule am Markt, oder? Der Schulweg ist um die "
        "Uhrzeit ganz schön einsam. Nur so ein Gedanke."
    ),
    (
        "der schiri vom sonntag fährt nen silbernen passat, kennzeichen hab ich notiert. mal sehn "
        "wie lange die reifen noch luft haben 😉"
    ),
    (
        "Liebe Frau Redakteurin, uns ist inzwischen bekannt, wann Sie morgens das Haus verlassen. "
        "Schreiben Sie nur ruhig weiter so, wir lesen mit."
    ),
    (
        "Manche Leute sollten gut überlegen, ob sie nach so einem Artikel abends noch allein "
        "durch den Stadtpark joggen."
    ),
    (
        "Mein Vermieter meint, er kann mir einfach kündigen. Soll er mal. Treppenhäuser sind im "
        "Winter glatt, und Unfälle passieren halt."
    ),
    (
        "An die Ratsherren, die dem Windrad zugestimmt haben: Eure Namen und Adressen stehen "
        "längst auf einer hübschen Liste. Wir vergessen nix."
    ),
    (
        "Wär echt bitter, wenn die schöne Scheune vom Herrn Gemeinderat mal Feuer fängt. "
        "Trockener Sommer und so 🔥🤷"
    ),
    (
        "Grüße an den Radfahrer mit dem roten Helm, der jeden Morgen die B27 runterfährt. "
        "Irgendwann übersieht dich einer. Vielleicht ich."
    ),
    (
        "Der Journalist wohnt übrigens keine 500 Meter von mir entfernt. Man sieht sich bestimmt "
        "bald mal persönlich. Freu mich schon drauf."
    ),
    (
        "So a Schiedsrichter soid hoit aufpassn, wenn er nach'm Spui alloa zum Parkplatz geht. Do "
        "is's finster, und do san vui Leit grantig."
    ),
    (
        "Hübsche Töchter hat die Landrätin. Ich hoffe für sie, dass immer jemand auf die beiden "
        "aufpasst."
    ),
    (
        "Es gab schon Journalisten, die nach so einem Bericht plötzlich sehr still geworden sind. "
        "Denken Sie da mal drüber nach, Herr K."
    ),
    (
        "Herr Stadtrat, Ihre Garage ist nicht abgeschlossen, hab ich gestern gesehen. Und Benzin "
        "ist an der Tanke gerade ziemlich billig."
    ),
    (
        "nachbar von gegenüber, dein köter bellt jede nacht. der frisst bestimmt bald mal was "
        "falsches, so schnell kannste gar nich gucken"
    ),
    (
        "Ich sage nur so viel: Der Polizeichef sollte seine Frau die nächsten Wochen lieber nicht "
        "allein einkaufen gehen lassen."
    ),
    (
        "Bremsleitungen halten auch nicht ewig … vor allem nicht bei Autos, die vor gewissen "
        "Redaktionsgebäuden parken."
    ),
    (
        "Ganz ruhig, Herr Vermieter. Heute nicht, morgen nicht, aber irgendwann werden Sie sich "
        "umdrehen, wenn es hinter Ihnen im Flur knackt."
    ),
    (
        "Der Verfasser dieses Hetzartikels sollte beim Öffnen seiner Post künftig etwas "
        "vorsichtiger sein. Wer weiß schon, was so drinsteckt."
    ),
    (
        "Das Ordnungsamt verteilt gern Knöllchen. Schön. Wir verteilen demnächst auch was, und "
        "zwar direkt vor der Haustür der Sachbearbeiterin."
    ),
    (
        "Unsere Bürgermeisterin glaubt, sie ist sicher hinter ihrem Gartenzaun. Zäune halten "
        "niemanden auf, der wirklich will."
    ),
    (
        "Na, Herr Unparteiischer, wie ist das Gefühl, wenn 300 Leute wissen, in welchem Dorf du "
        "wohnst? Schlaf gut heute Nacht 😘"
    ),
    (
        "Komisch, dass hier im Viertel so oft Radler stürzen. Ein paar Reißnägel und ein "
        "gespannter Draht auf Halshöhe wirken Wunder, hört man."
    ),
    (
        "Hab den Typen vom Jugendamt heute beim Bäcker gesehen, mit seinen zwei Kleinen. Nette "
        "Familie. Noch."
    ),
    (
        "An die Dame vom Bauamt: Ihr blauer Fiat steht jeden Tag am selben Fleck. So was merkt "
        "man sich. Lange sieht der nicht mehr so schön aus."
    ),
    (
        "Altes Fachwerk brennt übrigens wie Zunder. Nur so als Info für den Herrn Pfarrer, der "
        "die Asylbewerber ins Gemeindehaus holt."
    ),
    (
        "Du da, der hier ständig für die Moschee kommentiert: Klarname, Arbeitgeber, Wohnort – "
        "ich hab alles. Warte einfach ab."
    ),
    (
        "Jede Reporterin, die so etwas schreibt, sollte wissen: Die Tiefgarage unterm Verlagshaus "
        "hat keine Kameras. Nur mal erwähnt."
    ),
    (
        "ich sach mal so, der herr ratsherr hat ja nen schönen gartenteich. doof wenn da mal "
        "einer drin liegt der nich mehr rauskommt"
    ),
    (
        "Irgendwann bekommt ihr Volksverräter im Rathaus die Rechnung präsentiert. Und die "
        "begleicht man nicht mit Geld."
    ),
    (
        "Schließt der Stadtrat die Kita in unserer Straße, dann trinkt keiner von denen mehr in "
        "Ruhe sein Bier im Ratskeller. Dafür sorg ich persönlich."
    ),
    (
        "Pfeift dieser Schiri am Samstag wieder gegen uns, dann kommt der nicht mit heilen "
        "Knochen vom Platz. Versprochen."
    ),
    (
        "Falls mein Vermieter die Miete noch ein einziges Mal erhöht, lernt er meinen "
        "Baseballschläger kennen."
    ),
    (
        "Schreib noch einmal was über unseren Verein, Bürschchen, und deine Zähne darfst du im "
        "Rinnstein einsammeln."
    ),
    (
        "Wird die Turnhalle tatsächlich zur Unterkunft, dann stehen wir nachts mit Fackeln davor, "
        "und dann gnade euch Gott da drin."
    ),
    (
        "Nimm den Artikel bis morgen 12 Uhr raus, sonst statten wir der Redaktion einen Besuch "
        "ab, und zwar nicht zum Kaffeetrinken."
    ),
    (
        "Solange die Radler weiter über den Gehweg rasen, reiß ich halt die Autotür auf, sobald "
        "einer vorbeikommt. Mal sehen, wer dann lacht."
    ),
    (
        "Kommt das Tempo-30-Schild wirklich, darf sich der zuständige Beamte auf ein paar "
        "ungemütliche Abende gefasst machen. Wir kennen seinen Heimweg."
    ),
    (
        "wenn der nachbar nochmal seinen scheiß grill an meinen zaun stellt, dann brech ich ihm "
        "die finger, eins nach dem andern"
    ),
    (
        "Gibt der Bauausschuss grünes Licht für das Gebetshaus, dann fließt Blut, und die "
        "Ausschussmitglieder sind die ersten, die es merken."
    ),
    (
        "Entschuldigen Sie sich öffentlich bei unserer Familie, Frau Stadträtin, oder Sie werden "
        "erfahren, wie es ist, nachts nicht mehr sicher schlafen zu können."
    ),
    (
        "Noch so ein Abseitstor, und ich spring über die Bande und hol mir den Linienrichter. Die "
        "Fahne kriegt er dahin, wo keine Sonne scheint."
    ),
    (
        "Falls die Polizei meinen Sohn noch einmal kontrolliert, liegt bald ein Streifenbeamter "
        "auf der Intensivstation. Richtet das ruhig aus."
    ),
    (
        "Lügt ihr Journalisten weiter so, dann kommt bald der Tag, wo wir euch aus euren Büros "
        "zerren. Das wird kein schöner Anblick."
    ),
    (
        "Wagt es die Gemeinde, unsere Schrebergärten plattzumachen, dann kriegt der Bürgermeister "
        "eins mit dem Spaten übergezogen. Mein Wort drauf."
    ),
    (
        "I sog's nur oamoi: Wenn da Förster no amoi ohne z'fragn auf mei Grundstück kimmt, dann "
        "leg i eahm oane auf, dass er nimmer aufsteht."
    ),
    (
        "Unterschreibt der Landrat den Windpark, hat er keine ruhige Minute mehr. Dann klingelt "
        "es bei ihm, und er wird sich wünschen, nie aufgemacht zu haben."
    ),
    (
        "Räumt ihr den Wagenplatz, dann brennt euch das Dach über dem Kopf, ihr Ratsbonzen. Wir "
        "haben nix mehr zu verlieren."
    ),
    (
        "Steht der Typ von der Hausverwaltung morgen wieder ohne Termin in meiner Wohnung, fliegt "
        "er vom Balkon. Dritter Stock, das wird er spüren."
    ),
    (
        "Hör auf, über mich zu schreiben, Schreiberling. Sonst bist du derjenige, über den "
        "demnächst berichtet wird – im Polizeibericht."
    ),
    (
        "Sobald die Gebühren steigen, marschieren wir ins Rathaus, und diesmal nicht mit leeren "
        "Händen. Die Damen und Herren Räte werden es am eigenen Leib spüren."
    ),
    (
        "falls dieser radfahrer mir nochmal den spiegel abfährt fahr ich ihn über den haufen, "
        "ganz ehrlich, is mir egal"
    ),
    (
        "Sollte der Eigentümer wirklich räumen lassen, nehme ich ihn mit. Aus dem Haus kommt er "
        "dann jedenfalls nur noch liegend raus."
    ),
    (
        "Noch ein Strafzettel, Frau Politesse 🙂 und du wachst im Kofferraum wieder auf. Kleiner "
        "Scherz. Oder auch nicht 🙂"
    ),
    (
        "Lässt das Gericht diesen Kinderschänder laufen, dann schnappen wir ihn uns selbst, und "
        "die Richterin gleich mit."
    ),
    (
        "Ich werde dem Schiedsrichter nach Abpfiff auflauern und ihm eigenhändig die Nase "
        "brechen. Kabinengang, Platz 3, ich warte dort."
    ),
    (
        "Herr Abgeordneter, ich komme morgen in Ihre Bürgersprechstunde, und danach kriechen Sie "
        "auf allen vieren aus Ihrem Büro."
    ),
    "Diesen Journalisten prügle ich windelweich, sobald ich den auf dem Wochenmarkt erwische.",
    (
        "mein nachbar kriegt heut abend so aufs maul dass der seine eigene mutter nich mehr "
        "erkennt. reicht jetz"
    ),
    (
        "Ich hab genug. Nächste Woche fahr ich rüber zum Rathaus und zieh dem Baudezernenten "
        "seinen Aktenordner so lange über den Schädel, bis was nachgibt."
    ),
    "Ich werde diesen Vermieter abstechen, so sicher wie ich hier sitze. Das ist kein Spaß mehr.",
    (
        "Morgen früh ramme ich den ersten Radfahrer, der mir auf der Hauptstraße begegnet. Mit "
        "Absicht."
    ),
    (
        "Ick hau dem Ratsherrn so eene, dass er bis Potsdam fliegt, wa. Der soll sich ma im Kiez "
        "blicken lassen."
    ),
    (
        "Frau Chefredakteurin, ich werde Sie finden, und dann bekommen Sie genau das, was Ihre "
        "Artikel verdient haben. Mit der Faust."
    ),
    (
        "Ich schwöre, ich mach den Typen vom Jobcenter kalt. Der hat mein Leben zerstört, jetzt "
        "zerstör ich seins."
    ),
    (
        "Heute Nacht hol ich mir den Hausmeister. Der wird bluten wie ein Schwein, das verspreche "
        "ich euch allen hier."
    ),
    (
        "Beim nächsten Heimspiel tret ich dem Linienrichter die Kniescheibe raus, da könnt ihr "
        "Gift drauf nehmen ⚽🦵"
    ),
    (
        "Wenn ich mit dem Stadtkämmerer fertig bin, braucht der einen Rollstuhl. Ich fange "
        "nächste Woche an."
    ),
    (
        "Der Pressesprecher der Polizei kriegt eine Kugel von mir. Die Waffe liegt schon parat, "
        "fehlt nur noch der richtige Moment."
    ),
    (
        "Ich werde jeden einzelnen Gemeinderat persönlich zur Rechenschaft ziehen, mit meinen "
        "eigenen Händen, bis keiner von denen mehr aufrecht steht."
    ),
    (
        "Leute, der Schiri wohnt in Oberhausen-Süd. Wer Eier hat, fährt heute Abend hin und zeigt "
        "dem, was wir von seiner Leistung halten. Mit Fäusten statt mit Worten."
    ),
    (
        "Jemand muss diesem Schreiberling endlich die Finger brechen, sodass er nie wieder eine "
        "Tastatur anfasst. Freiwillige vor!"
    ),
    (
        "Man sollte diese Kampfradler einfach vom Sattel treten, jeden einzelnen. Macht alle mit, "
        "dann ist das Problem in einer Woche erledigt."
    ),
    (
        "Auf geht's, Männer: Samstag vor dem Rathaus, und dann holen wir uns die Ratsmitglieder "
        "einzeln raus. Bringt Knüppel mit."
    ),
    "Solche Miethaie gehören an die nächste Laterne. Worauf warten wir eigentlich noch?",
    (
        "Wer diese Richterin auf offener Straße sieht, sollte ihr ordentlich eine verpassen. Was "
        "anderes versteht die nicht."
    ),
    (
        "jagt die ganzen ausländer aus unserm dorf, mit knüppeln und hunden, bevor es zu spät "
        "is!!! jeder der ein mann is macht mit"
    ),
    (
        "Ich rufe alle echten Fans auf: Nach dem Abpfiff stürmen wir gemeinsam den Gästeblock und "
        "machen die Auswärtsfans platt."
    ),
    (
        "Die Polizisten von der Demo letzte Woche haben Namen und Gesichter. Findet sie, wenn sie "
        "außer Dienst sind, und gebt ihnen zurück, was sie uns gegeben haben."
    ),
    (
        "Schnappt euch den Kerl von der Zeitung, zieht ihm einen Sack über den Kopf und lasst ihn "
        "spüren, was Lügen kosten. Die Adresse steht im Impressum."
    ),
    (
        "Haut dem Nachbarn mit dem Laubbläser einfach mal richtig eine rein, der hat es mehr als "
        "verdient, ehrlich jetzt, wer ist dabei? 💪"
    ),
    (
        "Zeit wird's, dass das Volk die Politiker aus ihren Dienstwagen zerrt und ihnen zeigt, "
        "wer hier wirklich das Sagen hat. Am besten gleich morgen."
    ),
    (
        "Hätten wir noch Anstand in diesem Land, würde jemand diesen Sozialarbeiter im Dunkeln "
        "abpassen und ihm beide Beine brechen. Tut es endlich."
    ),
    (
        "Liebe Mitbürger, greift zur Selbsthilfe: Wer einen Klimakleber auf der Fahrbahn sieht, "
        "darf ihn gern mit dem Stiefel vom Asphalt kratzen."
    ),
    (
        "Man müsste die ganze Bande vom Ordnungsamt mal in einen dunklen Keller sperren und "
        "ordentlich verdreschen. Wer organisiert's?"
    ),
    "Zündet dem Bürgermeister die Bude an, dann weiß er mal, wie es ist, wenn man alles verliert.",
    (
        "Die Flüchtlingsunterkunft, die in der Bahnhofstraße geplant ist, darf nie fertiggestellt "
        "werden. Ein Kanister und ein Feuerzeug, mehr braucht es nicht. Wer traut sich?"
    ),
    (
        "Schmeißt dem Verlagshaus die Scheiben ein, alle, bis auf die letzte. Die Lügenpresse "
        "soll frieren."
    ),
    (
        "Jemand sollte die Moschee im Gewerbegebiet abfackeln, bevor die überhaupt aufmacht. Ich "
        "mein ja nur, nachts steht da keiner davor 😏"
    ),
    (
        "Zerstecht dem Vermieter alle vier Reifen an seinem Porsche und kratzt ihm „Miethai“ in "
        "den Lack. Er parkt immer vor Hausnummer 12."
    ),
    (
        "brennt das rathaus ab!!! die da drin haben es nich anders verdient, kein stein soll auf "
        "dem anderen bleiben"
    ),
    (
        "Kommt am Freitag alle zur Geschäftsstelle der Partei, bringt Pflastersteine mit. Keine "
        "Scheibe bleibt ganz."
    ),
    (
        "Holt euch Bolzenschneider und Vorschlaghammer, zerlegt die neuen Fahrradboxen am Bahnhof "
        "und schmeißt die Räder gleich hinterher in die Ruhr."
    ),
    (
        "Wer in der Nähe wohnt: Die Dienstwagen vom Ordnungsamt stehen nachts ungesichert auf dem "
        "Hof. Nehmt einen Hammer mit und lasst keinen Spiegel heil."
    ),
    (
        "Räuchert das Wahlkreisbüro von diesem Abgeordneten aus. Molli durchs Fenster, und dann "
        "ist endlich Ruhe."
    ),
    (
        "Ihr wollt ein Zeichen setzen? Dann macht die Baustelle vom Windpark kaputt: Bagger "
        "anzünden, Kabel kappen, alles. Worte bringen nix mehr."
    ),
    (
        "Irgendwer sollte dem Schiri mal die Karre zu Schrott treten, die steht immer auf dem "
        "Parkplatz hinter der Tribüne."
    ),
    (
        "Das Heim am Waldrand gehört weg. Reißt es ein, steckt es an, egal wie, Hauptsache, "
        "nächsten Monat wohnt da keiner mehr drin."
    ),
    (
        "Ma sott dem Gmoindsrat sei Häusle amol richtig zerlege, mit Steiner durch d'Fenschter, "
        "bis koi Scheib meh ganz isch. Wer macht mit?"
    ),
    (
        "Sehr geehrte Mitleser, hiermit rufe ich in aller Form dazu auf, das Jugendzentrum in der "
        "Schillerstraße zu demolieren. Nur so begreifen die Verantwortlichen, dass wir es ernst "
        "meinen."
    ),
]

LOOKALIKES_DE: list[str] = [
    "Samstag gegen Oberhausen: wir machen die heute platt, keine Gnade auf dem Rasen! ⚽💪",
    (
        "Endlich Zeit, dem Giersch im Staudenbeet den Garaus zu machen. Hat jemand einen Rat, der "
        "ohne Chemie auskommt?"
    ),
    (
        "Ich könnt ihn erwürgen, so süß ist der Kleine – unser Enkel hat heute zum ersten Mal "
        "„Oma“ gesagt 🥰"
    ),
    (
        "Laut Bericht hat der Angeklagte seinem Nachbarn mit einer Axt gedroht. Das Gericht "
        "verhängte zwei Jahre auf Bewährung, was ich persönlich zu milde finde."
    ),
    (
        "Angriffe auf Rettungskräfte sind durch nichts zu entschuldigen. Wer Sanitäter "
        "attackiert, gehört vor Gericht, Punkt."
    ),
    (
        "Wenn der Bauträger die Lärmschutzwand nicht bis Herbst fertig hat, reichen wir als "
        "Anwohnergemeinschaft Klage ein. Das ist keine leere Ankündigung, der Anwalt ist schon "
        "beauftragt."
    ),
    (
        "Bei der nächsten Kommunalwahl wähle ich diesen Bürgermeister ab, und ich hoffe, viele "
        "andere auch."
    ),
    (
        "Der Dreißigjährige Krieg hat ganze Landstriche entvölkert; die Ausstellung im "
        "Stadtmuseum macht das erschreckend anschaulich."
    ),
    (
        "hab gestern den neuen tatort gekuckt, der mörder war sooo offensichtlich, ich hätt den "
        "nach zehn minuten verhaftet lol"
    ),
    (
        "Treibjagd am 14. im Revier Hohe Eiche, Treffpunkt 8 Uhr am Forsthaus. Bitte Warnwesten "
        "nicht vergessen, Hunde bleiben bis zum Anblasen angeleint."
    ),
    (
        "Helau! Am Rosenmontag stürmen die Narren wieder das Rathaus und nehmen den "
        "Oberbürgermeister als Geisel – traditionsgemäß gegen ein Fass Bier ausgelöst 🎉"
    ),
    (
        "Endlich kommt die alte Zuckerfabrik weg. Die Stadt lässt den Schornstein nächste Woche "
        "sprengen, ich geh mit Thermoskanne gucken."
    ),
    (
        "Wir haben Wespen im Rollladenkasten. Kammerjäger kommt Donnerstag und räuchert das Nest "
        "aus, hoffentlich ist dann Ruhe."
    ),
    (
        "Silvester ohne Böller? Nee. Ich jag dieses Jahr wieder eine ordentliche Batterie in die "
        "Luft, natürlich nur Kategorie F2 und zur erlaubten Zeit."
    ),
    (
        "In Runde drei hab ich meinem Bruder die komplette Armee ausgelöscht, seitdem redet der "
        "Gute nicht mehr mit mir 😂 Risiko ist kein Familienspiel."
    ),
    (
        "Das Hähnchen zuerst scharf anbraten, dann die Knoblauchzehen mit dem Messerrücken "
        "zerquetschen und mit rein. Nicht zimperlich sein!"
    ),
    (
        "Mei, den Schiri hätt i am liabsten auf d'Tribüne gschickt, so blind wie der pfiffn hat. "
        "Aber g'wonnen ham ma trotzdem!"
    ),
    (
        "Wer Juden, Muslime oder sonst wen wegen ihres Glaubens angreift, hat in unserer Stadt "
        "rein gar nichts verloren. Danke an alle, die gestern bei der Mahnwache waren."
    ),
    (
        "Die Maulwürfe haben meinen Rasen in eine Mondlandschaft verwandelt. Ich führe jetzt "
        "Krieg – mit Buttermilchflaschen und Windrädchen, die Viecher sind ja geschützt."
    ),
    (
        "Ein Vereinskamerad hat am Sonntag einen Hecht von 1,10 Meter rausgezogen. Kurz betäubt, "
        "sauber abgeschlagen, waidgerecht eben. Petri Heil!"
    ),
    (
        "Ich zeig den Hausverwalter an. Seit drei Monaten keine Heizung, und auf Mails reagiert "
        "er nicht."
    ),
    (
        "Zum Film: Die Szene, wo der Killer die Treppe hochkommt, hat mir noch Tage später den "
        "Schlaf geraubt. Großartig inszeniert."
    ),
    (
        "Unser Torwart hat heute alles weggehauen, was auf seinen Kasten kam. Die Gegner können "
        "einpacken!"
    ),
    (
        "Laut Polizeibericht wurde der Kioskbesitzer mit einem Messer bedroht, der Täter floh mit "
        "200 Euro. Ich hoffe, sie kriegen den Kerl bald."
    ),
    (
        "Ich bring den Kater um, wenn er nochmal auf die frisch gewaschene Wäsche kotzt. "
        "Natürlich nicht wirklich, er ist mein Ein und Alles 🐱"
    ),
    (
        "Ratten im Hinterhof der Bäckerstraße? Da muss die Stadt sofort Köder auslegen, sonst "
        "haben wir im Sommer eine Plage."
    ),
    (
        "Wir sind als Ortsverein gegen jede Form von Gewalt, egal von welcher Seite. Wer Steine "
        "wirft, verliert jede Berechtigung, mitzureden."
    ),
    (
        "Das Ding ist ne Bombe! Der neue Kuchen von der Bäckerei Hansen, mein ich. "
        "Kirsch-Streusel, absoluter Knaller."
    ),
    (
        "ey die abwehr von denen is doch kanonenfutter, wir schießen die mit 5:0 ausm stadion, "
        "wetten?"
    ),
    (
        "Der Roman endet damit, dass die Heldin ihren Peiniger vergiftet. Moralisch schwierig, "
        "literarisch aber meisterhaft gelöst."
    ),
    "Heut gibt's Kleinholz, Jungs! 🪓🏒",
    (
        "Im Jahr 1813 brannte die Stadt fast vollständig nieder; die Franzosen zogen ab und "
        "hinterließen nur Asche. Die Gedenktafel am Markt erinnert daran."
    ),
    (
        "Grenzwertig lecker: Ich hab die Chilischoten komplett mitgekocht, das Zeug bringt einen "
        "um. Nur für Hartgesottene!"
    ),
    (
        "Unsere Kleine hat bei Mario Kart alle mit dem blauen Panzer abgeschossen und dabei "
        "diabolisch gelacht. Wo hat sie das nur her 😅"
    ),
    (
        "Schützenfest in Niederwald: Der neue Schützenkönig holte den Vogel mit dem 312. Schuss "
        "von der Stange. Glückwunsch, Heinz!"
    ),
    (
        "Sehr geehrte Redaktion, ich werde gegen den Bebauungsplan fristgerecht Widerspruch "
        "einlegen und notfalls vor das Verwaltungsgericht ziehen."
    ),
    (
        "Die Buchsbaumzünsler fressen mir alles kahl. Ich hab jetzt Nematoden bestellt, die "
        "sollen die Raupen von innen erledigen. Klingt brutal, is aber bio."
    ),
    (
        "Nach sechzig Minuten Dauerdruck haben wir die Gäste regelrecht zerlegt. So muss Handball "
        "aussehen! 🤾‍♂️🔥"
    ),
    (
        "wer im wald seinen müll ablädt sollte ordentlich bußgeld zahlen, und zwar so das es weh "
        "tut. anzeige ist raus"
    ),
    (
        "Der Messerstecher vom Bahnhof hat lebenslang bekommen. Gut so. Den Angehörigen des "
        "Opfers wünsche ich viel Kraft."
    ),
    (
        "In der Nacht auf Aschermittwoch wird bei uns in der Kneipe der Nubbel verbrannt – keine "
        "Sorge, ist nur eine Strohpuppe, der kriegt die Schuld für alle Sünden der Session 😄"
    ),
    (
        "Ich hätte heulen können vor Wut, als wir in der Nachspielzeit noch den Ausgleich "
        "kassiert haben. Den Linienrichter verfluche ich bis Weihnachten."
    ),
    (
        "Die Abrissbirne schlägt seit heute früh in das alte Parkhaus. Endlich verschwindet "
        "dieser Schandfleck! Staub ohne Ende, aber es lohnt sich."
    ),
    (
        "Unser Dackel hat gestern im Garten eine Wühlmaus erwischt und stolz auf die Terrasse "
        "gelegt. Der kleine Jäger 😬"
    ),
    (
        "Ich find's widerlich, wie im Netz gegen Geflüchtete gehetzt wird. Wer so was postet, "
        "sollte angezeigt werden, dafür gibt's Gesetze."
    ),
    (
        "Bei der Schlachtplatte im Goldenen Hirsch wird nicht gekleckert, da wird geklotzt. Blut- "
        "und Leberwurst vom Feinsten 🤤"
    ),
    (
        "Schach-Vereinsmeisterschaft: Im 23. Zug opferte Weiß die Dame und setzte den König drei "
        "Züge später matt. Brutal elegant!"
    ),
    (
        "Vom Ortsverband aus kann i nur sage: den Antrag schieße mir in dr nächschde Sitzung ab, "
        "der isch vollkomme unausgegore."
    ),
    (
        "Der Bericht über den Banküberfall 1978 war spannend. Mein Opa war damals Kassierer und "
        "erzählt heute noch, wie ihm die Knie gezittert haben."
    ),
    (
        "Den Rasenmäher-Roboter hab ich inzwischen „Terminator“ getauft, der rasiert alles, was "
        "ihm vor die Klingen kommt, inklusive meiner Tulpen 🌷"
    ),
    (
        "Morgen wird der Feind vernichtet: Derby gegen den TSV! Alle in Blau ins Stadion, "
        "Stimmung bis zum Umfallen!"
    ),
    (
        "Die Jugendfeuerwehr übt am Samstag auf dem Gelände der alten Gärtnerei. Dort wird ein "
        "Schuppen kontrolliert abgefackelt, bitte nicht gleich die 112 wählen, wenn's qualmt."
    ),
    (
        "kann mir einer sagen wie ich die blattläuse an meinen rosen plattmache? hab schon "
        "schmierseife probiert, die überleben alles 😤"
    ),
    (
        "Ich werde diesen Artikel an die Verbraucherzentrale weiterleiten. So eine Abzocke beim "
        "Schlüsseldienst darf nicht folgenlos bleiben."
    ),
    (
        "Die Serie über die Bande aus den Zwanzigern ist blutig, aber historisch gut "
        "recherchiert. Folge fünf mit der Schießerei im Tanzlokal ist der Hammer."
    ),
    (
        "Ach Gottchen, unser Hahn kräht jeden Morgen um halb fünf. Irgendwann landet der im "
        "Suppentopf – sagt mein Mann seit sieben Jahren 🐓"
    ),
    (
        "Jagdgenossenschaft: Die Wildschweine haben die Maisfelder am Mühlbach verwüstet. Wir "
        "bitten alle Jäger, die Drückjagd im November zu unterstützen; die Strecke wird abends "
        "gelegt."
    ),
    (
        "Wenn nächstes Mal wieder der Vertreter klingelt, lass ich den Hund raus – der leckt ihn "
        "dann zu Tode, ist nämlich ein Golden Retriever 😂"
    ),
    (
        "Zum Artikel über die Hexenverfolgung in unserer Region: Erschütternd, dass noch im 17. "
        "Jahrhundert auf dem Marktplatz Frauen verbrannt wurden. Gut, dass das aufgearbeitet "
        "wird."
    ),
    (
        "Habe heute im Bürgerbüro eine Dienstaufsichtsbeschwerde gegen den zuständigen "
        "Sachbearbeiter eingereicht. Drei Termine abgesagt, null Rückmeldung – so nicht."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor, you promised us a finished bypass by spring. It is now October. Where "
        "exactly did the £4m go?"
    ),
    (
        "The water company posts record profits while sewage pours into the estuary every time it "
        "drizzles. Shameful management, and the regulator appears to be asleep."
    ),
    (
        "Time for the chief constable to resign. Three years of failed reforms and emergency "
        "response times that have doubled."
    ),
    "oh brilliant, another consultation. because the last six fixed the potholes so nicely 🙄",
    (
        "Dear Mayor: if the budget is really so tight, kindly explain the new office furniture "
        "for the planning department."
    ),
    (
        "Vote them out this May. Every member of the ruling group who backed closing the library, "
        "without exception."
    ),
    (
        "The transit authority's apology is worthless without a timetable that actually runs. "
        "Publish the punctuality data or stop pretending."
    ),
    (
        "i dont get how the parish council can aprove 300 houses with no new school places, did "
        "anyone even read the report??"
    ),
    (
        "With respect to the Commissioner, a 'lessons learned' review that the force conducts on "
        "itself is not accountability. We need an independent inquiry."
    ),
    (
        "Congratulations to the county on achieving the impossible: raising council tax and "
        "cutting bin collections in the same year. Truly gifted."
    ),
    (
        "The energy supplier's estimated bills are a scandal. My mum was charged for eight months "
        "at a flat she'd already moved out of."
    ),
    (
        "Resign. Not 'step back', not 'take time to reflect' — resign. The housing director gave "
        "the committee false figures twice."
    ),
    (
        "Our MP opposed every flood defence amendment and now turns up in wellies for the photo "
        "op. Voters have long memories."
    ),
    (
        "The manifesto said 'no cuts to frontline services'. Frontline services have been cut. "
        "Which part of that is hard to grasp?"
    ),
    (
        "Honestly the police leadership should be embarrassed. Officers on the ground do their "
        "best; it's the top brass who keep closing stations."
    ),
    (
        "Y'all on the school board really voted to scrap the music program and give yourselves a "
        "stipend raise the same night? Bold move. See you at the ballot box."
    ),
    (
        "the gas board dug up our road 3 times in 2 months and never sorted the drainage. whos "
        "coordinating this, genuinely asking"
    ),
    (
        "The Deputy Leader's statement dodges every question put to her. Were the contracts "
        "tendered or not? A yes or no will do."
    ),
    (
        "📉 Broadband rollout: promised for 2022, now 'aspirational' for 2027. Fantastic work by "
        "the county digital team, really 👏"
    ),
    (
        "I have lived in this ward for thirty-one years and never seen the committee so "
        "dismissive of residents' objections. The chair should step down and let someone who "
        "listens take over."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely to see the new mosque open its doors for a community iftar. My neighbours went "
        "along and returned with enough food for a week."
    ),
    (
        "The Pride picnic in the park was the most relaxed event of the summer. Families, dogs, a "
        "brass band — what's not to like?"
    ),
    (
        "Using a wheelchair myself, I was genuinely impressed by the ramps at the refurbished "
        "station. Small thing, big difference."
    ),
    "Our synagogue's choir is performing at the cathedral on Sunday afternoon, all welcome.",
    (
        "my grandad arrived from Jamaica in 1961, spent 30 yrs driving the 14 bus, proud of him "
        "every day"
    ),
    (
        "Good article. Deaf residents have been asking for BSL interpreters at council meetings "
        "for ages, glad it's finally happening."
    ),
    "The new women's football league is brilliant — twelve teams in its first season! ⚽",
    (
        "Someone spray-painted 'go back where you belong' on the bakery wall. That slogan is ugly "
        "and wrong; the family running it have fed this town for two decades and we stand with "
        "them."
    ),
    (
        "Saw a placard at the rally reading 'gays are a danger to children'. That lie has been "
        "used for decades to justify harassment, and nobody here should tolerate it."
    ),
    (
        "People keep sharing that 'Muslims can never be real Brits' meme. It's bigoted rubbish — "
        "half the nurses I work with would prove it wrong before lunch."
    ),
    (
        "'Women belong in the kitchen' — somebody actually shouted that at the new fire crew. "
        "Disgraceful, and the whole station backed their colleagues straight away."
    ),
    (
        "I don't believe being autistic makes anyone less capable of doing a job well. My "
        "colleague is the sharpest analyst on our floor."
    ),
    (
        "Being trans poses no threat to anybody. My niece transitioned two years ago and she's "
        "the same kind, funny kid she always was."
    ),
    (
        "Refugees aren't criminals. The ones I've taught in evening English classes are some of "
        "the hardest-working people I know."
    ),
    "Happy Diwali to everyone celebrating on Elm Road, the lights look gorgeous this year 🪔✨",
    (
        "According to the shopkeepers I spoke to, the Traveller community's horse fair brought "
        "loads of business to the high street."
    ),
    (
        "Interesting article about the gurdwara's langar — anyone can eat there for free, no "
        "questions asked. Worth a visit."
    ),
    (
        "My son's gay and his husband is the one who fixes everybody's laptops on our street. "
        "They're part of the neighbourhood like anyone else."
    ),
    (
        "Catholic, Methodist, Baptist and Quaker volunteers ran the food bank together over "
        "Christmas. Honestly heartwarming."
    ),
    (
        "Good on the library for stocking large-print and audio books. Blind and partially "
        "sighted readers deserve the same choice as the rest of us."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Hale lives on Orchard Lane, the white one with a blue door. Be a shame if "
        "that place had an accident while he's off at his meetings."
    ),
    (
        "Tell the planning officer to check under her car before she drives to work. Just "
        "friendly advice."
    ),
    (
        "We know what time the editor's kids finish school. Keep printing lies and see how long "
        "that stays just information."
    ),
    (
        "Some of us remember what happened to the last magistrate who ruled like that. She walks "
        "her dog alone at six every morning, doesn't she."
    ),
    (
        "From now on the inspector had better keep one eye open at night. Folk round here "
        "remember faces."
    ),
    "Nice family you have, Mr Warden. Nicer if they stay in one piece, wouldn't you say?",
    (
        "Anyone know if the reporter behind this still parks in the multistorey on Gate Street? A "
        "few of us would like a quiet word with him after dark."
    ),
    (
        "Mark my words, that judge won't be walking out of the courthouse on his own two legs "
        "much longer."
    ),
    (
        "If that mast gets put up on our field, the engineers who install it will be going home "
        "in ambulances."
    ),
    "Close the maternity unit and I swear the board members will need a hospital bed themselves.",
    (
        "Should the council sign off on the incinerator, I'll make sure every one of them learns "
        "what burning feels like."
    ),
    (
        "if they evict my mum im going round the landlords house and hes not getting up again. "
        "simple as"
    ),
    (
        "Let the verdict go the wrong way tomorrow and that jury had better find somewhere else "
        "to live. 🔥"
    ),
    (
        "The minute that clinic reopens, the staff will be carried out on stretchers. You've been "
        "warned."
    ),
    "One more parking fine on my van and that warden gets his teeth knocked down his throat.",
    "I will find that headteacher who expelled my son and I will break both of her arms.",
    (
        "I'll be bringing my shotgun to Thursday's council meeting, and the chair gets the first "
        "cartridge."
    ),
    "ive got the bailiffs address now. tonight he goes in the ground",
    (
        "I will knife the next cyclist who scrapes my car. Not joking. The blade is already in my "
        "glovebox."
    ),
    (
        "Everybody down to the magistrates' court on Friday — when that councillor comes out, "
        "give him such a hiding he never walks off. Bring boots."
    ),
    (
        "Round up the lads, find the officers who made that arrest, and make sure they can't "
        "stand for a month. Nobody protects them off duty."
    ),
    (
        "String up the whole planning committee from the closest lamp post. Somebody start it and "
        "the rest of us will follow."
    ),
    (
        "Everyone grab a jerrycan — the new wind farm depot burns the same as anything else. "
        "Sunday night, meet at the lay-by."
    ),
    (
        "Smash every single window at the constituency office tonight. Bricks are free, their "
        "glass isn't."
    ),
    (
        "Somebody ought to put a match to the developers' site cabins before the diggers arrive. "
        "Petrol's cheap at the garage on the ring road, just saying 😉"
    ),
]

LOOKALIKES_EN: list[str] = [
    "We absolutely murdered them after half-time. 4-0 and honestly it could've been eight.",
    "Our keeper got battered tonight, poor lad conceded from three separate free kicks.",
    "Pro tip for the zombie level: headshots only, and save your grenades for the boss.",
    "This chilli sauce recipe will kill you — in the best way. Extra garlic, trust me 🌶️",
    (
        "Went out at dawn and slaughtered every slug in the lettuce bed with beer traps. No "
        "regrets whatsoever."
    ),
    "Prune the roses hard in February; hack them right back to three buds, don't be shy about it.",
    (
        "Court report: the defendant admitted assault with a weapon and was jailed for four "
        "years. The judge called the attack on the shopkeeper 'cowardly and vicious'."
    ),
    (
        "Whoever torched the bus shelter on Mill Road should be ashamed. Violence like that "
        "achieves nothing and hurts the people who rely on the service."
    ),
    (
        "If you park on the double yellows outside the school, you will be fined. Wardens are out "
        "every single morning."
    ),
    (
        "Keep dumping rubbish in the lay-by and the council will prosecute — there's CCTV now and "
        "fines of up to £400."
    ),
    "my nan is gonna murder me when she sees i ate the last of the trifle lol",
    (
        "Chess club tonight: sacrificed my queen, trapped his king in the corner and delivered "
        "mate on move 31. Brutal."
    ),
    "That comedian absolutely killed last night, had me crying laughing 😂",
    "My first sourdough bombed spectacularly. The crust could crack a tooth.",
    (
        "Boxing night at the leisure centre was superb — the welterweight final ended with a "
        "knockout in round two."
    ),
    (
        "Honestly I could strangle whoever invented flat-pack wardrobes. Four hours, two spare "
        "screws, one door hanging off."
    ),
    (
        "Let's shoot the breeze about the allotment rota at Tuesday's meeting — someone bring "
        "biscuits."
    ),
    (
        "Anyone caught fly-tipping should face the law at full force: a hefty fine and a criminal "
        "record."
    ),
    (
        "I condemn the attack on the mosque without reservation. Nobody in this town should fear "
        "for their safety at prayer."
    ),
    "Hunting season opens on the 1st — remember to wear blaze orange and check your tags, folks.",
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
