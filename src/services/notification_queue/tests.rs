//! The queue and history against a real SQLite file: states, crashes, claims.
use super::*;
use crate::domain::StoreId;
use crate::domain::change::{AttributeChange, Author};
use crate::domain::directory_object::ObjectKind;

fn record() -> ChangeRecord {
    ChangeRecord {
        store_id: StoreId("store-1".into()),
        store_name: "Demo".into(),
        object_dn: "cn=Marketing,ou=groups,dc=example,dc=test".into(),
        object_name: "Marketing".into(),
        object_kind: ObjectKind::Group,
        author: Author {
            dn: "uid=alice".into(),
            name: "Alice".into(),
            mail: None,
            language: None,
        },
        at: jiff::Timestamp::UNIX_EPOCH,
        changes: vec![AttributeChange {
            attribute: "description".into(),
            old: vec!["a".into()],
            new: vec!["b".into()],
        }],
    }
}

fn email(id: &str) -> OutgoingEmail {
    OutgoingEmail {
        message_id: format!("<{id}@example.test>"),
        subject: "You changed the group".into(),
        from: "dirdesk@example.test".into(),
        recipient: "alice@example.test".into(),
        to: vec!["alice@example.test".into()],
        cc: vec![],
        reasons: vec![Reason::LoggedInUser],
        raw: b"Subject: x\r\n\r\nbody".to_vec(),
    }
}

#[test]
fn a_change_its_emails_and_their_fate_are_kept_together() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut queue = NotificationQueue::open(&folders).expect("open");
    let not_sent = vec![NotSent::NotMailEnabled {
        dn: "uid=carol".into(),
    }];
    let (change, ids) = queue
        .record_change(&record(), &[email("1"), email("2")], &not_sent)
        .expect("record");
    assert_eq!(queue.due().expect("due").len(), 2);

    assert!(queue.claim_for_sending(ids[0]).expect("sending"));
    queue.mark_sent(ids[0], "250 OK").expect("sent");
    assert!(queue.claim_for_sending(ids[1]).expect("sending"));
    queue
        .mark_retry(ids[1], "421 try later", 3600)
        .expect("retry");
    assert!(queue.due().expect("due").is_empty(), "the retry waits");
    assert_eq!(queue.list(Filter::Pending).expect("list").len(), 1);
    assert!(queue.retry_now(ids[1]).expect("retry now"));
    assert_eq!(queue.due().expect("due")[0].retry_count, 1);
    queue
        .mark_failed(ids[1], "550 no such user")
        .expect("failed");
    assert_eq!(
        queue.list(Filter::Failed).expect("list")[0]
            .last_error
            .as_deref(),
        Some("550 no such user")
    );
    assert!(
        !queue.delete(ids[0]).expect("delete"),
        "sent emails stay in the history"
    );

    drop(queue);
    let queue = NotificationQueue::open(&folders).expect("reopen");
    let history = queue
        .history(
            Some("store-1"),
            Some("CN=Marketing, ou=groups,dc=example,dc=test"),
        )
        .expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].id, change);
    assert_eq!(history[0].record, record());
    assert_eq!(history[0].notifications.len(), 2);
    assert_eq!(history[0].not_sent, not_sent);
    assert!(
        queue
            .history(Some("other"), None)
            .expect("history")
            .is_empty()
    );
}

#[test]
fn an_attempt_interrupted_by_a_crash_is_due_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut queue = NotificationQueue::open(&folders).expect("open");
    let (_, ids) = queue
        .record_change(&record(), &[email("x")], &[])
        .expect("record");
    assert!(queue.claim_for_sending(ids[0]).expect("sending"));
    drop(queue);
    let mut queue = NotificationQueue::open(&folders).expect("reopen");
    let due = queue.due().expect("due");
    assert_eq!(due.len(), 1);
    assert_eq!(
        due[0].message_id, "<x@example.test>",
        "the same message goes again"
    );
    assert!(
        queue.claim_for_sending(ids[0]).expect("claim"),
        "its own claim"
    );
}

#[test]
fn an_email_another_running_dirdesk_is_sending_is_left_to_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut queue = NotificationQueue::open(&folders).expect("open");
    let (_, ids) = queue
        .record_change(&record(), &[email("a"), email("b")], &[])
        .expect("record");
    // Claimed by a process that runs (PID 1) and by one that has ended.
    let ended = std::process::Command::new("true")
        .spawn()
        .and_then(|mut c| c.wait().map(|_| c.id()))
        .expect("a process that ended");
    for (id, pid) in [(ids[0], 1), (ids[1], ended)] {
        queue
            .conn
            .execute(
                "UPDATE notifications SET status = 'sending', claimed_by = ?2, claimed_at = ?3 WHERE id = ?1",
                params![id, pid, now_seconds()],
            )
            .expect("claim as another process");
    }
    assert!(
        !queue.claim_for_sending(ids[0]).expect("claim"),
        "PID 1 is sending it"
    );
    assert!(
        queue.claim_for_sending(ids[1]).expect("claim"),
        "its sender has ended"
    );
}

#[test]
fn a_change_this_process_is_saving_is_not_taken_for_unfinished() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut queue = NotificationQueue::open(&folders).expect("open");
    let store = record().store_id.0;
    let id = queue.begin_change(&record()).expect("begin");
    // A second save in this process (another window's session, a bulk edit)
    // must leave it to the save that is making it.
    let other = NotificationQueue::open(&folders).expect("another handle");
    assert!(other.unfinished_changes(&store).expect("marks").is_empty());
    // The save is over without recording it (its connection broke): now it
    // is for the next save to finish.
    queue.leave_change(id);
    let left = other.unfinished_changes(&store).expect("marks");
    assert_eq!(left.iter().map(|u| u.id).collect::<Vec<_>>(), vec![id]);
}
