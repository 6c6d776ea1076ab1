//! Bulk edit: many objects changed at once, with every guarantee of one
//! save. Open an LDIF file of change records or a CSV sheet (or give the
//! objects the search found one edit), read the preview — each object's
//! old → new values, or what stops it — then Apply with a progress bar and
//! Cancel; each row ends applied, changed by someone else since the
//! preview, or refused with the directory's reason. Failed rows can be
//! tried again or exported as CSV.

mod view;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::domain::bulk::{AttributeOp, BulkChange};
use crate::services::bulk::{PreviewRow, RowResult};

/// What one edit does to every object found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Operation {
    #[default]
    Set,
    Add,
    Remove,
}

impl Operation {
    pub const ALL: [Operation; 3] = [Operation::Set, Operation::Add, Operation::Remove];
}

impl std::fmt::Display for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Operation::Set => crate::fl!("bulk-op-set"),
            Operation::Add => crate::fl!("bulk-op-add"),
            Operation::Remove => crate::fl!("bulk-op-remove"),
        })
    }
}

/// What the run ended with, besides its rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RunEnded {
    /// What became of the digests, and any warning: a line each.
    pub lines: Vec<String>,
}

#[derive(Debug)]
struct Running {
    total: usize,
    cancel: Arc<AtomicBool>,
}

#[derive(Debug, Default)]
pub struct State {
    path: String,
    attribute: String,
    value: String,
    operation: Operation,
    /// The changes loaded, from a file or the search.
    changes: Vec<BulkChange>,
    busy: bool,
    /// A refused file's problems, or a failure.
    error: Option<String>,
    preview: Option<Vec<PreviewRow>>,
    running: Option<Running>,
    outcomes: Vec<RowResult>,
    ended: Option<RunEnded>,
    note: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    PathChanged(String),
    BrowsePressed,
    /// The file dialog's answer (`None`: nothing chosen).
    FileChosen(Option<PathBuf>),
    OpenPressed,
    FileRead(Result<Vec<BulkChange>, String>),
    AttributeChanged(String),
    ValueChanged(String),
    OperationSelected(Operation),
    /// One edit for every object the search found (see `use_found`).
    UseFoundPressed,
    Previewed(Result<Vec<PreviewRow>, String>),
    ApplyPressed,
    CancelPressed,
    /// Rows of the run, as their chunks complete.
    Progress(Vec<RowResult>),
    Finished(Result<RunEnded, String>),
    RetryFailedPressed,
    ExportPressed,
    /// The save dialog's answer.
    ExportChosen(Option<PathBuf>),
    Exported(Result<usize, String>),
    ClosePressed,
}

/// What the page asks the editor to run.
#[derive(Debug)]
pub enum Action {
    None,
    PickFile,
    ReadFile(PathBuf),
    /// Check with the schema and read every object (nothing is written).
    Preview(Vec<BulkChange>),
    Apply {
        rows: Vec<PreviewRow>,
        cancel: Arc<AtomicBool>,
    },
    PickExport,
    Export {
        path: PathBuf,
        rows: Vec<RowResult>,
    },
    Close,
}

impl State {
    pub fn changes(&self) -> &[BulkChange] {
        &self.changes
    }

    pub fn preview(&self) -> Option<&[PreviewRow]> {
        self.preview.as_deref()
    }

    pub fn outcomes(&self) -> &[RowResult] {
        &self.outcomes
    }

    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    fn failed(&self) -> Vec<RowResult> {
        self.outcomes
            .iter()
            .filter(|r| r.outcome.is_failure())
            .cloned()
            .collect()
    }

    fn loaded(&mut self, changes: Vec<BulkChange>) -> Action {
        self.changes = changes;
        self.preview = None;
        self.outcomes.clear();
        self.ended = None;
        self.error = None;
        self.busy = true;
        Action::Preview(self.changes.clone())
    }

