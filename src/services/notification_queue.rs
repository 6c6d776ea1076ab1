//! The notification queue and the change history: one SQLite database (WAL)
//! in the data folder. An applied change, its history entry and its emails
//! are written in one transaction before any delivery is attempted.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::domain::change::ChangeRecord;
use crate::domain::recipients::{NotSent, Reason};
use crate::environment::Folders;
use crate::fl;
use crate::services::private_files;
use insert::{About, insert_email};

/// The database file's name in the data folder.
pub const FILE_NAME: &str = "dirdesk.sqlite3";

/// An email ready to go: the exact bytes that will be sent, every time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub message_id: String,
    pub subject: String,
    pub from: String,
    /// The envelope recipient (one per queued email, so one refusal never
    /// blocks the others).
    pub recipient: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub reasons: Vec<Reason>,
    pub raw: Vec<u8>,
}

/// Where a queued email stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Pending,
    /// A delivery attempt is (or was, when dirdesk stopped) in progress.
    Sending,
    Sent,
    Failed,
}

impl Status {
    /// The status as the queue and the History show it.
    pub fn label(self) -> String {
        match self {
            Status::Pending => fl!("queue-status-pending"),
            Status::Sending => fl!("queue-status-sending"),
            Status::Sent => fl!("queue-status-sent"),
            Status::Failed => fl!("queue-status-failed"),
        }
    }

    fn parse(text: &str) -> Status {
        match text {
            "sending" => Status::Sending,
            "sent" => Status::Sent,
            "failed" => Status::Failed,
            _ => Status::Pending,
        }
    }
}

/// A row of the Notifications node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueuedEmail {
    pub id: i64,
    pub change_id: Option<i64>,
    pub store_id: String,
    pub status: Status,
    pub subject: String,
    pub created_at: String,
    pub from: String,
    pub recipient: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub message_id: String,
    pub last_retry: Option<String>,
    pub retry_count: i64,
    pub last_error: Option<String>,
    pub server_response: Option<String>,
    /// Sent with this person's own mail account (SMTP as the signed-in
    /// user), so only a desk where they are signed in sends it; `None`:
    /// the store's account, any desk. Always `None` in a desk's own file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_login: Option<String>,
    #[serde(skip)]
    pub raw: Vec<u8>,
    #[serde(skip)]
    pub next_attempt_at: i64,
}

/// Which rows to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    Pending,
    Failed,
    All,
}

/// A change made through dirdesk, with what became of its notifications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    pub id: i64,
    pub record: ChangeRecord,
    pub notifications: Vec<QueuedEmail>,
    pub not_sent: Vec<NotSent>,
    /// Who the shared database signed in to record it, and when it did
    /// (its own clock): what no desk can claim otherwise. `None` in a
    /// desk's own file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<Recorded>,
}

impl HistoryEntry {
    /// Who its emails went to, and how each stands (a CSV cell each).
    pub fn told(&self) -> Vec<String> {
        self.notifications
            .iter()
            .map(|n| format!("{}: {}", n.recipient, n.status.label()))
            .collect()
    }
}

/// The shared database's own word on a History entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recorded {
    pub login: String,
    pub at: jiff::Timestamp,
}

/// Why the database could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueError {
    pub path: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for QueueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&fl!(
            "queue-error",
            path = self.path.display().to_string(),
            reason = self.reason.as_str()
        ))
    }
}

impl std::error::Error for QueueError {}

impl QueueError {
    /// An error about the database at `path`. SQLite reports a full or
    /// read-only disk as a generic I/O error; a small probe write next to
    /// the database tells which, so the message names the cause.
    fn new(path: &Path, reason: impl std::fmt::Display) -> QueueError {
        let reason = reason.to_string();
        let lower = reason.to_lowercase();
        let storage = ["i/o", "full", "readonly", "read-only"]
            .iter()
            .any(|w| lower.contains(w));
        let cause = storage
            .then(|| path.parent().and_then(storage_problem))
            .flatten();
        QueueError {
            path: path.to_path_buf(),
            reason: cause.unwrap_or(reason),
        }
    }
}

/// "The disk is full" or "read-only" for `dir`, when that is the case.
fn storage_problem(dir: &Path) -> Option<String> {
    let probe = dir.join(".dirdesk-write-probe");
    let written = std::fs::write(&probe, [0u8; 8192]);
    let _ = std::fs::remove_file(&probe);
    match written.err()?.kind() {
        std::io::ErrorKind::StorageFull => Some(fl!("queue-disk-full")),
        std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
            Some(fl!("queue-read-only"))
        }
        _ => None,
    }
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    store_id TEXT NOT NULL,
    object_dn TEXT NOT NULL,
    at TEXT NOT NULL,
    record TEXT NOT NULL,
    not_sent TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS changes_by_store ON changes (store_id, id);
