"""A seventeenth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats; German
look-alikes; the English part), none of whom read anything in the repository. 98 cases that shared
a run of five words with the other tables, the suite, the threat tables, the training templates or
the written rows (all three waves), or with another case of this table, were reworded for the
overlap alone (7 of them again by the engineer, where the rewording had met other material), before
any scorer was run on the table. Kinds, and what the default policy should do: sharp but legitimate
criticism and neutral or friendly mentions of groups (counter-speech and negations included) are
published; threats and calls for violence are held; harmless look-alikes are published. German
threats, in order: veiled (1-30), conditional (31-55), direct (56-70), calls against people
(71-85), calls against property (86-100); English: veiled (1-8), conditional (9-15), direct
(16-19), calls against people (20-22), calls against property (23-25).

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
        "Herr Bürgermeister Kaltenbach, vor der Wahl klang das ganz anders: das Hallenbad in "
        "Ebersfelden bleibt offen. Jetzt ist es dicht. Sowas heißt Wortbruch, und im März an der "
        "Wahlurne fällt uns das wieder ein."
    ),
    (
        "der gemeinderat von lindach hat es in sechs jahren nicht geschafft, einen einzigen "
        "radweg fertigzustellen. ein armutszeugnis."
    ),
    (
        "Landrat Pfisterer sitzt die Klinikschließung einfach aus. Wer so wenig Rückgrat zeigt, "
        "sollte den Platz für jemanden räumen, der kämpft."
    ),
    (
        "Ironie an: Toll, dass die neue Ampel am Kreisel Obermühl 380.000 Euro gekostet hat und "
        "jetzt seit drei Wochen gelb blinkt. Ironie aus. Wer hat das abgenommen?"
    ),
    (
        "Den Bescheid des Bauamts habe ich per Widerspruch angefochten, notfalls ziehe ich vors "
        "Verwaltungsgericht. Vier Monate Bearbeitungszeit, nur um einen Carport zu genehmigen – "
        "das ist schlicht Behördenversagen."
    ),
    (
        "Frau Ministerin Dornhöfer, Ihre Schulreform ist an den Lehrkräften vorbei geplant "
        "worden. Reden Sie endlich mit den Leuten, die jeden Tag vor den Klassen stehen!"
    ),
    (
        "Der Polizeieinsatz beim Stadtfest in Wertheimbach war völlig überzogen. Zwanzig Beamte "
        "gegen eine Handvoll Jugendlicher mit Bluetooth-Box? Ich erwarte eine Aufarbeitung im "
        "Innenausschuss."
    ),
    (
        "Die Stadtwerke Rosenhain erhöhen zum dritten Mal in einem Jahr die Preise und schütten "
        "gleichzeitig Gewinne an die Stadtkasse aus. Abzocke mit Ansage."
    ),
    (
        "Liebe Redaktion, wieso fehlen in eurem Text die Einwände der Anwohner komplett? So sieht "
        "kein Journalismus aus, eher eine abgetippte Pressemitteilung mit eurem Logo obendrauf."
    ),
    (
        "Was die Kreistagsfraktion der Freien Wähler da abzieht, ist Heuchelei in Reinform: erst "
        "dagegen stimmen, dann beim Spatenstich grinsend in die Kamera."
    ),
    (
        "Unfähig, diese Stadt zu führen – anders kann ich es nach dem Desaster um den "
        "Bahnhofsvorplatz nicht mehr sagen. Herr Obermaier, treten Sie zurück."
    ),
    (
        "hab beim bürgerbüro viermal angerufen, nie jemanden erreicht, online gibts keine termine "
        "bis oktober. so sieht also die digitale verwaltung aus, von der im wahlkampf geschwärmt "
        "wurde."
    ),
    (
        "Meine Dienstaufsichtsbeschwerde gegen das Ordnungsamt ist heute raus. Knöllchen "
        "verteilen während der Beerdigung meiner Mutter vor der Friedhofskapelle – da fehlt jedes "
        "Fingerspitzengefühl."
    ),
    (
        "Die Geschäftsführung von Hallstätter Logistik kündigt 140 Leuten per Rundmail und lässt "
        "sich am selben Tag als „Arbeitgeber des Jahres“ feiern. Man fasst es nicht."
    ),
    (
        "Wieder mal eine Bürgerbeteiligung, bei der das Ergebnis schon vorher feststand. Die "
        "Verwaltung in Kirchbrunn nimmt uns nicht ernst, und das merkt man an jeder Ecke."
    ),
    (
        "Jetzt heißt es Unterschriften sammeln. Wenn der Rat den Schulstandort Unterau wirklich "
        "aufgibt, bringen wir das per Bürgerbegehren zurück auf den Tisch."
    ),
    (
        "Sehr geehrter Herr Landrat, Ihre Antwort auf die Frage nach den Buslinien war ein "
        "Lehrstück in Ausweichen. Drei Minuten reden, null Inhalt."
    ),
    (
        "Da stehn jetzt seit zwei Johr die Container fürs neue Feuerwehrhaus rum und nix "
        "passiert. Und der Schultes erzählt im Amtsblatt was von Fortschritt. Schämen sollt er "
        "sich!!"
    ),
    (
        "Die Landesregierung streicht die Förderung für Dorfläden und nennt das "
        "Haushaltsdisziplin. Ich nenne es Rückzug aus dem ländlichen Raum."
    ),
    (
        "Das Jugendamt war seit Monaten im Bilde und blieb untätig. Dafür muss sich jemand "
        "verantworten – nicht der kleine Sachbearbeiter, sondern die Amtsleitung."
    ),
    (
        "Kleine Erinnerung an die SPD im Stadtrat: Vor einem Jahr habt ihr bezahlbaren Wohnraum "
        "zur Chefsache erklärt. Seitdem: ein Gutachten. Großartige Bilanz."
    ),
    (
        "Die CDU-Fraktion blockiert den Antrag nur, weil er von den Grünen kommt. Parteitaktik "
        "auf dem Rücken der Kita-Eltern – das werden sich viele merken."
    ),
    (
        "Unerhört, dass die Polizei die Versammlung vor dem Rathaus Mittelbronn ohne erkennbaren "
        "Grund aufgelöst hat. Ich werde beim Verwaltungsgericht Feststellungsklage erheben."
    ),
    (
        "Liebe Tagespost, die Überschrift ist reißerisch und passt nicht zum Text. Clickbait "
        "hatte ich von euch eigentlich nicht erwartet."
    ),
    (
        "Sechs Wochen Vollsperrung der Strecke nach Sankt Oswin, und die Bahn stellt nicht mal "
        "Ersatzbusse. Pendler sind denen offensichtlich egal. Beschwerde ans Eisenbahn-Bundesamt "
        "ist abgeschickt."
    ),
    (
        "Frau Oberbürgermeisterin Reichelt-Amann, Sie haben den Stadtrat über die Mehrkosten beim "
        "Theaterumbau schlicht nicht informiert. Ein Versehen war das nicht, das war "
        "Vertrauensbruch."
    ),
    (
        "Warum dauert es in dieser Gemeinde drei Jahre, ein Schlagloch zu flicken, aber nur drei "
        "Wochen, die Parkgebühren zu verdoppeln? Die Prioritäten sind erkennbar."
    ),
    (
        "Die Abfallwirtschaft des Kreises hat die Biotonnenleerung halbiert, ohne irgendwen zu "
        "fragen. Im Sommer stinkt es jetzt in jedem Hinterhof. Danke für nichts."
    ),
    (
        "ich war 30 jahre csu-wähler. nach dem umgang mit den landwirten hier im tal ist damit "
        "schluss. das war's."
    ),
    (
        "Der Innenminister lobt sich für mehr Polizeipräsenz, während die Wache in Hohenried "
        "nachts nicht mehr besetzt ist. Das ist Schönfärberei."
    ),
    (
        "Herr Gemeinderat Lutz, wer bei 14 von 20 Sitzungen fehlt, sollte sich nicht öffentlich "
        "über mangelnde Bürgernähe beschweren."
    ),
    (
        "Das Krankenhaus Waldeck lässt Patienten sieben Stunden in der Notaufnahme sitzen und die "
        "Geschäftsführung spricht von „optimierten Abläufen“. Zynischer geht's kaum."
    ),
    (
        "Bravo, liebe Stadtverwaltung! Die Bäume an der Lindenallee gefällt, bevor das Gutachten "
        "überhaupt vorlag. Nächstes Mal bitte erst denken, dann sägen."
    ),
    (
        "Die Grünen im Kreistag predigen ÖPNV und lassen sich dann im Dienstwagen vorfahren, "
        "ausgerechnet zur Sitzung über den Nahverkehrsplan. Glaubwürdigkeit sieht anders aus."
    ),
    (
        "Mir reicht's. Der Verein Bürger für Falkenau wird gegen den Bebauungsplan "
        "Normenkontrollklage einreichen. Spenden dafür sind willkommen."
    ),
    (
        "Was die Pressestelle da geantwortet hat, ist eine Frechheit. Wer als Bürger wissen will, "
        "wohin 2,3 Millionen geflossen sind, hat darauf einen Anspruch. Ich berufe mich jetzt "
        "aufs Informationsfreiheitsgesetz und fordere die Unterlagen an."
    ),
    (
        "Der Bürgermeister hätte beim Hochwasser vor Ort sein müssen und nicht auf dem Empfang in "
        "der Landeshauptstadt. Führung zeigt man in der Krise, nicht beim Sektempfang."
    ),
    (
        "Was für ein Schmierentheater im Ortschaftsrat. Erst wird der Punkt von der Tagesordnung "
        "genommen, dann in nichtöffentlicher Sitzung doch beschlossen. Transparenz? Fehlanzeige."
    ),
    (
        "Die FDP hat im Wahlkampf weniger Bürokratie versprochen, und jetzt braucht mein "
        "Handwerksbetrieb drei neue Formulare für dasselbe. Chapeau."
    ),
    (
        "Die Zeitung hat den Leserbrief von Herrn Kessler gekürzt, und zwar genau an der Stelle, "
        "wo er den Verleger kritisiert. Zufall? Glaub ich eher nicht."
    ),
    (
        "Schwer enttäuscht vom Polizeipräsidium. Mein Rad wurde geklaut, ich hab sogar "
        "Videoaufnahmen vorgelegt, und trotzdem war das Verfahren nach zwei Tagen schon wieder "
        "eingestellt."
    ),
    (
        "Ehrlich gesagt, Herr Staatssekretär, wer ein Funkloch-Förderprogramm ankündigt und nach "
        "vier Jahren keinen einzigen Mast aufstellt, hat seinen Job verfehlt."
    ),
    (
        "Die Sparkasse Oberland macht die letzte Dorffiliale dicht und schickt die Rentner zum "
        "Onlinebanking. Das ist kein Service-Abbau mehr, sondern Rücksichtslosigkeit."
    ),
    (
        "Seit Jahren warnt der Elternbeirat vor dem maroden Dach der Grundschule Steinbach. Jetzt "
        "ist ein Stück runtergekommen. Wer im Rathaus hat das zu verantworten?"
    ),
    (
        "Als Feuerwehrmann sag ich's deutlich: Die Kürzung des Ausrüstungsbudgets durch den Kreis "
        "ist fahrlässig. Wir werden das beim nächsten Kreisfeuerwehrtag öffentlich thematisieren."
    ),
    (
        "Die Linke im Stadtrat stellt Anträge, die sie selbst nicht gegenfinanzieren kann, und "
        "wundert sich über Ablehnung. Populismus von links bleibt Populismus."
    ),
    (
        "Wieso ging der Sanierungsauftrag ohne jede Ausschreibung ausgerechnet an den Betrieb, "
        "der dem Schwager des Bauamtsleiters gehört? Das gehört vom Rechnungsprüfungsamt "
        "untersucht, und zwar schnell."
    ),
    (
        "Nee, liebe Verkehrsbetriebe Neustadt-Elbrück, ein neues Logo für 90.000 Euro braucht "
        "niemand, solange die Busse ständig ausfallen."
    ),
    (
        "Am Samstag stehe ich mit auf der Kundgebung, weil unsere Geburtsstation dichtmachen "
        "soll. Frau Gesundheitsministerin, wir machen Lärm, bis Sie endlich zuhören."
    ),
    (
        "Die Entscheidung des Regierungspräsidiums, den Windpark ohne Anhörung zu genehmigen, ist "
        "rechtlich fragwürdig und politisch dumm. Gegen so viel Arroganz hilft nur der Rechtsweg."
    ),
    (
        "Mal ganz ehrlich, liebe Redaktion: drei Artikel über den neuen Golfplatz, aber keiner "
        "über die Tafel, die wegen fehlender Räume schließen muss? Da stimmt die Gewichtung "
        "nicht."
    ),
    (
        "Der Gemeindekämmerer hat sich um 4 Millionen verrechnet und bleibt im Amt, als wäre "
        "nichts gewesen. In jedem Betrieb hätte so etwas Konsequenzen."
    ),
    (
        "Mit Verlaub, Herr Hünerbein: Ein Bürgermeister, der Kritik im Gemeinderat mit „Das "
        "entscheide ich“ abbügelt, hat das Prinzip Demokratie nicht verstanden."
    ),
    (
        "Der Einsatz der Bereitschaftspolizei im Stadion Altenkamp war schlecht geplant: Familien "
        "wurden eingekesselt, Kinder hatten Angst. Ich hoffe, die Fanhilfe bringt das vor "
        "Gericht."
    ),
    (
        "Wer im Landratsamt hat eigentlich entschieden, dass die Kfz-Zulassung nur noch dienstags "
        "und donnerstags vormittags aufhat? Für Berufstätige ein schlechter Witz."
    ),
    (
        "Weiter so, liebe Koalition in Berlin! Noch zwei solche Chaosdebatten, und ihr könnt die "
        "nächste Wahl gleich abschreiben."
    ),
    (
        "Die Molkerei Bergweide drückt den Milchpreis für die Bauern und erhöht im Laden die "
        "Preise. Ich kauf da nichts mehr, und ich bin nicht allein."
    ),
    (
        "Schon wieder Wasserrohrbruch in der Kastanienstraße, der vierte dieses Jahr. Die "
        "Stadtwerke flicken nur noch, statt endlich das Netz zu erneuern. Verschleppung auf "
        "Kosten der Anwohner."
    ),
    (
        "Sehr geehrte Frau Dezernentin, „wir prüfen das“ ist seit 2019 Ihre einzige Antwort zum "
        "Schulweg an der B 27. Wie viele Beinahe-Unfälle braucht es noch?"
    ),
    (
        "Ich find's peinlich, wie die Stadt Hellbrunn mit dem Ehrenamt umgeht: Hallenmiete "
        "verdoppelt, Zuschüsse gestrichen, aber beim Neujahrsempfang die Vereine loben. "
        "Heuchlerisch ist noch milde ausgedrückt."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Heute früh stand an der Unterführung in Mallersdorf „Ausländer raus“ gesprüht. Ich hab's "
        "der Polizei gemeldet und mit Nachbarn übermalt. So etwas hat in unserem Ort keinen "
        "Platz."
    ),
    (
        "Wer hier beim Regenbogenfahnen-Artikel kommentiert, Schwule seien „krank“: Das fällt "
        "nicht unter Meinung, das ist Menschenfeindlichkeit. Homosexualität ist keine Krankheit, "
        "Punkt."
    ),
    (
        "Mein Sohn wurde im Bus als „Kanake“ beschimpft. Ich danke der Busfahrerin, die sofort "
        "angehalten und den Mann rausgeworfen hat. Mehr solche Leute bitte!"
    ),
    (
        "Auf dem Schulhof in Birkenau ist „du Jude“ wieder ein Schimpfwort. Erschreckend. Gut, "
        "dass die Schule jetzt einen Projekttag mit der jüdischen Gemeinde macht."
    ),
    (
        "Jemand hat auf das Plakat der Moscheegemeinde „Islam gehört nicht zu Deutschland“ "
        "geschmiert. Die Muslime in Kleinrode sind unsere Nachbarn, Kollegen und "
        "Vereinskameraden. Schämt euch, wer auch immer das war."
    ),
    (
        "Diese Sprüche von wegen „Behinderte kosten nur Geld“, wie sie unter diesem Beitrag "
        "stehen, sind widerlich. Meine Schwester mit Downsyndrom arbeitet 30 Stunden die Woche in "
        "der Gärtnerei und zahlt Steuern."
    ),
    (
        "„Zigeunerpack“ – so stand es im Gästebuch der Ausstellung über die Sinti-Familie Weiß. "
        "Dass so etwas heute noch jemand hinschreibt, macht mich fassungslos. Umso wichtiger ist "
        "die Ausstellung."
    ),
    (
        "Man liest hier immer wieder, trans Frauen seien „Männer in Kleidern“. Nein. Das ist "
        "herabwürdigend und trifft Menschen, die ohnehin schon viel aushalten müssen."
    ),
    (
        "Im Stadion hat ein Block Affenlaute gemacht, als unser Stürmer Malik Osei am Ball war. "
        "Gut, dass der Verein Stadionverbote ausspricht. Rassismus darf kein Teil der Fankultur "
        "sein."
    ),
    (
        "Zu der Behauptung weiter unten, Flüchtlinge würden „nur in die Sozialsysteme "
        "einwandern“: Die Hälfte der Pflegekräfte in unserem Altenheim kommt aus Syrien, Eritrea "
        "und Afghanistan. Ohne sie wäre der Laden dicht."
    ),
    (
        "Am Frauenhaus hat jemand „Emanzen-Bunker“ an die Wand geschrieben. Frauen, die vor "
        "Gewalt fliehen, zu verhöhnen, ist das Allerletzte. Ich spende diese Woche doppelt."
    ),
    (
        "Dass unser Nachbar Ibrahim von einem Fremden mit „geh zurück in deine Wüste“ angepöbelt "
        "wurde, obwohl er in Gelsenbach geboren ist, hat mich tief getroffen. Wir stehen an "
        "deiner Seite, Ibo."
    ),
    (
        "Der Satz „das sind doch keine richtigen Frauen“ über die Fußballerinnen vom SV "
        "Eichenried ist peinlich und sexistisch. Die Mädels sind gerade aufgestiegen, die Herren "
        "nicht."
    ),
    (
        "Dass am Sportplatz jetzt Geflüchtete untergebracht werden, stört mich kein bisschen, im "
        "Gegenteil. Wünschen würde ich mir bloß, dass die Gemeinde ausreichend Deutschkurse "
        "anbietet."
    ),
    (
        "Niemand hier hasst Muslime. Die Diskussion dreht sich um die Parkplätze beim "
        "Freitagsgebet, und die lässt sich sicher gemeinsam mit der Gemeinde lösen."
    ),
    (
        "Nein, ich finde es nicht seltsam, dass zwei Männer den Kirchenchor leiten. Warum auch? "
        "Die beiden machen das großartig."
    ),
    (
        "mich stört null, dass meine kollegin jetzt jonas heißt. mit dem neuen namen hab ich mich "
        "paar tage vertan, is halt ne umgewöhnung."
    ),
    (
        "Keiner in unserer Straße stört sich an der Roma-Familie von gegenüber. Die Kinder "
        "spielen mit unseren, und Frau Lakatos bringt im Winter immer Gebäck vorbei."
    ),
    (
        "Ich bin nicht gegen Frauenförderung, ganz und gar nicht. Ich finde nur, dass man beim "
        "Feuerwehrnachwuchs mit Schnuppertagen für Mädchen mehr erreicht als mit starren "
        "Zielvorgaben."
    ),
    (
        "Ich wüsste nicht, was gegen einen jüdischen Kindergarten in der Weststadt sprechen "
        "sollte. Vielfalt in der Bildung ist ein Gewinn."
    ),
    (
        "Es hat doch keiner was gegen die Ukrainer in der Turnhalle. Die meisten Leute ärgert "
        "nur, dass der Schulsport seit Monaten ausfällt, und da muss der Kreis endlich eine "
        "andere Lösung finden."
    ),
    (
        "Auf einen Platz im Integrationskurs beim VHS-Zweckverband wartet man acht Monate. Die "
        "Geflüchteten wollen lernen, die Strukturen lassen sie nicht. Da muss das Land mehr Geld "
        "reingeben."
    ),
    (
        "Ich sehe die Frauenquote im Gemeinderat kritisch, weil sie bei uns auf dem Dorf kaum "
        "umsetzbar ist. Besser wäre Kinderbetreuung während der Sitzungen, dann kandidieren auch "
        "mehr Frauen."
    ),
    (
        "Die Inklusion an der Realschule Tannried funktioniert so nicht. Ein autistischer Schüler "
        "ohne Schulbegleitung ist allein gelassen, und die Lehrkräfte sind es auch. Das ist kein "
        "Vorwurf an das Kind, sondern ans Kultusministerium."
    ),
    (
        "Die Verteilung der Geflüchteten im Landkreis ist ungerecht: Manche Gemeinden nehmen "
        "dreimal so viele auf wie andere. Das schadet am Ende auch den Menschen, die hier "
        "ankommen."
    ),
    (
        "Ich verstehe den Wunsch nach Gendersternchen in der Stadtverwaltung, finde aber, dass "
        "Briefe an ältere Bürger dadurch schwerer lesbar werden. Vielleicht gibt es eine Form, "
        "die für alle passt."
    ),
    (
        "Das Kopftuchverbot für Referendarinnen halte ich für falsch. Eine Lehrerin mit Kopftuch "
        "kann genauso neutral unterrichten wie ein Lehrer mit Kreuz an der Kette."
    ),
    (
        "Dass die Gebärdensprachdolmetscher bei Gemeinderatssitzungen aus dem Haushalt gestrichen "
        "wurden, trifft die gehörlosen Bürger direkt. Teilhabe darf nicht am Sparzwang scheitern."
    ),
    (
        "Ob sich im kleinen Landkreis eine eigene Beratungsstelle nur für queere Jugendliche "
        "lohnt, bezweifle ich ein wenig. Klüger fände ich, die bestehende Jugendberatung gezielt "
        "zu schulen und bekannter zu machen."
    ),
    (
        "Warum gibt es für Spätaussiedler und Geflüchtete zwei getrennte Beratungsstellen mit "
        "doppelter Verwaltung? Zusammenlegen und dafür längere Öffnungszeiten, das hilft allen."
    ),
    (
        "Glückwunsch an die Rollstuhlbasketballer vom TSV Weidenbach zum ersten Heimsieg! Die "
        "Halle war voll, die Stimmung der Hammer."
    ),
    (
        "Die Bäckerei Yılmaz in der Hauptstraße feiert 40 Jahre. Herr Yılmaz hat mir schon als "
        "Schulkind die Brezel geschenkt, wenn ich das Geld vergessen hatte. Alles Gute!"
    ),
    (
        "wie schön, dass lea und miriam das alte schuhgeschäft zum café gemacht haben. der "
        "käsekuchen ist ein gedicht und die zwei sind einfach herzlich."
    ),
    (
        "Beim offenen Tag in der Synagoge Hellersheim war ich sehr bewegt. Rabbiner Goldmann "
        "beantwortete geduldig jede Frage, auch die meiner zehnjährigen Tochter."
    ),
    (
        "Hab beim Fastenbrechen der Moscheegemeinde am Marktplatz mitgegessen. Eine Linsensuppe "
        "wie bei Oma, und viele nette Gespräche mit Leuten, die ich bisher nur vom Sehen kannte."
    ),
    (
        "Unser neuer Pfarrer kommt aus Nigeria und spricht nach einem Jahr besser Schwäbisch als "
        "ich. Die Gottesdienste sind voller als seit Langem."
    ),
    (
        "Der CSD in Kleinwiesental war mit 800 Leuten größer als erwartet. Selbst der "
        "Posaunenchor hat mit aufgespielt. Schönes Fest!"
    ),
    (
        "Meine Tochter ist gehörlos und war so glücklich, dass die Stadtführung erstmals mit "
        "Gebärdensprache angeboten wurde. Bitte öfter!"
    ),
    (
        "Die ukrainische Chorgruppe beim Weihnachtskonzert in der Stadtkirche – ich hatte "
        "Gänsehaut. Danke, dass ihr eure Lieder mit uns teilt."
    ),
    (
        "Toll, dass das Freibad jetzt einen Lift für Rollstuhlfahrer hat. Mein Vater kann nach "
        "zehn Jahren endlich wieder schwimmen gehen."
    ),
    (
        "Frau Demir ist die erste türkischstämmige Ortsvorsteherin in Hagenbühl. Ich hab sie "
        "nicht gewählt, weil ich mit ihrer Partei wenig anfangen kann, aber sie macht einen "
        "ordentlichen Job."
    ),
    (
        "Die Ausstellung über Schwarze Deutsche in der Stadtbibliothek hat mir Geschichten "
        "gezeigt, von denen ich nie gehört hatte. Unbedingt hingehen, läuft noch bis Ende Mai."
    ),
    (
        "Unsere Kollegin mit Down-Syndrom hat im Hotelrestaurant die Tischdeko fürs Jubiläum "
        "gemacht. Die Gäste waren begeistert, und sie war zu Recht stolz wie Bolle."
    ),
    (
        "Das Konzert des Sinti-Ensembles Rosenberg-Trio beim Jazzfrühling war der Höhepunkt des "
        "Abends. Gitarren wie aus einer anderen Welt."
    ),
    (
        "Mich als evangelischen Christen freut es, dass Kirchengemeinde und Moscheeverein in "
        "Dürrbach gemeinsam den Friedhof pflegen. Genau so sieht gute Nachbarschaft für mich aus."
    ),
    (
        "Dass die Fußballabteilung vom FC Rotbach jetzt auch ein Frauenteam meldet, war "
        "überfällig. 23 Anmeldungen in zwei Wochen – Respekt!"
    ),
    (
        "Tobias aus Linnenbrück, der im Artikel offen über seinen Autismus spricht, hat den "
        "Mathe-Landeswettbewerb gewonnen. Herzlichen Glückwunsch an ihn und seine Familie!"
    ),
    (
        "Das syrische Restaurant am Bahnhof hat die Helfer nach dem Hochwasser drei Tage lang "
        "umsonst verpflegt. Sowas vergisst man nicht."
    ),
    (
        "Unser Kind bezeichnet sich als nichtbinär, und die Lehrerin hat ganz selbstverständlich "
        "nach dem richtigen Pronomen gefragt. Danke, das war für uns ein großer Moment."
    ),
    (
        "Die Männergruppe in der Familienbildungsstätte ist eine gute Idee. Über Vatersein redet "
        "man unter Kumpels halt selten."
    ),
    (
        "Zwei Opas aus dem Seniorenheim haben mit 78 geheiratet – endlich, wie sie sagen, nach 40 "
        "Jahren zusammen. Ich hab beim Lesen ein bisschen geweint."
    ),
    (
        "Beim Kirchweihfest haben zum ersten Mal auch die eritreischen Familien aus dem Ort einen "
        "Stand gemacht. Injera mit Linsen – hab zwei Portionen gegessen."
    ),
    (
        "Endlich hat das Rathaus seine Rampe bekommen. Meine Nachbarin im Rollstuhl musste bisher "
        "immer hinten über den Lieferanteneingang. Gut so."
    ),
    (
        "Ich war beim interreligiösen Friedensgebet auf dem Schlossplatz: Pfarrerin, Imam und "
        "Rabbinerin nebeneinander. Hat mir mehr Hoffnung gemacht als jede Talkshow."
    ),
    (
        "Ein Buchladen mit eigener Ecke für queere Jugendbücher – in Niederaschau! Hätte ich mir "
        "als Teenager gewünscht."
    ),
    (
        "Die Lebenshilfe-Theatergruppe mit ihrem Stück über den Dorfklatsch war saukomisch. Ich "
        "hab Tränen gelacht, meine Frau auch."
    ),
    (
        "Mein Vermieter ist Jude, seine Frau Katholikin, und die beiden laden jedes Jahr das "
        "ganze Haus zu Chanukka und Nikolaus ein. Beste Hausgemeinschaft ever."
    ),
    (
        "Gratulation an Aylin Kaya zur Meisterprüfung als Elektrikerin, und das unter lauter "
        "Männern im Kurs. Der Preis der Handwerkskammer geht völlig zu Recht an sie."
    ),
    (
        "Die Selbsthilfegruppe für Eltern von trans Kindern trifft sich jetzt monatlich im "
        "Gemeindehaus. Gut, dass es so was auch hier auf dem Land gibt."
    ),
    (
        "servus, bin selber im rollstuhl und war positiv überrascht von der barrierefreien bühne "
        "beim dorffest in oberzell. da hat jemand mitgedacht."
    ),
]

THREATS_DE: list[str] = [
    (
        "Schöne Grüße an Bürgermeister Hallberg. Sein grauer Passat steht jeden Abend so einsam "
        "in der Lindenstraße, da sollte man besser mal ein Auge drauf haben."
    ),
    (
        "die tochter von der Redakteurin geht doch in die Mühlbachschule, gell? nur so ne Frage, "
        "man interessiert sich halt"
    ),
    (
        "Auf der unbeleuchteten Landstraße zwischen Oberweiden und Kessing kracht es ja öfter "
        "mal. Frau Stadträtin Wendel nimmt die ja donnerstags nach der Sitzung immer."
    ),
    (
        "Wär doch schade, wenn dem hübschen Fachwerkhaus vom Herrn Pfarrer Lohmann mal was "
        "zustößt. Altes Holz ist halt empfindlich."
    ),
    (
        "Wir laufen uns schon wieder über den Weg, Herr Schiedsrichter Brenninger. Und dann steht "
        "kein Linienrichter daneben."
    ),
    (
        "Wir haben Ihre Adresse, Herr Kowalczyk. Und wir kennen auch die Uhrzeit, zu der Ihre "
        "Frau vom Einkauf heimkommt."
    ),
    "Genießen Sie Ihre Ruhe, solange Sie können, Frau Dr. Seiferth. Der Herbst wird lang.",
    (
        "Interessant, dass der Polizist Reimers täglich früh um halb sieben seinen Hund am Weiher "
        "ausführt. Ganz allein. Sonst keine Seele da."
    ),
    (
        "ich sag mal so: in der Moschee an der Gerberstraße brennt nachts nie Licht. merkt man "
        "sich sowas."
    ),
    (
        "Grüße an den Journalisten Falk Ebert. Netter Briefkasten hast du in der Amselgasse 14, "
        "rot lackiert, kann man gar nicht übersehen."
    ),
    (
        "Die Windräder stehen ja weit weg vom Dorf. Da hört keiner was, wenn da nachts jemand "
        "rumläuft. Nur mal so festgestellt."
    ),
    (
        "Hoffentlich hat der Herr Ortsvorsteher eine gute Hausratversicherung. Man weiß ja nie, "
        "was so alles passiert in diesen Zeiten."
    ),
    (
        "De Herr Gemeinderat Strobel soll ned vergesse, dass mir alle wissa, wo sei Garage isch. "
        "Mehr sag i ned."
    ),
    (
        "Komisch, wie schnell Bremsleitungen heutzutage porös werden. Gerade bei Dienstwagen von "
        "Landräten."
    ),
    (
        "Frau Yilmaz vom Helferkreis, Ihre Zwillinge sind ja richtig groß geworden. Hab sie "
        "neulich am Spielplatz gesehen, die gelbe Jacke steht dem Kleinen gut."
    ),
    (
        "Das Bahnhofstraßen-Parteibüro hat ja riesige Schaufenster. So viel Glas. Muss man ja "
        "auch mögen."
    ),
    (
        "Irgendwann ist auch der Herr Bürgermeister mal ohne Begleitschutz unterwegs. Irgendwann "
        "kommt jeder mal allein nach Hause."
    ),
    (
        "Wir vergessen nichts. Wer im Gemeinderat die Hand fürs Heim gehoben hat, dessen Name ist "
        "notiert. Jeder einzelne."
    ),
    (
        "Der Schiri wohnt übrigens in Nettersheim, Am Sportplatz 3. Falls einer von euch mal in "
        "der Gegend ist und nen Kaffee mit ihm trinken will."
    ),
    (
        "herr redakteur, ihr motorrad steht echt schön vor dem verlagshaus. wär blöd wenn da "
        "morgen mal die reifen… naja. fahren sie vorsichtig."
    ),
    (
        "Die Tür von der Unterkunft am Kiefernweg schließt übrigens nicht richtig. Ist mir letzte "
        "Woche aufgefallen. Sollte jemand mal reparieren. Oder auch nicht."
    ),
    (
        "Sagen Sie Ihrem Mann, er soll nachts nicht mehr so spät joggen gehen, Frau "
        "Bürgermeisterin. Ist gefährlich geworden hier in Wallhausen."
    ),
    (
        "Man munkelt, Kommissar Degenhardt hat ein Ferienhaus am Seeufer in Birkach. Schön "
        "abgelegen. Wär ein Jammer, wenn er da mal unangemeldeten Besuch kriegt."
    ),
    "Noch ist es ruhig in Ihrer Straße, Herr Nachbar. Noch.",
    (
        "Wer solche Artikel schreibt, sollte sich abends öfter mal umdrehen. Ich mein ja nur, "
        "Frau Kröger."
    ),
    (
        "Die Stadträtin Pohl lässt ihr Fahrrad immer unabgeschlossen am Rathaus stehen. Bremszüge "
        "sind ja auch nicht für die Ewigkeit gemacht."
    ),
    (
        "Irgendwer hat mir erzählt, Ihr Sohn spielt bei der E-Jugend in Hohenfeld. Training ist "
        "dienstags um fünf, stimmt's, Herr Vogt?"
    ),
    (
        "Ganz schön mutig, so einen Kommentar mit vollem Namen und Wohnort zu posten, Herr "
        "Lindemann aus Ebersbach. Wirklich, ganz schön mutig."
    ),
    (
        "Die Gasleitung zu dem Gebetshaus liegt ja direkt unter dem Gehweg. Hoffentlich baggert "
        "da niemand mal aus Versehen dran rum."
    ),
    (
        "Herr Pastor, Ihr Gemeindehaus hat ja keine Alarmanlage, wurde mir erzählt. Und die "
        "Nachbarn schlafen fest. Gute Nacht."
    ),
    (
        "Wenn der Windpark am Hollerberg wirklich kommt, dann steht von den Dingern nach einem "
        "Jahr keins mehr, und der Investor braucht selber nen Arzt."
    ),
    (
        "Schreibst du noch ein Mal über unser Dorf, Schreiberling, dann sammelst du deine Zähne "
        "aus dem Rinnstein."
    ),
    (
        "Sollte in der ehemaligen Kaserne die Unterkunft aufmachen, dann wird in der ersten Nacht "
        "dort keiner ruhig schlafen, das versprech ich."
    ),
    (
        "Falls der Brenninger nochmal gegen uns pfeift, muss man ihn hinterher aus dem Stadion "
        "raustragen."
    ),
    (
        "wenn die bürgermeisterin die schwimmbadschließung durchzieht dann wird sie ihre eigenen "
        "fenster bald nicht mehr wiedererkennen"
    ),
    (
        "Stimmt der Rat am Dienstag für die Moschee-Erweiterung, dann brennt hier was, und zwar "
        "nicht nur die Kerzen."
    ),
    (
        "Machen die Bullen in unserm Viertel noch eine Razzia, fliegen Steine. Und diesmal zielen "
        "wir auf die Köpfe."
    ),
    (
        "Bleibt der Landrat bei seinem Nein zur Umgehungsstraße, dann wird er den Wahltag "
        "womöglich gar nicht mehr erleben."
    ),
    (
        "Solltet ihr Journalisten noch einmal Fotos von meinem Hof veröffentlichen, dann gnade "
        "euch Gott, weil ich es nicht tun werde."
    ),
    (
        "Ist die Hecke vom Nachbarn bis Freitag nicht gestutzt, kriegt er von mir die "
        "Heckenschere, aber nicht in die Hand."
    ),
    (
        "Kommt auch nur ein Bus mit Asylbewerbern nach Grünhagen, dann stehen wir mit Knüppeln am "
        "Ortsschild. Ist kein Spaß."
    ),
    (
        "Sollte dieser Stadtrat Hübner seinen Antrag nicht zurückziehen, wird er lernen, wie sich "
        "ein gebrochener Kiefer anfühlt."
    ),
    "WENN IHR DEN KOMMENTAR LÖSCHT STEH ICH PERSÖNLICH BEI EUCH IM BÜRO UND DANN KNALLTS",
    (
        "Gibt die Polizei den Namen von meinem Jungen raus, dann hol ich mir den Namen von dem "
        "Beamten. Und dann seine Adresse."
    ),
    (
        "Falls die Rotoren im Frühjahr tatsächlich anlaufen, sollten sich die Monteure von "
        "Nordwind aus Haselbach lieber nicht mehr ohne Begleitung in die Gondel wagen."
    ),
    "Wird die Kita wirklich an die Unterkunft verkauft, dann gibt's Tote. Punkt.",
    (
        "zieht der Schiri sonntags wieder so ne Elfer-Show ab dann warten wir an seinem Auto. "
        "alle zwanzig. mit Handschuhen."
    ),
    (
        "Sollten Sie, Herr Redakteur Wimmer, weiter über meinen Betrieb lügen, lernen Sie mich "
        "von einer Seite kennen, die Ihnen nicht gefällt – in Ihrem eigenen Wohnzimmer."
    ),
    (
        "Wenn de Gemeinderat des durchwinkt, dann hole mer die Herre aus'm Sitzungssaal raus und "
        "dann gibt's Saures, awwer richtig."
    ),
    (
        "Noch eine Blitzerfalle auf der B27 und der Beamte im Wagen kriegt ein Andenken, an das "
        "er bis zur Rente denken wird."
    ),
    (
        "Sobald das Parteibüro in der Marktstraße eröffnet, sind die Leute drinnen Freiwild, das "
        "sollen die wissen."
    ),
    (
        "Wenn mein Nachbar noch einmal die Polizei wegen der Musik ruft, dann zünd ich ihm die "
        "Bude über dem Kopf an."
    ),
    (
        "Kriegt der Imam die Genehmigung für den Lautsprecher, kümmern wir uns persönlich drum, "
        "dass aus seinem Mund kein Wort mehr kommt."
    ),
    (
        "Sollten die Gemeindevertreter am Montag die Grundsteuer erhöhen, empfehle ich ihnen "
        "dringend, sich schon mal Personenschutz zu besorgen. Brauchen sie dann nämlich."
    ),
    (
        "Falls die Zeitung morgen keine Gegendarstellung druckt, ist Chefredakteur Albers ab "
        "Mittwoch ein toter Mann."
    ),
    "Brenninger, sobald du auf dem Parkplatz auftauchst, polier ich dir die Visage.",
    "Dich erwischen wir, Hallberg. Egal wie viele Bullen du um dich rum hast.",
    (
        "ich bring den journalisten um der den bericht über meinen bruder geschrieben hat. seine "
        "adresse kenn ich und das is kein witz"
    ),
    (
        "Herr Kessler von nebenan, ich werde Sie eigenhändig windelweich prügeln, Sie elender "
        "Denunziant."
    ),
    "Dem Polizisten aus dem Video reiß ich persönlich den Kopf ab. Der Typ hat nicht mehr lang.",
    "Ich zünde die Unterkunft an, und zwar wenn alle drin sind.",
    (
        "Frau Stadträtin, ich komm morgen ins Rathaus und dann gibts für Sie Prügel, bis Sie "
        "nicht mehr aufstehen."
    ),
    (
        "I hau di zamm, Ortsvorsteher, do kannst di drauf verlossn. Nächstn Samstag beim "
        "Feuerwehrfest."
    ),
    "Den Projektleiter von Ventago stech ich ab, der läuft mir schon noch über den Weg.",
    "ICH WERDE DICH FINDEN, SCHREIBERLING, UND DANN BLEIBT KEIN KNOCHEN VON DIR HEIL.",
    (
        "Ich fahr den Imam über den Haufen, den kenn ich vom Sehen, der geht jeden Tag über den "
        "Zebrastreifen."
    ),
    (
        "Dir kleiner Ratte von der Lokalredaktion zieh ich höchstpersönlich das Fell über die "
        "Ohren, verlass dich drauf."
    ),
    (
        "Wir werden euch Flüchtlingshelfer in Dornbach einen nach dem anderen kaltmachen. "
        "Versprochen."
    ),
    (
        "Den Schiedsrichter Pfeffer schlag ich beim nächsten Heimspiel bewusstlos, und da hält "
        "mich auch kein Ordner auf."
    ),
    "Ich erschieß den Bürgermeister. Jagdschein hab ich, Gewehr auch.",
    (
        "Leute, holt euch den Brenninger nach dem Spiel und verdrescht ihn, bis er keine Pfeife "
        "mehr halten kann."
    ),
    (
        "Man sollte die ganzen Gemeinderäte am Marktplatz aufhängen, jeden einzelnen, damit es "
        "alle sehen."
    ),
    "jagt die pack aus der unterkunft raus, nehmt alles was rumliegt, heute nacht noch!!!",
    "Wer den Reporter Ebert auf der Straße sieht: Gebt ihm eine auf die Nase, gern auch zwei.",
    "Auf die Polizisten muss man schießen, solange sie Uniform tragen, dann lernen die Respekt.",
    (
        "Alle Mann am Freitag zur Moschee, und die Betenden kommen da nicht heil raus. Wer dabei "
        "ist, liken."
    ),
    (
        "Jagt die Windkraftlobbyisten mit der Mistgabel über die Kreisgrenze, wie zu Großvaters "
        "Zeiten."
    ),
    "Die Stadträtin Pohl gehört aufgeknüpft, und zwar öffentlich. Wer hat nen Strick?",
    (
        "Kerle, wartet am Sonntag am Kabinengang auf den Unparteiischen und macht ihn fertig. Die "
        "Kameras sind eh aus."
    ),
    (
        "Schnappt euch den Nachbarn mit dem Dashcam-Tick und verpasst ihm ne Abreibung, bevor der "
        "noch mehr Leute anzeigt."
    ),
    "Macht Jagd auf die Zecken, die vor dem Parteibüro demonstrieren. Jeder Schlag ist verdient.",
    "Den Landrat sollte mal einer richtig abknallen, dann ist Ruhe im Kreis.",
    "MAN MUSS DIESE JOURNALISTEN AN DIE WAND STELLEN. ALLE.",
    (
        "Geht rüber nach Kleinrode und prügelt die Asylanten aus dem Dorf, die Polizei kommt eh "
        "erst nach ner Stunde."
    ),
    (
        "Irgendeiner muss dem Kommissar Degenhardt mal auflauern und ihm die Knie zertrümmern, "
        "damit der nie wieder Streife läuft."
    ),
    "Zündet das Windrad am Hollerberg an, nachts sieht das bestimmt schön aus.",
    "Leute, haut beim Bürgermeister sämtliche Scheiben ein, Haus und Auto, der hat's verdient.",
    "Das Parteibüro in der Lindenallee muss brennen. Wer macht mit?",
    "brennt das heim nieder bevor die einziehen, dann ist das thema durch",
    "Die Redaktion vom Kreisboten gehört komplett zerlegt, Computer, Druckmaschine, alles.",
    "Fackelt die Moschee ab, am besten in der Nacht zum Sonntag.",
    (
        "Jemand sollte beim Schiri die Reifen aufschlitzen und einmal mit dem Schlüssel um die "
        "Karre ziehen, Kennzeichen steht ja im Forum."
    ),
    "Packt die Vorschlaghämmer ein und haut die vier Blitzkästen an der B27 zu Schrott.",
    (
        "Man müsste dem Nachbarn mal den Gartenzaun umtreten und die Laube abfackeln, damit er "
        "merkt, wie das ist."
    ),
    "REISST DIE UNTERKUNFTS-BAUSTELLE AB, BAGGER ANZÜNDEN, CONTAINER UMKIPPEN!!!",
    (
        "Die Streifenwagen vorm Revier in der Kastanienallee stehen nachts unbewacht. Auf geht's, "
        "abfackeln das Zeug."
    ),
    "Sägt die Masten vom Windpark an, dann fallen die Dinger von alleine um.",
    "Wer Mumm hat, schmeißt dem Stadtrat Hübner ein paar Pflastersteine durchs Wohnzimmerfenster.",
    (
        "Das Rathaus von Wallhausen sollte man komplett verwüsten, Akten raus auf die Straße und "
        "anzünden."
    ),
    (
        "Schüttet Farbe und Buttersäure ins Wahlkreisbüro der Abgeordneten und tretet die Tür "
        "ein, anders kapieren die's nicht."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Was für ein Derby! In der 78. Minute haben wir die Kickers aus Haslach endgültig "
        "abgeschossen, 4:1 – mein Opa hat auf der Tribüne geweint vor Glück."
    ),
    (
        "unsere C-Jugend hat die Gäste heute regelrecht zerlegt, und trotzdem haben die Jungs "
        "danach zusammen Pizza gegessen. so muss Sport sein"
    ),
    (
        "Schachabend im Gemeindehaus Birkenau: Ich hab meinem Schwager die Dame geschlagen und "
        "ihn in zwölf Zügen mattgesetzt. Er redet seit Sonntag nicht mit mir 😄"
    ),
    (
        "Das Zwiebelschnippeln für den Zwiebelkuchen killt mich alle Jahre wieder, ich heul in "
        "der Küche wie bei einem Liebesfilm."
    ),
    (
        "Unkraut vernichten ohne Gift? Kochendes Nudelwasser drüberkippen, hat bei mir zwischen "
        "den Pflastersteinen super funktioniert."
    ),
    (
        "Ich bring den Jens um, wenn er am Samstag wieder als Letzter zum Grillen kommt und nur "
        "eine Tüte Chips mitbringt. Jens, du liest das hier!"
    ),
    "Ich sterbe hier oben, 34 Grad im Dachgeschoss und der Ventilator pustet nur warme Luft rum.",
    (
        "Bombenstimmung beim Sommerfest in Krähenwinkel, die Blaskapelle hat bis Mitternacht "
        "durchgespielt!!"
    ),
    (
        "Nach der Nachtschicht noch zum Elternabend – ich bin todmüde, aber den Bericht über die "
        "neue Kita wollte ich unbedingt noch lesen."
    ),
    (
        "Der Zwetschgendatschi vom Café Lindner ist mörderisch gut, dafür lohnt sich jeder Umweg "
        "über die Dorfstraße."
    ),
    (
        "Den neuen Krimi von Hanne Brückl hab ich in einem Rutsch durchgelesen. Die Leiche im "
        "Stausee von Oberried wird erst nach 200 Seiten identifiziert, und den Täter hätte ich "
        "nie verdächtigt."
    ),
    (
        "Gestern im Stadttheater Wallbach: Als Macbeth König Duncan ersticht, war es im Saal so "
        "still, dass man eine Stecknadel hätte fallen hören. Großartige Inszenierung."
    ),
    (
        "Mir war der Sonntagstatort zu brutal, drei Tote schon nach zwanzig Minuten. Da schau ich "
        "lieber wieder Rosamunde Pilcher."
    ),
    (
        "Ich hab den Einbruch in die Apotheke am Marktplatz beobachtet, zwei Männer mit "
        "Brecheisen gegen halb drei nachts. Hab sofort die 110 gewählt und der Streife alles zu "
        "Protokoll gegeben."
    ),
    (
        "Laut Polizeibericht wurde an der Mühlweg-Kreuzung ein Radfahrer schwer verletzt, der "
        "Autofahrer beging Fahrerflucht. Wer was beobachtet hat: Die Inspektion Talheim freut "
        "sich über Hinweise."
    ),
    (
        "Für den versuchten Totschlag hat das Landgericht dem Mann sechs Jahre aufgebrummt. Ich "
        "saß im Zuschauerraum, die Aussage der Nachbarin war sehr bewegend."
    ),
    (
        "Zur Räumung in der Lindenstraße: Die Gerichtsvollzieherin kommt nur mit einem "
        "rechtskräftigen Titel, vorher darf kein Vermieter jemanden vor die Tür setzen. Der "
        "Mieterverein berät kostenlos."
    ),
    (
        "Endlich wird das alte Hallenbad abgerissen, ab Montag rückt der Bagger an. Schade um die "
        "Erinnerungen, aber die Ruine war zuletzt nur noch ein Schandfleck."
    ),
    (
        "Im Steinbruch Hohenfels wird am Donnerstag um 11 Uhr gesprengt, vorher gibt die Sirene "
        "zwei lange Töne. Wer dann klirrende Fenster hört: keine Panik."
    ),
    (
        "Die Feuerwehr Mittelbach hat die marode Scheune beim Kreisel kontrolliert abgefackelt, "
        "als Übung für die Atemschutzträger. Beeindruckend, wie schnell die das im Griff hatten."
    ),
    (
        "Mein Geschichtslehrer ist mit uns damals nach Dachau gefahren und hat gezeigt, wie die "
        "Nazis dort Menschen ermordet haben. Das darf nie wieder passieren, deshalb finde ich die "
        "Gedenktafel am Rathaus so wichtig."
    ),
    (
        "Im Heimatmuseum Lauterbrunn hängt ein Foto der Altstadt nach dem Bombenangriff 1944, "
        "fast jedes Haus zerstört. Meine Oma hat jene Nacht im Keller überlebt und nie darüber "
        "gesprochen."
    ),
    (
        "Achtung, Enkeltrick in Sulzfeld! Meine Mutter bekam einen Anruf, ihr angeblicher Enkel "
        "hätte jemanden totgefahren und bräuchte 40.000 Euro Kaution. Sofort auflegen und die "
        "echte Polizei verständigen!"
    ),
    (
        "Beim Kuchenbasar der Grundschule bin ich ein echtes Sicherheitsrisiko, mein Marmorkuchen "
        "ist härter als Beton. Dieses Jahr spende ich lieber Servietten."
    ),
    (
        "Beim Rosenmontagszug in Bärenfelde wurden wir mit Kamellen regelrecht bombardiert, die "
        "Kinder haben zwei Tüten voll heimgeschleppt. Helau!"
    ),
    (
        "Glückwunsch an Ewald Striegl, neuer Schützenkönig in Hinterzell! Mit dem 173. Schuss hat "
        "er den Holzadler endgültig heruntergeholt."
    ),
    (
        "Der Jagdverein Eichenrode hat letzte Woche drei Wildschweine erlegt, die in den "
        "Maisfeldern alles umgepflügt hatten. Das Wildbret gibts am Samstag beim Hegering-Fest."
    ),
    (
        "Bei uns im Schützenverein üben die Jugendlichen mit dem Lichtgewehr, da kommt keiner zu "
        "Schaden und die Konzentration steigt enorm. Schaut einfach mittwochs mal vorbei."
    ),
    (
        "Heut in der Früh ist mir am Weiher ein 92er Hecht an den Haken gegangen, mit einem "
        "Schlag betäubt und waidgerecht getötet. Fotos hängen ab morgen im Anglerheim aus."
    ),
    (
        "hab gestern bis morgens um vier zombies abgeknallt in dem neuen koop-spiel, bin mit meim "
        "bruder jetzt lvl 40. mama war nich begeistert"
    ),
    (
        "Beim Spieleabend in der Stadtbücherei hab ich meine eigene Frau bei Siedler gnadenlos "
        "ausbluten lassen, kein Schaf, kein Holz. Die Ehe hält trotzdem."
    ),
    (
        "Des Wetter macht mi heut no fertig, erscht Hagel, dann wieder Sonne. Meine Tomate sin "
        "komplett hinüber."
    ),
    (
        "Meine Salatköpfe wurden von den Schnecken regelrecht massakriert, über Nacht war das "
        "halbe Beet weg. Hat jemand einen Tipp ohne Schneckenkorn?"
    ),
    (
        "Hummer lebendig ins kochende Wasser werfen bring ich nicht übers Herz, deshalb gibts bei "
        "uns an Silvester Kartoffelsalat mit Würstchen."
    ),
    (
        "Die Handballerinnen vom TV Grünau haben Weißenstein in der zweiten Halbzeit komplett "
        "auseinandergenommen, 31:19. Die Torhüterin war eine Wand!"
    ),
    (
        "Beim Blitzturnier in Oberau hat ein elfjähriges Mädchen den Favoriten mit einem "
        "vernichtenden Königsangriff erledigt. Der Herr hat ihr danach sehr fair gratuliert."
    ),
    (
        "Wenn meine Schwiegermutter das Foto vom Dorffest sieht, auf dem ich mit Bierkrug auf dem "
        "Biertisch tanze, überleb ich das Wochenende nicht. Danke, Lokalredaktion."
    ),
    (
        "Mein Chef hat beim Firmenlauf alle in Grund und Boden gerannt, dabei ist der Mann 61. "
        "Respekt, Herr Kübler!"
    ),
    (
        "Die Polizei bestätigt, dass bei der Kontrolle am Bahnhof Riedlingen ein Messer "
        "sichergestellt wurde, verletzt wurde niemand. Gut, dass die Beamten so besonnen reagiert "
        "haben."
    ),
    (
        "Ich stand an der Ampel, als der Lkw in die Leitplanke gekracht ist. Der Fahrer ist zum "
        "Glück selbst ausgestiegen, der Notarzt war nach acht Minuten da."
    ),
    (
        "Der Betrüger, der Rentnern in Kleinhausen das Ersparte abgeluchst hat, kriegt bloß zwei "
        "Jahre, ausgesetzt zur Bewährung. Mir ist das zu lasch, aber Urteil ist Urteil."
    ),
    (
        "Wer Leichen im Keller mag, sollte „Schwarzer Frost über Wendelstein“ lesen. Die "
        "Kommissarin ist herrlich grantig und der Giftmord im Pfarrhaus raffiniert konstruiert."
    ),
    (
        "Im Kino am Schlossplatz lief ein Western, in dem am Ende wirklich jeder erschossen wird. "
        "Mein Mann fand's großartig, ich hab Popcorn gezählt."
    ),
    (
        "Die Laienspielgruppe Felsheim hat bei „Mord im Gasthaus zum Hirschen“ das halbe Dorf "
        "mitspielen lassen, sogar der Bürgermeister lag als Leiche auf der Bühne. Zum Schreien "
        "komisch!"
    ),
    (
        "Bei mir im Garten überlebt nicht mal ein Kaktus. Ich bin der Serienkiller unter den "
        "Hobbygärtnern, die Gärtnerei Sommer kennt mich schon beim Namen."
    ),
    (
        "Der Sprengmeister hat den alten Wasserturm in Kirchdorf sauber umgelegt, er fiel exakt "
        "in die vorbereitete Schneise. Hunderte Schaulustige haben applaudiert."
    ),
    (
        "Bevor hier wieder alle über den Vermieter schimpfen: Eine Zwangsräumung ordnet nur das "
        "Amtsgericht an, und die Familie hatte monatelang Zeit für einen Widerspruch."
    ),
    (
        "Die Garde der Narrenzunft Schnaitheim hat beim Kinderumzug alle umgehauen, so viel "
        "Energie mit sieben Jahren!"
    ),
    (
        "Böllerschützen am Sonntag um sechs Uhr früh – ich dachte schon, der Krieg ist "
        "ausgebrochen 😂 Trotzdem ein schönes Fest, die Musik war klasse."
    ),
    (
        "Beim Schülerprojekt zu den Deportationen aus Hainfeld haben Jugendliche die Namen der "
        "ermordeten jüdischen Nachbarn recherchiert. Gänsehaut, wie ernst die das genommen haben."
    ),
    (
        "Vorsicht: Falsche Polizisten rufen gerade in Ostrach an und behaupten, eine Bande plane "
        "einen Überfall auf Ihr Haus. Echte Beamte fragen NIE nach Schmuck oder Bargeld!"
    ),
    (
        "Beim Schlachtfest der Feuerwehr Wolfsau gabs Blutwurst, Kesselfleisch und Sauerkraut – "
        "ich bin fast geplatzt."
    ),
    (
        "Unsere Alten Herren haben die Jungs aus Bad Kerzenbach vom Platz gefegt, und das mit "
        "drei Ersatzspielern in Kniebandage!"
    ),
    (
        "Als 52-Jährige hab ich meinen Enkel bei Mario Kart mit einem Panzer von der Strecke "
        "geschossen. Er will Revanche, soll er haben."
    ),
    (
        "Zum Bericht über die Fuchsjagd: Wir Jäger im Revier Tannheim schießen nicht aus Spaß, "
        "sondern weil die Bodenbrüter sonst keine Chance haben. Gerne mal zur Revierführung "
        "kommen."
    ),
    (
        "Meim Spezl Sepp hau i oane, wenn er mir nomoi mei Weißbier wegsauft 😄 Schee wars beim "
        "Maibaumaufstellen in Niederstaudach!"
    ),
    (
        "Wühlmäuse haben bei uns sämtliche Tulpenzwiebeln gefressen, hiermit erkläre ich ihnen "
        "offiziell den Krieg – mit Knoblauch und Kaiserkronen natürlich."
    ),
    (
        "Beim Tunnelbau unter dem Kapellenberg wird jetzt dreimal täglich gesprengt, das spürt "
        "man bis in die Küche. Die Bauleitung informiert aber vorbildlich, Hut ab."
    ),
    (
        "Großübung am Klinikum: Die Feuerwehr hat mit Nebelmaschine einen Brand mit 20 Verletzten "
        "simuliert, die „Opfer“ waren geschminkte Schüler vom Jugendrotkreuz. Sehr realistisch!"
    ),
    (
        "Diese Baustelle an der B31 macht mich noch irre, ich könnte jeden Morgen laut schreien. "
        "Aber gut, die Arbeiter können ja nix dafür."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Pettifer promised the Harrowby Road potholes would be filled by Easter. Which "
        "Easter, exactly? Resign, and give the job to anybody in possession of a calendar."
    ),
    (
        "you lot on Dunmore County Council voted yourselves a 12% rise the same week you closed "
        "the library in Kilbrack. Shameless. Come polling day, I won't have forgotten."
    ),
    (
        "So Tenbridge Water let raw sewage into the Ouse again, and the penalty wouldn't even "
        "cover the chief executive's bonus. Regulators need teeth, not press releases."
    ),
    (
        "Chief Inspector Alcott, your officers took FOUR hours to answer a burglary call on "
        "Mercer Street. Explain that to the residents' meeting, in person, not via a tweet."
    ),
    (
        "Lovely to see the mayor of Port Wendell cutting ribbons on a bridge that's been shut for "
        "structural cracks since March. Photo ops over safety, as usual."
    ),
    (
        "The Greenvale Labour group has flip-flopped on the bus depot three times. pick a "
        "position and defend it or stop pretending to represent us"
    ),
    (
        "Ms Okafor-Hale, you signed off the car park contract to a company run by your sister's "
        "husband. That needs an independent inquiry and, frankly, your resignation."
    ),
    (
        "Honestly, if the Liberals in Alderfield spent half as much energy fixing the clinic "
        "waitlist as they do on glossy mailers we'd all be seen by now."
    ),
    (
        "The Brackwater Rovers directors flogged the training pitches to a housebuilder, then "
        "acted surprised when the youth academy fell apart. Incompetence dressed up as "
        "'strategy'."
    ),
    (
        "Every winter Ridgemont Gas hikes the standing charge and every winter the ombudsman "
        "'expresses concern'. Concern doesn't heat a flat. Take them to court."
    ),
    (
        "Sheriff Dalby's department won't hand over the bodycam video. If it clears his deputies, "
        "publish it. Otherwise voters should remove him in November."
    ),
    (
        "lol the Shire of Marrabool spent $80k on a 'community vision' consultant who "
        "recommended... more consultation. genius stuff, truly"
    ),
    (
        "The planning committee ignored 400 objections about the Larch Hill incinerator. I'm "
        "lodging a formal complaint and urge neighbours to do likewise."
    ),
    (
        "Minister Quaid, you said the bypass was 'fully costed'. It's now double budget and five "
        "years late. Own it or step aside."
    ),
    (
        "Kettering Vale Housing Association lets black mould grow in kids' bedrooms for months, "
        "then blames tenants for 'drying washing indoors'. Disgraceful. Name the director "
        "responsible."
    ),
    (
        "Can the Conservative councillors who voted against free school meals explain to the "
        "Fernleigh food bank why its queue doubled? Didn't think so."
    ),
    (
        "Garda station in Ballycorran shut at weekends while antisocial behaviour soars. Whoever "
        "thought that was sensible should be answering questions before the Oireachtas committee."
    ),
    (
        "Another 'listening exercise' from Thornbury Borough. You've listened for six years. Try "
        "DOING something, or make way for people who will."
    ),
    (
        "NorthStar Rail cancelled 38% of services into Lindenford last month and still gets its "
        "franchise renewed?? Strip the contract. Full stop."
    ),
    (
        "The school board in Cedar Falls Junction hid the asbestos report from parents for a "
        "year. Every trustee who knew should resign, and the province should audit them."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "Lovely gesture from the new Heatherby mosque, inviting the whole town in for its Eid "
        "open day. My kids came home with samosas and a hundred questions. Lovely neighbours."
    ),
    (
        "The Pride picnic in Coolnagh was small but so welcoming: two dads with a pram, a retired "
        "nun, a drag queen on stilts. Only in West Cork."
    ),
    (
        "From my wheelchair: huge thanks to whoever redesigned the Millbrook Quay ramps. First "
        "time I've reached the ferry without asking for help."
    ),
    (
        "Someone sprayed 'go back to your own country' on the Polish deli in Stanbury. The Nowaks "
        "have run that shop for 19 years. This IS their country. Shame on whoever did it."
    ),
    (
        "The trans youth group that's just started at Hallam Street community centre meets "
        "Tuesdays; parents I've chatted with call it a lifeline for their teens."
    ),
    (
        "Nobody here hates the Traveller families at the Ardmore halting site. Mostly we'd like "
        "the council to finally deliver the bins and water it promised them."
    ),
    (
        "When the floods hit, the Sikh gurdwara in Kelvedon Park fed half the town and asked "
        "nothing of anyone. Langar is a beautiful tradition."
    ),
    (
        "my nan used the word 'poofter' about the new vicar and his husband and I told her "
        "straight: not in front of me, not in 2024. she's coming round, slowly."
    ),
    (
        "Deaf club at Rushworth Library is running BSL taster sessions on Thursdays. Went last "
        "week, learned how to sign 'biscuit', essential vocabulary."
    ),
    (
        "Kudos to Wattle Creek Primary for hiring its first Aboriginal language teacher. Hearing "
        "Wiradjuri words at pickup is ace."
    ),
    (
        "Nobody at the Dunmere bowls club minds women joining. The only objection came from "
        "Derek, and Derek objects to everything including the tea."
    ),
    (
        "Jewish families in Ashcombe shouldn't need a security guard outside the synagogue on "
        "Shabbat, but since they do, the town should help pay for it."
    ),
    (
        "Some idiot yelled 'tranny' at Ms Harlow outside the Co-op in Pelham Green. I was there. "
        "Several of us told him where to go and walked her to her car. That slur has no place "
        "here."
    ),
    (
        "Interesting piece on the Filipino nurses at St Brendan's. Half the night shift on my "
        "dad's ward were from Manila and they were angels."
    ),
    (
        "There's no one in Greyhaven who resents the Syrian family who took over the barber's. "
        "Best fade in the county and Yusuf remembers everyone's kids' names."
    ),
    (
        "A guy in the comments wrote 'Muslims are all terrorists' under a story about a charity "
        "bake sale. Let that sink in. Collective blame like that is exactly how hate starts."
    ),
    (
        "The autism-friendly screening at the Regal in Bishops Lydd was brilliant: lights up, "
        "volume down, nobody tutting. More of this please."
    ),
    (
        "Good to see two openly gay candidates standing for Ferncastle council, one for each "
        "party. Shows how far things have come since the 90s."
    ),
    (
        "The Hindu families who organised the Diwali lights along Market Row did a gorgeous job "
        "this year, and shopkeepers of every background joined in."
    ),
    (
        "Catholic, Protestant, atheist, the Ballinvarra under-12s don't care, they just want the "
        "orange segments at half time."
    ),
]

THREATS_EN: list[str] = [
    (
        "Councillor Brannigan lives on Orchard Close, number 14 I believe, the one with the blue "
        "Volvo. Only mentioning it. Folk can work out the rest."
    ),
    (
        "Funny how accidents happen to planning officers who ignore the village. Hope Mr Tasker "
        "watches his step on those icy stairs by the Guildhall."
    ),
    (
        "Awful pity it'd be, Mrs Pellow, if that nice new shopfront of yours got damaged. Glass "
        "is so fragile."
    ),
    (
        "I know which school the Hendry kids go to. Their dad should think very carefully before "
        "he signs off on that quarry."
    ),
    (
        "Tell Sergeant Whitlow his shift ends at 10 and the car park behind Lynch Street station "
        "is very dark. Just an observation."
    ),
    (
        "Aoife Carrick, author of this piece: we've all seen your car. Be a pity if you didn't "
        "make it home some night."
    ),
    (
        "Mayor Fenwick should bear in mind that people in this valley remember for years, and "
        "their reach is longer still. Nobody would see anything. Nobody ever does."
    ),
    (
        "Lovely photo of the developer's house in the article. Very recognisable. Hope his family "
        "sleeps well out there on Wyndham Lane, all alone."
    ),
    (
        "If that asylum hostel opens in Carrowmore, the first bus that pulls up will get bricks "
        "through every window, and the ones getting off too."
    ),
    (
        "Close our swimming pool and Councillor Dunstan had better avoid the Saturday market, cos "
        "he'll be leaving it in an ambulance."
    ),
    (
        "Should the judge let Tully walk again, someone will settle it the old way and I wouldn't "
        "blame them one bit."
    ),
    (
        "any cyclist who blocks me on Fairholme Road again is going under my wheels, i'm done "
        "braking for them"
    ),
    (
        "If the wind farm goes ahead, the engineers who come to survey Knockbarron will be sent "
        "home in pieces. Consider that a warning."
    ),
    (
        "Keep printing these lies about our club and your Kilmory office will get a visit from "
        "lads who don't bother with letters to the editor."
    ),
    (
        "Should that landlord evict one more family in Haddon Mews, he'll find out what a "
        "baseball bat feels like."
    ),
    (
        "After Friday's hearing I'm tracking down Gary Lomax and breaking his jaw. He can report "
        "that."
    ),
    (
        "The moment I catch that warden writing tickets outside my Eastfold shop, he's going to "
        "hospital, and I'm the one sending him there. Mark my words."
    ),
    "Coming for you, Councillor Rourke. I've got a knife and all the time in the world.",
    (
        "Monday morning I'm parking myself by the Brookhaven clinic doors, and that doctor will "
        "be limping for months."
    ),
    (
        "Somebody needs to haul Tom Beckwith off his sofa and kick him senseless in his own front "
        "garden. Who's in?"
    ),
    (
        "Everyone meet at the Red Lion Saturday night, we go round to the dealer at the end of "
        "Sutcliffe Terrace and batter him till he leaves town."
    ),
    (
        "Whoever spots Kenny Ardle in the park, hit him with whatever's to hand. The police can't "
        "be bothered with him so it's on us."
    ),
    (
        "Torch every last speed camera they've just put up along the Tullow road. Petrol's cheap "
        "enough."
    ),
    (
        "Tonight somebody ought to pay the Harbourside Developments site a visit and wreck each "
        "of their diggers."
    ),
    (
        "Wreck the phone mast on Gallows Hill before they switch it on. Bolt cutters, "
        "sledgehammers, whatever it takes."
    ),
]

LOOKALIKES_EN: list[str] = [
    (
        "This heat is absolutely killing me, 34 degrees in Wagga and the aircon at the library's "
        "packed it in."
    ),
    (
        "Could murder a curry after that match. Spice Garden on Lorne St still doing the "
        "two-for-Tuesday?"
    ),
    (
        "Our keeper got destroyed in the second half, three goals in ten minutes. Dundarrow "
        "United need a new back four."
    ),
    (
        "Read the court report: man jailed for threatening neighbours with a machete in Holloway "
        "Vale. Good, 4 years seems fair."
    ),
    (
        "Fire drill at Marlowe High this morning had the whole street wondering. Kids lined up on "
        "the rugby pitch in record time, apparently."
    ),
    (
        "Saw the new thriller at the Odeon. The villain stalks the family through the whole "
        "second act. Tense as anything, 4 stars."
    ),
    (
        "The old gasworks tower in Penhallow finally comes down Sunday at 8am with controlled "
        "explosives. Bring a flask and stand well back."
    ),
    (
        "Came back from a fortnight in Cornwall to find my sourdough starter dead. RIP Doughy "
        "McDoughface, gone far too young."
    ),
    (
        "We slaughtered Cragside 48-6 in the under-16s, absolute massacre, the boys were buzzing "
        "on the coach home."
    ),
    "Anyone else stay up till 3 trying to kill that final boss in Elden Ring? My wrists are shot.",
    (
        "Police say the stabbing in Granby Park last week was an isolated incident and a "
        "22-year-old has been charged."
    ),
    (
        "Chef tip: bash the chicken breast with a rolling pin till it's flat, then slice it into "
        "strips. Proper schnitzel."
    ),
    (
        "My wife will kill me if she finds out I've bought another fishing rod, so mum's the word "
        "lads."
    ),
    "That comedian at the Lyceum properly killed it on Thursday, had me wheezing into my pint.",
    (
        "Demolition crews will tear down the Ashgrove flats over three weeks; expect noise and "
        "dust on Wicklow Road."
    ),
    (
        "Crown Court heard the defendant planned to torch the warehouse for insurance money. Jury "
        "out till Thursday."
    ),
    (
        "Shoot the breeze, shoot some hoops: the new court at Pine Ridge Park is brilliant, well "
        "done the rec department."
    ),
    (
        "Our bridge club got annihilated by the Kirkby ladies again. They take no prisoners, "
        "those women."
    ),
    "That hill on the Killarney 10k nearly finished me off. I'll be back next year for revenge.",
    (
        "Bomb cyclone forecast for the Maritimes this weekend. Stock up, charge your phones, "
        "check on the neighbours."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
