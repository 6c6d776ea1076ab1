//! Applying a bulk edit with every guarantee of one save, chunk by chunk so
//! a file of 100,000 changes streams: each chunk's objects are read (the
//! values its conflict check compares against), its changes noted in the
//! queue's database in one transaction, sent with several on the wire, and
//! the applied ones recorded in the History in one more. A change whose
//! reply was lost keeps its mark; the next save or run finds out whether
//! the directory has it, so nothing is applied or recorded twice. At the end
//! each recipient gets one digest of the batch.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{PreviewRow, Previewed, previewed};
use crate::domain::bulk::BulkChange;
use crate::domain::change::{self, AttributeChange, ChangeRecord, Edits};
use crate::domain::directory_object::DirectoryObject;
use crate::environment::Folders;
use crate::fl;
use crate::services::digest::{self, Told};
use crate::services::editing::{self, Followed, Ready};
use crate::services::fault;
use crate::services::ldap::{Applied, ChangeFailure, LdapFailure, Session};
use crate::services::notification_queue::QueueError;

/// Changes read, noted, sent and recorded together.
pub const CHUNK: usize = 500;

/// What became of one change of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowOutcome {
    /// Applied now; what changed, old → new.
    Applied(Vec<AttributeChange>),
    /// The object already held what the file asks for.
    NothingToChange,
    /// Someone changed the object since it was read for this run: nothing
    /// was overwritten.
    Conflict,
    /// Refused, with the reason (the directory's, or the preview's).
    Refused(String),
    /// Sent, but the connection broke before the answer: the next save or
    /// run finds out whether the directory has it (and records it once).
    Unknown(String),
    /// Not sent (the run was cancelled, or the connection broke first).
    NotSent(String),
}

impl RowOutcome {
    /// The outcome's name in `--json` and the exported CSV.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Applied(_) => "applied",
            Self::NothingToChange => "nothing-to-change",
            Self::Conflict => "conflict",
            Self::Refused(_) => "refused",
            Self::Unknown(_) => "unknown",
            Self::NotSent(_) => "not-sent",
        }
    }

    /// Whether running the file again could do it.
    pub fn is_failure(&self) -> bool {
        !matches!(self, Self::Applied(_) | Self::NothingToChange)
    }

    /// The outcome in the user's words.
    pub fn describe(&self) -> String {
        match self {
            Self::Applied(_) => fl!("bulk-applied"),
            Self::NothingToChange => fl!("bulk-nothing-to-change"),
            Self::Conflict => fl!("bulk-conflict"),
            Self::Refused(reason) => fl!("bulk-refused", reason = reason.as_str()),
            Self::Unknown(reason) => fl!("bulk-unknown", reason = reason.as_str()),
            Self::NotSent(reason) => fl!("bulk-not-sent", reason = reason.as_str()),
        }
    }
}

/// One change's outcome, with where the file wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    pub line: usize,
    pub dn: String,
    pub outcome: RowOutcome,
}

/// Where the time went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Split {
    /// Reading the objects (the preview the conflict check compares with).
    pub reading: Duration,
    /// The modify operations.
    pub modifying: Duration,
    /// Planned marks and History entries.
    pub recording: Duration,
    /// Digests: planned, queued and sent.
    pub telling: Duration,
}

/// What a run did besides its rows.
#[derive(Debug)]
pub struct BulkReport {
    /// Changes an earlier run left unfinished, finished first.
    pub earlier: Vec<ChangeRecord>,
    pub followed: Followed,
    /// The digests; `None` when the run ended on a broken connection
    /// (they go out at the next save or run, with what it finds).
    pub told: Option<Result<Told, QueueError>>,
    /// Why the History could not take applied changes (the run stopped
    /// there; the next save records them from their marks).
    pub unrecorded: Option<String>,
    pub split: Split,
}

