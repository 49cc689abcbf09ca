//! Session JSON as the importer writes it: pretty at the top, one line per lap.
//!
//! Fully pretty JSON puts every field of every lap on its own line (a 300-lap session becomes
//! thousands of lines); compact JSON is one line no one can review. Objects nested deeper than
//! an entry's lists are written on one line, so a diff of a regenerated session shows laps.

use std::io;

use serde::Serialize;
use serde_json::ser::Formatter;

use crate::core::wire;

/// Depth from which containers are written on one line (1 = the session object; a lap is 5).
const ONE_LINE_FROM: usize = 5;

/// The session as JSON text, with a final newline.
pub fn to_json(session: &wire::Session) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Layout::default());
    // Serialising plain data into memory cannot fail.
    if session.serialize(&mut serializer).is_err() {
        return String::new();
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

#[derive(Default)]
struct Layout {
    depth: usize,
    has_value: bool,
}

impl Layout {
    fn one_line(&self) -> bool {
        self.depth >= ONE_LINE_FROM
    }

    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        let one_line = self.one_line();
        self.depth -= 1;
        if self.has_value && !one_line {
            w.write_all(b"\n")?;
            indent(w, self.depth)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        match (self.one_line(), first) {
            (true, true) => Ok(()),
            (true, false) => w.write_all(b", "),
            (false, first) => {
                w.write_all(if first { b"\n" } else { b",\n" })?;
                indent(w, self.depth)
            }
        }
    }
}

fn indent<W: ?Sized + io::Write>(w: &mut W, depth: usize) -> io::Result<()> {
    for _ in 0..depth {
        w.write_all(b"  ")?;
    }
    Ok(())
}

impl Formatter for Layout {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn laps_are_one_line_each() {
        let wire::Obj(session) = serde_json::from_str(
            r#"{"format": "qualichart/1", "entries": [{"number": "31", "drivers": [{"name": "Pipo Derani"}],
                "laps": [{"lap": 1, "time": "1:32.656", "sectors": ["22.149", null]}, {"lap": 2}]}], "records": []}"#,
        )
        .expect("test JSON");
        assert_eq!(
            to_json(&session),
            r#"{
  "format": "qualichart/1",
  "records": [],
  "entries": [
    {
      "number": "31",
      "drivers": [
        {"name": "Pipo Derani"}
      ],
      "laps": [
        {"lap": 1, "time": "1:32.656", "sectors": ["22.149", null]},
        {"lap": 2}
      ]
    }
  ]
}
"#
        );
    }
}
