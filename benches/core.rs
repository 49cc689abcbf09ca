//! Criterion benches for the core: parse + validate + classify on a 60-car × 12-lap session
//! (a qualifying session) and a 60-car × 800-lap one (a 24-hour race's worth of laps), and
//! `classify` alone on 60 cars; every step from parse to the server render at 1k, 10k and 100k
//! entries of a hostile session, per entry (the complexity bench: time per entry stays flat
//! when the work is O(n log n) or better); and `import` of the real 750 kB WEC analysis file
//! when `../shared/data/real` is present. Figures go in `docs/benchmarks.md`; run with
//! `./x bench`.
//!
//! `QUALICHART_WRITE_SESSIONS=DIR cargo bench --bench core` writes the generated hostile
//! sessions to DIR instead, for timing the CLI on them.

use std::hint::black_box;

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use qualichart::core::chart::layout::{layout, Dims, CAR_CAP};
use qualichart::core::report::report;
use qualichart::core::{classify, parse, parse_with, Limits, Scope, Verdicts};
use qualichart::import;
use qualichart::widget::shared::Shared;
use qualichart::widget::ssr::{self, Request};

#[path = "support/generate.rs"]
mod generate;

use generate::{hostile_json, session_json, Classes};

fn benches(c: &mut Criterion) {
    for (cars, laps) in [(60, 12), (60, 800)] {
        let json = session_json(cars, laps);
        let mut group = c.benchmark_group(format!("{cars}x{laps}"));
        // Printed so docs/benchmarks.md can state the sizes; criterion's throughput figure
        // would apply to every bench of the group, most of which do not read the JSON.
        eprintln!("{cars}x{laps}: session JSON is {} bytes", json.len());
        if laps > 100 {
            group.sample_size(20);
        }
        group.bench_function("parse+validate+classify", |b| {
            b.iter(|| {
                let session = parse(black_box(json.as_bytes())).expect("valid bench session");
                black_box(classify(&session, &Scope::Overall))
            })
        });
        let session = parse(json.as_bytes()).expect("valid bench session");
        group.bench_function("classify", |b| {
            b.iter(|| black_box(classify(black_box(&session), &Scope::Overall)))
        });
        group.bench_function("classify GTP", |b| {
            let scope = Scope::Class("GTP".into());
            b.iter(|| black_box(classify(black_box(&session), &scope)))
        });
        group.bench_function("report", |b| {
            b.iter(|| {
                black_box(report(
                    black_box(&session),
                    &Scope::Overall,
                    &Default::default(),
                ))
            })
        });
        group.finish();
    }
}

/// True when criterion runs each bench once as a test (`cargo test --all-targets`, which
/// `./x test` runs), by criterion's own rule: no `--bench`, or `--test`.
fn test_mode() -> bool {
    let args: Vec<String> = std::env::args().collect();
    !args.iter().any(|a| a == "--bench") || args.iter().any(|a| a == "--test")
}

