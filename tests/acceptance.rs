//! Every malformed session in `tests/fixtures/bad/` gets exit 1 and its one-line message,
//! pinned by a snapshot; so does 200 000 levels of nesting, generated here.

mod support;

use support::{fixtures, root, run_in};

/// Runs `report` on `name` inside `dir` and returns the message, checking the contract:
/// exit 1, nothing on stdout, exactly one line on stderr naming the file.
fn message(dir: &std::path::Path, name: &str) -> String {
    let out = run_in(dir, &["report", name]);
    assert_eq!(
        out.code,
        Some(1),
        "{name}: stdout {:?} stderr {:?}",
        out.stdout,
        out.stderr
    );
    assert_eq!(out.stdout, "", "{name}");
    assert_eq!(out.stderr.lines().count(), 1, "{name}: {:?}", out.stderr);
    let prefix = format!("qualichart: {name}: ");
    assert!(out.stderr.starts_with(&prefix), "{name}: {:?}", out.stderr);
    out.stderr.trim_end().to_owned()
}

#[test]
fn every_malformed_session_gets_its_message() {
    let dir = root().join("tests/fixtures/bad");
    let files = fixtures("bad");
    assert!(files.len() >= 18, "the corpus has {} files", files.len());
    for file in files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name")
            .to_owned();
        insta::assert_snapshot!(format!("bad-{name}"), message(&dir, &name));
    }
}

#[test]
fn deep_nesting_gets_a_message_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, body) in [
        (
            "deep-array.json",
            "[".repeat(200_000) + &"]".repeat(200_000),
        ),
        (
            "deep-in-entries.json",
            format!(
                r#"{{"format": "qualichart/1", "entries": [{}"#,
                "{\"a\": [".repeat(100_000)
            ),
        ),
    ] {
        std::fs::write(dir.path().join(name), body).expect("write");
        insta::assert_snapshot!(format!("bad-{name}"), message(dir.path(), name));
    }
}
