//! The chart itself: an SVG of gap-to-pole bars drawn from `core::chart::layout`, one focusable
//! mark per car (`data-car`, an accessible name, a roving tab stop), the axis, record rules and
//! class or knockout-part sections, the list of cars without a time below it, and the line
//! saying how many cars are not drawn when the layout draws only the first ones.
//!
//! Pure rendering from props: no hooks and no web calls, so it renders natively too.

use yew::prelude::*;

use crate::widget::shared::Shared;

use crate::core::chart::glyphs::FontSize;
use crate::core::chart::layout::{
    ChartLayout, RowMark, Section, CLASS_NAME_X, MAKER_JOINER, ROW_HEIGHT, SECTION_NOTE_JOINER,
    VALUE_GAP,
};
use crate::core::chart::px::{px, Px};
use crate::core::classify::Classification;
use crate::core::colouring::{colour_of, ColourBy};
use crate::core::lang::Words;
use crate::core::session::Session;
use crate::core::text::{cut, isolate};
use crate::widget::text;

/// Height of a bar inside its row.
const BAR_HEIGHT: f64 = 14.0;

/// What the chart draws and whom it tells about the reader's moves.
#[derive(Clone, PartialEq, Properties)]
pub struct ChartProps {
    pub session: Shared<Session>,
    pub classification: Shared<Classification>,
    pub layout: Shared<ChartLayout>,
    /// The car holding the tab stop; the first row when `None`.
    pub focus: Option<usize>,
    /// The car whose details are shown.
    pub active: Option<usize>,
    /// Cars picked for comparison.
    pub compare: Vec<usize>,
    /// Pointer entered a car's row, or a tap landed on it.
    pub on_hover: Callback<usize>,
    /// Pointer left the chart.
    pub on_leave: Callback<()>,
    /// A car's mark received keyboard focus.
    pub on_focus: Callback<usize>,
    /// A car was picked or unpicked for comparison.
    pub on_toggle: Callback<usize>,
    /// A key went down on a car's mark (navigation keys, Escape).
    pub on_key: Callback<(usize, KeyboardEvent)>,
    /// What the bars' colours say: class (the default), manufacturer or team.
    #[prop_or_default]
    pub colour_by: ColourBy,
    /// A self-contained SVG file (server-side `render -o chart.svg`): explicit size, the SVG
    /// namespace and the stylesheet inside, no interaction.
    #[prop_or_default]
    pub standalone: Option<AttrValue>,
    /// The chart's language.
    pub words: Words,
}

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let layout = &props.layout;
    let session = &props.session;
    let p = session.precision;
    let tab_stop = props.focus.or_else(|| layout.rows.first().map(|r| r.entry));
    let view_box = format!("0 0 {} {}", Px(layout.width), Px(layout.height));
    let on_leave = props.on_leave.reform(|_: PointerEvent| ());
    let (xmlns, width, height, style) = match &props.standalone {
        Some(css) => (
            Some("http://www.w3.org/2000/svg"),
            px(layout.width),
            Some(px(layout.height)),
            html! { <style>{ css.clone() }</style> },
        ),
        // In the page: as wide as the box and exactly as tall as laid out. The live chart is
        // laid out for its box; a static one laid out for another width is scaled to fit
        // inside the same height, so the live chart replaces it without moving the page.
        None => (None, "100%".to_owned(), Some(px(layout.height)), html! {}),
    };
    let words = &props.words;
    let label = text::chart_label(session, &props.classification, words);
    html! {
        <svg class={classes!("qc-svg", props.standalone.as_ref().map(|_| "qc-chart"))} viewBox={view_box} width={width} height={height} xmlns={xmlns}
             preserveAspectRatio="xMinYMin meet"
             role="group" aria-label={label.clone()} onpointerleave={on_leave}>
            if props.standalone.is_some() { <title>{ label }</title> }
            { style }
            <g class="qc-axis" aria-hidden="true">
                { for layout.ticks.iter().map(|t| html! {
                    <g>
                        <line class="qc-grid" x1={px(t.x)} x2={px(t.x)} y1={px(t.y0)} y2={px(t.y1)} />
                        if t.labelled {
                            <text class="qc-tick" x={px(t.x)} y={px(t.label_y)} text-anchor="middle">{ t.label.clone() }</text>
                        }
                    </g>
                }) }
            </g>
            { for layout.sections.iter().map(|s| match &s.section {
                Section::Class(id) => {
                    let name = session.class_name(id).to_owned();
                    // The class's swatch only where the bars are in class colours.
                    let color = session
                        .class(id)
                        .filter(|_| props.colour_by == ColourBy::Class)
                        .map(|c| c.color.clone());
                    html! {
                        <g class="qc-section">
                            if let Some(color) = color {
                                <rect class="qc-swatch" x="0" y={px(s.y + 9.0)} width="12" height="12" fill={color} />
                            }
                            <text class="qc-section-name" x={px(CLASS_NAME_X)} y={px(s.y + 20.0)}>{ name }</text>
                        </g>
                    }
                }
                Section::Part(part) => {
                    let name = session.parts.get(*part).map(|p| isolate(&p.name).into_owned()).unwrap_or_default();
                    html! {
                        <g class="qc-section">
                            <text class="qc-section-name" x="0" y={px(s.y + 20.0)}>
                                { name }
                                if let Some(note) = &s.note {
                                    <tspan class="qc-section-note">{ SECTION_NOTE_JOINER }{ note.clone() }</tspan>
                                }
                            </text>
                        </g>
                    }
                }
            }) }
            // Reference lines behind the cars' marks, as gridlines are: a line never runs
            // through a bar's figure (which has a halo of the background besides).
            { for layout.rules.iter().map(|rule| {
                let record = &session.records[rule.record];
                let (label, x, anchor) = text::fit_rule_label(record, p, rule, layout.width, words);
                html! {
                    <g class="qc-rule">
                        <title>{ text::record_label(record, p) }</title>
                        <line x1={px(rule.x)} x2={px(rule.x)} y1={px(rule.y0 - 14.0)} y2={px(rule.y1)} />
                        <text class="qc-rule-label" x={px(x)} y={px(rule.y0 - 5.0)} text-anchor={anchor}>
                            { label }
                        </text>
                    </g>
                }
            }) }
            { for layout.cutoffs.iter().map(|cut| html! {
                <g class="qc-cutoff">
                    <title>{ text::node(text::cutoff_label(cut, p, words)) }</title>
                    <line x1={px(cut.x)} x2={px(cut.x)} y1={px(cut.y0)} y2={px(cut.y1)} />
                    <text class="qc-cutoff-label" x={px(cut.x - 3.0)} y={px(cut.y0 + 11.0)} text-anchor="end">{ text::say(words, "chart-cutoff") }</text>
                </g>
            }) }
            <g class="qc-rows">
                { for layout.rows.iter().map(|row| mark(props, row, tab_stop == Some(row.entry))) }
            </g>
            { for layout.ghosts.iter().map(|g| html! {
                <g class="qc-ghost" data-ghost={session.entries[g.entry].number.clone()}>
                    <title>{ text::node(text::ghost_label(session, &g.ghost, words)) }</title>
                    <path d={format!("M{} {}l5 5l-5 5l-5 -5z", Px(g.x), Px(g.y - 5.0))} />
                </g>
            }) }
            { for layout.untimed.iter().map(|u| {
                let row = &props.classification.rows[u.row];
                let entry = &session.entries[u.entry];
                let line = text::untimed_line(entry, row, words);
                let chars = FontSize::Body.chars_in(layout.width - 8.0);
                html! {
                    <text class="qc-untimed" x="0" y={px(u.y)} data-car={entry.number.clone()}>
                        <title>{ line.clone() }</title>
                        { cut(&line, chars) }
                    </text>
                }
            }) }
            if let Some(more) = &layout.more {
                <text class="qc-more" x="0" y={px(more.y)} data-qc="more">{ text::node(text::more_cars(more, words)) }</text>
            }
        </svg>
    }
}

