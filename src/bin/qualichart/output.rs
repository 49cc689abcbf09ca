//! Where the CLI's files go: each one replaced in one step, so a reader never sees half of it.
//!
//! A web server or CDN may serve `OUT` at any moment (`import --watch` rewrites it while readers
//! poll it), and a publishing step may be stopped half-way: every file the CLI writes (`import
//! -o`, `render -o`, the pages `prerender` fills) goes through [`write_atomically`], so a reader
//! sees the old file or the new one, never a torn one.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Replaces the file at `path` with `text` in one step: written to a new file beside it (same
/// folder, so the same file system), synced, given the old file's permissions, then renamed over
/// it. Any failure before the rename leaves the old file untouched and removes the new file.
pub fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let permissions = fs::metadata(path).map(|m| m.permissions()).ok();
    let mut attempt = 0;
    let (temp, mut file) = loop {
        let temp = dir.join(format!(
            ".{name}.qualichart-{}-{attempt}.tmp",
            std::process::id()
        ));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(file) => break (temp, file),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    };
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| match permissions {
            Some(p) => file.set_permissions(p),
            None => Ok(()),
        })
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&temp, path)
        });
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_file_as_it_was() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let page = dir.path().join("page.html");
        fs::write(&page, "old").expect("a page");
        write_atomically(&page, "new").expect("written");
        assert_eq!(fs::read_to_string(&page).expect("read"), "new");
        // A name too long for a temporary file beside it: the write fails before the page is
        // touched, and leaves no temporary file (even as root, which ignores permissions).
        let long = dir.path().join(format!("{}.html", "p".repeat(245)));
        fs::write(&long, "old").expect("a page");
        assert!(write_atomically(&long, "new").is_err());
        assert_eq!(fs::read_to_string(&long).expect("read"), "old");
        let left: Vec<_> = fs::read_dir(dir.path()).expect("a listing").collect();
        assert_eq!(left.len(), 2);
    }
}
