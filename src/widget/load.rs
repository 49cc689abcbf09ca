//! Where loading a chart's session stands: what `fetch` produces and the root component shows.

use crate::core::session::Session;
use crate::widget::shared::Shared;

/// A session that has not fully arrived after this long is given up on (`data-timeout`).
pub const DEFAULT_TIMEOUT_MS: u32 = 20_000;

/// Where loading stands.
#[derive(Clone, PartialEq)]
pub enum Load {
    Loading,
    /// The message to show, and whether trying again could help (network, server, timeout).
    Failed {
        message: String,
        retry: bool,
    },
    Ready(Shared<Session>),
}

impl Load {
    pub fn failed(message: impl Into<String>, retry: bool) -> Load {
        Load::Failed {
            message: message.into(),
            retry,
        }
    }
}
