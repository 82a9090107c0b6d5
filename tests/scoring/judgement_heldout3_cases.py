"""A third held-out judgement table: German regional news comments, some English.

Written in one sitting by a writer who read neither the functional suite, the threat tables, the
other judgement tables nor any training template or written row. 52 cases that shared a run of
five words with those (the writers of these tables draw on the same stock of phrasing) were
reworded for the overlap alone, by writers who saw no scores, before any scorer was run on the
table. Kinds, and what the default policy should do: sharp but legitimate criticism and neutral
or friendly mentions of groups (counter-speech included) are published; threats and calls for
violence are held; harmless look-alikes are published. German threats, in order: veiled
(1-25), conditional (26-45), direct (46-55), calls against people (56-70), calls against
property (71-80); English: veiled (1-8), conditional (9-14), direct (15-18), calls against
people (19-22), against property (23-25).

Candidates have been run on it since it was written (the ledger in docs/candidates.md says
which). Never train on it, and do not use it to fit or tune rules, word lists or
thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Der Stadtrat hat die Schließung der Grundschule in Sterkrade durchgewunken, ohne auch "
        "nur einmal mit den Eltern zu reden. Das ist ein Skandal."
    ),
    (
        "Unfähig, einfach nur unfähig. Seit drei Jahren wird an der Ortsumgehung geplant und es"
        " steht immer noch kein Bagger da."
    ),
    (
        "Frau Bürgermeisterin, treten Sie zurück! Wer die Kita-Gebühren zum dritten Mal erhöht "
        "und sich selbst die Aufwandsentschädigung anhebt, hat jedes Vertrauen verspielt."
    ),
    (
        "Der Landrat versteckt sich hinter Gutachten. Die Menschen im Kreis wollen endlich "
        "wissen, ob die Geburtsstation in Wolfhagen bleibt oder nicht."
    ),
    (
        "Was für ein Totalversagen der Polizei am Samstag beim Derby. Hundert Beamte vor Ort "
        "und trotzdem fliegen Pyros aufs Spielfeld?"
    ),
    (
        "Die SPD-Fraktion redet im Wahlkampf von bezahlbarem Wohnen und stimmt dann für "
        "Luxuswohnungen am Hafen. Heuchler!"
    ),
    (
        "Liebe Redaktion, euer Artikel ist reine Hofberichterstattung. Keine einzige kritische "
        "Frage an den OB, das nennt ihr Journalismus?"
    ),
    (
        "Ich hab die Petition gegen den Windpark am Hohen Kopf unterschrieben und geh auch zur "
        "Demo am Marktplatz. Die Bürger wurden schlicht übergangen."
    ),
    (
        "Die Grünen im Kreistag haben den Radweg nach Bad Hersfeld jahrelang blockiert und "
        "feiern sich jetzt dafür. Lächerlich."
    ),
    (
        "4,2 Millionen für ein neues Rathausfoyer aber für die Sanierung der Schultoiletten ist"
        " kein Geld da?? Prioritäten wie im Tollhaus."
    ),
    (
        "Das Urteil gegen den Raser ist ein Witz. Zwei Jahre auf Bewährung nach einem toten "
        "Fußgänger, da versteht doch kein normaler Mensch mehr die Justiz."
    ),
    (
        "Die Kosten für die Unterbringung von Asylbewerbern im Kreis sind offenbar völlig aus "
        "dem Ruder gelaufen. Ich erwarte vom Landrat eine transparente Aufstellung, und zwar "
        "öffentlich."
    ),
    (
        "Ich habe nichts gegen eine Moschee in der Nordstadt, aber der Bauausschuss hätte die "
        "Anwohner vorher informieren müssen. So schafft man nur Misstrauen."
    ),
    (
        "Gendersternchen in jeder Pressemitteilung der Stadtverwaltung, aber die Bürgerbüros "
        "haben nur zwei Tage die Woche auf. Kümmert euch um das Wesentliche."
    ),
    (
        "Eine feste Frauenquote für den Aufsichtsrat unserer Stadtwerke find ich ehrlich gesagt"
        " falsch, da sollte die Qualifikation entscheiden. Diese Meinung muss man hier auch "
        "vertreten dürfen."
    ),
    (
        "Der TSV-Vorstand hat unseren Verein in den Ruin gewirtschaftet. Drei Trainer in einer "
        "Saison und jetzt droht die Insolvenz, Rücktritt sofort!"
    ),
    (
        "Die CDU hat hier 40 Jahre regiert und jetzt beschweren sie sich über marode Brücken? "
        "Wer hat die denn verfallen lassen"
    ),
    (
        "Die Klinikleitung lügt uns ins Gesicht. Erst hieß es, die Notaufnahme bleibt, jetzt "
        "wird sie nachts geschlossen. Ein einziges Versagen."
    ),
    (
        "Schon wieder eine Baustelle auf der B27 und niemand hält es für nötig, die "
        "Ampelschaltung anzupassen. Wer plant sowas eigentlich?"
    ),
    (
        "Der Polizeipräsident sollte sich mal fragen, warum die Wache in Lindenau nur noch bis "
        "18 Uhr besetzt ist. Sicherheitsgefühl gleich null."
    ),
    (
        "Die Freien Wähler versprechen im Wahlkampf alles und im Rat enthalten sie sich bei "
        "jeder unbequemen Abstimmung. Politisch gesehen sind das Feiglinge."
    ),
    (
        "Die AfD stellt hier einen unzulässigen Antrag nach dem anderen, nur um sich hinterher "
        "als Opfer zu inszenieren. Durchschaubar und peinlich."
    ),
    (
        "Gratis Busse und Bahnen für alle, verlangt die Linke, und verschweigt, wer die "
        "Rechnung übernehmen soll. Populismus bleibt Populismus, auch wenn er von links kommt."
    ),
    (
        "Ich werd bei der nächsten Kommunalwahl ganz sicher nicht mehr FDP wählen. Die Erhöhung"
        " der Parkgebühren hat mir gereicht."
    ),
    (
        "BSW im Stadtrat: große Töne, null Ahnung vom Haushaltsrecht. Die Rede vom Donnerstag "
        "war zum Fremdschämen."
    ),
    (
        "Warum zahlt die Stadt für die Flüchtlingsunterkunft auf dem früheren Kasernengelände "
        "eine Miete, die doppelt so hoch ist wie ortsüblich? Das muss der "
        "Rechnungsprüfungsausschuss aufklären."
    ),
    (
        "Nach zwanzig Minuten war Schluss: Ortsvorsteher Brenner hat die Bürgerversammlung "
        "einfach beendet, weil ihm die Fragen nicht passten. Undemokratischer gehts kaum."
    ),
    (
        "Die Zeitung hat den Namen meines Vereins falsch geschrieben und die Ergebnisse "
        "vertauscht. Ein bisschen Sorgfalt wär schön, ich zahl immerhin 38 Euro im Monat."
    ),
    (
        "Der Bischof soll endlich die Akten zu den Missbrauchsfällen offenlegen. Dieses Mauern "
        "der Kirche ist unerträglich."
    ),
    (
        "Das Hallenbad dichtzumachen ist ein Armutszeugnis, und zwar für die gesamte Stadt. Wo "
        "lernen die Kinder hier künftig schwimmen?"
    ),
    (
        "Die Bahn hat den Regionalexpress schon wieder gestrichen, dritte Woche in Folge. Ich "
        "fordere eine Entschädigung für alle Pendler aus dem Vogelsberg."
    ),
    (
        "Die Stadtratssitzung war eine Farce, die Beschlussvorlage kam erst am Abend vorher. So"
        " kann niemand seriös abstimmen."
    ),
    (
        "Ich find es falsch, dass die Abschiebung von verurteilten Straftätern so lange dauert."
        " Da muss die Ausländerbehörde schneller werden, das hat nix mit Hetze zu tun."
    ),
    (
        "Die Staatsanwaltschaft hat das Verfahren gegen den Bauunternehmer eingestellt? Das "
        "riecht gewaltig nach Vetternwirtschaft."
    ),
    (
        "Herr Landrat, Sie haben im Wahlkampf versprochen, die Busverbindung nach Altenkirchen "
        "zu erhalten. Jetzt wird sie gestrichen. Das war glatter Wortbruch."
    ),
    (
        "Die Bauern haben völlig recht mit ihren Protesten. Die Streichung beim Agrardiesel "
        "trifft die kleinen Betriebe hier im Emsland am härtesten."
    ),
    (
        "Die Traktorblockade an der Autobahnauffahrt fand ich trotzdem daneben, meine Frau kam "
        "deswegen zu spät zur Dialyse. Protest ja, aber nicht so."
    ),
    (
        "Die Karnevalsgesellschaft kassiert Zuschüsse von der Stadt und verlangt dann 45 Euro "
        "Eintritt für die Prunksitzung. Frechheit."
    ),
    (
        "Der Schiri gestern war eine Katastrophe, zwei klare Elfer nicht gegeben. Der Verband "
        "sollte den mal aus der Landesliga nehmen."
    ),
    (
        "Die Stadtwerke schlagen bei der Fernwärme 30 Prozent drauf, und der Geschäftsführer "
        "bekommt obendrein einen Bonus. Ich bin sprachlos."
    ),
    (
        "Wer im Bauamt hat eigentlich genehmigt, dass direkt neben dem Kindergarten ein "
        "Logistikzentrum mit 200 LKW am Tag entsteht? Das gehört öffentlich aufgeklärt."
    ),
    (
        "Die Grünen wollen Tempo 30 auf der Hauptstraße, wohnen aber selbst fast alle im "
        "Neubaugebiet am Waldrand. Klassische Doppelmoral."
    ),
    (
        "Ich erwarte von der Oberbürgermeisterin eine Entschuldigung bei den Anwohnern der "
        "Feldstraße. Drei Wochen ohne Wasserdruck und kein einziges Wort aus dem Rathaus."
    ),
    (
        "Die Polizei hat beim Klimaprotest vor dem Kraftwerk völlig unverhältnismäßig "
        "Pfefferspray eingesetzt. Das muss ein unabhängiges Gremium untersuchen."
    ),
    (
        "Unsere Kommune nimmt mehr Geflüchtete auf als sie Kitaplätze und Wohnungen hat. Das "
        "sag ich als Gemeinderätin ganz nüchtern: Bund und Land lassen uns allein."
    ),
    (
        "Die Berichterstattung über den Prozess war tendenziös, der Angeklagte wurde "
        "vorverurteilt bevor das Gericht überhaupt entschieden hat. Schämt euch, liebe "
        "Redaktion."
    ),
    (
        "Der Kreistag beschließt eine Resolution gegen das Krankenhaussterben und stimmt zwei "
        "Monate später selbst für die Fusion. Man kann sich das nicht ausdenken."
    ),
    (
        "Als Lehrerin sag ich: die Schulzusammenlegung ist pädagogischer Murks. 32 Kinder pro "
        "Klasse, keine Inklusionshelfer, aber Hauptsache Geld gespart."
    ),
    (
        "Die CSU-Mehrheit im Marktgemeinderat hat des Bürgerbegehren zum Hallenbad mit "
        "Verfahrenstricks ausgehebelt. Mia sammeln trotzdem weiter Unterschriften."
    ),
    (
        "Mich nervt das Gendern in der Zeitung ehrlich gesagt. Bürger:innen liest sich holprig,"
        " bitte schreibt wieder normal. Ist nur meine Meinung als Abonnent."
    ),
    (
        "Der Handballverein hat die Jugendabteilung still und heimlich aufgelöst. Bei der "
        "Mitgliederversammlung stell ich den Antrag, den Vorstand abzuwählen."
    ),
    (
        "Das Gericht hat die Klage der Anwohner gegen die Windräder abgewiesen, ohne das "
        "Lärmgutachten ernsthaft zu prüfen. Wir gehen in Berufung."
    ),
    (
        "Der Ausbau der Moschee in der Industriestraße sollte genauso streng geprüft werden wie"
        " jeder andere Bauantrag, nicht strenger und nicht laxer. Mehr verlange ich nicht."
    ),
    (
        "Die Verwaltung hat 800.000 Euro für eine Beraterfirma ausgegeben, die uns erklärt, "
        "dass wir sparen müssen. Realsatire pur."
    ),
    (
        "Dieser Stadtrat von der SPD hat im Ausschuss geschlafen, wortwörtlich, ich saß auf der"
        " Tribüne. Für sowas zahlen wir Sitzungsgeld?"
    ),
    (
        "Die Integrationskurse sind seit Monaten ausgebucht und das Jobcenter schiebt die "
        "Verantwortung aufs BAMF. Die Leute wollen Deutsch lernen und dürfen nicht. "
        "Behördenversagen."
    ),
    (
        "Der Veranstalter des Weihnachtsmarkts hat die Standmieten verdoppelt, die Hälfte der "
        "örtlichen Händler ist raus. Danke für nichts."
    ),
    (
        "Der Polizeipräsident behauptet, die Drogenszene am Bahnhof sei unter Kontrolle. Er "
        "sollte da mal abends aus dem Zug steigen. Realitätsverlust."
    ),
    (
        "Nach 25 Jahren hab ich mein Abo beendet. Die Lokalredaktion schreibt nur noch "
        "Pressemitteilungen ab."
    ),
    (
        "Die Entscheidung des Verwaltungsgerichts zur Sperrstunde in der Altstadt ist "
        "weltfremd. Die Wirte haben jahrelang investiert und stehen jetzt vor dem Aus."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Mein Nachbar ist schwul und seit 20 Jahren mit seinem Mann zusammen, die beiden "
        "organisieren jedes Jahr unser Straßenfest. Tolle Leute."
    ),
    (
        "Schön, dass es in Gießen jetzt eine Beratungsstelle für trans Jugendliche gibt. Das "
        "hätte mir mit 15 sehr geholfen."
    ),
    (
        "Die syrische Familie, die bei uns im Haus wohnt, hat uns zum Fastenbrechen eingeladen."
        " Es war ein wunderbarer Abend."
    ),
    (
        "Die jüdische Gemeinde in Erfurt feiert dieses Jahr ihr Gemeindefest offen auf dem "
        "Domplatz. Ich geh mit meinen Kindern hin."
    ),
    (
        "Ukrainische Pflegekräfte halten bei uns im Seniorenheim den Laden am Laufen. Ohne sie "
        "wäre die Station längst zu."
    ),
    (
        "Ich bin Muslimin und trage Kopftuch, arbeite als Apothekerin in Hagen. Die meisten "
        "Kunden interessiert das null, und das ist gut so."
    ),
    (
        "Wer hier gegen Sinti und Roma hetzt, spricht nicht für diese Stadt. Danke an den "
        "Stadtrat für die Gedenktafel am alten Lagerplatz."
    ),
    (
        "Unser Sohn ist behindert und geht jetzt auf die Regelschule. Die Klassenkameraden "
        "haben ihn super aufgenommen."
    ),
    (
        "Die evangelische Kirchengemeinde hat das Gemeindehaus für die Tafel geöffnet, finde "
        "ich klasse."
    ),
    (
        "Was manche hier über die Flüchtlinge schreiben, die in der Turnhalle untergebracht "
        "sind, ist widerlich. Das sind Menschen, die vor Bomben geflohen sind."
    ),
    (
        "Als schwarze Deutsche werde ich immer noch gefragt, wo ich wirklich herkomme. Aus "
        "Castrop-Rauxel, wirklich."
    ),
    ("Die Seniorinnen aus dem Nähkreis haben 300 Mützen für Obdachlose gestrickt. Respekt!"),
    (
        "Die türkischen Geschäftsleute in der Weststadt haben nach dem Hochwasser als erste "
        "Suppe und Tee verteilt. Das darf ruhig auch mal in der Zeitung stehen."
    ),
    (
        "Lesbische Paare können sich hier in der Kirche jetzt segnen lassen, meine Freundin und"
        " ich haben uns für Juni angemeldet."
    ),
    (
        "Der Islam wird in unserem Viertel genauso gelebt wie der katholische und der orthodoxe"
        " Glaube. Der Tag der offenen Moschee war sehr informativ."
    ),
    (
        "Frauen in der Feuerwehr sind längst normal, bei uns in der Freiwilligen Wehr sind es "
        "inzwischen elf. Weiter so."
    ),
    (
        "Gegen Antisemitismus aufzustehen ist keine Parteifrage. Gut, dass gestern so viele vor"
        " der Synagoge eine Menschenkette gebildet haben."
    ),
    (
        "Ausländer machen in unserer Stadt ungefähr ein Viertel der Bevölkerung aus, steht so "
        "im Bericht. Interessant wäre, wie viele davon EU-Bürger sind."
    ),
    (
        "Mein Opa kam 1964 als Gastarbeiter aus Anatolien und hat 35 Jahre bei Opel geschafft. "
        "Ich bin stolz auf ihn."
    ),
    (
        "Der Rollstuhlbasketball beim RSV war am Wochenende ausverkauft. Spannendstes Spiel, "
        "das ich seit Jahren gesehen habe."
    ),
    (
        "Die Pfarrerin hat in ihrer Predigt gesagt, dass Nächstenliebe nicht an der Stadtgrenze"
        " aufhört. Hat mich berührt."
    ),
    (
        "Hört doch auf, jede Straftat sofort den Flüchtlingen anzulasten. Im Artikel steht "
        "nicht mal die Nationalität des Täters."
    ),
    (
        "Unsere neue Hausärztin kommt aus Syrien und ist die beste, die wir je hatten. Nimmt "
        "sich Zeit und erklärt alles."
    ),
    (
        "Trans Frauen sind Frauen, und die Gleichstellungsbeauftragte hat völlig recht, das "
        "auch so zu benennen."
    ),
    (
        "Der CSD in Regensburg war bunt, friedlich und voller Familien. Ein Dank auch an die "
        "Polizei, die den Umzug gut begleitet hat."
    ),
    (
        "Die Moscheegemeinde hat beim Stadtputz mitgemacht und den ganzen Park gereinigt. So "
        "geht Nachbarschaft."
    ),
    (
        "Ich arbeite in einer Werkstatt für behinderte Menschen und finde, die Löhne dort "
        "müssen endlich fair werden."
    ),
    (
        "Ältere Menschen ohne Smartphone werden beim neuen Online-Terminsystem des Bürgeramts "
        "einfach vergessen. Meine Mutter, 84, kommt da nicht mehr durch."
    ),
    (
        "Romnja aus unserem Stadtteil haben ein Kochbuch herausgebracht, der Erlös geht an die "
        "Schulsozialarbeit. Hab gleich drei Stück gekauft."
    ),
    (
        "Wer Geflüchtete pauschal als Gefahr sieht, sollte mal einen Nachmittag im Café "
        "International verbringen. Da lernt man was fürs Leben."
    ),
    (
        "Die Kopftuch-Debatte im Stadtrat finde ich überflüssig. Die Erzieherin macht ihre "
        "Arbeit hervorragend, das sagen alle Eltern."
    ),
    (
        "Christen, Muslime und Juden haben zusammen die Gedenkfeier am 9. November gestaltet. "
        "Ein starkes Zeichen für Halle."
    ),
    (
        "Die Kommentare unter dem Artikel über das Flüchtlingsheim sind teilweise "
        "menschenverachtend. Bitte moderiert das, liebe Redaktion."
    ),
    (
        "Meine Tochter hat einen Freund aus Eritrea, er macht gerade seine Ausbildung zum "
        "Elektriker. Höflicher junger Mann."
    ),
    (
        "Die Ukrainerinnen im Deutschkurs meiner Frau lernen unglaublich schnell. Eine hat nach"
        " einem Jahr schon B2."
    ),
    (
        "Die Gemeinde hat endlich eine Rampe am Rathaus gebaut, jetzt kommt auch mein Vater mit"
        " Rollator zur Sprechstunde."
    ),
    (
        "Ich bin schwul, Schützenbruder und katholisch. Bei uns im Verein hat sich daran noch "
        "keiner gestört."
    ),
    (
        "Die Stolpersteine in der Bahnhofstraße erinnern an jüdische Familien, die hier gelebt "
        "haben. Jedes Jahr putzen die Konfirmanden sie."
    ),
    (
        "Sinti leben seit Jahrhunderten in Deutschland, das wissen viele gar nicht. Die "
        "Ausstellung im Stadtmuseum erklärt das gut."
    ),
    (
        "Die Frauenmannschaft vom SC ist in die Regionalliga aufgestiegen! Glückwunsch an "
        "Trainerin und Team."
    ),
    (
        "Dass jemand Hakenkreuze an die Tür der Flüchtlingsunterkunft geschmiert hat, ist "
        "beschämend für unser Dorf. Ich hoffe, die Polizei findet die Täter."
    ),
    (
        "Unser Kita-Team ist super gemischt: eine Erzieherin aus Polen, einer aus Ghana, zwei "
        "aus dem Ort. Die Kinder lieben alle."
    ),
    (
        "Die Vorsitzende vom Seniorenbeirat hat recht, Bänke an der Promenade sind für ältere "
        "Leute keine Nebensache."
    ),
    (
        "Gehörlose Menschen hatten bei der Bürgerversammlung zum ersten Mal eine "
        "Gebärdendolmetscherin. Sollte Standard sein."
    ),
    (
        "Die afghanischen Jungs aus der Jugendwohngruppe spielen bei uns in der C-Jugend. Einer"
        " davon ist unser bester Torwart."
    ),
    ("Ramadan Mubarak an alle muslimischen Nachbarn in Offenbach! 🌙"),
    (
        "Niemand sollte wegen seiner Hautfarbe an der Disco abgewiesen werden. Gut, dass das "
        "Antidiskriminierungsbüro den Fall übernommen hat."
    ),
    (
        "Der Rabbiner hat in der Schule meines Sohnes über jüdisches Leben heute gesprochen, "
        "die Kinder waren total begeistert."
    ),
    (
        "Die rumänisch-orthodoxe Gemeinde hat die alte Friedhofskapelle übernommen und "
        "renoviert. Schön, dass sie wieder genutzt wird."
    ),
    (
        "Eine Bekannte ist nach ihrer Transition aus dem Dorf weggezogen, weil sie ständig "
        "angestarrt wurde. Ich wünsch mir, dass wir da offener werden."
    ),
    (
        "Die Migranten im Artikel werden als 'Problem' bezeichnet, dabei geht es um Menschen, "
        "die seit Jahren hier Steuern zahlen. Wortwahl überdenken bitte."
    ),
    (
        "Behinderte Menschen wollen nicht bemitleidet werden, sondern barrierefreie Busse. Die "
        "neue Linie 7 hat endlich Niederflurwagen."
    ),
    (
        "Mit ihren 91 Jahren geht meine Oma jeden Mittwoch zum Seniorentanz im Bürgerhaus. Die "
        "ist fitter als ich."
    ),
    (
        "Die polnischen Erntehelfer auf dem Spargelhof meines Onkels kommen seit 15 Jahren. Die"
        " gehören quasi zur Familie."
    ),
    (
        "Finde ich richtig, dass die Stadt ein Fastenbrechen im Rathaus ausrichtet, genau wie "
        "den Neujahrsempfang für alle Konfessionen."
    ),
    (
        "Solidarität mit dem queeren Jugendtreff, dessen Schaufenster eingeschlagen wurde. Wer "
        "so etwas tut, hat keine Argumente, nur Wut."
    ),
    (
        "Die Roma-Familien in der Siedlung am Stadtrand haben seit Wochen keinen Strom. Das "
        "Sozialamt muss helfen, das sind unsere Mitbürger."
    ),
    (
        "Unsere Bürgermeisterin ist die erste Frau im Amt seit Gründung der Gemeinde. Egal "
        "welche Partei, das ist ein historischer Moment."
    ),
    (
        "Die Geflüchteten aus dem Containerdorf haben beim Aufbau vom Dorffest geholfen, ganz "
        "ohne Aufforderung. Großartig."
    ),
    ("Kurdische und türkische Väter trainieren zusammen die F-Jugend. Fußball verbindet wirklich."),
]

THREATS_DE: list[str] = [
    (
        "Schönes Haus haben Sie da am Lindenweg, Herr Stadtrat. Die Hecke ist ja gar nicht so "
        "hoch, wie man denkt."
    ),
    (
        "Frau Bürgermeisterin, Ihre Tochter ist doch Schülerin am Schlossberg-Gymnasium, oder? "
        "Nur so eine Frage."
    ),
    (
        "Der blaue Skoda von dem Redakteur steht jeden Abend vor der Redaktion, bis kurz nach "
        "zehn. Man merkt sich sowas."
    ),
    (
        "Unterschätzen Sie nicht, wie viele wir sind, Landrat. Und wir kennen inzwischen genau "
        "den Weg, den Sie morgens zum Kreishaus nehmen."
    ),
    (
        "Grüß mal deinen Hund von uns, Ortsvorsteher. Der ist ja immer so allein im Garten, "
        "wenn du im Rathaus hockst."
    ),
    (
        "Dieser Journalist wird schon noch spüren, was er mit seinem Artikel angerichtet hat. "
        "Seine Adresse haben wir schon rausgefunden."
    ),
    (
        "Nach der Sitzung um 22 Uhr sind die Straßen hinterm Rathaus ziemlich dunkel, Herr "
        "Stadtrat. Nur ein Hinweis."
    ),
    (
        "Ihr Mann arbeitet doch beim Autohaus in der Gewerbestraße, Frau Richterin? Wir kommen "
        "da bald mal vorbei."
    ),
    (
        "Die Pfarrerin, die den Flüchtlingen Kirchenasyl gewährt hat, sollte abends nicht mehr "
        "allein zur Kirche gehen. Man hört so einiges."
    ),
    (
        "Wir haben Fotos von deinem Haus, deinem Auto und dem Kindergarten deines Sohnes. "
        "Überleg dir gut, was du im Rat sagst."
    ),
    (
        "Der Imam soll sich nicht so sicher fühlen. Es gibt hier Leute, die sich jede seiner "
        "Gewohnheiten notieren."
    ),
    (
        "Ab morgen erlebt jeder Grünen-Abgeordnete hier im Wahlkreis, wie sich Bürgerwut "
        "anfühlt, wenn sie vor der eigenen Haustür steht."
    ),
    (
        "Herr Polizeipräsident, Ihre Frau joggt jeden Sonntag um sieben am Kanal entlang. "
        "Schöne Strecke, sehr einsam."
    ),
    (
        "Die Windkraft-Freunde im Gemeinderat werden ihre Entscheidung noch bitter bereuen. Wir"
        " haben Zeit, und wir wissen, wo ihre Höfe stehen."
    ),
    (
        "Kleiner Tipp an den Schiedsrichter vom Sonntag: der Parkplatz hinter dem Sportheim ist"
        " unbeleuchtet. Nächstes Mal würd ich woanders parken."
    ),
    (
        "Euren Dienstplan kennen wir, Jungs vom Revier Süd. Irgendwann steht ihr mal nicht zu "
        "zehnt da."
    ),
    (
        "Die Leiterin der Flüchtlingsunterkunft sollte sich überlegen, ob ihr Job das wert ist."
        " Ihr Wohnort ist kein Geheimnis mehr."
    ),
    (
        "Richte dem Vorsitzenden vom Moscheeverein aus: Wir sehen jeden Freitag, wann er kommt "
        "und wann er geht."
    ),
    (
        "Herr Landrat, Ihre Enkel spielen doch so gern auf dem Spielplatz an der Mühle. "
        "Behalten Sie die beiden gut im Blick, da kann schließlich so einiges passieren."
    ),
    (
        "Die Reporterin vom Kreisanzeiger fährt jeden Dienstag nach Fulda zu ihrer Mutter. Das "
        "Kennzeichen haben wir uns aufgeschrieben."
    ),
    (
        "Frau Ministerin, was Sie davon haben, werden Sie noch früh genug merken. Ihr "
        "Wahlkreisbüro hat ja nur eine Hintertür, und die kennen wir."
    ),
    (
        "Der Herr Oberbürgermeister wohnt ja jetzt in dem Neubau mit den großen Fenstern. Glas "
        "ist so ein empfindliches Material."
    ),
    (
        "Der Vereinsvorsitzende weiß hoffentlich, dass wir jeden Abend sehen, wann in seinem "
        "Büro das Licht ausgeht. Jetzt weiß er es."
    ),
    (
        "An den Anwalt der Familie: Ihre Kanzlei liegt im Erdgeschoss und ab sechs sind Sie "
        "dort allein. Wir haben alle Zeit der Welt."
    ),
    (
        "Sag deinem schwulen Freund, dass wir wissen, in welchem Café er jeden Samstag "
        "frühstückt. Mehr sag ich nicht."
    ),
    (
        "Wenn der Windpark kommt, dann holen wir uns den Bürgermeister persönlich, und zwar "
        "nicht zum Kaffee, sondern mit den Fäusten."
    ),
    (
        "Sollte die Moschee genehmigt werden, wird jeder Stadtrat, der die Hand dafür gehoben "
        "hat, keine ruhige Nacht mehr haben. Dafür sorgen wir."
    ),
    (
        "Wenn die Schule wirklich dichtgemacht wird, dann steht vor dem Kreistag beim nächsten "
        "Mal keine Demo, sondern ein Mob mit Knüppeln."
    ),
    (
        "Schreibt ihr noch einmal so einen Mist über unseren Verein, dann kriegt euer "
        "Schreiberling auf dem Parkplatz eine Abreibung, die er nie vergisst."
    ),
    (
        "Falls die Richterin den Typen freispricht, sorgen wir selbst für Gerechtigkeit, und "
        "zwar bei ihr zu Hause."
    ),
    (
        "Wenn die Asylunterkunft ins Dorf kommt, dann geht die auch ganz schnell wieder in "
        "Flammen auf, verlasst euch drauf."
    ),
    (
        "Kommt der Landrat noch einmal zu uns auf den Hof, fährt er mit gebrochener Nase wieder"
        " heim."
    ),
    (
        "Wenn der Schiri uns nächste Woche wieder verpfeift, wartet der halbe Fanblock nach dem"
        " Abpfiff an seiner Kabine, und dann knallts."
    ),
    (
        "Sobald der Pfarrer wieder Flüchtlinge ins Gemeindehaus holt, kriegt er von uns "
        "persönlich die Quittung, mit der Faust."
    ),
    (
        "Wenn meine Kinder wegen der Schulzusammenlegung 40 Minuten Bus fahren müssen, prügel "
        "ich den Schulamtsleiter eigenhändig aus seinem Büro."
    ),
    (
        "Sollte der Stadtrat die Parkgebühren erhöhen, stecken wir den Ratsmitgliedern die "
        "Autos an und dann gehen wir auf sie selbst los."
    ),
    (
        "Wenn die Polizei nochmal unsere Demo auflöst, dann gehen wir auf die Beamten los, mit "
        "allem was wir haben."
    ),
    (
        "Erscheint dieser Artikel morgen nicht korrigiert, kommen wir in die Redaktion, und "
        "dann fliegen da nicht nur Worte, sondern Zähne."
    ),
    (
        "Falls der Imam weiter so predigt, erwarten wir ihn bald vor seiner Haustür und machen "
        "ihn fertig, bis er nicht mehr aufsteht."
    ),
    (
        "Wenn ihr Grünen das Heizungsgesetz hier durchdrückt, dann hängt ihr beim nächsten "
        "Hoffest am Scheunentor. Ich mein das ernst."
    ),
    (
        "Wenn die Bürgermeisterin nicht bis Freitag zurücktritt, holen wir sie eigenhändig aus "
        "dem Rathaus, und unverletzt kommt sie da nicht raus."
    ),
    (
        "Sollte die Zeitung meinen Namen noch einmal im Zusammenhang mit dem Unfall nennen, "
        "fällt der verantwortliche Redakteur die Treppe runter. Zufällig natürlich."
    ),
    (
        "Wird das Gemeindezentrum für die Ukrainer gebaut, dann ist der Ortsvorsteher dran, und"
        " zwar körperlich."
    ),
    (
        "Wenn der Landwirtschaftsminister am Samstag nach Biberach kommt, fliegen bei uns keine"
        " Eier mehr, sondern Pflastersteine auf ihn."
    ),
    (
        "Lässt der Trainer am Sonntag wieder die Jugend auf der Bank, dann lauern wir ihm nach "
        "dem Training auf und verprügeln ihn."
    ),
    (
        "Diesen Bürgermeister von Altdorf bring ich um, sobald ich ihn allein erwische. Das ist"
        " kein Spruch."
    ),
    ("Den Redakteur, der das geschrieben hat, stech ich ab. Nächste Woche, vor seiner Redaktion."),
    ("Ich jag dem Landrat eine Kugel durch den Schädel, mein Gewehr liegt schon bereit."),
    ("Ich werde Stadtrat Weber verprügeln, bis er am Boden liegt und um Gnade bettelt."),
    ("Ich zünde das Haus von der Ortsvorsteherin an, während sie drinnen schläft."),
    (
        "Der Polizist, der meinen Bruder festgenommen hat, den fahr ich mit meinem Auto über "
        "den Haufen."
    ),
    ("Ich werde diesen Richter töten. Der hat nichts Besseres verdient."),
    (
        "Der Schiedsrichter von gestern kriegt von mir so eine aufs Maul, dass er seine Pfeife "
        "verschluckt. Ich warte nach dem nächsten Spiel auf ihn."
    ),
    ("Ich erschlag die Pfarrerin mit ihrem eigenen Kreuz, sobald ich sie sehe."),
    ("Dich Journalistin werde ich persönlich erwürgen, du hast unsere Familie ruiniert."),
    (
        "Man sollte alle Stadträte, die für die Unterkunft gestimmt haben, aus dem Rathaus "
        "zerren und verprügeln."
    ),
    (
        "Los Leute, Freitag Treffpunkt Bahnhof, und dann werden die Flüchtlinge aus dem Ort "
        "gejagt, die Polizei kommt eh zu spät."
    ),
    ("Jemand muss diesen Landrat endlich abknallen, sonst ändert sich nie was."),
    ("Haut den Schwulen vom CSD auf die Fresse, wenn sie am Samstag durch die Altstadt laufen."),
    (
        "Die Muslime aus der Moschee in der Hafenstraße gehören verdroschen, und zwar jeder "
        "einzelne. Wer ist dabei?"
    ),
    (
        "Kommt alle mit Baseballschlägern zur Ratssitzung am Dienstag und zeigt den Grünen, was"
        " Sache ist."
    ),
    (
        "Die Bullen von der Einsatzhundertschaft gehören mit Steinen beworfen, bis keiner mehr "
        "steht."
    ),
    ("Schnappt euch die Journalisten vom Lokalblatt auf der Kundgebung und tretet sie zusammen."),
    (
        "Man müsste die Roma aus der Siedlung mit Gewalt vertreiben, notfalls mit Knüppeln. "
        "Einer muss anfangen."
    ),
    (
        "Jeder, der eine Regenbogenflagge am Balkon hat, sollte eine Tracht Prügel bekommen. "
        "Fangt in der Gartenstraße an."
    ),
    (
        "Ein paar kräftige Männer sollten dem Bürgermeister nachts auflauern und ihm die "
        "Knochen brechen."
    ),
    ("Aufhängen sollte man die ganze Kreistagsfraktion der SPD, am besten auf dem Marktplatz."),
    (
        "Bauern, fahrt die Polizeiketten einfach mit den Traktoren über den Haufen, dann ist "
        "die Straße frei."
    ),
    ("Die Juden in der Synagoge am Kirchplatz sollte man mal richtig aufmischen, bis sie abhauen."),
    (
        "Verpasst den Ukrainern im Wohnheim eine Abreibung, damit sie kapieren, dass sie hier "
        "nicht willkommen sind."
    ),
    ("Das Flüchtlingsheim in der ehemaligen Schule gehört abgefackelt, bevor da jemand einzieht."),
    ("Zündet die Baustelle der Moschee an, und die Sache ist ein für alle Mal vom Tisch."),
    (
        "Schlagt beim Wahlkreisbüro der Grünen in der Bahnhofstraße alle Scheiben ein, heute "
        "Nacht noch."
    ),
    ("Das Redaktionsgebäude vom Tageblatt sollte man einfach in Brand stecken."),
    ("Leute, fackelt die Windräder auf dem Hohen Kopf ab, die Rotoren brennen eh gut."),
    (
        "Die Autos der Stadträte auf dem Rathausparkplatz gehören zerkratzt und die Reifen "
        "zerstochen. Wer ist Samstag dabei?"
    ),
    ("Macht die Dönerbude am Markt kaputt, Scheiben rein und die Einrichtung zu Kleinholz."),
    (
        "Brennt das AfD-Büro in der Hauptstraße nieder, heute Nacht, bevor die wieder Plakate "
        "drucken."
    ),
    ("Die Polizeiwache in der Nordstadt sollte mal ordentlich brennen, schmeißt Molotows rein."),
    ("Zerlegt nach dem Derby das Vereinsheim vom Rivalen, Fenster, Tore, Theke, alles."),
]

LOOKALIKES_DE: list[str] = [
    (
        "Wir haben den Gegner heute regelrecht abgeschossen, 6:0 auswärts in Meppen! Was für "
        "ein Spiel."
    ),
    ("Der Torwart hat die Bude gestern förmlich vernagelt, da kam nichts durch."),
    (
        "Im neuen Eifel-Krimi wird der Bürgermeister erstochen in seiner Scheune gefunden. "
        "Hochspannung bis zum Ende, klare Empfehlung."
    ),
    (
        "Das Schwein für die Schlachtplatte wird morgen früh um sechs geschlachtet, wer helfen "
        "will, kommt einfach in den Hof."
    ),
    (
        "Meine Tomaten wurden von den Schnecken komplett vernichtet. Nächstes Jahr kommt ein "
        "Schneckenzaun drum."
    ),
    (
        "Die Jägerschaft im Kreis hat bei der Drückjagd 40 Wildschweine erlegt, wegen der "
        "Schweinepest auch dringend nötig."
    ),
    (
        "Der Angeklagte soll laut Anklage seine Nachbarin mit einem Hammer erschlagen haben. "
        "Das Landgericht verkündet das Urteil am Montag."
    ),
    (
        "Beim Tatort am Sonntag war mir nach zehn Minuten klar, wer den Bäcker umgebracht hat. "
        "Schwaches Drehbuch."
    ),
    (
        "Der alte Schornstein der Zuckerfabrik wird am Samstag gesprengt. Absperrung ab 9 Uhr, "
        "Zuschauer bitte hinter dem Zaun bleiben."
    ),
    (
        "Silvester am Rheinufer war der Hammer, die Raketen haben den ganzen Himmel in Brand "
        "gesetzt. 🎆"
    ),
    (
        "Ich hab gegen den Stadtrat Dienstaufsichtsbeschwerde eingelegt und notfalls zieh ich "
        "vor Gericht. Die werden von meinem Anwalt hören."
    ),
    (
        "Bei der nächsten Wahl jagen wir die ganze Koalition aus dem Rathaus. Mit dem "
        "Stimmzettel natürlich."
    ),
    ("Abo gekündigt. Ihr bekommt keinen Cent mehr von mir, liebe Zeitung."),
    ("Ich habe den Drängler von der A7 angezeigt, das Dashcam-Video liegt der Polizei vor."),
    (
        "Achtung, am Waldweg hinter dem Friedhof liegen Giftköder aus. Bitte nehmt eure Hunde "
        "an die Leine!"
    ),
    (
        "Schatz, wenn du nochmal meinen letzten Joghurt isst, gibt's Krieg 😂 (Sie liest hier "
        "immer mit.)"
    ),
    (
        "Die Handballer haben den Tabellenführer heute in der eigenen Halle "
        "auseinandergenommen. 34:21, Wahnsinn!"
    ),
    (
        "Zwiebeln klein hacken, Knoblauch zerquetschen und das Fleisch ordentlich plattklopfen,"
        " dann wird das Schnitzel perfekt."
    ),
    (
        "1945 wurde die Innenstadt bei einem Bombenangriff fast vollständig zerstört. Die "
        "Ausstellung im Stadtarchiv zeigt eindrucksvolle Fotos."
    ),
    (
        "Am Samstag übt die Feuerwehr im alten Bauernhaus an der B3 das Löschen eines echten "
        "Brandes, bevor es abgerissen wird. Nicht wundern über den Rauch."
    ),
    (
        "Der Bagger hat heute die alte Turnhalle plattgemacht. Ein bisschen wehmütig war ich "
        "schon, da hab ich Abi geschrieben."
    ),
    (
        "Die Debatte im Stadtrat war ein Gemetzel, die Opposition hat den Etatentwurf der "
        "Verwaltung Punkt für Punkt zerlegt."
    ),
    (
        "Beim Skat am Stammtisch hab ich den Bürgermeister gestern gnadenlos abgezockt, der "
        "schuldet mir jetzt ein Bier. 🍺"
    ),
    (
        "In Fortnite hab ich gestern alleine einen ganzen Squad ausgeschaltet, mein Sohn war "
        "fassungslos."
    ),
    (
        "Der Mann, der im März die Tankstelle überfallen und den Kassierer mit einem Messer "
        "bedroht hatte, wurde zu fünf Jahren Haft verurteilt."
    ),
    (
        "Unkraut muss man an der Wurzel packen und rausreißen, sonst kommt es immer wieder. "
        "Gilt besonders für Giersch."
    ),
    (
        "Der neue Thriller im Kino: Serienmörder in Rostock, ziemlich brutal, aber die "
        "Kommissarin ist großartig gespielt."
    ),
    (
        "Ich werde diesen Stadtrat abwählen, seine Partei gleich mit, und ich sag das jedem, "
        "der es hören will."
    ),
    (
        "Mein Opa hat noch erlebt, wie bei der Sturmflut 1962 ganze Häuser in Wilhelmsburg "
        "weggerissen wurden. Gut, dass die Zeitung daran erinnert."
    ),
    (
        "Beim Paintball zum Junggesellenabschied haben wir den Bräutigam komplett durchlöchert."
        " Er sah aus wie ein Regenbogen."
    ),
    (
        "Achtung Autofahrer: auf der Kreisstraße zwischen Nieder-Olm und Essenheim ist "
        "Glatteis, heute Morgen schon zwei Unfälle."
    ),
    (
        "Die Polizei hat nach dem Messerangriff am Busbahnhof einen 23-Jährigen festgenommen. "
        "Das Opfer ist außer Lebensgefahr."
    ),
    (
        "Das Osterfeuer in Brake brennt dieses Jahr besonders hoch, die Landjugend hat drei "
        "Wochen Holz gesammelt."
    ),
    ("Die Metzgerei Huber macht die besten Blutwürste im ganzen Landkreis, Messer wetzen und ran!"),
    (
        "Ich hätte vor Wut fast meinen Laptop aus dem Fenster geworfen, als ich das Ergebnis "
        "der Abstimmung gesehen hab."
    ),
    (
        "Der Gegner wird am Sonntag in unserem Hexenkessel untergehen, die Südkurve macht ihm "
        "die Hölle heiß! ⚽"
    ),
    (
        "Wir haben die Wespennester unterm Dach heute vom Kammerjäger ausräuchern lassen, "
        "endlich wieder Ruhe."
    ),
    (
        "Im Dreißigjährigen Krieg haben schwedische Truppen die Burg niedergebrannt, das steht "
        "auf der Tafel am Eingang der Ruine."
    ),
    (
        "Schachabend mit meinem Nachbarn: ich hab seine Dame geschlagen und ihn dann in drei "
        "Zügen mattgesetzt."
    ),
    (
        "Das Gericht hat den Angeklagten wegen versuchten Totschlags verurteilt, er hatte "
        "seinem Schwager mit einer Schaufel auf den Kopf geschlagen."
    ),
    ("Die Kommentare hier bringen mich noch um 😂 Ich kann nicht mehr vor Lachen."),
    (
        "Ich melde diesen Beitrag an die Moderation und erstatte Anzeige wegen Volksverhetzung."
        " Sowas geht gar nicht."
    ),
    (
        "Die Schützenbruderschaft hat beim Vogelschießen den Adler nach 312 Schuss endlich "
        "runtergeholt, neuer König ist der Bäckermeister."
    ),
    (
        "Der Motivwagen beim Rosenmontagszug zeigte den Ministerpräsidenten, wie ihn ein Bauer "
        "mit der Mistgabel aus dem Landtag jagt. Typisch Mainzer Fastnacht, fand ich witzig."
    ),
    (
        "Bei uns hat der Sturm drei Bäume umgeworfen und das Carportdach zerschmettert. "
        "Versicherung ist informiert."
    ),
    (
        "Achtung, in der Ferienzeit knacken Einbrecher gern Kellerfenster. Die Polizei in "
        "Gütersloh bietet kostenlose Beratung an."
    ),
    (
        "Die Kids haben beim Kindergeburtstag die Piñata komplett zerschlagen, Süßigkeiten "
        "überall. Bester Nachmittag."
    ),
    (
        "Mein Sohn und ich haben im Koop-Modus die ganze Zombie-Horde niedergemäht, bis vier "
        "Uhr morgens. Samstag sei Dank."
    ),
    (
        "Die Brücke über die Lahn wird im Herbst abgerissen und durch einen Neubau ersetzt, der"
        " alte Beton ist nicht mehr zu retten."
    ),
    ("Politisch ist der Landrat nach diesem Skandal erledigt, der wird bei der Wahl untergehen."),
    (
        "Der Anwalt der Nebenklage fordert lebenslange Haft für den Mann, der die Rentnerin in "
        "Kassel erdrosselt haben soll."
    ),
    ("Hol schon mal die Grillzange raus, heute werden die Würstchen gnadenlos verkohlt 🔥"),
    (
        "Vorsicht beim Pilzesammeln, der Knollenblätterpilz sieht dem Champignon ähnlich und "
        "ist tödlich."
    ),
    (
        "Ich verklag den Vermieter, bis er schwarz wird. Schimmel im Kinderzimmer seit einem "
        "Jahr und nix passiert."
    ),
    (
        "Beim Tischtennis hab ich meinen Trainer heute zum ersten Mal geschlagen, 3:2 Sätze, "
        "ich platze vor Stolz."
    ),
    (
        "Die Kampfmittelräumung hat am Güterbahnhof eine Fliegerbombe entschärft, 4000 Leute "
        "mussten kurz raus aus ihren Wohnungen."
    ),
    ("Unser Stadtrat hat im Fernsehinterview eine Bombe platzen lassen: er tritt nicht mehr an."),
    (
        "Wir haben den Maibaum der Nachbargemeinde geklaut, Auslöse sind zwei Kästen Bier und "
        "eine Brotzeit, wie es der Brauch will. 😎"
    ),
    (
        "Der Jäger hat den Fuchs geschossen, der im Dorf die Hühner gerissen hat. Endlich haben"
        " die Hühnerhalter Ruhe."
    ),
    (
        "Die Mannschaft muss in der zweiten Halbzeit viel aggressiver in die Zweikämpfe gehen "
        "und den Gegner vernichten, sonst steigen wir ab."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "The council spent £2.3m on a consultancy report nobody has read while the library in "
        "Hartcliffe shuts on Tuesdays. Shameful."
    ),
    (
        "The mayor should resign. Three years of promises over the bus station and not a single"
        " brick laid."
    ),
    (
        "Absolute incompetence from the police on Saturday night, officers stood watching while"
        " fans trashed the high street."
    ),
    (
        "I've signed the petition against the hospital downgrade and I'll be at the town hall "
        "protest next Thursday. This was decided behind closed doors."
    ),
    (
        "Your paper printed the councillor's press release word for word and called it "
        "reporting. Do better."
    ),
    (
        "The Tories ran this county for two decades and now act surprised the roads are falling"
        " apart?"
    ),
    ("Labour promised to fix social care and delivered another consultation. Pathetic."),
    (
        "The judge gave a drunk driver who killed a cyclist a suspended sentence. The justice "
        "system has lost the plot."
    ),
    (
        "Asylum hotel costs are a legitimate topic. The Home Office should publish the "
        "contracts so taxpayers can see where the money goes."
    ),
    (
        "The planning committee approved the warehouse next to the primary school against the "
        "advice of its own officers. Someone has to answer for that."
    ),
    (
        "These owners are draining every penny out of the club. Sell up and let the supporters'"
        " trust take over."
    ),
    (
        "Diversity quotas on the board feel like box-ticking to me, I'd rather they hired on "
        "merit. Happy to be disagreed with."
    ),
    ("Reform's candidate didn't turn up to a single hustings. If you can't debate, don't stand."),
    (
        "The Greens on the county council voted against the solar farm and then for the bypass."
        " Consistency, anyone?"
    ),
    ("The trust is closing St Mary's to save money while its CEO got a 12% pay rise. Scandalous."),
    (
        "The water company dumps sewage in the river for the third summer running, yet "
        "shareholders still get their dividends. Regulators are asleep."
    ),
    (
        "Lib Dems leaflet about potholes every election and do nothing in between. They've lost"
        " my vote in May."
    ),
    (
        "The mosque application should be judged on parking and noise like any other, yet the "
        "council still refuses to publish the traffic survey. Why?"
    ),
    (
        "The police commissioner's reaction to the latest knife crime figures was pure spin. "
        "Residents deserve straight answers."
    ),
    (
        "This paper's comment section used to be moderated properly. Now it's a free-for-all "
        "and the editor clearly doesn't care."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "My neighbour is a gay vicar and the most popular person on our street. He runs the "
        "food bank on Wednesdays."
    ),
    (
        "Great to see the Syrian bakery on King Street win business of the year. Their pastries"
        " are incredible."
    ),
    (
        "The Jewish community centre opened its doors for the interfaith picnic and it was a "
        "lovely afternoon."
    ),
    (
        "As a Muslim woman in a hijab I was nervous about joining the cricket club, but they "
        "couldn't have been more welcoming."
    ),
    (
        "Ukrainian families hosted in our village have become part of the community. The kids "
        "are all at the local school now."
    ),
    (
        "Disabled people deserve step-free access at the station, not another decade of "
        "excuses. Good on the campaigners."
    ),
    (
        "Some of the comments under the refugee story are vile. These are people fleeing war, "
        "show a bit of humanity."
    ),
    ("My trans daughter starts uni in September and I couldn't be prouder of her."),
    ("The Roma cultural festival down at the park was fantastic, the music alone was worth it."),
    ("The Black History Month event at the library was packed. More of this please."),
    ("Older people aren't a burden, they're half the volunteers at our hospice shop."),
    (
        "The lesbian couple who took over the village pub have turned it around completely. "
        "Best Sunday roast in the county."
    ),
    ("Migrants staff half the wards at our hospital. Treat them with the respect they've earned."),
    (
        "Church, mosque and synagogue leaders stood together at the vigil last night. That's "
        "the town I'm proud of."
    ),
    (
        "Women referees in the local league are getting abuse from the touchline. It has to "
        "stop, they're doing a brilliant job."
    ),
    (
        "My son is autistic and the new quiet hour at the supermarket has made shopping "
        "possible for us. Thank you."
    ),
    (
        "Pride in Brighton this year was joyful and peaceful, well done to the volunteers and "
        "stewards."
    ),
    (
        "Hate crime against Sikhs in this town is rising, and we all need to call it out when "
        "we see it."
    ),
    (
        "The Turkish barbers on the corner give free haircuts to homeless people every Monday. "
        "Legends."
    ),
    ("Refugee kids at my daughter's school organised a bake sale for the flood victims. Humbling."),
]

THREATS_EN: list[str] = [
    ("Nice detached house you've got on Elm Grove, councillor. Very quiet road at night."),
    ("Your kids' school lets out at 3:15, doesn't it, Mr Mayor? Just making conversation."),
    ("We've got the reporter's number plate and his gym times. He'll understand soon enough."),
    (
        "There are a lot more of us than you think, Superintendent, and we know which pub you "
        "drink in on Fridays."
    ),
    ("Tell the imam we've been keeping track of when he locks up every night."),
    (
        "Your wife walks that spaniel along the canal at 6 every morning, judge. Lonely "
        "stretch, that towpath."
    ),
    (
        "The editor of this rag parks in exactly the same place every day. People have noticed,"
        " and people remember."
    ),
    (
        "The councillors who backed the asylum hotel should think about who's watching their "
        "front doors now."
    ),
    (
        "Should that mosque get approved, each councillor who voted yes can expect a visit, and"
        " none of them will be walking afterwards."
    ),
    (
        "Print my name in that story again and your journalist will be leaving the office on a "
        "stretcher."
    ),
    (
        "If the ref sends off our captain again, some of us will be standing by his car after "
        "the match with bats."
    ),
    (
        "If that drag event goes ahead at the library, people are going to get hurt, starting "
        "with the organisers."
    ),
    ("Close our hospital and I'll personally break the health board chairman's jaw."),
    (
        "If the mayor hasn't quit by Friday, we'll haul her out of the council building "
        "ourselves and give her a hiding she'll feel for weeks."
    ),
    ("I will kill that councillor, and I mean every word."),
    ("I'll stab the journalist behind this piece as soon as I spot him in town."),
    ("I'm going to run the police chief over with my van, he's finished."),
    ("I will burn the judge's house down with him inside."),
    ("Someone needs to go round and beat the mayor senseless, he's got it coming."),
    ("Everyone meet at the hotel on Saturday and drive the asylum seekers out by force."),
    (
        "The gays marching through our town deserve a good kicking, get down there and give it "
        "to them."
    ),
    ("Somebody shoot that MP already, nobody would miss him."),
    ("Torch the asylum hotel before anyone moves in."),
    ("Go smash every window at the party office on Station Road tonight."),
    ("Burn down the newspaper's offices, let the whole building go up."),
]

LOOKALIKES_EN: list[str] = [
    ("We absolutely murdered them 5-0 last night, what a performance from the lads."),
    (
        "The crime novel opens with the vicar poisoned at the village fete, brilliant twist at "
        "the end."
    ),
    (
        "Recipe tip: beat the eggs hard, but go gently when you fold the flour in, or the "
        "sponge will collapse."
    ),
    (
        "The man who stabbed a shopkeeper in Leeds last year was jailed for 14 years at Crown "
        "Court today."
    ),
    (
        "The old cooling towers will be blown up at 7am on Sunday; the exclusion zone starts at"
        " the bypass."
    ),
    (
        "This comment is going straight to the mods, and to the police as well. Hate speech has"
        " consequences."
    ),
    ("Come May we'll vote the lot of them out, and not a moment too soon."),
    ("Cancelled my subscription today after 30 years. Not another penny."),
    ("Warning: a gas leak has been reported on Mill Lane, keep clear and don't use naked flames."),
    ("My sister will actually murder me once she discovers I finished off her birthday cake 😂"),
    ("The shoot on the estate bagged 60 pheasants on Saturday; game pie for the whole village."),
    ("The rugby club's bonfire night was spectacular, the Guy Fawkes effigy went up in seconds."),
    (
        "The castle was burned by Parliamentarian troops in 1645, and the ruins are well worth "
        "a visit."
    ),
    (
        "My lettuces got slaughtered by slugs again. War on slugs starts tomorrow, copper tape "
        "at the ready."
    ),
    ("The film's final shootout is ridiculous but I loved every minute."),
    ("I'll see the landlord in court. Damp and mould for a year is not acceptable."),
    (
        "That speech absolutely destroyed the opposition's case. Best performance in the "
        "chamber for years."
    ),
    ("At chess club tonight I sacrificed my queen and still checkmated him. Brutal."),
    (
        "Police have charged a 31-year-old man with attempted murder after the assault outside "
        "the nightclub."
    ),
    ("The storm smashed our greenhouse to pieces. Insurance claim going in tomorrow."),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
