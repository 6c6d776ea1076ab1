//! `dirdesk notifications …`: show and change a store's notification
//! settings (the article's Notifications page).

use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use secrecy::ExposeSecret;

use super::{Failure, OnOff, find_store, invalid, load, secrets};
use crate::domain::email_address;
use crate::domain::{NotificationSettings, SmtpAccount, SmtpAuthMethod, SmtpSecurity};
use crate::environment::Folders;
use crate::fl;
use crate::services::keychain::{Keychain, SecretKind};
use crate::services::mailer::SmtpSecrets;

#[derive(Debug, Subcommand)]
pub enum NotificationsCommand {
    Show {
        #[arg(long, value_name = "NAME")]
        store: String,
        #[arg(long)]
        json: bool,
    },
    Set(Box<SetOptions>),
    Test {
        #[arg(long, value_name = "NAME")]
        store: String,
        #[arg(long, value_name = "ADDR")]
        to: String,
        // With `--smtp-auth signed-in-user`: whose login and password test it.
        #[command(flatten)]
        tester: super::publish::Publisher,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmtpSecurityArg {
    Ssl,
    Starttls,
    None,
}

impl From<SmtpSecurityArg> for SmtpSecurity {
    fn from(value: SmtpSecurityArg) -> Self {
        match value {
            SmtpSecurityArg::Ssl => SmtpSecurity::Ssl,
            SmtpSecurityArg::Starttls => SmtpSecurity::StartTls,
            SmtpSecurityArg::None => SmtpSecurity::None,
        }
    }
}

// How the mail server is signed in to (the values' help is the option's,
// from i18n: doc comments here would show untranslated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmtpAuthArg {
    // No authentication (an internal relay).
    None,
    // The store's SMTP account (--smtp-user, its password in the keychain).
    Basic,
    // The signed-in person's own directory credentials.
    SignedInUser,
    // A token from --oauth-token-endpoint (SASL XOAUTH2).
    #[value(name = "oauth2")]
    OAuth2,
}

/// Which login the signed-in person's credentials use at the mail server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmtpLoginArg {
    Login,
    Mail,
}

#[derive(Debug, Args)]
pub struct SetOptions {
    #[arg(long, value_name = "NAME")]
    store: String,
    #[arg(long, value_name = "HOST")]
    smtp_server: Option<String>,
    #[arg(long, value_name = "N")]
    smtp_port: Option<u16>,
    #[arg(long, value_enum)]
    smtp_security: Option<SmtpSecurityArg>,
    #[arg(long, value_name = "FILE")]
    smtp_ca_file: Option<String>,
    #[arg(long, value_name = "ADDR")]
    from: Option<String>,
    #[arg(long, value_enum)]
    smtp_auth: Option<SmtpAuthArg>,
    #[arg(long, value_enum)]
    smtp_login_as: Option<SmtpLoginArg>,
    #[arg(long, value_name = "USER")]
    smtp_user: Option<String>,
    #[arg(long)]
    smtp_password_stdin: bool,
    #[arg(long, value_name = "URL")]
    oauth_token_endpoint: Option<String>,
    #[arg(long, value_name = "ID")]
    oauth_client_id: Option<String>,
    #[arg(long)]
    oauth_client_secret_stdin: bool,
    #[arg(long, value_name = "SCOPE")]
    oauth_scope: Option<String>,
    #[arg(long, value_enum)]
    allow_unencrypted_auth: Option<OnOff>,
    #[arg(long, value_name = "ADDRS")]
    to: Option<String>,
    #[arg(long, value_name = "ADDRS")]
    cc: Option<String>,
    #[arg(long, value_enum)]
    logged_in_users: Option<OnOff>,
    #[arg(long, value_enum)]
    object_modified: Option<OnOff>,
    #[arg(long, value_enum)]
    group_owners: Option<OnOff>,
    #[arg(long, value_enum)]
    managers: Option<OnOff>,
    #[arg(long, value_enum)]
    added_members: Option<OnOff>,
    #[arg(long, value_enum)]
    removed_members: Option<OnOff>,
    #[arg(long, value_enum)]
    public_group_owners: Option<OnOff>,
    #[command(flatten)]
    publisher: super::publish::Publisher,
}