CREATE TABLE IF NOT EXISTS notifications (
    id INTEGER PRIMARY KEY,
    change_id INTEGER REFERENCES changes (id),
    store_id TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    subject TEXT NOT NULL,
    from_address TEXT NOT NULL,
    recipient TEXT NOT NULL,
    to_addresses TEXT NOT NULL,
    cc_addresses TEXT NOT NULL,
    reasons TEXT NOT NULL,
    raw BLOB NOT NULL,
    created_at TEXT NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    last_retry TEXT,
    retry_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    server_response TEXT,
    sent_at TEXT,
    -- The process sending it now (PID), and since when (seconds).
    claimed_by INTEGER,
    claimed_at INTEGER
);
CREATE INDEX IF NOT EXISTS notifications_due ON notifications (status, next_attempt_at);
-- Changes about to be sent to the directory: written (and flushed) before
-- the modify goes out, removed in the transaction that records the change,
-- so a crash in between leaves a trace to finish from.
CREATE TABLE IF NOT EXISTS unfinished_changes (
    id INTEGER PRIMARY KEY,
    store_id TEXT NOT NULL,
    record TEXT NOT NULL,
    -- The process saving it (PID), and since when (seconds).
    owner INTEGER,
    started_at INTEGER
);
-- Bulk edits: the changes of one run of a file (or of one search's edit)
-- share a batch, and each recipient gets one email (a digest) for them.
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY,
    store_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    -- The process running it (PID), and since when (seconds).
    owner INTEGER,
    owner_since INTEGER
);
-- A digest: the emails that told about some of a batch's changes.
CREATE TABLE IF NOT EXISTS digests (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES batches (id),
    at TEXT NOT NULL
);
";

/// This desk's History as its own: a random name made once, so that
/// uploading it to a shared database twice adds nothing.
const DESK_IDENTITY: &str = "
CREATE TABLE IF NOT EXISTS desk_identity (id TEXT NOT NULL);
INSERT INTO desk_identity (id)
    SELECT lower(hex(randomblob(16))) WHERE NOT EXISTS (SELECT 1 FROM desk_identity);
";

/// Indexes on columns added after the first format (see `open`).
const LATER_INDEXES: &str = "
CREATE INDEX IF NOT EXISTS changes_by_batch ON changes (batch_id, digest_id, id);
CREATE INDEX IF NOT EXISTS notifications_by_digest ON notifications (digest_id);
";

fn now_text() -> String {
    jiff::Timestamp::now().to_string()
}

fn now_seconds() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Whether the dirdesk that took on an email or a change (at `since`) may
/// still be working on it. On Linux, by its PID; elsewhere, for ten minutes
/// (far past the SMTP and LDAP timeouts).
fn process_alive(pid: i64, since: Option<i64>) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        since.is_some_and(|at| now_seconds() - at < 600)
    }
}

