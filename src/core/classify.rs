//! Best laps and the classification: order, tie-breaks, positions, gap, interval, class gap, %.
//!
//! The rules are the contract's "Calculations", with the open cases settled in
//! `docs/report-format.md`. [`classify`] is total: a car without a time is a row with
//! `best: None`, never an error. Rows refer to entries by index, so a classification is plain
//! owned data that the widget can memoise next to the session it came from.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::core::lang::{Arg, Words};
use crate::core::session::{Entry, Lap, Session, SheetBest, Status};
use crate::core::time::{Elapsed, Gap, LapTime, Percent};

/// Which cars a classification ranks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every car.
    #[default]
    Overall,
    /// The cars of one class (by id).
    Class(String),
}

impl Scope {
    /// True when `entry` takes part in this scope.
    pub fn contains(&self, entry: &Entry) -> bool {
        match self {
            Scope::Overall => true,
            Scope::Class(id) => entry.class == *id,
        }
    }

    /// `"overall"`, or the class id.
    pub fn name(&self) -> &str {
        match self {
            Scope::Overall => "overall",
            Scope::Class(id) => id,
        }
    }
}

/// Where a car's best lap came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BestSource {
    /// `laps[i]` of the entry.
    Lap(usize),
    /// The entry's result-sheet `best`.
    Sheet,
    /// `part_bests[i]` of the entry (a knockout result sheet).
    PartSheet(usize),
}

/// A car's best lap, with what the tie-breaks and the details need.
#[derive(Clone, Debug, PartialEq)]
pub struct BestLap {
    pub time: LapTime,
    pub source: BestSource,
    /// Lap number, when known.
    pub lap: Option<u32>,
    /// Index into the entry's drivers, when known.
    pub driver: Option<usize>,
    /// When it was set, when known.
    pub at: Option<Elapsed>,
}

impl BestLap {
    fn from_sheet(sheet: &SheetBest, source: BestSource) -> BestLap {
        BestLap {
            time: sheet.time,
            source,
            lap: sheet.lap,
            driver: sheet.driver,
            at: sheet.at,
        }
    }
}

/// The best lap of `entry` per the contract, or `None`.
///
/// Deleted laps never count; equal times go to the lower lap number, then the earlier lap in
/// the array; a result-sheet `best` is used only when no lap gives one; `dns` and `excluded`
/// cars have none.
pub fn best_lap(entry: &Entry) -> Option<BestLap> {
    if entry.status != Status::Ok {
        return None;
    }
    fastest_lap(entry, |_| true).or_else(|| {
        entry
            .sheet_best
            .as_ref()
            .map(|b| BestLap::from_sheet(b, BestSource::Sheet))
    })
}

/// The fastest valid timed lap among those `keep` accepts; ties to the lower lap number, then
/// the earlier array position.
fn fastest_lap(entry: &Entry, keep: impl Fn(&Lap) -> bool) -> Option<BestLap> {
    entry
        .laps
        .iter()
        .enumerate()
        .filter(|(_, lap)| lap.valid && keep(lap))
        .filter_map(|(i, lap)| lap.time.map(|t| (t, lap.number, i)))
        .min()
        .map(|(time, number, i)| BestLap {
            time,
            source: BestSource::Lap(i),
            lap: Some(number),
            driver: entry.laps[i].driver,
            at: entry.laps[i].at,
        })
}

/// The last knockout part `entry` reached: the latest with a lap or a `part_bests` item.
pub fn last_part(entry: &Entry) -> Option<usize> {
    if entry.status != Status::Ok {
        return None;
    }
    let from_laps = entry.laps.iter().filter_map(|lap| lap.part);
    from_laps
        .chain(entry.part_bests.iter().map(|p| p.part))
        .max()
}

/// The car's time in knockout part `part`: its fastest valid lap there, else the result sheet's.
pub fn best_in_part(entry: &Entry, part: usize) -> Option<BestLap> {
    if entry.status != Status::Ok {
        return None;
    }
    fastest_lap(entry, |lap| lap.part == Some(part)).or_else(|| {
        let (i, sheet) = entry
            .part_bests
            .iter()
            .enumerate()
            .find(|(_, p)| p.part == part)?;
        sheet
            .best
            .as_ref()
            .map(|b| BestLap::from_sheet(b, BestSource::PartSheet(i)))
    })
}

