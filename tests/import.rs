//! `qualichart import` through the real binary: each Al Kamel quirk on small excerpts of real
//! files, the error messages, the figures of the 2024 Daytona story, and, with the `real-data`
//! feature (`./x test` turns it on; the organisers' files in `../shared/data/real` are then
//! required), the full files: official positions and best times, deleted laps, and the bundled
//! sessions against a fresh regeneration.

mod support;

use serde_json::Value;
use support::{root, run};

const FIXTURES: &str = "tests/fixtures/import/alkamel";

/// `import ARGS` must succeed; returns the session JSON.
fn import(args: &[&str]) -> Value {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    let out = run(&all);
    assert_eq!(out.code, Some(0), "import {args:?}: {}", out.stderr);
    serde_json::from_str(&out.stdout).expect("import prints JSON")
}

/// `report --json` of a session written to a temp file.
fn report(session: &Value, class: Option<&str>) -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("session.json");
    std::fs::write(&file, session.to_string()).expect("write session");
    let mut args = vec!["report", "--json"];
    if let Some(class) = class {
        args.extend(["--class", class]);
    }
    let path = file.to_str().expect("utf-8 path").to_owned();
    args.push(&path);
    let out = run(&args);
    assert_eq!(out.code, Some(0), "report: {}", out.stderr);
    serde_json::from_str(&out.stdout).expect("report prints JSON")
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn entry<'a>(session: &'a Value, number: &str) -> &'a Value {
    session["entries"]
        .as_array()
        .and_then(|entries| entries.iter().find(|e| e["number"] == number))
        .unwrap_or_else(|| panic!("no entry #{number}"))
}

fn row<'a>(report: &'a Value, number: &str) -> &'a Value {
    report["classification"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["number"] == number))
        .unwrap_or_else(|| panic!("no row #{number}"))
}

#[test]
fn time_cards_keep_drivers_sectors_pits_flags_and_elapsed_times() {
    let s = import(&[&fixture("imsa-laps-tie.csv")]);
    assert_eq!(s["sectors"], 3);
    assert_eq!(s["track"]["length_km"], 5.729);
    let car = entry(&s, "31");
    assert_eq!(car["class"], "GTP");
    assert_eq!(car["team"], "Whelen Engineering Cadillac Racing");
    assert_eq!(car["manufacturer"], "Cadillac");
    assert_eq!(car["drivers"], serde_json::json!([{"name": "Pipo Derani"}]));
    let first = &car["laps"][0];
    assert_eq!(
        (&first["time"], &first["pit"], &first["at"], &first["flag"]),
        (
            &"53:24.856".into(),
            &"out".into(),
            &"53:24.856".into(),
            &"green".into()
        )
    );
    assert_eq!(
        first["sectors"],
        serde_json::json!(["51:55.095", "58.922", "30.839"])
    );
    assert_eq!(car["laps"][5]["at"], "1:01:42.302");
    // No lap of #31 is faster than its flagged best, so none is deleted.
    assert!(car["laps"]
        .as_array()
        .expect("laps")
        .iter()
        .all(|l| l.get("valid").is_none()));
}

