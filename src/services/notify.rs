//! From an applied change to emails accepted by the mail server: who is
//! told (looked up in the directory), what they read, the queue — written
//! before any attempt — and delivery with retries (`delivery`).

mod delivery;

pub use delivery::{NotHere, SendReport, Which, chosen, deliver, deliver_here, send_queued};

use crate::domain::change::{ChangeRecord, Edits};
use crate::domain::directory_object::DirectoryObject;
use crate::domain::directory_object::ObjectKind;
use crate::domain::email;
use crate::domain::recipients::{self, Audience, NotSent, Person, Plan, Reason};
use crate::domain::{IdentityStore, NotificationSettings};
use crate::services::fault;
use crate::services::keychain::{Keychain, SecretKind};
use crate::services::ldap::{ChangeFailure, LdapFailure, Session};
use crate::services::mailer::{self, SmtpFailure, SmtpSecrets};
use crate::services::notification_queue::{OutgoingEmail, QueueError};
use crate::services::storage::{Opened, Storage};

/// What became of one email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryState {
    /// Accepted by the server, with its answer.
    Sent(String),
    /// Kept in the queue and retried automatically.
    Queued(SmtpFailure),
    /// Refused for good; kept in the queue as Failed.
    Failed(SmtpFailure),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub recipient: String,
    pub reasons: Vec<Reason>,
    pub state: DeliveryState,
}

impl Delivery {
    /// One line saying what became of the email.
    pub fn describe(&self) -> String {
        let address = self.recipient.as_str();
        match &self.state {
            DeliveryState::Sent(answer) => crate::fl!(
                "cli-notify-sent",
                address = address,
                answer = answer.as_str()
            ),
            // Waiting for someone to act (settings, a password, a sign-in):
            // retrying on its own would not help.
            DeliveryState::Queued(f) if f.is_configuration() => crate::fl!(
                "cli-notify-waiting",
                address = address,
                reason = f.to_string()
            ),
            DeliveryState::Queued(f) => crate::fl!(
                "cli-notify-queued",
                address = address,
                reason = f.to_string()
            ),
            DeliveryState::Failed(f) => crate::fl!(
                "cli-notify-failed",
                address = address,
                reason = f.to_string()
            ),
        }
    }

    /// Whether the server accepted it.
    pub fn is_sent(&self) -> bool {
        matches!(self.state, DeliveryState::Sent(_))
    }
}

/// One line saying who was not told, and why.
pub fn not_sent_line(not_sent: &NotSent) -> String {
    match not_sent {
        NotSent::NotMailEnabled { dn } => {
            crate::fl!("cli-notify-not-mail-enabled", dn = dn.as_str())
        }
        NotSent::MalformedAddress { who, address } => crate::fl!(
            "cli-notify-malformed",
            who = who.as_str(),
            address = address.as_str()
        ),
        NotSent::Unwritten { who, problem } => crate::fl!(
            "cli-notify-unwritten",
            who = who.as_str(),
            problem = problem.as_str()
        ),
    }
}

/// The outcome of notifying about one change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyOutcome {
    pub change_id: i64,
    pub deliveries: Vec<Delivery>,
    pub not_sent: Vec<NotSent>,
}

/// Seconds to wait before attempt `retry_count + 1`: 30 s, doubling, at most an hour.
pub fn retry_delay(retry_count: i64) -> i64 {
    (30_i64 << retry_count.clamp(0, 7)).min(3600)
}

async fn people(session: &mut Session, dns: &[String]) -> Vec<Person> {
    let mut found = Vec::with_capacity(dns.len());
    for dn in dns {
        if let Some(person) = session.person(dn).await {
            found.push(person);
        }
    }
    found
}

/// Looks up, as the signed-in user, the people the settings ask to tell.
pub async fn audience(
    session: &mut Session,
    settings: &NotificationSettings,
    record: &ChangeRecord,
) -> Audience {
    let also = settings.also_notify;
    let mut audience = Audience::default();
    let owners_told = record.object_kind == ObjectKind::Group
        && (also.group_owners
            || (also.public_group_owners && recipients::own_membership(record).is_some()));
    let needs_object = also.object_modified || owners_told || also.managers;
    let object = if needs_object {
        session.read(&record.object_dn).await.ok()
    } else {
        None
    };
    let values = |name: &str| -> Vec<String> {
        object
            .as_ref()
            .map(|o| o.texts(name).into_iter().map(str::to_owned).collect())
            .unwrap_or_default()
    };
    if also.object_modified {
        audience.object = session.person(&record.object_dn).await;
        if record.object_kind == ObjectKind::Group {
            audience.members = people(
                session,
                &[values("member"), values("uniqueMember")].concat(),
            )
            .await;
        }
    }
    if owners_told {
        audience.owners = people(session, &[values("owner"), values("managedBy")].concat()).await;
    }
    if also.managers && record.object_kind == ObjectKind::User {
        audience.manager = people(session, &values("manager")).await.into_iter().next();
    }
    if also.added_members || also.removed_members {
        let (added, removed) = recipients::member_changes(record);
        audience.added_members = people(session, &added).await;
        audience.removed_members = people(session, &removed).await;
    }
    audience
}