/// The lap that classifies `entry`: its best lap, or in a knockout session its time in the
/// last part it reached.
pub fn classifying_best(session: &Session, entry: &Entry) -> Option<BestLap> {
    if session.is_knockout() {
        last_part(entry).and_then(|part| best_in_part(entry, part))
    } else {
        best_lap(entry)
    }
}

/// What a row's time says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStatus {
    /// Has a best lap.
    Ok,
    /// Took part but has no valid time.
    NoTime,
    /// Did not start.
    Dns,
    /// Excluded by the stewards.
    Excluded,
}

impl RowStatus {
    /// The report's word: `ok`, `no_time`, `dns`, `excluded`.
    pub fn as_str(self) -> &'static str {
        match self {
            RowStatus::Ok => "ok",
            RowStatus::NoTime => "no_time",
            RowStatus::Dns => "dns",
            RowStatus::Excluded => "excluded",
        }
    }

    /// The label a reader sees for a car without a time: "No time", "DNS", "Excluded" in
    /// English (`status-label`); empty for a car with a time.
    pub fn label(self, words: &Words) -> String {
        status_label(self.as_str(), words)
    }
}

/// The label for a report's `status` word (`no_time`, `dns`, `excluded`; `""` for `ok`), so
/// shells that only have the report's words show the same labels as the widget.
pub fn status_label(status: &str, words: &Words) -> String {
    if matches!(status, "no_time" | "dns" | "excluded") {
        words.with("status-label", &[("status", Arg::Text(status))])
    } else {
        String::new()
    }
}

/// One car in a classification.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index into `session.entries`.
    pub entry: usize,
    /// 1..n within the scope.
    pub position: u32,
    /// 1..n among the rows of the same class.
    pub class_position: u32,
    pub best: Option<BestLap>,
    /// Best − the scope pole's best; `None` for the pole and cars without a time.
    pub gap: Option<Gap>,
    /// Best − the best of the row directly above; `None` for row 1 and cars without a time.
    pub interval: Option<Gap>,
    /// Best − the best of the row of the same class directly above; `None` for the class pole
    /// and cars without a time (the interval the all-classes chart shows, section by section).
    pub class_interval: Option<Gap>,
    /// Best − the class pole's best; `None` for the class pole and cars without a time.
    pub class_gap: Option<Gap>,
    /// Best as a percentage of the scope pole's, to 3 decimals.
    pub percent: Option<Percent>,
    pub status: RowStatus,
    /// Knockout sessions: the part whose time classifies the row (index into `session.parts`).
    pub part: Option<usize>,
}

/// A ranked list of cars for one scope.
#[derive(Clone, Debug, PartialEq)]
pub struct Classification {
    pub scope: Scope,
    /// Timed cars fastest first, then the rest in file order.
    pub rows: Vec<Row>,
    /// True when each class is measured from its own pole: all classes of a multi-class
    /// session. The chart then draws a section per class, and every figure shown for a car
    /// (its bar, label, accessible name, details and table row) is its class gap.
    pub by_class: bool,
}

impl Classification {
    /// The gap shown for `row`, everywhere a reader sees one: to its class pole when each
    /// class is measured from its own ([`Classification::by_class`]), otherwise to the scope
    /// pole (in a knockout, the fastest time of the row's part). `None` for a pole and a car
    /// without a time. The one place this is decided: a class pole in the all-classes chart
    /// has a pole's bar, so its name must not give it the gap to the overall pole.
    pub fn shown_gap(&self, row: &Row) -> Option<Gap> {
        if self.by_class {
            row.class_gap
        } else {
            row.gap
        }
    }

    /// The interval shown for `row`: to the car directly above it in its class's section in
    /// the all-classes chart, otherwise to the row directly above.
    pub fn shown_interval(&self, row: &Row) -> Option<Gap> {
        if self.by_class {
            row.class_interval
        } else {
            row.interval
        }
    }

