//! Gaps in metres: how far a car covers in a gap at the pole lap's average speed
//! ([`gap_metres`]), so a reader sees "+0.071, about 4.4 m". Integer-only: the one float is the
//! track length the contract gives in kilometres, turned into whole millimetres on entry.

use std::fmt;

use crate::core::time::{Gap, LapTime, Precision};

/// A distance on track, held in whole decimetres (displayed in metres): what a gap is worth.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Distance(i64);

impl Distance {
    /// From a signed count of decimetres.
    pub const fn from_decimetres(decimetres: i64) -> Distance {
        Distance(decimetres)
    }

    /// The signed count of decimetres.
    pub const fn as_decimetres(self) -> i64 {
        self.0
    }
}

/// `4.4 m`, `-0.3 m`, `123.5 m`: one decimal, from integers.
impl fmt::Display for Distance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(Precision::MILLIS).fmt(f)
    }
}

impl Distance {
    /// Shown to a reader: one decimal with the decimal mark of `precision` (`4,4 m`).
    pub fn display(self, precision: Precision) -> impl fmt::Display {
        struct Metres<F>(F);
        impl<F: fmt::Display> fmt::Display for Metres<F> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{} m", self.0)
            }
        }
        Metres(precision.fixed(self.0, 1))
    }
}

/// How far a car covers in `gap` at the pole lap's average speed on a lap of `length_km`:
/// `gap × length / pole`, so a reader sees "+0.071, about 4.4 m".
///
/// Computed with integers: the length in whole millimetres, then decimetres rounded half away
/// from zero (so a gap and its negation are the same distance). `None` when the length is not
/// a finite positive number (the contract requires a positive `length_km`; this keeps the
/// function total for any caller), or rounds to no millimetres at all.
pub fn gap_metres(gap: Gap, pole: LapTime, length_km: f64) -> Option<Distance> {
    if !length_km.is_finite() || length_km <= 0.0 {
        return None;
    }
    // The cast saturates; no real track is anywhere near the limit.
    let length_mm = (length_km * 1_000_000.0).round() as i64;
    if length_mm <= 0 {
        return None;
    }
    let numerator = i128::from(gap.as_ticks()) * i128::from(length_mm);
    let denominator = i128::from(pole.as_ticks()) * 100;
    let rounded = (2 * numerator.abs() + denominator) / (2 * denominator);
    let decimetres = if numerator < 0 { -rounded } else { rounded };
    let saturated = if decimetres < 0 { i64::MIN } else { i64::MAX };
    Some(Distance(i64::try_from(decimetres).unwrap_or(saturated)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::test_support::{session, t, DAYTONA_2024};
    use crate::core::classify;
    use crate::core::classify::Scope;

    #[test]
    fn gaps_in_metres_round_half_away_from_zero() {
        let gap = Gap::from_ticks;
        let m =
            |g: i64, pole: &str, km: f64| gap_metres(gap(g), t(pole), km).map(|m| m.to_string());
        // With a 10 s pole on a 1 km lap, decimetres = ticks × 1 000 000 / (100 000 × 100) =
        // ticks / 10, which puts the halves exactly on ticks ending in 5.
        let cases = [
            (4, "10.000", 1.0, Some("0.0 m")),
            (5, "10.000", 1.0, Some("0.1 m")),
            (15, "10.000", 1.0, Some("0.2 m")),
            (-4, "10.000", 1.0, Some("0.0 m")),
            (-5, "10.000", 1.0, Some("-0.1 m")),
            (-15, "10.000", 1.0, Some("-0.2 m")),
            (12_345, "10.000", 1.0, Some("123.5 m")),
            (0, "10.000", 1.0, Some("0.0 m")),
            // 0.071 s behind a 1:32.656 lap of 5.729 km: 710 × 5 729 000 / 92 656 000 =
            // 43.8999 dm → 4.4 m; and −0.156 on the same lap: −96.457 dm → −9.6 m.
            (710, "1:32.656", 5.729, Some("4.4 m")),
            (-1_560, "1:32.656", 5.729, Some("-9.6 m")),
            (710, "1:32.656", 0.0, None),
            (710, "1:32.656", -5.729, None),
            (710, "1:32.656", f64::NAN, None),
            (710, "1:32.656", f64::INFINITY, None),
            // Under half a millimetre is no length.
            (710, "1:32.656", 1e-10, None),
        ];
        for (g, pole, km, expected) in cases {
            assert_eq!(m(g, pole, km).as_deref(), expected, "{g} {pole} {km}");
        }
        assert_eq!(Distance::from_decimetres(-3).to_string(), "-0.3 m");
        assert_eq!(Distance::from_decimetres(44).as_decimetres(), 44);
    }

    #[test]
    fn daytona_2024_gtp_second_is_4_4_metres_behind() {
        let s = session(DAYTONA_2024);
        let c = classify(&s, &Scope::Class("GTP".into()));
        // #01 is +0.071 behind: at the pole lap's average speed round 5.729 km that is
        // 0.071 × 5 729 / 92.656 = 4.39 m, shown 4.4 m.
        let length = s
            .track
            .as_ref()
            .and_then(|t| t.length_km)
            .expect("a length");
        assert_eq!(length, 5.729);
        let p2 = &c.rows[1];
        assert_eq!(s.entries[p2.entry].number, "01");
        let gap = p2.class_gap.expect("a gap");
        assert_eq!(gap.display(s.precision).to_string(), "+0.071");
        let metres = gap_metres(gap, t("1:32.656"), length).expect("metres");
        assert_eq!(metres.to_string(), "4.4 m");
        let comma = s.precision.with_mark(',');
        assert_eq!(metres.display(comma).to_string(), "4,4 m");
        assert_eq!(
            Distance::from_decimetres(-3).display(comma).to_string(),
            "-0,3 m"
        );
    }
}
