//! The reader's language: which languages the chart speaks, how each writes figures and counts,
//! and [`Words`], the one source of every word the chart, its fallback and the CLI's prose say.
//!
//! The words are Fluent files, `static/qualichart/lang/<code>.ftl`, formatted by [`ftl`]. English
//! is compiled into every build. In the browser the other languages are files the loader fetches
//! only when a chart asks for one (the readers' bundle carries English alone); natively (the CLI,
//! `prerender`) every language is compiled in. A message a translation lacks is said in English,
//! so a partial translation never shows an id.

pub mod ftl;

use std::sync::{Arc, OnceLock};

pub use ftl::{Arg, FtlError, Resource};

use crate::core::time::Precision;

/// A language the chart speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    Es,
    It,
    Pt,
}

/// The languages as messages name them (a test keeps it to [`Lang::ALL`]).
pub const SPOKEN: &str = "en, fr, de, es, it, pt";

/// The longest language tag read (BCP 47 allows more, but no supported language needs it):
/// a page's `lang` is input, and a hostile one is not worth walking.
const MAX_TAG: usize = 35;

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::It, Lang::Pt];

    /// The BCP 47 primary subtag, as in a page's `lang` and the file name `lang/<code>.ftl`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
        }
    }

    /// The language of a tag such as `fr`, `fr-CH`, `pt_BR` or `DE`: its primary subtag,
    /// whatever its region; `None` for a language the chart does not speak (the caller says
    /// so once and uses English).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.len() > MAX_TAG {
            return None;
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The decimal mark of its figures: `1:32.656` in English, `1:32,656` in the others.
    pub fn decimal_mark(self) -> char {
        match self {
            Lang::En => '.',
            _ => ',',
        }
    }

    /// The CLDR cardinal plural category of a whole number: `one` or `other` (French and
    /// Portuguese count 0 as `one`, as CLDR's `i = 0,1` says).
    pub fn plural(self) -> fn(i64) -> &'static str {
        fn one_is_one(n: i64) -> &'static str {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        fn zero_and_one(n: i64) -> &'static str {
            if n == 0 || n == 1 {
                "one"
            } else {
                "other"
            }
        }
        match self {
            Lang::Fr | Lang::Pt => zero_and_one,
            _ => one_is_one,
        }
    }

    /// A count as a reader of the language writes it: `10,000` (English), `10 000` (French,
    /// with a narrow no-break space), `10.000` (German, Spanish, Italian, Portuguese). Spanish
    /// does not group four digits (`1000`), as its style guides and CLDR say.
    pub fn count(self, n: u64) -> String {
        let digits = n.to_string();
        let (separator, min) = match self {
            Lang::En => (",", 4),
            Lang::Fr => ("\u{202f}", 4),
            Lang::Es => (".", 5),
            Lang::De | Lang::It | Lang::Pt => (".", 4),
        };
        if digits.len() < min {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }

    /// The language's Fluent file, where this build carries it: English always; the others
    /// natively and in the editor's module (the `builder` feature: its preview and static
    /// chart need no request), not in the readers' (the browser fetches them,
    /// `static/qualichart/qualichart.js`).
    pub fn builtin_source(self) -> Option<&'static str> {
        match self {
            // Without its comments (src/build.rs): the readers' bundle carries this one.
            Lang::En => Some(include_str!(concat!(env!("OUT_DIR"), "/en.ftl"))),
            #[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
            Lang::Fr => Some(include_str!("../../../static/qualichart/lang/fr.ftl")),
            #[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
            Lang::De => Some(include_str!("../../../static/qualichart/lang/de.ftl")),
            #[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
            Lang::Es => Some(include_str!("../../../static/qualichart/lang/es.ftl")),
            #[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
            Lang::It => Some(include_str!("../../../static/qualichart/lang/it.ftl")),
            #[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
            Lang::Pt => Some(include_str!("../../../static/qualichart/lang/pt.ftl")),
            #[cfg(all(target_arch = "wasm32", not(feature = "builder")))]
            _ => None,
        }
    }
}

/// The English messages, parsed once. A build whose English file does not parse says nothing
/// rather than panic (`tests/lang.rs` keeps that from shipping).
fn english() -> &'static Resource {
    static ENGLISH: OnceLock<Resource> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Lang::En
            .builtin_source()
            .and_then(|source| Resource::parse(source).ok())
            .unwrap_or_default()
    })
}

