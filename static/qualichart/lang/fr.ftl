# Les mots de qualichart en français : le graphique, sa version statique et la prose du CLI.
# Même syntaxe et mêmes identifiants que en.ftl (voir son en-tête). Une voiture est féminine
# (« la n°31 », « les neuf GTP … toutes ») ; « seconde » s'accorde avec la partie entière
# ($whole : 0,071 seconde, 2,5 secondes).

## Listes

list-comma = {", "}
list-and = { $first } et { $last }

number-word = { $n ->
    [0] aucune
    [1] une
    [2] deux
    [3] trois
    [4] quatre
    [5] cinq
    [6] six
    [7] sept
    [8] huit
    [9] neuf
    [10] dix
    [11] onze
    [12] douze
   *[other] { $n }
}

## Le récit

story-car = { $model } n°{ $number }
story-car-number = la n°{ $number }
story-who-number = La n°{ $number }
story-car-ref = n°{ $number }
story-no-time = Aucune voiture n'a signé de temps.

story-pole-what = { $kind ->
    [class] la pole { $class }
    [fastest] le meilleur temps
   *[pole] la pole position
}
story-pole = { $who } a signé { story-pole-what } sur { $car }, en { $time }.
story-pole-provisional = { $who } occupe provisoirement { story-pole-what } sur { $car }, en { $time }.
story-fastest-so-far = { $who } détient pour l'instant le meilleur temps sur { $car }, en { $time }.
story-pole-at = À { $moment } de séance, { $who } occupait provisoirement { story-pole-what } sur { $car }, en { $time }.
story-fastest-at = À { $moment } de séance, { $who } détenait le meilleur temps sur { $car }, en { $time }.

story-seconds = { $whole ->
    [one] seconde
   *[other] secondes
}
story-place = { $place ->
        [2] Deuxième
       *[3] Troisième
    } temps pour { $who } sur { $car }, à { $gap } { story-seconds }.
story-place-tied = { $place ->
        [2] Deuxième
       *[3] Troisième
    } temps pour { $who } sur { $car }, avec le même chrono, signé plus tard.

story-class-pole = { $who } en { $class } (n°{ $number }, { $time })
story-class-poles = Les poles de catégorie reviennent à { $poles }.
story-class-poles-provisional = Poles de catégorie provisoires : { $poles }.

story-record-holder = {" "}({ $holder })
story-record-stood = Le record de { $record }{ $holder } a résisté : le meilleur temps{ $scope ->
        [class] {" "}en { $class }
       *[all] {""}
    } est resté à { $gap } { story-seconds }.
story-record-stood-untried = Le record de { $record }{ $holder } n'a pas été menacé.
story-record-beaten-by-pole = La pole a battu de { $gap } { story-seconds } le record de { $record }{ $holder }
story-record-beaten-by-car = La n°{ $number } a battu de { $gap } { story-seconds } le record de { $record }{ $holder }
story-record-all-under = les { $all } { $scope ->
        [class] { $class }
       *[all] voitures
    } ayant signé un temps sont toutes passées sous cette marque
story-record-only-one = aucune autre voiture n'est passée sous cette marque
story-record-some-under = { $beaten } des { $eligible } { $scope ->
        [class] { $class }
       *[all] voitures
    } ayant signé un temps sont passées sous cette marque
story-record-beaten = { $by } ; { $under }.

story-spread = Les { $count } { $scope ->
        [class] { $class }
       *[all] voitures
    } ayant signé un temps { $within ->
        [yes] se tiennent en moins d'une seconde : { $spread } { story-seconds }
       *[no] sont réparties sur { $spread } { story-seconds }
    } entre la première et la dernière.

story-outside-107 = { $n ->
        [one] La { $cars } est
       *[other] Les { $cars } sont
    } hors des 107 % de la pole{ $scope ->
        [class] {" "}{ $class }
       *[all] {""}
    } (plus { $n ->
        [one] lente
       *[other] lentes
    } que { $limit }).

story-untimed = La n°{ $subject } { $status ->
        [dns] n'a pas pris part à la séance
        [excluded] a été exclue
       *[none] n'a pas signé de temps
    }.
story-untimed-note = La n°{ $subject } { $status ->
        [dns] n'a pas pris part à la séance
        [excluded] a été exclue
       *[none] n'a pas signé de temps
    } : { $note }.
