//! `qualichart render` and `prerender`: the widget's components rendered natively, as files a
//! reader without script sees. Snapshots at a phone's and a desktop column's width.

mod support;

use support::{root, run, stray};

const DAYTONA: &str = "tests/fixtures/good/daytona-gtp-excerpt.json";
const BUNDLED: &str = "static/sessions/daytona-2024-qualifying.json";

fn render(args: &[&str]) -> String {
    let out = run(&[&["render"], args].concat());
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    out.stdout
}

/// The fallback ships each drawn car's details panel for the loader to show on a hover or tap
/// without the module: one inert template per car of the class, in the chart's order, each the
/// live chart's panel for that car. A standalone page has no loader, so no templates.
#[test]
fn a_fragment_carries_each_cars_details_for_the_loader() {
    let fragment = render(&["--class", "GTP", "--format", "fragment", BUNDLED]);
    let cars: Vec<&str> = fragment
        .split("<template data-qc-details=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert_eq!(
        cars,
        ["31", "01", "7", "25", "40", "10", "6", "24", "85", "5"]
    );
    let second = fragment
        .split("<template data-qc-details=\"01\">")
        .nth(1)
        .and_then(|rest| rest.split("</template>").next())
        .expect("#01's template");
    assert!(second.starts_with("<section data-qc=\"details\" aria-live=\"polite\""));
    for figure in [
        "P2 #01 Sebastien Bourdais",
        "1:32.727 (lap 5)",
        "+0.071",
        "4.4 m",
        "100.077",
    ] {
        assert!(second.contains(figure), "{figure} in {second}");
    }
    // The templates are inside the fallback, which the live chart replaces whole.
    assert!(fragment.ends_with("</template></div>"));
    let page = render(&["--class", "GTP", BUNDLED]);
    assert!(!page.contains("<template"));
}

#[test]
fn svg_at_phone_and_desktop_widths() {
    for width in ["360", "640"] {
        let svg = render(&["--format", "svg", "--width", width, DAYTONA]);
        assert!(svg.starts_with("<?xml"));
        assert!(svg.contains(&format!("viewBox=\"0 0 {width} ")));
        assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        // Tooltips without script: each car's mark has its <title>.
        assert!(svg.contains("<title>P1, #31 Pipo Derani, 1:32.656</title>"));
        // The stylesheet is inside, so the file looks like the live chart anywhere.
        assert!(svg.contains("<style>") && svg.contains(".qc-chart .qc-bar"));
        // Static: no focus stops, no buttons.
        assert!(!svg.contains("tabindex") && !svg.contains("role=\"button\""));
        let marks: String = svg.split("<style>").next().unwrap_or_default().to_owned()
            + svg.split("</style>").nth(1).unwrap_or_default();
        insta::assert_snapshot!(format!("svg-{width}"), marks);
    }
}

#[test]
fn a_page_and_a_fragment_carry_the_story_and_the_table() {
    let page = render(&["--class", "GTP", BUNDLED]);
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("<title>Rolex 24 At Daytona · Qualifying</title>"));
    assert!(page.contains("Pipo Derani took GTP pole in the #31 Cadillac V-Series.R, 1:32.656."));
    assert!(page.contains("all nine GTP cars that set a time went under it"));
    assert!(page.contains("<summary>Show as table</summary>"));
    assert!(page.contains("<style>"));
    // Buttons need script: the static chart lays them out (so the live chart, taking its
    // place, moves nothing) but does not show them (qc-reserve). The data link works without.
    let classes = page
        .split("class=\"qc-classes qc-reserve\">")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .expect("the class buttons, reserved");
    assert!(classes.contains("<button"));
    let replay = page
        .split("<div data-qc-static=\"\" data-qc=\"replay\" class=\"qc-replay qc-reserve\">")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .expect("the replay, reserved");
    assert!(replay.contains("<button") && replay.contains("type=\"range\""));
    let others = page.replace(classes, "").replace(replay, "");
    assert!(
        others
            .split("<button")
            .skip(1)
            .all(|tag| tag[..tag.find('>').unwrap_or(0)].contains("class=\"qc-reserve\"")),
        "a button the static chart shows"
    );
    let fragment = render(&[
        "--format",
        "fragment",
        "--width",
        "360",
        "--src",
        "sessions/daytona-2024-qualifying.json",
        BUNDLED,
    ]);
    assert!(fragment.starts_with("<div class=\"qc-fallback\" data-qc-fallback=\"\">"));
    assert!(fragment.contains("href=\"sessions/daytona-2024-qualifying.json\" download=\"\""));
    assert!(!fragment.contains("<style>"));
}

#[test]
fn the_output_name_picks_the_format() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let svg = dir.path().join("chart.svg");
    let html = dir.path().join("chart.html");
    for out in [&svg, &html] {
        let result = run(&[
            "render",
            "--class",
            "GTP",
            "-o",
            out.to_str().expect("utf-8"),
            DAYTONA,
        ]);
        assert_eq!(
            (result.code, result.stdout.as_str()),
            (Some(0), ""),
            "{}",
            result.stderr
        );
    }
    let read = |p: &std::path::Path| std::fs::read_to_string(p).expect("written");
    assert!(read(&svg).starts_with("<?xml"));
    assert!(read(&html).starts_with("<!doctype html>"));
}

/// A session's own title, source and byline: the page's `<title>` and the caption take the
/// title, the credit line sits under the chart, all as text; the text report carries both.
#[test]
fn the_title_and_the_credit_line_from_the_session() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("credited.json");
    std::fs::write(
        &file,
        r#"{"format": "qualichart/1", "event": "Rolex 24", "title": "The <b>front</b> row",
            "source": "IMSA / Al Kamel Systems", "byline": "The motorsport desk",
            "entries": [{"number": "1", "laps": [{"time": "1:00.000"}]}]}"#,
    )
    .expect("a fixture");
    let path = file.to_str().expect("utf-8");
    let page = render(&[path]);
    assert!(
        page.contains("<title>The &lt;b&gt;front&lt;/b&gt; row</title>"),
        "{page}"
    );
    assert!(page.contains("<span class=\"qc-title\">The &lt;b&gt;front&lt;/b&gt; row</span>"));
    assert!(page.contains(
        "<p data-qc=\"credit\" class=\"qc-credit\">Source: IMSA / Al Kamel Systems · Chart: The motorsport desk</p>"
    ), "{page}");
    let report = run(&["report", path]);
    assert_eq!(report.code, Some(0), "{}", report.stderr);
    assert!(
        report.stdout.starts_with(
            "The <b>front</b> row\nSource: IMSA / Al Kamel Systems · Chart: The motorsport desk\n"
        ),
        "{}",
        report.stdout
    );
    let json = run(&["report", "--json", path]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).expect("the report's JSON");
    assert_eq!(
        (&json["title"], &json["source"], &json["byline"]),
        (
            &serde_json::json!("The <b>front</b> row"),
            &serde_json::json!("IMSA / Al Kamel Systems"),
            &serde_json::json!("The motorsport desk")
        )
    );
}

