"""A second set of German veiled and conditional threats and their harmless look-alikes.

The threat guard still missed menace that names no violence (knowing someone's routine, car,
children or house, talk of "accidents", ominous advice, mock friendliness) and threats tied to
a condition, and it flagged harmless sentences sharing their words (neighbours and deliveries,
caring warnings, lawful consequences, sport, household, weather, news about threats, film
plots, idioms, sharp criticism of officials). These frames are worded anew for that. Every
fifth frame of each list is held out (families in HELD_OUT_DE2), chosen by position before any
result was seen, so that the held-out rows measure frames the guard never learnt from.
Placeholders in the NAMED lists as in templates_de_threat ({acc}, {dat_t}, {nom}, {Nom},
{pron}, {pron_nom}); each such frame is filled with three targets of templates_de.TARGETS.
"""

# ruff: noqa: E501 (whole sentences read better than split strings)

from __future__ import annotations

from moderation.scoring.training import templates_de as de
from moderation.scoring.training.templates import Example, _de_target_fill, labels_from

# veiled threats to the reader: surveillance, family, property, "accidents", advice, deadlines
VEILED_YOU = [
    "Du fährst jeden Dienstag um sechs zum Training. Ich sag ja nur.",
    "Der blaue Kombi vor deiner Tür gehört doch dir, oder? Hübsch. Noch.",
    "Wir wissen, welchen Bus deine Tochter nach der Schule nimmt.",
    "Netter Spielplatz, auf dem dein Sohn nachmittags immer ist. Sehr übersichtlich.",
    "Unfälle passieren schneller, als man denkt. Gerade Leuten wie dir.",
    "Wäre doch jammerschade, wenn deine Bremsen mal versagen.",
    "Du hast bis Freitag Zeit, das richtigzustellen. Danach kümmern wir uns.",
    "Kleiner Tipp unter Freunden: Lass abends besser das Licht an.",
    "Ein gut gemeinter Rat: Such dir einen anderen Wohnort, solange es noch geht.",
    "Wir haben Freunde, die sich gern mal persönlich mit dir unterhalten würden.",
    "Ein paar Bekannte von mir wohnen ganz in deiner Nähe. Die freuen sich schon auf dich.",
    "Schöne Grüße an deine Mutter im Pflegeheim. Zimmer 14, richtig?",
    "Du joggst immer durch den Stadtwald, ganz allein. Mutig.",
    "Wir wissen, wann du Feierabend machst und welchen Weg du nimmst.",
    "Ich hab dich gestern beim Bäcker gesehen. Du mich nicht. So wird das bleiben.",
    "Bleib schön gesund. Wäre schade, wenn nicht.",
    "Pass gut auf deine Kinder auf. Man weiß ja nie, wer sie so beobachtet.",
    "Die Reifen an deinem Auto sehen noch ziemlich neu aus. Wie lange wohl noch.",
    "Wir kriegen raus, wo du wohnst, das dauert nicht lange. Und dann klingeln wir.",
    "Dein Briefkasten ist ja ganz schön leicht aufzukriegen, hab ich gehört.",
    "Wir merken uns jeden Namen hier. Deinen ganz besonders.",
    "Irgendwann brauchst du uns, und dann wirst du dich an heute erinnern.",
    "Du wirst schon noch lernen, was passiert, wenn man uns ärgert.",
    "Manche Leute stolpern einfach so die Treppe runter. Dir kann das auch passieren.",
    "Heute ist der letzte ruhige Abend für dich, glaub mir.",
    "Freu dich nicht zu früh, wir haben Geduld. Sehr viel Geduld.",
    "Wir beobachten dich schon eine ganze Weile. Du machst es uns leicht.",
    "Es wär klüger, wenn du ab jetzt den Mund hältst. Für dich und deine Familie.",
    "Deine Frau fährt doch den roten Polo, oder? Richte ihr was aus: Wir sehen sie.",
    "Ich weiss wo du arbeitest und wann du rauskommst. Mehr muss ich nich sagen.",
    "Hast du eigentlich eine gute Hausratversicherung? Würd ich mal prüfen.",
    "Feuerlöscher im Haus? Sollte man haben. Bei dir besonders.",
    "Komisch, wie schnell so ein Gartenhaus Feuer fangen kann, oder?",
    "Wir schicken dir mal jemanden vorbei, der dir die Sache erklärt. Ganz in Ruhe.",
    "Du hast ab heute einen Schatten. Gewöhn dich dran.",
    "Das war dein letzter Artikel, Herr Redakteur. Wir sind uns da ganz sicher.",
    "Mal sehen, wie mutig du bist, wenn wir vor deiner Haustür stehen.",
    "Die Antwort auf deinen Kommentar kommt nicht hier, sondern persönlich.",
    "Deine Nummer haben wir auch schon. Und die von deinen Eltern.",
    "Was du davon hast, merkst du noch früh genug. Wir begegnen uns bestimmt.",
    "Ich an deiner Stelle würde mich nachts nicht mehr allein auf den Parkplatz trauen.",
    "Es wäre vernünftig, den Hund nicht mehr unbeaufsichtigt im Garten zu lassen.",
    "Wir kennen die Kita, in die dein Kleiner geht. Nette Erzieherinnen da.",
    "Für so einen Job lassen sich Leute bezahlen, und zufällig hab ich ein paar Nummern.",
    "Halt dich lieber warm, der Winter wird für dich sehr lang.",
    "Ich schreib mir das Datum auf. Und irgendwann klopft es an deiner Tür.",
    "Komm mal ohne Begleitung zum Schützenfest. Dann reden wir unter vier Augen.",
    "Wir vergessen so etwas nicht. Nie. Und wir finden jeden.",
    "Bist du dir sicher, dass deine Haustür gut genug abgeschlossen ist?",
    "Sehr geehrte Frau Redakteurin, wir wissen inzwischen, wo Sie wohnen. Wir empfehlen Zurückhaltung.",
    "Sei vorsichtig, wem du die Tür aufmachst. Demnächst könnten wir es sein.",
    "Letzte Warnung, danach reden wir nicht mehr nur im Internet.",
    "Ich geb dir einen guten Rat: Schau morgens unter dein Auto.",
    "Ihr Sohn spielt doch in der E-Jugend, nicht wahr? Samstags um zehn.",
    "Sowas wie dich erwischt es irgendwann. Ich hoffe, ich bin dabei.",
    "Ich hab Zeit, du hast keine mehr. Merk dir das.",
    "Schlaf ruhig weiter, solange du es noch kannst. Es wird nicht mehr lange gehen.",
    "Wir haben ein Foto von deinem Gartentor. Echt hübsch bei Nacht.",
    "Du denkst, hier im Netz bist du sicher? Draußen bist du es nicht.",
    "Mach nur weiter so, dann lernen wir uns bald persönlich kennen. Das willst du nicht.",
    "Dein Fahrrad steht immer am Bahnhof, Gleis 2. Noch steht es da.",
    "Wir sind mehr, als du denkst, und wir wohnen alle in deiner Straße.",
    "Nimm das hier als freundliche Erinnerung. Die nächste ist nicht mehr freundlich.",
    "Dein Vermieter wird sich wundern, was bald mit der Wohnung los ist.",
    "Ich kenne den Weg zu deiner Garage im Schlaf. Nur so als Info.",
]

