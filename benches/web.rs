//! The widget's size and speed in headless Chromium, on the built demo site (`dist/`):
//! - the bundle (wasm, JS, CSS) raw, gzip -9 and brotli q11;
//! - navigation to the chart being interactive (the first car mark in the DOM), several loads;
//! - hover to details update: a pointer enters a car's mark, until the DOM has changed, over
//!   many hovers (median and p95);
//! - an update of a 60-car qualifying session: the chart given the session as it stood at
//!   another moment (what a live poll or the replay hands it), until the new chart is in the
//!   DOM and laid out (median and p95, against the 16 ms of one frame);
//! - scrubbing the replay's slider across the 60 cars × 800 laps session, an input event a
//!   frame, as frames per second.
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

use measure::{brotli_size, load_and_hover, load_time, percentile, HOVER, INTERACTIVE};

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
    motion().await;
}

/// An update: `arguments[1]` times, the chart at `arguments[0]` is sent a new moment of its
/// session (alternately two moments whose order differs), and timed until its DOM has changed
/// and the browser has laid it out. Times come back in ms.
const UPDATE: &str = r#"
const done = arguments[arguments.length - 1];
const host = deep(arguments[0])[0];
const root = host.getRootNode().host || host;
const moments = arguments[2];
const count = arguments[1];
const times = [];
let i = 0;
function next() {
  if (i >= count) { done(times); return; }
  const at = moments[i % moments.length]; i++;
  const t0 = performance.now();
  const obs = new MutationObserver(() => {
    obs.disconnect();
    host.getBoundingClientRect();
    times.push(performance.now() - t0);
    requestAnimationFrame(() => setTimeout(next, 0));
  });
  obs.observe(host, { subtree: true, childList: true, characterData: true, attributes: true });
  window.qualichart.seek(at, root);
}
next();
"#;

/// Scrubbing: the slider of the chart at `arguments[0]` moved by an input event each animation
/// frame across `arguments[1]` positions, as a finger drags it. Returns the frames' durations
/// (from one frame to the next, in ms) and how many inputs the chart had drawn by the next
/// frame (the slider's value text, which Yew writes with the chart, says the moment asked for).
const SCRUB: &str = r#"
const done = arguments[arguments.length - 1];
const host = deep(arguments[0])[0];
const slider = host.querySelector('[data-qc=replay] input[type=range]');
const steps = arguments[1];
const max = Number(slider.max);
const times = [];
let i = 0, last = 0, asked = null, drawn = 0;
function frame(now) {
  if (last) times.push(now - last);
  last = now;
  // The slider's value text is the chart's: Yew writes it with the rest of the redraw.
  if (asked !== null && slider.getAttribute('aria-valuetext') === asked) drawn++;
  if (i >= steps) { done({ times, drawn }); return; }
  const seconds = Math.round(max * (i + 1) / steps);
  slider.value = String(seconds);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  asked = seconds >= max ? null : expected(seconds);
  i++;
  requestAnimationFrame(frame);
}
const clock = (s) => { const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, x = s % 60;
  const two = (n) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(x)}` : `${m}:${two(x)}`; };
const end = slider.getAttribute('aria-valuetext').split(' of ')[1];
const expected = (s) => `${clock(s)} of ${end}`;
requestAnimationFrame(frame);
"#;

/// The live and replay issue's speed: an update of a 60-car qualifying session, and scrubbing
/// the 60 × 800 session.
async fn motion() {
    browser::serve("scale.html", SCALE_PAGE);
    browser::serve("scale-60x12.json", generate::session_json(60, 12));
    browser::serve("scale-60x800.json", generate::session_json(60, 800));
    let b = Browser::start(1280, 1600).await;
    load_time(
        &b,
        "/e2e/scale.html?src=scale-60x12.json",
        &(INTERACTIVE, vec![SCALE_CHART.into()]),
    )
    .await;
    // Two moments late in the session, ten laps in and eleven: the order differs, so each
    // update moves bars, as a poll bringing a lap does.
    let updates = b
        .client
        .execute_async(
            &format!("{} {UPDATE}", browser::DEEP),
            vec![
                SCALE_CHART.into(),
                200.into(),
                serde_json::json!(["16:00", "17:40"]),
            ],
        )
        .await
        .expect("updates run");
    let mut updates: Vec<f64> = updates
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_f64()).collect())
        .unwrap_or_default();
    updates.sort_by(f64::total_cmp);
    println!("\n| measure | median | p95 | runs |\n| --- | --- | --- | --- |");
    row("60-car update → redrawn and laid out", &updates, 2, "ms");

    load_time(
        &b,
        "/e2e/scale.html?src=scale-60x800.json",
        &(INTERACTIVE, vec![SCALE_CHART.into()]),
    )
    .await;
    let scrub = b
        .client
        .execute_async(
            &format!("{} {SCRUB}", browser::DEEP),
            vec![SCALE_CHART.into(), 300.into()],
        )
        .await
        .expect("the scrub runs");
    let mut frames: Vec<f64> = scrub["times"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_f64()).collect())
        .unwrap_or_default();
    let total: f64 = frames.iter().sum();
    let fps = frames.len() as f64 * 1000.0 / total;
    frames.sort_by(f64::total_cmp);
    row("60 × 800 scrub: frame to frame", &frames, 1, "ms");
    println!(
        "\nScrubbing 60 × 800: {fps:.1} frames per second over {} frames; {} of {} inputs drawn by the next frame.",
        frames.len(),
        scrub["drawn"],
        frames.len()
    );
    b.stop().await;
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
