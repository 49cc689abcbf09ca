//! End to end, hostile conditions: names from data that try to be markup, a strict
//! Content-Security-Policy, a server that fails, stalls or is slow, an input over the size
//! limit, and a host page whose CSS fights the widget. On the built site (`dist/`) in headless
//! Chromium, with the faults served by the harness's own server (`tests/browser/server.rs`).
//!
//! Runs with `cargo test --features e2e --test hardening` (`./x test` builds the site first).

mod browser;
mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use browser::{serve, Browser, DEEP};
use serde_json::{json, Value};
use support::stray;

const TITLE: &str =
    "Derani takes record Rolex 24 pole as Cadillac locks out the front row | The Paddock";

/// Elements and attributes that could only have come from data: none may exist in a widget.
const INJECTED: &str = r#"
return [...document.querySelectorAll('[data-qualichart], quali-chart')].flatMap(e => [e, e.shadowRoot]).filter(Boolean).flatMap(root => [
  ...[...root.querySelectorAll('img, script, iframe, object, embed, foreignObject, a[href^="javascript"], style')]
      .map(el => 'element ' + el.outerHTML.slice(0, 80)),
  ...[...root.querySelectorAll('*')].flatMap(el => [...el.attributes]
      .filter(a => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value))
      .map(a => 'attribute ' + a.name + '=' + a.value.slice(0, 40))),
]);
"#;

#[tokio::test(flavor = "current_thread")]
async fn names_that_try_to_be_markup_stay_text() {
    let hostile = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/xss.json"),
    )
    .expect("the XSS corpus");
    serve("xss.json", &hostile);
    for width in [1280, 360] {
        let b = Browser::start(width, 1000).await;
        b.open("/index.html?src=e2e/xss.json").await;
        let first = "main > .chart-figure:nth-of-type(1) [data-qualichart] >>> .qc-live";
        b.find(&format!("{first} [data-car=\"31\"]")).await;
        // Every state a reader can reach: details, a comparison, the table, the timeline.
        b.eval(&format!("{DEEP} qualichart.compare(['31', '01']); deep('[data-qualichart] >>> details').forEach(d => d.open = true)")).await;
        b.hover(b.find(&format!("{first} [data-car=\"01\"]")).await)
            .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(b.eval(INJECTED).await, json!([]), "at {width} px");
        assert_eq!(b.eval("return window.__pwned ?? null").await, Value::Null);
        assert_eq!(b.eval("return document.title").await, json!(TITLE));
        // The payloads are there, as text.
        let caption = b.text(&format!("{first} figcaption")).await;
        assert!(caption.contains("<img src=x onerror="), "{caption}");
        // A 3,000-character name is cut to fit: the page never scrolls sideways.
        let fits = b
            .eval("const d = document.documentElement; return d.scrollWidth <= d.clientWidth")
            .await;
        assert_eq!(fits, json!(true), "the page scrolls sideways at {width} px");
        // The SVG download carries them as text too.
        let file = b
            .download(&format!("{first} [data-qc-download=\"svg\"]"))
            .await;
        let svg = file["text"].as_str().unwrap_or_default();
        assert!(
            svg.contains("&lt;img src=x"),
            "the payload is in the file, escaped"
        );
        // As a parsed document: no element of the payloads, and no event-handler attribute
        // (the text may say `onload=`, as the names do; only markup could run it).
        let document = roxmltree::Document::parse(svg).expect("the file is well-formed XML");
        let markup: Vec<String> = document
            .descendants()
            .filter(|n| n.is_element())
            .flat_map(|n| {
                let name = n.tag_name().name().to_ascii_lowercase();
                let element =
                    matches!(name.as_str(), "img" | "script" | "iframe" | "foreignobject")
                        .then(|| name.clone());
                let handlers = n
                    .attributes()
                    .filter(|a| a.name().to_ascii_lowercase().starts_with("on"))
                    .map(move |a| format!("{name}[{}]", a.name()));
                element.into_iter().chain(handlers)
            })
            .collect();
        assert_eq!(
            markup,
            Vec::<String>::new(),
            "markup from the names in the file"
        );
        // The PNG download draws that file on a canvas: a PNG comes out, and nothing ran.
        let file = b
            .download(&format!("{first} [data-qc-download=\"png\"]"))
            .await;
        let png: Vec<u64> = file["head"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_u64).collect())
            .unwrap_or_default();
        let png = [png, vec![file["size"].as_u64().unwrap_or(0)]].concat();
        assert_eq!(png.len(), 9, "the file's first bytes and its size: {png:?}");
        assert_eq!(
            png[..8],
            [137, 80, 78, 71, 13, 10, 26, 10],
            "a PNG signature"
        );
        assert!(png[8] > 10_000, "a chart's worth of PNG: {} bytes", png[8]);
        assert_eq!(
            b.eval("return window.__pwned === undefined").await,
            json!(true)
        );
        assert_eq!(b.eval("return document.title").await, json!(TITLE));
        b.stop().await;
    }
}

