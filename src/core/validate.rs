//! Input to model: the size and depth guards, JSON decoding, and every semantic check.
//!
//! [`parse`] is the only way into a [`Session`] and the only producer of [`Error`]. It refuses
//! oversized input before reading it, refuses deep nesting with a byte scan before serde
//! recurses, takes type errors (with their path) from `serde_path_to_error`, and builds the
//! same kind of path by hand for the rules a type cannot express.

use std::collections::{HashMap, HashSet};

use crate::core::colour;
use crate::core::error::{Error, ErrorKind, FieldPath, MAX_DEPTH, MAX_INPUT_BYTES};
use crate::core::limits::Limits;
use crate::core::session::{
    Class, Driver, Entry, Group, Lap, Lookup, Part, PartBest, Pit, Record, Session, SessionState,
    SheetBest, Status, Track,
};
use crate::core::time::{self, Elapsed, LapTime, Parsed, Precision, TimeError};
use crate::core::wire::{self, RawTime};

/// The `format` value this version reads.
pub const FORMAT: &str = "qualichart/1";
/// Sectors per lap when the session does not say.
pub const DEFAULT_SECTORS: u8 = 3;
/// The most sectors a session may declare.
pub const MAX_SECTORS: i64 = 12;

/// Parses and validates session JSON.
///
/// ```
/// let s = qualichart::core::parse(br#"{"format": "qualichart/1", "entries": [
///     {"number": "31", "laps": [{"time": "1:32.656"}]}]}"#).unwrap();
/// assert_eq!(s.entries[0].laps[0].time.unwrap().as_ticks(), 926_560);
/// let e = qualichart::core::parse(br#"{"format": "qualichart/2", "entries": []}"#).unwrap_err();
/// assert_eq!(e.to_string(), r#"format: expected "qualichart/1", found "qualichart/2""#);
/// ```
pub fn parse(input: &[u8]) -> Result<Session, Error> {
    parse_with(input, &Limits::DEFAULT)
}

/// [`parse`] with other [`Limits`]: for the complexity bench, which measures the work per entry
/// far past the limits. Everything else parses with [`parse`].
pub fn parse_with(input: &[u8], limits: &Limits) -> Result<Session, Error> {
    check_input(input)?;
    validate_with(decode(input)?, limits)
}

/// The guards that come before any parsing: size, emptiness, nesting depth.
///
/// `parse` runs them; so does the browser, before it hands the text to `JSON.parse` and
/// [`from_deserializer`] (the widget does not carry serde_json, to stay small).
pub fn check_input(input: &[u8]) -> Result<(), Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            FieldPath::root(),
            ErrorKind::TooLarge(input.len()),
        ));
    }
    if input.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::new(FieldPath::root(), ErrorKind::Empty));
    }
    check_depth(input)
}

/// Reads and validates a session from any serde deserializer (the browser's `JSON.parse`
/// result through serde-wasm-bindgen), with the same messages and places as [`parse`];
/// type errors carry no line and column, as the value has none.
pub fn from_deserializer<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Session, Error>
where
    D::Error: std::fmt::Display,
{
    let wire::Obj(wire) = serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let at = FieldPath::from_serde(e.path());
        Error::new(
            at,
            ErrorKind::Shape(in_json_words(&e.into_inner().to_string())),
        )
    })?;
    validate(wire)
}

/// Decodes the JSON; only when that fails, decodes again tracking the path, to say where.
///
/// Tracking every field costs more than the decoding itself, and errors are rare.
fn decode(input: &[u8]) -> Result<wire::Session, Error> {
    match serde_json::from_slice::<wire::Obj<wire::Session>>(input) {
        Ok(wire::Obj(session)) => Ok(session),
        Err(untracked) => {
            let mut de = serde_json::Deserializer::from_slice(input);
            let tracked = serde_path_to_error::deserialize::<_, wire::Obj<wire::Session>>(&mut de);
            Err(match tracked {
                Err(e) => json_error(FieldPath::from_serde(e.path()), e.into_inner()),
                // Decoded this time: the first error was after the value (trailing text).
                Ok(_) => json_error(FieldPath::root(), untracked),
            })
        }
    }
}

/// A place in the input, built on the stack as validation descends; it becomes a [`FieldPath`]
/// only when there is an error to report, so valid input allocates no paths.
#[derive(Clone, Copy)]
struct Loc<'a> {
    parent: Option<&'a Loc<'a>>,
    step: Step,
}

#[derive(Clone, Copy)]
enum Step {
    Root,
    Field(&'static str),
    Index(usize),
}

impl<'a> Loc<'a> {
    const ROOT: Loc<'static> = Loc {
        parent: None,
        step: Step::Root,
    };

    fn field(&'a self, name: &'static str) -> Loc<'a> {
        Loc {
            parent: Some(self),
            step: Step::Field(name),
        }
    }

    fn index(&'a self, i: usize) -> Loc<'a> {
        Loc {
            parent: Some(self),
            step: Step::Index(i),
        }
    }

    fn path(&self) -> FieldPath {
        let parent = self.parent.map_or_else(FieldPath::root, Loc::path);
        match self.step {
            Step::Root => parent,
            Step::Field(name) => parent.field(name),
            Step::Index(i) => parent.index(i),
        }
    }

    fn error(&self, kind: impl Into<ErrorKind>) -> Error {
        Error::new(self.path(), kind)
    }
}

/// Refuses nesting deeper than [`MAX_DEPTH`] with a linear scan, before any recursion.
fn check_depth(input: &[u8]) -> Result<(), Error> {
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &byte in input {
        column += 1;
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Error::new(
                        FieldPath::root(),
                        ErrorKind::TooDeep { line, column },
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                column = 0;
            }
            _ => {}
        }
    }
    Ok(())
}

/// serde_json's message without its trailing " at line L column C": callers that keep the
/// position keep it as numbers, and place it themselves.
pub fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

/// serde_json's error as ours: the category picks the message, the position goes last.
fn json_error(at: FieldPath, e: serde_json::Error) -> Error {
    let (line, column) = (e.line(), e.column());
    let message = in_json_words(&json_message(&e));
    let kind = match e.classify() {
        serde_json::error::Category::Eof => ErrorKind::Truncated { line, column },
        serde_json::error::Category::Data => ErrorKind::Type {
            message,
            line,
            column,
        },
        serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
            ErrorKind::Syntax {
                message,
                line,
                column,
            }
        }
    };
    Error::new(at, kind)
}

