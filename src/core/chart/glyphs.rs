//! How much room the chart's text takes, without a browser to measure it: a character's width
//! for each of the chart's two font sizes. Every place that sizes or cuts chart text reads it
//! here: the layout's label column and tick spacing, the timeline's step labels, the widget's
//! lines under the bars and its record-line captions.
//!
//! Each size has two figures. [`FontSize::char_width`] is generous: it sizes room that text must
//! never overrun (the label column, the space between ticks, a step label's extent).
//! [`FontSize::fitting_char_width`] is a little tighter: it decides how much of a text to show
//! in room already given (the line under the bars, a record's caption). They are the figures
//! the chart has always used; making them one would change what is drawn (at 360 px the
//! Daytona excerpt's line under the bars would lose a character), so they stay two, here.
//!
//! Widths are counted in characters as a reader sees them (`core::text::shown_chars`); this
//! module knows nothing of fonts beyond these figures (the stylesheet sets 13 px and 11 px).

/// A font size the chart draws text in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontSize {
    /// 13 px: row labels, section names, the lines under the bars.
    Body,
    /// 11 px: tick labels, record-line captions, the timeline's step labels.
    Small,
}

impl FontSize {
    /// One character's width in CSS pixels, generously.
    pub const fn char_width(self) -> f64 {
        match self {
            FontSize::Body => 7.2,
            FontSize::Small => 6.6,
        }
    }

    /// One character's width for fitting text into room already given.
    pub const fn fitting_char_width(self) -> f64 {
        match self {
            FontSize::Body => 7.0,
            FontSize::Small => 6.4,
        }
    }

    /// The room `chars` characters need, generously.
    pub fn width(self, chars: usize) -> f64 {
        chars as f64 * self.char_width()
    }

    /// The room `text` needs, generously, counting capitals and the wide `m` and `w` as the
    /// wider letters they are: for a short name set on its own ("BMW", "Acura"), where a count
    /// of characters alone would let a run of capitals overrun what follows it.
    pub fn text_width(self, text: &str) -> f64 {
        let wide = text
            .chars()
            .filter(|c| c.is_uppercase() || matches!(c, 'm' | 'w'))
            .count();
        let chars = crate::core::text::shown_chars(text);
        self.width(chars) + wide as f64 * self.char_width() * 0.35
    }

    /// True when `chars` characters fit in `room` pixels.
    pub fn fits(self, chars: usize, room: f64) -> bool {
        chars as f64 * self.fitting_char_width() <= room
    }

    /// How many characters fit in `room` pixels (none when there is no room).
    pub fn chars_in(self, room: f64) -> usize {
        (room / self.fitting_char_width()).max(0.0) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::FontSize;

    #[test]
    fn capitals_take_more_room_than_small_letters() {
        let body = FontSize::Body;
        assert_eq!(body.text_width("ab"), body.width(2));
        assert!(body.text_width("BMW") > body.width(3) * 1.3);
        assert!(body.text_width("Acura") < body.text_width("ACURA"));
    }

    #[test]
    fn what_fits_is_what_the_room_holds() {
        // The line under the bars at 360 px: 352 px of room, 7 px a character.
        assert_eq!(FontSize::Body.chars_in(352.0), 50);
        assert_eq!(FontSize::Body.chars_in(-8.0), 0);
        // A record caption: 10 characters of 6.4 px fill 64 px exactly; 11 do not fit.
        assert!(FontSize::Small.fits(10, 64.0));
        assert!(!FontSize::Small.fits(11, 64.0));
        // Sizing is the generous figure: 10 tick-label characters need 66 px.
        assert!((FontSize::Small.width(10) - 66.0).abs() < 1e-9);
    }
}
