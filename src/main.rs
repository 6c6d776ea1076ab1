//! dirdesk's binary: parse the command line, set up language and logging,
//! then open the window or run a subcommand.

use std::process::ExitCode;

use clap::Parser;
use dirdesk::cli::Cli;
use dirdesk::environment::Folders;
use dirdesk::{fl, gui, i18n, services};

fn main() -> ExitCode {
    let cli = Cli::parse();
    i18n::select_os_languages();
    let folders = match Folders::resolve(cli.config_dir.as_deref()) {
        Ok(folders) => folders,
        Err(error) => {
            eprintln!("{}", fl!("cli-error", message = error.to_string()));
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = services::log_file::init(&folders) {
        // Not fatal: dirdesk works without its log.
        eprintln!("{}", fl!("cli-error", message = error.to_string()));
    }
    match cli.command {
        Some(command) => dirdesk::cli::run(command, &folders),
        None => match gui::run(folders) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{}", fl!("cli-error", message = error.to_string()));
                ExitCode::FAILURE
            }
        },
    }
}