# the same menace against a named person (filled with three targets)
VEILED_NAMED = [
    "{Nom} geht jeden Morgen mit dem Hund raus, immer dieselbe Runde. Das merkt man sich.",
    "Wir wissen, in welche Schule die Kinder von {dat_t} gehen.",
    "Vielleicht hat {nom} ja bald einen kleinen Unfall. Wer weiß das schon.",
    "Einen guten Rat für {acc}: nachts nicht mehr allein vor die Tür gehen.",
    "{Nom} hat noch bis zur nächsten Sitzung Zeit. Danach wird es persönlich.",
    "Ich kenne Leute, die {dat_t} gern mal zu Hause Gesellschaft leisten würden.",
    "Das Auto von {dat_t} steht immer an derselben Ecke. Sehr praktisch.",
    "Man sollte {dat_t} ausrichten, dass wir die Adresse inzwischen kennen.",
    "{Nom} sollte abends lieber mal über die Schulter gucken, wer da so mitläuft.",
    "Ob {nom} wohl gut versichert ist? Man hört ja so einiges von Bränden.",
    "Für {acc} wird dieser Sommer sehr lang. Wir sorgen dafür.",
    "Grüße an {acc}: Wir haben jetzt auch die private Handynummer.",
    "{Nom} wird sich noch wundern, wie klein diese Stadt ist.",
    "Richtet {dat_t} aus, dass wir jeden Schritt mitbekommen.",
    "Wir warten einfach, bis {nom} mal ohne Begleitschutz unterwegs ist.",
]

