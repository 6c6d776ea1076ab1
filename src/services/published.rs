//! Following a published store: its shared settings are read from the
//! directory in the signed-in session before every change and become this
//! desk's (published wins); the config file keeps a dated copy, and the CA
//! certificates that travel as PEM are written beside it for the TLS code.
//! Also publishing a store's settings from this desk.

use std::path::{Path, PathBuf};

use crate::domain::published_settings::{CaFiles, CaPems, PublishedSettings};
use crate::domain::{Following, IdentityStore};
use crate::environment::Folders;
use crate::fl;
use crate::services::config_file::Config;
use secrecy::ExposeSecret;

use crate::services::keychain::{Keychain, SecretKind};
use crate::services::ldap::published::{self, PublishFailure, PublishedEntry, ReadFailure};
use crate::services::ldap::{LdapFailure, Session};
use crate::services::private_files;

/// Where a store's shared settings are (or would be) published.
pub fn location(store: &IdentityStore) -> String {
    store.published.as_ref().map_or_else(
        || store.default_published_location(),
        |f| f.location.clone(),
    )
}

/// What following found, for the screen or the command to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Followed {
    /// Nothing published for this store: its own settings hold.
    NotPublished,
    /// The published settings, now this desk's.
    Following(Box<PublishedSettings>),
    /// The store is (or seems) published, but the entry could not be used:
    /// the last copy read, if any, stays in force.
    Problem(String),
}

/// Reads the published settings in `session` and makes them the session's
/// and this desk's. Costs one read of one entry.
pub async fn follow(session: &mut Session, folders: &Folders) -> Followed {
    let store = session.store().clone();
    let dn = location(&store);
    match published::read(session, &dn).await {
        Ok(entry) => {
            let followed = adopt(folders.clone(), store, dn, entry.settings.clone()).await;
            match followed {
                Ok(store) => {
                    session.follow(store);
                    Followed::Following(Box::new(entry.settings))
                }
                Err(problem) => Followed::Problem(problem),
            }
        }
        Err(ReadFailure::Missing { .. }) if store.published.is_none() => Followed::NotPublished,
        Err(failure) => {
            let problem = failure.to_string();
            // The last copy read stays in force, whatever the file says now.
            if let Some(last) = store.published.as_ref().and_then(|f| f.last.clone()) {
                let (folders, store) = (folders.clone(), store.clone());
                let kept = tokio::task::spawn_blocking(move || with_copy(&folders, &store, &last))
                    .await
                    .map_err(|e| e.to_string())
                    .and_then(|kept| kept);
                match kept {
                    Ok(kept) => session.follow(kept),
                    Err(error) => {
                        tracing::warn!(%error, "the last published copy could not be applied")
                    }
                }
            }
            Followed::Problem(match store.published.as_ref().and_then(|f| f.read_at) {
                Some(at) => fl!(
                    "published-keeps-copy",
                    problem = problem,
                    when = crate::i18n::date_time(at)
                ),
                None => problem,
            })
        }
    }
}

/// Makes `settings` read at `dn` this desk's: the CA certificates written as
/// files, the store in the config file updated (off the async threads).
async fn adopt(
    folders: Folders,
    store: IdentityStore,
    dn: String,
    settings: PublishedSettings,
) -> Result<IdentityStore, String> {
    tokio::task::spawn_blocking(move || adopt_now(&folders, &store, dn, &settings))
        .await
        .map_err(|e| e.to_string())?
}

/// `store` with the shared settings of `last`, the copy read before (its
/// CA certificates written again where the TLS code reads them).
fn with_copy(
    folders: &Folders,
    store: &IdentityStore,
    last: &PublishedSettings,
) -> Result<IdentityStore, String> {
    let database_ca = last.database.as_ref().and_then(|d| d.ca_pem.as_deref());
    let files = CaFiles {
        ldap: write_pem(folders, store, "ca.pem", last.ca_pem.as_deref())?,
        smtp: write_pem(folders, store, "smtp-ca.pem", last.smtp_ca_pem.as_deref())?,
        database: write_pem(folders, store, "database-ca.pem", database_ca)?,
    };
    Ok(last.applied_to(store, files))
}

