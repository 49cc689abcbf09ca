//! The session as it stood at a moment of session time: what a reporter writing "with ten
//! minutes to go" knew, and what a replay shows.
//!
//! [`as_of`] gives back a [`Session`] holding only what had happened by then, so every figure
//! (classification, gaps, sectors, records, story, analyses, the chart) is computed by the same
//! code as for the finished session: nothing is written twice for the moment.
//!
//! The rules (also in `docs/session-format.md`, "The session at a moment"):
//! - a lap counts from its `at` (session time when it was completed) onwards;
//! - a lap without `at` cannot be placed in time, so it counts only at the end of the session
//!   ([`end`]); the same goes for a result-sheet time (`best`, `part_bests`) without one;
//! - a result-sheet time with an `at` counts from then;
//! - entries, classes, records, statuses and notes are the session's own at every moment: they
//!   describe the cars, not the running order (a car the stewards excluded is excluded
//!   throughout, and a car that has not run yet is a car without a time).

use crate::core::session::{Entry, PartBest, Session, SheetBest};
use crate::core::time::Elapsed;

/// When the session ends, as far as its times tell: the latest `at` of any lap or result-sheet
/// time. `None` when no time has an `at`: such a session has no moments to show, only its end.
pub fn end(session: &Session) -> Option<Elapsed> {
    session
        .entries
        .iter()
        .flat_map(|entry| {
            let laps = entry.laps.iter().filter_map(|lap| lap.at);
            let sheet = entry.sheet_best.iter().filter_map(|best| best.at);
            let parts = entry
                .part_bests
                .iter()
                .filter_map(|part| part.best.as_ref().and_then(|best| best.at));
            laps.chain(sheet).chain(parts)
        })
        .max()
}

