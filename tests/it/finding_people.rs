//! Finding people as AD admins do (Find by ambiguous name resolution, each
//! result saying what matched; prefix search on generic LDAP), and a user's
//! Member Of: direct groups, groups in groups, and AD's primary group —
//! against the Samba DC and the test slapd.

use std::collections::HashSet;
use std::ops::ControlFlow;

use dirdesk::domain::directory_object::ObjectSummary;
use dirdesk::domain::ldap_filter::SearchKind;
use dirdesk::services::ldap::{Session, Via};

use crate::directories::slapd;
use crate::support::{active_directory, unique};

async fn find(session: &mut Session, kind: SearchKind, text: &str) -> Vec<ObjectSummary> {
    let mut found = Vec::new();
    session
        .search(kind, text, |page| {
            found.extend(page);
            ControlFlow::Continue(())
        })
        .await
        .unwrap_or_else(|e| panic!("search {text}: {e}"));
    found
}

/// What `text` matched on the row for `dn`, if `dn` was found.
fn matched_on(found: &[ObjectSummary], dn: &str) -> Option<(String, String)> {
    let row = found.iter().find(|o| o.dn().eq_ignore_ascii_case(dn))?;
    let (attribute, value) = row.matched().unwrap_or(("-", "-"));
    Some((attribute.to_owned(), value.to_owned()))
}

