//! Reading passwords for the command line: from standard input when asked,
//! otherwise from an interactive prompt that does not echo. Never from
//! arguments.

use std::io::{BufRead, IsTerminal};

use secrecy::zeroize::Zeroize;
use secrecy::{ExposeSecret, SecretString};

use super::Failure;
use crate::fl;

/// Reads one line from standard input, without its line ending.
pub fn from_stdin() -> Result<SecretString, Failure> {
    let mut typed = String::new();
    std::io::stdin().lock().read_line(&mut typed)?;
    let secret = SecretString::from(typed.trim_end_matches(['\r', '\n']));
    typed.zeroize();
    if secret.expose_secret().is_empty() {
        return Err(Failure(fl!("cli-empty-password")));
    }
    Ok(secret)
}

/// `--…-password-stdin` reads standard input; otherwise a terminal prompts,
/// and without a terminal there is no password.
pub fn read(from_stdin_flag: bool, prompt: &str) -> Result<Option<SecretString>, Failure> {
    if from_stdin_flag {
        return from_stdin().map(Some);
    }
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let secret = SecretString::from(rpassword::prompt_password(prompt)?);
    Ok((!secret.expose_secret().is_empty()).then_some(secret))
}
