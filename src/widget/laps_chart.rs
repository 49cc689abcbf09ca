//! The laps chart of the compared cars: every lap at its session time and lap time, one colour
//! and one shape per car, deleted laps hollow and struck through, pit laps marked, each car's
//! best so far as a step line, and the readout of the lap under the pointer or in focus.
//!
//! Geometry is `core::chart::laps`'s; this draws it and holds two bits of the reader's state
//! that no other panel needs: the lap in focus and whether the slow laps are on the scale.
//! Web APIs (moving focus) run only in callbacks behind `cfg(target_arch = "wasm32")`, so the
//! server render draws the same marks, with a `<title>` on each for a tooltip without script.

use yew::prelude::*;

use crate::core::chart::laps::{laps, CarLaps, LapMark, MAX_MARKS_PER_CAR};
use crate::core::chart::px::{px, Px};
use crate::core::colouring::ColourBy;
use crate::core::lang::Words;
use crate::core::session::{Pit, Session};
use crate::widget::shared::Shared;
use crate::widget::text;
use crate::widget::RESERVE;

/// Whose laps, in how much width.
#[derive(Clone, PartialEq, Properties)]
pub struct LapsChartProps {
    /// The session as the chart shows it (at the replay's moment, when there is one).
    pub session: Shared<Session>,
    /// The compared cars (indices into `session.entries`), in pick order.
    pub picks: Vec<usize>,
    /// The width to lay out for: the chart's inner width.
    pub width: f64,
    /// The chart's colouring, which each car's colour starts from.
    #[prop_or_default]
    pub colour_by: ColourBy,
    pub words: Words,
}

/// A lap: its car (index into `session.entries`) and its index in the car's laps.
type LapKey = (usize, usize);

