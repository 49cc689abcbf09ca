# qualichart auf Deutsch: die Grafik, ihre statische Fassung und die Texte des CLI.
# Gleiche Syntax und gleiche IDs wie en.ftl (siehe dort). Das Auto steht in Klammern hinter
# dem Fahrer („Pipo Derani (Cadillac V-Series.R, Nr. 31)“), so bleibt jeder Satz ohne
# Kasusfragen.

## Listen

list-comma = {", "}
list-and = { $first } und { $last }

number-word = { $n ->
    [0] kein
    [1] ein
    [2] zwei
    [3] drei
    [4] vier
    [5] fünf
    [6] sechs
    [7] sieben
    [8] acht
    [9] neun
    [10] zehn
    [11] elf
    [12] zwölf
   *[other] { $n }
}

## Der Bericht

story-car = { $model }, Nr. { $number }
story-car-number = Nr. { $number }
story-who-number = Die Nr. { $number }
story-car-ref = Nr. { $number }
story-no-time = Kein Fahrzeug fuhr eine Zeit.

story-pole-what = { $kind ->
    [class] die Pole in der Klasse { $class }
    [fastest] die schnellste Zeit
   *[pole] die Pole-Position
}
story-pole = { $who } ({ $car }) { $kind ->
        [fastest] fuhr
       *[other] holte
    } mit { $time } { story-pole-what }.
story-pole-provisional = { $who } ({ $car }) hält mit { $time } vorläufig { story-pole-what }.
story-fastest-so-far = { $who } ({ $car }) hat mit { $time } bislang die schnellste Zeit.
story-pole-at = Nach { $moment } Sitzungszeit hielt { $who } ({ $car }) mit { $time } vorläufig { story-pole-what }.
story-fastest-at = Nach { $moment } Sitzungszeit hatte { $who } ({ $car }) mit { $time } die schnellste Zeit.

story-place = Platz { $place ->
        [2] zwei
       *[3] drei
    } ging an { $who } ({ $car }), { $gap } Sekunden zurück.
story-place-tied = Platz { $place ->
        [2] zwei
       *[3] drei
    } ging an { $who } ({ $car }), zeitgleich, aber später gefahren.

story-class-pole = { $who } in der { $class } (Nr. { $number }, { $time })
story-class-poles = Die Klassen-Poles gingen an { $poles }.
story-class-poles-provisional = Vorläufige Klassen-Poles: { $poles }.

story-record-holder = {" "}({ $holder })
story-record-stood = Der Rekord von { $record }{ $holder } hielt: Die schnellste Zeit{ $scope ->
        [class] {" "}der Klasse { $class }
       *[all] {""}
    } lag { $gap } Sekunden darüber.
story-record-stood-untried = Der Rekord von { $record }{ $holder } blieb unangetastet.
story-record-beaten-by-pole = Die Pole unterbot den Rekord von { $record }{ $holder } um { $gap } Sekunden
story-record-beaten-by-car = Die Nr. { $number } unterbot den Rekord von { $record }{ $holder } um { $gap } Sekunden
story-record-all-under = alle { $all } Fahrzeuge{ $scope ->
        [class] {" "}der Klasse { $class }
       *[all] {""}
    } mit Zeit blieben darunter
story-record-only-one = kein anderes Fahrzeug blieb darunter
story-record-some-under = { $beaten } der { $eligible } Fahrzeuge{ $scope ->
        [class] {" "}der Klasse { $class }
       *[all] {""}
    } mit Zeit blieben darunter
story-record-beaten = { $by }; { $under }.

story-spread = Die { $count } Fahrzeuge{ $scope ->
        [class] {" "}der Klasse { $class }
       *[all] {""}
    } mit Zeit lagen { $within ->
        [yes] innerhalb einer Sekunde: { $spread } Sekunden
       *[no] { $spread } Sekunden
    } vom ersten bis zum letzten auseinander.

story-outside-107 = Die { $cars } { $n ->
        [one] lag
       *[other] lagen
    } außerhalb von 107 % der Pole{ $scope ->
        [class] {" "}der Klasse { $class }
       *[all] {""}
    } (langsamer als { $limit }).

