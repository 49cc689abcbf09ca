# qualichart's words in English: the chart, its fallback and the CLI's prose.
#
# Project Fluent syntax (https://projectfluent.org/), the subset `src/core/lang/ftl.rs` reads:
# messages, variables, string literals, message references and select expressions (no terms,
# attributes or functions). Every figure arrives written already (`1:32.656`, `+0.071`), with
# the language's decimal mark; a count arrives as a number for plurals ($n) and, where it is
# shown, written as the language groups it ($count, $shown, $total: `10,000`, `10 000`).
# Every reader's bundle carries this file without its comment lines (`src/build.rs`), so
# comments cost nothing: write them for translators. Every other language's file has the same
# ids (`tests/lang.rs`); a missing one is said in English. Ids are grouped by where a reader
# meets them: the chart (chart-*), the details panel (details-*), the table (table-*), the
# comparison (compare-*), the laps chart (laps-*), the timeline (timeline-*), the replay
# (replay-*), a live chart (live-*), the frame around a chart that is loading or failed
# (status-*), the CLI's text report (report-*), the story (story-*).
#
# Not here, on purpose:
# - "P3", "#31", "S1", "Δ" and "m": the timing screen's notation, the same in every language.
# - Messages about bad input (a session that does not validate, a file the CLI cannot read, a
#   request that failed, a page without data-src): they name field paths and attributes for the
#   publisher who fixes them, and stay in English (`core::error`, `core::validate`,
#   `widget::fetch`).
# - The CSV download and `report --csv`: data for scripts and spreadsheets, in English with `.`
#   decimals whatever the chart's language (`core::table`); the table on the page is the
#   reader's language.

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

## The frame around a chart: loading, or a chart that could not be shown (the reason follows,
## in English: see the header).

status-loading = Loading the session…
status-failed = The chart could not be shown.{" "}
status-retry = Try again

# A car without a time, as the chart, the table and the report label it: $status no_time, dns
# or excluded.
status-label = { $status ->
    [dns] DNS
    [excluded] Excluded
   *[no_time] No time
}

## The chart. $count is a count already written ("10,000"), $n the same number, for plurals.

# The chart's accessible name: what it shows ($scope classes, parts, class or all), then how
# many cars set a time.
chart-name = { $scope ->
        [classes] Gap to each class pole
        [parts] Gap to the fastest in each part
        [class] { $class }: gap to pole
       *[all] Gap to pole
    }, { $n ->
        [one] { $count } car with a time
       *[other] { $count } cars with a time
    }
# After a car's position, number, driver and time in its accessible name and tooltip.
chart-to-pole = { $gap } to pole
# The class buttons: the group's name, the button for every class, the one for more buttons.
chart-classes = Class
chart-all-classes = All
chart-show-all-classes = Show all { $count } classes
chart-show-all-cars = Show all { $count } cars
# The legend's name: what its colours stand for.
chart-legend-classes = Classes
chart-legend-manufacturers = Manufacturers
chart-legend-teams = Teams
# Under a chart that draws the first cars only; $shown and $total are counts.
chart-more-cars = Showing { $shown } of { $total } cars
# The 107 % line: its label on the chart (short), its tooltip.
chart-cutoff = 107%
chart-cutoff-title = 107% of pole: { $limit }; cars right of this line were slower
# A deleted lap's mark: $result is "P3, +0.120", "P1" or chart-ghost-pole.
chart-ghost = #{ $number } deleted lap { $time } (lap { $lap }) would have been { $result }
chart-ghost-pole = pole by { $gap }
# A knockout part before the last: where its gaps start.
chart-part-fastest = fastest { $time }
# A record line's label where its own caption does not fit.
chart-record = Record { $time }
chart-download-svg = Download SVG
chart-download-png = Download PNG
chart-data-json = Get the data (JSON)
chart-data-csv = Get the data (CSV)
page-title = Qualifying

# The credit line under the chart: $name is the session's source, or its byline.
credit-source = Source: { $name }
credit-byline = Chart: { $name }

## The details panel of the car in focus.

