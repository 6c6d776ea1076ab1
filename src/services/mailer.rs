//! Sending notification emails with lettre: the store's SMTP server with
//! verified TLS (the OS trust store plus an optional CA file), AUTH with the
//! password from the keychain or an OAuth 2.0 token (XOAUTH2), one reused
//! connection for many messages.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use lettre::address::Envelope;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use secrecy::{ExposeSecret, SecretString};

use crate::domain::NotificationSettings;
use crate::domain::SmtpSecurity;
use crate::domain::email::{EmailContent, header_safe};
use crate::domain::recipients::{Reason, Recipient};
use crate::domain::templates::{self, EmailKind};
use crate::services::error_chain;
use crate::services::notification_queue::OutgoingEmail;
use crate::services::oauth;

mod failure;

pub use failure::SmtpFailure;
use failure::classify;

/// How long one SMTP exchange may take before it counts as a failure.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// The secrets signing in to the mail server takes: the password (the
/// store's SMTP account's from the keychain, or the signed-in person's) and,
/// for OAuth 2.0, the client secret from the keychain.
#[derive(Clone, Default)]
pub struct SmtpSecrets {
    pub password: Option<SecretString>,
    pub client_secret: Option<SecretString>,
}

impl std::fmt::Debug for SmtpSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSecrets")
            .field("password", &self.password.as_ref().map(|_| "…"))
            .field("client_secret", &self.client_secret.as_ref().map(|_| "…"))
            .finish()
    }
}

impl SmtpSecrets {
    /// A password alone (Basic authentication).
    pub fn with_password(password: &str) -> Self {
        Self {
            password: Some(SecretString::from(password)),
            client_secret: None,
        }
    }

    fn password_text(&self) -> Option<&str> {
        (self.password.as_ref())
            .map(|p| p.expose_secret())
            .filter(|p| !p.is_empty())
    }
}

