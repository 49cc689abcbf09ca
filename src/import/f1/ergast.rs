//! F1 qualifying from Ergast/Jolpica: `QualifyingResults` and per-lap qualifying times.
//!
//! Both become a knockout session (`parts` Q1, Q2, Q3; see `docs/session-format.md`, "Project
//! extensions").
//!
//! - **Ergast `QualifyingResults`** (`MRData.RaceTable.Races[0].QualifyingResults[]`): one entry
//!   per result, in the file's order (Ergast's `position`), with one `part_bests` item per `Q1`,
//!   `Q2`, `Q3` key that is *present*. An absent key means the driver did not reach that part; a
//!   present empty string (`"Q3": ""`) means reached but set no time, kept as an item without a
//!   time so the car still ranks in that part. Times are checked and kept as written. The race's
//!   `date` is the race day, not the qualifying day, so no date is written.
//! - **Jolpica lap times** (`[{object_type: "lap", foreign_keys: {year, round, session,
//!   car_number}, objects: [...]}]`): one entry per car number (no names: the file has none),
//!   every lap with its part, `valid: false` for `is_deleted`. Lap numbers run through the whole
//!   session (Q2 continues Q1's count), so sorting by number keeps the running order. The
//!   `is_entry_fastest_lap` flag is not read: the core finds the fastest valid lap itself.
//!
//! Every problem is an [`ImportError`] naming the JSON path; nothing panics.

use serde_json::Value;

use super::{ImportError, Imported};
use crate::core::time::{self, LapTime, Precision};
use crate::core::wire::{Best, CarNumber, Driver, Entry, Lap, Obj, Part, RawTime, Session, Track};

/// The knockout parts of F1 qualifying, in running order.
const PARTS: [&str; 3] = ["Q1", "Q2", "Q3"];

const SERIES: &str = "Formula 1";
const SESSION: &str = "Qualifying";

