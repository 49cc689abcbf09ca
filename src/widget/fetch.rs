//! Loading a session over HTTP (browser only): every failure becomes a message for the box.
//!
//! The browser parses the JSON (`JSON.parse`) and serde-wasm-bindgen reads the result, so the
//! widget carries no JSON parser of its own; the core's guards and validation still decide,
//! with the same messages as the CLI. A request that takes longer than the widget's timeout is
//! aborted; a body the server declares too large is refused before it is read, and one that
//! grows past the limit as it streams (chunked, compressed) is stopped there. The loader may
//! begin a chart's first request before the module is ready ([`started`]); it is then treated
//! as the widget's own. A live chart asks again ([`poll`]) with conditional requests, and
//! reads and parses only a version it has not drawn.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::error::{Error, ErrorKind, MAX_INPUT_BYTES};
use crate::core::FieldPath;
use crate::widget::load::Load;
use crate::widget::shared::Shared;

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

/// What a chart knows of the last answer it drew, so a live chart's poll can tell an unchanged
/// session without parsing it again: the validators the server sent (`ETag`,
/// `Last-Modified`; the browser sends them back as `If-None-Match` / `If-Modified-Since`, so an
/// unchanged file costs a 304), and a digest of the bytes for servers that send neither.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Seen {
    etag: Option<String>,
    modified: Option<String>,
    digest: Option<u64>,
}

impl Seen {
    /// True when `other` names the same version: the same `ETag`, else the same
    /// `Last-Modified`, else the same bytes.
    fn same(&self, etag: Option<&str>, modified: Option<&str>) -> bool {
        match (&self.etag, etag, &self.modified, modified) {
            (Some(a), Some(b), ..) => a == b,
            (None, None, Some(a), Some(b)) => a == b,
            _ => false,
        }
    }
}

/// What one request for a session came to.
enum Answer {
    /// A valid session, and what identifies this version of it.
    Session(Shared<crate::core::Session>, Seen),
    /// The version already drawn (a live chart's poll).
    Unchanged(Seen),
    /// A problem trying again will not mend (a missing file, an invalid session).
    Refused(String),
    /// A problem that may pass (the network, the server, the timeout).
    Failed(String),
}

/// Fetches and validates the session at `src`, giving up after `timeout_ms`: the request the
/// loader began for it, or a new one (the first load of a chart without one, and every retry).
/// Also gives what identifies the version loaded, for a live chart's polls ([`poll`]).
pub async fn session(src: &str, timeout_ms: u32) -> (Load, Seen) {
    let started = take_started(src).map(|s| (s.response, s.controller));
    match ask(src, timeout_ms, started, None).await {
        Answer::Session(session, seen) => (Load::Ready(session), seen),
        // Without a version to compare with, an answer is never "unchanged".
        Answer::Unchanged(seen) => (Load::failed(BROKE, true), seen),
        Answer::Refused(message) => (Load::failed(message, false), Seen::default()),
        Answer::Failed(message) => (Load::failed(message, true), Seen::default()),
    }
}

/// What a live chart's poll found.
pub enum Poll {
    /// The session drawn is still the latest.
    Unchanged,
    /// A newer session, valid, with what identifies it.
    Changed(Shared<crate::core::Session>, Seen),
    /// The update could not be had or read (a failed request, a truncated or invalid body):
    /// the chart keeps its last good session and tries again later.
    Failed(String),
}

/// Asks `src` again for a live chart, revalidating what the browser has cached (the request's
/// `cache: "no-cache"`: a conditional request, answered 304 when nothing changed, without a
/// CORS preflight), and reads the body only when it is a version other than `seen`.
///
/// After a failed poll (`fresh`), the cache is bypassed (`cache: "reload"`): a broken copy a
/// cache kept must not be served again and again.
pub async fn poll(src: &str, timeout_ms: u32, seen: &Seen, fresh: bool) -> Poll {
    let cache = if fresh {
        web_sys::RequestCache::Reload
    } else {
        web_sys::RequestCache::NoCache
    };
    match ask(src, timeout_ms, None, Some((seen, cache))).await {
        Answer::Session(session, seen) => Poll::Changed(session, seen),
        Answer::Unchanged(_) => Poll::Unchanged,
        Answer::Refused(message) | Answer::Failed(message) => Poll::Failed(message),
    }
}

