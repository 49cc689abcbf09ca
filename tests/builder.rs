//! End to end, the editor's page (`builder.html`) as a new user meets it: the 2025 Daytona
//! qualifying timing file in, the words typed, the embed code copied and pasted into a plain
//! page with the downloaded session file, and the chart on that page; offline once the page
//! has loaded. And a bad file, a bad field, a phone's width and an axe-core audit.
//!
//! Runs with `cargo test --features e2e,real-data --test builder` after `./x build` (`./x test`
//! runs it): the timing file is the organiser's own, in `../shared/data/real`.

mod browser;
mod support;

use std::path::PathBuf;

use browser::{serve, Browser};
use fantoccini::elements::Element;
use serde_json::{json, Value};

const TITLE: &str = "Rolex 24 qualifying: BMW on pole";
const CREDIT: &str = "Source: IMSA / Al Kamel Systems · Chart: The motorsport desk";
const NOTE: &str = "Did not set a time after a spin";
/// The 2025 GTP pole, as the official classification has it.
const POLE: &str = "P1, #24 Dries Vanthoor, 1:33.895";

fn real(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/real")
        .join(name);
    // A file input takes a canonical path only.
    let path = path.canonicalize().unwrap_or_else(|e| {
        panic!(
            "{}: {e}: the builder's test needs the organiser's file",
            path.display()
        )
    });
    path.to_str().expect("a UTF-8 path").to_owned()
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/alkamel")
        .join(name)
        .to_str()
        .expect("a UTF-8 path")
        .to_owned()
}

/// Opens the builder and waits for its module.
async fn open(b: &Browser) {
    b.open("/builder.html").await;
    // Started: the module ready, the page loaded, the preview's stylesheets in.
    let started = b
        .until(
            20,
            "return document.getElementById('starting').hidden && document.readyState === 'complete' \
               && [...document.getElementById('preview').shadowRoot.querySelectorAll('link')].every(l => l.sheet);",
        )
        .await;
    assert_eq!(started, Value::Bool(true), "the builder did not start");
}

async fn typed(b: &Browser, css: &str, text: &str) -> Element {
    let field = b.find(css).await;
    field.send_keys(text).await.expect("typing");
    field
}

/// The network as the page sees it: off (`true`) or back on.
async fn offline(b: &Browser, off: bool) {
    b.cdp("Network.enable", json!({})).await;
    b.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": off, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await;
}

/// Presses a code box's Copy button and returns what reached the clipboard.
async fn copy(b: &Browser, code: &str) -> String {
    b.find(&format!("[data-copy={code}]"))
        .await
        .click()
        .await
        .expect("a click");
    let said = b
        .until(
            5,
            &format!("const s = document.querySelector('[data-copy={code}]').parentElement.querySelector('.copied').textContent; return s || null;"),
        )
        .await;
    assert_eq!(said, json!("Copied."), "{code}");
    let text = b
        .eval_async("const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done('clipboard: ' + e));")
        .await;
    text.as_str().expect("clipboard text").to_owned()
}

