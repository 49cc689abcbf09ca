//! qualichart side by side with a JavaScript peer: the same GTP gap-to-pole chart of the same
//! session JSON, drawn by the widget and by Observable Plot (`benches/peer/`, with Plot and d3
//! from the npm registry), in headless Chromium. The peer is the page a JavaScript developer
//! ships (its imports of Plot bundled and tree-shaken by esbuild, `plot.html`); Plot and d3
//! loaded whole (`plot-whole.html`) are measured beside it, and every ratio is against the
//! bundled one. For each: the bytes a reader downloads for the chart (brotli), at each moment
//! of an article (before the chart is visible, a chart never scrolled to, the chart and its
//! details on a first hover, the live chart, all of it), navigation → chart visible on a first visit (a new browser, empty cache) and
//! on repeat visits (one browser, the pages in turn), a first visit as a phone on a slow network
//! meets it (1.6 Mbit/s, 150 ms round trip, the CPU 4× slower, files sent compressed as a CDN
//! sends them), and hover → tooltip (qualichart: its details panel, on the live chart and on the
//! static one from its templates; Plot: its tip), as ratios
//! qualichart / peer.
//!
//! Run with `./x bench-peer` (it builds the site and installs the peer's packages). A
//! benchmark, not a test: it prints figures for `docs/benchmarks.md` and asserts nothing.

#[path = "../tests/browser/mod.rs"]
mod browser;

use std::path::{Path, PathBuf};

use browser::{Browser, DEEP};

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

/// An article with the prerendered chart ten screens down, never scrolled to.
const BELOW_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>qualichart below the fold</title>
<link rel="stylesheet" href="../qualichart/qualichart.css">
<script type="module" src="../qualichart/qualichart.js"></script></head>
<body><div style="height:1000vh">The article.</div>
<div style="max-width:640px;margin:1rem" data-qualichart data-src="../sessions/daytona-2024-qualifying.json" data-class="GTP"><!--qualichart: ../sessions/daytona-2024-qualifying.json --class GTP--></div></body></html>
"#;

/// The files a page has fetched (paths), each with whether it blocked the page's first render
/// (Resource Timing's `renderBlockingStatus`: the stylesheet in the head, not the module
/// script), once the page is loaded and `arguments[0]` is true: the live chart there, or a
/// car's details shown on the static chart. Then a second idle, so a request the loader was
/// going to make unasked is in the list.
const FETCHED: &str = r#"
const done = arguments[arguments.length - 1];
const ready = new Function('deep', 'return ' + arguments[0]);
const report = () => done(performance.getEntriesByType('resource')
  .map((e) => [new URL(e.name).pathname, e.renderBlockingStatus === 'blocking']));
const check = () => ready(deep) && document.readyState === 'complete'
  ? setTimeout(report, 1000) : requestAnimationFrame(check);
check();
"#;

/// When [`files_of`] reports: what the reader has done by then.
#[derive(Clone, Copy)]
enum Moment {
    /// The page opened and left alone (only what blocked its first render, when `blocking`).
    Opened { blocking: bool },
    /// The pointer on the static chart's #01: its details shown.
    Hovered,
    /// The live chart started and drawn (as when the reader asks for more than the details).
    Live,
}

/// The static chart's bar the reader points at, and its details once shown.
const STATIC_01: &str = "[data-qc-fallback] .qc-at-wide .qc-row[data-car='01']";
const STATIC_DETAILS: &str =
    "deep('[data-qc-fallback] .qc-at-wide [data-qc=details]')[0]?.textContent.includes('+0.071')";

/// Brotli bytes of what a page fetched from the site (code and data apart), by path.
struct Fetched {
    code: usize,
    data: usize,
}

fn fetched(dist: &Path, files: &[&str]) -> Fetched {
    let mut out = Fetched { code: 0, data: 0 };
    for file in files {
        // What the site serves (a browser also asks for a favicon the test site lacks).
        let path = dist.join(file.trim_start_matches('/'));
        if !path.is_file() {
            continue;
        }
        let (_, brotli) = sizes(&path);
        if file.ends_with(".json") {
            out.data += brotli;
        } else {
            out.code += brotli;
        }
    }
    out
}

