//! Checks `docs/session.schema.json`, the JSON Schema of session JSON v1, against the fixture
//! corpus in `tests/fixtures`:
//!
//! - the schema is a valid draft 2020-12 schema, compiles, and documents every property;
//! - every `good/*.json` session is valid, also after a serialise/parse round trip;
//! - every `bad/*.json` file that is JSON is rejected, except the ones listed in
//!   [`SCHEMA_CANNOT_SEE`], whose one problem only the Rust validator can catch (each listed file
//!   must exist and must be accepted by the schema, so the list stays honest);
//! - the bad files that are not JSON at all ([`NOT_JSON`]) really fail to parse.
//!
//! The schema describes the shape of the input; the cross-field rules (unique numbers, driver
//! indices, sector counts, time ranges written as text) belong to the Rust core and its tests.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use jsonschema::Validator;
use serde_json::Value;

/// Bad fixtures whose single problem a JSON Schema cannot express: the schema accepts them and
/// only the Rust validator rejects them. One line per file: why the schema cannot see it.
const SCHEMA_CANNOT_SEE: &[(&str, &str)] = &[
    (
        "duplicate-numbers.json",
        "uniqueness of a field across array items is not expressible",
    ),
    (
        "duplicate-team.json",
        "uniqueness of a field across array items is not expressible",
    ),
    (
        "duplicate-numbers-after-cleaning.json",
        "\"3\\u00001\" is \"31\" once control characters are removed (core::text::clean)",
    ),
    (
        "number-of-control-characters.json",
        "a non-empty string that is empty once control characters are removed",
    ),
    (
        "driver-index-out-of-range.json",
        "the bound is the length of a sibling array (`drivers`)",
    ),
    (
        "driver-index-without-drivers.json",
        "the bound is the length of an absent sibling array",
    ),
    (
        "best-driver-out-of-range.json",
        "`best.driver` is bounded by the sibling `drivers` array",
    ),
    (
        "too-many-sectors.json",
        "the limit is the top-level `sectors` value, not a constant",
    ),
    (
        "zero-time.json",
        "\"0.000\" has the right form; its value is checked by the core",
    ),
    (
        "zero-sector-time.json",
        "\"0.000\" as a sector has the right form; the value is not",
    ),
    (
        "over-24h.json",
        "\"24:00:00.001\" has the right form; a regex cannot compare values",
    ),
    (
        "at-over-48h.json",
        "\"48:00:00.001\" has the right form; a regex cannot compare values",
    ),
    (
        "number-time-rounds-to-zero.json",
        "4e-05 > 0, but it rounds to 0 at 0.1 ms resolution",
    ),
];

/// Bad fixtures that are not JSON (RFC 8259) at all; the parse itself must fail for them.
const NOT_JSON: &[(&str, &str)] = &[
    ("not-json.json", "a plain-text results table"),
    ("empty.json", "zero bytes"),
    ("whitespace-only.json", "spaces, tabs and newlines only"),
    (
        "truncated.json",
        "a valid session cut off in the middle of an object",
    ),
    ("nan-time.json", "`NaN` is not a JSON number literal"),
];

