//! What the timing says beyond the classification, for the chart's analyses: the 107 % cut-off,
//! time left on the table and ideal gaps, deleted-lap ghosts, the provisional-pole timeline and
//! gaps in metres.
//!
//! The classification answers "who was where"; these answer the questions a reader asks next
//! ("who would have been on pole without track limits?", "who had the pace?", "how far is a
//! tenth at Daytona?"). Everything here reads a [`Session`] and, where positions matter, the
//! [`Classification`] the chart already shows, so an analysis can never disagree with the table
//! next to it. Like the rest of the core it is total and integer-only: the one float is the
//! track length the contract gives in kilometres, turned into whole millimetres on entry.
//!
//! A *section* is the group a car is ranked within for these figures: its class in the overall
//! scope (a GTD car is not judged against a GTP pole), the whole scope in a class scope.

use std::fmt;

use crate::core::classify::{best_in_part, Classification, Row, Scope};
use crate::core::sectors::SectorBests;
use crate::core::session::{Entry, Lap, Session, Status};
use crate::core::time::{Elapsed, Gap, LapTime, Percent, MAX_LAP};

/// The 107 % rule: a time whose percentage of the reference is above this is outside.
///
/// Judged on [`LapTime::percent_of`], the figure the table shows, so a car the table shows at
/// `107.000` is within and one at `107.001` is outside, whatever the ticks behind them.
const RULE: Percent = Percent::from_thousandths(107_000);

/// The 107 % cut-off of one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cutoff {
    /// The class id of the section.
    pub class: String,
    /// The time the rule is measured against: the section's fastest (in a knockout, the
    /// fastest first-part time).
    pub reference: LapTime,
    /// The slowest time still within 107 % of `reference`: where the chart draws the line.
    pub limit: LapTime,
    /// Entry indices of the cars outside, in classification row order.
    pub outside: Vec<usize>,
}

/// The 107 % cut-off of every section of the classification that has a reference time.
///
/// Overall scope: one per class with a timed car, in `session.classes` order; class scope: at
/// most one, for that class. Each car's time is compared with its own section's fastest, as
/// the series that apply the rule do per class.
///
/// Knockout sessions judge the rule on the first part, as F1 does: the reference is the
/// section's fastest first-part time and each car is judged on its own first-part time (its
/// classifying time may come from a later, faster part, which would not be comparable). A
/// section whose cars set no first-part time has no cut-off.
///
/// Cars without a judged time are never outside: the table already says "No time", "DNS" or
/// "Excluded", and there is no time to be 107 % of anything.
pub fn cutoffs(session: &Session, classification: &Classification) -> Vec<Cutoff> {
    let knockout = session.is_knockout();
    let sections = Sections::new(session, &classification.scope);
    // Each judged row's section, entry and time, in row order.
    let judged: Vec<(usize, usize, LapTime)> = rows_with_entries(session, classification)
        .filter_map(|(row, entry)| {
            let time = if knockout {
                best_in_part(entry, 0).map(|b| b.time)
            } else {
                row.best.as_ref().map(|b| b.time)
            }?;
            Some((sections.section(row.entry)?, row.entry, time))
        })
        .collect();
    // Each section's reference, then the cars outside it: two passes, not one per section.
    let mut reference: Vec<Option<LapTime>> = vec![None; sections.len()];
    for &(section, _, time) in &judged {
        let slot = &mut reference[section];
        *slot = Some(slot.map_or(time, |r| r.min(time)));
    }
    let mut outside: Vec<Vec<usize>> = vec![Vec::new(); sections.len()];
    for &(section, entry, time) in &judged {
        if reference[section].is_some_and(|r| !within(time, r)) {
            outside[section].push(entry);
        }
    }
    reference
        .into_iter()
        .zip(outside)
        .enumerate()
        .filter_map(|(section, (reference, outside))| {
            let reference = reference?;
            Some(Cutoff {
                class: sections.id(section).to_owned(),
                reference,
                limit: limit_for(reference),
                outside,
            })
        })
        .collect()
}

/// True when `time` is within 107 % of `reference`: the rule itself, in one place (the laps
/// chart's cut-off, `core::chart::laps`, applies it too).
pub fn within(time: LapTime, reference: LapTime) -> bool {
    time.percent_of(reference) <= RULE
}

