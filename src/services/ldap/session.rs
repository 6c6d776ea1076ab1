//! Signing in as the user (never as the service account), and a session
//! that reconnects — with failover over the store's servers — when the
//! connection broke.

use ldap3::{Ldap, Scope, SearchEntry};
use secrecy::{ExposeSecret, SecretString};

use super::connect::{LdapFailure, OPERATION_TIMEOUT, connect};
use super::connection_test::RootDse;
use crate::domain::change::Author;
use crate::domain::ldap_filter;
use crate::domain::schema::Schema;
use crate::domain::{IdentityStore, Server, StoreType};

/// The person who signed in, as the directory knows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SignedInUser {
    pub dn: String,
    pub display_name: String,
    /// `None`: not mail-enabled, so no confirmation emails.
    pub mail: Option<String>,
    pub preferred_language: Option<String>,
    pub manager: Option<String>,
}

impl SignedInUser {
    pub fn author(&self) -> Author {
        Author {
            dn: self.dn.clone(),
            name: self.display_name.clone(),
            mail: self.mail.clone(),
            language: self.preferred_language.clone(),
        }
    }
}

/// A signed-in connection to a store's directory.
pub struct Session {
    pub(super) store: IdentityStore,
    pub(super) user: SignedInUser,
    /// Kept in memory only, to bind again after a reconnect.
    pub(super) password: SecretString,
    /// What the bind is done as: the DN (LDAP) or the UPN / DOMAIN\user
    /// (AD); with Kerberos, the ticket's principal.
    pub(super) bind_name: String,
    /// The login as it was typed.
    pub(super) login: String,
    pub(super) ldap: Option<Ldap>,
    pub(super) server: Option<Server>,
    pub(super) root_dse: Option<RootDse>,
    pub(super) schema: Option<std::sync::Arc<Schema>>,
    /// Signed in with the person's Kerberos ticket (no password known): who
    /// the directory said this connection is (Who am I?), checked again
    /// after every reconnect.
    pub(super) kerberos: Option<super::kerberos::Identity>,
    /// On Active Directory, once read: the user's own entry as
    /// `<GUID=…>`, which modifies of members send in place of their DN
    /// (`own_entry_by_guid`).
    pub(super) own_guid: Option<String>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("store", &self.store.name)
            .field("user", &self.user.dn)
            .field("server", &self.server)
            .finish_non_exhaustive()
    }
}

/// Connects to the first server of `store` that answers, in priority order.
/// When none does, the primary server's failure is returned.
pub(super) async fn connect_any(store: &IdentityStore) -> Result<(Ldap, Server), LdapFailure> {
    first_answering(store, |server| {
        connect(server, store.security, store.ca_file.as_deref())
    })
    .await
}

