//! The Yew widget: components that draw a session as an interactive qualifying chart.
//!
//! - [`app`]: `<QualiChart>`, the root: loading, state, derived figures, panels.
//! - [`chart`]: the SVG of bars, axis, record rules and sections; one focusable mark per car.
//! - [`details`]: the panel for the car in focus, lap by lap.
//! - [`shared`]: the derived data components share, compared by identity.
//! - [`ssr`]: the same components rendered natively: the no-JS fallback and `render`.
//! - [`state`]: the reader's state and its pure reducer.
//! - [`table`]: "Show as table", with the figures bars cannot show.
//! - [`timeline`]: the provisional-pole timeline.
//! - [`text`]: accessible names and labels.
//!
//! Components build for wasm (client rendering) and natively (server rendering): web APIs
//! live in effects and callbacks behind `cfg(target_arch = "wasm32")`, as do the entry points
//! the loader (`static/qualichart/qualichart.js`) calls: `attach` and `render`.
//! Every widget on a page is independent: no globals, no element ids.

pub mod app;
pub mod chart;
pub mod details;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod shared;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;
pub mod state;
pub mod table;
pub mod text;
pub mod timeline;

/// Draws a chart in `element` from its attributes (the loader, `qualichart.js`, calls this for
/// every chart element on the page, including ones added later).
///
/// `<div data-qualichart data-src="…" data-class="GTP">` and
/// `<quali-chart src="…" class-id="GTP">` are the two forms. An element with `data-src-param`
/// takes its URL from the page's `?src=` when there is one (an editor's preview of another
/// session). Whatever the element held (the server-rendered fallback) is replaced.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn attach(element: web_sys::Element) {
    let custom = element.tag_name().eq_ignore_ascii_case("quali-chart");
    let (src_name, class_name) = if custom {
        ("src", "class-id")
    } else {
        ("data-src", "data-class")
    };
    let preview = element
        .has_attribute("data-src-param")
        .then(|| {
            web_sys::window()
                .and_then(|w| w.location().search().ok())
                .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
                .and_then(|params| params.get("src"))
        })
        .flatten();
    let src = preview.or_else(|| element.get_attribute(src_name));
    let props = app::QualiChartProps {
        src: src.map(Into::into),
        session: None,
        class: element.get_attribute(class_name).map(Into::into),
        problem: None,
        width: measured_width(&element),
    };
    yew::Renderer::<app::QualiChart>::with_root_and_props(container(&element), props).render();
}

/// Where the live chart goes: beside the static one the page shipped (hidden until ready, then
/// it replaces it), or in the emptied element when there is none.
#[cfg(target_arch = "wasm32")]
fn container(element: &web_sys::Element) -> web_sys::Element {
    let fallback = element
        .query_selector(":scope > [data-qc-fallback]")
        .ok()
        .flatten();
    let live = fallback.and_then(|_| {
        let document = element.owner_document()?;
        let live = document.create_element("div").ok()?;
        live.set_class_name("qc-live");
        live.set_attribute("hidden", "").ok()?;
        element.append_child(&live).ok()?;
        Some(live)
    });
    live.unwrap_or_else(|| {
        element.set_inner_html("");
        element.clone()
    })
}

/// The element's width now, so the first layout already fits (no reflow when the
/// `ResizeObserver` reports); 640 when it is not laid out yet.
#[cfg(target_arch = "wasm32")]
fn measured_width(element: &web_sys::Element) -> f64 {
    match element.client_width() {
        w if w > 0 => f64::from(w),
        _ => 640.0,
    }
}

/// Draws a chart of a session passed from JavaScript as an object (the same shape as the JSON)
/// into `element`, showing `class` first. An invalid session shows the core's message, naming
/// the place, inside the element. The loader exposes it as `qualichart.render`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn render(element: web_sys::Element, session: wasm_bindgen::JsValue, class: Option<String>) {
    let checked = fetch::from_value(session);
    let (session, problem) = match checked {
        Ok(session) => (Some(crate::widget::shared::Shared::new(session)), None),
        Err(message) => (None, Some(message.into())),
    };
    let props = app::QualiChartProps {
        src: None,
        session,
        class: class.map(Into::into),
        problem,
        width: measured_width(&element),
    };
    element.set_inner_html("");
    yew::Renderer::<app::QualiChart>::with_root_and_props(element, props).render();
}