#[tokio::test(flavor = "current_thread")]
async fn an_editor_makes_the_2025_daytona_chart_and_pastes_its_embed() {
    let b = Browser::start(1280, 1000).await;
    b.cdp(
        "Browser.grantPermissions",
        json!({ "origin": b.base, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
    )
    .await;
    open(&b).await;
    // From here on the editor's machine is offline: nothing the page does may need the network.
    let since = b.eval("return performance.now();").await;
    offline(&b, true).await;

    // The organiser's timing file, as a file input takes it.
    typed(&b, "#files", &real("imsa_2025_daytona_qualifying_laps.csv")).await;
    let kind = b.text("#file-list .kind").await;
    assert_eq!(
        kind,
        "Al Kamel time cards or analysis CSV (23_Time Cards, 23_Analysis)"
    );
    // The words, the class and a record line.
    typed(&b, "#f-title", TITLE).await;
    typed(&b, "#f-event", "Rolex 24 At Daytona").await;
    typed(&b, "#f-source", "IMSA / Al Kamel Systems").await;
    typed(&b, "#f-byline", "The motorsport desk").await;
    b.find("#f-show")
        .await
        .select_by_value("GTP")
        .await
        .expect("a class");
    b.find("#add-record").await.click().await.expect("a click");
    b.find("#records select")
        .await
        .select_by_value("GTP")
        .await
        .expect("the record's class");
    typed(&b, "#records [name=time]", "1:32.656").await;
    typed(&b, "#records [name=label]", "Qualifying record").await;
    typed(&b, "#records [name=driver]", "Pipo Derani").await;
    typed(&b, "#records [name=year]", "2024").await;

    // The live preview: the widget itself, with the pole car, the title, the record line.
    let preview = b
        .until(
            10,
            &format!(
                "const c = deep('#preview >>> .qc-live [data-car=\"24\"]')[0]; \
                 const t = deep('#preview >>> .qc-live .qc-title')[0]; \
                 const story = deep('#preview >>> .qc-live [data-qc=story]')[0]; \
                 return c && t && t.textContent === {TITLE:?} && deep('#preview >>> .qc-live [data-qc=credit]').length \
                   && story.textContent.includes('Pipo Derani, 2024') \
                   ? [c.getAttribute('aria-label'), t.textContent, deep('#preview >>> .qc-live [data-qc=credit]')[0].textContent, \
                      deep('#preview >>> .qc-live [data-qc=story]')[0].textContent, \
                      getComputedStyle(deep('#preview >>> .qc-live figure')[0]).fontFamily] : null;"
            ),
        )
        .await;
    assert_eq!(preview[0], POLE, "{preview}");
    assert_eq!(preview[2], CREDIT);
    let story = preview[3].as_str().unwrap_or_default();
    assert!(
        story.contains("Dries Vanthoor took GTP pole")
            && story.contains("qualifying record of 1:32.656 (Pipo Derani, 2024) stood"),
        "{story}"
    );
    assert!(
        preview[4]
            .as_str()
            .unwrap_or_default()
            .contains("system-ui"),
        "the preview is styled by the widget's stylesheet: {preview}"
    );

    // Where the file will be, then the code: each embed copied as an editor copies it.
    let url = format!("{}/e2e/builder-daytona-2025.json", b.base);
    typed(&b, "#f-url", &url).await;
    b.until(
        10,
        &format!(
            "const v = document.getElementById('code-element').value; return v.includes({url:?}) && v.includes('data-qc-fallback');"
        ),
    )
    .await;
    // The two cars of the story, compared from the start: the preview, the static chart and
    // the embed code open with them.
    typed(&b, "#f-compare", "24, 7").await;
    let compared = b
        .until(
            10,
            "const v = document.getElementById('code-element').value; \
             const rows = [...deep('#preview >>> .qc-live [data-qc=\"compare\"] tbody th')].map((th) => th.textContent.split(' ')[0]); \
             return v.includes('data-compare=\"24,7\"') && v.includes('data-qc=\"laps-chart\"') && rows.length === 2 ? rows : null;",
        )
        .await;
    assert_eq!(compared, json!(["#24", "#7"]));
    let element = copy(&b, "code-element").await;
    let custom = copy(&b, "code-custom").await;
    let iframe = copy(&b, "code-iframe").await;
    // The element embed carries the static chart (the same server render as `prerender`).
    assert!(
        element.contains(&format!(
            "data-src=\"{url}\" data-class=\"GTP\" data-compare=\"24,7\" lang=\"en\"><div class=\"qc-fallback\""
        )),
        "{element}"
    );
    assert!(element.contains(POLE), "the static chart names the pole");
    assert!(element.contains(TITLE));
    // A last note, and the session file downloaded at once, as the editor uploads it (the
    // download waits for the note, which typing had not yet applied).
    b.find("#f-car")
        .await
        .select_by_value("25")
        .await
        .expect("a car");
    typed(&b, "#f-note", NOTE).await;
    let file = b.download("#download").await;
    assert_eq!(file["name"], "builder-daytona-2025.json");
    let text = file["text"].as_str().expect("the session file").to_owned();
    let session: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(session["title"], TITLE);
    assert_eq!(session["byline"], "The motorsport desk");
    assert_eq!(session["records"][0]["time"], "1:32.656");
    // The same importer as the CLI: `qualichart import` of the file, the same words in an
    // overlay after it, writes this file byte for byte.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let overlay = json!({
        "format": "qualichart/1", "title": TITLE, "event": "Rolex 24 At Daytona",
        "source": "IMSA / Al Kamel Systems", "byline": "The motorsport desk",
        "records": [{"class": "GTP", "time": "1:32.656", "label": "Qualifying record",
            "driver": "Pipo Derani", "year": 2024}],
        "entries": [{"number": "25", "note": NOTE}],
    });
    std::fs::write(dir.path().join("overlay.json"), overlay.to_string()).expect("the overlay");
    let cli = support::run_in(
        dir.path(),
        &[
            "import",
            &real("imsa_2025_daytona_qualifying_laps.csv"),
            "overlay.json",
        ],
    );
    assert_eq!((cli.code, cli.stderr.as_str()), (Some(0), ""));
    assert!(
        cli.stdout == text,
        "the builder's session differs from `qualichart import`'s"
    );
    // Offline all along, and nothing was asked of the network: no request after the page loaded.
    // (Failed requests are resource entries too; the tab's icon is the browser's own request.)
    let requests = b
        .eval(&format!(
            "return performance.getEntriesByType('resource').filter(e => e.startTime > {since} && !e.name.endsWith('/favicon.svg')).map(e => e.name);"
        ))
        .await;
    assert_eq!(
        requests,
        json!([]),
        "requests made after the page had loaded"
    );
    // Under the demo's strict policy, nothing was refused (csp-watch.js counts refusals).
    assert_eq!(b.eval("return window.cspViolations").await, json!([]));
    let violations = b.axe().await;
    assert_eq!(violations, json!([]), "axe-core on the builder");
    offline(&b, false).await;

    // The plain page the editor pastes into, beside the session file they uploaded.
    serve("builder-daytona-2025.json", &text);
    serve(
        "builder-plain.html",
        format!(
            "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Qualifying</title></head>\n<body>\n\
             <h1>Our qualifying story</h1>\n{element}\n<h2>Again</h2>\n{custom}\n<h2>And framed</h2>\n{iframe}\n</body>\n</html>\n"
        ),
    );
    b.open("/e2e/builder-plain.html").await;
    for chart in ["[data-qualichart]", "quali-chart"] {
        let pole = b
            .find(&format!("{chart} >>> .qc-live [data-car=\"24\"]"))
            .await;
        assert_eq!(
            pole.attr("aria-label").await.expect("attribute").as_deref(),
            Some(POLE),
            "{chart}"
        );
        let title = b.text(&format!("{chart} >>> .qc-live .qc-title")).await;
        assert_eq!(title, TITLE, "{chart}");
        let noted = b
            .text(&format!("{chart} >>> .qc-live [data-car=\"25\"]"))
            .await;
        assert!(noted.contains(NOTE), "{chart}: {noted}");
        let compared = b
            .text(&format!("{chart} >>> .qc-live [data-qc=\"compare\"] tbody"))
            .await;
        assert!(
            compared.starts_with("#24 ") && compared.contains("#7 "),
            "{chart}: {compared}"
        );
    }
    let frame = b.find("iframe.qualichart-frame").await;
    frame.enter_frame().await.expect("into the iframe");
    let pole = b
        .find("[data-qualichart] >>> .qc-live [data-car=\"24\"]")
        .await;
    assert_eq!(
        pole.attr("aria-label").await.expect("attribute").as_deref(),
        Some(POLE)
    );
    assert_eq!(
        b.text("[data-qualichart] >>> .qc-live .qc-title").await,
        TITLE
    );
    let compared = b
        .text("[data-qualichart] >>> .qc-live [data-qc=\"compare\"] tbody")
        .await;
    assert!(
        compared.starts_with("#24 ") && compared.contains("#7 "),
        "the iframe: {compared}"
    );
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_bad_file_or_field_is_told_beside_it_on_a_phone() {
    let b = Browser::start(360, 800).await;
    // A phone's viewport exactly (a desktop window has a minimum width).
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 360, "height": 800, "deviceScaleFactor": 2, "mobile": true }),
    )
    .await;
    open(&b).await;
    typed(
        &b,
        "#files",
        &format!(
            "{}\n{}",
            fixture("imsa-laps-tie.csv"),
            fixture("bad-time.csv")
        ),
    )
    .await;
    // Beside the file, its line and column in the CLI's words; announced, and nothing to publish.
    let message = "line 3, column 4: LAP_TIME: \"1:4x.885\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)";
    let bad = b.text("#file-list .bad").await;
    assert!(
        bad.contains("bad-time.csv") && bad.contains(message),
        "{bad}"
    );
    assert_eq!(
        b.text("#problem[role=alert]").await,
        format!("bad-time.csv: {message}")
    );
    let good = b.text("#file-list .file:not(.bad) .kind").await;
    assert!(good.starts_with("Al Kamel time cards"), "{good}");
    assert_eq!(
        b.eval("return document.getElementById('download').disabled")
            .await,
        json!(true)
    );
    // Removed, the good file alone makes a chart.
    b.find("#file-list .bad button")
        .await
        .click()
        .await
        .expect("a click");
    b.find("#preview >>> .qc-live [data-car=\"31\"]").await;
    // In German: the preview's words and figures, and the embed's language.
    b.find("#f-lang")
        .await
        .select_by_value("de")
        .await
        .expect("a language");
    let story = b
        .until(
            5,
            "const s = deep('#preview >>> .qc-live[lang=de] [data-qc=story]')[0]; return s ? s.textContent : null;",
        )
        .await;
    assert!(
        story
            .as_str()
            .is_some_and(|s| s.starts_with("Pipo Derani (Whelen Engineering Cadillac Racing, Nr. 31) fuhr mit 1:32,656 die schnellste Zeit.")),
        "{story}"
    );
    let code = b
        .until(
            5,
            "const v = document.getElementById('code-iframe').value; return v.includes('lang=de') ? v : null;",
        )
        .await;
    assert!(!code.is_null(), "the iframe embed names the language");
    // Coloured by manufacturer: the preview's legend names the makes, and each embed says so.
    b.find("#f-colour")
        .await
        .select_by_value("manufacturer")
        .await
        .expect("a colouring");
    let legend = b
        .until(
            5,
            "const l = deep('#preview >>> .qc-live [data-qc=legend]')[0]; return l && l.textContent.includes('Cadillac') ? l.querySelectorAll('li').length : null;",
        )
        .await;
    assert!(legend.as_u64().is_some_and(|n| n >= 2), "{legend}");
    let code = b
        .until(
            5,
            "const v = document.getElementById('code-element').value; return v.includes('data-colour-by=\"manufacturer\"') ? v : null;",
        )
        .await;
    assert!(!code.is_null(), "the element embed names the colouring");
    // Cars to compare that the session does not have: told beside the field, in the words of
    // `render --compare`, and nothing to publish until it is fixed.
    typed(&b, "#f-compare", "31, 999").await;
    let marked = b
        .until(
            5,
            "const f = document.getElementById('f-compare'); const p = document.getElementById('f-compare-problem'); \
             return f.getAttribute('aria-invalid') === 'true' && p && f.getAttribute('aria-describedby').includes(p.id) ? p.textContent : null;",
        )
        .await;
    assert_eq!(marked, json!("no car numbered \"999\" in this session"));
    assert_eq!(
        b.text("#problem[role=alert]").await,
        "Compare cars: no car numbered \"999\" in this session"
    );
    assert_eq!(
        b.eval("return document.getElementById('download').disabled")
            .await,
        json!(true)
    );
    // Fixed: the chart opens with #31 compared.
    b.eval("const f = document.getElementById('f-compare'); f.value = '31'; f.dispatchEvent(new Event('change', { bubbles: true })); return true;")
        .await;
    let code = b
        .until(
            5,
            "const v = document.getElementById('code-element').value; return v.includes('data-compare=\"31\"') && !document.getElementById('f-compare-problem') ? v : null;",
        )
        .await;
    assert!(!code.is_null(), "the element embed names the compared car");
    // A record time that is not a time: the core's message beside that field.
    b.find("#add-record").await.click().await.expect("a click");
    typed(&b, "#records [name=time]", "1:3x.000").await;
    let marked = b
        .until(
            5,
            "const f = document.querySelector('#records [name=time]'); const p = document.getElementById(f.id + '-problem'); \
             return f.getAttribute('aria-invalid') === 'true' && p && f.getAttribute('aria-describedby').includes(p.id) ? p.textContent : null;",
        )
        .await;
    assert_eq!(
        marked,
        json!("\"1:3x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)")
    );
    // The whole message, as the CLI words it, is announced.
    assert_eq!(
        b.text("#problem[role=alert]").await,
        "the merged session is not valid: records[0].time: \"1:3x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"
    );
    // A phone's width: nothing wider than the screen, and the audit passes.
    assert_eq!(
        b.eval("const d = document.documentElement; return [d.clientWidth, d.scrollWidth]")
            .await,
        json!([360, 360])
    );
    let violations = b.axe().await;
    assert_eq!(violations, json!([]), "axe-core on the builder at 360 px");
    b.stop().await;
}
