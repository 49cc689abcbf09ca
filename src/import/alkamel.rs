//! Al Kamel Systems CSV, as IMSA and the FIA WEC publish it: `23_Time Cards` / `23_Analysis`
//! (one row per lap) and `03_Results` (the classification with the entry list).
//!
//! The quirks handled here are real (see `shared/data/real/README.md`): a UTF-8 BOM, comma or
//! semicolon separators, header names with leading spaces, a trailing empty column, CRLF line
//! ends, times as `ss.fff`, `m:ss.fff` or `h:mm:ss.fff`. Time cards have no "deleted" column:
//! a car's valid best is the lap flagged `2` or `3` in `LAP_IMPROVEMENT`, a timed lap faster
//! than it was deleted, and a car with timed laps but none flagged has no valid time (the rule
//! IMSA's official classifications follow).

use csv::{ReaderBuilder, StringRecord, Trim};

use super::{ImportError, Imported};
use crate::core::time::{self, LapTime};
use crate::core::wire::{Best, CarNumber, Driver, Entry, Lap, Obj, RawTime, Session, Track};

/// Time cards or analysis: one row per lap.
pub fn read_laps(text: &str) -> Result<Imported, ImportError> {
    let table = Table::read(text)?;
    let number = table.column("NUMBER")?;
    let lap_number = table.column("LAP_NUMBER")?;
    let lap_time = table.column("LAP_TIME")?;
    let improvement = table.optional("LAP_IMPROVEMENT");
    let in_pit = table.optional("CROSSING_FINISH_LINE_IN_PIT");
    let pit_time = table.optional("PIT_TIME");
    let elapsed = table.optional("ELAPSED");
    let driver_name = table.optional("DRIVER_NAME");
    let class = table.optional("CLASS");
    let team = table.optional("TEAM");
    let manufacturer = table.optional("MANUFACTURER");
    let flag = table.optional("FLAG_AT_FL");
    let kph = table.optional("KPH");
    let sectors: Vec<usize> = (1..=12)
        .map_while(|k| table.optional(&format!("S{k}")))
        .collect();

    let mut cars: Vec<Car> = Vec::new();
    let mut lengths: Vec<i64> = Vec::new();
    for row in &table.rows {
        let car_number = row.text(number);
        if car_number.is_empty() {
            return Err(row.error(number, "the car number is empty"));
        }
        let index = match cars
            .iter()
            .position(|c| c.entry.number.as_ref().is_some_and(|n| n.0 == car_number))
        {
            Some(i) => i,
            None => {
                cars.push(Car::new(
                    car_number,
                    row.get(class),
                    row.get(team),
                    row.get(manufacturer),
                ));
                cars.len() - 1
            }
        };
        let car = &mut cars[index];
        let time = row.time(lap_time)?;
        let driver = row.get(driver_name).map(|name| car.driver(name));
        let flagged = row.get(improvement).is_some_and(|v| v == "2" || v == "3");
        if let (Some(t), Some(speed)) = (time, row.get(kph).and_then(|k| k.parse::<f64>().ok())) {
            // metres = km/h × seconds / 3.6; the median over all laps names the lap length.
            lengths.push((speed * t.as_secs_f64() / 3.6).round() as i64);
        }
        car.laps.push(CarLap {
            lap: Lap {
                lap: Some(row.whole(lap_number)?),
                driver: driver.map(|d| d as i64),
                time: time.map(|_| RawTime::Text(row.text(lap_time).to_owned())),
                sectors: if sectors.is_empty() {
                    None
                } else {
                    Some(
                        sectors
                            .iter()
                            .map(|&c| {
                                row.time(c)
                                    .map(|t| t.map(|_| RawTime::Text(row.text(c).to_owned())))
                            })
                            .collect::<Result<_, _>>()?,
                    )
                },
                valid: None,
                pit: if row.get(pit_time).is_some() {
                    Some("out".to_owned())
                } else if row.get(in_pit).is_some_and(|v| v.eq_ignore_ascii_case("B")) {
                    Some("in".to_owned())
                } else {
                    None
                },
                at: match row.get(elapsed) {
                    Some(_) => Some(row.elapsed(elapsed.unwrap_or_default())?),
                    None => None,
                },
                part: None,
                flag: row.get(flag).map(flag_word),
            },
            time,
            flagged,
        });
    }
    let track = median(&mut lengths).map(|m| {
        Obj(Track {
            name: None,
            length_km: Some(m as f64 / 1000.0),
        })
    });
    let session = Session {
        format: Some("qualichart/1".to_owned()),
        track,
        sectors: (!sectors.is_empty()).then_some(sectors.len() as i64),
        entries: Some(cars.into_iter().map(Car::finish).collect()),
        ..Session::default()
    };
    Ok(Imported {
        session,
        event_key: None,
        official_order: false,
    })
}

