//! Times as the sport writes them: [`LapTime`], [`Elapsed`] and [`Gap`], their parsing and display.
//!
//! Every time is an integer count of 0.1 ms, so a 4-decimal feed is exact and sums never drift.
//! This module owns the text forms of the contract (`59.123`, `1:32.656`, `+0.071`,
//! `+1:02.300`) in both directions; nothing else in the crate formats or parses a time.
//! It knows nothing of JSON or of where a time came from: callers attach the place to the error.

use std::fmt;
use std::iter::Sum;
use std::ops::Sub;

/// 0.1 ms per tick: the resolution of every time in the crate.
const TICKS_PER_MS: i64 = 10;
pub const TICKS_PER_SEC: i64 = 10_000;
const TICKS_PER_MIN: i64 = 60 * TICKS_PER_SEC;
const TICKS_PER_HOUR: i64 = 60 * TICKS_PER_MIN;

/// A count of ticks as milliseconds, for machine-readable output (`*_ms`): the one conversion
/// every time type uses.
fn millis_f64(ticks: i64) -> f64 {
    ticks as f64 / TICKS_PER_MS as f64
}

/// A count of ticks as seconds, for drawing only: the one conversion every time type uses.
fn secs_f64(ticks: i64) -> f64 {
    ticks as f64 / TICKS_PER_SEC as f64
}

/// The longest lap, sector or record time the contract accepts: 24 hours.
pub const MAX_LAP: i64 = 24 * TICKS_PER_HOUR;
/// The latest `at` accepted: 48 hours, because the last laps of a 24-hour race end after 24 h.
pub const MAX_ELAPSED: i64 = 48 * TICKS_PER_HOUR;

/// How figures are written: with 3 decimals, or 4 when the session's input carries 4 (the
/// data's), and with the reader's decimal mark (`1:32.656`, `1:32,656`; the language's,
/// [`crate::core::lang::Lang::decimal_mark`]). Every time, gap and percentage shown as text is
/// written through it, so a chart in French has commas in every figure and nowhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Precision {
    tenths: bool,
    mark: char,
}

impl Default for Precision {
    fn default() -> Precision {
        Precision::MILLIS
    }
}

impl Precision {
    /// Milliseconds: `1:32.656`.
    pub const MILLIS: Precision = Precision {
        tenths: false,
        mark: '.',
    };
    /// Tenths of a millisecond: `1:32.6565`.
    pub const TENTH_MILLIS: Precision = Precision {
        tenths: true,
        mark: '.',
    };

    /// The precision a time written with `decimals` digits after the point asks for.
    pub fn for_decimals(decimals: usize) -> Precision {
        if decimals >= 4 {
            Precision::TENTH_MILLIS
        } else {
            Precision::MILLIS
        }
    }

    /// The same decimals, written with `mark` before them.
    pub fn with_mark(self, mark: char) -> Precision {
        Precision { mark, ..self }
    }

    /// The decimal mark.
    pub fn mark(self) -> char {
        self.mark
    }

    /// A whole count of units of `10^-decimals` (thousandths of a percent, decimetres) written
    /// with that many decimals and this decimal mark: `fixed(100_077, 3)` is `100.077`. The one
    /// writer of such figures, for every figure that is not a clock.
    pub fn fixed(self, value: i64, decimals: u32) -> impl fmt::Display {
        struct Fixed(i64, u32, char);
        impl fmt::Display for Fixed {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let Fixed(value, decimals, mark) = *self;
                let sign = if value < 0 { "-" } else { "" };
                let unit = 10u64.pow(decimals);
                let whole = value.unsigned_abs();
                let digits = decimals as usize;
                write!(f, "{sign}{}{mark}{:0digits$}", whole / unit, whole % unit)
            }
        }
        Fixed(value, decimals, self.mark)
    }
}

/// Why a text or number is not a time. The caller adds where it was.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimeError {
    /// Not of the form `ss.fff`, `m:ss.fff` or `h:mm:ss.fff`.
    #[error("{0:?} is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)")]
    NotATime(String),
    /// A minutes or seconds field after the first is 60 or more.
    #[error("{0:?}: minutes and seconds after the first field must be below 60")]
    FieldOver59(String),
    /// More than 4 digits after the point.
    #[error("{0:?} has more than 4 decimals")]
    TooManyDecimals(String),
    /// Below zero.
    #[error("{0} is negative")]
    Negative(String),
    /// Exactly zero, for a lap or sector time.
    #[error("{0} is zero; a lap or sector time must be positive")]
    Zero(String),
    /// Longer than the limit for its kind (24 h for laps, 48 h for `at`).
    #[error("{0} is over {1} hours")]
    TooLong(String, i64),
    /// A JSON number that is not finite.
    #[error("{0} is not a finite number of seconds")]
    NotFinite(String),
}