/// The slowest time [`within`] 107 % of `reference`.
///
/// `percent_of` rounds `t × 100 000 / r` half up, so `t` is within exactly when
/// `t × 200 000 < 214 001 × r`: the largest such `t` is `(214 001 × r − 1) / 200 000`. The
/// candidate is then checked (and, were the two ever to drift apart, moved) with [`within`]
/// itself, so the line drawn and the rule applied cannot disagree. A limit past the longest
/// lap time the contract allows (a reference near 24 h) is clamped to it: every time is within.
fn limit_for(reference: LapTime) -> LapTime {
    let r = i128::from(reference.as_ticks());
    let candidate = (214_001 * r - 1) / 200_000;
    let mut limit = i64::try_from(candidate)
        .ok()
        .and_then(LapTime::from_ticks)
        .unwrap_or(LapTime::from_ticks(MAX_LAP).unwrap_or(reference));
    // Never more than a step either way; bounded so the function is total by construction.
    for _ in 0..4 {
        if !within(limit, reference) {
            match LapTime::from_ticks(limit.as_ticks() - 1) {
                Some(lower) => limit = lower,
                None => break,
            }
        } else if let Some(higher) = LapTime::from_ticks(limit.as_ticks() + 1) {
            if within(higher, reference) {
                limit = higher;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    limit
}

/// What a car's own laps say it could have done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Potential {
    /// Index into `session.entries`.
    pub entry: usize,
    /// The car's ideal lap: the sum of its personal best sectors.
    pub ideal: LapTime,
    /// Best − ideal: the time the car left on the table by never stringing its best sectors
    /// together. Zero or positive for consistent timing data.
    pub left_on_table: Gap,
    /// Ideal − the fastest ideal in the section: zero for the car that had the pace for pole,
    /// which need not be the car that took it.
    pub ideal_gap: Gap,
}

/// Time left on the table and the gap in ideal laps, per car, in classification row order.
///
/// Only rows with both a best lap and an ideal lap are listed (an ideal needs every sector
/// timed). The fastest ideal a gap is measured to is taken over the listed cars of the
/// section, so the car it belongs to is listed with a zero gap and the reader can see it.
/// `bests` should be the sector bests of the same session; an entry it does not know has no
/// ideal.
pub fn potentials(
    session: &Session,
    classification: &Classification,
    bests: &SectorBests,
) -> Vec<Potential> {
    let sections = Sections::new(session, &classification.scope);
    // (row entry, section, best, ideal) for every row that has both.
    let cars: Vec<(usize, usize, LapTime, LapTime)> = rows_with_entries(session, classification)
        .filter_map(|(row, _)| {
            let best = row.best.as_ref()?.time;
            let ideal = bests.ideal_of(row.entry)?;
            Some((row.entry, sections.section(row.entry)?, best, ideal))
        })
        .collect();
    // The fastest ideal of each section, found once (a scan per car would be quadratic).
    let mut fastest_ideal: Vec<Option<LapTime>> = vec![None; sections.len()];
    for &(_, section, _, ideal) in &cars {
        let slot = &mut fastest_ideal[section];
        *slot = Some(slot.map_or(ideal, |t| t.min(ideal)));
    }
    cars.iter()
        .filter_map(|&(index, section, best, ideal)| {
            let fastest = fastest_ideal[section]?;
            Some(Potential {
                entry: index,
                ideal,
                left_on_table: best - ideal,
                ideal_gap: ideal - fastest,
            })
        })
        .collect()
}

/// Where a car's fastest deleted lap would have put it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ghost {
    /// Index into `session.entries`.
    pub entry: usize,
    /// The deleted lap's number.
    pub lap: u32,
    /// The deleted lap's time.
    pub time: LapTime,
    /// The position in its section the lap would have given, counting the other cars as they
    /// are classified.
    pub position: u32,
    /// The lap's time − the fastest time among the other cars of the section: negative when
    /// the lap would have been pole; zero when no other car has a time.
    pub gap: Gap,
    /// True when the lap would have been pole of its section.
    pub pole: bool,
}

/// The deleted laps that would have changed a car's result, in classification row order.
///
/// A car has a ghost when its fastest deleted timed lap is faster than its classifying best,
/// or when it has no best at all. The other cars keep their classified bests: the question is
/// "what if only this lap had stood".
///
/// On equal times the ghost is placed after the car it ties with: the tie-break is who set the
/// time first, and a lap that was deleted and only reinstated in a what-if cannot claim to
/// have been first. So the position is 1 + the number of other cars of the section whose best
/// is at least as fast as the ghost, and a ghost equal to the fastest is not pole.
///
/// A deleted lap outside 107 % of the section's fastest other car is not a ghost either: an
/// out-lap or a lap behind the safety car was never going to be a qualifying lap.
///
/// DNS and excluded cars never have ghosts: their times do not stand whatever the lap says.
/// Knockout sessions have none either: a lap's worth there depends on the part it was run in
/// and who went through to the next one, which a single what-if position cannot say.
pub fn ghosts(session: &Session, classification: &Classification) -> Vec<Ghost> {
    if session.is_knockout() {
        return Vec::new();
    }
    let sections = Sections::new(session, &classification.scope);
    let cars: Vec<(&Row, &Entry)> = rows_with_entries(session, classification).collect();
    // The best times of the cars, sorted by section then time: a car's place among the others
    // of its section is a binary search, not a scan of every car per ghost.
    let mut bests: Vec<(usize, LapTime)> = cars
        .iter()
        .filter_map(|(row, _)| Some((sections.section(row.entry)?, row.best.as_ref()?.time)))
        .collect();
    bests.sort_unstable();
    let section_bests = |section: usize| -> &[(usize, LapTime)] {
        let start = bests.partition_point(|&(s, _)| s < section);
        let end = bests.partition_point(|&(s, _)| s <= section);
        &bests[start..end]
    };
    cars.iter()
        .filter(|(_, entry)| entry.status == Status::Ok)
        .filter_map(|&(row, entry)| {
            let (lap, time) = fastest_deleted(entry)?;
            let best = row.best.as_ref().map(|b| b.time);
            if best.is_some_and(|best| best <= time) {
                return None;
            }
            // The other cars' bests: the section's without this car's own, which is slower
            // than the deleted lap (or absent), so it never counts as ahead; it is the
            // section's fastest only if it is its first.
            let section = sections.section(row.entry).map_or(&[][..], section_bests);
            let fastest = match (section, best) {
                ([(_, first), (_, second), ..], Some(own)) if *first == own => Some(*second),
                ([(_, first)], Some(own)) if *first == own => None,
                _ => section.first().map(|&(_, t)| t),
            };
            // A deleted lap slower than 107 % of the section's fastest (an out-lap, a lap
            // behind the safety car) was never going to be a qualifying lap.
            if fastest.is_some_and(|fastest| !within(time, fastest)) {
                return None;
            }
            let ahead = section.partition_point(|&(_, t)| t <= time);
            let gap = fastest.map_or(Gap::default(), |fastest| time - fastest);
            Some(Ghost {
                entry: row.entry,
                lap: lap.number,
                time,
                position: u32::try_from(ahead).map_or(u32::MAX, |n| n.saturating_add(1)),
                gap,
                pole: ahead == 0,
            })
        })
        .collect()
}

/// The fastest deleted timed lap of `entry`; ties to the lower lap number, then the earlier
/// array position (the rule for best laps).
fn fastest_deleted(entry: &Entry) -> Option<(&Lap, LapTime)> {
    entry
        .laps
        .iter()
        .enumerate()
        .filter(|(_, lap)| !lap.valid)
        .filter_map(|(i, lap)| lap.time.map(|t| ((t, lap.number, i), lap)))
        .min_by_key(|&(key, _)| key)
        .map(|((time, _, _), lap)| (lap, time))
}

/// A lap that took provisional pole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provisional {
    /// Index into `session.entries`.
    pub entry: usize,
    /// The lap number.
    pub lap: u32,
    /// Who drove it (index into the entry's drivers), when known.
    pub driver: Option<usize>,
    pub time: LapTime,
    /// When the lap was completed.
    pub at: Elapsed,
}

