//! The History: changes made through dirdesk, each with the emails that
//! told about it (its own, or its batch's digest).

use rusqlite::params;

use super::{HistoryEntry, NotificationQueue, QueueError, QueuedEmail};
use crate::domain::change::ChangeRecord;

impl NotificationQueue {
    /// This desk's History's own name (made the first time it is asked).
    pub fn desk_identity(&self) -> Result<String, QueueError> {
        self.conn
            .execute_batch(super::DESK_IDENTITY)
            .map_err(|e| self.error(e))?;
        self.conn
            .query_row("SELECT id FROM desk_identity", [], |row| row.get(0))
            .map_err(|e| self.error(e))
    }

    /// Changes made through dirdesk, newest first.
    pub fn history(
        &self,
        store_id: Option<&str>,
        object_dn: Option<&str>,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, record, not_sent, object_dn, digest_id FROM changes
                 WHERE (?1 IS NULL OR store_id = ?1) ORDER BY id DESC",
            )
            .map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(params![store_id], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, Option<i64>>(4)?,
                ))
            })
            .map_err(|e| self.error(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))?;
        let mut entries = Vec::new();
        // A digest's emails tell about each of its changes: read once.
        let mut digests = std::collections::HashMap::new();
        for (id, record, not_sent, dn, digest) in rows {
            if let Some(object_dn) = object_dn
                && !crate::domain::dn::same(&dn, object_dn)
            {
                continue;
            }
            let Ok(record) = serde_json::from_str::<ChangeRecord>(&record) else {
                tracing::warn!(id, "history entry could not be read");
                continue;
            };
            let notifications = match digest {
                Some(digest) => match digests.get(&digest) {
                    Some(emails) => Clone::clone(emails),
                    None => {
                        let emails = self
                            .select_listed("WHERE digest_id = ?1 ORDER BY id", params![digest])?;
                        digests.insert(digest, emails.clone());
                        emails
                    }
                },
                None => self.select_listed("WHERE change_id = ?1 ORDER BY id", params![id])?,
            };
            entries.push(HistoryEntry {
                id,
                record,
                notifications,
                not_sent: serde_json::from_str(&not_sent).unwrap_or_default(),
                recorded_by: None,
            });
        }
        Ok(entries)
    }

    /// One email as `get` gives it, without its bytes.
    pub fn get_listed(&self, id: i64) -> Result<Option<QueuedEmail>, QueueError> {
        Ok(self
            .select_listed("WHERE id = ?1", params![id])?
            .into_iter()
            .next())
    }

    /// Emails as the History shows them: without their bytes, which a
    /// digest about thousands of changes would repeat for each.
    fn select_listed(
        &self,
        clause: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        self.select_emails("x''", clause, args)
    }
}
