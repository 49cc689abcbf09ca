//! The story of a session: the sentences a reporter writes from a classification.
//!
//! Who took pole (driver, car, time), the margins to second and third, which record fell and
//! how many cars beat it, how close the field was, who was outside 107 %, and who set no time
//! and why. The widget's caption, `report` (text and JSON) and the server-rendered fallback all
//! read these sentences, so a screen reader hears the same story a reader of the article does.
//!
//! Every figure comes from the classification and the record results; this module only words
//! them. Sentences are plain text (names from data are never markup), and every name from
//! data in them goes through `text::isolate`, so a right-to-left name cannot reorder the words
//! and figures after it.

use crate::core::classify::{Classification, Row, RowStatus, Scope};
use crate::core::lang::{Arg, Words};
use crate::core::records::applies_to_row;
use crate::core::session::{Entry, Session, SessionState};
use crate::core::text::isolate;
use crate::core::time::{Gap, LapTime, Precision};
use crate::core::verdicts::Verdicts;

/// The sentences about `classification`, in the order a report would give them, in the
/// language of `words`; `verdicts` are the classification's ([`Verdicts::of`]), the same the
/// chart and the table show.
pub fn story(
    session: &Session,
    classification: &Classification,
    verdicts: &Verdicts,
    words: &Words,
) -> Vec<String> {
    let p = session.precision;
    let w = words;
    let mut sentences = Vec::new();
    let timed: Vec<&Row> = classification
        .rows
        .iter()
        .filter(|r| r.best.is_some())
        .collect();
    let Some(pole) = timed.first() else {
        if !classification.rows.is_empty() {
            sentences.push(w.t("story-no-time"));
        }
        sentences.extend(untimed(session, classification, w));
        return sentences;
    };
    let classes = classes_in(session, classification);
    let class_word = match (&classification.scope, classes.as_slice()) {
        (Scope::Class(id), _) => Some(class_name(session, id)),
        (Scope::Overall, [only]) if !only.is_empty() && session.classes.len() > 1 => {
            Some(class_name(session, only))
        }
        _ => None,
    };
    let (scope, class) = match &class_word {
        Some(class) => ("class", class.as_str()),
        None => ("all", ""),
    };

    // Pole, then second and third with their margins.
    let pole_entry = &session.entries[pole.entry];
    let pole_time = pole.best.as_ref().map(|b| b.time);
    // A pole is held; the fastest time of several classes is had, "so far" while the session
    // runs. Pole is provisional at a moment before the end (a replay, `--at`) and while a live
    // session runs: the story says so rather than crowning anybody.
    let fastest = class_word.is_none() && classes.len() > 1;
    let kind = match (&class_word, fastest) {
        (Some(_), _) => "class",
        (None, true) => "fastest",
        (None, false) => "pole",
    };
    let (who, its_car, time) = (
        driver(pole_entry, pole, w),
        car(pole_entry, w),
        time_text(pole_time, p),
    );
    let moment = session.moment.map(|t| t.clock()).unwrap_or_default();
    let provisional = session.moment.is_some() || session.state == Some(SessionState::Running);
    let id = match (session.moment, provisional, fastest) {
        (Some(_), _, false) => "story-pole-at",
        (Some(_), _, true) => "story-fastest-at",
        (None, true, false) => "story-pole-provisional",
        (None, true, true) => "story-fastest-so-far",
        (None, false, _) => "story-pole",
    };
    sentences.push(w.with(
        id,
        &[
            ("who", Arg::Text(&who)),
            ("car", Arg::Text(&its_car)),
            ("time", Arg::Text(&time)),
            ("moment", Arg::Text(&moment)),
            ("kind", Arg::Text(kind)),
            ("class", Arg::Text(class)),
        ],
    ));
    let same_section =
        |row: &&&Row| classes.len() <= 1 || session.entries[row.entry].class == pole_entry.class;
    for (place, row) in timed
        .iter()
        .skip(1)
        .filter(same_section)
        .take(2)
        .enumerate()
    {
        let entry = &session.entries[row.entry];
        let behind = row.best.as_ref().map(|b| b.time).zip(pole_time);
        let (id, gap) = match behind {
            Some((t, pole)) if t == pole => ("story-place-tied", Gap::default()),
            Some((t, pole)) => ("story-place", t - pole),
            None => continue,
        };
        let (who, its_car) = (driver(entry, row, w), car(entry, w));
        let shown = gap.display_unsigned(p).to_string();
        sentences.push(w.with(
            id,
            &[
                ("who", Arg::Text(&who)),
                ("place", Arg::Count(place as i64 + 2)),
                ("car", Arg::Text(&its_car)),
                ("gap", Arg::Text(&shown)),
                ("whole", Arg::Count(whole_seconds(gap))),
            ],
        ));
    }

    // Class poles, when the scope has several classes.
    if classes.len() > 1 {
        let poles: Vec<String> = classification
            .class_poles(session)
            .filter(|row| row.entry != pole.entry)
            .filter_map(|row| {
                let entry = &session.entries[row.entry];
                let best = row.best.as_ref()?;
                Some(w.with(
                    "story-class-pole",
                    &[
                        ("class", Arg::Text(&class_name(session, &entry.class))),
                        ("number", Arg::Text(&isolate(&entry.number))),
                        ("who", Arg::Text(&driver(entry, row, w))),
                        ("time", Arg::Text(&best.time.display(p).to_string())),
                    ],
                ))
            })
            .collect();
        if !poles.is_empty() {
            let id = if provisional {
                "story-class-poles-provisional"
            } else {
                "story-class-poles"
            };
            sentences.push(w.with(id, &[("poles", Arg::Text(&w.list(&poles)))]));
        }
    }

    sentences.extend(record_sentences(session, classification, verdicts, pole, w));

    // How close the field was: a section's spread, first to last (not in knockouts, where
    // gaps are measured within each part).
    if !session.is_knockout() && classes.len() <= 1 && timed.len() >= 2 {
        let last = timed.last().and_then(|r| r.best.as_ref()).map(|b| b.time);
        if let Some((last, first)) = last.zip(pole_time) {
            let spread = last - first;
            let within = if spread < Gap::from_ticks(10_000) {
                "yes"
            } else {
                "no"
            };
            sentences.push(w.with(
                "story-spread",
                &[
                    ("count", Arg::Text(&number_word(timed.len(), w))),
                    ("n", Arg::Count(timed.len() as i64)),
                    ("scope", Arg::Text(scope)),
                    ("class", Arg::Text(class)),
                    ("within", Arg::Text(within)),
                    ("spread", Arg::Text(&spread.display_unsigned(p).to_string())),
                    ("whole", Arg::Count(whole_seconds(spread))),
                ],
            ));
        }
    }

    sentences.extend(cutoff_sentences(session, verdicts, w));
    sentences.extend(untimed(session, classification, w));
    sentences
}

