//! `qualichart prerender`: the static charts of HTML pages, filled in at publishing time.
//!
//! A page marks where a chart goes, inside the chart's element:
//!
//! ```html
//! <div data-qualichart data-src="sessions/daytona.json" data-class="GTP">
//!   <!--qualichart: sessions/daytona.json --class GTP-->
//! </div>
//! ```
//!
//! Each marker is kept, and the chart rendered on the server follows it, closed by an end
//! marker, `<!--/qualichart-->`; a later run replaces what is between the two, so rerunning
//! refreshes every chart (a new session, a new release of the widget) and never adds a second.
//!
//! This module owns three rules, each here only:
//! - **Where markers and fallbacks are** ([`fill`]).
//! - **Which files a marker may name** ([`resolve`]): the marker's session is a URL path, as
//!   `data-src` is. A relative one is resolved from the page's folder, one starting with `/`
//!   from the `--root` folder (only with `--root`). Either must stay inside the root, which is
//!   `--root` or else the page's own folder: no `..` above it, no symbolic link out of it, no
//!   absolute file path, no URL with a scheme. The build machine's files are not the web
//!   site's to publish.
//! - **What the page links to**: the "Get the data" link is the marker's path normalised
//!   (`./` and `..` resolved, forward slashes, percent-encoded), never a path of the machine.
//!
//! Pages are written atomically (`output::write_atomically`): a failure leaves the page as it
//! was.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use qualichart::core::colouring::ColourBy;
use qualichart::core::compare::car_list;

use crate::render::WIDTHS;

/// The start of a marker, up to the session path.
pub const MARKER: &str = "<!--qualichart:";
/// The end marker, after the chart a run filled in.
pub const END: &str = "<!--/qualichart-->";
/// How every fallback `render` writes begins (`widget::ssr::fragment`): only such a fallback,
/// right after a marker, is replaced on a rerun, so nothing of the page's own is ever removed.
const FALLBACK: &str = "<div class=\"qc-fallback\" data-qc-fallback=\"\"";

/// What a marker asks for.
#[derive(Debug, PartialEq, Eq)]
pub struct Marker<'a> {
    /// The session, as written in the marker.
    pub src: &'a str,
    pub class: Option<String>,
    pub width: u32,
    /// `--lang L`: the language, as `render --lang` takes it.
    pub lang: Option<String>,
    /// `--colour-by`: class unless the marker says.
    pub colour_by: ColourBy,
    /// `--compare 31,01`: the cars whose laps chart the fallback draws (checked against the
    /// session by the caller, as `render --compare` is).
    pub compare: Vec<String>,
}

/// Fills every marker of `page` (its text) with the chart `chart` renders for it, replacing
/// the chart an earlier run put there. Returns the new text and how many markers it filled;
/// an error names the marker's line.
pub fn fill(
    page: &str,
    mut chart: impl FnMut(&Marker<'_>) -> Result<String, String>,
) -> Result<(String, usize), String> {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    let mut filled = 0;
    while let Some(start) = rest.find(MARKER) {
        let line = page[..page.len() - rest.len() + start]
            .matches('\n')
            .count()
            + 1;
        let at = |e: String| format!("line {line}: {e}");
        let after = &rest[start + MARKER.len()..];
        let end = after
            .find("-->")
            .ok_or_else(|| at("the qualichart marker is not closed with -->".to_owned()))?;
        let marker = marker_args(&after[..end]).map_err(at)?;
        let tail = &after[end + 3..];
        // The chart an earlier run filled in, if this marker has one: it starts right after
        // the marker and ends at the end marker, before any other marker.
        let previous = if tail.starts_with(FALLBACK) {
            match (tail.find(END), tail.find(MARKER)) {
                (Some(e), next) if next.is_none_or(|m| e < m) => e + END.len(),
                _ => {
                    return Err(at(format!(
                        "the chart after this marker has no {END} after it; remove the chart \
                         (keep the marker) and run again"
                    )))
                }
            }
        } else {
            0
        };
        let fragment = chart(&marker).map_err(at)?;
        out.push_str(&rest[..start + MARKER.len() + end + 3]);
        out.push_str(&fragment);
        out.push_str(END);
        rest = &tail[previous..];
        filled += 1;
    }
    out.push_str(rest);
    Ok((out, filled))
}

/// `SRC [--class ID] [--width PX] [--lang L] [--colour-by BY] [--compare NUMBERS]`.
fn marker_args(text: &str) -> Result<Marker<'_>, String> {
    let mut src = None;
    let mut class = None;
    let mut lang = None;
    let mut colour_by = ColourBy::default();
    let mut compare = Vec::new();
    let mut width = qualichart::widget::geometry::COLUMN_WIDTH;
    let mut words = text.split_whitespace();
    while let Some(word) = words.next() {
        match word {
            "--class" => class = Some(words.next().ok_or("--class needs an id")?.to_owned()),
            "--lang" => lang = Some(words.next().ok_or("--lang needs a language")?.to_owned()),
            "--width" => {
                width = words
                    .next()
                    .and_then(|w| w.parse::<u32>().ok())
                    .filter(|w| WIDTHS.contains(w))
                    .ok_or("--width needs a number of pixels from 240 to 2400")?;
            }
            "--colour-by" => {
                let word = words
                    .next()
                    .ok_or("--colour-by needs class, manufacturer or team")?;
                colour_by =
                    crate::render::colour_by(word).map_err(|e| format!("--colour-by: {e}"))?;
            }
            "--compare" => {
                let list = words
                    .next()
                    .ok_or("--compare needs car numbers, such as 31,01")?;
                compare = car_list(list).map(str::to_owned).collect();
            }
            other if src.is_none() && !other.starts_with("--") => src = Some(other),
            other => return Err(format!("unexpected {other:?} in the marker")),
        }
    }
    let src = src.ok_or("the marker names no session file")?;
    Ok(Marker {
        src,
        class,
        width,
        lang,
        colour_by,
        compare,
    })
}

