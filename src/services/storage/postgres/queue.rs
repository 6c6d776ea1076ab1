//! The shared database as a `Storage`: every desk's History and queue in
//! one place. What a desk holds (a change being saved, an email being
//! sent) is a lease in the row — this desk's id and until when — since a
//! process id means nothing on another computer. Leases are read against
//! the server's clock, so desks' clocks do not matter.

use std::collections::HashSet;
use std::sync::Mutex;

use tokio_postgres::Row;

use super::{Database, DatabaseError};
use crate::domain::change::ChangeRecord;
use crate::domain::history_filter::HistoryFilter;
use crate::domain::recipients::NotSent;
use crate::services::notification_queue::{
    Filter, HistoryEntry, OutgoingEmail, QueueError, QueuedEmail, Status, Unfinished,
};
use crate::services::storage::Storage;

/// How long a desk's hold on a change or an email lasts without it: far
/// past the LDAP and SMTP timeouts.
const LEASE: &str = "10 minutes";

/// The columns `QueuedEmail` is read from; `{raw}` is the bytes or nothing.
const EMAIL_COLUMNS: &str = "id, change_id, store_id, status, subject,
    to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),
    from_address, recipient, to_addresses, cc_addresses, message_id,
    to_char(last_retry AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),
    retry_count, last_error, server_response, {raw},
    extract(epoch FROM next_attempt_at)::bigint, sender_login";

/// The marks this process is saving right now, by database: another save
/// in this process must not take one for unfinished (as on SQLite).
static HELD: Mutex<Option<HashSet<(String, i64)>>> = Mutex::new(None);

fn held<T>(f: impl FnOnce(&mut HashSet<(String, i64)>) -> T) -> T {
    let mut guard = HELD
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    f(guard.get_or_insert_with(HashSet::new))
}

/// One store's shared History and queue, as the signed-in person.
#[derive(Debug)]
pub struct SharedQueue {
    db: Database,
    /// This running dirdesk, as leases name it.
    desk: String,
    /// The store as every desk names it (`IdentityStore::shared_key`): each
    /// desk's own store id is its own, so rows are recorded and found by
    /// this one. The store ids callers pass are this desk's, and stand for it.
    pub(super) store: String,
    /// Who sends the emails this desk queues, when the store sends each
    /// with the signed-in person's own account (see `sending_as`).
    sender_login: Option<String>,
}

impl SharedQueue {
    /// The queue on `db`, ready when its schema is one this dirdesk knows.
    pub async fn open(db: Database, store: String) -> Result<Self, QueueError> {
        Self::open_as(db, desk_id(), store).await
    }

    /// The queue as the desk named `desk`: another computer, for tests and
    /// benchmarks that play several desks in one process.
    pub async fn open_as(db: Database, desk: String, store: String) -> Result<Self, QueueError> {
        super::migrations::ensure_usable(&db)
            .await
            .map_err(|e| queue_error(&db, e))?;
        let queue = Self {
            db,
            desk,
            store,
            sender_login: None,
        };
        queue.apply_retention_now_and_then().await;
        Ok(queue)
    }

    /// Emails queued from now on go out with the signed-in person's own
    /// mail account: only a desk where they are signed in sends them (the
    /// database lets no one else see them, admins aside).
    #[must_use]
    pub fn sending_as_signed_in_user(mut self) -> Self {
        self.sender_login = Some(self.db.login().to_owned());
        self
    }

    /// The person signed in to the database.
    pub fn login(&self) -> &str {
        self.db.login()
    }

    /// The store and the sender, as emails are queued under them.
    fn names(&self) -> (&str, Option<&str>) {
        (&self.store, self.sender_login.as_deref())
    }

    fn hold(&self, id: i64, on: bool) {
        let key = (self.db.url().to_string(), id);
        held(|marks| {
            if on {
                marks.insert(key)
            } else {
                marks.remove(&key)
            }
        });
    }

