//! F1 qualifying from Ergast and Jolpica: what the two readers share.
//!
//! Both formats become a knockout session (`parts` Q1, Q2, Q3; see `docs/session-format.md`,
//! "Project extensions"): [`ergast`] reads the `QualifyingResults` classification (one time per
//! part and driver), [`jolpica`] the per-lap qualifying times. This module owns what is F1's
//! rather than either format's (the parts, the series and session names) and the JSON field
//! readers both use, so a field is read, and a wrong one reported, the same way in both.
//!
//! Every problem is an [`ImportError`] naming the JSON path; nothing panics.

pub mod ergast;
pub mod jolpica;

use serde_json::Value;

use super::ImportError;
use crate::core::wire::{Obj, Part};

/// The knockout parts of F1 qualifying, in running order.
const PARTS: [&str; 3] = ["Q1", "Q2", "Q3"];

const SERIES: &str = "Formula 1";
const SESSION: &str = "Qualifying";

/// The `parts` list for these ids, each named by its id.
fn parts(ids: &[&str]) -> Vec<Obj<Part>> {
    ids.iter()
        .map(|id| {
            Obj(Part {
                id: Some((*id).to_owned()),
                name: Some((*id).to_owned()),
            })
        })
        .collect()
}

/// `obj[key]` as text when present: a string, or a whole number written out (Ergast writes
/// `"13"`, Jolpica `13`). Absent or null is `None`; anything else is an error naming `at.key`.
fn id_text(obj: &Value, key: &str, at: &str) -> Result<Option<String>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(Value::Number(n)) if n.is_u64() => Ok(Some(n.to_string())),
        Some(other) => Err(ImportError::whole(format!(
            "{at}.{key}: {other} is neither text nor a whole number"
        ))),
    }
}

/// `obj[key]` as a string when present; absent or null is `None`, another type an error.
fn opt_str<'a>(obj: &'a Value, key: &str, at: &str) -> Result<Option<&'a str>, ImportError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(other) => Err(ImportError::whole(format!(
            "{at}.{key}: {other} is not text"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::import::{ImportError, Imported};

    /// Each case must be refused by `read` with exactly its message.
    pub fn refused(read: fn(&Value) -> Result<Imported, ImportError>, cases: &[(Value, &str)]) {
        for (json, expected) in cases {
            match read(json) {
                Ok(_) => panic!("{json} was accepted; expected {expected:?}"),
                Err(e) => assert_eq!(e.message, *expected, "{json}"),
            }
        }
    }
}
