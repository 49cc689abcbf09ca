//! Ergast/Jolpica `QualifyingResults` JSON (F1): one race's qualifying classification.
//!
//! `MRData.RaceTable.Races[0].QualifyingResults[]` gives one entry per result, in the file's
//! order (Ergast's `position`), with one `part_bests` item per `Q1`, `Q2`, `Q3` key that is
//! *present*. An absent key means the driver did not reach that part; a present empty string
//! (`"Q3": ""`) means reached but set no time, kept as an item without a time so the car still
//! ranks in that part. Times are checked and kept as written. The race's `date` is the race day,
//! not the qualifying day, so no date is written.

use serde_json::Value;

use super::{id_text, opt_str, parts, PARTS, SERIES, SESSION};
use crate::core::time::{self, LapTime};
use crate::core::wire::{Best, CarNumber, Driver, Entry, Obj, RawTime, Session, Track};
use crate::import::{ImportError, Imported};

/// Ergast/Jolpica `QualifyingResults`: one race's qualifying classification.
pub fn read(json: &Value) -> Result<Imported, ImportError> {
    let table = json
        .pointer("/MRData/RaceTable")
        .ok_or_else(|| ImportError::whole("MRData.RaceTable is missing"))?;
    let races = table
        .get("Races")
        .and_then(Value::as_array)
        .ok_or_else(|| ImportError::whole("MRData.RaceTable.Races is not an array"))?;
    let race = match races.as_slice() {
        [race] => race,
        [] => {
            return Err(ImportError::whole(
                "MRData.RaceTable.Races is empty: the file has no qualifying results \
                 (expected exactly one race)",
            ))
        }
        several => {
            return Err(ImportError::whole(format!(
                "MRData.RaceTable.Races has {} races; expected exactly one (one file per \
                 qualifying session, e.g. /f1/2023/13/qualifying.json)",
                several.len()
            )))
        }
    };
    let at = "MRData.RaceTable.Races[0]";
    if !race.is_object() {
        return Err(ImportError::whole(format!("{at} is not an object")));
    }
    // The race's own season and round, else the table's (the query's).
    let season = id_text(race, "season", at)?.or(id_text(table, "season", "MRData.RaceTable")?);
    let round = id_text(race, "round", at)?.or(id_text(table, "round", "MRData.RaceTable")?);
    let event_key = match (season, round) {
        (Some(season), Some(round)) => Some(format!("{season} round {round}")),
        _ => None,
    };
    let event = opt_str(race, "raceName", at)?.map(str::to_owned);
    let track = match race.get("Circuit") {
        None | Some(Value::Null) => None,
        Some(circuit) => opt_str(circuit, "circuitName", &format!("{at}.Circuit"))?.map(|name| {
            Obj(Track {
                name: Some(name.to_owned()),
                length_km: None,
            })
        }),
    };
    let results = race
        .get("QualifyingResults")
        .ok_or_else(|| ImportError::whole(format!("{at}.QualifyingResults is missing")))?
        .as_array()
        .ok_or_else(|| ImportError::whole(format!("{at}.QualifyingResults is not an array")))?;
    let entries = results
        .iter()
        .enumerate()
        .map(|(i, result)| ergast_entry(result, &format!("QualifyingResults[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    let session = Session {
        format: Some("qualichart/1".to_owned()),
        series: Some(SERIES.to_owned()),
        event,
        session: Some(SESSION.to_owned()),
        track,
        parts: Some(parts(&PARTS)),
        entries: Some(entries),
        ..Session::default()
    };
    Ok(Imported {
        session,
        event_key,
        official_order: true,
    })
}

/// One item of `QualifyingResults`.
fn ergast_entry(result: &Value, at: &str) -> Result<Obj<Entry>, ImportError> {
    if !result.is_object() {
        return Err(ImportError::whole(format!("{at} is not an object")));
    }
    let number = id_text(result, "number", at)?
        .ok_or_else(|| ImportError::whole(format!("{at}.number is missing")))?;
    if number.is_empty() {
        return Err(ImportError::whole(format!("{at}.number is empty")));
    }
    let driver = match result.get("Driver") {
        None | Some(Value::Null) => None,
        Some(driver) => ergast_driver(driver, &format!("{at}.Driver"))?,
    };
    let team = match result.get("Constructor") {
        None | Some(Value::Null) => None,
        Some(constructor) => {
            opt_str(constructor, "name", &format!("{at}.Constructor"))?.map(str::to_owned)
        }
    };
    let mut part_bests = Vec::new();
    for part in PARTS {
        let time = match result.get(part) {
            // Absent: the driver did not reach this part.
            None => continue,
            // Present but empty (or null): reached, no time.
            Some(Value::Null) => None,
            Some(Value::String(text)) if text.is_empty() => None,
            Some(Value::String(text)) => Some(lap_time(text, &format!("{at}.{part}"))?),
            Some(other) => {
                return Err(ImportError::whole(format!(
                    "{at}.{part}: {other} is not a time (expected a string such as \"1:20.965\")"
                )))
            }
        };
        part_bests.push(Obj(Best {
            time,
            driver: driver.as_ref().map(|_| 0),
            part: Some(part.to_owned()),
            ..Best::default()
        }));
    }
    Ok(Obj(Entry {
        number: Some(CarNumber(number)),
        team,
        drivers: driver.map(|d| vec![Obj(d)]),
        part_bests: (!part_bests.is_empty()).then_some(part_bests),
        ..Entry::default()
    }))
}

/// `Driver`: name from `givenName` and `familyName`; `None` when it has neither.
fn ergast_driver(driver: &Value, at: &str) -> Result<Option<Driver>, ImportError> {
    if !driver.is_object() {
        return Err(ImportError::whole(format!("{at} is not an object")));
    }
    let given = opt_str(driver, "givenName", at)?.map(str::trim);
    let family = opt_str(driver, "familyName", at)?.map(str::trim);
    let name = [given, family]
        .into_iter()
        .flatten()
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() {
        return Ok(None);
    }
    Ok(Some(Driver {
        name: Some(name),
        short: opt_str(driver, "code", at)?.map(str::to_owned),
        country: opt_str(driver, "nationality", at)?.map(str::to_owned),
    }))
}

/// A time as Ergast writes it (`"1:20.965"`), checked as a lap time and kept as written.
fn lap_time(text: &str, at: &str) -> Result<RawTime, ImportError> {
    time::parse_text(text)
        .and_then(|parsed| LapTime::check(parsed, || format!("{text:?}")))
        .map(|_| RawTime::Text(text.to_owned()))
        .map_err(|e| ImportError::whole(format!("{at}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ergast(results: Value) -> Value {
        json!({"MRData": {"RaceTable": {"season": "2023", "round": "13", "Races": [{
            "season": "2023", "round": "13", "raceName": "Dutch Grand Prix",
            "Circuit": {"circuitName": "Circuit Park Zandvoort"}, "date": "2023-08-27",
            "QualifyingResults": results
        }]}}})
    }

    fn result(extra: Value) -> Value {
        let mut r = json!({
            "number": "1", "position": "1",
            "Driver": {"code": "VER", "givenName": "Max", "familyName": "Verstappen",
                       "nationality": "Dutch"},
            "Constructor": {"name": "Red Bull"}
        });
        if let (Some(r), Some(extra)) = (r.as_object_mut(), extra.as_object()) {
            r.extend(extra.clone());
        }
        r
    }

    fn entries(imported: &Imported) -> &[Obj<Entry>] {
        imported.session.entries.as_deref().unwrap_or_default()
    }

    /// (part, time) of a `part_bests` item.
    type PartTime = (String, Option<String>);

    /// (part, time) of each `part_bests` item.
    fn bests(entry: &Entry) -> Vec<PartTime> {
        entry
            .part_bests
            .iter()
            .flatten()
            .map(|Obj(b)| {
                let time = match &b.time {
                    Some(RawTime::Text(t)) => Some(t.clone()),
                    Some(RawTime::Seconds(s)) => Some(s.to_string()),
                    None => None,
                };
                (b.part.clone().unwrap_or_default(), time)
            })
            .collect()
    }

    #[test]
    fn ergast_session_fields() {
        let imported = read(&ergast(json!([result(json!({"Q1": "1:20.965"}))]))).unwrap();
        let s = &imported.session;
        assert_eq!(s.format.as_deref(), Some("qualichart/1"));
        assert_eq!(s.series.as_deref(), Some("Formula 1"));
        assert_eq!(s.event.as_deref(), Some("Dutch Grand Prix"));
        assert_eq!(s.session.as_deref(), Some("Qualifying"));
        assert_eq!(s.date, None);
        assert_eq!(
            s.track,
            Some(Obj(Track {
                name: Some("Circuit Park Zandvoort".into()),
                length_km: None
            }))
        );
        let ids: Vec<_> = s
            .parts
            .iter()
            .flatten()
            .map(|Obj(p)| p.id.clone())
            .collect();
        assert_eq!(
            ids,
            [Some("Q1".into()), Some("Q2".into()), Some("Q3".into())]
        );
        assert_eq!(imported.event_key.as_deref(), Some("2023 round 13"));
        assert!(imported.official_order);
        let Obj(e) = &entries(&imported)[0];
        assert_eq!(e.number, Some(CarNumber("1".into())));
        assert_eq!(e.team.as_deref(), Some("Red Bull"));
        assert_eq!(
            e.drivers,
            Some(vec![Obj(Driver {
                name: Some("Max Verstappen".into()),
                short: Some("VER".into()),
                country: Some("Dutch".into()),
            })])
        );
        let best = e.part_bests.as_ref().and_then(|b| b.first()).unwrap();
        assert_eq!(
            (best.0.driver, best.0.part.as_deref()),
            (Some(0), Some("Q1"))
        );
    }

    #[test]
    fn ergast_part_bests_follow_the_keys_present() {
        let t = |s: &str| Some(s.to_owned());
        let cases: [(Value, Vec<PartTime>); 5] = [
            (json!({}), vec![]),
            (
                json!({"Q1": "1:22.067"}),
                vec![("Q1".into(), t("1:22.067"))],
            ),
            (
                json!({"Q1": "1:21.570", "Q2": "1:20.121"}),
                vec![("Q1".into(), t("1:21.570")), ("Q2".into(), t("1:20.121"))],
            ),
            (
                json!({"Q1": "1:22.036", "Q2": "1:20.067", "Q3": ""}),
                vec![
                    ("Q1".into(), t("1:22.036")),
                    ("Q2".into(), t("1:20.067")),
                    ("Q3".into(), None),
                ],
            ),
            (json!({"Q1": null}), vec![("Q1".into(), None)]),
        ];
        for (extra, expected) in cases {
            let imported = read(&ergast(json!([result(extra.clone())]))).unwrap();
            assert_eq!(bests(&entries(&imported)[0].0), expected, "{extra}");
            if expected.is_empty() {
                assert_eq!(entries(&imported)[0].0.part_bests, None);
            }
        }
    }

    #[test]
    fn ergast_keeps_file_order_and_numbers_as_given() {
        let list = json!([
            {"number": "33", "Q1": "1:20.000"},
            {"number": "01", "Q1": "1:19.000"},
            {"number": "40"}
        ]);
        let imported = read(&ergast(list)).unwrap();
        let numbers: Vec<_> = entries(&imported)
            .iter()
            .map(|Obj(e)| e.number.clone().map(|n| n.0))
            .collect();
        assert_eq!(
            numbers,
            [Some("33".into()), Some("01".into()), Some("40".into())]
        );
        // No driver: no drivers list, and the part best names none.
        assert_eq!(entries(&imported)[0].0.drivers, None);
        let best = &entries(&imported)[0].0.part_bests.as_ref().unwrap()[0].0;
        assert_eq!(best.driver, None);
    }

    #[test]
    fn ergast_errors_name_the_place() {
        let races = |races: Value| json!({"MRData": {"RaceTable": {"Races": races}}});
        let cases = [
            (races(json!([])), "MRData.RaceTable.Races is empty: the file has no qualifying results (expected exactly one race)"),
            (
                races(json!([{}, {}])),
                "MRData.RaceTable.Races has 2 races; expected exactly one (one file per qualifying session, e.g. /f1/2023/13/qualifying.json)",
            ),
            (races(json!({})), "MRData.RaceTable.Races is not an array"),
            (
                races(json!([{}])),
                "MRData.RaceTable.Races[0].QualifyingResults is missing",
            ),
            (
                ergast(json!([{"position": "1"}])),
                "QualifyingResults[0].number is missing",
            ),
            (
                ergast(json!([{"number": ""}])),
                "QualifyingResults[0].number is empty",
            ),
            (
                ergast(json!([{"number": true}])),
                "QualifyingResults[0].number: true is neither text nor a whole number",
            ),
            (
                ergast(json!(["1"])),
                "QualifyingResults[0] is not an object",
            ),
            (
                ergast(json!([
                    result(json!({})),
                    result(json!({"Q1": "1:21.000", "Q2": "1:2x.000"}))
                ])),
                "QualifyingResults[1].Q2: \"1:2x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)",
            ),
            (
                ergast(json!([result(json!({"Q1": "0.000"}))])),
                "QualifyingResults[0].Q1: \"0.000\" is zero; a lap or sector time must be positive",
            ),
            (
                ergast(json!([result(json!({"Q1": 80.965}))])),
                "QualifyingResults[0].Q1: 80.965 is not a time (expected a string such as \"1:20.965\")",
            ),
            (
                ergast(json!([result(json!({"Driver": {"givenName": 3}}))])),
                "QualifyingResults[0].Driver.givenName: 3 is not text",
            ),
        ];
        crate::import::f1::tests::refused(read, &cases);
    }
}
