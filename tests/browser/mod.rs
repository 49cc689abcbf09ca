//! A headless-Chromium session on the built demo site (`dist/`): a static server, chromedriver
//! and a WebDriver client, all stopped on drop. Shared by `tests/e2e.rs` and `benches/web.rs`.

#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};

/// A child process killed when the test ends, however it ends.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn wait_for_port(port: u16) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "nothing listens on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The site server, chromedriver and a browser session; everything stops on drop.
pub struct Browser {
    pub client: Client,
    pub base: String,
    _server: Process,
    _driver: Process,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start(width: u32, height: u32) -> Browser {
        let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
        assert!(
            dist.join("index.html").is_file(),
            "{} has no index.html: run ./x build first",
            dist.display()
        );
        let site = free_port();
        let server = Process(
            Command::new("python3")
                .args([
                    "-m",
                    "http.server",
                    &site.to_string(),
                    "--bind",
                    "127.0.0.1",
                    "--directory",
                ])
                .arg(&dist)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("python3 serves dist/"),
        );
        let driver_port = free_port();
        let driver = Process(
            Command::new("/usr/bin/chromedriver")
                .arg(format!("--port={driver_port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromedriver starts (apt-get install chromium-driver)"),
        );
        wait_for_port(site);
        wait_for_port(driver_port);
        let profile = tempfile::tempdir().expect("a browser profile dir");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--window-size={width},{height}"),
                ],
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
            .expect("a chromedriver session");
        Browser {
            client,
            base: format!("http://127.0.0.1:{site}"),
            _server: server,
            _driver: driver,
            _profile: profile,
        }
    }

    pub async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("the page loads");
    }

    /// Waits (up to 10 s) for `css` and returns it.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("element text")
    }

    pub async fn hover(&self, element: Element) {
        let mouse = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
            element,
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        self.client
            .perform_actions(mouse)
            .await
            .expect("the pointer moves");
    }

    /// A key press on whatever has focus.
    pub async fn press(&self, key: Key) {
        let active = self
            .client
            .active_element()
            .await
            .expect("an active element");
        active
            .send_keys(&char::from(key).to_string())
            .await
            .expect("a key press");
    }

    pub async fn active_car(&self) -> Option<String> {
        let active = self
            .client
            .active_element()
            .await
            .expect("an active element");
        active.attr("data-car").await.expect("attribute read")
    }

    pub async fn stop(self) {
        let _ = self.client.close().await;
    }
}
