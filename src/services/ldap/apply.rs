//! Applying a change as the signed-in user: the minimal modification in one
//! atomic operation that fails — changing nothing — if someone else changed
//! the object since it was read. Then a fresh read, and the change record.

use std::collections::HashSet;

use ldap3::controls::{Assertion, MakeCritical};
use ldap3::{Ldap, Mod};

use super::connect::{LdapFailure, OPERATION_TIMEOUT};
use super::connection_test::RootDse;
use super::object::{VERSION_ATTRIBUTES, read_on};
use super::session::Session;
use crate::domain::StoreType;
use crate::domain::change::{self, ChangeRecord, DiffError, Edits, Modification};
use crate::domain::directory_object::DirectoryObject;
use crate::domain::ldap_filter;
use crate::domain::recipients::is_member_attribute;
use crate::domain::schema::Schema;
use crate::fl;

/// Why a change was not applied. In every case nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeFailure {
    Invalid(DiffError),
    NothingToChange,
    /// Someone changed the object since it was read; `current` is how it is now.
    Conflict {
        current: Box<DirectoryObject>,
    },
    InsufficientAccess {
        detail: String,
    },
    /// Joining (or leaving) a group yourself, refused: the group does not
    /// let its members join or leave it themselves.
    ClosedGroup {
        joining: bool,
        detail: String,
    },
    SchemaViolation {
        detail: String,
    },
    Refused {
        detail: String,
    },
    Busy {
        detail: String,
    },
    NoSuchObject {
        dn: String,
    },
    /// The queue could not note the change before it was made (a full disk,
    /// a read-only folder): nothing was sent to the directory.
    NotRecordable {
        detail: String,
    },
    Connection(LdapFailure),
}

