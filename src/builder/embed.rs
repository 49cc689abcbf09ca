//! The copy-paste code of the three embeds (`docs/embedding.md`): the element and its one
//! script, the `<quali-chart>` custom element, and the iframe for a CMS that strips scripts,
//! for the address the editor will upload the session to and the site that serves
//! `qualichart/`.
//!
//! Everything typed or read from data goes into an attribute value escaped, and into the
//! iframe's query string encoded as `URLSearchParams` (which `embed.js` reads) decodes it, so
//! no address or title can end the attribute or add one.

use html_escape::encode_double_quoted_attribute as attribute;

use crate::core::colouring::ColourBy;
use crate::core::lang::Lang;

/// A language as its readers name it, for the editor's choice of the chart's language.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::De => "Deutsch",
        Lang::Es => "Español",
        Lang::It => "Italiano",
        Lang::Pt => "Português",
    }
}

/// What an embed is made of.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed<'a> {
    /// The session JSON's address once uploaded (`https://data.example.com/daytona.json`).
    pub session_url: &'a str,
    /// Where `qualichart/` and `embed.html` are served (`https://charts.example.com/`).
    pub host: &'a str,
    /// The class shown first; all classes when `None`.
    pub class: Option<&'a str>,
    /// The chart's language, written on the embed (`lang`), so the chart does not take the
    /// host page's.
    pub lang: Lang,
    /// How the cars are coloured (`data-colour-by`, `colour-by`, `&colour-by=`); by class, the
    /// default, writes nothing.
    pub colour_by: ColourBy,
    /// The cars compared from the start (`data-compare`, `compare`, `&compare=`), checked by
    /// the caller; none writes nothing.
    pub compare: &'a [String],
    /// The chart's title: the iframe's accessible name.
    pub title: &'a str,
    /// The no-JS fallback (`widget::ssr::fallback`) to ship inside the element embeds.
    pub fallback: Option<&'a str>,
}

/// The stylesheet rule the iframe needs from the host site (a `style` attribute would be
/// blocked by a strict Content-Security-Policy): a chart's height until its first message.
pub const IFRAME_CSS: &str =
    "iframe.qualichart-frame { display: block; width: 100%; height: 640px; border: 0; }";

