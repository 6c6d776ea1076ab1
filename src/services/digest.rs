//! Telling about a bulk edit: every change of a batch no digest has told
//! about yet is planned as one save's would be (who the store's settings
//! ask to tell, looked up in the directory), gathered into one email per
//! recipient, queued — with those changes marked told, in one transaction —
//! and sent. A batch a stopped run left is told about at the next save.

use std::sync::Arc;

use crate::domain::IdentityStore;
use crate::domain::NotificationSettings;
use crate::domain::change::Author;
use crate::domain::digest::{ATTACHMENT_NAME, Digest, Digests};
use crate::domain::recipients::{self, NotSent};
use crate::domain::templates::{self, EmailKind};
use crate::services::fault;
use crate::services::ldap::Session;
use crate::services::mailer::{self, CsvAttachment, SmtpSecrets};
use crate::services::notification_queue::{NotificationQueue, OutgoingEmail, QueueError};
use crate::services::notify::{self, Delivery};

/// History entries read at a time while gathering a digest.
const PAGE: usize = 1000;

/// What telling about a batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Told {
    /// The changes the digests tell about.
    pub changes: usize,
    pub deliveries: Vec<Delivery>,
    /// Who was not told, each once.
    pub not_sent: Vec<NotSent>,
}

/// Tells about the changes of `batch` no digest has told about.
pub async fn tell(
    session: &mut Session,
    store: &IdentityStore,
    batch: i64,
    queue: &mut NotificationQueue,
    secrets: &SmtpSecrets,
) -> Result<Told, QueueError> {
    let settings = &store.notifications;
    let mut digests = Digests::default();
    // Who was not told, per change: shared when it is the list of the change
    // before (a run's author without mail is every change's), which keeps
    // 100,000 changes' lists to one.
    let mut told: Vec<(i64, Arc<[NotSent]>)> = Vec::new();
    let mut author: Option<Author> = None;
    let mut not_sent: Vec<NotSent> = Vec::new();
    let mut after = 0;
    loop {
        let page = queue.undigested(batch, after, PAGE)?;
        let Some(last) = page.last() else { break };
        after = last.change_id;
        for change in page {
            let audience = notify::audience(session, settings, &change.record).await;
            let plan = recipients::plan(settings, &change.record, &audience);
            digests.add(&change.record, &plan);
            for missed in &plan.not_sent {
                if !not_sent.contains(missed) {
                    not_sent.push(missed.clone());
                }
            }
            let missed = match told.last() {
                Some((_, last)) if **last == *plan.not_sent => last.clone(),
                _ => Arc::from(plan.not_sent),
            };
            told.push((change.change_id, missed));
            author.get_or_insert(change.record.author);
        }
    }
    let Some(author) = author else {
        return Ok(Told::default());
    };
    let (mut emails, malformed) = compose(settings, &author, digests.finish());
    // The lists and their encodings are done with: only the emails remain.
    crate::return_freed_memory();
    not_sent.extend(malformed);
    let ids = queue.queue_digest(batch, &store.id.0, &told, &emails)?;
    fault::point("after-queue");
    // As queued, with the bytes just stored moved in rather than read back:
    // a digest's attached list can be megabytes.
    let mut queued = Vec::with_capacity(ids.len());
    for (id, email) in ids.iter().zip(&mut emails) {
        queued.extend(queue.get_listed(*id)?.map(|mut listed| {
            listed.raw = std::mem::take(&mut email.raw);
            listed
        }));
    }
    let mut deliveries = notify::deliver(&mut *queue, settings, secrets, &queued).await?;
    for delivery in &mut deliveries {
        if let Some(i) = ids.iter().position(|id| *id == delivery.id) {
            delivery.reasons = std::mem::take(&mut emails[i].reasons);
        }
    }
    Ok(Told {
        changes: told.len(),
        deliveries,
        not_sent,
    })
}

/// Tells about every batch of the store a stopped run (or an earlier one
/// of this process) left untold. A batch that cannot be told now stays for
/// the next save; every batch taken over is left again either way.
pub async fn tell_left_over(
    session: &mut Session,
    store: &IdentityStore,
    queue: &mut NotificationQueue,
    secrets: &SmtpSecrets,
) -> Vec<Told> {
    let batches = match queue.take_over_batches(&store.id.0) {
        Ok(batches) => batches,
        Err(error) => {
            tracing::warn!(%error, "could not look for bulk edits left untold");
            return Vec::new();
        }
    };
    let mut all = Vec::new();
    for batch in batches {
        match tell(session, store, batch, queue, secrets).await {
            Ok(told) => all.push(told),
            Err(error) => tracing::warn!(%error, batch, "a bulk edit left untold for later"),
        }
        queue.leave_batch(batch);
    }
    all
}

/// The digests' emails, in each recipient's language; one that cannot be
/// composed is reported as not sent.
fn compose(
    settings: &NotificationSettings,
    author: &Author,
    digests: Vec<Digest>,
) -> (Vec<OutgoingEmail>, Vec<NotSent>) {
    let tz = jiff::tz::TimeZone::system();
    let mut emails = Vec::with_capacity(digests.len());
    let mut not_sent = Vec::new();
    for digest in digests {
        let loader = crate::i18n::loader_for(digest.recipient.language.as_deref());
        let lang = templates::language_of(&loader);
        let context = templates::digest_context(&loader, &digest, author, &tz);
        // Not even the built-in template rendered (values beyond its fuel):
        // the changes are in the History; the digest says why it is missing.
        let content = match settings
            .templates
            .render(EmailKind::Digest, &lang, &context)
        {
            Ok(content) => content,
            Err(problem) => {
                not_sent.push(NotSent::Unwritten {
                    who: digest.recipient.address.clone(),
                    problem: problem.to_string(),
                });
                continue;
            }
        };
        let attachment = digest.attachment.map(|body| CsvAttachment {
            name: ATTACHMENT_NAME,
            body,
        });
        match mailer::compose_with(
            settings,
            &digest.recipient,
            (&settings.to, &settings.cc),
            &content,
            attachment,
        ) {
            Ok(email) => emails.push(email),
            Err(failure) => not_sent.push(NotSent::MalformedAddress {
                who: digest.recipient.address.clone(),
                address: failure.to_string(),
            }),
        }
    }
    (emails, not_sent)
}