/// serde's wording in JSON's words: `invalid type: map, expected a sequence` becomes
/// `expected an array, found an object`, and `i64` becomes `a whole number`.
fn in_json_words(message: &str) -> String {
    let parts = ["invalid type: ", "invalid value: "]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(|rest| rest.rsplit_once(", expected "));
    let Some((found, expected)) = parts else {
        return message.to_owned();
    };
    let expected = match expected {
        "a sequence" => "an array",
        "a map" => "an object",
        "i64" | "u64" | "i32" | "u32" => "a whole number",
        "f64" | "f32" => "a number",
        other => other,
    };
    let found = match found {
        "sequence" => "an array".to_owned(),
        "map" => "an object".to_owned(),
        "unit value" | "null" => "null".to_owned(),
        other => match other.split_once(" `") {
            Some(("integer" | "floating point", value)) => {
                format!("the number {}", value.trim_end_matches('`'))
            }
            Some(("boolean", value)) => value.trim_end_matches('`').to_owned(),
            _ => format!("the {other}"),
        },
    };
    format!("expected {expected}, found {found}")
}

/// Checks a decoded session against every rule of the contract and builds the model.
pub fn validate(wire: wire::Session) -> Result<Session, Error> {
    validate_with(wire, &Limits::DEFAULT)
}

/// [`validate`] with other [`Limits`] (see [`parse_with`]).
pub fn validate_with(mut wire: wire::Session, limits: &Limits) -> Result<Session, Error> {
    // Text first (`core::text`): every rule below, unique car numbers included, sees the text
    // the model will hold.
    crate::core::text::clean_session(&mut wire);
    let root = Loc::ROOT;
    match wire.format.as_deref() {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(root
                .field("format")
                .error(ErrorKind::WrongFormat(other.into())))
        }
        None => return Err(root.field("format").error(ErrorKind::Missing)),
    }
    within_limits(&wire, limits)?;
    let Some(wire_entries) = wire.entries else {
        return Err(root.field("entries").error(ErrorKind::Missing));
    };
    let state = session_state(wire.state, &root.field("state"))?;
    let sectors = match wire.sectors {
        None => DEFAULT_SECTORS,
        Some(n) if (1..=MAX_SECTORS).contains(&n) => n as u8,
        Some(n) => return Err(root.field("sectors").error(ErrorKind::SectorCount(n))),
    };
    let mut times = TimeParser {
        precision: Precision::MILLIS,
    };
    let track = wire
        .track
        .map(|t| track(t.0, &root.field("track")))
        .transpose()?;
    let listed = classes(wire.classes.unwrap_or_default(), &root.field("classes"))?;
    let parts = parts(wire.parts.unwrap_or_default(), &root.field("parts"))?;
    let rules = Rules {
        sectors,
        parts: &parts,
    };
    let records = wire
        .records
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, r)| record(r.0, &root.field("records").index(i), &mut times))
        .collect::<Result<Vec<_>, _>>()?;
    let mut entries = Vec::with_capacity(wire_entries.len());
    let mut numbers: HashMap<String, usize> = HashMap::with_capacity(wire_entries.len());
    // Which cars give a colour of their own: a manufacturer or team not listed takes its
    // first such car's.
    let mut given = Vec::with_capacity(wire_entries.len());
    for (i, e) in wire_entries.into_iter().enumerate() {
        let list = root.field("entries");
        let at = list.index(i);
        given.push(e.0.color.is_some());
        let entry = entry(e.0, i, &at, &rules, &mut times)?;
        if let Some(&first) = numbers.get(&entry.number) {
            let kind = ErrorKind::DuplicateNumber {
                number: entry.number,
                first,
            };
            return Err(at.field("number").error(kind));
        }
        numbers.insert(entry.number.clone(), i);
        entries.push(entry);
    }
    let (classes, class_ids, entry_class) = with_unlisted(listed, &entries);
    let makers = wire.manufacturers.unwrap_or_default();
    let (manufacturers, entry_manufacturer) =
        with_named(makers, "manufacturers", &entries, &given, |e| {
            e.manufacturer.as_deref()
        })?;
    let teams = wire.teams.unwrap_or_default();
    let (teams, entry_team) = with_named(teams, "teams", &entries, &given, |e| e.team.as_deref())?;
    let lookup = Lookup {
        classes: class_ids,
        numbers,
        entry_class,
        entry_manufacturer,
        entry_team,
    };
    Ok(Session {
        series: wire.series,
        event: wire.event,
        session: wire.session,
        date: wire.date,
        title: wire.title,
        source: wire.source,
        byline: wire.byline,
        state,
        track,
        sectors,
        precision: times.precision,
        classes,
        records,
        manufacturers,
        teams,
        parts,
        entries,
        moment: None,
        lookup,
    })
}

/// A time as the input wrote it, for messages: text quoted, numbers as they are.
fn as_written(raw: &RawTime) -> String {
    match raw {
        RawTime::Text(text) => format!("{text:?}"),
        RawTime::Seconds(seconds) => seconds.to_string(),
    }
}

/// What every entry is checked against: the declared sector count and the knockout parts.
struct Rules<'a> {
    sectors: u8,
    parts: &'a [Part],
}

impl Rules<'_> {
    /// The index of part `id`, or the error naming the parts there are.
    fn part(&self, id: &str, at: &Loc<'_>) -> Result<usize, Error> {
        self.parts.iter().position(|p| p.id == id).ok_or_else(|| {
            let known: Vec<String> = self.parts.iter().map(|p| format!("{:?}", p.id)).collect();
            let known = if known.is_empty() {
                "it lists none".to_owned()
            } else {
                known.join(", ")
            };
            at.error(ErrorKind::UnknownPart {
                id: id.to_owned(),
                known,
            })
        })
    }
}

/// Parses times and remembers the finest precision seen, which the whole session displays.
struct TimeParser {
    precision: Precision,
}

impl TimeParser {
    /// Parses `raw` and remembers its precision.
    fn parsed(&mut self, raw: &RawTime) -> Result<Parsed, TimeError> {
        let parsed = match raw {
            RawTime::Text(text) => time::parse_text(text)?,
            RawTime::Seconds(seconds) => time::from_seconds(*seconds)?,
        };
        self.precision = self.precision.max(parsed.precision);
        Ok(parsed)
    }

    fn lap_time(&mut self, raw: &RawTime, at: &Loc<'_>) -> Result<LapTime, Error> {
        self.parsed(raw)
            .and_then(|parsed| LapTime::check(parsed, || as_written(raw)))
            .map_err(|e| at.error(e))
    }

    fn elapsed(&mut self, raw: &RawTime, at: &Loc<'_>) -> Result<Elapsed, Error> {
        self.parsed(raw)
            .and_then(|parsed| Elapsed::check(parsed, || as_written(raw)))
            .map_err(|e| at.error(e))
    }

