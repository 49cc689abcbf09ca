//! The gap-to-pole chart in pixels: every row, bar, tick, record rule and section header.
//!
//! One row per car, fastest first; a bar runs from the pole line to the car's gap. A class
//! scope measures gaps to that class's pole; the overall scope draws each class as its own
//! section with its own pole (each row's class gap), so a GTD car is never shown "12 s off"
//! a GTP pole. A knockout draws each part as a section in the same way: the cars that reached
//! the last part, then those out in each part before it, each measured from the fastest time
//! of its part (the classification decides), so a Q2 gap never sits on the Q3 scale.
//! Cars without a time get no bar and are listed after the bars. Every coordinate is rounded
//! to a tenth of a pixel here, once, so the widget and the server-side render agree exactly.
//!
//! A chart draws at most [`CAR_CAP`] cars until the reader asks for all ([`Dims::max_cars`]):
//! the first ones in the order they are drawn, then a line saying how many more there are.
//! The cap is decided here, so the server render and the live widget draw the same cars.

use std::collections::HashMap;

use crate::core::analysis::{ghosts, Cutoff, Ghost};
use crate::core::chart::glyphs::FontSize;
use crate::core::chart::label::row_label;
use crate::core::chart::px::round;
use crate::core::chart::scale::{gap_ticks_between, Band, Linear};
use crate::core::classify::{Classification, Row};
use crate::core::lang::{Arg, Words};
use crate::core::session::{Record, Session};
use crate::core::text::{cut, shown_chars};
use crate::core::time::{Gap, LapTime, Precision};
use crate::core::verdicts::Verdicts;

/// The box the chart is drawn in, in CSS pixels, and how many cars it draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dims {
    /// The width available (the widget's box).
    pub width: f64,
    /// At most this many cars are drawn (bars, then lines for cars without a time, in the order
    /// they are drawn); `None` draws every car. The widget passes [`CAR_CAP`] until the reader
    /// asks for all.
    pub max_cars: Option<usize>,
}

/// The cars a chart draws until the reader asks for all: every car of a real field (the
/// largest, the Nürburgring 24 Hours', has had up to 210), while a hostile session of thousands
/// of cars draws a few hundred marks, not thousands, and stays quick to hover and scroll.
pub const CAR_CAP: usize = 250;

/// The most record lines drawn in one section, the first listed: a real session has one or two
/// a class, and a section crossed by dozens of lines (a session of 100 records without a class
/// would draw all of them in every class section) tells a reader nothing. The report and the
/// story still name every record.
pub const MAX_RULES: usize = 5;

/// Padding between a row label and the pole line.
const LABEL_GAP: f64 = 16.0;

/// Rows are at least this tall: a comfortable touch target (WCAG asks for 24 px).
pub const ROW_HEIGHT: f64 = 30.0;
/// Room above the first row for the axis labels.
const AXIS_HEIGHT: f64 = 26.0;
/// A section's class-name line.
const SECTION_HEIGHT: f64 = 30.0;
/// One line under the bars per car without a time, and for the line saying how many cars are
/// not drawn.
pub const UNTIMED_HEIGHT: f64 = 22.0;
/// A line above the rows for record labels, when a single-scale chart has records.
const RULE_LABEL_HEIGHT: f64 = 18.0;
/// Room right of the longest bar for its gap label.
const VALUE_ROOM: f64 = 62.0;
/// From a bar's end to the figure beside it (the widget draws it there).
pub const VALUE_GAP: f64 = 6.0;
/// Kept clear at the box's right edge.
const EDGE: f64 = 4.0;
/// Kept between a line across the rows and the text beside a bar.
const LINE_CLEARANCE: f64 = 3.0;
/// The least space between two tick labels.
const TICK_LABEL_SPACE: f64 = 10.0;
/// The narrowest box laid out: a narrower one is drawn this wide.
const MIN_WIDTH: f64 = 240.0;
/// The label column is at least this wide, and at most this share of the box.
const MIN_LABEL_WIDTH: f64 = 80.0;
const MAX_LABEL_SHARE: f64 = 0.55;
/// The first section's header line starts this far down (a chart of sections has no axis
/// line above it).
const SECTIONS_TOP: f64 = 4.0;
/// A section's tick labels stand on its header line, this far below the line's top.
const SECTION_LABEL_BASELINE: f64 = 20.0;
/// A chart of one section: its tick labels' baseline, and where its grid lines start.
const AXIS_LABEL_BASELINE: f64 = 14.0;
const AXIS_TICK_TOP: f64 = 20.0;
/// Room between the bars and the lines under them, and under those lines.
const UNTIMED_TOP: f64 = 8.0;
/// How far above its line's bottom a line under the bars has its baseline.
const UNTIMED_DESCENT: f64 = 7.0;
/// Room under the last mark.
const BOTTOM_PADDING: f64 = 8.0;
/// At most this many tick intervals, however wide the box.
const MAX_TICKS: u32 = 8;

/// Every mark of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    pub width: f64,
    pub height: f64,
    /// Where bars start (the pole line) and where the axis ends.
    pub plot: (f64, f64),
    /// Where the row labels end, left of the bars.
    pub label_width: f64,
    /// How many characters of a row label fit; longer labels are shortened by the renderer.
    pub label_chars: usize,
    pub ticks: Vec<TickMark>,
    pub sections: Vec<SectionMark>,
    pub rows: Vec<RowMark>,
    pub rules: Vec<RuleMark>,
    /// The 107 % line of each section whose axis reaches it.
    pub cutoffs: Vec<CutoffMark>,
    /// Deleted laps faster than the car's best, on the car's row.
    pub ghosts: Vec<GhostMark>,
    /// The cars without a time, listed under the bars in classification order.
    pub untimed: Vec<UntimedMark>,
    /// The line under the last car drawn when some are not ([`Dims::max_cars`]).
    pub more: Option<MoreMark>,
}

impl ChartLayout {
    /// True when the car at `entry` (index into `session.entries`) has a mark: a bar or a line.
    pub fn draws(&self, entry: usize) -> bool {
        self.rows.iter().any(|r| r.entry == entry) || self.untimed.iter().any(|u| u.entry == entry)
    }
}

/// Cars not drawn: the line that says how many, under the last car drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct MoreMark {
    /// How many cars of the classification are not drawn.
    pub hidden: usize,
    /// How many cars the classification has.
    pub total: usize,
    /// The line's baseline.
    pub y: f64,
}

/// The 107 % line: cars right of it were slower than 107 % of their pole.
#[derive(Clone, Debug, PartialEq)]
pub struct CutoffMark {
    /// The class id of the section, `""` for a chart without sections.
    pub class: String,
    pub x: f64,
    pub y0: f64,
    pub y1: f64,
    /// The slowest time still within 107 %.
    pub limit: crate::core::time::LapTime,
}

/// Where a car's deleted lap would have put its bar.
#[derive(Clone, Debug, PartialEq)]
pub struct GhostMark {
    /// Index into `session.entries`.
    pub entry: usize,
    /// The deleted lap and where it would have put the car, for the mark's tooltip.
    pub ghost: Ghost,
    pub x: f64,
    /// The row's vertical centre.
    pub y: f64,
    /// Deleted lap − the section's pole: where it stands on the gap axis.
    pub gap: Gap,
}