/// Control characters, bidi overrides and right-to-left names in every text field
/// (`tests/fixtures/hostile/controls.json`): the live chart holds none of the controls, its
/// right-to-left names are isolated, and its SVG download is an XML file a browser parses.
#[tokio::test(flavor = "current_thread")]
async fn control_characters_reach_neither_the_chart_nor_its_download() {
    let session = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/controls.json"),
    )
    .expect("the control-character fixture");
    serve("controls.json", &session);
    let b = Browser::start(1280, 1000).await;
    b.open("/index.html?src=e2e/controls.json").await;
    let first = "main > .chart-figure:nth-of-type(1) [data-qualichart] >>> .qc-live";
    b.hover(b.find(&format!("{first} [data-car=\"01\"]")).await)
        .await;
    b.eval(&format!(
        "{DEEP} deep('[data-qualichart] >>> details').forEach(d => d.open = true)"
    ))
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Every text and attribute value of the live chart.
    let shown = b
        .eval(&format!("{DEEP} const live = deep('{first}')[0]; return [live.textContent, ...[...live.querySelectorAll('*')].flatMap(el => [...el.attributes].map(a => a.value))].join('\\n')"))
        .await;
    let shown = shown.as_str().unwrap_or_default().to_owned();
    assert!(shown.contains("Pipo Derani"), "{shown}");
    assert!(
        shown.contains("P2, #01 \u{2068}נועם גולדברג\u{2069}, 1:32.727"),
        "the right-to-left name is isolated: {shown}"
    );
    assert_eq!(stray(&shown), Vec::<String>::new());
    // The SVG download: well-formed XML (the browser's own parser), and as clean.
    let file = b
        .download(&format!("{first} [data-qc-download=\"svg\"]"))
        .await;
    let svg = file["text"].as_str().unwrap_or_default();
    let parses = b
        .client
        .execute(
            "return new DOMParser().parseFromString(arguments[0], 'image/svg+xml').querySelector('parsererror') === null",
            vec![json!(svg)],
        )
        .await
        .expect("the browser's XML parser");
    assert_eq!(
        parses,
        json!(true),
        "the SVG download is not well-formed: {svg}"
    );
    assert!(svg.contains("Pipo Derani"), "{svg}");
    assert_eq!(stray(svg), Vec::<String>::new());
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_strict_content_security_policy_is_never_violated() {
    let b = Browser::start(1280, 1200).await;
    b.open("/strict.html").await;
    let live = "[data-qualichart] >>> .qc-live [data-car=\"01\"]";
    b.hover(b.find(live).await).await;
    let details = b
        .text("[data-qualichart] >>> .qc-live [data-qc=\"details\"]")
        .await;
    assert!(details.contains("Bourdais"), "{details}");
    b.find("quali-chart >>> [data-car=\"63\"]").await;
    // Everything a reader does: a class, a comparison, the table, the SVG download.
    b.find("[data-qualichart] >>> .qc-live [data-qc-class=\"LMP2\"]")
        .await
        .click()
        .await
        .expect("a click");
    b.eval(&format!("{DEEP} qualichart.compare(['2', '52']); deep('[data-qualichart] >>> details').forEach(d => d.open = true);")).await;
    let file = b
        .download("[data-qualichart] >>> .qc-live [data-qc-download=\"svg\"]")
        .await;
    assert!(file["text"]
        .as_str()
        .unwrap_or_default()
        .starts_with("<svg"));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(b.eval("return window.cspViolations").await, json!([]));
    let status = b.text("#csp-status").await;
    assert!(status.ends_with("none."), "{status}");
    // The iframe embed under the same policy: sized by the stylesheet, then grown to its chart
    // by embed-parent.js, with no inline style or script on either page.
    let heights = frame_heights(&b).await;
    assert_ne!(heights[0], json!(640), "the frame was resized: {heights}");
    assert_eq!(heights[0], heights[1], "to its chart: {heights}");
    assert_eq!(b.eval("return window.cspViolations").await, json!([]));
    b.stop().await;
}

