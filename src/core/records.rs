//! Record lines: which cars beat each record, by how much, and how many.
//!
//! A record with a class applies to that class's cars, one without applies to every car. Only
//! the cars of the classification's scope are considered, and in a class scope only that
//! class's records are listed (the contract's rule for `--class`).

use crate::core::classify::{Classification, Scope};
use crate::core::session::{Record, Session};
use crate::core::time::Gap;

/// One record line and the cars under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordResult {
    /// Index into `session.records`.
    pub record: usize,
    /// The cars strictly faster than the record, in classification order, with best − record.
    pub beaten: Vec<Beaten>,
}

/// A car that beat a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Beaten {
    /// Index into `session.entries`.
    pub entry: usize,
    /// Best − record: negative.
    pub gap: Gap,
}

/// True when `record` is listed in a classification of `scope`.
pub fn listed_in(record: &Record, scope: &Scope) -> bool {
    match scope {
        Scope::Overall => true,
        Scope::Class(id) => record.class.as_deref() == Some(id.as_str()),
    }
}

/// Every record listed in the classification's scope, with the cars that beat it.
pub fn records(session: &Session, classification: &Classification) -> Vec<RecordResult> {
    session
        .records
        .iter()
        .enumerate()
        .filter(|(_, record)| listed_in(record, &classification.scope))
        .map(|(i, record)| RecordResult {
            record: i,
            beaten: classification
                .rows
                .iter()
                .filter(|row| applies_to_row(session, record, row.entry))
                .filter_map(|row| row.best.as_ref().map(|b| (row.entry, b.time)))
                .filter(|(_, time)| *time < record.time)
                .map(|(entry, time)| Beaten {
                    entry,
                    gap: time - record.time,
                })
                .collect(),
        })
        .collect()
}

/// [`Record::applies_to`] for the car at `entry` (index into `session.entries`), by class
/// index: a record line is tested against every car, and this never reads a class id's text.
pub fn applies_to_row(session: &Session, record: &Record, entry: usize) -> bool {
    match record.class.as_deref() {
        None => true,
        Some(id) => session
            .class_index(id)
            .is_some_and(|class| session.class_index_of(entry) == Some(class)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{classify, parse};

    fn check(json_records: &str, scope: Scope) -> Vec<String> {
        let json = format!(
            r#"{{"format": "qualichart/1", "records": [{json_records}], "entries": [
                {{"number": "31", "class": "GTP", "laps": [{{"time": "1:32.656"}}]}},
                {{"number": "85", "class": "GTP", "laps": [{{"time": "1:33.685"}}]}},
                {{"number": "2", "class": "LMP2", "laps": [{{"time": "1:33.600"}}]}},
                {{"number": "5", "class": "GTP"}}]}}"#
        );
        let s = parse(json.as_bytes()).expect("valid test session");
        let c = classify(&s, &scope);
        records(&s, &c)
            .iter()
            .map(|r| {
                let cars: Vec<String> = r
                    .beaten
                    .iter()
                    .map(|b| {
                        format!(
                            "#{} {}",
                            s.entries[b.entry].number,
                            b.gap.display(s.precision)
                        )
                    })
                    .collect();
                format!(
                    "{}: beaten by {} [{}]",
                    s.records[r.record].label,
                    r.beaten.len(),
                    cars.join(", ")
                )
            })
            .collect()
    }

    #[test]
    fn strictly_faster_cars_beat_a_record() {
        let recs = r#"{"time": "1:33.685", "label": "Overall"}, {"time": "1:33.685", "class": "GTP", "label": "GTP"}"#;
        assert_eq!(
            check(recs, Scope::Overall),
            [
                "Overall: beaten by 2 [#31 -1.029, #2 -0.085]",
                "GTP: beaten by 1 [#31 -1.029]",
            ]
        );
        assert_eq!(
            check(recs, Scope::Class("GTP".into())),
            ["GTP: beaten by 1 [#31 -1.029]"]
        );
        assert_eq!(
            check(recs, Scope::Class("LMP2".into())),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_unbeaten_record_is_listed_with_nobody() {
        assert_eq!(
            check(r#"{"time": "1:30.000"}"#, Scope::Overall),
            ["Record: beaten by 0 []"]
        );
    }
}
