//! TLS client settings shared by LDAP and SMTP: the operating system's trust
//! store plus, optionally, a CA file for servers signed by a private CA.
//! Certificates are always verified.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::ClientConfig;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

/// Why a TLS configuration could not be built.
#[derive(Debug, Clone, thiserror::Error)]
pub enum TlsError {
    #[error("cannot read the CA certificate file {path}: {reason}")]
    CaFileUnreadable { path: PathBuf, reason: String },
    #[error("the CA certificate file {path} holds no PEM certificate")]
    CaFileEmpty { path: PathBuf },
    #[error("cannot set up certificate verification: {0}")]
    Verifier(String),
}

/// The one crypto provider dirdesk compiles in (ring).
pub fn crypto_provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Reads every certificate in a PEM file.
pub fn read_ca_file(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let unreadable = |reason: String| TlsError::CaFileUnreadable {
        path: path.to_path_buf(),
        reason,
    };
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(|e| unreadable(e.to_string()))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| unreadable(e.to_string()))?;
    if certs.is_empty() {
        return Err(TlsError::CaFileEmpty {
            path: path.to_path_buf(),
        });
    }
    Ok(certs)
}

/// A verifying client configuration: the platform's trust store plus the
/// certificates in `ca_file`, if given.
pub fn client_config(ca_file: Option<&Path>) -> Result<Arc<ClientConfig>, TlsError> {
    let extra = match ca_file {
        Some(path) => read_ca_file(path)?,
        None => Vec::new(),
    };
    let provider = crypto_provider();
    let verifier =
        rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider.clone())
            .map_err(|e| TlsError::Verifier(e.to_string()))?;
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Verifier(e.to_string()))?
        .dangerous() // not dangerous: the platform verifier verifies
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok(Arc::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_certificates_is_reported_by_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("ca.pem");
        std::fs::write(&path, "not a certificate\n").expect("write");
        let error = read_ca_file(&path).expect_err("no certificate");
        assert!(matches!(error, TlsError::CaFileEmpty { .. }));
        assert!(error.to_string().contains("ca.pem"), "{error}");
    }

    #[test]
    fn a_missing_file_is_reported_by_name() {
        let error = client_config(Some(Path::new("/nonexistent/dirdesk-ca.pem")))
            .expect_err("missing file");
        assert!(
            error.to_string().contains("/nonexistent/dirdesk-ca.pem"),
            "{error}"
        );
    }
}
