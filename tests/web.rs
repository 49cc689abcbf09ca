//! The widget's components in a real browser (headless Chromium through wasm-bindgen-test):
//! two widgets mounted on one page, pointer, touch and keyboard events sent to their marks,
//! then the DOM, the accessible names and the widgets' independence checked.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
//! --test web` (`./x test` does). Natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use qualichart::widget::shared::Shared;

use qualichart::core::{parse, Session};
use qualichart::widget::app::{QualiChart, QualiChartProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const DAYTONA: &str = include_str!("../static/sessions/daytona-2024-qualifying.json");

fn session() -> Shared<Session> {
    Shared::new(parse(DAYTONA.as_bytes()).expect("the bundled session is valid"))
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts a chart in a fresh element of the page and returns that element.
async fn mount(class: Option<&str>) -> Element {
    mount_session(session(), class).await
}

async fn mount_session(session: Shared<Session>, class: Option<&str>) -> Element {
    let root = document().create_element("div").expect("a div");
    root.set_attribute("data-qualichart", "")
        .expect("attribute");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let props = QualiChartProps {
        src: None,
        session: Some(session),
        class: class.map(Into::into),
        problem: None,
        width: 640.0,
        timeout_ms: qualichart::widget::load::DEFAULT_TIMEOUT_MS,
        live_ms: None,
        compare: Vec::new(),
        words: Default::default(),
        colour_by: Default::default(),
    };
    yew::Renderer::<QualiChart>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, css: &str) -> Element {
    root.query_selector(css)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {css}"))
}

fn text(root: &Element, css: &str) -> String {
    find(root, css).text_content().unwrap_or_default()
}

fn pointer(kind: &str, pointer_type: &str) -> web_sys::PointerEvent {
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(kind != "pointerenter");
    init.set_pointer_type(pointer_type);
    web_sys::PointerEvent::new_with_event_init_dict(kind, &init).expect("a pointer event")
}

fn key(name: &str) -> web_sys::KeyboardEvent {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    init.set_cancelable(true);
    web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a key event")
}

async fn send(target: &Element, event: &web_sys::Event) {
    target.dispatch_event(event).expect("dispatched");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn marks_carry_the_contracts_names() {
    let gtp = mount(Some("GTP")).await;
    let pole = find(&gtp, "[data-car=\"31\"]");
    assert_eq!(
        pole.get_attribute("aria-label").as_deref(),
        Some("P1, #31 Pipo Derani, 1:32.656")
    );
    assert_eq!(pole.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        find(&gtp, "[data-car=\"01\"]")
            .get_attribute("tabindex")
            .as_deref(),
        Some("-1")
    );
    assert_eq!(
        find(&gtp, "[data-car=\"01\"]")
            .get_attribute("aria-label")
            .as_deref(),
        Some("P2, #01 Sebastien Bourdais, 1:32.727, +0.071 to pole")
    );
    assert!(text(&gtp, ".qc-untimed").contains("No time"));
    let pressed = find(&gtp, "[data-qc-class=\"GTP\"]").get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn hovering_one_widget_leaves_the_other_alone() {
    let first = mount(Some("GTP")).await;
    let second = mount(None).await;
    send(
        &find(&first, "[data-car=\"01\"]"),
        &pointer("pointerenter", "mouse"),
    )
    .await;
    let details = text(&first, "[data-qc=\"details\"]");
    assert!(
        details.contains("+0.071") && details.contains("Bourdais"),
        "{details}"
    );
    // 0.071 s at Derani's average speed (5.729 km in 1:32.656), and where it went: #01 was
    // faster in S1 and S2 and lost 0.172 in S3.
    assert!(details.contains("4.4 m"), "{details}");
    assert!(
        text(&first, ".qc-lost").ends_with("S1 -0.027 · S2 -0.074 · S3 +0.172"),
        "{details}"
    );
    let other = text(&second, "[data-qc=\"details\"]");
    assert!(!other.contains("Bourdais"), "{other}");
    // Both widgets have their own #31 mark: no shared ids, no shared state.
    let marks = document()
        .query_selector_all("[data-car=\"31\"]")
        .expect("query")
        .length();
    assert!(
        marks >= 2,
        "each widget has its own #31 mark, found {marks}"
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_and_details() {
    let gtp = mount(Some("GTP")).await;
    let pole = find(&gtp, "[data-car=\"31\"]");
    pole.dyn_ref::<web_sys::SvgElement>()
        .expect("an SVG element")
        .focus()
        .expect("focus");
    yew::scheduler::flush().await;
    send(&pole, &key("ArrowDown")).await;
    let active = document()
        .active_element()
        .and_then(|e| e.get_attribute("data-car"));
    assert_eq!(active.as_deref(), Some("01"));
    assert_eq!(
        find(&gtp, "[data-car=\"01\"]")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
    assert!(text(&gtp, "[data-qc=\"details\"]").contains("Bourdais"));
    send(&find(&gtp, "[data-car=\"01\"]"), &key("End")).await;
    let active = document()
        .active_element()
        .and_then(|e| e.get_attribute("data-car"));
    assert_eq!(active.as_deref(), Some("85"));
}

#[wasm_bindgen_test]
async fn enter_picks_cars_to_compare_and_escape_clears() {
    let gtp = mount(Some("GTP")).await;
    send(&find(&gtp, "[data-car=\"31\"]"), &key("Enter")).await;
    send(&find(&gtp, "[data-car=\"01\"]"), &key(" ")).await;
    let compare = text(&gtp, "[data-qc=\"compare\"]");
    assert!(
        compare.contains("#31") && compare.contains("#01") && compare.contains("+0.071"),
        "{compare}"
    );
    send(&find(&gtp, "[data-car=\"01\"]"), &key("Escape")).await;
    assert!(gtp
        .query_selector("[data-qc=\"compare\"]")
        .expect("query")
        .is_none());
}

#[wasm_bindgen_test]
async fn a_tap_shows_a_car_and_its_button_picks_it() {
    let gtp = mount(Some("GTP")).await;
    let tap = {
        let init = web_sys::PointerEventInit::new();
        init.set_bubbles(true);
        init.set_pointer_type("touch");
        web_sys::PointerEvent::new_with_event_init_dict("click", &init).expect("a tap")
    };
    send(&find(&gtp, "[data-car=\"7\"]"), &tap).await;
    assert!(text(&gtp, "[data-qc=\"details\"]").contains("Nasr"));
    assert!(
        gtp.query_selector("[data-qc=\"compare\"]")
            .expect("query")
            .is_none(),
        "a tap only shows"
    );
    find(&gtp, "[data-qc=\"pick\"]")
        .dyn_into::<HtmlElement>()
        .expect("a button")
        .click();
    yew::scheduler::flush().await;
    assert!(text(&gtp, "[data-qc=\"compare\"]").contains("#7"));
    assert_eq!(
        find(&gtp, "[data-car=\"7\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_class_button_switches_the_scope() {
    let all = mount(None).await;
    find(&all, "[data-qc-class=\"LMP2\"]")
        .dyn_into::<HtmlElement>()
        .expect("a button")
        .click();
    yew::scheduler::flush().await;
    let pole = find(&all, "[data-car=\"2\"]");
    assert_eq!(
        pole.get_attribute("aria-label").as_deref(),
        Some("P1, #2 Ben Keating, 1:38.501")
    );
    assert!(all
        .query_selector("[data-car=\"31\"]")
        .expect("query")
        .is_none());
}

/// A fresh element on the page.
fn element() -> Element {
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

/// The bundled session drawn by `qualichart.render` in `root`, showing `class` first, with the
/// words file `words` and coloured by `colour_by`, once Yew has rendered it; the console's
/// notes, if any.
async fn draw_daytona(
    root: &Element,
    class: Option<&str>,
    words: Option<&str>,
    colour_by: Option<&str>,
) -> Option<String> {
    let object = js_sys::JSON::parse(DAYTONA).expect("the bundled session parses as JSON");
    let note = qualichart::widget::render(
        root.clone(),
        object,
        class.map(str::to_owned),
        None,
        words.map(str::to_owned),
        colour_by.map(str::to_owned),
    );
    yew::scheduler::flush().await;
    note
}

#[wasm_bindgen_test]
async fn javascript_can_pass_a_session_object() {
    let root = element();
    assert_eq!(draw_daytona(&root, Some("GTP"), None, None).await, None);
    let pole = find(&root, "[data-car=\"31\"]");
    assert_eq!(
        pole.get_attribute("aria-label").as_deref(),
        Some("P1, #31 Pipo Derani, 1:32.656")
    );
    assert!(root
        .query_selector("[data-qc=legend]")
        .ok()
        .flatten()
        .is_none());

    // Coloured by manufacturer: a legend of the makes; a word it does not know is a note for
    // the console, and the chart is coloured by class.
    let root = element();
    let note = draw_daytona(&root, Some("GTP"), None, Some("manufacturer")).await;
    assert_eq!(note, None);
    assert!(text(&root, "[data-qc=legend]").starts_with("CadillacPorsche"));
    let note = draw_daytona(&element(), None, None, Some("paint")).await;
    assert_eq!(
        note.as_deref(),
        Some(
            r#"qualichart: colourBy "paint" is not a colouring (expected "class", "manufacturer" or "team"); the chart is coloured by class"#
        )
    );

    let broken = js_sys::JSON::parse(r#"{"format": "qualichart/1", "entries": [{"number": "1", "laps": [{"time": "1:6x.000"}]}]}"#)
        .expect("JSON");
    let root = element();
    qualichart::widget::render(root.clone(), broken, None, None, None, None);
    yew::scheduler::flush().await;
    let error = text(&root, "[data-qc=\"error\"]");
    assert!(
        error.contains("entries[0].laps[0].time: \"1:6x.000\" is not a time"),
        "{error}"
    );
}

/// The French words, as the loader would hand them over after fetching `lang/fr.ftl`.
const FRENCH: &str = include_str!("../static/qualichart/lang/fr.ftl");

/// The bundled session's GTP chart, drawn by `qualichart.render` inside a page element whose
/// `lang` is `lang`, with the words file `words` the loader fetched.
async fn daytona_gtp_in(lang: &str, words: Option<&str>) -> Element {
    let page = element();
    page.set_attribute("lang", lang).expect("lang");
    let root = document().create_element("div").expect("a div");
    page.append_child(&root).expect("appended");
    draw_daytona(&root, Some("GTP"), words, None).await;
    root
}

/// A chart in French: the page names the language (`lang` on an ancestor), the loader hands
/// over the file it fetched, and the story and every figure read in French.
#[wasm_bindgen_test]
async fn a_chart_speaks_the_language_its_page_names() {
    let root = daytona_gtp_in("fr-CH", Some(FRENCH)).await;
    let story = text(&root, "[data-qc=\"story\"]");
    assert!(
        story.starts_with(
            "Pipo Derani a signé la pole GTP sur Cadillac V-Series.R n°31, en 1:32,656."
        ),
        "{story}"
    );
    let second = find(&root, "[data-car=\"01\"]");
    let label = second.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.contains("1:32,727") && label.contains("+0,071"),
        "{label}"
    );

    // A language qualichart does not speak is English, not an error.
    let root = daytona_gtp_in("ja", None).await;
    let story = text(&root, "[data-qc=\"story\"]");
    assert!(story.starts_with("Pipo Derani took GTP pole"), "{story}");
}

/// Every word of a French chart is French: its buttons, the table's headers and cells, the
/// details of a car, the badge of the replay; its figures have the French mark.
#[wasm_bindgen_test]
async fn a_french_chart_s_buttons_and_table_are_french() {
    let root = daytona_gtp_in("fr", Some(FRENCH)).await;
    assert_eq!(text(&root, "[data-qc-class=\"\"]"), "Toutes");
    assert_eq!(
        find(&root, ".qc-classes")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Catégorie")
    );
    assert_eq!(
        text(&root, "[data-qc-download=\"svg\"]"),
        "Télécharger en SVG"
    );
    assert_eq!(
        text(&root, "[data-qc=\"data-csv\"]"),
        "Obtenir les données (CSV)"
    );
    assert_eq!(text(&root, "[data-qc=\"play\"]"), "Rejouer");
    assert_eq!(
        text(&root, "[data-qc=\"table\"] summary"),
        "Afficher le tableau"
    );
    let headers: Vec<String> = {
        let cells = root
            .query_selector_all("[data-qc=\"table\"] thead th")
            .expect("headers");
        (0..cells.length())
            .filter_map(|i| cells.item(i))
            .map(|c| c.text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(
        headers,
        [
            "Pos.",
            "Catégorie",
            "N°",
            "Pilote",
            "Meilleur tour",
            "Écart",
            "Int.",
            "%",
            "Mètres",
            "Idéal",
            "Marge",
            "Écart idéal",
            "Remarque"
        ]
    );
    let second = text(&root, "[data-qc=\"table\"] tr[data-row=\"01\"]");
    assert!(
        second.contains("+0,071") && second.contains("4,4 m"),
        "{second}"
    );
    assert!(
        text(&root, ".qc-untimed").contains("Sans temps"),
        "the line under the bars"
    );
    // A car's details, in French too.
    let car = find(&root, "[data-car=\"01\"]");
    send(&car, &pointer("pointerenter", "mouse")).await;
    let details = text(&root, "[data-qc=\"details\"]");
    assert!(
        details.contains("Meilleur tour") && details.contains("1:32,727 (tour 5)"),
        "{details}"
    );
    assert_eq!(text(&root, "[data-qc=\"pick\"]"), "Comparer");
}

#[wasm_bindgen_test]
async fn a_long_run_shows_the_laps_around_its_best_until_asked_for_all() {
    // One car, 100 laps, the best on lap 60: the details draw laps 40-79, then all 100.
    let laps: Vec<String> = (1..=100)
        .map(|n| {
            let ms = if n == 60 { 90_000 } else { 91_000 + n };
            format!(r#"{{"time": "1:{:02}.{:03}"}}"#, ms / 1000 - 60, ms % 1000)
        })
        .collect();
    let json = format!(
        r#"{{"format": "qualichart/1", "entries": [{{"number": "9", "laps": [{}]}}]}}"#,
        laps.join(",")
    );
    let long = Shared::new(parse(json.as_bytes()).expect("a valid long session"));
    let chart = mount_session(long, None).await;
    send(
        &find(&chart, "[data-car=\"9\"]"),
        &pointer("pointerenter", "mouse"),
    )
    .await;
    let rows = || {
        chart
            .query_selector_all(".qc-laps tbody tr")
            .expect("rows")
            .length()
    };
    assert_eq!(rows(), 40);
    assert_eq!(text(&chart, ".qc-laps tbody tr th"), "40");
    assert!(text(&chart, ".qc-laps caption").contains("Laps 40–79 of 100, around the best lap."));
    let all = find(&chart, ".qc-all-laps")
        .dyn_into::<HtmlElement>()
        .expect("a button");
    all.click();
    yew::scheduler::flush().await;
    assert_eq!(rows(), 100);
}

/// 1,000 cars (the most a session may have) in four classes, each a tenth of a second apart.
fn big_field() -> Shared<Session> {
    let entries: Vec<String> = (0..1000)
        .map(|i| {
            format!(
                r#"{{"number": "{}", "class": "C{}", "laps": [{{"time": "{}.{:03}"}}]}}"#,
                i + 1,
                i % 4,
                90 + i / 10,
                i % 10 * 100
            )
        })
        .collect();
    let json = format!(
        r#"{{"format": "qualichart/1", "entries": [{}]}}"#,
        entries.join(",")
    );
    Shared::new(parse(json.as_bytes()).expect("a valid big session"))
}

fn marks(root: &Element) -> u32 {
    root.query_selector_all("[data-car]")
        .expect("marks")
        .length()
}

#[wasm_bindgen_test]
async fn a_big_field_draws_the_first_cars_until_asked_for_all() {
    let chart = mount_session(big_field(), None).await;
    // The cap: the class C0's 250 cars, its section drawn whole, and a line for the rest.
    assert_eq!(marks(&chart), 250);
    assert_eq!(
        text(&chart, "[data-qc=\"more\"]"),
        "Showing 250 of 1,000 cars"
    );
    // The keys move among the cars drawn: End goes to the last one, C0's slowest (#997).
    let first = find(&chart, "[data-car=\"1\"]");
    first
        .dyn_ref::<web_sys::SvgElement>()
        .expect("an SVG element")
        .focus()
        .expect("focus");
    yew::scheduler::flush().await;
    send(&first, &key("End")).await;
    let active = document()
        .active_element()
        .and_then(|e| e.get_attribute("data-car"));
    assert_eq!(active.as_deref(), Some("997"));
    // "Show all 1,000 cars" is a real button; then every car is drawn, and the keys reach them.
    let all = find(&chart, "[data-qc=\"all-cars\"]");
    assert_eq!(all.text_content().as_deref(), Some("Show all 1,000 cars"));
    all.dyn_into::<HtmlElement>().expect("a button").click();
    yew::scheduler::flush().await;
    assert_eq!(marks(&chart), 1000);
    assert!(chart
        .query_selector("[data-qc=\"more\"]")
        .expect("query")
        .is_none());
    send(&find(&chart, "[data-car=\"997\"]"), &key("End")).await;
    let active = document()
        .active_element()
        .and_then(|e| e.get_attribute("data-car"));
    assert_eq!(active.as_deref(), Some("1000"));
}

#[wasm_bindgen_test]
async fn a_link_to_a_car_beyond_the_cap_shows_every_car() {
    let chart = mount_session(big_field(), None).await;
    assert_eq!(marks(&chart), 250);
    // What the loader sends for `#qc=1000`: #1000 is C3's slowest, not drawn under the cap.
    let detail = js_sys::Object::new();
    js_sys::Reflect::set(&detail, &"action".into(), &"highlight".into()).expect("set");
    let cars = js_sys::Array::of1(&"1000".into());
    js_sys::Reflect::set(&detail, &"cars".into(), &cars).expect("set");
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    let command =
        web_sys::CustomEvent::new_with_event_init_dict("qualichart-command", &init).expect("event");
    send(&find(&chart, "figure"), &command).await;
    yew::scheduler::flush().await;
    assert_eq!(marks(&chart), 1000);
    let car = find(&chart, "[data-car=\"1000\"]");
    assert!(car
        .get_attribute("class")
        .is_some_and(|c| c.contains("qc-active")));
    assert_eq!(car.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(text(&chart, "[data-qc=\"details\"]").contains("#1000"));
}