/// Ergast/Jolpica `QualifyingResults`: one race's qualifying classification.
pub fn read_ergast(json: &Value) -> Result<Imported, ImportError> {
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

/// Jolpica per-lap qualifying times: one item per (part, car), each with its laps.
pub fn read_jolpica_laps(json: &Value) -> Result<Imported, ImportError> {
    let items = json.as_array().ok_or_else(|| {
        ImportError::whole("Jolpica lap times must be a JSON array of lap objects")
    })?;
    let mut event: Option<(String, String)> = None;
    let mut cars: Vec<(String, Vec<Lap>)> = Vec::new();
    let mut used = [false; PARTS.len()];
    for (i, item) in items.iter().enumerate() {
        let at = format!("[{i}]");
        if !item.is_object() {
            return Err(ImportError::whole(format!("{at} is not an object")));
        }
        match item.get("object_type") {
            Some(Value::String(kind)) if kind == "lap" => {}
            Some(other) => {
                return Err(ImportError::whole(format!(
                    "{at}.object_type: {other}; expected \"lap\""
                )))
            }
            None => return Err(ImportError::whole(format!("{at}.object_type is missing"))),
        }
        let keys_at = format!("{at}.foreign_keys");
        let keys = item
            .get("foreign_keys")
            .filter(|k| k.is_object())
            .ok_or_else(|| ImportError::whole(format!("{keys_at} is missing or not an object")))?;
        let required = |key: &str| {
            id_text(keys, key, &keys_at)?
                .ok_or_else(|| ImportError::whole(format!("{keys_at}.{key} is missing")))
        };
        let this = (required("year")?, required("round")?);
        match &event {
            None => event = Some(this),
            Some(first) if *first == this => {}
            Some((year, round)) => {
                return Err(ImportError::whole(format!(
                    "{keys_at}: {} round {}, but [0] is {year} round {round}; a file holds one \
                     qualifying session",
                    this.0, this.1
                )))
            }
        }
        let session = opt_str(keys, "session", &keys_at)?
            .ok_or_else(|| ImportError::whole(format!("{keys_at}.session is missing")))?;
        let part = PARTS.iter().position(|p| *p == session).ok_or_else(|| {
            ImportError::whole(format!(
                "{keys_at}.session: {session:?} is not a qualifying part (expected Q1, Q2 or Q3)"
            ))
        })?;
        used[part] = true;
        let number = required("car_number")?;
        if number.is_empty() {
            return Err(ImportError::whole(format!("{keys_at}.car_number is empty")));
        }
        let objects = item
            .get("objects")
            .ok_or_else(|| ImportError::whole(format!("{at}.objects is missing")))?
            .as_array()
            .ok_or_else(|| ImportError::whole(format!("{at}.objects is not an array")))?;
        let laps = objects
            .iter()
            .enumerate()
            .map(|(k, lap)| jolpica_lap(lap, PARTS[part], &format!("{at}.objects[{k}]")))
            .collect::<Result<Vec<_>, _>>()?;
        match cars.iter_mut().find(|(n, _)| *n == number) {
            Some((_, car_laps)) => car_laps.extend(laps),
            None => cars.push((number, laps)),
        }
    }
    let entries = cars
        .into_iter()
        .map(|(number, mut laps)| {
            // Stable: laps with the same number keep the file's order.
            laps.sort_by_key(|lap| lap.lap);
            Obj(Entry {
                number: Some(CarNumber(number)),
                laps: Some(laps.into_iter().map(Obj).collect()),
                ..Entry::default()
            })
        })
        .collect();
    let present: Vec<&str> = PARTS
        .iter()
        .zip(used)
        .filter_map(|(p, u)| u.then_some(*p))
        .collect();
    let session = Session {
        format: Some("qualichart/1".to_owned()),
        series: Some(SERIES.to_owned()),
        session: Some(SESSION.to_owned()),
        parts: Some(parts(&present)),
        entries: Some(entries),
        ..Session::default()
    };
    Ok(Imported {
        session,
        event_key: event.map(|(year, round)| format!("{year} round {round}")),
        official_order: false,
    })
}

/// One item of `objects`: `{number, time: {_type: "timedelta", milliseconds}, is_deleted}`.
fn jolpica_lap(lap: &Value, part: &str, at: &str) -> Result<Lap, ImportError> {
    if !lap.is_object() {
        return Err(ImportError::whole(format!("{at} is not an object")));
    }
    let number = match lap.get("number") {
        Some(Value::Number(n)) => n
            .as_i64()
            .filter(|&n| n >= 1)
            .ok_or_else(|| ImportError::whole(format!("{at}.number: {n} is not a lap number")))?,
        Some(other) => {
            return Err(ImportError::whole(format!(
                "{at}.number: {other} is not a lap number"
            )))
        }
        None => return Err(ImportError::whole(format!("{at}.number is missing"))),
    };
    let time = match lap.get("time") {
        None | Some(Value::Null) => None,
        Some(time) => {
            let ms = time
                .get("milliseconds")
                .ok_or_else(|| ImportError::whole(format!("{at}.time.milliseconds is missing")))?;
            let lap_time = ms.as_i64().and_then(LapTime::from_millis).ok_or_else(|| {
                ImportError::whole(format!(
                    "{at}.time.milliseconds: {ms} is not a lap time (a whole number of \
                         milliseconds above 0, at most 24 hours)"
                ))
            })?;
            Some(RawTime::Text(
                lap_time.display(Precision::Millis).to_string(),
            ))
        }
    };
    let deleted = match lap.get("is_deleted") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(ImportError::whole(format!(
                "{at}.is_deleted: {other} is not true or false"
            )))
        }
    };
    Ok(Lap {
        lap: Some(number),
        time,
        valid: deleted.then_some(false),
        part: Some(part.to_owned()),
        ..Lap::default()
    })
}

