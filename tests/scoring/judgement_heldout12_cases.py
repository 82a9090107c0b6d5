"""A twelfth held-out judgement table: German regional news comments, some English.

German 60 criticism, 60 group mentions, 100 threats, 60 look-alikes; English 20, 20, 25, 20.
Written by four writers, one per part (German criticism and group mentions; German threats;
German look-alikes; the English part), none of whom read anything in the repository. 96 cases
that shared a run of five words with the other tables, the suite, the threat tables, the
training templates or the written rows were reworded for the overlap alone (18 of them again by
the engineer, where the rewording had met other material), before any scorer was run on the
table. Kinds, and what the default policy should do: sharp but legitimate criticism and neutral
or friendly mentions of groups (counter-speech and negations included) are published; threats
and calls for violence are held; harmless look-alikes are published. German threats, in order:
veiled (1-30), conditional (31-55), direct (56-70), calls against people (71-85), calls against
property (86-100); English: veiled (1-8), conditional (9-15), direct (16-19), calls against
people (20-22), calls against property (23-25).

The writers were asked for the usual kinds and families, without example wordings and with no
steer towards any candidate. Every look at it is in the ledger of docs/candidates.md. Never
train on it, and do not use it to fit or tune rules, word lists or thresholds; otherwise it
stops being held out.
"""

from __future__ import annotations

from tests.scoring import judgement_tables

SHOULD_PUBLISH = judgement_tables.SHOULD_PUBLISH

CRITICISM_DE: list[str] = [
    (
        "Der Stadtrat hat es wieder geschafft: 4,2 Millionen Euro für eine Brücke, die seit drei "
        "Jahren gesperrt ist. Wer trägt dafür eigentlich die Verantwortung? Ich erwarte, dass "
        "Bürgermeister Kessler sich dazu endlich öffentlich erklärt."
    ),
    "Peinlich. Einfach nur peinlich, diese Baustellenplanung.",
    (
        "Wieso braucht das Bauamt in Lindenfeld 14 Monate für die Genehmigung eines Carports? "
        "Das ist keine Verwaltung mehr, das ist Arbeitsverweigerung auf Kosten der Steuerzahler."
    ),
    (
        "Rücktritt, Frau Dr. Behrens. Nach dem Debakel mit der Schulmensa gibt es nichts mehr zu "
        "erklären."
    ),
    (
        "Zum dritten Mal in zwei Jahren erhöhen die Stadtwerke die Preise und schreiben "
        "gleichzeitig Rekordgewinne. Wie soll man das den Leuten erklären, die jetzt schon jeden "
        "Euro zweimal umdrehen?"
    ),
    (
        "Tolle Idee, die Parkplätze in der Altstadt zu streichen, bevor es überhaupt einen "
        "funktionierenden Busverkehr gibt. Wirklich, Applaus. Wer im Rathaus denkt sich so was "
        "aus?"
    ),
    (
        "Sehr geehrte Redaktion, Ihr Artikel über die Haushaltsdebatte ist leider einseitig. Die "
        "Sichtweise der Opposition taucht in genau einem Satz auf. Das ist nicht der "
        "Journalismus, für den ich mein Abo bezahle."
    ),
    (
        "Schon wieder ein Gutachten für 80.000 €. Das Ergebnis hätte ihnen jeder Anwohner "
        "umsonst sagen können."
    ),
    (
        "Die Ampelphasen an der Kreuzung Bahnhofstraße/Ringweg sind eine Katastrophe. Morgens "
        "steht man 20 Minuten für 500 Meter. Hat da überhaupt mal jemand vom Verkehrsamt vor Ort "
        "nachgeschaut?"
    ),
    "Inkompetenz mit Ansage. Jeder wusste, dass das Hallenbad-Projekt aus dem Ruder läuft.",
    (
        "Jahrelang hat die CDU-Fraktion die Sanierung der Grundschule blockiert und stellt sich "
        "jetzt hin, als hätte sie das Problem entdeckt. An Scheinheiligkeit ist das kaum zu "
        "überbieten."
    ),
    (
        "Liebe Grüne im Kreistag, Radwege aufmalen ist schön und gut, aber wenn sie nach 200 "
        "Metern im Nichts enden, bringt das keinem was."
    ),
    (
        "Seit 2015 verspricht die SPD hier bezahlbaren Wohnraum. Gebaut wurden in der Zeit 37 "
        "Sozialwohnungen. Siebenunddreißig! Das ist ein Armutszeugnis."
    ),
    (
        "Warum dürfen die Bürger bei der Neugestaltung des Marktplatzes eigentlich nur noch "
        "zwischen zwei fertigen Entwürfen wählen? Das nennt man dann Bürgerbeteiligung? "
        "Lächerlich."
    ),
    (
        "Sechs Wochen kein Regionalexpress nach Hohenau, und der Ersatzbus fährt einmal pro "
        "Stunde. Danke, Deutsche Bahn. Für Pendler ist das eine einzige Zumutung."
    ),
    (
        "Ich kann über die Entscheidung des Ordnungsamts nur den Kopf schütteln. Ein Flohmarkt, "
        "den es seit 30 Jahren gibt, wird wegen fehlender Toiletten abgesagt?? Dann stellt halt "
        "zwei Dixis hin!"
    ),
    (
        "Herr Oberbürgermeister, Sie haben im Wahlkampf mehr Transparenz versprochen. Warum tagt "
        "der Ausschuss zur Krankenhausschließung dann nichtöffentlich?"
    ),
    (
        "Einen Bürgerentscheid einfach zu ignorieren, ist ein Skandal. Das gehört vor die "
        "Kommunalaufsicht."
    ),
    (
        "Dass die FDP jetzt ausgerechnet bei der Kita-Finanzierung sparen will, ist an "
        "Kurzsichtigkeit nicht zu überbieten."
    ),
    (
        "Vom Landratsamt kommt seit Wochen nur heise Luft. Wir Eltern warten immer noch auf eine "
        "Antwort zum Schulbus."
    ),
    (
        "Man fragt sich schon, ob im Planungsamt irgendjemand einen Stadtplan lesen kann. Die "
        "Umleitung führt direkt durch die nächste Baustelle 🙄"
    ),
    (
        "Seit wann ist es eigentlich normal, dass ein Vereinsheim 1,8 Mio kostet und dann "
        "trotzdem kein barrierefreier Zugang eingeplant ist? Schlampige Planung, Punkt."
    ),
    (
        "Der Vorstand des FC Grünwalde sollte geschlossen zurücktreten. Drei Trainer in nur "
        "einer Saison, Schulden beim Platzwart und keiner übernimmt Verantwortung."
    ),
    (
        "Seitenlange Berichte über das neue Einkaufszentrum, aber nirgends ein Wort dazu, dass "
        "der Investor gleichzeitig Anzeigenkunde dieser Zeitung ist. Wer da Böses denkt, ist "
        "natürlich ein Schelm."
    ),
    (
        "Ehrlich gesagt: Dümmer hätte man die Verlegung des Wochenmarkts nicht planen können. "
        "Der neue Platz hat keinen Schatten, keine Parkplätze und keinen Stromanschluss."
    ),
    (
        "Gebührenerhöhung bei der Müllabfuhr um 18 Prozent – und die Tonnen werden künftig bloß "
        "noch alle drei Wochen geleert. Geht's noch?"
    ),
    (
        "Ich habe Bürgermeisterin Albers gewählt. Nach dieser Amtszeit nie wieder. Nicht eine "
        "einzige Zusage wurde eingehalten."
    ),
    (
        "Der Gemeinderat sollte sich was schämen. Erst werden die Jugendzentren geschlossen und "
        "dann wundert man sich, dass die Jugendlichen abends am Bahnhof rumhängen."
    ),
    (
        "Wer hat denn bitte genehmigt, dass das Stadtfest genau auf das Abiturwochenende gelegt "
        "wird? Hat da keiner einen Kalender?"
    ),
    (
        "Unterirdisch, anders kann man das Krisenmanagement der Stadtverwaltung beim Hochwasser "
        "nicht nennen. Sirenen, die nicht funktionierten, eine Hotline, die dauerbesetzt war, "
        "und Sandsäcke, die erst nach dem Wasser kamen."
    ),
    (
        "Schimmel, kaputte Aufzüge, aber die Miete steigt pünktlich: So sieht es in den Häusern "
        "der städtischen Wohnungsbaugesellschaft in der Weststadt aus. Wo bleibt da die Aufsicht "
        "durch die Stadt?"
    ),
    "Typisch. Groß ankündigen, nix liefern.",
    (
        "Den Verantwortlichen für dieses Parkleitsystem würde ich am liebsten mal gehörig den "
        "Kopf waschen. 300.000 Euro, und die Anzeigen zeigen seit Monaten nur Striche."
    ),
    ("Das Verkehrskonzept gehört in die Tonne, und zwar komplett. Da hilft kein Nachbessern mehr."),
    (
        "Mit dieser Gebührenordnung schießt sich die Kreisverwaltung selbst ins Knie. Kein "
        "Gastronom wird unter diesen Bedingungen noch Außenbestuhlung anbieten."
    ),
    (
        "Hut ab, liebe Stadtverwaltung: Ihr habt es geschafft, dass man für einen neuen "
        "Personalausweis jetzt elf Wochen auf einen Termin wartet. Rekordverdächtig."
    ),
    (
        "Als langjähriger Leser bin ich enttäuscht, dass die Redaktion die Pressemitteilung der "
        "Stadt fast wörtlich übernommen hat. Kritische Nachfragen? Fehlanzeige."
    ),
    (
        "Unfassbar, wie die AfD-Fraktion im Stadtrat jede sachliche Debatte über den Haushalt "
        "torpediert, nur um Schlagzeilen zu produzieren. Damit ist keinem Bürger geholfen."
    ),
    (
        "Die Linke fordert mal wieder kostenlosen Nahverkehr für alle, ohne einen einzigen Satz "
        "zur Finanzierung. Das ist kein Konzept, das ist ein Wunschzettel."
    ),
    (
        "Zwei Wochen lang hat die Schulleitung des Gymnasiums am Schlossberg die Eltern nicht "
        "über den Asbestfund informiert. Das ist unverantwortlich, und ich erwarte Konsequenzen."
    ),
    (
        "warum wird die Sporthalle eigentlich schon wieder gesperrt?? Die wurde doch erst 2021 "
        "saniert. Da hat bei der Abnahme wohl jemand geschlafen."
    ),
    "Das Gesundheitsamt hat in dieser Sache komplett versagt. Anders kann man es nicht nennen.",
    (
        "An den Haaren herbeigezogen ist diese Begründung des Bauausschusses. Denkmalschutz gilt "
        "offenbar nur, solange kein Investor anklopft."
    ),
    (
        "Ich bin wirklich sauer. Seit 8 Monaten ist die Straßenlaterne vor unserem Haus kaputt, "
        "viermal gemeldet, viermal eine automatische Antwort. So behandelt man keine Bürger."
    ),
    (
        "Diese Entscheidung ist schlicht dumm. Man schließt doch nicht die einzige Notaufnahme "
        "im Landkreis, bevor die neue Klinik überhaupt gebaut ist."
    ),
    (
        "Der Energieversorger Nordwerk hat meine Abschlagszahlung ohne Begründung verdoppelt und "
        "ist telefonisch nicht erreichbar. Ich kann jedem nur raten, den Anbieter zu wechseln."
    ),
    (
        "Gratulation an den Kulturausschuss: Das Theater bekommt 12 % weniger Zuschuss, aber für "
        "den neuen Kreisverkehr mit Kunstinstallation war Geld da. Prioritäten muss man haben."
    ),
    (
        "Nicht jeder Kritiker ist ein Nörgler, Frau Bürgermeisterin. Es gibt berechtigte Fragen "
        "zur Vergabe des Bauauftrags, und die gehören beantwortet."
    ),
    (
        "Dass der Vertrag mit dem Busunternehmen ohne Ausschreibung verlängert wurde, stinkt zum "
        "Himmel. Das muss sich das Rechnungsprüfungsamt ansehen."
    ),
    (
        "Wer einen solchen Haushaltsentwurf vorlegt, hat entweder die Zahlen nicht verstanden "
        "oder will die Leute für dumm verkaufen. Beides disqualifiziert für das Amt des "
        "Kämmerers."
    ),
    (
        "Lieber Herr Landrat, man kann Probleme nicht aussitzen. Der Ärztemangel auf dem Land "
        "existiert, auch wenn Sie ihn in jeder Sitzung kleinreden."
    ),
    (
        "Komisch, dass der Blitzer immer dort steht, wo es nie kracht, während vor der "
        "Grundschule jeden Morgen gerast wird. Da geht es ums Abkassieren, nicht um Sicherheit."
    ),
    (
        "40 Jahre Mitglied im Schützenverein, aber was der Kreisverband jetzt bei den Beiträgen "
        "abzieht, ist eine Frechheit."
    ),
    (
        "Falsch geschriebener Stadtteilname, vertauschte Zahlen zur Einwohnerentwicklung – etwas "
        "mehr Sorgfalt bitte, liebe Redaktion, das ist eine Lokalzeitung!"
    ),
    (
        "Nach dem Chaos beim Weinfest sollte der Veranstalter ernsthaft über sein "
        "Sicherheitskonzept nachdenken. Zwei Stunden Schlange am Einlass, keine Wasserstationen, "
        "null Information."
    ),
    (
        "Sieben Wochen für einen einfachen Antrag, und dreimal werden dieselben Unterlagen "
        "verlangt. Dem Jobcenter fehlt es an allem, vor allem an Organisation."
    ),
    (
        "Jetzt also doch keine neue Gesamtschule. Erst Hoffnung machen und dann einknicken, "
        "sobald es Gegenwind gibt – politisch ist das einfach rückgratlos."
    ),
    (
        "15 Prozent mehr Aufwandsentschädigung für die Fraktionen, gleichzeitig Kürzungen bei "
        "den Vereinen. Und da wundert man sich noch über Politikverdrossenheit?"
    ),
    (
        "Ganz ehrlich, das Konzept zur Innenstadtbelebung liest sich, als hätte es eine "
        "Werbeagentur geschrieben, die noch nie in Bad Kellhausen war. Mit Blumenkübeln versetzt "
        "man dem Leerstand nicht den Todesstoß, höchstens der eigenen Glaubwürdigkeit."
    ),
    (
        "Den Verkehrsplaner würd ich gern mal eine Woche mit Kinderwagen durch die Südstadt "
        "schicken. Dann wüsste er, was abgesenkte Bordsteine wert sind."
    ),
]

