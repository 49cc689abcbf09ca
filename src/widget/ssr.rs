//! Server-side rendering: the widget's own components rendered to HTML or SVG text, natively.
//!
//! This is the no-JS fallback and `qualichart render`: not a second renderer, but Yew's server
//! renderer running the same `<QualiChart>` and `<Chart>` the browser mounts, so the static
//! chart and the live one draw the same marks. Without script, only what works without script
//! is drawn (no class buttons, no comparison; the table is a `<details>` disclosure).

use yew::{AttrValue, Callback, LocalServerRenderer};

use crate::core::chart::layout::{layout, Dims, CAR_CAP};
use crate::core::classify::classify;
use crate::core::session::Session;
use crate::core::text::isolate;
use crate::widget::app::{inner_width, QualiChart, QualiChartProps, NARROW_BELOW};
use crate::widget::chart::{Chart, ChartProps};
use crate::widget::shared::Shared;
use crate::widget::state::first_scope;
use crate::widget::text;

/// The widget's stylesheet, built into standalone outputs so they look like the live chart.
pub const STYLESHEET: &str = include_str!("../../static/qualichart/qualichart.css");

/// What to render.
#[derive(Clone, Debug)]
pub struct Request {
    pub session: Shared<Session>,
    /// The class shown (all classes when `None`, or when the session has no such class).
    pub class: Option<String>,
    /// The box width in CSS pixels.
    pub width: f64,
    /// Where the session can be downloaded from, for the "get the data" link.
    pub src: Option<String>,
}

/// The box width the static chart is also laid out for, for phones (a 360 px screen's article
/// column): a box narrower than [`NARROW_BELOW`] shows this layout instead of the requested one
/// (a container query in the stylesheet). Both have the live chart's height, so neither moves
/// the page when it takes over.
pub const NARROW_WIDTH: f64 = 328.0;

/// The widget's markup, wrapped as the fallback the live widget replaces once it is ready:
/// laid out for the requested width and, when that is wider than a phone, for a phone too.
pub fn fragment(request: &Request) -> String {
    let wide = markup(request, request.width);
    if request.width < NARROW_BELOW {
        return format!("<div class=\"qc-fallback\" data-qc-fallback=\"\">{wide}</div>");
    }
    let narrow = markup(request, NARROW_WIDTH);
    format!(
        "<div class=\"qc-fallback\" data-qc-fallback=\"\"><div class=\"qc-at-wide\">{wide}</div>\
         <div class=\"qc-at-narrow\">{narrow}</div></div>"
    )
}

/// The widget's markup for a box `width` wide.
fn markup(request: &Request, width: f64) -> String {
    let props = QualiChartProps {
        src: request.src.clone().map(AttrValue::from),
        session: Some(request.session.clone()),
        class: request.class.clone().map(AttrValue::from),
        problem: None,
        width: inner_width(width),
        timeout_ms: crate::widget::app::DEFAULT_TIMEOUT_MS,
    };
    run(LocalServerRenderer::<QualiChart>::with_props(props)
        .hydratable(false)
        .render())
}

/// A whole HTML page: the widget's markup and stylesheet, nothing to load.
pub fn page(request: &Request) -> String {
    let title = html_escape::encode_text(&page_title(&request.session)).into_owned();
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLESHEET}</style>\n</head>\n<body>\n\
         <div data-qualichart=\"\">{}</div>\n</body>\n</html>\n",
        fragment(request)
    )
}

/// The chart alone as an SVG file: explicit size, the namespace, the stylesheet inside, and a
/// `<title>` on every mark, so it shows tooltips anywhere an SVG is shown.
///
/// The file is XML, and must be well formed or no browser opens it. Text from data is clean
/// (`core::text`) and escaped by Yew; the stylesheet holds a `<` (`@container (width < 520px)`),
/// which XML text cannot, so it sits in a CDATA section, itself inside CSS comments so the
/// rules read the same to a CSS parser.
pub fn svg(request: &Request) -> String {
    let session = &request.session;
    let scope = first_scope(session, request.class.as_deref());
    let classification = Shared::new(classify(session, &scope));
    let label_chars = text::label_chars(session, &classification);
    let chart = layout(
        session,
        &classification,
        Dims {
            width: request.width,
            label_chars,
            max_cars: Some(CAR_CAP),
        },
    );
    let props = ChartProps {
        session: request.session.clone(),
        classification,
        layout: Shared::new(chart),
        focus: None,
        active: None,
        compare: Vec::new(),
        on_hover: Callback::noop(),
        on_leave: Callback::noop(),
        on_focus: Callback::noop(),
        on_toggle: Callback::noop(),
        on_key: Callback::noop(),
        standalone: Some(AttrValue::from(format!(
            "/*<![CDATA[*/\n{STYLESHEET}/*]]>*/"
        ))),
    };
    let svg = run(LocalServerRenderer::<Chart>::with_props(props)
        .hydratable(false)
        .render());
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n")
}

fn page_title(session: &Session) -> String {
    let parts: Vec<std::borrow::Cow<'_, str>> = [&session.event, &session.session]
        .into_iter()
        .flatten()
        .map(|t| isolate(t))
        .collect();
    if parts.is_empty() {
        "Qualifying".to_owned()
    } else {
        parts.join(" · ")
    }
}

/// Yew's server renderer is async only because components may suspend; these never do.
fn run(future: impl std::future::Future<Output = String>) -> String {
    futures::executor::block_on(future)
}
