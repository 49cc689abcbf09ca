//! Loading a session over HTTP (browser only): every failure becomes a message for the box.
//!
//! The browser parses the JSON (`JSON.parse`) and serde-wasm-bindgen reads the result, so the
//! widget carries no JSON parser of its own; the core's guards and validation still decide,
//! with the same messages as the CLI. A request that takes longer than the widget's timeout is
//! aborted; a body the server declares too large is refused before it is read, and one that
//! grows past the limit as it streams (chunked, compressed) is stopped there. The loader may begin a chart's first request before the module is ready
//! ([`started`]); it is then treated as the widget's own.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::error::{Error, ErrorKind, MAX_INPUT_BYTES};
use crate::core::Path;
use crate::widget::load::Load;

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
    let result = load(request).await;
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
                "Could not load the session: no complete answer within {} seconds.",
                timeout_ms.div_ceil(1000)
            ),
            true,
        ),
        Err(message) => Load::failed(message, true),
    }
}

/// The request itself; `Err` is a failure worth retrying (the network, the server).
///
/// Messages never repeat `src` or the server's words: a link's URL is whoever wrote the link's
/// to choose (`widget::source`), and a chart must not print it on a publisher's page.
async fn load(request: js_sys::Promise) -> Result<Load, String> {
    let broke = || "Could not load the session: the network request failed.".to_owned();
    let response = JsFuture::from(request)
        .await
        .map_err(|_| broke())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| broke())?;
    if !response.ok() {
        let message = format!(
            "Could not load the session: the server answered {}.",
            response.status()
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
        return Ok(refused(ErrorKind::TooLarge(size)));
    }
    let bytes = match body(&response).await {
        Ok(bytes) => bytes,
        Err(Body::TooLarge) => return Ok(refused(ErrorKind::OverLimit)),
        Err(Body::Broke) => {
            return Err("Could not load the session: the response broke off.".to_owned())
        }
    };
    Ok(match read(&bytes) {
        Ok(session) => Load::Ready(crate::widget::shared::Shared::new(session)),
        Err(message) => Load::failed(format!("The session is not valid: {message}"), false),
    })
}

/// A whole-input problem, as the chart shows it.
fn refused(kind: ErrorKind) -> Load {
    let error = Error::new(Path::root(), kind);
    Load::failed(format!("The session is not valid: {error}"), false)
}

/// Why a body was not read whole.
enum Body {
    /// Past [`MAX_INPUT_BYTES`]: reading stopped there.
    TooLarge,
    /// The stream failed (the network, an abort by the timeout).
    Broke,
}

/// The response's bytes, read as a stream and given up on at [`MAX_INPUT_BYTES`], whatever the
/// server declared: a chunked or compressed response has no size to check before reading (the
/// stream gives the decompressed bytes, so a small gzip body that inflates past the limit is
/// stopped there too). The caller aborts the request, which stops the download.
async fn body(response: &web_sys::Response) -> Result<Vec<u8>, Body> {
    let mut bytes = Vec::new();
    let Some(stream) = response.body() else {
        return Ok(bytes);
    };
    let reader = stream
        .get_reader()
        .dyn_into::<web_sys::ReadableStreamDefaultReader>()
        .map_err(|_| Body::Broke)?;
    loop {
        let result = JsFuture::from(reader.read())
            .await
            .map_err(|_| Body::Broke)?;
        let field = |name: &str| js_sys::Reflect::get(&result, &name.into()).ok();
        if field("done").is_some_and(|done| done.is_truthy()) {
            return Ok(bytes);
        }
        let chunk = field("value")
            .and_then(|value| value.dyn_into::<js_sys::Uint8Array>().ok())
            .ok_or(Body::Broke)?;
        let start = bytes.len();
        let end = start.saturating_add(chunk.length() as usize);
        if end > MAX_INPUT_BYTES {
            let _ = reader.cancel();
            return Err(Body::TooLarge);
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
}

/// The session in `bytes` (UTF-8, a byte-order mark allowed), or the message to show.
pub fn read(bytes: &[u8]) -> Result<crate::core::Session, String> {
    crate::core::validate::check_input(bytes).map_err(|e| e.to_string())?;
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 text (byte {})", e.valid_up_to() + 1))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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
