//! Rules that hold for the whole tree, checked as tests (rust-analyzer's `tidy` idea):
//! every source file opens with `//!`; no ignored tests, debug macros or todo markers; no `.unwrap()` outside
//! tests in `src/`; every field of the wire format is in the JSON Schema and the format doc; the
//! README's table of import kinds is `import::Kind::ALL`.

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

#[test]
fn no_unwrap_outside_tests_in_src() {
    let unwrap = concat!(".unwrap", "()");
    for (path, text) in tree()
        .into_iter()
        .filter(|(p, _)| p.components().any(|c| c.as_os_str() == "src"))
    {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
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
