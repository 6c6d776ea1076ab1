//! The organisation's notification queue as a signed-in person works it
//! (`dirdesk queue … --user`, and the window's Notifications node on a
//! store with a shared database): what they may see, and sending what this
//! desk may send — emails with the store's account when its mail settings
//! work here, and the person's own when they go out with it.

use super::{open_storage, smtp_account};
use crate::domain::retention::Keep;
use crate::environment::Folders;
use crate::fl;
use crate::services::ldap::Session;
use crate::services::notification_queue::{Filter, NotificationQueue, QueuedEmail};
use crate::services::notify::{self, NotHere, SendReport, Which};
use crate::services::storage::postgres::queue::SharedQueue;
use crate::services::storage::postgres::retention::Retention;
use crate::services::storage::{Opened, Storage};

/// The store's emails the person may see: their own, those waiting to go
/// out with the store's account, and everyone's for dirdesk_admin.
pub async fn list(
    session: &Session,
    folders: &Folders,
    filter: Filter,
) -> Result<Vec<QueuedEmail>, String> {
    let mut queue = open_storage(session, session.store(), folders).await?;
    queue.list(filter).await.map_err(|e| e.to_string())
}

/// Deletes an email not yet sent (the person's own; dirdesk_admin's any).
/// `false`: no such email that they may delete.
pub async fn delete(session: &Session, folders: &Folders, id: i64) -> Result<bool, String> {
    let mut queue = open_storage(session, session.store(), folders).await?;
    queue.delete(id).await.map_err(|e| e.to_string())
}

/// Sends what `which` names that this desk may send; the rest is left for
/// the desk that can, and said so.
pub async fn send(
    session: &Session,
    folders: &Folders,
    which: Which,
) -> Result<SendReport, String> {
    let (store, secrets) = smtp_account(session).await;
    let mut queue = open_storage(session, &store, folders).await?;
    let me = session.database_credentials().map(|(login, _)| login);
    let as_person = store.notifications.uses_signed_in_user();
    // Each email goes out with the account it was queued for: a person's
    // own only from where they are signed in, the store's only from a desk
    // set to send with it.
    let waits = |email: &QueuedEmail| match &email.sender_login {
        Some(sender) if !as_person || Some(sender) != me.as_ref() => Some(NotHere::new(
            email,
            fl!("queue-waits-for-sender", login = sender.as_str()),
        )),
        None if as_person => Some(NotHere::new(email, fl!("queue-waits-for-store-account"))),
        _ => None,
    };
    if let Which::One(id) = which {
        // Asking for it does not make someone else's email due now.
        let email = queue.get(id).await.map_err(|e| e.to_string())?;
        let email = email.ok_or_else(|| fl!("queue-no-such-email", id = id))?;
        if let Some(waiting) = waits(&email) {
            return Ok(SendReport {
                not_here: vec![waiting],
                ..SendReport::default()
            });
        }
    }
    let rows = notify::chosen(&mut queue, which).await?;
    let (others, mine): (Vec<QueuedEmail>, Vec<QueuedEmail>) =
        rows.into_iter().partition(|email| waits(email).is_some());
    let mut report = notify::deliver_here(&mut queue, &store.notifications, &secrets, &mine)
        .await
        .map_err(|e| e.to_string())?;
    report.not_here.extend(others.iter().filter_map(waits));
    Ok(report)
}

/// The store's shared database itself (the retention choice is only there).
async fn shared_queue(session: &Session, folders: &Folders) -> Result<SharedQueue, String> {
    match open_storage(session, session.store(), folders).await? {
        Opened::Shared(queue) => Ok(queue),
        Opened::Local(_) => Err(fl!(
            "cli-db-no-database",
            name = session.store().name.as_str()
        )),
    }
}

/// How long the store's shared History is kept.
pub async fn retention(session: &Session, folders: &Folders) -> Result<Retention, String> {
    let queue = shared_queue(session, folders).await?;
    queue.retention().await.map_err(|e| e.to_string())
}

/// An admin's choice of how long it is kept; what is older goes at once.
/// Returns the choice as the database holds it now, and how many History
/// entries went.
pub async fn choose_retention(
    session: &Session,
    folders: &Folders,
    keep: Keep,
) -> Result<(Retention, i64), String> {
    let queue = shared_queue(session, folders).await?;
    let removed = queue
        .choose_retention(keep)
        .await
        .map_err(|e| e.to_string())?;
    let now = queue.retention().await.map_err(|e| e.to_string())?;
    Ok((now, removed))
}

/// What uploading this desk's own History of a store did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Uploaded {
    /// The signed-in person's entries added now.
    pub added: usize,
    /// Theirs that an earlier upload had added.
    pub there_already: usize,
    /// Entries others made at this desk, by name: only they can add them
    /// (each row is in the name of who signed in).
    pub left_for_others: Vec<(String, usize)>,
}

/// Adds the signed-in person's changes in this desk's own History of the
/// store (made before the store used a shared database) to the shared one,
/// once: running it again adds nothing. Their emails stay in this desk's
/// queue, sent from here as before.
pub async fn upload_history(session: &Session, folders: &Folders) -> Result<Uploaded, String> {
    let store = session.store();
    // The desk's file is small and answers at once.
    let local = NotificationQueue::open(folders).map_err(|e| e.to_string())?;
    let identity = local.desk_identity().map_err(|e| e.to_string())?;
    let entries = local
        .history(Some(&store.id.0), None)
        .map_err(|e| e.to_string())?;
    drop(local);
    let me = &session.user().dn;
    let (mut mine, others): (Vec<_>, Vec<_>) = entries
        .into_iter()
        .partition(|e| crate::domain::dn::same(&e.record.author.dn, me));
    // Oldest first: the shared History lists by the order of record.
    mine.reverse();
    let queue = shared_queue(session, folders).await?;
    let added = queue
        .upload(&identity, &mine)
        .await
        .map_err(|e| e.to_string())?;
    let mut left: std::collections::BTreeMap<String, usize> = Default::default();
    for entry in &others {
        *left.entry(entry.record.author.name.clone()).or_default() += 1;
    }
    Ok(Uploaded {
        added,
        there_already: mine.len() - added,
        left_for_others: left.into_iter().collect(),
    })
}