    /// The percentage shown for `row` beside [`Classification::shown_gap`]: of the same pole
    /// (its class's in the all-classes chart), so a class pole shows 100.000 where its gap
    /// says "pole".
    pub fn shown_percent(&self, row: &Row) -> Option<Percent> {
        if self.by_class {
            let best = row.best.as_ref()?.time;
            Some(best.percent_of(self.measured_from(row)?))
        } else {
            row.percent
        }
    }

    /// The time [`Classification::shown_gap`] is measured from: the row's best less that gap
    /// (its own best for a pole); `None` without a time.
    pub fn measured_from(&self, row: &Row) -> Option<LapTime> {
        let best = row.best.as_ref()?.time;
        match self.shown_gap(row) {
            Some(gap) => LapTime::from_ticks(best.as_ticks() - gap.as_ticks()),
            None => Some(best),
        }
    }

    /// The row of the entry at `entry` index, if it is in this scope.
    pub fn row_of(&self, entry: usize) -> Option<&Row> {
        self.rows.iter().find(|r| r.entry == entry)
    }

    /// The first row of each class that has a timed car, in the session's class order.
    ///
    /// In a knockout that first row can be a car that reached the last part without a time:
    /// it still starts ahead of every car knocked out earlier.
    pub fn class_poles<'a>(&'a self, session: &'a Session) -> impl Iterator<Item = &'a Row> + 'a {
        // One pass over the rows: each class's first row, and whether any of its rows is timed.
        let mut first: Vec<Option<(&Row, bool)>> = vec![None; session.classes.len()];
        for row in &self.rows {
            let slot = session
                .class_index_of(row.entry)
                .and_then(|class| first.get_mut(class));
            if let Some(slot) = slot {
                let (_, timed) = slot.get_or_insert((row, false));
                *timed |= row.best.is_some();
            }
        }
        first
            .into_iter()
            .filter_map(|slot| slot.and_then(|(row, timed)| timed.then_some(row)))
    }
}

/// Who set a time first, for equal times: `at`, then lap number, then file order.
///
/// A missing `at` or lap number sorts after a present one, which keeps this a total order
/// (comparing `at` only when both have it would not be, and sorting needs one).
pub fn set_first(at: Option<Elapsed>, lap: Option<u32>, entry_index: usize) -> SetFirst {
    (NoneLast(at), NoneLast(lap), entry_index)
}

/// The key [`set_first`] builds.
pub type SetFirst = (NoneLast<Elapsed>, NoneLast<u32>, usize);

/// An optional key that sorts `Some` before `None` (a missing value last), then by value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoneLast<T>(pub Option<T>);

impl<T: Ord> PartialOrd for NoneLast<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: Ord> Ord for NoneLast<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => a.cmp(b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
}

