//! The laps chart in pixels: every lap of the compared cars at its session time (x) and lap
//! time (y, faster lower), each car's improving best as a step line, and which laps the
//! cut-off takes off the scale.
//!
//! Out-laps and laps over 107 % of the car's own best (the rule of `core::analysis::within`)
//! are off the scale until the reader asks for them, so the laps that matter fill the chart.
//! Like the main chart and the timeline, every coordinate is rounded to a tenth of a pixel
//! here, so the widget and the server-side render draw the same marks. The work is
//! O(laps log laps): one sort of each car's laps by session time, and one by lap time when a
//! car has more than [`MAX_MARKS_PER_CAR`].
//!
//! What it does not do: words. Labels, accessible names and the note under the chart are
//! `widget::text`'s; the component draws what this lays out.

use crate::core::analysis::within;
use crate::core::chart::px::{round, Px};
use crate::core::chart::scale::{step_125, Linear};
use crate::core::colour::distinct;
use crate::core::colouring::{car_colour, ColourBy};
use crate::core::session::{Pit, Session};
use crate::core::time::{Elapsed, LapTime, TICKS_PER_SEC};

/// The most laps drawn as marks for one car: the fastest ones. A qualifying run is a few
/// dozen laps at most; a long practice (or a hostile file, up to 5,000 laps a car) would be
/// marks a reader cannot tell apart in a chart a few hundred pixels wide. The step line is
/// drawn from every lap on the scale; [`LapsLayout::capped`] counts the marks left out.
pub const MAX_MARKS_PER_CAR: usize = 200;
/// The chart's height in a column, and in a phone's box (under [`NARROW_BELOW`] wide).
pub const HEIGHT: f64 = 300.0;
pub const NARROW_HEIGHT: f64 = 240.0;
/// A chart narrower than this is a phone's: shorter, with fewer ticks.
pub const NARROW_BELOW: f64 = 480.0;
/// Room around the plot: the lap-time labels on the left, the axis title above, the
/// session-time labels below.
const LEFT: f64 = 46.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 26.0;
/// Marks are kept this far inside the plot's left and right edges, so none is cut in half.
const INSET: f64 = 9.0;
/// About this many pixels between session-time ticks.
const X_TICK_SPACING: f64 = 100.0;
/// Session-time steps a reader counts in, in seconds: 1 s to 12 h.
const CLOCK_STEPS: [i64; 17] = [
    1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
];

/// The mark of each compared car, in pick order: with its colour, a car is told apart by its
/// shape too, so the chart reads without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
}

impl Shape {
    /// The shapes in pick order: as many as cars can be compared.
    pub const ALL: [Shape; 4] = [
        Shape::Circle,
        Shape::Square,
        Shape::Triangle,
        Shape::Diamond,
    ];

    /// The shape's name, for the key's accessible text.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Circle => "circle",
            Shape::Square => "square",
            Shape::Triangle => "triangle",
            Shape::Diamond => "diamond",
        }
    }

    /// The SVG path of the shape centred on `(x, y)`, about 10 px across.
    pub fn path(self, x: f64, y: f64) -> String {
        match self {
            Shape::Circle => format!(
                "M{} {}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0z",
                Px(x - 4.5),
                Px(y)
            ),
            Shape::Square => format!("M{} {}h8v8h-8z", Px(x - 4.0), Px(y - 4.0)),
            Shape::Triangle => format!("M{} {}l5 9h-10z", Px(x), Px(y - 5.5)),
            Shape::Diamond => format!("M{} {}l5 5l-5 5l-5 -5z", Px(x), Px(y - 5.0)),
        }
    }
}

