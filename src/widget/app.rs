//! `<QualiChart>`: loads a session, owns the reader's state, derives the figures, and lays out
//! the header, class selector, chart, details and comparison.
//!
//! Web APIs (fetch, measuring the box, moving DOM focus) run only in effects and callbacks
//! behind `cfg(target_arch = "wasm32")`, so the same components render natively on a server.

use yew::prelude::*;

use crate::widget::shared::Shared;

use crate::core::analysis::pole_timeline;
use crate::core::chart::layout::{layout, ChartLayout, Dims, CAR_CAP};
use crate::core::chart::timeline::timeline;
use crate::core::classify::{classify, Classification, Scope};
use crate::core::colouring::{self, ColourBy};
use crate::core::lang::Words;
use crate::core::moment;
use crate::core::sectors::sector_bests;
use crate::core::session::Session;
use crate::core::story::story;
use crate::core::verdicts::Verdicts;
use crate::widget::chart::Chart;
use crate::widget::details::Details;
use crate::widget::geometry::default_inner_width;
use crate::widget::laps_chart::LapsChart;
use crate::widget::live::{LiveBadge, LiveView};
use crate::widget::load::{Load, DEFAULT_TIMEOUT_MS};
use crate::widget::replay::Replay;
use crate::widget::state::{first_scope, navigate, rekey, Action, ChartState};
use crate::widget::table::ClassTable;
use crate::widget::text;
use crate::widget::timeline::Timeline;
use crate::widget::{HANDED_OVER, RESERVE};

/// Where the session comes from and how to show it first.
#[derive(Clone, PartialEq, Properties)]
pub struct QualiChartProps {
    /// URL of the session JSON (`data-src`).
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// A session already at hand (passed from JavaScript, or rendered on a server).
    #[prop_or_default]
    pub session: Option<Shared<Session>>,
    /// The class to show first (`data-class`); all classes when absent.
    #[prop_or_default]
    pub class: Option<AttrValue>,
    /// A problem found before the widget could load anything (an invalid session object
    /// passed from JavaScript): shown in the box instead of a chart.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// The width to lay out for until the box is measured: the width inside its padding.
    #[prop_or_else(default_inner_width)]
    pub width: f64,
    /// How long loading `src` may take before it is abandoned with a message and a retry.
    #[prop_or(DEFAULT_TIMEOUT_MS)]
    pub timeout_ms: u32,
    /// A live chart: `src` is read again every this many milliseconds (`data-live`,
    /// [`crate::widget::live`]); `None` reads it once.
    #[prop_or_default]
    pub live_ms: Option<u32>,
    /// The cars to compare first, by number (the server render's `render --compare`); a
    /// number the session does not have is skipped.
    #[prop_or_default]
    pub compare: Vec<AttrValue>,
    /// The language of every word and figure (`lang` on the element or the page); English by
    /// default.
    #[prop_or_default]
    pub words: Words,
    /// What the chart's colours say (`data-colour-by`): class, manufacturer or team.
    #[prop_or_default]
    pub colour_by: ColourBy,
}

/// The most class buttons drawn until the reader asks for all ("Show all N classes"): every
/// class of a real field (the Nürburgring 24 Hours has run 23), a row or two of buttons, not a
/// wall of them.
pub const CLASS_CAP: usize = 30;

