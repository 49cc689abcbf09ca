//! The `qualichart-report/1` document: every figure of a classification, formatted once.
//!
//! Field names are fixed by the contract and `docs/report-format.md`. This module only picks
//! and formats figures the other core modules computed; the CLI prints it as JSON and as a
//! text table, so the two outputs cannot disagree.

use crate::core::lang::Words;
use serde::Serialize;

use crate::core::classify::{classify, Classification, Scope};
use crate::core::sectors::{best_lap_sectors, sector_bests, SectorTime};
use crate::core::session::Session;
use crate::core::time::{Gap, LapTime, Percent, Precision};
use crate::core::verdicts::Verdicts;

/// The report's `format` value.
pub const REPORT_FORMAT: &str = "qualichart-report/1";

/// The whole report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub format: &'static str,
    /// `"overall"` or the class id.
    pub scope: String,
    /// The moment of session time the report is for (`report --at`), when it is before the
    /// session's end: every figure is then provisional. Absent for the finished session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_ms: Option<f64>,
    pub event: Option<String>,
    pub session: Option<String>,
    pub date: Option<String>,
    /// The publisher's title, source and byline, when the session gives them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Knockout part ids in running order; empty for other sessions.
    pub parts: Vec<String>,
    pub classification: Vec<ReportRow>,
    /// Class id → car number of the class pole, in class display order.
    #[serde(serialize_with = "ordered_map")]
    pub poles: Vec<(String, String)>,
    pub session_best_sectors: Vec<ReportSector>,
    pub ideal: Option<String>,
    pub ideal_ms: Option<f64>,
    pub records: Vec<ReportRecord>,
    /// The session in sentences (`core::story`): pole, margins, records, spread, who had no time.
    pub story: Vec<String>,
}

/// One car.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportRow {
    pub position: u32,
    pub class_position: u32,
    pub number: String,
    pub class: String,
    pub team: Option<String>,
    pub car: Option<String>,
    pub driver: Option<String>,
    pub best: Option<String>,
    pub best_ms: Option<f64>,
    pub lap: Option<u32>,
    pub gap: Option<String>,
    pub gap_ms: Option<f64>,
    pub interval: Option<String>,
    pub interval_ms: Option<f64>,
    pub class_gap: Option<String>,
    pub class_gap_ms: Option<f64>,
    pub percent: Option<Percent>,
    pub sectors: Option<Vec<Option<String>>>,
    pub ideal: Option<String>,
    pub ideal_ms: Option<f64>,
    pub laps: usize,
    pub status: &'static str,
    pub note: Option<String>,
    /// Knockout sessions: the id of the part that classifies the row.
    pub part: Option<String>,
}

/// A session-best sector.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportSector {
    /// 1-based.
    pub sector: usize,
    pub time: Option<String>,
    pub time_ms: Option<f64>,
    pub number: Option<String>,
    pub driver: Option<String>,
}

/// A record line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportRecord {
    pub label: String,
    pub class: Option<String>,
    pub time: String,
    pub time_ms: f64,
    pub driver: Option<String>,
    pub car: Option<String>,
    pub year: Option<i64>,
    pub beaten_by: usize,
    pub beaten: Vec<ReportBeaten>,
}

/// A car under a record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportBeaten {
    pub number: String,
    pub gap: String,
    pub gap_ms: f64,
}

/// Builds the report of `session` for `scope`.
pub fn report(session: &Session, scope: &Scope, words: &Words) -> Report {
    let classification = classify(session, scope);
    report_of(session, &classification, words)
}