/// Good fixtures the project relies on by name (other tests and the docs refer to them).
const REQUIRED_GOOD: &[&str] = &[
    "minimal.json",
    "empty-entries.json",
    "daytona-gtp-excerpt.json",
    "ties-and-best-only.json",
    "four-decimals.json",
    "multi-class.json",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema_value() -> Value {
    let path = root().join("docs/session.schema.json");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn validator() -> Validator {
    jsonschema::validator_for(&schema_value())
        .unwrap_or_else(|e| panic!("docs/session.schema.json does not compile: {e}"))
}

/// The `*.json` files of `tests/fixtures/<kind>`, sorted by name.
fn fixtures(kind: &str) -> Vec<PathBuf> {
    json_files(&root().join("tests/fixtures").join(kind))
}

/// The `*.json` files of `dir`, sorted by name.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

fn name(path: &Path) -> String {
    path.file_name()
        .expect("fixture paths end in a file name")
        .to_string_lossy()
        .into_owned()
}

fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn parse(path: &Path) -> Value {
    serde_json::from_slice(&read(path))
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", name(path)))
}

/// Every schema error for `instance`, one per line, as `/json/pointer: message`.
fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

fn listed(list: &[(&str, &str)]) -> BTreeSet<String> {
    list.iter().map(|(file, _)| (*file).to_owned()).collect()
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema_and_compiles() {
    let schema = schema_value();
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "the schema must declare draft 2020-12"
    );
    assert_eq!(
        schema["$id"],
        "https://qualichart.invalid/session.schema.json"
    );
    assert!(schema["title"].is_string(), "the schema needs a title");
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!("docs/session.schema.json breaks the draft 2020-12 meta-schema: {e}");
    }
    let validator = validator();
    // The smallest session the contract allows, and the most obvious non-session.
    let minimal = serde_json::json!({ "format": "qualichart/1", "entries": [] });
    assert!(
        validator.is_valid(&minimal),
        "{:?}",
        errors(&validator, &minimal)
    );
    assert!(
        !validator.is_valid(&serde_json::json!({})),
        "an empty object is not a session"
    );
}

#[test]
fn schema_documents_every_property_and_allows_unknown_ones() {
    fn walk(node: &Value, at: &str, missing: &mut Vec<String>) {
        match node {
            Value::Object(map) => {
                assert!(
                    !map.contains_key("additionalProperties")
                        && !map.contains_key("unevaluatedProperties"),
                    "{at}: unknown properties must stay allowed (forward compatible)"
                );
                if let Some(Value::Object(props)) = map.get("properties") {
                    for (key, prop) in props {
                        if !prop.get("description").is_some_and(Value::is_string) {
                            missing.push(format!("{at}/properties/{key}"));
                        }
                    }
                }
                for (key, child) in map {
                    walk(child, &format!("{at}/{key}"), missing);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{at}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&schema_value(), "#", &mut missing);
    assert!(
        missing.is_empty(),
        "properties without a description:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_good_fixture_is_valid() {
    let validator = validator();
    let files = fixtures("good");
    let names: BTreeSet<String> = files.iter().map(|p| name(p)).collect();
    for required in REQUIRED_GOOD {
        assert!(
            names.contains(*required),
            "tests/fixtures/good/{required} is missing"
        );
    }
    let mut failures = Vec::new();
    for path in &files {
        let instance = parse(path);
        let errs = errors(&validator, &instance);
        if !errs.is_empty() {
            failures.push(format!("{}:\n  {}", name(path), errs.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "good fixtures rejected by the schema:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_bundled_session_is_valid() {
    let validator = validator();
    let files = json_files(&root().join("static/sessions"));
    assert!(!files.is_empty(), "static/sessions has no session");
    for path in &files {
        let errs = errors(&validator, &parse(path));
        assert!(
            errs.is_empty(),
            "{} rejected by the schema:\n  {}",
            name(path),
            errs.join("\n  ")
        );
    }
}

#[test]
fn every_bad_fixture_that_is_json_is_rejected_unless_listed() {
    let validator = validator();
    let cannot_see = listed(SCHEMA_CANNOT_SEE);
    let not_json = listed(NOT_JSON);
    let files = fixtures("bad");
    assert!(
        files.len() >= 32,
        "the bad corpus shrank to {} files",
        files.len()
    );
    let mut accepted = Vec::new();
    let mut rejected_but_listed = Vec::new();
    let mut checked = 0;
    for path in &files {
        let file = name(path);
        // The JSON-parse check: it must fail exactly for the files listed as not JSON.
        let instance: Value = match serde_json::from_slice(&read(path)) {
            Ok(instance) => instance,
            Err(e) => {
                assert!(
                    not_json.contains(&file),
                    "{file} does not parse ({e}) but is not listed in NOT_JSON"
                );
                continue;
            }
        };
        assert!(
            !not_json.contains(&file),
            "{file} is listed in NOT_JSON but parses as JSON"
        );
        checked += 1;
        match (validator.is_valid(&instance), cannot_see.contains(&file)) {
            (true, false) => accepted.push(file),
            (false, true) => rejected_but_listed.push(format!(
                "{file}: {}",
                errors(&validator, &instance).join("; ")
            )),
            _ => {}
        }
    }
    assert!(
        checked > 0,
        "no bad fixture was JSON: the corpus is missing"
    );
    assert!(
        accepted.is_empty(),
        "bad fixtures the schema accepts (fix the schema, or list them in SCHEMA_CANNOT_SEE \
         with a reason): {accepted:?}"
    );
    assert!(
        rejected_but_listed.is_empty(),
        "listed in SCHEMA_CANNOT_SEE but rejected by the schema (remove them from the list):\n{}",
        rejected_but_listed.join("\n")
    );
}

#[test]
fn the_schema_cannot_see_list_is_honest() {
    let validator = validator();
    for (file, reason) in SCHEMA_CANNOT_SEE {
        assert!(!reason.is_empty(), "{file}: give a reason");
        let path = root().join("tests/fixtures/bad").join(file);
        assert!(
            path.is_file(),
            "SCHEMA_CANNOT_SEE lists {file}, which does not exist"
        );
        let instance = parse(&path);
        let errs = errors(&validator, &instance);
        assert!(
            errs.is_empty(),
            "{file} is listed as schema-valid, but: {}",
            errs.join("; ")
        );
    }
}

#[test]
fn the_not_json_files_really_are_not_json() {
    for (file, reason) in NOT_JSON {
        assert!(!reason.is_empty(), "{file}: give a reason");
        let path = root().join("tests/fixtures/bad").join(file);
        assert!(
            path.is_file(),
            "NOT_JSON lists {file}, which does not exist"
        );
        let parsed = serde_json::from_slice::<Value>(&read(&path));
        assert!(
            parsed.is_err(),
            "{file} ({reason}) parses as JSON: {parsed:?}"
        );
    }
    let empty = read(&root().join("tests/fixtures/bad/empty.json"));
    assert!(empty.is_empty(), "empty.json must be zero bytes");
}

#[test]
fn good_fixtures_round_trip_through_the_schema() {
    let validator = validator();
    for path in fixtures("good") {
        let file = name(&path);
        let original = parse(&path);
        for text in [
            serde_json::to_string(&original).expect("a parsed Value serialises"),
            serde_json::to_string_pretty(&original).expect("a parsed Value serialises"),
        ] {
            let again: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{file}: re-serialised text does not parse: {e}"));
            assert_eq!(
                again, original,
                "{file}: changed in a serialise/parse round trip"
            );
            let errs = errors(&validator, &again);
            assert!(
                errs.is_empty(),
                "{file} after a round trip: {}",
                errs.join("; ")
            );
        }
    }
}

#[test]
fn the_daytona_excerpt_round_trips_and_is_what_it_claims() {
    let validator = validator();
    let path = root().join("tests/fixtures/good/daytona-gtp-excerpt.json");
    let session = parse(&path);
    let text = serde_json::to_string(&session).expect("a parsed Value serialises");
    let again: Value = serde_json::from_str(&text).expect("re-serialised text parses");
    assert_eq!(again, session);
    assert!(
        validator.is_valid(&again),
        "{:?}",
        errors(&validator, &again)
    );

    // The facts the other tests and the docs rely on.
    assert_eq!(session["event"], "Rolex 24 At Daytona");
    assert_eq!(session["records"][0]["time"], "1:33.685");
    let entries = session["entries"].as_array().expect("entries is an array");
    let numbers: Vec<&str> = entries
        .iter()
        .map(|e| e["number"].as_str().expect("numbers are strings"))
        .collect();
    assert_eq!(numbers, ["31", "01", "7", "5"]);
    let pole_lap = &entries[0]["laps"][4];
    assert_eq!(pole_lap["lap"], 5);
    assert_eq!(pole_lap["time"], "1:32.656");
    // Its sectors add up exactly to the lap time (all times here are whole milliseconds).
    let millis = |v: &Value| -> u64 {
        let text = v.as_str().expect("sector times here are strings");
        let (secs, frac) = text.split_once('.').expect("three decimals");
        let secs: u64 = secs.parse().expect("whole seconds");
        let frac: u64 = frac.parse().expect("milliseconds");
        secs * 1000 + frac
    };
    let sectors = pole_lap["sectors"].as_array().expect("sectors is an array");
    assert_eq!(sectors.iter().map(millis).sum::<u64>(), 92_656);
    assert!(
        entries[3].get("laps").is_none(),
        "#5 made no qualifying attempt"
    );
}
