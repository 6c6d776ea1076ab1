//! An identity store: a directory dirdesk connects to, how to reach it, and
//! what the last connection check found.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::notification_settings::NotificationSettings;
use super::published_settings::PublishedSettings;
use crate::fl;

/// A store's stable id: names its keychain entries, never shown to users.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoreId(pub String);

impl std::fmt::Display for StoreId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The kind of directory ("Store Type").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoreType {
    #[default]
    ActiveDirectory,
    GenericLdap,
}

impl StoreType {
    pub const ALL: [StoreType; 2] = [StoreType::ActiveDirectory, StoreType::GenericLdap];

    /// The provider's name as screens and the command line show it.
    pub fn label(self) -> String {
        match self {
            StoreType::ActiveDirectory => fl!("store-type-ad"),
            StoreType::GenericLdap => fl!("store-type-ldap"),
        }
    }

    /// The login attribute a new store of this type starts with.
    pub fn default_login_attribute(self) -> &'static str {
        match self {
            StoreType::ActiveDirectory => "sAMAccountName",
            StoreType::GenericLdap => "uid",
        }
    }
}

/// How the connection to the directory is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Security {
    /// TLS from the first byte (usually port 636).
    #[default]
    Ldaps,
    /// Plain LDAP upgraded with StartTLS before anything else (port 389).
    #[serde(rename = "starttls")]
    StartTls,
    /// No encryption: passwords cross the network readable. Shown as insecure.
    None,
}

impl Security {
    pub const ALL: [Security; 3] = [Security::Ldaps, Security::StartTls, Security::None];

    pub fn default_port(self) -> u16 {
        match self {
            Security::Ldaps => 636,
            Security::StartTls | Security::None => 389,
        }
    }

    pub fn label(self) -> String {
        match self {
            Security::Ldaps => fl!("security-ldaps"),
            Security::StartTls => fl!("security-starttls"),
            Security::None => fl!("security-none"),
        }
    }

    pub fn is_insecure(self) -> bool {
        self == Security::None
    }
}

/// One directory server ("Domain Name or Hostname" and "Port").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Server {
    pub host: String,
    pub port: u16,
}

impl Server {
    /// Parses `HOST`, `HOST:PORT` or `[IPv6]:PORT`; without a port, uses
    /// `default_port`.
    pub fn parse(text: &str, default_port: u16) -> Option<Server> {
        let text = text.trim();
        let (host, port) = if let Some(rest) = text.strip_prefix('[') {
            let (host, after) = rest.split_once(']')?;
            let port = match after.strip_prefix(':') {
                Some(p) => p.parse().ok()?,
                None if after.is_empty() => default_port,
                None => return None,
            };
            (host, port)
        } else if text.matches(':').count() == 1 {
            let (host, port) = text.split_once(':')?;
            (host, port.parse().ok()?)
        } else {
            (text, default_port)
        };
        Some(Server {
            host: host.to_owned(),
            port,
        })
    }

    /// The URL ldap3 connects to for this server and security.
    pub fn url(&self, security: Security) -> String {
        let scheme = if security == Security::Ldaps {
            "ldaps"
        } else {
            "ldap"
        };
        if self.host.contains(':') {
            format!("{scheme}://[{}]:{}", self.host, self.port)
        } else {
            format!("{scheme}://{}:{}", self.host, self.port)
        }
    }
}

impl std::fmt::Display for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// The outcome of the last connection check, as the store's card shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Health {
    Healthy,
    Errors,
}

/// When the store was last checked and what was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionCheck {
    pub at: jiff::Timestamp,
    pub health: Health,
    /// Why the check found errors, in words a person can act on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A directory dirdesk connects to, and its notification settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityStore {
    pub id: StoreId,
    pub name: String,
    #[serde(rename = "type")]
    pub store_type: StoreType,
    /// In priority order: the first that answers is used.
    pub servers: Vec<Server>,
    pub security: Security,
    /// CA certificate file for servers signed by a private CA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    pub base_dn: String,
    /// Attribute that holds the user name people sign in with.
    pub login_attribute: String,
    /// Generic LDAP: the DN people sign in as, `{user}` standing for the
    /// login typed (`uid={user},ou=people,dc=example,dc=test`), so that a desk
    /// needs neither a service account nor an anonymous search to find them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_dn_template: Option<String>,
    /// DN or UPN; its password lives in the keychain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<String>,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_check: Option<ConnectionCheck>,
    #[serde(default)]
    pub notifications: NotificationSettings,
    /// The shared settings this desk follows, when the store is published
    /// in the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Following>,
    /// The organisation's shared History and queue (PostgreSQL); without
    /// one, this desk's own SQLite file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<crate::domain::shared_database::SharedDatabase>,
    /// The machine-wide configuration file that adds this store for every
    /// user of the computer: shown to all, removable by none. Decided when
    /// the files are read, never saved.
    #[serde(skip)]
    pub managed: Option<PathBuf>,
}

