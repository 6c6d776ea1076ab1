//! The article's Impact section in the object editor's real view (iced_test
//! simulator), against the real slapd, SMTP server and keychain: sign in,
//! find the group, change its Description, Save, Apply — and see the outcome.

use std::time::Duration;

use dirdesk::domain::{IdentityStore, Server};
use dirdesk::environment::Folders;
use dirdesk::gui::screen::editor::{self, Action, Message, find, members, object, ops};
use iced_test::simulator;

use crate::directories::{Directory, on_both_directories};
use crate::support::{PrivateLdap, own_group, servers, unique};

pub fn store(logged_in_users: bool) -> IdentityStore {
    store_on(crate::directories::slapd(), logged_in_users)
}

/// A store on directory `d`, SMTP on the test mail server, passwords in the
/// keychain.
fn store_on(d: &Directory, logged_in_users: bool) -> IdentityStore {
    let mut store = d.store();
    crate::support::mail_through_test_server(
        &mut store,
        logged_in_users,
        Some(&d.service_password),
    );
    store
}

/// Hands `message` to the editor and runs whatever work it asks for, as the
/// window's tasks would, until it asks for nothing more.
pub async fn drive(state: &mut editor::State, message: Message) {
    let mut pending = vec![message];
    while let Some(message) = pending.pop() {
        match state.update(message) {
            Action::None => {}
            Action::Perform(op) => pending.push(ops::perform(*op).await),
            Action::Stream(op) => {
                let mut messages = Vec::new();
                ops::run(op, |m| messages.push(m)).await;
                messages.reverse();
                pending.extend(messages);
            }
        }
    }
}

/// Clicks `label` in the editor's view and drives what it produced.
pub async fn click(state: &mut editor::State, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulator(state.view());
        ui.click(label)
            .unwrap_or_else(|e| panic!("“{label}” is on screen: {e:?}"));
        ui.into_messages().collect()
    };
    for message in messages {
        drive(state, message).await;
    }
}

/// Clicks a text (not a text field holding the same words: the search box
/// holds the name too).
pub async fn click_text(state: &mut editor::State, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulator(state.view());
        let selector = |candidate: iced_test::selector::Candidate<'_>| match candidate {
            iced_test::selector::Candidate::Text {
                id,
                bounds,
                visible_bounds,
                content,
            } if content == label => Some(iced_test::selector::Text::Raw {
                id: id.cloned(),
                bounds,
                visible_bounds,
            }),
            _ => None,
        };
        ui.click(selector)
            .unwrap_or_else(|e| panic!("“{label}” is on screen: {e:?}"));
        ui.into_messages().collect()
    };
    for message in messages {
        drive(state, message).await;
    }
}

pub fn shows(state: &editor::State, label: &str) -> bool {
    simulator(state.view()).find(label).is_ok()
}

pub async fn signed_in(uid: &str, store: &IdentityStore, folders: &Folders) -> editor::State {
    let mut state = editor::State::new(folders.clone(), std::slice::from_ref(store));
    drive(&mut state, Message::LoginChanged(uid.into())).await;
    drive(
        &mut state,
        Message::PasswordChanged(format!("{uid}-secret").into()),
    )
    .await;
    click(&mut state, "Sign in").await;
    assert!(state.user().is_some(), "{uid} is signed in");
    state
}

/// Finds the group by its name (the DN's first value) and opens it.
pub async fn open_group(state: &mut editor::State, group_dn: &str) {
    let cn = group_dn
        .split(',')
        .next()
        .expect("rdn")
        .split_once('=')
        .expect("cn=")
        .1
        .to_owned();
    drive(state, Message::Find(find::Message::TextChanged(cn.clone()))).await;
    click(state, "Search").await;
    click_text(state, &cn).await;
}

