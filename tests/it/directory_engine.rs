//! The directory engine against the real test slapd: signing in as the user,
//! finding, reading and changing objects without ever overwriting someone
//! else's change.

use std::collections::BTreeMap;
use std::ops::ControlFlow;

use dirdesk::domain::change::Edits;
use dirdesk::domain::directory_object::ObjectKind;
use dirdesk::domain::ldap_filter::SearchKind;
use dirdesk::domain::{IdentityStore, Security, Server, StoreId, StoreType};
use dirdesk::services::ldap::{Applied, ChangeFailure, LdapFailure, Session};

use crate::directories::{Directory, on_both_directories};
use crate::support::{PrivateLdap, Servers, own_group, servers, unique};

fn port_of(url: &str) -> u16 {
    url.rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("port in url")
}

pub fn store(s: &Servers) -> IdentityStore {
    let mut store = IdentityStore::new(
        StoreId("store-engine".into()),
        "Engine",
        StoreType::GenericLdap,
    );
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: port_of(&s.ldaps_url),
    }];
    store.security = Security::Ldaps;
    store.ca_file = Some(s.ca_file.clone());
    store.base_dn = s.base_dn.clone();
    store.service_account = Some(s.service_dn.clone());
    store
}

pub async fn sign_in(uid: &str) -> Session {
    let s = servers();
    Session::sign_in(
        &store(s),
        uid,
        &format!("{uid}-secret"),
        Some(&s.service_password),
    )
    .await
    .unwrap_or_else(|e| panic!("{uid} signs in: {e}"))
}

fn set(attr: &str, values: &[&str]) -> Edits {
    BTreeMap::from([(
        attr.to_owned(),
        values.iter().map(|v| v.to_string()).collect(),
    )])
}

on_both_directories!(
    signing_in_reads_who_the_user_is,
    wrong_password_and_unknown_user_look_the_same,
    an_owner_changes_the_description_and_gets_a_correct_change_record,
    a_non_owner_is_refused_and_nothing_changes,
    a_change_made_meanwhile_is_a_conflict_and_is_kept,
    members_are_added_and_removed_value_by_value,
    typed_filter_syntax_is_searched_as_text,
    non_ascii_values_round_trip,
    two_desks_saving_from_the_same_read_never_overwrite_each_other,
    a_bulk_edit_applies_each_change_atomically_with_operations_in_flight,
);

/// Who signed in, as the directory knows them — also where its ACLs hide a
/// person's own entry from them (389's sample ACIs do): then the service
/// account reads the name and mail.
async fn signing_in_reads_who_the_user_is(d: &Directory) {
    let alice = d.sign_in("alice").await;
    let user = alice.user();
    assert_eq!(user.dn, d.person_dn("alice"));
    assert_eq!(user.display_name, "Alice Archer");
    assert_eq!(user.mail.as_deref(), Some("alice@example.test"));
    assert_eq!(user.preferred_language.as_deref(), Some("en"));

    let carol = d.sign_in("carol").await;
    assert_eq!(carol.user().mail, None, "carol is not mail-enabled");
    assert_eq!(
        carol.user().manager.as_deref(),
        Some(d.person_dn("alice").as_str())
    );
}

async fn wrong_password_and_unknown_user_look_the_same(d: &Directory) {
    for (login, password) in [
        ("alice", "wrong"),
        ("nobody", "x"),
        ("alice", ""),
        ("*", "alice-secret"),
    ] {
        let error = Session::sign_in(&d.store(), login, password, Some(&d.service_password))
            .await
            .expect_err("refused");
        assert_eq!(error, LdapFailure::WrongCredentials, "{login}");
    }
}

async fn an_owner_changes_the_description_and_gets_a_correct_change_record(d: &Directory) {
    let dn = d.own_group("alice", &["alice", "bob"]).await;
    let mut alice = d.sign_in("alice").await;
    let before = alice.read(&dn).await.expect("read");
    let record = alice
        .apply(&before, &set("description", &["Second description"]))
        .await
        .expect("applied");
    assert!(
        dirdesk::domain::dn::same(&record.object_dn, &dn),
        "{}",
        record.object_dn
    );
    assert_eq!(record.object_kind, ObjectKind::Group);
    assert_eq!(record.author.mail.as_deref(), Some("alice@example.test"));
    assert_eq!(record.author.language.as_deref(), Some("en"));
    assert_eq!(record.changes.len(), 1);
    assert_eq!(record.changes[0].attribute, "description");
    assert_eq!(record.changes[0].old, vec!["First description".to_owned()]);
    assert_eq!(record.changes[0].new, vec!["Second description".to_owned()]);
    let after = alice.read(&dn).await.expect("read");
    assert_eq!(after.text("description"), Some("Second description"));
}

