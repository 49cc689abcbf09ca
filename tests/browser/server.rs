//! The site server of the browser tests: serves `dist/` like any static host, plus the faults a
//! real network has, on request:
//!
//! - `/fault/status/<code>/…`: that status, with a short body;
//! - `/fault/slow/<ms>/<path>`: `<path>` after a delay;
//! - `/fault/hang/…`: headers promising a body that never comes (until the test ends);
//! - `/fault/drop/…`: the connection closed without an answer (a network failure);
//! - `/fault/chunked/<path>`: `<path>` in chunks, with no `Content-Length`;
//! - `/fault/gzip/<path>`: `<path>` gzip-compressed (`Content-Encoding: gzip`), in chunks;
//! - `/fault/endless/…`: a chunked body of spaces that never ends, until the client stops
//!   reading; the bytes it got out are counted in [`ENDLESS_SENT`];
//! - `/fault/inflate/<mib>/…`: `<mib>` MiB of spaces gzip-compressed to a few kB, with the
//!   compressed size as its `Content-Length` (a body that is small on the wire and large in
//!   memory);
//! - `/live/<speed>/<path>`: a session that grows: `<path>`'s laps revealed by their `at`, as
//!   if the session had started at the route's first request and ran `<speed>` times faster
//!   than real time, with `"state": "running"` until its end, then `"finished"`; an `ETag` per
//!   version, and 304 to a request that names the current one (counted in [`NOT_MODIFIED`]);
//!   `?from=SECONDS` starts the clock at that session time. `?fail=N` answers the Nth
//!   request with a 500, `?cut=N` with a body that breaks off half way; [`LIVE_REQUESTS`] counts them;
//! - `/cors/<path>`: `<path>` with `Access-Control-Allow-Origin: *`, so a page on another origin
//!   (`localhost` rather than `127.0.0.1`) may read it;
//! - `/cdn/<path>`: `<path>` as a CDN sends it, compressed with the best encoding the browser
//!   accepts (brotli at quality 11, else gzip -9) with its `Content-Length`; the browser benches
//!   load both pages of a race this way, so bytes on a throttled network are the real ones;
//! - any `*strict.html`: with the strict Content-Security-Policy header of the hardening issue.
//!
//! One thread per connection, `Connection: close`: enough for one browser, and nothing to
//! install. Stops serving when dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The policy `strict.html` is served with.
pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// The bytes `/fault/endless/` has written to its clients, in this test process.
pub static ENDLESS_SENT: AtomicU64 = AtomicU64::new(0);

/// The live route's clocks and request counts, by path and query: when its first request came,
/// and how many came since.
pub static LIVE_REQUESTS: std::sync::Mutex<Vec<(String, std::time::Instant, usize)>> =
    std::sync::Mutex::new(Vec::new());

/// How many 304s the live route has answered, in this test process.
pub static NOT_MODIFIED: AtomicU64 = AtomicU64::new(0);

