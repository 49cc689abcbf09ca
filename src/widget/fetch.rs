//! Loading a session over HTTP (browser only): every failure becomes a message for the box.

use gloo_net::http::Request;

use crate::widget::app::Load;

/// Fetches and validates the session at `src`.
pub async fn session(src: &str) -> Load {
    let response = match Request::get(src).send().await {
        Ok(response) => response,
        Err(_) => {
            return Load::Failed(format!("Could not load {src}: the network request failed."))
        }
    };
    if !response.ok() {
        return Load::Failed(format!(
            "Could not load {src}: the server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    let bytes = match response.binary().await {
        Ok(bytes) => bytes,
        Err(_) => return Load::Failed(format!("Could not load {src}: the response broke off.")),
    };
    match crate::core::parse(&bytes) {
        Ok(session) => Load::Ready(std::rc::Rc::new(session)),
        Err(e) => Load::Failed(format!("{src}: {e}")),
    }
}
