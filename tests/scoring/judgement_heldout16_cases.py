"""A sixteenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 101 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows (both waves), or with another case of this table, were
reworded for the overlap alone (16 of them again by the engineer, where the rewording had met
other material), before any scorer was run on the table. Kinds, and what the default policy
should do: sharp but legitimate criticism and neutral or friendly mentions of groups
(counter-speech and negations included) are published; threats and calls for violence are held;
harmless look-alikes are published. German threats, in order: veiled (1-30), conditional
(31-55), direct (56-70), calls against people (71-85), calls against property (86-100); English:
veiled (1-8), conditional (9-15), direct (16-19), calls against people (20-22), calls against
property (23-25).

The writers were asked for the usual kinds and families, with no steer towards any candidate, and
to prefer unusual but natural wording. It was written ahead of the next candidate and committed
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
        "Frau Landrätin Kessebohm, Sie haben im Wahlkampf die Wiedereröffnung der Geburtsstation "
        "in Ahlbeck versprochen. Jetzt heißt es 'wirtschaftlich nicht darstellbar'. Das hätten "
        "Sie vorher wissen können."
    ),
    (
        "Drei Jahre Planung für eine Ampel an der Lindenallee, und nun schaltet sie so, dass sich "
        "der Verkehr bis zur Tankstelle zurückstaut. Satire-Redakteure wären neidisch."
    ),
    (
        "Die Stadtwerke Brühlingen erhöhen zum zweiten Mal in diesem Jahr die Fernwärmepreise und "
        "legen der Rechnung eine Broschüre über Kundennähe bei. Ein schlechter Witz."
    ),
    (
        "Herr Bürgermeister Tölke sollte sich bei den Anwohnern der Mühlgasse entschuldigen. Man "
        "informiert Leute nicht per Zettel am Laternenpfahl, dass ihre Straße acht Monate "
        "gesperrt wird."
    ),
    (
        "Wenn die Kreistagsfraktion der CDU jetzt plötzlich die Schulsozialarbeit retten will, "
        "darf man daran erinnern, wer vor zwei Jahren die Stellen gestrichen hat."
    ),
    (
        "Die Grünen im Rat reden seit Jahren von Radwegen. Herausgekommen sind ein paar "
        "aufgemalte Fahrradsymbole auf der Hauptstraße. Das ist keine Verkehrswende, das ist "
        "Malerei."
    ),
    (
        "Beim Derby war der Polizeieinsatz völlig überzogen. Wer eine ganze Kurve einkesselt, "
        "weil zwei Bengalos brennen, muss sich über fehlendes Vertrauen nicht wundern."
    ),
    (
        "Ich erwarte vom Polizeipräsidium eine lückenlose Aufklärung, warum der Notruf in jener "
        "Nacht über zwanzig Minuten unbeantwortet blieb. Eine Pressemitteilung mit drei Sätzen "
        "reicht nicht."
    ),
    (
        "Das Bistum redet von Aufarbeitung, schwärzt aber die Hälfte des Gutachtens. "
        "Glaubwürdigkeit gewinnt man so nicht zurück."
    ),
    (
        "Die SPD im Stadtrat hat bezahlbaren Wohnraum auf jedes Plakat gedruckt und stimmt jetzt "
        "für das Luxusquartier am Hafen. Wähler merken sich so etwas."
    ),
    (
        "Dass die AfD-Fraktion in fast jeder Sitzung Anträge stellt, die rechtlich von vornherein "
        "unzulässig sind, kostet die Verwaltung Stunden. Symbolpolitik auf Kosten der "
        "Steuerzahler."
    ),
    (
        "Die FDP fordert Entbürokratisierung und beantragt gleichzeitig drei neue Prüfberichte "
        "zum Hallenbad. Was denn nun?"
    ),
    (
        "Sehr geehrter Herr Schulrat, eine Grundschule mit zwölf unbesetzten Stunden pro Woche "
        "ist kein 'angespannter Zustand', sondern ein Versagen der Personalplanung."
    ),
    (
        "Der Vorstand des TuS Wehrbach hat die Mitglieder über den Verkauf des Sportplatzes "
        "schlicht nicht informiert. Ich fordere eine außerordentliche Mitgliederversammlung und "
        "den Rücktritt des Kassenwarts."
    ),
    (
        "Das Klinikum macht die Notaufnahme nachts zu und nennt es 'Strukturoptimierung'. Für "
        "Leute auf dem Land bedeutet das vierzig Minuten Fahrt mit Verdacht auf Herzinfarkt."
    ),
    (
        "Mei, scho wieder a Baustell ohne oa einzigs Umleitungsschild. Des Tiefbauamt glaubt "
        "wohl, mir Autofahrer san alle Hellseher."
    ),
    (
        "Herr Ortsvorsteher, wer bei der Bürgerversammlung die Fragen vorher schriftlich "
        "einreichen lässt und dann die Hälfte davon übergeht, braucht sich über "
        "Politikverdrossenheit nicht zu beklagen."
    ),
    (
        "Die Linke im Kreistag hat den Haushalt pauschal abgelehnt, ohne einen einzigen "
        "Gegenvorschlag. Opposition ist mehr als Neinsagen."
    ),
    (
        "Man hat uns eine Bürgerbeteiligung zum Marktplatz versprochen. Am Ende hat ein "
        "Planungsbüro aus München alles entschieden, und wir durften die Farbe der Bänke wählen."
    ),
    (
        "Die Bahn streicht den Halt in Kleinrode, weil er sich nicht rechnet. Dann soll sie aber "
        "auch aufhören, in ihren Anzeigen von Mobilität für alle zu reden."
    ),
    (
        "Herr Minister Pfeilsticker war genau einmal in unserem Landkreis, zum Fototermin vor der "
        "Wahl. Seitdem Funkstille, obwohl die Brücke bei Ostermünde immer noch gesperrt ist."
    ),
    (
        "Wer als Landrat den Kreistag erst nach der Vertragsunterzeichnung informiert, hat ein "
        "merkwürdiges Verständnis von Demokratie. Das sollte sich die Kommunalaufsicht genau "
        "ansehen."
    ),
    (
        "Das Ordnungsamt verteilt in der Altstadt Knöllchen im Minutentakt, aber die Raser "
        "draußen auf der Umgehungsstraße interessieren niemanden. Prioritäten setzen sieht anders "
        "aus."
    ),
    (
        "Schlicht peinlich, wie die Stadt die Partnerschaftsfeier organisiert hat. Die Gäste aus "
        "Frankreich standen eine Stunde lang vor einer verschlossenen Halle."
    ),
    (
        "Die Landeskirche verkauft das Gemeindehaus an einen Immobilieninvestor und predigt "
        "gleichzeitig Quartiersarbeit. Die Jugendgruppe steht jetzt auf der Straße."
    ),
    (
        "Liebe Bäckerei Hollerbach, wenn ihr schon die Preise erhöht, dann bitte nicht "
        "gleichzeitig die Brötchen schrumpfen lassen. Das merkt man nämlich."
    ),
    (
        "Dass der Supermarktkonzern die Filiale im Ortskern schließt und draußen auf der grünen "
        "Wiese neu baut, ist sein gutes Recht. Dass die Stadt das auch noch fördert, nicht."
    ),
    (
        "Frau Oberbürgermeisterin Dreßen, Sie sind jetzt drei Jahre im Amt. Wann genau kommt das "
        "versprochene Jugendzentrum? Ein Datum würde genügen."
    ),
    (
        "Der Polizeibericht nennt den Einsatz am Bahnhof 'verhältnismäßig'. Die Videos, die hier "
        "inzwischen jeder gesehen hat, sprechen eine andere Sprache. Das muss unabhängig geprüft "
        "werden."
    ),
    (
        "Bravo, liebe Verwaltung: Das neue Online-Portal für Anwohnerparkausweise läuft nur mit "
        "dem Internet Explorer. Willkommen im Jahr 2009."
    ),
    (
        "Das Kultusministerium beschließt, die Schule liest es in der Zeitung, und die Eltern "
        "hören es von ihren Kindern. Kommunikation ist das nicht."
    ),
    (
        "Ich halte den Rücktritt des Kämmerers für unausweichlich. Wer ein Loch von vier "
        "Millionen Euro erst nach der Wahl entdeckt, hat entweder nicht hingeschaut oder "
        "geschwiegen."
    ),
    (
        "Mit Verlaub, aber die Begründung des Gemeinderats für die Ablehnung des Bürgerbegehrens "
        "ist juristisch dünn und politisch verheerend."
    ),
    (
        "Beim Hochwasser im Frühjahr hat der Katastrophenschutz gut gearbeitet, aber die Sirenen "
        "in Unterwössing blieben stumm. Seit fünf Jahren angemahnt, passiert ist nichts."
    ),
    (
        "Die Kassenärztliche Vereinigung erklärt seit Jahren, es gebe keine Unterversorgung. Dann "
        "soll mal jemand von dort versuchen, in Talbrunn einen Hausarzttermin zu bekommen."
    ),
    (
        "Der Vorsitzende des Schützenvereins redet von Tradition, meint damit aber offenbar nur, "
        "dass Frauen weiterhin nicht in den Vorstand gewählt werden dürfen. Zeit für einen "
        "Wechsel an der Spitze."
    ),
    (
        "Der Trainerwechsel beim FC Sandhagen war überfällig. Dass der Sportdirektor bleiben "
        "darf, obwohl er jeden Fehlgriff auf dem Transfermarkt zu verantworten hat, verstehe wer "
        "will."
    ),
    (
        "Die CSU vor Ort feiert den neuen Kreisel als Großtat. Gekostet hat er doppelt so viel "
        "wie geplant, und die Lastwagen stauen sich jetzt einfach fünfzig Meter weiter."
    ),
    (
        "Wieso braucht das Bauamt elf Monate für eine Carport-Genehmigung? Ernsthafte Frage, "
        "keine Polemik. Irgendwo hakt es gewaltig."
    ),
    (
        "Das Finanzamt lehnt jede Fristverlängerung für die Grundsteuererklärung ab und "
        "verschickt die eigenen Bescheide dann ein halbes Jahr zu spät. Da fehlen einem die "
        "Worte."
    ),
    (
        "Die Stadt erhöht die Kita-Gebühren, während im Rathaus für 300.000 Euro neue Büromöbel "
        "angeschafft werden. Bitte erklären Sie das den Eltern, Herr Stadtrat Lindemeyer."
    ),
    (
        "Herr Pfarrer, bei allem Respekt: Die Gemeinde aus der Zeitung erfahren zu lassen, dass "
        "St. Ägidius entwidmet wird, war stillos."
    ),
    (
        "Die Landesregierung feiert ihr Digitalpaket. Unsere Schule hat die Tablets seit acht "
        "Monaten im Keller, weil niemand da ist, der sie einrichtet."
    ),
    (
        "Wer den Bürgerbus abschafft, weil er 'nur' von Senioren genutzt wird, hat nicht "
        "verstanden, wofür er gedacht war. Schwache Entscheidung des Rats."
    ),
    (
        "Das Krankenhaus verlegt die Geburtshilfe, vermeidet aber in der Pressemitteilung "
        "sorgfältig das Wort 'Schließung'. Nennen Sie die Dinge doch beim Namen."
    ),
    (
        "Ich habe den Abgeordneten Wörlein dreimal wegen des Lärmschutzes an der A7 "
        "angeschrieben. Keine einzige Antwort. So gewinnt man keine Wahlen."
    ),
    (
        "Ganz ehrlich, die Parkgebühren am Klinikum sind Abzocke. Wer seine kranke Mutter "
        "besucht, sollte dafür nicht acht Euro am Tag zahlen müssen."
    ),
    (
        "Der Betreiber des Windparks hat Bürgerbeteiligung versprochen und die Anteile dann nur "
        "an Großanleger ausgegeben. Genau so verspielt man Akzeptanz."
    ),
    (
        "Interessant, dass die Ratsmehrheit die Sitzung zum Gewerbegebiet Am Kalkofen "
        "nichtöffentlich abhalten will. Was gibt es denn da zu verbergen?"
    ),
    (
        "Die Kreisverwaltung hat jahrelang nicht auf Warnungen zum Zustand der Sporthalle "
        "reagiert. Nun ist sie gesperrt, und drei Vereine stehen ohne Trainingsort da. Dafür muss "
        "jemand die Verantwortung übernehmen."
    ),
    (
        "Die Polizei hätte die Gegendemonstranten nicht stundenlang in der Kälte festhalten "
        "dürfen. Das Verwaltungsgericht wird das hoffentlich klären."
    ),
    (
        "Frau Staatssekretärin, 'wir prüfen das' ist keine Antwort auf die Frage, warum unser "
        "Gymnasium seit zwei Jahren ohne Chemielehrkraft auskommen muss."
    ),
    (
        "Schön, dass der Verkehrsverbund jetzt eine App hat. Noch schöner wäre ein Bus, der auch "
        "kommt, wenn die App sagt, dass er kommt."
    ),
    (
        "Die Stadt hat die Kastanienallee gefällt, ohne das Gutachten offenzulegen. Ich glaube "
        "nicht, dass alle 43 Bäume krank waren. Legen Sie die Unterlagen auf den Tisch."
    ),
    (
        "Der Ältestenrat sollte klären, warum Herr Grabowski von der Wählergemeinschaft seit "
        "einem Jahr keine Sitzung besucht, aber weiter seine Aufwandsentschädigung bezieht."
    ),
    (
        "Wie lange will der Landesverband der Grünen das Thema Wolf eigentlich noch aussitzen? "
        "Die Schäfer im Kreis warten seit Jahren auf eine praxistaugliche Regelung."
    ),
    (
        "Die Brauerei Kettlitz wirbt mit Heimatverbundenheit und verlagert dann die Abfüllung "
        "nach Tschechien. Heimat als Etikett, mehr ist da nicht."
    ),
    (
        "Die Schulleitung ließ die Beschwerden über Schimmel im Musikraum monatelang liegen. Dass "
        "jetzt mehrere Kinder Atemwegsprobleme haben, ist kein Zufall."
    ),
    (
        "Respekt vor so viel Widerspruch: Der Gemeinderat beschließt ein Klimaschutzkonzept und "
        "genehmigt am selben Abend einen Parkplatz auf der Streuobstwiese."
    ),
    (
        "Ich bin selbst langjähriges Parteimitglied, aber was unser Kreisvorstand bei der "
        "Listenaufstellung abgeliefert hat, war Klüngel in Reinform. So verlieren wir die "
        "Jüngeren."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schön zu lesen, dass das queere Jugendcafé in Lindenhof jetzt feste Räume bekommt. Mein "
        "Neffe war dort, als er sich noch niemandem sonst anvertrauen konnte."
    ),
    (
        "Unser Nachbar Herr Yıldız hat im Winter jeden Morgen den Gehweg für die ganze Straße "
        "gestreut, ohne dass ihn jemand darum gebeten hätte."
    ),
    (
        "Ich hab nichts gegen die neue Moschee am Gewerbering, ehrlich nicht. Meine Sorge ist nur "
        "der Parkplatz am Freitagmittag, und das lässt sich mit der Gemeinde sicher regeln."
    ),
    (
        "Die Schmierereien an unserer Synagoge sind widerlich. Wer jüdische Nachbarn "
        "einschüchtern will, greift uns alle an. Danke an alle, die am Sonntag zur Mahnwache "
        "gekommen sind."
    ),
    (
        "Meine Oma ist mit 84 noch im Kirchenchor und radelt jeden Donnerstag zur Probe. Solche "
        "Geschichten bitte öfter."
    ),
    (
        "Sachlich gefragt: Warum dauern die Asylverfahren in unserem Bundesland im Schnitt länger "
        "als anderswo? Das schadet den Geflüchteten genauso wie den Kommunen."
    ),
    (
        "Eine feste Frauenquote im Kreistag ist für mich der falsche Weg, aber dass nur sieben "
        "von 58 Sitzen mit Frauen besetzt sind, sollte allen Parteien zu denken geben."
    ),
    (
        "Ich bin Sintiza und in dieser Stadt geboren. Danke für euren Bericht über die Familie "
        "Reinhardt, der ganz ohne die üblichen Klischees auskommt."
    ),
    (
        "Mein eritreischer Kollege hat nach drei Jahren seinen Meisterbrief gemacht. Unser "
        "Betrieb wäre ohne ihn aufgeschmissen."
    ),
    (
        "Dass hier einige den Rollstuhlbasketballern die Hallenzeiten missgönnen, finde ich "
        "beschämend. Die trainieren genauso hart wie alle anderen."
    ),
    (
        "Die Integrationskurse sind überfüllt, die Wartelisten lang. Wer will, dass Zugewanderte "
        "Deutsch lernen, muss auch genug Kursplätze finanzieren."
    ),
    (
        "Als Sachse, der seit dreißig Jahren im Schwäbischen lebt: Die Sprüche über 'Jammerossis' "
        "nerven. Meine Verwandten drüben haben nach der Wende einfach angepackt."
    ),
    (
        "Die Hochzeit von Jonas und Malte in Hohenbrück war das schönste Fest im Dorf seit "
        "Langem. Sogar der alte Schreinermeister hat getanzt."
    ),
    (
        "Richtig, dass die Stadt beim Sommerfest auch einen Stand der syrischen Gemeinde "
        "eingeplant hat. Das Essen war übrigens grandios."
    ),
    (
        "Zu den Kommentaren weiter oben: Eine trans Frau, die bei der Feuerwehr Dienst tut, "
        "verdient denselben Respekt wie jede andere Kameradin. Punkt."
    ),
    (
        "Die katholische Gemeinde hat die Tafel jahrelang getragen, meist still im Hintergrund. "
        "Das darf bei aller Kritik an der Kirche auch mal gesagt werden."
    ),
    (
        "Wir haben 2015 eine afghanische Familie bei uns im Dorf aufgenommen. Die älteste Tochter "
        "studiert inzwischen Pharmazie in Marburg."
    ),
    (
        "Zur Einordnung: Die Zahl der Einbürgerungen im Kreis ist gestiegen, vor allem bei "
        "Menschen aus der Türkei und Syrien, die schon viele Jahre hier leben."
    ),
    (
        "Wer einen Rabbiner auf offener Straße beschimpft, hat in unserer Stadt nichts zu suchen. "
        "Gut, dass Passanten eingeschritten sind."
    ),
    (
        "Ich bin blind und fahre seit Jahren mit Bus und Bahn. Die neuen Ansagen an den "
        "Haltestellen sind ein wirklicher Fortschritt, vielen Dank an die Verkehrsbetriebe."
    ),
    (
        "Ich habe nichts gegen Flüchtlinge, aber eine Turnhalle als Unterkunft ist für alle eine "
        "Notlösung. Leer stehende Wohnungen wären menschenwürdiger, und die Vereine hätten ihre "
        "Halle zurück."
    ),
    (
        "Der Friedhof bekommt jetzt neben den christlichen auch ein muslimisches Grabfeld. Finde "
        "ich vernünftig, hier sterben ja auch Menschen, die ihr ganzes Leben hier verbracht "
        "haben."
    ),
    (
        "Die Gleichstellungsbeauftragte hat recht: Wenn Ausschusssitzungen um 17 Uhr beginnen, "
        "fehlen Mütter mit kleinen Kindern. Das ist kein Ideologiethema, sondern Terminplanung."
    ),
    (
        "Die polnischen Pflegerinnen im Seniorenheim Sonnenhang haben meinen Vater in seinen "
        "letzten Monaten mit einer Geduld begleitet, die ich nie vergessen werde."
    ),
    (
        "Richtig, dass die Polizei den Angriff auf das lesbische Paar am Hafen als Hassdelikt "
        "einstuft. So etwas darf nicht als 'Streit unter Passanten' abgelegt werden."
    ),
    (
        "Die Christen im Nahen Osten geraten oft in Vergessenheit. Schön, dass die "
        "Kirchengemeinde den Vortrag des aramäischen Priesters organisiert hat."
    ),
    (
        "Über Rentner heißt es gern, sie blockierten alles. In unserem Verein sind es die über "
        "Siebzigjährigen, die jeden Samstag den Platz abkreiden."
    ),
    (
        "Man kann über Aufnahmezahlen streiten, ohne Geflüchtete pauschal als Problem "
        "darzustellen. Genau diese Art von Debatte wünsche ich mir hier im Forum."
    ),
    (
        "Die jüdische Gemeinde öffnet wieder ihre Türen für alle Neugierigen. Ich war voriges "
        "Jahr dort, wurde herzlich empfangen und habe viel über Chanukka gelernt."
    ),
    (
        "Unser Jonas (Trisomie 21) macht gerade ein Praktikum im Rathauscafé. Er kommt jeden "
        "Abend strahlend nach Hause."
    ),
    (
        "Nüchtern betrachtet: Ukrainerinnen finden in Dänemark oder Polen schneller Arbeit als "
        "bei uns. Da sollte man genauer hinschauen, woran es hierzulande hakt."
    ),
    (
        "Die rumänischen Erntehelfer auf dem Spargelhof Brinkmann wohnen ordentlich, das habe ich "
        "mir selbst angesehen. Das war nicht überall so, deshalb ist es gut, dass kontrolliert "
        "wird."
    ),
    (
        "Ich bin Muslimin, trage Kopftuch und arbeite als Apothekerin in der Innenstadt. Die "
        "meisten Kundinnen interessiert das überhaupt nicht, und so soll es auch sein."
    ),
    (
        "Zu den hämischen Kommentaren über unsere Roma-Nachbarn, Gartenstraße 12 bis 16: Die "
        "Kinder gehen zur Schule, die Eltern arbeiten. Hört bitte auf, Gerüchte zu verbreiten."
    ),
    (
        "Wie schön, dass der CSD heuer erstmals auch bei uns in der Kleinstadt stattfindet. Ich "
        "bin 67 und gehe mit meiner Frau hin."
    ),
    (
        "Der Seniorenbeirat hat beim Planen der neuen Bushaltestellen wertvolle Hinweise gegeben. "
        "Sitzbänke und Schatten nützen am Ende allen."
    ),
    (
        "Mehr Deutschkurse am Abend würden vor allem den Zugewanderten helfen, die tagsüber schon "
        "arbeiten. Das wäre eine praktische Lösung statt endloser Grundsatzdebatten."
    ),
    (
        "Meine Großeltern kamen als Vertriebene aus Schlesien hierher und wurden anfangs auch "
        "nicht gerade mit offenen Armen empfangen. Daran denke ich bei solchen Diskussionen oft."
    ),
    (
        "Der türkische Gemüsehändler vom Wochenmarkt hat mir während meiner Quarantäne die "
        "Einkäufe vor die Tür gestellt. Danke, Herr Öztürk, das vergesse ich Ihnen nicht."
    ),
    (
        "Wer im Stadion Affenlaute gegen unseren Verteidiger macht, gehört lebenslang "
        "ausgesperrt. Der Verein hat genau richtig reagiert."
    ),
    (
        "Neutral gefragt: Wie viele Plätze hat die neue Erstaufnahmeeinrichtung, und gibt es "
        "schon Gespräche mit den Schulen vor Ort?"
    ),
    (
        "Meine Tochter ist eine der ersten Frauen bei der Berufsfeuerwehr Kappeln und wird von "
        "den Kollegen voll akzeptiert. Vor zwanzig Jahren wäre das undenkbar gewesen."
    ),
    (
        "Dass auf dem alten Friedhof jüdische Grabsteine umgeworfen wurden, macht mich "
        "fassungslos. Ich helfe gern bei der Instandsetzung mit, falls Freiwillige gebraucht "
        "werden."
    ),
    (
        "Ostdeutsche in Führungspositionen sind nach wie vor selten, auch bei uns im Westen. Das "
        "ist keine Opferhaltung, sondern schlicht eine Zahl."
    ),
    (
        "Unser Pfarrer hat den Gottesdienst zweisprachig auf Deutsch und Ukrainisch gefeiert. "
        "Ungewohnt, aber sehr bewegend."
    ),
    (
        "Ich arbeite seit zwölf Jahren mit einem schwulen Kollegen zusammen, dem besten "
        "Teamleiter, den ich je hatte. Wen jemand liebt, spielt im Betrieb schlicht keine Rolle."
    ),
    (
        "Die Pflichtquote für Menschen mit Behinderung im öffentlichen Dienst gibt es ja schon. "
        "Die Frage ist, warum die Stadt sie seit Jahren verfehlt und lieber die Ausgleichsabgabe "
        "zahlt."
    ),
    (
        "Wer beim Artikel über das Roma-Kulturfestival gleich wieder Vorurteile auspackt, sollte "
        "einfach mal hingehen. Die Musik war umwerfend."
    ),
    (
        "Die vietnamesische Familie, die den Blumenladen am Bahnhof übernommen hat, hat die ganze "
        "Ecke belebt. Vorher war da nur Leerstand."
    ),
    (
        "Ich bin evangelisch, mein Mann ist Muslim, unsere Kinder feiern sowohl Weihnachten als "
        "auch das Zuckerfest. Bei uns klappt das seit fünfzehn Jahren ohne jedes Drama."
    ),
    (
        "Das Projekt 'Jung trifft Alt', bei dem Schüler mit Heimbewohnern kochen, muss unbedingt "
        "weiterfinanziert werden. Beide Seiten profitieren sichtbar davon."
    ),
    (
        "Die Anfeindungen gegen die Flüchtlingshelferinnen in den sozialen Netzwerken sind "
        "beschämend. Diese Frauen machen ehrenamtlich, was eigentlich Aufgabe des Staates wäre."
    ),
    (
        "Kleine Anmerkung zum Artikel: Herr Albers ist nicht 'an den Rollstuhl gefesselt'. Er "
        "fährt damit jeden Tag zur Arbeit, gefesselt ist da niemand."
    ),
    (
        "Moin, as oll Fischer ut Friedrichskoog segg ik: De beiden Jungs ut Ghana op uns Kutter "
        "hebbt sik good inlevt un snackt al beten Platt."
    ),
    (
        "Ich bin als Spätaussiedler aus Kasachstan gekommen und habe damals selbst Hilfe "
        "gebraucht. Deshalb gebe ich heute Deutschunterricht im Begegnungscafé."
    ),
    (
        "Unser Dorf hat seit dem Sommer eine Ärztin aus Nigeria in der Landarztpraxis. Die "
        "Patienten sind begeistert, und die Wartezeiten sind endlich kürzer."
    ),
    (
        "Ein Mitglied unserer Sinti-Gemeinschaft wurde am Bahnhof rassistisch beschimpft. Darüber "
        "sollte auch in dieser Zeitung berichtet werden, nicht nur im Gemeindebrief."
    ),
    (
        "Vernünftig finde ich den Vorschlag, Asylbewerbern schneller eine Arbeitserlaubnis zu "
        "geben. Wer arbeiten will, sollte nicht zwei Jahre im Wohnheim herumsitzen müssen."
    ),
    (
        "Meine beste Freundin hat sich mit 52 als lesbisch geoutet. Im Kegelclub gab es ein paar "
        "erstaunte Gesichter und danach ein Schnäpschen auf sie."
    ),
    (
        "Gut, dass das Gymnasium einen Raum der Stille eingerichtet hat, der allen offensteht. Ob "
        "christlich, muslimisch oder jüdisch, die Schüler haben das selbst organisiert."
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Brandtner, Ihr silberner Passat parkt abends immer so hübsch im Dunkeln hinter der "
        "Sparkasse in Oberwiesach. Nur so als Beobachtung."
    ),
    (
        "Die Kleine von der Redakteurin Kessler geht übrigens immer allein über den Feldweg zur "
        "Grundschule. Sollte man sich mal Gedanken drüber machen."
    ),
    (
        "Schiri Pohlmann, beim nächsten Heimspiel in Rüddingen stehen wir direkt am Kabinengang. "
        "Freu dich schon mal drauf."
    ),
    (
        "Bürgermeister Hagedorn, in Ihrer Straße ist es nachts ziemlich dunkel, oder? Da passiert "
        "schnell mal was, ohne dass einer was gesehen hat."
    ),
    "Werte Frau Dr. Lenzen, wir haben uns Ihre Sprechzeiten im Bürgerbüro notiert. Alle.",
    (
        "Der Artikel ist von Jonas Weidmann? Grüß mal deine Frau in der Bäckerei am Marktplatz, "
        "die war heut früh wieder sehr freundlich zu uns."
    ),
    (
        "Gemeinderat Fuchs sollte mal seine Bremsen checken lassen, bevor er wieder die "
        "Kreisstraße nach Hollbach runterfährt. Man hört ja so manches."
    ),
    (
        "Ihr vom Kurier werdet schon merken, was ihr davon habt. Vielleicht nicht heute oder "
        "morgen, aber es kommt."
    ),
    (
        "Nachbar mit dem Carport, Hausnummer 14 – wir wissen wer hier die Anzeigen beim "
        "Ordnungsamt macht. Schönen Gruß an deinen Rasen"
    ),
    (
        "Die Polizisten aus der Wache Lindenhof haben ja auch Familien, die irgendwo einkaufen "
        "gehen. Nur mal so gesagt."
    ),
    (
        "Frau Ortsvorsteherin Gruber, Ihr Gartenhäuschen ist ja ganz aus Holz. Holz ist so ein "
        "empfindlicher Werkstoff."
    ),
    (
        "Wir kommen demnächst mal bei dir vorbei, Schreiberling. Ganz unverbindlich, zum Reden. "
        "Mit ein paar Freunden."
    ),
    (
        "Der Herr Landrat Meisinger joggt ja jeden Sonntag früh um sieben am Baggersee entlang. "
        "Allein. Interessant, oder?"
    ),
    (
        "Schiedsrichter aus Ebersfeld, merk dir mein Gesicht von der Tribüne. Du wirst es "
        "wiedersehen, wenn du am wenigsten damit rechnest."
    ),
    (
        "Na Frau Schöller vom Jugendamt, Ihre Tochter hat ja jetzt den Führerschein. Glückwunsch. "
        "Die Landstraßen hier sind tückisch."
    ),
    (
        "Herr Albrecht, besser nicht mehr so spät aus der Redaktion kommen, ist nicht mehr so "
        "sicher in der Gegend"
    ),
    (
        "Jeder hier im Dorf weiß jetzt, wer der Denunziant ist. Der Rest regelt sich von selbst, "
        "Herr Wendling."
    ),
    (
        "Stadtrat Yilmaz, Ihr Briefkasten ist aber klein. Da passt kaum was rein. Wir finden "
        "trotzdem einen Weg."
    ),
    (
        "Die Kennzeichen vom Kreisverbands-Bus haben wir uns schon aufgeschrieben. Der Rest "
        "ergibt sich."
    ),
    "Hoffentlich hat der Kämmerer eine gute Hausratversicherung.",
    (
        "Bei uns im Club hat schon mal einer einen Linienrichter so angeschaut, dass der nie "
        "wieder gewunken hat. Frag mal rum, Bauer."
    ),
    (
        "Liebe Volontärin Katrin M., Sie posten so schöne Fotos von Ihrem Hund. Der läuft ja auch "
        "oft frei im Hof rum, gell?"
    ),
    "Des werd da no leid doa, Huber. Mia ham lang gnua zuagschaut, jetz is Schluss mit lustig.",
    (
        "Der Polizeisprecher Kranz sollte sich gut überlegen, welchen Heimweg er nach "
        "Dienstschluss nimmt. Da warten ein paar Leute."
    ),
    (
        "Sehr geehrter Herr Amtsleiter, wir haben Geduld. Viel Geduld. Und ein sehr gutes "
        "Gedächtnis für Ihre Adresse in der Ulmenallee."
    ),
    (
        "Schönes Haus am Waldrand, Familie Roloff. So abgelegen. Da hört einen ja keiner, wenn "
        "mal was ist."
    ),
    "Der Windkraftlobbyist Dreher kriegt seine Rechnung noch. Nicht vom Finanzamt.",
    (
        "Wir haben da ein Foto von dir vor deinem Wohnblock in der Talstraße, Journalistin. Hängt "
        "inzwischen bei uns im Vereinsheim, und alle schauen es sich sehr genau an."
    ),
    (
        "Irgendwann steht der Herr Pfarrer Lindqvist mal ohne seine Gemeinde da, und dann sind "
        "wir zu Besuch."
    ),
    (
        "Die Sozialarbeiter vom Heim in der Mühlgasse sollten ab jetzt öfter mal über die "
        "Schulter schauen. Gut gemeinter Rat"
    ),
    (
        "Wenn der Gemeinderat die Umgehungsstraße durch unser Feld baut, dann brennt beim "
        "Hagedorn bald noch mehr als nur die Luft."
    ),
    (
        "Sollte dieser Schiri am Samstag noch einmal gegen uns pfeifen, trägt er die Pfeife "
        "danach im Hals."
    ),
    (
        "Wenn Sie, Frau Redakteurin Bäumler, noch einen einzigen Artikel über unseren Verein "
        "verfassen, dann lernen Sie uns persönlich kennen, und zwar mit Fäusten."
    ),
    (
        "Falls die Stadt wirklich die Flüchtlinge in die alte Schule steckt, holen wir den "
        "Bürgermeister aus seinem Büro. Mit Gewalt, wenn nötig."
    ),
    (
        "Noch eine Radarfalle an der B27 und der nächste Blitzerpolizist kriegt von mir die Kelle "
        "quer übern Schädel."
    ),
    (
        "Kommt die Gebührenerhöhung durch, dann statten wir dem Kämmerer einen Hausbesuch ab, "
        "nach dem er ein paar Wochen im Gips liegt."
    ),
    (
        "Wenn mein Sohn wegen dem Lehrer sitzenbleibt, zieh ich dem Kerl persönlich die Ohren "
        "lang bis sie abreißen"
    ),
    (
        "Solange ihr Zeitungsfritzen weiter Lügen über uns druckt, müsst ihr euch nicht wundern, "
        "wenn einer von euch mal mit gebrochener Nase heimkommt."
    ),
    (
        "Nehmt ihr uns den Sportplatz weg, nehmen wir Ihnen was weg, Herr Stadtrat. Und zwar was, "
        "das Ihnen viel lieber ist."
    ),
    "Bei Abriss vom Jugendhaus gibt's Tote. Ich mein das ernst, Frau Oberbürgermeisterin.",
    (
        "Lässt der Nachbar noch einmal seinen Köter auf meinen Rasen kacken, dann liegt erst der "
        "Köter und gleich danach der Nachbar daneben."
    ),
    (
        "Wenn die Polizei noch einmal bei unserem Grillfest anrückt, dann gibt es für die Beamten "
        "eine Abreibung, die es in den Polizeibericht schafft."
    ),
    (
        "Wird das Windrad vor meinem Fenster genehmigt, dann wird Herr Schneider vom Landratsamt "
        "nie wieder ruhig schlafen, dafür sorge ich mit meinen eigenen Händen."
    ),
    (
        "Gebt dem Raser Tobias K. bloß keine Bewährung, sonst regeln wir das im Dorf auf unsere "
        "Art, und das tut weh."
    ),
    (
        "Wenn da Vorsitzende vom Heimatverein no amoi sei Mei aufreißt, kriagt er a Watschn, dass "
        "eam de Zähn wackeln."
    ),
    (
        "Einmal noch vor meiner Einfahrt parken, Nachbar Kowalski, und du findest deine Reifen "
        "zerstochen und dich selbst in der Notaufnahme."
    ),
    (
        "Sofern der Bauausschuss an seinem Beschluss festhält, sehen wir uns gezwungen, die "
        "Mitglieder einzeln aufzusuchen. Die körperlichen Folgen haben Sie sich dann selbst "
        "zuzuschreiben."
    ),
    (
        "wenn ihr die Schließung vom Krankenhaus in Marzell durchzieht dann braucht bald einer "
        "von euch Politikern selbst eins"
    ),
    (
        "Noch so ein Elfmeter gegen Grün-Weiß und der Unparteiische verlässt den Platz nicht mehr "
        "auf seinen eigenen Beinen."
    ),
    (
        "Falls die Fotografin vom Tageblatt wieder auf unserer Demo rumknipst, zerlegen wir erst "
        "die Kamera und dann sie."
    ),
    (
        "Sobald das Urteil über meinen Bruder fällt, ist die Richterin Ostermann fällig. Merkt "
        "euch das Datum."
    ),
    (
        "Hört Stadtrat Berger nicht auf mit seiner Hetze gegen uns Landwirte, dann kommen wir mit "
        "Mistgabeln, und die sind nicht fürs Heu."
    ),
    (
        "wenn mir das Jobcenter nochmal das Geld kürzt komm ich mit was mit und dann merkt der "
        "Sachbearbeiter Lange wie ernst ich das mein"
    ),
    (
        "Sollten Sie, Herr Ortsbürgermeister, die Kirmes wirklich absagen, werden wir dafür "
        "sorgen, dass Sie die nächste im Rollstuhl erleben."
    ),
    (
        "Wer von euch Grünen am Samstag wieder am Infostand steht, kriegt eine aufs Maul. Ganz "
        "einfach."
    ),
    (
        "Ich werde dich, Kevin Lorenz, beim nächsten Spiel vor allen Zuschauern verprügeln. Das "
        "ist ein Versprechen, kein Spruch."
    ),
    (
        "Diesem Schmierfinken Weidmann breche ich eigenhändig die Finger, damit er nie wieder "
        "eine Zeile tippt."
    ),
    (
        "Herr Bürgermeister Hagedorn, ich komme morgen ins Rathaus und schlage Sie zusammen. "
        "Rufen Sie ruhig schon mal die Polizei."
    ),
    "Ich stech die Kreisrätin Maurer ab, so wahr ich hier sitze. Die hat unser Dorf verkauft.",
    "Den Nachbarn mit dem Laubbläser erschlag ich am Sonntag mit seinem eigenen Gerät.",
    (
        "Diesen Polizisten, der mich gestern angehalten hat, fahr ich nächstes Mal einfach über "
        "den Haufen."
    ),
    (
        "Dem Schiedsrichter Uwe Fendt werde ich nach dem Derby auflauern und ihm jeden Knochen "
        "einzeln brechen."
    ),
    "Ich hol mein Gewehr und schieß dem Jäger Rombach ins Knie. Der hat meinen Hund erschossen.",
    "Ich erwürge diese Redakteurin mit ihrem eigenen Schlüsselband.",
    "I hau dem Gmoarat Strobl oane, dass er sei Lebtag nimmer grad schaut.",
    (
        "Morgen früh um acht steh ich vorm Redaktionsgebäude in der Hauptstraße und dann gibts "
        "für den Verfasser von diesem Drecksartikel Prügel bis er blutet"
    ),
    (
        "Gemeinderat Lüders, ich zünde Sie an, sobald ich Sie am Wochenmarkt sehe. Zusammen mit "
        "Ihren Wahlplakaten."
    ),
    (
        "Ich prügel den Typen vom Ordnungsamt windelweich, der mir das Knöllchen verpasst hat. "
        "Sein Kennzeichen hab ich."
    ),
    (
        "Wir werden die Stadträte der Liste Zukunft Neuenbrück einzeln aus ihren Häusern zerren "
        "und verprügeln. Wir selbst, nicht irgendwer."
    ),
    (
        "Hiermit kündige ich an: Dem Herrn Rektor Vogelsang schlage ich beim Elternabend die "
        "Zähne aus."
    ),
    (
        "Leute, den Schiri Fendt nach Abpfiff einfach abfangen und ordentlich vermöbeln. Der "
        "hat's verdient."
    ),
    (
        "Politiker wie den Hagedorn sollte man am Marktbrunnen aufhängen, damit alle sehen, was "
        "mit Verrätern passiert."
    ),
    (
        "Jagt die Zugezogenen aus der Neubausiedlung mit Knüppeln aus unserem Dorf, bevor sie uns "
        "alles kaputtmachen!"
    ),
    (
        "Wer von euch Mumm hat, passt der Journalistin Kessler am Parkplatz ab und zeigt ihr, was "
        "wir von ihren Artikeln halten. Mit der Faust."
    ),
    (
        "Man sollte die ganzen Bullen von der Wache Lindenhof mal so richtig durchprügeln bis sie "
        "kapieren wer hier das Sagen hat"
    ),
    (
        "Alle Männer aus dem Ort am Freitag zum Heim in der Mühlgasse, und dann raus mit dem "
        "Pack. Wer sich wehrt, kriegt Prügel."
    ),
    "Erschießt diese Windkraftbonzen doch einfach, dann ist Ruhe im Wald.",
    (
        "Liebe Nachbarn im Rosenweg, dem Kerl aus Nummer 3 gehört endlich mal die Fresse poliert. "
        "Traut sich keiner?"
    ),
    (
        "Den Kreistagsabgeordneten Yilmaz teeren, federn und über die Landesgrenze jagen – das "
        "wäre mal echte Bürgerbeteiligung."
    ),
    (
        "Bewerft den Bürgermeister mit Steinen, wenn er beim Stadtfest seine Rede hält. Jeder "
        "bringt einen mit."
    ),
    "Schlagt diesen Klimaklebern auf der B12 einfach die Schädel ein, am besten mit der Schaufel.",
    "Hängt die Richterin Ostermann auf, diese Volksverräterin.",
    (
        "Man müsste die Gemeinderäte, die für die Kläranlage gestimmt haben, reihenweise "
        "vermöbeln und in ihre eigene Brühe tunken"
    ),
    (
        "Fans, am Sonntag wird der Gästeblock aus Ebersfeld gestürmt und jeder, der deren Schal "
        "trägt, wird plattgemacht!"
    ),
    (
        "Den Typen, der das Feldkreuz umgeworfen hat, sollte man einfangen und so lange "
        "verdreschen, bis er liegen bleibt."
    ),
    "Zündet das Rathaus in Oberwiesach an, die Akten von denen braucht eh keiner mehr.",
    "Die neue Moschee in der Gewerbestraße sollte man abfackeln, bevor sie überhaupt eröffnet.",
    "Wer hat Benzin übrig? Das Flüchtlingsheim in der alten Kaserne muss brennen.",
    "Schmeißt beim Parteibüro an der Bahnhofstraße endlich mal sämtliche Scheiben ein.",
    (
        "Jemand sollte das Lager von der Spedition Görtz hochjagen die machen mit ihren Lkw unser "
        "Dorf kaputt"
    ),
    (
        "Das Polizeirevier Süd gehört plattgemacht. Samstag nach dem Spiel, alle mit "
        "Pflastersteinen hin."
    ),
    "Sägt die Windräder im Hochwald um, alle sieben, eins nach dem anderen.",
    "Brennt den Redaktionssitz vom Kreisboten nieder, dann ist mit dem Gelüge endlich Schluss",
    (
        "Sprengt das Umspannwerk vom Windpark bei Kleinhausen, dann merken die Investoren, dass "
        "wir's ernst meinen."
    ),
    "Geht heute Nacht zum Bürgerbüro der Grünen und haut alles kurz und klein, Leute.",
    (
        "Die Autos vom Ordnungsamt auf dem Bauhof-Parkplatz abfackeln, eins nach dem andern. Das "
        "wär mal ein echtes Zeichen."
    ),
    "Das Vereinsheim vom türkischen Kulturverein am Kanal gehört angezündet, und zwar mit Ansage.",
    (
        "Reißt die Blitzersäule an der Ortseinfahrt raus und schmeißt sie dem Landratsamt durchs "
        "Fenster."
    ),
    (
        "Irgendwer müsste heute Nacht die Stallungen vom Biohof Lindemann anzünden, der "
        "Tierschützer hat's doch nicht anders verdient."
    ),
    (
        "Kippt Buttersäure ins Gemeindehaus und zertrümmert die Bühne, damit die "
        "Bürgerversammlung am Dienstag ausfällt!"
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Was für ein Derby! Wir haben die Kicker aus Oberbrunnstedt nach der Pause regelrecht "
        "auseinandergenommen, 5:1, hochverdient."
    ),
    (
        "Wenn Klaus wieder eine halbe Stunde zu spät zum Stammtisch kommt, dreh ich ihm den Hals "
        "um – aber erst nach dem ersten Bier 😄"
    ),
    (
        "Der Abriss der alten Zuckerfabrik in Lindenhain ist seit Jahren geplant. Endlich rollen "
        "die Bagger, die Sprengung des Schornsteins ist für Samstagfrüh angekündigt."
    ),
    (
        "Tipp für Weihnachten: Die Gans am besten mit einer Geflügelschere zerlegen, nicht mit "
        "dem Brotmesser. Hab ich letztes Jahr schmerzhaft gelernt."
    ),
    "Giersch bekämpfe ich seit drei Sommern. Ausrotten kann man den nicht, nur in Schach halten.",
    (
        "Schrecklich, was dem Radfahrer an der Kreuzung Mühlweg passiert ist. Gute Besserung, und "
        "hoffentlich wird die Ampelschaltung jetzt endlich geändert."
    ),
    (
        "Die Hexenprozesse in Grauenstein 1631 sind ein dunkles Kapitel. Gut, dass das "
        "Heimatmuseum jetzt die Namen der verbrannten Frauen zeigt."
    ),
    (
        "Im neuen Regionalkrimi von Helga Dornbusch wird der Bürgermeister im Weinkeller "
        "erschlagen. Spannend bis zur allerletzten Seite, absolute Leseempfehlung!"
    ),
    (
        "Drückjagd im Staatsforst am Sonntag: Bitte die Wanderwege rund um den Hasselkopf meiden, "
        "es wird scharf geschossen."
    ),
    (
        "Ich mach mich gleich selbst kaputt, wenn ich noch ein einziges Formular vom Bauamt "
        "ausfüllen muss."
    ),
    (
        "Der Sturm vergangene Nacht hat unser Gewächshaus komplett zerfetzt. Die Tomaten liegen "
        "jetzt im Nachbargarten."
    ),
    (
        "Silvester am Marktplatz in Wendelsbrück: Es hat geknallt, als würde die halbe Stadt in "
        "die Luft fliegen. Schön war's trotzdem."
    ),
    (
        "Mein Sohn hat gestern in diesem Zombie-Spiel die halbe Nacht Untote abgeknallt und war "
        "heute in der Schule natürlich hundemüde."
    ),
    (
        "Der Judoclub Eichental sucht Nachwuchs! Wer lernen will, wie man jemanden sauber auf die "
        "Matte wirft, kommt dienstags um 17 Uhr vorbei."
    ),
    (
        "Gegen die Wühlmäuse hilft bei uns inzwischen nur die Schlagfalle. Die Biester haben mir "
        "den kompletten Tulpenbestand weggefressen."
    ),
    (
        "Beim Rosenmontagszug in Kappelsheim wurde der Landrat als Pappmaché-Figur mit abgesägtem "
        "Kopf durch die Straßen gefahren. Typisch Fastnacht, das muss er aushalten."
    ),
    (
        "Im Stadttheater stirbt Macbeth diese Saison besonders blutig. Der Kunstblutverbrauch "
        "muss enorm sein, aber die Inszenierung ist großartig."
    ),
    (
        "Wer unter den Spielbericht schreibt, man solle den Schiedsrichter nach dem Abpfiff "
        "'plattmachen', sollte sich schämen. So was hat hier nichts verloren."
    ),
    (
        "Hagel wie Taubeneier, das Autodach sieht aus wie eine Mondlandschaft. Die Versicherung "
        "wird sich freuen."
    ),
    (
        "Ich hab beim Kuchenbasar so viel gefuttert, ich platze gleich. Erschießt mich bitte, "
        "bevor ich noch ein Stück Bienenstich nehme."
    ),
    (
        "Wespennest unterm Dach? Bloß nicht selbst ausräuchern, ruft einen Schädlingsbekämpfer. "
        "Der hat's bei uns binnen zehn Minuten erledigt."
    ),
    (
        "Unsere Handballerinnen haben Tabellenführer Rotbach gestern förmlich überrollt. Die "
        "Defensive stand wie eine Wand, vorne wurde eiskalt vollstreckt."
    ),
    (
        "Der Prozess gegen den Messerangreifer am Bahnhof Kürbach beginnt im März. Hoffentlich "
        "bekommt die Familie des Opfers wenigstens ein paar Antworten."
    ),
    (
        "Oma hat früher die Hühner noch selbst geschlachtet. Ich würde das nicht übers Herz "
        "bringen, aber ihre Suppe war legendär."
    ),
    (
        "Die Burg Falkenstein wurde im Dreißigjährigen Krieg von schwedischen Truppen "
        "niedergebrannt. Die Führung am Samstag erklärt das sehr anschaulich."
    ),
    (
        "Beim Schach hat mich der zwölfjährige Timo aus dem Verein gnadenlos abgeschlachtet. In "
        "19 Zügen. Ich geh in Rente."
    ),
    (
        "Die Brücke über die Selbach wird ab Montag abgerissen, Stück für Stück. Umleitung über "
        "Hainrode ist ausgeschildert."
    ),
    (
        "Brennnesseln mach ich jetzt zu Jauche. Die Blattläuse auf meinen Rosen haben keine "
        "Chance mehr, die werden komplett ausgelöscht."
    ),
    "Ich schwöre, wenn meine Schwester noch einmal das Ende vom Tatort spoilert, enterbe ich sie.",
    (
        "Beim Boxclub Schwarzach wird ordentlich zugeschlagen, aber mit Regeln, Handschuhen und "
        "Respekt. Die Jungs lernen da mehr Disziplin als anderswo."
    ),
    "Mausefallen mit Erdnussbutter bestücken, nicht mit Käse. Seitdem ist im Keller Ruhe.",
    (
        "An der Schießbude auf der Kirmes hab ich zwölfmal danebengeballert und trotzdem eine "
        "Plastikrose bekommen. Mitleidspreis, vermute ich."
    ),
    (
        "Der Film über den Bankraub in Wiesenfeld 1987 ist besser als jede Streamingserie. Die "
        "Verfolgungsjagd über die Landstraße nach Grünau ist unglaublich gefilmt."
    ),
    "Der Frost im Mai hat meine ganzen Apfelblüten gekillt. Dieses Jahr gibt's wohl keinen Most.",
    (
        "Liebe Stadtverwaltung, bevor ihr den alten Sportplatz plattmacht, fragt doch mal die "
        "Vereine."
    ),
    (
        "Mein Mann hat versucht, den Rasenmäher zu reparieren. Jetzt ist er tot. Der Rasenmäher, "
        "nicht der Mann."
    ),
    (
        "Bei der Feuerwehrübung wurde ein Autowrack mit der Rettungsschere regelrecht "
        "zerschnitten. Beeindruckend, wie schnell die Truppe aus Moosbach arbeitet."
    ),
    (
        "In diesem Ritterspiel bin ich gestern zum achtzigsten Mal am selben Drachen gestorben. "
        "Meine Nerven sind hinüber, der Controller auch fast."
    ),
    (
        "Fechtabend in der Turnhalle Birkenau: Treffer mitten aufs Herz, und danach gab's "
        "Apfelschorle für alle."
    ),
    (
        "Der Einbruch in die Bäckerei Lohmann ist echt übel. Ich hoffe, man schnappt die Täter, "
        "die Familie backt dort seit vier Generationen."
    ),
    (
        "Der Zuchteber auf dem Hof von Gerdes ist so riesig, der frisst dich mit Haut und Haaren, "
        "wenn du ihm den Rücken zudrehst. Prächtiges Tier."
    ),
    (
        "Das Osterfeuer in Kleinhorst war der Hammer, meterhohe Flammen und null Zwischenfälle. "
        "Danke an die Freiwillige Feuerwehr!"
    ),
    (
        "Als Schiri in der Kreisliga fühlt man sich manchmal wie ein Gladiator in der Arena. "
        "Trotzdem: Ohne uns kein Fußball."
    ),
    (
        "Die Kartoffelkäfer fresse ich bald persönlich, wenn die so weitermachen. Jeden Morgen "
        "absammeln, es hört einfach nicht auf."
    ),
    (
        "Wer die Kürbissuppe vom Herbstfest verpasst hat, ist selber schuld. Für das Rezept hätte "
        "ich gemordet."
    ),
    (
        "Unsere Narrengarde hat beim Sturm aufs Rathaus den Schlüssel erbeutet. Der Bürgermeister "
        "wehrte sich tapfer, allerdings nur mit Kamellen."
    ),
    (
        "Ich verstehe die Aufregung über die Drückjagd nicht. Die Wildschweine haben Bauer "
        "Hollmann letzten Herbst drei Hektar Mais umgepflügt, und ohne Abschuss wird das jedes "
        "Jahr schlimmer. Das läuft mit Genehmigung und Absperrung, völlig ordentlich."
    ),
    (
        "Der Orkan vor drei Jahren hat bei uns im Sauerwald fast jede zweite Fichte umgeknickt. "
        "Die Schneisen sieht man heute noch."
    ),
    (
        "Beim Ritterturnier auf Burg Hohenstein wird jedes Jahr einer vom Pferd gestoßen. Die "
        "Stuntleute sind Profis, die Kinder lieben es."
    ),
    (
        "Bitte keine Gewaltfantasien hier. Wer schreibt 'den Bürgermeister sollte man "
        "verprügeln', disqualifiziert sich selbst, egal wie falsch die Entscheidung zum Freibad "
        "war."
    ),
    (
        "Mein Vater hat die Silvesterkarpfen früher in der Badewanne gehalten und dann "
        "eigenhändig erledigt. Heute kaufen wir Filet, ist mir lieber."
    ),
    "Die Mathearbeit hab ich so dermaßen versemmelt, ich lass mich gleich im Stadtpark eingraben.",
    (
        "Laut Polizeibericht wurde in Ostheim nachts ein Geldautomat gesprengt. Zum Glück wohnte "
        "niemand direkt darüber."
    ),
    (
        "Die Kinder der Theater-AG haben bei 'Max und Moritz' das Ende in der Mühle so echt "
        "gespielt, dass meine Kleine danach nicht mehr zum Bäcker wollte."
    ),
    (
        "Ich geh meinem Nachbarn an die Gurgel, wenn er mir beim Preisskat noch einmal den Grand "
        "wegschnappt. Seit dreißig Jahren derselbe Gauner."
    ),
    (
        "Zum Gedenken an die Bombennacht von Hallerstadt im Februar 1945 läuten morgen um 21 Uhr "
        "alle Glocken. Ich werde dabei sein."
    ),
    (
        "Sauerteig angesetzt, drei Tage gehegt, dann im Ofen verkohlt. Ich bin eine kulinarische "
        "Massenvernichtungswaffe."
    ),
    (
        "Die Kampfkunstschule in der Gerberstraße bietet jetzt Selbstverteidigung für Seniorinnen "
        "an. Meine Mutter ist 78, hebelt inzwischen jeden Angreifer aus und ist stolz wie Bolle."
    ),
    (
        "Der Tornado bei Reichenbach hat das Dach der Turnhalle abgehoben wie einen Topfdeckel. "
        "Unglaubliche Bilder, zum Glück keine Verletzten."
    ),
    "Unsere Zweite hat Talheim gnadenlos abgeschossen, herrlich!",
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Brannigan promised the bypass at Millbrook would be finished come spring. Now "
        "it's October, the cones are breeding, and he's still posing at ribbon cuttings."
    ),
    (
        "Three years of 'consultation' on the Harbour Road flats and not one resident's objection "
        "made it into the final report. Whose interests is Dunmore Council actually serving?"
    ),
    (
        "Grand so, the HSE can find money for consultants but not for a second ambulance in west "
        "Kilcarra. Disgraceful carry-on altogether."
    ),
    (
        "Sheriff Dalton's office sat on those body-cam recordings for eleven months. If there was "
        "nothing to hide, release the footage."
    ),
    (
        "Thames Vale Water posted record profits while dumping sewage into the Wenning twice a "
        "week. Fine them properly or strip the licence."
    ),
    (
        "Mayor Okafor-Reyes campaigned on transparency, then scheduled the budget vote for 7am on "
        "a Tuesday. Cute trick."
    ),
    (
        "The local Greens talk a great game about cycling but voted against the Fernleigh lane "
        "three times. Two-faced from top to bottom."
    ),
    (
        "Reckon the shire's lost the plot. Four hundred grand on a new logo while the Yarrabin "
        "footbridge is held together with cable ties."
    ),
    (
        "Officer numbers in Ashcombe are down a third since 2015 and the commissioner calls that "
        "'efficiency'. Try telling the shopkeepers on Vine Street."
    ),
    (
        "Labour controlled this borough for two decades and gutted the libraries; the Tories have "
        "had four years and made it worse. A pox on both houses."
    ),
    (
        "Corrigan Homes should be forced to finish the drainage before selling one more unit. "
        "Folk at Bellfield Close are bailing water out of their kitchens."
    ),
    (
        "Frankly, the school board's answer on the asbestos question was evasive and insulting to "
        "parents."
    ),
    (
        "Superintendent Haworth's statement reads like something drafted by a solicitor whose "
        "only client is the force's reputation."
    ),
    (
        "Not one of our county commissioners bothered showing up to the Pine Hollow flood "
        "meeting. Remember that come November, folks."
    ),
    (
        "Another 'independent' inquiry into the Gallowgate maternity scandal, chaired by a former "
        "board member. You couldn't make this stuff up."
    ),
    (
        "Credit to the reporter here. Pity the council couldn't answer even one of her questions "
        "without hiding behind a press officer."
    ),
    (
        "Metro Rail cuts the 6:40 to Wexham and blames 'driver availability' for the fourth month "
        "running. Here's a thought: hire some drivers."
    ),
    (
        "The Minister says the Clonmara clinic closure is 'under review'. It's been under review "
        "since my daughter was in nappies, and she's doing her Leaving Cert now."
    ),
    (
        "Why is the planning committee chair also a director of the company that got the "
        "contract? Someone should be asking the standards board."
    ),
    (
        "Bluegum Energy's 'community benefit fund' is twenty grand a year against a wind farm "
        "raking in millions. Insulting, mate."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "The Pride picnic at Castlemoor Park was lovely this year; the Rainbow Choir had half the "
        "pensioners singing along."
    ),
    (
        "My neighbour Yusuf is a Muslim, runs the corner shop, and he's first out gritting the "
        "path every frosty morning. Good man."
    ),
    (
        "Being trans doesn't threaten anyone at the leisure centre. Those kids just want to learn "
        "to swim like everybody else."
    ),
    (
        "The synagogue on Elm Terrace is having an open day on Sunday. Worth going, the stained "
        "glass is stunning and the rabbi gives a great tour."
    ),
    (
        "Refugees aren't 'flooding' Harwell. There are thirty-four families, and two of the dads "
        "are already coaching the under-10s."
    ),
    (
        "Travellers have been a part of Ballinure life for generations. The horse fair is their "
        "heritage as much as anyone's."
    ),
    (
        "As someone who uses a wheelchair, I'm glad the new Quay Street ramps actually meet the "
        "standard. Took long enough, but credit where due."
    ),
    (
        "No, the mosque extension won't 'change the character of the village'. It's a car park "
        "and a kitchen. Read the plans."
    ),
    (
        "Me and my husband have lived on Rowan Drive twelve years. Nobody's ever cared that we're "
        "two blokes, except the bin men, who wave."
    ),
    (
        "I'm not comfortable with people calling the hostel residents 'scroungers' here. Asylum "
        "seekers are barred from working; that's the law, not laziness."
    ),
    (
        "During the floods the gurdwara on Station Road fed over three hundred people, no "
        "questions asked. Langar in action."
    ),
    "Deaf Awareness Week at the library: free BSL taster sessions Thursday evening, do go along!",
    (
        "Jewish families have been in Ardmore since the 1890s; restoring that cemetery is local "
        "history for all of us."
    ),
    (
        "Speaking as an Aboriginal bloke from out Coorong way, the new dual-name signs are a "
        "small thing that means a lot."
    ),
    (
        "Nobody is saying gay teachers shouldn't teach. Where did that even come from? The "
        "article says nothing of the sort."
    ),
    (
        "Sending the mobile health unit to the Clonard halting site is a smart move. Lower the "
        "barriers and you get better outcomes."
    ),
    (
        "My lad has Down syndrome and started at the café on Friars Lane last month. They treat "
        "him like any other worker, which is all we ever wanted."
    ),
    (
        "The Ukrainian families hosted in Tolverne have started a Saturday market stall. The "
        "honey cake alone is worth the trip."
    ),
    (
        "Before anyone starts: the Muslim councillor voted the same way as everybody else on the "
        "bins. Her religion has nothing to do with it."
    ),
    (
        "It isn't 'woke' to put a gender-neutral loo in the new town hall. It's a loo. Calm down, "
        "Gerald."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Pruett's young lad walks home past the old quarry every evening. Lonely "
        "stretch, that. Anything could happen out there."
    ),
    (
        "Funny how the brake lines on a Land Rover can just give out. Hope Mr Dempsey gets his "
        "serviced often, given all the enemies he's made."
    ),
    (
        "Whoever wrote this article should know her red Volvo is very easy to spot in the "
        "Kilbride Tesco car park."
    ),
    "Tell Judge Harlow his daughter's school run isn't exactly a secret round here.",
    (
        "Old Finnegan's barn went up in '09 after he crossed the wrong people. Memories run long "
        "in Ballyvore, Mr Costigan."
    ),
    (
        "Sergeant Moyles might want to check the locks on his garage a bit more carefully "
        "tonight. Just a thought."
    ),
    (
        "Lot of deep cold water out on Lough Rea. Planning officer Nolan shouldn't go out fishing "
        "on his own, is all I'm saying."
    ),
    (
        "We've all clocked where the developer parks his Range Rover of an evening. Blue gate, "
        "end of Larch Way, yeah?"
    ),
    (
        "If the mast goes up on Carrow Hill, Reilly from the council will be carried down it on a "
        "stretcher."
    ),
    "Approve the landfill, Councillor Vance, and see how long those kneecaps of yours last.",
    (
        "Close the Ennis Road surgery and the health board chair will be needing a surgeon "
        "himself. I promise you that."
    ),
    (
        "If Ward 4 floods again, somebody at that water company is getting their skull cracked, "
        "and it'll be me doing it."
    ),
    (
        "Should the cop who tasered my cousin ever show his face in Brackley again, he'll leave "
        "without his teeth."
    ),
    "Evict the Doyles and that bailiff won't be walking away from the job. Count on it.",
    (
        "Mark my words, if Hollings gets back in I'll be waiting by the count centre doors with a "
        "hurley for him."
    ),
    "I'm going to break Councillor Thwaite's jaw the minute he walks into the Red Lion again.",
    "Kearney, you shut my business down. I'll be at your office Monday and I will hurt you badly.",
    "Gonna put a bullet through that inspector from Dunmore Planning. I'm done talking.",
    (
        "I will burn Garvey's house to the ground with him still in it. That's a promise, not a "
        "comment."
    ),
    (
        "Some of you lads should haul the Bellmont landlord onto the street and batter him "
        "senseless. Hands up who's coming."
    ),
    (
        "Every man in Cloonagh should head up to the director's house Friday night and batter him "
        "senseless."
    ),
    "Lads, wait for that magistrate after court and make sure he can't walk for a month.",
    (
        "Everyone bring petrol to the new council depot Saturday night. Let's watch the whole "
        "thing burn to the ground."
    ),
    (
        "Smash every single window of the Halloran Homes sales office until they pull out of the "
        "village. Bring bricks, bring crowbars."
    ),
    "Somebody torch the phone mast on Knockmore before the weekend, it won't light itself.",
]

LOOKALIKES_EN: list[str] = [
    "United absolutely murdered Rovers on Saturday. Five-nil and it could easily have been ten.",
    (
        "Our under-12s were slaughtered in the semi, but the coach reckons they'll come back and "
        "kill it next season."
    ),
    (
        "The new Thai place on Market Row does a jungle curry that will genuinely destroy you. "
        "Highly recommend."
    ),
    (
        "Bash the garlic, butcher the lamb shoulder into chunks and hack up the rosemary. Nan's "
        "stew, never fails."
    ),
    "Saw the new horror flick at the Regal; the axe scene left the entire front row screaming.",
    (
        "The court heard the accused struck the victim twice with a claw hammer. Awful case, hope "
        "the family finds some peace."
    ),
    (
        "Deer season on the Brindle estate opens Monday week. Check your licence and shoot "
        "safely, lads."
    ),
    (
        "Delighted the old gasworks chimney is finally getting blown up Sunday. Controlled "
        "demolition at 9am, bring a flask."
    ),
    "If my mam catches me tracking mud through the hall again, I'm a dead man.",
    "That comedian at the Corn Exchange totally killed it last night, I was crying laughing.",
    (
        "The council should bulldoze the derelict Parade flats and build something decent. "
        "They've sat empty twenty years."
    ),
    (
        "Our book club is ripping the new Maeve Kearns thriller to shreds next Thursday, in the "
        "nicest possible way."
    ),
    "She fair battered the ball over the bar from sixty metres. Camogie at its finest.",
    (
        "Taking the sledgehammer to our old kitchen this weekend. Renovation therapy beats any "
        "gym membership."
    ),
    (
        "The Dunleary Players' Macbeth used so much stage blood the front row needed towels. "
        "Brilliant production."
    ),
    (
        "Police said the suspect threatened staff with a knife and then ran off on foot towards "
        "Pelham Road."
    ),
    (
        "My tomatoes were massacred by slugs overnight. War has been declared; the copper tape "
        "goes down tomorrow."
    ),
    "Mate, the footy tipping comp is killing me. Dead last for the third year running.",
    "Rugby club's pre-season will be brutal, coach says he's going to run them into the ground.",
    (
        "Landed a nine-pound pike at Carrigeen lock this morning and gave it a quick knock on the "
        "head. Cracking day out."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
