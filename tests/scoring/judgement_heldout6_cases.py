"""A sixth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 71 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows were reworded for the overlap alone, by a writer who saw
no scores, before any scorer was run on the table. Kinds, and what the default policy should do:
sharp but legitimate criticism and neutral or friendly mentions of groups (counter-speech and
negations included) are published; threats and calls for violence are held; harmless look-alikes
are published. German threats, in order: veiled (1-35), conditional (36-60), direct (61-72),
calls against people (73-87), calls against property (88-100); English: veiled (1-8),
conditional (9-15), direct (16-18), calls against people (19-22), calls against property
(23-25).

Every scorer run on it is in the ledger of docs/candidates.md. Never train on it, and do not use
it to fit or tune rules, word lists or thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Drei Jahre Bauzeit für eine Fußgängerbrücke über die Wern – das ist kein Projekt mehr, "
        "das ist ein Witz. Wer hat diese Planung im Bauamt eigentlich abgenickt?"
    ),
    (
        "Sehr geehrte Redaktion, ich finde es bemerkenswert, dass der Stadtrat von Hohenbrück "
        "die Erhöhung der Kita-Gebühren in nichtöffentlicher Sitzung beschlossen hat. "
        "Transparenz sieht anders aus."
    ),
    (
        "Typisch Landratsamt. Erst monatelang nix tun und dann sind alle überrascht, dass die "
        "Turnhalle gesperrt werden muss."
    ),
    (
        "Bürgermeister Kranzbichler verspricht seit der letzten Wahl einen Radweg nach Oberaich. "
        "Passiert ist genau gar nichts. Peinlich."
    ),
    (
        "die neue parkraumbewirtschaftung in der altstadt: reine abzocke. 3 euro pro stunde in "
        "so ner kleinstadt?? gehts noch"
    ),
    (
        "Die Deutsche Bahn streicht schon wieder den Frühzug nach Sielbach. Pendler sind denen "
        "offenbar völlig egal. Ein einziges Versagen."
    ),
    (
        "Man muss sich das mal vorstellen: Das Klinikum Ostwald schließt die Geburtsstation, und "
        "die Kreisräte klatschen auch noch Beifall. Schämt euch für diese Entscheidung."
    ),
    (
        "Skandal ist das richtige Wort. 1,2 Millionen für ein Gutachten, das am Ende sagt, dass "
        "die Brücke marode ist. Das hätte jeder Spaziergänger sagen können."
    ),
    (
        "Na super, wieder mal eine Umleitung durchs Wohngebiet. Danke für nix, liebe "
        "Stadtverwaltung 🙄"
    ),
    (
        "Ich war 30 Jahre im Schützenverein Eichenried, aber wie der Vorstand jetzt mit den "
        "Jugendlichen umgeht, ist unter aller Kanone. Kein Geld für die Jugend, aber ein "
        "Festzelt für 40.000 Euro."
    ),
    (
        "Die Polizei hätte in der Nacht wohl besser etwas früher eingreifen sollen. Über eine "
        "Stunde auf eine Streife warten, das ist bei uns im Landkreis leider normal geworden."
    ),
    (
        "Wieso dauert eine Baugenehmigung für einen Carport in Neukirchen-Tal eigentlich neun "
        "Monate? Das Bauamt ist komplett überfordert und keiner tut was."
    ),
    (
        "Des is doch a Schmarrn, was da im Gemeinderat beschlossen wurde. Des Freibad zusperren "
        "und dafür an Kreisverkehr mit Kunstwerk baun. Mir fehlen die Worte."
    ),
    (
        "Als Grundschullehrerin hier im Kreis sage ich Ihnen: Seit Jahren lässt uns das "
        "Kultusministerium im Stich. Was die Ministerin ankündigt, ist reine "
        "Schaufensterpolitik."
    ),
    (
        "Unfähig, anders kann man die Abfallwirtschaft nicht nennen. Seit drei Wochen keine "
        "Biotonne geleert, und an der Hotline geht keiner ran."
    ),
    (
        "Unsere Landesregierung feiert sich für den Digitalpakt, und an der Realschule Am "
        "Mühlbach gibt es immer noch kein WLAN in den Klassenzimmern. Lächerlich."
    ),
    (
        "Frechheit: Die Stadtwerke erhöhen die Gaspreise und zahlen ihrem Geschäftsführer "
        "zugleich noch eine Prämie. Wer soll das bitte noch verstehen?"
    ),
    (
        "Herr Oberbürgermeister Dr. Lenzhaus, Sie haben im Wahlkampf bezahlbaren Wohnraum "
        "versprochen. Jetzt verkaufen Sie das städtische Grundstück an einen Investor für "
        "Luxuswohnungen. Das ist Wortbruch."
    ),
    (
        "Die Kirchengemeinde schließt St. Margareta und verkauft das Gemeindehaus, doch für die "
        "Renovierung der Bischofsresidenz reicht das Geld? Dass die Leute in Scharen austreten, "
        "überrascht da niemanden."
    ),
    (
        "Das Urteil des Amtsgerichts ist für mich nicht nachvollziehbar. Bewährung für einen "
        "Raser, der mit 120 durch die Ortschaft gefahren ist – welches Signal soll das senden?"
    ),
    (
        "Wer bei der Planung der neuen Ortsumgehung die Anwohner nicht einmal angehört hat, "
        "sollte sich über den Protest nicht wundern. Schlechter Stil vom Straßenbauamt."
    ),
    (
        "Haha, 'Bürgerbeteiligung'. Eine Infoveranstaltung um 14 Uhr an einem Dienstag, wenn "
        "alle arbeiten. Sehr clever gemacht, Rathaus."
    ),
    (
        "Jahrelang hat die CDU im Kreistag den Nahverkehr kaputtgespart und beschwert sich jetzt "
        "über die leeren Busse. Das ist an Scheinheiligkeit kaum zu überbieten."
    ),
    (
        "Genauso die Grünen: im Wahlprogramm Radwege ohne Ende, in der Koalition dann für die "
        "Kürzung gestimmt. Glaubwürdigkeit gleich null."
    ),
    (
        "Bei der Abstimmung über die Schulsanierung hat die SPD-Fraktion komplett gekniffen. "
        "Enthaltung bei so einem Thema ist ein Armutszeugnis."
    ),
    (
        "Antrag um Antrag von der AfD im Stadtrat, die nur Schlagzeilen produzieren sollen, aber "
        "kein einziger konstruktiver Vorschlag zum Haushalt. Reine Show."
    ),
    (
        "FDP fordert Bürokratieabbau, blockiert aber im Land jede Vereinfachung beim "
        "Vergaberecht. Passt irgendwie nicht zusammen."
    ),
    (
        "Der Fußballverband sperrt den Platz in Wiesenfeld wegen ein paar Maulwurfshügeln, aber "
        "beim Derby in der Kreisstadt wird auf einem Acker gespielt. Messen mit zweierlei Maß "
        "nennt man das."
    ),
    (
        "Vorstand des TSV Grünbach tritt geschlossen zurück, nachdem die Kasse leer ist. Wo ist "
        "das Geld hin? Die Mitglieder haben ein Recht auf Aufklärung."
    ),
    (
        "ganz ehrlich, die ampelschaltung an der bahnhofstraße ist der größte murks den ich je "
        "gesehen hab. 2 autos pro grünphase. wer plant sowas"
    ),
    (
        "Schon wieder wurde das Stadtfest wegen 'Sicherheitsbedenken' verkleinert. Mittlerweile "
        "bleiben vom Fest nur noch ein Bierstand und eine Hüpfburg übrig. Traurig, was die "
        "Verwaltung daraus gemacht hat."
    ),
    (
        "Das Gesundheitsamt hat auf meine Anfrage nach sechs Wochen noch nicht geantwortet. "
        "Bürgerservice ist anscheinend ein Fremdwort."
    ),
    (
        "Filiale in Rothenau dicht, Senioren sollen aufs Onlinebanking ausweichen – die "
        "Sparkasse behandelt ihre treuesten Kunden wie lästige Kostenstellen. Eine Frechheit."
    ),
    (
        "Wenn der Landrat sagt, die Notaufnahme sei 'gut erreichbar', sollte er selbst mal "
        "nachts 45 Minuten über die Dörfer fahren. Realitätsfern."
    ),
    (
        "Moin, ich wohne seit 20 Jahren hier am Deich und so eine Schlamperei wie bei der "
        "Sanierung des Sielwegs hab ich noch nicht erlebt. Die Baufirma hat die Hälfte einfach "
        "liegen lassen."
    ),
    (
        "Die Pressemitteilung der Polizei zum Einsatz am Samstag ist ziemlich dünn. Warum wurden "
        "die Demonstranten eingekesselt? Da erwarte ich schon eine ehrliche Erklärung."
    ),
    (
        "Ein Skandal, wie lange das Jugendamt gebraucht hat, um zu reagieren. Da müssen "
        "Konsequenzen gezogen werden, und zwar an der Spitze der Behörde."
    ),
    (
        "Mit Verlaub, aber der Haushaltsentwurf des Kämmerers ist Flickschusterei. Jede Lücke "
        "wird mit Rücklagen gestopft, bis nix mehr da ist."
    ),
    (
        "Berlin beschließt, die Kommunen müssen's zahlen. Immer das gleiche Spiel, und am Ende "
        "wird in unserem Ort die Bücherei geschlossen."
    ),
    (
        "Wieder ein Prestigeprojekt: 8 Millionen für ein 'Begegnungszentrum' am Marktplatz, "
        "während die Schultoiletten seit Jahren kaputt sind. Prioritäten setzen kann dieser "
        "Stadtrat offenbar nicht."
    ),
    (
        "Der Windpark wird durchgewunken, ohne dass die Gemeinde Eschenloh auch nur einen Cent "
        "davon sieht. Schlecht verhandelt, liebe Verwaltung."
    ),
    (
        "Ich finde es peinlich, dass sich der Bürgermeister beim Jubiläum der Freiwilligen "
        "Feuerwehr feiern lässt, nachdem er ihr das neue Löschfahrzeug zweimal gestrichen hat."
    ),
    (
        "Wer hat denn bitte entschieden, die Linie 7 nach 20 Uhr komplett einzustellen? Für "
        "Schichtarbeiter ist das eine Katastrophe. Die Verkehrsbetriebe haben null Ahnung vom "
        "Alltag ihrer Fahrgäste."
    ),
    (
        "Also ich versteh's nicht. Das Landesamt für Denkmalschutz verbietet Solarplatten auf "
        "meiner Scheune, aber nebenan darf ein Discounter mit Flachdach hingestellt werden. "
        "Absurd."
    ),
    (
        "Bravo, Stadtverwaltung. Die Weihnachtsbeleuchtung hängt schon Anfang Oktober, aber die "
        "kaputten Straßenlaternen im Neubaugebiet werden seit Monaten nicht repariert. 👏"
    ),
    (
        "Vierter Geschäftsführer in fünf Jahren an der Kreisklinik. Der Aufsichtsrat sollte sich "
        "mal fragen, was da grundlegend falsch läuft."
    ),
    (
        "Verfahren eingestellt, obwohl die Mängel am Bau offensichtlich sind? Bei der "
        "Staatsanwaltschaft gelten für Bauunternehmer offenbar andere Maßstäbe als für "
        "Normalbürger, so jedenfalls mein Eindruck."
    ),
    (
        "Das Bistum hat die Missbrauchsfälle jahrzehntelang unter den Teppich gekehrt. Dass "
        "jetzt wieder nur von 'Bedauern' die Rede ist, reicht bei weitem nicht."
    ),
    (
        "Die Gemeindeverwaltung Hollerbach hat den Bürgerentscheid schlicht ignoriert. "
        "Demokratie zum Abgewöhnen."
    ),
    (
        "Kurze Frage an die Stadt: Warum wird der Winterdienst erst um 8 Uhr losgeschickt, wenn "
        "alle schon im Graben liegen? Jedes Jahr dasselbe Chaos."
    ),
    (
        "Unwetterwarnung vom Wetterdienst, und die Stadt lässt das Open-Air-Konzert trotzdem "
        "stattfinden. Grob fahrlässig, das hätte böse enden können."
    ),
    (
        "28 Prozent mehr Abwassergebühr sind durch nichts zu rechtfertigen. Der Zweckverband hat "
        "jahrelang schlecht gewirtschaftet und die Bürger sollen es jetzt ausbaden."
    ),
    (
        "Hört doch auf mit den ewigen Arbeitskreisen! Seit 2016 wird über die Sanierung des "
        "Hallenbads 'diskutiert'. Irgendwann muss man auch mal entscheiden."
    ),
    (
        "Der Ministerpräsident lässt sich beim Spatenstich filmen, aber die Finanzierung für den "
        "zweiten Bauabschnitt steht in den Sternen. Wahlkampfgetöse."
    ),
    (
        "Was sich die Firma Brückner Logistik mit dem LKW-Verkehr durchs Dorf leistet, ist "
        "rücksichtslos. Und das Ordnungsamt schaut einfach weg."
    ),
    (
        "Kurzsichtig und respektlos: So nenne ich die Entscheidung der Schulleitung, die "
        "Theater-AG zu streichen, nachdem die Kinder monatelang geprobt haben."
    ),
    (
        "Digitalisierung in der Kfz-Zulassung? Termin in 7 Wochen, online geht nix, und vor Ort "
        "heißt's 'System down'. Willkommen im Jahr 1995."
    ),
    (
        "blitzer direkt hinterm ortsschild an der abschüssigen stelle wo nie was passiert, aber "
        "vor der grundschule steht keiner. da gehts ums geld, nicht um sicherheit"
    ),
    (
        "Ein Lob an die Feuerwehr, aber die Einsatzleitung der Stadt beim Hochwasser war ein "
        "Totalausfall. Sandsäcke kamen erst, als das Wasser schon im Keller stand."
    ),
    (
        "Es ist eine Zumutung, dass der Kreistag das Frauenhaus nur für ein weiteres Jahr "
        "finanziert. Diese Unsicherheit ist für Mitarbeiterinnen und Betroffene untragbar."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Wer in unserer Stadt gegen Geflüchtete hetzt, spricht nicht für die Mehrheit. Gut, dass "
        "so viele zur Gegendemo gekommen sind."
    ),
    (
        "Widerlich, diese Schmierereien an der Lindheimer Synagoge. Jüdisches Leben gehört zu "
        "unserer Stadt, und wer das anders sieht, dem widersprechen wir laut."
    ),
    (
        "'Ausländer raus' an die Bushaltestelle zu sprühen ist kein Meinungsbeitrag, sondern "
        "Hetze. Danke an die Nachbarn, die es gleich überstrichen haben."
    ),
    (
        "Dass die Regenbogenflagge am Rathaus nun bereits das dritte Mal runtergerissen wurde, "
        "ist beschämend. Queere Menschen in unserer Stadt verdienen Respekt und Schutz."
    ),
    (
        "Rassismus gegen Schwarze ist auch im Amateurfußball leider kein Einzelfall. Klasse, "
        "dass der SV Bergheide nach den Rufen auf dem Platz das Spiel abgebrochen hat."
    ),
    (
        "Wer Muslime pauschal als Gefahr darstellt, betreibt Stimmungsmache. Die Gemeinde an der "
        "Kanalstraße engagiert sich seit Jahren bei der Tafel."
    ),
    (
        "Antisemitismus fängt nicht erst bei Anschlägen an, sondern bei solchen 'Witzen' am "
        "Stammtisch. Da muss man widersprechen, jedes Mal."
    ),
    (
        "Was unter dem jüngsten Artikel über die Sinti-Familie in der Hafenstraße kommentiert "
        "wurde, war teilweise unterirdisch. Antiziganismus ist genauso inakzeptabel wie jede "
        "andere Form von Rassismus."
    ),
    (
        "Sprüche wie 'Die nehmen uns die Wohnungen weg' helfen niemandem. Das Problem ist "
        "fehlender sozialer Wohnungsbau, nicht die ukrainischen Familien."
    ),
    (
        "Hass gegen trans Personen hat an unserer Schule keinen Platz. Ich finde es richtig, "
        "dass sich die Schulleitung klar vor die Schülerin gestellt hat."
    ),
    (
        "Der Angriff auf das schwule Paar am Bahnhof macht mich fassungslos. Hoffentlich fasst "
        "man die Täter bald, und die beiden erholen sich gut."
    ),
    (
        "Menschen mit Behinderung als 'Kostenfaktor' zu bezeichnen, wie es ein Redner bei der "
        "Versammlung getan hat, ist menschenverachtend. Gut, dass der Saal widersprochen hat."
    ),
    (
        "Frauenfeindliche Sprüche gegen die neue Schiedsrichterin? Ernsthaft? Peinlich für die "
        "Zuschauer, großer Respekt an sie, dass sie souverän weitergepfiffen hat."
    ),
    (
        "Die Flugblätter gegen die geplante Flüchtlingsunterkunft strotzen vor "
        "Falschbehauptungen. Wer lieber Angst schürt, statt sich zu informieren, macht es sich "
        "reichlich bequem."
    ),
    (
        "Ich bin selbst Christ und sage ganz klar: Wer das Kreuz benutzt, um gegen Muslime "
        "Stimmung zu machen, hat die Botschaft nicht verstanden."
    ),
    (
        "Ich habe nichts gegen Geflüchtete, im Gegenteil, unser Nachbar aus Eritrea hilft mir "
        "jeden Winter beim Schneeschippen. Mich stört nur, dass die Stadt die Unterkunft so "
        "schlecht ausgestattet hat."
    ),
    (
        "Ich hasse niemanden wegen seiner Religion oder Herkunft. Wer hier lebt und mitmacht, "
        "ist ein Teil von Sonnenfeld."
    ),
    (
        "Mir ist egal, ob jemand Kopftuch trägt oder nicht, Hauptsache die neue Kinderärztin "
        "nimmt noch Patienten auf 😅"
    ),
    (
        "ich hab nix gegen türken, murat ist seit der grundschule mein bester kumpel. versteh "
        "die aufregung um den neuen gemüseladen echt nicht"
    ),
    (
        "Nicht jeder Migrant ist kriminell, genauso wenig wie jeder Deutsche. Der Artikel macht "
        "das zum Glück deutlich."
    ),
    (
        "Kein Problem habe ich mit der Moschee im Gewerbegebiet. Parkplatzfragen sollte man "
        "klären, aber das gilt für jede Kirche und jeden Sportverein genauso."
    ),
    (
        "Keiner wird hier wegen seiner Hautfarbe schief angeschaut – so sollte es sein, und beim "
        "Sommerfest in der Weststadt war es auch so."
    ),
    (
        "Ich hasse niemanden, weil er trans ist. Ich verstehe nur die Diskussion um die Umkleide "
        "nicht, die Schule hat doch längst eine gute Lösung gefunden."
    ),
    (
        "Gegen ältere Autofahrer habe ich überhaupt nichts, mein Opa fährt mit 84 noch sicherer "
        "als ich. Pauschale Pflichttests finde ich daher übertrieben."
    ),
    (
        "Ich habe nichts gegen Sinti und Roma und finde es gut, dass der Landkreis endlich eine "
        "Gedenktafel am alten Sammelplatz aufstellt."
    ),
    (
        "Schöner Artikel zum Fastenbrechen auf dem Marktplatz. Die muslimische Gemeinde hat "
        "wirklich alle eingeladen, und die Linsensuppe war großartig."
    ),
    (
        "Die Synagoge in Kellstadt bietet am Tag der offenen Tür Führungen an. Kann ich nur "
        "empfehlen, der Rabbiner erklärt sehr anschaulich."
    ),
    (
        "Toll, dass Rollstuhlbasketball jetzt auch beim TV Haselbach angeboten wird! Mein Sohn "
        "ist schon ganz aufgeregt."
    ),
    (
        "Endlich eine Ampel mit Signalton an der Kreuzung beim Rathaus. Für blinde Menschen war "
        "die Stelle bisher richtig gefährlich."
    ),
    (
        "Gebärdensprachdolmetscher bei der Bürgerversammlung – tolle Sache, das sollte künftig "
        "immer so sein. Gehörlose Mitbürger gehören genauso dazu."
    ),
    (
        "Die syrische Bäckerei am Lindenplatz ist inzwischen mein Lieblingsladen. Die "
        "Pistazienteilchen sind der Hammer."
    ),
    (
        "Gratulation an die Frauenmannschaft des FC Rödelsheim zum Aufstieg! Verdient nach so "
        "einer Saison. ⚽"
    ),
    (
        "Dass die ukrainischen Kinder beim Krippenspiel in der evangelischen Kirche mitgemacht "
        "haben, hat mich sehr berührt."
    ),
    (
        "Unser Seniorentreff sucht übrigens noch Leute, die beim Computerkurs helfen. Die "
        "Älteren sind total motiviert, nur die Helfer fehlen."
    ),
    (
        "Schön, dass beim Stadtlauf dieses Jahr auch eine Inklusionsstaffel mit Menschen mit "
        "Behinderung mitgelaufen ist. Die Stimmung war super."
    ),
    (
        "Die queere Jugendgruppe im Jugendhaus macht richtig gute Arbeit. Meine Tochter fühlt "
        "sich dort endlich angenommen."
    ),
    (
        "Herzlichen Glückwunsch an Frau Yılmaz zur Wahl in den Integrationsbeirat! Sie kennt die "
        "Anliegen der Leute im Viertel wie kaum jemand."
    ),
    (
        "Als Pfarrer der katholischen Gemeinde bin ich sehr froh über das gemeinsame "
        "Friedensgebet mit der Moscheegemeinde und der jüdischen Gemeinde am Sonntag."
    ),
    (
        "Der Sprachkurs für geflüchtete Frauen mit Kinderbetreuung ist eine klasse Sache. Genau "
        "sowas fehlt oft."
    ),
    (
        "Wusste gar nicht, dass es in unserem Landkreis schon seit rund 600 Jahren Sinti gibt. "
        "Danke für den interessanten Artikel zur Ausstellung."
    ),
    (
        "Meine Nachbarn sind ein lesbisches Paar mit zwei Kindern, die netteste Familie in der "
        "ganzen Straße. Schön, dass auch die Zeitung einmal über Regenbogenfamilien berichtet."
    ),
    (
        "der türkische kulturverein hat beim straßenfest wieder die besten köfte gemacht 😋 bitte "
        "nächstes jahr mehr davon"
    ),
    (
        "Barrierefreier Umbau des Bahnhofs? Da wird sich jeder freuen, der mit Rollator, "
        "Kinderwagen oder Rollstuhl unterwegs ist."
    ),
    (
        "Ein schwuler Bürgermeisterkandidat in Unterwaldhausen – früher wäre das eine "
        "Schlagzeile gewesen, heute zählt zum Glück nur das Programm."
    ),
    (
        "Mehr Aufmerksamkeit verdient die Männergruppe der Caritas, die sich um Väter nach der "
        "Trennung kümmert. Danke für den Bericht."
    ),
    (
        "Eine trans Frau als Schöffin am Landgericht – na und? Hauptsache, sie macht ihre Arbeit "
        "gewissenhaft, und das tut sie laut Artikel ja."
    ),
    (
        "Klasse, dass die Stadtbibliothek jetzt Bücher auf Ukrainisch, Arabisch und Türkisch "
        "hat. Lesen verbindet."
    ),
    (
        "Der gemeinsame Auftritt des Posaunenchors mit den jüdischen Klezmer-Musikern beim "
        "Stadtjubiläum war ein echtes Highlight."
    ),
    (
        "Meine Schwiegermutter ist gehörlos und war begeistert von der Theateraufführung mit "
        "Gebärdensprache im Stadttheater. Bitte mehr davon!"
    ),
    (
        "Dass im neuen Pflegeheim muslimische und christliche Seelsorge angeboten wird, finde "
        "ich sehr zeitgemäß."
    ),
    (
        "Migranten stellen in unserer Klinik inzwischen einen großen Teil der Pflegekräfte. Ohne "
        "die Kolleginnen von den Philippinen und aus Bosnien wäre unsere Station längst zu."
    ),
    (
        "Ausländer, Einheimische, Zugezogene – beim Dorfputz am Samstag haben einfach alle mit "
        "angepackt. So muss das sein."
    ),
    (
        "Glückwunsch an die 102-jährige Frau Hackenberg! Immer noch jeden Morgen die Zeitung "
        "lesen, Respekt 😊"
    ),
    (
        "Sehr bewegt hat mich die Ausstellung über jüdische Familien in Bärenthal vor 1933. Gut, "
        "dass die Schulen mit ihren Klassen dorthin gehen."
    ),
    (
        "Die Lesung der Schwarzen Autorin aus Rheinhagen in der Stadtbücherei war ausverkauft, "
        "zu Recht. Ihre Geschichten über das Aufwachsen in der Provinz gehen unter die Haut."
    ),
    (
        "Männer in der Kita sind immer noch selten. Schön, dass der Artikel den Erzieher aus dem "
        "Kinderhaus Sonnenblume vorstellt."
    ),
    (
        "Beim Feuerwehrtag haben die Jugendlichen aus der Wohngruppe für unbegleitete "
        "Minderjährige mitgeholfen – viele wollen jetzt zur Jugendfeuerwehr. Gute Nachricht!"
    ),
    (
        "Frauen sind bei uns im Kreistag leider immer noch in der Minderheit. Umso besser, dass "
        "diesmal drei junge Kandidatinnen antreten."
    ),
    (
        "Als Rollstuhlfahrer freue ich mich über den abgesenkten Bordstein an der Post. Hat zwar "
        "gedauert, aber jetzt komm ich endlich alleine rein."
    ),
    (
        "Mei, de Burschen vom Trachtenverein ham beim Pride-Umzug in Lederhosen mitgmacht. Hätt "
        "i ned erwartet, aber sauber!"
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Wendlandt, Ihr Haus am Lindenweg ist wirklich hübsch. Es wäre ein "
        "Jammer, wenn dem irgendwann etwas zustoßen würde."
    ),
    (
        "schöne grüße an die redakteurin dieses artikels. wir wissen, welche schule ihre kinder "
        "besuchen 😉"
    ),
    "Frau Gerlach, man begegnet sich im Leben immer zweimal. Beim zweiten Mal sind Sie allein.",
    (
        "Der Herr Stadtrat fährt doch jeden Abend um halb elf allein durch den Stadtwald heim. "
        "Nur so als Info."
    ),
    "Wir vergessen nichts – und auch niemanden, der heute im Rat für dieses Heim gestimmt hat.",
    "Noch 23 Tage bis zur Wahl. Danach zählen wir anders, Herr Pohlmann.",
    ("Gib gut Acht auf dich, Tobias. Nachts sind die Straßen in Velden nicht mehr ganz so sicher."),
    (
        "Der silberne Passat von dem Schiedsrichter steht übrigens immer auf dem Parkplatz "
        "hinterm Sportheim. Nur mal so gesagt."
    ),
    (
        "Liebe Frau Richterin Aydın-Braun, Ihr Urteil wird Ihnen noch lange nachgehen. Sehr "
        "lange. Und bis vor Ihre Haustür."
    ),
    "Irgendwann klingelt es bei dir, Schreiberling, und dann ist es nicht der Paketbote.",
    (
        "na, herr journalist, schon mal gemerkt dass seit ner woche immer das gleiche auto vor "
        "deiner tür parkt?"
    ),
    (
        "Ich würd an Ihrer Stelle die Kinder nicht mehr ohne Begleitung zur Bushaltestelle gehen "
        "lassen, Herr Ortsvorsteher. Man weiß ja nie."
    ),
    (
        "Die Windkraft-Befürworter im Kirchwaldener Gemeinderat sollten sich gut überlegen, ob "
        "sie sich hier im Dorf noch sicher fühlen wollen."
    ),
    (
        "Grüß mir deine Frau, Dominik. Die geht doch dienstags immer zum Yoga ins Gemeindehaus, "
        "oder? 🙂"
    ),
    (
        "Wer so schreibt wie dieser Herr Krämer, der sollte mit seinem Hund nachts besser nicht "
        "mehr alleine Gassi gehen."
    ),
    (
        "Mir wisse genau wo der wohnt, der Herr Pfarrer mit seim Kirchenasyl. Des merkt mer sich "
        "hier uff'm Dorf."
    ),
    (
        "Die Polizeiwache in der Bahnhofstraße ist ab 22 Uhr nur noch mit zwei Mann besetzt. "
        "Interessant, oder?"
    ),
    (
        "Es wäre wirklich bedauerlich, wenn Ihr schöner Laden am Marktplatz bald keine "
        "Kundschaft mehr hätte. Oder keine Fenster."
    ),
    (
        "Frau Dr. Seidel, wir haben Ihr Haus fotografiert, Ihr Auto und Ihren Briefkasten auch. "
        "Darüber sollten Sie mal nachdenken."
    ),
    "Die Uhr tickt, Herr Bürgermeister. Tick. Tack.",
    (
        "Unsere Geduld ist bald am Ende, und dann kommt der Tag, an dem wir uns persönlich bei "
        "Ihnen melden. Nicht per Mail."
    ),
    (
        "Schiri Hollmann, der Parkplatz am Sportplatz Eichenried ist nach Abpfiff schön dunkel. "
        "Nur so."
    ),
    "ich hab mir deinen namen und deine adresse aufgeschrieben. mehr sag ich jetzt mal nicht.",
    (
        "Sie haben eine sehr nette Tochter, Frau Stadträtin. Blonde Zöpfe, Kindergarten "
        "Sonnenschein. Hoffentlich bleibt das so."
    ),
    (
        "Wir sind viel mehr, als ihr glaubt, und wir kennen eure Namen. Für jeden im Kreistag "
        "kommt der Tag, an dem abgerechnet wird."
    ),
    "Manche Leute lernen's nur auf die harte Tour. Der Herr Imam wird das auch noch lernen.",
    (
        "Liebe Grüße an den Verfasser. Wir kommen demnächst mal auf einen Kaffee vorbei. "
        "Unangemeldet."
    ),
    (
        "Bei so einem Artikel würde ich mir an Ihrer Stelle ein neues Türschloss besorgen und "
        "nachts das Licht anlassen."
    ),
    (
        "Der Nachbar mit dem Windrad-Pachtvertrag soll mal schauen, ob sein Auto morgen früh "
        "noch anspringt."
    ),
    "Nicht überall hängen Kameras, Herr Kommissar. Merken Sie sich das.",
    (
        "Glaub mir, Frau Weinreich, Sie werden sich wünschen, diesen Kommentar nie geschrieben "
        "zu haben."
    ),
    (
        "Ab jetzt wird jeder Schritt von dem Typen aus dem Flüchtlingsrat beobachtet. Er soll "
        "ruhig wissen, dass wir da sind."
    ),
    "Is ne ruhige Gegend da am Mühlbach, wo der Ratsherr Ebeling wohnt. Noch.",
    "Wir haben Zeit. Viel Zeit. Und ein gutes Gedächtnis, Herr Schöffe.",
    (
        "Schönen Feierabend noch, Herr Redakteur Lindqvist. Genießen Sie ihn, solange Sie noch "
        "unbeschwert nach Hause gehen können."
    ),
    (
        "Wenn dieses Asylheim in der Gartenstraße wirklich kommt, dann gibt es hier Verletzte. "
        "Versprochen."
    ),
    (
        "Sollte der Stadtrat die Windräder durchwinken, wird der Bürgermeister das persönlich zu "
        "spüren bekommen."
    ),
    (
        "Falls die Richterin den wieder laufen lässt, dann kümmern wir uns selbst um sie. Das "
        "war eine Warnung."
    ),
    "Noch ein Artikel in diesem Ton, Frau Hüttner, und Sie brauchen einen guten Zahnarzt.",
    ("wenn der schiri am samstag wieder so pfeift dann kommt der nicht heil aus dem stadion raus"),
    (
        "Entweder die Moschee ist bis Jahresende weg, oder es gibt Tote. Sie haben die Wahl, "
        "Herr Bürgermeister."
    ),
    (
        "Sollten Sie Ihren Antrag nicht bis Freitag zurückziehen, Herr Ratsherr Feldmann, wird "
        "Ihre Familie darunter leiden."
    ),
    (
        "Lässt der Nachbar noch ein einziges Mal seinen Köter in meinen Garten scheißen, schlag "
        "ich ihm den Schädel ein."
    ),
    (
        "Falls dieser Lehrer nochmal was gegen unsere Kinder sagt, brech ich ihm beide Arme. Ich "
        "mein das ernst."
    ),
    (
        "Noch ein Windrad hier in Lichtenhagen, und der Investor verlässt das Dorf nicht mehr "
        "aufrecht."
    ),
    (
        "Wenn ihr Journalisten weiter so lügt, holen wir euch einzeln aus euren Redaktionen. "
        "Dann hört für euch der Spaß auf."
    ),
    ("Gebt ihr dem Bauantrag statt, wird im Rathaus niemand mehr sicher sein. Das ist kein Witz."),
    (
        "Sollte der Täter freigesprochen werden, ziehen wir Staatsanwalt und Richter zur "
        "Rechenschaft – auf unsere Art."
    ),
    (
        "Wann d'Gmeind des Pfarrheim an d'Flüchtling gibt, dann brennt net bloß's Heim, dann "
        "brennet au die, wo des beschlosse hend."
    ),
    (
        "Ein falsches Wort noch von dir im Gemeinderat, Meyer, und du gehst nach der Sitzung auf "
        "Krücken heim."
    ),
    (
        "Kesselt die Polizei hier am Samstag wieder Leute ein, dann fliegen Steine auf die "
        "Beamten. Und nicht zu knapp."
    ),
    (
        "Falls mein Sohn wegen dieser Jugendamts-Tante nicht zurückkommt, weiß sie nicht, was "
        "ihr blüht. Dann mach ich sie fertig, richtig fertig."
    ),
    (
        "Bürgermeisterin Kallweit: Zieh die Straßenausbaubeiträge zurück, oder du wirst den Tag "
        "bereuen, an dem du gewählt wurdest – körperlich."
    ),
    (
        "sollte der typ vom ordnungsamt nochmal nen strafzettel an mein auto machen, dann liegt "
        "er danach unter dem auto"
    ),
    (
        "Druckt die Zeitung noch ein einziges Mal meinen Namen, komm ich bei euch in der "
        "Redaktion vorbei, und dann fließt Blut."
    ),
    (
        "Ultimatum an die Grünen in Bad Hollstein: Bis Montag ist das Projekt gestoppt, sonst "
        "besuchen wir jeden einzelnen von euch zuhause. Und wir bringen keine Blumen mit."
    ),
    (
        "Gewinnt der Verein am Sonntag nicht, kriegt der Trainer auf dem Parkplatz die Rechnung "
        "präsentiert. Mit der Faust."
    ),
    (
        "Lungern die Asylanten nochmal an unserem Spielplatz rum, dann gibt's Prügel, bis keiner "
        "mehr steht."
    ),
    (
        "Solltet ihr die Kita wirklich neben die Unterkunft bauen, dann wird der Architekt das "
        "nicht überleben."
    ),
    (
        "Hör auf, über unseren Verein zu schreiben, Kowalski, sonst stechen wir dich ab. Letzte "
        "Warnung."
    ),
    (
        "Ich werde dich finden, Lohmeier, und dann schlag ich dich zusammen, bis du deinen "
        "eigenen Namen vergisst."
    ),
    "Wir werden diesen Bürgermeister aus seinem Büro zerren und ihn windelweich prügeln.",
    (
        "Der Reporter vom Kreisboten kriegt von mir eins auf die Fresse, sobald ich ihn sehe. "
        "Darauf kann er sich verlassen."
    ),
    "den schiri bring ich um. ernsthaft. nach dem spiel am samstag ist der dran",
    ("Frau Richterin Obermann, ich werde Sie eigenhändig erledigen. Merken Sie sich dieses Datum."),
    "Nächste Woche stehen wir vor der Unterkunft und machen jeden platt, der rauskommt.",
    "Dem Imam aus der Bergstraße werd ich persönlich die Zähne ausschlagen.",
    "I hau dem Gemeinderat Brunner so oane, dass der nimmer aufsteht. Des schwör i.",
    "Sie werden diesen Winter nicht überleben, Herr Vossberg. Dafür sorge ich persönlich.",
    (
        "Am Montag kommen wir zur Stadtratssitzung, und diesmal gehen nicht alle Stadträte auf "
        "eigenen Beinen wieder raus."
    ),
    "Ich stech den Nachbarn ab, der mich bei der Polizei angeschwärzt hat. Heute noch.",
    (
        "Morgen Abend bei der Bürgerversammlung verpassen wir dem Landrat eine Abreibung, an die "
        "er noch in zwanzig Jahren denkt."
    ),
    (
        "Man müsste diesen Bürgermeister mal richtig verprügeln, damit er versteht, was die "
        "Leute denken."
    ),
    "Hängt sie alle auf, die Verräter im Stadtrat! Am Marktplatz, damit es jeder sieht.",
    (
        "Zeit, dass dieser Journalistin endlich mal jemand zeigt, wo hier der Hammer hängt. "
        "Wörtlich."
    ),
    ("Leute, kommt Samstag alle zum Heim und holt euch die Kerle raus. Die Polizei schaut eh weg."),
    "Jemand sollte dem Schiri nach dem Spiel auflauern und ihm die Beine brechen.",
    "Gegen solche Richter hilft nur noch Selbstjustiz. Schnappt sie euch!",
    ("Aufstehen, Bürger von Wendelsheim! Jagt die Flüchtlinge aus unserem Ort, mit allen Mitteln."),
    (
        "Den Typen vom Umweltamt sollte man an einen Baum binden und verprügeln, bis er die "
        "Windräder selbst abreißt."
    ),
    (
        "schlagt die bullen von der wache am bahnhof zusammen, wenn die sich nochmal in unserem "
        "viertel blicken lassen"
    ),
    "Einer muss es ja machen: Der Ratsherr Gündoğan gehört aufgeknüpft.",
    (
        "Wer diesen Hetzer von der Partei-Geschäftsstelle sieht, soll ihm eine reinhauen. Jeder "
        "Schlag ist verdient."
    ),
    (
        "Die Moscheebesucher freitags einfach mal abpassen und ordentlich aufmischen, dann ist "
        "Ruhe im Ort."
    ),
    "Die ganze Redaktion gehört an die Wand gestellt. Alle.",
    (
        "Es wird Zeit, dass das Volk sich die Politiker im Kreishaus selbst vorknöpft, mit "
        "Knüppeln statt Stimmzetteln."
    ),
    (
        "Wer den Kinderschänder aus der Zeitung sieht, tritt ihm den Kopf ein. Dann braucht's "
        "kein Gericht mehr."
    ),
    "Legt Feuer im Rathaus – erst dann kapieren die da oben was.",
    "Das Heim in der Lessingstraße gehört abgefackelt, bevor da überhaupt einer einzieht.",
    (
        "Heute Nacht fliegen bei der Parteizentrale in der Kaiserstraße ein paar Steine durch "
        "die Scheiben. Wer macht mit?"
    ),
    "Die Moschee sollte man einfach sprengen, dann hat sich das Thema erledigt.",
    "Dem Bürgermeister die Reifen zerstechen und den Lack zerkratzen, das wär mal ein Anfang.",
    (
        "Die Windräder bei Hollerbach brennen doch bestimmt schön, wenn man nachhilft. Benzin "
        "hab ich schon im Keller."
    ),
    (
        "Wir sollten der Lügenpresse mal die Redaktionsfenster einschlagen. Die Adresse steht ja "
        "im Impressum."
    ),
    "Polizeiwache abbrennen, Streifenwagen umkippen. So einfach ist das.",
    (
        "Am Wochenende ist das Büro von den Grünen dran. Farbe, Steine, und danach schauen wir "
        "weiter."
    ),
    (
        "Leute, das Auto vom Ortsvorsteher steht jede Nacht vor der Tür. Was zu tun ist, wisst "
        "ihr: Reifen platt und Scheiben kaputt."
    ),
    "Wenn keiner das Flüchtlingsheim anzündet, mach ich's halt selber.",
    "Beim Schiri das Haus beschmieren und die Fenster einwerfen, der hat's verdient.",
    (
        "Brennt die Container am Sportplatz nieder, solange noch keiner drin wohnt! Dann baut "
        "die Gemeinde das nie wieder auf."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Der FC Lindenau hat die Gäste aus Kerbach heute regelrecht vernichtet, 5:0 – so einen "
        "Spielrausch hab ich seit Jahren nicht gesehen!"
    ),
    (
        "Unser Torwart wurde nach der Pause förmlich abgeschossen, drei Gegentore in zehn "
        "Minuten. Trotzdem Kopf hoch, Jungs."
    ),
    "Kopfschuss ins lange Eck in der 89. Minute, Tomasz Wierzba ist einfach eine Maschine 🔥",
    (
        "wir kriegen euch schon noch, liebe Bergheimer! spätestens im Rückspiel im März holen "
        "wir uns die Punkte zurück 😄"
    ),
    (
        "Was für ein Auftritt! Die Handballerinnen vom TSV Ostrach haben die Abwehr der "
        "Gegnerinnen komplett zerlegt. Verdienter Aufstieg!"
    ),
    (
        "Nächstes Wochenende wird Tabellenführer Weißenfeld gestürzt, das schwöre ich euch. Die "
        "Stimmung im Stadion wird explodieren."
    ),
    ("Beim Elfmeterschießen hat unser Keeper die Nerven behalten und den Gegner eiskalt erledigt."),
    (
        "Ringer-Bundesliga in Aldingen: Schultersieg nach 40 Sekunden, der Kerl hat seinen "
        "Gegner einfach auf die Matte geknallt. Wahnsinn."
    ),
    "😂 Lach mich tot über das Foto vom Bürgermeister mit dem Riesenkürbis.",
    (
        "Du bringst mich um, Sabine 😂 Dein Kommentar zum Storchennest auf dem Rathausdach ist "
        "das Lustigste, was ich diese Woche gelesen habe."
    ),
    (
        "Dem Gemeinderat sollte man mal ordentlich den Kopf waschen, dass die Sanierung des "
        "Freibads schon wieder verschoben wird."
    ),
    (
        "Feuer und Flamme sind die Kinder in unserer Kita für das neue Hochbeet, danke an den "
        "Förderverein!"
    ),
    "Könnte mich totärgern, dass ich das Konzert im Stadtpark verpasst habe.",
    "Da platzt mir echt der Kragen, wenn die Baustelle an der B27 noch ein Jahr dauert.",
    "Mit ihrem Kommentar hat Frau Hessler genau ins Schwarze getroffen. Chapeau.",
    (
        "Über diesen Witz vom Kabarettisten bin ich fast gestorben, so gut war der Abend in der "
        "Stadthalle."
    ),
    "Beim Dorffest war die Stimmung der Hammer, die Band hat eingeschlagen wie eine Bombe.",
    (
        "Bei uns im Dorf wird im November noch traditionell geschlachtet, danach gibt's "
        "Wellfleisch und Blutwurst für alle Nachbarn."
    ),
    (
        "Jedes Frühjahr fackel ich das Unkraut in den Pflasterfugen mit dem Gasbrenner ab, geht "
        "schneller als jede Chemie."
    ),
    (
        "Zwiebeln fein hacken, Speck auslassen, dann das Kraut dazu – so macht's meine Oma seit "
        "60 Jahren."
    ),
    (
        "Erst die Eier zerschlagen, dann Zucker rein und alles kräftig schlagen, bis es schaumig "
        "ist. Das Rezept im Wochenendteil ist top."
    ),
    "Holz hacken für den Winter ist mein bestes Workout, 4 Ster sind schon gespalten 💪",
    (
        "Beim Töpferkurs in der VHS haben wir alte Fliesen zerschlagen und daraus Mosaike "
        "gemacht, tolle Sache."
    ),
    (
        "Die Rosen hab ich radikal runtergeschnitten und die Brombeeren mit der Wurzel "
        "ausgerissen. Jetzt ist Ruhe im Beet."
    ),
    (
        "Im Artikel fehlt der Tipp: Den Kürbis mit einem scharfen Beil spalten, ein Küchenmesser "
        "bricht da ab."
    ),
    (
        "Morgen früh wird die alte Eisenbahnbrücke bei Hollerbach gesprengt, ab 6 Uhr ist die "
        "Straße gesperrt. Wer zuschauen will, bitte Abstand halten!"
    ),
    (
        "Großes Lob an die Freiwillige Feuerwehr Birkenau für die Übung am Samstag, das Szenario "
        "mit dem brennenden Bus wirkte erschreckend echt."
    ),
    (
        "Das kontrollierte Abbrennen der Heideflächen bei Sandhofen ist wichtig für die "
        "Artenvielfalt, auch wenn's ordentlich raucht."
    ),
    (
        "Auf dem Truppenübungsplatz wird diese Woche wieder scharf geschossen, also nicht "
        "wundern über den Lärm."
    ),
    (
        "Die Fliegerbombe aus Weltkriegszeiten ist erfolgreich entschärft – danke an den "
        "Kampfmittelräumdienst. Die Evakuierung lief super ruhig."
    ),
    (
        "Bei der Katastrophenschutzübung wurde ein Amoklauf in der Realschule simuliert. Gut, "
        "dass Polizei und Rettungsdienst so etwas proben."
    ),
    (
        "Hab beim Besuchertag der Polizei in Kellstedt mal Handschellen anprobiert, meine "
        "Tochter fand das urkomisch."
    ),
    (
        "THW-Übung am Stausee: Die Jungs haben einen Baumstamm mit der Kettensäge zerlegt und "
        'das Auto darunter "befreit". Respekt.'
    ),
    (
        "Unfassbar, dass der Täter die Gartenlaube der Familie Ranft einfach angezündet hat. Ich "
        "hoffe, er wird gefasst und bekommt seine gerechte Strafe."
    ),
    (
        "Das Urteil gegen den Messerangreifer vom Bahnhof finde ich angemessen, acht Jahre sind "
        "ein klares Signal."
    ),
    (
        "Wer einen Hund vergiftet, gehört vor Gericht. Hoffentlich erwischt die Polizei den "
        "Köderleger in Wennigsen."
    ),
    (
        "Widerlich, diese Drohungen gegen unsere Bürgermeisterin Frau Albers. Man kann politisch "
        "anderer Meinung sein, aber wer mit Gewalt droht, hat jede Grenze überschritten."
    ),
    (
        "Solidarität mit dem Landtagsabgeordneten Kuhnert. Morddrohungen per Mail darf es in "
        "einer Demokratie nicht geben, hoffentlich ermittelt der Staatsschutz zügig."
    ),
    (
        "Laut Artikel hat der Angeklagte gedroht, die Tankstelle in die Luft zu jagen – zum "
        "Glück hat die Kassiererin sofort den Alarm ausgelöst."
    ),
    (
        "Im Prozess gegen die Brandstifter von Eichenried zeigt sich, wie wichtig Zeugenaussagen "
        "sind. Danke an die Nachbarn, die hingeschaut haben."
    ),
    (
        "schlimm was da in der innenstadt passiert ist. mein mitgefühl an den verletzten "
        "taxifahrer, ich hoffe der schläger kriegt ordentlich was aufgebrummt"
    ),
    (
        "Mein Neffe hat beim LAN-Turnier im Jugendzentrum alle kaltgemacht, 27 Kills in einer "
        "Runde 😅"
    ),
    (
        "Als alte Zockerin sag ich: Wer im Shooter den Endboss nicht mit der Panzerfaust "
        "plättet, hat das Spiel nicht verstanden."
    ),
    (
        "Toll, dass die Stadtbibliothek jetzt Konsolen verleiht! Mein Sohn will unbedingt "
        "Zombies abknallen, ich eher Mario Kart 🙈"
    ),
    (
        "In dem Strategiespiel hab ich gestern meine halbe Armee verheizt und trotzdem die Burg "
        "nicht eingenommen."
    ),
    (
        "E-Sport-Verein in Hafenstedt gegründet? Endlich! Ich bin bereit, jeden in FIFA und "
        "Counter-Strike zu zerstören."
    ),
    (
        "Macbeth im Stadttheater: Die Mordszene im dritten Akt war so intensiv, dass der halbe "
        "Saal den Atem angehalten hat."
    ),
    (
        "Großartig, der neue Krimi von Regionalautorin Gudrun Pfeil: Die Leiche im Weiher von "
        "Rottmannsdorf, der Mörder ist der Pfarrer – ups, Spoiler 😬"
    ),
    (
        "Beim Tatort-Dreh in unserer Altstadt wurde gestern eine Schießerei gefilmt, die "
        "Anwohner hatten vorher zum Glück einen Zettel im Briefkasten."
    ),
    (
        '"Arsen und Spitzenhäubchen" bei der Laienbühne Grünwalde – zwei alte Damen, die ihre '
        "Gäste vergiften. Herrlich schwarzer Humor, unbedingt hingehen!"
    ),
    (
        "Ohne mehr Abschüsse von Wildschweinen ist im Frühjahr wieder jeder Maisacker im Revier "
        "Hohenlind umgegraben, da müssen die Jäger ran."
    ),
    (
        "Wir hatten Ratten im Hühnerstall, der Kammerjäger hat Giftköder ausgelegt, seitdem ist "
        "Ruhe."
    ),
    "Gestern hat ein Fachmann die Wespen unterm Dach ausgeräuchert, das Nest war riesig.",
    (
        "Ein sauberer Blattschuss ist das Mindeste, was man dem Tier schuldet, sagt mein Vater "
        "als alter Jäger immer."
    ),
    (
        "Endlich wird der hässliche Betonklotz am Marktplatz abgerissen. Ich bring die "
        "Abrissbirne persönlich mit, wenn's sein muss 😄"
    ),
    (
        "Am Dienstag wird das alte Kühlhaus dem Erdboden gleichgemacht. Schade um die Graffitis, "
        "aber Platz für Wohnungen ist wichtiger."
    ),
    (
        "Spektakulär, die Sprengung des Kraftwerkschornsteins in Brakel – in 8 Sekunden war "
        "alles vorbei."
    ),
    (
        "Jens, ich hab da deine Geldbörse am Wertstoffhof gefunden – Adresse steht ja drin, werf "
        "sie dir heute Abend in den Briefkasten 😉"
    ),
    (
        "Lieber Herr Dombrowski, keine Sorge, ich weiß ja, wo Sie wohnen: Morgen steht ein "
        "Kuchen vor Ihrer Tür, als Dank für die Rettung unseres Katers."
    ),
    (
        "Achtung, ihr Kegelbrüder vom KC Alle Neune: Wir kriegen euch beim Stadtpokal, und dann "
        "gibt's Freibier auf Kosten der Verlierer!"
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Three years and £4m later the Harbour Road bypass still ends in a field. Whoever signed "
        "this off at Castlebridge Council should be sacked for incompetence."
    ),
    (
        "absolute joke. bins on Millfield Avenue not collected for 5 weeks and the council puts "
        "out a press release about 'service excellence' 🙄"
    ),
    (
        "Mayor Thornbury promised transparency and then held the budget vote behind closed "
        "doors. Disgraceful, and voters will remember it in May."
    ),
    (
        "The Pine Hollow school board cut the music program but somehow found money for a new "
        "administrator's office suite. Priorities, apparently."
    ),
    (
        "Waited 9 hours in A&E at St Brendan's with a broken wrist. HSE management should be "
        "ashamed, the nurses were run off their feet while the bosses hide in meetings."
    ),
    (
        "so the police can find time to hand out parking tickets outside the chippy but cant "
        "turn up when a shop gets broken into twice in one week? pathetic"
    ),
    (
        "Councillor Pruett voted down the flood defences in 2019 and now poses for photos in "
        "wellies handing out sandbags. The hypocrisy is staggering."
    ),
    (
        "Southern Vale Water dumped sewage into the Ness eleven times this summer and then paid "
        "their chief exec a bonus. Utterly shameless company."
    ),
    (
        "Another 'consultation' in which the decision had obviously been made before anyone "
        "asked us. Why even bother pretending, Redgate Borough?"
    ),
    (
        "The council's Greens talk big about cycling, yet the new lane on Quarry Street is a "
        "strip of paint over a pothole-ridden gutter. Incompetence at every single stage."
    ),
    (
        "Labour ran this town for 20 years and left the high street boarded up. Now the Tories "
        "are managing the same in half the time. Useless, the whole bunch."
    ),
    (
        "Bus route 47 cut AGAIN. How are pensioners in Oakfield meant to get to the surgery? The "
        "Transit Authority would struggle to run a village raffle."
    ),
    (
        "Sheriff Dalton's office lost evidence in two cases this year and he calls it "
        "'clerical'. That's not clerical, that's a failure of leadership, and he should resign."
    ),
    (
        "The planning committee approving 300 homes on a floodplain after what happened in 2020 "
        "is beyond stupid. Who exactly is lobbying them?"
    ),
    (
        "$12 for parking at the county fair now?? greedy greedy greedy. the fair board has "
        "completely lost the plot"
    ),
    (
        "The Member for Wattle Creek hasn't held a single public meeting in 18 months. Do your "
        "job or step aside, mate."
    ),
    (
        "Ballymore Rovers' board sold the training ground to developers and now want the fans to "
        "fund a new one. Clowns running a once-great club."
    ),
    (
        "Sorry but the new head at Fenwick Academy has been a disaster. Three good teachers quit "
        "this term and parents get nothing but waffly emails."
    ),
    (
        "The council spent £38,000 on a new logo. A LOGO. While the library opens two days a "
        "week. You could not make it up."
    ),
    (
        "Police statement says 'lessons will be learned'. Same thing they said last time, and "
        "the time before. Nothing is ever learned, it's just a phrase to make the story go away."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely to see so many families at the first Pride picnic in Kilcarrow park. Well done "
        "to the organisers."
    ),
    (
        "The new mosque on Station Road held an open day and I went along with my kids. Really "
        "welcoming people, and the food was amazing."
    ),
    (
        "My neighbours are a lesbian couple who've fostered six kids over the years. People like "
        "them are the backbone of this community."
    ),
    (
        "The synagogue in Harrowgate turns 150 this month, a real part of the town's history. "
        "Congratulations to the congregation."
    ),
    (
        "Good to hear the Syrian refugee family who opened the bakery on Mill Lane are doing "
        "well. Best bread in town honestly."
    ),
    (
        "Being in a wheelchair myself, I'm genuinely pleased the new station finally has "
        "step-free access. Took long enough, but fair play to them."
    ),
    (
        "The deaf football team from Carrick won the regional cup! Brilliant achievement, they "
        "deserve far more coverage than this."
    ),
    (
        "Whoever sprayed that graffiti on the Jewish cemetery wall should be ashamed. "
        "Antisemitism has no place in Dunmore, full stop."
    ),
    (
        "The comments beneath the piece on the trans swimmer are depressing to read. She's a "
        "teenager who wants to swim. Leave her alone."
    ),
    (
        "I've nothing against Travellers at all, my grandad was one, but the council should "
        "provide a proper serviced halting site instead of moving families on every few months."
    ),
    (
        "nothing against immigrants whatsoever, half the nurses on my ward came from the "
        "Philippines and Kerala and they were brilliant"
    ),
    (
        "Racist abuse shouted at a Black player during the under-14s game on Saturday? Those "
        "parents should be banned from the ground for life. Proud of the lads who walked off "
        "with him."
    ),
    (
        "the Muslim community in Eastfield raised over £10k for the flood appeal, fair play to "
        "them 👏"
    ),
    (
        "Women's rugby at Glenvale is booming, three teams now. Come down on a Sunday and watch, "
        "it's great craic."
    ),
    (
        "Sign language classes at the library are free on Tuesdays. My son is deaf and it would "
        "be lovely if more people could say hello to him properly."
    ),
    (
        "I'm not religious and I have nothing against any faith, but I don't think the council "
        "should pay for church, mosque or temple roof repairs. Keep it neutral."
    ),
    (
        "Hate leaflets about asylum seekers came through letterboxes on Elm Grove last night. "
        "Binned mine. These people are our neighbours and they're welcome here."
    ),
    (
        "Great that the new disability sports hub is opening in Tamworth Heights. Adaptive "
        "cycling sessions start in September for anyone interested."
    ),
    (
        "The gay couple who run the Crown and Anchor did a free Christmas dinner for lonely "
        "pensioners. Absolute legends."
    ),
    (
        "Abusing a woman for wearing a hijab at a bus stop is cowardly and disgusting. Hope the "
        "police trace him, and I hope she knows most of Brackley stands with her."
    ),
]

THREATS_EN: list[str] = [
    (
        "Lovely place you have on Larkspur Close, councillor. Shame if people started paying it "
        "a visit."
    ),
    ("We know what school your kids attend, Mr Hendry. Think very carefully about your next vote."),
    (
        "That red Audi parked outside the planning office every morning... be a pity if "
        "something happened to it. Just saying."
    ),
    "Watch yourself walking home from the town hall, Councillor Mbeki. Dark evenings now.",
    ("People round here don't forget, Sergeant Cole. Not ever. You'll find that out soon enough."),
    (
        "To whoever wrote this piece: we've seen where you park and what time you leave the "
        "office. Keep writing."
    ),
    (
        "Tell the headmistress she's got a lovely garden out in Ashby. Pity if the whole lot had "
        "to be replanted. She'll know what I mean."
    ),
    (
        "Mayor Quinlan should remember the lads from the estate know his face. And his wife's. "
        "Sooner or later these things catch up with people."
    ),
    (
        "Should that mast go up on Church Hill, the contractor who builds it won't be walking "
        "straight for a long while."
    ),
    (
        "Unless the council reverses the closure of Brookside pool by Friday, someone on that "
        "committee will get hurt. I mean it."
    ),
    (
        "If Judge Harlow lets him out on bail I'll deal with him myself, and he won't be getting "
        "back up."
    ),
    (
        "Close our GP surgery and I swear the practice manager gets a brick through her "
        "windscreen, with her sat in the car."
    ),
    "if the landlord tries to evict my mum ill put him in hospital simple as that",
    (
        "Let that lot camp on our pitch once more and the parish council chair gets a kicking. "
        "I'll make sure of it personally."
    ),
    (
        "Touch the war memorial for your 'redevelopment', Mr Granger, and it'll be you needing a "
        "memorial."
    ),
    "After Thursday's meeting I'll hunt down Councillor Price and smash in his face.",
    (
        "Ryan Colby from the Evening Post, I'm coming to your office tomorrow to hurt you. Count "
        "on it."
    ),
    "That bailiff who took my van gets stabbed when I next see him. Done talking.",
    "Somebody ought to drag the planning officer out of his house and beat him up properly.",
    (
        "Everyone meet at the council offices Monday and we'll sort these councillors out with "
        "our fists. They deserve every hit."
    ),
    (
        "The refugees at the Grand Hotel should be chased out of our town with baseball bats. "
        "Who's in?"
    ),
    (
        "If you see any of those traffic wardens on Market Street, give them a beating they "
        "won't forget. They've earned it."
    ),
    "Burn the new council depot down – words clearly don't reach that lot anymore.",
    "Somebody should put every window in at the mayor's office tonight. Bring bricks.",
    (
        "Let's go down to the wind farm site this weekend and wreck every bit of machinery we "
        "can get our hands on."
    ),
]

LOOKALIKES_EN: list[str] = [
    "Harlow Town absolutely slaughtered Brindley 6-0 on Saturday. Their keeper had no chance.",
    "Our under-11s killed it at the county finals, proud of every single one of them!",
    "After standing in the rain for two hours at the Easter parade I could murder a curry.",
    (
        "My granddaughter has joined the Youth Council and I swear she'll finish me off with all "
        "her petitions 😂"
    ),
    (
        "The fire brigade drill at Kingsmead School this morning had me worried until I saw the "
        "sign. Smoke everywhere but all staged. Great to see them practising."
    ),
    (
        "Watched them demolish the old gasworks chimney at dawn. One big bang and gone in "
        "seconds, quite a sight."
    ),
    (
        "Duck shooting season opens on the marshes next week, please keep dogs on leads near the "
        "reserve."
    ),
    (
        "Cracking shot from O'Halloran in the 89th minute, top corner, the keeper never saw it "
        "coming."
    ),
    (
        "My lad spent the whole half term blowing up zombies on his console. Bring back the "
        "youth club please!"
    ),
    (
        "Horrible news about the stabbing in Linthorpe. Thoughts with the family – hope the "
        "police catch whoever did it."
    ),
    (
        "Found a little spaniel wandering on Holloway Lane, tag says Biscuit. Your address is on "
        "it, so I'll drop him round this afternoon 🐶"
    ),
    (
        "Tip from the Bakewell show winner: cream the butter and sugar, then beat the living "
        "daylights out of the eggs. Worked a treat."
    ),
    (
        "The new chef at The Plough butchers a whole lamb in front of you on Friday nights. "
        "Gruesome to watch but best roast in the county."
    ),
    (
        "Our quiz team got absolutely destroyed at the Red Lion on Tuesday. We'll be back for "
        "revenge next month!"
    ),
    "Darts final at the Legion was a massacre, Pete hit three 180s in a row.",
    (
        "The village bonfire committee are burning the Guy at 7pm on the 5th, fireworks after. "
        "Bring sparklers."
    ),
    "Knocked 'em dead on opening night! Well done to the whole Tilbury Players cast.",
    (
        "Paintball fundraiser for the hospice: I got shot about forty times and loved every "
        "minute. Raised £2,300!"
    ),
    (
        "Quarry company is blasting the old rock face with controlled explosions next week. "
        "Residents will get letters, windows should be fine."
    ),
    (
        "That crumble at the church fete was so good it should be illegal. Arrest the vicar's "
        "wife 😄"
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
