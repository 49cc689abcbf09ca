//! Coordinates as SVG text: rounded to 0.1 px and written from integers.
//!
//! A tenth of a pixel is finer than any screen shows, it keeps the markup short, and writing
//! whole numbers keeps float formatting out of the browser bundle.

use std::fmt;

/// A coordinate or length for an SVG attribute: `12`, `12.5`, `-3.2`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Px(pub f64);

impl fmt::Display for Px {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Layout keeps coordinates finite and inside the box; anything else is drawn at 0.
        let tenths = if self.0.is_finite() {
            (self.0 * 10.0).round() as i64
        } else {
            0
        };
        let sign = if tenths < 0 { "-" } else { "" };
        let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}

/// Pixels to one decimal: the one place layouts round their coordinates, to the tenth `Px`
/// writes.
pub fn round(v: f64) -> f64 {
    if v.is_finite() {
        (v * 10.0).round() / 10.0
    } else {
        0.0
    }
}

/// `Px(x).to_string()`.
pub fn px(x: f64) -> String {
    Px(x).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_of_a_pixel() {
        let cases = [
            (0.0, "0"),
            (12.0, "12"),
            (12.04, "12"),
            (12.05, "12.1"),
            (12.5, "12.5"),
            (-3.25, "-3.3"),
            (-0.04, "0"),
            (639.96, "640"),
            (f64::NAN, "0"),
            (f64::INFINITY, "0"),
        ];
        for (x, text) in cases {
            assert_eq!(px(x), text, "{x}");
        }
    }
}
