//! The provisional-pole timeline in pixels: who held pole when, over session time.
//!
//! A step line: each provisional pole is a level (its lap time, faster lower) that holds from
//! the moment it was set until the next one, or until the session's last timed lap. Each level
//! is labelled with its car at its start. Like the chart, every coordinate is rounded to a
//! tenth of a pixel here, so the widget and the server-side render agree.

use crate::core::analysis::Provisional;
use crate::core::chart::scale::Linear;
use crate::core::session::Session;
use crate::core::time::Elapsed;

/// The timeline's height: a strip under the chart, not a second chart.
pub const TIMELINE_HEIGHT: f64 = 120.0;
/// Room above and below the levels for their labels and the time axis.
const TOP: f64 = 22.0;
const BOTTOM: f64 = 22.0;
/// Room left of the first level and right of the last label.
const SIDE: f64 = 8.0;

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
}

/// Lays out `provisionals` (from `analysis::pole_timeline`) in `width` pixels; `None` when
/// there is no change of pole to show (fewer than two provisional poles).
pub fn timeline(
    session: &Session,
    provisionals: &[Provisional],
    width: f64,
) -> Option<TimelineLayout> {
    if provisionals.len() < 2 {
        return None;
    }
    let width = width.max(240.0);
    let first = provisionals.first()?;
    let last_lap = session
        .entries
        .iter()
        .flat_map(|e| e.laps.iter())
        .filter(|l| l.time.is_some())
        .filter_map(|l| l.at)
        .max()
        .unwrap_or(first.at);
    let end = last_lap.max(provisionals.last()?.at);
    let start = Elapsed::from_ticks(0).unwrap_or(first.at);
    let x = Linear::new(
        (start.as_ticks() as f64, end.as_ticks().max(1) as f64),
        (SIDE, width - SIDE),
    );
    let slowest = first.time.as_ticks() as f64;
    let fastest = provisionals.last()?.time.as_ticks() as f64;
    let y = Linear::new(
        (slowest, fastest.min(slowest - 1.0)),
        (TOP, TIMELINE_HEIGHT - BOTTOM),
    );
    let steps = provisionals
        .iter()
        .enumerate()
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
            }
        })
        .collect();
    Some(TimelineLayout {
        width: round(width),
        height: TIMELINE_HEIGHT,
        steps,
        start: (round(x.map(start.as_ticks() as f64)), start),
        end: (round(x.map(end.as_ticks() as f64)), end),
        axis_y: TIMELINE_HEIGHT - 6.0,
    })
}

fn round(v: f64) -> f64 {
    if v.is_finite() {
        (v * 10.0).round() / 10.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::pole_timeline;
    use crate::core::{parse, Scope};

    #[test]
    fn levels_fall_as_pole_improves_and_hold_until_the_next() {
        let session = parse(
            br#"{"format": "qualichart/1", "entries": [
              {"number": "1", "laps": [{"time": "1:40.000", "at": "2:00.000"}, {"time": "1:38.000", "at": "6:00.000"}]},
              {"number": "2", "laps": [{"time": "1:39.000", "at": "4:00.000"}, {"time": "1:45.000", "at": "10:00.000"}]}]}"#,
        )
        .expect("valid test session");
        let poles = pole_timeline(&session, &Scope::Overall);
        let t = timeline(&session, &poles, 400.0).expect("three provisional poles");
        // x: 0..10:00 over 8..392 px; 2:00 is 1/5 of the way: 8 + 76.8.
        let xs: Vec<(f64, f64)> = t.steps.iter().map(|s| (s.x0, s.x1)).collect();
        assert_eq!(xs, [(84.8, 161.6), (161.6, 238.4), (238.4, 392.0)]);
        // y: 1:40 at the top (22), 1:38 at the bottom (98), 1:39 half way.
        let ys: Vec<f64> = t.steps.iter().map(|s| s.y).collect();
        assert_eq!(ys, [22.0, 60.0, 98.0]);
        assert_eq!(
            t.steps.iter().map(|s| s.entry).collect::<Vec<_>>(),
            [0, 1, 0]
        );
        assert!(t.steps.iter().all(|s| s.x0 <= s.x1 && s.x1 <= t.width));
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
        assert_eq!(timeline(&session, &poles, 400.0), None);
    }
}
