"""A tenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 114 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows were reworded for the overlap alone, before any scorer
was run on the table. Kinds, and what the default policy should do: sharp but legitimate
criticism and neutral or friendly mentions of groups (counter-speech and negations included)
are published; threats and calls for violence are held; harmless look-alikes are published.
German threats, in order: veiled (1-30), conditional (31-55), direct (56-70), calls against
people (71-85), calls against property (86-100); English: veiled (1-8), conditional (9-15),
direct (16-19), calls against people (20-22), calls against property (23-25).

It was kept for the next candidate; before that, only the shipped scorers ran on it, for the
test's bounds. Every look is in the ledger of docs/candidates.md. Never train on it, and do not
use it to fit or tune rules, word lists or thresholds; otherwise it stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Die Müllgebühr steigt schon wieder, diesmal gleich um 14 Prozent, aber abgeholt wird "
        "der Restmüll weiterhin bloß im Dreiwochentakt. Welcher Schlaumeier im Rathaus hat sich "
        "das einfallen lassen?"
    ),
    (
        "Herr Bürgermeister Kestner, Sie haben im Wahlkampf ein Hallenbad versprochen. Jetzt ist "
        "sogar das Freibad zu. Treten Sie zurück, das wäre wenigstens mal konsequent."
    ),
    (
        "Seit 19 Monaten blockiert die Lindenallee-Baustelle unsere Straße, und Bauarbeiter "
        "sieht man dort höchstens an drei Tagen wöchentlich. Lachhaft."
    ),
    (
        "Werte Mitarbeitende der Kreisverwaltung, seit elf Wochen hoffe ich vergeblich auf einen "
        "Termin, um mein Auto umzumelden. Jedes andere Unternehmen würde bei derartigen "
        "Verhältnissen personelle Konsequenzen ziehen. Meine Beschwerde geht schriftlich an den "
        "Landrat."
    ),
    (
        "Toll gemacht, Stadtwerke Borkenfeld. Preise rauf wenn der Einkauf teuer ist, Preise "
        "bleiben oben wenn der Einkauf wieder billig ist. Tolle Logik."
    ),
    "Der Gemeinderat hat die Bürger wieder mal nicht gefragt. Neuwahlen jetzt!",
    (
        "Das Jobcenter verliert zum dritten Mal meine Unterlagen und droht mir dann mit Kürzung "
        "weil angeblich was fehlt. Ich hab inzwischen Eingangsstempel auf allem und geh jetzt "
        "zum Sozialgericht."
    ),
    (
        "Der Bus 412 fährt laut Plan alle 20 Minuten. Laut Realität alle 40, wenn überhaupt. "
        "Liebe Verkehrsbetriebe, vielleicht den Fahrplan mal an die Wirklichkeit anpassen, dann "
        "ist wenigstens einer ehrlich."
    ),
    (
        "Kita-Gebühren rauf, Öffnungszeiten runter, Personal fehlt seit Jahren. Und dann wundert "
        "sich die Stadt dass junge Familien nach Wessling rausziehen."
    ),
    (
        "Für einen überflüssigen Kreisel werden 2,4 Millionen verbaut, doch für die "
        "Schultoiletten der Grundschule am Kirchberg fehlt seit 2019 angeblich jeder Cent. "
        "Prioritäten, Leute!"
    ),
    (
        "Wer hat beim Klinikum eigentlich entschieden, die Geburtsstation zu schließen? Die "
        "nächste ist jetzt 48 km weit weg. Ich unterschreibe die Petition und hoffe viele andere "
        "auch."
    ),
    (
        "Die Landesregierung redet von Digitalisierung und bei uns im Ortsteil Hollbach gibt's "
        "nicht mal stabiles Handynetz. Peinlich."
    ),
    (
        "Nee, ist klar. Parkgebühren in der Innenstadt verdoppeln und sich dann über leere Läden "
        "beschweren. Da hätte ich auch selbst drauf kommen können."
    ),
    (
        "Ich finde es unmöglich, wie die Polizei bei meiner Anzeige wegen des Fahrraddiebstahls "
        "reagiert hat: Achselzucken, Formular, tschüss. Dann braucht man sich auch nicht wundern "
        "wenn keiner mehr was meldet."
    ),
    (
        "Dieses Urteil leuchtet mir überhaupt nicht ein. Acht Monate Bewährung für einen, der "
        "Senioren drei Jahre lang um ihr Erspartes gebracht hat? Das Landgericht sollte sich das "
        "in der Berufung gründlich vornehmen."
    ),
    (
        "Die Krankenkasse lehnt den Rollator für meine Mutter ab, weil sie ja „noch gehen kann“. "
        "Genau dafür braucht sie ihn ja. Widerspruch ist raus, und wenn nötig klagen wir."
    ),
    (
        "Bravo Stadtverwaltung, vier Jahre Planung für einen Radweg der nach 300 Metern im "
        "Nichts endet."
    ),
    (
        "Die Schulleitung des Gymnasiums hat die Eltern über den Wegfall der Leistungskurse per "
        "Aushang informiert. Per Aushang! Kommunikation ist dort offensichtlich kein "
        "Unterrichtsfach."
    ),
    (
        "Der Verein hat die Mitgliedsbeiträge um 60 Prozent erhöht ohne dass die "
        "Mitgliederversammlung gefragt wurde. Das ist satzungswidrig und wir werden das "
        "anfechten."
    ),
    (
        "Liebe Kirchengemeinde St. Ulrich, erst predigen Sie Nächstenliebe und Gemeinschaft, und "
        "dann verscherbeln Sie unser Gemeindehaus an irgendeinen Investor. Wo treffen sich denn "
        "künftig die Senioren zu ihren Nachmittagen? Auf dem Parkplatz?"
    ),
    (
        "Stadtfest mit 12 Euro Eintritt. Für Bier aus Plastikbechern und eine Coverband. Nein "
        "danke, dann feiern wir halt im Garten."
    ),
    (
        "Die Wohnungsbaugesellschaft lässt die Häuser in der Gartenstraße verrotten, Schimmel in "
        "jeder zweiten Wohnung, und erhöht gleichzeitig die Miete. Der Mieterverein ist "
        "eingeschaltet."
    ),
    (
        "Wie die Ampelschaltung an der Ecke Bahnhofstraße/Am Wall programmiert ist, grenzt an "
        "eine Zumutung. Fußgänger stehen 90 Sekunden bei Rot, und das bei minus fünf Grad. "
        "Welcher Planer hat sich das ausgedacht?"
    ),
    (
        "Die Partei hat vor der Wahl versprochen, die Grundsteuer nicht anzufassen. Jetzt "
        "stimmen genau die für die Erhöhung. Ich hab mir die Namen gemerkt, beim nächsten Mal "
        "bekommen die meine Stimme nicht."
    ),
    (
        "Achso, jetzt ist im Haushalt plötzlich ein Loch von 7 Millionen. Hat im Wahljahr "
        "niemand gemerkt? Komisch."
    ),
    (
        "Sehr geehrte Redaktion, ich bitte Sie, bei der Stadt nachzufragen, weshalb die "
        "Sanierung der Sporthalle nun schon zum dritten Mal verschoben wurde. Die Vereine "
        "trainieren seit zwei Jahren in Nachbargemeinden, die Fahrtkosten tragen die Eltern."
    ),
    "Ausschreibung verpennt, Fördergeld weg, und keiner ist schuld. Typisch Kreishaus.",
    (
        "Dass die Gemeinde die Bücherei auf zwei Nachmittage die Woche zusammenstreicht ist ein "
        "Armutszeugnis. Gleichzeitig wird das Büro des Bürgermeisters renoviert. Muss man nicht "
        "verstehen."
    ),
    (
        "Heizkostenabrechnung vom Versorger: 1.100 Euro Nachzahlung, Begründung auf zwei Zeilen "
        "unverständliches Amtsdeutsch. Ich hab Widerspruch eingelegt und die Verbraucherzentrale "
        "angeschrieben, kann ich jedem nur empfehlen."
    ),
    (
        "Die S-Bahn fällt aus, der Ersatzbus kommt nicht, Infos gibt's keine. Und das jeden "
        "zweiten Montag. Ich will kein Geld zurück, ich will einfach nur pünktlich zur Arbeit."
    ),
    (
        "Samstag, elf Uhr, Kundgebung vorm Rathaus, damit unser Hallenbad offen bleibt. "
        "Offiziell angemeldet und friedlich. Kommt in Scharen, sonst wurschteln die einfach "
        "weiter wie bisher."
    ),
    (
        "Die Notaufnahme im Kreiskrankenhaus: sechs Stunden warten mit einem gebrochenen "
        "Handgelenk, kein Wasser, kein Stuhl frei. Das Personal kann nix dafür, das ist ein "
        "Organisationsversagen von Klinikleitung und Träger."
    ),
    (
        "Is ja nett dass der Landrat zur Einweihung vom Ärztehaus kommt und Bändchen schneidet. "
        "Nur blöd dass da bis heute kein einziger Kinderarzt drin sitzt."
    ),
    (
        "Der Ortsbeirat hat sich in sechs Sitzungen nicht ein einziges Mal mit dem Lärm von der "
        "Umgehungsstraße beschäftigt. Wozu gibt es dieses Gremium eigentlich?"
    ),
    (
        "Wieder eine Kommission, wieder ein Gutachten für 180.000 Euro, wieder passiert nix. "
        "Gutachten schreiben kann ich auch, für die Hälfte."
    ),
    (
        "Ich wohne seit 34 Jahren in diesem Stadtteil und habe noch nie eine so planlose "
        "Verwaltung erlebt. Straßensperrungen werden am selben Tag angekündigt, Umleitungen "
        "führen in Sackgassen. Ich fordere den Leiter des Bauamts auf, sich das einmal "
        "persönlich im Berufsverkehr anzusehen."
    ),
    (
        "Die Kürzung der Schulsozialarbeit ist der falsche Weg. Gerade jetzt. Der Kreistag "
        "sollte sich schämen."
    ),
    (
        "Der FC hat für die neue Tribüne 800.000 Euro Zuschuss von der Stadt bekommen und die "
        "Jugendmannschaften müssen immer noch auf dem Hartplatz trainieren. Der Vorstand sollte "
        "mal erklären, wohin das Geld eigentlich fließt."
    ),
    (
        "Ehrlich, das Genehmigungsverfahren für einen Carport dauert hier länger als in "
        "Österreich der Bau von einem ganzen Einfamilienhaus. Bürokratie ohne Ende."
    ),
    (
        "Die Polizei war beim Spiel am Sonntag völlig überdimensioniert aufgestellt, "
        "Hundertschaften für ein Kreisliga-Derby. Wer zahlt das eigentlich? Ich stelle über "
        "unsere Abgeordnete eine Anfrage ans Innenministerium."
    ),
    (
        "Zum dritten Mal in dem Jahr kein Strom in Oberwehrden, zum dritten Mal keine Erklärung "
        "vom Netzbetreiber. Langsam reichts."
    ),
    (
        "Gute Nacht Marienfeld. Post weg, Sparkasse weg, jetzt auch noch der Bäcker, und der "
        "Gemeinderat beschließt ne Blühwiese. Schön für die Bienen."
    ),
    (
        "Das Land hat die Förderung für das Frauenhaus um ein Drittel gekürzt. Ich hoffe, dass "
        "die Abgeordneten aus unserem Wahlkreis im Landtag dagegen stimmen, sonst dürfen sie das "
        "den Wählerinnen im Herbst gerne mal erklären."
    ),
    (
        "Warum bekommt der Investor das Grundstück am See für einen symbolischen Preis? Die "
        "Unterlagen gehören offengelegt, und zwar komplett. Notfalls über das "
        "Informationsfreiheitsgesetz, der Antrag ist schon vorbereitet."
    ),
    (
        "Die Hundesteuer steigt auf 150 Euro, aber Hundewiesen oder Kotbeutelspender gibts "
        "nirgends. Wofür zahlen wir eigentlich?"
    ),
    (
        "Ich verstehe nicht, wieso die Stadt 80 neue Wohnungen als „bezahlbar“ verkauft, wenn "
        "die Kaltmiete bei 14,50 pro Quadratmeter liegt. Das kann sich hier keine "
        "Krankenschwester und kein Busfahrer leisten."
    ),
    (
        "Schulweg ohne Zebrastreifen, obwohl die Eltern seit Jahren Unterschriften sammeln. Muss "
        "erst was passieren?"
    ),
    (
        "Wochenmarkt verlegt auf den Parkplatz hinterm Baumarkt. Wer soll da bitte hingehen? Die "
        "Händler haben schon angekündigt dass sie nicht mehr kommen. Gratulation an den "
        "Ordnungsausschuss, Tradition in einem Jahr kaputtgemacht."
    ),
    (
        "Seit wann beschließt der Hauptausschuss eigentlich im Hinterzimmer über "
        "Angelegenheiten, die jeden Bürger angehen? Unter Transparenz verstehe ich etwas "
        "anderes."
    ),
    (
        "Der Veranstalter vom Weihnachtsmarkt kassiert 3.000 Euro Standgebühr von den Vereinen. "
        "Für eine Hütte, vier Wochen lang! Da bleibt für den guten Zweck am Ende nix übrig. "
        "Viele Vereine machen nächstes Jahr nicht mehr mit, und ich kann sie verstehen."
    ),
    (
        "Bescheid vom Bauamt nach 14 Monaten: Antrag unvollständig. Das hätte man auch nach 14 "
        "Tagen sagen können."
    ),
    (
        "Man kann von der Landesregierung halten was man will, aber diese Lehrerverteilung ist "
        "ein Desaster. Unsere Grundschule hat zwei Lehrkräfte für vier Klassen, in der "
        "Kreisstadt sind die Stellen voll besetzt. Wer sich das ausgedacht hat, sollte hier mal "
        "eine Woche vertreten."
    ),
    (
        "Rückwirkend hat der Zweckverband die Gebühren fürs Abwasser angehoben. Rückwirkend! Mal "
        "sehen, was das Verwaltungsgericht dazu sagt – unsere Bürgerinitiative sammelt bereits "
        "Spenden für die Klage."
    ),
    "Genau, noch ein Discounter auf die grüne Wiese. Wir haben ja erst vier davon.",
    (
        "Frau Oberbürgermeisterin Hagedorn, bei der Bürgerversammlung haben Sie gesagt, Sie "
        "hören zu. Die Petition mit 4.200 Unterschriften wurde ohne Debatte abgelehnt. So sieht "
        "Zuhören nicht aus."
    ),
    (
        "Die Landesstraße zwischen Eichstetten und Brühlingen ist voller Schlaglöcher, teilweise "
        "15 cm tief. Meldet man das, heißt es „nicht zuständig“. Der Landesbetrieb schiebt es "
        "auf den Kreis, der Kreis aufs Land. Irgendwer muss doch zuständig sein??"
    ),
    (
        "Ich war 25 Jahre Mitglied im Ortsverein und bin nach dem Beschluss zum Gewerbegebiet "
        "ausgetreten. Man kann nicht jahrelang Naturschutz predigen und dann das Moor "
        "zubetonieren."
    ),
    (
        "Was die Bahn bei der Sanierung von Gleis 3 abzieht, ist einfach nur amateurhaft. Kein "
        "Aufzug, Rampe gesperrt, Rollstuhlfahrer müssen zwei Stationen weiter fahren."
    ),
    (
        "Danke an den Kreis für die neue Gebührenordnung beim Wertstoffhof. Jetzt landet der "
        "Sperrmüll halt wieder im Wald. Hat ja super geklappt."
    ),
    (
        "Die Gemeinde schreibt im Amtsblatt, die Straßenbeleuchtung werde „energieeffizient "
        "optimiert“. Heißt übersetzt: ab 22 Uhr stockdunkel auf dem Heimweg vom Bahnhof. Sowas "
        "bitte nächstes Mal ehrlich sagen und vorher die Anwohner fragen."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schöner Artikel über das Sommerfest im Seniorenheim Am Lindenhof. Meine Oma wohnt dort "
        "und hat noch Tage danach von der Musik geschwärmt."
    ),
    (
        "Herzlichen Glückwunsch an Tobias und Marco zur Hochzeit! Wir haben uns als Nachbarn "
        "riesig gefreut, dass ihr in der alten Dorfkirche gefeiert habt."
    ),
    (
        "Die syrische Bäckerei am Marktplatz hat die besten Sesamkringel der Stadt. Geht da mal "
        "hin, die Familie ist unheimlich freundlich."
    ),
    (
        "Klasse, dass die Moscheegemeinde an ihrem Besuchstag auch Schulklassen durch ihre Räume "
        "führt. Meine Tochter kam völlig begeistert heim."
    ),
    (
        "Der Rollstuhlbasketball-Verein sucht noch Helfer für das Turnier im Mai. Ich war "
        "letztes Jahr dabei, super Stimmung, kann ich nur empfehlen."
    ),
    (
        "Frau Demir war 30 Jahre lang Lehrerin an der Realschule, meine beiden Kinder hatten sie "
        "in Mathe. Alles Gute für den Ruhestand!"
    ),
    (
        "Die Einladung der jüdischen Gemeinde zum Chanukka-Fest auf dem Rathausplatz finde ich "
        "richtig schön. Mit unseren Kleinen sind wir hingegangen und haben Krapfen gefuttert."
    ),
    (
        "Im Kirchenchor singen ukrainische Frauen mit, und beim Adventskonzert haben sie ein "
        "Lied aus ihrer Heimat angestimmt. Gänsehaut."
    ),
    (
        "Gut, dass die Stadt die Wärmestube für Wohnungslose jetzt auch am Wochenende aufmacht. "
        "Ich spende gern Schlafsäcke, wo kann man die abgeben?"
    ),
    (
        "Beim Kreisligaspiel am Sonntag hat Yonas zwei Tore gemacht. Der Junge aus Eritrea ist "
        "erst seit einem Jahr im Verein und schon nicht mehr wegzudenken."
    ),
    (
        "Die 91-jährige Oma von nebenan dreht nach wie vor allmorgendlich mit ihrem Rollator "
        "eine Runde um den Teich. Respekt, hoffentlich schaffe ich das später auch mal."
    ),
    (
        "Der griechische Wirt vom „Olympia“ hört nach 38 Jahren auf. Wir haben dort Taufe, "
        "Konfirmation und goldene Hochzeit gefeiert. Danke, Kostas!"
    ),
    (
        "Wirklich gelungene Ausstellung im Stadtmuseum zur Geschichte der Sinti-Familien hier in "
        "der Region. Vorher wusste ich fast gar nichts darüber."
    ),
    (
        "In unserem Haus lebt eine kurdische Familie, deren Kinder ständig mit unseren im Hof "
        "spielen. Zu Newroz durften wir bei ihnen mitessen – ein herrlicher Abend."
    ),
    (
        "Die Transfrau, die in der Apotheke am Bahnhof arbeitet, hat mich letzte Woche bei einer "
        "Frage zu meinen Medikamenten super beraten. Kompetent und geduldig."
    ),
    (
        "Schön, dass die evangelische und die katholische Gemeinde das Erntedankfest dieses Jahr "
        "zusammen feiern."
    ),
    (
        "Endlich ein Bericht über die Frauenmannschaft vom SV Grünwalde! Die spielen seit Jahren "
        "erfolgreicher als die Herren und kriegen nie Aufmerksamkeit."
    ),
    (
        "Die jesidische Gemeinschaft hatte beim Stadtteilfest einen Essensstand, es gab "
        "unglaublich leckeres Fladenbrot. Ich hab mir das Rezept geben lassen."
    ),
    (
        "Herr Wiebe von nebenan, ein Russlanddeutscher, hat mir bei meinem Umzug ungefragt mit "
        "seinem Anhänger ausgeholfen. Nachbarn wie ihn wünscht sich jeder."
    ),
    (
        "Der Polnische Kulturverein lädt am Samstag zum Pierogi-Kochkurs ins Bürgerhaus ein. "
        "Offen für alle, ich hab mich schon angemeldet."
    ),
    (
        "Gratulation an Leonie und Sarah! Seit 40 Jahren ein Paar und jetzt endlich auch "
        "offiziell verheiratet. Ich freu mich riesig für euch."
    ),
    (
        "Das inklusive Café in der Schillerstraße, in dem Menschen mit Behinderung arbeiten, "
        "macht den besten Käsekuchen weit und breit. Und die Bedienung ist immer gut gelaunt."
    ),
    (
        "Die türkische Gemüsehändlerin auf dem Wochenmarkt legt meinem Sohn immer eine Mandarine "
        "extra in die Tüte. Kleine Geste, aber er freut sich jedes Mal."
    ),
    (
        "Beim Iftar-Essen im Gemeindezentrum waren dieses Jahr auch der Pfarrer und der "
        "Bürgermeister dabei. Tolle Atmosphäre, sehr viele Nachbarn."
    ),
    (
        "Im Seniorentreff gibt es jetzt einen Computerkurs, den zwei Schüler vom Gymnasium "
        "leiten. Mein Vater, 82, schreibt mir seitdem WhatsApp-Nachrichten mit Emojis."
    ),
    (
        "Die Pfadfinder haben zusammen mit geflüchteten Jugendlichen das Ufer am Mühlbach sauber "
        "gemacht. 40 Säcke Müll. Danke an alle!"
    ),
    (
        "Schöner Bericht über den allerersten CSD bei uns im Städtchen. Friedlich und bunt war "
        "es, und erstaunlich viele Ältere standen am Straßenrand und haben gewunken."
    ),
    (
        "Meine Hebamme kam aus Eritrea und war die beste Unterstützung, die ich mir wünschen "
        "konnte. Ohne sie hätte ich die ersten Wochen nicht so gut gemeistert."
    ),
    (
        "Das Ehepaar aus Aleppo, das die Schneiderei in der Hauptstraße übernommen hat, hat "
        "meinen Wintermantel gerettet. Saubere Arbeit zu einem fairen Preis."
    ),
    (
        "Der neue Blindenleitstreifen am Bahnhof ist ein echter Fortschritt. Mein Onkel ist "
        "sehbehindert und kommt jetzt allein bis zum Bus."
    ),
    (
        "Tolle Idee vom Straßenzeitungs-Projekt, dass ehemals obdachlose Menschen jetzt selbst "
        "Stadtführungen machen. Ich war bei einer dabei, man sieht seine eigene Stadt danach mit "
        "anderen Augen."
    ),
    (
        "Fastenbrechen und Martinsumzug lagen dieses Jahr in derselben Woche, und in unserer "
        "Straße haben einfach alle bei beidem mitgemacht."
    ),
    (
        "Beim Volkslauf hat die 78-jährige Gerda Mertens die 10 km in unter einer Stunde "
        "geschafft. Unglaublich!"
    ),
    (
        "Der ukrainische Pianist, der seit letztem Jahr an der Musikschule unterrichtet, hat mit "
        "seinen Schülern ein wunderbares Konzert gegeben."
    ),
    (
        "Schön, dass der Landfrauenverein jetzt auch junge Mütter aus dem Neubaugebiet "
        "anspricht, egal woher sie kommen. Der Backkurs war richtig voll."
    ),
    (
        "Die Synagoge in der Gartenstraße öffnet am Sonntag ihre Türen für Besucher, inklusive "
        "Führung. Kann ich wärmstens empfehlen, letztes Jahr war es sehr interessant."
    ),
    (
        "Die Familie Lakatos macht beim Dorffest schon seit Jahren die Musik, und ohne die Geige "
        "von Herrn Lakatos würde mir da echt was fehlen. Schön, dass der Artikel auch die "
        "Geschichte der Roma-Musiker in der Gegend erwähnt."
    ),
    (
        "Unsere Kita hat eine Erzieherin aus Griechenland, die den Kindern Lieder auf Griechisch "
        "beibringt. Mein Sohn singt jetzt beim Abendessen „Kalinichta“."
    ),
    (
        "Wer unter einen Artikel über die Hochzeit von zwei Männern „das ist widernatürlich“ "
        "schreibt, sollte mal überlegen, warum ihn das Glück anderer Leute so stört. Die beiden "
        "tun niemandem was, lasst sie einfach glücklich sein."
    ),
    (
        "Einfach widerlich, was da an die Moschee in der Weststraße geschmiert wurde. So ist "
        "unsere Stadt nicht. Hoffentlich erwischt man die Täter, und beim Saubermachen packe ich "
        "gern mit an."
    ),
    (
        "Ich lese hier in den Kommentaren Sätze wie „die sollen doch zurück, wo sie herkommen“. "
        "Die Familie Haddad lebt seit zwölf Jahren hier, zahlt Steuern und hat den halben "
        "Sportverein mit aufgebaut. Solche Sprüche haben hier nichts verloren."
    ),
    (
        "Für Antisemitismus ist hier bei uns kein Platz. Punkt. Dass sich Mitglieder der "
        "jüdischen Gemeinde nicht mehr mit Kippa zum Bäcker trauen, beschämt uns alle."
    ),
    (
        "An die Redaktion: Bitte löschen Sie die Kommentare, die Roma pauschal als Diebe "
        "hinstellen. Das ist ein uraltes Vorurteil und hat mit dem Artikel über den Kindergarten "
        "gar nichts zu tun."
    ),
    (
        "„Behinderte gehören in Heime“ hat gestern jemand zum Artikel über die Inklusionsklasse "
        "geschrieben. Nein. Ihr Platz ist genau da, wo auch alle anderen Kinder sind: in der "
        "Grundschule nebenan."
    ),
    (
        "Mich ärgert, wie hier über obdachlose Menschen geredet wird, als wären sie ein "
        "Sauberkeitsproblem. Das sind Menschen, die oft einfach Pech hatten. Ein bisschen "
        "Anstand bitte."
    ),
    (
        "Die Drohbriefe an die Trans-Beratungsstelle verurteile ich aufs Schärfste. Jeder Mensch "
        "hat das Recht, ohne Angst zu leben, und ich hoffe, die Polizei ermittelt mit Nachdruck."
    ),
    (
        "Wenn unter jedem Artikel über eine Frau im Gemeinderat Kommentare kommen, sie solle "
        "lieber „zurück an den Herd“, dann sagt das mehr über die Schreiber als über die "
        "Politikerin. Frau Brandner macht einen guten Job."
    ),
    (
        "Die Attacke auf den geflüchteten Mann am Bahnhof hat mich tief erschüttert. Abends war "
        "ich bei der Mahnwache und fand es schön, wie viele Menschen gekommen waren."
    ),
    (
        "Leute, hört bitte auf, alle Russlanddeutschen in einen Topf zu werfen. Meine "
        "Schwiegereltern sind 1992 aus Kasachstan gekommen und haben mit dem, was ihr ihnen da "
        "unterstellt, überhaupt nichts zu tun."
    ),
    (
        "Dass hier in den Kommentaren ältere Menschen als „Belastung für die Rentenkasse“ "
        "abgestempelt werden, beschämt mich. Genau diese Jahrgänge haben unsere Stadt nach dem "
        "Krieg wieder mit aufgebaut."
    ),
    (
        "Gegen die geplante Flüchtlingsunterkunft in der Feldstraße hab ich rein gar nichts. "
        "Mein einziger Wunsch wäre, dass die Stadtverwaltung uns Anwohner rechtzeitiger ins Bild "
        "setzt. Die Leute, die dort einziehen, trifft daran die geringste Schuld."
    ),
    (
        "Ich persönlich hasse keine Muslime, und in meinem Bekanntenkreis kenne ich auch keinen, "
        "der es tut. Unser Zahnarzt, die Nachbarn, die Kollegen – stinknormale Menschen, genau "
        "wie wir alle."
    ),
    (
        "Die Pflegekräfte aus Polen und von den Philippinen im Altenheim nehmen niemandem etwas "
        "weg. Ohne sie gäbe es das Heim schlicht nicht mehr."
    ),
    (
        "Ich habe überhaupt kein Problem damit, dass zwei Frauen das Café übernommen haben und "
        "das auch offen zeigen. Hauptsache der Kaffee ist gut, und das ist er."
    ),
    (
        "Migranten nehmen niemandem die Wohnungen weg, das Problem ist, dass seit zwanzig Jahren "
        "zu wenig gebaut wurde. Das sollte man auseinanderhalten."
    ),
    (
        "Menschen mit Behinderung am Arbeitsplatz stören mich überhaupt nicht, im Gegenteil. "
        "Mein Kollege mit Downsyndrom ist der Verlässlichste im ganzen Lager."
    ),
    (
        "Die jüdische Gemeinde nimmt niemandem etwas weg, nur weil sie einen Zuschuss für die "
        "Renovierung bekommt. Den bekommen andere Religionsgemeinschaften und Vereine genauso."
    ),
    (
        "Gegen die ukrainischen Familien im Ort habe ich gar nichts, schön, dass sie bei uns "
        "sind. Ich wollte bloß wissen, ob abends noch Deutschkurse angeboten werden, weil viele "
        "von ihnen tagsüber arbeiten."
    ),
    (
        "Wegen seines Glaubens hasse ich niemanden. Ob jemand in die Kirche, in die Moschee oder "
        "nirgendwohin geht, ist mir beim Grillen im Schrebergarten völlig wurscht."
    ),
    (
        "Die Obdachlosen am Bahnhof stören mich nicht. Was mich stört ist, dass es in der ganzen "
        "Stadt keine einzige öffentliche Toilette gibt, die nachts offen hat."
    ),
]

THREATS_DE: list[str] = [
    (
        "Frau Bürgermeisterin Kessler, schöner Garten übrigens, Hausnummer 14. Die Rosen an der "
        "Einfahrt sind bestimmt sehr empfindlich."
    ),
    (
        "Der Herr Redakteur Lindner fährt ja jeden Morgen um 7:20 mit dem blauen Passat los. Nur "
        "so als Info, man kennt sich hier."
    ),
    (
        "Die Grundschule Ihrer Tochter ist uns bekannt, Herr Gemeinderat. Überlegen Sie sich "
        "gut, wie Sie nächste Woche abstimmen."
    ),
    (
        "Schreibt ruhig weiter solche Artikel. Eure Redaktion im Erdgeschoss hat ja schön große "
        "Fenster."
    ),
    (
        "Man weiß nie, was so passiert, wenn man abends allein vom Rathaus zum Parkplatz läuft. "
        "Bleiben Sie gesund, Herr Brandt."
    ),
    (
        "Irgendwann wird abgerechnet mit allen, die diesen Windpark durchgewunken haben. Die "
        "Liste mit euren Namen haben wir aufgehoben."
    ),
    (
        "Die Dame vom Jobcenter, die mir die Leistung gekürzt hat, wohnt übrigens in der "
        "Lindenstraße. Hab sie gestern beim Einkaufen gesehen. Sie mich auch."
    ),
    ("Nette Katze haben Sie, Frau Dr. Sommer. Läuft ja immer frei draußen rum. Wäre schade drum."),
    (
        "Hab heute ein paar schöne Fotos von Ihrem Haus gemacht, Herr Richter Vogt. Die Kamera "
        "über der Haustür hängt übrigens schief."
    ),
    (
        "Wir vergessen nicht, wer im Kreistag für das Heim gestimmt hat. Jeder einzelne Name ist "
        "notiert, mit Anschrift."
    ),
    (
        "Schiri Kowalski vom Sonntag: Dein grauer Golf stand nach dem Spiel noch lange allein "
        "auf dem Vereinsparkplatz. Sowas merkt man sich."
    ),
    (
        "Bei dem ganzen trockenen Zeug, das auf dem Dachboden von so alten Fachwerkhäusern "
        "liegt, brennt sowas ja schnell mal ab. Nur eine Feststellung zum Haus vom Vermieter "
        "Grabowski."
    ),
    (
        "Ihr Kleiner spielt jeden Nachmittag allein auf dem Bolzplatz hinter der Kirche, Herr "
        "Polizeihauptkommissar. Da sollten Sie vielleicht mal besser drauf achten."
    ),
    (
        "Die Lehrerin, wegen der mein Sohn sitzengeblieben ist, kommt jeden Dienstag gegen halb "
        "fünf vom Yoga heim. Der Stadtpark liegt um diese Jahreszeit dann schon ziemlich im "
        "Dunkeln."
    ),
    (
        "Grüße an den Verfasser dieses Artikels. Deine Adresse war gar nicht so schwer "
        "rauszufinden. Kleine Überraschung ist unterwegs."
    ),
    (
        "Lassen Sie mal öfter Ihre Bremsen prüfen, Herr Landrat. Bei so viel Ärger im Landkreis "
        "kann man nie wissen."
    ),
    (
        "Die Gutmenschen vom Helferkreis sollten sich nicht wundern, wenn demnächst mal jemand "
        "bei ihnen klingelt. Nachts um drei."
    ),
    (
        "Ich hab Zeit. Viel Zeit. Und ich weiß, wo Stadtrat Hübner seinen Dackel jeden Abend "
        "Gassi führt."
    ),
    (
        "Echt mutig von der Reporterin, mit vollem Namen und Foto zu schreiben. Mal sehen, ob "
        "sie das nächstes Jahr auch noch macht."
    ),
    (
        "Kleiner Hinweis an den Hausarzt in der Bahnhofstraße: Wer Kranke ohne Attest "
        "heimschickt, braucht sich nicht zu wundern, falls seine Praxis eines Morgens ganz "
        "anders aussieht als am Vorabend."
    ),
    (
        "Zum Artikel über den Bebauungsplan: Toll, dass die Familie vom Bauamtsleiter ihren "
        "Urlaub so schön auf Facebook zeigt. Das Haus in der Birkenallee steht jetzt drei Wochen "
        "leer, oder?"
    ),
    (
        "Die Nachbarin, die uns wegen dem Grillen beim Ordnungsamt angeschwärzt hat, soll ruhig "
        "die Gardinen zulassen. Wir sehen sie auch so, jeden Tag."
    ),
    (
        "Grüße an Familie Yilmaz aus dem Eichenweg. Ihr wisst schon, warum. Und wir wissen, wann "
        "ihr nicht daheim seid."
    ),
    (
        "Nur mal so nebenbei: Die Moschee an der Industriestraße hat hinten raus überhaupt keine "
        "Kameras. Ist mir beim Spazierengehen aufgefallen. Und nicht nur mir."
    ),
    (
        "Für jeden im Gemeinderat, der die Maßnahmen damals so eifrig durchgedrückt hat: Die "
        "Rechnung kommt. Vielleicht nicht heute, aber sie kommt, und sie wird persönlich "
        "zugestellt."
    ),
    (
        "Wer so über die eigenen Leute schreibt wie das Kreisblatt, braucht sich über "
        "ungebetenen Besuch im Verlagshaus nicht beschweren. Wir waren schon mal da. Nur zum "
        "Gucken, diesmal."
    ),
    (
        "Frau Amtsrichterin Wendt, Ihr Mann holt die Zwillinge immer um zwölf vom Kindergarten "
        "Sonnenschein ab, richtig? Sie sehen, man interessiert sich für Ihre Familie."
    ),
    (
        "Der Vermieter, der uns nach 22 Jahren rausgeklagt hat, soll nachts gut schlafen. "
        "Solange er noch kann."
    ),
    (
        "Der Polizeibeamte, der meinen Bruder so grob rangenommen hat, fährt doch täglich über "
        "die B27 nach Hause. Auf der Strecke passieren ja ständig Unfälle, vor allem im Winter."
    ),
    (
        "Bin gespannt, wie lange das Schild am Parteibüro am Marktplatz noch dran ist. Und wie "
        "lange die Leute da drin sich noch ohne Begleitung vor die Tür wagen."
    ),
    (
        "Wenn der Gemeinderat die Windräder am Hohen Berg genehmigt, dann brauchen sich die "
        "Herren nicht wundern, wenn ihre eigenen Höfe als erstes brennen."
    ),
    (
        "Falls mein Junge wegen dieser Lehrerin nicht versetzt wird, tauche ich persönlich in "
        "der Schule auf. Und dann gnade ihr Gott."
    ),
    (
        "Noch einmal so ein Lügenartikel über unseren Verein, und euer Schreiberling kann sich "
        "beim Zahnarzt schon mal neue Zähne bestellen."
    ),
    (
        "Falls das Jobcenter mir nochmal das Geld streicht, geh ich da mit nem Messer rein. Das "
        "ist kein Witz mehr, ich hab nix zu verlieren."
    ),
    (
        "Wenn die Stadt wirklich noch 200 Leute in die alte Kaserne steckt, dann gibt es hier "
        "bald Tote, und zwar nicht auf unserer Seite."
    ),
    (
        "Herr Bürgermeister Dietz, wenn Sie die Straßenausbaubeiträge nicht zurücknehmen, "
        "besuchen wir Sie zu Hause. Mit allen, die zahlen mussten. Und wir kommen nicht zum "
        "Reden."
    ),
    (
        "Sollte dieser Schiedsrichter nochmal bei uns auf dem Platz pfeifen, geht er nicht auf "
        "zwei Beinen nach Hause."
    ),
    (
        "Parkt mir der Nachbar noch ein Mal die Einfahrt zu, fackel ich seine Karre ab. Genau so "
        "hab ich's ihm auch gesagt."
    ),
    (
        "Falls der Richter den Typen wieder laufen lässt, dann regeln wir das eben selber, und "
        "danach braucht der Richter auch einen Anwalt. Oder einen Bestatter."
    ),
    (
        "Noch ein Strafzettel von der Politesse in der Kirchgasse, und die kommt abends nicht "
        "mehr heil bei ihren Kindern an."
    ),
    (
        "Löscht ihr meinen Kommentar nochmal, liebe Redaktion, dann stehe ich bei euch auf der "
        "Matte und lösch euch. Deutlich genug?"
    ),
    (
        "Wenn die den Moscheebau an der Ringstraße tatsächlich durchziehen, dann steht das Ding "
        "keine Woche. Versprochen."
    ),
    (
        "Sollte Frau Dr. Albers noch einmal meiner Mutter die Behandlung verweigern, richte ich "
        "ihr die Praxis neu ein, und sie selbst gleich mit."
    ),
    (
        "Wenn der Vermieter die Kündigung nicht zurückzieht, wird er merken, wie schnell so ein "
        "Mehrfamilienhaus unbewohnbar wird. Er wohnt ja selbst im Dachgeschoss."
    ),
    (
        "Falls die Polizei nochmal bei unserem Treffen auftaucht, sind wir diesmal vorbereitet, "
        "und dann fliegen nicht nur Flaschen."
    ),
    (
        "Schreibt der Pfarrer noch einmal im Gemeindebrief was von Nächstenliebe für "
        "Flüchtlinge, dann kann er sich seine Kirche demnächst von außen anschauen, wenn sie "
        "lichterloh brennt."
    ),
    (
        "Der Stadtrat Oberle soll sich gut überlegen, ob er dem Projekt zustimmt. Wird mein "
        "Grundstück enteignet, verliert er mehr als nur Wählerstimmen. Er hat ja eine Frau und "
        "zwei Töchter."
    ),
    (
        "Wenn mein Hund wegen den Giftködern vom Nachbarn stirbt, dann stirbt der Nachbar auch. "
        "So einfach ist das."
    ),
    (
        "Sollten die Grünen ihren Infostand nochmal direkt vor meinem Laden aufbauen, dann fahr "
        "ich mit dem Transporter mitten rein. Ich warne nur einmal."
    ),
    (
        "Die Bearbeitung dauert bei der Wohngeldstelle sowieso schon ewig. Falls die "
        "Sachbearbeiterin Frau Krüger meinen Antrag ein drittes Mal verschlampt, wartet nach "
        "Feierabend jemand am Hinterausgang auf sie."
    ),
    (
        "Quatscht der Sohn von den Neuen gegenüber meine Tochter noch einmal an, kriegt er von "
        "mir beide Arme gebrochen, und sein Vater gleich mit."
    ),
    (
        "Sollte die Zeitung tatsächlich den vollen Namen meines Mannes im Prozessbericht "
        "bringen: Wir wissen, wo euer Lokalchef wohnt. Dann ist es für ihn ganz schnell vorbei "
        "mit der Pressefreiheit."
    ),
    (
        "Wenn die Trainerin meinen Jungen am Samstag wieder auf die Bank setzt, mach ich ihr das "
        "Auto platt und sie gleich dazu."
    ),
    (
        "Sagt der Ortsvorsteher die Kirmes nochmal ab, dann feiern wir eben bei ihm im "
        "Vorgarten. Mit Fackeln. Und der Garten ist danach nicht das Einzige, was fehlt."
    ),
    (
        "Noch ein einziges Windrad in Sichtweite von meinem Haus, und ich nehm mir den Planer "
        "von der Betreiberfirma persönlich vor. Der wohnt ja nur zwei Dörfer weiter."
    ),
    (
        "Den Bürgermeister Hofmann knall ich ab, sobald ich den einmal allein erwische. Der hat "
        "mein Leben ruiniert, jetzt ruinier ich seins."
    ),
    (
        "Ich schwör, ich stech den Typen vom Ordnungsamt ab, der mir die Imbissbude dichtgemacht "
        "hat."
    ),
    (
        "Am Sunntag kriagt der Schiri vo mir oane gschmiert, dass er nimmer woaß, wia er hoaßt. "
        "Der kimmt ma ned aus."
    ),
    (
        "ich fahr die klimakleber morgen früh an der kreuzung einfach über, mir doch egal wer da "
        "sitzt"
    ),
    (
        "Den Redakteur von dem Käseblatt pass ich nach der Arbeit ab, und dann gibts aufs Maul "
        "bis er nich mehr aufsteht."
    ),
    (
        "Isch mach den Vermieter kalt, Bruder, ehrlich. Der hat meine Mutter auf die Straße "
        "gesetzt, das lass ich nicht so."
    ),
    (
        "Ich zünd heut Nacht die Bude von dem Kinderschänder an, mit ihm drin. Die Polizei macht "
        "ja eh nix."
    ),
    (
        "Hab mir extra nen Baseballschläger besorgt. Der Nachbar mit seinem Dauerkläffer kriegt "
        "den morgen zu spüren, der und sein Köter."
    ),
    (
        "Ich werd der Richterin auflauern und zuschlagen, egal was es mich kostet. Die hat mir "
        "meine Kinder weggenommen."
    ),
    (
        "Dem Bullen, der meinen Bruder eingesackt hat, tret ich eigenhändig die Fresse ein. Name "
        "und Dienststelle hab ich schon."
    ),
    (
        "Ich geh da jetzt rüber zu dem Asylheim und mach die fertig, einen nach dem andern. Mir "
        "reichts endgültig."
    ),
    (
        "Hab noch das Jagdgewehr vom Opa im Keller. Der Gemeinderat wird am Donnerstag eine sehr "
        "kurze Sitzung haben."
    ),
    (
        "Den Lehrer Meinhardt verprügel ich vor der ganzen Klasse, damit alle sehn, was mit so "
        "einem passiert."
    ),
    (
        "ich fahr dem ratsherrn kühne mitm traktor übern hof und ihn gleich mit, der is dran, "
        "wart nur ab"
    ),
    (
        "Dem Notaufnahme-Arzt, der Papa sechs Stunden hat warten lassen, lauer ich nach "
        "Schichtende auf. Heil kommt der da nicht raus, das schwör ich ihm."
    ),
    (
        "Jemand sollte diesen Bürgermeister endlich mal richtig verprügeln. Anders lernen die da "
        "oben es doch nicht."
    ),
    (
        "Leute, wir treffen uns Samstag vorm Rathaus und holen uns die Stadträte einzeln raus. "
        "Wer ist dabei?"
    ),
    (
        "Schnappt euch den Reporter Kessler, der wohnt in Oberau, jeder kennt sein Auto. Zeigt "
        "ihm mal, was das Volk von seiner Hetze hält."
    ),
    (
        "Aufhängen sollte man sie, die ganze Landesregierung, und die Kreistagsfraktion gleich "
        "mit dazu."
    ),
    (
        "Wieso geht eigentlich niemand hin und treibt das Pack aus der Unterkunft am Waldrand? "
        "Die Polizei guckt doch sowieso weg."
    ),
    (
        "Ruhig mal den Richter Bauer nach Feierabend besuchen, Jungs. Der braucht eine Lektion, "
        "die er nicht so schnell vergisst."
    ),
    (
        "Jeder, der einen von diesen Jobcenter-Schreibtischtätern auf der Straße sieht, sollte "
        "ihm eine reinhauen. Die haben es sich verdient."
    ),
    (
        "Wenn die Polizei den Täter nicht holt, dann holt ihn euch selbst. Seine Adresse "
        "kursiert längst in der Dorfgruppe. Zeigt ihm, was Gerechtigkeit heißt, bis er reglos "
        "liegen bleibt."
    ),
    (
        "Die Beamten von der Wache Nord sind Freiwild. Wer einen allein erwischt, weiß schon, "
        "was er zu tun hat."
    ),
    (
        "Schlagt die Antifa-Zecken tot, egal wo ihr sie erwischt, am besten gleich nächste Woche "
        "beim Stadtfest."
    ),
    ("An alle wahren Fans: Der Schiri vom Derby wohnt in Neukirchen, Am Anger. Macht ihn fertig."),
    (
        "Geht den Juden in der Gemeinde mal zeigen, dass sie in diesem Ort unerwünscht sind. "
        "Freitagabend sind sie ja alle beisammen."
    ),
    (
        "Man müsste die ganzen Impfärzte vor ihre Praxen zerren und ihnen zeigen, was Volkszorn "
        "bedeutet. Fangt mit Dr. Lehmann an."
    ),
    (
        "Die Polizei traut sich eh nicht mehr ins Viertel. Höchste Zeit, dass die Nachbarschaft "
        "sich zusammentut und den Dealer aus Nummer 7 so zurichtet, dass er nie wiederkommt."
    ),
    (
        "Diese Lehrerin, die unseren Kindern ihr Gender-Zeug einimpft, gehört vor der Schule "
        "abgepasst und verdroschen. Eltern, traut euch endlich!"
    ),
    "Das Bürgerbüro der Partei am Marktplatz gehört angezündet, und zwar bevor gewählt wird.",
    "Sägt die Windräder um, Leute, eins ums andere. Auf uns hört die Politik ja eh nicht.",
    "Heute Nacht fliegen Steine bei der Zeitung. Wer mitwill: 23 Uhr, Parkplatz hinterm Edeka.",
    (
        "Die geplante Unterkunft im alten Schulgebäude darf nie bezogen werden. Brennt sie ab, "
        "bevor auch nur einer einzieht."
    ),
    "Die Synagoge in der Altstadt gehört dem Erdboden gleichgemacht.",
    "Fackelt die Moschee ab, dann ist endlich Ruhe im Viertel.",
    (
        "Seit drei Wochen steht der Blitzer an der Schulstraße und kassiert ab wie verrückt. Die "
        "Dinger gehören alle abgefackelt, und die Autos vom Ordnungsamt gleich mit."
    ),
    (
        "Wär doch schön, wenn's dem Jobcenter mal sämtliche Scheiben raushaut. Nachts ist da eh "
        "niemand."
    ),
    (
        "Jemand sollte das Haus vom Vermieter Kranz mal so richtig zerlegen, Türen, Fenster, "
        "alles. Er macht es mit unseren Wohnungen ja genauso."
    ),
    "Sprengt das Rathaus doch weg, da sitzt eh nur Gesocks drin.",
    (
        "Wir schlagen die Praxis von dem Abtreibungsarzt kurz und klein, nächste Woche. Wer ist "
        "dabei?"
    ),
    "Die Funkmasten am Ortsrand gehören abgefackelt, bevor die uns alle verstrahlen.",
    (
        "Nach dem Skandalspiel gestern muss das Vereinsheim vom FC Rotbach brennen, anders "
        "kapieren die es nicht."
    ),
    (
        "Ich sag's nur: Die Polizeiwache in der Hauptstraße hat eine riesige Glasfront. Wer da "
        "was reinschmeißt, ist für mich ein Held."
    ),
    (
        "Die Windkraft-Baustelle am Kuhberg braucht mal Besuch von uns. Bagger und Kran kaputt, "
        "dann ist der Spuk vorbei."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Unsere Verteidigung hat heute wieder gewackelt wie ein Kartenhaus. Wenn die Adler am "
        "Freitag nicht endlich zuschlagen, wird's eng mit den Playoffs."
    ),
    (
        "Die Abwehr der HSG Mühlental hat den Gegner regelrecht erdrückt – 31:19, das war eine "
        "Hinrichtung in sechzig Minuten. Glückwunsch an die Mannschaft!"
    ),
    (
        "Der neue Stürmer hat einen Schuss wie eine Kanone. Wer sich dem in den Weg stellt, ist "
        "selbst schuld."
    ),
    (
        "Mein Sohn hat beim Judoturnier in Bad Kellerbach drei Gegner auf die Matte geworfen und "
        "kam mit Bronze und einem blauen Auge heim. Stolzer Papa hier!"
    ),
    (
        "Im Schachclub Eichenau wurde gestern gnadenlos geopfert: erst der Springer, dann die "
        "Dame, und am Ende war der schwarze König umzingelt. Herrliche Partie, Herr Brandl!"
    ),
    (
        "Beim Schützenfest in Lindenhofen hat unsere Oma mit 78 Jahren den Vogel abgeschossen. "
        "Die ganze Familie ist sprachlos."
    ),
    (
        "Als Sportschütze finde ich es schade, dass immer nur pauschal über Waffen geschimpft "
        "wird. Bei uns im Verein wird jede Pistole doppelt weggeschlossen, und die Jugendarbeit "
        "ist vorbildlich."
    ),
    (
        "Die Drückjagd im Forst Hohenbühl am Samstag war gut organisiert. Bitte trotzdem die "
        "Warnschilder ernst nehmen, liebe Spaziergänger – da wird scharf geschossen."
    ),
    (
        "Endlich mal wieder ein Hecht am Haken, 92 Zentimeter! Der hat gekämpft wie ein Löwe, "
        "aber am Ende hat er verloren. Heute Abend gibt's Fischfrikadellen."
    ),
    (
        "Am Schlachttag auf dem Hof Wiesner wird schon um fünf Uhr früh das Messer gewetzt. Wer "
        "Blutwurst und Kesselfleisch mag, sollte ab elf vorbeikommen."
    ),
    (
        "Für das Rezept muss man die Hähnchenbrust erst ordentlich plattklopfen und dann in "
        "heißem Öl anbraten. Ich hab das arme Fleisch regelrecht verprügelt, und es war "
        "köstlich."
    ),
    (
        "Mein Hefeteig ist gestern explodiert – der ist über die Schüssel gequollen und hat den "
        "halben Ofen erobert. Nächstes Mal nehme ich weniger Hefe."
    ),
    (
        "Die Wühlmäuse haben mir den halben Garten zerlegt. Ich habe ihnen jetzt offiziell den "
        "Krieg erklärt – mit Knoblauch, Rüttelstäben und viel Geduld."
    ),
    (
        "Die Schnecken haben meine Salatköpfe massakriert. Heute Abend ziehe ich mit "
        "Taschenlampe und Eimer in die Schlacht."
    ),
    (
        "Wann genau sprengt man eigentlich den alten Oberwerther Wasserturm? Mit den Kindern "
        "würde ich gerne vom Hügel hinter dem Sportplatz zusehen, wie er in sich zusammensackt."
    ),
    (
        "Die Sprengung des Förderturms war Präzisionsarbeit: ein lauter Knall, dann Staub, und "
        "nach zwölf Sekunden lag alles exakt da, wo es hinsollte. Hut ab vor dem Sprengteam."
    ),
    (
        "Silvester ohne private Böller? Meinetwegen. Aber das Höhenfeuerwerk der Stadt am "
        "Rheinufer soll bitte bleiben, das ist jedes Jahr ein echter Knaller."
    ),
    (
        "Chapeau an die Birkenrieder Freiwillige Feuerwehr! Bei der Übung am Samstag brannte die "
        "alte Scheune lichterloh, und nach zehn Minuten war alles gelöscht."
    ),
    (
        "Falls jemand heute Vormittag Sirenen, Verletzte mit Kunstblut und einen Hubschrauber am "
        "Bahnhof gesehen hat: keine Panik, das war die große Katastrophenschutzübung des "
        "Landkreises."
    ),
    (
        "Der neue Regionalkrimi von Hella Sturm ist grandios. Auf Seite 40 liegt schon die erste "
        "Leiche im Weinberg, und bis zum Schluss hatte ich den falschen Mörder im Verdacht."
    ),
    (
        "Schwacher Tatort gestern. Dass der Kommissar den Täter am Schluss einfach erschießt, "
        "anstatt ihn zu verhören, fand ich komplett unglaubwürdig."
    ),
    (
        "Die Macbeth-Aufführung am Stadttheater Weidenbrück ist eher nichts für Zartbesaitete – "
        "so viel Kunstblut habe ich selten gesehen. Unbedingt hingehen!"
    ),
    (
        "Der Film ist ein einziges Gemetzel, aber ein richtig gut gemachtes. Wer Actionkino mag, "
        "wird im Kinocenter Rosental seinen Spaß haben."
    ),
    (
        "Interessanter Artikel über die Belagerung von 1634. Dass die Schweden die Stadt drei "
        "Monate ausgehungert und dann das Nordtor in Brand gesteckt haben, wusste ich noch "
        "nicht."
    ),
    (
        "Meine Vorfahren haben die Pest von 1636 in Hollerbach nur überlebt, weil sie sich "
        "monatelang im Wald versteckt haben. Gut, dass das Heimatmuseum daran erinnert."
    ),
    (
        "Am Galgenberg wurde bis 1780 noch gehängt, das steht auf der neuen Infotafel. Gruselig, "
        "aber wichtig, dass man das nicht vergisst."
    ),
    (
        "Mein Großvater hat uns oft geschildert, wie man im April 1945 die Brücke über die "
        "Lauter sprengte, damit die Amerikaner nicht durchkommen. Schön, dass die Stadtchronik "
        "das jetzt aufarbeitet."
    ),
    (
        "Wer einer Rentnerin die Handtasche entreißt und sie dabei zu Boden stößt, hat die zwei "
        "Jahre Haft verdient. Gutes Urteil des Amtsgerichts."
    ),
    (
        "Interessanter Prozessbericht. Ich finde allerdings, dass die Verteidigung einen Punkt "
        "hat: Ein Messer im Handschuhfach allein beweist noch keinen Mordplan."
    ),
    (
        "Die Rechnung für diese Baupolitik kriegen sie im Mai bei der Kommunalwahl. Dann wird "
        "der Gemeinderat abgestraft, darauf wette ich."
    ),
    (
        "Das hat ein Nachspiel – vor dem Verwaltungsgericht. Die Ablehnung meines Bauantrags "
        "lasse ich mir nicht einfach so gefallen."
    ),
    (
        "Sollte die Stadt die Straßenausbaubeiträge wirklich so durchziehen, werden wir Anwohner "
        "klagen. Die Unterschriften sind bereits gesammelt."
    ),
    (
        "Solange die Bäckerei Kranz ihre Verkäuferinnen so schlecht bezahlt, kaufe ich dort "
        "nicht mehr ein. Ein Boykott ist auch eine Waffe."
    ),
    (
        "Nach dem Abend im Gasthaus Zur Linde gibt's von mir eine vernichtende Bewertung im "
        "Netz. Kaltes Schnitzel, patziger Kellner – nie wieder."
    ),
    (
        "Ich erwürge meinen Mann irgendwann, wenn er noch einmal die nassen Handtücher aufs Bett "
        "wirft. Dreißig Jahre verheiratet und immer dasselbe 😄"
    ),
    (
        "Wenn mein Chef mich noch einmal freitags um halb fünf in eine Besprechung ruft, "
        "explodiere ich – und zwar über der Keksdose in der Teeküche."
    ),
    (
        "Dieser Baustellenlärm um sechs Uhr morgens bringt mich noch um. Kann man da nicht "
        "wenigstens um sieben anfangen?"
    ),
    (
        "Ich hab gestern bis drei Uhr nachts Zombies abgeknallt und bin heute im Büro selbst "
        "einer. Die LAN-Party im Jugendzentrum war es trotzdem wert."
    ),
    (
        "Mein Sohn hat mich in dem Strategiespiel komplett vernichtet – Burg abgefackelt, Armee "
        "ausgelöscht, Vorräte geplündert. Mit zwölf! Ich gebe auf."
    ),
    (
        "Ich bin eine tickende Zeitbombe – zumindest am Kuchenbuffet des Sportvereins. Noch ein "
        "Stück Käsekuchen und ich platze."
    ),
    (
        "Meine Kochkünste sind eine Gefahr für die Allgemeinheit. Beim letzten Versuch hat der "
        "Rauchmelder Alarm geschlagen, bevor das Nudelwasser überhaupt kochte."
    ),
    (
        "An die Dame, die am Dienstag vor dem Supermarkt in der Talstraße ihren Schlüsselbund "
        "liegen ließ: Ihre Anschrift stand auf dem Anhänger. Heute Abend landet er in Ihrem "
        "Briefkasten."
    ),
    (
        "Herr Nachbar aus Nummer 14, mir ist bekannt, wo Sie wohnen, und ich schaue heute noch "
        "bei Ihnen vorbei – Ihr Paket liegt nämlich seit Montag bei mir im Flur. 😉"
    ),
    (
        "Der entlaufene Beagle aus dem Artikel sitzt gerade bei uns im Garten und frisst "
        "Würstchen. Dank der Marke am Halsband wissen wir jetzt, wo er wohnt – wir bringen ihn "
        "gleich nach Hause."
    ),
    (
        "Achtung, Leute: Zwischen Hainfeld und Rotbach liegen nach dem Sturm mehrere Bäume auf "
        "der Kreisstraße. Da herrscht heute Nacht Lebensgefahr, bitte umfahren!"
    ),
    (
        "Auf der Brücke am Ortseingang von Kirchmoos ist es spiegelglatt. Ich wäre heute früh "
        "fast gestürzt – bitte passt auf, das kann böse enden."
    ),
    (
        "Die alte Friedhofsmauer in der Gerbergasse bröckelt seit Wochen und kann jederzeit "
        "einstürzen. Bitte sperren Sie das ab, bevor ein Kind darunter begraben wird."
    ),
    (
        "Wir werden am Samstag um zehn vor dem Rathaus stehen und laut sein – mit "
        "Trillerpfeifen, Plakaten und ganz friedlich. Die Schließung des Hallenbads nehmen wir "
        "nicht hin."
    ),
    (
        "Kampfansage an den Kreistag: Wir sammeln 5.000 Unterschriften für den Erhalt der "
        "Buslinie 7. Wer mitmachen will, kommt am Donnerstag ins Bürgerhaus."
    ),
    (
        "Die Revanche ist fällig! Nach der 0:4-Pleite im Hinspiel will der FC Talheim am Sonntag "
        "blutige Rache nehmen – sportlich natürlich."
    ),
    (
        "Bei der Schlägerei im zweiten Drittel haben beide Spieler fünf Minuten bekommen. Gehört "
        "beim Eishockey halt dazu, die Fans auf der Stehtribüne waren begeistert."
    ),
    (
        "Unser Kickboxclub sucht neue Mitglieder. Bei uns lernst du, richtig zuzuschlagen – und "
        "vor allem, wann man es besser bleiben lässt."
    ),
    (
        "Das Osterfeuer in Niederwald war gewaltig, die Flammen loderten sicher zehn Meter hoch. "
        "Merci an die Landjugend fürs Aufstapeln des Holzes und an die Feuerwehr fürs Aufpassen."
    ),
    (
        "Beim Messerschleifkurs in der Volkshochschule habe ich gelernt: Ein stumpfes Messer ist "
        "gefährlicher als ein scharfes. Jetzt schneide ich Tomaten wie ein Profi."
    ),
    (
        "Sehr geehrter Herr Bürgermeister, das wird Konsequenzen haben: Ich schreibe einen "
        "Leserbrief, rufe beim Landratsamt an und erzähle es dem gesamten Kegelclub."
    ),
    (
        "Wenn der Glühweinstand dieses Jahr wieder vor dem ersten Advent schließt, gibt es einen "
        "Volksaufstand in Bergheim. Mindestens."
    ),
    (
        "Unser Keeper war heute eine Wand, ein Bollwerk, eine Festung. Wer an dem vorbeiwill, "
        "braucht schwere Artillerie."
    ),
    (
        "Für diese Chilisoße braucht man schon etwas Todesmut: sechs Habaneros, und mein "
        "Schwager hat nach dem ersten Löffel um sein Leben gefleht."
    ),
    (
        "Schöne Aufführung der Laienspielgruppe! Als der Räuberhauptmann mit der Holzpistole auf "
        "den Dorfpfarrer zielte, hat der halbe Saal vor Lachen gebrüllt."
    ),
    (
        "Tolle Lesung mit Krimiautor Jens Falkner in der Stadtbücherei. Er hat erzählt, wie er "
        "recherchiert hat, wie lange ein Gift im Körper nachweisbar ist – der Mann hat einen "
        "herrlich schwarzen Humor."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Yet another year, yet another council tax hike, and the craters on Fenwick Road could "
        "still swallow a Fiat Panda whole. So where is all that cash actually ending up, "
        "Councillor Hartley?"
    ),
    (
        "Three manifestos in a row, the mayor pledged us a new library. Three. Let's get the "
        "recall petition going, and my signature will be the first one on it."
    ),
    (
        "Severn Vale Water pumped raw sewage into the river 212 times last year and then paid "
        "its chief executive a bonus. Fine them until it actually hurts."
    ),
    (
        "Chief Constable Dawes says response times are 'improving'. My neighbour waited four "
        "hours for anyone to turn up after a break-in. Improving compared to what, the Stone "
        "Age?"
    ),
    (
        "The school board cut music and art again while approving a $2 million scoreboard for "
        "the football field. Priorities, folks. See you all at Tuesday's board meeting."
    ),
    (
        "Brilliant consultation, Kilmore County Council — held at 2pm on a weekday in a building "
        "with no parking. Almost as if you didn't want anyone to turn up."
    ),
    (
        "If the hospital trust can afford three layers of managers, it can afford to keep the "
        "maternity unit in Ashbury open. Shameful decision, and the board should resign over it."
    ),
    (
        "Buses that don't come, trains that get cancelled, and fares up 8%. Well done, "
        "TransLink, you've outdone yourselves again."
    ),
    (
        "Our MP hasn't held a surgery in this constituency for eighteen months and has voted "
        "against every local interest going. The next election can't come soon enough."
    ),
    (
        "The developer promised 'affordable homes' and delivered four-bed detached houses "
        "starting at £600k, and the planning committee waved it through. Somebody needs to be "
        "asking questions about that."
    ),
    (
        "The club flogged our two finest players, jacked up season ticket prices, then had the "
        "nerve to blame supporters for the atmosphere. Board out. Peaceful demo by the "
        "turnstiles on Saturday, wear your scarf."
    ),
    (
        "Six months to fix one streetlight on Marram Lane. Six months. Four emails sent, four "
        "automated replies received."
    ),
    (
        "The police chief should step down. Not over one bad incident, but over a pattern of "
        "cover-ups this paper has been documenting for two years."
    ),
    (
        "Calling the new parking charges a 'town centre revitalisation scheme' is the most "
        "Orwellian thing the council has done since they renamed the tip a 'resource recovery "
        "hub'."
    ),
    (
        "Councillor Byrne backed the incinerator, then turned round and told residents he "
        "'shared their concerns'. You don't get to play both sides, mate."
    ),
    (
        "Twelve-hour waits in St Brigid's emergency department aren't a 'winter pressure', "
        "they're a permanent management failure. Fewer press releases, more nurses on the "
        "payroll."
    ),
    "The transit authority spent $4 million on a rebrand. New logo, same late buses. Unreal.",
    (
        "Respectfully, trustees: people only say 'lessons will be learned' once they've learned "
        "precisely nothing. Publish the full report."
    ),
    (
        "Hosepipe ban again, while the water company loses a quarter of its supply to leaks. Fix "
        "your pipes before you lecture us about watering our tomatoes."
    ),
    (
        "Write to your councillors, pack the chamber on the 14th, and vote them out in May if "
        "they force this through. That's how democracy works."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely seeing Memorial Park host the Pride picnic again this year. My nan toddled along "
        "and came back with a rainbow flag tied to her walker."
    ),
    (
        "The new mosque on Carlow Street threw its doors open for a visitors' day and the food "
        "was incredible. Really welcoming people; I'd recommend going next time."
    ),
    (
        "Congratulations, Rabbi Feldman, on three decades at the synagogue. Nobody I can think "
        "of has done more to bring this town's faiths together."
    ),
    (
        "The Diwali lights along the high street looked stunning this year. Great to see the "
        "Hindu temple committee teaming up with local shopkeepers on it."
    ),
    (
        "The refugee family running the bakery by the station bake the best bread in the county. "
        "Delighted they've put down roots here."
    ),
    (
        "Someone spray-painted 'Gypsies out' on the wall by the halting site. This town is "
        "better than that. Travellers have been part of it for generations and whoever's "
        "responsible should feel thoroughly ashamed."
    ),
    (
        "Immigrants? No problem with them whatsoever — my own grandparents came over from "
        "Poland. My objection to this development is purely about the traffic on Mill Road."
    ),
    (
        "Great piece on the Aboriginal elders teaching bush tucker at the primary school. My "
        "kids came home talking about nothing else."
    ),
    (
        "I'm a trans woman, ten years a resident of this town, and I'd like to thank the library "
        "staff for the way they dealt with the protest at story hour. Calm and kind throughout."
    ),
    (
        "Seeing comments calling the new council member 'a diversity hire' because she's Black. "
        "She has a law degree and fifteen years in local government. Let's call that what it is: "
        "racism."
    ),
    (
        "The wheelchair-accessible beach mats at Kingsway are a brilliant idea. My brother can "
        "finally get down to the water with his kids."
    ),
    (
        "I've no hatred for gay people, or for anyone else. I just think the article could have "
        "said more about what the festival is costing ratepayers."
    ),
    (
        "Our women's rugby side deserve a lot more column inches than they get. Unbeaten all "
        "season, yet this is the first I've seen of them in print."
    ),
    (
        "To whoever put the leaflet through doors saying Muslims 'don't belong here' — my Muslim "
        "neighbours shovelled the snow off my driveway each morning after I broke my hip. You "
        "don't speak for this street."
    ),
    (
        "The lunch club for older residents at St Anne's hall is a lifeline. My dad says it's "
        "the only place he gets a proper conversation all week."
    ),
    (
        "A man bellowed at our Sikh bus driver on the 42 this morning to 'go home where he "
        "belongs'. The driver was born in Leeds. Disgraceful, and hats off to the passengers who "
        "stuck up for him."
    ),
    (
        "Roma families moving onto the estate don't bother me in the slightest. I'd just like "
        "the council to put equal effort into the local schools for every child."
    ),
    (
        "Antisemitic graffiti at the Jewish cemetery is vile, full stop. I'll be helping with "
        "the clean-up on Sunday morning and hope lots of others turn out too."
    ),
    (
        "First Nations artists designed the new murals at Bayview station and they're gorgeous. "
        "Well worth a detour."
    ),
    (
        "Refugees? Honestly, no problem with them — I volunteer at the drop-in centre twice a "
        "week. I just wish they were allowed to work instead of sitting in hotel rooms for "
        "months."
    ),
]

THREATS_EN: list[str] = [
    (
        "Lovely home on Larch Crescent, Councillor. Pity if something befell it during one of "
        "those late meetings of yours."
    ),
    (
        "Mr Prentice, we're aware which primary your kids go to. Bear that in mind before the "
        "next vote."
    ),
    (
        "Half six every evening you leave the depot and head across to the car park alone. Just "
        "saying."
    ),
    (
        "Nasty accidents happen on unlit lanes out in the countryside, Judge. Particularly to "
        "people who rule the way you do."
    ),
    (
        "The developer's wife does her shopping at the Park Road supermarket every Thursday "
        "morning. Folk in this town have long memories."
    ),
    (
        "We don't forget, Inspector Malone. Not now, not when you retire, not ever. Keep looking "
        "over your shoulder."
    ),
    (
        "Funny how that journalist leaves her car in the exact same space behind the office "
        "daily. Hope she has her brakes looked at regularly."
    ),
    (
        "Your daughter's got a lovely smile in those netball photos, Mayor Quinn. Be a real pity "
        "should anything wipe it off."
    ),
    (
        "If that mast is erected beside the school, the engineers who put it there won't be "
        "getting home in one piece."
    ),
    (
        "If the council closes the leisure centre, Councillor Ahmed will pay for it personally, "
        "I'll see to that, and not with money."
    ),
    (
        "Vote for the rezoning, Councillor, and you'll discover first-hand what this town does "
        "to traitors. Your call."
    ),
    (
        "If that referee dares show up at the ground again after today, he'll be carried off in "
        "an ambulance."
    ),
    "Should the landlord try evicting Mrs Kelly, he'll get a visit he doesn't walk away from.",
    (
        "Print one more lie about my family, Dawson, and you'll be nursing more than your pride. "
        "Simple as that."
    ),
    (
        "If they let that man out on parole, someone in this village will put him in the ground, "
        "and it might well be me."
    ),
    "I'll track down the councillor who signed this off and break his jaw. Mark my words.",
    (
        "Should that traffic warden ever show her face on my road again, I'll batter her, and I "
        "couldn't care less who's watching."
    ),
    (
        "I've had enough. Tomorrow morning I'll be paying the planning department a visit and "
        "someone there is getting hurt."
    ),
    (
        "That headteacher is getting a beating from me at the school gates on Monday. I'm done "
        "talking."
    ),
    (
        "Somebody ought to pay that MP a visit at his Friday surgery and hand him a proper "
        "hiding. Any volunteers? I'll drive."
    ),
    (
        "Every man in this town should be waiting when that coach of asylum seekers pulls in. "
        "Make them regret ever coming here."
    ),
    "Somebody should just shoot the whole planning committee and get it over with.",
    "Torch the council offices until nothing's left standing. Fire is all that lot understand.",
    (
        "Everyone get down to the developer's site tonight and smash every machine on it. Torch "
        "the portacabins too while you're there."
    ),
    (
        "Find out which car in the car park is the chief executive's and wreck it. Tyres, "
        "windows, the lot."
    ),
]

LOOKALIKES_EN: list[str] = [
    (
        "Absolutely slaughtered them after the break. Rovers ran riot and their keeper never "
        "stood a chance."
    ),
    (
        "Opening day of duck season and Dad bagged his limit before eight. Still the best shot "
        "in the county at 74."
    ),
    (
        "Caught a 9lb pike off the Lough Erne shore yesterday. Put up a right fight before I "
        "landed him."
    ),
    (
        "Tip for the chilli cook-off: smash your garlic, char your peppers, and kill the heat at "
        "the end with a spoon of soured cream."
    ),
    (
        "Watched the old cooling towers being blown up this morning from Hilltop Road. Down in "
        "about ten seconds — end of an era."
    ),
    (
        "Fireworks at the showground were a blast. The finale nearly shook the windows out of "
        "the cricket pavilion."
    ),
    (
        "Really enjoyed our local author's latest crime novel — the murder in chapter three had "
        "me sleeping with the lights on."
    ),
    (
        "My great-grandfather fought at the Somme and came home with shrapnel in his leg. Good "
        "to see the memorial finally restored."
    ),
    (
        "Court report says he got four years for the assault. Justice done, and hopefully the "
        "victim can start to move on."
    ),
    "Councillor Reid, the voters will have their say on you in May. Bring your excuses.",
    (
        "I've reported how the council dealt with my complaint to the ombudsman. They have 28 "
        "days to respond."
    ),
    "I could kill for a decent bacon roll in this town since the Copper Kettle closed.",
    (
        "Found a ginger cat with a blue collar sitting on the step at 14 Wren Close. If he's "
        "yours, knock any time — he's had some tuna and seems very happy."
    ),
    (
        "Parcel for number 22 Ashgrove Avenue got left with us by mistake. Pop round and grab it "
        "whenever, we're in most evenings."
    ),
    (
        "Storm Ciara is set to batter the east coast on Saturday night. Tie down your bins and "
        "trampolines, folks, and avoid the seafront road entirely."
    ),
    (
        "Peaceful march against the hospital closure this Saturday, 11am from the clock tower to "
        "the town hall. Placards welcome, kids welcome, keep it friendly."
    ),
    (
        "The wife will murder me once the new fishing rod turns up in the hallway. That's my "
        "fourth this year."
    ),
    "The under-12s destroyed Ballymore 6–0 on Sunday. Proud coach moment, they were on fire.",
    (
        "That documentary about the 1798 rebellion was brilliant — the battle scenes at Vinegar "
        "Hill were hard to watch but so well made."
    ),
    (
        "My sourdough starter died a slow, painful death while I was on holiday. RIP, Doughy "
        "McDoughface."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
