//! The widget's size and speed in headless Chromium, on the built demo site (`dist/`):
//! - the bundle (wasm, JS, CSS) raw, gzip -9 and brotli q11;
//! - navigation to the chart being interactive (the first car mark in the DOM), several loads;
//! - hover to details update: a pointer enters a car's mark, until the DOM has changed, over
//!   many hovers (median and p95).
//!
//! Run with `./x bench-web` (it builds the site first). A benchmark, not a test: it prints
//! figures for `docs/benchmarks.md` and asserts nothing about time.

#[path = "../tests/browser/mod.rs"]
mod browser;

use std::io::Write;
use std::path::PathBuf;

use browser::Browser;

#[path = "support/generate.rs"]
mod generate;
#[path = "support/measure.rs"]
mod measure;

use measure::{brotli_size, load_and_hover, percentile, HOVER, INTERACTIVE};

const FIRST: &str = "main > .chart-figure:nth-of-type(1) [data-qualichart] >>> .qc-live";
/// The chart of the scale page.
const SCALE_CHART: &str = "[data-qualichart] >>> .qc-live";
const LOADS: usize = 10;
const HOVERS: usize = 400;

/// The widget as a page loads it for the script-and-div embed: the loader, the bindings, the
/// wasm module and the stylesheet (the iframe page's own small files are not counted).
fn sizes() -> Vec<(String, usize, usize, usize)> {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist/qualichart");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dist)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}: run ./x build first", dist.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("qualichart"))
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("a bundle file");
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(&bytes).expect("gzip");
            let gzip = gz.finish().expect("gzip").len();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, bytes.len(), gzip, brotli_size(&bytes))
        })
        .collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // `cargo test --benches` runs benches once as a smoke test; this one needs a browser and a
    // built site, so it only runs when asked for by name (`cargo bench --bench web`).
    if !std::env::args().any(|a| a == "--bench") {
        println!("web bench: run with `./x bench-web`");
        return;
    }
    println!("| file | bytes | gzip -9 | brotli 11 |\n| --- | --- | --- | --- |");
    let mut total = (0, 0, 0);
    for (name, raw, gzip, br) in sizes() {
        println!("| {name} | {raw} | {gzip} | {br} |");
        total = (total.0 + raw, total.1 + gzip, total.2 + br);
    }
    println!("| total | {} | {} | {} |\n", total.0, total.1, total.2);

    let b = Browser::start(1280, 1600).await;
    let (loads, hovers) = load_and_hover(
        &b,
        "/index.html",
        LOADS,
        (INTERACTIVE, vec![FIRST.into()]),
        (HOVER, vec![FIRST.into(), HOVERS.into()]),
    )
    .await;
    println!("| measure | median | p95 | runs |\n| --- | --- | --- | --- |");
    row("navigation → chart interactive", &loads, 0, "ms");
    row("hover → details updated", &hovers, 2, "ms");
    b.stop().await;

    scale().await;
}

fn row(what: &str, sorted: &[f64], decimals: usize, unit: &str) {
    println!(
        "| {what} | {:.decimals$} {unit} | {:.decimals$} {unit} | {} |",
        percentile(sorted, 50.0),
        percentile(sorted, 95.0),
        sorted.len()
    );
}

/// A page with one chart whose session comes from `?src=`: no fallback, so the load is all
/// fetch, parse, validate, classify and draw.
const SCALE_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Scale</title>
<link rel="stylesheet" href="../qualichart/qualichart.css">
<script type="module" src="../qualichart/qualichart.js"></script></head>
<body><div data-qualichart data-src-param data-src="scale-60x800.json"></div></body></html>
"#;

/// The hardening issue's scale: a generated 60 cars × 800 laps session (a 24-hour race) and
/// the imported WEC COTA analysis file, in the widget: load, then hover.
async fn scale() {
    browser::serve("scale.html", SCALE_PAGE);
    let generated = generate::session_json(60, 800);
    let mut sessions = vec![(
        "60 cars × 800 laps (generated)",
        "scale-60x800.json",
        generated.len(),
    )];
    browser::serve("scale-60x800.json", generated);
    let wec = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/real/wec_2025_cota_6h_race_analysis.csv");
    if let Ok(bytes) = std::fs::read(&wec) {
        let session = qualichart::import::read(&bytes)
            .and_then(|file| qualichart::import::merge(vec![file]))
            .map(|s| qualichart::import::to_json(&s))
            .expect("the WEC file imports");
        sessions.push((
            "WEC COTA 6 h analysis (imported)",
            "wec.json",
            session.len(),
        ));
        browser::serve("wec.json", session);
    }
    println!("\n| session | bytes | navigation → interactive (median, p95) | hover → details (median, p95) |\n| --- | --- | --- | --- |");
    let b = Browser::start(1280, 1600).await;
    for (name, file, bytes) in sessions {
        let (loads, hovers) = load_and_hover(
            &b,
            &format!("/e2e/scale.html?src={file}"),
            5,
            (INTERACTIVE, vec![SCALE_CHART.into()]),
            (HOVER, vec![SCALE_CHART.into(), 200.into()]),
        )
        .await;
        println!(
            "| {name} | {bytes} | {:.0} ms, {:.0} ms | {:.1} ms, {:.1} ms |",
            percentile(&loads, 50.0),
            percentile(&loads, 95.0),
            percentile(&hovers, 50.0),
            percentile(&hovers, 95.0)
        );
    }
    b.stop().await;
}