/// The session as it stood when `t` of session time had elapsed: only the laps and result-sheet
/// times completed by then (see the module's rules), with [`Session::moment`] set to `t`. At or
/// after [`end`] it is the session itself.
///
/// Linear in the number of laps.
pub fn as_of(session: &Session, t: Elapsed) -> Session {
    let over = end(session).is_none_or(|end| t >= end);
    if over {
        return session.clone();
    }
    // Before the end, a time without `at` does not count yet.
    let counts = |at: Option<Elapsed>| at.is_some_and(|at| at <= t);
    let sheet = |best: &Option<SheetBest>| best.clone().filter(|best| counts(best.at));
    Session {
        entries: session
            .entries
            .iter()
            .map(|entry| Entry {
                laps: entry
                    .laps
                    .iter()
                    .filter(|lap| counts(lap.at))
                    .cloned()
                    .collect(),
                sheet_best: sheet(&entry.sheet_best),
                // A part a car had not reached by `t` is not listed: reaching it is the news.
                part_bests: entry
                    .part_bests
                    .iter()
                    .filter(|part| part.best.as_ref().is_some_and(|best| counts(best.at)))
                    .map(|part| PartBest {
                        part: part.part,
                        best: sheet(&part.best),
                    })
                    .collect(),
                ..entry.clone()
            })
            .collect(),
        moment: Some(t),
        ..session.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::pole_timeline;
    use crate::core::classify::{classify, Scope};
    use crate::core::parse;
    use crate::core::records::records;
    use crate::core::time::{parse_text, LapTime};

    fn at(text: &str) -> Elapsed {
        let parsed = parse_text(text).expect("a time");
        Elapsed::check(parsed, || text.to_owned()).expect("a session time")
    }

    /// The bundled session, built in: the core reads no files, tests included.
    fn daytona() -> Session {
        parse(include_bytes!(
            "../../static/sessions/daytona-2024-qualifying.json"
        ))
        .expect("valid")
    }

    fn pole(session: &Session, scope: &Scope) -> Option<String> {
        let c = classify(session, scope);
        let first = c.rows.first().filter(|r| r.best.is_some())?;
        Some(session.entries[first.entry].number.clone())
    }

    #[test]
    fn derani_takes_pole_the_moment_his_record_lap_completes() {
        let session = daytona();
        let gtp = Scope::Class("GTP".into());
        let timeline = pole_timeline(&session, &gtp);
        let record = timeline.last().expect("a provisional pole");
        assert_eq!(session.entries[record.entry].number, "31");
        assert_eq!(record.time, LapTime::from_millis(92_656).expect("1:32.656"));
        // The car the timeline shows on pole just before.
        let before = &timeline[timeline.len() - 2];
        let holder = session.entries[before.entry].number.clone();
        assert_ne!(holder, "31");
        let just_before = Elapsed::from_ticks(record.at.as_ticks() - 1).expect("in the session");
        assert_eq!(pole(&as_of(&session, just_before), &gtp), Some(holder));
        let then = as_of(&session, record.at);
        assert_eq!(pole(&then, &gtp).as_deref(), Some("31"));
        let best = classify(&then, &gtp).rows[0].best.clone().expect("a best");
        assert_eq!(best.time, record.time);
        // The 2019 record fell with it, or before it.
        let fallen = records(&then, &classify(&then, &gtp));
        assert!(fallen.iter().any(|r| !r.beaten.is_empty()));
    }

    #[test]
    fn the_story_of_all_classes_at_a_moment_has_the_fastest_time_and_provisional_class_poles() {
        let session = daytona();
        let story = |s: &crate::core::Session| {
            let c = classify(s, &Scope::Overall);
            crate::core::story::story(
                s,
                &c,
                &crate::core::Verdicts::of(s, &c),
                &crate::core::lang::Words::english(),
            )
        };
        let then = as_of(&session, at("55:00"));
        let told = story(&then);
        insta::assert_snapshot!(told[..2].join("\n"), @"
        At 55:00, Ben Keating had the fastest time in the #2 ORECA LMP2 07, 1:38.501.
        Nick Boulle was second in the #52 ORECA LMP2 07, 0.102 seconds behind.
        ");
        let running = crate::core::Session {
            state: Some(crate::core::session::SessionState::Running),
            ..session.clone()
        };
        let told = story(&running);
        insta::assert_snapshot!(told[0], @"Pipo Derani has the fastest time so far in the #31 Cadillac V-Series.R, 1:32.656.");
        assert!(
            told.iter()
                .any(|s| s.starts_with("Provisional class poles: ")),
            "{told:?}"
        );
        let finished = story(&session);
        assert!(
            finished[0].contains(" took the fastest time in "),
            "{}",
            finished[0]
        );
        assert!(
            finished
                .iter()
                .any(|s| s.starts_with("Class poles went to ")),
            "{finished:?}"
        );
    }

    #[test]
    fn the_story_of_a_moment_is_provisional() {
        let session = daytona();
        let gtp = Scope::Class("GTP".into());
        let then = as_of(&session, at("55:00"));
        let story = {
            let c = classify(&then, &gtp);
            crate::core::story::story(
                &then,
                &c,
                &crate::core::Verdicts::of(&then, &c),
                &crate::core::lang::Words::english(),
            )
        };
        assert_eq!(
            story[0],
            "At 55:00, Felipe Nasr held provisional GTP pole in the #7 Porsche 963, 1:43.694."
        );
        // A live session that says it is running: pole is provisional now.
        let running = crate::core::Session {
            state: Some(crate::core::session::SessionState::Running),
            ..session.clone()
        };
        let story = {
            let c = classify(&running, &gtp);
            crate::core::story::story(
                &running,
                &c,
                &crate::core::Verdicts::of(&running, &c),
                &crate::core::lang::Words::english(),
            )
        };
        assert!(
            story[0].starts_with("Pipo Derani is on provisional GTP pole in the #31"),
            "{}",
            story[0]
        );
        // The finished session's story is unchanged.
        let story = {
            let c = classify(&session, &gtp);
            crate::core::story::story(
                &session,
                &c,
                &crate::core::Verdicts::of(&session, &c),
                &crate::core::lang::Words::english(),
            )
        };
        assert!(
            story[0].starts_with("Pipo Derani took GTP pole"),
            "{}",
            story[0]
        );
    }

    #[test]
    fn every_provisional_pole_holds_at_its_moment() {
        let session = daytona();
        for scope in [Scope::Class("GTP".into()), Scope::Class("GTD".into())] {
            for provisional in pole_timeline(&session, &scope) {
                let then = as_of(&session, provisional.at);
                assert_eq!(
                    pole(&then, &scope).as_deref(),
                    Some(session.entries[provisional.entry].number.as_str()),
                    "{scope:?} at {:?}",
                    provisional.at
                );
            }
        }
    }

    #[test]
    fn at_the_start_nobody_has_a_time_and_at_the_end_everything_counts() {
        let session = daytona();
        let start = as_of(&session, Elapsed::from_ticks(0).expect("zero"));
        let c = classify(&start, &Scope::Overall);
        assert!(c.rows.iter().all(|r| r.best.is_none()));
        assert_eq!(c.rows.len(), session.entries.len(), "every car is listed");
        let finish = end(&session).expect("the laps have times of day");
        assert_eq!(finish, at("1:04:09.550"));
        assert_eq!(as_of(&session, finish), session);
        assert_eq!(as_of(&session, at("1:10:00")), session);
        assert_ne!(as_of(&session, at("1:00:00")), session);
        // Half way, some have times and some not yet.
        let middle = as_of(&session, at("40:00"));
        let timed = classify(&middle, &Scope::Overall)
            .rows
            .iter()
            .filter(|r| r.best.is_some())
            .count();
        assert!(timed > 0 && timed < session.entries.len(), "{timed}");
    }

    #[test]
    fn times_without_at_count_only_at_the_end() {
        let session = parse(
            br#"{"format": "qualichart/1", "entries": [
                {"number": "1", "laps": [{"time": "1:40.000", "at": "10:00"}, {"time": "1:39.000", "at": "20:00"}]},
                {"number": "2", "laps": [{"time": "1:38.000"}]},
                {"number": "3", "best": {"time": "1:37.000"}},
                {"number": "4", "best": {"time": "1:41.000", "at": "5:00"}}]}"#,
        )
        .expect("valid");
        assert_eq!(end(&session), Some(at("20:00")));
        let order = |t: &str| -> Vec<String> {
            let then = as_of(&session, at(t));
            classify(&then, &Scope::Overall)
                .rows
                .iter()
                .filter(|r| r.best.is_some())
                .map(|r| then.entries[r.entry].number.clone())
                .collect()
        };
        assert_eq!(order("4:59"), Vec::<String>::new());
        assert_eq!(order("5:00"), ["4"]);
        assert_eq!(order("10:00"), ["1", "4"]);
        assert_eq!(order("19:59.9999"), ["1", "4"]);
        assert_eq!(order("20:00"), ["3", "2", "1", "4"]);
        // Without any `at`, there is only the end.
        let timeless = parse(br#"{"format": "qualichart/1", "entries": [{"number": "1", "laps": [{"time": "1:40.000"}]}]}"#)
            .expect("valid");
        assert_eq!(end(&timeless), None);
        assert_eq!(as_of(&timeless, at("0")), timeless);
    }

    #[test]
    fn a_knockout_part_counts_when_the_car_reached_it() {
        let session = parse(
            br#"{"format": "qualichart/1", "parts": [{"id": "Q1"}, {"id": "Q2"}], "entries": [
                {"number": "1", "laps": [{"time": "1:20.000", "at": "5:00", "part": "Q1"}, {"time": "1:19.000", "at": "30:00", "part": "Q2"}]},
                {"number": "2", "laps": [{"time": "1:19.500", "at": "6:00", "part": "Q1"}]},
                {"number": "3", "part_bests": [{"part": "Q1", "time": "1:21.000", "at": "7:00"}, {"part": "Q2", "time": "1:18.000", "at": "31:00"}]}]}"#,
        )
        .expect("valid");
        let then = as_of(&session, at("20:00"));
        let c = classify(&then, &Scope::Overall);
        let order: Vec<&str> = c
            .rows
            .iter()
            .map(|r| then.entries[r.entry].number.as_str())
            .collect();
        // All still in Q1 at 20:00: #2's 1:19.500 leads.
        assert_eq!(order, ["2", "1", "3"]);
        assert!(c.rows.iter().all(|r| r.part == Some(0)));
        let after = classify(&as_of(&session, at("31:00")), &Scope::Overall);
        assert_eq!(after.rows[0].part, Some(1));
    }
}
