//! The user's own choices for the app, from the Settings page: the language
//! of the window and command line, and light or dark.

use serde::{Deserialize, Serialize};

/// What the Settings page keeps in the configuration file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// A language dirdesk has (`de`, `pt`, …); `None` follows the
    /// operating system's languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub theme: ThemeChoice,
}

impl Preferences {
    /// True when nothing was chosen: the file then needs no `[preferences]`.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// Light or dark, or whatever the operating system uses (and follows it
/// when it changes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];
}
