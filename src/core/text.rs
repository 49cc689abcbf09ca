//! Text from data: which characters a session's text may hold, and how a name is set beside
//! figures. Two rules, each in one function, so every output (the widget, its SVG and PNG
//! downloads, the server-rendered fallback, `render`, `report`) follows the same ones.
//!
//! - [`clean`], applied by `validate` to every text field of a session ([`clean_session`]):
//!   control characters and bidi formatting controls never reach the model. A control
//!   character makes XML not well formed (an SVG file no browser opens) and can move a
//!   terminal's cursor; an unclosed bidi override (U+202E) reverses everything after it, the
//!   figures included. Line breaks and tabs become a space, because real timing files carry
//!   stray ones in names and refusing them would refuse real sessions.
//! - [`isolate`], applied wherever a name from data stands in a line with other words or
//!   figures: a name in a right-to-left script (Arabic and Hebrew drivers race) would otherwise
//!   pull the figures after it into its own direction ("P1, #31 <name>, 1:32.656" would show
//!   the time before the name). It wraps such a name in FIRST STRONG ISOLATE … POP DIRECTIONAL
//!   ISOLATE, which HTML, SVG text, accessible names, titles and terminals all honour, so one
//!   mechanism serves every output; text without a right-to-left character is returned as it
//!   is, so Latin output stays byte for byte what it was.

use std::borrow::Cow;

use crate::core::wire;

/// What joins the parts of a title or a line of facts: "Rolex 24 At Daytona · Qualifying".
pub const JOINER: &str = " · ";

/// U+2068 FIRST STRONG ISOLATE: opens an isolate whose direction is its text's own.
pub const FSI: char = '\u{2068}';
/// U+2069 POP DIRECTIONAL ISOLATE: closes it.
pub const PDI: char = '\u{2069}';

/// What [`clean`] does with one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Kept as it is.
    Keep,
    /// A line break or tab: a run of them becomes one space.
    Break,
    /// Removed.
    Drop,
}

fn kind(c: char) -> Kind {
    match c {
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Kind::Break,
        // C0, DEL and C1 controls: not allowed (or discouraged) in XML, active in terminals.
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Kind::Drop,
        // Bidi formatting: marks (ALM, LRM, RLM), embeddings and overrides (LRE, RLE, PDF,
        // LRO, RLO) and isolates (LRI, RLI, FSI, PDI). Data cannot know the line it will be
        // shown in, so it gets no say in direction; [`isolate`] is the only source of these.
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Kind::Drop
        }
        // Noncharacters: not for interchange; U+FFFE and U+FFFF are not XML characters at all.
        '\u{fdd0}'..='\u{fdef}' => Kind::Drop,
        c if (c as u32) & 0xfffe == 0xfffe => Kind::Drop,
        _ => Kind::Keep,
    }
}

/// Text from data as the model holds it: each run of line breaks and tabs (TAB, LF, VT, FF, CR,
/// NEL, U+2028, U+2029) becomes one space, none at the start or end; every other control
/// character (U+0000–U+001F, U+007F–U+009F), every bidi formatting control (U+061C, U+200E,
/// U+200F, U+202A–U+202E, U+2066–U+2069) and every noncharacter is removed. Everything else,
/// spaces included, is kept as written.
///
/// ```
/// use qualichart::core::text::clean;
/// assert_eq!(clean("Pipo\tDerani\r\n"), "Pipo Derani");
/// assert_eq!(clean("\u{202e}evil\u{1b}[31m"), "evil[31m");
/// assert_eq!(clean("Sébastien Bourdais"), "Sébastien Bourdais");
/// ```
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| kind(c) == Kind::Keep) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        match kind(c) {
            Kind::Keep => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
            Kind::Break => space = true,
            Kind::Drop => {}
        }
    }
    Cow::Owned(out)
}

/// True for a character of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and
/// the others Unicode gives a right-to-left default), Arabic digits included: the blocks whose
/// characters can turn the direction of what follows them.
fn is_rtl(c: char) -> bool {
    matches!(
        c,
        '\u{590}'..='\u{8ff}'
            | '\u{fb1d}'..='\u{fdff}'
            | '\u{fe70}'..='\u{fefe}'
            | '\u{10800}'..='\u{10fff}'
            | '\u{1e800}'..='\u{1efff}'
    )
}

