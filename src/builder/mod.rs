//! The editor's page (`builder.html`): what it computes, outside the browser glue, so it is
//! tested natively and runs unchanged in the page's own wasm module
//! (`src/bin/qualichart-builder.rs`, the `builder` feature).
//!
//! - [`session`]: the editor's files and fields to one session, by the importer the CLI runs
//!   (detection by content, the merge by car number, the fields as the last file, an overlay),
//!   checked by the core; a problem says which file or field it belongs to.
//! - [`embed`]: the copy-paste code of the three embeds (`docs/embedding.md`) for the address
//!   the editor will upload the session to.
//!
//! The no-JS fallback the page hands out is `widget::ssr`'s, the one `prerender` writes.

pub mod embed;
pub mod session;
