//! The editor's page's wasm module (`builder.html`; built with the `builder` feature into
//! `dist/builder/`): the importer, the embed code and Yew's server renderer, in the browser, and
//! the live preview, the widget's own `<QualiChart>` drawn from the session being made.
//!
//! A shell for `static/builder/builder.js`: what it computes is `qualichart::builder` (tested
//! natively) and `widget::ssr`; answers go back as JSON text. Nothing here touches the network:
//! files come in as bytes the page read from the editor's disk. The readers' module
//! (`qualichart-web`) carries none of this.

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use serde_json::json;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use yew::AppHandle;

    use qualichart::builder::embed::{language_name, Embed, IFRAME_CSS};
    use qualichart::builder::session::{self, Problem};
    use qualichart::core::compare::{car_list, check_named};
    use qualichart::core::lang::{Lang, Words};
    use qualichart::widget::app::{QualiChart, QualiChartProps};
    use qualichart::widget::geometry::{default_inner_width, inner_width, COLUMN_WIDTH};
    use qualichart::widget::load::DEFAULT_TIMEOUT_MS;
    use qualichart::widget::shared::Shared;
    use qualichart::widget::ssr;

    /// One file's kind (`{"kind": "Al Kamel results CSV (03_Results)"}`) or its problem, in
    /// the CLI's words with line and column (`{"error": "line 3, column 4: …"}`).
    #[wasm_bindgen]
    pub fn kind(bytes: &[u8]) -> String {
        match session::kind(bytes) {
            Ok(kind) => json!({"kind": kind.describe()}),
            Err(error) => json!({"error": error.to_string()}),
        }
        .to_string()
    }

    /// The session from the files (each a `Uint8Array`, in order) and the editor's fields (a
    /// partial session JSON): `{"json": …, "summary": …}`, or `{"problem": …}` saying whose
    /// it is (`file`: its index; `at`: the field path of a rule the session breaks, and
    /// `beside`: what to say beside that field).
    #[wasm_bindgen]
    pub fn build(files: js_sys::Array, fields: Option<String>) -> String {
        let bytes: Vec<Vec<u8>> = files
            .iter()
            .map(|file| js_sys::Uint8Array::new(&file).to_vec())
            .collect();
        let slices: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
        match session::build(&slices, fields.as_deref().map(str::as_bytes)) {
            Ok(built) => json!({"json": built.json, "summary": built.summary()}),
            Err(problem) => {
                let file = match &problem {
                    Problem::File { index, .. } => Some(*index),
                    _ => None,
                };
                let at = match &problem {
                    Problem::Invalid(error) => Some(error.at.to_string()),
                    _ => None,
                };
                json!({"problem": {"file": file, "at": at, "message": problem.message(),
                    "beside": problem.beside_field()}})
            }
        }
        .to_string()
    }

    /// The languages a chart speaks, English first: `[{"code": "fr", "name": "Français"}, …]`.
    #[wasm_bindgen]
    pub fn languages() -> String {
        let all: Vec<serde_json::Value> = Lang::ALL
            .into_iter()
            .map(|l| json!({"code": l.code(), "name": language_name(l)}))
            .collect();
        serde_json::Value::from(all).to_string()
    }

    /// The words of the language `code` names (all are built into this module, so the preview
    /// and the static chart need no request); English for any other.
    fn words(code: Option<&str>) -> Words {
        code.and_then(Lang::from_tag)
            .and_then(Words::builtin)
            .unwrap_or_default()
    }

    /// The colouring `word` names (`"manufacturer"`); by class for any other.
    fn colouring(word: Option<&str>) -> qualichart::core::colouring::ColourBy {
        word.and_then(qualichart::core::colouring::ColourBy::from_word)
            .unwrap_or(qualichart::core::colouring::ColourBy::Class)
    }

    /// The cars a typed list names (`"24, 7"`), as the readers' widget reads `data-compare`.
    fn compared(list: Option<&str>) -> Vec<String> {
        list.map(|list| car_list(list).map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// Why the cars `list` names cannot be compared in the session `json` (a car it does not
    /// have, one named twice, more than four), in the words `render --compare` uses; `None`
    /// when they can, or when the session does not read (the build says why).
    #[wasm_bindgen]
    pub fn compare_problem(json: &str, list: &str) -> Option<String> {
        let session = qualichart::core::parse(json.as_bytes()).ok()?;
        check_named(&session, &compared(Some(list))).err()
    }

    /// The three embeds' code (`{"element", "custom", "iframe", "css"}`).
    #[wasm_bindgen]
    // The page's script calls it with plain values, one per field.
    #[allow(clippy::too_many_arguments)]
    pub fn embeds(
        session_url: &str,
        host: &str,
        class: Option<String>,
        lang: Option<String>,
        colour_by: Option<String>,
        title: &str,
        fallback: Option<String>,
        compare: Option<String>,
    ) -> String {
        let compare = compared(compare.as_deref());
        let embed = Embed {
            session_url,
            host,
            class: class.as_deref(),
            lang: words(lang.as_deref()).lang(),
            colour_by: colouring(colour_by.as_deref()),
            compare: &compare,
            title,
            fallback: fallback.as_deref(),
        };
        json!({
            "element": embed.element(),
            "custom": embed.custom_element(),
            "iframe": embed.iframe(),
            "css": IFRAME_CSS,
        })
        .to_string()
    }

    /// The no-JS fallback of the session `json` (`class` shown, in the language `lang`, "Get
    /// the data" linking `src`, the cars `compare` lists compared), laid out as `prerender`
    /// lays it out: the same `widget::ssr` code, run here.
    #[wasm_bindgen]
    pub async fn fallback(
        json: String,
        class: Option<String>,
        lang: Option<String>,
        colour_by: Option<String>,
        src: Option<String>,
        compare: Option<String>,
    ) -> Result<String, JsValue> {
        let session = qualichart::core::parse(json.as_bytes())
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        let request = ssr::Request {
            session: Shared::new(session),
            class,
            width: f64::from(COLUMN_WIDTH),
            src,
            compare: compared(compare.as_deref()),
            words: words(lang.as_deref()),
            colour_by: colouring(colour_by.as_deref()),
        };
        Ok(ssr::fallback(&request).await)
    }

    thread_local! {
        /// The preview on the page: its box and the chart drawn in it, destroyed before the
        /// next is drawn (a Yew app left mounted would keep its DOM and state alive).
        static PREVIEW: RefCell<Option<AppHandle<QualiChart>>> = const { RefCell::new(None) };
    }

    /// Gets `host` ready for previews: an open shadow root holding the `stylesheets` (the
    /// widget's, then the page's own for the preview), linked once, now, so a preview drawn
    /// later (offline, say) needs nothing from the network.
    #[wasm_bindgen]
    pub fn prepare(host: web_sys::Element, stylesheets: Vec<String>) -> Result<(), JsValue> {
        let document = host
            .owner_document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => {
                host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?
            }
        };
        shadow.replace_children_with_node_0();
        for href in stylesheets {
            let link = document.create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            link.set_attribute("href", &href)?;
            shadow.append_child(&link)?;
        }
        Ok(())
    }

    /// Draws the session `json` in `host` (made ready by [`prepare`]) with `class` shown, in
    /// the language `lang`, the cars `compare` lists compared, replacing the chart drawn
    /// before.
    #[wasm_bindgen]
    pub fn preview(
        host: web_sys::Element,
        json: &str,
        class: Option<String>,
        lang: Option<String>,
        colour_by: Option<String>,
        compare: Option<String>,
    ) -> Result<(), JsValue> {
        let session = qualichart::core::parse(json.as_bytes())
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        let shadow = host
            .shadow_root()
            .ok_or_else(|| JsValue::from_str("the preview is not prepared"))?;
        if let Some(old) = PREVIEW.with(|p| p.borrow_mut().take()) {
            old.destroy();
        }
        if let Some(old) = shadow.query_selector(".qc-live")? {
            old.remove();
        }
        let document = host
            .owner_document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let words = words(lang.as_deref());
        let live = document.create_element("div")?;
        live.set_class_name("qc-live");
        // As on a reader's page, where the embed says it: screen readers speak its words so.
        live.set_attribute("lang", words.lang().code())?;
        shadow.append_child(&live)?;
        let width = match f64::from(host.client_width()) {
            w if w > 0.0 => inner_width(w),
            _ => default_inner_width(),
        };
        let props = QualiChartProps {
            src: None,
            session: Some(Shared::new(session)),
            class: class.map(Into::into),
            problem: None,
            width,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            live_ms: None,
            compare: compared(compare.as_deref())
                .into_iter()
                .map(Into::into)
                .collect(),
            words,
            colour_by: colouring(colour_by.as_deref()),
        };
        let live: web_sys::Element = live.unchecked_into();
        let app = yew::Renderer::<QualiChart>::with_root_and_props(live, props).render();
        PREVIEW.with(|p| *p.borrow_mut() = Some(app));
        Ok(())
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The editor's module runs in a browser; natively this binary only says so.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("qualichart-builder is the editor's page's browser build: run `./x demo` and open /builder.html");
}

/// The module's allocator, as the readers' module has (`qualichart-web.rs`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
