//! The emails still waiting for one person: those sent with their own
//! account, which can go out only while they are signed in.

use rusqlite::params;

use super::{NotificationQueue, QueueError, QueuedEmail};

impl NotificationQueue {
    /// The store's emails not yet sent whose change `author_dn` made, oldest
    /// first.
    pub fn pending_by(
        &self,
        store_id: &str,
        author_dn: &str,
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        self.select(
            "WHERE status IN ('pending', 'sending') AND store_id = ?1 AND change_id IN
                 (SELECT id FROM changes WHERE json_extract(record, '$.author.dn') = ?2)
             ORDER BY id",
            params![store_id, author_dn],
        )
    }
}
