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
use crate::core::records::applies_to_row;
use crate::core::session::{Entry, Session, SessionState};
use crate::core::text::isolate;
use crate::core::time::{Gap, LapTime, Precision};
use crate::core::verdicts::Verdicts;

/// The sentences about `classification`, in the order a report would give them; `verdicts` are
/// the classification's ([`Verdicts::of`]), the same the chart and the table show.
pub fn story(
    session: &Session,
    classification: &Classification,
    verdicts: &Verdicts,
) -> Vec<String> {
    let p = session.precision;
    let mut sentences = Vec::new();
    let timed: Vec<&Row> = classification
        .rows
        .iter()
        .filter(|r| r.best.is_some())
        .collect();
    let Some(pole) = timed.first() else {
        if !classification.rows.is_empty() {
            sentences.push("No car set a time.".to_owned());
        }
        sentences.extend(untimed(session, classification));
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

    // Pole, then second and third with their margins.
    let pole_entry = &session.entries[pole.entry];
    let pole_time = pole.best.as_ref().map(|b| b.time);
    let what = match (&class_word, classes.len()) {
        (Some(class), _) => format!("{class} pole"),
        (None, n) if n > 1 => "the fastest time".to_owned(),
        _ => "pole".to_owned(),
    };
    // Pole is provisional at a moment before the end (a replay, `--at`) and while a live
    // session runs: the story says so rather than crowning anybody.
    let (who, its_car, time) = (
        driver(pole_entry, pole),
        car(pole_entry),
        time_text(pole_time, p),
    );
    let provisional = session.moment.is_some() || session.state == Some(SessionState::Running);
    // A pole is held ("on provisional GTP pole"); the fastest time of several classes is had,
    // "so far" while the session runs.
    let fastest = class_word.is_none() && classes.len() > 1;
    sentences.push(match (session.moment, provisional, fastest) {
        (Some(t), _, false) => format!(
            "At {}, {who} held provisional {what} in {its_car}, {time}.",
            t.clock()
        ),
        (Some(t), _, true) => format!("At {}, {who} had {what} in {its_car}, {time}.", t.clock()),
        (None, true, false) => format!("{who} is on provisional {what} in {its_car}, {time}."),
        (None, true, true) => format!("{who} has {what} so far in {its_car}, {time}."),
        (None, false, _) => format!("{who} took {what} in {its_car}, {time}."),
    });
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
        let margin = match behind {
            Some((t, pole)) if t == pole => "with the same time, set later".to_owned(),
            Some((t, pole)) => format!("{} seconds behind", (t - pole).display_unsigned(p)),
            None => String::new(),
        };
        sentences.push(format!(
            "{} was {} in {}, {margin}.",
            driver(entry, row),
            ["second", "third"][place],
            car(entry),
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
                Some(format!(
                    "{} #{} {} ({})",
                    class_name(session, &entry.class),
                    isolate(&entry.number),
                    driver(entry, row),
                    best.time.display(p)
                ))
            })
            .collect();
        if !poles.is_empty() {
            sentences.push(if provisional {
                format!("Provisional class poles: {}.", list(&poles))
            } else {
                format!("Class poles went to {}.", list(&poles))
            });
        }
    }

    sentences.extend(record_sentences(session, classification, verdicts, pole, p));

    // How close the field was: a section's spread, first to last (not in knockouts, where
    // gaps are measured within each part).
    if !session.is_knockout() && classes.len() <= 1 && timed.len() >= 2 {
        let last = timed.last().and_then(|r| r.best.as_ref()).map(|b| b.time);
        if let Some((last, first)) = last.zip(pole_time) {
            let spread = last - first;
            let cars = count_cars(timed.len(), class_word.as_deref());
            let within = if spread < Gap::from_ticks(10_000) {
                "within a second: "
            } else {
                "spread over "
            };
            sentences.push(format!(
                "The {cars} that set a time were {within}{} seconds from first to last.",
                spread.display_unsigned(p)
            ));
        }
    }

    sentences.extend(cutoff_sentences(session, verdicts, p));
    sentences.extend(untimed(session, classification));
    sentences
}

