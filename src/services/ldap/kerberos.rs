//! Single sign-on: binding with the Kerberos ticket the person already has
//! (SASL GSSAPI; MIT/Heimdal krb5 on Unix, SSPI on Windows), as ADUC and
//! Directory Studio's "use native TGT" do: inside the verified TLS
//! connection where the store has TLS (ldap3 binds and sends the channel
//! binding token), otherwise with Kerberos's own sealing over plain LDAP
//! (`sealed`) — never a bind with neither.

mod sealed;
mod session;

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
    /// The store connects without TLS, and the server offers no Kerberos
    /// encryption (sealing) for the connection either.
    NoSealing { server: String },
    /// The server refuses GSSAPI inside TLS (Samba's default), in its words.
    NotInsideTls { server: String, reason: String },
    /// After a reconnect the ticket is someone else's (`kinit` as another
    /// person meanwhile): nothing is done as them under this sign-in.
    OtherPerson { now: String },
    /// The ticket is from another realm than the store's, and the directory
    /// cannot say who it is (no Who am I?): not taken for anyone here.
    OtherRealm { principal: String, realm: String },
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
            Self::NoSealing { server } => fl!("kerberos-no-sealing", server = server.as_str()),
            Self::OtherPerson { now } => fl!("kerberos-other-person", now = now.as_str()),
            Self::OtherRealm { principal, realm } => fl!(
                "kerberos-other-realm",
                principal = principal.as_str(),
                realm = realm.as_str()
            ),
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
    } else if lower.contains("expired") && !lower.contains("password") {
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
    use std::time::Duration;
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

/// Gets the service ticket for `ldap/<host>` into the credential cache off
/// the async threads: talking to the KDC blocks (ldap3's bind would do it
/// inside the runtime, where no timeout can stop a KDC that does not
/// answer), and the bind then finds the ticket cached.
async fn service_ticket(host: &str) -> Result<(), KerberosProblem> {
    let spn = format!("ldap/{host}");
    let target = spn.clone();
    let asked = tokio::task::spawn_blocking(move || {
        cross_krb5::ClientCtx::new(cross_krb5::InitiateFlags::empty(), None, &target, None)
            .map(drop)
            .map_err(|e| format!("{e:#}"))
    });
    match tokio::time::timeout(OPERATION_TIMEOUT, asked).await {
        Ok(Ok(Ok(()))) => Ok(()),
        Ok(Ok(Err(text))) => Err(problem_from(&text, &spn)),
        Ok(Err(join)) => Err(KerberosProblem::Other(join.to_string())),
        Err(_) => Err(KerberosProblem::Other(fl!("kerberos-kdc-timeout"))),
    }
}

/// Who the directory says this connection is (RFC 4532 Who am I?): `dn:…`
/// or `u:DOMAIN\user` — the person the ticket really is, whatever name the
/// credential cache showed before.
pub(super) async fn who_am_i(ldap: &mut Ldap, server: &Server) -> Result<String, LdapFailure> {
    let ldap3::result::ExopResult(exop, result) = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .extended(ldap3::exop::WhoAmI)
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
    if result.rc != 0 {
        return Err(LdapFailure::from_result(&result, server));
    }
    // Read as text without trusting it to be UTF-8 (ldap3's own parser
    // panics on anything else).
    Ok(String::from_utf8_lossy(&exop.val.unwrap_or_default()).into_owned())
}

/// What a Who am I? answer names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    Dn(String),
    /// `u:DOMAIN\user` or `u:user`: the login, without the domain.
    Login(String),
    Unknown,
}

pub fn identity(authzid: &str) -> Identity {
    if let Some(dn) = authzid.strip_prefix("dn:").filter(|d| !d.is_empty()) {
        return Identity::Dn(dn.to_owned());
    }
    match authzid.strip_prefix("u:") {
        Some(user) if !user.is_empty() => {
            let login = user.rsplit_once('\\').map_or(user, |(_, login)| login);
            Identity::Login(login.to_owned())
        }
        _ => Identity::Unknown,
    }
}

/// The login part of a principal: `alice` of `alice@EXAMPLE.TEST`.
pub fn login_of(principal: &str) -> &str {
    principal
        .rsplit_once('@')
        .map_or(principal, |(user, _)| user)
}

/// Connects to `server` and binds with the person's ticket: inside the
/// store's TLS, or — a store without TLS — sealed by Kerberos.
pub(super) async fn connect_and_bind(
    store: &IdentityStore,
    server: &Server,
) -> Result<Ldap, LdapFailure> {
    service_ticket(&server.host)
        .await
        .map_err(LdapFailure::Kerberos)?;
    if store.security == Security::None {
        return sealed::connect_sealed(server).await;
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
        // Never "wrong password" (49): no password was given. AD answers 49
        // too when it enforces channel binding and got no token.
        Ok(result) => Err(LdapFailure::Kerberos(KerberosProblem::Other(format!(
            "{server}: {} {}",
            result.rc,
            result.text.trim()
        )))),
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
            (
                "Password has expired",
                KerberosProblem::Other("Password has expired".into()),
            ),
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

    #[test]
    fn who_am_i_answers_name_the_entry_to_read() {
        assert_eq!(
            identity("dn:uid=alice,ou=people,dc=t"),
            Identity::Dn("uid=alice,ou=people,dc=t".into())
        );
        assert_eq!(
            identity("u:EXAMPLE\\alice"),
            Identity::Login("alice".into())
        );
        assert_eq!(identity("u:alice"), Identity::Login("alice".into()));
        assert_eq!(identity(""), Identity::Unknown);
    }
}
