//! Bulk edits (issue 20): many objects changed at once, read from an LDIF
//! file of change records (as `ldapmodify` reads them) or a CSV sheet. A
//! file is parsed whole before anything is written; every problem is named
//! with its line, and one problem refuses the file. What an edit means for
//! one object is decided against the object as read (`edits_for`), so the
//! apply path's conflict check compares with exactly what was previewed.

mod csv_sheet;
mod ldif;

use std::collections::BTreeSet;

pub use csv_sheet::parse_csv;
pub use ldif::parse_ldif;

use super::change::{DiffError, Edits};
use super::directory_object::DirectoryObject;
use super::schema::Schema;
use crate::fl;

/// One attribute operation of a change record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttributeOp {
    /// Add these values (those already there stay).
    Add {
        attribute: String,
        values: Vec<String>,
    },
    /// Delete these values; none named: every value.
    Delete {
        attribute: String,
        values: Vec<String>,
    },
    /// The attribute holds exactly these values afterwards (none: cleared).
    Replace {
        attribute: String,
        values: Vec<String>,
    },
}

impl AttributeOp {
    pub fn attribute(&self) -> &str {
        match self {
            Self::Add { attribute, .. }
            | Self::Delete { attribute, .. }
            | Self::Replace { attribute, .. } => attribute,
        }
    }
}

/// The change of one object, and where in the file it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkChange {
    /// The line its record (or row) starts on, 1-based.
    pub line: usize,
    pub dn: String,
    pub ops: Vec<AttributeOp>,
}

impl BulkChange {
    /// The change with no spare room in its lists: a file of 100,000 holds
    /// them all, and a list grown by one push keeps room for four.
    pub(crate) fn compact(mut self) -> Self {
        for op in &mut self.ops {
            match op {
                AttributeOp::Add { values, .. }
                | AttributeOp::Delete { values, .. }
                | AttributeOp::Replace { values, .. } => values.shrink_to_fit(),
            }
        }
        self.ops.shrink_to_fit();
        self
    }

    /// The new values of every attribute this change touches, for `object`
    /// as it is now (the preview's read): operations applied in order, as
    /// the directory applies one modify request. Values are compared
    /// exactly here; the directory's matching rules decide at apply time.
    pub fn edits_for(&self, object: &DirectoryObject) -> Edits {
        let mut edits = Edits::new();
        for op in &self.ops {
            let attribute = op.attribute().to_owned();
            let now = edits.get(&attribute).cloned().unwrap_or_else(|| {
                object
                    .texts(&attribute)
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            });
            let new = match op {
                AttributeOp::Add { values, .. } => {
                    let mut new = now;
                    for value in values {
                        if !new.contains(value) {
                            new.push(value.clone());
                        }
                    }
                    new
                }
                AttributeOp::Delete { values, .. } if values.is_empty() => Vec::new(),
                AttributeOp::Delete { values, .. } => {
                    now.into_iter().filter(|v| !values.contains(v)).collect()
                }
                AttributeOp::Replace { values, .. } => values.clone(),
            };
            edits.insert(attribute, new);
        }
        edits
    }

    /// The attributes this change touches.
    pub fn attributes(&self) -> BTreeSet<&str> {
        self.ops.iter().map(AttributeOp::attribute).collect()
    }
}

/// What is wrong with a file, and on which line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub line: usize,
    pub detail: String,
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&fl!(
            "bulk-problem-at",
            line = self.line,
            detail = self.detail.as_str()
        ))
    }
}

/// Every problem of a refused file, in line order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub Vec<FileProblem>);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for Refused {}

/// What the schema alone rules out, for every change of a file: an
/// attribute the directory does not have, a read-only one, two values for
/// a single-valued one. Found before any object is read, so a run never
/// stops halfway on a mistake of the file.
pub fn schema_problems(changes: &[BulkChange], schema: &Schema) -> Result<(), Refused> {
    let mut problems = Vec::new();
    for change in changes {
        for op in &change.ops {
            let attribute = op.attribute();
            let detail = if schema.attribute(attribute).is_none() {
                fl!("bulk-unknown-attribute", attribute = attribute)
            } else if schema.is_read_only(attribute) {
                DiffError::ReadOnly(attribute.to_owned()).to_string()
            } else if schema.is_single_valued(attribute)
                && matches!(op, AttributeOp::Add { values, .. } | AttributeOp::Replace { values, .. } if values.len() > 1)
            {
                DiffError::SingleValued(attribute.to_owned()).to_string()
            } else if let Some(detail) = op_values(op)
                .iter()
                .find_map(|value| value_problem(schema, attribute, value))
            {
                detail
            } else {
                continue;
            };
            problems.push(FileProblem {
                line: change.line,
                detail,
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Refused(problems))
    }
}

fn op_values(op: &AttributeOp) -> &[String] {
    match op {
        AttributeOp::Add { values, .. }
        | AttributeOp::Delete { values, .. }
        | AttributeOp::Replace { values, .. } => values,
    }
}

/// Why the directory's syntax for `attribute` would refuse `value`, for
/// the syntaxes whose rules are plain (RFC 4517): a DN, an integer, a
/// boolean, a generalized time, IA5 (ASCII) text. Others the server checks.
fn value_problem(schema: &Schema, attribute: &str, value: &str) -> Option<String> {
    const SYNTAX: &str = "1.3.6.1.4.1.1466.115.121.1.";
    let number = schema.syntax_oid(attribute)?.strip_prefix(SYNTAX)?;
    let refused = match number {
        "12" => crate::domain::dn::normalized(value).is_none(),
        "27" => {
            let digits = value.strip_prefix('-').unwrap_or(value);
            let integer = !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (digits == "0" || !digits.starts_with('0'));
            !integer
        }
        "7" => value != "TRUE" && value != "FALSE",
        "24" => {
            let digits = value.bytes().take_while(u8::is_ascii_digit).count();
            let rest = &value[digits..];
            !(digits >= 10 && (rest == "Z" || rest.starts_with(['+', '-', '.', ','])))
        }
        "26" => !value.is_ascii(),
        _ => false,
    };
    if !refused {
        return None;
    }
    Some(match number {
        "12" => fl!("bulk-bad-dn", attribute = attribute, value = value),
        "27" => fl!("bulk-bad-integer", attribute = attribute, value = value),
        "7" => fl!("bulk-bad-boolean", attribute = attribute, value = value),
        "24" => fl!("bulk-bad-time", attribute = attribute, value = value),
        _ => fl!("bulk-bad-ascii", attribute = attribute, value = value),
    })
}

/// `changes`, or every problem found; the same object twice is a problem
/// too (which of the two would win is not the file's to leave open).
fn finish(
    changes: Vec<BulkChange>,
    mut problems: Vec<FileProblem>,
) -> Result<Vec<BulkChange>, Refused> {
    let mut seen = std::collections::HashMap::new();
    for change in &changes {
        let Some(key) = crate::domain::dn::normalized(&change.dn) else {
            problems.push(FileProblem {
                line: change.line,
                detail: fl!("bulk-not-a-dn", dn = change.dn.as_str()),
            });
            continue;
        };
        if let Some(first) = seen.insert(key, change.line) {
            problems.push(FileProblem {
                line: change.line,
                detail: fl!(
                    "bulk-same-object-twice",
                    dn = change.dn.as_str(),
                    first = first
                ),
            });
        }
    }
    if problems.is_empty() {
        Ok(changes)
    } else {
        problems.sort_by_key(|p| p.line);
        Err(Refused(problems))
    }
}

#[cfg(test)]
mod tests;
