//! F1 imports end to end: Ergast `QualifyingResults` and Jolpica lap times through
//! `import::read` → `import::merge` → session JSON → `core::parse` → knockout classification.
//!
//! Small excerpts live in `tests/fixtures/import/f1/` (the Ergast one is edited so that one
//! driver has `"Q3": ""`, reached but no time). The full real files in `../shared/data/real`
//! are used with the `real-data` feature (`./x test` turns it on), and are then required.
//! One test runs the real binary (`import`, then `report --json`) on the excerpts.

mod support;

use std::path::Path;

use qualichart::core::classify::RowStatus;
use qualichart::core::wire;
use qualichart::core::{classify, parse, Classification, Scope, Session};
use qualichart::import::{self, Kind};
use serde_json::Value;
use support::{root, run, run_with_stdin};

const ERGAST: &str = "tests/fixtures/import/f1/dutch_2023_excerpt_ergast.json";
const JOLPICA: &str = "tests/fixtures/import/f1/qatar_2023_excerpt_jolpica.json";

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// One file imported: the reader's result, the merged wire session, and the core's session.
struct Imported {
    file: import::Imported,
    session: Session,
}

fn import_file(path: &Path) -> Imported {
    let file = import::read(&read(path))
        .unwrap_or_else(|e| panic!("{} does not import: {e}", path.display()));
    let merged: wire::Session = import::merge(vec![file.clone()])
        .unwrap_or_else(|e| panic!("{} does not merge: {e}", path.display()));
    let json = serde_json::to_string(&merged).expect("a wire session serialises");
    let session = parse(json.as_bytes()).unwrap_or_else(|e| {
        panic!(
            "{} imports to an invalid session: {e}\n{json}",
            path.display()
        )
    });
    Imported { file, session }
}

fn classification(session: &Session) -> Classification {
    classify(session, &Scope::Overall)
}

/// Car numbers in classification order.
fn order(session: &Session) -> Vec<String> {
    classification(session)
        .rows
        .iter()
        .map(|r| session.entries[r.entry].number.clone())
        .collect()
}

fn part_ids(session: &Session) -> Vec<&str> {
    session.parts.iter().map(|p| p.id.as_str()).collect()
}

fn entry<'a>(session: &'a Session, number: &str) -> &'a qualichart::core::session::Entry {
    session
        .entries
        .iter()
        .find(|e| e.number == number)
        .unwrap_or_else(|| panic!("no car {number}"))
}

#[test]
fn kinds_are_detected_from_content() {
    for (path, kind) in [
        (ERGAST, Kind::ErgastQualifying),
        (JOLPICA, Kind::JolpicaLaps),
    ] {
        let text = String::from_utf8(read(&root().join(path))).expect("UTF-8");
        let detected = import::detect(&text).map(|(k, _)| k);
        assert_eq!(detected, Ok(kind), "{path}");
    }
}

#[test]
fn ergast_excerpt_keeps_names_parts_and_the_official_order() {
    let Imported { file, session } = import_file(&root().join(ERGAST));
    assert_eq!(file.event_key.as_deref(), Some("2023 round 13"));
    assert!(file.official_order);
    assert_eq!(session.series.as_deref(), Some("Formula 1"));
    assert_eq!(session.event.as_deref(), Some("Dutch Grand Prix"));
    assert_eq!(session.session.as_deref(), Some("Qualifying"));
    assert_eq!(
        session.date, None,
        "the race date is not the qualifying date"
    );
    let track = session.track.as_ref().expect("a track");
    assert_eq!(
        (track.name.as_deref(), track.length_km),
        (Some("Circuit Park Zandvoort"), None)
    );
    assert_eq!(part_ids(&session), ["Q1", "Q2", "Q3"]);

    let numbers: Vec<&str> = session.entries.iter().map(|e| e.number.as_str()).collect();
    assert_eq!(numbers, ["1", "4", "2", "18", "24", "40"]);
    let ver = entry(&session, "1");
    assert_eq!(ver.team.as_deref(), Some("Red Bull"));
    let d = &ver.drivers[0];
    assert_eq!(
        (d.name.as_str(), d.short.as_deref(), d.country.as_deref()),
        ("Max Verstappen", Some("VER"), Some("Dutch"))
    );
    // Lawson raced as 40 (permanent number 30): the entry's number is the one of the weekend.
    assert_eq!(entry(&session, "40").drivers[0].name, "Liam Lawson");

    // Parts reached, as (part index, time in ms or None): present keys only.
    let reached = |number: &str| -> Vec<(usize, Option<f64>)> {
        entry(&session, number)
            .part_bests
            .iter()
            .map(|p| (p.part, p.best.as_ref().map(|b| b.time.as_millis_f64())))
            .collect()
    };
    assert_eq!(
        reached("1"),
        [
            (0, Some(80_965.0)),
            (1, Some(78_856.0)),
            (2, Some(70_567.0))
        ]
    );
    assert_eq!(
        reached("2"),
        [(0, Some(82_036.0)), (1, Some(80_067.0)), (2, None)],
        "\"Q3\": \"\" is Q3 reached without a time"
    );
    assert_eq!(reached("18"), [(0, Some(81_570.0)), (1, Some(80_121.0))]);
    assert_eq!(reached("24"), [(0, Some(82_067.0))]);

    // Knockout: Q3 cars (timed, then Sargeant without a time), then Q2, then Q1 by time.
    assert_eq!(order(&session), ["1", "4", "2", "18", "24", "40"]);
    let c = classification(&session);
    let row = |number: &str| {
        c.rows
            .iter()
            .find(|r| session.entries[r.entry].number == number)
            .unwrap_or_else(|| panic!("no row for {number}"))
    };
    assert_eq!(
        (row("2").part, row("2").status, row("2").best.is_none()),
        (Some(2), RowStatus::NoTime, true)
    );
    assert_eq!((row("18").part, row("18").status), (Some(1), RowStatus::Ok));
    assert_eq!(
        row("40").best.as_ref().map(|b| b.time.as_millis_f64()),
        Some(83_420.0)
    );
}

