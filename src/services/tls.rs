//! TLS client settings shared by LDAP and SMTP: the operating system's trust
//! store plus, optionally, a CA file for servers signed by a private CA.
//! Certificates are always verified.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, SignatureScheme};

/// Why a TLS configuration could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
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

/// Why a server's certificate was refused, and what it said about itself:
/// enough for a person to decide which CA file to trust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedCertificate {
    pub problem: CertificateProblem,
    /// The server certificate's subject, e.g. `CN=localhost, O=Example`.
    pub subject: String,
    /// Who signed it.
    pub issuer: String,
    /// The names it is valid for (subject alternative names).
    pub names: Vec<String>,
}

/// What was wrong with a server's certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateProblem {
    /// Signed by a CA that is not trusted.
    NotTrusted,
    /// Valid, but for other names than the one connected to.
    WrongName,
    Expired,
    Other(String),
}

/// Where the verifier leaves the last refused certificate.
pub type RefusalSlot = Arc<Mutex<Option<RefusedCertificate>>>;

fn describe(cert: &CertificateDer<'_>, problem: CertificateProblem) -> RefusedCertificate {
    use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};
    let mut refused = RefusedCertificate {
        problem,
        subject: String::new(),
        issuer: String::new(),
        names: Vec::new(),
    };
    if let Ok((_, x509)) = X509Certificate::from_der(cert.as_ref()) {
        refused.subject = x509.subject().to_string();
        refused.issuer = x509.issuer().to_string();
        if let Ok(Some(san)) = x509.subject_alternative_name() {
            for name in &san.value.general_names {
                match name {
                    GeneralName::DNSName(n) => refused.names.push((*n).to_owned()),
                    GeneralName::IPAddress(ip) => {
                        let ip = match ip.len() {
                            4 => <[u8; 4]>::try_from(*ip).ok().map(std::net::IpAddr::from),
                            16 => <[u8; 16]>::try_from(*ip).ok().map(std::net::IpAddr::from),
                            _ => None,
                        };
                        refused.names.extend(ip.map(|ip| ip.to_string()));
                    }
                    _ => {}
                }
            }
        }
    }
    refused
}

/// The platform verifier, remembering what it refused.
#[derive(Debug)]
struct RecordingVerifier {
    inner: rustls_platform_verifier::Verifier,
    refusal: RefusalSlot,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let result = self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        if let Err(rustls::Error::InvalidCertificate(error)) = &result {
            let problem = match error {
                CertificateError::UnknownIssuer | CertificateError::BadSignature => {
                    CertificateProblem::NotTrusted
                }
                CertificateError::NotValidForName
                | CertificateError::NotValidForNameContext { .. } => CertificateProblem::WrongName,
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                    CertificateProblem::Expired
                }
                other => CertificateProblem::Other(format!("{other:?}")),
            };
            if let Ok(mut slot) = self.refusal.lock() {
                *slot = Some(describe(end_entity, problem));
            }
        }
        result
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// A verifying client configuration: the platform's trust store plus the
/// certificates in `ca_file`, if given.
pub fn client_config(ca_file: Option<&Path>) -> Result<Arc<ClientConfig>, TlsError> {
    client_config_recording(ca_file).map(|(config, _)| config)
}

/// Like [`client_config`], and also returns the slot where a refused server
/// certificate is described.
pub fn client_config_recording(
    ca_file: Option<&Path>,
) -> Result<(Arc<ClientConfig>, RefusalSlot), TlsError> {
    let extra = match ca_file {
        Some(path) => read_ca_file(path)?,
        None => Vec::new(),
    };
    let provider = crypto_provider();
    let inner = rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider.clone())
        .map_err(|e| TlsError::Verifier(e.to_string()))?;
    let refusal = RefusalSlot::default();
    let verifier = RecordingVerifier {
        inner,
        refusal: refusal.clone(),
    };
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Verifier(e.to_string()))?
        .dangerous() // not dangerous: the platform verifier verifies
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok((Arc::new(config), refusal))
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
