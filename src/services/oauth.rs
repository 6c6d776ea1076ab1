//! OAuth 2.0 for SMTP, as Microsoft 365 and Google require it: an access
//! token from the store's token endpoint — the resource-owner password
//! grant when a Username and Password are given, else the client-credentials
//! grant (app-only) — fetched with the oauth2 crate over reqwest with
//! dirdesk's own TLS (the OS trust store plus the store's SMTP CA file,
//! always verified), and cached until shortly before it expires.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use oauth2::basic::{BasicClient, BasicErrorResponseType};
use oauth2::{
    AuthType, ClientId, ClientSecret, RequestTokenError, ResourceOwnerPassword,
    ResourceOwnerUsername, Scope, StandardErrorResponse, TokenResponse, TokenUrl,
};
use secrecy::{ExposeSecret, SecretString};

use crate::domain::NotificationSettings;
use crate::fl;
use crate::services::error_chain;

/// How long before its end a cached token is fetched again: an email sent
/// with it must not meet its expiry halfway.
const REFRESH_BEFORE: Duration = Duration::from_secs(120);
/// How long the token endpoint may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// Why no token could be had, in words that say what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OAuthFailure {
    /// The Token Endpoint is no https:// URL.
    BadEndpoint {
        endpoint: String,
    },
    /// No client secret is in this desk's keychain.
    NoClientSecret,
    /// The endpoint does not know the client, or not with this secret.
    WrongClientSecret {
        detail: String,
    },
    /// The Username or Password was refused.
    WrongPassword {
        detail: String,
    },
    /// The account must pass multi-factor sign-in, which a mail sender
    /// cannot.
    NeedsMfa {
        detail: String,
    },
    /// Another refusal, in the endpoint's words.
    Refused {
        detail: String,
    },
    Unreachable {
        endpoint: String,
        detail: String,
    },
    NotTrusted {
        endpoint: String,
        detail: String,
    },
    /// An answer that is no token response.
    Malformed {
        endpoint: String,
        detail: String,
    },
}

impl std::fmt::Display for OAuthFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::BadEndpoint { endpoint } => {
                fl!("oauth-bad-endpoint", endpoint = endpoint.as_str())
            }
            Self::NoClientSecret => fl!("oauth-no-client-secret"),
            Self::WrongClientSecret { detail } => {
                fl!("oauth-wrong-client-secret", detail = detail.as_str())
            }
            Self::WrongPassword { detail } => {
                fl!("oauth-wrong-password", detail = detail.as_str())
            }
            Self::NeedsMfa { detail } => fl!("oauth-needs-mfa", detail = detail.as_str()),
            Self::Refused { detail } => fl!("oauth-refused", detail = detail.as_str()),
            Self::Unreachable { endpoint, detail } => fl!(
                "oauth-unreachable",
                endpoint = endpoint.as_str(),
                detail = detail.as_str()
            ),
            Self::NotTrusted { endpoint, detail } => fl!(
                "oauth-not-trusted",
                endpoint = endpoint.as_str(),
                detail = detail.as_str()
            ),
            Self::Malformed { endpoint, detail } => fl!(
                "oauth-malformed",
                endpoint = endpoint.as_str(),
                detail = detail.as_str()
            ),
        })
    }
}

impl OAuthFailure {
    /// Whether trying again later can help (the endpoint was not reached).
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Unreachable { .. })
    }
}

/// A token endpoint's refusal as Entra ID words it: `invalid_client` with
/// AADSTS7000215 (wrong secret) or 7000222 (expired secret), `invalid_grant`
/// with AADSTS50126 (wrong password) or 50076 / 50079 (MFA required).
pub fn refusal(error: &str, description: &str) -> OAuthFailure {
    let detail = match description.trim() {
        "" => error.to_owned(),
        text => format!("{error}: {}", first_line(text)),
    };
    let has = |code: &str| description.contains(code);
    if has("AADSTS50076") || has("AADSTS50079") || has("AADSTS50074") {
        OAuthFailure::NeedsMfa { detail }
    } else if error == "invalid_client" || has("AADSTS7000215") || has("AADSTS7000222") {
        OAuthFailure::WrongClientSecret { detail }
    } else if error == "invalid_grant"
        && (has("AADSTS50126") || has("AADSTS50034") || !description.contains("AADSTS"))
    {
        // Entra gives invalid_grant for much else too (consent missing,
        // password expired, account locked): those keep their own words.
        OAuthFailure::WrongPassword { detail }
    } else {
        OAuthFailure::Refused { detail }
    }
}

