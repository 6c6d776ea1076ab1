//! dirdesk: a desktop Admin Center and object editor for Active Directory and
//! LDAP directories that tells users about the changes they make.

pub mod cli;
pub mod domain;
pub mod environment;
pub mod gui;
pub mod i18n;
pub mod services;
