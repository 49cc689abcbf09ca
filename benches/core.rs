//! Criterion benches for the core: parse + validate + classify on a 60-car × 12-lap session
//! (a qualifying session) and a 60-car × 800-lap one (a 24-hour race's worth of laps), and
//! `classify` alone on 60 cars; and `import` of the real 750 kB WEC analysis file when
//! `../shared/data/real` is present. Figures go in `docs/benchmarks.md`; run with `./x bench`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use qualichart::core::report::report;
use qualichart::core::{classify, parse, Scope};
use qualichart::import;

/// A deterministic session of `cars` × `laps` in four classes, with sectors, drivers and `at`.
fn session_json(cars: usize, laps: usize) -> String {
    let classes = ["GTP", "LMP2", "GTDPRO", "GTD"];
    let mut entries = Vec::with_capacity(cars);
    // A small linear congruential sequence: varied times, no randomness crate, same every run.
    let mut seed: u64 = 0x2024_0120;
    let mut next = move |range: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % range
    };
    for car in 0..cars {
        let base = 92_000 + car as u64 * 150;
        let mut at = 0u64;
        let car_laps: Vec<serde_json::Value> = (0..laps)
            .map(|lap| {
                let s1 = base / 4 + next(400);
                let s2 = base / 2 + next(600);
                let s3 = base / 4 + next(400);
                let time = s1 + s2 + s3;
                at += time;
                let ms = |t: u64| format!("{}:{:02}.{:03}", t / 60_000, t / 1000 % 60, t % 1000);
                let mut value = serde_json::json!({
                    "lap": lap + 1,
                    "driver": lap % 2,
                    "time": ms(time),
                    "sectors": [ms(s1), ms(s2), ms(s3)],
                    "at": format!("{}:{:02}:{:02}.{:03}", at / 3_600_000, at / 60_000 % 60, at / 1000 % 60, at % 1000),
                });
                if next(20) == 0 {
                    value["valid"] = serde_json::json!(false);
                }
                value
            })
            .collect();
        entries.push(serde_json::json!({
            "number": (car + 1).to_string(),
            "class": classes[car % classes.len()],
            "team": format!("Team {car}"),
            "drivers": [{"name": format!("Driver {car}A")}, {"name": format!("Driver {car}B")}],
            "laps": car_laps,
        }));
    }
    serde_json::json!({
        "format": "qualichart/1",
        "records": [{"time": "1:33.685", "label": "Previous qualifying record"}],
        "entries": entries,
    })
    .to_string()
}

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
