//! End to end: the built demo site (`dist/`, from `./x build`) in headless Chromium, driven
//! through chromedriver as a reader would use it: hover, keys, compare, class buttons, a phone
//! width, and a broken `?src=` that must not take the other chart down.
//!
//! Runs with `cargo test --features e2e --test e2e` (`./x test` builds the site first). Needs
//! `/usr/bin/chromium` and `/usr/bin/chromedriver` (Debian's `chromium`, `chromium-driver`).

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};

const FIRST: &str = "main figure:nth-of-type(1) [data-qualichart]";
const SECOND: &str = "main figure:nth-of-type(2) [data-qualichart]";

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
struct Browser {
    client: Client,
    base: String,
    _server: Process,
    _driver: Process,
    _profile: tempfile::TempDir,
}

impl Browser {
    async fn start(width: u32, height: u32) -> Browser {
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

    async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("the page loads");
    }

    /// Waits (up to 10 s) for `css` and returns it.
    async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
    }

    async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("element text")
    }

    async fn hover(&self, element: Element) {
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
    async fn press(&self, key: Key) {
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

    async fn active_car(&self) -> Option<String> {
        let active = self
            .client
            .active_element()
            .await
            .expect("an active element");
        active.attr("data-car").await.expect("attribute read")
    }

    async fn stop(self) {
        let _ = self.client.close().await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn hover_shows_each_cars_lap() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    let pole = b.find(&format!("{FIRST} [data-car=\"31\"]")).await;
    assert_eq!(
        pole.attr("aria-label").await.expect("label").as_deref(),
        Some("P1, #31 Pipo Derani, 1:32.656")
    );
    b.hover(pole).await;
    let details = b.text(&format!("{FIRST} [data-qc=\"details\"]")).await;
    assert!(
        details.contains("1:32.656") && details.contains("Derani"),
        "{details}"
    );
    let second = b.find(&format!("{FIRST} [data-car=\"01\"]")).await;
    b.hover(second).await;
    let details = b.text(&format!("{FIRST} [data-qc=\"details\"]")).await;
    assert!(
        details.contains("+0.071") && details.contains("Bourdais"),
        "{details}"
    );
    // The other chart on the page did not react.
    let other = b.text(&format!("{SECOND} [data-qc=\"details\"]")).await;
    assert!(!other.contains("Bourdais"), "{other}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_keyboard_moves_between_cars() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    let pole = b.find(&format!("{FIRST} [data-car=\"31\"]")).await;
    assert_eq!(
        pole.attr("tabindex").await.expect("tabindex").as_deref(),
        Some("0")
    );
    b.client
        .execute(
            "arguments[0].focus()",
            vec![serde_json::to_value(&pole).expect("element as JSON")],
        )
        .await
        .expect("focus");
    b.press(Key::Down).await;
    assert_eq!(b.active_car().await.as_deref(), Some("01"));
    b.press(Key::End).await;
    assert_eq!(b.active_car().await.as_deref(), Some("85"));
    b.press(Key::Home).await;
    assert_eq!(b.active_car().await.as_deref(), Some("31"));
    let details = b.text(&format!("{FIRST} [data-qc=\"details\"]")).await;
    assert!(details.contains("1:32.656"), "{details}");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn two_cars_compare_and_escape_clears() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    b.find(&format!("{FIRST} [data-car=\"31\"]"))
        .await
        .click()
        .await
        .expect("click #31");
    b.find(&format!("{FIRST} [data-car=\"01\"]"))
        .await
        .click()
        .await
        .expect("click #01");
    let compare = b.text(&format!("{FIRST} [data-qc=\"compare\"]")).await;
    assert!(
        compare.contains("#31") && compare.contains("#01") && compare.contains("+0.071"),
        "{compare}"
    );
    let picked = b.find(&format!("{FIRST} [data-car=\"01\"]")).await;
    assert_eq!(
        picked
            .attr("aria-pressed")
            .await
            .expect("pressed")
            .as_deref(),
        Some("true")
    );
    picked
        .send_keys(&char::from(Key::Escape).to_string())
        .await
        .expect("Escape");
    let gone = b
        .client
        .find_all(Locator::Css(&format!("{FIRST} [data-qc=\"compare\"]")))
        .await
        .expect("query");
    assert!(gone.is_empty(), "Escape clears the comparison");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn class_buttons_switch_the_scope() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html").await;
    b.find(&format!("{FIRST} [data-qc-class=\"LMP2\"]"))
        .await
        .click()
        .await
        .expect("click LMP2");
    let lmp2_pole = b.find(&format!("{FIRST} [data-car=\"2\"]")).await;
    assert_eq!(
        lmp2_pole
            .attr("aria-label")
            .await
            .expect("label")
            .as_deref(),
        Some("P1, #2 Ben Keating, 1:38.501")
    );
    let gtp = b
        .client
        .find_all(Locator::Css(&format!("{FIRST} [data-car=\"31\"]")))
        .await
        .expect("query");
    assert!(gtp.is_empty(), "GTP cars leave the LMP2 view");
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_phone_width_has_no_horizontal_scroll() {
    let b = Browser::start(360, 800).await;
    b.open("/index.html").await;
    b.find(&format!("{SECOND} [data-car=\"31\"]")).await;
    let widths = b
        .client
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
            vec![],
        )
        .await
        .expect("widths");
    let scroll = widths[0].as_f64().unwrap_or(f64::MAX);
    let client = widths[1].as_f64().unwrap_or(0.0);
    assert!(
        client > 0.0 && scroll <= client,
        "page is {scroll} px wide in a {client} px viewport"
    );
    b.stop().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_bad_session_shows_its_error_and_the_other_chart_still_works() {
    let b = Browser::start(1280, 1600).await;
    b.open("/index.html?src=sessions/missing.json").await;
    let error = b.text(&format!("{FIRST} [data-qc=\"error\"]")).await;
    assert!(
        error.contains("404") && error.contains("sessions/missing.json"),
        "{error}"
    );
    b.find(&format!("{SECOND} [data-car=\"31\"]")).await;
    b.open("/index.html?src=sessions/README.md").await;
    let error = b.text(&format!("{FIRST} [data-qc=\"error\"]")).await;
    assert!(error.contains("not valid JSON"), "{error}");
    b.stop().await;
}
