//! The object editor's work off the UI thread: signing in, searching (a
//! stream of pages), reading, and saving with notifications. The window runs
//! these as tasks; tests call the same functions.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::futures::{SinkExt, Stream};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Mutex;

use super::Message;
use crate::domain::IdentityStore;
use crate::domain::change::{ChangeRecord, Edits};
use crate::domain::directory_object::{DirectoryObject, ObjectSummary};
use crate::domain::ldap_filter::SearchKind;
use crate::domain::schema::Schema;
use crate::environment::Folders;
use crate::fl;
use crate::services::editing;
use crate::services::keychain::{Keychain, SecretKind};
use crate::services::ldap::{ChangeFailure, Session};
use crate::services::notify::{self, NotifyOutcome};

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
    SignOut(SessionHandle),
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

/// What saving did: the change and who was told, or why nothing changed.
#[derive(Debug, Clone)]
pub enum SaveResult {
    Saved {
        record: ChangeRecord,
        outcome: Result<NotifyOutcome, String>,
    },
    NotSaved(ChangeFailure),
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    tokio::task::spawn_blocking(f).await.ok()
}

/// Signs in, with the password typed or the one remembered for this login,
/// and keeps it when asked to — saying so when the keychain would not.
async fn sign_in(
    store: IdentityStore,
    login: String,
    password: SecretString,
    remember: bool,
) -> Message {
    let id = store.id.clone();
    let has_account = store.service_account.is_some();
    let (service_password, remembered) = blocking(move || {
        let keychain = Keychain::platform().ok();
        let service = has_account
            .then(|| {
                keychain
                    .as_ref()
                    .and_then(|k| k.get(&id, SecretKind::ServiceAccount).ok().flatten())
            })
            .flatten();
        let remembered = keychain.and_then(|k| k.get(&id, SecretKind::SignIn).ok().flatten());
        (service, remembered)
    })
    .await
    .unwrap_or_default();
    // One remembered sign-in per store, kept as "login\npassword": an empty
    // password field for that login uses it.
    let password = match remembered
        .as_ref()
        .and_then(|r| r.expose_secret().split_once('\n'))
    {
        Some((saved_login, saved))
            if password.expose_secret().is_empty() && saved_login == login.trim() =>
        {
            SecretString::from(saved)
        }
        _ => password,
    };
    if password.expose_secret().is_empty() {
        return Message::SignedIn(Err(fl!("sign-in-enter-password")));
    }
    let service_password = service_password.as_ref().map(ExposeSecret::expose_secret);
    match Session::sign_in(&store, &login, password.expose_secret(), service_password).await {
        Ok(session) => {
            let user = session.user().clone();
            let not_remembered = if remember {
                let id = store.id.clone();
                let value =
                    SecretString::from(format!("{}\n{}", login.trim(), password.expose_secret()));
                blocking(move || {
                    Keychain::platform()
                        .and_then(|k| k.set(&id, SecretKind::SignIn, value.expose_secret()))
                })
                .await
                .and_then(Result::err)
                .map(|error| fl!("sign-in-remember-failed", reason = error.to_string()))
            } else {
                None
            };
            Message::SignedIn(Ok((
                SessionHandle(Arc::new(Mutex::new(session))),
                user,
                not_remembered,
            )))
        }
        Err(failure) => Message::SignedIn(Err(failure.to_string())),
    }
}

/// Does one piece of work and says how it went.
pub async fn perform(op: Op) -> Message {
    match op {
        Op::SignIn {
            store,
            login,
            password,
            remember,
        } => sign_in(*store, login, password, remember).await,
        Op::Read { session, dn } => {
            let mut session = session.0.lock().await;
            let result = async {
                let object = session.read(&dn).await?;
                let schema = session.schema().await?;
                Ok::<(DirectoryObject, Arc<Schema>), crate::services::ldap::LdapFailure>((
                    object, schema,
                ))
            }
            .await;
            Message::ObjectLoaded(
                result
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
            Message::Saved(Box::new(match saved.result {
                Err(failure) => SaveResult::NotSaved(failure),
                Ok(notify::Saved { record, outcome }) => SaveResult::Saved {
                    record,
                    outcome: outcome.map_err(|e| e.to_string()),
                },
            }))
        }
        Op::FindPeople { session, text } => {
            let mut session = session.0.lock().await;
            let mut found = Vec::new();
            let result = session
                .search(SearchKind::Users, &text, |page| {
                    found.extend(page);
                    if found.len() >= 50 {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    }
                })
                .await;
            found.truncate(50);
            Message::Object(super::object::Message::PeopleFound(
                result.map(|_| found).map_err(|e| e.to_string()),
            ))
        }
        Op::SignOut(session) => {
            if let Ok(session) = Arc::try_unwrap(session.0) {
                session.into_inner().sign_out().await;
            }
            Message::SignedOut
        }
    }
}

/// Runs a search, handing each page to `emit` as a message; stops when
/// `cancel` is set.
pub async fn search(op: SearchOp, mut emit: impl FnMut(Message)) {
    let mut session = op.session.0.lock().await;
    let generation = op.generation;
    let cancel = op.cancel.clone();
    let result = session
        .search(op.kind, &op.text, |page: Vec<ObjectSummary>| {
            emit(Message::Find(super::find::Message::Page(generation, page)));
            if cancel.load(Ordering::Relaxed) {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .await;
    emit(Message::Find(super::find::Message::Finished(
        generation,
        result
            .map(|outcome| outcome.found)
            .map_err(|e| e.to_string()),
    )));
}

/// The search as a stream of messages, for the window.
pub fn search_stream(op: SearchOp) -> impl Stream<Item = Message> {
    iced::stream::channel(16, async move |mut output| {
        let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
        let running = tokio::spawn(search(op, move |message| {
            let _ = sender.send(message);
        }));
        while let Some(message) = receiver.recv().await {
            if output.send(message).await.is_err() {
                break;
            }
        }
        let _ = running.await;
    })
}
