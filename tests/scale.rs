//! Work bounded by design: a session far past the limits, parsed with the bench's wider limits,
//! still renders a chart of a bounded number of marks (the server render, the same components
//! the browser draws); a session at the limits renders through the CLI the same way; and the
//! complexity bench's sessions hold what they claim. Timings are in the bench
//! (`benches/core.rs`), not here.

mod support;

#[path = "../benches/support/generate.rs"]
mod generate;

use generate::{hostile_json, Classes};
use qualichart::core::chart::layout::CAR_CAP;
use qualichart::core::chart::timeline::MAX_STEPS;
use qualichart::core::colouring::ColourBy;
use qualichart::core::{parse, parse_with, Limits};
use qualichart::widget::app::CLASS_CAP;
use qualichart::widget::shared::Shared;
use qualichart::widget::ssr::{self, Request, DETAILS_CAP};

/// How many times `needle` occurs in `text`.
fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

#[test]
fn ten_thousand_entries_render_a_bounded_chart() {
    let json = hostile_json(10_000, 2, Classes::EachCar, false);
    let session = parse_with(json.as_bytes(), &Limits::NONE).expect("a valid generated session");
    assert_eq!(
        (session.entries.len(), session.classes.len()),
        (10_000, 10_000)
    );
    let fragment = ssr::fragment(&Request {
        session: Shared::new(session),
        class: None,
        width: 640.0,
        src: None,
        compare: Vec::new(),
        words: Default::default(),
        // Each car has a team of its own: the legend names the teams of the cars drawn.
        colour_by: ColourBy::Team,
    });
    // The fallback holds two layouts (the requested width and a phone's); each draws at most
    // CAR_CAP cars, lists at most CAR_CAP rows in its table, and CLASS_CAP class buttons and
    // the "All" one.
    let layouts = 2;
    // A car's mark, a bar or a line under the bars, carries its number in `data-car`.
    let marks = count(&fragment, "data-car=");
    assert_eq!(marks, layouts * CAR_CAP);
    let rows = count(&fragment, "<tr data-row=");
    assert_eq!(rows, layouts * CAR_CAP);
    assert_eq!(count(&fragment, "data-qc=\"legend\""), layouts);
    assert_eq!(count(&fragment, "<li>"), layouts * CAR_CAP);
    let buttons = count(&fragment, "data-qc-class=");
    assert_eq!(buttons, layouts * (CLASS_CAP + 1));
    assert_eq!(count(&fragment, "data-qc=\"all-classes\""), layouts);
    // What is not drawn is said, and there is a way to all of it (reserved without script).
    assert_eq!(count(&fragment, "Showing 250 of 10,000 cars"), layouts * 2);
    assert_eq!(
        count(&fragment, ">Show all 10,000 cars</button>"),
        layouts * 2
    );
    // The details the loader shows on a hover, for the first cars only.
    assert_eq!(count(&fragment, "<template data-qc-details="), DETAILS_CAP);
    // The whole fragment: a few tens of thousands of elements, not hundreds of thousands.
    let elements = count(&fragment, "<") - count(&fragment, "</");
    assert!(elements < 40_000, "{elements} elements");
}

#[test]
fn ten_thousand_changes_of_pole_draw_a_bounded_timeline() {
    // One class of 2,500 cars whose every lap took pole: the timeline draws the last changes.
    let json = hostile_json(10_000, 2, Classes::Four, false);
    let session = parse_with(json.as_bytes(), &Limits::NONE).expect("a valid generated session");
    let fragment = ssr::fragment(&Request {
        session: Shared::new(session),
        class: Some("GTP".to_owned()),
        width: 640.0,
        src: None,
        compare: Vec::new(),
        words: Default::default(),
        colour_by: Default::default(),
    });
    assert_eq!(count(&fragment, "data-step="), 2 * MAX_STEPS);
    assert_eq!(count(&fragment, "data-car="), 2 * CAR_CAP);
}

#[test]
fn a_session_at_the_limits_renders_through_the_cli() {
    // 1,000 entries in four classes: valid under the default limits, over the chart's cap.
    let json = hostile_json(Limits::DEFAULT.entries, 2, Classes::Four, false);
    assert!(parse(json.as_bytes()).is_ok());
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("limits.json");
    std::fs::write(&file, json).expect("written");
    let out = support::run(&["render", "--format", "svg", file.to_str().expect("utf-8")]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(count(&out.stdout, "data-car="), CAR_CAP);
    assert!(out.stdout.contains("Showing 250 of 1,000 cars"));
    let report = support::run(&["report", file.to_str().expect("utf-8")]);
    assert_eq!(report.code, Some(0), "{}", report.stderr);
    // The report is not a chart: every car is listed.
    assert!(report.stdout.contains("\n1000  "), "the 1000th row");
}

#[test]
fn the_bench_sessions_are_hostile_as_claimed() {
    let json = hostile_json(100, 2, Classes::Four, true);
    let session = parse(json.as_bytes()).expect("a valid generated session");
    assert_eq!(session.parts.len(), 3);
    // A deleted lap faster than its best, for every car that ran.
    let ran = session.entries.iter().filter(|e| !e.laps.is_empty());
    assert!(ran.clone().count() >= 90);
    assert!(ran.clone().all(|e| e.laps.iter().any(|l| !l.valid)));
    // The provisional pole changes hands on every valid lap, but those of the cars outside
    // 107 % (one in 25).
    let each = hostile_json(50, 3, Classes::EachCar, false);
    let session = parse(each.as_bytes()).expect("a valid generated session");
    let scope = qualichart::core::Scope::Overall;
    let poles = qualichart::core::analysis::pole_timeline(&session, &scope);
    let laps: usize = session
        .entries
        .iter()
        .filter(|e| e.status == qualichart::core::session::Status::Ok && e.index % 25 != 24)
        .map(|e| e.laps.iter().filter(|l| l.valid).count())
        .sum();
    assert_eq!(poles.len(), laps);
    assert_eq!(session.classes.len(), 50);
}
