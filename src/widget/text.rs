//! The words of the widget: accessible names, labels, the record caption, each from the
//! chart's [`Words`] (`static/qualichart/lang/<code>.ftl`). Formatting only: every figure comes
//! from `core`, displayed with the session's precision (which carries the language's decimal
//! mark). A name from data in a label goes through `core::text::isolate`, so a right-to-left
//! name cannot reorder the figures after it; lengths are counted as a reader sees them
//! (`core::text::shown_chars`), from the words of the language shown.
//!
//! "P3", "#31", "S1" and "Δ" are the timing screen's own notation, written so in every language
//! the chart speaks; the words around them are the language's.

use crate::core::analysis::{Ghost, Provisional};
use crate::core::chart::glyphs::FontSize;
use crate::core::chart::layout::{CutoffMark, MoreMark, RuleMark};
use crate::core::classify::{Classification, Row, Scope};
use crate::core::colouring::ColourBy;
use crate::core::lang::{Arg, Words};
use crate::core::session::{Entry, Lap, Pit, Record, Session};
use crate::core::text::{isolate, shown_chars, JOINER};
use crate::core::time::{Gap, LapTime, Precision};
use yew::virtual_dom::VText;
use yew::Html;

/// Message `id` as a text node. Every text the components take from the messages becomes
/// markup here, once: an `html!` site turning a `String` into a node itself repeats the
/// conversion's code at every site (and copies the text once more), in the readers' bundle.
pub fn say(words: &Words, id: &str) -> Html {
    node(words.t(id))
}

/// A text the words made (a message with arguments, a count) as a text node.
pub fn node(text: String) -> Html {
    Html::from(VText::new(text))
}

/// The driver to name for a car (the lap's, else the entry's first), or an empty string.
pub fn driver_of(entry: &Entry, driver: Option<usize>) -> String {
    entry.driver_name(driver).unwrap_or_default().to_owned()
}

pub use crate::core::chart::label::{position, surname};

/// The accessible name of a car's mark: "P1, #31 Pipo Derani, 1:32.656", then the gap the
/// chart shows for it ([`Classification::shown_gap`]), "+0.071 to pole" in English; a car
/// without a driver's name is "P1, #01, 1:45.854".
pub fn car_label(
    session: &Session,
    classification: &Classification,
    row: &Row,
    words: &Words,
) -> String {
    let entry = &session.entries[row.entry];
    let p = session.precision;
    let driver = driver_of(entry, row.best.as_ref().and_then(|b| b.driver));
    let mut label = format!("{}, #{}", position(row), isolate(&entry.number));
    if !driver.is_empty() {
        label.push(' ');
        label.push_str(&isolate(&driver));
    }
    label.push_str(", ");
    match &row.best {
        Some(best) => label.push_str(&best.time.display(p).to_string()),
        None => label.push_str(&row.status.label(words)),
    }
    if let Some(gap) = classification.shown_gap(row) {
        label.push_str(", ");
        let gap = gap.display(p).to_string();
        label.push_str(&words.with("chart-to-pole", &[("gap", Arg::Text(&gap))]));
    }
    label
}

/// The details panel's heading: "P2 #01 Sebastien Bourdais", or "P1 #01" without a name.
pub fn car_title(entry: &Entry, row: &Row, driver: &str) -> String {
    let title = format!("{} #{}", position(row), isolate(&entry.number));
    if driver.is_empty() {
        title
    } else {
        format!("{title} {}", isolate(driver))
    }
}

/// A car without a time, under the bars: "#5 Proton Competition · No time · Repairs …".
pub fn untimed_line(entry: &Entry, row: &Row, words: &Words) -> String {
    let who = entry.team.clone().unwrap_or_else(|| driver_of(entry, None));
    let mut line = format!(
        "#{} {} · {}",
        isolate(&entry.number),
        isolate(&who),
        row.status.label(words)
    );
    if let Some(note) = entry.note.as_deref().filter(|n| !n.trim().is_empty()) {
        line.push_str(JOINER);
        line.push_str(&isolate(note.trim()));
    }
    line
}

/// Message `id` of two counts, `$shown` and `$total`, written as the language writes counts
/// ("Showing 250 of 10,000 cars"); `$n`, the total, chooses the plural.
pub fn of_total(words: &Words, id: &str, shown: usize, total: usize) -> String {
    words.with(
        id,
        &[
            ("shown", Arg::Text(&words.count(shown))),
            ("total", Arg::Text(&words.count(total))),
            ("n", Arg::Count(total as i64)),
        ],
    )
}

