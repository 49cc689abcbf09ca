//! A headless-Chromium session on the built demo site (`dist/`): a static server (with faults
//! on request, see [`server`]), chromedriver and a WebDriver client, all stopped on drop.
//! Shared by `tests/e2e.rs`, `tests/publishers.rs`, `tests/hardening.rs` and `benches/web.rs`.

#![allow(dead_code)]

pub mod server;

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};

/// How WebDriver returns an element from a script (W3C WebDriver, "web element identifier").
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Writes `contents` as `dist/e2e/<name>`, beside the site, for a page of the test to load
/// (as `/e2e/<name>`).
pub fn serve(name: &str, contents: impl AsRef<[u8]>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist/e2e");
    std::fs::create_dir_all(&dir).expect("dist/e2e");
    std::fs::write(dir.join(name), contents).expect("a fixture");
}

/// A JavaScript function, `deep(selector)`, for scripts that look inside charts: every match of
/// a selector whose `>>>` steps into shadow roots.
pub const DEEP: &str = "function deep(selector) { \
  let scopes = [document]; const parts = selector.split('>>>').map(s => s.trim()); \
  for (let i = 0; i < parts.length; i++) { \
    const found = scopes.flatMap(s => [...s.querySelectorAll(parts[i])]); \
    if (i === parts.length - 1) return found; \
    scopes = found.map(e => e.shadowRoot).filter(Boolean); } \
  return []; }";

