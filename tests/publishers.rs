//! End to end, for publishers: the three embeds, links in the text (`#qc=`), the host-page and
//! postMessage API, the static fallback against the live chart, downloads, and an axe-core
//! accessibility audit, on the built site (`dist/`) in headless Chromium.
//!
//! Runs with `cargo test --features e2e --test publishers` (`./x test` builds the site and
//! installs axe-core under `target/axe` first).

mod browser;

use std::time::Duration;

use browser::{serve, Browser, DEEP};
use fantoccini::Locator;
use serde_json::json;

const GTP: &str = "main > .chart-figure:nth-of-type(1) [data-qualichart]";

#[tokio::test(flavor = "current_thread")]
async fn custom_element_and_a_chart_added_later_come_alive() {
    let b = Browser::start(1280, 1600).await;
    b.open("/embeds.html").await;
    // <quali-chart src="…f1…"> in the dark theme.
    let pole = b.text("quali-chart >>> .qc-live [data-car=\"1\"]").await;
    assert!(
        pole.contains("Verstappen") && pole.contains("1:10.567"),
        "{pole}"
    );
    // A div added after the page loaded is found and mounted.
    b.find("#add-chart").await.click().await.expect("a click");
    let gtd = b
        .find("#added [data-qualichart] >>> [data-car=\"12\"]")
        .await;
    let label = gtd.attr("aria-label").await.expect("attribute read");
    assert_eq!(label.as_deref(), Some("P1, #12 Parker Thompson, 1:44.494"));
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_iframe_sizes_itself_and_takes_commands() {
    let b = Browser::start(1280, 1600).await;
    b.open("/embeds.html").await;
    let frame = b.find("#frame-embed iframe").await;
    frame.clone().enter_frame().await.expect("into the iframe");
    b.find("[data-qualichart] >>> [data-car=\"63\"]").await;
    // The 2025 GTP chart shows #63's deleted lap as a ghost.
    b.find("[data-qualichart] >>> [data-ghost=\"63\"]").await;
    b.client.enter_parent_frame().await.expect("back out");
    // The frame posted its height and embed-parent.js believed it: far more than the default.
    let height = b
        .until(
            5,
            "const h = document.querySelector('#frame-embed iframe').getBoundingClientRect().height; return h > 700 ? h : null;",
        )
        .await
        .as_f64()
        .unwrap_or(0.0);
    assert!(height > 700.0, "iframe height {height}");
    // A message from the page lights up #63 inside the frame.
    b.find("#frame-highlight")
        .await
        .click()
        .await
        .expect("a click");
    frame.enter_frame().await.expect("into the iframe");
    let details = b
        .text("[data-qualichart] >>> [data-qc=\"details\"] h3")
        .await;
    assert!(details.contains("#63"), "{details}");
    // A message moves the frame's replay to a moment of the session.
    b.client.enter_parent_frame().await.expect("back out");
    b.eval(
        "qualichartFrames.send(document.querySelector('#frame-embed iframe'), {action: 'seek', at: '5:00'})",
    )
    .await;
    frame.enter_frame().await.expect("into the iframe");
    let value = b
        .until(
            5,
            "const s = deep('[data-qualichart] >>> [data-qc=replay] input')[0]; \
             const v = s ? s.getAttribute('aria-valuetext') : ''; return v.startsWith('5:00 of ') ? v : null;",
        )
        .await;
    let value = value.as_str().unwrap_or_default();
    assert!(value.starts_with("5:00 of "), "replay at {value:?}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn links_in_the_text_light_up_and_compare_cars() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html#qc=7").await;
    let details = b
        .text(&format!("{GTP} >>> .qc-live [data-qc=\"details\"] h3"))
        .await;
    assert!(
        details.contains("#7") && details.contains("Nasr"),
        "{details}"
    );
    // The article's "a Cadillac front row" link: #qc=31,01 compares the two.
    b.client
        .find(Locator::LinkText("a Cadillac front row"))
        .await
        .expect("the link")
        .click()
        .await
        .expect("a click");
    let compare = b
        .text(&format!("{GTP} >>> .qc-live [data-qc=\"compare\"]"))
        .await;
    assert!(
        compare.contains("#31 Derani") && compare.contains("#01 Bourdais"),
        "{compare}"
    );
    // And the script API.
    b.eval("qualichart.clear(); qualichart.highlight('25')")
        .await;
    let details = b
        .text(&format!("{GTP} >>> .qc-live [data-qc=\"details\"] h3"))
        .await;
    assert!(details.contains("#25"), "{details}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_static_fallback_draws_the_same_marks_as_the_live_chart() {
    // The page as shipped: the prerendered chart, before any script.
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/index.html"),
    )
    .expect("dist/index.html (./x build)");
    let fallback = page
        .split("data-qc-fallback")
        .nth(1)
        .expect("a prerendered chart in the page");
    let fallback = fallback
        .split("<g class=\"qc-rows\">")
        .nth(1)
        .expect("the chart's rows");
    let fallback = &fallback[..fallback.find("</svg>").expect("its SVG")];
    let shipped: Vec<String> = fallback
        .split("<g data-car=\"")
        .skip(1)
        .map(|mark| {
            let label = mark.split("aria-label=\"").nth(1).unwrap_or_default();
            label[..label.find('"').unwrap_or(0)].to_owned()
        })
        .collect();
    assert_eq!(shipped.len(), 9, "nine timed GTP cars in the fallback");
    assert_eq!(shipped[0], "P1, #31 Pipo Derani, 1:32.656");

    let b = Browser::start(640 + 40, 1600).await;
    b.open("/index.html").await;
    b.find(&format!("{GTP} >>> .qc-live [data-car=\"31\"]"))
        .await;
    let live = b.eval(&format!("{DEEP} return deep('{GTP} >>> .qc-live g.qc-row[data-car]').map(m => m.getAttribute('aria-label'))"),
    )
    .await;
    assert_eq!(live, json!(shipped));
    // The fallback is gone once the live chart is there: one chart per element.
    let fallbacks = b
        .eval(&format!(
            "return document.querySelectorAll('{GTP} [data-qc-fallback]').length"
        ))
        .await;
    assert_eq!(fallbacks, json!(0));
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_svg_download_is_the_chart_with_its_styles() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    b.find(&format!("{GTP} >>> .qc-live [data-car=\"31\"]"))
        .await;
    // The download the loader makes, kept instead of saved.
    let file = b
        .download(&format!("{GTP} >>> .qc-live [data-qc-download=\"svg\"]"))
        .await;
    let name = file["name"].as_str().unwrap_or_default();
    let svg = file["text"].as_str().unwrap_or_default();
    assert_eq!(name, "daytona-2024-qualifying.svg");
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(200)]);
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("<style>") && svg.contains(".qc-chart .qc-grid"));
    assert!(svg.contains("aria-label=\"P1, #31 Pipo Derani, 1:32.656\""));
    // The chart's title above it, as text (the bundled session has no credit line).
    assert!(
        svg.contains(">Rolex 24 At Daytona · Qualifying</text>"),
        "{}",
        &svg[..svg.len().min(600)]
    );
    // A session URL with a query or fragment names the files the same: the widget's rule
    // (`data-qc-file`), which the CSV link follows too.
    serve(
        "query-src.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>query</title>
<script type="module" src="/qualichart/qualichart.js"></script></head>
<body><div id="q" data-qualichart data-src="/sessions/daytona-2024-qualifying.json?v=2#top" data-class="GTP"></div></body></html>"#,
    );
    b.open("/e2e/query-src.html").await;
    let file = b
        .download("#q >>> .qc-live [data-qc-download=\"png\"]")
        .await;
    assert_eq!(file["name"], json!("daytona-2024-qualifying.png"));
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn axe_finds_no_wcag_violations() {
    for (page, ready) in [
        (
            "/index.html",
            "[data-qualichart] >>> .qc-live [data-car=\"31\"]",
        ),
        ("/embeds.html", "quali-chart >>> .qc-live [data-car=\"1\"]"),
    ] {
        for (width, height) in [(1280, 1000), (360, 800)] {
            let b = Browser::start(width, height).await;
            b.open(page).await;
            b.read_to_the_end().await;
            b.find(ready).await;
            // A car's details and a comparison open, the table shown: the states a reader meets.
            let open = "qualichart.compare(['31', '01']); \
                [...deep('[data-qualichart] >>> details.qc-table'), ...deep('quali-chart >>> details.qc-table')].forEach(d => d.open = true)";
            b.eval(&format!("{DEEP} {open}")).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let result = b.axe().await;
            assert_eq!(
                result,
                json!([]),
                "{page} at {width} px: {}",
                serde_json::to_string_pretty(&result).unwrap_or_default()
            );
            b.stop().await;
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn custom_properties_and_data_theme_reach_into_the_chart() {
    let b = Browser::start(1280, 1000).await;
    b.open("/embeds.html").await;
    b.read_to_the_end().await;
    b.find("quali-chart >>> .qc-live [data-car=\"1\"]").await;
    // data-theme="dark" on <quali-chart>: the dark palette inside its shadow root.
    let dark = b.eval("return getComputedStyle(document.querySelector('quali-chart').shadowRoot.querySelector('.qc-chart')).backgroundColor",
    )
    .await;
    assert_eq!(dark, json!("rgb(24, 24, 28)"));
    // The site switches to dark mode on <html>, and back: the charts follow.
    let background = "return getComputedStyle(document.querySelector('#div-embed [data-qualichart]').shadowRoot.querySelector('.qc-chart')).backgroundColor";
    b.find("#div-embed [data-qualichart] >>> .qc-live [data-car]")
        .await;
    let light = b.eval(background).await;
    b.eval("document.documentElement.dataset.theme = 'dark'")
        .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(b.eval(background).await, json!("rgb(24, 24, 28)"));
    b.eval("delete document.documentElement.dataset.theme")
        .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(b.eval(background).await, light);
    // A publisher's own --qc-* on the element wins over the widget's defaults.
    let custom = b
        .eval(
            "const host = document.querySelector('#div-embed [data-qualichart]'); \
         host.style.setProperty('--qc-bg', 'rgb(1, 2, 3)'); \
         return getComputedStyle(host.shadowRoot.querySelector('.qc-chart')).backgroundColor",
        )
        .await;
    assert_eq!(custom, json!("rgb(1, 2, 3)"));
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_live_chart_takes_over_without_moving_the_page() {
    // The session is slow to come (3 s), so the prerendered chart is what the reader sees
    // first, at a phone's width and a desktop's.
    for width in [360, 1280] {
        let b = Browser::start(width, 900).await;
        b.open("/index.html?src=/fault/slow/3000/sessions/daytona-2024-qualifying.json")
            .await;
        let heights = "return [...document.querySelectorAll('[data-qualichart]')].map(e => e.getBoundingClientRect().height)";
        let before = b.eval(heights).await;
        // Of the static chart's buttons, those the loader answers or hands to the live chart
        // (the classes, all cars) are shown; the rest (downloads) are laid out but not shown,
        // and not in the tab order.
        let shown = b
            .eval("return [...document.querySelectorAll('[data-qc-fallback] button')].filter(x => getComputedStyle(x).visibility !== 'hidden').map(x => x.closest('[data-qc-static]') ? 'handed over' : x.textContent)")
            .await;
        let shown = shown.as_array().expect("a list");
        assert!(
            !shown.is_empty() && shown.iter().all(|b| b == "handed over"),
            "at {width} px: {shown:?}"
        );
        assert_eq!(
            b.count("[data-qc-fallback] .qc-live").await,
            0,
            "still the static chart at {width} px"
        );
        b.find(&format!("{GTP} >>> .qc-live [data-car=\"31\"]"))
            .await;
        let after = b.eval(heights).await;
        assert_eq!(
            before, after,
            "heights before and after the live chart, at {width} px"
        );
        let shifts = b
            .eval_async("const done = arguments[0]; new PerformanceObserver((list) => done(list.getEntries().map(e => e.value))).observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done([]), 500);")
            .await;
        assert_eq!(shifts, json!([]), "layout shifts at {width} px");
        b.stop().await;
    }
}

/// The iframe tells its height in the three dialects hosts understand: its own, AMP's
/// `embed-size`, and Datawrapper's `datawrapper-height` keyed by the `id` parameter; all three
/// the same height, the frame's content.
#[tokio::test(flavor = "current_thread")]
async fn the_iframe_tells_its_height_to_amp_and_datawrapper_hosts_too() {
    browser::serve(
        "heights.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>heights</title></head><body>
<iframe title="chart" style="width:640px;height:200px;border:0" src="/embed.html?src=sessions/daytona-2024-qualifying.json&amp;class=GTP&amp;id=rolex-gtp"></iframe>
<script>window.heard = []; addEventListener('message', (e) => window.heard.push(e.data));</script>
</body></html>"#,
    );
    let b = Browser::start(1280, 1000).await;
    b.open("/e2e/heights.html").await;
    let heard = b
        .until(
            10,
            "const h = window.heard; \
             const own = h.filter(m => m && m.type === 'qualichart:height').pop(); \
             const amp = h.filter(m => m && m.sentinel === 'amp' && m.type === 'embed-size').pop(); \
             const dw = h.filter(m => m && m['datawrapper-height']).pop(); \
             return own && amp && dw && own.height > 700 ? { own: own.height, amp: amp.height, dw: dw['datawrapper-height'] } : null;",
        )
        .await;
    let own = heard["own"].as_u64().unwrap_or(0);
    assert!(own > 700, "the chart's height: {heard}");
    assert_eq!(heard["amp"], json!(own), "{heard}");
    assert_eq!(heard["dw"], json!({ "rolex-gtp": own }), "{heard}");
    b.stop().await;
}

/// "Get the data (CSV)": a click hands the link the scope's table as a `data:` URL, named after
/// the session's file, whose text is the table the reader sees (every car, not only the shown).
#[tokio::test(flavor = "current_thread")]
async fn the_csv_download_is_the_table() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    b.find(&format!("{GTP} >>> .qc-live [data-car=\"31\"]"))
        .await;
    let link = format!("{GTP} >>> .qc-live [data-qc=\"data-csv\"]");
    b.eval(&format!("{DEEP} deep('{link}')[0].click();")).await;
    let got = b
        .eval(&format!(
            "{DEEP} const a = deep('{link}')[0]; const href = a.getAttribute('href'); \
             return {{ name: a.getAttribute('download'), head: href.slice(0, 30), text: decodeURIComponent(href.slice(href.indexOf(',') + 1)) }};"
        ))
        .await;
    assert_eq!(got["name"], json!("daytona-2024-qualifying.csv"));
    assert_eq!(got["head"], json!("data:text/csv;charset=utf-8,%E"));
    let text = got["text"].as_str().unwrap_or_default();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[..3],
        [
            "Pos,Class,Car,Driver,Best,Gap,Int.,%,Metres,Ideal,Left on table,Ideal gap,Note",
            "P1,GTP,#31,Pipo Derani,1:32.656,pole,–,100.000,–,1:32.490,+0.166,+0.000,",
            "P2,GTP,#01,Sebastien Bourdais,1:32.727,+0.071,+0.071,100.077,4.4 m,1:32.649,+0.078,+0.159,",
        ]
    );
    assert_eq!(
        lines.len(),
        12,
        "a header, ten cars and the last line's end"
    );
    b.stop().await;
}

/// A chart speaks its page's language (`lang` on it or an ancestor): the demo's French and
/// German charts read in French and German before script (prerendered) and after; each
/// language's words are fetched once, only by a page that has a chart in it; a language
/// qualichart does not speak is English, said once on the console.
#[tokio::test(flavor = "current_thread")]
async fn charts_speak_their_pages_language_and_fetch_only_its_words() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    b.read_to_the_end().await;
    let french = "[lang=fr] [data-qualichart]";
    let german = "[lang=de] [data-qualichart]";
    // The static charts the page shipped (`prerender`, `--lang` in their markers) are already
    // French and German.
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/index.html"),
    )
    .expect("dist/index.html (./x build)");
    for sentence in [
        "Pipo Derani a signé la pole GTP sur Cadillac V-Series.R n°31, en 1:32,656.",
        "Pipo Derani (Cadillac V-Series.R, Nr. 31) holte mit 1:32,656 die Pole in der Klasse GTP.",
        "Pipo Derani took GTP pole in the #31 Cadillac V-Series.R, 1:32.656.",
    ] {
        assert!(page.contains(sentence), "{sentence}");
    }
    // The live charts too, with the language's decimal mark in every figure.
    let live = |css: &str| {
        format!("return deep('{css} >>> .qc-live [data-qc=story]')[0]?.textContent ?? null;")
    };
    let live_fr = b.until(10, &live(french)).await;
    assert!(
        live_fr
            .as_str()
            .is_some_and(|s| s.contains("Deuxième temps pour Sebastien Bourdais")
                && s.contains("à 0,071 seconde")),
        "{live_fr}"
    );
    let label = b
        .find(&format!("{german} >>> .qc-live [data-car=\"01\"]"))
        .await
        .attr("aria-label")
        .await
        .expect("attribute read")
        .unwrap_or_default();
    assert!(
        label.contains("1:32,727") && label.contains("+0,071"),
        "{label}"
    );
    // The English charts beside them stay English.
    let english = b
        .until(
            10,
            &live("main > .chart-figure:nth-of-type(1) [data-qualichart]"),
        )
        .await;
    assert!(
        english
            .as_str()
            .is_some_and(|s| s.starts_with("Pipo Derani took GTP pole")),
        "{english}"
    );
    let words = "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.ftl')).map(n => n.split('/').slice(-2).join('/')).sort();";
    assert_eq!(b.eval(words).await, json!(["lang/de.ftl", "lang/fr.ftl"]));

    // An English page fetches no words at all.
    b.open("/embeds.html").await;
    b.find("quali-chart >>> .qc-live [data-car=\"1\"]").await;
    assert_eq!(b.eval(words).await, json!([]));

    // Two charts in Japanese (not spoken: English, one note) and one in Brazilian Portuguese.
    let chart = "<div data-qualichart data-src=\"/sessions/daytona-2024-qualifying.json\" data-class=\"GTP\"></div>";
    serve(
        "languages.html",
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <script src=\"notes.js\"></script>\
             <script type=\"module\" src=\"/qualichart/qualichart.js\"></script></head><body>\
             <div lang=\"ja\" id=\"ja\">{chart}</div><div lang=\"ja-JP\" id=\"jp\">{chart}</div>\
             <div lang=\"pt-BR\" id=\"pt\">{chart}</div></body></html>"
        ),
    );
    serve(
        "notes.js",
        "window.notes = []; const info = console.info; console.info = (...a) => { window.notes.push(a.join(' ')); info(...a); };",
    );
    b.open("/e2e/languages.html").await;
    let pt = b.until(10, &live("#pt [data-qualichart]")).await;
    assert!(
        pt.as_str().is_some_and(|s| s.starts_with(
            "Pipo Derani (Cadillac V-Series.R nº 31) conquistou a pole da classe GTP com 1:32,656."
        )),
        "{pt}"
    );
    for id in ["ja", "jp"] {
        let story = b
            .until(10, &live(&format!("#{id} [data-qualichart]")))
            .await;
        assert!(
            story
                .as_str()
                .is_some_and(|s| s.starts_with("Pipo Derani took GTP pole")),
            "{id}: {story}"
        );
    }
    let notes = b.eval("return window.notes;").await;
    assert_eq!(
        notes,
        json!(["qualichart: charts in \"ja\" are shown in English: qualichart speaks en, fr, de, es, it, pt."]),
    );
    assert_eq!(b.eval(words).await, json!(["lang/ja.ftl", "lang/pt.ftl"]));
    b.stop().await;
}

