"""Held-out judgement cases for comment scoring (German regional news, some English).

Written for the team as a held-out evaluation table by a writer who read neither the
functional test suite, the threat development/held-out tables nor the training templates.
Every sentence was composed fresh for this file.

Each case is labelled with what the default moderation policy should do with it:
criticism, minority mentions and threat lookalikes should be published; threats and calls
for violence should be held (see ``SHOULD_PUBLISH``).

Use these cases only to judge scoring models. Do not train on them, and do not use them to
fit or tune rules, word lists or thresholds; otherwise they stop being held out.
"""

from __future__ import annotations

# Sharp but legitimate criticism; must be PUBLISHED.
CRITICISM_DE: list[str] = [
    (
        "Die Schließung des Hallenbads ohne jede Bürgerbeteiligung ist ein Armutszeugnis für "
        "den Stadtrat."
    ),
    (
        "Frau Bürgermeisterin, Sie haben vor der Wahl bezahlbaren Wohnraum versprochen. Davon "
        "sehe ich bis heute nichts."
    ),
    (
        "Dass die Baustelle an der Hauptstraße schon im dritten Jahr ruht, ist ein Skandal, "
        "und niemand übernimmt Verantwortung."
    ),
    (
        "Der Landrat sollte nach dem Desaster mit der Kreisklinik ernsthaft über seinen "
        "Rücktritt nachdenken."
    ),
    (
        "Die AfD-Fraktion stellt wieder Anfragen, die nur Stimmung machen sollen, aber keinen "
        "einzigen konstruktiven Vorschlag zum Haushalt."
    ),
    (
        "Die Grünen reden seit Jahren von der Verkehrswende, aber die Radwege in der "
        "Innenstadt sind immer noch gefährlich schmal."
    ),
    "Typisch CDU: erst jahrzehntelang nichts investieren und dann über marode Schulen klagen.",
    "Von der SPD im Rathaus hätte ich mir mehr Rückgrat bei den Kita-Gebühren erwartet.",
    (
        "Die FDP will die Parkgebühren senken und gleichzeitig den ÖPNV kürzen – wie soll das "
        "zusammenpassen?"
    ),
    (
        "Die Linke fordert kostenlosen Nahverkehr, sagt aber nicht, wer die Millionen dafür "
        "bezahlen soll."
    ),
    (
        "Ich halte die Frauenquote im Aufsichtsrat der Stadtwerke für den falschen Weg; "
        "Qualifikation sollte entscheiden."
    ),
    (
        "Gendern in amtlichen Schreiben finde ich überflüssig, die Bescheide werden dadurch "
        "nur schwerer lesbar."
    ),
    (
        "Tempo 30 auf der Ringstraße ist reine Symbolpolitik, die Pendler stehen jetzt "
        "einfach länger im Stau."
    ),
    (
        "Ich bin klar für Tempo 30 vor Schulen und Altenheimen, und die Verwaltung blockiert "
        "das seit Jahren aus Bequemlichkeit."
    ),
    (
        "Die Migrationspolitik des Bundes wird auf dem Rücken der Kommunen ausgetragen, das "
        "Landratsamt ist schlicht überfordert."
    ),
    (
        "Zehn Windräder direkt am Naturschutzgebiet? Diese Planung halte ich für unausgegoren "
        "und die Anhörung war eine Farce."
    ),
    (
        "Ohne neue Windkraftanlagen wird die Energiewende im Landkreis nicht klappen, die "
        "Blockadehaltung des Kreistags ist verantwortungslos."
    ),
    (
        "Liebe Redaktion, euer Artikel über die Ratssitzung ist ziemlich einseitig, die "
        "Argumente der Opposition fehlen komplett."
    ),
    (
        "Wieder ein Bericht, der fast wortgleich die Pressemitteilung des Rathauses abdruckt. "
        "Wo bleibt da der kritische Journalismus?"
    ),
    (
        "Die Polizei hat beim Derby am Sonntag völlig überzogen reagiert; Pfefferspray gegen "
        "Familien am Eingang geht gar nicht."
    ),
    (
        "Warum braucht die Polizei drei Stunden, bis sie bei einem Einbruch in der Südstadt "
        "auftaucht? Das ist Behördenversagen."
    ),
    (
        "Die Entscheidung, die Grundschule in Oberdorf dichtzumachen, ist kurzsichtig und "
        "trifft genau die Familien, die man halten will."
    ),
    (
        "Ein Bürgerbegehren mit 8000 Unterschriften wegen eines Formfehlers abzulehnen – so "
        "verspielt man Vertrauen."
    ),
    (
        "Herr Oberbürgermeister, wie viele Gutachten braucht es noch, bis endlich über die "
        "Stadthalle entschieden wird?"
    ),
    (
        "Die Kostenexplosion beim neuen Verwaltungsgebäude von 40 auf 95 Millionen hätte "
        "jemand früher bemerken müssen. Wer hat da geschlafen?"
    ),
    (
        "Die Umbenennung der Straße wurde im Hinterzimmer beschlossen, die Anwohner hat "
        "keiner gefragt."
    ),
    (
        "Großartig, jetzt haben wir eine Fahrradstraße, auf der keiner radeln kann, weil sie "
        "ständig zugeparkt ist. Glückwunsch an die Verkehrsplanung!"
    ),
    (
        "Das Bürgeramt ist ein Trauerspiel: sechs Wochen Wartezeit auf einen Termin für einen "
        "Personalausweis."
    ),
    (
        "Die Stadtwerke erhöhen schon wieder die Fernwärmepreise und der Aufsichtsrat nickt "
        "alles ab. Unfassbar."
    ),
    (
        "Dieser Bebauungsplan ist ein Geschenk an den Investor, ökologische Belange wurden "
        "komplett ignoriert."
    ),
    (
        "Ich habe die CDU gewählt, aber ihr Abstimmungsverhalten zur Sparkassenfusion werde "
        "ich mir gut merken."
    ),
    (
        "Die AfD im Kreistag hat mit ihrem Antrag, die Integrationskurse zu streichen, "
        "gezeigt, dass sie an Lösungen kein Interesse hat."
    ),
    (
        "Mit Verlaub, die Argumentation der Grünen zum Parkhausabriss ist realitätsfern. "
        "Ältere Leute aus den Dörfern kommen dann gar nicht mehr in die Stadt."
    ),
    (
        "Geflüchtete in Turnhallen unterzubringen war als Notlösung gedacht und dauert nun "
        "schon zwei Jahre. Planlos."
    ),
    (
        "Die Verwaltung sollte Asylsuchende dezentral in Wohnungen unterbringen statt in "
        "Containern am Stadtrand, das wäre für alle besser."
    ),
    (
        "Der Moscheebau sollte genauso behandelt werden wie jedes andere Bauvorhaben; die "
        "Sonderdebatte im Rat war unwürdig."
    ),
    (
        "Der Bauausschuss hat bei der Moschee zu Recht auf die Parkplatzfrage geschaut, das "
        "hat mit Religion nichts zu tun."
    ),
    (
        "Dass die Kirchengemeinde den Kindergarten aufgibt, ist bitter, aber der "
        "Kirchenvorstand hätte früher Alternativen suchen müssen."
    ),
    (
        "Das Bistum hat die Aufarbeitung der Missbrauchsfälle jahrelang verschleppt, das ist "
        "ein Versagen der gesamten Leitung."
    ),
    (
        "Der Vorstand des FC hat die Finanzen offenbar nicht im Griff, die Mitglieder "
        "verdienen endlich Transparenz."
    ),
    (
        "Der Trainer muss gehen. Nach acht Niederlagen in Folge ist das keine Pechsträhne "
        "mehr, sondern ein Konzeptproblem."
    ),
    (
        "Schon peinlich, wenn der Rat zum CSD eine Regenbogenflagge hisst und gleichzeitig "
        "die queere Beratungsstelle wegspart."
    ),
    (
        "Die Genehmigung für den CSD-Umzug kam wieder erst eine Woche vorher. Wie sollen die "
        "Ehrenamtlichen so planen?"
    ),
    (
        "Die SPD-Ratsfraktion hat sich bei der Haushaltsabstimmung weggeduckt; Enthaltung ist "
        "keine Haltung."
    ),
    (
        "Die FDP spricht von Bürokratieabbau, doch ihr Dezernent hat das "
        "Genehmigungsverfahren für Solaranlagen noch komplizierter gemacht."
    ),
    (
        "Wenn die Linke im Rat jede Gewerbeansiedlung ablehnt, muss sie auch erklären, woher "
        "die Gewerbesteuer kommen soll."
    ),
    (
        "Ich unterstütze die Quote auf den Wahllisten, ohne sie sitzen im Gemeinderat "
        "weiterhin fast nur Männer über sechzig."
    ),
    (
        "Die Landrätin hat die Schließung der Geburtsstation als alternativlos verkauft. Das "
        "war sie nicht, und das wusste sie."
    ),
    (
        "Bei der Bürgerversammlung wurde kaum eine Frage beantwortet, der Baudezernent hat "
        "nur Folien abgelesen. Enttäuschend."
    ),
    (
        "Es ist ein Witz, dass die Sanierung der Brücke erst 2031 beginnen soll. Bis dahin "
        "donnern alle Lkw durchs Wohngebiet."
    ),
    (
        "Die Zeitung hat den vollen Namen des Verdächtigen genannt, bevor überhaupt Anklage "
        "erhoben wurde. Journalistisch fragwürdig."
    ),
    (
        "Die Paywall bei Meldungen über Straßensperrungen ist ärgerlich. Solche Informationen "
        "sollten frei zugänglich sein."
    ),
    (
        "Der Polizeipräsident sollte erklären, warum die Kontrollen am Bahnhof fast nur junge "
        "Männer mit dunkler Hautfarbe treffen."
    ),
    (
        "Die Ausländerbehörde ist seit Monaten überlastet, Fachkräfte warten ewig auf ihre "
        "Visa. Das schadet auch unseren Betrieben."
    ),
    (
        "Ich halte die Abschiebung der gut integrierten Familie für falsch, die "
        "Härtefallkommission sollte den Fall noch einmal prüfen."
    ),
    (
        "Wer eine konsequentere Rückführung abgelehnter Asylbewerber fordert, ist nicht "
        "automatisch rechts. Diese Debatte muss sachlich möglich sein."
    ),
    (
        "Die Ausschreibung für die Schulmensa war so schlecht gemacht, dass sich nur ein "
        "Anbieter beworben hat. Unfähig, anders kann man diese Vergabe nicht nennen."
    ),
    (
        "Die neue Parkraumbewirtschaftung ist Abzocke, 360 Euro im Jahr für einen "
        "Anwohnerausweis sind unverschämt."
    ),
    (
        "Ich hab das Gefühl, der Gemeinderat lebt in ner anderen Welt. Der Bus fährt bei uns "
        "im Dorf zweimal am Tag, und jetzt streicht ihr den auch noch??"
    ),
    (
        "Gratuliere, liebe Stadtverwaltung, Sie haben es geschafft, den Weihnachtsmarkt neben "
        "eine Großbaustelle zu verlegen. Ironie aus."
    ),
]

