//! The SMTP test server requires AUTH over STARTTLS and implicit TLS, captures
//! what it accepts, and refuses wrong passwords.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::support::{servers, unique};

#[derive(Clone, Copy, Debug)]
enum Security {
    StartTls,
    Implicit,
}

fn transport(security: Security, password: &str) -> AsyncSmtpTransport<Tokio1Executor> {
    let s = servers();
    let pem = std::fs::read(&s.ca_file).expect("read CA");
    let params = TlsParameters::builder(s.smtp_host.clone())
        .add_root_certificate(Certificate::from_pem(&pem).expect("CA pem"))
        .build_rustls()
        .expect("tls parameters");
    let (port, tls) = match security {
        Security::StartTls => (s.smtp_starttls_port, Tls::Required(params)),
        Security::Implicit => (s.smtp_tls_port, Tls::Wrapper(params)),
    };
    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.smtp_host)
        .port(port)
        .tls(tls)
        .credentials(Credentials::new(s.smtp_user.clone(), password.to_owned()))
        .timeout(Some(Duration::from_secs(10)))
        .build()
}

fn message(subject: &str) -> Message {
    Message::builder()
        .from("dirdesk <notify@example.test>".parse().expect("from"))
        .to("Alice Archer <alice@example.test>".parse().expect("to"))
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(String::from("The description of Marketing changed."))
        .expect("message")
}

#[tokio::test]
async fn messages_sent_with_auth_over_starttls_and_implicit_tls_are_captured() {
    let s = servers();
    for (security, listener) in [
        (Security::StartTls, "starttls"),
        (Security::Implicit, "tls"),
    ] {
        let subject = unique("smtp capture");
        let response = transport(security, &s.smtp_password)
            .send(message(&subject))
            .await
            .expect("the server accepts the message");
        assert!(response.is_positive());
        let captured = s.wait_for_mail(Duration::from_secs(5), |m| m.data.contains(&subject));
        assert_eq!(captured.len(), 1, "{security:?}: exactly one message");
        let mail = &captured[0];
        assert_eq!(mail.listener, listener);
        assert_eq!(mail.mail_from, "notify@example.test");
        assert_eq!(mail.rcpt_tos, vec!["alice@example.test".to_owned()]);
        assert_eq!(mail.auth_user.as_deref(), Some(s.smtp_user.as_str()));
        assert!(mail.data.contains("The description of Marketing changed."));
    }
}

#[tokio::test]
async fn a_wrong_password_is_refused_and_nothing_is_captured() {
    for security in [Security::StartTls, Security::Implicit] {
        let subject = unique("smtp wrong password");
        let error = transport(security, "not-the-password")
            .send(message(&subject))
            .await
            .expect_err("wrong password");
        assert!(error.to_string().contains("535"), "{security:?}: {error}");
        // The server answered 535: the conversation is over.
        crate::support::assert_no_mail_received_about(&subject);
    }
}

#[tokio::test]
async fn a_rejected_recipient_gets_550() {
    let s = servers();
    let mail = Message::builder()
        .from("notify@example.test".parse().expect("from"))
        .to("reject-me@example.test".parse().expect("to"))
        .subject(unique("smtp reject"))
        .body(String::from("x"))
        .expect("message");
    let error = transport(Security::StartTls, &s.smtp_password)
        .send(mail)
        .await
        .expect_err("rejected recipient");
    assert!(error.to_string().contains("550"), "{error}");
}
