"""A thirteenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 97 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows (both waves) were reworded for the overlap alone (15 of
them again by the engineer, where the rewording had met other material), before any scorer was
run on the table. Kinds, and what the default policy should do: sharp but legitimate criticism
and neutral or friendly mentions of groups (counter-speech and negations included) are
published; threats and calls for violence are held; harmless look-alikes are published. German
threats, in order: veiled (1-30), conditional (31-55), direct (56-70), calls against people
(71-85), calls against property (86-100); English: veiled (1-8), conditional (9-15), direct
(16-19), calls against people (20-22), calls against property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate. It
was written to judge a third head of the guard panel, trained on the written rows' second wave
(docs/scoring.md, at the end). Every look at it is in the ledger of docs/candidates.md. Never
train on it, and do not use it to fit or tune rules, word lists or thresholds; otherwise it
stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    "Irrsinn. Einfach nur Irrsinn.",
    (
        "Herr Bürgermeister Kessler, Sie haben den Bürgern von Altenbrück vor der Wahl eine "
        "renovierte Stadthalle versprochen. Jetzt steht sie seit drei Jahren leer und kostet uns "
        "trotzdem jeden Monat Geld. Treten Sie zurück, es wäre das einzig Anständige."
    ),
    (
        "Wieder 40 Minuten auf die Linie 7 gewartet. Die Stadtwerke Hohenfeld kriegen es einfach "
        "nicht hin, aber die Ticketpreise steigen pünktlich jedes Jahr."
    ),
    "Skandal!!! Wer hat das genehmigt?",
    (
        "Ich hab die Partei jahrzehntelang gewählt, aber nach dem Theater um das Neubaugebiet Am "
        "Lindenhang ist Schluss. Nächstes Mal kriegen die meine Stimme nicht."
    ),
    (
        "Liebe Redaktion, dieser Artikel liest sich wie eine Presseerklärung des Rathauses. Wo "
        "ist die kritische Nachfrage? Dafür zahle ich kein Abo."
    ),
    (
        "Die Grundsteuer um 30 Prozent rauf und gleichzeitig das Hallenbad zu. Danke für nix, "
        "Stadtrat."
    ),
    (
        "Versagen auf ganzer Linie. Die Polizeiführung hat die Lage beim Stadtfest komplett "
        "unterschätzt, und jetzt will es keiner gewesen sein."
    ),
    (
        "Petition gegen die Schließung der Geburtenstation in Wehrhagen läuft, bitte "
        "unterschreiben und teilen! Wir lassen uns das nicht gefallen."
    ),
    (
        "Das Schulamt hat es mal wieder geschafft: Zwei Wochen vor Schuljahresbeginn erfahren "
        "die Eltern dass die Grundschule Birkenweg keine Lehrerin für die erste Klasse hat. "
        "Peinlich ist gar kein Ausdruck."
    ),
    "Typisch. Erst groß reden, dann nix tun.",
    (
        "Der Radweg an der Mühlenstraße ist eine Zumutung. Wer hat den geplant, jemand der noch "
        "nie auf einem Fahrrad saß?"
    ),
    (
        "Ich halte es für unverschämt, dass der Kreistag die Kita-Gebühren erhöht und sich "
        "gleichzeitig die Sitzungsgelder anhebt. Das ist Selbstbedienung, nichts anderes."
    ),
    (
        "Wann wacht die Verwaltung endlich auf? Die Brücke über die Sülz ist seit 2019 gesperrt "
        "und es passiert NICHTS."
    ),
    (
        "Bin morgen bei der Demo vorm Rathaus dabei. 10 Uhr Marktplatz, kommt alle, je mehr wir "
        "sind desto weniger können die uns ignorieren."
    ),
    (
        "Hut ab, Herr Landrat, Sie haben es geschafft, in einer einzigen Amtszeit zwei "
        "Krankenhäuser zu schließen. Das muss Ihnen erst mal einer nachmachen."
    ),
    (
        "Die Verdi-Leute haben völlig recht mit dem Streik. Wer die Busfahrer so mies bezahlt, "
        "braucht sich über Ausfälle nicht wundern."
    ),
    "Lächerlich.",
    (
        "Die Klinik Sankt Annen spart am Personal bis es quietscht und wundert sich dann, dass "
        "man in der Notaufnahme acht Stunden wartet. Meine Mutter lag da mit 84 Jahren einen "
        "ganzen Abend auf dem Flur. Das ist menschenunwürdig."
    ),
    (
        "Abwahlverfahren jetzt! Frau Oberbürgermeisterin Brandl hat das Vertrauen der Stadt "
        "verspielt."
    ),
    (
        "Werte Damen und Herren vom Bauamt, ich warte seit elf Monaten auf eine simple "
        "Genehmigung für einen Carport. Ihre Bearbeitungszeiten sind eine Zumutung für jeden "
        "Bürger."
    ),
    "omg die neue Fußgängerzone sieht aus wie ein grauer Parkplatz. 4 Mio dafür?? ernsthaft",
    (
        "Der FC Rotweiß Ebersdorf sollte sich schämen, die Frauenmannschaft einfach abzumelden "
        "weil angeblich kein Geld da ist. Für den neuen Kunstrasen der Herren war komischerweise "
        "genug da."
    ),
    (
        "Die Zeitung schreibt seit Wochen nur noch Klickköder. „Sie werden nicht fassen, was in "
        "Lindenau passiert ist\" – ehrlich, geht's noch?"
    ),
    (
        "Dieses Bauprojekt ist ein Millionengrab und jeder hat es kommen sehen. Nur der Stadtrat "
        "nicht."
    ),
    (
        "Früher hatte man in diesem Städtchen noch Anstand im Rathaus. Heute wird gemauschelt, "
        "dass sich die Balken biegen."
    ),
    (
        "Warum muss ich als Anwohner durch die Zeitung erfahren, dass vor meiner Haustür ein "
        "Logistikzentrum hinkommt? Bürgerbeteiligung sieht anders aus."
    ),
    (
        "Die Bahn schafft es nicht mal, an einem ganz normalen Dienstag den RE 12 pünktlich nach "
        "Kronweiler zu bringen. Unfassbar."
    ),
    (
        "Bei der Kommunalwahl werde ich genau hinschauen, wer im Ausschuss für die Abholzung am "
        "Stadtwald gestimmt hat. Vergessen wird das nicht."
    ),
    (
        "Herr Polizeipräsident Wendt, Ihre Pressekonferenz war eine einzige Ausrede. Übernehmen "
        "Sie Verantwortung oder machen Sie Platz für jemand anderen."
    ),
    (
        "So ein Quatsch. Parkgebühren von 3 Euro die Stunde in einer Kleinstadt, und dann "
        "jammert der Einzelhandel, dass keiner mehr in die Innenstadt kommt."
    ),
    (
        "Die Müllabfuhr fährt nur noch einmal im Monat, aber die Gebühren bleiben gleich. Wer "
        "sich sowas ausdenkt, sollte nicht über Gebührensatzungen entscheiden."
    ),
    (
        "Bravo Landesregierung, wieder ein Förderprogramm angekündigt, das keiner abrufen kann, "
        "weil der Antrag 40 Seiten hat."
    ),
    "Das ist kein Sparkurs, das ist Kahlschlag in der Jugendarbeit. Schämt euch.",
    (
        "Wir Eltern der Realschule Am Steinbach haben einen offenen Brief ans Kultusministerium "
        "geschickt. Die Toiletten sind seit Monaten defekt, Fenster lassen sich nicht öffnen. "
        "Wer das aussitzt, handelt verantwortungslos."
    ),
    "Dreist. Ein anderes Wort fällt mir dafür nicht ein.",
    (
        "Die Stadtwerke heben den Gaspreis an und fahren gleichzeitig Rekordgewinne ein. Ich "
        "kündige und rate jedem, das auch zu tun."
    ),
    (
        "Als jemand, der 30 Jahre im Gemeinderat saß, sage ich: Diese Haushaltsführung ist "
        "verantwortungslos. Man schiebt die Schulden auf unsere Enkel."
    ),
    (
        "Wieso wird über die Ortsumgehung seit 25 Jahren diskutiert? Andere bauen in der Zeit "
        "einen ganzen Flughafen. Naja, wobei, BER lässt grüßen."
    ),
    (
        "Die Firma Hollmann Logistik hat die Stadt mit Gewerbesteuer geködert und jetzt, zwei "
        "Jahre später, wird das Werk dichtgemacht. 300 Familien stehen auf der Straße. Und der "
        "Wirtschaftsförderer lächelt in die Kamera."
    ),
    (
        "Das Ordnungsamt verteilt eifrig Knöllchen an Handwerker, aber die Raser vor der "
        "Grundschule interessieren niemanden. Prioritäten, Leute."
    ),
    (
        "digga die stadt reißt den skatepark ab und baut da parkplätze hin. für uns jugendliche "
        "bleibt in dem kaff echt gar nix mehr, wtf"
    ),
    (
        "Unterschreibt das Bürgerbegehren gegen den Verkauf der Stadtwohnungen! Listen liegen in "
        "der Bücherei und beim Bäcker Schuster aus."
    ),
    "Die Ausreden des Klinikvorstands sind zum Fremdschämen.",
    (
        "Ich frage mich ernsthaft, wofür wir drei neue Beauftragtenstellen bezahlen, wenn im "
        "Bürgerbüro nicht mal die Online-Terminbuchung funktioniert."
    ),
    "Sorry aber der Coach muss weg. 9 Spiele ohne Sieg, das reicht.",
    (
        "Der Artikel ist handwerklich schlecht recherchiert. Die Zahlen zur Kriminalität in der "
        "Weststadt stammen von 2017, das hätte man prüfen können."
    ),
    (
        "Herrgott nochmal, wie oft soll die Hauptstraße denn noch aufgerissen werden? Erst "
        "Glasfaser, dann Gas, dann Wasser. Koordination scheint im Tiefbauamt ein Fremdwort zu "
        "sein."
    ),
    "Ein Schildbürgerstreich erster Güte.",
    (
        "Die Ampelsteuerung an der Kreuzung Bahnhofstraße ist so unsinnig, dass man sich fragt, "
        "ob da jemand würfelt."
    ),
    (
        "Frau Dr. Seidel, als Schulleiterin tragen Sie die Verantwortung dafür, dass die "
        "Mobbing-Vorwürfe monatelang ignoriert wurden. Eine Entschuldigung an die Familie wäre "
        "das Mindeste."
    ),
    (
        "Die Mieten in Neustadt-Ost explodieren, und die Stadt verkauft Grundstücke an "
        "Investoren statt selbst zu bauen. Das ist politisches Versagen, und so muss man das "
        "auch benennen."
    ),
    (
        "Ich bin 78 und komme ohne Auto nicht mehr zum Arzt, seit der Bürgerbus eingestellt "
        "wurde. Aber Hauptsache, es gibt ein neues Logo für die Stadt."
    ),
    (
        "Warnstreik bei der Müllabfuhr? Völlig richtig so. Die Leute machen einen Knochenjob für "
        "wenig Geld."
    ),
    (
        "Kein Wunder dass keiner mehr Schöffe oder Wahlhelfer werden will, wenn die Stadt ihre "
        "Ehrenamtlichen so behandelt."
    ),
    (
        "Was für eine Posse, diese sogenannte Bürgerbeteiligung. Die Entscheidung stand doch "
        "längst fest, und wir durften nur noch Kärtchen an eine Pinnwand kleben."
    ),
    (
        "Die Pfarrgemeinde hat jahrelang weggeschaut. Der Bischof sollte sich hier endlich "
        "persönlich erklären, statt einen Sprecher vorzuschicken."
    ),
    "Feuerwehrhaus für 12 Millionen in einem Dorf mit 900 Einwohnern. Mir fehlen die Worte.",
    (
        "An die Redaktion: Warum wird der Leserbrief von Herrn Albers nicht abgedruckt, aber "
        "jeder Jubelbeitrag zum Stadtjubiläum? Kritik gehört auch in die Zeitung."
    ),
    (
        "Der Vorstand des Tierheims sollte geschlossen zurücktreten. Spendengelder für "
        "Dienstwagen auszugeben ist ein Vertrauensbruch sondergleichen."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schön, dass der CSD in Bad Wiesenthal dieses Jahr erstmals stattfindet. Mein Sohn ist "
        "schwul und hat sich riesig gefreut, dass er das in seiner Heimatstadt erleben kann."
    ),
    (
        "Die Moscheegemeinde an der Kanalstraße hat beim Hochwasser letzte Woche Essen für alle "
        "Helfer gekocht. Danke dafür!"
    ),
    "Tolle Aktion vom Sportverein, dass jetzt auch Rollstuhlbasketball angeboten wird.",
    (
        "Unsere Nachbarn sind eine syrische Familie, die Kinder gehen zusammen mit meinen in die "
        "Kita. Die Jüngste spricht inzwischen besser Schwäbisch als ich."
    ),
    (
        "Ich war am Tag der offenen Türen in der Synagoge und fand es sehr bereichernd. Der "
        "Rabbiner hat sich für unsere Fragen viel Zeit genommen."
    ),
    (
        "Meine Tochter hat Down-Syndrom und macht jetzt eine Ausbildung im Café am Markt. Danke "
        "an den Inhaber, der ihr diese Chance gegeben hat."
    ),
    (
        "Als lesbisches Paar sind wir vor fünf Jahren aufs Land gezogen und wurden im Dorf "
        "herzlich aufgenommen. Das muss auch mal gesagt werden."
    ),
    (
        "Gut, dass die Stadtbücherei jetzt Führungen in Gebärdensprache anbietet. Für gehörlose "
        "Menschen war das Angebot bisher praktisch nicht nutzbar."
    ),
    (
        "Die ukrainischen Frauen in unserem Chor haben beim Adventskonzert ein Volkslied aus "
        "ihrer Heimat gesungen. Gänsehaut."
    ),
    (
        "Der Bericht über Sinti-Familien, die seit Generationen in Kleinwalden leben, war sehr "
        "informativ. Viele wissen gar nicht, wie lange sie hier schon zu Hause sind."
    ),
    (
        "Wann gibt es endlich ein Leitsystem für blinde Menschen am Bahnhof? Mein Nachbar ist "
        "blind und muss sich jedes Mal durchfragen."
    ),
    (
        'Ich bin nicht-binär und fand es gut, dass man im Formular der Stadt jetzt „divers" '
        "ankreuzen kann. Kleine Sache, große Wirkung."
    ),
    (
        "Der türkische Gemüseladen in der Bergstraße ist seit 30 Jahren eine Institution. Herr "
        "Yılmaz kennt jeden Kunden mit Namen."
    ),
    (
        "Beim Fastenbrechen im Jugendzentrum saßen Muslime, Christen und Atheisten gemeinsam am "
        "Tisch. So wünsche ich mir Zusammenleben."
    ),
    (
        "Dass die evangelische und katholische Gemeinde jetzt gemeinsam den Mittagstisch "
        "organisieren, finde ich klasse."
    ),
    (
        "Ich bin trans und arbeite seit zehn Jahren als Erzieherin in Rotenbach. Meine "
        "Kolleginnen und die Eltern gehen damit völlig normal um."
    ),
    (
        "In der neuen Ausstellung im Stadtmuseum erzählen Schwarze Menschen aus der Region ihre "
        "Familiengeschichten. Sehr empfehlenswert, vor allem für Schulklassen."
    ),
    (
        "Die Frauen von der Freiwilligen Feuerwehr Oberlangen haben den Kreiswettbewerb "
        "gewonnen. Glückwunsch!"
    ),
    (
        "Der Männerschuppen im Gemeindehaus ist eine tolle Idee. Viele ältere Männer sind nach "
        "dem Renteneintritt ziemlich einsam."
    ),
    (
        "Eine Roma-Familie hat meiner Frau geholfen, als sie am Bahnhof gestürzt ist. Die haben "
        "sogar gewartet, bis der Krankenwagen da war."
    ),
    (
        "Ich bin Christ und gehe regelmäßig in die Kirche, aber ich halte es für richtig, dass "
        "es an der Schule jetzt auch islamischen Religionsunterricht gibt."
    ),
    (
        "Die jüdische Gemeinde feiert am Sonntag ein Straßenfest vor der Synagoge. Wir gehen mit "
        "unserer ganzen Familie hin, letztes Jahr war es wunderbar."
    ),
    (
        "Ein gehörloser Koch hat das Restaurant Zur Linde übernommen, die Bedienung lernt jetzt "
        "Gebärden. Und das Schnitzel ist hervorragend."
    ),
    "Respekt an die Geflüchteten aus Eritrea, welche ehrenamtlich im Tafelladen mithelfen.",
    (
        "Meine Schwiegermutter sitzt im Rollstuhl. Im neuen Rathaus kommt sie endlich allein in "
        "den Sitzungssaal. Das war überfällig."
    ),
    (
        "Queere Jugendliche brauchen einen sicheren Treffpunkt, auch auf dem Land. Gut, dass das "
        "Jugendhaus in Falkenried jetzt einen wöchentlichen Abend anbietet."
    ),
    (
        "Ich sehe die Frauenquote auf Wahllisten kritisch. Ich bin selbst Frau und möchte wegen "
        "meiner Arbeit gewählt werden, nicht wegen einer Quote. Trotzdem müssen die Parteien "
        "deutlich mehr Frauen aufstellen."
    ),
    (
        "Die Integrationskurse sind monatelang ausgebucht. Wer will, dass Zugewanderte schnell "
        "Deutsch lernen, muss mehr Plätze schaffen."
    ),
    (
        "Beim Bau der Moschee in der Gewerbestraße sollten dieselben Regeln gelten wie für jedes "
        "andere Gebäude. Wenn die Parkplätze nicht reichen, muss nachgebessert werden – das hat "
        "nichts mit Religion zu tun."
    ),
    (
        "Ich bin gegen ein 30 Meter hohes Minarett mitten im Wohngebiet, genauso wie ich dort "
        "gegen einen 30-Meter-Kirchturm wäre. Die Bauordnung gilt für alle."
    ),
    (
        "Meiner Meinung nach sollte die Stadt Geflüchtete dezentral in Wohnungen unterbringen "
        "anstatt in der Turnhalle. Das ist besser für die Menschen und für die Vereine, die die "
        "Halle brauchen."
    ),
    (
        "Sollte der Landkreis die Bezahlkarte für Asylbewerber einführen? Ich bin skeptisch, der "
        "Verwaltungsaufwand scheint mir größer als der Nutzen. Aber da kann man "
        "unterschiedlicher Meinung sein."
    ),
    (
        "Eine Beschäftigungspflicht für Menschen mit Behinderung gibt es für Unternehmen ja "
        "schon. Viele zahlen lieber die Ausgleichsabgabe, und die müsste deutlich höher sein."
    ),
    (
        "Ich finde, die Stadt sollte nicht nur Willkommenskultur predigen, sondern Sprachkurse "
        "auch verbindlich machen. Das ist fair gegenüber allen Seiten."
    ),
    (
        "Kopftuch bei Lehrerinnen sehe ich gelassen, solange der Unterricht neutral ist. Bei uns "
        "unterrichtet eine Mathelehrerin mit Kopftuch und die Kinder lieben sie."
    ),
    (
        "Dass in der neuen Schule Unisex-Toiletten eingeplant sind, finde ich okay, aber bitte "
        "zusätzlich zu getrennten Toiletten. Manche Kinder fühlen sich sonst unwohl, und das "
        "sollte man auch ernst nehmen."
    ),
    (
        "Am Samstag hat ein Mann in der Straßenbahn eine Frau mit Kopftuch angebrüllt, sie solle "
        '„zurück in ihr Land". Außer mir hat kein einziger Fahrgast etwas gesagt. Leute, wir '
        "dürfen da nicht wegschauen."
    ),
    (
        "Wer Hakenkreuze an die Wand der Synagoge schmiert, der greift uns alle an. Hoffentlich "
        "werden die Täter schnell gefasst."
    ),
    (
        "Die Hetze, die hier unter diesem Artikel über die Flüchtlingsunterkunft steht, ist "
        "widerlich. Es sind Menschen, die vor Krieg geflohen sind."
    ),
    (
        'Mein Kollege wurde beim Stadtfest als „Schwuchtel" beschimpft, weil er mit seinem '
        "Freund Händchen gehalten hat. Sowas darf keinen Platz in unserer Stadt haben."
    ),
    (
        '„Juden haben hier nichts zu suchen" – das wurde bei der Kundgebung am Marktplatz '
        "gerufen, und niemand ist eingeschritten. Ich erwarte, dass das Konsequenzen hat."
    ),
    (
        "Antiziganismus ist in Deutschland immer noch weit verbreitet. Dass Roma bei der "
        "Wohnungssuche abgewiesen werden, sobald der Nachname fällt, ist beschämend."
    ),
    (
        'Wer Rollstuhlfahrer als eine „Belastung für die Gesellschaft" bezeichnet, wie es ein '
        "Redner in der Ratssitzung getan hat, hat nichts verstanden. Ich schäme mich für diesen "
        "Auftritt."
    ),
    (
        "Die Schmierereien an der Moschee in Lindenau sind feige und dumm. Solidarität mit der "
        "Gemeinde!"
    ),
    (
        "Mein Sohn ist Schwarz und wurde beim Fußballtraining mit Affenlauten verhöhnt. Der "
        "Verein hat den Spieler gesperrt, und das war richtig so."
    ),
    (
        'Nein, „die Ukrainer" nehmen uns nicht die Wohnungen weg. Das eigentliche Problem ist, '
        "dass seit Jahrzehnten zu wenig gebaut wurde. Sündenböcke zu suchen löst gar nichts."
    ),
    (
        'Ich lese hier Kommentare wie „Die gehören alle abgeschoben". Es geht um Kinder, die '
        "hier geboren sind und hier zur Schule gehen. Bitte etwas mehr Menschlichkeit."
    ),
    (
        "Trans Menschen sind für Kinder keine Gefahr. Wer so etwas behauptet, verbreitet Lügen "
        "und schürt Angst."
    ),
    (
        "Dass der Kandidat im Wahlkampf gesagt hat, Frauen gehörten „an den Herd und nicht in "
        'den Stadtrat", ist ein Skandal. Solche Sprüche sollte sich keine Partei gefallen '
        "lassen."
    ),
    (
        "Mich hat schockiert, dass ein blinder Mann mit Führhund im Supermarkt rausgeworfen "
        "wurde. Führhunde dürfen rein, das sollte jeder Filialleiter wissen."
    ),
    (
        'Die Aufkleber mit „Kein Islam in Bergheim" an den Laternen habe ich alle abgekratzt. '
        "Unsere muslimischen Nachbarn gehören genauso hierher wie wir."
    ),
    (
        'Was da auf dem Schulhof über „die Türken" erzählt wird, kommt ja irgendwoher. Eltern, '
        "redet mit euren Kindern über Rassismus."
    ),
    (
        "Ich habe nichts gegen Lesben und Schwule, mein bester Freund ist mit seinem Mann seit "
        "20 Jahren zusammen. Ehrlich gesagt verstehe ich nicht, warum das überhaupt noch ein "
        "Thema sein muss."
    ),
    (
        "Ich hasse niemanden aufgrund seiner Religion. Ob jemand in der Kirche, in der Moschee "
        "oder gar nicht betet, ist seine Sache."
    ),
    (
        "Niemand in unserem Verein wird wegen seiner Herkunft schief angeschaut. Bei uns kicken "
        "Jungs aus zwölf Nationen, und das klappt wunderbar."
    ),
    (
        "Ich habe absolut kein Problem damit, dass im Nachbarhaus Geflüchtete einziehen. Ich "
        "wünsche mir bloß, dass die Stadt uns Anwohner vorher informiert."
    ),
    (
        "Mir ist es egal, ob der neue Pfarrer schwul ist. Hauptsache, er hält gute Predigten und "
        "kümmert sich um die Alten in der Gemeinde."
    ),
    (
        "Ich bin kein Muslim und werde wohl auch nie einer, aber ich habe keinerlei Vorbehalte "
        "gegen den Moscheeneubau. Jede Gemeinde braucht einen würdigen Ort."
    ),
    (
        "Ich halte niemanden für weniger wert, nur weil er eine Behinderung hat. Mein Bruder ist "
        "Autist und einer der klügsten Menschen, die ich kenne."
    ),
    (
        "Nicht jeder, der Fragen zur Migrationspolitik stellt, ist ein Rassist – und nicht jeder "
        "Migrant ist ein Problem. Ich wünsche mir, dass wir da differenzierter diskutieren."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Bürgermeister Kessler, Ihr silberner Passat steht ja jeden Abend so schön "
        "unbeleuchtet hinterm Rathaus. Nur so als Beobachtung."
    ),
    "Wir wissen, in welchen Kindergarten Ihre Kleine geht, Frau Stadträtin. Schönen Tag noch.",
    (
        "Wäre doch schade, wenn bei der Redaktion vom Wendelstädter Boten mal die Scheiben nicht "
        "mehr ganz wären. Bloß so gesagt."
    ),
    (
        "Unfälle passieren, besonders auf der dunklen Landstraße nach Hohenbrück. Das sollten "
        "Sie bedenken, Herr Baudezernent."
    ),
    (
        "Noch 43 Tage bis zur Abstimmung. Ich zähle mit. Und danach zähle ich weiter, Herr Dr. "
        "Wallner 😉"
    ),
    "Die Liste wird länger. Ihr Name steht jetzt auch drauf, Frau Öztürk.",
    "Wir kommen mal vorbei. Nicht heute, nicht morgen, doch wir kommen.",
    (
        "so ein holzhaus brennt schnell hab ich gehört. nur so ne info für die bewohner vom "
        "neuen containerdorf am sportplatz"
    ),
    (
        "Lieber Herr Brandl, Sie joggen doch immer dienstags am Kanal entlang. Allein. Um halb "
        "sieben. Ganz schön mutig für einen Reporter."
    ),
    (
        "Man sieht sich bekanntlich zweimal. Beim zweiten Mal wird's für Sie unangenehm, Herr "
        "Schiedsrichter."
    ),
    (
        "Im Winter wird's früh dunkel in der Lindenallee. Da sieht keiner, wer vor welcher "
        "Haustür steht."
    ),
    (
        "Ich hab mir Ihr Nummernschild notiert, Herr vom Ordnungsamt. Wir treffen uns bestimmt "
        "mal privat."
    ),
    ("Grüßen Sie Ihre Frau, Herr Pfarrer. Die geht doch immer donnerstags allein zum Chor, oder?"),
    (
        "Schöne Grüße an Familie Hartmann aus dem Birkenweg 12. Ihr wisst schon warum. Wir "
        "vergessen nix."
    ),
    "Wer so einen Artikel schreibt, sollte nachts besser das Licht anlassen.",
    (
        "Es gibt Leute in Grabenfeld, die sich jedes Gesicht aus dem Gemeinderat genau gemerkt "
        "haben. Nur damit Sie's wissen."
    ),
    "Noch ist es ruhig. Aber der Sommer ist lang und trocken, liebe Moscheegemeinde.",
    (
        "Irgendwann stehen Sie mal nicht neben Ihrem Streifenwagen, sondern allein an der Tanke. "
        "Dann reden wir."
    ),
    (
        "Die Fenster in der Parteigeschäftsstelle sind ziemlich groß. Und ziemlich tief. Sag ich "
        "ja nur."
    ),
    (
        "Bitte achten Sie gut auf sich, Frau Kowalski. Wirklich. Wer weiß schon, wer einer "
        "Redakteurin so nach Hause folgt."
    ),
    (
        "Ein Investor, der sich nicht mehr aus seiner Villa in Seebach traut, baut auch keine "
        "Hochhäuser mehr 🤷‍♂️"
    ),
    "Wir haben Fotos von eurem Heimweg, ihr Ultras aus Oberlingen. Schlaft gut.",
    (
        "Tolles Foto von Ihnen und Ihren Kindern auf dem Stadtfest, Herr Landrat. Hab's mir "
        "ausgedruckt und an die Wand gehängt."
    ),
    (
        "Die Zeiten, in denen Journalisten hier ungestört heimgehen konnten, sind bald vorbei. "
        "Merkt euch das."
    ),
    ("Des is fei a Dorf, Herr Bürgermeister. Do kennt jeder jeden. Und jeder woaß, wo Sie wohnen."),
    (
        "Ist Ihr Briefkasten eigentlich feuerfest, Frau Gleichstellungsbeauftragte? Würd ich mal "
        "prüfen lassen."
    ),
    (
        "Wir sind zahlreicher, als ihr glaubt, und Zeit haben wir auch. Reichlich Zeit. Der Tag "
        "der Abrechnung für den Stadtrat kommt."
    ),
    (
        "Die Helferinnen vom Flüchtlingscafé sollten sich überlegen, ob sie abends wirklich "
        "allein zum Auto laufen wollen."
    ),
    (
        "Nur eine freundliche Erinnerung an Kommissar Lehmann: Die Uniform zieht man irgendwann "
        "aus. Und dann ist man ganz normal angreifbar wie jeder andere auch."
    ),
    (
        "Manchmal löst sich eine Radmutter einfach so. Ist Physik. Gute Fahrt zur nächsten "
        "Ratssitzung 🚗"
    ),
    (
        "Wenn die Container tatsächlich neben die Grundschule kommen, dann räumen wir die selber "
        "wieder weg – mit allem, was drinsteckt."
    ),
    (
        "Sollte dieser Radweg gebaut werden, fährt der Planer persönlich nie wieder Fahrrad. "
        "Versprochen."
    ),
    "Noch ein einziger Artikel in dem Ton, Herr Fischbach, und Sie brauchen einen Zahnarzt.",
    (
        "Falls der Schiri am Samstag erneut so pfeift, kommt er nicht unversehrt vom Platz. Das "
        "ist keine Drohung, sondern eine Ankündigung."
    ),
    (
        "Wenn ihr die Kleingärten für eure Luxuswohnungen plattmacht, machen wir euch platt. So "
        "einfach ist das."
    ),
    (
        "Sollten die Radarfallen an der B27 bleiben, wird der nächste Kontrolleur im "
        "Straßengraben wiederzufinden sein."
    ),
    (
        "Kommt die Unterkunft in die alte Kaserne, dann brennt die Kaserne. Und zwar nicht "
        "unbedingt bevor da einer einzieht."
    ),
    (
        "noch einmal so ne razzia in unserem viertel und dann fliegen steine auf eure wannen, "
        "aber richtig"
    ),
    (
        "Falls Bürgermeisterin Vogt den Bürgerentscheid ignoriert, muss sie damit rechnen, dass "
        "man sie aus dem Rathaus trägt. Und nicht sanft."
    ),
    (
        "Wenn mein Sohn wegen eurem Schulschließungsbeschluss eine Stunde Bus fahren muss, "
        "besuch ich jeden einzelnen Stadtrat mit dem Baseballschläger."
    ),
    (
        "Sollte sich der Kerl von der Zeitung noch mal auf unserem Hof blicken lassen, lass ich "
        "den Hund los. Der beißt, und ich helf nach."
    ),
    (
        "Ein Strafzettel mehr an meinem Auto, und die Politesse kann sich ihre Zähne vom Gehweg "
        "aufsammeln."
    ),
    (
        "Wenn die Ultras aus Kreuzfelde nochmal unsere Fahne klauen, gibt's beim Rückspiel "
        "Krankenhaus. Für alle."
    ),
    (
        "Wagen Sie es, die Windräder auf den Eichberg zu stellen, Herr Projektleiter, dann "
        "stehen Sie bald selber nicht mehr."
    ),
    (
        "Falls die Polizei meinen Bruder nicht bis Freitag rauslässt, kriegt das Revier in der "
        "Bahnhofstraße Besuch, den dort keiner vergisst."
    ),
    (
        "Wenn du nochmal deinen Sperrmüll vor meine Garage stellst, Nachbar, dann landest du "
        "selber in der Tonne. In Einzelteilen."
    ),
    (
        "Sollte die Moschee am Stadtrand wirklich ein Minarett bekommen, wird es nicht lang "
        "stehen – und die, die drin beten, auch nicht."
    ),
    (
        "Entweder der Gemeinderat nimmt die Erhöhung der Parkgebühren zurück, oder es fließt "
        "Blut bei der nächsten Sitzung. Ihr habt die Wahl."
    ),
    "Wenn das Jugendzentrum zumacht, dann macht ihr auch zu. Für immer. 🔪",
    (
        "Sollte dieser Schreiberling weiter über meine Firma berichten, wird er seine Finger "
        "nicht mehr zum Tippen benutzen können."
    ),
    (
        "Holt ihr bei der nächsten Abschiebung wieder eine Familie aus unserem Dorf, dann kriegt "
        "jeder Beamte, der mich wegziehen will, eine rein."
    ),
    (
        "Falls der Trainer am Sonntag erneut den Müller auf die Bank setzt, warten wir nach dem "
        "Spiel am Parkplatz auf ihn. Mit Freunden."
    ),
    "Kriegt der Investor die Baugenehmigung, kriegt er auch von mir was. Und das tut weh.",
    (
        "Noch eine Nacht mit dem Lärm von eurer Shisha-Bar und ich komm rüber und hau euch alle "
        "zusammen, ich schwör."
    ),
    (
        "Enteignet die Stadt meine Wiese für die Umgehung, dann fließen hier mehr als nur "
        "Tränen, Herr Oberbürgermeister Rademacher."
    ),
    (
        "Ich werde diesem Bürgermeister bei der nächsten Bürgerversammlung persönlich eine "
        "reinhauen. Vor allen Leuten."
    ),
    (
        "Ich knöpf mir den Redakteur Haller vor, sobald ich raushab, wann er Feierabend hat. Dem "
        "brech ich die Nase."
    ),
    "Ich stech den Schiri ab. Punkt.",
    (
        "Samstag nach dem Derby gibt's für die Blauen aus Nordheim auf die Fresse, wir sind "
        "vorbereitet."
    ),
    (
        "Ich fahr mit meinem Traktor in die nächste Klimakleber-Blockade rein, und zwar ohne zu "
        "bremsen."
    ),
    "Den Typen vom Ordnungsamt, der mir heute den Wagen abgeschleppt hat, mach ich kalt.",
    (
        "Ich schwöre, ich werde die Gutachterin finden, die das Bauprojekt durchgewunken hat, "
        "und ihr wehtun."
    ),
    (
        "Am Montag komm ich mit der Flinte zur Ratssitzung. Wer für die Umgehungsstraße stimmt, "
        "kriegt eine Ladung ab."
    ),
    (
        "ich verprügel jeden bullen der mir in der altstadt nochmal blöd kommt, einen nach dem "
        "andern"
    ),
    (
        "Diesen Hetzer von der Lokalzeitung werde ich eigenhändig erwürgen, das ist mein fester "
        "Vorsatz fürs neue Jahr."
    ),
    (
        "Ich zünde den Kerl an, der die Linden am Marktplatz hat fällen lassen. Mir egal, was "
        "danach passiert."
    ),
    (
        "Die Asylbewerber aus dem Heim am Bahndamm misch ich einzeln auf, wenn die nochmal am "
        "Bahnhof rumhängen."
    ),
    "Wir machen den Gemeinderat von Unterbach fertig. Körperlich. Kein Witz.",
    (
        "Dem Nachbarn, der uns beim Bauamt angeschwärzt hat, werd ich beide Beine brechen. Mit "
        "Ansage."
    ),
    (
        "Ab jetzt schlag ich zu. Jeder Grüne, der mir in Lemkenfeld über den Weg läuft, liegt "
        "danach am Boden."
    ),
    (
        "Leute, trefft euch Freitag vorm Rathaus und zerrt die Bande raus. Die haben nichts "
        "anderes verdient als Prügel."
    ),
    (
        "Man sollte diese Journalisten von der Allgemeinen mal ordentlich durch die "
        "Fußgängerzone jagen."
    ),
    "Zeit, dass jemand dem Landrat die Quittung präsentiert – mit der Faust. Wer traut sich?",
    "Wer macht mit? Samstag 20 Uhr am Containerdorf, wir räuchern die aus. Bringt was mit.",
    "Hängt sie auf, die ganzen Verräter im Stadtrat, alle an die Laternen am Marktplatz!",
    "Jagt die Schiris aus dem Stadion, und wenn sie nicht schnell genug laufen, helft nach.",
    (
        "ihr müsst den polizisten von gestern finden und ihn fertigmachen, der hat ein kind "
        "geschlagen. name steht auf insta"
    ),
    "Jemand sollte diesen Investor einfach abknallen, dann wär endlich Ruhe im Viertel.",
    (
        "Bürger von Kaltenbrunn, wehrt euch! Treibt die Fremden mit Knüppeln aus dem Ort, bevor "
        "es zu spät ist."
    ),
    (
        "Wenn einer von euch den Typen von der Bürgerinitiative sieht, haut ihm eine rein. Von "
        "mir gibt's 'nen Kasten Bier dafür 🍺"
    ),
    (
        "Es ist Zeit, dass die Anwohner die Radfahrer einfach vom Bordstein schubsen. Ein paar "
        "gebrochene Knochen und die lernen's."
    ),
    (
        "Mobilisiert alle! Beim Heimspiel gegen Altenau stürmen wir den Gästeblock und "
        "verprügeln jeden mit gelbem Schal."
    ),
    (
        "Warum schießt eigentlich keiner auf die Wölfe – und auf die Naturschützer gleich mit? "
        "Los, Jäger, legt endlich an."
    ),
    (
        "Meine Damen und Herren, ich fordere Sie auf: Stellen Sie dem Bürgermeister nach, wo "
        "immer er auftaucht, und lassen Sie ihn Ihre Wut spüren. Mit den Händen."
    ),
    (
        "Einer muss den Anfang machen. Schnappt euch die Stadträtin, wenn sie aus der Sitzung "
        "kommt, und zeigt ihr, wie wütend wir sind."
    ),
    "Fackelt die Baustelle am Mühlbach ab, dann ist das Thema Luxuswohnungen erledigt.",
    (
        "Jemand sollte dem Bürgermeister die Reifen aufschlitzen und den Lack zerkratzen. Jede "
        "Woche."
    ),
    "Farbbeutel auf die Redaktion vom Kreisanzeiger! Am besten rot, passt zu denen.",
    "Zündet die Turnhalle an, bevor die Flüchtlinge einziehen. Leerstehend brennt's am besten.",
    "wer hat nen hammer? die blitzer an der umgehung müssen weg, alle, heut nacht",
    "Schmeißt dem Parteibüro in der Bahnhofstraße die Scheiben ein. Da hilft nur noch das.",
    (
        "Sand in die Tanks der Bagger, Zucker in den Diesel – so stoppt man das Gewerbegebiet. "
        "Macht's einfach."
    ),
    (
        "Man sollte der Moschee im Gewerbegebiet mal die Tür eintreten und drinnen alles kurz "
        "und klein schlagen."
    ),
    "Die Polizeiwache in Sankt Egidien gehört mal ordentlich entglast. Freiwillige vor!",
    (
        "Kauft euch Sprühdosen und Pflastersteine und besucht das Haus von dem "
        "Windkraft-Investor. Der soll merken, wie sich das anfühlt."
    ),
    ("Es wird Zeit, die Autos der Stadträte in der Tiefgarage anzuzünden. Eins nach dem anderen."),
    (
        "Macht das neue Parkhaus um die Ecke platt – Schranken kaputt treten, Kameras abreißen, "
        "Automaten aufbrechen. Die Stadt verdient es nicht anders."
    ),
    (
        "Reißt die Zäune vom Containerdorf nieder und legt Feuer an die Wohnmodule, alle "
        "zusammen, dann kommen keine neuen mehr."
    ),
    (
        "Lasst uns das Vereinsheim von den Roten aus Bergheim mal umdekorieren – mit Brecheisen "
        "und Benzin. 🔥🔥"
    ),
    ("Der Funkmast am Ortseingang gehört umgesägt. Ich halt die Leiter, wer bringt die Säge mit?"),
]

LOOKALIKES_DE: list[str] = [
    (
        "Der SV Kirchhausen wurde am Sonntag regelrecht abgeschlachtet, 0:6 zur Pause. Selten so "
        "eine Hinrichtung auf dem eigenen Platz gesehen."
    ),
    (
        "Samstag machen wir die Eintracht aus Brunnfeld platt, ich sags euch jetzt schon. Die "
        "gehen unter!"
    ),
    (
        "Mein Mann schnarcht seit Wochen wie ein Sägewerk, ich könnte ihn manchmal erwürgen 😂 "
        "Danke für den Tipp mit dem Nasenpflaster."
    ),
    (
        "Der Tatort gestern war echt stark. Wie der Mörder die Leiche im Moor versenkt hat, da "
        "hatte ich Gänsehaut."
    ),
    (
        "Gut, dass der Täter aus Oberweilingen jetzt lebenslang bekommen hat. Wer seine Frau mit "
        "dem Messer umbringt, gehört weggesperrt – vom Gericht, nicht vom Mob."
    ),
    (
        "Meine Oma hat die Bombennacht 1944 in Hallerstadt im Keller überlebt. Die halbe "
        "Altstadt brannte, das darf man nie vergessen."
    ),
    (
        "Giersch bekämpfe ich seit Jahren. Man muss die Wurzeln komplett rausreißen, sonst kommt "
        "das Zeug immer wieder. Ausrotten lässt der sich eh nie ganz."
    ),
    (
        "Keine Angst vor dem Rezept: Die Forelle bekommt man beim Fischhändler schon getötet und "
        "ausgenommen. Dann nur noch filetieren und in Butter braten."
    ),
    (
        "Die Jägerschaft in Lindenau hat letztes Jahr über 200 Wildschweine geschossen und "
        "trotzdem sind die Maisfelder verwüstet. Da muss mehr passieren."
    ),
    (
        "Der alte Wasserturm wird endlich gesprengt! Die Ruine war eh ein Schandfleck. Wann "
        "genau knallt es denn, weis das jemand?"
    ),
    (
        "Silvester wieder Böller bis 3 Uhr früh, unser Hund ist fast gestorben vor Angst. Ein "
        "Verkaufsverbot wär mir ganz recht."
    ),
    (
        "Bei der Übung der Feuerwehr Moosbach wurde ein Wohnhausbrand mit mehreren Verletzten "
        "simuliert. Respekt an die Kameraden, sah täuschend echt aus."
    ),
    "Hahaha, der Leserbrief von Herrn Kuhnert bringt mich um 😂 Selten so gelacht.",
    (
        "Dieser Baustellenlärm um 6 Uhr früh bringt mich noch um. Und drei Monate soll das noch "
        "gehen."
    ),
    (
        "Ich Trottel hab meinen Schlüssel schon wieder im Auto eingeschlossen. Ich könnt mich "
        "selber ohrfeigen."
    ),
    (
        "Vorsicht auf der K 412 zwischen Ebersheim und Talhausen, heute früh spiegelglatt. Einer "
        "ist schon im Graben gelandet. Das kann tödlich enden, fahrt langsam!"
    ),
    (
        "Bei der nächsten Kommunalwahl wird die Bürgermeisterin für das Bäderdesaster "
        "abgestraft, da bin ich sicher. Politisch ist sie damit erledigt."
    ),
    (
        "Kommt alle am Samstag um 11 zum Marktplatz, wir demonstrieren friedlich gegen die "
        "Schließung der Geburtenstation. Laut sein, aber fair bleiben!"
    ),
    (
        "Dass jemand Stadtrat Morgenthaler einen Brief mit „Wir wissen, wo du lebst“ geschickt "
        "hat, ist widerlich. Hoffentlich findet die Polizei schnell den Verfasser, sowas hat in "
        "unserer Demokratie nichts verloren."
    ),
    (
        "Zum Thema falsch zugestellte Pakete: Ich weiß jetzt auch, wo Herr Brehm aus der "
        "Ulmenstraße wohnt, seine Lieferung lag nämlich bei mir 😄 Bring ichs ihm heute abend "
        "vorbei."
    ),
    ("Unser Sturm war heute eiskalt und tödlich. Drei Konter, drei Tore, so killt man ein Spiel."),
    (
        "Unsere Handballerinnen haben den Tabellenführer auseinandergenommen. Die waren nach 20 "
        "Minuten mausetot."
    ),
    (
        "Im neuen Krimi der Autorin aus Friedrichsau wird der Pfarrer vergiftet, richtig "
        "spannend geschrieben. Wer es war? Verrat ich nicht!"
    ),
    (
        "Wühlmäuse haben mir die Hälfte der Tulpenzwiebeln gefressen. Hab jetzt Fallen "
        "aufgestellt, der Krieg ist eröffnet 😤"
    ),
    (
        "Gegen den Buchsbaumzünsler hilft bei mir nur Absammeln und Algenkalk. Den Rest der "
        "Raupen erledigen dann die Meisen."
    ),
    (
        "Das Urteil im Prozess um den Überfall auf die Tankstelle in Rödingen ist viel zu milde. "
        "Der Mann hat die Kassiererin mit einer Pistole bedroht und kriegt Bewährung?"
    ),
    (
        "Vor 80 Jahren gab es bei uns im Kreis noch die letzten Gefechte, mein Urgroßvater ist "
        "am Tag vor Kriegsende gefallen. Gut, dass die Gedenktafel jetzt restauriert wird."
    ),
    (
        "Fleischklopfer raus und das Schnitzel ordentlich plattmachen, dann wird es schön zart. "
        "So hat es meine Mutter immer gemacht."
    ),
    (
        "Die Sanierung der Grundschule ist ein totgerittenes Pferd. Abreißen und neu bauen, "
        "alles andere ist Geldverschwendung."
    ),
    "Der Schiedsrichter hat uns heute umgebracht. Zwei klare Elfer nicht gepfiffen, unfassbar.",
    (
        "Wenn mein Sohn noch einmal das Trikot mit Ketchup versaut, dreh ich durch 😅 Die "
        "Waschmaschine läuft schon wieder."
    ),
    (
        "Die Freiwillige Feuerwehr hat beim Hoffest der Wache ein Schrottauto mit der "
        "Rettungsschere zerlegt. Die Kinder waren begeistert."
    ),
    (
        "Tipp gegen Nacktschnecken: Bierfalle. Die ertrinken da drin, nicht schön, aber immer "
        "noch besser als Gift."
    ),
    (
        "Diese Partei sollte man mit ihren Plänen fürs Gewerbegebiet an der Wahlurne vernichtend "
        "schlagen. Hinterher soll keiner sagen, er hätte es nicht gewusst."
    ),
    (
        "Der Messerangriff am Bahnhof Weidenbrück ist furchtbar. Meine Gedanken sind bei dem "
        "Opfer und ich hoffe, der Täter wird schnell gefasst und verurteilt."
    ),
    (
        "Gestern im Kino den neuen Horrorfilm gesehen, die Szene mit der Axt war echt zu viel "
        "für mich. Hab mir die ganze Zeit die Augen zugehalten."
    ),
    (
        "Zur Wespenplage: Bitte einen Fachbetrieb rufen, das Nest selbst auszuräuchern ist "
        "lebensgefährlich. Mein Schwager wäre dabei fast draufgegangen, der ist allergisch."
    ),
    (
        "Hab mir beim Kürbisschnitzen fast den Daumen abgesäbelt. Also Leute, scharfe Messer ja, "
        "aber Vorsicht!"
    ),
    (
        "Nach der Pleite gegen Alt-Selbach ist der Trainer doch erledigt. Der Vorstand schmeißt "
        "ihn raus, wetten?"
    ),
    (
        "Die Bürgerinitiative sammelt Unterschriften gegen den Abriss des Kinos. Kämpft mit uns, "
        "bis zur letzten Unterschrift! 💪"
    ),
    (
        "Bei uns in der Siedlung hat ein Fuchs drei Hühner gerissen. Der Jäger meint, der wird "
        "wohl geschossen. Schade eigentlich, aber was soll man machen."
    ),
    (
        "Die Ofenkartoffeln sind mir heute komplett verbrannt. Kochen ist nicht meins, ich bin "
        "eine Gefahr für jede Küche 😂"
    ),
    (
        "Die neue Tabelle von meinem Kollegen hat mich in den Wahnsinn getrieben, den hätte ich "
        "am liebsten auf den Mond geschossen. Jetzt läuft sie aber endlich."
    ),
    (
        "Der Blindgänger in der Baugrube an der Lindenstraße wird morgen entschärft. Bitte "
        "haltet euch an den Sperrradius, das ist kein Spaß."
    ),
    "Beim Derby am Sonntag gibt es nur eins: kämpfen bis zum Umfallen! Wir hauen die weg!!",
    (
        "Weiß jemand, warum die Stadt die alten Kastanien im Park fällen lässt? Die sind doch "
        "nicht alle krank. Die Kettensäge ist immer so schnell angesetzt."
    ),
    (
        "Die Ausstellung über den Bauernkrieg im Museum Steinach ist super gemacht. Wie die "
        "Aufständischen damals niedergemetzelt wurden, das geht einem an die Nieren."
    ),
    (
        "Liebe Redaktion, in dem Artikel steht, der Angeklagte habe das Opfer erschlagen. Laut "
        "Gericht war es doch ein Sturz? Bitte korrigieren."
    ),
    (
        "Unser Kater ist ein echter Killer, jeden Morgen bringt er ne Maus mit und legt sie "
        "stolz auf die Fußmatte."
    ),
    (
        "Bin gestern den Halbmarathon in Bergfelden gelaufen. Bei Kilometer 18 war ich tot, aber "
        "ich bin angekommen!"
    ),
    (
        "Die Opposition im Gemeinderat hat den Entwurf des Haushalts in der Luft zerrissen. Mit "
        "Recht, finde ich."
    ),
    (
        "Achtung Pilzsammler: Der Grüne Knollenblätterpilz sieht harmlos aus, ist aber tödlich. "
        "Lieber einmal mehr zur Pilzberatung gehen."
    ),
    (
        "Dass in einer Facebook-Gruppe dazu aufgerufen wird, dem Windparkbetreiber die Bude "
        "anzuzünden, geht garnicht. Hab den Beitrag gemeldet. Streiten ja, Gewalt nein."
    ),
    (
        "Beim Königsschießen haben die Schützen den Vogel erst nach über 300 Schuss "
        "runtergeholt. Glückwunsch an den neuen König Jürgen!"
    ),
    (
        "Das Unkraut in den Pflasterritzen vernichte ich mit kochendem Wasser, funktioniert "
        "super und ganz ohne Chemie."
    ),
    (
        "Gulasch muss drei Stunden schmoren, sonst ist das Fleisch zäh wie Schuhsohle. Und das "
        "Rind vorher richtig scharf anbraten."
    ),
    (
        "Die Steuererklärung bringt mich jedes Jahr fast ins Grab 🙈 Nächstes Jahr geht das an "
        "den Steuerberater."
    ),
    (
        "Gestern beim Schachabend im Vereinsheim hab ich den Großmeister aus Hohenbrück zerlegt. "
        "Okay, es war simultan an 30 Brettern, aber trotzdem!"
    ),
    (
        "Die Abrissbagger haben die alte Brauerei in Zeltingen in zwei Tagen plattgemacht. "
        "Schade um das Gebäude, da hängen viele Erinnerungen dran."
    ),
    (
        "Zum Artikel über den Mordfall von 1987: Ich war damals in der Parallelklasse vom Opfer. "
        "Gut, dass dieser Fall nach so langer Zeit endlich aufgeklärt ist."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Hargreave promised Millbrook's bypass would be done by spring. It is "
        "November and the only thing finished is our patience. Resign."
    ),
    (
        "So the council found £400k for new office furniture but can't grit the hill up to St "
        "Aldric's school? Unbelievable. Remember this in May."
    ),
    (
        "So-called 'consultation' again, when the decision was obviously made before anybody "
        "asked us. Dunmore Town Council treats residents like an inconvenience."
    ),
    (
        "Chief Superintendent Rowe should be asked why response times in Eastleigh Vale have "
        "doubled while his PR team keeps growing."
    ),
    (
        "The Courier used to do proper journalism. Now it's the developer's press statement "
        "copy-pasted under a stock photo. Do better."
    ),
    (
        "Vote them out. Every Independent Alliance councillor who backed the car park sell-off. "
        "Not one of them read the report, i'd bet money on it."
    ),
    (
        "Brilliant, another 'listening exercise'. They listened, nodded, and approved 300 homes "
        "on the flood plain anyway. Clowns, the lot of them."
    ),
    (
        "Thornby Water have dumped sewage in the Lisk eleven times this year and the fine is "
        "smaller than the CEO's bonus. The regulator needs teeth."
    ),
    (
        "The head at Greyfield Academy has to explain where the music budget went. Parents "
        "deserve answers, not a newsletter full of buzzwords."
    ),
    (
        "Mayor Pellow wants a second term? After the market hall fiasco? Bold. I'll be voting "
        "for literally anyone else."
    ),
    (
        "Labour ran this council twelve years and the roads looked like the moon. The Tories "
        "took charge and now it's the moon with fewer buses. Pick your poison."
    ),
    (
        "Police spokesperson says they 'take antisocial behaviour very seriously'. Three reports "
        "from me, zero callbacks. Seriously my foot."
    ),
    (
        "Why does the paper never name the company behind the Oakridge Lane scheme? Lazy, or "
        "scared of losing there ad money?"
    ),
    (
        "Cllr Fenwick's expenses for 'networking lunches' should be published line by line. "
        "Nothing to hide? Then show us."
    ),
    (
        "Closing Harlow Green library to 'save money' while paying consultants £90k to tell us "
        "to close it. Satire writes itself."
    ),
    (
        "This board has run Ashby Rovers into the ground. Sell the club and go. The fans have "
        "put more into this club than you ever have."
    ),
    (
        "Planning committee overruled its own officers AGAIN for the Kestrel Homes estate. "
        "Somebody should be asking who's having dinner with who."
    ),
    (
        "Cut SEN transport, then act shocked when kids miss school. Whoever signed that off "
        "shouldn't be running a department."
    ),
    (
        "Nice of the county to announce the bus cuts at 5pm on a Friday. Cowardly. Own your "
        "decisions."
    ),
    (
        "Written to my MP three times about the A614 junction, got three form letters. If she "
        "won't turn up for Brackwell, Brackwell won't turn up for her at the ballot box."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely to see our Pride picnic back in Victoria Park. My nan came along and had the "
        "time of her life."
    ),
    (
        "The Muslim families from the Hollin Street mosque run the food bank collection every "
        "Saturday. Credit where it is due."
    ),
    (
        "Our Syrian neighbours brought round a tray of baklava the day we moved in. Best welcome "
        "we've had anywhere."
    ),
    (
        "As a disabled resident, the new dropped kerbs on Market Row are a genuine game changer. "
        "Thanks to whoever pushed for them."
    ),
    (
        "The Jewish heritage walk the museum runs is well worth doing, learned loads about the "
        "old tannery families on Pell Street."
    ),
    (
        "Great write-up on the women's five-a-side league. Forty players signed up in the first "
        "week!"
    ),
    (
        "My daughter's trans and Westbrook High have been nothing but supportive. Wanted to say "
        "that publicly since we only ever hear the bad stories."
    ),
    (
        "Some of the refugees staying at the Bellmoor hostel helped shovel flood debris on Canal "
        "Street all weekend. Didn't ask for a thing."
    ),
    (
        "The Black History Month exhibition in the town hall was brilliant, especially the bit "
        "on the Windrush families who settled on Dale Road."
    ),
    (
        "Those two lesbian mums have run the Brownies pack for a decade and half the town owes "
        "them a favour. Well deserved civic award."
    ),
    (
        "Migrant workers keep the farms round Stannington going. Without them the strawberries "
        "rot in the field, simple as."
    ),
    (
        "Someone sprayed 'gays not welcome' on the bus shelter near the leisure centre. Yes they "
        "are welcome, and whoever did it doesn't speak for this town."
    ),
    (
        "Reading comments on here calling refugees 'vermin' is sickening. These are people who "
        "ran from bombs. Have some shame."
    ),
    (
        "To the bloke shouting at women in headscarves outside Aldi on Tuesday: you embarrassed "
        "yourself, not them. Several of us reported you."
    ),
    (
        "'Go back to where you came from' — she was born at Westmoor General, mate. Same ward as "
        "you probably."
    ),
    (
        "Antisemitic leaflets have gone through doors on Fir Avenue. Report them to the police "
        "and bin them. That filth has no home here."
    ),
    (
        "Not every asylum seeker is a criminal, just like not every lad off the Heath estate is. "
        "Stop lumping people together."
    ),
    (
        "I'm not against the new mosque at all. My only worry is parking on Chapel Lane, which "
        "would apply to any venue that size."
    ),
    (
        "Being gay isn't a 'lifestyle choice' and it's definitely not something kids catch from "
        "a library book. Come on now."
    ),
    (
        "Good to see the wheelchair basketball team finally getting coverage. They train in that "
        "freezing sports hall twice a week for nothing."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Dobson lives on Wexcombe Close, doesn't he. Blue door, silver Volvo. Just "
        "saying, people know."
    ),
    (
        "Shame if something should happen to that lovely new conservatory of yours, Mr Radley. "
        "Accidents happen round here."
    ),
    (
        "The reporter that wrote this lives a lot closer to the estate than she thinks. Might "
        "want to check her mirrors driving home."
    ),
    (
        "Hope the planning officer enjoys walking his dog by the reservoir at 7 every morning. "
        "Lonely spot, that."
    ),
    (
        "Someone tell Cllr Amari we know her kids go to Fernside Primary. Think very carefully "
        "about Thursday's vote."
    ),
    (
        "We've got long memories in Haddon. The magistrate who let him walk will find that out, "
        "one way or another."
    ),
    (
        "Nice shop you've got on Bridge St, Mr Kaur. Be a pity if them windows did not last the "
        "winter."
    ),
    (
        "Pretty sure the whole pub knows which house the hostel manager lives in now. Sleep well "
        "pal."
    ),
    "If that hostel opens on Gorse Lane, whoever's running it will be hurt. Simple as that.",
    (
        "Unless the council reverses this by Friday, somebody's paying Cllr Price a visit and it "
        "will not be for a chat."
    ),
    "If I see that traffic warden near my van again I will break his jaw, swear down.",
    (
        "Keep publishing lies about our lads, Courier, and your editor will be picking his teeth "
        "up off the pavement."
    ),
    (
        "Approve that phone mast and I will make sure the committee chair never walks straight "
        "again."
    ),
    (
        "If the ref who robbed us shows his face in Brinford again he's getting a kicking he "
        "won't forget."
    ),
    (
        "Move one more tenant into number 14 Crane Row and I'll burn the place down with the "
        "landlord in it."
    ),
    "I am going to find Councillor Whitlow and bash his face in. Done talking.",
    (
        "Next time I spot that headteacher at the gate I'm going to hit her. Consider yourselves "
        "warned."
    ),
    "I will be waiting outside Harcourt House for the planning officer on Monday with a bat.",
    "Mark my words, I'm putting that landlord in hospital this weekend.",
    "Someone needs to go to the MP's surgery on Saturday and beat him properly. Who's in?",
    (
        "Everyone down to the hostel tonight, pull them out and hurt them. Show them they're not "
        "wanted."
    ),
    (
        "Lads, the councillor does his shop at the Co-op Thursday nights. Jump him out in the "
        "car park."
    ),
    "Burn the Courier offices to the ground, they've earned it. Petrol's cheap enough.",
    (
        "Somebody go smash every window of the council depot tonight, they won't listen any "
        "other way."
    ),
    ("Torch the developer's vans on the Kestrel site, every last one. Let's see them build then."),
]

LOOKALIKES_EN: list[str] = [
    (
        "Rovers absolutely murdered Castleton 5-0 on Saturday. Their goalkeeper must've wanted "
        "the ground to swallow him."
    ),
    "That new pie shop on Lark Street is killer. The steak and ale one will knock you flat.",
    (
        "Demolition of the old Fairlow cooling towers is set for Sunday morning — Beacon Hill is "
        "the best spot to watch the blast."
    ),
    (
        "Fascinating piece on the 1643 siege of Corbridge Castle. Hard to imagine cannons firing "
        "across the water meadows."
    ),
    (
        "Eight years for that stabbing on Mill Lane. Thoughts with the family of the victim, "
        "glad justice was done."
    ),
    (
        "Our quiz team got slaughtered in the final round again. Who knew so much about "
        "Norwegian rivers?"
    ),
    (
        "Threatening a councillor is never OK, whatever you make of the bypass. Glad the police "
        "charged him."
    ),
    (
        "The am-dram society's Macbeth was superb — the murder scene had the whole front row "
        "gasping."
    ),
    (
        "Beat the eggs hard, then fold the flour in gently so you don't kill the air. Nan's "
        "sponge rules."
    ),
    "Could've strangled my sat nav yesterday, sent me down a farm track near Upper Hembury lol",
    (
        "Next week the wrecking ball goes into the old bus station. Good riddance to this "
        "concrete monstrosity."
    ),
    "The under-12s fought like lions in the cup final. Lost on penalties but heads held high.",
    (
        "Watched the new Bond at the Regal. Explosions everywhere, plot thin as paper, still "
        "loved it."
    ),
    "The slugs have butchered my veg patch this year. Any tips that don't involve poison?",
    (
        "The museum's Civil War display, muskets, pikes and all, is a great afternoon out with "
        "the kids."
    ),
    "Our MP got absolutely destroyed in the hustings debate. Fair play to the Green candidate.",
    (
        "Whoever sent that note to the parish clerk should be ashamed. Disagree all you want, "
        "but 'we'll burn you out' is a crime, not an opinion."
    ),
    (
        "Firefighters did a brilliant job containing the barn blaze at Holt Farm. Nobody hurt, "
        "thankfully."
    ),
    ("Dead on my feet after the fun run but we raised £600 for the hospice. Legs are killing me."),
    "SHOOT the ball! Three clear chances in the first half and we kept passing it sideways.",
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
