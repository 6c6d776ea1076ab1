//! Talking to LDAP and Active Directory servers with ldap3: connecting with
//! verified TLS, and errors in words a person can act on.

pub mod connect;
pub mod connection_test;

pub use connect::{LdapFailure, connect};
pub use connection_test::{ConnectionReport, RootDse, test_connection};