/// A car without a time: one line under the bars.
#[derive(Clone, Debug, PartialEq)]
pub struct UntimedMark {
    /// Index into the classification's rows.
    pub row: usize,
    /// Index into `session.entries`.
    pub entry: usize,
    /// The line's baseline.
    pub y: f64,
}

/// An axis tick: a vertical grid line over its section's rows, with its gap label.
#[derive(Clone, Debug, PartialEq)]
pub struct TickMark {
    pub x: f64,
    pub gap: Gap,
    /// The label: the gap with no trailing zeros ("0", "+0.2", "+1.25").
    pub label: String,
    /// The label's baseline: above the chart, or on its section's header line.
    pub label_y: f64,
    /// False where the label would cover the section's name (its zero tick).
    pub labelled: bool,
    /// The grid line's span.
    pub y0: f64,
    pub y1: f64,
}

/// A section's header.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionMark {
    pub section: Section,
    pub y: f64,
    /// The time the section's gaps are measured from: its pole, or in a knockout part the
    /// fastest time of the part, which a car of a later part may have set.
    pub zero: LapTime,
    /// After the name of a knockout part before the last, where its gaps start: "fastest
    /// 1:18.856" (`chart-part-fastest`). A car of a later part set that time, so no bar of the
    /// section starts at zero and the reader needs the figure. The layout measured it (no
    /// tick label overlaps it); the widget draws it after [`SECTION_NOTE_JOINER`].
    pub note: Option<String>,
}

/// Between a section's name and its note.
pub const SECTION_NOTE_JOINER: &str = " · ";

/// Where a class section's name starts: after its swatch.
pub const CLASS_NAME_X: f64 = 18.0;

/// What a section gathers: the one word for the cars measured from one zero, on one scale.
#[derive(Clone, Debug, PartialEq)]
pub enum Section {
    /// One class, by id (the overall scope of a multi-class session).
    Class(String),
    /// The cars classified in one part of a knockout (index into `session.parts`): for the
    /// last part, those that reached it; for the others, those out in it.
    Part(usize),
}

impl Section {
    /// The class of a class section.
    pub fn class(&self) -> Option<&str> {
        match self {
            Section::Class(id) => Some(id),
            Section::Part(_) => None,
        }
    }
}

/// One timed car.
#[derive(Clone, Debug, PartialEq)]
pub struct RowMark {
    /// Index into the classification's rows.
    pub row: usize,
    /// Index into `session.entries`.
    pub entry: usize,
    /// Top of the row's band.
    pub y: f64,
    pub height: f64,
    /// The bar, from the pole line to the gap: `(x0, x1)`; zero width for a pole.
    pub bar: (f64, f64),
    /// The label beside the bar ([`row_label`]), cut to [`ChartLayout::label_chars`]: the text
    /// the widget and the server render draw.
    pub label: String,
    /// The gap the bar shows ([`Classification::shown_gap`]): to the scope pole, to the class pole in the
    /// overall scope, to the fastest of the car's part in a knockout.
    pub gap: Gap,
    /// True for the pole of the bar's scale (scope pole, or the class pole in the overall scope).
    pub pole: bool,
    /// The figure beside the bar: the pole's lap time, or the gap ("+0.071").
    pub value: String,
    /// The car's manufacturer, after the figure ("+0.071 · Cadillac"), when no make holds more
    /// than half its section's cars and the pair fits clear of the box's edge and of the lines
    /// drawn across the rows.
    pub maker: Option<String>,
}

/// Between the figure beside a bar and the manufacturer after it.
pub const MAKER_JOINER: &str = " · ";

/// A record line across the rows it applies to; its label sits just above `y0`, on a line
/// of its own (or its section's header line), so it never covers a bar.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleMark {
    /// Index into `session.records`.
    pub record: usize,
    pub x: f64,
    pub y0: f64,
    pub y1: f64,
    /// Whether the label reads leftwards from the line (it stands in the right half).
    pub label_left: bool,
    /// Record − the pole it is measured from: where the line stands on the gap axis.
    pub gap: Gap,
}

/// Lays out the classification in `dims`, with its `verdicts` ([`Verdicts::of`]): the record
/// lines and 107 % lines the story and the table name too.
///
/// The marks are laid out by one function each, as Observable Plot's marks are plain
/// functions: [`label_column`], [`sections_of`] and [`cap`] decide what is drawn where;
/// per section, [`section_scale`] gives its axis, then [`section_header`], [`bar_marks`],
/// [`rule_marks`], [`ghost_marks`], [`cutoff_mark`] and [`tick_marks`] place its marks; the
/// cars without a time are [`untimed_marks`].
pub fn layout(
    session: &Session,
    classification: &Classification,
    verdicts: &Verdicts,
    dims: Dims,
    words: &Words,
) -> ChartLayout {
    let width = dims.width.max(MIN_WIDTH);
    let labels = label_column(session, classification, width);
    let plot = (labels.width, round(width - VALUE_ROOM));
    let sections = sections_of(session, classification);
    let mut members = members_of(session, classification, sections.len());
    let (mut hidden, room) = cap(&mut members, dims.max_cars);
    let section_ghosts = ghosts_by_section(&members, &ghosts(session, classification));
    let cutoff_of: HashMap<&str, &Cutoff> = verdicts
        .cutoffs
        .iter()
        .rev()
        .map(|c| (c.class.as_str(), c))
        .collect();
    let rule_lists = RuleLists::new(session, &verdicts.records);
    let mut y = if sections[0].is_some() {
        SECTIONS_TOP
    } else {
        AXIS_HEIGHT
    };
    let mut marks = SectionMarks::default();
    for ((section, members), section_ghosts) in
        sections.into_iter().zip(members).zip(section_ghosts)
    {
        // The section's zero: its pole, or in a knockout part the fastest time of the part (a
        // car that went on to a later part may have set it).
        let Some(pole) = members
            .first()
            .and_then(|(_, r)| classification.measured_from(r))
        else {
            continue;
        };
        // Record lines of this section, measured from this section's pole. In a knockout they
        // stand with the pole, in the last part's section.
        let rule_gaps: Vec<(usize, Gap)> = rule_lists
            .of(session, section.as_ref())
            .into_iter()
            .take(MAX_RULES)
            .map(|(i, record)| (i, record.time - pole))
            .collect();
        // Deleted laps of this section's timed cars, measured from this section's pole.
        let ghost_gaps: Vec<(Ghost, usize, Gap)> = section_ghosts
            .into_iter()
            .map(|(ghost, i)| (ghost, i, ghost.time - pole))
            .collect();
        let cutoff = section_cutoff(session, section.as_ref(), &cutoff_of, &verdicts.cutoffs)
            .map(|c| (c.limit, c.limit - pole));
        let scale = section_scale(
            classification,
            &members,
            &rule_gaps,
            &ghost_gaps,
            plot,
            session.precision,
        );
        let (label_y, header_end) = section_header(
            &mut marks.sections,
            session,
            section.as_ref(),
            pole,
            &mut y,
            words,
        );
        if !rule_gaps.is_empty() {
            y += RULE_LABEL_HEIGHT;
        }
        let (y0, y1) = (round(y), round(y + members.len() as f64 * ROW_HEIGHT));
        let band = Band {
            n: members.len(),
            range: (y0, y1),
            padding_inner: 0.0,
            padding_outer: 0.0,
        };
        // The lines drawn across the rows: a manufacturer's name is not set under one.
        let lines: Vec<f64> = rule_gaps
            .iter()
            .map(|(_, gap)| *gap)
            .chain(cutoff.map(|(_, gap)| gap))
            .map(|gap| scale.x_of(gap))
            .collect();
        let room = Room {
            width,
            lines: &lines,
        };
        marks.rows.extend(bar_marks(
            session,
            classification,
            &members,
            &labels,
            &band,
            &scale,
            &room,
        ));
        marks
            .rules
            .extend(rule_marks(rule_gaps, &scale, plot, (y0, y1)));
        marks
            .ghosts
            .extend(ghost_marks(ghost_gaps, &members, &band, &scale));
        let class = section.as_ref().and_then(Section::class);
        marks
            .cutoffs
            .extend(cutoff_mark(cutoff, class, &scale, (y0, y1)));
        marks.ticks.extend(tick_marks(
            &scale,
            session.precision,
            label_y,
            header_end,
            (y0, y1),
        ));
        y = y1;
    }
    if marks.rows.is_empty() {
        y = 0.0;
    }
    let (untimed, more, y) = untimed_marks(classification, room, &mut hidden, y);
    ChartLayout {
        width: round(width),
        height: round(y + BOTTOM_PADDING),
        plot,
        label_width: labels.width,
        label_chars: labels.chars,
        ticks: marks.ticks,
        sections: marks.sections,
        rows: marks.rows,
        rules: marks.rules,
        cutoffs: marks.cutoffs,
        ghosts: marks.ghosts,
        untimed,
        more,
    }
}