/// The line under a chart that does not draw every car: "Showing 250 of 10,000 cars".
pub fn more_cars(more: &MoreMark, words: &Words) -> String {
    let shown = more.total.saturating_sub(more.hidden);
    of_total(words, "chart-more-cars", shown, more.total)
}

/// The legend's accessible name: what its colours stand for ("Manufacturers").
pub fn legend_label(by: ColourBy, words: &Words) -> String {
    words.t(match by {
        ColourBy::Class => "chart-legend-classes",
        ColourBy::Manufacturer => "chart-legend-manufacturers",
        ColourBy::Team => "chart-legend-teams",
    })
}

/// The 107 % line's tooltip: "107% of pole: 1:39.142; cars right of this line were slower".
pub fn cutoff_label(cut: &CutoffMark, p: Precision, words: &Words) -> String {
    let limit = cut.limit.display(p).to_string();
    words.with("chart-cutoff-title", &[("limit", Arg::Text(&limit))])
}

/// A ghost's tooltip: "#63 deleted lap 1:36.260 (lap 4) would have been P3, +0.120".
pub fn ghost_label(session: &Session, ghost: &Ghost, words: &Words) -> String {
    let p = session.precision;
    let entry = &session.entries[ghost.entry];
    let place = if ghost.pole && ghost.gap == Gap::default() {
        "P1".to_owned()
    } else if ghost.pole {
        let gap = ghost.gap.display_unsigned(p).to_string();
        words.with("chart-ghost-pole", &[("gap", Arg::Text(&gap))])
    } else {
        format!("P{}, {}", ghost.position, ghost.gap.display(p))
    };
    let time = ghost.time.display(p).to_string();
    words.with(
        "chart-ghost",
        &[
            ("number", Arg::Text(&isolate(&entry.number))),
            ("time", Arg::Text(&time)),
            ("lap", Arg::Count(i64::from(ghost.lap))),
            ("result", Arg::Text(&place)),
        ],
    )
}

/// A provisional pole's tooltip: "#31 Derani 1:32.656 on lap 5, at 10:12.000".
pub fn provisional_label(session: &Session, provisional: &Provisional, words: &Words) -> String {
    let p = session.precision;
    let entry = &session.entries[provisional.entry];
    let (time, at) = (
        provisional.time.display(p).to_string(),
        provisional.at.display(p).to_string(),
    );
    words.with(
        "timeline-step",
        &[
            ("number", Arg::Text(&isolate(&entry.number))),
            (
                "driver",
                Arg::Text(&isolate(&surname(&driver_of(entry, provisional.driver)))),
            ),
            ("time", Arg::Text(&time)),
            ("lap", Arg::Count(i64::from(provisional.lap))),
            ("at", Arg::Text(&at)),
        ],
    )
}

/// The class poles of `classification` as (class id, car number): what a live update's news
/// compares. In one class (or a one-class session) that is the pole itself.
pub fn poles(session: &Session, classification: &Classification) -> Vec<(String, String)> {
    classification
        .class_poles(session)
        .filter(|row| row.best.is_some())
        .map(|row| {
            let entry = &session.entries[row.entry];
            (entry.class.clone(), entry.number.clone())
        })
        .collect()
}

