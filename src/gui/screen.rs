//! The Admin Center's pages, one module each.

pub mod history;
pub mod identity_stores;
pub mod notifications;
