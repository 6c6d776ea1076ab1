//! dirdesk's mail sending against the test SMTP server: both kinds of TLS,
//! certificate checks, and errors a person can act on.

use std::time::Duration;

use dirdesk::domain::{NotificationSettings, SmtpSecurity};
use dirdesk::services::mailer::{SmtpFailure, SmtpSecrets, send_test};

use crate::support::servers;

fn settings(security: SmtpSecurity, port: u16) -> NotificationSettings {
    let s = servers();
    NotificationSettings {
        smtp_server: s.smtp_host.clone(),
        smtp_port: port,
        smtp_security: security,
        from: "dirdesk@example.test".into(),
        use_authentication: true,
        smtp_username: s.smtp_user.clone(),
        smtp_ca_file: Some(s.ca_file.clone()),
        ..Default::default()
    }
}

#[tokio::test]
async fn test_emails_go_over_implicit_tls_and_starttls() {
    let s = servers();
    for (security, port, listener) in [
        (SmtpSecurity::Ssl, s.smtp_tls_port, "tls"),
        (SmtpSecurity::StartTls, s.smtp_starttls_port, "starttls"),
    ] {
        let to = format!("{listener}-check-{}@example.test", std::process::id());
        let answer = send_test(
            &settings(security, port),
            &SmtpSecrets::with_password(&s.smtp_password),
            "Corp",
            &to,
        )
        .await
        .expect("sent");
        assert!(answer.starts_with("250"), "{answer}");
        let mails = s.wait_for_mail(Duration::from_secs(5), |m| m.rcpt_tos.contains(&to));
        assert!(!mails.is_empty());
        assert!(
            mails
                .iter()
                .all(|m| m.listener == listener && m.auth_user.as_deref() == Some("mailer"))
        );
    }
}

#[tokio::test]
async fn a_server_signed_by_an_unknown_ca_is_not_trusted_and_nothing_is_sent_in_the_clear() {
    let s = servers();
    let mut no_ca = settings(SmtpSecurity::StartTls, s.smtp_starttls_port);
    no_ca.smtp_ca_file = None;
    let error = send_test(
        &no_ca,
        &SmtpSecrets::with_password(&s.smtp_password),
        "Corp",
        "nobody@example.test",
    )
    .await
    .expect_err("untrusted");
    assert!(matches!(error, SmtpFailure::NotTrusted { .. }), "{error:?}");
    assert!(error.to_string().contains("not trusted"), "{error}");
}

#[tokio::test]
async fn a_closed_port_is_a_refused_connection() {
    let s = servers();
    let port = crate::support::free_port();
    let error = send_test(
        &settings(SmtpSecurity::StartTls, port),
        &SmtpSecrets::with_password(&s.smtp_password),
        "Corp",
        "x@example.test",
    )
    .await
    .expect_err("refused");
    assert_eq!(
        error,
        SmtpFailure::Refused {
            server: format!("127.0.0.1:{port}")
        }
    );
    assert!(error.is_retryable());
}