    fn holds(&self, id: i64) -> bool {
        let key = (self.db.url().to_string(), id);
        held(|marks| marks.contains(&key))
    }

    pub fn database(&self) -> &Database {
        &self.db
    }

    pub(super) fn error(&self, e: &tokio_postgres::Error) -> QueueError {
        queue_error(&self.db, self.db.error(e))
    }

    pub(super) async fn client(&self) -> Result<deadpool_postgres::Object, QueueError> {
        self.db.client().await.map_err(|e| queue_error(&self.db, e))
    }

    pub(super) async fn emails(
        &self,
        raw: bool,
        clause: &str,
        args: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        let columns = EMAIL_COLUMNS.replace("{raw}", if raw { "raw" } else { "''::bytea" });
        let sql = format!("SELECT {columns} FROM dirdesk.notifications {clause}");
        let client = self.client().await?;
        let rows = client.query(&sql, args).await.map_err(|e| self.error(&e))?;
        Ok(rows.iter().map(email).collect())
    }

    async fn update(
        &self,
        sql: &str,
        args: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<u64, QueueError> {
        let client = self.client().await?;
        client.execute(sql, args).await.map_err(|e| self.error(&e))
    }
}

/// A database error as the queue reports it.
fn queue_error(db: &Database, error: DatabaseError) -> QueueError {
    QueueError {
        path: db.url().to_string().into(),
        reason: error.to_string(),
    }
}

/// A name for this running dirdesk that no other desk has: the computer's
/// name, the process and the time it started.
fn desk_id() -> String {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let host = std::fs::read_to_string("/etc/hostname")
            .ok()
            .or_else(|| std::env::var("COMPUTERNAME").ok())
            .unwrap_or_default();
        format!(
            "{}:{}:{}",
            host.trim(),
            std::process::id(),
            jiff::Timestamp::now().as_nanosecond()
        )
    })
    .clone()
}

fn email(row: &Row) -> QueuedEmail {
    let list = |i: usize| -> Vec<String> {
        serde_json::from_value(row.get::<_, serde_json::Value>(i)).unwrap_or_default()
    };
    QueuedEmail {
        id: row.get(0),
        change_id: row.get(1),
        store_id: row.get(2),
        status: match row.get::<_, &str>(3) {
            "sending" => Status::Sending,
            "sent" => Status::Sent,
            "failed" => Status::Failed,
            _ => Status::Pending,
        },
        subject: row.get(4),
        created_at: row.get(5),
        from: row.get(6),
        recipient: row.get(7),
        to: list(8),
        cc: list(9),
        message_id: row.get(10),
        last_retry: row.get(11),
        retry_count: i64::from(row.get::<_, i32>(12)),
        last_error: row.get(13),
        server_response: row.get(14),
        raw: row.get(15),
        next_attempt_at: row.get(16),
        sender_login: row.get(17),
    }
}

/// What the History's filters look in: the DN as compared (`dn::key`), the
/// attributes changed, and every old and new value in lower case.
pub(super) fn filter_columns(record: &ChangeRecord) -> (String, Vec<String>, String) {
    let attributes = record
        .changes
        .iter()
        .map(|c| c.attribute.to_lowercase())
        .collect();
    let values = record
        .changes
        .iter()
        .flat_map(|c| c.old.iter().chain(&c.new))
        .map(|v| v.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    (
        crate::domain::dn::key(&record.object_dn),
        attributes,
        values,
    )
}

async fn insert_email(
    tx: &deadpool_postgres::Transaction<'_>,
    change_id: Option<i64>,
    (store_id, sender_login): (&str, Option<&str>),
    email: &OutgoingEmail,
) -> Result<i64, tokio_postgres::Error> {
    let json = |v: &[String]| serde_json::to_value(v).unwrap_or_default();
    let reasons = serde_json::to_value(&email.reasons).unwrap_or_default();
    let row = tx
        .query_one(
            "INSERT INTO dirdesk.notifications (change_id, store_id, message_id, status, subject,
                 from_address, recipient, to_addresses, cc_addresses, reasons, raw, sender_login)
             VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            &[
                &change_id,
                &store_id,
                &email.message_id,
                &email.subject,
                &email.from,
                &email.recipient,
                &json(&email.to),
                &json(&email.cc),
                &reasons,
                &email.raw,
                &sender_login,
            ],
        )
        .await?;
    Ok(row.get(0))
}

