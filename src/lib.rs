//! qualichart: a motorsport qualifying session as an embeddable chart, and a CLI on the same core.
//!
//! - [`core`]: pure Rust (no web, no IO): session parsing and validation, classification, gaps,
//!   sectors, records, comparisons and the report. Every figure shown anywhere comes from here.
//!
//! - [`widget`]: the Yew components of the chart (client-side in the browser, server-side
//!   natively).
//! - [`import`] (native, and in the editor's wasm module): timing organisers' files (Al Kamel
//!   CSV, Ergast/Jolpica JSON) to session JSON. It needs CSV parsing that the readers' bundle
//!   should not carry.
//! - [`builder`] (native, and in the editor's wasm module with the `builder` feature): the
//!   editor's page (`builder.html`): files and fields to a session, and the embed code.
//!
//! The native CLI lives in `src/bin/qualichart/`; see `docs/architecture.md` for the map.

#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod builder;
pub mod core;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod import;
pub mod widget;
