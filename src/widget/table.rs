//! "Show as table": the classification as a real `<table>`, with the figures the bars cannot
//! show: ideal lap, time left on the table, ideal-lap gap, gap in metres, 107 % and notes.
//!
//! It sits in a `<details>` element, so the toggle works without script (the server-rendered
//! fallback has it too) and screen readers announce it as a disclosure. Like the chart, it
//! lists at most `CAR_CAP` cars until the reader asks for all.

use std::collections::{HashMap, HashSet};

use yew::prelude::*;

use crate::core::analysis::{gap_metres, potentials, Potential};
use crate::core::chart::layout::CAR_CAP;
use crate::core::classify::Classification;
use crate::core::sectors::SectorBests;
use crate::core::session::Session;
use crate::core::text::{isolate, JOINER};
use crate::core::verdicts::Verdicts;
use crate::widget::shared::Shared;
use crate::widget::text;

#[derive(Clone, PartialEq, Properties)]
pub struct TableProps {
    pub session: Shared<Session>,
    pub classification: Shared<Classification>,
    /// The classification's cut-offs and record results, as the chart and the story have them.
    pub verdicts: Shared<Verdicts>,
    pub bests: Shared<SectorBests>,
    /// Every car, not only the first `CAR_CAP`.
    pub all: bool,
    /// "Show all N cars".
    pub on_show_all: Callback<MouseEvent>,
}

#[component]
pub fn ClassTable(props: &TableProps) -> Html {
    let session = &*props.session;
    let classification = &*props.classification;
    let p = session.precision;
    let potentials = potentials(session, classification, &props.bests);
    // By entry, for the rows: a search of every car per row would be quadratic.
    let potential: HashMap<usize, &Potential> = potentials.iter().map(|x| (x.entry, x)).collect();
    let outside: HashSet<usize> = props
        .verdicts
        .cutoffs
        .iter()
        .flat_map(|c| c.outside.iter().copied())
        .collect();
    let total = classification.rows.len();
    let listed = if props.all { total } else { total.min(CAR_CAP) };
    let reserve = (!cfg!(target_arch = "wasm32")).then_some("qc-reserve");
    let several = session.classes.len() > 1;
    let knockout = session.is_knockout();
    // As the chart: all classes measure each car to its class pole.
    let length = session.track.as_ref().and_then(|t| t.length_km);
    let dash = || "–".to_owned();
    html! {
        <details class="qc-table" data-qc="table">
            <summary>{ "Show as table" }</summary>
            <div class="qc-scroll" tabindex="0" role="region" aria-label="Classification table">
            <table>
                <caption>{ text::chart_label(session, classification) }</caption>
                <thead><tr>
                    <th scope="col">{ "Pos" }</th>
                    if several { <th scope="col">{ "Class" }</th> }
                    if knockout { <th scope="col" title="the part whose time classifies the car; its gap is to the fastest in that part">{ "Part" }</th> }
                    <th scope="col">{ "Car" }</th>
                    <th scope="col">{ "Driver" }</th>
                    <th scope="col">{ "Best" }</th>
                    <th scope="col">{ "Gap" }</th>
                    <th scope="col">{ "Int." }</th>
                    <th scope="col">{ "%" }</th>
                    if length.is_some() { <th scope="col" title="the gap as a distance at the pole lap's average speed">{ "Metres" }</th> }
                    <th scope="col">{ "Ideal" }</th>
                    <th scope="col" title="best lap − ideal lap">{ "Left on table" }</th>
                    <th scope="col" title="ideal lap − the fastest ideal lap">{ "Ideal gap" }</th>
                    <th scope="col">{ "Note" }</th>
                </tr></thead>
                <tbody>
                    { for classification.rows.iter().take(listed).map(|row| {
                        let entry = &session.entries[row.entry];
                        let best = row.best.as_ref();
                        let gap = classification.shown_gap(row);
                        let pole_time = classification.measured_from(row).filter(|_| gap.is_some());
                        let metres = length
                            .zip(gap)
                            .zip(pole_time)
                            .and_then(|((km, g), pole)| gap_metres(g, pole, km));
                        let pot = potential.get(&row.entry);
                        let mut note: Vec<String> = Vec::new();
                        if best.is_none() {
                            note.push(row.status.label().to_owned());
                        }
                        if outside.contains(&row.entry) {
                            note.push("outside 107%".to_owned());
                        }
                        if let Some(n) = entry.note.as_deref() {
                            note.push(isolate(n).into_owned());
                        }
                        html! {
                            <tr data-row={entry.number.clone()}>
                                <td>{ text::position(row) }</td>
                                if several { <td>{ session.class_name_of(entry).to_owned() }</td> }
                                if knockout { <td>{ row.part.and_then(|i| session.parts.get(i)).map_or_else(dash, |part| part.name.clone()) }</td> }
                                <th scope="row">{ format!("#{}", entry.number) }</th>
                                <td>{ text::driver_of(entry, best.and_then(|b| b.driver)) }</td>
                                <td>{ best.map_or_else(dash, |b| b.time.display(p).to_string()) }</td>
                                <td>{ gap.map_or_else(|| if best.is_some() { "pole".to_owned() } else { dash() }, |g| g.display(p).to_string()) }</td>
                                <td>{ classification.shown_interval(row).map_or_else(dash, |g| g.display(p).to_string()) }</td>
                                <td>{ classification.shown_percent(row).map_or_else(dash, |x| x.to_string()) }</td>
                                if length.is_some() { <td>{ metres.map_or_else(dash, |m| m.to_string()) }</td> }
                                <td>{ pot.map_or_else(dash, |x| x.ideal.display(p).to_string()) }</td>
                                <td>{ pot.map_or_else(dash, |x| x.left_on_table.display(p).to_string()) }</td>
                                <td>{ pot.map_or_else(dash, |x| x.ideal_gap.display(p).to_string()) }</td>
                                <td class="qc-note">{ note.join(JOINER) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            if listed < total {
                <p class="qc-more-cars">
                    { format!("Showing {} of {} cars. ", text::count(listed), text::count(total)) }
                    <button type="button" class={reserve} data-qc="all-cars-table" onclick={props.on_show_all.clone()}>
                        { format!("Show all {} cars", text::count(total)) }
                    </button>
                </p>
            }
        </details>
    }
}
