//! Server-side rendering: the widget's own components rendered to HTML or SVG text, natively.
//!
//! This is the no-JS fallback and `qualichart render`: not a second renderer, but Yew's server
//! renderer running the same `<QualiChart>` and `<Chart>` the browser mounts, so the static
//! chart and the live one draw the same marks. Without script, only what works without script
//! is drawn (no class buttons, no comparison; the table is a `<details>` disclosure).
//!
//! The editor's page (`builder.html`, the `builder` feature) runs the same renderer in the
//! browser for the fallback it hands out: [`fallback`], which `fragment` awaits natively.

use yew::{AttrValue, LocalServerRenderer};

use crate::core::chart::layout::CAR_CAP;
use crate::core::classify::{classify, Classification};
use crate::core::colouring::ColourBy;
use crate::core::lang::{Lang, Words};
use crate::core::sectors::{sector_bests, SectorBests};
use crate::core::session::Session;
use crate::widget::app::{QualiChart, QualiChartProps};
use crate::widget::details::Details;
use crate::widget::geometry::{inner_width, NARROW_BELOW};
use crate::widget::load::DEFAULT_TIMEOUT_MS;
use crate::widget::shared::Shared;
use crate::widget::state::first_scope;
use yew::{function_component, html, Callback, Html, Properties};
#[cfg(not(target_arch = "wasm32"))]
use {
    crate::core::chart::glyphs::FontSize,
    crate::core::chart::layout::{layout, Dims},
    crate::core::chart::px::{px, Px},
    crate::core::colouring,
    crate::core::verdicts::Verdicts,
    crate::widget::chart::{Chart, ChartProps},
};

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
    /// The cars compared (by number, at most four): their laps chart is drawn under the bars.
    pub compare: Vec<String>,
    /// The language of every word and figure.
    pub words: Words,
    /// What the chart's colours say (`render --colour-by`, a marker's `--colour-by`).
    pub colour_by: ColourBy,
}

/// The box width the static chart is also laid out for, for phones (a 360 px screen's article
/// column): a box narrower than [`NARROW_BELOW`] shows this layout instead of the requested one
/// (a container query in the stylesheet). Both have the live chart's height, so neither moves
/// the page when it takes over.
pub const NARROW_WIDTH: f64 = 328.0;

/// The widget's markup, wrapped as the fallback the live widget replaces once it is ready:
/// laid out for the requested width and, when that is wider than a phone, for a phone too. A
/// chart in another language than English says which (`lang`), so a screen reader reads it in
/// that language whatever the page's.
#[cfg(not(target_arch = "wasm32"))]
pub fn fragment(request: &Request) -> String {
    run(fallback(request))
}

/// [`fragment`], awaited: the editor's page (`builder.html`) runs this in the browser, where
/// Yew's scheduler works on the event loop and the render cannot be blocked on.
pub async fn fallback(request: &Request) -> String {
    wrapped(request, true).await
}

/// [`fallback`], with each car's details for the loader when `with_details` (a standalone
/// page has no loader to show them).
async fn wrapped(request: &Request, with_details: bool) -> String {
    let lang = request.words.lang();
    let lang = if lang == Lang::En {
        String::new()
    } else {
        format!(" lang=\"{}\"", lang.code())
    };
    let wide = markup(request, request.width).await;
    let details = if with_details {
        details(request).await
    } else {
        String::new()
    };
    if request.width < NARROW_BELOW {
        return format!(
            "<div class=\"qc-fallback\" data-qc-fallback=\"\"{lang}>{wide}{details}</div>"
        );
    }
    let narrow = markup(request, NARROW_WIDTH).await;
    format!(
        "<div class=\"qc-fallback\" data-qc-fallback=\"\"{lang}><div class=\"qc-at-wide\">{wide}</div>\
         <div class=\"qc-at-narrow\">{narrow}</div>{details}</div>"
    )
}

