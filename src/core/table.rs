//! The classification as a table of text: the columns and cells of the widget's "Show as
//! table", of the CSV a reader downloads ("Get the data (CSV)") and of `report --csv`, made
//! once here so the three cannot disagree.
//!
//! Cells are plain text as a reader reads them ("+0.071", "pole", "–" for nothing); names from
//! data are cleaned (as every text of the session) and, in the notes, isolated. The CSV quotes
//! what needs quoting (RFC 4180) and neutralises a cell that a spreadsheet would take for a
//! formula.
//!
//! The words and the decimal mark are those of the [`Words`] given: the widget's table is in
//! the reader's language, while the CSV (the widget's download and `report --csv`) is data and
//! reads the same in every language, English headers and `.` decimals
//! ([`Words::english`]), so a script or a spreadsheet reads every chart's download alike.

use crate::core::analysis::{gap_metres, potentials};
use crate::core::classify::Classification;
use crate::core::lang::Words;
use crate::core::sectors::SectorBests;
use crate::core::session::Session;
use crate::core::text::{isolate, JOINER};
use crate::core::verdicts::Verdicts;

/// A column: its message (`table-*`, which says what it holds), its heading, and what it means
/// when the heading alone does not say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub id: &'static str,
    pub name: String,
    pub title: Option<String>,
}

/// The car-number column's message: a row's header in the widget's table.
pub const CAR: &str = "table-car";

/// One car's row: its number (for `data-row`) and a cell per column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    pub number: String,
    pub cells: Vec<String>,
}

/// Every car of the classification, in its order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<TableRow>,
}

const NOTHING: &str = "–";

/// The table of `classification` in `words`: the class column when the session has several
/// classes, the part when it is a knockout, the gap in metres when the track's length is known.
/// Linear in the cars (each car's potential is looked up by index, not searched).
pub fn table(
    session: &Session,
    classification: &Classification,
    verdicts: &Verdicts,
    bests: &SectorBests,
    words: &Words,
) -> Table {
    let p = words.figures(session.precision);
    let several = session.classes.len() > 1;
    let knockout = session.is_knockout();
    let length = session.track.as_ref().and_then(|t| t.length_km);
    // Each column's message, and the message saying what it holds where its heading does not.
    let mut ids: Vec<(&'static str, Option<&'static str>)> = vec![("table-pos", None)];
    if several {
        ids.push(("table-class", None));
    }
    if knockout {
        ids.push(("table-part", Some("table-part-title")));
    }
    ids.extend([
        (CAR, None),
        ("table-driver", None),
        ("table-best", None),
        ("table-gap", None),
        ("table-interval", None),
        ("table-percent", None),
    ]);
    if length.is_some() {
        ids.push(("table-metres", Some("table-metres-title")));
    }
    ids.extend([
        ("table-ideal", None),
        ("table-left", Some("table-left-title")),
        ("table-ideal-gap", Some("table-ideal-gap-title")),
        ("table-note", None),
    ]);
    let columns = ids
        .into_iter()
        .map(|(id, title)| Column {
            id,
            name: words.t(id),
            title: title.map(|title| words.t(title)),
        })
        .collect();

    let mut potential = vec![None; session.entries.len()];
    for x in potentials(session, classification, bests) {
        if let Some(slot) = potential.get_mut(x.entry) {
            *slot = Some(x);
        }
    }
    let mut outside = vec![false; session.entries.len()];
    for entry in verdicts.cutoffs.iter().flat_map(|c| c.outside.iter()) {
        if let Some(slot) = outside.get_mut(*entry) {
            *slot = true;
        }
    }
    // The words every row may say, looked up once.
    let (pole_word, outside_word) = (words.t("table-pole"), words.t("table-outside-107"));
    let dash = || NOTHING.to_owned();
    let rows = classification
        .rows
        .iter()
        .map(|row| {
            let entry = &session.entries[row.entry];
            let best = row.best.as_ref();
            let gap = classification.shown_gap(row);
            let pole_time = classification.measured_from(row).filter(|_| gap.is_some());
            let pot = potential.get(row.entry).and_then(Option::as_ref);
            let mut note: Vec<String> = Vec::new();
            if best.is_none() {
                note.push(row.status.label(words));
            }
            if outside.get(row.entry).copied().unwrap_or(false) {
                note.push(outside_word.clone());
            }
            if let Some(n) = entry.note.as_deref() {
                note.push(isolate(n).into_owned());
            }
            let mut cells = vec![crate::core::chart::label::position(row)];
            if several {
                cells.push(session.class_name_of(entry).to_owned());
            }
            if knockout {
                cells.push(
                    row.part
                        .and_then(|i| session.parts.get(i))
                        .map_or_else(dash, |part| part.name.clone()),
                );
            }
            cells.extend([
                format!("#{}", entry.number),
                entry
                    .driver_name(best.and_then(|b| b.driver))
                    .unwrap_or_default()
                    .to_owned(),
                best.map_or_else(dash, |b| b.time.display(p).to_string()),
                gap.map_or_else(
                    || {
                        if best.is_some() {
                            pole_word.clone()
                        } else {
                            dash()
                        }
                    },
                    |g| g.display(p).to_string(),
                ),
                classification
                    .shown_interval(row)
                    .map_or_else(dash, |g| g.display(p).to_string()),
                classification
                    .shown_percent(row)
                    .map_or_else(dash, |x| x.display(p).to_string()),
            ]);
            if let Some(km) = length {
                let metres = gap
                    .zip(pole_time)
                    .and_then(|(g, pole)| gap_metres(g, pole, km));
                cells.push(metres.map_or_else(dash, |m| m.display(p).to_string()));
            }
            cells.extend([
                pot.map_or_else(dash, |x| x.ideal.display(p).to_string()),
                pot.map_or_else(dash, |x| x.left_on_table.display(p).to_string()),
                pot.map_or_else(dash, |x| x.ideal_gap.display(p).to_string()),
                note.join(JOINER),
            ]);
            TableRow {
                number: entry.number.clone(),
                cells,
            }
        })
        .collect();
    Table { columns, rows }
}

