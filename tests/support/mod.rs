//! Shared helpers for the integration tests: running the real binary.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// What one run of the binary gave.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// The crate root, where `tests/` lives.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `qualichart ARGS` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    Command::new(env!("CARGO_BIN_EXE_qualichart"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("the qualichart binary runs")
        .into()
}

/// Runs `qualichart ARGS` in the crate root.
pub fn run(args: &[&str]) -> Run {
    run_in(&root(), args)
}

/// Runs `qualichart ARGS` with `input` on standard input.
pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qualichart"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the qualichart binary starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // The binary may stop reading early (size limit); a broken pipe here is expected then.
    let _ = stdin.write_all(input);
    drop(stdin);
    child
        .wait_with_output()
        .expect("the qualichart binary finishes")
        .into()
}

/// Every `*.json` file in `tests/fixtures/<dir>`, sorted.
pub fn fixtures(dir: &str) -> Vec<PathBuf> {
    let dir = root().join("tests/fixtures").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// What no output may hold: a control character other than a line break (the output's own),
/// a bidi formatting control other than the isolates `core::text::isolate` adds, or an isolate
/// left open or closed twice.
pub fn stray(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .char_indices()
        .filter(|&(_, c)| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2067}')
        })
        .map(|(i, c)| format!("U+{:04X} at byte {i}", c as u32))
        .collect();
    let mut depth = 0i64;
    for c in text.chars() {
        match c {
            '\u{2068}' => depth += 1,
            '\u{2069}' if depth == 0 => found.push("a PDI with no FSI".to_owned()),
            '\u{2069}' => depth -= 1,
            // One line is one bidi paragraph, which closes every isolate anyway; ours close first.
            '\n' if depth > 0 => found.push("an isolate open at a line's end".to_owned()),
            _ => {}
        }
    }
    if depth > 0 {
        found.push("an isolate never closed".to_owned());
    }
    found
}