/// Results: the classification with the entry list (every driver, team, vehicle, class).
pub fn read_results(text: &str) -> Result<Imported, ImportError> {
    let table = Table::read(text)?;
    let number = table.column("NUMBER")?;
    let best_time = table.optional("TIME");
    let best_lap = table.optional("LAP");
    let class = table.optional("CLASS");
    let team = table.optional("TEAM");
    let vehicle = table.optional("VEHICLE");
    let mut entries = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let car_number = row.text(number);
        if car_number.is_empty() {
            return Err(row.error(number, "the car number is empty"));
        }
        let mut drivers = Vec::new();
        for k in 1..=8 {
            let first = table
                .optional(&format!("DRIVER{k}_FIRSTNAME"))
                .and_then(|c| row.get(Some(c)));
            let last = table
                .optional(&format!("DRIVER{k}_SECONDNAME"))
                .and_then(|c| row.get(Some(c)));
            let name = match (first, last) {
                (Some(f), Some(l)) => format!("{f} {l}"),
                (Some(n), None) | (None, Some(n)) => n.to_owned(),
                (None, None) => continue,
            };
            let short = table
                .optional(&format!("DRIVER{k}_SHORTNAME"))
                .and_then(|c| row.get(Some(c)));
            let country = table
                .optional(&format!("DRIVER{k}_COUNTRY"))
                .and_then(|c| row.get(Some(c)));
            drivers.push(Obj(Driver {
                name: Some(name),
                short: short.map(str::to_owned),
                country: country.map(str::to_owned),
            }));
        }
        let best_text = match best_time {
            Some(c) => row.time(c)?.map(|_| row.text(c)),
            None => None,
        };
        let best = best_text.map(|text| {
            Obj(Best {
                time: Some(RawTime::Text(text.to_owned())),
                lap: best_lap
                    .and_then(|l| row.text(l).parse::<i64>().ok())
                    .filter(|&l| l >= 1),
                ..Best::default()
            })
        });
        entries.push(Obj(Entry {
            number: Some(CarNumber(car_number.to_owned())),
            class: row.get(class).map(str::to_owned),
            team: row.get(team).map(str::to_owned),
            car: row.get(vehicle).map(str::to_owned),
            drivers: (!drivers.is_empty()).then_some(drivers),
            best,
            ..Entry::default()
        }));
    }
    let session = Session {
        format: Some("qualichart/1".to_owned()),
        entries: Some(entries),
        ..Session::default()
    };
    Ok(Imported {
        session,
        event_key: None,
        official_order: true,
    })
}

/// Al Kamel's flag codes as the session format's words.
fn flag_word(code: &str) -> String {
    match code.to_ascii_uppercase().as_str() {
        "GF" => "green",
        "RF" => "red",
        "FF" => "chequered",
        "FCY" => "fcy",
        "YF" => "yellow",
        "SC" => "sc",
        _ => return code.to_ascii_lowercase(),
    }
    .to_owned()
}

fn median(values: &mut [i64]) -> Option<i64> {
    values.sort_unstable();
    values.get(values.len() / 2).copied()
}

/// One car while its rows are read.
struct Car {
    entry: Entry,
    /// Driver names in order of first appearance; laps refer to them by index.
    drivers: Vec<String>,
    laps: Vec<CarLap>,
}

struct CarLap {
    lap: Lap,
    time: Option<LapTime>,
    flagged: bool,
}

impl Car {
    fn new(
        number: &str,
        class: Option<&str>,
        team: Option<&str>,
        manufacturer: Option<&str>,
    ) -> Car {
        Car {
            entry: Entry {
                number: Some(CarNumber(number.to_owned())),
                class: class.map(str::to_owned),
                team: team.map(str::to_owned),
                manufacturer: manufacturer.map(str::to_owned),
                ..Entry::default()
            },
            drivers: Vec::new(),
            laps: Vec::new(),
        }
    }

