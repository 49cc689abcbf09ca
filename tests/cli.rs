//! The real binary: `report` output against expected reports, exit codes, stdin, pipes, limits.

mod support;

use support::{fixtures, root, run, run_with_stdin, stray};

const DAYTONA: &str = "tests/fixtures/good/daytona-gtp-excerpt.json";

fn report_json(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    serde_json::from_str(&out.stdout).expect("report --json prints JSON")
}

#[test]
fn json_report_states_the_daytona_figures() {
    let r = report_json(&["report", "--json", DAYTONA]);
    let rows = r["classification"]
        .as_array()
        .expect("classification is an array");
    let cell = |i: usize, f: &str| rows[i][f].clone();
    assert_eq!(r["format"], "qualichart-report/1");
    assert_eq!(r["scope"], "overall");
    assert_eq!(
        (cell(0, "number"), cell(0, "driver"), cell(0, "best")),
        ("31".into(), "Pipo Derani".into(), "1:32.656".into())
    );
    assert_eq!(
        (cell(0, "gap"), cell(0, "percent")),
        (serde_json::Value::Null, 100.0.into())
    );
    assert_eq!(
        (cell(1, "number"), cell(1, "gap"), cell(1, "interval")),
        ("01".into(), "+0.071".into(), "+0.071".into())
    );
    assert_eq!(
        (cell(1, "gap_ms"), cell(1, "percent")),
        (71.0.into(), 100.077.into())
    );
    assert_eq!(
        (cell(2, "number"), cell(2, "gap")),
        ("7".into(), "+0.220".into())
    );
    let last = rows.last().expect("rows");
    assert_eq!(
        (&last["number"], &last["best"], &last["status"]),
        (&"5".into(), &serde_json::Value::Null, &"no_time".into())
    );
    assert_eq!(r["poles"], serde_json::json!({"GTP": "31"}));
    assert_eq!(r["records"][0]["time"], "1:33.685");
    assert_eq!(r["records"][0]["beaten_by"], 3);
}

#[test]
fn json_reports_match_the_expected_files() {
    for file in fixtures("good") {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name")
            .to_owned();
        let path = file.to_str().expect("utf-8 path");
        let report = report_json(&["report", "--json", path]);
        insta::assert_json_snapshot!(format!("report-{name}"), report);
    }
}

#[test]
fn class_scope_ranks_one_class() {
    let r = report_json(&[
        "report",
        "--json",
        "--class",
        "LMP2",
        "tests/fixtures/good/multi-class.json",
    ]);
    assert_eq!(r["scope"], "LMP2");
    let rows = r["classification"].as_array().expect("rows");
    assert!(!rows.is_empty());
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["class"], "LMP2");
        assert_eq!(row["position"], i + 1);
        assert_eq!(row["position"], row["class_position"]);
        assert_eq!(row["gap"], row["class_gap"]);
    }
}

