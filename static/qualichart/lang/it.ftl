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

## La cornice del grafico: il caricamento, o un grafico che non si è potuto mostrare (il motivo
## segue in inglese: vedi l'intestazione di en.ftl).

status-loading = Caricamento della sessione…
status-failed = Impossibile mostrare il grafico.{" "}
status-retry = Riprova

status-label = { $status ->
    [dns] Non partita
    [excluded] Esclusa
   *[no_time] Senza tempo
}

## Il grafico

chart-name = { $scope ->
        [classes] Distacco dalla pole di ogni classe
        [parts] Distacco dal miglior tempo di ogni fase
        [class] { $class }: distacco dalla pole
       *[all] Distacco dalla pole
    }, { $n ->
        [one] { $count } vettura con un tempo
       *[other] { $count } vetture con un tempo
    }
chart-to-pole = a { $gap } dalla pole
chart-classes = Classe
chart-all-classes = Tutte
chart-show-all-classes = Mostra tutte le { $count } classi
chart-show-all-cars = Mostra tutte le { $count } vetture
chart-legend-classes = Classi
chart-legend-manufacturers = Costruttori
chart-legend-teams = Squadre
chart-more-cars = { $shown } vetture mostrate su { $total }
chart-cutoff = 107 %
chart-cutoff-title = 107 % della pole: { $limit }; le vetture a destra di questa linea sono state più lente
chart-ghost = #{ $number }: il giro cancellato in { $time } (giro { $lap }) sarebbe valso { $result }
chart-ghost-pole = la pole per { $gap }
chart-part-fastest = miglior tempo { $time }
chart-record = Record { $time }
chart-download-svg = Scarica SVG
chart-download-png = Scarica PNG
chart-data-json = Scarica i dati (JSON)
chart-data-csv = Scarica i dati (CSV)
page-title = Qualifiche

credit-source = Fonte: { $name }
credit-byline = Grafico: { $name }

## Il pannello della vettura selezionata

details-hint = Passa il puntatore, tocca o usa le frecce su una vettura per vederne i giri. Fai clic, premi Invio o usa il suo pulsante Confronta per metterla a confronto con altre.
details-compare = Confronta
details-uncompare = Togli dal confronto
details-best = Miglior giro
details-best-on-lap = { $time } (giro { $lap })
details-gap = Distacco
details-metres = Distacco in metri
details-interval = Intervallo
details-percent = % della pole
details-ideal = Giro ideale
details-laps-run = Giri percorsi
details-lost = Rispetto al giro della pole, settore per settore:{" "}
details-laps-caption = Giro per giro: ◆ miglior settore della sessione, ● miglior settore personale, barrato: cancellato
details-laps-window = . Giri { $first }–{ $last } di { $total }, attorno al giro migliore.{" "}
details-show-all-laps = Mostra tutti i giri ({ $count })
details-session-best = migliore della sessione
details-personal-best = migliore personale
details-lap = Giro
details-time = Tempo
details-red-flag = bandiera rossa
deleted = cancellato
pit-in = rientro
pit-out = uscita

## La tabella

table-show = Mostra come tabella
table-name = Tabella della classifica
table-more-cars = { chart-more-cars }.{" "}
table-pos = Pos.
table-class = Classe
table-part = Fase
table-part-title = la fase il cui tempo classifica la vettura; il distacco è dal miglior tempo di quella fase
table-car = N.
table-driver = Pilota
table-best = Miglior giro
table-gap = Distacco
table-interval = Int.
table-percent = %
table-metres = Metri
table-metres-title = il distacco come distanza, alla velocità media del giro della pole
table-ideal = Ideale
table-left = Margine
table-left-title = miglior giro − giro ideale
table-ideal-gap = Distacco ideale
table-ideal-gap-title = giro ideale − il giro ideale più veloce
table-note = Note
table-pole = pole
table-outside-107 = fuori dal 107 %

## Il confronto

compare-title = Confronto
compare-clear = Azzera
compare-hint = Scegli un'altra vettura da confrontare.
compare-ideal-delta = Δ ideale

## I giri delle vetture a confronto

laps-title = Giro per giro
laps-sub = Ogni giro nel momento della sessione in cui si è concluso; la linea è il miglior tempo di ogni vettura fino a quel momento.
laps-hint = Passa il puntatore, tocca o seleziona un giro per vederne tempo, settori e pilota.
laps-axis = Tempo sul giro · più in basso è più veloce
laps-summary = Tutti i giri di { $cars } nel tempo della sessione; più in basso è più veloce
laps-lap = #{ $number } giro { $lap }
laps-no-time = senza tempo
laps-best = giro migliore
laps-out-lap = giro di uscita
laps-in-lap = giro di rientro
laps-show-slow = Mostra i giri più lenti
laps-hide-slow = Nascondi i giri più lenti
laps-slow-shown = Sono mostrati tutti i giri, compresi quelli di uscita e quelli oltre il 107 % del miglior giro di ogni vettura ({ $count }).
laps-slow-hidden = I giri di uscita e quelli oltre il 107 % del miglior giro di ogni vettura sono nascosti ({ $count }).
laps-capped = Sono disegnati i { $shown } giri più veloci di ogni vettura ({ $n ->
        [one] un altro non disegnato
       *[other] altri { $total } non disegnati
    }).
laps-unplaced = I giri senza un orario della sessione non sono disegnati ({ $count }).
laps-none = Nessun giro di queste vetture può essere disegnato: il cronometraggio non ne fornisce nessuno con un tempo e un orario della sessione.

## La pole provvisoria

timeline-title = La pole provvisoria nel corso della sessione
timeline-summary = La pole provvisoria nel corso della sessione: { $steps }
timeline-then = {"; poi "}
timeline-step = #{ $number } { $driver } { $time } al giro { $lap }, dopo { $at }

## Il replay

replay-play = Riproduci
replay-pause = Pausa
replay-end = Fine
replay-slider = Tempo della sessione
replay-value = { $moment } di { $end }

## In diretta

live-final = Conclusa
live-failing = In diretta · aggiornamento non riuscito, nuovo tentativo
live-updated = In diretta · aggiornato { $unit ->
        [now] proprio ora
        [s] { $n } s fa
        [min] { $n } min fa
       *[h] { $n } h fa
    }
live-news = Nuova pole provvisoria{ $scope ->
        [class] {" "}della classe { $class }
       *[all] {""}
    }: { $who }, { $time }.

## Il resoconto testuale della CLI

report-number = N.
report-no-entries = Nessun iscritto.
report-class = Classe: { $class }
report-at = Situazione dopo { $at } di sessione (provvisoria)
report-class-poles = Pole di classe
report-records = Record
report-record-verdict = { $n ->
        [0] non battuto
        [one] battuto da { $n } vettura
       *[other] battuto da { $n } vetture
    }
report-sectors = Migliori settori della sessione
report-not-timed = senza tempo
report-ideal = Giro ideale  { $ideal }  (somma dei migliori settori della sessione)