impl Storage for SharedQueue {
    async fn begin_change(&mut self, planned: &ChangeRecord) -> Result<i64, QueueError> {
        let record = serde_json::to_value(planned).map_err(|e| QueueError {
            path: self.db.url().to_string().into(),
            reason: e.to_string(),
        })?;
        let client = self.client().await?;
        let row = client
            .query_one(
                &format!(
                    "INSERT INTO dirdesk.unfinished_changes (store_id, record, desk, lease_until)
                     VALUES ($1, $2, $3, now() + interval '{LEASE}') RETURNING id"
                ),
                &[&self.store, &record, &self.desk],
            )
            .await
            .map_err(|e| self.error(&e))?;
        let id: i64 = row.get(0);
        self.hold(id, true);
        Ok(id)
    }

    async fn leave_change(&mut self, unfinished: i64) {
        self.hold(unfinished, false);
        // Left for anyone from now on, not only after the lease.
        if let Err(error) = self
            .update(
                "UPDATE dirdesk.unfinished_changes SET lease_until = now() WHERE id = $1",
                &[&unfinished],
            )
            .await
        {
            tracing::warn!(%error, "could not let go of an unfinished change");
        }
    }

    async fn abandon_change(&mut self, unfinished: i64) -> Result<(), QueueError> {
        self.hold(unfinished, false);
        self.update(
            "DELETE FROM dirdesk.unfinished_changes WHERE id = $1",
            &[&unfinished],
        )
        .await
        .map(|_| ())
    }

    async fn unfinished_changes(&mut self, _store_id: &str) -> Result<Vec<Unfinished>, QueueError> {
        let client = self.client().await?;
        // Row-level security: only this person's own marks.
        let rows = client
            .query(
                "SELECT id, record, batch_id, desk = $2 AS mine,
                        NOT dirdesk.held(lease_until, holder_pid) AS lapsed
                 FROM dirdesk.unfinished_changes WHERE store_id = $1 AND author = session_user
                 ORDER BY id",
                &[&self.store, &self.desk],
            )
            .await
            .map_err(|e| self.error(&e))?;
        let mut unfinished = Vec::new();
        for row in rows {
            let id: i64 = row.get(0);
            let (mine, lapsed): (bool, bool) = (row.get(3), row.get(4));
            if !(lapsed || (mine && !self.holds(id))) {
                continue;
            }
            match serde_json::from_value(row.get(1)) {
                Ok(record) => unfinished.push(Unfinished {
                    id,
                    batch: row.get(2),
                    record,
                }),
                Err(error) => tracing::warn!(id, %error, "an unfinished change could not be read"),
            }
        }
        Ok(unfinished)
    }

