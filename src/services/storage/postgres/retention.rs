//! How long the shared History is kept: the admin's choice (the History
//! node's "Keep History", `dirdesk db retention`), in the database, and
//! applied by every desk at most hourly — dirdesk runs no server of its own
//! to do it.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::queue::SharedQueue;
use crate::domain::retention::Keep;
use crate::services::notification_queue::QueueError;

/// How often one running dirdesk applies the choice to one database.
const APPLY_EVERY: Duration = Duration::from_secs(60 * 60);

/// When this process last applied the choice, by database.
static APPLIED: Mutex<Option<HashMap<String, Instant>>> = Mutex::new(None);

/// The choice as the database holds it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Retention {
    /// `None`: a period this dirdesk does not offer (a newer one chose it).
    pub keep: Option<Keep>,
    /// Who chose it, and when (`None`: nobody yet; everything is kept).
    pub chosen_by: Option<String>,
    pub chosen_at: Option<jiff::Timestamp>,
}

impl SharedQueue {
    pub async fn retention(&self) -> Result<Retention, QueueError> {
        // Our own words, never input: the choices as rows to compare with.
        let choices: Vec<String> = Keep::ALL
            .iter()
            .filter_map(|k| Some(format!("('{}', interval '{}')", k.code(), k.interval()?)))
            .collect();
        let sql = format!(
            "SELECT CASE WHEN r.keep IS NULL THEN 'all' ELSE k.code END, r.chosen_by,
                    (extract(epoch FROM r.chosen_at) * 1000000)::bigint
             FROM dirdesk.retention r LEFT JOIN (VALUES {}) k(code, keep) ON r.keep = k.keep",
            choices.join(", ")
        );
        let client = self.client().await?;
        let row = client
            .query_opt(&sql, &[])
            .await
            .map_err(|e| self.error(&e))?;
        Ok(match row {
            None => Retention {
                keep: Some(Keep::All),
                chosen_by: None,
                chosen_at: None,
            },
            Some(row) => Retention {
                keep: row
                    .get::<_, Option<String>>(0)
                    .and_then(|code| code.parse().ok()),
                chosen_by: row.get(1),
                chosen_at: jiff::Timestamp::from_microsecond(row.get(2)).ok(),
            },
        })
    }

    /// An admin's choice; what is older goes at once. Returns how many
    /// History entries were removed.
    pub async fn choose_retention(&self, keep: Keep) -> Result<i64, QueueError> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "SELECT dirdesk.choose_retention($1::text::interval)",
                &[&keep.interval()],
            )
            .await
            .map_err(|e| self.error(&e))?;
        Ok(row.get(0))
    }

    /// Applies the admin's choice, when this process has not in the last
    /// hour. Best effort: a failure is logged and the save goes on.
    pub(super) async fn apply_retention_now_and_then(&self) {
        let key = self.database().url().to_string();
        let due = {
            let mut guard = APPLIED
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let applied = guard.get_or_insert_with(HashMap::new);
            let due = applied
                .get(&key)
                .is_none_or(|at| at.elapsed() >= APPLY_EVERY);
            if due {
                applied.insert(key, Instant::now());
            }
            due
        };
        if !due {
            return;
        }
        let result = async {
            let client = self.client().await?;
            client
                .query_one("SELECT dirdesk.apply_retention()", &[])
                .await
                .map(|row| row.get::<_, i64>(0))
                .map_err(|e| self.error(&e))
        }
        .await;
        match result {
            Ok(0) => {}
            Ok(removed) => {
                tracing::info!(removed, "History older than the retention chosen removed")
            }
            Err(error) => tracing::warn!(%error, "could not apply the History's retention"),
        }
    }
}
