//! "Test Connection": each server of a store, in priority order — connect
//! with the chosen security, bind as the service account, read the root DSE,
//! check the base DN — and one Healthy/Errors verdict with the reason.

use ldap3::{Ldap, Scope, SearchEntry};

use super::connect::{LdapFailure, OPERATION_TIMEOUT, connect};
use crate::domain::{ConnectionCheck, Health, IdentityStore, Server};
use crate::fl;

/// What a server says about itself in its root DSE.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RootDse {
    pub naming_contexts: Vec<String>,
    pub vendor: Option<String>,
    pub supported_controls: Vec<String>,
    pub supported_extensions: Vec<String>,
}

impl RootDse {
    /// The LDAP Assertion control (RFC 4528).
    pub const ASSERTION_CONTROL: &'static str = "1.3.6.1.1.12";
    /// Simple paged results (RFC 2696).
    pub const PAGED_RESULTS_CONTROL: &'static str = "1.2.840.113556.1.4.319";

    pub fn supports_control(&self, oid: &str) -> bool {
        self.supported_controls.iter().any(|c| c == oid)
    }
}

/// The outcome for each server, in priority order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionReport {
    pub servers: Vec<(Server, Result<RootDse, LdapFailure>)>,
}

impl ConnectionReport {
    /// One server's failure, naming the server once.
    pub fn describe(server: &Server, failure: &LdapFailure) -> String {
        let server = server.to_string();
        let reason = failure.to_string();
        if reason.contains(&server) {
            reason
        } else {
            fl!("connection-server-failed", server = server, reason = reason)
        }
    }

    /// Healthy when every server passed; otherwise Errors with the first
    /// failure, naming its server.
    pub fn check(&self, at: jiff::Timestamp) -> ConnectionCheck {
        let failure = self.servers.iter().find_map(|(server, result)| {
            result
                .as_ref()
                .err()
                .map(|failure| Self::describe(server, failure))
        });
        ConnectionCheck {
            at,
            health: if failure.is_none() && !self.servers.is_empty() {
                Health::Healthy
            } else {
                Health::Errors
            },
            reason: failure,
        }
    }
}

pub(super) async fn read_root_dse(
    ldap: &mut Ldap,
    server: &Server,
) -> Result<RootDse, LdapFailure> {
    let attrs = vec![
        "namingContexts",
        "vendorName",
        "vendorVersion",
        "supportedControl",
        "supportedExtension",
    ];
    let ldap3::SearchResult(entries, result) = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .search("", Scope::Base, "(objectClass=*)", attrs)
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
    if result.rc != 0 {
        return Err(LdapFailure::from_result(&result, server));
    }
    let mut attrs = entries
        .into_iter()
        .next()
        .map(|e| SearchEntry::construct(e).attrs)
        .unwrap_or_default();
    let mut take = |name: &str| attrs.remove(name).unwrap_or_default();
    let vendor = [take("vendorName"), take("vendorVersion")]
        .concat()
        .join(" ");
    Ok(RootDse {
        naming_contexts: take("namingContexts"),
        vendor: (!vendor.is_empty()).then_some(vendor),
        supported_controls: take("supportedControl"),
        supported_extensions: take("supportedExtension"),
    })
}

async fn test_server(
    store: &IdentityStore,
    server: &Server,
    service_password: Option<&str>,
) -> Result<RootDse, LdapFailure> {
    let mut ldap = connect(server, store.security, store.ca_file.as_deref()).await?;
    let anonymous = store.service_account.is_none();
    if let Some(account) = &store.service_account {
        // An empty password would be an unauthenticated bind, which servers
        // accept as anonymous: never send one.
        let password = service_password
            .filter(|p| !p.is_empty())
            .ok_or(LdapFailure::NoServicePassword)?;
        let result = ldap
            .with_timeout(OPERATION_TIMEOUT)
            .simple_bind(account, password)
            .await
            .map_err(|e| LdapFailure::from_operation(e, server))?;
        if result.rc != 0 {
            return Err(LdapFailure::from_result(&result, server));
        }
    }
    let root_dse = read_root_dse(&mut ldap, server).await?;
    let ldap3::SearchResult(_, result) = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .search(&store.base_dn, Scope::Base, "(objectClass=*)", vec!["1.1"])
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
    match result.rc {
        0 => {}
        32 => {
            return Err(LdapFailure::BaseDnNotFound {
                base_dn: store.base_dn.clone(),
                anonymous,
            });
        }
        _ => return Err(LdapFailure::from_result(&result, server)),
    }
    let _ = ldap.unbind().await;
    Ok(root_dse)
}

/// Tests every server of `store` in priority order.
pub async fn test_connection(
    store: &IdentityStore,
    service_password: Option<&str>,
) -> ConnectionReport {
    let mut servers = Vec::with_capacity(store.servers.len());
    for server in &store.servers {
        let result = test_server(store, server, service_password).await;
        servers.push((server.clone(), result));
    }
    ConnectionReport { servers }
}
