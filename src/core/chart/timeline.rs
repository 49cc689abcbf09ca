//! The provisional-pole timeline in pixels: who held pole when, over session time.
//!
//! A step line: each provisional pole is a level (its lap time, faster lower) that holds from
//! the moment it was set until the next one, or until the session's last timed lap. Each level
//! is labelled with its car at its start. Like the chart, every coordinate is rounded to a
//! tenth of a pixel here, so the widget and the server-side render agree.

use crate::core::analysis::Provisional;
use crate::core::chart::glyphs::FontSize;
use crate::core::chart::px::round;
use crate::core::chart::scale::Linear;
use crate::core::classify::Scope;
use crate::core::session::Session;
use crate::core::time::{Elapsed, Percent};

/// The timeline's height: a strip under the chart, not a second chart.
pub const TIMELINE_HEIGHT: f64 = 120.0;
/// Room above and below the levels for their labels and the time axis.
const TOP: f64 = 22.0;
const BOTTOM: f64 = 22.0;
/// Room left of the first level and right of the last label.
const SIDE: f64 = 8.0;
/// Labels closer than this vertically must not overlap horizontally.
const LABEL_HEIGHT: f64 = 13.0;
/// The most changes of pole drawn: the last ones, which decided pole. A real qualifying
/// session has a few dozen at most; a hostile one could have one per lap, thousands of marks
/// a reader could not tell apart in a strip of 120 px.
pub const MAX_STEPS: usize = 100;

/// Every mark of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub width: f64,
    pub height: f64,
    /// One level per provisional pole, in the order they were set.
    pub steps: Vec<StepMark>,
    /// The time axis: session start and end.
    pub start: (f64, Elapsed),
    pub end: (f64, Elapsed),
    /// The axis line's baseline.
    pub axis_y: f64,
}

impl TimelineLayout {
    /// Where session time `t` falls on the time axis; `None` outside it.
    pub fn x_of(&self, t: Elapsed) -> Option<f64> {
        let ((x0, t0), (x1, t1)) = (self.start, self.end);
        let span = t1.as_ticks() - t0.as_ticks();
        if t < t0 || t > t1 || span <= 0 {
            return None;
        }
        let share = (t.as_ticks() - t0.as_ticks()) as f64 / span as f64;
        Some(round(x0 + share * (x1 - x0)))
    }
}

/// One provisional pole.
#[derive(Clone, Debug, PartialEq)]
pub struct StepMark {
    /// Index into the provisional list.
    pub index: usize,
    /// Index into `session.entries`.
    pub entry: usize,
    /// From when it was set until the next one.
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    /// The label reads leftwards from `x0` when it would run out of the box.
    pub label_left: bool,
    /// False when the label would cover a later one (its tooltip still names it).
    pub labelled: bool,
    /// The level's label, "#31 1:32.656" ([`step_label`]), as the layout measured it.
    pub label: String,
}

/// A level's label on the timeline: "#31 1:32.656".
pub fn step_label(session: &Session, provisional: &Provisional) -> String {
    let entry = &session.entries[provisional.entry];
    format!(
        "#{} {}",
        crate::core::text::isolate(&entry.number),
        provisional.time.display(session.precision)
    )
}

/// Lays out `provisionals` in `width` pixels, each level labelled with its [`step_label`],
/// measured here: [`timeline_sized`] with the labels' own lengths.
pub fn timeline(
    session: &Session,
    scope: &Scope,
    provisionals: &[Provisional],
    width: f64,
) -> Option<TimelineLayout> {
    timeline_sized(session, scope, provisionals, width, |i| {
        provisionals
            .get(i)
            .map_or(0, |p| step_label(session, p).chars().count())
    })
}