#[test]
fn names_from_data_stay_text() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("hostile.json");
    std::fs::write(
        &file,
        r#"{"format": "qualichart/1", "event": "</title><script>alert(1)</script>",
            "entries": [{"number": "1", "drivers": [{"name": "<img src=x onerror=alert(1)>"}], "laps": [{"time": "1:00.000"}]}]}"#,
    )
    .expect("a fixture");
    let page = render(&[file.to_str().expect("utf-8")]);
    assert!(!page.contains("<script>alert") && !page.contains("<img src=x"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    // Teams' names in the legend too: the hostile fixture's, coloured by team.
    let page = render(&["--colour-by", "team", "tests/fixtures/hostile/xss.json"]);
    let legend = page
        .split("data-qc=\"legend\"")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .expect("a legend of the teams");
    assert!(legend.contains("&lt;img src=x onerror=\"window.__pwned=1\"&gt;</li>"));
    assert!(!page.contains("<img src=x") && !page.contains("<script>window.__pwned"));
    // A name longer than any real one (3,000 characters) is cut, as the chart's labels are.
    let longest = legend.split("</li>").map(|item| item.len()).max();
    assert!(longest < Some(300), "{longest:?}");
}

#[test]
fn bad_input_names_the_place() {
    let out = run(&["render", "--class", "LMP3", DAYTONA]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr
            .starts_with(&format!("qualichart: {DAYTONA}: no class \"LMP3\"")),
        "{}",
        out.stderr
    );
    let out = run(&["render", "--width", "100", DAYTONA]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    let out = run(&["render", "tests/fixtures/bad/array-top-level.json"]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("found an array"), "{}", out.stderr);
}

/// The marks of the laps chart in a rendered page: `(car, lap)` for each lap's mark.
fn lap_marks(html: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_owned()
    };
    html.split("<g ")
        .skip(1)
        .map(|rest| format!(" {}", rest.split('>').next().unwrap_or_default()))
        .filter(|tag| tag.contains(" data-lap-car=\""))
        .map(|tag| (attr(&tag, "data-lap-car"), attr(&tag, "data-lap")))
        .collect()
}

#[test]
fn compare_draws_the_laps_chart_as_the_widget_does() {
    let fragment = render(&[
        "--compare",
        "31,01",
        "--class",
        "GTP",
        "--format",
        "fragment",
        "--width",
        "360",
        BUNDLED,
    ]);
    // One layout at a phone's width: #31's laps 4 and 5, #01's 3 to 6; the out-laps and the
    // laps over 107 % of each car's best (four of #31's, two of #01's) are off the scale.
    let chart = fragment
        .split("data-qc=\"laps\"")
        .nth(1)
        .expect("the laps chart");
    let marks = lap_marks(chart);
    let of = |car: &str| -> Vec<&str> {
        marks
            .iter()
            .filter(|(c, _)| c == car)
            .map(|(_, lap)| lap.as_str())
            .collect()
    };
    assert_eq!(of("31"), ["4", "5"]);
    assert_eq!(of("01"), ["3", "4", "5", "6"]);
    assert!(chart.contains("data-qc=\"laps-chart\""));
    assert!(chart.contains(
        "<title>#31 lap 5, 1:32.656, S1 22.149, S2 43.524, S3 26.983, Pipo Derani, best lap</title>"
    ));
    assert!(chart.contains("Out-laps and laps over 107 % of each car's best are hidden (6)."));
    // The button needs script: laid out, unseen. The key names each car with its best.
    assert!(chart.contains("data-qc=\"laps-slow\" aria-pressed=\"false\" class=\"qc-reserve\""));
    assert!(chart.contains("#31 Derani") && chart.contains("#01 Bourdais"));
    // Without --compare there is no laps chart; the column and phone layouts both draw it.
    let plain = render(&["--class", "GTP", "--format", "fragment", BUNDLED]);
    assert!(!plain.contains("data-qc=\"laps-chart\""));
    let both = render(&["--compare", "31", "--format", "fragment", BUNDLED]);
    assert_eq!(both.matches("data-qc=\"laps-chart\"").count(), 2);
    assert_eq!(lap_marks(&both).len(), 2 * 2);
}

/// The static chart with cars compared draws the comparison table as the live chart does (its
/// "Clear" needs script: laid out, unseen, handed over by the loader), so nothing moves when
/// the live chart takes over; and where the timing has no laps to draw (an F1 results feed:
/// best times per part only), the laps panel says so instead of drawing an empty plot.
#[test]
fn a_static_comparison_has_its_table_and_an_empty_laps_chart_says_why() {
    let fragment = render(&[
        "--compare",
        "31,01",
        "--class",
        "GTP",
        "--format",
        "fragment",
        BUNDLED,
    ]);
    let panels: Vec<&str> = fragment
        .split("data-qc=\"compare\"")
        .skip(1)
        .map(|rest| rest.split("</section>").next().unwrap_or_default())
        .collect();
    // The column's layout and the phone's.
    assert_eq!(panels.len(), 2, "{fragment}");
    for panel in panels {
        assert!(panel.contains(">#31 Derani</th>") && panel.contains(">#01 Bourdais</th>"));
        assert!(panel.contains("<td>+0.071</td>"), "{panel}");
        assert!(
            panel.contains("class=\"qc-clear qc-reserve\"") && panel.contains("data-qc-static"),
            "{panel}"
        );
    }
    let f1 = render(&[
        "--compare",
        "1,4",
        "--format",
        "fragment",
        "static/sessions/f1-2023-dutch-qualifying.json",
    ]);
    assert!(!f1.contains("data-qc=\"laps-chart\""));
    assert_eq!(
        f1.matches("data-qc=\"laps-none\" class=\"qc-laps-note\">No lap of these cars can be drawn: the timing gives none with a time and a session time.</p>")
            .count(),
        2
    );
}

/// A prerender marker's `--compare`: the page gets the fragment `render --compare` writes, so
/// the live chart (`data-compare`, the same cars) takes over without the laps chart moving; a
/// car the session does not have stops the page's run at the marker's line.
#[test]
fn a_marker_compares_cars_as_render_does() {
    let dir = site();
    let page = dir.path().join("page.html");
    write(
        &page,
        "<p>x</p>\n<div data-qualichart data-src=\"sessions/s.json\" data-compare=\"31,01\"><!--qualichart: sessions/s.json --class GTP --compare 31,01--></div>\n",
    );
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let text = read(&page);
    let filled = text
        .split("--compare 31,01-->")
        .nth(1)
        .and_then(|rest| rest.split("<!--/qualichart-->").next())
        .expect("the chart after the marker");
    let session = dir.path().join("sessions/s.json");
    let fragment = render(&[
        "--class",
        "GTP",
        "--compare",
        "31,01",
        "--src",
        "sessions/s.json",
        "--format",
        "fragment",
        utf8(&session),
    ]);
    assert_eq!(filled, fragment);
    assert_eq!(filled.matches("data-qc=\"laps-chart\"").count(), 2);
    let marks = lap_marks(filled);
    assert!(
        marks.iter().any(|(car, lap)| car == "31" && lap == "5"),
        "{marks:?}"
    );
    assert!(marks.iter().any(|(car, _)| car == "01"), "{marks:?}");
    // A car the session does not have: the page's line, the problem, the page left alone.
    let bad = "<p>x</p>\n<div data-qualichart><!--qualichart: sessions/s.json --compare 31,999--></div>\n";
    write(&page, bad);
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        format!(
            "qualichart: {}: line 2: --compare: no car numbered \"999\" in this session\n",
            page.display()
        )
    );
    assert_eq!(read(&page), bad);
}