MINORITIES_DE: list[str] = [
    (
        "Schön, dass der CSD dieses Jahr auch in unserer Kleinstadt stattfindet. Meine Tochter "
        "und ihre Frau waren dabei und haben erzählt, wie herzlich die Stimmung am Marktplatz "
        "war."
    ),
    (
        "Mein Nachbar und dessen Mann organisieren seit Jahren das Straßenfest in der "
        "Lindenallee. Ohne die beiden wäre hier deutlich weniger los."
    ),
    (
        "Wer hier schreibt, Homosexualität sei „ansteckend“, hat im Biologieunterricht offenbar "
        "nicht aufgepasst. Schwule und Lesben sind ganz normale Nachbarn, Kolleginnen und "
        "Vereinsmitglieder."
    ),
    (
        "Dass der Handballverein jetzt offiziell eine Ansprechperson für queere Spielerinnen und "
        "Spieler hat, finde ich richtig gut. Sport soll für alle da sein."
    ),
    (
        "Als lesbische Lehrerin habe ich lange überlegt, ob ich mich im Kollegium oute. Die "
        "Reaktionen waren durchweg positiv – vor 20 Jahren hätte ich mir das nicht träumen "
        "lassen."
    ),
    (
        "Über den Artikel zur trans Frau, die jetzt die Freiwillige Feuerwehr in Oberbach "
        "leitet, habe ich mich sehr gefreut. Kompetenz ist das, was zählt."
    ),
    (
        "Trans Menschen wollen einfach in Ruhe leben, arbeiten und zum Bäcker gehen wie alle "
        "anderen auch. Ich verstehe nicht, warum darüber so erbittert gestritten wird."
    ),
    (
        "Mein Sohn ist trans. An der Realschule hat ihn seine Klassenlehrerin enorm unterstützt. "
        "Danke dafür, das ist nicht selbstverständlich."
    ),
    (
        "Zur Debatte über das Selbstbestimmungsgesetz: Man kann über Details der Umsetzung "
        "sachlich streiten, ohne trans Personen pauschal etwas Böses zu unterstellen."
    ),
    (
        "Gute Sache, dass die Beratungsstelle nun zusätzlich eine Sprechstunde für nicht-binäre "
        "und trans Jugendliche anbietet. Gerade auf dem Land gibt es so was viel zu selten."
    ),
    (
        "Beim Tag der offenen Moschee in der Hafenstraße war ich zum ersten Mal drin. Sehr "
        "freundlicher Empfang, Tee und Gebäck und viele ehrliche Gespräche."
    ),
    (
        "Die muslimische Gemeinde hat während des Hochwassers tagelang Essen für die Helfer "
        "gekocht. Davon sollte in den Kommentaren hier auch mal die Rede sein."
    ),
    (
        "„Die Muslime wollen sich nicht integrieren“ – diesen Satz lese ich hier ständig. Meine "
        "Zahnärztin, mein Fußballtrainer und die Hälfte des Elternbeirats sind Muslime. So viel "
        "dazu."
    ),
    (
        "Ramadan-Fastenbrechen auf dem Rathausplatz, und Christen, Muslime und Konfessionslose "
        "sitzen an einem Tisch. So stelle ich mir unsere Stadt vor."
    ),
    (
        "Ich finde es schade, dass der Gebetsraum im Gewerbegebiet jetzt an Parkplatzfragen "
        "scheitern soll. Die Gemeinde sucht seit zehn Jahren eine Lösung, da sollte die Stadt "
        "konstruktiver sein."
    ),
    (
        "Die Stolpersteinverlegung in der Gartenstraße hat mich sehr berührt. Die Namen der "
        "jüdischen Familie Rosenthal stehen jetzt wieder dort, wo sie gelebt hat."
    ),
    (
        "Jüdisches Leben ist Teil unserer Stadt, und zwar nicht nur in den Geschichtsbüchern. "
        "Toll, dass das Kulturfestival das so deutlich zeigt."
    ),
    (
        "Wer „Juden haben zu viel Einfluss“ schreibt, verbreitet ein uraltes antisemitisches "
        "Klischee. Dem muss man klar widersprechen, auch hier in den Kommentaren."
    ),
    (
        "Dass vor der Synagoge immer noch Polizei stehen muss, macht mich traurig. Jüdische "
        "Mitbürgerinnen und Mitbürger sollten ohne Angst zum Gottesdienst gehen können."
    ),
    (
        "Wir sind mit den Kindern zum Chanukka-Lichterzünden am Marktplatz gegangen. Der "
        "Rabbiner hat so anschaulich erklärt, was das Fest bedeutet – die Kleinen waren "
        "begeistert."
    ),
    (
        "Seit Jahren betreibt die evangelische Kirchengemeinde die Tafel im Nordviertel, "
        "ehrenamtlich und ohne großes Aufheben. Großen Respekt dafür."
    ),
    (
        "Gläubig bin ich selbst nicht, aber das Adventskonzert in der katholischen Kirche war "
        "wunderschön. Danke an den Chor!"
    ),
    (
        "Immer weniger Christen gibt es in unserer Gemeinde, aber die, die noch da sind, tragen "
        "den Seniorentreff und die Hausaufgabenhilfe. Das sollte man ruhig mal würdigen."
    ),
    (
        "Schade, dass die Stadt die Zuschüsse für die Kirchenrenovierung streicht. Man muss "
        "nicht religiös sein, um zu sehen, dass St. Martin ein Wahrzeichen ist."
    ),
    (
        "Eine orthodoxe Gemeinde aus Eritrea feiert ihre Gottesdienste jetzt in der "
        "Friedhofskapelle. Gut, dass die Kirchen hier so zusammenrücken."
    ),
    (
        "Ahmad, der 2015 aus Syrien zu uns kam, hat gerade seine Meisterprüfung als Elektriker "
        "bestanden. Unser ganzer Betrieb ist stolz auf ihn."
    ),
    (
        "„Flüchtlinge bekommen alles geschenkt“ – nein. Wer einmal einen Asylbewerber zu "
        "Behördenterminen begleitet hat, weiß, wie mühsam das ist."
    ),
    (
        "Die Unterbringung in der Turnhalle ist weder für die Geflüchteten noch für die "
        "Schulvereine eine gute Lösung. Der Landkreis muss endlich richtige Wohnungen schaffen."
    ),
    (
        "Seit einem Jahr wohnen zwei ukrainische Familien im Pfarrhaus, und inzwischen helfen "
        "sie bei jeder Veranstaltung im Dorf mit. Schön zu sehen, wie schnell man "
        "zusammenwächst."
    ),
    (
        "Der Helferkreis Sonnenberg sucht noch Ehrenamtliche für Deutschkurse. Wer zwei Stunden "
        "pro Woche übrig hat: Es lohnt sich wirklich, ich mache das seit drei Jahren."
    ),
    (
        "Ohne die Pflegekräfte aus Indien und von den Philippinen wäre unser Seniorenheim längst "
        "geschlossen. Danke, dass ihr hier seid."
    ),
    (
        "Meine Eltern kamen 1969 aus der Türkei nach Gelsendorf, um im Walzwerk zu arbeiten. "
        "Heute führen meine Schwester und ich die Apotheke am Markt. Auch das ist eine "
        "Geschichte dieser Stadt."
    ),
    (
        "Das neue vietnamesische Restaurant in der Kirchgasse ist eine echte Bereicherung. "
        "Familie Nguyen ist so herzlich, da geht man gern wieder hin."
    ),
    (
        "60 Jahre italienischer Kulturverein! Wer hat die Eisdielen und Pizzerien hier "
        "eigentlich nicht im Herzen?"
    ),
    (
        "Monatelange Wartezeiten bei der Ausländerbehörde sind für die Fachkräfte aus Brasilien "
        "und Marokko in unseren Betrieben eine echte Belastung. Das Amt muss dringend Personal "
        "aufstocken."
    ),
    (
        "Das Gedenken am Mahnmal für die ermordeten Roma und Sinti war würdevoll. Gut, dass auch "
        "so viele Schulklassen dabei waren."
    ),
    (
        "Wenn in Kommentaren Sinti und Roma pauschal als kriminell dargestellt werden, ist das "
        "schlicht Rassismus. Familie Weiß lebt schon seit Generationen hier bei uns im Viertel "
        "und gehört genauso hierher wie ich."
    ),
    (
        "Beste Stimmung des ganzen Abends beim Stadtfest: das Sinti-Jazzensemble aus "
        "Wendelstein. Bitte nächstes Jahr wieder einladen!"
    ),
    (
        "Ein Bekannter von mir ist Rom und arbeitet als Sozialarbeiter. Er erzählt, dass viele "
        "erst mal staunen, wenn sie erfahren, woher seine Familie kommt. Vorurteile sitzen "
        "leider tief."
    ),
    (
        "Richtig, dass die Stadt die Ausstellung über die regionale Geschichte der Sinti zeigt. "
        "Darüber wissen die meisten viel zu wenig."
    ),
    (
        "In Nordheim geboren, Schwarz, und trotzdem werde ich ständig gefragt, woher ich "
        "„wirklich“ komme. Die Antwort ist: aus Nordheim."
    ),
    (
        "Der Artikel über die Schwarze Unternehmerin, die die Kaffeerösterei am Hafen übernommen "
        "hat, war toll. Mehr davon!"
    ),
    (
        "Dass Schwarze Menschen seit Jahrhunderten Teil der deutschen Geschichte sind, wissen "
        "viele nicht. Der Vortrag in der Stadtbibliothek war deshalb sehr aufschlussreich."
    ),
    (
        "Unser Torwart ist Schwarzer Deutscher und seit Jahren der Rückhalt der Mannschaft. Dass "
        "er bei Auswärtsspielen rassistisch beleidigt wird, darf kein Verein dulden."
    ),
    (
        "Endlich gibt es in der Kinderbuchabteilung der Bücherei mehr Geschichten mit Schwarzen "
        "Hauptfiguren. Meine Kinder finden sich jetzt auch mal in Büchern wieder."
    ),
    (
        "Als Rollstuhlfahrer bin ich froh, dass es am Bahnhof jetzt einen neuen Aufzug gibt. Nun "
        "fehlen nur noch abgesenkte Bordsteine in der Altstadt."
    ),
    (
        "Großartige Aufführung der inklusiven Theatergruppe der Lebenshilfe! Am Ende stand der "
        "ganze Saal."
    ),
    (
        "Menschen mit Behinderung stellen keine „Belastung“ für den Haushalt dar, sondern sind "
        "Bürgerinnen und Bürger mit denselben Rechten. Wer barrierefreie Umbauten als Luxus "
        "bezeichnet, hat das nicht verstanden."
    ),
    (
        "Mein Bruder, der das Down-Syndrom hat, arbeitet seit zwölf Jahren bei der Gärtnerei am "
        "Stadtrand. Laut seinem Chef ist er der zuverlässigste Mitarbeiter, den sie haben."
    ),
    (
        "Gehörlose werden bei Bürgerversammlungen immer noch vergessen. Ein "
        "Gebärdensprachdolmetscher sollte selbstverständlich sein."
    ),
    "Zum ersten Mal hat unser Dorf eine Bürgermeisterin. Es wurde auch Zeit!",
    (
        "Frauenfußball in der Kreisliga wird endlich mal in der Zeitung erwähnt. Die Mädels vom "
        "SV Eichtal haben das Derby souverän gewonen."
    ),
    (
        "„Frauen haben am Herd zu stehen“ hat jemand unter den Artikel über die neue Chefärztin "
        "geschrieben. Was für ein Unsinn – sie ist eine der besten Unfallchirurginnen im ganzen "
        "Land."
    ),
    (
        "Mehr Plätze im Frauenhaus sind gut, aber 6 zusätzliche Plätze für den ganzen Landkreis "
        "reichen hinten und vorne nicht."
    ),
    (
        "Meine Oma saß 1972 als eine der ersten Frauen im Gemeinderat. Sie hätte sich über die "
        "vielen jungen Kandidatinnen auf der Liste riesig gefreut."
    ),
    (
        "Die Senioren aus dem Begegnungszentrum, die den Schülern jetzt Nachhilfe in Mathe "
        "geben, sind einfach klasse. Alt und Jung lernen voneinander, genau so soll es sein."
    ),
    (
        "Ältere Menschen sind nicht „zu langsam“ für die Digitalisierung. Meine Mutter ist 81 "
        "und macht ihre Überweisungen per App – man muss es nur vernünftig erklären."
    ),
    (
        "Wer die Bankfiliale im Dorf schließt, lässt vor allem die älteren Leute ohne Auto im "
        "Stich. Die Sparkasse sollte wenigstens einen mobilen Service anbieten."
    ),
    (
        "Herzlichen Glückwunsch an Frau Hildegard Brenner zum 100. Geburtstag! Dass sie immer "
        "noch jeden Morgen diese Zeitung liest, finde ich großartig."
    ),
    (
        "Hut ab vor der Rentnergang vom Kleingartenverein: Die haben die verwilderte Fläche "
        "hinter der Schule in einen Gemeinschaftsgarten verwandelt. So viel Energie hätte ich "
        "gern mit 75!"
    ),
]