/// Finds the group by its name, opens it, sets the Description and saves.
async fn change_description(state: &mut editor::State, group_dn: &str, text: &str) {
    let cn = group_dn
        .split(',')
        .next()
        .expect("rdn")
        .trim_start_matches("cn=")
        .to_owned();
    drive(state, Message::Find(find::Message::TextChanged(cn.clone()))).await;
    click(state, "Search").await;
    click_text(state, &cn).await;
    assert!(shows(state, &format!("Group properties: {cn}")));
    drive(
        state,
        Message::Object(object::Message::FieldChanged(
            "description".into(),
            text.into(),
        )),
    )
    .await;
    click(state, "Save").await;
    assert!(
        shows(state, "These changes will be saved:"),
        "a preview first"
    );
    assert!(shows(
        state,
        &format!("description: First description → {text}")
    ));
    click(state, "Apply").await;
}

fn directory_description(dn: &str) -> String {
    let dn = dn.to_owned();
    std::thread::spawn(move || {
        tokio::runtime::Runtime::new().expect("rt").block_on(async move {
            let mut svc = crate::support::service_connection().await;
            let (entries, _) = svc
                .search(&dn, ldap3::Scope::Base, "(objectClass=*)", vec!["description"])
                .await
                .expect("search")
                .success()
                .expect("found");
            ldap3::SearchEntry::construct(entries.into_iter().next().expect("entry")).attrs["description"][0].clone()
        })
    })
    .join()
    .expect("thread")
}

on_both_directories!(impact_a_mail_enabled_owner_changes_the_description_and_is_told_once);

/// The article's Impact, on slapd and on 389 Directory Server.
async fn impact_a_mail_enabled_owner_changes_the_description_and_is_told_once(d: &Directory) {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let store = store_on(d, true);
    let group = d.own_group("alice", &["alice", "bob"]).await;
    let mut state = signed_in("alice", &store, &folders).await;
    assert!(shows(
        &state,
        "Confirmation emails go to alice@example.test"
    ));
    let text = unique("Campaigns and events");
    change_description(&mut state, &group, &text).await;

    assert!(shows(
        &state,
        "Saved. A confirmation email was sent to you at alice@example.test."
    ));
    assert_eq!(
        d.description(&group).await.as_deref(),
        Some(text.as_str()),
        "the directory holds the new value"
    );
    assert_eq!(
        state.object().map(|o| o.edits().is_empty()),
        Some(true),
        "reloaded from the directory"
    );
    let mails = servers().wait_for_mail(Duration::from_secs(5), |m| m.data.contains(&text));
    assert_eq!(mails.len(), 1, "exactly one email");
    assert_eq!(mails[0].rcpt_tos, vec!["alice@example.test".to_owned()]);
    assert!(
        mails[0].data.contains("First description"),
        "the old description"
    );
}

#[tokio::test]
async fn a_user_without_mail_saves_and_is_told_why_no_email_came() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let store = store(true);
    let group = own_group("carol", &["carol"]).await;
    let mut state = signed_in("carol", &store, &folders).await;
    assert!(shows(
        &state,
        "Your account has no email address: you will not receive confirmation emails."
    ));
    let text = unique("Carol's text");
    change_description(&mut state, &group, &text).await;
    assert!(shows(
        &state,
        "Saved. Your account has no email address, so no confirmation was sent (notifications go to mail-enabled users only)."
    ));
    assert_eq!(directory_description(&group), text);
    crate::support::assert_no_email_about(&folders, &text);
}

#[tokio::test]
async fn a_non_owner_is_not_saved_and_gets_no_email() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let store = store(true);
    let group = own_group("alice", &["alice", "erin"]).await;
    let mut state = signed_in("erin", &store, &folders).await;
    let text = unique("Erin's attempt");
    change_description(&mut state, &group, &text).await;
    assert!(
        matches!(state.object().and_then(object::State::outcome), Some(object::Outcome::NotSaved(m)) if m.starts_with("Not saved: you do not have permission"))
    );
    assert_eq!(directory_description(&group), "First description");
    crate::support::assert_no_email_about(&folders, &text);
}

