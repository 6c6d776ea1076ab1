//! dirdesk's binary: parse the command line, set up language and logging,
//! then open the window or run a subcommand.

use std::process::ExitCode;

use dirdesk::environment::Folders;
use dirdesk::{fl, gui, services};

fn main() -> ExitCode {
    if let Some(renderer) = gui::preferred_renderer(
        std::env::var("ICED_BACKEND").ok().as_deref(),
        gui::render_nodes(),
    ) {
        // SAFETY: first thing in main, before any other thread exists; iced
        // reads the variable when it creates the window.
        #[allow(unsafe_code)]
        unsafe {
            std::env::set_var("ICED_BACKEND", renderer)
        };
    }
    let cli = dirdesk::cli::parse();
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
