//! The configuration file: one TOML file in the config folder, written
//! atomically, never holding secrets, never overwritten when damaged.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::validation::{self, ValidationError};
use crate::domain::{IdentityStore, Preferences, StoreId};
use crate::environment::Folders;
use crate::fl;
use crate::services::private_files;

/// The file's name inside the config folder.
pub const FILE_NAME: &str = "config.toml";

/// The format version this build writes. Older versions are read and
/// upgraded; a newer one is refused rather than damaged.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything dirdesk keeps in its configuration file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    pub schema_version: u32,
    /// The Settings page's choices (language, theme).
    #[serde(default, skip_serializing_if = "Preferences::is_default")]
    pub preferences: Preferences,
    #[serde(default, rename = "identity_store")]
    pub stores: Vec<IdentityStore>,
    /// Why a machine-wide configuration file could not be used (never saved).
    #[serde(skip)]
    pub machine_problems: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            preferences: Preferences::default(),
            stores: Vec::new(),
            machine_problems: Vec::new(),
        }
    }
}

/// Why the configuration could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// The file is not valid TOML or does not fit the format. It was copied
    /// to `backup` and is left as it is.
    Damaged {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
        backup: Option<PathBuf>,
    },
    /// Written by a newer dirdesk.
    NewerVersion {
        path: PathBuf,
        version: u32,
    },
    Io {
        path: PathBuf,
        reason: String,
    },
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ConfigError::Damaged {
                path,
                line,
                column,
                reason,
                backup,
            } => fl!(
                "config-damaged",
                path = path.display().to_string(),
                line = line,
                column = column,
                reason = reason,
                backup = backup
                    .as_ref()
                    .map(|b| b.display().to_string())
                    .unwrap_or_default()
            ),
            ConfigError::NewerVersion { path, version } => fl!(
                "config-newer",
                path = path.display().to_string(),
                version = version
            ),
            ConfigError::Io { path, reason } => {
                fl!(
                    "config-io",
                    path = path.display().to_string(),
                    reason = reason
                )
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ConfigError {}

fn io_error(path: &Path, error: std::io::Error) -> ConfigError {
    ConfigError::Io {
        path: path.to_path_buf(),
        reason: error.to_string(),
    }
}

/// 1-based line and column of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Copies a damaged file aside (once per distinct content) so that the
/// user's text survives whatever they do next.
fn back_up(path: &Path, text: &str) -> Option<PathBuf> {
    for n in 0.. {
        let name = if n == 0 {
            format!("{FILE_NAME}.damaged")
        } else {
            format!("{FILE_NAME}.damaged.{n}")
        };
        let backup = path.with_file_name(name);
        match fs::read_to_string(&backup) {
            Ok(existing) if existing == text => return Some(backup),
            Ok(_) => continue,
            Err(_) => {
                return private_files::create(&backup)
                    .and_then(|mut f| f.write_all(text.as_bytes()))
                    .ok()
                    .map(|()| backup);
            }
        }
    }
    None
}

/// Three-way merge for a form saved over a file that may have changed since
/// the form was opened: the fields the user changed (`edited` differs from
/// `original`) are taken, every other field stays as it is on disk now.
pub fn merge_changed<T>(on_disk: &T, original: &T, edited: &T) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned + Clone,
{
    fn merge(
        disk: &mut serde_json::Value,
        original: &serde_json::Value,
        edited: &serde_json::Value,
    ) {
        use serde_json::Value::Object;
        match (disk, original, edited) {
            (Object(disk), Object(original), Object(edited)) => {
                // A field the form set back to its default is left out of
                // the form's JSON (`skip_serializing_if`): gone from it, so
                // gone from the file too.
                for key in original.keys().filter(|k| !edited.contains_key(*k)) {
                    disk.remove(key);
                }
                for (key, new) in edited {
                    let old = original.get(key).unwrap_or(&serde_json::Value::Null);
                    if new == old {
                        continue;
                    }
                    match disk.get_mut(key) {
                        Some(current) if current.is_object() && new.is_object() => {
                            merge(current, old, new)
                        }
                        _ => {
                            disk.insert(key.clone(), new.clone());
                        }
                    }
                }
            }
            (disk, _, edited) => *disk = edited.clone(),
        }
    }
    let as_value = |t: &T| serde_json::to_value(t).ok();
    let (Some(mut disk), Some(original), Some(edited_value)) =
        (as_value(on_disk), as_value(original), as_value(edited))
    else {
        return edited.clone();
    };
    merge(&mut disk, &original, &edited_value);
    serde_json::from_value(disk).unwrap_or_else(|_| edited.clone())
}

impl Config {
    /// Parses the file's text; `path` is only for messages. Touches no file
    /// (`load` keeps a damaged file's copy).
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map_or((1, 1), |span| line_and_column(text, span.start));
            ConfigError::Damaged {
                path: path.to_path_buf(),
                line,
                column,
                reason: e.message().to_owned(),
                backup: None,
            }
        })?;
        if config.schema_version > SCHEMA_VERSION {
            return Err(ConfigError::NewerVersion {
                path: path.to_path_buf(),
                version: config.schema_version,
            });
        }
        Ok(Config {
            schema_version: SCHEMA_VERSION,
            ..config
        })
    }

    /// The configuration file's path.
    pub fn path(folders: &Folders) -> PathBuf {
        folders.config.join(FILE_NAME)
    }

    /// Reads the configuration, with the stores the machine-wide files add
    /// for every user; a missing file is an empty configuration.
    pub fn load(folders: &Folders) -> Result<Config, ConfigError> {
        let mut config = Self::load_own(folders)?;
        crate::services::machine_config::merge(
            &mut config,
            &crate::environment::machine_config_files(),
        );
        Ok(config)
    }

    /// The user's own file only.
    fn load_own(folders: &Folders) -> Result<Config, ConfigError> {
        let path = Self::path(folders);
        match fs::read_to_string(&path) {
            Ok(text) => Self::parse(&text, &path).map_err(|mut error| {
                if let ConfigError::Damaged { backup, .. } = &mut error {
                    *backup = back_up(&path, &text);
                }
                error
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Writes the configuration atomically: a temporary file in the same
    /// folder, flushed to disk, then renamed over the old one. A crash at any
    /// point leaves either the old file or the new one, never a mix.
    pub fn save(&self, folders: &Folders) -> Result<(), ConfigError> {
        let path = Self::path(folders);
        let dir = &folders.config;
        private_files::create_dir(dir).map_err(|e| io_error(dir, e))?;
        let text = toml::to_string_pretty(self).map_err(|e| ConfigError::Io {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        let tmp = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut file = private_files::create(&tmp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            fs::rename(&tmp, &path)?;
            // The rename itself must reach the disk too.
            #[cfg(unix)]
            File::open(dir)?.sync_all()?;
            Ok(())
        };
        write().map_err(|e| {
            let _ = fs::remove_file(&tmp);
            io_error(&path, e)
        })
    }

    /// The store with this name (case-insensitive).
    pub fn store(&self, name: &str) -> Option<&IdentityStore> {
        self.stores.iter().find(|s| s.is_named(name))
    }

    pub fn store_mut(&mut self, name: &str) -> Option<&mut IdentityStore> {
        self.stores.iter_mut().find(|s| s.is_named(name))
    }

    /// A fresh id for a new store, unique beyond this file too: keychain
    /// entries are named after it, and several config folders (portable
    /// installs) share one keychain.
    pub fn next_store_id(&self) -> StoreId {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let mut seed = nanos ^ (u128::from(std::process::id()) << 64);
        loop {
            let id = StoreId(format!("store-{:x}", seed & 0xffff_ffff_ffff_ffff));
            if self.stores.iter().all(|s| s.id != id) {
                return id;
            }
            seed = seed.wrapping_add(1);
        }
    }

    /// Adds or replaces (by id) a store after checking it.
    pub fn put_store(&mut self, store: IdentityStore) -> Result<(), Vec<ValidationError>> {
        let errors = validation::validate_store(&store, &self.stores);
        if !errors.is_empty() {
            return Err(errors);
        }
        match self.stores.iter_mut().find(|s| s.id == store.id) {
            Some(existing) => *existing = store,
            None => self.stores.push(store),
        }
        Ok(())
    }

    /// Removes a store by name; returns it.
    pub fn remove_store(&mut self, name: &str) -> Option<IdentityStore> {
        let index = self.stores.iter().position(|s| s.is_named(name))?;
        Some(self.stores.remove(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_saved_over_a_changed_file_keeps_what_it_did_not_change() {
        use crate::domain::NotificationSettings;
        let opened = NotificationSettings::default();
        let mut on_disk = opened.clone();
        on_disk.cc = vec!["audit@example.test".into()];
        on_disk.smtp_port = 2525;
        let mut edited = opened.clone();
        edited.also_notify.logged_in_users = true;
        edited.smtp_port = 465;
        let merged = merge_changed(&on_disk, &opened, &edited);
        assert!(merged.also_notify.logged_in_users, "changed in the form");
        assert_eq!(merged.smtp_port, 465, "changed in both: the form wins");
        assert_eq!(
            merged.cc,
            vec!["audit@example.test".to_owned()],
            "changed on disk only"
        );
        assert_eq!(
            merged.also_notify.group_owners,
            on_disk.also_notify.group_owners
        );
        // Set back to a default the file leaves out: taken too.
        use crate::domain::{SmtpAccount, SmtpAuthMethod};
        let opened = NotificationSettings {
            smtp_account: SmtpAccount::SignedInUser,
            smtp_auth_method: SmtpAuthMethod::OAuth2,
            ..Default::default()
        };
        let mut edited = opened.clone();
        edited.smtp_account = SmtpAccount::Store;
        edited.smtp_auth_method = SmtpAuthMethod::Basic;
        let merged = merge_changed(&opened, &opened, &edited);
        assert_eq!(merged.smtp_account, SmtpAccount::Store);
        assert_eq!(merged.smtp_auth_method, SmtpAuthMethod::Basic);
    }

    #[test]
    fn positions_are_one_based() {
        assert_eq!(line_and_column("a\nbc\nd", 0), (1, 1));
        assert_eq!(line_and_column("a\nbc\nd", 3), (2, 2));
        assert_eq!(line_and_column("a\nbc\nd", 5), (3, 1));
    }
}
