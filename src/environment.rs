//! The app's identity and where its files live: one reverse-DNS app id names
//! the config folder, the keyring service, the window and the desktop file.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

/// Reverse-DNS application id, used everywhere the platform wants one.
pub const APP_ID: &str = "org.dirdesk.Dirdesk";

/// Environment variable that points config and data at another folder.
pub const CONFIG_DIR_ENV: &str = "DIRDESK_CONFIG_DIR";

/// The folders dirdesk reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders {
    /// Configuration (TOML, never secrets).
    pub config: PathBuf,
    /// Data: the notification queue and history database, logs.
    pub data: PathBuf,
}

/// Why dirdesk could not decide where its files live.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FoldersError {
    #[error("no home folder found; pass --config-dir or set {CONFIG_DIR_ENV}")]
    NoHome,
}

impl Folders {
    /// A portable layout under one folder: config in it, data in `data/`.
    pub fn portable(dir: &Path) -> Self {
        Self {
            config: dir.to_path_buf(),
            data: dir.join("data"),
        }
    }

    /// The OS-conventional folders, or the portable layout when `config_dir`
    /// is given (from `--config-dir` or the environment variable).
    pub fn resolve(config_dir: Option<&Path>) -> Result<Self, FoldersError> {
        if let Some(dir) = config_dir {
            return Ok(Self::portable(dir));
        }
        // The app id itself names the folders on every platform.
        let dirs = ProjectDirs::from_path(PathBuf::from(APP_ID)).ok_or(FoldersError::NoHome)?;
        Ok(Self {
            config: dirs.config_dir().to_path_buf(),
            data: dirs.data_dir().to_path_buf(),
        })
    }

    /// Folder for log files.
    pub fn logs(&self) -> PathBuf {
        self.data.join("logs")
    }
}

/// The machine-wide, read-only configuration files that pre-add identity
/// stores for every user of the computer (installed by Intune, Group
/// Policy, Ansible or an MDM), most important first.
pub fn machine_config_files() -> Vec<PathBuf> {
    machine_config_dirs()
        .into_iter()
        .map(|dir| dir.join("config.toml"))
        .collect()
}

#[cfg(all(unix, not(target_os = "macos")))]
fn machine_config_dirs() -> Vec<PathBuf> {
    // XDG: $XDG_CONFIG_DIRS, colon-separated, default /etc/xdg.
    let dirs = std::env::var("XDG_CONFIG_DIRS")
        .ok()
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| "/etc/xdg".to_owned());
    dirs.split(':')
        .filter(|d| Path::new(d).is_absolute())
        .map(|d| Path::new(d).join(APP_ID))
        .collect()
}

#[cfg(target_os = "macos")]
fn machine_config_dirs() -> Vec<PathBuf> {
    vec![PathBuf::from("/Library/Application Support").join(APP_ID)]
}

#[cfg(windows)]
fn machine_config_dirs() -> Vec<PathBuf> {
    std::env::var_os("ProgramData")
        .map(|d| vec![PathBuf::from(d).join("dirdesk")])
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_layout_keeps_everything_under_one_folder() {
        let folders = Folders::resolve(Some(Path::new("/media/stick/dirdesk"))).expect("portable");
        assert_eq!(folders.config, Path::new("/media/stick/dirdesk"));
        assert_eq!(folders.data, Path::new("/media/stick/dirdesk/data"));
        assert_eq!(folders.logs(), Path::new("/media/stick/dirdesk/data/logs"));
    }

    #[test]
    fn os_folders_are_named_after_the_app_id() {
        let folders = Folders::resolve(None).expect("a home folder");
        let named = |p: &Path| p.ancestors().take(2).any(|a| a.ends_with(APP_ID));
        assert!(named(&folders.config), "{:?}", folders.config);
        assert!(named(&folders.data), "{:?}", folders.data);
    }
}
