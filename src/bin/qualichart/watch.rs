//! `qualichart import --watch FILE... -o OUT`: a live session from timing files that grow.
//!
//! The newsroom's pipeline is timing files → `import --watch` → one static JSON file on a CDN →
//! every embedded chart (`docs/live.md`). This module owns the watch's rules:
//!
//! - **When to import again**: whenever a file's size or modification time changes. The files
//!   are looked at twice a second, which works on every file system (network shares included)
//!   and costs one `stat` per file.
//! - **When to write**: only when the session's JSON differs from what OUT holds, so the CDN's
//!   ETag and Last-Modified change with the data and an unchanged poll stays a 304. Each write
//!   replaces OUT in one step (`output::write_atomically`). An OUT removed or changed by
//!   another hand (a rebuild of the site) is written again at the next poll.
//! - **What a problem does**: a file caught mid-write (a last line without its line break, JSON
//!   cut short) or any other failed import prints one line and leaves OUT as it was; the files
//!   are read again at their next change. Nothing stops the watch but a signal.
//! - **How the session ends**: on Ctrl-C or SIGTERM, the files are read once more and OUT is
//!   written with `"state": "finished"` (`"running"` until then), and the exit status is 0.
//!   SIGHUP is left alone: a `nohup` run survives its terminal closing, and a run killed by it
//!   leaves OUT `"running"` rather than declare a session over that is not.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use qualichart::core::session::SessionState;
use qualichart::core::wire;
use signal_hook::consts::{SIGINT, SIGTERM};

use crate::cli::{self, Failure};

/// How often the files are looked at: soon enough for a chart that polls every few seconds,
/// and a `stat` per file costs nothing.
const POLL: Duration = Duration::from_millis(500);

/// How long a wait sleeps at once: how soon a signal is acted on.
const TICK: Duration = Duration::from_millis(50);

/// What a file looked like: size and modification time, `None` when it cannot be read (not
/// there yet, or renamed away mid-replacement).
type Stamp = Option<(u64, Option<SystemTime>)>;

/// Imports `files` into `out` until a signal stops it; see the module's rules.
pub fn run(files: &[PathBuf], out: &Path) -> Result<String, Failure> {
    let stop = stop_on_signals().map_err(|e| Failure {
        input: cli::joined(files),
        message: format!("--watch cannot catch Ctrl-C and SIGTERM: {e}"),
    })?;
    let mut watch = Watch {
        files,
        out,
        last: None,
        written: None,
        out_stamp: None,
    };
    // A rerun after a restart does not rewrite an OUT that already holds the session.
    watch.out_changed();
    // Looked at before reading, so a change made while a file is read is seen at the next poll.
    let mut seen = stamps(files);
    watch.import(SessionState::Running);
    while wait(&stop) {
        let now = stamps(files);
        // OUT removed or changed by another hand (a rebuild of the site): written again.
        let out_changed = watch.out_changed();
        if now != seen || out_changed {
            seen = now;
            watch.import(SessionState::Running);
        }
    }
    watch.finish()
}

/// A flag that Ctrl-C (SIGINT) and SIGTERM set. A second one of either, while the session is
/// being finished, ends the program at once, as a stuck finish should.
fn stop_on_signals() -> std::io::Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        // The shutdown first: it sees the flag as the previous signal left it.
        signal_hook::flag::register_conditional_shutdown(signal, 130, Arc::clone(&stop))?;
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    Ok(stop)
}

/// Sleeps until the next poll; false once a signal asked to stop.
fn wait(stop: &AtomicBool) -> bool {
    let mut slept = Duration::ZERO;
    while slept < POLL {
        if stop.load(Ordering::SeqCst) {
            return false;
        }
        std::thread::sleep(TICK);
        slept += TICK;
    }
    !stop.load(Ordering::SeqCst)
}

fn stamps(files: &[PathBuf]) -> Vec<Stamp> {
    files.iter().map(|file| stamp(file)).collect()
}

fn stamp(file: &Path) -> Stamp {
    std::fs::metadata(file)
        .ok()
        .map(|m| (m.len(), m.modified().ok()))
}

struct Watch<'a> {
    files: &'a [PathBuf],
    out: &'a Path,
    /// The last session imported without a problem: what the finish writes when the files
    /// cannot be read at that moment.
    last: Option<wire::Session>,
    /// What OUT holds, as far as this run knows.
    written: Option<String>,
    /// OUT's size and modification time when `written` was last known to be right.
    out_stamp: Stamp,
}

impl Watch<'_> {
    /// True when OUT is not as this run last knew it; then `written` is what it holds now.
    fn out_changed(&mut self) -> bool {
        let now = stamp(self.out);
        if now == self.out_stamp {
            return false;
        }
        self.written = std::fs::read_to_string(self.out).ok();
        self.out_stamp = now;
        true
    }

    /// Imports the files and publishes the session as `state`; a problem is reported and
    /// leaves OUT and the last good session as they were. True when OUT holds the session.
    fn import(&mut self, state: SessionState) -> bool {
        match cli::import_files(self.files, true) {
            Ok(session) => self.publish(session, state),
            Err(failure) => {
                self.problem(&failure);
                false
            }
        }
    }

    /// Checks `session` as `state` and writes it to OUT when it differs from what OUT holds.
    /// True when OUT holds it (written now, or already).
    fn publish(&mut self, mut session: wire::Session, state: SessionState) -> bool {
        session.state = Some(state.word().to_owned());
        let (json, model) = match cli::checked_json(&session, self.files) {
            Ok(checked) => checked,
            Err(failure) => {
                self.problem(&failure);
                return false;
            }
        };
        self.last = Some(session);
        let laps: usize = model.entries.iter().map(|e| e.laps.len()).sum();
        let counts = format!(
            "{}, {}, {}",
            count(model.entries.len(), "entry", "entries"),
            count(laps, "lap", "laps"),
            state.word()
        );
        let out = self.out.display();
        if self.written.as_deref() == Some(json.as_str()) {
            say(&format!("{out}: unchanged ({counts})"));
            return true;
        }
        match cli::write_file(self.out, &json) {
            Ok(()) => {
                // Before anything else (the line below included): a change by another hand
                // after this is one to notice.
                self.out_stamp = stamp(self.out);
                self.written = Some(json);
                say(&format!("{out}: wrote {counts}"));
                true
            }
            // OUT stays as it was; the next change tries again.
            Err(failure) => {
                self.problem(&failure);
                false
            }
        }
    }

    /// The session once more, as finished: the files as they are now, else the last good
    /// session. Without any session there is nothing to finish, which is a failure.
    fn finish(mut self) -> Result<String, Failure> {
        let last = self.last.take();
        if self.import(SessionState::Finished) {
            return Ok(String::new());
        }
        let message = match last {
            Some(last) => {
                if self.publish(last, SessionState::Finished) {
                    return Ok(String::new());
                }
                "the finished session could not be written"
            }
            None => "no import succeeded, so there is no session to finish",
        };
        Err(Failure {
            input: self.out.display().to_string(),
            message: message.to_owned(),
        })
    }

    fn problem(&self, failure: &Failure) {
        say(&format!(
            "{}: {} ({} is left as it was)",
            failure.input,
            failure.message,
            self.out.display()
        ));
    }
}

/// One line on standard error, with the time of day (UTC), for the operator watching it.
fn say(line: &str) {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = secs % 86_400;
    eprintln!(
        "qualichart: {:02}:{:02}:{:02} UTC {line}",
        day / 3600,
        day % 3600 / 60,
        day % 60
    );
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
