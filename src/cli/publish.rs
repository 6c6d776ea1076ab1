//! `dirdesk store publish | unpublish`, and saving the shared settings of a
//! published store (`store edit`, `notifications set`): they are published,
//! never changed on this desk alone.

use std::process::ExitCode;

use clap::Args;

use super::{Failure, find_store, invalid, load, runtime, secrets};
use crate::domain::IdentityStore;
use crate::environment::Folders;
use crate::fl;
use crate::services::editing;
use crate::services::ldap::Session;
use crate::services::ldap::published as entry;
use crate::services::published;

/// Who writes the published entry: the store's service account, or the
/// account named here.
#[derive(Debug, Clone, Default, Args)]
pub struct Publisher {
    #[arg(long, value_name = "LOGIN")]
    pub user: Option<String>,
    #[arg(long, requires = "user")]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    name: String,
    #[arg(long, value_name = "DN")]
    location: Option<String>,
    #[command(flatten)]
    publisher: Publisher,
}

#[derive(Debug, Args)]
pub struct UnpublishArgs {
    name: String,
    #[command(flatten)]
    publisher: Publisher,
}

/// Signs in as whoever publishes for this desk.
fn session(
    store: &IdentityStore,
    publisher: &Publisher,
    rt: &tokio::runtime::Runtime,
) -> Result<Session, Failure> {
    if let Some(user) = &publisher.user {
        let password = secrets::read(
            publisher.password_stdin,
            &fl!("cli-prompt-password", user = user.as_str()),
        )?
        .ok_or_else(|| Failure(fl!("cli-password-needed")))?;
        return Ok(rt
            .block_on(editing::sign_in(store, user, password, false))?
            .session);
    }
    rt.block_on(published::service_account_session(store))
        .map_err(Failure)
}

/// Publishes `store` (its shared settings as edited here) at `dn`.
fn publish_at(
    folders: &Folders,
    store: &IdentityStore,
    dn: &str,
    publisher: &Publisher,
    recreate: bool,
) -> Result<IdentityStore, Failure> {
    let rt = runtime()?;
    let mut session = session(store, publisher, &rt)?;
    let result = rt.block_on(published::publish(
        &mut session,
        folders,
        store,
        dn,
        recreate,
    ));
    rt.block_on(session.sign_out());
    Ok(result?)
}

pub fn publish(args: PublishArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store = find_store(&config, &args.name)?.clone();
    let dn = args
        .location
        .clone()
        .unwrap_or_else(|| published::location(&store));
    crate::domain::dn::validate(&dn)
        .map_err(|e| Failure(fl!("invalid-base-dn", reason = e.to_string())))?;
    // An explicit publish: also where the entry was removed meanwhile.
    let store = publish_at(folders, &store, &dn, &args.publisher, true)?;
    println!(
        "{}",
        fl!(
            "cli-store-published",
            name = store.name.as_str(),
            dn = dn.as_str()
        )
    );
    Ok(ExitCode::SUCCESS)
}

pub fn unpublish(args: UnpublishArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    let mut config = load(folders)?;
    let store = find_store(&config, &args.name)?.clone();
    let dn = published::location(&store);
    let rt = runtime()?;
    let mut session = session(&store, &args.publisher, &rt)?;
    let base = store.published.as_ref().and_then(|f| f.last.as_ref());
    let result = rt.block_on(entry::unpublish(&mut session, &dn, base));
    rt.block_on(session.sign_out());
    result?;
    // This desk keeps the settings it followed, as its own from now on.
    let mut own = store.clone();
    own.published = None;
    config.put_store(own).map_err(invalid)?;
    config.save(folders)?;
    println!(
        "{}",
        fl!(
            "cli-store-unpublished",
            name = store.name.as_str(),
            dn = dn.as_str()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Saves `edited`: published when the store is published (refused, with the
/// directory's words, when this desk's account may not write the entry;
/// nothing is changed then), otherwise in this desk's config file.
pub fn save_shared(
    folders: &Folders,
    config: &mut crate::services::config_file::Config,
    edited: IdentityStore,
    publisher: &Publisher,
) -> Result<(), Failure> {
    config.put_store(edited.clone()).map_err(invalid)?;
    if edited.published.is_none() {
        return Ok(config.save(folders)?);
    }
    let dn = published::location(&edited);
    publish_at(folders, &edited, &dn, publisher, false)?;
    // The desk's own (name, service account) as edited; the shared
    // settings as published, which `publish` wrote.
    let mut now = load(folders)?;
    if let Some(saved) = now.stores.iter_mut().find(|s| s.id == edited.id) {
        saved.name = edited.name.clone();
        saved.enabled = edited.enabled;
        saved.service_account = edited.service_account.clone();
    }
    *config = now;
    Ok(config.save(folders)?)
}

/// After `store add`: looks for settings published for the new store (as its
/// service account, or anonymously) and follows them. Whether it found them
/// or not, the first sign-in to change something reads them again.
pub fn look_for_published(folders: &Folders, store: &IdentityStore) {
    let Ok(rt) = runtime() else { return };
    match rt.block_on(published::refresh(folders.clone(), store.clone())) {
        Ok(Some(followed)) => {
            if let Some(f) = &followed.published
                && let Some(last) = &f.last
            {
                println!(
                    "{}",
                    fl!(
                        "cli-store-follows",
                        dn = f.location.as_str(),
                        by = last.published_by.as_str(),
                        when = crate::i18n::date_time(last.published_at)
                    )
                );
            }
        }
        Ok(None) => {}
        // Damaged, newer or hidden: said now, so the admin hears of it early.
        Err(problem) => eprintln!("{}", fl!("cli-warning", message = problem)),
    }
}