#[test]
fn compare_names_a_car_the_session_does_not_have() {
    let cases: [(&[&str], &str); 4] = [
        (
            &["--compare", "31,999"],
            "--compare: no car numbered \"999\" in this session",
        ),
        (
            &["--compare", "31,31"],
            "--compare: car \"31\" is named twice",
        ),
        (
            &["--compare", "31,01,7,25,40"],
            "--compare: at most 4 cars are compared, not 5",
        ),
        (
            &["--compare", "31", "--format", "svg"],
            "--compare draws the laps chart, which a page or a fragment holds",
        ),
    ];
    for (args, message) in cases {
        let out = run(&[&["render"], args, &[BUNDLED]].concat());
        assert_eq!(out.code, Some(1), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr
                .starts_with(&format!("qualichart: {BUNDLED}: {message}")),
            "{args:?}: {}",
            out.stderr
        );
    }
}

/// A site in a temp dir: `sessions/s.json` (the Daytona excerpt) and pages written by the test.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::create_dir(dir.path().join("sessions")).expect("a dir");
    std::fs::copy(root().join(DAYTONA), dir.path().join("sessions/s.json")).expect("a copy");
    dir
}

fn write(path: &std::path::Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("a folder");
    }
    std::fs::write(path, text).expect("a page");
}

fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).expect("the page")
}

fn prerender(args: &[&str]) -> support::Run {
    run(&[&["prerender"], args].concat())
}

fn utf8(path: &std::path::Path) -> &str {
    path.to_str().expect("a utf-8 path")
}

#[test]
fn prerender_fills_markers_in_place() {
    let dir = site();
    let page = dir.path().join("page.html");
    write(
        &page,
        "<p>Before</p>\n<div data-qualichart data-src=\"sessions/s.json\"><!--qualichart: sessions/s.json --class GTP --width 360--></div>\n<p>After</p>\n",
    );
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.ends_with("1 chart(s) prerendered\n"),
        "{}",
        out.stdout
    );
    let filled = read(&page);
    // The marker stays, the chart follows it, and an end marker closes it.
    assert!(filled.starts_with("<p>Before</p>\n<div data-qualichart data-src=\"sessions/s.json\"><!--qualichart: sessions/s.json --class GTP --width 360--><div class=\"qc-fallback\""));
    assert!(
        filled.contains("viewBox=\"0 0 360 ")
            && filled.ends_with("</template></div><!--/qualichart--></div>\n<p>After</p>\n")
    );
    assert!(filled.contains("href=\"sessions/s.json\" download=\"\""));

    write(
        &page,
        "<p>x</p>\n<!--qualichart: sessions/missing.json-->\n",
    );
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        format!(
            "qualichart: {}: line 2: sessions/missing.json: cannot open: No such file or directory\n",
            page.display()
        )
    );
}

#[test]
fn prerender_again_refreshes_the_chart() {
    let dir = site();
    let page = dir.path().join("page.html");
    let original = "<div data-qualichart><!--qualichart: sessions/s.json --class GTP--></div>\n";
    write(&page, original);
    assert_eq!(prerender(&[utf8(&page)]).code, Some(0));
    let first = read(&page);
    // The same session: the same page, byte for byte.
    assert_eq!(prerender(&[utf8(&page)]).code, Some(0));
    assert_eq!(read(&page), first);
    // A new session: the new chart, and still one.
    std::fs::copy(root().join(BUNDLED), dir.path().join("sessions/s.json")).expect("a copy");
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let second = read(&page);
    assert_ne!(second, first);
    assert!(second.contains("Pipo Derani took GTP pole in the #31 Cadillac V-Series.R, 1:32.656."));
    assert!(second.contains("all nine GTP cars that set a time went under it"));
    for once in [
        "data-qc-fallback",
        "<!--qualichart:",
        "<!--/qualichart-->",
        "<figure",
    ] {
        assert_eq!(
            second.matches(once).count(),
            if once == "<figure" { 2 } else { 1 },
            "{once}"
        );
    }
    assert!(second.starts_with("<div data-qualichart><!--qualichart: sessions/s.json --class GTP--><div class=\"qc-fallback\""));
    assert!(second.ends_with("<!--/qualichart--></div>\n"));
}

#[test]
fn prerender_refuses_sessions_outside_the_page_folder() {
    let dir = site();
    let outside = tempfile::tempdir().expect("a temp dir");
    std::fs::copy(root().join(DAYTONA), outside.path().join("secret.json")).expect("a copy");
    let absolute = outside.path().join("secret.json");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("a dir");
    // A symbolic link inside the folder that leads out of it.
    std::os::unix::fs::symlink(outside.path(), articles.join("linked")).expect("a symlink");
    let page = articles.join("page.html");
    let cases = [
        ("../sessions/s.json".to_owned(), "\"../sessions/s.json\" leads outside the page's folder; --root DIR allows a wider tree"),
        (utf8(&absolute).to_owned(), "is an absolute path; name the session relative to the page"),
        ("https://example.com/s.json".to_owned(), "\"https://example.com/s.json\" is a URL or a drive"),
        ("file:///etc/passwd".to_owned(), "is a URL or a drive"),
        ("linked/secret.json".to_owned(), "\"linked/secret.json\" leads outside the page's folder through a symbolic link"),
    ];
    for (src, problem) in cases {
        let text = format!("<p>a</p>\n<p>b</p>\n<div><!--qualichart: {src}--></div>\n");
        write(&page, &text);
        let out = prerender(&[utf8(&page)]);
        assert_eq!(out.code, Some(1), "{src}: {}", out.stdout);
        assert_eq!(out.stderr.lines().count(), 1, "{src}: {}", out.stderr);
        assert!(
            out.stderr
                .starts_with(&format!("qualichart: {}: line 3: ", page.display())),
            "{src}: {}",
            out.stderr
        );
        assert!(out.stderr.contains(problem), "{src}: {}", out.stderr);
        assert_eq!(read(&page), text, "{src}: the page is unchanged");
    }
}

