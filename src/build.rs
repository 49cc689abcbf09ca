//! Build script: the English messages the widget carries, without their comments.
//!
//! `static/qualichart/lang/en.ftl` is written for translators, with a comment on every group of
//! messages; the readers' bundle needs only the messages. This writes the file without comment
//! lines and blank lines to `$OUT_DIR/en.ftl`, which `core::lang` includes (`./x build` strips
//! the other languages' files the same way as it copies them to `dist/`). A Fluent comment is a
//! line starting with `#`, so dropping such lines leaves the same messages.

use std::path::Path;

fn main() {
    let source = Path::new("static/qualichart/lang/en.ftl");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(source).unwrap_or_default();
    let messages: String = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect();
    let out = std::env::var_os("OUT_DIR").map(std::path::PathBuf::from);
    if let Some(out) = out {
        let _ = std::fs::write(out.join("en.ftl"), messages);
    }
}
