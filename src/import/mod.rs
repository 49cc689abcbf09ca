//! Timing organisers' files to session JSON v1: detection by content, one reader per kind,
//! and the merge of several files of one session by car number.
//!
//! Each reader turns one file into a partial [`wire::Session`] (the same serde mirror the core
//! reads, so an import is valid by construction and is checked again by `core::parse`).
//! Readers keep what the file says and invent nothing; the merge combines them in the order
//! given, later files filling what earlier ones left out. A hand-written session JSON is a kind
//! too, which is how an overlay adds what no timing file carries (event name, class colours,
//! manufacturers' and teams' colours, records, notes: neither Al Kamel's CSVs nor
//! Ergast/Jolpica's JSON has a colour).
//!
//! Natively this is the CLI's `import`; with the `builder` feature it is compiled to wasm too,
//! for the editor's page (`crate::builder`), which merges the same files the same way.

mod alkamel;
mod f1;
mod merge;
mod write;

use std::fmt;

use serde_json::Value;

use crate::core::session::Session;
use crate::core::validate::json_message;
use crate::core::wire;

pub use merge::merge;
pub use write::to_json;

/// The kinds of file `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Al Kamel `23_Time Cards` / `23_Analysis`: one row per lap (comma or semicolon form).
    AlKamelLaps,
    /// Al Kamel `03_Results`: the classification with the entry list.
    AlKamelResults,
    /// Ergast/Jolpica `QualifyingResults` JSON (F1, Q1/Q2/Q3 times per driver).
    ErgastQualifying,
    /// Jolpica per-lap qualifying times (F1), with `is_deleted`.
    JolpicaLaps,
    /// A qualichart session JSON (complete, or a partial overlay).
    Session,
}

impl Kind {
    /// Every kind, in the order they are listed: the one list the message about a file of no
    /// known kind, the CLI's help and (checked by `tests/tidy.rs`) the README's table follow.
    pub const ALL: [Kind; 5] = [
        Kind::AlKamelLaps,
        Kind::AlKamelResults,
        Kind::ErgastQualifying,
        Kind::JolpicaLaps,
        Kind::Session,
    ];

    /// What the kind is called, wherever it is named: as the organiser's files are known, so
    /// a user can tell which file is meant.
    pub fn describe(self) -> &'static str {
        match self {
            Kind::AlKamelLaps => "Al Kamel time cards or analysis CSV (23_Time Cards, 23_Analysis)",
            Kind::AlKamelResults => "Al Kamel results CSV (03_Results)",
            Kind::ErgastQualifying => "Ergast/Jolpica QualifyingResults JSON",
            Kind::JolpicaLaps => "Jolpica qualifying lap times JSON",
            Kind::Session => "qualichart session JSON",
        }
    }

    /// Every kind as one phrase, `A, B, …, or E`: what a file of no known kind should have
    /// been, and the kinds the CLI's help lists.
    pub fn supported() -> String {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.describe()).collect();
        match names.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{}, or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

/// Why a file could not be imported; the CLI prefixes the file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    pub message: String,
}

