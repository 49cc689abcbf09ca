//! The details panel for the car in focus: best lap and who drove it, gap, interval, % of pole,
//! ideal lap, the gap in metres, where the car lost time to the pole sector by sector, sectors
//! marked session best / personal best (colour and a text mark), and the
//! car's run lap by lap with deleted laps struck through and pit laps marked.

use yew::prelude::*;

use crate::widget::shared::Shared;

use crate::core::analysis::gap_metres;
use crate::core::classify::Classification;
use crate::core::compare::compare;
use crate::core::lang::{Arg, Words};
use crate::core::sectors::{mark, SectorBests, SectorMark};
use crate::core::session::{Pit, Session};
use crate::core::text::{isolate, JOINER};
use crate::widget::text;

/// The panel's inputs: the car, and the figures the root derived for the scope.
#[derive(Clone, PartialEq, Properties)]
pub struct DetailsProps {
    pub session: Shared<Session>,
    pub classification: Shared<Classification>,
    pub bests: Shared<SectorBests>,
    /// The car to describe (index into `session.entries`); a prompt when `None`.
    pub car: Option<usize>,
    /// Whether that car is picked for comparison.
    pub picked: bool,
    /// Pick or unpick the car (the panel's button: how a phone reader compares).
    pub on_toggle: Callback<usize>,
    pub words: Words,
}

/// At most this many laps are drawn until the reader asks for all of them.
pub const LAP_WINDOW: usize = 40;

/// The laps to draw of `len`: all when they fit in `window`, else `window` laps centred on the
/// best lap (the first ones when there is none), kept inside the run.
pub fn lap_window(len: usize, best: Option<usize>, window: usize) -> std::ops::Range<usize> {
    if len <= window {
        return 0..len;
    }
    let centre = best.unwrap_or(0).min(len - 1);
    let start = centre.saturating_sub(window / 2).min(len - window);
    start..start + window
}