    fn sectors(
        &mut self,
        raw: Option<Vec<Option<RawTime>>>,
        at: &Loc<'_>,
        declared: u8,
    ) -> Result<Vec<Option<LapTime>>, Error> {
        let raw = raw.unwrap_or_default();
        if raw.len() > usize::from(declared) {
            let kind = ErrorKind::TooManySectors {
                given: raw.len(),
                declared,
            };
            return Err(at.error(kind));
        }
        raw.iter()
            .enumerate()
            .map(|(k, s)| {
                s.as_ref()
                    .map(|s| self.lap_time(s, &at.index(k)))
                    .transpose()
            })
            .collect()
    }
}

fn track(t: wire::Track, at: &Loc<'_>) -> Result<Track, Error> {
    if let Some(km) = t.length_km {
        if !(km.is_finite() && km > 0.0) {
            return Err(at.field("length_km").error(ErrorKind::TrackLength(km)));
        }
    }
    Ok(Track {
        name: t.name,
        length_km: t.length_km,
    })
}

fn classes(listed: Vec<wire::Obj<wire::Class>>, at: &Loc<'_>) -> Result<Vec<Class>, Error> {
    let mut out: Vec<Class> = Vec::with_capacity(listed.len());
    // Where each id was first listed: a scan of `out` per class would be quadratic.
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(listed.len());
    for (i, wire::Obj(c)) in listed.into_iter().enumerate() {
        let at = at.index(i);
        let Some(id) = c.id else {
            return Err(at.field("id").error(ErrorKind::Missing));
        };
        if let Some(&first) = seen.get(&id) {
            return Err(at
                .field("id")
                .error(ErrorKind::DuplicateClass { id, first }));
        }
        seen.insert(id.clone(), i);
        let color = colour_or(c.color, &at.field("color"), &id)?;
        let name = c.name.unwrap_or_else(|| id.clone());
        out.push(Class { id, name, color });
    }
    Ok(out)
}

fn parts(listed: Vec<wire::Obj<wire::Part>>, at: &Loc<'_>) -> Result<Vec<Part>, Error> {
    let mut out: Vec<Part> = Vec::with_capacity(listed.len());
    for (i, wire::Obj(p)) in listed.into_iter().enumerate() {
        let at = at.index(i);
        let Some(id) = p.id else {
            return Err(at.field("id").error(ErrorKind::Missing));
        };
        if let Some(first) = out.iter().position(|o| o.id == id) {
            let first = format!("parts[{first}]");
            return Err(at.field("id").error(ErrorKind::DuplicatePart { id, first }));
        }
        let name = p.name.unwrap_or_else(|| id.clone());
        out.push(Part { id, name });
    }
    Ok(out)
}

/// The listed classes, then the ones entries use without listing, in order of first use; with
/// each class's index by id, and each entry's class index (the session's look-ups).
fn with_unlisted(
    mut classes: Vec<Class>,
    entries: &[Entry],
) -> (Vec<Class>, HashMap<String, usize>, Vec<usize>) {
    // The ids known so far: a scan of `classes` per entry would be quadratic. Sized for every
    // entry having a class of its own, so it never grows (a growing table allocates anew,
    // and with the allocations freed while decoding, that costs more than the look-ups).
    let mut known: HashMap<String, usize> = HashMap::with_capacity(classes.len() + entries.len());
    known.extend(classes.iter().enumerate().map(|(i, c)| (c.id.clone(), i)));
    let mut entry_class = Vec::with_capacity(entries.len());
    for entry in entries {
        let index = match known.get(&entry.class) {
            Some(&index) => index,
            None => {
                let id = entry.class.clone();
                known.insert(id.clone(), classes.len());
                classes.push(Class {
                    name: id.clone(),
                    color: colour::derive(&id),
                    id,
                });
                classes.len() - 1
            }
        };
        entry_class.push(index);
    }
    (classes, known, entry_class)
}

/// The manufacturers (or the teams: `list` names the field, `name_of` reads an entry's) of a
/// session: the listed ones, each name once, then those entries name (an empty name is none)
/// without listing, in order of first use. Each has its colour: the listed one (checked and
/// made legible, [`colour::legible`]), else the first given `color` of its cars (`given`, by
/// entry), else one derived from its name and kept apart from the others
/// ([`colour::Apart`]). With each entry's index into them. Linear in groups and entries. The
/// listed items have the shape of a class; their `id` is not read.
fn with_named(
    listed: Vec<wire::Obj<wire::Class>>,
    list: &'static str,
    entries: &[Entry],
    given: &[bool],
    name_of: fn(&Entry) -> Option<&str>,
) -> Result<(Vec<Group>, Vec<Option<usize>>), Error> {
    let root = Loc::ROOT;
    let list_at = root.field(list);
    // Each name's index: a scan per name or per car would be quadratic.
    let mut index: HashMap<String, usize> = HashMap::with_capacity(listed.len() + entries.len());
    let mut named: Vec<(String, Option<String>)> = Vec::with_capacity(listed.len());
    for (i, wire::Obj(g)) in listed.into_iter().enumerate() {
        let at = list_at.index(i);
        let Some(name) = g.name else {
            return Err(at.field("name").error(ErrorKind::Missing));
        };
        if let Some(&first) = index.get(&name) {
            let first = format!("{list}[{first}]");
            return Err(at
                .field("name")
                .error(ErrorKind::DuplicateName { name, first }));
        }
        let color = match g.color {
            Some(text) => Some(checked_colour(text, &at.field("color"))?),
            None => None,
        };
        index.insert(name.clone(), i);
        named.push((name, color));
    }
    let mut of_entry = Vec::with_capacity(entries.len());
    for (entry, &given) in entries.iter().zip(given) {
        let mut slot = None;
        if let Some(name) = name_of(entry).filter(|name| !name.is_empty()) {
            let i = match index.get(name) {
                Some(&i) => i,
                None => {
                    index.insert(name.to_owned(), named.len());
                    named.push((name.to_owned(), None));
                    named.len() - 1
                }
            };
            if given && named[i].1.is_none() {
                named[i].1 = Some(entry.color.clone());
            }
            slot = Some(i);
        }
        of_entry.push(slot);
    }
    let mut apart = colour::Apart::default();
    for (_, colour) in &named {
        if let Some(colour) = colour {
            apart.take(colour);
        }
    }
    let groups = named
        .into_iter()
        .map(|(name, color)| Group {
            color: color.unwrap_or_else(|| apart.derive(&name)),
            name,
        })
        .collect();
    Ok((groups, of_entry))
}

/// A given colour, checked, normalised and made legible on both themes
/// ([`colour::legible`]), or one derived from `key` (the palette is legible already).
fn colour_or(given: Option<String>, at: &Loc<'_>, key: &str) -> Result<String, Error> {
    match given {
        Some(text) => checked_colour(text, at),
        None => Ok(colour::derive(key)),
    }
}

