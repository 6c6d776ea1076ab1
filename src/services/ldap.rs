//! Talking to LDAP and Active Directory servers with ldap3: connecting with
//! verified TLS, and errors in words a person can act on.

pub mod apply;
pub mod connect;
pub mod connection_test;
pub mod kerberos;
pub mod member_of;
pub mod names;
pub mod object;
pub mod published;
pub mod search;
pub mod session;

pub use apply::{Applied, ChangeFailure, preview};
pub use connect::{LdapFailure, connect};
pub use connection_test::{ConnectionReport, RootDse, test_connection};
pub use member_of::{Membership, Via};
pub use search::SearchOutcome;
pub use session::{Session, SignedInUser};
