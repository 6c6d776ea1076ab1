//! The command line: `dirdesk` alone opens the window; subcommands work
//! without one, over the same domain and services.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::environment::{CONFIG_DIR_ENV, Folders};
use crate::fl;

/// Admin Center and object editor for Active Directory and LDAP directories.
#[derive(Debug, Parser)]
#[command(name = "dirdesk", version, about, propagate_version = true)]
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
    Store,
    /// Show and change a store's notification settings.
    Notifications,
    /// Search a directory as a signed-in user.
    Search,
    /// Show one directory object.
    Show,
    /// Change a directory object and notify the people concerned.
    Edit,
    /// Show, send and delete queued notification emails.
    Queue,
    /// Show the changes made through dirdesk.
    History,
}

impl Command {
    fn name(&self) -> &'static str {
        match self {
            Command::Store => "store",
            Command::Notifications => "notifications",
            Command::Search => "search",
            Command::Show => "show",
            Command::Edit => "edit",
            Command::Queue => "queue",
            Command::History => "history",
        }
    }
}

/// Runs a subcommand; prints a one-line error on failure.
pub fn run(command: Command, _folders: &Folders) -> ExitCode {
    let message = fl!("cli-not-yet", command = command.name());
    eprintln!("{}", fl!("cli-error", message = message));
    ExitCode::from(2)
}
