//! Differential test of `qualichart report --json` against the independent oracle.
//!
//! `tests/oracle/report.py` computes the `qualichart-report/1` JSON straight from the text of
//! `docs/report-format.md`, in plain Python with integer 0.1 ms arithmetic and no shared code.
//! This file runs the real binary and the oracle on the same session and requires the two
//! parsed JSON values to be equal: strings, nulls and integers exactly, floats within 1e-9,
//! and the `poles` keys in the same (class display) order.
//!
//! Sessions come from three places: every file in `tests/fixtures/good/`, the hostile text of
//! `tests/fixtures/hostile/controls.json`, and a proptest
//! strategy that builds random *valid* sessions designed to make ties frequent (lap times
//! from a handful of values, shared `at` values across cars, result-sheet bests, invalid
//! laps, missing sectors, 4-decimal feeds). About 30% of them are knockout sessions (the
//! project extension `parts`: Q1/Q2/Q3, laps with `part`, entries with `part_bests`, cars
//! eliminated early or without a time in their last part); every session has some laps with
//! an informational `flag`. `PROPTEST_CASES` sets the number of cases (256 when unset).
//!
//! It does not test invalid input; `tests/cli.rs` and `tests/acceptance.rs` do that.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{json, Map, Value};

// ---------------------------------------------------------------------------------------------
// Running both sides
// ---------------------------------------------------------------------------------------------

/// The package root, where `tests/oracle/report.py` lives.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs one command and returns its stdout, or a readable account of why it failed.
fn run(mut cmd: Command, what: &str) -> Result<String, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("{what}: cannot start: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{what}: exited with {}\n--- stderr ---\n{}\n--- stdout ---\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout),
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("{what}: stdout is not UTF-8: {e}"))
}

/// `qualichart report --json [--class ID] FILE`.
fn run_binary(file: &Path, class: Option<&str>) -> Result<String, String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_qualichart"));
    cmd.arg("report").arg("--json");
    if let Some(id) = class {
        cmd.arg("--class").arg(id);
    }
    cmd.arg(file);
    run(
        cmd,
        &format!(
            "qualichart report --json{} {}",
            class_arg(class),
            file.display()
        ),
    )
}

/// `python3 tests/oracle/report.py [--class ID] FILE`.
fn run_oracle(file: &Path, class: Option<&str>) -> Result<String, String> {
    let mut cmd = Command::new("python3");
    cmd.current_dir(root()).arg("tests/oracle/report.py");
    if let Some(id) = class {
        cmd.arg("--class").arg(id);
    }
    cmd.arg(file);
    run(
        cmd,
        &format!(
            "python3 tests/oracle/report.py{} {}",
            class_arg(class),
            file.display()
        ),
    )
}

fn class_arg(class: Option<&str>) -> String {
    class
        .map(|id| format!(" --class {id:?}"))
        .unwrap_or_default()
}

