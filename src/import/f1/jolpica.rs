//! Jolpica per-lap qualifying times JSON (F1), with deleted laps.
//!
//! `[{object_type: "lap", foreign_keys: {year, round, session, car_number}, objects: [...]}]`
//! gives one entry per car number (no names: the file has none), every lap with its part and
//! `valid: false` for `is_deleted`. Lap numbers run through the whole session (Q2 continues
//! Q1's count), so sorting by number keeps the running order. The `is_entry_fastest_lap` flag
//! is not read: the core finds the fastest valid lap itself.

use serde_json::Value;

use super::{id_text, opt_str, parts, PARTS, SERIES, SESSION};
use crate::core::time::{LapTime, Precision};
use crate::core::wire::{CarNumber, Entry, Lap, Obj, RawTime, Session};
use crate::import::{ImportError, Imported};

/// Jolpica per-lap qualifying times: one item per (part, car), each with its laps.
pub fn read(json: &Value) -> Result<Imported, ImportError> {
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
                lap_time.display(Precision::MILLIS).to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entries(imported: &Imported) -> &[Obj<Entry>] {
        imported.session.entries.as_deref().unwrap_or_default()
    }

    /// (lap, time, valid, part) of a lap.
    type LapRow = (Option<i64>, Option<RawTime>, Option<bool>, Option<String>);

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
        let imported = read(&file).unwrap();
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
            (json!({}), "Jolpica lap times must be a JSON array of lap objects"),
            (
                json!([ok(json!(1)), other_round]),
                "[1].foreign_keys: 2023 round 19, but [0] is 2023 round 18; a file holds one qualifying session",
            ),
            (
                json!([jolpica("R", json!(1), json!([]))]),
                "[0].foreign_keys.session: \"R\" is not a qualifying part (expected Q1, Q2 or Q3)",
            ),
            (
                json!([jolpica("Q1", json!(null), json!([]))]),
                "[0].foreign_keys.car_number is missing",
            ),
            (
                json!([jolpica("Q1", json!(1), json!([lap(2, json!(0), false)]))]),
                "[0].objects[0].time.milliseconds: 0 is not a lap time (a whole number of milliseconds above 0, at most 24 hours)",
            ),
            (
                json!([jolpica("Q1", json!(1), json!([lap(2, json!(-5), false)]))]),
                "[0].objects[0].time.milliseconds: -5 is not a lap time (a whole number of milliseconds above 0, at most 24 hours)",
            ),
            (
                json!([jolpica(
                    "Q1",
                    json!(1),
                    json!([lap(2, json!("95346"), false)])
                )]),
                "[0].objects[0].time.milliseconds: \"95346\" is not a lap time (a whole number of milliseconds above 0, at most 24 hours)",
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
        crate::import::f1::tests::refused(read, &cases);
    }
}
