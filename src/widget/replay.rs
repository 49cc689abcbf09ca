//! The replay: a session-time slider `[data-qc=replay]` that moves the whole chart to the
//! session as it stood at that moment (`core::moment::as_of`), with play and pause.
//!
//! A real range input, so the keyboard (arrows, Page Up/Down, Home/End), touch and screen
//! readers work as they do with any slider; its value text says the moment in words a reader
//! uses: "45:12 of 1:04:09". Playing moves the moment on at [`SPEED`] times real time.

use yew::prelude::*;

use crate::core::lang::{Arg, Words};
use crate::core::time::Elapsed;
use crate::widget::text;
use crate::widget::{HANDED_OVER, RESERVE};

/// Session seconds per real second while playing: an hour-long session plays in a minute.
pub const SPEED: i64 = 60;
/// How often the playing moves the chart on, in milliseconds.
pub const FRAME_MS: u32 = 50;

#[derive(Clone, PartialEq, Properties)]
pub struct ReplayProps {
    /// The moment shown; `None` for now (the end).
    pub moment: Option<Elapsed>,
    /// The session's end: the slider's far end.
    pub end: Elapsed,
    pub playing: bool,
    pub on_seek: Callback<Option<Elapsed>>,
    pub on_play: Callback<()>,
    pub on_pause: Callback<()>,
    /// Each frame of the playing: the next moment, and the end it stops at.
    pub on_frame: Callback<(Elapsed, Elapsed)>,
    pub words: Words,
}

/// "45:12 of 1:04:09" in English.
pub fn value_text(moment: Elapsed, end: Elapsed, words: &Words) -> String {
    let (moment, end) = (moment.clock(), end.clock());
    words.with(
        "replay-value",
        &[("moment", Arg::Text(&moment)), ("end", Arg::Text(&end))],
    )
}

/// The moment a slider position (whole seconds) stands for: at or past the end it is "now".
pub fn moment_at(seconds: i64, end: Elapsed) -> Option<Elapsed> {
    let ticks = seconds.max(0).saturating_mul(10_000);
    (ticks < end.as_ticks())
        .then(|| Elapsed::from_ticks(ticks))
        .flatten()
}

/// The end in whole seconds, rounded up, so the slider's far end is the end.
fn end_seconds(end: Elapsed) -> i64 {
    (end.as_ticks() + 9_999) / 10_000
}

#[component]
pub fn Replay(props: &ReplayProps) -> Html {
    let end = props.end;
    let shown = props.moment.unwrap_or(end);
    #[cfg(target_arch = "wasm32")]
    {
        let (on_frame, moment, playing) = (props.on_frame.clone(), shown, props.playing);
        // One timer while playing; each frame asks for the moment a frame later. The reducer
        // stops the playing at the end.
        let position = use_mut_ref(|| moment);
        *position.borrow_mut() = moment;
        use_effect_with(playing, move |&playing| {
            let timer = playing.then(|| {
                crate::widget::dom::every(FRAME_MS, move || {
                    let step = SPEED * i64::from(FRAME_MS) * 10;
                    let next =
                        Elapsed::from_ticks(position.borrow().as_ticks() + step).unwrap_or(end);
                    on_frame.emit((next, end));
                })
            });
            move || drop(timer)
        });
    }
    let on_input = {
        let on_seek = props.on_seek.clone();
        Callback::from(move |event: InputEvent| {
            #[cfg(target_arch = "wasm32")]
            {
                use wasm_bindgen::JsCast;
                let value = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .and_then(|input| input.value().parse::<i64>().ok());
                if let Some(seconds) = value {
                    on_seek.emit(moment_at(seconds, end));
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&event, &on_seek);
        })
    };
    let toggle = if props.playing {
        props.on_pause.reform(|_: MouseEvent| ())
    } else {
        props.on_play.reform(|_: MouseEvent| ())
    };
    // On the static chart the loader hands the play button and the slider to the live chart.
    let words = &props.words;
    let value = value_text(shown, end, words);
    html! {
        <div class={classes!("qc-replay", RESERVE)} data-qc-static={HANDED_OVER} data-qc="replay">
            <button type="button" class="qc-play" data-qc="play" aria-pressed={props.playing.to_string()}
                    onclick={toggle}>
                { text::say(words, if props.playing { "replay-pause" } else { "replay-play" }) }
            </button>
            <input type="range" class="qc-slider" min="0" max={end_seconds(end).to_string()} step="1"
                   value={(shown.as_ticks() / 10_000).to_string()}
                   aria-label={words.t("replay-slider")} aria-valuetext={value.clone()}
                   oninput={on_input} />
            <output class="qc-moment" aria-hidden="true">{ text::node(value) }</output>
            if props.moment.is_some() {
                <button type="button" class="qc-now" data-qc="now" onclick={props.on_seek.reform(|_: MouseEvent| None)}>
                    { text::say(words, "replay-end") }
                </button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(seconds: i64) -> Elapsed {
        Elapsed::from_ticks(seconds * 10_000).expect("a moment")
    }

    #[test]
    fn the_slider_reads_in_session_time() {
        let end = Elapsed::from_ticks(38_495_500).expect("1:04:09.550");
        assert_eq!(
            value_text(t(2_712), end, &Words::english()),
            "45:12 of 1:04:09"
        );
        let de = Words::builtin(crate::core::lang::Lang::De).expect("German");
        assert_eq!(value_text(t(2_712), end, &de), "45:12 von 1:04:09");
        assert_eq!(end_seconds(end), 3_850);
        assert_eq!(moment_at(0, end), Some(t(0)));
        assert_eq!(moment_at(2_712, end), Some(t(2_712)));
        // The far end is now: the finished (or latest) session, not a moment before it.
        assert_eq!(moment_at(3_850, end), None);
        assert_eq!(moment_at(-5, end), Some(t(0)));
    }
}