/// Runs both sides on `file` in one scope. `Err` carries the whole explanation: the command
/// that failed, or the first difference between the two reports.
fn compare(file: &Path, class: Option<&str>) -> Result<(), String> {
    let got_text = run_binary(file, class)?;
    let want_text = run_oracle(file, class)?;
    let mut got: Value = serde_json::from_str(&got_text)
        .map_err(|e| format!("qualichart printed invalid JSON ({e}):\n{got_text}"))?;
    // The story is words about these figures, tested in the core (`core::story`); the oracle
    // checks the figures themselves.
    if let Some(report) = got.as_object_mut() {
        report.remove("story");
    }
    let want: Value = serde_json::from_str(&want_text)
        .map_err(|e| format!("the oracle printed invalid JSON ({e}):\n{want_text}"))?;
    let scope = class.map_or("overall".to_string(), |id| format!("--class {id:?}"));
    if let Some(diff) = first_diff("$", &got, &want) {
        return Err(format!("scope {scope}: reports differ\n{diff}"));
    }
    let got_poles = poles_order(&got_text).map_err(|e| format!("qualichart poles: {e}"))?;
    let want_poles = poles_order(&want_text).map_err(|e| format!("oracle poles: {e}"))?;
    if got_poles != want_poles {
        return Err(format!(
            "scope {scope}: `poles` keys in a different order (class display order)\n  \
             qualichart: {got_poles:?}\n  oracle:     {want_poles:?}"
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Comparing two reports
// ---------------------------------------------------------------------------------------------

/// The first place where `got` (the binary) and `want` (the oracle) differ, as
/// `path: qualichart = …, oracle = …`. Object keys are visited in sorted order.
fn first_diff(path: &str, got: &Value, want: &Value) -> Option<String> {
    let show = |v: &Value| serde_json::to_string(v).expect("a JSON value serialises");
    let differ = || {
        Some(format!(
            "{path}:\n  qualichart = {}\n  oracle     = {}",
            show(got),
            show(want)
        ))
    };
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            let mut keys: Vec<&String> = g.keys().chain(w.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let sub = format!("{path}.{key}");
                match (g.get(key), w.get(key)) {
                    (Some(a), Some(b)) => {
                        if let Some(d) = first_diff(&sub, a, b) {
                            return Some(d);
                        }
                    }
                    (Some(a), None) => {
                        return Some(format!(
                            "{sub}: only in qualichart's report (= {})",
                            show(a)
                        ))
                    }
                    (None, Some(b)) => {
                        return Some(format!(
                            "{sub}: missing from qualichart's report (oracle = {})",
                            show(b)
                        ))
                    }
                    (None, None) => unreachable!("the key came from one of the maps"),
                }
            }
            None
        }
        (Value::Array(g), Value::Array(w)) => {
            for (i, (a, b)) in g.iter().zip(w).enumerate() {
                if let Some(d) = first_diff(&format!("{path}[{i}]"), a, b) {
                    return Some(d);
                }
            }
            if g.len() != w.len() {
                return Some(format!(
                    "{path}: {} items from qualichart, {} from the oracle\n  qualichart = {}\n  oracle     = {}",
                    g.len(),
                    w.len(),
                    show(got),
                    show(want)
                ));
            }
            None
        }
        (Value::Number(a), Value::Number(b)) => {
            // Integers (positions, lap counts, years) must be integers on both sides and equal;
            // floats (`*_ms`, `percent`) must be floats on both sides, equal within 1e-9.
            let same = match (a.is_f64(), b.is_f64()) {
                (false, false) => a == b,
                (true, true) => {
                    let (x, y) = (a.as_f64().expect("f64"), b.as_f64().expect("f64"));
                    (x - y).abs() <= 1e-9
                }
                _ => false,
            };
            if same {
                None
            } else {
                differ()
            }
        }
        _ => {
            if got == want {
                None
            } else {
                differ()
            }
        }
    }
}

/// The keys of the top-level `poles` object in the order they were printed (a
/// `serde_json::Value` forgets it, and the report doc fixes it: class display order).
fn poles_order(text: &str) -> Result<Vec<String>, String> {
    #[derive(Deserialize)]
    struct Report {
        poles: OrderedKeys,
    }
    struct OrderedKeys(Vec<String>);
    impl<'de> Deserialize<'de> for OrderedKeys {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Keys;
            impl<'de> Visitor<'de> for Keys {
                type Value = OrderedKeys;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedKeys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                        keys.push(key);
                    }
                    Ok(OrderedKeys(keys))
                }
            }
            d.deserialize_map(Keys)
        }
    }
    serde_json::from_str::<Report>(text)
        .map(|r| r.poles.0)
        .map_err(|e| e.to_string())
}

