//! Deleted-lap ghosts: where a car's fastest deleted lap would have put it in its section
//! ([`ghosts`]), the "what if only this lap had stood" the chart draws as a hollow diamond.

use crate::core::analysis::cutoff_107::within;
use crate::core::analysis::sections::{rows_with_entries, Sections};
use crate::core::classify::{Classification, Row};
use crate::core::session::{Entry, Lap, Session, Status};
use crate::core::time::{Gap, LapTime};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::test_support::{session, DAYTONA_2025};
    use crate::core::classify;
    use crate::core::classify::Scope;

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
    fn show_ghosts(s: &Session, scope: Scope) -> String {
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
            .collect::<Vec<_>>()
            .join("\n")
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
        insta::assert_snapshot!(show_ghosts(&s, Scope::Overall), @r#"
            #01 L3 1:32.500 P1 -0.156 pole
            #7 L2 1:32.800 P3 +0.144
            #40 L2 1:33.000 P4 +0.344
            #2 L2 1:37.000 P1 +0.000 pole
            #10 L2 1:33.200 P5 +0.544
            "#);
        insta::assert_snapshot!(show_ghosts(&s, Scope::Class("LMP2".into())), @"#2 L2 1:37.000 P1 +0.000 pole");
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
            let gtp: Vec<&str> = ghosts
                .lines()
                .filter(|g| g.starts_with("#63 ") || g.starts_with("#25 "))
                .collect();
            assert_eq!(gtp, ["#63 L5 1:36.260 P9 +2.365"]);
        }
        // Only #63 in GTP.
        insta::assert_snapshot!(show_ghosts(&s, Scope::Class("GTP".into())), @"#63 L5 1:36.260 P9 +2.365");
    }
}