/// A connection (reused across messages) to one store's mail server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    server: String,
    /// With OAuth 2.0: what a new token is asked with when the server
    /// says the one it has is no good (it expired while emails waited).
    oauth: Option<(NotificationSettings, SmtpSecrets)>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("server", &self.server)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// Sets up the transport — with OAuth 2.0, after getting a token —;
    /// connects on the first message.
    pub async fn new(
        settings: &NotificationSettings,
        secrets: &SmtpSecrets,
    ) -> Result<Mailer, SmtpFailure> {
        // Nothing is asked for that the settings then refuse to use.
        let usable = !settings.smtp_server.trim().is_empty()
            && !settings.refuses_unencrypted_authentication();
        let token = match settings.uses_oauth() && usable {
            true => Some(token_for(settings, secrets).await?),
            false => None,
        };
        let mut mailer = Self::with(settings, secrets, token.as_ref())?;
        if settings.uses_oauth() {
            mailer.oauth = Some((settings.clone(), secrets.clone()));
        }
        Ok(mailer)
    }

    fn with(
        settings: &NotificationSettings,
        secrets: &SmtpSecrets,
        token: Option<&SecretString>,
    ) -> Result<Mailer, SmtpFailure> {
        let host = settings.smtp_server.trim();
        if host.is_empty() {
            return Err(SmtpFailure::NotConfigured);
        }
        if settings.refuses_unencrypted_authentication() {
            return Err(SmtpFailure::UnencryptedAuthentication {
                server: format!("{host}:{}", settings.smtp_port),
            });
        }
        let mut params = TlsParameters::builder(host.to_owned());
        if let Some(ca) = &settings.smtp_ca_file {
            for cert in crate::services::tls::read_ca_file(ca)
                .map_err(|e| SmtpFailure::CaFile(e.to_string()))?
            {
                params = params.add_root_certificate(
                    Certificate::from_der(cert.to_vec())
                        .map_err(|e| SmtpFailure::CaFile(e.to_string()))?,
                );
            }
        }
        let params = params.build_rustls().map_err(|e| SmtpFailure::Tls {
            server: host.to_owned(),
            detail: e.to_string(),
        })?;
        let tls = match settings.smtp_security {
            SmtpSecurity::Ssl => Tls::Wrapper(params),
            SmtpSecurity::StartTls => Tls::Required(params),
            SmtpSecurity::None => Tls::None,
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(settings.smtp_port)
            .tls(tls)
            .timeout(Some(SMTP_TIMEOUT))
            .pool_config(PoolConfig::new().max_size(1));
        if let Some(token) = token {
            // The mailbox the token sends as: the Username, or for an
            // app-only token the From address.
            let login = match settings.smtp_username.trim() {
                "" => settings.from.trim(),
                user => user,
            };
            builder = builder
                .credentials(Credentials::new(
                    login.to_owned(),
                    token.expose_secret().to_owned(),
                ))
                .authentication(vec![Mechanism::Xoauth2]);
        } else if settings.use_authentication {
            // Without its password the email waits, saying who can help:
            // sending an empty one would only earn a refusal.
            let password = match secrets.password_text() {
                Some(password) => password,
                _ if settings.uses_signed_in_user() => return Err(SmtpFailure::NeedsSignedInUser),
                _ => {
                    return Err(SmtpFailure::NoStorePassword {
                        user: settings.smtp_username.clone(),
                    });
                }
            };
            builder = builder.credentials(Credentials::new(
                settings.smtp_username.clone(),
                password.to_owned(),
            ));
        }
        Ok(Mailer {
            transport: builder.build(),
            server: format!("{host}:{}", settings.smtp_port),
            oauth: None,
        })
    }

    /// Sends prepared bytes to one envelope recipient; returns the server's
    /// answer.
    pub async fn send_raw(
        &mut self,
        from: &str,
        to: &str,
        raw: &[u8],
    ) -> Result<String, SmtpFailure> {
        let Some((settings, secrets)) = self.oauth.clone() else {
            return self.send_once(from, to, raw).await;
        };
        match self.send_once(from, to, raw).await {
            // The token aged (or was revoked) since it was fetched: once
            // more with a new one, so that no email fails only for that.
            // (Google answers a dead token with a challenge lettre cannot
            // take: a client error while signing in, taken as the same.)
            Err(SmtpFailure::AuthenticationFailed { .. } | SmtpFailure::TokenChallenged) => {}
            other => return other,
        }
        oauth::forget(&settings, settings.smtp_username.trim());
        let token = token_for(&settings, &secrets).await?;
        // Only once the new token and transport exist is the old one let
        // go: a failure on the way leaves this mailer as it was.
        let mut renewed = Self::with(&settings, &secrets, Some(&token))?;
        renewed.oauth = Some((settings, secrets));
        self.transport.shutdown().await;
        *self = renewed;
        match self.send_once(from, to, raw).await {
            Err(SmtpFailure::AuthenticationFailed { detail }) => {
                Err(SmtpFailure::TokenRefused { detail })
            }
            Err(SmtpFailure::TokenChallenged) => Err(SmtpFailure::TokenRefused {
                detail: "XOAUTH2 challenge".into(),
            }),
            other => other,
        }
    }

    async fn send_once(&self, from: &str, to: &str, raw: &[u8]) -> Result<String, SmtpFailure> {
        let parse = |a: &str| {
            a.parse::<Address>()
                .map_err(|_| SmtpFailure::BadAddress(a.to_owned()))
        };
        let envelope = Envelope::new(Some(parse(from)?), vec![parse(to)?])
            .map_err(|_| SmtpFailure::BadAddress(to.to_owned()))?;
        // lettre bounds only the connect with its timeout: a server that
        // stops answering mid-exchange is cut off here, and the connection
        // it was on is not reused (it may still owe an answer).
        match tokio::time::timeout(SMTP_TIMEOUT, self.transport.send_raw(&envelope, raw)).await {
            Err(_) => {
                self.transport.shutdown().await;
                Err(SmtpFailure::Timeout {
                    server: self.server.clone(),
                })
            }
            Ok(Ok(response)) => Ok(format!(
                "{} {}",
                response.code(),
                response.message().collect::<Vec<_>>().join(" ")
            )),
            Ok(Err(error)) if self.oauth.is_some() && error_chain(&error).contains("challenge") => {
                Err(SmtpFailure::TokenChallenged)
            }
            Ok(Err(error)) => Err(classify(&error, &self.server)),
        }
    }

    /// Closes the reused connection.
    pub async fn shutdown(&self) {
        self.transport.shutdown().await;
    }
}