/// Opens `page` as a reader and returns the paths it fetched by `moment`, each once.
async fn files_of(b: &Browser, page: &str, moment: Moment) -> Vec<String> {
    b.open_as_reader(page).await;
    let ready = match moment {
        Moment::Opened { .. } => "true",
        Moment::Hovered => {
            b.hover(b.find(STATIC_01).await).await;
            STATIC_DETAILS
        }
        Moment::Live => {
            b.eval("window.qualichart.load(); return true;").await;
            "!!deep('[data-qualichart] >>> .qc-live [data-car]')[0]"
        }
    };
    let found = b
        .client
        .execute_async(&format!("{DEEP} {FETCHED}"), vec![ready.into()])
        .await
        .expect("the page's files");
    let blocking = matches!(moment, Moment::Opened { blocking: true });
    let mut files: Vec<String> = found
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| !blocking || f[1] == serde_json::Value::Bool(true))
        .filter_map(|f| f[0].as_str().map(String::from))
        .collect();
    // The stylesheet is linked in the page and again in each chart's shadow root: one file.
    files.sort();
    files.dedup();
    files
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("peer bench: run with `./x bench-peer`");
        return;
    }
    // The peer's pages and packages, next to the site (`./x bench-peer` bundles the peer's
    // scripts into dist/peer first).
    let dist = root().join("dist");
    let peer = dist.join("peer");
    std::fs::create_dir_all(&peer).expect("dist/peer");
    let modules = root().join("target/peer/node_modules");
    for (from, to) in [
        (root().join("benches/peer/plot.html"), "plot.html"),
        (
            root().join("benches/peer/plot-whole.html"),
            "plot-whole.html",
        ),
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
    let below = peer.join("qualichart-below.html");
    std::fs::write(&below, BELOW_PAGE).expect("the page");
    let status = std::process::Command::new(root().join("target/debug/qualichart"))
        .arg("prerender")
        // The page is in dist/peer and its session in dist/sessions: the site's root is dist.
        .arg("--root")
        .arg(&dist)
        .arg(&prerendered)
        .arg(&below)
        .status()
        .expect("qualichart prerender runs (./x build builds it)");
    assert!(status.success(), "qualichart prerender failed");

    let ours = ["qualichart.js", "qualichart-wasm_bg.wasm", "qualichart.css"]
        .map(|f| sizes(&dist.join("qualichart").join(f)));
    let bundled = [sizes(&peer.join("plot-bundled.js"))];
    let whole = ["d3.min.js", "plot.umd.min.js", "plot-whole.js"].map(|f| sizes(&peer.join(f)));
    let sum = |files: &[(usize, usize)]| files.iter().fold((0, 0), |a, f| (a.0 + f.0, a.1 + f.1));
    let (ours, theirs, whole) = (sum(&ours), sum(&bundled), sum(&whole));

    // What an article's reader downloads at each moment, from what the browser fetched.
    let b = Browser::start(1280, 1000).await;
    let prerendered = "/peer/qualichart-prerendered.html";
    let visible = files_of(&b, prerendered, Moment::Opened { blocking: true }).await;
    let hovered = files_of(&b, prerendered, Moment::Hovered).await;
    let everything = files_of(&b, prerendered, Moment::Live).await;
    let never = files_of(
        &b,
        "/peer/qualichart-below.html",
        Moment::Opened { blocking: false },
    )
    .await;
    let peer_all = files_of(&b, "/peer/plot.html", Moment::Opened { blocking: false }).await;
    b.stop().await;
    let [visible, hovered, everything, never, peer_all] =
        [&visible, &hovered, &everything, &never, &peer_all].map(|files| {
            let paths: Vec<&str> = files.iter().map(String::as_str).collect();
            fetched(&dist, &paths)
        });
    let downloads = sizes(&dist.join("qualichart/downloads.js")).1;

    // The four pages: qualichart drawn by script, qualichart prerendered, the peer bundled,
    // and the peer with its libraries whole.
    let pages: [(&str, Script); 4] = [
        ("/peer/qualichart.html", (VISIBLE_QUALICHART, vec![])),
        (
            "/peer/qualichart-prerendered.html",
            (VISIBLE_PRERENDERED, vec![]),
        ),
        ("/peer/plot.html", (VISIBLE_PEER, vec![])),
        ("/peer/plot-whole.html", (VISIBLE_PEER, vec![])),
    ];

    // First visits, as most readers of an article meet the chart: a new browser with an empty
    // cache for each load.
    let mut cold: [Vec<f64>; 4] = Default::default();
    for _ in 0..COLD_LOADS {
        for (times, (page, visible)) in cold.iter_mut().zip(&pages) {
            let b = Browser::start(1280, 1000).await;
            times.push(load_time(&b, page, visible).await);
            b.stop().await;
        }
    }

    // First visits on a slow phone: each page's files from the CDN route (compressed as a CDN
    // sends them), in a new throttled browser each time, the pages in turn.
    let mut slow: [Vec<f64>; 4] = Default::default();
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
    let mut warm: [Vec<f64>; 4] = Default::default();
    for _ in 0..LOADS {
        for (times, (page, visible)) in warm.iter_mut().zip(&pages) {
            times.push(load_time(&b, page, visible).await);
        }
    }
    load_time(&b, pages[0].0, &pages[0].1).await;
    let q_hover = hover_times(&b, (HOVER, vec![CHART.into(), HOVERS.into()])).await;
    load_time(&b, pages[2].0, &pages[2].1).await;
    let p_hover = hover_times(&b, (HOVER_PEER, vec![HOVERS.into()])).await;
    b.open_as_reader(prerendered).await;
    // The static chart's bars, answered by the loader from its templates (no module).
    let static_marks = ".qc-at-wide .qc-row[data-car]";
    let s_hover = hover_times(
        &b,
        (
            HOVER,
            vec![
                "[data-qc-fallback]".into(),
                HOVERS.into(),
                static_marks.into(),
                "pointerover".into(),
            ],
        ),
    )
    .await;
    b.stop().await;
    for times in cold
        .iter_mut()
        .chain(warm.iter_mut())
        .chain(slow.iter_mut())
    {
        times.sort_by(f64::total_cmp);
    }
    let [q_cold, pre_cold, p_cold, w_cold] = &cold;
    let [q_load, pre_load, p_load, w_load] = &warm;
    let [q_slow, pre_slow, p_slow, w_slow] = &slow;

    let ratio = |a: usize, b: usize| a as f64 / b as f64;
    println!("Bytes (brotli 11): the chart's code, then what a reader of an article has fetched at each moment");
    println!("(the session JSON, the same file for both, apart).");
    println!();
    println!("| bytes | qualichart | peer: Plot bundled by esbuild | ratio | peer: Plot + d3 whole | ratio |");
    println!("| --- | --- | --- | --- | --- | --- |");
    println!(
        "| the chart's code, raw | {} | {} | {:.2} | {} | {:.2} |",
        ours.0,
        theirs.0,
        ratio(ours.0, theirs.0),
        whole.0,
        ratio(ours.0, whole.0)
    );
    println!(
        "| the chart's code, brotli | {} | {} | **{:.2}** | {} | {:.2} |",
        ours.1,
        theirs.1,
        ratio(ours.1, theirs.1),
        whole.1,
        ratio(ours.1, whole.1)
    );
    for (what, q) in [
        (
            "code the page waits for before the chart is visible (prerendered: render-blocking)",
            visible.code,
        ),
        ("code for a chart never scrolled to", never.code),
        (
            "code for the chart and its details (the first hover or tap)",
            hovered.code,
        ),
        (
            "code when the reader asks for more (the live chart)",
            everything.code,
        ),
        (
            "code in all, downloads included",
            everything.code + downloads,
        ),
    ] {
        println!(
            "| {what} | {q} | {} | **{:.2}** | {} | {:.2} |",
            peer_all.code,
            ratio(q, peer_all.code),
            whole.1,
            ratio(q, whole.1)
        );
    }
    println!(
        "| the session (JSON), fetched before visible / never scrolled / first hover / live | {} / {} / {} / {} | {} | | | |",
        visible.data, never.data, hovered.data, everything.data, peer_all.data
    );
    println!();
    println!("| measure | qualichart | peer bundled | ratio | peer whole | ratio |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for (what, q, p, w) in [
        (
            "first visit: navigation → chart visible, median",
            q_cold,
            p_cold,
            w_cold,
        ),
        (
            "first visit, prerendered page: navigation → chart visible, median",
            pre_cold,
            p_cold,
            w_cold,
        ),
        (
            "repeat visit: navigation → chart visible, median",
            q_load,
            p_load,
            w_load,
        ),
        (
            "repeat visit, prerendered page: navigation → chart visible, median",
            pre_load,
            p_load,
            w_load,
        ),
        (
            "slow phone, first visit: navigation → chart visible, median",
            q_slow,
            p_slow,
            w_slow,
        ),
        (
            "slow phone, first visit, prerendered page: navigation → chart visible, median",
            pre_slow,
            p_slow,
            w_slow,
        ),
    ] {
        let (a, c, d) = (
            percentile(q, 50.0),
            percentile(p, 50.0),
            percentile(w, 50.0),
        );
        println!(
            "| {what} | {a:.2} ms | {c:.2} ms | **{:.2}** | {d:.2} ms | {:.2} |",
            a / c,
            a / d
        );
    }
    for (what, q) in [
        ("hover → tooltip, median (the live chart)", &q_hover),
        (
            "hover → details on the static chart (no module), median",
            &s_hover,
        ),
    ] {
        let (a, c) = (percentile(q, 50.0), percentile(&p_hover, 50.0));
        println!("| {what} | {a:.2} ms | {c:.2} ms | **{:.2}** | | |", a / c);
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
        ("hover → tooltip, p95 (the live chart)", &q_hover, &p_hover),
        (
            "hover → details on the static chart, p95",
            &s_hover,
            &p_hover,
        ),
    ] {
        let (a, c) = (percentile(q, 95.0), percentile(p, 95.0));
        println!("| {what} | {a:.2} ms | {c:.2} ms | {:.2} | | |", a / c);
    }
}