    async fn finish_change(
        &mut self,
        unfinished: Option<i64>,
        record: &ChangeRecord,
        emails: &[OutgoingEmail],
        not_sent: &[NotSent],
    ) -> Result<(i64, Vec<i64>), QueueError> {
        let json_error = |e: serde_json::Error| QueueError {
            path: self.db.url().to_string().into(),
            reason: e.to_string(),
        };
        let record_json = serde_json::to_value(record).map_err(json_error)?;
        let not_sent_json = serde_json::to_value(not_sent).map_err(json_error)?;
        let (object_key, attributes, values) = filter_columns(record);
        let at = record.at.to_string();
        let mut client = self.client().await?;
        let e = |e: tokio_postgres::Error| self.error(&e);
        let tx = client.transaction().await.map_err(e)?;
        let row = tx
            .query_one(
                "INSERT INTO dirdesk.changes (store_id, object_dn, object_key, attributes,
                     value_text, at, record, not_sent, desk)
                 VALUES ($1, $2, $3, $4, $5, $6::text::timestamptz, $7, $8, $9) RETURNING id",
                &[
                    &self.store,
                    &record.object_dn,
                    &object_key,
                    &attributes,
                    &values,
                    &at,
                    &record_json,
                    &not_sent_json,
                    &self.desk,
                ],
            )
            .await
            .map_err(e)?;
        let change_id: i64 = row.get(0);
        if let Some(unfinished) = unfinished {
            let cleared = tx
                .execute(
                    "DELETE FROM dirdesk.unfinished_changes WHERE id = $1",
                    &[&unfinished],
                )
                .await
                .map_err(e)?;
            // Another desk of this person found the mark left and recorded
            // the change already (its connection seemed gone): not twice.
            if cleared == 0 {
                return Err(QueueError {
                    path: self.db.url().to_string().into(),
                    reason: crate::fl!("queue-finished-elsewhere"),
                });
            }
        }
        let mut ids = Vec::with_capacity(emails.len());
        for email in emails {
            ids.push(
                insert_email(&tx, Some(change_id), self.names(), email)
                    .await
                    .map_err(e)?,
            );
        }
        tx.commit().await.map_err(e)?;
        if let Some(unfinished) = unfinished {
            self.hold(unfinished, false);
        }
        Ok((change_id, ids))
    }

    async fn record_in_batch(
        &mut self,
        _batch: i64,
        _applied: &[(i64, &ChangeRecord)],
    ) -> Result<Vec<i64>, QueueError> {
        // Bulk edits are refused before they begin on a shared database
        // (bulk::apply), so no batch mark is ever there to finish.
        Err(QueueError {
            path: self.db.url().to_string().into(),
            reason: crate::fl!("database-no-bulk-yet"),
        })
    }

    async fn enqueue(&mut self, _store_id: &str, email: &OutgoingEmail) -> Result<i64, QueueError> {
        let mut client = self.client().await?;
        let e = |e: tokio_postgres::Error| self.error(&e);
        let tx = client.transaction().await.map_err(e)?;
        let id = insert_email(&tx, None, self.names(), email)
            .await
            .map_err(e)?;
        tx.commit().await.map_err(e)?;
        Ok(id)
    }

    async fn due(&mut self) -> Result<Vec<QueuedEmail>, QueueError> {
        self.emails(
            true,
            "WHERE store_id = $1 AND ((status = 'pending' AND next_attempt_at <= now())
                OR (status = 'sending' AND lease_until <= now()))
               AND (sender_login IS NULL OR sender_login = session_user)
             ORDER BY id",
            &[&self.store],
        )
        .await
    }

    async fn get(&mut self, id: i64) -> Result<Option<QueuedEmail>, QueueError> {
        Ok(self
            .emails(true, "WHERE id = $1", &[&id])
            .await?
            .into_iter()
            .next())
    }

    async fn list(&mut self, filter: Filter) -> Result<Vec<QueuedEmail>, QueueError> {
        let clause = match filter {
            Filter::Pending => "AND status IN ('pending', 'sending')",
            Filter::Failed => "AND status = 'failed'",
            Filter::All => "",
        };
        let clause = format!("WHERE store_id = $1 {clause} ORDER BY id DESC");
        // With the bytes, as the desk's file lists them: "Send" for all
        // sends what it lists.
        self.emails(true, &clause, &[&self.store]).await
    }

    async fn claim_for_sending(&mut self, id: i64) -> Result<bool, QueueError> {
        let mut client = self.client().await?;
        let e = |e: tokio_postgres::Error| self.error(&e);
        let tx = client.transaction().await.map_err(e)?;
        // SKIP LOCKED: a row another desk is claiming this instant is
        // theirs; nobody waits on it.
        let row = tx
            .query_opt(
                "SELECT status, claimed_by, lease_until <= now()
                 FROM dirdesk.notifications WHERE id = $1 FOR UPDATE SKIP LOCKED",
                &[&id],
            )
            .await
            .map_err(e)?;
        let free = row.is_some_and(|row| match row.get::<_, &str>(0) {
            "pending" => true,
            "sending" => row.get::<_, Option<&str>>(1) == Some(self.desk.as_str()) || row.get(2),
            _ => false,
        });
        if free {
            tx.execute(
                &format!(
                    "UPDATE dirdesk.notifications SET status = 'sending', last_retry = now(),
                         claimed_by = $2, lease_until = now() + interval '{LEASE}'
                     WHERE id = $1"
                ),
                &[&id, &self.desk],
            )
            .await
            .map_err(e)?;
        }
        tx.commit().await.map_err(e)?;
        Ok(free)
    }

    async fn mark_sent(&mut self, id: i64, response: &str) -> Result<(), QueueError> {
        self.update(
            "UPDATE dirdesk.notifications SET status = 'sent', sent_at = now(),
                 server_response = $2, last_error = NULL, lease_until = NULL WHERE id = $1",
            &[&id, &response],
        )
        .await
        .map(|_| ())
    }

    async fn mark_retry(&mut self, id: i64, error: &str, delay: i64) -> Result<(), QueueError> {
        self.update(
            "UPDATE dirdesk.notifications SET status = 'pending', retry_count = retry_count + 1,
                 last_error = $2, next_attempt_at = now() + make_interval(secs => $3),
                 lease_until = NULL WHERE id = $1",
            &[&id, &error, &(delay as f64)],
        )
        .await
        .map(|_| ())
    }

    async fn mark_failed(&mut self, id: i64, error: &str) -> Result<(), QueueError> {
        self.update(
            "UPDATE dirdesk.notifications SET status = 'failed', retry_count = retry_count + 1,
                 last_error = $2, lease_until = NULL WHERE id = $1",
            &[&id, &error],
        )
        .await
        .map(|_| ())
    }

    async fn retry_now(&mut self, id: i64) -> Result<bool, QueueError> {
        self.update(
            // Not one another desk is sending now: its claim holds.
            "UPDATE dirdesk.notifications SET status = 'pending', next_attempt_at = now()
             WHERE id = $1 AND status <> 'sent'
               AND NOT (status = 'sending' AND lease_until > now())",
            &[&id],
        )
        .await
        .map(|n| n == 1)
    }

    async fn delete(&mut self, id: i64) -> Result<bool, QueueError> {
        self.update(
            "DELETE FROM dirdesk.notifications WHERE id = $1 AND status <> 'sent'",
            &[&id],
        )
        .await
        .map(|n| n == 1)
    }

    async fn pending_by(
        &mut self,
        _store_id: &str,
        author_dn: &str,
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        self.emails(
            true,
            "WHERE status IN ('pending', 'sending') AND store_id = $1 AND change_id IN
                 (SELECT id FROM dirdesk.changes WHERE record #>> '{author,dn}' = $2)
             ORDER BY id",
            &[&self.store, &author_dn],
        )
        .await
    }

    async fn history(
        &mut self,
        store_id: Option<&str>,
        object_dn: Option<&str>,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        let filter = HistoryFilter {
            store_id: store_id.map(str::to_owned),
            object: object_dn.map(str::to_owned),
            ..HistoryFilter::default()
        };
        self.search_history(&filter).await
    }

    async fn search_history(
        &mut self,
        filter: &HistoryFilter,
    ) -> Result<Vec<HistoryEntry>, QueueError> {
        self.search(filter).await
    }
}
