//! Loading a session over HTTP (browser only): every failure becomes a message for the box.
//!
//! The browser parses the JSON (`JSON.parse`) and serde-wasm-bindgen reads the result, so the
//! widget carries no JSON parser of its own; the core's guards and validation still decide,
//! with the same messages as the CLI. A request that takes longer than the widget's timeout is
//! aborted; a body the server declares too large is refused before it is read, and its
//! download stopped. The loader may begin a chart's first request before the module is ready
//! ([`started`]); it is then treated as the widget's own.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::error::{Error, ErrorKind, MAX_INPUT_BYTES};
use crate::core::Path;
use crate::widget::app::Load;

thread_local! {
    /// Requests the loader began before the module was ready, with their source as the page
    /// gave it, waiting for the chart that [`session`] loads them for.
    static STARTED: RefCell<Vec<Started>> = const { RefCell::new(Vec::new()) };
}

/// A request begun by the loader: the `fetch` promise and the controller that aborts it.
struct Started {
    src: String,
    response: js_sys::Promise,
    controller: web_sys::AbortController,
}

/// Keeps a request the loader began for `src` for the chart that will load `src`, so the
/// session downloads while the module loads instead of after it.
pub fn started(src: String, response: js_sys::Promise, controller: web_sys::AbortController) {
    STARTED.with(|started| {
        started.borrow_mut().push(Started {
            src,
            response,
            controller,
        })
    });
}

/// The request the loader began for `src`, if one is waiting.
fn take_started(src: &str) -> Option<Started> {
    STARTED.with(|started| {
        let mut started = started.borrow_mut();
        let at = started.iter().position(|s| s.src == src)?;
        Some(started.remove(at))
    })
}

/// Fetches and validates the session at `src`, giving up after `timeout_ms`: the request the
/// loader began for it, or a new one (the first load of a chart without one, and every retry).
pub async fn session(src: &str, timeout_ms: u32) -> Load {
    let Some(window) = web_sys::window() else {
        return Load::failed("No window to load the session in.", false);
    };
    let (controller, request) = match take_started(src) {
        Some(started) => (Some(started.controller), started.response),
        None => {
            let controller = web_sys::AbortController::new().ok();
            let init = web_sys::RequestInit::new();
            if let Some(controller) = &controller {
                init.set_signal(Some(&controller.signal()));
            }
            (controller, window.fetch_with_str_and_init(src, &init))
        }
    };
    // The timer aborts the request and the body alike; it is cleared when loading ends.
    let timer = controller.as_ref().and_then(|controller| {
        let controller = controller.clone();
        let abort = Closure::once_into_js(move || controller.abort());
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                i32::try_from(timeout_ms).unwrap_or(i32::MAX),
            )
            .ok()
    });
    let result = load(src, request).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    let timed_out = controller.as_ref().is_some_and(|c| c.signal().aborted());
    // A body left unread (an error status, a declared size over the limit) downloads no
    // further; after a complete read this does nothing.
    if let Some(controller) = &controller {
        controller.abort();
    }
    match result {
        Ok(load) => load,
        Err(_) if timed_out => Load::failed(
            format!(
                "Could not load {src}: no complete answer within {} seconds.",
                timeout_ms.div_ceil(1000)
            ),
            true,
        ),
        Err(message) => Load::failed(message, true),
    }
}

/// The request itself; `Err` is a failure worth retrying (the network, the server).
async fn load(src: &str, request: js_sys::Promise) -> Result<Load, String> {
    let broke = || format!("Could not load {src}: the network request failed.");
    let response = JsFuture::from(request)
        .await
        .map_err(|_| broke())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| broke())?;
    if !response.ok() {
        let message = format!(
            "Could not load {src}: the server answered {} {}.",
            response.status(),
            response.status_text()
        );
        // A server error may pass; a missing file will not.
        return if response.status() >= 500 {
            Err(message)
        } else {
            Ok(Load::failed(message, false))
        };
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.trim().parse::<usize>().ok());
    if let Some(size) = declared.filter(|&size| size > MAX_INPUT_BYTES) {
        let error = Error::new(Path::root(), ErrorKind::TooLarge(size));
        return Ok(Load::failed(format!("{src}: {error}"), false));
    }
    let text = JsFuture::from(response.text().map_err(|_| broke())?)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("Could not load {src}: the response broke off."))?;
    Ok(match read(&text) {
        Ok(session) => Load::Ready(crate::widget::shared::Shared::new(session)),
        Err(message) => Load::failed(format!("{src}: {message}"), false),
    })
}

/// The session in `text`, or the message to show.
pub fn read(text: &str) -> Result<crate::core::Session, String> {
    crate::core::validate::check_input(text.as_bytes()).map_err(|e| e.to_string())?;
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let reason = js_sys::Error::from(e).message();
        format!("not valid JSON: {}", String::from(reason))
    })?;
    from_value(value)
}

/// A session from a JavaScript value (parsed JSON, or an object a page passes in).
pub fn from_value(value: wasm_bindgen::JsValue) -> Result<crate::core::Session, String> {
    crate::core::validate::from_deserializer(serde_wasm_bindgen::Deserializer::from(value))
        .map_err(|e| e.to_string())
}
