//! The directory server stopped in the middle of a bulk edit and started
//! again: every change is either applied or reported as not done, none is
//! half-applied, and retrying from the same list never applies one twice
//! (the Assertion control turns an already-applied change into a conflict).

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::time::Duration;

use dirdesk::domain::{IdentityStore, Server};
use dirdesk::services::ldap::{Applied, ChangeFailure, Session};

use crate::support::{PrivateLdap, servers};

const GROUPS: usize = 400;

fn groups_ldif() -> String {
    let s = servers();
    let alice = s.person_dn("alice");
    (0..GROUPS)
        .map(|i| {
            format!(
                "dn: cn=Fault group {i:03},ou=groups,{base}\nobjectClass: groupOfNames\ncn: Fault group {i:03}\ndescription: old {i}\nowner: {alice}\nmember: {alice}\n\n",
                base = s.base_dn
            )
        })
        .collect()
}

fn store(ldap: &PrivateLdap) -> IdentityStore {
    let s = servers();
    let mut store = IdentityStore::new(
        dirdesk::domain::StoreId("store-ldap-faults".into()),
        "Faults",
        dirdesk::domain::StoreType::GenericLdap,
    );
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: ldap.ldaps_port,
    }];
    store.ca_file = Some(ldap.ca_file());
    store.base_dn = s.base_dn.clone();
    store.service_account = Some(s.service_dn.clone());
    store
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_stopped_during_a_bulk_edit_leaves_each_change_whole_and_never_applied_twice() {
    let ldap = PrivateLdap::start(Some(&groups_ldif()));
    let s = servers();
    let mut session = Session::sign_in(
        &store(&ldap),
        "alice",
        "alice-secret",
        Some(&s.service_password),
    )
    .await
    .expect("sign in");
    let mut listed = Vec::new();
    session
        .search_filtered(
            "(cn=Fault group*)",
            &["cn", "description", "entryCSN", "objectClass"],
            |page| {
                listed.extend(page);
                ControlFlow::Continue(())
            },
        )
        .await
        .expect("list");
    assert_eq!(listed.len(), GROUPS);
    let edits = |object: &dirdesk::domain::directory_object::DirectoryObject| {
        let cn = object.text("cn").unwrap_or_default().to_owned();
        BTreeMap::from([("description".to_owned(), vec![format!("new {cn}")])])
    };
    let items: Vec<_> = listed.iter().map(|o| (o.clone(), edits(o))).collect();

    // Stop the server while the bulk edit runs.
    let bulk = session.apply_many(items.clone(), 16);
    let stop = async {
        tokio::time::sleep(Duration::from_millis(150)).await;
        tokio::task::block_in_place(|| ldap.stop());
    };
    let (results, ()) = tokio::join!(bulk, stop);
    ldap.restart();

    let mut reader = Session::sign_in(
        &store(&ldap),
        "alice",
        "alice-secret",
        Some(&s.service_password),
    )
    .await
    .expect("sign in again");
    let (mut applied, mut not_done, mut unknown_but_applied) = (0, 0, 0);
    let mut retry = Vec::new();
    for ((before, edit), result) in items.iter().zip(&results) {
        let now = reader.read(&before.dn).await.expect("read");
        let value = now.text("description").unwrap_or_default().to_owned();
        let new = &edit["description"][0];
        let old = before.text("description").unwrap_or_default();
        assert!(
            value == *new || value == old,
            "{}: half-applied: {value}",
            before.dn
        );
        match result {
            Ok(_) => {
                assert_eq!(&value, new, "{}: reported done but not applied", before.dn);
                applied += 1;
            }
            Err(ChangeFailure::Connection(_)) => {
                not_done += 1;
                unknown_but_applied += usize::from(value == *new);
                retry.push((before.clone(), edit.clone()));
            }
            Err(other) => panic!("{}: {other:?}", before.dn),
        }
    }
    assert!(
        not_done > 0,
        "the server stopped mid-edit (applied {applied})"
    );

    // Retry what was reported as not done, from the same (old) list.
    let retried = reader.apply_many(retry.clone(), 16).await;
    let mut already = 0;
    for ((before, edit), result) in retry.iter().zip(&retried) {
        let now = reader.read(&before.dn).await.expect("read");
        assert_eq!(
            now.text("description"),
            Some(edit["description"][0].as_str()),
            "{}: applied by the retry or before it",
            before.dn
        );
        match result {
            Ok(Applied::Now(_)) => {}
            Ok(Applied::Already) => already += 1,
            Err(other) => panic!("{}: {other:?}", before.dn),
        }
    }
    assert_eq!(
        already, unknown_but_applied,
        "an applied change is recognised, never applied again"
    );
    println!(
        "ldap faults: {GROUPS} changes, {applied} applied before the stop, {not_done} reported not done \
         ({unknown_but_applied} of them had reached the directory); retried: {} applied, {already} recognised as already applied",
        retry.len() - already
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_change_left_unfinished_waits_while_the_directory_is_down_and_completes_when_it_is_back()
{
    use crate::notifications_e2e::{Setup, mail_containing};
    let ldap = PrivateLdap::start(None);
    let setup = Setup::new(true);
    let ca = ldap.ca_file();
    setup.ok(
        &[
            "store",
            "edit",
            "Corp",
            "--host",
            &format!("127.0.0.1:{}", ldap.ldaps_port),
            "--ca-file",
            ca.to_str().expect("utf-8"),
        ],
        "",
    );
    let group = servers().group_dn("Marketing");
    let first = crate::support::unique("applied, then dirdesk died");
    let died = setup.edit_description("alice", &group, &first, &[("DIRDESK_FAULT", "after-apply")]);
    assert!(
        !died.status.success(),
        "dirdesk died after the directory took the change"
    );

    // The directory is down now: the next run cannot finish it, and says why.
    ldap.stop();
    let second = crate::support::unique("while the directory is down");
    let refused = setup.edit_description("alice", &group, &second, &[]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("refused the connection"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(
        setup
            .queue()
            .history(None, None)
            .expect("history")
            .is_empty()
    );

    // Back, with its data: the next save finishes the first change, then
    // makes its own.
    ldap.restart();
    let third = crate::support::unique("after the directory is back");
    let output = setup.edit_description("alice", &group, &third, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("Finished a change an earlier run saved"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let history = setup.queue().history(None, None).expect("history");
    assert_eq!(history.len(), 2, "the first change and the third");
    let mails = mail_containing(&first, Duration::from_secs(5));
    assert!(
        mails.iter().any(|m| !m.data.contains(&third)),
        "the first change's own email went out"
    );
}

/// A change of letter case only, noted as planned, then dirdesk died before
/// the directory saw it: the next run must forget it, never confirm it (the
/// directory still holds the old spelling, equal to the new one only
/// without regard to case).
#[tokio::test(flavor = "multi_thread")]
async fn a_case_only_change_killed_before_it_reached_the_directory_is_never_confirmed() {
    use crate::notifications_e2e::Setup;
    let setup = Setup::new(true);
    let folders = dirdesk::environment::Folders::portable(setup.dir.path());
    let config = dirdesk::services::config_file::Config::load(&folders).expect("config");
    let store_id = config.store("Corp").expect("the store").id.0.clone();
    let marks = || {
        setup
            .queue()
            .unfinished_changes(&store_id)
            .expect("marks")
            .len()
    };
    let group = crate::support::own_group("alice", &["alice"]).await;
    let text = crate::support::unique("Case text");
    let saved = setup.edit_description("alice", &group, &text, &[]);
    assert!(
        saved.status.success(),
        "{}",
        String::from_utf8_lossy(&saved.stderr)
    );
    let shouted = text.to_uppercase();
    assert_ne!(shouted, text);

    let died = setup.edit_description(
        "alice",
        &group,
        &shouted,
        &[("DIRDESK_FAULT", "before-apply")],
    );
    assert!(
        !died.status.success(),
        "dirdesk died before sending the change"
    );
    assert_eq!(
        crate::support::current_description(&group).await.as_deref(),
        Some(text.as_str()),
        "the directory never saw it"
    );
    assert_eq!(marks(), 1, "the planned change was noted");

    // The next run finishes what was left: here, by forgetting it.
    let other = crate::support::own_group("alice", &["alice"]).await;
    let next = crate::support::unique("next change");
    let output = setup.edit_description("alice", &other, &next, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(marks(), 0);
    let history = setup.queue().history(None, None).expect("history");
    assert_eq!(
        history.len(),
        2,
        "the first change and the next, not the case change"
    );
    assert!(
        history.iter().all(|entry| entry
            .record
            .changes
            .iter()
            .all(|c| !c.new.contains(&shouted))),
        "{history:?}"
    );
    // Every email of that run was handed to the server before it ended.
    assert!(
        servers()
            .captured_mail()
            .iter()
            .all(|m| !m.data.contains(&shouted)),
        "no false confirmation"
    );
}