/// How pole changed hands during the session: every lap that was the fastest so far.
///
/// Reads every valid timed lap with an `at` of the scope's cars (DNS and excluded cars
/// skipped), in the order they were completed: by `at`, then entry index, then lap number,
/// then array position, so laps completed at the same moment come in a defined order. A lap
/// is listed when it is strictly faster than the provisional pole before it (the first timed
/// lap starts the list): matching a time does not take pole, as the classification's
/// tie-break says.
///
/// A lap without an `at` cannot be placed in time and is left out, and so is a result-sheet
/// best; so the last item is the scope pole's lap whenever that lap has an `at`. In a knockout
/// session all parts are read together, so the last item is the fastest lap with an `at`,
/// which need not be the lap that classifies the pole. The overall scope of a multi-class
/// session gives the overall fastest-lap history.
pub fn pole_timeline(session: &Session, scope: &Scope) -> Vec<Provisional> {
    let mut laps: Vec<(Elapsed, usize, u32, usize, &Lap, LapTime)> = session
        .entries
        .iter()
        .filter(|entry| entry.status == Status::Ok && scope.contains(entry))
        .flat_map(|entry| {
            entry.laps.iter().enumerate().filter_map(move |(i, lap)| {
                let time = lap.time.filter(|_| lap.valid)?;
                let at = lap.at?;
                Some((at, entry.index, lap.number, i, lap, time))
            })
        })
        .collect();
    laps.sort_by_key(|&(at, entry, number, i, _, _)| (at, entry, number, i));
    let mut timeline: Vec<Provisional> = Vec::new();
    for (at, entry, number, _, lap, time) in laps {
        if timeline.last().is_none_or(|pole| time < pole.time) {
            timeline.push(Provisional {
                entry,
                lap: number,
                driver: lap.driver,
                time,
                at,
            });
        }
    }
    timeline
}

/// A distance in whole decimetres: what a gap is worth on track.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Metres(i64);

impl Metres {
    /// From a signed count of decimetres.
    pub const fn from_decimetres(decimetres: i64) -> Metres {
        Metres(decimetres)
    }

    /// The signed count of decimetres.
    pub const fn as_decimetres(self) -> i64 {
        self.0
    }
}

/// `4.4 m`, `-0.3 m`, `123.5 m`: one decimal, from integers.
impl fmt::Display for Metres {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let whole = self.0.unsigned_abs();
        write!(f, "{sign}{}.{} m", whole / 10, whole % 10)
    }
}

