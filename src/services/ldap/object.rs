//! Reading one object with all its user attributes, and the schema facts the
//! editor needs (read once per session from the subschema entry).

use std::sync::Arc;

use ldap3::asn1::{PL, StructureTag};
use ldap3::{ResultEntry, Scope, SearchEntry};

use super::connect::{LdapFailure, OPERATION_TIMEOUT};
use super::connection_test::RootDse;
use super::session::Session;
use crate::domain::directory_object::{DirectoryObject, Value};
use crate::domain::schema::Schema;
use crate::domain::value_range;

/// What marks a version of an object, for "has it changed since I read it":
/// markers that change on every write. Never `modifyTimestamp`: it has a
/// resolution of one second, so two writes within a second look the same.
pub(super) const VERSION_ATTRIBUTES: [&str; 2] = ["entryCSN", "uSNChanged"];

/// Turns a search result entry into a directory object, keeping binary
/// values apart. Values move from the decoded message into place, without
/// ldap3's intermediate maps (a full search decodes 100,000 of these), and a
/// malformed entry from a broken or hostile server is `None`, not a panic.
pub(super) fn object_from(entry: ResultEntry) -> Option<DirectoryObject> {
    object_with(entry, |_| true)
}

/// Like `object_from`, keeping only the attributes `keep` accepts: the rest
/// are skipped undecoded (a list needs 5 of an entry's dozens of values).
pub(super) fn object_with(
    entry: ResultEntry,
    keep: impl Fn(&[u8]) -> bool,
) -> Option<DirectoryObject> {
    // SearchResultEntry ::= [APPLICATION 4] SEQUENCE { objectName, attributes }
    let mut parts = constructed(entry.0.match_id(4)?)?.into_iter();
    let dn = String::from_utf8(primitive(parts.next()?)?).ok()?;
    let mut object = DirectoryObject::new(dn);
    for attribute in constructed(parts.next()?)? {
        // PartialAttribute ::= SEQUENCE { type, vals SET OF value }
        let mut attribute = constructed(attribute)?.into_iter();
        let name = primitive(attribute.next()?)?;
        if !keep(&name) {
            continue;
        }
        let name = String::from_utf8(name).ok()?;
        let values = constructed(attribute.next()?)?
            .into_iter()
            .map(|value| {
                primitive(value).map(|bytes| match String::from_utf8(bytes) {
                    Ok(text) => Value::Text(text),
                    Err(binary) => Value::Binary(binary.into_bytes()),
                })
            })
            .collect::<Option<Vec<Value>>>()?;
        object.push_attribute(name, values);
    }
    Some(object)
}

fn constructed(tag: StructureTag) -> Option<Vec<StructureTag>> {
    match tag.payload {
        PL::C(parts) => Some(parts),
        PL::P(_) => None,
    }
}

fn primitive(tag: StructureTag) -> Option<Vec<u8>> {
    match tag.payload {
        PL::P(bytes) => Some(bytes),
        PL::C(_) => None,
    }
}

/// Reads `dn` with every user attribute (and what marks its version) over
/// one connection.
pub(super) async fn read_on(
    ldap: &mut ldap3::Ldap,
    dn: &str,
    server: &crate::domain::Server,
    range_size: Option<u64>,
) -> Result<DirectoryObject, LdapFailure> {
    // On AD the members are asked for in ranges, as Windows answers big
    // groups anyway (past its MaxValRange): the same loop reads both.
    let first_members = range_size.map(|size| value_range::first("member", size));
    let mut attrs = vec!["*"];
    attrs.extend(VERSION_ATTRIBUTES);
    attrs.extend(first_members.as_deref());
    let mut object = read_entry(ldap, dn, attrs, server).await?;
    complete_ranges(ldap, &mut object, server).await?;
    Ok(object)
}

/// One entry with the attributes asked for.
async fn read_entry(
    ldap: &mut ldap3::Ldap,
    dn: &str,
    attrs: Vec<&str>,
    server: &crate::domain::Server,
) -> Result<DirectoryObject, LdapFailure> {
    let ldap3::SearchResult(entries, result) = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .search(dn, Scope::Base, "(objectClass=*)", attrs)
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
    match result.rc {
        0 => {}
        32 => return Err(LdapFailure::NoSuchObject { dn: dn.to_owned() }),
        _ => return Err(LdapFailure::from_result(&result, server)),
    }
    entries
        .into_iter()
        .next()
        .ok_or_else(|| LdapFailure::NoSuchObject { dn: dn.to_owned() })
        .and_then(|e| object_from(e).ok_or_else(|| LdapFailure::malformed(server)))
}

