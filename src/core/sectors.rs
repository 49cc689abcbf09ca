//! Sectors: personal and session bests, the marks on each lap's sectors, and ideal laps.
//!
//! A car's sector sources are its valid laps (timed or not), plus the result-sheet time (`best`,
//! or a knockout's `part_bests` item) when that is what classifies it; deleted laps never set a
//! best. Session bests are per scope,
//! with ties going to whoever set the time first, by the same rule as the classification.

use crate::core::classify::{classifying_best, set_first, BestLap, BestSource, Scope};
use crate::core::session::{Entry, Session, Status};
use crate::core::time::{Elapsed, LapTime};

/// A sector time and where it was set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectorTime {
    pub time: LapTime,
    /// Index into `session.entries`.
    pub entry: usize,
    pub source: BestSource,
    pub lap: Option<u32>,
    /// Index into the entry's drivers, when known.
    pub driver: Option<usize>,
    pub at: Option<Elapsed>,
}

/// The sector bests of one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectorBests {
    /// Personal bests per entry (indexed like `session.entries`), one slot per sector.
    /// Entries outside the scope are included: a car's own bests do not depend on scope.
    pub personal: Vec<Vec<Option<SectorTime>>>,
    /// Session best per sector over the scope's cars.
    pub session: Vec<Option<SectorTime>>,
}

impl SectorBests {
    /// The ideal lap of the entry at `entry`: the sum of its personal bests, when all are known.
    pub fn ideal_of(&self, entry: usize) -> Option<LapTime> {
        self.personal.get(entry).and_then(|bests| ideal(bests))
    }

    /// The session's ideal lap: the sum of the session best sectors, when all are known.
    pub fn session_ideal(&self) -> Option<LapTime> {
        ideal(&self.session)
    }
}

/// The sum of the sectors when every one is known.
pub fn ideal(sectors: &[Option<SectorTime>]) -> Option<LapTime> {
    sectors
        .iter()
        .map(|s| s.as_ref().map(|s| s.time))
        .collect::<Option<Vec<_>>>()?
        .into_iter()
        .sum()
}

/// The sectors of a car's best lap, one slot per declared sector (`None` where not timed).
pub fn best_lap_sectors(entry: &Entry, best: &BestLap, sectors: u8) -> Vec<Option<LapTime>> {
    let mut times = match best.source {
        BestSource::Lap(i) => entry.laps.get(i).map(|lap| lap.sectors.clone()),
        BestSource::Sheet => entry.sheet_best.as_ref().map(|b| b.sectors.clone()),
        BestSource::PartSheet(i) => entry
            .part_bests
            .get(i)
            .and_then(|p| p.best.as_ref())
            .map(|b| b.sectors.clone()),
    }
    .unwrap_or_default();
    times.resize(usize::from(sectors), None);
    times
}

/// The personal best of each of the session's sectors for `entry`.
pub fn personal_bests(session: &Session, entry: &Entry) -> Vec<Option<SectorTime>> {
    let mut bests: Vec<Option<SectorTime>> = vec![None; usize::from(session.sectors)];
    if entry.status != Status::Ok {
        return bests;
    }
    let laps = entry
        .laps
        .iter()
        .enumerate()
        .filter(|(_, lap)| lap.valid)
        .map(|(i, lap)| {
            (
                BestSource::Lap(i),
                &lap.sectors,
                Some(lap.number),
                lap.driver,
                lap.at,
            )
        });
    // A result-sheet time counts when it is what classifies the car: the entry's `best`, or
    // in a knockout the `part_bests` item of its last part.
    let sheet = classifying_best(session, entry).and_then(|best| {
        let sheet = match best.source {
            BestSource::Lap(_) => None,
            BestSource::Sheet => entry.sheet_best.as_ref(),
            BestSource::PartSheet(i) => entry.part_bests.get(i).and_then(|p| p.best.as_ref()),
        }?;
        Some((
            best.source,
            &sheet.sectors,
            sheet.lap,
            sheet.driver,
            sheet.at,
        ))
    });
    for (source, times, lap, driver, at) in laps.chain(sheet) {
        for (slot, time) in bests.iter_mut().zip(times) {
            let Some(time) = *time else { continue };
            // Strictly faster only: on a tie the earlier source keeps the best.
            if slot.as_ref().is_none_or(|best| time < best.time) {
                *slot = Some(SectorTime {
                    time,
                    entry: entry.index,
                    source,
                    lap,
                    driver,
                    at,
                });
            }
        }
    }
    bests
}

/// Personal and session sector bests for `scope`.
pub fn sector_bests(session: &Session, scope: &Scope) -> SectorBests {
    let personal: Vec<Vec<Option<SectorTime>>> = session
        .entries
        .iter()
        .map(|e| personal_bests(session, e))
        .collect();
    let session_best = (0..usize::from(session.sectors))
        .map(|k| {
            session
                .entries
                .iter()
                .filter(|e| scope.contains(e))
                .filter_map(|e| personal[e.index][k].as_ref())
                .min_by_key(|s| (s.time, set_first(s.at, s.lap, s.entry)))
                .cloned()
        })
        .collect();
    SectorBests {
        personal,
        session: session_best,
    }
}

/// How a sector time compares with the bests: purple, green, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectorMark {
    /// Equal to the scope's session best ("purple").
    SessionBest,
    /// Equal to the car's personal best ("green").
    PersonalBest,
    /// Neither, or on a deleted lap.
    None,
}