/// Every mark of the laps chart.
#[derive(Clone, Debug, PartialEq)]
pub struct LapsLayout {
    pub width: f64,
    pub height: f64,
    /// The plot's edges: the axes' lines and the grid run between them.
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// The compared cars, in pick order.
    pub cars: Vec<CarLaps>,
    /// Session-time ticks under the plot, and lap-time ticks beside it (slowest on top).
    pub x_ticks: Vec<(f64, Elapsed)>,
    pub y_ticks: Vec<(f64, LapTime)>,
    /// The replay's moment (`Session::moment`), where it falls on the time axis.
    pub moment: Option<f64>,
    /// Laps the cut-off takes off the scale: out-laps and laps over 107 % of their car's best.
    /// Counted whether or not they are shown, so the note and its button can say how many.
    pub slow: usize,
    /// The slow laps are on the scale (the reader asked for them).
    pub show_slow: bool,
    /// Timed laps without a session time (`at`): they cannot be placed, and are not drawn.
    pub unplaced: usize,
    /// Laps on the scale not drawn as marks ([`MAX_MARKS_PER_CAR`]).
    pub capped: usize,
}

/// One compared car.
#[derive(Clone, Debug, PartialEq)]
pub struct CarLaps {
    /// Index into `session.entries`.
    pub entry: usize,
    pub shape: Shape,
    /// `#rrggbb`: the car's colour, or another where an earlier pick has it (`colour::distinct`).
    pub colour: String,
    /// The car's fastest valid lap on the scale, the end of its step line.
    pub best: Option<LapTime>,
    /// That lap: its index in the entry's `laps` (whose driver the key names).
    pub best_lap: Option<usize>,
    /// Its laps in session-time order.
    pub marks: Vec<LapMark>,
    /// The improving best: a step line through each new best, held until the next one and to
    /// the end of the time axis. Lap time never rises along it (y never goes up).
    pub steps: Vec<(f64, f64)>,
    /// This car's laps off the scale (or, shown, that would be).
    pub slow: usize,
}

/// One lap.
#[derive(Clone, Debug, PartialEq)]
pub struct LapMark {
    /// Index into the entry's `laps`.
    pub lap: usize,
    pub x: f64,
    pub y: f64,
    /// A deleted lap (`valid: false`): drawn hollow and struck through, never on the step line.
    pub deleted: bool,
    pub pit: Option<Pit>,
    /// The car's best lap (the last step of its line).
    pub best: bool,
    /// An out-lap or a lap over the cut-off, on the scale because the reader asked.
    pub slow: bool,
}

impl LapMark {
    /// The strike through a deleted lap's mark: `(x0, x1, y)`, wider than any shape.
    pub fn strike(&self) -> (f64, f64, f64) {
        (self.x - 7.0, self.x + 7.0, self.y)
    }
}

impl LapsLayout {
    /// Every mark as `(car, mark)` indices, left to right (ties in pick order): the order the
    /// arrow keys move through.
    pub fn reading_order(&self) -> Vec<(usize, usize)> {
        // Sorted as plain integers (x in tenths of a pixel, as laid out): one small sort.
        let mut order: Vec<(i64, usize, usize)> = self
            .cars
            .iter()
            .enumerate()
            .flat_map(|(c, car)| {
                car.marks
                    .iter()
                    .enumerate()
                    .map(move |(m, mark)| ((mark.x * 10.0).round() as i64, c, m))
            })
            .collect();
        order.sort_unstable();
        order.into_iter().map(|(_, c, m)| (c, m)).collect()
    }

    /// The number of marks drawn.
    pub fn marks(&self) -> usize {
        self.cars.iter().map(|c| c.marks.len()).sum()
    }
}

/// One timed, placed lap of a car, before layout.
struct Placed {
    lap: usize,
    number: u32,
    time: LapTime,
    at: Elapsed,
    valid: bool,
    pit: Option<Pit>,
    slow: bool,
}