/// Each drawn bar's fill by car, in the live chart of the element `chart`.
fn fills_script(chart: &str) -> String {
    format!(
        "{DEEP} return Object.fromEntries(deep('{chart} >>> .qc-live g.qc-row[data-car]').map(g => [g.dataset.car, g.querySelector('.qc-bar').getAttribute('fill')]));"
    )
}

/// The legend of the live chart in `chart`: its accessible name, its names, its colours, and
/// whether every swatch is hidden from screen readers; `null` when there is none.
fn legend_script(chart: &str) -> String {
    format!(
        "{DEEP} const l = deep('{chart} >>> .qc-live [data-qc=legend]')[0]; if (!l) return null; \
         return {{ list: l.tagName, label: l.getAttribute('aria-label'), \
                  names: [...l.querySelectorAll('li')].map(li => li.textContent), \
                  fills: [...l.querySelectorAll('li rect')].map(r => r.getAttribute('fill')), \
                  hidden: [...l.querySelectorAll('li svg')].every(s => s.getAttribute('aria-hidden') === 'true') }};"
    )
}

/// `data-colour-by="manufacturer"`, as the demo's GTP chart has it: the two Cadillacs in one
/// colour, the Porsches in another, and a legend that says which is which, at a desktop's width
/// and a phone's (where it wraps rather than scroll sideways).
#[tokio::test(flavor = "current_thread")]
async fn a_chart_coloured_by_manufacturer_says_which_colour_is_which() {
    for width in [1280, 360] {
        let b = Browser::start(width, 1600).await;
        b.open("/index.html").await;
        b.find(&format!("{GTP} >>> .qc-live [data-car=\"31\"]"))
            .await;
        let fills = b.eval(&fills_script(GTP)).await;
        assert_eq!(fills["31"], fills["01"], "two Cadillacs: {fills}");
        assert_ne!(fills["7"], fills["31"], "a Porsche and a Cadillac: {fills}");
        assert_eq!(fills["7"], fills["6"], "two Porsches: {fills}");
        let legend = b.eval(&legend_script(GTP)).await;
        assert_eq!(
            (&legend["list"], &legend["label"], &legend["hidden"]),
            (&json!("UL"), &json!("Manufacturers"), &json!(true))
        );
        assert_eq!(
            legend["names"],
            json!(["Cadillac", "Porsche", "BMW", "Acura"])
        );
        assert_eq!(legend["fills"][0], fills["31"]);
        assert_eq!(legend["fills"][1], fills["7"]);
        // The downloaded file says it too: the same key under its title, names as text.
        let file = b
            .download(&format!("{GTP} >>> .qc-live [data-qc-download=\"svg\"]"))
            .await;
        let svg = file["text"].as_str().unwrap_or_default();
        let key = svg
            .split("<g class=\"qc-file-legend\">")
            .nth(1)
            .and_then(|rest| rest.split("</g>").next())
            .unwrap_or_else(|| panic!("a key in the file at {width} px"));
        let names: Vec<&str> = key
            .split("</text>")
            .filter_map(|t| t.rsplit('>').next())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(names, ["Cadillac", "Porsche", "BMW", "Acura"], "{key}");
        let cadillac = format!("fill=\"{}\"", fills["31"].as_str().unwrap_or_default());
        assert!(key.contains(&cadillac), "{cadillac} in {key}");
        // Nothing wider than the screen: the page does not scroll sideways.
        let wide = b
            .eval(&format!(
                "{DEEP} const l = deep('{GTP} >>> .qc-live [data-qc=legend]')[0]; \
                 return [document.documentElement.scrollWidth, window.innerWidth, Math.ceil(l.getBoundingClientRect().right)];"
            ))
            .await;
        assert!(
            wide[0].as_u64() <= wide[1].as_u64() && wide[2].as_u64() <= wide[1].as_u64(),
            "at {width} px: {wide}"
        );
        // The all-classes chart below is coloured by class, as before: no legend.
        let all = "main > .chart-figure:nth-of-type(2) [data-qualichart]";
        b.find(&format!("{all} >>> .qc-live [data-car=\"31\"]"))
            .await;
        assert_eq!(b.eval(&legend_script(all)).await, json!(null));
        b.stop().await;
    }
}