# conditional threats to the reader: the consequence menaces
CONDITIONAL_YOU = [
    "Wenn du noch einmal meinen Verein schlechtschreibst, dann weißt du, wo du landest.",
    "Falls du morgen wieder an der Haltestelle stehst, dann steh ich neben dir. Und nicht allein.",
    "Sollte dieser Artikel online bleiben, dann findet dich jemand, versprochen.",
    "Noch ein Bericht über unsere Demo, und du brauchst einen neuen Wohnort.",
    "Schreib das noch mal, und du wachst im Krankenhaus auf.",
    "Lösch den Kommentar, oder du wirst sehen, was dann passiert.",
    "Wenn du nicht spurst, erfährt deine Familie, wie ernst wir es meinen.",
    "Sollten Sie das veröffentlichen, können wir für Ihre Sicherheit nicht garantieren.",
    "Wenn du dich nochmal in unser Dorf traust, dann kommst du nicht mehr heil raus.",
    "Falls du das vor Gericht bringst, wird es für dich sehr, sehr ungemütlich.",
    "Ein Wort zur Polizei, und deine Kinder haben ein Problem.",
    "Wenn das Jugendzentrum schließt, dann gibt es Ärger, und zwar bei dir zu Hause.",
    "Noch ein Foto von meinem Haus in der Zeitung, und deins sieht bald anders aus.",
    "Wenn du weiter so rumschnüffelst, passiert dir das Gleiche wie deinem Vorgänger.",
    "Zeig mich ruhig an. Dann komm ich vorbei und wir klären das auf meine Art.",
    "Wenn du noch einmal so über uns schreibst, dann kriegst du eine Abreibung, die du nicht vergisst.",
    "Sollte ich dich nochmal auf dem Wochenmarkt sehen, dann ist es aus mit dir.",
    "Falls der Bebauungsplan durchgeht, dann brennt bei euch im Bauamt das Licht nicht mehr lange.",
    "Entweder du nimmst das zurück, oder du lernst uns richtig kennen.",
    "Wenn mein Name morgen im Blatt steht, dann steht deiner bald in den Todesanzeigen.",
    "Mach so weiter, und es wird dir leidtun. Körperlich.",
    "Wenn du nicht bald verschwindest, helfen wir ein bisschen nach.",
    "Noch eine Lüge über meinen Bruder, dann kannst du deine Knochen einzeln zählen.",
    "Falls du den Mund aufmachst, weiß ich, wo dein Auto steht und was mit Autos so passiert.",
    "Wenn du deine Kündigung nicht zurücknimmst, dann warte ich nach Feierabend auf dich.",
    "Wenn ich meinen Führerschein verliere wegen dir, dann verlierst du mehr als das.",
    "Sollte der Verein absteigen, dann wissen wir, wen wir besuchen. Dich, Schiri.",
    "Noch ein Wort und ich komme rüber, dann ist Schluss mit lustig.",
    "Wenn du meinen Hund noch einmal anzeigst, dann sorge ich dafür, dass du nicht mehr laufen kannst.",
    "Falls ihr das Asphaltwerk da baut, dann wird die Baustelle nachts besucht, und nicht von Wachleuten.",
    "Hör auf, über den Stadtrat zu lästern, sonst bist du der Nächste, den es trifft.",
    "Bring das ja nicht in die Zeitung, sonst landet dein Name auf einer Liste, die du nicht magst.",
    "Wenn du uns anschwärzt, dann findest du eines Morgens deinen Garten verwüstet. Und das ist nur der Anfang.",
    "Stell dich nochmal gegen uns, und keiner wird wissen, wo du abgeblieben bist.",
    "Wenn du den Bericht nicht bis Montag löschst, dann erledigen wir das auf unsere Weise.",
    "Wenn die Gemeinde uns den Platz wegnimmt, dann nehmen wir uns ein paar Leute vom Rathaus vor.",
    "Noch eine Abmahnung von dir, und ich warte am Parkhaus auf dich.",
    "Falls du das wirklich durchziehst, wirst du das nicht überleben, glaub mir das.",
    "Sollte meine Tochter deinetwegen sitzenbleiben, Frau Lehrerin, dann sehen wir uns. Draußen.",
    "Wenn du weiter gegen uns hetzt, dann weiß bald das ganze Viertel, wo du schläfst, und wir kommen alle.",
    "Ich schwör, wenn du nochmal meine Freundin anschreibst, dann kriegst du richtig was auf die Fresse.",
    "Wenn du nicht zahlst, dann holen wir uns das anders. Von dir und deiner Familie.",
    "Wenn ihr den Windpark baut, dann fliegen bei euch bald nicht nur Rotorblätter, sondern Steine.",
    "Falls der Artikel nicht bis heute Abend weg ist, kennen wir deine Adresse. Mehr sag ich nicht.",
    "Wenn das so weitergeht mit dir, dann wirst du eines Tages nicht mehr nach Hause kommen.",
    "Wenn du noch einmal anrufst, breche ich dir jeden Finger einzeln.",
    "Solltest du die Wahl gewinnen, dann wirst du dein Amt nicht lange ausüben, versprochen.",
    "Dreh nur weiter an der Gebührenschraube, dann drehen wir dir den Hals um.",
    "Wenn du mich noch einmal blitzt, dann blitzt es bei dir anders, verstanden?",
    "wenn du nochmal so nen artikel schreibst dann weis ich wo ich dich finde, ganz einfach",
    "Falls du mich verklagst, dann kannst du deinen Laden vergessen. Der steht dann nicht mehr lange.",
    "Wenn du die Klappe nicht hältst, dann halten wir sie dir zu. Für immer.",
    "Sollten Sie weiter gegen unser Projekt schreiben, müssen Sie mit sehr persönlichen Folgen rechnen.",
    "Noch ein Strafzettel an meinem Auto, und du wirst die Politesse sein, die es nicht mehr gibt.",
    "Wenn du deine Aussage nicht zurückziehst, dann wird dein Kind den Schulweg nicht mehr allein gehen wollen.",
]

