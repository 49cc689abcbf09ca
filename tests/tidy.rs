//! Rules that hold for the whole tree, checked as tests (rust-analyzer's `tidy` idea):
//! every source file opens with `//!`; no ignored tests, debug macros or todo markers; no
//! `.unwrap()` in the code `src/` ships (test items excluded, wherever in the file they are);
//! the core uses no web, widget, importer or file API; `src/`'s modules import each other
//! without a cycle; the loader, the stylesheet and the widget agree on the rules they share;
//! every field of the wire format is in the JSON Schema and the format doc; the README's table
//! of import kinds is `import::Kind::ALL`; `docs/architecture.md`'s code map names every file
//! of `src/`; only `widget::fetch` holds state for a whole page; only the report, the wire
//! format and `Percent` implement `Serialize`.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
    {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn tree() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            (p, text)
        })
        .collect()
}

#[test]
fn every_source_file_says_what_it_owns() {
    for (path, text) in tree() {
        let first = text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        assert!(
            first.starts_with("//!"),
            "{} must open with a //! comment",
            path.display()
        );
    }
}

#[test]
fn no_skipped_tests_or_debug_leftovers() {
    // Built from pieces so this file does not match itself.
    let banned = [
        concat!("#[", "ignore"),
        concat!("dbg", "!("),
        concat!("todo", "!("),
        concat!("unimplemented", "!("),
    ];
    for (path, text) in tree() {
        for word in banned {
            assert!(!text.contains(word), "{} contains {word}", path.display());
        }
    }
}

/// `text` with every item under `#[cfg(test)]` (a test module, a test-only function or `use`)
/// blanked out, line breaks kept so line numbers stay true: what is left is the code that ships.
/// Braces are counted outside strings, characters and comments.
fn shipped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        let end = item_end(item);
        out.extend(
            item[..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// Where the item starting in `text` ends: after its matching `}`, or its `;` when it has no
/// body.
fn item_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, "#[cfg(test)]".len());
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i += text[i..].find('\n').unwrap_or(text.len() - i);
                continue;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            b';' if depth == 0 => return i + 1,
            _ => {}
        }
        i += 1;
    }
    text.len()
}

fn in_src(path: &Path, dir: &str) -> bool {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    path.starts_with(root)
}

#[test]
fn no_unwrap_outside_tests_in_src() {
    let unwrap = concat!(".unwrap", "()");
    for (path, text) in tree().into_iter().filter(|(p, _)| in_src(p, "src")) {
        let code = shipped(&text);
        for (n, line) in code.lines().enumerate() {
            let doc = line.trim_start().starts_with("///") || line.trim_start().starts_with("//!");
            assert!(
                doc || !line.contains(unwrap),
                "{}:{}: unwrap outside tests",
                path.display(),
                n + 1
            );
        }
    }
}

#[test]
fn test_items_are_found_whole() {
    let text = "fn a() {}\n#[cfg(test)]\nmod tests {\n    fn b() { let s = \"}\"; let c = '{'; } // }\n}\nfn c() { x.unwrap() }\n#[cfg(test)]\nuse y;\nfn d() {}\n";
    let code = shipped(text);
    assert_eq!(code.lines().count(), text.lines().count());
    assert!(
        code.contains("fn a() {}")
            && code.contains("fn c() { x.unwrap() }")
            && code.contains("fn d() {}")
    );
    assert!(!code.contains("fn b") && !code.contains("use y"));
}

/// The core is pure (`docs/architecture.md`): no web, widget, importer or file access in any of
/// its files, tests included (they build sessions in, with `include_bytes!`).
#[test]
fn the_core_reaches_for_no_web_widget_importer_or_file() {
    let banned = [
        "crate::widget",
        "crate::import",
        "yew::",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "std::fs",
        "std::net",
        "std::time::SystemTime",
        "std::env",
    ];
    for (path, text) in tree().into_iter().filter(|(p, _)| in_src(p, "src/core")) {
        for (n, line) in text.lines().enumerate() {
            for word in banned {
                assert!(
                    !line.contains(word) || line.trim_start().starts_with("//"),
                    "{}:{}: the core uses {word}",
                    path.display(),
                    n + 1
                );
            }
        }
    }
}

