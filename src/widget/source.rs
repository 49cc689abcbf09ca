//! Which session a chart may load: the rule that keeps a link from putting somebody else's data
//! on a publisher's page.
//!
//! A chart's `data-src` (`src` on `<quali-chart>`) is written by the publisher in the page, so
//! it may name any URL. `data-src-param` lets the page's own `?src=` replace it (an editor's
//! preview, the iframe page `embed.html`), and anybody can write that link: a `data:` URL with
//! an invented classification, or another site's file, would be shown on the publisher's article
//! with the publisher's name above it. So a session named by the page's URL is loaded only when
//! it resolves to `http:` or `https:` on the page's own origin, or on an origin the publisher
//! lists in `data-src-origins` (space-separated, such as `https://data.example.com`). A refusal
//! says so without repeating the link's text, which is the attacker's to choose.
//!
//! The rule is pure (tested natively); `mount` resolves the link in the browser and applies it.

/// What a refused link shows in the chart. Fixed text: nothing of the link is repeated.
pub const REFUSED: &str = "The link to this page names a session that this chart does not load: \
     it shows only sessions from this site, or from the sites its publisher allows.";

/// The attribute that lets the page's `?src=` replace the chart's own source.
pub const PARAM_ATTRIBUTE: &str = "data-src-param";

/// The attribute listing the other origins a `?src=` may name.
pub const ORIGINS_ATTRIBUTE: &str = "data-src-origins";

/// True when a session named by the page's URL may be loaded: it resolved (against the page)
/// to `protocol` (as `URL.protocol` gives it, `"https:"`) and `origin` (`URL.origin`), and is
/// plain HTTP(S) on `page_origin` or on one of the `allowed` origins.
///
/// `data:`, `blob:`, `javascript:` and every other scheme are refused whatever their origin
/// (a `blob:` URL's origin is the page's own, but its bytes are whatever a script put there).
/// Listed origins are compared whole, case aside, with a trailing `/` ignored; a listed value
/// with a path never matches, so a list cannot be widened by accident.
pub fn link_allowed(
    protocol: &str,
    origin: &str,
    page_origin: &str,
    allowed: Option<&str>,
) -> bool {
    if !matches!(protocol, "http:" | "https:") || origin == "null" {
        return false;
    }
    let same = |listed: &str| {
        let listed = listed.strip_suffix('/').unwrap_or(listed);
        !listed.is_empty() && listed.eq_ignore_ascii_case(origin)
    };
    same(page_origin) || allowed.is_some_and(|list| list.split_ascii_whitespace().any(same))
}

#[cfg(test)]
mod tests {
    use super::link_allowed;

    const PAGE: &str = "https://news.example.com";

    #[test]
    fn the_pages_own_origin_is_allowed() {
        assert!(link_allowed("https:", PAGE, PAGE, None));
        assert!(!link_allowed(
            "http:",
            "http://news.example.com",
            PAGE,
            None
        ));
        assert!(link_allowed(
            "http:",
            "http://127.0.0.1:8080",
            "http://127.0.0.1:8080",
            None
        ));
        // Another port is another origin.
        assert!(!link_allowed(
            "http:",
            "http://127.0.0.1:9",
            "http://127.0.0.1:8080",
            None
        ));
    }

    #[test]
    fn other_origins_only_when_listed() {
        let other = "https://data.example.org";
        assert!(!link_allowed("https:", other, PAGE, None));
        assert!(!link_allowed("https:", other, PAGE, Some("")));
        assert!(link_allowed(
            "https:",
            other,
            PAGE,
            Some("https://data.example.org")
        ));
        assert!(link_allowed(
            "https:",
            other,
            PAGE,
            Some(" https://cdn.example.net  HTTPS://Data.Example.org/ ")
        ));
        // Not a prefix match, not a path, not another scheme.
        assert!(!link_allowed(
            "https:",
            other,
            PAGE,
            Some("https://data.example")
        ));
        assert!(!link_allowed(
            "https:",
            other,
            PAGE,
            Some("https://data.example.org/sessions/")
        ));
        assert!(!link_allowed(
            "https:",
            other,
            PAGE,
            Some("http://data.example.org")
        ));
        assert!(!link_allowed(
            "https:",
            "https://data.example.org.evil.test",
            PAGE,
            Some(other)
        ));
    }

    #[test]
    fn other_schemes_never() {
        // data: has an opaque origin; blob: carries the page's origin but a script's bytes.
        assert!(!link_allowed("data:", "null", PAGE, None));
        assert!(!link_allowed("blob:", PAGE, PAGE, None));
        assert!(!link_allowed("javascript:", "null", PAGE, Some("null")));
        assert!(!link_allowed("file:", "null", "null", Some("null")));
        assert!(!link_allowed(
            "ftp:",
            "ftp://news.example.com",
            PAGE,
            Some("ftp://news.example.com")
        ));
    }
}
