//! Joining and leaving a group yourself, and the seventh Also Notify box
//! ("Public group owner for membership"), on the test slapd: its "Open …"
//! groups let every user add or remove their own entry (`selfwrite`), the
//! others do not. The owners hear of a join or leave with the box on, not
//! with it off, and not when an owner changes the members.

use dirdesk::environment::Folders;
use dirdesk::gui::screen::editor::{Message, object};

use crate::gui_object_editor::{click, drive, open_group, shows, signed_in, store};
use crate::notifications_e2e::{Setup, stdout};
use crate::support::{CapturedMail, own_group, servers, unique, values_of};

/// An open group of the test's own, owned by zoe and alice, with `members`.
async fn open_group_of(members: &[&str]) -> (String, String) {
    let cn = unique("Open club");
    let dn = crate::directories::slapd()
        .own_group_named(&cn, "zoe", members)
        .await;
    let alice = servers().person_dn("alice");
    crate::support::service_connection()
        .await
        .modify(
            &dn,
            vec![ldap3::Mod::Add(
                "owner",
                std::collections::HashSet::from([alice.as_str()]),
            )],
        )
        .await
        .expect("modify")
        .success()
        .expect("a second owner");
    (cn, dn)
}

fn membership(setup: &Setup, command: &str, uid: &str, dn: &str) -> std::process::Output {
    setup.run(
        &[
            command,
            "--store",
            "Corp",
            "--user",
            uid,
            "--password-stdin",
            dn,
        ],
        &format!("{uid}-secret"),
    )
}

/// What `address` received that names `cn`. The commands deliver before
/// they exit and the mail server keeps a message before it answers, so
/// this is final once a command has ended.
fn received(address: &str, cn: &str) -> Vec<CapturedMail> {
    servers()
        .captured_mail()
        .into_iter()
        .filter(|m| m.rcpt_tos.iter().any(|r| r == address) && m.data.contains(cn))
        .collect()
}

async fn members(dn: &str) -> Vec<String> {
    let mut svc = crate::support::service_connection().await;
    let mut members = values_of(&mut svc, dn, "member").await;
    members.sort();
    members
}

#[tokio::test]
async fn join_and_leave_on_the_command_line_tell_the_owners_only_with_the_box_on() {
    let s = servers();
    let setup = Setup::new(true);
    setup.ok(
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--public-group-owners",
            "on",
        ],
        "",
    );
    let shown = setup.ok(&["notifications", "show", "--store", "Corp"], "");
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with("Public group owner for membership") && l.ends_with("on")),
        "{shown}"
    );
    let (cn, group) = open_group_of(&["bob"]).await;
    let why = "someone joined or left it by themselves";

    // erin joins: her own confirmation, and one email to each other owner.
    let joined = membership(&setup, "join", "erin", &group);
    assert!(
        joined.status.success(),
        "{}",
        String::from_utf8_lossy(&joined.stderr)
    );
    let out = stdout(&joined);
    assert!(
        out.contains(&format!("member: + {}", s.person_dn("erin"))),
        "{out}"
    );
    assert!(out.contains("zoe@example.test: sent"), "{out}");
    assert_eq!(
        members(&group).await,
        vec![s.person_dn("bob"), s.person_dn("erin")]
    );
    assert_eq!(
        received("zoe@example.test", &cn).len(),
        1,
        "one email to the owner"
    );
    let alice = received("alice@example.test", &cn);
    assert_eq!(alice.len(), 1, "and one to the other owner");
    // Quoted-printable: the sentence may be broken over soft line breaks.
    let text = alice[0].data.replace("=\r\n", "").replace("=\n", "");
    assert!(text.contains(why), "{text}");
    assert_eq!(
        received("erin@example.test", &cn).len(),
        1,
        "her confirmation"
    );

    // Again: nothing to do, said so, nothing sent.
    let again = membership(&setup, "join", "erin", &group);
    assert!(again.status.success());
    assert!(
        stdout(&again).contains("already a member"),
        "{}",
        stdout(&again)
    );
    assert_eq!(received("zoe@example.test", &cn).len(), 1);

    // She leaves: the owners are told again.
    let left = membership(&setup, "leave", "erin", &group);
    assert!(
        left.status.success(),
        "{}",
        String::from_utf8_lossy(&left.stderr)
    );
    assert!(stdout(&left).contains(&format!("member: - {}", s.person_dn("erin"))));
    assert_eq!(members(&group).await, vec![s.person_dn("bob")]);
    assert_eq!(received("zoe@example.test", &cn).len(), 2);
    assert_eq!(received("alice@example.test", &cn).len(), 2);

    // An owner changing the members is no join: the other owner hears nothing.
    setup.ok(
        &[
            "edit",
            "--store",
            "Corp",
            "--user",
            "zoe",
            "--password-stdin",
            &group,
            "--add",
            &format!("member={}", s.person_dn("carol")),
        ],
        "zoe-secret",
    );
    assert_eq!(received("alice@example.test", &cn).len(), 2);
    assert_eq!(
        received("zoe@example.test", &cn).len(),
        3,
        "her own confirmation"
    );

    // With the box off, bob leaving reaches only bob.
    setup.ok(
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--public-group-owners",
            "off",
        ],
        "",
    );
    let left = membership(&setup, "leave", "bob", &group);
    assert!(
        left.status.success(),
        "{}",
        String::from_utf8_lossy(&left.stderr)
    );
    assert_eq!(received("bob@example.test", &cn).len(), 1);
    assert_eq!(received("zoe@example.test", &cn).len(), 3);
    assert_eq!(received("alice@example.test", &cn).len(), 2);
}

