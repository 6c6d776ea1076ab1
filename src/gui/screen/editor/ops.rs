//! The object editor's work, as the window runs it: each piece is done by
//! `services::editing` (the command line uses the same functions), and its
//! result becomes the editor's message here.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use iced::futures::StreamExt;
use iced::futures::stream::BoxStream;
use secrecy::SecretString;
use tokio::sync::Mutex;

use std::path::PathBuf;

use super::{Message, bulk, find, member_of, members, object};
use crate::domain::IdentityStore;
use crate::domain::bulk::BulkChange;
use crate::domain::change::Edits;
use crate::domain::directory_object::DirectoryObject;
use crate::domain::ldap_filter::SearchKind;
use crate::environment::Folders;
use crate::services::bulk::{self as bulk_edit, PreviewRow, RowResult};
use crate::services::editing::{self, NamesProgress, SearchProgress};
use crate::services::ldap::{Session, kerberos};

/// A signed-in session shared by the editor's tasks.
#[derive(Clone)]
pub struct SessionHandle(pub Arc<Mutex<Session>>);

impl std::fmt::Debug for SessionHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionHandle")
    }
}

/// Work the editor asks for.
#[derive(Debug, Clone)]
pub enum Op {
    SignIn {
        store: Box<IdentityStore>,
        login: String,
        password: SecretString,
        remember: bool,
    },
    Read {
        session: SessionHandle,
        dn: String,
    },
    Apply {
        session: SessionHandle,
        folders: Folders,
        before: DirectoryObject,
        edits: Edits,
    },
    /// Join or leave `group` as the signed-in user.
    OwnMembership {
        session: SessionHandle,
        folders: Folders,
        group: String,
        change: editing::OwnMembership,
    },
    /// People to add as members: users whose name contains the text.
    FindPeople {
        session: SessionHandle,
        text: String,
    },
    /// The groups a user is in.
    MemberOf {
        session: SessionHandle,
        user: Box<DirectoryObject>,
        nested: bool,
    },
    /// Who the Kerberos ticket is for, if there is one to sign in with.
    ProbeTicket,
    SignInKerberos {
        store: Box<IdentityStore>,
    },
    SignOut(SessionHandle),
    /// Bulk edit: the file dialog for a file of changes, or for where the
    /// failed rows go.
    BulkPickFile,
    BulkPickExport,
    BulkRead(PathBuf),
    /// Checks the changes with the schema and reads every object.
    BulkPreview {
        session: SessionHandle,
        changes: Vec<BulkChange>,
    },
    BulkExport {
        path: PathBuf,
        rows: Vec<RowResult>,
    },
}

/// Work whose results come as a stream of messages.
#[derive(Debug, Clone)]
pub enum StreamOp {
    Search(SearchOp),
    /// The names of a group's members.
    LookUpNames {
        session: SessionHandle,
        wanted: members::NamesWanted,
    },
    /// A bulk edit's run of what was previewed: its rows as their chunks
    /// complete, then how it ended.
    BulkApply {
        session: SessionHandle,
        folders: Folders,
        rows: Vec<PreviewRow>,
        cancel: Arc<AtomicBool>,
    },
}

/// A search to stream; `cancel` stops it between pages.
#[derive(Debug, Clone)]
pub struct SearchOp {
    pub session: SessionHandle,
    pub kind: SearchKind,
    pub text: String,
    pub generation: u64,
    pub cancel: Arc<AtomicBool>,
}