/// A page of four charts, one per fault, under CSS that fights them.
const FAULTS: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Faults</title>
<link rel="stylesheet" href="hostile.css">
<script type="module" src="../qualichart/qualichart.js"></script></head>
<body>
<div class="other"><svg><circle r="4"/></svg></div>
<div id="slow" data-qualichart data-src="/fault/slow/5000/sessions/daytona-2024-qualifying.json" data-class="GTP"></div>
<div id="hang" data-qualichart data-src="/fault/hang/session.json" data-timeout="3"></div>
<div id="fail" data-qualichart data-src="/fault/status/500/session.json"></div>
<div id="good" data-qualichart data-src="../sessions/daytona-2024-qualifying.json" data-class="GTP"></div>
</body></html>
"#;

/// What a careless host page might have: resets, huge type, icons hidden by a bare selector.
const HOSTILE_CSS: &str = "
* { all: revert; }
html { font-size: 40px; }
body { font: 32px/3 serif; letter-spacing: .2em; }
svg { display: none; }
.other svg, g, rect, text { visibility: hidden; }
div { padding: 40px; border: 5px solid red; }
button { display: none; }
table, figure, section { display: inline; }
";

#[tokio::test(flavor = "current_thread")]
async fn faults_stay_in_their_own_box_under_hostile_css() {
    serve("faults.html", FAULTS.as_bytes());
    serve("hostile.css", HOSTILE_CSS.as_bytes());
    let b = Browser::start(1280, 2000).await;
    let start = Instant::now();
    b.open("/e2e/faults.html").await;
    // The good chart works at once, whatever the page's CSS says.
    let mark = b.find("#good >>> [data-car=\"01\"]").await;
    let visible = b.eval("const root = document.querySelector('#good').shadowRoot; const bar = root.querySelector('[data-car=\"01\"] .qc-bar'); const r = bar.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(root.querySelector('.qc-svg')).display !== 'none' && getComputedStyle(bar).visibility === 'visible'").await;
    assert_eq!(visible, json!(true), "the good chart's bars are drawn");
    b.hover(mark).await;
    assert!(b
        .text("#good >>> [data-qc=\"details\"]")
        .await
        .contains("Bourdais"));
    // The slow one says it is loading, then draws.
    let loading = b.text("#slow >>> [role=status]").await;
    assert!(loading.contains("Loading"), "{loading}");
    b.find("#slow >>> [data-car=\"31\"]").await;
    assert!(start.elapsed() >= Duration::from_secs(5), "it was slow");
    // The server error offers a retry.
    let error = b.text("#fail >>> [data-qc=\"error\"]").await;
    assert!(error.contains("500"), "{error}");
    b.find("#fail >>> [data-qc=\"retry\"]").await;
    // The one that never completes gives up after its 3 s, says so, and can try again.
    let error = b.text("#hang >>> [data-qc=\"error\"]").await;
    assert!(
        error.contains("no complete answer within 3 seconds"),
        "{error}"
    );
    let shown = b.eval("return getComputedStyle(document.querySelector('#hang').shadowRoot.querySelector('[data-qc=retry]')).display",
    )
    .await;
    assert_ne!(
        shown,
        json!("none"),
        "the retry button beats `button {{ display: none }}`"
    );
    b.find("#hang >>> [data-qc=\"retry\"]")
        .await
        .click()
        .await
        .expect("a click");
    let again = b.text("#hang >>> [role=status]").await;
    assert!(again.contains("Loading"), "{again}");
    // And the good chart never noticed.
    b.hover(b.find("#good >>> [data-car=\"7\"]").await).await;
    assert!(b
        .text("#good >>> [data-qc=\"details\"]")
        .await
        .contains("Nasr"));
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_input_over_the_limit_is_refused_at_once() {
    // 50 MB: over the 32 MiB limit. The server says how long it is, so it is never read.
    let mut huge = Vec::with_capacity(50 * 1024 * 1024);
    huge.extend_from_slice(br#"{"format": "qualichart/1", "entries": [], "pad": ""#);
    huge.resize(50 * 1024 * 1024 - 2, b'x');
    huge.extend_from_slice(b"\"}");
    serve("huge.json", &huge);
    let b = Browser::start(1280, 1200).await;
    // As an editor previews it (the page's ?src=).
    b.open("/index.html?src=e2e/huge.json").await;
    let error = b
        .text("main > .chart-figure:nth-of-type(1) [data-qualichart] >>> .qc-live [data-qc=\"error\"]")
        .await;
    assert!(
        error.contains("50 MiB") && !error.contains("huge.json"),
        "{error}"
    );
    assert!(
        !error.contains("Try again"),
        "retrying cannot make it smaller"
    );
    // As a chart added to a page that is already running: from the element's arrival to the
    // message, in the page's own clock (printed for docs/robustness.md, not asserted).
    let refused = b
        .eval_async(&format!(
            "{DEEP} const done = arguments[0];
             const chart = document.createElement('div');
             chart.dataset.qualichart = '';
             chart.dataset.src = 'e2e/huge.json';
             const t0 = performance.now();
             document.querySelector('main').append(chart);
             const wait = () => {{
               const shown = deep('main > [data-qualichart] >>> [data-qc=\"error\"]');
               shown.length ? done({{ms: performance.now() - t0, text: shown[0].textContent}})
                 : requestAnimationFrame(wait);
             }};
             wait();"
        ))
        .await;
    let ms = refused["ms"].as_f64().unwrap_or(f64::NAN);
    println!("50 MB refused {ms} ms after the chart was added");
    // The chart added later says what the first one said: too large, in the reader's words.
    let text = refused["text"].as_str().unwrap_or_default();
    assert!(
        text.contains("50 MiB") && !text.contains("Try again") && ms >= 0.0,
        "{refused}"
    );
    b.stop().await;
}

/// Every byte but letters, digits and `-._~` percent-encoded: a link's `?src=` value.
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The port of the site server: `localhost:<port>` is the same server on another origin.
fn port(b: &Browser) -> &str {
    b.base.rsplit(':').next().unwrap_or_default()
}

#[tokio::test(flavor = "current_thread")]
async fn a_link_cannot_put_another_sites_session_on_the_page() {
    let b = Browser::start(1280, 1600).await;
    let port = port(&b);
    // The same bundled session, from another origin that allows any page to read it (CORS).
    let elsewhere = format!("http://localhost:{port}/cors/sessions/daytona-2024-qualifying.json");
    // A page with no Content-Security-Policy of its own: the widget's rule alone refuses.
    serve(
        "links.html",
        format!(
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>links</title>
<script type="module" src="/qualichart/qualichart.js"></script></head><body>
<div id="linked" data-qualichart data-src="/sessions/daytona-2024-qualifying.json" data-class="GTP" data-src-param></div>
<div id="allowed" data-qualichart data-src="/sessions/daytona-2024-qualifying.json" data-class="GTP" data-src-param data-src-origins="https://data.example.com http://localhost:{port}"></div>
<div id="given" data-qualichart data-src="{elsewhere}" data-class="LMP2"></div>
</body></html>"#
        ),
    );
    let forged = r#"{"format": "qualichart/1", "event": "Results annulled", "entries": [{"number": "99", "drivers": [{"name": "Results annulled"}], "laps": [{"time": "1:00.000"}]}]}"#;
    let refused = [
        format!("data:application/json,{forged}"),
        elsewhere.clone(),
        format!("//localhost:{port}/cors/sessions/daytona-2024-qualifying.json"),
        format!("blob:http://127.0.0.1:{port}/0b7c5cf7-0d2e-4c39-9a3e-1ad1b0b3e6f0"),
        "javascript:alert('Results annulled')".to_owned(),
        format!("ftp://127.0.0.1:{port}/sessions/daytona-2024-qualifying.json"),
    ];
    for link in &refused {
        b.open(&format!("/e2e/links.html?src={}", encoded(link)))
            .await;
        let error = b.text("#linked >>> [data-qc=\"error\"]").await;
        assert!(error.contains("does not load"), "{link}: {error}");
        // Nothing of the link is repeated.
        for word in [
            "annulled",
            "localhost",
            "blob",
            "javascript",
            "ftp",
            "data:",
        ] {
            assert!(!error.contains(word), "{link}: {error}");
        }
        // The publisher's own charts are unaffected: one from another origin, written in the
        // page, loads as it always has.
        b.find("#given >>> [data-car=\"2\"]").await;
    }
    // The origin the publisher lists loads, for that chart only.
    b.open(&format!("/e2e/links.html?src={}", encoded(&elsewhere)))
        .await;
    b.find("#allowed >>> [data-car=\"31\"]").await;
    let error = b.text("#linked >>> [data-qc=\"error\"]").await;
    assert!(error.contains("does not load"), "{error}");
    // A link to this site's own session is an editor's preview, as before.
    b.open("/e2e/links.html?src=/sessions/daytona-2025-qualifying.json")
        .await;
    b.find("#linked >>> [data-car=\"63\"]").await;
    // A failure on this site does not print the link either.
    b.open("/e2e/links.html?src=/Results%20annulled.json").await;
    let error = b.text("#linked >>> [data-qc=\"error\"]").await;
    assert!(
        error.contains("404") && !error.contains("annulled"),
        "{error}"
    );
    // The iframe page follows the same rule.
    b.open(&format!(
        "/embed.html?src={}",
        encoded(&format!("data:application/json,{forged}"))
    ))
    .await;
    let error = b.text("[data-qualichart] >>> [data-qc=\"error\"]").await;
    assert!(
        error.contains("does not load") && !error.contains("annulled"),
        "{error}"
    );
    b.open("/embed.html?src=sessions/daytona-2024-qualifying.json&class=GTP")
        .await;
    b.find("[data-qualichart] >>> [data-car=\"31\"]").await;
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_malformed_hash_is_ignored() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html#qc=%").await;
    let first = "main > .chart-figure:nth-of-type(1) [data-qualichart] >>> .qc-live";
    b.find(&format!("{first} [data-car=\"31\"]")).await;
    // The loader ran to its end: the API is there and the downloads have their handler.
    assert_eq!(
        b.eval("return typeof window.qualichart?.highlight").await,
        json!("function")
    );
    let file = b
        .download(&format!("{first} [data-qc-download=\"svg\"]"))
        .await;
    assert!(
        file["text"]
            .as_str()
            .unwrap_or_default()
            .starts_with("<svg"),
        "the SVG download still works"
    );
    // A good link after it still works.
    b.eval("location.hash = 'qc=7'").await;
    let details = b.text(&format!("{first} [data-qc=\"details\"]")).await;
    assert!(details.contains("Nasr"), "{details}");
    // The iframe page with such a hash still tells its parent its height.
    serve(
        "frame-hash.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frame</title>
<link rel="stylesheet" href="/style.css"><script src="/qualichart/embed-parent.js" defer></script></head><body>
<iframe class="qualichart-frame" title="chart" src="/embed.html?src=sessions/daytona-2024-qualifying.json&amp;class=GTP#qc=%"></iframe>
</body></html>"#,
    );
    b.open("/e2e/frame-hash.html").await;
    let heights = frame_heights(&b).await;
    assert_ne!(heights[0], json!(640), "the frame was resized: {heights}");
    assert_eq!(heights[0], heights[1], "to its chart: {heights}");
    b.stop().await;
}

/// Waits (up to 10 s) until the page's `iframe.qualichart-frame` holds a drawn chart and has
/// been resized from its stylesheet's 640 px to its page's height (the frame posts each height
/// as its page grows, so earlier ones pass by); returns `[frame height, its page's height]`.
async fn frame_heights(b: &Browser) -> Value {
    b.eval_async(
        "const done = arguments[0]; const t0 = Date.now();
         const frame = document.querySelector('iframe.qualichart-frame');
         frame.scrollIntoView();
         const wait = () => {
           const doc = frame.contentDocument;
           const chart = doc && doc.querySelector('[data-qualichart]');
           const drawn = chart && chart.shadowRoot && chart.shadowRoot.querySelector('[data-car]');
           const height = frame.getBoundingClientRect().height;
           const inner = drawn ? Math.ceil(doc.documentElement.getBoundingClientRect().height) : null;
           if ((drawn && height !== 640 && height === inner) || Date.now() - t0 > 10000)
             done([height, inner]);
           else setTimeout(wait, 50);
         };
         wait();",
    )
    .await
}

#[tokio::test(flavor = "current_thread")]
async fn bodies_are_read_as_streams_and_stopped_at_the_limit() {
    serve(
        "streams.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>streams</title>
<script type="module" src="/qualichart/qualichart.js"></script></head><body>
<div id="chunked" data-qualichart data-src="/fault/chunked/sessions/daytona-2024-qualifying.json" data-class="GTP"></div>
<div id="gzip" data-qualichart data-src="/fault/gzip/sessions/daytona-2024-qualifying.json" data-class="GTP"></div>
<div id="endless" data-qualichart data-src="/fault/endless/session.json" data-timeout="120"></div>
<div id="inflate" data-qualichart data-src="/fault/inflate/40/session.json" data-timeout="120"></div>
</body></html>"#,
    );
    let b = Browser::start(1280, 1600).await;
    b.open("/e2e/streams.html").await;
    // No Content-Length, and compressed: both read whole.
    b.find("#chunked >>> [data-car=\"31\"]").await;
    b.find("#gzip >>> [data-car=\"31\"]").await;
    // A body with no end, and one small on the wire that inflates to 40 MiB: each is stopped
    // at the limit, with its own message, and not tried again.
    for id in ["endless", "inflate"] {
        let error = b.text(&format!("#{id} >>> [data-qc=\"error\"]")).await;
        assert!(
            error.contains("the input is over the 32 MiB limit"),
            "{id}: {error}"
        );
        assert!(!error.contains("Try again"), "{id}: {error}");
    }
    // The endless download stopped there: what the server got out is the limit and what the
    // network buffers held, and it grows no more.
    let sent = browser::server::ENDLESS_SENT.load(std::sync::atomic::Ordering::Relaxed);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let later = browser::server::ENDLESS_SENT.load(std::sync::atomic::Ordering::Relaxed);
    println!("the endless body was stopped after {} MiB", sent >> 20);
    assert!(sent < 48 << 20, "{sent} bytes sent");
    assert!(
        later - sent < 4 << 20,
        "still downloading: {sent} then {later}"
    );
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_demo_pages_ship_a_strict_policy_and_keep_it() {
    let b = Browser::start(1280, 1600).await;
    for page in [
        "/index.html",
        "/embeds.html",
        "/embed.html?src=sessions/daytona-2024-qualifying.json",
    ] {
        b.open(page).await;
        let policy = b
            .eval("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content ?? null")
            .await;
        let policy = policy.as_str().unwrap_or_default();
        for directive in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "style-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
        ] {
            assert!(policy.contains(directive), "{page}: {policy}");
        }
        assert!(!policy.contains("unsafe-inline"), "{page}: {policy}");
        b.find("[data-qualichart] >>> .qc-live [data-car]").await;
    }
    // Everything a reader does on the article and the embeds page, with no violation.
    for (page, car) in [("/index.html", "31"), ("/embeds.html", "2")] {
        b.open(page).await;
        b.find(&format!(
            "[data-qualichart] >>> .qc-live [data-car=\"{car}\"]"
        ))
        .await;
        b.eval(&format!("{DEEP} qualichart.compare(['31', '01']); deep('[data-qualichart] >>> details').forEach(d => d.open = true);")).await;
        if page == "/embeds.html" {
            b.find("#add-chart").await.click().await.expect("a click");
            b.find("#added [data-qualichart] >>> [data-car=\"96\"]")
                .await;
            let heights = frame_heights(&b).await;
            assert_eq!(
                heights[0], heights[1],
                "the iframe fits its chart: {heights}"
            );
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(
            b.eval("return window.cspViolations").await,
            json!([]),
            "{page}"
        );
    }
    b.stop().await;
}
