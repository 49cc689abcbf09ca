//! The browser entry points the loader (`static/qualichart/qualichart.js`) calls, and where a
//! live chart goes on the page.
//!
//! With a stylesheet URL, a chart lives in a shadow root on its element: the host page's CSS
//! cannot reach it (not `* { all: revert }`, not `svg { display: none }`), and it cannot reach
//! the page. The element's own children, the static chart `qualichart prerender` shipped, stay
//! shown through a `<slot>` until the live chart is ready, then the chart (`[data-qc-fallback]`)
//! is removed; prerender's comment markers around it stay, as comments show nothing. Without
//! one (tests, a page that styles the chart itself), the chart is drawn in the element.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::core::colouring::ColourBy;
use crate::core::compare::car_list;
use crate::core::lang::{Lang, Words, SPOKEN};
use crate::widget::app::{QualiChart, QualiChartProps};
use crate::widget::fetch;
use crate::widget::geometry::{default_inner_width, inner_width};
use crate::widget::load::DEFAULT_TIMEOUT_MS;
use crate::widget::shared::Shared;
use crate::widget::source::{self as rule, ORIGINS_ATTRIBUTE, PARAM_ATTRIBUTE};
use crate::widget::state::MAX_COMPARE;

/// Draws a chart in `element` from its attributes, styled by the stylesheet at `stylesheet`.
///
/// `<div data-qualichart data-src="…" data-class="GTP" data-timeout="20" data-live="30"
/// data-colour-by="manufacturer" data-compare="31,01">` and `<quali-chart src="…"
/// class-id="GTP" timeout="20" live="30" colour-by="manufacturer" compare="31,01">` are the
/// two forms (the timeout and the live chart's interval are in seconds; `data-live` alone
/// polls every 30). An element with
/// `data-src-param` takes its URL from the page's `?src=` when there is one (an editor's
/// preview of another session), within the rule of [`source`].
///
/// The loader may already have begun fetching the element's source while the module loaded:
/// `started_src` is the source it asked for, with the request's promise and controller. The
/// chart takes that request over when the source is the one it loads; otherwise it is aborted.
/// `words` is the file of the element's language the loader fetched, if any ([`words`]).
/// Returns the notes for the console, one a line: the chart is in English for want of its
/// language; an attribute asked for a colouring the chart does not know (it is coloured by
/// class). Nothing when all is as asked.
#[wasm_bindgen]
pub fn attach(
    element: web_sys::Element,
    stylesheet: Option<String>,
    started_src: Option<String>,
    started_response: Option<js_sys::Promise>,
    started_controller: Option<web_sys::AbortController>,
    words: Option<String>,
) -> Option<String> {
    let custom = element.tag_name().eq_ignore_ascii_case("quali-chart");
    let (words, words_note) = self::words(&element, words);
    let (src_name, class_name, timeout_name, live_name) = if custom {
        ("src", "class-id", "timeout", "live")
    } else {
        ("data-src", "data-class", "data-timeout", "data-live")
    };
    let (colour_name, compare_name) = if custom {
        ("colour-by", "compare")
    } else {
        ("data-colour-by", "data-compare")
    };
    let (colour_by, colour_note) = colouring(element.get_attribute(colour_name), colour_name);
    let note = notes(words_note, colour_note);
    let (src, problem) = match source(&element, src_name) {
        Some(Ok(src)) => (Some(src), None),
        Some(Err(refused)) => (None, Some(refused)),
        None => (None, None),
    };
    if let (Some(started_src), Some(response), Some(controller)) =
        (started_src, started_response, started_controller)
    {
        if src.as_deref() == Some(started_src.as_str()) {
            fetch::started(started_src, response, controller);
        } else {
            controller.abort();
        }
    }
    let props = QualiChartProps {
        src: src.map(Into::into),
        session: None,
        class: element.get_attribute(class_name).map(Into::into),
        problem: problem.map(Into::into),
        width: measured_width(&element),
        timeout_ms: element
            .get_attribute(timeout_name)
            .and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s > 0.0)
            .map_or(DEFAULT_TIMEOUT_MS, |s| (s * 1000.0).min(600_000.0) as u32),
        live_ms: crate::widget::live::interval_ms(element.get_attribute(live_name).as_deref()),
        compare: compared(element.get_attribute(compare_name)),
        words,
        colour_by,
    };
    let root = container(&element, stylesheet.as_deref());
    yew::Renderer::<QualiChart>::with_root_and_props(root, props).render();
    note
}

