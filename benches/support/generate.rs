//! A deterministic generated session, shared by the core benches and the browser scale bench.

/// A deterministic session of `cars` × `laps` in four classes, with sectors, drivers and `at`.
pub fn session_json(cars: usize, laps: usize) -> String {
    let classes = ["GTP", "LMP2", "GTDPRO", "GTD"];
    let mut entries = Vec::with_capacity(cars);
    // A small linear congruential sequence: varied times, no randomness crate, same every run.
    let mut seed: u64 = 0x2024_0120;
    let mut next = move |range: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % range
    };
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
                let ms = |t: u64| format!("{}:{:02}.{:03}", t / 60_000, t / 1000 % 60, t % 1000);
                let mut value = serde_json::json!({
                    "lap": lap + 1,
                    "driver": lap % 2,
                    "time": ms(time),
                    "sectors": [ms(s1), ms(s2), ms(s3)],
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
