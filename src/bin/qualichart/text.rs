//! The report as a table for a person at a terminal.
//!
//! It lays out the figures of a `core::report::Report` (already formatted there, so the table
//! and `--json` always agree) and adds nothing but words. Text from the data is already clean
//! (`core::text::clean`, applied by `validate`: no control characters to move the cursor or
//! recolour the terminal, no bidi overrides); each name is isolated (`core::text::isolate`) so
//! a right-to-left name cannot reorder the columns after it, and columns are padded by the
//! characters a reader sees (`core::text::shown_chars`). Its words are the `report-*` and
//! `table-*` messages of the language asked for (`--lang`).

use std::collections::HashMap;
use std::fmt::Write;

use qualichart::core::classify::status_label;
use qualichart::core::lang::{Arg, Words};
use qualichart::core::report::{Report, ReportRow};
use qualichart::core::text::{isolate, shown_chars, FSI, JOINER, PDI};
use qualichart::core::Session;

/// The whole text report.
pub fn render(session: &Session, report: &Report, words: &Words) -> String {
    let mut out = String::new();
    heading(&mut out, session, report, words);
    story(&mut out, report);
    table(&mut out, session, report, words);
    poles(&mut out, session, report, words);
    records(&mut out, report, words);
    sectors(&mut out, report, words);
    out
}

fn heading(out: &mut String, session: &Session, report: &Report, words: &Words) {
    let title: Vec<String> = session
        .title()
        .into_iter()
        .chain(session.date.as_deref().map(isolated))
        .collect();
    if !title.is_empty() {
        let _ = writeln!(out, "{}", title.join(JOINER));
    }
    if let Some(track) = &session.track {
        let name = track.name.as_deref().map(isolated).unwrap_or_default();
        // The length as the language writes a decimal (`5,729 km`).
        let km = track.length_km.map(|km| {
            km.to_string()
                .replace('.', &session.precision.mark().to_string())
        });
        let _ = match km {
            Some(km) if name.is_empty() => writeln!(out, "{km} km"),
            Some(km) => writeln!(out, "{name} ({km} km)"),
            None if !name.is_empty() => writeln!(out, "{name}"),
            None => Ok(()),
        };
    }
    if let Some(credit) = session.credit(words) {
        let _ = writeln!(out, "{credit}");
    }
    if report.scope != "overall" {
        let class = class_name(session, &report.scope);
        let _ = writeln!(
            out,
            "{}",
            words.with("report-class", &[("class", Arg::Text(&class))])
        );
    }
    if let Some(at) = &report.at {
        let _ = writeln!(out, "{}", words.with("report-at", &[("at", Arg::Text(at))]));
    }
    if !out.is_empty() {
        out.push('\n');
    }
}

