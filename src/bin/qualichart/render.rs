//! `qualichart render`: the widget drawn without a browser, as one chart in SVG, a whole HTML
//! page, or the fragment a page embeds (which `prerender`, in `prerender.rs`, fills pages with).

use std::path::Path;

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

/// The output of `render`: `compare` names the compared cars (checked by the caller), whose
/// laps chart the page and the fragment draw under the bars, as the widget does.
pub fn render(
    session: qualichart::core::Session,
    class: Option<String>,
    width: u32,
    src: Option<String>,
    compare: Vec<String>,
    format: Format,
    words: &qualichart::core::lang::Words,
) -> String {
    let request = Request {
        session: Shared::new(session),
        class,
        width: f64::from(width),
        src,
        compare,
        words: words.clone(),
    };
    match format {
        Format::Svg => ssr::svg(&request),
        Format::Html => ssr::page(&request),
        Format::Fragment => ssr::fragment(&request),
    }
}
