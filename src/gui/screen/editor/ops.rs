//! The object editor's work, as the window runs it: each piece is done by
//! `services::editing` (the command line uses the same functions), and its
//! result becomes the editor's message here.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use iced::futures::StreamExt;
use iced::futures::stream::BoxStream;
use secrecy::SecretString;
use tokio::sync::Mutex;

use super::{Message, find, member_of, members, object};
use crate::domain::IdentityStore;
use crate::domain::change::Edits;
use crate::domain::directory_object::DirectoryObject;
use crate::domain::ldap_filter::SearchKind;
use crate::environment::Folders;
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
            let saved = editing::save_change(&mut session, &folders, &before, &edits).await;
            let problem = match saved.followed {
                editing::Followed::Problem(problem) => Some(problem),
                _ => None,
            };
            Message::Saved(Box::new(saved.result), problem)
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
        Op::SignOut(session) => {
            if let Ok(session) = Arc::try_unwrap(session.0) {
                session.into_inner().sign_out().await;
            }
            Message::SignedOut
        }
    }
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
pub async fn run(op: StreamOp, mut emit: impl FnMut(Message)) {
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
