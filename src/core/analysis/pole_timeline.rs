//! The provisional-pole timeline: every lap that was the fastest so far, in the order the laps
//! were completed ([`pole_timeline`]). Drawing it is `core::chart::timeline`'s.

use crate::core::classify::Scope;
use crate::core::session::{Lap, Session, Status};
use crate::core::time::{Elapsed, LapTime};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::test_support::{session, t, DAYTONA_2024};
    use crate::core::classify;

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
        let show = |scope: Scope| -> String {
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
                .collect::<Vec<_>>()
                .join("\n")
        };
        insta::assert_snapshot!(show(Scope::Class("X".into())), @r#"
            10:00.000 #A L1 dSome(0) 1:05.000
            11:00.000 #B L1 dNone 1:03.000
            12:00.000 #A L2 dSome(1) 1:02.000
            12:00.000 #B L2 dNone 1:01.500
            "#);
        insta::assert_snapshot!(show(Scope::Overall), @r#"
            10:00.000 #A L1 dSome(0) 1:05.000
            11:00.000 #B L1 dNone 1:03.000
            12:00.000 #A L2 dSome(1) 1:02.000
            12:00.000 #B L2 dNone 1:01.500
            20:00.000 #D L1 dNone 1:00.000
            "#);
        insta::assert_snapshot!(show(Scope::Class("Z".into())), @"");
    }

    #[test]
    fn daytona_2024_gtp_ends_on_the_pole_lap() {
        let s = session(DAYTONA_2024);
        let gtp = Scope::Class("GTP".into());
        let c = classify(&s, &gtp);
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
    }
}
