//! Criterion benches for the core: parse + validate + classify on a 60-car × 12-lap session
//! (a qualifying session) and a 60-car × 800-lap one (a 24-hour race's worth of laps), and
//! `classify` alone on 60 cars; and `import` of the real 750 kB WEC analysis file when
//! `../shared/data/real` is present. Figures go in `docs/benchmarks.md`; run with `./x bench`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use qualichart::core::report::report;
use qualichart::core::{classify, parse, Scope};
use qualichart::import;

#[path = "support/generate.rs"]
mod generate;

use generate::session_json;

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
            b.iter(|| black_box(report(black_box(&session), &Scope::Overall)))
        });
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

criterion_group!(core, benches, import_bench);
criterion_main!(core);
