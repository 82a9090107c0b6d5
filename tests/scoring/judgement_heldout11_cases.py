"""An eleventh held-out judgement table, written for the threat guard's agreements with the
German model: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 101 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows were reworded for the overlap alone (15 of them again by
the engineer, where the rewording had met other material), before any scorer was run on the
table. Kinds, and what the default policy should do: sharp but legitimate criticism and neutral
or friendly mentions of groups (counter-speech and negations included) are published; threats
and calls for violence are held; harmless look-alikes are published. German threats, in order:
veiled (1-30), conditional (31-55), direct (56-70), calls against people (71-85), calls against
property (86-100); English: veiled (1-8), conditional (9-15), direct (16-19), calls against
people (20-22), calls against property (23-25).

The table was written to judge the guard panel with two agreements (docs/candidates.md); the
writers were asked for the usual kinds and families, with a few example phrases per family and
no steer towards any candidate. Every look at it is in the ledger of docs/candidates.md. Never
train on it, and do not use it to fit or tune rules, word lists or thresholds; otherwise it
stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Sehr verehrte Damen und Herren im Rathaus, die Sanierung der Lindenschule ist jetzt zum "
        "dritten Mal verschoben worden. Unsere Kinder sitzen weiterhin in Containern, während "
        "für den neuen Kreisel am Marktplatz plötzlich 2,4 Millionen Euro da sind. Ich erwarte "
        "von Ihnen eine öffentliche Erklärung, wie diese Prioritäten zustande kommen."
    ),
    "Bürgermeister Hartmann sollte zurücktreten. Punkt.",
    (
        "Wer hat sich diese Baustellenampel an der Bahnhofstraße ausgedacht? 25 Minuten für 800 "
        "Meter. Völlig planlos."
    ),
    (
        "Ach, der Stadtrat hat wieder eine Arbeitsgruppe gegründet. Na dann ist das Problem ja "
        "quasi gelöst. 🙄"
    ),
    (
        "Die Entscheidung, das Hallenbad in der Nordstadt zu schließen, ist schlicht dumm. "
        "Hunderte Kinder lernen dort schwimmen, und die Alternative liegt 14 km entfernt ohne "
        "Busanbindung."
    ),
    (
        "Liebe Redaktion, warum steht in eurem Artikel kein einziges kritisches Wort zum "
        "Investor? Das liest sich wie eine Pressemitteilung der Firma Kessler Bau. Von einer "
        "Lokalzeitung erwarte ich mehr Recherche."
    ),
    (
        "Die Stadtwerke erhöhen die Preise um 18 Prozent und schütten gleichzeitig Boni an den "
        "Vorstand aus. Das ist ein Skandal, nichts anderes."
    ),
    (
        "Frau Dr. Brenner hat als Baudezernentin das Projekt Neue Mitte komplett an die Wand "
        "gefahren. Kostenexplosion von 12 auf 31 Millionen, drei Jahre Verzug. Wer so "
        "wirtschaftet, muss die Verantwortung übernehmen und gehen."
    ),
    (
        "typisch mal wieder, erst wird groß angekündigt und dann passiert nix. der radweg am "
        "Mühlbach wartet seit 2019"
    ),
    (
        "Die CDU-Fraktion stimmt gegen die Sozialwohnungen und beklagt dann im nächsten "
        "Wahlkampf die Wohnungsnot. Sowas denkt sich doch keiner aus."
    ),
    (
        "Seit Jahren reden die Grünen von Verkehrswende, aber die Buslinie 7 fährt abends immer "
        "noch nur stündlich. Große Worte, nichts dahinter."
    ),
    (
        "Inkompetenz auf ganzer Linie. Anders kann man das Chaos bei der Anmeldung für die "
        "Kitaplätze nicht nennen. Das Onlineportal ist zwei Tage nach dem Start "
        "zusammengebrochen und die Hotline nimmt nicht ab."
    ),
    (
        "Sehr geehrter Herr Oberbürgermeister Albrecht, im Wahlkampf haben Sie versprochen, die "
        "Innenstadt für Familien attraktiver zu machen. Stattdessen werden jetzt die Spielplätze "
        "am Schlossgarten abgebaut, um Parkplätze zu schaffen. Ich bin von Ihnen zutiefst "
        "enttäuscht."
    ),
    (
        "Das Ordnungsamt verteilt fleißig Knöllchen in der Weststadt, aber die Raser auf der "
        "Ringstraße interessieren keinen. Prioritäten setzen ist offenbar nicht deren Stärke."
    ),
    (
        "Herr Vogt ist nach dieser Spendenaffäre politisch erledigt. Die SPD sollte sich schnell "
        "fragen, ob sie mit ihm in die Kommunalwahl gehen will."
    ),
    (
        "Schon wieder die Standgebühren fürs Stadtfest erhöht? Die kleinen Vereine könenn sich "
        "das bald nicht mehr leisten. Danke für nichts, liebe Stadtverwaltung."
    ),
    (
        "Die Deutsche Bahn hat die Strecke nach Felsberg jetzt zum vierten Mal in diesem Jahr "
        "gesperrt. Schienenersatzverkehr, der nicht kommt, Anzeigetafeln, die Unsinn anzeigen. "
        "Pendeln ist hier zur Lotterie geworden."
    ),
    (
        "Ein Parkhaus für 9 Millionen, das zu 30 % ausgelastet ist. Und jetzt soll noch ein "
        "zweites gebaut werden?? Wer rechnet da eigentlich?"
    ),
    (
        "Ich finde es unverschämt, dass die Sitzung des Bauausschusses wieder nichtöffentlich "
        "war. Es geht um unser Geld und unser Viertel. Transparenz sieht anders aus."
    ),
    (
        "Der Vorstand des FC Eintracht Wendlingen hat den Verein finanziell ruiniert, und jetzt "
        "wird die Stadt um Hilfe gebeten. Nein danke. Erst mal sollen die Verantwortlichen ihre "
        "Posten räumen."
    ),
    (
        "In Ihrem Artikel sind die Zahlen falsch wiedergegeben. Im Haushalt stehen nicht 3, "
        "sondern 5,3 Millionen für die Feuerwache. Bitte korrigieren, so etwas darf einer "
        "Zeitung nicht passieren."
    ),
    "Lächerlich. Einfach nur lächerlich, was der Gemeinderat da beschlossen hat.",
    (
        "Die Wohnungsbaugesellschaft GEWO lässt ihre Häuser am Sonnenhang verkommen – Schimmel, "
        "kaputte Aufzüge – und erhöht dennoch die Miete. Die Stadt als Mehrheitseigner schaut "
        "einfach zu. Das ist ein Armutszeugnis."
    ),
    (
        "Warum muss man eigentlich drei Monate auf einen Termin im Bürgerbüro warten? In der "
        "Nachbarstadt geht das in einer Woche. Digitalisierung scheint hier ein Fremdwort zu "
        "sein."
    ),
    (
        "Dass die FDP jetzt die Schuldenbremse für die Schulsanierung lockern will, nachdem sie "
        "jahrelang jede Investition blockiert hat, ist an Heuchelei kaum zu überbieten."
    ),
    (
        "Herr Landrat Meyerhoff, treten Sie zurück. Die Vorgänge im Gesundheitsamt sind bis "
        "heute nicht aufgearbeitet, und Sie mauern weiter."
    ),
    (
        "Toll, die Stadt pflanzt 40 neue Bäume – nachdem sie 120 alte für das Gewerbegebiet "
        "gefällt hat. Applaus."
    ),
    (
        "Die Streichung der Theater-AG durch die Schulleitung ist kurzsichtig und falsch. Gerade "
        "solche Angebote halten viele Jugendliche an der Schule."
    ),
    (
        "ich zahl 3,20 für ne Busfahrt über 4 Haltestellen und dann kommt der Bus noch 20 min zu "
        "spät. wie soll man da aufs Auto verzichten??"
    ),
    (
        "Die AfD-Fraktion stellt laufend Anträge, die rechtlich überhaupt nicht zulässig sind, "
        "und verschwendet damit die Zeit des Rates. Reine Show für Social Media."
    ),
    (
        "Ein Gutachten für 280.000 Euro, das am Ende empfiehlt, ein weiteres Gutachten erstellen "
        "zu lassen. Satire könnte es nicht besser."
    ),
    (
        "Sehr geehrte Redaktion, ich vermisse in Ihrer Berichterstattung über die Müllgebühren "
        "die Perspektive der Mieter. Sie haben ausschließlich den Kämmerer und den Haus- und "
        "Grundbesitzerverein zitiert. Das ist einseitig."
    ),
    (
        "Das Kulturamt hat das Jazzfestival nach 30 Jahren sterben lassen, weil man einen "
        "Förderantrag verschlafen hat. Unfassbar peinlich für eine Stadt, die sich Kulturstadt "
        "nennt."
    ),
    (
        "Bad Altenau feiert sich für seine Klimaziele, aber auf dem Rathausdach ist immer noch "
        "keine einzige Solarzelle. Glaubwürdigkeit: null."
    ),
    (
        "Warum wurde der Auftrag für den Schulneubau ausgerechnet an die Firma vergeben, in "
        "deren Aufsichtsrat der Schwager des Bürgermeisters sitzt? Diese Frage muss öffentlich "
        "beantwortet werden, notfalls durch das Rechnungsprüfungsamt."
    ),
    (
        "Der neue Fahrplan ist eine Katastrophe, und das ist hier ja leider schon Standart. Wer "
        "das geplant hat, ist offensichtlich nie selbst Bus gefahren."
    ),
    (
        "Der Polizeieinsatz beim Derby war völlig überzogen. Pfefferspray gegen Familien im "
        "Gästeblock, das muss aufgeklärt werden. Ich fordere eine unabhängige Untersuchung."
    ),
    (
        "Mal ehrlich, Frau Kühn: Vier Jahre Sozialdezernentin und das Obdachlosenquartier ist "
        "immer noch nicht winterfest. Was haben Sie in der Zeit eigentlich gemacht?"
    ),
    (
        "Den Wochenmarkt an den Stadtrand zu verlegen, wird das Ende des Marktes sein. Das weiß "
        "jeder Händler, nur der Stadtrat nicht."
    ),
    (
        "Guten Tag, als Anwohnerin der Kastanienallee protestiere ich gegen die geplante "
        "Verbreiterung. Die Bürgerbeteiligung war eine Farce: Die Pläne lagen zwei Wochen im "
        "Bauamt aus, mitten in den Sommerferien. So schafft man Politikverdrossenheit."
    ),
    (
        "Der Bischof hätte sich längst entschuldigen müssen. Dass die Diözese die Studie weiter "
        "zurückhält, ist ein Skandal."
    ),
    (
        "Klasse Arbeit, Tiefbauamt. Die Straße wurde im März neu asphaltiert und im Mai für "
        "Glasfaser wieder aufgerissen. Koordination ist wohl zu viel verlangt."
    ),
    (
        "Der Supermarktkonzern macht die einzige Filiale im Ortsteil Ebersdorf dicht und lässt "
        "die Leute ohne Auto ohne Einkaufsmöglichkeit zurück. Rein profitgetrieben und "
        "verantwortungslos."
    ),
    (
        "Wieso bekommt der Golfclub einen Zuschuss von 150.000 Euro, während die Jugendfeuerwehr "
        "um jedes Zelt betteln muss? Erklären Sie das mal den Eltern."
    ),
    (
        "Der Kreistag hat den Nahverkehrsplan durchgewunken, ohne ihn gelesen zu haben – das hat "
        "Kreisrat Ulrich sogar selbst zugegeben. Das ist Arbeitsverweigerung."
    ),
    (
        "Diese Zeitung bringt seit Wochen nur noch Clickbait. 'Sie werden nicht glauben, was in "
        "der Altstadt passiert ist' – ernsthaft? Ich kündige mein Abo."
    ),
    (
        "Die Hausarzt-Situation im Landkreis ist ein Totalversagen der Kassenärztlichen "
        "Vereinigung. Seit einem Jahr nimmt in ganz Rheinfelden keine Praxis mehr neue Patienten "
        "auf."
    ),
    (
        "Unfähig. Anders lässt sich die Leitung dieses Klinikums nicht beschreiben. Notaufnahme "
        "nachts zu, Geburtsstation zu, aber Millionen für externe Berater."
    ),
    (
        "Der Rat hat 2021 beschlossen, die Mieten in städtischen Wohnungen einzufrieren. 2023 "
        "wurden sie trotzdem um 9 % erhöht. Hält sich hier eigentlich noch irgendwer an "
        "Beschlüsse?"
    ),
    (
        "Ganz ehrlich, die Ausrede mit dem Fachkräftemangel kann ich nicht mehr hören. Andere "
        "Städte finden auch Erzieherinnen, weil sie anständig bezahlen."
    ),
    (
        "Dieser Kompromiss zum Stadion ist fauler als jeder Apfel in meinem Garten. Keiner ist "
        "zufrieden, und teuer wird es trotzdem."
    ),
    (
        "Herr Schäfer von den Freien Wählern sollte sein Mandat niederlegen, wenn er in zwei "
        "Jahren nur zu drei Sitzungen erschienen ist. Die Aufwandsentschädigung kassiert er aber "
        "brav."
    ),
    (
        "Seit sechs Wochen kommt die Müllabfuhr in unserer Straße nur noch unregelmässig, "
        "Beschwerden beim Entsorger werden ignoriert. Und nächstes Jahr steigen die Gebühren "
        "wieder. Frechheit."
    ),
    (
        "Das Schwimmbad-Debakel zeigt: Diese Verwaltung kann keine Großprojekte. Man sollte ihr "
        "keine mehr anvertrauen, bevor die Strukturen nicht grundlegend geändert sind."
    ),
    (
        "Schönes Foto vom Spatenstich mit dem Bürgermeister. Schade nur, dass danach zwei Jahre "
        "lang nichts passiert ist."
    ),
    (
        "Der Energieversorger hat meinen Abschlag verdoppelt, ohne Begründung, und die Hotline "
        "legt nach 40 Minuten Warteschleife einfach auf. So behandelt man keine Kunden."
    ),
    (
        "Die Streichung der Nachtbuslinie N3 ist für alle Schichtarbeiter ein Schlag ins "
        "Gesicht. Die Ratsmehrheit hat keine Ahnung, wie die Menschen hier leben."
    ),
    (
        "Die Verantwortlichen für die Radverkehrsplanung sollten sich mal selbst an die Kreuzung "
        "am Nordtor stellen. Drei Unfälle in einem Monat – und im Amt sieht man 'keinen "
        "Handlungsbedarf'."
    ),
    (
        "Dass der Verlag die Lokalredaktion in Kirchhain dichtmacht, ist ein Bärendienst an der "
        "Demokratie. Wer soll künftig über die Gemeinderatssitzungen berichten?"
    ),
    (
        "Wahnsinn, wie diese Stadtspitze das Vertrauen der Bürger verspielt. Erst das Debakel "
        "mit der Stadthalle, jetzt die Sache mit den Straßenausbaubeiträgen. Bei der nächsten "
        "Wahl gibt's die Quittung."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Ehrlich gesagt verstehe ich die Aufregung nicht. Ich habe nichts gegen Schwule und "
        "Lesben, warum sollte ich auch? Mein Nachbar und sein Mann sind die Ersten, die beim "
        "Straßenfest mit anpacken."
    ),
    (
        "Dieses Jahr gibt es zum ersten Mal einen CSD in Hildenau, super! Meine Tochter und ihre "
        "Freundin freuen sich schon riesig."
    ),
    (
        "Wer unter so einem Artikel 'die sollen das bitte zu Hause machen' schreibt, meint in "
        "Wahrheit: die sollen unsichtbar sein. Zwei Frauen, die Hand in Hand über den Markt "
        "gehen, nehmen niemandem etwas weg."
    ),
    (
        "Als lesbische Lehrerin an einer Grundschule hier im Kreis kann ich sagen: Die "
        "allermeisten Eltern gehen total entspannt damit um. Danke für den differenzierten "
        "Bericht."
    ),
    (
        "Toll, dass die Beratungsstelle jetzt auch eine Sprechstunde für trans Jugendliche "
        "anbietet. Das hätte ich mir vor 20 Jahren gewünscht."
    ),
    (
        "Mein Sohn ist trans und hat an der Realschule Am Weiher unglaublich viel Unterstützung "
        "erfahren. Seine Klassenlehrerin hat das super begleitet."
    ),
    (
        "Die Kommentare hier über einen angeblichen 'Transgender-Wahn' sind beschämend. Es geht "
        "um eine Handvoll Menschen, die einfach in Ruhe ihren Alltag leben wollen."
    ),
    (
        "Frau Lindner aus dem Stadtrat ist trans, und ehrlich gesagt interessiert mich bei ihr "
        "nur, was sie für den Radverkehr tut. Und da macht sie gute Arbeit."
    ),
    (
        "Der Tag der offenen Tür beim Moscheeverein war richtig gut besucht, das freut mich. Der "
        "Tee war übrigens hervorragend."
    ),
    (
        "Das gemeinsame Fastenbrechen vor dem Rathaus war ein wirklich schöner Abend. Muslime, "
        "Christen und ganz viele Nachbarn an einem Tisch – so soll es sein."
    ),
    (
        "'Die gehören nicht zu uns' – wer so über die Muslime in unserer Stadt redet, sollte mal "
        "den Jugendtrainer vom SV Grünau kennenlernen. Der hat für die Kids im Viertel mehr "
        "getan als mancher Stadtrat."
    ),
    (
        "Richtig finde ich, dass es auf dem Friedhof jetzt ein Gräberfeld für muslimische "
        "Bestattungen gibt. Wer hier gelebt hat, soll auch hier würdig beerdigt werden können."
    ),
    (
        "Danke an die Schülerinnen und Schüler, die die Stolpersteine in der Gartenstraße "
        "geputzt haben. Ein kleines Zeichen, das viel bedeutet."
    ),
    (
        "Die Jüdische Gemeinde hat beim Chanukka-Fest auf dem Marktplatz alle eingeladen. Meine "
        "Kinder waren begeistert von den Sufganiyot."
    ),
    (
        "Es ist beschämend, dass die Synagoge bis heute Polizeischutz braucht. Jüdisches Leben "
        "gehört selbstverständlich zu unserer Stadt, und das muss man auch laut sagen."
    ),
    (
        "Wer jetzt wieder mit 'die Juden und das Geld' ankommt, verbreitet uralte antisemitische "
        "Hetze. So etwas hat hier in der Kommentarspalte nichts verloren."
    ),
    (
        "Die evangelische Gemeinde organisiert seit Jahren den Mittagstisch für Bedürftige. Egal "
        "wie man zur Kirche steht – das verdient Respekt."
    ),
    (
        "Der ökumenische Gottesdienst zum Stadtjubiläum war richtig schön. Katholiken und "
        "Protestanten zusammen, und der Posaunenchor war großartig."
    ),
    (
        "Ich bin selbst nicht gläubig, aber die Leute von der Caritas in der Bahnhofstraße "
        "machen einen tollen Job mit der Schuldnerberatung."
    ),
    (
        "Schade, dass die Pfarrei St. Michael die Kirche in Oberried schließen muss. Für viele "
        "ältere Christen im Dorf war das der Mittelpunkt. Vielleicht findet sich ja mit der "
        "Gemeinde eine Lösung für eine weitere Nutzung."
    ),
    (
        "Wer hier gegen Geflüchtete Stimmung macht, hat den Artikel offenbar nicht zu Ende "
        "gelesen. Die Unterkunft ist für 60 Menschen ausgelegt, nicht für 600."
    ),
    (
        "In unserem Sportverein spielen drei junge Männer, die 2016 als Flüchtlinge gekommen "
        "sind. Einer ist inzwischen Jugendtrainer und der zuverlässigste Typ im ganzen Verein."
    ),
    (
        "Ich kritisiere nicht die Geflüchteten, sondern den Landkreis: Die Menschen in der "
        "Turnhalle haben seit Wochen keine ordentlichen Duschen. So geht man mit niemandem um."
    ),
    (
        "Der Helferkreis Asyl sucht noch Leute für die Hausaufgabenhilfe. Ich bin seit einem "
        "Jahr dabei, und es ist das Schönste an meiner Woche."
    ),
    (
        "Mein Opa kam 1964 aus Anatolien zu Opel, meine Oma hat 30 Jahre in der Wäscherei "
        "gearbeitet. Wenn heute jemand sagt, wir seien 'nicht von hier', kann ich nur lachen. "
        "Ich bin hier geboren wie ihr auch."
    ),
    (
        "Glückwunsch an Familie Yılmaz zum 40-jährigen Jubiläum ihres Gemüseladens! Ohne euch "
        "wäre die Oststadt nur halb so lebendig."
    ),
    (
        "Schöner Artikel über die erste Generation der türkischen Gastarbeiter im Ort. Solche "
        "Geschichten sollten auch im Heimatmuseum erzählt werden."
    ),
    (
        "Der Elternbeirat an der Goetheschule wird jetzt von einer türkischstämmigen Mutter "
        "geleitet, und die macht endlich mal Druck bei der Schulsanierung. Weiter so!"
    ),
    (
        "Die syrische Bäckerei am Kornmarkt ist inzwischen mein Lieblingsladen. Das Baklava ist "
        "gefährlich gut."
    ),
    (
        "Dr. Haddad aus Damaskus arbeitet schon drei Jahre in der Notaufnahme unseres "
        "Krankenhauses und hat meinem Vater das Leben gerettet. Mehr muss ich zu manchen "
        "Kommentaren hier nicht sagen."
    ),
    (
        "Dass die Anerkennung syrischer Berufsabschlüsse immer noch zwei Jahre dauert, ist "
        "absurd. Wir haben Pflegenotstand, und qualifizierte Leute dürfen nicht arbeiten."
    ),
    (
        "Die Familie aus Aleppo, die in unserem Haus wohnt, hat zum Einzug allen Nachbarn "
        "selbstgekochtes Essen vor die Tür gestellt. Seitdem grillen wir im Sommer zusammen."
    ),
    (
        "Klasse, dass die ukrainischen Kinder jetzt in der E-Jugend vom TSV mitspielen. Sprache "
        "ist beim Fußball sowieso Nebensache."
    ),
    (
        "Wir haben 2022 eine Mutter mit zwei Kindern aus Charkiw aufgenommen. Inzwischen hat sie "
        "eine eigene Wohnung und arbeitet als Buchhalterin. Es war nicht immer einfach, aber ich "
        "würde es wieder tun."
    ),
    "Das ukrainische Benefizkonzert in der Stadthalle war ausverkauft. Gänsehaut beim Chor.",
    (
        "Kritik an der Wohnungsvergabe ist berechtigt, aber bitte nicht auf dem Rücken der "
        "Ukrainerinnen, die hier Schutz suchen. Die haben sich den Krieg nicht ausgesucht."
    ),
    (
        "Die polnische Gemeinde feiert am Sonntag Erntedank mit Pierogi-Stand im Kirchgarten. "
        "Wer noch nie dort war: unbedingt hingehen!"
    ),
    (
        "Die Pflegekraft meiner Mutter kommt aus Opole, und eine bessere hatten wir nie. Die "
        "Witze über 'polnische Autodiebe' kann man sich hier wirklich sparen."
    ),
    (
        "Ich bin vor 15 Jahren aus Polen hierhergezogen und habe inzwischen einen "
        "Handwerksbetrieb mit sechs Angestellten. Danke an alle, die mich damals so freundlich "
        "aufgenommen haben."
    ),
    (
        "Die Städtepartnerschaft mit Gniezno wiederzubeleben, finde ich eine sehr gute Idee. "
        "Gerade jetzt ist der Austausch mit unseren polnischen Nachbarn wichtiger denn je."
    ),
    (
        "Gut, dass die Stadt am Güterbahnhof endlich eine Gedenktafel zur Erinnerung an die "
        "deportierten Sinti-Familien anbringt. Das war überfällig."
    ),
    (
        "Das Wort mit Z hat in Zeitungen nichts mehr zu suchen, auch nicht in Leserbriefen. "
        "Sinti und Roma haben ein Recht darauf, so genannt zu werden, wie sie sich selbst "
        "nennen."
    ),
    (
        "Der Geigenabend mit dem Sinti-Ensemble im Kulturkeller war großartig. Ich hoffe sehr "
        "auf eine Fortsetzung."
    ),
    (
        "Mein Schulfreund ist Rom und heute Polizeihauptkommissar. Wer pauschal über 'die Roma' "
        "schimpft, sollte mal überlegen, wen er damit alles meint."
    ),
    (
        "Ich bin Schwarz, in Kassel geboren und spreche besser Nordhessisch als viele "
        "Kommentatoren hier. Die Frage 'Wo kommst du wirklich her?' nervt einfach nur."
    ),
    (
        "Eine Lesung zur Geschichte Schwarzer Deutscher in der Stadtbibliothek – sehr gute Idee. "
        "Darüber lernt man in der Schule leider fast nichts."
    ),
    "Amara Okafor als neue Kapitänin der Handballdamen – absolut verdient nach dieser Saison!",
    (
        "Wenn jemand beim Foto vom neuen Stadtrat zuerst die Hautfarbe kommentiert statt seine "
        "Positionen, dann hat dieser Jemand ein Problem – nicht der Stadtrat."
    ),
    (
        "Seit dem Unfall bin ich Rollstuhlfahrerin und heilfroh über den neuen Bahnhofsaufzug. "
        "Nach acht Jahren komme ich endlich ohne fremde Hilfe auf Gleis 3."
    ),
    (
        "Die Werkstatt der Lebenshilfe hat die Bänke im Stadtpark gebaut. Wunderschöne Arbeit, "
        "die Leute dort können stolz sein."
    ),
    (
        "Dass der Bürgerentscheid nicht in Leichter Sprache erklärt wurde, schließt Menschen mit "
        "Lernschwierigkeiten aus. Das muss beim nächsten Mal besser laufen."
    ),
    (
        "Mein Bruder hat Down-Syndrom und spielt seit zehn Jahren in der inklusiven "
        "Theatergruppe. Wer die Aufführung am Samstag verpasst hat, hat echt was verpasst."
    ),
    (
        "Endlich wird die Freiwillige Feuerwehr Hohenbach von einer Frau geführt! Hoffentlich "
        "macht das vielen Mädchen Mut, mitzumachen."
    ),
    (
        "Die Frauenmannschaft des SC spielt in der Regionalliga oben mit, und im Sportteil "
        "gibt's dazu drei Zeilen. Liebe Redaktion, da geht mehr."
    ),
    (
        "'Frauen gehören nicht in den Gemeinderat' – dass so ein Satz heute noch auf einer "
        "Bürgerversammlung fällt, ist erschreckend. Gut, dass der Saal daraufhin so deutlich "
        "widersprochen hat."
    ),
    (
        "Das Frauenhaus im Landkreis ist seit Monaten voll belegt. Es braucht dringend mehr "
        "Plätze, und zwar nicht erst nach der nächsten Haushaltsdebatte."
    ),
    (
        "Meine Mutter ist 84 und geht jeden Dienstag ins Erzählcafé im Seniorentreff. Wie gut, "
        "dass es so etwas gibt."
    ),
    (
        "Bitte bei der Umstellung auf Online-Tickets an die älteren Menschen denken. Nicht jeder "
        "Rentner hat ein Smartphone, und die Leute haben ein Recht auf einen Fahrkartenschalter."
    ),
    (
        "Das Projekt, bei dem Senioren mit Grundschulkindern zusammen gärtnern, finde ich "
        "großartig. Beide Seiten lernen so viel voneinander."
    ),
    (
        "'Die Alten blockieren doch nur alles' – nein, tun sie nicht. Ohne die Ehrenamtlichen "
        "über 70 gäbe es in unserem Dorf weder Tafel noch Bücherei."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kessler, Ihr Haus in der Lindenstraße 14 hat einen schönen Garten. "
        "Wäre doch schade, wenn dort irgendwann mal etwas passiert."
    ),
    "Ich weiß, auf welche Grundschule die Tochter von Stadträtin Brandt geht. Nur so als Info.",
    (
        "im leben sieht man sich immer zweimal frau redakteurin. und beim zweiten mal ist keiner "
        "dabei der ihnen hilft"
    ),
    ("Pass schön auf dich auf, Tobias Wendler. Die Wege am Kanal sind abends schlecht beleuchtet."),
    (
        "Schönes Auto fahren Sie, Herr Oberlechner. Der silberne Passat steht ja nachts immer "
        "unbewacht vor der Tür. Bremsen sollte man regelmäßig prüfen lassen..."
    ),
    (
        "Holzbaracken brennen so schnell. Nur mal so gesagt, liebe Betreiber vom Containerdorf "
        "am Sportplatz."
    ),
    "Der Herr vom Bauamt bekommt bald Besuch. Wir wissen, wo er wohnt.",
    (
        "Erinnert sich noch wer, was 1992 mit solchen Heimen passiert ist? Geschichte wiederholt "
        "sich manchmal. Die neue Unterkunft in Hohenfelde sollte sich das merken."
    ),
    (
        "Frau Yilmaz joggt jeden Morgen um 6 durch den Stadtpark. Allein. Sollte sie vielleicht "
        "nicht mehr machen."
    ),
    (
        "Grüße an Ihre Frau und die zwei Kleinen, Herr Dr. Reinhold. Die spielen so schön im "
        "Vorgarten in der Birkenallee."
    ),
    "Kennzeichen notiert, Herr Polizeipräsident. Ihre Adresse war auch nicht schwer zu finden.",
    (
        "Unfälle passieren eben. Besonders bei Nebel auf der B27. Herr Kreisrat Hummel fährt die "
        "Strecke ja täglich 😉"
    ),
    (
        "Der letzte Bürgermeister, der das Bauprojekt durchdrücken wollte, hat es auch nicht bis "
        "zur nächsten Wahl geschafft. Denken Sie daran, Frau Lorenz."
    ),
    (
        "Ihr Briefkasten ist ja schon voll, Herr Schäfer. Bald kommt noch ein ganz besonderes "
        "Päckchen für Sie, eins das knallt."
    ),
    (
        "Es wäre wirklich ein Jammer, wenn die neue Kita-Baustelle an der Mühlgasse über Nacht "
        "abbrennt. Echt ein Jammer."
    ),
    (
        "Genieß die ruhigen Nächte, Kerstin M. vom Kreisanzeiger. Lange bleiben die nicht mehr "
        "ruhig."
    ),
    (
        "Wir vergessen nicht. Jeder Name aus dem Gemeinderat, der für die Unterkunft gestimmt "
        "hat, steht auf unserer Liste, und die Liste wird abgearbeitet."
    ),
    (
        "Dein Sohn spielt doch beim TSV Ebersbach in der D-Jugend, oder Herr Trainer? Training "
        "dienstags bis 19 Uhr, Heimweg durch den Wald. Nur so."
    ),
    (
        "Kleiner Tipp an den Vermieter aus der Goethestraße: Bei so alten Dachstühlen reicht ein "
        "Funke. Und Funken fliegen schneller als man denkt."
    ),
    "Frau Pfarrerin, wir wissen jetzt, wann Sie abends allein im Gemeindehaus abschließen.",
    "Bald klingelt es an deiner Tür, Marco Freitag. Und der Paketbote wird es dann nicht sein.",
    "@Redaktion Kreisbote  d e i n e   a d r e s s e   h a b e n   w i r   s c h o n",
    (
        "Wir sehen jeden Abend, wann Sie aus dem Verlagshaus kommen, Herr Bergmann, und welchen "
        "Weg Sie nehmen. Irgendwann wartet da jemand auf Sie."
    ),
    "Es gibt Leute, die sind für weniger verschwunden, Herr Stadtkämmerer.",
    (
        "Nur zur Erinnerung: Das Rathaus in Neustadt hat schon mal gebrannt. Kann immer wieder "
        "passieren. Vor allem wenn Leute drin sitzen."
    ),
    (
        "Hübsches Gartenhaus haben Sie da, Nachbar Kowalski. Trocken wie Zunder bei dem Wetter. "
        "Ich sag ja nur."
    ),
    (
        "Die Tante vom Tageblatt sollte künftig lieber nicht mehr allein ins Parkhaus gehen. Man "
        "weiß schließlich nie, wer da im Dunkeln steht"
    ),
    "W1r w1ss3n wo du w0hnst, Stadtrat Gehrke. Und w4nn du schl4fst.",
    (
        "Herr Ortsvorsteher, Ihre Enkel gehen auf die Albert-Schweitzer-Schule. Wir haben die "
        "Fotos vom Sommerfest gesehn. Süß, die zwei. Wär doch schade drum."
    ),
    (
        "Hoffentlich hast du ne gute Hausrat- und Lebensversicherung, Frau Gemeinderätin "
        "Ortmann. Wirst beide brauchen."
    ),
    (
        "Wenn der Gemeinderat die Flüchtlingsunterkunft an der Hafenstraße durchwinkt, dann "
        "brennt die Bude, bevor der erste einzieht."
    ),
    (
        "Falls Bürgermeisterin Haag die Grundsteuer nochmal erhöht, dann erlebt sie was. "
        "Versprochen."
    ),
    (
        "Sollte Ihr Blatt über unseren Verein noch einmal so einen Dreck schreiben, Herr "
        "Lindner, dann war's das für Sie."
    ),
    (
        "wenn die baustelle nächste woche immer noch die ganze straße blockiert dann kriegt der "
        "bauleiter persönlich eins aufs maul"
    ),
    (
        "Schließt ihr die Realschule in Oberdorf, dann stehen wir mit Baseballschlägern vor dem "
        "Schulamt und holen uns die Verantwortlichen."
    ),
    (
        "Nochmal ein Blitzer in der 30er-Zone und der Typ vom Ordnungsamt wird seines Lebens "
        "nicht mehr froh, dafür sorg ich."
    ),
    (
        "Kommt das Windrad auf den Eichberg, dann kann sich der Investor Stammler schon einmal "
        "einen Sarg aussuchen."
    ),
    (
        "Wenn mein Sohn wegen diesem Lehrer sitzenbleibt, dann mach ich den Kerl kalt, das "
        "schwör ich."
    ),
    (
        "Pfeift der Schiedsrichter am Sonntag wieder so wie letztes Mal, kommt er vom Platz "
        "nicht heil runter. Der FC Rotenbach weiß Bescheid."
    ),
    (
        "Sollten die Mieten in der Wohnanlage Süd wieder steigen, dann fackeln wir der "
        "Hausverwaltung das Büro ab, mit allen drin."
    ),
    (
        "Nennen Sie noch einmal den Namen meiner Tochter in der Zeitung, dann passiert Ihnen "
        "was, Frau Kessler. Und zwar richtig."
    ),
    (
        "Kriegt der Typ aus dem Heim keine Abschiebung, regeln wir das eben selbst, und zwar so, "
        "dass er nicht wieder aufsteht."
    ),
    "Lässt der Nachbar seinen Köter noch einmal auf mein Grundstück, dann erschieß ich beide.",
    (
        "Falls jemand von der Stadt nochmal an unsere Kleingärten will: dann gibt's Tote. Ganz "
        "einfach."
    ),
    (
        "Sollte die Umgehungsstraße durch unser Dorf kommen, wird Landrat Vogt das bitter "
        "bereuen. Wir wissen, wo sein Haus steht, und es wird ihm wehtun."
    ),
    (
        "noch mehr parkplätze für radwege und ich zünd den grünen stadträten die lastenräder an "
        "und danach sie selbst"
    ),
    (
        "Stimmt der Rat am Donnerstag für die Schließung vom Hallenbad, dann sollten die Damen "
        "und Herren ab Freitag besser nicht mehr allein nach Hause gehen."
    ),
    (
        "Ist der Bericht morgen nicht korrigiert, dann erleben Sie was, Herr Chefredakteur. Das "
        "ist keine leere Drohung."
    ),
    (
        "Werden die Container am Bahnhof wirklich aufgestellt, dann fliegen dort Steine. Und "
        "nicht bloß Steine."
    ),
    (
        "Falls ich rausfinde, wer mein Auto am Marktplatz zerkratzt hat, brech ich dem jeden "
        "einzelnen Finger"
    ),
    (
        "Setzt der Trainer meinen Jungen noch einmal auf die Bank, dann kann er sich nach nem "
        "neuen Gesicht umsehen, das alte hau ich ihm kaputt."
    ),
    (
        "Jens vom Ordnungsamt, klebst du mir noch ein Knöllchen vor meinen eigenen Laden, dann "
        "ramm ich dir den Kuli in den Hals."
    ),
    (
        "Sollte das Hochhaus am Stadtpark gebaut werden, verschwindet der Projektentwickler. "
        "Einfach so. Und keiner wird ihn je finden."
    ),
    (
        "Löst die Polizei nochmal die Demo am Rathausplatz auf, gehen wir mit allem, was wir "
        "dabei haben, auf die Beamten los!!"
    ),
    "W3nn d1e Schul3 in Aue g3schl0ssen w1rd, dann g1bts Bl00d im R4thaus.",
    "Ich bring dich um, Bürgermeister Kessler. Nicht heute, aber bald.",
    (
        "Frau Sommer, ich werde Sie persönlich zusammenschlagen, sobald ich Sie in der "
        "Fußgängerzone sehe."
    ),
    "ich stech den Stadtrat Albers ab sobald ich den am Wochenmarkt treff",
    (
        "Dem Nachbarn von oben polier ich morgen die Fresse. Der wird seine Zähne vom "
        "Treppenhaus aufsammeln."
    ),
    (
        "Nach der Sitzung wart ich vor dem Rathaus auf dich, Kai Brückner, und dann hau ich dich "
        "windelweich."
    ),
    (
        "Die Knochen werd ich dem Schreiberling vom Anzeiger brechen, und zwar einen nach dem "
        "anderen."
    ),
    (
        "Mit meinen eigenen Händen erwürge ich diesen Bauunternehmer Stolz. Der hat unser "
        "Viertel ruiniert und dafür stirbt er."
    ),
    "Ich knall dich ab, Hausmeister Grabowski. Die Waffe hab ich schon.",
    "Landrätin Meier, ich komme zu Ihnen nach Hause und zünde Sie an.",
    (
        "du drecks journalist ich mach dich fertig. du wirst dir wünschen du hättest den artikel "
        "nie geschrieben. ich schlag dich tot"
    ),
    (
        "Den Ortsvorsteher fahr ich beim nächsten Erntedankumzug mit dem Traktor über den "
        "Haufen. Absichtlich."
    ),
    (
        "Ich schwöre bei meiner Mutter, ich bringe den Heimleiter der Unterkunft in der "
        "Feldstraße um."
    ),
    (
        "Dich, Frau Albrecht, prügel ich so lange, bis du dich nicht mehr auf den Beinen halten "
        "kannst. Meine Tochter weint wegen dir jeden Tag."
    ),
    (
        "Sven Hartmann vom Vereinsvorstand, ich finde dich, und dann tut's weh. Sehr weh. Ich "
        "mach dich kaputt."
    ),
    (
        "I c h   k r i e g   d i c h ,   F r a u   S t a d t r ä t i n .  Und dann schlage ich "
        "dich tot."
    ),
    (
        "Jemand müsste dem Bürgermeister mal richtig die Fresse polieren, vielleicht lernt er "
        "dann was."
    ),
    (
        "Man sollte die ganzen Stadträte, die für das Containerdorf gestimmt haben, aufhängen. "
        "Am Marktplatz, damit jeder es sieht."
    ),
    (
        "Leute, Samstag 20 Uhr am Bahnhof treffen und die Kerle aus der Flüchtlingsunterkunft "
        "verprügeln. Bringt was mit."
    ),
    (
        "Jagt diese Journalistin vom Stadtkurier aus der Stadt, und geht sie nicht freiwillig, "
        "helft nach, bis sie am Boden liegt."
    ),
    "Schlagt den Schiri nach dem Spiel tot, der hat's verdient.",
    (
        "Den Bauträger Horstmann müsste man mal nachts abpassen und ihm mit Knüppeln zeigen, was "
        "das Viertel von ihm hält."
    ),
    "Wer weiß, wo der Richter wohnt? Der gehört abgestochen nach so nem Urteil.",
    "Los, alle zum Jugendamt und den Sachbearbeiter Weber rausprügeln!",
    "Eigentlich sollte einer den Landrat erschießen, dann wäre endlich Ruhe im Kreis.",
    (
        "Die ganzen Ausländer vom Wohnblock an der Ringstraße gehören verjagt. Tretet die Türen "
        "ein und prügelt sie raus."
    ),
    (
        "Ruft eure Jungs zusammen und macht die Antifa-Leute beim Stadtfest platt, keiner soll "
        "mehr laufen können."
    ),
    (
        "Mal ehrlich, jemand müsste der Schulleiterin Koch nach Feierabend auflauern und ihr "
        "eine Abreibung verpassen, die sie nie vergisst."
    ),
    "Hängt die Verräter vom Kreistag an die nächste Laterne!",
    (
        "Den Typen vom Ordnungsamt sollte man nachts abfangen und krankenhausreif schlagen, "
        "jeder weiß, welchen Wagen er fährt"
    ),
    (
        "Kommt alle Montag vor die Sitzung und gebt den Grünen im Gemeinderat richtig aufs Maul, "
        "Polizei ist eh zu wenig da."
    ),
    "Zündet das Containerdorf an, bevor die da einziehen.",
    (
        "Heute Nacht die Baustelle am Schillerplatz komplett zerlegen! Bagger, Kräne, alles "
        "kaputt machen."
    ),
    "Brennt das Rathaus nieder!!! Die haben es verdient",
    (
        "Beim Parteibüro in der Hauptstraße gehören die Scheiben eingeschlagen, Leute. Steine "
        "liegen genug rum."
    ),
    "Alle Blitzer im Landkreis abfackeln, Benzin kostet ja nicht die Welt.",
    (
        "Die Autos vom Investor Stammler gehören angezündet, noch diese Nacht. Wer kommt mit? "
        "Die Adresse hab ich."
    ),
    "Macht die Redaktion vom Tageblatt platt. Türen eintreten, Computer aus dem Fenster.",
    (
        "Die neue Moschee an der Industriestraße darf nie eröffnen. Schlagt alles kurz und "
        "klein, bevor sie fertig ist."
    ),
    (
        "reifen zerstechen, lack zerkratzen, scheiben einschlagen bei jedem e-scooter vom "
        "städtischen verleih. los gehts"
    ),
    (
        "Molotow-Cocktails auf die Flüchtlingsunterkunft, eine andere Sprache versteht die "
        "Politik nicht."
    ),
    (
        "Blockiert die Zufahrt zur Baustelle mit Traktoren, und wenn die Polizei kommt, schmeißt "
        "die Absperrungen um und zündet die Baumaschinen an."
    ),
    "Dem Vermieter Neumann sollte man die Bude anzünden, der wirft Familien auf die Straße.",
    (
        "Hey Leute, das Büro der Hausverwaltung Krüger & Söhne hat keine Alarmanlage. Heute "
        "Nacht alles zerdeppern!"
    ),
    "B r e n n t   d i e   T u r n h a l l e   a b , bevor da Flüchtlinge reinkommen.",
    (
        "Holt eure Hämmer und haut die neuen Parkautomaten in der Altstadt kaputt, jeden "
        "einzelnen. Das Auto vom Ordnungsamt gleich mit anzünden."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Was für ein Spiel am Samstag! Der SV Lindenau hat in der zweiten Halbzeit die Abwehr "
        "der Gäste komplett zerlegt."
    ),
    (
        "Aus zwanzig Metern hat unser Stürmer den Torwart abgeschossen – der Ball ging ihm glatt "
        "durch die Hände. Herrlich!"
    ),
    (
        "Beim Derby gegen Waldkirchen wurden wir regelrecht abgeschlachtet, 0:6. Da muss sich "
        "der Trainer was überlegen."
    ),
    (
        "Die Handballerinnen aus Neustadt haben den Tabellenführer gestern förmlich überrollt. "
        "Respekt, Mädels!"
    ),
    (
        "Nerven wie Drahtseile: Unser Keeper hat im Elfmeterschießen die Schützen reihenweise "
        "gekillt, wie mein Sohn sagen würde."
    ),
    (
        "Der Täter hat damals gedroht, seinen Nachbarn abzustechen – gut, dass ihn das "
        "Landgericht jetzt verurteilt hat."
    ),
    (
        "Fünf Jahre für den Brandstifter aus der Mühlgasse finde ich angemessen. Die Familie "
        "hätte in dem Haus sterben können."
    ),
    (
        "Schlimm, was die Zeugin vor Gericht schildern musste. Ich hoffe, das Opfer bekommt "
        "jetzt die Unterstützung, die es braucht."
    ),
    (
        "Dass der Angeklagte im Chat angekündigt hat, die Tankstelle zu überfallen, und es dann "
        "auch getan hat, ist erschreckend. Zum Glück hat die Polizei ihn schnell gefasst."
    ),
    (
        "Mord bleibt Mord, egal wie lange es her ist. Gut, dass der Fall nach zwanzig Jahren "
        "doch noch aufgeklärt wurde."
    ),
    (
        "Mein Großvater hat oft erzählt, wie Dresden im Februar 1945 bombardiert wurde. Solche "
        "Erinnerungen dürfen nicht verloren gehen."
    ),
    (
        "Am Gedenkstein in der Bahnhofstraße stehen die Namen der jüdischen Familien, die 1942 "
        "deportiert und ermordet wurden. Danke für den Artikel über die Stolpersteinverlegung."
    ),
    (
        "Im Dreißigjährigen Krieg wurde unser Dorf laut Ortschronik zweimal geplündert und "
        "niedergebrannt. Spannend, dass das Heimatmuseum jetzt eine Ausstellung dazu macht."
    ),
    (
        "Den Galgenberg mit der mittelalterlichen Hinrichtungsstätte sollte man ruhig besser "
        "beschildern, das gehört nun mal zur Stadtgeschichte."
    ),
    "Zum Volkstrauertag: Wir gedenken aller, die in den Kriegen gefallen sind. Nie wieder.",
    (
        "Der neue Münster-Tatort war wieder klasse – als der Mörder am Ende den Kommissar mit "
        "der Armbrust bedroht hat, saß ich auf der Sofakante."
    ),
    (
        "Ordentlich gemordet wird ja bei Macbeth im Stadttheater. Die Inszenierung ist trotzdem "
        "sehenswert, vor allem die Lady Macbeth."
    ),
    (
        "Hab den Eifelkrimi von der Lesung in der Stadtbibliothek an einem Abend verschlungen. "
        "Wer die Leiche im Maar versenkt hat, errät man bis zur letzten Seite nicht."
    ),
    (
        "Gestern beim LAN-Turnier im Jugendhaus hat mein Team die anderen gnadenlos "
        "ausgeschaltet. Nächstes Jahr wieder!"
    ),
    (
        "Bei den Räubern auf der Freilichtbühne hat mir die Szene, in der Karl Moor seine Amalia "
        "ersticht, echt Gänsehaut gemacht."
    ),
    (
        "Die Wühlmäuse muss man frühzeitig bekämpfen, sonst fressen sie einem alle "
        "Tulpenzwiebeln weg. Bei mir haben Fallen besser geholfen als Gift."
    ),
    (
        "Sechs Wildschweine hat der Jagdpächter im Herbst geschossen, und trotzdem ist der "
        "Maisacker am Ortsrand schon wieder umgepflügt."
    ),
    (
        "Früher wurde beim Hausschlachten bei meinen Großeltern das Schwein noch im Hof "
        "abgestochen. Heute geht das zum Glück nur noch mit Betäubung."
    ),
    (
        "Gegen den Buchsbaumzünsler hilft nur konsequent absammeln und vernichten. Ich hab "
        "dieses Jahr Hunderte von den Raupen erwischt."
    ),
    (
        "Schneidet die Rosen im März ruhig radikal runter, keine Angst – die vertragen das und "
        "treiben umso kräftiger aus."
    ),
    (
        "Ein Schädlingsbekämpfer hat das Wespennest unter unserem Dachvorsprung ausgeräuchert. "
        "Kostet um die 150 Euro, lohnt sich aber, wenn Allergiker im Haus sind."
    ),
    (
        "Den Hummer muss man kopfüber ins kochende Wasser werfen, hat der Koch beim VHS-Kochkurs "
        "gesagt. Ich hab mich nicht getraut."
    ),
    (
        "Gulasch nach Oma Hildes Rezept: Fleisch klein hacken, scharf anbraten und dann drei "
        "Stunden schmoren lassen. Unschlagbar."
    ),
    (
        "Gnadenlos hab ich die Zwiebeln zerhackt, und die Tränen liefen trotzdem. Gibt es da "
        "einen Trick?"
    ),
    (
        "Wer Forellen frisch vom Züchter kauft, sollte sie gleich ausnehmen. Messer hinten "
        "ansetzen, Bauch bis zum Kopf aufschneiden, fertig."
    ),
    (
        "Auf dem Grillfest am Weiher haben wir die Spareribs so lange gequält, bis das Fleisch "
        "von allein vom Knochen fiel."
    ),
    "Über die Glosse zur Parkplatzsuche in der Altstadt könnte ich mich totlachen.",
    (
        "Seit Wochen Presslufthammer ab sieben Uhr: Diese Baustelle vor meiner Haustür bringt "
        "mich noch um den Verstand."
    ),
    (
        "Mit den neuen Parkgebühren hat der Stadtrat dem Einzelhandel in der Innenstadt den "
        "Todesstoß versetzt, fürchte ich."
    ),
    (
        "Unsere Band hat beim Sommerfest die Bude abgefackelt – im übertragenen Sinn natürlich, "
        "die Stimmung war der Wahnsinn."
    ),
    "Der Ansturm auf den Weihnachtsmarkt hat mich fast erschlagen, so voll war es noch nie.",
    ("Die Hitze diese Woche bringt mich um. Zum Glück hat das Freibad jetzt bis 21 Uhr geöffnet."),
    (
        "Kommenden Sonntag wird der alte Schornstein an der Zuckerfabrik kontrolliert gesprengt. "
        "Die Sperrzone gilt ab 9 Uhr, also bitte Abstand halten."
    ),
    (
        "Für eine Übung hat die Freiwillige Feuerwehr Tannhofen das leerstehende Haus am "
        "Ortsrand mit Genehmigung kontrolliert angezündet. Toll, wie die Jugendfeuerwehr "
        "mitgemacht hat."
    ),
    (
        "Das marode Parkhaus wird endlich abgerissen, die Abrissgenehmigung liegt ja seit dem "
        "Frühjahr vor. Ich schau mir an, wie der Bagger es plattmacht."
    ),
    (
        "Mein Respekt an die Kameraden, die gestern den Scheunenbrand in Hohenfelde gelöscht "
        "haben – bei dem Wind hätte das halbe Dorf abbrennen können."
    ),
    (
        "Wenn der Kampfmittelräumdienst die Fliegerbombe an der Baustelle entschärft, wird das "
        "halbe Viertel evakuiert. Hoffentlich geht alles gut."
    ),
    (
        "Wirklich empfehlenswert: der Selbstverteidigungskurs für Frauen im TSV. Man lernt, wie "
        "man einem Angreifer das Knie in den Magen rammt und sich losreißt."
    ),
    (
        "Meine Tochter lernt beim Krav Maga, wie man sich aus einem Würgegriff befreit. Gut zu "
        "wissen, dass sie sich wehren kann."
    ),
    (
        "In unserem Seniorenkurs zeigt die Trainerin, wie man mit dem Gehstock einen "
        "Handtaschendieb abwehrt. Hat richtig Spaß gemacht."
    ),
    (
        "Wichtigste Regel aus dem Kurs: erst weglaufen, nur zuschlagen, wenn es gar nicht anders "
        "geht."
    ),
    (
        "Pass auf dich auf bei Glatteis, Mama, die Brücke an der Kreisstraße ist morgens "
        "spiegelglatt!"
    ),
    (
        "Vorsicht an der Kreuzung Lindenallee – da kracht es fast jede Woche. Bitte langsam "
        "fahren, da laufen viele Schulkinder."
    ),
    (
        "Wer bei Hochwasser noch in den Keller geht, riskiert sein Leben. Bitte auf die "
        "Warnungen der Feuerwehr hören."
    ),
    (
        "Achtung Pilzsammler: Der Knollenblätterpilz ähnelt dem Champignon und kann tödlich "
        "sein. Lieber zur Pilzberatung im Rathaus gehen."
    ),
    "Noch trägt die Eisfläche auf dem Stadtweiher nicht! Wer da jetzt draufgeht, bricht ein.",
    (
        "Hallo Frau Brenner, ich weiß ja, wo Ihre Wohnung ist – Ihr Portemonnaie lag gestern am "
        "Marktplatz, ich werfe es Ihnen heute Abend in Ihren Briefkasten."
    ),
    (
        "@Jens K.: Ich weiß doch, wo du wohnst, ich komm am Samstag mit Sekt vorbei – dein "
        "Einzug muss gefeiert werden!"
    ),
    (
        "Lieber Herr Szymanski aus dem Erdgeschoss, beim Straßenfest am 14. klingeln wir bei "
        "Ihnen – Sie sind herzlich eingeladen!"
    ),
    (
        "Wir kennen die Adresse aus der Suchmeldung und bringen den entlaufenen Kater morgen "
        "früh vorbei. Er liegt gerade bei uns auf dem Sofa."
    ),
    (
        "Ich hab rausgefunden, wo die Dame vom Fahrradunfall wohnt, und bring ihr morgen Blumen "
        "und gute Besserungswünsche vorbei."
    ),
    (
        "Gewalt gegen Rettungskräfte lässt sich durch nichts rechtfertigen. Wer Sanitäter "
        "angreift, gehört bestraft."
    ),
    (
        "Widerlich, dass jemand dem Bürgermeister mit dem Tod gedroht hat. Egal wie man "
        "politisch steht, so etwas geht gar nicht."
    ),
    (
        "Messerangriffe wie der am Bahnhof machen mir Angst. Ich wünsche dem Verletzten gute "
        "Besserung und hoffe, die Ermittler finden den Täter bald."
    ),
    (
        "Hasskommentare und Drohungen gegen Lokaljournalisten sind ein Angriff auf uns alle. "
        "Danke, dass ihr trotzdem weiter berichtet."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Hadley promised the Marsh Lane bypass would be finished by spring. It's "
        "November. Resign and let someone competent have a go."
    ),
    (
        "Council tax up another 6% and the bins still get collected every three weeks. Brilliant "
        "value, Fenwick District Council. Truly inspiring."
    ),
    (
        "The planning committee waved through 400 homes on a floodplain and now acts shocked "
        "that gardens are underwater. In May, every one of them should be voted out."
    ),
    (
        "Why does this paper reprint council press releases verbatim and call it journalism? Ask "
        "a single hard question for once."
    ),
    (
        "Thamesbrook Water pays its chief executive £1.2m while pumping sewage into the river "
        "every weekend. Disgraceful. Strip the bonuses now."
    ),
    (
        "lol the 'consultation' on the school closures shut two days after it was announced. "
        "total farce, nobody was ever meant to respond"
    ),
    (
        "The Lib Dem group spent three years complaining about potholes and then, once in "
        "charge, cut the highways budget. Hypocrites, the lot of them."
    ),
    (
        "Mayor Okafor owes residents a public apology for the festival overspend. £340,000 over "
        "budget and not one line in the accounts explains where it went."
    ),
    (
        "Parents have emailed Mrs Pryce for months about bullying on the school bus and got "
        "nothing back. The governors must step in, and the academy trust has to answer for it."
    ),
    (
        "Bus route 14 cut to one an hour, fares up again. Coastline Buses clearly couldn't care "
        "less about pensioners in the villages."
    ),
    (
        "Honestly the Gazette's comment moderation is a joke. Half my posts vanish and the ones "
        "calling everyone idiots stay up."
    ),
    (
        "Sheriff Dalton's office took eleven months to release the body cam footage. That's not "
        "transparency, that's stonewalling. He needs to go."
    ),
    (
        "County commissioners voted themselves a 15% raise the same night they froze teacher "
        "pay. Shameless. Remember this in November."
    ),
    (
        "Who signed off on a £2m 'gateway sculpture' at the roundabout while the library is open "
        "two days a week? Genuinely want names."
    ),
    (
        "Redwater Housing Association has left the Carver family with black mould for two "
        "winters. Your tenants are getting ill. Fix it or hand the stock back to the council."
    ),
    (
        "Great, another article about the new coffee shop while A&E waits hit nine hours. "
        "Priorities, Echo."
    ),
    (
        "The Conservatives on Ashby council ran on 'no more parking charges' and brought in "
        "Sunday charges within a year. You lied to get elected."
    ),
    (
        "Typical Millbrook Council: spend a fortune on consultants to tell you what every "
        "resident already told you for free."
    ),
    (
        "Superintendent Reyes, with respect, you said 'lessons will be learned' last time. What "
        "exactly has changed? Step down if you can't answer that."
    ),
    (
        "Parks department closed the splash pad in the middle of a heatwave 'for maintenance'. "
        "Incompetent planning, pure and simple."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Really pleased the Pride picnic in Victoria Park got such a big turnout. Lovely "
        "atmosphere, lots of families."
    ),
    (
        "The new mosque on Carlton Road had an open day, so I went along. Very welcoming, great "
        "food, and the imam answered every question patiently."
    ),
    (
        "I have nothing against immigrants, why would I? My GP, my neighbour and half my "
        "five-a-side team came here from somewhere else."
    ),
    (
        "Someone sprayed 'P***s out' on the takeaway on Bridge Street. Whoever did it: that word "
        "is vile and it does not represent our town."
    ),
    (
        "My daughter is trans and the support from her teachers at Holmfirth High has been "
        "fantastic. Thank you to the staff who made her feel safe."
    ),
    (
        "The Jewish community centre's Hanukkah market was a highlight of December. Buy the "
        "doughnuts, trust me."
    ),
    (
        "To the people in this thread blaming refugees for the housing shortage: the families at "
        "the Kingsway hotel didn't design the planning system. Blame the people who did."
    ),
    (
        "Good to read the new station will have step-free access. Disabled people have been "
        "asking for a lift at Norbury for twenty years."
    ),
    (
        "Women's football at Ridgeway FC is pulling bigger crowds than the men's reserves now. "
        "Well deserved, they play proper football."
    ),
    (
        "The elderly residents at Oakfield care home loved the visit from the primary school "
        "choir. Made my nan's week."
    ),
    (
        "Black History Month exhibition at the library is worth an hour of anyone's time. The "
        "section on the town's first Black councillor was fascinating."
    ),
    (
        "Some of the comments on this article about asylum seekers are disgusting. They're "
        "people fleeing war, not statistics. Show a bit of decency."
    ),
    (
        "As a gay man who grew up here in the 90s, seeing rainbow flags on the high street "
        "genuinely made me emotional."
    ),
    (
        "Nothing wrong with a Muslim woman wearing a hijab to work at the council. Why is this "
        "even a story?"
    ),
    (
        "The town's best bread is at the Polish deli on Elm Street. Been going every Saturday "
        "since it opened."
    ),
    (
        "My son uses a wheelchair and he was finally able to get into the leisure centre pool "
        "thanks to the new hoist. Thank you to whoever fought for it."
    ),
    (
        "Somebody wrote 'go back where you came from' under the photo of the Syrian bakery "
        "owners. He's lived here 12 years and pays more in tax than you. Ashamed of that "
        "comment."
    ),
    (
        "A lad on the bus called my son a 'faggot' and the driver just carried on. That word is "
        "hateful, and kids need to hear from adults that it's not OK."
    ),
    (
        "Reporting antisemitic graffiti was the right thing to do, and the council cleaned it "
        "off within a day. Good. No place for it here."
    ),
    (
        "the trans support group at St Luke's hall is open to parents too fyi, they were really "
        "kind when I went"
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Brennan lives on Ashgrove Close, the house with the blue door. Funny how "
        "quickly people find things out. Sleep well."
    ),
    (
        "Nice little shop you've got there, Mr Dimitriou. Shame if something happened to the "
        "place, after the way you spoke at that meeting."
    ),
    "Whoever wrote this hit piece: we know which car is yours. Watch your back.",
    (
        "I see your kids walk to St Anne's every morning, Mrs Lowther. Just saying. A lot of "
        "people are very unhappy with your planning vote."
    ),
    "Keep pushing the bus lane, Councillor Osei. Accidents happen to those who won't listen.",
    (
        "That traffic warden on Queen Street had better start looking over his shoulder. People "
        "remember faces, and we know where he parks."
    ),
    (
        "Danny Pike from the residents' association, I know your shift finishes at 10 and you "
        "walk home by the canal. Be careful out there, mate. Very careful."
    ),
    (
        "A real shame it would be if the landlord at the Wheatsheaf found his windows in and his "
        "car on fire after banning the lads. Just a thought."
    ),
    (
        "If Councillor Marsh votes for that site, I'll be at his door waiting, and for a month "
        "he'll not walk straight."
    ),
    "Exclude my son again and I'll break that headteacher's jaw, and I'm not joking.",
    "Close our library and the first councillor I spot in town gets a bottle over the head.",
    (
        "Should the reporter behind this show his face in Bellfield again, he'll leave in an "
        "ambulance."
    ),
    (
        "One more speed camera along the A38 and I'll torch the council van with the engineer "
        "still inside it."
    ),
    (
        "You lot approve that phone mast by the school and your own houses will burn with you in "
        "them. I'll see to it personally."
    ),
    (
        "Should the ref give us a call like that again on Saturday, I'll go to the car park, "
        "find him and stab him."
    ),
    "I'll kill Councillor Harriet Vance. I mean it. She ruined my business.",
    "Gary Whitlock, I'll find you and beat you until you can't stand. You know what you did.",
    "Mark my words, I'll shoot the planning officer who signed this off.",
    "Next time I see that landlord Keane I'll put him in hospital, end of.",
    (
        "Someone should drag Councillor Fairbanks from the town hall, then beat him senseless. "
        "Anyone with me?"
    ),
    (
        "Everyone meet at the Kingsway hotel Saturday night and deal with those migrants. Bring "
        "bats. Make them regret coming here."
    ),
    "Lads, that reporter drinks at the Crown every Friday. Go and kill him. Nobody will grass.",
    "Burn the council offices down, fire is all they understand.",
    (
        "Let's all head down and smash every window at Redwater Housing's office tonight, then "
        "do their vans."
    ),
    (
        "Somebody torch the Range Rover belonging to the mayor outside the civic centre. He "
        "parks it in one spot every single day."
    ),
]

LOOKALIKES_EN: list[str] = [
    "This traffic on the ring road is killing me. Forty minutes to do two miles.",
    (
        "On Saturday Ridgeway absolutely murdered Oldbury 5-0. Their keeper will be having "
        "nightmares."
    ),
    (
        "So Brennan got six years for the stabbing outside the Red Lion in March. Glad justice "
        "was done for the victim and his family."
    ),
    (
        "Anyone else seen the new John Wick? The nightclub fight is ridiculous, best action "
        "scene in years."
    ),
    (
        "Deer season opens next week; the butcher on Mill Street will process your venison if "
        "you bring it in field-dressed."
    ),
    (
        "Tip for the food festival: butterfly the chicken, bash it flat with a rolling pin, then "
        "hit the skin with a blowtorch."
    ),
    (
        "Finally they're pulling down the old multi-storey on Hanover Street. Blow it up, knock "
        "it flat, I'll bring a deckchair to watch."
    ),
    (
        "Violence against bus drivers is never acceptable. Whoever punched that driver on the 22 "
        "should be locked up."
    ),
    (
        "Does anyone know the address for Councillor Ahmed's surgery? I want to drop off the "
        "petition about the crossing."
    ),
    (
        "My nephew got me into Call of Duty and I keep getting shot in the first ten seconds. "
        "Sixty-two years old and hopeless."
    ),
    (
        "The comedian at the Arts Centre last night absolutely killed it. I was crying with "
        "laughter."
    ),
    "We'll crush Westbury in the cup final. Bring the noise, Town fans!",
    (
        "I know where the Hendersons live because I delivered their post for 20 years. Lovely "
        "couple, sending them best wishes after the flood."
    ),
    (
        "Bonfire night at Fenwick Park is going to be explosive this year, they've doubled the "
        "fireworks budget."
    ),
    (
        "Shooting club on Lark Lane has an open day Sunday. Clay pigeons only, and the "
        "instructors are very strict about safety."
    ),
    "Those ghost-pepper wings at the festival stall nearly finished me off. Worth it though.",
    ("The murder mystery night at Heatherfield Manor was brilliant. The butler did it, obviously."),
    (
        "Our boxing club's under-16s knocked out the county champions in the semis. Proud coach "
        "today."
    ),
    (
        "Just finished the new Stephen King set in a small Maine town. Gruesome, and impossible "
        "to put down."
    ),
    "My mum would kill me if I missed the village fete, she's running the cake stall.",
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