#[tokio::test]
async fn with_the_setting_off_the_change_is_saved_without_email() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let store = store(false);
    let group = own_group("alice", &["alice"]).await;
    let mut state = signed_in("alice", &store, &folders).await;
    let text = unique("quiet");
    change_description(&mut state, &group, &text).await;
    assert!(shows(&state, "Saved."));
    assert_eq!(directory_description(&group), text);
    crate::support::assert_no_email_about(&folders, &text);
}

#[tokio::test]
async fn empty_fields_and_a_wrong_password_are_shown_on_the_sign_in_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = store(true);
    let mut state = editor::State::new(Folders::portable(dir.path()), std::slice::from_ref(&store));
    // Empty fields are named, not taken for a wrong password.
    click(&mut state, "Sign in").await;
    assert!(shows(&state, "Enter your user name."));
    drive(&mut state, Message::LoginChanged("alice".into())).await;
    click(&mut state, "Sign in").await;
    assert!(shows(&state, "Enter your password."));
    drive(&mut state, Message::PasswordChanged("wrong".into())).await;
    click(&mut state, "Sign in").await;
    assert!(state.user().is_none());
    assert!(shows(&state, "Wrong user name or password."));
}

/// 110,000 users, written for slapadd.
fn big_directory() -> String {
    let mut ldif = String::with_capacity(110_000 * 120);
    for i in 0..110_000 {
        ldif.push_str(&format!(
            "dn: uid=u{i:06},ou=people,dc=example,dc=test\nobjectClass: inetOrgPerson\nuid: u{i:06}\ncn: Bulk User {i:06}\nsn: User\n\n"
        ));
    }
    ldif
}

#[tokio::test]
async fn a_110k_result_list_shows_the_first_page_early_and_draws_only_what_is_in_view() {
    let ldap = PrivateLdap::start(Some(&big_directory()));
    let mut store = store(false);
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: ldap.ldaps_port,
    }];
    store.ca_file = Some(ldap.ca_file());
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = signed_in("alice", &store, &Folders::portable(dir.path())).await;

    drive(
        &mut state,
        Message::Find(find::Message::KindSelected(
            dirdesk::domain::ldap_filter::SearchKind::Users,
        )),
    )
    .await;
    drive(
        &mut state,
        Message::Find(find::Message::TextChanged("Bulk User".into())),
    )
    .await;
    let Action::Stream(op) = state.update(Message::Find(find::Message::SearchPressed)) else {
        panic!("a search")
    };
    // Run the search as the window does, and look at the screen after the
    // first page arrives, before the search has finished.
    let mut messages = Vec::new();
    ops::run(op, |m| messages.push(m)).await;
    let first_finished = messages
        .iter()
        .position(|m| matches!(m, Message::Find(find::Message::Finished(..))))
        .expect("finished");
    assert!(
        first_finished > 100,
        "pages arrive one by one before the end"
    );
    let mut messages = messages.into_iter();
    let first = messages.next().expect("a first page");
    drive(&mut state, first).await;
    let list = state.find().expect("find");
    assert!(list.is_searching(), "still searching");
    assert_eq!(list.results().len(), 1000);
    assert!(shows(&state, "Searching… 1000 found so far"));
    assert!(
        shows(&state, "Bulk User 000000"),
        "first rows shown before the search completes"
    );

    for m in messages {
        drive(&mut state, m).await;
    }
    let list = state.find().expect("find");
    assert!(!list.is_searching());
    assert_eq!(list.results().len(), 110_000);
    assert!(shows(&state, "110000 found"));

    // However long the list, only the rows in view (plus a small margin) are
    // built, at the top, the middle and the end.
    let per_view = (600.0 / find::ROW_HEIGHT).ceil() as usize + 1 + 12;
    for offset in [
        0.0,
        55_000.0 * find::ROW_HEIGHT,
        109_990.0 * find::ROW_HEIGHT,
    ] {
        drive(
            &mut state,
            Message::Find(find::Message::Scrolled {
                offset,
                height: 600.0,
            }),
        )
        .await;
        let drawn = state.find().expect("find").drawn_rows();
        assert!(drawn.len() <= per_view, "{drawn:?}");
    }
    assert!(
        shows(&state, "Bulk User 109999"),
        "the end of the list after scrolling there"
    );
    assert!(
        !shows(&state, "Bulk User 000000"),
        "the top is no longer built"
    );
}