THREATS_DE: list[str] = [
    (
        "Herr Kleinschmidt, Ihr Haus am Lerchenweg hat so einen schönen Vorgarten. Bedauerlich "
        "wäre es, wenn dem mal etwas zustößt."
    ),
    (
        "Ich weiß, dass deine Tochter jeden Dienstag um halb vier allein aus der Musikschule "
        "kommt. Nur so zur Info, Frau Stadträtin."
    ),
    (
        "Der Bauleiter vom Neubaugebiet Am Mühlbach parkt seinen schwarzen Passat immer in der "
        "Tiefgarage, Ebene 2, ganz hinten. Man sieht sich."
    ),
    (
        "grüßen sie ihre frau und die beiden kleinen von uns herr wendlinger. wir wissen wo die "
        "schule ist"
    ),
    (
        "Joggen Sie ruhig weiter jeden Morgen um sechs am Kanal entlang, Herr Oberbürgermeister. "
        "Da ist es so schön einsam."
    ),
    (
        "Die Redakteurin, die diesen Artikel verbrochen hat, lebt übrigens in der Gartenstraße "
        "14, zweiter Stock. Vielleicht sollte man ihr mal einen Besuch abstatten."
    ),
    (
        "Das Jugendzentrum in Niederbrück dichtmachen und sich dann nachts noch sicher fühlen? "
        "Das klappt nicht, Herr Dezernent. Gut gemeinter Rat."
    ),
    (
        "Wir haben uns das Kennzeichen vom Schiri aufgeschrieben. Der fährt nicht ewig "
        "unbehelligt nach Hause."
    ),
    (
        "Frau Brandtner, Sie werden den Tag noch bereuen, an dem Sie meinen Sohn von der Schule "
        "geworfen haben. Ich vergesse nichts, und Ihre Adresse kenne ich auch."
    ),
    (
        "Osterkamp, Ihre Privatadresse ist kein Geheimnis mehr. Wir kommen bald vorbei, alle "
        "zusammen, und nicht zum Kaffeetrinken."
    ),
    (
        "Tick tack, Herr Bauamtsleiter. Irgendwann sind Sie abends mal ganz allein auf dem "
        "Parkplatz."
    ),
    (
        "Ihre Kinder spielen ja gern auf dem Spielplatz hinter der Kirche. Passen Sie gut auf "
        "die auf, Frau Gemeinderätin, man weiß nie, wer dort so herumläuft."
    ),
    (
        "Der Typ vom Ordnungsamt der mir den Strafzettel verpasst hat: blaue Jacke, Glatze, "
        "wohnt in Altenhagen-Süd. Hab ihn gefunden. Er wird mich auch bald kennenlernen."
    ),
    (
        "Ab heute wird dieser Tierquäler vom Hof Mertens keine Nacht mehr ruhig schlafen. Darum "
        "kümmern wir uns persönlich."
    ),
    (
        "Sagt dem Stadtrat Hofmeister, er soll sich seine Haustür genau anschauen, bevor er "
        "morgens rausgeht. Und unter sein Auto auch."
    ),
    "d31n3 4dr3ss3 k3nn3n w1r h0fme1ster. b1s b4ld",
    (
        "Die Frau vom Sozialamt fährt jeden Abend mit dem Rad über die unbeleuchtete Brücke am "
        "Güterbahnhof. Nur mal so erwähnt, falls es jemanden interessiert."
    ),
    (
        "Grüß Gott, Herr Pfarrer Lindner. Wir haben genau gesehen, wann Sie die Sakristei "
        "abschließen. Ganz allein. Jeden Donnerstag."
    ),
    (
        "Ich hab Fotos gemacht: dein Haus, dein Auto, der Kinderwagen im Flur. Überleg dir "
        "genau, was du nächste Woche im Bauausschuss sagst."
    ),
    "Bald wird es in der Fritz-Reuter-Straße 7 sehr still sein. Für immer.",
    (
        "Unser Vereinsheim an den Investor verkaufen? Dann wundert euch nicht, wie lang so ein "
        "Winter werden kann. Grüße an den Vorstand, wir kennen eure Heimwege."
    ),
    (
        "Der Herr Journalist sollte sich überlegen, ob sein Hund abends noch allein im Garten "
        "bleiben sollte. Und ob er selbst noch allein zum Briefkasten geht."
    ),
    (
        "Die Praxis schließt um 18 Uhr, Herr Dr. Schönfelder, und Sie gehen immer als Letzter. "
        "Wir warten geduldig."
    ),
    (
        "mal sehen wie lange die familie vom bürgermeister noch so ruhig einkaufen gehen kann... "
        "edeka samstagmorgen, stimmts?"
    ),
    (
        "Im alten Schwesternheim werden die neuen Bewohner nicht lange bleiben. Die merken schon "
        "noch, dass sie hier unerwünscht sind, spätestens wenn es dunkel wird."
    ),
    (
        "Sie haben eine reizende Enkelin, Frau Landrätin. Kommt sie immer noch mittwochs mit dem "
        "Bus zu Besuch? Wir sehen sie jedes Mal."
    ),
    (
        "Irgendwann hat jeder mal einen schlechten Tag. Ihrer kommt bald, Herr Kämmerer, wir "
        "haben ihn schon im Kalender eingetragen."
    ),
    (
        "Vorsitzender Pohl vom TSV: Kennzeichen AH-KP 412, Garagentor grün, Licht geht um 23 Uhr "
        "aus. Noch Fragen?"
    ),
    (
        "D e r  B a u l ö w e  K r a n z  s o l l t e  g u t  s c h l a f e n ,  s o l a n g e  "
        "e r  n o c h  k a n n"
    ),
    (
        "Ich habe Zeit. Jede Menge Zeit. Und mir ist bekannt, in welchen Kindergarten Ihr "
        "Jüngster geht, Herr Hausverwalter."
    ),
    (
        "Schließt der Gemeinderat die Grundschule in Oberweiler, dann brennt beim Schulrat das "
        "Haus, und er sitzt drin. Versprochen."
    ),
    (
        "Sollte der Windpark tatsächlich gebaut werden, wacht der erste Monteur, der sein Gerät "
        "auf unseren Acker stellt, im Krankenhaus auf."
    ),
    "Noch eine Mieterhöhung, Osterkamp, und du sammelst deine Zähne vom Gehweg auf.",
    (
        "wenn die den spielplatz für parkplätze plattmachen dann gibts auf die fresse für jeden "
        "der da mit nem bagger ankommt"
    ),
    (
        "Pfeift der Schiedsrichter am Samstag wieder wie beim letzten Mal, verlässt er den Platz "
        "nicht unversehrt. Das wissen alle im Dorf."
    ),
    (
        "Wird der Hund von den Bergers noch einmal auf meinem Grundstück erwischt, vergifte ich "
        "ihn, und danach kümmere ich mich um die Bergers selbst."
    ),
    "Sobald der Bebauungsplan durch ist, ist der Bauunternehmer Wendlinger ein toter Mann.",
    (
        "Macht das Tierheim Lindenau wirklich dicht, dann bekommt der zuständige Dezernent "
        "Besuch von uns, und danach kann er nicht mehr laufen."
    ),
    (
        "Mein Kind kommt noch ein einziges Mal wegen diesem Lehrer weinend nach Hause, und ich "
        "schlag ihm vor der ganzen Klasse die Nase ein."
    ),
    (
        "Kommt die Blitzersäule an der B27 wieder, dann schnappen wir uns den Typen, der sie "
        "aufstellt, und der landet im Graben."
    ),
    (
        "Druckt diese Redaktion meinen Namen noch einmal ab, wird euer Reporter die nächste "
        "Schlagzeile selbst sein, und zwar auf der Seite mit den Todesanzeigen."
    ),
    (
        "Ziehen die Flüchtlinge wirklich in die Turnhalle dann machen wir die nacht zum tag und "
        "keiner von denen schläft mehr ruhig, dafür sorgen wir mit baseballschlägern"
    ),
    (
        "Kriegt mein Sohn den Kitaplatz wieder nicht, steh ich mit nem Messer im Jugendamt. Dann "
        "wird mir endlich mal zugehört."
    ),
    (
        "Setzt der Bürgermeister seine Unterschrift unter den Investorenvertrag, wird er das "
        "nicht lange überleben. Das meine ich bitterernst."
    ),
    (
        "Blockiert ihr uns morgen bei der Demo gegen die Umgehungsstraße, werdet ihr überfahren. "
        "wir bremsen nicht"
    ),
    (
        "Solange die Linie 4 nicht wieder nach Hohenfeld fährt, sollten sich die Busfahrer auf "
        "was gefasst machen. Jeder Bus, der durchrauscht, kriegt Steine durch die Scheibe, und "
        "der Fahrer gleich mit."
    ),
    "Falls die Kitagebühren nochmal steigen zünd ich das Rathaus an, mit dem Kämmerer drin!!",
    (
        "Räumt der Nachbar sein Baugerüst nicht bis Freitag von meiner Einfahrt, kriegt er eine "
        "Tracht Prügel, an die er sich bis ans Lebensende erinnert."
    ),
    (
        "Fällt die alte Linde auf dem Marktplatz, dann fällt auch der Herr Baudezernent. So "
        "einfach ist das."
    ),
    (
        "Gibt der Verein unserem Trainer die Kündigung, lernt Präsident Meißner mal, wie sich "
        "eine gebrochene Kniescheibe anfühlt."
    ),
    "filiale zu? dann gibts für den filialleiter k4putt3 kn0ch3n. merkt euch das sparkasse",
    (
        "Verteilt die Politesse noch einen einzigen Strafzettel vor meiner Haustür, knall ich "
        "sie ab, das schwör ich."
    ),
    (
        "Stehen am Montag tatsächlich die Abrissbagger vor dem Jugendhaus, gehen einige von den "
        "Arbeitern mit Knochenbrüchen nach Hause."
    ),
    (
        "Bleibt das Freibad diesen Sommer zu, dann schwimmt der Bäderchef eben im Stadtweiher. "
        "Mit Steinen an die Füße gebunden."
    ),
    (
        "Steht auch nur ein Windrad am Hohen Kopf, jag ich den Projektleiter mit der "
        "Schrotflinte über die Felder."
    ),
    ("Ich bring dich um, Hofmeister. Du hast unser Viertel verkauft und dafür wirst du bezahlen."),
    (
        "Diesen Schiedsrichter vom SV Kornfeld find ich und prügel ihn so zusammen, dass er nie "
        "wieder eine Pfeife halten kann."
    ),
    (
        "ich stech den vermieter ab der hat mir die wohnung gekündigt obwohl ich immer pünktlich "
        "gezahlt hab"
    ),
    ("Den Schulleiter vom Gymnasium am Wall werde ich eigenhändig erwürgen, sobald ich ihn sehe."),
    (
        "Morgen auf dem Wochenmarkt schlag ich dem Typen vom Bauamt die Fresse ein. Der sollte "
        "sich vorsorglich einen Termin beim Zahnarzt besorgen."
    ),
    (
        "Frau Albers, ich werde Sie persönlich aufsuchen und Ihnen richtig wehtun. Verlassen Sie "
        "sich drauf."
    ),
    "I C H  K N A L L  D E N  B Ü R G E R M E I S T E R  A B",
    (
        "Den Radfahrer, der mir gestern auf der Hauptstraße den Spiegel abgetreten hat, fahr ich "
        "beim nächsten Mal einfach um. Mit Absicht."
    ),
    ("Kaltmachen werd ich diesen Tierhändler aus Gerolfing, der hat die Welpen verrecken lassen."),
    (
        "Jeden Knochen einzeln werde ich dem Vorsitzenden vom Kleingartenverein brechen, das "
        "wird er bereuen."
    ),
    (
        "Heute Abend nach der Ratssitzung pass ich Stadtrat Jürgensen vor dem Rathaus ab und "
        "dann gibts richtig Prügel"
    ),
    "1ch m4ch d1ch f3rt1g kr4nz, du b1st t0t",
    (
        "Dem Realschul-Hausmeister jag ich eine Kugel durch die Stirn, das Gewehr liegt schon "
        "bereit."
    ),
    (
        "Die Polizistin von der Verkehrskontrolle am Nordring erschlag ich noch, die weiß gar "
        "nicht, mit wem sie sich angelegt hat."
    ),
    (
        "Mit meinen eigenen Händen bring ich den Investor um, der die Siedlung abreißen lässt. "
        "Und lachen werde ich dabei auch noch."
    ),
    (
        "Leute, am Samstag treffen wir uns alle vor dem Haus von Stadtrat Hofmeister und prügeln "
        "ihn aus dem Ort!"
    ),
    (
        "Jagt die Zugezogenen aus dem Neubaugebiet raus, mit Gewalt wenns sein muss, die gehören "
        "nicht nach Kornfeld!"
    ),
    "Dem Bürgermeister sollte endlich mal jemand eine Kugel verpassen. Freiwillige vor!",
    "schlagt den schiri tot!!! der hat uns um den aufstieg betrogen",
    (
        "Wer in Niederbrück noch Mumm hat, geht heute Nacht zur Unterkunft am Bahnhof und zeigt "
        "den Bewohnern mit Knüppeln, wo es langgeht."
    ),
    (
        "Alle Eltern der 4b: Nach dem Elternabend schnappen wir uns den Mathelehrer auf dem "
        "Parkplatz und geben ihm eine Abreibung. Kommt zahlreich!"
    ),
    (
        "Höchste Zeit, dass jemand dem Wendlinger die Beine bricht. Leute, der hat es verdient, "
        "macht ihn platt."
    ),
    (
        "Man muss diese Klimakleber von der Kreuzung prügeln, bis keiner von denen sich mehr "
        "rührt. Los, wer macht mit?"
    ),
    (
        "Holt euch den Tierquäler Mertens und macht mit ihm genau das, was er mit den Hunden "
        "gemacht hat. Er soll genauso leiden."
    ),
    "Ich sag nur: Steine, Latten, Stadtrat. Wer ihn sieht, haut drauf.",
    (
        "Morgen 20 Uhr am Spielplatz Lindenhof, bringt was zum Zuschlagen mit: Die Dealer und "
        "ihre Familien werden aus unserem Viertel geprügelt."
    ),
    (
        "tretet dem fraktionschef krüger ordentlich in die fresse wenn er am infostand steht das "
        "ist das einzige was der noch versteht"
    ),
    "M a c h t  d e n  V e r m i e t e r  k a l t",
    (
        "Bürger von Altenhagen, wehrt euch! Die Leute vom Ordnungsamt gehören verdroschen, jeder "
        "einzelne, bis sich keiner von denen mehr auf die Straße traut."
    ),
    (
        "Raus mit dem Pack aus dem besetzten Haus in der Weststadt, notfalls mit Gewalt. "
        "Treffpunkt heute 22 Uhr, Baseballschläger nicht vergessen."
    ),
    "Legt Feuer im Rathaus, dann haben die Bonzen endlich mal was zu tun.",
    (
        "Heute Nacht alle zur Baustelle am Mühlbach und die Bagger kaputtschlagen, Scheiben, "
        "Schläuche, alles!"
    ),
    "Jeden Blitzer an der B27 abfackeln, jeden einzelnen. Wer hat Benzin?",
    (
        "schmeißt dem wendlinger die scheiben vom büro ein und sprüht die fassade voll der hats "
        "verdient"
    ),
    (
        "Der Neubau vom Investor soll brennen, bevor da auch nur ein Mieter einzieht. Ich sag "
        "nur: Molotow."
    ),
    (
        "Farbe, Steine, was ihr habt: Jedes Wahlkreisbüro von denen im Landkreis muss kaputt, "
        "und zwar diese Woche noch."
    ),
    (
        "Zerstecht allen SUVs im Villenviertel die Reifen und zerkratzt den Lack, bis keiner "
        "mehr heil ist!"
    ),
    (
        "Das Redaktionsgebäude von diesem Käseblatt gehört abgebrannt. Adresse steht im "
        "Impressum, viel Spaß."
    ),
    "Steine auf die Streifenwagen beim Derby am Sonntag, wir lassen keinen Polizeiwagen heil!",
    (
        "A b f a c k e l n ,  d a s  n e u e  S p a ß b a d  v o n  d e m  K o r r u p t i - B ü "
        "r g e r m e i s t e r"
    ),
    (
        "Reißt die Windräder am Hohen Kopf ein, zerschneidet die Kabel, legt die Dinger lahm. "
        "Die Polizei kommt da eh nicht hoch."
    ),
    (
        "Vereinsheim vom FC Blau-Weiß in Flammen setzen, dann hat der Derby-Betrug endlich ein "
        "Ende!!"
    ),
    (
        "Jobcenter Altenhagen: Scheiben einschmeißen, alle. Gute Steine liegen an der Baustelle "
        "nebenan."
    ),
    (
        "schüttet zucker in die baufahrzeuge am schulneubau, in jeden tank, und schlitzt die "
        "planen auf dann hat der lärm ein ende"
    ),
    (
        "Anzünden, bevor der erste einzieht! Das Asylheim, das in der alten Kaserne geplant ist, "
        "darf nie fertig werden."
    ),
]

