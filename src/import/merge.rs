//! Several imported files of one session, combined by car number.
//!
//! Files are applied in the order given; a later file overrides, field by field, what an
//! earlier one said, and leaves alone what it does not mention. That is how a results sheet
//! adds car models and full driver lists to time cards, and how a hand-written overlay adds
//! the event name, class, manufacturer and team colours and records last. Driver lists are unified by name, and every
//! lap's driver index is remapped to the unified list.

use super::{ImportError, Imported};
use crate::core::wire::{self, Obj};

/// Merges in order; later files override what earlier ones said.
pub fn merge(files: Vec<Imported>) -> Result<wire::Session, ImportError> {
    let mut keys = files.iter().filter_map(|f| f.event_key.as_deref());
    if let Some(first) = keys.next() {
        if let Some(other) = keys.find(|k| *k != first) {
            return Err(ImportError::whole(format!(
                "the files are from different sessions ({first} and {other}); import them separately"
            )));
        }
    }
    let official: Option<Vec<String>> = files
        .iter()
        .find(|f| f.official_order)
        .map(|f| numbers(&f.session));
    let mut out = wire::Session::default();
    for file in files {
        apply(&mut out, file.session);
    }
    if let (Some(order), Some(entries)) = (official, out.entries.as_mut()) {
        // Cars of the classification in its order, then any others in order of appearance.
        entries.sort_by_key(|e| {
            let number = e.0.number.as_ref().map(|n| n.0.as_str());
            order
                .iter()
                .position(|o| Some(o.as_str()) == number)
                .unwrap_or(usize::MAX)
        });
    }
    out.format = Some(
        out.format
            .unwrap_or_else(|| crate::core::validate::FORMAT.to_owned()),
    );
    Ok(out)
}

fn numbers(session: &wire::Session) -> Vec<String> {
    session
        .entries
        .iter()
        .flatten()
        .filter_map(|e| e.0.number.as_ref().map(|n| n.0.clone()))
        .collect()
}

/// `value` over `slot` when the later file gives one: the merge rule for every field.
fn set<T>(slot: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *slot = value;
    }
}

/// `later` over `out`, field by field.
fn apply(out: &mut wire::Session, later: wire::Session) {
    set(&mut out.format, later.format);
    set(&mut out.series, later.series);
    set(&mut out.event, later.event);
    set(&mut out.session, later.session);
    set(&mut out.date, later.date);
    set(&mut out.title, later.title);
    set(&mut out.source, later.source);
    set(&mut out.byline, later.byline);
    set(&mut out.state, later.state);
    set(&mut out.sectors, later.sectors);
    set(&mut out.classes, later.classes);
    set(&mut out.records, later.records);
    set(&mut out.manufacturers, later.manufacturers);
    set(&mut out.teams, later.teams);
    set(&mut out.parts, later.parts);
    if let Some(Obj(track)) = later.track {
        let slot = out.track.get_or_insert_with(Obj::default);
        set(&mut slot.0.name, track.name);
        set(&mut slot.0.length_km, track.length_km);
    }
    for Obj(entry) in later.entries.into_iter().flatten() {
        let entries = out.entries.get_or_insert_with(Vec::new);
        let number = entry.number.as_ref().map(|n| n.0.clone());
        match entries
            .iter_mut()
            .find(|e| e.0.number.as_ref().map(|n| &n.0) == number.as_ref())
        {
            Some(Obj(existing)) => merge_entry(existing, entry),
            None => entries.push(Obj(entry)),
        }
    }
}

fn merge_entry(out: &mut wire::Entry, mut later: wire::Entry) {
    let earlier_drivers = out.drivers.take().unwrap_or_default();
    let later_drivers = later.drivers.take().unwrap_or_default();
    let unified = unify(&earlier_drivers, &later_drivers);
    remap(out, &earlier_drivers, &unified);
    remap(&mut later, &later_drivers, &unified);
    out.drivers = (!unified.is_empty()).then_some(unified);
    set(&mut out.class, later.class);
    set(&mut out.team, later.team);
    set(&mut out.car, later.car);
    set(&mut out.manufacturer, later.manufacturer);
    set(&mut out.color, later.color);
    set(&mut out.status, later.status);
    set(&mut out.note, later.note);
    set(&mut out.laps, later.laps);
    set(&mut out.best, later.best);
    set(&mut out.part_bests, later.part_bests);
}

