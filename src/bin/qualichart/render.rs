//! `qualichart render` and `qualichart prerender`: the widget drawn without a browser.
//!
//! `render` writes one chart as SVG, a whole HTML page, or the fragment a page embeds.
//! `prerender` fills the fallback markers of HTML pages in place, so a page shows the static
//! chart (and readers without script see it) until the live widget replaces it:
//!
//! ```html
//! <div data-qualichart data-src="sessions/daytona.json" data-class="GTP">
//!   <!--qualichart: sessions/daytona.json --class GTP-->
//! </div>
//! ```
//!
//! The marker names the session (relative to the page) and the options, as `render` takes them.

use std::path::{Path, PathBuf};

use qualichart::widget::shared::Shared;
use qualichart::widget::ssr::{self, Request};

/// What `render` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The chart alone, a standalone SVG file.
    Svg,
    /// A whole HTML page with the stylesheet inside.
    Html,
    /// The widget's markup for a page that links `qualichart.css`.
    Fragment,
}

impl Format {
    /// The format an output file's extension implies: `.svg`, else a page.
    pub fn for_output(out: Option<&Path>) -> Format {
        match out.and_then(|p| p.extension()).and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("svg") => Format::Svg,
            _ => Format::Html,
        }
    }
}

/// Widths the chart is laid out for: a phone's to a wide desktop column.
pub const WIDTHS: std::ops::RangeInclusive<u32> = 240..=2400;

/// The output of `render`.
pub fn render(
    session: qualichart::core::Session,
    class: Option<String>,
    width: u32,
    src: Option<String>,
    format: Format,
) -> String {
    let request = Request {
        session: Shared::new(session),
        class,
        width: f64::from(width),
        src,
    };
    match format {
        Format::Svg => ssr::svg(&request),
        Format::Html => ssr::page(&request),
        Format::Fragment => ssr::fragment(&request),
    }
}

const MARKER: &str = "<!--qualichart:";

/// Fills every marker of `page` (its text) with the rendered fragment; sessions are read with
/// `read` from paths relative to `dir`. Returns the new text and how many markers it filled.
pub fn prerender(
    page: &str,
    dir: &Path,
    read: impl Fn(&Path) -> Result<qualichart::core::Session, String>,
) -> Result<(String, usize), String> {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    let mut filled = 0;
    while let Some(start) = rest.find(MARKER) {
        let line = page[..page.len() - rest.len() + start]
            .matches('\n')
            .count()
            + 1;
        let after = &rest[start + MARKER.len()..];
        let end = after
            .find("-->")
            .ok_or_else(|| format!("line {line}: the qualichart marker is not closed with -->"))?;
        let args: Vec<&str> = after[..end].split_whitespace().collect();
        let (src, class, width) = marker_args(&args).map_err(|e| format!("line {line}: {e}"))?;
        let path: PathBuf = dir.join(src);
        let session = read(&path).map_err(|e| format!("line {line}: {}: {e}", path.display()))?;
        out.push_str(&rest[..start]);
        out.push_str(&render(
            session,
            class,
            width,
            Some(src.to_owned()),
            Format::Fragment,
        ));
        rest = &after[end + 3..];
        filled += 1;
    }
    out.push_str(rest);
    Ok((out, filled))
}

/// `SRC [--class ID] [--width PX]`.
fn marker_args<'a>(args: &[&'a str]) -> Result<(&'a str, Option<String>, u32), String> {
    let mut src = None;
    let mut class = None;
    let mut width = 640;
    let mut words = args.iter();
    while let Some(word) = words.next() {
        match *word {
            "--class" => class = Some(words.next().ok_or("--class needs an id")?.to_string()),
            "--width" => {
                width = words
                    .next()
                    .and_then(|w| w.parse::<u32>().ok())
                    .filter(|w| WIDTHS.contains(w))
                    .ok_or("--width needs a number of pixels from 240 to 2400")?;
            }
            other if src.is_none() && !other.starts_with("--") => src = Some(other),
            other => return Err(format!("unexpected {other:?} in the marker")),
        }
    }
    Ok((src.ok_or("the marker names no session file")?, class, width))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_name_a_session_and_options() {
        assert_eq!(
            marker_args(&["s.json", "--class", "GTP", "--width", "360"]),
            Ok(("s.json", Some("GTP".to_owned()), 360))
        );
        assert_eq!(marker_args(&["s.json"]), Ok(("s.json", None, 640)));
        assert!(marker_args(&[]).is_err());
        assert!(marker_args(&["s.json", "--width", "20"]).is_err());
        assert!(marker_args(&["s.json", "extra"]).is_err());
    }
}
