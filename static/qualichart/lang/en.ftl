# qualichart's words in English: the chart, its fallback and the CLI's prose.
#
# Project Fluent syntax (https://projectfluent.org/), the subset `src/core/lang/ftl.rs` reads:
# messages, variables, string literals, message references and select expressions (no terms,
# attributes or functions). Every figure arrives written already (`1:32.656`, `+0.071`), with
# the language's decimal mark; counts arrive as numbers, for plurals.
# Every other language's file has the same ids (`tests/lang.rs`); a missing one is said in
# English.

## Lists

list-comma = {", "}
list-and = { $first } and { $last }

# Numbers up to twelve in words, as house style writes them; larger ones in figures. Where
# a language's words for a number agree with a noun, they agree with its word for a car.
number-word = { $n ->
    [0] no
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
    [11] eleven
    [12] twelve
   *[other] { $n }
}

## The story: sentences a reporter writes from the classification.
## $who: a driver's name (or story-who-number); $car: story-car or story-car-number;
## $time, $gap, $limit: figures; $whole: a gap's whole seconds, for languages whose noun
## agrees with it; $kind: class, fastest or pole; $class: a class name.

story-car = the #{ $number } { $model }
story-car-number = the #{ $number }
story-who-number = The #{ $number }
# A car in a list of cars ("#27 and #40 were outside …").
story-car-ref = #{ $number }
story-no-time = No car set a time.

story-pole-what = { $kind ->
    [class] { $class } pole
    [fastest] the fastest time
   *[pole] pole
}
story-pole = { $who } took { story-pole-what } in { $car }, { $time }.
story-pole-provisional = { $who } is on provisional { story-pole-what } in { $car }, { $time }.
story-fastest-so-far = { $who } has the fastest time so far in { $car }, { $time }.
story-pole-at = At { $moment }, { $who } held provisional { story-pole-what } in { $car }, { $time }.
story-fastest-at = At { $moment }, { $who } had the fastest time in { $car }, { $time }.

story-place = { $who } was { $place ->
        [2] second
       *[3] third
    } in { $car }, { $gap } seconds behind.
story-place-tied = { $who } was { $place ->
        [2] second
       *[3] third
    } in { $car }, with the same time, set later.

story-class-pole = { $class } #{ $number } { $who } ({ $time })
story-class-poles = Class poles went to { $poles }.
story-class-poles-provisional = Provisional class poles: { $poles }.

# A record: $label (the session's own, lower-cased), $record (its time), $holder (driver and
# year, may be empty: story-record-holder), $scope class or all.
story-record-holder = {" "}({ $holder })
story-record-stood = The { $label } of { $record }{ $holder } stood: the fastest { $scope ->
        [class] { $class } time
       *[all] time
    } was { $gap } seconds slower.
story-record-stood-untried = The { $label } of { $record }{ $holder } stood.
story-record-beaten-by-pole = The pole beat the { $label } of { $record }{ $holder } by { $gap } seconds
story-record-beaten-by-car = #{ $number } beat the { $label } of { $record }{ $holder } by { $gap } seconds
story-record-all-under = all { $all } { $scope ->
        [class] { $class } cars
       *[all] cars
    } that set a time went under it
story-record-only-one = no other car went under it
story-record-some-under = { $beaten } of the { $eligible } { $scope ->
        [class] { $class } cars
       *[all] cars
    } that set a time went under it
story-record-beaten = { $by }; { $under }.

# How close the field was: $n cars ($count in words), $spread first to last, $within yes when under a second.
story-spread = The { $count } { $scope ->
        [class] { $class } { $n ->
            [one] car
           *[other] cars
        }
       *[all] { $n ->
            [one] car
           *[other] cars
        }
    } that set a time were { $within ->
        [yes] within a second:
       *[no] spread over
    } { $spread } seconds from first to last.

# Cars outside 107 % of their section's pole: $cars a list of numbers, $n how many.
story-outside-107 = { $cars } { $n ->
        [one] was
       *[other] were
    } outside 107 % of the { $scope ->
        [class] { $class } pole
       *[all] pole
    } (slower than { $limit }).

# A car without a time: $subject "#5 Proton Competition Porsche 963", $status dns, excluded or
# none, $note the session's own words.
story-untimed = The #{ $subject } { $status ->
        [dns] did not start
        [excluded] was excluded
       *[none] did not set a time
    }.
story-untimed-note = The #{ $subject } { $status ->
        [dns] did not start
        [excluded] was excluded
       *[none] did not set a time
    }: { $note }.