/// The non-empty class ids used by the session's entries, in first-appearance order.
fn classes_in(session: &Value) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for entry in session["entries"].as_array().into_iter().flatten() {
        if let Some(id) = entry["class"].as_str() {
            if !id.is_empty() && !ids.iter().any(|known| known == id) {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/// The `*.json` files of `dir`, sorted; none when the directory does not exist.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = listing
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Every good fixture and every bundled session (`static/sessions/`, the real ones the demo
/// shows), overall and in each of their classes, plus the Daytona excerpt by name.
#[test]
fn good_fixtures_match_the_oracle() {
    let dir = root().join("tests/fixtures/good");
    let mut files = json_files(&dir);
    assert!(
        !files.is_empty(),
        "{} has no *.json file to compare",
        dir.display()
    );
    let daytona = dir.join("daytona-gtp-excerpt.json");
    assert!(daytona.is_file(), "{} is missing", daytona.display());
    files.retain(|f| f != &daytona);
    files.insert(0, daytona);
    files.extend(json_files(&root().join("static/sessions")));

    let mut failures = String::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a fixture is readable");
        let session: Value = serde_json::from_str(&text).expect("a good fixture is JSON");
        let scopes = std::iter::once(None).chain(classes_in(&session).into_iter().map(Some));
        for class in scopes {
            if let Err(msg) = compare(file, class.as_deref()) {
                writeln!(failures, "=== {}\n{msg}\n", file.display()).expect("writing to a String");
            }
        }
    }
    assert!(
        failures.is_empty(),
        "fixtures where qualichart and the oracle disagree:\n{failures}"
    );
}

/// Control characters and bidi controls in every text field: the oracle cleans the text by
/// the format doc's rule, written apart from `core::text`, and the reports must agree.
#[test]
fn hostile_text_matches_the_oracle() {
    let file = root().join("tests/fixtures/hostile/controls.json");
    for class in [None, Some("GTP"), Some("LMP2")] {
        if let Err(msg) = compare(&file, class) {
            panic!(
                "qualichart and the oracle disagree on {}:\n{msg}",
                file.display()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Random sessions
// ---------------------------------------------------------------------------------------------

/// One tenth of a millisecond per unit, like the core.
const SECOND: u64 = 10_000;
const CLASS_IDS: [&str; 4] = ["GTP", "LMP2", "GTD PRO", "GTD"];
const COLORS: [&str; 4] = ["#c8102e", "#0af", "#ffcc00", "#2e8b57"];
/// Distinct car numbers; "1" and "01" are different cars.
const NUMBERS: [&str; 12] = [
    "31", "01", "1", "7", "10", "5", "77", "023", "12", "40", "6", "24",
];
const NAMES: [&str; 7] = [
    "Pipo Derani",
    "Sebastien Bourdais",
    "Felipe Nasr",
    "Renger van der Zande",
    "Jack Aitken",
    "Tom Blomqvist",
    "Nick Tandy",
];

/// A lap time: mostly 60.000 to 60.010 in whole milliseconds, so that ties are common, with
/// a few under a minute, over two minutes and over an hour. The last digit (0.1 ms) is
/// dropped later unless the session is a 4-decimal one.
fn lap_tenths() -> impl Strategy<Value = u64> {
    let base = prop_oneof![
        24 => Just(60 * SECOND),
        2 => Just(59 * SECOND + 9_950),
        1 => Just(120 * SECOND),
        1 => Just(3_600 * SECOND),
    ];
    (base, 0u64..=10, prop_oneof![3 => Just(0u64), 1 => 1u64..10])
        .prop_map(|(b, ms, sub)| b + ms * 10 + sub)
}

/// A sector time: 20.000 to 20.005, so that session-best sectors tie often.
fn sector_tenths() -> impl Strategy<Value = u64> {
    (0u64..=5, prop_oneof![3 => Just(0u64), 1 => 1u64..10])
        .prop_map(|(ms, sub)| 20 * SECOND + ms * 10 + sub)
}

/// A record time: around the lap times, so some records are beaten, some equalled, some not.
fn record_tenths() -> impl Strategy<Value = u64> {
    (0u64..=12, prop_oneof![3 => Just(0u64), 1 => 1u64..10])
        .prop_map(|(ms, sub)| 60 * SECOND + ms * 10 + sub)
}

/// Where a car's `at` values start: at zero, one minute, one hour, or near the 48-hour limit.
fn at_start() -> impl Strategy<Value = u64> {
    prop_oneof![
        3 => Just(0u64),
        3 => Just(60 * SECOND),
        1 => Just(3_600 * SECOND),
        1 => Just(172_000 * SECOND),
        1 => (0u64..10).prop_map(|sub| 90 * SECOND + sub),
    ]
}

/// The time from one lap's `at` to the next: whole minutes mostly, so that cars collide.
fn at_step() -> impl Strategy<Value = u64> {
    prop_oneof![
        4 => Just(60 * SECOND),
        2 => Just(120 * SECOND),
        1 => (0u64..10).prop_map(|sub| 60 * SECOND + 50 + sub),
    ]
}

#[derive(Debug, Clone)]
struct LapRaw {
    /// `None`: no time (written as `null` or left out, by `style`).
    time: Option<u64>,
    /// `None`: no `sectors` field; items are `null` when `None`.
    sectors: Option<Vec<Option<u64>>>,
    /// 0: `false`, 1: `true` written out, otherwise absent.
    valid: u8,
    /// Whether `at` is written.
    has_at: bool,
    at_step: u64,
    /// Increment of the lap number over the previous lap's.
    lap_step: u8,
    explicit_lap: bool,
    driver: Option<u8>,
    pit: u8,
    /// Bits choosing how each time is written (string forms or JSON number).
    style: u32,
    /// Knockout sessions: below 25, no `part` (about 10%); otherwise picks a part up to the
    /// car's furthest one.
    part: u8,
    /// 0..=3: `flag` "green", "red", "chequered", "fcy"; otherwise absent.
    flag: u8,
}

/// The lap `flag` values the generator writes; informational only, they change no figure.
const FLAGS: [&str; 4] = ["green", "red", "chequered", "fcy"];

fn lap_raw() -> impl Strategy<Value = LapRaw> {
    (
        prop::option::weighted(0.85, lap_tenths()),
        prop::option::weighted(
            0.8,
            prop::collection::vec(prop::option::weighted(0.85, sector_tenths()), 0..=5),
        ),
        0u8..8,
        prop::bool::weighted(0.7),
        at_step(),
        prop_oneof![6 => Just(1u8), 1 => Just(2u8), 1 => Just(4u8)],
        prop::bool::weighted(0.3),
        prop::option::weighted(0.7, any::<u8>()),
        0u8..6,
        any::<u32>(),
        any::<u8>(),
        0u8..12,
    )
        .prop_map(
            |(
                time,
                sectors,
                valid,
                has_at,
                at_step,
                lap_step,
                explicit_lap,
                driver,
                pit,
                style,
                part,
                flag,
            )| LapRaw {
                time,
                sectors,
                valid,
                has_at,
                at_step,
                lap_step,
                explicit_lap,
                driver,
                pit,
                style,
                part,
                flag,
            },
        )
}

#[derive(Debug, Clone)]
struct BestRaw {
    time: u64,
    sectors: Option<Vec<Option<u64>>>,
    lap: Option<u8>,
    /// Minutes after the car's `at_start`.
    at_minutes: Option<u8>,
    driver: Option<u8>,
    style: u32,
}

fn best_raw() -> impl Strategy<Value = BestRaw> {
    (
        lap_tenths(),
        prop::option::weighted(
            0.6,
            prop::collection::vec(prop::option::weighted(0.85, sector_tenths()), 0..=5),
        ),
        prop::option::weighted(0.6, 1u8..12),
        prop::option::weighted(0.6, 0u8..8),
        prop::option::weighted(0.5, any::<u8>()),
        any::<u32>(),
    )
        .prop_map(|(time, sectors, lap, at_minutes, driver, style)| BestRaw {
            time,
            sectors,
            lap,
            at_minutes,
            driver,
            style,
        })
}

/// One `part_bests` item: `best` without a time sometimes ("reached, no time").
#[derive(Debug, Clone)]
struct PartBestRaw {
    has_time: bool,
    best: BestRaw,
}

fn part_best_raw() -> impl Strategy<Value = PartBestRaw> {
    (prop::bool::weighted(0.7), best_raw())
        .prop_map(|(has_time, best)| PartBestRaw { has_time, best })
}

#[derive(Debug, Clone)]
struct EntryRaw {
    /// `None`: no `class` field (the unnamed class `""`).
    class: Option<u8>,
    drivers: u8,
    /// 0..=3: absent, "ok", "dns", "excluded" (weighted towards absent).
    status: u8,
    /// `None`: no `laps` field.
    laps: Option<Vec<LapRaw>>,
    best: Option<BestRaw>,
    at_start: u64,
    /// The first lap's number is `1 + first_lap_offset`.
    first_lap_offset: u8,
    /// Explicit lap numbers out of order and repeated (the report doc's "lower lap number,
    /// then the earlier array position" decides ties).
    scrambled: bool,
    /// Bits: team, car, manufacturer, colour, note, driver short/country, unknown field.
    extras: u32,
    /// Knockout sessions: the furthest part the car's laps and `part_bests` go to
    /// (modulo the number of parts), so that many cars stop in an early part.
    reach: u8,
    /// Knockout sessions: `part_bests`, one optional item per part up to `reach`.
    part_bests: Option<Vec<Option<PartBestRaw>>>,
    /// Knockout sessions: a last lap in part `reach` with no time (an aborted run), so that
    /// the car may reach its last part without a time there.
    blank_last: bool,
}

fn entry_raw() -> impl Strategy<Value = EntryRaw> {
    (
        prop::option::weighted(0.85, any::<u8>()),
        0u8..=3,
        prop_oneof![12 => Just(0u8), 3 => Just(1u8), 2 => Just(2u8), 2 => Just(3u8)],
        prop::option::weighted(0.85, prop::collection::vec(lap_raw(), 0..=6)),
        prop::option::weighted(0.3, best_raw()),
        at_start(),
        prop_oneof![4 => Just(0u8), 1 => Just(1u8), 1 => Just(3u8)],
        prop::bool::weighted(0.1),
        any::<u32>(),
        any::<u8>(),
        prop::option::weighted(
            0.3,
            prop::collection::vec(prop::option::weighted(0.7, part_best_raw()), 3),
        ),
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |(
                class,
                drivers,
                status,
                laps,
                best,
                at_start,
                first_lap_offset,
                scrambled,
                extras,
                reach,
                part_bests,
                blank_last,
            )| EntryRaw {
                class,
                drivers,
                status,
                laps,
                best,
                at_start,
                first_lap_offset,
                scrambled,
                extras,
                reach,
                part_bests,
                blank_last,
            },
        )
}

#[derive(Debug, Clone)]
struct RecordRaw {
    class: Option<u8>,
    time: u64,
    extras: u32,
}

fn record_raw() -> impl Strategy<Value = RecordRaw> {
    (
        prop::option::weighted(0.5, any::<u8>()),
        record_tenths(),
        any::<u32>(),
    )
        .prop_map(|(class, time, extras)| RecordRaw {
            class,
            time,
            extras,
        })
}

#[derive(Debug, Clone)]
struct SessionRaw {
    /// Whether the session carries 4-decimal times; otherwise every time is whole ms.
    four: bool,
    /// `None`: no `sectors` field (3).
    sectors: Option<u8>,
    n_classes: u8,
    /// Per class of the pool: listed in `classes`, and its sort key there.
    listed: Vec<(bool, u8)>,
    entries: Vec<EntryRaw>,
    records: Vec<RecordRaw>,
    number_offset: u8,
    /// Bits: event, session, date, series, track, an unknown field, an empty `classes`, an
    /// empty `records`; bits 8 and 9 both set: `"parts": []` in a session without parts.
    extras: u32,
    /// Picks the class for the `--class` run.
    class_pick: u8,
    /// A knockout session: the number of parts (1..=3) and bits choosing which parts have a
    /// `name`.
    knockout: Option<(u8, u8)>,
}

fn session_raw() -> impl Strategy<Value = SessionRaw> {
    (
        prop::bool::weighted(0.25),
        prop::option::weighted(0.7, 1u8..=5),
        1u8..=4,
        prop::collection::vec((prop::bool::weighted(0.6), any::<u8>()), 4),
        prop::collection::vec(entry_raw(), 1..=12),
        prop::collection::vec(record_raw(), 0..=3),
        any::<u8>(),
        any::<u32>(),
        any::<u8>(),
        prop::option::weighted(0.3, (1u8..=3, any::<u8>())),
    )
        .prop_map(
            |(
                four,
                sectors,
                n_classes,
                listed,
                entries,
                records,
                number_offset,
                extras,
                class_pick,
                knockout,
            )| {
                SessionRaw {
                    four,
                    sectors,
                    n_classes,
                    listed,
                    entries,
                    records,
                    number_offset,
                    extras,
                    class_pick,
                    knockout,
                }
            },
        )
}

/// Writes `tenths` as a time string: `ss`, `m:ss` or `h:mm:ss` (or plain seconds when
/// `seconds_only`), with the fewest decimals that keep it exact, at least `min_decimals`.
fn time_text(tenths: u64, min_decimals: usize, seconds_only: bool) -> String {
    let whole = tenths / SECOND;
    let frac = format!("{:04}", tenths % SECOND);
    let needed = frac.trim_end_matches('0').len();
    let decimals = needed.max(min_decimals);
    let frac_text = if decimals == 0 {
        String::new()
    } else {
        format!(".{}", &frac[..decimals])
    };
    if seconds_only || whole < 60 {
        format!("{whole}{frac_text}")
    } else if whole < 3_600 {
        format!("{}:{:02}{frac_text}", whole / 60, whole % 60)
    } else {
        format!(
            "{}:{:02}:{:02}{frac_text}",
            whole / 3_600,
            whole / 60 % 60,
            whole % 60
        )
    }
}

/// A time as the session writes it; `style` picks the form (3 bits are used).
fn time_value(tenths: u64, style: u32, four: bool) -> Value {
    match style & 7 {
        // A JSON number of seconds: an integer when it can be, sometimes.
        0 if tenths % SECOND == 0 && style & 8 == 0 => json!(tenths / SECOND),
        0 => json!(tenths as f64 / SECOND as f64),
        // Seconds only, past a minute too: "92.656".
        1 => Value::String(time_text(tenths, 3, true)),
        // The fewest decimals: "1:00", "59.99".
        2 => Value::String(time_text(tenths, 0, false)),
        // Four decimals even for a whole millisecond, in a 4-decimal session.
        3 if four => Value::String(time_text(tenths, 4, false)),
        _ => Value::String(time_text(tenths, 3, false)),
    }
}

/// Builds a valid session from the raw choices; everything that depends on something else
/// (sector counts, driver indices, increasing `at` and lap numbers) is made consistent here.
fn build_session(raw: &SessionRaw) -> Value {
    let four = raw.four;
    // A 3-decimal session has whole milliseconds only.
    let t = |tenths: u64| if four { tenths } else { tenths - tenths % 10 };
    let n_sectors = usize::from(raw.sectors.unwrap_or(3));
    let n_classes = usize::from(raw.n_classes);
    let sectors_value = |items: &[Option<u64>], style: u32| -> Value {
        let items: Vec<Value> = items
            .iter()
            .take(n_sectors)
            .enumerate()
            .map(|(k, s)| match s {
                Some(x) => time_value(t(*x), style.rotate_right(3 * k as u32 + 9), four),
                None => Value::Null,
            })
            .collect();
        Value::Array(items)
    };

    let mut session = Map::new();
    session.insert("format".into(), json!("qualichart/1"));
    let bit = |n: u32| raw.extras & (1 << n) != 0;
    if bit(0) {
        session.insert("event".into(), json!("Rolex 24 At Daytona"));
    }
    if bit(1) {
        session.insert("session".into(), json!("Qualifying"));
    }
    if bit(2) {
        session.insert("date".into(), json!("2024-01-20"));
    }
    if bit(3) {
        session.insert(
            "series".into(),
            json!("IMSA WeatherTech SportsCar Championship"),
        );
    }
    if bit(4) {
        session.insert(
            "track".into(),
            json!({ "name": "Daytona International Speedway", "length_km": 5.73 }),
        );
    }
    if bit(5) {
        session.insert(
            "x_feed".into(),
            json!({ "source": "proptest", "version": 7 }),
        );
    }
    if let Some(n) = raw.sectors {
        session.insert("sectors".into(), json!(n));
    }
    // Knockout qualifying (project extension): `parts` in running order, ids unique.
    let n_parts = raw.knockout.map_or(0, |(n, _)| usize::from(n));
    let part_id = |k: usize| format!("Q{}", k + 1);
    if let Some((_, names)) = raw.knockout {
        let parts: Vec<Value> = (0..n_parts)
            .map(|k| {
                let mut part = json!({ "id": part_id(k) });
                if names & (1 << k) != 0 {
                    part["name"] = json!(format!("Qualifying {}", k + 1));
                }
                part
            })
            .collect();
        session.insert("parts".into(), Value::Array(parts));
    } else if bit(8) && bit(9) {
        // Present but empty: not a knockout session.
        session.insert("parts".into(), json!([]));
    }

    let mut listed: Vec<(u8, usize)> = raw.listed[..n_classes]
        .iter()
        .enumerate()
        .filter(|(_, (is_listed, _))| *is_listed)
        .map(|(i, (_, key))| (*key, i))
        .collect();
    listed.sort();
    if !listed.is_empty() || bit(6) {
        let classes: Vec<Value> = listed
            .iter()
            .map(|&(key, i)| {
                let mut c = json!({ "id": CLASS_IDS[i], "name": CLASS_IDS[i] });
                if key % 2 == 0 {
                    c["color"] = json!(COLORS[i]);
                }
                c
            })
            .collect();
        session.insert("classes".into(), Value::Array(classes));
    }

    if !raw.records.is_empty() || bit(7) {
        let records: Vec<Value> = raw
            .records
            .iter()
            .map(|r| {
                let mut rec = Map::new();
                if let Some(c) = r.class {
                    rec.insert("class".into(), json!(CLASS_IDS[usize::from(c) % n_classes]));
                }
                rec.insert("time".into(), time_value(t(r.time), r.extras, four));
                let rbit = |n: u32| r.extras & (1 << n) != 0;
                if rbit(3) {
                    rec.insert("label".into(), json!("Previous qualifying record"));
                }
                if rbit(4) {
                    rec.insert("driver".into(), json!("Oliver Jarvis"));
                }
                if rbit(5) {
                    rec.insert("car".into(), json!("#77 Mazda DPi"));
                }
                if rbit(6) {
                    rec.insert("year".into(), json!(2019));
                }
                Value::Object(rec)
            })
            .collect();
        session.insert("records".into(), Value::Array(records));
    }

    let mut entries = Vec::new();
    for (i, e) in raw.entries.iter().enumerate() {
        let ebit = |n: u32| e.extras & (1 << n) != 0;
        let mut entry = Map::new();
        let number = NUMBERS[(usize::from(raw.number_offset) + i) % NUMBERS.len()];
        entry.insert("number".into(), json!(number));
        if let Some(c) = e.class {
            entry.insert("class".into(), json!(CLASS_IDS[usize::from(c) % n_classes]));
        }
        if ebit(0) {
            entry.insert("team".into(), json!(format!("Team {number}")));
        }
        if ebit(1) {
            entry.insert("car".into(), json!("Porsche 963"));
        }
        if ebit(2) {
            entry.insert("manufacturer".into(), json!("Porsche"));
        }
        if ebit(3) {
            entry.insert("color".into(), json!(COLORS[i % COLORS.len()]));
        }
        if ebit(4) {
            entry.insert(
                "note".into(),
                json!("Repairs prevented a qualifying attempt"),
            );
        }
        if ebit(5) {
            entry.insert("x_tyres".into(), json!("Michelin"));
        }
        let n_drivers = usize::from(e.drivers);
        if n_drivers > 0 || ebit(6) {
            let drivers: Vec<Value> = (0..n_drivers)
                .map(|d| {
                    let name = NAMES[(i + d * 3) % NAMES.len()];
                    let mut driver = json!({ "name": name });
                    if ebit(7 + d as u32) {
                        driver["short"] = json!(name[..3].to_uppercase());
                        driver["country"] = json!("USA");
                    }
                    driver
                })
                .collect();
            entry.insert("drivers".into(), Value::Array(drivers));
        }
        let driver_index = |d: Option<u8>| {
            d.filter(|_| n_drivers > 0)
                .map(|d| usize::from(d) % n_drivers)
        };
        match e.status {
            1 => entry.insert("status".into(), json!("ok")),
            2 => entry.insert("status".into(), json!("dns")),
            3 => entry.insert("status".into(), json!("excluded")),
            _ => None,
        };
        // Knockout sessions: the car's furthest part, and the part of each lap: a pick up to
        // `reach`, sorted so that the car runs its parts in order; about 10% of laps have none.
        let reach = if n_parts > 0 {
            usize::from(e.reach) % n_parts
        } else {
            0
        };
        let lap_parts: Vec<Option<usize>> = {
            let laps_raw = e.laps.as_deref().unwrap_or(&[]);
            let mut picks: Vec<usize> = laps_raw
                .iter()
                .filter(|l| l.part >= 25)
                .map(|l| usize::from(l.part) % (reach + 1))
                .collect();
            picks.sort_unstable();
            let mut picks = picks.into_iter();
            laps_raw
                .iter()
                .map(|l| {
                    if n_parts == 0 || l.part < 25 {
                        None
                    } else {
                        picks.next()
                    }
                })
                .collect()
        };
        if e.laps.is_some() || (n_parts > 0 && e.blank_last) {
            let no_laps = Vec::new();
            let laps_raw = e.laps.as_ref().unwrap_or(&no_laps);
            let mut laps = Vec::new();
            let mut number = u32::from(e.first_lap_offset);
            let mut at = e.at_start;
            for (j, l) in laps_raw.iter().enumerate() {
                // Lap numbers increase; a lap without `lap` is numbered by position, so the
                // field is written whenever the two differ.
                number += if j == 0 { 1 } else { u32::from(l.lap_step) };
                if j > 0 {
                    at += l.at_step; // strictly increasing within the car
                }
                let mut lap = Map::new();
                if e.scrambled {
                    lap.insert("lap".into(), json!(1 + (l.style >> 20) % 4));
                } else if l.explicit_lap || number != j as u32 + 1 {
                    lap.insert("lap".into(), json!(number));
                }
                if let Some(d) = driver_index(l.driver) {
                    lap.insert("driver".into(), json!(d));
                }
                match l.time {
                    Some(x) => {
                        lap.insert("time".into(), time_value(t(x), l.style, four));
                    }
                    None if l.style & 8 != 0 => {
                        lap.insert("time".into(), Value::Null);
                    }
                    None => {}
                }
                if let Some(s) = &l.sectors {
                    lap.insert("sectors".into(), sectors_value(s, l.style));
                }
                match l.valid {
                    0 => lap.insert("valid".into(), json!(false)),
                    1 => lap.insert("valid".into(), json!(true)),
                    _ => None,
                };
                match l.pit {
                    0 => lap.insert("pit".into(), json!("in")),
                    1 => lap.insert("pit".into(), json!("out")),
                    _ => None,
                };
                if l.has_at {
                    lap.insert("at".into(), time_value(t(at), l.style >> 4, four));
                }
                if l.style & (1 << 30) != 0 {
                    lap.insert("kph".into(), json!(221.4));
                }
                if let Some(k) = lap_parts[j] {
                    lap.insert("part".into(), json!(part_id(k)));
                }
                if let Some(f) = FLAGS.get(usize::from(l.flag)) {
                    lap.insert("flag".into(), json!(f));
                }
                laps.push(Value::Object(lap));
            }
            if n_parts > 0 && e.blank_last {
                // An aborted run in the car's last part: no time, maybe a red flag.
                let mut lap = json!({ "part": part_id(reach) });
                if e.extras & (1 << 12) != 0 {
                    lap["flag"] = json!("red");
                }
                if e.extras & (1 << 13) != 0 {
                    lap["valid"] = json!(false);
                }
                laps.push(lap);
            }
            entry.insert("laps".into(), Value::Array(laps));
        }
        // A `best` object, or a `part_bests` item (`part` added, `time` optional).
        let best_object = |b: &BestRaw, with_time: bool| {
            let mut best = Map::new();
            if with_time {
                best.insert("time".into(), time_value(t(b.time), b.style, four));
            }
            if let Some(s) = &b.sectors {
                best.insert("sectors".into(), sectors_value(s, b.style));
            }
            if let Some(lap) = b.lap {
                best.insert("lap".into(), json!(lap));
            }
            if let Some(d) = driver_index(b.driver) {
                best.insert("driver".into(), json!(d));
            }
            if let Some(m) = b.at_minutes {
                let at = e.at_start + u64::from(m) * 60 * SECOND;
                best.insert("at".into(), time_value(t(at), b.style >> 4, four));
            }
            best
        };
        if let Some(b) = &e.best {
            entry.insert("best".into(), Value::Object(best_object(b, true)));
        }
        if let (true, Some(items)) = (n_parts > 0, &e.part_bests) {
            // At most one item per part, for parts up to the car's furthest.
            let items: Vec<Value> = items
                .iter()
                .enumerate()
                .take(reach + 1)
                .filter_map(|(k, item)| {
                    let item = item.as_ref()?;
                    let mut obj = best_object(&item.best, item.has_time);
                    obj.insert("part".into(), json!(part_id(k)));
                    Some(Value::Object(obj))
                })
                .collect();
            entry.insert("part_bests".into(), Value::Array(items));
        }
        entries.push(Value::Object(entry));
    }
    session.insert("entries".into(), Value::Array(entries));
    Value::Object(session)
}

/// Writes the session to a temporary file and compares both sides overall and in one class.
fn check_session(raw: &SessionRaw) -> Result<(), TestCaseError> {
    let session = build_session(raw);
    let text = serde_json::to_string_pretty(&session).expect("a JSON value serialises");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("session.json");
    std::fs::write(&file, &text).expect("the session file is written");

    let classes = classes_in(&session);
    let class =
        (!classes.is_empty()).then(|| classes[usize::from(raw.class_pick) % classes.len()].clone());
    let mut scopes = vec![None];
    if let Some(id) = &class {
        scopes.push(Some(id.as_str()));
    }
    for scope in scopes {
        if let Err(msg) = compare(&file, scope) {
            return Err(TestCaseError::fail(format!(
                "{msg}\n\n--- session ---\n{text}"
            )));
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// Random valid sessions: the binary and the oracle print the same report.
    #[test]
    fn random_sessions_match_the_oracle(raw in session_raw()) {
        check_session(&raw)?;
    }
}