LOOKALIKES_DE: list[str] = [
    (
        "Abgeschlachtet hat der FC Bodenwerder die Gäste gestern, 6:0! So eine Vorführung hab "
        "ich im Waldstadion lange nicht gesehen."
    ),
    (
        "Unser Torwart Lenny Hartmann war eine Wand, da kam keiner durch. Nächste Woche machen "
        "wir Kirchberg fertig!"
    ),
    (
        "Wer beim Derby in Oberzell die Abwehr so weit aufmacht, wird eben eiskalt ausgekontert "
        "und hingerichtet. Sportlich völlig verdient."
    ),
    (
        "Respekt an Trainerin Meike Brandt: Ihre Handballerinnen haben in der Sporthalle Nord "
        "den Gegner in Halbzeit zwei komplett zerlegt."
    ),
    ("Morgen wird gekillt – am Netz, beim Volleyball-Turnier in Lindenau. Drückt uns die Daumen!"),
    (
        "Gut, dass der Messerangreifer vom Bahnhofsplatz jetzt verurteilt ist. Die Strafkammer "
        "in Landshut hat da sauber gearbeitet."
    ),
    (
        "Fünf Jahre für den Einbrecher aus Hohenfels finde ich angemessen, auch wenn manche hier "
        "nach härteren Strafen schreien. Das entscheidet zum Glück das Gericht und nicht die "
        "Kommentarspalte."
    ),
    (
        "Zwei Straßen weiter von dem Haus, wo der Überfall war, wohne ich selbst. Schlimm für "
        "die Familie, hoffentlich erholen sie sich bald."
    ),
    ("Ehrlich gesagt beruhigt es mich sehr, dass die Polizei den Täter so schnell geschnappt hat."),
    (
        "Lebenslang für den Mörder der Rentnerin aus Altdorf – hart, aber gerecht. Meine "
        "Gedanken sind bei den Angehörigen."
    ),
    (
        "Am 9. November stehen wir wieder an der Gedenktafel in der Synagogenstraße. Wer "
        "mitkommen will: 18 Uhr, gern eine Kerze mitbringen."
    ),
    (
        "Mein Opa hat häufig davon erzählt, wie Pforzheim im Februar 1945 in einer Nacht "
        "zerbombt wurde. Solche Artikel sind wichtig, damit das nie vergessen wird."
    ),
    (
        "Die Ausstellung im Stadtmuseum über den Bauernkrieg zeigt ziemlich drastisch, wie "
        "damals Aufständische gehängt und geköpft wurden. Sehr eindrücklich, gerade für "
        "Schulklassen."
    ),
    (
        "Hexen wurden früher auf unserem Marktplatz verbrannt? Wusste ich nicht. Gut, dass jetzt "
        "eine Gedenkstele an die Opfer erinnert."
    ),
    (
        "Danke für die Serie über die Stolpersteine in Weißenburg. Hinter jedem Namen steht ein "
        "ermordeter Mensch aus unserer Nachbarschaft."
    ),
    (
        "Im neuen Eifel-Krimi von Anke Sommerfeld liegt der Bürgermeister schon auf Seite 12 tot "
        "im Weiher – und ich hab bis zum Schluss nicht erraten, wer's war!"
    ),
    (
        "So viel Theaterblut wie bei der Macbeth-Inszenierung am Stadttheater Gießen hab ich "
        "noch nie gesehen. Absolut sehenswert, Karten gibt's noch für Freitag."
    ),
    (
        "Die ganze Nacht Zombies abgeknallt hat mein Sohn in seinem neuen Konsolenspiel, und "
        "heute in der Schule ist er natürlich todmüde."
    ),
    (
        "Nach zehn Minuten Tatort war mir klar: Der Gärtner hat den Nachbarn vergiftet. Trotzdem "
        "spannend gemacht."
    ),
    (
        "Bei den Karl-May-Spielen wird wieder geschossen, was das Zeug hält, und am Ende stirbt "
        "der Schurke im Pulverdampf. Die Kinder waren begeistert."
    ),
    (
        "Jäger Friedhelm hat heute früh am Waldrand einen Keiler erlegt, am Samstag gibt's "
        "Wildschweinbraten im Vereinsheim."
    ),
    (
        "Nächste Woche wird bei uns am Hof wieder geschlachtet. Wer Hausmacher Leberwurst will, "
        "bitte bis Freitag bei Bäuerin Gerda melden."
    ),
    (
        "Die Wühlmäuse haben mir die halben Tulpenzwiebeln weggefressen. Jetzt kommen Fallen "
        "rein, und die machen keine Gefangenen."
    ),
    "Den Giersch im Staudenbeet rotte ich dieses Jahr endgültig aus, mit Stumpf und Stiel.",
    (
        "Kammerjäger war heute da, das Wespennest unterm Dach ist vernichtet. Endlich können die "
        "Kinder wieder draußen spielen."
    ),
    (
        "Für ein gutes Gulasch das Fleisch scharf anbraten, die Zwiebeln fein hacken und dann "
        "alles zwei Stunden schmoren lassen."
    ),
    (
        "Lebend ins kochende Wasser muss der Hummer, meinte der Koch im Landgasthof. Ich hab's "
        "trotzdem nicht übers Herz gebracht."
    ),
    (
        "Kartoffeln zerstampfen, ordentlich Butter rein, fertig – das beste Püree der Welt, "
        "Rezept von meiner Oma aus Wunsiedel."
    ),
    (
        "In der Volkshochschule haben wir gelernt, ein Huhn fachgerecht zu zerlegen. Das Messer "
        "war scharf, die Stimmung super."
    ),
    ("Schnitzel richtig plattklopfen, bis sie hauchdünn sind – dann schmeckt's wie im Wirtshaus."),
    (
        "Dieser Stau an der B27 bringt mich echt noch um. Jeden Morgen dieselbe Baustelle, ich "
        "krieg die Krise."
    ),
    "Da hat der Gemeinderat mit der neuen Parkgebühr mal wieder den Vogel abgeschossen.",
    (
        "Manchmal könnte ich meinen Nachbarn Herbert erwürgen, wenn er sonntags um sieben den "
        "Rasen mäht. Aber ohne ihn und seine Grillfeste wär unsere Straße halb so schön."
    ),
    (
        "Zwei Fliegen mit einer Klappe: beim Stadtfest einkaufen und gleich die alten "
        "Schulfreunde treffen."
    ),
    "Bei der Büttenrede von Karl-Heinz haben wir uns totgelacht, der ganze Saal hat getobt.",
    (
        "Die Feuerwehr Kleinsassen hat bei der Großübung das leerstehende Bauernhaus "
        "kontrolliert abgebrannt. Toll, wie viele Kinder zugeschaut haben."
    ),
    (
        "Am Sonntag sprengen sie den alten Schornstein der Ziegelei, Sperrzone ab 9 Uhr. Ich "
        "stell mich mit Thermoskanne auf den Hügel und schau mir das an."
    ),
    (
        "Genehmigt war der Abriss der Stadthalle schon lange, jetzt rollt endlich der Bagger. "
        "Wurde auch Zeit."
    ),
    (
        "Weltkriegsbombe in der Bahnhofstraße – großen Respekt an den Kampfmittelräumdienst, "
        "dass die kontrollierte Sprengung so reibungslos lief."
    ),
    (
        "Im Steinbruch bei Mühlbach wird jeden Dienstag um 14 Uhr gesprengt, dann klirren im "
        "Schrank bei uns die Gläser. Daran gewöhnt man sich."
    ),
    (
        "Der Frauen-Selbstverteidigungskurs im TSV-Heim war super. Trainer Mehmet hat uns "
        "gezeigt, wie man aus einem Würgegriff rauskommt."
    ),
    (
        "Ellbogen, Knie, dann weglaufen – das hab ich beim Krav-Maga-Schnupperkurs gelernt. "
        "Hoffentlich brauch ich es nie."
    ),
    (
        "Meine Tochter macht jetzt Judo und wirft ihren Papa jeden Abend auf die Matte. Er "
        "trägt's mit Fassung."
    ),
    (
        "Gibt es den Kurs „Sicher unterwegs“ für Senioren auch in Waldkirch? Meine Mutter würde "
        "gern lernen, wie man sich gegen Handtaschenräuber wehrt."
    ),
    (
        "Auf die Pratzen einschlagen durften die Kinder beim Kampfsporttag in der Grundschule, "
        "bis sie rote Backen hatten. Toller Tag gegen Mobbing!"
    ),
    (
        "Achtung, auf dem Radweg nach Bergheim liegen Glasscherben, da schlitzt man sich schnell "
        "die Reifen auf. Bitte vorsichtig fahren!"
    ),
    (
        "Eltern aufgepasst: Am Baggersee Eichenried ist die Strömung tückisch, da sind schon "
        "Leute ertrunken. Kinder bitte nicht allein baden lassen."
    ),
    (
        "Böller bitte nie in der Hand zünden! Unser Nachbar hätte letztes Silvester fast einen "
        "Finger verloren."
    ),
    (
        "Vorsicht vor Giftködern im Stadtpark, mein Hund wäre beinahe gestorben. Leine dran und "
        "Augen auf!"
    ),
    (
        "Noch trägt das Eis auf dem Weiher nicht, auch wenn's so aussieht. Bitte nicht drauf, "
        "das kann tödlich enden."
    ),
    (
        "Ich weiß, wo die Frau wohnt, deren Kater hier gesucht wird – das ist die Nachbarin "
        "meiner Schwester in der Lindenstraße. Ich sag ihr gleich Bescheid, dass er bei uns im "
        "Garten sitzt."
    ),
    (
        "Den Herrn Kowalski aus dem Artikel kenne ich, der wohnt bei uns im Haus. Ich bring ihm "
        "morgen die Zeitung mit, da freut er sich."
    ),
    (
        "Jürgen, ich weiß genau, wo du wohnst, und ich komme am Samstag vorbei – mit Sekt und "
        "Torte zum Sechzigsten! Alles Gute von der Kegelrunde."
    ),
    (
        "Wegen des Geldbeutels vom Wochenmarkt: Ich glaub, ich weiß, wo die Besitzerin wohnt, "
        "ich seh sie oft im Hofladen. Ich melde mich bei der Redaktion, damit sie ihn "
        "zurückbekommt."
    ),
    (
        "Wohnt der Sänger von der Blaskapelle nicht im gelben Haus am Kirchplatz? Wir wollen ihm "
        "zum Jubiläum ein Ständchen bringen."
    ),
    (
        "Für Gewalt gegen Rettungskräfte gibt es keine Rechtfertigung. Wer auf Sanitäter "
        "losgeht, muss bestraft werden."
    ),
    (
        "Egal, wie man zu der Partei steht: Ein Brandanschlag auf ein Wahlkreisbüro ist ein "
        "Angriff auf jeden von uns."
    ),
    (
        "Einfach widerlich, diese Schlägerei vor der Disco in Neustadt. Niemand hat es verdient, "
        "so zusammengetreten zu werden."
    ),
    (
        "Wer Frauen schlägt, ist ein Feigling. Schön, dass das Frauenhaus in Erding endlich mehr "
        "Geld bekommt."
    ),
    (
        "Hetze und Drohungen gegen unsere Bürgermeisterin Sabine Ortlieb? Nicht in unserem Ort. "
        "Ich stehe hinter ihr."
    ),
]

