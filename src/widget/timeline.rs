//! The provisional-pole timeline: who held pole when, as a step line under the chart.

use yew::prelude::*;

use crate::core::analysis::Provisional;
use crate::core::chart::px::px;
use crate::core::chart::timeline::{TimelineLayout, MAX_STEPS};
use crate::core::colouring::{colour_of, ColourBy};
use crate::core::lang::Words;
use crate::core::session::Session;
use crate::core::time::Elapsed;
use crate::widget::shared::Shared;
use crate::widget::text;

#[derive(Clone, PartialEq, Properties)]
pub struct TimelineProps {
    pub session: Shared<Session>,
    pub provisionals: Shared<Vec<Provisional>>,
    pub layout: Shared<TimelineLayout>,
    /// The replay's moment, marked on the time axis when it falls inside it.
    #[prop_or_default]
    pub moment: Option<Elapsed>,
    /// The chart's colouring: each step in its car's colour.
    #[prop_or_default]
    pub colour_by: ColourBy,
    pub words: Words,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let session = &*props.session;
    let layout = &*props.layout;
    // Named as drawn: at most the last MAX_STEPS changes of pole.
    let from = props.provisionals.len().saturating_sub(MAX_STEPS);
    let words = &props.words;
    let summary = text::timeline_summary(session, &props.provisionals[from..], words);
    html! {
        <section class="qc-timeline" data-qc="timeline">
            <h3>{ text::say(words, "timeline-title") }</h3>
            <svg class="qc-timeline-svg" viewBox={format!("0 0 {} {}", px(layout.width), px(layout.height))}
                 width="100%" height={px(layout.height)} preserveAspectRatio="xMinYMin meet" role="img" aria-label={summary}>
                <line class="qc-grid" x1={px(layout.start.0)} x2={px(layout.end.0)} y1={px(layout.axis_y - 12.0)} y2={px(layout.axis_y - 12.0)} />
                <text class="qc-tick" x={px(layout.start.0)} y={px(layout.axis_y)}>{ layout.start.1.clock() }</text>
                <text class="qc-tick" x={px(layout.end.0)} y={px(layout.axis_y)} text-anchor="end">{ layout.end.1.clock() }</text>
                if let Some(x) = props.moment.and_then(|t| layout.x_of(t)) {
                    <line class="qc-moment-line" data-qc="moment" x1={px(x)} x2={px(x)} y1="0" y2={px(layout.axis_y - 12.0)} />
                }
                { for layout.steps.iter().enumerate().map(|(k, step)| {
                    let provisional = &props.provisionals[step.index];
                    let entry = &session.entries[step.entry];
                    let color = colour_of(session, entry, props.colour_by).to_owned();
                    let next_y = layout.steps.get(k + 1).map(|n| n.y);
                    let (x, anchor) = if step.label_left { (step.x0 - 4.0, "end") } else { (step.x0 + 4.0, "start") };
                    html! {
                        <g class="qc-step" data-step={entry.number.clone()}>
                            <title>{ text::node(text::provisional_label(session, provisional, words)) }</title>
                            <line x1={px(step.x0)} x2={px(step.x1)} y1={px(step.y)} y2={px(step.y)} stroke={color.clone()} />
                            if let Some(y) = next_y {
                                <line class="qc-step-drop" x1={px(step.x1)} x2={px(step.x1)} y1={px(step.y)} y2={px(y)} />
                            }
                            <circle cx={px(step.x0)} cy={px(step.y)} r="3" fill={color} />
                            if step.labelled {
                                <text class="qc-step-label" x={px(x)} y={px(step.y - 6.0)} text-anchor={anchor}>
                                    { step.label.clone() }
                                </text>
                            }
                        </g>
                    }
                }) }
            </svg>
        </section>
    }
}
