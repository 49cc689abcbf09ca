//! A live chart: the session re-read from its `src` while it runs, and the badge that says so.
//!
//! A publisher turns it on per chart (`data-live`, `live` on `<quali-chart>`, `live` on
//! `embed.html`, `qualichart.live()`), optionally with the seconds between polls. Each poll is
//! a conditional request ([`crate::widget::fetch::poll`]): an unchanged file costs the server a
//! 304 and the reader nothing. A failed or bad update never touches the chart: the last good
//! session stays up, the badge says "update failed, retrying", and the polls back off. Polls
//! pause while the page is hidden, and stop for good when the session says it is over
//! (`"state": "finished"`, `docs/session-format.md`).
//!
//! The rules (intervals, back-off, the badge's words) are pure and tested natively; the task
//! that polls is browser-only.

use yew::prelude::*;

use crate::core::lang::{Arg, Words};

/// Seconds between polls when the publisher names none: Datawrapper's refresh is a minute; a
/// qualifying session's order changes in seconds, and a 304 costs next to nothing.
pub const DEFAULT_SECONDS: u32 = 30;
/// The shortest interval a page may ask for: a reader's tab must not hammer a server.
pub const MIN_SECONDS: u32 = 5;
/// The longest: beyond this a chart is not live.
pub const MAX_SECONDS: u32 = 3_600;
/// After failures the interval doubles, up to this.
pub const MAX_BACKOFF_SECONDS: u32 = 300;

/// The interval a `data-live` value asks for, in milliseconds: the attribute alone (or a value
/// that is not a number) gives [`DEFAULT_SECONDS`]; a number is held to
/// [`MIN_SECONDS`]..=[`MAX_SECONDS`]. `None` when the chart is not live (no attribute, or
/// `"false"`/`"off"`/`"0"`).
pub fn interval_ms(attribute: Option<&str>) -> Option<u32> {
    let value = attribute?.trim();
    if matches!(value, "false" | "off" | "0") {
        return None;
    }
    let seconds = value
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s > 0.0)
        .map_or(DEFAULT_SECONDS, |s| {
            (s.round() as u32).clamp(MIN_SECONDS, MAX_SECONDS)
        });
    Some(seconds * 1000)
}

/// How long to wait before the next poll, after `failing` failures in a row: the interval,
/// doubled for each failure up to [`MAX_BACKOFF_SECONDS`] (never below the interval itself).
pub fn next_delay_ms(interval_ms: u32, failing: u32) -> u32 {
    let doubled = interval_ms.saturating_mul(1u32 << failing.min(16));
    doubled.min(MAX_BACKOFF_SECONDS * 1000).max(interval_ms)
}

/// Where a live chart stands, for its badge.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LiveView {
    /// When the data last changed (or first loaded), in the page's clock (`Date.now()`, ms).
    pub updated_ms: f64,
    /// Polls that failed in a row since the last good one.
    pub failing: u32,
    /// The session said it is over: no more polls.
    pub finished: bool,
}

/// How old the data is, in the unit the badge says it in: `now` (under 5 s), `s`, `min` or
/// `h`, and how many.
pub fn age(now_ms: f64, updated_ms: f64) -> (&'static str, u64) {
    let seconds = ((now_ms - updated_ms) / 1000.0).max(0.0) as u64;
    match seconds {
        0..=4 => ("now", 0),
        5..=59 => ("s", seconds),
        60..=3_599 => ("min", seconds / 60),
        _ => ("h", seconds / 3_600),
    }
}

/// The badge's words: "Live · updated 12 s ago", "Live · update failed, retrying", "Final" in
/// English (`live-*`).
pub fn badge_text(view: &LiveView, now_ms: f64, words: &Words) -> String {
    if view.finished {
        words.t("live-final")
    } else if view.failing > 0 {
        words.t("live-failing")
    } else {
        let (unit, n) = age(now_ms, view.updated_ms);
        words.with(
            "live-updated",
            &[("unit", Arg::Text(unit)), ("n", Arg::Count(n as i64))],
        )
    }
}

#[derive(Clone, PartialEq, Properties)]
pub struct LiveBadgeProps {
    pub view: LiveView,
    pub words: Words,
}

/// "Live · updated 12 s ago", ticking each second; "Final" once the session is over. Plain
/// text, not a live region: a screen reader hears the news of a new pole (the chart's own
/// announcement), not a clock.
#[component]
pub fn LiveBadge(props: &LiveBadgeProps) -> Html {
    let now = use_state(now_ms);
    #[cfg(target_arch = "wasm32")]
    {
        let now = now.clone();
        let ticking = !props.view.finished;
        use_effect_with(ticking, move |ticking| {
            let timer =
                ticking.then(|| crate::widget::dom::every(1_000, move || now.set(now_ms())));
            move || drop(timer)
        });
    }
    let state = if props.view.finished {
        "finished"
    } else if props.view.failing > 0 {
        "failing"
    } else {
        "live"
    };
    html! {
        <span class="qc-live-badge" data-qc="live" data-state={state}>
            { crate::widget::text::node(badge_text(&props.view, *now, &props.words)) }
        </span>
    }
}