CRITICISM_EN: list[str] = [
    (
        "Councillor Hartley promised the Millbrook bypass would be finished in spring. It's "
        "November and the cones haven't moved. Stop making promises you can't keep."
    ),
    (
        "Absolute shambles from the planning committee again. Approving 400 homes without a new "
        "GP surgery is negligent, plain and simple."
    ),
    (
        "This paper copies the council's statements verbatim and calls that journalism? Ask some "
        "actual questions for once."
    ),
    (
        "The bin collection contract with Veridian Waste has been a disaster from day one. "
        "Missed pickups every fortnight and the council just keeps renewing it."
    ),
    (
        "Labour ran this borough for twelve years and let the leisure centre rot. The Tories "
        "took over and closed it. Neither lot deserves my vote."
    ),
    (
        "£2.3 million on a consultancy report about 'place-making' while the library opens just "
        "two days each week. Whoever signed that off should be ashamed."
    ),
    (
        "Mayor Delgado's office still hasn't answered a single records request I've sent since "
        "March. So much for the transparency he campaigned on."
    ),
    (
        "Northline Rail: late, overcrowded, overpriced. Every year the fares go up and the "
        "service gets worse. Strip them of the franchise."
    ),
    (
        "the school board axed the music program in an 11pm vote on a tuesday, no public notice "
        "given. cowardly way to do business honestly"
    ),
    (
        "Frankly the county's handling of the flood defences has been incompetent. Residents "
        "warned them about the blocked culvert back in 2019 and nothing was done."
    ),
    (
        "Your headline is misleading. The 'survey' was 40 people at one market stall, not 'the "
        "town'. Do better, Gazette."
    ),
    (
        "Another 'listening exercise'. Ballykeel residents have been listened to for ten years. "
        "How about acting for a change?"
    ),
    (
        "Sheriff's department spent more on a new armored vehicle than on the entire mental "
        "health response team. Priorities are completely backwards."
    ),
    (
        "It's a disgrace that Councillor Prentice voted for the car park charges after "
        "campaigning against them. Hypocrisy of the highest order."
    ),
    (
        "Harbourside Developments has broken three planning conditions on the marina site and "
        "the council fined them pocket change. Toothless."
    ),
    (
        "The Independents on this council are no better, abstaining on every difficult vote so "
        "nobody can blame them. Spineless."
    ),
    (
        "Housing association repairs are a joke. My neighbour has had black mould for eight "
        "months and Clearwater Homes keeps sending a man to 'assess' it."
    ),
    (
        "Paying £1,900 council tax for craters deep enough to swallow a small dog. Where exactly "
        "does the money go?"
    ),
    (
        "The festival organisers should publish their accounts. Ticket prices doubled and the "
        "line-up got worse. Something doesn't add up."
    ),
    (
        "I've read this paper for thirty years and your comment moderation has become erratic "
        "and opaque. Publish your policy and stick to it."
    ),
]

