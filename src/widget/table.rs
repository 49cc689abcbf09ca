//! "Show as table": the classification as a real `<table>`, with the figures the bars cannot
//! show: ideal lap, time left on the table, ideal-lap gap, gap in metres, 107 % and notes. The
//! columns and cells are `core::table`'s, the same the CSV download carries.
//!
//! It sits in a `<details>` element, so the toggle works without script (the server-rendered
//! fallback has it too) and screen readers announce it as a disclosure. Like the chart, it
//! lists at most `CAR_CAP` cars until the reader asks for all.

use yew::prelude::*;

use crate::core::chart::layout::CAR_CAP;
use crate::core::classify::Classification;
use crate::core::lang::Words;
use crate::core::sectors::SectorBests;
use crate::core::session::Session;
use crate::core::table::{table, CAR};
use crate::core::verdicts::Verdicts;
use crate::widget::shared::Shared;
use crate::widget::text;
use crate::widget::RESERVE;

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
    pub words: Words,
}

#[component]
pub fn ClassTable(props: &TableProps) -> Html {
    let session = &*props.session;
    let classification = &*props.classification;
    let words = &props.words;
    let table = table(
        session,
        classification,
        &props.verdicts,
        &props.bests,
        words,
    );
    let total = table.rows.len();
    let listed = if props.all { total } else { total.min(CAR_CAP) };
    // The car's number heads its row; the note column is styled on its own.
    let car = table.columns.iter().position(|c| c.id == CAR);
    let last = table.columns.len().saturating_sub(1);
    html! {
        <details class="qc-table" data-qc="table">
            <summary>{ text::say(words, "table-show") }</summary>
            <div class="qc-scroll" tabindex="0" role="region" aria-label={words.t("table-name")}>
            <table>
                <caption>{ text::node(text::chart_label(session, classification, words)) }</caption>
                <thead><tr>
                    { for table.columns.iter().map(|c| html! {
                        <th scope="col" title={c.title.clone()}>{ c.name.clone() }</th>
                    }) }
                </tr></thead>
                <tbody>
                    { for table.rows.iter().take(listed).map(|row| html! {
                        <tr data-row={row.number.clone()}>
                            { for row.cells.iter().enumerate().map(|(i, cell)| {
                                if Some(i) == car {
                                    html! { <th scope="row">{ cell.clone() }</th> }
                                } else if i == last {
                                    html! { <td class="qc-note">{ cell.clone() }</td> }
                                } else {
                                    html! { <td>{ cell.clone() }</td> }
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            if listed < total {
                <p class="qc-more-cars">
                    { text::node(text::of_total(words, "table-more-cars", listed, total)) }
                    <button type="button" class={RESERVE} data-qc="all-cars-table" onclick={props.on_show_all.clone()}>
                        { text::node(words.counted("chart-show-all-cars", total)) }
                    </button>
                </p>
            }
        </details>
    }
}