/// How far a car covers in `gap` at the pole lap's average speed on a lap of `length_km`:
/// `gap × length / pole`, so a reader sees "+0.071, about 4.4 m".
///
/// Computed with integers: the length in whole millimetres, then decimetres rounded half away
/// from zero (so a gap and its negation are the same distance). `None` when the length is not
/// a finite positive number (the contract requires a positive `length_km`; this keeps the
/// function total for any caller), or rounds to no millimetres at all.
pub fn gap_metres(gap: Gap, pole: LapTime, length_km: f64) -> Option<Metres> {
    if !length_km.is_finite() || length_km <= 0.0 {
        return None;
    }
    // The cast saturates; no real track is anywhere near the limit.
    let length_mm = (length_km * 1_000_000.0).round() as i64;
    if length_mm <= 0 {
        return None;
    }
    let numerator = i128::from(gap.as_ticks()) * i128::from(length_mm);
    let denominator = i128::from(pole.as_ticks()) * 100;
    let rounded = (2 * numerator.abs() + denominator) / (2 * denominator);
    let decimetres = if numerator < 0 { -rounded } else { rounded };
    let saturated = if decimetres < 0 { i64::MIN } else { i64::MAX };
    Some(Metres(i64::try_from(decimetres).unwrap_or(saturated)))
}

/// The classification's rows with their entries, in row order; a row whose entry the session
/// does not have (a classification of another session) is skipped rather than indexed.
fn rows_with_entries<'a>(
    session: &'a Session,
    classification: &'a Classification,
) -> impl Iterator<Item = (&'a Row, &'a Entry)> + 'a {
    classification
        .rows
        .iter()
        .filter_map(move |row| session.entries.get(row.entry).map(|entry| (row, entry)))
}

/// The sections of a scope: every class of the session in display order (overall scope), or
/// the one class of a class scope. A section is named by its index, found per car by the
/// class's index, so grouping cars by section never compares class ids.
struct Sections<'a> {
    session: &'a Session,
    /// The class of a class scope.
    class: Option<&'a str>,
}

