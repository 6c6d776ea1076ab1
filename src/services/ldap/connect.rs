//! Opening a connection to one directory server, and turning what can go
//! wrong into [`LdapFailure`]s that say what to do.

use std::path::Path;
use std::time::Duration;

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, LdapError, LdapResult};

use crate::domain::{Security, Server};
use crate::fl;
use crate::services::tls::{self, CertificateProblem, RefusedCertificate, TlsError};

/// How long connecting (TCP, TLS, StartTLS) may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(8);
/// How long one operation (bind, search) may take.
pub const OPERATION_TIMEOUT: Duration = Duration::from_secs(15);

/// What went wrong talking to a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LdapFailure {
    CaFile(TlsError),
    Refused {
        server: String,
    },
    Unreachable {
        server: String,
        reason: String,
    },
    Timeout {
        server: String,
    },
    Certificate {
        server: String,
        certificate: RefusedCertificate,
    },
    Tls {
        server: String,
        reason: String,
    },
    WrongCredentials,
    AccountLocked,
    AccountDisabled,
    PasswordExpired,
    /// A service account is set but no password for it is in the keychain.
    NoServicePassword,
    /// The bind succeeded, but the directory lets this account read neither
    /// its own entry nor (without a service account) anyone's.
    OwnEntryUnreadable {
        dn: String,
    },
    TlsRequired {
        server: String,
    },
    BaseDnNotFound {
        base_dn: String,
        anonymous: bool,
    },
    /// The server answered with an error code of its own.
    Server {
        code: u32,
        text: String,
    },
    NoSuchObject {
        dn: String,
    },
    /// The connection broke during an operation.
    Disconnected {
        reason: String,
    },
    /// The server sent something that is not a well-formed LDAP answer.
    Malformed {
        server: String,
    },
    /// The server pointed elsewhere (a referral); dirdesk talks only to the
    /// identity store's own servers, so it was not followed.
    Referral {
        to: String,
    },
    /// The server kept sending results past the limit.
    TooManyResults {
        limit: usize,
    },
    /// Signing in with Kerberos did not work.
    Kerberos(super::kerberos::KerberosProblem),
}

