//! A store's Notifications page: the SMTP server, the To and CC recipients,
//! and whom to "Also Notify".

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::templates::Templates;
use crate::fl;

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SmtpSecurity {
    /// "SSL enabled": TLS from the first byte (usually port 465).
    Ssl,
    /// STARTTLS before anything else (usually port 587).
    #[default]
    #[serde(rename = "starttls")]
    StartTls,
    /// No encryption. Shown as insecure.
    None,
}

impl SmtpSecurity {
    pub const ALL: [SmtpSecurity; 3] = [
        SmtpSecurity::Ssl,
        SmtpSecurity::StartTls,
        SmtpSecurity::None,
    ];

    pub fn label(self) -> String {
        match self {
            SmtpSecurity::Ssl => fl!("smtp-security-ssl"),
            SmtpSecurity::StartTls => fl!("smtp-security-starttls"),
            SmtpSecurity::None => fl!("smtp-security-none"),
        }
    }

    pub fn default_port(self) -> u16 {
        match self {
            SmtpSecurity::Ssl => 465,
            SmtpSecurity::StartTls => 587,
            SmtpSecurity::None => 25,
        }
    }
}

/// Whose account signs in to the mail server when "Use SMTP user
/// authentication" is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SmtpAccount {
    /// The store's own SMTP account ("basic"): its password is in each
    /// desk's keychain.
    #[default]
    Store,
    /// The person who made the change, with the login they typed and their
    /// directory password, as the article's product does by default.
    SignedInUser,
    /// The same, but with their mail address as the SMTP login.
    SignedInUserMail,
}

impl SmtpAccount {
    /// Whether the signed-in person's own credentials are used.
    pub fn is_signed_in_user(self) -> bool {
        matches!(self, Self::SignedInUser | Self::SignedInUserMail)
    }
}

/// How the mail server is signed in to under "Use SMTP user
/// authentication": the article's **Basic** and **OAuth 2.0**.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SmtpAuthMethod {
    /// A username and password (AUTH PLAIN / LOGIN).
    #[default]
    Basic,
    /// A bearer token from the token endpoint (SASL XOAUTH2), as Microsoft
    /// 365 and Google require.
    #[serde(rename = "oauth2")]
    OAuth2,
}

/// The OAuth 2.0 fields besides Username and Password (those are the SMTP
/// account's); the Client Secret lives in each desk's keychain.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OAuthSettings {
    /// "Token Endpoint", e.g.
    /// `https://login.microsoftonline.com/TENANT/oauth2/v2.0/token`.
    pub token_endpoint: String,
    /// "Client ID": the app registration's.
    pub client_id: String,
    /// "Scope", space-separated, e.g. `https://outlook.office365.com/.default`.
    pub scope: String,
}

impl OAuthSettings {
    pub fn is_empty(&self) -> bool {
        *self == OAuthSettings::default()
    }
}

/// The "Also Notify" checkboxes, in the article's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AlsoNotify {
    /// "Logged in users for their actions".
    pub logged_in_users: bool,
    /// "Object being modified".
    pub object_modified: bool,
    /// "Group owner(s) for their groups".
    pub group_owners: bool,
    /// "Manager(s) for their direct reports".
    pub managers: bool,
    /// "Newly added group members on addition".
    pub added_members: bool,
    /// "Removed group member on removal".
    pub removed_members: bool,
    /// "Public group owner for membership": a group's owners when someone
    /// joins or leaves it by themselves.
    pub public_group_owners: bool,
}

impl AlsoNotify {
    /// Whether any checkbox is ticked.
    pub fn any(&self) -> bool {
        self.logged_in_users
            || self.object_modified
            || self.group_owners
            || self.managers
            || self.added_members
            || self.removed_members
            || self.public_group_owners
    }
}

/// Everything on a store's Notifications page except the SMTP password,
/// which lives in the keychain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NotificationSettings {
    pub smtp_server: String,
    pub smtp_port: u16,
    pub from: String,
    pub smtp_security: SmtpSecurity,
    /// "Use SMTP user authentication".
    pub use_authentication: bool,
    pub smtp_username: String,
    /// Whose account authenticates: the store's (`smtp_username`) or the
    /// signed-in person's.
    #[serde(skip_serializing_if = "is_store_account")]
    pub smtp_account: SmtpAccount,
    /// Basic or OAuth 2.0.
    #[serde(skip_serializing_if = "is_basic")]
    pub smtp_auth_method: SmtpAuthMethod,
    #[serde(skip_serializing_if = "OAuthSettings::is_empty")]
    pub oauth: OAuthSettings,
    /// Authenticate even without encryption ("None"): the password then
    /// crosses the network readable, so it is never done unless chosen.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub allow_unencrypted_authentication: bool,
    /// CA certificate file for a mail server signed by a private CA.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_ca_file: Option<PathBuf>,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub also_notify: AlsoNotify,
    /// The Notification Editor's own wording, by email and language; none
    /// means the built-in emails.
    #[serde(skip_serializing_if = "Templates::is_empty")]
    pub templates: Templates,
}

impl Default for NotificationSettings {
    fn default() -> Self {
        Self {
            smtp_server: String::new(),
            smtp_port: SmtpSecurity::StartTls.default_port(),
            from: String::new(),
            smtp_security: SmtpSecurity::StartTls,
            use_authentication: false,
            smtp_username: String::new(),
            smtp_account: SmtpAccount::Store,
            smtp_auth_method: SmtpAuthMethod::Basic,
            oauth: OAuthSettings::default(),
            allow_unencrypted_authentication: false,
            smtp_ca_file: None,
            to: Vec::new(),
            cc: Vec::new(),
            also_notify: AlsoNotify::default(),
            templates: Templates::default(),
        }
    }
}

fn is_store_account(account: &SmtpAccount) -> bool {
    *account == SmtpAccount::Store
}

fn is_basic(method: &SmtpAuthMethod) -> bool {
    *method == SmtpAuthMethod::Basic
}

impl NotificationSettings {
    /// Whether the mail server is signed in to with the signed-in person's
    /// own credentials.
    pub fn uses_signed_in_user(&self) -> bool {
        self.use_authentication && self.smtp_account.is_signed_in_user()
    }

    /// Whether the store's SMTP password (in the keychain) is needed:
    /// Basic with the store's account, or OAuth 2.0's password grant.
    pub fn uses_store_account(&self) -> bool {
        self.use_authentication
            && self.smtp_account == SmtpAccount::Store
            && !(self.uses_oauth() && self.smtp_username.trim().is_empty())
    }

    /// Whether the mail server takes an OAuth 2.0 token.
    pub fn uses_oauth(&self) -> bool {
        self.use_authentication && self.smtp_auth_method == SmtpAuthMethod::OAuth2
    }

    /// Whether these settings would ever send an email.
    pub fn sends_anything(&self) -> bool {
        self.also_notify.any() || !self.to.is_empty() || !self.cc.is_empty()
    }

    /// Whether signing in to the mail server would send the password over
    /// an unencrypted connection.
    pub fn authenticates_unencrypted(&self) -> bool {
        self.use_authentication && self.smtp_security == SmtpSecurity::None
    }

    /// Whether that would happen without the user having chosen it.
    pub fn refuses_unencrypted_authentication(&self) -> bool {
        self.authenticates_unencrypted() && !self.allow_unencrypted_authentication
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_all_off_on_587_with_starttls() {
        let settings = NotificationSettings::default();
        assert_eq!(settings.smtp_port, 587);
        assert_eq!(settings.smtp_security, SmtpSecurity::StartTls);
        assert!(!settings.also_notify.any());
        assert!(!settings.sends_anything());
    }
}