/// A parsed time before it is known to be a lap time or an elapsed time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// Count of 0.1 ms.
    pub ticks: i64,
    /// The precision the input asked for.
    pub precision: Precision,
}

/// Parses the contract's text form into ticks. Zero is allowed here; the kinds decide.
///
/// Accepts `32.6`, `59.123`, `1:32.656`, `1:02:03.4567`, `92`; rejects signs, spaces, a
/// field after the first that is not two digits below 60, and more than 4 decimals.
pub fn parse_text(text: &str) -> Result<Parsed, TimeError> {
    let not_a_time = || TimeError::NotATime(text.to_owned());
    if let Some(rest) = text.strip_prefix('-') {
        // One sign, looked at once: a second `-` is simply not a time. (This recursed for
        // every leading `-`, and 18 kB of them overflowed the stack: found by the fuzzer.)
        if !rest.starts_with('-') && parse_text(rest).is_ok() {
            return Err(TimeError::Negative(format!("{text:?}")));
        }
        return Err(not_a_time());
    }
    let (whole, decimals) = match text.split_once('.') {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (text, None),
    };
    let mut fields = whole.split(':');
    let first = fields.next().ok_or_else(not_a_time)?;
    if first.is_empty() || first.len() > 9 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_a_time());
    }
    let mut ticks: i64 = first.parse::<i64>().map_err(|_| not_a_time())?;
    let mut count = 1;
    for field in fields {
        count += 1;
        if count > 3 || field.len() != 2 || !field.bytes().all(|b| b.is_ascii_digit()) {
            return Err(not_a_time());
        }
        let value: i64 = field.parse().map_err(|_| not_a_time())?;
        if value >= 60 {
            return Err(TimeError::FieldOver59(text.to_owned()));
        }
        ticks = ticks * 60 + value;
    }
    ticks *= TICKS_PER_SEC;
    let mut precision = Precision::MILLIS;
    if let Some(decimals) = decimals {
        if decimals.is_empty() || !decimals.bytes().all(|b| b.is_ascii_digit()) {
            return Err(not_a_time());
        }
        if decimals.len() > 4 {
            return Err(TimeError::TooManyDecimals(text.to_owned()));
        }
        precision = Precision::for_decimals(decimals.len());
        let value: i64 = decimals.parse().map_err(|_| not_a_time())?;
        // "6" is 6000 ticks, "656" is 6560: scale to four digits.
        ticks += value * 10_i64.pow(4 - decimals.len() as u32);
    }
    Ok(Parsed { ticks, precision })
}

/// Converts a JSON number of seconds into ticks, rounding to the nearest 0.1 ms.
///
/// A number that is not a whole number of milliseconds asks for 4 decimals.
pub fn from_seconds(seconds: f64) -> Result<Parsed, TimeError> {
    if !seconds.is_finite() {
        return Err(TimeError::NotFinite(seconds.to_string()));
    }
    if seconds < 0.0 {
        return Err(TimeError::Negative(seconds.to_string()));
    }
    // Anything this large is over every limit; clamping keeps the cast exact and total.
    let scaled = (seconds * TICKS_PER_SEC as f64).round().min(1e15);
    let ticks = scaled as i64;
    let precision = if ticks % TICKS_PER_MS == 0 {
        Precision::MILLIS
    } else {
        Precision::TENTH_MILLIS
    };
    Ok(Parsed { ticks, precision })
}

/// A lap, sector, best or record time: strictly positive and at most 24 hours.
///
/// ```
/// use qualichart::core::time::{LapTime, Precision};
/// let t: LapTime = "1:32.656".parse().unwrap();
/// assert_eq!(t.as_ticks(), 926_560);
/// assert_eq!(t.display(Precision::MILLIS).to_string(), "1:32.656");
/// let pole: LapTime = "1:32.656".parse().unwrap();
/// let p2: LapTime = "1:32.727".parse().unwrap();
/// assert_eq!((p2 - pole).display(Precision::MILLIS).to_string(), "+0.071");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LapTime(i64);

