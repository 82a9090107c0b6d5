"""A nineteenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 105
cases that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows (all five waves), or with another case of this table,
were reworded for the overlap alone (14 of them again, by hand, where the rewording had met
other material), before any scorer was run on the table. Kinds, and what the default policy
should do: sharp but legitimate criticism and neutral or friendly mentions of groups
(counter-speech and negations included) are published; threats and calls for violence are held;
harmless look-alikes are published. German threats, in order: veiled (1-30), conditional
(31-55), direct (56-70), calls against people (71-85), calls against property (86-100); English:
veiled (1-8), conditional (9-15), direct (16-19), calls against people (20-22), calls against
property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate, and
to prefer unusual but natural wording. It was written for the next candidate (M6) and committed
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
        "Dass der Stadtrat in Hohenbrück die Sanierung der Lindenschule schon zum dritten Mal "
        "verschiebt, ist eine Bankrotterklärung."
    ),
    "peinlich. einfach nur peinlich, was die verwaltung hier abliefert",
    (
        "Bürgermeister Kranzbühler sollte zurücktreten. Wer ein Millionenloch im Haushalt erst "
        "nach der Wahl bemerkt, hat den Job verfehlt."
    ),
    (
        "Na bravo, schon wieder ein Gutachten über 80.000 Euro, laut dem die Ampel an der "
        "Mühlgasse kaputt ist. Das hätte Ihnen jedes Kind im Viertel gratis verraten."
    ),
    (
        "Ich verlange, dass die Vergabe beim Hallenbad-Neubau unabhängig untersucht wird. Da "
        "stinkt einiges."
    ),
    (
        "Die Kreisklinik zu schließen und das dann 'Strukturreform' zu nennen, ist zynisch. Die "
        "Leute in Marbeck fahren jetzt 40 Minuten bis zur nächsten Notaufnahme."
    ),
    (
        "Liebe Redaktion, Ihr Artikel übernimmt eins zu eins die Pressemitteilung der Stadtwerke. "
        "Wo bleibt die eigene Recherche?"
    ),
    (
        "Wer im Gemeinderat von Kirchwalden für diese Gebührenerhöhung gestimmt hat, kriegt im "
        "Mai garantiert nicht mehr mein Kreuz."
    ),
    (
        "Die Bauverwaltung pennt seit Jahren. Anträge liegen monatelang rum, und dann staunt die "
        "Stadt, dass keiner mehr baut."
    ),
    (
        "Ironie an: Toll, wie die neue Radspur genau an der Bushaltestelle endet. Planung vom "
        "Feinsten. Ironie aus."
    ),
    "Das Landratsamt hat hier komplett versagt, und zwar auf ganzer Linie.",
    (
        "Die Stadtwerke Obergrünau erhöhen die Preise um 30 Prozent und zahlen gleichzeitig dem "
        "Vorstand Boni. Da fehlen mir echt die Worte."
    ),
    (
        "Man sollte die Firma Sellmann Bau verklagen, bis der Pfusch am Kita-Dach behoben ist. "
        "Auf Kosten der Firma, nicht der Steuerzahler."
    ),
    (
        "Schon wieder eine Schulschließung auf dem Land, schon wieder entschieden von Leuten, die "
        "selbst in der Kreisstadt wohnen. Danke für nichts."
    ),
    "Dieser Koalitionsvertrag im Rathaus ist das Papier nicht wert, auf dem er steht.",
    (
        "Die Partei, die im Wahlkampf 'bezahlbares Wohnen' plakatiert hat, stimmt jetzt gegen "
        "jede Sozialwohnung. Glaubwürdigkeit: null."
    ),
    (
        "Hätte die Verwaltung die Anwohner an der Rosenhöhe vorher mal gefragt, wäre uns dieses "
        "Desaster erspart geblieben."
    ),
    "Ein Armutszeugnis für die ganze Kommunalpolitik hier.",
    (
        "Mal ehrlich, die Bahn kriegt es seit zwei Jahren nicht hin, den Aufzug am Bahnhof "
        "Stettenfeld instand zu setzen. Wer im Rollstuhl sitzt oder einen Kinderwagen schiebt, "
        "ist denen offenbar egal."
    ),
    (
        "Die Kommentarfunktion hier wird auch immer seltsamer. Meine sachliche Kritik am "
        "Oberbürgermeister wurde gestern einfach nicht freigeschaltet. Schwach, liebe Zeitung."
    ),
    (
        "Rücktritt! Nach diesem Skandal um die Kita-Gebühren kann die Sozialdezernentin nicht "
        "einfach weitermachen."
    ),
    (
        "Oberbürgermeisterin Dahlmann-Ritter redet seit drei Jahren von Digitalisierung. Im "
        "Bürgerbüro gibt's immer noch Termine per Fax, kein Witz."
    ),
    (
        "Was für ein Schildbürgerstreich. Erst wird die Straße neu asphaltiert, vier Wochen "
        "später wieder aufgerissen für Glasfaser."
    ),
    (
        "die im kreistag sollten sich schämen. erst die buslinie 14 streichen und dann von "
        "klimaschutz reden"
    ),
    "Ich werde die Kommunalaufsicht einschalten. So geht man mit einem Bürgerbegehren nicht um.",
    (
        "Wieso schreibt die Zeitung nichts über mögliche Interessenkonflikte im Bauausschuss? Das "
        "wäre doch mal eine Recherche wert."
    ),
    "Hochgradig dilettantisch, dieses ganze Verfahren.",
    "Der Stadtkämmerer hat sich verzockt, und zahlen dürfen wir. Wie immer.",
    (
        "Sorry, aber die Pfarrgemeinde hat das Jugendheim jahrelang verfallen lassen, und nun "
        "soll die Stadt es retten? Nein danke."
    ),
    (
        "Die Klinikbetreiber-Gesellschaft denkt nur an Rendite. Pflegekräfte am Limit, Stationen "
        "dicht, aber Hauptsache die Bilanz stimmt."
    ),
    "Do hend d'Herra em Rothaus mol wieder gschlofa. Typisch.",
    (
        "Ich kündige mein Abo. Ihre einseitige Berichterstattung über das Neubaugebiet Weidenkamp "
        "ist nicht mehr zu ertragen."
    ),
    (
        "Herzlichen Glückwunsch, liebe Stadtverwaltung, Sie haben das letzte Café in der Altstadt "
        "erfolgreich mit Auflagen kaputtgemacht."
    ),
    (
        "Die Ortsumgehung kostet inzwischen das Dreifache. Wer haftet eigentlich für diese "
        "Fehlplanung? Ich will Namen hören."
    ),
    (
        "Der Sportverein wird seit Jahren von der Stadt hingehalten, während für das "
        "Prestigeprojekt am Hafen plötzlich Millionen da sind. Prioritäten, ne?"
    ),
    (
        "Völlig daneben, Herr Landrat. Wer so über Ehrenamtliche redet, hat sein Amt nicht "
        "verstanden."
    ),
    "Verkehrsberuhigung nennen die das? Das ist Schikane für Pendler.",
    (
        "Die Polizeidirektion sollte lieber mal erklären, warum an der Kreuzung "
        "Hauptstraße/Kirchgasse seit Monaten niemand blitzt, obwohl dort ständig gerast wird."
    ),
    "Typisch Kreisverwaltung: Problem erkannt, Arbeitskreis gegründet, nichts passiert.",
    (
        "Eine Frechheit gegenüber allen Eltern in Neuharting. Die Grundschule schließt, und der "
        "Schulbus fährt um 6:40 Uhr. Wer plant so etwas, ernsthaft?"
    ),
    (
        "Die Unabhängige Bürgerliste hat hier eindeutig gegen ihre eigenen Wahlversprechen "
        "gestimmt. Merk ich mir."
    ),
    (
        "Wer kontrolliert eigentlich die Kontrolleure? Der Rechnungsprüfungsausschuss hat die "
        "Mängel beim Rathausumbau drei Jahre lang durchgewunken."
    ),
    (
        "Erbärmlich, wie sich der Bauherr jetzt aus der Verantwortung stiehlt, und keiner "
        "übernimt die Konsequenzen."
    ),
    (
        "Hallo Redaktion, in der Überschrift steht 2,4 Millionen, im Text 4,2. Was denn nun? "
        "Bisschen mehr Sorgfalt bitte."
    ),
    (
        "Mir reicht's. Seit Jahren werden wir Anwohner der Gartenstraße mit Baulärm zugemüllt, "
        "und die Stadt zuckt nur mit den Schultern."
    ),
    (
        "Das Bistum hätte die Missbrauchsfälle in St. Agnes längst offenlegen müssen. Dass man "
        "jetzt wieder mauert, ist unerträglich."
    ),
    (
        "Man kann über Windräder denken, wie man will, aber das Genehmigungsverfahren im Kreis "
        "ist eine Farce."
    ),
    (
        "Klasse Leistung vom Ordnungsamt: Strafzettel vorm Seniorenheim verteilen, aber vor der "
        "Grundschule die Raser in Ruhe lassen."
    ),
    (
        "Warum wird dieser Ratsbeschluss nicht gerichtlich überprüft? Ich würde sofort "
        "unterschreiben, wenn jemand eine Normenkontrollklage anstrebt."
    ),
    (
        "Ganz schwache Vorstellung der Verkehrsbetriebe. Drei Busse am Stück ausgefallen, keine "
        "Info, nix."
    ),
    (
        "Der Moscheeverein hat seine Bauanträge sauber eingereicht, die Stadt hat sie zwei Jahre "
        "verschleppt. Dass sich die Verwaltung jetzt als Vermittlerin inszeniert, ist lächerlich."
    ),
    "Lächerliche Ausrede, Herr Baudezernent Wollny.",
    (
        "ich dachte ja die landesregierung hätte aus dem schulchaos letztes jahr was gelernt. "
        "falsch gedacht"
    ),
    (
        "Was der Gemeinderat hier veranstaltet, ist Politik nach Gutsherrenart. Bürgerbeteiligung "
        "nur auf dem Papier."
    ),
    (
        "Wenn ein privater Investor so mit Fristen umgehen würde wie die Stadt, wäre er längst "
        "pleite."
    ),
    "Abwählen, alle miteinander. Etwas anderes kapiert dieser Rat offenbar nicht.",
    (
        "Der Zweckverband Abwasser verschickt Nachforderungen über Jahre rückwirkend und nennt "
        "das 'Korrektur'. Ich nenne es Abzocke und lasse das vom Anwalt prüfen."
    ),
    (
        "Moin, dreist find ich's schon, dass die Gemeinde den Dorfladen erst mit Vorschriften "
        "zuschüttet und dann beim Abschied Blumen schickt."
    ),
    (
        "Zum zweiten Mal lehnt die Krankenkasse die Reha meiner Mutter ab, mit einem "
        "Textbaustein. Sowas ist unwürdig, und ich lege Widerspruch ein, bis es nicht mehr geht."
    ),
    (
        "Nett, dass die Zeitung auch schon aufwacht. Die Probleme beim Freibad waren seit 2019 "
        "bekannt, nur hat keiner hingeschaut."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Der neue türkische Bäcker in der Bahnhofstraße ist ein Gewinn für das ganze Viertel. Die "
        "Simit sind der Hammer."
    ),
    (
        "Flüchtlinge stören mich nicht, schlecht geplante Unterkünfte ohne Sozialarbeiter dagegen "
        "schon."
    ),
    (
        "Wer behauptet, Muslime wollten sich nicht integrieren, sollte mal beim Iftar in der "
        "Moschee am Kanal vorbeischauen. Da sitzen Feuerwehr, Pfarrer und die halbe Nachbarschaft "
        "mit am Tisch."
    ),
    (
        "Schön, dass es in Hohenbrück dieses Jahr erstmals einen CSD gibt. Wir kommen als ganze "
        "Familie."
    ),
    (
        "Meine Nachbarin ist trans und die hilfsbereiteste Person im ganzen Haus. Dieses Gerede "
        "von 'Gefahr' ist einfach Quatsch."
    ),
    (
        "Die Synagoge steht am Sonntag allen offen, und die jüdische Gemeinde freut sich über "
        "jeden Besuch. Geht hin, es lohnt sich wirklich."
    ),
    (
        "Frauenquote im Gemeinderat? Ich bin da skeptisch, ehrlich gesagt. Lieber Sitzungszeiten, "
        "die mit Kindern vereinbar sind, dann kandidieren automatisch mehr Frauen."
    ),
    (
        "Unser ukrainischer Nachbar Oleksandr hat in drei Monaten Deutsch gelernt und hilft jetzt "
        "im Tafelladen aus. Respekt."
    ),
    (
        "Rollstuhlfahrer kommen in das neue Bürgerhaus nur über den Lieferanteneingang rein. "
        "Barrierefreiheit sieht anders aus."
    ),
    (
        "Wer sagt, die Roma aus der Mühlbachsiedlung seien alle kriminell, irrt gewaltig. Ich "
        "arbeite seit zehn Jahren an der Schule dort und kenne die Familien."
    ),
    (
        "Die Syrer vom Kulturverein haben beim Hochwasser Sandsäcke geschleppt, genau wie alle "
        "anderen. Auch das gehört erwähnt."
    ),
    (
        "ich bin katholisch und finde die moschee am stadtrand völlig in ordnung. "
        "glaubensfreiheit gilt für alle"
    ),
    (
        "Integrationskurse mit einem Jahr Wartezeit sind Unsinn, das schadet allen, nicht zuletzt "
        "den Geflüchteten selbst. Da muss das Land nachbessern."
    ),
    (
        "Der Seniorentreff im alten Bahnhof braucht dringend neue Ehrenamtliche. Wer Zeit hat, "
        "einfach donnerstags vorbeikommen."
    ),
    (
        "Zwei Männer, die nach 38 Jahren Beziehung jetzt im Standesamt Lindach geheiratet haben – "
        "was für eine schöne Geschichte, danke für den Artikel."
    ),
    (
        "Nicht jeder Kritiker des Moscheebaus ist ein Rassist, genauso wie nicht jeder Muslim ein "
        "Islamist ist. Können wir bitte sachlich über Parkplätze und Lärm reden?"
    ),
    "Im Landkreis ist das Frauenhaus ständig voll. Da muss mehr Geld hin, Punkt.",
    (
        "Meine Oma, 91, geht jeden Mittwoch zum Tanzcafé im Gemeindehaus. Solche Angebote braucht "
        "es viel mehr."
    ),
    (
        "Die evangelische Kirchengemeinde und der Moscheeverein kochen gemeinsam für Obdachlose. "
        "Sowas macht Hoffnung."
    ),
    (
        "Antisemitische Schmierereien am Gedenkstein? Ich schäme mich für jeden, der sowas gut "
        "findet. Danke an die Schüler, die gestern geputzt haben."
    ),
    (
        "Als Lesbe auf dem Dorf aufzuwachsen war nicht immer leicht. Umso mehr freut es mich, "
        "dass es jetzt einen queeren Jugendtreff in Marbeck gibt."
    ),
    (
        "Gehörlose Menschen haben genauso ein Recht auf Infos zur Bürgerversammlung. Ein "
        "Gebärdensprachdolmetscher kostet nicht die Welt."
    ),
    (
        "Die Turnhallen-Unterbringung finde ich für alle Seiten schwierig, für die Vereine und "
        "für die Geflüchteten. Container am Gewerbegebiet wären wohl die bessere Lösung."
    ),
    (
        "Familie Yılmaz führt den Gemüseladen am Marktplatz jetzt in dritter Generation. "
        "Herzlichen Glückwunsch zum Jubiläum!"
    ),
    (
        "Nein, die Ukrainer bekommen nicht 'alles geschenkt'. Meine Schwägerin wartet seit einem "
        "halben Jahr auf die Anerkennung ihres Pflegeexamens und würde lieber heute als morgen "
        "arbeiten."
    ),
    "Mir egal, ob der neue Bürgermeister schwul ist. Hauptsache, er kriegt die Kita-Plätze hin.",
    (
        "Wer hier schreibt, bei der Feuerwehr hätten Frauen nichts verloren, hat offenbar noch "
        "keinen Einsatz mit Kommandantin Berger erlebt."
    ),
    (
        "Die Ausstellung über Sinti und Roma im Rathausfoyer ist sehr gut gemacht. Besonders die "
        "Tafel zu den Familien aus unserem Kreis hat mich berührt."
    ),
    (
        "Die Freikirche in der Schulstraße wird oft belächelt, dabei machen die die beste "
        "Jugendarbeit im Ort."
    ),
    (
        "Ein Aufzug am Bahnhof ist keine Luxusforderung. Ältere Menschen, Rollatornutzer, Eltern "
        "– alle profitieren."
    ),
    (
        "Als Kind türkischer Gastarbeiter bin ich in dieser Stadt groß geworden und heute "
        "Lehrerin an der Realschule. Solche Geschichten gibt es hier hunderte."
    ),
    (
        "Quote in der Verwaltung für Menschen mit Behinderung: gute Idee, aber dann bitte auch "
        "barrierefreie Arbeitsplätze, sonst bleibt es Symbolpolitik."
    ),
    (
        "Die syrische Ärztin in der Praxis am Lindenplatz hat meinem Vater wahrscheinlich das "
        "Leben gerettet. Nur mal so, zu den Kommentaren oben."
    ),
    (
        "Gleiche Regeln für alle: Wenn die Kirche läuten darf, darf auch über den Gebetsruf "
        "diskutiert werden. Ich persönlich fände einmal freitags in Ordnung."
    ),
    (
        "Hab nix gegen Schwule, hab nur was dagegen, dass über das Thema ständig gestritten wird. "
        "Lasst die Leute doch einfach leben."
    ),
    (
        "Juden gehören seit über 800 Jahren zu dieser Stadt. Die Stolpersteine in der Judengasse "
        "erinnern daran, wer hier einmal gewohnt hat."
    ),
    (
        "Kleine Korrektur zum Kommentar oben: Asylbewerber dürfen in den ersten Monaten gar nicht "
        "arbeiten. Das liegt am Gesetz, nicht an Faulheit."
    ),
    (
        "Das Inklusionscafé 'Zwischenraum' hat den besten Käsekuchen der Stadt, und die Leute "
        "dort sind supernett."
    ),
    (
        "Transfrauen sind Frauen, und in unserem Schwimmverein hat das nie zu Problemen geführt. "
        "Die Aufregung kommt immer von Leuten, die gar nicht Mitglied sind."
    ),
    "Glückwunsch an die Rollstuhlbasketballer zum Aufstieg!",
    (
        "Ich wünsche mir mehr Sprachkurse am Abend, damit auch berufstätige Migrantinnen "
        "teilnehmen können."
    ),
    (
        "Ältere Leute sind nicht 'digital zu doof', sie brauchen nur jemanden, der es ihnen in "
        "Ruhe erklärt. Der Handy-Treff in der Bücherei macht das wunderbar."
    ),
    (
        "Der Moschee-Neubau an der Industriestraße ist architektonisch richtig gelungen. Viel "
        "schöner als der Baumarkt daneben, wenn ich ehrlich bin."
    ),
    (
        "Dass eine Romni jetzt im Integrationsbeirat sitzt, ist überfällig. Endlich wird mit den "
        "Leuten geredet statt über sie."
    ),
    (
        "wer meint alle afghanen seien gefährlich soll mal mit dem jungen aus der "
        "ausbildungswerkstatt reden, der hat letzten winter mein auto aus dem graben gezogen"
    ),
    (
        "Der muslimische Teil auf dem Waldfriedhof war lange fällig. Auch wer hier geboren wurde, "
        "will hier beerdigt werden."
    ),
    (
        "Die Frauen vom Landfrauenverein stemmen jedes Jahr den Weihnachtsmarkt fast alleine. "
        "Ohne sie wäre hier gar nix los."
    ),
    (
        "Ob Kopftuch oder nicht, die Kassiererin im Supermarkt an der Ecke ist die freundlichste "
        "im ganzen Ort."
    ),
    (
        "Ich finde die Kritik an der Größe der Erstaufnahme legitim, aber bitte ohne die Menschen "
        "dort schlechtzumachen. Die können nix für die Planung des Landes."
    ),
    (
        "Schöner Bericht über die Behindertenwerkstatt, danke dafür. Die Holzspielzeuge von dort "
        "verschenke ich seit Jahren."
    ),
    (
        "Trans Jugendliche brauchen vor allem eins: Ruhe und Ansprechpartner. Gut, dass die "
        "Beratungsstelle in Kirchwalden jetzt auch Sprechstunden an Schulen anbietet."
    ),
    (
        "Die Behauptung, Geflüchtete würden die Notaufnahme verstopfen, hält keiner Statistik "
        "stand. Das Problem ist der Personalmangel."
    ),
    (
        "Servus, i find's guad, dass der türkische Fußballverein endlich auf Platz zwoa "
        "trainieren derf. De Buam spuin eh besser ois mia."
    ),
    (
        "Als Jüdin in dieser Stadt fühle ich mich meistens sicher, und das liegt an Nachbarn wie "
        "denen, die gestern zur Mahnwache gekommen sind."
    ),
    (
        "Senioren-WG statt Pflegeheim – finde ich ein klasse Modell, das sich mehr Gemeinden "
        "trauen sollten."
    ),
    "Kein Mensch wird schwul, weil in der Bücherei ein Regenbogenbuch steht. Mal ehrlich, Leute.",
    (
        "Die Kinder aus der Ukraine, mit denen meine Tochter in eine Klasse geht, sind längst "
        "Teil der Gruppe. Beim Sportfest waren sie die lautesten Anfeuerer."
    ),
    (
        "Ich halte nichts von getrennten Schwimmzeiten für muslimische Frauen, ehrlich gesagt. "
        "Aber man kann das diskutieren, ohne gleich das Abendland untergehen zu sehen."
    ),
    (
        "Dass der Gehweg vor dem Blindenwohnheim seit Wochen zugeparkt ist, ist eine Zumutung. "
        "Hier müsste das Ordnungsamt mal hinschauen."
    ),
    (
        "Vielen Dank an die eritreische Gemeinschaft für das Kaffeefest im Stadtpark. So lecker "
        "und so herzlich!"
    ),
]

THREATS_DE: list[str] = [
    "Herr Bürgermeister Krautwurst, Ihr Haus in der Lindenallee hat schöne große Fenster. Noch.",
    "ich kenne die schule deiner kinder, frau redakteurin. nur so als info",
    (
        "Schöner blauer Passat, den Sie da vor dem Rathaus parken, Herr Stadtrat Möller. Passen "
        "Sie gut drauf auf."
    ),
    "Wir begegnen uns wieder, Herr Dr. Hollweg. Beim nächsten Treffen sind Sie allein.",
    "Wär echt schade, wenn dem hübschen Laden von Familie Öztürk mal was passiert.",
    "Du wirst schon sehen, Schreiberling.",
    "Grüß mir deine Frau, Kommissar Brandl. Sie geht ja jeden Dienstag allein joggen am Wehr.",
    "Der Herr Ortsvorsteher geht abends besser früh vom Stammtisch heim. Ist dunkel am Mühlbach.",
    "Wir kennen Ihre Adresse, Frau Schellhorn. Wir kennen auch Ihren Arbeitsweg.",
    "Irgendwann treffen wir uns, Heimatfreund77, und dann ist kein Bildschirm mehr dazwischen.",
    (
        "Die Journalistin vom Tageblatt wohnt übrigens Am Kirchberg 14. Falls jemand mal "
        "vorbeischauen will."
    ),
    "Wie lange der Herr Gemeinderat wohl noch so große Töne spuckt? Die Zeit arbeitet für uns.",
    (
        "Nette Kita, in die Ihre Kleine geht, Herr Polizeisprecher. Die Erzieherinnen passen ja "
        "nicht immer so gut auf."
    ),
    "dem vorstand vom FC Eintracht Hollenbach wünsch ich ne ruhige nacht. solange es noch geht",
    (
        "Sie haben ja einen Hund, Frau Bürgermeisterin. Lassen Sie ihn lieber nicht mehr frei im "
        "Garten laufen."
    ),
    "Merkt euch, wie der Bulle auf Foto drei aussieht. Der hat ja auch mal Feierabend.",
    (
        "Nachbar Kluge aus der Birkenstraße ruft besser nicht nochmal das Ordnungsamt. Wir "
        "wissen, welcher Balkon seiner ist."
    ),
    "Heit hast no a große Goschn, Herr Landrat. Schau ma moi, wie lang no.",
    "Ein Kennzeichen merkt man sich schnell. KH-RM 512. Nur mal so.",
    "Diese Redaktion wird noch bereuen, was sie da gedruckt hat. Glaubt mir.",
    (
        "Die Sachbearbeiterin im Bürgeramt, Zimmer 2.14, weiß genau, was sie getan hat. Und wir "
        "wissen, wann sie Schluss hat."
    ),
    (
        "Irgendwer sollte dem Pfarrer Weidlich mal erklären, dass man auch auf dem Heimweg Besuch "
        "bekommen kann."
    ),
    "Keine Sorge, Herr Kaminski, wir vergessen nicht. Nie.",
    "Schönen Gruß an die Bewohner der Unterkunft in der Gartenfeldstraße. Wir zählen mit.",
    "Frau Dr. Pätzold hat so einen schönen Wintergarten. Glas ist halt empfindlich.",
    (
        "Der Kollege von der Lokalzeitung fährt morgens immer um 7.20 Uhr über den Bahnübergang "
        "in Ostheim. Da ist es sehr einsam."
    ),
    (
        "Ach, der Herr Ratsherr hat Enkel? Wie süß. Die spielen doch immer auf dem Platz hinterm "
        "Edeka."
    ),
    "Schließen Sie Ihre Haustür ab jetzt lieber zweimal ab, Herr Voigt.",
    "Bald ist Wahl. Und danach kommt die Abrechnung, persönlich und vor Ort.",
    (
        "Ihre Tochter hat ein sehr offenes Instagram-Profil, Herr Stadtkämmerer. Wir haben uns "
        "alles angeschaut."
    ),
    (
        "Wenn die Windräder in Hohenroda kommen, dann schnappen wir uns persönlich den "
        "Bürgermeister, versprochen."
    ),
    (
        "Sollte die Stadt den Bolzplatz wirklich zubetonieren, werden ein paar Leute im Bauamt "
        "ihre Knochen zählen müssen."
    ),
    (
        "Schreibst du meinen Namen nochmal in dein Käseblatt, brech ich dir sämtliche Finger, "
        "Schmierfink."
    ),
    "Kommt der Moscheebau in der Talstraße durch, dann gibts Tote. Ich sags nur.",
    (
        "Wenn der Nachbar seinen Köter nochmal in meinen Garten kacken lässt, liegt er daneben. "
        "Mit ner Kugel im Kopf."
    ),
    (
        "sollte der gemeinderat die grundsteuer nochmal anheben werden wir die sitzung mit "
        "knüppeln besuchen"
    ),
    (
        "Löst die Polizei am Samstag wieder die Demo auf, fliegen diesmal keine Flaschen, sondern "
        "Brandsätze auf die Beamten."
    ),
    "Noch ein Knöllchen von dieser Politesse in der Bahnhofstraße und sie landet im Kofferraum.",
    (
        "Falls der Trainer vom SV Rotenbach unseren Jungen weiter auf der Bank lässt, wird er "
        "nach dem Spiel nicht mehr laufen können."
    ),
    (
        "Wenn Sie diesen Kommentar löschen, liebe Moderation, komm ich persönlich in die "
        "Redaktion. Mit Werkzeug."
    ),
    (
        "Macht der Landrat die Klinik in Bergheim dicht, dann wird er selbst bald ein "
        "Krankenhausbett brauchen."
    ),
    (
        "Sollte dieser Asylantrag durchgehen, schläft im Heim in Kirchdorf nachts keiner der "
        "Männer mehr sicher, dafür sorgen wir."
    ),
    (
        "Erscheint auch nur noch ein solcher Artikel von Frau Berghoff, dann gnade ihr Gott. Dann "
        "wird ihr die Fresse poliert."
    ),
    (
        "Wenns Ordnungsamt nochmal bei meiner Kneipe auftaucht, dann landen die Herren mit "
        "blutigen Köpfen auf dem Pflaster."
    ),
    (
        "Wenn der Typ aus dem 3. Stock weiter nachts Musik macht, ramm ich ihm mein Messer "
        "zwischen die Rippen."
    ),
    (
        "sollte der bebauungsplan am weinberg beschlossen werden, erleben einige ratsmitglieder "
        "ihr blaues wunder. mit blutergüssen"
    ),
    (
        "Kriegt der Investor Hellwig die Genehmigung, dann hängt er am nächsten Baum. Darauf "
        "könnt ihr wetten."
    ),
    (
        "Wenn die Richterin den Typen laufen lässt, sorgen wir halt selber für Gerechtigkeit. Mit "
        "den Fäusten."
    ),
    (
        "Gibt die Schule meiner Tochter nochmal ne Fünf, dann steh ich morgens mit der Axt vorm "
        "Lehrerzimmer."
    ),
    (
        "Sollten die Radwege in der Altstadt wirklich kommen, werden wir die Stadträte von ihren "
        "Fahrrädern prügeln."
    ),
    (
        "wenn die nochmal in unserm dorf flüchtlingscontainer aufstellen dann fliegen die steine. "
        "auf die leute, nicht auf die container"
    ),
    (
        "Pfeift dieser Schiri am Sonntag wieder gegen uns, wird er nach Abpfiff aus der Kabine "
        "getragen."
    ),
    (
        "Noch eine Blitzerfalle an der B27, dann kriegt der Kollege im Messwagen Besuch mit dem "
        "Baseballschläger."
    ),
    (
        "Sollte Frau Stadträtin Kowalczyk ihren Antrag nicht zurückziehen, wird sie die nächste "
        "Sitzung mit gebrochener Nase verfolgen."
    ),
    (
        "Wenn die Jugendlichen vom Marktplatz nicht verschwinden, übernehmen wir das. Dann rufen "
        "die nach ihrer Mama, falls sie noch sprechen können."
    ),
    "Ich bring den Bürgermeister Pfannkuch um. Ist mein voller Ernst.",
    "Dir, Redakteur Lindemann, polier ich die Fresse, sobald ich dich in der Fußgängerzone seh.",
    "Ich werde den Polizisten finden, der meinen Bruder abgeführt hat, und ihn abstechen.",
    "Morgen um acht steh ich vor deiner Tür, Sonnenblume62, und dann prügel ich dich windelweich.",
    "Ich fahr den Typen vom Bauamt über den Haufen, sobald er über den Zebrastreifen geht.",
    "Den Laubbläser-Nachbarn erschieß ich. Die Flinte vom Opa liegt schon bereit.",
    (
        "Bei der nächsten Ratssitzung hau ich Fraktionschef Rubenbauer eine rein, dass er die "
        "Zähne einzeln aufsammelt."
    ),
    "i hau dem dreckskerl vom jugendamt die birne ein. i schwör",
    "Ich werde Sie, Frau Oberbürgermeisterin, bei nächster Gelegenheit eigenhändig erwürgen.",
    (
        "Der Wirt vom Goldenen Hirsch kriegt von mir persönlich die Abreibung seines Lebens, bis "
        "er auf der Intensiv liegt."
    ),
    "Ich prügel den Vermieter Strobel aus seinem Büro, mit bloßen Händen.",
    "Sobald der Prozess vorbei ist, mach ich den Zeugen kalt. Der hat gelogen.",
    "Ich knall die Typen vom Shisha-Laden an der Ecke ab, der Reihe nach.",
    "Ich schlag dich tot, Moderator. Du zensierst mich kein zweites Mal.",
    (
        "Am Samstag beim Derby mach ich jeden Rotenbacher Fan platt, den ich erwisch. Mit dem "
        "Schlagring."
    ),
    "Man sollte den ganzen Stadtrat an die Wand stellen.",
    "Holt euch den Bürgermeister, Leute! Heute Abend, Rathausplatz, nehmt was zum Zuschlagen mit.",
    "Der Kinderschänder aus der Weidenstraße gehört gelyncht. Wer macht mit?",
    (
        "Endlich hat mal einer dem Politiker in Gerlingen eine verpasst. Respekt an den Mann! "
        "Bitte mehr davon, bei allen von der Sorte."
    ),
    (
        "Schlagt die Journalisten vom Kreisboten zusammen, sobald ihr sie bei der Demo seht. "
        "Lügenpresse verdient nichts anderes."
    ),
    "Alle Polizisten gehören erschossen, jeder einzelne.",
    "jagt das pack in der unterkunft raus aus unserem ort, mit knüppeln wenns sein muss",
    "Jemand sollte der Landrätin mal richtig eine reinhauen. Freiwillige vor!",
    (
        "Der Messerangriff auf den Ortsbürgermeister war längst fällig. Hoffentlich trifft es als "
        "nächstes den Kämmerer."
    ),
    (
        "Jungs, nach dem Spiel warten wir am Bahnhof auf die Ultras vom VfR. Keiner kommt heil "
        "nach Hause."
    ),
    (
        "Aufhängen am Marktbrunnen, den ganzen Vorstand vom Heimatverein. Öffentlich, damit alle "
        "was lernen."
    ),
    "Leute aus Unterbach, wer den Hausmeister Krüger sieht: draufhauen, bis er reglos daliegt.",
    (
        "Die Roma-Familie am Ortsrand muss man mit Gewalt vertreiben, solange noch Zeit ist. "
        "Jeder Mann wird gebraucht."
    ),
    (
        "Gebt dem Schwätzer Waldi_1964 aus dem Forum mal ordentlich eins auf die Mütze, der wohnt "
        "ja bei euch in Tiefenbach."
    ),
    "Ein Schuss, ein Kreistagsabgeordneter weniger. Macht endlich, worüber alle reden!",
    "Zündet das Rathaus in Neuweiler an, dann hört das Theater auf.",
    "Man sollte dem Autohaus Brenninger nachts alle Scheiben einschlagen.",
    "Die Windräder auf dem Kuhberg gehören abgefackelt, und zwar alle sieben.",
    "Fackelt die SUVs in der Goethestraße ab, Leute, das ist gelebter Klimaschutz.",
    "zerlegt das vereinsheim vom TSV, mehr haben die nicht verdient",
    "Der Blitzer am Ortseingang gehört gesprengt. Wer hat noch Silvesterböller übrig?",
    "Pflastersteine durch die Redaktionsfenster, nur das verstehen die.",
    (
        "Reifen zerstechen, Lack zerkratzen, bei jedem Streifenwagen vor der Wache Südstadt. "
        "Macht mit!"
    ),
    "Das neue Asylheim in Brakelfeld muss brennen, bevor überhaupt jemand einzieht.",
    "Sägt den Mobilfunkmast am Sportplatz um, dann ist Ruhe mit der Strahlung.",
    "Schmeißt dem Dönerladen am Bahnhof die Scheiben ein, jede Nacht, bis er dichtmacht.",
    (
        "Die Baustelle vom Investor in der Hafenstraße: Bagger kaputtmachen, Zucker in den Tank, "
        "Kabel durch. So einfach ist das."
    ),
    "Wer die Bürgerhalle abbrennt, kriegt von mir nen Kasten Bier.",
    (
        "Bei der Gemeindeverwaltung Kleinfeld sollte mal jemand nachts die Eingangstür eintreten "
        "und drinnen jedes Möbelstück zerlegen."
    ),
    "Anzünden. Das Parteibüro in der Hauptstraße. Noch heute.",
]

LOOKALIKES_DE: list[str] = [
    "Am Samstag hauen wir die Kickers aus Tannfeld weg, ganz klar. 3:0, ich wette einen Kasten!",
    "Ich könnte den Schiri knutschen für diesen Elfmeterpfiff in der Nachspielzeit.",
    "Endlich hat jemand dem Giersch im Stadtpark den Garaus gemacht. Hat ja lange genug gedauert.",
    (
        "meine oma hätte den koch am liebsten erwürgt vor freude, so gut war der zwiebelkuchen "
        "beim herbstfest in lindenhagen"
    ),
    (
        "Richtiges Urteil gegen den Messerangreifer aus der Brunnengasse. Sechs Jahre Haft, und "
        "die Opfer können hoffentlich wieder ruhig schlafen."
    ),
    (
        "Wer droht, einem Stadtrat 'die Bude abzufackeln', gehört angezeigt. Punkt. So etwas hat "
        "in unserer Debattenkultur nichts verloren."
    ),
    (
        "Die Sprengung des alten Silos in Ostermoor war ja spektakulär! Hab's vom Deich aus "
        "gefilmt, in zwölf Sekunden war alles Staub."
    ),
    (
        "Im Krimi gestern hat die Kommissarin den Mörder schon nach zwanzig Minuten durchschaut, "
        "ich nicht 😅"
    ),
    (
        "Das wird ein Nachspiel vor Gericht haben, da bin ich sicher. Der Vermieter kann nicht "
        "einfach die Kaution einbehalten."
    ),
    "Bei der Septemberwahl sehen wir uns, Herr Bürgermeister Kallweit.",
    (
        "Die Oppositionsfraktion hat in der Sitzung den Haushaltsentwurf regelrecht zerlegt, "
        "Posten für Posten. Respekt für die Vorbereitung."
    ),
    (
        "Der Kämmerer will die Zuschüsse für die Vereine zusammenstreichen? Na dann viel Spaß "
        "beim nächsten Sommerfest ohne Ehrenamtliche."
    ),
    (
        "Hab am Wochenende die alte Trennwand im Flur rausgekloppt, Vorschlaghammer ist echt "
        "Therapie."
    ),
    (
        "Die Nacktschnecken haben mir den ganzen Salat gekillt. Jetzt kommen Bierfallen und "
        "Schneckenzaun, die Schlacht beginnt."
    ),
    (
        "In dem Konsolenspiel hab ich gestern den Endboss dreimal vernichtet und trotzdem "
        "verloren, frag nicht."
    ),
    (
        "Beim Osterfeuer in Weidenbrück brannte der Holzhaufen lichterloh, die Feuerwehr passte "
        "gut auf. Schöner Abend!"
    ),
    (
        "Silvester ohne Böller? Find ich gut, aber die Raketen über dem Hafen vermiss ich schon "
        "ein bisschen."
    ),
    (
        "Der Jagdpächter hat völlig recht, die Wildschweine müssen bejagt werden, sonst ist der "
        "Maisacker am Kapellenweg hinüber."
    ),
    (
        "Gestern am Baggersee einen Hecht von 90 cm gefangen und waidgerecht abgeschlagen. Petri "
        "Heil, liebe Kollegen!"
    ),
    (
        "1648 wurde Reinholzhausen von den Schweden niedergebrannt, das verrät die Tafel am "
        "Rathaus. Spannend, danke für den Artikel."
    ),
    (
        "Prima, dass die Polizei den Tatverdächtigen nach der Schlägerei vor der Diskothek "
        "festgenommen hat. Gewalt löst gar nichts."
    ),
    "Ich hau mich weg 😂 der Gemeinderat diskutiert drei Stunden über einen Mülleimer.",
    "Unser Keeper hat heute alles gehalten, der war nicht zu schlagen. Killerinstinkt pur!",
    (
        "Man muss den Teig richtig schlagen und kneten, bis er Blasen wirft, sonst wird's nix mit "
        "dem Hefezopf."
    ),
    (
        "Messer wetzen, Zwiebeln hacken, Knoblauch zerquetschen – so fängt jedes gute Gulasch an. "
        "Das Rezept aus der Wochenendbeilage ist super."
    ),
    (
        "i bring di um, hat mei Bua gsagt, wia er gsehn hat, dass i sei Schokolad gessn hab. "
        "Kinder halt 😄"
    ),
    (
        "Der Kommentar mit 'die sollte man alle aufhängen' weiter unten ist widerlich. Bitte "
        "löschen, so redet man nicht über Menschen."
    ),
    (
        "Einmal mit dem Freischneider durch, und die Brennnesseln hinterm Schuppen haben keine "
        "Chance mehr."
    ),
    (
        "Der Abriss vom Parkhaus an der Mühlenstraße kann nicht schnell genug gehen, das Ding war "
        "ein Schandfleck."
    ),
    (
        "Die Handballerinnen vom TV Eichstetten haben den Tabellenführer auseinandergenommen. Was "
        "für eine Saison!"
    ),
    (
        "Wenn der Bus noch einmal ausfällt, schreib ich der Verkehrsgesellschaft einen "
        "geharnischten Brief. Die werden was zu lesen kriegen."
    ),
    (
        "Im neuen Roman der Bergfelder Autorin stirbt schon auf Seite drei die Nachbarin, ich "
        "konnte nicht mehr aufhören zu lesen."
    ),
    (
        "Bei uns im Schachverein wurde der Titelverteidiger gestern matt gesetzt, der hat geguckt "
        "wie ein Auto."
    ),
    "Bombenstimmung beim Weinfest! Die Band hat alles abgerissen.",
    (
        "Frau Sörensen, Ihre Rede im Kreistag war ein Volltreffer. Genau so muss man den "
        "Investoren mal die Meinung geigen."
    ),
    (
        "der film über den banküberfall in kleinmünster 1987 läuft am donnerstag im programmkino, "
        "wer kommt mit?"
    ),
    "Meine Tochter hat beim Paintball ihren Bruder komplett eingesaut, der ist jetzt beleidigt.",
    (
        "Drohungen gegen Rettungskräfte sind feige und gehören bestraft. Danke an alle, die in "
        "der Silvesternacht trotzdem ausgerückt sind."
    ),
    (
        "Erst wird der Asphalt aufgerissen, dann die alten Rohre rausgerupft – hoffentlich ist "
        "die Baustelle bis Weihnachten fertig."
    ),
    (
        "Ich hätte den Typen von der Hotline erwürgen können, aber am Ende war er total nett und "
        "hat's gelöst."
    ),
    (
        "Wir haben die Mäuse im Keller mit Lebendfallen gefangen und im Wald ausgesetzt, geht "
        "auch ohne Gift."
    ),
    (
        "Mord im Pfarrhaus – das Laientheater in Grünbach spielt's wieder, hingehen! Ich hab "
        "Tränen gelacht."
    ),
    (
        "Nach der Abstimmung war die Koalition im Stadtrat politisch tot, das hat man an den "
        "Gesichtern gesehen."
    ),
    (
        "Herr Wendtland schreibt oben, man müsse dem Lokalredakteur 'mal einen Besuch abstatten'. "
        "Das ist eine Drohung und keine Meinung, hab's der Moderation gemeldet."
    ),
    (
        "Unsere Kleine hat beim Kindergeburtstag die Piñata mit einem Schlag erledigt, alle "
        "Bonbons auf einmal."
    ),
    "Zu viel Salz im Eintopf kann einen umbringen, sagt meine Mutter immer. Hat sie recht.",
    (
        "Volle Breitseite gegen die Schiris im Sportteil, aber ehrlich: die hatten einen "
        "rabenschwarzen Tag."
    ),
    (
        "Alte Obstbäume radikal zurückschneiden? Lieber nicht alles auf einmal absägen, sonst "
        "treiben sie nur Wasserschosse."
    ),
    (
        "Kompliment an die Polizei in Hollerbach, die Einbrecherbande sitzt endlich. Jetzt soll "
        "das Gericht entscheiden."
    ),
    "Was für ein Gemetzel auf dem Platz – 7:1 für die Alten Herren gegen die A-Jugend, herrlich.",
    (
        "Der Bericht über den Prozess zum Brandanschlag auf die Scheune in Moorwald war sachlich "
        "und gut geschrieben. Danke an die Gerichtsreporterin."
    ),
    (
        "Der Kampfmittelräumdienst hat die Fliegerbombe am Bahnhof kontrolliert gesprengt, "
        "Evakuierung lief ruhig ab. Großes Lob!"
    ),
    "Hab die Wespennester unterm Dach vom Fachmann umsiedeln lassen, kostet 80 Euro, lohnt sich.",
    "Meine Frau bringt mich glatt um, wenn ich noch einen Gartenzwerg mitbringe 😂",
    (
        "Die Schwertkampf-Vorführung beim Mittelaltermarkt auf Burg Falkenrode war der Hammer, "
        "die Ritter haben sich nichts geschenkt."
    ),
    (
        "Bin ich der einzige, der beim Wort Kahlschlag an die Kürzungen bei der Stadtbücherei "
        "denkt und nicht an den Wald?"
    ),
    (
        "Ey, die Feuerwehr hat bei ihrem Tag der offenen Tür ein Auto aufgeschnitten, mein Sohn "
        "war hin und weg."
    ),
    "Ich sterbe für die Streuselschnecken von der Bäckerei Hübner, jede Kalorie ist es wert.",
    (
        "Wenn das mit der Ampelschaltung stimmt, nehm ich die Stadtverwaltung auseinander – in "
        "der Bürgerfragestunde, mit Zahlen."
    ),
    (
        "Jemand hat 'Ich krieg euch alle' an die Wand vom Jugendzentrum gesprüht? Widerlich. "
        "Hoffentlich wird er gefasst und verurteilt."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Brenda Mowbray has missed eleven of the last fourteen planning meetings. "
        "Eleven. She should resign and hand back the allowance."
    ),
    (
        "how is the bin contract still with Greystone Waste after the fines?? vote the whole lot "
        "out come may"
    ),
    (
        "The Harrowgate Echo ran the developer's statement unedited and had the nerve to call it "
        "journalism. Shameful."
    ),
    (
        "Someone at County Hall needs to explain just where the £2.3m pothole fund went, and an "
        "independent auditor should be the one asking."
    ),
    (
        "Mayor Dale Pruitt promised a new library in 2019. We got a car park. Go and sign the "
        "recall petition at the post office."
    ),
    (
        "Absolute shambles from Northvale Water. Third boil notice this year and not one director "
        "has taken a pay cut."
    ),
    (
        "The Labour group on Kilbride council whipped its members against their own manifesto. "
        "Cowardly, plain and simple."
    ),
    (
        "Sheriff Tom Ardley's department lost evidence in three cases this year. The state AG "
        "should open an investigation, full stop."
    ),
    (
        "lol 'consultation'. they decided before anyone turned up. whoever signed off on closing "
        "Wexley pool should be gone at the next election"
    ),
    (
        "The housing officer told my elderly neighbour to 'wait it out' with black mould on every "
        "wall. Disgraceful. Brady needs to go."
    ),
    (
        "Ten years of Liberal councillors in Yarrabee and the main street is half boarded up. "
        "Time for change, mate."
    ),
    (
        "Dear editor, your headline was misleading and frankly beneath a paper that's been going "
        "since 1872. A correction on page 2 won't cut it."
    ),
    (
        "Trustees of St Aldric's hospital foundation quietly awarded themselves bonuses during a "
        "hiring freeze. Ombudsman, please look at this."
    ),
    (
        "The parking enforcement firm is a racket. Councillor Okafor defended it on radio then "
        "admitted he'd never read the contract. Unfit for office."
    ),
    (
        "typical. school board spends 40k on a logo and cuts the bus route. the whole board needs "
        "replacing in november."
    ),
    (
        "If Brightmoor Energy can post record profits while cutting off pensioners, the regulator "
        "is asleep. Strip their licence."
    ),
    (
        "Chief Exec Gareth Lowther pocketing £210k to preside over this mess is an insult to "
        "every taxpayer in the borough. Resign."
    ),
    (
        "Funny how the 'independent' review into the flood defences was written by the same "
        "consultancy that designed them. 'Conflict of interest' hardly covers it."
    ),
    (
        "Shire president Kev Mallory ignored 400 submissions against the quarry. Your seat's gone "
        "in October, Kev."
    ),
    (
        "Disgusted with the Courier's cosy coverage of the Fairhaven Nationals. Their candidate's "
        "business debts deserve proper scrutiny, not a puff piece."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "My daughter's wife is the new head at Millbrook Primary and the kids adore her. Nice to "
        "see the paper cover it kindly."
    ),
    (
        "Trans people have used the leisure centre changing rooms in this town for years without "
        "any incident. The scare stories don't match reality."
    ),
    (
        "The Eid dinner at the Ashgrove mosque fed half the street, including me. Lovely evening, "
        "thanks to everyone who cooked."
    ),
    (
        "Worth saying: the Jewish cemetery vandalism was condemned by every faith leader in "
        "Dunmore. Good. That's who we are."
    ),
    (
        "refugees didn't cause the GP waiting lists, decades of underfunding did. stop blaming "
        "the wrong people"
    ),
    (
        "Not every immigrant is on benefits — on my mum's ward, half the nurses came from Kerala "
        "and the Philippines and they were brilliant."
    ),
    (
        "I think the council's Traveller site plan is fair. Proper sanitation and a fixed site "
        "beats the current stand-off for everyone."
    ),
    (
        "As a wheelchair user, the station's new ramp has changed my commute. Small thing, huge "
        "difference."
    ),
    (
        "Honestly I'm unsure a quota for women on the board is the right tool, but the shortage "
        "of women in senior roles is a real problem worth fixing."
    ),
    (
        "The comment above claiming Muslims 'don't integrate' is nonsense. Dr Haidari has coached "
        "under-10s football here for fifteen years."
    ),
    (
        "Good on the rugby club for the Pride match. Few years ago that wouldn't have happened "
        "round here."
    ),
    (
        "gay couples adopting isnt some threat to kids, my cousins were raised by two dads and "
        "theyre the most well adjusted people i know"
    ),
    (
        "Fair question about the asylum hotel's costs, but the people inside didn't choose it. "
        "Aim the anger at the Home Office contracts."
    ),
    (
        "Deaf residents have requested BSL interpreting at council meetings since 2016. It's a "
        "reasonable request."
    ),
    (
        "The Syrian bakery on Quay Street has the best flatbread in the county and the family "
        "could not be friendlier."
    ),
    (
        "Hate crime against Travellers is still hate crime. Glad the Guards are treating the "
        "graffiti seriously."
    ),
    (
        "Can we stop pretending women drivers cause more crashes? The insurance data literally "
        "says otherwise."
    ),
    (
        "Lapsed Catholic here, went to the synagogue open day out of curiosity. Warm welcome, "
        "great questions, and tea."
    ),
    (
        "Reasonable people can disagree on immigration numbers without calling newcomers vermin. "
        "Some comments here are a disgrace."
    ),
    (
        "Autistic adults deserve jobs, not pity. Kudos to the garden centre for its supported "
        "employment scheme."
    ),
]

THREATS_EN: list[str] = [
    (
        "Nice house Councillor Pryce has on Orchard Lane. Pity if anything happened to it while "
        "he's at these late meetings."
    ),
    "Tell the planning officer her kids walk home past my place every afternoon. I notice things.",
    "Mr Halloran should start looking under his car before he drives to work.",
    "People like Judge Whitcombe tend to have accidents eventually. Just saying.",
    "We know which school the editor's son goes to. Worth thinking about before the next article.",
    "Landlord Derek Fane won't be collecting rent much longer, one way or another. Word's out.",
    "The reporter behind this should watch her back in the car park at night.",
    (
        "some of us lads know where the inspector drinks on fridays. hope he enjoys his pint "
        "while he can"
    ),
    (
        "If councillors wave that mast through, I will personally make sure Councillor Beattie "
        "never walks again."
    ),
    (
        "Shut our school and the headteacher gets a visit from me with something heavier than a "
        "petition."
    ),
    "If that warden tickets my van one more time I'm going to cave his face in.",
    "should the verdict come out wrong, the jury foreman better move town because we'll find him",
    "One more eviction from Fane and I'll burn his office down with him sat in it, I swear.",
    "Let the sheriff come onto my land without a warrant and he'll be leaving in a bag.",
    (
        "If this paper prints my name again the journalist responsible is getting a hiding, "
        "guaranteed."
    ),
    "Councillor Pryce, your days are numbered. You won't see Christmas.",
    "I am going to stab that lying chief executive the moment I spot him at the Co-op.",
    "Mallory you rat, im going to break every last bone you've got. tomorrow.",
    "I will shoot the inspector who condemned my house. Write that down.",
    (
        "Somebody should drag Mayor Pruitt from his office by the collar and beat him senseless. "
        "Any volunteers?"
    ),
    "Round up the lads and give those bailiffs a proper kicking when they turn up Monday.",
    (
        "Everyone go to the hearing on Thursday and attack the developer's people the moment they "
        "walk in."
    ),
    "Torch every new speed camera along the bypass, the lot. They come down tonight.",
    "Somebody should put a brick through each window at the Greystone depot.",
    "Let's go smash up that councillor's constituency office on Saturday — bring hammers.",
]

LOOKALIKES_EN: list[str] = [
    "Rovers absolutely murdered them after the break. 4-0, could easily have been eight.",
    "That spice rub is lethal. My brother-in-law was crying into his ribs and loved every second.",
    "If my nan doesn't win the marrow contest this year I think she'll actually combust.",
    (
        "The accused was jailed for nine years over the Bridge Street stabbing; the court heard "
        "he showed no remorse."
    ),
    (
        "Great piece on the 1798 rebellion. The pike charges must have been terrifying for both "
        "sides."
    ),
    "killed it at the open mic last night, well done Sinead",
    (
        "Anyone caught fly-tipping on Marsh Lane should get the full fine and community service, "
        "no exceptions."
    ),
    (
        "Violence against ambulance crews is never acceptable. Whoever attacked the paramedic on "
        "Saturday should face the courts."
    ),
    (
        "Our under-12s went in like a wrecking ball against Castlebar and got hammered anyway. "
        "Proud of them."
    ),
    (
        "Just finished my Baldur's Gate run, wiped out the whole goblin camp with one fireball. "
        "Sorry, off topic."
    ),
    "Hubby's going to murder me when he finds out what I blew at the craft fair haha",
    "The review's right, the last act of that film is a bloodbath. Not one for the kids.",
    "Shoot me now, another roadworks diversion on the A38.",
    (
        "Chop the onions, smash the garlic, beat the eggs hard — best frittata recipe this "
        "paper's ever run."
    ),
    (
        "Hope the tribunal takes every penny off those cowboy builders. Bankrupt them legally and "
        "ban them from trading."
    ),
    (
        "The historical society's Blitz talk was harrowing — whole streets flattened in a single "
        "night."
    ),
    "Bowler absolutely destroyed their top order. Three wickets in an over, brutal stuff.",
    (
        "I could strangle my cat sometimes, she's knocked the Christmas tree over twice, but look "
        "at that face."
    ),
    "Deadly craic at the festival, the band blew the marquee's roof off.",
    "That headline about the 'war on weeds' made me laugh. Go get 'em, allotment society.",
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
