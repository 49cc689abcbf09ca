//! The subset of Project Fluent's message syntax the chart's words are written in, parsed and
//! formatted without the `fluent-bundle` crate.
//!
//! Why not the crate: in a wasm module of its own, `fluent-bundle` 0.16 weighs 50.1 kB brotli
//! (56.3 kB against 6.2 kB for the same module formatting with `format!`; measured for issue 15,
//! `docs/benchmarks.md`), and the English bundle may grow by 3 kB. The files stay real Fluent,
//! so translators' tools read them, and `tests/lang.rs` formats every message of every language
//! with `fluent-bundle` natively and requires the same text as this module's.
//!
//! The subset: comments (`#`, `##`, `###`), messages `id = pattern` (continued on indented
//! lines), text, placeables of a variable (`{ $n }`), a string literal
//! (`{ "…" }`) or another message (`{ id }`), and select expressions on a variable
//! (`{ $n -> [one] … *[other] … }`). A number selects an exact numeric key first, then its
//! plural category in the file's language; a text selects the key it equals; otherwise the
//! default (`*`) variant. Terms, attributes and functions are not part of it: a file that uses
//! them is refused with the line and column.

use std::fmt;

/// A value given to a message: a text (a name, a figure already written) or a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Text(&'a str),
    Count(i64),
}

/// A parsed file: its messages, sorted by id (a sorted list rather than a map: less code in the
/// readers' bundle, the same O(log n) look-up).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resource {
    messages: Vec<(String, Pattern)>,
}

/// Why a file is not in the subset, with its 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for FtlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

type Pattern = Vec<Element>;

#[derive(Clone, Debug, PartialEq)]
enum Element {
    Text(String),
    Var(String),
    Message(String),
    Select {
        on: String,
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
enum Key {
    Number(i64),
    Name(String),
}

/// How deep a message may refer to others (a cycle in a file ends here, not in a stack
/// overflow).
const MAX_DEPTH: usize = 8;

impl Resource {
    /// Parses a file of the subset.
    pub fn parse(source: &str) -> Result<Resource, FtlError> {
        Parser::new(source).resource()
    }

    /// Message `id`'s pattern.
    fn get(&self, id: &str) -> Option<&Pattern> {
        let at = self
            .messages
            .binary_search_by(|(m, _)| m.as_str().cmp(id))
            .ok()?;
        Some(&self.messages[at].1)
    }

    /// Whether the file has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// The ids of the file's messages, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(id, _)| id.as_str())
    }

    /// The variables message `id` reads (in any variant), sorted: what a translation must keep.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut found = Vec::new();
        if let Some(pattern) = self.get(id) {
            collect_variables(pattern, &mut found);
        }
        found.sort();
        found.dedup();
        found
    }

    /// Message `id` with `args`, its counts' plural categories by `plural`; `None` when the
    /// file has no such message. A variable not given is written `{$name}`, as Fluent does.
    pub fn format(
        &self,
        id: &str,
        args: &[(&str, Arg<'_>)],
        plural: fn(i64) -> &'static str,
    ) -> Option<String> {
        let pattern = self.get(id)?;
        let mut out = String::new();
        self.write(pattern, args, plural, 0, &mut out);
        Some(out)
    }

    fn write(
        &self,
        pattern: &Pattern,
        args: &[(&str, Arg<'_>)],
        plural: fn(i64) -> &'static str,
        depth: usize,
        out: &mut String,
    ) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
        for element in pattern {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Var(name) => match arg(name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Count(n)) => out.push_str(&n.to_string()),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Message(id) => match self.get(id) {
                    Some(inner) if depth < MAX_DEPTH => {
                        self.write(inner, args, plural, depth + 1, out)
                    }
                    _ => {
                        out.push('{');
                        out.push_str(id);
                        out.push('}');
                    }
                },
                Element::Select {
                    on,
                    variants,
                    default,
                } => {
                    let chosen = match arg(on) {
                        Some(Arg::Count(n)) => variants
                            .iter()
                            .position(|(k, _)| *k == Key::Number(n))
                            .or_else(|| {
                                let category = plural(n);
                                variants
                                    .iter()
                                    .position(|(k, _)| matches!(k, Key::Name(c) if c == category))
                            }),
                        Some(Arg::Text(text)) => variants
                            .iter()
                            .position(|(k, _)| matches!(k, Key::Name(c) if c == text)),
                        None => None,
                    }
                    .unwrap_or(*default);
                    self.write(&variants[chosen].1, args, plural, depth, out);
                }
            }
        }
    }
}

fn collect_variables(pattern: &Pattern, found: &mut Vec<String>) {
    for element in pattern {
        match element {
            Element::Var(name) => found.push(name.clone()),
            Element::Select { on, variants, .. } => {
                found.push(on.clone());
                for (_, inner) in variants {
                    collect_variables(inner, found);
                }
            }
            Element::Text(_) | Element::Message(_) => {}
        }
    }
}

/// A recursive-descent parser over the file's bytes: every character the syntax gives a meaning
/// is ASCII, so text between them is cut at character boundaries.
struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { text, at: 0 }
    }