pub struct Server {
    pub port: u16,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
        let port = listener.local_addr().expect("its address").port();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (root, stopping) = (root.clone(), stopping.clone());
                thread::spawn(move || serve(stream, &root, &stopping));
            }
        });
        Server { port, stop }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(stream: TcpStream, root: &Path, stop: &AtomicBool) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The headers: If-None-Match (the live route's conditional requests) and Accept-Encoding
    // (the CDN route's compression).
    let mut line = String::new();
    let (mut if_none_match, mut accept_encoding) = (None, String::new());
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("if-none-match") {
                if_none_match = Some(value.trim().to_owned());
            } else if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accept_encoding = value.trim().to_ascii_lowercase();
            }
        }
        line.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let query = target.split_once('?').map_or("", |(_, q)| q);
    let mut out = stream;
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match segments.as_slice() {
        ["fault", "status", code, ..] => {
            let body = format!("fault {code}\n");
            let _ = write!(
                out,
                "HTTP/1.1 {code} Fault\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
        ["fault", "slow", ms, rest @ ..] => {
            thread::sleep(Duration::from_millis(ms.parse().unwrap_or(0)));
            file(&mut out, root, &rest.join("/"));
        }
        ["fault", "hang", ..] => {
            let _ = write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{{\"format\""
            );
            let _ = out.flush();
            while !stop.load(Ordering::Relaxed) {
                thread::sleep(Duration::from_millis(100));
            }
        }
        ["fault", "drop", ..] => {}
        ["fault", "chunked", rest @ ..] => {
            if let Some((kind, body)) = read(root, &rest.join("/")) {
                chunked(&mut out, kind, "", &body);
            } else {
                not_found(&mut out);
            }
        }
        ["fault", "gzip", rest @ ..] => {
            if let Some((kind, body)) = read(root, &rest.join("/")) {
                chunked(&mut out, kind, "Content-Encoding: gzip\r\n", &gzip(&body));
            } else {
                not_found(&mut out);
            }
        }
        ["fault", "endless", ..] => {
            let _ = write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            );
            let chunk = vec![b' '; 64 * 1024];
            while !stop.load(Ordering::Relaxed) {
                let sent = write!(out, "{:x}\r\n", chunk.len())
                    .and_then(|()| out.write_all(&chunk))
                    .and_then(|()| out.write_all(b"\r\n"));
                if sent.is_err() {
                    break;
                }
                ENDLESS_SENT.fetch_add(chunk.len() as u64, Ordering::Relaxed);
            }
        }
        ["fault", "inflate", mib, ..] => {
            let spaces = vec![b' '; mib.parse::<usize>().unwrap_or(1) << 20];
            let body = gzip(&spaces);
            let _ = write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = out.write_all(&body);
        }
        ["live", speed, rest @ ..] => live(
            &mut out,
            root,
            &rest.join("/"),
            speed.parse().unwrap_or(1),
            query,
            if_none_match.as_deref(),
        ),
        ["cdn", rest @ ..] => cdn(&mut out, root, &rest.join("/"), &accept_encoding),
        ["cors", rest @ ..] => match read(root, &rest.join("/")) {
            Some((kind, body)) => {
                let _ = write!(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nAccess-Control-Allow-Origin: *\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = out.write_all(&body);
            }
            None => not_found(&mut out),
        },
        _ => file(&mut out, root, path.trim_start_matches('/')),
    }
}

/// The compressed files the CDN route has made, by encoding and path: brotli at quality 11 takes
/// a while, and a bench loads the same files many times.
static COMPRESSED: std::sync::Mutex<Vec<(String, Vec<u8>)>> = std::sync::Mutex::new(Vec::new());

/// `relative` compressed as a CDN would send it to a browser that accepts `accept_encoding`.
fn cdn(out: &mut TcpStream, root: &Path, relative: &str, accept_encoding: &str) {
    let Some((kind, body)) = read(root, relative) else {
        not_found(out);
        return;
    };
    let accepts = |name: &str| {
        accept_encoding
            .split(',')
            .any(|e| e.trim().starts_with(name))
    };
    let encoding = if accepts("br") {
        "br"
    } else if accepts("gzip") {
        "gzip"
    } else {
        "identity"
    };
    let key = format!("{encoding} {relative} {}", body.len());
    let cached = COMPRESSED
        .lock()
        .ok()
        .and_then(|c| c.iter().find(|(k, _)| *k == key).map(|(_, b)| b.clone()));
    let encoded = cached.unwrap_or_else(|| {
        let encoded = match encoding {
            "br" => {
                let mut br = Vec::new();
                let params = brotli::enc::BrotliEncoderParams {
                    quality: 11,
                    lgwin: 22,
                    ..Default::default()
                };
                let _ = brotli::BrotliCompress(&mut &body[..], &mut br, &params);
                br
            }
            "gzip" => gzip(&body),
            _ => body,
        };
        if let Ok(mut c) = COMPRESSED.lock() {
            c.push((key, encoded.clone()));
        }
        encoded
    });
    let _ = write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Encoding: {encoding}\r\nContent-Length: {}\r\nVary: Accept-Encoding\r\nConnection: close\r\n\r\n",
        encoded.len()
    );
    let _ = out.write_all(&encoded);
}

/// `body` in 16 kB chunks (`Transfer-Encoding: chunked`), with `extra` headers.
fn chunked(out: &mut TcpStream, kind: &str, extra: &str, body: &[u8]) {
    let _ = write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\n{extra}Transfer-Encoding: chunked\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    );
    for chunk in body.chunks(16 * 1024) {
        let _ = write!(out, "{:x}\r\n", chunk.len());
        let _ = out.write_all(chunk);
        let _ = out.write_all(b"\r\n");
    }
    let _ = out.write_all(b"0\r\n\r\n");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

fn not_found(out: &mut TcpStream) {
    let _ = write!(
        out,
        "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\nnot found\n"
    );
}

/// The file at `relative` under `root` (never outside it) and its content type.
fn read(root: &Path, relative: &str) -> Option<(&'static str, Vec<u8>)> {
    let path = root.join(relative);
    let inside = path
        .canonicalize()
        .ok()
        .zip(root.canonicalize().ok())
        .is_some_and(|(p, r)| p.starts_with(r));
    if !inside {
        return None;
    }
    let body = std::fs::read(&path).ok()?;
    let kind = match relative.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "css" => "text/css",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
    Some((kind, body))
}

fn file(out: &mut TcpStream, root: &Path, relative: &str) {
    let relative = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_owned()
    };
    let Some((kind, body)) = read(root, &relative) else {
        not_found(out);
        return;
    };
    let csp = if relative.ends_with("strict.html") {
        format!("Content-Security-Policy: {STRICT_CSP}\r\n")
    } else {
        String::new()
    };
    let _ = write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{csp}Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = out.write_all(&body);
}

