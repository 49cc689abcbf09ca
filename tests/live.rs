//! The session as it happens, in headless Chromium on the built site: a live chart following a
//! growing session (the test server reveals the real Daytona 2024 session lap by lap at many
//! times real speed, with ETags, a 500 and a truncated body on the way), and the replay slider.
//!
//! Runs with `cargo test --features e2e --test live` (`./x test` builds the site first).

mod browser;

use std::sync::atomic::Ordering;
use std::time::Duration;

use browser::{serve, Browser, DEEP};
use serde_json::{json, Value};

/// Waits up to `seconds` for `script` (returning a value) to return something other than
/// `null` or `false`; returns it.
/// On a timeout it fails with what the page showed.
async fn until(b: &Browser, seconds: u64, script: &str) -> Value {
    let value = b.until(seconds, script).await;
    if value.is_null() {
        let seen = b
            .eval(&format!("{DEEP} {SHOWN} return [shown('live'), deep('[data-qualichart] >>> .qc-live').map(e => e.textContent.slice(0, 300))];"))
            .await;
        panic!("not within {seconds} s: {script}\nthe page: {seen}");
    }
    value
}

/// What a chart (`#id`) shows: its cars in drawn order, its badge, its story, its news.
const SHOWN: &str = "const shown = (id) => { const r = deep(`#${id} >>> .qc-live`)[0]; if (!r) return null;
  const q = (s) => r.querySelector(s);
  return { cars: [...r.querySelectorAll('g.qc-row[data-car]')].map(g => g.dataset.car),
           timed: r.querySelectorAll('g.qc-row .qc-bar').length,
           badge: q('[data-qc=live]')?.textContent ?? null, story: q('[data-qc=story]')?.textContent ?? '',
           news: q('[data-qc=news]')?.textContent ?? '', error: q('[data-qc=error]')?.textContent ?? null }; };";