#[tokio::test(flavor = "multi_thread")]
async fn find_on_active_directory_resolves_names_as_aduc_does() {
    let ad = active_directory();
    let mut alice = crate::active_directory::sign_in("alice").await;
    let frank = format!("CN=Frank Fischer,CN=Users,{}", ad.base_dn);
    let cases = [
        ("ffis", "sAMAccountName", "ffischer"),
        ("Fisch", "sn", "Fischer"),
        ("frank.f", "mail", "frank.fischer@example.test"),
        ("FRANK FI", "displayName", "Frank Fischer"),
        ("Fischer Frank", "givenName sn", "Frank Fischer"),
        // Neither ANR nor mail: the user principal name's start.
        ("ffischer@", "userPrincipalName", "ffischer@example.test"),
    ];
    for (text, attribute, value) in cases {
        let found = find(&mut alice, SearchKind::Users, text).await;
        assert_eq!(
            matched_on(&found, &frank),
            Some((attribute.to_owned(), value.to_owned())),
            "{text}: {found:?}"
        );
    }
    let alice_dn = format!("CN=alice,CN=Users,{}", ad.base_dn);
    let found = find(&mut alice, SearchKind::Users, "alice@").await;
    assert_eq!(
        matched_on(&found, &alice_dn),
        Some(("mail".into(), "alice@example.test".into()))
    );
    let found = find(&mut alice, SearchKind::Users, "Archer").await;
    assert_eq!(
        matched_on(&found, &alice_dn),
        Some(("sn".into(), "Archer".into()))
    );
    // Typed filter syntax stays text: nobody's name starts with "ffis*".
    assert!(
        find(&mut alice, SearchKind::Users, "ffis*")
            .await
            .is_empty()
    );
    assert!(
        find(&mut alice, SearchKind::Users, "*)(cn=*")
            .await
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn find_on_generic_ldap_matches_the_start_of_names_uids_and_mail() {
    let d = slapd();
    let mut zoe = d.sign_in("zoe").await;
    let alice = d.person_dn("alice");
    for (text, attribute, value) in [
        ("ali", "cn", "Alice Archer"),
        ("ARCH", "sn", "Archer"),
        ("alice@ex", "mail", "alice@example.test"),
    ] {
        let found = find(&mut zoe, SearchKind::Users, text).await;
        assert_eq!(
            matched_on(&found, &alice),
            Some((attribute.to_owned(), value.to_owned())),
            "{text}: {found:?}"
        );
    }
    // By uid: m0001's name is "Crowd Member 0001" (scripts/test-servers).
    let crowd = format!("uid=m0001,ou=crowd,{}", crate::support::servers().base_dn);
    let found = find(&mut zoe, SearchKind::Users, "m0001").await;
    assert_eq!(
        matched_on(&found, &crowd),
        Some(("uid".into(), "m0001".into())),
        "{found:?}"
    );
    // By prefix, not anywhere in the name.
    let found = find(&mut zoe, SearchKind::Users, "lice Arch").await;
    assert_eq!(matched_on(&found, &alice), None, "{found:?}");
}

fn groups_by_via(groups: &[dirdesk::services::ldap::Membership]) -> Vec<(String, Via)> {
    let mut named: Vec<(String, Via)> = groups
        .iter()
        .map(|m| (m.group.name().to_owned(), m.via))
        .collect();
    named.sort();
    named
}

#[tokio::test(flavor = "multi_thread")]
async fn member_of_on_active_directory_lists_direct_nested_and_primary_groups() {
    let ad = active_directory();
    let mut alice = crate::active_directory::sign_in("alice").await;
    let me = alice
        .read(&format!("CN=alice,CN=Users,{}", ad.base_dn))
        .await
        .expect("read");
    let direct = alice.member_of(&me, false).await.expect("member of");
    let direct = groups_by_via(&direct);
    assert!(
        direct.contains(&("Marketing".into(), Via::Direct)),
        "{direct:?}"
    );
    assert!(
        direct.contains(&("Domain Users".into(), Via::Primary)),
        "the primary group, which member does not list: {direct:?}"
    );
    assert!(
        !direct.iter().any(|(name, _)| name == "Campaigns"),
        "{direct:?}"
    );
    let nested = alice.member_of(&me, true).await.expect("nested");
    let nested = groups_by_via(&nested);
    for group in ["Campaigns", "Brand Council"] {
        assert!(
            nested.contains(&(group.into(), Via::Nested)),
            "{group}: {nested:?}"
        );
    }
    assert!(nested.contains(&("Marketing".into(), Via::Direct)));
    assert!(nested.contains(&("Domain Users".into(), Via::Primary)));
    // Through the primary group: BUILTIN\Users holds Domain Users.
    assert!(
        nested.contains(&("Users".into(), Via::Nested)),
        "{nested:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn member_of_on_generic_ldap_follows_groups_in_groups_and_ends_on_a_cycle() {
    let d = slapd();
    let (a, b, c) = (unique("Inner"), unique("Middle"), unique("Outer"));
    let a_dn = d.own_group_named(&a, "alice", &["erin"]).await;
    let b_dn = d.own_group_named(&b, "alice", &["bob"]).await;
    let c_dn = d.own_group_named(&c, "alice", &["bob"]).await;
    // erin ∈ a ∈ b ∈ c ∈ a (a cycle).
    let mut service = d.service_connection().await;
    for (group, member) in [(&b_dn, &a_dn), (&c_dn, &b_dn), (&a_dn, &c_dn)] {
        service
            .modify(
                group,
                vec![ldap3::Mod::Add("member", HashSet::from([member.as_str()]))],
            )
            .await
            .expect("modify")
            .success()
            .expect("nested");
    }
    let mut erin = d.sign_in("erin").await;
    let me = erin.read(&d.person_dn("erin")).await.expect("read");
    let direct = groups_by_via(&erin.member_of(&me, false).await.expect("direct"));
    assert!(direct.contains(&(a.clone(), Via::Direct)), "{direct:?}");
    assert!(
        direct.contains(&("Marketing".into(), Via::Direct)),
        "{direct:?}"
    );
    assert!(
        !direct.iter().any(|(n, _)| *n == b || *n == c),
        "{direct:?}"
    );
    let nested = groups_by_via(&erin.member_of(&me, true).await.expect("nested"));
    assert!(nested.contains(&(a.clone(), Via::Direct)), "{nested:?}");
    assert!(nested.contains(&(b.clone(), Via::Nested)), "{nested:?}");
    assert!(nested.contains(&(c.clone(), Via::Nested)), "{nested:?}");
    let names: Vec<&String> = nested.iter().map(|(n, _)| n).collect();
    let unique_names: HashSet<&String> = names.iter().copied().collect();
    assert_eq!(
        names.len(),
        unique_names.len(),
        "each group once: {nested:?}"
    );
}