#[component]
pub fn QualiChart(props: &QualiChartProps) -> Html {
    let initial = match (&props.problem, &props.session, &props.src) {
        (Some(problem), _, _) => Load::failed(problem.to_string(), false),
        (None, Some(session), _) => Load::Ready(session.clone()),
        (None, None, Some(_)) => Load::Loading,
        (None, None, None) => {
            Load::failed("No session to show: the widget needs a data-src.", false)
        }
    };
    let load = use_state(|| initial);
    // Each "Try again" is a new attempt: the effect below fetches again.
    let attempt = use_state(|| 0u32);
    // A live chart's interval: the attribute's, until the host page turns it on or off.
    let live_ms = use_state(|| props.live_ms);
    // Where a live chart stands, for its badge; `None` for a chart that is not live.
    let live = use_state(|| None::<LiveView>);
    #[cfg(target_arch = "wasm32")]
    let seen = use_mut_ref(crate::widget::fetch::Seen::default);
    #[cfg(target_arch = "wasm32")]
    {
        let (load, seen) = (load.clone(), seen.clone());
        let has_session = props.session.is_some() || props.problem.is_some();
        let timeout = props.timeout_ms;
        use_effect_with((props.src.clone(), *attempt), move |(src, _)| {
            if let (Some(src), false) = (src.clone(), has_session) {
                wasm_bindgen_futures::spawn_local(async move {
                    let (loaded, version) = crate::widget::fetch::session(&src, timeout).await;
                    *seen.borrow_mut() = version;
                    load.set(loaded);
                });
            }
        });
    }
    // Once loaded, a live chart polls its source until the session says it is over.
    #[cfg(target_arch = "wasm32")]
    {
        let ready = matches!(&*load, Load::Ready(_));
        let (load, live, seen) = (load.clone(), live.clone(), seen.clone());
        let timeout = props.timeout_ms;
        use_effect_with(
            (props.src.clone(), *live_ms, ready, *attempt),
            move |(src, interval, ready, _)| {
                let task = match (src.clone(), *interval, *ready) {
                    (Some(src), Some(interval), true) => {
                        live.set(Some(LiveView {
                            updated_ms: crate::widget::live::now_ms(),
                            ..LiveView::default()
                        }));
                        let update = Callback::from(move |session| load.set(Load::Ready(session)));
                        let view = {
                            let live = live.clone();
                            Callback::from(move |view| live.set(Some(view)))
                        };
                        let seen = seen.borrow().clone();
                        Some(crate::widget::live::task::start(
                            src, timeout, interval, seen, update, view,
                        ))
                    }
                    _ => {
                        live.set(None);
                        None
                    }
                };
                move || drop(task)
            },
        );
    }
    let on_live = {
        let live_ms = live_ms.clone();
        Callback::from(move |interval: Option<u32>| live_ms.set(interval))
    };
    let retry = {
        let (load, attempt) = (load.clone(), attempt.clone());
        Callback::from(move |_: MouseEvent| {
            load.set(Load::Loading);
            attempt.set(*attempt + 1);
        })
    };
    // The static chart the page shipped (`qualichart prerender`) stays until this one is ready:
    // no blank box and no jump while the session loads.
    let node = use_node_ref();
    #[cfg(target_arch = "wasm32")]
    {
        let node = node.clone();
        let settled = match &*load {
            Load::Loading => None,
            Load::Ready(_) => Some(true),
            Load::Failed { .. } => Some(false),
        };
        use_effect_with(settled, move |settled| {
            if let (Some(ready), Some(root)) = (*settled, node.cast::<web_sys::Element>()) {
                crate::widget::dom::reveal(&root, ready);
            }
        });
    }
    let words = &props.words;
    let state = match &*load {
        Load::Loading => html! {
            <div class="qc-chart qc-status qc-loading" role="status">{ text::say(words, "status-loading") }</div>
        },
        Load::Failed {
            message,
            retry: can_retry,
        } => html! {
            <div class="qc-chart qc-status qc-error" data-qc="error" role="alert">
                <strong>{ text::say(words, "status-failed") }</strong>{ message.clone() }
                if *can_retry {
                    <p><button type="button" data-qc="retry" onclick={retry}>{ text::say(words, "status-retry") }</button></p>
                }
            </div>
        },
        Load::Ready(session) => html! {
            <Loaded session={session.clone()} class={props.class.clone()} width={props.width} src={props.src.clone()}
                    live={(*live).clone()} on_live={on_live} compare={props.compare.clone()} words={props.words.clone()}
                    colour_by={props.colour_by} />
        },
    };
    html! { <div class="qc-root" ref={node}>{ state }</div> }
}

/// The chart of a loaded session.
#[derive(Clone, PartialEq, Properties)]
struct LoadedProps {
    session: Shared<Session>,
    class: Option<AttrValue>,
    width: f64,
    /// Where the session came from, for the "get the data" link.
    src: Option<AttrValue>,
    /// A live chart's standing, for its badge.
    live: Option<LiveView>,
    /// The host page turns live on (with an interval in ms) or off (`qualichart.live`).
    on_live: Callback<Option<u32>>,
    /// The cars to compare first, by number.
    compare: Vec<AttrValue>,
    words: Words,
    /// What the chart's colours say.
    colour_by: ColourBy,
}