#[tokio::test]
async fn a_change_made_meanwhile_shows_the_current_value_and_reload_brings_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let store = store(true);
    let group = own_group("alice", &["alice"]).await;
    let mut state = signed_in("alice", &store, &folders).await;
    open_group(&mut state, &group).await;

    // IT changes the description while alice has the group open.
    let mut svc = crate::support::service_connection().await;
    svc.modify(
        &group,
        vec![ldap3::Mod::Replace(
            "description",
            std::collections::HashSet::from(["Set by IT"]),
        )],
    )
    .await
    .expect("modify")
    .success()
    .expect("IT's change");

    let text = unique("alice's text");
    drive(
        &mut state,
        Message::Object(object::Message::FieldChanged(
            "description".into(),
            text.clone(),
        )),
    )
    .await;
    click(&mut state, "Save").await;
    click(&mut state, "Apply").await;
    assert!(shows(
        &state,
        "Not saved: someone else changed this object since you opened it. Reload it to see the current values."
    ));
    assert!(shows(&state, "description is now: Set by IT"));
    assert_eq!(
        directory_description(&group),
        "Set by IT",
        "IT's value is kept"
    );
    crate::support::assert_no_email_about(&folders, &text);

    // Leaving the object with unsaved edits asks first.
    click(&mut state, "← Back to results").await;
    assert!(shows(&state, "Leave without saving?"));
    click(&mut state, "Stay").await;
    assert!(state.object().is_some(), "still open");

    click(&mut state, "Reload").await;
    let object = state.object().expect("open");
    assert!(
        object.edits().is_empty(),
        "the form shows what the directory holds"
    );
    assert!(simulator(state.view()).find("Set by IT").is_ok());
}

#[tokio::test]
async fn members_are_removed_on_the_members_tab() {
    let s = servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let store = store(false);
    let group = own_group("bob", &["bob", "carol", "erin"]).await;
    let mut state = signed_in("bob", &store, &folders).await;
    open_group(&mut state, &group).await;
    click(&mut state, "Members").await;
    drive(
        &mut state,
        Message::Object(object::Message::Members(members::Message::Remove(
            s.person_dn("carol"),
        ))),
    )
    .await;
    click(&mut state, "Save").await;
    assert!(shows(
        &state,
        &format!("member: − {}", s.person_dn("carol"))
    ));
    click(&mut state, "Apply").await;
    assert!(shows(&state, "Saved."));
    let mut svc = crate::support::service_connection().await;
    let (entries, _) = svc
        .search(
            &group,
            ldap3::Scope::Base,
            "(objectClass=*)",
            vec!["member"],
        )
        .await
        .expect("search")
        .success()
        .expect("found");
    let mut members = ldap3::SearchEntry::construct(entries.into_iter().next().expect("entry"))
        .attrs["member"]
        .clone();
    members.sort();
    assert_eq!(members, vec![s.person_dn("bob"), s.person_dn("erin")]);
}

#[tokio::test]
async fn hostile_values_from_the_directory_are_shown_as_plain_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let store = store(true);
    let group = own_group("alice", &["alice"]).await;
    let hostile = format!(
        "{} <b>not bold</b> <script>alert(1)</script> \u{202E}txt.exe",
        unique("hostile")
    );
    let mut svc = crate::support::service_connection().await;
    svc.modify(
        &group,
        vec![ldap3::Mod::Replace(
            "description",
            std::collections::HashSet::from([hostile.as_str()]),
        )],
    )
    .await
    .expect("modify")
    .success()
    .expect("set");
    let mut state = signed_in("alice", &store, &folders).await;
    open_group(&mut state, &group).await;
    assert!(
        shows(&state, &hostile),
        "the value is shown exactly as it is, as text"
    );
}