/// Builds the report of an existing classification.
pub fn report_of(session: &Session, classification: &Classification, words: &Words) -> Report {
    let p = session.precision;
    let bests = sector_bests(session, &classification.scope);
    let rows = classification
        .rows
        .iter()
        .map(|row| {
            let entry = &session.entries[row.entry];
            let best = row.best.as_ref();
            let ideal = bests.ideal_of(row.entry);
            let sectors = best.map(|b| best_lap_sectors(entry, b, session.sectors));
            ReportRow {
                position: row.position,
                class_position: row.class_position,
                number: entry.number.clone(),
                class: entry.class.clone(),
                team: entry.team.clone(),
                car: entry.car.clone(),
                driver: entry
                    .driver_name(best.and_then(|b| b.driver))
                    .map(str::to_owned),
                best: best.map(|b| time(b.time, p)),
                best_ms: best.map(|b| b.time.as_millis_f64()),
                lap: best.and_then(|b| b.lap),
                gap: row.gap.map(|g| gap(g, p)),
                gap_ms: row.gap.map(Gap::as_millis_f64),
                interval: row.interval.map(|g| gap(g, p)),
                interval_ms: row.interval.map(Gap::as_millis_f64),
                class_gap: row.class_gap.map(|g| gap(g, p)),
                class_gap_ms: row.class_gap.map(Gap::as_millis_f64),
                percent: row.percent,
                sectors: sectors.map(|s| s.iter().map(|t| t.map(|t| time(t, p))).collect()),
                ideal: ideal.map(|t| time(t, p)),
                ideal_ms: ideal.map(LapTime::as_millis_f64),
                laps: entry.laps.len(),
                status: row.status.as_str(),
                note: entry.note.clone(),
                part: row
                    .part
                    .and_then(|p| session.parts.get(p))
                    .map(|p| p.id.clone()),
            }
        })
        .collect();
    let poles = classification
        .class_poles(session)
        .map(|row| {
            let entry = &session.entries[row.entry];
            (entry.class.clone(), entry.number.clone())
        })
        .collect();
    let session_best_sectors = bests
        .session
        .iter()
        .enumerate()
        .map(|(k, best)| sector(session, k, best.as_ref(), p))
        .collect();
    let session_ideal = bests.session_ideal();
    let verdicts = Verdicts::of(session, classification);
    let records = verdicts
        .records
        .iter()
        .map(|r| {
            let record = &session.records[r.record];
            ReportRecord {
                label: record.label.clone(),
                class: record.class.clone(),
                time: time(record.time, p),
                time_ms: record.time.as_millis_f64(),
                driver: record.driver.clone(),
                car: record.car.clone(),
                year: record.year,
                beaten_by: r.beaten.len(),
                beaten: r
                    .beaten
                    .iter()
                    .map(|b| ReportBeaten {
                        number: session.entries[b.entry].number.clone(),
                        gap: gap(b.gap, p),
                        gap_ms: b.gap.as_millis_f64(),
                    })
                    .collect(),
            }
        })
        .collect();
    Report {
        format: REPORT_FORMAT,
        scope: classification.scope.name().to_owned(),
        at: session.moment.map(|t| t.display(p).to_string()),
        at_ms: session.moment.map(|t| t.as_millis_f64()),
        event: session.event.clone(),
        session: session.session.clone(),
        date: session.date.clone(),
        title: session.title.clone(),
        source: session.source.clone(),
        byline: session.byline.clone(),
        parts: session.parts.iter().map(|p| p.id.clone()).collect(),
        classification: rows,
        poles,
        session_best_sectors,
        ideal: session_ideal.map(|t| time(t, p)),
        ideal_ms: session_ideal.map(LapTime::as_millis_f64),
        records,
        story: crate::core::story::story(session, classification, &verdicts, words),
    }
}

fn sector(session: &Session, k: usize, best: Option<&SectorTime>, p: Precision) -> ReportSector {
    let entry = best.map(|b| &session.entries[b.entry]);
    ReportSector {
        sector: k + 1,
        time: best.map(|b| time(b.time, p)),
        time_ms: best.map(|b| b.time.as_millis_f64()),
        number: entry.map(|e| e.number.clone()),
        driver: best
            .zip(entry)
            .and_then(|(b, e)| e.driver_name(b.driver))
            .map(str::to_owned),
    }
}

fn time(t: LapTime, p: Precision) -> String {
    t.display(p).to_string()
}

fn gap(g: Gap, p: Precision) -> String {
    g.display(p).to_string()
}

/// Serialises `(key, value)` pairs as a JSON object, keeping their order.
fn ordered_map<S: serde::Serializer>(pairs: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse;

    #[test]
    fn the_contract_example_figures() {
        let s = parse(
            br#"{"format": "qualichart/1", "event": "Rolex 24", "classes": [{"id": "GTP"}],
            "records": [{"time": "1:33.685", "label": "Previous qualifying record"}],
            "entries": [
              {"number": "01", "class": "GTP", "drivers": [{"name": "Sebastien Bourdais"}],
               "laps": [{"time": "1:32.727", "sectors": ["22.069", "43.500", "27.158"], "driver": 0}]},
              {"number": "31", "class": "GTP", "drivers": [{"name": "Jack Aitken"}, {"name": "Pipo Derani"}],
               "laps": [{"time": "1:33.100"}, {"time": "1:32.656", "sectors": ["22.100", "43.358", "27.198"], "driver": 1}]},
              {"number": "5", "class": "GTP", "note": "Repairs prevented a qualifying attempt"}]}"#,
        )
        .expect("valid test session");
        let r = report(&s, &Scope::Overall, &Words::english());
        let json = serde_json::to_value(&r).expect("report serialises");
        let row = |i: usize, field: &str| json["classification"][i][field].to_string();
        let cases = [
            (row(0, "number"), r#""31""#),
            (row(0, "driver"), r#""Pipo Derani""#),
            (row(0, "best"), r#""1:32.656""#),
            (row(0, "best_ms"), "92656.0"),
            (row(0, "lap"), "2"),
            (row(0, "gap"), "null"),
            (row(0, "percent"), "100.0"),
            (row(0, "laps"), "2"),
            (row(0, "sectors"), r#"["22.100","43.358","27.198"]"#),
            (row(1, "gap"), r#""+0.071""#),
            (row(1, "interval_ms"), "71.0"),
            (row(1, "percent"), "100.077"),
            (row(2, "best"), "null"),
            (row(2, "status"), r#""no_time""#),
            (row(2, "position"), "3"),
            (json["poles"].to_string(), r#"{"GTP":"31"}"#),
            (
                serde_json::to_string(&r.session_best_sectors[0]).expect("serialises"),
                r#"{"sector":1,"time":"22.069","time_ms":22069.0,"number":"01","driver":"Sebastien Bourdais"}"#,
            ),
            (json["ideal"].to_string(), r#""1:32.585""#),
            (json["records"][0]["beaten_by"].to_string(), "2"),
            (
                serde_json::to_string(&r.records[0].beaten[0]).expect("serialises"),
                r#"{"number":"31","gap":"-1.029","gap_ms":-1029.0}"#,
            ),
        ];
        for (got, expected) in cases {
            assert_eq!(got, expected);
        }
    }
}
