//! The organisation's shared database on PostgreSQL: signing in as the
//! person (PostgreSQL checks the password against the directory, its `ldap`
//! authentication), always over verified TLS, through a small pool of
//! connections; and what its errors mean, in words a person can act on.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use crate::domain::shared_database::{DatabaseUrl, SharedDatabase};
use crate::fl;

mod history;
pub mod migrations;
pub mod queue;
pub mod retention;
pub mod roles;

pub use migrations::{Check, LATEST_VERSION};

/// A pool of connections to one shared database, signed in as one person.
#[derive(Clone)]
pub struct Database {
    pool: deadpool_postgres::Pool,
    url: DatabaseUrl,
    login: String,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("url", &self.url.to_string())
            .field("login", &self.login)
            .finish_non_exhaustive()
    }
}

/// What went wrong with the shared database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseProblem {
    /// Nothing answered at the address (or not in time).
    Unreachable,
    /// The CA file this desk checks the server with cannot be used.
    LocalCaFile,
    /// The server's certificate was not accepted, or it offers no TLS.
    Certificate,
    /// The directory refused the password.
    WrongPassword,
    /// The person has no login role in PostgreSQL.
    NoRole,
    /// `pg_hba.conf` lets this person or computer not in.
    NotAllowed,
    /// The database named does not exist.
    NoDatabase,
    /// `dirdesk db init` has not been run there.
    NotSetUp,
    /// Set up by a newer dirdesk.
    Newer { version: i32 },
    /// PostgreSQL refused it (row-level security, a missing grant).
    Refused,
    /// Anything else, in PostgreSQL's words.
    Other,
}

/// Why the shared database could not be used: what, where, and the
/// server's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseError {
    pub url: String,
    pub problem: DatabaseProblem,
    pub detail: String,
}

impl std::fmt::Display for DatabaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let url = self.url.as_str();
        let detail = self.detail.as_str();
        let text = match &self.problem {
            DatabaseProblem::Unreachable => fl!("database-unreachable", url = url, detail = detail),
            DatabaseProblem::Certificate => fl!("database-certificate", url = url, detail = detail),
            DatabaseProblem::WrongPassword => {
                fl!("database-wrong-password", url = url, detail = detail)
            }
            DatabaseProblem::LocalCaFile => fl!("database-ca-file", url = url, detail = detail),
            DatabaseProblem::NoRole => fl!("database-no-role", url = url, detail = detail),
            DatabaseProblem::NotAllowed => fl!("database-not-allowed", url = url, detail = detail),
            DatabaseProblem::NoDatabase => fl!("database-missing", url = url, detail = detail),
            DatabaseProblem::NotSetUp => fl!("database-not-set-up", url = url),
            DatabaseProblem::Newer { version } => fl!(
                "database-newer",
                url = url,
                version = version.to_string(),
                known = LATEST_VERSION.to_string()
            ),
            DatabaseProblem::Refused => fl!("database-refused", url = url, detail = detail),
            DatabaseProblem::Other => fl!("database-other", url = url, detail = detail),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DatabaseError {}

impl DatabaseError {
    pub(crate) fn new(url: &DatabaseUrl, problem: DatabaseProblem, detail: String) -> Self {
        Self {
            url: url.to_string(),
            problem,
            detail,
        }
    }

    /// What a PostgreSQL client error means: the server's SQLSTATE when it
    /// answered, else the causes of the failure (TLS, the network).
    pub(crate) fn from_postgres(url: &DatabaseUrl, error: &tokio_postgres::Error) -> Self {
        use tokio_postgres::error::SqlState;
        let Some(db) = error.as_db_error() else {
            let detail = crate::services::error_chain(error);
            return Self::new(url, not_answered(error, &detail), detail);
        };
        let detail = db.message().to_owned();
        let code = db.code();
        let problem = if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            || *code == SqlState::INVALID_PASSWORD
        {
            // One code for all three; the words tell them apart (and in
            // another server language the detail is still shown).
            if detail.contains("role \"") && detail.contains("does not exist") {
                DatabaseProblem::NoRole
            } else if detail.contains("pg_hba.conf") {
                DatabaseProblem::NotAllowed
            } else {
                DatabaseProblem::WrongPassword
            }
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            DatabaseProblem::NoDatabase
        } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            DatabaseProblem::Refused
        } else {
            DatabaseProblem::Other
        };
        Self::new(url, problem, detail)
    }
}

