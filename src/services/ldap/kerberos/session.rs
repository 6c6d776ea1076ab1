//! A session signed in with Kerberos: the person is who the directory says
//! the connection is (Who am I?) — or, where it has no answer (Samba does
//! not offer the operation), the ticket's principal, taken only from the
//! store's own realm. A ticket from another realm, or `kinit` as someone
//! else mid-session, can never make one person's changes be recorded and
//! mailed as another's.

use ldap3::{Ldap, Scope, SearchEntry};
use secrecy::SecretString;

use super::{Identity, KerberosProblem, connect_and_bind, current_principal, identity, who_am_i};
use crate::domain::{IdentityStore, Server, StoreType, ldap_filter};
use crate::services::ldap::connect::{LdapFailure, OPERATION_TIMEOUT};
use crate::services::ldap::session::{
    USER_ATTRIBUTES, domain_of, find_one, first_answering, user_from,
};
use crate::services::ldap::{Session, SignedInUser};

/// Like `connect_any`, binding with the person's Kerberos ticket.
async fn connect_any(store: &IdentityStore) -> Result<(Ldap, Server), LdapFailure> {
    first_answering(store, |server| connect_and_bind(store, server)).await
}

/// Who this connection is signed in as.
async fn identity_of(
    ldap: &mut Ldap,
    store: &IdentityStore,
    server: &Server,
) -> Result<Identity, LdapFailure> {
    match who_am_i(ldap, server).await {
        Ok(authzid) if identity(&authzid) != Identity::Unknown => Ok(identity(&authzid)),
        // protocolError: no Who am I? here (Samba), or an empty answer.
        Ok(_) | Err(LdapFailure::Server { code: 2, .. }) => {
            let principal = tokio::task::spawn_blocking(current_principal)
                .await
                .map_err(|e| LdapFailure::Kerberos(KerberosProblem::Other(e.to_string())))?
                .map_err(LdapFailure::Kerberos)?;
            let realm = domain_of(&store.base_dn).to_uppercase();
            match principal.rsplit_once('@') {
                Some((login, of)) if of.eq_ignore_ascii_case(&realm) => {
                    Ok(Identity::Login(login.to_owned()))
                }
                _ => Err(LdapFailure::Kerberos(KerberosProblem::OtherRealm {
                    principal,
                    realm,
                })),
            }
        }
        Err(failure) => Err(failure),
    }
}

/// The person's own entry, read as themselves.
async fn own_entry(
    ldap: &mut Ldap,
    store: &IdentityStore,
    who: &Identity,
    principal: &str,
    server: &Server,
) -> Result<SearchEntry, LdapFailure> {
    let unreadable = || LdapFailure::OwnEntryUnreadable {
        dn: principal.to_owned(),
    };
    let login = match who {
        Identity::Dn(dn) => {
            let ldap3::SearchResult(entries, result) = ldap
                .with_timeout(OPERATION_TIMEOUT)
                .search(dn, Scope::Base, "(objectClass=*)", USER_ATTRIBUTES.to_vec())
                .await
                .map_err(|e| LdapFailure::from_operation(e, server))?;
            if result.rc != 0 {
                return Err(unreadable());
            }
            let entry = entries.into_iter().next().map(SearchEntry::construct);
            return entry.ok_or_else(unreadable);
        }
        Identity::Login(login) => login,
        Identity::Unknown => return Err(unreadable()),
    };
    let attribute = match store.store_type {
        StoreType::ActiveDirectory => "sAMAccountName",
        StoreType::GenericLdap => store.login_attribute.as_str(),
    };
    let filter = ldap_filter::equals(attribute, login);
    find_one(
        ldap,
        &store.base_dn,
        &filter,
        USER_ATTRIBUTES.to_vec(),
        server,
    )
    .await?
    .ok_or_else(unreadable)
}

impl Session {
    /// Signs the person in with the Kerberos ticket they already have (on a
    /// domain-joined computer, their Windows sign-in): nobody types a
    /// password, and the directory's ACLs decide as with one.
    pub async fn sign_in_kerberos(store: &IdentityStore) -> Result<Session, LdapFailure> {
        let principal = tokio::task::spawn_blocking(current_principal)
            .await
            .map_err(|e| LdapFailure::Kerberos(KerberosProblem::Other(e.to_string())))?
            .map_err(LdapFailure::Kerberos)?;
        let (mut ldap, server) = connect_any(store).await?;
        let who = identity_of(&mut ldap, store, &server).await?;
        let entry = own_entry(&mut ldap, store, &who, &principal, &server).await?;
        let user: SignedInUser = user_from(entry);
        tracing::info!(%server, ?who, "signed in with Kerberos");
        Ok(Session {
            store: store.clone(),
            user,
            password: SecretString::from(""),
            login: super::login_of(&principal).to_owned(),
            bind_name: principal,
            ldap: Some(ldap),
            server: Some(server),
            root_dse: None,
            schema: None,
            kerberos: Some(who),
            own_guid: None,
        })
    }

    /// Binds again with the ticket after the connection broke — only if it
    /// is still the same person's.
    pub(in crate::services::ldap) async fn reconnect_kerberos(
        &mut self,
    ) -> Result<(Ldap, Server), LdapFailure> {
        let (mut ldap, server) = connect_any(&self.store).await?;
        let now = identity_of(&mut ldap, &self.store, &server).await;
        match now {
            Ok(now) if self.kerberos.as_ref() == Some(&now) => {}
            other => {
                let _ = ldap.unbind().await;
                let now = match other? {
                    Identity::Dn(name) | Identity::Login(name) => name,
                    Identity::Unknown => String::new(),
                };
                return Err(LdapFailure::Kerberos(KerberosProblem::OtherPerson { now }));
            }
        }
        tracing::info!(%server, "reconnected with Kerberos");
        Ok((ldap, server))
    }
}
