//! Changes in doubt: the modify reached the directory and was applied, but
//! its reply was lost with the connection (a loopback proxy in front of the
//! test slapd drops it). A retry must recognise the change as made — one
//! History entry, one email, no second modify — for one save and for a bulk
//! edit alike.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use dirdesk::domain::change::Edits;
use dirdesk::domain::{IdentityStore, Security, Server, StoreId, StoreType};
use dirdesk::environment::Folders;
use dirdesk::services::editing;
use dirdesk::services::ldap::{Applied, ChangeFailure, LdapFailure, Session};
use dirdesk::services::notification_queue::NotificationQueue;

use crate::reply_dropper::ReplyDropper;
use crate::support::{current_description, own_group, servers, unique};

/// The test slapd's plain LDAP port, behind a proxy that can lose replies.
pub(crate) async fn dropper() -> ReplyDropper {
    let port: u16 = servers()
        .ldap_url
        .rsplit(':')
        .next()
        .and_then(|p| p.trim_end_matches('/').parse().ok())
        .expect("slapd's plain port");
    ReplyDropper::start(SocketAddr::from(([127, 0, 0, 1], port))).await
}

/// A store reached through the proxy (plain LDAP: the proxy reads what it
/// forwards), with confirmations for the signed-in user.
fn store(proxy: &ReplyDropper) -> IdentityStore {
    let s = servers();
    let mut store = IdentityStore::new(
        StoreId(unique("store-in-doubt")),
        "Corp",
        StoreType::GenericLdap,
    );
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: proxy.port,
    }];
    store.security = Security::None;
    store.base_dn = s.base_dn.clone();
    store.service_account = Some(s.service_dn.clone());
    crate::support::mail_through_test_server(&mut store, true, Some(&s.service_password));
    store
}

async fn alice(store: &IdentityStore) -> Session {
    Session::sign_in(
        store,
        "alice",
        "alice-secret",
        Some(&servers().service_password),
    )
    .await
    .expect("alice signs in")
}

fn description(text: &str) -> Edits {
    BTreeMap::from([("description".to_owned(), vec![text.to_owned()])])
}

