//! The command line: `dirdesk` alone opens the window; subcommands work
//! without one, over the same domain and services.

mod directory;
mod notifications;
mod queue;
mod secrets;
mod store;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::environment::{CONFIG_DIR_ENV, Folders};
use crate::fl;
use crate::services::config_file::Config;

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
    /// Keep configuration and data in DIR (portable use, tests).
    #[arg(long, value_name = "DIR", env = CONFIG_DIR_ENV, global = true)]
    pub config_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands; without one, dirdesk opens its window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage identity stores (directories dirdesk connects to).
    #[command(subcommand)]
    Store(StoreCommand),
    /// Show and change a store's notification settings.
    #[command(subcommand)]
    Notifications(NotificationsCommand),
    /// Search groups and users by name, signed in as yourself.
    Search(directory::SearchArgs),
    /// Show one object with all its attributes.
    Show(directory::ShowArgs),
    /// Change an object as yourself; prints the change record and who was told.
    Edit(directory::EditArgs),
    /// Show, send and delete queued notification emails.
    #[command(subcommand)]
    Queue(queue::QueueCommand),
    /// Show the changes made through dirdesk.
    History(queue::HistoryArgs),
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
        Command::Queue(command) => queue::run(command, folders),
        Command::History(args) => queue::history(args, folders),
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
    Ok(Config::load(folders)?)
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
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