#[test]
fn prerender_with_a_root_names_sessions_from_the_site_and_links_cleanly() {
    let dir = site();
    std::fs::copy(root().join(DAYTONA), dir.path().join("sessions/s x.json")).expect("a copy");
    let page = dir.path().join("articles/2024/page.html");
    write(
        &page,
        "<div><!--qualichart: /sessions/./s.json--></div>\n\
         <div><!--qualichart: ../../sessions//s%20x.json --width 360--></div>\n",
    );
    // Without --root, neither may be named.
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr
            .contains("line 1: \"/sessions/./s.json\" is an absolute path"),
        "{}",
        out.stderr
    );
    let out = prerender(&["--root", utf8(dir.path()), utf8(&page)]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.ends_with("2 chart(s) prerendered\n"),
        "{}",
        out.stdout
    );
    let filled = read(&page);
    assert!(
        filled.contains("href=\"/sessions/s.json\" download=\"\""),
        "{filled}"
    );
    assert!(
        filled.contains("href=\"../../sessions/s%20x.json\" download=\"\""),
        "{filled}"
    );
    // No path of the machine is published.
    assert!(!filled.contains(utf8(dir.path())));
    // --root is still a boundary.
    write(&page, "<div><!--qualichart: ../../../s.json--></div>\n");
    let out = prerender(&["--root", utf8(dir.path()), utf8(&page)]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.contains(&format!(
            "line 1: \"../../../s.json\" leads outside the --root folder {}",
            std::fs::canonicalize(dir.path())
                .expect("canonical")
                .display()
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn prerender_changes_no_page_when_one_fails() {
    let dir = site();
    let good = dir.path().join("good.html");
    let bad = dir.path().join("bad.html");
    let good_text = "<div><!--qualichart: sessions/s.json--></div>\n";
    let bad_text =
        "<div><!--qualichart: sessions/s.json--></div>\n<div><!--qualichart: ../s.json--></div>\n";
    write(&good, good_text);
    write(&bad, bad_text);
    let out = prerender(&[utf8(&good), utf8(&bad)]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("bad.html: line 2: "), "{}", out.stderr);
    assert_eq!(
        (read(&good), read(&bad)),
        (good_text.to_owned(), bad_text.to_owned())
    );
    // A session that is not valid: the page stays as it was.
    std::fs::write(
        dir.path().join("sessions/s.json"),
        "{\"format\": \"qualichart/1\"}",
    )
    .expect("a session");
    let out = prerender(&[utf8(&good)]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr
            .contains("line 1: sessions/s.json: entries: required field is missing"),
        "{}",
        out.stderr
    );
    assert_eq!(read(&good), good_text);
    // A page that cannot be replaced (here: no room in its folder's names for the new file
    // written beside it): the page stays as it was, and no new file is left.
    std::fs::copy(root().join(DAYTONA), dir.path().join("sessions/s.json")).expect("a copy");
    let long = dir.path().join(format!("{}.html", "p".repeat(245)));
    write(&long, good_text);
    let out = prerender(&[utf8(&long)]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains(": cannot write: "), "{}", out.stderr);
    assert_eq!(read(&long), good_text);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("a listing")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn a_knockout_is_drawn_part_by_part() {
    // Dutch GP 2023: Q2 ran on a wetter track than Q3. Each part is a section of its own,
    // measured from its fastest time, and the table says which part classifies each car.
    let svg = render(&[
        "--format",
        "svg",
        "static/sessions/f1-2023-dutch-qualifying.json",
    ]);
    let sections: Vec<&str> = svg
        .split("class=\"qc-section-name\">")
        .skip(1)
        .filter_map(|s| s.split('<').next())
        .collect();
    assert_eq!(sections, ["Q3", "Q2", "Q1"], "{svg}");
    // Q2's and Q1's fastest laps were set by cars that went on: the heading says where the
    // section's gaps start (1:20.121 − 1.265 for Q2).
    assert!(
        svg.contains("Q2<tspan class=\"qc-section-note\"> · fastest 1:18.856</tspan>"),
        "{svg}"
    );
    assert!(svg.contains("aria-label=\"Gap to the fastest in each part, 20 cars with a time\""));
    let page = render(&["static/sessions/f1-2023-dutch-qualifying.json"]);
    assert!(page.contains("title=\"the part whose time classifies the car; its gap is to the fastest in that part\">Part</th>"));
    let stroll = page
        .split("<tr data-row=\"18\">")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .unwrap_or_default();
    assert!(
        stroll.contains("<td>Q2</td>") && stroll.contains("+1.265"),
        "{stroll}"
    );
}

/// Control characters, bidi overrides and right-to-left names in every text field.
const CONTROLS: &str = "tests/fixtures/hostile/controls.json";

#[test]
fn every_svg_is_well_formed_xml() {
    // The stylesheet inside holds `<` (`@container (width < 520px)`): in a CDATA section.
    for session in [
        DAYTONA,
        BUNDLED,
        "tests/fixtures/hostile/xss.json",
        CONTROLS,
    ] {
        let svg = render(&["--format", "svg", session]);
        let doc = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|e| panic!("{session}: the SVG is not well-formed XML: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "svg", "{session}");
        let style = doc
            .descendants()
            .find(|n| n.has_tag_name("style"))
            .and_then(|n| n.text())
            .unwrap_or_default();
        assert!(
            style.contains("@container (width < 520px)"),
            "{session}: the stylesheet reads as CSS"
        );
    }
}

#[test]
fn control_characters_in_every_field_still_write_an_svg_a_browser_opens() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let out = dir.path().join("chart.svg");
    let result = run(&["render", "-o", out.to_str().expect("utf-8"), CONTROLS]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let svg = std::fs::read_to_string(&out).expect("written");
    if let Err(e) = roxmltree::Document::parse(&svg) {
        panic!("chart.svg is not well-formed XML: {e}");
    }
    assert_eq!(stray(&svg), Vec::<String>::new());
    // The text is there, cleaned: a tab and a line break became a space, the rest went.
    assert!(
        svg.contains("<title>P1, #31 Pipo Derani, 1:32.656</title>"),
        "{svg}"
    );
    assert!(svg.contains("Repairs prevented a qualifying attempt[0m</title>"));
    // A right-to-left name is isolated, so the figures after it stay after it.
    assert!(
        svg.contains(
            "<title>P2, #01 \u{2068}נועם גולדברג\u{2069}, 1:32.727, +0.071 to pole</title>"
        ),
        "{svg}"
    );
}

#[test]
fn an_override_in_a_name_reaches_no_page_or_fragment() {
    for format in ["html", "fragment", "svg"] {
        let out = render(&["--format", format, "--src", "s.json", CONTROLS]);
        assert_eq!(stray(&out), Vec::<String>::new(), "{format}");
        assert!(out.contains("Pipo Derani"), "{format}");
    }
    let page = render(&["--format", "html", CONTROLS]);
    assert!(page.contains("<title>Rolex 24 At Daytona · Qualifying</title>"));
    assert!(page.contains(
        "\u{2068}נועם גולדברג\u{2069} was second in the #01 Cadillac V-Series.R, 0.071 seconds behind."
    ));
    // Ids are cleaned like the rest: the class is "GTP", the car "52".
    assert!(page.contains("data-car=\"52\"") && page.contains("data-qc-class=\"GTP\""));
}

/// A knockout where a car is outside 107 % of the fastest first-part time: the chart's line,
/// the story and the table's note read one list of cut-offs (`core::Verdicts`), so they name
/// the same limit and the same car.
#[test]
fn a_knockout_s_107_percent_is_the_same_in_the_chart_the_story_and_the_table() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("knockout.json");
    // Q1's fastest is #1's 1:20.000: the limit is 1:25.600 (1:25.6003 to the tick). #3's
    // 1:26.000 is outside; #4's 1:22.000 is within. #1 and #2 went on to Q2.
    std::fs::write(
        &file,
        r#"{"format": "qualichart/1", "parts": [{"id": "Q1"}, {"id": "Q2"}], "entries": [
        {"number": "1", "laps": [{"part": "Q1", "time": "1:20.000"}, {"part": "Q2", "time": "1:18.000"}]},
        {"number": "2", "laps": [{"part": "Q1", "time": "1:21.000"}, {"part": "Q2", "time": "1:19.000"}]},
        {"number": "3", "laps": [{"part": "Q1", "time": "1:26.000"}]},
        {"number": "4", "laps": [{"part": "Q1", "time": "1:22.000"}]}]}"#,
    )
    .expect("written");
    let path = file.to_str().expect("utf-8");
    let svg = render(&["--format", "svg", path]);
    let lines: Vec<&str> = svg
        .split("<g class=\"qc-cutoff\"><title>")
        .skip(1)
        .filter_map(|s| s.split('<').next())
        .collect();
    assert_eq!(
        lines,
        ["107% of pole: 1:25.600; cars right of this line were slower"],
        "{svg}"
    );
    let page = render(&[path]);
    assert!(
        page.contains("#3 was outside 107 % of the pole (slower than 1:25.600)."),
        "{page}"
    );
    let table = page.split("</table>").next().unwrap_or_default();
    let outside: Vec<&str> = table
        .split("<tr data-row=")
        .skip(1)
        .filter(|row| row.contains("outside 107%"))
        .filter_map(|row| row.split("<th scope=\"row\">#").nth(1)?.split('<').next())
        .collect();
    assert_eq!(outside, ["3"], "{page}");
}

/// Each bar's car and fill in a rendered chart: `(car, colour)`, in drawing order.
fn bar_fills(html: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let value = tag
            .split(&format!(" {name}=\""))
            .nth(1)?
            .split('"')
            .next()?;
        Some(value.to_owned())
    };
    html.split("<g ")
        .skip(1)
        .filter_map(|row| {
            let tag = format!(" {}", row.split('>').next()?);
            if !tag.contains("class=\"qc-row") {
                return None;
            }
            let bar = row
                .split("<rect ")
                .map(|r| format!(" {}", r.split('>').next().unwrap_or_default()))
                .find(|r| r.contains("class=\"qc-bar\""))?;
            Some((attr(&tag, "data-car")?, attr(&bar, "fill")?))
        })
        .collect()
}

#[test]
fn colour_by_manufacturer_draws_each_make_in_one_colour_with_a_legend() {
    let fragment = render(&[
        "--class",
        "GTP",
        "--colour-by",
        "manufacturer",
        "--format",
        "fragment",
        "--width",
        "360",
        BUNDLED,
    ]);
    // The two Cadillacs in the overlay's Cadillac colour, the three Porsches in Porsche's, and
    // so on; the labels still name every car.
    let fills = bar_fills(&fragment);
    let shown: Vec<String> = fills
        .iter()
        .map(|(car, fill)| format!("#{car} {fill}"))
        .collect();
    insta::assert_snapshot!(shown.join("\n"), @r"
    #31 #a07d1c
    #01 #a07d1c
    #7 #d5001c
    #25 #1c69d4
    #40 #7c3aed
    #10 #7c3aed
    #6 #d5001c
    #24 #1c69d4
    #85 #d5001c
    ");
    // The legend says which colour is which: a list, its swatches hidden from screen readers,
    // the names as text, in the overlay's order.
    let legend = fragment
        .split("<ul data-qc=\"legend\"")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .expect("a legend");
    insta::assert_snapshot!(legend.trim().replace("<li>", "\n<li>"), @r##"
    aria-label="Manufacturers" class="qc-legend">
    <li><svg aria-hidden="true" class="qc-swatch"><rect width="10" height="10" rx="2" fill="#a07d1c"></rect></svg>Cadillac</li>
    <li><svg aria-hidden="true" class="qc-swatch"><rect width="10" height="10" rx="2" fill="#d5001c"></rect></svg>Porsche</li>
    <li><svg aria-hidden="true" class="qc-swatch"><rect width="10" height="10" rx="2" fill="#1c69d4"></rect></svg>BMW</li>
    <li><svg aria-hidden="true" class="qc-swatch"><rect width="10" height="10" rx="2" fill="#7c3aed"></rect></svg>Acura</li>
    "##);
    // By class (the default) every GTP bar is the class's colour and there is no legend.
    let by_class = render(&[
        "--class", "GTP", "--format", "fragment", "--width", "360", BUNDLED,
    ]);
    assert!(bar_fills(&by_class)
        .iter()
        .all(|(_, fill)| fill == "#c81630"));
    assert!(!by_class.contains("data-qc=\"legend\""));
    // By team: the two Cadillacs are two teams, and the SVG draws the same bars.
    let svg = render(&[
        "--class",
        "GTP",
        "--colour-by",
        "team",
        "--format",
        "svg",
        BUNDLED,
    ]);
    let teams = bar_fills(&svg);
    assert_ne!(teams[0].1, teams[1].1, "{teams:?}");
    // A standalone SVG has no page to hold the legend: its key is in the file, above the bars,
    // names as text, and the file stays well-formed XML.
    let svg = render(&[
        "--class",
        "GTP",
        "--colour-by",
        "manufacturer",
        "--format",
        "svg",
        "--width",
        "360",
        BUNDLED,
    ]);
    let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let key = document
        .descendants()
        .find(|n| n.attribute("class") == Some("qc-file-legend"))
        .expect("a key");
    let items: Vec<String> = key
        .children()
        .filter(|n| n.has_tag_name("text"))
        .map(|t| t.text().unwrap_or_default().to_owned())
        .zip(
            key.children()
                .filter(|n| n.has_tag_name("rect"))
                .map(|r| r.attribute("fill").unwrap_or_default().to_owned()),
        )
        .map(|(name, fill)| format!("{name} {fill}"))
        .collect();
    assert_eq!(
        items,
        [
            "Cadillac #a07d1c",
            "Porsche #d5001c",
            "BMW #1c69d4",
            "Acura #7c3aed"
        ]
    );
    // The chart is under the key, the file as tall as both.
    let root = document.root_element();
    let chart = root
        .children()
        .find(|n| n.has_tag_name("svg"))
        .expect("the chart");
    assert_eq!(chart.attribute("y"), Some("24"));
    assert_eq!(root.attribute("height"), Some("376"));
    // By class: no key, the chart is the file.
    let plain = render(&["--class", "GTP", "--format", "svg", BUNDLED]);
    assert!(!plain.contains("qc-file-legend"));
}

#[test]
fn a_colouring_the_chart_does_not_know_is_refused_by_name() {
    let out = run(&["render", "--colour-by", "livery", DAYTONA]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains(
            r#""livery" is not a colouring (expected "class", "manufacturer" or "team")"#
        ),
        "{}",
        out.stderr
    );
    // In a marker too, with the page and the line; the page is left as it was.
    let dir = site();
    let page = dir.path().join("page.html");
    let text = "<p>x</p>\n<div data-qualichart><!--qualichart: sessions/s.json --colour-by livery--></div>\n";
    write(&page, text);
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        format!(
            "qualichart: {}: line 2: --colour-by: \"livery\" is not a colouring (expected \"class\", \"manufacturer\" or \"team\")\n",
            page.display()
        )
    );
    assert_eq!(read(&page), text);
    // A known one fills the chart in those colours, with its legend.
    write(
        &page,
        "<div data-qualichart data-colour-by=\"manufacturer\"><!--qualichart: sessions/s.json --colour-by manufacturer--></div>\n",
    );
    let out = prerender(&[utf8(&page)]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(read(&page).contains("data-qc=\"legend\" aria-label=\"Manufacturers\""));
}

/// The words a reader meets in a rendered fragment, in document order, each once: every text
/// and every accessible name or tooltip (`aria-label`, `title`, `aria-valuetext`), without the
/// lines that are figures alone (the table's cells, the ticks).
fn words_met(html: &str) -> String {
    let unescape = |text: &str| {
        text.replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    let mut met: Vec<String> = Vec::new();
    let mut keep = |text: &str| {
        let text = unescape(text.trim());
        let figures = text
            .chars()
            .all(|c| c.is_ascii_digit() || " #P+-–:,.%m\u{a0}\u{202f}".contains(c));
        if !figures && !met.contains(&text) {
            met.push(text);
        }
    };
    for piece in html.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        for name in [" aria-label=\"", " title=\"", " aria-valuetext=\""] {
            if let Some(value) = tag.split(name).nth(1).and_then(|v| v.split('"').next()) {
                keep(value);
            }
        }
        keep(text);
    }
    met.join("\n")
}

/// The Daytona GTP chart with the laps of #31 and #01, in `lang`, at a phone's width.
fn gtp_in(lang: &str) -> String {
    render(&[
        "--lang",
        lang,
        "--class",
        "GTP",
        "--compare",
        "31,01",
        "--format",
        "fragment",
        "--width",
        "360",
        BUNDLED,
    ])
}

#[test]
fn the_gtp_chart_in_french() {
    let fragment = gtp_in("fr");
    // The fallback says its language, for a screen reader on a page in another one; so does
    // a whole page.
    assert!(fragment.starts_with("<div class=\"qc-fallback\" data-qc-fallback=\"\" lang=\"fr\">"));
    let page = render(&["--lang", "fr", BUNDLED]);
    assert!(page.contains("<html lang=\"fr\">"), "{}", &page[..200]);
    // Every figure with the French decimal mark.
    for figure in [">1:32,656<", ">+0,071<", ">100,077<", ">4,4 m<"] {
        assert!(fragment.contains(figure), "{figure}");
    }
    assert!(!fragment.contains("1:32.656") && !fragment.contains("+0.071"));
    insta::assert_snapshot!(words_met(&fragment), @r#"
        Rolex 24 At Daytona · Qualifying
        Pipo Derani a signé la pole GTP sur Cadillac V-Series.R n°31, en 1:32,656. Deuxième temps pour Sebastien Bourdais sur Cadillac V-Series.R n°01, à 0,071 seconde. Troisième temps pour Felipe Nasr sur Porsche 963 n°7, à 0,220 seconde. La pole a battu de 1,029 seconde le record de 1:33,685 (Oliver Jarvis, 2019) ; les neuf GTP ayant signé un temps sont toutes passées sous cette marque. Les neuf GTP ayant signé un temps se tiennent en moins d'une seconde : 0,850 seconde entre la première et la dernière. La n°5 Proton Competition Porsche 963 n'a pas signé de temps : repairs prevented a qualifying attempt.
        Catégorie
        Toutes
        GTP
        LMP2
        GTD PRO
        GTD
        GTP : écart à la pole, 9 voitures avec un temps
        Previous qualifying record 1:33,685 · Jarvis 2019
        Record 1:33,685
        P1, #31 Pipo Derani, 1:32,656
        P1 #31 Derani
        P2, #01 Sebastien Bourdais, 1:32,727, à +0,071 de la pole
        P2 #01 Bourdais
        P3, #7 Felipe Nasr, 1:32,876, à +0,220 de la pole
        P3 #7 Nasr
        P4, #25 Connor De Phillippi, 1:33,022, à +0,366 de la pole
        P4 #25 De Phillippi
        P5, #40 Louis Deletraz, 1:33,100, à +0,444 de la pole
        P5 #40 Deletraz
        P6, #10 Filipe Albuquerque, 1:33,347, à +0,691 de la pole
        P6 #10 Albuquerque
        P7, #6 Nick Tandy, 1:33,381, à +0,725 de la pole
        P7 #6 Tandy
        P8, #24 Jesse Krohn, 1:33,499, à +0,843 de la pole
        P8 #24 Krohn
        P9, #85 Tijmen van der Helm, 1:33,506, à +0,850 de la pole
        P9 #85 van der Helm
        #5 Proton Competition · Sans temps · Repairs prevented a qualifying attempt
        #5 Proton Competition · Sans temps · Repairs prev…
        Survolez une voiture, touchez-la ou parcourez le classement avec les flèches pour voir ses tours. Cliquez dessus, appuyez sur Entrée ou utilisez son bouton Comparer pour la comparer à d'autres.
        Comparaison
        Effacer
        N°
        Meilleur tour
        Δ
        S1 Δ
        S2 Δ
        S3 Δ
        Δ idéal
        #31 Derani
        #01 Bourdais
        Tour par tour
        Chaque tour au moment de la séance où il s'est achevé ; la ligne suit le meilleur temps de chaque voiture.
        Tous les tours de #31 et #01 au fil de la séance ; plus bas, c'est plus rapide
        Temps au tour · plus bas = plus rapide
        #31 tour 4, 1:33,024, S1 22,353, S2 43,358, S3 27,313, Pipo Derani
        #31 tour 5, 1:32,656, S1 22,149, S2 43,524, S3 26,983, Pipo Derani, meilleur tour
        #01 tour 3, 1:36,747, S1 23,573, S2 45,160, S3 28,014, Sebastien Bourdais
        #01 tour 4, 1:33,149, S1 22,408, S2 43,584, S3 27,157, Sebastien Bourdais
        #01 tour 5, 1:32,727, S1 22,122, S2 43,450, S3 27,155, Sebastien Bourdais, meilleur tour
        #01 tour 6, 1:32,770, S1 22,069, S2 43,571, S3 27,130, Sebastien Bourdais
        Survolez, touchez ou sélectionnez un tour pour voir son temps, ses secteurs et son pilote.
        Les tours de sortie et ceux au-delà de 107 % du meilleur tour de chaque voiture sont masqués (6).
        Afficher les tours plus lents
        La pole provisoire au fil de la séance
        La pole provisoire au fil de la séance : #85 van der Helm 52:40,564 au tour 1, à 52:40,564 de séance ; puis #7 Nasr 1:43,694 au tour 2, à 54:24,605 de séance ; puis #24 Krohn 1:43,557 au tour 2, à 55:15,247 de séance ; puis #7 Nasr 1:36,947 au tour 3, à 56:01,552 de séance ; puis #01 Bourdais 1:36,747 au tour 3, à 57:09,596 de séance ; puis #85 van der Helm 1:34,164 au tour 4, à 57:37,282 de séance ; puis #40 Deletraz 1:33,219 au tour 4, à 57:47,028 de séance ; puis #25 De Phillippi 1:33,022 au tour 4, à 57:51,568 de séance ; puis #31 Derani 1:32,656 au tour 5, à 59:53,975 de séance
        #7 Nasr 1:36,947 au tour 3, à 56:01,552 de séance
        #01 Bourdais 1:36,747 au tour 3, à 57:09,596 de séance
        #85 van der Helm 1:34,164 au tour 4, à 57:37,282 de séance
        #40 Deletraz 1:33,219 au tour 4, à 57:47,028 de séance
        #25 De Phillippi 1:33,022 au tour 4, à 57:51,568 de séance
        #31 Derani 1:32,656 au tour 5, à 59:53,975 de séance
        Rejouer
        Temps de séance
        1:04:09 sur 1:04:09
        Afficher le tableau
        Tableau du classement
        Pos.
        Pilote
        Écart
        Int.
        l'écart exprimé en distance, à la vitesse moyenne du tour de la pole
        Mètres
        Idéal
        meilleur tour − tour idéal
        Marge
        tour idéal − meilleur tour idéal
        Écart idéal
        Remarque
        Pipo Derani
        pole
        Sebastien Bourdais
        Felipe Nasr
        Connor De Phillippi
        Louis Deletraz
        Filipe Albuquerque
        Nick Tandy
        Jesse Krohn
        Tijmen van der Helm
        Gianmaria Bruni
        Sans temps · Repairs prevented a qualifying attempt
        Télécharger en SVG
        Télécharger en PNG
        Obtenir les données (CSV)
        P1 #31 Pipo Derani
        · Whelen Engineering Cadillac Racing
        Comparer
        1:32,656 (tour 5)
        Intervalle
        % de la pole
        Tour idéal
        Tours effectués
        Tour par tour : ◆ meilleur secteur de la séance, ● meilleur secteur personnel, barré : annulé
        Tour
        Temps
        S1
        S2
        S3
        sortie
        Derani
        meilleur de la séance
        ◆
        meilleur personnel
        ●
        P2 #01 Sebastien Bourdais
        · Cadillac Racing
        1:32,727 (tour 5)
        Écart en mètres
        Face au tour de la pole, secteur par secteur : S1 -0,027 · S2 -0,074 · S3 +0,172
        Bourdais
        P3 #7 Felipe Nasr
        · Porsche Penske Motorsports
        1:32,876 (tour 7)
        Face au tour de la pole, secteur par secteur : S1 +0,208 · S2 +0,094 · S3 -0,082
        Nasr
        P4 #25 Connor De Phillippi
        · BMW M Team RLL
        1:33,022 (tour 4)
        Face au tour de la pole, secteur par secteur : S1 +0,407 · S2 +0,063 · S3 -0,104
        De Phillippi
        P5 #40 Louis Deletraz
        · Wayne Taylor Racing with Andretti
        1:33,100 (tour 5)
        Face au tour de la pole, secteur par secteur : S1 +0,192 · S2 +0,128 · S3 +0,124
        Deletraz
        P6 #10 Filipe Albuquerque
        1:33,347 (tour 5)
        Face au tour de la pole, secteur par secteur : S1 +0,243 · S2 +0,176 · S3 +0,272
        Albuquerque
        P7 #6 Nick Tandy
        1:33,381 (tour 6)
        Face au tour de la pole, secteur par secteur : S1 +0,179 · S2 +0,092 · S3 +0,454
        Tandy
        P8 #24 Jesse Krohn
        1:33,499 (tour 6)
        Face au tour de la pole, secteur par secteur : S1 +0,321 · S2 +0,297 · S3 +0,225
        Krohn
        P9 #85 Tijmen van der Helm
        · JDC-Miller MotorSports
        1:33,506 (tour 7)
        Face au tour de la pole, secteur par secteur : S1 +0,372 · S2 +0,178 · S3 +0,300
        van der Helm
        P10 #5 Gianmaria Bruni
        · Proton Competition
        Sans temps
    "#);
}

#[test]
fn the_gtp_chart_in_german() {
    let fragment = gtp_in("de");
    for figure in [">1:32,656<", ">+0,071<", ">100,077<", ">4,4 m<"] {
        assert!(fragment.contains(figure), "{figure}");
    }
    assert!(!fragment.contains("1:32.656") && !fragment.contains("+0.071"));
    insta::assert_snapshot!(words_met(&fragment), @r#"
        Rolex 24 At Daytona · Qualifying
        Pipo Derani (Cadillac V-Series.R, Nr. 31) holte mit 1:32,656 die Pole in der Klasse GTP. Platz zwei ging an Sebastien Bourdais (Cadillac V-Series.R, Nr. 01), 0,071 Sekunden zurück. Platz drei ging an Felipe Nasr (Porsche 963, Nr. 7), 0,220 Sekunden zurück. Die Pole unterbot den Rekord von 1:33,685 (Oliver Jarvis, 2019) um 1,029 Sekunden; alle neun Fahrzeuge der Klasse GTP mit Zeit blieben darunter. Die neun Fahrzeuge der Klasse GTP mit Zeit lagen innerhalb einer Sekunde: 0,850 Sekunden vom ersten bis zum letzten auseinander. Die Nr. 5 Proton Competition Porsche 963 fuhr keine Zeit: repairs prevented a qualifying attempt.
        Klasse
        Alle
        GTP
        LMP2
        GTD PRO
        GTD
        GTP: Abstand zur Pole, 9 Fahrzeuge mit Zeit
        Previous qualifying record 1:33,685 · Jarvis 2019
        Rekord 1:33,685
        P1, #31 Pipo Derani, 1:32,656
        P1 #31 Derani
        P2, #01 Sebastien Bourdais, 1:32,727, +0,071 auf die Pole
        P2 #01 Bourdais
        P3, #7 Felipe Nasr, 1:32,876, +0,220 auf die Pole
        P3 #7 Nasr
        P4, #25 Connor De Phillippi, 1:33,022, +0,366 auf die Pole
        P4 #25 De Phillippi
        P5, #40 Louis Deletraz, 1:33,100, +0,444 auf die Pole
        P5 #40 Deletraz
        P6, #10 Filipe Albuquerque, 1:33,347, +0,691 auf die Pole
        P6 #10 Albuquerque
        P7, #6 Nick Tandy, 1:33,381, +0,725 auf die Pole
        P7 #6 Tandy
        P8, #24 Jesse Krohn, 1:33,499, +0,843 auf die Pole
        P8 #24 Krohn
        P9, #85 Tijmen van der Helm, 1:33,506, +0,850 auf die Pole
        P9 #85 van der Helm
        #5 Proton Competition · Keine Zeit · Repairs prevented a qualifying attempt
        #5 Proton Competition · Keine Zeit · Repairs prev…
        Für die Runden eines Fahrzeugs: mit der Maus darauf zeigen, antippen oder mit den Pfeiltasten auswählen. Zum Vergleichen anklicken, die Eingabetaste drücken oder „Vergleichen“ wählen.
        Vergleich
        Zurücksetzen
        Nr.
        Bestzeit
        Δ
        S1 Δ
        S2 Δ
        S3 Δ
        Δ ideal
        #31 Derani
        #01 Bourdais
        Runde für Runde
        Jede Runde zur Sitzungszeit, zu der sie endete; die Linie zeigt die bis dahin beste Zeit jedes Fahrzeugs.
        Alle Runden von #31 und #01 nach Sitzungszeit; niedriger ist schneller
        Rundenzeit · niedriger ist schneller
        #31 Runde 4, 1:33,024, S1 22,353, S2 43,358, S3 27,313, Pipo Derani
        #31 Runde 5, 1:32,656, S1 22,149, S2 43,524, S3 26,983, Pipo Derani, schnellste Runde
        #01 Runde 3, 1:36,747, S1 23,573, S2 45,160, S3 28,014, Sebastien Bourdais
        #01 Runde 4, 1:33,149, S1 22,408, S2 43,584, S3 27,157, Sebastien Bourdais
        #01 Runde 5, 1:32,727, S1 22,122, S2 43,450, S3 27,155, Sebastien Bourdais, schnellste Runde
        #01 Runde 6, 1:32,770, S1 22,069, S2 43,571, S3 27,130, Sebastien Bourdais
        Für Zeit, Sektoren und Fahrer einer Runde: darauf zeigen, antippen oder auswählen.
        Outlaps und Runden über 107 % der Bestzeit des Fahrzeugs sind ausgeblendet (6).
        Langsamere Runden zeigen
        Die vorläufige Pole im Verlauf der Sitzung
        Die vorläufige Pole im Verlauf der Sitzung: #85 van der Helm 52:40,564 in Runde 1, nach 52:40,564; dann #7 Nasr 1:43,694 in Runde 2, nach 54:24,605; dann #24 Krohn 1:43,557 in Runde 2, nach 55:15,247; dann #7 Nasr 1:36,947 in Runde 3, nach 56:01,552; dann #01 Bourdais 1:36,747 in Runde 3, nach 57:09,596; dann #85 van der Helm 1:34,164 in Runde 4, nach 57:37,282; dann #40 Deletraz 1:33,219 in Runde 4, nach 57:47,028; dann #25 De Phillippi 1:33,022 in Runde 4, nach 57:51,568; dann #31 Derani 1:32,656 in Runde 5, nach 59:53,975
        #7 Nasr 1:36,947 in Runde 3, nach 56:01,552
        #01 Bourdais 1:36,747 in Runde 3, nach 57:09,596
        #85 van der Helm 1:34,164 in Runde 4, nach 57:37,282
        #40 Deletraz 1:33,219 in Runde 4, nach 57:47,028
        #25 De Phillippi 1:33,022 in Runde 4, nach 57:51,568
        #31 Derani 1:32,656 in Runde 5, nach 59:53,975
        Wiedergabe
        Sitzungszeit
        1:04:09 von 1:04:09
        Als Tabelle zeigen
        Ergebnistabelle
        Pos.
        Fahrer
        Abstand
        Int.
        der Abstand als Strecke, beim Durchschnittstempo der Pole-Runde
        Meter
        Ideal
        Bestzeit − Idealrunde
        Verschenkt
        Idealrunde − schnellste Idealrunde
        Idealabstand
        Anmerkung
        Pipo Derani
        Pole
        Sebastien Bourdais
        Felipe Nasr
        Connor De Phillippi
        Louis Deletraz
        Filipe Albuquerque
        Nick Tandy
        Jesse Krohn
        Tijmen van der Helm
        Gianmaria Bruni
        Keine Zeit · Repairs prevented a qualifying attempt
        SVG herunterladen
        PNG herunterladen
        Daten herunterladen (CSV)
        P1 #31 Pipo Derani
        · Whelen Engineering Cadillac Racing
        Vergleichen
        1:32,656 (Runde 5)
        Zum Vordermann
        % der Pole
        Idealrunde
        Gefahrene Runden
        Runde für Runde: ◆ Sektorbestzeit der Sitzung, ● persönliche Bestzeit, durchgestrichen: aberkannt
        Runde
        Zeit
        S1
        S2
        S3
        Outlap
        Derani
        Bestzeit der Sitzung
        ◆
        persönliche Bestzeit
        ●
        P2 #01 Sebastien Bourdais
        · Cadillac Racing
        1:32,727 (Runde 5)
        Abstand in Metern
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 -0,027 · S2 -0,074 · S3 +0,172
        Bourdais
        P3 #7 Felipe Nasr
        · Porsche Penske Motorsports
        1:32,876 (Runde 7)
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 +0,208 · S2 +0,094 · S3 -0,082
        Nasr
        P4 #25 Connor De Phillippi
        · BMW M Team RLL
        1:33,022 (Runde 4)
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 +0,407 · S2 +0,063 · S3 -0,104
        De Phillippi
        P5 #40 Louis Deletraz
        · Wayne Taylor Racing with Andretti
        1:33,100 (Runde 5)
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 +0,192 · S2 +0,128 · S3 +0,124
        Deletraz
        P6 #10 Filipe Albuquerque
        1:33,347 (Runde 5)
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 +0,243 · S2 +0,176 · S3 +0,272
        Albuquerque
        P7 #6 Nick Tandy
        1:33,381 (Runde 6)
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 +0,179 · S2 +0,092 · S3 +0,454
        Tandy
        P8 #24 Jesse Krohn
        1:33,499 (Runde 6)
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 +0,321 · S2 +0,297 · S3 +0,225
        Krohn
        P9 #85 Tijmen van der Helm
        · JDC-Miller MotorSports
        1:33,506 (Runde 7)
        Gegenüber der Pole-Runde, Sektor für Sektor: S1 +0,372 · S2 +0,178 · S3 +0,300
        van der Helm
        P10 #5 Gianmaria Bruni
        · Proton Competition
        Keine Zeit
    "#);
}