    /// The index of the driver with this name, added when new.
    fn driver(&mut self, name: &str) -> usize {
        match self.drivers.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.drivers.push(name.to_owned());
                self.drivers.len() - 1
            }
        }
    }

    /// Applies the deleted-lap rule and builds the entry.
    fn finish(mut self) -> Obj<Entry> {
        let official = self
            .laps
            .iter()
            .filter(|l| l.flagged)
            .filter_map(|l| l.time)
            .min();
        for lap in &mut self.laps {
            let deleted = match (lap.time, official) {
                (Some(t), Some(best)) => t < best,
                // Timed laps but none flagged: the car has no valid time.
                (Some(_), None) => true,
                (None, _) => false,
            };
            if deleted {
                lap.lap.valid = Some(false);
            }
        }
        self.laps.sort_by_key(|l| l.lap.lap);
        let drivers: Vec<Obj<Driver>> = self
            .drivers
            .into_iter()
            .map(|name| {
                Obj(Driver {
                    name: Some(name),
                    ..Driver::default()
                })
            })
            .collect();
        self.entry.drivers = (!drivers.is_empty()).then_some(drivers);
        self.entry.laps = Some(self.laps.into_iter().map(|l| Obj(l.lap)).collect());
        Obj(self.entry)
    }
}

/// A CSV file with its header names trimmed and upper-cased, read whole.
struct Table {
    names: Vec<String>,
    rows: Vec<Row>,
}

struct Row {
    line: usize,
    record: StringRecord,
    names: std::rc::Rc<Vec<String>>,
}

impl Table {
    fn read(text: &str) -> Result<Table, ImportError> {
        let header = text.lines().next().unwrap_or_default();
        let delimiter = if header.contains(';') { b';' } else { b',' };
        let mut reader = ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .trim(Trim::All)
            .from_reader(text.as_bytes());
        let names: Vec<String> = reader
            .headers()
            .map_err(csv_error)?
            .iter()
            .map(|n| n.trim().to_ascii_uppercase())
            .collect();
        let shared = std::rc::Rc::new(names.clone());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(csv_error)?;
            if record.iter().all(str::is_empty) {
                continue;
            }
            let line = record.position().map_or(0, |p| p.line() as usize);
            rows.push(Row {
                line,
                record,
                names: shared.clone(),
            });
        }
        Ok(Table { names, rows })
    }

    fn optional(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    fn column(&self, name: &str) -> Result<usize, ImportError> {
        self.optional(name)
            .ok_or_else(|| ImportError::at(1, None, format!("the header has no {name} column")))
    }
}

impl Row {
    /// The field's text, `""` when the row is short.
    fn text(&self, column: usize) -> &str {
        self.record.get(column).unwrap_or_default()
    }

    /// The field's text when the column exists and the field is not empty.
    fn get(&self, column: Option<usize>) -> Option<&str> {
        column.map(|c| self.text(c)).filter(|t| !t.is_empty())
    }

    fn error(&self, column: usize, message: impl std::fmt::Display) -> ImportError {
        let name = self.names.get(column).map_or("", String::as_str);
        ImportError::at(self.line, Some(column + 1), format!("{name}: {message}"))
    }

    /// A lap or sector time, `None` when empty.
    fn time(&self, column: usize) -> Result<Option<LapTime>, ImportError> {
        let text = self.text(column);
        if text.is_empty() {
            return Ok(None);
        }
        time::parse_text(text)
            .and_then(|p| LapTime::check(p, || format!("{text:?}")))
            .map(Some)
            .map_err(|e| self.error(column, e))
    }

    fn elapsed(&self, column: usize) -> Result<RawTime, ImportError> {
        let text = self.text(column);
        time::parse_text(text)
            .and_then(|p| time::Elapsed::check(p, || format!("{text:?}")))
            .map(|_| RawTime::Text(text.to_owned()))
            .map_err(|e| self.error(column, e))
    }

    fn whole(&self, column: usize) -> Result<i64, ImportError> {
        let text = self.text(column);
        text.parse::<i64>()
            .ok()
            .filter(|&n| n >= 1)
            .ok_or_else(|| self.error(column, format!("{text:?} is not a lap number")))
    }
}

fn csv_error(e: csv::Error) -> ImportError {
    let line = e.position().map_or(1, |p| p.line() as usize);
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_owned(),
        _ => format!("not a readable CSV file: {e}"),
    };
    ImportError::at(line, None, message)
}