details-hint = Hover, tap or use the arrow keys on a car for its laps. Click it, press Enter or use its Compare button to compare cars.
details-compare = Compare
details-uncompare = Remove from comparison
details-best = Best
details-best-on-lap = { $time } (lap { $lap })
details-gap = Gap
details-metres = Gap in metres
details-interval = Interval
details-percent = % of pole
details-ideal = Ideal lap
details-laps-run = Laps run
details-lost = Against the pole's lap, sector by sector:{" "}
details-laps-caption = Lap by lap: ◆ session best sector, ● personal best, struck through: deleted
# A long run shows the laps around its best: $first, $last, $total are counts.
details-laps-window = . Laps { $first }–{ $last } of { $total }, around the best lap.{" "}
details-show-all-laps = Show all { $count } laps
details-session-best = session best
details-personal-best = personal best
details-lap = Lap
details-time = Time
details-red-flag = red flag
# A lap deleted by the stewards (the details, the laps chart's key and its laps).
deleted = deleted
# A pit lap's mark, after its number and over its mark in the laps chart.
pit-in = in
pit-out = out

## The table ("Show as table"), and the text report's columns. A column's -title says what it
## holds when its heading does not.

table-show = Show as table
table-name = Classification table
# Under a table that lists the first cars only, before its chart-show-all-cars button.
table-more-cars = { chart-more-cars }.{" "}
table-pos = Pos
table-class = Class
table-part = Part
table-part-title = the part whose time classifies the car; its gap is to the fastest in that part
table-car = Car
table-driver = Driver
table-best = Best
table-gap = Gap
table-interval = Int.
table-percent = %
table-metres = Metres
table-metres-title = the gap as a distance at the pole lap's average speed
table-ideal = Ideal
table-left = Left on table
table-left-title = best lap − ideal lap
table-ideal-gap = Ideal gap
table-ideal-gap-title = ideal lap − the fastest ideal lap
table-note = Note
# The gap of the pole itself.
table-pole = pole
table-outside-107 = outside 107%

## The comparison of the picked cars.

compare-title = Compare
compare-clear = Clear
compare-hint = Pick another car to compare with.
compare-ideal-delta = Ideal Δ

## The laps chart of the compared cars.

laps-title = Lap by lap
laps-sub = Each lap at the session time it ended; the line is each car's best so far.
laps-hint = Hover, tap or focus a lap for its time, sectors and driver.
laps-axis = Lap time · lower is faster
# $cars: the compared cars' numbers as a list ("#31 and #7").
laps-summary = Every lap of { $cars } at its session time; lower is faster
laps-lap = #{ $number } lap { $lap }
laps-no-time = no time
laps-best = best lap
laps-out-lap = out-lap
laps-in-lap = in-lap
laps-show-slow = Show slower laps
laps-hide-slow = Hide slower laps
laps-slow-shown = Showing every lap: out-laps and laps over 107 % of each car's best included ({ $count }).
laps-slow-hidden = Out-laps and laps over 107 % of each car's best are hidden ({ $count }).
# $shown: the laps drawn of each car; $total: how many more are not.
laps-capped = The fastest { $shown } laps of each car are drawn ({ $total } more not drawn).
laps-unplaced = Laps without a session time are not drawn ({ $count }).
laps-none = No lap of these cars can be drawn: the timing gives none with a time and a session time.

## The provisional-pole timeline.

timeline-title = Provisional pole, over the session
# Its accessible name: $steps, every timeline-step joined by timeline-then.
timeline-summary = Provisional pole over the session: { $steps }
timeline-then = {"; then "}
# A provisional pole: $driver (a surname, may be empty), $time, $lap, $at (session time).
timeline-step = #{ $number } { $driver } { $time } on lap { $lap }, at { $at }

## The replay: the session-time slider.

replay-play = Replay
replay-pause = Pause
replay-end = End
replay-slider = Session time
replay-value = { $moment } of { $end }

## A live chart: its badge, and what a screen reader hears of a new provisional pole.

live-final = Final
live-failing = Live · update failed, retrying
# How old the data is: $unit now, s, min or h, and $n of them.
live-updated = Live · updated { $unit ->
        [now] just now
        [s] { $n } s ago
        [min] { $n } min ago
       *[h] { $n } h ago
    }
# $scope class (in the chart of every class) or all; $who "#31 Pipo Derani".
live-news = New provisional { $scope ->
        [class] { $class } pole
       *[all] pole
    }: { $who }, { $time }.

## The CLI's text report (`qualichart report`); its columns are table-*.

report-number = No.
report-no-entries = No entries.
report-class = Class: { $class }
report-at = As it stood at { $at } of session time (provisional)
report-class-poles = Class poles
report-records = Records
# $n: how many cars beat the record.
report-record-verdict = { $n ->
        [0] not beaten
       *[other] beaten by { $n }
    }
report-sectors = Session-best sectors
report-not-timed = not timed
report-ideal = Ideal lap  { $ideal }  (sum of the session-best sectors)