/// A gap's whole seconds, for a language whose word for seconds agrees with the figure
/// (French and Portuguese write "0,071 seconde", "1,029 seconde", "2,5 secondes").
fn whole_seconds(gap: Gap) -> i64 {
    gap.as_ticks().abs() / 10_000
}

/// A record that fell (or stood), and how many of its cars beat it.
fn record_sentences(
    session: &Session,
    classification: &Classification,
    verdicts: &Verdicts,
    pole: &Row,
    w: &Words,
) -> Vec<String> {
    let p = session.precision;
    verdicts
        .records
        .iter()
        .map(|result| {
            let record = &session.records[result.record];
            let holder: Vec<String> = record
                .driver
                .iter()
                .map(|d| isolate(d).into_owned())
                .chain(record.year.map(|y| y.to_string()))
                .collect();
            let holder = if holder.is_empty() {
                String::new()
            } else {
                let joined = holder.join(&w.t("list-comma"));
                w.with("story-record-holder", &[("holder", Arg::Text(&joined))])
            };
            let label = isolate(&lower_first(&record.label)).into_owned();
            let shown = record.time.display(p).to_string();
            // The record's own cars, timed, fastest first.
            let timed: Vec<(usize, LapTime)> = classification
                .rows
                .iter()
                .filter(|r| applies_to_row(session, record, r.entry))
                .filter_map(|r| r.best.as_ref().map(|b| (r.entry, b.time)))
                .collect();
            let eligible = timed.len();
            let fastest = timed.first().copied();
            let class = record
                .class
                .as_deref()
                .map(|c| class_name(session, c))
                .unwrap_or_default();
            let scope = if record.class.is_some() {
                "class"
            } else {
                "all"
            };
            let base = [
                ("label", Arg::Text(&label)),
                ("record", Arg::Text(&shown)),
                ("holder", Arg::Text(&holder)),
                ("class", Arg::Text(&class)),
                ("scope", Arg::Text(scope)),
            ];
            let with = |id: &str, more: &[(&str, Arg<'_>)]| {
                let args: Vec<(&str, Arg<'_>)> = base.iter().chain(more).copied().collect();
                w.with(id, &args)
            };
            match (result.beaten.len(), fastest) {
                (0, Some((_, time))) => {
                    let gap = time - record.time;
                    with(
                        "story-record-stood",
                        &[
                            ("gap", Arg::Text(&gap.display_unsigned(p).to_string())),
                            ("whole", Arg::Count(whole_seconds(gap))),
                        ],
                    )
                }
                (0, None) => with("story-record-stood-untried", &[]),
                (beaten, fastest) => {
                    let by = fastest
                        .map(|(entry, time)| {
                            let gap = record.time - time;
                            let figure = gap.display_unsigned(p).to_string();
                            let number = isolate(&session.entries[entry].number);
                            let id = if entry == pole.entry {
                                "story-record-beaten-by-pole"
                            } else {
                                "story-record-beaten-by-car"
                            };
                            with(
                                id,
                                &[
                                    ("gap", Arg::Text(&figure)),
                                    ("whole", Arg::Count(whole_seconds(gap))),
                                    ("number", Arg::Text(&number)),
                                ],
                            )
                        })
                        .unwrap_or_default();
                    let (beaten_word, eligible_word) =
                        (number_word(beaten, w), number_word(eligible, w));
                    let counts = [
                        ("all", Arg::Text(&beaten_word)),
                        ("beaten", Arg::Text(&beaten_word)),
                        ("eligible", Arg::Text(&eligible_word)),
                        ("n", Arg::Count(beaten as i64)),
                    ];
                    let under = if beaten == eligible && beaten > 1 {
                        with("story-record-all-under", &counts)
                    } else if beaten == 1 {
                        with("story-record-only-one", &counts)
                    } else {
                        with("story-record-some-under", &counts)
                    };
                    w.with(
                        "story-record-beaten",
                        &[("by", Arg::Text(&by)), ("under", Arg::Text(&under))],
                    )
                }
            }
        })
        .collect()
}

/// Who was outside 107 % of their section's reference.
fn cutoff_sentences(session: &Session, verdicts: &Verdicts, w: &Words) -> Vec<String> {
    let p: Precision = session.precision;
    verdicts
        .cutoffs
        .iter()
        .filter(|c| !c.outside.is_empty())
        .map(|cutoff| {
            let cars: Vec<String> = cutoff
                .outside
                .iter()
                .map(|&i| {
                    let number = isolate(&session.entries[i].number);
                    w.with("story-car-ref", &[("number", Arg::Text(&number))])
                })
                .collect();
            let several = session.classes.len() > 1;
            let class = if several {
                class_name(session, &cutoff.class)
            } else {
                String::new()
            };
            w.with(
                "story-outside-107",
                &[
                    ("cars", Arg::Text(&w.list(&cars))),
                    ("n", Arg::Count(cars.len() as i64)),
                    ("scope", Arg::Text(if several { "class" } else { "all" })),
                    ("class", Arg::Text(&class)),
                    ("limit", Arg::Text(&cutoff.limit.display(p).to_string())),
                ],
            )
        })
        .collect()
}

/// One sentence per car without a time, with the reason when the data gives one.
fn untimed(session: &Session, classification: &Classification, w: &Words) -> Vec<String> {
    classification
        .rows
        .iter()
        .filter(|r| r.best.is_none())
        .map(|row| {
            let entry = &session.entries[row.entry];
            let status = match row.status {
                RowStatus::Dns => "dns",
                RowStatus::Excluded => "excluded",
                _ => "none",
            };
            let subject = format!(
                "{}{}",
                isolate(&entry.number),
                [entry.team.as_deref(), entry.car.as_deref()]
                    .into_iter()
                    .flatten()
                    .fold(String::new(), |acc, s| acc + " " + &isolate(s))
            );
            match &entry.note {
                Some(note) if !note.trim().is_empty() => {
                    let note =
                        isolate(&lower_first(note.trim().trim_end_matches('.'))).into_owned();
                    w.with(
                        "story-untimed-note",
                        &[
                            ("subject", Arg::Text(&subject)),
                            ("status", Arg::Text(status)),
                            ("note", Arg::Text(&note)),
                        ],
                    )
                }
                _ => w.with(
                    "story-untimed",
                    &[
                        ("subject", Arg::Text(&subject)),
                        ("status", Arg::Text(status)),
                    ],
                ),
            }
        })
        .collect()
}

/// The class ids of the scope's cars, in session class order.
fn classes_in<'a>(session: &'a Session, classification: &Classification) -> Vec<&'a str> {
    // The classes the rows use, in one pass (a scan of the rows per class would be quadratic).
    let mut used = vec![false; session.classes.len()];
    for row in &classification.rows {
        if let Some(slot) = session
            .class_index_of(row.entry)
            .and_then(|c| used.get_mut(c))
        {
            *slot = true;
        }
    }
    session
        .classes
        .iter()
        .zip(used)
        .filter(|(_, used)| *used)
        .map(|(c, _)| c.id.as_str())
        .collect()
}