# Neutral or friendly mentions of identity groups; must be PUBLISHED.
MINORITIES_DE: list[str] = [
    (
        "Der neue Imam der Ditib-Gemeinde hat sich beim Stadtteilfest vorgestellt und alle "
        "Nachbarn zum Tee eingeladen."
    ),
    (
        "Der CSD-Umzug über die Kaiserbrücke war heuer bunter denn je: Omas mit "
        "Regenbogenfächern, Kinderwagen voller Glitzer und vorneweg die Blaskapelle aus "
        "Wendlingen."
    ),
    (
        "Der Anschlag auf die Synagoge hat mich zutiefst erschüttert. Ich stehe an der Seite "
        "unserer jüdischen Nachbarinnen und Nachbarn."
    ),
    (
        "Meine Kollegin ist trans und hat endlich ihren neuen Vornamen im Ausweis. Wir haben "
        "im Büro mit Kuchen gefeiert."
    ),
    (
        "Die syrische Familie im Nachbarhaus hat uns beim Umzug geholfen, ohne dass wir "
        "fragen mussten."
    ),
    (
        "Dass ein lesbisches Paar in der Straßenbahn angegriffen wurde, macht mich wütend. "
        "Solche Gewalt darf hier keinen Platz haben."
    ),
    (
        "Die Ukrainerinnen, die seit 2022 in unserem Ort leben, arbeiten inzwischen im "
        "Pflegeheim und in der Bäckerei mit."
    ),
    (
        "Der Kirchenchor sucht noch Tenöre, falls sich jemand angesprochen fühlt – Proben "
        "immer donnerstags im Gemeindehaus."
    ),
    (
        "Die Ausstellung zur Geschichte der Sinti und Roma im Stadtmuseum ist sehr gut "
        "gemacht und berührend."
    ),
    (
        "Als Rollstuhlfahrerin freue ich mich, dass der Bahnhof endlich einen Aufzug bekommt. "
        "Hat ja nur zwölf Jahre gedauert."
    ),
    (
        "Der Hass, der dem schwulen Bürgermeisterkandidaten im Netz entgegenschlägt, ist "
        "beschämend. Bewerten wir ihn nach seinem Programm."
    ),
    (
        "Viele ältere Menschen in unserem Viertel sind einsam. Das Erzählcafé im "
        "Seniorentreff ist eine tolle Idee."
    ),
    (
        "Die türkischstämmigen Geschäftsleute in der Bahnhofstraße haben die Gegend in den "
        "letzten Jahren richtig belebt."
    ),
    (
        "Beim Fastenbrechen im Rathaus saßen Muslime, Christen und Juden an einem Tisch. "
        "Genau so stelle ich mir Nachbarschaft vor."
    ),
    (
        "Der Bericht über Schwarze Deutsche in unserer Region war lesenswert, mir war nicht "
        "klar, wie lange es hier schon afrodeutsche Familien gibt."
    ),
    (
        "Frauen sind im Stadtrat immer noch unterrepräsentiert, umso schöner, dass jetzt drei "
        "junge Kandidatinnen antreten."
    ),
    (
        "Die Polizei ermittelt wegen der Hakenkreuze an der Moschee. Ich hoffe, die Täter "
        "werden schnell gefasst."
    ),
    (
        "Unser Sportverein hat eine Inklusionsmannschaft gegründet, in der Kinder mit und "
        "ohne Behinderung zusammen kicken."
    ),
    (
        "Die Geflüchteten aus Eritrea, die bei uns in der Gärtnerei arbeiten, sind "
        "zuverlässige Kollegen und gehören längst dazu."
    ),
    (
        "Wer die Synagoge in der Feldbergstraße noch nie von innen gesehen hat: Am 14. "
        "September führt Kantor Rosenthal durch den Betsaal und erklärt die Torarollen. "
        "Lohnt sich!"
    ),
    (
        "Transfeindliche Angriffe haben laut dem Jahresbericht der Beratungsstelle deutlich "
        "zugenommen. Das sollte uns alle beunruhigen."
    ),
    (
        "Der evangelische Pfarrer geht nach 30 Jahren in den Ruhestand, er hat in der "
        "Gemeinde unglaublich viel bewegt."
    ),
    (
        "Meine Oma ist 91 und sitzt jeden Tag mit ihrem Tablet in der Bücherei. Der "
        "Digitalkurs für Senioren hat sich gelohnt."
    ),
    (
        "Die Romnja-Initiative bietet Hausaufgabenhilfe an, und die Kinder machen große "
        "Fortschritte. Toll!"
    ),
    (
        "Über die Nachbarschaftshilfe haben wir einen jungen Afghanen kennengelernt, der "
        "jetzt eine Ausbildung zum Elektriker macht."
    ),
    "Gewalt gegen Frauen ist kein Randthema. Gut, dass das Frauenhaus endlich mehr Plätze bekommt.",
    (
        "Der gehörlose Künstler, dessen Bilder gerade im Foyer des Rathauses hängen, hat "
        "einen ganz eigenen Blick auf die Altstadt."
    ),
    (
        "Schwule und lesbische Paare dürfen seit Jahren heiraten, und die Welt ist nicht "
        "untergegangen. Herzlichen Glückwunsch an die beiden aus dem Artikel!"
    ),
    (
        "Die muslimische Frauengruppe hat beim Stadtputz mehr Müll gesammelt als alle anderen "
        "Teams. Respekt!"
    ),
    (
        "Der Angriff auf den Rabbiner am Bahnhof ist widerwärtig. Antisemitismus muss man "
        "klar benennen, egal von wem er kommt."
    ),
    (
        "Die ukrainische Sonntagsschule in den Räumen der katholischen Pfarrei ist ein "
        "schönes Zeichen von Gastfreundschaft."
    ),
    "Meine Nachbarn sind ein älteres Ehepaar aus Anatolien, die backen das beste Simit der Stadt.",
    (
        "Die Schreinerei der Lebenshilfe an der Brunnenwiese fertigt Vogelhäuschen und "
        "Schaukelpferde, gebaut von Beschäftigten mit geistiger Beeinträchtigung. Unser "
        "Enkel liebt sein Exemplar."
    ),
    (
        "Eine Freundin von mir ist nichtbinär und engagiert sich im Jugendzentrum. Die Kids "
        "lieben sie."
    ),
    (
        "Ein Gebetsraum für muslimische Studierende an der Hochschule ist doch "
        "selbstverständlich, die christliche Hochschulgemeinde hat ja auch Räume."
    ),
    (
        "Die Geschichte der Gastarbeiter, die in den Sechzigern aus der Türkei ins Stahlwerk "
        "kamen, gehört zu unserer Stadtgeschichte."
    ),
    (
        "Ich war beim Trauermarsch für die Opfer des rassistischen Anschlags. Über 3000 "
        "Menschen waren da, das hat mir Mut gemacht."
    ),
    (
        "Der Verein hat einen Spieler aus Ghana verpflichtet, und die Jugendabteilung ist "
        "total begeistert von ihm."
    ),
    (
        "Seniorinnen und Senioren sollten bei der Digitalisierung der Verwaltung nicht "
        "vergessen werden, nicht jeder hat ein Smartphone."
    ),
    (
        "Unsere Tochter ist Autistin und besucht eine Regelschule. Die Schulbegleitung macht "
        "da einen enormen Unterschied."
    ),
    (
        "Die Jesidinnen, die vor dem IS geflohen sind, haben in der Stadtbibliothek eine sehr "
        "bewegende Lesung gehalten."
    ),
    (
        "Die Diakonie organisiert Deutschkurse für Geflüchtete, und es werden noch "
        "ehrenamtliche Lehrkräfte gesucht."
    ),
    (
        "Schlimm, dass die Regenbogenfahne vor dem Jugendhaus schon zum dritten Mal "
        "heruntergerissen wurde. Wir hängen eine neue auf."
    ),
    "Die Frauen der Freiwilligen Feuerwehr haben beim Hochwasser Unglaubliches geleistet. Danke!",
    (
        "Der Sinto-Gitarrist beim Altstadtfest hat mit seinem Swing das ganze Publikum zum "
        "Tanzen gebracht."
    ),
    (
        "Der neue Vorsitzende des Integrationsbeirats ist vor 20 Jahren aus Syrien gekommen "
        "und kennt die Sorgen beider Seiten."
    ),
    (
        "Die katholische Gemeinde und die Moscheegemeinde haben gemeinsam Spenden für die "
        "Tafel gesammelt."
    ),
    (
        "Ich bin selbst blind und finde die neuen Ampeln mit Tonsignal in der Innenstadt eine "
        "echte Erleichterung."
    ),
    (
        "Nach dem Brandanschlag auf die Flüchtlingsunterkunft haben Nachbarn spontan Decken "
        "und Kleidung vorbeigebracht. Das ist die Stadt, in der ich leben will."
    ),
    (
        "Meine Großeltern kamen als Spätaussiedler, die Familie aus Charkiw jetzt als "
        "Kriegsflüchtlinge – am Ende wollen alle nur ein sicheres Zuhause."
    ),
    (
        "Bei der Mahnwache vor der Synagoge stand auch der Imam in der ersten Reihe. So geht "
        "Zusammenhalt."
    ),
    (
        "Die Jugendlichen aus dem Wohnheim für Geflüchtete haben den Spielplatz mit neu "
        "gestrichen. Super Aktion."
    ),
    (
        "Die Beratungsstelle für queere Jugendliche braucht dringend mehr Geld, die "
        "Wartelisten sind lang."
    ),
    (
        "Die ältere Dame, die seit 40 Jahren den Kiosk am Park betreibt, hat das "
        "Bundesverdienstkreuz wirklich verdient."
    ),
    (
        "Als Jude fühle ich mich in dieser Stadt überwiegend wohl, aber die Schmierereien der "
        "letzten Wochen machen mir Sorgen."
    ),
    (
        "Ein Hoch auf die Hebammen, viele davon Frauen mit Migrationsgeschichte, die den "
        "Kreißsaal am Laufen halten."
    ),
    (
        "Die Gebärdensprachdolmetscherin bei der Einwohnerversammlung war eine super Idee, "
        "das sollte Standard werden."
    ),
    (
        "Am Sonntag öffnet die Moschee am Hafen ihre Türen für Besucher, es gibt Führungen, "
        "Gespräche und Baklava."
    ),
    (
        "Die Schwarze Ärztin in der Kinderklinik hat unser Baby gerettet, und ich bin "
        "fassungslos über die rassistischen Kommentare unter dem Artikel."
    ),
    (
        "Die Ramadan-Beleuchtung in der Fußgängerzone finde ich schön, genauso wie die "
        "Weihnachtsbeleuchtung. Beides gehört zu unserer Stadt."
    ),
]