/// The marks of the sections, gathered section by section.
#[derive(Default)]
struct SectionMarks {
    ticks: Vec<TickMark>,
    sections: Vec<SectionMark>,
    rows: Vec<RowMark>,
    rules: Vec<RuleMark>,
    cutoffs: Vec<CutoffMark>,
    ghosts: Vec<GhostMark>,
}

/// The label column: every row's label (by classification row), the column's width and how
/// many characters of a label fit in it.
struct LabelColumn {
    labels: Vec<String>,
    width: f64,
    chars: usize,
}

/// The label column for `classification` in a box `width` wide: as wide as the longest label
/// ("P9 #85 van der Helm" is 19 characters), but never more than [`MAX_LABEL_SHARE`] of the
/// box (the bars need room), nor less than [`MIN_LABEL_WIDTH`].
fn label_column(session: &Session, classification: &Classification, width: f64) -> LabelColumn {
    let labels: Vec<String> = classification
        .rows
        .iter()
        .map(|row| row_label(session, row))
        .collect();
    let longest = labels.iter().map(|l| shown_chars(l)).max().unwrap_or(0);
    let column = round(
        (FontSize::Body.width(longest) + LABEL_GAP)
            .clamp(MIN_LABEL_WIDTH, (width * MAX_LABEL_SHARE).floor()),
    );
    let chars = ((column - LABEL_GAP) / FontSize::Body.char_width())
        .floor()
        .max(1.0) as usize;
    LabelColumn {
        labels,
        width: column,
        chars,
    }
}

/// The chart's sections: one per class (overall scope of several classes), per knockout part
/// (last part first), or one, `None`, for the whole chart. Each section has its own pole,
/// scale, ticks and record lines: sections are measured from different poles, so sharing a
/// scale would only let one slow class (or a wet Q1) squash the others.
fn sections_of(session: &Session, classification: &Classification) -> Vec<Option<Section>> {
    if classification.by_class {
        session
            .classes
            .iter()
            .map(|c| Some(Section::Class(c.id.clone())))
            .collect()
    } else if session.is_knockout() {
        (0..session.parts.len())
            .rev()
            .map(|p| Some(Section::Part(p)))
            .collect()
    } else {
        vec![None]
    }
}

/// The timed rows of each of the `count` sections ([`sections_of`]), in classification order:
/// `(index into the classification's rows, the row)`. Each row's section is found in one pass
/// (a scan of every row per section would be quadratic in a session where every car has a
/// class of its own).
fn members_of<'a>(
    session: &Session,
    classification: &'a Classification,
    count: usize,
) -> Vec<Vec<(usize, &'a Row)>> {
    let section_of = |row: &Row| -> Option<usize> {
        if classification.by_class {
            // The class sections are the session's classes, in order.
            session.class_index_of(row.entry)
        } else if session.is_knockout() {
            let part = row.part?;
            session.parts.len().checked_sub(part + 1)
        } else {
            Some(0)
        }
    };
    let mut members: Vec<Vec<(usize, &Row)>> = vec![Vec::new(); count];
    for (i, row) in classification.rows.iter().enumerate() {
        if row.best.is_some() {
            if let Some(members) = section_of(row).and_then(|g| members.get_mut(g)) {
                members.push((i, row));
            }
        }
    }
    members
}

/// The cap ([`Dims::max_cars`]): keeps the first cars in the order they are drawn, sections
/// first (the cars without a time come after). Returns how many timed cars it left out and
/// how many more cars may be drawn.
fn cap(members: &mut [Vec<(usize, &Row)>], max_cars: Option<usize>) -> (usize, usize) {
    let mut room = max_cars.unwrap_or(usize::MAX);
    let mut hidden = 0;
    for section in members {
        let kept = section.len().min(room);
        hidden += section.len() - kept;
        section.truncate(kept);
        room -= kept;
    }
    (hidden, room)
}

/// The ghosts of each section's drawn cars, in classification order, each with its car's
/// place in the section.
fn ghosts_by_section(
    members: &[Vec<(usize, &Row)>],
    deleted: &[Ghost],
) -> Vec<Vec<(Ghost, usize)>> {
    let mut place: HashMap<usize, (usize, usize)> = HashMap::new();
    for (g, section) in members.iter().enumerate() {
        for (i, (_, row)) in section.iter().enumerate() {
            place.insert(row.entry, (g, i));
        }
    }
    let mut by_section: Vec<Vec<(Ghost, usize)>> = vec![Vec::new(); members.len()];
    for ghost in deleted {
        if let Some(&(g, i)) = place.get(&ghost.entry) {
            by_section[g].push((*ghost, i));
        }
    }
    by_section
}

/// The 107 % cut-off a section draws. The line stands in the sections whose zero is its
/// reference: a class section, the chart's one section, or a knockout's first part, where the
/// rule is judged. A later part, and a knockout's class section, measure from other times than
/// the first part's.
fn section_cutoff<'a>(
    session: &Session,
    section: Option<&Section>,
    cutoff_of: &HashMap<&str, &'a Cutoff>,
    cutoffs: &'a [Cutoff],
) -> Option<&'a Cutoff> {
    match section {
        Some(Section::Class(id)) if !session.is_knockout() => cutoff_of.get(id.as_str()).copied(),
        Some(Section::Part(0)) | None => cutoffs.first(),
        Some(Section::Class(_) | Section::Part(_)) => None,
    }
}