/// The module a file of `src/` is: `src/core/chart/layout.rs` is `core::chart::layout`, a
/// `mod.rs` its folder, `lib.rs` the crate.
fn module_of(path: &Path) -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let relative = path.strip_prefix(&src).unwrap_or(path);
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts.join("::")
}

/// The arrows of `src/`'s import graph: module → each module of the crate it names
/// (`crate::core::story::story` names `core::story`), from the code that ships.
fn imports() -> Vec<(String, Vec<String>)> {
    let files: Vec<(PathBuf, String)> = tree()
        .into_iter()
        .filter(|(p, _)| in_src(p, "src") && !in_src(p, "src/bin"))
        .collect();
    let modules: Vec<String> = files.iter().map(|(p, _)| module_of(p)).collect();
    files
        .iter()
        .map(|(path, text)| {
            let from = module_of(path);
            let code: String = shipped(text)
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let mut to: Vec<String> = Vec::new();
            for piece in code.split("crate::").skip(1) {
                let named: String = piece
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                // The longest module that the path starts with.
                let target = modules
                    .iter()
                    .filter(|m| !m.is_empty())
                    .filter(|m| named == **m || named.starts_with(&format!("{m}::")))
                    .max_by_key(|m| m.len());
                if let Some(target) =
                    target.filter(|t| **t != from && !from.starts_with(&format!("{t}::")))
                {
                    if !to.contains(target) {
                        to.push(target.clone());
                    }
                }
            }
            (from, to)
        })
        .collect()
}

/// `src/`'s modules import each other without a cycle: arrows point one way, so a module can
/// be read, tested and changed knowing only what it imports. (A module's parent re-exporting
/// it is not an import, nor is a doc comment's link.)
#[test]
fn the_import_graph_has_no_cycle() {
    let graph = imports();
    let index = |m: &str| graph.iter().position(|(from, _)| from == m);
    // What each module reaches, following the arrows.
    let reach = |start: usize| -> Vec<bool> {
        let mut seen = vec![false; graph.len()];
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for next in graph[node].1.iter().filter_map(|m| index(m)) {
                if !seen[next] {
                    seen[next] = true;
                    stack.push(next);
                }
            }
        }
        seen
    };
    let reached: Vec<Vec<bool>> = (0..graph.len()).map(reach).collect();
    // Modules that reach each other form a cycle; each is listed once, with its companions.
    let mut cycles: Vec<String> = Vec::new();
    let mut listed = vec![false; graph.len()];
    for a in 0..graph.len() {
        if listed[a] || !reached[a][a] {
            continue;
        }
        let members: Vec<&str> = (0..graph.len())
            .filter(|&b| reached[a][b] && reached[b][a])
            .inspect(|&b| listed[b] = true)
            .map(|b| graph[b].0.as_str())
            .collect();
        cycles.push(members.join(", "));
    }
    assert!(
        cycles.is_empty(),
        "modules of src/ that import each other, one cycle a line:\n{}",
        cycles.join("\n")
    );
}

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
}

/// The value of `pub const NAME: T = VALUE;` in a Rust source, as written.
fn rust_const<'a>(source: &'a str, name: &str) -> &'a str {
    let start = source
        .find(&format!("const {name}:"))
        .unwrap_or_else(|| panic!("no const {name}"));
    let value = &source[start..];
    let value = &value[value.find('=').map_or(0, |i| i + 1)..];
    value[..value.find(';').unwrap_or(value.len())]
        .trim()
        .trim_matches('"')
}

