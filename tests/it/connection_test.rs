//! "Test Connection" against the real test slapd: Healthy with the CA, and a
//! specific reason for each way it can fail.

use dirdesk::domain::{Health, IdentityStore, Security, Server, StoreId, StoreType};
use dirdesk::services::ldap::{LdapFailure, test_connection};
use dirdesk::services::tls::CertificateProblem;

use crate::support::{Servers, servers};

fn port_of(url: &str) -> u16 {
    url.rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("port in url")
}

fn store(s: &Servers, security: Security) -> IdentityStore {
    let mut store = IdentityStore::new(
        StoreId("store-conn-test".into()),
        "Test",
        StoreType::GenericLdap,
    );
    let url = if security == Security::Ldaps {
        &s.ldaps_url
    } else {
        &s.ldap_url
    };
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: port_of(url),
    }];
    store.security = security;
    store.ca_file = Some(s.ca_file.clone());
    store.base_dn = s.base_dn.clone();
    store.service_account = Some(s.service_dn.clone());
    store
}

async fn single_failure(store: &IdentityStore, password: Option<&str>) -> LdapFailure {
    let report = test_connection(store, password).await;
    let check = report.check(jiff::Timestamp::now());
    assert_eq!(check.health, Health::Errors);
    let reason = check.reason.expect("a reason");
    let (_, result) = report.servers.into_iter().next().expect("one server");
    let failure = result.expect_err("a failure");
    assert!(reason.contains(&failure.to_string()), "{reason}");
    failure
}

#[tokio::test]
async fn healthy_over_ldaps_and_starttls_with_the_ca() {
    let s = servers();
    for security in [Security::Ldaps, Security::StartTls] {
        let store = store(s, security);
        let report = test_connection(&store, Some(&s.service_password)).await;
        let check = report.check(jiff::Timestamp::now());
        assert_eq!(
            check.health,
            Health::Healthy,
            "{security:?}: {:?}",
            check.reason
        );
        let root_dse = report.servers[0].1.as_ref().expect("root DSE");
        assert_eq!(root_dse.naming_contexts, vec![s.base_dn.clone()]);
        assert!(
            root_dse.supports_control("1.2.840.113556.1.4.319"),
            "paged results"
        );
    }
}

#[tokio::test]
async fn without_the_ca_the_certificate_is_not_trusted_and_named() {
    let s = servers();
    let mut store = store(s, Security::Ldaps);
    store.ca_file = None;
    match single_failure(&store, Some(&s.service_password)).await {
        LdapFailure::Certificate { certificate, .. } => {
            assert_eq!(certificate.problem, CertificateProblem::NotTrusted);
            assert!(
                certificate.subject.contains("CN=localhost"),
                "{}",
                certificate.subject
            );
            assert!(
                certificate.issuer.contains("dirdesk Test CA"),
                "{}",
                certificate.issuer
            );
        }
        other => panic!("expected a certificate failure, got {other:?}"),
    }
}

#[tokio::test]
async fn a_wrong_password_is_reported_as_such() {
    let s = servers();
    let failure = single_failure(&store(s, Security::Ldaps), Some("not-the-password")).await;
    assert_eq!(failure, LdapFailure::WrongCredentials);
    assert_eq!(failure.to_string(), "Wrong user name or password.");
}

#[tokio::test]
async fn a_missing_service_password_is_not_sent_as_an_anonymous_bind() {
    let s = servers();
    let failure = single_failure(&store(s, Security::Ldaps), None).await;
    assert_eq!(failure, LdapFailure::NoServicePassword);
}

#[tokio::test]
async fn a_base_dn_that_does_not_exist_is_named() {
    let s = servers();
    let mut store = store(s, Security::StartTls);
    store.base_dn = "dc=nowhere,dc=test".into();
    let failure = single_failure(&store, Some(&s.service_password)).await;
    assert_eq!(
        failure,
        LdapFailure::BaseDnNotFound {
            base_dn: "dc=nowhere,dc=test".into(),
            anonymous: false
        }
    );
}

#[tokio::test]
async fn a_closed_port_is_a_refused_connection_naming_the_server() {
    let s = servers();
    let port = crate::support::free_port();
    let mut store = store(s, Security::Ldaps);
    store.servers.insert(
        0,
        Server {
            host: "127.0.0.1".into(),
            port,
        },
    );
    let report = test_connection(&store, Some(&s.service_password)).await;
    assert_eq!(
        report.servers.len(),
        2,
        "every server is tried, in priority order"
    );
    assert_eq!(
        report.servers[0].1,
        Err(LdapFailure::Refused {
            server: format!("127.0.0.1:{port}")
        })
    );
    assert!(
        report.servers[1].1.is_ok(),
        "the second server still answers"
    );
    let check = report.check(jiff::Timestamp::now());
    assert_eq!(check.health, Health::Errors);
    assert!(
        check
            .reason
            .expect("reason")
            .contains(&format!("127.0.0.1:{port}"))
    );
}