async fn a_non_owner_is_refused_and_nothing_changes(d: &Directory) {
    let dn = d.own_group("alice", &["alice", "erin"]).await;
    let mut erin = d.sign_in("erin").await;
    let before = erin.read(&dn).await.expect("read");
    let failure = erin
        .apply(&before, &set("description", &["by erin"]))
        .await
        .expect_err("refused");
    assert!(
        matches!(failure, ChangeFailure::InsufficientAccess { .. }),
        "{failure:?}"
    );
    assert!(failure.to_string().contains("permission"), "{failure}");
    assert_eq!(
        d.description(&dn).await.as_deref(),
        Some("First description")
    );
}

async fn a_change_made_meanwhile_is_a_conflict_and_is_kept(d: &Directory) {
    let dn = d.own_group("alice", &["alice"]).await;
    let mut alice = d.sign_in("alice").await;
    let before = alice.read(&dn).await.expect("read");

    // Someone else changes the description after alice opened the group.
    d.service_connection()
        .await
        .modify(
            &dn,
            vec![ldap3::Mod::Replace(
                "description",
                std::collections::HashSet::from(["Changed by IT"]),
            )],
        )
        .await
        .expect("modify")
        .success()
        .expect("IT's change");

    let failure = alice
        .apply(&before, &set("description", &["Alice's text"]))
        .await
        .expect_err("conflict");
    match &failure {
        ChangeFailure::Conflict { current } => {
            assert_eq!(current.text("description"), Some("Changed by IT"))
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert!(
        failure
            .to_string()
            .contains("someone else changed this object"),
        "{failure}"
    );
    assert_eq!(d.description(&dn).await.as_deref(), Some("Changed by IT"));
}

async fn members_are_added_and_removed_value_by_value(d: &Directory) {
    let dn = d.own_group("bob", &["bob", "carol"]).await;
    let mut bob = d.sign_in("bob").await;
    let before = bob.read(&dn).await.expect("read");
    let edits = set("member", &[&d.person_dn("bob"), &d.person_dn("erin")]);
    let record = bob.apply(&before, &edits).await.expect("applied");
    let change = &record.changes[0];
    assert_eq!(change.added(), vec![d.person_dn("erin").as_str()]);
    assert_eq!(change.removed(), vec![d.person_dn("carol").as_str()]);
    let mut members = bob
        .read(&dn)
        .await
        .expect("read")
        .texts("member")
        .into_iter()
        .map(str::to_lowercase)
        .collect::<Vec<_>>();
    members.sort();
    assert_eq!(members, vec![d.person_dn("bob"), d.person_dn("erin")]);
}

/// slapd's `groupOfNames` requires a member (389's makes it optional).
#[tokio::test]
async fn removing_the_last_member_is_a_clear_schema_error() {
    let d = crate::directories::slapd();
    let dn = d.own_group("carol", &["carol"]).await;
    let mut carol = d.sign_in("carol").await;
    let before = carol.read(&dn).await.expect("read");
    let failure = carol
        .apply(&before, &set("member", &[]))
        .await
        .expect_err("refused");
    assert!(
        matches!(failure, ChangeFailure::SchemaViolation { .. }),
        "{failure:?}"
    );
    assert!(
        failure.to_string().contains("requires attribute 'member'"),
        "{failure}"
    );
    assert_eq!(
        carol.read(&dn).await.expect("read").texts("member").len(),
        1,
        "nothing changed"
    );
}

/// Filter syntax typed into the search box is text: it finds only names
/// that contain it as written (other tests' groups may, e.g. abuse.rs's
/// "Filter *)(cn=* …"), never everything.
async fn typed_filter_syntax_is_searched_as_text(d: &Directory) {
    let mut alice = d.sign_in("alice").await;
    for text in ["*)(objectClass=*", "*", ")(|(cn=*", "\\2a"] {
        let mut found = Vec::new();
        let outcome = alice
            .search(SearchKind::All, text, |page| {
                found.extend(page);
                ControlFlow::Continue(())
            })
            .await
            .expect("search");
        assert_eq!(outcome.found, found.len());
        assert!(
            found.iter().all(|o| o.name().contains(text)),
            "{text}: {found:?}"
        );
    }
    let mut found = Vec::new();
    alice
        .search(SearchKind::Groups, "market", |page| {
            found.extend(page);
            ControlFlow::Continue(())
        })
        .await
        .expect("search");
    assert!(
        found
            .iter()
            .any(|o| o.name() == "Marketing" && o.kind() == ObjectKind::Group),
        "{found:?}"
    );
    assert!(found.iter().all(|o| o.kind() == ObjectKind::Group));
}

async fn non_ascii_values_round_trip(d: &Directory) {
    let name = unique("Équipe Ødegård");
    let dn = d.own_group_named(&name, "zoe", &["zoe"]).await;
    let mut zoe = d.sign_in("zoe").await;
    assert_eq!(zoe.user().display_name, "Zoë Ødegård");
    let before = zoe.read(&dn).await.expect("read");
    let text = "Ingénierie — équipe de Zoë Ødegård 🚀 שלום";
    let record = zoe
        .apply(&before, &set("description", &[text]))
        .await
        .expect("applied");
    assert_eq!(record.changes[0].new, vec![text.to_owned()]);
    assert_eq!(d.description(&dn).await.as_deref(), Some(text));
    // Found by a non-ASCII part of its name, in any case.
    let part: String = name.to_lowercase().chars().take(10).collect();
    let mut found = Vec::new();
    zoe.search(SearchKind::Groups, &part, |page| {
        found.extend(page);
        ControlFlow::Continue(())
    })
    .await
    .expect("search");
    assert!(found.iter().any(|o| o.name() == name), "{found:?}");
}

/// Two desks save from the same read, milliseconds apart: the second is
/// told, never overwrites — whatever marks versions there (slapd's
/// `entryCSN` with the Assertion control; on 389, which offers neither, the
/// old values themselves).
async fn two_desks_saving_from_the_same_read_never_overwrite_each_other(d: &Directory) {
    let dn = d.own_group("alice", &["alice"]).await;
    let mut alice = d.sign_in("alice").await;
    let mut other_desk = d.sign_in("alice").await;
    let before = alice.read(&dn).await.expect("read");
    other_desk
        .apply(&before, &set("description", &["theirs"]))
        .await
        .expect("the first save");
    match alice.apply(&before, &set("description", &["mine"])).await {
        Err(ChangeFailure::Conflict { current }) => {
            assert_eq!(current.text("description"), Some("theirs"))
        }
        other => panic!("a lost update: {other:?}"),
    }
    assert_eq!(d.description(&dn).await.as_deref(), Some("theirs"));
}

/// 2,500 extra users: more than two pages of 1,000.
fn many_users() -> String {
    (0..2500)
        .map(|i| format!("dn: uid=bulk{i:05},ou=people,dc=example,dc=test\nobjectClass: inetOrgPerson\nuid: bulk{i:05}\ncn: Bulk User {i:05}\nsn: User\n\n"))
        .collect()
}

fn private_store(ldap: &PrivateLdap) -> IdentityStore {
    let s = servers();
    let mut store = store(s);
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: ldap.ldaps_port,
    }];
    store.ca_file = Some(ldap.ca_file());
    store
}

