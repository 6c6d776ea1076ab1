//! Cases 5 and 6 of `scripts/bench`: the path from a change to an email the
//! server accepted, and delivering a full queue.

use std::collections::BTreeMap;
use std::time::Instant;

use dirdesk::domain::change::Edits;
use dirdesk::environment::Folders;

use super::report::{median, percentile};
use super::{BENCH_PASSWORD, Env, group_dn, owner_of, sign_in};

/// Cases 5 and 6, measured in-process (they have no reference tool).
pub async fn cases() {
    use dirdesk::domain::recipients::{Reason, Recipient};
    use dirdesk::services::mailer;
    use dirdesk::services::notification_queue::NotificationQueue;
    use dirdesk::services::notify;
    let env = Env::load();
    let store = env.store();
    let smtp_password = env.get("SMTP_PASSWORD").to_owned();
    let dir = std::env::temp_dir().join(format!("dirdesk-bench-queue-{}", std::process::id()));
    let folders = Folders::portable(&dir);
    let mut queue = NotificationQueue::open(&folders).expect("queue");

    // 5: one change, then its notification accepted by the server.
    let owner = owner_of(0);
    let mut session = sign_in(&env, &format!("u{owner:06}"), BENCH_PASSWORD).await;
    let (mut ldap_ms, mut smtp_ms, mut total_ms) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..50 {
        let start = Instant::now();
        let before = session.read(&group_dn(0)).await.expect("read");
        let edits: Edits =
            BTreeMap::from([("description".to_owned(), vec![format!("Latency run {i}")])]);
        let record = session.apply(&before, &edits).await.expect("apply");
        let applied = start.elapsed();
        let outcome = notify::notify_change(
            &mut session,
            &store,
            &record,
            &mut queue,
            &dirdesk::services::mailer::SmtpSecrets::with_password(&smtp_password),
        )
        .await
        .expect("notify");
        assert!(
            matches!(outcome.deliveries.as_slice(), [d] if matches!(d.state, notify::DeliveryState::Sent(_)))
        );
        let total = start.elapsed();
        ldap_ms.push(applied.as_secs_f64() * 1000.0);
        smtp_ms.push((total - applied).as_secs_f64() * 1000.0);
        total_ms.push(total.as_secs_f64() * 1000.0);
    }
    println!("change_median_ms={:.1}", median(total_ms.clone()));
    println!("change_p99_ms={:.1}", percentile(total_ms, 0.99));
    println!("change_ldap_median_ms={:.1}", median(ldap_ms));
    println!("change_smtp_median_ms={:.1}", median(smtp_ms));

    // 6: 1,000 queued emails, over one reused connection and one each.
    let record = {
        let before = session.read(&group_dn(1)).await.expect("read");
        dirdesk::domain::change::ChangeRecord {
            store_id: store.id.clone(),
            store_name: store.name.clone(),
            object_dn: before.dn.clone(),
            object_name: before.name(),
            object_kind: before.kind(),
            author: session.user().author(),
            at: jiff::Timestamp::now(),
            changes: vec![],
        }
    };
    let recipient = Recipient {
        address: "bench@example.test".into(),
        name: None,
        language: None,
        reasons: vec![Reason::To],
    };
    let loader = dirdesk::i18n::loader_for(None);
    let content = dirdesk::domain::email::render(
        &store.notifications.templates,
        &loader,
        &record,
        &recipient,
        &jiff::tz::TimeZone::UTC,
    );
    let mut per_second = Vec::new();
    for reuse in [true, false] {
        let emails: Vec<_> = (0..1000)
            .map(|_| {
                mailer::compose(&store.notifications, &recipient, (&[], &[]), &content)
                    .expect("compose")
            })
            .collect();
        let (_, ids) = queue.record_change(&record, &emails, &[]).expect("queue");
        let rows: Vec<_> = ids
            .iter()
            .filter_map(|id| queue.get(*id).ok().flatten())
            .collect();
        let start = Instant::now();
        if reuse {
            notify::deliver(
                &mut queue,
                &store.notifications,
                &dirdesk::services::mailer::SmtpSecrets::with_password(&smtp_password),
                &rows,
            )
            .await
            .expect("deliver");
        } else {
            for row in &rows {
                notify::deliver(
                    &mut queue,
                    &store.notifications,
                    &dirdesk::services::mailer::SmtpSecrets::with_password(&smtp_password),
                    std::slice::from_ref(row),
                )
                .await
                .expect("deliver");
            }
        }
        per_second.push(1000.0 / start.elapsed().as_secs_f64());
    }
    println!("queue_reuse_per_s={:.0}", per_second[0]);
    println!("queue_each_per_s={:.0}", per_second[1]);
    let _ = std::fs::remove_dir_all(dir);
}
