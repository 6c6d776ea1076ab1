//! Bulk edits against the directory: the preview, and (`apply`) the run.
//! Every object of a file is read as the signed-in person, and each change
//! becomes what it would send — attribute, old values, new values — or the
//! problem that stops it (no such object, an attribute the schema does not
//! know, two values for a single-valued one, a read-only or binary one),
//! before anything is written. The values read are the ones the apply step
//! will compare against, so a change made meanwhile is a conflict there.

mod apply;

pub use apply::{BulkReport, CHUNK, RowOutcome, RowResult, Split, apply, apply_previewed};

use crate::domain::bulk::BulkChange;
use crate::domain::change::{self, Modification};
use crate::domain::directory_object::DirectoryObject;
use crate::fl;
use crate::services::ldap::{LdapFailure, Session};

/// Why a file's changes could not be read: nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileFailure {
    /// The file could not be read, or is not UTF-8 text.
    Unreadable(String),
    /// Every problem, with its line.
    Refused(crate::domain::bulk::Refused),
}

impl std::fmt::Display for FileFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileFailure::Unreadable(reason) => f.write_str(reason),
            FileFailure::Refused(refused) => refused.fmt(f),
        }
    }
}

/// Whether a file's name says it is a CSV sheet (else it is read as LDIF).
pub fn is_csv_name(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Reads a file of changes: a CSV sheet (`clear` the cell text that clears
/// an attribute) or LDIF change records. Blocking.
pub fn read_file(
    path: &std::path::Path,
    csv: bool,
    clear: Option<&str>,
) -> Result<Vec<BulkChange>, FileFailure> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        FileFailure::Unreadable(fl!(
            "cli-bulk-unreadable",
            path = shown.as_str(),
            reason = e.to_string()
        ))
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| FileFailure::Unreadable(fl!("cli-bulk-not-utf8", path = shown.as_str())))?;
    let parsed = if csv {
        crate::domain::bulk::parse_csv(&text, clear)
    } else {
        crate::domain::bulk::parse_ldif(&text)
    };
    parsed.map_err(FileFailure::Refused)
}

/// What one change of the file would do, or why it cannot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewRow {
    /// The file's line the change was written on.
    pub line: usize,
    pub dn: String,
    pub outcome: Previewed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Previewed {
    /// The object as read and the minimal modification.
    Changes {
        before: Box<DirectoryObject>,
        modifications: Vec<Modification>,
    },
    /// The object already holds what the file asks for.
    NothingToChange,
    /// Cannot be applied; the reason, in the user's words.
    Problem(String),
}

impl PreviewRow {
    pub fn is_problem(&self) -> bool {
        matches!(self.outcome, Previewed::Problem(_))
    }
}

/// Every attribute `changes` touch, once.
pub(super) fn touched(changes: &[BulkChange]) -> Vec<&str> {
    let mut all: Vec<&str> = Vec::new();
    for change in changes {
        for attribute in change.attributes() {
            if !all.iter().any(|a| a.eq_ignore_ascii_case(attribute)) {
                all.push(attribute);
            }
        }
    }
    all
}

/// Reads every object of `changes` (up to `in_flight` reads at once) and
/// previews each change. A failure of the connection itself (not of one
/// object) ends the preview: nothing else could be read either.
pub async fn preview(
    session: &mut Session,
    changes: &[BulkChange],
    in_flight: usize,
) -> Result<Vec<PreviewRow>, LdapFailure> {
    let schema = session.schema().await?;
    let dns: Vec<&str> = changes.iter().map(|c| c.dn.as_str()).collect();
    let objects = session.read_many(&dns, &touched(changes), in_flight).await;
    let mut rows = Vec::with_capacity(changes.len());
    for (change, object) in changes.iter().zip(objects) {
        let outcome = match object {
            Ok(object) => previewed(change, object, &schema),
            Err(LdapFailure::NoSuchObject { dn }) => {
                Previewed::Problem(fl!("ldap-no-such-object", dn = dn))
            }
            Err(failure) => return Err(failure),
        };
        rows.push(PreviewRow {
            line: change.line,
            dn: change.dn.clone(),
            outcome,
        });
    }
    Ok(rows)
}

pub(super) fn previewed(
    change: &BulkChange,
    object: DirectoryObject,
    schema: &crate::domain::schema::Schema,
) -> Previewed {
    if let Some(unknown) = change
        .attributes()
        .into_iter()
        .find(|a| schema.attribute(a).is_none())
    {
        return Previewed::Problem(fl!("bulk-unknown-attribute", attribute = unknown));
    }
    let edits = change.edits_for(&object);
    match change::diff(&object, &edits, schema) {
        Ok(modifications) if modifications.is_empty() => Previewed::NothingToChange,
        Ok(modifications) => Previewed::Changes {
            before: Box::new(object),
            modifications,
        },
        Err(problem) => Previewed::Problem(problem.to_string()),
    }
}