#[test]
fn jolpica_excerpt_has_laps_by_part_with_deletions() {
    let Imported { file, session } = import_file(&root().join(JOLPICA));
    assert_eq!(file.event_key.as_deref(), Some("2023 round 18"));
    assert!(!file.official_order);
    assert_eq!(session.series.as_deref(), Some("Formula 1"));
    assert_eq!(session.session.as_deref(), Some("Qualifying"));
    assert_eq!(part_ids(&session), ["Q1", "Q2", "Q3"]);
    let numbers: Vec<&str> = session.entries.iter().map(|e| e.number.as_str()).collect();
    assert_eq!(numbers, ["1", "3", "27", "63"], "order of first appearance");
    assert!(session.entries.iter().all(|e| e.drivers.is_empty()));

    // Laps sorted by number, each with its part; lap numbers run on through the parts.
    let ver = entry(&session, "1");
    let laps: Vec<(u32, Option<usize>)> = ver.laps.iter().map(|l| (l.number, l.part)).collect();
    let expected: Vec<(u32, Option<usize>)> = (2..=18)
        .map(|n| {
            (
                n,
                Some(if n <= 6 {
                    0
                } else if n <= 12 {
                    1
                } else {
                    2
                }),
            )
        })
        .collect();
    assert_eq!(laps, expected);
    assert_eq!(ver.laps[0].time.map(|t| t.as_millis_f64()), Some(96_470.0));

    let mut deleted: Vec<(&str, u32)> = session
        .entries
        .iter()
        .flat_map(|e| {
            e.laps
                .iter()
                .filter(|l| !l.valid)
                .map(|l| (e.number.as_str(), l.number))
        })
        .collect();
    deleted.sort();
    assert_eq!(deleted, [("1", 17), ("27", 5), ("3", 11), ("63", 14)]);

    // Verstappen's deleted 1:34.718 in Q3 does not count: Russell's 1:35.079 beats his 1:35.081.
    assert_eq!(order(&session), ["63", "1", "3", "27"]);
    let c = classification(&session);
    let best = |i: usize| {
        c.rows[i]
            .best
            .as_ref()
            .map(|b| (b.time.as_millis_f64(), b.lap))
    };
    assert_eq!(best(0), Some((95_079.0, Some(17))));
    assert_eq!(best(1), Some((95_081.0, Some(14))));
    assert_eq!(
        c.rows.iter().map(|r| r.part).collect::<Vec<_>>(),
        [Some(2), Some(2), Some(1), Some(0)]
    );
}

#[test]
fn the_binary_imports_the_excerpts() {
    for (path, first) in [(ERGAST, "1"), (JOLPICA, "63")] {
        let out = run(&["import", path]);
        assert_eq!(out.code, Some(0), "import {path}: {}", out.stderr);
        let report = run_with_stdin(&["report", "--json", "-"], out.stdout.as_bytes());
        assert_eq!(report.code, Some(0), "report of {path}: {}", report.stderr);
        let report: Value = serde_json::from_str(&report.stdout).expect("a JSON report");
        assert_eq!(
            report["parts"],
            serde_json::json!(["Q1", "Q2", "Q3"]),
            "{path}"
        );
        assert_eq!(report["classification"][0]["number"], first, "{path}");
    }
}