#[test]
fn text_report_is_a_table_then_records_and_sectors() {
    let out = run(&["report", DAYTONA]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    insta::assert_snapshot!("text-daytona-gtp-excerpt", out.stdout);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let input = std::fs::read(root().join(DAYTONA)).expect("fixture");
    let from_stdin = run_with_stdin(&["report", "--json", "-"], &input);
    let from_file = run(&["report", "--json", DAYTONA]);
    assert_eq!(from_stdin.code, Some(0), "stderr: {}", from_stdin.stderr);
    assert_eq!(from_stdin.stdout, from_file.stdout);
    let bad = run_with_stdin(&["report", "-"], b"{");
    assert_eq!(
        (bad.code, bad.stderr.as_str()),
        (
            Some(1),
            "qualichart: <stdin>: the JSON ends too early (line 1, column 1)\n"
        )
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["report"],
        &["report", "--nope", DAYTONA],
        &["frobnicate"],
    ] {
        let out = run(args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("Usage"), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn input_problems_exit_1_naming_the_file() {
    let cases: [(&[&str], &str); 2] = [
        (&["report", "tests/fixtures/nope.json"], "qualichart: tests/fixtures/nope.json: cannot open: No such file or directory\n"),
        (&["report", "--class", "GT3", DAYTONA], "qualichart: tests/fixtures/good/daytona-gtp-excerpt.json: no class \"GT3\" in this session (classes: \"GTP\")\n"),
    ];
    for (args, expected) in cases {
        let out = run(args);
        assert_eq!(
            (out.code, out.stderr.as_str(), out.stdout.as_str()),
            (Some(1), expected, "")
        );
    }
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.json");
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(50 * 1024 * 1024).expect("sparse 50 MB file");
    let out = run(&["report", big.to_str().expect("utf-8 path")]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr
            .ends_with(": the input is 50 MiB; the limit is 32 MiB\n"),
        "{}",
        out.stderr
    );
    let piped = run_with_stdin(&["report", "-"], &vec![b' '; 50 * 1024 * 1024]);
    assert_eq!(
        (piped.code, piped.stderr.as_str()),
        (
            Some(1),
            "qualichart: <stdin>: the input is 50 MiB; the limit is 32 MiB\n"
        )
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_qualichart"))
        .args(["report", "--json", "tests/fixtures/good/multi-class.json"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    // Close our end before the binary writes: its write fails with a broken pipe.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// `poles` is the scope's: every class's pole overall, the one class's alone with `--class`,
/// in the JSON, the text report's "Class poles" list and the story (issue 18).
#[test]
fn poles_follow_the_scope_on_the_bundled_daytona_session() {
    const BUNDLED: &str = "static/sessions/daytona-2024-qualifying.json";
    let overall = report_json(&["report", "--json", BUNDLED]);
    assert_eq!(
        overall["poles"],
        serde_json::json!({"GTP": "31", "LMP2": "2", "GTDPRO": "77", "GTD": "12"})
    );
    // In class display order, as the contract says (serde_json's map here sorts its keys, so
    // the order is read from the printed JSON).
    let printed = run(&["report", "--json", BUNDLED]).stdout;
    let at = |key: &str| {
        printed
            .find(&format!("\"{key}\": \""))
            .unwrap_or(usize::MAX)
    };
    let places = ["GTP", "LMP2", "GTDPRO", "GTD"].map(at);
    assert!(places.is_sorted() && places[3] < usize::MAX, "{places:?}");
    let text = run(&["report", BUNDLED]).stdout;
    let listed = text.split("\nClass poles\n").nth(1).unwrap_or_default();
    let classes: Vec<&str> = listed
        .lines()
        .take_while(|line| !line.is_empty())
        .map(|line| line.split(" #").next().unwrap_or_default().trim())
        .collect();
    assert_eq!(classes, ["GTP", "LMP2", "GTD PRO", "GTD"], "{text}");
    assert!(
        text.contains("Class poles went to LMP2 #2 Ben Keating"),
        "{text}"
    );
    for (class, pole) in [
        ("GTP", "31"),
        ("LMP2", "2"),
        ("GTDPRO", "77"),
        ("GTD", "12"),
    ] {
        let scoped = report_json(&["report", "--json", "--class", class, BUNDLED]);
        assert_eq!(scoped["scope"], class);
        assert_eq!(
            scoped["poles"],
            serde_json::json!({ class: pole }),
            "{class}"
        );
        assert_eq!(scoped["classification"][0]["number"], pole, "{class}");
        let story = scoped["story"].to_string();
        assert!(!story.contains("Class poles"), "{class}: {story}");
        let text = run(&["report", "--class", class, BUNDLED]).stdout;
        assert!(!text.contains("Class poles"), "{class}: {text}");
    }
}

/// Every string in a JSON value, with where it is.
fn strings(value: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((at.to_owned(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, &format!("{at}[{i}]"), out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                strings(item, &format!("{at}.{key}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn control_characters_and_overrides_reach_no_report() {
    const CONTROLS: &str = "tests/fixtures/hostile/controls.json";
    let out = run(&["report", CONTROLS]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(stray(&out.stdout), Vec::<String>::new(), "{}", out.stdout);
    assert!(out
        .stdout
        .starts_with("Rolex 24 At Daytona · Qualifying · 2024-01-20\n"));
    // A right-to-left name is isolated in its column; the columns after it line up as
    // without it (the isolation marks take no room).
    let lines: Vec<&str> = out.stdout.lines().collect();
    let row = |n: &str| {
        lines
            .iter()
            .find(|l| l.split_whitespace().nth(4) == Some(n))
            .copied()
            .unwrap_or_default()
    };
    let (first, second) = (row("31"), row("01"));
    assert!(
        second.contains("01   \u{2068}נועם גולדברג\u{2069}"),
        "{second}"
    );
    let column = |line: &str, text: &str| {
        line.find(text).map(|i| {
            line[..i]
                .chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
                .count()
        })
    };
    assert_eq!(column(first, "1:32.656"), column(second, "1:32.727"));

    let report = report_json(&["report", "--json", CONTROLS]);
    let mut texts = Vec::new();
    strings(&report, "", &mut texts);
    for (at, text) in &texts {
        assert_eq!(stray(text), Vec::<String>::new(), "{at}: {text:?}");
    }
    // Data fields carry the clean text itself; only sentences isolate names.
    let rows = &report["classification"];
    assert_eq!(
        (&rows[0]["number"], &rows[0]["driver"], &rows[0]["class"]),
        (&"31".into(), &"Pipo Derani".into(), &"GTP".into())
    );
    assert_eq!(rows[1]["driver"], "נועם גולדברג");
    assert_eq!(rows[2]["number"], "52");
    assert_eq!(
        report["story"][1],
        "\u{2068}נועם גולדברג\u{2069} was second in the #01 Cadillac V-Series.R, 0.071 seconds behind."
    );
    // Class ids are cleaned like the rest, so `--class` takes the clean id.
    let gtp = report_json(&["report", "--json", "--class", "GTP", CONTROLS]);
    assert_eq!(gtp["scope"], "GTP");
}

/// `--at T`: the session as it stood at a moment of session time (issue 14).
#[test]
fn report_and_render_at_a_moment_of_the_session() {
    const BUNDLED: &str = "static/sessions/daytona-2024-qualifying.json";
    // At 55:00 Nasr's Porsche was on provisional GTP pole; Derani had only his out lap.
    let then = report_json(&[
        "report", "--json", "--class", "GTP", "--at", "55:00", BUNDLED,
    ]);
    assert_eq!(
        (&then["at"], &then["at_ms"]),
        (&"55:00.000".into(), &3_300_000.0.into())
    );
    assert_eq!(then["classification"][0]["number"], "7");
    assert_eq!(then["classification"][0]["best"], "1:43.694");
    assert_eq!(then["records"][0]["beaten_by"], 0);
    let text = run(&["report", "--class", "GTP", "--at", "55:00", BUNDLED]).stdout;
    assert!(
        text.contains("As it stood at 55:00.000 of session time (provisional)"),
        "{text}"
    );
    // At the end (and after it) the report is the finished session's, with no `at`.
    let finished = report_json(&["report", "--json", "--class", "GTP", BUNDLED]);
    for t in ["1:04:09.550", "2:00:00"] {
        assert_eq!(
            report_json(&["report", "--json", "--class", "GTP", "--at", t, BUNDLED]),
            finished,
            "{t}"
        );
    }
    assert!(finished.get("at").is_none());
    // A chart at the start has no bars: every car is listed without a time.
    let svg = run(&[
        "render", "--class", "GTP", "--at", "0", "--format", "svg", BUNDLED,
    ]);
    assert_eq!(svg.code, Some(0), "{}", svg.stderr);
    assert!(
        !svg.stdout.contains("class=\"qc-bar"),
        "no bars at the start"
    );
    assert!(svg.stdout.contains("data-car=\"31\""), "#31 is listed");
    // A moment that is not a session time is a usage error.
    for bad in ["5x", "-1:00", "49:00:00"] {
        let at = format!("--at={bad}");
        let out = run(&["report", &at, BUNDLED]);
        assert_eq!(out.code, Some(2), "{bad}: {}", out.stderr);
        assert!(out.stderr.contains("--at"), "{bad}: {}", out.stderr);
    }
}

/// `report --csv`: the widget table's columns as CSV a spreadsheet or the csv crate reads back,
/// every car of the scope, at a moment too.
#[test]
fn a_csv_report_is_the_table_a_spreadsheet_reads() {
    let out = run(&[
        "report",
        "--csv",
        "--class",
        "GTP",
        "static/sessions/daytona-2024-qualifying.json",
    ]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("a header line")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        headers,
        [
            "Pos",
            "Class",
            "Car",
            "Driver",
            "Best",
            "Gap",
            "Int.",
            "%",
            "Metres",
            "Ideal",
            "Left on table",
            "Ideal gap",
            "Note"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), 10, "nine GTP cars with a time and #5 without");
    assert_eq!(&rows[1][2], "#01");
    assert_eq!((&rows[1][4], &rows[1][5]), ("1:32.727", "+0.071"));
    assert_eq!(
        &rows[9][12],
        "No time · Repairs prevented a qualifying attempt"
    );
    // At 55:00 Nasr held provisional pole.
    let then = run(&[
        "report",
        "--csv",
        "--class",
        "GTP",
        "--at",
        "55:00",
        "static/sessions/daytona-2024-qualifying.json",
    ]);
    let first = then.stdout.lines().nth(1).unwrap_or_default();
    assert!(
        first.starts_with("P1,GTP,#7,Felipe Nasr,1:43.694,pole,"),
        "{first}"
    );
    // One format at a time.
    let both = run(&[
        "report",
        "--csv",
        "--json",
        "static/sessions/daytona-2024-qualifying.json",
    ]);
    assert_eq!(both.code, Some(2));
}