#[tokio::test]
async fn a_group_that_does_not_let_members_join_says_so_and_stays_as_it_was() {
    let setup = Setup::new(true);
    let closed = own_group("alice", &["alice"]).await;
    let refused = membership(&setup, "join", "erin", &closed);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("This group does not let members join it themselves")
            && err.contains("insufficientAccessRights"),
        "{err}"
    );
    assert_eq!(members(&closed).await, vec![servers().person_dn("alice")]);
    setup.assert_no_email_about(&closed);

    // Nor leave: bob is in it but may not take himself out.
    let closed = own_group("alice", &["alice", "bob"]).await;
    let refused = membership(&setup, "leave", "bob", &closed);
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("does not let members leave it themselves"),
        "{err}"
    );
    assert_eq!(members(&closed).await.len(), 2);
}

#[tokio::test]
async fn the_window_offers_join_and_leave_and_my_groups_lists_them_with_leave() {
    let s = servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut store = store(true);
    store.notifications.also_notify.public_group_owners = true;
    let (cn, group) = open_group_of(&["bob"]).await;
    let mut state = signed_in("erin", &store, &folders).await;

    open_group(&mut state, &group).await;
    assert!(!shows(&state, "Leave"));
    click(&mut state, "Join").await;
    let saved = |state: &dirdesk::gui::screen::editor::State| {
        matches!(
            state.object().and_then(object::State::outcome),
            Some(object::Outcome::Saved(_))
        )
    };
    assert!(
        saved(&state),
        "joined through the window's own tasks: {:?}",
        state.object().and_then(object::State::outcome)
    );
    assert!(
        shows(&state, "Leave"),
        "the group read again shows her in it"
    );
    assert_eq!(
        members(&group).await,
        vec![s.person_dn("bob"), s.person_dn("erin")]
    );
    assert_eq!(received("zoe@example.test", &cn).len(), 1);

    // My groups: her own Member Of, each direct group with Leave.
    drive(&mut state, Message::BackToResultsPressed).await;
    click(&mut state, "My groups").await;
    assert!(shows(&state, &cn), "the group she joined is listed");
    drive(
        &mut state,
        Message::Object(object::Message::MemberOf(
            dirdesk::gui::screen::editor::member_of::Message::LeavePressed(group.clone()),
        )),
    )
    .await;
    assert!(
        saved(&state),
        "{:?}",
        state.object().and_then(object::State::outcome)
    );
    assert!(!shows(&state, &cn), "read again without it");
    assert_eq!(members(&group).await, vec![s.person_dn("bob")]);
    assert_eq!(received("zoe@example.test", &cn).len(), 2);
}

#[tokio::test]
async fn four_people_joining_at_once_all_become_members_and_none_is_overwritten() {
    let slapd = crate::directories::slapd();
    let (_, group) = open_group_of(&["bob"]).await;
    let people = ["alice", "carol", "erin", "zoe"];
    let mut desks = Vec::new();
    for uid in people {
        let dir = tempfile::tempdir().expect("tempdir");
        let folders = Folders::portable(dir.path());
        desks.push((dir, folders, slapd.sign_in(uid).await));
    }
    // Each joins on its own connection, all at once: the group changes
    // under most of them between their read and their save.
    let saves = desks.iter_mut().map(|(_, folders, session)| {
        let group = group.clone();
        async move {
            dirdesk::services::editing::change_own_membership(
                session,
                folders,
                &group,
                dirdesk::services::editing::OwnMembership::Join,
            )
            .await
            .result
        }
    });
    for result in futures::future::join_all(saves).await {
        let saved = result.expect("joined, read again after a conflict");
        assert_eq!(
            saved.record.changes[0].added().len(),
            1,
            "only their own entry"
        );
    }
    let mut expected: Vec<String> = std::iter::once("bob")
        .chain(people)
        .map(|uid| servers().person_dn(uid))
        .collect();
    expected.sort();
    assert_eq!(members(&group).await, expected);
}
