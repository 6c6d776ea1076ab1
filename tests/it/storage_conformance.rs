//! One conformance suite for both places the History and queue live: the
//! desk's own SQLite file and the organisation's PostgreSQL database (as a
//! directory person, through row-level security). Each case is written once
//! against `Storage` and run on both.

use dirdesk::domain::StoreId;
use dirdesk::domain::change::{AttributeChange, Author, ChangeRecord};
use dirdesk::domain::directory_object::ObjectKind;
use dirdesk::domain::recipients::{NotSent, Reason};
use dirdesk::environment::Folders;
use dirdesk::services::notification_queue::{Filter, NotificationQueue, OutgoingEmail, Status};
use dirdesk::services::storage::Storage;
use dirdesk::services::storage::postgres::Database;
use dirdesk::services::storage::postgres::queue::SharedQueue;

use super::shared_database::Desk;
use super::support::unique;

pub(crate) fn record(object: &str, value: &str) -> ChangeRecord {
    ChangeRecord {
        store_id: StoreId("store-c".into()),
        store_name: "Corp".into(),
        object_dn: format!("cn={object},ou=groups,dc=example,dc=test"),
        object_name: object.into(),
        object_kind: ObjectKind::Group,
        author: Author {
            dn: "uid=bob,ou=people,dc=example,dc=test".into(),
            name: "Bob Becker".into(),
            mail: Some("bob@example.test".into()),
            language: None,
        },
        at: "2026-11-28T10:00:00Z".parse().expect("time"),
        changes: vec![AttributeChange {
            attribute: "description".into(),
            old: vec!["Before, with a comma".into()],
            new: vec![value.into()],
        }],
    }
}

pub(crate) fn email(to: &str) -> OutgoingEmail {
    OutgoingEmail {
        message_id: format!("<{}@example.test>", unique("m")),
        subject: "You changed the group “Zoë's”".into(),
        from: "dirdesk@example.test".into(),
        recipient: to.into(),
        to: vec![to.into()],
        cc: vec!["cc@example.test".into()],
        reasons: vec![Reason::LoggedInUser],
        raw: "Subject: x\r\n\r\nZoë\r\n".as_bytes().to_vec(),
    }
}