#[component]
pub fn LapsChart(props: &LapsChartProps) -> Html {
    let show_slow = use_state(|| false);
    let active = use_state(|| None::<LapKey>);
    let node = use_node_ref();
    let layout = use_memo(
        (
            props.session.clone(),
            props.picks.clone(),
            (props.width * 10.0) as i64,
            *show_slow,
            props.colour_by,
        ),
        |(session, picks, _, show_slow, by)| laps(session, picks, props.width, *show_slow, *by),
    );
    let Some(layout) = layout.as_ref() else {
        return html! {};
    };
    let session = &*props.session;
    let words = &props.words;
    // Nothing to draw (timing with best times only, as an F1 results feed, or laps without a
    // session time): the panel says so instead of an empty plot.
    if layout.slow == 0 && layout.cars.iter().all(|c| c.marks.is_empty()) {
        return html! {
            <section class="qc-laps" data-qc="laps">
                <h3>{ text::say(words, "laps-title") }</h3>
                <p class="qc-laps-note" data-qc="laps-none">{ text::say(words, "laps-none") }</p>
                if layout.unplaced > 0 {
                    <p class="qc-laps-note">{ text::node(words.counted("laps-unplaced", layout.unplaced)) }</p>
                }
            </section>
        };
    }
    let interactive = cfg!(target_arch = "wasm32");
    let order = layout.reading_order();
    let key_of = |(c, m): (usize, usize)| (layout.cars[c].entry, layout.cars[c].marks[m].lap);
    // The roving tab stop: the lap in focus when it is drawn, else the first from the left.
    let tab_stop = (*active)
        .filter(|key| order.iter().any(|&o| key_of(o) == *key))
        .or_else(|| order.first().map(|&o| key_of(o)));
    let on_key = {
        let (active, node) = (active.clone(), node.clone());
        let keys: Vec<LapKey> = order.iter().map(|&o| key_of(o)).collect();
        Callback::from(move |(key, event): (LapKey, KeyboardEvent)| {
            let Some(at) = keys.iter().position(|k| *k == key) else {
                return;
            };
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => (at + 1).min(keys.len() - 1),
                "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
                "Home" => 0,
                "End" => keys.len() - 1,
                _ => return,
            };
            event.prevent_default();
            active.set(Some(keys[next]));
            focus_mark(&node, keys[next]);
        })
    };
    let select = {
        let active = active.clone();
        Callback::from(move |key: LapKey| active.set(Some(key)))
    };
    let on_slow = {
        let show_slow = show_slow.clone();
        Callback::from(move |_: MouseEvent| show_slow.set(!*show_slow))
    };
    let readout = (*active)
        .and_then(|(car, lap)| {
            let entry = session.entries.get(car)?;
            let mark = layout
                .cars
                .iter()
                .find(|c| c.entry == car)?
                .marks
                .iter()
                .find(|m| m.lap == lap)?;
            Some(text::lap_readout(
                session,
                entry,
                entry.laps.get(lap)?,
                mark.best,
                words,
            ))
        })
        .unwrap_or_else(|| words.t("laps-hint"));
    let deleted = layout
        .cars
        .iter()
        .any(|c| c.marks.iter().any(|m| m.deleted));
    let p = session.precision;
    let picks: Vec<usize> = layout.cars.iter().map(|c| c.entry).collect();
    // The pit marks' words, looked up once for every mark.
    let (pit_in, pit_out) = (words.t("pit-in"), words.t("pit-out"));
    html! {
        <section class="qc-laps" data-qc="laps" ref={node}>
            <h3>{ text::say(words, "laps-title") }</h3>
            <p class="qc-laps-sub">{ text::say(words, "laps-sub") }</p>
            <ul class="qc-laps-key">
                { for layout.cars.iter().map(|car| {
                    let entry = &session.entries[car.entry];
                    html! {
                        <li data-key-car={entry.number.clone()}>
                            <svg class="qc-laps-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                                <path d={car.shape.path(8.0, 8.0)} fill={car.colour.clone()} stroke={car.colour.clone()} />
                            </svg>
                            { text::laps_key(entry, car.best_lap.and_then(|lap| entry.laps.get(lap)?.driver)) }
                            if let Some(best) = car.best {
                                <span class="qc-laps-best">{ format!(" {}", best.display(p)) }</span>
                            }
                        </li>
                    }
                }) }
                if deleted {
                    <li class="qc-laps-key-deleted">
                        <svg class="qc-laps-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                            <circle cx="8" cy="8" r="4.5" class="qc-lap-hollow" /><line x1="1" x2="15" y1="8" y2="8" class="qc-lap-strike" />
                        </svg>
                        { text::say(words, "deleted") }
                    </li>
                }
            </ul>
            <svg class="qc-laps-svg" data-qc="laps-chart" viewBox={format!("0 0 {} {}", Px(layout.width), Px(layout.height))}
                 width="100%" height={px(layout.height)} preserveAspectRatio="xMinYMin meet"
                 role="group" aria-label={text::laps_summary(session, &picks, words)}>
                <g class="qc-axis" aria-hidden="true">
                    { for layout.y_ticks.iter().map(|(y, t)| html! {
                        <g>
                            <line class="qc-grid" x1={px(layout.left)} x2={px(layout.right)} y1={px(*y)} y2={px(*y)} />
                            <text class="qc-tick" x={px(layout.left - 6.0)} y={px(y + 4.0)} text-anchor="end">{ text::time_tick(*t, p) }</text>
                        </g>
                    }) }
                    { for layout.x_ticks.iter().map(|(x, t)| html! {
                        <g>
                            <line class="qc-laps-x-tick" x1={px(*x)} x2={px(*x)} y1={px(layout.bottom)} y2={px(layout.bottom + 4.0)} />
                            <text class="qc-tick" x={px(*x)} y={px(layout.bottom + 17.0)} text-anchor="middle">{ t.clock() }</text>
                        </g>
                    }) }
                    <line class="qc-laps-baseline" x1={px(layout.left)} x2={px(layout.right)} y1={px(layout.bottom)} y2={px(layout.bottom)} />
                    <text class="qc-laps-axis" x="0" y="12">{ text::say(words, "laps-axis") }</text>
                </g>
                if let Some(x) = layout.moment {
                    <line class="qc-moment-line" data-qc="laps-moment" x1={px(x)} x2={px(x)} y1={px(layout.top)} y2={px(layout.bottom)} />
                }
                { for layout.cars.iter().map(|car| {
                    let entry = &session.entries[car.entry];
                    html! {
                        <g class="qc-laps-car" data-laps-car={entry.number.clone()}>
                            if car.steps.len() > 1 {
                                <path class="qc-laps-step" d={step_path(car)} stroke={car.colour.clone()} aria-hidden="true" />
                            }
                            { for car.marks.iter().map(|mark| {
                                let key = (car.entry, mark.lap);
                                let Some(lap) = entry.laps.get(mark.lap) else { return html! {} };
                                let label = text::lap_label(session, entry, lap, mark.best, words);
                                let class = classes!(
                                    "qc-lap",
                                    mark.best.then_some("qc-lap-best"),
                                    mark.deleted.then_some("qc-lap-deleted"),
                                    mark.slow.then_some("qc-lap-slow"),
                                    (*active == Some(key)).then_some("qc-active"),
                                );
                                html! {
                                    <g class={class} data-lap-car={entry.number.clone()} data-lap={lap.number.to_string()}
                                       data-key={format!("{}-{}", car.entry, mark.lap)}
                                       tabindex={interactive.then_some(if tab_stop == Some(key) { "0" } else { "-1" })}
                                       role="img" aria-label={label.clone()}
                                       onpointerenter={select.reform(move |_: PointerEvent| key)}
                                       onfocus={select.reform(move |_: FocusEvent| key)}
                                       onclick={select.reform(move |_: MouseEvent| key)}
                                       onkeydown={on_key.reform(move |e: KeyboardEvent| (key, e))}>
                                        <title>{ text::node(label) }</title>
                                        <circle class="qc-lap-hit" cx={px(mark.x)} cy={px(mark.y)} r="10" />
                                        { lap_mark(car, mark) }
                                        if let Some(pit) = mark.pit {
                                            <text class="qc-lap-pit" x={px(mark.x)} y={px(mark.y - 9.0)} text-anchor="middle">
                                                { if pit == Pit::In { pit_in.clone() } else { pit_out.clone() } }
                                            </text>
                                        }
                                    </g>
                                }
                            }) }
                        </g>
                    }
                }) }
            </svg>
            <p class="qc-laps-readout" data-qc="laps-readout" aria-live="polite">{ text::node(readout) }</p>
            if layout.slow > 0 {
                <p class="qc-laps-note">
                    <span data-qc="laps-hidden">{ text::node(text::slow_laps_note(layout.slow, layout.show_slow, words)) }</span>
                    { " " }
                    <button type="button" class={RESERVE} data-qc="laps-slow" aria-pressed={layout.show_slow.to_string()} onclick={on_slow}>
                        { text::say(words, if layout.show_slow { "laps-hide-slow" } else { "laps-show-slow" }) }
                    </button>
                </p>
            }
            if layout.capped > 0 {
                <p class="qc-laps-note">{ text::node(text::of_total(words, "laps-capped", MAX_MARKS_PER_CAR, layout.capped)) }</p>
            }
            if layout.unplaced > 0 {
                <p class="qc-laps-note">{ text::node(words.counted("laps-unplaced", layout.unplaced)) }</p>
            }
        </section>
    }
}

