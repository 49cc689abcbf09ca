//! What one scope's classification rules on, computed once: its 107 % cut-offs
//! ([`analysis::cutoffs`](crate::core::analysis::cutoffs)) and its record results
//! ([`records::records`](crate::core::records::records)).
//!
//! The chart's layout, the story and the table each show both; built once per scope and passed
//! to each, they cannot disagree about who was outside 107 % or who beat a record. This module
//! only gathers them: the rules are in `analysis::cutoff_107` and `records`.

use crate::core::analysis::{cutoffs, Cutoff};
use crate::core::classify::Classification;
use crate::core::records::{records, RecordResult};
use crate::core::session::Session;

/// The cut-offs and record results of one classification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdicts {
    /// The 107 % cut-off of each section that has a reference time.
    pub cutoffs: Vec<Cutoff>,
    /// Every record listed in the scope, with the cars that beat it.
    pub records: Vec<RecordResult>,
}

impl Verdicts {
    /// The verdicts on `classification`, a classification of `session`.
    pub fn of(session: &Session, classification: &Classification) -> Verdicts {
        Verdicts {
            cutoffs: cutoffs(session, classification),
            records: records(session, classification),
        }
    }
}