/// Every drawn car's details panel, each in a `<template data-qc-details="31">`: the loader
/// shows one when the reader points at or taps that car on the static chart, so the chart and
/// its details cost a reader no wasm (the module loads when they ask for more). The same
/// `<Details>` the live chart shows, for the same scope, so the two say the same; templates
/// are inert, so neither a screen reader nor the page's layout meets them until shown.
async fn details(request: &Request) -> String {
    let session = &request.session;
    let scope = first_scope(session, request.class.as_deref());
    let props = DetailsTemplatesProps {
        classification: Shared::new(classify(session, &scope)),
        bests: Shared::new(sector_bests(session, &scope)),
        session: session.clone(),
        words: request.words.clone(),
    };
    LocalServerRenderer::<DetailsTemplates>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

#[derive(Properties, PartialEq)]
struct DetailsTemplatesProps {
    session: Shared<Session>,
    classification: Shared<Classification>,
    bests: Shared<SectorBests>,
    words: Words,
}

/// The most cars whose details a fallback carries, in the chart's order: a whole field of a
/// 24-hour race (the Daytona session has 59 cars with a row). Each panel is bounded too (its
/// lap table shows `LAP_WINDOW` laps), so a fallback's templates are bounded whatever the
/// session; a car past them has its details from the live chart, which the loader starts.
pub const DETAILS_CAP: usize = 60;

/// The templates of [`details`]: one per car the static chart draws, the first
/// [`DETAILS_CAP`].
#[function_component]
fn DetailsTemplates(props: &DetailsTemplatesProps) -> Html {
    let cars = props
        .classification
        .rows
        .iter()
        .take(DETAILS_CAP.min(CAR_CAP))
        .map(|row| row.entry);
    html! {
        { for cars.map(|car| html! {
            <template data-qc-details={props.session.entries[car].number.clone()}>
                <Details session={props.session.clone()} classification={props.classification.clone()}
                         bests={props.bests.clone()} car={Some(car)} picked={false}
                         on_toggle={Callback::noop()} words={props.words.clone()} />
            </template>
        }) }
    }
}

/// The widget's markup for a box `width` wide.
async fn markup(request: &Request, width: f64) -> String {
    let props = QualiChartProps {
        src: request.src.clone().map(AttrValue::from),
        session: Some(request.session.clone()),
        class: request.class.clone().map(AttrValue::from),
        problem: None,
        width: inner_width(width),
        timeout_ms: DEFAULT_TIMEOUT_MS,
        live_ms: None,
        compare: request
            .compare
            .iter()
            .cloned()
            .map(AttrValue::from)
            .collect(),
        words: request.words.clone(),
        colour_by: request.colour_by,
    };
    LocalServerRenderer::<QualiChart>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// A whole HTML page: the widget's markup and stylesheet, nothing to load.
#[cfg(not(target_arch = "wasm32"))]
pub fn page(request: &Request) -> String {
    let title =
        html_escape::encode_text(&page_title(&request.session, &request.words)).into_owned();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLESHEET}</style>\n</head>\n<body>\n\
         <div data-qualichart=\"\">{}</div>\n</body>\n</html>\n",
        run(wrapped(request, false)),
        lang = request.words.lang().code(),
    )
}

/// The chart alone as an SVG file: explicit size, the namespace, the stylesheet inside, and a
/// `<title>` on every mark, so it shows tooltips anywhere an SVG is shown. A chart coloured by
/// make or team has the legend's key above it ([`FileKey`]), as the widget's downloads do.
///
/// The file is XML, and must be well formed or no browser opens it. Text from data is clean
/// (`core::text`) and escaped by Yew; the stylesheet holds a `<` (`@container (width < 520px)`),
/// which XML text cannot, so it sits in a CDATA section, itself inside CSS comments so the
/// rules read the same to a CSS parser.
#[cfg(not(target_arch = "wasm32"))]
pub fn svg(request: &Request) -> String {
    let session = &request.session;
    let scope = first_scope(session, request.class.as_deref());
    let classification = Shared::new(classify(session, &scope));
    let verdicts = Verdicts::of(session, &classification);
    let chart = layout(
        session,
        &classification,
        &verdicts,
        Dims {
            width: request.width,
            max_cars: Some(CAR_CAP),
        },
        &request.words,
    );
    let key = colouring::legend(session, &chart, request.colour_by)
        .into_iter()
        .map(|group| (group.color.clone(), colouring::legend_name(group)))
        .collect::<Vec<_>>();
    let (width, height) = (chart.width, chart.height);
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
        colour_by: request.colour_by,
        standalone: Some(AttrValue::from(format!(
            "/*<![CDATA[*/\n{STYLESHEET}/*]]>*/"
        ))),
        words: request.words.clone(),
    };
    let svg = run(LocalServerRenderer::<Chart>::with_props(props)
        .hydratable(false)
        .render());
    let svg = if key.is_empty() {
        svg
    } else {
        // The chart's own <svg> inside a taller one, under the key.
        let rows = key_rows(key, width);
        let room = rows.len() as f64 * KEY_ROW + 6.0;
        let key = run(
            LocalServerRenderer::<FileKey>::with_props(FileKeyProps { rows })
                .hydratable(false)
                .render(),
        );
        let (w, h, y) = (Px(width), Px(height + room), Px(room));
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qc-chart\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">{key}{}</svg>",
            svg.replacen("<svg ", &format!("<svg y=\"{y}\" "), 1)
        )
    };
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n")
}

