//! `qualichart render`: the widget drawn without a browser, as one chart in SVG, a whole HTML
//! page, or the fragment a page embeds (which `prerender`, in `prerender.rs`, fills pages with).

use std::path::Path;

use qualichart::core::colouring::ColourBy;
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

/// What `render` (and each `prerender` marker) asks for, besides the session and the format.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The class shown; all classes when `None`.
    pub class: Option<String>,
    /// The box width in CSS pixels.
    pub width: u32,
    /// The session's URL for the "get the data" link.
    pub src: Option<String>,
    /// The compared cars (checked by the caller), whose laps chart the page and the fragment
    /// draw under the bars, as the widget does.
    pub compare: Vec<String>,
    /// What the chart's colours say (`--colour-by`).
    pub colour_by: ColourBy,
}

/// The word `--colour-by` takes: `class`, `manufacturer` or `team`; anything else is refused
/// by name.
pub fn colour_by(word: &str) -> Result<ColourBy, String> {
    ColourBy::from_word(word)
        .ok_or_else(|| format!("{word:?} is not a colouring (expected {})", ColourBy::WORDS))
}

/// The output of `render`, in the language of `words`.
pub fn render(
    session: qualichart::core::Session,
    options: Options,
    format: Format,
    words: &qualichart::core::lang::Words,
) -> String {
    let request = Request {
        session: Shared::new(session),
        class: options.class,
        width: f64::from(options.width),
        src: options.src,
        compare: options.compare,
        words: words.clone(),
        colour_by: options.colour_by,
    };
    match format {
        Format::Svg => ssr::svg(&request),
        Format::Html => ssr::page(&request),
        Format::Fragment => ssr::fragment(&request),
    }
}
