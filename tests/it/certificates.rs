//! Servers presenting a bad certificate — expired, for another host,
//! self-signed — on every TLS path dirdesk uses (LDAPS, LDAP StartTLS, SMTP
//! implicit TLS, SMTP STARTTLS): each is refused with the specific reason,
//! and the server never receives a password or a message.
//!
//! The servers are the real ones (slapd and the SMTP test server), started
//! privately with the bad certificate made here.

use std::process::Command;

use dirdesk::domain::{
    IdentityStore, NotificationSettings, Security, Server, SmtpSecurity, StoreId, StoreType,
};
use dirdesk::services::ldap::{LdapFailure, test_connection};
use dirdesk::services::mailer::{SmtpFailure, SmtpSecrets, send_test};
use dirdesk::services::tls::CertificateProblem;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, date_time_ymd};

use crate::support::free_port;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bad {
    Expired,
    OtherHost,
    SelfSigned,
}

/// A CA the store trusts and a server certificate that is wrong in one way.
struct Certificates {
    ca_pem: String,
    server_pem: String,
    server_key: String,
}

fn certificates(bad: Bad) -> Certificates {
    let ca_key = KeyPair::generate().expect("key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("params");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "dirdesk Bad-Cert Test CA");
    let ca = ca.self_signed(&ca_key).expect("ca");

    let names: Vec<String> = match bad {
        Bad::OtherHost => vec!["other.example.test".into()],
        _ => vec!["localhost".into(), "127.0.0.1".into()],
    };
    let key = KeyPair::generate().expect("key");
    let mut params = CertificateParams::new(names).expect("params");
    params
        .distinguished_name
        .push(DnType::CommonName, format!("bad server ({bad:?})"));
    if bad == Bad::Expired {
        params.not_before = date_time_ymd(2020, 1, 1);
        params.not_after = date_time_ymd(2021, 1, 1);
    }
    let server = match bad {
        Bad::SelfSigned => params.self_signed(&key),
        _ => params.signed_by(&key, &ca, &ca_key),
    }
    .expect("server certificate");
    Certificates {
        ca_pem: ca.pem(),
        server_pem: server.pem(),
        server_key: key.serialize_pem(),
    }
}

/// slapd and the SMTP test server on free ports, presenting `bad`.
struct BadServers {
    dir: tempfile::TempDir,
    ports: [u16; 5],
}

impl BadServers {
    fn start(bad: Bad) -> BadServers {
        let dir = tempfile::tempdir().expect("tempdir");
        let tls = dir.path().join("servers/tls");
        std::fs::create_dir_all(&tls).expect("tls dir");
        let c = certificates(bad);
        std::fs::write(tls.join("ca.pem"), &c.ca_pem).expect("ca");
        std::fs::write(tls.join("server.pem"), &c.server_pem).expect("cert");
        std::fs::write(tls.join("server.key"), &c.server_key).expect("key");
        let servers = BadServers {
            dir,
            ports: [
                free_port(),
                free_port(),
                free_port(),
                free_port(),
                free_port(),
            ],
        };
        servers.run("start");
        servers
    }

    fn run(&self, command: &str) {
        let [ldap, ldaps, smtp, smtps, oauth] = self.ports;
        let output = Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/test-servers"))
            .arg(command)
            .env("DIRDESK_SERVERS_DIR", self.dir.path().join("servers"))
            .env("DIRDESK_LDAP_PORT", ldap.to_string())
            .env("DIRDESK_LDAPS_PORT", ldaps.to_string())
            .env("DIRDESK_SMTP_PORT", smtp.to_string())
            .env("DIRDESK_SMTPS_PORT", smtps.to_string())
            .env("DIRDESK_OAUTH_PORT", oauth.to_string())
            .env("DIRDESK_READY_REQCERT", "never")
            // No database is part of what these tests check.
            .env("DIRDESK_PG_PORT", "off")
            .output()
            .expect("run scripts/test-servers");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn ca_file(&self) -> std::path::PathBuf {
        self.dir.path().join("servers/tls/ca.pem")
    }

    fn store(&self, security: Security) -> IdentityStore {
        let mut store = IdentityStore::new(
            StoreId("store-bad-cert".into()),
            "Bad",
            StoreType::GenericLdap,
        );
        let port = if security == Security::Ldaps {
            self.ports[1]
        } else {
            self.ports[0]
        };
        store.servers = vec![Server {
            host: "127.0.0.1".into(),
            port,
        }];
        store.security = security;
        store.ca_file = Some(self.ca_file());
        store.base_dn = "dc=example,dc=test".into();
        store.service_account = Some("cn=dirdesk-svc,ou=services,dc=example,dc=test".into());
        store
    }

    fn smtp(&self, security: SmtpSecurity) -> NotificationSettings {
        NotificationSettings {
            smtp_server: "127.0.0.1".into(),
            smtp_port: if security == SmtpSecurity::Ssl {
                self.ports[3]
            } else {
                self.ports[2]
            },
            smtp_security: security,
            from: "dirdesk@example.test".into(),
            use_authentication: true,
            smtp_username: "mailer".into(),
            smtp_ca_file: Some(self.ca_file()),
            ..Default::default()
        }
    }

    /// Messages the SMTP server kept (must stay empty).
    fn mail_kept(&self) -> usize {
        std::fs::read_dir(self.dir.path().join("servers/mail/new"))
            .map(|d| d.count())
            .unwrap_or(0)
    }
}

impl Drop for BadServers {
    fn drop(&mut self) {
        self.run("stop");
    }
}

fn expected_problem(bad: Bad) -> CertificateProblem {
    match bad {
        Bad::Expired => CertificateProblem::Expired,
        Bad::OtherHost => CertificateProblem::WrongName,
        Bad::SelfSigned => CertificateProblem::NotTrusted,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_certificates_are_refused_with_their_reason_on_every_tls_path() {
    for bad in [Bad::Expired, Bad::OtherHost, Bad::SelfSigned] {
        let servers = BadServers::start(bad);
        for security in [Security::Ldaps, Security::StartTls] {
            let report =
                test_connection(&servers.store(security), Some("dirdesk-svc-secret")).await;
            let failure = report.servers[0].1.clone().expect_err("refused");
            match &failure {
                LdapFailure::Certificate { certificate, .. } => {
                    assert_eq!(
                        certificate.problem,
                        expected_problem(bad),
                        "{bad:?} {security:?}"
                    );
                    assert!(
                        certificate.subject.contains("bad server"),
                        "{}",
                        certificate.subject
                    );
                }
                other => {
                    panic!("{bad:?} {security:?}: expected a certificate failure, got {other:?}")
                }
            }
            let text = failure.to_string();
            let specific = match bad {
                Bad::Expired => "expired",
                Bad::OtherHost => "other.example.test",
                Bad::SelfSigned => "not trusted",
            };
            assert!(text.contains(specific), "{bad:?} {security:?}: {text}");
        }
        for security in [SmtpSecurity::Ssl, SmtpSecurity::StartTls] {
            let error = send_test(
                &servers.smtp(security),
                &SmtpSecrets::with_password("mailer-secret"),
                "Corp",
                "someone@example.test",
            )
            .await
            .expect_err("refused");
            assert!(
                matches!(error, SmtpFailure::NotTrusted { .. }),
                "{bad:?} {security:?}: {error:?}"
            );
        }
        assert_eq!(servers.mail_kept(), 0, "{bad:?}: nothing was sent");
    }
}