/// Does one piece of work and says how it went.
pub async fn perform(op: Op) -> Message {
    match op {
        Op::SignIn {
            store,
            login,
            password,
            remember,
        } => signed_in(editing::sign_in(&store, &login, password, remember).await),
        Op::SignInKerberos { store } => signed_in(editing::sign_in_kerberos(&store).await),
        Op::ProbeTicket => Message::TicketProbed(
            tokio::task::spawn_blocking(kerberos::current_principal)
                .await
                .ok()
                .and_then(Result::ok),
        ),
        Op::Read { session, dn } => {
            let mut session = session.0.lock().await;
            Message::ObjectLoaded(
                editing::read_with_schema(&mut session, &dn)
                    .await
                    .map(|(o, s)| (Box::new(o), s))
                    .map_err(|e| e.to_string()),
            )
        }
        Op::Apply {
            session,
            folders,
            before,
            edits,
        } => {
            let mut session = session.0.lock().await;
            saved(editing::save_change(&mut session, &folders, &before, &edits).await)
        }
        Op::OwnMembership {
            session,
            folders,
            group,
            change,
        } => {
            let mut session = session.0.lock().await;
            saved(editing::change_own_membership(&mut session, &folders, &group, change).await)
        }
        Op::FindPeople { session, text } => {
            let mut session = session.0.lock().await;
            Message::Object(object::Message::Members(members::Message::PeopleFound(
                editing::find_people(&mut session, &text, 50)
                    .await
                    .map_err(|e| e.to_string()),
            )))
        }
        Op::MemberOf {
            session,
            user,
            nested,
        } => {
            let mut session = session.0.lock().await;
            let groups = session.member_of(&user, nested).await;
            Message::Object(object::Message::MemberOf(member_of::Message::Loaded(
                nested,
                groups.map_err(|e| e.to_string()),
            )))
        }
        Op::BulkPickFile => Message::Bulk(bulk::Message::FileChosen(
            rfd::AsyncFileDialog::new()
                .add_filter("LDIF, CSV", &["ldif", "ldf", "csv", "txt"])
                .pick_file()
                .await
                .map(|f| f.path().to_path_buf()),
        )),
        Op::BulkPickExport => Message::Bulk(bulk::Message::ExportChosen(
            rfd::AsyncFileDialog::new()
                .add_filter("CSV", &["csv"])
                .set_file_name("failed.csv")
                .save_file()
                .await
                .map(|f| f.path().to_path_buf()),
        )),
        Op::BulkRead(path) => {
            let read = tokio::task::spawn_blocking(move || {
                bulk_edit::read_file(&path, bulk_edit::is_csv_name(&path), None)
            })
            .await;
            Message::Bulk(bulk::Message::FileRead(match read {
                Ok(result) => result.map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            }))
        }
        Op::BulkPreview { session, changes } => {
            let mut session = session.0.lock().await;
            Message::Bulk(bulk::Message::Previewed(
                bulk_preview(&mut session, &changes).await,
            ))
        }
        Op::BulkExport { path, rows } => {
            let written = bulk::failed_csv(&rows)
                .map_err(|e| e.to_string())
                .and_then(|bytes| std::fs::write(&path, bytes).map_err(|e| e.to_string()));
            Message::Bulk(bulk::Message::Exported(written.map(|()| rows.len())))
        }
        Op::SignOut(session) => {
            if let Ok(session) = Arc::try_unwrap(session.0) {
                session.into_inner().sign_out().await;
            }
            Message::SignedOut
        }
    }
}

/// Changes on the wire at once in the window's bulk edits.
const BULK_IN_FLIGHT: usize = 8;

/// A bulk edit's preview: what the schema alone rules out refuses the
/// whole list (every problem with its line); then every object is read.
async fn bulk_preview(
    session: &mut Session,
    changes: &[BulkChange],
) -> Result<Vec<PreviewRow>, String> {
    let schema = session.schema().await.map_err(|e| e.to_string())?;
    crate::domain::bulk::schema_problems(changes, &schema).map_err(|e| e.to_string())?;
    bulk_edit::preview(session, changes, BULK_IN_FLIGHT)
        .await
        .map_err(|e| e.to_string())
}

