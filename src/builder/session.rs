//! The editor's files and fields to one session.
//!
//! Each file is read by the importer the CLI runs (its kind found from its content, a problem
//! given with its line and column in the CLI's words), the files are merged by car number in
//! the order given, and the editor's fields come last as an overlay: a partial session JSON,
//! exactly what `qualichart import laps.csv overlay.json` takes. The merged session is checked
//! by the core, so what the page hands out is what `import` would have written.

use serde_json::json;

use crate::core::session::Session;
use crate::core::Error;
use crate::import::{self, ImportError, Kind};

/// What stopped a session being made, and whose problem it is, so the page can show it beside
/// the file or the field it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file at `index` (in the order given) cannot be read.
    File { index: usize, error: ImportError },
    /// The files cannot be merged: they are from different sessions.
    Merge(ImportError),
    /// The editor's fields did not read as a session overlay.
    Fields(ImportError),
    /// The merged session breaks a rule of the format; the error's path names the field
    /// (`records[0].time`).
    Invalid(Error),
}

impl Problem {
    /// The message, worded as the CLI gives it, without the CLI's `qualichart: FILE:` in front
    /// (the page shows it beside the file).
    pub fn message(&self) -> String {
        match self {
            Problem::File { error, .. } | Problem::Merge(error) | Problem::Fields(error) => {
                error.to_string()
            }
            Problem::Invalid(error) => import::not_valid(error),
        }
    }

    /// What to say beside the field a rule names: the problem without the field's path, which
    /// the place already says (`"1:3x" is not a time …`); the whole message otherwise.
    pub fn beside_field(&self) -> String {
        match self {
            Problem::Invalid(error) => error.kind.to_string(),
            _ => self.message(),
        }
    }
}

/// A session made from the editor's files and fields.
#[derive(Clone, Debug)]
pub struct Built {
    /// The session JSON as `import` writes it: the file the editor uploads.
    pub json: String,
    /// The same session, validated: what the preview and the fallback draw.
    pub session: Session,
}

impl Built {
    /// What the page needs of the session, as JSON for its script: the fields as the files
    /// (and the fields) set them, to fill the form; the classes as drawn (listed, then those
    /// the cars use, each with its colour); the record lines with their times as the chart
    /// writes them; the cars, for notes; and counts for the summary line. Text is as validated
    /// (cleaned); the page puts it in fields and text nodes, never in markup.
    pub fn summary(&self) -> serde_json::Value {
        let s = &self.session;
        let classes: Vec<serde_json::Value> = s
            .classes
            .iter()
            .map(|c| json!({"id": c.id, "name": c.name, "color": c.color}))
            .collect();
        let records: Vec<serde_json::Value> = s
            .records
            .iter()
            .map(|r| {
                json!({"class": r.class, "time": r.time.display(s.precision).to_string(),
                    "label": r.label, "driver": r.driver, "car": r.car, "year": r.year})
            })
            .collect();
        let cars: Vec<serde_json::Value> = s
            .entries
            .iter()
            .map(|e| {
                json!({"number": e.number, "class": e.class,
                    "driver": e.drivers.first().map(|d| d.name.as_str()), "note": e.note})
            })
            .collect();
        json!({
            "fields": {"series": s.series, "event": s.event, "session": s.session, "date": s.date,
                "title": s.title, "source": s.source, "byline": s.byline,
                "track": s.track.as_ref().and_then(|t| t.name.as_deref())},
            "title": s.title().unwrap_or_else(|| "Qualifying".to_owned()),
            "classes": classes,
            "records": records,
            "cars": cars,
            "laps": s.entries.iter().map(|e| e.laps.len()).sum::<usize>(),
        })
    }
}

/// The kind of one file, or why the importer cannot read it: what the page says beside each
/// file as soon as it is added.
pub fn kind(bytes: &[u8]) -> Result<Kind, ImportError> {
    import::read_detected(bytes).map(|(kind, _)| kind)
}

