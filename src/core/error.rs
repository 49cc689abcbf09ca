//! The crate's one error: where in the input ([`FieldPath`]) and what is wrong ([`ErrorKind`]).
//!
//! It displays as one line, `entries[3].laps[7].time: "1:6x.000" is not a time`, and both shells
//! show exactly that text: the widget in its message box, the CLI after `qualichart: FILE:`.
//! Input values are quoted with `{:?}`, so odd characters stay visible and inert.
//! One type for the whole crate, as jiff does: finer types proved hard to compose.

use std::fmt;

use crate::core::time::TimeError;

/// The size limit on session input; larger input is refused before parsing.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;
/// The deepest JSON nesting accepted (serde_json's recursion limit).
pub const MAX_DEPTH: usize = 128;

/// One step of a path into the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// An object field.
    Field(String),
    /// An array index.
    Index(usize),
}

/// Where in the input a problem is: `entries[3].laps[7].time`. Empty means the whole input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldPath(Vec<Segment>);

impl FieldPath {
    /// The whole input.
    pub fn root() -> FieldPath {
        FieldPath(Vec::new())
    }

    /// This path, then a field.
    pub fn field(&self, name: &str) -> FieldPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Field(name.to_owned()));
        FieldPath(segments)
    }

    /// This path, then an index.
    pub fn index(&self, i: usize) -> FieldPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(i));
        FieldPath(segments)
    }

    /// True for the whole input.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// Builds a path from what `serde_path_to_error` tracked while deserialising.
    pub fn from_serde(path: &serde_path_to_error::Path) -> FieldPath {
        use serde_path_to_error::Segment as S;
        let segments = path
            .iter()
            .filter_map(|segment| match segment {
                S::Seq { index } => Some(Segment::Index(*index)),
                S::Map { key } => Some(Segment::Field(key.clone())),
                S::Enum { variant } => Some(Segment::Field(variant.clone())),
                S::Unknown => None,
            })
            .collect();
        FieldPath(segments)
    }
}

