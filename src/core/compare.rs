//! Driver-vs-driver comparison of 2 to 4 cars: best laps, sector deltas, ideal-lap deltas.
//!
//! Every delta is to the first pick (the reference car), as a reader reads "#01 vs #31":
//! positive means slower than the reference. Sector deltas compare the sectors of the two best
//! laps; ideal deltas compare the cars' ideal laps. `loses_most` names the sector where a car
//! gives away the most time on its best lap, which is the line a reporter writes.

use crate::core::classify::classifying_best;
use crate::core::sectors::{best_lap_sectors, ideal, personal_bests};
use crate::core::session::Session;
use crate::core::time::{Gap, LapTime};

/// One compared car.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedCar {
    /// Index into `session.entries`.
    pub entry: usize,
    pub best: Option<LapTime>,
    /// Who drove the best lap (index into the entry's drivers), when known.
    pub driver: Option<usize>,
    /// Best − the reference's best; `None` for the reference or when either has no time.
    pub best_delta: Option<Gap>,
    /// The best lap's sectors, one per declared sector.
    pub sectors: Vec<Option<LapTime>>,
    /// Sector − the reference's best-lap sector, where both are known; `None` for the reference.
    pub sector_deltas: Vec<Option<Gap>>,
    pub ideal: Option<LapTime>,
    /// Ideal − the reference's ideal; `None` for the reference or when either is unknown.
    pub ideal_delta: Option<Gap>,
    /// The 0-based sector where this car loses the most to the reference (a positive delta).
    pub loses_most: Option<usize>,
}

/// At most this many cars are compared side by side (the laps chart has a shape for each).
pub const MAX_COMPARE: usize = 4;

/// Why `numbers`, written to be compared (a `--compare`, a marker's, the editor's field),
/// cannot be drawn as written: more than [`MAX_COMPARE`], a number the session does not have,
/// or one named twice. The message says which, without the caller's prefix.
pub fn check_named<S: AsRef<str>>(session: &Session, numbers: &[S]) -> Result<(), String> {
    if numbers.len() > MAX_COMPARE {
        return Err(format!(
            "at most {MAX_COMPARE} cars are compared, not {}",
            numbers.len()
        ));
    }
    for (i, number) in numbers.iter().enumerate() {
        let number = number.as_ref();
        if session.entry(number).is_none() {
            return Err(format!("no car numbered {number:?} in this session"));
        }
        // At most MAX_COMPARE numbers: the look back is bounded.
        if numbers[..i].iter().any(|n| n.as_ref() == number) {
            return Err(format!("car {number:?} is named twice"));
        }
    }
    Ok(())
}

/// The car numbers a written list names: `"31,01"` (a prerender marker's `--compare`, a
/// chart's `data-compare` attribute), split at commas, each trimmed, empty ones dropped. Which
/// of them the session has, and how many are drawn, is for the reader of the list to say.
pub fn car_list(text: &str) -> impl Iterator<Item = &str> {
    text.split(',')
        .map(str::trim)
        .filter(|number| !number.is_empty())
}

/// A comparison of picked cars, the first being the reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub cars: Vec<ComparedCar>,
}

/// Compares the entries at `picks` (indices into `session.entries`), the first as reference.
///
/// Indices outside the session are skipped, so a stale pick can never panic.
pub fn compare(session: &Session, picks: &[usize]) -> Comparison {
    let base: Vec<Figures> = picks
        .iter()
        .filter_map(|&i| session.entries.get(i))
        .map(|entry| {
            let best = classifying_best(session, entry);
            let sectors = match &best {
                Some(b) => best_lap_sectors(entry, b, session.sectors),
                None => vec![None; usize::from(session.sectors)],
            };
            Figures {
                entry: entry.index,
                driver: best.as_ref().and_then(|b| b.driver),
                best: best.map(|b| b.time),
                sectors,
                ideal: ideal(&personal_bests(session, entry)),
            }
        })
        .collect();
    let Some(reference) = base.first().cloned() else {
        return Comparison { cars: Vec::new() };
    };
    let delta = |a: Option<LapTime>, b: Option<LapTime>| a.zip(b).map(|(a, b)| a - b);
    let cars = base
        .into_iter()
        .enumerate()
        .map(|(n, car)| {
            let is_reference = n == 0;
            let sector_deltas: Vec<Option<Gap>> = if is_reference {
                vec![None; car.sectors.len()]
            } else {
                car.sectors
                    .iter()
                    .zip(&reference.sectors)
                    .map(|(s, r)| delta(*s, *r))
                    .collect()
            };
            let loses_most = sector_deltas
                .iter()
                .enumerate()
                .filter_map(|(k, d)| d.filter(|d| d.as_ticks() > 0).map(|d| (d, k)))
                // Largest loss; on equal losses the earlier sector.
                .max_by_key(|&(d, k)| (d, std::cmp::Reverse(k)))
                .map(|(_, k)| k);
            ComparedCar {
                entry: car.entry,
                best: car.best,
                driver: car.driver,
                best_delta: delta(car.best, reference.best).filter(|_| !is_reference),
                sectors: car.sectors,
                sector_deltas,
                ideal: car.ideal,
                ideal_delta: delta(car.ideal, reference.ideal).filter(|_| !is_reference),
                loses_most,
            }
        })
        .collect();
    Comparison { cars }
}

