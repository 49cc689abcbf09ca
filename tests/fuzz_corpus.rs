//! Replays the fuzz corpora (`fuzz/corpus/<target>/`), the hostile seeds (`fuzz/hostile/<target>/`:
//! markup, control characters, sessions as large as the fuzzers' 1 MiB inputs) and every input
//! that ever crashed a target (`fuzz/regressions/<target>/`) through what the targets do
//! (`tests/support/exercise.rs`), so a fixed crash stays fixed without a fuzzer or a nightly
//! toolchain.

#[path = "support/exercise.rs"]
mod exercise;

use std::path::Path;

use qualichart::import::Kind;

fn replay(target: &str, run: impl Fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for dir in ["corpus", "hostile", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            run(&bytes);
            count += 1;
        }
    }
    count
}

/// A target's name and what it does with an input.
type Target<'a> = (&'a str, &'a dyn Fn(&[u8]));

#[test]
fn every_corpus_input_still_runs_clean() {
    let targets: [Target; 6] = [
        ("session", &exercise::session),
        ("import_alkamel_laps", &|d| {
            exercise::import_as(Kind::AlKamelLaps, d)
        }),
        ("import_alkamel_results", &|d| {
            exercise::import_as(Kind::AlKamelResults, d)
        }),
        ("import_ergast", &|d| {
            exercise::import_as(Kind::ErgastQualifying, d)
        }),
        ("import_jolpica", &|d| {
            exercise::import_as(Kind::JolpicaLaps, d)
        }),
        ("import_any", &exercise::import_any),
    ];
    for (target, run) in targets {
        let count = replay(target, run);
        assert!(
            count > 0,
            "fuzz/corpus/{target} is empty: seed it (./x fuzz)"
        );
    }
}