#[component]
fn Loaded(props: &LoadedProps) -> Html {
    // The session as it is now (the file's, or a live chart's latest update), its figures
    // written as the reader's language writes them.
    let latest: Shared<Session> = (*use_memo(
        (props.session.clone(), props.words.clone()),
        |(session, words)| {
            let figures = words.figures(session.precision);
            if figures == session.precision {
                session.clone()
            } else {
                let mut localised = (**session).clone();
                localised.precision = figures;
                Shared::new(localised)
            }
        },
    ))
    .clone();
    let first = first_scope(&latest, props.class.as_deref());
    let picks: Vec<usize> = props
        .compare
        .iter()
        .filter_map(|number| latest.entry(number).map(|e| e.index))
        .take(crate::widget::state::MAX_COMPARE)
        .collect();
    let state = use_reducer(move || ChartState {
        compare: picks,
        ..ChartState::new(first)
    });
    // A live update may move, add or drop cars: the reader's focus, details and comparison
    // follow their cars (by number) into the new session, from this very render.
    let drawn_from = use_mut_ref(|| latest.clone());
    let rekeyed = {
        let mut from = drawn_from.borrow_mut();
        (*from != latest).then(|| {
            let map = rekey(&from, &latest);
            *from = latest.clone();
            map
        })
    };
    let view: ChartState = match &rekeyed {
        Some(map) => state.rekeyed(map),
        None => (*state).clone(),
    };
    let updated = rekeyed.is_some();
    if let Some(map) = rekeyed {
        state.dispatch(Action::Rekey(map));
    }
    // The replay: the session as it stood at the reader's moment, else as it is now.
    let end = use_memo(latest.clone(), |session| moment::end(session));
    let session: Shared<Session> = (*use_memo(
        (latest.clone(), view.moment),
        |(latest, moment)| match moment {
            Some(t) => Shared::new(moment::as_of(latest, *t)),
            None => latest.clone(),
        },
    ))
    .clone();
    let state = Reader {
        view,
        handle: state,
    };
    let root = use_node_ref();
    let width = use_state(|| props.width);
    #[cfg(target_arch = "wasm32")]
    {
        let root = root.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            let observer = root
                .cast::<web_sys::Element>()
                .and_then(|element| crate::widget::dom::watch_width(element, width));
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    let classification = Shared::from(use_memo(
        (session.clone(), state.scope.clone()),
        |(session, scope)| classify(session, scope),
    ));
    // Cut-offs and record results, once for the chart, the story and the table.
    let verdicts = Shared::from(use_memo(
        (session.clone(), classification.clone()),
        |(session, classification)| Verdicts::of(session, classification),
    ));
    let bests = Shared::from(use_memo(
        (session.clone(), state.scope.clone()),
        |(session, scope)| sector_bests(session, scope),
    ));
    // The chart draws at most CAR_CAP cars until the reader asks for all.
    let capped = {
        let (session, classification) = (session.clone(), classification.clone());
        let (verdicts, width) = (verdicts.clone(), *width);
        use_memo(
            (
                classification.clone(),
                (width * 10.0) as i64,
                props.words.clone(),
            ),
            move |(_, _, words)| {
                Shared::new(lay_out(
                    &session,
                    &classification,
                    &verdicts,
                    width,
                    Some(CAR_CAP),
                    words,
                ))
            },
        )
    };
    // A car the reader's state names that the capped chart does not draw (a `#qc=` link, the
    // host page's `highlight` or `compare`): every car is shown, as "Show all" would, so the
    // car's mark is there to focus and light up.
    let names_hidden = capped.more.is_some()
        && state
            .focus
            .iter()
            .chain(&state.active)
            .chain(&state.compare)
            .any(|&car| {
                let in_scope = session
                    .entries
                    .get(car)
                    .is_some_and(|e| state.scope.contains(e));
                in_scope && !capped.draws(car)
            });
    let all_cars = capped.more.is_some() && (state.all_cars || names_hidden);
    let full = {
        let (session, classification) = (session.clone(), classification.clone());
        let (verdicts, width) = (verdicts.clone(), *width);
        use_memo(
            (
                classification.clone(),
                (width * 10.0) as i64,
                all_cars,
                props.words.clone(),
            ),
            move |(_, _, all, words)| {
                all.then(|| {
                    Shared::new(lay_out(
                        &session,
                        &classification,
                        &verdicts,
                        width,
                        None,
                        words,
                    ))
                })
            },
        )
    };
    let chart: Shared<ChartLayout> = (*full).clone().unwrap_or_else(|| (*capped).clone());
    // Which colour is which, for the bars drawn (a sort of at most CAR_CAP rows a render).
    let colour_by = props.colour_by;
    let legend = colouring::legend(&session, &chart, colour_by);
    {
        // Showing every car for a named one stays, like the reader's own "Show all".
        let dispatcher = state.dispatcher();
        use_effect_with(names_hidden, move |&hidden| {
            if hidden {
                dispatcher.dispatch(Action::ShowAllCars);
            }
        });
    }
    let story = use_memo(
        (
            session.clone(),
            classification.clone(),
            verdicts.clone(),
            props.words.clone(),
        ),
        |(session, classification, verdicts, words)| {
            story(session, classification, verdicts, words).join(" ")
        },
    );
    // The provisional-pole timeline, for one class (or a one-class session): across classes
    // "pole" changes hands between cars that never race for it.
    let timeline = {
        let width = *width;
        use_memo(
            (latest.clone(), state.scope.clone(), (width * 10.0) as i64),
            move |(session, scope, _)| {
                let single = matches!(scope, Scope::Class(_)) || session.classes.len() <= 1;
                let provisionals = if single {
                    pole_timeline(session, scope)
                } else {
                    Vec::new()
                };
                timeline(session, scope, &provisionals, width)
                    .map(|layout| (Shared::new(provisionals), Shared::new(layout)))
            },
        )
    };
    // Commands name cars by number, looked up in the latest session when they come.
    let current = use_mut_ref(|| latest.clone());
    *current.borrow_mut() = latest.clone();
    #[cfg(target_arch = "wasm32")]
    {
        let root = root.clone();
        let dispatcher = state.dispatcher();
        let on_live = props.on_live.clone();
        use_effect_with((), move |_| {
            let listener = root.cast::<web_sys::Element>().map(|element| {
                crate::widget::commands::listen_for_commands(element, current, dispatcher, on_live)
            });
            move || drop(listener)
        });
    }
    let dispatcher = state.dispatcher();
    // One callback for the life of the chart, so the table's props stay equal across renders
    // (hovering a car must not draw the table again).
    let show_all = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |_: MouseEvent, _| {
            dispatcher.dispatch(Action::ShowAllCars)
        })
    };
    let on_key = {
        let dispatcher = dispatcher.clone();
        let chart = chart.clone();
        #[cfg(target_arch = "wasm32")]
        let (session, root) = (session.clone(), root.clone());
        // The drawn order is read on a key press, not copied on every render.
        Callback::from(move |(car, event): (usize, KeyboardEvent)| {
            let key = event.key();
            match key.as_str() {
                "Enter" | " " => {
                    event.prevent_default();
                    dispatcher.dispatch(Action::ToggleCompare(car));
                }
                "Escape" => dispatcher.dispatch(Action::ClearCompare),
                _ => {
                    let order: Vec<usize> = chart.rows.iter().map(|r| r.entry).collect();
                    if let Some(next) = navigate(&order, Some(car), &key) {
                        event.prevent_default();
                        dispatcher.dispatch(Action::Focus(next));
                        #[cfg(target_arch = "wasm32")]
                        if let Some(entry) = session.entries.get(next) {
                            crate::widget::dom::focus_car(&root, &entry.number);
                        }
                    }
                }
            }
        })
    };
    // The classes that have cars, in display order: found once per session, in one pass.
    let with_cars = use_memo(latest.clone(), |session| {
        let mut used = vec![false; session.classes.len()];
        for entry in &session.entries {
            if let Some(slot) = session
                .class_index_of(entry.index)
                .and_then(|c| used.get_mut(c))
            {
                *slot = true;
            }
        }
        (0..session.classes.len())
            .filter(|&i| used[i])
            .collect::<Vec<usize>>()
    });
    // At most CLASS_CAP buttons until the reader asks for all, and always the class shown.
    let class_buttons: Vec<&crate::core::session::Class> = with_cars
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| Some((k, session.classes.get(i)?)))
        .filter(|(k, c)| {
            state.all_classes
                || *k < CLASS_CAP
                || matches!(&state.scope, Scope::Class(id) if *id == c.id)
        })
        .map(|(_, c)| c)
        .collect();
    let more_classes = with_cars.len() - class_buttons.len();
    let words = &props.words;
    let title = session.title();
    let credit = session.credit(words);
    // "Get the data (CSV)": the table of the scope shown, every car, made when asked for and
    // handed to the link as a `data:` URL just before the browser follows it.
    let file = file_stem(props.src.as_deref());
    let csv_name = format!("{file}.csv");
    // The link itself (Yew delegates events, so an event's current target is the chart's root).
    let csv_link = use_node_ref();
    let on_csv = {
        let link = csv_link.clone();
        let (session, classification) = (session.clone(), classification.clone());
        let (verdicts, bests) = (verdicts.clone(), bests.clone());
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            {
                // Data, in English with `.` decimals whatever the chart's language
                // (`core::table`).
                let english = Words::english();
                let table = crate::core::table::table(
                    &session,
                    &classification,
                    &verdicts,
                    &bests,
                    &english,
                );
                let csv = crate::core::table::csv(&table);
                let url = format!(
                    "data:text/csv;charset=utf-8,%EF%BB%BF{}",
                    String::from(js_sys::encode_uri_component(&csv))
                );
                if let Some(link) = link.cast::<web_sys::Element>() {
                    let _ = link.set_attribute("href", &url);
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&link, &session, &classification, &verdicts, &bests);
        })
    };
    // News of a live update for screen readers: a new provisional pole, and nothing else (the
    // badge's clock and every other change stay quiet). The pole's mark pulses once.
    let news = use_state(String::new);
    {
        let poles_before = use_mut_ref(|| None::<(Scope, Vec<(String, String)>)>);
        let news = news.clone();
        let (session, classification) = (session.clone(), classification.clone());
        let words = words.clone();
        let replaying = state.moment.is_some();
        #[cfg(target_arch = "wasm32")]
        let root = root.clone();
        use_effect_with((latest.clone(), state.scope.clone()), move |(_, scope)| {
            let now = text::poles(&session, &classification);
            let mut before = poles_before.borrow_mut();
            if let Some((seen_scope, poles)) = before.as_ref() {
                if updated && !replaying && seen_scope == scope && *poles != now {
                    let said = text::pole_news(&session, &classification, poles, &words);
                    if !said.is_empty() {
                        news.set(said);
                        #[cfg(target_arch = "wasm32")]
                        if let Some(root) = root.cast::<web_sys::Element>() {
                            for (_, number) in now.iter().filter(|p| !poles.contains(p)) {
                                crate::widget::dom::pulse(&root, number);
                            }
                        }
                    }
                }
            }
            *before = Some((scope.clone(), now));
        });
    }
    // A live update moves each car's row from where it was to where it is now.
    #[cfg(target_arch = "wasm32")]
    {
        let drawn = use_mut_ref(Vec::<(String, f64)>::new);
        let root = root.clone();
        let rows: Vec<(String, f64)> = chart
            .rows
            .iter()
            .filter_map(|r| Some((session.entries.get(r.entry)?.number.clone(), r.y)))
            .collect();
        let animate = updated && state.moment.is_none();
        use_effect_with(chart.clone(), move |_| {
            if animate {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    crate::widget::dom::slide_rows(&root, &drawn.borrow(), &rows);
                }
            }
            *drawn.borrow_mut() = rows;
        });
    }
    let replay = (*end).map(|end| {
        html! {
            <Replay moment={state.moment} end={end} playing={state.playing} words={words.clone()}
                    on_seek={dispatcher.to_callback().reform(Action::Seek)}
                    on_play={dispatcher.to_callback().reform(|_| Action::Play)}
                    on_pause={dispatcher.to_callback().reform(|_| Action::Pause)}
                    on_frame={dispatcher.to_callback().reform(|(to, end)| Action::Advance(to, end))} />
        }
    });
    // Without script (the server-rendered fallback) only what works without it is shown.
    // What needs script is still laid out, unseen (`qc-reserve`: no box shown, no focus, not
    // read), so the live chart takes its place without moving anything on the page.
    let interactive = cfg!(target_arch = "wasm32");
    // Of those, the loader's static chart answers some itself (the details, from the templates
    // `ssr` ships; the SVG and PNG downloads) or hands them to the live chart when clicked (a
    // class, all cars): `HANDED_OVER`.
    let details = html! {
        <Details session={session.clone()} classification={classification.clone()} bests={bests.clone()} car={state.active} words={words.clone()}
                 picked={state.active.is_some_and(|car| state.compare.contains(&car))}
                 on_toggle={dispatcher.to_callback().reform(Action::ToggleCompare)} />
    };
    html! {
        <figure class="qc-chart" ref={root} data-qc-file={file}>
            <figcaption class="qc-caption">
                if let Some(title) = title {
                    <span class="qc-title">{ title }</span>
                }
                if let Some(live) = &props.live {
                    <LiveBadge view={live.clone()} words={words.clone()} />
                }
                <span class="qc-story" data-qc="story">{ (*story).clone() }</span>
            </figcaption>
            if with_cars.len() > 1 {
                <div class={classes!("qc-classes", RESERVE)} data-qc-static={HANDED_OVER} role="group" aria-label={words.t("chart-classes")}>
                    <button type="button" data-qc-class="" aria-pressed={(state.scope == Scope::Overall).to_string()}
                            onclick={dispatcher.to_callback().reform(|_: MouseEvent| Action::SetScope(Scope::Overall))}>
                        { text::say(words, "chart-all-classes") }
                    </button>
                    { for class_buttons.iter().map(|c| {
                        let scope = Scope::Class(c.id.clone());
                        let pressed = state.scope == scope;
                        html! {
                            <button type="button" data-qc-class={c.id.clone()} aria-pressed={pressed.to_string()}
                                    onclick={dispatcher.to_callback().reform(move |_: MouseEvent| Action::SetScope(scope.clone()))}>
                                if colour_by == ColourBy::Class {
                                    <svg class="qc-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill={c.color.clone()} /></svg>
                                }
                                { c.name.clone() }
                            </button>
                        }
                    }) }
                    if more_classes > 0 {
                        <button type="button" data-qc="all-classes"
                                onclick={dispatcher.to_callback().reform(|_: MouseEvent| Action::ShowAllClasses)}>
                            { text::node(words.counted("chart-show-all-classes", with_cars.len())) }
                        </button>
                    }
                </div>
            }
            if !legend.is_empty() {
                <ul class="qc-legend" data-qc="legend" aria-label={text::legend_label(colour_by, words)}>
                    { for legend.iter().map(|group| html! {
                        <li>
                            <svg class="qc-swatch" aria-hidden="true"><rect width="10" height="10" rx="2" fill={group.color.clone()} /></svg>
                            { colouring::legend_name(group) }
                        </li>
                    }) }
                </ul>
            }
            <Chart session={session.clone()} classification={classification.clone()} layout={chart.clone()} colour_by={colour_by} words={words.clone()}
                   focus={state.focus} active={state.active} compare={state.compare.clone()}
                   on_hover={dispatcher.to_callback().reform(Action::Hover)}
                   on_leave={dispatcher.to_callback().reform(|_| Action::Leave)}
                   on_focus={dispatcher.to_callback().reform(Action::Focus)}
                   on_toggle={dispatcher.to_callback().reform(Action::ToggleCompare)}
                   on_key={on_key} />
            if let Some(more) = &chart.more {
                <p class="qc-more-cars">
                    <button type="button" class={RESERVE} data-qc-static={HANDED_OVER} data-qc="all-cars" onclick={show_all.clone()}>
                        { text::node(words.counted("chart-show-all-cars", more.total)) }
                    </button>
                </p>
            }
            if interactive {
                { details }
            } else {
                <div class={RESERVE} data-qc-static={HANDED_OVER}>{ details }</div>
            }
            // Drawn on the static chart too, for a page that opens compared (a prerender
            // marker's `--compare`), so nothing moves when the live chart takes over.
            { crate::widget::comparison::comparison(&session, &state.compare, dispatcher.to_callback().reform(|_: MouseEvent| Action::ClearCompare), words) }
            if !state.compare.is_empty() {
                <LapsChart session={session.clone()} picks={state.compare.clone()} width={*width} colour_by={colour_by} words={words.clone()} />
            }
            if let Some((provisionals, layout)) = (*timeline).clone() {
                <Timeline session={latest.clone()} provisionals={provisionals} layout={layout} moment={state.moment} colour_by={colour_by} words={words.clone()} />
            }
            { replay.unwrap_or_default() }
            <ClassTable session={session.clone()} classification={classification.clone()} verdicts={verdicts.clone()} bests={bests.clone()}
                        all={all_cars} words={words.clone()}
                        on_show_all={show_all.clone()} />
            <div class="qc-downloads">
                <button type="button" class={RESERVE} data-qc-static={HANDED_OVER} data-qc-download="svg">{ text::say(words, "chart-download-svg") }</button>
                <button type="button" class={RESERVE} data-qc-static={HANDED_OVER} data-qc-download="png">{ text::say(words, "chart-download-png") }</button>
                if let Some(src) = &props.src {
                    <a href={src.clone()} download="" data-qc="data">{ text::say(words, "chart-data-json") }</a>
                }
                <a href="#" ref={csv_link} class={RESERVE} data-qc-static={HANDED_OVER} download={csv_name} data-qc="data-csv" onclick={on_csv}>{ text::say(words, "chart-data-csv") }</a>
            </div>
            if let Some(credit) = credit {
                <p class="qc-credit" data-qc="credit">{ credit }</p>
            }
            <p class="qc-sr" aria-live="polite" data-qc="news">{ (*news).clone() }</p>
        </figure>
    }
}