impl BulkReport {
    /// What the user should know before the totals: a problem with the
    /// store's published settings, changes an earlier run left and this
    /// one finished.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if let Followed::Problem(problem) = &self.followed {
            notes.push(fl!("cli-warning", message = problem.as_str()));
        }
        if let Some(reason) = &self.unrecorded {
            notes.push(fl!("cli-warning", message = reason.as_str()));
        }
        for record in &self.earlier {
            notes.push(fl!(
                "cli-finished-earlier-change",
                change = record.summary_line()
            ));
        }
        notes
    }

    /// What became of the digests, a line each.
    pub fn told_lines(&self) -> Vec<String> {
        match &self.told {
            None => vec![fl!("cli-bulk-told-later")],
            Some(Err(error)) => vec![fl!("cli-warning", message = error.to_string())],
            Some(Ok(told)) => told
                .deliveries
                .iter()
                .map(crate::services::notify::Delivery::describe)
                .chain(
                    told.not_sent
                        .iter()
                        .map(crate::services::notify::not_sent_line),
                )
                .collect(),
        }
    }
}

/// Why a run could not start: nothing was changed.
pub type StartFailure = ChangeFailure;

/// Applies `changes` as the signed-in user, reading each chunk's objects
/// just before sending it (a file streams through), reporting each row to
/// `on_row` as its chunk completes (in file order) and stopping between
/// chunks when `cancel` is set. The changes are dropped once applied: a
/// digest of 100,000 is gathered without them.
pub async fn apply(
    session: &mut Session,
    folders: &Folders,
    changes: Vec<BulkChange>,
    in_flight: usize,
    cancel: &AtomicBool,
    on_row: impl FnMut(RowResult),
) -> Result<BulkReport, StartFailure> {
    run(
        session,
        folders,
        Input::Unread(changes),
        in_flight,
        cancel,
        on_row,
    )
    .await
}

/// Applies what `preview` showed, checked against the values it read: a
/// change someone made since the preview is a conflict, never overwritten.
/// (Boxed so the window can run it as a task of its own: the future is
/// `Send` for the borrows it is given.)
pub fn apply_previewed<'a>(
    session: &'a mut Session,
    folders: &'a Folders,
    rows: &'a [PreviewRow],
    in_flight: usize,
    cancel: &'a AtomicBool,
    on_row: impl FnMut(RowResult) + Send + 'a,
) -> std::pin::Pin<Box<dyn Future<Output = Result<BulkReport, StartFailure>> + Send + 'a>> {
    Box::pin(run(
        session,
        folders,
        Input::Previewed(rows),
        in_flight,
        cancel,
        on_row,
    ))
}

enum Input<'a> {
    Unread(Vec<BulkChange>),
    Previewed(&'a [PreviewRow]),
}

impl Input<'_> {
    fn len(&self) -> usize {
        match self {
            Input::Unread(changes) => changes.len(),
            Input::Previewed(rows) => rows.len(),
        }
    }

    fn line_and_dn(&self, i: usize) -> (usize, &str) {
        match self {
            Input::Unread(changes) => (changes[i].line, &changes[i].dn),
            Input::Previewed(rows) => (rows[i].line, &rows[i].dn),
        }
    }
}

/// A change of a chunk: to be sent, or already decided.
enum Step {
    Send {
        before: DirectoryObject,
        edits: Edits,
    },
    Done(RowOutcome),
}

impl Step {
    fn of(previewed: Previewed) -> Step {
        match previewed {
            Previewed::Changes {
                before,
                modifications,
            } => Step::Send {
                edits: change::edits_of(&before, &modifications),
                before: *before,
            },
            Previewed::NothingToChange => Step::Done(RowOutcome::NothingToChange),
            Previewed::Problem(problem) => Step::Done(RowOutcome::Refused(problem)),
        }
    }
}

/// The steps of changes `range` of `input`: read now (unread changes), or
/// as previewed. `broken` is set when the connection broke while reading.
async fn steps(
    session: &mut Session,
    input: &Input<'_>,
    range: std::ops::Range<usize>,
    in_flight: usize,
    schema: &crate::domain::schema::Schema,
    broken: &mut bool,
) -> Vec<Step> {
    let changes = match input {
        Input::Previewed(rows) => {
            return rows[range]
                .iter()
                .map(|row| Step::of(row.outcome.clone()))
                .collect();
        }
        Input::Unread(changes) => &changes[range],
    };
    let dns: Vec<&str> = changes.iter().map(|c| c.dn.as_str()).collect();
    let objects = session
        .read_many(&dns, &super::touched(changes), in_flight)
        .await;
    changes
        .iter()
        .zip(objects)
        .map(|(change, object)| match object {
            Ok(object) => Step::of(previewed(change, object, schema)),
            Err(LdapFailure::NoSuchObject { dn }) => {
                Step::Done(RowOutcome::Refused(fl!("ldap-no-such-object", dn = dn)))
            }
            // The server gone, refusing, or its certificate no longer
            // verifying: nothing more can be read or sent now.
            Err(failure) => {
                *broken = true;
                Step::Done(RowOutcome::NotSent(failure.to_string()))
            }
        })
        .collect()
}