# Threats and calls for violence; must be HELD. 1-10 direct, 11-20 conditional,
# 21-30 veiled, 31-40 calls to harm people or property.
THREATS_DE: list[str] = [
    "Ich werde dir beim nächsten Stadtratstreffen persönlich die Zähne einschlagen, du Verräter.",
    "Den Bürgermeister knall ich ab, sobald er sich wieder auf dem Marktplatz blicken lässt.",
    "Ich stech dich ab, Schreiberling, deine Redaktion ist ja nicht schwer zu finden.",
    "Wir zünden Ihr Haus an, während Sie drin schlafen, Herr Landrat.",
    "Am Samstag nach dem Spiel prügel ich dich windelweich, darauf kannst du dich verlassen.",
    "Dich schlag ich tot, du verlogener Pfaffe.",
    "Ich bring den Imam um, das schwöre ich bei meiner Mutter.",
    "Die Autorin dieses Artikels werde ich eigenhändig erwürgen.",
    "Morgen fahre ich zur Unterkunft und schieße auf jeden, der rauskommt.",
    "Euch vom CSD werde ich mit dem Baseballschläger empfangen, jeden einzelnen.",
    (
        "Legt der Moscheeverein an der Alten Ziegelei auch nur den Grundstein, werfen wir "
        "Brandflaschen auf den Rohbau, noch bevor das Dach drauf ist."
    ),
    (
        "Sollte der Stadtrat das Schwimmbad wirklich schließen, werden einige Ratsmitglieder "
        "das nicht überleben."
    ),
    "Falls die Flüchtlinge in unsere Turnhalle kommen, dann greifen wir zu den Waffen.",
    (
        "Erscheint von Ihnen noch ein Bericht über die Kassenaffäre beim TuS Eichwalde, "
        "Herr Kowalski, dann zertrümmere ich Ihnen eigenhändig die Kniescheiben."
    ),
    "Kommt das Windrad, dann kommt auch die Abrechnung mit dem Landrat, und die wird blutig.",
    "Wenn die Polizei den Schützenplatz räumt, gibt's Tote, das garantier ich euch.",
    "Sollte die Bürgermeisterin wiedergewählt werden, hängen wir sie am Rathausbalkon auf.",
    (
        "Wenn die Regenbogenparade wieder durch unsere Straße zieht, schlagen wir sie "
        "zusammen, bis keiner mehr steht."
    ),
    (
        "Noch eine Abschiebung aus unserer Schule und ich sorge dafür, dass der zuständige "
        "Sachbearbeiter im Krankenhaus landet."
    ),
    (
        "Wenn der Pfarrer weiter Kirchenasyl gewährt, dann brennt bald sein Pfarrhaus und er "
        "gleich mit."
    ),
    "Herr Stadtrat, ich weiß, wo Sie wohnen. Schönes Haus übrigens, mit dem großen Garten.",
    (
        "Ihr Jüngster trägt doch diesen gelben Ranzen mit dem Dino und läuft immer allein "
        "durch die Unterführung an der Pestalozzistraße. So ein kleiner Kerl, ganz ohne "
        "Begleitung."
    ),
    "Man sieht sich, Frau Redakteurin. Immer zweimal im Leben.",
    (
        "Netter silberner Kombi, den Sie vor der Redaktion parken. Bremsen sind so eine "
        "empfindliche Sache."
    ),
    (
        "Der Herr Landrat sollte abends lieber nicht mehr allein mit dem Hund am Fluss "
        "spazieren gehen. Nur ein gut gemeinter Rat."
    ),
    (
        "Frau Brandt, die Treppe hinunter zur Tiefgarage am Verlagshaus ist steil und "
        "miserabel beleuchtet. Da stolpert jemand mit Ihrer Schreiblust ganz leicht."
    ),
    "Wir haben Fotos von Ihrem Haus und wissen, wann Ihre Frau vom Einkaufen kommt.",
    "Der Imam soll wissen: Wir beobachten jeden seiner Schritte, Tag und Nacht.",
    (
        "Ihre Lena hat ein hübsches türkises Fahrrad, Herr Dezernent. Wir sehen es jeden "
        "Werktag kurz nach sieben am Kreisel beim Edeka vorbeirollen."
    ),
    (
        "Irgendwann steht keine Polizei mehr neben dir, Bürgermeister, und dann reden wir in "
        "Ruhe weiter."
    ),
    (
        "Jemand sollte die Flüchtlingsunterkunft am Stadtrand endlich abfackeln, bevor noch "
        "mehr kommen."
    ),
    (
        "Hausnummer vom Fraktionsvorsitzenden Reimers ist raus: Quittenweg 12. Wer Fäuste "
        "hat, stattet ihm heute Abend einen Besuch ab und lässt ihn nicht heil davonkommen."
    ),
    "Die Moschee gehört angezündet, und zwar nach dem Freitagsgebet.",
    (
        "Man müsste diesen Journalisten mal abpassen und ihm zeigen, was wir von seiner Hetze "
        "halten. Wer ist dabei?"
    ),
    (
        "Wirft endlich jemand Steine durch die Fenster des Parteibüros der Grünen? Verdient "
        "hätten sie es."
    ),
    "Am besten zündet man dem Bauunternehmer die Bagger an, dann ist Ruhe auf der Baustelle.",
    (
        "Hoffentlich knallt einer diesen Richter ab, der den Täter freigesprochen hat. "
        "Freiwillige vor!"
    ),
    "Alle Mann Samstag zum CSD, Schlagstöcke mitbringen, wir räumen die Straße.",
    (
        "Schmeißt dem Landrat doch einfach einen Pflasterstein durchs Schlafzimmerfenster, "
        "irgendwer muss ja anfangen."
    ),
    (
        "Die Synagoge sollte man dem Erdboden gleichmachen, hoffentlich findet sich bald "
        "einer, der es tut."
    ),
]

