//! Time left on the table and the gap in ideal laps: what a car's own sectors say it could have
//! done ([`potentials`]), per car, measured within its section.
//!
//! The ideal laps themselves come from [`crate::core::sectors`]; this only compares them with
//! the cars' bests and with each other.

use crate::core::analysis::sections::{rows_with_entries, Sections};
use crate::core::classify::Classification;
use crate::core::sectors::SectorBests;
use crate::core::session::Session;
use crate::core::time::{Gap, LapTime};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::test_support::session;
    use crate::core::classify;
    use crate::core::classify::Scope;
    use crate::core::sectors::sector_bests;

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
        let show = |scope: Scope| -> String {
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
                .collect::<Vec<_>>()
                .join("\n")
        };
        insta::assert_snapshot!(show(Scope::Overall), @r#"
            #31 1:32.490 +0.166 +0.035
            #01 1:32.455 +0.272 +0.000
            #2 1:38.401 +0.100 +0.000
            "#);
        insta::assert_snapshot!(show(Scope::Class("GTP".into())), @r#"
            #31 1:32.490 +0.166 +0.035
            #01 1:32.455 +0.272 +0.000
            "#);
    }
}