/// The `parts` list for these ids, each named by its id.
fn parts(ids: &[&str]) -> Vec<Obj<Part>> {
    ids.iter()
        .map(|id| {
            Obj(Part {
                id: Some((*id).to_owned()),
                name: Some((*id).to_owned()),
            })
        })
        .collect()
}

/// `obj[key]` as text when present: a string, or a whole number written out (Ergast writes
/// `"13"`, Jolpica `13`). Absent or null is `None`; anything else is an error naming `at.key`.
fn id_text(obj: &Value, key: &str, at: &str) -> Result<Option<String>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(Value::Number(n)) if n.is_u64() => Ok(Some(n.to_string())),
        Some(other) => Err(ImportError::whole(format!(
            "{at}.{key}: {other} is neither text nor a whole number"
        ))),
    }
}

/// `obj[key]` as a string when present; absent or null is `None`, another type an error.
fn opt_str<'a>(obj: &'a Value, key: &str, at: &str) -> Result<Option<&'a str>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(other) => Err(ImportError::whole(format!(
            "{at}.{key}: {other} is not text"
        ))),
    }
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

    /// (lap, time, valid, part) of a lap.
    type LapRow = (Option<i64>, Option<RawTime>, Option<bool>, Option<String>);

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
        let imported = read_ergast(&ergast(json!([result(json!({"Q1": "1:20.965"}))]))).unwrap();
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
            let imported = read_ergast(&ergast(json!([result(extra.clone())]))).unwrap();
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
        let imported = read_ergast(&ergast(list)).unwrap();
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
            (races(json!([])), "MRData.RaceTable.Races is empty"),
            (
                races(json!([{}, {}])),
                "MRData.RaceTable.Races has 2 races; expected exactly one",
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
                "QualifyingResults[0].number: true is neither",
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
                "QualifyingResults[1].Q2: \"1:2x.000\" is not a time",
            ),
            (
                ergast(json!([result(json!({"Q1": "0.000"}))])),
                "QualifyingResults[0].Q1: \"0.000\" is zero",
            ),
            (
                ergast(json!([result(json!({"Q1": 80.965}))])),
                "QualifyingResults[0].Q1: 80.965 is not a time",
            ),
            (
                ergast(json!([result(json!({"Driver": {"givenName": 3}}))])),
                "QualifyingResults[0].Driver.givenName: 3 is not text",
            ),
        ];
        for (json, expected) in cases {
            match read_ergast(&json) {
                Ok(_) => panic!("{json} was accepted; expected {expected:?}"),
                Err(e) => assert!(
                    e.message.starts_with(expected),
                    "{} vs {expected}",
                    e.message
                ),
            }
        }
    }

    fn jolpica(session: &str, car: Value, objects: Value) -> Value {
        json!({"object_type": "lap",
               "foreign_keys": {"year": 2023, "round": 18, "session": session, "car_number": car},
               "objects": objects})
    }

    fn lap(number: i64, ms: Value, deleted: bool) -> Value {
        json!({"number": number, "time": {"_type": "timedelta", "milliseconds": ms},
               "is_deleted": deleted, "is_entry_fastest_lap": false})
    }

    #[test]
    fn jolpica_laps_by_car_with_parts_and_deletions() {
        let file = json!([
            jolpica(
                "Q1",
                json!(1),
                json!([lap(3, json!(95346), false), lap(2, json!(96470), true)])
            ),
            jolpica(
                "Q1",
                json!(44),
                json!([lap(2, json!(59123), false), {"number": 4, "time": null}])
            ),
            jolpica("Q3", json!(1), json!([lap(13, json!(3_723_457), false)])),
        ]);
        let imported = read_jolpica_laps(&file).unwrap();
        let s = &imported.session;
        assert_eq!(imported.event_key.as_deref(), Some("2023 round 18"));
        assert!(!imported.official_order);
        assert_eq!(
            (s.series.as_deref(), s.session.as_deref()),
            (Some("Formula 1"), Some("Qualifying"))
        );
        let ids: Vec<_> = s
            .parts
            .iter()
            .flatten()
            .map(|Obj(p)| p.id.clone().unwrap_or_default())
            .collect();
        assert_eq!(ids, ["Q1", "Q3"]);
        let rows: Vec<(String, Vec<LapRow>)> = entries(&imported)
            .iter()
            .map(|Obj(e)| {
                let laps = e
                    .laps
                    .iter()
                    .flatten()
                    .map(|Obj(l)| (l.lap, l.time.clone(), l.valid, l.part.clone()));
                (
                    e.number.clone().map(|n| n.0).unwrap_or_default(),
                    laps.collect(),
                )
            })
            .collect();
        let text = |t: &str| Some(RawTime::Text(t.to_owned()));
        let q = |p: &str| Some(p.to_owned());
        assert_eq!(
            rows,
            [
                (
                    "1".to_owned(),
                    vec![
                        (Some(2), text("1:36.470"), Some(false), q("Q1")),
                        (Some(3), text("1:35.346"), None, q("Q1")),
                        (Some(13), text("1:02:03.457"), None, q("Q3")),
                    ]
                ),
                (
                    "44".to_owned(),
                    vec![
                        (Some(2), text("59.123"), None, q("Q1")),
                        (Some(4), None, None, q("Q1"))
                    ]
                ),
            ]
        );
        assert_eq!(entries(&imported)[0].0.drivers, None);
    }

    #[test]
    fn jolpica_errors_name_the_place() {
        let ok = |car| jolpica("Q1", car, json!([lap(2, json!(95346), false)]));
        let other_round = json!({"object_type": "lap",
            "foreign_keys": {"year": 2023, "round": 19, "session": "Q1", "car_number": 4},
            "objects": []});
        let cases = [
            (json!({}), "Jolpica lap times must be a JSON array"),
            (
                json!([ok(json!(1)), other_round]),
                "[1].foreign_keys: 2023 round 19, but [0] is 2023 round 18",
            ),
            (
                json!([jolpica("R", json!(1), json!([]))]),
                "[0].foreign_keys.session: \"R\" is not a qualifying part",
            ),
            (
                json!([jolpica("Q1", json!(null), json!([]))]),
                "[0].foreign_keys.car_number is missing",
            ),
            (
                json!([jolpica("Q1", json!(1), json!([lap(2, json!(0), false)]))]),
                "[0].objects[0].time.milliseconds: 0 is not a lap time",
            ),
            (
                json!([jolpica("Q1", json!(1), json!([lap(2, json!(-5), false)]))]),
                "[0].objects[0].time.milliseconds: -5 is not a lap time",
            ),
            (
                json!([jolpica(
                    "Q1",
                    json!(1),
                    json!([lap(2, json!("95346"), false)])
                )]),
                "[0].objects[0].time.milliseconds: \"95346\" is not",
            ),
            (
                json!([jolpica(
                    "Q1",
                    json!(1),
                    json!([lap(0, json!(95346), false)])
                )]),
                "[0].objects[0].number: 0 is not a lap number",
            ),
            (
                json!([jolpica("Q1", json!(1), json!([{"time": null}]))]),
                "[0].objects[0].number is missing",
            ),
            (
                json!([jolpica(
                    "Q1",
                    json!(1),
                    json!([{"number": 2, "is_deleted": "yes"}])
                )]),
                "[0].objects[0].is_deleted: \"yes\" is not true or false",
            ),
            (
                json!([jolpica("Q1", json!(1), json!({}))]),
                "[0].objects is not an array",
            ),
            (
                json!([{"object_type": "pitstop"}]),
                "[0].object_type: \"pitstop\"; expected \"lap\"",
            ),
        ];
        for (json, expected) in cases {
            match read_jolpica_laps(&json) {
                Ok(_) => panic!("{json} was accepted; expected {expected:?}"),
                Err(e) => assert!(
                    e.message.starts_with(expected),
                    "{} vs {expected}",
                    e.message
                ),
            }
        }
    }
}
