//! Bulk edits in the queue's database: a batch groups the changes of one
//! run, each noted before it goes to the directory and recorded (History)
//! after, many to a transaction; their emails are digests — one per
//! recipient for every change of the batch not yet told about — queued in
//! the transaction that marks those changes told.

use rusqlite::params;

use super::unfinished::{Held, in_flight};
use super::{About, NotificationQueue, OutgoingEmail, QueueError, insert_email, now_seconds};
use crate::domain::change::ChangeRecord;
use crate::domain::recipients::NotSent;

/// A change of a batch recorded in the History and not yet in a digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undigested {
    pub change_id: i64,
    pub record: ChangeRecord,
}

impl NotificationQueue {
    /// Starts a batch of `store_id`, held by this process until `leave_batch`.
    pub fn begin_batch(&mut self, store_id: &str) -> Result<i64, QueueError> {
        self.conn
            .execute(
                "INSERT INTO batches (store_id, started_at, owner, owner_since) VALUES (?1, ?2, ?3, ?4)",
                params![store_id, super::now_text(), std::process::id(), now_seconds()],
            )
            .map_err(|e| self.error(e))?;
        let id = self.conn.last_insert_rowid();
        in_flight(|held| held.insert((self.path.clone(), Held::Batch(id))));
        Ok(id)
    }

    /// Says the run of `batch` goes on (between chunks), so a desk that
    /// cannot see this process never takes it for stopped.
    pub fn touch_batch(&self, batch: i64) {
        let touched = self.conn.execute(
            "UPDATE batches SET owner_since = ?1 WHERE id = ?2 AND owner = ?3",
            params![now_seconds(), batch, std::process::id()],
        );
        if let Err(error) = touched {
            tracing::warn!(%error, batch, "could not note that a bulk edit goes on");
        }
    }

    /// This process is done with `batch`: what it left undigested is for
    /// the next save (or run) to tell.
    pub fn leave_batch(&self, batch: i64) {
        in_flight(|held| held.remove(&(self.path.clone(), Held::Batch(batch))));
    }