/// The cars a chart compares from the start (`data-compare="31,01"`): the first
/// [`MAX_COMPARE`] the list names; numbers the session does not have are passed over when it
/// loads, as a `#qc=` link's are.
fn compared(list: Option<String>) -> Vec<yew::AttrValue> {
    list.map(|list| {
        car_list(&list)
            .take(MAX_COMPARE)
            .map(|number| yew::AttrValue::from(number.to_owned()))
            .collect()
    })
    .unwrap_or_default()
}

/// The notes for the console, one a line (the loader says each once a page).
fn notes(words: Option<String>, colour: Option<String>) -> Option<String> {
    match (words, colour) {
        (Some(words), Some(colour)) => Some(words + "\n" + &colour),
        (words, colour) => words.or(colour),
    }
}

/// The colouring `value` (of the attribute or option `name`) asks for: class when absent; class
/// too, with a note for the console, when it names no colouring (a typo, or anything a page
/// was made to hold), so a bad value never stops the chart.
fn colouring(value: Option<String>, name: &str) -> (ColourBy, Option<String>) {
    let Some(value) = value else {
        return (ColourBy::Class, None);
    };
    match ColourBy::from_word(&value) {
        Some(by) => (by, None),
        None => {
            // Quoted, and cut: the note names the value, it does not replay a page's megabyte.
            let shown: String = value.chars().take(40).collect();
            let note = format!(
                "qualichart: {name} {shown:?} is not a colouring (expected {}); the chart is coloured by class",
                ColourBy::WORDS
            );
            (ColourBy::Class, Some(note))
        }
    }
}

/// Draws a chart of a session passed from JavaScript as an object (the same shape as the JSON)
/// into `element`, showing `class` first, coloured as `colour_by` says (class by default). An
/// invalid session shows the core's message, naming the place, inside the element. The loader
/// exposes it as `qualichart.render`; it returns the console's note, as [`attach`] does.
#[wasm_bindgen]
pub fn render(
    element: web_sys::Element,
    session: wasm_bindgen::JsValue,
    class: Option<String>,
    stylesheet: Option<String>,
    words: Option<String>,
    colour_by: Option<String>,
) -> Option<String> {
    let (words, words_note) = self::words(&element, words);
    let (colour_by, colour_note) = colouring(colour_by, "colourBy");
    let note = notes(words_note, colour_note);
    let (session, problem) = match fetch::from_value(session) {
        Ok(session) => (Some(Shared::new(session)), None),
        Err(message) => (None, Some(message.into())),
    };
    let props = QualiChartProps {
        src: None,
        session,
        class: class.map(Into::into),
        problem,
        width: measured_width(&element),
        timeout_ms: DEFAULT_TIMEOUT_MS,
        live_ms: None,
        compare: Vec::new(),
        words,
        colour_by,
    };
    let root = container(&element, stylesheet.as_deref());
    yew::Renderer::<QualiChart>::with_root_and_props(root, props).render();
    note
}

/// The most bytes of a language's file read: ours are under 20 kB; a server that answers
/// the request with something else, however long, is not parsed.
const MAX_WORDS_BYTES: usize = 256 * 1024;

