//! Loading a session over HTTP (browser only): every failure becomes a message for the box.
//!
//! The browser parses the JSON (`JSON.parse`) and serde-wasm-bindgen reads the result, so the
//! widget carries no JSON parser of its own; the core's guards and validation still decide,
//! with the same messages as the CLI. A request that takes longer than the widget's timeout is
//! aborted; a body the server declares too large is refused before it is read.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::error::{Error, ErrorKind, MAX_INPUT_BYTES};
use crate::core::Path;
use crate::widget::app::Load;

/// Fetches and validates the session at `src`, giving up after `timeout_ms`.
pub async fn session(src: &str, timeout_ms: u32) -> Load {
    let Some(window) = web_sys::window() else {
        return Load::failed("No window to load the session in.", false);
    };
    let controller = web_sys::AbortController::new().ok();
    let init = web_sys::RequestInit::new();
    if let Some(controller) = &controller {
        init.set_signal(Some(&controller.signal()));
    }
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
    let result = load(&window, src, &init).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    let timed_out = controller.is_some_and(|c| c.signal().aborted());
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
async fn load(
    window: &web_sys::Window,
    src: &str,
    init: &web_sys::RequestInit,
) -> Result<Load, String> {
    let broke = || format!("Could not load {src}: the network request failed.");
    let response = JsFuture::from(window.fetch_with_str_and_init(src, init))
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