#[tokio::test]
async fn searches_page_through_everything_and_can_be_cancelled() {
    let ldap = PrivateLdap::start(Some(&many_users()));
    let s = servers();
    let mut session = Session::sign_in(
        &private_store(&ldap),
        "alice",
        "alice-secret",
        Some(&s.service_password),
    )
    .await
    .expect("sign in");
    let mut pages = Vec::new();
    let outcome = session
        .search(SearchKind::Users, "Bulk User", |page| {
            pages.push(page.len());
            ControlFlow::Continue(())
        })
        .await
        .expect("search");
    assert_eq!(outcome.found, 2500);
    assert_eq!(pages, vec![1000, 1000, 500], "results arrive page by page");

    let mut seen = 0;
    let outcome = session
        .search(SearchKind::Users, "Bulk User", |page| {
            seen += page.len();
            ControlFlow::Break(())
        })
        .await
        .expect("search");
    assert!(outcome.cancelled);
    assert_eq!(seen, 1000, "stopped after the first page");
    // The session is still usable after a cancelled search.
    session
        .read(&s.person_dn("alice"))
        .await
        .expect("read after cancel");
}

#[tokio::test]
async fn a_stopped_server_gives_a_clear_error_and_the_session_reconnects_when_it_is_back() {
    let ldap = PrivateLdap::start(None);
    let s = servers();
    let mut session = Session::sign_in(
        &private_store(&ldap),
        "alice",
        "alice-secret",
        Some(&s.service_password),
    )
    .await
    .expect("sign in");
    let dn = s.group_dn("Marketing");
    session.read(&dn).await.expect("read while up");

    ldap.stop();
    let error = session.read(&dn).await.expect_err("server down");
    assert!(
        matches!(
            error,
            LdapFailure::Disconnected { .. } | LdapFailure::Refused { .. }
        ),
        "{error:?}"
    );
    let error = session.read(&dn).await.expect_err("still down");
    assert!(matches!(error, LdapFailure::Refused { .. }), "{error:?}");
    assert!(
        error.to_string().contains("refused the connection"),
        "{error}"
    );

    ldap.restart();
    let object = session.read(&dn).await.expect("reconnected");
    assert_eq!(object.text("cn"), Some("Marketing"));
}