fn address_list(list: &str) -> Result<Vec<String>, Failure> {
    email_address::parse_list(list)
        .map_err(|bad| Failure(fl!("cli-bad-addresses", addresses = bad.join("; "))))
}

impl SetOptions {
    fn apply(&self, n: &mut NotificationSettings) -> Result<(), Failure> {
        if let Some(server) = &self.smtp_server {
            n.smtp_server = server.trim().to_owned();
        }
        if let Some(security) = self.smtp_security {
            let security = SmtpSecurity::from(security);
            // Follow the security's usual port unless a port was chosen.
            if n.smtp_port == n.smtp_security.default_port() {
                n.smtp_port = security.default_port();
            }
            n.smtp_security = security;
        }
        if let Some(port) = self.smtp_port {
            n.smtp_port = port;
        }
        if let Some(file) = &self.smtp_ca_file {
            n.smtp_ca_file = (!file.is_empty()).then(|| {
                std::path::absolute(file).unwrap_or_else(|_| std::path::PathBuf::from(file))
            });
        }
        if let Some(from) = &self.from {
            n.from = from.trim().to_owned();
        }
        if let Some(user) = &self.smtp_user {
            n.smtp_username = user.trim().to_owned();
            // With OAuth 2.0 an empty Username is app-only, not "off".
            n.use_authentication = !n.smtp_username.is_empty() || n.uses_oauth();
        }
        match self.smtp_auth {
            None => {}
            Some(SmtpAuthArg::None) => n.use_authentication = false,
            Some(SmtpAuthArg::Basic) => {
                n.use_authentication = true;
                n.smtp_account = SmtpAccount::Store;
                n.smtp_auth_method = SmtpAuthMethod::Basic;
            }
            Some(SmtpAuthArg::SignedInUser) => {
                n.use_authentication = true;
                n.smtp_account = SmtpAccount::SignedInUser;
                n.smtp_auth_method = SmtpAuthMethod::Basic;
            }
            Some(SmtpAuthArg::OAuth2) => {
                n.use_authentication = true;
                n.smtp_account = SmtpAccount::Store;
                n.smtp_auth_method = SmtpAuthMethod::OAuth2;
            }
        }
        let trimmed = |text: &Option<String>| text.as_ref().map(|t| t.trim().to_owned());
        if let Some(endpoint) = trimmed(&self.oauth_token_endpoint) {
            n.oauth.token_endpoint = endpoint;
        }
        if let Some(id) = trimmed(&self.oauth_client_id) {
            n.oauth.client_id = id;
        }
        if let Some(scope) = trimmed(&self.oauth_scope) {
            n.oauth.scope = scope;
        }
        if n.uses_oauth() {
            let endpoint = &n.oauth.token_endpoint;
            if !endpoint.to_ascii_lowercase().starts_with("https://") {
                return Err(Failure(fl!(
                    "oauth-bad-endpoint",
                    endpoint = endpoint.as_str()
                )));
            }
            if n.oauth.client_id.is_empty() {
                return Err(Failure(fl!("cli-oauth-needs-client-id")));
            }
        }
        if let Some(login) = self.smtp_login_as
            && n.smtp_account.is_signed_in_user()
        {
            n.smtp_account = match login {
                SmtpLoginArg::Login => SmtpAccount::SignedInUser,
                SmtpLoginArg::Mail => SmtpAccount::SignedInUserMail,
            };
        }
        if let Some(allow) = self.allow_unencrypted_auth {
            n.allow_unencrypted_authentication = allow.into();
        }
        if let Some(to) = &self.to {
            n.to = address_list(to)?;
        }
        if let Some(cc) = &self.cc {
            n.cc = address_list(cc)?;
        }
        let a = &mut n.also_notify;
        let boxes = [
            (self.logged_in_users, &mut a.logged_in_users),
            (self.object_modified, &mut a.object_modified),
            (self.group_owners, &mut a.group_owners),
            (self.managers, &mut a.managers),
            (self.added_members, &mut a.added_members),
            (self.removed_members, &mut a.removed_members),
            (self.public_group_owners, &mut a.public_group_owners),
        ];
        for (value, field) in boxes {
            if let Some(value) = value {
                *field = value.into();
            }
        }
        Ok(())
    }
}

