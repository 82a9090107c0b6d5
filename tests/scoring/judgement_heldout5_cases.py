"""A fifth held-out judgement table: German regional news comments, some English.

Larger than the others, so that a candidate's changes can be counted in pairs with some power:
German 80 criticism, 80 group mentions, 120 threats, 80 look-alikes; English 25, 25, 30, 25.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read the functional suite, the threat
tables, the other judgement tables, the training templates or the written rows. 78 cases that
shared a run of five words with those were reworded for the overlap alone, by a writer who saw
no scores, before any scorer was run on the table. Kinds, and what the default policy should
do: sharp but legitimate criticism and neutral or friendly mentions of groups (counter-speech
and negations included) are published; threats and calls for violence are held; harmless
look-alikes are published. German threats, in order: veiled (1-40), conditional (41-70),
direct (71-85), calls against people (86-105), calls against property (106-120); English:
veiled (1-10), conditional (11-18), direct (19-22), calls against people (23-26), against
property (27-30).

The shipped scorers were run on it first, for the test's bounds; every candidate run on it
since is in the ledger of docs/candidates.md. Never train on it, and do not use it to fit or
tune rules, word lists or thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Der Bürgermeister hat uns vor der Wahl eine sanierte Grundschule versprochen. Drei "
        "Jahre später regnet es immer noch in die Turnhalle. Im Mai wird abgewählt, ganz "
        "einfach."
    ),
    (
        "Sehr geehrte Redaktion, Ihr Bericht über die Ratssitzung vom Dienstag verschweigt, dass "
        "die Freie-Wähler-Fraktion geschlossen gegen die Offenlegung der Gutachterkosten "
        "gestimmt hat. Das gehört in einen ausgewogenen Artikel. Ich bitte um eine "
        "Richtigstellung in der nächsten Ausgabe."
    ),
    (
        "Die Umleitung über die B 27 ist eine einzige Katastrophe. Seit sechs Wochen steht man "
        "morgens 40 Minuten im Stau und niemand bei der Stadt kommt auf die Idee, die Ampeln "
        "anders zu schalten."
    ),
    (
        "wieso zahlen wir eigentlich 3,20 für ein einzelticket wenn der bus eh nur jede stunde "
        "kommt und dann auch noch ausfällt"
    ),
    (
        "Landrat Kessler sollte zurücktreten. Wer die Schließung der Geburtsstation in "
        "Hallenbach hinter verschlossenen Türen durchwinkt, hat das Vertrauen des Kreises "
        "verspielt."
    ),
    (
        "Petition gegen den Abriss vom alten Hallenbad läuft noch bis Freitag, Link steht auf "
        "der Seite vom Förderverein. Jede Unterschrift zählt!! 🏊‍♀️"
    ),
    (
        "Wos de im Gemeinderat do zammbeschlossn ham, is a Schmarrn. Parkgebühren am Friedhof – "
        "geht's no?"
    ),
    (
        "Dass die Stadtwerke die Fernwärmepreise um 60 Prozent erhöhen und gleichzeitig dem "
        "Vorstand eine Prämie zahlen, grenzt an Betrug am Kunden. Ich lasse das von der "
        "Verbraucherzentrale prüfen."
    ),
    (
        "Totalversagen der Kreisverwaltung bei der Kita-Platzvergabe. Meine Tochter steht seit "
        "19 Monaten auf der Warteliste, Rückmeldung: null."
    ),
    (
        "Für einen Falschparker war die Polizei in zwanzig Minuten da, aber bei dem Einbruch bei "
        "meiner Nachbarin kam nach drei Stunden eine Streife. Prioritäten, anyone?"
    ),
    (
        "Ich kündige mein Abo. Seit Monaten lese ich hier nur noch Pressemitteilungen vom "
        "Rathaus, ohne eine einzige kritische Nachfrage. Lokaljournalismus geht anders."
    ),
    (
        "Der Windpark-Betreiber hat versprochen, dass die Gemeinde 0,2 Cent pro Kilowattstunde "
        "bekommt. Bis heute ist kein Cent geflossen. Liebe Ortsgemeinderäte, macht endlich Druck "
        "oder macht Platz für Leute, die es tun."
    ),
    (
        "Hervorragend, die neue Radspur endet nach 200 Metern direkt vor einem Laternenmast. Wer "
        "hat das geplant und wer hat es abgenommen? 🙄"
    ),
    (
        "Als Vater von drei Kindern kann ich nur sagen: Das Schulamt hat bei der "
        "Lehrerversorgung in unserem Landkreis komplett abgewirtschaftet. Der Unterrichtsausfall "
        "an der Realschule Bergheim liegt bei fast 15 Prozent."
    ),
    (
        "Alle Eltern bitte am Donnerstag um 18 Uhr zur Ausschusssitzung kommen. Wenn der Saal "
        "voll ist, können die nicht einfach wieder die Gebührenerhöhung durchwinken."
    ),
    (
        "Grüezi mitenand. Dass der Gemeinderat die Abstimmung über das neue Werkhofprojekt schon "
        "wieder verschiebt, ist schlicht unseriös. Wir Stimmbürger haben ein Recht darauf, "
        "endlich darüber zu entscheiden."
    ),
    (
        "Der Vorstand vom TSV könnte ja mal überlegen, weshalb die halbe Jugendabteilung zum "
        "Nachbarverein wechselt. Vielleicht weil man die Trainer seit Jahren komplett hängen "
        "lässt?"
    ),
    (
        "Kriminell teuer, was die Sanierung des Rathausplatzes inzwischen kostet: von 2,1 auf "
        "5,8 Millionen. Und das Ding sieht aus wie ein Parkplatz."
    ),
    (
        "Die Pfarrgemeinde gibt das alte Pfarrhaus lieber einem Investor als der Genossenschaft, "
        "die dort günstige Wohnungen bauen wollte. Christliche Nächstenliebe stelle ich mir "
        "anders vor. Ich überlege ernsthaft, auszutreten."
    ),
    (
        "Jetzt mal ehrlich: Wie kann ein Baudezernent, der drei Großprojekte in Folge gegen die "
        "Wand gefahren hat, wiedergewählt werden? Da müssen sich auch die Stadtverordneten an "
        "die eigene Nase fassen."
    ),
    (
        "Unterschreibt bitte alle das Bürgerbegehren gegen die Schließung der "
        "Stadtteilbibliothek in Nordwest. 🙏📚"
    ),
    (
        "Die Bahn nennt das „Schienenersatzverkehr“. Ich nenne es einen Totalausfall. Zwei Busse "
        "für 600 Pendler, kein Personal am Bahnsteig, keine Durchsage."
    ),
    (
        "Leute, boykottiert die Kirmes dieses Jahr. Standgebühren verdreifacht, die Schausteller "
        "aus der Region können sich das nicht mehr leisten und am Ende stehen nur noch die "
        "großen Ketten da."
    ),
    (
        "Na ja, was soll man von einer Verwaltung erwarten, die für einen Bauantrag für einen "
        "Carport elf Monate braucht."
    ),
    (
        "Sehr geehrter Herr Oberbürgermeister Dr. Wendrich, ich habe mich am 3. März schriftlich "
        "an Ihr Büro gewandt und bis heute keine Antwort erhalten. Ich habe daher nun eine "
        "Dienstaufsichtsbeschwerde beim Regierungspräsidium eingereicht."
    ),
    (
        "Das Krankenhaus in Neustadt wird kaputtgespart und die Kreistagsmehrheit schaut zu. Am "
        "Samstag Demo um 11 am Marktplatz, kommt zahlreich!"
    ),
    (
        "Ich find's ja witzig dass die CDU jetzt gegen das Gewerbegebiet ist, das sie vor fünf "
        "Jahren selbst beantragt hat. Wahlkampf halt 😂"
    ),
    (
        "Moin. Dat mit dem neuen Deich-Parkplatz is doch 'ne Luftnummer. Die Gemeinde kassiert "
        "und die Straße dahin is 'n einziger Flickenteppich."
    ),
    (
        "Mit Verlaub, aber die Grünen im Stadtrat haben beim Thema Solarpark auf der Ackerfläche "
        "am Eichberg jede Glaubwürdigkeit verloren. Erst Bürgerbeteiligung versprechen, dann im "
        "nichtöffentlichen Teil entscheiden."
    ),
    (
        "Hundesteuer zahle ich ab sofort nur noch unter Vorbehalt, bis die Stadt erklärt, warum "
        "es im ganzen Ort keinen einzigen Kotbeutelspender mehr gibt."
    ),
    (
        "Schon wieder ein Artikel über den Schützenkönig, aber kein Wort darüber, dass der "
        "Verein die Jugendarbeit eingestellt hat. Liebe Redaktion, das wäre mal eine Recherche "
        "wert."
    ),
    (
        "Auf meine Anzeige wegen der Raser in der Lindenstraße hat die Polizeiinspektion nie "
        "reagiert. Jetzt geht eine Beschwerde ans Innenministerium. Irgendwann passiert da was "
        "mit einem Kind."
    ),
    (
        "Weshalb der Kreis die Sanierung der Kreisstraße 14 zum vierten Mal verschiebt? Weil man "
        "das Geld für ein neues Foyer im Landratsamt braucht. Herzlichen Glückwunsch."
    ),
    (
        "Kampf gegen Windmühlen, so fühlt sich der Versuch an, beim Ordnungsamt jemanden ans "
        "Telefon zu kriegen. Montag bis Freitag 9 bis 11 Uhr Sprechzeit, und dann ist immer "
        "besetzt."
    ),
    (
        "Servus. Was die Gemeinde da mit dem Gemeindebau in der Hauptstraße aufführt, ist ein "
        "Pfusch sondergleichen. Die Mieter warten seit dem Winter auf eine funktionierende "
        "Heizung, und der Bürgermeister lächelt in jede Kamera."
    ),
    (
        "Muss man den Fraktionsvorsitzenden der SPD eigentlich noch ernst nehmen? Erst gegen die "
        "Grundsteuererhöhung wettern und dann dafür stimmen."
    ),
    (
        "Die neuen Öffnungszeiten vom Bürgerbüro sind ein Witz. Wer arbeitet hat keine Chance "
        "einen Perso zu beantragen."
    ),
    (
        "Warum hat die Zeitung eigentlich nicht erwähnt, dass der Bauträger des Neubaugebiets "
        "ein großer Anzeigenkunde ist? Ein Schelm, wer Böses denkt."
    ),
    (
        "Wenn die Ausländerbehörde monatelang keine Arbeitserlaubnis bearbeitet, ist das ein "
        "Versagen, das alle trifft: die Betriebe, die dringend Leute einstellen wollen, und die "
        "Menschen, die arbeiten möchten. Personal aufstocken, und zwar jetzt."
    ),
    (
        "Hab heute beim Stadtrat nachgefragt, warum der Spielplatz im Rosenviertel seit einem "
        "Jahr gesperrt ist. Antwort: „Zuständigkeit wird geklärt.“ Ein Jahr!! Für ein "
        "Klettergerüst!!"
    ),
    (
        "Der Aufsichtsrat der Verkehrsbetriebe besteht zur Hälfte aus Stadträten, die selbst nie "
        "Bus fahren. Das merkt man an jedem einzelnen Fahrplanwechsel."
    ),
    (
        "Widerspruch einlegen beim nächsten Straßenausbaubeitrag, Leute! Mustervorlage gibt's "
        "bei der Bürgerinitiative Oberdorf. Gemeinsam haben wir eine Chance."
    ),
    (
        "Nach 180 Jahren schließt die Brauerei Hollenbach, und der neue Eigentümer verlegt alles "
        "nach Tschechien – nach den ganzen Subventionen vom Land. Deren Bier kommt mir "
        "jedenfalls nicht mehr in den Kasten."
    ),
    (
        "Es ist eine Schande, wie der Stadtrat mit den Ehrenamtlichen von der Tafel umgeht. Erst "
        "Räume versprechen, dann kurzfristig kündigen."
    ),
    (
        "ganz ehrlich die haben doch beim neuen kreisel in ostheim alle geschlafen, da passt "
        "kein bus rum ohne übern bordstein zu fahren"
    ),
    (
        "Der Polizeipräsident sollte öffentlich erklären, warum die Videoüberwachung am Bahnhof "
        "trotz Ratsbeschluss nie abgeschaltet wurde. Das ist ein klarer Rechtsbruch, und ich "
        "hoffe, dass jemand dagegen klagt."
    ),
    (
        "Von Aufarbeitung redet die Erzdiözese gern, aber die Akten bleiben unter Verschluss. "
        "Solange sich daran nichts ändert, gebe ich keinen Euro mehr in den Klingelbeutel."
    ),
    (
        "Wieder einmal wird in Wetzhausen über die Köpfe der Anwohner hinweg entschieden. Die "
        "Bürgerversammlung war reine Show, das Ergebnis stand vorher fest."
    ),
    (
        "Alle vier Wochen kommt die Müllabfuhr bei uns nur noch, die Gebühren steigen trotzdem. "
        "Wo ist da die Logik, liebe Abfallwirtschaft? Gegen den Bescheid hab ich Widerspruch "
        "eingelegt."
    ),
    (
        "Chapeau an die Redaktion, dass ihr die Kostenexplosion beim Stadion endlich mal "
        "aufgreift. Hättet ihr allerdings schon vor zwei Jahren tun können, da lag alles längst "
        "auf dem Tisch."
    ),
    (
        "Abgewählt gehört die komplette Ratsmehrheit. Acht Jahre Stillstand beim "
        "Breitbandausbau, und in der Hälfte der Ortsteile läuft das Internet immer noch über "
        "Kupfer."
    ),
    (
        "Hoi zäme. D Gmeind verlangt für d Turnhalle jetzt plötzlich Miete vom Turnverein. Das "
        "isch en Affront gegenüber allne, wo sich sit Jahrzehnt gratis engagiered."
    ),
    (
        "Wer glaubt eigentlich noch an die Zahlen aus dem Gutachten? Der Betreiber hat es "
        "bezahlt, der Betreiber bekommt das gewünschte Ergebnis. Der Kreistag muss ein "
        "unabhängiges Gegengutachten in Auftrag geben."
    ),
    (
        "Bescheide, die nicht mal die eigenen Sachbearbeiter verstehen – so arbeitet unser "
        "Jobcenter. Habe mich beim Ombudsmann beschwert und kann das nur jedem empfehlen."
    ),
    (
        "Ein bildungspolitisches Desaster ist die Schließung der Dorfschule in Kleinried. "
        "Grundschulkinder sollen jetzt 50 Minuten Bus fahren. Das Kultusministerium hat offenbar "
        "keinen einzigen Ortstermin gemacht."
    ),
    (
        "Warum bekommt ein Discounter die Genehmigung für die Fläche am Ortseingang, während der "
        "Bauernladen seit Jahren um einen Parkplatz kämpft? Da stimmt doch was nicht. 🤔"
    ),
    (
        "Kurze Frage an die Stadtverwaltung: Wer haftet eigentlich, wenn wegen der seit Monaten "
        "kaputten Straßenbeleuchtung am Schulweg etwas passiert?"
    ),
    (
        "Herr Ortsvorsteher, Sie wurden gewählt, um die Interessen von Unterbach zu vertreten, "
        "nicht die des Investors. Ich erwarte, dass Sie sich dazu in der nächsten Sitzung "
        "öffentlich äußern."
    ),
    "Lächerlich. 14 Monate Bauzeit für 300 Meter Gehweg.",
    (
        "Unser Karnevalsverein zahlt inzwischen mehr für die Sicherheitsauflagen beim "
        "Rosenmontagszug als für die Wagen. Wenn die Stadt so weitermacht, gibt es nächstes Jahr "
        "keinen Zug mehr. Helau ist anders."
    ),
    (
        "Beim Hochwasserschutz hat das Landratsamt schlicht geschlafen. Die Pläne liegen seit "
        "2016 in der Schublade, und jetzt stehen wieder Keller unter Wasser. Ich erwarte "
        "personelle Konsequenzen."
    ),
    (
        "Letzte Filiale im Ort dicht, und die Sparkasse verweist die Rentner aufs Onlinebanking. "
        "Hab mein Konto gekündigt und bin zur Volksbank, vielleicht sollten das noch mehr tun."
    ),
    (
        "Schade, dass der Kommentar vom Chefredakteur so einseitig ausgefallen ist. Die "
        "Gegenargumente der Bürgerinitiative kommen mit keinem Wort vor."
    ),
    (
        "Mal ne Frage an die Ordnungsamt-Leute: Blitzen könnt ihr, aber die LKW, die jeden Tag "
        "durch die Tonnage-Sperre donnern, sieht keiner?"
    ),
    (
        "Kommunalpolitik nach Gutsherrenart. Der Bürgermeister vergibt den Auftrag für die "
        "Festhalle ohne Ausschreibung an die Firma seines Schwagers. Die Kommunalaufsicht ist "
        "informiert, und ich werde das bis zum Ende verfolgen."
    ),
    (
        "Musikschulgebühren überweise ich erst wieder, wenn der Unterricht nicht mehr jede "
        "zweite Woche ausfällt. Drei Monate bezahlt, sechs Stunden bekommen."
    ),
    (
        "Keine Kinderarztpraxis mehr im Umkreis von 30 Kilometern. Die Kassenärztliche "
        "Vereinigung lässt unseren Landkreis seit Jahren hängen. Das ist ein Skandal, und zwar "
        "einer, der Familien wegtreibt."
    ),
    (
        "Wer jetzt noch FDP wählt, weil sie „Bürokratieabbau“ plakatiert, sollte sich mal "
        "anschauen, wie ihr Stadtrat bei der Gaststättensatzung abgestimmt hat."
    ),
    (
        "Oh, wie originell. Noch ein Gutachten. Das siebte zur Ortsumgehung. Kosten bisher: mehr "
        "als der erste Bauabschnitt gekostet hätte."
    ),
    (
        "Arrogant und herablassend – so kam die Antwort vom Polizeisprecher auf die Frage nach "
        "dem Einsatz am Jugendzentrum rüber. Ich hoffe, der Innenausschuss nimmt sich der Sache "
        "an. Eine unabhängige Untersuchung ist das Mindeste."
    ),
    (
        "3.400 Euro Eigenanteil im Monat kassiert der Betreiber vom Pflegeheim Sonnenhang, und "
        "das Personal ist so knapp, dass meine Mutter oft bis mittags nicht gewaschen ist. Die "
        "Heimaufsicht hat von mir eine ausführliche Beschwerde bekommen."
    ),
    (
        "Grüß Gott. Bei uns in der Marktgemeinde wird seit Jahren über die Ortskernbelebung "
        "geredet, und was passiert? Nix. Im Herbst ist Gemeinderatswahl, dann reden wir weiter."
    ),
    (
        "Danke für nichts, liebe Deutsche Bahn. Der Bahnhof in Sommerfeld ist seit drei Jahren "
        "nicht barrierefrei, der Aufzug steht still, und die Ausrede wechselt jedes Quartal."
    ),
    (
        "Millionengrab. Anders kann man das Projekt „Stadtmitte 2030“ nicht mehr nennen, das "
        "sagen inzwischen sogar Leute aus der eigenen Koalition hinter vorgehaltener Hand."
    ),
    (
        "Liebe Vereinsführung vom FC, wenn ihr die Mitgliedsbeiträge um 40% erhöht, ohne die "
        "Mitgliederversammlung zu fragen, braucht ihr euch über die Austritte nicht zu wundern. "
        "Satzung lesen hilft."
    ),
    (
        "Online-Petition für den Erhalt der Nachtbuslinie N4 ist gestartet, bisher 1.200 "
        "Unterschriften. Der Verkehrsausschuss tagt am 12., bis dahin wollen wir 3.000!"
    ),
    (
        "Was die Stadt als „Bürgerbeteiligung“ verkauft, ist eine Online-Umfrage mit "
        "vorgegebenen Antworten. Beteiligungssimulation, mehr nicht."
    ),
    (
        "Das Bauamt hat mit der Genehmigung für den Turm am Hafen eindeutig gegen den eigenen "
        "Bebauungsplan verstoßen. Unsere Initiative hat Normenkontrollklage eingereicht. Spenden "
        "für die Anwaltskosten sind willkommen."
    ),
    (
        "die gebühren für den kita-platz hängen jetzt am einkommen aber die stadt rechnet das "
        "kindergeld mit rein?? das kann doch nich rechtens sein, wir klagen"
    ),
    (
        "Dreißig Jahre lang habe ich dieses Blatt abonniert. Seit der Übernahme durch den "
        "Konzern gibt es keine Gerichtsberichte mehr, keine Reportagen aus den Dörfern, nur noch "
        "Agenturmeldungen. Zum Jahresende ist Schluss."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Unser neuer Nachbar, Herr Haddad, kommt aus Aleppo und hat in der ersten Woche gleich "
        "beim Umzug der alten Frau Becker von gegenüber geholfen. So fängt Nachbarschaft an."
    ),
    (
        "Beim Sommerfest der Moschee an der Kanalstraße gab's Börek, Tee und eine Führung durch "
        "den Gebetsraum. Wir waren mit den Kindern da und wurden total herzlich empfangen."
    ),
    (
        "Schön, dass der Queer-Stammtisch jetzt auch bei uns im Landkreis einen festen Termin "
        "hat, jeden ersten Freitag im Café Lindgrün. Gerade für junge Leute vom Dorf ist so ein "
        "Ort Gold wert."
    ),
    (
        "Mit den Geflüchteten in der ehemaligen Kaserne hab ich kein Problem, im Gegenteil: Zwei "
        "von ihnen spielen inzwischen in unserer zweiten Mannschaft und sind die zuverlässigsten "
        "beim Training."
    ),
    (
        "Meine Schwester sitzt im Rollstuhl und war beim Stadtlauf zum ersten Mal dabei, weil "
        "die Strecke endlich komplett ohne Kopfsteinpflaster geplant wurde. Danke an die "
        "Organisatoren!"
    ),
    (
        "Am Sonntag lädt die jüdische Gemeinde zum Tag der offenen Synagoge ein. War letztes "
        "Jahr dort, der Vortrag über die Geschichte der Landjuden in unserer Gegend war richtig "
        "spannend."
    ),
    (
        "Wer hier unter dem Artikel über die Regenbogenfahne am Rathaus gegen Schwule und Lesben "
        "hetzt, sollte sich schämen. Das sind unsere Nachbarn, Kollegen, Kinder. Punkt."
    ),
    (
        "Frau Yıldız vom Gemüseladen am Markt kennt jeden Stammkunden beim Namen. Ihre Familie "
        "lebt seit 1971 hier und gehört zum Viertel wie der Brunnen."
    ),
    (
        "Alles Gute an Mehmet und Jonas zur Trauung im Standesamt Altstadt! War eine "
        "wunderschöne Feier, und der ganze Kegelclub hat Spalier gestanden 💍🌈"
    ),
    (
        "Im Inklusionsbetrieb der Gärtnerei Sonnenhof arbeiten viele Menschen mit Down-Syndrom, "
        "und die haben die besten Tomaten weit und breit. Unbedingt mal vorbeischauen."
    ),
    (
        "91 Jahre alt ist meine Oma, und jeden Dienstag macht sie beim Seniorentanz im "
        "Gemeindehaus mit. Wer meint, ältere Leute gehören aufs Abstellgleis, hat sie noch nicht "
        "Walzer tanzen sehen."
    ),
    (
        "Großartiger Abend beim Kulturherbst: Die Band von Marlon Weinrich, Sinto aus "
        "Hildesheim, hat Jazz in der Tradition von Django Reinhardt gespielt, und der Saal hat "
        "getobt."
    ),
    (
        "Im Gegensatz zu einigen hier finde ich es absolut richtig, dass die Schule jetzt "
        "Unisex-Toiletten hat, auch für trans und nicht-binäre Jugendliche. Kostet niemanden "
        "etwas und hilft ein paar Kindern enorm."
    ),
    (
        "Die ukrainischen Frauen, die im Frühjahr bei uns im Ort angekommen sind, haben im "
        "Pfarrsaal einen Nähkurs angefangen. Inzwischen kommen auch Einheimische dazu, und die "
        "Gespräche laufen halb auf Deutsch, halb mit Händen und Füßen 😄"
    ),
    (
        "In unserer Werkstatt lernt ein gehörloser Azubi, einer der besten, die wir je hatten. "
        "Das ganze Team lernt jetzt ein paar Grundlagen in Gebärdensprache, macht sogar Spaß."
    ),
    (
        "Antisemitische Schmierereien am Gedenkstein in Lehrbach – ekelhaft. Hoffentlich werden "
        "die Täter bald gefasst. Sonntagabend findet eine Mahnwache statt, ich werde dort sein."
    ),
    (
        "Das Cemevi der alevitischen Gemeinde in der Bahnhofstraße feiert 25-jähriges Bestehen. "
        "Wusste gar nicht, dass die Aleviten hier schon so lange ein eigenes Zentrum haben. "
        "Herzlichen Glückwunsch!"
    ),
    (
        "Ein Lehrer an der Gesamtschule, der offen schwul lebt, hat mehr für das Klima an dieser "
        "Schule getan als jede Broschüre. Mein Sohn erzählt begeistert von seinem "
        "Geschichtsunterricht."
    ),
    (
        "Blind sein und Marathon laufen? Frank Obermeier aus Weidenau macht's vor, mit einem "
        "Begleitläufer am Band. Respekt, und alles Gute für Berlin!"
    ),
    (
        "Als Spätaussiedlerin, die 1993 aus Kasachstan gekommen ist, hat mich der Artikel zur "
        "Ausstellung im Heimatmuseum sehr gefreut. Endlich erzählt mal jemand unsere Geschichte "
        "ohne Klischees."
    ),
    (
        "Zu den Kommentaren gestern über die Afghanen im Wohnheim: Pauschal über eine ganze "
        "Gruppe zu urteilen, weil einer Mist gebaut hat, ist schlicht unfair. Die meisten dort "
        "gehen arbeiten oder zur Schule, das sieht man jeden Morgen am Bus."
    ),
    (
        "Pączki zum Fasching gibt's jetzt in der polnischen Bäckerei am Kirchplatz. Um halb zehn "
        "war alles ausverkauft 🍩"
    ),
    (
        "Toll, dass beim Frauenfußball in Rothenbach inzwischen mehr Zuschauer kommen als bei "
        "der Herren-Kreisliga. Verdient, die spielen auch einfach besser 😉"
    ),
    (
        "Ich trage als Muslimin Kopftuch, und ich möchte mich einfach mal bei der Mitarbeiterin "
        "im Bürgeramt bedanken, die mich so freundlich beraten hat. Hier wird sonst oft nur über "
        "Negatives geschrieben."
    ),
    (
        "Weihnachten singt unser Kirchenchor zusammen mit dem Chor der eritreisch-orthodoxen "
        "Gemeinde. Die Proben sind ein Erlebnis, so viele Stimmen, so viele Sprachen."
    ),
    (
        "Nein, der CSD in unserer Kleinstadt ist keine „Provokation“. Da laufen Leute mit, die "
        "einfach in Ruhe leben und lieben wollen. Ich war mit meinen Eltern dabei, beide über "
        "siebzig."
    ),
    (
        "Erster Platz beim Landeswettbewerb Robotik für meine Enkelin! Sie ist Autistin und hat "
        "sich im VHS-Kurs monatelang in das Projekt reingefuchst. Stolz wie Bolle!"
    ),
    (
        "Ein gutes Zeichen: Im neuen Stadtrat sitzen jetzt drei Mitglieder, deren Eltern als "
        "Gastarbeiter aus der Türkei kamen. Der Rat sieht endlich ein bisschen mehr so aus wie "
        "die Stadt."
    ),
    (
        "hab nix gegen juden, christen oder muslime, mir is nur wichtig dass man miteinander "
        "redet. genau deswegen fand ich das friedensgebet der religionen am marktplatz so "
        "gelungen"
    ),
    (
        "Die Seniorinnen vom Strickkreis Eichenau haben 200 Mützen für die Frühchenstation "
        "gestrickt. Was für eine Aktion ❤️"
    ),
    (
        "Als Schwarzer Deutscher, geboren in Kassel, muss ich mir bis heute die Frage anhören, "
        "woher ich „eigentlich“ stamme. Umso mehr hat mich gefreut, wie selbstverständlich mich "
        "der Schützenverein aufgenommen hat. Nächstes Jahr will ich König werden 😄"
    ),
    (
        "Hetze gegen Sinti und Roma auf dem Durchreiseplatz hat in dieser Kommentarspalte nichts "
        "zu suchen. Wer ein konkretes Problem hat, kann es sachlich ansprechen, aber pauschale "
        "Urteile über eine Minderheit mit dieser Verfolgungsgeschichte sind unerträglich."
    ),
    (
        "Seit Kurzem leitet eine trans Frau die Apotheke am Rosenplatz, und sie ist die "
        "kompetenteste Beraterin, die ich dort je hatte. Mehr gibt's dazu eigentlich nicht zu "
        "sagen."
    ),
    (
        "Syrische Zahnärztin, deutscher Hausarzt, ukrainische Physiotherapeutin – so sieht "
        "inzwischen die Gesundheitsversorgung in unserem Dorf aus, und ohne die drei hätten wir "
        "gar keine mehr."
    ),
    (
        "Rollstuhlbasketball in der Kreissporthalle am Samstag: Eintritt frei, Stimmung super, "
        "und die Jungs und Mädels von den Rolling Bears schenken sich nichts. Hingehen!"
    ),
    (
        "Wir sind zwei Mamas mit zwei Kindern und wurden in der Kita Pusteblume vom ersten Tag "
        "an ganz normal behandelt. Wollte ich einfach mal sagen, weil man sonst oft anderes "
        "liest."
    ),
    (
        "Dass eine Moschee Ziel eines Brandanschlags wird, darf uns nicht egal sein, egal "
        "welchen Glauben man selbst hat. Am Freitag gehe ich zur Solidaritätskundgebung."
    ),
    (
        "Der Konfirmationsgottesdienst war dieses Jahr zweisprachig, Deutsch und Farsi, weil "
        "drei der Konfirmanden aus iranischen Familien kommen, die Christen geworden sind. Sehr "
        "bewegend."
    ),
    (
        "Sechs Leute zwischen 68 und 84 in einer Alten-WG in der ehemaligen Schule Burgdorf, "
        "jeder mit eigenem Zimmer, gemeinsame Küche. Tolles Modell, würde ich später auch so "
        "machen."
    ),
    (
        "Mein Kollege ist nicht-binär und möchte einfach mit dem Vornamen angesprochen werden. "
        "Am Anfang war das ungewohnt, inzwischen denkt im Büro keiner mehr darüber nach."
    ),
    (
        "Der Seniorenbeirat hat durchgesetzt, dass an allen Bushaltestellen Bänke stehen. Klingt "
        "klein, macht für meine Mutter aber den Unterschied, ob sie noch allein einkaufen gehen "
        "kann."
    ),
    (
        "Ehrlich gesagt hatte ich Vorbehalte, als in unserer Straße eine Unterkunft für "
        "Geflüchtete eröffnet wurde. Zwei Jahre später muss ich sagen: völlig unbegründet. Die "
        "Kinder spielen zusammen Fußball, und einer der Väter hat mir den Zaun repariert."
    ),
    (
        "Nach der Renovierung ist die Synagoge in Bad Hellingen wieder für Besucher geöffnet. "
        "Die Führung mit Rabbinerin Stern war sehr persönlich und gar nicht belehrend."
    ),
    (
        "Kleine Korrektur zum Leserbrief von gestern: Aleviten sind keine „Sekte“, sondern eine "
        "eigenständige Glaubensgemeinschaft, die in mehreren Bundesländern Religionsunterricht "
        "anbietet. Etwas Respekt wäre angebracht."
    ),
    (
        "Der Sportverein Grün-Weiß hat jetzt eine Inklusionsgruppe, in der behinderte und "
        "nichtbehinderte Kinder zusammen trainieren. Mein Sohn mit Trisomie 21 ist jeden "
        "Mittwoch total aufgeregt, bevor es losgeht."
    ),
    (
        "Servus, bei uns im Dorf hat eine Familie aus Afghanistan das alte Wirtshaus übernommen. "
        "Das Schnitzel ist gleich geblieben, und am Wochenende gibt's jetzt zusätzlich Kabuli "
        "Palau. Beste Entwicklung seit Langem."
    ),
    (
        "Gute Idee, im Stadtarchiv die Geschichte der polnischen Zwangsarbeiter aus unserer "
        "Region aufzuarbeiten. Viele Nachkommen leben heute noch hier, und ihre "
        "Familiengeschichten gehören zur Ortsgeschichte."
    ),
    (
        "„Lesbisches Paar eröffnet Hofladen in Kleinwiesen“ – so die Überschrift gestern. Ich "
        "frage mich ehrlich, warum das im Titel stehen muss. Der Ziegenkäse der beiden ist "
        "übrigens hervorragend."
    ),
    (
        "Rente mit 67, aber jeder Betrieb will nur Leute unter 40? Meine Mutter hat mit 61 "
        "nochmal eine Stelle gefunden, bei einer Firma, die bewusst Ältere einstellt. Mehr davon "
        "bitte."
    ),
    (
        "Mich stört, wie hier über Frauen in der Feuerwehr gelästert wird. Die Kameradinnen in "
        "unserem Löschzug machen genau denselben Job und haben genauso die Atemschutzausbildung "
        "bestanden."
    ),
    (
        "Der Verein „Blickwechsel“ bietet Stadtführungen mit blinden Guides an. Man erlebt die "
        "Altstadt komplett anders, über Geräusche, Gerüche und das Pflaster unter den Füßen. "
        "Sehr zu empfehlen!"
    ),
    (
        "Zum Ramadan hat die Moscheegemeinde die Nachbarschaft zum Fastenbrechen eingeladen, und "
        "es kamen mehr als 150 Leute, darunter der Pfarrer und der Ortsbürgermeister. So geht "
        "Zusammenleben."
    ),
    (
        "Frau Kowalczyk aus Stettin pflegt seit Jahren meinen Vater. Ohne polnische Pflegekräfte "
        "würde im ländlichen Raum vieles nicht mehr laufen, das sollte man ab und zu auch mal "
        "laut sagen."
    ),
    (
        "Zum ersten Mal war ich, evangelische Christin, bei Freunden zum Schabbat-Abendessen "
        "eingeladen. Die Gastfreundschaft hat mich tief berührt."
    ),
    (
        "Warum tun einige hier so, als wäre Vielfalt ein Problem? In meiner Klasse damals in der "
        "Nordstadt saßen Kinder aus 14 Ländern, und wir haben zusammen Abitur gemacht."
    ),
    (
        "Unsere Tochter ist trans und hat sich in der 8. Klasse geoutet. Die Klassenlehrerin und "
        "die Schulsozialarbeiterin haben das so gut begleitet, dass es in der Klasse kaum Thema "
        "war. Dafür ein großes Dankeschön."
    ),
    (
        "Kulturpreis des Kreises für die Theatergruppe der Lebenshilfe – verdient! Die "
        "Inszenierung war witzig, bissig und hat das Publikum komplett mitgenommen."
    ),
    (
        "Siebenbürgen lebt beim Metzger Schuster an der Ecke weiter: Mein Opa kam als "
        "Spätaussiedler von dort und hat ihm seine Wurstrezepte vermacht. Wer die Hauswurst noch "
        "nicht probiert hat, hat was verpasst."
    ),
    (
        "Bei der Kirmes in Niederwald war das Festzelt zum ersten Mal mit Rampe und "
        "barrierefreier Toilette ausgestattet. Klingt selbstverständlich, war es hier aber lange "
        "nicht. Danke an den Festausschuss!"
    ),
    (
        "Kein Platz für Rassismus – und auch nicht für „ich sag ja nur“-Kommentare über die "
        "ukrainischen Kinder an der Grundschule. Die Kleinen haben Krieg erlebt und lernen hier "
        "Deutsch in Rekordzeit."
    ),
    (
        "Syrien, Polen, Türkei, Ghana und das Nachbardorf: Daher kommen die Spieler unserer "
        "C-Jugend. Am Wochenende sind sie Kreismeister geworden. Das sagt doch eigentlich alles "
        "⚽"
    ),
    (
        "Der Vortrag über jüdisches Leben im Landkreis vor 1933 an der VHS war ausgebucht. "
        "Schön, dass das Interesse so groß ist. Bitte wiederholen!"
    ),
    (
        "Nur 19 Prozent Frauen im Kreistag, da finde ich das neue überparteiliche "
        "Mentoring-Programm für Kandidatinnen großartig. Hoffentlich melden sich viele."
    ),
    (
        "Neu bei uns in der Gemeinde: ein Kurs „Smartphone für Ältere“, geleitet von "
        "Jugendlichen aus der Realschule. Meine Nachbarin, 82, schickt mir jetzt "
        "Sprachnachrichten 😂"
    ),
    (
        "Gegen Homophobie im Amateurfußball: Der SV Eintracht Hollfeld hat Regenbogen-Eckfahnen "
        "aufgestellt, und der Kapitän hat in der Kabine eine klare Ansage gemacht. Genau so."
    ),
    (
        "Seit meiner Erblindung nutze ich den neuen Vorlese-Service der Stadtbücherei. "
        "Funktioniert prima, die Ehrenamtlichen sind geduldig und lesen auch mal die "
        "Lokalzeitung vor 😉"
    ),
    (
        "Wer jüdische Mitbürgerinnen und Mitbürger für die Politik Israels verantwortlich macht, "
        "liegt völlig falsch. Die Familie, deren Laden am Wochenende beschmiert wurde, lebt seit "
        "drei Generationen in unserer Stadt."
    ),
    (
        "Gebärdensprach-AG in der Kita Mühlbach, weil ein gehörloses Mädchen dazugekommen ist. "
        "Inzwischen können alle Kinder „Guten Appetit“ gebärden, total süß."
    ),
    (
        "Verdient ging der Integrationspreis an den Verein „Brückenschlag“. Die Paten dort "
        "begleiten Geflüchtete zu Behörden, Ärzten und Vorstellungsgesprächen, ganz ohne großes "
        "Aufheben."
    ),
    (
        "Klar darf man Religion kritisieren. Aber Christen, die in der Dorfkirche Andacht "
        "halten, lächerlich zu machen, ist genauso daneben wie Spott über Muslime beim "
        "Freitagsgebet. Respekt gilt in beide Richtungen."
    ),
    (
        "Der queere Jugendtreff im Jugendhaus Rheinblick feiert ersten Geburtstag. Meine Tochter "
        "geht da hin und hat endlich Freundinnen gefunden, die sie verstehen."
    ),
    (
        "An einem einzigen Samstag hat die Dorfgemeinschaft Herrn Petersen, der seit dem "
        "Schlaganfall gehbehindert ist, eine Rampe ans Haus gebaut. Material hat der Baumarkt "
        "gespendet. Das ist Ehrenamt, wie ich es mir wünsche."
    ),
    (
        "Einzige Frau im Jahrgang der Dachdecker-Ausbildung: meine Tochter. Der Meister sagt, "
        "sie arbeitet am saubersten von allen. Das Handwerk braucht genau solche Leute."
    ),
    (
        "Generationenprojekt an der Grundschule Lindenhof: Bewohner aus dem Altenheim lesen den "
        "Erstklässlern vor, und die Kinder basteln dafür Kalender. Beide Seiten haben sichtbar "
        "Freude dran."
    ),
    (
        "Für alle, die den Umzug am Rosenmontag verpasst haben: Der Wagen der "
        "Behindertenwerkstatt war mit Abstand der kreativste, und die Truppe hat am meisten "
        "Kamelle geworfen. Helau!"
    ),
    (
        "Erste Bürgermeisterin in der Geschichte der Gemeinde, und auf einmal gibt's eine "
        "Wickelkommode im Rathaus und Ausschusssitzungen, die familienfreundlich früher "
        "anfangen. Zufall? 😉"
    ),
    (
        "78 Jahre alt und angeblich zu alt fürs Ehrenamt? Von wegen. Seit März mache ich "
        "Hausaufgabenhilfe für Kinder aus der Flüchtlingsunterkunft, und die halten mich jung."
    ),
    (
        "Gut ermittelt, liebe Polizei: Die Männer, die das lesbische Paar am Bahnhof angegriffen "
        "haben, sind gefasst. Solche Gewalt darf es hier nicht geben, und es ist richtig, dass "
        "das auch so klar gesagt wurde."
    ),
    (
        "Wunderbare Idee vom Kulturamt, beim Stadtfest eine Bühne für Musik aus der Ukraine, "
        "Polen und Rumänien einzurichten. Der Auftritt des Kinderchors aus Lwiw hat mich zu "
        "Tränen gerührt."
    ),
    (
        "Niemand muss jede Lebensweise für sich selbst wählen, aber wer nicht-binären "
        "Jugendlichen abspricht, dass es sie gibt, hat den Respekt vergessen. Gut, dass die "
        "Jugendfeuerwehr in Tannhausen da klare Haltung zeigt."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kessler, schicker Carport, den Sie da in der Lindenstraße stehen "
        "haben. Wär ja jammerschade, wenn dem nachts mal was zustößt."
    ),
    (
        "Frau Albrecht, Ihre Tochter geht ja jetzt auf die Grundschule am Mühlbach. Süßes "
        "Mädchen. Überlegen Sie sich gut, was Sie so schreiben."
    ),
    "deine adresse ist kein geheimnis, schiri. und wir haben zeit.",
    (
        "Der Herr Imam sollte abends nicht mehr so allein vom Gebet nach Hause laufen. Nur so "
        "als Tipp unter Nachbarn."
    ),
    (
        "Sehr geehrter Herr Landrat Brückner, Sie fahren doch jeden Werktag kurz nach sechs über "
        "die K12 Richtung Amt. Glatte Straßen, enge Kurven … Unfälle passieren schnell."
    ),
    (
        "Liebe Frau Redakteurin Voss, Ihr Gesicht haben wir uns gut gemerkt. Irgendwann begegnet "
        "man sich im Supermarkt. 😉"
    ),
    (
        "Na Herr Ratsherr, das werden Sie noch bereuen. Vielleicht nicht diese Woche, vielleicht "
        "nicht nächste, aber es kommt."
    ),
    (
        "Wir sind viele, und wir sind geduldig. Das Windrad-Gesindel im Gemeinderat Hollbach "
        "wird das noch merken."
    ),
    "Rabbiner Adler weiß hoffentlich, dass es in der Synagogengasse nachts sehr dunkel ist.",
    (
        "Schöner blauer Skoda, steht jeden Tag ab acht vor der Praxis Dr. Hanke. Das Kennzeichen "
        "haben wir auch notiert. Nur so."
    ),
    (
        "Lehrer Pfeiffer sollte sich gut überlegen, wem er eine Sechs gibt. Irgendwann trifft "
        "man sich wieder, und dann ist niemand in deiner Nähe."
    ),
    (
        "Die Ehrenamtlichen von der Flüchtlingshilfe Grünwalde: Eure Namen stehen alle auf einer "
        "Liste. Schlaft gut."
    ),
    (
        "Frau Richterin Lorenz, Ihr Mann joggt jeden Sonntag früh am Baggersee. Ganz allein. "
        "Wissen Sie das eigentlich?"
    ),
    (
        "Polizeihauptmeister Schwarz von der Wache Nord – man erkennt dich auch ohne Uniform. "
        "Sei nach Dienstschluss lieber vorsichtig."
    ),
    (
        "Bei dem Holzhaus vom Pfarrer würd ich mir echt Sorgen machen, so trocken wie der Sommer "
        "ist. Ein Funke reicht."
    ),
    "Herr Dr. Yilmaz, Ihre Praxis hat ja schön große Fensterscheiben. Mutig.",
    (
        "Es wird Zeit, dass Frau Bürgermeisterin Heinrich mal erfährt, wie es sich anfühlt, "
        "Angst zu haben. Wir arbeiten dran."
    ),
    (
        "gruß an den journalisten vom kreisboten. dein kleiner sohn trägt so ne rote mütze oder? "
        "steht ihm gut"
    ),
    (
        "Der Schiedsrichter vom Sonntag in Unterhausen sollte nächste Woche lieber nicht zum "
        "Spiel kommen. Der Parkplatz liegt weit weg vom Vereinsheim, und da hört einen keiner."
    ),
    (
        "Sie haben die Abstimmung gewonnen, Herr Gemeinderat Vogt. Ob Sie das Ende Ihrer "
        "Amtszeit noch erleben, steht auf einem anderen Blatt."
    ),
    ("Hey Tobias, netter Arbeitsweg durch den Stadtpark. Hab dich gestern gesehen. Du mich nicht."),
    (
        "Die Lehrerin von der Realschule Bad Kirchhain, die unseren Kindern diesen Genderkram "
        "beibringt: Wir kennen deine Adresse, deinen Mann, deinen Hund. Mehr sag ich nicht."
    ),
    (
        "Herr Redakteur, jeder Artikel von Ihnen wird archiviert. Und jeder Artikel hat seinen "
        "Preis. Die Rechnung wird persönlich zugestellt."
    ),
    (
        "Manchmal brennen Scheunen einfach so ab, nicht wahr, Herr Ortsvorsteher? Besonders die "
        "von Leuten, die Windräder wollen."
    ),
    (
        "An den Bauunternehmer Krämer: Baustellen sind gefährlich. Gerüste kippen um. Kann jedem "
        "passieren. Auch dem Chef."
    ),
    (
        "Frau Pastorin, wir haben gesehen, wer da bei Ihnen im Gemeindehaus übernachtet. Wir "
        "vergessen nichts."
    ),
    "Grüße an Familie Demir, Eichendorffstr. 14. Wir schauen ab und zu mal vorbei 👀",
    (
        "Der Herr Kommissar soll sich bloß nicht in Sicherheit wiegen, nur weil er im Dienst "
        "eine Waffe trägt. Zuhause trägt er keine."
    ),
    (
        "Liebe Frau Dr. Sommer, Sie impfen ja so gern fremde Kinder. Hoffentlich sind Ihre "
        "eigenen immer gut beaufsichtigt."
    ),
    (
        "Die Zeit der Ratsherren, die über unsere Köpfe hinweg entscheiden, läuft ab. Für jeden "
        "von euch. Einzeln."
    ),
    (
        "imam von der moschee in neustadt-süd, jeden freitag 13 uhr, wissen wir. irgendwann ist "
        "mal ein freitag anders"
    ),
    (
        "Herr Oberbürgermeister, Sie sollten Ihre Haustür nachts besser abschließen. Wer weiß "
        "schon, wer da so alles vorbeikommt."
    ),
    (
        "Redaktion Lokalanzeiger: Eure Praktikantin fährt immer mit dem Rad heim, am Kanal lang. "
        "Wenn's dunkel ist, ist der Kanal ziemlich tief."
    ),
    (
        "Jugendrichter Hoffmann hat sich heute viele Feinde gemacht. Feinde, die Geduld haben "
        "und alles über ihn wissen."
    ),
    (
        "Frau Kreisrätin Berger, Sie haben da so ein hübsches Ferienhaus am Eggersee. Steht ja "
        "meistens leer. Da kann viel passieren, wenn keiner hinschaut."
    ),
    "Der Schiri hat ja auch ein Auto. Mit Reifen. Und Bremsen. Nur mal so als Gedanke.",
    (
        "Ein Tipp an den Hausmeister der Asylunterkunft: Nachtschicht allein ist ungesund. Sehr "
        "ungesund."
    ),
    (
        "Sie werden sich noch wünschen, diesen Beschluss nie gefasst zu haben, Herr "
        "Bürgermeister Lindner. Das ist kein Spruch, das ist ein Versprechen."
    ),
    (
        "Sehr geehrte Frau Rektorin, uns ist aufgefallen, dass Sie dienstags immer als Letzte "
        "das Schulgebäude verlassen. Interessant, nicht wahr?"
    ),
    (
        "Der Typ vom Jugendamt, der uns die Kinder weggenommen hat, soll wissen: Ich kenne seine "
        "Frau vom Bäcker. Sie grüßt immer so freundlich. Noch."
    ),
    (
        "Wenn der Gemeinderat die Turnhalle wirklich zur Flüchtlingsunterkunft macht, dann "
        "kriegt jeder einzelne, der dafür stimmt, Besuch zu Hause."
    ),
    (
        "Wenn dieser Artikel bis morgen nicht gelöscht ist, Herr Brandt, werden Sie Ihre "
        "Redaktion nicht mehr heil verlassen."
    ),
    (
        "Sollte das Windrad auf dem Kapellenberg gebaut werden, brennt nicht nur das Windrad. "
        "Das versprech ich dem Bürgermeister persönlich."
    ),
    "Pfeift der Hansen noch einmal so gegen uns, bricht ihm einer beide Beine. Garantiert.",
    (
        "Noch eine Zeile über meinen Sohn in eurem Käseblatt und ich kümmere mich persönlich "
        "darum, dass deine Familie keine ruhige Nacht mehr hat."
    ),
    (
        "Wenn die Moschee in der Bahnhofstraße gebaut wird, dann jagt man sie halt wieder in die "
        "Luft. So einfach ist das."
    ),
    (
        "falls die bullen nochmal in unserem jugendzentrum auftauchen gibts blutige nasen. für "
        "jeden beamten"
    ),
    (
        "Wenn du mein Kind noch einmal nachsitzen lässt, Frau Krause, dann lernst du mich "
        "kennen. Und danach erkennt dich keiner mehr."
    ),
    (
        "Sollten Sie, Herr Dr. Weber, meine Mutter noch einmal so behandeln, liegen Sie bald "
        "selbst auf der Intensivstation."
    ),
    (
        "Genehmigt das Landratsamt die Unterkunft in Ebersroth, werden dort keine Menschen "
        "einziehen. Dann liegt da nur noch Asche."
    ),
    ("wenn der richter den freispricht dann regeln wir das selber und zwar mit dem richter zuerst"),
    ("Noch ein Strafzettel vor meinem Laden und der Politesse passiert was. Ich sag's nur einmal."),
    (
        "Falls der Pfarrer auch künftig Kirchenasyl gewährt, sollte er sich nicht wundern, wenn "
        "sein Pfarrhaus eines Nachts in Flammen steht."
    ),
    (
        "Stimmt die Fraktion morgen für die Straßenausbaubeiträge, kriegen die das auf die harte "
        "Tour zurück. Jeder einzeln, vor der eigenen Haustür."
    ),
    (
        "Wenn ihr die Hausarztpraxis in unserem Dorf schließt, Herr Kreisrat, dann werden Sie "
        "bald selbst ganz dringend einen Arzt brauchen, dafür sorge ich."
    ),
    (
        "Sollte die Redaktion meinen Namen veröffentlichen, wird Ihr Chefredakteur nie wieder "
        "ohne Krücken gehen."
    ),
    (
        "Kommt der Rabbiner nochmal an unsere Schule, dann kriegt er eine Abreibung, die er sein "
        "Leben lang nicht vergisst."
    ),
    (
        "Wenn der Bauträger Schulze den Stadtwald rodet, dann rodet jemand ihn. Bin gespannt, "
        "wie ihm das gefällt."
    ),
    "Falls du, Schiri, am Samstag wieder pfeifst, bring nen Helm mit. Wirst ihn brauchen.",
    (
        "Wird die Grundschule in Weilbachtal geschlossen, dann sollte die Bürgermeisterin ihre "
        "eigenen Kinder lieber nicht mehr allein zur Schule schicken."
    ),
    (
        "Noch so ein Bericht über die Kameradschaft, und euer Redaktionsgebäude sieht aus wie "
        "nach einem Bombenangriff. Versprochen."
    ),
    (
        "wenn die den kindergarten direkt neben unser grundstück bauen zünd ich das ding an "
        "bevor das erste kind drin ist"
    ),
    (
        "Sollte Amtsrichter Kühn den Antrag ablehnen, wird er merken, dass auch Richter "
        "verletzlich sind."
    ),
    (
        "Falls meine Frau wegen eurer Hetze ihren Job verliert, seid ihr alle dran. Erst die "
        "Reporterin, dann der Chef."
    ),
    (
        "Nimmst du den Elfer nochmal zurück, Bursche, dann hau ich dir den Ball so ins Gesicht, "
        "dass du ihn schluckst."
    ),
    (
        "Wenn die Stadt die Gedenkstätte an der alten Synagoge erweitert, fliegen Steine. Und "
        "zwar nicht bloß auf die Tafeln."
    ),
    (
        "Wenn Sie, Frau Oberkommissarin Reiter, meinen Bruder noch einmal festnehmen, dann wird "
        "Ihnen das leidtun. Körperlich."
    ),
    (
        "Kommt der Windpark, hängt Bürgermeister Meier eines Tages an so einem Windrad. Seile "
        "haben wir genug."
    ),
    (
        "Sollte der Verein den Trainer nicht bis Sonntag rauswerfen, holen wir ihn uns selbst "
        "nach dem Training ab."
    ),
    (
        "Verweigert die Lehrerin meinem Sohn die Versetzung, dann verweigere ich ihr ihre "
        "Gesundheit. So einfach ist das 😡"
    ),
    (
        "Ich schlag dem Bürgermeister Haller die Fresse ein, wenn er mir das nächste Mal auf dem "
        "Wochenmarkt über den Weg läuft."
    ),
    "I hau dem Schiri am Sunntag oane nei, dass er nimma woaß, wia er hoaßt. Des is koa Spaß.",
    "ich werd den reporter vom tagblatt abstechen ganz ehrlich, hab eh nix mehr zu verlieren",
    "Ich fahre morgen nach Grevendorf und bringe den Imam um. Schluss mit dem Gelaber.",
    (
        "Dem Amtsarzt Dr. Brenner breche ich persönlich jeden Finger einzeln. Der unterschreibt "
        "nie wieder ein Gutachten."
    ),
    "isch mach den bullen vom revier süd fertig wenn isch den alleine erwisch, wallah",
    (
        "Ich werde die Ratsfrau Köhler auf dem Parkplatz abpassen und ihr zeigen, was "
        "Bürgerwille heißt. Mit meinen Fäusten."
    ),
    "Den Lehrer Möller schlag ich tot. Punkt. 🔪",
    (
        "Ick pass den Hausmeesta vom Heim ab und hau ihm de Zähne raus, der hat meen Sohn "
        "anjebrüllt."
    ),
    "Am Montag bin ich beim Amtsgericht, und die Richterin Sander kommt da nicht lebend raus.",
    "Ich erschieß den Jäger, der den Wolf abgeknallt hat. Hab selber ne Waffe im Schrank.",
    "den typen vom bauamt der unseren anbau abgelehnt hat prügel ich krankenhausreif schwör",
    (
        "Ich werde Pfarrer Ehrlich zusammenschlagen, so wie er es verdient hat, und ich werde "
        "dabei lachen."
    ),
    (
        "Der Rotzlöffel vom Jugendtrainer kriegt vun mir e Tracht Prügel, dass er sei Mudder "
        "nimmer kennt."
    ),
    (
        "Ich zünde den Journalisten Pohl an, so wie er es mit seinen Lügen verdient hat. Bin "
        "schon unterwegs."
    ),
    (
        "Leute, der Bürgermeister wohnt in Alt-Hennersfeld, die Hausnummer steht im Telefonbuch. "
        "Geht hin und gebt ihm, was er verdient."
    ),
    ("Wer macht mit? Samstag nach dem Spiel den Schiri am Ausgang abfangen und richtig vermöbeln."),
    "Jagt die Gutmenschen von der Flüchtlingshilfe aus dem Dorf, notfalls mit Knüppeln!",
    "Höchste Zeit, dass endlich einer den Landrat erschießt. Freiwillige vor.",
    (
        "Alle echten Heimatfreunde: Nehmt euch die Ratsmitglieder vor, die für das Windrad "
        "gestimmt haben. Einen nach dem anderen."
    ),
    "Diese Reporterin Lena Vogt gehört aufgehängt. Ihr wisst, wo die Redaktion ist. Tut was.",
    ("Kommt alle am Freitag zur Moschee in der Uhlandstraße und verprügelt jeden, der rauskommt."),
    (
        "holt euch die bullen die den jungen festgenommen haben, einzeln, nach feierabend. keine "
        "gnade"
    ),
    (
        "Jemand sollte diesem Dr. Faber, Praxis am Markt, endlich das Handwerk legen – und zwar "
        "für immer."
    ),
    (
        "Aufruf an alle: Wer den Rabbiner auf der Straße sieht, soll ihm zeigen, dass er hier "
        "nicht erwünscht ist. Mit allem, was ihr habt."
    ),
    (
        "Die Lehrerin, die unsere Kinder umerziehen will, gehört gesteinigt. Wer wohnt in Bad "
        "Ailingen und kümmert sich drum?"
    ),
    (
        "Macht Jagd auf die Typen, die das Plakat am Rathaus gemalt haben. Fotos hab ich, "
        "Adressen besorg ich."
    ),
    (
        "Bürger von Lindenfelde, wehrt euch! Zerrt die Gemeinderäte aus dem Rathaus und "
        "verprügelt sie vor aller Augen."
    ),
    (
        "Für jeden Schiri, der uns verpfeift, sollte es ne Tracht Prügel geben. Wer ist am "
        "Sonntag dabei? 💪👊"
    ),
    (
        "Ich sag nur: Richter Hartmann geht jeden Abend um zehn mit dem Hund raus. Wer Mumm hat, "
        "weiß, was zu tun ist."
    ),
    "Geht rüber zur Turnhalle und haut die Bewohner zusammen, bevor noch was passiert!",
    "Das Pack vom Bauamt braucht eine Lektion. Wer hat Baseballschläger und Zeit am Dienstag?",
    "Jemand muss dem Journalisten Kurz die Kehle durchschneiden, sonst hört der nie auf.",
    (
        "Kameraden, sucht den Ortsbürgermeister Dietz! Er versteckt sich, aber wir finden ihn. "
        "Und dann kein Erbarmen."
    ),
    (
        "Alle Pfarrer, die Kirchenasyl geben, sollte man aus dem Dorf prügeln. Fangt mit dem von "
        "St. Marien an."
    ),
    "Zündet das Rathaus an, dann merken die da oben endlich, was los ist.",
    (
        "Wer hat noch Benzin? Das neue Heim in der Gartenstraße steht bis Montag leer. Macht es "
        "vorher platt."
    ),
    "Schmeißt der Redaktion vom Kreisblatt die Fenster ein, am liebsten gleich heute Nacht!",
    ("Die Windräder bei Uffingerode? Kabel kappen, alles lahmlegen, fertig. Jeder kann mitmachen."),
    "Die Moschee am Ring gehört abgefackelt. Wer ist dabei?",
    (
        "Zerkratzt die Autos von allen Ratsmitgliedern, die für den Haushalt gestimmt haben. Die "
        "Kennzeichen kriegt ihr per PN."
    ),
    ("leute macht das neue flüchtlingsheim kaputt bevor da einer einzieht!!! fenster türen alles"),
    (
        "Besucht mal das Wahlkreisbüro vom Abgeordneten Roth mit Farbbeuteln und "
        "Pflastersteinen. Die Adresse ist ja öffentlich."
    ),
    "Fackelt die Baustelle von Krämer Bau ab, die Bagger stehen nachts unbewacht rum.",
    (
        "Geht heut Nacht zur Polizeiwache Süd und zündet die Streifenwagen an, die stehen eh nur "
        "rum 🔥🔥"
    ),
    (
        "Die Synagoge braucht keine neue Fassade, die braucht Steine durchs Fenster. Wer ist am "
        "Wochenende dabei?"
    ),
    ("Das Vereinsheim vom FC Rot-Weiß gehört zerlegt. Nehmt Brecheisen mit und räumt da mal auf."),
    "Macht die Praxis von dem Impfarzt dicht – Scheiben ein, Türen zu, Laden kaputt.",
    (
        "Legt die Gemeindeverwaltung mal richtig lahm: Schlösser verkleben, Reifen von den "
        "Dienstwagen zerstechen, überall."
    ),
    ("Brennt das Gemeindehaus von St. Johannis nieder, da wo die ganzen Fremden versorgt werden."),
]

LOOKALIKES_DE: list[str] = [
    (
        "Das Umgehungsstraßen-Projekt gehört endlich beerdigt, das kostet nur noch Geld und "
        "bringt niemandem was."
    ),
    (
        "Ich könnte vor Wut in die Luft gehen, wenn ich lese, dass die Buslinie 14 schon wieder "
        "ausgedünnt wird."
    ),
    (
        "Der Fraktionsantrag wurde im Bauausschuss regelrecht zerrissen. Völlig zu Recht, die "
        "Zahlen waren hanebüchen."
    ),
    (
        "Wenn ich den Flickenteppich aus Schlaglöchern auf der Brückenstraße sehe, krieg ich "
        "echt die Krise 🙈"
    ),
    (
        "Der neue Haushaltsentwurf ist eine echte Bombe – im positiven Sinn. Endlich Geld für "
        "die Grundschule in Welkersdorf."
    ),
    (
        "Da hat der Kämmerer aber einen Schuss vor den Bug bekommen. Mal sehen, ob er die "
        "Gebührenerhöhung jetzt nochmal überdenkt."
    ),
    "ich schwör, wenn die nochmal an der ampelschaltung rumspielen dreh ich durch 😂",
    (
        "Der Vorschlag mit der Parkraumbewirtschaftung ist mausetot, den kann man getrost zu "
        "Grabe tragen."
    ),
    (
        "Mit dieser Rede hat sich der Ortsvorsteher selbst ins Knie geschossen. Schade, die Idee "
        "dahinter war eigentlich gut."
    ),
    (
        "Die Opposition hat ihn in der Aussprache förmlich auseinandergenommen – sachlich, aber "
        "gnadenlos."
    ),
    (
        "Mir platzt gleich der Kragen: Seit drei Wochen wurde in der Gartenstraße kein Altpapier "
        "abgeholt!"
    ),
    (
        "Der Bürgermeister soll sein Stadthallenprojekt mal schön in die Tonne treten und sich "
        "stattdessen um die Kitaplätze kümmern."
    ),
    "Des Freibad-Projekt is gstorbn, da beißt die Maus koan Faden ab. Schad drum, aber mei.",
    (
        "Wenn ick die Baustelle am Kreisel noch een Jahr ertragen muss, werd ick wahnsinnig. Det "
        "zieht sich wie Kaugummi."
    ),
    (
        "Dr Gmoiderat hot des Baugebiet am Hasenbühl abgschossa, und zwar mit Pauken und "
        "Trompeten. Guad so."
    ),
    "Wir haben die aus Hollbach 5:0 weggefegt!! Was für ein Sonntag 💪⚽",
    (
        "Der Stürmer hat den Torwart zweimal getunnelt, der arme Kerl wusste irgendwann gar "
        "nicht mehr, wo er hingucken soll."
    ),
    (
        "Unsere Handballdamen haben die Gäste nach der Pause regelrecht abgeschlachtet. 34:19, "
        "Wahnsinn!"
    ),
    "Nächste Woche geht's gegen den Tabellenführer. Die machen wir platt, Jungs!",
    (
        "Beim Boxabend in der Turnhalle hat der kleine Lenny seinen Gegner im dritten Durchgang "
        "k.o. geschlagen. Respekt, Junge!"
    ),
    "Im Derby wird's brennen, das Stadion ist ausverkauft. Ich freu mich seit Wochen drauf.",
    (
        "Der Schiri gehört heut in die Wüste geschickt, drei Elfer gegen uns und alle falsch. "
        "Aber wir ham's trotzdem gewonnen!"
    ),
    (
        "Killerinstinkt vor dem Tor, genau das hat uns letzte Saison gefehlt. Der Neue aus "
        "Brakenfeld hat ihn."
    ),
    (
        "Im Vereinsschach hab ich gestern meinen Opa in 14 Zügen mattgesetzt, jetzt will er "
        "Revanche 😄"
    ),
    (
        "Beim Tatort gestern wusste ich schon nach zehn Minuten, dass der Gärtner die Frau "
        "vergiftet hat. Trotzdem spannend bis zum Schluss."
    ),
    (
        "Im neuen Krimi von Hanne Wellbrock wird der Bürgermeister von Kaltenstein im "
        "Rathauskeller erschlagen – ich hab bis drei Uhr nachts gelesen!"
    ),
    (
        "Habt ihr schon das Krimidinner im Gasthof Linde mitgemacht? Ich war das Opfer und "
        "durfte schon beim Hauptgang sterben 😂"
    ),
    (
        "gestern beim zocken das komplette gegnerteam ausgelöscht, allein gegen fünf. bester "
        "abend seit wochen"
    ),
    (
        "Die Laienbühne Ostendorf spielt „Arsen und Spitzenhäubchen“. Die beiden Tanten "
        "vergiften wieder fleißig ältere Herren – hingehen, lohnt sich!"
    ),
    (
        "In der Theaterkritik steht, der Macbeth am Stadttheater sei blutleer. Fand ich "
        "überhaupt nicht, da floss literweise Kunstblut."
    ),
    (
        "Mein Sohn (12) will beim Werwolf-Spiel immer Werwolf sein, damit er nachts die "
        "Dorfbewohner umbringen darf. Brettspiele sind schon was Schönes."
    ),
    (
        "Für den neuen Escape Room in der Altstadt braucht ihr starke Nerven: Man muss aus einer "
        "Gefängniszelle ausbrechen, bevor der Wärter zurückkommt."
    ),
    (
        "Die Schnecken müssen weg, sonst ist vom Salat bald nichts mehr übrig. Hat jemand "
        "Erfahrung mit Bierfallen?"
    ),
    (
        "Tipp für die Gulaschsuppe: Das Fleisch erst richtig scharf anbraten und dann gnadenlos "
        "zwei Stunden schmoren lassen."
    ),
    (
        "Der Giersch im Beet ist nicht totzukriegen. Ausgerissen, ausgegraben, verflucht – er "
        "kommt immer wieder."
    ),
    (
        "Beim Nachbarn wurden heute die alten Suppenhühner geschlachtet, am Sonntag gibt's "
        "Hühnersuppe für die halbe Straße 😊"
    ),
    (
        "Zwiebeln fein hacken, Knoblauch zerquetschen, Tomaten häuten – und dann alles ab in den "
        "heißen Topf."
    ),
    (
        "Unsere alte Tanne wird nächste Woche gefällt, die ist innen komplett morsch. Tut im "
        "Herzen weh, aber es geht nicht anders."
    ),
    (
        "Wühlmäuse haben meine Tulpenzwiebeln gefressen. Jetzt wird aufgerüstet: Drahtkörbe für "
        "alles!"
    ),
    (
        "Bei der Drückjagd im Revier Buchenhain wurden am Samstag elf Wildschweine und drei Rehe "
        "erlegt. Danke an alle Treiber und Hundeführer."
    ),
    (
        "Heute früh am Mühlenteich einen 80er Hecht gefangen, nach dem Foto wieder "
        "zurückgesetzt. Petri Heil an alle!"
    ),
    (
        "Der Hegering Altenbruch sucht noch Helfer für die Kitzrettung mit der Drohne vor der "
        "Mahd. Frühes Aufstehen garantiert."
    ),
    (
        "Mein Großvater hat den Bock auf 120 Meter mit einem sauberen Blattschuss gestreckt, das "
        "Wildbret gibt's beim Schützenfest."
    ),
    (
        "Der gehört vor Gericht, und zwar schnell. Wer mit 140 durch die Ortschaft rast, kann "
        "froh sein, dass niemand gestorben ist."
    ),
    (
        "Führerschein weg, und zwar für immer. Wer betrunken in eine Bushaltestelle fährt, "
        "sollte nie wieder ans Steuer."
    ),
    (
        "Ich hoffe, die Staatsanwaltschaft nimmt sich den Fall mit den verschwundenen "
        "Vereinsgeldern genau vor. Der Kassierer muss sich verantworten."
    ),
    (
        "Wer Hunde so hält wie auf dem Hof bei Seltingen, dem gehört ein Tierhaltungsverbot. "
        "Gut, dass das Veterinäramt eingeschritten ist."
    ),
    (
        "Hoffentlich gibt's eine saftige Geldstrafe für den, der den Sperrmüll in den Stadtwald "
        "gekippt hat."
    ),
    (
        "Der Stadtrat gehört abgewählt. Bei der nächsten Kommunalwahl ist Zahltag, und zwar in "
        "der Wahlkabine."
    ),
    (
        "hoffe der typ der die parkbänke am see angezündet hat wird erwischt und muss den "
        "schaden bis auf den letzten cent zahlen"
    ),
    (
        "Die Ärztin aus dem Gesundheitsamt bekommt Drohbriefe, das ist widerlich. Man kann "
        "anderer Meinung sein, aber sowas geht gar nicht."
    ),
    (
        "Dass unser Ortsbürgermeister nach der Sitzung bedroht wurde, macht mich fassungslos. "
        "Volle Solidarität, Herr Kemmerling!"
    ),
    "Gewalt ist nie eine Lösung. Wer Rettungskräfte angreift, hat jede Grenze überschritten.",
    (
        "Ich bin Schöffin und habe nach einem Urteil einen anonymen Brief bekommen: „Wir wissen, "
        "in welchem Haus du schläfst.“ Ich habe sofort Anzeige erstattet und rate allen, das "
        "genauso zu machen."
    ),
    (
        "Meine Schwester arbeitet in der Notaufnahme und wird fast jede Nacht beschimpft oder "
        "bedroht. Leute, reißt euch zusammen."
    ),
    "@Tobi wenn du den Grill am Samstag wieder vergisst, bist du tot 😂😂",
    "Jule, ich bring dich um!! Wegen dir weiß ich jetzt schon, wie die Serie ausgeht 😤❤️",
    (
        "Wer beim Kegelabend wieder die Zeche prellt, kommt im Vereinsheim an den Pranger 😄 Gruß "
        "an die Kegelbrüder vom Goldenen Anker!"
    ),
    "Haha Micha, du bist sowas von erledigt, wenn deine Frau das Foto vom Vatertag sieht 🍻",
    "Marco, nächste Runde Doppelkopf nehm ich dich auseinander, versprochen 😏",
    (
        "Am Samstag ab 10 Uhr übt die Freiwillige Feuerwehr Dornheim an der alten Schule einen "
        "Großbrand mit mehreren Verletzten. Keine Panik, wenn ihr Rauch und Blaulicht seht!"
    ),
    (
        "Die Polizei probt am Mittwoch im Einkaufszentrum Lindenpark einen Amoklauf-Einsatz. Das "
        "Zentrum bleibt bis 14 Uhr geschlossen, die Anwohner wurden informiert."
    ),
    (
        "Hab als Verletztendarstellerin bei der Katastrophenschutzübung mitgemacht, mit "
        "geschminkter Platzwunde und allem. Die Sanis waren super!"
    ),
    (
        "Respekt an die Kameraden von der Wehr in Hessenrode, die Übung mit dem brennenden "
        "Linienbus war realistisch wie nie."
    ),
    (
        "Warum wurde bei der Polizeiübung am Bahnhof eigentlich mit Platzpatronen geschossen? "
        "Ich hab mich ganz schön erschrocken, das hätte man besser ankündigen können."
    ),
    (
        "Die alte Zuckerfabrik wird am Sonntag um 11 Uhr gesprengt. Der Sperrkreis beginnt an "
        "der Kanalstraße, bitte Fenster geschlossen halten."
    ),
    "Endlich wird die Brandruine in der Mühlgasse abgerissen. Hat lange genug gedauert.",
    (
        "Die Feuerwehr brennt am Donnerstag das baufällige Fachwerkhaus am Ortsrand kontrolliert "
        "ab, als Übung. Schaulustige bitte Abstand halten."
    ),
    (
        "Die Fliegerbombe auf der Baustelle in der Weststadt musste kontrolliert gesprengt "
        "werden. Danke an den Kampfmittelräumdienst, ihr habt einen Wahnsinnsjob!"
    ),
    (
        "Die Naturschutzstation brennt die Heide bei Wolfsried wieder gezielt ab, damit sie "
        "nicht verbuscht. Sieht dramatisch aus, ist aber gewollt."
    ),
    (
        "Wir treffen uns am Samstag um 12 Uhr vorm Rathaus und machen Lärm gegen die Schließung "
        "der Geburtsstation. Trillerpfeifen mitbringen, friedlich bleiben!"
    ),
    (
        "Mahnwache für den Erhalt des Hallenbads: Freitag 18 Uhr, Marktplatz Grünfelde. Kerzen "
        "und Transparente sind willkommen."
    ),
    (
        "Wir werden den Gemeinderat so lange belagern, bis die Schulbusfrage geklärt ist – mit "
        "Unterschriftenlisten, Anfragen in jeder Bürgerfragestunde und Leserbriefen."
    ),
    (
        "Traktorkorso am Montag durch die Innenstadt, angemeldet und genehmigt. Wir wollen "
        "gehört werden, nicht den Verkehr lahmlegen."
    ),
    (
        "Ich weiß, wo unser Bürgermeister wohnt – er hat uns ja zum Sommerfest in seinen Garten "
        "eingeladen. Lindenweg 4, gleich hinter der Kirche, falls noch jemand Salat mitbringen "
        "will."
    ),
    (
        "Für alle, die zum Sommerkonzert wollen: Parkt am Friedhof, dann die Treppe hoch und "
        "links am Haus von Pfarrer Bellmann vorbei, da ist der Eingang zum Pfarrgarten."
    ),
    (
        "Für die Fahrgemeinschaft zum Elternabend: Ich hol euch um 18:45 an der Ecke "
        "Birkenallee/Schulstraße ab, silberner Kombi, ich hup zweimal."
    ),
    (
        "Pass auf dich auf, Oma Gerda, die Straße nach Eichendorf ist heut früh spiegelglatt. "
        "Bleib lieber daheim!"
    ),
    (
        "Achtung an alle Radfahrer: In der Unterführung Bahnhofstraße liegen überall "
        "Glasscherben. Das kann böse enden, lieber schieben."
    ),
    (
        "Geht bei dem Hochwasser bitte nicht zum Gucken an den Damm. Das ist lebensgefährlich, "
        "und die Feuerwehr hat genug zu tun."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Cllr Prendergast has now missed four of the last six planning meetings and still voted "
        "on the Millbrook Lane scheme. Either turn up or stand down."
    ),
    (
        "so the council can find £80k for a new logo but not for gritting the school road. "
        "unreal. ill be voting them out in may"
    ),
    (
        "Another week, another 'lessons will be learned' statement from Ashcombe Police. They "
        "never are. The chief constable should resign."
    ),
    (
        "Genuinely embarrassing reporting from the Courier here. You've copied the developer's "
        "press release verbatim and passed it off as news."
    ),
    (
        "Boycott Harlan Water until they stop pumping sewage into the Tamsey. Their bosses took "
        "bonuses while we couldn't let the kids paddle all summer."
    ),
    (
        "Ref was a disgrace on Saturday, three penalty shouts turned down and he booked our "
        "keeper for time wasting in the 60th minute. Complaint going in to the county FA."
    ),
    (
        "With respect to the Board of Governors, closing St Bride's without a single public "
        "meeting is not consultation, it is a fait accompli. Parents will be at the Guildhall on "
        "Thursday."
    ),
    (
        "Wee bit rich for the council to lecture us about recycling when their own bins at the "
        "Kelvinhaugh depot are overflowing. Sort yer own house out first."
    ),
    (
        "Hospital parking is now £4.20 an hour at Westmere General. Sick people and their "
        "families being used as a cash cow. I've written to my MP, you should too."
    ),
    (
        "Oh brilliant, ANOTHER consultation on the bypass. That's the fifth since 2016. Wake me "
        "up when someone actually makes a decision."
    ),
    (
        "The chairman has run Dunmore Rovers into the ground. Supporters' trust meeting Tuesday "
        "7pm at the Railway Tavern, come and back the vote of no confidence."
    ),
    (
        "Cllr Okafor promised us a zebra crossing outside Hollins Primary in her leaflet. Two "
        "years on, nothing. She won't be getting my vote again."
    ),
    (
        "Why has the Gazette closed comments on the bin strike story but left them open on the "
        "dog show? Bit convenient."
    ),
    (
        "The Gardaí in Ballykeel are never there when you need them. Rang three times about the "
        "joyriders on the green and not one car sent out. Disgraceful."
    ),
    (
        "Fourteen months of temporary lights on Station Road for a job that was meant to take "
        "six weeks. Whoever signed off on Corvan Utilities' contract needs to explain themselves "
        "at full council."
    ),
    (
        "Shameful decision by the planning committee. They ignored 900 objections and the parish "
        "council's own report. Judicial review fund is on the village noticeboard if anyone "
        "wants to chip in."
    ),
    "lol the mayor cutting a ribbon at a library he voted to close last year. the neck on him",
    (
        "Season ticket holder for 31 years and I'm not renewing. £45 for a category B game and a "
        "pie that's cold in the middle. The board have lost touch completely."
    ),
    (
        "Sorry but the diocese handled this terribly. Parishioners found out about the sale of "
        "St Columba's hall from a planning notice cable-tied to a lamp post. Not good enough."
    ),
    (
        "Council tax up 5% again and the potholes on Tanner's Hill are big enough to lose a "
        "Fiesta in. Where is the money going? Publish the accounts."
    ),
    (
        "Councillor Whitlock should do the decent thing and resign. Voting on your "
        "brother-in-law's application is a textbook conflict of interest, whatever the "
        "monitoring officer says."
    ),
    (
        "Protest outside County Hall Saturday 11am against the closure of the minor injuries "
        "unit. Bring placards, bring your nan, bring everyone. Peaceful and loud."
    ),
    (
        "Quick reminder that Brackley Homes still haven't built the playground they promised as "
        "a condition of the Orchard Fields estate. I've complained to the ombudsman, please do "
        "the same."
    ),
    (
        "This paper once asked the council awkward questions. Now it's half adverts and half "
        "'top 10 chippies'. Cancelled my subscription."
    ),
    "Our PCC spent more on a rebrand than on rural patrols. Vote every last one out come May.",
]

MINORITIES_EN: list[str] = [
    (
        "Lovely to see the Pride picnic in Fenwick Park so busy this year. Loads of families, "
        "great weather, no bother at all."
    ),
    (
        "The gurdwara on Albion Street does a free langar every Sunday and anyone can go. Had "
        "the best dal of my life there."
    ),
    (
        "My neighbours are Polish and they've only ever been kind, they cleared my drive every "
        "morning when I had my hip done."
    ),
    (
        "Congratulations to Rabbi Feldman on 25 years at Hartside synagogue. He has done a great "
        "deal for interfaith work in this town."
    ),
    (
        "The mosque on Canal Street had its open day on Saturday, we went with the kids, got "
        "shown round and given tea. Really welcoming."
    ),
    (
        "Being trans isn't a threat to anyone. My colleague transitioned last year and the only "
        "thing that changed is her name on the rota."
    ),
    (
        "Refugees staying at the old Crown Hotel have been helping out at the food bank on "
        "Tuesdays. Fair play to them."
    ),
    (
        "As the parent of an autistic lad, thank you to Morland Leisure Centre for the quiet "
        "swim sessions. He actually enjoyed it for once."
    ),
    (
        "Not every Traveller is a criminal, same as not every settled person is. The family at "
        "Caddock Lane have been on that site 20 years without any trouble."
    ),
    (
        "Diwali lights on the high street were gorgeous this year, nice that the temple "
        "committee and the traders worked on it together."
    ),
    (
        "Muslim families in this town raised £14k for the hospice last Ramadan. Maybe remember "
        "that next time someone moans about them on here."
    ),
    (
        "Well done to Kemi Adeyinka, first Black British woman to captain the county cricket "
        "side. Thoroughly deserved."
    ),
    (
        "The wheelchair access at the new station is brilliant, credit where it's due. Took my "
        "mam up in the lift with no bother."
    ),
    (
        "romanian shop on dale road is great, the bread is unreal and the owner always asks "
        "after my dog"
    ),
    (
        "Two dads at the school gate isn't 'an agenda', it's just a family picking up their "
        "kids. Get a grip."
    ),
    (
        "Lived next to the Jewish cemetery all my life and the vandalism last week is not who we "
        "are. Volunteers are meeting Sunday morning to clean up, all welcome."
    ),
    (
        "Lesbian and gay couples have been getting married at St Aidan's since the congregation "
        "voted for it, and the roof hasn't fallen in yet."
    ),
    (
        "Asylum seekers generally aren't allowed to work while their claims are processed, so "
        "'they should get a job' isn't really an option. Worth knowing the facts before posting."
    ),
    (
        "deaf club at the community centre is looking for volunteers who can sign or want to "
        "learn, proper good bunch"
    ),
    (
        "Our new GP is a Sikh lady, Dr Kaur, and honestly she's the first doctor in years who "
        "has actually listened."
    ),
    (
        "The Ukrainian families in the village have joined the choir and the bowls club. Nice to "
        "see them settling in."
    ),
    (
        "Reading some comments here about Gypsy and Traveller families, I'd remind people "
        "they're a recognised ethnic group and deserve the same respect as anybody else."
    ),
    (
        "Nobody is 'replacing' anyone. My grandad came over from Jamaica in 1961 and drove buses "
        "in this town for 35 years."
    ),
    (
        "Great piece on the trans youth group at the library. Kids need somewhere safe to be "
        "themselves."
    ),
    (
        "Brilliant turnout at the Eid fun day on the rec, the bouncy castle queue was longer "
        "than the one at Greggs."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Haddow drives a grey Qashqai and leaves the Lime Street office about half "
        "five every night. Just saying. Long dark road home."
    ),
    (
        "That ref lives out Broadmere way doesn't he. Hope his kids enjoy the walk to school "
        "this week, be a shame if anything happened."
    ),
    "Funny how old houses like the editor's go up so easily. Faulty wiring, they'll say.",
    (
        "Tell Mr Garrity from planning he's being watched. Gym Monday, Wednesday, Friday at 6, "
        "home by 8. Nice little routine he's got."
    ),
    "Anyone who signed off on that hotel might want to keep their curtains closed from now on.",
    (
        "the landlord of the Anchor wants to be careful on them cellar stairs, lots of accidents "
        "happen to grasses round here"
    ),
    (
        "Wonder if PC Ellery knows his missus leaves the car in the same bay outside Tesco every "
        "Thursday. Things go missing. People go missing."
    ),
    "Nice bungalow the councillor's got on Sorrel Close. Lot of glass. Be a pity.",
    (
        "Pass on a message to the head at Fairlawn: her daughter's netball finishes at 4 on a "
        "Tuesday. We'll be about."
    ),
    "Lovely quiet street the imam lives on. Nights are drawing in though, aren't they.",
    "If they put that mast on the green, whoever installs it will be leaving in an ambulance.",
    (
        "Shut down our school and Cllr Bryce will get what's coming, I swear, and I don't mean "
        "at the ballot box."
    ),
    (
        "If the ref hands us another decision like Saturday's, he's not getting back to his car "
        "with all his teeth."
    ),
    "Any more of them moved into the Lakeside Hotel and people will get hurt, simple as that.",
    (
        "If this gets approved the developer better hire good security, because his site office "
        "is going up in flames and him with it."
    ),
    "Put my name in your rag one more time and I'll break your reporter's jaw.",
    (
        "should the council tow my van again ill be waiting at the depot with a bat for whoever "
        "done it"
    ),
    (
        "If the police won't deal with the lad who keeps robbing the shop, we'll sort him out "
        "ourselves and he'll never walk again."
    ),
    "I'm going to hurt Councillor Mayhew. Not a joke. I'm done talking.",
    "Tomorrow I'm heading down to the Riverside surgery to smash that receptionist's face in.",
    "im gonna stab the next traffic warden who tickets me on Brook St, mark my words",
    "I will find the referee from Saturday's match and I will put him in hospital.",
    (
        "Everyone down to the civic centre first thing Monday and drag Hollis out by his collar. "
        "Kick him senseless, he's earned it."
    ),
    "Somebody needs to go round to that solicitor's place and batter him. Who's with me?",
    (
        "Lads, meet at the retail park Saturday and we'll sort out the men in that hotel once "
        "and for all. Bring whatever you've got."
    ),
    (
        "Next time the away fans come through the station, fill them in. Don't leave a single "
        "one standing."
    ),
    "Burn the council depot to the ground, nothing else gets through to that lot.",
    (
        "Somebody go and put through all the windows of the Kestrel Homes show home tonight. "
        "Bricks are cheap."
    ),
    (
        "Torch the new speed cameras on the bypass, every one of them, and do the cars of "
        "whoever put them up as well."
    ),
    (
        "Get down to the old Crown Hotel tonight and set it alight, nobody can be housed in a "
        "burnt-out shell."
    ),
]

LOOKALIKES_EN: list[str] = [
    (
        "We absolutely murdered them 4-0 on Saturday. Dunmore's back four should be done for "
        "loitering."
    ),
    "I'd literally kill to get a decent bus service out to Hebden Moor.",
    (
        "Tip for the harvest fair bake-off: beat the eggs to within an inch of their life and "
        "the sponge comes out lovely and light."
    ),
    (
        "If Cllr Rafferty votes for the incinerator, we'll see to it that he loses his seat in "
        "May. Leaflets going out this week."
    ),
    (
        "Received a letter threatening to burn my house down after I objected to the quarry. "
        "Police have it and a man has been arrested. Thanks to everyone who checked on me."
    ),
    (
        "Whoever attacked the lollipop lady on Crane Street ought to be ashamed. There's no "
        "excuse for violence, hope they're caught quickly."
    ),
    (
        "Chop the rhubarb right down to the crown and smother it in manure this autumn, it'll "
        "come back with a vengeance."
    ),
    (
        "Our Sunday league keeper got an absolute battering after half-time, conceded six. "
        "Buying him a pint to drown his sorrows."
    ),
    (
        "If the bins aren't collected by Friday I'm reporting it to the ombudsman and our MP. "
        "Enough is enough."
    ),
    (
        "Peaceful vigil outside St Oswald's hospital Friday at 6. Candles provided, no placards "
        "please, just yourselves."
    ),
    (
        "For anyone dropping off donations for the flood victims, I'm at 14 Rowan Terrace, leave "
        "them in the porch and I'll run them down to the church hall."
    ),
    (
        "My nephew's been up all night blowing up bridges and torching villages on that Viking "
        "game. Kids these days."
    ),
    (
        "The Harriers will be out for blood after last week, big derby Saturday so get "
        "yourselves down to the ground!"
    ),
    "Knock 'em dead at the panto tonight Year 6! Break a leg x",
    (
        "Someone put a brick through the window of the Polish deli on Market Street. Absolutely "
        "disgusting. There's a fundraiser to fix it, link on the deli's page."
    ),
    (
        "Councillor Ames holds his surgery at 22 Market Place on the first Saturday of the month "
        "if you want to hand your objection in person. He's actually good at replying."
    ),
    (
        "Their centre half went through our winger like a combine harvester. Should've been a "
        "straight red all day long."
    ),
    (
        "If you're not at the residents' meeting tonight, don't moan when the gym gets built on "
        "the allotments."
    ),
    "Shot the old viaduct for the camera club competition, came out lovely in the golden hour.",
    (
        "The planning officer is going to get crucified at the parish meeting, the whole village "
        "is fuming. Bring your questions."
    ),
    "my mam will actually murder me if i miss the school bus again lol",
    (
        "The bonfire at the cricket field was massive this year, well done to the Round Table "
        "for organising and to the fire brigade for keeping an eye on it."
    ),
    (
        "Anyone threatening staff at the hospital should be prosecuted, no exceptions. The "
        "nurses in A&E don't deserve that."
    ),
    (
        "Got a set of proper knives for my birthday so finally had a go at butchering a whole "
        "chicken. Result, and enough stock for a week."
    ),
    "We're gonna bury Kelso Town on Saturday, they've not won away since September.",
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