/// The live route (see the module's list).
fn live(
    out: &mut TcpStream,
    root: &Path,
    relative: &str,
    speed: u32,
    query: &str,
    if_none_match: Option<&str>,
) {
    let key = format!("{relative}?{query}");
    let (elapsed, count) = {
        let mut clocks = LIVE_REQUESTS.lock().unwrap_or_else(|e| e.into_inner());
        let at = clocks
            .iter()
            .position(|(k, ..)| *k == key)
            .unwrap_or_else(|| {
                clocks.push((key.clone(), std::time::Instant::now(), 0));
                clocks.len() - 1
            });
        clocks[at].2 += 1;
        (clocks[at].1.elapsed(), clocks[at].2)
    };
    let asked = |name: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .any(|(k, v)| k == name && v.parse() == Ok(count))
    };
    if asked("fail") {
        let _ = write!(
            out,
            "HTTP/1.1 500 Fault\r\nContent-Type: text/plain\r\nContent-Length: 6\r\nConnection: close\r\n\r\nfault\n"
        );
        return;
    }
    let Some((_, bytes)) = read(root, relative) else {
        not_found(out);
        return;
    };
    let Ok(mut session) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        not_found(out);
        return;
    };
    // Session time now: the real time since the first request, sped up, from `?from=SECONDS`.
    let from: f64 = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "from")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0.0);
    let now = from + elapsed.as_secs_f64() * f64::from(speed);
    let seconds = |text: &serde_json::Value| {
        let parsed = qualichart::core::time::parse_text(text.as_str()?).ok()?;
        Some(parsed.ticks as f64 / 10_000.0)
    };
    let end = session["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|e| e["laps"].as_array().into_iter().flatten())
        .filter_map(|lap| seconds(&lap["at"]))
        .fold(0.0, f64::max);
    let finished = now >= end;
    if let Some(entries) = session["entries"].as_array_mut() {
        for entry in entries {
            if let Some(laps) = entry["laps"].as_array_mut() {
                laps.retain(|lap| seconds(&lap["at"]).is_some_and(|at| at <= now) || finished);
            }
            if !finished {
                if let Some(entry) = entry.as_object_mut() {
                    entry.remove("best");
                }
            }
        }
    }
    session["state"] = serde_json::Value::from(if finished { "finished" } else { "running" });
    let body = session.to_string();
    let etag = format!(
        "\"{:x}\"",
        body.len() * 31 + body.bytes().map(usize::from).sum::<usize>()
    );
    if if_none_match == Some(etag.as_str()) {
        NOT_MODIFIED.fetch_add(1, Ordering::Relaxed);
        let _ = write!(
            out,
            "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n"
        );
        return;
    }
    let _ = write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nETag: {etag}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    // A body cut off: the connection closes half way through what the headers promised.
    let sent = if asked("cut") {
        &body[..body.len() / 2]
    } else {
        &body[..]
    };
    let _ = out.write_all(sent.as_bytes());
}