impl LapTime {
    /// A lap time from a count of 0.1 ms; `None` unless 0 < ticks ≤ 24 h.
    pub const fn from_ticks(ticks: i64) -> Option<LapTime> {
        if ticks > 0 && ticks <= MAX_LAP {
            Some(LapTime(ticks))
        } else {
            None
        }
    }

    /// A lap time from whole milliseconds; `None` unless 0 < ms ≤ 24 h.
    pub const fn from_millis(ms: i64) -> Option<LapTime> {
        match ms.checked_mul(TICKS_PER_MS) {
            Some(ticks) => LapTime::from_ticks(ticks),
            None => None,
        }
    }

    /// The count of 0.1 ms.
    pub const fn as_ticks(self) -> i64 {
        self.0
    }

    /// Milliseconds as a float, for machine-readable output (`best_ms`).
    pub fn as_millis_f64(self) -> f64 {
        millis_f64(self.0)
    }

    /// Seconds as a float: for drawing only, never for a figure shown as text.
    pub fn as_secs_f64(self) -> f64 {
        secs_f64(self.0)
    }

    /// Checks a parsed value against the lap-time rules; `shown` gives the input as written,
    /// and is only called for an error.
    pub fn check(parsed: Parsed, shown: impl FnOnce() -> String) -> Result<LapTime, TimeError> {
        match parsed.ticks {
            t if t < 0 => Err(TimeError::Negative(shown())),
            0 => Err(TimeError::Zero(shown())),
            t if t > MAX_LAP => Err(TimeError::TooLong(shown(), 24)),
            t => Ok(LapTime(t)),
        }
    }

    /// Displays with the session's precision: `59.123`, `1:32.656`, `1:02:03.457`.
    pub fn display(self, precision: Precision) -> impl fmt::Display {
        Clock {
            ticks: self.0,
            precision,
            sign: Sign::None,
        }
    }

    /// `self` as a percentage of `reference`, rounded half up to 3 decimals with integers.
    ///
    /// This is the one place the 107 % figure is computed: `1:32.727` of `1:32.656` is 100.077.
    pub fn percent_of(self, reference: LapTime) -> Percent {
        let num = self.0 as i128 * 100_000 * 2 + reference.0 as i128;
        let thousandths = num / (reference.0 as i128 * 2);
        Percent(i64::try_from(thousandths).unwrap_or(i64::MAX))
    }
}

/// A percentage in integer thousandths of a percent: `100.077` is `Percent(100_077)`.
///
/// Kept whole so that it is shown with exactly 3 decimals everywhere without float
/// formatting (which also keeps the browser bundle free of it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent(i64);

impl Percent {
    /// From thousandths of a percent.
    pub const fn from_thousandths(thousandths: i64) -> Percent {
        Percent(thousandths)
    }

    /// Thousandths of a percent.
    pub const fn as_thousandths(self) -> i64 {
        self.0
    }

    /// As a float, for machine-readable output.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 1000.0
    }
}

/// A JSON number (`100.077`) in machine-readable output.
impl serde::Serialize for Percent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.as_f64())
    }
}

/// `100.077`: always 3 decimals, with a point (machine-readable text; a reader's figure is
/// [`Percent::display`]).
impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(Precision::MILLIS).fmt(f)
    }
}

impl Percent {
    /// Shown to a reader: 3 decimals with the decimal mark of `precision` (`100,077`).
    pub fn display(self, precision: Precision) -> impl fmt::Display {
        precision.fixed(self.0, 3)
    }
}

impl std::str::FromStr for LapTime {
    type Err = TimeError;

    fn from_str(text: &str) -> Result<LapTime, TimeError> {
        LapTime::check(parse_text(text)?, || format!("{text:?}"))
    }
}

impl fmt::Debug for LapTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LapTime({})", self.display(Precision::TENTH_MILLIS))
    }
}

impl Sub for LapTime {
    type Output = Gap;

    fn sub(self, rhs: LapTime) -> Gap {
        Gap(self.0 - rhs.0)
    }
}