impl<'a> Sections<'a> {
    fn new(session: &'a Session, scope: &'a Scope) -> Sections<'a> {
        let class = match scope {
            Scope::Overall => None,
            Scope::Class(id) => Some(id.as_str()),
        };
        Sections { session, class }
    }

    fn len(&self) -> usize {
        match self.class {
            None => self.session.classes.len(),
            Some(_) => 1,
        }
    }

    /// The section of the car at `entry` (index into `session.entries`).
    fn section(&self, entry: usize) -> Option<usize> {
        match self.class {
            None => self.session.class_index_of(entry),
            Some(_) => Some(0),
        }
    }

    /// The class id of `section`.
    fn id(&self, section: usize) -> &'a str {
        match self.class {
            Some(id) => id,
            None => self
                .session
                .classes
                .get(section)
                .map_or("", |c| c.id.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sectors::sector_bests;
    use crate::core::time::Precision;
    use crate::core::{classify, parse};

    fn session(json: &[u8]) -> Session {
        parse(json).expect("valid test session")
    }

    fn t(text: &str) -> LapTime {
        text.parse().expect("valid test time")
    }

    /// Car numbers of entry indices.
    fn numbers(s: &Session, entries: &[usize]) -> Vec<String> {
        entries
            .iter()
            .map(|&i| s.entries[i].number.clone())
            .collect()
    }

    /// `class reference limit [outside]`, times with 4 decimals so the boundary is visible.
    fn show_cutoffs(s: &Session, scope: Scope) -> Vec<String> {
        let p = Precision::TenthMillis;
        cutoffs(s, &classify(s, &scope))
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {:?}",
                    c.class,
                    c.reference.display(p),
                    c.limit.display(p),
                    numbers(s, &c.outside)
                )
            })
            .collect()
    }

    const CUTOFF: &[u8] = br#"{"format": "qualichart/1",
        "classes": [{"id": "GTP"}, {"id": "LMP2"}, {"id": "GT3"}],
        "entries": [
        {"number": "1", "class": "GTP", "laps": [{"time": "1:00.000"}]},
        {"number": "2", "class": "GTP", "laps": [{"time": "1:04.2002"}]},
        {"number": "3", "class": "GTP", "laps": [{"time": "1:04.2003"}]},
        {"number": "4", "class": "GTP", "laps": [{"time": "1:10.000"}]},
        {"number": "5", "class": "GTP"},
        {"number": "6", "class": "GTP", "status": "dns", "laps": [{"time": "2:00.000"}]},
        {"number": "20", "class": "LMP2", "laps": [{"time": "1:05.000"}]},
        {"number": "21", "class": "LMP2", "laps": [{"time": "1:09.5503"}]},
        {"number": "22", "class": "LMP2", "laps": [{"time": "1:09.5504"}]},
        {"number": "30", "class": "GT3"}]}"#;

    #[test]
    fn cars_outside_107_percent_of_their_class_pole() {
        let s = session(CUTOFF);
        // GTP: reference 1:00.000 = 600 000 ticks. Limit = (214 001 × 600 000 − 1) / 200 000
        // = 642 002 ticks = 1:04.2002, which is 107.000333 % → shown 107.000, within; one tick
        // more, 1:04.2003, is 107.0005 % → rounds half up to 107.001, outside. 1:10.000 is
        // 116.667 %. #5 (no time) and #6 (DNS) are never outside.
        // LMP2 has its own reference, 1:05.000 = 650 000: limit (214 001 × 650 000 − 1) /
        // 200 000 = 695 503 = 1:09.5503 (107.00046 %); 1:09.5504 is 107.00062 % → 107.001.
        // #20's 1:05.000 would be 108.333 % of the GTP pole, but LMP2 is its own section.
        // GT3 has no timed car: no cut-off.
        assert_eq!(
            show_cutoffs(&s, Scope::Overall),
            [
                r#"GTP 1:00.0000 1:04.2002 ["3", "4"]"#,
                r#"LMP2 1:05.0000 1:09.5503 ["22"]"#,
            ]
        );
        assert_eq!(
            show_cutoffs(&s, Scope::Class("LMP2".into())),
            [r#"LMP2 1:05.0000 1:09.5503 ["22"]"#]
        );
        assert_eq!(
            show_cutoffs(&s, Scope::Class("GT3".into())),
            Vec::<String>::new()
        );
        // The boundary, checked with the rule's own function: the limit is within, one tick
        // more is outside.
        for c in cutoffs(&s, &classify(&s, &Scope::Overall)) {
            let above = LapTime::from_ticks(c.limit.as_ticks() + 1).expect("valid test time");
            assert_eq!(c.limit.percent_of(c.reference), RULE, "{c:?}");
            assert!(above.percent_of(c.reference) > RULE, "{c:?}");
        }
    }

    #[test]
    fn the_limit_is_the_last_tick_within_for_every_reference() {
        // Every reference from 1 tick to 20 000 ticks, then a sweep of real lap lengths, then
        // the longest lap the contract allows (its limit is past 24 h, so it clamps).
        let small = 1..=20_000_i64;
        let real = (500_000..=1_200_000_i64).step_by(997);
        for r in small.chain(real) {
            let reference = LapTime::from_ticks(r).expect("valid test time");
            let limit = limit_for(reference);
            let above = LapTime::from_ticks(limit.as_ticks() + 1).expect("valid test time");
            assert!(within(limit, reference), "{r}");
            assert!(!within(above, reference), "{r}");
        }
        let longest = LapTime::from_ticks(MAX_LAP).expect("valid test time");
        assert_eq!(limit_for(longest), longest);
    }

    #[test]
    fn knockout_cut_off_is_judged_on_the_first_part() {
        let s = session(
            br#"{"format": "qualichart/1", "parts": [{"id": "Q1"}, {"id": "Q2"}], "entries": [
            {"number": "1", "laps": [{"part": "Q1", "time": "1:20.000"}, {"part": "Q2", "time": "1:18.000"}]},
            {"number": "2", "laps": [{"part": "Q1", "time": "1:25.000"}, {"part": "Q2", "time": "1:19.000"}]},
            {"number": "3", "laps": [{"part": "Q1", "time": "1:26.000"}]},
            {"number": "4", "part_bests": [{"part": "Q1", "time": "1:30.000"}]},
            {"number": "5", "laps": [{"part": "Q1"}]}]}"#,
        );
        // Reference: the fastest Q1 time, #1's 1:20.000 (800 000 ticks), not its 1:18.000 Q2
        // pole. Limit = (214 001 × 800 000 − 1) / 200 000 = 856 003 = 1:25.6003. #2's Q1
        // 1:25.000 is within (it would be 108.974 % of the 1:18.000 pole if the rule were
        // judged on classifying times); #3's 1:26.000 (107.5 %) and #4's result-sheet 1:30.000
        // (112.5 %) are outside; #5 set no time. Row order: Q2 cars first, then Q1.
        assert_eq!(
            show_cutoffs(&s, Scope::Overall),
            [r#" 1:20.0000 1:25.6003 ["3", "4"]"#]
        );
    }

    #[test]
    fn time_left_on_the_table_and_ideal_gaps() {
        let s = session(
            br#"{"format": "qualichart/1", "classes": [{"id": "GTP"}, {"id": "LMP2"}], "entries": [
            {"number": "31", "class": "GTP", "laps": [
                {"time": "1:32.656", "sectors": ["22.149", "43.524", "26.983"]},
                {"time": "1:33.024", "sectors": ["22.353", "43.358", "27.313"]}]},
            {"number": "01", "class": "GTP", "laps": [
                {"time": "1:32.727", "sectors": ["22.122", "43.450", "27.155"]},
                {"time": "1:32.770", "sectors": ["22.000", "43.300", "27.470"]}]},
            {"number": "7", "class": "GTP", "laps": [{"time": "1:32.876", "sectors": ["22.357", "43.618"]}]},
            {"number": "2", "class": "LMP2", "laps": [
                {"time": "1:38.501", "sectors": ["23.000", "46.000", "29.501"]},
                {"time": "1:39.000", "sectors": ["22.900", "46.100", "30.000"]}]},
            {"number": "5", "class": "GTP"}]}"#,
        );
        // #31: best 1:32.656; personal bests 22.149 + 43.358 + 26.983 = 1:32.490, so 0.166
        //      left on the table.
        // #01: best 1:32.727; personal bests 22.000 + 43.300 + 27.155 = 1:32.455: 0.272 left,
        //      and the fastest GTP ideal: #01 had the pace for pole, #31 is +0.035 on ideals.
        // #7:  its third sector was never timed: no ideal, not listed. #5: no time.
        // #2:  best 1:38.501; 22.900 + 46.000 + 29.501 = 1:38.401: 0.100 left; alone in LMP2,
        //      so +0.000 to its class's fastest ideal (not to #01's).
        let p = s.precision;
        let show = |scope: Scope| -> Vec<String> {
            let c = classify(&s, &scope);
            potentials(&s, &c, &sector_bests(&s, &scope))
                .iter()
                .map(|x| {
                    format!(
                        "#{} {} {} {}",
                        s.entries[x.entry].number,
                        x.ideal.display(p),
                        x.left_on_table.display(p),
                        x.ideal_gap.display(p)
                    )
                })
                .collect()
        };
        assert_eq!(
            show(Scope::Overall),
            [
                "#31 1:32.490 +0.166 +0.035",
                "#01 1:32.455 +0.272 +0.000",
                "#2 1:38.401 +0.100 +0.000",
            ]
        );
        assert_eq!(
            show(Scope::Class("GTP".into())),
            ["#31 1:32.490 +0.166 +0.035", "#01 1:32.455 +0.272 +0.000"]
        );
    }

    const GHOSTS: &[u8] = br#"{"format": "qualichart/1", "classes": [{"id": "GTP"}, {"id": "LMP2"}], "entries": [
        {"number": "31", "class": "GTP", "laps": [{"time": "1:32.656"}]},
        {"number": "01", "class": "GTP", "laps": [{"time": "1:32.727"},
            {"time": "1:32.600", "valid": false}, {"time": "1:32.500", "valid": false}]},
        {"number": "7", "class": "GTP", "laps": [{"time": "1:33.500"}, {"time": "1:32.800", "valid": false}]},
        {"number": "25", "class": "GTP", "laps": [{"time": "1:33.000"}]},
        {"number": "40", "class": "GTP", "laps": [{"time": "1:34.000"}, {"time": "1:33.000", "valid": false}]},
        {"number": "10", "class": "GTP", "laps": [{"valid": false}, {"time": "1:33.200", "valid": false}]},
        {"number": "6", "class": "GTP", "laps": [{"time": "1:33.100"}, {"time": "1:33.400", "valid": false}]},
        {"number": "85", "class": "GTP", "status": "dns", "laps": [{"time": "1:30.000", "valid": false}]},
        {"number": "24", "class": "GTP", "status": "excluded",
         "laps": [{"time": "1:31.000"}, {"time": "1:30.000", "valid": false}]},
        {"number": "2", "class": "LMP2", "laps": [{"time": "1:38.000"}, {"time": "1:37.000", "valid": false}]}]}"#;

    /// `#number lap time P? gap pole`.
    fn show_ghosts(s: &Session, scope: Scope) -> Vec<String> {
        let p = s.precision;
        ghosts(s, &classify(s, &scope))
            .iter()
            .map(|g| {
                format!(
                    "#{} L{} {} P{} {}{}",
                    s.entries[g.entry].number,
                    g.lap,
                    g.time.display(p),
                    g.position,
                    g.gap.display(p),
                    if g.pole { " pole" } else { "" }
                )
            })
            .collect()
    }

    #[test]
    fn deleted_laps_that_would_have_changed_the_result() {
        let s = session(GHOSTS);
        // GTP bests as classified: #31 1:32.656, #01 1:32.727, #25 1:33.000, #6 1:33.100,
        // #7 1:33.500, #40 1:34.000; #10 no time; #85 DNS and #24 excluded have no best.
        // #01: fastest deleted lap is lap 3, 1:32.500; no other car is at least that fast →
        //      P1, gap 1:32.500 − #31's 1:32.656 = −0.156: pole.
        // #7:  1:32.800; #31 and #01 are faster → P3, +0.144 to #31.
        // #40: 1:33.000 ties #25's best: the ghost goes after it, so #31, #01, #25 → P4, +0.344.
        // #10: no valid time; its deleted 1:33.200 (the untimed deleted lap 1 is ignored) is
        //      beaten by #31, #01, #25, #6 → P5, +0.544.
        // #6:  its deleted 1:33.400 is slower than its 1:33.100: no ghost.
        // #85, #24: DNS and excluded never have ghosts, and have no best to count against.
        // #2:  alone in LMP2: no other car has a time → P1, gap +0.000, pole.
        // Row order: #31 #01 #25 #6 #7 #40 #2, then #10 #85 #24 (no time, file order).
        assert_eq!(
            show_ghosts(&s, Scope::Overall),
            [
                "#01 L3 1:32.500 P1 -0.156 pole",
                "#7 L2 1:32.800 P3 +0.144",
                "#40 L2 1:33.000 P4 +0.344",
                "#2 L2 1:37.000 P1 +0.000 pole",
                "#10 L2 1:33.200 P5 +0.544",
            ]
        );
        assert_eq!(
            show_ghosts(&s, Scope::Class("LMP2".into())),
            ["#2 L2 1:37.000 P1 +0.000 pole"]
        );
    }

    #[test]
    fn knockout_sessions_have_no_ghosts() {
        let s = session(
            br#"{"format": "qualichart/1", "parts": [{"id": "Q1"}], "entries": [
            {"number": "1", "laps": [{"part": "Q1", "time": "1:20.000"}]},
            {"number": "2", "laps": [{"part": "Q1", "time": "1:21.000"}, {"part": "Q1", "time": "1:19.000", "valid": false}]}]}"#,
        );
        assert_eq!(ghosts(&s, &classify(&s, &Scope::Overall)), Vec::new());
    }

    #[test]
    fn the_provisional_pole_changes_hands_in_time_order() {
        let s = session(
            br#"{"format": "qualichart/1", "entries": [
            {"number": "A", "class": "X", "drivers": [{"name": "Ann"}, {"name": "Ali"}], "laps": [
                {"time": "1:05.000", "at": "10:00", "driver": 0},
                {"time": "1:02.000", "at": "12:00", "driver": 1},
                {"time": "59.000", "at": "13:00", "valid": false},
                {"time": "58.000"}]},
            {"number": "B", "class": "X", "laps": [
                {"time": "1:03.000", "at": "11:00"},
                {"time": "1:01.500", "at": "12:00"},
                {"at": "12:30"}]},
            {"number": "C", "class": "X", "status": "dns", "laps": [{"time": "50.000", "at": "5:00"}]},
            {"number": "E", "class": "X", "laps": [{"time": "1:01.500", "at": "15:00"}]},
            {"number": "D", "class": "Y", "laps": [{"time": "1:00.000", "at": "20:00"}]}]}"#,
        );
        // In `at` order: A 1:05.000 (10:00) starts it; B 1:03.000 (11:00) beats it; at 12:00
        // A (entry 0) comes before B (entry 1): A's 1:02.000 beats 1:03.000, then B's 1:01.500
        // beats that. Sorted by time instead, A's 1:02.000 would never have been listed.
        // Skipped: A's deleted 59.000, A's 58.000 (no `at`), B's untimed lap, C (DNS) and
        // E's 1:01.500 (equal to the provisional pole, not faster). D's 1:00.000 takes the
        // overall pole at 20:00 but is class Y.
        let show = |scope: Scope| -> Vec<String> {
            pole_timeline(&s, &scope)
                .iter()
                .map(|x| {
                    format!(
                        "{} #{} L{} d{:?} {}",
                        x.at.display(s.precision),
                        s.entries[x.entry].number,
                        x.lap,
                        x.driver,
                        x.time.display(s.precision)
                    )
                })
                .collect()
        };
        let class_x = [
            "10:00.000 #A L1 dSome(0) 1:05.000",
            "11:00.000 #B L1 dNone 1:03.000",
            "12:00.000 #A L2 dSome(1) 1:02.000",
            "12:00.000 #B L2 dNone 1:01.500",
        ];
        assert_eq!(show(Scope::Class("X".into())), class_x);
        let mut overall = class_x.to_vec();
        overall.push("20:00.000 #D L1 dNone 1:00.000");
        assert_eq!(show(Scope::Overall), overall);
        assert_eq!(show(Scope::Class("Z".into())), Vec::<String>::new());
    }

    #[test]
    fn gaps_in_metres_round_half_away_from_zero() {
        let gap = Gap::from_ticks;
        let m =
            |g: i64, pole: &str, km: f64| gap_metres(gap(g), t(pole), km).map(|m| m.to_string());
        // With a 10 s pole on a 1 km lap, decimetres = ticks × 1 000 000 / (100 000 × 100) =
        // ticks / 10, which puts the halves exactly on ticks ending in 5.
        let cases = [
            (4, "10.000", 1.0, Some("0.0 m")),
            (5, "10.000", 1.0, Some("0.1 m")),
            (15, "10.000", 1.0, Some("0.2 m")),
            (-4, "10.000", 1.0, Some("0.0 m")),
            (-5, "10.000", 1.0, Some("-0.1 m")),
            (-15, "10.000", 1.0, Some("-0.2 m")),
            (12_345, "10.000", 1.0, Some("123.5 m")),
            (0, "10.000", 1.0, Some("0.0 m")),
            // 0.071 s behind a 1:32.656 lap of 5.729 km: 710 × 5 729 000 / 92 656 000 =
            // 43.8999 dm → 4.4 m; and −0.156 on the same lap: −96.457 dm → −9.6 m.
            (710, "1:32.656", 5.729, Some("4.4 m")),
            (-1_560, "1:32.656", 5.729, Some("-9.6 m")),
            (710, "1:32.656", 0.0, None),
            (710, "1:32.656", -5.729, None),
            (710, "1:32.656", f64::NAN, None),
            (710, "1:32.656", f64::INFINITY, None),
            // Under half a millimetre is no length.
            (710, "1:32.656", 1e-10, None),
        ];
        for (g, pole, km, expected) in cases {
            assert_eq!(m(g, pole, km).as_deref(), expected, "{g} {pole} {km}");
        }
        assert_eq!(Metres::from_decimetres(-3).to_string(), "-0.3 m");
        assert_eq!(Metres::from_decimetres(44).as_decimetres(), 44);
    }

    const DAYTONA_2024: &[u8] =
        include_bytes!("../../static/sessions/daytona-2024-qualifying.json");
    const DAYTONA_2025: &[u8] =
        include_bytes!("../../static/sessions/daytona-2025-qualifying.json");

    #[test]
    fn daytona_2024_gtp() {
        let s = session(DAYTONA_2024);
        let gtp = Scope::Class("GTP".into());
        let c = classify(&s, &gtp);
        // Nobody is outside 107 %: reference #31's 1:32.656 (926 560 ticks), limit
        // (214 001 × 926 560 − 1) / 200 000 = 991 423 ticks = 1:39.1423, and the slowest GTP
        // time is #85's 1:33.506 (100.917 %); #5 set no time.
        let cut = cutoffs(&s, &c);
        assert_eq!(cut.len(), 1);
        assert_eq!(cut[0].class, "GTP");
        assert_eq!(cut[0].reference, t("1:32.656"));
        assert_eq!(cut[0].limit.as_ticks(), 991_423);
        assert_eq!(cut[0].outside, Vec::<usize>::new());

        // The provisional pole ends with #31's 1:32.656 (lap 5, at 59:53.975): the pole lap.
        let timeline = pole_timeline(&s, &gtp);
        let last = timeline.last().expect("a timeline");
        assert_eq!(s.entries[last.entry].number, "31");
        assert_eq!((last.lap, last.time), (5, t("1:32.656")));
        assert_eq!(Some(last.time), c.rows[0].best.as_ref().map(|b| b.time));
        // It is in `at` order and every step is faster than the one before.
        for pair in timeline.windows(2) {
            assert!(
                pair[0].at <= pair[1].at && pair[1].time < pair[0].time,
                "{pair:?}"
            );
        }

        // #01 is +0.071 behind: at the pole lap's average speed round 5.729 km that is
        // 0.071 × 5 729 / 92.656 = 4.39 m, shown 4.4 m.
        let length = s
            .track
            .as_ref()
            .and_then(|t| t.length_km)
            .expect("a length");
        assert_eq!(length, 5.729);
        let p2 = &c.rows[1];
        assert_eq!(s.entries[p2.entry].number, "01");
        let gap = p2.class_gap.expect("a gap");
        assert_eq!(gap.display(s.precision).to_string(), "+0.071");
        let metres = gap_metres(gap, t("1:32.656"), length).expect("metres");
        assert_eq!(metres.to_string(), "4.4 m");
    }

    #[test]
    fn daytona_2025_gtp_ghosts() {
        let s = session(DAYTONA_2025);
        // GTP bests: #24 1:33.895, #93 1:34.186, #7 1:34.280, #31 1:34.350, #85 1:34.374,
        // #60 1:34.432, #10 1:34.933, #40 1:34.935, #63 1:36.475, #6 1:36.576; #25 no time.
        // #63's deleted lap 5, 1:36.260, beats its own 1:36.475; eight other cars (#24 to #40)
        // are faster and #6's 1:36.576 is slower, so it would still have been P9 in class,
        // +2.365 to #24's pole (1:36.260 − 1:33.895).
        // #25's only lap, the deleted 1:17:53.782 (the out lap of a car that never set a
        // time), is far outside 107 % of #24's 1:33.895, so it is no ghost.
        for scope in [Scope::Overall, Scope::Class("GTP".into())] {
            let ghosts = show_ghosts(&s, scope);
            let gtp: Vec<&String> = ghosts
                .iter()
                .filter(|g| g.starts_with("#63 ") || g.starts_with("#25 "))
                .collect();
            assert_eq!(gtp, ["#63 L5 1:36.260 P9 +2.365"]);
        }
        assert_eq!(
            show_ghosts(&s, Scope::Class("GTP".into())).len(),
            1,
            "only #63 in GTP"
        );
    }
}
