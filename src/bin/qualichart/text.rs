//! The report as a table for a person at a terminal.
//!
//! It lays out the figures of a `core::report::Report` (already formatted there, so the table
//! and `--json` always agree) and adds nothing but words. Text from the data passes through
//! [`clean`], so a name cannot move the cursor or recolour the terminal.

use std::fmt::Write;

use qualichart::core::report::{Report, ReportRow};
use qualichart::core::Session;

/// The whole text report.
pub fn render(session: &Session, report: &Report) -> String {
    let mut out = String::new();
    heading(&mut out, session, report);
    table(&mut out, session, report);
    poles(&mut out, session, report);
    records(&mut out, report);
    sectors(&mut out, report);
    out
}

fn heading(out: &mut String, session: &Session, report: &Report) {
    let title: Vec<String> = [&session.event, &session.session, &session.date]
        .into_iter()
        .flatten()
        .map(|s| clean(s))
        .collect();
    if !title.is_empty() {
        let _ = writeln!(out, "{}", title.join(" · "));
    }
    if let Some(track) = &session.track {
        let name = track.name.as_deref().map(clean).unwrap_or_default();
        let _ = match track.length_km {
            Some(km) if name.is_empty() => writeln!(out, "{km} km"),
            Some(km) => writeln!(out, "{name} ({km} km)"),
            None if !name.is_empty() => writeln!(out, "{name}"),
            None => Ok(()),
        };
    }
    if report.scope != "overall" {
        let name = session
            .class(&report.scope)
            .map_or(report.scope.as_str(), |c| c.name.as_str());
        let _ = writeln!(out, "Class: {}", clean(name));
    }
    if !out.is_empty() {
        out.push('\n');
    }
}

const HEADERS: [&str; 8] = ["Pos", "Class", "No.", "Driver", "Best", "Gap", "Int.", "%"];
/// Columns aligned to the right: positions, times and figures.
const RIGHT: [bool; 8] = [true, false, false, false, true, true, true, true];

fn table(out: &mut String, session: &Session, report: &Report) {
    if report.classification.is_empty() {
        let _ = writeln!(out, "No entries.");
        return;
    }
    let rows: Vec<[String; 8]> = report
        .classification
        .iter()
        .map(|r| cells(session, r))
        .collect();
    let mut widths = HEADERS.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 8]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i > 0 {
                text.push_str("  ");
            }
            if RIGHT[i] {
                text.push_str(&" ".repeat(pad));
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.push_str(&" ".repeat(pad));
            }
        }
        text.trim_end().to_owned()
    };
    let _ = writeln!(out, "{}", line(HEADERS));
    for (row, source) in rows.iter().zip(&report.classification) {
        let mut text = line(row.each_ref().map(String::as_str));
        if source.best.is_none() {
            if let Some(note) = &source.note {
                text.push_str("  ");
                text.push_str(&clean(note));
            }
        }
        let _ = writeln!(out, "{text}");
    }
}

fn cells(session: &Session, row: &ReportRow) -> [String; 8] {
    let class = session
        .class(&row.class)
        .map_or(row.class.as_str(), |c| c.name.as_str());
    let class = if class.is_empty() {
        String::new()
    } else {
        format!("{} {}", clean(class), row.class_position)
    };
    let best = match (&row.best, row.status) {
        (Some(best), _) => best.clone(),
        (None, "dns") => "DNS".to_owned(),
        (None, "excluded") => "Excluded".to_owned(),
        (None, _) => "No time".to_owned(),
    };
    [
        row.position.to_string(),
        class,
        clean(&row.number),
        row.driver.as_deref().map(clean).unwrap_or_default(),
        best,
        row.gap.clone().unwrap_or_default(),
        row.interval.clone().unwrap_or_default(),
        row.percent.map(|p| format!("{p:.3}")).unwrap_or_default(),
    ]
}

fn poles(out: &mut String, session: &Session, report: &Report) {
    if report.poles.len() < 2 {
        return;
    }
    let _ = writeln!(out, "\nClass poles");
    for (class, number) in &report.poles {
        let Some(row) = report.classification.iter().find(|r| &r.number == number) else {
            continue;
        };
        let name = session
            .class(class)
            .map_or(class.as_str(), |c| c.name.as_str());
        let driver = row
            .driver
            .as_deref()
            .map(|d| format!(" {}", clean(d)))
            .unwrap_or_default();
        let best = row.best.as_deref().unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}  #{}{}  {}",
            clean(name),
            clean(number),
            driver,
            best
        );
    }
}

fn records(out: &mut String, report: &Report) {
    if report.records.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nRecords");
    for record in &report.records {
        let by: Vec<String> = [&record.driver, &record.car]
            .into_iter()
            .flatten()
            .map(|s| clean(s))
            .chain(record.year.map(|y| y.to_string()))
            .collect();
        let by = if by.is_empty() {
            String::new()
        } else {
            format!(" ({})", by.join(", "))
        };
        let verdict = match record.beaten_by {
            0 => "not beaten".to_owned(),
            n => format!("beaten by {n}"),
        };
        let _ = writeln!(
            out,
            "  {} {}{}: {}",
            clean(&record.label),
            record.time,
            by,
            verdict
        );
    }
}

fn sectors(out: &mut String, report: &Report) {
    if report.session_best_sectors.iter().all(|s| s.time.is_none()) {
        return;
    }
    let _ = writeln!(out, "\nSession-best sectors");
    let width = report
        .session_best_sectors
        .iter()
        .filter_map(|s| s.time.as_ref())
        .map(String::len)
        .max()
        .unwrap_or(0);
    for sector in &report.session_best_sectors {
        let label = format!("S{}", sector.sector);
        match (&sector.time, &sector.number) {
            (Some(time), Some(number)) => {
                let driver = sector
                    .driver
                    .as_deref()
                    .map(|d| format!(" {}", clean(d)))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {label:<3} {time:>width$}  #{}{}",
                    clean(number),
                    driver
                );
            }
            _ => {
                let _ = writeln!(out, "  {label:<3} {:>width$}", "not timed");
            }
        }
    }
    if let Some(ideal) = &report.ideal {
        let _ = writeln!(
            out,
            "\nIdeal lap  {ideal}  (sum of the session-best sectors)"
        );
    }
}

/// Replaces control characters (escape sequences, newlines, bidi overrides) with U+FFFD.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
