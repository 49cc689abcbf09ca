//! Scales: data to pixels and back (d3-scale in miniature), and nice 1-2-5 gap ticks.
//!
//! Scales are small `Copy` values built once. A zero-width domain (one car, or a tie
//! everywhere) maps to the middle of the range, never to NaN. Ticks are whole [`Gap`]s, so the
//! axis labels use the same `Display` as every other figure and can never disagree with them.

use crate::core::time::Gap;

/// A linear map from a domain to a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Linear {
        Linear { domain, range }
    }

    /// Domain to range; a zero-width domain gives the middle of the range.
    pub fn map(&self, x: f64) -> f64 {
        let ((d0, d1), (r0, r1)) = (self.domain, self.range);
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (x - d0) / (d1 - d0) * (r1 - r0)
    }

    /// Range to domain; a zero-width range gives the start of the domain.
    pub fn invert(&self, y: f64) -> f64 {
        let ((d0, d1), (r0, r1)) = (self.domain, self.range);
        if r1 == r0 {
            return d0;
        }
        d0 + (y - r0) / (r1 - r0) * (d1 - d0)
    }
}

/// The 1-2-5 step (in 0.1 ms ticks, at least 1 ms) that splits `span` into about `count` parts.
pub fn step_125(span: i64, count: u32) -> i64 {
    const MIN_STEP: i64 = 10;
    let count = i64::from(count.max(1));
    let raw = (span.max(0) + count - 1) / count;
    let mut magnitude = MIN_STEP;
    while magnitude * 10 <= raw {
        magnitude *= 10;
    }
    [1, 2, 5, 10]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw)
        .unwrap_or(magnitude * 10)
}

/// Gap ticks from zero to the first step at or past `max`, about `count` intervals.
///
/// `gap_ticks(0.850 s, 4)` gives 0, 0.2, 0.4, 0.6, 0.8, 1.0: the axis ends on a round number that
/// holds the slowest bar.
pub fn gap_ticks(max: Gap, count: u32) -> Vec<Gap> {
    gap_ticks_between(Gap::default(), max, count)
}

/// Gap ticks through zero from the last step at or before `min` (zero when `min` is not
/// negative) to the first at or past `max`, about `count` intervals: an axis that also holds a
/// record or a deleted lap faster than pole, at the same round steps.
pub fn gap_ticks_between(min: Gap, max: Gap, count: u32) -> Vec<Gap> {
    let (lo, hi) = (min.as_ticks().min(0), max.as_ticks().max(0));
    let step = step_125(hi - lo, count);
    let first = lo.div_euclid(step);
    let last = ((hi + step - 1) / step).max(first + 1).max(1);
    (first..=last).map(|k| Gap::from_ticks(k * step)).collect()
}

#[cfg(test)]
mod between_tests {
    use super::*;

    #[test]
    fn ticks_reach_below_zero_at_the_same_round_steps() {
        let ms = |v: i64| Gap::from_ticks(v * 10);
        let got: Vec<i64> = gap_ticks_between(ms(-500), ms(5_000), 4)
            .iter()
            .map(|g| g.as_ticks() / 10)
            .collect();
        assert_eq!(got, [-2_000, 0, 2_000, 4_000, 6_000]);
        let got: Vec<i64> = gap_ticks_between(ms(-500), ms(5_000), 11)
            .iter()
            .map(|g| g.as_ticks() / 10)
            .collect();
        assert_eq!(got.first(), Some(&-500));
        assert_eq!(got.last(), Some(&5_000));
        assert_eq!(gap_ticks_between(ms(0), ms(850), 4), gap_ticks(ms(850), 4));
    }
}

/// Evenly spaced bands (rows) over a range, with inner and outer padding as fractions of a step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub n: usize,
    pub range: (f64, f64),
    pub padding_inner: f64,
    pub padding_outer: f64,
}

impl Band {
    /// The distance from one band's start to the next.
    pub fn step(&self) -> f64 {
        let (r0, r1) = self.range;
        let slots = self.n as f64 - self.padding_inner + 2.0 * self.padding_outer;
        if slots <= 0.0 {
            0.0
        } else {
            (r1 - r0) / slots
        }
    }

    /// The width of one band.
    pub fn bandwidth(&self) -> f64 {
        self.step() * (1.0 - self.padding_inner)
    }

    /// Where band `i` starts.
    pub fn position(&self, i: usize) -> f64 {
        self.range.0 + self.step() * (self.padding_outer + i as f64)
    }

    /// The band under `y`, counting the padding around a band as its own.
    pub fn index_at(&self, y: f64) -> Option<usize> {
        let step = self.step();
        if self.n == 0 || step <= 0.0 {
            return None;
        }
        let offset = (y - self.range.0) / step - self.padding_outer + self.padding_inner / 2.0;
        let i = offset.floor();
        (i >= 0.0 && (i as usize) < self.n).then_some(i as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::time::Precision;

    #[test]
    fn linear_maps_inverts_and_survives_zero_width() {
        let s = Linear::new((0.0, 10.0), (100.0, 300.0));
        assert_eq!((s.map(0.0), s.map(5.0), s.map(10.0)), (100.0, 200.0, 300.0));
        assert_eq!(s.invert(250.0), 7.5);
        let flat = Linear::new((3.0, 3.0), (100.0, 300.0));
        assert_eq!(flat.map(3.0), 200.0);
        assert_eq!(Linear::new((0.0, 1.0), (5.0, 5.0)).invert(5.0), 0.0);
    }

    #[test]
    fn steps_are_1_2_5() {
        let cases = [
            (8_500, 4, 5_000),
            (8_500, 5, 2_000),
            (1_000, 5, 200),
            (0, 5, 10),
            (3, 5, 10),
            (200_590, 5, 50_000),
            (9_000_000, 4, 5_000_000),
        ];
        for (span, count, expected) in cases {
            assert_eq!(step_125(span, count), expected, "span {span} count {count}");
        }
    }

    #[test]
    fn gap_ticks_cover_the_slowest_bar_with_round_labels() {
        let show = |max: i64, count| -> String {
            gap_ticks(Gap::from_ticks(max), count)
                .iter()
                .map(|g| g.display(Precision::MILLIS).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        insta::assert_snapshot!(show(8_500, 5), @"+0.000 +0.200 +0.400 +0.600 +0.800 +1.000");
        insta::assert_snapshot!(show(0, 5), @"+0.000 +0.001");
        // 20.059 s in about 4 parts: 5 s steps would need 5, so the step rounds up to 10 s.
        insta::assert_snapshot!(show(200_590, 4), @"+0.000 +10.000 +20.000 +30.000");
    }

    #[test]
    fn bands_place_rows_and_find_them_back() {
        let b = Band {
            n: 4,
            range: (0.0, 100.0),
            padding_inner: 0.2,
            padding_outer: 0.1,
        };
        let step = b.step();
        assert!((step - 100.0 / 4.0).abs() < 1e-9);
        assert!((b.bandwidth() - 20.0).abs() < 1e-9);
        assert!((b.position(0) - 2.5).abs() < 1e-9);
        for i in 0..4 {
            let middle = b.position(i) + b.bandwidth() / 2.0;
            assert_eq!(b.index_at(middle), Some(i));
        }
        assert_eq!(b.index_at(-50.0), None);
        assert_eq!(b.index_at(150.0), None);
        assert_eq!(Band { n: 0, ..b }.index_at(10.0), None);
    }
}