/// `entries[3].laps[7].time`. A key that is not a plain name (an unknown key from the input,
/// which may hold a line break or a bidi control) is shown quoted and escaped, `["\ntries"]`,
/// so a message stays one line and shows the input as it is.
impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = |name: &str| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if plain(name) && i == 0 => write!(f, "{name}")?,
                Segment::Field(name) if plain(name) => write!(f, ".{name}")?,
                Segment::Field(name) => write!(f, "[{name:?}]")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// What is wrong. Each variant is one message, pinned by a snapshot test.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Over [`MAX_INPUT_BYTES`].
    #[error("the input is {} MiB; the limit is {} MiB", mib(*.0), mib(MAX_INPUT_BYTES))]
    TooLarge(usize),
    /// Past [`MAX_INPUT_BYTES`] while it arrived, with no size declared beforehand (a chunked or
    /// compressed response): reading stopped at the limit, so the whole size is not known.
    #[error("the input is over the {} MiB limit", mib(MAX_INPUT_BYTES))]
    OverLimit,
    /// Nothing but white space.
    #[error("the input is empty")]
    Empty,
    /// Deeper than [`MAX_DEPTH`].
    #[error("the JSON nests deeper than {MAX_DEPTH} levels (line {line}, column {column})")]
    TooDeep { line: usize, column: usize },
    /// The JSON stops before it is complete.
    #[error("the JSON ends too early (line {line}, column {column})")]
    Truncated { line: usize, column: usize },
    /// Not JSON at all, or broken JSON.
    #[error("not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    /// Valid JSON of the wrong type at this place.
    #[error("{message} (line {line}, column {column})")]
    Type {
        message: String,
        line: usize,
        column: usize,
    },
    /// Of the wrong type at this place, in input that has no line numbers (a JavaScript object).
    #[error("{0}")]
    Shape(String),
    /// `format` is not `qualichart/1`.
    #[error("expected \"qualichart/1\", found {0:?}")]
    WrongFormat(String),
    /// A required field is absent.
    #[error("required field is missing")]
    Missing,
    /// A time that breaks the time rules.
    #[error(transparent)]
    Time(#[from] TimeError),
    /// `sectors` outside 1..=12.
    #[error("{0} is out of range (1 to 12 sectors)")]
    SectorCount(i64),
    /// A lap carries more sectors than the session declares.
    #[error("{given} sector times given; the session declares {declared}")]
    TooManySectors { given: usize, declared: u8 },
    /// A car number used twice.
    #[error("{number:?} is already used by entries[{first}]")]
    DuplicateNumber { number: String, first: usize },
    /// A class id listed twice in `classes`.
    #[error("class {id:?} is already listed at classes[{first}]")]
    DuplicateClass { id: String, first: usize },
    /// A manufacturer or team named twice in `manufacturers` or `teams`.
    #[error("{name:?} is already listed at {first}")]
    DuplicateName { name: String, first: String },
    /// A part id listed twice in `parts`, or twice in an entry's `part_bests`.
    #[error("part {id:?} is already listed at {first}")]
    DuplicatePart { id: String, first: String },
    /// A part id that `parts` does not list.
    #[error("part {id:?} is not one of the session's parts ({known})")]
    UnknownPart { id: String, known: String },
    /// A car number that is empty.
    #[error("a car number cannot be empty")]
    EmptyNumber,
    /// A driver index past the end of the entry's `drivers`.
    #[error("driver {index} does not exist (the entry lists {count} driver{})", plural(*count))]
    DriverIndex { index: i64, count: usize },
    /// A lap number below 1.
    #[error("{0} is not a lap number (laps count from 1)")]
    LapNumber(i64),
    /// Not `#rgb` or `#rrggbb`.
    #[error("{0:?} is not a colour (expected #rgb or #rrggbb)")]
    Colour(String),
    /// A status other than ok, dns, excluded.
    #[error("{0:?} is not a status (expected \"ok\", \"dns\" or \"excluded\")")]
    Status(String),
    /// A session `state` other than running, finished.
    #[error("{0:?} is not a session state (expected \"running\" or \"finished\")")]
    State(String),
    /// A pit mark other than in, out.
    #[error("{0:?} is not a pit mark (expected \"in\" or \"out\")")]
    Pit(String),
    /// A track length that is not a positive number.
    #[error("{0} is not a track length (expected kilometres above zero)")]
    TrackLength(f64),
    /// More `entries` than [`crate::core::limits::Limits::entries`].
    #[error("{count} entries; a session may have at most {limit}")]
    TooManyEntries { count: usize, limit: usize },
    /// A class past [`crate::core::limits::Limits::classes`], listed or used by an entry.
    #[error("class {id:?} would be class {}; a session may have at most {limit}", limit.saturating_add(1))]
    TooManyClasses { id: String, limit: usize },
    /// More `parts` than [`crate::core::limits::Limits::parts`].
    #[error("{count} parts; a session may have at most {limit}")]
    TooManyParts { count: usize, limit: usize },
    /// More `records` than [`crate::core::limits::Limits::records`].
    #[error("{count} records; a session may have at most {limit}")]
    TooManyRecords { count: usize, limit: usize },
    /// More `manufacturers` than [`crate::core::limits::Limits::manufacturers`].
    #[error("{count} manufacturers; a session may have at most {limit}")]
    TooManyManufacturers { count: usize, limit: usize },
    /// More `teams` than [`crate::core::limits::Limits::teams`].
    #[error("{count} teams; a session may have at most {limit}")]
    TooManyTeams { count: usize, limit: usize },
    /// More `drivers` in an entry than [`crate::core::limits::Limits::drivers`].
    #[error("{count} drivers; a car may have at most {limit}")]
    TooManyDrivers { count: usize, limit: usize },
    /// More `laps` in an entry than [`crate::core::limits::Limits::laps`].
    #[error("{count} laps; a car may have at most {limit}")]
    TooManyLaps { count: usize, limit: usize },
    /// A text longer than [`crate::core::limits::Limits::text`] characters.
    #[error("{count} characters; a text may have at most {limit}")]
    TextTooLong { count: usize, limit: usize },
}

fn mib(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

/// A problem with the input: where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// Where in the input; the root for problems with the whole input.
    pub at: FieldPath,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl Error {
    /// An error at `at`.
    pub fn new(at: FieldPath, kind: impl Into<ErrorKind>) -> Error {
        Error {
            at,
            kind: kind.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_root() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.at, self.kind)
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_print_like_the_contract() {
        let p = FieldPath::root()
            .field("entries")
            .index(3)
            .field("laps")
            .index(7)
            .field("time");
        assert_eq!(p.to_string(), "entries[3].laps[7].time");
        assert_eq!(FieldPath::root().to_string(), "");
        // Keys from the input that are not plain names: quoted, escaped, still one line
        // (the fuzzer found a key holding a line break).
        let odd = FieldPath::root()
            .field("\ntries")
            .index(0)
            .field("a b\u{202e}");
        assert_eq!(odd.to_string(), "[\"\\ntries\"][0][\"a b\\u{202e}\"]");
    }

    #[test]
    fn errors_are_one_line_with_the_place_first() {
        let at = FieldPath::root()
            .field("entries")
            .index(3)
            .field("laps")
            .index(7)
            .field("time");
        let e = Error::new(at, TimeError::NotATime("1:6x.000".into()));
        assert_eq!(
            e.to_string(),
            "entries[3].laps[7].time: \"1:6x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"
        );
        let whole = Error::new(FieldPath::root(), ErrorKind::TooLarge(50 * 1024 * 1024));
        assert_eq!(
            whole.to_string(),
            "the input is 50 MiB; the limit is 32 MiB"
        );
        assert_eq!(
            ErrorKind::OverLimit.to_string(),
            "the input is over the 32 MiB limit"
        );
        let one = ErrorKind::DriverIndex { index: 1, count: 1 };
        assert_eq!(
            one.to_string(),
            "driver 1 does not exist (the entry lists 1 driver)"
        );
    }
}
