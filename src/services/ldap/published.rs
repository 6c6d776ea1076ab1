//! The entry in the directory that holds an identity store's published
//! settings: reading it in a signed-in session, and writing it with the same
//! conflict-safe modify as every other change — never over settings someone
//! else published meanwhile, never over a damaged or newer entry.
//!
//! Only standard object classes, so no schema change is needed anywhere:
//! on Active Directory a `serviceConnectionPoint` (how AD applications
//! publish themselves) with dirdesk's keyword, the settings in
//! `serviceBindingInformation` (`description` is capped at 1,024 characters
//! there); on generic LDAP an `applicationProcess` (core schema, "an
//! application running on a computer": the closest standard meaning, and
//! present on every OpenLDAP and 389 server), the settings in `description`.

use std::collections::HashSet;

use super::apply::{ChangeFailure, Refusal, refusal};
use super::connect::{LdapFailure, OPERATION_TIMEOUT};
use super::session::Session;
use crate::domain::StoreType;
use crate::domain::change::Edits;
use crate::domain::directory_object::DirectoryObject;
use crate::domain::published_settings::{PublishedError, PublishedSettings};
use crate::fl;

/// The keyword that marks dirdesk's service connection point on AD.
pub const AD_KEYWORD: &str = "org.dirdesk.Dirdesk";

/// The attribute holding the settings' text.
pub fn settings_attribute(store_type: StoreType) -> &'static str {
    match store_type {
        StoreType::ActiveDirectory => "serviceBindingInformation",
        StoreType::GenericLdap => "description",
    }
}

/// The published settings as read, with the entry they were read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedEntry {
    pub settings: PublishedSettings,
    pub entry: DirectoryObject,
}

/// Why published settings could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadFailure {
    /// Nothing at that DN (or nothing this account may know of).
    Missing {
        dn: String,
    },
    /// There, but this account may not read the settings.
    Unreadable {
        dn: String,
        detail: String,
    },
    /// Damaged, or of a newer format: named, never rewritten from here.
    Unusable {
        dn: String,
        error: PublishedError,
    },
    Connection(LdapFailure),
}

impl std::fmt::Display for ReadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Missing { dn } => fl!("published-missing", dn = dn.as_str()),
            Self::Unreadable { dn, detail } => fl!(
                "published-unreadable",
                dn = dn.as_str(),
                detail = detail.as_str()
            ),
            Self::Unusable { dn, error } => fl!(
                "published-unusable",
                dn = dn.as_str(),
                problem = error.to_string()
            ),
            Self::Connection(failure) => failure.to_string(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ReadFailure {}

/// Why settings were not published. In every case the entry is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishFailure {
    /// Someone published other settings since `base` was read: these.
    Conflict {
        dn: String,
        current: Box<PublishedSettings>,
    },
    /// The entry is damaged or newer, or cannot be read: left alone.
    Unusable(ReadFailure),
    /// The directory refused, in its own words (access, schema).
    Refused(ChangeFailure),
}

impl std::fmt::Display for PublishFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Conflict { dn, current } => f.write_str(&fl!(
                "publish-conflict",
                dn = dn.as_str(),
                by = current.published_by.as_str(),
                when = crate::i18n::date_time(current.published_at)
            )),
            Self::Unusable(failure) => failure.fmt(f),
            Self::Refused(failure) => f.write_str(&match failure {
                ChangeFailure::InsufficientAccess { detail } => {
                    fl!("publish-refused-access", detail = detail.as_str())
                }
                ChangeFailure::SchemaViolation { detail }
                | ChangeFailure::Refused { detail }
                | ChangeFailure::Busy { detail } => {
                    fl!("publish-refused", reason = detail.as_str())
                }
                other => fl!("publish-refused", reason = other.to_string()),
            }),
        }
    }
}

impl std::error::Error for PublishFailure {}

impl From<ChangeFailure> for PublishFailure {
    fn from(failure: ChangeFailure) -> Self {
        PublishFailure::Refused(failure)
    }
}

/// Reads the settings published at `dn`, as the session's account.
pub async fn read(session: &mut Session, dn: &str) -> Result<PublishedEntry, ReadFailure> {
    let entry = match session.read(dn).await {
        Ok(entry) => entry,
        Err(LdapFailure::NoSuchObject { .. }) => {
            return Err(ReadFailure::Missing { dn: dn.to_owned() });
        }
        Err(LdapFailure::Server { code: 50, text }) => {
            return Err(ReadFailure::Unreadable {
                dn: dn.to_owned(),
                detail: text,
            });
        }
        Err(failure) => return Err(ReadFailure::Connection(failure)),
    };
    let attribute = settings_attribute(session.store().store_type);
    let texts = entry.texts(attribute);
    let text = match texts.as_slice() {
        [text] => *text,
        [] => {
            return Err(ReadFailure::Unreadable {
                dn: dn.to_owned(),
                detail: fl!("published-no-settings-attribute", attribute = attribute),
            });
        }
        _ => {
            return Err(ReadFailure::Unusable {
                dn: dn.to_owned(),
                error: PublishedError::Damaged {
                    detail: format!("{} values of {attribute}", texts.len()),
                },
            });
        }
    };
    let settings = PublishedSettings::decode(text).map_err(|error| ReadFailure::Unusable {
        dn: dn.to_owned(),
        error,
    })?;
    Ok(PublishedEntry { settings, entry })
}