# Harmless text sharing vocabulary with threats; must be PUBLISHED.
LOOKALIKES_DE: list[str] = [
    "Am Samstag werden wir den Tabellenführer vernichten, die Jungs sind in Topform!",
    (
        "Am 9. Juni rechnen die Wähler in Kirchheide mit Ortsvorsteher Tannert ab – per "
        "Stimmzettel, für jedes Schlagloch auf der Mühlgasse."
    ),
    (
        "Die Täter, die den Kiosk überfallen haben, wurden zu drei Jahren Haft verurteilt. "
        "Das Urteil finde ich angemessen."
    ),
    "Der Torwart hat uns heute das Genick gebrochen, zwei Patzer in zehn Minuten.",
    (
        "Die Zwiebeln fein hacken, dann das Fleisch scharf anbraten und mit Rotwein "
        "ablöschen. Danke für das Rezept der Woche!"
    ),
    (
        "Im neuen Tatort wird der Hausmeister mit einem Spaten erschlagen, aber der Plot ist "
        "leider vorhersehbar."
    ),
    "Ich könnte platzen vor Wut, wenn ich an die neuen Parkgebühren denke.",
    (
        "Drei Samstage lang habe ich im Kleingarten Sonnenhang den Giersch mit der "
        "Grabegabel bekämpft; jetzt ist er ausgerottet, und die Johannisbeeren atmen auf."
    ),
    "Diesen Antrag wird die Opposition im Ausschuss in der Luft zerreißen, da bin ich sicher.",
    (
        "Dass Böllerwerfer in der Silvesternacht am Kantplatz auf den "
        "Johanniter-Rettungswagen gezielt haben, ist widerlich. Die Staatsanwaltschaft "
        "soll alle anklagen."
    ),
    "Wenn die Stadt das Bad schließt, werden wir klagen und notfalls ein Bürgerbegehren starten.",
    "Der Stürmer hat heute eine Bombe ins Kreuzeck gejagt, Wahnsinnstor!",
    (
        "Laut Polizei ist ein Mann in der Nacht mit einem Messer auf einen Taxifahrer "
        "losgegangen. Gute Besserung an den Fahrer."
    ),
    (
        "Im Krimi der Lokalautorin wird der Pfarrer vergiftet, ich hab das Buch in einer "
        "Nacht durchgelesen."
    ),
    "Man sieht sich beim Stadtfest, ich bring den Kartoffelsalat mit!",
    (
        "Wir werden den Bebauungsplan mit allen legalen Mitteln bekämpfen, notfalls bis vors "
        "Verwaltungsgericht."
    ),
    "Der alte Bauernhof hinter der Kirche wird abgerissen, die Bagger rollen nächste Woche an.",
    (
        "Die alte Scheune ist gestern Nacht abgebrannt, zum Glück wurde niemand verletzt. "
        "Danke an die Feuerwehr!"
    ),
    "Unsere Handballerinnen haben den Gegner regelrecht abgeschlachtet, 38:17, was für ein Abend.",
    (
        "Der Ortsvorsteher wohnt selbst an der Umgehungsstraße, der weiß also genau, wie laut "
        "die Lkw nachts sind."
    ),
    "Die Wespen im Dachkasten hat ein Fachmann ausgeräuchert, bitte nicht selbst versuchen.",
    (
        "Der Sheriff im Western gestern auf Arte erschießt am Ende den falschen Mann, "
        "großartiges Finale."
    ),
    "Der Landrat hat politisch keine Zukunft mehr, nach diesem Skandal ist er erledigt.",
    "Wer die Synagoge beschmiert hat, muss mit aller Härte des Gesetzes bestraft werden.",
    "Mit der neuen Kettensäge habe ich die umgestürzte Eiche in einer Stunde klein gekriegt.",
    "Das Gegentor in der Nachspielzeit war ein Stich ins Herz für alle Fans.",
    "Ich habe heute beim Schach meinen Vater zum ersten Mal geschlagen, Matt in 23 Zügen!",
    (
        "Das Gericht hat entschieden, dass der verurteilte Dealer nach Verbüßung der Strafe "
        "ausgewiesen wird."
    ),
    (
        "Die Theatergruppe spielt Macbeth, und die Mordszene im zweiten Akt geht richtig "
        "unter die Haut."
    ),
    (
        "Bei der Kommunalwahl werden wir der Koalition einen Denkzettel verpassen, und zwar "
        "an der Urne."
    ),
    "Die Mäuse im Keller hab ich mit Lebendfallen gefangen und am Waldrand ausgesetzt.",
    (
        "Der Preis für das Baugrundstück ist der absolute Killer, das kann sich keine junge "
        "Familie leisten."
    ),
    "Wenn Ihr Hund noch einmal in unseren Vorgarten macht, rufe ich das Ordnungsamt.",
    "Die Abwehr hat heute gebrannt, jeder Zweikampf war eine Schlacht.",
    (
        "Der Prozess um den Messerangriff am Bahnhof beginnt nächste Woche, ich hoffe, ihr "
        "berichtet ausführlich."
    ),
    (
        "Das Feuerwerk zu Silvester war wieder ein einziges Bombardement, mein Hund hat die "
        "ganze Nacht gezittert."
    ),
    (
        "Die Dokumentation über den Bombenkrieg 1944 in unserer Stadt hat mich sehr bewegt, "
        "gerade die Zeitzeugen."
    ),
    "Man sollte die alten Gleise endlich rausreißen und dort einen Radweg bauen.",
    "Mein Nachbar bringt mich noch um mit seinem Laubbläser um sieben Uhr morgens, haha.",
    (
        "Im Schützenverein wird am Wochenende auf Scheiben geschossen, Zuschauer sind "
        "herzlich willkommen."
    ),
]