/// The reader's state as this render shows it (rekeyed at once after a live update, before the
/// reducer has caught up) and the handle that changes it.
struct Reader {
    view: ChartState,
    handle: UseReducerHandle<ChartState>,
}

impl std::ops::Deref for Reader {
    type Target = ChartState;

    fn deref(&self) -> &ChartState {
        &self.view
    }
}

impl Reader {
    fn dispatcher(&self) -> UseReducerDispatcher<ChartState> {
        self.handle.dispatcher()
    }
}

/// The chart of `classification` in `width` and `words`, drawing at most `max_cars` cars.
fn lay_out(
    session: &Session,
    classification: &Classification,
    verdicts: &Verdicts,
    width: f64,
    max_cars: Option<usize>,
    words: &Words,
) -> ChartLayout {
    let dims = Dims { width, max_cars };
    layout(session, classification, verdicts, dims, words)
}

/// The name of the files a reader downloads from a chart (`daytona-2024-qualifying.csv`,
/// `.svg`, `.png`): its session file's name without the query, fragment or `.json`, else
/// "qualichart". The chart's `<figure>`, live or static, carries it as `data-qc-file`, where the loader's
/// SVG and PNG downloads read it.
fn file_stem(src: Option<&str>) -> String {
    src.and_then(|src| src.split(['?', '#']).next())
        .and_then(|path| path.rsplit('/').next())
        .map(|file| file.strip_suffix(".json").unwrap_or(file))
        .filter(|name| !name.is_empty())
        .unwrap_or("qualichart")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn downloads_are_named_after_the_session_file() {
        let named = |src| file_stem(Some(src));
        assert_eq!(
            named("sessions/daytona-2024-qualifying.json"),
            "daytona-2024-qualifying"
        );
        assert_eq!(named("https://cdn.example.com/q/f1.json?v=2#x"), "f1");
        assert_eq!(named("/live/feed"), "feed");
        assert_eq!(named("https://example.com/"), "qualichart");
        assert_eq!(file_stem(None), "qualichart");
    }
}