/// A section's gap axis: its ticks ([`axis_ticks`]), the domain they span and the x scale.
struct SectionScale {
    ticks: Vec<Gap>,
    domain: (f64, f64),
    x: Linear,
}

impl SectionScale {
    /// Where `gap` stands, rounded.
    fn x_of(&self, gap: Gap) -> f64 {
        round(self.x.map(gap.as_secs_f64()))
    }
}

/// The axis of a section: from the fastest of zero, its record lines and its ghosts to the
/// slowest of its cars' gaps, record lines and ghosts, over the `plot` span.
fn section_scale(
    classification: &Classification,
    members: &[(usize, &Row)],
    rule_gaps: &[(usize, Gap)],
    ghost_gaps: &[(Ghost, usize, Gap)],
    plot: (f64, f64),
    precision: Precision,
) -> SectionScale {
    let max_gap = members
        .iter()
        .map(|(_, r)| classification.shown_gap(r).unwrap_or_default())
        .chain(rule_gaps.iter().map(|(_, g)| *g))
        .chain(ghost_gaps.iter().map(|(_, _, g)| *g))
        .max()
        .unwrap_or_default();
    let min_gap = rule_gaps
        .iter()
        .map(|(_, g)| *g)
        .chain(ghost_gaps.iter().map(|(_, _, g)| *g))
        .min()
        .unwrap_or_default()
        .min(Gap::default());
    let ticks = axis_ticks(min_gap, max_gap, plot.1 - plot.0, precision);
    let domain = (
        ticks.first().map_or(0.0, |g| g.as_secs_f64()),
        ticks.last().map_or(1.0, |g| g.as_secs_f64()),
    );
    SectionScale {
        ticks,
        domain,
        x: Linear::new(domain, plot),
    }
}

/// A section's header line at `y`, which it moves past. Returns where the section's tick
/// labels go (on the header line, or above the chart for a chart of one section) and where the
/// header's text ends, measured as written in the chart's language (`None` without a header):
/// no tick label is set over it.
fn section_header(
    headers: &mut Vec<SectionMark>,
    session: &Session,
    section: Option<&Section>,
    zero: LapTime,
    y: &mut f64,
    words: &Words,
) -> (f64, Option<f64>) {
    let Some(section) = section else {
        return (AXIS_LABEL_BASELINE, None);
    };
    let (start, name, note) = match section {
        Section::Class(id) => (CLASS_NAME_X, session.class_name(id), None),
        Section::Part(part) => {
            let name = session.parts.get(*part).map_or("", |p| p.name.as_str());
            let note = (part + 1 < session.parts.len()).then(|| {
                let time = zero.display(session.precision).to_string();
                words.with("chart-part-fastest", &[("time", Arg::Text(&time))])
            });
            (0.0, name, note)
        }
    };
    let chars = shown_chars(name)
        + note
            .as_deref()
            .map_or(0, |n| shown_chars(SECTION_NOTE_JOINER) + shown_chars(n));
    headers.push(SectionMark {
        section: section.clone(),
        y: round(*y),
        zero,
        note,
    });
    let at = *y + SECTION_LABEL_BASELINE;
    *y += SECTION_HEIGHT;
    (at, Some(start + FontSize::Body.width(chars)))
}

/// Where the text after a bar may go: up to the box's `width`, and not across `lines` (the
/// record and 107 % lines, drawn over the rows).
struct Room<'a> {
    width: f64,
    lines: &'a [f64],
}

impl Room<'_> {
    /// True when text from `x0` to `x1` stays in the box and clear of every line.
    fn clear(&self, x0: f64, x1: f64) -> bool {
        x1 <= self.width - EDGE
            && self
                .lines
                .iter()
                .all(|&x| x < x0 - LINE_CLEARANCE || x > x1 + LINE_CLEARANCE)
    }
}

/// One bar a timed car, in `band`, from the section's zero to the car's gap, with its label,
/// the figure beside it and, where `room` allows, its manufacturer.
fn bar_marks(
    session: &Session,
    classification: &Classification,
    members: &[(usize, &Row)],
    labels: &LabelColumn,
    band: &Band,
    scale: &SectionScale,
    room: &Room<'_>,
) -> Vec<RowMark> {
    let zero = scale.x_of(Gap::default());
    let p = session.precision;
    let maker_of = |row: &Row| {
        session.entries[row.entry]
            .manufacturer
            .as_deref()
            .filter(|m| !m.is_empty())
    };
    // A section that one make dominates (a Carrera Cup; LMP2, where ORECA builds 12 of 13)
    // says nothing by naming it on every row: the makes are named when none holds more than
    // half the section's cars.
    let mut makes: HashMap<&str, usize> = HashMap::new();
    for (_, row) in members {
        if let Some(make) = maker_of(row) {
            *makes.entry(make).or_default() += 1;
        }
    }
    let several_makes = makes.len() > 1 && makes.values().all(|&n| n * 2 <= members.len());
    members
        .iter()
        .enumerate()
        .map(|(i, (index, row))| {
            let shown = classification.shown_gap(row);
            let gap = shown.unwrap_or_default();
            let value = match (&row.best, shown) {
                (Some(best), None) => best.time.display(p).to_string(),
                _ => gap.display(p).to_string(),
            };
            let x1 = scale.x_of(gap);
            let maker = maker_of(row)
                .filter(|_| several_makes)
                .map(crate::core::text::isolate)
                .filter(|maker| {
                    // The whole of "+0.071 · Cadillac": widths are estimates, and a line
                    // anywhere through the pair splits it.
                    let start = x1 + VALUE_GAP;
                    let chars =
                        shown_chars(&value) + shown_chars(MAKER_JOINER) + shown_chars(maker);
                    room.clear(start, start + FontSize::Body.width(chars))
                })
                .map(|maker| maker.into_owned());
            RowMark {
                row: *index,
                entry: row.entry,
                label: cut(
                    labels.labels.get(*index).map_or("", String::as_str),
                    labels.chars,
                ),
                y: round(band.position(i)),
                height: ROW_HEIGHT,
                bar: (zero, x1),
                gap,
                pole: shown.is_none(),
                value,
                maker,
            }
        })
        .collect()
}

/// The record lines across the section's rows `(y0, y1)`; a label reads leftwards when its
/// line stands in the right half of the plot.
fn rule_marks(
    rule_gaps: Vec<(usize, Gap)>,
    scale: &SectionScale,
    plot: (f64, f64),
    (y0, y1): (f64, f64),
) -> Vec<RuleMark> {
    rule_gaps
        .into_iter()
        .map(|(record, gap)| {
            let x = scale.x_of(gap);
            RuleMark {
                record,
                x,
                y0,
                y1,
                label_left: x > (plot.0 + plot.1) / 2.0,
                gap,
            }
        })
        .collect()
}

/// A diamond on the car's row where its deleted lap would have put its bar.
fn ghost_marks(
    ghost_gaps: Vec<(Ghost, usize, Gap)>,
    members: &[(usize, &Row)],
    band: &Band,
    scale: &SectionScale,
) -> Vec<GhostMark> {
    ghost_gaps
        .into_iter()
        .map(|(ghost, i, gap)| GhostMark {
            entry: members[i].1.entry,
            ghost,
            x: scale.x_of(gap),
            y: round(band.position(i) + ROW_HEIGHT / 2.0),
            gap,
        })
        .collect()
}