/// `text` ready to stand in a line with other words or figures: wrapped in [`FSI`] … [`PDI`]
/// when it holds a right-to-left character, so it is laid out in its own direction and cannot
/// reorder what comes after it; unchanged otherwise.
///
/// ```
/// use qualichart::core::text::isolate;
/// assert_eq!(isolate("Pipo Derani"), "Pipo Derani");
/// assert_eq!(isolate("נועם"), "\u{2068}נועם\u{2069}");
/// ```
pub fn isolate(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_rtl) {
        Cow::Owned(format!("{FSI}{text}{PDI}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The characters of `text` a reader sees, for sizing and padding: isolation marks take no room.
pub fn shown_chars(text: &str) -> usize {
    text.chars().filter(|&c| c != FSI && c != PDI).count()
}

/// `text` cut to at most `chars` shown characters, the last of them an ellipsis, when it is
/// longer; an isolate the cut falls inside is closed before the ellipsis, so a cut name still
/// cannot reorder what follows it.
pub fn cut(text: &str, chars: usize) -> String {
    if shown_chars(text) <= chars {
        return text.to_owned();
    }
    let mut out = String::new();
    let (mut shown, mut open) = (0, 0usize);
    for c in text.chars() {
        match c {
            FSI => open += 1,
            PDI => open = open.saturating_sub(1),
            _ if shown + 1 >= chars => break,
            _ => shown += 1,
        }
        out.push(c);
    }
    // A space left before the ellipsis reads as a gap: cut it too.
    out.truncate(out.trim_end().len());
    out.extend(std::iter::repeat_n(PDI, open));
    out.push('…');
    out
}

/// Cleans every text field of a decoded session in place, before `validate` checks it: every
/// rule (unique car numbers, class and part references) then sees the text the model holds.
///
/// Each wire type is taken apart field by field, without `..`: a text field added to the
/// format does not compile until it is named here, as cleaned or as checked exactly.
pub fn clean_session(session: &mut wire::Session) {
    let wire::Session {
        format: _, // checked exactly against "qualichart/1"
        series,
        event,
        session: name,
        date,
        title,
        source,
        byline,
        state: _, // checked exactly: "running" or "finished"
        track,
        sectors: _,
        classes,
        records,
        manufacturers,
        teams,
        parts,
        entries,
    } = session;
    for text in [series, event, name, date, title, source, byline] {
        fix_option(text);
    }
    if let Some(wire::Obj(wire::Track { name, length_km: _ })) = track {
        fix_option(name);
    }
    // Manufacturers and teams have the shape of a class (`id` unused).
    for wire::Obj(wire::Class {
        id,
        name,
        color: _, // checked exactly: a colour or an error
    }) in [classes, manufacturers, teams]
        .into_iter()
        .flatten()
        .flatten()
    {
        fix_option(id);
        fix_option(name);
    }
    for wire::Obj(wire::Record {
        class,
        time: _,
        label,
        driver,
        car,
        year: _,
    }) in records.iter_mut().flatten()
    {
        for text in [class, label, driver, car] {
            fix_option(text);
        }
    }
    for wire::Obj(wire::Part { id, name }) in parts.iter_mut().flatten() {
        fix_option(id);
        fix_option(name);
    }
    for wire::Obj(entry) in entries.iter_mut().flatten() {
        clean_entry(entry);
    }
}

fn clean_entry(entry: &mut wire::Entry) {
    let wire::Entry {
        number,
        class,
        team,
        car,
        manufacturer,
        color: _, // checked exactly
        drivers,
        status: _, // checked exactly: "ok", "dns" or "excluded"
        note,
        laps,
        best,
        part_bests,
    } = entry;
    if let Some(wire::CarNumber(number)) = number {
        fix(number);
    }
    for text in [class, team, car, manufacturer, note] {
        fix_option(text);
    }
    for wire::Obj(wire::Driver {
        name,
        short,
        country,
    }) in drivers.iter_mut().flatten()
    {
        for text in [name, short, country] {
            fix_option(text);
        }
    }
    for wire::Obj(wire::Lap {
        lap: _,
        driver: _,
        time: _,
        sectors: _,
        valid: _,
        pit: _, // checked exactly: "in" or "out"
        at: _,
        part,
        flag,
    }) in laps.iter_mut().flatten()
    {
        fix_option(part);
        fix_option(flag);
    }
    for wire::Obj(wire::Best {
        time: _,
        sectors: _,
        lap: _,
        driver: _,
        at: _,
        part,
    }) in best.iter_mut().chain(part_bests.iter_mut().flatten())
    {
        fix_option(part);
    }
}

fn fix(text: &mut String) {
    if let Cow::Owned(cleaned) = clean(text) {
        *text = cleaned;
    }
}

fn fix_option(text: &mut Option<String>) {
    if let Some(text) = text {
        fix(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_character_is_removed_or_becomes_a_space() {
        for c in ('\u{0}'..='\u{1f}').chain('\u{7f}'..='\u{9f}') {
            let text = format!("a{c}b");
            let cleaned = clean(&text);
            let expected = if kind(c) == Kind::Break { "a b" } else { "ab" };
            assert_eq!(cleaned, expected, "U+{:04X}", c as u32);
            assert!(!cleaned.chars().any(char::is_control), "U+{:04X}", c as u32);
        }
        // The line breaks and tabs, and only they, become a space.
        let breaks: Vec<u32> = ('\u{0}'..='\u{9f}')
            .filter(|&c| kind(c) == Kind::Break)
            .map(u32::from)
            .collect();
        assert_eq!(breaks, [0x9, 0xa, 0xb, 0xc, 0xd, 0x85]);
    }

    #[test]
    fn a_run_of_breaks_is_one_space_and_none_at_the_ends() {
        let cases = [
            ("Pipo\r\nDerani", "Pipo Derani"),
            ("Pipo\t\t\u{0}\nDerani", "Pipo Derani"),
            ("\n\tPipo Derani\r\n", "Pipo Derani"),
            ("Pipo\u{2028}Derani", "Pipo Derani"),
            ("Pipo  Derani ", "Pipo  Derani "),
            (" \t x", "   x"),
            ("\n", ""),
            ("\u{1}\u{7f}\u{9b}", ""),
        ];
        for (text, expected) in cases {
            assert_eq!(clean(text), expected, "{text:?}");
        }
    }

    #[test]
    fn bidi_controls_and_noncharacters_are_removed() {
        let controls = [
            '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}',
            '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
        ];
        for c in controls {
            assert_eq!(clean(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
        }
        for c in [
            '\u{fdd0}',
            '\u{fdef}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{1fffe}',
            '\u{10ffff}',
        ] {
            assert_eq!(clean(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
        }
        assert_eq!(
            clean("\u{202e}evil\u{202c} \u{2066}isolate\u{2069} \u{200f}"),
            "evil isolate "
        );
    }

    #[test]
    fn ordinary_text_is_untouched() {
        let names = [
            "Pipo Derani",
            "Tijmen van der Helm",
            "Sébastien Bourdais",
            "Nico Hülkenberg",
            "周冠宇",
            "角田 裕毅",
            "Кирилл",
            "محمد بن سليمان",
            "נועם גולדברג",
            "👨‍👩‍👧 zero\u{200d}width joiner, soft\u{ad}hyphen, BOM\u{feff}",
            "#01",
            "",
        ];
        for name in names {
            assert!(
                matches!(clean(name), Cow::Borrowed(text) if text == name),
                "{name:?}"
            );
        }
    }

    #[test]
    fn right_to_left_text_is_isolated_and_nothing_else() {
        let cases = [
            ("Pipo Derani", "Pipo Derani"),
            ("周冠宇", "周冠宇"),
            ("31", "31"),
            ("", ""),
            ("נועם", "\u{2068}נועם\u{2069}"),
            ("محمد", "\u{2068}محمد\u{2069}"),
            ("Team ܐܬܘܪ", "\u{2068}Team ܐܬܘܪ\u{2069}"),
            ("٣١", "\u{2068}٣١\u{2069}"),
            ("𐤀", "\u{2068}𐤀\u{2069}"),
            ("𞤀𞤁", "\u{2068}𞤀𞤁\u{2069}"),
        ];
        for (text, expected) in cases {
            assert_eq!(isolate(text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_cut_keeps_its_isolate_closed() {
        assert_eq!(cut("P9 #85 van der Helm", 30), "P9 #85 van der Helm");
        assert_eq!(cut("P9 #85 van der Helm", 12), "P9 #85 van…");
        assert_eq!(cut("abc", 0), "…");
        let name = format!("P1 #7 {}", isolate("אבגדהוזחטי"));
        assert_eq!(shown_chars(&name), 16);
        assert_eq!(cut(&name, 16), name);
        assert_eq!(cut(&name, 10), "P1 #7 \u{2068}אבג\u{2069}…");
        assert_eq!(shown_chars(&cut(&name, 10)), 10);
    }

    #[test]
    fn a_session_is_cleaned_in_every_text_field() {
        let dirty = |s: &str| format!("\u{202e}{s}\u{1}\t");
        let json = serde_json::json!({
            "format": "qualichart/1",
            "series": dirty("s"), "event": dirty("e"), "session": dirty("q"), "date": dirty("d"),
            "track": {"name": dirty("t")},
            "classes": [{"id": dirty("GTP"), "name": dirty("n")}],
            "records": [{"class": dirty("GTP"), "time": "1:00", "label": dirty("l"),
                         "driver": dirty("r"), "car": dirty("c")}],
            "parts": [{"id": dirty("Q1"), "name": dirty("p")}],
            "manufacturers": [{"name": dirty("m")}],
            "teams": [{"name": dirty("t")}],
            "entries": [{"number": dirty("31"), "class": dirty("GTP"), "team": dirty("t"),
                         "car": dirty("c"), "manufacturer": dirty("m"), "note": dirty("n"),
                         "drivers": [{"name": dirty("d"), "short": dirty("s"), "country": dirty("c")}],
                         "laps": [{"part": dirty("Q1"), "flag": dirty("f")}],
                         "best": {"part": dirty("Q1")},
                         "part_bests": [{"part": dirty("Q1")}]}]
        });
        let mut session: wire::Session = serde_json::from_value(json).expect("a session's shape");
        clean_session(&mut session);
        let text = serde_json::to_string(&session).expect("serialises");
        assert!(
            !text.contains("\\u") && !text.contains('\u{202e}'),
            "{text}"
        );
        assert!(!text.contains("\\t"), "{text}");
        assert!(text.contains(r#""number":"31""#), "{text}");
        assert!(text.contains(r#""flag":"f""#), "{text}");
    }
}