/// A Message-ID that no other message has: time, process and a counter.
pub fn new_message_id(from: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let domain = from.rsplit_once('@').map_or("dirdesk.invalid", |(_, d)| d);
    let nanos = jiff::Timestamp::now().as_nanosecond();
    format!(
        "<{nanos:x}.{:x}.{:x}.dirdesk@{domain}>",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// The plain-text and HTML parts of an email.
fn alternative(content: &EmailContent) -> MultiPart {
    MultiPart::alternative()
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(content.text.clone()),
        )
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_HTML)
                .body(content.html.clone()),
        )
}

/// Builds the email for one recipient, ready for the queue.
pub fn compose(
    settings: &NotificationSettings,
    recipient: &Recipient,
    reply_lists: (&[String], &[String]),
    content: &EmailContent,
) -> Result<OutgoingEmail, SmtpFailure> {
    compose_with(settings, recipient, reply_lists, content, None)
}

/// A file attached to an email: its name and a CSV body.
pub struct CsvAttachment<'a> {
    pub name: &'a str,
    /// Moved, not borrowed: a digest's list of 100,000 changes is megabytes,
    /// and lettre encodes from an owned buffer.
    pub body: Vec<u8>,
}

/// `compose`, with `attachment` after the text and HTML parts.
pub fn compose_with(
    settings: &NotificationSettings,
    recipient: &Recipient,
    reply_lists: (&[String], &[String]),
    content: &EmailContent,
    attachment: Option<CsvAttachment<'_>>,
) -> Result<OutgoingEmail, SmtpFailure> {
    let from_address: Address = settings
        .from
        .trim()
        .parse()
        .map_err(|_| SmtpFailure::BadAddress(settings.from.clone()))?;
    let to_address: Address = recipient
        .address
        .parse()
        .map_err(|_| SmtpFailure::BadAddress(recipient.address.clone()))?;
    let from = Mailbox::new(Some("dirdesk".to_owned()), from_address.clone());
    let to = Mailbox::new(recipient.name.as_deref().map(header_safe), to_address);
    let message_id = new_message_id(&settings.from);
    let mut builder = Message::builder()
        .from(from)
        .message_id(Some(message_id.clone()))
        .date_now()
        .subject(header_safe(&content.subject))
        .user_agent(format!("dirdesk {}", env!("CARGO_PKG_VERSION")));
    // People reached personally see only themselves; the store's To/CC
    // lists see the lists as configured. Either way each address is its own
    // delivery (the queue keeps the envelope), so one refusal blocks nobody.
    let personal = recipient
        .reasons
        .iter()
        .any(|r| !matches!(r, Reason::To | Reason::Cc));
    let (list_to, list_cc) = reply_lists;
    let (to_header, cc_header) = if personal || (list_to.is_empty() && list_cc.is_empty()) {
        builder = builder.to(to);
        (vec![recipient.address.clone()], Vec::new())
    } else {
        let mailboxes = |list: &[String]| -> Vec<Address> {
            list.iter().filter_map(|a| a.parse().ok()).collect()
        };
        for address in mailboxes(list_to) {
            builder = builder.to(Mailbox::new(None, address));
        }
        for address in mailboxes(list_cc) {
            builder = builder.cc(Mailbox::new(None, address));
        }
        (list_to.to_vec(), list_cc.to_vec())
    };
    let body = match attachment {
        None => alternative(content),
        Some(file) => {
            // Base64 keeps the file's bytes as they are: in a text encoding
            // the line breaks inside quoted cells would become CR LF.
            let body = lettre::message::Body::new_with_encoding(
                file.body,
                lettre::message::header::ContentTransferEncoding::Base64,
            )
            .map_err(|_| SmtpFailure::Permanent {
                detail: file.name.to_owned(),
            })?;
            MultiPart::mixed()
                .multipart(alternative(content))
                .singlepart(
                    lettre::message::Attachment::new(file.name.to_owned()).body(
                        body,
                        ContentType::parse("text/csv; charset=utf-8")
                            .unwrap_or(ContentType::TEXT_PLAIN),
                    ),
                )
        }
    };
    let message = builder
        .multipart(body)
        .map_err(|e| SmtpFailure::Permanent {
            detail: e.to_string(),
        })?;
    Ok(OutgoingEmail {
        message_id,
        subject: header_safe(&content.subject),
        from: from_address.to_string(),
        recipient: recipient.address.clone(),
        to: to_header,
        cc: cc_header,
        reasons: recipient.reasons.clone(),
        raw: message.formatted(),
    })
}

