//! The native CLI: `qualichart report`, `import` (and `import --watch`), `render`, `prerender`.
//! Reads a file or stdin, calls `core`, writes stdout or a file.
//!
//! Exit codes: 0 success (a closed stdout pipe included), 1 bad input with
//! `qualichart: FILE: <message>` on stderr, 2 usage errors (clap's own). It never panics on
//! input: every failure path is a `core::Error` or an IO error with the file named.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod output;
#[cfg(not(target_arch = "wasm32"))]
mod prerender;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod text;
#[cfg(not(target_arch = "wasm32"))]
mod watch;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The CLI makes no sense in a browser; this keeps `cargo build --target wasm32-unknown-unknown`
/// of the whole package working.
#[cfg(target_arch = "wasm32")]
fn main() {}
