//! Reading the shared History: the filters of the History node as SQL,
//! narrowed further by row-level security to what the person may read.

use std::collections::HashMap;

use super::queue::SharedQueue;
use crate::domain::change::ChangeRecord;
use crate::domain::history_filter::HistoryFilter;
use crate::services::notification_queue::{HistoryEntry, QueueError, QueuedEmail, Recorded};

impl SharedQueue {
    /// The History as `filter` narrows it, newest first: filtered in SQL on
    /// the indexed columns, every entry's emails read in one query.
    pub(super) async fn search(
        &self,
        filter: &HistoryFilter,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        let lower = |s: &Option<String>| s.as_deref().map(str::to_lowercase);
        let store = filter.store_id.as_ref().map(|_| self.store.as_str());
        let object_key = filter.object.as_deref().map(crate::domain::dn::key);
        let since = filter.since.map(|t| t.to_string());
        let until = filter.until.map(|t| t.to_string());
        let client = self.client().await?;
        // Row-level security narrows it to what this person may read.
        let rows = client
            .query(
                "SELECT id, record, not_sent, author,
                        (extract(epoch FROM recorded_at) * 1000000)::bigint
                 FROM dirdesk.changes
                 WHERE ($1::text IS NULL OR store_id = $1)
                   AND ($2::text IS NULL OR author = $2)
                   AND ($3::text IS NULL OR object_key = $3)
                   AND ($4::text IS NULL OR attributes @> ARRAY[$4::text])
                   AND ($5::text IS NULL OR strpos(value_text, $5) > 0)
                   AND ($6::text IS NULL OR at >= $6::timestamptz)
                   AND ($7::text IS NULL OR at < $7::timestamptz)
                   AND ($8::bigint IS NULL OR id < $8)
                 ORDER BY id DESC
                 LIMIT $9",
                &[
                    &store,
                    &lower(&filter.author),
                    &object_key,
                    &lower(&filter.attribute),
                    &lower(&filter.contains),
                    &since,
                    &until,
                    &filter.before,
                    // No limit: all of them (LIMIT NULL).
                    &filter.limit.and_then(|n| i64::try_from(n).ok()),
                ],
            )
            .await
            .map_err(|e| self.error(&e))?;
        let ids: Vec<i64> = rows.iter().map(|r| r.get(0)).collect();
        drop(client);
        // Every entry's emails in one query.
        let mut emails: HashMap<i64, Vec<QueuedEmail>> = HashMap::new();
        for email in self
            .emails(false, "WHERE change_id = ANY($1) ORDER BY id", &[&ids])
            .await?
        {
            if let Some(change) = email.change_id {
                emails.entry(change).or_default().push(email);
            }
        }
        let mut entries = Vec::with_capacity(rows.len());
        for row in rows {
            let id: i64 = row.get(0);
            let Ok(record) = serde_json::from_value::<ChangeRecord>(row.get(1)) else {
                tracing::warn!(id, "history entry could not be read");
                continue;
            };
            entries.push(HistoryEntry {
                id,
                record,
                notifications: emails.remove(&id).unwrap_or_default(),
                not_sent: serde_json::from_value(row.get(2)).unwrap_or_default(),
                recorded_by: jiff::Timestamp::from_microsecond(row.get(4))
                    .ok()
                    .map(|at| Recorded {
                        login: row.get(3),
                        at,
                    }),
            });
        }
        Ok(entries)
    }
}

impl SharedQueue {
    /// Adds `entries` of a desk's own History (the one named `from_desk`)
    /// to the shared one, in the signed-in person's name: each once, however
    /// often this runs. Returns how many were added now; the rest were there.
    pub async fn upload(
        &self,
        from_desk: &str,
        entries: &[HistoryEntry],
    ) -> Result<usize, QueueError> {
        let mut client = self.client().await?;
        let e = |e: tokio_postgres::Error| self.error(&e);
        let tx = client.transaction().await.map_err(e)?;
        let mut added = 0;
        for entry in entries {
            let record = &entry.record;
            let (object_key, attributes, values) = super::queue::filter_columns(record);
            let json = |v: serde_json::Result<serde_json::Value>| v.unwrap_or_default();
            added += tx
                .execute(
                    "INSERT INTO dirdesk.changes (store_id, object_dn, object_key, attributes,
                         value_text, at, record, not_sent, desk, uploaded_from)
                     VALUES ($1, $2, $3, $4, $5, $6::text::timestamptz, $7, $8, $9, $10)
                     ON CONFLICT (author, desk, uploaded_from) DO NOTHING",
                    &[
                        &self.store,
                        &record.object_dn,
                        &object_key,
                        &attributes,
                        &values,
                        &record.at.to_string(),
                        &json(serde_json::to_value(record)),
                        &json(serde_json::to_value(&entry.not_sent)),
                        &format!("uploaded:{from_desk}"),
                        &entry.id,
                    ],
                )
                .await
                .map_err(e)?;
        }
        tx.commit().await.map_err(e)?;
        Ok(usize::try_from(added).unwrap_or(usize::MAX))
    }
}
