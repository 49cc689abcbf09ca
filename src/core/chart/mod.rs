//! Chart geometry: scales and ticks today; the layout of every mark in pixels comes with the
//! widget. Pure functions of the classification and the box size, so the widget and the
//! server-side fallback draw the same chart.

pub mod scale;
