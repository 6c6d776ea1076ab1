//! Bulk edits with every guarantee of one save, on a slapd of the test's
//! own: a 2,000-change batch with three objects changed by someone else
//! after the preview (three conflicts, the rest applied, History and one
//! digest complete), and the server stopped in the middle of a run and the
//! same file run again (nothing twice, everything once).

use std::collections::BTreeSet;
use std::sync::atomic::AtomicBool;

use dirdesk::domain::bulk::{BulkChange, parse_ldif};
use dirdesk::domain::{IdentityStore, Server, StoreId, StoreType};
use dirdesk::environment::Folders;
use dirdesk::services::bulk::{RowOutcome, RowResult, apply, apply_previewed, preview};
use dirdesk::services::ldap::Session;
use dirdesk::services::notification_queue::{HistoryEntry, NotificationQueue};

use crate::support::{PrivateLdap, servers, unique};

fn groups_ldif(prefix: &str, count: usize) -> String {
    let s = servers();
    let alice = s.person_dn("alice");
    (0..count)
        .map(|i| {
            format!(
                "dn: cn={prefix} {i:04},ou=groups,{base}\nobjectClass: groupOfNames\ncn: {prefix} {i:04}\ndescription: old {i}\nowner: {alice}\nmember: {alice}\n\n",
                base = s.base_dn
            )
        })
        .collect()
}

/// The file that gives every group a new description.
fn changes(prefix: &str, count: usize, text: &str) -> Vec<BulkChange> {
    let base = &servers().base_dn;
    let ldif: String = (0..count)
        .map(|i| {
            format!(
                "dn: cn={prefix} {i:04},ou=groups,{base}\nchangetype: modify\nreplace: description\ndescription: {text} {i}\n-\n\n"
            )
        })
        .collect();
    parse_ldif(&ldif).expect("a good file")
}

/// A store on `ldap` whose changes confirm to the signed-in user by email.
fn store(ldap: &PrivateLdap) -> IdentityStore {
    let s = servers();
    let mut store = IdentityStore::new(
        StoreId(unique("store-bulk")),
        "Corp",
        StoreType::GenericLdap,
    );
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: ldap.ldaps_port,
    }];
    store.ca_file = Some(ldap.ca_file());
    store.base_dn = s.base_dn.clone();
    store.service_account = Some(s.service_dn.clone());
    crate::support::mail_through_test_server(&mut store, true, Some(&s.service_password));
    store
}

