//! The test slapd really serves TLS with the generated CA and really models
//! delegation: a group's owner may change it, others may not.

use std::collections::HashSet;
use std::time::Duration;

use dirdesk::services::tls;
use ldap3::{LdapConnAsync, LdapConnSettings, LdapError, Mod, Scope, SearchEntry};

use crate::support::{servers, unique};

async fn connect(url: &str, starttls: bool, trust_test_ca: bool) -> Result<ldap3::Ldap, LdapError> {
    let s = servers();
    let ca = trust_test_ca.then_some(s.ca_file.as_path());
    let settings = LdapConnSettings::new()
        .set_conn_timeout(Duration::from_secs(5))
        .set_starttls(starttls)
        .set_config(tls::client_config(ca).expect("tls config"));
    let (conn, ldap) = LdapConnAsync::with_settings(settings, url).await?;
    ldap3::drive!(conn);
    Ok(ldap)
}

async fn bind_as(url: &str, starttls: bool, uid: &str) -> ldap3::Ldap {
    let s = servers();
    let mut ldap = connect(url, starttls, true).await.expect("connect");
    ldap.simple_bind(&s.person_dn(uid), &format!("{uid}-secret"))
        .await
        .expect("bind request")
        .success()
        .expect("bind accepted");
    ldap
}

async fn description_of(ldap: &mut ldap3::Ldap, dn: &str) -> String {
    let (entries, _) = ldap
        .search(dn, Scope::Base, "(objectClass=*)", vec!["description"])
        .await
        .expect("search")
        .success()
        .expect("search result");
    let entry = SearchEntry::construct(entries.into_iter().next().expect("one entry"));
    entry.attrs["description"][0].clone()
}

fn replace_description(value: &str) -> Vec<Mod<&str>> {
    vec![Mod::Replace("description", HashSet::from([value]))]
}

#[tokio::test]
async fn ldaps_and_starttls_bind_with_the_generated_ca() {
    let s = servers();
    for (url, starttls) in [(&s.ldaps_url, false), (&s.ldap_url, true)] {
        let mut ldap = bind_as(url, starttls, "alice").await;
        let who = ldap.extended(ldap3::exop::WhoAmI).await.expect("whoami");
        let (exop, _) = who.success().expect("whoami result");
        let who: ldap3::exop::WhoAmIResp = exop.parse();
        assert_eq!(who.authzid, format!("dn:{}", s.person_dn("alice")), "{url}");
        ldap.unbind().await.expect("unbind");
    }
}

#[tokio::test]
async fn a_server_signed_by_an_unknown_ca_is_refused() {
    let s = servers();
    let error = connect(&s.ldaps_url, false, false)
        .await
        .expect_err("the test CA is not in the OS trust store");
    let text = error.to_string().to_lowercase();
    assert!(text.contains("certificate"), "{error}");
}

#[tokio::test]
async fn an_owner_changes_their_group_and_a_non_owner_gets_insufficient_access() {
    let s = servers();
    let group = s.group_dn("Marketing");
    let mut alice = bind_as(&s.ldaps_url, false, "alice").await; // owner
    let mut erin = bind_as(&s.ldaps_url, false, "erin").await; // member only

    let by_owner = unique("description by owner");
    alice
        .modify(&group, replace_description(&by_owner))
        .await
        .expect("modify request")
        .success()
        .expect("the owner may change the description");
    assert_eq!(description_of(&mut erin, &group).await, by_owner);

    let refused = erin
        .modify(&group, replace_description("changed by a non-owner"))
        .await
        .expect("modify request")
        .success()
        .expect_err("a non-owner may not change the description");
    match refused {
        LdapError::LdapResult { result } => assert_eq!(result.rc, 50, "insufficientAccessRights"),
        other => panic!("unexpected error {other}"),
    }
    assert_eq!(
        description_of(&mut alice, &group).await,
        by_owner,
        "nothing changed"
    );
}

#[tokio::test]
async fn the_service_account_writes_a_group_it_owns_and_anonymous_reads_nothing() {
    let s = servers();
    let group = s.group_dn("Finance");
    let mut svc = connect(&s.ldaps_url, false, true).await.expect("connect");
    svc.simple_bind(&s.service_dn, &s.service_password)
        .await
        .expect("bind request")
        .success()
        .expect("service account bind");
    let value = unique("set by the service account");
    svc.modify(&group, replace_description(&value))
        .await
        .expect("modify request")
        .success()
        .expect("the service account writes");
    assert_eq!(description_of(&mut svc, &group).await, value);

    let mut anonymous = connect(&s.ldaps_url, false, true).await.expect("connect");
    let result = anonymous
        .search(&s.base_dn, Scope::Subtree, "(objectClass=*)", vec!["cn"])
        .await
        .expect("search request");
    // slapd hides even the base from those who may not read it.
    assert!(result.0.is_empty(), "anonymous users see no entries");
    assert_eq!(result.1.rc, 32, "noSuchObject");
}
