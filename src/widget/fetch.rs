//! Loading a session over HTTP (browser only): every failure becomes a message for the box.
//!
//! The browser parses the JSON (`JSON.parse`) and serde-wasm-bindgen reads the result, so the
//! widget carries no JSON parser of its own; the core's guards and validation still decide,
//! with the same messages as the CLI.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::widget::app::Load;

/// Fetches and validates the session at `src`.
pub async fn session(src: &str) -> Load {
    let Some(window) = web_sys::window() else {
        return Load::Failed("No window to load the session in.".to_owned());
    };
    let fetched = JsFuture::from(window.fetch_with_str(src)).await;
    let Ok(Ok(response)) = fetched.map(|r| r.dyn_into::<web_sys::Response>()) else {
        return Load::Failed(format!("Could not load {src}: the network request failed."));
    };
    if !response.ok() {
        return Load::Failed(format!(
            "Could not load {src}: the server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    let body = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        Err(_) => None,
    };
    let Some(text) = body else {
        return Load::Failed(format!("Could not load {src}: the response broke off."));
    };
    match read(&text) {
        Ok(session) => Load::Ready(crate::widget::shared::Shared::new(session)),
        Err(message) => Load::Failed(format!("{src}: {message}")),
    }
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
