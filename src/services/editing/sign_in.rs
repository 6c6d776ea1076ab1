//! Signing in to edit, as the window does it: the service account's password
//! and a remembered sign-in from the keychain, the password typed or the one
//! remembered for this login, and — when asked — the sign-in kept for next
//! time, saying so when the keychain would not keep it.

use secrecy::{ExposeSecret, SecretString};

use crate::domain::{IdentityStore, Security, StoreType};
use crate::fl;
use crate::services::keychain::{Keychain, KeychainError, SecretKind};
use crate::services::ldap::{LdapFailure, Session};

/// A sign-in that went through.
#[derive(Debug)]
pub struct SignedIn {
    pub session: Session,
    /// Why the sign-in could not be remembered, when that was asked for.
    pub not_remembered: Option<String>,
}

/// Why nobody is signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignInFailure {
    /// No password typed, and none remembered for this login.
    NoPassword,
    /// The store's service account needs its password from the keychain,
    /// and the keychain could not be used.
    Keychain(KeychainError),
    Directory(LdapFailure),
}

impl std::fmt::Display for SignInFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoPassword => f.write_str(&fl!("sign-in-enter-password")),
            Self::Keychain(error) => error.fmt(f),
            Self::Directory(failure) => failure.fmt(f),
        }
    }
}

impl std::error::Error for SignInFailure {}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    tokio::task::spawn_blocking(f).await.ok()
}

/// Signs `login` in to `store`. The keychain is read off the async threads
/// (D-Bus on Linux blocks).
pub async fn sign_in(
    store: &IdentityStore,
    login: &str,
    password: SecretString,
    remember: bool,
) -> Result<SignedIn, SignInFailure> {
    let id = store.id.clone();
    // Generic LDAP looks the person up as the service account; AD binds
    // with what was typed.
    let has_account = store.service_account.is_some() && store.store_type == StoreType::GenericLdap;
    let (service_password, remembered) = blocking(move || {
        let keychain = Keychain::platform();
        let service = match (&keychain, has_account) {
            (_, false) => Ok(None),
            (Ok(k), true) => k.get(&id, SecretKind::ServiceAccount),
            (Err(error), true) => Err(error.clone()),
        };
        let remembered = keychain
            .ok()
            .and_then(|k| k.get(&id, SecretKind::SignIn).ok().flatten());
        (service, remembered)
    })
    .await
    .unwrap_or((Ok(None), None));
    // Without the keychain the store's service account cannot look anyone up.
    let service_password = service_password.map_err(SignInFailure::Keychain)?;
    // One remembered sign-in per store, kept as "login\npassword": an empty
    // password field for that login uses it.
    let password = match remembered
        .as_ref()
        .and_then(|r| r.expose_secret().split_once('\n'))
    {
        Some((saved_login, saved))
            if password.expose_secret().is_empty() && saved_login == login.trim() =>
        {
            SecretString::from(saved)
        }
        _ => password,
    };
    if password.expose_secret().is_empty() {
        return Err(SignInFailure::NoPassword);
    }
    let service_password = service_password.as_ref().map(ExposeSecret::expose_secret);
    let session = Session::sign_in(store, login, password.expose_secret(), service_password)
        .await
        .map_err(SignInFailure::Directory)?;
    let not_remembered = if remember {
        let id = store.id.clone();
        let value = SecretString::from(format!("{}\n{}", login.trim(), password.expose_secret()));
        blocking(move || {
            Keychain::platform().and_then(|k| k.set(&id, SecretKind::SignIn, value.expose_secret()))
        })
        .await
        .and_then(Result::err)
        .map(|error| fl!("sign-in-remember-failed", reason = error.to_string()))
    } else {
        None
    };
    Ok(SignedIn {
        session,
        not_remembered,
    })
}

/// Signs the person in with their Kerberos ticket: no password, and none
/// from the keychain either (they bind as themselves).
pub async fn sign_in_kerberos(store: &IdentityStore) -> Result<SignedIn, SignInFailure> {
    let session = Session::sign_in_kerberos(store)
        .await
        .map_err(SignInFailure::Directory)?;
    Ok(SignedIn {
        session,
        not_remembered: None,
    })
}

/// What a Kerberos sign-in says: who is signed in, and — where this store
/// sends confirmations with the person's own mail account — that those
/// need their password once (dirdesk has none to send with).
pub fn kerberos_notes(session: &Session) -> Vec<String> {
    if !session.kerberos() {
        return Vec::new();
    }
    let principal = session.signed_in_as();
    let mut notes = vec![if session.store().security == Security::None {
        fl!("kerberos-signed-in-sealed", principal = principal)
    } else {
        fl!("kerberos-signed-in", principal = principal)
    }];
    if session.store().notifications.uses_signed_in_user() {
        notes.push(fl!("kerberos-mail-needs-password"));
    }
    notes
}
