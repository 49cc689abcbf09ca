//! The validated session: what every calculation reads. Produced only by `validate`.
//!
//! Defaults are applied, times are parsed, driver indices are checked, classes are in display
//! order and every colour is resolved. Downstream code never sees a raw string time, an
//! out-of-range index or a missing default, so it has no failure paths of its own.

use std::collections::HashMap;

use crate::core::time::{Elapsed, LapTime, Precision};

/// A qualifying session, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub series: Option<String>,
    pub event: Option<String>,
    pub session: Option<String>,
    pub date: Option<String>,
    /// The publisher's title for the chart, over "event · session" ([`Session::title`]).
    pub title: Option<String>,
    /// Where the timing comes from, and who made the chart: the credit line under it.
    pub source: Option<String>,
    pub byline: Option<String>,
    /// Whether the session is under way or over, when the file says (`state`); `None` for a
    /// file that makes no statement, such as a session published after the fact.
    pub state: Option<SessionState>,
    pub track: Option<Track>,
    /// Sectors per lap, 1..=12.
    pub sectors: u8,
    /// 3 decimals, or 4 when the input carries 4.
    pub precision: Precision,
    /// Every class an entry uses, plus the listed ones, in display order.
    pub classes: Vec<Class>,
    pub records: Vec<Record>,
    /// Every manufacturer an entry names, and the listed ones (`manufacturers`), in legend
    /// order: the listed first, then the others in order of first appearance, each with its
    /// colour resolved ([`Group`]).
    pub manufacturers: Vec<Group>,
    /// Every team, in the same way (`teams`).
    pub teams: Vec<Group>,
    /// The parts of a knockout qualifying (Q1, Q2, Q3) in running order; empty otherwise.
    pub parts: Vec<Part>,
    /// In file order: `entries[i].index == i`.
    pub entries: Vec<Entry>,
    /// `Some(t)` for the session as it stood when `t` of session time had elapsed, before its
    /// end ([`crate::core::moment::as_of`]): its figures are provisional, and the story and the
    /// report say so. `None` for the session as its file gives it.
    pub moment: Option<Elapsed>,
    /// Look-ups by class id and car number, and each entry's class, built by `validate`.
    pub(crate) lookup: Lookup,
}

/// What [`Session::class`], [`Session::class_of`] and [`Session::entry`] read, so a look-up
/// costs O(1): the chart, the table and the classification look up a class for every car, and
/// a scan of every class per car is quadratic in a session where every car has a class of its
/// own. `validate` builds it with the rest; the model is not changed after that.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lookup {
    /// Class id → index into `classes`.
    pub(crate) classes: HashMap<String, usize>,
    /// Car number → index into `entries`.
    pub(crate) numbers: HashMap<String, usize>,
    /// The index into `classes` of each entry's class, by entry index.
    pub(crate) entry_class: Vec<usize>,
    /// The index into `manufacturers` of each entry's manufacturer, by entry index.
    pub(crate) entry_manufacturer: Vec<Option<usize>>,
    /// The index into `teams` of each entry's team, by entry index.
    pub(crate) entry_team: Vec<Option<usize>>,
}

impl Session {
    /// The class with this id, if the session has it.
    pub fn class(&self, id: &str) -> Option<&Class> {
        self.class_index(id).and_then(|i| self.classes.get(i))
    }

    /// The index into `classes` of the class with this id.
    pub fn class_index(&self, id: &str) -> Option<usize> {
        self.lookup.classes.get(id).copied()
    }

    /// The index into `classes` of the class of the entry at `entry` (index into `entries`).
    pub fn class_index_of(&self, entry: usize) -> Option<usize> {
        self.lookup.entry_class.get(entry).copied()
    }

    /// The class of `entry`.
    pub fn class_of(&self, entry: &Entry) -> Option<&Class> {
        self.class_index_of(entry.index)
            .and_then(|i| self.classes.get(i))
    }

