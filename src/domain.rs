//! Pure logic in the article's language: identity stores, notification
//! settings, distinguished names and addresses. Knows nothing of iced, tokio
//! or the network.

pub mod bulk;
pub mod change;
pub mod digest;
pub mod directory_object;
pub mod dn;
pub mod email;
pub mod email_address;
pub mod history_filter;
pub mod identity_store;
pub mod ldap_filter;
pub mod notification_settings;
pub mod preferences;
pub mod published_settings;
pub mod recipients;
pub mod retention;
pub mod schema;
pub mod shared_database;
pub mod templates;
pub mod validation;
pub mod value_range;

pub use identity_store::{
    ConnectionCheck, Following, Health, IdentityStore, Security, Server, StoreId, StoreType,
};
pub use notification_settings::{
    AlsoNotify, NotificationSettings, OAuthSettings, SmtpAccount, SmtpAuthMethod, SmtpSecurity,
};
pub use preferences::{Preferences, ThemeChoice};
pub use validation::{Field, ValidationError};