/// The files merged in order, then `fields` (a partial session JSON) over them, checked.
pub fn build(files: &[&[u8]], fields: Option<&[u8]>) -> Result<Built, Problem> {
    let mut imported = Vec::with_capacity(files.len() + 1);
    for (index, bytes) in files.iter().enumerate() {
        imported.push(import::read(bytes).map_err(|error| Problem::File { index, error })?);
    }
    if let Some(fields) = fields {
        imported.push(import::read_as(Kind::Session, fields).map_err(Problem::Fields)?);
    }
    let merged = import::merge(imported).map_err(Problem::Merge)?;
    let (json, session) = import::checked(&merged).map_err(Problem::Invalid)?;
    Ok(Built { json, session })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPS: &[u8] = include_bytes!("../../tests/fixtures/import/alkamel/imsa-laps-tie.csv");
    const RESULTS: &[u8] = include_bytes!("../../tests/fixtures/import/alkamel/imsa-results.csv");
    const BAD_TIME: &[u8] = include_bytes!("../../tests/fixtures/import/alkamel/bad-time.csv");
    const BROKEN: &[u8] = include_bytes!("../../tests/fixtures/import/alkamel/broken.json");

    #[test]
    fn each_file_says_its_kind_or_its_problem_with_line_and_column() {
        assert_eq!(kind(LAPS), Ok(Kind::AlKamelLaps));
        assert_eq!(kind(RESULTS), Ok(Kind::AlKamelResults));
        // The CLI's words (tests/import.rs pins them after `qualichart: FILE: `).
        assert_eq!(
            kind(BAD_TIME).map_err(|e| e.to_string()),
            Err("line 3, column 4: LAP_TIME: \"1:4x.885\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)".to_owned())
        );
        assert_eq!(
            kind(BROKEN).map_err(|e| e.to_string()),
            Err("line 2, column 14: not valid JSON: expected value".to_owned())
        );
    }

    #[test]
    fn the_fields_go_over_the_merged_files_as_an_overlay() {
        let fields = br##"{"format": "qualichart/1", "title": "Front row: two BMWs",
            "event": "Rolex 24 At Daytona", "date": "2025-01-23", "byline": "The motorsport desk",
            "source": "IMSA / Al Kamel Systems",
            "classes": [{"id": "GTP", "color": "#c8102e"}],
            "records": [{"class": "GTP", "time": "1:32.656", "label": "Qualifying record"}],
            "entries": [{"number": "31", "note": "Fastest in the warm-up"}]}"##;
        let built = build(&[LAPS, RESULTS], Some(fields)).expect("a session");
        let session = &built.session;
        assert_eq!(session.title().as_deref(), Some("Front row: two BMWs"));
        assert_eq!(
            session.credit(&Default::default()).as_deref(),
            Some("Source: IMSA / Al Kamel Systems · Chart: The motorsport desk")
        );
        assert_eq!(session.date.as_deref(), Some("2025-01-23"));
        assert_eq!(session.records.len(), 1);
        let noted = session.entry("31").and_then(|e| e.note.as_deref());
        assert_eq!(noted, Some("Fastest in the warm-up"));
        // The fields changed nothing else: the same cars and laps as the files alone.
        let files = build(&[LAPS, RESULTS], None).expect("a session");
        assert_eq!(session.entries.len(), files.session.entries.len());
        let laps = |s: &Session| s.entries.iter().map(|e| e.laps.len()).sum::<usize>();
        assert_eq!(laps(session), laps(&files.session));
        // The JSON handed out is the session `import` writes, and reads back the same.
        let again = crate::core::parse(built.json.as_bytes()).expect("valid JSON");
        assert_eq!(again.title(), session.title());
        assert!(built.json.contains("\"byline\": \"The motorsport desk\""));
        // What the page fills its form with.
        let summary = built.summary();
        assert_eq!(summary["fields"]["event"], "Rolex 24 At Daytona");
        assert_eq!(summary["fields"]["series"], serde_json::Value::Null);
        assert_eq!(summary["title"], "Front row: two BMWs");
        // The classes as drawn: IMSA's #c8102e made legible on both themes, GTDPRO's derived.
        assert_eq!(
            summary["classes"],
            serde_json::json!([
                {"id": "GTP", "name": "GTP", "color": "#c81630"},
                {"id": "GTDPRO", "name": "GTDPRO", "color": session.classes[1].color},
            ])
        );
        assert_eq!(summary["records"][0]["time"], "1:32.656");
        assert_eq!(summary["cars"][0]["number"], "31");
        assert_eq!(summary["cars"][0]["driver"], "Pipo Derani");
        assert_eq!(summary["cars"][0]["note"], "Fastest in the warm-up");
        assert_eq!(summary["laps"], laps(session));
    }

    #[test]
    fn a_problem_names_the_file_or_the_field_it_belongs_to() {
        let fields = br#"{"format": "qualichart/1"}"#;
        assert_eq!(
            build(&[LAPS, BAD_TIME], Some(fields))
                .map(|_| ())
                .map_err(|p| match &p {
                    Problem::File { index, .. } => (*index, p.message()),
                    _ => (usize::MAX, p.message()),
                }),
            Err((1, "line 3, column 4: LAP_TIME: \"1:4x.885\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)".to_owned()))
        );
        let record = br#"{"format": "qualichart/1", "records": [{"time": "1:3x.000"}]}"#;
        let Err(problem) = build(&[LAPS], Some(record)) else {
            panic!("a record time that is not a time is refused");
        };
        assert!(
            matches!(&problem, Problem::Invalid(e) if e.at.to_string() == "records[0].time"),
            "{problem:?}"
        );
        assert_eq!(
            problem.message(),
            "the merged session is not valid: records[0].time: \"1:3x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"
        );
        assert_eq!(
            problem.beside_field(),
            "\"1:3x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"
        );
        let not_an_overlay = b"[1, 2]";
        assert!(matches!(
            build(&[LAPS], Some(not_an_overlay)),
            Err(Problem::Fields(_))
        ));
    }
}
