//! Everything that talks to the outside world: directories, mail servers,
//! the keychain and the disk.

pub mod config_file;
pub mod keychain;
pub mod ldap;
pub mod log_file;
pub mod tls;