/// Why a server did not answer: a certificate (rustls said so, or the
/// server offers no TLS), or the network.
fn not_answered(error: &tokio_postgres::Error, detail: &str) -> DatabaseProblem {
    let mut cause = std::error::Error::source(error);
    while let Some(current) = cause {
        if current.downcast_ref::<rustls::Error>().is_some() {
            return DatabaseProblem::Certificate;
        }
        if let Some(io) = current.downcast_ref::<std::io::Error>() {
            // tokio-rustls hands rustls's refusal over inside an io::Error.
            let tls = io
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some());
            return if tls {
                DatabaseProblem::Certificate
            } else {
                DatabaseProblem::Unreachable
            };
        }
        cause = current.source();
    }
    if detail.to_lowercase().contains("tls") {
        DatabaseProblem::Certificate
    } else {
        DatabaseProblem::Unreachable
    }
}

impl Database {
    /// Signs in to `database` as `login` with their directory password and
    /// makes sure it answers (a first connection is opened now, so a wrong
    /// password or an untrusted certificate is told at once).
    pub async fn connect(
        database: &SharedDatabase,
        login: &str,
        password: &SecretString,
    ) -> Result<Self, DatabaseError> {
        let url = database.url.clone();
        let tls = crate::services::tls::client_config(database.ca_file.as_deref())
            .map_err(|e| DatabaseError::new(&url, DatabaseProblem::LocalCaFile, e.to_string()))?;
        let tls = tokio_postgres_rustls::MakeRustlsConnect::new((*tls).clone());
        let mut config = tokio_postgres::Config::new();
        config
            .host(&url.host)
            .port(url.port)
            .dbname(&url.database)
            .user(login)
            .password(password.expose_secret().as_bytes())
            // Never without TLS: the password goes to the server in clear
            // inside it (LDAP authentication needs it as typed).
            .ssl_mode(tokio_postgres::config::SslMode::Require)
            .application_name("dirdesk")
            .connect_timeout(Duration::from_secs(10))
            .keepalives_idle(Duration::from_secs(60));
        let manager = deadpool_postgres::Manager::from_config(
            config,
            tls,
            deadpool_postgres::ManagerConfig {
                recycling_method: deadpool_postgres::RecyclingMethod::Fast,
            },
        );
        let pool = deadpool_postgres::Pool::builder(manager)
            .max_size(4)
            .wait_timeout(Some(Duration::from_secs(30)))
            .create_timeout(Some(Duration::from_secs(15)))
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .build()
            .map_err(|e| DatabaseError::new(&url, DatabaseProblem::Other, e.to_string()))?;
        let database = Self {
            pool,
            url,
            login: login.to_owned(),
        };
        // Once more after a pause when PostgreSQL could not check the
        // password or was not there: the person has just signed in to the
        // directory with this password, so a refusal now is as likely the
        // database server failing to reach the directory for a moment.
        match database.client().await {
            Ok(client) => drop(client),
            Err(e)
                if matches!(
                    e.problem,
                    DatabaseProblem::WrongPassword | DatabaseProblem::Unreachable
                ) =>
            {
                tokio::time::sleep(Duration::from_secs(1)).await;
                drop(database.client().await?);
            }
            Err(e) => return Err(e),
        }
        Ok(database)
    }

    /// A connection from the pool.
    pub(crate) async fn client(&self) -> Result<deadpool_postgres::Object, DatabaseError> {
        self.pool.get().await.map_err(|e| self.pool_error(e))
    }

    fn pool_error(&self, error: deadpool_postgres::PoolError) -> DatabaseError {
        match error {
            deadpool_postgres::PoolError::Backend(e) => self.error(&e),
            deadpool_postgres::PoolError::Timeout(_) => {
                DatabaseError::new(&self.url, DatabaseProblem::Unreachable, error.to_string())
            }
            other => DatabaseError::new(&self.url, DatabaseProblem::Other, other.to_string()),
        }
    }

    /// A PostgreSQL error told against this database.
    pub(crate) fn error(&self, error: &tokio_postgres::Error) -> DatabaseError {
        DatabaseError::from_postgres(&self.url, error)
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    /// Who this pool is signed in as.
    pub fn login(&self) -> &str {
        &self.login
    }
}
