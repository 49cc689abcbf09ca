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
