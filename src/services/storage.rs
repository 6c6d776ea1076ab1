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
}
