//! What the timing says beyond the classification, one analysis a file:
//! - [`cutoff_107`]: the 107 % rule, its cut-off per section and the cars outside it;
//! - [`potential`]: time left on the table and the gap in ideal laps;
//! - [`ghosts`]: where a car's fastest deleted lap would have put it;
//! - [`pole_timeline`]: how provisional pole changed hands during the session;
//! - [`gap_metres`]: what a gap is worth on track, in metres;
//! - [`sections`]: the sections (the group a car is ranked within) they share.
//!
//! The classification answers "who was where"; these answer the questions a reader asks next
//! ("who would have been on pole without track limits?", "who had the pace?", "how far is a
//! tenth at Daytona?"). Everything here reads a [`Session`](crate::core::Session) and, where
//! positions matter, the [`Classification`](crate::core::Classification) the chart already
//! shows, so an analysis can never disagree with the table next to it. Like the rest of the
//! core it is total and integer-only. Each item is re-exported here, so `analysis::cutoffs`
//! names the same function as `analysis::cutoff_107::cutoffs`.

pub mod cutoff_107;
pub mod gap_metres;
pub mod ghosts;
pub mod pole_timeline;
pub mod potential;
mod sections;

pub use cutoff_107::{cutoffs, within, Cutoff};
pub use gap_metres::{gap_metres, Distance};
pub use ghosts::{ghosts, Ghost};
pub use pole_timeline::{pole_timeline, Provisional};
pub use potential::{potentials, Potential};

/// What the analyses' tests share: a session from JSON, a time from text, the bundled sessions.
#[cfg(test)]
mod test_support {
    use crate::core::parse;
    use crate::core::time::LapTime;
    use crate::core::Session;

    pub const DAYTONA_2024: &[u8] =
        include_bytes!("../../../static/sessions/daytona-2024-qualifying.json");
    pub const DAYTONA_2025: &[u8] =
        include_bytes!("../../../static/sessions/daytona-2025-qualifying.json");

    pub fn session(json: &[u8]) -> Session {
        parse(json).expect("valid test session")
    }

    pub fn t(text: &str) -> LapTime {
        text.parse().expect("valid test time")
    }

    /// Car numbers of entry indices.
    pub fn numbers(s: &Session, entries: &[usize]) -> Vec<String> {
        entries
            .iter()
            .map(|&i| s.entries[i].number.clone())
            .collect()
    }
}