story-untimed = Die Nr. { $subject } { $status ->
        [dns] nahm nicht am Qualifying teil
        [excluded] wurde ausgeschlossen
       *[none] fuhr keine Zeit
    }.
story-untimed-note = Die Nr. { $subject } { $status ->
        [dns] nahm nicht am Qualifying teil
        [excluded] wurde ausgeschlossen
       *[none] fuhr keine Zeit
    }: { $note }.

## Der Rahmen der Grafik: Laden, oder eine Grafik, die nicht angezeigt werden kann (der Grund
## folgt auf Englisch, siehe den Kopf von en.ftl).

status-loading = Sitzung wird geladen …
status-failed = Die Grafik konnte nicht angezeigt werden.{" "}
status-retry = Erneut versuchen

status-label = { $status ->
    [dns] Nicht teilgenommen
    [excluded] Ausgeschlossen
   *[no_time] Keine Zeit
}

## Die Grafik

chart-name = { $scope ->
        [classes] Abstand zur Pole jeder Klasse
        [parts] Abstand zur Bestzeit jedes Abschnitts
        [class] { $class }: Abstand zur Pole
       *[all] Abstand zur Pole
    }, { $n ->
        [one] { $count } Fahrzeug mit Zeit
       *[other] { $count } Fahrzeuge mit Zeit
    }
chart-to-pole = { $gap } auf die Pole
chart-classes = Klasse
chart-all-classes = Alle
chart-show-all-classes = Alle { $count } Klassen zeigen
chart-show-all-cars = Alle { $count } Fahrzeuge zeigen
chart-legend-classes = Klassen
chart-legend-manufacturers = Hersteller
chart-legend-teams = Teams
chart-more-cars = { $shown } von { $total } Fahrzeugen gezeigt
chart-cutoff = 107 %
chart-cutoff-title = 107 % der Pole: { $limit }; Fahrzeuge rechts dieser Linie waren langsamer
chart-ghost = #{ $number }: Die aberkannte Runde in { $time } (Runde { $lap }) hätte { $result } bedeutet
chart-ghost-pole = die Pole mit { $gap } Vorsprung
chart-part-fastest = Bestzeit { $time }
chart-record = Rekord { $time }
chart-download-svg = SVG herunterladen
chart-download-png = PNG herunterladen
chart-data-json = Daten herunterladen (JSON)
chart-data-csv = Daten herunterladen (CSV)
page-title = Qualifying

credit-source = Quelle: { $name }
credit-byline = Grafik: { $name }

## Das Feld zum gewählten Fahrzeug

details-hint = Für die Runden eines Fahrzeugs: mit der Maus darauf zeigen, antippen oder mit den Pfeiltasten auswählen. Zum Vergleichen anklicken, die Eingabetaste drücken oder „Vergleichen“ wählen.
details-compare = Vergleichen
details-uncompare = Aus dem Vergleich nehmen
details-best = Bestzeit
details-best-on-lap = { $time } (Runde { $lap })
details-gap = Abstand
details-metres = Abstand in Metern
details-interval = Zum Vordermann
details-percent = % der Pole
details-ideal = Idealrunde
details-laps-run = Gefahrene Runden
details-lost = Gegenüber der Pole-Runde, Sektor für Sektor:{" "}
details-laps-caption = Runde für Runde: ◆ Sektorbestzeit der Sitzung, ● persönliche Bestzeit, durchgestrichen: aberkannt
details-laps-window = . Runden { $first }–{ $last } von { $total }, rund um die schnellste Runde.{" "}
details-show-all-laps = Alle { $count } Runden zeigen
details-session-best = Bestzeit der Sitzung
details-personal-best = persönliche Bestzeit
details-lap = Runde
details-time = Zeit
details-red-flag = rote Flagge
deleted = aberkannt
pit-in = Inlap
pit-out = Outlap

## Die Tabelle