/// One pick's own figures, before deltas.
#[derive(Clone)]
struct Figures {
    entry: usize,
    driver: Option<usize>,
    best: Option<LapTime>,
    sectors: Vec<Option<LapTime>>,
    ideal: Option<LapTime>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse;

    fn check(picks: &[usize]) -> Vec<String> {
        let s = parse(
            br#"{"format": "qualichart/1", "entries": [
            {"number": "31", "laps": [{"time": "1:32.656", "sectors": ["22.100", "43.358", "27.198"]},
                                      {"time": "1:33.000", "sectors": ["22.090", "43.600", "27.310"]}]},
            {"number": "01", "laps": [{"time": "1:32.727", "sectors": ["22.069", "43.500", "27.158"]}]},
            {"number": "7", "laps": [{"time": "1:32.876", "sectors": ["22.200", "43.400"]}]},
            {"number": "5"}]}"#,
        )
        .expect("valid test session");
        let p = s.precision;
        let gap = |g: Option<Gap>| g.map_or("-".to_owned(), |g| g.display(p).to_string());
        compare(&s, picks)
            .cars
            .iter()
            .map(|c| {
                let deltas: Vec<String> = c.sector_deltas.iter().map(|d| gap(*d)).collect();
                format!(
                    "#{} best {} ideal {} sectors [{}] loses S{}",
                    s.entries[c.entry].number,
                    gap(c.best_delta),
                    gap(c.ideal_delta),
                    deltas.join(" "),
                    c.loses_most.map_or("-".to_owned(), |k| (k + 1).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_list_to_compare_names_cars_of_the_session_once_each() {
        let session = parse(include_bytes!(
            "../../static/sessions/daytona-2024-qualifying.json"
        ))
        .expect("the bundled session");
        assert_eq!(check_named(&session, &["31", "01"]), Ok(()));
        assert_eq!(check_named::<&str>(&session, &[]), Ok(()));
        assert_eq!(
            check_named(&session, &["31", "999"]),
            Err("no car numbered \"999\" in this session".to_owned())
        );
        assert_eq!(
            check_named(&session, &["31", "01", "31"]),
            Err("car \"31\" is named twice".to_owned())
        );
        assert_eq!(
            check_named(&session, &["31", "01", "7", "25", "40"]),
            Err("at most 4 cars are compared, not 5".to_owned())
        );
    }

    #[test]
    fn a_list_names_cars_between_its_commas() {
        let list = |text| car_list(text).collect::<Vec<_>>();
        assert_eq!(list("31,01"), ["31", "01"]);
        assert_eq!(list(" 31 , 01 ,, 7 "), ["31", "01", "7"]);
        assert_eq!(list(""), Vec::<&str>::new());
        assert_eq!(list(" , "), Vec::<&str>::new());
    }

    #[test]
    fn deltas_are_to_the_first_pick() {
        assert_eq!(
            check(&[0, 1, 2]),
            [
                "#31 best - ideal - sectors [- - -] loses S-",
                "#01 best +0.071 ideal +0.081 sectors [-0.031 +0.142 -0.040] loses S2",
                "#7 best +0.220 ideal - sectors [+0.100 +0.042 -] loses S1",
            ]
        );
        assert_eq!(
            check(&[1, 0]),
            [
                "#01 best - ideal - sectors [- - -] loses S-",
                "#31 best -0.071 ideal -0.081 sectors [+0.031 -0.142 +0.040] loses S3",
            ]
        );
    }

    #[test]
    fn each_car_names_the_driver_of_its_best_lap() {
        let s = parse(
            br#"{"format": "qualichart/1", "entries": [
            {"number": "01", "drivers": [{"name": "Renger van der Zande"}, {"name": "Sebastien Bourdais"}],
             "laps": [{"time": "1:32.727", "driver": 1}]},
            {"number": "31", "drivers": [{"name": "Pipo Derani"}], "laps": [{"time": "1:32.656"}]}]}"#,
        )
        .expect("valid test session");
        let drivers: Vec<Option<usize>> =
            compare(&s, &[0, 1]).cars.iter().map(|c| c.driver).collect();
        assert_eq!(drivers, [Some(1), None]);
    }

    #[test]
    fn a_car_without_a_time_compares_as_unknown() {
        assert_eq!(
            check(&[3, 0]),
            [
                "#5 best - ideal - sectors [- - -] loses S-",
                "#31 best - ideal - sectors [- - -] loses S-",
            ]
        );
    }

    #[test]
    fn stale_picks_are_skipped() {
        assert_eq!(check(&[]), Vec::<String>::new());
        assert_eq!(
            check(&[99, 1]),
            ["#01 best - ideal - sectors [- - -] loses S-"]
        );
    }
}
