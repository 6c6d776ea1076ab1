//! Changes about to be sent to the directory: noted before the modify goes
//! out, cleared when the change is recorded (see `notify::save`), so a crash
//! in between leaves a trace to finish from.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Mutex;

use rusqlite::params;

use super::{NotificationQueue, QueueError, now_seconds, process_alive};
use crate::domain::change::ChangeRecord;
use crate::services::private_files;

/// A change noted before it went to the directory and never recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    /// The mark's id.
    pub id: i64,
    /// The bulk edit it was part of.
    pub batch: Option<i64>,
    pub record: ChangeRecord,
}

/// What this process is working on right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Held {
    /// A change being saved (its mark's id).
    Change(i64),
    /// A bulk edit being run (its batch's id).
    Batch(i64),
}

/// The marks of changes (and the batches) this process is saving right
/// now, by database: another save in this process must not take one for
/// unfinished (only a mark a failed save of this process left behind is).
static IN_FLIGHT: Mutex<Option<HashSet<(PathBuf, Held)>>> = Mutex::new(None);

pub(super) fn in_flight<T>(f: impl FnOnce(&mut HashSet<(PathBuf, Held)>) -> T) -> T {
    let mut guard = IN_FLIGHT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    f(guard.get_or_insert_with(HashSet::new))
}

/// Room on disk for what recording a change writes (its History entry and
/// its emails, with margin).
const ROOM_FOR_A_CHANGE: usize = 256 * 1024;

impl NotificationQueue {
    /// Notes a change about to be sent to the directory (see
    /// `unfinished_changes`); returns its id for `finish_change`. On a disk
    /// without room to record it, the change is refused here, before the
    /// directory sees it — SQLite may still fit the small mark into pages it
    /// already has, and the History entry and emails would then not fit.
    pub fn begin_change(&mut self, planned: &ChangeRecord) -> Result<i64, QueueError> {
        self.ensure_room()?;
        let json = serde_json::to_string(planned).map_err(|e| self.error(e))?;
        self.conn
            .execute(
                "INSERT INTO unfinished_changes (store_id, record, owner, started_at) VALUES (?1, ?2, ?3, ?4)",
                params![planned.store_id.0, json, std::process::id(), now_seconds()],
            )
            .map_err(|e| self.error(e))?;
        let id = self.conn.last_insert_rowid();
        in_flight(|marks| marks.insert((self.path.clone(), Held::Change(id))));
        Ok(id)
    }

    /// The save that began `unfinished` is over in this process (recorded,
    /// or left for a later save to find out): its mark, if still there, is
    /// unfinished from now on.
    pub fn leave_change(&self, unfinished: i64) {
        in_flight(|marks| marks.remove(&(self.path.clone(), Held::Change(unfinished))));
    }

    pub(super) fn ensure_room(&self) -> Result<(), QueueError> {
        let dir = self.path.parent().unwrap_or(std::path::Path::new("."));
        let probe = dir.join(format!(".dirdesk-room-probe.{}", std::process::id()));
        let written = private_files::create(&probe).and_then(|mut file| {
            std::io::Write::write_all(&mut file, &vec![0u8; ROOM_FOR_A_CHANGE])
        });
        let _ = std::fs::remove_file(&probe);
        written.map_err(|e| QueueError {
            path: self.path.clone(),
            reason: if e.kind() == std::io::ErrorKind::StorageFull {
                crate::fl!("queue-disk-full")
            } else {
                super::storage_problem(dir).unwrap_or_else(|| e.to_string())
            },
        })
    }

    /// Forgets a change the directory did not apply.
    pub fn abandon_change(&mut self, unfinished: i64) -> Result<(), QueueError> {
        self.leave_change(unfinished);
        self.update(
            "DELETE FROM unfinished_changes WHERE id = ?1",
            params![unfinished],
        )
    }

    /// Changes of a store begun but never finished (dirdesk stopped, or the
    /// connection broke, between sending and recording them), oldest first.
    /// A change another running dirdesk is saving right now is not one.
    pub fn unfinished_changes(&self, store_id: &str) -> Result<Vec<Unfinished>, QueueError> {
        let mut statement = self
            .conn
            .prepare("SELECT id, record, owner, started_at, batch_id FROM unfinished_changes WHERE store_id = ?1 ORDER BY id")
            .map_err(|e| self.error(e))?;
        let rows = statement
            .query_map(params![store_id], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<i64>>(2)?,
                    row.get::<_, Option<i64>>(3)?,
                    row.get::<_, Option<i64>>(4)?,
                ))
            })
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>)
            .map_err(|e| self.error(e))?;
        rows.into_iter()
            .filter(|(id, _, owner, at, _)| self.left_behind(Held::Change(*id), *owner, *at))
            .map(|(id, json, _, _, batch)| {
                serde_json::from_str(&json)
                    .map(|record| Unfinished { id, batch, record })
                    .map_err(|e| self.error(e))
            })
            .collect()
    }

    /// Whether what `owner` took on (at `since`) is left for anyone to
    /// finish: its process stopped, or it is this one's and no longer held.
    pub(super) fn left_behind(&self, what: Held, owner: Option<i64>, since: Option<i64>) -> bool {
        let me = i64::from(std::process::id());
        owner.is_none_or(|pid| {
            if pid == me {
                !in_flight(|held| held.contains(&(self.path.clone(), what)))
            } else {
                !process_alive(pid, since)
            }
        })
    }
}