/// A record that fell (or stood), and how many of its cars beat it.
fn record_sentences(
    session: &Session,
    classification: &Classification,
    verdicts: &Verdicts,
    pole: &Row,
    p: Precision,
) -> Vec<String> {
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
            let of = if holder.is_empty() {
                String::new()
            } else {
                format!(" ({})", holder.join(", "))
            };
            let label = isolate(&lower_first(&record.label)).into_owned();
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
                .map(|c| format!("{} ", class_name(session, c)))
                .unwrap_or_default();
            match (result.beaten.len(), fastest) {
                (0, Some((_, time))) => format!(
                    "The {label} of {}{of} stood: the fastest {class}time was {} seconds slower.",
                    record.time.display(p),
                    (time - record.time).display_unsigned(p)
                ),
                (0, None) => format!("The {label} of {}{of} stood.", record.time.display(p)),
                (beaten, fastest) => {
                    let by = fastest
                        .map(|(entry, time)| {
                            let who = if entry == pole.entry {
                                "The pole".to_owned()
                            } else {
                                format!("#{}", isolate(&session.entries[entry].number))
                            };
                            format!(
                                "{who} beat the {label} of {}{of} by {} seconds",
                                record.time.display(p),
                                (record.time - time).display_unsigned(p)
                            )
                        })
                        .unwrap_or_default();
                    let how_many = if beaten == eligible && beaten > 1 {
                        format!(
                            "all {} {class}cars that set a time went under it",
                            number_word(beaten)
                        )
                    } else if beaten == 1 {
                        "no other car went under it".to_owned()
                    } else {
                        format!(
                            "{} of the {} {class}cars that set a time went under it",
                            number_word(beaten),
                            number_word(eligible)
                        )
                    };
                    format!("{by}; {how_many}.")
                }
            }
        })
        .collect()
}

/// Who was outside 107 % of their section's reference.
fn cutoff_sentences(session: &Session, verdicts: &Verdicts, p: Precision) -> Vec<String> {
    verdicts
        .cutoffs
        .iter()
        .filter(|c| !c.outside.is_empty())
        .map(|cutoff| {
            let cars: Vec<String> = cutoff
                .outside
                .iter()
                .map(|&i| format!("#{}", isolate(&session.entries[i].number)))
                .collect();
            let verb = if cars.len() == 1 { "was" } else { "were" };
            let class = if session.classes.len() > 1 {
                format!("{} ", class_name(session, &cutoff.class))
            } else {
                String::new()
            };
            format!(
                "{} {verb} outside 107 % of the {class}pole (slower than {}).",
                list(&cars),
                cutoff.limit.display(p)
            )
        })
        .collect()
}

/// One sentence per car without a time, with the reason when the data gives one.
fn untimed(session: &Session, classification: &Classification) -> Vec<String> {
    classification
        .rows
        .iter()
        .filter(|r| r.best.is_none())
        .map(|row| {
            let entry = &session.entries[row.entry];
            let what = match row.status {
                RowStatus::Dns => "did not start",
                RowStatus::Excluded => "was excluded",
                _ => "did not set a time",
            };
            let subject = format!(
                "The #{}{}",
                isolate(&entry.number),
                [entry.team.as_deref(), entry.car.as_deref()]
                    .into_iter()
                    .flatten()
                    .fold(String::new(), |acc, s| acc + " " + &isolate(s))
            );
            match &entry.note {
                Some(note) if !note.trim().is_empty() => {
                    format!(
                        "{subject} {what}: {}.",
                        isolate(&lower_first(note.trim().trim_end_matches('.')))
                    )
                }
                _ => format!("{subject} {what}."),
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

/// The driver of a row's best lap (the first listed when the lap does not say).
fn driver(entry: &Entry, row: &Row) -> String {
    entry
        .driver_name(row.best.as_ref().and_then(|b| b.driver))
        .map_or_else(
            || format!("The #{}", isolate(&entry.number)),
            |name| isolate(name).into_owned(),
        )
}

/// "the #31 Cadillac V-Series.R", or the team when the model is unknown.
fn car(entry: &Entry) -> String {
    let number = isolate(&entry.number);
    match entry.car.as_deref().or(entry.team.as_deref()) {
        Some(model) => format!("the #{number} {}", isolate(model)),
        None => format!("the #{number}"),
    }
}

/// The name of class `id`, isolated.
fn class_name(session: &Session, id: &str) -> String {
    isolate(session.class_name(id)).into_owned()
}

fn time_text(time: Option<LapTime>, p: Precision) -> String {
    time.map(|t| t.display(p).to_string()).unwrap_or_default()
}

/// "nine GTP cars", "12 cars".
fn count_cars(n: usize, class: Option<&str>) -> String {
    let class = class.map(|c| format!("{c} ")).unwrap_or_default();
    let noun = if n == 1 { "car" } else { "cars" };
    format!("{} {class}{noun}", number_word(n))
}

/// Numbers up to twelve in words, as house style writes them; larger ones in figures.
fn number_word(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
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
        assert_eq!(number_word(9), "nine");
        assert_eq!(number_word(13), "13");
        assert_eq!(list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(lower_first("Repairs"), "repairs");
        assert_eq!(lower_first("GTP car"), "GTP car");
        assert_eq!(lower_first("É"), "É");
    }
}