const BROKE: &str = "Could not load the session: the network request failed.";

/// One request for the session at `src` (or the one the loader `started`), read within
/// `timeout_ms`; with `poll` (the version drawn, and how to use the cache), a live chart's
/// poll, which may find that version again.
async fn ask(
    src: &str,
    timeout_ms: u32,
    started: Option<(js_sys::Promise, web_sys::AbortController)>,
    poll: Option<(&Seen, web_sys::RequestCache)>,
) -> Answer {
    let seen = poll.map(|(seen, _)| seen);
    let Some(window) = web_sys::window() else {
        return Answer::Refused("No window to load the session in.".to_owned());
    };
    let (controller, request) = match started {
        Some((response, controller)) => (Some(controller), response),
        None => {
            let controller = web_sys::AbortController::new().ok();
            let init = web_sys::RequestInit::new();
            if let Some(controller) = &controller {
                init.set_signal(Some(&controller.signal()));
            }
            if let Some((_, cache)) = poll {
                init.set_cache(cache);
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
    let answer = read_answer(request, seen).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    let timed_out = controller.as_ref().is_some_and(|c| c.signal().aborted());
    // A body left unread (an error status, a declared size over the limit, an unchanged
    // version) downloads no further; after a complete read this does nothing.
    if let Some(controller) = &controller {
        controller.abort();
    }
    match answer {
        Answer::Failed(_) if timed_out => Answer::Failed(format!(
            "Could not load the session: no complete answer within {} seconds.",
            timeout_ms.div_ceil(1000)
        )),
        answer => answer,
    }
}

/// The response to `request`, read and checked.
///
/// Messages never repeat `src` or the server's words: a link's URL is whoever wrote the link's
/// to choose (`widget::source`), and a chart must not print it on a publisher's page.
async fn read_answer(request: js_sys::Promise, seen: Option<&Seen>) -> Answer {
    let Some(response) = JsFuture::from(request)
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
    else {
        return Answer::Failed(BROKE.to_owned());
    };
    if !response.ok() {
        let message = format!(
            "Could not load the session: the server answered {}.",
            response.status()
        );
        // A server error may pass; a missing file will not.
        return if response.status() >= 500 {
            Answer::Failed(message)
        } else {
            Answer::Refused(message)
        };
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let (etag, modified) = (header("etag"), header("last-modified"));
    if let Some(seen) = seen.filter(|seen| seen.same(etag.as_deref(), modified.as_deref())) {
        return Answer::Unchanged(seen.clone());
    }
    let declared = header("content-length").and_then(|n| n.trim().parse::<usize>().ok());
    if let Some(size) = declared.filter(|&size| size > MAX_INPUT_BYTES) {
        return Answer::Refused(refused(ErrorKind::TooLarge(size)));
    }
    let bytes = match body(&response).await {
        Ok(bytes) => bytes,
        Err(Body::TooLarge) => return Answer::Refused(refused(ErrorKind::OverLimit)),
        Err(Body::Broke) => {
            return Answer::Failed("Could not load the session: the response broke off.".to_owned())
        }
    };
    let version = Seen {
        etag,
        modified,
        digest: Some(digest(&bytes)),
    };
    if seen.is_some_and(|seen| seen.digest == version.digest) {
        return Answer::Unchanged(version);
    }
    match read(&bytes) {
        Ok(session) => Answer::Session(Shared::new(session), version),
        Err(message) => Answer::Refused(format!("The session is not valid: {message}")),
    }
}

/// A 64-bit FNV-1a digest of a body: enough to tell one version of a file from the next (not a
/// defence: the body is then checked in full like any other).
fn digest(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A whole-input problem, as the chart shows it.
fn refused(kind: ErrorKind) -> String {
    let error = Error::new(FieldPath::root(), kind);
    format!("The session is not valid: {error}")
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