    /// Notes changes about to go to the directory, in one transaction (one
    /// flush for all); returns their marks in order. As `begin_change`, a
    /// disk without room refuses them here.
    pub fn begin_changes(
        &mut self,
        batch: i64,
        planned: &[ChangeRecord],
    ) -> Result<Vec<i64>, QueueError> {
        self.ensure_room()?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| self_error(&path, e))?;
        let mut marks = Vec::with_capacity(planned.len());
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO unfinished_changes (store_id, record, owner, started_at, batch_id)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(|e| self_error(&path, e))?;
            for record in planned {
                let json = serde_json::to_string(record).map_err(|e| self_error(&path, e))?;
                insert
                    .execute(params![
                        record.store_id.0,
                        json,
                        std::process::id(),
                        now_seconds(),
                        batch
                    ])
                    .map_err(|e| self_error(&path, e))?;
                marks.push(tx.last_insert_rowid());
            }
        }
        // Held before the commit: no other save here takes them for left over.
        in_flight(|held| {
            for mark in &marks {
                held.insert((path.clone(), Held::Change(*mark)));
            }
        });
        if let Err(e) = tx.commit() {
            self.leave_changes(&marks);
            return Err(self_error(&path, e));
        }
        Ok(marks)
    }

    /// The marks are over in this process (see `leave_change`).
    pub fn leave_changes(&self, marks: &[i64]) {
        in_flight(|held| {
            for mark in marks {
                held.remove(&(self.path.clone(), Held::Change(*mark)));
            }
        });
    }

    /// Records applied changes of `batch` in the History and clears their
    /// marks, in one transaction. Returns the History entries' ids.
    pub fn record_in_batch(
        &mut self,
        batch: i64,
        applied: &[(i64, &ChangeRecord)],
    ) -> Result<Vec<i64>, QueueError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| self_error(&path, e))?;
        let mut ids = Vec::with_capacity(applied.len());
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO changes (store_id, object_dn, at, record, batch_id)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(|e| self_error(&path, e))?;
            let mut clear = tx
                .prepare("DELETE FROM unfinished_changes WHERE id = ?1")
                .map_err(|e| self_error(&path, e))?;
            for (mark, record) in applied {
                // A mark another dirdesk on this folder finished meanwhile
                // is recorded already: once is all.
                let cleared = clear
                    .execute(params![mark])
                    .map_err(|e| self_error(&path, e))?;
                if cleared == 0 {
                    continue;
                }
                let json = serde_json::to_string(record).map_err(|e| self_error(&path, e))?;
                insert
                    .execute(params![
                        record.store_id.0,
                        record.object_dn,
                        record.at.to_string(),
                        json,
                        batch
                    ])
                    .map_err(|e| self_error(&path, e))?;
                ids.push(tx.last_insert_rowid());
            }
        }
        tx.commit().map_err(|e| self_error(&path, e))?;
        let marks: Vec<i64> = applied.iter().map(|(mark, _)| *mark).collect();
        self.leave_changes(&marks);
        Ok(ids)
    }

    /// Forgets changes the directory did not apply, in one transaction.
    pub fn abandon_changes(&mut self, marks: &[i64]) -> Result<(), QueueError> {
        self.leave_changes(marks);
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| self_error(&path, e))?;
        {
            let mut delete = tx
                .prepare("DELETE FROM unfinished_changes WHERE id = ?1")
                .map_err(|e| self_error(&path, e))?;
            for mark in marks {
                delete
                    .execute(params![mark])
                    .map_err(|e| self_error(&path, e))?;
            }
        }
        tx.commit().map_err(|e| self_error(&path, e))
    }

    /// Up to `limit` changes of `batch` no digest has told about, after
    /// History entry `after`, in order: a digest is built page by page so a
    /// batch of 100,000 changes is never held whole.
    pub fn undigested(
        &self,
        batch: i64,
        after: i64,
        limit: usize,
    ) -> Result<Vec<Undigested>, QueueError> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT id, record FROM changes
                 WHERE batch_id = ?1 AND digest_id IS NULL AND id > ?2 ORDER BY id LIMIT ?3",
            )
            .map_err(|e| self.error(e))?;
        let rows = statement
            .query_map(
                params![batch, after, i64::try_from(limit).unwrap_or(i64::MAX)],
                |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?)),
            )
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>)
            .map_err(|e| self.error(e))?;
        rows.into_iter()
            .map(|(change_id, json)| {
                serde_json::from_str(&json)
                    .map(|record| Undigested { change_id, record })
                    .map_err(|e| self.error(e))
            })
            .collect()
    }

    /// Queues a digest of `batch`: its emails, and who was not told about
    /// each change, with those changes marked told — one transaction, so a
    /// change is in exactly one digest. Returns the emails' ids.
    pub fn queue_digest(
        &mut self,
        batch: i64,
        store_id: &str,
        told: &[(i64, std::sync::Arc<[NotSent]>)],
        emails: &[OutgoingEmail],
    ) -> Result<Vec<i64>, QueueError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| self_error(&path, e))?;
        let result = (|| -> rusqlite::Result<Vec<i64>> {
            tx.execute(
                "INSERT INTO digests (batch_id, at) VALUES (?1, ?2)",
                params![batch, super::now_text()],
            )?;
            let digest = tx.last_insert_rowid();
            {
                let mut mark = tx.prepare(
                    "UPDATE changes SET digest_id = ?1, not_sent = ?2
                     WHERE id = ?3 AND digest_id IS NULL",
                )?;
                let mut json = String::new();
                for (i, (change_id, not_sent)) in told.iter().enumerate() {
                    if i == 0 || !std::sync::Arc::ptr_eq(not_sent, &told[i - 1].1) {
                        json = serde_json::to_string(&**not_sent).unwrap_or_else(|_| "[]".into());
                    }
                    // Told already (by another dirdesk on this folder): this
                    // digest is not sent at all, so none is told twice.
                    if mark.execute(params![digest, json, change_id])? == 0 {
                        return Err(rusqlite::Error::QueryReturnedNoRows);
                    }
                }
            }
            emails
                .iter()
                .map(|email| insert_email(&tx, About::Digest(digest), store_id, email))
                .collect()
        })();
        let ids = result.map_err(|e| self_error(&path, e))?;
        tx.commit().map_err(|e| self_error(&path, e))?;
        Ok(ids)
    }

    /// Takes over the store's batches with changes no digest told about,
    /// whose run is over (its dirdesk stopped, or this one left it), oldest
    /// first: each is held by this process until `leave_batch`, so two
    /// desks on one data folder never both tell about it.
    pub fn take_over_batches(&mut self, store_id: &str) -> Result<Vec<i64>, QueueError> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT b.id, b.owner, b.owner_since FROM batches b
                 WHERE b.store_id = ?1 AND EXISTS
                   (SELECT 1 FROM changes c WHERE c.batch_id = b.id AND c.digest_id IS NULL)
                 ORDER BY b.id",
            )
            .map_err(|e| self.error(e))?;
        let rows = statement
            .query_map(params![store_id], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, Option<i64>>(1)?,
                    row.get::<_, Option<i64>>(2)?,
                ))
            })
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>)
            .map_err(|e| self.error(e))?;
        let mut taken = Vec::new();
        for (id, owner, since) in rows {
            if !self.left_behind(Held::Batch(id), owner, since) {
                continue;
            }
            let claimed = self
                .conn
                .execute(
                    "UPDATE batches SET owner = ?1, owner_since = ?2
                     WHERE id = ?3 AND owner IS ?4",
                    params![std::process::id(), now_seconds(), id, owner],
                )
                .map_err(|e| self.error(e))?;
            if claimed == 1 {
                in_flight(|held| held.insert((self.path.clone(), Held::Batch(id))));
                taken.push(id);
            }
        }
        Ok(taken)
    }
}

fn self_error(path: &std::path::Path, e: impl std::fmt::Display) -> QueueError {
    QueueError::new(path, e)
}
