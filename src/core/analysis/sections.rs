//! The sections of a scope, shared by the analyses: a *section* is the group a car is ranked
//! within for their figures, its class in the overall scope (a GTD car is not judged against a
//! GTP pole), the whole scope in a class scope.

use crate::core::classify::{Classification, Row, Scope};
use crate::core::session::{Entry, Session};

/// The classification's rows with their entries, in row order; a row whose entry the session
/// does not have (a classification of another session) is skipped rather than indexed.
pub(crate) fn rows_with_entries<'a>(
    session: &'a Session,
    classification: &'a Classification,
) -> impl Iterator<Item = (&'a Row, &'a Entry)> + 'a {
    classification
        .rows
        .iter()
        .filter_map(move |row| session.entries.get(row.entry).map(|entry| (row, entry)))
}

/// The sections of a scope: every class of the session in display order (overall scope), or
/// the one class of a class scope. A section is named by its index, found per car by the
/// class's index, so grouping cars by section never compares class ids.
pub(crate) struct Sections<'a> {
    session: &'a Session,
    /// The class of a class scope.
    class: Option<&'a str>,
}

impl<'a> Sections<'a> {
    pub(crate) fn new(session: &'a Session, scope: &'a Scope) -> Sections<'a> {
        let class = match scope {
            Scope::Overall => None,
            Scope::Class(id) => Some(id.as_str()),
        };
        Sections { session, class }
    }

    pub(crate) fn len(&self) -> usize {
        match self.class {
            None => self.session.classes.len(),
            Some(_) => 1,
        }
    }

    /// The section of the car at `entry` (index into `session.entries`).
    pub(crate) fn section(&self, entry: usize) -> Option<usize> {
        match self.class {
            None => self.session.class_index_of(entry),
            Some(_) => Some(0),
        }
    }

    /// The class id of `section`.
    pub(crate) fn id(&self, section: usize) -> &'a str {
        match self.class {
            Some(id) => id,
            None => self
                .session
                .classes
                .get(section)
                .map_or("", |c| c.id.as_str()),
        }
    }
}