/// A token for the settings' OAuth 2.0 account (the Username with its
/// Password when both are given, else app-only).
async fn token_for(
    settings: &NotificationSettings,
    secrets: &SmtpSecrets,
) -> Result<SecretString, SmtpFailure> {
    let user = settings.smtp_username.trim();
    let password = secrets
        .password
        .as_ref()
        .filter(|p| !p.expose_secret().is_empty());
    // A Username without its Password is never sent app-only under that
    // name: the email waits, saying whose password is missing.
    if !user.is_empty() && password.is_none() {
        return Err(if settings.uses_signed_in_user() {
            SmtpFailure::NeedsSignedInUser
        } else {
            SmtpFailure::NoStorePassword {
                user: user.to_owned(),
            }
        });
    }
    oauth::access_token(settings, user, password, secrets.client_secret.as_ref())
        .await
        .map_err(SmtpFailure::OAuth)
}

/// "Test Server": sends a real test email to `to` and returns the server's
/// answer. Its words are the store's `test` template in the window's
/// language, like every email dirdesk sends.
pub async fn send_test(
    settings: &NotificationSettings,
    secrets: &SmtpSecrets,
    store_name: &str,
    to: &str,
) -> Result<String, SmtpFailure> {
    let to_address: Address = to
        .trim()
        .parse()
        .map_err(|_| SmtpFailure::BadAddress(to.to_owned()))?;
    let from_address: Address = settings
        .from
        .trim()
        .parse()
        .map_err(|_| SmtpFailure::BadAddress(settings.from.clone()))?;
    let mut mailer = Mailer::new(settings, secrets).await?;
    let loader = &*crate::i18n::LANGUAGE_LOADER;
    let lang = templates::language_of(loader);
    let context = templates::test_context(
        loader,
        &mailer.server,
        store_name,
        to.trim(),
        jiff::Timestamp::now(),
    );
    let content = (settings.templates)
        .render(EmailKind::Test, &lang, &context)
        .map_err(|problem| SmtpFailure::Permanent {
            detail: problem.to_string(),
        })?;
    let message = Message::builder()
        .from(Mailbox::new(
            Some("dirdesk".to_owned()),
            from_address.clone(),
        ))
        .to(Mailbox::new(None, to_address.clone()))
        .message_id(Some(new_message_id(&settings.from)))
        .date_now()
        .subject(content.subject.clone())
        .multipart(alternative(&content))
        .map_err(|e| SmtpFailure::Permanent {
            detail: e.to_string(),
        })?;
    let answer = mailer
        .send_raw(
            from_address.as_ref(),
            to_address.as_ref(),
            &message.formatted(),
        )
        .await;
    mailer.shutdown().await;
    answer
}