    /// One edit (the page's attribute, operation and value) for each of
    /// `dns`, the objects the search found.
    pub fn use_found(&mut self, dns: Vec<String>) -> Action {
        let attribute = self.attribute.trim().to_owned();
        if attribute.is_empty() || dns.is_empty() || self.is_running() {
            return Action::None;
        }
        let values = vec![self.value.clone()];
        let op = match self.operation {
            Operation::Set => AttributeOp::Replace { attribute, values },
            Operation::Add => AttributeOp::Add { attribute, values },
            Operation::Remove => AttributeOp::Delete { attribute, values },
        };
        let changes = dns
            .into_iter()
            .enumerate()
            .map(|(i, dn)| BulkChange {
                line: i + 1,
                dn,
                ops: vec![op.clone()],
            })
            .collect();
        self.loaded(changes)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::PathChanged(path) => self.path = path,
            Message::BrowsePressed => return Action::PickFile,
            Message::FileChosen(Some(path)) => {
                self.path = path.display().to_string();
                return self.update(Message::OpenPressed);
            }
            Message::FileChosen(None) => self.note = Some(crate::fl!("file-dialog-none")),
            Message::OpenPressed => {
                let path = self.path.trim();
                if path.is_empty() || self.is_running() {
                    return Action::None;
                }
                self.busy = true;
                self.error = None;
                return Action::ReadFile(PathBuf::from(path));
            }
            Message::FileRead(Ok(changes)) => return self.loaded(changes),
            Message::FileRead(Err(error)) | Message::Previewed(Err(error)) => {
                self.busy = false;
                self.error = Some(error);
            }
            Message::AttributeChanged(v) => self.attribute = v,
            Message::ValueChanged(v) => self.value = v,
            Message::OperationSelected(op) => self.operation = op,
            // The editor answers with the objects found (`use_found`).
            Message::UseFoundPressed => {}
            Message::Previewed(Ok(rows)) => {
                self.busy = false;
                self.preview = Some(rows);
            }
            Message::ApplyPressed => {
                let Some(rows) = &self.preview else {
                    return Action::None;
                };
                if self.is_running() || rows.iter().all(PreviewRow::is_problem) {
                    return Action::None;
                }
                let cancel = Arc::new(AtomicBool::new(false));
                self.running = Some(Running {
                    total: rows.len(),
                    cancel: cancel.clone(),
                });
                self.outcomes.clear();
                self.ended = None;
                return Action::Apply {
                    rows: rows.clone(),
                    cancel,
                };
            }
            Message::CancelPressed => {
                if let Some(running) = &self.running {
                    running.cancel.store(true, Ordering::Relaxed);
                }
            }
            Message::Progress(rows) => self.outcomes.extend(rows),
            Message::Finished(result) => {
                self.running = None;
                // The preview is spent: its values are the directory's no more.
                self.preview = None;
                match result {
                    Ok(ended) => self.ended = Some(ended),
                    Err(error) => self.error = Some(error),
                }
            }
            Message::RetryFailedPressed => {
                let failed: Vec<(usize, String)> =
                    self.failed().into_iter().map(|r| (r.line, r.dn)).collect();
                if failed.is_empty() || self.is_running() {
                    return Action::None;
                }
                let changes = self
                    .changes
                    .iter()
                    .filter(|c| {
                        failed
                            .iter()
                            .any(|(line, dn)| *line == c.line && *dn == c.dn)
                    })
                    .cloned()
                    .collect();
                return self.loaded(changes);
            }
            Message::ExportPressed => {
                if !self.failed().is_empty() {
                    return Action::PickExport;
                }
            }
            Message::ExportChosen(Some(path)) => {
                return Action::Export {
                    path,
                    rows: self.failed(),
                };
            }
            Message::ExportChosen(None) => self.note = Some(crate::fl!("file-dialog-none")),
            Message::Exported(Ok(count)) => {
                self.note = Some(crate::fl!("bulk-exported", count = count));
            }
            Message::Exported(Err(error)) => self.note = Some(error),
            Message::ClosePressed => {
                if !self.is_running() {
                    return Action::Close;
                }
            }
        }
        Action::None
    }
}

/// The work the page asks for, as the editor's action.
pub(super) fn work(
    s: &mut super::SignedIn,
    folders: &crate::environment::Folders,
    action: Action,
) -> super::Action {
    use super::ops::{Op, StreamOp};
    let op = match action {
        Action::None => return super::Action::None,
        Action::Close => {
            s.bulk = None;
            return super::Action::None;
        }
        Action::PickFile => Op::BulkPickFile,
        Action::PickExport => Op::BulkPickExport,
        Action::ReadFile(path) => Op::BulkRead(path),
        Action::Preview(changes) => Op::BulkPreview {
            session: s.session.clone(),
            changes,
        },
        Action::Export { path, rows } => Op::BulkExport { path, rows },
        Action::Apply { rows, cancel } => {
            return super::Action::Stream(StreamOp::BulkApply {
                session: s.session.clone(),
                folders: folders.clone(),
                rows,
                cancel,
            });
        }
    };
    super::Action::Perform(Box::new(op))
}

/// The failed rows as a CSV file a spreadsheet opens: line, object,
/// outcome and reason, each cell shown and never run as a formula.
pub fn failed_csv(rows: &[RowResult]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["line", "dn", "outcome", "reason"])?;
    for row in rows {
        let reason = match &row.outcome {
            crate::services::bulk::RowOutcome::Applied(_)
            | crate::services::bulk::RowOutcome::NothingToChange => String::new(),
            other => other.describe(),
        };
        writer.write_record([
            row.line.to_string().as_str(),
            crate::domain::digest::cell(&row.dn).as_str(),
            row.outcome.name(),
            crate::domain::digest::cell(&reason).as_str(),
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests;
