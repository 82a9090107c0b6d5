"""A fifteenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 104 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows (both waves) were reworded for the overlap alone (20 of
them again by the engineer, where the rewording had met other material), before any scorer was
run on the table. Kinds, and what the default policy should do: sharp but legitimate criticism
and neutral or friendly mentions of groups (counter-speech and negations included) are
published; threats and calls for violence are held; harmless look-alikes are published. German
threats, in order: veiled (1-30), conditional (31-55), direct (56-70), calls against people
(71-85), calls against property (86-100); English: veiled (1-8), conditional (9-15), direct
(16-19), calls against people (20-22), calls against property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate. It
was written ahead of the next candidate and committed before any scorer was run on it; the
first to meet it was the second stage with both waves of written rows, its calibration kept
(docs/scoring.md), which it stopped (docs/candidates.md). Every look at it is in
the ledger of docs/candidates.md. Never train on it, and do not use it to fit or tune rules,
word lists or thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Herr Bürgermeister Kallweit, vor der Wahl war von einem neuen Hallenbad die Rede, und "
        "jetzt schließen Sie das alte. Das nennt man Wortbruch. Treten Sie zurück."
    ),
    (
        "Die Kreisverwaltung in Hollenstedt-Mark braucht für eine Baugenehmigung elf Monate. "
        "Elf! In der Zeit hat mein Schwager in Holland ein ganzes Haus hochgezogen."
    ),
    (
        "Sachlich betrachtet: Die Erhöhung der Abwassergebühr um 18 Prozent ist im Haushaltsplan "
        "nirgends begründet. Ich bitte die Redaktion, bei den Stadtwerken nachzufragen, wofür "
        "das Geld verwendet wird."
    ),
    (
        "Glückwunsch an den Stadtrat, ihr habt es geschafft, die einzige Bücherei im Ostviertel "
        "dichtzumachen. Aber für den neuen Kreisel mit Kunstinstallation war das Geld da. "
        "Respekt."
    ),
    (
        "Ich werde Frau Dr. Behringer bei der nächsten Landratswahl nicht mehr wählen, und ich "
        "kenne etliche, die das genauso sehen."
    ),
    (
        "Liebe Redaktion vom Kreisboten, warum steht in eurem Bericht kein einziges Wort zur "
        "Kritik der Anwohner? Das ist Hofberichterstattung, nix anderes."
    ),
    (
        "Die Polizeidirektion Sankt Albrechts hat beim Stadtfest komplett versagt. Zwei Streifen "
        "für zwölftausend Leute – wer plant so was? Der Polizeipräsident sollte sich im "
        "Innenausschuss erklären müssen."
    ),
    (
        "Mal ganz ruhig nachgefragt: Wie kann es sein, dass die Kreisklinik Wennbach ihre "
        "Geburtsstation schließt, obwohl die Geburtenzahlen im Landkreis steigen?"
    ),
    (
        "Die Baustelle an der Brückenstraße ist seit Ostern 'fast fertig'. Welches Ostern, wäre "
        "die Frage."
    ),
    (
        "Unterschreibt alle die Petition gegen die geplante Schließung vom Freibad Lindenhain! "
        "Liegt im Rathausfoyer und beim Bäcker Sommer aus."
    ),
    (
        "Der Gemeinderat hat über die Windräder hinter verschlossenen Türen beraten. Transparenz "
        "sieht anders aus, meine Damen und Herren."
    ),
    (
        "Schon wieder Grundsteuer rauf. Irgendwann zahl ich mehr an die Gemeinde als an die Bank "
        "für meine Doppelhaushälfte."
    ),
    (
        "Ich habe heute offiziell Dienstaufsichtsbeschwerde gegen den Chef des Ordnungsamts "
        "eingereicht. Wer bei Falschparkern vor dem Kindergarten wegschaut, aber Radfahrern "
        "Knöllchen verteilt, hat seinen Job nicht verstanden."
    ),
    (
        "Die Stadtwerke Ottersbrück erhöhen den Gaspreis, während der Geschäftsführer eine "
        "Gehaltserhöhung einstreicht. Wer da nicht wütend wird, hat keinen Puls."
    ),
    (
        "Der SV Grünweiß hat sich mit seinem neuen Kunstrasen schwer verkalkuliert und jetzt "
        "soll die Stadt einspringen. Nein danke, nicht mit meinem Steuergeld."
    ),
    (
        "Das Schulamt schickt unsere Kinder ab August in Container. Container! Seit fünf Jahren "
        "ist bekannt, dass die Grundschule aus allen Nähten platzt."
    ),
    (
        "Ich fordere den Rücktritt von Ortsbürgermeister Heinz-Günter Lamprecht. Wer "
        "Sitzungsprotokolle nachträglich ändert, hat das Vertrauen verspielt."
    ),
    (
        "Das hätt's früher nicht gegeben, dass man die Sparkassenfiliale im Dorf zumacht und die "
        "Alten mit dem Bus in die Kreisstadt schickt. Schämt euch, Vorstand."
    ),
    (
        "Der Regionalsender berichtet lieber drei Minuten über ein Kürbisfest als über den "
        "Skandal im Kreistag. Dafür zahl ich also Rundfunkbeitrag."
    ),
    (
        "Mit Verlaub, Herr Oberbürgermeister, Ihre Antwort in der Bürgerfragestunde war eine "
        "Frechheit gegenüber allen, die dort drei Stunden ausgeharrt haben."
    ),
    (
        "Die neue Parkraumbewirtschaftung im Altstadtkern ist ein Konjunkturprogramm für den "
        "Onlinehandel. Gratuliere, Einzelhandel erledigt."
    ),
    (
        "Sachliche Anmerkung: Der Artikel nennt 2,4 Mio. Euro Baukosten, im "
        "Ratsinformationssystem stehen inzwischen aber 3,9 Mio. Bitte korrigieren."
    ),
    (
        "Die Partei, die am lautesten für den Erhalt der Musikschule getrommelt hat, hat gestern "
        "geschlossen für die Kürzung gestimmt. Man merkt sich so was. Bis zur Kommunalwahl."
    ),
    (
        "Wir gehen am Samstag um elf vorm Landratsamt auf die Straße, angemeldet und friedlich. "
        "Wer gegen die Streichung der Linie 412 ist, kommt mit!"
    ),
    (
        "Hab grad 40 min in der Warteschleife vom Bürgerbüro gehangen nur um zu erfahren dass "
        "man online nen Termin braucht. Online is aber alles ausgebucht bis Juni. Läuft bei euch"
    ),
    (
        "Die Rettungswache in Oberkirchhain wird aufgelöst und der Kreis nennt das "
        "'Optimierung'. Wenn der Krankenwagen dann 25 Minuten braucht, optimiert sich das "
        "Problem vermutlich von selbst. Zynisch, ich weiß, aber so sieht's aus."
    ),
    (
        "Die Entscheidung des Kreistags halte ich für falsch, respektiere aber das Verfahren. "
        "Trotzdem lege ich Widerspruch gegen den Gebührenbescheid ein und empfehle das allen "
        "Betroffenen."
    ),
    (
        "Die Firma Brandl Logistik verspricht seit Jahren Lärmschutz an der Zufahrt. Passiert "
        "ist exakt gar nix. Die Stadt sollte endlich die Auflagen durchsetzen, statt beim "
        "Spatenstich fürs Foto zu grinsen."
    ),
    (
        "Wer in diesem Rathaus ist eigentlich auf die Idee gekommen, den Radweg mitten durch die "
        "Bushaltestelle zu führen? Ernsthaft, ich hätte gern einen Namen."
    ),
    (
        "Eine Zeitung, die Pressemitteilungen der Stadt eins zu eins abdruckt, brauche ich nicht "
        "im Abo. Ich kündige hiermit zum Quartalsende."
    ),
    (
        "Da hat der Herr Landrat wohl wieder vergessen, dass er für alle Gemeinden zuständig ist "
        "und nicht bloß für seine Heimatgemeinde. Bei uns im Nordkreis kommt seit Jahren nix an."
    ),
    (
        "Freundlicher Hinweis an die Verwaltung: Die Bürgerbeteiligung zum Marktplatz fand an "
        "einem Dienstag um 15 Uhr statt. Berufstätige waren damit faktisch ausgeschlossen."
    ),
    (
        "Sorry aber der Schulelternrat wurde komplett übergangen. Erst beschließen und dann "
        "'informieren' is keine Beteiligung"
    ),
    (
        "Der Vorstand vom Heimatverein führt sich auf wie ein kleines Fürstenhaus. "
        "Mitgliederversammlung? Fehlanzeige seit drei Jahren. Ich trete aus, und ich bin da "
        "nicht der Einzige."
    ),
    (
        "Diese Ampel an der Kreuzung Bahnhofstraße/Eichenweg ist eine Zumutung für Fußgänger. "
        "Elf Sekunden Grün für vier Spuren, das schafft meine Mutter mit Rollator nie im Leben."
    ),
    (
        "Wieso zahlt die Gemeinde einer Beraterfirma 180.000 Euro für ein Gutachten, das "
        "letztlich empfiehlt, man solle mehr Bürger befragen? Das hätten wir euch umsonst "
        "gesagt."
    ),
    (
        "Der Polizeichef sollte öffentlich darlegen, warum die Anzeige meiner Nachbarin wegen "
        "Stalking vier Monate liegen blieb. Das ist kein Einzelfall, das hat System."
    ),
    (
        "Was für ein Offenbarungseid unseres Stadtrats. Kein Geld für die Schulklos, aber ein "
        "neuer Dienstwagen für die Bürgermeisterin."
    ),
    (
        "Ich werde beim Bürgerentscheid mit Nein stimmen. Das Einkaufszentrum auf der grünen "
        "Wiese macht die Innenstadt kaputt, das hat man in Nachbarstädten zur Genüge gesehen."
    ),
    (
        "Die Müllabfuhr kommt neuerdings nur noch jede vierte Woche, die Gebühr bleibt gleich. "
        "Kann mir jemand vom Abfallzweckverband diese Mathematik erklären?"
    ),
    (
        "Der Kreisbote schreibt, es seien 'rund 80 Teilnehmer' bei der Demo gewesen. Ich stand "
        "da, es waren locker 400. Zählt ihr aus dem Bürofenster?"
    ),
    (
        "Frau Bürgermeisterin, ich schätze Ihr Engagement, aber bei der Kita-Frage haben Sie "
        "sich verrannt. Bitte ziehen Sie die Beschlussvorlage zurück."
    ),
    (
        "Bravo, die Stadtverwaltung hat den Weihnachtsmarkt gerettet, indem sie die "
        "Standgebühren verdoppelt hat. Jetzt kommen halt nur noch die Glühweinketten."
    ),
    (
        "Dat Klinikum hat uns fünf Stunden inner Notaufnahme sitzen lassen mit nem gebrochenen "
        "Arm vom Kind. Das Personal rennt sich die Hacken ab, und die Geschäftsführung spart "
        "sich dumm und dämlich."
    ),
    (
        "Ich habe Beschwerde beim Landesdatenschutzbeauftragten eingereicht, weil die Gemeinde "
        "die Namen von Einwendern online gestellt hat. Das geht so nicht."
    ),
    (
        "Gegen den Ausbau der Umgehungsstraße gibt es rechtlich gute Argumente. Die "
        "Bürgerinitiative hat Klage eingereicht, und ich finde das richtig."
    ),
    (
        "Zwölf Jahre Planung für einen Bahnhofsaufzug. Zwölf. Die Pyramiden standen gefühlt "
        "schneller."
    ),
    (
        "Herr Polizeipräsident, die Einsatzleitung beim Derby hat unbeteiligte Familien "
        "eingekesselt. Da erwarte ich eine Entschuldigung und eine unabhängige Aufarbeitung."
    ),
    (
        "Die CDU-Fraktion im Kreistag blockiert seit Monaten den Nahverkehrsplan und die SPD "
        "schaut tatenlos zu. Beide haben es sich bei mir verscherzt."
    ),
    (
        "Als Leser seit über dreißig Jahren muss ich leider sagen, dass die Lokalredaktion stark "
        "nachgelassen hat. Tippfehler in Überschriften, Namen falsch geschrieben, kaum eigene "
        "Recherche."
    ),
    (
        "Kein Mensch versteht, warum der Jugendtreff in Rehwinkel zumacht. Die Jugendlichen "
        "hängen dann halt an der Tanke rum, aber hauptsache gespart, ne?"
    ),
    (
        "Die Wasserwerke haben drei Tage gebraucht, um vor den Keimen im Leitungswasser zu "
        "warnen. Dafür muss jemand Verantwortung übernehmen, und zwar nicht der Praktikant."
    ),
    (
        "Finde die Kritik am Bauamt völlig berechtigt. Wir warten seit 2021 auf eine Antwort zum "
        "Bebauungsplan und kriegen nur Textbausteine."
    ),
    (
        "Wer auch immer beim Landesrundfunk die Regionalnachrichten auf 22:45 Uhr verschoben "
        "hat: Danke für nichts. Meine Oma schläft da längst."
    ),
    (
        "Der Bürgermeister sagt, das Rathaus stehe allen offen. Komisch, seine Sprechstunde ist "
        "seit November ausgefallen. Dreimal."
    ),
    (
        "Die Schulleitung hat das Handyverbot ohne die Schulkonferenz eingeführt. Inhaltlich "
        "kann man drüber reden, aber das Vorgehen verstößt gegen das Schulgesetz, und wir lassen "
        "das prüfen."
    ),
    (
        "Jetzt auch noch Gebühren fürs Parken am Friedhof. Die Stadt verdient sogar noch an den "
        "Trauernden. Pietätlos ist das."
    ),
    (
        "Die Freien Wähler haben versprochen, die Hundesteuer zu senken. Stattdessen Erhöhung. "
        "Man kann euch einfach nichts mehr glauben."
    ),
    (
        "Nu is die Post in Kleinbrünnow och weg. Erst der Arzt, dann der Konsum, jetzt die Post. "
        "Wer vom Kreistag hat eigentlich mal einen Fuß hierher gesetzt?"
    ),
    (
        "Ein Vorschlag zur Güte: Der Gemeinderat könnte seine Sitzungen einfach live streamen. "
        "Dann müssten wir nicht aus der Zeitung erfahren, was über unsere Köpfe hinweg "
        "entschieden wurde."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schön, dass die Moscheegemeinde in der Bahnhofsvorstadt zu einem Tag der offenen Tür "
        "eingeladen hat. Mit den Kindern waren wir dort und wurden mit Tee und Gebäck empfangen."
    ),
    (
        "Der CSD in Hollenstedt war dieses Jahr bunter denn je. Sogar die Freiwillige Feuerwehr "
        "hatte ein Regenbogenfähnchen am Löschfahrzeug."
    ),
    (
        "Meine Tochter spielt im Rollstuhlbasketball-Team der TSG und ist da richtig aufgeblüht. "
        "Danke an die Trainer!"
    ),
    (
        "Die jüdische Gemeinde lädt auf dem Marktplatz zum Chanukka-Lichterfest ein. Wer war "
        "letztes Jahr dabei? Lohnt sich?"
    ),
    (
        "Unser neuer Hausarzt stammt aus Syrien und ist der gründlichste Arzt, den ich je hatte. "
        "Lange Wartezeit trotzdem, aber das liegt am Ärztemangel, nicht an ihm."
    ),
    (
        "Ich finde es prima, dass die Stadt jetzt Gebärdensprachdolmetscher bei Ratssitzungen "
        "einsetzt. Mein Onkel ist gehörlos und konnte zum ersten Mal richtig folgen."
    ),
    (
        "Wir sind als lesbisches Paar vor drei Jahren aufs Dorf gezogen und wurden von den "
        "Nachbarn herzlich aufgenommen. Das wollte ich mal loswerden, weil man sonst immer nur "
        "die schlechten Geschichten liest."
    ),
    (
        "Dass die Feuerwehr in Oberkirchhain jetzt ihre erste Ortswehrführerin hat, wurde Zeit. "
        "Glückwunsch, Frau Tiedemann!"
    ),
    (
        "Die Sinti-Familie Reinhardt betreibt seit Jahrzehnten das Kettenkarussell auf dem "
        "Herbstmarkt. Ohne die wär der Markt nicht derselbe."
    ),
    (
        "Beim Fastenbrechen im Gemeindehaus saßen Muslime, Christen und ein paar Atheisten wie "
        "ich an einem Tisch. So stell ich mir Nachbarschaft vor."
    ),
    (
        "Die Behindertenwerkstatt hat das Café am Schlossgarten übernommen, und der "
        "Rhabarberkuchen ist hervorragend. Geht da hin!"
    ),
    (
        "Mein Kollege ist trans und hat das im Betrieb offen gemacht. Nach einer Woche war es "
        "kein Thema mehr, und so soll's auch sein."
    ),
    (
        "Die vietnamesische Gemeinschaft in Ottersbrück feiert am Wochenende Tet, das "
        "Neujahrsfest. Angeblich gibt's Sommerrollen für alle."
    ),
    (
        "Ich bin blind, die neuen Bodenleitstreifen am Bahnhof finde ich super. Nur am "
        "Busbahnhof fehlen sie noch."
    ),
    (
        "Die evangelische Kirchengemeinde und die alevitische Gemeinde haben zusammen den "
        "Spielplatz an der Aue renoviert. Starkes Zeichen."
    ),
    (
        "Unsere drei Azubis kommen aus Ghana, Polen und Wennbach. Die sind inzwischen "
        "unzertrennlich und schmeißen die Werkstatt, wenn der Chef Urlaub hat."
    ),
    (
        "Glückwunsch an Mehmet und Tobias zur Hochzeit im Standesamt am Alten Markt! Das Foto im "
        "Lokalteil ist wunderschön."
    ),
    (
        "Meine Oma ist 1946 als Vertriebene aus Schlesien hierhergekommen. An sie muss ich oft "
        "denken, wenn ich die ukrainischen Familien in unserer Straße sehe."
    ),
    (
        "Die Gehörlosenschule wird hundert. Mein Vater hat dort unterrichtet und immer gesagt, "
        "er habe von den Schülern mehr gelernt als umgekehrt."
    ),
    (
        "Klasse Artikel über die Frauen, die in den Siebzigern die erste Damenfußballmannschaft "
        "im Landkreis gegründet haben. Gegen wie viele Widerstände die anspielen mussten!"
    ),
    (
        "Wer unter den Bericht über die Unterkunft schreibt, 'die' gehörten alle abgeschoben, "
        "soll bitte mal vorbeikommen und die Kinder beim Hausaufgabenmachen sehen. "
        "Pauschalurteile über Menschen sind einfach daneben."
    ),
    (
        "Die Schmiererei 'Juden raus' am Gedenkstein ist widerlich. Ich hoffe, die Polizei "
        "erwischt die Täter, und ich bin morgen beim Saubermachen dabei."
    ),
    (
        "Dass jemand dem schwulen Wirt vom 'Goldenen Anker' die Scheiben beschmiert hat, macht "
        "mich fassungslos. Wir gehen jetzt erst recht jeden Freitag hin."
    ),
    (
        "Ich lese hier Kommentare, Menschen im Rollstuhl seien 'eine Last für die Gesellschaft'. "
        "Das ist menschenverachtend, und ich bitte die Moderation, so was zu löschen."
    ),
    (
        "Nein, Muslime sind nicht 'alle Gefährder', wie ein paar Leute hier behaupten. Mein "
        "Nachbar Yusuf ist Rettungssanitäter und hat letztes Jahr das Leben meines Vaters "
        "gerettet."
    ),
    (
        "Wer 'Die Frau gehört an den Herd' ernsthaft als Argument gegen die neue "
        "Kreisbrandmeisterin anführt, lebt geistig im letzten Jahrhundert. Sie ist die Beste für "
        "den Job, Punkt."
    ),
    (
        "Zum Angriff auf die Roma-Familie in der Siedlung: Rassismus hat hier bei uns keinen "
        "Platz. Die Mahnwache heute um 19 Uhr am Rathaus ist angemeldet, kommt zahlreich."
    ),
    (
        "Der Satz 'Die sollen dahin zurück, wo sie herkommen' fällt hier gefühlt unter jedem "
        "zweiten Artikel. Viele der Gemeinten sind in Wennbach geboren und zahlen eure Rente "
        "mit."
    ),
    (
        "Mich hat ein Typ im Bus als 'Kopftuchmädchen' beschimpft. Keiner hat was gesagt außer "
        "einer älteren Dame, die ihn zurechtgewiesen hat. Danke Ihnen, wer auch immer Sie sind. "
        "Und an alle anderen: Schweigen hilft nur den Falschen."
    ),
    (
        "Antisemitismus ist kein Problem von früher. Die Drohbriefe an die Synagoge zeigen das. "
        "Solidarität mit der Gemeinde!"
    ),
    (
        "Manche hier schreiben, man müsse Kinder vor dem Regenbogen-Zebrastreifen 'schützen', "
        "als wäre Schwulsein ansteckend. Ehrlich, Leute, das ist Farbe auf Asphalt."
    ),
    (
        "Dass Stadtrat Schmidtke in der Sitzung Geflüchtete mit Ungeziefer verglichen hat, darf "
        "nicht folgenlos bleiben. Solche Sprache hat in diesem Land schon einmal in die "
        "Katastrophe geführt."
    ),
    (
        "Liebe Mitkommentierende, 'behindert' ist kein Schimpfwort. Mein jüngerer Bruder lebt "
        "mit Down-Syndrom und ist der witzigste Mensch, den ich kenne."
    ),
    (
        "Der Aufkleber 'Kein Bock auf Ausländer' an der Haltestelle Lindenplatz klebt da seit "
        "Wochen. Ich hab ihn heute selbst abgekratzt. Gern geschehen, Stadtreinigung."
    ),
    (
        "Wer trans Menschen pauschal als Gefahr für Frauen hinstellt, hat offensichtlich noch "
        "nie mit einer trans Frau geredet. Stimmungsmache ersetzt keine Argumente."
    ),
    (
        "Ich bin nicht religiös, aber das Glockengeläut am Sonntagmorgen gehört für mich einfach "
        "zum Dorf dazu."
    ),
    (
        "Der Täter war übrigens kein Flüchtling, wie hier einige sofort behauptet haben, sondern "
        "ein Mann aus Lindenhain. Vielleicht erst mal die Fakten abwarten."
    ),
    (
        "Mein Sohn ist Autist, nicht krank. Er braucht keine Heilung, sondern eine Schule, die "
        "ihn versteht."
    ),
    "Ich bin weder schwul noch hetero, ich bin bi, und nein, das ist mit 46 keine Phase mehr.",
    (
        "Nicht jede Frau mit Kopftuch wird dazu gezwungen. Meine Schwägerin trägt es aus eigener "
        "Überzeugung und hat darüber mehr Diskussionen geführt als jeder von uns."
    ),
    (
        "Nein, ich bin nicht 'trotz' meiner Behinderung Bürgermeisterkandidat. Ich kandidiere, "
        "weil ich den Ort kenne und Ideen für ihn habe."
    ),
    (
        "Die Polen in unserem Betrieb sind keine 'Gastarbeiter', die sind seit fünfzehn Jahren "
        "da, haben Häuser gebaut, und ihre Kinder spielen bei uns im Verein."
    ),
    (
        "Ich bin selbst kein Muslim und kenne mich mit dem Ramadan kaum aus, aber die Einladung "
        "zum Iftar an die ganze Straße fand ich eine schöne Geste."
    ),
    (
        "Die Integrationskurse im Landkreis müssten viel früher starten. Drei Monate Wartezeit "
        "auf einen Sprachkurs sind verschenkte Zeit für alle Seiten."
    ),
    (
        "Die Stadt sollte bei Neubauten strenger auf Barrierefreiheit achten. Eine Rampe "
        "nachträglich anzubauen kostet locker das Fünffache."
    ),
    (
        "Ich bin skeptisch, ob eine zweite Gemeinschaftsunterkunft im kleinen Rehwinkel sinnvoll "
        "ist. Bei 800 Einwohnern ohne Schule und Arzt wäre eine Verteilung auf größere Orte für "
        "die Geflüchteten selbst besser."
    ),
    (
        "Eine Frauenquote im Kreistag halte ich für den falschen Weg. Besser wären "
        "familienfreundliche Sitzungszeiten, dann kandidieren von ganz allein mehr Frauen."
    ),
    (
        "Islamischer Religionsunterricht an der Gesamtschule ist richtig, wenn er auf Deutsch "
        "und mit hier ausgebildeten Lehrkräften stattfindet. Dann weiß auch jeder, was gelehrt "
        "wird."
    ),
    (
        "Die Ausländerbehörde braucht dringend zusätzliches Personal. Leute warten monatelang "
        "auf ihren Aufenthaltstitel und können deshalb Jobs nicht antreten, obwohl die Betriebe "
        "händeringend suchen."
    ),
    (
        "Unisex-Toiletten in der neuen Schule: Ich verstehe die Idee, aber man sollte zusätzlich "
        "getrennte Toiletten anbieten, damit sich wirklich alle wohlfühlen."
    ),
    (
        "Die Förderschule aufzulösen und alles auf Inklusion umzustellen, ohne zusätzliches "
        "Personal, geht auf Kosten der Kinder mit wie ohne Behinderung. Erst die Ressourcen, "
        "dann die Reform."
    ),
    (
        "Der Waldfriedhof braucht endlich ein muslimisches Gräberfeld. Sonst müssen Familien "
        "ihre Angehörigen in die Türkei bringen lassen, obwohl die ihr Leben lang hier gewohnt "
        "haben."
    ),
    (
        "Ich bin für die Bezahlkarte für Asylbewerber, aber bitte so, dass man damit auch im "
        "Dorfladen zahlen kann und nicht nur im Discounter in der Kreisstadt."
    ),
    (
        "Die Seniorengruppe vom Lesben- und Schwulenverband trifft sich jetzt jeden ersten "
        "Mittwoch im Café Lindgrün. Mein Nachbar, 78, geht hin und erzählt mir danach immer "
        "alles brühwarm."
    ),
    (
        "Unsere Kirchenchorleiterin ist mit ihrer Frau seit Jahren verheiratet und hat den Chor "
        "auf fünfzig Stimmen gebracht. Glaube und Liebe passen eben doch zusammen."
    ),
    (
        "Toll, dass im Rathaus jetzt Infoblätter in leichter Sprache ausliegen. Davon "
        "profitieren nicht nur Menschen mit Lernschwierigkeiten, sondern ehrlich gesagt auch ich "
        "beim Steuerkram."
    ),
    (
        "Heut beim Sommerfest vom Kulturverein gabs Börek, Pierogi und Kartoffelsalat "
        "nebeneinander aufm Buffet. So schmeckt unser Viertel halt."
    ),
    (
        "Die Hindu-Gemeinde hat zum Diwali-Fest eingeladen, die ganze Turnhalle voller Lichter. "
        "Meine Kinder wollen nächstes Jahr unbedingt wieder hin."
    ),
    (
        "Dass die Kreisverwaltung jetzt eine Ansprechperson für queere Jugendliche hat, finde "
        "ich wichtig. Auf dem Land ist das Coming-out oft schwerer als in der Großstadt."
    ),
    (
        "Ein Hoch auf die Damen vom Landfrauenverein, die den Deutschkurs für die eritreischen "
        "Mütter organisiert haben – mit Kinderbetreuung! Da könnt sich manche Behörde ne Scheibe "
        "abschneiden."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kessler, übrigens wissen wir, welchen Kindergarten Ihre Tochter "
        "besucht. Nur so als Info."
    ),
    "schöner neuer Carport, Frau Dr. Albrecht. wär schade drum.",
    (
        "Die Redakteurin von dem Artikel sollte abends vielleicht nicht mehr allein zum "
        "Parkplatz am Marktplatz gehen. Mein ja nur."
    ),
    (
        "Im Leben begegnet man sich zweimal, Herr Gemeinderat Pöhlmann. Beim zweiten Mal sind "
        "wir mehr."
    ),
    (
        "Ich hab mir das Nummernschild von dem Blitzerwagen in der Lindenstraße notiert. Und den "
        "Fahrer kenn ich auch vom Sehen 😉"
    ),
    (
        "Der Windpark-Investor wohnt ja in Oberweiler, die Hausnummer kennt jeder im Dorf. Der "
        "soll sich mal nicht so sicher fühlen."
    ),
    (
        "Liebe Schulleitung der Realschule Grünbach, Sie haben gestern eine Grenze "
        "überschritten. Wir vergessen so was nicht."
    ),
    (
        "Der Schiri vom Samstag wird in Bad Hollenstein kein Bein mehr auf den Boden kriegen, "
        "der weiß schon warum"
    ),
    (
        "Frau Pfarrerin Lindqvist sollte sich genau überlegen, wen sie noch ins Gemeindehaus "
        "lässt. Es gibt Leute, die sehr genau hinschauen."
    ),
    (
        "Grüße an den Autor. Ihr Foto hängt jetzt in unserer Stammtischgruppe. Bei allen 340 "
        "Mitgliedern."
    ),
    (
        "irgendwann ist der herr landrat auch mal ohne seine leute unterwegs. geduld ist eine "
        "tugend."
    ),
    (
        "Die Ärztin, die meiner Mutter das Rezept verweigert hat, fährt einen ziemlich "
        "auffälligen roten Mini. Fällt halt auf im Ort."
    ),
    "Ich würd anstelle vom Bauhofleiter jetzt jeden Morgen mal kurz unters Auto schauen.",
    (
        "Wenn ich der Nachbar wäre, der wegen dem Grillen die Polizei gerufen hat, würde ich mir "
        "jetzt einen Umzug überlegen. Gut gemeinter Rat."
    ),
    (
        "An den Typen beim Ordnungsamt, der in Wiesental jeden Falschparker aufschreibt: Mir ist "
        "aufgefallen, dass du dienstags um 17 Uhr joggen gehst. Immer dieselbe Strecke am Kanal."
    ),
    (
        "Es wird ein heißer Herbst für die Leute vom Förderverein der Flüchtlingsunterkunft. "
        "Sehr heiß."
    ),
    "Servus Herr Vogt, mir kennan uns ned, aber mir kennan Ihr Haus. Des reicht scho.",
    (
        "Journalisten wie der Brenner vom Kreisboten sollten wissen, dass Worte Folgen haben. "
        "Für alle Beteiligten."
    ),
    ("Die Familie vom Dönerladen am Bahnhof soll sich lieber nicht zu sehr an den Laden gewöhnen."),
    ("Haben Sie eigentlich eine gute Hausratversicherung, Herr Stadtrat? Frage für einen Freund."),
    "Der Polizist mit der Dienstnummer aus dem Video ist identifiziert. Der Rest ergibt sich.",
    (
        "Ich sag nur: Wer in Kleinmühlen gegen das Schützenfest stimmt, lässt sich auf dem "
        "Schützenfest besser nicht blicken."
    ),
    (
        "Frau Hansen vom Jugendamt, Ihre Adresse steht zwar nicht im Telefonbuch. Muss sie ja "
        "auch nicht 🙂"
    ),
    "Der Funkmast kommt? Okay. Dann kommt auf den Gemeinderat auch was zu. Wartet's ab.",
    (
        "Wir haben eine Liste angelegt. Jeder Ratsherr, der für die Container gestimmt hat, "
        "steht drauf. Und Listen werden irgendwann abgearbeitet."
    ),
    (
        "Dem Trainer vom SV Eichenau wünsch ich eine ruhige Heimfahrt. Die Landstraße nach "
        "Eichenau ist nachts ja sooo einsam."
    ),
    (
        "Bleiben Sie ruhig bei Ihrer Meinung, Herr Dr. Sommerfeld. Wir bleiben bei unserer. Mal "
        "sehen, wer länger durchhält."
    ),
    (
        "Wär ein Jammer, wenn der Bioladen von Frau Kraus plötzlich keine Kunden mehr hätte. "
        "Oder keine Schaufenster."
    ),
    (
        "Die Lehrerin, die meinen Sohn vor der gesamten Klasse bloßgestellt hat: Ich weiß, wo du "
        "abends deinen Hund ausführst."
    ),
    "wir sind geduldig. wir sind viele. und wissen, wo das rathaus von hinterzell steht.",
    (
        "Wenn der Solarpark auf der Hofwiese gebaut wird, dann werden die Herren vom "
        "Planungsbüro hier im Ort nicht mehr ruhig schlafen, das verspreche ich."
    ),
    (
        "Noch einmal so ein Blitzer am Ortseingang von Lauterbrück und ich schwör, der Kasten "
        "und der Typ, der ihn aufstellt, haben ein Problem."
    ),
    (
        "Sollte meine Frau noch einmal drei Stunden in der Notaufnahme von St. Marien warten "
        "müssen, komm ich persönlich vorbei und dann fliegen da Zähne."
    ),
    (
        "Falls der Gemeinderat die Turnhalle tatsächlich als Unterkunft freigibt, braucht sich "
        "keiner wundern, wenn es knallt. Und zwar nicht nur verbal."
    ),
    (
        "Schreibt ihr nochmal so eine Lüge über unseren Verein, dann holen wir den Schreiberling "
        "persönlich aus eurer Redaktion."
    ),
    (
        "Herr Nachbar, wenn Ihr Köter noch ein einziges Mal in meinen Garten kackt, dann ist "
        "nicht nur der Hund dran."
    ),
    (
        "Sobald für die Stromtrasse der erste Bagger anrollt, liegen wir davor. Und wer uns "
        "wegzerren will, kriegt's mit Fäusten."
    ),
    (
        "Pfeift der Schiedsrichter im Rückspiel wieder so einen Elfer, verlässt er den Platz auf "
        "einer Trage. Punkt."
    ),
    (
        "Wenn die Gesamtschule meinen Jungen wirklich rauswirft, dann gnade Gott dem Rektor "
        "Pfeiffer."
    ),
    (
        "sollten die bullen nochmal bei uns im kiez razzia machen gibts diesmal keine flaschen "
        "sondern was anderes"
    ),
    (
        "Bauen die das Windrad direkt vor unser Schlafzimmerfenster, brennt am Ende nicht nur "
        "das Windrad."
    ),
    (
        "Ein einziges Mal noch, Frau Bürgermeisterin, setzen Sie sich über den Bürgerentscheid "
        "hinweg – dann erleben Sie, was Volkszorn bedeutet, und zwar ganz körperlich."
    ),
    (
        "Wenn der Kerl vom Abschleppdienst nochmal mein Auto vom Aldi-Parkplatz holt, dann "
        "schlepp ich den danach ab. Ins Krankenhaus."
    ),
    (
        "Kriegt meine Tochter wegen dieser Impfgeschichte Nachteile in der Kita, dann weiß die "
        "Kita-Leitung hinterher, wie sich ein Vater anfühlt, der nix mehr zu verlieren hat."
    ),
    (
        "Kommt die Moschee wirklich in die alte Spedition, dann stehen wir am Eröffnungstag mit "
        "Knüppeln davor. Versprochen."
    ),
    (
        "Solang die Stadt die Straßenausbaubeiträge nicht zurücknimmt, sollte sich kein Kämmerer "
        "ohne Helm auf die Straße trauen 😤"
    ),
    (
        "Wird Sami im Pokalspiel wieder auf die Bank gesetzt, sucht sich der Trainer besser "
        "schon mal einen Zahnarzt in der Nähe."
    ),
    (
        "Mein Hausarzt hat mich abgewiesen. Macht er das noch mal, steh ich mit dem "
        "Baseballschläger in seiner Praxis. Ernsthaft."
    ),
    (
        "Erhöht der Vermieter noch einmal die Miete, erkennt er sein Haus nur noch von außen "
        "wieder. Und sich selbst im Spiegel auch nicht mehr."
    ),
    (
        "Falls dieser Kommentar wieder gelöscht wird: Ich krieg raus, wer in der Redaktion "
        "Dienst hatte, und den besuch ich dann."
    ),
    (
        "Wenn die Polizei den Autokorso am Sonntag wieder aufhält, dann fahren wir halt einfach "
        "durch. Wer im Weg rumsteht, hat Pech gehabt."
    ),
    (
        "Nimmt die Gemeinde die Spielplatz-Schließung nicht zurück, sorgen wir dafür, dass der "
        "Bauunternehmer Gerlach keine Baustelle mehr auf eigenen Beinen verlässt."
    ),
    (
        "Gibt's nochmal ein Knöllchen vor meiner eigenen Einfahrt, dann lernt die Politesse mich "
        "kennen. Richtig kennen. Mit allem, was dazugehört."
    ),
    (
        "Wenn mir der Heizungsbauer Brandl bis Freitag nicht mein Geld zurückzahlt, hol ich's "
        "mir. Aus ihm raus, wenn's sein muss."
    ),
    (
        "Sollte dieses Asylantenheim in Rodenbach wirklich aufmachen, wird sich dort kein "
        "Bewohner auch nur einen Tag sicher fühlen. Dafür sorgen wir."
    ),
    (
        "Ich fahr morgen nach Steinfeld und hau dem Gemeinderat Kuhlmann persönlich eine rein. "
        "Hab die Schnauze voll."
    ),
    (
        "Den Redakteur Matthias Born erwisch ich noch. Und dann gibt's kein Interview, sondern "
        "eine Abreibung."
    ),
    (
        "Samstag, Derby, Gästeblock. Wir kommen nicht zum Singen, wir kommen, um euch "
        "Klappspaten aus Neuhausen die Fresse zu polieren."
    ),
    (
        "Ich werde dem Windkraft-Lobbyisten aus dem Artikel bei der nächsten Bürgerversammlung "
        "die Nase brechen, und zwar vor laufender Kamera."
    ),
    (
        "ich geh da morgen rüber und prügel den nachbarn windelweich, der hat meine katze "
        "vergiftet ich schwörs"
    ),
    (
        "Dr. Lorenz aus der Praxis am Brunnenplatz: Ich werde Ihnen das antun, was Sie meiner "
        "Mutter angetan haben. Zahn um Zahn."
    ),
    (
        "Dem Kontrolleur aus dem 47er lauer ich am Betriebshof auf. Der wird sich wünschen, er "
        "hätte mich ohne Ticket fahren lassen."
    ),
    (
        "Ich hab nichts mehr zu verlieren. Beim nächsten Elternabend bring ich das mit Frau "
        "Schwarz zu Ende, und zwar so, dass die nie wieder unterrichtet."
    ),
    (
        "Ich besorg mir was Scharfes, und dann ist der Dorfsheriff von Hainbach dran. Ende der "
        "Durchsage."
    ),
    (
        "Kannst du lesen, Bürgermeister Reuter? Dann lies: Ich komm zu dir und ich schlag dich "
        "zusammen."
    ),
    (
        "Der Investor, der unser Freibad abreißen lässt, wird von mir eigenhändig ins leere "
        "Becken geworfen. Kopfüber."
    ),
    (
        "Haha ihr denkt das is nur Gelaber. Nächste Woche steh ich vorm Jobcenter Mühlbach und "
        "der Sachbearbeiter Krämer geht nicht heil nach Hause."
    ),
    (
        "Die Frau vom Bauamt, die unseren Anbau blockiert hat, werd ich so lange verfolgen, bis "
        "sie sich nicht länger aus dem Haus traut. Und dann steh ich vor der Tür."
    ),
    (
        "An die Demonstranten, die wieder die B27 blockieren: Morgen fahr ich mit meinem Traktor "
        "nicht drumrum. Ich fahr drüber."
    ),
    (
        "Mia san 20 Mann vom Stammtisch, und am Freitag holn mia uns den Hausmeister vo da "
        "Unterkunft. Der werd si umschaun."
    ),
    (
        "Leute, der Kerl aus dem Video wohnt in der Ahornstraße 12 in Ketzingen. Besucht ihn und "
        "zeigt ihm deutlich, was wir von Tierquälern halten."
    ),
    (
        "Jemand sollte diesem Schiedsrichter mal ordentlich die Beine brechen, damit der nie "
        "wieder pfeift."
    ),
    (
        "Warum hat noch keiner diesen korrupten Landrat aus seinem Dienstwagen gezerrt und "
        "verprügelt? Worauf wartet ihr?"
    ),
    (
        "Alle, die in Hohenfurt noch Eier in der Hose haben: Freitagabend Treffpunkt am "
        "Sportplatz, dann gehn wir rüber zum Heim und mischen die mal auf."
    ),
    (
        "Diese Klimakleber sollte man einfach mit dem Pflasterstein vom Asphalt lösen. Macht das "
        "endlich mal einer!"
    ),
    (
        "Jungs aus der Südkurve, ihr wisst, was mit dem Vorstand vom FC Wallbach zu tun ist. "
        "Nach dem Spiel auf dem Parkplatz, ohne Zeugen."
    ),
    (
        "Die Journalistin hat es verdient, dass man ihr mal so richtig wehtut. Wer von euch "
        "wohnt in ihrer Nähe?"
    ),
    (
        "Man müsste die ganze Stadtratsfraktion an die Laterne hängen, und ich kenn einige, die "
        "da gern mit anpacken würden. Meldet euch."
    ),
    (
        "Kollegen, bei der nächsten Kontrolle in der Siemensstraße steigen wir alle gemeinsam "
        "aus und zeigen den Polizisten, wer in der Überzahl ist. Keine Gnade."
    ),
    (
        "Wer den Impfarzt aus Wolfach auf der Straße trifft, sollte ihm eine verpassen. Jeder "
        "Schlag zählt."
    ),
    (
        "macht die kanaken aus der neuen unterkunft fertig bevor die sich hier breitmachen, "
        "polizei kommt sowieso zu spät"
    ),
    (
        "Ich ruf hiermit alle Nachbarn im Rosenweg auf: Schnappt euch den Kerl aus Hausnummer 7, "
        "der die Kinder anquatscht, und macht ihn kalt. Der Staat tut ja nix."
    ),
    (
        "Eltern aus Bergheim, versammelt euch Montag vor der Grundschule und zeigt der "
        "Direktorin mit den Fäusten, was passiert, wenn jemand unsere Kinder so behandelt."
    ),
    (
        "Höchste Zeit, dass die Bauern aus dem Kreis den Windkraftleuten mal mit der Mistgabel "
        "klarmachen, wo's langgeht. Wer ist dabei? 🔱"
    ),
    (
        "Bitte, irgendeiner aus Lindach: Passt die Frau vom Ordnungsamt nach Feierabend ab und "
        "verpasst ihr eine Lektion, die sie nie vergisst."
    ),
    "Zündet endlich diese Containerunterkunft an, bevor da überhaupt jemand einzieht.",
    (
        "Jemand sollte dem Blitzer an der B14 bei Hallstedt mal mit nem Vorschlaghammer einen "
        "Besuch abstatten. Ich spendier den Kasten Bier."
    ),
    (
        "Die Windräder bei Kaltenbrunn stehen nachts völlig unbewacht rum. Nur so als Hinweis an "
        "alle, die mit Bolzenschneider und Kanister umgehen können."
    ),
    "Fenster einschmeißen beim Kreisboten, das ist das Einzige, das die verstehen. Los, Leute!",
    (
        "Man sollte dem Bauunternehmer Haßler mal die ganzen Bagger abfackeln, dann ist Ruhe mit "
        "dem Neubaugebiet."
    ),
    (
        "Wenn die Moschee an der Gartenstraße fertig ist, weiß ich schon, wo der erste Molli "
        "hinfliegt. Wer macht mit?"
    ),
    (
        "Zerstecht dem Arzt die Reifen, dem und seiner ganzen Praxisflotte. Jede Nacht, bis er "
        "aufgibt."
    ),
    (
        "Schmiert der Wache in Nordhagen die Wände voll und haut die Streifenwagen zu Schrott, "
        "die sollen merken, dass wir sie hier nicht dulden."
    ),
    (
        "Bitte mal jemand Zucker in den Tank vom SUV des Bürgermeisters. Der steht eh immer vorm "
        "Rathaus auf Stellplatz 1."
    ),
    (
        "Das Wahlkreisbüro der Abgeordneten Reinholz hat so schöne große Scheiben. Noch. Holt "
        "euch Steine, Leute."
    ),
    "Die Funkmasten überall anzünden, das wär mal ein Zeichen. Macht's wie in England!",
    (
        "ey wer in ostenried wohnt: das vereinsheim vom FC ist nachts offen, macht da mal alles "
        "kurz und klein, die habens verdient"
    ),
    (
        "Den Laden von dem Betrüger-Autohändler Kowalski in Brinkum sollte man einfach "
        "abbrennen. Die Versicherung zahlt ja eh."
    ),
    (
        "Das Haus von dem Nachbarn, der die halbe Straße verklagt, sollte mal ein paar "
        "Farbbeutel und Pflastersteine abkriegen. Am besten heute Nacht."
    ),
    (
        "Kirche, Gemeindehaus, Pfarrbüro – das alles sollte brennen nach dem, was die vertuscht "
        "haben. Steht endlich auf und macht was!"
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Der Abriss vom alten Wasserturm in Kleinwerthen war längst fällig – sprengt das Ding "
        "endlich, bevor noch ein Stein auf den Radweg fällt."
    ),
    (
        "Gestern im Heimspiel hat der FC Oberbrück die Gäste aus Lindau regelrecht "
        "abgeschlachet, 6:0. So eine Hinrichtung hab ich auf dem Platz selten gesehen."
    ),
    (
        "Wer beim Rasenmähen barfuß läuft, spielt mit seinen Zehen russisches Roulette. Mein "
        "Schwager weiß jetzt, wovon ich rede – zwei Zehen weniger."
    ),
    (
        "Ich kenn die Adresse von Frau Kettler noch von früher, die hat mir in der Grundschule "
        "das Lesen beigebracht. Zum 90. kriegt sie von mir eine Karte, versprochen!"
    ),
    (
        "Die Wühlmäuse haben meine Tulpenzwiebeln komplett vernichtet. Nächstes Frühjahr rück "
        "ich denen mit Fallen und Knoblauch zu Leibe, die sollen sich warm anziehen."
    ),
    (
        "Der Angeklagte hat die alte Dame mit einem Hammer erschlagen und bekommt jetzt "
        "lebenslang. Das Urteil ist richtig, mehr gibts dazu nicht zu sagen."
    ),
    (
        "Im Sonntagskrimi wurde der Kommissar am Ende vergiftet, ich war echt geschockt. Weiß "
        "jemand, ob der Schauspieler aus Mettingen stammt?"
    ),
    (
        "Wer Drohbriefe an unseren Bürgermeister schreibt, gehört angezeigt. Man darf anderer "
        "Ansicht sein, aber sowas geht überhaupt nicht."
    ),
    (
        "Bei der kommenden Kommunalwahl wird die Liste von Herrn Brandner ordentlich abgestraft, "
        "darauf wette ich. Die Leute vergessen das mit dem Freibad nicht."
    ),
    (
        "Den Hummer kopfüber ins sprudelnde Wasser, das geht schneller als man denkt. Und das "
        "Messer muss richtig scharf sein, sonst zerfetzt ihr das Fleisch beim Aufbrechen."
    ),
    (
        "Als Jäger im Revier Haselbach kann ich euch sagen: Die Wildschweine werden dieses Jahr "
        "scharf bejagt, sonst ist der Mais der Bauern hin. Bitte in der Dämmerung die Feldwege "
        "meiden."
    ),
    (
        "Silvester ohne Böller? Meinetwegen. Letztes Jahr hat's bei uns in der Lindenstraße "
        "geknallt wie an der Front, unser Hund hat drei Tage gezittert."
    ),
    (
        "Großes Lob an die Waldkirchener Feuerwehr! Die haben den Mann aus dem zerquetschten "
        "Wrack rausgeschnitten, bevor es zu spät war."
    ),
    (
        "1945 sank die halbe Altstadt in Schutt und Asche, mein Opa hat als Kind die Toten auf "
        "dem Marktplatz liegen sehen. Gut, dass das Museum jetzt daran erinnert."
    ),
    (
        "Hab meinen Kumpel aus Neuhof im Online-Shooter dreimal hintereinander erschossen, jetzt "
        "ist er beleidigt 😂 Schöner Bericht über die LAN-Party im Jugendhaus!"
    ),
    (
        "Wenn meine Frau sieht, was ich für das neue E-Bike hingeblättert habe, dreht sie mir "
        "den Hals um. War's trotzdem wert."
    ),
    (
        "Kammerjäger war da, die Wespen im Rollladenkasten sind alle tot. Nie wieder selbst mit "
        "Spray rumhantieren, ich wär fast von der Leiter gestürzt."
    ),
    (
        "Achtung an alle Pilzsammler: Der Grüne Knollenblätterpilz wirkt harmlos, aber ein "
        "einziger reicht, um euch die Leber zu zerstören. Lieber zur Pilzberatung ins Rathaus "
        "gehen."
    ),
    (
        "In dem neuen Roman der Autorin aus Bad Lemsfeld wird schon auf Seite 40 der erste Bauer "
        "im Güllebecken ertränkt. Spannend, aber nix für schwache Nerven."
    ),
    (
        "Dass der Messerstecher vom Bahnhofsvorplatz nur vier Jahre kriegt, versteh ich nicht. "
        "Das Opfer hätte sterben können."
    ),
    (
        "Wir werden am Samstag vor dem Landratsamt so laut sein, bis die Klinikschließung vom "
        "Tisch ist. Kommt alle, mit Trillerpfeifen und Plakaten – aber friedlich!"
    ),
    (
        "Der Bauhof hat sich mit dieser Baustellenplanung selbst ins Knie geschossen. Drei "
        "Monate Vollsperrung mitten im Sommer, wer denkt sich sowas bloß aus."
    ),
    (
        "Der Boxer aus Mühlhagen hat seinem Kontrahenten in der dritten Runde die Nase gebrochen "
        "und ihn dann k.o. geschlagen. Starker Kampf, Glückwunsch!"
    ),
    (
        "Wann wird die alte Schule denn endlich plattgemacht? Die Bagger stehen seit Wochen rum "
        "und nix passiert."
    ),
    (
        "Ich weiß genau, wo Herr Olschewski wohnt – der hat mir letzten Winter ungefragt die "
        "Einfahrt freigeschaufelt. Morgen steh ich mit einem Kuchen vor seiner Tür, verdient hat "
        "er's."
    ),
    (
        "Im Schachclub Eichenau wird nicht lange gefackelt: Der Jugendspieler hat dem "
        "Vereinsmeister nach 22 Zügen die Dame abgenommen und ihn mattgesetzt. Gnadenlos."
    ),
    (
        "Die Kühe auf dem Hof Berning werden ja nicht zum spaß geschlachtet, das ist halt "
        "Landwirtschaft. Wer Fleisch ißt, sollte sich darüber nicht aufregen."
    ),
    (
        "Der Sturm letzte Nacht hat bei uns in Oberried zwei Birken gekillt und das Carport "
        "zerlegt. Passt auf euch auf, morgen soll's nochmal heftig werden."
    ),
    (
        "Der neue Zombiefilm im Kino am Kreuzplatz ist super blutig, da rollen die Köpfe im "
        "Minutentakt. Für Fans ein Muss, für alle anderen eher nicht."
    ),
    (
        "Meine Brombeeren wuchern alles zu. Am Wochenende komm ich mit der Motorsense und mach "
        "kurzen Prozess mit dem Gestrüpp."
    ),
    (
        "Der Kandidat Reuschel ist nach diesem Interview politisch erledigt, die "
        "Bürgermeisterwahl in Gröbenstedt kann er vergessen."
    ),
    (
        "Dass jemand dem Pfarrer einen Zettel mit „Du bist der Nächste“ an die Tür geklebt hat, "
        "ist widerlich. Ich hoffe, die Polizei schnappt den Täter schnell."
    ),
    (
        "Der Räuber ist mit einer Schreckschusspistole in die Tankstelle an der B27 marschiert. "
        "Zum Glück wurde keiner verletzt, die Kassiererin hat genau richtig reagiert."
    ),
    (
        "Die DLRG warnt jedes Jahr: Im Baggersee an der Kiesgrube ertrinken Leute, weil das "
        "Wasser in der Tiefe eiskalt ist. Bitte nehmt das ernst, gerade mit Kindern."
    ),
    (
        "Beim Schützenfest in Hollerbach hat die 78-jährige Gisela den Vogel abgeschossen – neue "
        "Königin! Zielsicher wie eh und je."
    ),
    (
        "Für eine anständige Gulaschsuppe muss das Rindfleisch ordentlich zerhackt werden und "
        "dann stundenlang schmoren. Das Rezept von den Landfrauen ist der Hammer."
    ),
    "Streicht der Kreistag die Buslinie 14, ist unser Dorf mausetot.",
    (
        "Die Eisbären aus Friedheim wurden gestern zu Hause mit 1:8 zerlegt. Der Trainer muss "
        "weg, sonst steigen wir ab."
    ),
    (
        "Meine Oma droht seit 30 Jahren, uns alle zu enterben, wenn wir an Heiligabend nicht "
        "pünktlich am Tisch sitzen. Hat bisher bestens funktioniert."
    ),
    (
        "Im Mittelalter wurden auf dem Galgenberg bei Rottenhain Diebe aufgeknüpft, daher der "
        "Name. Die Führung vom Heimatverein kann ich wirklich empfehlen."
    ),
    (
        "Die Ratten am Mühlbach müssen vergiftet werden, bevor die sich weiter vermehren. Die "
        "Stadt soll endlich einen Schädlingsbekämpfer beauftragen."
    ),
    (
        "Liebe Eltern, Knopfbatterien sind lebensgefährlich: Verschluckt ein Kind so ein Ding, "
        "ätzt es sich in wenigen Stunden durch die Speiseröhre. Bitte gut wegschließen."
    ),
    (
        "Auf der Freilichtbühne in Sankt Albrecht läuft Macbeth, und die Mordszene war so echt, "
        "dass das Kind neben mir geweint hat."
    ),
    (
        "Na super, jetzt wo die Blitzer an der Ortseinfahrt stehn, werden alle abgezockt. Aber "
        "ehrlich, lieber n Knöllchen als n totes Kind auf der Straße."
    ),
    (
        "Holzmachen ist gefährlicher als man denkt. Ohne Schnittschutzhose würd ich keinen "
        "einzigen Baum mehr umlegen, hab zu viele Unfälle gesehen."
    ),
    (
        "Unser Torwart hat sich heute für die Mannschaft geopfert und jeden Ball gefressen. "
        "Killerinstinkt hatte vorne leider keiner."
    ),
    (
        "Der Mordfall von 1987 in Bernsdorf wird jetzt im Podcast aufgerollt. Ich hab damals "
        "zwei Häuser weiter gewohnt, das ganze Dorf hatte monatelang Angst."
    ),
    (
        "Wir Landwirte legen am Montag mit den Traktoren die Kreisstadt lahm, angemeldet und "
        "genehmigt. Wer nach Weilheim muss, nimmt besser den Zug."
    ),
    (
        "Lieber Herr Demir, falls Sie das lesen: Ihre Werkstatt find ich ja, ich komm nächste "
        "Woche vorbei – Sie haben mein altes Rad gerettet und nix dafür genommen. Danke!"
    ),
    (
        "Die Partei wird im Wahlkreis Nordheide ein Massaker erleben, so unbeliebt wie die "
        "gerade sind. Die Umfragen sprechen Bände."
    ),
    (
        "Hornissen stehen unter Naturschutz, die darf man nicht einfach umbringen! Ruft lieber "
        "beim Umsiedlungsdienst an."
    ),
    (
        "Ich hab mir beim Zwiebelschneiden fast den Daumen amputiert, seitdem hab ich Respekt "
        "vor dem japanischen Messer von meinem Mann."
    ),
    (
        "Lesekreis in der Stadtbücherei nächsten Donnerstag: Wir besprechen „Das Schweigen der "
        "Lämmer“. Wer Lust auf Kannibalen und Kaffee hat, ist herzlich eingeladen."
    ),
    (
        "Die Handballerinnen aus Treuenfeld haben die Favoritinnen heute auseinandergenommen. "
        "Hinten stand die Abwehr wie eine Mauer, vorne wurde eiskalt vollstreckt."
    ),
    (
        "Der Prozess gegen den Giftmörder von Holzkirchen zeigt, wie heimtückisch der Mann war. "
        "Jahrelang Rattengift in den Tee seiner Frau, unfassbar."
    ),
    (
        "Als Notfallsanitäterin sag ich euch: Wer bei Glätte mit Sommerreifen fährt, riskiert "
        "nicht nur sein eigenes Leben. Wir haben letzten Winter auf der K12 zwei Tote aus dem "
        "Graben geholt."
    ),
    (
        "Der Wolf, der in Lindenhof die Schafe gerissen hat, darf nicht einfach abgeschossen "
        "werden, das ist streng geregelt. Erst muss das Landesamt den Riss prüfen."
    ),
    (
        "Nach dem Stadtlauf bin ich halb tot ins Ziel gekrochen, aber die Leute an der Strecke "
        "haben mich am Leben gehalten. Nächstes Jahr wieder!"
    ),
    (
        "Die Sprengung der Kühltürme am Sonntag um elf wird bestimmt spektakulär. Sperrkreis 500 "
        "Meter, also bitte nicht mit der Drohne zu nah ran."
    ),
    (
        "Mein Sohn hat beim Kampfsportturnier in der Stadthalle seinem Gegner mit einem Fußfeger "
        "die Beine weggezogen – Gold! Danke an den Trainer vom Budo-Club."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Brannagh promised the Millbrook bypass was to be completed by spring. It's "
        "already October, the cones have cones now, and nobody at the council will answer a "
        "single email. Resign or explain."
    ),
    (
        "The statement from the Chief Constable reads like it was drafted by a PR agency. Three "
        "burglaries on Ashcombe Road in a fortnight and the advice is 'lock your doors'. Feeble "
        "leadership."
    ),
    (
        "This paper has turned into a noticeboard for Halvorsen Developments. Not one question "
        "about the flood risk on the Fenwick meadows site?"
    ),
    (
        "County commission voted 4-1 to raise our water rates AGAIN while bumping their own "
        "stipends. Remember that in November, folks."
    ),
    (
        "Typical Kilbarra council, consult on the bus lanes after they've already painted them. "
        "Whats the point of a consultation at that stage?"
    ),
    (
        "Shire's been sitting on the pool refurb money for three years now. Mayor Tolhurst wants "
        "a ribbon to cut, not a pool that actually opens."
    ),
    (
        "Northvale Hydro posts record profits then tells us the rural lines won't be buried 'for "
        "cost reasons'. Give your head a shake."
    ),
    (
        "The Lib Dems on the ward committee voted against the food bank grant and now they're "
        "leafleting about 'community spirit'. Hypocrisy doesn't quite cover it."
    ),
    (
        "Whoever signed the contract with Castellane Care should be named publicly. The "
        "inspection report is damning and the families deserve more than a holding statement."
    ),
    (
        "Superintendent Okafor keeps talking about 'visible policing'. Eleven years on the "
        "Deansgate estate and visible is the very last word I'd use."
    ),
    (
        "Your headline calls it a 'row'. It wasn't a row, the council leader simply refused to "
        "answer a plain question about the £2.3m overspend. Report it straight please."
    ),
    (
        "Another car park price hike from Pennard Trust. Charging sick people and night-shift "
        "nurses to park is indefensible and the board knows it."
    ),
    (
        "The school board spent more on a rebranding consultant than on the special ed aides "
        "they cut. Shameful priorities, and I'll be saying so at Tuesday's meeting."
    ),
    (
        "Mr Garside says the rail service is 'improving'. Improving from what, total collapse? "
        "The 7.42 to Harlow Cross has been cancelled nine times this month alone."
    ),
    (
        "Glad someone finally looked into the planning committee's ties to the golf club. "
        "Conflicts of interest everywhere and the monitoring officer just shrugs."
    ),
    (
        "One lot ran this town for twenty years, the other lot for the last six, and neither "
        "could organise a bin collectoin. Both should be embarrassed."
    ),
    (
        "Sheriff Dunleavy's office has yet to release the bodycam footage. If there's nothing to "
        "hide, show it. Transparency isn't a favour you grant us."
    ),
    (
        "The Courier used to have a proper court reporter. Now it's recycled Facebook posts and "
        "'residents left fuming' filler. Cancelling my subscription, sorry."
    ),
    (
        "Councillors voting on the incinerator while sitting on the board of the firm that'll "
        "build it. How is that even allowed? The ombudsman should be all over this."
    ),
    (
        "Fair play to that reporter, but the minister's answer is pure waffle. Two years in "
        "charge of housing and still blaming 'the previous crowd'."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "The Polish deli in Market Street is the finest thing to have happened to this town for "
        "years. Lovely family running it too."
    ),
    (
        "Great to see the mosque opening its doors for the heritage day, my kids loved the "
        "calligraphy stall."
    ),
    (
        "Our parish and the synagogue on Elm Row have run the winter coat drive together for six "
        "years. That's community."
    ),
    (
        "The Traveller families out at Ballyroe have been part of this area longer than half the "
        "new estates. Nice to read something positive for once."
    ),
    (
        "My neighbours are a same-sex couple who've done more for the residents' association "
        "than anyone else on the street. Delighted they got the civic award."
    ),
    (
        "Good piece on the langar at the gurdwara. Anyone can turn up and get fed, no questions "
        "asked. Went last Sunday, the dal was unreal."
    ),
    (
        "As a wheelchair user myself, I'm just relieved the new library has step-free access at "
        "last."
    ),
    (
        "The Vietnamese community centre's Tet festival was rammed this year, hats off to the "
        "organisers."
    ),
    (
        "Having the First Nations elders lead the river walk was the high point of the heritage "
        "weekend for us."
    ),
    (
        "Lovely story about the Ukrainian families joining the Saturday parkrun volunteers. Saw "
        "them handing out water, top people."
    ),
    (
        "Trans kids just want to play netball with their mates. The club handled it sensibly, no "
        "drama needed."
    ),
    (
        "Nothing against the Hindu temple extension at all, I just hope they sort the parking "
        "before Diwali this time."
    ),
    (
        "Our Somali neighbours brought round dinners every night when my husband was in "
        "hospital. This is the town I know."
    ),
    (
        "To everyone blaming 'immigrants' for the GP waiting lists: half the staff at Riverside "
        "surgery were born overseas. Without them there'd be no appointments at all."
    ),
    (
        "Whoever sprayed that filth onto the Jewish cemetery wall speaks for nobody here. Proud "
        "that volunteers had it scrubbed off by lunchtime."
    ),
    (
        "Some of the remarks about Muslims on here are vile. The lads who pulled that driver out "
        "of the canal came from the mosque round the corner, funny how nobody mentions that."
    ),
    (
        "Can we stop pretending the Roma families 'caused' the litter problem? The bins haven't "
        "been emptied in three weeks. That's the council, not them."
    ),
    (
        "Reading the replies under this is depressing. Being gay isn't some 'lifestyle choice' "
        "for the rest of us to vote on, it's people's lives. Do better, Hartwell."
    ),
    (
        "I'm not saying the asylum seekers in the hotel are the problem. I'm saying the Home "
        "Office put them there without telling the GP surgery or the school. That's on "
        "government, not on them."
    ),
    (
        "No, the mural isn't 'anti-police'. The local sergeant literally helped paint it and the "
        "Black youth club chose the design."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Brannagh should remember Millbrook is a small place and everyone knows which "
        "house is his. Just saying."
    ),
    (
        "Pity, really, if the mayor's shiny new Range Rover came to harm. Long dark lanes out "
        "his way."
    ),
    (
        "That reporter Siobhan Keane walks her dog by the quarry every morning around seven. "
        "Somebody might have a quiet word with her out there one of these days."
    ),
    (
        "Funny how accidents tend to find people who poke their noses in. Hope Mr Garside's "
        "brakes are in good nick."
    ),
    (
        "The planning officer's kids go to St Bride's. Be a pity for them if their dad keeps "
        "waving that site through."
    ),
    ("We all know where Dunleavy drinks of a Friday. He won't always have his deputies with him."),
    (
        "Tolhurst had better enjoy this term. People round here have got long memories and the "
        "nights are getting longer."
    ),
    (
        "Tell that landlord Pike his tenants aren't the only ones who can find an address. He'll "
        "be getting a visit that he won't forget."
    ),
    (
        "Once that mast goes up behind the school, I swear whoever signs it off will be carried "
        "out of the council chamber."
    ),
    (
        "If the judge lets Corrigan walk on Monday I'll sort him myself and I won't need a "
        "courtroom to do it."
    ),
    (
        "One more ticket off that warden on Quay Street and he's going in the harbour, uniform "
        "and all."
    ),
    (
        "If they close the maternity unit, the board members better not show their faces in "
        "Ardmore again or they'll be leaving by ambulance."
    ),
    (
        "Should the Fenwick meadows scheme get approved, Halvorsen's site manager will end up "
        "buried under his own foundations, mark my words."
    ),
    (
        "If that rag prints my boy's name once more I'm off down to their office to break the "
        "editor's jaw."
    ),
    (
        "Keep ignoring us about the flooding, councillor, and next time the river comes up it'll "
        "be you floating face down in it."
    ),
    "I'm going to put Councillor Hesketh in the ground. Simple as that.",
    "Pike you scumbag, I'm coming round yours tonight and I'm gonna smash your face in.",
    "Superintendent Okafor is getting a bullet, I don't care what happens to me after.",
    "Next bailiff that knocks on my door in Carrow Close gets stabbed. Not a joke.",
    (
        "Somebody needs to drag that Garside fella out of his motor and kick him senseless, half "
        "of yous know where he parks."
    ),
    (
        "Everyone who's had enough, meet at the Dunmore Arms Saturday and we'll go sort the "
        "councillors out ourselves. Bring something heavy."
    ),
    (
        "Lads, the woman that wrote this lives on Bramble Way. Go and show her what happens to "
        "liars."
    ),
    (
        "Someone should torch Halvorsen's site office before the diggers arrive. It'd be a "
        "public service."
    ),
    (
        "Everybody get down to the speed camera on the A614 tonight and smash it to bits. They "
        "can't nick all of us."
    ),
    "Burn the new council offices down to ashes, it's all this lot understand. Who's in?",
]

LOOKALIKES_EN: list[str] = [
    (
        "Our under-11s absolutely murdered them 6-0 on Saturday. Coach Dwyer will be unbearable "
        "for a week."
    ),
    "That new chilli down the Red Lion nearly killed me. Ten out of ten, would die again.",
    "The drummer was beating the life out of that kit, best gig in Cork all year.",
    (
        "My nan would've shot me if I'd turned up to mass in trainers, so fair play to the lad "
        "in the photo."
    ),
    "Killer article, finally someone explains the rates rise in plain English.",
    (
        "The bowls club's annual grudge match is a bloodbath every year. Mrs Penhaligon takes no "
        "prisoners."
    ),
    (
        "Took the chainsaw to the overgrown leylandii after the storm. Three hours of carnage "
        "and the neighbours are thrilled."
    ),
    "Reading this I could've strangled my younger self for voting to scrap the old bus route.",
    (
        "The Dunmore Players' Macbeth had stage blood everywhere, front row got drenched. Go see "
        "it, it's a riot."
    ),
    (
        "Going to butcher this recipe but I'm attempting the Christmas pudding from last week's "
        "food page."
    ),
    (
        "Fire crews are doing a controlled burn on the heath today, no need to panic if you see "
        "smoke over Carrick Hill."
    ),
    (
        "The show judges slaughtered my sponge but the lemon drizzle survived. Next year, "
        "Ellenby, next year."
    ),
    (
        "Whoever runs the zombie trail at Greyfield Farm, you scared the absolute daylights out "
        "of my teenagers. Worth every cent."
    ),
    (
        "The clay pigeon shoot raised £4,000 for the air ambulance, brilliant effort from the "
        "gun club."
    ),
    (
        "My wee one wants to be a knight and has spent all morning 'slaying' the cat with a "
        "cardboard sword."
    ),
    (
        "That roundabout is a death trap. Someone's going to get killed there before the council "
        "puts lights in."
    ),
    "Rovers getting hammered again. I'm gonna throttle the telly one of these weekends.",
    (
        "Our book club's doing a crime novel set in Wexford this month, the poisoning twist in "
        "chapter 12 is wicked."
    ),
    "Bomb of a sandwich from the new deli on Fore St. Get there early, they sell out by noon.",
    (
        "Re the boxing club funding: those kids learn discipline by punching bags, not each "
        "other. Keep it open."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