impl std::fmt::Display for ChangeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Invalid(error) => error.to_string(),
            Self::NothingToChange => fl!("change-nothing"),
            Self::Conflict { .. } => fl!("change-conflict"),
            Self::InsufficientAccess { detail } => {
                fl!("change-insufficient-access", detail = detail)
            }
            Self::ClosedGroup {
                joining: true,
                detail,
            } => fl!("membership-closed-join", detail = detail),
            Self::ClosedGroup {
                joining: false,
                detail,
            } => fl!("membership-closed-leave", detail = detail),
            Self::SchemaViolation { detail } => fl!("change-schema-violation", detail = detail),
            Self::Refused { detail } => fl!("change-refused", detail = detail),
            Self::Busy { detail } => fl!("change-busy", detail = detail),
            Self::NoSuchObject { dn } => fl!("ldap-no-such-object", dn = dn),
            Self::NotRecordable { detail } => fl!("change-not-recordable", detail = detail),
            Self::Connection(failure) => failure.to_string(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ChangeFailure {}

impl From<LdapFailure> for ChangeFailure {
    fn from(failure: LdapFailure) -> Self {
        match failure {
            LdapFailure::NoSuchObject { dn } => ChangeFailure::NoSuchObject { dn },
            other => ChangeFailure::Connection(other),
        }
    }
}

/// What keeps a modify from overwriting a change made since the object was
/// read: a filter for the Assertion control that holds only while the object
/// is as it was read.
struct Guard {
    filter: String,
    /// The filter is on a version marker, so it guards the whole object.
    whole_object: bool,
}

/// The object's version marker where it has one; otherwise the old values of
/// what changes (then the modify itself also deletes exactly the old values,
/// see `ldap_mods`).
fn guard(before: &DirectoryObject, mods: &[Modification]) -> Guard {
    if let Some((attr, value)) = VERSION_ATTRIBUTES
        .iter()
        .find_map(|a| before.text(a).map(|v| (*a, v)))
    {
        return Guard {
            filter: ldap_filter::equals(attr, value),
            whole_object: true,
        };
    }
    let parts: String = mods
        .iter()
        .map(|m| {
            let old = before.texts(&m.attribute);
            if old.is_empty() {
                format!("(!({}=*))", m.attribute)
            } else {
                old.iter()
                    .map(|v| ldap_filter::equals(&m.attribute, v))
                    .collect()
            }
        })
        .collect();
    Guard {
        filter: format!("(&{parts})"),
        whole_object: false,
    }
}

/// The modify operation's parts: "delete exactly the old values, add the new
/// ones" — a big group's member added or removed is that one value, however
/// many the group has. Without a version marker guarding the whole object
/// this also fails if someone changed those values, and keeps values someone
/// else added (a filter on the old values cannot tell that a value was
/// added). An attribute of one value is replaced, under the marker: less
/// work for the server, and a change of letter case only is then a plain
/// replace — but not a group's one member when one is only added or only
/// removed (joining a group of one: the user may add or remove their own
/// entry only). So is one whose single values the server cannot match
/// (`replaced_whole`).
fn ldap_mods(
    before: &DirectoryObject,
    mods: &[Modification],
    whole_object_guarded: bool,
    replaced_whole: &HashSet<String>,
    own: OwnEntry<'_>,
) -> Vec<Mod<String>> {
    let set = |values: &[String]| values.iter().cloned().collect::<HashSet<String>>();
    // A member added or removed that is the user's own entry, as `own`
    // names it (other attributes keep their values as typed).
    let named = |attribute: &str, values: &[String]| -> HashSet<String> {
        values
            .iter()
            .map(|v| match own {
                Some((dn, wire))
                    if is_member_attribute(attribute) && crate::domain::dn::same(v, dn) =>
                {
                    wire.to_owned()
                }
                _ => v.clone(),
            })
            .collect()
    };
    mods.iter()
        .flat_map(|m| {
            let old = before.texts(&m.attribute);
            // A member only added or only removed stays that: a user the
            // directory lets change only their own entry may not replace.
            let one_member_only =
                is_member_attribute(&m.attribute) && (m.add.is_empty() || m.delete.is_empty());
            if (whole_object_guarded && old.len() <= 1 && !one_member_only)
                || replaced_whole.contains(&m.attribute.to_lowercase())
            {
                let mut values: Vec<String> = old
                    .into_iter()
                    .filter(|v| !m.delete.iter().any(|d| d == v))
                    .map(str::to_owned)
                    .collect();
                values.extend(m.add.iter().cloned());
                return vec![Mod::Replace(m.attribute.clone(), set(&values))];
            }
            let delete = (!m.delete.is_empty())
                .then(|| Mod::Delete(m.attribute.clone(), named(&m.attribute, &m.delete)));
            let add = (!m.add.is_empty())
                .then(|| Mod::Add(m.attribute.clone(), named(&m.attribute, &m.add)));
            delete.into_iter().chain(add).collect()
        })
        .collect()
}

/// The attributes among `mods` whose single values the server cannot match
/// — slapd refuses to delete one value of an attribute without an EQUALITY
/// rule (a fax number, say) — so they are replaced whole. Active Directory
/// names no rules in its schema and matches every value by its syntax.
fn replaced_whole(
    mods: &[Modification],
    schema: &Schema,
    store_type: StoreType,
) -> HashSet<String> {
    if store_type == StoreType::ActiveDirectory {
        return HashSet::new();
    }
    mods.iter()
        .filter(|m| !schema.has_equality(&m.attribute))
        .map(|m| m.attribute.to_lowercase())
        .collect()
}

/// The signed-in user's entry `(DN, as sent)`, when it is sent otherwise
/// than by its DN (`Session::name_own_entry_by_guid`).
type OwnEntry<'a> = Option<(&'a str, &'a str)>;

/// The guarded modify of `before` by `mods`: under the (critical) Assertion
/// control when the server offers it.
async fn modify_as_read(
    ldap: &mut Ldap,
    before: &DirectoryObject,
    mods: &[Modification],
    assertion_offered: bool,
    replaced_whole: &HashSet<String>,
    own: OwnEntry<'_>,
) -> ldap3::result::Result<ldap3::LdapResult> {
    let guard = assertion_offered.then(|| guard(before, mods));
    let whole_object = guard.as_ref().is_some_and(|g| g.whole_object);
    let ldap_mods = ldap_mods(before, mods, whole_object, replaced_whole, own);
    modify_guarded(
        ldap,
        &before.dn,
        ldap_mods,
        guard.as_ref().map(|g| g.filter.as_str()),
    )
    .await
}

/// One modify, under the (critical) Assertion control when `assertion` is
/// given, so the server applies it only to the object as it was read.
async fn modify_guarded(
    ldap: &mut Ldap,
    dn: &str,
    mods: Vec<Mod<String>>,
    assertion: Option<&str>,
) -> ldap3::result::Result<ldap3::LdapResult> {
    let ldap = ldap.with_timeout(OPERATION_TIMEOUT);
    let ldap = match assertion {
        Some(filter) => ldap.with_controls(Assertion { filter }.critical()),
        None => ldap,
    };
    ldap.modify(dn, mods).await
}

/// Builds what the change would send, without sending it (`--dry-run`, the
/// Save preview).
pub fn preview(
    before: &DirectoryObject,
    edits: &Edits,
    schema: &crate::domain::schema::Schema,
) -> Result<Vec<Modification>, ChangeFailure> {
    let mods = change::diff(before, edits, schema).map_err(ChangeFailure::Invalid)?;
    if mods.is_empty() {
        return Err(ChangeFailure::NothingToChange);
    }
    Ok(mods)
}

impl Session {
    /// Applies `edits` to the object as it was read (`before`) and returns
    /// the record of what changed, read back from the directory.
    pub async fn apply(
        &mut self,
        before: &DirectoryObject,
        edits: &Edits,
    ) -> Result<ChangeRecord, ChangeFailure> {
        let schema = self.schema().await?;
        let mods = preview(before, edits, &schema)?;
        let assertion_offered = self
            .root_dse()
            .await?
            .supports_control(RootDse::ASSERTION_CONTROL);
        let whole = replaced_whole(&mods, &schema, self.store.store_type);
        let own = self
            .own_guid
            .clone()
            .map(|wire| (self.user.dn.clone(), wire));
        let own = own.as_ref().map(|(dn, wire)| (dn.as_str(), wire.as_str()));
        let result = async {
            let (ldap, server) = self.connection().await?;
            modify_as_read(ldap, before, &mods, assertion_offered, &whole, own)
                .await
                .map_err(|e| LdapFailure::from_operation(e, &server))
        }
        .await;
        // A broken connection may or may not have applied it: never resend.
        let result = self.observe(result)?;
        match refusal(&result, &before.dn) {
            None => {}
            Some(Refusal::Conflict) => {
                let current = self.read(&before.dn).await?;
                return Err(ChangeFailure::Conflict {
                    current: Box::new(current),
                });
            }
            Some(Refusal::Other(failure)) => return Err(failure),
        }
        let predicted = predicted_after(before, edits, &mods);
        let mut after = match self.read(&before.dn).await {
            Ok(after) => after,
            Err(failure) => {
                // Applied, but not readable now: record what was sent.
                tracing::warn!(%failure, dn = %before.dn, "changed, but could not read it back");
                predicted.clone()
            }
        };
        // Members as this change left them: someone joining between the
        // modify and the read back is theirs to record, not this author's.
        for m in mods.iter().filter(|m| is_member_attribute(&m.attribute)) {
            let members = predicted
                .texts(&m.attribute)
                .into_iter()
                .map(str::to_owned)
                .collect();
            after.replace_texts(&m.attribute, members);
        }
        Ok(self.record(before, &after, &mods))
    }

    /// The record `apply` would return if the directory takes the change as
    /// sent: written down before the change is sent, so a crash in between
    /// loses nothing (see `notify::save`).
    pub async fn planned(
        &mut self,
        before: &DirectoryObject,
        edits: &Edits,
    ) -> Result<ChangeRecord, ChangeFailure> {
        let schema = self.schema().await?;
        let mods = preview(before, edits, &schema)?;
        Ok(self.record(before, &predicted_after(before, edits, &mods), &mods))
    }

    /// `planned`, with the schema already read: nothing to wait for.
    pub fn planned_with(
        &self,
        schema: &Schema,
        before: &DirectoryObject,
        edits: &Edits,
    ) -> Result<ChangeRecord, ChangeFailure> {
        let mods = preview(before, edits, schema)?;
        Ok(self.record(before, &predicted_after(before, edits, &mods), &mods))
    }

    fn record(
        &self,
        before: &DirectoryObject,
        after: &DirectoryObject,
        mods: &[Modification],
    ) -> ChangeRecord {
        ChangeRecord {
            store_id: self.store.id.clone(),
            store_name: self.store.name.clone(),
            object_dn: after.dn.clone(),
            object_name: after.name(),
            object_kind: after.kind(),
            author: self.user.author(),
            at: jiff::Timestamp::now(),
            changes: change::attribute_changes(before, after, mods),
        }
    }
}

/// The object as it is once `mods` are applied as sent.
fn predicted_after(
    before: &DirectoryObject,
    edits: &Edits,
    mods: &[Modification],
) -> DirectoryObject {
    let mut after = before.clone();
    for m in mods {
        after.replace_texts(&m.attribute, edits_values(edits, &m.attribute));
    }
    after
}

/// Why the directory did not apply a modify.
pub(super) enum Refusal {
    /// The values are no longer those that were read.
    Conflict,
    Other(ChangeFailure),
}

/// Reads a modify's result: `None` when it was applied.
pub(super) fn refusal(result: &ldap3::LdapResult, dn: &str) -> Option<Refusal> {
    let detail = || {
        if result.text.is_empty() {
            result_code_name(result.rc)
        } else {
            result.text.clone()
        }
    };
    Some(match result.rc {
        0 => return None,
        // noSuchAttribute, attributeOrValueExists, entryAlreadyExists (an
        // add), assertionFailed
        16 | 20 | 68 | 122 => Refusal::Conflict,
        50 => Refusal::Other(ChangeFailure::InsufficientAccess { detail: detail() }),
        17 | 18 | 19 | 21 | 64 | 65 | 67 | 69 => {
            Refusal::Other(ChangeFailure::SchemaViolation { detail: detail() })
        }
        32 => Refusal::Other(ChangeFailure::NoSuchObject { dn: dn.to_owned() }),
        51 | 52 => Refusal::Other(ChangeFailure::Busy { detail: detail() }),
        _ => Refusal::Other(ChangeFailure::Refused { detail: detail() }),
    })
}

/// The standard name of an LDAP result code, for messages without text.
fn result_code_name(rc: u32) -> String {
    let name = match rc {
        16 => "noSuchAttribute",
        17 => "undefinedAttributeType",
        19 => "constraintViolation",
        20 => "attributeOrValueExists",
        21 => "invalidAttributeSyntax",
        32 => "noSuchObject",
        50 => "insufficientAccessRights",
        51 => "busy",
        52 => "unavailable",
        53 => "unwillingToPerform",
        65 => "objectClassViolation",
        _ => return format!("LDAP result {rc}"),
    };
    format!("{name} ({rc})")
}

/// What became of one item of a bulk edit that did not fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// Applied now, by this modification.
    Now(Vec<Modification>),
    /// The directory already held the edited values: an earlier attempt
    /// went through although its reply was lost (or someone made the same
    /// change). Nothing was applied twice.
    Already,
}

