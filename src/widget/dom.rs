//! Browser glue for a live chart (wasm only): showing it once loaded and removing the static
//! chart it replaces, following its box's width, and moving keyboard focus to a car's mark.
//! No figures here; the components call these from effects and callbacks.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Shows a live chart once it has loaded, and when it is `ready` removes the static chart it
/// was mounted beside. After a failure the static chart stays, with the message under it: it
/// is still the chart as published.
pub fn reveal(root: &web_sys::Element, ready: bool) {
    let Some(live) = root
        .parent_element()
        .filter(|parent| parent.class_name() == "qc-live")
    else {
        return;
    };
    let _ = live.remove_attribute("hidden");
    if !ready {
        return;
    }
    let host = match live
        .parent_node()
        .and_then(|p| p.dyn_into::<web_sys::ShadowRoot>().ok())
    {
        Some(shadow) => {
            if let Ok(Some(slot)) = shadow.query_selector("slot") {
                slot.remove();
            }
            Some(shadow.host())
        }
        None => live.parent_element(),
    };
    if let Some(fallback) = host.and_then(|h| {
        h.query_selector(":scope > [data-qc-fallback]")
            .ok()
            .flatten()
    }) {
        fallback.remove();
    }
}

/// A live `ResizeObserver` and the callback it calls (dropping the callback would break it).
pub type WidthWatch = (
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
);

/// Lays the chart out again whenever the widget's box changes width (and once at the start):
/// a phone turned sideways, a column that reflows, a font that loads.
pub fn watch_width(element: web_sys::Element, width: UseStateHandle<f64>) -> Option<WidthWatch> {
    let observed = element.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            // The content box, inside the figure's padding: the width the SVG is drawn in.
            let measured = entries
                .get(0)
                .dyn_into::<web_sys::ResizeObserverEntry>()
                .map_or_else(
                    |_| f64::from(observed.client_width()),
                    |entry| entry.content_rect().width().floor(),
                );
            // Whole pixels: sub-pixel jitter must not lay the chart out again and again.
            if measured > 0.0 && (measured - *width).abs() >= 1.0 {
                width.set(measured);
            }
        },
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some((observer, callback))
}

/// Moves DOM focus to a car's mark inside this widget (the roving tab stop follows it).
pub fn focus_car(root: &NodeRef, number: &str) {
    let Some(element) = root.cast::<web_sys::Element>() else {
        return;
    };
    let selector = format!(
        "[data-car=\"{}\"][tabindex]",
        number.replace('\\', "\\\\").replace('"', "\\\"")
    );
    if let Ok(Some(mark)) = element.query_selector(&selector) {
        if let Ok(mark) = mark.dyn_into::<web_sys::SvgElement>() {
            let _ = mark.focus();
        }
    }
}

/// Resolves after `ms` milliseconds (a `setTimeout`).
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                i32::try_from(ms).unwrap_or(i32::MAX),
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// True while the page is hidden (a background tab, a locked phone).
pub fn hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// True when the reader asked for less motion (`prefers-reduced-motion: reduce`).
pub fn reduced_motion() -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    let query = js_sys::Reflect::get(&window, &"matchMedia".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| {
            f.call1(&window, &"(prefers-reduced-motion: reduce)".into())
                .ok()
        });
    query
        .and_then(|q| js_sys::Reflect::get(&q, &"matches".into()).ok())
        .is_none_or(|m| m.is_truthy())
}

/// A repeating timer (`setInterval`); dropping it stops it.
pub struct Every {
    id: i32,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Every {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_interval_with_handle(self.id);
        }
    }
}

/// Calls `tick` every `ms` milliseconds until the returned [`Every`] is dropped.
pub fn every(ms: u32, tick: impl FnMut() + 'static) -> Option<Every> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(tick);
    let id = web_sys::window()?
        .set_interval_with_callback_and_timeout_and_arguments_0(
            callback.as_ref().unchecked_ref(),
            i32::try_from(ms).unwrap_or(i32::MAX),
        )
        .ok()?;
    Some(Every {
        id,
        _callback: callback,
    })
}

/// Moves each car's mark of `root`'s chart from where it was drawn before (`before`: car
/// number → its row's top, in px) to where it is now, over 400 ms (the Web Animations API:
/// no style attribute, so no Content-Security-Policy objection). Cars new to the chart appear
/// in place. Nothing moves for a reader who asked for less motion.
pub fn slide_rows(root: &web_sys::Element, before: &[(String, f64)], after: &[(String, f64)]) {
    if reduced_motion() {
        return;
    }
    let before: std::collections::HashMap<&str, f64> =
        before.iter().map(|(n, y)| (n.as_str(), *y)).collect();
    for (number, y) in after {
        let Some(was) = before.get(number.as_str()) else {
            continue;
        };
        let dy = was - y;
        if dy.abs() < 0.5 {
            continue;
        }
        let selector = format!(
            "g.qc-row[data-car=\"{}\"]",
            number.replace('\\', "\\\\").replace('"', "\\\"")
        );
        let Ok(Some(mark)) = root.query_selector(&selector) else {
            continue;
        };
        let frames = js_sys::Array::of2(
            &js_sys::JSON::parse(&format!("{{\"transform\":\"translateY({dy}px)\"}}"))
                .unwrap_or_default(),
            &js_sys::JSON::parse("{\"transform\":\"none\"}").unwrap_or_default(),
        );
        let options =
            js_sys::JSON::parse("{\"duration\":400,\"easing\":\"ease-out\"}").unwrap_or_default();
        if let Some(animate) = js_sys::Reflect::get(&mark, &"animate".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = animate.call2(&mark, &frames, &options);
        }
    }
}

/// Draws the eye to car `number`'s mark in `root`'s chart: its row pulses twice (a new pole
/// in a live chart). Nothing moves for a reader who asked for less motion.
pub fn pulse(root: &web_sys::Element, number: &str) {
    if reduced_motion() {
        return;
    }
    let selector = format!(
        "g.qc-row[data-car=\"{}\"] .qc-bar",
        number.replace('\\', "\\\\").replace('"', "\\\"")
    );
    let Ok(Some(bar)) = root.query_selector(&selector) else {
        return;
    };
    let frames = js_sys::JSON::parse("[{\"opacity\":1},{\"opacity\":0.25},{\"opacity\":1}]")
        .unwrap_or_default();
    let options = js_sys::JSON::parse("{\"duration\":700,\"iterations\":2}").unwrap_or_default();
    if let Some(animate) = js_sys::Reflect::get(&bar, &"animate".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = animate.call2(&bar, &frames, &options);
    }
}