# conditional threats against a named person (filled with three targets)
CONDITIONAL_NAMED = [
    "Wenn {nom} den Vertrag unterschreibt, dann wird {pron_nom} das noch körperlich spüren.",
    "Sollte {nom} noch einmal lügen, dann statten wir {dat_t} einen Besuch ab, den {pron_nom} nicht vergisst.",
    "Noch eine solche Entscheidung, und {nom} braucht Polizeischutz. Und der wird nicht reichen.",
    "Falls {nom} nicht zurücktritt, dann helfen wir nach, und zwar handfest.",
    "Wenn {nom} sich am Samstag im Stadion blicken lässt, dann geht {pron_nom} da nicht aufrecht raus.",
    "Entweder {nom} nimmt das zurück, oder {pron_nom} wird sich bald nicht mehr vor die Tür trauen.",
    "Wenn {nom} weiter so macht, dann erwischt es {acc} eines Abends auf dem Heimweg.",
    "Falls {nom} wiedergewählt wird, dann sorgen wir dafür, dass {pron_nom} die Amtszeit nicht beendet.",
    "Sollte {nom} die Halle wirklich schließen, dann brennt bald etwas anderes, und zwar bei {dat_t} daheim.",
    "Wenn {nom} uns nochmal ignoriert, dann stehen wir nachts vor dem Haus von {dat_t}.",
]

