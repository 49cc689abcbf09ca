//! The comparison panel: the picked cars side by side, best, sector and ideal deltas to the
//! first pick, and the sector where each loses most (figures from `core::compare`).

use yew::prelude::*;

use crate::core::compare::compare;
use crate::core::lang::Words;
use crate::core::session::Session;
use crate::core::text::isolate;
use crate::widget::text;
use crate::widget::{HANDED_OVER, RESERVE};

/// The comparison of the picked cars, deltas to the first pick.
pub fn comparison(
    session: &Session,
    picks: &[usize],
    on_clear: Callback<MouseEvent>,
    words: &Words,
) -> Html {
    if picks.is_empty() {
        return html! {};
    }
    let p = session.precision;
    let result = compare(session, picks);
    let delta = |d: Option<crate::core::time::Gap>| {
        d.map_or_else(|| "–".to_owned(), |g| g.display(p).to_string())
    };
    let time = |t: Option<crate::core::time::LapTime>| {
        t.map_or_else(|| "–".to_owned(), |t| t.display(p).to_string())
    };
    // On the static chart (a prerender marker's `--compare`) "Clear" needs the live chart: the
    // loader hands the click over.
    html! {
        <section class="qc-compare" data-qc="compare" aria-live="polite">
            <h3>{ text::say(words, "compare-title") }<button type="button" class={classes!("qc-clear", RESERVE)} data-qc-static={HANDED_OVER} onclick={on_clear}>{ text::say(words, "compare-clear") }</button></h3>
            if result.cars.len() < 2 {
                <p class="qc-hint">{ text::say(words, "compare-hint") }</p>
            }
            <table>
                <thead><tr>
                    <th scope="col">{ text::say(words, "table-car") }</th><th scope="col">{ text::say(words, "table-best") }</th><th scope="col">{ "Δ" }</th>
                    { for (1..=session.sectors).map(|k| html! { <th scope="col">{ format!("S{k} Δ") }</th> }) }
                    <th scope="col">{ text::say(words, "compare-ideal-delta") }</th>
                </tr></thead>
                <tbody>
                    { for result.cars.iter().map(|car| {
                        let entry = &session.entries[car.entry];
                        html! {
                            <tr>
                                <th scope="row">{ format!("#{} {}", isolate(&entry.number), isolate(&text::surname(&text::driver_of(entry, car.driver)))) }</th>
                                <td>{ time(car.best) }</td>
                                <td>{ delta(car.best_delta) }</td>
                                { for car.sector_deltas.iter().enumerate().map(|(k, d)| html! {
                                    <td class={classes!((car.loses_most == Some(k)).then_some("qc-loses"))}>{ delta(*d) }</td>
                                }) }
                                <td>{ delta(car.ideal_delta) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
