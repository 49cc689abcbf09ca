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

use std::collections::BTreeMap;
use std::fmt;

/// A value given to a message: a text (a name, a figure already written) or a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Text(&'a str),
    Count(i64),
}

/// A parsed file: its messages by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resource {
    messages: BTreeMap<String, Pattern>,
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

    /// Whether the file has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The ids of the file's messages, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The variables message `id` reads (in any variant), sorted: what a translation must keep.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut found = Vec::new();
        if let Some(pattern) = self.messages.get(id) {
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
        let pattern = self.messages.get(id)?;
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
                Element::Message(id) => match self.messages.get(id) {
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

/// A recursive-descent parser over the file's characters.
struct Parser {
    chars: Vec<char>,
    at: usize,
}

impl Parser {
    fn new(source: &str) -> Parser {
        Parser {
            chars: source.chars().collect(),
            at: 0,
        }
    }

    fn error(&self, message: impl Into<String>) -> FtlError {
        let before = &self.chars[..self.at.min(self.chars.len())];
        let line = before.iter().filter(|&&c| c == '\n').count() + 1;
        let column = before.iter().rev().take_while(|&&c| c != '\n').count() + 1;
        FtlError {
            line,
            column,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) -> Result<(), FtlError> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.error(format!("expected '{c}'")))
        }
    }

    /// Spaces on the line (not line ends).
    fn blank_inline(&mut self) {
        while self.peek() == Some(' ') {
            self.at += 1;
        }
    }

    /// Spaces and line ends.
    fn blank(&mut self) {
        while matches!(self.peek(), Some(' ' | '\n' | '\r')) {
            self.at += 1;
        }
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.peek() {
            self.at += 1;
            if c == '\n' {
                break;
            }
        }
    }

    fn resource(mut self) -> Result<Resource, FtlError> {
        let mut messages = BTreeMap::new();
        loop {
            match self.peek() {
                None => break,
                Some('\n' | '\r') => self.at += 1,
                Some('#') => self.skip_line(),
                Some(' ') => {
                    self.blank_inline();
                    if !matches!(self.peek(), None | Some('\n' | '\r')) {
                        return Err(self.error("a message must start at the start of a line"));
                    }
                }
                Some(c) if c.is_ascii_alphabetic() => {
                    let id = self.identifier()?;
                    self.blank_inline();
                    self.expect('=')?;
                    let pattern = self.pattern()?;
                    if pattern.is_empty() {
                        return Err(self.error(format!("message {id} has no value")));
                    }
                    if messages.insert(id.clone(), pattern).is_some() {
                        return Err(self.error(format!("message {id} is given twice")));
                    }
                }
                Some('-') => return Err(self.error("terms (-name) are not in the subset")),
                Some(_) => return Err(self.error("expected a message, a comment or a blank line")),
            }
        }
        Ok(Resource { messages })
    }

    fn identifier(&mut self) -> Result<String, FtlError> {
        let start = self.at;
        match self.peek() {
            Some(c) if c.is_ascii_alphabetic() => self.at += 1,
            _ => return Err(self.error("expected an identifier")),
        }
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            self.at += 1;
        }
        Ok(self.chars[start..self.at].iter().collect())
    }

    /// A pattern: text and placeables to the end of the line, then indented continuation
    /// lines, joined by a line break as Fluent joins them. A line starting with `[`, `*[` or
    /// `}` ends it (the next variant, or the end of a select expression).
    fn pattern(&mut self) -> Result<Pattern, FtlError> {
        let mut elements: Pattern = Vec::new();
        let mut text = String::new();
        self.blank_inline();
        let mut first_line = true;
        loop {
            match self.peek() {
                None => break,
                Some('\r') => self.at += 1,
                Some('\n') => {
                    // A continuation line is indented and starts with something else than a
                    // variant key or the end of a select expression.
                    let mut look = self.at + 1;
                    while matches!(self.chars.get(look), Some(' ')) {
                        look += 1;
                    }
                    let indented = look > self.at + 1;
                    let next = self.chars.get(look).copied();
                    let ends = matches!(next, None | Some('\n' | '\r' | '[' | '*' | '}' | '.'));
                    if !indented || ends {
                        break;
                    }
                    self.at = look;
                    let trimmed = text.trim_end().len();
                    text.truncate(trimmed);
                    if !(first_line && text.is_empty() && elements.is_empty()) {
                        text.push('\n');
                    }
                    first_line = false;
                }
                Some('{') => {
                    self.at += 1;
                    if !text.is_empty() {
                        elements.push(Element::Text(std::mem::take(&mut text)));
                    }
                    elements.push(self.placeable()?);
                    first_line = false;
                }
                Some('}') => return Err(self.error("unbalanced '}' in text")),
                Some(c) => {
                    text.push(c);
                    self.at += 1;
                    first_line = false;
                }
            }
        }
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        if !text.is_empty() {
            elements.push(Element::Text(text));
        }
        Ok(elements)
    }

    /// After `{`: a variable, a string literal, a message reference or a select expression,
    /// then `}`.
    fn placeable(&mut self) -> Result<Element, FtlError> {
        self.blank();
        let element = match self.peek() {
            Some('$') => {
                self.at += 1;
                let name = self.identifier()?;
                self.blank();
                if self.eat('-') {
                    self.expect('>')?;
                    self.select(name)?
                } else {
                    Element::Var(name)
                }
            }
            Some('"') => {
                self.at += 1;
                let mut text = String::new();
                loop {
                    match self.peek() {
                        Some('"') => {
                            self.at += 1;
                            break;
                        }
                        Some('\\') => {
                            self.at += 1;
                            match self.peek() {
                                Some(c @ ('"' | '\\')) => {
                                    text.push(c);
                                    self.at += 1;
                                }
                                _ => {
                                    return Err(
                                        self.error("only \\\" and \\\\ escapes are in the subset")
                                    )
                                }
                            }
                        }
                        Some('\n') | None => return Err(self.error("unterminated string literal")),
                        Some(c) => {
                            text.push(c);
                            self.at += 1;
                        }
                    }
                }
                Element::Text(text)
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let id = self.identifier()?;
                if matches!(self.peek(), Some('(' | '.')) {
                    return Err(self.error("functions and attributes are not in the subset"));
                }
                Element::Message(id)
            }
            _ => return Err(self.error("expected $variable, \"text\" or a message id")),
        };
        self.blank();
        self.expect('}')?;
        Ok(element)
    }

    /// After `$on ->`: variants, one a line, exactly one marked default with `*`.
    fn select(&mut self, on: String) -> Result<Element, FtlError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.blank();
            let is_default = self.eat('*');
            if !self.eat('[') {
                if is_default {
                    return Err(self.error("expected '[' after '*'"));
                }
                break;
            }
            self.blank_inline();
            let key = if matches!(self.peek(), Some(c) if c.is_ascii_digit() || c == '-') {
                let start = self.at;
                self.at += 1;
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.at += 1;
                }
                let digits: String = self.chars[start..self.at].iter().collect();
                Key::Number(
                    digits
                        .parse()
                        .map_err(|_| self.error("a numeric key must be a whole number"))?,
                )
            } else {
                Key::Name(self.identifier()?)
            };
            self.blank_inline();
            self.expect(']')?;
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