# harmless sentences sharing words or constructions with the threats above
LOOKALIKE = [
    # neighbours, deliveries, knowing where someone lives for a reason
    "Deine Adresse kenn ich ja, also stell ich dir die Hühnersuppe heute Abend vor die Tür.",
    "Der Paketbote wusste schon, wo wir wohnen, weil er die Nachbarn fragt.",
    "Ich weiß, wo dein Auto steht: Du hast das Licht angelassen, geh schnell raus.",
    "Unser Nachbar kennt jeden Morgen unsere Routine, weil er mit dem Hund immer zur gleichen Zeit rausgeht.",
    "Wir wissen, welchen Bus die Kinder nehmen, deshalb haben wir eine Fahrgemeinschaft organisiert.",
    "Ich weiß, wann du Feierabend hast, dann hol ich dich am Werkstor ab und wir gehen essen.",
    "Die Nachbarin hat unseren Schlüssel, falls der Handwerker kommt, während wir weg sind.",
    "Wir haben deine Adresse jetzt auch, die Einladung zur Hochzeit kommt per Post.",
    "Ich hab dein Fahrrad am Bahnhof gesehen, der Hinterreifen war platt.",
    "Der Lieferdienst findet unser Haus nie, weil die Hausnummer hinter der Hecke versteckt ist.",
    "Ich kenne den Weg zu deiner Garage, ich stell dir die Winterreifen einfach hinein.",
    "Euer Kleiner ist doch in der Igelgruppe der Kita, unsere Tochter auch, wollen wir zusammen abholen?",
    "Deine Mutter hat mir gesagt, in welchem Zimmer sie im Krankenhaus liegt, ich besuche sie morgen.",
    "Ich hab dich beim Bäcker gesehen und gewunken, aber du hast mich nicht bemerkt.",
    "Schöne Grüße an deine Eltern, wir sehen uns beim Dorffest.",
    # caring warnings
    "Pass auf dich auf, die Straßen sind heute Nacht spiegelglatt.",
    "Fahr vorsichtig nach Hause, auf der B27 soll es Wildwechsel geben.",
    "Lass abends lieber das Licht im Flur an, dann stolpert die Oma nicht.",
    "Schau morgens mal unter dein Auto, da hat sich letzte Woche eine Katze versteckt.",
    "Ein gut gemeinter Rat: Nimm zur Wanderung genug Wasser mit, es wird heiß.",
    "Bleib gesund und komm gut durch den Winter!",
    "Sei vorsichtig, wem du die Tür aufmachst, es sind wieder falsche Handwerker unterwegs.",
    "Bist du sicher, dass du die Haustür abgeschlossen hast? Die Polizei warnt vor Einbrüchen.",
    "Prüf mal deine Hausratversicherung, nach dem Hochwasser haben viele zu wenig bekommen.",
    "Ein Feuerlöscher in der Küche sollte in jedem Haushalt stehen, sagt die Feuerwehr.",
    "Geh nachts nicht allein durch den Stadtpark, da ist die Beleuchtung seit Wochen kaputt.",
    "Unfälle passieren schneller, als man denkt, deshalb trage ich beim Radfahren immer einen Helm.",
    "Pass auf deine Kinder auf, am Baggersee gibt es keine Badeaufsicht.",
    "Lass den Hund bei der Hitze bloß nicht im Auto, auch nicht für fünf Minuten.",
    "Halt dich warm, der Winter soll dieses Jahr lang werden.",
    "Schlaf gut und erhol dich, morgen wird ein langer Tag.",
    "Die Bremsen an meinem alten Fahrrad haben versagt, zum Glück ist nichts passiert.",
    # lawful and harmless consequences in conditional form
    "Wenn das so weitergeht, kündige ich mein Abo.",
    "Wenn der Stadtrat die Gebühren noch einmal erhöht, dann wähle ich die anders.",
    "Falls das Hallenbad schließt, dann fahren wir eben ins Nachbardorf zum Schwimmen.",
    "Sollte der Artikel nicht korrigiert werden, wende ich mich an den Presserat.",
    "Noch ein Artikel über Parkgebühren, und ich schlaf beim Frühstück ein.",
    "Lösch den Kommentar, oder ich melde ihn der Moderation.",
    "Entweder die Gemeinde repariert die Straße, oder wir sammeln Unterschriften.",
    "Wenn du nicht bald abnimmst, dann ruf ich deine Schwester an.",
    "Wenn du mich noch einmal so versetzt, dann koch ich nächstes Mal nur für mich.",
    "Falls ihr morgen zu spät kommt, dann fangen wir ohne euch an.",
    "Wenn der Bus wieder ausfällt, dann schreibe ich eine Beschwerde an den Verkehrsverbund.",
    "Sollte die Schule geschlossen werden, dann klagen wir als Elternbeirat dagegen.",
    "Noch ein Wort über meinen Kuchen, und du bekommst kein zweites Stück.",
    "Wenn ich meinen Führerschein verliere, dann fahre ich halt Fahrrad.",
    "Zeig mich ruhig an, ich habe nichts Falsches getan und lasse das ein Gericht klären.",
    "Mach so weiter, und du wirst Kreismeister, ehrlich.",
    "Wenn du nicht zahlst, dann schicken wir dir eine Mahnung mit Fristsetzung.",
    "Wenn ihr den Windpark baut, dann ziehen wir eben nach Franken, so einfach ist das.",
    "Wenn der Vermieter die Heizung nicht repariert, dann mindern wir die Miete.",
    "Falls es morgen regnet, verschieben wir das Grillfest auf Sonntag.",
    "Wenn du noch einmal anrufst, geh ich diesmal sicher ran, versprochen.",
    "Sollte die Ortsumgehung kommen, dann ziehen wir vor das Verwaltungsgericht.",
    "Letzte Warnung an alle Vereinsmitglieder: Wer bis Freitag nicht zahlt, fliegt aus der Startliste.",
    "Wenn du mich noch einmal blitzt, dann zahle ich halt wieder, selbst schuld.",
    # sport rivalry
    "Am Samstag machen wir euch im Derby fertig, 3:0 mindestens!",
    "Nächste Saison holen wir uns den Pokal zurück, ihr werdet schon sehen.",
    "Wir sehen uns im Rückspiel, und da habt ihr keine Chance.",
    "Unsere Abwehr wird euren Stürmer komplett abmelden.",
    "Eure Tage in der Tabellenspitze sind gezählt, wir holen auf.",
    "Wenn ihr noch einmal so spielt wie gestern, steigt ihr ab.",
    "Der Schiri hatte einen rabenschwarzen Tag, aber so ist Fußball.",
    "Macht euch warm, Jungs, am Sonntag wird es hart.",
    "Die Handballerinnen haben den Gegner in der zweiten Halbzeit regelrecht überrollt.",
    "Der Trainer hat angekündigt, dass ab Montag andere Saiten aufgezogen werden.",
    # household, cooking, weather
    "Ich hab den Braten mal wieder zu lange im Ofen vergessen, jetzt ist er zäh wie Leder.",
    "Die Tomaten im Garten haben den Hagel nicht überlebt.",
    "Das Messer muss man vor dem Zwiebelschneiden gut schärfen.",
    "Heute Nacht soll es Frost geben, die Geranien müssen rein.",
    "Der Sturm hat bei uns zwei Dachziegel abgerissen.",
    "Mein Backofen hat den Geist aufgegeben, mitten im Sonntagsbraten.",
    "Die Wespen am Kuchen haben wir mit einem Teller Trauben abgelenkt.",
    "Bei dem Gewitter ist uns fast der Gartenschirm davongeflogen.",
    "Die Waschmaschine ist heute endgültig gestorben.",
    "Wer den letzten Kaffee trinkt, muss neuen kochen, das ist bei uns Gesetz.",
    "Den Teig muss man richtig durchkneten, ruhig mit Gewalt.",
    "Wir haben das Gartenhaus frisch gestrichen, es sieht aus wie neu.",
    "Die Hitze bringt mich noch um, 36 Grad im Schlafzimmer.",
    # news reports about threats, reported speech
    "Laut Polizei erhielt der Bürgermeister mehrere Drohbriefe, der Staatsschutz ermittelt.",
    "Die Stadträtin berichtet, man habe ihr geschrieben, man wisse, wo ihre Kinder zur Schule gehen.",
    "Das Amtsgericht verurteilte den Mann wegen Bedrohung zu einer Geldstrafe.",
    "In dem Schreiben hieß es, man werde die Redaktion 'besuchen'. Der Verlag hat Anzeige erstattet.",
    "Die Ermittler prüfen, ob die Drohungen gegen den Landrat aus derselben Quelle stammen.",
    "Der Angeklagte soll seiner Ex-Partnerin angekündigt haben, ihr Auto anzuzünden.",
    "Nach Drohungen im Netz steht das Haus der Ortsvorsteherin unter Polizeischutz.",
    "Immer mehr Kommunalpolitiker melden Einschüchterungsversuche, zeigt eine Umfrage.",
    "Die Polizei rät, Drohnachrichten nicht zu löschen, sondern zu sichern und anzuzeigen.",
    "Bedrohte Amtsträger können sich künftig an eine neue Beratungsstelle des Landes wenden.",
    "Der Zeuge gab an, der Täter habe gerufen, man sehe sich wieder.",
    # fiction, film, theater
    "Im neuen Tatort droht der Erpresser, die Tochter des Kommissars zu entführen.",
    "In dem Krimi weiß der Täter genau, wann das Opfer nach Hause kommt, sehr spannend erzählt.",
    "Die Theatergruppe spielt ein Stück über einen Mafiaboss, der ganze Dörfer einschüchtert.",
    "Mein Lieblingssatz aus dem Film: 'Ich mache ihm ein Angebot, das er nicht ablehnen kann.'",
    "Der Bösewicht im Kinderbuch droht, den Zauberwald abzubrennen, aber natürlich gewinnen die Kinder.",
    "Im Hörspiel schleicht der Einbrecher jede Nacht ums Haus, unser Sohn fand es gruselig.",
    "Die Serie erzählt von einem Stalker, der alles über seine Nachbarin weiß.",
    "Bei der Krimilesung in der Bücherei hat der Autor einen Drohbrief aus seinem Roman vorgelesen.",
    # figurative idioms
    "Da kannst du Gift drauf nehmen, dass der Zug wieder Verspätung hat.",
    "Wenn meine Frau das sieht, bin ich ein toter Mann.",
    "Das Projekt ist gestorben, bevor es angefangen hat.",
    "Die Zeit läuft uns davon, die Abgabe ist schon Freitag.",
    "Der Kandidat hat sich mit der Aussage sein eigenes Grab geschaufelt, politisch.",
    "Mein Chef bringt mich um, wenn ich wieder zu spät komme.",
    "Die Uhr tickt für die Sanierung der Brücke, das Gutachten ist eindeutig.",
    "Das wird ein Nachspiel haben, sagte die Opposition nach der Sitzung.",
    "Er hat ihr das Herz gebrochen, und jetzt singt sie darüber.",
    "Die neue Umgehungsstraße ist ein Schuss in den Ofen.",
    "Da brennt die Hütte: Beim Kinderfest war der Teufel los.",
    "Die Kosten explodieren, der Haushalt ist ein Pulverfass.",
    "Du wirst dich noch wundern, wie gut der neue Italiener am Markt ist.",
    "Wir sehen uns immer zweimal, sagte meine Oma, und meinte: Sei freundlich zu allen.",
    # sharp but legitimate criticism
    "Dieser Stadtrat hat jedes Maß verloren, und ich werde das bei der Wahl nicht vergessen.",
    "Das ist die schlechteste Verkehrsplanung, die ich in dreißig Jahren gesehen habe.",
    "Wir werden jeden Schritt der Verwaltung genau beobachten und öffentlich machen.",
    "Wir vergessen das nicht, und wir werden es bei der Kommunalwahl zeigen.",
    "Die Rechnung kommt bei der nächsten Wahl, verlasst euch drauf.",
    "Wir merken uns jeden Namen, der für diese Kürzung gestimmt hat, und wählen ihn ab.",
    "Diese Arroganz der Verwaltung ist unerträglich, der Rücktritt ist überfällig.",
    "Letzte Chance für die Stadtwerke: Entweder sie senken die Preise, oder ich wechsle den Anbieter.",
    "Die Bürgerinitiative kündigt an, jede Sitzung zu besuchen, bis die Pläne vom Tisch sind.",
    "Mal sehen, wie mutig der Rat ist, wenn die Bürger zur Sitzung kommen.",
    "Die Quittung bekommt ihr an der Urne, nicht anders.",
    "Wir haben Freunde im Kreistag, die diese Frage in der nächsten Sitzung stellen werden.",
    "Wir sind mehr, als ihr denkt, und wir gehen alle zur Bürgerversammlung.",
    "Diese Haushaltsführung ist ein Skandal, und das werden wir im Wahlkampf Tag für Tag sagen.",
    "Wir kommen am Donnerstag alle ins Rathaus, mit Plakaten und mit Fragen.",
    # more everyday sentences with the threats' words
    "Ich weiß genau, wann der Müll abgeholt wird, nämlich jeden zweiten Mittwoch.",
    "Der Postbote kennt unseren Hund schon und bringt ihm immer ein Leckerli mit.",
    "Wenn du magst, dann holen wir dich nach dem Training ab und fahren zusammen heim.",
    "Mach dir keine Sorgen, wir passen am Wochenende auf deine Katze auf.",
    "Die Feuerwehr übt am Samstag am Gartenhaus des Vereins, also nicht erschrecken.",
    "Falls du den Kuchen nicht rechtzeitig schaffst, bring ich einfach einen mit.",
    "Bis Freitag musst du die Steuererklärung abgeben, sonst wird es teuer.",
    "Ich schreib mir das Datum auf, damit ich deinen Geburtstag nicht wieder vergesse.",
]