/// The step line as an SVG path.
fn step_path(car: &CarLaps) -> String {
    let mut d = String::with_capacity(car.steps.len() * 14);
    for (i, (x, y)) in car.steps.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { "L" });
        d.push_str(&format!("{} {}", Px(*x), Px(*y)));
    }
    d
}

/// One lap's mark: the car's shape, filled, or hollow and struck through when deleted.
fn lap_mark(car: &CarLaps, mark: &LapMark) -> Html {
    let d = car.shape.path(mark.x, mark.y);
    if mark.deleted {
        let (x0, x1, y) = mark.strike();
        html! {
            <>
                <path class="qc-lap-mark qc-lap-hollow" d={d} stroke={car.colour.clone()} />
                <line class="qc-lap-strike" x1={px(x0)} x2={px(x1)} y1={px(y)} y2={px(y)} stroke={car.colour.clone()} />
            </>
        }
    } else {
        html! { <path class="qc-lap-mark" d={d} fill={car.colour.clone()} stroke={car.colour.clone()} /> }
    }
}

/// Moves keyboard focus to a lap's mark (the arrow keys), found by its car and lap.
#[cfg(target_arch = "wasm32")]
fn focus_mark(node: &NodeRef, (car, lap): LapKey) {
    use wasm_bindgen::JsCast;
    let mark = node
        .cast::<web_sys::Element>()
        .and_then(|root| {
            root.query_selector(&format!("[data-key=\"{car}-{lap}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|mark| mark.dyn_into::<web_sys::SvgElement>().ok());
    if let Some(mark) = mark {
        let _ = mark.focus();
    }
}

/// Server-side rendering has no focus to move.
#[cfg(not(target_arch = "wasm32"))]
fn focus_mark(_node: &NodeRef, _key: LapKey) {}
