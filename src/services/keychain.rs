//! Passwords in the operating system's keychain, and nowhere else: the
//! Secret Service on Linux, the Keychain on macOS, the Credential Manager on
//! Windows. When none is usable dirdesk says so and keeps nothing.

use std::sync::Arc;

use keyring_core::{CredentialStore, Entry, Error};
use secrecy::{ExposeSecret, SecretString};

use crate::domain::StoreId;
use crate::environment::APP_ID;
use crate::fl;

/// A secret's text, for the one call that needs it.
pub fn expose(secret: &Option<SecretString>) -> Option<&str> {
    secret.as_ref().map(ExposeSecret::expose_secret)
}

/// Which of a store's secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// The identity store's service account password.
    ServiceAccount,
    /// The SMTP password of the store's notification settings.
    Smtp,
    /// A password the object editor was asked to remember for this store.
    SignIn,
    /// The OAuth 2.0 client secret of the store's notification settings.
    OAuthClientSecret,
}

impl SecretKind {
    pub const ALL: [SecretKind; 4] = [
        SecretKind::ServiceAccount,
        SecretKind::Smtp,
        SecretKind::SignIn,
        SecretKind::OAuthClientSecret,
    ];

    fn key(self) -> &'static str {
        match self {
            SecretKind::ServiceAccount => "service-account",
            SecretKind::Smtp => "smtp",
            SecretKind::SignIn => "sign-in",
            SecretKind::OAuthClientSecret => "oauth-client-secret",
        }
    }
}

/// Why a secret could not be stored or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeychainError {
    /// There is no usable keychain (none installed, locked, or no session).
    Unavailable(String),
    /// The keychain answered with an error.
    Failed(String),
}

impl std::fmt::Display for KeychainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            KeychainError::Unavailable(reason) => fl!("keychain-unavailable", reason = reason),
            KeychainError::Failed(reason) => fl!("keychain-failed", reason = reason),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for KeychainError {}

fn map_error(error: Error) -> KeychainError {
    match error {
        Error::NoStorageAccess(e) => KeychainError::Unavailable(e.to_string()),
        Error::NoDefaultStore => KeychainError::Unavailable(error.to_string()),
        Error::PlatformFailure(e) => KeychainError::Unavailable(e.to_string()),
        other => KeychainError::Failed(other.to_string()),
    }
}

/// The keychain, under the service name of dirdesk's app id.
#[derive(Clone)]
pub struct Keychain {
    store: Arc<CredentialStore>,
}

impl std::fmt::Debug for Keychain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keychain").finish_non_exhaustive()
    }
}

impl Keychain {
    /// The platform's keychain. Blocking (D-Bus on Linux): call it off the
    /// UI thread.
    pub fn platform() -> Result<Self, KeychainError> {
        #[cfg(target_os = "linux")]
        let store = zbus_secret_service_keyring_store::Store::new().map_err(map_error)?;
        #[cfg(target_os = "macos")]
        let store = apple_native_keyring_store::keychain::Store::new().map_err(map_error)?;
        #[cfg(target_os = "windows")]
        let store = windows_native_keyring_store::Store::new().map_err(map_error)?;
        Ok(Self { store })
    }

    /// A keychain backed by the given store (unit tests use keyring-core's
    /// mock store).
    pub fn with_store(store: Arc<CredentialStore>) -> Self {
        Self { store }
    }

    fn entry(&self, store: &StoreId, kind: SecretKind) -> Result<Entry, KeychainError> {
        Entry::new_in_store(&self.store, APP_ID, &format!("{store}/{}", kind.key()))
            .map_err(map_error)
    }

    pub fn set(
        &self,
        store: &StoreId,
        kind: SecretKind,
        secret: &str,
    ) -> Result<(), KeychainError> {
        self.entry(store, kind)?
            .set_password(secret)
            .map_err(map_error)
    }

    /// The secret, or `None` when none was stored.
    pub fn get(
        &self,
        store: &StoreId,
        kind: SecretKind,
    ) -> Result<Option<SecretString>, KeychainError> {
        match self.entry(store, kind)?.get_password() {
            Ok(secret) => Ok(Some(secret.into())),
            Err(Error::NoEntry) => Ok(None),
            Err(e) => Err(map_error(e)),
        }
    }

    /// Forgets a secret; forgetting one that is not there is fine.
    pub fn delete(&self, store: &StoreId, kind: SecretKind) -> Result<(), KeychainError> {
        match self.entry(store, kind)?.delete_credential() {
            Ok(()) | Err(Error::NoEntry) => Ok(()),
            Err(e) => Err(map_error(e)),
        }
    }

    /// Forgets every secret of a store (when the store is deleted).
    pub fn delete_all(&self, store: &StoreId) -> Result<(), KeychainError> {
        SecretKind::ALL
            .into_iter()
            .try_for_each(|kind| self.delete(store, kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keychain() -> Keychain {
        Keychain::with_store(keyring_core::mock::Store::new().expect("mock store"))
    }

    #[test]
    fn secrets_are_kept_per_store_and_kind() {
        let k = keychain();
        let a = StoreId("store-1".into());
        let b = StoreId("store-2".into());
        k.set(&a, SecretKind::ServiceAccount, "svc-a").expect("set");
        k.set(&a, SecretKind::Smtp, "smtp-a").expect("set");
        k.set(&b, SecretKind::ServiceAccount, "svc-b").expect("set");
        assert_eq!(
            expose(&k.get(&a, SecretKind::ServiceAccount).expect("get")),
            Some("svc-a")
        );
        assert_eq!(
            expose(&k.get(&a, SecretKind::Smtp).expect("get")),
            Some("smtp-a")
        );
        assert!(k.get(&b, SecretKind::Smtp).expect("get").is_none());
        k.delete_all(&a).expect("delete");
        assert!(
            k.get(&a, SecretKind::ServiceAccount)
                .expect("get")
                .is_none()
        );
        assert_eq!(
            expose(&k.get(&b, SecretKind::ServiceAccount).expect("get")),
            Some("svc-b")
        );
        k.delete_all(&a).expect("deleting twice is fine");
    }
}