/// Reads every attribute returned in parts (`member;range=0-1499`) to its
/// end and keeps it under its own name: a big group is never shown, changed
/// or mailed about from part of its members. A part that does not follow on
/// (the group changed while it was read) starts the attribute again, a few
/// times; a server that never gets to the end is named as malformed.
async fn complete_ranges(
    ldap: &mut ldap3::Ldap,
    object: &mut DirectoryObject,
    server: &crate::domain::Server,
) -> Result<(), LdapFailure> {
    let ranged: Vec<String> = object
        .attributes()
        .filter(|a| value_range::part(&a.name).is_some())
        .map(|a| a.name.clone())
        .collect();
    for description in ranged {
        let Some(first) = object.take_attribute(&description) else {
            continue;
        };
        let Some(part) = value_range::part(&description) else {
            continue;
        };
        let attribute = part.attribute.to_owned();
        // Sent whole as well: that is the list.
        if object.attribute(&attribute).is_some() {
            continue;
        }
        let mut start = Some((first.values, part.high));
        let mut values = None;
        for _ in 0..3 {
            let (initial, high) = match start.take() {
                Some(start) => start,
                // Changed meanwhile: from the start.
                None => {
                    let asked = value_range::from(&attribute, 0);
                    let mut again =
                        read_entry(ldap, &object.dn, vec![asked.as_str()], server).await?;
                    let Some((name, high)) = ranged_part(&again) else {
                        // No values any more.
                        values = Some(Vec::new());
                        break;
                    };
                    let initial = again
                        .take_attribute(&name)
                        .map(|a| a.values)
                        .unwrap_or_default();
                    (initial, high)
                }
            };
            if let Some(all) = rest_of(ldap, &object.dn, &attribute, initial, high, server).await? {
                values = Some(all);
                break;
            }
        }
        let values = values.ok_or_else(|| LdapFailure::malformed(server))?;
        object.push_attribute(attribute, values);
    }
    Ok(())
}

/// The ranged attribute an answer holds, and where its part ends.
fn ranged_part(object: &DirectoryObject) -> Option<(String, Option<u64>)> {
    object
        .attributes()
        .find_map(|a| value_range::part(&a.name).map(|p| (a.name.clone(), p.high)))
}

/// `values` (the part up to `high`) completed with the parts after it;
/// `None` when a part does not follow on.
async fn rest_of(
    ldap: &mut ldap3::Ldap,
    dn: &str,
    attribute: &str,
    mut values: Vec<Value>,
    mut high: Option<u64>,
    server: &crate::domain::Server,
) -> Result<Option<Vec<Value>>, LdapFailure> {
    // However small the parts: no directory holds more than this many.
    const MOST_PARTS: usize = 100_000;
    for _ in 0..MOST_PARTS {
        let Some(last) = high else {
            return Ok(Some(values));
        };
        let low = last
            .checked_add(1)
            .ok_or_else(|| LdapFailure::malformed(server))?;
        let asked = value_range::from(attribute, low);
        let mut more = read_entry(ldap, dn, vec![asked.as_str()], server).await?;
        let Some((name, next)) = ranged_part(&more) else {
            return Ok(None);
        };
        let part = more
            .take_attribute(&name)
            .map(|a| a.values)
            .unwrap_or_default();
        if part.is_empty() || next.is_some_and(|n| n < low) {
            return Ok(None);
        }
        values.extend(part);
        high = next;
    }
    Err(LdapFailure::malformed(server))
}

impl Session {
    /// Reads `dn` with every user attribute (and what marks its version).
    pub async fn read(&mut self, dn: &str) -> Result<DirectoryObject, LdapFailure> {
        let range_size = self.range_size();
        let result = async {
            let (ldap, server) = self.connection().await?;
            read_on(ldap, dn, &server, range_size).await
        }
        .await;
        self.observe(result)
    }