/// Lays out the laps of `picks` (indices into `session.entries`, in pick order; unknown
/// indices and repeats are skipped, and at most [`Shape::ALL`]`.len()` cars are drawn) in
/// `width` pixels. `show_slow` puts out-laps and laps over the cut-off on the scale; `by` is the
/// chart's colouring, which each car's colour starts from ([`car_colour`]). `None` when there
/// is no car to draw.
pub fn laps(
    session: &Session,
    picks: &[usize],
    width: f64,
    show_slow: bool,
    by: ColourBy,
) -> Option<LapsLayout> {
    let mut cars: Vec<usize> = Vec::with_capacity(Shape::ALL.len());
    for &pick in picks {
        if session.entries.get(pick).is_some() && !cars.contains(&pick) {
            cars.push(pick);
        }
    }
    cars.truncate(Shape::ALL.len());
    if cars.is_empty() {
        return None;
    }
    let width = round(width.max(240.0));
    let narrow = width < NARROW_BELOW;
    let height = if narrow { NARROW_HEIGHT } else { HEIGHT };
    let (left, right, top, bottom) = (LEFT, width - RIGHT, TOP, height - BOTTOM);
    let colours = distinct(
        &cars
            .iter()
            .map(|&c| car_colour(session, &session.entries[c], by))
            .collect::<Vec<_>>(),
    );

    // Each car's timed, placed laps in session-time order, with the cut-off applied.
    let mut unplaced = 0;
    let runs: Vec<Vec<Placed>> = cars
        .iter()
        .map(|&c| {
            let entry = &session.entries[c];
            let timed = || entry.laps.iter().filter_map(|l| Some((l, l.time?)));
            let best = timed()
                .filter(|(l, _)| l.valid)
                .map(|(_, t)| t)
                .min()
                .or_else(|| timed().map(|(_, t)| t).min());
            let mut run: Vec<Placed> = entry
                .laps
                .iter()
                .enumerate()
                .filter_map(|(i, l)| {
                    let time = l.time?;
                    let Some(at) = l.at else {
                        unplaced += 1;
                        return None;
                    };
                    let slow = l.pit == Some(Pit::Out) || best.is_some_and(|b| !within(time, b));
                    Some(Placed {
                        lap: i,
                        number: l.number,
                        time,
                        at,
                        valid: l.valid,
                        pit: l.pit,
                        slow,
                    })
                })
                .collect();
            run.sort_unstable_by(in_session_order);
            run
        })
        .collect();
    let on_scale = |p: &Placed| show_slow || !p.slow;
    let slow = runs.iter().flatten().filter(|p| p.slow).count();
    let shown = || runs.iter().flatten().filter(|p| on_scale(p));

    // The scales: lap time over the laps on the scale, to round steps; session time from the
    // first of them to the last (or to the replay's moment).
    let fastest = shown().map(|p| p.time.as_ticks()).min();
    let slowest = shown().map(|p| p.time.as_ticks()).max();
    let first_at = shown().map(|p| p.at.as_ticks()).min();
    let moment = session.moment.map(Elapsed::as_ticks);
    let last_at = shown().map(|p| p.at.as_ticks()).max().max(moment);
    let y_count = if narrow { 4 } else { 5 };
    let (y_lo, y_hi) = match (fastest, slowest) {
        (Some(lo), Some(hi)) => {
            let step = step_125(hi - lo, y_count);
            let lo = lo.div_euclid(step) * step;
            let hi = (hi + step - 1).div_euclid(step) * step;
            (lo, hi.max(lo + step))
        }
        _ => (0, 0),
    };
    let y = Linear::new((y_lo as f64, y_hi as f64), (bottom, top));
    let y_ticks: Vec<(f64, LapTime)> = if fastest.is_some() {
        let step = step_125(y_hi - y_lo, y_count);
        (0..)
            .map(|k| y_lo + k * step)
            .take_while(|&t| t <= y_hi)
            .filter_map(|t| Some((round(y.map(t as f64)), LapTime::from_ticks(t)?)))
            .collect()
    } else {
        Vec::new()
    };
    let (x_lo, x_hi) = match (first_at.or(moment), last_at) {
        (Some(lo), Some(hi)) => (lo, hi.max(lo)),
        _ => (0, 0),
    };
    let x = Linear::new((x_lo as f64, x_hi as f64), (left + INSET, right - INSET));
    let x_ticks = if last_at.is_some() {
        clock_ticks(
            x_lo,
            x_hi,
            ((right - left) / X_TICK_SPACING).max(2.0) as i64,
        )
        .into_iter()
        .filter_map(|t| Some((round(x.map(t as f64)), Elapsed::from_ticks(t)?)))
        .collect()
    } else {
        Vec::new()
    };
    let end_x = round(x.map(x_hi as f64));

    let mut capped = 0;
    let cars = cars
        .iter()
        .zip(runs)
        .zip(colours)
        .enumerate()
        .map(|(k, ((&entry, run), colour))| {
            let slow = run.iter().filter(|p| p.slow).count();
            let mut run: Vec<Placed> = run.into_iter().filter(|p| on_scale(p)).collect();
            // The improving best, over every valid lap on the scale.
            let mut steps: Vec<(f64, f64)> = Vec::new();
            let mut best: Option<(LapTime, usize)> = None;
            for p in run.iter().filter(|p| p.valid) {
                if best.is_some_and(|(b, _)| p.time >= b) {
                    continue;
                }
                let (px, py) = (
                    round(x.map(p.at.as_ticks() as f64)),
                    round(y.map(p.time.as_ticks() as f64)),
                );
                if let Some(&(_, previous)) = steps.last() {
                    steps.push((px, previous));
                }
                steps.push((px, py));
                best = Some((p.time, p.lap));
            }
            if let Some(&(last_x, last_y)) = steps.last() {
                if end_x > last_x {
                    steps.push((end_x, last_y));
                }
            }
            // The fastest laps when there are too many to draw, still in session-time order
            // (of laps tied at the slowest time kept, the earlier ones).
            if run.len() > MAX_MARKS_PER_CAR {
                capped += run.len() - MAX_MARKS_PER_CAR;
                let mut times: Vec<LapTime> = run.iter().map(|p| p.time).collect();
                times.sort_unstable();
                let slowest_kept = times[MAX_MARKS_PER_CAR - 1];
                let mut ties = MAX_MARKS_PER_CAR - times.partition_point(|&t| t < slowest_kept);
                run.retain(|p| {
                    let keep = p.time < slowest_kept || (p.time == slowest_kept && ties > 0);
                    if p.time == slowest_kept && keep {
                        ties -= 1;
                    }
                    keep
                });
            }
            let marks = run
                .iter()
                .map(|p| LapMark {
                    lap: p.lap,
                    x: round(x.map(p.at.as_ticks() as f64)),
                    y: round(y.map(p.time.as_ticks() as f64)),
                    deleted: !p.valid,
                    pit: p.pit,
                    best: best.is_some_and(|(_, lap)| lap == p.lap),
                    slow: p.slow,
                })
                .collect();
            CarLaps {
                entry,
                shape: Shape::ALL[k],
                colour,
                best: best.map(|(t, _)| t),
                best_lap: best.map(|(_, lap)| lap),
                marks,
                steps,
                slow,
            }
        })
        .collect();
    Some(LapsLayout {
        width,
        height,
        left,
        right,
        top,
        bottom,
        cars,
        x_ticks,
        y_ticks,
        moment: moment.map(|t| round(x.map(t as f64))),
        slow,
        show_slow,
        unplaced,
        capped,
    })
}