/// Renders and composes the emails of a plan. An email that cannot be
/// composed is reported as not sent.
pub fn prepare(
    settings: &NotificationSettings,
    record: &ChangeRecord,
    plan: &Plan,
) -> (Vec<OutgoingEmail>, Vec<NotSent>) {
    let tz = jiff::tz::TimeZone::system();
    let mut emails = Vec::new();
    let mut not_sent = plan.not_sent.clone();
    for recipient in &plan.recipients {
        let loader = crate::i18n::loader_for(recipient.language.as_deref());
        let content = email::render(&settings.templates, &loader, record, recipient, &tz);
        match mailer::compose(settings, recipient, (&settings.to, &settings.cc), &content) {
            Ok(email) => emails.push(email),
            Err(failure) => not_sent.push(NotSent::MalformedAddress {
                who: recipient.address.clone(),
                address: failure.to_string(),
            }),
        }
    }
    (emails, not_sent)
}

/// After the directory accepted a change: records it with its emails (one
/// transaction, before any attempt), then tries to send them right away.
pub async fn notify_change(
    session: &mut Session,
    store: &IdentityStore,
    record: &ChangeRecord,
    queue: &mut impl Storage,
    secrets: &SmtpSecrets,
) -> Result<NotifyOutcome, QueueError> {
    notify_finished(session, store, None, record, queue, secrets).await
}

async fn notify_finished(
    session: &mut Session,
    store: &IdentityStore,
    unfinished: Option<i64>,
    record: &ChangeRecord,
    queue: &mut impl Storage,
    secrets: &SmtpSecrets,
) -> Result<NotifyOutcome, QueueError> {
    let settings = &store.notifications;
    let audience = audience(session, settings, record).await;
    let plan = recipients::plan(settings, record, &audience);
    let (emails, not_sent) = prepare(settings, record, &plan);
    let (change_id, ids) = queue
        .finish_change(unfinished, record, &emails, &not_sent)
        .await?;
    fault::point("after-queue");
    let mut queued = Vec::with_capacity(ids.len());
    for id in &ids {
        queued.extend(queue.get(*id).await?);
    }
    // By id: an email another dirdesk took over has no delivery here.
    let mut deliveries = deliver(&mut *queue, settings, secrets, &queued).await?;
    for delivery in &mut deliveries {
        if let Some(i) = ids.iter().position(|id| *id == delivery.id) {
            delivery.reasons = emails[i].reasons.clone();
        }
    }
    Ok(NotifyOutcome {
        change_id,
        deliveries,
        not_sent,
    })
}

/// What Save did: the change as the directory took it, and what became of
/// its notifications.
#[derive(Debug, Clone)]
pub struct Saved {
    pub record: ChangeRecord,
    pub outcome: Result<NotifyOutcome, QueueError>,
}

/// Saves a change and tells who the settings ask to tell. The planned
/// change is written to the queue's database before the directory sees it;
/// recording the applied change with its emails clears that mark in the same
/// transaction. A crash or a broken connection in between leaves the mark,
/// and `finish_unfinished` completes the change (or forgets it, if the
/// directory never applied it) at the next sign-in — so an applied change
/// never goes without its history entry and emails.
pub async fn save(
    session: &mut Session,
    store: &IdentityStore,
    before: &DirectoryObject,
    edits: &Edits,
    queue: &mut impl Storage,
    secrets: &SmtpSecrets,
) -> Result<Saved, ChangeFailure> {
    let planned = session.planned(before, edits).await?;
    let unfinished =
        queue
            .begin_change(&planned)
            .await
            .map_err(|e| ChangeFailure::NotRecordable {
                detail: e.to_string(),
            })?;
    fault::point("before-apply");
    let record = match session.apply(before, edits).await {
        Ok(record) => record,
        Err(failure) => {
            // A connection that broke after the modify went out may or may
            // not have applied it: keep the mark and find out later.
            let unknown = matches!(
                failure,
                ChangeFailure::Connection(
                    LdapFailure::Disconnected { .. } | LdapFailure::Timeout { .. }
                )
            );
            if unknown {
                queue.leave_change(unfinished).await;
            } else {
                let _ = queue.abandon_change(unfinished).await;
            }
            return Err(failure);
        }
    };
    fault::point("after-apply");
    let outcome = notify_finished(session, store, Some(unfinished), &record, queue, secrets).await;
    // Recorded, or (the database failing now) left for the next save.
    queue.leave_change(unfinished).await;
    Ok(Saved { record, outcome })
}

