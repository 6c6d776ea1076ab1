//! `dirdesk store …`: list, add, edit, remove, enable, disable and test
//! identity stores.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use secrecy::{ExposeSecret, SecretString};

use super::{Failure, find_store, invalid, load, runtime, secrets};
use crate::domain::shared_database::{DatabaseUrl, SharedDatabase};
use crate::domain::{Health, IdentityStore, Security, Server, StoreType};
use crate::environment::Folders;
use crate::fl;
use crate::services::config_file::Config;
use crate::services::keychain::{Keychain, SecretKind};
use crate::services::ldap;

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Add(StoreOptions),
    Edit {
        #[arg(value_name = "NAME")]
        store: String,
        #[command(flatten)]
        options: StoreOptions,
        // On a published store: who publishes a changed connection.
        #[command(flatten)]
        publisher: super::publish::Publisher,
    },
    Remove {
        name: String,
    },
    Enable {
        name: String,
    },
    Disable {
        name: String,
    },
    Test {
        name: String,
    },
    Publish(super::publish::PublishArgs),
    Unpublish(super::publish::UnpublishArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TypeArg {
    Ldap,
    Ad,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SecurityArg {
    Ldaps,
    Starttls,
    None,
}

impl From<SecurityArg> for Security {
    fn from(value: SecurityArg) -> Self {
        match value {
            SecurityArg::Ldaps => Security::Ldaps,
            SecurityArg::Starttls => Security::StartTls,
            SecurityArg::None => Security::None,
        }
    }
}

/// The options of `store add` and `store edit`.
#[derive(Debug, Args)]
pub struct StoreOptions {
    #[arg(long)]
    name: Option<String>,
    #[arg(long = "type", value_enum)]
    store_type: Option<TypeArg>,
    #[arg(long = "host", value_name = "HOST[:PORT]")]
    hosts: Vec<String>,
    #[arg(long, value_enum)]
    security: Option<SecurityArg>,
    #[arg(long, value_name = "FILE")]
    ca_file: Option<String>,
    #[arg(long, value_name = "DN")]
    base_dn: Option<String>,
    #[arg(long, value_name = "ATTR")]
    login_attribute: Option<String>,
    #[arg(long, value_name = "T")]
    login_dn_template: Option<String>,
    #[arg(long, value_name = "DN")]
    service_account: Option<String>,
    #[arg(long)]
    service_password_stdin: bool,
    /// The organisation's shared History and queue: postgresql://HOST:PORT/DB
    /// (an empty value goes back to this desk's own file).
    #[arg(long, value_name = "URL")]
    database: Option<String>,
    /// The CA certificate the database's certificate is checked against.
    #[arg(long, value_name = "FILE")]
    database_ca_file: Option<String>,
}

impl StoreOptions {
    /// Applies the given options to `store`.
    fn apply(&self, store: &mut IdentityStore) -> Result<(), Failure> {
        if let Some(name) = &self.name {
            store.name = name.trim().to_owned();
        }
        if let Some(store_type) = self.store_type {
            let new_type = match store_type {
                TypeArg::Ldap => StoreType::GenericLdap,
                TypeArg::Ad => StoreType::ActiveDirectory,
            };
            if new_type != store.store_type
                && store.login_attribute == store.store_type.default_login_attribute()
            {
                store.login_attribute = new_type.default_login_attribute().to_owned();
            }
            store.store_type = new_type;
        }
        if let Some(security) = self.security {
            store.security = security.into();
        }
        if !self.hosts.is_empty() {
            store.servers = self
                .hosts
                .iter()
                .map(|h| {
                    Server::parse(h, store.security.default_port())
                        .ok_or_else(|| Failure(fl!("cli-bad-host", host = h.as_str())))
                })
                .collect::<Result<_, _>>()?;
        }
        if let Some(ca_file) = &self.ca_file {
            store.ca_file = (!ca_file.is_empty()).then(|| absolute(ca_file.as_ref()));
        }
        if let Some(base_dn) = &self.base_dn {
            store.base_dn = base_dn.trim().to_owned();
        }
        if let Some(attr) = &self.login_attribute {
            store.login_attribute = attr.trim().to_owned();
        }
        if let Some(template) = &self.login_dn_template {
            let template = template.trim();
            store.login_dn_template = (!template.is_empty()).then(|| template.to_owned());
        }
        if let Some(account) = &self.service_account {
            let account = account.trim();
            store.service_account = (!account.is_empty()).then(|| account.to_owned());
        }
        self.apply_database(store)
    }

    fn apply_database(&self, store: &mut IdentityStore) -> Result<(), Failure> {
        if let Some(url) = &self.database {
            store.database = if url.trim().is_empty() {
                None
            } else {
                let url = DatabaseUrl::parse(url).map_err(Failure)?;
                let ca_file = store.database.take().and_then(|d| d.ca_file);
                Some(SharedDatabase { url, ca_file })
            };
        }
        if let Some(ca_file) = &self.database_ca_file {
            let Some(database) = store.database.as_mut() else {
                return Err(Failure(fl!("cli-database-ca-without-database")));
            };
            database.ca_file = (!ca_file.is_empty()).then(|| absolute(ca_file.as_ref()));
        }
        Ok(())
    }

    /// The service password, when one is given or a terminal prompts for it.
    fn service_password(&self, store: &IdentityStore) -> Result<Option<SecretString>, Failure> {
        if self.service_password_stdin
            || (self.service_account.is_some() && store.service_account.is_some())
        {
            secrets::read(
                self.service_password_stdin,
                &fl!("cli-prompt-service-password"),
            )
        } else {
            Ok(None)
        }
    }
}

/// A CA file path as given, made absolute so it still works from elsewhere.
fn absolute(path: &std::path::Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Stores the secret (if any) in the keychain, then saves the config; if
/// the save fails, the new secret is removed again.
fn save_with_secret(
    config: &Config,
    folders: &Folders,
    store: &IdentityStore,
    kind: SecretKind,
    secret: Option<SecretString>,
) -> Result<(), Failure> {
    let Some(secret) = secret else {
        config.save(folders)?;
        return Ok(());
    };
    let keychain = Keychain::platform()?;
    keychain.set(&store.id, kind, secret.expose_secret())?;
    if let Err(error) = config.save(folders) {
        let _ = keychain.delete(&store.id, kind);
        return Err(error.into());
    }
    Ok(())
}

pub fn run(command: StoreCommand, folders: &Folders) -> Result<ExitCode, Failure> {
    match command {
        StoreCommand::List { json } => list(folders, json),
        StoreCommand::Add(options) => {
            let mut config = load(folders)?;
            let store_type = match options.store_type {
                Some(TypeArg::Ad) | None => StoreType::ActiveDirectory,
                Some(TypeArg::Ldap) => StoreType::GenericLdap,
            };
            let mut store = IdentityStore::new(config.next_store_id(), "", store_type);
            options.apply(&mut store)?;
            config.put_store(store.clone()).map_err(invalid)?;
            let secret = options.service_password(&store)?;
            save_with_secret(&config, folders, &store, SecretKind::ServiceAccount, secret)?;
            println!("{}", fl!("cli-store-added", name = store.name.as_str()));
            super::publish::look_for_published(folders, &store);
            Ok(ExitCode::SUCCESS)
        }
        StoreCommand::Edit {
            store: name,
            options,
            publisher,
        } => {
            if options.service_password_stdin && publisher.password_stdin {
                return Err(Failure(fl!("cli-one-secret-from-stdin")));
            }
            let mut config = load(folders)?;
            let original = find_store(&config, &name)?.clone();
            let mut store = original.clone();
            let had_account = store.service_account.is_some();
            options.apply(&mut store)?;
            config.put_store(store.clone()).map_err(invalid)?;
            if had_account && store.service_account.is_none() {
                Keychain::platform()?.delete(&store.id, SecretKind::ServiceAccount)?;
            }
            let secret = options.service_password(&store)?;
            // A published connection changes by publishing it; the desk's
            // own (name, service account) is saved here.
            if store.published.is_some() && !store.same_connection(&original) {
                // The new password is what publishing signs in with.
                if let Some(secret) = &secret {
                    Keychain::platform()?.set(
                        &store.id,
                        SecretKind::ServiceAccount,
                        secret.expose_secret(),
                    )?;
                }
                super::publish::save_shared(folders, &mut config, store.clone(), &publisher)?;
            } else {
                save_with_secret(&config, folders, &store, SecretKind::ServiceAccount, secret)?;
            }
            println!("{}", fl!("cli-store-saved", name = store.name.as_str()));
            Ok(ExitCode::SUCCESS)
        }
        StoreCommand::Remove { name } => {
            let mut config = load(folders)?;
            let store = find_store(&config, &name)?;
            if let Some(path) = &store.managed {
                return Err(Failure(fl!(
                    "cli-store-managed",
                    name = store.name.as_str(),
                    path = path.display().to_string()
                )));
            }
            let id = store.id.clone();
            // Secrets first: a store is never removed leaving them behind.
            Keychain::platform()?.delete_all(&id)?;
            let removed = config.remove_store(&name).map(|s| s.name).unwrap_or(name);
            config.save(folders)?;
            println!("{}", fl!("cli-store-removed", name = removed));
            Ok(ExitCode::SUCCESS)
        }
        StoreCommand::Enable { name } => set_enabled(folders, &name, true),
        StoreCommand::Disable { name } => set_enabled(folders, &name, false),
        StoreCommand::Test { name } => test(folders, &name),
        StoreCommand::Publish(args) => super::publish::publish(args, folders),
        StoreCommand::Unpublish(args) => super::publish::unpublish(args, folders),
    }
}

fn set_enabled(folders: &Folders, name: &str, enabled: bool) -> Result<ExitCode, Failure> {
    let mut config = load(folders)?;
    find_store(&config, name)?;
    let Some(store) = config.store_mut(name) else {
        return Err(Failure(fl!("cli-no-such-store", name = name)));
    };
    store.enabled = enabled;
    let name = store.name.clone();
    config.save(folders)?;
    let message = if enabled {
        fl!("cli-store-enabled", name = name)
    } else {
        fl!("cli-store-disabled", name = name)
    };
    println!("{message}");
    Ok(ExitCode::SUCCESS)
}

fn test(folders: &Folders, name: &str) -> Result<ExitCode, Failure> {
    let mut config = load(folders)?;
    let store = find_store(&config, name)?.clone();
    let password = match &store.service_account {
        Some(_) => Keychain::platform()?.get(&store.id, SecretKind::ServiceAccount)?,
        None => None,
    };
    let password = password.as_ref().map(ExposeSecret::expose_secret);
    let report = runtime()?.block_on(ldap::test_connection(&store, password));
    for (server, result) in &report.servers {
        match result {
            Ok(root_dse) => println!(
                "{}",
                fl!(
                    "cli-test-server-ok",
                    server = server.to_string(),
                    vendor = root_dse.vendor.clone().unwrap_or_else(|| "LDAP".into()),
                    contexts = root_dse.naming_contexts.join(", ")
                )
            ),
            Err(failure) => println!("{}", ldap::ConnectionReport::describe(server, failure)),
        }
    }
    let check = report.check(jiff::Timestamp::now());
    let healthy = check.health == Health::Healthy;
    let reason = check.reason.clone();
    if let Some(saved) = config.store_mut(name) {
        saved.last_check = Some(check);
    }
    config.save(folders)?;
    if healthy {
        println!("{}", fl!("cli-test-healthy", name = store.name.as_str()));
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Failure(fl!(
            "cli-test-errors",
            name = store.name.as_str(),
            reason = reason.unwrap_or_default()
        )))
    }
}

fn status_label(store: &IdentityStore) -> String {
    match &store.last_check {
        None => fl!("status-not-checked"),
        Some(check) => match check.health {
            Health::Healthy => fl!("status-healthy"),
            Health::Errors => fl!("status-errors"),
        },
    }
}

fn list(folders: &Folders, json: bool) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&config.stores)?);
        return Ok(ExitCode::SUCCESS);
    }
    if config.stores.is_empty() {
        println!("{}", fl!("cli-no-stores"));
        return Ok(ExitCode::SUCCESS);
    }
    let header = [
        fl!("column-name"),
        fl!("column-type"),
        fl!("column-servers"),
        fl!("column-security"),
        fl!("column-base-dn"),
        fl!("column-enabled"),
        fl!("column-status"),
        fl!("column-last-check"),
    ];
    let rows: Vec<[String; 8]> = config
        .stores
        .iter()
        .map(|s| {
            [
                s.name.clone(),
                s.store_type.label(),
                s.servers
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
                s.security.label(),
                s.base_dn.clone(),
                if s.enabled { fl!("yes") } else { fl!("no") },
                status_label(s),
                s.last_check
                    .as_ref()
                    .map(|c| crate::i18n::date_time(c.at))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    print_table(&header, &rows);
    Ok(ExitCode::SUCCESS)
}

/// Prints left-aligned columns, as wide as their widest cell.
fn print_table<const N: usize>(header: &[String; N], rows: &[[String; N]]) {
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(header).chain(rows) {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
}
