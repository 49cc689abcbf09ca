//! The Yew widget: components that draw a session as an interactive qualifying chart.
//!
//! - [`app`]: `<QualiChart>`, the root: loading, state, derived figures, panels.
//! - [`chart`]: the SVG of bars, axis, record rules and sections; one focusable mark per car.
//! - [`details`]: the panel for the car in focus, lap by lap.
//! - [`shared`]: the derived data components share, compared by identity.
//! - [`state`]: the reader's state and its pure reducer.
//! - [`table`]: "Show as table", with the figures bars cannot show.
//! - [`timeline`]: the provisional-pole timeline.
//! - [`text`]: accessible names and labels.
//!
//! Components build for wasm (client rendering) and natively (server rendering): web APIs
//! live in effects and callbacks behind `cfg(target_arch = "wasm32")`, as does [`mount`].
//! Every widget on a page is independent: no globals, no element ids.

pub mod app;
pub mod chart;
pub mod details;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod shared;
pub mod state;
pub mod table;
pub mod text;
pub mod timeline;

/// Mounts a `<QualiChart>` in every `[data-qualichart]` element of the page.
///
/// `data-src` is the session URL and `data-class` the class shown first. An element with
/// `data-src-param` takes its URL from the page's `?src=` when there is one (an editor's
/// preview of another session).
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let preview = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("src"));
    let Ok(elements) = document.query_selector_all("[data-qualichart]") else {
        return;
    };
    for i in 0..elements.length() {
        let Some(element) = elements
            .item(i)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let param = element
            .has_attribute("data-src-param")
            .then(|| preview.clone())
            .flatten();
        let src = param.or_else(|| element.get_attribute("data-src"));
        let props = app::QualiChartProps {
            src: src.map(Into::into),
            session: None,
            class: element.get_attribute("data-class").map(Into::into),
            problem: None,
            width: 640.0,
        };
        element.set_inner_html("");
        yew::Renderer::<app::QualiChart>::with_root_and_props(element, props).render();
    }
}

/// Draws a chart of a session passed from JavaScript as an object (the same shape as the JSON)
/// into `element`, showing `class` first. An invalid session shows the core's message, naming
/// the place, inside the element. Trunk's page exposes it as `window.wasmBindings.render`.
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
        width: 640.0,
    };
    element.set_inner_html("");
    yew::Renderer::<app::QualiChart>::with_root_and_props(element, props).render();
}