/// Laps in the order they were completed: by session time, then lap number, then place in
/// the file (a total order, so an unstable sort gives one answer).
fn in_session_order(a: &Placed, b: &Placed) -> std::cmp::Ordering {
    (a.at, a.number, a.lap).cmp(&(b.at, b.number, b.lap))
}

/// Session-time ticks from `lo` to `hi` (0.1 ms ticks) at the first round clock step that
/// gives at most `count` intervals.
fn clock_ticks(lo: i64, hi: i64, count: i64) -> Vec<i64> {
    let span = (hi - lo).max(0);
    let count = count.max(1);
    let step = CLOCK_STEPS
        .iter()
        .map(|s| s * TICKS_PER_SEC)
        .find(|step| span / step <= count)
        .unwrap_or(CLOCK_STEPS[CLOCK_STEPS.len() - 1] * TICKS_PER_SEC);
    let first = (lo + step - 1).div_euclid(step);
    (first..)
        .map(|k| k * step)
        .take_while(|&t| t <= hi)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::moment::as_of;
    use crate::core::parse;
    use crate::core::time::Precision;

    /// The bundled sessions, built in: the core reads no files, tests included.
    fn daytona(year: u32) -> Session {
        let bytes: &[u8] = match year {
            2024 => include_bytes!("../../../static/sessions/daytona-2024-qualifying.json"),
            _ => include_bytes!("../../../static/sessions/daytona-2025-qualifying.json"),
        };
        parse(bytes).expect("a valid bundled session")
    }

    fn car(session: &Session, number: &str) -> usize {
        session.entry(number).expect("the car").index
    }

    fn time(session: &Session, car: &CarLaps, mark: &LapMark) -> String {
        session.entries[car.entry].laps[mark.lap]
            .time
            .map(|t| t.display(Precision::MILLIS).to_string())
            .unwrap_or_default()
    }

    fn lap_numbers(session: &Session, car: &CarLaps) -> Vec<u32> {
        car.marks
            .iter()
            .map(|m| session.entries[car.entry].laps[m.lap].number)
            .collect()
    }

    #[test]
    fn the_fast_laps_fill_the_chart_and_the_slow_ones_are_counted() {
        let s = daytona(2024);
        let picks = [car(&s, "31"), car(&s, "01")];
        let chart = laps(&s, &picks, 616.0, false, ColourBy::Class).expect("two cars");
        let (derani, bourdais) = (&chart.cars[0], &chart.cars[1]);
        // #31: the out-lap, 1:43.855, 1:39.584 (107.5 % of 1:32.656) and the 1:48.327 in-lap
        // are off the scale; #01: the out-lap and 1:45.838 (1:36.747 is 104.3 % of 1:32.727).
        assert_eq!(lap_numbers(&s, derani), [4, 5]);
        assert_eq!(lap_numbers(&s, bourdais), [3, 4, 5, 6]);
        assert_eq!((derani.slow, bourdais.slow, chart.slow), (4, 2, 6));
        assert_eq!(chart.marks(), 6);
        // Lap time to round one-second steps, slowest on top; session time every minute.
        let ticks: Vec<String> = chart
            .y_ticks
            .iter()
            .map(|(_, t)| t.display(Precision::MILLIS).to_string())
            .collect();
        assert_eq!(
            ticks,
            ["1:32.000", "1:33.000", "1:34.000", "1:35.000", "1:36.000", "1:37.000"]
        );
        assert_eq!(chart.y_ticks.first().map(|t| t.0), Some(chart.bottom));
        assert_eq!(chart.y_ticks.last().map(|t| t.0), Some(chart.top));
        let clock: Vec<String> = chart.x_ticks.iter().map(|(_, t)| t.clock()).collect();
        assert_eq!(clock, ["58:00", "59:00", "1:00:00", "1:01:00"]);
        // One colour and one shape each, though both are Cadillacs.
        assert_eq!(
            (derani.shape, bourdais.shape),
            (Shape::Circle, Shape::Square)
        );
        assert_ne!(derani.colour, bourdais.colour);
        // Coloured by manufacturer, a car starts from its make's colour, so its laps match its
        // bar: #31 keeps the Cadillac colour, #01 (a Cadillac too) is told apart, #7 has the
        // Porsche colour.
        let by_make = ColourBy::Manufacturer;
        let picks = [car(&s, "31"), car(&s, "01"), car(&s, "7")];
        let chart = laps(&s, &picks, 616.0, false, by_make).expect("three cars");
        let make_colour = |number: &str| {
            let entry = &s.entries[car(&s, number)];
            crate::core::colouring::colour_of(&s, entry, by_make).to_owned()
        };
        assert_eq!(chart.cars[0].colour, make_colour("31"));
        assert_eq!(make_colour("31"), make_colour("01"));
        assert_ne!(chart.cars[1].colour, chart.cars[0].colour);
        assert_eq!(chart.cars[2].colour, make_colour("7"));
        // Everything inside the box, to a tenth of a pixel.
        for c in &chart.cars {
            for m in &c.marks {
                assert!(m.x >= chart.left && m.x <= chart.right, "{m:?}");
                assert!(m.y >= chart.top && m.y <= chart.bottom, "{m:?}");
                assert_eq!((m.x, m.y), (round(m.x), round(m.y)));
            }
        }
    }

    #[test]
    fn the_step_line_falls_to_the_best_lap_and_never_rises() {
        let s = daytona(2024);
        let chart = laps(
            &s,
            &[car(&s, "31"), car(&s, "01")],
            616.0,
            false,
            ColourBy::Class,
        )
        .expect("two cars");
        let derani = &chart.cars[0];
        let best = derani.marks.iter().find(|m| m.best).expect("a best lap");
        assert_eq!(time(&s, derani, best), "1:32.656");
        assert_eq!(derani.best, LapTime::from_millis(92_656));
        // Faster is lower: y grows (or holds) along the line, and its lowest point is the best.
        let ys: Vec<f64> = derani.steps.iter().map(|p| p.1).collect();
        assert!(ys.windows(2).all(|w| w[0] <= w[1]), "{ys:?}");
        assert_eq!(ys.iter().copied().fold(f64::MIN, f64::max), best.y);
        // It starts at the first lap on the scale (1:33.024), steps down at the best, and holds
        // to the end of the time axis.
        assert_eq!(
            derani.steps.first(),
            Some(&(derani.marks[0].x, derani.marks[0].y))
        );
        assert!(derani.steps.contains(&(best.x, best.y)));
        assert_eq!(derani.steps.last().map(|p| p.0), Some(chart.right - INSET));
        // #01's best is its lap 5, not the slower lap 6 after it.
        let bourdais = &chart.cars[1];
        let best: Vec<u32> = bourdais
            .marks
            .iter()
            .filter(|m| m.best)
            .map(|m| s.entries[bourdais.entry].laps[m.lap].number)
            .collect();
        assert_eq!(best, [5]);
    }

    #[test]
    fn the_slow_laps_come_on_the_scale_when_asked() {
        let s = daytona(2024);
        let picks = [car(&s, "31"), car(&s, "01")];
        let all = laps(&s, &picks, 616.0, true, ColourBy::Class).expect("two cars");
        assert_eq!(all.marks(), 12);
        assert_eq!(all.slow, 6);
        assert_eq!(all.cars[0].marks.iter().filter(|m| m.slow).count(), 4);
        let out = &all.cars[0].marks[0];
        assert_eq!((out.pit, out.slow), (Some(Pit::Out), true));
        // The 53-minute out-lap is on the scale now: the axis reaches past it.
        let top = all.y_ticks.last().expect("ticks").1;
        assert!(top >= LapTime::from_millis(3_204_856).expect("53:24.856"));
        // An in-lap is marked: #2's last lap ended in the pit lane.
        let lmp2 = laps(&s, &[car(&s, "2")], 616.0, true, ColourBy::Class).expect("one car");
        let last = lmp2.cars[0].marks.last().expect("laps");
        assert_eq!(last.pit, Some(Pit::In));
    }

    #[test]
    fn a_deleted_lap_is_flagged_and_never_a_step() {
        // Daytona 2025: #63's lap 5, 1:36.260, was deleted.
        let s = daytona(2025);
        let chart = laps(&s, &[car(&s, "63")], 360.0, false, ColourBy::Class).expect("one car");
        let c = &chart.cars[0];
        let deleted: Vec<(u32, String)> = c
            .marks
            .iter()
            .filter(|m| m.deleted)
            .map(|m| (s.entries[c.entry].laps[m.lap].number, time(&s, c, m)))
            .collect();
        assert_eq!(deleted, [(5, "1:36.260".to_owned())]);
        let mark = c.marks.iter().find(|m| m.deleted).expect("the deleted lap");
        assert!(!c.steps.contains(&(mark.x, mark.y)));
        assert!(!mark.best);
        // A phone's chart: narrower and shorter, still inside its box.
        assert_eq!((chart.width, chart.height), (360.0, NARROW_HEIGHT));
        assert!(c
            .marks
            .iter()
            .all(|m| m.x <= chart.right && m.y <= chart.bottom));
    }

    #[test]
    fn the_replay_moment_shows_only_the_laps_done_by_then() {
        let s = daytona(2024);
        let then = as_of(
            &s,
            Elapsed::from_ticks(59 * 60 * TICKS_PER_SEC).expect("59:00"),
        );
        let chart = laps(&then, &[car(&s, "31")], 616.0, false, ColourBy::Class).expect("one car");
        // Derani's 1:32.656 came at 59:53.975: not yet. His best then was 1:33.024.
        assert_eq!(lap_numbers(&then, &chart.cars[0]), [4]);
        assert_eq!(chart.cars[0].best, LapTime::from_millis(93_024));
        let moment = chart.moment.expect("the moment on the axis");
        assert!(chart.cars[0].marks.iter().all(|m| m.x <= moment));
        assert_eq!(moment, chart.right - INSET);
    }

    #[test]
    fn a_long_run_draws_its_fastest_laps_up_to_the_cap() {
        let laps_json: Vec<String> = (0..MAX_MARKS_PER_CAR + 50)
            .map(|i| {
                format!(
                    r#"{{"time": "{}", "at": "{}"}}"#,
                    100 + i % 7,
                    200 * (i + 1)
                )
            })
            .collect();
        let json = format!(
            r#"{{"format": "qualichart/1", "entries": [{{"number": "1", "laps": [{}]}}]}}"#,
            laps_json.join(",")
        );
        let s = parse(json.as_bytes()).expect("valid test session");
        let chart = laps(&s, &[0], 640.0, false, ColourBy::Class).expect("one car");
        assert_eq!(chart.cars[0].marks.len(), MAX_MARKS_PER_CAR);
        assert_eq!(chart.capped, 50);
        let xs: Vec<f64> = chart.cars[0].marks.iter().map(|m| m.x).collect();
        assert!(xs.windows(2).all(|w| w[0] <= w[1]), "in session-time order");
        // The slowest laps are the ones left out: all 35 of 106 s, and 15 of the 35 of 105 s.
        let kept = |seconds: i64| {
            chart.cars[0]
                .marks
                .iter()
                .filter(|m| s.entries[0].laps[m.lap].time == LapTime::from_millis(seconds * 1000))
                .count()
        };
        assert_eq!((kept(106), kept(105), kept(100)), (0, 20, 36));
    }

    #[test]
    fn no_car_no_chart_and_repeats_are_drawn_once() {
        let s = daytona(2024);
        assert_eq!(laps(&s, &[], 616.0, false, ColourBy::Class), None);
        assert_eq!(laps(&s, &[10_000], 616.0, false, ColourBy::Class), None);
        let once = laps(
            &s,
            &[car(&s, "7"), car(&s, "7")],
            616.0,
            false,
            ColourBy::Class,
        )
        .expect("one car");
        assert_eq!(once.cars.len(), 1);
        let order = once.reading_order();
        assert_eq!(order.len(), once.marks());
    }
}