/// The driver of a row's best lap (the first listed when the lap does not say), or "The #5".
fn driver(entry: &Entry, row: &Row, w: &Words) -> String {
    entry
        .driver_name(row.best.as_ref().and_then(|b| b.driver))
        .map_or_else(
            || {
                w.with(
                    "story-who-number",
                    &[("number", Arg::Text(&isolate(&entry.number)))],
                )
            },
            |name| isolate(name).into_owned(),
        )
}

/// "the #31 Cadillac V-Series.R", or the team when the model is unknown.
fn car(entry: &Entry, w: &Words) -> String {
    let number = isolate(&entry.number);
    match entry.car.as_deref().or(entry.team.as_deref()) {
        Some(model) => w.with(
            "story-car",
            &[
                ("number", Arg::Text(&number)),
                ("model", Arg::Text(&isolate(model))),
            ],
        ),
        None => w.with("story-car-number", &[("number", Arg::Text(&number))]),
    }
}

/// The name of class `id`, isolated.
fn class_name(session: &Session, id: &str) -> String {
    isolate(session.class_name(id)).into_owned()
}

fn time_text(time: Option<LapTime>, p: Precision) -> String {
    time.map(|t| t.display(p).to_string()).unwrap_or_default()
}

/// Numbers up to twelve in words (`number-word`), as house style writes them.
fn number_word(n: usize, w: &Words) -> String {
    w.with("number-word", &[("n", Arg::Count(n as i64))])
}

