//! The gap-to-pole chart in pixels: every row, bar, tick, record rule and section header.
//!
//! One row per car, fastest first; a bar runs from the pole line to the car's gap. A class
//! scope measures gaps to that class's pole; the overall scope draws each class as its own
//! section with its own pole (each row's class gap), so a GTD car is never shown "12 s off"
//! a GTP pole. In a knockout each row's gap is within its part (the classification decides).
//! Cars without a time get no bar and are listed after the bars. Every coordinate is rounded
//! to a tenth of a pixel here, once, so the widget and the server-side render agree exactly.

use crate::core::chart::scale::{gap_ticks, Band, Linear};
use crate::core::classify::{Classification, Row, Scope};
use crate::core::records::records;
use crate::core::session::Session;
use crate::core::time::Gap;

/// The box the chart is drawn in, in CSS pixels, and the labels it must hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dims {
    /// The width available (the widget's box).
    pub width: f64,
    /// The longest row label, in characters ("P9 #85 van der Helm" is 19).
    pub label_chars: usize,
}

/// The width of one character of a row label (13 px sans-serif), generously: labels are sized
/// by it, so a label never runs out of the box.
pub const LABEL_CHAR_WIDTH: f64 = 7.2;
/// Padding between a row label and the pole line.
const LABEL_GAP: f64 = 16.0;

/// Rows are at least this tall: a comfortable touch target (WCAG asks for 24 px).
pub const ROW_HEIGHT: f64 = 30.0;
/// Room above the first row for the axis labels.
const AXIS_HEIGHT: f64 = 26.0;
/// A section's class-name line.
const SECTION_HEIGHT: f64 = 30.0;
/// A line above the rows for record labels, when a single-scale chart has records.
const RULE_LABEL_HEIGHT: f64 = 18.0;
/// Room right of the longest bar for its gap label.
const VALUE_ROOM: f64 = 62.0;
/// The least room between two tick labels: "+0.500" at 11 px is about 38 px, plus a gap.
const TICK_LABEL_ROOM: f64 = 46.0;
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
    /// Indices into the classification's rows of the cars without a time, in order.
    pub untimed: Vec<usize>,
}

/// An axis tick: a vertical grid line over its group's rows, with its gap label.
#[derive(Clone, Debug, PartialEq)]
pub struct TickMark {
    pub x: f64,
    pub gap: Gap,
    /// The label's baseline: above the chart, or on its section's header line.
    pub label_y: f64,
    /// False where the label would cover the section's name (its zero tick).
    pub labelled: bool,
    /// The grid line's span.
    pub y0: f64,
    pub y1: f64,
}

/// A class section's header (overall scope only).
#[derive(Clone, Debug, PartialEq)]
pub struct SectionMark {
    /// The class id.
    pub class: String,
    pub y: f64,
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
    /// The gap the bar shows: to the scope pole, or in the overall scope to the class pole.
    pub gap: Gap,
    /// True for the pole of the bar's scale (scope pole, or the class pole in the overall scope).
    pub pole: bool,
}

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