impl ImportError {
    /// A problem with the whole file.
    pub fn whole(message: impl Into<String>) -> ImportError {
        ImportError {
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// A problem at a line (and column, when known).
    pub fn at(line: usize, column: Option<usize>, message: impl Into<String>) -> ImportError {
        ImportError {
            line: Some(line),
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            (Some(line), None) => write!(f, "line {line}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ImportError {}

/// One imported file: a partial session, and which event it belongs to when the file says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub session: wire::Session,
    /// E.g. `"2023 round 13"`: files that name different events are not merged.
    pub event_key: Option<String>,
    /// True for a classification (results sheet): its entry order is the official one, which
    /// the merged session keeps, so cars without a time stay in the organiser's order.
    pub official_order: bool,
}

/// Reads one file of any supported kind, detected from its content (never its name).
pub fn read(bytes: &[u8]) -> Result<Imported, ImportError> {
    read_detected(bytes).map(|(_, imported)| imported)
}

/// [`read`], saying which kind the file was found to be (the editor's page shows it beside
/// the file).
pub fn read_detected(bytes: &[u8]) -> Result<(Kind, Imported), ImportError> {
    let text = text(bytes)?;
    let (kind, json) = detect(text)?;
    Ok((kind, read_kind(kind, text, json)?))
}

/// The merged session as the JSON `import` writes, checked by the core: the text and the model,
/// or the core's error (its field path names the place).
pub fn checked(session: &wire::Session) -> Result<(String, Session), crate::core::Error> {
    let json = to_json(session);
    let model = crate::core::parse(json.as_bytes())?;
    Ok((json, model))
}

/// What a merged session that breaks a rule of the format is told as, by the CLI and the
/// editor's page alike.
pub fn not_valid(error: &crate::core::Error) -> String {
    format!("the merged session is not valid: {error}")
}

/// Refuses a text file whose last line has no line break yet: a file an organiser is still
/// appending to, caught mid-write. The CSV readers would take the half line as a row, and half
/// a row can still be valid (a lap time cut from `1:42.016` to `1:42.01` is a time), so a
/// reader of growing files (`import --watch`) calls this first and reads the file again at its
/// next change. JSON needs no such check: a document cut short does not parse. Every real
/// timing file ends its last line, so this refuses nothing finished.
pub fn check_complete(bytes: &[u8]) -> Result<(), ImportError> {
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let json = text
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| matches!(b, b'{' | b'['));
    if json || text.is_empty() || text.ends_with(b"\n") {
        return Ok(());
    }
    let line = text.iter().filter(|&&b| b == b'\n').count() + 1;
    Err(ImportError::at(
        line,
        None,
        "the last line has no line break yet: the file is still being written",
    ))
}

/// Reads one file as `kind`, whatever its content says: for a caller that knows the kind
/// (the fuzz targets, which each exercise one format's reader).
pub fn read_as(kind: Kind, bytes: &[u8]) -> Result<Imported, ImportError> {
    read_kind(kind, text(bytes)?, None)
}

/// The file as text: UTF-8, without a byte-order mark.
fn text(bytes: &[u8]) -> Result<&str, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ImportError::whole(format!("not UTF-8 text (byte {})", e.valid_up_to() + 1))
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// `text` read as `kind`; `json` is the document when detection has already parsed it.
fn read_kind(kind: Kind, text: &str, json: Option<Value>) -> Result<Imported, ImportError> {
    let json = || match json {
        Some(json) => Ok(json),
        None => parse_json(text),
    };
    match kind {
        Kind::AlKamelLaps => alkamel::read_laps(text),
        Kind::AlKamelResults => alkamel::read_results(text),
        Kind::ErgastQualifying => f1::ergast::read(&json()?),
        Kind::JolpicaLaps => f1::jolpica::read(&json()?),
        Kind::Session => read_session(text),
    }
}

fn parse_json(text: &str) -> Result<Value, ImportError> {
    serde_json::from_str::<Value>(text).map_err(|e| {
        ImportError::at(
            e.line(),
            Some(e.column()),
            format!("not valid JSON: {}", json_message(&e)),
        )
    })
}

/// Which kind `text` is; JSON kinds come with the parsed document.
pub fn detect(text: &str) -> Result<(Kind, Option<Value>), ImportError> {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ImportError::whole(format!(
            "the file is empty; expected {}",
            Kind::supported()
        )));
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        let json = parse_json(text)?;
        let kind = if json.get("format").is_some() {
            Kind::Session
        } else if json.pointer("/MRData/RaceTable/Races").is_some() {
            Kind::ErgastQualifying
        } else if json
            .as_array()
            .and_then(|items| items.first())
            .and_then(|first| first.get("object_type"))
            .is_some_and(|t| t == "lap")
        {
            Kind::JolpicaLaps
        } else {
            return Err(ImportError::whole(format!(
                "a JSON file of no known kind; expected {}",
                Kind::supported()
            )));
        };
        return Ok((kind, Some(json)));
    }
    let header = trimmed.lines().next().unwrap_or_default();
    let names: Vec<String> = header
        .split([',', ';'])
        .map(|n| n.trim().to_ascii_uppercase())
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    if has("NUMBER") && has("LAP_NUMBER") && has("LAP_TIME") {
        Ok((Kind::AlKamelLaps, None))
    } else if has("POS") && has("NUMBER") && has("CLASS") && has("LAPS") {
        Ok((Kind::AlKamelResults, None))
    } else {
        Err(ImportError::at(
            1,
            None,
            format!("a file of no known kind; expected {}", Kind::supported()),
        ))
    }
}

/// A session JSON, possibly partial (an overlay): the wire types read it, nothing is checked
/// here; the merged result is validated as a whole.
fn read_session(text: &str) -> Result<Imported, ImportError> {
    let wire::Obj(session) = serde_json::from_str::<wire::Obj<wire::Session>>(text)
        .map_err(|e| ImportError::at(e.line(), Some(e.column()), json_message(&e)))?;
    Ok(Imported {
        session,
        ..Imported::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kinds_are_listed_once() {
        assert_eq!(
            Kind::supported(),
            "Al Kamel time cards or analysis CSV (23_Time Cards, 23_Analysis), Al Kamel \
             results CSV (03_Results), Ergast/Jolpica QualifyingResults JSON, Jolpica \
             qualifying lap times JSON, or qualichart session JSON"
        );
    }

    #[test]
    fn a_last_line_without_its_line_break_is_unfinished() {
        let laps = "NUMBER,LAP_NUMBER,LAP_TIME,\n31,1,1:33.430,\n";
        assert_eq!(check_complete(laps.as_bytes()), Ok(()));
        assert_eq!(check_complete(b""), Ok(()));
        // JSON cut short does not parse, so it needs no check here; whole JSON often has no
        // final line break.
        assert_eq!(check_complete(b"  {\"format\": \"qualichart/1\""), Ok(()));
        assert_eq!(check_complete("\u{feff}[1]".as_bytes()), Ok(()));
        let cut = format!("{laps}31,2,1:32.65");
        assert_eq!(
            check_complete(cut.as_bytes()).map_err(|e| e.to_string()),
            Err(
                "line 3: the last line has no line break yet: the file is still being written"
                    .to_owned()
            )
        );
        // Half a row that reads as a valid lap: the reason for the check.
        assert!(read(cut.as_bytes()).is_ok());
    }
}
