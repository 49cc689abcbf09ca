# qualichart en español: el gráfico, su versión estática y los textos del CLI.
# Misma sintaxis e identificadores que en.ftl (véase su cabecera). El coche es masculino
# («el n.º 31», «los nueve coches»); el piloto se nombra sin concordancia de género
# («Segundo puesto para …»).

## Listas

list-comma = {", "}
list-and = { $first } y { $last }

number-word = { $n ->
    [0] ningún
    [1] un
    [2] dos
    [3] tres
    [4] cuatro
    [5] cinco
    [6] seis
    [7] siete
    [8] ocho
    [9] nueve
    [10] diez
    [11] once
    [12] doce
   *[other] { $n }
}

## La crónica

story-car = el { $model } n.º { $number }
story-car-number = el coche n.º { $number }
story-who-number = El n.º { $number }
story-car-ref = n.º { $number }
story-no-time = Ningún coche marcó tiempo.

story-pole-what = { $kind ->
    [class] la pole de { $class }
    [fastest] el mejor tiempo
   *[pole] la pole
}
story-pole = { $kind ->
        [fastest] { $who } marcó el mejor tiempo con { $car }: { $time }.
       *[other] { $who } se llevó { story-pole-what } con { $car } y un tiempo de { $time }.
    }
story-pole-provisional = { $who } ocupa provisionalmente { story-pole-what } con { $car } y un tiempo de { $time }.
story-fastest-so-far = { $who } tiene por ahora el mejor tiempo con { $car }: { $time }.
story-pole-at = A los { $moment } de sesión, { $who } ocupaba provisionalmente { story-pole-what } con { $car } y un tiempo de { $time }.
story-fastest-at = A los { $moment } de sesión, { $who } tenía el mejor tiempo con { $car }: { $time }.

story-place = { $place ->
        [2] Segundo
       *[3] Tercer
    } puesto para { $who } con { $car }, a { $gap } segundos.
story-place-tied = { $place ->
        [2] Segundo
       *[3] Tercer
    } puesto para { $who } con { $car }, con el mismo tiempo, marcado más tarde.

story-class-pole = { $who } en { $class } (n.º { $number }, { $time })
story-class-poles = Las poles de categoría fueron para { $poles }.
story-class-poles-provisional = Poles de categoría provisionales: { $poles }.

story-record-holder = {" "}({ $holder })
story-record-stood = El récord de { $record }{ $holder } resistió: el mejor tiempo{ $scope ->
        [class] {" "}de { $class }
       *[all] {""}
    } se quedó a { $gap } segundos.
story-record-stood-untried = El récord de { $record }{ $holder } no fue amenazado.
story-record-beaten-by-pole = La pole batió por { $gap } segundos el récord de { $record }{ $holder }
story-record-beaten-by-car = El n.º { $number } batió por { $gap } segundos el récord de { $record }{ $holder }
story-record-all-under = los { $all } coches{ $scope ->
        [class] {" "}de { $class }
       *[all] {""}
    } con tiempo bajaron de esa marca
story-record-only-one = ningún otro coche bajó de esa marca
story-record-some-under = { $beaten } de los { $eligible } coches{ $scope ->
        [class] {" "}de { $class }
       *[all] {""}
    } con tiempo bajaron de esa marca
story-record-beaten = { $by }; { $under }.

story-spread = Los { $count } coches{ $scope ->
        [class] {" "}de { $class }
       *[all] {""}
    } con tiempo quedaron { $within ->
        [yes] en menos de un segundo: { $spread } segundos
       *[no] repartidos en { $spread } segundos
    } del primero al último.

story-outside-107 = { $n ->
        [one] El { $cars } quedó
       *[other] Los { $cars } quedaron
    } fuera del 107 % de la pole{ $scope ->
        [class] {" "}de { $class }
       *[all] {""}
    } (más { $n ->
        [one] lento
       *[other] lentos
    } que { $limit }).

story-untimed = El n.º { $subject } { $status ->
        [dns] no participó en la sesión
        [excluded] fue excluido
       *[none] no marcó tiempo
    }.
story-untimed-note = El n.º { $subject } { $status ->
        [dns] no participó en la sesión
        [excluded] fue excluido
       *[none] no marcó tiempo
    }: { $note }.

## El marco del gráfico: la carga, o un gráfico que no se pudo mostrar (el motivo sigue en
## inglés: véase la cabecera de en.ftl).

status-loading = Cargando la sesión…
status-failed = No se pudo mostrar el gráfico.{" "}
status-retry = Reintentar

status-label = { $status ->
    [dns] No participó
    [excluded] Excluido
   *[no_time] Sin tiempo
}

## El gráfico

chart-name = { $scope ->
        [classes] Diferencia con la pole de cada categoría
        [parts] Diferencia con el mejor tiempo de cada fase
        [class] { $class }: diferencia con la pole
       *[all] Diferencia con la pole
    }, { $n ->
        [one] { $count } coche con tiempo
       *[other] { $count } coches con tiempo
    }
chart-to-pole = a { $gap } de la pole
chart-classes = Categoría
chart-all-classes = Todas
chart-show-all-classes = Mostrar las { $count } categorías
chart-show-all-cars = Mostrar los { $count } coches
chart-legend-classes = Categorías
chart-legend-manufacturers = Fabricantes
chart-legend-teams = Equipos
chart-more-cars = Se muestran { $shown } de { $total } coches
chart-cutoff = 107 %
chart-cutoff-title = 107 % de la pole: { $limit }; los coches a la derecha de esta línea fueron más lentos
chart-ghost = #{ $number }: la vuelta anulada en { $time } (vuelta { $lap }) le habría valido { $result }
chart-ghost-pole = la pole por { $gap }
chart-part-fastest = mejor tiempo { $time }
chart-record = Récord { $time }
chart-download-svg = Descargar SVG
chart-download-png = Descargar PNG
chart-data-json = Descargar los datos (JSON)
chart-data-csv = Descargar los datos (CSV)
page-title = Clasificación