/// Where the pages' sessions may come from.
#[derive(Clone, Debug)]
pub struct Root {
    /// The folder, canonical (symbolic links resolved).
    pub dir: PathBuf,
    /// True for an explicit `--root`; false when it is the page's own folder.
    pub explicit: bool,
}

impl Root {
    /// How messages name it.
    fn name(&self) -> String {
        if self.explicit {
            format!("the --root folder {}", self.dir.display())
        } else {
            "the page's folder".to_owned()
        }
    }

    /// What to do about a path that leaves it.
    fn hint(&self) -> &'static str {
        if self.explicit {
            ""
        } else {
            "; --root DIR allows a wider tree"
        }
    }
}

/// A marker's session, resolved: the file to read and the link to publish.
#[derive(Debug, PartialEq, Eq)]
pub struct Resolved {
    pub file: PathBuf,
    pub href: String,
}

/// The file a marker's `src` names, for a page in `page_dir` (canonical, inside `root`), and
/// the link the page publishes for it; or why the marker may not name it.
pub fn resolve(src: &str, page_dir: &Path, root: &Root) -> Result<Resolved, String> {
    let here: Vec<String> = match page_dir.strip_prefix(&root.dir) {
        Ok(inside) => inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect(),
        Err(_) => return Err(format!("the page is not inside {}", root.name())),
    };
    let (target, href) = normalise(src, &here, root)?;
    let file = target.iter().fold(root.dir.clone(), |path, s| path.join(s));
    // The path is inside the root as written; a symbolic link on the way may still lead out.
    match fs::canonicalize(&file) {
        Ok(real) if !real.starts_with(&root.dir) => Err(format!(
            "{src:?} leads outside {} through a symbolic link",
            root.name()
        )),
        Ok(real) => Ok(Resolved { file: real, href }),
        // A missing file is reported when it is read, with the reader's message.
        Err(_) => Ok(Resolved { file, href }),
    }
}

/// `src` as path segments from the root, and as the link to publish: relative to the page
/// (`here`, the page's folder from the root) when `src` is, from the root when it starts
/// with `/`. Lexical only: the file system is not asked.
fn normalise(src: &str, here: &[String], root: &Root) -> Result<(Vec<String>, String), String> {
    let scheme = src
        .split_once(':')
        .is_some_and(|(s, _)| !s.contains('/') && !s.is_empty());
    if scheme {
        return Err(format!(
            "{src:?} is a URL or a drive; a marker names a session file, relative to the page"
        ));
    }
    if src.contains('\\') {
        return Err(format!("{src:?} has a backslash; separate folders with /"));
    }
    if src.contains(['?', '#']) {
        return Err(format!(
            "{src:?} has a query or fragment; a marker names a session file only"
        ));
    }
    if src.starts_with("//") {
        return Err(format!(
            "{src:?} names another host; a marker names a session file, relative to the page"
        ));
    }
    let from_root = src.starts_with('/');
    if from_root && !root.explicit {
        return Err(format!(
            "{src:?} is an absolute path; name the session relative to the page, or give \
             --root DIR and start the path with / to name it from DIR"
        ));
    }
    let mut target: Vec<String> = if from_root { Vec::new() } else { here.to_vec() };
    for raw in src.split('/').filter(|s| !s.is_empty()) {
        match decode(raw).ok_or_else(|| {
            format!("{src:?}: {raw:?} is not a file name (a bad %-escape, or an encoded / or control character)")
        })?
        .as_str()
        {
            "." => {}
            ".." => {
                if target.pop().is_none() {
                    return Err(format!(
                        "{src:?} leads outside {}{}",
                        root.name(),
                        root.hint()
                    ));
                }
            }
            name => target.push(name.to_owned()),
        }
    }
    if target.is_empty() || src.ends_with('/') {
        return Err(format!("{src:?} names a folder, not a session file"));
    }
    let href = if from_root {
        format!("/{}", encode_path(&target))
    } else {
        let common = here.iter().zip(&target).take_while(|(a, b)| a == b).count();
        let up = std::iter::repeat_n("..".to_owned(), here.len() - common);
        let rest: Vec<String> = up
            .chain(target[common..].iter().map(|s| encode(s)))
            .collect();
        rest.join("/")
    };
    Ok((target, href))
}

