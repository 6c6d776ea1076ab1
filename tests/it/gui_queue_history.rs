//! The Notifications (queue) and History nodes of the real Admin Center view,
//! over a real queue database.

use dirdesk::domain::StoreId;
use dirdesk::domain::change::{AttributeChange, Author, ChangeRecord};
use dirdesk::domain::directory_object::ObjectKind;
use dirdesk::domain::recipients::{NotSent, Reason};
use dirdesk::environment::Folders;
use dirdesk::gui::Message;
use dirdesk::gui::screen::{history, notifications};
use dirdesk::services::notification_queue::{Filter, NotificationQueue, OutgoingEmail};
use iced_test::simulator;

use crate::window::Window;

pub(crate) fn record() -> ChangeRecord {
    ChangeRecord {
        store_id: StoreId("store-q".into()),
        store_name: "Corp".into(),
        object_dn: "cn=Marketing,ou=groups,dc=example,dc=test".into(),
        object_name: "Marketing".into(),
        object_kind: ObjectKind::Group,
        author: Author {
            dn: "uid=alice".into(),
            name: "Alice Archer".into(),
            mail: Some("alice@example.test".into()),
            language: None,
        },
        at: "2026-11-28T10:00:00Z".parse().expect("time"),
        changes: vec![AttributeChange {
            attribute: "description".into(),
            old: vec!["Old words".into()],
            new: vec!["New words".into()],
        }],
    }
}

fn queued(dir: &std::path::Path) -> (Folders, i64) {
    let folders = Folders::portable(dir);
    let mut queue = NotificationQueue::open(&folders).expect("queue");
    let email = OutgoingEmail {
        message_id: "<q1@example.test>".into(),
        subject: "You changed the group “Marketing”".into(),
        from: "dirdesk@example.test".into(),
        recipient: "alice@example.test".into(),
        to: vec!["alice@example.test".into()],
        cc: vec![],
        reasons: vec![Reason::LoggedInUser],
        raw: b"Subject: x\r\n\r\nx".to_vec(),
    };
    let (_, ids) = queue
        .record_change(
            &record(),
            &[email],
            &[NotSent::NotMailEnabled {
                dn: "uid=carol".into(),
            }],
        )
        .expect("record");
    queue
        .mark_retry(ids[0], "421 4.3.2 Service not available", 60)
        .expect("retry");
    (folders, ids[0])
}

/// The window loads the rows itself (its own task, from the database).
#[tokio::test(flavor = "multi_thread")]
async fn the_queue_lists_pending_emails_with_the_articles_columns_and_row_actions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (folders, id) = queued(dir.path());
    let mut window = Window::open(folders.clone()).await;
    window.click("Notifications").await;
    for column in [
        "Subject",
        "Date",
        "To",
        "From",
        "CC",
        "Last Retry",
        "Retry Count",
        "In Progress",
    ] {
        assert!(window.shows(column), "column {column}");
    }
    assert!(window.shows("You changed the group “Marketing”"));
    assert!(window.shows("alice@example.test"));
    assert!(window.shows("last error: 421 4.3.2 Service not available"));

    // The filter reads again; the row's Delete button is the row's.
    window
        .send(Message::Queue(notifications::Message::FilterSelected(
            Filter::Failed,
        )))
        .await;
    assert!(
        !window.shows("You changed the group “Marketing”"),
        "not failed"
    );
    window
        .send(Message::Queue(notifications::Message::FilterSelected(
            Filter::Pending,
        )))
        .await;
    let mut ui = simulator(window.app.view());
    ui.click("Delete").expect("a Delete button on the row");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(
        matches!(messages.as_slice(), [Message::Queue(notifications::Message::DeletePressed(d))] if *d == id),
        "{messages:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn history_shows_who_changed_what_and_what_became_of_the_email() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (folders, _) = queued(dir.path());
    let mut window = Window::open(folders).await;
    window.click("History").await;
    // The time as the window's language writes it, in this machine's zone.
    let at = dirdesk::i18n::date_time("2026-11-28T10:00:00Z".parse().expect("time"));
    assert!(at.starts_with("28 Nov 2026 "), "{at}");
    assert!(window.shows(&format!(
        "{at}  Alice Archer changed “Marketing” (cn=Marketing,ou=groups,dc=example,dc=test) in Corp"
    )));
    assert!(window.shows("description: Old words → New words"));
    assert!(window.shows("Notification to alice@example.test: Pending"));

    let mut state = history::State::default();
    let choice = history::StoreChoice(Some(StoreId("store-q".into())), "Corp".into());
    let history::Action::Load(filter) = state.update(history::Message::StoreSelected(choice))
    else {
        panic!("choosing a store loads its History");
    };
    assert_eq!(filter.store_id.as_deref(), Some("store-q"));
    assert_eq!(
        filter.limit,
        Some(history::PAGE_SIZE + 1),
        "a page at a time"
    );
}
