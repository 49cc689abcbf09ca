# qualichart in italiano: il grafico, la sua versione statica e i testi della CLI.
# Stessa sintassi e stessi identificatori di en.ftl (vedi la sua intestazione). La vettura è
# femminile («la n. 31», «tutte e nove le vetture»); l'auto va tra parentesi dopo il pilota,
# così nessuna preposizione articolata deve accordarsi con il nome del modello.

## Elenchi

list-comma = {", "}
list-and = { $first } e { $last }

number-word = { $n ->
    [0] nessuna
    [1] una
    [2] due
    [3] tre
    [4] quattro
    [5] cinque
    [6] sei
    [7] sette
    [8] otto
    [9] nove
    [10] dieci
    [11] undici
    [12] dodici
   *[other] { $n }
}

## La cronaca

story-car = { $model } n. { $number }
story-car-number = n. { $number }
story-who-number = La n. { $number }
story-car-ref = n. { $number }
story-no-time = Nessuna vettura ha fatto segnare un tempo.

story-pole-what = { $kind ->
    [class] la pole della classe { $class }
    [fastest] il miglior tempo
   *[pole] la pole position
}
story-pole = { $who } ({ $car }) { $kind ->
        [fastest] ha firmato
       *[other] ha conquistato
    } { story-pole-what } in { $time }.
story-pole-provisional = { $who } ({ $car }) è in pole provvisoria{ $kind ->
        [class] {" "}nella classe { $class }
       *[other] {""}
    } con { $time }.
story-fastest-so-far = { $who } ({ $car }) ha finora il miglior tempo: { $time }.
story-pole-at = Dopo { $moment } di sessione, { $who } ({ $car }) era in pole provvisoria{ $kind ->
        [class] {" "}nella classe { $class }
       *[other] {""}
    } con { $time }.
story-fastest-at = Dopo { $moment } di sessione, { $who } ({ $car }) aveva il miglior tempo: { $time }.

story-place = { $place ->
        [2] Secondo
       *[3] Terzo
    } tempo per { $who } ({ $car }), a { $gap } secondi.
story-place-tied = { $place ->
        [2] Secondo
       *[3] Terzo
    } tempo per { $who } ({ $car }), con lo stesso tempo, fatto segnare dopo.

story-class-pole = { $who } in { $class } (n. { $number }, { $time })
story-class-poles = Le pole di classe sono andate a { $poles }.
story-class-poles-provisional = Pole di classe provvisorie: { $poles }.

story-record-holder = {" "}({ $holder })
story-record-stood = Il record di { $record }{ $holder } ha resistito: il miglior tempo{ $scope ->
        [class] {" "}della classe { $class }
       *[all] {""}
    } è rimasto a { $gap } secondi.
story-record-stood-untried = Il record di { $record }{ $holder } non è stato insidiato.
story-record-beaten-by-pole = La pole ha battuto di { $gap } secondi il record di { $record }{ $holder }
story-record-beaten-by-car = La n. { $number } ha battuto di { $gap } secondi il record di { $record }{ $holder }
story-record-all-under = tutte e { $all } le vetture{ $scope ->
        [class] {" "}della classe { $class }
       *[all] {""}
    } con un tempo sono scese sotto quel limite
story-record-only-one = nessun'altra vettura è scesa sotto quel limite
story-record-some-under = { $beaten } delle { $eligible } vetture{ $scope ->
        [class] {" "}della classe { $class }
       *[all] {""}
    } con un tempo sono scese sotto quel limite
story-record-beaten = { $by }; { $under }.

story-spread = Le { $count } vetture{ $scope ->
        [class] {" "}della classe { $class }
       *[all] {""}
    } con un tempo sono racchiuse in { $within ->
        [yes] meno di un secondo: { $spread } secondi
       *[no] { $spread } secondi
    } dalla prima all'ultima.

story-outside-107 = { $n ->
        [one] La { $cars } è rimasta
       *[other] Le { $cars } sono rimaste
    } fuori dal 107 % della pole{ $scope ->
        [class] {" "}della classe { $class }
       *[all] {""}
    } (più { $n ->
        [one] lenta
       *[other] lente
    } di { $limit }).

story-untimed = La n. { $subject } { $status ->
        [dns] non ha preso parte alla sessione
        [excluded] è stata esclusa
       *[none] non ha fatto segnare un tempo
    }.
story-untimed-note = La n. { $subject } { $status ->
        [dns] non ha preso parte alla sessione
        [excluded] è stata esclusa
       *[none] non ha fatto segnare un tempo
    }: { $note }.