/// Entra's descriptions go on with a trace id and a timestamp.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text).trim()
}

/// What a token is for: one cache entry each.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    endpoint: String,
    client_id: String,
    scope: String,
    /// The resource owner; empty for app-only tokens.
    user: String,
    /// A digest of the client secret and password the token was got with,
    /// and the CA file the endpoint was trusted with: changed settings (a
    /// Test Server after fixing them) ask again.
    credentials: [u8; 32],
    ca_file: Option<std::path::PathBuf>,
}

struct Cached {
    token: SecretString,
    renew_at: Instant,
}

fn cache() -> &'static Mutex<HashMap<Key, Cached>> {
    static CACHE: std::sync::OnceLock<Mutex<HashMap<Key, Cached>>> = std::sync::OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn key(
    settings: &NotificationSettings,
    user: &str,
    password: Option<&SecretString>,
    client_secret: Option<&SecretString>,
) -> Key {
    let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
    for secret in [client_secret, password] {
        let text = secret.map_or("", |s| s.expose_secret());
        digest.update(&(text.len() as u64).to_be_bytes());
        digest.update(text.as_bytes());
    }
    let mut credentials = [0; 32];
    credentials.copy_from_slice(digest.finish().as_ref());
    Key {
        endpoint: settings.oauth.token_endpoint.trim().to_owned(),
        client_id: settings.oauth.client_id.trim().to_owned(),
        scope: settings.oauth.scope.trim().to_owned(),
        user: user.to_owned(),
        credentials,
        ca_file: settings.smtp_ca_file.clone(),
    }
}

/// Forgets the cached tokens for these settings and user (the mail server
/// said one was no good any more): the next `access_token` asks again.
pub fn forget(settings: &NotificationSettings, user: &str) {
    let gone = key(settings, user, None, None);
    let mut cache = cache().lock().unwrap_or_else(|p| p.into_inner());
    cache.retain(|key, _| {
        (&key.endpoint, &key.client_id, &key.scope, &key.user)
            != (&gone.endpoint, &gone.client_id, &gone.scope, &gone.user)
    });
}

/// A token to send as `user` (the Username, empty for app-only): the cached
/// one while it lasts, else a new one from the token endpoint — with the
/// password grant when a `password` is given.
pub async fn access_token(
    settings: &NotificationSettings,
    user: &str,
    password: Option<&SecretString>,
    client_secret: Option<&SecretString>,
) -> Result<SecretString, OAuthFailure> {
    let key = key(settings, user, password, client_secret);
    {
        let cache = cache().lock().unwrap_or_else(|p| p.into_inner());
        if let Some(cached) = cache.get(&key).filter(|c| Instant::now() < c.renew_at) {
            return Ok(cached.token.clone());
        }
    }
    let (token, lifetime) = request(settings, &key, password, client_secret).await?;
    let renew_at = Instant::now() + lifetime.saturating_sub(REFRESH_BEFORE).max(lifetime / 2);
    let mut cache = cache().lock().unwrap_or_else(|p| p.into_inner());
    cache.insert(
        key,
        Cached {
            token: token.clone(),
            renew_at,
        },
    );
    Ok(token)
}

