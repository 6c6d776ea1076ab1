//! The command line: `dirdesk` alone opens the window; subcommands work
//! without one, over the same domain and services.

mod bulk;
mod db;
mod directory;
pub mod help;
mod history;
mod membership;
mod notifications;
mod publish;
mod queue;
mod secrets;
mod store;
mod templates;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::environment::{CONFIG_DIR_ENV, Folders};
use crate::fl;
use crate::services::config_file::Config;
use crate::services::editing::OwnMembership;

pub use notifications::NotificationsCommand;
pub use store::StoreCommand;

/// What `dirdesk --version` shows: the version and the commit built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("DIRDESK_COMMIT"),
    ")"
);

/// Admin Center and object editor for Active Directory and LDAP directories.
#[derive(Debug, Parser)]
#[command(name = "dirdesk", version = VERSION, about, propagate_version = true)]
pub struct Cli {
    #[arg(long, value_name = "DIR", env = CONFIG_DIR_ENV, global = true)]
    pub config_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands; without one, dirdesk opens its window.
#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(subcommand)]
    Store(StoreCommand),
    #[command(subcommand)]
    Notifications(NotificationsCommand),
    Search(directory::SearchArgs),
    Show(directory::ShowArgs),
    Edit(directory::EditArgs),
    Join(membership::MembershipArgs),
    Leave(membership::MembershipArgs),
    #[command(subcommand)]
    Templates(templates::TemplatesCommand),
    #[command(subcommand)]
    Queue(queue::QueueCommand),
    History(history::HistoryArgs),
    #[command(subcommand)]
    Db(db::DbCommand),
}

/// Parses the command line, with its help in the UI's language: the one
/// chosen on the Settings page, else the system's.
pub fn parse() -> Cli {
    crate::i18n::select_language(None);
    if let Some(language) = chosen_language(std::env::args_os()) {
        crate::i18n::select_language(Some(&language));
    }
    let matches = help::localized(Cli::command()).get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// The language chosen on the Settings page, read before the arguments are
/// parsed (so `--help` speaks it) from the folder `--config-dir` or the
/// environment names. Reading only: a damaged file is the command's to report.
fn chosen_language(args: impl IntoIterator<Item = OsString>) -> Option<String> {
    let mut dir = std::env::var_os(CONFIG_DIR_ENV).map(PathBuf::from);
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        } else if arg == "--config-dir" {
            dir = args.next().map(PathBuf::from);
        } else if let Some(value) = arg.to_str().and_then(|a| a.strip_prefix("--config-dir=")) {
            dir = Some(PathBuf::from(value));
        }
    }
    let path = Config::path(&Folders::resolve(dir.as_deref()).ok()?);
    let text = std::fs::read_to_string(&path).ok()?;
    Config::parse(&text, &path).ok()?.preferences.language
}

/// `on` or `off`, for checkboxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

impl From<OnOff> for bool {
    fn from(value: OnOff) -> bool {
        value == OnOff::On
    }
}

/// A command's failure: one line for stderr.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure(error.to_string())
    }
}

/// Runs a subcommand; on failure prints a one-line error and exits non-zero.
pub fn run(command: Command, folders: &Folders) -> ExitCode {
    let result = match command {
        Command::Store(command) => store::run(command, folders),
        Command::Notifications(command) => notifications::run(command, folders),
        Command::Search(args) => directory::search(args, folders),
        Command::Show(args) => directory::show(args, folders),
        Command::Edit(args) => directory::edit(args, folders),
        Command::Join(args) => membership::run(args, OwnMembership::Join, folders),
        Command::Leave(args) => membership::run(args, OwnMembership::Leave, folders),
        Command::Templates(command) => templates::run(command, folders),
        Command::Queue(command) => queue::run(command, folders),
        Command::History(args) => history::run(args, folders),
        Command::Db(command) => db::run(command, folders),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            // One line, whatever the message held.
            let message = message.replace(['\r', '\n'], " ");
            eprintln!("{}", fl!("cli-error", message = message));
            ExitCode::FAILURE
        }
    }
}

/// Loads the configuration, or fails with the file's problem.
fn load(folders: &Folders) -> Result<Config, Failure> {
    let config = Config::load(folders)?;
    for problem in &config.machine_problems {
        eprintln!("{}", fl!("cli-warning", message = problem.as_str()));
    }
    Ok(config)
}

/// A current-thread runtime for a command's network work.
fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    Ok(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?)
}

/// Validation errors, joined into one line.
fn invalid(errors: Vec<crate::domain::ValidationError>) -> Failure {
    Failure(
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The store named `name`, or a failure saying there is none.
fn find_store<'a>(
    config: &'a Config,
    name: &str,
) -> Result<&'a crate::domain::IdentityStore, Failure> {
    config
        .store(name)
        .ok_or_else(|| Failure(fl!("cli-no-such-store", name = name)))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_chosen_language_is_read_from_the_folder_the_arguments_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folders = crate::environment::Folders::portable(dir.path());
        let mut config = super::Config::default();
        config.preferences.language = Some("fi".into());
        config.save(&folders).expect("save");
        let args = |list: &[&str]| {
            list.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        let dir_arg = dir.path().to_str().expect("utf-8");
        for given in [
            args(&["dirdesk", "--config-dir", dir_arg, "store", "list"]),
            args(&[
                "dirdesk",
                "store",
                "list",
                &format!("--config-dir={dir_arg}"),
            ]),
        ] {
            assert_eq!(super::chosen_language(given).as_deref(), Some("fi"));
        }
        let elsewhere = dir.path().join("elsewhere");
        let elsewhere = elsewhere.to_str().expect("utf-8");
        assert_eq!(
            super::chosen_language(args(&["dirdesk", "--config-dir", elsewhere])),
            None
        );
    }

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
