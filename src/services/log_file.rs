//! The log file in the data folder. Never given secrets: callers log what
//! happened, not what was typed.

use std::fs::OpenOptions;
use std::path::PathBuf;
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;

use crate::environment::Folders;
use crate::services::private_files;

/// Environment variable with a tracing filter, e.g. `DIRDESK_LOG=debug`.
pub const LOG_ENV: &str = "DIRDESK_LOG";

/// Starts logging to `<data>/logs/dirdesk.log`; returns the file's path.
pub fn init(folders: &Folders) -> std::io::Result<PathBuf> {
    let dir = folders.logs();
    private_files::create_dir(&folders.data)?;
    private_files::create_dir(&dir)?;
    let path = dir.join("dirdesk.log");
    let file = private_files::open(&path, OpenOptions::new().create(true).append(true))?;
    let filter = EnvFilter::try_from_env(LOG_ENV).unwrap_or_else(|_| {
        EnvFilter::new("info,wgpu=warn,wgpu_core=warn,wgpu_hal=warn,naga=warn")
    });
    // A second init (tests) keeps the first subscriber; that is fine.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(Mutex::new(file))
        .try_init();
    Ok(path)
}
