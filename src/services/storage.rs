//! Where a store's History and notification queue are kept: this desk's own
//! SQLite file (`sqlite`, the `NotificationQueue`), or the organisation's
//! PostgreSQL database that every desk following the store shares
//! (`postgres`). One interface, `Storage`, with the same guarantees on
//! both, which one conformance suite checks (tests/it/storage_conformance.rs):
//! a change is marked before the directory sees it; its History entry and
//! its emails are recorded in one transaction after; two senders never
//! both claim one email; a change a stopped desk left behind is found.

use std::future::Future;

use crate::domain::change::ChangeRecord;
use crate::domain::history_filter::HistoryFilter;
use crate::domain::recipients::NotSent;
use crate::services::notification_queue::{
    Filter, HistoryEntry, OutgoingEmail, QueueError, QueuedEmail, Unfinished,
};

pub mod postgres;
mod sqlite;

/// The History and the notification queue, wherever they live.
pub trait Storage: Send {
    /// Notes a change about to be sent to the directory; its id goes to
    /// `finish_change`. Refused (and the change with it) when it could not
    /// be recorded afterwards.
    fn begin_change(
        &mut self,
        planned: &ChangeRecord,
    ) -> impl Future<Output = Result<i64, QueueError>> + Send;

    /// This desk is done with the save that began `unfinished`: if its mark
    /// is still there, anyone may finish it from now on.
    fn leave_change(&mut self, unfinished: i64) -> impl Future<Output = ()> + Send;

    /// Forgets a change the directory did not apply.
    fn abandon_change(
        &mut self,
        unfinished: i64,
    ) -> impl Future<Output = Result<(), QueueError>> + Send;

    /// A store's changes begun and never finished by a desk no longer on
    /// them, oldest first.
    fn unfinished_changes(
        &mut self,
        store_id: &str,
    ) -> impl Future<Output = Result<Vec<Unfinished>, QueueError>> + Send;

    /// Records an applied change, its emails and who was not told, and
    /// clears its mark, in one transaction. Returns the change's id and its
    /// emails' ids.
    fn finish_change(
        &mut self,
        unfinished: Option<i64>,
        record: &ChangeRecord,
        emails: &[OutgoingEmail],
        not_sent: &[NotSent],
    ) -> impl Future<Output = Result<(i64, Vec<i64>), QueueError>> + Send;

    /// Records changes of a bulk edit's batch that the directory applied,
    /// clearing their marks; their digest tells about them later.
    fn record_in_batch(
        &mut self,
        batch: i64,
        applied: &[(i64, &ChangeRecord)],
    ) -> impl Future<Output = Result<Vec<i64>, QueueError>> + Send;

    /// Queues an email that belongs to no change (a test email).
    fn enqueue(
        &mut self,
        store_id: &str,
        email: &OutgoingEmail,
    ) -> impl Future<Output = Result<i64, QueueError>> + Send;

    /// Emails to attempt now, and those a stopped sender left "sending".
    fn due(&mut self) -> impl Future<Output = Result<Vec<QueuedEmail>, QueueError>> + Send;

    fn get(
        &mut self,
        id: i64,
    ) -> impl Future<Output = Result<Option<QueuedEmail>, QueueError>> + Send;

    fn list(
        &mut self,
        filter: Filter,
    ) -> impl Future<Output = Result<Vec<QueuedEmail>, QueueError>> + Send;

    /// Claims an email for one attempt by this desk; `false` when another
    /// sender has it now.
    fn claim_for_sending(
        &mut self,
        id: i64,
    ) -> impl Future<Output = Result<bool, QueueError>> + Send;

    fn mark_sent(
        &mut self,
        id: i64,
        response: &str,
    ) -> impl Future<Output = Result<(), QueueError>> + Send;

    fn mark_retry(
        &mut self,
        id: i64,
        error: &str,
        delay_seconds: i64,
    ) -> impl Future<Output = Result<(), QueueError>> + Send;

    fn mark_failed(
        &mut self,
        id: i64,
        error: &str,
    ) -> impl Future<Output = Result<(), QueueError>> + Send;

    /// "Send" on a failed or waiting row: due now.
    fn retry_now(&mut self, id: i64) -> impl Future<Output = Result<bool, QueueError>> + Send;

    /// "Delete" a row (sent ones stay in the History).
    fn delete(&mut self, id: i64) -> impl Future<Output = Result<bool, QueueError>> + Send;

    /// The store's unsent emails about changes `author_dn` made.
    fn pending_by(
        &mut self,
        store_id: &str,
        author_dn: &str,
    ) -> impl Future<Output = Result<Vec<QueuedEmail>, QueueError>> + Send;