/// What a screen reader hears when a live update brings a new provisional pole: "New
/// provisional pole: #31 Pipo Derani, 1:32.656." ("New provisional GTD pole: …" in the
/// all-classes chart of several classes), one sentence per class whose pole changed; empty when
/// none did.
pub fn pole_news(
    session: &Session,
    classification: &Classification,
    before: &[(String, String)],
    words: &Words,
) -> String {
    let scope = if classification.by_class {
        "class"
    } else {
        "all"
    };
    classification
        .class_poles(session)
        .filter_map(|row| {
            let entry = &session.entries[row.entry];
            let best = row.best.as_ref()?;
            let known = before
                .iter()
                .any(|(class, number)| *class == entry.class && *number == entry.number);
            (!known).then(|| {
                let driver = driver_of(entry, best.driver);
                let who = if driver.is_empty() {
                    format!("#{}", isolate(&entry.number))
                } else {
                    format!("#{} {}", isolate(&entry.number), isolate(&driver))
                };
                let time = best.time.display(session.precision).to_string();
                words.with(
                    "live-news",
                    &[
                        ("scope", Arg::Text(scope)),
                        ("class", Arg::Text(&isolate(session.class_name_of(entry)))),
                        ("who", Arg::Text(&who)),
                        ("time", Arg::Text(&time)),
                    ],
                )
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The timeline's accessible name: every change of pole in order.
pub fn timeline_summary(session: &Session, provisionals: &[Provisional], words: &Words) -> String {
    let steps: Vec<String> = provisionals
        .iter()
        .map(|x| provisional_label(session, x, words))
        .collect();
    let steps = steps.join(&words.t("timeline-then"));
    words.with("timeline-summary", &[("steps", Arg::Text(&steps))])
}

/// The SVG's own name: what the chart shows, and how many cars set a time.
pub fn chart_label(session: &Session, classification: &Classification, words: &Words) -> String {
    let (scope, class) = match &classification.scope {
        Scope::Overall if session.classes.len() > 1 => ("classes", None),
        Scope::Overall if session.is_knockout() => ("parts", None),
        Scope::Overall => ("all", None),
        Scope::Class(id) => ("class", Some(isolate(session.class_name(id)))),
    };
    let timed = classification
        .rows
        .iter()
        .filter(|r| r.best.is_some())
        .count();
    words.with(
        "chart-name",
        &[
            ("scope", Arg::Text(scope)),
            ("class", Arg::Text(class.as_deref().unwrap_or_default())),
            ("count", Arg::Text(&words.count(timed))),
            ("n", Arg::Count(timed as i64)),
        ],
    )
}

/// A record line's caption: "Record 1:33.685 · Jarvis 2019" (the record's own label, from the
/// session).
pub fn record_label(record: &Record, p: Precision) -> String {
    let mut label = format!("{} {}", isolate(&record.label), record.time.display(p));
    let by: Vec<String> = record
        .driver
        .iter()
        .map(|d| isolate(&surname(d)).into_owned())
        .chain(record.year.map(|y| y.to_string()))
        .collect();
    if !by.is_empty() {
        label.push_str(&format!("{JOINER}{}", by.join(" ")));
    }
    label
}

/// A record line's label, placed where it fits: the full caption reading away from the line
/// on whichever side has room, else the short "Record 1:33.685" in the chart's language (its
/// length measured as written), else the time alone. Returns text, x and anchor.
pub fn fit_rule_label(
    record: &Record,
    p: Precision,
    rule: &RuleMark,
    width: f64,
    words: &Words,
) -> (String, f64, &'static str) {
    let fits = |text: &str, room: f64| FontSize::Small.fits(shown_chars(text), room);
    let full = record_label(record, p);
    let time = record.time.display(p).to_string();
    let short = words.with("chart-record", &[("time", Arg::Text(&time))]);
    let (left_room, right_room) = (rule.x - 4.0, width - rule.x - 4.0);
    let sides = if rule.label_left {
        [true, false]
    } else {
        [false, true]
    };
    for text in [full, short] {
        for left in sides {
            if fits(&text, if left { left_room } else { right_room }) {
                return if left {
                    (text, rule.x - 4.0, "end")
                } else {
                    (text, rule.x + 4.0, "start")
                };
            }
        }
    }
    (time, rule.x - 4.0, "end")
}

/// A lap of the laps chart, as its accessible name and tooltip: "#31 lap 5, 1:32.656, S1
/// 22.149, S2 43.524, S3 26.983, Pipo Derani", then what else the mark shows (best lap,
/// deleted, out-lap or in-lap).
pub fn lap_label(session: &Session, entry: &Entry, lap: &Lap, best: bool, words: &Words) -> String {
    lap_parts(session, entry, lap, best, words).join(", ")
}

/// The readout of the lap in focus: the same words as [`lap_label`], set apart by the joiner.
pub fn lap_readout(
    session: &Session,
    entry: &Entry,
    lap: &Lap,
    best: bool,
    words: &Words,
) -> String {
    lap_parts(session, entry, lap, best, words).join(JOINER)
}

fn lap_parts(
    session: &Session,
    entry: &Entry,
    lap: &Lap,
    best: bool,
    words: &Words,
) -> Vec<String> {
    let p = session.precision;
    let mut parts = vec![
        words.with(
            "laps-lap",
            &[
                ("number", Arg::Text(&isolate(&entry.number))),
                ("lap", Arg::Count(i64::from(lap.number))),
            ],
        ),
        lap.time
            .map_or_else(|| words.t("laps-no-time"), |t| t.display(p).to_string()),
    ];
    for k in 0..usize::from(session.sectors) {
        let sector = lap.sectors.get(k).copied().flatten();
        parts.push(format!(
            "S{} {}",
            k + 1,
            sector.map_or_else(|| "–".to_owned(), |t| t.display(p).to_string())
        ));
    }
    let driver = driver_of(entry, lap.driver);
    if !driver.is_empty() {
        parts.push(isolate(&driver).into_owned());
    }
    let marks = [
        (best, "laps-best"),
        (!lap.valid, "deleted"),
        (lap.pit == Some(Pit::Out), "laps-out-lap"),
        (lap.pit == Some(Pit::In), "laps-in-lap"),
    ];
    parts.extend(
        marks
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, id)| words.t(id)),
    );
    parts
}

/// A lap-time tick: the time without the zeros a round step ends in ("1:32", "1:32.5").
pub fn time_tick(time: LapTime, p: Precision) -> String {
    crate::core::time::tick_text(time.display(p))
}

/// The most characters of a compared car in the laps chart's key: a key is one line, even at a
/// phone's width.
pub const KEY_CHARS: usize = 24;

/// A compared car in the laps chart's key: "#31 Derani", named by the driver of its best lap
/// (`driver`, an index into its drivers), as the comparison names it; cut to [`KEY_CHARS`].
pub fn laps_key(entry: &Entry, driver: Option<usize>) -> String {
    let driver = surname(&driver_of(entry, driver));
    let key = if driver.is_empty() {
        format!("#{}", isolate(&entry.number))
    } else {
        format!("#{} {}", isolate(&entry.number), isolate(&driver))
    };
    crate::core::text::cut(&key, KEY_CHARS)
}

/// The laps chart as one accessible name: whose laps, and which way is faster.
pub fn laps_summary(session: &Session, cars: &[usize], words: &Words) -> String {
    let names: Vec<String> = cars
        .iter()
        .filter_map(|&c| session.entries.get(c))
        .map(|entry| format!("#{}", isolate(&entry.number)))
        .collect();
    words.with("laps-summary", &[("cars", Arg::Text(&words.list(&names)))])
}

/// The note under the laps chart: how many laps the cut-off takes off the scale, or that they
/// are on it.
pub fn slow_laps_note(slow: usize, shown: bool, words: &Words) -> String {
    let id = if shown {
        "laps-slow-shown"
    } else {
        "laps-slow-hidden"
    };
    words.counted(id, slow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Words {
        Words::english()
    }

    #[test]
    fn record_labels_fit_where_there_is_room() {
        let record = Record {
            class: None,
            time: "1:33.685".parse().expect("a time"),
            label: "Previous qualifying record".into(),
            driver: Some("Oliver Jarvis".into()),
            car: None,
            year: Some(2019),
        };
        let rule = |x: f64, label_left| RuleMark {
            record: 0,
            x,
            y0: 40.0,
            y1: 100.0,
            label_left,
            gap: crate::core::time::Gap::default(),
        };
        let p = Precision::MILLIS;
        let full = "Previous qualifying record 1:33.685 · Jarvis 2019";
        assert_eq!(
            fit_rule_label(&record, p, &rule(447.6, true), 600.0, &en()),
            (full.to_owned(), 443.6, "end")
        );
        assert_eq!(
            fit_rule_label(&record, p, &rule(100.0, true), 600.0, &en()),
            (full.to_owned(), 104.0, "start")
        );
        assert_eq!(
            fit_rule_label(&record, p, &rule(215.0, true), 328.0, &en()),
            ("Record 1:33.685".to_owned(), 211.0, "end")
        );
    }

    #[test]
    fn counts_read_as_the_language_writes_them() {
        let more = MoreMark {
            hidden: 9_750,
            total: 10_000,
            y: 0.0,
        };
        assert_eq!(more_cars(&more, &en()), "Showing 250 of 10,000 cars");
        let fr = Words::builtin(crate::core::lang::Lang::Fr).expect("French");
        assert_eq!(
            more_cars(&more, &fr),
            "250 voitures affichées sur 10\u{202f}000"
        );
    }

    #[test]
    fn car_labels_read_like_the_contract() {
        let s = crate::core::parse(
            br#"{"format": "qualichart/1", "entries": [
            {"number": "31", "drivers": [{"name": "Pipo Derani"}], "laps": [{"time": "1:32.656", "driver": 0}]},
            {"number": "01", "drivers": [{"name": "Sebastien Bourdais"}], "laps": [{"time": "1:32.727"}]},
            {"number": "5", "drivers": [{"name": "Gianmaria Bruni"}]}]}"#,
        )
        .expect("valid test session");
        let c = crate::core::classify(&s, &Scope::Overall);
        let labels: Vec<String> = c.rows.iter().map(|r| car_label(&s, &c, r, &en())).collect();
        assert_eq!(
            labels,
            [
                "P1, #31 Pipo Derani, 1:32.656",
                "P2, #01 Sebastien Bourdais, 1:32.727, +0.071 to pole",
                "P3, #5 Gianmaria Bruni, No time",
            ]
        );
        assert_eq!(
            chart_label(&s, &c, &en()),
            "Gap to pole, 2 cars with a time"
        );
    }

    #[test]
    fn a_right_to_left_name_cannot_reorder_the_figures_after_it() {
        // An override (U+202E) in the data, then Hebrew and Arabic names: the override is gone
        // (`core::text::clean`), and each name is isolated, so the time stays after it.
        let s = crate::core::parse(
            br#"{"format": "qualichart/1", "entries": [
            {"number": "31", "drivers": [{"name": "\u202e\u05e0\u05d5\u05e2\u05dd \u05d2\u05d5\u05dc\u05d3"}], "laps": [{"time": "1:32.656"}]},
            {"number": "7", "drivers": [{"name": "\u0645\u062d\u0645\u062f"}], "laps": [{"time": "1:32.727"}]}]}"#,
        )
        .expect("valid test session");
        let c = crate::core::classify(&s, &Scope::Overall);
        let labels: Vec<String> = c.rows.iter().map(|r| car_label(&s, &c, r, &en())).collect();
        assert_eq!(
            labels,
            [
                "P1, #31 \u{2068}נועם גולד\u{2069}, 1:32.656",
                "P2, #7 \u{2068}محمد\u{2069}, 1:32.727, +0.071 to pole",
            ]
        );
    }

    #[test]
    fn a_lap_reads_out_with_its_sectors_driver_and_marks() {
        let session = crate::core::parse(
            br#"{"format": "qualichart/1", "sectors": 3, "entries": [{"number": "31",
              "drivers": [{"name": "Pipo Derani"}, {"name": "Jack Aitken"}],
              "laps": [{"time": "1:32.656", "sectors": ["22.149", "43.524", "26.983"]},
                       {"time": "1:36.260", "sectors": ["22.5", null], "driver": 1, "valid": false, "pit": "in"}]}]}"#,
        )
        .expect("a valid session");
        let entry = &session.entries[0];
        assert_eq!(
            lap_label(&session, entry, &entry.laps[0], true, &en()),
            "#31 lap 1, 1:32.656, S1 22.149, S2 43.524, S3 26.983, Pipo Derani, best lap"
        );
        assert_eq!(
            lap_readout(&session, entry, &entry.laps[1], false, &en()),
            "#31 lap 2 · 1:36.260 · S1 22.500 · S2 – · S3 – · Jack Aitken · deleted · in-lap"
        );
        assert_eq!(laps_key(entry, Some(1)), "#31 Aitken");
        let long = crate::core::parse(
            format!(
                r#"{{"format": "qualichart/1", "entries": [{{"number": "7", "drivers": [{{"name": "A {}"}}]}}]}}"#,
                "x".repeat(3_000)
            )
            .as_bytes(),
        )
        .expect("a valid session");
        let key = laps_key(&long.entries[0], None);
        assert_eq!(crate::core::text::shown_chars(&key), KEY_CHARS, "{key}");
        let p = Precision::MILLIS;
        let t = |ms: i64| LapTime::from_millis(ms).expect("a time");
        assert_eq!(time_tick(t(92_000), p), "1:32");
        assert_eq!(time_tick(t(92_500), p), "1:32.5");
        assert_eq!(time_tick(t(92_250), p), "1:32.25");
        assert_eq!(time_tick(t(59_000), p), "59");
        assert_eq!(
            slow_laps_note(1_200, false, &en()),
            "Out-laps and laps over 107 % of each car's best are hidden (1,200)."
        );
    }
}