pub fn run(command: NotificationsCommand, folders: &Folders) -> Result<ExitCode, Failure> {
    match command {
        NotificationsCommand::Show { store, json } => show(folders, &store, json),
        NotificationsCommand::Test { store, to, tester } => test(folders, &store, &to, &tester),
        NotificationsCommand::Set(options) => set(*options, folders),
    }
}

/// "Test Server": a real email through the store's mail server, signed in
/// as the store's SMTP account, or — when each person signs in with their
/// own login — as the person named with `--user`.
fn test(
    folders: &Folders,
    name: &str,
    to: &str,
    tester: &super::publish::Publisher,
) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store = find_store(&config, name)?;
    let mut settings = store.notifications.clone();
    let password = if settings.uses_signed_in_user() {
        let Some(user) = &tester.user else {
            return Err(Failure(fl!("smtp-test-needs-user")));
        };
        settings.smtp_username = user.trim().to_owned();
        secrets::read(
            tester.password_stdin,
            &fl!("cli-prompt-password", user = user.as_str()),
        )?
    } else {
        crate::services::notify::smtp_secrets(store).password
    };
    let secrets = SmtpSecrets {
        password,
        ..crate::services::notify::smtp_secrets(store)
    };
    let answer = super::runtime()?.block_on(crate::services::mailer::send_test(
        &settings,
        &secrets,
        &store.name,
        to,
    ))?;
    println!(
        "{}",
        fl!("cli-test-email-sent", address = to, answer = answer)
    );
    Ok(ExitCode::SUCCESS)
}

fn set(options: SetOptions, folders: &Folders) -> Result<ExitCode, Failure> {
    let from_stdin = [
        options.smtp_password_stdin,
        options.oauth_client_secret_stdin,
    ];
    if options.publisher.password_stdin && from_stdin.contains(&true) {
        return Err(Failure(fl!("cli-one-secret-from-stdin")));
    }
    let mut config = load(folders)?;
    let mut store = find_store(&config, &options.store)?.clone();
    options.apply(&mut store.notifications)?;
    config.put_store(store.clone()).map_err(invalid)?;
    if store.notifications.authenticates_unencrypted() {
        eprintln!("{}", fl!("smtp-unencrypted-warning"));
    }
    // Both from standard input: the client secret's line first.
    let client_secret = if options.oauth_client_secret_stdin {
        Some(secrets::from_stdin()?)
    } else {
        None
    };
    let secret = if options.smtp_password_stdin {
        Some(secrets::from_stdin()?)
    } else {
        None
    };
    // The password is this desk's own, kept in its keychain: never
    // published. On a published store it changes only once the directory
    // took the settings; otherwise before the file, so that a file is never
    // saved naming a password the keychain refused.
    let published = store.published.is_some();
    if published {
        super::publish::save_shared(folders, &mut config, store.clone(), &options.publisher)?;
    }
    let keychain = || Keychain::platform();
    match secret {
        Some(secret) => keychain()?.set(&store.id, SecretKind::Smtp, secret.expose_secret())?,
        None if !store.notifications.uses_store_account() => keychain()
            .and_then(|k| k.delete(&store.id, SecretKind::Smtp))
            .unwrap_or_else(|e| tracing::warn!(%e, "could not remove the SMTP password")),
        None => {}
    }
    match client_secret {
        Some(secret) => keychain()?.set(
            &store.id,
            SecretKind::OAuthClientSecret,
            secret.expose_secret(),
        )?,
        None if !store.notifications.uses_oauth() => keychain()
            .and_then(|k| k.delete(&store.id, SecretKind::OAuthClientSecret))
            .unwrap_or_else(|e| tracing::warn!(%e, "could not remove the OAuth client secret")),
        None => {}
    }
    if !published {
        super::publish::save_shared(folders, &mut config, store.clone(), &options.publisher)?;
    }
    let message = if published {
        fl!(
            "cli-notifications-published",
            name = store.name.as_str(),
            dn = crate::services::published::location(&store)
        )
    } else {
        fl!("cli-notifications-saved", name = store.name.as_str())
    };
    println!("{message}");
    Ok(ExitCode::SUCCESS)
}

/// Basic, or OAuth 2.0 with its endpoint, client and where its secret is.
fn auth_method(n: &NotificationSettings) -> String {
    if !n.uses_oauth() {
        return fl!("smtp-auth-basic");
    }
    fl!(
        "smtp-auth-oauth2",
        endpoint = n.oauth.token_endpoint.as_str(),
        client = n.oauth.client_id.as_str(),
        scope = n.oauth.scope.as_str()
    )
}