/// Runs a bulk edit, handing its rows to `emit` a hundred at a time, then
/// how it ended; `emit` returning false (nobody listens) cancels it.
async fn bulk_apply(
    session: SessionHandle,
    folders: Folders,
    rows: Vec<PreviewRow>,
    cancel: Arc<AtomicBool>,
    mut emit: impl FnMut(Message) -> bool + Send,
) {
    let mut session = session.0.lock().await;
    let mut pending: Vec<RowResult> = Vec::new();
    let ran = bulk_edit::apply_previewed(
        &mut session,
        &folders,
        &rows,
        BULK_IN_FLIGHT,
        &cancel,
        |row| {
            pending.push(row);
            if pending.len() >= 100
                && !emit(Message::Bulk(bulk::Message::Progress(std::mem::take(
                    &mut pending,
                ))))
            {
                cancel.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        },
    )
    .await;
    if !pending.is_empty() {
        emit(Message::Bulk(bulk::Message::Progress(pending)));
    }
    let ended = ran
        .map(|report| bulk::RunEnded {
            lines: report
                .notes()
                .into_iter()
                .chain(report.told_lines())
                .collect(),
        })
        .map_err(|e| e.to_string());
    emit(Message::Bulk(bulk::Message::Finished(ended)));
}

/// The editor's message for a sign-in's result.
fn signed_in(result: Result<editing::SignedIn, editing::SignInFailure>) -> Message {
    Message::SignedIn(
        result
            .map(|signed_in| {
                let user = signed_in.session.user().clone();
                let notes = editing::kerberos_notes(&signed_in.session);
                let session = SessionHandle(Arc::new(Mutex::new(signed_in.session)));
                (session, user, signed_in.not_remembered, notes)
            })
            .map_err(|failure| failure.to_string()),
    )
}

/// The find screen's message for a search's progress.
fn found(generation: u64, progress: SearchProgress) -> Message {
    Message::Find(match progress {
        SearchProgress::Page(page) => find::Message::Page(generation, page),
        SearchProgress::Finished(result) => {
            find::Message::Finished(generation, result.map_err(|e| e.to_string()))
        }
    })
}

/// Runs streamed work, handing each result to `emit` as a message (the
/// tests' way; the window streams it).
pub async fn run(op: StreamOp, mut emit: impl FnMut(Message) + Send) {
    match op {
        StreamOp::Search(op) => {
            let generation = op.generation;
            editing::search(&op.session.0, op.kind, &op.text, &op.cancel, |progress| {
                emit(found(generation, progress))
            })
            .await;
        }
        StreamOp::LookUpNames { session, wanted } => {
            editing::read_names(session.0, &wanted.dns, &wanted.stop, |progress| {
                emit(names(wanted.id, progress))
            })
            .await;
        }
        StreamOp::BulkApply {
            session,
            folders,
            rows,
            cancel,
        } => {
            bulk_apply(session, folders, rows, cancel, |message| {
                emit(message);
                true
            })
            .await;
        }
    }
}

/// Streamed work as a stream of messages, for the window.
pub fn stream(op: StreamOp) -> BoxStream<'static, Message> {
    match op {
        StreamOp::Search(op) => {
            let generation = op.generation;
            editing::search_stream(op.session.0, op.kind, op.text, op.cancel)
                .map(move |progress| found(generation, progress))
                .boxed()
        }
        StreamOp::LookUpNames { session, wanted } => {
            editing::names_stream(session.0, wanted.dns, wanted.stop)
                .map(move |progress| names(wanted.id, progress))
                .boxed()
        }
        StreamOp::BulkApply {
            session,
            folders,
            rows,
            cancel,
        } => editing::reported(move |reporter: editing::Reporter<Message>| async move {
            bulk_apply(session, folders, rows, cancel, |message| {
                reporter.send(message)
            })
            .await;
        })
        .boxed(),
    }
}

fn names(id: u64, progress: NamesProgress) -> Message {
    Message::Object(object::Message::Members(match progress {
        NamesProgress::Found(rows) => members::Message::NamesFound(id, rows),
        NamesProgress::Finished(result) => {
            members::Message::NamesEnded(id, result.map_err(|e| e.to_string()))
        }
    }))
}

/// A save's message, with what was wrong with the store's published
/// settings when they were read before it.
fn saved(saved: editing::SaveOutcome) -> Message {
    let problem = match saved.followed {
        editing::Followed::Problem(problem) => Some(problem),
        _ => None,
    };
    Message::Saved(Box::new(saved.result), problem)
}
