//! Reading one object with all its user attributes, and the schema facts the
//! editor needs (read once per session from the subschema entry).

use std::sync::Arc;

use ldap3::{Scope, SearchEntry};

use super::connect::{LdapFailure, OPERATION_TIMEOUT};
use super::connection_test::RootDse;
use super::session::Session;
use crate::domain::directory_object::{DirectoryObject, Value};
use crate::domain::schema::Schema;

/// What marks a version of an object, for "has it changed since I read it".
pub(super) const VERSION_ATTRIBUTES: [&str; 3] = ["entryCSN", "uSNChanged", "modifyTimestamp"];

/// Turns a search entry into a directory object, keeping binary values apart.
pub(super) fn object_from(entry: SearchEntry) -> DirectoryObject {
    let mut object = DirectoryObject::new(entry.dn);
    for (name, values) in entry.attrs {
        object.push(&name, values.into_iter().map(Value::Text));
    }
    for (name, values) in entry.bin_attrs {
        object.push(&name, values.into_iter().map(Value::Binary));
    }
    object
}

impl Session {
    /// Reads `dn` with every user attribute (and what marks its version).
    pub async fn read(&mut self, dn: &str) -> Result<DirectoryObject, LdapFailure> {
        let result = async {
            let (ldap, server) = self.connection().await?;
            let mut attrs = vec!["*"];
            attrs.extend(VERSION_ATTRIBUTES);
            let ldap3::SearchResult(entries, result) = ldap
                .with_timeout(OPERATION_TIMEOUT)
                .search(dn, Scope::Base, "(objectClass=*)", attrs)
                .await
                .map_err(|e| LdapFailure::from_operation(e, &server))?;
            match result.rc {
                0 => {}
                32 => return Err(LdapFailure::NoSuchObject { dn: dn.to_owned() }),
                _ => return Err(LdapFailure::from_result(&result, &server)),
            }
            entries
                .into_iter()
                .next()
                .map(|e| object_from(SearchEntry::construct(e)))
                .ok_or_else(|| LdapFailure::NoSuchObject { dn: dn.to_owned() })
        }
        .await;
        self.observe(result)
    }

    /// A person's name, mail and language, if the signed-in user may read them.
    pub async fn person(&mut self, dn: &str) -> Option<crate::domain::recipients::Person> {
        let result = async {
            let (ldap, server) = self.connection().await?;
            let ldap3::SearchResult(entries, _) = ldap
                .with_timeout(OPERATION_TIMEOUT)
                .search(
                    dn,
                    Scope::Base,
                    "(objectClass=*)",
                    vec!["displayName", "cn", "mail", "preferredLanguage"],
                )
                .await
                .map_err(|e| LdapFailure::from_operation(e, &server))?;
            Ok(entries
                .into_iter()
                .next()
                .map(|e| object_from(SearchEntry::construct(e))))
        }
        .await;
        let object = self.observe(result).ok().flatten()?;
        Some(crate::domain::recipients::Person {
            name: object.name(),
            mail: object.text("mail").map(str::to_owned),
            language: object.text("preferredLanguage").map(str::to_owned),
            dn: object.dn,
        })
    }

    /// The directory's root DSE (read once per session).
    pub async fn root_dse(&mut self) -> Result<RootDse, LdapFailure> {
        if let Some(root_dse) = &self.root_dse {
            return Ok(root_dse.clone());
        }
        let result = async {
            let (ldap, server) = self.connection().await?;
            super::connection_test::read_root_dse(ldap, &server).await
        }
        .await;
        let root_dse = self.observe(result)?;
        self.root_dse = Some(root_dse.clone());
        Ok(root_dse)
    }

    /// The attribute types of the directory's schema (read once per session).
    pub async fn schema(&mut self) -> Result<Arc<Schema>, LdapFailure> {
        if let Some(schema) = &self.schema {
            return Ok(schema.clone());
        }
        let result = async {
            let (ldap, server) = self.connection().await?;
            let ldap3::SearchResult(entries, _) = ldap
                .with_timeout(OPERATION_TIMEOUT)
                .search(
                    "",
                    Scope::Base,
                    "(objectClass=*)",
                    vec!["subschemaSubentry"],
                )
                .await
                .map_err(|e| LdapFailure::from_operation(e, &server))?;
            let subschema = entries
                .into_iter()
                .next()
                .map(SearchEntry::construct)
                .and_then(|e| {
                    e.attrs
                        .get("subschemaSubentry")
                        .and_then(|v| v.first().cloned())
                })
                .unwrap_or_else(|| "cn=Subschema".to_owned());
            let ldap3::SearchResult(entries, result) = ldap
                .with_timeout(OPERATION_TIMEOUT)
                .search(
                    &subschema,
                    Scope::Base,
                    "(objectClass=subschema)",
                    vec!["attributeTypes"],
                )
                .await
                .map_err(|e| LdapFailure::from_operation(e, &server))?;
            if result.rc != 0 {
                // Without a schema the editor still works, with fewer hints.
                tracing::warn!(rc = result.rc, text = %result.text, "cannot read the schema");
            }
            let types = entries
                .into_iter()
                .next()
                .map(SearchEntry::construct)
                .and_then(|mut e| e.attrs.remove("attributeTypes"))
                .unwrap_or_default();
            Ok(Schema::from_attribute_types(
                types.iter().map(String::as_str),
            ))
        }
        .await;
        let schema = Arc::new(self.observe(result)?);
        self.schema = Some(schema.clone());
        Ok(schema)
    }
}