/// The hostile sessions of the complexity bench: every car its own class (as many sections,
/// class poles and class buttons as cars), and a knockout of four classes; each car two laps,
/// one of them a deleted lap faster than its best.
fn shapes() -> [(&'static str, Classes, bool); 2] {
    [
        ("each car its own class", Classes::EachCar, false),
        ("knockout", Classes::Four, true),
    ]
}

/// Every step from parse to the server render, per entry, at 1k, 10k and 100k entries. In test
/// mode (the smoke run of `./x test`, an unoptimised build) only at 1k: the point there is that
/// every step runs, not its speed.
fn scale(c: &mut Criterion) {
    let sizes: &[usize] = if test_mode() {
        &[1_000]
    } else {
        &[1_000, 10_000, 100_000]
    };
    for (name, classes, knockout) in shapes() {
        let mut group = c.benchmark_group(format!("scale, {name}"));
        group.sample_size(10);
        for &cars in sizes {
            let json = hostile_json(cars, 2, classes, knockout);
            eprintln!(
                "{name}, {cars} entries: session JSON is {} bytes",
                json.len()
            );
            group.throughput(Throughput::Elements(cars as u64));
            // Past the limits a real session keeps to: the bench measures the code.
            let parse_all = |json: &str| parse_with(json.as_bytes(), &Limits::NONE);
            group.bench_with_input(BenchmarkId::new("parse", cars), &json, |b, json| {
                b.iter(|| black_box(parse_all(black_box(json)).expect("valid")))
            });
            let session = parse_all(&json).expect("valid bench session");
            // A baseline that is linear by construction: copying the session touches every
            // entry and lap once. Its time per entry grows with the size only as memory does
            // (a 1k session fits in the L2 cache, 100k do not), which is the share of every
            // step's growth that is not the algorithm's.
            group.bench_with_input(
                BenchmarkId::new("baseline clone", cars),
                &session,
                |b, s| b.iter(|| black_box(black_box(s).clone())),
            );
            group.bench_with_input(BenchmarkId::new("classify", cars), &session, |b, s| {
                b.iter(|| black_box(classify(black_box(s), &Scope::Overall)))
            });
            group.bench_with_input(BenchmarkId::new("report", cars), &session, |b, s| {
                b.iter(|| black_box(report(black_box(s), &Scope::Overall, &Default::default())))
            });
            let classification = classify(&session, &Scope::Overall);
            let verdicts = Verdicts::of(&session, &classification);
            group.bench_with_input(BenchmarkId::new("layout", cars), &session, |b, s| {
                b.iter(|| {
                    let dims = Dims {
                        width: 640.0,
                        max_cars: Some(CAR_CAP),
                    };
                    black_box(layout(
                        black_box(s),
                        &classification,
                        &verdicts,
                        dims,
                        &Default::default(),
                    ))
                })
            });
            let request = Request {
                session: Shared::new(session),
                class: None,
                width: 640.0,
                src: None,
                compare: Vec::new(),
                words: Default::default(),
                colour_by: Default::default(),
            };
            group.bench_with_input(BenchmarkId::new("render", cars), &request, |b, r| {
                b.iter(|| black_box(ssr::fragment(black_box(r))))
            });
        }
        group.finish();
    }
}

/// `qualichart import` of the WEC file without the process: read, merge, write, validate.
fn import_bench(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/real/wec_2025_cota_6h_race_analysis.csv");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("import bench skipped: {} is not present", path.display());
        return;
    };
    eprintln!("import: {} is {} bytes", path.display(), bytes.len());
    c.bench_function("import WEC analysis (read+merge+write+validate)", |b| {
        b.iter(|| {
            let imported = import::read(black_box(&bytes)).expect("the WEC file imports");
            let session = import::merge(vec![imported]).expect("one file merges");
            let json = import::to_json(&session);
            black_box(parse(json.as_bytes()).expect("the import is valid"))
        })
    });
}

/// Writes the hostile sessions the CLI is timed on (`docs/robustness.md`), two laps a car as in
/// the bench: every car its own class (`each`), four classes (`four`) and a knockout of four
/// classes (`knockout`), at 1k to 100k entries, as `DIR/<shape>-<entries>.json`.
fn write_sessions(dir: &std::path::Path) {
    let shapes = [
        ("each", Classes::EachCar, false),
        ("four", Classes::Four, false),
        ("knockout", Classes::Four, true),
    ];
    for (name, classes, knockout) in shapes {
        for cars in [1_000, 2_000, 4_000, 8_000, 10_000, 16_000, 100_000] {
            let path = dir.join(format!("{name}-{cars}.json"));
            let json = hostile_json(cars, 2, classes, knockout);
            if let Err(e) = std::fs::write(&path, json) {
                eprintln!("cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
            eprintln!("wrote {}", path.display());
        }
    }
}

criterion_group!(core, benches, scale, import_bench);

fn main() {
    if let Some(dir) = std::env::var_os("QUALICHART_WRITE_SESSIONS") {
        write_sessions(std::path::Path::new(&dir));
        return;
    }
    core();
    Criterion::default().configure_from_args().final_summary();
}