    /// The index into `manufacturers` of the manufacturer of the entry at `entry` (index into
    /// `entries`); `None` for a car that names none.
    pub fn manufacturer_index_of(&self, entry: usize) -> Option<usize> {
        self.lookup.entry_manufacturer.get(entry).copied().flatten()
    }

    /// The index into `teams` of the team of the entry at `entry`; `None` for a car that names
    /// none.
    pub fn team_index_of(&self, entry: usize) -> Option<usize> {
        self.lookup.entry_team.get(entry).copied().flatten()
    }

    /// The name to show for the class of `entry` (see [`Session::class_name`]).
    pub fn class_name_of<'a>(&'a self, entry: &'a Entry) -> &'a str {
        self.class_of(entry)
            .map_or(entry.class.as_str(), |c| c.name.as_str())
    }

    /// The name to show for class `id`: its name, or the id itself when the session does
    /// not list it.
    pub fn class_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.class(id).map_or(id, |c| c.name.as_str())
    }

    /// The session's title: the file's `title` when it has one, else its event and session
    /// names, each isolated ([`crate::core::text::isolate`]), joined by
    /// [`crate::core::text::JOINER`]; `None` when the file names none of them. The chart's caption, the standalone page's `<title>` and the
    /// text report's heading all start from it.
    pub fn title(&self) -> Option<String> {
        if let Some(title) = &self.title {
            return Some(crate::core::text::isolate(title).into_owned());
        }
        let parts: Vec<_> = [&self.event, &self.session]
            .into_iter()
            .flatten()
            .map(|part| crate::core::text::isolate(part))
            .collect();
        (!parts.is_empty()).then(|| parts.join(crate::core::text::JOINER))
    }

    /// The credit line under the chart: "Source: IMSA / Al Kamel Systems · Chart: The motorsport
    /// desk" in English (`credit-source`, `credit-byline`), either half alone, or `None` when the
    /// file gives neither. Each name is isolated, so a right-to-left name cannot reorder the
    /// words after it.
    pub fn credit(&self, words: &crate::core::lang::Words) -> Option<String> {
        let parts: Vec<String> = [
            ("credit-source", &self.source),
            ("credit-byline", &self.byline),
        ]
        .into_iter()
        .filter_map(|(id, text)| {
            let name = crate::core::text::isolate(text.as_deref()?);
            Some(words.with(id, &[("name", crate::core::lang::Arg::Text(&name))]))
        })
        .collect();
        (!parts.is_empty()).then(|| parts.join(crate::core::text::JOINER))
    }

    /// True when the session is a knockout (it lists parts).
    pub fn is_knockout(&self) -> bool {
        !self.parts.is_empty()
    }

    /// The entry with this car number.
    pub fn entry(&self, number: &str) -> Option<&Entry> {
        let index = self.lookup.numbers.get(number)?;
        self.entries.get(*index)
    }
}

/// `track`.
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    pub name: Option<String>,
    /// Lap length in kilometres, above zero.
    pub length_km: Option<f64>,
}

/// A class, in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Class {
    /// The id entries use; `""` for entries with no class.
    pub id: String,
    /// The name to show; the id when none is given.
    pub name: String,
    /// `#rrggbb`, given or derived from the id.
    pub color: String,
}

/// A manufacturer or a team: the name its cars give, and the colour they are drawn in when a
/// chart is coloured by manufacturer or by team (`core::colouring`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    /// `#rrggbb`: the listed colour, else the first given `color` of its cars, else derived
    /// from the name (told apart from the others while the palette lasts), each legible on
    /// both themes.
    pub color: String,
}

/// One part of a knockout qualifying.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub id: String,
    /// The name to show; the id when none is given.
    pub name: String,
}

/// A reference line such as a previous qualifying record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The class it applies to; `None` for the whole field.
    pub class: Option<String>,
    pub time: LapTime,
    pub label: String,
    pub driver: Option<String>,
    pub car: Option<String>,
    pub year: Option<i64>,
}