    fn error(&self, message: impl Into<String>) -> FtlError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        FtlError {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, c: u8) -> Result<(), FtlError> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.error(format!("expected '{}'", c as char)))
        }
    }

    /// Skips spaces, and line ends too when `lines`.
    fn blank(&mut self, lines: bool) {
        while matches!(self.peek(), Some(b' '))
            || lines && matches!(self.peek(), Some(b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    fn resource(mut self) -> Result<Resource, FtlError> {
        let mut messages = Vec::new();
        while let Some(c) = self.peek() {
            match c {
                b'\n' | b'\r' => self.at += 1,
                b'#' => {
                    self.at = self.text[self.at..]
                        .find('\n')
                        .map_or(self.text.len(), |i| self.at + i + 1)
                }
                b' ' => {
                    self.blank(false);
                    if !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                        return Err(self.error("a message must start at the start of a line"));
                    }
                }
                b'-' => return Err(self.error("terms (-name) are not in the subset")),
                c if c.is_ascii_alphabetic() => {
                    let id = self.identifier()?;
                    self.blank(false);
                    self.expect(b'=')?;
                    let pattern = self.pattern()?;
                    if pattern.is_empty() {
                        return Err(self.error(format!("message {id} has no value")));
                    }
                    messages.push((id, pattern, self.at));
                }
                _ => return Err(self.error("expected a message, a comment or a blank line")),
            }
        }
        // Sorted by id, then by place: a message given twice is found beside its first.
        messages.sort_unstable_by(|a, b| (&a.0, a.2).cmp(&(&b.0, b.2)));
        if let Some(twice) = messages.windows(2).find(|w| w[0].0 == w[1].0) {
            self.at = twice[1].2;
            return Err(self.error(format!("message {} is given twice", twice[1].0)));
        }
        Ok(Resource {
            messages: messages.into_iter().map(|(id, p, _)| (id, p)).collect(),
        })
    }

    fn identifier(&mut self) -> Result<String, FtlError> {
        let start = self.at;
        if !self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            return Err(self.error("expected an identifier"));
        }
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        {
            self.at += 1;
        }
        Ok(self.text[start..self.at].to_owned())
    }

    /// A pattern: text and placeables to the end of the line, then indented continuation
    /// lines, joined by a line break as Fluent joins them. A line starting with `[`, `*[` or
    /// `}` ends it (the next variant, or the end of a select expression).
    fn pattern(&mut self) -> Result<Pattern, FtlError> {
        let mut elements: Pattern = Vec::new();
        let mut text = String::new();
        self.blank(false);
        loop {
            let rest = &self.text[self.at..];
            let run = rest.find(['{', '}', '\n', '\r']).unwrap_or(rest.len());
            text.push_str(&rest[..run]);
            self.at += run;
            match self.peek() {
                None => break,
                Some(b'\r') => self.at += 1,
                Some(b'\n') => {
                    // A continuation line is indented and starts with something else than a
                    // variant key or the end of a select expression.
                    let next = &self.text[self.at + 1..];
                    let body = next.trim_start_matches(' ');
                    let indented = body.len() < next.len();
                    if !indented
                        || body.is_empty()
                        || body.starts_with(['\n', '\r', '[', '*', '}', '.'])
                    {
                        break;
                    }
                    self.at = self.text.len() - body.len();
                    text.truncate(text.trim_end().len());
                    if !(text.is_empty() && elements.is_empty()) {
                        text.push('\n');
                    }
                }
                Some(b'{') => {
                    self.at += 1;
                    if !text.is_empty() {
                        elements.push(Element::Text(std::mem::take(&mut text)));
                    }
                    elements.push(self.placeable()?);
                }
                Some(_) => return Err(self.error("unbalanced '}' in text")),
            }
        }
        text.truncate(text.trim_end().len());
        if !text.is_empty() {
            elements.push(Element::Text(text));
        }
        Ok(elements)
    }

    /// After `{`: a variable, a string literal, a message reference or a select expression,
    /// then `}`.
    fn placeable(&mut self) -> Result<Element, FtlError> {
        self.blank(true);
        let element = match self.peek() {
            Some(b'$') => {
                self.at += 1;
                let name = self.identifier()?;
                self.blank(true);
                if self.eat(b'-') {
                    self.expect(b'>')?;
                    self.select(name)?
                } else {
                    Element::Var(name)
                }
            }
            Some(b'"') => {
                self.at += 1;
                let mut text = String::new();
                loop {
                    let rest = &self.text[self.at..];
                    let run = rest.find(['"', '\\', '\n']).unwrap_or(rest.len());
                    text.push_str(&rest[..run]);
                    self.at += run;
                    match self.peek() {
                        Some(b'"') => break self.at += 1,
                        Some(b'\\')
                            if matches!(rest.as_bytes().get(run + 1), Some(b'"' | b'\\')) =>
                        {
                            text.push_str(&rest[run + 1..run + 2]);
                            self.at += 2;
                        }
                        Some(b'\\') => {
                            return Err(self.error("only \\\" and \\\\ escapes are in the subset"))
                        }
                        _ => return Err(self.error("unterminated string literal")),
                    }
                }
                Element::Text(text)
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let id = self.identifier()?;
                if matches!(self.peek(), Some(b'(' | b'.')) {
                    return Err(self.error("functions and attributes are not in the subset"));
                }
                Element::Message(id)
            }
            _ => return Err(self.error("expected $variable, \"text\" or a message id")),
        };
        self.blank(true);
        self.expect(b'}')?;
        Ok(element)
    }

    /// After `$on ->`: variants, one a line, exactly one marked default with `*`.
    fn select(&mut self, on: String) -> Result<Element, FtlError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.blank(true);
            let is_default = self.eat(b'*');
            if !self.eat(b'[') {
                if is_default {
                    return Err(self.error("expected '[' after '*'"));
                }
                break;
            }
            self.blank(false);
            let key = if self.peek().is_some_and(|c| c.is_ascii_digit() || c == b'-') {
                let start = self.at;
                self.at += 1;
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.at += 1;
                }
                Key::Number(
                    self.text[start..self.at]
                        .parse()
                        .map_err(|_| self.error("a numeric key must be a whole number"))?,
                )
            } else {
                Key::Name(self.identifier()?)
            };
            self.blank(false);
            self.expect(b']')?;
            if is_default {
                if default.is_some() {
                    return Err(self.error("a select expression has one default variant"));
                }
                default = Some(variants.len());
            }
            let pattern = self.pattern()?;
            variants.push((key, pattern));
        }
        let default =
            default.ok_or_else(|| self.error("a select expression needs a *[default] variant"))?;
        Ok(Element::Select {
            on,
            variants,
            default,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_other(n: i64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }

    const FILE: &str = r#"
# A comment
## Section
cars = { $n ->
    [0] no cars
    [one] one car
   *[other] { $n } cars
}
line = { $who } was { $place ->
        [2] second
       *[3] third
    } in { car }.
car = the car
spaced = { "  " }two spaces{ " " }
long = A message
    on two lines.
"#;

    #[test]
    fn formats_text_variables_selects_and_references() {
        let r = Resource::parse(FILE).expect("the subset");
        let f = |id: &str, args: &[(&str, Arg)]| r.format(id, args, one_other).expect(id);
        assert_eq!(f("cars", &[("n", Arg::Count(0))]), "no cars");
        assert_eq!(f("cars", &[("n", Arg::Count(1))]), "one car");
        assert_eq!(f("cars", &[("n", Arg::Count(9))]), "9 cars");
        assert_eq!(
            f(
                "line",
                &[("who", Arg::Text("Nasr")), ("place", Arg::Count(2))]
            ),
            "Nasr was second in the car."
        );
        assert_eq!(
            f(
                "line",
                &[("who", Arg::Text("Nasr")), ("place", Arg::Text("x"))]
            ),
            "Nasr was third in the car."
        );
        assert_eq!(f("spaced", &[]), "  two spaces ");
        assert_eq!(f("long", &[]), "A message\non two lines.");
        assert_eq!(f("line", &[]), "{$who} was third in the car.");
        assert_eq!(r.format("nothing", &[], one_other), None);
        assert_eq!(r.variables("line"), ["place", "who"]);
    }

    #[test]
    fn refuses_what_is_not_in_the_subset_with_its_place() {
        let cases = [
            (
                "a = { -term }",
                "1:7: expected $variable, \"text\" or a message id",
            ),
            ("-term = x", "1:1: terms (-name) are not in the subset"),
            (
                "a = { NUMBER($n) }",
                "1:13: functions and attributes are not in the subset",
            ),
            ("a = x\na = y", "2:6: message a is given twice"),
            (
                "a = { $n ->\n [one] x\n}",
                "3:1: a select expression needs a *[default] variant",
            ),
            ("a = { $n", "1:9: expected '}'"),
            ("a = b }", "1:7: unbalanced '}' in text"),
            ("a =", "1:4: message a has no value"),
        ];
        for (source, want) in cases {
            let got = Resource::parse(source)
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(got, Err(want.to_owned()), "{source}");
        }
    }

    #[test]
    fn a_cycle_of_references_ends() {
        let r = Resource::parse("a = x{ b }\nb = y{ a }").expect("the subset");
        let text = r.format("a", &[], one_other).expect("a");
        assert!(
            text.starts_with("xyxy") && text.ends_with("{a}") || text.ends_with("{b}"),
            "{text}"
        );
    }
}