# English: sharp but legitimate criticism; PUBLISHED.
CRITICISM_EN: list[str] = [
    (
        "The council's decision to close the Eastside library without a single public hearing "
        "is an absolute disgrace."
    ),
    (
        "Mayor Collins promised a balanced budget; three years later we have a deficit and no "
        "explanation."
    ),
    (
        "The Republicans on the county board voted against the flood defences and now want "
        "credit for the cleanup. Spare me."
    ),
    (
        "Democrats ran on affordable housing and then approved a luxury tower with zero "
        "affordable units. Hypocrisy."
    ),
    "With respect to the editor, this paper has become a mouthpiece for the chamber of commerce.",
    (
        "The police department's response time in the north end is a scandal, and the chief "
        "should resign if he can't fix it."
    ),
    (
        "Lowering the speed limit to 20 mph on Main Street is pointless theatre; enforce the "
        "current one first."
    ),
    "The school board's handling of the bus contract was incompetent from start to finish.",
    (
        "I'm all for wind farms, but putting one right next to the bird sanctuary was a "
        "careless decision."
    ),
    (
        'Another "independent review" of the hospital closure? How many consultants do we pay '
        "before someone takes responsibility?"
    ),
    "Oh wonderful, the new bike lane ends in a lamppost. Truly visionary planning, city hall.",
    (
        "Our state representative hasn't held a town hall in two years. If she doesn't want "
        "to listen, she shouldn't be in office."
    ),
    (
        "Immigration is a federal issue, yet the county is left paying for shelters with no "
        "support. Washington has failed us."
    ),
    (
        "Buying an armoured vehicle while cutting the mental health response team is a "
        "misguided choice by the sheriff."
    ),
    "Your headline was misleading: the report never said crime doubled. Please issue a correction.",
]