/// Classifies the cars of `scope`.
///
/// ```
/// use qualichart::core::{classify, parse, Scope};
/// let s = parse(br#"{"format": "qualichart/1", "entries": [
///     {"number": "01", "laps": [{"time": "1:32.727"}]},
///     {"number": "31", "laps": [{"time": "1:32.656"}]},
///     {"number": "5"}]}"#).unwrap();
/// let c = classify(&s, &Scope::Overall);
/// let order: Vec<&str> = c.rows.iter().map(|r| s.entries[r.entry].number.as_str()).collect();
/// assert_eq!(order, ["31", "01", "5"]);
/// assert_eq!(c.rows[1].gap.unwrap().display(s.precision).to_string(), "+0.071");
/// ```
pub fn classify(session: &Session, scope: &Scope) -> Classification {
    let knockout = session.is_knockout();
    // A car is compared within its part: the part it reached last in a knockout; a session
    // without parts is one part, the whole field. Gaps, intervals and % are measured against
    // times of one part.
    let parts = if knockout { session.parts.len() } else { 1 };
    // Cars are named by their class's index, not its id: the look-ups below are per car, and
    // integers are found without reading the id's text.
    let in_scope = match scope {
        Scope::Overall => None,
        Scope::Class(id) => Some(session.class_index(id)),
    };
    // Knockout sessions: each car's time in each part, `parts` slots a car, in one list (not
    // a list per car: a few hundred thousand small allocations cost more than the work).
    let mut part_times: Vec<Option<LapTime>> = Vec::new();
    let mut cars: Vec<Car> = session
        .entries
        .iter()
        .filter_map(|entry| {
            let class = session.class_index_of(entry.index).unwrap_or(usize::MAX);
            if in_scope.is_some_and(|scope| scope != Some(class)) {
                return None;
            }
            let slot = part_times.len();
            let (part, best) = if knockout {
                part_times.extend((0..parts).map(|p| best_in_part(entry, p).map(|b| b.time)));
                let part = last_part(entry);
                (part, part.and_then(|g| best_in_part(entry, g)))
            } else {
                let best = best_lap(entry);
                (best.as_ref().map(|_| 0), best)
            };
            Some(Car {
                entry: entry.index,
                class,
                status: entry.status,
                part,
                best,
                slot,
            })
        })
        .collect();
    // A car's time in a part: its time in that part, or its best in the one part (a session without parts).
    let time_in = |car: &Car, part: usize| -> Option<LapTime> {
        if knockout {
            part_times.get(car.slot + part).copied().flatten()
        } else {
            car.best.as_ref().map(|b| b.time).filter(|_| part == 0)
        }
    };
    // The fastest time of each part, overall and per class, found once: a scan of every car
    // for every row would be quadratic.
    let mut fastest_overall: Vec<Option<LapTime>> = vec![None; parts];
    let mut fastest_in_class = PerClass::new(session.classes.len(), parts, cars.len());
    for car in &cars {
        for (part, overall) in fastest_overall.iter_mut().enumerate() {
            let Some(time) = time_in(car, part) else {
                continue;
            };
            *overall = Some(overall.map_or(time, |t| t.min(time)));
            fastest_in_class.faster(car.class, part, time);
        }
    }
    let fastest = |part: usize, class: Option<usize>| match class {
        None => fastest_overall.get(part).copied().flatten(),
        Some(class) => fastest_in_class.get(class, part),
    };
    // The cars themselves in classification order, so the rows are built in one sequential
    // pass.
    cars.sort_by_cached_key(|c| {
        let best = c.best.as_ref();
        (
            NoneLast(c.part.map(std::cmp::Reverse)),
            best.is_none(),
            best.map(|b| (b.time, set_first(b.at, b.lap, c.entry))),
            c.entry,
        )
    });

    let mut rows: Vec<Row> = Vec::with_capacity(cars.len());
    let mut class_counts: Vec<u32> = vec![0; session.classes.len()];
    let mut previous: Option<&Car> = None;
    let mut previous_in_class: Vec<Option<&Car>> = vec![None; session.classes.len()];
    for car in &cars {
        let class_position = count_class(&mut class_counts, car.class);
        let time = car.best.as_ref().map(|b| b.time);
        let part = car.part.filter(|_| time.is_some());
        let reference = part.and_then(|g| fastest(g, None));
        let above = previous.zip(part).and_then(|(p, g)| time_in(p, g));
        let class_above = previous_in_class
            .get(car.class)
            .copied()
            .flatten()
            .zip(part)
            .and_then(|(p, g)| time_in(p, g));
        rows.push(Row {
            entry: car.entry,
            position: rows.len() as u32 + 1,
            class_position,
            gap: time
                .zip(reference)
                .filter(|_| !rows.is_empty())
                .map(|(t, r)| t - r),
            interval: time.zip(above).map(|(t, a)| t - a),
            class_interval: time.zip(class_above).map(|(t, a)| t - a),
            class_gap: part
                .and_then(|g| fastest(g, Some(car.class)))
                .zip(time)
                .filter(|_| class_position > 1)
                .map(|(r, t)| t - r),
            percent: time.zip(reference).map(|(t, r)| t.percent_of(r)),
            best: car.best.clone(),
            status: match (car.status, &car.best) {
                (Status::Ok, Some(_)) => RowStatus::Ok,
                (Status::Ok, None) => RowStatus::NoTime,
                (Status::Dns, _) => RowStatus::Dns,
                (Status::Excluded, _) => RowStatus::Excluded,
            },
            part: car.part.filter(|_| knockout),
        });
        previous = Some(car);
        if let Some(slot) = previous_in_class.get_mut(car.class) {
            *slot = Some(car);
        }
    }
    Classification {
        scope: scope.clone(),
        rows,
        by_class: *scope == Scope::Overall && session.classes.len() > 1,
    }
}