/// One request to the token endpoint: the token and how long it lives.
async fn request(
    settings: &NotificationSettings,
    key: &Key,
    password: Option<&SecretString>,
    client_secret: Option<&SecretString>,
) -> Result<(SecretString, Duration), OAuthFailure> {
    let endpoint = key.endpoint.clone();
    let bad_endpoint = || OAuthFailure::BadEndpoint {
        endpoint: endpoint.clone(),
    };
    if !endpoint.to_ascii_lowercase().starts_with("https://") {
        return Err(bad_endpoint());
    }
    let token_url = TokenUrl::new(endpoint.clone()).map_err(|_| bad_endpoint())?;
    let secret = client_secret
        .filter(|s| !s.expose_secret().is_empty())
        .ok_or(OAuthFailure::NoClientSecret)?;
    let client = BasicClient::new(ClientId::new(key.client_id.clone()))
        .set_client_secret(ClientSecret::new(secret.expose_secret().to_owned()))
        .set_token_uri(token_url)
        // As Entra's own examples send it: in the form, not a header.
        .set_auth_type(AuthType::RequestBody);
    let http = http_client(settings).map_err(|detail| OAuthFailure::NotTrusted {
        endpoint: endpoint.clone(),
        detail,
    })?;
    let scopes = key
        .scope
        .split_whitespace()
        .map(|s| Scope::new(s.to_owned()));
    let answer = match password.filter(|p| !key.user.is_empty() && !p.expose_secret().is_empty()) {
        Some(password) => {
            let user = ResourceOwnerUsername::new(key.user.clone());
            let password = ResourceOwnerPassword::new(password.expose_secret().to_owned());
            client
                .exchange_password(&user, &password)
                .add_scopes(scopes)
                .request_async(&http)
                .await
        }
        None => {
            client
                .exchange_client_credentials()
                .add_scopes(scopes)
                .request_async(&http)
                .await
        }
    };
    match answer {
        Ok(token) => {
            let lifetime = token.expires_in().unwrap_or(Duration::from_secs(3600));
            Ok((
                SecretString::from(token.access_token().secret().to_owned()),
                lifetime,
            ))
        }
        Err(error) => Err(failure(error, &endpoint)),
    }
}

type RequestError = RequestTokenError<
    oauth2::HttpClientError<reqwest::Error>,
    StandardErrorResponse<BasicErrorResponseType>,
>;

fn failure(error: RequestError, endpoint: &str) -> OAuthFailure {
    let endpoint = endpoint.to_owned();
    match error {
        RequestTokenError::ServerResponse(refused) => refusal(
            refused.error().as_ref(),
            refused.error_description().map_or("", String::as_str),
        ),
        RequestTokenError::Request(error) => {
            let detail = error_chain(&error);
            if detail.contains("certificate") || detail.contains("UnknownIssuer") {
                OAuthFailure::NotTrusted { endpoint, detail }
            } else {
                OAuthFailure::Unreachable { endpoint, detail }
            }
        }
        RequestTokenError::Parse(error, _) => OAuthFailure::Malformed {
            endpoint,
            detail: error.to_string(),
        },
        RequestTokenError::Other(detail) => OAuthFailure::Malformed { endpoint, detail },
    }
}

/// reqwest with dirdesk's TLS: the OS trust store plus the store's SMTP CA
/// file, never a redirect (the oauth2 crate's advice: a redirected token
/// request could hand the secret to another host).
fn http_client(settings: &NotificationSettings) -> Result<reqwest::Client, String> {
    let config = crate::services::tls::client_config(settings.smtp_ca_file.as_deref())
        .map_err(|e| e.to_string())?;
    reqwest::Client::builder()
        .use_preconfigured_tls((*config).clone())
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REQUEST_TIMEOUT)
        .build()
        .map_err(|e| error_chain(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entra_refusals_say_what_to_do() {
        let cases = [
            (
                "invalid_client",
                "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: x",
            ),
            (
                "invalid_client",
                "AADSTS7000222: The provided client secret keys are expired.",
            ),
            (
                "invalid_grant",
                "AADSTS50126: Error validating credentials due to invalid username or password.",
            ),
            (
                "invalid_grant",
                "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication",
            ),
            ("unauthorized_client", "AADSTS700016: Application not found"),
            (
                "invalid_grant",
                "AADSTS65001: The user or administrator has not consented to use the application",
            ),
        ];
        let got: Vec<OAuthFailure> = cases.iter().map(|(e, d)| refusal(e, d)).collect();
        assert!(
            matches!(got[0], OAuthFailure::WrongClientSecret { ref detail } if detail == "invalid_client: AADSTS7000215: Invalid client secret provided.")
        );
        assert!(matches!(got[1], OAuthFailure::WrongClientSecret { .. }));
        assert!(matches!(got[2], OAuthFailure::WrongPassword { .. }));
        assert!(matches!(got[3], OAuthFailure::NeedsMfa { .. }));
        assert!(matches!(got[4], OAuthFailure::Refused { .. }));
        assert!(
            matches!(got[5], OAuthFailure::Refused { ref detail } if detail.contains("AADSTS65001"))
        );
        assert!(
            got[3]
                .to_string()
                .contains("must not require multi-factor sign-in"),
            "{}",
            got[3]
        );
    }
}