/// Sum of sector times, the ideal lap. `None` when it would pass 24 h (it cannot for real data).
impl Sum<LapTime> for Option<LapTime> {
    fn sum<I: Iterator<Item = LapTime>>(iter: I) -> Option<LapTime> {
        let mut total: i64 = 0;
        let mut any = false;
        for t in iter {
            total = total.checked_add(t.0)?;
            any = true;
        }
        if any {
            LapTime::from_ticks(total)
        } else {
            None
        }
    }
}

/// Session time elapsed when a lap was completed (`at`): zero allowed, at most 48 hours.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Elapsed(i64);

impl Elapsed {
    /// An elapsed time from a count of 0.1 ms; `None` unless 0 ≤ ticks ≤ 48 h.
    pub const fn from_ticks(ticks: i64) -> Option<Elapsed> {
        if ticks >= 0 && ticks <= MAX_ELAPSED {
            Some(Elapsed(ticks))
        } else {
            None
        }
    }

    /// The count of 0.1 ms.
    pub const fn as_ticks(self) -> i64 {
        self.0
    }

    /// Checks a parsed value against the `at` rules; `shown` gives the input as written,
    /// and is only called for an error.
    pub fn check(parsed: Parsed, shown: impl FnOnce() -> String) -> Result<Elapsed, TimeError> {
        match parsed.ticks {
            t if t < 0 => Err(TimeError::Negative(shown())),
            t if t > MAX_ELAPSED => Err(TimeError::TooLong(shown(), 48)),
            t => Ok(Elapsed(t)),
        }
    }

    /// Displays as a clock, like a lap time: `53:47.011`, `1:17:53.782`.
    pub fn display(self, precision: Precision) -> impl fmt::Display {
        Clock {
            ticks: self.0,
            precision,
            sign: Sign::None,
        }
    }

    /// As milliseconds, for machine-readable output.
    pub fn as_millis_f64(self) -> f64 {
        millis_f64(self.0)
    }

    /// To the second, as a reader says a moment of the session: "52:40", "1:04:09" (the
    /// timeline's axis, the replay, the story at a moment).
    pub fn clock(self) -> String {
        let seconds = self.0 / TICKS_PER_SEC;
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        if h > 0 {
            format!("{h}:{m:02}:{s:02}")
        } else {
            format!("{m}:{s:02}")
        }
    }
}

impl fmt::Debug for Elapsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Elapsed({})", self.display(Precision::TENTH_MILLIS))
    }
}

/// A signed difference of two lap times: a gap, an interval, a delta. Displays with a sign.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Gap(i64);

impl Gap {
    /// A gap from a signed count of 0.1 ms.
    pub const fn from_ticks(ticks: i64) -> Gap {
        Gap(ticks)
    }

    /// The signed count of 0.1 ms.
    pub const fn as_ticks(self) -> i64 {
        self.0
    }

    /// Milliseconds as a float, for machine-readable output (`gap_ms`).
    pub fn as_millis_f64(self) -> f64 {
        millis_f64(self.0)
    }

    /// Seconds as a float: for drawing only.
    pub fn as_secs_f64(self) -> f64 {
        secs_f64(self.0)
    }

    /// Displays with a sign: `+0.071`, `+1:02.300`, `-1.029`, `+0.000`.
    pub fn display(self, precision: Precision) -> impl fmt::Display {
        let sign = if self.0 < 0 { Sign::Minus } else { Sign::Plus };
        Clock {
            ticks: self.0.abs(),
            precision,
            sign,
        }
    }

    /// Displays the size alone, for prose ("0.071 seconds behind", "pole by 0.046"):
    /// `0.071`, `1:02.300`.
    pub fn display_unsigned(self, precision: Precision) -> impl fmt::Display {
        Clock {
            ticks: self.0.abs(),
            precision,
            sign: Sign::None,
        }
    }
}

impl fmt::Debug for Gap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gap({})", self.display(Precision::TENTH_MILLIS))
    }
}

/// A time or gap as an axis tick says it: without the zeros a round step ends in ("1:32.500"
/// is "1:32.5", "+1.000" is "+1"). The one rule for every chart's ticks.
pub fn tick_text(displayed: impl fmt::Display) -> String {
    let text = displayed.to_string();
    match text.find(['.', ',']) {
        Some(at) => {
            let (whole, fraction) = text.split_at(at);
            let fraction = fraction.trim_end_matches('0');
            if fraction.len() <= 1 {
                whole.to_owned()
            } else {
                format!("{whole}{fraction}")
            }
        }
        None => text,
    }
}