/// The notification queue and history of one data folder.
pub struct NotificationQueue {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for NotificationQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotificationQueue")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl NotificationQueue {
    /// Opens (creating) the database in the data folder.
    pub fn open(folders: &Folders) -> Result<Self, QueueError> {
        let path = folders.data.join(FILE_NAME);
        let error = |reason: String| QueueError::new(&path, reason);
        private_files::create_dir(&folders.data).map_err(|e| error(e.to_string()))?;
        private_files::prepare_database(&path).map_err(|e| error(e.to_string()))?;
        let conn = Connection::open(&path).map_err(|e| error(e.to_string()))?;
        let setup = || -> rusqlite::Result<()> {
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // Every commit reaches the disk: a queued email survives a crash.
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            conn.execute_batch(SCHEMA)?;
            // Columns added after the first format, for older databases. Two
            // processes may both try: "duplicate column" means it is done.
            for (table, column) in [
                ("notifications", "claimed_by INTEGER"),
                ("notifications", "claimed_at INTEGER"),
                ("unfinished_changes", "owner INTEGER"),
                ("unfinished_changes", "started_at INTEGER"),
                ("unfinished_changes", "batch_id INTEGER"),
                ("changes", "batch_id INTEGER"),
                ("changes", "digest_id INTEGER"),
                ("notifications", "digest_id INTEGER"),
            ] {
                match conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column}")) {
                    Err(e) if e.to_string().contains("duplicate column") => {}
                    other => other?,
                }
            }
            conn.execute_batch(LATER_INDEXES)?;
            Ok(())
        };
        setup().map_err(|e| error(e.to_string()))?;
        Ok(Self { conn, path })
    }

    fn error(&self, e: impl std::fmt::Display) -> QueueError {
        QueueError::new(&self.path, e)
    }

    /// Records an applied change with its emails and who was not told, in
    /// one transaction. Returns the change's id and its emails' ids.
    pub fn record_change(
        &mut self,
        record: &ChangeRecord,
        emails: &[OutgoingEmail],
        not_sent: &[NotSent],
    ) -> Result<(i64, Vec<i64>), QueueError> {
        self.finish_change(None, record, emails, not_sent)
    }

    /// Records an applied change as `record_change` does and, in the same
    /// transaction, clears its unfinished mark.
    pub fn finish_change(
        &mut self,
        unfinished: Option<i64>,
        record: &ChangeRecord,
        emails: &[OutgoingEmail],
        not_sent: &[NotSent],
    ) -> Result<(i64, Vec<i64>), QueueError> {
        let record_json = serde_json::to_string(record).map_err(|e| self.error(e))?;
        let not_sent_json = serde_json::to_string(not_sent).map_err(|e| self.error(e))?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| self_error(&path, e))?;
        let result = (|| -> rusqlite::Result<(i64, Vec<i64>)> {
            tx.execute(
                "INSERT INTO changes (store_id, object_dn, at, record, not_sent) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![record.store_id.0, record.object_dn, record.at.to_string(), record_json, not_sent_json],
            )?;
            let change_id = tx.last_insert_rowid();
            if let Some(unfinished) = unfinished {
                tx.execute(
                    "DELETE FROM unfinished_changes WHERE id = ?1",
                    params![unfinished],
                )?;
            }
            let mut ids = Vec::with_capacity(emails.len());
            for email in emails {
                ids.push(insert_email(
                    &tx,
                    About::Change(change_id),
                    &record.store_id.0,
                    email,
                )?);
            }
            Ok((change_id, ids))
        })();
        let ids = result.map_err(|e| self_error(&path, e))?;
        tx.commit().map_err(|e| self_error(&path, e))?;
        Ok(ids)
    }

    /// Queues an email that belongs to no change (a test email).
    pub fn enqueue(&mut self, store_id: &str, email: &OutgoingEmail) -> Result<i64, QueueError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| self_error(&path, e))?;
        let id =
            insert_email(&tx, About::Nothing, store_id, email).map_err(|e| self_error(&path, e))?;
        tx.commit().map_err(|e| self_error(&path, e))?;
        Ok(id)
    }

    /// Emails to attempt now: pending ones whose time has come, and any
    /// left "sending" by a dirdesk that stopped mid-delivery (the server may
    /// have accepted them: they go again with the same Message-ID).
    pub fn due(&self) -> Result<Vec<QueuedEmail>, QueueError> {
        self.select(
            "WHERE (status = 'pending' AND next_attempt_at <= ?1) OR status = 'sending' ORDER BY id",
            params![now_seconds()],
        )
    }

    pub fn get(&self, id: i64) -> Result<Option<QueuedEmail>, QueueError> {
        Ok(self
            .select("WHERE id = ?1", params![id])?
            .into_iter()
            .next())
    }

    pub fn list(&self, filter: Filter) -> Result<Vec<QueuedEmail>, QueueError> {
        match filter {
            Filter::Pending => self.select(
                "WHERE status IN ('pending', 'sending') ORDER BY id DESC",
                params![],
            ),
            Filter::Failed => self.select("WHERE status = 'failed' ORDER BY id DESC", params![]),
            Filter::All => self.select("ORDER BY id DESC", params![]),
        }
    }

    fn select(
        &self,
        clause: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        self.select_emails("raw", clause, args)
    }

    fn select_emails(
        &self,
        raw: &str,
        clause: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<QueuedEmail>, QueueError> {
        let sql = format!(
            "SELECT id, change_id, store_id, status, subject, created_at, from_address, recipient,
                    to_addresses, cc_addresses, message_id, last_retry, retry_count, last_error,
                    server_response, {raw}, next_attempt_at
             FROM notifications {clause}"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.error(e))?;
        let rows = stmt
            .query_map(args, |row| {
                let list = |i: usize| -> rusqlite::Result<Vec<String>> {
                    Ok(serde_json::from_str(&row.get::<_, String>(i)?).unwrap_or_default())
                };
                Ok(QueuedEmail {
                    id: row.get(0)?,
                    change_id: row.get(1)?,
                    store_id: row.get(2)?,
                    status: Status::parse(&row.get::<_, String>(3)?),
                    subject: row.get(4)?,
                    created_at: row.get(5)?,
                    from: row.get(6)?,
                    recipient: row.get(7)?,
                    to: list(8)?,
                    cc: list(9)?,
                    message_id: row.get(10)?,
                    last_retry: row.get(11)?,
                    retry_count: row.get(12)?,
                    last_error: row.get(13)?,
                    server_response: row.get(14)?,
                    raw: row.get(15)?,
                    next_attempt_at: row.get(16)?,
                    sender_login: None,
                })
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.error(e))
    }

    fn update(&self, sql: &str, args: impl rusqlite::Params) -> Result<(), QueueError> {
        self.conn
            .execute(sql, args)
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    /// Claims an email for an attempt by this process and marks it In
    /// Progress; `false` when another running dirdesk (on the same data
    /// folder) is sending it now. One left "sending" by a process that no
    /// longer runs is taken over: it goes again with the same Message-ID.
    /// The mark is not forced to disk: if a crash loses it the email is
    /// still pending, which leads to the same. This saves a flush per email.
    pub fn claim_for_sending(&mut self, id: i64) -> Result<bool, QueueError> {
        let me = std::process::id();
        let path = self.path.clone();
        let error = |e: rusqlite::Error| self_error(&path, e);
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(error)?;
        let result = (|| -> rusqlite::Result<bool> {
            // IMMEDIATE: read, decide and write under the write lock, so two
            // processes never both claim it.
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let row: Option<(String, Option<i64>, Option<i64>)> = tx
                .query_row(
                    "SELECT status, claimed_by, claimed_at FROM notifications WHERE id = ?1",
                    params![id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let free = match row {
                Some((status, _, _)) if status == "pending" => true,
                Some((status, by, at)) if status == "sending" => {
                    by.is_none_or(|pid| pid == i64::from(me) || !process_alive(pid, at))
                }
                _ => false,
            };
            if free {
                tx.execute(
                    "UPDATE notifications SET status = 'sending', last_retry = ?2, claimed_by = ?3, claimed_at = ?4 WHERE id = ?1",
                    params![id, now_text(), me, now_seconds()],
                )?;
            }
            tx.commit()?;
            Ok(free)
        })();
        self.conn
            .pragma_update(None, "synchronous", "FULL")
            .map_err(error)?;
        result.map_err(error)
    }

    /// The server accepted it: recorded before anything else happens.
    pub fn mark_sent(&self, id: i64, response: &str) -> Result<(), QueueError> {
        self.update(
            "UPDATE notifications SET status = 'sent', sent_at = ?2, server_response = ?3, last_error = NULL WHERE id = ?1",
            params![id, now_text(), response],
        )
    }

    /// A temporary failure: try again after `delay_seconds`.
    pub fn mark_retry(&self, id: i64, error: &str, delay_seconds: i64) -> Result<(), QueueError> {
        self.update(
            "UPDATE notifications SET status = 'pending', retry_count = retry_count + 1,
                last_error = ?2, next_attempt_at = ?3 WHERE id = ?1",
            params![id, error, now_seconds() + delay_seconds],
        )
    }

    /// A permanent failure (the server's words kept); not retried.
    pub fn mark_failed(&self, id: i64, error: &str) -> Result<(), QueueError> {
        self.update(
            "UPDATE notifications SET status = 'failed', retry_count = retry_count + 1, last_error = ?2 WHERE id = ?1",
            params![id, error],
        )
    }

    /// "Send" on a failed or waiting row: due now.
    pub fn retry_now(&self, id: i64) -> Result<bool, QueueError> {
        let changed = self
            .conn
            .execute(
                "UPDATE notifications SET status = 'pending', next_attempt_at = 0 WHERE id = ?1 AND status != 'sent'",
                params![id],
            )
            .map_err(|e| self.error(e))?;
        Ok(changed == 1)
    }

    /// "Delete" a row (sent ones stay in the history).
    pub fn delete(&self, id: i64) -> Result<bool, QueueError> {
        let changed = self
            .conn
            .execute(
                "DELETE FROM notifications WHERE id = ?1 AND status != 'sent'",
                params![id],
            )
            .map_err(|e| self.error(e))?;
        Ok(changed == 1)
    }
}

fn self_error(path: &Path, e: rusqlite::Error) -> QueueError {
    QueueError::new(path, e)
}

mod batches;
mod history;
mod insert;
pub use batches::Undigested;
pub use unfinished::Unfinished;
mod by_author;
mod columns;
mod unfinished;

#[cfg(test)]
mod tests;