/// The 107 % line of a section, where its axis reaches it (when a car is outside, it does).
fn cutoff_mark(
    cutoff: Option<(LapTime, Gap)>,
    class: Option<&str>,
    scale: &SectionScale,
    (y0, y1): (f64, f64),
) -> Option<CutoffMark> {
    let (limit, gap) = cutoff.filter(|(_, gap)| gap.as_secs_f64() <= scale.domain.1)?;
    Some(CutoffMark {
        class: class.unwrap_or_default().to_owned(),
        x: scale.x_of(gap),
        y0,
        y1,
        limit,
    })
}

/// A section's ticks: grid lines over its rows (over the whole chart from the axis labels
/// down, for a chart of one section), labelled at `label_y`; in a section its name stands where
/// the zero label would, and a label that would run into the header's text (which ends at
/// `header_end`) is left off.
fn tick_marks(
    scale: &SectionScale,
    precision: Precision,
    label_y: f64,
    header_end: Option<f64>,
    (y0, y1): (f64, f64),
) -> Vec<TickMark> {
    let in_section = header_end.is_some();
    scale
        .ticks
        .iter()
        .map(|&gap| {
            let label = axis_label(gap, precision);
            let x = scale.x_of(gap);
            let left = x - FontSize::Small.width(shown_chars(&label)) / 2.0;
            let clear = header_end.is_none_or(|end| left >= end + TICK_LABEL_SPACE / 2.0);
            TickMark {
                label,
                x,
                gap,
                label_y: round(label_y),
                labelled: !in_section || (gap != Gap::default() && clear),
                y0: if in_section { y0 } else { AXIS_TICK_TOP },
                y1,
            }
        })
        .collect()
}

/// The cars without a time, one line each under the bars (as many as `room` allows; the rest
/// are added to `hidden`), then the line saying how many cars are not drawn. Returns the
/// lines and where the chart's content ends, from `y`, the end of the bars.
fn untimed_marks(
    classification: &Classification,
    room: usize,
    hidden: &mut usize,
    y: f64,
) -> (Vec<UntimedMark>, Option<MoreMark>, f64) {
    let untimed_rows: Vec<(usize, &Row)> = classification
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.best.is_none())
        .collect();
    let kept = untimed_rows.len().min(room);
    *hidden += untimed_rows.len() - kept;
    let line_y =
        |k: usize| round(y + UNTIMED_TOP + (k as f64 + 1.0) * UNTIMED_HEIGHT - UNTIMED_DESCENT);
    let untimed: Vec<UntimedMark> = untimed_rows
        .into_iter()
        .take(kept)
        .enumerate()
        .map(|(k, (i, r))| UntimedMark {
            row: i,
            entry: r.entry,
            y: line_y(k),
        })
        .collect();
    let more = (*hidden > 0).then(|| MoreMark {
        hidden: *hidden,
        total: classification.rows.len(),
        y: line_y(untimed.len()),
    });
    let lines = untimed.len() + usize::from(more.is_some());
    let end = y + lines as f64 * UNTIMED_HEIGHT + if lines == 0 { 0.0 } else { UNTIMED_TOP };
    (untimed, more, end)
}

/// The record lines of each section, in the order they are listed: those of a class (and those
/// without one) for a class section, all of them in the last part of a knockout and in a chart
/// of one section. Bucketed once by class, so a chart of many classes does not test every record
/// against every class.
struct RuleLists<'a> {
    /// Every listed record: `(index into session.records, the record)`.
    all: Vec<(usize, &'a Record)>,
    /// Listed records without a class.
    any_class: Vec<(usize, &'a Record)>,
    /// Listed records with a class, by class.
    by_class: HashMap<&'a str, Vec<(usize, &'a Record)>>,
}

impl<'a> RuleLists<'a> {
    fn new(session: &'a Session, listed: &[crate::core::records::RecordResult]) -> RuleLists<'a> {
        let all: Vec<(usize, &Record)> = listed
            .iter()
            .filter_map(|r| {
                session
                    .records
                    .get(r.record)
                    .map(|record| (r.record, record))
            })
            .collect();
        let mut any_class = Vec::new();
        let mut by_class: HashMap<&str, Vec<(usize, &Record)>> = HashMap::new();
        for &(i, record) in &all {
            match record.class.as_deref() {
                None => any_class.push((i, record)),
                Some(id) => by_class.entry(id).or_default().push((i, record)),
            }
        }
        RuleLists {
            all,
            any_class,
            by_class,
        }
    }

    /// The records of `section`, in listed order.
    fn of(&self, session: &Session, section: Option<&Section>) -> Vec<(usize, &'a Record)> {
        match section {
            None => self.all.clone(),
            Some(Section::Part(p)) if p + 1 == session.parts.len() => self.all.clone(),
            Some(Section::Part(_)) => Vec::new(),
            Some(Section::Class(id)) => {
                let own = self
                    .by_class
                    .get(id.as_str())
                    .map_or(&[][..], Vec::as_slice);
                // Two lists in listed order (the records' indices rise along `listed`), merged.
                let mut merged = Vec::with_capacity(self.any_class.len() + own.len());
                let (mut a, mut b) = (self.any_class.iter().peekable(), own.iter().peekable());
                loop {
                    let next = match (a.peek(), b.peek()) {
                        (Some(x), Some(y)) if x.0 <= y.0 => a.next(),
                        (Some(_), Some(_)) => b.next(),
                        (Some(_), None) => a.next(),
                        (None, Some(_)) => b.next(),
                        (None, None) => break,
                    };
                    merged.extend(next.copied());
                }
                merged
            }
        }
    }
}

/// The 1-2-5 ticks from `min` (a record or ghost faster than pole) to `max` that span the
/// least while their labels keep [`TICK_LABEL_SPACE`] apart in `span` pixels: the tightest
/// axis, so bars use the width; on equal spans, fewer ticks.
fn axis_ticks(min: Gap, max: Gap, span: f64, precision: Precision) -> Vec<Gap> {
    let room = |ticks: &Vec<Gap>| {
        let chars = ticks
            .iter()
            .map(|g| axis_label(*g, precision).chars().count())
            .max()
            .unwrap_or(1);
        FontSize::Small.width(chars) + TICK_LABEL_SPACE
    };
    let extent = |ticks: &Vec<Gap>| {
        let end = |g: Option<&Gap>| g.map_or(0, |g| g.as_ticks());
        end(ticks.last()) - end(ticks.first())
    };
    (1..=MAX_TICKS)
        .map(|count| gap_ticks_between(min, max, count))
        .filter(|ticks| span / (ticks.len().max(2) - 1) as f64 >= room(ticks))
        .min_by_key(|ticks| (extent(ticks), ticks.len()))
        .unwrap_or_else(|| gap_ticks_between(min, max, 1))
}

/// A tick's label: the gap as the axis reads it, without trailing zeros ("0", "+0.2", "-0.5",
/// "+1:00"), so more ticks fit a phone's width.
pub fn axis_label(gap: Gap, precision: Precision) -> String {
    if gap == Gap::default() {
        return "0".to_owned();
    }
    crate::core::time::tick_text(gap.display(precision))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::time::Precision;
    use crate::core::{classify, parse, Scope};

    fn session() -> Session {
        parse(
            br#"{"format": "qualichart/1",
            "classes": [{"id": "GTP"}, {"id": "LMP2"}],
            "records": [{"class": "GTP", "time": "1:33.685", "label": "Previous qualifying record"}],
            "entries": [
              {"number": "31", "class": "GTP", "laps": [{"time": "1:32.656"}]},
              {"number": "01", "class": "GTP", "laps": [{"time": "1:32.727"}]},
              {"number": "85", "class": "GTP", "drivers": [{"name": "Filipe Albuquerque"}],
               "laps": [{"time": "1:33.506"}]},
              {"number": "2", "class": "LMP2", "laps": [{"time": "1:38.501"}]},
              {"number": "52", "class": "LMP2", "laps": [{"time": "1:38.603"}]},
              {"number": "5", "class": "GTP"}]}"#,
        )
        .expect("valid test session")
    }

