//! End to end: the built demo site (`dist/`, from `./x build`) in headless Chromium, driven
//! through chromedriver as a reader would use it: hover, keys, compare, class buttons, a phone
//! width, and a broken `?src=` that must not take the other chart down.
//!
//! Runs with `cargo test --features e2e --test e2e` (`./x test` builds the site first). Needs
//! `/usr/bin/chromium` and `/usr/bin/chromedriver` (Debian's `chromium`, `chromium-driver`).

mod browser;

use browser::{serve, Browser};
use fantoccini::key::Key;

/// The live charts (the page also ships their static fallbacks, which the live ones replace).
const FIRST: &str = "main > .chart-figure:nth-of-type(1) [data-qualichart] >>> .qc-live";
const SECOND: &str = "main > .chart-figure:nth-of-type(2) [data-qualichart] >>> .qc-live";

#[tokio::test(flavor = "current_thread")]
async fn hover_shows_each_cars_lap() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    let pole = b.find(&format!("{FIRST} [data-car=\"31\"]")).await;
    assert_eq!(
        pole.attr("aria-label").await.expect("label").as_deref(),
        Some("P1, #31 Pipo Derani, 1:32.656")
    );
    b.hover(pole).await;
    let details = b.text(&format!("{FIRST} [data-qc=\"details\"]")).await;
    assert!(
        details.contains("1:32.656") && details.contains("Derani"),
        "{details}"
    );
    let second = b.find(&format!("{FIRST} [data-car=\"01\"]")).await;
    b.hover(second).await;
    let details = b.text(&format!("{FIRST} [data-qc=\"details\"]")).await;
    assert!(
        details.contains("+0.071") && details.contains("Bourdais"),
        "{details}"
    );
    // The other chart on the page did not react.
    let other = b.text(&format!("{SECOND} [data-qc=\"details\"]")).await;
    assert!(!other.contains("Bourdais"), "{other}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_keyboard_moves_between_cars() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    let pole = b.find(&format!("{FIRST} [data-car=\"31\"]")).await;
    assert_eq!(
        pole.attr("tabindex").await.expect("tabindex").as_deref(),
        Some("0")
    );
    b.client
        .execute(
            "arguments[0].focus()",
            vec![serde_json::to_value(&pole).expect("element as JSON")],
        )
        .await
        .expect("focus");
    b.press(Key::Down).await;
    assert_eq!(b.active_car().await.as_deref(), Some("01"));
    b.press(Key::End).await;
    assert_eq!(b.active_car().await.as_deref(), Some("85"));
    b.press(Key::Home).await;
    assert_eq!(b.active_car().await.as_deref(), Some("31"));
    let details = b.text(&format!("{FIRST} [data-qc=\"details\"]")).await;
    assert!(details.contains("1:32.656"), "{details}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn two_cars_compare_and_escape_clears() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    b.find(&format!("{FIRST} [data-car=\"31\"]"))
        .await
        .click()
        .await
        .expect("click #31");
    b.find(&format!("{FIRST} [data-car=\"01\"]"))
        .await
        .click()
        .await
        .expect("click #01");
    let compare = b.text(&format!("{FIRST} [data-qc=\"compare\"]")).await;
    assert!(
        compare.contains("#31") && compare.contains("#01") && compare.contains("+0.071"),
        "{compare}"
    );
    let picked = b.find(&format!("{FIRST} [data-car=\"01\"]")).await;
    assert_eq!(
        picked
            .attr("aria-pressed")
            .await
            .expect("pressed")
            .as_deref(),
        Some("true")
    );
    picked
        .send_keys(&char::from(Key::Escape).to_string())
        .await
        .expect("Escape");
    let gone = b.count(&format!("{FIRST} [data-qc=\"compare\"]")).await;
    assert_eq!(gone, 0, "Escape clears the comparison");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn class_buttons_switch_the_scope() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    b.find(&format!("{FIRST} [data-qc-class=\"LMP2\"]"))
        .await
        .click()
        .await
        .expect("click LMP2");
    let lmp2_pole = b.find(&format!("{FIRST} [data-car=\"2\"]")).await;
    assert_eq!(
        lmp2_pole
            .attr("aria-label")
            .await
            .expect("label")
            .as_deref(),
        Some("P1, #2 Ben Keating, 1:38.501")
    );
    let gtp = b.count(&format!("{FIRST} [data-car=\"31\"]")).await;
    assert_eq!(gtp, 0, "GTP cars leave the LMP2 view");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_phone_width_has_no_horizontal_scroll() {
    let b = Browser::start(360, 800).await;
    b.open("/index.html").await;
    // The second chart is far down a phone's page: it loads as the reader scrolls to it.
    b.eval("document.querySelector('main > .chart-figure:nth-of-type(2)').scrollIntoView(); return true;")
        .await;
    b.find(&format!("{SECOND} [data-car=\"31\"]")).await;
    let widths = b
        .client
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
            vec![],
        )
        .await
        .expect("widths");
    let scroll = widths[0].as_f64().unwrap_or(f64::MAX);
    let client = widths[1].as_f64().unwrap_or(0.0);
    assert!(
        client > 0.0 && scroll <= client,
        "page is {scroll} px wide in a {client} px viewport"
    );
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_bad_session_shows_its_error_and_the_other_chart_still_works() {
    // Two broken inputs, served next to the site.
    serve("not-json.json", "# Sessions\nnot JSON at all\n");
    serve("no-entries.json", r#"{"format": "qualichart/1"}"#);
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html?src=sessions/missing.json").await;
    let error = b.text(&format!("{FIRST} [data-qc=\"error\"]")).await;
    // The link's text is not repeated: anybody can write a link (tests/hardening.rs).
    assert!(
        error.contains("404") && !error.contains("missing.json"),
        "{error}"
    );
    b.find(&format!("{SECOND} [data-car=\"31\"]")).await;
    b.open("/index.html?src=e2e/not-json.json").await;
    let error = b.text(&format!("{FIRST} [data-qc=\"error\"]")).await;
    assert!(error.contains("not valid JSON"), "{error}");
    // Valid JSON that is not a valid session: the core's own message, naming the place.
    b.open("/index.html?src=e2e/no-entries.json").await;
    let error = b.text(&format!("{FIRST} [data-qc=\"error\"]")).await;
    assert!(
        error.contains("entries: required field is missing"),
        "{error}"
    );
    // The server closes the connection without an answer: a network failure.
    b.open("/index.html?src=/fault/drop/session.json").await;
    let error = b.text(&format!("{FIRST} [data-qc=\"error\"]")).await;
    assert!(error.contains("the network request failed"), "{error}");
    b.find(&format!("{SECOND} [data-car=\"31\"]")).await;
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_session_downloads_while_the_module_loads() {
    // A page whose widget files come a second late (the test server's slow route): the loader,
    // then the wasm module, each after a second. The session is not delayed.
    serve(
        "slow-module.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>slow module</title>
<script type="module" src="/fault/slow/1000/qualichart/qualichart.js"></script></head>
<body><div data-qualichart data-src="/sessions/daytona-2024-qualifying.json" data-class="GTP"></div></body></html>"#,
    );
    let b = Browser::start(1280, 1600).await;
    b.open("/e2e/slow-module.html").await;
    b.find("[data-qualichart] >>> .qc-live [data-car=\"31\"]")
        .await;
    let timing = b
        .eval(
            "const all = performance.getEntriesByType('resource');
             const named = (end) => all.filter((e) => e.name.endsWith(end));
             const session = named('/sessions/daytona-2024-qualifying.json');
             const wasm = named('/qualichart-wasm_bg.wasm');
             return {
               requests: session.length,
               modules: wasm.length,
               early: session.length === 1 && wasm.length === 1 && session[0].responseEnd < wasm[0].responseEnd,
             };",
        )
        .await;
    // The session had arrived while the module was still on its way: the loader asked for it
    // at once, and the chart took that request over instead of asking again.
    assert_eq!(timing["modules"], 1, "{timing}");
    assert_eq!(timing["requests"], 1, "{timing}");
    assert_eq!(timing["early"], true, "{timing}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn compared_cars_get_their_laps_chart() {
    let b = Browser::start(1280, 2400).await;
    b.open("/index.html").await;
    for car in ["31", "01"] {
        b.find(&format!("{FIRST} [data-car=\"{car}\"]"))
            .await
            .click()
            .await
            .expect("a click picks the car");
    }
    let chart = format!("{FIRST} [data-qc=\"laps-chart\"]");
    b.find(&chart).await;
    let marks = |car: &str| format!("{chart} [data-lap-car=\"{car}\"]");
    // #31's laps 4 and 5 and #01's laps 3 to 6: the out-laps and the laps over 107 % of each
    // car's best are off the scale, and the note says how many.
    assert_eq!(b.count(&marks("31")).await, 2);
    assert_eq!(b.count(&marks("01")).await, 4);
    let note = b.text(&format!("{FIRST} [data-qc=\"laps-hidden\"]")).await;
    assert!(note.contains("107 %") && note.contains("(6)"), "{note}");
    // Hovering a lap reads it out: time, sectors, driver.
    let best = b
        .find(&format!("{chart} [data-lap-car=\"31\"][data-lap=\"5\"]"))
        .await;
    let as_json = |e: &fantoccini::elements::Element| serde_json::to_value(e).expect("element");
    b.client
        .execute(
            "arguments[0].scrollIntoView({block: 'center'})",
            vec![as_json(&best)],
        )
        .await
        .expect("scroll");
    b.hover(best.clone()).await;
    let readout = format!("{FIRST} [data-qc=\"laps-readout\"]");
    let text = b.text(&readout).await;
    assert!(
        text.contains("#31 lap 5")
            && text.contains("1:32.656")
            && text.contains("S1 22.149")
            && text.contains("Pipo Derani"),
        "{text}"
    );
    // Keyboard: a mark takes focus, and the arrow keys move to the next lap in session time.
    let first = b
        .find(&format!("{chart} [data-lap-car=\"01\"][data-lap=\"3\"]"))
        .await;
    b.client
        .execute("arguments[0].focus()", vec![as_json(&first)])
        .await
        .expect("focus");
    let text = b.text(&readout).await;
    assert!(
        text.contains("#01 lap 3") && text.contains("1:36.747"),
        "{text}"
    );
    b.press(Key::Right).await;
    let text = b.text(&readout).await;
    assert!(
        text.contains("#31 lap 4") && text.contains("1:33.024"),
        "{text}"
    );
    // The slower laps come on the scale at the reader's request.
    b.find(&format!("{FIRST} [data-qc=\"laps-slow\"]"))
        .await
        .click()
        .await
        .expect("show the slower laps");
    assert_eq!(b.count(&marks("31")).await, 6);
    assert_eq!(b.count(&marks("01")).await, 6);
    let note = b.text(&format!("{FIRST} [data-qc=\"laps-hidden\"]")).await;
    assert!(note.starts_with("Showing every lap"), "{note}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_laps_chart_follows_the_replay() {
    let b = Browser::start(1280, 2400).await;
    // At 59:00 Derani had not yet set his 1:32.656 (59:53.975): his lap 4 is his best, and
    // #01 has laps 3 and 4 on the scale.
    b.open("/index.html#qc=31,01@59:00").await;
    let chart = format!("{FIRST} [data-qc=\"laps-chart\"]");
    b.find(&format!("{chart} [data-qc=\"laps-moment\"]")).await;
    assert_eq!(b.count(&format!("{chart} [data-lap-car=\"31\"]")).await, 1);
    assert_eq!(b.count(&format!("{chart} [data-lap-car=\"01\"]")).await, 2);
    let best = b
        .find(&format!("{chart} [data-lap-car=\"31\"][data-lap=\"4\"]"))
        .await;
    let label = best.attr("aria-label").await.expect("label");
    assert_eq!(
        label.as_deref(),
        Some("#31 lap 4, 1:33.024, S1 22.353, S2 43.358, S3 27.313, Pipo Derani, best lap")
    );
    b.stop().await;
}

/// Writes `body` as the page `dist/e2e/<name>`, with the loader and stylesheet.
fn page(name: &str, body: &str) {
    serve(
        name,
        format!(
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/qualichart/qualichart.css">
<script type="module" src="/qualichart/qualichart.js"></script></head>
<body>{body}</body></html>"#
        ),
    );
}

/// [`page`], with its charts' markers prerendered (`qualichart prerender`, the site's root
/// being `dist/`).
fn prerendered_page(name: &str, body: &str) {
    page(name, body);
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_qualichart"))
        .arg("prerender")
        .arg("--root")
        .arg(&dist)
        .arg(dist.join("e2e").join(name))
        .status()
        .expect("qualichart prerender runs");
    assert!(status.success(), "prerender {name}");
}

/// The page's request log: the paths of what it fetched (Resource Timing), after its loader has
/// run and the page has been idle for half a second, so a request the loader was going to make
/// unasked would be in it.
async fn requests(b: &Browser) -> Vec<String> {
    b.until(
        10,
        "return !!window.qualichart && document.readyState === 'complete'",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let log = b
        .eval(
            "return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);",
        )
        .await;
    log.as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(String::from))
        .collect()
}

fn asked(log: &[String], ending: &str) -> usize {
    log.iter().filter(|p| p.ends_with(ending)).count()
}

/// A chart with its session: the Daytona GTP chart, its marker for `prerender`.
const DAYTONA: &str = r#"data-src="../sessions/daytona-2024-qualifying.json" data-class="GTP""#;
const MARKER: &str = "<!--qualichart: ../sessions/daytona-2024-qualifying.json --class GTP-->";
const WASM: &str = "/qualichart-wasm_bg.wasm";
const SESSION: &str = "/daytona-2024-qualifying.json";

#[tokio::test(flavor = "current_thread")]
async fn a_prerendered_chart_loads_only_when_the_reader_asks_for_more() {
    // An article whose prerendered chart is ten screens down.
    let article = "<p style=\"height:1000vh\">The article.</p>";
    prerendered_page(
        "below.html",
        &format!("{article}<div id=\"chart\" data-qualichart {DAYTONA}>{MARKER}</div>"),
    );
    let b = Browser::start(1280, 900).await;
    b.open_as_reader("/e2e/below.html").await;
    let log = requests(&b).await;
    // The loader and the stylesheet, and nothing of the chart: no module, no session.
    assert_eq!(asked(&log, "/qualichart/qualichart.js"), 1, "{log:?}");
    assert_eq!(asked(&log, "/qualichart/qualichart.css"), 1, "{log:?}");
    assert_eq!(asked(&log, WASM), 0, "{log:?}");
    assert_eq!(asked(&log, SESSION), 0, "{log:?}");
    // Read: scrolled into view, pointed at #01, its table opened, the chart saved as an SVG.
    // The static chart answers all of it itself (the details come from the page), and still
    // nothing loads.
    b.eval("document.getElementById('chart').scrollIntoView(); return true;")
        .await;
    let static_01 = "#chart [data-qc-fallback] .qc-at-wide .qc-row[data-car=\"01\"]";
    b.hover(b.find(static_01).await).await;
    let details = b
        .text("#chart [data-qc-fallback] .qc-at-wide [data-qc=\"details\"]")
        .await;
    assert!(
        details.contains("+0.071") && details.contains("Bourdais") && details.contains("4.4 m"),
        "{details}"
    );
    let active = b
        .eval(
            "return [...document.querySelectorAll('#chart [data-qc-fallback] .qc-at-wide .qc-active')]
               .map((row) => row.getAttribute('data-car'));",
        )
        .await;
    assert_eq!(active, serde_json::json!(["01"]));
    let summary = "#chart [data-qc-fallback] .qc-at-wide [data-qc=\"table\"] summary";
    b.find(summary)
        .await
        .click()
        .await
        .expect("the table opens");
    // The chart as an SVG file, from the static chart, named after the session.
    let file = b
        .download("#chart [data-qc-fallback] .qc-at-wide [data-qc-download=\"svg\"]")
        .await;
    assert_eq!(file["name"], "daytona-2024-qualifying.svg");
    let svg = file["text"].as_str().unwrap_or_default();
    assert!(
        svg.contains("<svg") && svg.contains("P2 #01 Bourdais"),
        "{svg}"
    );
    let log = requests(&b).await;
    assert_eq!(asked(&log, WASM), 0, "{log:?}");
    assert_eq!(asked(&log, SESSION), 0, "{log:?}");
    assert_eq!(b.count("#chart >>> .qc-live").await, 0);
    // Asking for more (all classes) loads the chart, which does what was asked.
    b.find("#chart [data-qc-fallback] .qc-at-wide button[data-qc-class=\"\"]")
        .await
        .click()
        .await
        .expect("a click on All");
    let all = b
        .until(
            10,
            "const all = deep('#chart >>> .qc-live button[data-qc-class=\"\"]')[0];
             return all && all.getAttribute('aria-pressed') === 'true' && 'all classes';",
        )
        .await;
    assert_eq!(all, "all classes");
    let log = requests(&b).await;
    assert_eq!(asked(&log, WASM), 1, "{log:?}");
    assert_eq!(asked(&log, SESSION), 1, "{log:?}");

    // A link naming one car scrolls to the chart and lights the car up there, still without
    // the module.
    prerendered_page(
        "below-link.html",
        &format!("{article}<div id=\"chart\" data-qualichart {DAYTONA}>{MARKER}</div>"),
    );
    b.open_as_reader("/e2e/below-link.html#qc=01").await;
    let details = b
        .until(
            5,
            "const d = document.querySelector('#chart [data-qc-fallback] .qc-at-wide [data-qc=\"details\"]');
             return d && d.textContent.includes('Bourdais') && scrollY > 0 && d.textContent;",
        )
        .await;
    assert!(
        details.as_str().is_some_and(|d| d.contains("+0.071")),
        "{details}"
    );
    let log = requests(&b).await;
    assert_eq!(asked(&log, WASM), 0, "{log:?}");

    // Marked to load near the viewport, the same chart loads when scrolled to within a screen
    // of it (not yet in view).
    prerendered_page(
        "below-near.html",
        &format!("{article}<div id=\"chart\" data-qualichart data-loading=\"near\" {DAYTONA}>{MARKER}</div>"),
    );
    b.open_as_reader("/e2e/below-near.html").await;
    let log = requests(&b).await;
    assert_eq!(asked(&log, WASM), 0, "{log:?}");
    b.eval(
        "const chart = document.getElementById('chart');
         window.scrollTo(0, chart.offsetTop - 1.6 * innerHeight);
         return chart.getBoundingClientRect().top > innerHeight;",
    )
    .await;
    b.find("#chart >>> .qc-live [data-car=\"31\"]").await;

    // Asked to load eagerly, it loads without being scrolled to.
    prerendered_page(
        "below-eager.html",
        &format!("{article}<div id=\"chart\" data-qualichart data-loading=\"eager\" {DAYTONA}>{MARKER}</div>"),
    );
    b.open_as_reader("/e2e/below-eager.html").await;
    b.find("#chart >>> .qc-live [data-car=\"31\"]").await;
    assert_eq!(b.eval("return scrollY").await, 0);

    // A chart without a static one has nothing to show until the module draws it: it loads at
    // once, wherever it is.
    page(
        "below-live.html",
        &format!("{article}<quali-chart id=\"chart\" src=\"../sessions/daytona-2024-qualifying.json\" class-id=\"GTP\"></quali-chart>"),
    );
    b.open_as_reader("/e2e/below-live.html").await;
    b.find("#chart >>> .qc-live [data-car=\"31\"]").await;
    assert_eq!(b.eval("return scrollY").await, 0);
    b.stop().await;
}

/// "Get the data (CSV)" on the static chart: the table's CSV is made by the live chart, so a
/// click on the static link (shown once the loader runs) loads it and is made again there; the
/// static link's `#` is not followed.
#[tokio::test(flavor = "current_thread")]
async fn the_static_charts_csv_link_loads_the_chart_and_gives_the_table() {
    prerendered_page(
        "static-csv.html",
        &format!("<div id=\"chart\" data-qualichart {DAYTONA}>{MARKER}</div>"),
    );
    let b = Browser::start(1280, 900).await;
    b.open_as_reader("/e2e/static-csv.html").await;
    let link = "#chart [data-qc-fallback] .qc-at-wide [data-qc=\"data-csv\"]";
    let shown = b
        .until(
            5,
            &format!(
                "const a = document.querySelector('{link}'); return a && getComputedStyle(a).visibility === 'visible' && a.textContent;"
            ),
        )
        .await;
    assert_eq!(shown, serde_json::json!("Get the data (CSV)"));
    assert_eq!(asked(&requests(&b).await, WASM), 0);
    b.find(link).await.click().await.expect("a click");
    // The live chart made the file: the scope's table, named after the session.
    let made = b
        .until(
            10,
            "const a = deep('#chart >>> .qc-live [data-qc=\"data-csv\"]')[0]; const href = a && a.getAttribute('href'); \
             return href && href.startsWith('data:text/csv') \
               ? [a.getAttribute('download'), decodeURIComponent(href.slice(href.indexOf(',') + 1)).split('\\r\\n')[1]] : null;",
        )
        .await;
    assert_eq!(
        made,
        serde_json::json!([
            "daytona-2024-qualifying.csv",
            "P1,GTP,#31,Pipo Derani,1:32.656,pole,–,100.000,–,1:32.490,+0.166,+0.000,"
        ])
    );
    assert_eq!(b.eval("return location.hash").await, serde_json::json!(""));
    let log = requests(&b).await;
    assert_eq!(asked(&log, WASM), 1, "{log:?}");
    assert_eq!(asked(&log, SESSION), 1, "{log:?}");
    b.stop().await;
}

/// The replay on the static chart: shown once the loader runs, its slider moved there loads
/// the live chart at that moment, and its play button plays there.
#[tokio::test(flavor = "current_thread")]
async fn the_static_replay_hands_its_moment_and_play_to_the_live_chart() {
    prerendered_page(
        "static-replay.html",
        &format!("<div id=\"chart\" data-qualichart {DAYTONA}>{MARKER}</div>"),
    );
    let b = Browser::start(1280, 900).await;
    b.open_as_reader("/e2e/static-replay.html").await;
    let slider = "#chart [data-qc-fallback] .qc-at-wide [data-qc=\"replay\"] input";
    let shown = b
        .until(
            5,
            &format!(
                "const s = document.querySelector('{slider}'); return s && getComputedStyle(s).visibility === 'visible' && s.getAttribute('aria-valuetext');"
            ),
        )
        .await;
    assert_eq!(shown, serde_json::json!("1:04:09 of 1:04:09"));
    assert_eq!(asked(&requests(&b).await, WASM), 0);
    // The reader drags the static slider to 45:12.
    b.eval(&format!(
        "const s = document.querySelector('{slider}'); s.value = 2712; \
         s.dispatchEvent(new Event('input', {{ bubbles: true }})); s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true;"
    ))
    .await;
    let moment = b
        .until(
            10,
            "const s = deep('#chart >>> .qc-live [data-qc=\"replay\"] input')[0]; \
             return s && deep('#chart >>> .qc-live [data-qc=\"now\"]').length ? [s.value, s.getAttribute('aria-valuetext')] : null;",
        )
        .await;
    assert_eq!(moment, serde_json::json!(["2712", "45:12 of 1:04:09"]));
    let log = requests(&b).await;
    assert_eq!(asked(&log, WASM), 1, "{log:?}");
    assert_eq!(asked(&log, SESSION), 1, "{log:?}");

    // Play, pressed on the static chart, plays on the live one.
    b.open_as_reader("/e2e/static-replay.html").await;
    b.find("#chart [data-qc-fallback] .qc-at-wide [data-qc=\"play\"]")
        .await
        .click()
        .await
        .expect("a click on Play");
    let playing = b
        .until(
            10,
            "const p = deep('#chart >>> .qc-live [data-qc=\"play\"]')[0]; return p && p.getAttribute('aria-pressed') === 'true';",
        )
        .await;
    assert_eq!(playing, serde_json::json!(true));
    b.stop().await;
}

/// A chart that opens compared (`data-compare` and the marker's `--compare`): the static chart
/// draws the comparison and the laps chart, the live one takes over with the same cars, and
/// "Clear" pressed on the static chart clears the live one.
#[tokio::test(flavor = "current_thread")]
async fn a_chart_opened_compared_is_the_same_static_and_live() {
    prerendered_page(
        "compared-static.html",
        &format!(
            "<div id=\"chart\" data-qualichart {DAYTONA} data-compare=\"31,01\"><!--qualichart: ../sessions/daytona-2024-qualifying.json --class GTP --compare 31,01--></div>"
        ),
    );
    let b = Browser::start(1280, 900).await;
    b.open_as_reader("/e2e/compared-static.html").await;
    let panel = "#chart [data-qc-fallback] .qc-at-wide [data-qc=\"compare\"]";
    let rows = b
        .eval(&format!(
            "return [...document.querySelectorAll('{panel} tbody th')].map((th) => th.textContent);"
        ))
        .await;
    assert_eq!(rows, serde_json::json!(["#31 Derani", "#01 Bourdais"]));
    assert_eq!(
        b.count("#chart [data-qc-fallback] .qc-at-wide [data-qc=\"laps-chart\"]")
            .await,
        1
    );
    // Shown once the loader runs, and handed over: the live chart clears its comparison.
    b.find(&format!("{panel} button"))
        .await
        .click()
        .await
        .expect("a click on Clear");
    let cleared = b
        .until(
            10,
            "const live = deep('#chart >>> .qc-live')[0]; \
             return live && !live.querySelector('[data-qc=\"compare\"]') && !live.querySelector('.qc-picked') && 'cleared';",
        )
        .await;
    assert_eq!(cleared, serde_json::json!("cleared"));
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn what_the_reader_did_while_the_chart_loaded_is_kept() {
    // The chart is in view; its session comes two seconds late (the test server's slow route),
    // so the reader meets the static chart first, and still does after asking for more.
    prerendered_page(
        "slow-session.html",
        &format!("<p id=\"intro\">The article.</p><div id=\"chart\" data-qualichart {DAYTONA}>{MARKER}</div>"),
    );
    let page = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/e2e/slow-session.html");
    let html = std::fs::read_to_string(&page).expect("the page");
    serve(
        "slow-session.html",
        html.replacen(
            "data-src=\"../sessions/",
            "data-src=\"/fault/slow/2000/sessions/",
            1,
        ),
    );
    let b = Browser::start(1280, 1000).await;
    b.open_as_reader("/e2e/slow-session.html").await;
    b.until(10, "return !!window.qualichart").await;
    // On the static chart: the pointer on #01, whose details it shows; "Show as table" opened;
    // then "Compare" in those details, which only the live chart can do: it starts loading.
    let static_01 = b
        .find("#chart [data-qc-fallback] .qc-at-wide .qc-row[data-car=\"01\"]")
        .await;
    b.hover(static_01).await;
    let summary = "#chart [data-qc-fallback] .qc-at-wide [data-qc=\"table\"] summary";
    let pick =
        "#chart [data-qc-fallback] .qc-at-wide [data-qc=\"details\"] button[data-qc=\"pick\"]";
    b.find(pick).await;
    b.eval(&format!(
        "document.querySelector('{summary}').click(); document.querySelector('{pick}').click(); return true;"
    ))
    .await;
    // All that happened before the live chart was there.
    assert_eq!(b.count("#chart >>> .qc-live [data-car]").await, 0);
    // It takes over with #01's details shown, the table open, and #01 picked.
    let details = b
        .until(
            10,
            "const d = deep('#chart >>> .qc-live [data-qc=\"details\"]')[0];
             return d && d.textContent.includes('Bourdais') && d.textContent;",
        )
        .await;
    assert!(
        details.as_str().is_some_and(|d| d.contains("+0.071")),
        "{details}"
    );
    let state = b
        .until(
            5,
            "const table = deep('#chart >>> .qc-live details[data-qc=\"table\"]')[0];
             const car = deep('#chart >>> .qc-live .qc-row[data-car=\"01\"]')[0];
             return table && table.open && car && car.getAttribute('aria-pressed') === 'true'
               && !document.querySelector('#chart [data-qc-fallback]') && 'kept';",
        )
        .await;
    assert_eq!(state, "kept");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_keyboard_reader_keeps_their_place() {
    prerendered_page(
        "keyboard.html",
        &format!("<p><a id=\"before\" href=\"#chart\">The article</a></p><div id=\"chart\" data-qualichart {DAYTONA}>{MARKER}</div>"),
    );
    let b = Browser::start(1280, 1000).await;
    b.open_as_reader("/e2e/keyboard.html").await;
    b.until(10, "return !!window.qualichart").await;
    b.eval("document.getElementById('before').focus(); return true;")
        .await;
    // Tab: the static chart's first control, its "All" class button. Focus from the keyboard
    // asks for the live chart (its keys need the module), which takes over with the focus on
    // the same button.
    b.press(Key::Tab).await;
    let focused = b
        .until(
            10,
            "const chart = document.getElementById('chart');
             const f = chart.shadowRoot && chart.shadowRoot.activeElement;
             return f && !document.querySelector('#chart [data-qc-fallback]')
               && `${f.localName}[${f.getAttribute('data-qc-class')}]`;",
        )
        .await;
    assert_eq!(focused, "button[]");
    b.stop().await;
}
