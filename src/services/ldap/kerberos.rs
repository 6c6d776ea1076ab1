//! Single sign-on: binding with the Kerberos ticket the person already has
//! (SASL GSSAPI; MIT/Heimdal krb5 on Unix, SSPI on Windows, through ldap3),
//! as ADUC and Directory Studio's "use native TGT" do — always inside the
//! verified TLS connection (ldap3 sends the channel binding token). Never
//! over plain LDAP with Kerberos's own sealing instead: ldap3 0.12.1's SASL
//! decoder loses LDAP messages when the server packs several into one
//! sealed buffer or splits one across buffers (seen against Samba: a
//! 5,000-entry search and a 5,000-member group never finished), so a server
//! that refuses GSSAPI inside TLS is named, with its setting.

use std::time::Duration;

use ldap3::{Ldap, LdapError};

use super::connect::{LdapFailure, OPERATION_TIMEOUT, connect};
use crate::domain::{IdentityStore, Security, Server};
use crate::fl;

/// Why Kerberos could not sign the person in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KerberosProblem {
    /// No ticket in the credential cache (nobody ran kinit, or not on a
    /// domain-joined computer).
    NoTicket,
    /// The ticket in the cache has expired.
    Expired,
    /// This computer's clock and the domain controller's differ too much.
    ClockSkew,
    /// The directory has no service principal for the name connected to.
    NoServicePrincipal { spn: String },
    /// The store connects without TLS, and Kerberos goes only inside it.
    NeedsTls,
    /// The server refuses GSSAPI inside TLS (Samba's default), in its words.
    NotInsideTls { server: String, reason: String },
    /// Anything else, in GSSAPI's words.
    Other(String),
}

impl std::fmt::Display for KerberosProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::NoTicket => fl!("kerberos-no-ticket"),
            Self::Expired => fl!("kerberos-expired"),
            Self::ClockSkew => fl!("kerberos-clock-skew"),
            Self::NoServicePrincipal { spn } => fl!("kerberos-no-spn", spn = spn.as_str()),
            Self::NeedsTls => fl!("kerberos-needs-tls"),
            Self::NotInsideTls { server, reason } => fl!(
                "kerberos-not-inside-tls",
                server = server.as_str(),
                reason = reason.as_str()
            ),
            Self::Other(text) => fl!("kerberos-other", reason = text.as_str()),
        })
    }
}

/// What GSSAPI's message (MIT and Heimdal spell them alike) says went wrong.
pub fn problem_from(text: &str, spn: &str) -> KerberosProblem {
    let lower = text.to_lowercase();
    if lower.contains("no kerberos credentials")
        || lower.contains("no credentials cache")
        || lower.contains("credentials cache file")
        || lower.contains("no credentials were supplied")
    {
        KerberosProblem::NoTicket
    } else if lower.contains("expired") {
        KerberosProblem::Expired
    } else if lower.contains("clock skew") {
        KerberosProblem::ClockSkew
    } else if lower.contains("not found in kerberos database")
        || lower.contains("server not found")
        || lower.contains("unknown server")
    {
        KerberosProblem::NoServicePrincipal {
            spn: spn.to_owned(),
        }
    } else {
        KerberosProblem::Other(text.trim().to_owned())
    }
}

/// The person the ticket in the default credential cache is for
/// (`alice@EXAMPLE.TEST`), or why there is none that can be used.
#[cfg(unix)]
pub fn current_principal() -> Result<String, KerberosProblem> {
    use libgssapi::credential::{Cred, CredUsage};
    use libgssapi::oid::{GSS_MECH_KRB5, OidSet};
    let problem = |e: libgssapi::error::Error| problem_from(&e.to_string(), "");
    let mut mechs = OidSet::new().map_err(problem)?;
    mechs.add(&GSS_MECH_KRB5).map_err(problem)?;
    let cred = Cred::acquire(None, None, CredUsage::Initiate, Some(&mechs)).map_err(problem)?;
    if cred.lifetime().map_err(problem)? == Duration::ZERO {
        return Err(KerberosProblem::Expired);
    }
    let name = cred.name().map_err(problem)?;
    Ok(name.to_string())
}

/// Windows: SSPI signs in as the logged-on user; ldap3 asks for it there.
#[cfg(not(unix))]
pub fn current_principal() -> Result<String, KerberosProblem> {
    match (std::env::var("USERNAME"), std::env::var("USERDNSDOMAIN")) {
        (Ok(user), Ok(domain)) => Ok(format!("{user}@{domain}")),
        _ => Err(KerberosProblem::NoTicket),
    }
}

/// The login part of a principal: `alice` of `alice@EXAMPLE.TEST`.
pub fn login_of(principal: &str) -> &str {
    principal
        .rsplit_once('@')
        .map_or(principal, |(user, _)| user)
}

/// Connects to `server` over the store's TLS and binds with the person's
/// ticket inside it.
pub(super) async fn connect_and_bind(
    store: &IdentityStore,
    server: &Server,
) -> Result<Ldap, LdapFailure> {
    if store.security == Security::None {
        return Err(LdapFailure::Kerberos(KerberosProblem::NeedsTls));
    }
    let mut ldap = connect(server, store.security, store.ca_file.as_deref()).await?;
    bind(&mut ldap, server).await?;
    Ok(ldap)
}

/// The GSSAPI bind for the service principal `ldap/<host>`.
async fn bind(ldap: &mut Ldap, server: &Server) -> Result<(), LdapFailure> {
    let spn = format!("ldap/{}", server.host);
    let result = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .sasl_gssapi_bind(&server.host)
        .await;
    match result {
        Ok(result) if result.rc == 0 => Ok(()),
        // strongerAuthRequired: "Sign or Seal are required" (Samba).
        Ok(result) if result.rc == 8 => Err(LdapFailure::Kerberos(KerberosProblem::NotInsideTls {
            server: server.to_string(),
            reason: result.text.trim().to_owned(),
        })),
        Ok(result) => Err(LdapFailure::from_result(&result, server)),
        Err(LdapError::GssapiOperationError(text)) => {
            Err(LdapFailure::Kerberos(problem_from(&text, &spn)))
        }
        Err(error) => Err(LdapFailure::from_operation(error, server)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gssapi_messages_become_problems_a_person_can_act_on() {
        let spn = "ldap/dc1.example.test";
        let cases = [
            (
                "No Kerberos credentials available (default cache: FILE:/tmp/x)",
                KerberosProblem::NoTicket,
            ),
            ("Ticket expired", KerberosProblem::Expired),
            ("Clock skew too great", KerberosProblem::ClockSkew),
            (
                "Server ldap/localhost@EXAMPLE.TEST not found in Kerberos database",
                KerberosProblem::NoServicePrincipal { spn: spn.into() },
            ),
        ];
        for (text, problem) in cases {
            assert_eq!(problem_from(text, spn), problem, "{text}");
        }
        assert_eq!(
            problem_from(" something new ", spn),
            KerberosProblem::Other("something new".into())
        );
        assert!(
            KerberosProblem::ClockSkew.to_string().contains("clock"),
            "{}",
            KerberosProblem::ClockSkew
        );
    }

    #[test]
    fn the_login_is_the_principal_without_its_realm() {
        assert_eq!(login_of("alice@EXAMPLE.TEST"), "alice");
        assert_eq!(login_of("alice"), "alice");
    }
}