/// `adopt`, blocking.
pub fn adopt_now(
    folders: &Folders,
    store: &IdentityStore,
    dn: String,
    settings: &PublishedSettings,
) -> Result<IdentityStore, String> {
    let mut followed = with_copy(folders, store, settings)?;
    followed.published = Some(Following {
        location: dn,
        last: Some(settings.clone()),
        read_at: Some(jiff::Timestamp::now()),
    });
    let mut config = Config::load(folders).map_err(|e| e.to_string())?;
    if let Some(saved) = config.stores.iter_mut().find(|s| s.id == store.id) {
        // Only the shared settings and the copy: the desk's own (name,
        // enabled, last check) stay as they are in the file now.
        let own = saved.clone();
        *saved = followed.clone();
        saved.name = own.name;
        saved.enabled = own.enabled;
        saved.last_check = own.last_check;
        saved.service_account = own.service_account;
        config.save(folders).map_err(|e| e.to_string())?;
    }
    Ok(followed)
}

/// Writes a published CA certificate where the TLS code reads it:
/// `published/<store id>/<name>` in the config folder, private.
fn write_pem(
    folders: &Folders,
    store: &IdentityStore,
    name: &str,
    pem: Option<&str>,
) -> Result<Option<PathBuf>, String> {
    let Some(pem) = pem else {
        return Ok(None);
    };
    let dir = folders.config.join("published").join(&store.id.0);
    let path = dir.join(name);
    if std::fs::read_to_string(&path).is_ok_and(|old| old == pem) {
        return Ok(Some(path));
    }
    let write = || -> std::io::Result<()> {
        private_files::create_dir(&folders.config.join("published"))?;
        private_files::create_dir(&dir)?;
        let tmp = dir.join(format!(".{name}.tmp"));
        std::io::Write::write_all(&mut private_files::create(&tmp)?, pem.as_bytes())?;
        std::fs::rename(&tmp, &path)
    };
    write().map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Some(path))
}

/// A CA file's certificates as PEM, for publishing: only its certificates
/// are read and written out again, so a private key kept in the same file
/// never leaves this computer.
fn read_pem(path: Option<&Path>) -> Result<Option<String>, String> {
    use base64::Engine;
    let Some(path) = path else { return Ok(None) };
    let certificates = crate::services::tls::read_ca_file(path).map_err(|e| e.to_string())?;
    let pem = certificates
        .iter()
        .map(|der| {
            let text = base64::engine::general_purpose::STANDARD.encode(der);
            let lines: Vec<&str> = text
                .as_bytes()
                .chunks(64)
                .filter_map(|line| std::str::from_utf8(line).ok())
                .collect();
            format!(
                "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n",
                lines.join("\n")
            )
        })
        .collect();
    Ok(Some(pem))
}

/// What `store` would publish, signed by the session's user, now.
pub fn settings_of(store: &IdentityStore, by: &str) -> Result<PublishedSettings, String> {
    let database_ca = store.database.as_ref().and_then(|d| d.ca_file.as_deref());
    let pems = CaPems {
        ldap: read_pem(store.ca_file.as_deref())?,
        smtp: read_pem(store.notifications.smtp_ca_file.as_deref())?,
        database: read_pem(database_ca)?,
    };
    Ok(PublishedSettings::of(
        store,
        pems,
        by,
        jiff::Timestamp::now(),
    ))
}

/// A session as the store's service account (its password from this
/// computer's keychain): what an admin's desk publishes with.
pub async fn service_account_session(store: &IdentityStore) -> Result<Session, String> {
    let Some(account) = store.service_account.clone() else {
        return Err(fl!("cli-publish-needs-account", name = store.name.as_str()));
    };
    let id = store.id.clone();
    let password = tokio::task::spawn_blocking(move || {
        Keychain::platform().and_then(|k| k.get(&id, SecretKind::ServiceAccount))
    })
    .await
    .map_err(|e| e.to_string())?
    .map_err(|e| e.to_string())?
    .ok_or_else(|| LdapFailure::NoServicePassword.to_string())?;
    Session::bind_as(store, &account, password.expose_secret())
        .await
        .map_err(|f| f.to_string())
}

