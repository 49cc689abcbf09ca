//! qualichart: a motorsport qualifying session as an embeddable chart, and a CLI on the same core.
//!
//! - [`core`]: pure Rust (no web, no IO): session parsing and validation, classification, gaps,
//!   sectors, records, comparisons and the report. Every figure shown anywhere comes from here.
//!
//! The native CLI lives in `src/bin/qualichart.rs`; see `docs/architecture.md` for the map.

pub mod core;