/// The full real F1 files (`../shared/data/real`), behind the `real-data` feature that
/// `./x test` turns on: with it they are required (a missing directory fails), without it
/// these tests are not built, so nothing reports a check it did not make.
#[cfg(feature = "real-data")]
mod real_files {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use qualichart::core::classify::best_in_part;

    use super::*;

    fn json_file(path: &Path) -> Value {
        serde_json::from_slice(&read(path))
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
    }

    fn real_data() -> PathBuf {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/real");
        assert!(
            dir.is_dir(),
            "{} is missing: the real-data tests need the organisers' files",
            dir.display()
        );
        dir
    }

    #[test]
    fn real_dutch_ergast_classifies_in_ergasts_own_order() {
        let dir = real_data();
        let path = dir.join("f1_2023_r13_dutch_qualifying_ergast.json");
        let raw = json_file(&path);
        let results = raw
            .pointer("/MRData/RaceTable/Races/0/QualifyingResults")
            .and_then(Value::as_array)
            .expect("QualifyingResults");
        let mut by_position: Vec<(u32, String)> = results
            .iter()
            .map(|r| {
                let position = r["position"]
                    .as_str()
                    .and_then(|p| p.parse().ok())
                    .expect("a position");
                let number = r["number"].as_str().expect("a number").to_owned();
                (position, number)
            })
            .collect();
        by_position.sort();
        let expected: Vec<String> = by_position.into_iter().map(|(_, n)| n).collect();
        assert_eq!(expected.len(), 20);

        let Imported { file, session } = import_file(&path);
        assert_eq!(file.event_key.as_deref(), Some("2023 round 13"));
        assert_eq!(session.entries.len(), 20);
        assert_eq!(
            order(&session),
            expected,
            "the knockout classification must give Ergast's positions"
        );
        let parts_reached: Vec<usize> =
            session.entries.iter().map(|e| e.part_bests.len()).collect();
        assert_eq!(
            (
                parts_reached.iter().filter(|&&n| n == 3).count(),
                parts_reached.iter().filter(|&&n| n == 2).count(),
                parts_reached.iter().filter(|&&n| n == 1).count()
            ),
            (10, 5, 5)
        );
    }

    #[test]
    fn real_qatar_laps_keep_deletions_and_q1_bests() {
        let dir = real_data();
        let path = dir.join("f1_2023_r18_qatar_quali_lap_times_jolpica.json");
        let raw = json_file(&path);
        // From the file itself: deleted laps, and each car's fastest non-deleted Q1 lap (ms).
        let mut deleted_in_file = 0;
        let mut q1_fastest: BTreeMap<String, i64> = BTreeMap::new();
        for item in raw.as_array().expect("an array") {
            let keys = &item["foreign_keys"];
            let car = keys["car_number"].to_string();
            for lap in item["objects"].as_array().expect("objects") {
                let deleted = lap["is_deleted"] == true;
                deleted_in_file += usize::from(deleted);
                let ms = lap["time"]["milliseconds"].as_i64();
                if let (false, "Q1", Some(ms)) =
                    (deleted, keys["session"].as_str().unwrap_or(""), ms)
                {
                    let best = q1_fastest.entry(car.clone()).or_insert(ms);
                    *best = (*best).min(ms);
                }
            }
        }
        assert_eq!(deleted_in_file, 7);

        let Imported { file, session } = import_file(&path);
        assert_eq!(file.event_key.as_deref(), Some("2023 round 18"));
        assert_eq!(part_ids(&session), ["Q1", "Q2", "Q3"]);
        assert_eq!(session.entries.len(), 20);
        let invalid: usize = session
            .entries
            .iter()
            .map(|e| e.laps.iter().filter(|l| !l.valid).count())
            .sum();
        assert_eq!(
            invalid, 7,
            "every deleted lap, and only those, is valid: false"
        );
        for e in &session.entries {
            let best = best_in_part(e, 0).map(|b| b.time.as_millis_f64());
            let expected = q1_fastest.get(&e.number).map(|&ms| ms as f64);
            assert_eq!(best, expected, "car {}: Q1 best", e.number);
        }
        // 10 cars reach Q3, 5 more Q2, the last 5 only Q1.
        let c = classification(&session);
        let parts: Vec<Option<usize>> = c.rows.iter().map(|r| r.part).collect();
        let mut expected = vec![Some(2); 10];
        expected.extend([Some(1); 5]);
        expected.extend([Some(0); 5]);
        assert_eq!(parts, expected);
    }
}