impl std::fmt::Display for LdapFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::CaFile(error) => error.to_string(),
            Self::Refused { server } => fl!("ldap-refused", server = server),
            Self::Unreachable { server, reason } => {
                fl!("ldap-unreachable", server = server, reason = reason)
            }
            Self::Timeout { server } => fl!("ldap-timeout", server = server),
            Self::Certificate {
                server,
                certificate: c,
            } => {
                let names = c.names.join(", ");
                match &c.problem {
                    CertificateProblem::NotTrusted => fl!(
                        "ldap-cert-not-trusted",
                        server = server,
                        subject = c.subject.as_str(),
                        issuer = c.issuer.as_str()
                    ),
                    CertificateProblem::WrongName => fl!(
                        "ldap-cert-wrong-name",
                        server = server,
                        subject = c.subject.as_str(),
                        names = names
                    ),
                    CertificateProblem::Expired => fl!(
                        "ldap-cert-expired",
                        server = server,
                        subject = c.subject.as_str()
                    ),
                    CertificateProblem::Other(reason) => fl!(
                        "ldap-cert-other",
                        server = server,
                        subject = c.subject.as_str(),
                        reason = reason
                    ),
                }
            }
            Self::Tls { server, reason } => fl!("ldap-tls", server = server, reason = reason),
            Self::WrongCredentials => fl!("ldap-wrong-credentials"),
            Self::AccountLocked => fl!("ldap-account-locked"),
            Self::AccountDisabled => fl!("ldap-account-disabled"),
            Self::PasswordExpired => fl!("ldap-password-expired"),
            Self::NoServicePassword => fl!("ldap-no-service-password"),
            Self::OwnEntryUnreadable { dn } => fl!("ldap-own-entry-unreadable", dn = dn.as_str()),
            Self::TlsRequired { server } => fl!("ldap-tls-required", server = server),
            Self::BaseDnNotFound { base_dn, anonymous } => {
                if *anonymous {
                    fl!("ldap-base-dn-not-found-anonymous", base_dn = base_dn)
                } else {
                    fl!("ldap-base-dn-not-found", base_dn = base_dn)
                }
            }
            Self::Server { code, text } => fl!("ldap-server-error", code = code, text = text),
            Self::NoSuchObject { dn } => fl!("ldap-no-such-object", dn = dn),
            Self::Disconnected { reason } => fl!("ldap-disconnected", reason = reason),
            Self::Malformed { server } => fl!("ldap-malformed", server = server),
            Self::Referral { to } => fl!("ldap-referral", to = to),
            Self::TooManyResults { limit } => fl!("ldap-too-many-results", limit = limit),
            Self::Kerberos(problem) => problem.to_string(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LdapFailure {}

impl LdapFailure {
    pub fn malformed(server: &Server) -> LdapFailure {
        LdapFailure::Malformed {
            server: server.to_string(),
        }
    }

    /// Maps an operation's result code (bind, search) to a failure.
    pub fn from_result(result: &LdapResult, server: &Server) -> LdapFailure {
        match result.rc {
            49 => LdapFailure::WrongCredentials,
            // confidentialityRequired, strongerAuthRequired
            13 | 8 => LdapFailure::TlsRequired {
                server: server.to_string(),
            },
            10 => LdapFailure::Referral {
                to: result.refs.join(", "),
            },
            code => LdapFailure::Server {
                code,
                text: result.text.clone(),
            },
        }
    }

    /// Maps a failed bind. Active Directory explains refusals with a code in
    /// the text ("data 775"); the others say less.
    pub fn from_bind_result(result: &LdapResult, server: &Server) -> LdapFailure {
        let text = result.text.to_lowercase();
        if result.rc == 49 {
            if text.contains("data 775") || text.contains("locked") {
                return LdapFailure::AccountLocked;
            }
            if text.contains("data 533") || text.contains("disabled") {
                return LdapFailure::AccountDisabled;
            }
            if text.contains("data 532") || text.contains("data 773") || text.contains("expired") {
                return LdapFailure::PasswordExpired;
            }
        }
        LdapFailure::from_result(result, server)
    }

    /// Maps an error from an operation on an open connection.
    pub fn from_operation(error: LdapError, server: &Server) -> LdapFailure {
        match error {
            LdapError::LdapResult { result } => LdapFailure::from_result(&result, server),
            LdapError::Timeout { .. } => LdapFailure::Timeout {
                server: server.to_string(),
            },
            other => LdapFailure::Disconnected {
                reason: other.to_string(),
            },
        }
    }
}

fn connect_failure(
    error: LdapError,
    server: &Server,
    refused: Option<RefusedCertificate>,
) -> LdapFailure {
    let name = server.to_string();
    if let Some(certificate) = refused {
        return LdapFailure::Certificate {
            server: name,
            certificate,
        };
    }
    match error {
        LdapError::Timeout { .. } => LdapFailure::Timeout { server: name },
        LdapError::Io { source } => match source.kind() {
            std::io::ErrorKind::ConnectionRefused => LdapFailure::Refused { server: name },
            std::io::ErrorKind::TimedOut => LdapFailure::Timeout { server: name },
            std::io::ErrorKind::InvalidData => LdapFailure::Tls {
                server: name,
                reason: source.to_string(),
            },
            _ => LdapFailure::Unreachable {
                server: name,
                reason: source.to_string(),
            },
        },
        LdapError::Rustls { source } => LdapFailure::Tls {
            server: name,
            reason: source.to_string(),
        },
        // StartTLS refused by the server, for instance.
        LdapError::LdapResult { result } => LdapFailure::Tls {
            server: name,
            reason: format!("{} ({})", result.text, result.rc),
        },
        other => LdapFailure::Unreachable {
            server: name,
            reason: other.to_string(),
        },
    }
}

/// Connects to one server with the given security, verifying its
/// certificate against the OS trust store plus `ca_file`.
pub async fn connect(
    server: &Server,
    security: Security,
    ca_file: Option<&Path>,
) -> Result<Ldap, LdapFailure> {
    let (config, refusal) = tls::client_config_recording(ca_file).map_err(LdapFailure::CaFile)?;
    let settings = LdapConnSettings::new()
        .set_conn_timeout(CONNECT_TIMEOUT)
        .set_starttls(security == Security::StartTls)
        .set_config(config);
    let url = server.url(security);
    let attempt = tokio::time::timeout(
        CONNECT_TIMEOUT,
        LdapConnAsync::with_settings(settings, &url),
    )
    .await;
    let refused = || refusal.lock().ok().and_then(|mut slot| slot.take());
    match attempt {
        Err(_) => Err(LdapFailure::Timeout {
            server: server.to_string(),
        }),
        Ok(Err(error)) => Err(connect_failure(error, server, refused())),
        Ok(Ok((conn, ldap))) => {
            let name = server.to_string();
            tokio::spawn(async move {
                if let Err(error) = conn.drive().await {
                    tracing::debug!(server = %name, %error, "LDAP connection ended");
                }
            });
            Ok(ldap)
        }
    }
}
