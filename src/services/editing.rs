//! Editing a directory as the window and the command line both do it:
//! signing in, finding, reading, and saving a change — the queue opened
//! before anything changes, what an earlier run left unfinished completed
//! first, then the change itself, recognised as already made when its reply
//! was lost the first time, so a retry never applies it twice.

mod membership;
pub mod queue;
mod search;
mod sign_in;

pub use membership::{OwnMembership, change_own_membership, is_member};

pub use search::{NamesProgress, SearchProgress, names_stream, read_names, search, search_stream};
pub(crate) use search::{Reporter, reported};
pub use sign_in::{SignInFailure, SignedIn, kerberos_notes, sign_in, sign_in_kerberos};

pub use crate::services::published::Followed;

use std::ops::ControlFlow;

use crate::domain::IdentityStore;
use crate::domain::change::{ChangeRecord, Edits};
use crate::domain::directory_object::{DirectoryObject, ObjectSummary};
use crate::domain::ldap_filter::SearchKind;
use crate::domain::schema::Schema;
use crate::environment::Folders;
use crate::services::ldap::{ChangeFailure, LdapFailure, Session};
use crate::services::mailer::SmtpSecrets;
use crate::services::notification_queue::NotificationQueue;
use crate::services::notify::{self, Saved};
use crate::services::published;
use crate::services::storage::postgres::Database;
use crate::services::storage::postgres::queue::SharedQueue;
use crate::services::storage::{Opened, Storage};

/// The object with the schema facts its editor needs.
pub async fn read_with_schema(
    session: &mut Session,
    dn: &str,
) -> Result<(DirectoryObject, std::sync::Arc<Schema>), LdapFailure> {
    let object = session.read(dn).await?;
    let schema = session.schema().await?;
    Ok((object, schema))
}