/// Publishes `settings` at `dn`. `base` is what the admin started from (the
/// settings they saw, `None` when nothing was published): if the entry now
/// holds anything else, nothing is written and the current settings are
/// returned, so nobody silently overwrites someone else's publication. The
/// write itself is guarded too, for a publication between read and write.
pub async fn publish(
    session: &mut Session,
    dn: &str,
    base: Option<&PublishedSettings>,
    settings: &PublishedSettings,
) -> Result<PublishedEntry, PublishFailure> {
    let store_type = session.store().store_type;
    let attribute = settings_attribute(store_type);
    let current = match read(session, dn).await {
        Ok(current) => Some(current),
        Err(ReadFailure::Missing { .. }) => None,
        Err(failure) => return Err(PublishFailure::Unusable(failure)),
    };
    match (&current, base) {
        // Nothing there (never published, or unpublished since): create it.
        (None, _) => add(session, dn, store_type, &settings.encode()).await?,
        (Some(current), Some(base)) if current.settings == *base => {
            let edits = Edits::from([(attribute.to_owned(), vec![settings.encode()])]);
            match session.apply(&current.entry, &edits).await {
                Ok(_) => {}
                Err(ChangeFailure::Conflict { .. }) => return Err(conflict(session, dn).await),
                Err(failure) => return Err(failure.into()),
            }
        }
        (Some(current), _) => {
            return Err(PublishFailure::Conflict {
                dn: dn.to_owned(),
                current: Box::new(current.settings.clone()),
            });
        }
    }
    read(session, dn).await.map_err(PublishFailure::Unusable)
}

/// The failure for a write that lost a race: the settings published now.
async fn conflict(session: &mut Session, dn: &str) -> PublishFailure {
    match read(session, dn).await {
        Ok(current) => PublishFailure::Conflict {
            dn: dn.to_owned(),
            current: Box::new(current.settings),
        },
        Err(failure) => PublishFailure::Unusable(failure),
    }
}

/// Creates the entry. Two admins creating it at once: the second gets
/// entryAlreadyExists and is shown what the first published.
async fn add(
    session: &mut Session,
    dn: &str,
    store_type: StoreType,
    text: &str,
) -> Result<(), PublishFailure> {
    let set = |values: &[&str]| values.iter().map(|v| v.to_string()).collect::<HashSet<_>>();
    let mut attrs = vec![("cn".to_owned(), set(&["dirdesk"]))];
    match store_type {
        StoreType::ActiveDirectory => {
            attrs.push((
                "objectClass".into(),
                set(&["top", "serviceConnectionPoint"]),
            ));
            attrs.push(("keywords".into(), set(&[AD_KEYWORD])));
            attrs.push(("serviceClassName".into(), set(&["dirdesk"])));
        }
        StoreType::GenericLdap => {
            attrs.push(("objectClass".into(), set(&["top", "applicationProcess"])));
        }
    }
    attrs.push((settings_attribute(store_type).to_owned(), set(&[text])));
    let result = async {
        let (ldap, server) = session.connection().await?;
        ldap.with_timeout(OPERATION_TIMEOUT)
            .add(dn, attrs)
            .await
            .map_err(|e| LdapFailure::from_operation(e, &server))
    }
    .await;
    let result = session
        .observe(result)
        .map_err(|f| PublishFailure::Refused(f.into()))?;
    match refusal(&result, dn) {
        None => Ok(()),
        Some(Refusal::Conflict) => Err(conflict(session, dn).await),
        Some(Refusal::Other(failure)) => Err(failure.into()),
    }
}

/// Removes the published entry: desks following it keep their last copy and
/// are told it is gone.
pub async fn unpublish(session: &mut Session, dn: &str) -> Result<(), PublishFailure> {
    let result = async {
        let (ldap, server) = session.connection().await?;
        ldap.with_timeout(OPERATION_TIMEOUT)
            .delete(dn)
            .await
            .map_err(|e| LdapFailure::from_operation(e, &server))
    }
    .await;
    let result = session
        .observe(result)
        .map_err(|f| PublishFailure::Refused(f.into()))?;
    match refusal(&result, dn) {
        None => Ok(()),
        Some(Refusal::Other(ChangeFailure::NoSuchObject { .. })) => {
            Err(PublishFailure::Unusable(ReadFailure::Missing {
                dn: dn.to_owned(),
            }))
        }
        Some(Refusal::Other(failure)) => Err(failure.into()),
        Some(Refusal::Conflict) => Err(PublishFailure::Refused(ChangeFailure::Refused {
            detail: result.text,
        })),
    }
}
