//! Everything that talks to the outside world: directories, mail servers,
//! the keychain and the disk.

pub mod config_file;
pub mod editing;
pub mod fault;
pub mod keychain;
pub mod ldap;
pub mod log_file;
pub mod machine_config;
pub mod mailer;
pub mod notification_queue;
pub mod notify;
pub mod oauth;
pub mod private_files;
pub mod published;
pub mod tls;
