"""A twenty-first held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 119
cases that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows (all five waves), or with another case of this table,
were reworded for the overlap alone (16 of them again, by hand, where the rewording had met
other material), before any scorer was run on the table. Kinds, and what the default policy
should do: sharp but legitimate criticism and neutral or friendly mentions of groups
(counter-speech and negations included) are published; threats and calls for violence are held;
harmless look-alikes are published. German threats, in order: veiled (1-30), conditional
(31-55), direct (56-70), calls against people (71-85), calls against property (86-100); English:
veiled (1-8), conditional (9-15), direct (16-19), calls against people (20-22), calls against
property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate, and
to prefer unusual but natural wording. It was written for the next candidate (S3) and committed
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
        "Herr Bürgermeister Kettwig, packen Sie Ihre Aktentasche und überlassen Sie das Rathaus "
        "jemandem, der einen Haushaltsplan lesen kann."
    ),
    (
        "Drei Jahre Vorlauf für einen Kreisverkehr, der jetzt schief ist. Das Tiefbauamt in "
        "Hollerbeck hat sich selbst übertroffen."
    ),
    (
        "peinlich was der stadtrat da wieder abgeliefert hat, die turnhalle ist seit 2019 dicht "
        "und die streiten über blumenkübel"
    ),
    (
        "Frau Dezernentin Albrecht-Sommer, erklären Sie uns bitte öffentlich und ohne Powerpoint, "
        "wohin die 1,8 Millionen für die Grundschule Am Mühlbach verschwunden sind."
    ),
    (
        "Die Stadtwerke Ebersfeld drehen zum dritten Mal binnen zwölf Monaten an der "
        "Preisschraube und der Vorstand kassiert Boni. Ich kündige morgen und empfehle jedem, es "
        "mir nachzutun."
    ),
    (
        "Liebe Redaktion, ihr habt die Pressemitteilung der Kreisverwaltung einfach "
        "abgeschrieben, sogar der Tippfehler ist noch drin. Recherche sieht anders aus."
    ),
    (
        "Dreist. Einfach nur dreist, wie die Freie-Wähler-Fraktion ihre eigene Abstimmung vom "
        "März jetzt umdeuten will."
    ),
    (
        "Ich hoffe, die Kommunalaufsicht schaut sich diese Grundstücksvergabe an der Lindenstraße "
        "ganz genau an. Da riecht einiges nach Vetternwirtschaft."
    ),
    (
        "Der Landrat hat das Krankenhaus in Wettringen kaputtgespart und tritt jetzt vor die "
        "Kameras und bedauert die Schließung. Bei der nächsten Wahl bekommt er die Quittung, "
        "zumindest von mir."
    ),
    (
        "unfähig ist noch nett ausgedrückt. die baustelle auf der B 412 steht seit wochen still "
        "und keiner weiß warum"
    ),
    (
        "Herr Polizeipräsident Dornbusch, hören Sie auf, die Zahlen schönzurechnen, und geben Sie "
        "zu, dass am Bahnhof nachts kein einziger Streifenwagen mehr unterwegs ist."
    ),
    (
        "Die Petition gegen die Fällung der Platanen am Schlossplatz hat schon 4000 "
        "Unterschriften. Unterschreiben, weitersagen, und am Donnerstag zur Ratssitzung kommen!"
    ),
    (
        "Typisch Verkehrsverbund: Fahrplan ausgedünnt, Preise rauf, und dann wundern sich die "
        "Herrschaften, dass keiner mehr Bus fährt."
    ),
    (
        "Was für ein Versagen auf ganzer Strecke. Die Kita-Plätze waren seit fünf Jahren "
        "absehbar, jeder Geburtsjahrgang steht im Melderegister."
    ),
    (
        "Frau Oberbürgermeisterin Grevenkamp, nehmen Sie sich einen Nachmittag frei und rollen "
        "Sie mal im geliehenen Rollstuhl vom Marktplatz zum Bürgerbüro. Danach reden wir weiter."
    ),
    (
        "Ich hab dem Ortsvorsteher dreimal wegen dem Schlagloch geschrieben, nie ne Antwort. "
        "Jetzt hat mein Nachbar nen Achsbruch. Glückwunsch."
    ),
    (
        "Man sollte den Vorgang von einem unabhängigen Gutachter prüfen lassen, bevor noch mehr "
        "Geld im Sumpf der Stadthallensanierung versickert."
    ),
    (
        "Die Kreistags-SPD hat im Wahlkampf exakt das Gegenteil plakatiert. Ich hab die Fotos "
        "noch auf dem Handy, falls sich jemand nicht erinnern kann."
    ),
    (
        "Schon wieder Fotos vom Bürgermeister beim Fassanstich auf Seite 1, und der "
        "Wasserrohrbruch in der Südstadt kriegt eine Randnotiz. Hofberichterstattung, liebes "
        "Tageblatt."
    ),
    (
        "Sorry, aber der Vorstand vom TuS Rehbach hat den Klub gegen die Wand gesetzt. "
        "Mitgliederversammlung einberufen und die ganze Truppe abwählen, anders geht's nicht "
        "mehr."
    ),
    (
        "Herr Kämmerer Lohberg, kommen Sie am Dienstag in die Bürgerfragestunde und beantworten "
        "Sie dort persönlich, was Sie der Presse nur schriftlich hinwerfen."
    ),
    (
        "Der Investor hat uns ein Quartier mit Grünflächen versprochen und jetzt stehen da "
        "Betonklötze mit Schottergärten. Und der Bauausschuss nickt alles durch."
    ),
    (
        "Ne ne, des glaabt doch koiner mehr, dass die Umgehung 2027 fertig wird. Die Herre im "
        "Rathaus verzähle uns des seit zwanzig Johr."
    ),
    (
        "Da hat die Polizei auf der Samstagsdemo ordentlich danebengegriffen. Pfefferspray gegen "
        "Schüler mit Pappschildern? Das gehört vor den Innenausschuss."
    ),
    (
        'Wer hat eigentlich entschieden, das Freibad in der Hochsaison wegen "Personalmangel" '
        "zu schließen? Seit Januar wusste man das. Planung null."
    ),
    "Lächerlich.",
    (
        "Das Jobcenter Neuhausen verliert zum zweiten Mal meine Unterlagen. Ich reiche jetzt "
        "Dienstaufsichtsbeschwerde ein, die Vorlage gibt's übrigens im Netz."
    ),
    (
        "Frau Ministerin Ruhwedel, bitten Sie die Eltern in Kleinbernau um Entschuldigung, die "
        "Sie bei der Infoveranstaltung wie Störenfriede behandelt haben."
    ),
    (
        "Die Müllabfuhr kommt seit der Umstellung auf den neuen Entsorger, wann sie will. Der "
        "Kreis sollte den Vertrag kündigen, Vertragsstrafen sind hoffentlich vereinbart."
    ),
    (
        'Ach, jetzt plötzlich ist der Radweg "nicht finanzierbar"? Für den Parkplatz vor dem '
        "Rathaus war komischerweise Geld da."
    ),
    (
        "Warum steht hier eigentlich kein Wort davon, dass der Bauunternehmer im Aufsichtsrat der "
        "Stadtwerke sitzt? Das hätte in den ersten Absatz gehört, liebe Zeitung, nicht unter den "
        "Tisch."
    ),
    (
        "Herr Bürgermeister Pfänder, legen Sie die Verträge mit der Eventagentur offen, und zwar "
        "vollständig, ohne geschwärzte Seiten."
    ),
    (
        "Die Stadtverwaltung schafft es nicht mal, ne Online-Terminvergabe zu bauen, die länger "
        "als zwei Tage funktioniert. Digitalisierung made in Bad Ohlenau."
    ),
    (
        "Ich finde es blamabel, dass unser Gemeinderat dem Discounter die Streuobstwiese zum "
        "Schnäppchenpreis verkauft hat. Das Bürgerbegehren ist schon in Vorbereitung, Listen "
        "liegen im Hofladen Brenner aus."
    ),
    (
        "Die Grünen haben den Radschnellweg jahrelang als Leuchtturm verkauft und jetzt endet er "
        "im Maisfeld. Glanzleistung."
    ),
    (
        "Der Klinikkonzern streicht die Geburtshilfe in Sandhorst und nennt das "
        '"Zukunftskonzept". Werdende Mütter dürfen jetzt 50 km kurven. Zynischer geht\'s kaum.'
    ),
    (
        "Herr Schulrat Weidenhammer, hören Sie auf, die Eltern mit Formbriefen abzuspeisen, und "
        "besuchen Sie die Containerklassen im Februar, wenn die Heizung ausfällt."
    ),
    (
        "Das Ordnungsamt verteilt Knöllchen an der Kirche mitten in der Beerdigung, aber wer "
        "durch die Tempo-30-Straßen brettert, interessiert niemanden. Prioritäten haben die da."
    ),
    (
        "wieso haben die überhaupt das gutachten von 2018 ignoriert?? da stand doch alles drin. "
        "jetzt bitte untersuchungsausschuss"
    ),
    (
        "Wenn das mit den Barabhebungen aus der Vereinskasse stimmt, gehört die Sache zur "
        "Staatsanwaltschaft und nicht bloß vor den Ehrenrat."
    ),
    (
        "Die CDU-Fraktion votiert gegen die Sanierung des Jugendzentrums und beklagt im selben "
        "Atemzug die Langeweile der Jugend. So was könnte sich kein Satiriker ausdenken."
    ),
    (
        "Ich boykottiere ab sofort das Weinfest, solange die Stadt die Standgebühren für die "
        "örtlichen Winzer verdreifacht und die Großcaterer billig reinlässt."
    ),
    (
        "Frau Landrätin Osterkamp, stellen Sie sich nach Grubenfeld auf den Bahnsteig und sagen "
        "Sie den Leuten dort selbst, warum ihr Zughalt wegfällt."
    ),
    (
        "Eine Stunde Warteschleife beim Bürgertelefon, dann aufgelegt. Das ist keine Verwaltung, "
        "das ist ein Geduldsspiel."
    ),
    (
        "Und wieder hat die Bahn die Brücke in Altmühlried nicht rechtzeitig fertig. Die Pendler "
        "baden es aus, die Manager kriegen ihre Prämien."
    ),
    (
        "Blamabel, dass ausgerechnet ein Ratsherr der Bürgerliste, der sonst ständig Transparenz "
        "predigt, die Akteneinsicht blockiert."
    ),
    (
        "Wer den Zebrastreifen vor der Förderschule nach drei Unfällen immer noch nicht für nötig "
        "hält, sollte sein Mandat zurückgeben."
    ),
    (
        "Herr Stadtbaurat Quandt, lassen Sie bitte die Finger vom Altstadtpflaster, bis Sie "
        "erklärt haben, warum die letzten 400 Meter nach zwei Wintern schon wieder wackeln."
    ),
    (
        'So ein Quatsch, die Brauerei hat nicht "modernisiert", die hat 40 Leute '
        "rausgeschmissen und die Produktion nach Tschechien verlegt. Schreibt das doch auch so."
    ),
    (
        "Die Feuerwehr wartet seit acht Jahren auf das neue Gerätehaus. Acht Jahre! Der "
        "Gemeinderat sollte sich schämen, jedes einzelne Mitglied."
    ),
    (
        "Ich werde am Montag vorm Rathaus stehen, mit Plakat und Thermoskanne. Wer die "
        "Stadtteilbibliothek erhalten will, bringt bitte eine Tasse mit."
    ),
    (
        "Herr Polizeisprecher Harnisch, verschonen Sie uns mit der nächsten Erklärung über "
        '"bedauerliche Einzelfälle" und nennen Sie uns lieber, wer den Vorfall unabhängig '
        "untersucht."
    ),
    (
        "Die Wohnungsbaugesellschaft überlässt die verschimmelten Wohnungen in der Kastanienallee "
        "seit Monaten dem Verfall. Mieterverein einschalten und Miete mindern, Leute!"
    ),
    (
        "selten so einen unausgegorenen Haushaltsentwurf gesehen, da hat wohl der Praktikant die "
        "Excel-Tabelle gebastelt"
    ),
    (
        "Mir fehlt bei der ganzen Geschichte die Frage, wer im Bauamt die Genehmigung "
        "unterschrieben hat. Vielleicht recherchiert die Redaktion da mal nach, statt nur zu "
        "zitieren."
    ),
    (
        "Herr Ortsbürgermeister Brakelmann, Sie wollten die Windräder nie, dann sagen Sie es "
        "bitte auch im Ortsrat laut und nicht nur beim Frühschoppen."
    ),
    (
        "Das Landesamt hat den Hochwasserschutz an der Wemse zwanzig Jahre verschleppt. Jetzt "
        "stehen Keller unter Wasser und die Verantwortlichen sind alle in Pension."
    ),
    (
        "Das Konzept für den Weihnachtsmarkt ist ein Witz. Sieben Buden, davon drei mit Glühwein, "
        "und 8 Euro Eintritt? Da bleib ich lieber daheim."
    ),
    (
        "Herr Sandmeier, als Chef der Verkehrsbetriebe steigen Sie doch mal eine Woche lang um "
        "6:12 Uhr in Lohfelden-Ost in die Linie 7 und zählen Sie, wie oft sie wirklich kam."
    ),
    "Nicht unfähig, sondern unwillig, genau da liegt der Hund begraben bei dieser Stadtspitze.",
]

MINORITIES_DE: list[str] = [
    (
        "Schön, dass der Brückenauer CSD heuer erstmals durch die Altstadt zieht. Wir kommen mit "
        "den Kindern und der Regenbogenfahne."
    ),
    (
        "Unsere Nachbarn, zwei Männer, haben letzte Woche im Standesamt am Kornmarkt geheiratet, "
        "die halbe Straße hat Spalier gestanden. War ein richtig schöner Tag."
    ),
    (
        'Wer unter so einen Bericht "die sollen das doch zuhause machen" tippt, hat offenbar '
        "nicht begriffen, dass Händchenhalten im Park für Heteros auch niemand verbietet."
    ),
    (
        'Toll, dass der queere Sportverein "Rosa Löwen" jetzt die Halle an der Gerberstraße '
        "mitnutzen darf. Die Trainingszeiten stehen auf deren Homepage."
    ),
    (
        "Ich bin trans und bin schon zwölf Jahre an der Kasse der Sparkasse in Halstedt. Die "
        "meisten Kunden merken es gar nicht, und die, die es merken, wollen trotzdem nur ihre "
        "Überweisung."
    ),
    (
        "Ich hab gar nichts gegen Schwule oder Lesben, ich verstehe nur nicht, warum die Fahne am "
        "Rathaus einen ganzen Monat hängen muss. Eine Woche hätte es auch getan."
    ),
    (
        "Queere Jugendliche auf dem Land haben oft niemanden zum Reden. Deshalb finde ich das "
        "neue Beratungsangebot im Jugendhaus Tellingen richtig wichtig."
    ),
    (
        "Homosexualität ist keine Krankheit und keine Mode. Dass ein Kreistagsabgeordneter sowas "
        "heute noch öffentlich sagt, darf nicht unkommentiert bleiben."
    ),
    "Meine Tochter liebt Frauen, und ich bin stolz auf sie, Punkt.",
    (
        "Ich verachte keinen Menschen wegen seiner sexuellen Orientierung, mir ist egal, wen der "
        "Pfarrer oder die Lehrerin liebt, solange der Unterricht gut ist."
    ),
    (
        "Die Drag-Lesung in unserer Stadtbücherei war restlos ausgebucht, und draußen standen "
        "genau vier Protestierende. Das sagt eigentlich alles über die angebliche Empörung."
    ),
    (
        '"Das ist doch nicht normal" – doch, ist es sehr wohl. Zwei Mütter, die ihr Kind zum '
        "Kinderturnen bringen, sind genauso normal wie jede andere Familie in der Halle."
    ),
    (
        "Beim Moschee-Besuchstag an der Hafenstraße gab es Tee und Baklava, und der Imam hat "
        "geduldig jede Frage beantwortet. Kann ich nur empfehlen."
    ),
    (
        "Die jüdische Gemeinde in Wendelstadt feiert 30 Jahre neue Synagoge. Ich war beim "
        "Konzert, die Kantorin hat eine unglaubliche Stimme."
    ),
    (
        "Nicht jeder Muslim ist für das verantwortlich, was irgendein Prediger im Internet "
        "erzählt. Mein Kollege Yusuf fastet im Ramadan und schiebt trotzdem die Nachtschicht mit."
    ),
    (
        'Wer auf Hauswände "Juden raus" schmiert, greift nicht nur die Gemeinde an, sondern uns '
        "alle. Danke an die Anwohner, die am nächsten Morgen mit Eimern und Bürsten dastanden."
    ),
    (
        "Die Evangelischen und die Moscheegemeinde kochen zusammen für die Tafel. Sowas müsste "
        "öfter in der Zeitung stehen."
    ),
    (
        "Ich bin Katholik und finde, der Muezzinruf einmal freitags ist nicht mehr Lärm als "
        "unsere Glocken am Sonntag um sieben."
    ),
    (
        "Ich persönlich halte nichts davon, den Schulkalender wegen religiöser Feiertage zu "
        "ändern, egal welcher Religion. Aber das Thema verdient eine sachliche Debatte ohne "
        "Hetze."
    ),
    (
        'Antisemitismus fängt nicht erst beim Anschlag an, sondern bei den "Witzchen" am '
        "Tresen. Gut, dass der Schützenverein den Mann ausgeschlossen hat."
    ),
    (
        "Die Stolpersteine an der Bahnhofstraße wurden letzte Woche von Schülern der Realschule "
        "Oberwinkel geputzt, und jeder Name wurde laut vorgelesen. Sehr bewegend."
    ),
    (
        "Ich habe nichts gegen Christen, auch wenn ich selbst ausgetreten bin, die Leute von der "
        "Bahnhofsmission machen eine Arbeit, für die ich nicht die Nerven hätte."
    ),
    (
        "Kleine Korrektur zum Artikel: Die Synagoge in der Judengasse wurde nicht 1942, sondern "
        "in der Pogromnacht 1938 zerstört."
    ),
    (
        "Dass die Polizei jetzt vor dem Gemeindehaus der jüdischen Gemeinde steht, ist traurig, "
        'aber richtig. Wer deswegen von "Sonderbehandlung" redet, sollte sich fragen, warum der '
        "Schutz überhaupt nötig ist."
    ),
    (
        "Die syrische Familie im Erdgeschoss hat uns zum Zuckerfest eingeladen, da standen solche "
        "Berge auf dem Tisch, dass wir drei Tage lang Reste gegessen haben."
    ),
    (
        "Die ukrainischen Frauen aus dem Deutschkurs an der VHS Lindental haben jetzt ein eigenes "
        "Café gegründet. Kuchen top, Preise fair, hingehen!"
    ),
    (
        '"Ausländer raus" auf dem Bushäuschen am Sportplatz – wer sowas sprüht, soll wissen, '
        "dass ein Drittel unserer A-Jugend Eltern aus anderen Ländern hat und das Team "
        "Tabellenführer ist."
    ),
    (
        "Ich bin gegen die Unterkunft auf dem früheren Gärtnereigelände, weil dort weder "
        "Busanbindung noch Laden ist. Die Menschen brauchen Anschluss, nicht einen Zaun am "
        "Ortsrand."
    ),
    (
        "Ich finde den Standort im ehemaligen Hotel Post eigentlich gut, mitten im Ort, Schule "
        "und Ärzte um die Ecke. Integration klappt besser, wenn man sich im Alltag begegnet."
    ),
    (
        "Nicht jeder Geflüchtete ist kriminell, so wie eben auch nicht jeder Deutsche. Die "
        "Polizeimeldung nennt einen Einzeltäter, keine ganze Nationalität."
    ),
    (
        "Mein Friseur ist Türke, seit 25 Jahren im Viertel, und kennt mehr Familiengeschichten "
        "als der Pfarrer. Zum Jubiläum vom Laden war die ganze Straße da."
    ),
    (
        "Seit Jahren werden die Roma aus der Bleichweg-Siedlung mit Vorurteilen überzogen. Der "
        "Bericht über die Hausaufgabenhilfe dort zeigt mal die andere Seite, danke dafür."
    ),
    (
        'Als schwarze Frau in Ostrebrück werde ich oft gefragt, wo ich denn "eigentlich" '
        "herkomme. Antwort: aus dem Kreiskrankenhaus, Station 3."
    ),
    (
        "Woher jemand stammt, ist mir herzlich egal. Ich erwarte aber von der Stadt, dass sie die "
        "Sprachkurse für Zugewanderte nicht schon wieder kürzt, ohne Deutsch wird's mit dem Job "
        "schwer."
    ),
    (
        'Der Kommentar oben mit dem "Messer-Import" ist widerlich und auch statistisch Unsinn. '
        "Der Täter in dem Fall war übrigens ein Rentner aus dem Nachbarort."
    ),
    (
        "Die beiden Männer aus Eritrea, die beim Bauhof angefangen haben, sind laut Bauhofleiter "
        "die pünktlichsten im ganzen Team. Schön, dass das mal jemand sagt."
    ),
    (
        "Mit Frau Dr. Henningsen hat die Klinik in Rötteln zum ersten Mal eine Chefärztin in der "
        "Chirurgie. Gratulation, und hoffentlich nicht die letzte."
    ),
    (
        "Eine starre Frauenquote in den Stadtwerke-Aufsichtsräten halte ich für verkehrt. Lieber "
        "Kinderbetreuung bei den Abendsitzungen organisieren, dann stellen sich auch mehr Frauen "
        "zur Wahl."
    ),
    (
        "Sieben von 36 Sitzen im Stadtrat sind mit Frauen besetzt. Da muss sich bei allen "
        "Parteien was tun, schon bei der Listenaufstellung."
    ),
    (
        "Die Mädchenmannschaft der JSG Eschbach-Tal hat den Pokal geholt, und im Bericht stehen "
        "zwei Sätze. Bei den Jungs wär's eine halbe Seite gewesen."
    ),
    (
        '"Frauen gehören hinter den Kochtopf" unter einem Artikel über die neue Wehrführerin? '
        "Die Frau hat 18 Jahre Einsatzerfahrung, und so ein Spruch ist einfach von gestern."
    ),
    (
        "Nicht jede Frau will Karriere, nicht jede will Kinder, und beides ist in Ordnung. Der "
        "Leserbrief von gestern tat so, als gäbe es nur einen richtigen Weg."
    ),
    (
        "Das Frauenhaus in Bergstedt braucht dringend Spenden, vor allem Kinderkleidung und "
        "Drogerieartikel. Abgabe Mo–Fr beim Diakonischen Werk."
    ),
    (
        "Meine Oma saß 1971 als erste Frau im Gemeinderat von Haselroth, da hat ihr der "
        "Bürgermeister noch den Kaffeedienst angeboten. Gut zu sehen, wie weit wir seitdem "
        "gekommen sind."
    ),
    (
        "find ich gut dass der nachtbus jetzt auf wunsch zwischen den haltestellen anhält, gerade "
        "frauen auf dem heimweg fühlen sich damit sicherer"
    ),
    (
        "Dass Erzieherinnen für eine faire Bezahlung auf die Straße müssen, sagt viel darüber, "
        "wie wenig manche Arbeitgeber diesen Frauenberuf wertschätzen."
    ),
    (
        "Ich verurteile niemanden dafür, ob er oder sie Gendersternchen benutzt oder nicht, aber "
        "die Stadtverwaltung sollte einheitlich schreiben, damit Bescheide verständlich bleiben."
    ),
    (
        "Schöner Bericht über die Schreinermeisterin aus Lübbering. Mehr Handwerkerinnen in der "
        "Zeitung, dann trauen sich vielleicht auch mehr Mädchen in die Ausbildung."
    ),
    (
        "Seit ich im Rollstuhl sitze, war Gleis 2 in Kirchwalden für mich unerreichbar. Jetzt "
        "gibt es den frisch eingebauten Bahnhofsaufzug, nach elf Jahren Warten, und ich komme "
        "allein hin."
    ),
    (
        "Unser Sohn hat Down-Syndrom und ist seit dem Sommer in der inklusiven Theatergruppe am "
        "Stadttheater dabei. Die Premiere war großartig, er hat sich dreimal verbeugt."
    ),
    (
        'Wer Behindertenparkplätze als "Luxus" bezeichnet, sollte mal einen Tag mit Gehhilfen '
        "einkaufen gehen. Die Plätze sind kein Geschenk, sondern Notwendigkeit."
    ),
    (
        "Die Ampeln an der Marktkreuzung haben jetzt endlich Signaltöne für blinde Menschen. "
        "Meine Nachbarin Frau Kuhlmey hat sich bei der Stadt jahrelang dafür eingesetzt."
    ),
    (
        "Der Gebärdensprachdolmetscher auf der Bürgerversammlung war eine tolle Idee, vier "
        "gehörlose Leute aus dem Ort konnten zum ersten Mal richtig mitdiskutieren."
    ),
    (
        "Nicht jeder Mensch mit Behinderung braucht Mitleid. Die meisten brauchen einfach Rampen, "
        "barrierefreie Formulare und Leute, die nicht über ihren Kopf hinweg reden."
    ),
    (
        "Ich habe nichts gegen Inklusion an der Grundschule, im Gegenteil, aber ohne zweite "
        "Lehrkraft in der Klasse bleibt sie ein bloß papierenes Versprechen. Da muss das Land "
        "nachlegen."
    ),
    (
        "Die Behindertenwerkstatt in Ahlendorf verkauft beim Herbstmarkt wieder ihr "
        "Holzspielzeug. Letztes Jahr war um elf alles weg, also früh kommen."
    ),
    (
        '"Behindert" als Schimpfwort auf dem Schulhof – da müssen die Lehrer einschreiten, und '
        "die Eltern erst recht. Mein Bruder ist geistig behindert und hört das jedes Mal."
    ),
    (
        "Der blinde Kegler vom KSV Ohrdorf hat bei der Kreismeisterschaft 812 Holz geworfen. Ich "
        "hab's erst nicht geglaubt, aber die Ergebnisliste lügt nicht."
    ),
    (
        "Das inklusive Café am Rosenplatz wird von Menschen mit und ohne Behinderung betrieben, "
        "und der Käsekuchen ist der beste der Stadt. Mehr braucht es als Empfehlung nicht."
    ),
    (
        'Gehörlose Menschen sind nicht "taubstumm", das Wort ist veraltet und verletzend. Wäre '
        "schön, wenn die Redaktion das im nächsten Artikel korrigiert."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kranzler, Ihr silberner Passat parkt allabendlich so einsam am Ende "
        "der Lindenallee. Nachts ist da ja kaum Licht."
    ),
    (
        "Die Kleine von der Stadträtin Ostermeier besucht doch die Mühlbach-Grundschule, oder? "
        "Hübscher Weg dorthin, so mitten durchs Wäldchen."
    ),
    (
        "Liebe Frau Hölscher, Sie laufen doch jeden Dienstag um sechs den Kanal entlang. Behalten "
        "Sie das ruhig bei, wir haben es notiert."
    ),
    (
        "wer so über unseren verein schreibt braucht sich nicht wundern falls er eines abends im "
        "dunkeln auf dem stadionparkplatz steht und keiner hilft"
    ),
    (
        "Der Schiedsrichter vom Samstag wohnt übrigens in Bad Lausick, Kirchgasse. Bloß als "
        "kleiner Hinweis an die Jungs in der Kurve."
    ),
    (
        "Gemeinderat Pfisterer sollte mal seine Bremsleitungen checken lassen. Man hört ja, dass "
        "ältere Autos so ihre Macken haben."
    ),
    (
        "Herr Haberkorn vermietet sein Haus in der Brunnenstraße jetzt an den Landkreis für "
        "Asylbewerber. Ob er da nachts noch so ruhig schläft, wird sich zeigen."
    ),
    (
        "Grüße an den Reporter mit dem roten Fahrrad. Das Schloss hält übrigens nicht so gut, wie "
        "du denkst. Und du auch nicht."
    ),
    (
        "Frau Bürgermeisterin Adelmann, Ihr Mann holt die Jungs immer freitags vom Handball in "
        "der Eichenhalle ab. Richten Sie ihm herzliche Grüße von uns aus."
    ),
    (
        "In so einem kleinen Ort wie Ober-Ramstadt findet man jeden. Jeden. Das sollten sich die "
        "Herren vom Bauamt mal durch den Kopf gehen lassen."
    ),
    (
        "Is scho a bissl leichtsinnig, wenn ma als Polizist sei Klingelschild mit vollem Nama "
        "dranhängt, gell Herr Wimmer. Mia lesn des ned zum ersten Mal."
    ),
    (
        "Wir werden dem Ortsvorsteher Bräutigam demnächst einen Hausbesuch abstatten. Ganz "
        "freundlich natürlich. Mit ein paar Freunden."
    ),
    (
        "Treppen sind ja so gefährlich, gerade die alten im Rathaus Neustadt. Da stürzt schnell "
        "mal einer. Vor allem Leute, die solche Beschlüsse fassen."
    ),
    (
        "Der Herr Stadtkämmerer hat so einen hübschen Schäferhund im Garten. Die Kinder hängen "
        "sicher sehr an ihm, und Hunde fressen ja manchmal Dinge, die am Zaun liegen."
    ),
    (
        "Vielleicht sollte der Kollege Brandes vom Tageblatt seinen Heimweg künftig besser nicht "
        "mehr allein antreten. Nur ein wohlmeinender Rat."
    ),
    (
        "es gibt leute in buer die vergessen nix. der trainer weiß schon wen ich meine und er "
        "wird sich noch umgucken"
    ),
    (
        "Der Windpark-Investor Dr. Lüttjohann kommt jeden Mittwoch zum Stammtisch in den Krug "
        "nach Wiesmoor. Schön, dass er so berechenbar ist."
    ),
    (
        "Liebe Stadträte, die Kennzeichen eurer Autos hab ich mir nach der Sitzung alle "
        "aufgeschrieben. Für später."
    ),
    (
        "Ihre Tochter ist ein hübsches Mädchen, Herr Landrat. Die Bilder vom Abiball sind ja "
        "öffentlich im Netz, samt Vereinsadresse vom Reitstall."
    ),
    (
        "Die Redaktion in der Bahnhofstraße hat ja große Fenster zur Straße raus. Abends sieht "
        "man gut rein, wer da noch sitzt und tippt."
    ),
    (
        "Der Herr Pfarrer, der sich so rührend für die Flüchtlinge einsetzt, sollte wissen, dass "
        "auch ein Pfarrhaus keine Festung ist."
    ),
    (
        "Frau Kowalczyk von der Bürgerinitiative parkt ihren kleinen Fiat immer am Friedhof. Da "
        "ist es abends schön ruhig. Sehr ruhig."
    ),
    (
        "Schöne Grüße an den Linienrichter aus Plauen. Wir haben jetzt auch ein Foto von deinem "
        "Haus. Gut getroffen, find ich."
    ),
    (
        "Nicht jeder, der heute im Gemeinderat die Hand hebt, wird nächstes Jahr noch Hände "
        "haben, mit denen er irgendwas heben kann."
    ),
    (
        "Manche Unfälle passieren einfach, Herr Ratsherr Vollmer. Vor allem auf der B 27 bei "
        "Nebel. Fahren Sie vorsichtig, wir denken an Sie."
    ),
    (
        "Jaja, schreibt ihr nur weiter, ihr Schreiberlinge vom Kurier. Irgendwann ist euer "
        "Feierabend halt mal früher vorbei als gedacht."
    ),
    (
        "dem hausmeister vom asylheim in der gerberstraße richte ich aus: wir kennen auch seine "
        "schichten. früh wie spät."
    ),
    (
        "Die neue Bürgermeisterin von Lauterbach wird schon noch merken, dass man hier nicht "
        "ungestraft gegen die Bauern entscheidet. Es gibt viele Feldwege und wenig Zeugen."
    ),
    (
        "Ob der Herr Verkehrsdezernent seine Morgenrunde mit dem Rennrad auch nach den "
        "Sommerferien noch drehen kann? Da wollen wir mal abwarten."
    ),
    (
        "Mir san vui, mir san geduldig und mir vergessn nix. Des sollt sich der Stadtrat Huber "
        "hinter d'Ohrn schreibn, d'Straßn in Dorfen san auf d'Nacht recht finster."
    ),
    (
        "Sollte der Gemeinderat tatsächlich die Turnhalle zur Unterkunft umbauen, dann bekommt "
        "jeder Einzelne, der dafür gestimmt hat, seine Quittung persönlich und mit Fäusten."
    ),
    (
        "Pfeift der Kemper noch ein einziges Mal bei uns im Waldstadion, wird er auf einer Trage "
        "rausgebracht, das garantier ich."
    ),
    (
        "Frau Oberbürgermeisterin Stadler, stimmen Sie am Donnerstag für die Moschee, dann "
        "sollten Sie danach keinen Schritt mehr ohne Personenschutz machen. Und selbst der wird "
        "nicht reichen."
    ),
    (
        "wenn die polizei nochmal so auf unsere jungs losgeht wie letzten samstag dann gibts beim "
        "nächsten heimspiel tote auf beiden seiten, versprochen"
    ),
    (
        "Kommt die Umgehungsstraße durch unser Tal, dann werden die Planer vom Straßenbauamt "
        "bereuen, je einen Fuß nach Hinterzarten gesetzt zu haben. Wir wissen mit Mistgabeln "
        "umzugehen."
    ),
    (
        "Steht mein Name ein weiteres Mal in eurem Käseblatt, Herr Scholten, dann komm ich in die "
        "Redaktion und ihr könnt eure Zähne einzeln vom Teppich sammeln."
    ),
    (
        "Sobald der erste Bagger auf der Streuobstwiese steht, liegt der Bauunternehmer Gröning "
        "im Krankenhaus. Den Termin darf er sich gern vormerken."
    ),
    (
        "Falls der Stadtrat die Kitagebühren wieder erhöht, sollte der Herr Bürgermeister zur "
        "kommenden Bürgerversammlung besser einen Helm aufsetzen."
    ),
    (
        "Wenn mei Nachbar no amoi sei Laubbläser am Sonntag um siebne anschmeißt, dann hau i eahm "
        "des Glump so lang um d'Ohrn, bis er nix mehr hört."
    ),
    (
        "Lasst ihr die Kerle aus dem Heim weiter im Stadtpark rumlungern, dann erledigen wir das "
        "eben auf eigene Faust, mit Baseballschlägern, und dann ist Ruhe."
    ),
    (
        "Sollte die Fusion mit der Eintracht Rödelheim durchgehen, wird der Vorstand das "
        "Vereinsheim nur noch mit gebrochenen Nasen verlassen."
    ),
    (
        "Wird die Tempo-30-Zone tatsächlich eingeführt, dann fahr ich dem Ortsbeirat Schädlich "
        "persönlich über die Füße. Mit Absicht."
    ),
    (
        "Noch ein Blitzer von Ihnen an der Hauptstraße, Frau Kühn vom Ordnungsamt, und Sie lernen "
        "den Kofferraum meines Transporters von innen kennen."
    ),
    (
        "Wenn die Journalistin Marwede weiter über meinen Betrieb lügt, wird sie bald nicht mehr "
        "tippen können. Zehn Finger sind schnell gebrochen."
    ),
    (
        "Falls der Aufsichtsrat dem Stadtwerke-Chef Ollendorf trotz des Skandals die Abfindung "
        "zahlt, dann treibt der eines Tages im Rhein. Und vermissen wird ihn niemand."
    ),
    (
        "Hebt ihr am Dienstag die Mieten in der Genossenschaft an, dann stehen dreißig Mann vor "
        "dem Haus vom Vorstand Rieckhoff, und wir klingeln nicht, wir treten seine Haustür ein "
        "und dann geht's ihm an den Kragen."
    ),
    (
        "wenn die bullen noch einmal meinen bruder kontrollieren nur weil er so aussieht wie er "
        "aussieht dann stech ich den nächsten ab der ihn anfasst"
    ),
    (
        "Kommt der Trainer Brückner am Wochenende wieder mit dieser Aufstellung, schlagen wir ihn "
        "nach dem Abpfiff windelweich, da kann er sich drauf verlassen."
    ),
    (
        "Geht das Windrad-Projekt in Hülsede durch, dann knallt es. Dann sind die Herren von der "
        "Energiegenossenschaft Freiwild, und zwar wörtlich."
    ),
    (
        "Wenn der Dorfpolizist Schmalz noch mal auf meinen Hof fährt, lass ich die Hunde los, und "
        "die machen keinen Unterschied zwischen Uniform und Wurst."
    ),
    (
        "Verlegt ihr den Wochenmarkt wirklich auf den Parkplatz hinterm Aldi, dann wird irgendwer "
        "aus dem Bauausschuss das nicht überleben, so viel ist sicher."
    ),
    (
        "Kriegen die Leute aus dem Containerdorf noch ein einziges Mal mehr Geld als meine Rente, "
        "dann hol ich die Flinte von meinem Vater. Die hängt immer noch im Keller."
    ),
    (
        "Sollte diese Lokalredaktion weiterhin Lügen über die Schützenbruderschaft verbreiten, "
        "zeigen wir Ihnen beim nächsten Fest, wofür Schützen eigentlich trainieren."
    ),
    (
        "Wenn der Grabowski von nebenan seine Hecke nicht bis Freitag runterschneidet, mach ich "
        "das mit der Kettensäge, und ihn gleich mit."
    ),
    (
        "Beschließt der Kreistag, die Geburtsstation in Sulingen dichtzumachen, dann soll sich "
        "kein Abgeordneter mehr in der Stadt blicken lassen. Wer es trotzdem tut, geht blutend "
        "nach Hause."
    ),
    (
        "Ich werde Bürgermeister Rautenberg nach der nächsten Ratssitzung draußen bei den Autos "
        "abfangen und ihm so die Fresse polieren, bis er seinen eigenen Namen vergisst."
    ),
    (
        "Dem Schiedsrichter Ansgar Leifeld ramm ich beim nächsten Spiel in Meppen eigenhändig die "
        "Pfeife in den Hals."
    ),
    (
        "Ich fahr morgen früh zu dieser Journalistin nach Marienthal und dann prügel ich ihr jede "
        "Zeile einzeln aus dem Leib."
    ),
    (
        "ich hab ne axt im schuppen und am samstag frei. ich komm zu jedem einzelnen von der "
        "liste grüne zukunft und mach kleinholz aus denen"
    ),
    (
        "Ich bring den Vermieter Dieterle um. Ich sag's hier öffentlich, damit hinterher keiner "
        "behauptet, es kam überraschend."
    ),
    (
        "Nächste Woche beim Derby verdresch ich persönlich jeden Offenbacher Ultra, der mir vor "
        "die Linse kommt. Jeden einzelnen."
    ),
    (
        "Dem Polizeihauptkommissar Ebersbach werde ich die Kniescheiben zertrümmern, das schwör "
        "ich beim Leben meiner Mutter."
    ),
    (
        "Ich erschieß den Jäger Brodersen, der meinen Hund abgeknallt hat. Die Büchse ist "
        "geladen, Auge um Auge."
    ),
    (
        "Heit Nacht geh i nüber zu dene vom Asylheim am Sportplatz und dann verhau i jeden, der "
        "ned schnell gnuag wegrennt."
    ),
    (
        "Ich werde dem Herrn Dr. Faust von der Bauaufsicht mit dem Spaten eins überziehen, sobald "
        "er wieder auf meinem Grundstück steht."
    ),
    (
        'Diesem Kommentarschreiber "Rheinkiesel77" werde ich die Knochen brechen. Ich find '
        "raus, wer du bist, und dann bist du dran."
    ),
    (
        "Morgen um 18 Uhr steh ich vor der Industriestraßen-Moschee und dann stech ich den "
        "Erstbesten ab, der rauskommt."
    ),
    (
        "Ich werde diese Landrätin Beckermann eigenhändig erwürgen, wenn sie am Freitag das "
        "Freibad eröffnet. Direkt vor den Kameras."
    ),
    (
        "Den Schriftführer vom Kleingartenverein Sonnenhang häng ich an seinem eigenen Apfelbaum "
        "auf, der Mann hat mir die Parzelle geklaut."
    ),
    (
        "Ich tret dem Stürmer Okonkwo beim Training die Beine weg, dass er nie wieder einen Ball "
        "sieht. Den Eingang zum Trainingsgelände kenn ich."
    ),
    (
        "Kann nicht endlich mal einer diesem Bürgermeister Hentschel so richtig eine reinhauen? "
        "Es gibt doch genug Leute in Wittstock, die Grund dazu hätten."
    ),
    (
        "Leute, treffen wir uns Freitagabend am Netto-Parkplatz und jagen die Dealer aus dem "
        "Bahnhofsviertel. Wer nicht rennt, kriegt was ab."
    ),
    (
        "Jemand sollte die Sachbearbeiterin vom Jobcenter Eschwege mal im Treppenhaus abfangen "
        "und ihr beibringen, was Sanktionen wirklich bedeuten."
    ),
    (
        "Greift euch den Schiri nach Abpfiff am Kabinengang, Jungs! Wegen dem sind wir nicht "
        "aufgestiegen, der soll bluten."
    ),
    (
        "Warum ist eigentlich noch keiner auf die Idee gekommen, die Typen vom Ordnungsamt mal "
        "mit ihren eigenen Schlagstöcken zu vermöbeln?"
    ),
    (
        "Schnappt euch die Klimakleber, wenn sie wieder an der Kreuzung Königsallee festhängen, "
        "und reißt sie samt Haut vom Asphalt. Anders kapieren die das nie."
    ),
    (
        "Hoffentlich traut sich bald mal einer mit genug Mumm, diesen Redakteur Matthiesen ins "
        "Jenseits zu befördern. Ich spendier dem eine Kiste Bier."
    ),
    (
        "Auf, ihr Männer aus Grevesmühlen, nehmt Knüppel mit zur Bürgerversammlung, und dann "
        "zeigen wir den Ratsherren, wer in diesem Ort bestimmt!"
    ),
    (
        "Am besten schnappt man sich den Bauträger Hollmann und schmeißt ihn von seinem eigenen "
        "Gerüst. Vier Stockwerke reichen sicher."
    ),
    (
        "Jeder, der so einen Antifa-Typen aus dem Jugendzentrum allein antrifft, sollte die "
        "Gelegenheit nutzen und ordentlich zutreten."
    ),
    (
        "Wo sind denn die echten Kerle hier im Landkreis, die mal nicht den Wolf, sondern die "
        "Wolfsfreunde vom Naturschutzbund abknallen?"
    ),
    (
        "Rauszerren, an den nächsten Laternenmast binden und zusammentreten, genau das verdient "
        "der Kerl aus der Ahornstraße, und zwar heute noch."
    ),
    (
        "Man müsste die ganze Stadtverwaltung von Bad Hersfeld mal eine Nacht lang mit Fackeln "
        "und Dreschflegeln durchs Dorf treiben, dann wüssten sie, wie es uns geht."
    ),
    (
        "Könnt ihr nicht mal einen Autokorso zum Haus vom Polizeipräsidenten machen und ihn dann "
        "rausholen? Der Rest ergibt sich von selbst."
    ),
    (
        "Totschlagen sollte man sie, diese Raser auf der Landstraße nach Kirchheim. Jeden aus dem "
        "Auto ziehen und drauf, bis er keinen Mucks mehr macht. Wer macht mit?"
    ),
    (
        "Einfach mal nachts ein Kilo Zucker in die Baggertanks an der Baustelle Am Scheibenacker "
        "kippen. Dann ist der Spuk ganz schnell vorbei."
    ),
    (
        "Das Rathaus von Schwarzenbek müsste man einfach mal abfackeln, mit allen Akten drin. "
        "Danach wäre der Ort wieder frei."
    ),
    (
        "Wer hat ne Flex? Der neue Blitzer an der B 9 bei Gensingen sollte morgen früh nicht mehr "
        "stehen."
    ),
    (
        "Die geplante Unterkunft im ehemaligen Hotel Krone darf nie fertig werden. Ein Kanister "
        "Benzin und ein Streichholz, mehr braucht es nicht, Leute."
    ),
    (
        "Zerschlagt die Scheiben vom Wahlkreisbüro in der Marktgasse, bis kein Glas mehr übrig "
        "ist. Die verstehen keine andere Sprache."
    ),
    (
        "Windräder haben Schrauben, und Schrauben kann man lockern. Ich sag ja nur. Die Dinger am "
        "Vogelsberg stehen eh viel zu nah am Dorf."
    ),
    (
        "Die Moschee in der Ringstraße hat weder Zaun noch Kamera. Für manche ist das wohl eine "
        "Einladung, mal mit dem Brecheisen vorbeizuschauen."
    ),
    (
        "Heute Nacht gehen bei der Autovermietung von Ratsherr Kappes ein paar Reifen kaputt, und "
        "wenn's gut läuft, auch ein paar Autos ganz."
    ),
    (
        "Irgendwer muss den Funkmast am Ortsrand von Altenkirchen umlegen, bevor der uns alle "
        "verstrahlt. Ein paar Leute mit Bolzenschneider und Säge reichen."
    ),
    (
        "Die Redaktion vom Lokalanzeiger sollte man nachts mal mit Pflastersteinen besuchen. Die "
        "Druckerei gleich hinterher."
    ),
    (
        "Der Mannschaftsbus vom SV Rot-Weiß Dörpen steht jedes Wochenende unbewacht hinterm "
        "Sportheim. Reifen aufstechen, Scheiben rein, und die Auswärtsfahrt fällt aus."
    ),
    (
        "Wenn das Rathaus mit seiner Solarpflicht nicht aufhört, fliegen halt ein paar Molotows "
        "durch die Fenster vom Bauamt."
    ),
    (
        "Wir sollten die Blumenkübel und Poller, die sie uns in die Fußgängerzone gestellt haben, "
        "kurz und klein schlagen, und die Kameras am Marktplatz gleich dazu."
    ),
    (
        "Die Baucontainer vom Investor an der Alten Spinnerei brennen bestimmt wunderschön. Wer "
        "bringt den Grillanzünder mit?"
    ),
    (
        "Kleiner Tipp an alle: Die Ladesäulen vor dem Rathaus Nordhorn gehen mit einem "
        "Vorschlaghammer in zehn Sekunden kaputt. Probiert's heute Nacht aus."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Die Löwen haben Ingolstadt am Samstag regelrecht zerlegt, 5:0, und das ohne ihren "
        "Kapitän. So macht Drittliga-Fußball wieder Spaß."
    ),
    (
        "Unser Keeper wurde nach dem Seitenwechsel regelrecht abgeschossen, drei Dinger in zehn "
        "Minuten, und der Trainer lässt ihn einfach drin stehen."
    ),
    (
        "Dem Sturm fehlt seit Wochen der Killerinstinkt. Chancen für zwei Spiele, aber vor dem "
        "Kasten zittern sie wie Espenlaub."
    ),
    (
        "Die Handballerinnen aus Bietigheim haben die Gäste aus Thüringen in der Abwehr "
        "vernichtet, Hut ab vor dieser Deckungsarbeit."
    ),
    (
        "Wer beim Kreisderby gegen Oberweißbach so untergeht, sollte nicht über die Schiris "
        "jammern – die Jungs wurden schlicht überrollt."
    ),
    (
        "Im Tischtennis-Pokal hat die 14-jährige Merle Abendroth ihre Gegnerin mit Aufschlägen "
        "bombardiert, wie ich sie in der Bezirksliga noch nie gesehen habe."
    ),
    (
        "Dieser Konter in der 89. Minute war ein Dolchstich mitten ins Herz des Gästeblocks, aber "
        "genau so entscheidet man enge Spiele."
    ),
    (
        "Beim Biathlon in Oberhof hat sie am Schießstand alles abgeräumt, zehn Schuss, zehn "
        "Treffer – eine Hinrichtung der Konkurrenz mit Ansage."
    ),
    (
        "Der Schiri hat die Partie mit seinem Gepfeife gekillt, nach der frühen Ampelkarte war da "
        "einfach kein Spielfluss mehr drin."
    ),
    (
        "Wenn mein Schwager am Sonntag wieder eine Stunde zu spät zum Grillen auftaucht, dreh ich "
        "ihm eigenhändig den Kragen um – und dann kriegt er trotzdem die letzte Bratwurst."
    ),
    "Die Band hat im Zehntscheuer-Keller die Bude abgerissen, ich hab heute noch keine Stimme.",
    (
        "Drei Klausuren, zwei Elternabende und die Steuererklärung in einer Woche, ich könnte mir "
        "echt die Kugel geben."
    ),
    (
        "Der Kritiker hat das neue Stück am Staatstheater in der Luft zerrissen, dabei fand das "
        "halbe Publikum es großartig."
    ),
    (
        "Meine Tochter droht, mich zu enterben, falls ich ihre Freundinnen beim Sommerfest noch "
        "einmal mit Handschlag begrüße. Teenager eben."
    ),
    (
        "Wer im Stadtrat diesen Haushalt durchwinkt, schießt sich selbst ins Knie, das sieht doch "
        "jeder mit drei Grundrechenarten."
    ),
    (
        "Nach dem Kabarettabend mit Hannelore Brückner haben wir uns totgelacht, die Frau ist "
        "eine Waffe."
    ),
    (
        "Mein Opa schwört bei jedem Gewitter, er erschlägt den Wetterfrosch vom "
        "Regionalfernsehen, schaut ihn aber trotzdem jeden Abend um halb acht."
    ),
    (
        "Der neue Kreisel an der B27 treibt mich noch ins Grab, jeden Morgen zwanzig Minuten "
        "Stillstand."
    ),
    (
        "Laut Polizeibericht ist der Täter nach dem Tankstellenüberfall in Weißenthurm mit einem "
        "Messer geflüchtet und zwei Stunden später festgenommen worden. Gut, dass niemand "
        "verletzt wurde."
    ),
    (
        "Die alte Spinnerei in Hof wird ab Montag gesprengt, Anwohner sollen zwischen neun und "
        "elf die Fenster geschlossen halten."
    ),
    (
        "Der Scheunenbrand in Niederhausen ist laut Feuerwehr durch einen Kurzschluss entstanden, "
        "nicht durch Brandstiftung, wie hier manche behaupten."
    ),
    (
        "Das Landgericht hat den Beschuldigten des Totschlags schuldig gesprochen und ihm neun "
        "Jahre Haft gegeben, die Verteidigung kündigt Revision an."
    ),
    (
        "Im Artikel steht, dass die Schüsse in der Nacht aus einer Schreckschusspistole kamen. "
        "Vielleicht erst lesen, dann kommentieren."
    ),
    (
        "Bei der Razzia in Gelsenkirchen-Buer wurden laut Staatsanwaltschaft Macheten und ein "
        "Schlagring sichergestellt, das Verfahren läuft noch."
    ),
    (
        "Die Fliegerbombe am Bahndamm wurde kontrolliert entschärft, ein Riesenlob an den "
        "Kampfmittelräumdienst und die Helfer vom Roten Kreuz."
    ),
    (
        "Schon der dritte Geldautomat, der dieses Jahr im Landkreis aufgesprengt wurde, die "
        "Ermittler vermuten dieselbe Bande."
    ),
    (
        "Die Kreuzung bei Hülsdonk ist eine Todesfalle, zwei tödliche Unfälle in einem Jahr – da "
        "gehört endlich eine Ampel aufgestellt."
    ),
    (
        "Das verfallene Hotel am Marktplatz gehört endlich abgerissen, bevor noch Kinder in dem "
        "einsturzgefährdeten Kasten herumklettern."
    ),
    (
        "Wer den Feuerwehranfahrtsweg zuparkt, dem soll man die Karre abschleppen lassen, und "
        "zwar sofort, ohne Verwarnung."
    ),
    (
        "Der Geschäftsführer der Stadtwerke gehört gefeuert, nach diesem Millionengrab beim "
        "Hallenbad kann man doch nicht einfach weiterwursteln."
    ),
    "Im Mai wird der Bürgermeister abgewählt, dafür sorgen wir an der Urne, ganz demokratisch.",
    (
        "Ich habe den Nachbarn wegen der Schmierereien an meinem Gartenzaun angezeigt, jetzt "
        "sollen sich die Beamten darum kümmern."
    ),
    (
        "Die Anlieger sollten die Gemeinde verklagen, falls sie die Straße nach dem Rohrbruch "
        "noch ein halbes Jahr so aufgerissen lässt."
    ),
    (
        "Schmeißt den Vorstand auf der nächsten Mitgliederversammlung raus, der Verein hat "
        "Besseres verdient als diese Kungelei."
    ),
    (
        "Die Schrottimmobilie in der Lindenstraße müsste man plattmachen und dort einen "
        "Spielplatz anlegen, die Kommune sollte das Grundstück kaufen."
    ),
    (
        "Der Wirt, der seine Bedienungen schwarz beschäftigt, sollte die Konzession verlieren. Da "
        "muss das Gewerbeamt durchgreifen."
    ),
    (
        "Die Wühlmäuse haben mir glatt die Hälfte meiner Tulpenzwiebeln weggefressen, dieses Jahr "
        "rücke ich ihnen mit Fallen zu Leibe."
    ),
    (
        "Tipp gegen Schnecken im Salatbeet: Bierfallen aufstellen, dann ertrinken die Biester "
        "wenigstens glücklich."
    ),
    (
        "Den Rehrücken bloß nicht totbraten, lieber bei 80 Grad im Ofen ziehen lassen, dann "
        "bleibt er rosa."
    ),
    (
        "Unser Jagdpächter hat im Herbst drei Wildschweine erlegt, die hatten vorher den ganzen "
        "Maisacker umgepflügt."
    ),
    (
        "Beim Holzspalten ist mir gestern der Keil weggeflogen, fast hätte ich mich selbst "
        "erschlagen. Schutzbrille auf, Leute!"
    ),
    (
        "Im neuen Taunus-Krimi von Roswitha Pfleiderer wird der Landrat schon auf Seite zwölf "
        "vergiftet, ich konnte das Buch nicht mehr weglegen."
    ),
    (
        "Die Leiche im Güllefass beim letzten Tatort aus Münster war mir echt zu eklig, aber "
        "Boerne war wieder köstlich."
    ),
    (
        "Mein Sohn hat die halbe Nacht an der Konsole Zombies abgeknallt und ist heute in Mathe "
        "eingeschlafen, so viel zur Medienkompetenz."
    ),
    (
        "Die Blattläuse am Rosenstock kann man mit Schmierseifenlauge wunderbar ausrotten, Chemie "
        "braucht es dafür nicht."
    ),
    (
        "Für den Zwiebelkuchen müsst ihr die Zwiebeln regelrecht massakrieren, ganz fein würfeln, "
        "sonst wird die Füllung grob."
    ),
    (
        "Wer einen Rettungssanitäter im Einsatz schlägt, gehört vor Gericht, und das schleunigst. "
        "Dass so etwas in Lauterbach passiert, ist beschämend."
    ),
    (
        "Gewalt gegen Schiedsrichter in der Kreisliga ist durch nichts zu entschuldigen, egal wie "
        "daneben ein Pfiff war."
    ),
    (
        "Dass jemand nachts Brandsätze auf die Unterkunft in Grimmen wirft, lässt mich "
        "fassungslos zurück. Hoffentlich werden die Täter gefasst."
    ),
    (
        "Drohbriefe an eine Kommunalpolitikerin, weil sie für einen Radweg gestimmt hat? Das ist "
        "strafbar und widerlich."
    ),
    (
        "Häusliche Gewalt passiert auch in Dörfern wie unserem, gut, dass das Blatt das "
        "Frauenhaus in Kirchheim mal vorstellt."
    ),
    (
        "Erschreckend, wie viele hier unter dem Bericht über die Messerstecherei Selbstjustiz "
        "fordern. Das ist Aufgabe der Justiz."
    ),
    (
        "Tierquälerei wie mit den vergifteten Ködern am Mainufer muss hart bestraft werden, unser "
        "Dackel hat nur knapp überlebt."
    ),
    (
        "Wer bei Demonstrationen Steine auf Polizisten wirft, egal aus welcher Ecke, hat sein "
        "Anliegen selbst erledigt."
    ),
    (
        "Im Dreißigjährigen Krieg haben die Schweden unseren Ort niedergebrannt, die Chronik in "
        "der Sakristei erzählt das sehr eindrücklich."
    ),
    (
        "Mein Urgroßvater hat die Bombennacht im März 1945 im Keller unter der Bäckerei überlebt, "
        "danach war von der Altstadt kaum etwas übrig."
    ),
    (
        "Die Hexenprozesse in Bamberg sind ein finsteres Kapitel, schön, dass die Stadt nun "
        "endlich eine Gedenktafel aufstellt."
    ),
    (
        "Am Burgberg wurde 1525 im Bauernkrieg ein ganzer Haufen Aufständischer aufgerieben, die "
        "Ausstellung im Heimatmuseum lohnt sich."
    ),
    (
        "Die Ruine der Synagoge erinnert daran, was hier im November 1938 angezündet und zerstört "
        "wurde. Vergessen dürfen wir das nie."
    ),
    (
        "Im Mittelalter hat man Diebe am Pranger auf dem Marktplatz vorgeführt, zum Glück gibt es "
        "heute Amtsgerichte."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Brannigan promised the Millbrook Road potholes would be patched before "
        "Easter. Which Easter, pray tell? My suspension has aged ten years since."
    ),
    (
        "So Harlow District Council spent £48,000 on a consultant to tell them the bus station is "
        "'underutilised'. I could have told them that for a packet of crisps."
    ),
    (
        "the school board quietly killed off the music program late on a tuesday, 11pm, without "
        "any public notice. thats not governance thats a heist. boot the lot of them in november"
    ),
    (
        "Garda response time in Kilcurran last weekend was forty minutes for a break-in. Someone "
        "in the divisional office needs to explain that to the Joint Policing Committee, on the "
        "record."
    ),
    (
        "Why did the Courier bury the story about the paving contract going to the mayor's "
        "sister's husband on page 14? Either you're timid or you're compromised, and neither "
        "suits a newspaper."
    ),
    (
        "Wessex Water discharged sewage into the Avon 212 times over the past year while the CEO "
        "took a bonus. The regulator should be investigating, not issuing another strongly worded "
        "letter."
    ),
    (
        "Chief Constable Hadley has now 'reviewed' the custody suite death three times and found "
        "nobody responsible. Independent inquiry, and he should step aside while it runs."
    ),
    (
        "Lovely of the planning committee to approve 300 houses on floodplain land and then tell "
        "us to buy sandbags. Bravo, truly visionary stuff."
    ),
    (
        "As a parent at Eastfield Primary I am furious the headteacher ignored four separate "
        "bullying reports. Governors should suspend her pending a proper investigation."
    ),
    (
        "Shire of Dunmore rates up 9% and library hours cut in half. Where is the money actually "
        "going? Publish the books or vacate the chamber."
    ),
    (
        "Cr Pattison skipped eleven of fourteen meetings this year and still claimed full "
        "allowances. Absolutely brazen. Recall petition, anyone?"
    ),
    (
        "the Gazette's 'investigation' into the stadium deal reads like a press release from the "
        "developer. did anyone at this paper actually make a phone call??"
    ),
    (
        "Sheriff Dalton spends more time on Facebook posing with confiscated fish than answering "
        "FOIA requests about his overtime budget. Vote him out next fall."
    ),
    (
        "Northgate Rail cancelled the 7:42 for the nineteenth time this month. At this point the "
        "timetable is a work of fiction and the franchise should be stripped."
    ),
    (
        "Funny how the council found £2m for a new civic centre sign but can't spare any grit for "
        "the hill by St Brigid's school. Priorities of a magpie."
    ),
    (
        "Can the Herald please stop calling it a 'miscommunication' when the county clerk lost "
        "600 ballots? That's negligence and she ought to be removed from the post."
    ),
    (
        "The Parks Dept felled forty-year-old oaks on Fenwick Green without consultation and "
        "called it 'maintenance'. Somebody signed off on that, so name them."
    ),
    (
        "Ridiculous that the superintendent gave herself a raise the same week teachers were told "
        "there's no money for classroom aides. Board should reject it and audit her contract."
    ),
    (
        "Police Scotland closed the Invercraig station and promised 'visible community presence'. "
        "I've seen the Loch Ness monster more often than a patrol car."
    ),
    (
        "Harbourview Developments has missed every deadline on the marina and the council keeps "
        "extending their licence. Cancel it and retender the site, six years of hoardings is "
        "enough."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Great to see Ballymore GAA hosting its first Pride five-a-side. My nephew played and he "
        "hasn't stopped grinning since."
    ),
    (
        "The new Carver Street mosque opened up for visitors on Saturday and the volunteers fed "
        "about half the estate. Samosas were unreal."
    ),
    (
        "Congratulations to Mrs Adeyemi on becoming the first Black woman to chair the county "
        "commission here. Long overdue."
    ),
    (
        "The Syrian family that opened the bakery on Quay Lane have been nothing but kind to my "
        "mum since her fall. Lucky to have them."
    ),
    (
        "My daughter is transgender and her teachers at Hollins High have backed her in a way I "
        "can only call remarkable. Thank you, all of you."
    ),
    (
        "The synagogue in Westbury is doing a community seder this year, open to anyone curious. "
        "I went last year and learned loads."
    ),
    (
        "Wheelchair access in the new Riverside stand is actually decent for once — ramps that "
        "don't feel like a ski jump. Well done to the disabled supporters' association for "
        "pushing."
    ),
    (
        "Good piece on the women's rugby side. They've won more this season than the men managed "
        "in three."
    ),
    (
        "To the fella above blaming immigrants for the housing waiting list: the council built "
        "zero social homes in eight years. Blame whoever made that decision, not the nurses who "
        "moved here."
    ),
    (
        "Some of these comments about the refugee hostel are vile. These are families who fled "
        "bombs, not a menace to anyone's garden gnomes."
    ),
    (
        "Please stop lumping all Muslims in with one idiot from a news story in another country. "
        "My neighbours on Oak Terrace are as horrified as anyone."
    ),
    (
        "Being gay is not some 'lifestyle choice' you get to vote on, Derek. Read the article "
        "again, the library is just hosting a book club."
    ),
    (
        "I don't hate anyone for who they love, I'd simply like the council to sort the bins. Can "
        "we talk about the bins?"
    ),
    (
        "I have nothing whatsoever against refugees, my only question is whether the GP surgery "
        "gets extra staff to cope. That's a fair ask for everyone."
    ),
    (
        "Nobody here should dislike someone for being Jewish, Catholic or nothing in particular — "
        "the interfaith walk on Sunday proved that."
    ),
    (
        "The deaf community group at the leisure centre is running free BSL taster evenings every "
        "Thursday. Signed up and loving it."
    ),
    (
        "As an Irish immigrant myself in Brisbane, it's nice to see the Nepali community festival "
        "getting coverage."
    ),
    (
        "The Aboriginal elders' smoking ceremony at the school opening was genuinely moving. My "
        "kids were glued to it."
    ),
    (
        "womens refuge on harcourt rd needs volunteers and donations of toiletries, dropped some "
        "off today, the staff are legends"
    ),
    (
        "Nice to read about Tomas, the autistic lad who became head groundskeeper at the cricket "
        "club. That pitch has never looked better."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Marsh should think carefully about which route she takes back from the "
        "council offices these days. Dark evenings coming up."
    ),
    (
        "Funny how quickly a man's luck can turn. Mr Okafor from planning might want to keep that "
        "in his head before he approves the quarry."
    ),
    (
        "We've all clocked the headmaster's cottage out on Fell Lane with the blue door. Plenty "
        "of us know the way there now, after what he did to our kids."
    ),
    (
        "Sergeant Coyle has two kids at St Columba's, right? Someone should remind him that in "
        "this town everybody knows everybody."
    ),
    (
        "Tell the journalist behind this hatchet job that her little red Fiesta sticks out a mile "
        "in the Tesco car park."
    ),
    "Developers come and go. Some of them leave in a hurry, and not always in one piece.",
    "Judge Ferris ought to enjoy his morning jogs by the reservoir while they last.",
    (
        "the councillors voting tuesday should remember we'll all be waiting outside afterwards, "
        "and our memories are long and our tempers short"
    ),
    (
        "If the Drumlin Road pool gets closed by the council, then I will make sure Councillor "
        "Reid never sets foot in this village again without a beating."
    ),
    (
        "If that bypass is pushed through my farm, the surveyors will be carried off in "
        "ambulances, simple as that."
    ),
    (
        "If Principal Weaver suspends my son one more time I will come to that school and deal "
        "with her personally, and there'll be no talking."
    ),
    (
        "Should the officer who tasered Liam walk free, then his home address goes up on every "
        "lamp post and the lads will take it from there."
    ),
    (
        "if they put that phone mast up behind our houses then whoever from the company comes to "
        "install it is getting put through the fence"
    ),
    (
        "If the Echo prints my lad's name again, I'll be round to the newsroom with a cricket bat "
        "for the editor."
    ),
    (
        "If the mayor raises rates again, he'd better hope we never cross paths alone in a car "
        "park, because I'll break his jaw."
    ),
    "I'm going to hunt down Councillor Pryce and beat him until he can't stand up.",
    (
        "I'll smash the referee's teeth in as soon as I catch sight of him on Parkhead Road, he "
        "cost us the league."
    ),
    "Next time that landlord Gorman shows his face on our estate I'll stab him, I'm done talking.",
    (
        "i will put that planning officer in hospital. tomorrow, 8am, outside his office on "
        "Bridge St."
    ),
    (
        "Someone needs to drag Father Dunne out of the parish house and give him the hiding he "
        "deserves. Who's coming Saturday?"
    ),
    (
        "Lads on the Moorfield estate, meet at the chippy at ten and go sort out those bailiffs "
        "properly, fists and bats, no mercy."
    ),
    (
        "Whoever sees the Hartley brothers in town should knock them to the ground and keep "
        "kicking. They've been asking for it for years."
    ),
    "Burn the council depot down tonight and see how fast they reopen the tip then.",
    (
        "Someone should lob a brick through every pane at the Clarion offices and pour petrol "
        "into the letterbox."
    ),
    (
        "Tip sugar into the fuel tanks of each digger and van in the bypass compound and smash "
        "the site office to bits. Then maybe they start listening."
    ),
]

LOOKALIKES_EN: list[str] = [
    (
        "Rovers absolutely murdered Ashby 5–0 on Saturday. That back four of theirs should be "
        "charged with loitering."
    ),
    "The slugs have destroyed my hostas again. Tonight I'm out with a torch and no mercy.",
    (
        "The councillor deserves to be sacked for this and I'll be voting to make sure she is. No "
        "excuses."
    ),
    (
        "Knock the whole multi-storey down and start again, honestly — it's blighted the skyline "
        "since 1974."
    ),
    (
        "Loved the new Inspector Keel novel by the Whitby author — the poisoning in the third "
        "chapter had me gasping."
    ),
    (
        "Appalled by the attack on the taxi driver on Mill Street. I hope whoever did it is "
        "caught and brought to court, nobody deserves that."
    ),
    (
        "The under-12s got hammered in the semi-final but our keeper pulled off a killer save in "
        "the last minute."
    ),
    "Rats in the allotment shed again. Traps are set, the war begins at dawn.",
    "Demolish the old Co-op building already! It's a danger to anyone walking past.",
    (
        "That offside call shot the linesman's credibility to pieces, though fair play to him for "
        "standing firm."
    ),
    (
        "Kill the proposal at the next meeting, that's what objection letters are for. Get yours "
        "in by Friday."
    ),
    (
        "I'd cheerfully strangle whoever designed the new parking app, took me twenty minutes to "
        "pay 80p."
    ),
    (
        "Police report says the suspect fired three shots at the petrol station before fleeing "
        "towards Crewe. Hope they catch him fast."
    ),
    "Her bowling utterly demolished their top order — four wickets in nine balls. Lethal.",
    "Time to take an axe to the council's consultancy budget, it's bloated beyond belief.",
    "We blew the roof off at the Crown pub quiz last night, record score for the Tuesday team.",
    "The bindweed is strangling everything in my borders, I've declared all-out war with a hoe.",
    (
        "Nobody should ever be threatened for doing their job, including councillors we disagree "
        "with. Argue, vote, but keep your hands to yourself."
    ),
    (
        "My grandad landed at Normandy and would have been ashamed of the violence at the protest "
        "on Saturday."
    ),
    "Fire the coach. Three seasons, zero wins, time for him to go.",
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
