//! The pure core: session JSON in, every figure the chart and the CLI show out.
//!
//! No web, file, clock or randomness dependency: this module builds for `wasm32-unknown-unknown`
//! and native alike, and every output is a deterministic function of its input.
//!
//! Code map, in the order data flows:
//! - [`time`]: `LapTime`, `Elapsed`, `Gap`, `Precision`: parse and display, 0.1 ms integers.
//! - [`wire`]: the serde mirror of `docs/session-format.md`.
//! - [`validate`]: size and depth guards, decoding, every rule; the one producer of [`Error`].
//! - [`limits`]: the most of each thing a session may hold, and where the figures come from.
//! - [`session`]: the validated model every calculation reads.
//! - [`colour`]: colour checks and stable derived colours.
//! - [`colouring`]: a chart's colouring (by class, manufacturer or team): each car's colour
//!   and the legend.
//! - [`classify`]: best laps, order and tie-breaks, positions, gap, interval, class gap, %.
//! - [`sectors`]: personal and session best sectors, sector marks, ideal laps.
//! - [`records`]: who beats each record line, and by how much.
//! - [`compare`]: 2–4 cars side by side.
//! - [`analysis`]: beyond the classification, one file an analysis: the 107 % rule
//!   (`analysis/cutoff_107.rs`), time left on the table (`potential.rs`), deleted-lap ghosts
//!   (`ghosts.rs`), the provisional-pole timeline (`pole_timeline.rs`), gaps in metres
//!   (`gap_metres.rs`).
//! - [`verdicts`]: a scope's 107 % cut-offs and record results, computed once for the chart,
//!   the story and the table.
//! - [`moment`]: the session as it stood at a moment of session time (replay, `--at`).
//! - [`story`]: the sentences a reporter writes about the session.
//! - [`report`]: the `qualichart-report/1` document built from the above.
//! - [`text`]: text from data: the characters it may hold ([`text::clean`], applied by
//!   `validate`) and how a name stands beside figures ([`text::isolate`]).
//! - [`chart`]: scales and 1-2-5 ticks for drawing the chart.
//!
//! Invariants: only `validate` returns `Result`; everything after it is total (a car without a
//! time is a row with `best: None`). Outputs are `Vec`s in a defined order, never hash order.
//! The model types do not derive `Serialize`: only `report`, `wire` and `time::Percent` do
//! (`tests/tidy.rs` checks it).

pub mod analysis;
pub mod chart;
pub mod classify;
pub mod colour;
pub mod colouring;
pub mod compare;
pub mod error;
pub mod lang;
pub mod limits;
pub mod moment;
pub mod records;
pub mod report;
pub mod sectors;
pub mod session;
pub mod story;
pub mod table;
pub mod text;
pub mod time;
pub mod validate;
pub mod verdicts;
pub mod wire;

pub use classify::{classify, Classification, Row, Scope};
pub use error::{Error, ErrorKind, FieldPath};
pub use limits::Limits;
pub use session::Session;
pub use validate::{parse, parse_with};
pub use verdicts::Verdicts;