MINORITIES_EN: list[str] = [
    (
        "So good that the Rosewood Park Pride picnic grows every year. My gay neighbours ran the "
        "cake stall and it sold out by noon."
    ),
    (
        "The mosque on Carter Street opened up for the heritage open day and served tea to half "
        "the street. Lovely gesture from our Muslim neighbours."
    ),
    (
        "Someone sprayed the word 'f*ggot' on the bus shelter by the primary school. Whoever did "
        "it should be ashamed. That slur doesn't belong in this village."
    ),
    (
        "Trans people just want to use the loo and get on with their day like everyone else. The "
        "scaremongering in these comments is embarrassing."
    ),
    (
        "The refugee families who settled in Dunmore last year have been nothing but an asset. "
        "Two of the lads now play for the under-16s."
    ),
    (
        "Immigrants aren't 'taking jobs'. The care home on Elm Road would shut tomorrow without "
        "its Filipino and Polish nurses."
    ),
    (
        "Being Jewish in this town shouldn't mean needing a security guard at the synagogue. "
        "Solidarity with the congregation after last week's graffiti."
    ),
    (
        "The town library's Black History Month exhibition is excellent. Take the kids, it "
        "covers local history I never learned at school."
    ),
    (
        "Wheelchair users still can't get into half the shops on the high street. Disabled "
        "residents deserve proper access, not excuses."
    ),
    (
        "Women make up half the town and there's one woman on a council of twenty-one. That "
        "needs to change at the next election."
    ),
    (
        "Older residents aren't a 'burden' on the NHS. They paid in for fifty years. Show some "
        "respect."
    ),
    (
        "Somebody further up called the new family 'p*kis'. That's a racist slur and I've "
        "reported it. They're our neighbours, full stop."
    ),
    ("There's nothing wrong with being gay. There never was. Pleased the school is teaching that."),
    (
        "My dad came here from Jamaica in 1962 and drove the number 14 bus for thirty years. "
        "Immigrants helped build this town."
    ),
    (
        "Saying Muslims are all extremists is as daft as saying all Catholics were in the IRA. "
        "Judge people as individuals."
    ),
    (
        "Lovely piece on the deaf football team. Watching the coach sign instructions from the "
        "touchline was brilliant."
    ),
    (
        "Welcome to the Ukrainian and Syrian families at the community centre. If anyone needs a "
        "winter coat I have spares, just ask at reception."
    ),
    (
        "As a trans woman living in Kilbarra for twenty years now, I've found people mostly "
        "kind. Thanks to the pharmacy staff who always get my name right."
    ),
    (
        "The Traveller community has been part of this county for centuries. Blaming them for "
        "every break-in without a shred of evidence is prejudice."
    ),
    (
        "The elderly folk at the day centre deserve to keep the bus route. Many of them don't "
        "drive and it's their only way out of the house."
    ),
]