/// The story in sentences, wrapped at 96 columns, then a blank line.
fn story(out: &mut String, report: &Report) {
    if report.story.is_empty() {
        return;
    }
    let mut line = String::new();
    // The sentences come from `core::story` with their names isolated already.
    for word in report.story.iter().flat_map(|s| words(s)) {
        if !line.is_empty() && shown_chars(&line) + 1 + shown_chars(word) > 96 {
            let _ = writeln!(out, "{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    let _ = writeln!(out, "{line}\n");
}

/// The words of `sentence`, split at whitespace outside isolates: an isolated name is one
/// word, so a line break never falls inside it (a terminal line is its own bidi paragraph).
fn words(sentence: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let (mut start, mut depth) = (None, 0usize);
    for (i, c) in sentence.char_indices() {
        match c {
            FSI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            c if c.is_whitespace() && depth == 0 => {
                if let Some(s) = start.take() {
                    words.push(&sentence[s..i]);
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(i);
    }
    words.extend(start.map(|s| &sentence[s..]));
    words
}

/// One column of the table: its header, alignment and cells.
struct Column {
    header: String,
    right: bool,
    cells: Vec<String>,
}

impl Column {
    fn new(header: String, right: bool, cells: Vec<String>) -> Column {
        Column {
            header,
            right,
            cells,
        }
    }
}

/// Lays out columns, each as wide as its widest cell, two spaces apart.
fn layout(columns: &[Column], rows: usize) -> Vec<String> {
    let widths: Vec<usize> = columns
        .iter()
        .map(|c| {
            c.cells
                .iter()
                .map(|x| shown_chars(x))
                .chain([shown_chars(&c.header)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cell: &dyn Fn(&Column) -> String| {
        let mut text = String::new();
        for (i, (column, width)) in columns.iter().zip(&widths).enumerate() {
            let value = cell(column);
            let pad = " ".repeat(width.saturating_sub(shown_chars(&value)));
            if i > 0 {
                text.push_str("  ");
            }
            if column.right {
                text.push_str(&pad);
                text.push_str(&value);
            } else {
                text.push_str(&value);
                text.push_str(&pad);
            }
        }
        text.trim_end().to_owned()
    };
    let mut lines = vec![line(&|c| c.header.clone())];
    lines.extend((0..rows).map(|r| line(&|c| c.cells[r].clone())));
    lines
}

fn table(out: &mut String, session: &Session, report: &Report, words: &Words) {
    let rows = &report.classification;
    if rows.is_empty() {
        let _ = writeln!(out, "{}", words.t("report-no-entries"));
        return;
    }
    let cells = |f: &dyn Fn(&ReportRow) -> String| rows.iter().map(f).collect::<Vec<String>>();
    let best = |r: &ReportRow| best(r, words);
    let mut columns = vec![Column::new(
        words.t("table-pos"),
        true,
        cells(&|r| r.position.to_string()),
    )];
    if rows.iter().any(|r| !r.class.is_empty()) {
        columns.push(Column::new(
            words.t("table-class"),
            false,
            cells(&|r| format!("{} {}", class_name(session, &r.class), r.class_position)),
        ));
    }
    if !report.parts.is_empty() {
        columns.push(Column::new(
            words.t("table-part"),
            false,
            cells(&|r| r.part.as_deref().map(isolated).unwrap_or_default()),
        ));
    }
    columns.extend([
        Column::new(
            words.t("report-number"),
            false,
            cells(&|r| isolated(&r.number)),
        ),
        Column::new(
            words.t("table-driver"),
            false,
            cells(&|r| r.driver.as_deref().map(isolated).unwrap_or_default()),
        ),
        Column::new(words.t("table-best"), true, cells(&best)),
        Column::new(
            words.t("table-gap"),
            true,
            cells(&|r| r.gap.clone().unwrap_or_default()),
        ),
        Column::new(
            words.t("table-interval"),
            true,
            cells(&|r| r.interval.clone().unwrap_or_default()),
        ),
        Column::new(
            words.t("table-percent"),
            true,
            cells(&|r| {
                r.percent
                    .map(|x| x.display(session.precision).to_string())
                    .unwrap_or_default()
            }),
        ),
    ]);
    for (i, mut text) in layout(&columns, rows.len()).into_iter().enumerate() {
        // The note of a car without a time says why (`Repairs prevented a qualifying attempt`).
        if let Some(note) = i
            .checked_sub(1)
            .map(|r| &rows[r])
            .filter(|r| r.best.is_none())
            .and_then(|r| r.note.as_ref())
        {
            text.push_str("  ");
            text.push_str(&isolated(note));
        }
        let _ = writeln!(out, "{text}");
    }
}

fn class_name<'a>(session: &'a Session, id: &'a str) -> String {
    isolated(session.class_name(id))
}

fn best(row: &ReportRow, words: &Words) -> String {
    match &row.best {
        Some(best) => best.clone(),
        None => status_label(row.status, words),
    }
}

fn poles(out: &mut String, session: &Session, report: &Report, words: &Words) {
    if report.poles.len() < 2 {
        return;
    }
    let _ = writeln!(out, "\n{}", words.t("report-class-poles"));
    // Rows by car number: a search of every row per class would be quadratic.
    let by_number: HashMap<&str, &ReportRow> = report
        .classification
        .iter()
        .map(|r| (r.number.as_str(), r))
        .collect();
    let rows: Vec<&ReportRow> = report
        .poles
        .iter()
        .filter_map(|(_, number)| by_number.get(number.as_str()).copied())
        .collect();
    let cells =
        |f: &dyn Fn(&ReportRow) -> String| rows.iter().map(|r| f(r)).collect::<Vec<String>>();
    let columns = [
        Column::new(
            String::new(),
            false,
            cells(&|r| class_name(session, &r.class)),
        ),
        Column::new(
            String::new(),
            false,
            cells(&|r| format!("#{}", isolated(&r.number))),
        ),
        Column::new(
            String::new(),
            false,
            cells(&|r| r.driver.as_deref().map(isolated).unwrap_or_default()),
        ),
        Column::new(String::new(), true, cells(&|r| best(r, words))),
    ];
    for line in layout(&columns, rows.len()).into_iter().skip(1) {
        let _ = writeln!(out, "  {line}");
    }
}

fn records(out: &mut String, report: &Report, words: &Words) {
    if report.records.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", words.t("report-records"));
    for record in &report.records {
        let by: Vec<String> = [&record.driver, &record.car]
            .into_iter()
            .flatten()
            .map(|s| isolated(s))
            .chain(record.year.map(|y| y.to_string()))
            .collect();
        let by = if by.is_empty() {
            String::new()
        } else {
            format!(" ({})", by.join(", "))
        };
        let verdict = words.with(
            "report-record-verdict",
            &[("n", Arg::Count(record.beaten_by as i64))],
        );
        let _ = writeln!(
            out,
            "  {} {}{}: {}",
            isolated(&record.label),
            record.time,
            by,
            verdict
        );
    }
}

fn sectors(out: &mut String, report: &Report, words: &Words) {
    if report.session_best_sectors.iter().all(|s| s.time.is_none()) {
        return;
    }
    let _ = writeln!(out, "\n{}", words.t("report-sectors"));
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
                    .map(|d| format!(" {}", isolated(d)))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {label:<3} {time:>width$}  #{}{}",
                    isolated(number),
                    driver
                );
            }
            _ => {
                let _ = writeln!(out, "  {label:<3} {:>width$}", words.t("report-not-timed"));
            }
        }
    }
    if let Some(ideal) = &report.ideal {
        let _ = writeln!(
            out,
            "\n{}",
            words.with("report-ideal", &[("ideal", Arg::Text(ideal))])
        );
    }
}

/// A name from data as the table shows it: isolated when it is right-to-left.
fn isolated(text: &str) -> String {
    isolate(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn an_isolated_name_is_one_word() {
        assert_eq!(
            words("LMP2 #52 \u{2068}محمد علي\u{2069} (1:38.501)."),
            ["LMP2", "#52", "\u{2068}محمد علي\u{2069}", "(1:38.501)."]
        );
        assert_eq!(words("  Pipo   Derani "), ["Pipo", "Derani"]);
        assert!(words(" ").is_empty());
    }
}
