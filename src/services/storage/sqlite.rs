//! The desk's own SQLite file as a `Storage`: the `NotificationQueue`'s
//! own (blocking, quick, local) calls.

use super::Storage;
use crate::domain::change::ChangeRecord;
use crate::domain::history_filter::HistoryFilter;
use crate::domain::recipients::NotSent;
use crate::services::notification_queue::{
    Filter, HistoryEntry, NotificationQueue, OutgoingEmail, QueueError, QueuedEmail, Unfinished,
};

impl Storage for NotificationQueue {
    async fn begin_change(&mut self, planned: &ChangeRecord) -> Result<i64, QueueError> {
        NotificationQueue::begin_change(self, planned)
    }

    async fn leave_change(&mut self, unfinished: i64) {
        NotificationQueue::leave_change(self, unfinished);
    }

    async fn abandon_change(&mut self, unfinished: i64) -> Result<(), QueueError> {
        NotificationQueue::abandon_change(self, unfinished)
    }

    async fn unfinished_changes(&mut self, store_id: &str) -> Result<Vec<Unfinished>, QueueError> {
        NotificationQueue::unfinished_changes(self, store_id)
    }

    async fn finish_change(
        &mut self,
        unfinished: Option<i64>,
        record: &ChangeRecord,
        emails: &[OutgoingEmail],
        not_sent: &[NotSent],
    ) -> Result<(i64, Vec<i64>), QueueError> {
        NotificationQueue::finish_change(self, unfinished, record, emails, not_sent)
    }

    async fn record_in_batch(
        &mut self,
        batch: i64,
        applied: &[(i64, &ChangeRecord)],
    ) -> Result<Vec<i64>, QueueError> {
        NotificationQueue::record_in_batch(self, batch, applied)
    }

    async fn enqueue(&mut self, store_id: &str, email: &OutgoingEmail) -> Result<i64, QueueError> {
        NotificationQueue::enqueue(self, store_id, email)
    }

    async fn due(&mut self) -> Result<Vec<QueuedEmail>, QueueError> {
        NotificationQueue::due(self)
    }

    async fn get(&mut self, id: i64) -> Result<Option<QueuedEmail>, QueueError> {
        NotificationQueue::get(self, id)
    }

    async fn list(&mut self, filter: Filter) -> Result<Vec<QueuedEmail>, QueueError> {
        NotificationQueue::list(self, filter)
    }

    async fn claim_for_sending(&mut self, id: i64) -> Result<bool, QueueError> {
        NotificationQueue::claim_for_sending(self, id)
    }

    async fn mark_sent(&mut self, id: i64, response: &str) -> Result<(), QueueError> {
        NotificationQueue::mark_sent(self, id, response)
    }

    async fn mark_retry(&mut self, id: i64, error: &str, delay: i64) -> Result<(), QueueError> {
        NotificationQueue::mark_retry(self, id, error, delay)
    }

    async fn mark_failed(&mut self, id: i64, error: &str) -> Result<(), QueueError> {
        NotificationQueue::mark_failed(self, id, error)
    }

    async fn retry_now(&mut self, id: i64) -> Result<bool, QueueError> {
        NotificationQueue::retry_now(self, id)
    }

    async fn delete(&mut self, id: i64) -> Result<bool, QueueError> {
        NotificationQueue::delete(self, id)
    }

    async fn pending_by(
        &mut self,
        store_id: &str,
        author_dn: &str,
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        NotificationQueue::pending_by(self, store_id, author_dn)
    }

    async fn history(
        &mut self,
        store_id: Option<&str>,
        object_dn: Option<&str>,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        NotificationQueue::history(self, store_id, object_dn)
    }

    async fn search_history(
        &mut self,
        filter: &HistoryFilter,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        // A desk's own file is small: read, then narrowed here.
        let entries = NotificationQueue::history(self, filter.store_id.as_deref(), None)?;
        Ok(entries
            .into_iter()
            .filter(|e| filter.before.is_none_or(|before| e.id < before))
            .filter(|e| filter.matches(&e.record, None))
            .take(filter.limit.unwrap_or(usize::MAX))
            .collect())
    }
}
