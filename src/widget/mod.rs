//! The Yew widget: components that draw a session as an interactive qualifying chart.
//!
//! - [`app`]: `<QualiChart>`, the root: loading, state, derived figures, panels.
//! - [`load`]: where loading a session stands ([`fetch`] produces it, browser only).
//! - [`geometry`]: the box: the default column, when a box is a phone's, its padding.
//! - [`chart`]: the SVG of bars, axis, record rules and sections; one focusable mark per car.
//! - [`details`]: the panel for the car in focus, lap by lap.
//! - [`comparison`]: the panel of the picked cars side by side.
//! - [`laps_chart`]: the compared cars' laps over the session, with their best so far.
//! - [`live`]: a live chart: the polling rules, the task, the "Live" badge.
//! - [`replay`]: the session-time slider that shows the chart as it stood at a moment.
//! - [`shared`]: the derived data components share, compared by identity.
//! - [`source`]: which session a chart may load (a link cannot name somebody else's).
//! - [`ssr`]: the same components rendered natively: the no-JS fallback and `render` (and,
//!   with the `builder` feature, in the editor's page).
//! - [`state`]: the reader's state and its pure reducer.
//! - [`table`]: "Show as table", with the figures bars cannot show.
//! - [`timeline`]: the provisional-pole timeline.
//! - [`text`]: accessible names and labels.
//!
//! Components build for wasm (client rendering) and natively (server rendering): web APIs
//! live in effects and callbacks behind `cfg(target_arch = "wasm32")`, as do the entry points
//! the loader (`static/qualichart/qualichart.js`) calls, in [`mount`]: `attach` and `render`;
//! [`dom`] (showing a loaded chart, following its width, moving focus) and [`commands`] (the
//! host page's highlight, compare and clear) are browser-only glue the root component uses.
//! Imports point one way: `mount` → `app` → panels, `load`, `fetch`, `dom`, `commands`.
//! The editor's module (the `builder` feature) mounts its preview itself and leaves `mount`
//! out, so the readers' entry points are not exported from it.
//! Every widget on a page is independent: no globals, no element ids.

pub mod app;
pub mod chart;
#[cfg(target_arch = "wasm32")]
pub mod commands;
pub mod comparison;
pub mod details;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod geometry;
pub mod laps_chart;
pub mod live;
pub mod load;
#[cfg(all(target_arch = "wasm32", not(feature = "builder")))]
pub mod mount;
pub mod replay;
pub mod shared;
pub mod source;
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod ssr;
pub mod state;
pub mod table;
pub mod text;
pub mod timeline;

#[cfg(all(target_arch = "wasm32", not(feature = "builder")))]
pub use mount::{attach, render};

/// The class of a control that needs script, on the server-rendered (static) chart: laid out
/// but unseen (`qc-reserve`: no box shown, no focus, not read), so the live chart takes its
/// place without moving anything on the page. No class on the live chart.
pub const RESERVE: Option<&str> = if cfg!(target_arch = "wasm32") {
    None
} else {
    Some("qc-reserve")
};

/// `data-qc-static` on a static chart's control that the loader (`static/qualichart/
/// qualichart.js`) answers itself or hands to the live chart when used: shown once the loader
/// runs (`data-qc-answers` on the fallback). Not on the live chart.
pub const HANDED_OVER: Option<&str> = if cfg!(target_arch = "wasm32") {
    None
} else {
    Some("")
};