#[derive(Clone, Copy)]
enum Sign {
    None,
    Plus,
    Minus,
}

/// The one formatter behind every time display.
struct Clock {
    ticks: i64,
    precision: Precision,
    sign: Sign,
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.sign {
            Sign::None => {}
            Sign::Plus => f.write_str("+")?,
            Sign::Minus => f.write_str("-")?,
        }
        // Round half up to the millisecond; in a 3-decimal session every time is whole ms.
        let (unit, digits) = if self.precision.tenths {
            (1, 4)
        } else {
            (TICKS_PER_MS, 3)
        };
        let mark = self.precision.mark;
        let rounded = (self.ticks + unit / 2) / unit * unit;
        let hours = rounded / TICKS_PER_HOUR;
        let minutes = rounded % TICKS_PER_HOUR / TICKS_PER_MIN;
        let seconds = rounded % TICKS_PER_MIN / TICKS_PER_SEC;
        let fraction = rounded % TICKS_PER_SEC / unit;
        if hours > 0 {
            write!(
                f,
                "{hours}:{minutes:02}:{seconds:02}{mark}{fraction:0digits$}"
            )
        } else if minutes > 0 {
            write!(f, "{minutes}:{seconds:02}{mark}{fraction:0digits$}")
        } else {
            write!(f, "{seconds}{mark}{fraction:0digits$}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lap(text: &str) -> String {
        match text.parse::<LapTime>() {
            Ok(t) => format!("{} {:?}", t.as_ticks(), t),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn parses_the_contract_forms() {
        let cases = [
            ("59.123", "591230 LapTime(59.1230)"),
            ("1:32.656", "926560 LapTime(1:32.6560)"),
            ("32.6", "326000 LapTime(32.6000)"),
            ("92", "920000 LapTime(1:32.0000)"),
            ("92.656", "926560 LapTime(1:32.6560)"),
            ("1:02:03.4567", "37234567 LapTime(1:02:03.4567)"),
            ("24:00:00", "864000000 LapTime(24:00:00.0000)"),
            ("1:6x.000", "error: \"1:6x.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            ("1:60.000", "error: \"1:60.000\": minutes and seconds after the first field must be below 60"),
            ("1:2.000", "error: \"1:2.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            ("1:32.65612", "error: \"1:32.65612\" has more than 4 decimals"),
            ("-1:32.656", "error: \"-1:32.656\" is negative"),
            ("0.000", "error: \"0.000\" is zero; a lap or sector time must be positive"),
            ("24:00:00.001", "error: \"24:00:00.001\" is over 24 hours"),
            ("", "error: \"\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            (" 1:32.656", "error: \" 1:32.656\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            ("1:32.", "error: \"1:32.\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            ("1:00:00:00", "error: \"1:00:00:00\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            ("+1.000", "error: \"+1.000\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
            ("99999999999999999999", "error: \"99999999999999999999\" is not a time (expected ss.fff, m:ss.fff or h:mm:ss.fff)"),
        ];
        for (input, expected) in cases {
            assert_eq!(lap(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn precision_follows_the_input() {
        let cases = [
            ("1:32.656", Precision::MILLIS),
            ("32.6", Precision::MILLIS),
            ("1:32.6565", Precision::TENTH_MILLIS),
            ("1:32.6560", Precision::TENTH_MILLIS),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse_text(input).map(|p| p.precision),
                Ok(expected),
                "{input}"
            );
        }
    }

    #[test]
    fn seconds_as_numbers_round_to_a_tenth_of_a_millisecond() {
        let cases = [
            (92.656, Ok((926_560, Precision::MILLIS))),
            (92.6565, Ok((926_565, Precision::TENTH_MILLIS))),
            (0.0001, Ok((1, Precision::TENTH_MILLIS))),
            (-1.0, Err(TimeError::Negative("-1".into()))),
            (f64::NAN, Err(TimeError::NotFinite("NaN".into()))),
            (f64::INFINITY, Err(TimeError::NotFinite("inf".into()))),
        ];
        for (input, expected) in cases {
            assert_eq!(
                from_seconds(input).map(|p| (p.ticks, p.precision)),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn displays_times_and_gaps() {
        let t = |ticks| LapTime::from_ticks(ticks).expect("valid test time");
        let cases = [
            (t(591_230).display(Precision::MILLIS).to_string(), "59.123"),
            (
                t(926_560).display(Precision::MILLIS).to_string(),
                "1:32.656",
            ),
            (
                t(926_565).display(Precision::TENTH_MILLIS).to_string(),
                "1:32.6565",
            ),
            (
                t(37_234_567).display(Precision::MILLIS).to_string(),
                "1:02:03.457",
            ),
            (
                t(600_000).display(Precision::MILLIS).to_string(),
                "1:00.000",
            ),
            (Gap(710).display(Precision::MILLIS).to_string(), "+0.071"),
            (
                Gap(623_000).display(Precision::MILLIS).to_string(),
                "+1:02.300",
            ),
            (
                Gap(-10_290).display(Precision::MILLIS).to_string(),
                "-1.029",
            ),
            (Gap(0).display(Precision::MILLIS).to_string(), "+0.000"),
            (
                Gap(5).display(Precision::TENTH_MILLIS).to_string(),
                "+0.0005",
            ),
        ];
        for (got, expected) in cases {
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn unsigned_gaps_show_their_size_for_prose() {
        let cases = [
            (Gap::from_ticks(710), Precision::MILLIS, "0.071"),
            (Gap::from_ticks(-10_290), Precision::MILLIS, "1.029"),
            (Gap::from_ticks(-623_000), Precision::MILLIS, "1:02.300"),
            (Gap::from_ticks(5), Precision::TENTH_MILLIS, "0.0005"),
        ];
        for (gap, precision, expected) in cases {
            assert_eq!(gap.display_unsigned(precision).to_string(), expected);
        }
    }

    #[test]
    fn signs_are_checked_once_however_many_there_are() {
        assert_eq!(
            parse_text("-1:32.656"),
            Err(TimeError::Negative("\"-1:32.656\"".into()))
        );
        assert_eq!(parse_text("--1"), Err(TimeError::NotATime("--1".into())));
        // 100,000 dashes: an error, not a stack overflow.
        let dashes = "-".repeat(100_000) + "1";
        assert_eq!(
            parse_text(&dashes),
            Err(TimeError::NotATime(dashes.clone()))
        );
    }

    #[test]
    fn percent_rounds_half_up_from_integers() {
        let t = |ms| LapTime::from_millis(ms).expect("valid test time");
        let cases = [
            (t(92_727), t(92_656), "100.077", 100.077),
            (t(92_656), t(92_656), "100.000", 100.0),
            (t(99_142), t(92_656), "107.000", 107.0),
            (t(2), t(1), "200.000", 200.0),
            // 100.0005 exactly rounds up.
            (t(200_001), t(200_000), "100.001", 100.001),
            (t(1), t(1_000), "0.100", 0.1),
        ];
        for (time, pole, text, value) in cases {
            let percent = time.percent_of(pole);
            assert_eq!(percent.to_string(), text, "{time:?} of {pole:?}");
            assert_eq!(percent.as_f64(), value, "{time:?} of {pole:?}");
        }
        assert_eq!(Percent::from_thousandths(-1_500).to_string(), "-1.500");
    }

    #[test]
    fn ideal_lap_is_the_sum_of_sectors() {
        let t = |ms| LapTime::from_millis(ms).expect("valid test time");
        let ideal: Option<LapTime> = [t(22_069), t(43_358), t(26_879)].into_iter().sum();
        assert_eq!(ideal, Some(t(92_306)));
        let none: Option<LapTime> = std::iter::empty().sum();
        assert_eq!(none, None);
    }

    #[test]
    fn elapsed_allows_zero_and_48_hours() {
        let e = |text: &str| {
            parse_text(text)
                .map_err(|e| e.to_string())
                .and_then(|p| Elapsed::check(p, || format!("{text:?}")).map_err(|e| e.to_string()))
        };
        assert_eq!(e("0").map(Elapsed::as_ticks), Ok(0));
        assert_eq!(e("1:17:53.782").map(Elapsed::as_ticks), Ok(46_737_820));
        assert_eq!(
            e("48:00:00.0001").map(Elapsed::as_ticks),
            Err("\"48:00:00.0001\" is over 48 hours".into())
        );
    }
}
