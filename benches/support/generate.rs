//! Deterministic generated sessions, shared by the core benches, the browser scale bench and
//! the scale tests: a realistic field ([`session_json`]) and large hostile-but-valid ones
//! ([`hostile_json`]) that stress every per-car, per-class and per-lap step.

#![allow(dead_code)]

/// A small linear congruential sequence: varied times, no randomness crate, same every run.
fn sequence(mut seed: u64) -> impl FnMut(u64) -> u64 {
    move |range: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % range
    }
}

/// `m:ss.fff` from milliseconds.
fn lap_text(ms: u64) -> String {
    format!("{}:{:02}.{:03}", ms / 60_000, ms / 1000 % 60, ms % 1000)
}

/// A deterministic session of `cars` × `laps` in four classes, with sectors, drivers and `at`.
pub fn session_json(cars: usize, laps: usize) -> String {
    let classes = ["GTP", "LMP2", "GTDPRO", "GTD"];
    let mut entries = Vec::with_capacity(cars);
    let mut next = sequence(0x2024_0120);
    for car in 0..cars {
        let base = 92_000 + car as u64 * 150;
        let mut at = 0u64;
        let car_laps: Vec<serde_json::Value> = (0..laps)
            .map(|lap| {
                let s1 = base / 4 + next(400);
                let s2 = base / 2 + next(600);
                let s3 = base / 4 + next(400);
                let time = s1 + s2 + s3;
                at += time;
                let mut value = serde_json::json!({
                    "lap": lap + 1,
                    "driver": lap % 2,
                    "time": lap_text(time),
                    "sectors": [lap_text(s1), lap_text(s2), lap_text(s3)],
                    "at": format!("{}:{:02}:{:02}.{:03}", at / 3_600_000, at / 60_000 % 60, at / 1000 % 60, at % 1000),
                });
                if next(20) == 0 {
                    value["valid"] = serde_json::json!(false);
                }
                value
            })
            .collect();
        entries.push(serde_json::json!({
            "number": (car + 1).to_string(),
            "class": classes[car % classes.len()],
            "team": format!("Team {car}"),
            "drivers": [{"name": format!("Driver {car}A")}, {"name": format!("Driver {car}B")}],
            "laps": car_laps,
        }));
    }
    serde_json::json!({
        "format": "qualichart/1",
        "records": [{"time": "1:33.685", "label": "Previous qualifying record"}],
        "entries": entries,
    })
    .to_string()
}

/// How the cars of a hostile session are split into classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Classes {
    /// Four classes, as a real multi-class field.
    Four,
    /// Every car its own class: as many classes (sections, class buttons, class poles) as cars.
    EachCar,
}

/// A large hostile-but-valid session: what makes every per-car step do its worst.
///
/// - `cars` entries of `laps` laps each (at least 2), with three sectors, `at` and the driver;
///   each car's last lap is deleted and faster than its best, so every car has a ghost.
/// - Laps are completed one car after another, round after round, each 0.1 ms faster than the
///   one before (8-minute laps, a Nordschleife's, so 200,000 of them stay within 107 %): the
///   provisional pole changes hands on every lap.
/// - Every tenth car has no time (a note says why), every fiftieth did not start, and every
///   25th is slower than 107 % of its class pole.
/// - Up to 50 record lines, overall and per class.
/// - `knockout`: three parts (Q1, Q2, Q3); a third of the cars reach each.
///
/// Written compactly (times in seconds, `at` as a number, no sectors on the deleted lap), so
/// 100,000 entries of two laps stay under the 32 MiB input limit.
pub fn hostile_json(cars: usize, laps: usize, classes: Classes, knockout: bool) -> String {
    let laps = laps.max(2);
    let class_of = |car: usize| match classes {
        Classes::Four => ["GTP", "LMP2", "GTDPRO", "GTD"][car % 4].to_owned(),
        Classes::EachCar => format!("C{car}"),
    };
    let total = (cars * laps) as u64;
    let seconds = |ticks: u64| format!("{}.{:04}", ticks / 10_000, ticks % 10_000);
    let mut entries = Vec::with_capacity(cars);
    for car in 0..cars {
        let mut entry = serde_json::json!({
            "number": (car + 1).to_string(),
            "class": class_of(car),
            "team": format!("Team {car}"),
            "drivers": [{"name": format!("Driver {car}")}],
        });
        if car % 50 == 49 {
            entry["status"] = serde_json::json!("dns");
        }
        if car % 10 == 9 {
            entry["note"] = serde_json::json!("Repairs prevented a qualifying attempt");
            entries.push(entry);
            continue;
        }
        let slow = if car % 25 == 24 { 6_000_000 } else { 0 };
        let reached = if knockout { 1 + car % 3 } else { 0 };
        let car_laps: Vec<serde_json::Value> = (0..laps)
            .map(|lap| {
                let order = (lap * cars + car) as u64;
                let ticks = 4_800_000 + slow + (total - order);
                // Completed in order, 10 ms apart, from 1,000 s into the session.
                let at = serde_json::json!((100_000 + order) as f64 / 100.0);
                let mut value = if lap + 1 == laps {
                    // The deleted lap: 0.5 s faster than the car's best, within 107 %.
                    serde_json::json!({"time": seconds(ticks - 5_000), "valid": false, "at": at})
                } else {
                    let (s1, s2) = (ticks / 4, ticks / 2);
                    serde_json::json!({
                        "driver": 0,
                        "time": seconds(ticks),
                        "sectors": [seconds(s1), seconds(s2), seconds(ticks - s1 - s2)],
                        "at": at,
                    })
                };
                if knockout {
                    let part = (lap * reached / laps).min(reached - 1);
                    value["part"] = serde_json::json!(format!("Q{}", part + 1));
                }
                value
            })
            .collect();
        entry["laps"] = serde_json::Value::Array(car_laps);
        entries.push(entry);
    }
    let mut records = vec![serde_json::json!({"time": "8:01.000", "label": "Track record"})];
    let class_count = match classes {
        Classes::Four => 4,
        Classes::EachCar => cars,
    };
    for class in 0..class_count.min(49) {
        records.push(serde_json::json!({
            "class": class_of(class),
            "time": format!("8:00.{:03}", class % 1000),
            "label": "Class record",
        }));
    }
    let mut session = serde_json::json!({
        "format": "qualichart/1",
        "event": "Generated",
        "session": "Qualifying",
        "track": {"name": "Test track", "length_km": 5.0},
        "records": records,
        "entries": entries,
    });
    if knockout {
        session["parts"] = serde_json::json!([{"id": "Q1"}, {"id": "Q2"}, {"id": "Q3"}]);
    }
    session.to_string()
}