    /// Reads `attributes` of each of `dns` — with what names the object
    /// (for its History entry) and its version marker (for the conflict
    /// check) — with up to `in_flight` reads on the wire at once: a bulk
    /// edit's preview, which needs neither a group's members nor anything
    /// else it does not change. Results in the order of `dns`. After a
    /// broken connection the next call reconnects.
    pub async fn read_many(
        &mut self,
        dns: &[&str],
        attributes: &[&str],
        in_flight: usize,
    ) -> Vec<Result<DirectoryObject, LdapFailure>> {
        use futures::StreamExt;
        let range_size = self.range_size();
        let (ldap, server) = match self.connection().await {
            Ok((ldap, server)) => (ldap.clone(), server),
            Err(failure) => {
                let failure = self.observe::<()>(Err(failure)).unwrap_err();
                return dns.iter().map(|_| Err(failure.clone())).collect();
            }
        };
        // Owned DNs: futures borrowing from the caller would not be `Send`
        // for every lifetime, and the window runs this on its executor.
        let dns: Vec<String> = dns.iter().map(|dn| (*dn).to_owned()).collect();
        let mut asked: Vec<String> = ["objectClass", "displayName", "cn", "name", "uid"]
            .into_iter()
            .chain(["sAMAccountName"])
            .chain(VERSION_ATTRIBUTES)
            .map(str::to_owned)
            .collect();
        for attribute in attributes {
            // On AD the members come in ranges, as `read_on` asks for them.
            let attribute = match range_size {
                Some(size) if attribute.eq_ignore_ascii_case("member") => {
                    value_range::first("member", size)
                }
                _ => (*attribute).to_owned(),
            };
            if !asked.iter().any(|a| a.eq_ignore_ascii_case(&attribute)) {
                asked.push(attribute);
            }
        }
        let asked = std::sync::Arc::new(asked);
        let results: Vec<Result<DirectoryObject, LdapFailure>> = futures::stream::iter(dns)
            .map(|dn| {
                let mut ldap = ldap.clone();
                let server = server.clone();
                let asked = asked.clone();
                async move {
                    let attrs: Vec<&str> = asked.iter().map(String::as_str).collect();
                    let mut object = read_entry(&mut ldap, &dn, attrs, &server).await?;
                    complete_ranges(&mut ldap, &mut object, &server).await?;
                    Ok(object)
                }
            })
            .buffered(in_flight.max(1))
            .collect()
            .await;
        if let Some(broken) = results.iter().find_map(|r| {
            r.as_ref().err().filter(|f| {
                matches!(
                    f,
                    LdapFailure::Disconnected { .. } | LdapFailure::Timeout { .. }
                )
            })
        }) {
            let _ = self.observe::<()>(Err(broken.clone()));
        }
        results
    }

    /// On Active Directory, from now on names the user's own entry in the
    /// members it adds or removes as `<GUID=…>`, MS-ADTS's other form of a
    /// DN: Samba lets someone with only "Add/Remove self as member" (the
    /// Self-Membership validated write) remove themselves by that form and
    /// not by their DN. Read once; elsewhere, or unread, their DN is sent.
    pub async fn name_own_entry_by_guid(&mut self) {
        if self.store.store_type != crate::domain::StoreType::ActiveDirectory
            || self.own_guid.is_some()
        {
            return;
        }
        let dn = self.user.dn.clone();
        let result = async {
            let (ldap, server) = self.connection().await?;
            let ldap3::SearchResult(entries, _) = ldap
                .with_timeout(OPERATION_TIMEOUT)
                .search(
                    &dn,
                    ldap3::Scope::Base,
                    "(objectClass=*)",
                    vec!["objectGUID"],
                )
                .await
                .map_err(|e| LdapFailure::from_operation(e, &server))?;
            Ok(entries.into_iter().next().and_then(|entry| {
                let entry = SearchEntry::construct(entry);
                let bytes = entry.bin_attrs.get("objectGUID")?.first()?.clone();
                crate::domain::dn::guid_text(&bytes)
            }))
        }
        .await;
        if let Ok(Some(guid)) = self.observe(result) {
            self.own_guid = Some(format!("<GUID={guid}>"));
        }
    }

    /// How many members to ask for at a time on Active Directory: Windows
    /// Server's own MaxValRange, 1,500 (`DIRDESK_AD_RANGE_SIZE` sets another,
    /// so that the loop also runs on small groups). `None` elsewhere.
    pub(super) fn range_size(&self) -> Option<u64> {
        (self.store.store_type == crate::domain::StoreType::ActiveDirectory).then(|| {
            std::env::var("DIRDESK_AD_RANGE_SIZE")
                .ok()
                .and_then(|v| v.parse().ok())
                .filter(|size| *size > 0)
                .unwrap_or(1500)
        })
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
            Ok(entries.into_iter().next().and_then(object_from))
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