/// The mark for one sector time of a lap; a deleted lap's sectors are never marked.
pub fn mark(
    time: LapTime,
    valid: bool,
    personal: Option<LapTime>,
    session: Option<LapTime>,
) -> SectorMark {
    if !valid {
        SectorMark::None
    } else if Some(time) == session {
        SectorMark::SessionBest
    } else if Some(time) == personal {
        SectorMark::PersonalBest
    } else {
        SectorMark::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse;
    use crate::core::time::Precision;

    fn session(entries: &str) -> Session {
        let json = format!(r#"{{"format": "qualichart/1", "entries": [{entries}]}}"#);
        parse(json.as_bytes()).expect("valid test session")
    }

    /// `#number time` per sector, `-` where nobody set one.
    fn show(s: &Session, bests: &[Option<SectorTime>]) -> Vec<String> {
        bests
            .iter()
            .map(|b| match b {
                Some(b) => format!(
                    "#{} {}",
                    s.entries[b.entry].number,
                    b.time.display(Precision::MILLIS)
                ),
                None => "-".to_owned(),
            })
            .collect()
    }

    #[test]
    fn personal_bests_skip_deleted_laps_and_untimed_sectors() {
        let s = session(
            r#"{"number": "1", "laps": [
                {"time": "1:10.000", "sectors": ["20.000", null, "30.000"]},
                {"time": "1:09.000", "sectors": ["19.000", "21.000", "29.000"], "valid": false},
                {"sectors": ["19.500", "20.500"]}]}"#,
        );
        let bests = personal_bests(&s, &s.entries[0]);
        assert_eq!(show(&s, &bests), ["#1 19.500", "#1 20.500", "#1 30.000"]);
        assert_eq!(ideal(&bests).map(|t| t.as_ticks()), Some(700_000));
    }

    #[test]
    fn an_unknown_sector_means_no_ideal_lap() {
        let s = session(
            r#"{"number": "1", "laps": [{"time": "1:10.000", "sectors": ["20.000", "20.000"]}]}"#,
        );
        assert_eq!(sector_bests(&s, &Scope::Overall).ideal_of(0), None);
    }

    #[test]
    fn session_bests_per_scope_and_first_setter_wins_ties() {
        let s = session(
            r#"{"number": "31", "class": "GTP", "laps": [{"sectors": ["22.100", "43.358", "26.900"], "at": "10:00"}]},
               {"number": "01", "class": "GTP", "laps": [{"sectors": ["22.069", "43.400", "26.900"], "at": "9:00"}]},
               {"number": "2", "class": "LMP2", "laps": [{"sectors": ["23.000", "46.000", "28.000"]}]}"#,
        );
        let overall = sector_bests(&s, &Scope::Overall);
        assert_eq!(
            show(&s, &overall.session),
            ["#01 22.069", "#31 43.358", "#01 26.900"]
        );
        assert_eq!(
            overall
                .session_ideal()
                .map(|t| t.display(Precision::MILLIS).to_string()),
            Some("1:32.327".into())
        );
        let lmp2 = sector_bests(&s, &Scope::Class("LMP2".into()));
        assert_eq!(
            show(&s, &lmp2.session),
            ["#2 23.000", "#2 46.000", "#2 28.000"]
        );
    }

    #[test]
    fn dns_and_excluded_cars_set_no_bests() {
        let s = session(
            r#"{"number": "1", "status": "excluded", "laps": [{"sectors": ["1.000"]}]},
               {"number": "2", "status": "dns", "laps": [{"sectors": ["1.000"]}]}"#,
        );
        assert_eq!(
            show(&s, &sector_bests(&s, &Scope::Overall).session),
            ["-", "-", "-"]
        );
    }

    #[test]
    fn a_sheet_best_gives_sectors_only_when_it_is_the_best_lap() {
        let s = session(
            r#"{"number": "1", "best": {"time": "1:00.000", "sectors": ["20.000", "20.000", "20.000"]}},
               {"number": "2", "laps": [{"time": "1:01.000", "sectors": ["21.000"]}],
                "best": {"time": "59.000", "sectors": ["19.000", "20.000", "20.000"]}}"#,
        );
        let bests = sector_bests(&s, &Scope::Overall);
        assert_eq!(
            show(&s, &bests.personal[0]),
            ["#1 20.000", "#1 20.000", "#1 20.000"]
        );
        assert_eq!(show(&s, &bests.personal[1]), ["#2 21.000", "-", "-"]);
    }

    #[test]
    fn marks_purple_before_green_and_never_on_deleted_laps() {
        let t = |ms| LapTime::from_millis(ms).expect("valid test time");
        let cases = [
            (
                t(22_069),
                true,
                Some(t(22_069)),
                Some(t(22_069)),
                SectorMark::SessionBest,
            ),
            (
                t(22_100),
                true,
                Some(t(22_100)),
                Some(t(22_069)),
                SectorMark::PersonalBest,
            ),
            (
                t(22_200),
                true,
                Some(t(22_100)),
                Some(t(22_069)),
                SectorMark::None,
            ),
            (
                t(22_069),
                false,
                Some(t(22_069)),
                Some(t(22_069)),
                SectorMark::None,
            ),
        ];
        for (time, valid, personal, session, expected) in cases {
            assert_eq!(mark(time, valid, personal, session), expected, "{time:?}");
        }
    }
}