/// Lays out `provisionals` (from `analysis::pole_timeline`) in `width` pixels, with a label
/// for each level whose room is `label_chars(i)` characters (the tests vary it to exercise the
/// label rules; the chart uses [`timeline`]). `None` when there is no change of pole to show.
///
/// The line starts at the first provisional pole within 107 % of the final one: before that,
/// "pole" is an out-lap or a lap behind a safety car, and drawing it would squash the levels
/// that matter into a line. The time axis starts when that lap started. At most the last
/// [`MAX_STEPS`] are drawn.
pub fn timeline_sized(
    session: &Session,
    scope: &Scope,
    provisionals: &[Provisional],
    width: f64,
    label_chars: impl Fn(usize) -> usize,
) -> Option<TimelineLayout> {
    let last = provisionals.last()?;
    let skip = provisionals
        .iter()
        .position(|p| p.time.percent_of(last.time) <= Percent::from_thousandths(107_000))?
        .max(provisionals.len().saturating_sub(MAX_STEPS));
    if provisionals.len() - skip < 2 {
        return None;
    }
    let width = width.max(240.0);
    let first = &provisionals[skip];
    // The axis ends with the scope's last timed lap (classes can qualify in sessions of their
    // own, one after another).
    let last_lap = session
        .entries
        .iter()
        .filter(|e| scope.contains(e))
        .flat_map(|e| e.laps.iter())
        .filter(|l| l.time.is_some())
        .filter_map(|l| l.at)
        .max()
        .unwrap_or(first.at);
    let end = last_lap.max(last.at);
    let start =
        Elapsed::from_ticks(first.at.as_ticks() - first.time.as_ticks()).unwrap_or(first.at);
    let x = Linear::new(
        (start.as_ticks() as f64, end.as_ticks().max(1) as f64),
        (SIDE, width - SIDE),
    );
    let slowest = first.time.as_ticks() as f64;
    let fastest = last.time.as_ticks() as f64;
    let y = Linear::new(
        (slowest, fastest.min(slowest - 1.0)),
        (TOP, TIMELINE_HEIGHT - BOTTOM),
    );
    let mut steps: Vec<StepMark> = provisionals
        .iter()
        .enumerate()
        .skip(skip)
        .map(|(i, p)| {
            let x0 = round(x.map(p.at.as_ticks() as f64));
            let x1 = provisionals
                .get(i + 1)
                .map_or(end, |next| next.at)
                .as_ticks() as f64;
            StepMark {
                index: i,
                entry: p.entry,
                x0,
                x1: round(x.map(x1)),
                y: round(y.map(p.time.as_ticks() as f64)),
                label_left: x0 > width * 0.6,
                labelled: false,
                label: step_label(session, p),
            }
        })
        .collect();
    // Labels from the last (the pole that stood) back: each one is kept if it clears every
    // label already kept.
    let mut kept: Vec<(f64, f64, f64)> = Vec::new();
    for step in steps.iter_mut().rev() {
        let length = FontSize::Small.width(label_chars(step.index));
        let (x0, x1) = if step.label_left {
            (step.x0 - 4.0 - length, step.x0 - 4.0)
        } else {
            (step.x0 + 4.0, step.x0 + 4.0 + length)
        };
        let clear = kept
            .iter()
            .all(|&(a, b, y)| (step.y - y).abs() >= LABEL_HEIGHT || x1 <= a || b <= x0);
        if clear {
            kept.push((x0, x1, step.y));
            step.labelled = true;
        }
    }
    Some(TimelineLayout {
        width: round(width),
        height: TIMELINE_HEIGHT,
        steps,
        start: (round(x.map(start.as_ticks() as f64)), start),
        end: (round(x.map(end.as_ticks() as f64)), end),
        axis_y: TIMELINE_HEIGHT - 6.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::pole_timeline;
    use crate::core::parse;

    #[test]
    fn the_layout_owns_its_labels_and_measures_them() {
        let session = parse(include_bytes!(
            "../../../static/sessions/daytona-2024-qualifying.json"
        ))
        .expect("the bundled session");
        let gtp = Scope::Class("GTP".into());
        let poles = pole_timeline(&session, &gtp);
        let t = timeline(&session, &gtp, &poles, 640.0).expect("a timeline");
        let labels: Vec<&str> = t.steps.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels.last(), Some(&"#31 1:32.656"), "{labels:?}");
        // The same as laying it out with the labels' own lengths.
        let sized = timeline_sized(&session, &gtp, &poles, 640.0, |i| {
            step_label(&session, &poles[i]).chars().count()
        })
        .expect("a timeline");
        assert_eq!(t, sized);
    }

    #[test]
    fn levels_fall_as_pole_improves_and_hold_until_the_next() {
        let session = parse(
            br#"{"format": "qualichart/1", "entries": [
              {"number": "1", "laps": [{"time": "1:40.000", "at": "2:00.000"}, {"time": "1:38.000", "at": "6:00.000"}]},
              {"number": "2", "laps": [{"time": "1:39.000", "at": "4:00.000"}, {"time": "1:45.000", "at": "10:00.000"}]}]}"#,
        )
        .expect("valid test session");
        let poles = pole_timeline(&session, &Scope::Overall);
        let t = timeline_sized(&session, &Scope::Overall, &poles, 400.0, |_| 14)
            .expect("three provisional poles");
        // x: from 0:20 (the first lap's start: 2:00 − 1:40) to 10:00 over 8..392 px; 2:00 is
        // 100 s of 580 s in: 8 + 66.2; 4:00 is 220 s in: 8 + 145.7.
        let xs: Vec<(f64, f64)> = t.steps.iter().map(|s| (s.x0, s.x1)).collect();
        assert_eq!(xs, [(74.2, 153.7), (153.7, 233.1), (233.1, 392.0)]);
        // y: 1:40 at the top (22), 1:38 at the bottom (98), 1:39 half way.
        let ys: Vec<f64> = t.steps.iter().map(|s| s.y).collect();
        assert_eq!(ys, [22.0, 60.0, 98.0]);
        assert_eq!(
            t.steps.iter().map(|s| s.entry).collect::<Vec<_>>(),
            [0, 1, 0]
        );
        assert!(t.steps.iter().all(|s| s.x0 <= s.x1 && s.x1 <= t.width));
        assert!(
            t.steps.iter().all(|s| s.labelled),
            "levels 38 px apart all keep labels"
        );
    }

    #[test]
    fn crowded_labels_give_way_to_later_ones() {
        // Eight poles 1 ms apart, 10 s apart: levels 76 / 7 = 10.9 px apart, closer than a
        // label is tall, so 14-character labels 15 px apart in x collide; the final pole's stays.
        let entries: Vec<String> = (0..8)
            .map(|i| {
                format!(
                    r#"{{"number": "{i}", "laps": [{{"time": "1:40.{:03}", "at": "{}:{:02}.000"}}]}}"#,
                    100 - i,
                    2 + i * 10 / 60,
                    i * 10 % 60
                )
            })
            .collect();
        let json = format!(
            r#"{{"format": "qualichart/1", "entries": [{}]}}"#,
            entries.join(",")
        );
        let session = parse(json.as_bytes()).expect("valid test session");
        let poles = pole_timeline(&session, &Scope::Overall);
        assert_eq!(poles.len(), 8);
        let crowded =
            timeline_sized(&session, &Scope::Overall, &poles, 400.0, |_| 14).expect("a timeline");
        let labelled: Vec<bool> = crowded.steps.iter().map(|s| s.labelled).collect();
        assert_eq!(labelled.last(), Some(&true));
        assert!(labelled.contains(&false), "{labelled:?}");
        let wide =
            timeline_sized(&session, &Scope::Overall, &poles, 400.0, |_| 1).expect("a timeline");
        assert!(
            wide.steps.iter().all(|s| s.labelled),
            "one-character labels all fit"
        );
    }

    #[test]
    fn out_laps_before_the_first_real_lap_are_left_out() {
        // The 5:00.000 out-lap was "pole" until the first flying lap; it is not drawn.
        let session = parse(
            br#"{"format": "qualichart/1", "entries": [
              {"number": "1", "laps": [{"time": "5:00.000", "at": "5:00.000"}, {"time": "1:40.000", "at": "6:40.000"}]},
              {"number": "2", "laps": [{"time": "1:39.000", "at": "8:00.000"}]}]}"#,
        )
        .expect("valid test session");
        let poles = pole_timeline(&session, &Scope::Overall);
        assert_eq!(poles.len(), 3);
        let t = timeline_sized(&session, &Scope::Overall, &poles, 400.0, |_| 10)
            .expect("two real provisional poles");
        assert_eq!(t.steps.iter().map(|s| s.index).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(t.start.1.as_ticks(), 5 * 60 * 10_000);
    }

    #[test]
    fn only_the_last_changes_of_pole_are_drawn() {
        // 150 laps, each faster than the last: 150 changes of pole, the last 100 drawn.
        let laps: Vec<String> = (0..150)
            .map(|i| {
                format!(
                    r#"{{"time": "{}", "at": "{}"}}"#,
                    100.0 - f64::from(i) * 0.01,
                    100 * (i + 1)
                )
            })
            .collect();
        let json = format!(
            r#"{{"format": "qualichart/1", "entries": [{{"number": "1", "laps": [{}]}}]}}"#,
            laps.join(",")
        );
        let session = parse(json.as_bytes()).expect("valid test session");
        let poles = pole_timeline(&session, &Scope::Overall);
        assert_eq!(poles.len(), 150);
        let t =
            timeline_sized(&session, &Scope::Overall, &poles, 640.0, |_| 8).expect("a timeline");
        let indices: Vec<usize> = t.steps.iter().map(|s| s.index).collect();
        assert_eq!(indices, (50..150).collect::<Vec<_>>());
        assert_eq!(
            t.start.1.as_ticks(),
            poles[50].at.as_ticks() - poles[50].time.as_ticks()
        );
    }

    #[test]
    fn no_timeline_without_a_change_of_pole() {
        let session = parse(
            br#"{"format": "qualichart/1", "entries": [
              {"number": "1", "laps": [{"time": "1:40.000", "at": "2:00.000"}]},
              {"number": "2", "laps": [{"time": "1:41.000"}]}]}"#,
        )
        .expect("valid test session");
        let poles = pole_timeline(&session, &Scope::Overall);
        assert_eq!(
            timeline_sized(&session, &Scope::Overall, &poles, 400.0, |_| 10),
            None
        );
    }
}
