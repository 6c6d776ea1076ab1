//! Delivering queued emails: over one reused connection, each outcome
//! recorded as it happens; on the organisation's queue only what this
//! desk may send; and the queue's "Send" and the background sender.

use super::{Delivery, DeliveryState, retry_delay, smtp_secrets};
use crate::domain::NotificationSettings;
use crate::environment::Folders;
use crate::services::config_file::Config;
use crate::services::fault;
use crate::services::mailer::{Mailer, SmtpFailure, SmtpSecrets};
use crate::services::notification_queue::{Filter, NotificationQueue, QueueError, QueuedEmail};
use crate::services::storage::Storage;

/// Delivers queued emails of one store over one reused connection,
/// recording each outcome as it happens.
pub async fn deliver(
    // `&mut`: the database connection is not shareable between threads, and
    // an exclusive borrow keeps this future Send.
    queue: &mut impl Storage,
    settings: &NotificationSettings,
    secrets: &SmtpSecrets,
    emails: &[QueuedEmail],
) -> Result<Vec<Delivery>, QueueError> {
    let mailer = Mailer::new(settings, secrets).await;
    deliver_over(queue, mailer, emails, false).await
}

/// Delivers what this desk may send of the organisation's queue: whatever
/// stops its mail settings before any email (no password in this keychain,
/// a CA file) is this desk's, so the emails are left as they are for a
/// desk that can send them, and reported as not sent here.
pub async fn deliver_here(
    queue: &mut impl Storage,
    settings: &NotificationSettings,
    secrets: &SmtpSecrets,
    emails: &[QueuedEmail],
) -> Result<SendReport, QueueError> {
    match Mailer::new(settings, secrets).await {
        Err(failure) => Ok(SendReport {
            not_here: emails
                .iter()
                .map(|e| NotHere::new(e, failure.to_string()))
                .collect(),
            ..SendReport::default()
        }),
        mailer => Ok(SendReport {
            deliveries: deliver_over(queue, mailer, emails, true).await?,
            ..SendReport::default()
        }),
    }
}

/// `shared`: the organisation's queue, where a failure of this desk's own
/// (its sign-in to the mail server, its trust in it) never marks another
/// person's email failed — it waits for a desk that can send it.
async fn deliver_over(
    queue: &mut impl Storage,
    mut mailer: Result<Mailer, SmtpFailure>,
    emails: &[QueuedEmail],
    shared: bool,
) -> Result<Vec<Delivery>, QueueError> {
    let mut deliveries = Vec::with_capacity(emails.len());
    for email in emails {
        let result = match &mut mailer {
            Ok(mailer) => {
                if !queue.claim_for_sending(email.id).await? {
                    // Another dirdesk on this data folder is sending it.
                    continue;
                }
                fault::point("before-send");
                let result = mailer
                    .send_raw(&email.from, &email.recipient, &email.raw)
                    .await;
                if result.is_ok() {
                    fault::point("after-send");
                }
                result
            }
            Err(failure) => Err(failure.clone()),
        };
        let state = match result {
            Ok(answer) => {
                queue.mark_sent(email.id, &answer).await?;
                DeliveryState::Sent(answer)
            }
            Err(failure)
                if failure.is_retryable()
                    || failure.is_configuration()
                    || (shared && failure.is_this_desks()) =>
            {
                queue
                    .mark_retry(
                        email.id,
                        &failure.to_string(),
                        retry_delay(email.retry_count),
                    )
                    .await?;
                DeliveryState::Queued(failure)
            }
            Err(failure) => {
                queue.mark_failed(email.id, &failure.to_string()).await?;
                DeliveryState::Failed(failure)
            }
        };
        deliveries.push(Delivery {
            id: email.id,
            recipient: email.recipient.clone(),
            reasons: Vec::new(),
            state,
        });
    }
    if let Ok(mailer) = &mailer {
        mailer.shutdown().await;
    }
    Ok(deliveries)
}

/// Which queued emails to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Those whose next attempt is due (the background sender).
    Due,
    /// Every one not yet sent, now ("Send" for all).
    AllPending,
    /// One, now (a row's "Send").
    One(i64),
}

/// What sending queued emails did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SendReport {
    pub deliveries: Vec<Delivery>,
    /// Emails whose identity store no longer exists.
    pub orphaned: usize,
    /// Emails of the organisation's queue this desk left for another.
    pub not_here: Vec<NotHere>,
}

/// An email of the organisation's queue this desk did not attempt, and
/// why: it goes out from a desk where its sender is signed in, or one
/// whose mail settings can send it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotHere {
    pub id: i64,
    pub recipient: String,
    pub reason: String,
}

impl NotHere {
    pub fn new(email: &QueuedEmail, reason: String) -> Self {
        Self {
            id: email.id,
            recipient: email.recipient.clone(),
            reason,
        }
    }

    pub fn describe(&self) -> String {
        crate::fl!(
            "queue-not-here",
            id = self.id,
            address = self.recipient.as_str(),
            reason = self.reason.as_str()
        )
    }
}

/// The emails `which` names, oldest first (a row's "Send" makes it due
/// now). `Err` names what does not exist.
pub async fn chosen(queue: &mut impl Storage, which: Which) -> Result<Vec<QueuedEmail>, String> {
    let text = |e: QueueError| e.to_string();
    match which {
        Which::Due => queue.due().await.map_err(text),
        Which::AllPending => {
            let mut rows = queue.list(Filter::Pending).await.map_err(text)?;
            rows.reverse();
            Ok(rows)
        }
        Which::One(id) => {
            if !queue.retry_now(id).await.map_err(text)? {
                return Err(crate::fl!("queue-no-such-email", id = id));
            }
            Ok(queue.get(id).await.map_err(text)?.into_iter().collect())
        }
    }
}

/// Sends queued emails store by store, each over one connection. Blocking:
/// it runs its own small runtime, so call it from a blocking thread (the
/// queue's database connection stays on that thread).
pub fn send_queued(folders: &Folders, which: Which) -> Result<SendReport, String> {
    let mut queue = NotificationQueue::open(folders).map_err(|e| e.to_string())?;
    let config = Config::load(folders).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let rows = runtime.block_on(chosen(&mut queue, which))?;
    let mut report = SendReport::default();
    let mut stores: Vec<&str> = rows.iter().map(|r| r.store_id.as_str()).collect();
    stores.sort_unstable();
    stores.dedup();
    for store_id in stores {
        let batch: Vec<QueuedEmail> = rows
            .iter()
            .filter(|r| r.store_id == store_id)
            .cloned()
            .collect();
        let Some(store) = config.stores.iter().find(|s| s.id.0 == store_id) else {
            report.orphaned += batch.len();
            continue;
        };
        let secrets = smtp_secrets(store);
        let deliveries = runtime
            .block_on(deliver(&mut queue, &store.notifications, &secrets, &batch))
            .map_err(|e| e.to_string())?;
        report.deliveries.extend(deliveries);
    }
    Ok(report)
}