async fn run(
    session: &mut Session,
    folders: &Folders,
    input: Input<'_>,
    in_flight: usize,
    cancel: &AtomicBool,
    mut on_row: impl FnMut(RowResult),
) -> Result<BulkReport, StartFailure> {
    let Ready {
        queue,
        followed,
        store,
        secrets,
        finished,
    } = editing::ready_to_save(session, folders).await?;
    let crate::services::storage::Opened::Local(mut queue) = queue else {
        return Err(ChangeFailure::NotRecordable {
            detail: crate::fl!("database-no-bulk-yet"),
        });
    };
    let earlier = finished.into_iter().map(|saved| saved.record).collect();
    let schema = session.schema().await?;
    let batch = queue
        .begin_batch(&store.id.0)
        .map_err(|e| ChangeFailure::NotRecordable {
            detail: e.to_string(),
        })?;
    let mut split = Split::default();
    let mut stopped: Option<String> = None;
    let mut unrecorded: Option<String> = None;
    let mut broken = false;
    let total = input.len();
    let mut start = 0;
    while start < total {
        let range = start..(start + CHUNK).min(total);
        start = range.end;
        if stopped.is_none() && cancel.load(Ordering::Relaxed) {
            stopped = Some(fl!("bulk-cancelled"));
        }
        let mut outcomes: Vec<Option<RowOutcome>> = vec![None; range.len()];
        if let Some(reason) = &stopped {
            outcomes.fill(Some(RowOutcome::NotSent(reason.clone())));
        } else {
            queue.touch_batch(batch);
            let started = Instant::now();
            let steps = steps(
                session,
                &input,
                range.clone(),
                in_flight,
                &schema,
                &mut broken,
            )
            .await;
            split.reading += started.elapsed();
            let mut items = Vec::new();
            for (i, step) in steps.into_iter().enumerate() {
                match step {
                    Step::Send { before, edits } => items.push((i, before, edits)),
                    Step::Done(outcome) => outcomes[i] = Some(outcome),
                }
            }
            match send_chunk(
                session, &schema, &mut queue, batch, items, in_flight, &mut split,
            )
            .await
            {
                Ok(sent) => {
                    broken |= sent.broken;
                    for (i, outcome) in sent.outcomes {
                        outcomes[i] = Some(outcome);
                    }
                    if let Some(reason) = sent.unrecorded {
                        stopped = Some(reason.clone());
                        unrecorded = Some(reason);
                    }
                }
                Err((indexes, failure)) => {
                    let reason = failure.to_string();
                    for i in indexes {
                        outcomes[i] = Some(RowOutcome::NotSent(reason.clone()));
                    }
                    stopped = Some(reason);
                }
            }
            if broken && stopped.is_none() {
                stopped = Some(fl!("bulk-connection-lost"));
            }
        }
        for (i, outcome) in range.zip(outcomes) {
            let (line, dn) = input.line_and_dn(i);
            on_row(RowResult {
                line,
                dn: dn.to_owned(),
                outcome: outcome.unwrap_or_else(|| RowOutcome::NotSent(String::new())),
            });
        }
    }
    drop(input);
    crate::return_freed_memory();
    // The digests need the directory (who owns, who manages): after a
    // broken connection they wait for the next save, which finishes the
    // changes whose answers were lost first.
    let told = if broken {
        None
    } else {
        let started = Instant::now();
        let told = digest::tell(session, &store, batch, &mut queue, &secrets).await;
        split.telling = started.elapsed();
        Some(told)
    };
    queue.leave_batch(batch);
    Ok(BulkReport {
        earlier,
        followed,
        told,
        unrecorded,
        split,
    })
}

type Item = (usize, DirectoryObject, Edits);