/// A published store as this desk follows it: where the entry is, and a
/// dated copy of what was last read there, shown while offline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Following {
    /// The entry's DN.
    pub location: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<PublishedSettings>,
    /// When this desk last read the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_at: Option<jiff::Timestamp>,
}

fn enabled_by_default() -> bool {
    true
}

impl IdentityStore {
    /// A new, enabled store with the given id and name and the defaults of
    /// its type.
    pub fn new(id: StoreId, name: impl Into<String>, store_type: StoreType) -> Self {
        Self {
            id,
            name: name.into(),
            store_type,
            servers: Vec::new(),
            security: Security::default(),
            ca_file: None,
            base_dn: String::new(),
            login_attribute: store_type.default_login_attribute().to_owned(),
            login_dn_template: None,
            service_account: None,
            enabled: true,
            last_check: None,
            notifications: NotificationSettings::default(),
            published: None,
            database: None,
            managed: None,
        }
    }

    /// The store as every desk following it names it in a shared
    /// database: its published entry's DN, or (a store each desk added by
    /// hand) its base DN. A desk's own `id` is random and its own.
    pub fn shared_key(&self) -> String {
        match &self.published {
            Some(following) => format!("published:{}", crate::domain::dn::key(&following.location)),
            None => format!("directory:{}", crate::domain::dn::key(&self.base_dn)),
        }
    }

    /// Whether `other` connects the same way: what a published store shares
    /// besides its Notifications page.
    pub fn same_connection(&self, other: &IdentityStore) -> bool {
        self.store_type == other.store_type
            && self.servers == other.servers
            && self.security == other.security
            && self.ca_file == other.ca_file
            && self.base_dn == other.base_dn
            && self.login_attribute == other.login_attribute
            && self.login_dn_template == other.login_dn_template
            && self.database == other.database
    }

    /// Where this store's shared settings are published unless the admin
    /// chose another place: `cn=dirdesk` right under the base DN.
    pub fn default_published_location(&self) -> String {
        let rdn = match self.store_type {
            StoreType::ActiveDirectory => "CN=dirdesk",
            StoreType::GenericLdap => "cn=dirdesk",
        };
        format!("{rdn},{}", self.base_dn.trim())
    }

    /// Whether `name` is this store's name, as people compare names.
    pub fn is_named(&self, name: &str) -> bool {
        self.name.trim().to_lowercase() == name.trim().to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn servers_parse_with_and_without_ports() {
        let s = |t| Server::parse(t, 636);
        assert_eq!(
            s("dc1.example.test"),
            Some(Server {
                host: "dc1.example.test".into(),
                port: 636
            })
        );
        assert_eq!(
            s("127.0.0.1:3389"),
            Some(Server {
                host: "127.0.0.1".into(),
                port: 3389
            })
        );
        assert_eq!(
            s("[::1]:3636"),
            Some(Server {
                host: "::1".into(),
                port: 3636
            })
        );
        assert_eq!(
            s("[::1]"),
            Some(Server {
                host: "::1".into(),
                port: 636
            })
        );
        assert_eq!(
            s("::1"),
            Some(Server {
                host: "::1".into(),
                port: 636
            })
        );
        assert_eq!(s("host:notaport"), None);
        assert_eq!(s("host:70000"), None);
    }

    #[test]
    fn urls_follow_the_security_choice() {
        let v6 = Server {
            host: "::1".into(),
            port: 3636,
        };
        assert_eq!(v6.url(Security::Ldaps), "ldaps://[::1]:3636");
        let v4 = Server {
            host: "127.0.0.1".into(),
            port: 389,
        };
        assert_eq!(v4.url(Security::StartTls), "ldap://127.0.0.1:389");
        assert_eq!(v4.to_string(), "127.0.0.1:389");
    }

    #[test]
    fn names_compare_without_case() {
        let store = IdentityStore::new(
            StoreId("store-1".into()),
            "Corp Directory",
            StoreType::ActiveDirectory,
        );
        assert!(store.is_named(" corp directory "));
        assert!(!store.is_named("corp"));
        assert_eq!(store.login_attribute, "sAMAccountName");
    }
}