/// A script that keeps the chart's downloads instead of saving them: each is
/// `{name, blob}` in `window.__saved`, in order. The file is read from its `Blob`, not fetched
/// from its `blob:` URL, which the demo pages' Content-Security-Policy (`connect-src 'self'`)
/// does not allow. Installed once per page.
const KEEP_DOWNLOADS: &str = "if (!window.__saved) { window.__saved = []; const made = new Map(); \
  const create = URL.createObjectURL; \
  URL.createObjectURL = (blob) => { const url = create(blob); made.set(url, blob); return url; }; \
  HTMLAnchorElement.prototype.click = function () { window.__saved.push({ name: this.download, blob: made.get(this.href) }); }; }";

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
    _server: server::Server,
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
        let server = server::Server::start(dist);
        let site = server.port;
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
        let browser = Browser {
            client,
            base: format!("http://127.0.0.1:{site}"),
            _server: server,
            _driver: driver,
            _profile: profile,
        };
        // The viewport the test asks for, exactly. Headless Chromium does not make a window
        // narrower than 500 px, so `--window-size=360,800` alone gives a 500 px page, and a
        // check "at 360 px" would run at 500.
        browser
            .cdp(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({
                    "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false,
                }),
            )
            .await;
        browser
    }

    /// Opens `path` and starts every chart's live chart at once (`qualichart.load()`), for the
    /// tests of what the live chart does: a prerendered chart otherwise waits for the reader to
    /// ask for more than its static chart answers. [`Browser::open_as_reader`] does not.
    pub async fn open(&self, path: &str) {
        self.open_as_reader(path).await;
        self.client
            .execute("window.qualichart && window.qualichart.load()", vec![])
            .await
            .expect("the charts start");
    }

    /// Opens `path` as a reader meets it: every chart loads as the loader decides.
    pub async fn open_as_reader(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("the page loads");
    }

    /// Waits (up to 10 s) for `css` and returns it. `>>>` steps into shadow roots: a live
    /// chart is `[data-qualichart] >>> .qc-live [data-car="31"]`.
    pub async fn find(&self, css: &str) -> Element {
        if !css.contains(">>>") {
            return self
                .client
                .wait()
                .at_most(Duration::from_secs(10))
                .for_element(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no {css}: {e}"));
        }
        let start = Instant::now();
        loop {
            let found = self
                .client
                .execute(
                    &format!("{DEEP} return deep(arguments[0])[0] || null;"),
                    vec![css.into()],
                )
                .await
                .unwrap_or_else(|e| panic!("{css}: {e}"));
            if let Some(id) = found.get(ELEMENT_KEY).and_then(|id| id.as_str()) {
                return Element::from_element_id(
                    self.client.clone(),
                    fantoccini::elements::ElementRef::from(id.to_owned()),
                );
            }
            assert!(start.elapsed() < Duration::from_secs(10), "no {css}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// How many elements match `css` now (`>>>` steps into shadow roots, as for [`find`]).
    pub async fn count(&self, css: &str) -> usize {
        let n = self
            .client
            .execute(
                &format!("{DEEP} return deep(arguments[0]).length;"),
                vec![css.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        n.as_u64().unwrap_or(0) as usize
    }

    /// Runs `script` in the page and returns what it returns.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Scrolls the page's charts into view one after another, as a reader reading to the end
    /// does, until each shows its live chart (or its error): a prerendered chart loads only
    /// when it comes near the viewport. Back at the top after.
    pub async fn read_to_the_end(&self) {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const charts = [...document.querySelectorAll('[data-qualichart], quali-chart')];
                 let i = 0;
                 const live = (chart) => chart.shadowRoot && chart.shadowRoot.querySelector(
                   '.qc-live:not([hidden]) figure, .qc-live:not([hidden]) [data-qc=error]');
                 const next = () => {
                   if (i >= charts.length) { scrollTo(0, 0); requestAnimationFrame(() => done(true)); return; }
                   const chart = charts[i];
                   chart.scrollIntoView({ block: 'center' });
                   const wait = () => live(chart) ? (i++, next()) : requestAnimationFrame(wait);
                   wait();
                 };
                 next();",
                vec![],
            )
            .await
            .expect("every chart on the page comes alive");
    }

    /// Runs `script` (with [`DEEP`] defined) every 100 ms, for up to `seconds`, until it
    /// returns something other than `null` or `false`, and returns that; `null` when it never
    /// did.
    pub async fn until(&self, seconds: u64, script: &str) -> serde_json::Value {
        let start = Instant::now();
        loop {
            let value = self.eval(&format!("{DEEP} {script}")).await;
            if !value.is_null() && value != serde_json::Value::Bool(false) {
                return value;
            }
            if start.elapsed() >= Duration::from_secs(seconds) {
                return serde_json::Value::Null;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs `script` in the page until it calls its last argument, and returns that value.
    pub async fn eval_async(&self, script: &str) -> serde_json::Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Presses the download button `button` (a [`find`](Browser::find) selector) and returns
    /// the file it makes, kept rather than saved: `{name, size, head, text}`, with `head` its
    /// first 8 bytes and `text` the whole file as text. Waits up to 10 s for it.
    pub async fn download(&self, button: &str) -> serde_json::Value {
        let before = self
            .eval(&format!("{KEEP_DOWNLOADS}; return window.__saved.length"))
            .await;
        self.find(button).await.click().await.expect("a click");
        let file = self
            .eval_async(&format!(
                "const done = arguments[0]; const t0 = Date.now();
                 const wait = () => {{
                   const file = window.__saved[{before}];
                   if (file && file.blob) Promise.all([file.blob.arrayBuffer(), file.blob.text()]).then(([bytes, text]) =>
                     done({{ name: file.name, size: bytes.byteLength, head: [...new Uint8Array(bytes.slice(0, 8))], text }}));
                   else if (Date.now() - t0 > 10000) done(null);
                   else setTimeout(wait, 50);
                 }};
                 wait();"
            ))
            .await;
        assert!(!file.is_null(), "no file from {button}");
        file
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

    /// What has keyboard focus, looking into shadow roots (the document's active element is
    /// the chart's host; the chart's own active element is the car mark).
    async fn focused(&self) -> Option<Element> {
        let found = self
            .client
            .execute(
                "let a = document.activeElement; \
                 while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; \
                 return a;",
                vec![],
            )
            .await
            .expect("the active element");
        let id = found.get(ELEMENT_KEY)?.as_str()?.to_owned();
        Some(Element::from_element_id(
            self.client.clone(),
            fantoccini::elements::ElementRef::from(id),
        ))
    }

    /// A key press on whatever has focus.
    pub async fn press(&self, key: Key) {
        let active = self.focused().await.expect("something has focus");
        active
            .send_keys(&char::from(key).to_string())
            .await
            .expect("a key press");
    }

    pub async fn active_car(&self) -> Option<String> {
        let active = self.focused().await?;
        active.attr("data-car").await.expect("attribute read")
    }

    /// The axe-core audit of the open page against WCAG 2.2 A and AA: its violations (rule,
    /// help, the first three elements and why), `[]` when there are none.
    pub async fn axe(&self) -> serde_json::Value {
        let axe = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("target/axe/node_modules/axe-core/axe.min.js"),
        )
        .expect("axe-core under target/axe (./x test installs it)");
        self.eval(&axe).await;
        self.eval_async("const done = arguments[0]; axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then(r => done(r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary) })))).catch(e => done(String(e)));",
        )
        .await
    }

    /// Sends a Chrome DevTools Protocol command to the page (through chromedriver's
    /// `goog/cdp/execute`) and returns its result.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    /// A phone on a slow network, as many readers meet a chart: the network at `kbit_s` down
    /// (and half that up) with `latency_ms` added to each round trip, the CPU `slowdown` times
    /// slower. Lasts for this browser's page until it stops.
    pub async fn throttle(&self, kbit_s: f64, latency_ms: f64, slowdown: f64) {
        self.cdp("Network.enable", serde_json::json!({})).await;
        self.cdp(
            "Network.emulateNetworkConditions",
            serde_json::json!({
                "offline": false,
                "latency": latency_ms,
                "downloadThroughput": kbit_s * 1000.0 / 8.0,
                "uploadThroughput": kbit_s * 500.0 / 8.0,
            }),
        )
        .await;
        self.cdp(
            "Emulation.setCPUThrottlingRate",
            serde_json::json!({ "rate": slowdown }),
        )
        .await;
    }

    pub async fn stop(self) {
        let _ = self.client.close().await;
    }
}

/// A Chrome DevTools Protocol command, as chromedriver takes it.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}