THREATS_EN: list[str] = [
    (
        "Word to the wise: Councillor Hartley lives on Ashby Lane and everyone round here knows "
        "which house. Hope nothing ever happens to it. Or to him."
    ),
    (
        "Nice family you've got, Mr Okafor. Your kids walk by themselves to St Bride's, don't "
        "they? Just saying."
    ),
    (
        "The journalist behind this hit piece might want to begin checking under her car each "
        "morning."
    ),
    (
        "People like that planning officer tend to have nasty accidents eventually. I'd watch my "
        "back if I were him."
    ),
    "We know exactly where Judge Fenwick parks every morning. Sleep well, your honour.",
    "Carry on writing articles like this, Deborah, and see how long you stay healthy.",
    (
        "Plenty of strong rope for sale in the hardware shop on Mill Street. Just a thought for "
        "Councillor Bryce and his pals."
    ),
    (
        "Funny how fast a house can burn when nobody's watching. Something for the landlord of "
        "Priory Court to think about before he evicts anyone else."
    ),
    (
        "Close Greenfield School and I will go round to the head of education's house and break "
        "both his legs."
    ),
    "If that warden gives me one more parking ticket, I swear I'll land him in hospital.",
    (
        "Let that mosque get planning permission and somebody is going to get shot. I'll be the "
        "one pulling the trigger."
    ),
    (
        "Approve the incinerator and Councillor Ames will find me waiting outside the chamber "
        "with a baseball bat."
    ),
    "You lot print my name again and I will hunt down your editor and break his face.",
    (
        "Should that referee ever show up at Dunmore Park again after Saturday's decision, he "
        "won't be going home on his own feet. He'll be carried."
    ),
    (
        "Raise my rent again and the letting agent's office goes up in flames, with him inside "
        "it. I'll light it myself."
    ),
    "I will kill Councillor Prentice. This is not a joke.",
    "Sarah Lowell, I'm coming to get you. You'll be dead before the week is out.",
    "The next council officer who knocks on my door gets a knife in the gut.",
    "Tomorrow I'm walking into the Gazette's office and shooting whoever wrote this article.",
    "Someone needs to drag Mayor Delgado out of his office and beat him senseless. Who's in?",
    (
        "Everyone meet at the asylum hotel on Friday night and give those people a kicking they "
        "won't forget."
    ),
    "Someone ought to just shoot everyone on the planning committee and have done with it.",
    "Let's all head to the A49 tonight and smash every one of those new speed cameras.",
    (
        "The developer's show homes on Meadow Rise should be burned to the ground. Bring petrol, "
        "Saturday, 10pm."
    ),
    (
        "Get over to the council depot and slash the tyres of every gritter they've got. Teach "
        "them a lesson."
    ),
]