#[test]
fn a_lap_faster_than_the_flagged_best_is_deleted() {
    let s = import(&[&fixture("imsa-laps-deleted.csv")]);
    let deleted = |number: &str| -> Vec<(i64, String)> {
        entry(&s, number)["laps"]
            .as_array()
            .expect("laps")
            .iter()
            .filter(|l| l["valid"] == false)
            .map(|l| {
                (
                    l["lap"].as_i64().expect("lap"),
                    l["time"].as_str().expect("time").to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(deleted("63"), [(5, "1:36.260".to_owned())]);
    assert_eq!(deleted("24"), Vec::<(i64, String)>::new());
    // #25 set a time on lap 1 only, flagged nowhere: it has no valid time.
    assert_eq!(deleted("25"), [(1, "1:17:53.782".to_owned())]);
    let r = report(&s, None);
    assert_eq!(
        (&row(&r, "63")["best"], &row(&r, "63")["lap"]),
        (&"1:36.475".into(), &6.into())
    );
    assert_eq!(
        (&row(&r, "25")["best"], &row(&r, "25")["status"]),
        (&Value::Null, &"no_time".into())
    );
}

#[test]
fn the_semicolon_crlf_analysis_form_reads_the_same_way() {
    let s = import(&[&fixture("wec-analysis.csv")]);
    let car = entry(&s, "007");
    assert_eq!(
        (&car["class"], &car["manufacturer"]),
        (&"HYPERCAR".into(), &"Aston Martin".into())
    );
    assert_eq!(
        car["drivers"],
        serde_json::json!([{"name": "Tom GAMBLE"}, {"name": "Harry TINCKNELL"}])
    );
    let r = report(&s, None);
    assert_eq!(
        (&row(&r, "50")["best"], &row(&r, "50")["lap"]),
        (&"2:04.193".into(), &115.into())
    );
    assert_eq!(
        (&row(&r, "007")["best"], &row(&r, "007")["driver"]),
        (&"2:08.458".into(), &"Harry TINCKNELL".into())
    );
}

#[test]
fn results_add_the_entry_list_and_cars_that_never_ran() {
    let s = import(&[&fixture("imsa-laps-tie.csv"), &fixture("imsa-results.csv")]);
    let numbers: Vec<&str> = s["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["number"].as_str())
        .collect();
    // The official order: the classification's, with #5 (no laps) last.
    assert_eq!(numbers, ["31", "19", "62", "5"]);
    let car = entry(&s, "31");
    assert_eq!(car["car"], "Cadillac V-Series.R");
    let names: Vec<&str> = car["drivers"]
        .as_array()
        .expect("drivers")
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert_eq!(names, ["Pipo Derani", "Jack Aitken", "Tom Blomqvist"]);
    assert_eq!(car["laps"][4]["driver"], 0);
    let r = report(&s, None);
    let order: Vec<&str> = r["classification"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["number"].as_str())
        .collect();
    // #19 and #62 share 1:44.831; #19 set it first.
    assert_eq!(order, ["31", "19", "62", "5"]);
    assert_eq!(
        (&row(&r, "62")["best"], &row(&r, "62")["interval"]),
        (&"1:44.831".into(), &"+0.000".into())
    );
    assert_eq!(
        (&row(&r, "5")["status"], &row(&r, "5")["driver"]),
        (&"no_time".into(), &"Gianmaria Bruni".into())
    );
}

#[test]
fn an_overlay_adds_what_no_timing_file_carries() {
    let dir = tempfile::tempdir().expect("temp dir");
    let overlay = dir.path().join("overlay.json");
    std::fs::write(
        &overlay,
        r##"{"format": "qualichart/1", "event": "Rolex 24 At Daytona", "state": "finished", "classes": [{"id": "GTDPRO", "name": "GTD PRO"}],
            "title": "The GTP front row", "source": "IMSA / Al Kamel Systems", "byline": "The motorsport desk",
            "manufacturers": [{"name": "Cadillac", "color": "#a07d1c"}], "teams": [{"name": "Whelen Engineering"}],
            "entries": [{"number": "5", "note": "Repairs prevented a qualifying attempt"}]}"##,
    )
    .expect("write overlay");
    let s = import(&[
        &fixture("imsa-laps-tie.csv"),
        &fixture("imsa-results.csv"),
        overlay.to_str().expect("utf-8"),
    ]);
    assert_eq!(s["event"], "Rolex 24 At Daytona");
    assert_eq!(s["state"], "finished");
    assert_eq!(
        (&s["title"], &s["source"], &s["byline"]),
        (
            &serde_json::json!("The GTP front row"),
            &serde_json::json!("IMSA / Al Kamel Systems"),
            &serde_json::json!("The motorsport desk")
        )
    );
    assert_eq!(s["classes"][0]["name"], "GTD PRO");
    // Manufacturers' and teams' colours: no timing file has them, an overlay gives them.
    assert_eq!(
        (&s["manufacturers"], &s["teams"]),
        (
            &serde_json::json!([{"name": "Cadillac", "color": "#a07d1c"}]),
            &serde_json::json!([{"name": "Whelen Engineering"}])
        )
    );
    assert_eq!(
        entry(&s, "5")["note"],
        "Repairs prevented a qualifying attempt"
    );
}

#[test]
fn output_goes_to_a_file_with_dash_o() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_file = dir.path().join("out.json");
    let out = run(&[
        "import",
        &fixture("imsa-laps-tie.csv"),
        "-o",
        out_file.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (Some(0), ""),
        "{}",
        out.stderr
    );
    let written = std::fs::read_to_string(&out_file).expect("written");
    let stdout = run(&["import", &fixture("imsa-laps-tie.csv")]).stdout;
    assert_eq!(written, stdout);
}

#[test]
fn a_session_state_an_overlay_does_not_know_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let overlay = dir.path().join("overlay.json");
    std::fs::write(&overlay, r#"{"format": "qualichart/1", "state": "paused"}"#)
        .expect("write overlay");
    let overlay = overlay.to_str().expect("utf-8");
    let out = run(&["import", &fixture("imsa-laps-tie.csv"), overlay]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(
        out.stderr.ends_with(
            "the merged session is not valid: state: \"paused\" is not a session state \
             (expected \"running\" or \"finished\")\n"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_files_exit_1_naming_file_line_and_column() {
    let cases = [
        (fixture("bad-time.csv"), "line 3, column 4: LAP_TIME: \"1:4x.885\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
        (fixture("broken.json"), "line 2, column 14: not valid JSON: expected value"),
        (fixture("unknown-kind.csv"), "line 1: a file of no known kind; expected Al Kamel time cards or analysis CSV (23_Time Cards, 23_Analysis), Al Kamel results CSV (03_Results), Ergast/Jolpica QualifyingResults JSON, Jolpica qualifying lap times JSON, or qualichart session JSON"),
        ("tests/fixtures/import/nope.csv".to_owned(), "cannot open: No such file or directory"),
    ];
    for (file, message) in cases {
        let out = run(&["import", &file]);
        assert_eq!((out.code, out.stdout.as_str()), (Some(1), ""), "{file}");
        assert_eq!(out.stderr, format!("qualichart: {file}: {message}\n"));
    }
    let usage = run(&["import"]);
    assert_eq!(usage.code, Some(2), "{}", usage.stderr);
}

// ---------------------------------------------------------------------------------------------
// The organisers' full files
// ---------------------------------------------------------------------------------------------

/// The organisers' full files (`../shared/data/real`), behind the `real-data` feature that
/// `./x test` turns on: with it they are required (a missing directory fails), without it
/// these tests are not built, so nothing reports a check it did not make.
#[cfg(feature = "real-data")]
mod real_files {
    use std::path::{Path, PathBuf};

    use super::*;

    /// `../shared/data/real`, or `None` outside CI when it is absent. In CI it must be there.
    fn real_data() -> PathBuf {
        let dir = root().join("../shared/data/real");
        assert!(
            dir.is_dir(),
            "{} is missing: the real-data tests need the organisers' files",
            dir.display()
        );
        dir
    }

    fn real(dir: &Path, name: &str) -> String {
        dir.join(name).to_str().expect("utf-8 path").to_owned()
    }

    #[test]
    fn every_car_gets_its_official_best_time_and_position() {
        let dir = real_data();
        let laps = real(&dir, "imsa_2024_daytona_qualifying_laps.csv");
        let results = real(&dir, "imsa_2024_daytona_qualifying_results.csv");
        let r = report(&import(&[&laps, &results]), None);
        let text = std::fs::read_to_string(&results).expect("results file");
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let headers = reader.headers().expect("header").clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("no {name}"))
        };
        let (pos, number, time) = (col("POS"), col("NUMBER"), col("TIME"));
        let mut checked = 0;
        for record in reader.records() {
            let record = record.expect("a results row");
            let car = row(&r, &record[number]);
            assert_eq!(
                car["position"].to_string(),
                record[pos].to_string(),
                "#{} position",
                &record[number]
            );
            let official = if record[time].is_empty() {
                Value::Null
            } else {
                Value::from(&record[time])
            };
            assert_eq!(car["best"], official, "#{} best", &record[number]);
            checked += 1;
        }
        assert_eq!(checked, 59);
        assert_eq!(r["classification"].as_array().map(Vec::len), Some(59));
    }

    #[test]
    fn the_2025_deleted_laps_follow_the_official_classification() {
        let dir = real_data();
        let s = import(&[&real(&dir, "imsa_2025_daytona_qualifying_laps.csv")]);
        let r = report(&s, None);
        // The README's confirmed cases: a deleted lap is faster than the official time.
        for (number, best) in [
            ("63", Value::from("1:36.475")),
            ("99", "1:39.600".into()),
            ("32", "1:53.205".into()),
            ("25", Value::Null),
        ] {
            assert_eq!(row(&r, number)["best"], best, "#{number}");
        }
        let red = s["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .flat_map(|e| e["laps"].as_array().into_iter().flatten())
            .filter(|l| l["flag"] == "red")
            .count();
        assert_eq!(red, 20);
    }

    #[test]
    fn the_wec_analysis_file_imports_whole() {
        let dir = real_data();
        let s = import(&[&real(&dir, "wec_2025_cota_6h_race_analysis.csv")]);
        let entries = s["entries"].as_array().expect("entries");
        let laps: usize = entries
            .iter()
            .map(|e| e["laps"].as_array().map_or(0, Vec::len))
            .sum();
        let rows = std::fs::read_to_string(dir.join("wec_2025_cota_6h_race_analysis.csv"))
            .expect("file")
            .lines()
            .count()
            - 1;
        assert_eq!(laps, rows, "one lap per row");
        assert!(entries
            .iter()
            .all(|e| e["class"] == "HYPERCAR" || e["class"] == "LMGT3"));
    }

    #[test]
    fn bundled_sessions_equal_a_fresh_regeneration() {
        let dir = real_data();
        let sessions = root().join("static/sessions");
        let sources =
            std::fs::read_to_string(sessions.join("SOURCES")).expect("static/sessions/SOURCES");
        let mut count = 0;
        for line in sources
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (out, inputs) = line.split_once(':').expect("OUT: INPUTS");
            let args: Vec<String> = inputs
                .split_whitespace()
                .map(|input| match input.strip_prefix("overlays/") {
                    Some(_) => sessions.join(input).to_str().expect("utf-8").to_owned(),
                    None => real(&dir, input),
                })
                .collect();
            let mut all = vec!["import"];
            all.extend(args.iter().map(String::as_str));
            let fresh = run(&all);
            assert_eq!(fresh.code, Some(0), "{out}: {}", fresh.stderr);
            let committed =
                std::fs::read_to_string(sessions.join(out.trim())).expect("the committed session");
            assert!(
                committed == fresh.stdout,
                "static/sessions/{out} differs from a fresh import: run ./x sessions"
            );
            count += 1;
        }
        assert_eq!(count, 3);
    }
}

#[test]
fn the_bundled_2024_session_tells_the_story() {
    let s: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("static/sessions/daytona-2024-qualifying.json"))
            .expect("bundled session"),
    )
    .expect("JSON");
    let overall = report(&s, None);
    let gtp = report(&s, Some("GTP"));
    let pole = row(&gtp, "31");
    assert_eq!(
        (pole["position"].as_i64(), &pole["driver"], &pole["best"]),
        (Some(1), &"Pipo Derani".into(), &"1:32.656".into())
    );
    assert_eq!(
        (&row(&gtp, "01")["driver"], &row(&gtp, "01")["gap"]),
        (&"Sebastien Bourdais".into(), &"+0.071".into())
    );
    assert_eq!(gtp["session_best_sectors"][0]["number"], "01");
    assert_eq!(row(&gtp, "7")["gap"], "+0.220");
    assert_eq!(
        (&gtp["records"][0]["time"], &gtp["records"][0]["beaten_by"]),
        (&"1:33.685".into(), &9.into())
    );
    let timed: Vec<&Value> = gtp["classification"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| !r["best"].is_null())
        .collect();
    assert_eq!(timed.len(), 9);
    assert!(
        timed
            .iter()
            .all(|r| r["gap_ms"].as_f64().unwrap_or(0.0) < 1000.0),
        "all within a second"
    );
    assert_eq!(
        (&row(&gtp, "5")["best"], &row(&gtp, "5")["note"]),
        (
            &Value::Null,
            &"Repairs prevented a qualifying attempt".into()
        )
    );
    assert_eq!(
        overall["poles"],
        serde_json::json!({"GTP": "31", "LMP2": "2", "GTDPRO": "77", "GTD": "12"})
    );
    let order: Vec<&str> = overall["classification"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["number"].as_str())
        .collect();
    let pos = |n: &str| order.iter().position(|o| *o == n);
    assert!(pos("19") < pos("62"), "#19 set 1:44.831 first");
    assert_eq!(row(&overall, "62")["best"], row(&overall, "19")["best"]);
}