#[component]
pub fn Details(props: &DetailsProps) -> Html {
    // The car whose every lap the reader asked to see.
    let all_laps = use_state(|| None::<usize>);
    let session = &props.session;
    let words = &props.words;
    let p = session.precision;
    let Some(row) = props.car.and_then(|car| props.classification.row_of(car)) else {
        return html! {
            <section class="qc-details" data-qc="details" aria-live="polite">
                <p class="qc-hint">{ text::say(words, "details-hint") }</p>
            </section>
        };
    };
    let entry = &session.entries[row.entry];
    let car = row.entry;
    // A long run (a 24-hour race has 800 laps) shows the laps around its best until the reader
    // asks for all: drawing every row on every hover would make hovering slow.
    let best_index = row.best.as_ref().and_then(|b| match b.source {
        crate::core::classify::BestSource::Lap(i) => Some(i),
        _ => None,
    });
    let shown = if *all_laps == Some(car) {
        0..entry.laps.len()
    } else {
        lap_window(entry.laps.len(), best_index, LAP_WINDOW)
    };
    let show_all = {
        let all_laps = all_laps.clone();
        Callback::from(move |_: MouseEvent| all_laps.set(Some(car)))
    };
    let best = row.best.as_ref();
    let driver = text::driver_of(entry, best.and_then(|b| b.driver));
    let personal = &props.bests.personal[row.entry];
    let ideal = props.bests.ideal_of(row.entry);
    let gap = props.classification.shown_gap(row);
    // The pole this car's gap is measured from: its class's in the all-classes chart.
    let by_class = props.classification.by_class;
    let pole = props
        .classification
        .rows
        .iter()
        .filter(|r| !by_class || session.entries[r.entry].class == entry.class)
        .find(|r| r.best.is_some());
    let pole_time = props.classification.measured_from(row);
    let metres = gap
        .zip(pole_time)
        .zip(session.track.as_ref().and_then(|t| t.length_km))
        .and_then(|((g, pole), km)| gap_metres(g, pole, km));
    // Where the car lost time to the pole, sector by sector (best lap against best lap).
    let lost: Vec<String> = pole
        .filter(|pole| pole.entry != car && best.is_some())
        .and_then(|pole| compare(session, &[pole.entry, car]).cars.into_iter().nth(1))
        .map(|c| {
            c.sector_deltas
                .iter()
                .enumerate()
                .filter_map(|(k, d)| d.map(|d| format!("S{} {}", k + 1, d.display(p))))
                .collect()
        })
        .unwrap_or_default();
    let figure = |id: &str, value: String| html! { <div class="qc-figure"><dt>{ text::say(words, id) }</dt><dd>{ text::node(value) }</dd></div> };
    // The sector marks' names, looked up once for every cell.
    let (session_best, personal_best) = (
        words.t("details-session-best"),
        words.t("details-personal-best"),
    );
    let deleted = words.t("deleted");
    let sector_cell = |k: usize, time: Option<crate::core::time::LapTime>, valid: bool| -> Html {
        let Some(time) = time else {
            return html! { <td class="qc-sector">{ "–" }</td> };
        };
        let personal = personal.get(k).and_then(|s| s.as_ref()).map(|s| s.time);
        let best = props
            .bests
            .session
            .get(k)
            .and_then(|s| s.as_ref())
            .map(|s| s.time);
        let (class, sign, title) = match mark(time, valid, personal, best) {
            SectorMark::SessionBest => ("qc-sector qc-sb", " ◆", session_best.clone()),
            SectorMark::PersonalBest => ("qc-sector qc-pb", " ●", personal_best.clone()),
            SectorMark::None => ("qc-sector", "", String::new()),
        };
        html! { <td class={class} title={title.clone()}>{ time.display(p).to_string() }<span aria-label={title}>{ sign }</span></td> }
    };
    html! {
        <section class="qc-details" data-qc="details" aria-live="polite">
            <h3 class="qc-details-title">
                { text::car_title(entry, row, &driver) }
                if let Some(team) = &entry.team { <span class="qc-team">{ format!("{JOINER}{}", isolate(team)) }</span> }
            </h3>
            <button type="button" class="qc-pick" data-qc="pick" aria-pressed={props.picked.to_string()}
                    onclick={props.on_toggle.reform(move |_: MouseEvent| car)}>
                { text::say(words, if props.picked { "details-uncompare" } else { "details-compare" }) }
            </button>
            <dl class="qc-figures">
                { figure("details-best", best.map_or_else(|| row.status.label(words), |b| {
                    let time = b.time.display(p).to_string();
                    match b.lap {
                        Some(lap) => words.with("details-best-on-lap", &[("time", Arg::Text(&time)), ("lap", Arg::Count(i64::from(lap)))]),
                        None => time,
                    }
                })) }
                { figure("details-gap", gap.map_or_else(|| if best.is_some() { words.t("table-pole") } else { "–".to_owned() }, |g| g.display(p).to_string())) }
                if let Some(m) = metres { { figure("details-metres", m.display(p).to_string()) } }
                { figure("details-interval", props.classification.shown_interval(row).map_or_else(|| "–".to_owned(), |g| g.display(p).to_string())) }
                { figure("details-percent", props.classification.shown_percent(row).map_or_else(|| "–".to_owned(), |x| x.display(p).to_string())) }
                { figure("details-ideal", ideal.map_or_else(|| "–".to_owned(), |t| t.display(p).to_string())) }
                { figure("details-laps-run", words.count(entry.laps.len())) }
            </dl>
            if !lost.is_empty() {
                <p class="qc-lost">{ text::say(words, "details-lost") }{ lost.join(JOINER) }</p>
            }
            if !entry.laps.is_empty() {
                <table class="qc-laps">
                    <caption>
                        { text::say(words, "details-laps-caption") }
                        if shown.len() < entry.laps.len() {
                            { words.with("details-laps-window", &[
                                ("first", Arg::Text(&words.count(shown.start + 1))),
                                ("last", Arg::Text(&words.count(shown.end))),
                                ("total", Arg::Text(&words.count(entry.laps.len()))),
                            ]) }
                            <button type="button" class="qc-all-laps" onclick={show_all}>{ text::node(words.counted("details-show-all-laps", entry.laps.len())) }</button>
                        }
                    </caption>
                    <thead><tr>
                        <th scope="col">{ text::say(words, "details-lap") }</th><th scope="col">{ text::say(words, "details-time") }</th>
                        { for (1..=session.sectors).map(|k| html! { <th scope="col">{ format!("S{k}") }</th> }) }
                        <th scope="col">{ text::say(words, "table-driver") }</th>
                    </tr></thead>
                    <tbody>
                        { for entry.laps.iter().enumerate().skip(shown.start).take(shown.len()).map(|(i, lap)| {
                            let is_best = best.is_some_and(|b| b.source == crate::core::classify::BestSource::Lap(i));
                            let time = lap.time.map(|t| t.display(p).to_string()).unwrap_or_else(|| "–".to_owned());
                            let pit = match lap.pit {
                                Some(Pit::In) => Some("pit-in"),
                                Some(Pit::Out) => Some("pit-out"),
                                None => None,
                            };
                            html! {
                                <tr class={classes!(is_best.then_some("qc-best-lap"), (!lap.valid).then_some("qc-deleted"))}>
                                    <th scope="row">{ lap.number }<span class="qc-pit">if let Some(id) = pit { { " " }{ text::say(words, id) } }</span></th>
                                    <td>
                                        if lap.valid { { time } } else { <del title={deleted.clone()}>{ time }</del> }
                                        if lap.flag.as_deref() == Some("red") { <span class="qc-flag" title={words.t("details-red-flag")}>{ " ⚑" }</span> }
                                    </td>
                                    { for (0..usize::from(session.sectors)).map(|k| sector_cell(k, lap.sectors.get(k).copied().flatten(), lap.valid)) }
                                    <td>{ text::surname(&text::driver_of(entry, lap.driver)) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::lap_window;

    #[test]
    fn long_runs_show_the_laps_around_the_best() {
        assert_eq!(lap_window(12, Some(4), 40), 0..12);
        assert_eq!(lap_window(800, Some(400), 40), 380..420);
        assert_eq!(lap_window(800, Some(3), 40), 0..40);
        assert_eq!(lap_window(800, Some(799), 40), 760..800);
        assert_eq!(lap_window(800, None, 40), 0..40);
        assert_eq!(lap_window(41, Some(40), 40), 1..41);
    }
}
