//! Everything that talks to the outside world: directories, mail servers,
//! the keychain and the disk.

pub mod bulk;
pub mod config_file;
pub mod digest;
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
pub mod storage;
pub mod tls;

/// An error and the chain of its causes on one line, each cause once:
/// lettre and reqwest keep the reason that matters (a certificate, a
/// refused connection) in a source.
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}
