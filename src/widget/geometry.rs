//! The widget's box: how wide a column it assumes, when a box is a phone's, and the width a
//! chart is laid out for inside the box's padding. One place for numbers the stylesheet repeats
//! (`static/qualichart/qualichart.css`); `tests/tidy.rs` checks the two agree.

/// The box width a chart is laid out for when nothing says otherwise: an article column. The
/// CLI's `render --width` and a `prerender` marker default to it.
pub const COLUMN_WIDTH: u32 = 640;

/// Boxes narrower than this (CSS px) are a phone's: no side padding, so the bars get the
/// width, and the static chart shows its phone layout (the stylesheet's two `@container`
/// rules).
pub const NARROW_BELOW: f64 = 520.0;

/// The box's side padding (`.qc-chart { padding }` in the stylesheet), except in a phone's box.
pub const PADDING: f64 = 12.0;

/// The width a chart is laid out for in a box `box_width` wide: the width inside the box's side
/// padding (none in a phone's box), which is what the SVG is drawn in.
pub fn inner_width(box_width: f64) -> f64 {
    let padding = if box_width < NARROW_BELOW {
        0.0
    } else {
        PADDING
    };
    (box_width - 2.0 * padding).max(1.0)
}

/// The width to lay out for before the box is measured: a [`COLUMN_WIDTH`] column's.
pub fn default_inner_width() -> f64 {
    inner_width(f64::from(COLUMN_WIDTH))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_box_has_no_side_padding() {
        assert_eq!(default_inner_width(), 616.0);
        assert_eq!(inner_width(520.0), 496.0);
        assert_eq!(inner_width(519.0), 519.0);
        assert_eq!(inner_width(328.0), 328.0);
        assert_eq!(inner_width(0.0), 1.0);
    }
}
