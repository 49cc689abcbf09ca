//! Chart geometry: scales, ticks and the layout of every mark in pixels. Pure functions of the
//! classification and the box size, so the widget and the server-side fallback draw the same
//! chart.

pub mod glyphs;
pub mod label;
pub mod laps;
pub mod layout;
pub mod px;
pub mod scale;
pub mod timeline;
