//! qualichart: a motorsport qualifying session as an embeddable chart, and a CLI on the same core.
//!
//! - [`core`]: pure Rust (no web, no IO): session parsing and validation, classification, gaps,
//!   sectors, records, comparisons and the report. Every figure shown anywhere comes from here.
//!
//! - [`widget`]: the Yew components of the chart (client-side in the browser, server-side
//!   natively).
//! - [`import`] (native only): timing organisers' files (Al Kamel CSV, Ergast/Jolpica JSON) to
//!   session JSON. It needs CSV parsing that the browser bundle should not carry.
//!
//! The native CLI lives in `src/bin/qualichart/`; see `docs/architecture.md` for the map.

pub mod core;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod widget;
