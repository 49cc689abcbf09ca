//! The browser entry point: mounts a chart in every `[data-qualichart]` element of the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    qualichart::widget::mount();
}

/// The widget runs in a browser; natively this binary only says so.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("qualichart-web is the browser build: run `./x demo` and open the printed address");
}
