//! What went wrong talking to the mail server, in words a person can act
//! on, and which failures a later attempt can cure.

use lettre::transport::smtp::Error as LettreError;

use crate::fl;
use crate::services::error_chain;
use crate::services::oauth::OAuthFailure;

/// What went wrong talking to the mail server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmtpFailure {
    NotConfigured,
    BadAddress(String),
    CaFile(String),
    Refused {
        server: String,
    },
    Timeout {
        server: String,
    },
    NotTrusted {
        server: String,
        detail: String,
    },
    Tls {
        server: String,
        detail: String,
    },
    AuthenticationFailed {
        detail: String,
    },
    SenderRefused {
        detail: String,
    },
    /// Authentication was asked for over an unencrypted connection that
    /// nobody chose to allow: the password is not sent.
    UnencryptedAuthentication {
        server: String,
    },
    /// The server is signed in to with the person's own account, and their
    /// password is only known while they are signed in.
    NeedsSignedInUser,
    /// The store's SMTP password is not in this desk's keychain.
    NoStorePassword {
        user: String,
    },
    RecipientRefused {
        detail: String,
    },
    /// No OAuth 2.0 token could be had.
    OAuth(OAuthFailure),
    /// The server refused the OAuth 2.0 token (a fresh one too).
    TokenRefused {
        detail: String,
    },
    /// The server answered the XOAUTH2 token with a challenge (Google's
    /// way of refusing one): handled inside `Mailer::send_raw`.
    TokenChallenged,
    /// The server takes no password: Microsoft 365's "5.7.30 Basic
    /// authentication is not supported".
    NeedsOAuth {
        detail: String,
    },
    /// A 5xx answer: not retried.
    Permanent {
        detail: String,
    },
    /// A 4xx answer or a broken connection: retried.
    Temporary {
        detail: String,
    },
}

impl std::fmt::Display for SmtpFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NotConfigured => fl!("smtp-not-configured"),
            Self::BadAddress(a) => fl!("invalid-address", address = a.as_str()),
            Self::CaFile(detail) => detail.clone(),
            Self::Refused { server } => fl!("smtp-refused", server = server.as_str()),
            Self::Timeout { server } => fl!("smtp-timeout", server = server.as_str()),
            Self::NotTrusted { server, detail } => {
                fl!(
                    "smtp-not-trusted",
                    server = server.as_str(),
                    detail = detail.as_str()
                )
            }
            Self::Tls { server, detail } => fl!(
                "smtp-tls",
                server = server.as_str(),
                detail = detail.as_str()
            ),
            Self::AuthenticationFailed { detail } => {
                fl!("smtp-auth-failed", detail = detail.as_str())
            }
            Self::SenderRefused { detail } => fl!("smtp-sender-refused", detail = detail.as_str()),
            Self::UnencryptedAuthentication { server } => {
                fl!("smtp-unencrypted-authentication", server = server.as_str())
            }
            Self::NeedsSignedInUser => fl!("smtp-needs-signed-in-user"),
            Self::NoStorePassword { user } => fl!("smtp-no-store-password", user = user.as_str()),
            Self::RecipientRefused { detail } => {
                fl!("smtp-recipient-refused", detail = detail.as_str())
            }
            Self::OAuth(failure) => failure.to_string(),
            Self::TokenRefused { detail } => fl!("smtp-token-refused", detail = detail.as_str()),
            Self::TokenChallenged => fl!("smtp-token-refused", detail = "XOAUTH2 challenge"),
            Self::NeedsOAuth { detail } => fl!("smtp-needs-oauth", detail = detail.as_str()),
            Self::Permanent { detail } => fl!("smtp-permanent", detail = detail.as_str()),
            Self::Temporary { detail } => fl!("smtp-temporary", detail = detail.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SmtpFailure {}

impl SmtpFailure {
    /// Whether trying again later can help.
    /// A problem of the store's settings rather than of the email: it waits
    /// in the queue until an admin fixes them.
    pub fn is_configuration(&self) -> bool {
        matches!(
            self,
            Self::NotConfigured
                | Self::UnencryptedAuthentication { .. }
                | Self::NeedsSignedInUser
                | Self::NoStorePassword { .. }
                | Self::TokenRefused { .. }
                | Self::NeedsOAuth { .. }
        ) || matches!(self, Self::OAuth(failure) if !failure.is_retryable())
    }

    /// A failure of the sending desk's own set-up rather than of the email:
    /// another desk may well send it.
    pub fn is_this_desks(&self) -> bool {
        self.is_configuration()
            || matches!(
                self,
                Self::AuthenticationFailed { .. }
                    | Self::CaFile(_)
                    | Self::NotTrusted { .. }
                    | Self::Tls { .. }
            )
    }

    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Refused { .. }
                | Self::Timeout { .. }
                | Self::Temporary { .. }
                | Self::Tls { .. }
                | Self::NotTrusted { .. }
        ) || matches!(self, Self::OAuth(failure) if failure.is_retryable())
    }
}

/// What a lettre error means for the email and for whoever can fix it.
pub(super) fn classify(error: &LettreError, server: &str) -> SmtpFailure {
    let detail = error_chain(error);
    let server = server.to_owned();
    let io_kind = {
        let mut source = std::error::Error::source(error);
        let mut kind = None;
        while let Some(e) = source {
            if let Some(io) = e.downcast_ref::<std::io::Error>() {
                kind = Some(io.kind());
            }
            source = e.source();
        }
        kind
    };
    if io_kind == Some(std::io::ErrorKind::ConnectionRefused) {
        return SmtpFailure::Refused { server };
    }
    if error.is_timeout() {
        return SmtpFailure::Timeout { server };
    }
    if error.is_tls() || detail.contains("certificate") {
        // rustls: "invalid peer certificate: …" (unknown issuer, another
        // host's name, expired, …): the certificate, not the connection.
        return if detail.contains("invalid peer certificate")
            || detail.contains("UnknownIssuer")
            || detail.contains("NotValidForName")
            || detail.contains("Expired")
        {
            SmtpFailure::NotTrusted { server, detail }
        } else {
            SmtpFailure::Tls { server, detail }
        };
    }
    let lower = detail.to_lowercase();
    if lower.contains("5.7.30") {
        return SmtpFailure::NeedsOAuth { detail };
    }
    match error.status().map(|code| code.to_string()) {
        Some(code) if ["530", "534", "535", "538"].contains(&code.as_str()) => {
            SmtpFailure::AuthenticationFailed { detail }
        }
        Some(_) if error.is_permanent() && (lower.contains("sender") || lower.contains("from")) => {
            SmtpFailure::SenderRefused { detail }
        }
        Some(_)
            if error.is_permanent()
                && (lower.contains("recipient") || lower.contains("mailbox")) =>
        {
            SmtpFailure::RecipientRefused { detail }
        }
        _ if error.is_permanent() => SmtpFailure::Permanent { detail },
        _ => SmtpFailure::Temporary { detail },
    }
}