fn folders_with(store: &IdentityStore) -> (tempfile::TempDir, Folders) {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut config = dirdesk::services::config_file::Config::default();
    config.stores.push(store.clone());
    config.save(&folders).expect("config");
    (dir, folders)
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

fn history(folders: &Folders) -> Vec<HistoryEntry> {
    NotificationQueue::open(folders)
        .expect("queue")
        .history(None, None)
        .expect("history")
}

/// The digests the History's entries were told in: message id → entries.
fn digests(entries: &[HistoryEntry]) -> std::collections::BTreeMap<String, usize> {
    let mut by_email = std::collections::BTreeMap::new();
    for entry in entries {
        assert_eq!(
            entry.notifications.len(),
            1,
            "{}: one digest email",
            entry.record.object_dn
        );
        *by_email
            .entry(entry.notifications[0].message_id.clone())
            .or_insert(0) += 1;
    }
    by_email
}

/// The decoded body of the attachment `name` of a raw email (base64).
fn attachment(raw: &str, name: &str) -> String {
    use base64::Engine;
    let at = raw
        .find(&format!("filename=\"{name}\""))
        .expect("the attachment");
    let body = &raw[at..];
    let start = body.find("\r\n\r\n").expect("its body") + 4;
    let end = body[start..]
        .find("\r\n--")
        .map_or(body.len(), |e| start + e);
    let encoded: String = body[start..end].split_whitespace().collect();
    String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .expect("base64"),
    )
    .expect("utf-8")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_two_thousand_change_batch_reports_three_conflicts_and_records_and_tells_the_rest_once() {
    const COUNT: usize = 2000;
    let ldap = PrivateLdap::start(Some(&groups_ldif("Batch", COUNT)));
    let store = store(&ldap);
    let (_dir, folders) = folders_with(&store);
    let text = unique("Reorganised");
    let changes = changes("Batch", COUNT, &text);
    let mut session = alice(&store).await;
    let previewed = preview(&mut session, &changes, 8).await.expect("previewed");
    assert!(previewed.iter().all(|row| !row.is_problem()));

    // Someone else changes three of the objects after the preview.
    let s = servers();
    let mut other = ldap3::LdapConnAsync::with_settings(
        ldap3::LdapConnSettings::new().set_no_tls_verify(true),
        &format!("ldap://127.0.0.1:{}", ldap.ldap_port),
    )
    .await
    .map(|(conn, ldap)| {
        ldap3::drive!(conn);
        ldap
    })
    .expect("connect");
    other
        .simple_bind(&s.service_dn, &s.service_password)
        .await
        .expect("bind")
        .success()
        .expect("bound");
    let meanwhile = [7, 1234, 1999];
    for i in meanwhile {
        other
            .modify(
                &changes[i].dn,
                vec![ldap3::Mod::Replace(
                    "description",
                    ["changed meanwhile"].into(),
                )],
            )
            .await
            .expect("modify")
            .success()
            .expect("changed meanwhile");
    }

    let mut rows: Vec<RowResult> = Vec::new();
    let report = apply_previewed(
        &mut session,
        &folders,
        &previewed,
        8,
        &AtomicBool::new(false),
        |row| rows.push(row),
    )
    .await
    .expect("ran");
    assert_eq!(rows.len(), COUNT);
    let conflicts: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.outcome == RowOutcome::Conflict)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(conflicts, meanwhile, "exactly the three changed meanwhile");
    assert!(
        rows.iter()
            .enumerate()
            .all(|(i, r)| meanwhile.contains(&i) || matches!(r.outcome, RowOutcome::Applied(_))),
        "{:?}",
        rows.iter()
            .find(|r| !matches!(r.outcome, RowOutcome::Applied(_) | RowOutcome::Conflict))
    );
    // Nothing someone else wrote was overwritten.
    for i in meanwhile {
        let now = session.read(&changes[i].dn).await.expect("read");
        assert_eq!(now.texts("description"), ["changed meanwhile"]);
    }
    let now = session.read(&changes[42].dn).await.expect("read");
    assert_eq!(now.texts("description"), [format!("{text} 42")]);

    // One History entry per applied change, all told in one digest.
    let entries = history(&folders);
    assert_eq!(entries.len(), COUNT - 3);
    let dns: BTreeSet<&str> = entries
        .iter()
        .map(|e| e.record.object_dn.as_str())
        .collect();
    assert_eq!(dns.len(), COUNT - 3, "each change recorded once");
    let by_email = digests(&entries);
    assert_eq!(by_email.len(), 1, "one email for the whole batch");
    let told = report.told.expect("told").expect("queued");
    assert_eq!(told.changes, COUNT - 3);
    assert_eq!(told.deliveries.len(), 1);
    assert!(told.deliveries[0].is_sent(), "{:?}", told.deliveries);
    assert_eq!(told.deliveries[0].recipient, "alice@example.test");
    // The email lists the first 50 and attaches all of them.
    let queue = NotificationQueue::open(&folders).expect("queue");
    let emails = queue
        .list(dirdesk::services::notification_queue::Filter::All)
        .expect("list");
    assert_eq!(emails.len(), 1, "one email queued in all");
    let raw = queue
        .get(emails[0].id)
        .expect("get")
        .expect("the email")
        .raw;
    let raw = String::from_utf8(raw).expect("ascii");
    assert!(
        raw.contains("Changes you made in Corp: 1997"),
        "the count in the subject"
    );
    let csv = attachment(&raw, "changes.csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), COUNT - 3, "the whole list attached");
    let listed: BTreeSet<&str> = rows.iter().map(|r| r.get(0).unwrap_or("")).collect();
    assert_eq!(listed, dns, "exactly the changes applied");
    assert!(!listed.contains(changes[7].dn.as_str()));
    let message_id = emails[0].message_id.trim_matches(['<', '>']).to_owned();
    let mail = servers().wait_for_mail(std::time::Duration::from_secs(10), |m| {
        m.data.contains(&message_id)
    });
    assert_eq!(mail.len(), 1, "the server accepted it");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_stopped_mid_run_and_the_same_file_run_again_applies_and_tells_each_change_once() {
    const COUNT: usize = 1200;
    let ldap = PrivateLdap::start(Some(&groups_ldif("Stopped", COUNT)));
    let store = store(&ldap);
    let (_dir, folders) = folders_with(&store);
    let text = unique("Moved");
    let changes = changes("Stopped", COUNT, &text);
    let mut session = alice(&store).await;

    // The server stops once the first chunk is done.
    let mut first: Vec<RowResult> = Vec::new();
    let report = apply(
        &mut session,
        &folders,
        changes.clone(),
        8,
        &AtomicBool::new(false),
        |row| {
            first.push(row);
            if first.len() == dirdesk::services::bulk::CHUNK {
                tokio::task::block_in_place(|| ldap.stop());
            }
        },
    )
    .await
    .expect("ran");
    let chunk = dirdesk::services::bulk::CHUNK;
    assert!(
        first[..chunk]
            .iter()
            .all(|r| matches!(r.outcome, RowOutcome::Applied(_)))
    );
    assert!(
        first[chunk..]
            .iter()
            .all(|r| matches!(r.outcome, RowOutcome::NotSent(_))),
        "{:?}",
        first[chunk]
    );
    assert!(report.told.is_none(), "the digest waits for the directory");
    assert_eq!(history(&folders).len(), chunk);

    ldap.restart();
    let mut session = alice(&store).await;
    let mut second: Vec<RowResult> = Vec::new();
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
    assert!(
        second[..chunk]
            .iter()
            .all(|r| r.outcome == RowOutcome::NothingToChange)
    );
    assert!(
        second[chunk..]
            .iter()
            .all(|r| matches!(r.outcome, RowOutcome::Applied(_)))
    );
    let told = report.told.expect("told").expect("queued");
    assert_eq!(told.changes, COUNT - chunk);

    let entries = history(&folders);
    assert_eq!(entries.len(), COUNT, "every change recorded");
    let dns: BTreeSet<&str> = entries
        .iter()
        .map(|e| e.record.object_dn.as_str())
        .collect();
    assert_eq!(dns.len(), COUNT, "none twice");
    let by_email = digests(&entries);
    let mut sizes: Vec<usize> = by_email.values().copied().collect();
    sizes.sort_unstable();
    assert_eq!(
        sizes,
        [chunk, COUNT - chunk],
        "the first run's changes told in one digest (at the second run's start), the second's in another"
    );
    assert_eq!(
        NotificationQueue::open(&folders)
            .expect("queue")
            .list(dirdesk::services::notification_queue::Filter::All)
            .expect("list")
            .len(),
        2,
        "two emails in all"
    );
    for (i, change) in changes.iter().enumerate().step_by(97) {
        let now = session.read(&change.dn).await.expect("read");
        assert_eq!(now.texts("description"), [format!("{text} {i}")]);
    }
}