/// On slapd under the Assertion control; on 389, without it, by deleting
/// exactly the old values.
async fn a_bulk_edit_applies_each_change_atomically_with_operations_in_flight(d: &Directory) {
    let mut groups = Vec::new();
    for _ in 0..5 {
        groups.push(d.own_group("alice", &["alice"]).await);
    }
    let mut alice = d.sign_in("alice").await;
    let mut items = Vec::new();
    for dn in &groups {
        let before = alice.read(dn).await.expect("read");
        items.push((before, set("description", &[&format!("bulk {dn}")])));
    }
    // Someone changes the third group first: that one must not be overwritten.
    let mut svc = d.service_connection().await;
    svc.modify(
        &groups[2],
        vec![ldap3::Mod::Replace(
            "description",
            std::collections::HashSet::from(["kept"]),
        )],
    )
    .await
    .expect("modify")
    .success()
    .expect("changed");
    let results = alice.apply_many(items, 4).await;
    assert_eq!(results.len(), 5);
    for (i, (dn, result)) in groups.iter().zip(&results).enumerate() {
        let now = alice.read(dn).await.expect("read");
        if i == 2 {
            match result {
                Err(ChangeFailure::Conflict { current }) => {
                    assert_eq!(current.text("description"), Some("kept"), "as it is now")
                }
                other => panic!("{other:?}"),
            }
            assert_eq!(now.text("description"), Some("kept"));
        } else {
            assert!(matches!(result, Ok(Applied::Now(_))), "{result:?}");
            assert_eq!(now.text("description"), Some(format!("bulk {dn}").as_str()));
        }
    }
}

/// `modifyTimestamp` as the service account reads it.
async fn modify_timestamp(dn: &str) -> String {
    let mut svc = crate::support::service_connection().await;
    let (entries, _) = svc
        .search(
            dn,
            ldap3::Scope::Base,
            "(objectClass=*)",
            vec!["modifyTimestamp"],
        )
        .await
        .expect("search")
        .success()
        .expect("found");
    let entry = ldap3::SearchEntry::construct(entries.into_iter().next().expect("entry"));
    entry.attrs["modifyTimestamp"][0].clone()
}

/// Two desks edit the same object within one second, from the same read:
/// the second is told, never overwrites — also where the object carries no
/// marker finer than `modifyTimestamp` (one-second resolution), as a server
/// without `entryCSN` shows it.
#[tokio::test]
async fn two_edits_within_one_second_never_overwrite_each_other() {
    let s = servers();
    let mut alice = sign_in("alice").await;
    let mut other_desk = sign_in("alice").await;
    for _ in 0..10 {
        let group = own_group("alice", &["alice", "bob"]).await;
        let before = alice.read(&group).await.expect("read");
        assert!(before.text("entryCSN").is_some(), "slapd marks every write");
        let read_at = modify_timestamp(&group).await;

        // The other desk saves first, from the same read.
        other_desk
            .apply(&before, &set("description", &["theirs"]))
            .await
            .expect("the first save");
        match alice.apply(&before, &set("description", &["mine"])).await {
            Err(ChangeFailure::Conflict { current }) => {
                assert_eq!(current.text("description"), Some("theirs"))
            }
            other => panic!("{other:?}"),
        }
        if modify_timestamp(&group).await != read_at {
            continue; // not within one second: try again
        }

        // Without entryCSN, only modifyTimestamp, unchanged within the second.
        let mut coarse = before.clone();
        coarse.replace_texts("entryCSN", vec![]);
        coarse.replace_texts("modifyTimestamp", vec![read_at.clone()]);
        match alice.apply(&coarse, &set("description", &["mine"])).await {
            Err(ChangeFailure::Conflict { current }) => {
                assert_eq!(current.text("description"), Some("theirs"))
            }
            other => panic!("a lost update: {other:?}"),
        }
        // A member added meanwhile is kept when another is added from the
        // old read.
        let carol = s.person_dn("carol");
        let mut svc = crate::support::service_connection().await;
        svc.modify(
            &group,
            vec![ldap3::Mod::Add(
                "member",
                std::collections::HashSet::from([carol.as_str()]),
            )],
        )
        .await
        .expect("modify")
        .success()
        .expect("carol added");
        if modify_timestamp(&group).await != read_at {
            continue;
        }
        let erin = s.person_dn("erin");
        let members: Vec<&str> = coarse
            .texts("member")
            .into_iter()
            .chain([erin.as_str()])
            .collect();
        alice
            .apply(&coarse, &set("member", &members))
            .await
            .expect("adding erin");
        let now = alice.read(&group).await.expect("read");
        let now = now.texts("member");
        assert!(now.contains(&carol.as_str()), "carol was kept: {now:?}");
        assert!(now.contains(&erin.as_str()), "{now:?}");
        return;
    }
    panic!("no two writes fell within one second in ten tries");
}