/// Rules that must exist in JavaScript or CSS as well as in Rust are written in both, and this
/// checks they agree: the loader and the widget name the same events and read the same source
/// attribute; the stylesheet's padding and phone width are the widget's layout's.
#[test]
fn the_loader_the_stylesheet_and_the_widget_agree() {
    let loader = read("static/qualichart/qualichart.js");
    let css = read("static/qualichart/qualichart.css");
    let commands = read("src/widget/commands.rs");
    let mount = read("src/widget/mount.rs");
    let geometry = read("src/widget/geometry.rs");
    for event in ["COMMAND_EVENT", "READY_EVENT"] {
        let name = rust_const(&commands, event);
        assert!(
            loader.contains(&format!("'{name}'")),
            "the loader does not use the event {name:?} (src/widget/commands.rs)"
        );
    }
    // The attribute a chart's source is in: `src` on <quali-chart>, `data-src` on a div.
    assert!(mount.contains(r#"("src", "class-id", "timeout", "live")"#));
    assert!(mount.contains(r#"("data-src", "data-class", "data-timeout", "data-live")"#));
    // The loader reads a chart's options through one function: `name` on <quali-chart>,
    // `data-name` on a div; its source is the option `src`.
    assert!(
        loader.contains("=== 'quali-chart' ? name : `data-${name}`")
            && loader.contains("const src = option(element, 'src');"),
        "the loader reads another source attribute than src/widget/mount.rs"
    );
    assert!(loader.contains("'[data-qualichart], quali-chart'"));
    assert!(mount.contains(r#"eq_ignore_ascii_case("quali-chart")"#));
    // The box: its padding, and the width under which it is a phone's.
    let padding = rust_const(&geometry, "PADDING").trim_end_matches(".0");
    let narrow = rust_const(&geometry, "NARROW_BELOW").trim_end_matches(".0");
    assert!(
        css.contains(&format!(
            "  padding: {padding}px; /* PADDING in src/widget/geometry.rs"
        )),
        "qualichart.css's .qc-chart padding is not PADDING ({padding}px)"
    );
    let queries = css.matches("@container (width < ").count();
    let agreeing = css
        .matches(&format!("@container (width < {narrow}px)"))
        .count();
    assert!(
        queries == 2 && agreeing == 2,
        "the stylesheet's phone width is not NARROW_BELOW ({narrow}px)"
    );
}

#[test]
fn the_schema_and_the_format_doc_cover_every_wire_field() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wire = fs::read_to_string(root.join("src/core/wire.rs")).expect("wire.rs");
    let schema_text = fs::read_to_string(root.join("docs/session.schema.json")).expect("schema");
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema is JSON");
    let doc = fs::read_to_string(root.join("docs/session-format.md")).expect("format doc");
    let mut properties = Vec::new();
    collect_properties(&schema, &mut properties);
    let fields: Vec<&str> = wire
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split_once(':').map(|(name, _)| name))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    assert!(fields.len() > 30, "found only {} wire fields", fields.len());
    for field in fields {
        assert!(
            properties.iter().any(|p| p == field),
            "schema has no property {field:?}"
        );
        let named = doc.contains(&format!("`{field}`")) || doc.contains(&format!("\"{field}\""));
        assert!(named, "docs/session-format.md does not name `{field}`");
    }
}

fn collect_properties(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            map.values().for_each(|v| collect_properties(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_properties(v, out)),
        _ => {}
    }
}

/// The README's table of what `import` reads lists exactly the kinds the importer has, in the
/// order of [`Kind::ALL`] (the source of the CLI's help and of the message about a file of no
/// known kind), each row starting with its [`Kind::describe`] (backticks aside).
#[test]
fn the_readme_lists_every_import_kind() {
    use qualichart::import::Kind;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(root.join("README.md")).expect("README.md");
    let rows: Vec<String> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| kind |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cell = l.split('|').nth(1).unwrap_or_default();
            cell.replace('`', "").trim().to_owned()
        })
        .collect();
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.describe()).collect();
    assert_eq!(
        rows.len(),
        kinds.len(),
        "README.md's import table has rows {rows:#?}; the kinds are {kinds:#?}"
    );
    for (row, kind) in rows.iter().zip(&kinds) {
        assert!(
            row.starts_with(kind),
            "README.md's import table: {row:?} should start with {kind:?}"
        );
    }
}

/// The paths a row of `docs/architecture.md`'s code map names in its first cell (in
/// backticks), with the row's whole text.
fn code_map() -> Vec<(Vec<String>, String)> {
    let doc = read("docs/architecture.md");
    doc.lines()
        .skip_while(|l| !l.starts_with("## Code map"))
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| l.starts_with("| `"))
        .map(|row| {
            let first = row.split('|').nth(1).unwrap_or_default();
            let paths = first
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect();
            (paths, row.to_owned())
        })
        .collect()
}