# criticism of named officials in the constructions of the threats (filled with three targets)
LOOKALIKE_NAMED = [
    "{Nom} hat bis zur nächsten Sitzung Zeit, die Zahlen offenzulegen. Danach stellen wir einen Antrag.",
    "Wir beobachten genau, wie {nom} abstimmt, und wählen entsprechend.",
    "Einen guten Rat für {acc}: mal mit den Anwohnern reden statt über sie.",
    "Wenn {nom} den Vertrag unterschreibt, dann unterstütze ich bei der Wahl jemand anderen.",
    "Falls {nom} nicht zurücktritt, sammeln wir Unterschriften für ein Abwahlverfahren.",
    "Ich weiß, wo {nom} wohnt, weil {pron_nom} bei uns im Ort Wahlkampf an jeder Tür gemacht hat.",
    "Sollte {nom} noch einmal die Unwahrheit sagen, dann wird das ein Fall für die Kommunalaufsicht.",
    "Entweder {nom} erklärt sich, oder die Fraktion stellt eine Anfrage.",
    "{Nom} wird sich noch wundern, wie viele Leute zur Bürgerfragestunde kommen.",
    "Richtet {dat_t} aus, dass wir uns auf das Gespräch am Dienstag freuen.",
]


def _held(frames: list) -> tuple[list, list]:
    """(train, held out): every fifth frame, by position, is held out."""
    return ([f for i, f in enumerate(frames) if i % 5 != 4],
            [f for i, f in enumerate(frames) if i % 5 == 4])  # fmt: skip