/// Names compare without case and extra spaces: "Tom GAMBLE" is "Tom Gamble".
fn same_name(a: &Obj<wire::Driver>, b: &Obj<wire::Driver>) -> bool {
    let key = |d: &Obj<wire::Driver>| {
        d.0.name
            .as_deref()
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    key(a) == key(b)
}

/// One driver list from two: the one that holds every driver of the other wins (a results
/// sheet's full entry list over the qualifier a time card names); otherwise the earlier list,
/// then the later one's new names.
fn unify(earlier: &[Obj<wire::Driver>], later: &[Obj<wire::Driver>]) -> Vec<Obj<wire::Driver>> {
    let covers = |big: &[Obj<wire::Driver>], small: &[Obj<wire::Driver>]| {
        small.iter().all(|s| big.iter().any(|b| same_name(b, s)))
    };
    if covers(later, earlier) {
        later.to_vec()
    } else if covers(earlier, later) {
        earlier.to_vec()
    } else {
        let mut all = earlier.to_vec();
        all.extend(
            later
                .iter()
                .filter(|l| !earlier.iter().any(|e| same_name(e, l)))
                .cloned(),
        );
        all
    }
}

/// Points every driver index of `entry` (laps, best, part bests) from `from` into `to`.
fn remap(entry: &mut wire::Entry, from: &[Obj<wire::Driver>], to: &[Obj<wire::Driver>]) {
    let map = |index: &mut Option<i64>| {
        if let Some(i) = *index {
            let driver = usize::try_from(i).ok().and_then(|i| from.get(i));
            // An index the file itself got wrong is left for validation to report.
            if let Some(position) = driver.and_then(|d| to.iter().position(|t| same_name(t, d))) {
                *index = Some(position as i64);
            }
        }
    };
    for Obj(lap) in entry.laps.iter_mut().flatten() {
        map(&mut lap.driver);
    }
    if let Some(Obj(best)) = entry.best.as_mut() {
        map(&mut best.driver);
    }
    for Obj(best) in entry.part_bests.iter_mut().flatten() {
        map(&mut best.driver);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imported(json: &str, official_order: bool) -> Imported {
        let Obj(session) = serde_json::from_str(json).expect("test JSON");
        Imported {
            session,
            event_key: None,
            official_order,
        }
    }

    #[test]
    fn later_files_override_field_by_field_and_drivers_are_remapped() {
        let laps = imported(
            r#"{"format": "qualichart/1", "state": "running", "track": {"length_km": 5.729}, "entries": [
                {"number": "01", "team": "Cadillac Racing", "drivers": [{"name": "Sebastien Bourdais"}],
                 "laps": [{"time": "1:32.727", "driver": 0}]},
                {"number": "31", "drivers": [{"name": "Pipo Derani"}], "laps": [{"time": "1:32.656", "driver": 0}]}]}"#,
            false,
        );
        let results = imported(
            r#"{"entries": [
                {"number": "31", "car": "Cadillac V-Series.R", "drivers": [{"name": "Pipo Derani"}, {"name": "Jack Aitken"}]},
                {"number": "01", "drivers": [{"name": "Renger van der Zande"}, {"name": "Sebastien Bourdais"}]},
                {"number": "5", "note": "no laps"}]}"#,
            true,
        );
        let overlay = imported(
            r#"{"event": "Rolex 24", "state": "finished", "track": {"name": "Daytona"}, "entries": [{"number": "5", "note": "Repairs"}]}"#,
            false,
        );
        let merged = merge(vec![laps, results, overlay]).expect("one session");
        let json = serde_json::to_value(&merged).expect("serialises");
        assert_eq!(json["event"], "Rolex 24");
        assert_eq!(json["state"], "finished");
        assert_eq!(
            json["track"],
            serde_json::json!({"name": "Daytona", "length_km": 5.729})
        );
        let numbers: Vec<&str> = json["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .filter_map(|e| e["number"].as_str())
            .collect();
        assert_eq!(numbers, ["31", "01", "5"]);
        assert_eq!(json["entries"][1]["team"], "Cadillac Racing");
        assert_eq!(
            json["entries"][1]["drivers"][1]["name"],
            "Sebastien Bourdais"
        );
        assert_eq!(json["entries"][1]["laps"][0]["driver"], 1);
        assert_eq!(json["entries"][0]["car"], "Cadillac V-Series.R");
        assert_eq!(json["entries"][0]["laps"][0]["driver"], 0);
        assert_eq!(json["entries"][2]["note"], "Repairs");
        assert_eq!(json["format"], "qualichart/1");
    }

    #[test]
    fn files_of_different_events_are_not_merged() {
        let mut a = imported(r#"{"entries": []}"#, false);
        let mut b = imported(r#"{"entries": []}"#, false);
        a.event_key = Some("2023 round 13".into());
        b.event_key = Some("2023 round 18".into());
        assert_eq!(
            merge(vec![a, b]).map(|_| ()).map_err(|e| e.to_string()),
            Err("the files are from different sessions (2023 round 13 and 2023 round 18); import them separately".into())
        );
    }

    #[test]
    fn unions_keep_everyone_when_neither_list_covers_the_other() {
        let d = |n: &str| {
            Obj(wire::Driver {
                name: Some(n.into()),
                ..wire::Driver::default()
            })
        };
        let names =
            |v: Vec<Obj<wire::Driver>>| v.into_iter().filter_map(|d| d.0.name).collect::<Vec<_>>();
        assert_eq!(
            names(unify(&[d("A"), d("B")], &[d("b"), d("C")])),
            ["A", "B", "C"]
        );
        assert_eq!(
            names(unify(&[d("Tom GAMBLE")], &[d("Tom Gamble"), d("X")])),
            ["Tom Gamble", "X"]
        );
    }
}