/// A change marked, applied, recorded with two emails and one person not
/// told: the History shows it with both emails; the queue lists them with
/// their bytes intact; sent is recorded and leaves the pending list.
async fn a_recorded_change_and_its_emails<S: Storage>(store: &mut S) {
    let planned = record("Zoë's", "Après, ünïcödé");
    let mark = store.begin_change(&planned).await.expect("mark");
    let not_sent = [NotSent::NotMailEnabled {
        dn: "uid=carol,ou=people,dc=example,dc=test".into(),
    }];
    let emails = [email("bob@example.test"), email("alice@example.test")];
    let (change, ids) = store
        .finish_change(Some(mark), &planned, &emails, &not_sent)
        .await
        .expect("record");
    store.leave_change(mark).await;
    assert_eq!(ids.len(), 2);
    assert!(
        store
            .unfinished_changes("store-c")
            .await
            .expect("marks")
            .is_empty(),
        "the mark went with the record"
    );
    let history = store.history(Some("store-c"), None).await.expect("history");
    assert_eq!(history.len(), 1);
    let entry = &history[0];
    assert_eq!(entry.id, change);
    assert_eq!(entry.record, planned);
    assert_eq!(entry.not_sent, not_sent);
    let told: Vec<&str> = entry
        .notifications
        .iter()
        .map(|n| n.recipient.as_str())
        .collect();
    assert_eq!(told, ["bob@example.test", "alice@example.test"]);
    // By object, spelled another way.
    let by_object = store
        .history(None, Some("CN=Zoë's, OU=groups,DC=example,DC=test"))
        .await
        .expect("history by object");
    assert_eq!(by_object.len(), 1);
    assert!(
        store
            .history(None, Some("cn=Other,dc=example,dc=test"))
            .await
            .expect("none")
            .is_empty()
    );

    let queued = store.get(ids[0]).await.expect("get").expect("there");
    assert_eq!(queued.raw, emails[0].raw, "the exact bytes, every time");
    assert_eq!(queued.cc, ["cc@example.test"]);
    assert_eq!(queued.status, Status::Pending);
    assert_eq!(queued.change_id, Some(change));
    let due: Vec<i64> = store
        .due()
        .await
        .expect("due")
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(due, ids);
    assert!(store.claim_for_sending(ids[0]).await.expect("claim"));
    store
        .mark_sent(ids[0], "250 2.0.0 Ok: queued")
        .await
        .expect("sent");
    assert!(
        !store.claim_for_sending(ids[0]).await.expect("claim"),
        "sent is sent"
    );
    assert!(
        !store.delete(ids[0]).await.expect("delete"),
        "a sent email stays in the History"
    );
    let pending: Vec<(i64, Vec<u8>)> = store
        .list(Filter::Pending)
        .await
        .expect("list")
        .into_iter()
        .map(|e| (e.id, e.raw))
        .collect();
    assert_eq!(
        pending,
        [(ids[1], emails[1].raw.clone())],
        "listed with its bytes: \"Send\" for all sends what is listed"
    );
    let sent = store.get(ids[0]).await.expect("get").expect("there");
    assert_eq!(sent.status, Status::Sent);
    assert_eq!(
        sent.server_response.as_deref(),
        Some("250 2.0.0 Ok: queued")
    );

    // A temporary failure waits; "Send" makes it due now; a permanent one stays failed.
    store
        .mark_retry(ids[1], "421 4.3.2 try later", 3600)
        .await
        .expect("retry");
    assert!(
        store.due().await.expect("due").is_empty(),
        "it waits an hour"
    );
    assert!(store.retry_now(ids[1]).await.expect("send now"));
    assert_eq!(store.due().await.expect("due").len(), 1);
    store
        .mark_failed(ids[1], "550 5.1.1 no such user")
        .await
        .expect("failed");
    let failed = store.list(Filter::Failed).await.expect("failed");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].retry_count, 2);
    assert_eq!(
        failed[0].last_error.as_deref(),
        Some("550 5.1.1 no such user")
    );
    assert!(store.delete(ids[1]).await.expect("delete"));
    assert!(store.get(ids[1]).await.expect("get").is_none());
}

/// A mark is not "unfinished" while its save runs; once the save is over
/// without a record it is, and finishing it later records it once;
/// abandoning one forgets it.
async fn a_change_left_unfinished_is_found_and_finished_once<S: Storage>(store: &mut S) {
    let planned = record("Left", "half way");
    let mark = store.begin_change(&planned).await.expect("mark");
    assert!(
        store
            .unfinished_changes("store-c")
            .await
            .expect("marks")
            .is_empty(),
        "its save is still running"
    );
    store.leave_change(mark).await;
    let unfinished = store.unfinished_changes("store-c").await.expect("marks");
    assert_eq!(unfinished.len(), 1);
    assert_eq!(unfinished[0].id, mark);
    assert_eq!(unfinished[0].record, planned);
    store
        .finish_change(Some(mark), &planned, &[email("bob@example.test")], &[])
        .await
        .expect("finished");
    assert!(
        store
            .unfinished_changes("store-c")
            .await
            .expect("marks")
            .is_empty()
    );
    assert_eq!(
        store
            .history(Some("store-c"), None)
            .await
            .expect("history")
            .len(),
        1
    );

    let other = store
        .begin_change(&record("Refused", "no"))
        .await
        .expect("mark");
    store.abandon_change(other).await.expect("abandon");
    assert!(
        store
            .unfinished_changes("store-c")
            .await
            .expect("marks")
            .is_empty()
    );
    assert_eq!(
        store
            .history(Some("store-c"), None)
            .await
            .expect("history")
            .len(),
        1
    );
}