/// Lays out the classification in `dims`.
pub fn layout(session: &Session, classification: &Classification, dims: Dims) -> ChartLayout {
    let width = dims.width.max(240.0);
    let by_class = classification.scope == Scope::Overall && session.classes.len() > 1;
    let gap_of = |row: &Row| if by_class { row.class_gap } else { row.gap };
    // As wide as the longest label, but never more than 55 % of the box: the bars need room.
    let label_width = round(
        (dims.label_chars as f64 * LABEL_CHAR_WIDTH + LABEL_GAP)
            .clamp(80.0, (width * 0.55).floor()),
    );
    let label_chars = ((label_width - LABEL_GAP) / LABEL_CHAR_WIDTH)
        .floor()
        .max(1.0) as usize;
    let plot = (label_width, round(width - VALUE_ROOM));
    let listed = records(session, classification);

    // One group per class section (overall scope), or one for the whole chart. Each group has
    // its own pole, scale, ticks and record lines: sections are measured from different poles,
    // so sharing a scale would only let one slow class squash the others.
    let groups: Vec<Option<&str>> = if by_class {
        session
            .classes
            .iter()
            .map(|c| Some(c.id.as_str()))
            .collect()
    } else {
        vec![None]
    };
    let mut y = if by_class { 4.0 } else { AXIS_HEIGHT };
    let mut rows = Vec::new();
    let mut sections = Vec::new();
    let mut rules = Vec::new();
    let mut ticks = Vec::new();
    for class in groups {
        let members: Vec<(usize, &Row)> = classification
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.best.is_some())
            .filter(|(_, r)| class.is_none_or(|id| session.entries[r.entry].class == id))
            .collect();
        let Some(pole) = members
            .first()
            .and_then(|(_, r)| r.best.as_ref())
            .map(|b| b.time)
        else {
            continue;
        };
        // Record lines of this group, measured from this group's pole.
        let rule_gaps: Vec<(usize, Gap)> = listed
            .iter()
            .map(|r| (r.record, &session.records[r.record]))
            .filter(|(_, record)| {
                class.is_none_or(|id| record.class.as_deref().is_none_or(|c| c == id))
            })
            .map(|(i, record)| (i, record.time - pole))
            .collect();
        let max_gap = members
            .iter()
            .map(|(_, r)| gap_of(r).unwrap_or_default())
            .chain(rule_gaps.iter().map(|(_, g)| *g))
            .max()
            .unwrap_or_default();
        let min_gap = rule_gaps
            .iter()
            .map(|(_, g)| *g)
            .min()
            .unwrap_or_default()
            .min(Gap::default());
        let mut tick_gaps = axis_ticks(max_gap, plot.1 - plot.0);
        // A record faster than the pole extends the axis to the left by whole steps.
        if min_gap < Gap::default() {
            let step = tick_gaps.get(1).map_or(10, |g| g.as_ticks());
            let below = (-min_gap.as_ticks() + step - 1) / step;
            tick_gaps = (-below..=tick_gaps.len() as i64 - 1)
                .map(|k| Gap::from_ticks(k * step))
                .collect();
        }
        let domain = (
            tick_gaps.first().map_or(0.0, |g| g.as_secs_f64()),
            tick_gaps.last().map_or(1.0, |g| g.as_secs_f64()),
        );
        let x = Linear::new(domain, plot);
        let zero = round(x.map(0.0));

        // Where this group's tick labels go: above the chart, or on the section's header line.
        let label_y = if let Some(id) = class {
            sections.push(SectionMark {
                class: id.to_owned(),
                y: round(y),
            });
            let at = y + 20.0;
            y += SECTION_HEIGHT;
            at
        } else {
            14.0
        };
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
        for (i, (index, row)) in members.iter().enumerate() {
            let gap = gap_of(row).unwrap_or_default();
            rows.push(RowMark {
                row: *index,
                entry: row.entry,
                y: round(band.position(i)),
                height: ROW_HEIGHT,
                bar: (zero, round(x.map(gap.as_secs_f64()))),
                gap,
                pole: gap_of(row).is_none(),
            });
        }
        for (record, gap) in rule_gaps {
            let rule_x = round(x.map(gap.as_secs_f64()));
            rules.push(RuleMark {
                record,
                x: rule_x,
                y0,
                y1,
                label_left: rule_x > (plot.0 + plot.1) / 2.0,
                gap,
            });
        }
        ticks.extend(tick_gaps.into_iter().map(|gap| TickMark {
            x: round(x.map(gap.as_secs_f64())),
            gap,
            label_y: round(label_y),
            // In a section the class name stands where the zero label would.
            labelled: class.is_none() || gap != Gap::default(),
            y0: if class.is_some() { y0 } else { 20.0 },
            y1,
        }));
        y = y1;
    }
    let untimed = classification
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.best.is_none())
        .map(|(i, _)| i)
        .collect();
    ChartLayout {
        width: round(width),
        height: round(y + 8.0),
        plot,
        label_width,
        label_chars,
        ticks,
        sections,
        rows,
        rules,
        untimed,
    }
}

/// The 1-2-5 ticks that end closest above `max` while their labels keep [`TICK_LABEL_ROOM`]
/// apart in `span` pixels: the tightest axis, so bars use the width; on equal ends, fewer ticks.
fn axis_ticks(max: Gap, span: f64) -> Vec<Gap> {
    (1..=MAX_TICKS)
        .map(|count| gap_ticks(max, count))
        .filter(|ticks| span / (ticks.len().max(2) - 1) as f64 >= TICK_LABEL_ROOM)
        .min_by_key(|ticks| (ticks.last().copied().unwrap_or_default(), ticks.len()))
        .unwrap_or_else(|| gap_ticks(max, 1))
}