/// `docs/architecture.md`'s code map matches the files: every file of `src/` (a folder's
/// `mod.rs` aside) is named, by its own row or by name in the row of a folder it is in, and
/// every path a row names exists.
#[test]
fn the_code_map_names_every_file_of_src() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = code_map();
    assert!(map.len() > 10, "no code map found in docs/architecture.md");
    for (paths, row) in &map {
        for path in paths {
            assert!(
                root.join(path).exists(),
                "docs/architecture.md's code map names {path}, which does not exist: {row}"
            );
        }
    }
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == "mod.rs" || relative == "src/lib.rs" {
            continue;
        }
        let named = map.iter().any(|(paths, row)| {
            paths.iter().any(|p| {
                *p == relative
                    || (p.ends_with('/')
                        && relative.starts_with(p.as_str())
                        && row.contains(&format!("`{name}`")))
            })
        });
        assert!(
            named,
            "docs/architecture.md's code map does not name {relative}"
        );
    }
}

/// Widgets on one page share no state (`docs/architecture.md`): the one thing held for the whole
/// page is `widget::fetch`'s hand-over of the requests the loader began, so no other file of
/// `src/widget/` has a `thread_local!` or a `static` holding a cell, a lock or an atomic.
#[test]
fn only_fetch_holds_state_for_the_whole_page() {
    let held = ["thread_local!", "static mut"];
    let cells = [
        "Cell<",
        "Mutex<",
        "RwLock<",
        "OnceLock<",
        "OnceCell<",
        "LazyLock<",
        "Atomic",
    ];
    for (path, text) in tree().into_iter().filter(|(p, _)| in_src(p, "src/widget")) {
        if path.ends_with("fetch.rs") {
            continue;
        }
        for (n, line) in shipped(&text).lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let global = held.iter().any(|w| code.contains(w))
                || (code.contains("static ") && cells.iter().any(|c| code.contains(c)));
            assert!(
                !global,
                "{}:{}: state held for the whole page",
                path.display(),
                n + 1
            );
        }
    }
}

/// Each JSON shape is decided in one place (`docs/architecture.md`): `Serialize` is derived or
/// implemented only in `core::report`, `core::wire` and `core::time` (for `Percent`).
#[test]
fn serialize_is_implemented_in_report_wire_and_time_only() {
    let allowed = ["src/core/report.rs", "src/core/time.rs", "src/core/wire.rs"];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for (path, text) in tree().into_iter().filter(|(p, _)| in_src(p, "src")) {
        let code = shipped(&text);
        let serialises = code.lines().any(|line| {
            let line = line.trim_start();
            let derived = line.starts_with("#[derive(")
                && line
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|w| w == "Serialize");
            let implemented = line.starts_with("impl") && line.contains("Serialize for ");
            derived || implemented
        });
        if serialises {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            found.push(relative);
        }
    }
    found.sort();
    assert_eq!(found, allowed, "files of src/ that implement Serialize");
}
