"""A fourteenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 102 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows (both waves) were reworded for the overlap alone (18 of
them again by the engineer, where the rewording had met other material), before any scorer was
run on the table. Kinds, and what the default policy should do: sharp but legitimate criticism
and neutral or friendly mentions of groups (counter-speech and negations included) are
published; threats and calls for violence are held; harmless look-alikes are published. German
threats, in order: veiled (1-30), conditional (31-55), direct (56-70), calls against people
(71-85), calls against property (86-100); English: veiled (1-8), conditional (9-15), direct
(16-19), calls against people (20-22), calls against property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate. It
was written ahead of the next candidate and committed before any scorer was run on it, so that
candidate can be judged on evidence nothing has met (docs/candidates.md). Every look at it is in
the ledger of docs/candidates.md. Never train on it, and do not use it to fit or tune rules,
word lists or thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Herr Bürgermeister Kessler, drei Jahre Baustelle an der Lindenallee und jetzt sollen "
        "die Anwohner auch noch Ausbaubeiträge zahlen? Das ist eine Frechheit. Bei der nächsten "
        "Wahl kriegen Sie meine Stimme garantiert nicht."
    ),
    (
        "Typisch Rathaus Bad Hollbach: erst die Kita-Gebühren um 18 Prozent rauf, dann neue "
        "Dienstwagen bestellen. Man fasst es nicht."
    ),
    (
        "Der Landrat sollte zurücktreten. Wer die Stilllegung der Geburtsstation in Ebersweiler "
        "so durchwinkt, hat seinen Kreis nicht verstanden."
    ),
    (
        "Liebe Redaktion, seit wann schreibt ihr eigentlich Pressemitteilungen der Stadtwerke "
        "einfach ab? Kritische Nachfragen zur Preiserhöhung: null. Schwach."
    ),
    (
        "Wieder mal Zugausfall auf der RB 47. Die Verkehrsgesellschaft kassiert jedes Jahr mehr "
        "und liefert immer weniger."
    ),
    "Peinliche Vorstellung vom Gemeinderat, mal wieder.",
    (
        "Die Polizeiführung muss endlich erklären, warum beim Stadtfest keine einzige Streife am "
        "Bahnhof war. Ausreden helfen da niemandem."
    ),
    (
        "Ich habe die Petition gegen das Aus vom Hallenbad unterschrieben und kann nur jedem "
        "empfehlen, das auch zu tun. Die Stadt hat Geld für ein Kreisverkehrskunstwerk aber "
        "nicht fürs Schulschwimmen??"
    ),
    (
        "Das Klinikum Rehnfeld spart sich kaputt. Sechs Stunden in der Notaufnahme mit meiner "
        "80-jährigen Mutter, kein Wasser, keine Info. Ich habe heute Beschwerde bei der "
        "Geschäftsführung und beim Gesundheitsamt eingereicht."
    ),
    (
        "Der FC Wendelstedt kassiert Steuergeld für den Kunstrasen und erhöht dann die "
        "Jugendbeiträge. Vereinsführung, schämt euch mal kurz."
    ),
    (
        "Sehr geehrte Frau Oberbürgermeisterin Albers, Ihre Ankündigung, die Bürgerfragestunde "
        "abzuschaffen, halte ich für demokratisch höchst bedenklich. Ich werde mich an die "
        "Kommunalaufsicht wenden."
    ),
    (
        "Das Schulamt verteilt Lehrerstellen nach Gutsherrenart. Unsere Grundschule in "
        "Oberlinden hat seit September zwei Klassen ohne feste Lehrkraft, und keiner fühlt sich "
        "zuständig."
    ),
    (
        "Die Kirche verkauft das Gemeindehaus einem Investor und predigt sonntags Nächstenliebe. "
        "Ich bin nach 40 Jahren ausgetreten."
    ),
    (
        "Grundsteuer fast verdoppelt und dann heißt es 'aufkommensneutral'. Wer glaubt denn "
        "sowas noch."
    ),
    (
        "Mir reichts mit der SPD-Fraktion hier. Versprochen wurde bezahlbarer Wohnraum, gebaut "
        "werden Luxuslofts am Hafen. Von mir kein Kreuz mehr."
    ),
    (
        "Die CDU im Kreistag hat den Radweg dreimal vertagt. Dreimal! Bis da was kommt fahren "
        "meine Enkel schon Auto."
    ),
    (
        "Ond wieder hod d Gmoi nix gmacht. Die Schlaglecher in dr Hauptstroß sen so groß, do "
        "kammer Fisch drin züchte."
    ),
    (
        "Boykott! Solange der Supermarkt am Marktplatz sein Personal so behandelt, wie es im "
        "Artikel steht, kauf ich woanders ein."
    ),
    (
        "Na herzlichen Glückwunsch, Stadtrat. 2,4 Millionen für ein Gutachten, welches sagt, was "
        "euch jeder Taxifahrer umsonst erzählt hätte."
    ),
    (
        "Die Grünen hier reden von Verkehrswende und streichen gleichzeitig die Nachtbuslinie "
        "N3. Glaubwürdigkeit gleich null."
    ),
    (
        "Ich meine, die Zeitung sollte ihre Recherche zum Bauskandal nicht hinter der "
        "Bezahlschranke verstecken. Das geht alle Bürger an."
    ),
    (
        "Warum wird Ortsvorsteher Brandl eigentlich nie gefragt, wieso sein Schwager den Auftrag "
        "für den Bauhof bekommen hat? Das riecht gewaltig und gehört aufgeklärt."
    ),
    (
        "Abwassergebühren rauf, Müllgebühren rauf, Parkgebühren rauf. Und der Service? "
        "Wertstoffhof nur noch zwei Tage die Woche offen. Eine Zumutung."
    ),
    (
        "Ein Bürgerentscheid ist die einzige Sprache, welche diese Verwaltung versteht. Sammelt "
        "Unterschriften gegen das Parkhaus am Schlossgarten, ich helfe gern mit."
    ),
    (
        "lol die neue Rathaus-App stürzt bei jedem zweiten Klick ab aber hauptsache 300k dafür "
        "rausgehauen"
    ),
    (
        "Werte Redaktion, der Kommentar von Herrn Vogt strotzt vor Halbwahrheiten. Ich erwarte "
        "eine Richtigstellung zur angeblichen Einigung im Haushaltsstreit."
    ),
    (
        "Die Stadtwerke Marlenbrück haben letztes Jahr Rekordgewinn gemacht und erhöhen trotzdem "
        "den Fernwärmepreis. Das ist Abkassieren mit Ansage."
    ),
    (
        "Wer die ehrenamtlichen Feuerwehrleute so im Regen stehen lässt wie unser "
        "Kreisbrandmeister, sollte sein Amt abgeben."
    ),
    (
        "Sie haben die Bürger nicht gefragt, Herr Dr. Wilmsen. Sie haben sie informiert, nachdem "
        "alles beschlossen war. Das ist ein Unterschied."
    ),
    (
        "Schalter in Kirchhainsfeld zu, Fahrkartenautomat kaputt, Ersatzbus kommt nicht. "
        "Willkommen auf dem Land, liebe Bahn."
    ),
    (
        "Ich geh am Samstag zur Demo vor dem Landratsamt gegen die Klinikschließung. Friedlich, "
        "laut und mit Plakat. Kommt alle mit!"
    ),
    (
        "Die Elbstädter Wohnungsbau GmbH lässt ihre Mieter seit Wochen ohne Heizung sitzen. Ich "
        "habe den Mieterverein eingeschaltet und rate allen Betroffenen dasselbe."
    ),
    (
        "Mit Verlaub, aber diese Stadtverwaltung ist in Sachen Digitalisierung auf dem Stand von "
        "1995. Drei Wochen auf einen Anwohnerparkausweis warten ist lächerlich."
    ),
    (
        "Der Verein verkauft den Stadionnamen an einen Energydrinkhersteller und wundert sich "
        "hinterher, dass keiner mehr kommt. Tradition ist euch doch völlig egal."
    ),
    (
        "Neue Schulbusregelung: Kinder aus Hohenwiesen müssen jetzt 40 Minuten an der Landstraße "
        "warten. Wer heckt so was aus? Der Elternbeirat hat zurecht Dienstaufsichtsbeschwerde "
        "eingelegt."
    ),
    (
        "Diese Brücke ist seit 2019 gesperrt. Seit 2019! Und die Landesbehörde schickt jedes "
        "Jahr ein neues Schreiben mit neuem Zeitplan. Ein Trauerspiel."
    ),
    "Kurz und knapp: Herr Landrat Pfeiffer, Sie haben fertig.",
    (
        "Ehrlich gesagt wundert mich bei der FDP vor Ort gar nix mehr. Erst gegen die "
        "Bürgerbeteiligung stimmen und dann im Wahlkampf Bürgernähe plakatieren."
    ),
    (
        "Da hat sich die Stadtratsfraktion der AfD mal wieder nur mit Schaufensteranträgen "
        "hervorgetan. Null Sacharbeit, nur Krawall in den Sitzungen."
    ),
    (
        "Werte Stadtväter, ich sage Ihnen als alter Mann: So schlecht wie heute war der "
        "Busverkehr hier nicht einmal in den Siebzigern. Damals kam der Bus wenigstens "
        "pünktlich."
    ),
    (
        "Die Krankenkasse lehnt die Reha meines Mannes zum dritten Mal ab. Widerspruch ist raus "
        "und ich geh auch an die Presse, also an euch."
    ),
    (
        "Kirchensteuer zahlen und dann erfahren, dass das Bistum das Jugendheim dichtmachen "
        "will. Nicht mit uns. Wir sammeln nach der Messe Unterschriften."
    ),
    (
        "Hat irgendwer bei der Stadtplanung mal den neuen Kreisel angeschaut? Kein LKW kommt da "
        "rum ohne über den Gehweg zu fahren. Planung mangelhaft, setzen, sechs."
    ),
    (
        "Die Zeitung berichtet seitenweise über das Weinfest, aber über die Entlassungen bei "
        "Hallberg Maschinenbau nur zehn Zeilen. Da stimmen die Prioritäten nicht."
    ),
    (
        "Mein Vorschlag: Abwahlverfahren gegen den Bürgermeister einleiten. Die Gemeindeordnung "
        "lässt das zu, und ich glaube, genug Leute haben die Nase voll."
    ),
    (
        "Tja, wieder ein Leuchtturmprojekt, das vor sich hin rottet. Die Stadthalle sollte 12 "
        "Millionen kosten, jetzt liegen wir bei 31. Wer übernimmt dafür eigentlich die "
        "Verantwortung?"
    ),
    (
        "Der Polizeipräsident redet die Lage am Busbahnhof schön. Jeder der da abends mal war "
        "weiß, dass das nicht stimmt."
    ),
    (
        "Hundesteuer von 90 auf 150 Euro und kein einziger Mülleimer mehr im Stadtpark. Die "
        "Stadt lebt gut von uns Hundehaltern."
    ),
    (
        "Gut dass endlich mal jemand nachhakt. Der Zweckverband Wasser hat jahrelang ohne "
        "Ausschreibung vergeben, das gehört vor den Rechnungshof."
    ),
    (
        "Wie kann man einen Trainer rauswerfen, der den Verein gerade vor dem Abstieg gerettet "
        "hat? Der Vorstand vom SV Eichenrode hat jeden Bezug zur Basis verloren."
    ),
    (
        "Ich kündige mein Abo. Nach dem einseitigen Artikel über die Windkraftgegner bin ich "
        "raus, sorry liebe Lokalredaktion."
    ),
    (
        "Die Kita-Platzvergabe ist ein einziges Chaos. Wir stehen seit 14 Monaten auf der Liste "
        "und bekommen vom Jugendamt nicht mal eine Antwort auf Mails."
    ),
    (
        "Frau Stadtbaurätin, bei allem Respekt: Ein Fahrradstreifen, der nach 200 Metern im "
        "Nirgendwo endet, ist keine Radverkehrsförderung, sondern ein Witz."
    ),
    (
        "Es wird Zeit, dass der Kämmerer seinen Hut nimmt. Seine Zinswetten haben die Stadt "
        "Millionen gekostet."
    ),
    (
        "Moin. Die Fährgesellschaft hat die Preise zum Sommer wieder kräftig angezogen, "
        "Inselbewohner bekommen keinen Rabatt mehr. Hab mich beim Landkreis beschwert und geh "
        "zur Bürgerversammlung."
    ),
    (
        "wieder nix gelernt aus dem Hochwasser. Der Deich bei Nordwalde ist immer noch nicht "
        "saniert und die Behörden schieben sich gegenseitig die Verantwortung zu"
    ),
    (
        "Das Pflegeheim am Rosenhang hat mit Pflege ungefähr so viel zu tun wie ein Parkplatz "
        "mit Erholung. Ich hab die Heimaufsicht informiert."
    ),
    (
        "Schulsanierung seit fünf Jahren angekündigt, die Toiletten sind immer noch eklig. Liebe "
        "Schulverwaltung, kommt doch mal selbst vorbei und benutzt sie."
    ),
    (
        "Das Windradprojekt wird durchgedrückt, ohne dass die Gemeinde mitreden durfte. Ich bin "
        "nicht gegen Windkraft, aber gegen diese Art von Politik."
    ),
    (
        "Oha, der Herr Stadtdirektor genehmigt sich eine Dienstreise nach Kanada 'zum Austausch "
        "über Smart City'. Bei uns gibt es nicht mal WLAN im Bürgerbüro."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schöner Artikel über das Fastenbrechen im Bürgerhaus Neustadt-Süd. Wir wurden als "
        "Nachbarn eingeladen und es war ein richtig netter Abend."
    ),
    (
        "Unser Sohn ist schwul, und er hat sich beim CSD in Marlenbrück zum ersten Mal getraut, "
        "mit seinem Freund Hand in Hand durch die Stadt zu gehen. Danke an alle, die da waren."
    ),
    (
        "Die neue Rampe am Rathaus war überfällig. Als Rollstuhlfahrerin kam ich bisher nur "
        "durch den Hintereingang bei den Mülltonnen rein."
    ),
    ("Frau Yilmaz war 30 Jahre lang die gute Seele unserer Grundschule. Alles Gute im Ruhestand!"),
    (
        "Toll, dass die Synagoge am Tag des offenen Denkmals Führungen anbietet. Ich war mit "
        "meiner Konfirmandengruppe da, die Jugendlichen hatten unheimlich viele Fragen."
    ),
    (
        "Der Seniorentreff im Ortsteil ist für meine Oma der Höhepunkt der Woche. Gut, dass die "
        "Stadt den weiter finanziert."
    ),
    (
        "Ich bin Sintezza und in Kirchhainsfeld aufgewachsen. Freut mich sehr, dass die "
        "Ausstellung über die Familien aus unserem Viertel jetzt im Museum zu sehen ist."
    ),
    (
        "Als Schwarzer Deutscher werde ich dauernd gelöchert, woher ich 'wirklich' stamme. "
        "Antwort: aus Elberfeld. Toller Artikel, der genau das mal aufgreift."
    ),
    (
        "Die syrische Bäckerei an der Bahnhofstraße hat das beste Sesamgebäck der Stadt. Weiter "
        "so, Familie Haddad!"
    ),
    (
        "Die Frauenquote für die Kreistagslisten finde ich richtig. Bei 48 Sitzen nur neun "
        "Frauen, das bildet die Bevölkerung einfach nicht ab."
    ),
    (
        "Ich sehe das mit der Quote etwas anders, mir wäre ein Reißverschlussverfahren auf den "
        "Listen lieber als eine feste Zahl. Dass mehr Frauen in die Räte gehören, steht für mich "
        "aber außer Frage."
    ),
    (
        "Der Moscheeverein will an der Gewerbestraße bauen, und ich finde, die Gemeinde sollte "
        "das unterstützen. Besser ein ordentlicher Bau als der Gebetsraum im Hinterhof."
    ),
    (
        "Mir geht es beim geplanten Moscheeneubau nur um den Verkehr am Freitagmittag. Ein "
        "vernünftiges Parkkonzept muss her, dann habe ich gar nichts dagegen."
    ),
    (
        "Die Gehörlosengruppe hat beim Stadtfest Gebärdensprache-Workshops angeboten. Meine "
        "Tochter kann jetzt 'Danke' und 'Eis' gebärden und ist mächtig stolz."
    ),
    (
        "Respekt an die ukrainischen Frauen, welche im Gemeindehaus jeden Donnerstag "
        "Deutschkurse für andere Neuankömmlinge organisieren."
    ),
    (
        "Die Regenbogenfahne am Rathaus stört doch niemanden. Ich bin 74, katholisch und finde "
        "das gut so."
    ),
    (
        "Integrationskurse müssen schneller starten. Mein Nachbar aus Eritrea wartet seit sieben "
        "Monaten auf einen Platz und will unbedingt arbeiten."
    ),
    (
        "Endlich ein Bericht über trans Jugendliche, der nicht reißerisch ist. Danke an die "
        "Redaktion und an Mika für den Mut."
    ),
    (
        "Die evangelische und die muslimische Gemeinde kochen gemeinsam für die Tafel. So geht "
        "Nachbarschaft."
    ),
    (
        "Barrierefreiheit am Bahnhof Ebersweiler: Der Aufzug ist seit vier Monaten defekt. Mit "
        "Rollator oder Rollstuhl ist Gleis 2 damit unerreichbar. Bitte bleibt an dem Thema dran."
    ),
    (
        "Meine Mutter hat Demenz, und das Demenzcafé im Stadtteilzentrum ist ein Segen für uns "
        "beide."
    ),
    (
        "Die Stadt sollte die Beratungsstelle für Roma-Familien nicht kürzen. Die "
        "Sozialarbeiterinnen dort leisten bei Schulanmeldungen und Behördengängen enorm viel."
    ),
    (
        "Ich finde die Idee mit dem inklusiven Spielplatz prima. Da können Kinder mit Handicap "
        "und ohne einfach zusammen toben."
    ),
    (
        "Als Zugezogene aus Polen fühle ich mich hier im Dorf inzwischen richtig daheim. Der "
        "Kirchenchor hat mich mit offenen Armen aufgenommen."
    ),
    (
        "Der jüdische Sportverein hat das Kreispokalfinale gewonnen, Glückwunsch! Schön, dass "
        "darüber auch mal berichtet wird."
    ),
    (
        "Gut, dass der Seniorenbeirat endlich Rederecht im Ausschuss bekommt. Die Älteren wissen "
        "oft am besten, wo es im Viertel hakt."
    ),
    (
        "Wer unter so einen Artikel schreibt, Geflüchtete seien 'Schmarotzer', hat nichts "
        "verstanden. Die Familie aus dem Bericht arbeitet in der Pflege und im Handwerk."
    ),
    (
        "Einige Kommentare hier zur Hochzeit der beiden Männer sind einfach widerlich. Die zwei "
        "haben niemandem etwas weggenommen, lasst sie doch glücklich sein."
    ),
    (
        "Dass jemand 'Zigeuner raus' an die Schulwand sprüht, ist eine Schande für unsere Stadt. "
        "Ich hoffe, die Polizei fasst die Täter, und ich stehe auf der Seite der betroffenen "
        "Familien."
    ),
    (
        "Gestern im Bus hat ein Mann eine Frau mit Kopftuch angepöbelt, und keiner hat was "
        "gesagt, ich auch nicht. Das nächste Mal stehe ich auf, versprochen."
    ),
    (
        "An alle, die hier über 'die Alten' herziehen, weil sie angeblich die Straßen "
        "verstopfen: Ihr werdet auch mal 80. Etwas mehr Respekt bitte."
    ),
    (
        "Der im Artikel zitierte Satz vom Elternabend, Behinderte gehörten nicht in normale "
        "Schulen, hat mich fassungslos gemacht. Inklusion ist ein Anrecht und kein Gnadenakt."
    ),
    (
        "Judenfeindliche Schmierereien am Gedenkstein in Altmühlbach: Ich war heute Mittag mit "
        "Nachbarn dort, wir haben geputzt und Blumen hingelegt. Antisemitismus hat hier keinen "
        "Platz."
    ),
    (
        "Leute, die Afrodeutsche als 'Gäste' bezeichnen, sollten mal nachlesen, seit wann es "
        "Schwarze Menschen in Deutschland gibt. Die Familie aus dem Artikel lebt seit vier "
        "Generationen in Hamburg."
    ),
    (
        "Mich ärgert, dass unter jedem Artikel über Frauen in Führungspositionen jemand "
        "'Quotenfrau' schreibt. Die neue Klinikchefin hat zwanzig Jahre Erfahrung, das sollte "
        "reichen."
    ),
    (
        "Ich bin selbst Polizist und sage klar: Racial Profiling ist falsch, und die Beschwerde "
        "der Familie Mensah muss ernsthaft geprüft werden."
    ),
    (
        "Was der Redner auf der Kundgebung über Muslime gesagt hat, war pure Hetze. Gut, dass so "
        "viele Gegendemonstranten friedlich dagegengehalten haben."
    ),
    (
        "'Das ist doch keine richtige Familie' - doch, ist es. Zwei Mütter, ein Kind, ein Hund "
        "und ein Vorgarten. Spießiger geht es kaum, und das ist schön so."
    ),
    (
        "Wer den Rollstuhlfahrer im Video als 'Last für die Gesellschaft' bezeichnet, zeigt nur "
        "sein eigenes Menschenbild. Der Mann sitzt im Stadtrat und macht hervorragende Arbeit."
    ),
    (
        "Die Hasskommentare gegen den Imam der Gemeinde am Nordring, die hier gelöscht wurden, "
        "hab ich leider vorher noch gelesen. Meine Solidarität gilt ihm und der Gemeinde."
    ),
    (
        "Dass 'Ossi' immer noch als Schimpfwort herhalten muss, 35 Jahre nach der Einheit, finde "
        "ich traurig. Ich komme aus Cottbus und bin stolz drauf."
    ),
    (
        "Nein, Roma und Sinti sind nicht 'kriminell veranlagt'. Diese Vorstellung stammt aus "
        "alten Polizeiakten und ist längst als rassistisches Vorurteil entlarvt."
    ),
    (
        "Ich bin nicht gegen den Zuzug von Familien aus Afghanistan, im Gegenteil. Mein einziger "
        "Wunsch: Die Stadt soll genug Kita-Plätze für alle Kinder schaffen."
    ),
    (
        "Homosexualität ist weder eine Krankheit noch eine Phase. Dass man das heute noch in "
        "einen Leserkommentar schreiben muss, wundert mich."
    ),
    (
        "Kein Mensch wird durch seinen Glauben zum schlechteren Nachbarn. Bei uns im Haus wohnen "
        "Hindus, Katholiken und Atheisten, und wir helfen uns alle gegenseitig."
    ),
    (
        "Migranten nehmen uns nicht die Arbeitsplätze weg. In unserem Betrieb fänden wir ohne "
        "die Kollegen aus Rumänien und Vietnam schlicht niemanden."
    ),
    (
        "Ältere Menschen sind nicht automatisch schlechtere Autofahrer. Die Unfallstatistik im "
        "Landkreis gibt das jedenfalls nicht her."
    ),
    (
        "Ich habe nichts einzuwenden gegen die Flüchtlingsunterkunft, und ich kenne im Ort auch "
        "niemanden, der ernsthaft was dagegen hat. Die Aufregung auf Facebook ist übertrieben."
    ),
    (
        "Gehörlose sind nicht 'taubstumm'. Sie sprechen, nur eben mit den Händen. Kleiner "
        "Hinweis an die Redaktion."
    ),
    (
        "Frauen sind nicht zu emotional für die Feuerwehr. Unsere Löschgruppe hat seit Jahren "
        "eine Zugführerin, und die behält in jeder Lage den Überblick."
    ),
    (
        "Ich finde, der Stadtrat sollte auch ein muslimisches Grabfeld ausweisen. Viele Familien "
        "leben seit drei Generationen hier und wollen ihre Angehörigen nicht in die Türkei "
        "überführen lassen."
    ),
    (
        "Gendersternchen im Amtsblatt muss meiner Meinung nach nicht sein, aber Frauen sollten "
        "natürlich genauso angesprochen werden. Eine Doppelnennung reicht doch völlig."
    ),
    (
        "Ich wünsche mir, dass die Schulen hier auch über die Verfolgung der Sinti im "
        "Nationalsozialismus unterrichten. Den Gedenkort am Güterbahnhof kennen viele Schüler "
        "gar nicht."
    ),
    (
        "Die neue Buslinie hat Niederflurfahrzeuge und Ansagen für Sehbehinderte. Ein echter "
        "Fortschritt, danke an die Verkehrsbetriebe."
    ),
    (
        "Die Ausländerbehörde braucht dringend mehr Personal. Fachkräfte aus Indien warten "
        "monatelang auf einen Termin, während die Firmen hier händeringend suchen."
    ),
    (
        "Mein Opa ist 1964 als Gastarbeiter aus Sizilien nach Rüsselsheim gekommen. Schön, dass "
        "die Stadt jetzt eine Ausstellung über diese Generation zeigt."
    ),
    (
        "Der Arbeitskreis für Menschen mit Autismus sucht noch Ehrenamtliche. Ich mache seit "
        "einem Jahr mit und kann es nur empfehlen."
    ),
    (
        "Als lesbische Lehrerin hätte ich mir vor zwanzig Jahren nie vorstellen können, offen im "
        "Kollegium zu sein. Heute ist das hier am Gymnasium ganz normal, und das freut mich "
        "sehr."
    ),
    (
        "Die orthodoxe Gemeinde feiert am Samstag Ostern mit Prozession durch die Altstadt. Wer "
        "Lust hat: Um Mitternacht ist es am schönsten."
    ),
    (
        "Barrierefreie Wahllokale sollten selbstverständlich sein. In Oberlinden liegt das "
        "Wahllokal wieder im ersten Stock der alten Schule, ohne Aufzug. Das muss sich bis zur "
        "Kommunalwahl ändern."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kessler, wir wissen, wo Ihr Haus an der Lindenstraße steht. Schöner "
        "Garten übrigens."
    ),
    (
        "Die Redakteurin vom Wetterauer Boten sollte abends nicht mehr alleine zum Parkplatz "
        "gehen. Nur so ein Gedanke."
    ),
    (
        "windpark in hollenbach durchgedrückt, ok. aber der gemeinderat wird sich noch wundern "
        "wer alles vor seiner tür steht"
    ),
    (
        "Dr. Albers hat meiner Mutter die Überweisung verweigert. Wir vergessen sowas nicht, "
        "Herr Doktor. Nie."
    ),
    (
        "Der Schiri vom Samstag soll sich genau überlegen, ob er nochmal auf den Sportplatz in "
        "Kleinostheim kommt."
    ),
    (
        "Ich hab mir das Kennzeichen vom Ordnungsamt-Mitarbeiter notiert. Man begegnet sich ja "
        "immer zweimal im Leben 😉"
    ),
    (
        "Frau Schneider vom Schulamt hat zwei Kinder auf der Grundschule in Bergen, hab ich "
        "gehört. Wär schade, wenn denen der Schulweg plötzlich unheimlich wird."
    ),
    (
        "Ihr Journalisten schreibt schön weiter. Wir lesen mit. Und wir notieren uns jeden Namen "
        "unter jedem Artikel."
    ),
    (
        "Der Investor für die Windräder wohnt ja nicht hier. Noch nicht weit genug weg, würd ich "
        "sagen."
    ),
    (
        "Wer im Stadtrat für das Heim an der Mühlgasse gestimmt hat, steht jetzt auf einer "
        "Liste. Mehr sag ich nicht."
    ),
    (
        "Grüße an den Polizisten, dessen Dienstnummer man auf dem Video lesen kann. Du bist "
        "nicht so anonym, wie du denkst."
    ),
    "Der Dönerladen am Marktplatz hat ja noch auf. Fragt sich nur, wie lange.",
    (
        "Liebe Familie Brandt, ihr habt den Nachbarn angezeigt. Das ganze Dorf weiß es jetzt. "
        "Schlaft gut."
    ),
    (
        "Manchmal passieren Leuten eben Dinge. Gerade Leuten, die meinen, sie könnten ein Dorf "
        "gegen seinen Willen umbauen."
    ),
    (
        "heut morgen stand ich zufällig vor der schule von der tochter vom ortsvorsteher. nette "
        "schule. wirklich."
    ),
    (
        "Sagen Sie Ihrem Chefredakteur, der Kommentar kommt an. Bei den richtigen Leuten. Die "
        "kümmern sich."
    ),
    (
        "Der Apotheker in Rodenbach hat mich vor allen Leuten abgewiesen. Der wird noch merken, "
        "was es heißt, sich hier Feinde zu machen."
    ),
    (
        "Gestern waren wir zu fünft vorm Rathaus in Alsfeld-Süd. Nächstes Mal sind wir fünfzig, "
        "und es ist nicht mittags."
    ),
    (
        "Hey Trainer Mielke, dein Auto ist der graue Passat, oder? Nur damit wir uns richtig "
        "verstehen."
    ),
    (
        "Wer den Blitzer an der Kreisstraße 12 aufgestellt hat, sollte nachts lieber das Licht "
        "anlassen."
    ),
    "Des wird dem Herrn Landrat no leid doa, des sag i eahm. Mia san geduldig, aber ned ewig.",
    (
        "Frau Abgeordnete, Ihr Wahlkreisbüro hat so große Fenster. Wirklich sehr offen und "
        "transparent. Noch."
    ),
    (
        "Ich würd an Stelle vom Heimleiter mal schauen, wer abends so ums Gebäude rumschleicht. "
        "Nur so als Tipp."
    ),
    (
        "Die Fotos von der Ratssitzung sind gespeichert. Gesichter, Namen, Adressen. Irgendwann "
        "ist Zahltag."
    ),
    (
        "Die Praxis Dr. Yilmaz macht um 18 Uhr zu. Wir wissen auch, welchen Weg die Frau Doktor "
        "danach nach Hause nimmt."
    ),
    (
        "Grüße von der Südkurve an den Vorstand von Eintracht Wörthsee. Ihr habt keine Ahnung, "
        "was auf euch zukommt."
    ),
    "Schicker Artikel, Herr Lorenz. Ihre Frau hat uns beim Bäcker übrigens sehr nett gegrüßt.",
    "Irgendwann ist die Geduld hier aufgebraucht, und dann fragt keiner mehr nach Paragrafen.",
    (
        "An den Windkraftplaner: Die Gegend hier oben ist sehr einsam. Kein Handyempfang, weit "
        "und breit kein Nachbar. Passen Sie schön auf sich auf."
    ),
    (
        "Der Polizeichef von Neuhausen sollte sich nicht allzu sicher fühlen, nur weil er eine "
        "Uniform trägt. Auch Uniformen gehen irgendwann nach Hause."
    ),
    (
        "Wenn die Grundschule in Tannried wirklich dichtgemacht wird, setzt's bei der kommenden "
        "Ratssitzung blutige Nasen, versprochen."
    ),
    "Sobald hier das erste Windrad steht, brennt der Kran. So einfach ist das.",
    (
        "Kommen die 80 Flüchtlinge wirklich in die ehemalige Kaserne, dann machen wir das, was "
        "man in den 90ern gemacht hat. Jeder hier weiß, was ich meine."
    ),
    "Pfeift dieser Schiri nochmal so gegen uns, kommt der nicht mehr heil vom Platz.",
    (
        "Schreibt ihr noch ein einziges Mal so einen Müll über unseren Verein, dann besuchen wir "
        "die Redaktion. Und nicht zum Kaffee."
    ),
    (
        "falls der bürgermeister die umgehungsstraße echt durch unser wohngebiet legt kann er "
        "sich nen neuen kiefer kaufen"
    ),
    (
        "Solange der Arzt weiter Atteste verweigert, soll er sich nicht wundern, falls ihm eines "
        "Tages jemand die Praxis zerlegt – mit ihm drin."
    ),
    (
        "Tritt die Polizei nochmal so bei uns im Viertel auf, fliegen Steine. Und diesmal "
        "treffen sie."
    ),
    (
        "Sollten Sie, Frau Dr. Hoffmann, mein Kind noch einmal beim Jugendamt melden, werden Sie "
        "das bereuen. Körperlich."
    ),
    (
        "Winkt der Kreistag das durch, sind wir nicht mehr für die Sicherheit dieser Herren "
        "verantwortlich. Dann regelt das die Straße."
    ),
    (
        "Ein Punktabzug noch, und der Verbandsfunktionär sollte sich im Stadion nicht mehr "
        "blicken lassen, sonst muss man ihn raustragen."
    ),
    (
        "Macht der Metzger Hübner wirklich sonntags auf und nimmt uns die Kundschaft weg, dann "
        "kriegt er eins über die Rübe. Hab ich ihm auch schon gesagt."
    ),
    "Wenn das Heim kommt, kommt auch das Feuer. Keine Drohung, nur eine Vorhersage.",
    (
        "Erwisch ich den Typen, der meinen Sohn an der Kreuzung angefahren hat, und die Polizei "
        "macht wieder nix, dann regel ich das selbst. Mit dem Baseballschläger."
    ),
    (
        "Der Gemeinderat hat genau eine Chance, die Abstimmung zu wiederholen. Danach gibt's "
        "Hausbesuche, und die werden wehtun."
    ),
    (
        "Noch so ein Knöllchen vor meinem Laden und die Politesse lernt mich kennen, und zwar "
        "von der unangenehmen Seite 👊"
    ),
    (
        "Bringst du Lokalschreiberling noch einmal mein Foto ohne Erlaubnis, brech ich dir die "
        "Finger, mit denen du tippst."
    ),
    (
        "Geht die Schließung der Realschule durch, sollten die Herrschaften vom Schulamt ab "
        "Montag mit Personenschutz rumlaufen. Sie werden ihn brauchen."
    ),
    (
        "sollten die wieder den markt in oberbach absagen wegen 'sicherheit', dann sorgen wir "
        "mal für echte unsicherheit im rathaus"
    ),
    (
        "Entweder der Investor zieht das Projekt zurück, oder seine Firmenwagen stehen bald ohne "
        "Reifen und ohne Scheiben da. Er hat die Wahl."
    ),
    (
        "Wenn mei Bua wegen dem Lehrer sitzenbleibt, dann kann der Lehrer schaun, wie er "
        "heimkommt. Des versprech i."
    ),
    (
        "Gewährt der Pfarrer weiter Kirchenasyl, soll er sich nicht beschweren, wenn ihn eines "
        "Abends keiner mehr vor der Gemeinde beschützt."
    ),
    (
        "Klauen die Ultras vom FC Rosental nochmal unsere Fahne, gibt's im Rückspiel "
        "Krankenhaus. Für jeden einzelnen."
    ),
    (
        "Ist die Ampelschaltung am Kreisel bis Monatsende nicht geändert, fahr ich dem nächsten "
        "Typen vom Straßenbauamt einfach mal über die Füße. Mal sehen, ob er's dann kapiert."
    ),
    (
        "Muss meine Mutter in der Notaufnahme nochmal neun Stunden warten, stehe ich mit ein "
        "paar Freunden bei der Klinikleitung im Büro, und wir gehen erst, wenn einer blutet."
    ),
    ("Ich werde diesem Bürgermeister Kessler persönlich die Fresse polieren, sobald ich ihn sehe."),
    (
        "Den Reporter vom Kreisanzeiger hau ich beim nächsten Heimspiel um. Ankündigung, keine "
        "Übertreibung."
    ),
    (
        "ich schwör ich stech ihn ab, den kerl vom ordnungsamt der mir die karre hat abschleppen "
        "lassen"
    ),
    (
        "Morgen früh fahre ich nach Steinbach und schlage den Windkraft-Projektleiter "
        "krankenhausreif."
    ),
    (
        "Frau Ratsherrin Vogt, ich werde Sie bei Ihrer nächsten Bürgersprechstunde angreifen. "
        "Rechnen Sie damit."
    ),
    "Dem Schiedsrichter Köhler brech ich am Sonntag beide Beine. Punkt.",
    (
        "Ab heute lasse ich den Heimleiter und seine Bewohner nicht mehr in Ruhe. Ab jetzt "
        "gibt's Prügel, jede Nacht."
    ),
    (
        "Dieser Quacksalber Dr. Brenner kriegt eine Abreibung von mir, die er nie vergisst. Ich "
        "warte schon vor der Praxis."
    ),
    (
        "Ich knall den Kerl ab, der meine Tochter auf dem Zebrastreifen fast überfahren hat. Die "
        "Adresse hab ich schon."
    ),
    (
        "Heute um 13 Uhr am Tor der Gesamtschule Ebersdorf bekommt der Herr Studienrat von mir "
        "eine aufs Maul."
    ),
    (
        "Ich geh jetzt rüber zum Kiosk von dem Vogel und zerleg ihn. Der hat mich zum letzten "
        "Mal beschissen."
    ),
    (
        "Den Polizisten aus dem Video find ich, und dann prügel ich ihn windelweich. Ich mein "
        "das ernst."
    ),
    "Ich bring den Landrat um. Nicht im übertragenen Sinne.",
    (
        "Bei der Einwohnerversammlung am Donnerstag hau ich dem Typen vom Planungsbüro eine "
        "rein, vor allen Leuten 🤬"
    ),
    (
        "Den Kerl, der uns die Stromtrasse übers Feld legt, fahr ich mit dem Schlepper über den "
        "Haufen. Auf meinen Acker kommt der nicht mehr."
    ),
    (
        "Leute, wer den Ortsbürgermeister sieht: nicht reden, zuschlagen. Der versteht nichts "
        "anderes."
    ),
    (
        "Alle Mann nach dem Abpfiff zum Gästeblock. Die Fans aus Hohenwalde sollen heulend nach "
        "Hause fahren."
    ),
    (
        "Jemand aus Dornstadt sollte dem Zeitungsfritzen mal zeigen, wie sich echte Konsequenzen "
        "anfühlen. Freiwillige vor!"
    ),
    (
        "Geht heute Abend zum Heim an der Bahnhofstraße und zeigt den Bewohnern, dass sie in "
        "unserem Viertel unerwünscht sind. Mit Fäusten, wenn's sein muss."
    ),
    (
        "wer wohnt in der nachbarschaft von dem windkraftfuzzi? einer muss dem mal ordentlich "
        "eine verpassen"
    ),
    (
        "Ruft eure Jungs zusammen. Samstag wird der Stadtratsvorsitzende abgefangen, bevor er in "
        "die Sitzung kommt."
    ),
    "Ich zahle 500 Euro an den, der dem Schiri vom Derby die Nase bricht.",
    (
        "Die Beamten der Wache Nord brauchen eine Lektion, die sie spüren. Wer dabei ist, meldet "
        "sich per PN."
    ),
    "Man sollte diese Ärztin aus dem MVZ aus der Stadt prügeln, und zwar alle gemeinsam.",
    (
        "Kommt alle zur Ratssitzung, und diesmal lassen wir die Herren nicht einfach heimgehen. "
        "Einer nach dem anderen wird rangenommen, mit allem, was dazugehört."
    ),
    (
        "Liebe Nachbarn, wir müssen das mit den Asylbewerbern jetzt selbst in die Hand nehmen. "
        "Holt sie nachts raus und jagt sie aus dem Ort."
    ),
    (
        "Schnappt euch den Schulleiter, der unsere Petition abgebügelt hat, und zeigt ihm mit "
        "Nachdruck, was das Dorf davon hält."
    ),
    (
        "Auf geht's, Männer: Der Filialleiter vom Getränkemarkt hat unsere Kumpels rausgeworfen. "
        "Morgen um acht hat der Feierabend, wartet am Hinterausgang und macht ihn fertig."
    ),
    (
        "Macht die Kontrolleure in der Linie 7 platt, jedes Mal, wenn sie einsteigen. Die "
        "haben's verdient."
    ),
    (
        "Hey Südkurve, die Journalistin mit der Kamera am Zaun: Holt ihr das Ding weg und gebt "
        "ihr noch was mit auf den Weg."
    ),
    (
        "Das Wahlkreisbüro der Partei an der Hauptstraße braucht neue Scheiben. Wer hilft mit? "
        "Steine liegen genug rum."
    ),
    "Zündet die Baufahrzeuge am Windpark Hollenbach an. Dann ist endlich Ruhe.",
    (
        "Die Leute sollten dem Bürgermeister nachts mal die Reifen aufstechen und den Lack "
        "verzieren."
    ),
    ("Jemand muss das geplante Flüchtlingsheim in Brunnenfeld abfackeln, bevor da einer einzieht."),
    "macht die blitzer platt!!! alle, im ganzen landkreis, jede nacht einen",
    (
        "Das Redaktionsgebäude vom Talboten gehört mit Farbe und Pflastersteinen eingedeckt. Wer "
        "hat am Wochenende Zeit?"
    ),
    (
        "Die Moschee im Gewerbegebiet von Lemfeld sollte mal richtig beschädigt werden, damit "
        "die merken, dass sie hier keiner will."
    ),
    (
        "Schlagt dem Laden von dem Halsabschneider die Schaufenster ein, der hat's nicht besser "
        "verdient."
    ),
    (
        "Geht zum Vereinsheim von Blau-Weiß Kranichsfeld und räumt da richtig auf. Nichts soll "
        "heil bleiben."
    ),
    ("Sabotiert die Baustelle am Kammberg, wo ihr nur könnt, damit die Dinger nie ans Netz gehen."),
    (
        "Die Arztpraxis von dem Impfdoktor gehört kurz und klein geschlagen. Ich bring Bier für "
        "alle mit, die mitmachen."
    ),
    (
        "Das Rathaus in Niederwalden brennt hoffentlich bald. Wenn's keiner von selbst macht, "
        "muss halt jemand nachhelfen. Freiwillige?"
    ),
    "Zerlegt die Streifenwagen vor der Wache Oststadt, bis keiner mehr fährt.",
    (
        "Das Haus von dem Ratsmitglied, das für die Schließung gestimmt hat, sollte man mal mit "
        "Gülle und Steinen besuchen. Alle zusammen, Samstagnacht."
    ),
    (
        "Tretet der Kirchengemeinde St. Martin die Tür ein und verwüstet den Gemeindesaal, "
        "solange die da Leute verstecken."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Der Torwart vom SV Kleinmühlbach hat gestern jede Flanke abgeschlachtet wie der Metzger "
        "beim Schlachtfest. Bester Mann auf dem Platz, keine Diskussion."
    ),
    (
        "Wenn der Angeklagte seinem Nachbarn wirklich mit der Axt gedroht hat, sind zwei Jahre "
        "auf Bewährung ziemlich milde. Gut jedenfalls, dass die Zeugin sich getraut hat "
        "auszusagen."
    ),
    (
        "Bei dem Krimi von Hanne Vollrath hab ich schon auf Seite 80 geahnt, dass der Förster "
        "der Mörder ist. Spielt übrigens fast komplett in Ober-Eschbach, für Einheimische ein "
        "Spaß."
    ),
    (
        "Beim Schweinebraten muss man die Schwarte richtig brutal einschneiden, sonst wird das "
        "nix mit der Kruste. Rezept meiner Oma aus Haselried, klappt seit 60 Jahren."
    ),
    (
        "Die Wühlmäuse haben mir dieses Frühjahr die halben Tulpenzwiebeln weggefuttert. Jetzt "
        "stehen Fallen im Beet und ich schwör euch, von den Biestern kommt keins mehr lebend "
        "raus."
    ),
    (
        "Am Samstag wird der alte Wasserturm von Grünfelde gesprengt, ab 10 Uhr ist alles im "
        "Umkreis von 300 Metern gesperrt. Bitte haltet euch dran, die Sprengmeister machen das "
        "nicht zum Spaß."
    ),
    (
        "Silvester in der Lindenstraße war wieder der reinste Krieg. Ich hab nix gegen Böller, "
        "aber wer Raketen waagerecht auf fremde Balkone schießt, gehört angezeigt."
    ),
    (
        "Riesen Respekt an die Freiwillige Feuerwehr Unterbrunn! Brennender Heuschober, Wohnhaus "
        "direkt daneben, und die Mädels und Jungs haben das Haus trotzdem gerettet."
    ),
    (
        "Mein Schwiegervater sagt bei jeder Familienfeier: „Wer meinen Kartoffelsalat "
        "kritisiert, ist für mich gestorben.“ Und dann holt er sich selbst die dritte Portion "
        "vom Buffet 😄"
    ),
    (
        "Vorsicht am Stausee bei Wehrbach: Das Eis ist noch lange nicht dick genug. Letzten "
        "Winter wäre da fast ein Junge ertrunken. Bitte lasst eure Kinder nicht alleine drauf."
    ),
    (
        "Der Bürgermeister hat die Stichwahl krachend verloren, 31 Prozent. Politisch ist der "
        "Mann damit wohl erledigt. So ist Demokratie, hoffentlich macht's der Nachfolger besser."
    ),
    (
        "Ich geh am Samstag mit zur Demo für den Erhalt der Geburtsstation. Wir legen den "
        "Marktplatz eine Stunde lahm – angemeldet, friedlich und sehr, sehr laut."
    ),
    (
        "Wer dem jungen Schiri nach dem Spiel in Dornhagen den Tod angedroht hat, gehört "
        "lebenslang vom Sportplatz verbannt. So was hat im Amateurfußball absolut nichts "
        "verloren."
    ),
    (
        "Ich weiß ganz genau, wo du wohnst, Gerlinde – direkt neben der Bäckerei mit den besten "
        "Mohnschnecken im Ort! Herzlichen Glückwunsch zum Bericht über dein Ehrenamt, hab mich "
        "riesig gefreut."
    ),
    (
        "Auf der Drückjagd im Revier Buchenhang wurden gestern sieben Wildschweine erlegt. Die "
        "Schwarzwildbestände sind einfach zu hoch, die Landwirte mit den Maisfeldern werden "
        "aufatmen."
    ),
    (
        "Der neue Tatort war ja wieder zum Totlachen. Drei Leichen in 90 Minuten und trotzdem "
        "hab ich mehr gelacht als bei jeder Comedyshow."
    ),
    (
        "Die Schlacht bei Lützen 1632 hat hier in der Gegend tausende Tote gefordert. Klasse, "
        "dass das Heimatmuseum endlich eine eigene Ausstellung dazu macht."
    ),
    (
        "Mein Rasenmäher ist gestern endgültig verreckt. Hab noch einmal mit dem Hammer "
        "draufgehauen, dann ging's ab zum Wertstoffhof. Ruhe in Frieden, alter Kumpel."
    ),
    (
        "Für das Wespennest unterm Dach hab ich nen Kammerjäger geholt. Zwanzig Minuten, Nest "
        "ausgeräuchert, Ruhe. Kostet so um die 120 Euro, falls jemand fragt."
    ),
    (
        "Unsere Handballerinnen haben die Gäste aus Sankt Irmgard regelrecht hingerichtet, "
        "34:17! So eine Abreibung hat man in der Kreissporthalle lange nicht gesehen."
    ),
    (
        "Ich hoffe, der Angeklagte im Prozess um den Tod des Tankwarts bekommt die Strafe, die "
        "er verdient. Aber das entscheidet das Landgericht und nicht die Kommentarspalte."
    ),
    (
        "Wenn meine Frau sieht, dass ich schon wieder ne neue Säge gekauft hab, bringt sie mich "
        "um. Aber die Kappsäge im Angebot bei Baumarkt Krüger war einfach zu günstig."
    ),
    (
        "Die Gurken im Gewächshaus hat der Mehltau komplett dahingerafft. Ich hab alles "
        "rausgerissen und vernichtet, bevor es auch noch die Tomaten erwischt."
    ),
    (
        "Achtung beim Pilzesammeln im Hellwald! Der Knollenblätterpilz sieht jungen Champignons "
        "zum Verwechseln ähnlich, und schon einer kann tödlich sein. Im Zweifel ab zur "
        "Pilzberatung."
    ),
    (
        "Ich find's widerlich, dass jemand dem Pfarrer von Sankt Marien einen Drohbrief in den "
        "Kasten geworfen hat. Hoffentlich ermittelt die Polizei den Absender schnell."
    ),
    (
        "Das alte Kaufhaus Lehmkuhl wird nun doch abgerissen, der Bagger hat gestern die Fassade "
        "zerlegt. Schade eigentlich, da hab ich als Kind meine erste Jeans gekauft."
    ),
    (
        "Hab mir gestern im Kino am Ring den Paten in der restaurierten Fassung angeschaut. Die "
        "Szene mit dem Pferdekopf im Bett ist nach 50 Jahren immer noch verstörend."
    ),
    (
        "Die Nacktschnecken fressen mir den ganzen Salat weg. Bierfalle aufgestellt, heute früh "
        "lagen zwanzig tote Schnecken drin. Der Krieg ist eröffnet, Freunde!"
    ),
    (
        "Beim Skat gestern hab ich meinen Schwager so abgezockt, dass er mir blutige Rache "
        "geschworen hat. Revanche nächsten Freitag im Gasthaus Zum Hirschen, ich bring Kleingeld "
        "mit."
    ),
    (
        "Die Kreuzung am Ortsausgang von Rieselbach ist eine Todesfalle. Hier muss endlich eine "
        "Ampel hin, bevor dort noch jemand stirbt. Wie viele Unfälle braucht das Landratsamt "
        "noch?"
    ),
    (
        "Der Messerstecher vom Bahnhofsvorplatz ist zu acht Jahren verurteilt worden. Richtig "
        "so. Ich wünsche dem Opfer, dass es wieder ganz gesund wird."
    ),
    (
        "Als gelernter Metzger sag ich euch: Ein Schlachtmesser muss so scharf sein, dass es ein "
        "Blatt Papier ohne Druck durchschneidet. Alles andere ist Quälerei für das Tier."
    ),
    (
        "In der Kreisliga wird's für den FC Wendlingen richtig eng. Noch eine Niederlage und die "
        "sind tot – abgestiegen, aus, Feierabend."
    ),
    (
        "Meine Katze hat heute morgen eine halbtote Maus ins Schlafzimmer geschleppt. Jäger "
        "bleibt Jäger, auch mit rosa Schleifchen am Halsband."
    ),
    (
        "Das Feuerwerk zur Kirmes in Altensiel war der Hammer, es hat gekracht wie im Krieg. "
        "Danke an die Pyrotechniker, war alles top abgesichert."
    ),
    (
        "Wahlplakate in der Nacht kaputtgemacht? Egal was man von der Partei hält, das ist "
        "Sachbeschädigung und gehört angezeigt. Politik macht man mit Argumenten, nicht mit dem "
        "Cuttermesser."
    ),
    (
        "Wer bei 35 Grad seinen Hund im Auto lässt, riskiert, dass das Tier innerhalb von "
        "Minuten stirbt. Auf dem Parkplatz vom Edeka in Bruchsiel seh ich das leider jeden "
        "Sommer."
    ),
    (
        "„Zuerst der Kopf ab, dann die Eingeweide raus“ – so hat uns Herr Weinreich in Bio das "
        "Sezieren der Forelle erklärt. Was für ein Lehrer. Ruhen Sie in Frieden."
    ),
    (
        "Der Schinderhannes und seine Bande haben hier im Hunsrück früher ganze Höfe "
        "ausgeplündert. Die Führung auf den Spuren der Räuber kann ich nur empfehlen, auch für "
        "Kinder."
    ),
    (
        "Der Biber hat am Mühlbach schon wieder drei Weiden gefällt. Abschießen darf man ihn ja "
        "nicht, also Drahthosen um die Stämme – das hilft wirklich, probiert's aus."
    ),
    (
        "Ich brauch das Rezept von diesem Killer-Käsekuchen aus dem Café Sonnenblick, sonst "
        "sterbe ich! 😍"
    ),
    (
        "Nach dem Sturm gestern bitte nicht in den Stadtwald gehen. Da hängen noch abgebrochene "
        "Äste in den Kronen, die können jederzeit runterkommen und jemanden erschlagen."
    ),
    (
        "Das Stadttheater spielt Macbeth, und am Ende liegt ja praktisch das halbe Ensemble tot "
        "auf der Bühne. Trotzdem oder gerade deswegen: grandiose Inszenierung, hingehen!"
    ),
    (
        "Ich war 30 Jahre bei der Berufsfeuerwehr. Das Gefährlichste sind nicht die Flammen, "
        "sondern der Rauch, der bringt die Leute um, bevor sie überhaupt aufwachen. Rauchmelder "
        "retten Leben!"
    ),
    (
        "Den Knirps, der in der Ahornallee die Klingelstreiche macht, kenn ich. Das ist der "
        "Enkel von Frau Böhnke, neun Jahre alt. Ich red mal freundlich mit seiner Oma, keine "
        "Panik."
    ),
    (
        "Die Krimilesung mit Sabine Oltersdorf im Keller der Stadtbücherei war schön gruselig. "
        "Wie sie die Szene mit der Giftmischerin vorgelesen hat – der ganze Raum hatte "
        "Gänsehaut."
    ),
    (
        "Als Jäger ärgert mich der Ton in dem Artikel. Wir schießen nicht aus Spaß, wir "
        "regulieren den Bestand. Und das Reh landet bei mir in der Pfanne und nicht im Müll."
    ),
    (
        "Der Boxabend in der Stadthalle war stark. In Runde drei hat der Lokalmatador aus "
        "Lahnfeld seinen Gegner sauber k.o. geschlagen. Aus dem Jungen wird noch was."
    ),
    (
        "Hab mich gestern beim Zwiebelschneiden fast selbst erstochen, weil mir der Hund "
        "zwischen die Beine gelaufen ist. Deshalb: Messer immer vom Körper weg führen, Leute."
    ),
    (
        "Der Ortsvorsteher ist abgewählt und hat sich mit „Ihr werdet mich noch vermissen“ "
        "verabschiedet. Kann gut sein, Heinz, aber jetzt genieß erstmal deine Rente im "
        "Schrebergarten."
    ),
    (
        "Dass ein Kunde der Kassiererin vom Netto gedroht hat, sie abzustechen, macht mich "
        "fassungslos. Ich hoffe, sie bekommt jede Unterstützung und der Mann eine saftige "
        "Strafe."
    ),
    (
        "Laut Stadt werden die Ratten am Hafenbecken jetzt vergiftet. Bitte Hunde an die Leine "
        "nehmen, die Köder sind zwar in Boxen, aber sicher ist sicher."
    ),
    (
        "Heute Abend wird der Baumstumpf im Garten endgültig vernichtet – keine Sorge, liebe "
        "Nachbarn, nicht mit Dynamit 😅 sondern mit der Stubbenfräse vom Verleih in Kirchwalden."
    ),
    (
        "Nach vier Bechern Glühwein am Eröffnungsabend war unsere ganze Truppe erledigt. Der "
        "Weihnachtsmarkt hat uns alle hingestreckt, aber schön wars."
    ),
    (
        "Mein Opa war im Krieg als Funker in Russland und wollte nie darüber reden. Umso "
        "wichtiger, dass die Schüler aus Neubrück jetzt die Kriegsgräber pflegen und Namen "
        "recherchieren."
    ),
    (
        "Ich wünsch dem Gegner im Pokal nix Schlechtes, aber am Sonntag werden wir die vom Platz "
        "fegen. Danach gibt's Bratwurst für alle am Vereinsheim, auch für die Gäste!"
    ),
    (
        "Der Fall der Giftmörderin von Ellerbrook aus dem Jahr 1924 – spannend, dass die Zeitung "
        "die alten Gerichtsakten ausgegraben hat. Bitte mehr von solchen Serien!"
    ),
    (
        "Meine Zucchini sind dieses Jahr so explodiert, dass ich bald von denen erschlagen "
        "werde. Wer will welche? Einfach in der Birkenstraße klingeln, liegen auch vor der Tür."
    ),
    (
        "Gestern wurde in Tannried eine Fliegerbombe aus dem 2. Weltkrieg entschärft. "
        "Zweitausend Leute evakuiert, alles ruhig geblieben. Danke an den Kampfmittelräumdienst!"
    ),
    (
        "„Ich bring dich um!“ hat mein Sohn beim Uno zu seiner Schwester gebrüllt, als sie ihm "
        "die +4 hingelegt hat. Fünf Minuten später saßen beide zusammen beim Eisessen."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Hadley pledged the Marsh Lane potholes would be fixed by spring. It's "
        "October. Either he can't read a calendar or he never meant it."
    ),
    (
        "The Brackenford Gazette printed the developer's press handout almost word for word, "
        "then called it news. Do some actual reporting for once."
    ),
    (
        "Chief Inspector Morrow's statement is a proper masterclass in saying nothing. Three "
        "break-ins in a month on our road and we get 'reassurance patrols'?"
    ),
    (
        "Absolute shambles from Kilbride County Council. €2.3m on a roundabout nobody asked for "
        "while the library closes two days a week."
    ),
    (
        "Northvale Water put bills up 11% and still can't stop dumping sewage into the Ouseley. "
        "Shareholders get dividends, we get a brown river."
    ),
    (
        "Mayor Dunleavy should resign. Not for the expenses thing itself but for how long she "
        "lied to us about it."
    ),
    (
        "Labour group voted for this, the Tories voted for it last year. Neither lot gets to act "
        "outraged now."
    ),
    (
        "Why does the police commissioner need a new £90k car when the custody suite roof leaks? "
        "Priorities, mate."
    ),
    (
        "Typical Wattle Creek Shire - consult the public, ignore every submission, then call it "
        "'engagement'. Stone the crows."
    ),
    (
        "This newspaper used to hold people to account. Now it's half advertorials and a quiz "
        "about which biscuit you are."
    ),
    (
        "The planning committee nodded through 400 homes with zero extra GP places. Good luck "
        "getting an appointment in Fenwick ever again."
    ),
    (
        "Senator Calloway voted against the levee funding twice and now he's posing for photos "
        "with sandbags. Shameless."
    ),
    (
        "Harlow & Pike Buses scrapped the 47 without telling anybody. My mum found out standing "
        "at the stop in the rain for an hour."
    ),
    (
        "Gardaí say they 'lack resources' but there were six of them at the match in Ballinagh "
        "directing traffic that didnt exist."
    ),
    (
        "The article leaves out that Cllr Osei's brother-in-law owns the firm that landed the "
        "contract. Funny that. Maybe ask him about it?"
    ),
    (
        "Greenway Homes should be made to fix the cracked foundations on the Ashdene estate "
        "before they're let lay another brick anywhere."
    ),
    (
        "Fair play to the journalist but the headline is misleading. The school wasn't 'saved', "
        "the closure was pushed back a year."
    ),
    (
        "The council's management of the bin strike has been pathetic. Pay the crews properly "
        "and stop blaming them for your own budget mess."
    ),
    (
        "Sheriff's office still hasnt released the bodycam footage after four months. What "
        "exactly are they sitting on?"
    ),
    (
        "Minister Byrne's 'listening tour' visited one town in the west and left after forty "
        "minutes. Listen harder, Minister."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "The Polish deli on Carrick Street does the best rye bread in town, and the family "
        "running it couldn't be nicer."
    ),
    (
        "Great to see the gurdwara in Holloway opening its langar to anyone hit by the floods. "
        "Proper community spirit."
    ),
    (
        "My daughter's class took in two kids from the Syrian families that arrived last year "
        "and they've settled in brilliantly."
    ),
    (
        "Well done to the Dunmore Pride committee - first parade the town's ever had and not a "
        "bit of bother all day."
    ),
    (
        "Really interesting piece on the Traveller heritage exhibition at the museum. Had no "
        "idea about the tinsmithing history."
    ),
    (
        "The Islamic centre on Mill Road is holding an open iftar Friday, all welcome. Went last "
        "year, fantastic food and good craic."
    ),
    (
        "As a deaf resident I'd love it if council meetings had live captions. Would help a lot "
        "of us follow what's going on."
    ),
    (
        "Lovely to see the Wiradjuri elders invited to open the new wing at Yarrabee hospital. "
        "About time too."
    ),
    (
        "The volunteers restoring that old Jewish graveyard deserve a medal, that place was "
        "overgrown for decades."
    ),
    (
        "Our new neighbours are a gay couple from Leeds and they've already organised the street "
        "party. Legends, the pair of them."
    ),
    (
        "People blaming 'the immigrants' for the housing shortage should count how many flats on "
        "the seafront are sitting empty as holiday lets."
    ),
    (
        "Scrolled through the comments under yesterday's story about the mosque extension. "
        "Disgraceful. These are our neighbours, they've been here forty years."
    ),
    (
        "Being trans didn't make her a worse swimming coach. She's the reason my lad made the "
        "county squad. Leave the woman alone."
    ),
    (
        "If your first reaction to a Black teenager winning a national science prize is to ask "
        "about his 'background', that says more about you than him."
    ),
    (
        "Whenever there's a crime story someone drags in the asylum hotel. The fella charged is "
        "from Newbridge, born and bred. Give it a rest."
    ),
    (
        "No, Roma families aren't 'all on benefits' - half the traders at Selby Cross market are "
        "Roma and they graft harder than most of us."
    ),
    (
        "Muslims aren't some threat to this town, they're running half the late-night chemists "
        "and the taxis that get us home."
    ),
    (
        "Disabled people are not scroungers. My brother works 30 hours a week with MS and his "
        "tax bill beats some of the fat cats up at the Hall."
    ),
    (
        "The Diwali fireworks at the Hindu temple were stunning last night, the whole estate "
        "came out to watch."
    ),
    (
        "Beautiful article about the Windrush nurses at St Cuthbert's. Those women held the "
        "wards together for decades."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Pryce may want to remember his kids walk home past the quarry every "
        "afternoon. Just saying."
    ),
    (
        "Funny how quick accidents happen along those dark lanes out by Tolland's farm. He'd "
        "want to be careful driving home."
    ),
    (
        "We know what house is yours, Fiona. Lovely blue door. Shame if anything were to happen "
        "to whoever's behind it."
    ),
    (
        "Keep writing stories like this, Declan, and see just how long you keep getting home "
        "safe from the pub of a Friday."
    ),
    "Whoever at the planning office signed this off should start sleeping with one eye open.",
    (
        "Some of us in Grange Park have long memories and longer evenings. Hartigan will learn "
        "that soon enough."
    ),
    (
        "That reporter parks up in the same spot behind the Co-op every morning at 8. People "
        "notice things like that."
    ),
    (
        "Mayor Kessler won't be smiling for the cameras much longer. Things have a habit of "
        "catching up with people round here."
    ),
    (
        "Should the Crowhill mast be approved I'll make sure Cllr Abbott never walks through "
        "this village again, one way or another."
    ),
    (
        "Shut our school and I will be waiting for the head of education outside County Hall, "
        "and that won't be for a chat."
    ),
    (
        "If the planning officer approves this he'd better pray he never runs into me in a dark "
        "car park."
    ),
    (
        "Let that creep move into our street and I'll sort him out myself with a hammer, coppers "
        "or no coppers."
    ),
    (
        "One more ticket from that warden and I'm putting him through his own windscreen, swear "
        "down."
    ),
    "If Judge Whitcombe lets him walk on Monday she'll answer to us, not to any appeals court.",
    "Should the council evict my nan, that housing officer will get hurt. Badly. Count on it.",
    (
        "Gareth Lowe, I'm going to track you down and break every finger on your hand so you'll "
        "never type another lie."
    ),
    "I will kill that landlord the next time I spot him on Dock Street. This isn't a joke.",
    "Coming for you tonight Sgt Danaher. You'll never see it coming.",
    (
        "I'm going to batter that ref from Saturday when he's in the Crown next week, mark my "
        "words, he'll be eating through a straw."
    ),
    (
        "Someone needs to go over to Councillor Fenwick's place and give the man a right "
        "kicking. Address is listed on the electoral roll lads."
    ),
    (
        "Everyone at the protest Saturday bring bats. If the bailiffs turn up we put them in "
        "hospital, all of them."
    ),
    (
        "Somebody should drag that scumbag out of the flat on Barrow Road and finish him off. "
        "Cops won't, so we will."
    ),
    (
        "Anyone with a jerrycan should pay the new incinerator site office a visit tonight. Let "
        "the whole thing burn."
    ),
    "Go and cave in every pane of the Greenway Homes showroom, it's all that lot understand.",
    (
        "Lads, the speed cameras along the A59 - bring angle grinders Friday night. Every last "
        "one comes down."
    ),
]

LOOKALIKES_EN: list[str] = [
    ("Ravenhill absolutely murdered Ballycastle 5-0 on Saturday, and their keeper must be gutted."),
    "That new chilli sauce at the Bluebell takeaway nearly killed me. 10/10 would die again.",
    "Garden's a war zone after the storm. Half my fence is in next door's pond.",
    (
        "The Kilmore Players' Macbeth was brilliant, the stabbing scene had the whole parish "
        "hall gasping."
    ),
    "Shoot me now, another year of roadworks on the high street?",
    (
        "Quiz team from the Anchor got slaughtered in round three. Far too many questions about "
        "80s darts."
    ),
    (
        "Grandad used to say he'd wring our necks if we came home muddy - softest man who ever "
        "lived. RIP Tommy."
    ),
    "Local author's new crime novel has a body in the canal by page two. Couldnt put it down.",
    "The chocolate bomb cake at Hetty's bakery is lethal. Dangerously good.",
    "Our under-12 girls battered the league leaders on Sunday, proud as punch of them.",
    ("The wasps' nest in the school roof finally got destroyed. Pest control deserve a pay rise."),
    (
        "Remembrance service was deeply moving. The veterans talking about the bombing of the "
        "docks had me in bits."
    ),
    "She knocked 'em dead at the talent show. Best voice in Kilmore by a country mile.",
    (
        "The rifle range at the scout camp is perfectly safe, my lad's been going three years "
        "and got his marksman badge."
    ),
    "Council should axe the daft one-way system, not the library.",
    (
        "Darts night at the Plough is cutthroat. Mavis has won nine weeks running, nobody can "
        "touch her."
    ),
    ("Absolute massacre at the village show. Doris's marrow wiped the floor with the lot of them."),
    "The documentary on the 1974 pub bombing should be shown in every school in the county.",
    "Honestly, I'd murder a proper bus service out to Glenmore right now.",
    (
        "Deer cull on the Ardmore estate starts Monday, walkers stick to the marked paths and "
        "you'll be grand."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