/// A car of the scope, with its time in every part.
struct Car {
    /// Index into `session.entries`.
    entry: usize,
    /// Index into `session.classes`.
    class: usize,
    status: Status,
    /// The part it is classified in; `None` when it has none (no time, or no part reached).
    part: Option<usize>,
    /// The classifying lap: its time in its part.
    best: Option<BestLap>,
    /// Knockout sessions: where its times in the parts start in the list of part times.
    slot: usize,
}

/// The fastest time of each class in each part: a table indexed by class and part, or a
/// map when that table would be far larger than the cars (thousands of classes and of knockout
/// parts together, which only a bench past the limits builds).
enum PerClass {
    Table {
        parts: usize,
        times: Vec<Option<LapTime>>,
    },
    Map(HashMap<(usize, usize), LapTime>),
}

impl PerClass {
    fn new(classes: usize, parts: usize, cars: usize) -> PerClass {
        match classes.checked_mul(parts) {
            Some(slots) if slots <= 4 * (cars + classes + parts) => PerClass::Table {
                parts,
                times: vec![None; slots],
            },
            _ => PerClass::Map(HashMap::new()),
        }
    }

    /// Keeps `time` for `class` in `part` when it is the fastest so far.
    fn faster(&mut self, class: usize, part: usize, time: LapTime) {
        match self {
            PerClass::Table { parts, times } => {
                if let Some(slot) = slot(class, *parts, part).and_then(|i| times.get_mut(i)) {
                    *slot = Some(slot.map_or(time, |t| t.min(time)));
                }
            }
            PerClass::Map(map) => {
                map.entry((class, part))
                    .and_modify(|t| *t = (*t).min(time))
                    .or_insert(time);
            }
        }
    }

    fn get(&self, class: usize, part: usize) -> Option<LapTime> {
        match self {
            PerClass::Table { parts, times } => slot(class, *parts, part)
                .and_then(|i| times.get(i).copied())
                .flatten(),
            PerClass::Map(map) => map.get(&(class, part)).copied(),
        }
    }
}

/// Where `class` in `part` is in a table of `parts` slots a class.
fn slot(class: usize, parts: usize, part: usize) -> Option<usize> {
    class.checked_mul(parts)?.checked_add(part)
}

