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

use ldap3::controls::{Assertion, MakeCritical};

use super::apply::{ChangeFailure, Refusal, refusal};
use super::connect::{LdapFailure, OPERATION_TIMEOUT};
use super::object::VERSION_ATTRIBUTES;
use super::session::Session;
use crate::domain::StoreType;
use crate::domain::change::Edits;
use crate::domain::directory_object::DirectoryObject;
use crate::domain::ldap_filter;
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
    /// Something else lives at that DN (a group, an account): not dirdesk's.
    Foreign {
        dn: String,
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
            Self::Foreign { dn } => fl!("published-foreign", dn = dn.as_str()),
            Self::Connection(failure) => failure.to_string(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ReadFailure {}

/// The object class of dirdesk's entry.
fn entry_class(store_type: StoreType) -> &'static str {
    match store_type {
        StoreType::ActiveDirectory => "serviceConnectionPoint",
        StoreType::GenericLdap => "applicationProcess",
    }
}

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
    let store_type = session.store().store_type;
    let classes = entry.texts("objectClass");
    if !classes.is_empty()
        && !classes
            .iter()
            .any(|c| c.eq_ignore_ascii_case(entry_class(store_type)))
    {
        return Err(ReadFailure::Foreign { dn: dn.to_owned() });
    }
    let attribute = settings_attribute(store_type);
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
/// An entry gone since `base` was read (unpublished meanwhile) is created
/// again only when `recreate` says so (`store publish`), never by a Save.
pub async fn publish(
    session: &mut Session,
    dn: &str,
    base: Option<&PublishedSettings>,
    settings: &PublishedSettings,
    recreate: bool,
) -> Result<PublishedEntry, PublishFailure> {
    let store_type = session.store().store_type;
    let attribute = settings_attribute(store_type);
    let current = match read(session, dn).await {
        Ok(current) => Some(current),
        Err(ReadFailure::Missing { .. }) => None,
        Err(failure) => return Err(PublishFailure::Unusable(failure)),
    };
    match (&current, base) {
        (None, Some(_)) if !recreate => {
            return Err(PublishFailure::Unusable(ReadFailure::Missing {
                dn: dn.to_owned(),
            }));
        }
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
    // The entry is named by its cn: the location must begin with one.
    let cn = crate::domain::dn::parse(dn)
        .ok()
        .and_then(|rdns| rdns.into_iter().next())
        .and_then(|rdn| {
            rdn.into_iter()
                .find(|ava| ava.attribute.eq_ignore_ascii_case("cn"))
        })
        .map(|ava| ava.value)
        .ok_or_else(|| {
            PublishFailure::Refused(ChangeFailure::Refused {
                detail: fl!("publish-location-not-cn", dn = dn),
            })
        })?;
    let mut attrs = vec![("cn".to_owned(), set(&[cn.as_str()]))];
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
/// are told it is gone. Only dirdesk's own entry, only as this desk last
/// read it (`base`; someone who published since is not undone), never one of
/// a newer format. A damaged one may be removed: that is how it is replaced.
pub async fn unpublish(
    session: &mut Session,
    dn: &str,
    base: Option<&PublishedSettings>,
) -> Result<(), PublishFailure> {
    let guard = match read(session, dn).await {
        Ok(current) => {
            if let Some(base) = base
                && current.settings != *base
            {
                return Err(PublishFailure::Conflict {
                    dn: dn.to_owned(),
                    current: Box::new(current.settings),
                });
            }
            VERSION_ATTRIBUTES
                .iter()
                .find_map(|a| current.entry.text(a).map(|v| ldap_filter::equals(a, v)))
        }
        Err(ReadFailure::Unusable {
            error: PublishedError::Damaged { .. },
            ..
        }) => None,
        Err(failure) => return Err(PublishFailure::Unusable(failure)),
    };
    let mut result = delete(session, dn, guard.as_deref()).await?;
    // unavailableCriticalExtension: Samba takes the Assertion control on a
    // modify but not on a delete. The settings were compared just now.
    if result.rc == 12 && guard.is_some() {
        result = delete(session, dn, None).await?;
    }
    match refusal(&result, dn) {
        None => Ok(()),
        Some(Refusal::Other(ChangeFailure::NoSuchObject { .. })) => {
            Err(PublishFailure::Unusable(ReadFailure::Missing {
                dn: dn.to_owned(),
            }))
        }
        Some(Refusal::Other(failure)) => Err(failure.into()),
        // Published again between the read and the delete.
        Some(Refusal::Conflict) => Err(conflict(session, dn).await),
    }
}

/// One delete, under the (critical) Assertion control when `guard` is given.
async fn delete(
    session: &mut Session,
    dn: &str,
    guard: Option<&str>,
) -> Result<ldap3::LdapResult, PublishFailure> {
    let result = async {
        let (ldap, server) = session.connection().await?;
        let ldap = ldap.with_timeout(OPERATION_TIMEOUT);
        let ldap = match guard {
            Some(filter) => ldap.with_controls(Assertion { filter }.critical()),
            None => ldap,
        };
        ldap.delete(dn)
            .await
            .map_err(|e| LdapFailure::from_operation(e, &server))
    }
    .await;
    session
        .observe(result)
        .map_err(|f| PublishFailure::Refused(f.into()))
}

/// Looks for dirdesk's entry anywhere under the store's base DN, for a desk
/// that does not know where it was published: the service connection
/// point's keyword on AD, an `applicationProcess` named dirdesk elsewhere.
/// `None` unless exactly one is found.
pub async fn discover(session: &mut Session) -> Option<String> {
    let store = session.store().clone();
    let filter = match store.store_type {
        StoreType::ActiveDirectory => format!(
            "(&(objectClass=serviceConnectionPoint){})",
            ldap_filter::equals("keywords", AD_KEYWORD)
        ),
        StoreType::GenericLdap => "(&(objectClass=applicationProcess)(cn=dirdesk))".to_owned(),
    };
    let result = async {
        let (ldap, server) = session.connection().await?;
        ldap.with_timeout(OPERATION_TIMEOUT)
            .search(&store.base_dn, ldap3::Scope::Subtree, &filter, vec!["1.1"])
            .await
            .map_err(|e| LdapFailure::from_operation(e, &server))
    }
    .await;
    let ldap3::SearchResult(entries, _) = session.observe(result).ok()?;
    let mut found = entries
        .into_iter()
        .filter(|e| !e.is_ref())
        .map(|e| ldap3::SearchEntry::construct(e).dn);
    match (found.next(), found.next()) {
        (Some(dn), None) => Some(dn),
        _ => None,
    }
}
