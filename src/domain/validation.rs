//! Checking an identity store and its notification settings before saving,
//! with one specific message per problem, tied to the field it is about.

use std::fmt;

use super::dn::{self, DnError};
use super::email_address;
use super::identity_store::{IdentityStore, StoreType};
use super::notification_settings::{NotificationSettings, SmtpSecurity};
use crate::fl;

/// The field a problem is about, so screens can show it next to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Servers,
    BaseDn,
    LoginAttribute,
    ServiceAccount,
    SmtpServer,
    SmtpPort,
    From,
    SmtpUsername,
    OAuthTokenEndpoint,
    OAuthClientId,
    To,
    Cc,
}

/// One problem with what was entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidationError {
    NameEmpty,
    NameTaken(String),
    NoServers,
    BadHost(String),
    BadPort(String),
    BaseDn(DnError),
    BadLoginAttribute(String),
    BadServiceAccount(String),
    /// Not a DN once the login is put in, or no `{user}` in it.
    BadLoginDnTemplate(String),
    SmtpServerEmpty,
    BadSmtpServer(String),
    BadSmtpPort,
    SslOnPort25,
    BadFrom(String),
    SmtpUsernameEmpty,
    /// Authentication over "None" without choosing it explicitly.
    UnencryptedAuthentication,
    /// OAuth 2.0's Token Endpoint is no https:// URL.
    BadTokenEndpoint(String),
    ClientIdEmpty,
    BadAddress(Field, String),
}