/// A click picks the car for comparison; a tap (touch) shows its details instead, because on
/// a phone a tap is how a reader looks at a car. The details panel has a button to pick it.
fn click(props: &ChartProps, car: usize) -> Callback<MouseEvent> {
    let (on_hover, on_toggle) = (props.on_hover.clone(), props.on_toggle.clone());
    Callback::from(move |event: MouseEvent| {
        if is_touch(&event) {
            on_hover.emit(car);
        } else {
            on_toggle.emit(car);
        }
    })
}

/// True for a click that came from a finger (browsers send clicks as `PointerEvent`s).
#[cfg(target_arch = "wasm32")]
fn is_touch(event: &MouseEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .dyn_ref::<PointerEvent>()
        .is_some_and(|p| p.pointer_type() == "touch")
}

/// Server-side rendering has no events.
#[cfg(not(target_arch = "wasm32"))]
fn is_touch(_event: &MouseEvent) -> bool {
    false
}

/// One car's mark: a focusable group with its label, bar and value.
fn mark(props: &ChartProps, row: &RowMark, tab_stop: bool) -> Html {
    // Server-rendered and standalone charts cannot act on a press: no focus stop, no button.
    let interactive = cfg!(target_arch = "wasm32") && props.standalone.is_none();
    let session = &props.session;
    let entry = &session.entries[row.entry];
    let classified = &props.classification.rows[row.row];
    let car = row.entry;
    let color = colour_of(session, entry, props.colour_by).to_owned();
    let picked = props.compare.contains(&car);
    let mut class = classes!("qc-row");
    if props.active == Some(car) {
        class.push("qc-active");
    }
    if picked {
        class.push("qc-picked");
    }
    if row.pole {
        class.push("qc-pole");
    }
    let width = (row.bar.1 - row.bar.0).max(2.0);
    let text_y = px(row.y + ROW_HEIGHT / 2.0 + 4.5);
    let label = text::car_label(session, &props.classification, classified, &props.words);
    html! {
        <g class={class} key={entry.number.clone()} data-car={entry.number.clone()}
           tabindex={interactive.then_some(if tab_stop { "0" } else { "-1" })}
           role={if interactive { "button" } else { "img" }}
           aria-pressed={interactive.then(|| picked.to_string())}
           aria-label={label.clone()}
           onpointerenter={props.on_hover.reform(move |_: PointerEvent| car)}
           onclick={click(props, car)}
           onfocus={props.on_focus.reform(move |_: FocusEvent| car)}
           onkeydown={props.on_key.reform(move |e: KeyboardEvent| (car, e))}>
            <title>{ text::node(label) }</title>
            <rect class="qc-hit" x="0" y={px(row.y)} width={px(props.layout.width)} height={px(ROW_HEIGHT)} />
            <text class="qc-label" x={px(props.layout.label_width - 8.0)} y={text_y.clone()} text-anchor="end">
                { row.label.clone() }
            </text>
            <rect class="qc-bar" x={px(row.bar.0)} y={px(row.y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0)}
                  width={px(width)} height={px(BAR_HEIGHT)} fill={color} rx="2" />
            <text class="qc-value" x={px(row.bar.1 + VALUE_GAP)} y={text_y}>
                { row.value.clone() }
                if let Some(maker) = &row.maker {
                    <tspan class="qc-maker">{ MAKER_JOINER }{ maker.clone() }</tspan>
                }
            </text>
        </g>
    }
}