impl Embed<'_> {
    /// The colouring attribute `name`, with its space before it; nothing for the default.
    fn colouring(&self, name: &str) -> String {
        match self.colour_by {
            ColourBy::Class => String::new(),
            by => format!(" {name}=\"{}\"", by.word()),
        }
    }

    /// The comparison attribute `name`, with its space before it; nothing when no car is
    /// compared.
    fn comparing(&self, name: &str) -> String {
        if self.compare.is_empty() {
            String::new()
        } else {
            format!(" {name}=\"{}\"", attribute(&self.compare.join(",")))
        }
    }

    /// `host` with one slash at its end, so the files' names join on.
    fn base(&self) -> String {
        format!("{}/", self.host.trim().trim_end_matches('/'))
    }

    /// `<div data-qualichart>` with the loader and its stylesheet (docs/embedding.md, 1).
    pub fn element(&self) -> String {
        let base = attribute(&self.base()).into_owned();
        let class = self
            .class
            .map(|c| format!(" data-class=\"{}\"", attribute(c)))
            .unwrap_or_default()
            + &self.colouring("data-colour-by")
            + &self.comparing("data-compare");
        format!(
            "<link rel=\"stylesheet\" href=\"{base}qualichart/qualichart.css\">\n\
             <script type=\"module\" src=\"{base}qualichart/qualichart.js\"></script>\n\
             <div data-qualichart data-src=\"{src}\"{class} lang=\"{lang}\">{fallback}</div>\n",
            src = attribute(self.session_url.trim()),
            lang = self.lang.code(),
            fallback = self.fallback.unwrap_or_default(),
        )
    }

    /// `<quali-chart>` with the loader (docs/embedding.md, 2). The stylesheet is linked too,
    /// for the fallback inside it; the live chart links its own.
    pub fn custom_element(&self) -> String {
        let base = attribute(&self.base()).into_owned();
        let class = self
            .class
            .map(|c| format!(" class-id=\"{}\"", attribute(c)))
            .unwrap_or_default()
            + &self.colouring("colour-by")
            + &self.comparing("compare");
        let stylesheet = if self.fallback.is_some() {
            format!("<link rel=\"stylesheet\" href=\"{base}qualichart/qualichart.css\">\n")
        } else {
            String::new()
        };
        format!(
            "{stylesheet}<script type=\"module\" src=\"{base}qualichart/qualichart.js\"></script>\n\
             <quali-chart src=\"{src}\"{class} lang=\"{lang}\">{fallback}</quali-chart>\n",
            src = attribute(self.session_url.trim()),
            lang = self.lang.code(),
            fallback = self.fallback.unwrap_or_default(),
        )
    }

    /// The iframe of `embed.html` and the script that sizes it (docs/embedding.md, 3); the
    /// host site's stylesheet needs [`IFRAME_CSS`] as well.
    pub fn iframe(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("src", self.session_url.trim());
        if let Some(class) = self.class {
            query.append_pair("class", class);
        }
        query.append_pair("lang", self.lang.code());
        if self.colour_by != ColourBy::Class {
            query.append_pair("colour-by", self.colour_by.word());
        }
        if !self.compare.is_empty() {
            query.append_pair("compare", &self.compare.join(","));
        }
        let base = self.base();
        let src = format!("{base}embed.html?{}", query.finish());
        format!(
            "<iframe class=\"qualichart-frame\" title=\"{title}\" loading=\"lazy\"\n        \
             src=\"{src}\"></iframe>\n\
             <script src=\"{base}qualichart/embed-parent.js\" defer></script>\n",
            title = attribute(self.title),
            src = attribute(&src),
            base = attribute(&base),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embed(fallback: Option<&str>) -> Embed<'_> {
        Embed {
            session_url: "https://data.example.com/quali/daytona 2025.json",
            host: "https://charts.example.com/news",
            class: Some("GTP"),
            lang: Lang::Fr,
            colour_by: ColourBy::Class,
            compare: &[],
            title: "Rolex 24 qualifying, GTP",
            fallback,
        }
    }

    #[test]
    fn the_three_embeds_are_the_documented_snippets() {
        let e = embed(None);
        assert_eq!(
            e.element(),
            "<link rel=\"stylesheet\" href=\"https://charts.example.com/news/qualichart/qualichart.css\">\n\
             <script type=\"module\" src=\"https://charts.example.com/news/qualichart/qualichart.js\"></script>\n\
             <div data-qualichart data-src=\"https://data.example.com/quali/daytona 2025.json\" data-class=\"GTP\" lang=\"fr\"></div>\n"
        );
        assert_eq!(
            e.custom_element(),
            "<script type=\"module\" src=\"https://charts.example.com/news/qualichart/qualichart.js\"></script>\n\
             <quali-chart src=\"https://data.example.com/quali/daytona 2025.json\" class-id=\"GTP\" lang=\"fr\"></quali-chart>\n"
        );
        // The query is what URLSearchParams reads back: the address whole, `&` escaped for HTML.
        assert_eq!(
            e.iframe(),
            "<iframe class=\"qualichart-frame\" title=\"Rolex 24 qualifying, GTP\" loading=\"lazy\"\n        \
             src=\"https://charts.example.com/news/embed.html?src=https%3A%2F%2Fdata.example.com%2Fquali%2Fdaytona+2025.json&amp;class=GTP&amp;lang=fr\"></iframe>\n\
             <script src=\"https://charts.example.com/news/qualichart/embed-parent.js\" defer></script>\n"
        );
        // All classes: no class attribute or parameter.
        let all = Embed { class: None, ..e };
        assert!(!all.element().contains("data-class"));
        assert!(!all.iframe().contains("&amp;class="));
    }

    #[test]
    fn the_fallback_goes_inside_the_elements() {
        let e = embed(Some(
            "<div class=\"qc-fallback\" data-qc-fallback=\"\">…</div>",
        ));
        assert!(e.element().contains(
            "data-class=\"GTP\" lang=\"fr\"><div class=\"qc-fallback\" data-qc-fallback=\"\">…</div></div>"
        ));
        let custom = e.custom_element();
        assert!(custom.starts_with("<link rel=\"stylesheet\""), "{custom}");
        assert!(custom.contains("class-id=\"GTP\" lang=\"fr\"><div class=\"qc-fallback\""));
    }

    #[test]
    fn a_colouring_other_than_by_class_is_written_on_each_embed() {
        let e = Embed {
            colour_by: ColourBy::Manufacturer,
            ..embed(None)
        };
        assert!(
            e.element().contains(" data-colour-by=\"manufacturer\" "),
            "{}",
            e.element()
        );
        assert!(e.custom_element().contains(" colour-by=\"manufacturer\" "));
        assert!(
            e.iframe().contains("&amp;colour-by=manufacturer"),
            "{}",
            e.iframe()
        );
        // By class, the default, writes nothing.
        assert!(!embed(None).element().contains("colour-by"));
    }

    #[test]
    fn compared_cars_are_written_on_each_embed() {
        let cars = ["24".to_owned(), "7".to_owned()];
        let e = Embed {
            compare: &cars,
            ..embed(None)
        };
        assert!(
            e.element().contains(" data-compare=\"24,7\" "),
            "{}",
            e.element()
        );
        assert!(e.custom_element().contains(" compare=\"24,7\" "));
        // URLSearchParams reads `24%2C7` back as "24,7", which embed.js copies to the element.
        assert!(e.iframe().contains("&amp;compare=24%2C7"), "{}", e.iframe());
        // None compared writes nothing.
        assert!(!embed(None).element().contains("compare"));
        assert!(!embed(None).iframe().contains("compare"));
    }

    #[test]
    fn typed_text_cannot_leave_its_attribute() {
        let e = Embed {
            session_url: "x.json\" onload=\"alert(1)",
            host: "https://c.example/\"><script>",
            class: Some("G\"TP"),
            lang: Lang::En,
            colour_by: ColourBy::Class,
            compare: &[],
            title: "A \"quoted\" <title>",
            fallback: None,
        };
        for html in [e.element(), e.custom_element(), e.iframe()] {
            assert!(!html.contains("\" onload"), "{html}");
            assert!(!html.contains("\"><script>"), "{html}");
            assert!(!html.contains("G\"TP"), "{html}");
        }
        assert!(e
            .iframe()
            .contains("title=\"A &quot;quoted&quot; &lt;title&gt;\""));
    }
}