impl ValidationError {
    pub fn field(&self) -> Field {
        match self {
            Self::NameEmpty | Self::NameTaken(_) => Field::Name,
            Self::NoServers | Self::BadHost(_) | Self::BadPort(_) => Field::Servers,
            Self::BaseDn(_) => Field::BaseDn,
            Self::BadLoginAttribute(_) | Self::BadLoginDnTemplate(_) => Field::LoginAttribute,
            Self::BadServiceAccount(_) => Field::ServiceAccount,
            Self::SmtpServerEmpty | Self::BadSmtpServer(_) => Field::SmtpServer,
            Self::BadSmtpPort | Self::SslOnPort25 => Field::SmtpPort,
            Self::BadFrom(_) => Field::From,
            Self::SmtpUsernameEmpty | Self::UnencryptedAuthentication => Field::SmtpUsername,
            Self::BadTokenEndpoint(_) => Field::OAuthTokenEndpoint,
            Self::ClientIdEmpty => Field::OAuthClientId,
            Self::BadAddress(field, _) => *field,
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NameEmpty => fl!("invalid-name-empty"),
            Self::NameTaken(name) => fl!("invalid-name-taken", name = name),
            Self::NoServers => fl!("invalid-no-servers"),
            Self::BadHost(host) => fl!("invalid-host", host = host),
            Self::BadPort(server) => fl!("invalid-port", server = server),
            Self::BaseDn(error) => fl!("invalid-base-dn", reason = error.to_string()),
            Self::BadLoginAttribute(attr) => fl!("invalid-login-attribute", attribute = attr),
            Self::BadServiceAccount(account) => fl!("invalid-service-account", account = account),
            Self::BadLoginDnTemplate(template) => {
                fl!("invalid-login-dn-template", template = template)
            }
            Self::SmtpServerEmpty => fl!("invalid-smtp-server-empty"),
            Self::BadSmtpServer(host) => fl!("invalid-host", host = host),
            Self::BadSmtpPort => fl!("invalid-smtp-port"),
            Self::SslOnPort25 => fl!("invalid-ssl-on-25"),
            Self::BadFrom(address) => fl!("invalid-from", address = address),
            Self::SmtpUsernameEmpty => fl!("invalid-smtp-username-empty"),
            Self::UnencryptedAuthentication => fl!("invalid-smtp-unencrypted-authentication"),
            Self::BadTokenEndpoint(endpoint) => fl!("oauth-bad-endpoint", endpoint = endpoint),
            Self::ClientIdEmpty => fl!("invalid-oauth-client-id-empty"),
            Self::BadAddress(_, address) => fl!("invalid-address", address = address),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ValidationError {}

/// Whether `host` is a host name or an IP address.
pub fn is_valid_host(host: &str) -> bool {
    if host.parse::<std::net::IpAddr>().is_ok() {
        return true;
    }
    !host.is_empty()
        && host.len() <= 253
        && host.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

fn is_attribute_name(attr: &str) -> bool {
    attr.starts_with(|c: char| c.is_ascii_alphabetic())
        && attr.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A service account is a DN; on Active Directory also `user@domain` (UPN)
/// or `DOMAIN\user`.
fn is_valid_service_account(account: &str, store_type: StoreType) -> bool {
    if dn::validate(account).is_ok() {
        return true;
    }
    if store_type != StoreType::ActiveDirectory || account.chars().any(char::is_whitespace) {
        return false;
    }
    let upn = account
        .split_once('@')
        .is_some_and(|(user, domain)| !user.is_empty() && is_valid_host(domain));
    let down_level = account.split_once('\\').is_some_and(|(domain, user)| {
        !domain.is_empty() && !user.is_empty() && !user.contains('\\')
    });
    upn || down_level
}

/// Every problem with `store`, given the other stores (for name clashes).
pub fn validate_store(store: &IdentityStore, others: &[IdentityStore]) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let name = store.name.trim();
    if name.is_empty() {
        errors.push(ValidationError::NameEmpty);
    } else if others.iter().any(|o| o.id != store.id && o.is_named(name)) {
        errors.push(ValidationError::NameTaken(name.to_owned()));
    }
    if store.servers.is_empty() {
        errors.push(ValidationError::NoServers);
    }
    for server in &store.servers {
        if !is_valid_host(&server.host) {
            errors.push(ValidationError::BadHost(server.host.clone()));
        }
        if server.port == 0 {
            errors.push(ValidationError::BadPort(server.to_string()));
        }
    }
    if let Err(error) = dn::validate(&store.base_dn) {
        errors.push(ValidationError::BaseDn(error));
    }
    if !is_attribute_name(&store.login_attribute) {
        errors.push(ValidationError::BadLoginAttribute(
            store.login_attribute.clone(),
        ));
    }
    if let Some(account) = &store.service_account
        && !is_valid_service_account(account, store.store_type)
    {
        errors.push(ValidationError::BadServiceAccount(account.clone()));
    }
    if let Some(template) = &store.login_dn_template
        && (!template.contains(dn::LOGIN_PLACEHOLDER)
            || dn::validate(&dn::from_template(template, "user")).is_err())
    {
        errors.push(ValidationError::BadLoginDnTemplate(template.clone()));
    }
    errors.extend(validate_notifications(&store.notifications));
    errors
}

/// Every problem with a store's notification settings. Settings that send
/// nothing and name no server may stay empty.
pub fn validate_notifications(settings: &NotificationSettings) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let server = settings.smtp_server.trim();
    let in_use = settings.sends_anything() || !server.is_empty();
    if !in_use {
        return errors;
    }
    if server.is_empty() {
        errors.push(ValidationError::SmtpServerEmpty);
    } else if !is_valid_host(server) {
        errors.push(ValidationError::BadSmtpServer(server.to_owned()));
    }
    if settings.smtp_port == 0 {
        errors.push(ValidationError::BadSmtpPort);
    } else if settings.smtp_port == 25 && settings.smtp_security == SmtpSecurity::Ssl {
        errors.push(ValidationError::SslOnPort25);
    }
    if !email_address::is_valid(settings.from.trim()) {
        errors.push(ValidationError::BadFrom(settings.from.trim().to_owned()));
    }
    if settings.uses_store_account() && settings.smtp_username.trim().is_empty() {
        errors.push(ValidationError::SmtpUsernameEmpty);
    }
    if settings.refuses_unencrypted_authentication() {
        errors.push(ValidationError::UnencryptedAuthentication);
    }
    if settings.uses_oauth() {
        let endpoint = settings.oauth.token_endpoint.trim();
        if !endpoint.to_ascii_lowercase().starts_with("https://") {
            errors.push(ValidationError::BadTokenEndpoint(endpoint.to_owned()));
        }
        if settings.oauth.client_id.trim().is_empty() {
            errors.push(ValidationError::ClientIdEmpty);
        }
    }
    for (field, list) in [(Field::To, &settings.to), (Field::Cc, &settings.cc)] {
        for address in list.iter().filter(|a| !email_address::is_valid(a)) {
            errors.push(ValidationError::BadAddress(field, address.clone()));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::identity_store::{Server, StoreId};

    fn good_store() -> IdentityStore {
        let mut store =
            IdentityStore::new(StoreId("store-1".into()), "Corp", StoreType::GenericLdap);
        store.servers.push(Server {
            host: "ldap.example.test".into(),
            port: 636,
        });
        store.base_dn = "dc=example,dc=test".into();
        store.service_account = Some("cn=svc,dc=example,dc=test".into());
        store
    }

    #[test]
    fn a_complete_store_has_no_problems() {
        assert_eq!(validate_store(&good_store(), &[]), vec![]);
    }

    #[test]
    fn each_problem_is_named_specifically() {
        type Change = Box<dyn Fn(&mut IdentityStore)>;
        let cases: Vec<(Change, ValidationError)> = vec![
            (
                Box::new(|s| s.name = "  ".into()),
                ValidationError::NameEmpty,
            ),
            (Box::new(|s| s.servers.clear()), ValidationError::NoServers),
            (
                Box::new(|s| s.servers[0].host = "bad host".into()),
                ValidationError::BadHost("bad host".into()),
            ),
            (
                Box::new(|s| s.servers[0].port = 0),
                ValidationError::BadPort("ldap.example.test:0".into()),
            ),
            (
                Box::new(|s| s.base_dn = "example.test".into()),
                ValidationError::BaseDn(DnError::MissingEquals("example.test".into())),
            ),
            (
                Box::new(|s| s.login_attribute = "u id".into()),
                ValidationError::BadLoginAttribute("u id".into()),
            ),
            (
                Box::new(|s| s.service_account = Some("svc@example.test".into())),
                ValidationError::BadServiceAccount("svc@example.test".into()),
            ),
            (
                Box::new(|s| s.notifications.also_notify.logged_in_users = true),
                ValidationError::SmtpServerEmpty,
            ),
        ];
        for (change, expected) in cases {
            let mut store = good_store();
            change(&mut store);
            let errors = validate_store(&store, &[]);
            assert!(errors.contains(&expected), "{expected:?} not in {errors:?}");
            assert!(!expected.to_string().is_empty());
        }
    }

    #[test]
    fn names_are_unique_without_regard_to_case() {
        let mut other = good_store();
        other.id = StoreId("store-2".into());
        other.name = "CORP".into();
        assert_eq!(
            validate_store(&good_store(), &[other]),
            vec![ValidationError::NameTaken("Corp".into())]
        );
        // A store does not clash with its own saved self.
        assert_eq!(validate_store(&good_store(), &[good_store()]), vec![]);
    }

    #[test]
    fn active_directory_accepts_upn_and_down_level_service_accounts() {
        let mut store = good_store();
        store.store_type = StoreType::ActiveDirectory;
        for account in [
            "svc@example.test",
            "EXAMPLE\\svc",
            "CN=svc,CN=Users,DC=example,DC=test",
        ] {
            store.service_account = Some(account.into());
            assert_eq!(validate_store(&store, &[]), vec![], "{account}");
        }
        store.service_account = Some("EXAMPLE\\".into());
        assert_eq!(validate_store(&store, &[]).len(), 1);
    }

    #[test]
    fn authentication_without_encryption_needs_an_explicit_choice() {
        let mut n = NotificationSettings {
            smtp_server: "smtp.example.test".into(),
            from: "dirdesk@example.test".into(),
            smtp_security: SmtpSecurity::None,
            smtp_port: 25,
            smtp_username: "mailer".into(),
            ..Default::default()
        };
        assert_eq!(
            validate_notifications(&n),
            vec![],
            "no password, nothing to protect"
        );
        n.use_authentication = true;
        assert_eq!(
            validate_notifications(&n),
            vec![ValidationError::UnencryptedAuthentication]
        );
        n.allow_unencrypted_authentication = true;
        assert_eq!(validate_notifications(&n), vec![]);
        n.allow_unencrypted_authentication = false;
        n.smtp_security = SmtpSecurity::StartTls;
        assert_eq!(validate_notifications(&n), vec![]);
    }

    #[test]
    fn notification_settings_problems() {
        let mut n = NotificationSettings {
            smtp_server: "smtp.example.test".into(),
            from: "dirdesk@example.test".into(),
            ..Default::default()
        };
        assert_eq!(validate_notifications(&n), vec![]);
        n.smtp_security = SmtpSecurity::Ssl;
        n.smtp_port = 25;
        n.from = "not an address".into();
        n.use_authentication = true;
        n.to = vec!["ok@example.test".into(), "bad@".into()];
        n.cc = vec!["x".into()];
        assert_eq!(
            validate_notifications(&n),
            vec![
                ValidationError::SslOnPort25,
                ValidationError::BadFrom("not an address".into()),
                ValidationError::SmtpUsernameEmpty,
                ValidationError::BadAddress(Field::To, "bad@".into()),
                ValidationError::BadAddress(Field::Cc, "x".into()),
            ]
        );
        assert_eq!(
            ValidationError::BadAddress(Field::Cc, "x".into()).field(),
            Field::Cc
        );
    }

    #[test]
    fn hosts() {
        for h in [
            "127.0.0.1",
            "::1",
            "dc1.example.test",
            "localhost",
            "dc_1.example.test",
        ] {
            assert!(is_valid_host(h), "{h}");
        }
        for h in ["", "a b", "-x.test", "x..test", "ldap://x"] {
            assert!(!is_valid_host(h), "{h}");
        }
    }
}