impl Record {
    /// True when this record is a line for cars of class `class`: a record with a class
    /// applies to that class's cars, one without to every car.
    pub fn applies_to(&self, class: &str) -> bool {
        self.class.as_deref().is_none_or(|c| c == class)
    }
}

/// Whether a car took part, per the entry's `status`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Status {
    /// Took part (the default).
    #[default]
    Ok,
    /// Did not start: no best lap, whatever the laps say.
    Dns,
    /// Times removed by the stewards: no best lap.
    Excluded,
}

/// Whether a session is under way or over, per the top-level `state` (a project extension):
/// what a live reader of the file needs to know to keep polling it or stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionState {
    /// Under way: more laps may come.
    Running,
    /// Over: the file will not change again.
    Finished,
}

impl SessionState {
    /// Every state, for the check of the word and its message.
    pub const ALL: [SessionState; 2] = [SessionState::Running, SessionState::Finished];

    /// The word the format writes for this state: the one spelling reader and writers share.
    pub fn word(self) -> &'static str {
        match self {
            SessionState::Running => "running",
            SessionState::Finished => "finished",
        }
    }
}

/// One car.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Position in the file's `entries`: the last tie-break.
    pub index: usize,
    /// As printed; unique in the session.
    pub number: String,
    /// Class id; `""` when none is given.
    pub class: String,
    pub team: Option<String>,
    pub car: Option<String>,
    pub manufacturer: Option<String>,
    /// `#rrggbb`, given or derived (stable per manufacturer, then team).
    pub color: String,
    pub drivers: Vec<Driver>,
    pub status: Status,
    pub note: Option<String>,
    pub laps: Vec<Lap>,
    /// The result-sheet best, used only when no lap gives one.
    pub sheet_best: Option<SheetBest>,
    /// Result-sheet times per knockout part (Ergast's Q1/Q2/Q3); the car reached each part here.
    pub part_bests: Vec<PartBest>,
}

impl Entry {
    /// The driver at `index` in this entry's list (indices are checked by `validate`).
    pub fn driver(&self, index: usize) -> Option<&Driver> {
        self.drivers.get(index)
    }

    /// The name to give for a lap or a best of this car: its driver's (`driver`, an index into
    /// `drivers`), else the car's first driver's, else none. One rule for the report, the story
    /// and the widget.
    pub fn driver_name(&self, driver: Option<usize>) -> Option<&str> {
        driver
            .and_then(|d| self.driver(d))
            .or_else(|| self.drivers.first())
            .map(|d| d.name.as_str())
    }
}

/// A driver of a car.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Driver {
    pub name: String,
    pub short: Option<String>,
    pub country: Option<String>,
}

/// Where a lap started or ended, when in the pit lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pit {
    /// Ended in the pit lane.
    In,
    /// Started from the pit lane.
    Out,
}

/// One lap of a car.
#[derive(Clone, Debug, PartialEq)]
pub struct Lap {
    /// Lap number, from 1: given, or the lap's array position + 1.
    pub number: u32,
    /// Index into the entry's `drivers`, checked.
    pub driver: Option<usize>,
    pub time: Option<LapTime>,
    /// At most the session's sector count; `None` for a sector not timed.
    pub sectors: Vec<Option<LapTime>>,
    /// False for a deleted lap: never a best lap, its sectors never bests.
    pub valid: bool,
    pub pit: Option<Pit>,
    pub at: Option<Elapsed>,
    /// Index into `session.parts`, for knockout sessions.
    pub part: Option<usize>,
    /// The flag when the lap ended (`"green"`, `"red"`, ...), informational.
    pub flag: Option<String>,
}