/// The first server of `store` that `attempt` gets a connection from, in
/// priority order; else the primary server's failure. A Kerberos failure
/// ends the search: the ticket is the same for every server.
pub(super) async fn first_answering<'a, F, Fut>(
    store: &'a IdentityStore,
    mut attempt: F,
) -> Result<(Ldap, Server), LdapFailure>
where
    F: FnMut(&'a Server) -> Fut,
    Fut: std::future::Future<Output = Result<Ldap, LdapFailure>>,
{
    let mut first_failure = None;
    for server in &store.servers {
        match attempt(server).await {
            Ok(ldap) => return Ok((ldap, server.clone())),
            Err(failure @ LdapFailure::Kerberos(_)) => return Err(failure),
            Err(failure) => {
                tracing::info!(%server, %failure, "server unavailable, trying the next");
                first_failure.get_or_insert(failure);
            }
        }
    }
    Err(first_failure.unwrap_or(LdapFailure::Unreachable {
        server: store.name.clone(),
        reason: String::new(),
    }))
}

async fn bind(
    ldap: &mut Ldap,
    name: &str,
    password: &str,
    server: &Server,
) -> Result<(), LdapFailure> {
    // An empty password is an unauthenticated bind, which servers accept as
    // anonymous: it must never count as signing in.
    if password.is_empty() {
        return Err(LdapFailure::WrongCredentials);
    }
    let result = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .simple_bind(name, password)
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
    match result.rc {
        0 => Ok(()),
        _ => Err(LdapFailure::from_bind_result(&result, server)),
    }
}

/// Finds one entry by filter under the base DN; `None` unless exactly one.
pub(super) async fn find_one(
    ldap: &mut Ldap,
    base: &str,
    filter: &str,
    attrs: Vec<&str>,
    server: &Server,
) -> Result<Option<SearchEntry>, LdapFailure> {
    let ldap3::SearchResult(entries, result) = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .search(base, Scope::Subtree, filter, attrs)
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
    if result.rc != 0 && result.rc != 4 {
        return Err(LdapFailure::from_result(&result, server));
    }
    let mut entries = entries
        .into_iter()
        .filter(|e| !e.is_ref())
        .map(SearchEntry::construct);
    match (entries.next(), entries.next()) {
        (Some(entry), None) => Ok(Some(entry)),
        _ => Ok(None),
    }
}

pub(super) const USER_ATTRIBUTES: [&str; 6] = [
    "displayName",
    "cn",
    "mail",
    "preferredLanguage",
    "manager",
    "sAMAccountName",
];

pub(super) fn user_from(entry: SearchEntry) -> SignedInUser {
    let first = |name: &str| entry.attrs.get(name).and_then(|v| v.first()).cloned();
    SignedInUser {
        display_name: first("displayName")
            .or_else(|| first("cn"))
            .or_else(|| first("sAMAccountName"))
            .unwrap_or_else(|| entry.dn.clone()),
        mail: first("mail").filter(|m| !m.trim().is_empty()),
        preferred_language: first("preferredLanguage"),
        manager: first("manager"),
        dn: entry.dn,
    }
}

/// The DNS domain of an AD base DN: `DC=corp,DC=example,DC=test` → `corp.example.test`.
pub(super) fn domain_of(base_dn: &str) -> String {
    crate::domain::dn::parse(base_dn)
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .filter(|ava| ava.attribute.eq_ignore_ascii_case("dc"))
        .map(|ava| ava.value)
        .collect::<Vec<_>>()
        .join(".")
}

/// For AD: the name to bind with and a filter that finds the same account.
fn ad_identity(login: &str, base_dn: &str) -> (String, String) {
    if let Some((_, user)) = login.split_once('\\') {
        (
            login.to_owned(),
            ldap_filter::equals("sAMAccountName", user),
        )
    } else if login.contains('@') {
        (
            login.to_owned(),
            ldap_filter::equals("userPrincipalName", login),
        )
    } else {
        let upn = format!("{login}@{}", domain_of(base_dn));
        (upn, ldap_filter::equals("sAMAccountName", login))
    }
}

impl Session {
    /// Signs `login` in with `password`. On Generic LDAP the user's DN is
    /// looked up by the store's login attribute — as the service account when
    /// one is set (`service_password` from the keychain), else anonymously.
    pub async fn sign_in(
        store: &IdentityStore,
        login: &str,
        password: &str,
        service_password: Option<&str>,
    ) -> Result<Session, LdapFailure> {
        let login = login.trim();
        if login.is_empty() || password.is_empty() {
            return Err(LdapFailure::WrongCredentials);
        }
        let (mut ldap, server) = connect_any(store).await?;
        // Generic LDAP: the person as the service account (or anonymous
        // lookup) finds them, read in the same search.
        let mut looked_up = None;
        let (bind_name, filter) = match store.store_type {
            StoreType::ActiveDirectory => ad_identity(login, &store.base_dn),
            StoreType::GenericLdap if store.login_dn_template.is_some() => {
                // The template names the person: nobody needs to look them up.
                let template = store.login_dn_template.as_deref().unwrap_or_default();
                (
                    crate::domain::dn::from_template(template, login),
                    "(objectClass=*)".to_owned(),
                )
            }
            StoreType::GenericLdap => {
                if let Some(account) = &store.service_account {
                    let service_password =
                        service_password.ok_or(LdapFailure::NoServicePassword)?;
                    bind(&mut ldap, account, service_password, &server).await?;
                }
                let filter = ldap_filter::equals(&store.login_attribute, login);
                let attrs = if store.service_account.is_some() {
                    USER_ATTRIBUTES.to_vec()
                } else {
                    vec!["1.1"]
                };
                let found = find_one(&mut ldap, &store.base_dn, &filter, attrs, &server)
                    .await
                    .map_err(|failure| match failure {
                        LdapFailure::Server { code: 32, .. } => LdapFailure::BaseDnNotFound {
                            base_dn: store.base_dn.clone(),
                            anonymous: store.service_account.is_none(),
                        },
                        other => other,
                    })?;
                // Unknown and ambiguous logins look like a wrong password:
                // never tell which part was wrong.
                let found = found.ok_or(LdapFailure::WrongCredentials)?;
                let dn = found.dn.clone();
                if store.service_account.is_some() {
                    looked_up = Some(found);
                }
                (dn, "(objectClass=*)".to_owned())
            }
        };
        bind(&mut ldap, &bind_name, password, &server).await?;
        let own = match store.store_type {
            StoreType::GenericLdap => {
                let ldap3::SearchResult(entries, result) = ldap
                    .with_timeout(OPERATION_TIMEOUT)
                    .search(&bind_name, Scope::Base, &filter, USER_ATTRIBUTES.to_vec())
                    .await
                    .map_err(|e| LdapFailure::from_operation(e, &server))?;
                // No such object (32) or insufficient access (50) here means
                // the ACLs hide the entry from its own user.
                if !matches!(result.rc, 0 | 32 | 50) {
                    return Err(LdapFailure::from_result(&result, &server));
                }
                entries
                    .into_iter()
                    .next()
                    .map(SearchEntry::construct)
                    .filter(|e| !e.attrs.is_empty())
            }
            StoreType::ActiveDirectory => {
                find_one(
                    &mut ldap,
                    &store.base_dn,
                    &filter,
                    USER_ATTRIBUTES.to_vec(),
                    &server,
                )
                .await?
            }
        };
        // What the user may read of themselves, completed by what the
        // service account read (some directories' ACLs, e.g. 389 Directory
        // Server's samples, hide a person's own entry from them).
        let user = match (own, looked_up) {
            (Some(mut own), Some(service)) => {
                for (name, values) in service.attrs {
                    own.attrs.entry(name).or_insert(values);
                }
                user_from(own)
            }
            (Some(entry), None) | (None, Some(entry)) => user_from(entry),
            (None, None) => match store.store_type {
                StoreType::GenericLdap => {
                    return Err(LdapFailure::OwnEntryUnreadable { dn: bind_name });
                }
                StoreType::ActiveDirectory => return Err(LdapFailure::WrongCredentials),
            },
        };
        Ok(Session {
            store: store.clone(),
            user,
            password: SecretString::from(password),
            bind_name,
            login: login.to_owned(),
            ldap: Some(ldap),
            server: Some(server),
            root_dse: None,
            schema: None,
            kerberos: None,
            own_guid: None,
        })
    }

    /// Whether this session signed in with Kerberos.
    pub fn kerberos(&self) -> bool {
        self.kerberos.is_some()
    }

    /// The name signed in with: the Kerberos principal, or the login typed.
    pub fn signed_in_as(&self) -> &str {
        if self.kerberos.is_some() {
            &self.bind_name
        } else {
            &self.login
        }
    }

    /// Binds as an account named by its DN (or, on AD, its UPN) — the
    /// store's service account when an admin publishes its settings.
    pub async fn bind_as(
        store: &IdentityStore,
        account: &str,
        password: &str,
    ) -> Result<Session, LdapFailure> {
        let (mut ldap, server) = connect_any(store).await?;
        bind(&mut ldap, account, password, &server).await?;
        Ok(Self::as_account(store, account, password, ldap, server))
    }

    /// A connection without signing in, for what a directory shows anyone
    /// (the published settings, where the admin lets everyone read them).
    pub async fn anonymous(store: &IdentityStore) -> Result<Session, LdapFailure> {
        let (ldap, server) = connect_any(store).await?;
        Ok(Self::as_account(store, "", "", ldap, server))
    }

    /// A session as `account` (empty: anonymous), known by its name only.
    fn as_account(
        store: &IdentityStore,
        account: &str,
        password: &str,
        ldap: Ldap,
        server: Server,
    ) -> Session {
        Session {
            store: store.clone(),
            user: SignedInUser {
                dn: account.to_owned(),
                display_name: account.to_owned(),
                mail: None,
                preferred_language: None,
                manager: None,
            },
            password: SecretString::from(password),
            bind_name: account.to_owned(),
            login: account.to_owned(),
            ldap: Some(ldap),
            server: Some(server),
            root_dse: None,
            schema: None,
            kerberos: None,
            own_guid: None,
        }
    }

    /// The SMTP login and password when the mail server is signed in to
    /// with the person's own credentials: the login they typed, or their
    /// mail address.
    pub fn smtp_credentials(
        &self,
        account: crate::domain::SmtpAccount,
    ) -> Option<(String, SecretString)> {
        // A Kerberos sign-in gives dirdesk no password to send with.
        if self.kerberos.is_some() {
            return None;
        }
        let login = match account {
            crate::domain::SmtpAccount::Store => return None,
            crate::domain::SmtpAccount::SignedInUser => self.login.clone(),
            crate::domain::SmtpAccount::SignedInUserMail => self.user.mail.clone()?,
        };
        Some((login, self.password.clone()))
    }

    /// The login and password the shared database is signed in to with:
    /// PostgreSQL checks them against the directory (its `ldap`
    /// authentication), so the role is the login as typed, in lower case
    /// as `dirdesk db sync-roles` creates it. None after a Kerberos sign-in
    /// (no password known).
    pub fn database_credentials(&self) -> Option<(String, SecretString)> {
        self.kerberos
            .is_none()
            .then(|| (self.login.to_lowercase(), self.password.clone()))
    }

    /// Follows settings read in this session (published in the directory):
    /// what is sent from now on uses them. The connection stays as it is.
    pub fn follow(&mut self, store: IdentityStore) {
        self.store = store;
    }

    pub fn user(&self) -> &SignedInUser {
        &self.user
    }

    pub fn store(&self) -> &IdentityStore {
        &self.store
    }

    /// The server in use, once connected.
    pub fn server(&self) -> Option<&Server> {
        self.server.as_ref()
    }

    /// The open connection, reconnecting and binding again if it broke.
    pub(super) async fn connection(&mut self) -> Result<(&mut Ldap, Server), LdapFailure> {
        if self.ldap.is_none() && self.kerberos.is_some() {
            let (ldap, server) = self.reconnect_kerberos().await?;
            self.ldap = Some(ldap);
            self.server = Some(server);
        }
        if self.ldap.is_none() {
            let (mut ldap, server) = connect_any(&self.store).await?;
            bind(
                &mut ldap,
                &self.bind_name,
                self.password.expose_secret(),
                &server,
            )
            .await?;
            tracing::info!(%server, "reconnected");
            self.ldap = Some(ldap);
            self.server = Some(server);
        }
        let server = self.server.clone().unwrap_or_else(|| Server {
            host: String::new(),
            port: 0,
        });
        match self.ldap.as_mut() {
            Some(ldap) => Ok((ldap, server)),
            None => Err(LdapFailure::Disconnected {
                reason: String::new(),
            }),
        }
    }

    /// Notes a failure: after a broken connection the next call reconnects.
    pub(super) fn observe<T>(&mut self, result: Result<T, LdapFailure>) -> Result<T, LdapFailure> {
        if let Err(LdapFailure::Disconnected { .. } | LdapFailure::Timeout { .. }) = &result {
            self.ldap = None;
        }
        result
    }

    /// Ends the session politely.
    pub async fn sign_out(mut self) {
        if let Some(mut ldap) = self.ldap.take() {
            let _ = ldap.unbind().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ad_logins_bind_as_given_or_as_upn() {
        let base = "DC=corp,DC=example,DC=test";
        assert_eq!(
            ad_identity("CORP\\alice", base),
            ("CORP\\alice".into(), "(sAMAccountName=alice)".into())
        );
        assert_eq!(
            ad_identity("alice@corp.example.test", base),
            (
                "alice@corp.example.test".into(),
                "(userPrincipalName=alice@corp.example.test)".into()
            )
        );
        assert_eq!(
            ad_identity("alice", base),
            (
                "alice@corp.example.test".into(),
                "(sAMAccountName=alice)".into()
            )
        );
        assert_eq!(ad_identity("a*", base).1, "(sAMAccountName=a\\2a)");
    }
}