/// The table of `scope` in `words`, from the session alone: what `report --csv` prints (in
/// English, as every CSV). (The widget builds its table from the classification, verdicts and
/// sector bests it already holds.)
pub fn table_of(session: &Session, scope: &crate::core::classify::Scope, words: &Words) -> Table {
    let classification = crate::core::classify::classify(session, scope);
    let verdicts = Verdicts::of(session, &classification);
    let bests = crate::core::sectors::sector_bests(session, scope);
    table(session, &classification, &verdicts, &bests, words)
}

/// The table as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
/// comma, a quote or a line break, its quotes doubled). A cell a spreadsheet would run as a
/// formula (starting `=`, `+`, `-`, `@`) is kept as text with a leading apostrophe, except a
/// figure such as "+0.071" or "-0.3 m", which is what the table shows and harmless.
pub fn csv(table: &Table) -> String {
    let mut out = String::new();
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let fields: Vec<String> = cells.map(field).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    line(&mut table.columns.iter().map(|c| c.name.as_str()));
    for row in &table.rows {
        line(&mut row.cells.iter().map(String::as_str));
    }
    out
}

/// One CSV field.
fn field(text: &str) -> String {
    let figure = text
        .strip_prefix(['+', '-'])
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let text = if text.starts_with(['=', '+', '-', '@']) && !figure {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::classify::Scope;

    fn daytona() -> Session {
        crate::core::parse(include_bytes!(
            "../../static/sessions/daytona-2024-qualifying.json"
        ))
        .expect("the bundled session")
    }

    fn gtp_table(session: &Session) -> Table {
        table_of(session, &Scope::Class("GTP".into()), &Words::english())
    }

    #[test]
    fn the_gtp_table_as_csv() {
        let session = daytona();
        let csv = csv(&gtp_table(&session));
        insta::assert_snapshot!(csv.replace("\r\n", "\n"), @"
        Pos,Class,Car,Driver,Best,Gap,Int.,%,Metres,Ideal,Left on table,Ideal gap,Note
        P1,GTP,#31,Pipo Derani,1:32.656,pole,–,100.000,–,1:32.490,+0.166,+0.000,
        P2,GTP,#01,Sebastien Bourdais,1:32.727,+0.071,+0.071,100.077,4.4 m,1:32.649,+0.078,+0.159,
        P3,GTP,#7,Felipe Nasr,1:32.876,+0.220,+0.149,100.237,13.6 m,1:32.876,+0.000,+0.386,
        P4,GTP,#25,Connor De Phillippi,1:33.022,+0.366,+0.146,100.395,22.6 m,1:32.930,+0.092,+0.440,
        P5,GTP,#40,Louis Deletraz,1:33.100,+0.444,+0.078,100.479,27.5 m,1:33.100,+0.000,+0.610,
        P6,GTP,#10,Filipe Albuquerque,1:33.347,+0.691,+0.247,100.746,42.7 m,1:33.347,+0.000,+0.857,
        P7,GTP,#6,Nick Tandy,1:33.381,+0.725,+0.034,100.782,44.8 m,1:33.272,+0.109,+0.782,
        P8,GTP,#24,Jesse Krohn,1:33.499,+0.843,+0.118,100.910,52.1 m,1:33.368,+0.131,+0.878,
        P9,GTP,#85,Tijmen van der Helm,1:33.506,+0.850,+0.007,100.917,52.6 m,1:33.481,+0.025,+0.991,
        P10,GTP,#5,Gianmaria Bruni,–,–,–,–,–,–,–,–,No time · Repairs prevented a qualifying attempt
        ");
        assert!(csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn the_table_speaks_the_reader_s_language_and_the_csv_stays_data() {
        let mut session = daytona();
        let french = Words::builtin(crate::core::lang::Lang::Fr).expect("French");
        // The session as a French chart holds it: its figures with the French mark.
        session.precision = french.figures(session.precision);
        let table = table_of(&session, &Scope::Class("GTP".into()), &french);
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Pos.",
                "Catégorie",
                "N°",
                "Pilote",
                "Meilleur tour",
                "Écart",
                "Int.",
                "%",
                "Mètres",
                "Idéal",
                "Marge",
                "Écart idéal",
                "Remarque"
            ]
        );
        assert_eq!(
            table.rows[1].cells[4..9],
            ["1:32,727", "+0,071", "+0,071", "100,077", "4,4 m"]
        );
        assert_eq!(table.rows[0].cells[5], "pole");
        assert_eq!(
            table.rows[9].cells[12],
            "Sans temps · Repairs prevented a qualifying attempt"
        );
        // The CSV of the same chart is the English one, `.` decimals and all.
        let english = table_of(&session, &Scope::Class("GTP".into()), &Words::english());
        assert_eq!(csv(&english), csv(&gtp_table(&daytona())));
    }

    #[test]
    fn fields_are_quoted_and_formulas_kept_as_text() {
        let cases = [
            ("1:32.656", "1:32.656"),
            ("+0.071", "+0.071"),
            ("-0.3 m", "-0.3 m"),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("-cmd", "'-cmd"),
            ("Repairs, then none", "\"Repairs, then none\""),
            ("two\nlines", "\"two\nlines\""),
        ];
        for (text, expected) in cases {
            assert_eq!(field(text), expected, "{text}");
        }
    }
}
