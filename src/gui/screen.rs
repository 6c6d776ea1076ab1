//! The Admin Center's pages, one module each.

pub mod configurations;
pub mod editor;
pub mod history;
pub mod identity_stores;
pub mod notification_settings;
pub mod notifications;
pub mod settings;
pub mod storage_source;
pub mod store_details;
pub mod template_editor;
