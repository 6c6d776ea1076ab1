//! The generic LDAP servers the engine and Impact tests run against alike:
//! the test slapd, and 389 Directory Server (the server behind FreeIPA and
//! Red Hat Directory Server) with its stock sample ACIs — both seeded with
//! the same people and groups (tests/fixtures/seed.ldif).

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use dirdesk::domain::{IdentityStore, Security, Server, StoreId, StoreType};
use dirdesk::services::ldap::Session;

use crate::support::{project_root, servers, start_and_read_env, unique};

#[derive(Debug)]
pub struct Directory {
    pub name: &'static str,
    pub host: String,
    pub ldaps_port: u16,
    pub base_dn: String,
    pub service_dn: String,
    pub service_password: String,
    pub ca_file: PathBuf,
}

/// The test slapd (`scripts/test-servers`).
pub fn slapd() -> &'static Directory {
    static SLAPD: OnceLock<Directory> = OnceLock::new();
    SLAPD.get_or_init(|| {
        let s = servers();
        Directory {
            name: "slapd",
            host: "127.0.0.1".into(),
            ldaps_port: s
                .ldaps_url
                .rsplit(':')
                .next()
                .and_then(|p| p.parse().ok())
                .expect("port"),
            base_dn: s.base_dn.clone(),
            service_dn: s.service_dn.clone(),
            service_password: s.service_password.clone(),
            ca_file: s.ca_file.clone(),
        }
    })
}

/// 389 Directory Server (`scripts/389-ds`); the first call starts it. Its
/// certificate names only `localhost`.
pub fn ds389() -> &'static Directory {
    static DS: OnceLock<Directory> = OnceLock::new();
    DS.get_or_init(|| {
        let vars = start_and_read_env(&project_root().join("scripts/389-ds"));
        let var = |k: &str| {
            vars.get(k)
                .cloned()
                .unwrap_or_else(|| panic!("{k} missing"))
        };
        Directory {
            name: "389-ds",
            host: var("DS389_HOST"),
            ldaps_port: var("DS389_LDAPS_PORT").parse().expect("port"),
            base_dn: var("DS389_BASE_DN"),
            service_dn: var("DS389_SERVICE_DN"),
            service_password: var("DS389_SERVICE_PASSWORD"),
            ca_file: PathBuf::from(var("DS389_CA_FILE")),
        }
    })
}

impl Directory {
    pub fn person_dn(&self, uid: &str) -> String {
        format!("uid={uid},ou=people,{}", self.base_dn)
    }

    /// A Generic LDAP store on this server, over verified LDAPS, with the
    /// service account (its password in the keychain is the caller's part).
    pub fn store(&self) -> IdentityStore {
        let mut store = IdentityStore::new(
            StoreId(unique(&format!("store-{}", self.name))),
            self.name,
            StoreType::GenericLdap,
        );
        store.servers = vec![Server {
            host: self.host.clone(),
            port: self.ldaps_port,
        }];
        store.security = Security::Ldaps;
        store.ca_file = Some(self.ca_file.clone());
        store.base_dn = self.base_dn.clone();
        store.service_account = Some(self.service_dn.clone());
        store
    }

    /// `uid` signed in with the seed password ("<uid>-secret").
    pub async fn sign_in(&self, uid: &str) -> Session {
        Session::sign_in(
            &self.store(),
            uid,
            &format!("{uid}-secret"),
            Some(&self.service_password),
        )
        .await
        .unwrap_or_else(|e| panic!("{uid} signs in to {}: {e}", self.name))
    }

    /// A connection bound as the service account, for test data.
    pub async fn service_connection(&self) -> ldap3::Ldap {
        let settings = ldap3::LdapConnSettings::new()
            .set_config(dirdesk::services::tls::client_config(Some(&self.ca_file)).expect("tls"));
        let url = format!("ldaps://{}:{}", self.host, self.ldaps_port);
        let (conn, mut ldap) = ldap3::LdapConnAsync::with_settings(settings, &url)
            .await
            .expect("connect");
        ldap3::drive!(conn);
        ldap.simple_bind(&self.service_dn, &self.service_password)
            .await
            .expect("bind")
            .success()
            .expect("service account bind");
        ldap
    }

    /// A group of the test's own, owned by `owner` (a uid), so parallel
    /// tests never touch each other's groups. Returns its DN.
    pub async fn own_group(&self, owner: &str, members: &[&str]) -> String {
        self.own_group_named(&unique("group"), owner, members).await
    }

    /// Like `own_group`, named `cn`.
    pub async fn own_group_named(&self, cn: &str, owner: &str, members: &[&str]) -> String {
        let dn = format!("cn={cn},ou=groups,{}", self.base_dn);
        let member_dns: Vec<String> = members.iter().map(|m| self.person_dn(m)).collect();
        let owner_dn = self.person_dn(owner);
        let attrs = vec![
            ("objectClass", HashSet::from(["groupOfNames"])),
            ("cn", HashSet::from([cn])),
            ("description", HashSet::from(["First description"])),
            ("owner", HashSet::from([owner_dn.as_str()])),
            ("member", member_dns.iter().map(String::as_str).collect()),
        ];
        self.service_connection()
            .await
            .add(&dn, attrs)
            .await
            .expect("add")
            .success()
            .expect("group added");
        dn
    }

    /// The first `description` of `dn`, read as the service account.
    pub async fn description(&self, dn: &str) -> Option<String> {
        let (entries, _) = self
            .service_connection()
            .await
            .search(
                dn,
                ldap3::Scope::Base,
                "(objectClass=*)",
                vec!["description"],
            )
            .await
            .expect("search")
            .success()
            .expect("found");
        let entry = ldap3::SearchEntry::construct(entries.into_iter().next()?);
        entry.attrs.get("description")?.first().cloned()
    }
}

/// Each named `async fn(&Directory)` as two tests, `NAME::slapd` and
/// `NAME::ds389`.
macro_rules! on_both_directories {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread")]
                async fn slapd() {
                    super::$name(crate::directories::slapd()).await
                }

                #[tokio::test(flavor = "multi_thread")]
                async fn ds389() {
                    super::$name(crate::directories::ds389()).await
                }
            }
        )*
    };
}
pub(crate) use on_both_directories;