/// The other ways in: `colour-by` on `<quali-chart>`, the iframe's `colour-by` parameter and
/// `qualichart.render`'s option; a value the chart does not know is ignored (coloured by
/// class, no legend) with one note in the console, and is never markup.
#[tokio::test(flavor = "current_thread")]
async fn every_embed_takes_the_colouring_and_ignores_a_bad_one() {
    browser::serve(
        "colours.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>colours</title>
<script>window.notes = []; const info = console.info; console.info = (...a) => { window.notes.push(a.join(' ')); info.apply(console, a); };</script>
<script type="module" src="../qualichart/qualichart.js"></script></head><body>
<div id="bad" data-qualichart data-src="../sessions/daytona-2024-qualifying.json" data-class="GTP" data-colour-by="&lt;img src=x onerror=window.pwned=1&gt;"></div>
<quali-chart id="teams" src="../sessions/f1-2023-dutch-qualifying.json" colour-by="team"></quali-chart>
<div id="api"></div>
<iframe title="chart" style="width:640px;height:900px;border:0" src="/embed.html?src=sessions/daytona-2024-qualifying.json&amp;class=GTP&amp;colour-by=manufacturer"></iframe>
</body></html>"#,
    );
    let b = Browser::start(1280, 1600).await;
    b.open("/e2e/colours.html").await;
    // A bad value: coloured by class, no legend, one note naming it.
    b.find("#bad >>> .qc-live [data-car=\"31\"]").await;
    let fills = b.eval(&fills_script("#bad")).await;
    let colours: std::collections::BTreeSet<String> = fills
        .as_object()
        .map(|m| m.values().map(|v| v.to_string()).collect())
        .unwrap_or_default();
    assert_eq!(colours.len(), 1, "one class, one colour: {fills}");
    assert_eq!(b.eval(&legend_script("#bad")).await, json!(null));
    let notes = b.eval("return window.notes").await;
    assert_eq!(
        notes,
        json!([
            r#"qualichart: data-colour-by "<img src=x onerror=window.pwned=1>" is not a colouring (expected "class", "manufacturer" or "team"); the chart is coloured by class"#
        ]),
    );
    assert_eq!(b.eval("return window.pwned ?? null").await, json!(null));
    // <quali-chart colour-by="team">: Red Bull's two cars in one colour, Ferrari's in another,
    // and the ten teams in the legend.
    b.find("#teams >>> .qc-live [data-car=\"1\"]").await;
    let fills = b.eval(&fills_script("#teams")).await;
    assert_eq!(fills["1"], fills["11"], "Red Bull: {fills}");
    assert_eq!(fills["16"], fills["55"], "Ferrari: {fills}");
    assert_ne!(fills["1"], fills["16"], "{fills}");
    let teams = b.eval(&legend_script("#teams")).await;
    assert_eq!(teams["label"], json!("Teams"));
    assert_eq!(teams["names"][0], json!("Red Bull"));
    assert_eq!(teams["names"].as_array().map(Vec::len), Some(10));
    // qualichart.render's option.
    b.eval_async(
        "const done = arguments[0]; fetch('../sessions/daytona-2024-qualifying.json').then(r => r.json()) \
         .then(s => window.qualichart.render(document.getElementById('api'), s, 'GTP', { colourBy: 'manufacturer' })).then(() => done(true));",
    )
    .await;
    b.find("#api >>> .qc-live [data-car=\"31\"]").await;
    let api = b.eval(&legend_script("#api")).await;
    assert_eq!(api["names"][0], json!("Cadillac"));
    // The iframe's parameter.
    let framed = b
        .until(
            15,
            "const doc = document.querySelector('iframe').contentDocument; \
             const root = doc && doc.querySelector('[data-qualichart]'); \
             const l = root && root.shadowRoot && root.shadowRoot.querySelector('[data-qc=legend]'); \
             return l ? [...l.querySelectorAll('li')].map(li => li.textContent) : null;",
        )
        .await;
    assert_eq!(framed, json!(["Cadillac", "Porsche", "BMW", "Acura"]));
    // Only the bad value said anything.
    assert_eq!(b.eval("return window.notes.length").await, json!(1));
    b.stop().await;
}

