//! The 107 % rule: the cut-off of each section, the cars outside it, and the one function that
//! says whether a time is within ([`within`], which ghosts also use).
//!
//! Judged on [`LapTime::percent_of`], the figure the table shows; in a knockout on the first
//! part, as F1 does. It does not decide what a reader sees of the rule: the chart's line, the
//! story's sentence and the table's column all read [`cutoffs`].

use crate::core::analysis::sections::{rows_with_entries, Sections};
use crate::core::classify::{best_in_part, Classification};
use crate::core::session::Session;
use crate::core::time::{LapTime, Percent, MAX_LAP};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::test_support::{numbers, session};
    use crate::core::classify::Scope;
    use crate::core::time::Precision;
    use crate::core::{classify, Session};

    /// `class reference limit [outside]`, times with 4 decimals so the boundary is visible.
    fn show_cutoffs(s: &Session, scope: Scope) -> String {
        let p = Precision::TENTH_MILLIS;
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
            .collect::<Vec<_>>()
            .join("\n")
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
        insta::assert_snapshot!(show_cutoffs(&s, Scope::Overall), @r#"
            GTP 1:00.0000 1:04.2002 ["3", "4"]
            LMP2 1:05.0000 1:09.5503 ["22"]
            "#);
        insta::assert_snapshot!(show_cutoffs(&s, Scope::Class("LMP2".into())), @r#"
            LMP2 1:05.0000 1:09.5503 ["22"]
            "#);
        insta::assert_snapshot!(show_cutoffs(&s, Scope::Class("GT3".into())), @"");
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
        // The class is "" (the session has none): the line starts with its space.
        insta::assert_snapshot!(show_cutoffs(&s, Scope::Overall), @r#" 1:20.0000 1:25.6003 ["3", "4"]"#);
    }

    #[test]
    fn daytona_2024_gtp_nobody_is_outside() {
        let s = session(crate::core::analysis::test_support::DAYTONA_2024);
        let c = classify(&s, &Scope::Class("GTP".into()));
        // Nobody is outside 107 %: reference #31's 1:32.656 (926 560 ticks), limit
        // (214 001 × 926 560 − 1) / 200 000 = 991 423 ticks = 1:39.1423, and the slowest GTP
        // time is #85's 1:33.506 (100.917 %); #5 set no time.
        let cut = cutoffs(&s, &c);
        assert_eq!(cut.len(), 1);
        assert_eq!(cut[0].class, "GTP");
        assert_eq!(
            cut[0].reference.display(s.precision).to_string(),
            "1:32.656"
        );
        assert_eq!(cut[0].limit.as_ticks(), 991_423);
        assert_eq!(cut[0].outside, Vec::<usize>::new());
    }
}
