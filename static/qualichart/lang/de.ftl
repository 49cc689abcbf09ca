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
