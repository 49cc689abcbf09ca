//! The words of a row's label beside its bar, "P6 #10 Albuquerque": the layout measures them
//! to size the label column and cuts each to fit ([`RowMark::label`](super::layout::RowMark)),
//! and the widget and the server render draw that text. The accessible names and tooltips, which
//! are longer, are the widget's (`widget::text`).

use crate::core::classify::Row;
use crate::core::session::Session;
use crate::core::text::isolate;

/// The family name for tight labels: everything after the first word ("Tijmen van der Helm"
/// gives "van der Helm"); a one-word name stays whole.
pub fn surname(name: &str) -> String {
    match name.split_once(' ') {
        Some((_, rest)) if !rest.trim().is_empty() => rest.trim().to_owned(),
        _ => name.to_owned(),
    }
}

/// "P3": the position within the car's class, which is what each section of the chart ranks.
pub fn position(row: &Row) -> String {
    format!("P{}", row.class_position)
}

/// A row's label beside its bar: "P6 #10 Albuquerque".
pub fn row_label(session: &Session, row: &Row) -> String {
    let entry = &session.entries[row.entry];
    let driver = entry
        .driver_name(row.best.as_ref().and_then(|b| b.driver))
        .unwrap_or_default();
    format!(
        "{} #{} {}",
        position(row),
        isolate(&entry.number),
        isolate(&surname(driver))
    )
    .trim_end()
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{classify, parse, Scope};

    #[test]
    fn surnames_keep_particles() {
        for (name, expected) in [
            ("Pipo Derani", "Derani"),
            ("Tijmen van der Helm", "van der Helm"),
            ("Senna", "Senna"),
            ("", ""),
        ] {
            assert_eq!(surname(name), expected);
        }
    }

    #[test]
    fn a_label_isolates_a_right_to_left_name_and_drops_a_missing_one() {
        let s = parse(
            r#"{"format": "qualichart/1", "entries": [
            {"number": "31", "drivers": [{"name": "נועם גולד"}], "laps": [{"time": "1:32.656"}]},
            {"number": "7", "laps": [{"time": "1:32.727"}]}]}"#
                .as_bytes(),
        )
        .expect("valid test session");
        let c = classify(&s, &Scope::Overall);
        assert_eq!(row_label(&s, &c.rows[0]), "P1 #31 \u{2068}גולד\u{2069}");
        assert_eq!(row_label(&s, &c.rows[1]), "P2 #7");
    }
}