/// The page's clock in milliseconds (0 natively, where nothing ticks).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// The browser's polling task.
#[cfg(target_arch = "wasm32")]
pub mod task {
    use std::cell::Cell;
    use std::rc::Rc;

    use yew::prelude::*;

    use super::{next_delay_ms, now_ms, LiveView};
    use crate::core::session::{Session, SessionState};
    use crate::widget::fetch::{self, Poll, Seen};
    use crate::widget::shared::Shared;

    /// Stops the task when dropped (the chart is removed, live is turned off, the source
    /// changes).
    pub struct Stop(Rc<Cell<bool>>);

    impl Drop for Stop {
        fn drop(&mut self) {
            self.0.set(true);
        }
    }

    /// Polls `src` every `interval_ms` from the version `seen`, giving each newer valid session
    /// to `update` and each change of standing to `view`.
    pub fn start(
        src: AttrValue,
        timeout_ms: u32,
        interval_ms: u32,
        seen: Seen,
        update: Callback<Shared<Session>>,
        view: Callback<LiveView>,
    ) -> Stop {
        let stopped = Rc::new(Cell::new(false));
        let stop = Stop(stopped.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let (mut seen, mut standing) = (
                seen,
                LiveView {
                    updated_ms: now_ms(),
                    ..LiveView::default()
                },
            );
            loop {
                crate::widget::dom::sleep(next_delay_ms(interval_ms, standing.failing)).await;
                // A hidden page is not polled: a reader's background tabs cost nobody anything.
                while crate::widget::dom::hidden() && !stopped.get() {
                    crate::widget::dom::sleep(1_000).await;
                }
                if stopped.get() {
                    return;
                }
                match fetch::poll(&src, timeout_ms, &seen, standing.failing > 0).await {
                    Poll::Unchanged => standing.failing = 0,
                    Poll::Changed(session, version) => {
                        seen = version;
                        standing.failing = 0;
                        standing.updated_ms = now_ms();
                        standing.finished = session.state == Some(SessionState::Finished);
                        if stopped.get() {
                            return;
                        }
                        update.emit(session);
                    }
                    Poll::Failed(_) => standing.failing += 1,
                }
                if stopped.get() {
                    return;
                }
                view.emit(standing.clone());
                if standing.finished {
                    return;
                }
            }
        });
        stop
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attribute_asks_for_an_interval_within_bounds() {
        assert_eq!(interval_ms(None), None);
        assert_eq!(interval_ms(Some("")), Some(30_000));
        assert_eq!(interval_ms(Some("live")), Some(30_000));
        assert_eq!(interval_ms(Some("10")), Some(10_000));
        assert_eq!(interval_ms(Some(" 12.4 ")), Some(12_000));
        assert_eq!(interval_ms(Some("1")), Some(5_000));
        assert_eq!(interval_ms(Some("99999")), Some(3_600_000));
        assert_eq!(interval_ms(Some("-3")), Some(30_000));
        assert_eq!(interval_ms(Some("NaN")), Some(30_000));
        for off in ["false", "off", "0"] {
            assert_eq!(interval_ms(Some(off)), None, "{off}");
        }
    }

    #[test]
    fn failures_back_off_to_five_minutes() {
        let delays: Vec<u32> = (0..7).map(|f| next_delay_ms(30_000, f)).collect();
        assert_eq!(
            delays,
            [30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000]
        );
        assert_eq!(next_delay_ms(30_000, 40), 300_000);
        // An interval longer than the cap is never shortened.
        assert_eq!(next_delay_ms(600_000, 3), 600_000);
    }

    #[test]
    fn the_badge_says_how_old_the_data_is() {
        let view = LiveView {
            updated_ms: 1_000_000.0,
            ..LiveView::default()
        };
        let en = Words::english();
        let said = |now: f64| badge_text(&view, now, &en);
        assert_eq!(said(1_000_000.0), "Live · updated just now");
        assert_eq!(said(1_012_400.0), "Live · updated 12 s ago");
        assert_eq!(said(1_185_000.0), "Live · updated 3 min ago");
        assert_eq!(said(1_000_000.0 + 7_300_000.0), "Live · updated 2 h ago");
        // A clock that went back reads as now.
        assert_eq!(said(999_000.0), "Live · updated just now");
        let failing = LiveView {
            failing: 2,
            ..view.clone()
        };
        assert_eq!(
            badge_text(&failing, 0.0, &en),
            "Live · update failed, retrying"
        );
        let over = LiveView {
            finished: true,
            ..view
        };
        assert_eq!(badge_text(&over, 0.0, &en), "Final");
        let fr = Words::builtin(crate::core::lang::Lang::Fr).expect("French");
        assert_eq!(
            badge_text(&view, 1_012_400.0, &fr),
            "En direct · mis à jour il y a 12\u{202f}s"
        );
        assert_eq!(badge_text(&over, 0.0, &fr), "Terminé");
    }
}