/// Where the SMTP password comes from: a key for JSON and words for people.
fn password_source(store: &crate::domain::IdentityStore) -> (&'static str, String) {
    let n = &store.notifications;
    if !n.use_authentication {
        return ("not-used", fl!("smtp-password-not-used"));
    }
    if n.uses_signed_in_user() {
        return ("signed-in-user", fl!("smtp-password-signed-in-user"));
    }
    match Keychain::platform().and_then(|k| k.get(&store.id, SecretKind::Smtp)) {
        Ok(Some(_)) => ("keychain", fl!("smtp-password-in-keychain")),
        _ => ("missing", fl!("smtp-password-missing")),
    }
}

fn on_off(value: bool) -> String {
    if value { fl!("on") } else { fl!("off") }
}

fn show(folders: &Folders, name: &str, json: bool) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store = find_store(&config, name)?;
    // A published store's settings are what was last read there, whatever
    // the file says now.
    let followed = store
        .published
        .as_ref()
        .and_then(|f| f.last.as_ref())
        .map(|last| {
            last.applied_to(
                store,
                crate::domain::published_settings::CaFiles {
                    ldap: store.ca_file.clone(),
                    smtp: store.notifications.smtp_ca_file.clone(),
                    database: store.database.as_ref().and_then(|d| d.ca_file.clone()),
                },
            )
        });
    let store = followed.as_ref().unwrap_or(store);
    let n = &store.notifications;
    let password = password_source(store);
    if json {
        #[derive(serde::Serialize)]
        struct Shown<'a> {
            /// Where the settings come from: this computer, or the entry in
            /// the directory (with who published them and when).
            source: Source<'a>,
            /// Where the SMTP password comes from.
            smtp_password: &'static str,
            #[serde(flatten)]
            settings: &'a NotificationSettings,
        }
        #[derive(serde::Serialize)]
        #[serde(tag = "kind", rename_all = "kebab-case")]
        enum Source<'a> {
            Local,
            Published {
                dn: &'a str,
                by: Option<&'a str>,
                at: Option<jiff::Timestamp>,
                read_at: Option<jiff::Timestamp>,
            },
        }
        let source = match &store.published {
            None => Source::Local,
            Some(f) => Source::Published {
                dn: &f.location,
                by: f.last.as_ref().map(|l| l.published_by.as_str()),
                at: f.last.as_ref().map(|l| l.published_at),
                read_at: f.read_at,
            },
        };
        let shown = Shown {
            source,
            smtp_password: password.0,
            settings: n,
        };
        println!("{}", serde_json::to_string_pretty(&shown)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{}", crate::domain::published_settings::source(store));
    let security = n.smtp_security.label();
    let a = &n.also_notify;
    let lines = [
        (fl!("label-smtp-server"), n.smtp_server.clone()),
        (fl!("label-from"), n.from.clone()),
        (fl!("label-port"), n.smtp_port.to_string()),
        (fl!("label-smtp-security"), security),
        (fl!("label-use-smtp-auth"), on_off(n.use_authentication)),
        (fl!("label-smtp-username"), n.smtp_username.clone()),
        (fl!("label-smtp-password-source"), password.1),
        (fl!("label-smtp-auth-method"), auth_method(n)),
        (
            fl!("label-smtp-ca-file"),
            n.smtp_ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
        (fl!("label-to"), email_address::join_list(&n.to)),
        (fl!("label-cc"), email_address::join_list(&n.cc)),
        (fl!("also-logged-in-users"), on_off(a.logged_in_users)),
        (fl!("also-object-modified"), on_off(a.object_modified)),
        (fl!("also-group-owners"), on_off(a.group_owners)),
        (fl!("also-managers"), on_off(a.managers)),
        (fl!("also-added-members"), on_off(a.added_members)),
        (fl!("also-removed-members"), on_off(a.removed_members)),
        (
            fl!("also-public-group-owners"),
            on_off(a.public_group_owners),
        ),
    ];
    let width = lines
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in lines {
        println!("{label:<width$}  {value}");
    }
    Ok(ExitCode::SUCCESS)
}
