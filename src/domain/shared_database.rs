//! The organisation's shared database (issue 21): a published identity store
//! may name a PostgreSQL database where every desk records its changes, its
//! History and its queue. Its address is checked here; no secret is ever
//! part of it (each person signs in with their own directory account).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::fl;

/// Where the shared database is: `postgresql://HOST:PORT/DB`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DatabaseUrl {
    pub host: String,
    pub port: u16,
    pub database: String,
}

/// PostgreSQL's own port, when the address names none.
pub const DEFAULT_PORT: u16 = 5432;

impl DatabaseUrl {
    /// Reads `postgresql://HOST[:PORT]/DB` (or `postgres://`). A user name,
    /// a password or connection options are refused with the reason: a
    /// password would travel to every desk, and TLS is not optional.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad = |why: String| fl!("database-url-bad", url = text, reason = why);
        let url = url::Url::parse(text).map_err(|e| bad(e.to_string()))?;
        if !matches!(url.scheme(), "postgresql" | "postgres") {
            return Err(bad(fl!("database-url-scheme")));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad(fl!("database-url-credentials")));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad(fl!("database-url-options")));
        }
        let host = match url.host() {
            Some(url::Host::Domain(name)) => name.to_owned(),
            Some(url::Host::Ipv4(ip)) => ip.to_string(),
            Some(url::Host::Ipv6(ip)) => ip.to_string(),
            None => return Err(bad(fl!("database-url-no-host"))),
        };
        let database = url.path().trim_start_matches('/');
        let database = percent_encoding::percent_decode_str(database)
            .decode_utf8()
            .map_err(|e| bad(e.to_string()))?
            .into_owned();
        if database.is_empty() || database.contains('/') {
            return Err(bad(fl!("database-url-no-database")));
        }
        Ok(Self {
            host,
            port: url.port().unwrap_or(DEFAULT_PORT),
            database,
        })
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        // A path segment's own set: `dirdesk_prod` stays as it is.
        const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
            .add(b' ')
            .add(b'"')
            .add(b'#')
            .add(b'%')
            .add(b'/')
            .add(b'?')
            .add(b'<')
            .add(b'>')
            .add(b'`')
            .add(b'{')
            .add(b'}');
        let database = percent_encoding::utf8_percent_encode(&self.database, SEGMENT);
        write!(f, "postgresql://{host}:{}/{database}", self.port)
    }
}

impl TryFrom<String> for DatabaseUrl {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        Self::parse(&text)
    }
}

impl From<DatabaseUrl> for String {
    fn from(url: DatabaseUrl) -> String {
        url.to_string()
    }
}

/// A store's shared database as this desk keeps it: the address, and the
/// CA file its certificate is checked against (besides the system's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedDatabase {
    pub url: DatabaseUrl,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
}

/// A store's shared database as it is published: the CA as PEM, since a
/// path means nothing on another computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedDatabase {
    pub url: DatabaseUrl,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_pem: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_reads_back_as_written_with_the_default_port_filled_in() {
        let url = DatabaseUrl::parse("postgresql://db.example.test/dirdesk").expect("url");
        assert_eq!(url.host, "db.example.test");
        assert_eq!(url.port, 5432);
        assert_eq!(url.database, "dirdesk");
        assert_eq!(url.to_string(), "postgresql://db.example.test:5432/dirdesk");
        let plain = DatabaseUrl::parse("postgresql://127.0.0.1:3432/dirdesk_prod").expect("url");
        assert_eq!(
            plain.to_string(),
            "postgresql://127.0.0.1:3432/dirdesk_prod"
        );
        let v6 = DatabaseUrl::parse("postgres://[::1]:3432/hist%20ory").expect("v6");
        assert_eq!((v6.host.as_str(), v6.port), ("::1", 3432));
        assert_eq!(v6.database, "hist ory");
        assert_eq!(DatabaseUrl::parse(&v6.to_string()), Ok(v6));
    }

    #[test]
    fn a_password_options_or_another_scheme_are_refused_with_the_reason() {
        for (text, reason) in [
            ("postgresql://bob:pw@db.example.test/d", "password"),
            ("postgresql://db.example.test/d?sslmode=disable", "options"),
            ("mysql://db.example.test/d", "postgresql://"),
            ("postgresql://db.example.test/", "database"),
            ("postgresql://db.example.test", "database"),
            ("not a url", "not a url"),
        ] {
            let error = DatabaseUrl::parse(text).expect_err(text);
            assert!(error.contains(reason), "{text}: {error}");
        }
    }
}