credit-source = Fuente: { $name }
credit-byline = Gráfico: { $name }

## El panel del coche seleccionado

details-hint = Pasa el cursor, toca o usa las flechas sobre un coche para ver sus vueltas. Haz clic, pulsa Intro o usa su botón Comparar para compararlo con otros.
details-compare = Comparar
details-uncompare = Quitar de la comparación
details-best = Mejor vuelta
details-best-on-lap = { $time } (vuelta { $lap })
details-gap = Diferencia
details-metres = Diferencia en metros
details-interval = Intervalo
details-percent = % de la pole
details-ideal = Vuelta ideal
details-laps-run = Vueltas dadas
details-lost = Frente a la vuelta de la pole, sector a sector:{" "}
details-laps-caption = Vuelta a vuelta: ◆ mejor sector de la sesión, ● mejor sector propio, tachada: anulada
details-laps-window = . Vueltas { $first }–{ $last } de { $total }, en torno a la mejor.{" "}
details-show-all-laps = Mostrar las { $count } vueltas
details-session-best = mejor de la sesión
details-personal-best = mejor propio
details-lap = Vuelta
details-time = Tiempo
details-red-flag = bandera roja
deleted = anulada
pit-in = entrada
pit-out = salida

## La tabla

table-show = Ver como tabla
table-name = Tabla de la clasificación
table-more-cars = { chart-more-cars }.{" "}
table-pos = Pos.
table-class = Categoría
table-part = Fase
table-part-title = la fase cuyo tiempo clasifica al coche; su diferencia se mide con el mejor tiempo de esa fase
table-car = N.º
table-driver = Piloto
table-best = Mejor vuelta
table-gap = Dif.
table-interval = Int.
table-percent = %
table-metres = Metros
table-metres-title = la diferencia como distancia, a la velocidad media de la vuelta de la pole
table-ideal = Ideal
table-left = Sin aprovechar
table-left-title = mejor vuelta − vuelta ideal
table-ideal-gap = Dif. ideal
table-ideal-gap-title = vuelta ideal − la vuelta ideal más rápida
table-note = Nota
table-pole = pole
table-outside-107 = fuera del 107 %

## La comparación

compare-title = Comparación
compare-clear = Borrar
compare-hint = Elige otro coche para comparar.
compare-ideal-delta = Δ ideal

## Las vueltas de los coches comparados

laps-title = Vuelta a vuelta
laps-sub = Cada vuelta en el momento de la sesión en que terminó; la línea es el mejor tiempo de cada coche hasta entonces.
laps-hint = Pasa el cursor, toca o selecciona una vuelta para ver su tiempo, sus sectores y su piloto.
laps-axis = Tiempo por vuelta · más abajo, más rápido
laps-summary = Todas las vueltas de { $cars } según el tiempo de sesión; más abajo es más rápido
laps-lap = #{ $number } vuelta { $lap }
laps-no-time = sin tiempo
laps-best = mejor vuelta
laps-out-lap = vuelta de salida
laps-in-lap = vuelta de entrada
laps-show-slow = Mostrar las vueltas más lentas
laps-hide-slow = Ocultar las vueltas más lentas
laps-slow-shown = Se muestran todas las vueltas, incluidas las de salida y las que superan el 107 % de la mejor de cada coche ({ $count }).
laps-slow-hidden = Las vueltas de salida y las que superan el 107 % de la mejor de cada coche están ocultas ({ $count }).
laps-capped = Se dibujan las { $shown } vueltas más rápidas de cada coche ({ $total } más sin dibujar).
laps-unplaced = Las vueltas sin tiempo de sesión no se dibujan ({ $count }).
laps-none = No se puede dibujar ninguna vuelta de estos coches: el cronometraje no da ninguna con tiempo y tiempo de sesión.

## La pole provisional

timeline-title = La pole provisional a lo largo de la sesión
timeline-summary = La pole provisional a lo largo de la sesión: { $steps }
timeline-then = {"; luego "}
timeline-step = #{ $number } { $driver } { $time } en la vuelta { $lap }, a los { $at }

## La repetición

replay-play = Reproducir
replay-pause = Pausa
replay-end = Final
replay-slider = Tiempo de sesión
replay-value = { $moment } de { $end }

## En directo

live-final = Finalizada
live-failing = En directo · error al actualizar, reintentando
live-updated = En directo · actualizado { $unit ->
        [now] ahora mismo
        [s] hace { $n } s
        [min] hace { $n } min
       *[h] hace { $n } h
    }
live-news = Nueva pole provisional{ $scope ->
        [class] {" "}de { $class }
       *[all] {""}
    }: { $who }, { $time }.

## El informe de texto del CLI

report-number = N.º
report-no-entries = Sin inscritos.
report-class = Categoría: { $class }
report-at = Situación a los { $at } de sesión (provisional)
report-class-poles = Poles de categoría
report-records = Récords
report-record-verdict = { $n ->
        [0] no batido
        [one] batido por { $n } coche
       *[other] batido por { $n } coches
    }
report-sectors = Mejores sectores de la sesión
report-not-timed = sin tiempo
report-ideal = Vuelta ideal  { $ideal }  (suma de los mejores sectores de la sesión)