/// The History node's pages: newest first, a page at a time, each next
/// page from below the last one shown, the filters holding on every page.
async fn the_history_comes_in_pages_newest_first<S: Storage>(store: &mut S) {
    use dirdesk::domain::history_filter::HistoryFilter;
    let mut ids = Vec::new();
    for i in 0..5 {
        let object = if i % 2 == 0 { "Even" } else { "Odd" };
        let (id, _) = store
            .finish_change(None, &record(object, &format!("value {i}")), &[], &[])
            .await
            .expect("record");
        ids.push(id);
    }
    ids.reverse();
    let page = |before: Option<i64>, object: Option<&str>| HistoryFilter {
        before,
        limit: Some(2),
        object: object.map(|o| format!("cn={o},ou=groups,dc=example,dc=test")),
        ..HistoryFilter::default()
    };
    let shown = |entries: Vec<dirdesk::services::notification_queue::HistoryEntry>| {
        entries.iter().map(|e| e.id).collect::<Vec<i64>>()
    };
    let first = shown(store.search_history(&page(None, None)).await.expect("1"));
    assert_eq!(first, ids[..2]);
    let second = shown(
        store
            .search_history(&page(Some(first[1]), None))
            .await
            .expect("2"),
    );
    assert_eq!(second, ids[2..4]);
    let last = shown(
        store
            .search_history(&page(Some(second[1]), None))
            .await
            .expect("3"),
    );
    assert_eq!(last, ids[4..]);
    // Only "Even" (the first, third and fifth recorded), two at a time.
    let even = shown(
        store
            .search_history(&page(None, Some("Even")))
            .await
            .expect("e"),
    );
    assert_eq!(even, [ids[0], ids[2]]);
    let rest = shown(
        store
            .search_history(&page(Some(even[1]), Some("Even")))
            .await
            .expect("e2"),
    );
    assert_eq!(rest, [ids[4]]);
}

async fn sqlite() -> (tempfile::TempDir, NotificationQueue) {
    let dir = tempfile::tempdir().expect("tempdir");
    let queue = NotificationQueue::open(&Folders::portable(dir.path())).expect("queue");
    (dir, queue)
}

async fn postgres(desk: &Desk, login: &str) -> SharedQueue {
    let password = secrecy::SecretString::from(format!("{login}-secret"));
    let db = Database::connect(&desk.shared(), login, &password)
        .await
        .unwrap_or_else(|e| panic!("{login} signs in: {e}"));
    SharedQueue::open(db, "store-c".into())
        .await
        .expect("shared queue")
}

macro_rules! on_both {
    ($case:ident) => {
        mod $case {
            use super::*;

            #[tokio::test]
            async fn on_sqlite() {
                let (_dir, mut queue) = sqlite().await;
                super::$case(&mut queue).await;
            }

            #[tokio::test]
            async fn on_postgresql() {
                let desk = tokio::task::spawn_blocking(Desk::ready)
                    .await
                    .expect("desk");
                let mut queue = postgres(&desk, "bob").await;
                super::$case(&mut queue).await;
            }
        }
    };
}

on_both!(a_recorded_change_and_its_emails);
on_both!(a_change_left_unfinished_is_found_and_finished_once);
on_both!(the_history_comes_in_pages_newest_first);

/// Two desks send from one shared queue at once: each email is claimed by
/// exactly one of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_desks_never_claim_one_email_on_postgresql() {
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let mut bob = postgres(&desk, "bob").await;
    let planned = record("Many", "emails");
    let emails: Vec<OutgoingEmail> = (0..60)
        .map(|i| email(&format!("p{i}@example.test")))
        .collect();
    let (_, ids) = bob
        .finish_change(None, &planned, &emails, &[])
        .await
        .expect("record");
    let claims = |name: &'static str| {
        let shared = desk.shared();
        let ids = ids.clone();
        tokio::spawn(async move {
            let password = secrecy::SecretString::from("erin-secret");
            let db = Database::connect(&shared, "erin", &password)
                .await
                .expect("erin");
            let mut queue = SharedQueue::open_as(db, name.into(), "store-c".into())
                .await
                .expect("queue");
            let mut mine = Vec::new();
            for id in ids {
                if queue.claim_for_sending(id).await.expect("claim") {
                    mine.push(id);
                }
            }
            // Both desks keep running (and holding) until both are done.
            (mine, queue)
        })
    };
    let (a, b) = (claims("desk-a"), claims("desk-b"));
    let ((a, _a), (b, _b)) = (a.await.expect("a"), b.await.expect("b"));
    let mut all: Vec<i64> = a.iter().chain(&b).copied().collect();
    all.sort_unstable();
    assert_eq!(all, ids, "every email claimed once: a {a:?}, b {b:?}");
}