/// Finishes the store's changes left unfinished: each one the directory
/// shows applied (every changed attribute holds its new values) is recorded
/// and notified as if it had just been saved; one it does not show is
/// forgotten. One the directory cannot be asked about now stays for later.
/// Returns the changes finished, with what became of their emails.
pub async fn finish_unfinished(
    session: &mut Session,
    store: &IdentityStore,
    queue: &mut Opened,
    secrets: &SmtpSecrets,
) -> Result<Vec<Saved>, QueueError> {
    let finished = finish_marks(session, store, queue, secrets).await?;
    // Bulk edits a stopped run left (their changes just finished, too);
    // a shared database has none (bulk edits are not made there yet).
    let Opened::Local(queue) = queue else {
        return Ok(finished);
    };
    for told in crate::services::digest::tell_left_over(session, store, queue, secrets).await {
        tracing::info!(
            changes = told.changes,
            "told about a bulk edit left unfinished"
        );
    }
    Ok(finished)
}

async fn finish_marks(
    session: &mut Session,
    store: &IdentityStore,
    queue: &mut impl Storage,
    secrets: &SmtpSecrets,
) -> Result<Vec<Saved>, QueueError> {
    let mut finished = Vec::new();
    let unfinished = queue.unfinished_changes(&store.id.0).await?;
    if unfinished.is_empty() {
        return Ok(finished);
    }
    // Values are compared by each attribute's matching rule.
    let schema = match session.schema().await {
        Ok(schema) => schema,
        Err(failure) => {
            tracing::warn!(%failure, "unfinished changes left for later");
            return Ok(finished);
        }
    };
    for mark in unfinished {
        let (id, planned) = (mark.id, &mark.record);
        let now = match session.read(&planned.object_dn).await {
            Ok(object) => object,
            Err(LdapFailure::NoSuchObject { .. }) => {
                queue.abandon_change(id).await?;
                continue;
            }
            Err(failure) => {
                tracing::warn!(%failure, "unfinished change left for later");
                continue;
            }
        };
        if !planned.is_applied_to(&now, &schema) {
            tracing::info!(dn = %planned.object_dn, "unfinished change was not applied");
            queue.abandon_change(id).await?;
            continue;
        }
        let outcome = match mark.batch {
            // Part of a bulk edit: recorded in its batch, told about in its
            // digest below.
            Some(batch) => {
                let ids = queue.record_in_batch(batch, &[(id, planned)]).await?;
                NotifyOutcome {
                    change_id: ids.first().copied().unwrap_or_default(),
                    deliveries: Vec::new(),
                    not_sent: Vec::new(),
                }
            }
            None => notify_finished(session, store, Some(id), planned, queue, secrets).await?,
        };
        finished.push(Saved {
            record: mark.record,
            outcome: Ok(outcome),
        });
    }
    Ok(finished)
}

/// The store's SMTP secrets from the keychain: its password when
/// authentication is on, the OAuth 2.0 client secret when it uses OAuth.
/// A keychain problem does not stop anything: the email waits in the queue
/// and the server's refusal says why.
pub fn smtp_secrets(store: &IdentityStore) -> SmtpSecrets {
    let n = &store.notifications;
    let read = |kind: SecretKind| match Keychain::platform().and_then(|k| k.get(&store.id, kind)) {
        Ok(secret) => secret,
        Err(error) => {
            tracing::warn!(%error, ?kind, "a secret of the SMTP settings is unreadable");
            None
        }
    };
    SmtpSecrets {
        password: n
            .use_authentication
            .then(|| read(SecretKind::Smtp))
            .flatten(),
        client_secret: n
            .uses_oauth()
            .then(|| read(SecretKind::OAuthClientSecret))
            .flatten(),
    }
}
