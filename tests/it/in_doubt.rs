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