    #[test]
    fn a_manufacturer_follows_the_figure_where_there_is_room() {
        let daytona = parse(include_bytes!(
            "../../../static/sessions/daytona-2024-qualifying.json"
        ))
        .expect("the bundled session");
        let gtp = Scope::Class("GTP".into());
        let shown = |width: f64| {
            lay(&daytona, &gtp, width)
                .rows
                .iter()
                .map(|r| {
                    format!(
                        "{}{}",
                        r.value,
                        r.maker
                            .as_deref()
                            .map_or(String::new(), |m| format!(" · {m}"))
                    )
                })
                .collect::<Vec<_>>()
        };
        // In a column: the first six; the record line at +1.029 runs through the pair of the
        // last three, so they keep the figure alone.
        assert_eq!(
            shown(640.0),
            [
                "1:32.656 · Cadillac",
                "+0.071 · Cadillac",
                "+0.220 · Porsche",
                "+0.366 · BMW",
                "+0.444 · Acura",
                "+0.691 · Acura",
                "+0.725",
                "+0.843",
                "+0.850"
            ]
        );
        // On a phone the line crosses every pair: figures alone.
        assert!(
            shown(328.0).iter().all(|v| !v.contains(" · ")),
            "{:?}",
            shown(328.0)
        );
        // A section one make dominates names none: LMP2 (ORECA 12 of 13 cars), and a session
        // whose cars are all Porsches.
        let lmp2 = lay(&daytona, &Scope::Class("LMP2".into()), 640.0);
        assert!(lmp2.rows.len() > 10 && lmp2.rows.iter().all(|r| r.maker.is_none()));
        let one_make = parse(
            br#"{"format": "qualichart/1", "entries": [
              {"number": "1", "manufacturer": "Porsche", "laps": [{"time": "1:40.000"}]},
              {"number": "2", "manufacturer": "Porsche", "laps": [{"time": "1:40.500"}]}]}"#,
        )
        .expect("valid test session");
        assert!(lay(&one_make, &Scope::Overall, 640.0)
            .rows
            .iter()
            .all(|r| r.maker.is_none()));
    }

    /// The layout of `scope` at `width`; in [`session`] the longest label, "P3 #85 Albuquerque",
    /// is 18 characters.
    fn lay(s: &Session, scope: &Scope, width: f64) -> ChartLayout {
        let c = classify(s, scope);
        layout(
            s,
            &c,
            &Verdicts::of(s, &c),
            Dims {
                width,
                max_cars: None,
            },
            &Words::english(),
        )
    }

    /// Every mark of `l`, one a line: ticks, section headers, bars, record lines, cars without
    /// a time, 107 % lines, ghosts, then the height.
    fn describe(l: &ChartLayout, s: &Session) -> String {
        let mut out: Vec<String> = l
            .ticks
            .iter()
            .map(|t| format!("tick {} at {}", t.gap.display(s.precision), t.x))
            .collect();
        out.extend(l.sections.iter().map(|m| match &m.section {
            Section::Class(id) => format!("section {id} at {}", m.y),
            Section::Part(p) => format!("section {} at {}", s.parts[*p].id, m.y),
        }));
        out.extend(l.rows.iter().map(|r| {
            format!(
                "#{} y {} bar {}..{} {}{}",
                s.entries[r.entry].number,
                r.y,
                r.bar.0,
                r.bar.1,
                r.gap.display(s.precision),
                if r.pole { " pole" } else { "" }
            )
        }));
        out.extend(l.rules.iter().map(|r| {
            format!(
                "rule {} at {} from {} to {}",
                r.gap.display(s.precision),
                r.x,
                r.y0,
                r.y1
            )
        }));
        for u in &l.untimed {
            out.push(format!("untimed #{} at {}", s.entries[u.entry].number, u.y));
        }
        for c in &l.cutoffs {
            out.push(format!(
                "107% {:?} at {} from {} to {}",
                c.limit, c.x, c.y0, c.y1
            ));
        }
        for g in &l.ghosts {
            out.push(format!(
                "ghost #{} {} at {},{}",
                s.entries[g.entry].number,
                g.gap.display(Precision::MILLIS),
                g.x,
                g.y
            ));
        }
        out.push(format!("height {}", l.height));
        out.join("\n")
    }

    #[test]
    fn tick_labels_drop_trailing_zeros() {
        let ms = |v: i64| Gap::from_ticks(v * 10);
        let cases = [
            (ms(0), "0"),
            (ms(200), "+0.2"),
            (ms(1_250), "+1.25"),
            (ms(-500), "-0.5"),
            (ms(2_000), "+2"),
            (ms(60_000), "+1:00"),
        ];
        for (gap, label) in cases {
            assert_eq!(axis_label(gap, Precision::MILLIS), label);
        }
    }

    #[test]
    fn a_phone_axis_keeps_half_second_steps() {
        // 328 px: the plot is about 120 px wide. Short labels ("+0.5") fit three intervals where
        // "+0.500" fitted two, so the axis ends at 1.5 s, not 2 s.
        let l = lay(&session(), &Scope::Class("GTP".into()), 328.0);
        let labels: Vec<&str> = l.ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "+0.5", "+1", "+1.5"]);
    }

    #[test]
    fn the_107_line_and_a_ghost_stand_on_the_axis() {
        // Pole 1:00.000, so 107 % is 1:04.200. #3 at 1:05.000 is outside; #2's deleted
        // 59.500 would have been pole by 0.500, so the axis reaches left to -0.500.
        let s = parse(
            br#"{"format": "qualichart/1", "entries": [
              {"number": "1", "laps": [{"time": "1:00.000"}]},
              {"number": "2", "laps": [{"time": "1:01.000"}, {"time": "59.500", "valid": false}]},
              {"number": "3", "laps": [{"time": "1:05.000"}]}]}"#,
        )
        .expect("valid test session");
        let l = lay(&s, &Scope::Overall, 640.0);
        let text = describe(&l, &s);
        // The slowest time still shown as 107.000 % is 1:04.2002 (64.2002 / 60 is 107.00033,
        // rounded); #2's ghost stands at -0.500, left of the pole line.
        insta::assert_snapshot!(text, @r#"
            tick -1.000 at 80
            tick +0.000 at 163
            tick +1.000 at 246
            tick +2.000 at 329
            tick +3.000 at 412
            tick +4.000 at 495
            tick +5.000 at 578
            #1 y 26 bar 163..163 +0.000 pole
            #2 y 56 bar 163..246 +1.000
            #3 y 86 bar 163..578 +5.000
            107% LapTime(1:04.2002) at 511.6 from 26 to 116
            ghost #2 -0.500 at 121.5,71
            height 124
            "#);
        let zero = l.rows[0].bar.0;
        assert_eq!(l.cutoffs.len(), 1);
        // The line stands between the pole line and #3's bar end, at 4.2 / 5 of the way.
        let (cut, end) = (l.cutoffs[0].x, l.rows[2].bar.1);
        assert!(zero < cut && cut < end, "{text}");
        assert!(((cut - zero) / (end - zero) - 0.84).abs() < 0.01, "{text}");
        assert!(
            l.ghosts[0].x < zero,
            "a ghost faster than pole stands left of it: {text}"
        );
        assert_eq!(l.ghosts[0].y, l.rows[1].y + ROW_HEIGHT / 2.0);
        // No line when the whole field is inside the axis well short of 107 %.
        assert!(lay(&session(), &Scope::Class("GTP".into()), 640.0)
            .cutoffs
            .is_empty());
    }

    #[test]
    fn a_class_scope_measures_gaps_to_its_pole() {
        let s = session();
        let l = lay(&s, &Scope::Class("GTP".into()), 600.0);
        assert_eq!(
            (l.label_width, l.plot, l.label_chars),
            (145.6, (145.6, 538.0), 18)
        );
        let labels =
            |l: &ChartLayout| -> Vec<String> { l.rows.iter().map(|r| r.label.clone()).collect() };
        assert_eq!(labels(&l), ["P1 #31", "P2 #01", "P3 #85 Albuquerque"]);
        // A box too narrow for the longest label: the column is 55 % of it, and the label is cut
        // to what fits, the cut marked.
        let narrow = lay(&s, &Scope::Class("GTP".into()), 240.0);
        assert_eq!((narrow.label_width, narrow.label_chars), (132.0, 16));
        assert_eq!(labels(&narrow), ["P1 #31", "P2 #01", "P3 #85 Albuquer…"]);
        // The axis ends on the first round step past the record line (+1.029): 1.2 s in steps
        // of 0.2 s, the tightest whose labels keep apart; the record's label has its own line.
        insta::assert_snapshot!(describe(&l, &s), @r#"
            tick +0.000 at 145.6
            tick +0.200 at 211
            tick +0.400 at 276.4
            tick +0.600 at 341.8
            tick +0.800 at 407.2
            tick +1.000 at 472.6
            tick +1.200 at 538
            #31 y 44 bar 145.6..145.6 +0.000 pole
            #01 y 74 bar 145.6..168.8 +0.071
            #85 y 104 bar 145.6..423.6 +0.850
            rule +1.029 at 482.1 from 44 to 134
            untimed #5 at 157
            height 172
            "#);
    }

    #[test]
    fn the_overall_scope_draws_each_class_with_its_own_pole() {
        let s = session();
        let l = lay(&s, &Scope::Overall, 360.0);
        // Each class is a section from its own pole: #2 is the LMP2 pole, with no bar, though it
        // is 5.845 s off the overall pole, and #52 is +0.102 from it. Each section has its own
        // scale: LMP2's 0.102 s is not squashed by GTP's axis (its +0.100 tick stands where
        // GTP's +1.000 does), and at 360 px the GTP axis still ends at 1.5 s, not 2 s. The GTP
        // record line is drawn in the GTP section only.
        insta::assert_snapshot!(describe(&l, &s), @r#"
            tick +0.000 at 145.6
            tick +0.500 at 196.4
            tick +1.000 at 247.2
            tick +1.500 at 298
            tick +0.000 at 145.6
            tick +0.050 at 196.4
            tick +0.100 at 247.2
            tick +0.150 at 298
            section GTP at 4
            section LMP2 at 142
            #31 y 52 bar 145.6..145.6 +0.000 pole
            #01 y 82 bar 145.6..152.8 +0.071
            #85 y 112 bar 145.6..232 +0.850
            #2 y 172 bar 145.6..145.6 +0.000 pole
            #52 y 202 bar 145.6..249.2 +0.102
            rule +1.029 at 250.1 from 52 to 142
            untimed #5 at 255
            height 270
            "#);
        assert_eq!(l.rules.len(), 1);
    }

    #[test]
    fn every_coordinate_is_inside_the_box() {
        let s = session();
        for width in [240.0, 360.0, 700.0, 1200.0] {
            for scope in [
                Scope::Overall,
                Scope::Class("GTP".into()),
                Scope::Class("LMP2".into()),
            ] {
                let l = lay(&s, &scope, width);
                for r in &l.rows {
                    assert!(
                        r.bar.0 <= r.bar.1 && r.bar.1 <= l.width && r.y + r.height <= l.height,
                        "{width} {scope:?} {r:?}"
                    );
                }
                for t in &l.ticks {
                    assert!((0.0..=l.width).contains(&t.x));
                }
            }
        }
    }

    #[test]
    fn a_capped_chart_draws_the_first_cars_and_says_how_many_more() {
        let s = session();
        let c = classify(&s, &Scope::Overall);
        let capped = |max_cars| {
            let dims = Dims {
                width: 640.0,
                max_cars,
            };
            layout(&s, &c, &Verdicts::of(&s, &c), dims, &Words::english())
        };
        let number = |entry: usize| s.entries[entry].number.as_str();
        let full = capped(None);
        assert!(full.more.is_none());
        assert_eq!(
            capped(Some(CAR_CAP)),
            full,
            "a field within the cap is drawn whole"
        );
        assert_eq!(capped(Some(6)), full);
        // Drawn order: the GTP section (#31, #01, #85), the LMP2 one (#2, #52), then #5, which
        // set no time. Four cars: the GTP section whole and the LMP2 pole.
        let four = capped(Some(4));
        let drawn: Vec<&str> = four.rows.iter().map(|r| number(r.entry)).collect();
        assert_eq!(drawn, ["31", "01", "85", "2"]);
        assert!(four.untimed.is_empty());
        assert_eq!(
            four.rows[..3],
            full.rows[..3],
            "drawn rows stay where they were"
        );
        let more = four.more.as_ref().expect("a line for the cars not drawn");
        assert_eq!((more.hidden, more.total), (2, 6));
        assert!(more.y > four.rows[3].y && more.y < four.height);
        let index = |n: &str| s.entry(n).map(|e| e.index).unwrap_or(usize::MAX);
        assert!(four.draws(index("2")) && !four.draws(index("52")) && !four.draws(index("5")));
        // Five: the last timed car; the one without a time is the one not drawn.
        let five = capped(Some(5));
        assert_eq!((five.rows.len(), five.untimed.len()), (5, 0));
        assert_eq!(five.more.as_ref().map(|m| m.hidden), Some(1));
        let none = capped(Some(0));
        assert!(none.rows.is_empty() && none.sections.is_empty() && none.rules.is_empty());
        assert_eq!(none.more.as_ref().map(|m| m.hidden), Some(6));
    }

    #[test]
    fn a_section_draws_at_most_five_record_lines() {
        // Seven records without a class: each of the two class sections draws the first five.
        let records: Vec<String> = (0..7)
            .map(|i| format!(r#"{{"time": "1:4{i}.000", "label": "R{i}"}}"#))
            .collect();
        let json = format!(
            r#"{{"format": "qualichart/1", "records": [{}], "entries": [
              {{"number": "1", "class": "A", "laps": [{{"time": "1:40.000"}}]}},
              {{"number": "2", "class": "B", "laps": [{{"time": "1:41.000"}}]}}]}}"#,
            records.join(",")
        );
        let s = parse(json.as_bytes()).expect("valid test session");
        let l = lay(&s, &Scope::Overall, 640.0);
        let drawn: Vec<usize> = l.rules.iter().map(|r| r.record).collect();
        assert_eq!(drawn, [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
    }

    #[test]
    fn an_empty_session_lays_out_without_rows() {
        let s = parse(br#"{"format": "qualichart/1", "entries": []}"#).expect("valid");
        let l = lay(&s, &Scope::Overall, 360.0);
        assert!(l.rows.is_empty() && l.untimed.is_empty() && l.height > 0.0);
    }

    #[test]
    fn no_tick_label_runs_into_a_section_header_in_any_language() {
        let dutch = parse(include_bytes!(
            "../../../static/sessions/f1-2023-dutch-qualifying.json"
        ))
        .expect("the bundled session");
        for lang in crate::core::lang::Lang::ALL {
            let words = Words::builtin(lang).expect("a language");
            let mut s = dutch.clone();
            s.precision = words.figures(s.precision);
            let c = classify(&s, &Scope::Overall);
            for width in [328.0, 640.0] {
                let dims = Dims {
                    width,
                    max_cars: None,
                };
                let l = layout(&s, &c, &Verdicts::of(&s, &c), dims, &words);
                for section in &l.sections {
                    let Section::Part(part) = section.section else {
                        panic!("a knockout's sections are its parts");
                    };
                    let header = format!(
                        "{}{}",
                        s.parts[part].name,
                        section
                            .note
                            .as_deref()
                            .map_or(String::new(), |n| format!("{SECTION_NOTE_JOINER}{n}"))
                    );
                    let end = FontSize::Body.width(shown_chars(&header));
                    let on_line: Vec<&TickMark> = l
                        .ticks
                        .iter()
                        .filter(|t| t.labelled && t.label_y == section.y + SECTION_LABEL_BASELINE)
                        .collect();
                    assert!(
                        !on_line.is_empty(),
                        "{lang:?} {width}: {header} has no tick label"
                    );
                    for tick in on_line {
                        let left = tick.x - FontSize::Small.width(shown_chars(&tick.label)) / 2.0;
                        assert!(
                            left > end,
                            "{lang:?} {width}: {} runs into {header}",
                            tick.label
                        );
                    }
                }
            }
        }
        // French says more before Q2's figure than English: the tick it would cover goes.
        let french = Words::builtin(crate::core::lang::Lang::Fr).expect("French");
        let mut s = dutch.clone();
        s.precision = french.figures(s.precision);
        let c = classify(&s, &Scope::Overall);
        let dims = Dims {
            width: 640.0,
            max_cars: None,
        };
        let l = layout(&s, &c, &Verdicts::of(&s, &c), dims, &french);
        assert_eq!(
            l.sections[1].note.as_deref(),
            Some("meilleur temps 1:18,856")
        );
        let q2: Vec<(&str, bool)> = l
            .ticks
            .iter()
            .filter(|t| t.label_y == l.sections[1].y + SECTION_LABEL_BASELINE)
            .map(|t| (t.label.as_str(), t.labelled))
            .collect();
        assert_eq!(&q2[..3], [("0", false), ("+0,2", false), ("+0,4", true)]);
    }

    #[test]
    fn a_knockout_draws_each_part_from_its_own_fastest_time() {
        // Q2 was wet: its cars are seconds slower than Q3's, but each is measured from the
        // fastest Q2 time (#1's, who went on to Q3), on a scale of its own.
        let s = parse(
            br#"{"format": "qualichart/1", "parts": [{"id": "Q1"}, {"id": "Q2"}, {"id": "Q3"}],
            "records": [{"time": "1:11.000", "label": "Previous pole"}],
            "entries": [
              {"number": "1", "laps": [{"part": "Q1", "time": "1:12.000"}, {"part": "Q2", "time": "1:20.000"}, {"part": "Q3", "time": "1:10.567"}]},
              {"number": "4", "laps": [{"part": "Q1", "time": "1:12.100"}, {"part": "Q2", "time": "1:20.500"}, {"part": "Q3", "time": "1:11.104"}]},
              {"number": "18", "laps": [{"part": "Q1", "time": "1:12.500"}, {"part": "Q2", "time": "1:21.265"}]},
              {"number": "24", "laps": [{"part": "Q1", "time": "1:13.128"}]},
              {"number": "40", "laps": [{"part": "Q1"}]}]}"#,
        )
        .expect("valid");
        let l = lay(&s, &Scope::Overall, 640.0);
        let d = describe(&l, &s);
        // Sections Q3, Q2, Q1; every section's bars start at the same zero; Q2's and Q1's gaps
        // are to the part's fastest (#1's 1:20.000 and 1:12.000), not to the pole: #4 +0.537,
        // #18 +1.265, #24 +1.128. #24's 1:13.128 is well within 107 % of Q1's 1:12.000: no line.
        insta::assert_snapshot!(d, @r#"
            tick +0.000 at 80
            tick +0.200 at 246
            tick +0.400 at 412
            tick +0.600 at 578
            tick +0.000 at 80
            tick +0.200 at 151.1
            tick +0.400 at 222.3
            tick +0.600 at 293.4
            tick +0.800 at 364.6
            tick +1.000 at 435.7
            tick +1.200 at 506.9
            tick +1.400 at 578
            tick +0.000 at 80
            tick +0.200 at 163
            tick +0.400 at 246
            tick +0.600 at 329
            tick +0.800 at 412
            tick +1.000 at 495
            tick +1.200 at 578
            section Q3 at 4
            section Q2 at 112
            section Q1 at 172
            #1 y 52 bar 80..80 +0.000 pole
            #4 y 82 bar 80..525.7 +0.537
            #18 y 142 bar 80..530 +1.265
            #24 y 202 bar 80..548.1 +1.128
            rule +0.433 at 439.4 from 52 to 112
            untimed #40 at 255
            height 270
            "#);
        assert!(l.rows.iter().all(|r| r.bar.0 == l.rows[0].bar.0), "{d}");
        // Each part has its own axis, from its own ticks on its header line.
        for (section, y) in [("Q3", 4.0), ("Q2", 112.0), ("Q1", 172.0)] {
            assert!(
                l.ticks.iter().any(|t| t.label_y == y + 20.0 && t.labelled),
                "no labelled tick for {section}: {d}"
            );
        }
        // The record line stands with the pole, in Q3's section only.
        assert_eq!(l.rules.len(), 1, "{d}");
        assert!(l.rules[0].y1 <= 112.0, "{d}");
        // #40 ran no timed lap: listed below, no bar.
        assert_eq!(l.untimed.len(), 1);
    }
}