/// The words of one language: its messages, with English behind them. Cheap to clone, and
/// compared by identity (the same file), as a component's props are compared at each render.
#[derive(Clone, Debug)]
pub struct Words {
    lang: Lang,
    own: Option<Arc<Resource>>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.lang == other.lang
            && match (&self.own, &other.own) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

impl Default for Words {
    fn default() -> Words {
        Words::english()
    }
}

impl Words {
    /// English.
    pub fn english() -> Words {
        Words {
            lang: Lang::En,
            own: None,
        }
    }

    /// A language from its Fluent file (fetched, or [`Lang::builtin_source`]).
    pub fn from_source(lang: Lang, source: &str) -> Result<Words, FtlError> {
        if lang == Lang::En {
            return Ok(Words::english());
        }
        Ok(Words {
            lang,
            own: Some(Arc::new(Resource::parse(source)?)),
        })
    }

    /// A language this build carries ([`Lang::builtin_source`]); `None` otherwise.
    pub fn builtin(lang: Lang) -> Option<Words> {
        Words::from_source(lang, lang.builtin_source()?).ok()
    }

    /// The language the words are in (English for a language whose file was not given).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Message `id`, without arguments.
    pub fn t(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Message `id` with `args`: in the language, else in English, else the id itself (a test
    /// keeps every id the code asks for in the English file).
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.own
            .as_deref()
            .and_then(|own| own.format(id, args, self.lang.plural()))
            .or_else(|| english().format(id, args, Lang::En.plural()))
            .unwrap_or_else(|| id.to_owned())
    }

    /// How the language writes a session's figures: the session's decimals, the language's
    /// decimal mark. Whoever shows a session in a language sets its `precision` with this.
    pub fn figures(&self, precision: Precision) -> Precision {
        precision.with_mark(self.lang.decimal_mark())
    }

    /// A count as the language writes it ([`Lang::count`]).
    pub fn count(&self, n: usize) -> String {
        self.lang.count(n as u64)
    }

    /// Message `id` of one count: `$count`, written as the language writes counts
    /// ([`Words::count`], "10,000"), and `$n`, the number, for its plural.
    pub fn counted(&self, id: &str, n: usize) -> String {
        self.with(
            id,
            &[
                ("count", Arg::Text(&self.count(n))),
                ("n", Arg::Count(n as i64)),
            ],
        )
    }

    /// "a, b and c" in the language (`list-and`, `list-comma`).
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let first = init.join(&self.t("list-comma"));
                self.with(
                    "list-and",
                    &[("first", Arg::Text(&first)), ("last", Arg::Text(last))],
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_resolve_by_primary_subtag() {
        assert_eq!(Lang::from_tag("fr-CH"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag(" DE "), Some(Lang::De));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ja"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("french"), None);
        assert_eq!(Lang::from_tag(&format!("fr-{}", "x".repeat(40))), None);
    }

    #[test]
    fn spoken_names_every_language() {
        assert_eq!(SPOKEN, Lang::ALL.map(Lang::code).join(", "));
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        let cases = [
            (Lang::En, 10_000, "10,000"),
            (Lang::En, 999, "999"),
            (Lang::Fr, 10_000, "10\u{202f}000"),
            (Lang::De, 1_200, "1.200"),
            (Lang::Es, 1_200, "1200"),
            (Lang::Es, 10_000, "10.000"),
            (Lang::It, 123_456_789, "123.456.789"),
        ];
        for (lang, n, want) in cases {
            assert_eq!(lang.count(n), want, "{lang:?} {n}");
        }
    }

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(Lang::En.plural()(0), "other");
        assert_eq!(Lang::Fr.plural()(0), "one");
        assert_eq!(Lang::Pt.plural()(1), "one");
        assert_eq!(Lang::De.plural()(2), "other");
    }

    #[test]
    fn a_missing_translation_is_said_in_english() {
        let words = Words::from_source(Lang::Fr, "list-and = { $first } et { $last }")
            .expect("a French file");
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        // `list-comma` is not in this file: English's ", " serves.
        assert_eq!(words.list(&items), "a, b et c");
        assert_eq!(Words::english().list(&items), "a, b and c");
        assert_eq!(words.t("no-such-message"), "no-such-message");
    }
}
