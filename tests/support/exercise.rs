//! What the fuzz targets (`fuzz/fuzz_targets/`) do with their input, shared with
//! `tests/fuzz_corpus.rs`, which replays the committed corpora and crash inputs on every test
//! run. Bad input must give an error, never a panic, and good input must give figures and
//! marks that hold the invariants checked here (every coordinate finite and inside its box).

#![allow(dead_code)]

use qualichart::core::analysis::{cutoffs, gap_metres, ghosts, pole_timeline, potentials};
use qualichart::core::chart::layout::{layout, Dims, CAR_CAP};
use qualichart::core::chart::timeline::timeline;
use qualichart::core::classify::{classify, Scope};
use qualichart::core::colour::contrast;
use qualichart::core::colouring::{colour_of, legend, ColourBy};
use qualichart::core::compare::compare;
use qualichart::core::parse;
use qualichart::core::report::report_of;
use qualichart::core::sectors::sector_bests;
use qualichart::core::story::story;
use qualichart::core::{Session, Verdicts};
use qualichart::import::{self, Kind};
use qualichart::widget::text;

/// Session JSON: parse and validate, then everything the chart and the report compute.
pub fn session(data: &[u8]) {
    match parse(data) {
        Ok(session) => everything(&session),
        Err(error) => {
            let message = error.to_string();
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{message:?}"
            );
        }
    }
}

/// One timing file read as `kind`, merged, written and checked, as `qualichart import` does.
pub fn import_as(kind: Kind, data: &[u8]) {
    imported(import::read_as(kind, data));
}

/// One timing file of any kind (detected from its content).
pub fn import_any(data: &[u8]) {
    imported(import::read(data));
}

fn imported(result: Result<import::Imported, import::ImportError>) {
    let Ok(file) = result else { return };
    let Ok(merged) = import::merge(vec![file]) else {
        return;
    };
    let json = import::to_json(&merged);
    if let Ok(session) = parse(json.as_bytes()) {
        // What import writes, the core reads back the same.
        assert_eq!(import::to_json(&merged), json);
        let scope = Scope::Overall;
        let classification = classify(&session, &scope);
        let _ = report_of(&session, &classification, &Default::default());
    }
}

fn everything(session: &Session) {
    let mut scopes = vec![Scope::Overall];
    scopes.extend(session.classes.iter().map(|c| Scope::Class(c.id.clone())));
    let length = session.track.as_ref().and_then(|t| t.length_km);
    for scope in scopes {
        let classification = classify(session, &scope);
        let bests = sector_bests(session, &scope);
        let _ = report_of(session, &classification, &Default::default());
        let verdicts = Verdicts::of(session, &classification);
        let _ = story(session, &classification, &verdicts, &Default::default());
        let _ = cutoffs(session, &classification);
        let _ = potentials(session, &classification, &bests);
        let _ = ghosts(session, &classification);
        let picks: Vec<usize> = classification
            .rows
            .iter()
            .take(4)
            .map(|r| r.entry)
            .collect();
        let _ = compare(session, &picks);
        for row in &classification.rows {
            let _ = text::car_label(session, &classification, row, &Default::default());
            if let (Some(gap), Some(best), Some(km)) = (row.gap, row.best.as_ref(), length) {
                let _ = gap_metres(gap, best.time, km);
            }
        }
        // Capped to two cars, to the widget's cap, and every car.
        for (width, max_cars) in [(240.0, Some(2)), (360.0, Some(CAR_CAP)), (1600.0, None)] {
            let dims = Dims { width, max_cars };
            let l = layout(
                session,
                &classification,
                &verdicts,
                dims,
                &Default::default(),
            );
            let inside = |x: f64, max: f64| x.is_finite() && (0.0..=max).contains(&x);
            for r in &l.rows {
                assert!(
                    inside(r.bar.0, l.width) && inside(r.bar.1, l.width),
                    "{r:?}"
                );
                assert!(inside(r.y, l.height), "{r:?}");
            }
            for t in &l.ticks {
                assert!(inside(t.x, l.width), "{t:?}");
            }
            for m in &l.rules {
                assert!(inside(m.x, l.width), "{m:?}");
            }
            for m in &l.cutoffs {
                assert!(inside(m.x, l.width), "{m:?}");
            }
            for m in &l.ghosts {
                assert!(inside(m.x, l.width) && inside(m.y, l.height), "{m:?}");
            }
            // Every colouring gives each bar a colour legible on both themes, and a legend
            // that names each group once.
            for by in ColourBy::ALL {
                for r in &l.rows {
                    let c = colour_of(session, &session.entries[r.entry], by);
                    for theme in ["#ffffff", "#18181c"] {
                        let ratio = contrast(c, theme).unwrap_or(0.0);
                        assert!(ratio >= 3.0, "{c:?} on {theme}: {ratio}");
                    }
                }
                let names = legend(session, &l, by);
                let mut unique: Vec<&str> = names.iter().map(|g| g.name.as_str()).collect();
                unique.sort_unstable();
                unique.dedup();
                assert_eq!(unique.len(), names.len());
            }
            let poles = pole_timeline(session, &scope);
            if let Some(t) = timeline(session, &scope, &poles, width) {
                for s in &t.steps {
                    assert!(inside(s.x0, t.width) && inside(s.x1, t.width), "{s:?}");
                    assert!(inside(s.y, t.height), "{s:?}");
                }
            }
        }
    }
}
