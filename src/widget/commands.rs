//! The host page's commands to a live chart (wasm only): `qualichart.highlight`, `compare`,
//! `clear`, `#qc=` links and the iframe's postMessage all reach a chart as a
//! `qualichart-command` DOM event on its `<figure>`; the chart announces it listens with a
//! bubbling `qualichart-ready`. The event names are shared with the loader
//! (`static/qualichart/qualichart.js`); `tests/tidy.rs` checks both spell them the same.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use crate::core::session::Session;
use crate::core::time::Elapsed;
use crate::widget::shared::Shared;
use crate::widget::state::{Action, ChartState};

/// A live `qualichart-command` listener on the widget's root; dropping it removes it.
pub struct CommandListener {
    element: web_sys::Element,
    callback: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::CustomEvent)>,
}

impl Drop for CommandListener {
    fn drop(&mut self) {
        let _ = self.element.remove_event_listener_with_callback(
            COMMAND_EVENT,
            self.callback.as_ref().unchecked_ref(),
        );
    }
}

/// The DOM event the host-page API (`qualichart.js`: URL hash, `highlight`, `compare`,
/// postMessage) sends to a widget's root: `detail` is `{action, cars}`, with `action` one of
/// `"highlight"`, `"compare"`, `"clear"` and `cars` a list of car numbers.
pub const COMMAND_EVENT: &str = "qualichart-command";

/// What a chart's `<figure>` sends (bubbling) once it listens for commands.
pub const READY_EVENT: &str = "qualichart-ready";

/// Turns host-page commands into reader actions. Unknown car numbers are ignored: a link to a
/// car of another session must not break this one. Cars are looked up in `session` as it is
/// when the command comes (a live chart's latest). Besides `action` and `cars`, a command may
/// carry `at`, a session time (`"45:00"`, from a `#qc=31@45:00` link; `"end"` for now), which
/// moves the replay there (`seek` is a command with only that); `live` turns polling on
/// (`seconds`, or `true` for the default interval) or off.
pub fn listen_for_commands(
    element: web_sys::Element,
    session: Rc<RefCell<Shared<Session>>>,
    dispatcher: UseReducerDispatcher<ChartState>,
    on_live: Callback<Option<u32>>,
) -> Option<CommandListener> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(
        move |event: web_sys::CustomEvent| {
            let detail = event.detail();
            let field = |name: &str| js_sys::Reflect::get(&detail, &name.into()).ok();
            let action = field("action")
                .and_then(|a| a.as_string())
                .unwrap_or_default();
            let session = session.borrow().clone();
            let cars: Vec<usize> = field("cars")
                .filter(js_sys::Array::is_array)
                .map(|c| {
                    js_sys::Array::from(&c)
                        .iter()
                        .filter_map(|n| n.as_string())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
                .iter()
                .filter_map(|number| session.entry(number).map(|e| e.index))
                .collect();
            match field("at").and_then(|a| a.as_string()).as_deref() {
                Some("end") => dispatcher.dispatch(Action::Seek(None)),
                Some(at) => {
                    if let Some(moment) = session_time(at) {
                        dispatcher.dispatch(Action::Seek(Some(moment)));
                    }
                }
                None => {}
            }
            match (action.as_str(), cars.as_slice()) {
                ("highlight", [car, ..]) => dispatcher.dispatch(Action::Highlight(*car)),
                ("compare", _) => dispatcher.dispatch(Action::SetCompare(cars)),
                ("clear", _) => dispatcher.dispatch(Action::SetCompare(Vec::new())),
                ("live", _) => {
                    let seconds = field("seconds").unwrap_or(JsValue::TRUE);
                    let asked = if seconds.is_falsy() {
                        None
                    } else {
                        Some(seconds.as_f64().map_or_else(String::new, |s| s.to_string()))
                    };
                    on_live.emit(crate::widget::live::interval_ms(asked.as_deref()));
                }
                _ => {}
            }
        },
    );
    element
        .add_event_listener_with_callback(COMMAND_EVENT, callback.as_ref().unchecked_ref())
        .ok()?;
    // Ready for commands: the loader replays the page's latest one (a `#qc=` link followed
    // before this chart had loaded).
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    // Out of the chart's shadow root, to the loader's listener on the document.
    init.set_composed(true);
    if let Ok(ready) = web_sys::CustomEvent::new_with_event_init_dict(READY_EVENT, &init) {
        let _ = element.dispatch_event(&ready);
    }
    Some(CommandListener { element, callback })
}

/// A session time as a link writes it (`45:00`, `1:02:30`), or `None`.
fn session_time(text: &str) -> Option<Elapsed> {
    let parsed = crate::core::time::parse_text(text.trim()).ok()?;
    Elapsed::check(parsed, String::new).ok()
}