/// One path segment with its %-escapes decoded; `None` when an escape is malformed, the bytes
/// are not UTF-8, or the segment would hold a separator or a control character.
fn decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment
                .get(i + 1..i + 3)
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let text = String::from_utf8(out).ok()?;
    (!text.contains(['/', '\\']) && !text.chars().any(char::is_control)).then_some(text)
}

/// A segment as a URL path segment: unreserved characters and the safe delimiters as they are,
/// every other byte (spaces, `%`, `:`, non-ASCII) percent-encoded.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn encode_path(segments: &[String]) -> String {
    segments
        .iter()
        .map(|s| encode(s))
        .collect::<Vec<_>>()
        .join("/")
}

/// The canonical folder of a page, and the page's own canonical path (a page that is a
/// symbolic link is written where it points).
pub fn locate(page: &Path) -> io::Result<(PathBuf, PathBuf)> {
    let real = fs::canonicalize(page)?;
    let dir = real
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(Component::RootDir.as_os_str()));
    Ok((real, dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_name_a_session_and_options() {
        let marker = |src, class: Option<&str>, width| Marker {
            src,
            class: class.map(str::to_owned),
            width,
            lang: None,
            colour_by: ColourBy::Class,
            compare: Vec::new(),
        };
        assert_eq!(
            marker_args(" s.json --class GTP --width 360"),
            Ok(marker("s.json", Some("GTP"), 360))
        );
        assert_eq!(
            marker_args("s.json --lang fr-CH"),
            Ok(Marker {
                lang: Some("fr-CH".to_owned()),
                ..marker("s.json", None, 640)
            })
        );
        assert!(marker_args("s.json --lang").is_err());
        assert_eq!(marker_args("s.json"), Ok(marker("s.json", None, 640)));
        assert_eq!(
            marker_args("s.json --colour-by manufacturer"),
            Ok(Marker {
                colour_by: ColourBy::Manufacturer,
                ..marker("s.json", None, 640)
            })
        );
        assert!(marker_args("").is_err());
        assert!(marker_args("s.json --width 20").is_err());
        assert!(marker_args("s.json extra").is_err());
        assert_eq!(
            marker_args("s.json --colour-by livery"),
            Err(r#"--colour-by: "livery" is not a colouring (expected "class", "manufacturer" or "team")"#.to_owned())
        );
        assert!(marker_args("s.json --colour-by").is_err());
        assert_eq!(
            marker_args("s.json --class GTP --compare 31,01"),
            Ok(Marker {
                compare: vec!["31".to_owned(), "01".to_owned()],
                ..marker("s.json", Some("GTP"), 640)
            })
        );
        assert_eq!(
            marker_args("s.json --compare"),
            Err("--compare needs car numbers, such as 31,01".to_owned())
        );
    }

    fn page_root() -> Root {
        Root {
            dir: PathBuf::from("/site/articles"),
            explicit: false,
        }
    }

    fn site_root() -> Root {
        Root {
            dir: PathBuf::from("/site"),
            explicit: true,
        }
    }

    #[test]
    fn paths_are_normalised_into_clean_links() {
        let here = ["articles".to_owned(), "2024".to_owned()];
        let cases = [
            ("s.json", "articles/2024/s.json", "s.json"),
            (
                "./sessions//s.json",
                "articles/2024/sessions/s.json",
                "sessions/s.json",
            ),
            ("a/../s.json", "articles/2024/s.json", "s.json"),
            (
                "../../sessions/s.json",
                "sessions/s.json",
                "../../sessions/s.json",
            ),
            ("../2024/x/../s.json", "articles/2024/s.json", "s.json"),
            ("/sessions/s.json", "sessions/s.json", "/sessions/s.json"),
            ("/sessions/./s.json", "sessions/s.json", "/sessions/s.json"),
            (
                "my%20file.json",
                "articles/2024/my file.json",
                "my%20file.json",
            ),
            ("%2E%2E/s.json", "articles/s.json", "../s.json"),
            (
                "méxico.json",
                "articles/2024/méxico.json",
                "m%C3%A9xico.json",
            ),
            ("a%3Ab.json", "articles/2024/a:b.json", "a%3Ab.json"),
        ];
        for (src, file, href) in cases {
            let (target, link) = normalise(src, &here, &site_root()).expect(src);
            assert_eq!(
                (target.join("/"), link.as_str()),
                (file.to_owned(), href),
                "{src}"
            );
        }
    }

    #[test]
    fn paths_outside_the_root_are_refused() {
        let refused = [
            ("../s.json", "leads outside the page's folder"),
            ("a/../../s.json", "leads outside the page's folder"),
            ("%2e%2e/s.json", "leads outside the page's folder"),
            ("/etc/passwd", "is an absolute path"),
            ("https://example.com/s.json", "is a URL"),
            ("file:///etc/passwd", "is a URL"),
            ("javascript:alert(1)", "is a URL"),
            ("C:/data/s.json", "is a URL or a drive"),
            ("//host/s.json", "names another host"),
            ("..\\s.json", "has a backslash"),
            ("s.json?v=2", "has a query"),
            ("..%2Fs.json", "is not a file name"),
            ("s%00.json", "is not a file name"),
            ("s%zz.json", "is not a file name"),
            ("sessions/", "names a folder"),
            (".", "names a folder"),
        ];
        for (src, problem) in refused {
            let e = normalise(src, &[], &page_root()).expect_err(src);
            assert!(e.contains(problem), "{src}: {e}");
        }
        // With --root, a path may climb to the root and start from it, no further.
        let here = ["articles".to_owned()];
        assert!(normalise("../s.json", &here, &site_root()).is_ok());
        let e = normalise("../../s.json", &here, &site_root()).expect_err("escapes");
        assert!(e.contains("leads outside the --root folder /site"), "{e}");
    }

    fn chart(marker: &Marker<'_>) -> Result<String, String> {
        Ok(format!("{FALLBACK}>{}</div>", marker.src))
    }

    #[test]
    fn a_rerun_replaces_the_chart_it_filled_in() {
        let page = "<p>a</p>\n<div><!--qualichart: one.json--></div>\n<div><!--qualichart: two.json --width 360--></div>\n";
        let (once, n) = fill(page, chart).expect("filled");
        assert_eq!(n, 2);
        assert_eq!(
            once,
            format!("<p>a</p>\n<div><!--qualichart: one.json-->{FALLBACK}>one.json</div>{END}</div>\n<div><!--qualichart: two.json --width 360-->{FALLBACK}>two.json</div>{END}</div>\n")
        );
        let (twice, n) = fill(&once, chart).expect("refreshed");
        assert_eq!((twice.as_str(), n), (once.as_str(), 2));
        let (other, _) =
            fill(&once, |m| Ok(format!("{FALLBACK}>new {}</div>", m.src))).expect("refreshed");
        assert_eq!(other.matches(FALLBACK).count(), 2);
        assert!(other.contains("new one.json") && !other.contains(">one.json"));
    }

    #[test]
    fn nothing_of_the_page_is_taken_for_a_chart() {
        // Text after a marker that is not a chart it filled in stays, even before an end marker.
        let page = "<!--qualichart: s.json--><p>mine</p><!--/qualichart-->";
        let (out, _) = fill(page, chart).expect("filled");
        assert!(out.ends_with(&format!("{END}<p>mine</p>{END}")), "{out}");
        // A chart whose end marker was lost is an error, not a guess.
        let broken = format!("<!--qualichart: s.json-->{FALLBACK}>old</div><p>rest</p>");
        let e = fill(&broken, chart).expect_err("no end marker");
        assert!(
            e.starts_with("line 1: the chart after this marker has no"),
            "{e}"
        );
        // A page from the version that removed its markers has nothing to fill.
        let old = format!("<div>{FALLBACK}>old</div></div>");
        assert_eq!(fill(&old, chart), Ok((old.clone(), 0)));
        let e = fill("x\n<!--qualichart: s.json", chart).expect_err("unclosed");
        assert_eq!(e, "line 2: the qualichart marker is not closed with -->");
    }
}