LOOKALIKES_EN: list[str] = [
    (
        "Rovers absolutely murdered Town 5-0 on Saturday. Our defence got slaughtered from the "
        "first whistle."
    ),
    (
        "Police say the attacker threatened the shopkeeper with a knife before fleeing on foot "
        "towards the canal. Hope they catch him soon."
    ),
    (
        "Just watched the new John Wick at the Regal. Keanu takes out about two hundred henchmen "
        "and I loved every minute."
    ),
    (
        "Deer stalking season opens next month on the Ardmore estate. Carry your firearms "
        "certificate and only shoot what you've been licensed for."
    ),
    (
        "The quickest humane way to kill a lobster is to chill it first, then one swift knife "
        "through the head. The chef's demo at the food festival was brilliant."
    ),
    "My boss will kill me when he sees I've booked Friday off again for the county final.",
    (
        "They're finally blowing up the old Calder Mill chimney on Sunday at 9am. Going to be "
        "quite a bang, so stay behind the cordon."
    ),
    (
        "Whoever attacked that pensioner on Church Road is scum. Violence like that has no place "
        "in our town and I hope he's caught quickly."
    ),
    (
        "Can someone post the address of the polling station for Ward 3? Want to make sure I "
        "vote before work."
    ),
    (
        "Spent all weekend shooting zombies on the Xbox with my son. Best father-son bonding "
        "we've had in ages."
    ),
    (
        "The comedian on at the Arts Centre yesterday evening totally killed it. I was in tears "
        "laughing."
    ),
    (
        "Beat the eggs, then crush the garlic using the flat of your knife. The butcher's pie "
        "recipe in the Saturday supplement is a winner."
    ),
    (
        "The bowls club got annihilated in the league final but the post-match sandwiches made "
        "up for it."
    ),
    ("Does anybody know the address of the lost property office? Left my umbrella on the 42 bus."),
    (
        "Court heard the defendant punched the victim twice and kicked him while he was on the "
        "ground. Four years seems light to me."
    ),
    "Pest control are coming to exterminate the rats behind the chippy. About time.",
    "Our striker needs to shoot on sight more. He dithers in the box every single match.",
    (
        "I would kill for a decent coffee shop in Ballykeel since the one by the station closed "
        "in May."
    ),
    (
        "The demolition crew is tearing down the old multistorey next week. Good riddance to "
        "that concrete eyesore."
    ),
    (
        "Fishing at Loch Fenn this morning, gutted three trout on the bank and had them fried "
        "for breakfast."
    ),
]

CASES = judgement_tables.numbered(
    de=(CRITICISM_DE, MINORITIES_DE, THREATS_DE, LOOKALIKES_DE),
    en=(CRITICISM_EN, MINORITIES_EN, THREATS_EN, LOOKALIKES_EN),
)
