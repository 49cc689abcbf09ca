//! The site server of the browser tests: serves `dist/` like any static host, plus the faults a
//! real network has, on request:
//!
//! - `/fault/status/<code>/…`: that status, with a short body;
//! - `/fault/slow/<ms>/<path>`: `<path>` after a delay;
//! - `/fault/hang/…`: headers promising a body that never comes (until the test ends);
//! - any `*strict.html`: with the strict Content-Security-Policy header of the hardening issue.
//!
//! One thread per connection, `Connection: close`: enough for one browser, and nothing to
//! install. Stops serving when dropped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The policy `strict.html` is served with.
pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

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
    // Skip the headers.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
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
        _ => file(&mut out, root, path.trim_start_matches('/')),
    }
}

fn file(out: &mut TcpStream, root: &Path, relative: &str) {
    let relative = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_owned()
    };
    let path = root.join(&relative);
    let inside = path
        .canonicalize()
        .ok()
        .zip(root.canonicalize().ok())
        .is_some_and(|(p, r)| p.starts_with(r));
    let mut body = Vec::new();
    let found = inside
        && std::fs::File::open(&path)
            .and_then(|mut f| f.read_to_end(&mut body))
            .is_ok();
    if !found {
        let _ = write!(
            out,
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\nnot found\n"
        );
        return;
    }
    let kind = match relative.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "css" => "text/css",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
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
