//! What the browser benches measure, shared by `benches/web.rs` and `benches/peer.rs`: brotli
//! sizes, percentiles, and a page's load and hover times in headless Chromium.

#![allow(dead_code)] // Each bench uses its own part of this module.

use serde_json::Value;

use crate::browser::{Browser, DEEP};

/// Bytes after brotli at quality 11 (window 22), as a server would send them.
pub fn brotli_size(bytes: &[u8]) -> usize {
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut br, &params).expect("brotli");
    br.len()
}

/// The `p`-th percentile of sorted figures, nearest rank.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Milliseconds from navigation start until the chart at `arguments[0]` (a `deep` selector)
/// has its first focusable car mark. The chart is in a shadow root, which a page-level
/// MutationObserver does not see: checked every frame instead.
pub const INTERACTIVE: &str = r#"
const done = arguments[arguments.length - 1];
const ready = () => deep(arguments[0] + ' [data-car][role=button]')[0];
const check = () => ready() ? done(performance.now()) : requestAnimationFrame(check);
check();
"#;

/// Hover → details: for `arguments[1]` hovers on alternating marks of the chart at
/// `arguments[0]`, the time until the chart's DOM has changed (Yew renders the new details
/// and the marked row in one commit). The marks are the live chart's (`[data-car][role=button]`,
/// a `pointerenter` each) unless `arguments[2]` and `arguments[3]` name others and their event
/// (the static chart's bars, `pointerover`, which the loader answers from its templates).
pub const HOVER: &str = r#"
const done = arguments[arguments.length - 1];
const [at, count, marked = '[data-car][role=button]', type = 'pointerenter'] = [...arguments].slice(0, -1);
const root = deep(at)[0];
const marks = [...root.querySelectorAll(marked)];
const times = [];
let i = 0;
function next() {
  if (i >= count) { done(times); return; }
  const mark = marks[i % marks.length]; i++;
  const t0 = performance.now();
  const obs = new MutationObserver(() => { obs.disconnect(); times.push(performance.now() - t0); setTimeout(next, 0); });
  obs.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  mark.dispatchEvent(new PointerEvent(type, { pointerType: 'mouse' }));
}
next();
"#;

/// A script run (with [`DEEP`] defined) and its arguments.
pub type Script<'a> = (&'a str, Vec<Value>);

/// Opens `page` and runs `visible` for its load time (milliseconds from navigation start).
pub async fn load_time(b: &Browser, page: &str, visible: &Script<'_>) -> f64 {
    b.open(page).await;
    let t = b
        .client
        .execute_async(&format!("{DEEP} {}", visible.0), visible.1.clone())
        .await
        .expect("the chart appears");
    t.as_f64().unwrap_or(f64::NAN)
}

/// Runs `hover` on the open page; its times come back sorted.
pub async fn hover_times(b: &Browser, hover: Script<'_>) -> Vec<f64> {
    let hovers = b
        .client
        .execute_async(&format!("{DEEP} {}", hover.0), hover.1)
        .await
        .expect("hovers run");
    let mut hovers: Vec<f64> = hovers
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_f64()).collect())
        .unwrap_or_default();
    hovers.sort_by(f64::total_cmp);
    hovers
}

/// Opens `page` `loads` times, each time running `visible` for a load time; then runs `hover`
/// once for its hover times. Both lists come back sorted.
pub async fn load_and_hover(
    b: &Browser,
    page: &str,
    loads: usize,
    visible: Script<'_>,
    hover: Script<'_>,
) -> (Vec<f64>, Vec<f64>) {
    let mut times = Vec::with_capacity(loads);
    for _ in 0..loads {
        times.push(load_time(b, page, &visible).await);
    }
    times.sort_by(f64::total_cmp);
    (times, hover_times(b, hover).await)
}