/// A chart that starts with cars compared, in every embed: `data-compare` on the element,
/// `compare` on `<quali-chart>` and the iframe's `compare` parameter. The first four numbers
/// the list names are taken, and a number the session does not have is passed over, as a
/// `#qc=` link's is. The prerendered fallback draws the same (`tests/render.rs`,
/// `a_marker_compares_cars_as_render_does`).
#[tokio::test(flavor = "current_thread")]
async fn every_embed_can_start_with_cars_compared() {
    browser::serve(
        "compared.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compared</title>
<script type="module" src="../qualichart/qualichart.js"></script></head><body>
<div id="pair" data-qualichart data-src="../sessions/daytona-2024-qualifying.json" data-class="GTP" data-compare="31,01"></div>
<quali-chart id="four" src="../sessions/daytona-2024-qualifying.json" class-id="GTP" compare=" 7, 999 ,25,, 40, 31"></quali-chart>
<iframe title="chart" style="width:640px;height:1400px;border:0" src="/embed.html?src=sessions/daytona-2024-qualifying.json&amp;class=GTP&amp;compare=01,31"></iframe>
<div id="f1" data-qualichart data-src="../sessions/f1-2023-dutch-qualifying.json" data-compare="1,4"></div>
</body></html>"#,
    );
    let b = Browser::start(1280, 1600).await;
    b.open("/e2e/compared.html").await;
    // The cars picked, in the comparison's order, and the cars the laps chart draws.
    let picked = |root: &str| {
        format!(
            "const live = deep('{root} >>> .qc-live')[0];
             const rows = live && [...live.querySelectorAll('[data-qc=\"compare\"] tbody tr th')].map((th) => th.textContent);
             const laps = live && new Set([...live.querySelectorAll('[data-lap-car]')].map((m) => m.getAttribute('data-lap-car')));
             return rows && rows.length && laps && laps.size ? {{ rows, laps: [...laps].sort() }} : null;"
        )
    };
    let pair = b.until(10, &picked("#pair")).await;
    assert_eq!(
        pair,
        json!({ "rows": ["#31 Derani", "#01 Bourdais"], "laps": ["01", "31"] })
    );
    // The first four named: #7, #999 (not in the session, passed over), #25, #40; #31 is fifth.
    let four = b.until(10, &picked("#four")).await;
    assert_eq!(
        four,
        json!({ "rows": ["#7 Nasr", "#25 De Phillippi", "#40 Deletraz"], "laps": ["25", "40", "7"] })
    );
    let framed = b
        .until(
            15,
            "const doc = document.querySelector('iframe').contentDocument;
             const root = doc && doc.querySelector('[data-qualichart]');
             const live = root && root.shadowRoot && root.shadowRoot.querySelector('.qc-live');
             const rows = live && [...live.querySelectorAll('[data-qc=\"compare\"] tbody tr th')].map((th) => th.textContent);
             return rows && rows.length ? rows : null;",
        )
        .await;
    assert_eq!(framed, json!(["#01 Bourdais", "#31 Derani"]));
    // A results feed without laps (best times per part only): compared, and the laps panel
    // says there is nothing to draw instead of an empty plot.
    let f1 = b
        .until(
            10,
            "const live = deep('#f1 >>> .qc-live')[0]; \
             const none = live && live.querySelector('[data-qc=\"laps-none\"]'); \
             return none && [live.querySelectorAll('[data-qc=\"compare\"] tbody tr').length, live.querySelectorAll('[data-qc=\"laps-chart\"]').length, none.textContent];",
        )
        .await;
    assert_eq!(
        f1,
        json!([2, 0, "No lap of these cars can be drawn: the timing gives none with a time and a session time."])
    );
    b.stop().await;
}
