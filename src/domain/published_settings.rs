//! An identity store's shared settings as they are published in the
//! directory, for every desk to follow (issue "one switch for every desk"):
//! what they hold — never a secret —, their text form with its format
//! version, and the "published wins" rule. Reading and writing the entry is
//! directory I/O and lives in `services`; this is the pure part.

use serde::{Deserialize, Serialize};

use super::identity_store::{IdentityStore, Security, Server, StoreType};
use super::notification_settings::NotificationSettings;
use super::shared_database::{PublishedDatabase, SharedDatabase};
use crate::fl;

/// The newest format this dirdesk reads and writes. A newer one is named,
/// never rewritten.
pub const FORMAT: u32 = 4;

/// The format of settings without the Notification Editor's templates:
/// written whenever it suffices, so desks of before the editor still follow.
/// Format 2 carries templates, and such desks refuse it as newer rather than
/// send emails in other words than every other desk.
const FORMAT_WITHOUT_TEMPLATES: u32 = 1;

/// The format of settings without the seventh Also Notify box ("Public
/// group owner for membership"): desks of before it would silently tell
/// no owner, so format 3, which carries it on, is newer to them.
const FORMAT_WITHOUT_PUBLIC_GROUP_OWNERS: u32 = 2;

/// The format of settings without a shared database: a desk of before it
/// would record its changes only in its own file, out of the organisation's
/// History, so settings naming one (format 4) are newer to it.
const FORMAT_WITHOUT_DATABASE: u32 = 3;

/// What the admin decides for every desk. CA certificates travel as PEM
/// text: a path means nothing on another computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedSettings {
    pub format: u32,
    pub store_type: StoreType,
    /// In priority order.
    pub servers: Vec<Server>,
    pub security: Security,
    pub base_dn: String,
    pub login_attribute: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_dn_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_pem: Option<String>,
    /// The whole Notifications page; its CA file travels as `smtp_ca_pem`.
    pub notifications: NotificationSettings,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_ca_pem: Option<String>,
    /// The organisation's History and queue, when not each desk's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<PublishedDatabase>,
    /// Who published them (their DN or UPN), and when.
    pub published_by: String,
    pub published_at: jiff::Timestamp,
}

/// Why published settings could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishedError {
    /// Not the text dirdesk writes: left as it is, never replaced silently.
    Damaged { detail: String },
    /// Written by a newer dirdesk: followed by none older, never rewritten.
    Newer { format: u32 },
}

impl std::fmt::Display for PublishedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Damaged { detail } => fl!("published-damaged", detail = detail.as_str()),
            Self::Newer { format } => fl!(
                "published-newer",
                format = format.to_string(),
                known = FORMAT.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for PublishedError {}

impl PublishedSettings {
    /// What `store` shares, with its CA certificates read as PEM by the
    /// caller. The service account, its password and every other secret stay
    /// behind; so does the SMTP CA file's path.
    pub fn of(
        store: &IdentityStore,
        ca_pems: CaPems,
        published_by: &str,
        published_at: jiff::Timestamp,
    ) -> Self {
        let mut notifications = store.notifications.clone();
        notifications.smtp_ca_file = None;
        let database = store.database.as_ref().map(|d| PublishedDatabase {
            url: d.url.clone(),
            ca_pem: ca_pems.database,
        });
        Self {
            format: if database.is_some() {
                FORMAT
            } else if notifications.also_notify.public_group_owners {
                FORMAT_WITHOUT_DATABASE
            } else if notifications.templates.is_empty() {
                FORMAT_WITHOUT_TEMPLATES
            } else {
                FORMAT_WITHOUT_PUBLIC_GROUP_OWNERS
            },
            store_type: store.store_type,
            servers: store.servers.clone(),
            security: store.security,
            base_dn: store.base_dn.clone(),
            login_attribute: store.login_attribute.clone(),
            login_dn_template: store.login_dn_template.clone(),
            ca_pem: ca_pems.ldap,
            notifications,
            smtp_ca_pem: ca_pems.smtp,
            database,
            published_by: published_by.to_owned(),
            published_at,
        }
    }

    /// The text stored in the directory entry.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads the entry's text: the format is looked at first, so a newer
    /// one is named as newer rather than as damaged.
    pub fn decode(text: &str) -> Result<Self, PublishedError> {
        let damaged = |e: serde_json::Error| PublishedError::Damaged {
            detail: e.to_string(),
        };
        let value: serde_json::Value = serde_json::from_str(text).map_err(damaged)?;
        match value.get("format").and_then(serde_json::Value::as_u64) {
            None => Err(PublishedError::Damaged {
                detail: "no format version".into(),
            }),
            Some(format) if format > u64::from(FORMAT) => Err(PublishedError::Newer {
                format: u32::try_from(format).unwrap_or(u32::MAX),
            }),
            Some(_) => serde_json::from_value(value).map_err(damaged),
        }
    }

    /// Published wins: `local` with every shared setting as published. The
    /// desk keeps only its own — id, name, enabled, last check, its service
    /// account — and where it keeps the CA certificates it was given
    /// (written from the PEM by the caller).
    pub fn applied_to(&self, local: &IdentityStore, ca_files: CaFiles) -> IdentityStore {
        let mut store = local.clone();
        store.store_type = self.store_type;
        store.servers = self.servers.clone();
        store.security = self.security;
        store.base_dn = self.base_dn.clone();
        store.login_attribute = self.login_attribute.clone();
        // A desk's own template only fills in where none is published: it
        // finds the same people, and weakens nothing.
        store.login_dn_template = self
            .login_dn_template
            .clone()
            .or_else(|| local.login_dn_template.clone());
        store.ca_file = ca_files.ldap;
        store.notifications = self.notifications.clone();
        store.notifications.smtp_ca_file = ca_files.smtp;
        store.database = self.database.as_ref().map(|d| SharedDatabase {
            url: d.url.clone(),
            ca_file: ca_files.database,
        });
        store
    }
}

/// The CA certificates a store's settings carry, as PEM text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaPems {
    pub ldap: Option<String>,
    pub smtp: Option<String>,
    pub database: Option<String>,
}