#[tokio::test(flavor = "multi_thread")]
async fn a_save_whose_reply_was_lost_is_recorded_and_notified_once_when_retried() {
    let proxy = dropper().await;
    let store = store(&proxy);
    let group = own_group("alice", &["alice"]).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut session = alice(&store).await;
    let before = session.read(&group).await.expect("read");
    let text = unique("in doubt");
    let edits = description(&text);

    proxy.lose_next_modify_reply();
    let first = editing::save_change(&mut session, &folders, &before, &edits).await;
    assert!(
        matches!(
            first.result,
            Err(ChangeFailure::Connection(LdapFailure::Disconnected { .. }))
        ),
        "{:?}",
        first.result
    );
    assert_eq!(
        current_description(&group).await.as_deref(),
        Some(text.as_str()),
        "the directory took the change"
    );
    let queue = NotificationQueue::open(&folders).expect("queue");
    assert_eq!(
        queue.unfinished_changes(&store.id.0).expect("marks").len(),
        1
    );
    assert!(queue.history(None, None).expect("history").is_empty());
    assert_eq!(proxy.modifies_forwarded(), 1);

    // The user presses Save again: the same change, from the same read.
    let retry = editing::save_change(&mut session, &folders, &before, &edits).await;
    let saved = retry.result.expect("recognised as saved");
    assert_eq!(saved.record.changes[0].new, vec![text.clone()]);
    let outcome = saved.outcome.expect("notified");
    assert!(
        outcome.deliveries.len() == 1 && outcome.deliveries[0].is_sent(),
        "{outcome:?}"
    );
    assert_eq!(proxy.modifies_forwarded(), 1, "no second modify was sent");
    assert!(
        queue
            .unfinished_changes(&store.id.0)
            .expect("marks")
            .is_empty()
    );
    let history = queue.history(None, None).expect("history");
    assert_eq!(history.len(), 1, "one History entry");
    assert_eq!(history[0].record.changes[0].new, vec![text.clone()]);
    // The server had accepted the email before the sender finished.
    let mails: Vec<_> = servers()
        .captured_mail()
        .into_iter()
        .filter(|m| m.data.contains(&text))
        .collect();
    assert_eq!(mails.len(), 1, "one confirmation");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bulk_edit_whose_reply_was_lost_is_recognised_as_applied_when_retried() {
    let proxy = dropper().await;
    let store = store(&proxy);
    let mut groups = Vec::new();
    for _ in 0..3 {
        groups.push(own_group("alice", &["alice"]).await);
    }
    let mut session = alice(&store).await;
    let mut items = Vec::new();
    for dn in &groups {
        let before = session.read(dn).await.expect("read");
        items.push((before, description(&unique("bulk in doubt"))));
    }

    // One at a time: the first modify is applied and its reply lost, the
    // connection with it, so the others never go out.
    proxy.lose_next_modify_reply();
    let results = session.apply_many(items.clone(), 1).await;
    for result in &results {
        assert!(
            matches!(result, Err(ChangeFailure::Connection(_))),
            "{result:?}"
        );
    }
    let wanted = |i: usize| items[i].1["description"][0].clone();
    assert_eq!(
        current_description(&groups[0]).await,
        Some(wanted(0)),
        "in doubt, but applied"
    );
    assert_ne!(
        current_description(&groups[1]).await,
        Some(wanted(1)),
        "never sent"
    );

    // Retried from the same list, on the same session.
    let retried = session.apply_many(items.clone(), 1).await;
    assert_eq!(
        retried[0],
        Ok(Applied::Already),
        "recognised, not applied again"
    );
    for (i, result) in retried.iter().enumerate().skip(1) {
        assert!(matches!(result, Ok(Applied::Now(_))), "{i}: {result:?}");
    }
    for (i, dn) in groups.iter().enumerate() {
        assert_eq!(current_description(dn).await, Some(wanted(i)));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_run_whose_reply_was_lost_is_run_again_and_each_change_is_sent_recorded_and_told_once()
 {
    use dirdesk::domain::bulk::parse_ldif;
    use dirdesk::services::bulk::{RowOutcome, apply};
    use std::sync::atomic::AtomicBool;

    const COUNT: usize = 40;
    let proxy = dropper().await;
    let store = store(&proxy);
    let mut groups = Vec::new();
    for _ in 0..COUNT {
        groups.push(own_group("alice", &["alice"]).await);
    }
    let text = unique("file in doubt");
    let ldif: String = groups
        .iter()
        .enumerate()
        .map(|(i, dn)| {
            format!(
                "dn: {dn}\nchangetype: modify\nreplace: description\ndescription: {text} {i}\n-\n\n"
            )
        })
        .collect();
    let changes = parse_ldif(&ldif).expect("a good file");
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut session = alice(&store).await;

    // The first modify's reply is lost with its connection: the changes on
    // the wire then are in doubt, the rest of the run not sent.
    proxy.lose_next_modify_reply();
    let mut first = Vec::new();
    let report = apply(
        &mut session,
        &folders,
        changes.clone(),
        8,
        &AtomicBool::new(false),
        |row| first.push(row),
    )
    .await
    .expect("ran");
    assert!(
        report.told.is_none(),
        "told once the directory answers again"
    );
    let in_doubt = first
        .iter()
        .filter(|r| matches!(r.outcome, RowOutcome::Unknown(_)))
        .count();
    assert!(in_doubt >= 1, "{first:?}");
    let queue = NotificationQueue::open(&folders).expect("queue");
    assert_eq!(
        queue.unfinished_changes(&store.id.0).expect("marks").len(),
        in_doubt,
        "each change in doubt keeps its mark"
    );
    let sent_first = proxy.modifies_forwarded();

    // The same file again: what the directory took is recorded (in the first
    // run's batch) and not sent again; the rest is sent now.
    let mut second = Vec::new();
    let report = apply(
        &mut session,
        &folders,
        changes.clone(),
        8,
        &AtomicBool::new(false),
        |row| second.push(row),
    )
    .await
    .expect("ran again");
    assert!(second.iter().all(|r| !r.outcome.is_failure()), "{second:?}");
    let applied_again = second
        .iter()
        .filter(|r| matches!(r.outcome, RowOutcome::Applied(_)))
        .count();
    assert_eq!(
        proxy.modifies_forwarded(),
        sent_first + applied_again,
        "nothing the directory had was sent twice"
    );
    // (A modify on the wire when the connection broke may have been dropped
    // by the server unapplied: then it is sent again, once, and counted in
    // `applied_again` — never one the directory already had.)
    assert!(report.told.expect("told").is_ok());
    assert!(
        queue
            .unfinished_changes(&store.id.0)
            .expect("marks")
            .is_empty()
    );
    let history = queue.history(None, None).expect("history");
    let mut dns: Vec<&str> = history
        .iter()
        .map(|e| e.record.object_dn.as_str())
        .collect();
    dns.sort_unstable();
    dns.dedup();
    assert_eq!(
        (history.len(), dns.len()),
        (COUNT, COUNT),
        "each recorded once"
    );
    let mut told: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for entry in &history {
        assert_eq!(entry.notifications.len(), 1, "{}", entry.record.object_dn);
        *told
            .entry(entry.notifications[0].message_id.as_str())
            .or_default() += 1;
    }
    assert_eq!(told.len(), 2, "one digest per run: {told:?}");
    assert_eq!(told.values().sum::<usize>(), COUNT, "each change told once");
    for (i, dn) in groups.iter().enumerate() {
        assert_eq!(
            current_description(dn).await,
            Some(format!("{text} {i}")),
            "{dn}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_join_whose_reply_was_lost_is_recorded_and_told_once_when_joined_again() {
    use dirdesk::services::editing::OwnMembership;
    let proxy = dropper().await;
    let store = store(&proxy);
    let cn = unique("Open doubt");
    let group = crate::directories::slapd()
        .own_group_named(&cn, "zoe", &["bob"])
        .await;
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut session = alice(&store).await;

    proxy.lose_next_modify_reply();
    let first =
        editing::change_own_membership(&mut session, &folders, &group, OwnMembership::Join).await;
    assert!(
        matches!(
            first.result,
            Err(ChangeFailure::Connection(LdapFailure::Disconnected { .. }))
        ),
        "{:?}",
        first.result
    );
    let queue = NotificationQueue::open(&folders).expect("queue");
    assert!(queue.history(None, None).expect("history").is_empty());

    // Join again: she is in the group already — the join that went out is
    // recorded and confirmed now, once, and no second modify is sent.
    let again =
        editing::change_own_membership(&mut session, &folders, &group, OwnMembership::Join).await;
    let saved = again.result.expect("the first join, finished");
    assert_eq!(
        saved.record.changes[0].added(),
        [servers().person_dn("alice").as_str()]
    );
    let outcome = saved.outcome.expect("notified");
    assert!(
        outcome
            .deliveries
            .iter()
            .any(|d| d.recipient == "alice@example.test" && d.is_sent()),
        "{outcome:?}"
    );
    assert_eq!(proxy.modifies_forwarded(), 1, "no second modify was sent");
    assert_eq!(queue.history(None, None).expect("history").len(), 1);
}