/// What sending a chunk did.
struct Sent {
    /// Each change's outcome, by its index in the chunk.
    outcomes: Vec<(usize, RowOutcome)>,
    /// The connection broke or could not be made: nothing more is sent.
    broken: bool,
    /// The History could not take the applied ones: why.
    unrecorded: Option<String>,
}

/// Notes, sends and records one chunk's changes; the outcome of each by its
/// index in the chunk. When the queue cannot note them, nothing is sent:
/// the indexes with the failure.
async fn send_chunk(
    session: &mut Session,
    schema: &crate::domain::schema::Schema,
    queue: &mut crate::services::notification_queue::NotificationQueue,
    batch: i64,
    items: Vec<Item>,
    in_flight: usize,
    split: &mut Split,
) -> Result<Sent, (Vec<usize>, ChangeFailure)> {
    let mut sent = Sent {
        outcomes: Vec::with_capacity(items.len()),
        broken: false,
        unrecorded: None,
    };
    if items.is_empty() {
        return Ok(sent);
    }
    let started = Instant::now();
    let planned: Result<Vec<ChangeRecord>, ChangeFailure> = items
        .iter()
        .map(|(_, before, edits)| session.planned_with(schema, before, edits))
        .collect();
    let planned = match planned {
        Ok(planned) => planned,
        Err(failure) => return Err((items.iter().map(|item| item.0).collect(), failure)),
    };
    let marks = match queue.begin_changes(batch, &planned) {
        Ok(marks) => marks,
        Err(error) => {
            let failure = ChangeFailure::NotRecordable {
                detail: error.to_string(),
            };
            return Err((items.iter().map(|item| item.0).collect(), failure));
        }
    };
    split.recording += started.elapsed();
    fault::point("before-apply");
    let started = Instant::now();
    let indexes: Vec<usize> = items.iter().map(|item| item.0).collect();
    let results = session
        .apply_many(
            items
                .into_iter()
                .map(|(_, before, edits)| (before, edits))
                .collect(),
            in_flight,
        )
        .await;
    split.modifying += started.elapsed();
    fault::point("after-apply");
    let started = Instant::now();
    let mut applied: Vec<(i64, &ChangeRecord)> = Vec::new();
    let mut abandoned = Vec::new();
    let mut unknown = Vec::new();
    for (((i, result), mark), record) in indexes.into_iter().zip(results).zip(&marks).zip(&planned)
    {
        let outcome = match result {
            Ok(Applied::Now(_)) => {
                applied.push((*mark, record));
                RowOutcome::Applied(record.changes.clone())
            }
            // Someone else made this very change meanwhile: not ours to record.
            Ok(Applied::Already) => {
                abandoned.push(*mark);
                RowOutcome::NothingToChange
            }
            Err(ChangeFailure::Conflict { .. }) => {
                abandoned.push(*mark);
                RowOutcome::Conflict
            }
            Err(
                failure @ ChangeFailure::Connection(
                    LdapFailure::Disconnected { .. } | LdapFailure::Timeout { .. },
                ),
            ) => {
                unknown.push(*mark);
                sent.broken = true;
                RowOutcome::Unknown(failure.to_string())
            }
            // No connection to send it on (refused, unreachable, …).
            Err(ChangeFailure::Connection(failure)) => {
                abandoned.push(*mark);
                sent.broken = true;
                RowOutcome::NotSent(failure.to_string())
            }
            Err(failure) => {
                abandoned.push(*mark);
                RowOutcome::Refused(failure.to_string())
            }
        };
        sent.outcomes.push((i, outcome));
    }
    // Recorded, or (the database failing now) left marked: the next save
    // finds them applied and records them then; this run stops here.
    if let Err(error) = queue.record_in_batch(batch, &applied) {
        tracing::warn!(%error, "applied changes left for the next save to record");
        let marks: Vec<i64> = applied.iter().map(|(mark, _)| *mark).collect();
        queue.leave_changes(&marks);
        sent.unrecorded = Some(error.to_string());
    }
    if let Err(error) = queue.abandon_changes(&abandoned) {
        tracing::warn!(%error, "marks of changes not applied left for the next save");
    }
    queue.leave_changes(&unknown);
    split.recording += started.elapsed();
    Ok(sent)
}
