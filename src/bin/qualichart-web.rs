//! The browser build: the wasm module the loader (`static/qualichart/qualichart.js`) imports.
//!
//! The loader finds the chart elements and calls `qualichart::widget::attach` on each, so the
//! module itself does nothing when it starts.

#[cfg(all(target_arch = "wasm32", not(feature = "builder")))]
pub use qualichart::widget::{attach, render};

// The `builder` feature is the editor's module's (`qualichart-builder`): built with it, this
// module would carry the importer and the server renderer, and lack `attach` and `render`.
#[cfg(all(target_arch = "wasm32", feature = "builder"))]
compile_error!("qualichart-web is built without the `builder` feature (./x build builds it alone)");

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The widget runs in a browser; natively this binary only says so.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("qualichart-web is the browser build: run `./x demo` and open the printed address");
}

/// The module's allocator: talc, which is smaller than the standard library's dlmalloc
/// (1.4 kB brotli of the bundle) and no slower. Only this binary has it; the library and its
/// tests keep the default.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