impl Session {
    /// A bulk edit: each item applied atomically as `apply` does (minimal
    /// modification, conflict detection), with up to `in_flight` operations
    /// on the wire at once. Objects are not read back unless they changed
    /// since the caller's list was read. Results are in the order of `items`.
    pub async fn apply_many(
        &mut self,
        items: Vec<(DirectoryObject, Edits)>,
        in_flight: usize,
    ) -> Vec<Result<Applied, ChangeFailure>> {
        let schema = match self.schema().await {
            Ok(schema) => schema,
            Err(failure) => return items.iter().map(|_| Err(failure.clone().into())).collect(),
        };
        let assertion_offered = match self.root_dse().await {
            Ok(root_dse) => root_dse.supports_control(RootDse::ASSERTION_CONTROL),
            Err(failure) => return items.iter().map(|_| Err(failure.clone().into())).collect(),
        };
        let range_size = self.range_size();
        let store_type = self.store.store_type;
        let (ldap, server) = match self.connection().await {
            Ok((ldap, server)) => (ldap.clone(), server),
            Err(failure) => return items.iter().map(|_| Err(failure.clone().into())).collect(),
        };
        let mut results: Vec<Option<Result<Applied, ChangeFailure>>> =
            Vec::with_capacity(items.len());
        let mut running = tokio::task::JoinSet::new();
        for (index, (before, edits)) in items.into_iter().enumerate() {
            results.push(None);
            let mods = match preview(&before, &edits, &schema) {
                Ok(mods) => mods,
                Err(failure) => {
                    results[index] = Some(Err(failure));
                    continue;
                }
            };
            if running.len() >= in_flight.max(1)
                && let Some(Ok((i, r))) = running.join_next().await
            {
                results[i] = Some(r);
            }
            let mut ldap = ldap.clone();
            let server = server.clone();
            let schema = schema.clone();
            let whole = replaced_whole(&mods, &schema, store_type);
            running.spawn(async move {
                let outcome = match modify_as_read(
                    &mut ldap,
                    &before,
                    &mods,
                    assertion_offered,
                    &whole,
                    None,
                )
                .await
                {
                    Err(e) => Err(ChangeFailure::from(LdapFailure::from_operation(e, &server))),
                    Ok(result) => match refusal(&result, &before.dn) {
                        None => Ok(Applied::Now(mods)),
                        // As for one save: how the object is now.
                        Some(Refusal::Conflict) => {
                            match read_on(&mut ldap, &before.dn, &server, range_size).await {
                                Ok(current) => match preview(&current, &edits, &schema) {
                                    Err(ChangeFailure::NothingToChange) => Ok(Applied::Already),
                                    _ => Err(ChangeFailure::Conflict {
                                        current: Box::new(current),
                                    }),
                                },
                                Err(failure) => Err(failure.into()),
                            }
                        }
                        Some(Refusal::Other(failure)) => Err(failure),
                    },
                };
                (index, outcome)
            });
        }
        while let Some(joined) = running.join_next().await {
            if let Ok((i, r)) = joined {
                results[i] = Some(r);
            }
        }
        let results: Vec<Result<Applied, ChangeFailure>> = results
            .into_iter()
            .map(|r| {
                r.unwrap_or(Err(ChangeFailure::Connection(LdapFailure::Disconnected {
                    reason: "task".into(),
                })))
            })
            .collect();
        // After a broken connection the next call reconnects, as after one save.
        if results.iter().any(|r| {
            matches!(
                r,
                Err(ChangeFailure::Connection(
                    LdapFailure::Disconnected { .. } | LdapFailure::Timeout { .. }
                ))
            )
        }) {
            self.ldap = None;
        }
        results
    }
}

fn edits_values(edits: &Edits, attribute: &str) -> Vec<String> {
    edits
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(attribute))
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