    /// Changes made through dirdesk, newest first, with their emails.
    fn history(
        &mut self,
        store_id: Option<&str>,
        object_dn: Option<&str>,
    ) -> impl Future<Output = Result<Vec<HistoryEntry>, QueueError>> + Send;

    /// The History as `filter` narrows it, newest first.
    fn search_history(
        &mut self,
        filter: &HistoryFilter,
    ) -> impl Future<Output = Result<Vec<HistoryEntry>, QueueError>> + Send;
}

/// A store's storage as a save opens it: this desk's file, or the
/// organisation's database when the store names one.
#[derive(Debug)]
pub enum Opened {
    Local(crate::services::notification_queue::NotificationQueue),
    Shared(postgres::queue::SharedQueue),
}

/// Calls the same `Storage` method on whichever `Opened` holds.
macro_rules! either {
    ($self:ident, $q:ident => $call:expr) => {
        match $self {
            Opened::Local($q) => $call.await,
            Opened::Shared($q) => $call.await,
        }
    };
}

impl Storage for Opened {
    async fn begin_change(&mut self, planned: &ChangeRecord) -> Result<i64, QueueError> {
        either!(self, q => Storage::begin_change(q, planned))
    }

    async fn leave_change(&mut self, unfinished: i64) {
        either!(self, q => Storage::leave_change(q, unfinished))
    }

    async fn abandon_change(&mut self, unfinished: i64) -> Result<(), QueueError> {
        either!(self, q => Storage::abandon_change(q, unfinished))
    }

    async fn unfinished_changes(&mut self, store_id: &str) -> Result<Vec<Unfinished>, QueueError> {
        either!(self, q => Storage::unfinished_changes(q, store_id))
    }

    async fn finish_change(
        &mut self,
        unfinished: Option<i64>,
        record: &ChangeRecord,
        emails: &[OutgoingEmail],
        not_sent: &[NotSent],
    ) -> Result<(i64, Vec<i64>), QueueError> {
        either!(self, q => Storage::finish_change(q, unfinished, record, emails, not_sent))
    }

    async fn record_in_batch(
        &mut self,
        batch: i64,
        applied: &[(i64, &ChangeRecord)],
    ) -> Result<Vec<i64>, QueueError> {
        either!(self, q => Storage::record_in_batch(q, batch, applied))
    }

    async fn enqueue(&mut self, store_id: &str, email: &OutgoingEmail) -> Result<i64, QueueError> {
        either!(self, q => Storage::enqueue(q, store_id, email))
    }

    async fn due(&mut self) -> Result<Vec<QueuedEmail>, QueueError> {
        either!(self, q => Storage::due(q))
    }

    async fn get(&mut self, id: i64) -> Result<Option<QueuedEmail>, QueueError> {
        either!(self, q => Storage::get(q, id))
    }

    async fn list(&mut self, filter: Filter) -> Result<Vec<QueuedEmail>, QueueError> {
        either!(self, q => Storage::list(q, filter))
    }

    async fn claim_for_sending(&mut self, id: i64) -> Result<bool, QueueError> {
        either!(self, q => Storage::claim_for_sending(q, id))
    }

    async fn mark_sent(&mut self, id: i64, response: &str) -> Result<(), QueueError> {
        either!(self, q => Storage::mark_sent(q, id, response))
    }

    async fn mark_retry(&mut self, id: i64, error: &str, delay: i64) -> Result<(), QueueError> {
        either!(self, q => Storage::mark_retry(q, id, error, delay))
    }

    async fn mark_failed(&mut self, id: i64, error: &str) -> Result<(), QueueError> {
        either!(self, q => Storage::mark_failed(q, id, error))
    }

    async fn retry_now(&mut self, id: i64) -> Result<bool, QueueError> {
        either!(self, q => Storage::retry_now(q, id))
    }

    async fn delete(&mut self, id: i64) -> Result<bool, QueueError> {
        either!(self, q => Storage::delete(q, id))
    }

    async fn pending_by(
        &mut self,
        store_id: &str,
        author_dn: &str,
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        either!(self, q => Storage::pending_by(q, store_id, author_dn))
    }

    async fn history(
        &mut self,
        store_id: Option<&str>,
        object_dn: Option<&str>,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        either!(self, q => Storage::history(q, store_id, object_dn))
    }

    async fn search_history(
        &mut self,
        filter: &HistoryFilter,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        either!(self, q => Storage::search_history(q, filter))
    }
}
