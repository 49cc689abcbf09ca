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