# English: neutral or friendly mentions of identity groups; PUBLISHED.
MINORITIES_EN: list[str] = [
    (
        "The new rabbi at Temple Beth Shalom gave a lovely talk at the interfaith breakfast "
        "this morning."
    ),
    (
        "So proud of our town's first Pride parade, hundreds of families came out and the "
        "rain held off."
    ),
    (
        "The vandalism at the Islamic Center is shameful. Our neighbours deserve to worship "
        "in peace, and I hope the police find whoever did it."
    ),
    "A group of Syrian refugees opened a bakery on Elm Street and their flatbread is fantastic.",
    "My brother is gay and he and his husband just adopted two kids. Best dads I know.",
    "The attack on the trans woman downtown was a hate crime and should be prosecuted as one.",
    (
        "Seniors at the community centre are teaching knitting to teenagers, which is the "
        "sweetest thing."
    ),
    "The Black history exhibit at the county museum is excellent; take your kids.",
    (
        "Ukrainian families who arrived last year have started a Saturday language school at "
        "St. Mary's."
    ),
    "As a wheelchair user I'm thrilled the new ferry terminal is fully accessible.",
    "The women's rugby team is unbeaten this season and deserves more coverage in this paper.",
    (
        "Harassment of Jewish students on campus has to be called out clearly, and I'm glad "
        "the university did."
    ),
    "Our new imam volunteers at the food bank every Thursday alongside the Methodist church group.",
    "The Roma community's music festival in the park was wonderful, more of this please.",
    (
        "Mrs. Okafor, the retired nurse who came from Nigeria in the 70s, deserves that "
        "lifetime award."
    ),
]