/// A given colour, checked, normalised and made legible on both themes.
fn checked_colour(text: String, at: &Loc<'_>) -> Result<String, Error> {
    colour::legible(&text).ok_or_else(|| at.error(ErrorKind::Colour(text)))
}

fn record(r: wire::Record, at: &Loc<'_>, times: &mut TimeParser) -> Result<Record, Error> {
    let Some(raw) = r.time else {
        return Err(at.field("time").error(ErrorKind::Missing));
    };
    Ok(Record {
        class: r.class,
        time: times.lap_time(&raw, &at.field("time"))?,
        label: r.label.unwrap_or_else(|| "Record".to_owned()),
        driver: r.driver,
        car: r.car,
        year: r.year,
    })
}

fn entry(
    e: wire::Entry,
    index: usize,
    at: &Loc<'_>,
    rules: &Rules<'_>,
    times: &mut TimeParser,
) -> Result<Entry, Error> {
    let number = match e.number {
        Some(wire::CarNumber(n)) if n.is_empty() => {
            return Err(at.field("number").error(ErrorKind::EmptyNumber))
        }
        Some(wire::CarNumber(n)) => n,
        None => return Err(at.field("number").error(ErrorKind::Missing)),
    };
    let drivers = e
        .drivers
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(j, wire::Obj(d))| match d.name {
            Some(name) => Ok(Driver {
                name,
                short: d.short,
                country: d.country,
            }),
            None => Err(at
                .field("drivers")
                .index(j)
                .field("name")
                .error(ErrorKind::Missing)),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let status = match e.status.as_deref() {
        None | Some("ok") => Status::Ok,
        Some("dns") => Status::Dns,
        Some("excluded") => Status::Excluded,
        Some(other) => return Err(at.field("status").error(ErrorKind::Status(other.into()))),
    };
    let colour_key = e
        .manufacturer
        .as_deref()
        .or(e.team.as_deref())
        .unwrap_or(&number)
        .to_owned();
    let color = colour_or(e.color, &at.field("color"), &colour_key)?;
    let laps = e
        .laps
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(j, l)| {
            lap(
                l.0,
                j,
                &at.field("laps").index(j),
                drivers.len(),
                rules,
                times,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let best = match e.best {
        Some(b) => sheet_best(b.0, &at.field("best"), drivers.len(), rules.sectors, times)?,
        None => None,
    };
    let mut part_bests: Vec<PartBest> = Vec::new();
    let list = at.field("part_bests");
    for (k, wire::Obj(b)) in e.part_bests.unwrap_or_default().into_iter().enumerate() {
        let at = list.index(k);
        let Some(id) = b.part.clone() else {
            return Err(at.field("part").error(ErrorKind::Missing));
        };
        let part = rules.part(&id, &at.field("part"))?;
        if let Some(first) = part_bests.iter().position(|p| p.part == part) {
            let first = format!("part_bests[{first}]");
            return Err(at
                .field("part")
                .error(ErrorKind::DuplicatePart { id, first }));
        }
        let best = sheet_best(b, &at, drivers.len(), rules.sectors, times)?;
        part_bests.push(PartBest { part, best });
    }
    Ok(Entry {
        index,
        number,
        class: e.class.unwrap_or_default(),
        team: e.team,
        car: e.car,
        manufacturer: e.manufacturer,
        color,
        drivers,
        status,
        note: e.note,
        laps,
        sheet_best: best,
        part_bests,
    })
}

fn lap(
    l: wire::Lap,
    j: usize,
    at: &Loc<'_>,
    drivers: usize,
    rules: &Rules<'_>,
    times: &mut TimeParser,
) -> Result<Lap, Error> {
    let number = match l.lap {
        Some(n) => lap_number(n, &at.field("lap"))?,
        None => u32::try_from(j + 1).unwrap_or(u32::MAX),
    };
    Ok(Lap {
        number,
        driver: l
            .driver
            .map(|d| driver_index(d, drivers, &at.field("driver")))
            .transpose()?,
        time: l
            .time
            .map(|t| times.lap_time(&t, &at.field("time")))
            .transpose()?,
        sectors: times.sectors(l.sectors, &at.field("sectors"), rules.sectors)?,
        valid: l.valid.unwrap_or(true),
        pit: match l.pit.as_deref() {
            None => None,
            Some("in") => Some(Pit::In),
            Some("out") => Some(Pit::Out),
            Some(other) => return Err(at.field("pit").error(ErrorKind::Pit(other.into()))),
        },
        at: l
            .at
            .map(|t| times.elapsed(&t, &at.field("at")))
            .transpose()?,
        part: l
            .part
            .map(|id| rules.part(&id, &at.field("part")))
            .transpose()?,
        flag: l.flag,
    })
}

fn sheet_best(
    b: wire::Best,
    at: &Loc<'_>,
    drivers: usize,
    sectors: u8,
    times: &mut TimeParser,
) -> Result<Option<SheetBest>, Error> {
    let lap = b.lap.map(|n| lap_number(n, &at.field("lap"))).transpose()?;
    let driver = b
        .driver
        .map(|d| driver_index(d, drivers, &at.field("driver")))
        .transpose()?;
    let sector_times = times.sectors(b.sectors, &at.field("sectors"), sectors)?;
    let best_at =
        b.at.map(|t| times.elapsed(&t, &at.field("at")))
            .transpose()?;
    let Some(raw) = b.time else {
        return Ok(None);
    };
    let time = times.lap_time(&raw, &at.field("time"))?;
    Ok(Some(SheetBest {
        time,
        sectors: sector_times,
        lap,
        driver,
        at: best_at,
    }))
}

/// The top-level `state` (a project extension): absent is no statement, a word it does not
/// know is an error like a wrong `status`.
fn session_state(word: Option<String>, at: &Loc<'_>) -> Result<Option<SessionState>, Error> {
    let Some(word) = word else { return Ok(None) };
    match SessionState::ALL.into_iter().find(|s| s.word() == word) {
        Some(state) => Ok(Some(state)),
        None => Err(at.error(ErrorKind::State(word))),
    }
}

fn lap_number(n: i64, at: &Loc<'_>) -> Result<u32, Error> {
    match u32::try_from(n) {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(at.error(ErrorKind::LapNumber(n))),
    }
}

fn driver_index(index: i64, count: usize, at: &Loc<'_>) -> Result<usize, Error> {
    match usize::try_from(index) {
        Ok(i) if i < count => Ok(i),
        _ => Err(at.error(ErrorKind::DriverIndex { index, count })),
    }
}

/// Refuses a session over any of the [`Limits`], before any other rule reads it: the counts
/// (entries, parts, records, classes, then each entry's drivers and laps), then every text.
/// One pass over the decoded input, so the check costs about what decoding it did.
fn within_limits(wire: &wire::Session, limits: &Limits) -> Result<(), Error> {
    let root = Loc::ROOT;
    let entries = wire.entries.as_deref().unwrap_or_default();
    type Over = fn(usize, usize) -> ErrorKind;
    let lists: [(usize, usize, &'static str, Over); 5] = [
        (entries.len(), limits.entries, "entries", |count, limit| {
            ErrorKind::TooManyEntries { count, limit }
        }),
        (len(&wire.parts), limits.parts, "parts", |count, limit| {
            ErrorKind::TooManyParts { count, limit }
        }),
        (
            len(&wire.records),
            limits.records,
            "records",
            |count, limit| ErrorKind::TooManyRecords { count, limit },
        ),
        (
            len(&wire.manufacturers),
            limits.manufacturers,
            "manufacturers",
            |count, limit| ErrorKind::TooManyManufacturers { count, limit },
        ),
        (len(&wire.teams), limits.teams, "teams", |count, limit| {
            ErrorKind::TooManyTeams { count, limit }
        }),
    ];
    for (count, limit, field, over) in lists {
        if count > limit {
            return Err(root.field(field).error(over(count, limit)));
        }
    }
    // Classes as `validate` will list them: the listed ones, then those entries use.
    let listed = wire.classes.as_ref().map_or(0, Vec::len);
    let mut classes: HashSet<&str> = HashSet::with_capacity(listed + entries.len());
    let list = root.field("classes");
    for (i, wire::Obj(class)) in wire.classes.iter().flatten().enumerate() {
        if let Some(id) = class.id.as_deref() {
            one_more_class(&mut classes, id, list.index(i).field("id"), limits.classes)?;
        }
    }
    let list = root.field("entries");
    for (i, wire::Obj(entry)) in entries.iter().enumerate() {
        let at = list.index(i);
        let id = entry.class.as_deref().unwrap_or_default();
        one_more_class(&mut classes, id, at.field("class"), limits.classes)?;
        let drivers = len(&entry.drivers);
        if drivers > limits.drivers {
            let kind = ErrorKind::TooManyDrivers {
                count: drivers,
                limit: limits.drivers,
            };
            return Err(at.field("drivers").error(kind));
        }
        let laps = len(&entry.laps);
        if laps > limits.laps {
            let kind = ErrorKind::TooManyLaps {
                count: laps,
                limit: limits.laps,
            };
            return Err(at.field("laps").error(kind));
        }
    }
    texts(wire, &Texts(limits.text))
}

/// The length of an optional list; 0 when absent.
fn len<T>(list: &Option<Vec<T>>) -> usize {
    list.as_ref().map_or(0, Vec::len)
}

/// Counts class `id` (once) among `classes`; an error when that makes more than `limit`.
fn one_more_class<'a>(
    classes: &mut HashSet<&'a str>,
    id: &'a str,
    at: Loc<'_>,
    limit: usize,
) -> Result<(), Error> {
    if classes.insert(id) && classes.len() > limit {
        let id = id.to_owned();
        return Err(at.error(ErrorKind::TooManyClasses { id, limit }));
    }
    Ok(())
}

/// The text limit, checked on every string of the input, time texts included.
struct Texts(usize);

impl Texts {
    fn check(&self, text: Option<&str>, at: Loc<'_>) -> Result<(), Error> {
        let limit = self.0;
        // Bytes first: a text of no more bytes than the limit has no more characters.
        match text {
            Some(text) if text.len() > limit && text.chars().count() > limit => {
                let count = text.chars().count();
                Err(at.error(ErrorKind::TextTooLong { count, limit }))
            }
            _ => Ok(()),
        }
    }

    fn time(&self, time: Option<&RawTime>, at: Loc<'_>) -> Result<(), Error> {
        match time {
            Some(RawTime::Text(text)) => self.check(Some(text), at),
            _ => Ok(()),
        }
    }

    fn sectors(&self, sectors: Option<&Vec<Option<RawTime>>>, at: Loc<'_>) -> Result<(), Error> {
        for (k, time) in sectors.into_iter().flatten().enumerate() {
            self.time(time.as_ref(), at.index(k))?;
        }
        Ok(())
    }

    fn best(&self, best: &wire::Best, at: &Loc<'_>) -> Result<(), Error> {
        self.time(best.time.as_ref(), at.field("time"))?;
        self.sectors(best.sectors.as_ref(), at.field("sectors"))?;
        self.time(best.at.as_ref(), at.field("at"))?;
        self.check(best.part.as_deref(), at.field("part"))
    }
}

/// Every text of the session within the limit, in the order of the format's fields.
fn texts(wire: &wire::Session, texts: &Texts) -> Result<(), Error> {
    let root = Loc::ROOT;
    for (value, field) in [
        (&wire.series, "series"),
        (&wire.event, "event"),
        (&wire.session, "session"),
        (&wire.date, "date"),
        (&wire.title, "title"),
        (&wire.source, "source"),
        (&wire.byline, "byline"),
    ] {
        texts.check(value.as_deref(), root.field(field))?;
    }
    if let Some(wire::Obj(track)) = &wire.track {
        texts.check(track.name.as_deref(), root.field("track").field("name"))?;
    }
    // Manufacturers and teams have the shape of a class.
    for (list, field) in [
        (&wire.classes, "classes"),
        (&wire.manufacturers, "manufacturers"),
        (&wire.teams, "teams"),
    ] {
        let list_at = root.field(field);
        for (i, wire::Obj(c)) in list.iter().flatten().enumerate() {
            let at = list_at.index(i);
            texts.check(c.id.as_deref(), at.field("id"))?;
            texts.check(c.name.as_deref(), at.field("name"))?;
            texts.check(c.color.as_deref(), at.field("color"))?;
        }
    }
    let list = root.field("records");
    for (i, wire::Obj(r)) in wire.records.iter().flatten().enumerate() {
        let at = list.index(i);
        texts.check(r.class.as_deref(), at.field("class"))?;
        texts.time(r.time.as_ref(), at.field("time"))?;
        texts.check(r.label.as_deref(), at.field("label"))?;
        texts.check(r.driver.as_deref(), at.field("driver"))?;
        texts.check(r.car.as_deref(), at.field("car"))?;
    }
    let list = root.field("parts");
    for (i, wire::Obj(p)) in wire.parts.iter().flatten().enumerate() {
        let at = list.index(i);
        texts.check(p.id.as_deref(), at.field("id"))?;
        texts.check(p.name.as_deref(), at.field("name"))?;
    }
    let list = root.field("entries");
    for (i, wire::Obj(e)) in wire.entries.iter().flatten().enumerate() {
        let at = list.index(i);
        let number = e.number.as_ref().map(|n| n.0.as_str());
        texts.check(number, at.field("number"))?;
        for (value, field) in [
            (&e.class, "class"),
            (&e.team, "team"),
            (&e.car, "car"),
            (&e.manufacturer, "manufacturer"),
            (&e.color, "color"),
            (&e.status, "status"),
            (&e.note, "note"),
        ] {
            texts.check(value.as_deref(), at.field(field))?;
        }
        let drivers = at.field("drivers");
        for (j, wire::Obj(d)) in e.drivers.iter().flatten().enumerate() {
            let at = drivers.index(j);
            texts.check(d.name.as_deref(), at.field("name"))?;
            texts.check(d.short.as_deref(), at.field("short"))?;
            texts.check(d.country.as_deref(), at.field("country"))?;
        }
        let laps = at.field("laps");
        for (j, wire::Obj(l)) in e.laps.iter().flatten().enumerate() {
            let at = laps.index(j);
            texts.time(l.time.as_ref(), at.field("time"))?;
            texts.sectors(l.sectors.as_ref(), at.field("sectors"))?;
            texts.check(l.pit.as_deref(), at.field("pit"))?;
            texts.time(l.at.as_ref(), at.field("at"))?;
            texts.check(l.part.as_deref(), at.field("part"))?;
            texts.check(l.flag.as_deref(), at.field("flag"))?;
        }
        if let Some(wire::Obj(best)) = &e.best {
            texts.best(best, &at.field("best"))?;
        }
        let part_bests = at.field("part_bests");
        for (j, wire::Obj(b)) in e.part_bests.iter().flatten().enumerate() {
            texts.best(b, &part_bests.index(j))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error message for `json`, or "ok".
    fn check(json: &str) -> String {
        match parse(json.as_bytes()) {
            Ok(_) => "ok".to_owned(),
            Err(e) => e.to_string(),
        }
    }

    fn session(entries: &str) -> String {
        format!(r#"{{"format": "qualichart/1", "entries": [{entries}]}}"#)
    }

    #[test]
    fn messages_name_the_place_and_the_problem() {
        let cases = [
            (session(r#"{"number": "1"}"#), "ok"),
            (String::new(), "the input is empty"),
            ("nope".into(), "not valid JSON: expected ident (line 1, column 2)"),
            ("[]".into(), "expected a session object ({\"format\": \"qualichart/1\", \"entries\": [...]}), found an array (line 1, column 0)"),
            (session(r#"["31"]"#), "entries[0]: expected an entry object ({\"number\": \"31\", ...}), found an array (line 1, column 39)"),
            (r#"{"format": "qualichart/1""#.into(), "the JSON ends too early (line 1, column 25)"),
            (r#"{"format": "x", "entries": []}"#.into(), "format: expected \"qualichart/1\", found \"x\""),
            (r#"{"entries": []}"#.into(), "format: required field is missing"),
            (r#"{"format": "qualichart/1"}"#.into(), "entries: required field is missing"),
            (r#"{"format": "qualichart/1", "entries": [], "sectors": 0}"#.into(), "sectors: 0 is out of range (1 to 12 sectors)"),
            (session(r#"{"number": 31}"#), "entries[0].number: expected a car number as a string, such as \"31\" (\"01\" and \"1\" are different cars), found the number 31 (line 1, column 52)"),
            (session(r#"{"number": ""}"#), "entries[0].number: a car number cannot be empty"),
            (session(r#"{"number": "1"}, {"number": "1"}"#), "entries[1].number: \"1\" is already used by entries[0]"),
            (session(r#"{"number": "1", "laps": [{"time": "1:6x.000"}]}"#), "entries[0].laps[0].time: \"1:6x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            (session(r#"{"number": "1", "laps": [{"time": -92.5}]}"#), "entries[0].laps[0].time: -92.5 is negative"),
            (session(r#"{"number": "1", "laps": [{"time": 0}]}"#), "entries[0].laps[0].time: 0 is zero; a lap or sector time must be positive"),
            (session(r#"{"number": "1", "laps": [{"time": true}]}"#), "entries[0].laps[0].time: expected a time such as \"1:32.656\" or a number of seconds, found true (line 1, column 77)"),
            (session(r#"{"number": "1", "laps": [{"at": 0, "time": 90}]}"#), "ok"),
            (session(r#"{"number": "1", "laps": [{"driver": 0}]}"#), "entries[0].laps[0].driver: driver 0 does not exist (the entry lists 0 drivers)"),
            (session(r#"{"number": "1", "laps": [{"sectors": ["1.0", "2.0", "3.0", "4.0"]}]}"#), "entries[0].laps[0].sectors: 4 sector times given; the session declares 3"),
            (session(r#"{"number": "1", "laps": [{"sectors": [null, "2.x"]}]}"#), "entries[0].laps[0].sectors[1]: \"2.x\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            (session(r#"{"number": "1", "laps": [{"lap": 0}]}"#), "entries[0].laps[0].lap: 0 is not a lap number (laps count from 1)"),
            (session(r#"{"number": "1", "laps": [{"pit": "sideways"}]}"#), "entries[0].laps[0].pit: \"sideways\" is not a pit mark (expected \"in\" or \"out\")"),
            (session(r#"{"number": "1", "status": "retired"}"#), "entries[0].status: \"retired\" is not a status (expected \"ok\", \"dns\" or \"excluded\")"),
            (r#"{"format": "qualichart/1", "entries": [], "state": "over"}"#.into(), "state: \"over\" is not a session state (expected \"running\" or \"finished\")"),
            (r#"{"format": "qualichart/1", "entries": [], "state": "finished"}"#.into(), "ok"),
            (session(r#"{"number": "1", "color": "red"}"#), "entries[0].color: \"red\" is not a colour (expected #rgb or #rrggbb)"),
            (session(r#"{"number": "1", "drivers": [{"short": "DER"}]}"#), "entries[0].drivers[0].name: required field is missing"),
            (session(r#"{"number": "1", "best": {"time": "fast"}}"#), "entries[0].best.time: \"fast\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            (r#"{"format": "qualichart/1", "entries": [], "classes": [{"id": "A"}, {"id": "A"}]}"#.into(), "classes[1].id: class \"A\" is already listed at classes[0]"),
            (r#"{"format": "qualichart/1", "entries": [], "records": [{"label": "x"}]}"#.into(), "records[0].time: required field is missing"),
            (r#"{"format": "qualichart/1", "entries": [], "track": {"length_km": -5}}"#.into(), "track.length_km: -5 is not a track length (expected kilometres above zero)"),
            (r#"{"format": "qualichart/1", "entries": {}}"#.into(), "entries: expected an array, found an object (line 1, column 38)"),
            (session(r#"{"number": "1", "laps": [{"lap": 1.5}]}"#), "entries[0].laps[0].lap: expected a whole number, found the number 1.5 (line 1, column 75)"),
            (session(r#"{"number": "1", "team": ["a"]}"#), "entries[0].team: expected a string, found an array (line 1, column 63)"),
            (r#"{"format": "qualichart/1", "entries": [], "parts": [{"id": "Q1"}, {"id": "Q1"}]}"#.into(), "parts[1].id: part \"Q1\" is already listed at parts[0]"),
            (session(r#"{"number": "1", "laps": [{"part": "Q1"}]}"#), "entries[0].laps[0].part: part \"Q1\" is not one of the session's parts (it lists none)"),
            (r#"{"format": "qualichart/1", "parts": [{"id": "Q1"}], "entries": [{"number": "1", "part_bests": [{"part": "Q2"}]}]}"#.into(), "entries[0].part_bests[0].part: part \"Q2\" is not one of the session's parts (\"Q1\")"),
            (r#"{"format": "qualichart/1", "parts": [{"id": "Q1"}], "entries": [{"number": "1", "part_bests": [{"part": "Q1"}, {"part": "Q1"}]}]}"#.into(), "entries[0].part_bests[1].part: part \"Q1\" is already listed at part_bests[0]"),
            (r#"{"format": "qualichart/1", "parts": [{"id": "Q1"}], "entries": [{"number": "1", "part_bests": [{"time": "1:00.000"}]}]}"#.into(), "entries[0].part_bests[0].part: required field is missing"),
            (r#"{"format": "qualichart/1", "entries": []} x"#.into(), "not valid JSON: trailing characters (line 1, column 43)"),
            (r##"{"format": "qualichart/1", "entries": [], "manufacturers": [{"name": "Cadillac", "color": "#a07d1c"}], "teams": [{"name": "Penske"}]}"##.into(), "ok"),
            (r#"{"format": "qualichart/1", "entries": [], "manufacturers": [{"name": "Cadillac", "color": "gold"}]}"#.into(), "manufacturers[0].color: \"gold\" is not a colour (expected #rgb or #rrggbb)"),
            (r#"{"format": "qualichart/1", "entries": [], "teams": [{"name": "Penske"}, {"name": "JDC"}, {"name": "Penske"}]}"#.into(), "teams[2].name: \"Penske\" is already listed at teams[0]"),
            (r##"{"format": "qualichart/1", "entries": [], "manufacturers": [{"color": "#fff"}]}"##.into(), "manufacturers[0].name: required field is missing"),
            (r#"{"format": "qualichart/1", "entries": [], "teams": ["Penske"]}"#.into(), "teams[0]: expected a class object ({\"id\": \"GTP\", ...}) or a manufacturer or team object ({\"name\": \"Cadillac\", ...}), found the string \"Penske\" (line 1, column 60)"),
        ];
        for (input, expected) in cases {
            assert_eq!(check(&input), expected, "input: {input}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!(
            r#"{{"format": "qualichart/1", "entries": [], "x": {}}}"#,
            "[".repeat(200_000)
        );
        assert_eq!(
            check(&deep),
            "the JSON nests deeper than 128 levels (line 1, column 175)"
        );
        // Brackets inside strings do not count.
        let quoted = session(&format!(
            r#"{{"number": "1", "note": "{}"}}"#,
            "[".repeat(500)
        ));
        assert_eq!(check(&quoted), "ok");
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let big = vec![b' '; MAX_INPUT_BYTES + 1];
        assert_eq!(
            check_bytes(&big),
            "the input is 32.1 MiB; the limit is 32 MiB"
        );
    }

    fn check_bytes(input: &[u8]) -> String {
        parse(input)
            .map(|_| "ok".to_owned())
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn defaults_are_applied() {
        let s = parse(session(r#"{"number": "7", "manufacturer": "Porsche", "laps": [{"time": "1:32.876"}, {"time": "1:33.0", "valid": false, "lap": 9}]}, {"number": "01", "class": "GTP"}"#).as_bytes())
            .expect("valid session");
        assert_eq!(s.sectors, 3);
        assert_eq!(s.precision, Precision::MILLIS);
        let e = &s.entries[0];
        assert_eq!((e.index, e.class.as_str(), e.status), (0, "", Status::Ok));
        // Derived from the manufacturer (core::colour pins what "Porsche" gives).
        assert_eq!(e.color, "#7f7f7f");
        assert_eq!((e.laps[0].number, e.laps[0].valid), (1, true));
        assert_eq!((e.laps[1].number, e.laps[1].valid), (9, false));
        let ids: Vec<&str> = s.classes.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["", "GTP"]);
    }

    #[test]
    fn manufacturers_and_teams_are_listed_with_their_colours() {
        // Listed first (their colours made legible: the gold darkened for white, #123
        // lightened for the dark theme), then the others in order of first use; an unlisted
        // one takes its first car's own colour, else a derived one (kept apart from the rest:
        // core::colour::Apart). A car with no name, or an empty one, has no group.
        let s = parse(
            br##"{"format": "qualichart/1",
            "manufacturers": [{"name": "Porsche"}, {"name": "Cadillac", "color": "#ffd700"}],
            "teams": [{"name": "Penske", "color": "#D5001C"}],
            "entries": [
              {"number": "31", "manufacturer": "Cadillac", "team": "Whelen", "color": "#0000ff"},
              {"number": "01", "manufacturer": "Cadillac", "team": "Ganassi"},
              {"number": "7", "manufacturer": "Porsche", "team": "Penske"},
              {"number": "25", "manufacturer": "BMW", "team": "RLL", "color": "#123"},
              {"number": "24", "manufacturer": "BMW", "team": "RLL"},
              {"number": "10", "manufacturer": "Acura", "team": ""},
              {"number": "5", "team": "Proton"}]}"##,
        )
        .expect("valid session");
        let listed = |groups: &[Group]| -> Vec<String> {
            groups
                .iter()
                .map(|g| format!("{} {}", g.name, g.color))
                .collect()
        };
        assert_eq!(
            listed(&s.manufacturers),
            [
                "Porsche #7f7f7f",
                "Cadillac #ae9200",
                "BMW #62666b",
                "Acura #9467bd"
            ]
        );
        assert_eq!(
            listed(&s.teams),
            [
                "Penske #d5001c",
                "Whelen #4747ff",
                "Ganassi #909017",
                "RLL #62666b",
                "Proton #9467bd"
            ]
        );
        let of = |i: usize| (s.manufacturer_index_of(i), s.team_index_of(i));
        let by_car: Vec<_> = (0..7).map(of).collect();
        assert_eq!(
            by_car,
            [
                (Some(1), Some(1)),
                (Some(1), Some(2)),
                (Some(0), Some(0)),
                (Some(2), Some(3)),
                (Some(2), Some(3)),
                (Some(3), None),
                (None, Some(4)),
            ]
        );
        assert_eq!(of(7), (None, None));
    }

    #[test]
    fn the_state_is_read_when_given() {
        let state = |extra: &str| {
            parse(format!(r#"{{"format": "qualichart/1", "entries": []{extra}}}"#).as_bytes())
                .map(|s| s.state)
        };
        assert_eq!(state(""), Ok(None));
        assert_eq!(
            state(r#", "state": "running""#),
            Ok(Some(SessionState::Running))
        );
        assert_eq!(
            state(r#", "state": "finished""#),
            Ok(Some(SessionState::Finished))
        );
    }

    #[test]
    fn four_decimals_anywhere_set_the_precision() {
        let four =
            session(r#"{"number": "1", "laps": [{"time": "1:32.656", "sectors": ["22.0691"]}]}"#);
        assert_eq!(
            parse(four.as_bytes()).map(|s| s.precision),
            Ok(Precision::TENTH_MILLIS)
        );
        let number = session(r#"{"number": "1", "laps": [{"time": 92.6565}]}"#);
        assert_eq!(
            parse(number.as_bytes()).map(|s| s.precision),
            Ok(Precision::TENTH_MILLIS)
        );
    }
    #[test]
    fn each_limit_has_its_own_message() {
        // Tight limits keep the inputs short; the defaults are pinned by the bad fixtures.
        let tight = Limits {
            entries: 2,
            classes: 2,
            parts: 1,
            records: 1,
            manufacturers: 1,
            teams: 1,
            drivers: 1,
            laps: 2,
            text: 5,
        };
        let check = |json: String| match parse_with(json.as_bytes(), &tight) {
            Ok(_) => "ok".to_owned(),
            Err(e) => e.to_string(),
        };
        let top = |fields: &str, entries: &str| {
            format!(r#"{{"format": "qualichart/1", {fields}, "entries": [{entries}]}}"#)
        };
        let cases = [
            (session(r#"{"number": "1"}, {"number": "2"}"#), "ok"),
            (
                session(r#"{"number": "1"}, {"number": "2"}, {"number": "3"}"#),
                "entries: 3 entries; a session may have at most 2",
            ),
            (
                top(r#""classes": [{"id": "A"}, {"id": "B"}, {"id": "A"}]"#, ""),
                "classes[2].id: class \"A\" is already listed at classes[0]",
            ),
            (
                top(r#""classes": [{"id": "A"}, {"id": "B"}, {"id": "C"}]"#, ""),
                "classes[2].id: class \"C\" would be class 3; a session may have at most 2",
            ),
            (
                top(
                    r#""classes": [{"id": "A"}]"#,
                    r#"{"number": "1", "class": "A"}, {"number": "2"}"#,
                ),
                "ok",
            ),
            (
                top(
                    r#""classes": [{"id": "A"}]"#,
                    r#"{"number": "1", "class": "B"}, {"number": "2"}"#,
                ),
                "entries[1].class: class \"\" would be class 3; a session may have at most 2",
            ),
            (
                top(r#""parts": [{"id": "Q1"}, {"id": "Q2"}]"#, ""),
                "parts: 2 parts; a session may have at most 1",
            ),
            (
                top(r#""records": [{"time": "1:00"}, {"time": "1:01"}]"#, ""),
                "records: 2 records; a session may have at most 1",
            ),
            (
                top(r#""manufacturers": [{"name": "A"}, {"name": "B"}]"#, ""),
                "manufacturers: 2 manufacturers; a session may have at most 1",
            ),
            (
                top(r#""teams": [{"name": "A"}, {"name": "B"}]"#, ""),
                "teams: 2 teams; a session may have at most 1",
            ),
            (
                top(r#""teams": [{"name": "Team 1"}]"#, ""),
                "teams[0].name: 6 characters; a text may have at most 5",
            ),
            (
                top(
                    r##""manufacturers": [{"name": "A", "color": "#ffffff"}]"##,
                    "",
                ),
                "manufacturers[0].color: 7 characters; a text may have at most 5",
            ),
            (
                session(r#"{"number": "1", "drivers": [{"name": "A"}, {"name": "B"}]}"#),
                "entries[0].drivers: 2 drivers; a car may have at most 1",
            ),
            (
                session(r#"{"number": "1", "laps": [{}, {}, {}]}"#),
                "entries[0].laps: 3 laps; a car may have at most 2",
            ),
            (session(r#"{"number": "1", "team": "Teams"}"#), "ok"),
            (
                session(r#"{"number": "1", "team": "Team 1"}"#),
                "entries[0].team: 6 characters; a text may have at most 5",
            ),
            // Characters, not bytes: five two-byte letters are within five.
            (session(r#"{"number": "1", "team": "ééééé"}"#), "ok"),
            (
                session(r#"{"number": "123456"}"#),
                "entries[0].number: 6 characters; a text may have at most 5",
            ),
            (
                top(r#""event": "Rolex 24""#, ""),
                "event: 8 characters; a text may have at most 5",
            ),
            (
                session(r#"{"number": "1", "drivers": [{"name": "Derani"}]}"#),
                "entries[0].drivers[0].name: 6 characters; a text may have at most 5",
            ),
            (
                session(r#"{"number": "1", "laps": [{"flag": "yellow"}]}"#),
                "entries[0].laps[0].flag: 6 characters; a text may have at most 5",
            ),
            // Time texts too: no time is near a real limit, so a long one says its length.
            (
                session(r#"{"number": "1", "laps": [{"time": "1:32.656"}]}"#),
                "entries[0].laps[0].time: 8 characters; a text may have at most 5",
            ),
            (
                session(r#"{"number": "1", "laps": [{"sectors": [null, "22.0691"]}]}"#),
                "entries[0].laps[0].sectors[1]: 7 characters; a text may have at most 5",
            ),
            (
                top(
                    r#""parts": [{"id": "Q1"}]"#,
                    r#"{"number": "1", "part_bests": [{"part": "Q1", "at": "10:00.0"}]}"#,
                ),
                "entries[0].part_bests[0].at: 7 characters; a text may have at most 5",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(check(input.clone()), expected, "input: {input}");
        }
        // `parse` holds every session to the defaults.
        assert_eq!(Limits::default(), Limits::DEFAULT);
        let over: Vec<String> = (0..=Limits::DEFAULT.entries)
            .map(|i| format!(r#"{{"number": "{i}"}}"#))
            .collect();
        assert_eq!(
            check_bytes(session(&over.join(",")).as_bytes()),
            "entries: 1001 entries; a session may have at most 1000"
        );
    }
}
