//! The Object Editor's Bulk Edit page through the window's own tasks, on a
//! slapd of the test's own: open an LDIF file, read the preview, Apply with
//! the progress bar, Cancel after the first chunk (the rest not sent), the
//! outcome table, the failed rows exported as CSV and retried — every
//! change applied, recorded and told once.

use dirdesk::domain::Server;
use dirdesk::environment::Folders;
use dirdesk::gui::screen::editor::{Action, Message, bulk, find, ops};
use dirdesk::services::bulk::{CHUNK, RowOutcome};
use dirdesk::services::notification_queue::NotificationQueue;

use crate::gui_object_editor::{click, drive, signed_in, store};
use crate::support::{PrivateLdap, servers, shows_containing, unique};

const COUNT: usize = 1000;

fn groups_ldif() -> String {
    let s = servers();
    let alice = s.person_dn("alice");
    (0..COUNT)
        .map(|i| {
            format!(
                "dn: cn=Window bulk {i:04},ou=groups,{base}\nobjectClass: groupOfNames\ncn: Window bulk {i:04}\ndescription: old {i}\nowner: {alice}\nmember: {alice}\n\n",
                base = s.base_dn
            )
        })
        .collect()
}

fn shows(state: &dirdesk::gui::screen::editor::State, part: &str) -> bool {
    shows_containing(state.view(), part)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_is_previewed_applied_with_progress_cancelled_exported_and_retried() {
    let ldap = PrivateLdap::start(Some(&groups_ldif()));
    let mut store = store(true);
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: ldap.ldaps_port,
    }];
    store.ca_file = Some(ldap.ca_file());
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut state = signed_in("alice", &store, &folders).await;

    let text = unique("Window");
    let base = &servers().base_dn;
    let ldif: String = (0..COUNT)
        .map(|i| {
            format!("dn: cn=Window bulk {i:04},ou=groups,{base}\nchangetype: modify\nreplace: description\ndescription: {text} {i}\n-\n\n")
        })
        .collect();
    let file = dir.path().join("changes.ldif");
    std::fs::write(&file, ldif).expect("ldif");

    click(&mut state, "Bulk Edit").await;
    drive(
        &mut state,
        Message::Bulk(bulk::Message::PathChanged(file.display().to_string())),
    )
    .await;
    click(&mut state, "Open File").await;
    let preview = state
        .bulk()
        .and_then(bulk::State::preview)
        .expect("a preview");
    assert_eq!(preview.len(), COUNT);
    assert!(shows(
        &state,
        &format!("Preview: {COUNT} changes, 0 with a problem")
    ));
    assert!(shows(&state, &format!("old 0 → {text} 0")), "old → new");
    assert!(shows(&state, "… and 800 more rows."));

    // Apply, as the window runs it; Cancel once the first rows are in.
    let Action::Stream(op) = state.update(Message::Bulk(bulk::Message::ApplyPressed)) else {
        panic!("a run")
    };
    assert!(shows(&state, &format!("0 of {COUNT}")), "the progress bar");
    let mut messages = Vec::new();
    // Cancel pressed as the first rows arrive: the run stops before its
    // next chunk.
    ops::run(op, |m| {
        if messages.is_empty() {
            assert!(matches!(
                state.update(Message::Bulk(bulk::Message::CancelPressed)),
                Action::None
            ));
        }
        messages.push(m);
    })
    .await;
    let mut messages = messages.into_iter();
    drive(&mut state, messages.next().expect("a first progress")).await;
    assert!(
        shows(&state, &format!("100 of {COUNT}")),
        "progress as rows come"
    );
    for message in messages {
        drive(&mut state, message).await;
    }
    let outcomes = state.bulk().expect("page").outcomes();
    assert_eq!(outcomes.len(), COUNT);
    let applied = outcomes
        .iter()
        .filter(|r| matches!(r.outcome, RowOutcome::Applied(_)))
        .count();
    assert_eq!(applied, CHUNK);
    assert!(
        outcomes[CHUNK..]
            .iter()
            .all(|r| r.outcome == RowOutcome::NotSent("the run was cancelled".into())),
        "{:?}",
        outcomes[CHUNK]
    );
    assert!(shows(
        &state,
        &format!("Applied {CHUNK} of {COUNT}; {} not applied.", COUNT - CHUNK)
    ));
    assert!(shows(&state, "not sent: the run was cancelled"));
    assert!(shows(&state, "alice@example.test"), "the digest's delivery");

    // The failed rows as CSV, where the save dialog said.
    let exported = dir.path().join("failed.csv");
    drive(
        &mut state,
        Message::Bulk(bulk::Message::ExportChosen(Some(exported.clone()))),
    )
    .await;
    let csv = std::fs::read_to_string(&exported).expect("exported");
    assert_eq!(csv.lines().count(), 1 + COUNT - CHUNK);
    assert!(
        csv.contains(",not-sent,"),
        "{}",
        csv.lines().nth(1).unwrap_or("")
    );
    assert!(shows(
        &state,
        &format!("{} failed rows exported.", COUNT - CHUNK)
    ));

    // Retry: a preview of the failed rows, then Apply.
    click(&mut state, "Retry Failed").await;
    assert!(shows(
        &state,
        &format!("Preview: {} changes", COUNT - CHUNK)
    ));
    click(&mut state, "Apply").await;
    let outcomes = state.bulk().expect("page").outcomes();
    assert_eq!(outcomes.len(), COUNT - CHUNK);
    assert!(
        outcomes
            .iter()
            .all(|r| matches!(r.outcome, RowOutcome::Applied(_)))
    );

    let history = NotificationQueue::open(&folders)
        .expect("queue")
        .history(None, None)
        .expect("history");
    assert_eq!(history.len(), COUNT, "each change recorded once");
    let digests: std::collections::BTreeSet<&str> = history
        .iter()
        .map(|e| e.notifications[0].message_id.as_str())
        .collect();
    assert_eq!(digests.len(), 2, "one digest per run");

    // From the search's results: two ticked, one edit for those two.
    click(&mut state, "Close Bulk Edit").await;
    drive(
        &mut state,
        Message::Find(find::Message::TextChanged("Window bulk 001".into())),
    )
    .await;
    click(&mut state, "Search").await;
    let found: Vec<String> = state
        .find()
        .expect("find")
        .results()
        .iter()
        .map(|r| r.dn().to_owned())
        .collect();
    assert_eq!(found.len(), 10, "Window bulk 0010–0019");
    for dn in [&found[3], &found[7]] {
        drive(
            &mut state,
            Message::Find(find::Message::SelectToggled(dn.clone(), true)),
        )
        .await;
    }
    click(&mut state, "Bulk Edit").await;
    drive(
        &mut state,
        Message::Bulk(bulk::Message::AttributeChanged("description".into())),
    )
    .await;
    drive(
        &mut state,
        Message::Bulk(bulk::Message::ValueChanged("Picked".into())),
    )
    .await;
    click(&mut state, "Edit the 2 Selected Objects").await;
    let preview = state
        .bulk()
        .and_then(bulk::State::preview)
        .expect("a preview");
    let dns: Vec<&str> = preview.iter().map(|r| r.dn.as_str()).collect();
    assert_eq!(dns, [found[3].as_str(), found[7].as_str()]);
}
