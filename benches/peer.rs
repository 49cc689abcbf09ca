//! qualichart side by side with a JavaScript peer: the same GTP gap-to-pole chart of the same
//! session JSON, drawn by the widget and by Observable Plot (`benches/peer/`, with Plot and d3
//! from the npm registry), in headless Chromium. For each: the bytes a reader downloads for the
//! chart (brotli), navigation → chart visible on a first visit (a new browser, empty cache) and
//! on repeat visits (one browser, the pages in turn), a first visit as a phone on a slow network
//! meets it (1.6 Mbit/s, 150 ms round trip, the CPU 4× slower, files sent compressed as a CDN
//! sends them), and hover → tooltip (qualichart: its details panel; Plot: its tip), as ratios
//! qualichart / peer.
//!
//! Run with `./x bench-peer` (it builds the site and installs the peer's packages). A
//! benchmark, not a test: it prints figures for `docs/benchmarks.md` and asserts nothing.

#[path = "../tests/browser/mod.rs"]
mod browser;

use std::path::{Path, PathBuf};

use browser::Browser;

#[path = "support/measure.rs"]
mod measure;

use measure::{brotli_size, hover_times, load_time, percentile, Script, HOVER};

/// Loads of each page in one browser (repeat visits), and in a new browser each (first visits).
const LOADS: usize = 10;
const COLD_LOADS: usize = 6;
/// The slow first visit: Lighthouse's "slow 4G" (about 1.6 Mbit/s down, 150 ms round trip, the
/// CPU 4 times slower), the network most phone readers are measured against.
const SLOW_KBIT_S: f64 = 1_600.0;
const SLOW_LATENCY_MS: f64 = 150.0;
const SLOW_CPU: f64 = 4.0;
const SLOW_LOADS: usize = 4;
const HOVERS: usize = 200;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file's size, raw and brotli.
fn sizes(path: &Path) -> (usize, usize) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (bytes.len(), brotli_size(&bytes))
}

/// qualichart's page for the race: one chart, no prerendered fallback (so "visible" is the
/// widget's own first draw, as for the peer).
const QUALICHART_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>qualichart</title>
<link rel="stylesheet" href="../qualichart/qualichart.css">
<script type="module" src="../qualichart/qualichart.js"></script></head>
<body><div style="max-width:640px;margin:1rem" data-qualichart data-src="../sessions/daytona-2024-qualifying.json" data-class="GTP"></div></body></html>
"#;

/// The same page as a publisher ships it: the chart prerendered into the HTML
/// (`qualichart prerender`), the live one taking over when ready.
const PRERENDERED_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>qualichart</title>
<link rel="stylesheet" href="../qualichart/qualichart.css">
<script type="module" src="../qualichart/qualichart.js"></script></head>
<body><div style="max-width:640px;margin:1rem" data-qualichart data-src="../sessions/daytona-2024-qualifying.json" data-class="GTP"><!--qualichart: ../sessions/daytona-2024-qualifying.json --class GTP--></div></body></html>
"#;

/// The prerendered chart is painted with the page: its first contentful paint.
const VISIBLE_PRERENDERED: &str = r#"
const done = arguments[arguments.length - 1];
const check = () => {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const drawn = deep('[data-qualichart] .qc-bar')[0] || deep('[data-qualichart] >>> .qc-bar')[0];
  if (drawn && paint) done(paint.startTime);
  else requestAnimationFrame(check);
};
check();
"#;

/// Until the chart's first bar is on screen: milliseconds from navigation start.
const VISIBLE_QUALICHART: &str = r#"
const done = arguments[arguments.length - 1];
const check = () => deep('[data-qualichart] >>> .qc-live .qc-bar')[0] ? done(performance.now()) : requestAnimationFrame(check);
check();
"#;

const VISIBLE_PEER: &str = r#"
const done = arguments[arguments.length - 1];
const check = () => document.querySelector('#chart svg rect') ? done(performance.now()) : requestAnimationFrame(check);
check();
"#;