/// A best lap known only from a result sheet (the entry's `best`).
#[derive(Clone, Debug, PartialEq)]
pub struct SheetBest {
    pub time: LapTime,
    pub sectors: Vec<Option<LapTime>>,
    pub lap: Option<u32>,
    pub driver: Option<usize>,
    pub at: Option<Elapsed>,
}

#[cfg(test)]
mod tests {
    use crate::core::lang::{Lang, Words};
    use crate::core::parse;

    #[test]
    fn the_title_and_the_credit_line_come_from_the_file() {
        let named = |extra: &str| {
            parse(
                format!(r#"{{"format": "qualichart/1", "event": "Rolex 24", "session": "Qualifying", {extra} "entries": []}}"#)
                    .as_bytes(),
            )
            .expect("valid test session")
        };
        let en = Words::english();
        let plain = named("");
        assert_eq!(plain.title().as_deref(), Some("Rolex 24 · Qualifying"));
        assert_eq!(plain.credit(&en), None);
        let full = named(
            r#""title": "The GTP front row", "source": "IMSA / Al Kamel Systems", "byline": "The motorsport desk","#,
        );
        assert_eq!(full.title().as_deref(), Some("The GTP front row"));
        assert_eq!(
            full.credit(&en).as_deref(),
            Some("Source: IMSA / Al Kamel Systems · Chart: The motorsport desk")
        );
        assert_eq!(
            named(r#""byline": "The desk","#).credit(&en).as_deref(),
            Some("Chart: The desk")
        );
        // Cleaned like every text (a control character removed), and a right-to-left name
        // isolated so it cannot reorder what follows it.
        let rtl = named(r#""source": "\u0007مصدر", "byline": "X","#);
        assert_eq!(
            rtl.credit(&en).as_deref(),
            Some("Source: \u{2068}مصدر\u{2069} · Chart: X")
        );
        let fr = Words::builtin(Lang::Fr).expect("French");
        assert_eq!(
            full.credit(&fr).as_deref(),
            Some(
                "Source\u{202f}: IMSA / Al Kamel Systems · Graphique\u{202f}: The motorsport desk"
            )
        );
    }

    #[test]
    fn look_ups_by_class_id_and_car_number() {
        let s = parse(
            br#"{"format": "qualichart/1", "classes": [{"id": "GTP", "name": "Grand Touring Prototype"}],
            "entries": [{"number": "01", "class": "GTP"}, {"number": "1", "class": "LMP2"}]}"#,
        )
        .expect("valid test session");
        let cases = [
            (
                s.class("GTP").map(|c| c.name.as_str()),
                Some("Grand Touring Prototype"),
            ),
            (s.class("LMP2").map(|c| c.name.as_str()), Some("LMP2")),
            (s.class("GTD").map(|c| c.name.as_str()), None),
            (s.entry("01").map(|e| e.class.as_str()), Some("GTP")),
            (s.entry("1").map(|e| e.class.as_str()), Some("LMP2")),
            (s.entry("001").map(|e| e.class.as_str()), None),
        ];
        for (got, expected) in cases {
            assert_eq!(got, expected);
        }
        // Each entry's class by index: the listed one, then the unlisted one after it.
        let classes: Vec<Option<&str>> = s
            .entries
            .iter()
            .map(|e| s.class_of(e).map(|c| c.id.as_str()))
            .collect();
        assert_eq!(classes, [Some("GTP"), Some("LMP2")]);
        assert_eq!(
            (s.class_index("LMP2"), s.class_index_of(1)),
            (Some(1), Some(1))
        );
        assert_eq!(s.class_name_of(&s.entries[0]), "Grand Touring Prototype");
        assert_eq!(s.class_index_of(2), None);
    }
}

/// A result-sheet time for one part of a knockout qualifying.
#[derive(Clone, Debug, PartialEq)]
pub struct PartBest {
    /// Index into `session.parts`.
    pub part: usize,
    /// The time, when the car set one in that part.
    pub best: Option<SheetBest>,
}