/// Counts one more car of class `class` (an index into `session.classes`); returns its class
/// position.
fn count_class(counts: &mut [u32], class: usize) -> u32 {
    match counts.get_mut(class) {
        Some(count) => {
            *count += 1;
            *count
        }
        None => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse;

    /// One line per row: `P1 C1 #31 best gap interval class_gap percent status`.
    fn check(entries: &str, scope: Scope) -> Vec<String> {
        let json = format!(r#"{{"format": "qualichart/1", "entries": [{entries}]}}"#);
        let s = parse(json.as_bytes()).expect("valid test session");
        rows_of(&s, &scope)
    }

    fn rows_of(s: &Session, scope: &Scope) -> Vec<String> {
        let p = s.precision;
        let show = |g: Option<Gap>| g.map_or("-".to_owned(), |g| g.display(p).to_string());
        classify(s, scope)
            .rows
            .iter()
            .map(|r| {
                format!(
                    "P{} C{} #{} {} {} {} {} {} {}",
                    r.position,
                    r.class_position,
                    s.entries[r.entry].number,
                    r.best
                        .as_ref()
                        .map_or("-".to_owned(), |b| b.time.display(p).to_string()),
                    show(r.gap),
                    show(r.interval),
                    show(r.class_gap),
                    r.percent.map_or("-".to_owned(), |x| x.as_f64().to_string()),
                    r.status.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn fastest_first_with_gaps_intervals_and_percent() {
        let rows = check(
            r#"{"number": "7", "laps": [{"time": "1:32.876"}]},
               {"number": "31", "laps": [{"time": "1:33.000"}, {"time": "1:32.656"}]},
               {"number": "01", "laps": [{"time": "1:32.727"}]}"#,
            Scope::Overall,
        );
        assert_eq!(
            rows,
            [
                "P1 C1 #31 1:32.656 - - - 100 ok",
                "P2 C2 #01 1:32.727 +0.071 +0.071 +0.071 100.077 ok",
                "P3 C3 #7 1:32.876 +0.220 +0.149 +0.220 100.237 ok",
            ]
        );
    }

    #[test]
    fn deleted_laps_never_count() {
        let rows = check(
            r#"{"number": "63", "laps": [{"time": "1:36.260", "valid": false}, {"time": "1:36.475"}]},
               {"number": "25", "laps": [{"time": "1:40.000", "valid": false}]}"#,
            Scope::Overall,
        );
        assert_eq!(
            rows,
            [
                "P1 C1 #63 1:36.475 - - - 100 ok",
                "P2 C2 #25 - - - - - no_time"
            ]
        );
    }

    #[test]
    fn ties_go_to_who_set_the_time_first() {
        // #62 is listed first, but #19 set 1:44.831 earlier by `at`.
        let by_at = check(
            r#"{"number": "62", "laps": [{"time": "1:44.831", "at": "21:27.353"}]},
               {"number": "19", "laps": [{"time": "1:44.831", "at": "21:09.425"}]}"#,
            Scope::Overall,
        );
        assert_eq!(by_at[0], "P1 C1 #19 1:44.831 - - - 100 ok");
        assert_eq!(by_at[1], "P2 C2 #62 1:44.831 +0.000 +0.000 +0.000 100 ok");
        // Without `at`: the earlier lap number, then file order; a known `at` beats an unknown.
        let cases = [
            (
                r#"{"number": "a", "laps": [{"time": "1:00.000", "lap": 4}]}, {"number": "b", "laps": [{"time": "1:00.000", "lap": 3}]}"#,
                "#b",
            ),
            (
                r#"{"number": "a", "laps": [{"time": "1:00.000"}]}, {"number": "b", "laps": [{"time": "1:00.000"}]}"#,
                "#a",
            ),
            (
                r#"{"number": "a", "laps": [{"time": "1:00.000"}]}, {"number": "b", "laps": [{"time": "1:00.000", "at": "50:00"}]}"#,
                "#b",
            ),
        ];
        for (entries, first) in cases {
            let rows = check(entries, Scope::Overall);
            assert!(rows[0].contains(first), "{entries}: {rows:?}");
        }
    }

    #[test]
    fn a_cars_own_tie_goes_to_the_earlier_lap() {
        let s = parse(
            br#"{"format": "qualichart/1", "entries": [{"number": "1", "laps": [
            {"time": "1:00.000", "lap": 5}, {"time": "1:00.000", "lap": 2}]}]}"#,
        )
        .expect("valid test session");
        assert_eq!(
            best_lap(&s.entries[0]).map(|b| (b.lap, b.source)),
            Some((Some(2), BestSource::Lap(1)))
        );
    }

    #[test]
    fn cars_without_a_time_follow_in_file_order() {
        let rows = check(
            r#"{"number": "5", "note": "Repairs"},
               {"number": "9", "status": "excluded", "laps": [{"time": "59.000"}]},
               {"number": "8", "status": "dns"},
               {"number": "2", "laps": [{"time": "1:00.000"}]}"#,
            Scope::Overall,
        );
        assert_eq!(
            rows,
            [
                "P1 C1 #2 1:00.000 - - - 100 ok",
                "P2 C2 #5 - - - - - no_time",
                "P3 C3 #9 - - - - - excluded",
                "P4 C4 #8 - - - - - dns",
            ]
        );
    }

    #[test]
    fn a_result_sheet_best_stands_in_when_no_lap_gives_one() {
        let rows = check(
            r#"{"number": "1", "best": {"time": "1:01.000"}},
               {"number": "2", "laps": [{"time": "1:00.500", "valid": false}], "best": {"time": "1:00.900"}},
               {"number": "3", "laps": [{"time": "1:00.000"}], "best": {"time": "59.000"}}"#,
            Scope::Overall,
        );
        assert_eq!(
            rows,
            [
                "P1 C1 #3 1:00.000 - - - 100 ok",
                "P2 C2 #2 1:00.900 +0.900 +0.900 +0.900 101.5 ok",
                "P3 C3 #1 1:01.000 +1.000 +0.100 +1.000 101.667 ok",
            ]
        );
    }

    #[test]
    fn classes_have_their_own_positions_poles_and_gaps() {
        let entries = r#"{"number": "31", "class": "GTP", "laps": [{"time": "1:32.656"}]},
            {"number": "2", "class": "LMP2", "laps": [{"time": "1:38.501"}]},
            {"number": "01", "class": "GTP", "laps": [{"time": "1:32.727"}]},
            {"number": "18", "class": "LMP2", "laps": [{"time": "1:38.600"}]},
            {"number": "5", "class": "GTP"}"#;
        assert_eq!(
            check(entries, Scope::Overall),
            [
                "P1 C1 #31 1:32.656 - - - 100 ok",
                "P2 C2 #01 1:32.727 +0.071 +0.071 +0.071 100.077 ok",
                "P3 C1 #2 1:38.501 +5.845 +5.774 - 106.308 ok",
                "P4 C2 #18 1:38.600 +5.944 +0.099 +0.099 106.415 ok",
                "P5 C3 #5 - - - - - no_time",
            ]
        );
        assert_eq!(
            check(entries, Scope::Class("LMP2".into())),
            [
                "P1 C1 #2 1:38.501 - - - 100 ok",
                "P2 C2 #18 1:38.600 +0.099 +0.099 +0.099 100.101 ok",
            ]
        );
        assert_eq!(
            check(entries, Scope::Class("GT3".into())),
            Vec::<String>::new()
        );
    }

    #[test]
    fn knockouts_rank_by_the_last_part_reached_then_its_time() {
        let parts = r#""parts": [{"id": "Q1"}, {"id": "Q2"}, {"id": "Q3"}]"#;
        let rows = check_with(
            parts,
            r#"{"number": "18", "part_bests": [{"part": "Q1", "time": "1:21.570"}, {"part": "Q2", "time": "1:20.121"}]},
               {"number": "1", "part_bests": [{"part": "Q1", "time": "1:20.965"}, {"part": "Q2", "time": "1:18.856"}, {"part": "Q3", "time": "1:10.567"}]},
               {"number": "40", "part_bests": [{"part": "Q1", "time": "1:23.420"}]},
               {"number": "2", "part_bests": [{"part": "Q1", "time": "1:22.036"}, {"part": "Q2", "time": "1:20.067"}, {"part": "Q3"}]},
               {"number": "4", "laps": [{"part": "Q1", "time": "1:21.276"}, {"part": "Q2", "time": "1:19.769"}, {"part": "Q3", "time": "1:11.104"}, {"part": "Q3", "time": "1:10.000", "valid": false}]},
               {"number": "77", "status": "dns", "part_bests": [{"part": "Q1", "time": "1:22.260"}]}"#,
        );
        assert_eq!(
            rows,
            [
                // Q3: gaps to the Q3 fastest.
                "P1 C1 #1 1:10.567 - - - 100 ok",
                "P2 C2 #4 1:11.104 +0.537 +0.537 +0.537 100.761 ok",
                // Reached Q3, no time there: after the Q3 times, before Q2.
                "P3 C3 #2 - - - - - no_time",
                // Q2: gap to the fastest Q2 time (#1's 1:18.856), interval to #2's Q2 time.
                "P4 C4 #18 1:20.121 +1.265 +0.054 +1.265 101.604 ok",
                // Q1: gap to the fastest Q1 time (#1's 1:20.965), interval to #18's Q1 time.
                "P5 C5 #40 1:23.420 +2.455 +1.850 +2.455 103.032 ok",
                "P6 C6 #77 - - - - - dns",
            ]
        );
    }

    /// Like `check`, with extra top-level fields.
    fn check_with(top: &str, entries: &str) -> Vec<String> {
        let json = format!(r#"{{"format": "qualichart/1", {top}, "entries": [{entries}]}}"#);
        let s = parse(json.as_bytes()).expect("valid test session");
        rows_of(&s, &Scope::Overall)
    }

    #[test]
    fn an_empty_session_has_no_rows() {
        assert_eq!(check("", Scope::Overall), Vec::<String>::new());
    }
}
