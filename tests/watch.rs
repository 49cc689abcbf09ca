//! `qualichart import --watch` through the real binary, on a copy of an Al Kamel time-card
//! excerpt that the test grows as a timing system would: OUT follows the new laps, a half-written
//! line leaves it as it was, an unchanged input does not rewrite it, and SIGTERM finishes the
//! session (`"state": "finished"`, exit status 0).

mod support;

use std::fs::{self, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;
use support::{root, run};

/// How long any one step may take: the watch looks at its files twice a second.
const PATIENCE: Duration = Duration::from_secs(10);

/// The running watch: the process, and its standard error line by line.
struct Watch {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Watch {
    fn start(dir: &Path, args: &[&str]) -> Watch {
        let mut child = Command::new(env!("CARGO_BIN_EXE_qualichart"))
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the qualichart binary starts");
        let stderr = child.stderr.take().expect("stderr is piped");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Watch {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits for the next line on standard error that contains `text`; returns it.
    fn expect(&mut self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(text) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "no line with {text:?} within {PATIENCE:?}; stderr so far:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// Sends SIGTERM (with the `kill` command) and waits for the exit status.
    fn terminate(&mut self) -> Option<i32> {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill failed");
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("the watch's status") {
                return status.code();
            }
            assert!(
                Instant::now() < deadline,
                "the watch did not stop on SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Watch {
    /// A failed test does not leave the watch running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The lines of the excerpt, each with its line break.
fn excerpt() -> Vec<Vec<u8>> {
    let path = root().join("tests/fixtures/import/alkamel/imsa-laps-tie.csv");
    let bytes = fs::read(&path).expect("the time-card excerpt");
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn append(file: &Path, bytes: &[u8]) {
    let mut f = OpenOptions::new()
        .append(true)
        .open(file)
        .expect("open to append");
    f.write_all(bytes).expect("append");
}

fn session(out: &Path) -> Value {
    let text = fs::read_to_string(out).expect("OUT is there");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("OUT is not JSON ({e}):\n{text}"))
}

/// `(lap, time)` of every lap of car `number`.
fn laps(session: &Value, number: &str) -> Vec<(i64, String)> {
    let entry = session["entries"]
        .as_array()
        .and_then(|entries| entries.iter().find(|e| e["number"] == number))
        .unwrap_or_else(|| panic!("no entry #{number}"));
    entry["laps"]
        .as_array()
        .expect("laps")
        .iter()
        .map(|l| {
            (
                l["lap"].as_i64().expect("lap number"),
                l["time"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn modified(path: &Path) -> SystemTime {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .expect("OUT's modification time")
}

#[test]
fn the_watch_follows_growing_time_cards_and_finishes_on_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lines = excerpt();
    // Header, #19's five laps, #31's laps 1 to 4; then #31's laps 5 and 6 arrive.
    let (start, rest) = lines.split_at(10);
    let laps_csv: PathBuf = dir.path().join("laps.csv");
    fs::write(&laps_csv, start.concat()).expect("the first laps");
    let out = dir.path().join("live.json");
    let mut watch = Watch::start(
        dir.path(),
        &["import", "--watch", "laps.csv", "-o", "live.json"],
    );

    // The first import is written at once, as running.
    watch.expect("live.json: wrote 2 entries, 9 laps, running");
    let first = session(&out);
    assert_eq!(first["state"], "running");
    assert_eq!(laps(&first, "31").len(), 4);

    // A new lap: OUT is rewritten with it.
    append(&laps_csv, &rest[0]);
    watch.expect("live.json: wrote 2 entries, 10 laps, running");
    let grown = session(&out);
    assert_eq!(laps(&grown, "31")[4], (5, "1:32.656".to_owned()));

    // Half a line, cut inside the lap time, where half is still a time ("1:48.32"): OUT stays
    // as it was, and the problem names the file and the line.
    let line = &rest[1];
    let cut = line
        .windows(7)
        .position(|w| w == b"1:48.32")
        .expect("lap 6's time")
        + 7;
    append(&laps_csv, &line[..cut]);
    let problem = watch.expect("no line break yet");
    assert!(
        problem.contains("laps.csv: line 12: the last line has no line break yet"),
        "{problem}"
    );
    assert_eq!(session(&out), grown, "a half-written line changed OUT");
    // The rest of the line: the lap with its whole time.
    append(&laps_csv, &line[cut..]);
    watch.expect("live.json: wrote 2 entries, 11 laps, running");
    assert_eq!(laps(&session(&out), "31")[5], (6, "1:48.327".to_owned()));

    // The file replaced by one with the same laps (and a later time, whatever the file
    // system's clock resolution): read again, but OUT is not rewritten.
    let before = (fs::read(&out).expect("OUT"), modified(&out));
    let copy = dir.path().join("laps.csv.new");
    fs::write(&copy, [start.concat(), rest[..2].concat()].concat()).expect("the same laps");
    fs::File::options()
        .write(true)
        .open(&copy)
        .and_then(|f| f.set_modified(SystemTime::now() + Duration::from_secs(5)))
        .expect("a later modification time");
    fs::rename(&copy, &laps_csv).expect("replace");
    watch.expect("live.json: unchanged (2 entries, 11 laps, running)");
    assert_eq!((fs::read(&out).expect("OUT"), modified(&out)), before);

    // SIGTERM: the session once more, finished, and exit status 0.
    assert_eq!(watch.terminate(), Some(0), "{}", watch.seen.join("\n"));
    let last = session(&out);
    assert_eq!(last["state"], "finished");
    assert_eq!(laps(&last, "31").len(), 6);
    // Nothing but OUT and the input is left in the folder (no temporary file).
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .expect("listing")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["laps.csv", "live.json"]);
}

#[test]
fn a_file_broken_from_the_start_is_waited_for_and_a_lost_out_is_written_again() {
    // Invalid JSON at first: no OUT, one line naming the file; the fixed file is then imported.
    let dir = tempfile::tempdir().expect("temp dir");
    let overlay = dir.path().join("overlay.json");
    fs::write(
        &overlay,
        r#"{"format": "qualichart/1", "entries": [{"number": "#,
    )
    .expect("half");
    let out = dir.path().join("live.json");
    let mut watch = Watch::start(
        dir.path(),
        &["import", "--watch", "overlay.json", "-o", "live.json"],
    );
    let problem = watch.expect("overlay.json: ");
    assert!(
        problem.contains("(live.json is left as it was)"),
        "{problem}"
    );
    assert!(!out.exists());
    fs::write(
        &overlay,
        r#"{"format": "qualichart/1", "entries": [{"number": "7"}]}"#,
    )
    .expect("whole");
    watch.expect("live.json: wrote 1 entry, 0 laps, running");
    // OUT removed by another hand (a rebuild of the site): written again.
    fs::remove_file(&out).expect("remove OUT");
    watch.expect("live.json: wrote 1 entry, 0 laps, running");
    assert_eq!(session(&out)["state"], "running");
    assert_eq!(watch.terminate(), Some(0));
    assert_eq!(session(&out)["state"], "finished");
}

#[test]
fn watch_needs_an_output_file() {
    let out = run(&[
        "import",
        "--watch",
        "tests/fixtures/import/alkamel/imsa-laps-tie.csv",
    ]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("--output <OUT>"), "{}", out.stderr);
}