/// Hover → Plot's tip shown: a pointer moving onto each bar in turn.
const HOVER_PEER: &str = r#"
const done = arguments[arguments.length - 1];
const svg = document.querySelector('#chart svg');
const bars = [...svg.querySelectorAll('rect')];
const times = []; let i = 0;
const count = arguments[0];
function next() {
  if (i >= count) { done(times); return; }
  const bar = bars[i % bars.length]; i++;
  const box = bar.getBoundingClientRect();
  const t0 = performance.now();
  const obs = new MutationObserver(() => { obs.disconnect(); times.push(performance.now() - t0); setTimeout(next, 0); });
  obs.observe(svg, { subtree: true, childList: true, characterData: true, attributes: true });
  svg.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true,
    clientX: box.x + Math.max(1, box.width / 2), clientY: box.y + box.height / 2 }));
}
next();
"#;

/// The live chart of the qualichart pages.
const CHART: &str = "[data-qualichart] >>> .qc-live";

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("peer bench: run with `./x bench-peer`");
        return;
    }
    // The peer's page and packages, next to the site.
    let dist = root().join("dist");
    let peer = dist.join("peer");
    std::fs::create_dir_all(&peer).expect("dist/peer");
    let modules = root().join("target/peer/node_modules");
    for (from, to) in [
        (root().join("benches/peer/plot.html"), "plot.html"),
        (root().join("benches/peer/plot-chart.js"), "plot-chart.js"),
        (
            modules.join("@observablehq/plot/dist/plot.umd.min.js"),
            "plot.umd.min.js",
        ),
        (modules.join("d3/dist/d3.min.js"), "d3.min.js"),
    ] {
        std::fs::copy(&from, peer.join(to))
            .unwrap_or_else(|e| panic!("{}: {e} (./x bench-peer installs it)", from.display()));
    }
    std::fs::write(peer.join("qualichart.html"), QUALICHART_PAGE).expect("the page");
    let prerendered = peer.join("qualichart-prerendered.html");
    std::fs::write(&prerendered, PRERENDERED_PAGE).expect("the page");
    let status = std::process::Command::new(root().join("target/debug/qualichart"))
        .arg("prerender")
        // The page is in dist/peer and its session in dist/sessions: the site's root is dist.
        .arg("--root")
        .arg(&dist)
        .arg(&prerendered)
        .status()
        .expect("qualichart prerender runs (./x build builds it)");
    assert!(status.success(), "qualichart prerender failed");

    let ours = ["qualichart.js", "qualichart-wasm_bg.wasm", "qualichart.css"]
        .map(|f| sizes(&dist.join("qualichart").join(f)));
    let theirs = ["d3.min.js", "plot.umd.min.js", "plot-chart.js"].map(|f| sizes(&peer.join(f)));
    let sum = |files: &[(usize, usize)]| files.iter().fold((0, 0), |a, f| (a.0 + f.0, a.1 + f.1));
    let (ours, theirs) = (sum(&ours), sum(&theirs));

    // The three pages: qualichart drawn by script, qualichart prerendered, and the peer.
    let pages: [(&str, Script); 3] = [
        ("/peer/qualichart.html", (VISIBLE_QUALICHART, vec![])),
        (
            "/peer/qualichart-prerendered.html",
            (VISIBLE_PRERENDERED, vec![]),
        ),
        ("/peer/plot.html", (VISIBLE_PEER, vec![])),
    ];

    // First visits, as most readers of an article meet the chart: a new browser with an empty
    // cache for each load.
    let mut cold: [Vec<f64>; 3] = Default::default();
    for _ in 0..COLD_LOADS {
        for (times, (page, visible)) in cold.iter_mut().zip(&pages) {
            let b = Browser::start(1280, 1000).await;
            times.push(load_time(&b, page, visible).await);
            b.stop().await;
        }
    }

    // First visits on a slow phone: each page's files from the CDN route (compressed as a CDN
    // sends them), in a new throttled browser each time, the pages in turn.
    let mut slow: [Vec<f64>; 3] = Default::default();
    for _ in 0..SLOW_LOADS {
        for (times, (page, visible)) in slow.iter_mut().zip(&pages) {
            let b = Browser::start(1280, 1000).await;
            b.throttle(SLOW_KBIT_S, SLOW_LATENCY_MS, SLOW_CPU).await;
            times.push(load_time(&b, &format!("/cdn{page}"), visible).await);
            b.stop().await;
        }
    }

    // Repeat visits in one browser: each page once unmeasured (the cache and the browser warm
    // up), then the pages in turn, so that neither gains from going first or last.
    let b = Browser::start(1280, 1000).await;
    for (page, visible) in &pages {
        load_time(&b, page, visible).await;
    }
    let mut warm: [Vec<f64>; 3] = Default::default();
    for _ in 0..LOADS {
        for (times, (page, visible)) in warm.iter_mut().zip(&pages) {
            times.push(load_time(&b, page, visible).await);
        }
    }
    load_time(&b, pages[0].0, &pages[0].1).await;
    let q_hover = hover_times(&b, (HOVER, vec![CHART.into(), HOVERS.into()])).await;
    load_time(&b, pages[2].0, &pages[2].1).await;
    let p_hover = hover_times(&b, (HOVER_PEER, vec![HOVERS.into()])).await;
    b.stop().await;
    for times in cold
        .iter_mut()
        .chain(warm.iter_mut())
        .chain(slow.iter_mut())
    {
        times.sort_by(f64::total_cmp);
    }
    let [q_cold, pre_cold, p_cold] = &cold;
    let [q_load, pre_load, p_load] = &warm;
    let [q_slow, pre_slow, p_slow] = &slow;

    println!("| measure | qualichart | Observable Plot 0.6.17 + d3 7.9.2 | ratio |");
    println!("| --- | --- | --- | --- |");
    println!(
        "| bytes for the chart, raw | {} | {} | {:.2} |",
        ours.0,
        theirs.0,
        ours.0 as f64 / theirs.0 as f64
    );
    println!(
        "| bytes for the chart, brotli 11 | {} | {} | **{:.2}** |",
        ours.1,
        theirs.1,
        ours.1 as f64 / theirs.1 as f64
    );
    for (what, q, p) in [
        (
            "first visit: navigation → chart visible, median",
            q_cold,
            p_cold,
        ),
        (
            "first visit, prerendered page: navigation → chart visible, median",
            pre_cold,
            p_cold,
        ),
        (
            "repeat visit: navigation → chart visible, median",
            q_load,
            p_load,
        ),
        (
            "repeat visit, prerendered page: navigation → chart visible, median",
            pre_load,
            p_load,
        ),
        (
            "slow phone, first visit: navigation → chart visible, median",
            q_slow,
            p_slow,
        ),
        (
            "slow phone, first visit, prerendered page: navigation → chart visible, median",
            pre_slow,
            p_slow,
        ),
        ("hover → tooltip, median", &q_hover, &p_hover),
    ] {
        let (a, c) = (percentile(q, 50.0), percentile(p, 50.0));
        println!("| {what} | {a:.2} ms | {c:.2} ms | **{:.2}** |", a / c);
    }
    for (what, q, p) in [
        (
            "first visit: navigation → chart visible, p95",
            q_cold,
            p_cold,
        ),
        (
            "repeat visit: navigation → chart visible, p95",
            q_load,
            p_load,
        ),
        (
            "repeat visit, prerendered page: navigation → chart visible, p95",
            pre_load,
            p_load,
        ),
        ("hover → tooltip, p95", &q_hover, &p_hover),
    ] {
        let (a, c) = (percentile(q, 95.0), percentile(p, 95.0));
        println!("| {what} | {a:.2} ms | {c:.2} ms | {:.2} |", a / c);
    }
}