def _rows(family: str, frames: list[str], initials: str) -> list[Example]:
    return [Example(text, "de", family, labels_from(initials)) for text in frames]


def _named_rows(family: str, frames: list[str], initials: str) -> list[Example]:
    """Each frame with three targets, rotating through TARGETS so every target appears."""
    targets = de.TARGETS
    rows = []
    for i, frame in enumerate(frames):
        for k in range(3):
            fill = _de_target_fill(targets[(3 * i + k) % len(targets)])
            rows.append(Example(frame.format(**fill), "de", family, labels_from(initials)))
    return rows


_SPEC = {  # family stem: (plain frames, named frames, label initials)
    "veiled_threat2": (VEILED_YOU, VEILED_NAMED, "th"),
    "conditional_threat2": (CONDITIONAL_YOU, CONDITIONAL_NAMED, "th"),
    "threat_lookalike2": (LOOKALIKE, LOOKALIKE_NAMED, ""),
}
HELD_OUT_DE2 = frozenset(f"{stem}_heldout_de" for stem in _SPEC)


def families() -> dict[str, list[Example]]:
    """The training and held-out families, by name."""
    fam: dict[str, list[Example]] = {}
    for stem, (plain, named, initials) in _SPEC.items():
        plain_train, plain_held = _held(plain)
        named_train, named_held = _held(named)
        train, held = f"{stem}_de", f"{stem}_heldout_de"
        fam[train] = _rows(train, plain_train, initials) + _named_rows(train, named_train, initials)
        fam[held] = _rows(held, plain_held, initials) + _named_rows(held, named_held, initials)
    return fam
