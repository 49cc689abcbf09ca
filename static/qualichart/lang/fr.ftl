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

## Le cadre autour du graphique : chargement, ou graphique impossible à afficher (la raison
## suit, en anglais : voir l'en-tête de en.ftl).

status-loading = Chargement de la séance…
status-failed = Le graphique n'a pas pu être affiché.{" "}
status-retry = Réessayer

status-label = { $status ->
    [dns] Forfait
    [excluded] Exclue
   *[no_time] Sans temps
}

## Le graphique

chart-name = { $scope ->
        [classes] Écart à la pole de chaque catégorie
        [parts] Écart au meilleur temps de chaque phase
        [class] { $class } : écart à la pole
       *[all] Écart à la pole
    }, { $n ->
        [one] { $count } voiture avec un temps
       *[other] { $count } voitures avec un temps
    }
chart-to-pole = à { $gap } de la pole
chart-classes = Catégorie
chart-all-classes = Toutes
chart-show-all-classes = Afficher les { $count } catégories
chart-show-all-cars = Afficher les { $count } voitures
chart-legend-classes = Catégories
chart-legend-manufacturers = Constructeurs
chart-legend-teams = Équipes
chart-more-cars = { $shown } voitures affichées sur { $total }
chart-cutoff = 107 %
chart-cutoff-title = 107 % de la pole : { $limit } ; les voitures à droite de cette ligne ont été plus lentes
chart-ghost = #{ $number } : tour annulé en { $time } (tour { $lap }), qui aurait valu { $result }
chart-ghost-pole = la pole avec { $gap } d'avance
chart-part-fastest = meilleur temps { $time }
chart-record = Record { $time }
chart-download-svg = Télécharger en SVG
chart-download-png = Télécharger en PNG
chart-data-json = Obtenir les données (JSON)
chart-data-csv = Obtenir les données (CSV)
page-title = Qualifications

credit-source = Source : { $name }
credit-byline = Graphique : { $name }

## Le panneau de la voiture sélectionnée

details-hint = Survolez une voiture, touchez-la ou parcourez le classement avec les flèches pour voir ses tours. Cliquez dessus, appuyez sur Entrée ou utilisez son bouton Comparer pour la comparer à d'autres.
details-compare = Comparer
details-uncompare = Retirer de la comparaison
details-best = Meilleur tour
details-best-on-lap = { $time } (tour { $lap })
details-gap = Écart
details-metres = Écart en mètres
details-interval = Intervalle
details-percent = % de la pole
details-ideal = Tour idéal
details-laps-run = Tours effectués
details-lost = Face au tour de la pole, secteur par secteur :{" "}
details-laps-caption = Tour par tour : ◆ meilleur secteur de la séance, ● meilleur secteur personnel, barré : annulé
details-laps-window = . Tours { $first } à { $last } sur { $total }, autour du meilleur tour.{" "}
details-show-all-laps = Afficher les { $count } tours
details-session-best = meilleur de la séance
details-personal-best = meilleur personnel
details-lap = Tour
details-time = Temps
details-red-flag = drapeau rouge
deleted = annulé
pit-in = rentrée
pit-out = sortie

## Le tableau

table-show = Afficher le tableau
table-name = Tableau du classement
table-more-cars = { chart-more-cars }.{" "}
table-pos = Pos.
table-class = Catégorie
table-part = Phase
table-part-title = la phase dont le temps classe la voiture ; son écart se mesure au meilleur temps de cette phase
table-car = N°
table-driver = Pilote
table-best = Meilleur tour
table-gap = Écart
table-interval = Int.
table-percent = %
table-metres = Mètres
table-metres-title = l'écart exprimé en distance, à la vitesse moyenne du tour de la pole
table-ideal = Idéal
table-left = Marge
table-left-title = meilleur tour − tour idéal
table-ideal-gap = Écart idéal
table-ideal-gap-title = tour idéal − meilleur tour idéal
table-note = Remarque
table-pole = pole
table-outside-107 = hors des 107 %

## La comparaison

compare-title = Comparaison
compare-clear = Effacer
compare-hint = Choisissez une autre voiture à comparer.
compare-ideal-delta = Δ idéal

## Les tours des voitures comparées

laps-title = Tour par tour
laps-sub = Chaque tour au moment de la séance où il s'est achevé ; la ligne suit le meilleur temps de chaque voiture.
laps-hint = Survolez, touchez ou sélectionnez un tour pour voir son temps, ses secteurs et son pilote.
laps-axis = Temps au tour · plus bas = plus rapide
laps-summary = Tous les tours de { $cars } au fil de la séance ; plus bas, c'est plus rapide
laps-lap = #{ $number } tour { $lap }
laps-no-time = pas de temps
laps-best = meilleur tour
laps-out-lap = tour de sortie
laps-in-lap = tour de rentrée
laps-show-slow = Afficher les tours plus lents
laps-hide-slow = Masquer les tours plus lents
laps-slow-shown = Tous les tours sont affichés, y compris les tours de sortie et ceux au-delà de 107 % du meilleur tour de chaque voiture ({ $count }).
laps-slow-hidden = Les tours de sortie et ceux au-delà de 107 % du meilleur tour de chaque voiture sont masqués ({ $count }).
laps-capped = Seuls les { $shown } tours les plus rapides de chaque voiture sont tracés ({ $n ->
        [one] { $total } autre non tracé
       *[other] { $total } autres non tracés
    }).
laps-unplaced = Les tours sans heure de passage ne sont pas tracés ({ $count }).
laps-none = Aucun tour de ces voitures ne peut être tracé : le chronométrage n'en donne aucun avec un temps et une heure de passage.

## La pole provisoire

timeline-title = La pole provisoire au fil de la séance
timeline-summary = La pole provisoire au fil de la séance : { $steps }
timeline-then = {" ; puis "}
timeline-step = #{ $number } { $driver } { $time } au tour { $lap }, à { $at } de séance

## Le rejeu

replay-play = Rejouer
replay-pause = Pause
replay-end = Fin
replay-slider = Temps de séance
replay-value = { $moment } sur { $end }

## Le direct

live-final = Terminé
live-failing = En direct · échec de la mise à jour, nouvel essai
live-updated = En direct · mis à jour { $unit ->
        [now] à l'instant
        [s] il y a { $n } s
        [min] il y a { $n } min
       *[h] il y a { $n } h
    }
live-news = Nouvelle pole provisoire{ $scope ->
        [class] {" "}en { $class }
       *[all] {""}
    } : { $who }, { $time }.

## Le rapport texte du CLI

report-number = N°
report-no-entries = Aucun engagé.
report-class = Catégorie : { $class }
report-at = Situation à { $at } de séance (provisoire)
report-class-poles = Poles de catégorie
report-records = Records
report-record-verdict = { $n ->
        [0] non battu
        [one] battu par { $n } voiture
       *[other] battu par { $n } voitures
    }
report-sectors = Meilleurs secteurs de la séance
report-not-timed = sans temps
report-ideal = Tour idéal  { $ideal }  (somme des meilleurs secteurs de la séance)