/// "Repairs prevented…" becomes "repairs prevented…" mid-sentence; "GTP …" stays.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::classify::classify;
    use crate::core::parse;

    /// The story of a classification, with its verdicts.
    fn told(session: &Session, classification: &Classification) -> Vec<String> {
        story(
            session,
            classification,
            &Verdicts::of(session, classification),
            &Words::english(),
        )
    }

    fn daytona() -> Session {
        parse(include_bytes!(
            "../../static/sessions/daytona-2024-qualifying.json"
        ))
        .expect("the bundled session is valid")
    }

    #[test]
    fn daytona_gtp_reads_like_the_seed_article() {
        let session = daytona();
        let gtp = classify(&session, &Scope::Class("GTP".into()));
        insta::assert_snapshot!(told(&session, &gtp).join("\n"), @r#"
            Pipo Derani took GTP pole in the #31 Cadillac V-Series.R, 1:32.656.
            Sebastien Bourdais was second in the #01 Cadillac V-Series.R, 0.071 seconds behind.
            Felipe Nasr was third in the #7 Porsche 963, 0.220 seconds behind.
            The pole beat the previous qualifying record of 1:33.685 (Oliver Jarvis, 2019) by 1.029 seconds; all nine GTP cars that set a time went under it.
            The nine GTP cars that set a time were within a second: 0.850 seconds from first to last.
            The #5 Proton Competition Porsche 963 did not set a time: repairs prevented a qualifying attempt.
            "#);
    }

    #[test]
    fn all_classes_name_the_fastest_and_each_class_pole() {
        let session = daytona();
        let all = classify(&session, &Scope::Overall);
        // The fastest time (not "pole"), each class pole in one sentence, the record, and no
        // single spread across classes.
        insta::assert_snapshot!(told(&session, &all).join("\n"), @r#"
            Pipo Derani took the fastest time in the #31 Cadillac V-Series.R, 1:32.656.
            Sebastien Bourdais was second in the #01 Cadillac V-Series.R, 0.071 seconds behind.
            Felipe Nasr was third in the #7 Porsche 963, 0.220 seconds behind.
            Class poles went to LMP2 #2 Ben Keating (1:38.501), GTD PRO #77 Seb Priaulx (1:44.382) and GTD #12 Parker Thompson (1:44.494).
            The pole beat the previous qualifying record of 1:33.685 (Oliver Jarvis, 2019) by 1.029 seconds; all nine GTP cars that set a time went under it.
            #27 was outside 107 % of the GTD pole (slower than 1:51.809).
            The #5 Proton Competition Porsche 963 did not set a time: repairs prevented a qualifying attempt.
            The #92 Kellymoss with Riley Porsche 911 GT3 R (992) did not set a time.
            "#);
    }

    #[test]
    fn records_that_stand_ties_dns_and_outside_107() {
        let session = parse(
            br#"{"format": "qualichart/1",
                 "records": [{"time": "1:00.000", "label": "Track record", "year": 2020}],
                 "entries": [
                   {"number": "1", "drivers": [{"name": "Ann Able"}], "best": {"time": "1:01.000"}},
                   {"number": "2", "drivers": [{"name": "Bo Baker"}], "best": {"time": "1:01.000"}},
                   {"number": "3", "drivers": [{"name": "Cy Cole"}], "best": {"time": "1:06.000"}},
                   {"number": "4", "car": "Tin Can", "status": "dns", "note": "Engine change"},
                   {"number": "5", "status": "excluded"}
                 ]}"#,
        )
        .expect("valid test session");
        let all = classify(&session, &Scope::Overall);
        insta::assert_snapshot!(told(&session, &all).join("\n"), @r#"
            Ann Able took pole in the #1, 1:01.000.
            Bo Baker was second in the #2, with the same time, set later.
            Cy Cole was third in the #3, 5.000 seconds behind.
            The track record of 1:00.000 (2020) stood: the fastest time was 1.000 seconds slower.
            The three cars that set a time were spread over 5.000 seconds from first to last.
            #3 was outside 107 % of the pole (slower than 1:05.270).
            The #4 Tin Can did not start: engine change.
            The #5 was excluded.
            "#);
    }

    #[test]
    fn words_and_lists() {
        let w = Words::english();
        assert_eq!(number_word(9, &w), "nine");
        assert_eq!(number_word(13, &w), "13");
        assert_eq!(w.list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(lower_first("Repairs"), "repairs");
        assert_eq!(lower_first("GTP car"), "GTP car");
        assert_eq!(lower_first("É"), "É");
    }
}