/// The key's rows: their height, and the gap between items.
#[cfg(not(target_arch = "wasm32"))]
const KEY_ROW: f64 = 18.0;
#[cfg(not(target_arch = "wasm32"))]
const KEY_GAP: f64 = 14.0;

/// One item of the key: where it starts, its colour and its name.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq)]
struct KeyItem {
    x: f64,
    colour: String,
    name: String,
}

/// The key's items in rows no wider than `width`: a swatch, then the name, each item moving
/// to the next row whole when it would overrun (names sized as the chart sizes its text).
#[cfg(not(target_arch = "wasm32"))]
fn key_rows(items: Vec<(String, String)>, width: f64) -> Vec<Vec<KeyItem>> {
    let mut rows: Vec<Vec<KeyItem>> = Vec::new();
    let mut row = Vec::new();
    let mut x = 0.0;
    for (colour, name) in items {
        let wide = 16.0 + FontSize::Body.text_width(&name);
        if !row.is_empty() && x + wide > width {
            rows.push(std::mem::take(&mut row));
            x = 0.0;
        }
        row.push(KeyItem { x, colour, name });
        x += wide + KEY_GAP;
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Properties, PartialEq)]
struct FileKeyProps {
    rows: Vec<Vec<KeyItem>>,
}

/// The key of a standalone chart's colours: which colour is which make or team, as the
/// widget's legend (`data-qc="legend"`) says in the page. Names are text, escaped by Yew.
#[cfg(not(target_arch = "wasm32"))]
#[function_component]
fn FileKey(props: &FileKeyProps) -> Html {
    html! {
        <g class="qc-file-legend">
            { for props.rows.iter().enumerate().flat_map(|(r, row)| {
                let top = r as f64 * KEY_ROW;
                row.iter().map(move |item| html! {
                    <>
                        <rect x={px(item.x)} y={px(top + 3.0)} width="10" height="10" rx="2" fill={item.colour.clone()} />
                        <text class="qc-label" x={px(item.x + 16.0)} y={px(top + 13.0)}>{ item.name.clone() }</text>
                    </>
                })
            }) }
        </g>
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn page_title(session: &Session, words: &Words) -> String {
    session.title().unwrap_or_else(|| words.t("page-title"))
}

/// Yew's server renderer is async only because components may suspend; these never do.
#[cfg(not(target_arch = "wasm32"))]
fn run(future: impl std::future::Future<Output = String>) -> String {
    futures::executor::block_on(future)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widget::details::DetailsProps;

    /// Two classes; the GTD pole has no driver's name. In the all-classes chart each class is
    /// measured from its own pole, so the GTD pole is a pole everywhere a reader looks: its
    /// bar, its accessible name and tooltip, its details and its table row (issue 13's bug: its
    /// name said "+12.012 to pole", the gap to the overall pole, and had a stray space).
    const TWO_CLASSES: &[u8] = br#"{"format": "qualichart/1",
        "classes": [{"id": "GTP"}, {"id": "GTD"}],
        "entries": [
          {"number": "31", "class": "GTP", "drivers": [{"name": "Pipo Derani"}], "laps": [{"time": "1:33.842"}]},
          {"number": "01", "class": "GTD", "laps": [{"time": "1:45.854"}]},
          {"number": "7", "class": "GTP", "drivers": [{"name": "Felipe Nasr"}], "laps": [{"time": "1:34.062"}]},
          {"number": "96", "class": "GTD", "drivers": [{"name": "Patrick Gallagher"}], "laps": [{"time": "1:46.000"}]}]}"#;

    fn session() -> Shared<Session> {
        Shared::new(crate::core::parse(TWO_CLASSES).expect("a valid session"))
    }

    /// The text of every element `<tag ...>text</tag>` whose opening tag contains `marker`.
    fn texts(html: &str, marker: &str, tag: &str) -> Vec<String> {
        html.split(&format!("<{tag}"))
            .skip(1)
            .filter(|piece| {
                piece
                    .split('>')
                    .next()
                    .is_some_and(|open| open.contains(marker))
            })
            .filter_map(|piece| piece.split_once('>').map(|(_, rest)| rest))
            .filter_map(|rest| rest.split(&format!("</{tag}>")).next())
            .map(|text| text.replace("&quot;", "\""))
            .collect()
    }

    #[test]
    fn a_class_pole_is_a_pole_in_its_name_details_and_table() {
        let session = session();
        let request = Request {
            session: session.clone(),
            class: None,
            width: 640.0,
            src: None,
            compare: Vec::new(),
            words: Default::default(),
            colour_by: ColourBy::Class,
        };
        let html = run(markup(&request, 640.0));
        let names: Vec<&str> = html
            .split("aria-label=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|name| name.starts_with('P'))
            .collect();
        assert_eq!(
            names,
            [
                "P1, #31 Pipo Derani, 1:33.842",
                "P2, #7 Felipe Nasr, 1:34.062, +0.220 to pole",
                "P1, #01, 1:45.854",
                "P2, #96 Patrick Gallagher, 1:46.000, +0.146 to pole",
            ]
        );
        // The tooltips say the same; the bars' values are a pole's time or the class gap.
        assert_eq!(texts(&html, "", "title"), names);
        assert_eq!(
            texts(&html, "qc-value", "text"),
            ["1:33.842", "+0.220", "1:45.854", "+0.146"]
        );
        // The table: gap, interval and % within the class.
        let rows: Vec<Vec<String>> = html
            .split("<tr data-row=")
            .skip(1)
            .map(|row| texts(row, "", "td"))
            .collect();
        let figures: Vec<[&str; 3]> = rows
            .iter()
            .map(|cells| [cells[4].as_str(), cells[5].as_str(), cells[6].as_str()])
            .collect();
        assert_eq!(
            figures,
            [
                ["pole", "–", "100.000"],
                ["+0.220", "+0.220", "100.234"],
                ["pole", "–", "100.000"],
                ["+0.146", "+0.146", "100.138"],
            ]
        );
        // The details panel of each class pole and of a car behind one.
        let classification = Shared::new(classify(&session, &crate::core::Scope::Overall));
        let bests = Shared::new(sector_bests(&session, &crate::core::Scope::Overall));
        let details = |car: usize| {
            run(LocalServerRenderer::<Details>::with_props(DetailsProps {
                session: session.clone(),
                classification: classification.clone(),
                bests: bests.clone(),
                car: Some(car),
                picked: false,
                on_toggle: Callback::noop(),
                words: Words::english(),
            })
            .hydratable(false)
            .render())
        };
        let figures = |html: &str| -> Vec<String> { texts(html, "", "dd") };
        let gtd_pole = details(1);
        assert_eq!(texts(&gtd_pole, "qc-details-title", "h3"), ["P1 #01"]);
        assert_eq!(&figures(&gtd_pole)[..3], ["1:45.854 (lap 1)", "pole", "–"]);
        assert_eq!(figures(&gtd_pole)[3], "100.000");
        let gtd_second = details(3);
        assert!(
            texts(&gtd_second, "qc-details-title", "h3")[0].starts_with("P2 #96 Patrick Gallagher"),
            "{gtd_second}"
        );
        assert_eq!(
            &figures(&gtd_second)[..3],
            ["1:46.000 (lap 1)", "+0.146", "+0.146"]
        );
        assert_eq!(figures(&gtd_second)[3], "100.138");
        let gtp_pole = details(0);
        assert_eq!(&figures(&gtp_pole)[..2], ["1:33.842 (lap 1)", "pole"]);
    }
}