/// Publishes `store` where it is published, as its service account; what
/// the window's Save does on a published store.
pub async fn publish_as_service_account(
    folders: Folders,
    store: IdentityStore,
) -> Result<IdentityStore, String> {
    let mut session = service_account_session(&store).await?;
    let dn = location(&store);
    let result = publish(&mut session, &folders, &store, &dn, false).await;
    session.sign_out().await;
    result.map_err(|e| e.to_string())
}

/// Reads a store's published settings outside a sign-in (as its service
/// account, else anonymously, where the directory lets anyone read them) and
/// follows them. `Ok(None)`: none could be read now (nothing published, or
/// not readable before signing in) — the first change reads them again.
/// `Err`: an entry that is there but cannot be followed, named.
pub async fn refresh(
    folders: Folders,
    store: IdentityStore,
) -> Result<Option<IdentityStore>, String> {
    let session = match store.service_account {
        Some(_) => service_account_session(&store).await,
        None => Session::anonymous(&store).await.map_err(|f| f.to_string()),
    };
    let mut session = match session {
        Ok(session) => session,
        Err(problem) => {
            tracing::info!(%problem, "published settings not read now");
            return Ok(None);
        }
    };
    let mut dn = location(&store);
    let mut read = published::read(&mut session, &dn).await;
    if store.published.is_none()
        && matches!(read, Err(ReadFailure::Missing { .. }))
        && let Some(found) = published::discover(&mut session).await
    {
        // Published somewhere else under the base DN (`--location`).
        read = published::read(&mut session, &found).await;
        dn = found;
    }
    session.sign_out().await;
    match read {
        Ok(entry) => adopt(folders, store, dn, entry.settings).await.map(Some),
        Err(
            failure @ (ReadFailure::Unusable { .. }
            | ReadFailure::Unreadable { .. }
            | ReadFailure::Foreign { .. }),
        ) => Err(failure.to_string()),
        Err(failure) => {
            tracing::info!(%failure, "published settings not read now");
            Ok(None)
        }
    }
}

/// Why publishing did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotPublished {
    /// A CA file could not be read, or the config file not written.
    Local(String),
    Directory(PublishFailure),
}

impl std::fmt::Display for NotPublished {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Local(detail) => f.write_str(detail),
            Self::Directory(failure) => failure.fmt(f),
        }
    }
}

/// Publishes `store`'s shared settings at `dn` in `session`, over what this
/// desk last read there (`store.published`), then follows what was written.
/// When someone published meanwhile, this desk follows theirs and the
/// failure says so.
pub async fn publish(
    session: &mut Session,
    folders: &Folders,
    store: &IdentityStore,
    dn: &str,
    recreate: bool,
) -> Result<IdentityStore, NotPublished> {
    let settings = settings_of(store, &session.user().dn).map_err(NotPublished::Local)?;
    let base = store.published.as_ref().and_then(|f| f.last.as_ref());
    match published::publish(session, dn, base, &settings, recreate).await {
        Ok(PublishedEntry { settings, .. }) => {
            adopt(folders.clone(), store.clone(), dn.to_owned(), settings)
                .await
                .map_err(NotPublished::Local)
        }
        Err(failure) => {
            if let PublishFailure::Conflict { current, .. } = &failure {
                // Shown from now on: what is really published.
                let _ = adopt(
                    folders.clone(),
                    store.clone(),
                    dn.to_owned(),
                    (**current).clone(),
                )
                .await;
            }
            Err(NotPublished::Directory(failure))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_certificates_of_a_ca_file_are_published_never_a_key() {
        let key = rcgen::KeyPair::generate().expect("key");
        let cert = rcgen::CertificateParams::new(vec!["ca.example.test".into()])
            .expect("params")
            .self_signed(&key)
            .expect("cert");
        let dir = tempfile::tempdir().expect("dir");
        let bundle = dir.path().join("bundle.pem");
        std::fs::write(&bundle, format!("{}{}", key.serialize_pem(), cert.pem())).expect("write");
        let published = read_pem(Some(&bundle)).expect("read").expect("pem");
        assert!(!published.contains("PRIVATE KEY"), "{published}");
        let der = crate::services::tls::read_ca_file(&bundle).expect("certs");
        let path = dir.path().join("published.pem");
        std::fs::write(&path, &published).expect("write");
        assert_eq!(
            crate::services::tls::read_ca_file(&path).expect("again"),
            der
        );
    }
}
