//! The most of each thing a session may hold: entries, classes, knockout parts, records,
//! listed manufacturers and teams, drivers and laps per car, characters in a text. `validate`
//! refuses a session over any of them with its own one-line message (`entries: 1001 entries; a
//! session may have at most 1000`).
//!
//! Every step from parse to the DOM is O(n log n) or better in these counts, so the limits are
//! not what keeps the work bounded; they say, in one place, what a session is: a real session
//! never comes near them, and one that does is not a qualifying session but an attack or a
//! broken export. The figures come from the largest real events, with room to spare
//! (`docs/session-format.md`, "Limits", keeps the same table):
//!
//! | limit | value | the largest real figure |
//! | --- | --- | --- |
//! | entries | 1,000 | 210 cars, the Nürburgring 24 Hours' record field (2011); Le Mans and Daytona have about 60 |
//! | classes | 100 | 23 classes at the Nürburgring 24 Hours (2023) |
//! | parts | 10 | 3 in F1 (Q1, Q2, Q3) |
//! | records | 100 | one in each bundled session; one a class is what a page would show |
//! | manufacturers, teams (each, listed) | 1,000 | as many as entries, a name a car; 14 makes and 47 teams at Daytona 2024 |
//! | drivers per car | 12 | up to 4 at Daytona and the Nürburgring; the organisers' results sheets have 6 driver slots |
//! | laps per car | 5,000 | 833, the Daytona 24 Hours' record distance (2020) |
//! | characters in a text | 4,000 | 43, the longest name in the real timing files ("Corvette Racing by Pratt Miller Motorsports") |
//!
//! The input's size (32 MiB, [`crate::core::error::MAX_INPUT_BYTES`]), its JSON nesting
//! ([`crate::core::error::MAX_DEPTH`]) and the sectors per lap (12,
//! [`crate::core::validate::MAX_SECTORS`]) were limited before these, where they are checked.

/// The most of each thing a session may hold. [`crate::core::parse`] uses
/// [`Limits::DEFAULT`]; [`crate::core::validate::parse_with`] takes others.
///
/// A value rather than constants so the complexity bench can parse 100,000 entries and show
/// that the work per entry stays flat far past the limits: the limits are a statement about
/// sessions, and the bench measures the code, not the statement. Nothing else should need
/// other limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Items of `entries`.
    pub entries: usize,
    /// Classes, listed in `classes` or used by an entry.
    pub classes: usize,
    /// Items of `parts`.
    pub parts: usize,
    /// Items of `records`.
    pub records: usize,
    /// Items of `manufacturers` (those only entries name are bounded by `entries`).
    pub manufacturers: usize,
    /// Items of `teams` (those only entries name are bounded by `entries`).
    pub teams: usize,
    /// Items of an entry's `drivers`.
    pub drivers: usize,
    /// Items of an entry's `laps`.
    pub laps: usize,
    /// Characters (Unicode scalar values, as JSON Schema's `maxLength` counts) of any text:
    /// names, ids, car numbers, notes, labels, colours, flags.
    pub text: usize,
}

impl Limits {
    /// The limits every session is held to (see the module's table for where they come from).
    pub const DEFAULT: Limits = Limits {
        entries: 1_000,
        classes: 100,
        parts: 10,
        records: 100,
        manufacturers: 1_000,
        teams: 1_000,
        drivers: 12,
        laps: 5_000,
        text: 4_000,
    };

    /// No limit on any count: for the complexity bench only (see [`Limits`]).
    pub const NONE: Limits = Limits {
        entries: usize::MAX,
        classes: usize::MAX,
        parts: usize::MAX,
        records: usize::MAX,
        manufacturers: usize::MAX,
        teams: usize::MAX,
        drivers: usize::MAX,
        laps: usize::MAX,
        text: usize::MAX,
    };
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DEFAULT
    }
}