/// People to add as members: up to `limit` users whose name contains `text`.
pub async fn find_people(
    session: &mut Session,
    text: &str,
    limit: usize,
) -> Result<Vec<ObjectSummary>, LdapFailure> {
    let mut found = Vec::new();
    session
        .search(SearchKind::Users, text, |page| {
            found.extend(page);
            if found.len() >= limit {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .await?;
    found.truncate(limit);
    Ok(found)
}

/// The store as the session follows it, with who signs in to the mail
/// server: the store's SMTP account (its password from the keychain,
/// blocking, so read off the async threads) or the signed-in person.
async fn smtp_account(session: &Session) -> (IdentityStore, SmtpSecrets) {
    let mut store = session.store().clone();
    let mut secrets = {
        let store = store.clone();
        tokio::task::spawn_blocking(move || notify::smtp_secrets(&store))
            .await
            .unwrap_or_default()
    };
    let n = &mut store.notifications;
    if n.uses_signed_in_user() {
        // No mail address to sign in with: the email waits, saying why.
        secrets.password = None;
        if let Some((login, password)) = session.smtp_credentials(n.smtp_account) {
            n.smtp_username = login;
            secrets.password = Some(password);
        }
    }
    (store, secrets)
}

/// Sends what waited for this person to sign in again (emails sent with
/// their own account). A failure leaves them waiting, as before.
async fn send_waiting(
    session: &Session,
    store: &IdentityStore,
    queue: &mut Opened,
    secrets: &SmtpSecrets,
) {
    let waiting = match queue.pending_by(&store.id.0, &session.user().dn).await {
        Ok(waiting) => waiting,
        Err(error) => {
            tracing::warn!(%error, "could not list the emails waiting for this user");
            return;
        }
    };
    if waiting.is_empty() {
        return;
    }
    if let Err(error) = notify::deliver(queue, &store.notifications, secrets, &waiting).await {
        tracing::warn!(%error, "could not send the emails waiting for this user");
    }
}

/// What saving did.
#[derive(Debug)]
pub struct SaveOutcome {
    /// Other changes an earlier run had left unfinished, finished now.
    pub earlier: Vec<ChangeRecord>,
    /// The store's published settings, read before saving.
    pub followed: Followed,
    pub result: Result<Saved, ChangeFailure>,
}

impl SaveOutcome {
    /// Nothing was saved, for `failure`.
    pub fn failed(failure: ChangeFailure) -> Self {
        Self {
            earlier: Vec::new(),
            followed: Followed::NotPublished,
            result: Err(failure),
        }
    }
}

/// What every save begins with: the published settings, followed from
/// here on; the History and queue they name, opened (if they cannot record
/// notifications, nothing is changed); the mail account; and what an
/// earlier run left unfinished, completed first so its emails are not held
/// up by this save.
pub(crate) struct Ready {
    pub queue: Opened,
    pub followed: Followed,
    pub store: IdentityStore,
    pub secrets: SmtpSecrets,
    pub finished: Vec<Saved>,
}

/// Where `store`'s changes are recorded: its shared database, signed in
/// as the session's person, or this desk's own file. When it cannot be
/// opened, nothing is changed (the reason is the refusal's).
pub async fn open_storage(
    session: &Session,
    store: &IdentityStore,
    folders: &Folders,
) -> Result<Opened, String> {
    let Some(database) = &store.database else {
        return NotificationQueue::open(folders)
            .map(Opened::Local)
            .map_err(|e| e.to_string());
    };
    let Some((login, password)) = session.database_credentials() else {
        return Err(crate::fl!("cli-db-needs-password"));
    };
    let db = Database::connect(database, &login, &password)
        .await
        .map_err(|e| e.to_string())?;
    let queue = SharedQueue::open(db, store.shared_key())
        .await
        .map_err(|e| e.to_string())?;
    Ok(Opened::Shared(
        if store.notifications.uses_signed_in_user() {
            queue.sending_as_signed_in_user()
        } else {
            queue
        },
    ))
}

pub(crate) async fn ready_to_save(
    session: &mut Session,
    folders: &Folders,
) -> Result<Ready, ChangeFailure> {
    // What the admin published holds from this change on, on every desk
    // (among it, where the store's changes are recorded).
    let followed = published::follow(session, folders).await;
    let (store, secrets) = smtp_account(session).await;
    let mut queue = open_storage(session, &store, folders)
        .await
        .map_err(|detail| ChangeFailure::NotRecordable { detail })?;
    let finished = notify::finish_unfinished(session, &store, &mut queue, &secrets)
        .await
        .unwrap_or_else(|error| {
            tracing::warn!(%error, "could not finish earlier changes");
            Vec::new()
        });
    if store.notifications.uses_signed_in_user() && secrets.password.is_some() {
        send_waiting(session, &store, &mut queue, &secrets).await;
    }
    Ok(Ready {
        queue,
        followed,
        store,
        secrets,
        finished,
    })
}

/// Saves `edits` to the object as it was read (`before`) as the signed-in
/// user, with the store's notifications. Reads the SMTP password from the
/// keychain: blocking, so call it off the UI thread.
pub async fn save_change(
    session: &mut Session,
    folders: &Folders,
    before: &DirectoryObject,
    edits: &Edits,
) -> SaveOutcome {
    let Ready {
        mut queue,
        followed,
        store,
        secrets,
        finished,
    } = match ready_to_save(session, folders).await {
        Ok(ready) => ready,
        Err(failure) => return SaveOutcome::failed(failure),
    };
    let (same, earlier): (Vec<Saved>, Vec<Saved>) = finished
        .into_iter()
        .partition(|saved| saved.record.makes(before, edits));
    let earlier = earlier.into_iter().map(|saved| saved.record).collect();
    // This very change went out before and its reply was lost: it is made,
    // recorded and notified now; sending it again would only conflict.
    if let Some(saved) = same.into_iter().next() {
        return SaveOutcome {
            earlier,
            followed,
            result: Ok(saved),
        };
    }
    let result = notify::save(session, &store, before, edits, &mut queue, &secrets).await;
    SaveOutcome {
        earlier,
        followed,
        result,
    }
}