/// Where a desk keeps the CA certificates it was given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaFiles {
    pub ldap: Option<std::path::PathBuf>,
    pub smtp: Option<std::path::PathBuf>,
    pub database: Option<std::path::PathBuf>,
}

/// Where a store's shared settings come from, as the screens and
/// `dirdesk notifications show` say it.
pub fn source(store: &IdentityStore) -> String {
    let Some(following) = &store.published else {
        return fl!("settings-source-local");
    };
    let read = following
        .read_at
        .map(crate::i18n::date_time)
        .unwrap_or_default();
    match &following.last {
        Some(last) => fl!(
            "settings-source-published",
            dn = following.location.as_str(),
            by = last.published_by.as_str(),
            when = crate::i18n::date_time(last.published_at),
            read = read
        ),
        None => fl!(
            "settings-source-published-unread",
            dn = following.location.as_str()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StoreId;
    use crate::domain::StoreType;

    fn store() -> IdentityStore {
        let mut store = IdentityStore::new(StoreId("s-1".into()), "Corp", StoreType::GenericLdap);
        store.servers = vec![
            Server {
                host: "ldap1.example.test".into(),
                port: 636,
            },
            Server {
                host: "ldap2.example.test".into(),
                port: 636,
            },
        ];
        store.base_dn = "dc=example,dc=test".into();
        store.service_account = Some("cn=svc,dc=example,dc=test".into());
        store.ca_file = Some("/home/admin/ca.pem".into());
        let n = &mut store.notifications;
        n.smtp_server = "smtp.example.test".into();
        n.from = "dirdesk@example.test".into();
        n.use_authentication = true;
        n.smtp_username = "mailer".into();
        n.smtp_ca_file = Some("/home/admin/smtp-ca.pem".into());
        n.also_notify.logged_in_users = true;
        store
    }

    fn published() -> PublishedSettings {
        PublishedSettings::of(
            &store(),
            CaPems {
                ldap: Some("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".into()),
                ..CaPems::default()
            },
            "uid=admin,ou=people,dc=example,dc=test",
            "2026-12-01T10:00:00Z".parse().expect("time"),
        )
    }

    #[test]
    fn what_is_published_reads_back_the_same_and_holds_no_desk_secret_or_path() {
        let settings = published();
        let text = settings.encode();
        assert_eq!(PublishedSettings::decode(&text), Ok(settings));
        for private in ["cn=svc", "/home/admin", "password"] {
            assert!(!text.contains(private), "{private} in {text}");
        }
        assert!(text.contains("BEGIN CERTIFICATE"), "the CA travels as PEM");
    }

    #[test]
    fn templates_travel_in_format_2_and_settings_without_them_stay_readable_by_older_desks() {
        let plain = published();
        assert_eq!(plain.format, 1, "no templates: what older desks read");
        let mut store = IdentityStore::new(StoreId("s".into()), "Corp", StoreType::GenericLdap);
        store.notifications.templates.put(
            crate::domain::templates::EmailKind::Change,
            "de",
            crate::domain::templates::CustomTemplate {
                subject: Some("Neu: {{ object.name }}".into()),
                ..Default::default()
            },
        );
        let with = PublishedSettings::of(
            &store,
            CaPems::default(),
            "admin",
            jiff::Timestamp::UNIX_EPOCH,
        );
        assert_eq!(with.format, 2);
        let decoded = PublishedSettings::decode(&with.encode()).expect("decoded");
        assert_eq!(
            decoded.notifications.templates,
            store.notifications.templates
        );
    }

    #[test]
    fn a_shared_database_travels_in_format_4_with_its_ca_and_a_desk_keeps_its_own_ca_path() {
        let mut store = IdentityStore::new(StoreId("s".into()), "Corp", StoreType::GenericLdap);
        store.notifications.also_notify.public_group_owners = true;
        store.database = Some(SharedDatabase {
            url: crate::domain::shared_database::DatabaseUrl::parse(
                "postgresql://db.example.test:5433/dirdesk",
            )
            .expect("url"),
            ca_file: Some("/home/admin/db-ca.pem".into()),
        });
        let pems = CaPems {
            database: Some("PEM".into()),
            ..CaPems::default()
        };
        let settings = PublishedSettings::of(&store, pems, "admin", jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(settings.format, 4, "desks of before would record locally");
        let text = settings.encode();
        assert!(
            text.contains("postgresql://db.example.test:5433/dirdesk"),
            "{text}"
        );
        assert!(!text.contains("/home/admin"), "{text}");
        let desk = IdentityStore::new(StoreId("s".into()), "Corp", StoreType::GenericLdap);
        let files = CaFiles {
            database: Some("/desk/db-ca.pem".into()),
            ..CaFiles::default()
        };
        let followed = PublishedSettings::decode(&text)
            .expect("decoded")
            .applied_to(&desk, files);
        let database = followed.database.expect("the desk follows the database");
        assert_eq!(database.url.port, 5433);
        assert_eq!(
            database.ca_file.as_deref(),
            Some("/desk/db-ca.pem".as_ref())
        );
    }

    #[test]
    fn the_seventh_box_on_travels_in_format_3_which_older_desks_refuse_as_newer() {
        let mut store = IdentityStore::new(StoreId("s".into()), "Corp", StoreType::GenericLdap);
        store.notifications.also_notify.public_group_owners = true;
        let on = PublishedSettings::of(
            &store,
            CaPems::default(),
            "admin",
            jiff::Timestamp::UNIX_EPOCH,
        );
        assert_eq!(on.format, 3);
        let decoded = PublishedSettings::decode(&on.encode()).expect("decoded");
        assert!(decoded.notifications.also_notify.public_group_owners);
        store.notifications.also_notify.public_group_owners = false;
        let off = PublishedSettings::of(
            &store,
            CaPems::default(),
            "admin",
            jiff::Timestamp::UNIX_EPOCH,
        );
        assert_eq!(off.format, 1, "off: what every older desk reads");
    }

    #[test]
    fn a_newer_format_is_named_and_damage_is_told_apart() {
        let mut value: serde_json::Value =
            serde_json::from_str(&published().encode()).expect("json");
        value["format"] = serde_json::json!(FORMAT + 1);
        assert_eq!(
            PublishedSettings::decode(&value.to_string()),
            Err(PublishedError::Newer { format: FORMAT + 1 })
        );
        assert!(matches!(
            PublishedSettings::decode("{\"servers\": []}"),
            Err(PublishedError::Damaged { .. })
        ));
        assert!(matches!(
            PublishedSettings::decode("not json"),
            Err(PublishedError::Damaged { .. })
        ));
        value["format"] = serde_json::json!(FORMAT);
        value["servers"] = serde_json::json!("one");
        assert!(matches!(
            PublishedSettings::decode(&value.to_string()),
            Err(PublishedError::Damaged { .. })
        ));
    }

    #[test]
    fn published_wins_and_the_desk_keeps_only_its_own() {
        let admin = published();
        let mut desk = IdentityStore::new(
            StoreId("desk-7".into()),
            "My directory",
            StoreType::GenericLdap,
        );
        desk.notifications.also_notify.logged_in_users = false;
        desk.servers = vec![Server {
            host: "ldap1.example.test".into(),
            port: 636,
        }];
        let followed = admin.applied_to(
            &desk,
            CaFiles {
                ldap: Some("/desk/cache/ca.pem".into()),
                ..CaFiles::default()
            },
        );
        assert!(
            followed.notifications.also_notify.logged_in_users,
            "the admin's switch holds"
        );
        assert_eq!(followed.servers, admin.servers);
        assert_eq!(followed.notifications.smtp_username, "mailer");
        assert_eq!(followed.id, desk.id);
        assert_eq!(followed.name, "My directory");
        assert_eq!(
            followed.service_account, None,
            "the desk has none of its own"
        );
        assert_eq!(
            followed.ca_file.as_deref(),
            Some(std::path::Path::new("/desk/cache/ca.pem"))
        );
    }
}