# English threats: 1-4 direct, 5-8 conditional, 9-12 veiled, 13-15 calls to harm; HELD.
THREATS_EN: list[str] = [
    (
        "Mayor Dwyer, when you cut the ribbon at the Kessler Park bandstand on Sunday, "
        "I'll be in the crowd with my rifle, and you won't walk off that stage."
    ),
    (
        "Hey Marsh from the Valley Courier, I'm coming to the newsroom on Pike Avenue to "
        "smash your typing fingers with a hammer, one knuckle at a time."
    ),
    "I'll burn the councilman's office down with him inside it.",
    "I'm going to beat the coach senseless after Saturday's game, count on it.",
    "If that mosque gets approved, someone on the planning board is going to end up dead.",
    "Close our pool and I swear I will make the superintendent pay in blood.",
    "If the shelter opens on our street, we'll be waiting with baseball bats.",
    (
        "Should the Gazette's court column mention the Hadley family once more, its editor "
        "will be the next name printed among the obituaries."
    ),
    (
        "Commissioner, that green pickup sits on your Larchmont Road driveway all night. "
        "Anyone with a pair of pliers could crawl underneath it in a minute."
    ),
    (
        "Judge Whitaker, your girl's soccer practice at Maple Grove Middle ends at "
        "four-thirty, and she waits by the bleachers alone for a while. Lovely kid."
    ),
    "Accidents happen to nosy journalists all the time. Drive safe.",
    "See you around, Councilwoman. Sooner than you think.",
    "Somebody needs to torch that refugee hotel before more of them move in.",
    "Anyone who lives near the synagogue should go smash every window. Tonight.",
    "Someone should run those Pride marchers over with a truck. I'd pay for the gas.",
]