/// The chart's words: the language `lang` names on the element or its nearest ancestor (the
/// page's `<html lang>`), from `text`, its file (`lang/<code>.ftl` beside the loader, fetched
/// by the loader). English when no language is named; English too, never as an error, for a
/// language qualichart does not speak or whose file did not load or read, with the note the
/// loader says on the console (once a page: the loader holds the page's state).
fn words(element: &web_sys::Element, text: Option<String>) -> (Words, Option<String>) {
    let tag = element
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    let tag = tag.trim();
    if tag.is_empty() {
        return (Words::english(), None);
    }
    // The note names the language (`ja` for `ja-JP` and `ja`), so the loader says it once.
    let code = tag.split(['-', '_']).next().unwrap_or_default();
    let english = |why: &str| {
        let code: String = code.chars().take(8).collect();
        let note = "qualichart: charts in \"".to_owned()
            + &code.to_ascii_lowercase()
            + "\" are shown in English: "
            + why;
        (Words::english(), Some(note))
    };
    match Lang::from_tag(tag) {
        None => english(&("qualichart speaks ".to_owned() + SPOKEN + ".")),
        Some(Lang::En) => (Words::english(), None),
        Some(lang) => match text.as_deref().filter(|t| t.len() <= MAX_WORDS_BYTES) {
            Some(text) => match Words::from_source(lang, text) {
                Ok(words) => (words, None),
                Err(_) => english("its words file (lang/*.ftl) does not read."),
            },
            None => english("its words file (lang/*.ftl) did not load or is over 256 kB."),
        },
    }
}

/// The session `element` loads: the page's `?src=` where the element takes it
/// (`data-src-param`) and the rule allows it, else its own `src_name` attribute. `Err` is the
/// refusal to show; `None`, no source at all.
fn source(element: &web_sys::Element, src_name: &str) -> Option<Result<String, &'static str>> {
    let own = element.get_attribute(src_name);
    if !element.has_attribute(PARAM_ATTRIBUTE) {
        return own.map(Ok);
    }
    let window = web_sys::window()?;
    let location = window.location();
    let linked = location
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("src"))
        .filter(|link| !link.trim().is_empty());
    let Some(linked) = linked else {
        return own.map(Ok);
    };
    let base = element
        .base_uri()
        .ok()
        .flatten()
        .or_else(|| location.href().ok());
    let resolved = base.and_then(|base| web_sys::Url::new_with_base(&linked, &base).ok());
    let page_origin = location.origin().unwrap_or_default();
    let allowed = element.get_attribute(ORIGINS_ATTRIBUTE);
    Some(match resolved {
        Some(url)
            if rule::link_allowed(
                &url.protocol(),
                &url.origin(),
                &page_origin,
                allowed.as_deref(),
            ) =>
        {
            Ok(url.href())
        }
        _ => Err(rule::REFUSED),
    })
}

/// Where the live chart goes: a hidden `.qc-live` box in the element's shadow root (beside a
/// `<slot>` that keeps showing the static chart), or, without a stylesheet or where a shadow
/// root cannot be attached, beside the static chart in the element itself.
fn container(element: &web_sys::Element, stylesheet: Option<&str>) -> web_sys::Element {
    let document = element.owner_document();
    let make = |tag: &str| document.as_ref().and_then(|d| d.create_element(tag).ok());
    let live = make("div");
    let Some(live) = live else {
        return element.clone();
    };
    live.set_class_name("qc-live");
    // Beside a static chart, the live one waits hidden until it is ready; alone, it shows its
    // loading state at once.
    let has_fallback = element
        .query_selector(":scope > [data-qc-fallback]")
        .ok()
        .flatten()
        .is_some();
    if has_fallback {
        let _ = live.set_attribute("hidden", "");
    }
    // `data-theme` on the element or an ancestor is copied onto this box by the loader, at
    // once and whenever it changes (a site's dark-mode switch): see `theme` in qualichart.js.
    let shadow = stylesheet.and_then(|href| {
        let shadow = element.shadow_root().or_else(|| {
            element
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .ok()
        })?;
        let link = make("link")?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", href).ok()?;
        let slot = make("slot")?;
        shadow.replace_children_with_node_3(&link, &slot, &live);
        Some(shadow)
    });
    if shadow.is_none() {
        if !has_fallback {
            element.set_inner_html("");
        }
        let _ = element.append_child(&live);
    }
    live
}

/// The width the chart will be drawn in, now, so the first layout already fits (no second
/// layout when the `ResizeObserver` reports): the element's, less the box's padding; a
/// column's when it is not laid out yet.
fn measured_width(element: &web_sys::Element) -> f64 {
    match f64::from(element.client_width()) {
        w if w > 0.0 => inner_width(w),
        _ => default_inner_width(),
    }
}
