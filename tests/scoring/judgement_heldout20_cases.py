"""A twentieth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 117
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
to prefer unusual but natural wording. It was written for the next candidate (M7) and committed
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
        "Der Gemeinderat von Hollweiler hat die Sanierung der Turnhalle inzwischen dreimal "
        "verschoben. Wer das noch ernst nimmt, dem ist nicht zu helfen. Bei der nächsten "
        "Kommunalwahl bekommen die meine Stimme garantiert nicht."
    ),
    (
        "Bürgermeister Reinhold Kessler sollte endlich seinen Hut nehmen. Acht Jahre Stillstand "
        "reichen."
    ),
    (
        "Linie 14 fällt schon wieder aus und die Verkehrsbetriebe schreiben 'betriebliche "
        "Gründe'. Ich zahl 58 Euro im Monat für ein Ticket, mit dem ich morgens im Regen stehe."
    ),
    (
        "Schön, dass die Stadtverwaltung jetzt ein Imagevideo für 40.000 Euro drehen lässt. Die "
        "Schlaglöcher in der Brunnenstraße filmen die vermutlich nicht."
    ),
    (
        "hab beim ordnungsamt dreimal angerufen wegen der kaputten ampel, keiner ruft zurück. so "
        "läuft das hier."
    ),
    (
        "Ich verlange, dass unabhängig untersucht wird, wie dieser Grundstücksdeal am Mühlbach "
        "zustande gekommen ist. Da stinkt was gewaltig."
    ),
    (
        "Liebe Redaktion, den Artikel hätten die Stadtwerke fast wortgleich selbst schreiben "
        "können. Wo ist da die kritische Nachfrage?"
    ),
    (
        "Die Klinikleitung spart die Notaufnahme kaputt und wundert sich über Wartezeiten von "
        "sechs Stunden. Das ist keine Schicksalsfügung, das ist Managementversagen."
    ),
    "Die ganze Fraktion ist beim Hallenbad umgefallen. Abwählen, und zwar geschlossen.",
    "Wo isch eigentlich des Geld für de Radweg nach Oberried hin? Versproche war er scho 2019.",
    (
        "Typisch Landratsamt: erst die Kita-Gebühren erhöhen, dann eine Feierstunde für die "
        "'familienfreundliche Region' abhalten. Satire schreibt sich hier von selbst."
    ),
    (
        "Gegen den Bauamtsleiter habe ich Dienstaufsichtsbeschwerde eingereicht. Wer Bauanträge "
        "zwei Jahre liegen lässt, muss sich erklären."
    ),
    (
        "Peinlich, einfach nur peinlich, wie die Stadt das Weinfest organisiert hat. Keine "
        "Toiletten, kein Schatten, aber Hauptsache das Sponsorenbanner hängt gerade."
    ),
    (
        "Wohnungsbaugesellschaft kassiert Mieterhöhung, Schimmel bleibt. Ich hoffe, der "
        "Mieterverein zieht vor Gericht."
    ),
    (
        "Die Polizeiführung soll offenlegen, warum bei der Demo am Samstag niemand eingegriffen "
        "hat. Schönreden hilft keinem."
    ),
    (
        "Herr Oberbürgermeister, bezahlbaren Wohnraum hatten Sie uns im Wahlkampf versprochen. "
        "Bisher sehe ich nur Luxuslofts am Hafen."
    ),
    "Für mich ist die Partei nach dieser Abstimmung erledigt.",
    (
        "Der Vereinsvorstand vom TSV hat die Jugendabteilung jahrelang verhungern lassen und "
        "jetzt jammert man über fehlenden Nachwuchs. Rücktritt wäre das Mindeste."
    ),
    (
        "Wieso erfährt man von der Schließung der Hauptschule aus der Zeitung und nicht vom "
        "Schulamt? Elternbeteiligung sieht anders aus."
    ),
    (
        "Bravo, Stadtrat. 300 neue Parkplätze am Rand, während die Innenstadt ausstirbt. Wer hat "
        "euch eigentlich beraten, ein Würfel?"
    ),
    (
        "Das Bistum hat die Missbrauchsakten jahrelang zurückgehalten. Nach 40 Jahren "
        "Mitgliedschaft bin ich ausgetreten und bereue nichts."
    ),
    (
        "Das Pflegeheim am Lindenhof ist chronisch unterbesetzt, meine Mutter lag stundenlang "
        "ohne Hilfe. Die Heimaufsicht muss da endlich unangemeldet rein."
    ),
    (
        "Zeitung hat wieder mal nur die Seite der Investoren gebracht. Ausgewogen geht anders, "
        "Abo ist gekündigt."
    ),
    (
        "Wer bei der Müllabfuhr den neuen Abholplan ausgeheckt hat, war noch nie in Kleinfeldern. "
        "Zwei Wochen Gestank im Hof, danke auch."
    ),
    (
        "Ganz ehrlich: Die Ausschreibung für die Brücke war von vornherein auf eine Firma "
        "zugeschnitten. Damit muss sich der Rechnungsprüfungsausschuss befassen."
    ),
    (
        "Ich habe nichts gegen Sparen, aber die Stadtbücherei zu schließen und gleichzeitig den "
        "Dienstwagen aufzurüsten, ist schlicht dreist."
    ),
    (
        "Die Bürgerinitiative sammelt Unterschriften, um per Bürgerbegehren das Gewerbegebiet zu "
        "stoppen. Unterschreibt, bevor die nächste Wiese zubetoniert wird!"
    ),
    (
        "Sechs Monate für einen Personalausweis-Termin im Bürgerbüro. Digitalisierung auf "
        "Kreisebene, made in 1987."
    ),
    (
        "Der Landrat redet von Transparenz und lässt die Sitzung nichtöffentlich laufen. Merkt "
        "ihr selbst, oder?"
    ),
    (
        "Die Stadtwerke erhöhen die Fernwärme um 38 Prozent und der Aufsichtsrat nickt. Ich werde "
        "mich der Sammelklage der Verbraucherzentrale anschließen."
    ),
    (
        "Sorry, aber das ist Murks. Wer Radwege zwischen parkenden Autos und Straßenbahnschienen "
        "plant, ist nie selbst Fahrrad gefahren."
    ),
    (
        "Gut recherchiert, aber warum fehlt die Stellungnahme der Opposition? Die hat im "
        "Ausschuss als einzige dagegen gestimmt."
    ),
    (
        "Wenn die Kämmerin die Haushaltszahlen nicht erklären kann, sollte sie zurücktreten. So "
        "einfach ist das."
    ),
    "Fünf Jahre Baustelle am Bahnhof Nord, null Fortschritt. Die Bahn sollte sich schämen.",
    (
        "mir langts. der kreistag beschließt seit jahren nur prüfaufträge und nix passiert. im "
        "mai wähl ich die anderen"
    ),
    (
        "Wie kann ein Krankenhausträger Gewinne ausschütten und gleichzeitig die Geburtsstation "
        "schließen? Ein Skandal, und die Landesregierung sieht tatenlos zu."
    ),
    (
        "Ironie an: Toll, dass das neue Rathaus nur doppelt so teuer wurde wie geplant. Ironie "
        "aus. Wer haftet eigentlich dafür?"
    ),
    (
        "Der Ortsvorsteher hat die Anwohner zur Infoveranstaltung eingeladen – am Dienstag um 14 "
        "Uhr. Wer arbeitet, soll offenbar nicht mitreden."
    ),
    (
        "Unverschämt, wie der Energieversorger seine Kunden mit Schreiben ohne Ansprechpartner "
        "abspeist. Ab zur Schlichtungsstelle."
    ),
    (
        "Das Jugendamt hat da eindeutig versagt, und das muss aufgearbeitet werden, personelle "
        "Konsequenzen eingeschlossen."
    ),
    (
        "Kommt nur mir das so vor, oder berichtet ihr über den Fußballverein immer dann besonders "
        "freundlich, wenn der Präsident eine Anzeige geschaltet hat?"
    ),
    (
        "Die Schulleitung hat auf die Beschwerden der Eltern monatelang nicht reagiert. Jetzt ist "
        "das Kind in den Brunnen gefallen. Das Kultusministerium muss prüfen."
    ),
    (
        "Null Punkte für die Gemeinde. Das Freibad bleibt zu, weil man die Rettungsschwimmer "
        "nicht rechtzeitig gesucht hat."
    ),
    (
        "Na, dann gratuliere ich der Verwaltung zum Titel 'fahrradfreundliche Kommune'. Bei uns "
        "in der Ahornallee ist der Radweg seit Herbst ein Bällebad aus Scherben."
    ),
    (
        "Der Investor hat versprochen, 30 Prozent Sozialwohnungen zu bauen. Übrig geblieben sind "
        "acht. Der Stadtrat hätte das vertraglich absichern müssen – hat er aber nicht."
    ),
    (
        "Abwahlantrag jetzt! Wer bei der Kreisumlage so trickst, hat bei den Bürgern jedes "
        "Vertrauen verspielt."
    ),
    (
        "Unsere Feuerwehr fährt noch immer das Löschfahrzeug von 1994, während der Kreisverkehr "
        "am Ortseingang eine Bronzeskulptur kriegt. Prioritäten, Leute."
    ),
    (
        "Ob man die Grünen im Rat nun mag oder nicht, diese Baumfällaktion ohne Bürgerbeteiligung "
        "war ein Fehler, den sie zu verantworten haben."
    ),
    (
        "So ein Quatsch, das Parkhaus an Private zu verkaufen. In zehn Jahren zahlen wir drei "
        "Euro die Stunde und die Stadt hat nichts mehr zu sagen."
    ),
    (
        "Die Redaktion hätte den Namen des Gutachters nennen müssen, der gleichzeitig für den "
        "Bauträger arbeitet. Das ist doch der eigentliche Punkt."
    ),
    (
        "Ich schreibe heute noch dem Petitionsausschuss des Landtags. Diese Ortsumgehung durch "
        "das Naturschutzgebiet darf so nicht kommen."
    ),
    "Kurz gesagt: planlos, teuer, bürgerfern.",
    (
        "Mei, die Gemeinde hätt halt amal die Anlieger fragen können, bevor's die Straße sperrt. "
        "Jetzt is der Bäcker pleite."
    ),
    (
        "Was der Kirchenvorstand mit dem Gemeindehaus macht, ist eine Ohrfeige für alle "
        "Ehrenamtlichen. Verkaufen an den Meistbietenden, ohne ein einziges Gespräch."
    ),
    (
        "Ich halte die Aussage des Polizeisprechers für schlicht falsch. Es gibt Videos, die "
        "zeigen etwas anderes. Da muss die Staatsanwaltschaft ermitteln."
    ),
    (
        "Wie der Landkreis die Containerunterkunft neben der Sporthalle durchgedrückt hat, ohne "
        "Vereine und Anwohner zu informieren, ist schlechter Stil. Die Geflüchteten können nichts "
        "dafür, die Verwaltung schon."
    ),
    (
        "Das Sozialamt lässt Leute monatelang auf Wohngeld warten. Ich habe Untätigkeitsklage "
        "erhoben, anders geht es offenbar nicht."
    ),
    (
        "Hauptsache Pressefoto mit Spaten. Der Kindergarten, für den der Spatenstich war, ist bis "
        "heute nicht gebaut."
    ),
    (
        "Die Kassenprüfer sollen bitte offenlegen, wohin die Spenden vom Heimatverein geflossen "
        "sind. Bis das geklärt ist, gehört der Vorstand nicht wiedergewählt."
    ),
    (
        "Wieder eine Sitzung, wieder vertagt. Man fragt sich, wofür die Ratsmitglieder eigentlich "
        "Sitzungsgeld bekommen."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Der CSD in Lindenau war dieses Jahr größer denn je. Schön zu sehen, wie viele Familien "
        "ihre Kinder mitgebracht hatten."
    ),
    (
        "Ich war in der Gartenstraße, die Moschee hatte zum Kennenlernen geöffnet: sehr "
        "herzlicher Empfang und der Tee war hervorragend."
    ),
    (
        "Nein, Geflüchtete bekommen nicht mehr Geld als Rentner. Die Zahlen stehen im Artikel, "
        "man muss sie nur lesen."
    ),
    (
        "Meine Nachbarn kommen aus Syrien und haben beim Umzug mehr angepackt als die halbe "
        "Hausgemeinschaft."
    ),
    (
        "Die jüdische Gemeinde veranstaltet am Sonntag einen Chanukka-Basar. Wer noch Geschenke "
        "sucht: Das Gebäck dort ist legendär."
    ),
    (
        "Hört auf, alle Muslime für die Tat eines Einzelnen verantwortlich zu machen. Das ist "
        "genau das, was der Täter wollte."
    ),
    (
        "Als Rollstuhlfahrerin bin ich überglücklich, dass der Bahnhof jetzt einen Aufzug hat. "
        "Endlich komme ich ohne Hilfe zum Gleis 3."
    ),
    (
        "Die Stadt sollte aus meiner Sicht die Sprachkurse für Geflüchtete besser auf die "
        "Arbeitszeiten abstimmen. Viele wollen arbeiten und lernen, schaffen aber nicht beides um "
        "10 Uhr vormittags."
    ),
    (
        "wer glaubt dass sinti und roma 'nicht arbeiten wollen', sollte mal mit Herrn Weiß von "
        "der Schreinerei am Marktplatz reden. familienbetrieb seit vier generationen."
    ),
    (
        "Zur Diskussion weiter oben: Von trans Menschen geht auf der Damentoilette keine Gefahr "
        "aus. Sie wollen einfach nur aufs Klo wie alle anderen."
    ),
    (
        "Die Tafel in Bergheim wird zur Hälfte von Ehrenamtlichen mit türkischen Wurzeln "
        "getragen, auch das gehört mal erwähnt."
    ),
    (
        "Herzlichen Glückwunsch an die Frauenmannschaft vom SV Eichtal zum Aufstieg! Mehr "
        "Zuschauer hätten die verdient."
    ),
    (
        "Mein Opa ist 91 und geht jeden Mittwoch in den Seniorentreff an der Kirche. Das Angebot "
        "ist Gold wert, bitte nicht kürzen."
    ),
    (
        "Schade, dass in der Kommentarspalte wieder so viel Hass auf Ukrainer abgeladen wird. Die "
        "Frauen in unserem Dorf arbeiten in Pflege und Kita, wo sonst niemand zu finden war."
    ),
    (
        "Polnische Kollegen auf der Baustelle? Ich hab mit vielen gearbeitet, zuverlässiger "
        "geht's kaum."
    ),
    (
        "Ich bin selbst Christin und begrüße es, dass unsere Pfarrei den Saal im Pfarrheim für "
        "das muslimische Fastenbrechen zur Verfügung stellt."
    ),
    (
        "Die afghanische Bäckerei in der Schillerstraße hat das beste Fladenbrot der Stadt. "
        "Gestern um halb acht schon ausverkauft."
    ),
    (
        "Das mit der Unterkunft in der ehemaligen Kaserne sehe ich kritisch, 400 Menschen an "
        "einem Ort ist für Integration einfach zu viel. Kleinere, verteilte Wohnungen wären für "
        "alle Seiten besser."
    ),
    (
        "Zwei Männer, die seit 30 Jahren zusammen sind, heiraten im Rathaus Weidental – eine "
        "wunderschöne Geschichte. Alles Gute euch beiden!"
    ),
    (
        "Antisemitismus beginnt lange vor einem Anschlag, nämlich bei Sprüchen wie denen, die "
        "hier gestern standen. Und danke, liebe Redaktion, fürs Löschen."
    ),
    (
        "Die Behindertenwerkstatt am Sonnenhang verkauft zu Ostern wieder Holzspielzeug. Ich "
        "kaufe da seit Jahren, die Qualität ist top."
    ),
    (
        "Ne, an der Wohnungsnot sind nicht 'die Ausländer' schuld. Die Stadt hat zwanzig Jahre "
        "lang keine Sozialwohnungen gebaut."
    ),
    (
        "Ich fände eine Obergrenze für neue Zuweisungen in unserem Landkreis sinnvoll, solange "
        "die Schulen schon voll sind. Das ist keine Ablehnung von Menschen, sondern eine Frage "
        "der Kapazitäten."
    ),
    (
        "Schöner Bericht über das Roma-Kulturfest auf dem Kirchplatz. Die Musik war großartig, "
        "das Wetter leider weniger."
    ),
    (
        "Den Kommentar über 'nutzlose Alte' weiter oben finde ich respektlos. Ältere Leute haben "
        "dieses Land aufgebaut und tragen heute noch die Hälfte aller Ehrenämter."
    ),
    (
        "Meine Tochter, die trans ist, hat in der Theater-AG am Gymnasium endlich Freunde "
        "gefunden. Danke an die Lehrerinnen, die das möglich gemacht haben."
    ),
    (
        "Der türkisch-islamische Kulturverein hat während des Hochwassers Sandsäcke gefüllt und "
        "Suppe verteilt. Sowas vergisst man nicht."
    ),
    (
        "Ich verstehe die Sorge wegen des Moscheebaus am Ortsrand, aber der Bauantrag ist "
        "rechtlich sauber. Religionsfreiheit gilt auch für Muslime, genauso wie für unsere "
        "Kapelle."
    ),
    (
        "Frauen in Führungspositionen bei der Feuerwehr? Bei uns in Rottach ist die Kommandantin "
        "seit fünf Jahren im Amt und macht einen super Job."
    ),
    (
        "Syrische Ärzte halten in unserem Kreiskrankenhaus die Nachtschichten am Laufen. Gäbe es "
        "sie nicht, wäre die Innere längst dicht."
    ),
    (
        "Das Gerücht, die Geflüchteten aus der Turnhalle hätten den Fahrradkeller aufgebrochen, "
        "stimmt nicht. Die Polizei hat den Täter gefasst, einen Mann aus dem Nachbarort."
    ),
    (
        "Wie schön, dass die Lesben- und Schwulenberatung jetzt feste Räume im Bürgerhaus hat. "
        "War lange überfällig."
    ),
    (
        "Gehörlose Menschen können beim Bürgeramt ab März einen Gebärdendolmetscher buchen. "
        "Kleine Sache, große Wirkung."
    ),
    (
        "Servus, ich find's prima, dass beim Volksfest heuer auch ein ukrainischer Chor auftritt. "
        "Die ham gestern bei der Probe die ganze Halle zum Schweigen gebracht."
    ),
    (
        "Jeder Mensch, der hier Schutz sucht, hat das Recht auf ein faires Asylverfahren. Das "
        "steht im Grundgesetz und ist kein Gnadenakt."
    ),
    (
        "Als Jüdin habe ich meine Kette in dieser Stadt lange nicht offen getragen. Nach der "
        "Mahnwache letzte Woche tue ich es wieder. Allen, die da waren: danke."
    ),
    (
        "Der Inklusionslauf am Seeufer war ein Riesenspaß, mein Bruder mit Downsyndrom hat sich "
        "die Medaille gleich umgehängt und nicht mehr abgenommen."
    ),
    (
        "Kleine Korrektur zum Artikel: Das Zuckerfest ist kein 'muslimisches Weihnachten', "
        "sondern das Ende des Ramadan."
    ),
    (
        "Die polnische Mission feiert ihre Sonntagsmesse jetzt in St. Ursula, die Kirche ist "
        "endlich wieder voll."
    ),
    (
        "Nicht jede Frau, die Kopftuch trägt, wird dazu gezwungen. Frag doch einfach mal eine, "
        "statt über sie zu reden."
    ),
    (
        "Mein Kollege aus Kabul ist seit drei Jahren Busfahrer auf der Linie 7 und hat mehr "
        "Geduld mit den Schulkindern als ich je hätte."
    ),
    (
        "Ich halte die Bezahlkarte für Asylbewerber für bürokratischen Unsinn, der mehr kostet "
        "als er bringt. Aber darüber kann man sachlich streiten."
    ),
    "Von der Regenbogenfahne am Rathaus fühlt sich nur gestört, wer sich gestört fühlen will.",
    (
        "Pflegeheim Am Birkenweg organisiert einen Tanznachmittag mit Bewohnern und Kita-Kindern. "
        "Meine Oma war hinterher völlig aufgekratzt, im besten Sinne."
    ),
    "Zum Thema 'Roma klauen': Ein uraltes Vorurteil, das durch Wiederholen nicht wahrer wird.",
    (
        "dass die türkischen gemüsehändler auf dem wochenmarkt samstags bis zum schluss bleiben, "
        "rettet mir jede woche den einkauf"
    ),
    (
        "Ich bin Muslim, Schöffe am Amtsgericht und Trainer der F-Jugend. Ich hoffe, das "
        "beantwortet die Frage, ob 'wir' uns integrieren wollen."
    ),
    (
        "Barrierefreiheit ist kein Luxus. Die neue Stadthalle hat keine Rampe am Seiteneingang, "
        "das muss nachgebessert werden – für Rollstuhlfahrer, Eltern mit Kinderwagen und alle mit "
        "Rollator."
    ),
    (
        "Queere Jugendliche brauchen Orte, wo sie sich sicher fühlen. Der neue Jugendtreff in der "
        "Weberstraße ist so ein Ort, bitte weiter fördern."
    ),
    (
        "Als Geflüchteter kam ich 2015 nach Altenbrück, heute bin ich Elektromeister und bilde "
        "selbst zwei Azubis aus. Danke an alle, die mir damals geholfen haben."
    ),
    "Die Synagoge braucht Polizeischutz, und das beschämt uns alle, nicht die Gemeinde.",
    (
        "Frauen verdienen in der Pflege immer noch weniger als Männer in vergleichbaren Berufen. "
        "Das ist ein Thema, über das der Kreistag reden sollte."
    ),
    (
        "Also ich als Sinto wohne seit 40 Jahren in der Au und hab mit meinen Nachbarn noch nie "
        "Probleme gehabt. Wir grillen sogar zusammen."
    ),
    (
        "Ich sehe die Zusammenlegung der Förderschule mit der Grundschule skeptisch, Inklusion "
        "braucht Personal und das fehlt. Die Kinder mit Behinderung dürfen nicht die Verlierer "
        "sein."
    ),
    (
        "Wer 'Die Ukrainer fahren doch alle dicke Autos' schreibt, hat vermutlich nur ein "
        "einziges Kennzeichen gesehen. Die meisten, die ich kenne, fahren Bus."
    ),
    (
        "Frohe Ostern an die orthodoxen Christen in unserer Stadt, die dieses Jahr eine Woche "
        "später feiern!"
    ),
    (
        "Dass ein schwuler Pfarrer in St. Georg predigt, hat der Gemeinde offenkundig nicht "
        "geschadet, die Kirche war an Heiligabend rappelvoll."
    ),
    (
        "Mein Vater hat Demenz und die Tagespflege in der Kastanienallee ist ein Segen. Bitte "
        "mehr solcher Plätze im Landkreis."
    ),
    (
        "Der Deutsch-Türkische Freundschaftsverein sucht für sein Sommerfest noch Helfer am "
        "Grill. Einfach vorbeikommen, jeder ist willkommen."
    ),
    (
        "Gegen Hass hilft kein Wegschauen. Ich stehe am Montag bei der Lichterkette für die "
        "angegriffene Familie am Brunnenplatz."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kessling, Ihr grauer Passat steht jeden Morgen Punkt halb acht vor "
        "der Bäckerei am Lindenplatz. Nur so als Info."
    ),
    (
        "Schöne Grüße an Ihre Tochter, Frau Redakteurin. Die Grundschule an der Mühlstraße hat ja "
        "so einen hübschen Pausenhof."
    ),
    "wir kennen deine adresse, Tannenweg 14, zweiter stock links",
    "Man sieht sich, Herr Stadtrat. Früher oder später.",
    "Diesen Artikel werden Sie noch bereuen, Herr Brandes. Sehr bald.",
    "Wäre doch schade, wenn Ihrer Praxis in der Gartenstraße mal was zustoßen würde, Dr. Hellwig.",
    (
        "Der Kollege Obermüller joggt übrigens jeden Dienstag allein am Kanal entlang. Gut zu "
        "wissen, oder?"
    ),
    (
        "@Sonnenblume72 hab dein Profilbild erkannt. Du arbeitest doch bei der Sparkasse in "
        "Gröbendorf. Bis bald 😉"
    ),
    (
        "Irgendwann ist Feierabend im Rathaus, und dann geht jeder allein zu seinem Auto. Auch "
        "Sie, Frau Wendler."
    ),
    (
        "Diese Lehrerin von der Realschule Brackwede-Nord sollte sich genau überlegen, auf "
        "welchem Weg sie ab jetzt nach Hause geht."
    ),
    (
        "Ihr Kennzeichen hab ich mir aufgeschrieben, Herr Wachtmeister. Wir beide sind noch nicht "
        "fertig miteinander."
    ),
    (
        "Nette Familie haben Sie, Herr Ortsvorsteher. Zwei Jungs, Fußballtraining donnerstags "
        "beim TuS Elmshagen. Passen Sie schön auf die zwei auf."
    ),
    (
        "Nur zu, schreiben Sie weiter so, Frau Kuhnert. Wir lesen alles mit. Und wir kennen auch "
        "den Hinterausgang vom Verlagshaus."
    ),
    "merk dir mein gesicht nachbar. wirst es wiedersehen wenn dus am wenigsten erwartest",
    "Jammerschade wär's, wenn der neue Laden von Herrn Yilmaz nicht mal das erste Jahr übersteht.",
    "Herr Pfarrer Lindemann, Ihre Tür ist ja immer offen, wie man hört. Wie praktisch.",
    (
        "Die Privatadresse von dem Amtsrichter steht übrigens im Telefonbuch. Nur mal so in die "
        "Runde gesagt."
    ),
    (
        "Tja, Frau Gemeinderätin, Ihr Mann fährt ja jeden Abend spät von der Schicht heim. Über "
        "die dunkle Kreisstraße."
    ),
    "Wird Zeit, dass der Schreiberling mal Besuch bekommt. Ganz persönlichen Besuch.",
    "Grüß mir die Kinder, Herr Polizeihauptmeister Rauschert. Die Kleine hat übrigens süße Zöpfe.",
    "Auch ein Vereinsvorsitzender muss irgendwann mal vor die Tür. Jeder muss irgendwann raus.",
    "hoffentlich ist ihr carport gut versichert frau doktor",
    (
        "Wir haben lange genug zugeschaut. Die Herren vom Bauamt werden bald merken, dass sich so "
        "etwas rächt."
    ),
    (
        "Sehr mutig, mit Klarnamen zu kommentieren, Jens Habermehl aus der Fliederstraße. "
        "Wirklich sehr mutig."
    ),
    "Dat kriegste wieder, Ratsherr. Dat vergess ich dir nich, nie im Leben.",
    "Stand gestern Abend vor deinem Gartenzaun. Schönes Licht habt ihr im Wohnzimmer.",
    (
        "Eines Tages wird niemand mehr da sein, der Sie beschützt, Herr Oberbürgermeister. Denken "
        "Sie dran."
    ),
    (
        "Der Wirt des Goldenen Ankers würde bestimmt unruhiger schlafen, wenn er wüsste, wer "
        "alles seine Schließzeiten kennt."
    ),
    (
        "Kleiner Tipp an den Moscheeverein in Haldenbeck: Schaut öfter mal nach, wer nachts um "
        "euer Gebäude herumschleicht."
    ),
    "Frau Pastorin, Ihre Enkelin geht ja jetzt in die Kita Sonnenschein. Süß. Wirklich süß.",
    (
        "Wenn dieser Windpark kommt, wird der Herr Bürgermeister Sattler nie wieder froh, das "
        "versprech ich."
    ),
    (
        "Sollte euer Blatt noch einmal so über unser Dorf lügen, stehen wir beim Redakteur "
        "persönlich auf der Matte. Und nicht zum Kaffeetrinken."
    ),
    (
        "Noch einmal parkt der Typ von gegenüber in meiner Einfahrt und ich brech ihm sämtliche "
        "Finger."
    ),
    (
        "Wenn mein Sohn wegen der Lehrerin sitzenbleibt, dann kann die sich warm anziehen. Ich "
        "weiß, wo die wohnt."
    ),
    (
        "falls der stadtrat das freibad schließt gibts ärger und zwar handfesten, für jeden "
        "einzelnen der dafür gestimmt hat"
    ),
    "Noch ein Strafzettel von dir, Politesse, und deine Zähne sammelst du dann vom Asphalt auf.",
    (
        "Ziehen in die alte Kaserne echt Asylbewerber ein, brennt die Hütte. Und die, die es "
        "genehmigt haben, gleich mit."
    ),
    (
        "Sollte der Hausarzt meiner Mutter nochmal eine Überweisung verweigern, wird er sich "
        "wünschen, nie Medizin studiert zu haben."
    ),
    (
        "Drucken Sie meinen Namen ein weiteres Mal in Ihrem Käseblatt, Herr Dohrmann, dann komme "
        "ich vorbei, und danach wird nicht mehr geredet."
    ),
    "Ein falsches Wort noch über unseren Verein, @Kritiker_99, und wir finden dich. Versprochen.",
    (
        "Wenn die Bereitschaftspolizei beim nächsten Derby wieder so reingeht, knallt es diesmal "
        "in die andere Richtung. Dann liegen die Beamten am Boden."
    ),
    (
        "Geht der Bebauungsplan durch, bleibt am Haus vom Bauamtsleiter kein Fenster heil... und "
        "an ihm selbst auch kein Knochen."
    ),
    (
        "Lässt du deinen Köter nochmal auf meinen Rasen kacken, gibts erst für den Hund und dann "
        "für dich was auf die Zwölf."
    ),
    "wenn ich rausfinde welcher nachbar mich beim ordnungsamt angeschwärzt hat dem gnade gott",
    (
        "Wagt es die Gemeinde, die Straßenausbaubeiträge einzutreiben, holen wir uns den "
        "Kämmerer. Persönlich."
    ),
    (
        "Noch eine Woche Baustellenlärm, Firma Krötz, und Ihr Polier geht mit gebrochener Nase "
        "nach Hause."
    ),
    (
        "Sofern bis Freitag keine Gegendarstellung erscheint, stehen wir vor Ihrem Verlagshaus, "
        "und zwar nicht nur mit Argumenten bewaffnet."
    ),
    (
        "Kommt der Halunke von der Stadtverwaltung nochmal mit seinem Messgerät auf mein "
        "Grundstück, knall ich ihn ab wie einen Hasen."
    ),
    (
        "Wenn dieser Pädagoge meiner Tochter noch einmal eine Sechs gibt, lernt er mal, wie sich "
        "die Ohrfeige von einem Vater anfühlt."
    ),
    (
        "Sollten die Zugezogenen in der Siedlung weiter so laut feiern, räumen wir da eines "
        "Nachts auf. Gründlich, mit Baseballschlägern."
    ),
    (
        "Ein einziges Mal noch blitzt ihr mich am Ortseingang von Wiesenthal, dann fahr ich euren "
        "Messtrupp einfach über den Haufen."
    ),
    (
        "Falls die Schiedsrichterin am Sonntag wieder so pfeift, kriegt sie nach dem Abpfiff auf "
        "dem Parkplatz ihre Abreibung. Das ganze Dorf weiß Bescheid."
    ),
    (
        "Gibst du mir die Kaution nicht zurück, Vermieter Pohlmann, hol ich sie mir aus deinem "
        "Gesicht."
    ),
    (
        "Sagen Sie noch einmal Querdenker zu mir, Herr Stadtverordneter, und Sie tragen Ihren "
        "Kopf unterm Arm heim."
    ),
    (
        "Predigt der Imam weiter so in der Hauptstraße, erledigt sich das Problem bald von "
        "selbst. Mit dem Messer, wenn es sein muss."
    ),
    "Ich werde Sie abstechen, Herr Bürgermeister Quandt. Das ist kein Scherz.",
    (
        "Den Redakteur Lorenz Fährmann hol ich mir persönlich und schlage so lange zu, bis er nie "
        "wieder einen Stift halten kann."
    ),
    "ich mach dich kalt du drecksbulle",
    (
        "Morgen früh warte ich vor der Gesamtschule auf diesen Lehrer Baumgart und poliere ihm "
        "die Fresse, vor allen Schülern."
    ),
    "Am Samstag geh ich rüber und schlag dem Laubbläser-Typen von nebenan den Schädel ein.",
    "Ich erschieße dich, @Heimatliebe_Ostfriesland. Die Waffe hab ich, deine Adresse auch.",
    (
        "Dr. Mertens, ich komme in Ihre Sprechstunde, und danach sind Sie derjenige, der einen "
        "Notarzt braucht."
    ),
    (
        "Zum nächsten Bürgerdialog bring ich einen Kanister Benzin mit. Der ist für die Frau "
        "Ratsvorsitzende gedacht."
    ),
    "Ich tret dir die Zähne ein, Schreiberling. Nächste Woche auf dem Weinfest.",
    "Isch mach disch platt, Alter, isch schwör. Ganzes Viertel wird sehn, wie du im Dreck liegst.",
    (
        "Hiermit kündige ich an: Den Gemeindedirektor von Ottersbach häng ich auf, an der Linde "
        "vorm Rathaus."
    ),
    "i hau di so zamm dass di dei eigne muatter nimma kennt, herr oberlehrer",
    "Ich walz den Vorsitzenden vom Schützenverein mit meinem Trecker platt, verdient hat er's.",
    (
        "Ich verprügle den Wirt vom Ratskeller, bis er um Gnade winselt. Notiert euch das Datum: "
        "Freitag."
    ),
    "Du Verräter kriegst von mir eine Kugel, Herr Kommissar Wendt. Ich hab lange genug gewartet.",
    "Den Bürgermeister von Kleinmoorbach sollte man am Ortsschild aufknüpfen.",
    "Der Schmierfink von der Lokalredaktion gehört mal ordentlich verdroschen, wer macht mit?",
    (
        "Leute, schnappt euch die Polizisten, die beim Stadtfest die Jugendlichen rausgezerrt "
        "haben. Jeder kennt die Namen."
    ),
    (
        "Die Bewohner der Unterkunft an der Bahnstraße gehören allesamt verprügelt und verjagt, "
        "bis keiner mehr übrig ist."
    ),
    (
        "Endlich hat einer dem Stadtrat Hoffmeister mal eine verpasst! Mehr davon, beim nächsten "
        "bitte genauso."
    ),
    "Wer diese Lehrerin sieht, soll ihr ins Gesicht spucken und zuschlagen. Sie hat es verdient.",
    (
        "Ärzte, die impfen, müsste man einen nach dem anderen aus der Praxis zerren und an die "
        "Wand stellen."
    ),
    (
        "Hut ab vor dem Kerl, der den Journalisten gestern vor dem Amtsgericht niedergeschlagen "
        "hat. Es braucht hundert solcher Männer."
    ),
    (
        "kommt am samstag alle zum jugendzentrum, die zecken da drin kriegen endlich die "
        "abreibung die sie brauchen"
    ),
    (
        "Nehmt am Donnerstag Knüppel mit zur Ratssitzung und zeigt diesen Volksverrätern, was das "
        "Volk von ihnen hält!"
    ),
    (
        "Solche Nachbarn wie die Familie Kowalski gehören nachts aus dem Bett geholt und "
        "windelweich geprügelt."
    ),
    (
        "Man sollte dem Kommentator Sachlich_bleiben mal die Finger brechen, damit er endlich mit "
        "dem Tippen aufhört."
    ),
    (
        "Die Fans vom FC Rotweiß Haldern muss man beim Auswärtsspiel abfangen und plattmachen. "
        "Treffpunkt Bahnhof, 14 Uhr."
    ),
    (
        "Die Schwulen vom CSD-Verein gehören auf offener Straße vermöbelt, damit sie sich hier "
        "nie wieder blicken lassen."
    ),
    (
        "Der Messerangriff auf den Ortsvorsteher in Brunnhausen hat gezeigt: Es geht doch. Jetzt "
        "die restlichen Ratsmitglieder, einer nach dem anderen."
    ),
    "Brennt das Rathaus in Steinfeld nieder, dann kriegen die Bürokraten endlich mal Arbeit.",
    "Fackelt die neue Sammelunterkunft ab, noch bevor dort jemand einzieht!",
    (
        "Einer müsste dem Bürgermeister mal den Lack zerkratzen und die Reifen aufstechen. Sein "
        "Dienstwagen steht immer ungesichert im Hof."
    ),
    "Die Scheiben von der Redaktion am Marktplatz gehören eingeschmissen, alle, heute Nacht noch.",
    (
        "Schüttet den Baufahrzeugen an der Umgehungsstraße Zucker in den Tank, dann hat der "
        "Baustellenterror ein Ende."
    ),
    "Einfach alle Blitzer an der B 412 umsägen, Leute, das ist Notwehr.",
    "windräder anzünden, jedes einzelne, bis sich keiner mehr traut eins aufzustellen",
    (
        "Mal ehrlich, der Dönerladen vom Ali gehört plattgemacht. Scheiben rein, Inventar raus, "
        "fertig."
    ),
    (
        "Wer hat Lust, am Wochenende die Polizeiautos vor der Wache in der Hafenstraße "
        "umzukippen? Wir brauchen noch Leute."
    ),
    "Das Vereinsheim vom SV Grünhagen sollte man abbrennen, die Pokalvitrine gleich mit.",
    "Legt die Funkmasten lahm, Kabel durch, die verstrahlen unsere Kinder!",
    (
        "Der Moscheeneubau in der Industriestraße darf gar nicht erst fertig werden. Nachts rein "
        "und alles kaputtschlagen, was steht."
    ),
    (
        "Die Autos der Ratsfraktion stehen alle in der Tiefgarage am Bahnhof. Nur so. Abfackeln "
        "wäre ein Anfang."
    ),
    (
        "Zerlegt die Praxis von dem Quacksalber in der Kirchgasse, Stück für Stück, bis nichts "
        "mehr übrig ist."
    ),
    (
        "De Bagger vom Kieswerk Hummel ghöred abgfackelt, alle mitenand, und zwar bevor se den "
        "Wald wegmached."
    ),
]

LOOKALIKES_DE: list[str] = [
    "Unsere Stürmer haben die Abwehr von Grünhagen heute regelrecht zerlegt, 4:0 war noch gnädig.",
    (
        "Von meinen Tulpenzwiebeln haben die Wühlmäuse die Hälfte weggefressen. Jetzt kommen die "
        "Fallen raus, und zwar alle."
    ),
    (
        "Oma Hildegard droht seit 40 Jahren, uns zu enterben, wenn wir zum Sonntagsbraten zu spät "
        "kommen. Bisher ohne Folgen."
    ),
    (
        "Das mit dem Brandanschlag auf die Moschee in Kettwitz ist widerlich. Wer sowas tut, "
        "gehört vor Gericht, Punkt."
    ),
    (
        "Dem Artikel zufolge drohte der Angeklagte damit, seinen Nachbarn „abzustechen“. Richtig, "
        "dass das Amtsgericht ihn dafür verurteilt hat."
    ),
    "hab den tatort gestern gesehen, der mörder war echt der gärtner, ich lach mich tot",
    (
        "Der Rehbock aus dem Revier meines Schwagers landet am Sonntag als Braten auf dem Tisch. "
        "Regionaler geht’s nicht."
    ),
    "Silvester ohne Böller? Dann knallen wir halt die Sektkorken umso lauter.",
    (
        "Endlich fliegt der olle Wasserturm in die Luft, kontrolliert natürlich. Ich stell mir "
        "den Wecker, das will ich sehen!"
    ),
    "Erhöht die Stadt die Parkgebühren wieder, kriegt sie bei der Kommunalwahl die Quittung.",
    (
        "Das Verhalten des Vermieters wird sicher noch ein juristisches Nachspiel haben, der "
        "Mieterverein ist schon dran."
    ),
    (
        "Mensch-ärgere-dich-nicht gegen meinen Enkel gespielt und dreimal hintereinander "
        "gnadenlos rausgeflogen. Der Bengel!"
    ),
    (
        "Zwiebeln fein hacken, den Knoblauch mit der Messerklinge zerquetschen und dann ab in die "
        "glühend heiße Pfanne. Bestes Rezept seit langem."
    ),
    (
        "Im Jahr 1632 wurde Bernsfeld von den Schweden geplündert und halb niedergebrannt, steht "
        "sogar auf der Tafel am Rathaus."
    ),
    (
        "Glückwunsch an König Ewald! Die Schützenbruderschaft St. Hubertus hat den Vogel mal "
        "wieder abgeschossen."
    ),
    (
        "Wer auf Feuerwehrleute losgeht, die gerade Leben retten, hat jedes Maß verloren. Ich "
        "hoffe, die Strafe fällt deutlich aus."
    ),
    (
        "Der Typ in dem Video hat „euch alle mach ich kalt“ gebrüllt. Sowas darf man nicht "
        "hinnehmen, gut dass die Polizei ermittelt."
    ),
    (
        "ich könnt meinen kater erwürgen, der hat schon wieder das ganze sofa zerkratzt. aber "
        "dann schnurrt er und alles ist vergessen"
    ),
    (
        "Hab am Sonntag am Rödersee einen Hecht mit 92 cm rausgeholt, Schonzeit beachtet und "
        "Schein dabei natürlich. Petri Heil!"
    ),
    (
        "Die Brennnesseln im Hochbeet reiß ich jedes Frühjahr mit Stumpf und Stiel raus, aber die "
        "kommen immer wieder."
    ),
    (
        "Beim Paintball in der alten Kiesgrube wurde ich so oft abgeschossen, dass ich jetzt "
        "blaue Flecken wie ein Dalmatiner hab."
    ),
    (
        "Wenn die Handballerinnen aus Lindau morgen genauso zubeißen wie letzte Woche, ist der "
        "Aufstieg durch."
    ),
    (
        "Der Kommissar in dem neuen Krimi von Petra Holm stirbt schon auf Seite 80. Hab vor "
        "Schreck das Buch fallen lassen."
    ),
    (
        "Helau! Beim Rosenmontagszug wurden wir mit Kamelle regelrecht bombardiert, die Kinder "
        "waren im siebten Himmel."
    ),
    (
        "Wespennest unterm Dach? Nicht selbst rumhantieren, Schädlingsbekämpfer rufen, die "
        "räuchern das professionell aus."
    ),
    "Mei, wenn i den Schiri erwisch, dem kauf i a Brilln. Des war nie im Leben a Elfer!",
    (
        "Zwei Tage, und die alte Spinnerei ist platt. Der Abrissbagger kennt keine Gnade, schade "
        "um die schöne Backsteinfassade."
    ),
    (
        "Ich hab beim Fliesenlegen die Hälfte der Platten zertrümmert, bevor ich den Dreh mit dem "
        "Schneider raus hatte."
    ),
    "Also wenn mein Mann noch einmal die Spülmaschine falsch einräumt, dann gnade ihm Gott 😂",
    (
        "Für Drohungen gegen Bürgermeisterin Keller gibt es keinerlei Rechtfertigung. Wer anderer "
        "Meinung ist, muss deshalb niemanden einschüchtern."
    ),
    (
        "Matt in 23 Zügen! Die Schachgruppe vom Jugendhaus hat den Titelverteidiger glatt vom "
        "Brett gefegt."
    ),
    (
        "Nach der Schlägerei vorm Club Tangente ist jetzt das Urteil gefallen: Bewährung und "
        "Schmerzensgeld für beide Männer."
    ),
    (
        "Selten so mitgefiebert. Den Bösewicht hätte ich am liebsten eigenhändig aus dem "
        "Bildschirm gezerrt."
    ),
    "Unser Dackel jagt jede Taube im Hof, erwischt hat er in elf Jahren noch keine einzige.",
    "Derby abgesagt? Ich dreh durch!",
    (
        "Liebe Nachbarn in der Amselgasse: Die Kanonenschläge um drei Uhr nachts waren laut, aber "
        "euer Feuerwerk war ein Traum."
    ),
    (
        "Bei uns im Verein gilt: Wer das Training schwänzt, muss Kuchen backen. Härteste Strafe "
        "überhaupt."
    ),
    (
        "Schneckenkorn ist bestellt. Die Nacktschnecken haben meinen kompletten Salat "
        "massakriert, jetzt ist Schluss mit Nachsicht."
    ),
    (
        "Selbst beim Lesen wird mir schlecht: ein Messerangriff am helllichten Tag auf dem "
        "Bahnhofsplatz. Ich denke an das Opfer."
    ),
    (
        "K.o. in Runde drei – der Boxer aus Hellerstedt hat seinen Gegner auseinandergenommen, "
        "absolut verdient."
    ),
    "Wer Wahlplakate anzündet, greift die Demokratie an, egal welche Partei draufsteht.",
    (
        "lol der torwart hat sich selbst abgeschossen, ball an den rücken und rein. eigentor des "
        "jahres"
    ),
    "Früher hat man auf dem Marktplatz Hexen verbrannt, heute steht da ein Eiscafé. Gut so.",
    (
        "Im Escape Room „Die Gruft“ mussten wir eine Leiche aus Pappmaché untersuchen, super "
        "gemacht für Kindergeburtstage ab 12."
    ),
    (
        "Ehrlich, die Abstiegsangst bringt mich noch um. Jedes Wochenende Herzrasen wegen diesem "
        "Verein."
    ),
    (
        "Zitat aus dem Chat: „Ich kenne den Parkplatz von deinem Auto.“ Wer so etwas einer "
        "Lokalreporterin schreibt, ist ein Feigling und kein Kritiker."
    ),
    (
        "Mit dem Abflammgerät hab ich die Fugen im Hof in zehn Minuten grünfrei gekriegt. Ging "
        "fix, aber Vorsicht bei trockener Hecke!"
    ),
    (
        "Wenn der Stadtrat die Bücherei schließt, machen wir Eltern ihm die Hölle heiß – mit "
        "Unterschriften, Leserbriefen und bei jeder Sitzung."
    ),
    "Kuchenbasar der Feuerwehr war der Hammer, die Schwarzwälder Kirsch war mörderisch gut.",
    "Wenn die S-Bahn nochmal ausfällt, dann raste ick aus, aber so richtig, wa.",
    (
        "Dem Marder, wo mir jede Nacht d’Kabel im Auto zernagt, dem geht’s an de Kragen – "
        "Lebendfalle isch scho bstellt."
    ),
    (
        "Damals 1944 wurde die Altstadt von Wendlingen bei einem Luftangriff fast komplett "
        "zerstört, mein Opa hat oft davon erzählt."
    ),
    "Hab gestern die halbe Nacht im Videospiel Zombies weggeballert, heut bin ich komplett durch.",
    (
        "Bei der Drückjagd im Forst Lindenhau wurden 14 Wildschweine erlegt, alles ordnungsgemäß "
        "angemeldet. Die Landwirte freut’s."
    ),
    (
        "Die Katze hat mir wieder eine tote Maus auf die Fußmatte gelegt. Liebesbeweis oder "
        "Drohung? 🙈"
    ),
    (
        "Beim Kinderfasching hat mein Sohn als Pirat jeden mit seinem Schaumstoffsäbel "
        "niedergemetzelt."
    ),
    (
        "Wer Rettungsgassen blockiert, sollte blechen, bis es wehtut. Die Bußgelder sind eh viel "
        "zu niedrig."
    ),
    (
        "Bürgerinitiative gegen den Windpark? Dann wird eben geklagt, notfalls bis zum "
        "Verwaltungsgericht. So funktioniert Rechtsstaat."
    ),
    (
        "Wir haben die Tanne im Garten fällen lassen, bevor der nächste Sturm sie aufs Dach "
        "schmeißt. Fachfirma, mit Genehmigung."
    ),
    "Die Überschrift „Mordsgaudi am Maibaum“ ist genial 😄 Wir waren dabei, war eine Riesenfete.",
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Brenda Oakes promised the Harwick bypass would be complete by spring. It's "
        "now October. She should resign and take the planning committee with her."
    ),
    (
        "absolute shambles from tynebridge council again, bins not collected for three weeks and "
        "they put up parking charges. come may, every single councillor gets my vote against them"
    ),
    (
        "Why is nobody asking where the £2.4m for the Millbrook leisure centre actually went? I "
        "want an independent audit, not another glossy press release."
    ),
    (
        "Our Gazette copied the builder's handout unchanged and labelled it news. Try doing some "
        "real reporting for a change."
    ),
    (
        "Mayor Dwight Pellham has missed 11 of the past 14 council meetings. Draw a salary, skip "
        "the work, nice gig if you can get it. Recall him."
    ),
    (
        "Northfield Water pumped sewage into the Lenn twice this summer, then rewarded their "
        "chief exec with a bonus. Regulators need to haul them in front of a judge."
    ),
    (
        "so the school board spent 40 grand on a 'rebranding consultant' while teachers buy their "
        "own printer paper?? disgraceful. resign."
    ),
    (
        "Typical Civic Renewal Party: big on slogans at election time, silent on the hospital "
        "closure now. Never getting my vote again."
    ),
    (
        "Sheriff Calloway's office 'lost' the body cam footage. Convenient. The state attorney "
        "general should open an investigation immediately."
    ),
    (
        "Hats off to Carrowmore County Council for achieving the impossible: a roundabout that "
        "makes traffic worse in both directions."
    ),
    (
        "Im a nurse at St Aidan's and the trust board are lying thru their teeth about staffing "
        "levels. Somebody should be held to account and it aint us on the wards."
    ),
    (
        "The minister's constituency office won't return calls about the ferry cuts. If you can't "
        "face the islanders, resign and let somebody braver have the job."
    ),
    (
        "Kestrel Homes built 200 houses with no drainage and walked away. Ban them from tendering "
        "in this district ever again."
    ),
    "This editorial is lazy, one-sided and frankly unworthy of a paper founded in 1887.",
    "Pathetic. Eight months for a pothole.",
    (
        "Councillor Ferris voted to approve his brother-in-law's car park scheme and never "
        "declared an interest. That's a standards complaint at minimum, possibly a police matter."
    ),
    (
        "The Harbour Board chair should be sacked. No ifs, no consultations, no 'lessons learned' "
        "report."
    ),
    (
        "the regional transit authority keeps cutting the 14 route and then acts shocked when "
        "ridership drops. incompetence dressed up as 'efficiency'. clean house."
    ),
    (
        "Delighted to learn my rates went up 9% so the council can fund a bronze seagull. Truly, "
        "Port Avalon is thriving."
    ),
    (
        "Every inspector who approved that building should be suspended pending a proper inquiry. "
        "People nearly died in that flat fire."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "The new Sikh gurdwara over on Elm Road fed half the street during the flood. Good "
        "neighbours, plain and simple."
    ),
    (
        "My daughter, who is trans, has had wonderful backing from her teachers at Ashcombe High. "
        "Thank you to them."
    ),
    (
        "No, refugees are not 'getting free houses'. The family in that article waited 14 months "
        "in a hostel. Read past the headline."
    ),
    (
        "Honestly I reckon the council rushed its consultation on the Traveller site. Residents "
        "AND the Traveller families deserved more time to have their say."
    ),
    (
        "Ramadan iftar at the Westgate mosque was open to everyone last night. Brilliant food, "
        "lovely people, go next year if you can."
    ),
    (
        "The synagogue's been on Church Lane since 1902. Anyone claiming Jewish families 'don't "
        "belong' here doesn't know their own town's history."
    ),
    (
        "wheelchair user here - the new ramps at the library are great but the lift has been "
        "broken for a month. please fix it"
    ),
    (
        "The gay couple behind the bakery on Main St make the best sourdough in the county. "
        "That's the real story."
    ),
    (
        "Women make up 52% of this borough and hold two of 38 council seats. That's not a "
        "conspiracy theory, it's a problem worth fixing."
    ),
    (
        "Immigrants staff most of the night shifts at the care home where my mum lives. Show some "
        "gratitude instead of grumbling in the comments."
    ),
    (
        "I support the asylum hotel closing, but only if those men get moved into proper housing "
        "rather than dumped somewhere worse."
    ),
    (
        "For years, Deaf residents in Dunmore have asked for a BSL interpreter when the council "
        "meets. Simple request, long overdue."
    ),
    (
        "It's simply untrue that Muslims 'refuse to integrate'. Half the Rotary Club committee is "
        "Muslim, for heaven's sake."
    ),
    (
        "Pride in a town of 4,000 people? Yep, and it was the busiest Saturday the high street's "
        "had all year."
    ),
    (
        "Not sure separate changing rooms are the answer, but the trans kids at the pool deserve "
        "a solution that doesn't single them out."
    ),
    (
        "As a Traveller woman I'd just like to say not all of us were involved in that, and we're "
        "as fed up with the fly-tipping as anyone."
    ),
    "the ukrainian lads who joined the rugby club have been a breath of fresh air tbh",
    (
        "Calling Syrian refugees 'invaders' in a comment section doesn't make it true. They're "
        "families, mostly kids."
    ),
    "Board quotas for women? Personally I'd prefer blind shortlisting, but the goal is right.",
    (
        "Jewish, Hindu, Catholic and no-faith volunteers all packing food parcels in the same "
        "hall. Best thing I've seen in this paper in ages."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Oakes lives on Birch Crescent, doesn't she. Big house. Would be sad to see it "
        "damaged, wouldn't it."
    ),
    "Tell that reporter we know what car she drives.",
    "Pellham should enjoy his evening walks while he still can.",
    (
        "folk like that planning officer have a habit of meeting with accidents sooner or later. "
        "just saying."
    ),
    "Someone should remind the judge his kids go to St Brigid's. Be a pity, that.",
    "Folk in this town don't forget, Mr Ferris, and we know where you park.",
    "Whoever wrote this piece won't be writing much longer, mark my words.",
    "Nice family photos on your Facebook, Councillor. Lovely front door too.",
    (
        "If the school board votes for this, they'll find me waiting by their cars once the "
        "meeting's over, and talking won't be on my mind."
    ),
    "Close our ward and I swear someone from that trust board ends up in A&E themselves.",
    "if the sheriff comes onto my land again he wont leave on his own two feet",
    "Build those flats on our field and we'll burn them down before the roof goes on.",
    "That traffic warden writes me up once more, his jaw gets broken, see if it doesn't.",
    (
        "If my name appears in your paper again, I'm paying your newsroom a visit to sort you out "
        "personally."
    ),
    "Vote to shut the pool and every one of you on that committee gets a beating. Simple as.",
    "I'll track down Brenda Oakes and put her in the ground.",
    "Daniel Whitcombe, I will hurt you. Bank on it.",
    "gonna stab that landlord the moment he shows up on quay street again",
    "I'll beat this rag's editor senseless when he leaves the office tonight.",
    "Someone ought to drag that councillor from his house and see he gets a proper hiding.",
    "Round up the lot from that hostel, lads, and drive them from town with bats.",
    (
        "All of you, town hall, Friday. Let's give Pellham what he deserves. Fists, boots, "
        "whatever you've got."
    ),
    "Smash every window at Kestrel Homes' sales office. They've earned it.",
    "someone torch those new A38 speed cameras, theyre begging for it",
    (
        "Go and smash the council office windows with bricks tonight, all of you, and slash the "
        "tyres on the mayor's car as well."
    ),
]

LOOKALIKES_EN: list[str] = [
    "Rovers absolutely murdered Town 4-0 on Saturday. Slaughter.",
    "That chilli at the Bellhaven cook-off nearly killed me. Full marks, would die again.",
    "My nan will murder me if she spots me in the paper again lol",
    (
        "Man who attacked a bus driver on Corrib Street got 18 months. About time the courts took "
        "these assaults seriously."
    ),
    "The 1798 rebels burned the barracks at this very spot. Worth a plaque, I'd say.",
    (
        "Beat the eggs hard, fold in the flour, then smash the garlic under a flat knife blade. "
        "Recipe's in Saturday's supplement."
    ),
    "Cross-map headshot in the youth esports final. That kid is lethal.",
    (
        "Whoever keyed the cars on Marsh Lane should be caught and prosecuted. Vandalism isn't "
        "protest."
    ),
    "This housing budget is a ticking time bomb and the blast will land squarely on renters.",
    (
        "The boxing club on Fenwick Road had three under-16s win by knockout at the regionals. "
        "Proud of them."
    ),
    "Violence against council staff is always wrong, however angry you are about the bins.",
    (
        "caught the new gangster flick at the Regal, bloodbath from start to finish, loved every "
        "minute"
    ),
    "If he parks across my driveway again I'm ringing the council and getting him towed.",
    "Landlord who ignored the mould order should be fined into next week and lose his licence.",
    "I could strangle whoever set this week's crossword. 14 down is impossible.",
    "My toddler is an absolute terrorist at bedtime. Love him to bits.",
    "Our debate team destroyed Kilmore Grammar in the final. Brutal.",
    "Shot of the week: the ferry captain firing the starting cannon at the regatta.",
    "The pub quiz team are out for blood since losing to the vicar's lot last week.",
    (
        "Deer cull permits are available from the ranger station in Elk Falls before hunting "
        "season opens Saturday."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