#[tokio::test(flavor = "current_thread")]
async fn a_live_chart_follows_the_session_and_keeps_its_last_good_chart() {
    // 55:00 into the session at the first request (the GTP cars' runs had begun at 52:40),
    // then 100 times real time: the session's end (1:04:09) comes 5.5 s later. The 2nd request
    // fails with a 500, the 3rd is cut in half. Beside it, the 2025 session held still at 1:20:00.
    serve(
        "live.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>live</title>
<script type="module" src="/qualichart/qualichart.js"></script></head><body>
<div id="live" data-qualichart data-src="/live/100/sessions/daytona-2024-qualifying.json?from=3300&fail=2&cut=3" data-class="GTP" data-live="5"></div>
<div id="still" data-qualichart data-src="/sessions/daytona-2024-qualifying.json" data-class="GTP"></div>
<div id="steady" data-qualichart data-src="/live/0/sessions/daytona-2025-qualifying.json?from=4800" data-class="GTP" data-live="5"></div>
</body></html>"#,
    );
    let b = Browser::start(1280, 2400).await;
    b.open("/e2e/live.html").await;
    let first = until(
        &b,
        15,
        // The badge comes with the live chart's first render after the load, or a moment
        // after: wait for both, so a busy machine does not catch the frame between.
        &format!(
            "{SHOWN} const s = shown('live'); return s && s.cars.length && s.badge ? s : null;"
        ),
    )
    .await;
    // At 55:00 #31 has only run its out lap; pole is provisional while the session runs.
    assert_eq!(
        first["cars"][0],
        json!("7"),
        "Nasr's Porsche leads at 55:00: {first}"
    );
    let story = first["story"].as_str().unwrap_or_default();
    assert!(
        story.starts_with("Felipe Nasr is on provisional GTP pole"),
        "{story}"
    );
    assert!(
        first["badge"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Live · updated"),
        "{first}"
    );
    // The reader compares two cars and opens the table: updates must leave both as they are.
    b.eval(&format!(
        "{DEEP} qualichart.compare(['31', '01'], '#live'); deep('#live >>> .qc-live details.qc-table')[0].open = true;"
    ))
    .await;
    // The failed and the cut update: the chart stays as it was, the badge says so.
    let failing = until(&b, 20, &format!("{SHOWN} const s = shown('live'); return s.badge === 'Live · update failed, retrying' ? s : null;")).await;
    assert_eq!(
        failing["cars"], first["cars"],
        "the last good chart stays up"
    );
    assert_eq!(failing["error"], Value::Null);
    // The neighbour never noticed.
    let still = b
        .eval(&format!("{DEEP} {SHOWN} return shown('still');"))
        .await;
    assert_eq!(still["cars"][0], json!("31"), "{still}");
    assert_eq!(still["badge"], Value::Null, "not live: no badge");
    // Then the session as it ended: #31 on pole, all nine under the record, the badge final,
    // and the new pole said once for screen readers. The news is written by an effect of the
    // update's render, so it shows one render after the badge: wait for both, or a busy
    // machine catches the frame between (CI did).
    let last = until(
        &b,
        60,
        &format!(
            "{SHOWN} const s = shown('live'); return s.badge === 'Final' && s.news ? s : null;"
        ),
    )
    .await;
    assert_eq!(last["cars"][0], json!("31"), "{last}");
    let story = last["story"].as_str().unwrap_or_default();
    assert!(
        story.contains("all nine GTP cars that set a time went under it"),
        "{story}"
    );
    let news = last["news"].as_str().unwrap_or_default();
    assert!(
        news.starts_with("New provisional pole: #31 Pipo Derani, 1:32.656."),
        "{news}"
    );
    // The comparison and the open table survived every update, and now hold the final figures.
    let kept = b
        .eval(&format!(
            "{DEEP} const r = deep('#live >>> .qc-live')[0]; return {{ compare: r.querySelector('[data-qc=compare]')?.textContent ?? '', table: r.querySelector('details.qc-table').open, laps: r.querySelectorAll('[data-qc=laps-chart] [data-lap-car]').length }};"
        ))
        .await;
    let compare = kept["compare"].as_str().unwrap_or_default();
    assert!(
        compare.contains("#31") && compare.contains("#01") && compare.contains("1:32.656"),
        "{compare}"
    );
    assert_eq!(kept["table"], json!(true), "the table stays open");
    assert!(kept["laps"].as_u64().unwrap_or(0) >= 2, "{kept}");
    // The final chart is the finished session's: the same cars in the same order as the
    // neighbour drawn from the whole file.
    assert_eq!(last["cars"], still["cars"]);
    // A session that does not change costs a 304 each poll, and its badge ticks.
    let steady = b
        .eval(&format!("{DEEP} {SHOWN} return shown('steady');"))
        .await;
    let before = steady["badge"].as_str().unwrap_or_default().to_owned();
    assert!(
        browser::server::NOT_MODIFIED.load(Ordering::Relaxed) > 0,
        "no 304 yet"
    );
    tokio::time::sleep(Duration::from_secs(6)).await;
    let after = b
        .eval(&format!("{DEEP} {SHOWN} return shown('steady').badge;"))
        .await;
    assert_ne!(
        after.as_str().unwrap_or_default(),
        before,
        "the badge ticks"
    );
    b.stop().await;
}

/// The replay slider of the article's GTP chart: at its start no car has a time yet; at its end
/// the chart is the finished one, mark for mark.
#[tokio::test(flavor = "current_thread")]
async fn the_replay_moves_the_chart_through_the_session() {
    for width in [1280, 360] {
        let b = Browser::start(width, 1600).await;
        b.open("/index.html").await;
        let first = "main > .chart-figure:nth-of-type(1) [data-qualichart] >>> .qc-live";
        b.find(&format!("{first} [data-car=\"31\"]")).await;
        // Every element of the chart with its attributes (sorted: Yew may set them in another
        // order when it draws an element anew) and its own text.
        let marks = format!(
            "{DEEP} const r = deep('{first}')[0];
             return [...r.querySelectorAll('svg.qc-svg *')].map(e => e.localName + ' ' +
               [...e.attributes].map(a => a.name + '=' + a.value).sort().join(' ') + ' ' +
               [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join(''));"
        );
        let finished = b.eval(&marks).await;
        let slide = |value: &str| {
            format!(
                "{DEEP} const i = deep('{first} [data-qc=replay] input[type=range]')[0];
                 i.value = {value}; i.dispatchEvent(new Event('input', {{bubbles: true}}));"
            )
        };
        b.eval(&slide("0")).await;
        let said = |text: &str| {
            format!("const i = deep('{first} [data-qc=replay] input[type=range]')[0]; return i.getAttribute('aria-valuetext') === '{text}' || null;")
        };
        until(&b, 5, &said("0:00 of 1:04:09")).await;
        let bars = b
            .eval(&format!(
                "{DEEP} return deep('{first} g.qc-row .qc-bar').length;"
            ))
            .await;
        assert_eq!(bars, json!(0), "no times at the start, at {width} px");
        let story = b.text(&format!("{first} [data-qc=story]")).await;
        assert!(!story.contains("pole in the #31"), "{story}");
        // 58:00, inside the provisional-pole timeline's span: the timeline marks the moment.
        b.eval(&slide("3480")).await;
        until(&b, 5, &said("58:00 of 1:04:09")).await;
        let cursor = b
            .eval(&format!(
                "{DEEP} return deep('{first} [data-qc=timeline] [data-qc=moment]').length;"
            ))
            .await;
        assert_eq!(cursor, json!(1), "the timeline marks the moment");
        // The end: the finished chart, mark for mark.
        b.eval(&slide("i.max")).await;
        until(&b, 5, &said("1:04:09 of 1:04:09")).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(b.eval(&marks).await, finished, "at {width} px");
        // A link names a moment: #qc=@45:00.
        b.eval("location.hash = 'qc=@45:00'").await;
        until(&b, 5, &said("45:00 of 1:04:09")).await;
        b.stop().await;
    }
}

/// A live chart (its badge), the replay at a moment (the moment line, the End button) and a
/// comparison, at desktop and phone width: no WCAG 2.2 A/AA violation, and no sideways scroll
/// on the phone.
#[tokio::test(flavor = "current_thread")]
async fn live_and_replay_pass_the_accessibility_audit_at_both_widths() {
    serve(
        "live-axe.html",
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>live, audited</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/qualichart/qualichart.js"></script></head><body><main>
<div id="live" data-qualichart data-src="/live/0/sessions/daytona-2024-qualifying.json?from=3600" data-class="GTP" data-live="5"></div>
</main></body></html>"#,
    );
    for (width, height) in [(1280, 1200), (360, 800)] {
        let b = Browser::start(width, height).await;
        b.open("/e2e/live-axe.html").await;
        until(
            &b,
            15,
            &format!(
                "{SHOWN} const s = shown('live'); return s && s.badge && s.cars.length ? s : null;"
            ),
        )
        .await;
        b.eval("qualichart.compare(['31', '01']); qualichart.seek('58:00');")
            .await;
        until(
            &b,
            10,
            "return deep('#live >>> .qc-live [data-qc=now]').length > 0 && deep('#live >>> .qc-live [data-qc=compare]').length > 0;",
        )
        .await;
        let result = b.axe().await;
        assert_eq!(
            result,
            json!([]),
            "at {width} px: {}",
            serde_json::to_string_pretty(&result).unwrap_or_default()
        );
        let overflow = b
            .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(overflow, json!(0), "sideways scroll at {width} px");
        b.stop().await;
    }
}