table-show = Als Tabelle zeigen
table-name = Ergebnistabelle
table-more-cars = { chart-more-cars }.{" "}
table-pos = Pos.
table-class = Klasse
table-part = Abschnitt
table-part-title = der Abschnitt, dessen Zeit das Fahrzeug einstuft; der Abstand gilt zur Bestzeit dieses Abschnitts
table-car = Nr.
table-driver = Fahrer
table-best = Bestzeit
table-gap = Abstand
table-interval = Int.
table-percent = %
table-metres = Meter
table-metres-title = der Abstand als Strecke, beim Durchschnittstempo der Pole-Runde
table-ideal = Ideal
table-left = Verschenkt
table-left-title = Bestzeit − Idealrunde
table-ideal-gap = Idealabstand
table-ideal-gap-title = Idealrunde − schnellste Idealrunde
table-note = Anmerkung
table-pole = Pole
table-outside-107 = außerhalb 107 %

## Der Vergleich

compare-title = Vergleich
compare-clear = Zurücksetzen
compare-hint = Wählen Sie ein weiteres Fahrzeug zum Vergleich.
compare-ideal-delta = Δ ideal

## Die Runden der verglichenen Fahrzeuge

laps-title = Runde für Runde
laps-sub = Jede Runde zur Sitzungszeit, zu der sie endete; die Linie zeigt die bis dahin beste Zeit jedes Fahrzeugs.
laps-hint = Für Zeit, Sektoren und Fahrer einer Runde: darauf zeigen, antippen oder auswählen.
laps-axis = Rundenzeit · niedriger ist schneller
laps-summary = Alle Runden von { $cars } nach Sitzungszeit; niedriger ist schneller
laps-lap = #{ $number } Runde { $lap }
laps-no-time = keine Zeit
laps-best = schnellste Runde
laps-out-lap = Outlap
laps-in-lap = Inlap
laps-show-slow = Langsamere Runden zeigen
laps-hide-slow = Langsamere Runden ausblenden
laps-slow-shown = Alle Runden zu sehen, auch Outlaps und Runden über 107 % der Bestzeit des Fahrzeugs ({ $count }).
laps-slow-hidden = Outlaps und Runden über 107 % der Bestzeit des Fahrzeugs sind ausgeblendet ({ $count }).
laps-capped = Gezeigt sind die { $shown } schnellsten Runden jedes Fahrzeugs ({ $total } weitere nicht gezeigt).
laps-unplaced = Runden ohne Sitzungszeit sind nicht eingezeichnet ({ $count }).
laps-none = Für diese Fahrzeuge lässt sich keine Runde einzeichnen: Die Zeitnahme enthält keine mit Rundenzeit und Sitzungszeit.

## Die vorläufige Pole

timeline-title = Die vorläufige Pole im Verlauf der Sitzung
timeline-summary = Die vorläufige Pole im Verlauf der Sitzung: { $steps }
timeline-then = {"; dann "}
timeline-step = #{ $number } { $driver } { $time } in Runde { $lap }, nach { $at }

## Die Wiedergabe

replay-play = Wiedergabe
replay-pause = Pause
replay-end = Ende
replay-slider = Sitzungszeit
replay-value = { $moment } von { $end }

## Live

live-final = Beendet
live-failing = Live · Aktualisierung fehlgeschlagen, neuer Versuch
live-updated = Live · aktualisiert { $unit ->
        [now] gerade eben
        [s] vor { $n } s
        [min] vor { $n } min
       *[h] vor { $n } h
    }
live-news = Neue vorläufige Pole{ $scope ->
        [class] {" "}in der Klasse { $class }
       *[all] {""}
    }: { $who }, { $time }.

## Der Textbericht des CLI

report-number = Nr.
report-no-entries = Keine Teilnehmer.
report-class = Klasse: { $class }
report-at = Stand nach { $at } Sitzungszeit (vorläufig)
report-class-poles = Klassen-Poles
report-records = Rekorde
report-record-verdict = { $n ->
        [0] nicht unterboten
        [one] von { $n } Fahrzeug unterboten
       *[other] von { $n } Fahrzeugen unterboten
    }
report-sectors = Sektorbestzeiten der Sitzung
report-not-timed = ohne Zeit
report-ideal = Idealrunde  { $ideal }  (Summe der Sektorbestzeiten der Sitzung)