# English harmless lookalikes; PUBLISHED.
LOOKALIKES_EN: list[str] = [
    "We're going to destroy the Tigers on Friday night, our defence is unstoppable this year.",
    "If the sheriff keeps this up, voters will kick him out in November.",
    "The man who robbed the gas station on Route 9 was sentenced to six years.",
    "This chili recipe absolutely kills, just don't skip the smoked paprika.",
    "The council is going to tear this proposal apart at Tuesday's meeting, and rightly so.",
    "Violence against election workers is unacceptable, and the DA is right to press charges.",
    "Finally pulled out those invasive vines by the roots; the garden can breathe again.",
    (
        "The villain in the new superhero movie blows up half of the city, but the dialogue "
        "is terrible."
    ),
    "My neighbour's leaf blower at 7am is going to be the death of me.",
    "Our quarterback shot the lights out in the second half.",
    (
        "If they close the clinic, we will sue the county and take it all the way to the "
        "state supreme court."
    ),
    "The old mill burned down last night, thankfully nobody was hurt. Thanks to the fire crew.",
    "The senator's campaign is dead in the water after that debate.",
    "The murder mystery at the community theatre had a brilliant twist in the last act.",
    "We'll see you at the bake sale, I'm bringing lemon bars!",
]


def _build_cases() -> list[tuple[str, str, str, str]]:
    groups = [
        ("crit", "de", "criticism", CRITICISM_DE),
        ("min", "de", "minorities", MINORITIES_DE),
        ("threat", "de", "threat", THREATS_DE),
        ("look", "de", "lookalike", LOOKALIKES_DE),
        ("crit", "en", "criticism", CRITICISM_EN),
        ("min", "en", "minorities", MINORITIES_EN),
        ("threat", "en", "threat", THREATS_EN),
        ("look", "en", "lookalike", LOOKALIKES_EN),
    ]
    cases: list[tuple[str, str, str, str]] = []
    for prefix, lang, kind, texts in groups:
        for number, text in enumerate(texts, start=1):
            cases.append((f"{prefix}-{lang}-{number:02d}", lang, kind, text))
    return cases


CASES: list[tuple[str, str, str, str]] = _build_cases()

SHOULD_PUBLISH: dict[str, bool] = {
    "criticism": True,
    "minorities": True,
    "threat": False,
    "lookalike": True,
}