/// Pixels to one decimal: the one place coordinates are rounded.
fn round(v: f64) -> f64 {
    if v.is_finite() {
        (v * 10.0).round() / 10.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{classify, parse};

    fn session() -> Session {
        parse(
            br#"{"format": "qualichart/1",
            "classes": [{"id": "GTP"}, {"id": "LMP2"}],
            "records": [{"class": "GTP", "time": "1:33.685", "label": "Previous qualifying record"}],
            "entries": [
              {"number": "31", "class": "GTP", "laps": [{"time": "1:32.656"}]},
              {"number": "01", "class": "GTP", "laps": [{"time": "1:32.727"}]},
              {"number": "85", "class": "GTP", "laps": [{"time": "1:33.506"}]},
              {"number": "2", "class": "LMP2", "laps": [{"time": "1:38.501"}]},
              {"number": "52", "class": "LMP2", "laps": [{"time": "1:38.603"}]},
              {"number": "5", "class": "GTP"}]}"#,
        )
        .expect("valid test session")
    }

    /// The layout of `scope` at `width`, with labels of up to 18 characters.
    fn lay(s: &Session, scope: &Scope, width: f64) -> ChartLayout {
        layout(
            s,
            &classify(s, scope),
            Dims {
                width,
                label_chars: 18,
            },
        )
    }

    fn describe(l: &ChartLayout, s: &Session) -> Vec<String> {
        let mut out: Vec<String> = l
            .ticks
            .iter()
            .map(|t| format!("tick {} at {}", t.gap.display(s.precision), t.x))
            .collect();
        out.extend(
            l.sections
                .iter()
                .map(|m| format!("section {} at {}", m.class, m.y)),
        );
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
        out.push(format!("untimed {:?} height {}", l.untimed, l.height));
        out
    }

    #[test]
    fn a_class_scope_measures_gaps_to_its_pole() {
        let s = session();
        let l = lay(&s, &Scope::Class("GTP".into()), 600.0);
        assert_eq!(
            (l.label_width, l.plot, l.label_chars),
            (145.6, (145.6, 538.0), 18)
        );
        // The axis ends on the first round step past the record line (+1.029): 1.2 s in steps
        // of 0.2 s, the tightest whose labels keep apart; the record's label has its own line.
        assert_eq!(
            describe(&l, &s),
            [
                "tick +0.000 at 145.6",
                "tick +0.200 at 211",
                "tick +0.400 at 276.4",
                "tick +0.600 at 341.8",
                "tick +0.800 at 407.2",
                "tick +1.000 at 472.6",
                "tick +1.200 at 538",
                "#31 y 44 bar 145.6..145.6 +0.000 pole",
                "#01 y 74 bar 145.6..168.8 +0.071",
                "#85 y 104 bar 145.6..423.6 +0.850",
                "rule +1.029 at 482.1 from 44 to 134",
                "untimed [3] height 142",
            ]
        );
    }

    #[test]
    fn the_overall_scope_draws_each_class_with_its_own_pole() {
        let s = session();
        let l = lay(&s, &Scope::Overall, 360.0);
        let lines = describe(&l, &s);
        assert!(lines.contains(&"section GTP at 4".to_owned()), "{lines:#?}");
        assert!(
            lines.contains(&"section LMP2 at 142".to_owned()),
            "{lines:#?}"
        );
        // #2 is the LMP2 pole: no bar, though it is 5.845 s off the overall pole.
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("#2 ") && l.ends_with("+0.000 pole")),
            "{lines:#?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("#52 ") && l.contains("+0.102")),
            "{lines:#?}"
        );
        // The GTP record line is drawn in the GTP section only.
        assert_eq!(l.rules.len(), 1);
        // Each section has its own scale: LMP2's 0.102 s is not squashed by GTP's axis, and
        // at 360 px the GTP axis still ends at 1.5 s, not 2 s.
        assert!(
            lines.contains(&"tick +1.500 at 298".to_owned()),
            "{lines:#?}"
        );
        assert!(
            lines.contains(&"tick +0.100 at 247.2".to_owned()),
            "{lines:#?}"
        );
        assert!(
            lines.contains(&"tick +1.000 at 247.2".to_owned()),
            "{lines:#?}"
        );
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
    fn an_empty_session_lays_out_without_rows() {
        let s = parse(br#"{"format": "qualichart/1", "entries": []}"#).expect("valid");
        let l = lay(&s, &Scope::Overall, 360.0);
        assert!(l.rows.is_empty() && l.untimed.is_empty() && l.height > 0.0);
    }
}
