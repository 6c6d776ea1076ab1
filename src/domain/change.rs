//! From the object as read and as edited to the minimal LDAP modification,
//! and the record of a change that the directory accepted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::directory_object::{DirectoryObject, ObjectKind};
use super::dn;
use super::identity_store::StoreId;
use super::schema::{Matching, Schema, Syntax};
use crate::fl;

/// The edits a person made: for each attribute they touched, the values it
/// should now have (empty: remove the attribute).
pub type Edits = BTreeMap<String, Vec<String>>;

/// One attribute's part of a modify operation. Applied as "delete exactly
/// these values, add exactly these", in one operation: if someone changed a
/// value meanwhile, the delete fails (noSuchAttribute) and nothing applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modification {
    pub attribute: String,
    pub delete: Vec<String>,
    pub add: Vec<String>,
}

/// Why an edit cannot become a modification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffError {
    ReadOnly(String),
    Binary(String),
    SingleValued(String),
}

impl std::fmt::Display for DiffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            DiffError::ReadOnly(a) => fl!("edit-read-only", attribute = a),
            DiffError::Binary(a) => fl!("edit-binary", attribute = a),
            DiffError::SingleValued(a) => fl!("edit-single-valued", attribute = a),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DiffError {}

/// The minimal modification turning `before` into `before` + `edits`: only
/// attributes whose values differ, and for those only the values that differ.
pub fn diff(
    before: &DirectoryObject,
    edits: &Edits,
    schema: &Schema,
) -> Result<Vec<Modification>, DiffError> {
    let mut mods = Vec::new();
    for (name, wanted) in edits {
        let name = schema.canonical_name(name).to_owned();
        let syntax = before.syntax(&name, schema);
        let wanted: Vec<&str> = wanted
            .iter()
            .map(|v| v.trim_end_matches(['\r', '\n']))
            .filter(|v| !v.is_empty())
            .collect();
        let current = before.texts(&name);
        // Each value's key once, and sets of them: linear in the number of
        // values, whatever the size of the group.
        let key = |v: &str| match syntax {
            Syntax::Dn => dn::key(v),
            _ => v.to_owned(),
        };
        let current_keys: Vec<String> = current.iter().map(|c| key(c)).collect();
        let wanted_keys: Vec<String> = wanted.iter().map(|w| key(w)).collect();
        let in_current: std::collections::HashSet<&str> =
            current_keys.iter().map(String::as_str).collect();
        let in_wanted: std::collections::HashSet<&str> =
            wanted_keys.iter().map(String::as_str).collect();
        let removed: Vec<String> = current
            .iter()
            .zip(&current_keys)
            .filter(|(_, k)| !in_wanted.contains(k.as_str()))
            .map(|(c, _)| (*c).to_owned())
            .collect();
        let added: Vec<String> = wanted
            .iter()
            .zip(&wanted_keys)
            .filter(|(_, k)| !in_current.contains(k.as_str()))
            .map(|(w, _)| (*w).to_owned())
            .collect();
        if removed.is_empty() && added.is_empty() {
            continue;
        }
        if schema.is_read_only(&name) {
            return Err(DiffError::ReadOnly(name));
        }
        if syntax == Syntax::Binary {
            return Err(DiffError::Binary(name));
        }
        if schema.is_single_valued(&name) && wanted.len() > 1 {
            return Err(DiffError::SingleValued(name));
        }
        mods.push(Modification {
            attribute: name,
            delete: removed,
            add: added,
        });
    }
    Ok(mods)
}

/// Who made a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub dn: String,
    pub name: String,
    /// `None`: not mail-enabled.
    pub mail: Option<String>,
    /// `preferredLanguage`, e.g. "de".
    pub language: Option<String>,
}

/// One attribute of a change: its values before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributeChange {
    pub attribute: String,
    pub old: Vec<String>,
    pub new: Vec<String>,
}

impl AttributeChange {
    /// Values that are new (multi-valued attributes show these).
    pub fn added(&self) -> Vec<&str> {
        self.new
            .iter()
            .filter(|v| !self.old.contains(v))
            .map(String::as_str)
            .collect()
    }

    pub fn removed(&self) -> Vec<&str> {
        self.old
            .iter()
            .filter(|v| !self.new.contains(v))
            .map(String::as_str)
            .collect()
    }
}

/// A change the directory accepted: the input of the notification step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeRecord {
    pub store_id: StoreId,
    pub store_name: String,
    pub object_dn: String,
    pub object_name: String,
    pub object_kind: ObjectKind,
    pub author: Author,
    pub at: jiff::Timestamp,
    pub changes: Vec<AttributeChange>,
}

impl ChangeRecord {
    /// Whether `object` holds the new values of every attribute this change
    /// sets (compared as sets): how a change left unfinished by a crash is
    /// recognised as applied. Values the attribute's matching rule holds
    /// equal count as the same (Active Directory spells DNs its own way) —
    /// except where the change itself is one of letter case only: there only
    /// the exact values tell whether it was made.
    pub fn is_applied_to(&self, object: &DirectoryObject, schema: &Schema) -> bool {
        self.changes.iter().all(|c| {
            let now = object.texts(&c.attribute);
            let new: Vec<&str> = c.new.iter().map(String::as_str).collect();
            let old: Vec<&str> = c.old.iter().map(String::as_str).collect();
            if same_values(Matching::Exact, &now, &new) {
                return true;
            }
            let rule = schema.matching(&c.attribute);
            rule != Matching::Exact
                && same_values(rule, &now, &new)
                && !same_values(rule, &old, &new)
        })
    }

    /// Whether this is the change `edits` make to `before`: the same object,
    /// the same attributes set to the same values (a save retried after its
    /// reply was lost).
    pub fn makes(&self, before: &DirectoryObject, edits: &Edits) -> bool {
        fn exact<'a>(values: impl Iterator<Item = &'a str>) -> std::collections::BTreeSet<&'a str> {
            values.collect()
        }
        let change = |attribute: &str| {
            self.changes
                .iter()
                .find(|c| c.attribute.eq_ignore_ascii_case(attribute))
        };
        dn::same(&self.object_dn, &before.dn)
            && self.changes.iter().all(|c| {
                edits
                    .keys()
                    .any(|attribute| attribute.eq_ignore_ascii_case(&c.attribute))
            })
            && edits.iter().all(|(attribute, values)| {
                let wanted = exact(values.iter().map(String::as_str));
                match change(attribute) {
                    Some(c) => wanted == exact(c.new.iter().map(String::as_str)),
                    // Touched but left as it was.
                    None => wanted == exact(before.texts(attribute).into_iter()),
                }
            })
    }

    /// One line for the History: when, who, what, where.
    pub fn summary_line(&self) -> String {
        fl!(
            "history-line",
            at = crate::i18n::date_time(self.at),
            author = self.author.name.as_str(),
            name = self.object_name.as_str(),
            dn = self.object_dn.as_str(),
            store = self.store_name.as_str()
        )
    }
}

/// Whether two lists hold the same values as sets, under `rule`.
fn same_values(rule: Matching, a: &[&str], b: &[&str]) -> bool {
    let set = |values: &[&str]| {
        values
            .iter()
            .map(|v| match rule {
                Matching::Exact => (*v).to_owned(),
                Matching::IgnoreCase => v.to_lowercase(),
                Matching::Dn => dn::normalized(v).unwrap_or_else(|| v.to_lowercase()),
                Matching::Telephone => v
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '-')
                    .flat_map(char::to_lowercase)
                    .collect(),
            })
            .collect::<std::collections::BTreeSet<String>>()
    };
    set(a) == set(b)
}

/// Each modified attribute's values before and after, as read from the
/// directory before the change and again after it.
/// Each attribute a modification of `before` changes, old → new: what a
/// bulk edit's preview shows.
pub fn changes_of(before: &DirectoryObject, mods: &[Modification]) -> Vec<AttributeChange> {
    edits_of(before, mods)
        .into_iter()
        .map(|(attribute, new)| AttributeChange {
            old: before
                .texts(&attribute)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            attribute,
            new,
        })
        .collect()
}

/// The edits a modification of `before` makes: each attribute's values
/// afterwards (a preview's modification back as what to save).
pub fn edits_of(before: &DirectoryObject, mods: &[Modification]) -> Edits {
    mods.iter()
        .map(|m| {
            let mut values: Vec<String> = before
                .texts(&m.attribute)
                .into_iter()
                .filter(|v| !m.delete.iter().any(|d| d == v))
                .map(str::to_owned)
                .collect();
            values.extend(m.add.iter().cloned());
            (m.attribute.clone(), values)
        })
        .collect()
}

pub fn attribute_changes(
    before: &DirectoryObject,
    after: &DirectoryObject,
    mods: &[Modification],
) -> Vec<AttributeChange> {
    mods.iter()
        .map(|m| AttributeChange {
            attribute: m.attribute.clone(),
            old: before
                .texts(&m.attribute)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            new: after
                .texts(&m.attribute)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::directory_object::Value;

    #[test]
    fn a_change_is_recognised_as_applied_only_by_all_its_new_values() {
        let before = group();
        let mut edits = Edits::new();
        edits.insert("description".into(), vec!["New text".into()]);
        let mods = diff(&before, &edits, &schema()).expect("diff");
        let mut after = before.clone();
        after.replace_texts("description", vec!["new TEXT".into()]);
        let record = ChangeRecord {
            store_id: StoreId("s".into()),
            store_name: "S".into(),
            object_dn: before.dn.clone(),
            object_name: before.name(),
            object_kind: before.kind(),
            author: Author {
                dn: "uid=alice".into(),
                name: "Alice".into(),
                mail: None,
                language: None,
            },
            at: jiff::Timestamp::UNIX_EPOCH,
            changes: attribute_changes(&before, &after, &mods),
        };
        let schema = schema();
        assert!(
            record.is_applied_to(&after, &schema),
            "the server may change case"
        );
        assert!(!record.is_applied_to(&before, &schema));
        let mut other = before.clone();
        other.replace_texts("description", vec!["new text".into(), "more".into()]);
        assert!(
            !record.is_applied_to(&other, &schema),
            "only the new values"
        );
    }

    fn record_of(before: &DirectoryObject, attribute: &str, new: &[&str]) -> ChangeRecord {
        let mut edits = Edits::new();
        edits.insert(
            attribute.into(),
            new.iter().map(|v| (*v).to_owned()).collect(),
        );
        let mods = diff(before, &edits, &schema()).expect("diff");
        let mut after = before.clone();
        after.replace_texts(attribute, edits[attribute].clone());
        ChangeRecord {
            store_id: StoreId("s".into()),
            store_name: "S".into(),
            object_dn: before.dn.clone(),
            object_name: before.name(),
            object_kind: before.kind(),
            author: Author {
                dn: "uid=alice".into(),
                name: "Alice".into(),
                mail: None,
                language: None,
            },
            at: jiff::Timestamp::UNIX_EPOCH,
            changes: attribute_changes(before, &after, &mods),
        }
    }

    #[test]
    fn a_change_of_letter_case_only_is_applied_only_when_the_exact_values_are_there() {
        let before = group();
        let record = record_of(&before, "description", &["OLD TEXT"]);
        let schema = schema();
        assert!(
            !record.is_applied_to(&before, &schema),
            "still as before: never a false confirmation"
        );
        let mut after = before.clone();
        after.replace_texts("description", vec!["OLD TEXT".into()]);
        assert!(record.is_applied_to(&after, &schema));
    }

    #[test]
    fn values_are_compared_by_their_matching_rule() {
        let schema = Schema::from_attribute_types([
            "( 2.5.4.31 NAME 'member' EQUALITY distinguishedNameMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 )",
            "( 1.1.1 NAME 'code' EQUALITY caseExactMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )",
            "( 2.5.4.13 NAME 'description' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )",
            "( 2.5.4.20 NAME 'telephoneNumber' EQUALITY telephoneNumberMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.50 )",
        ]);
        let before = group();
        // The server writes the DN its own way: the same member.
        let record = record_of(
            &before,
            "member",
            &["uid=carol,ou=people,dc=example,dc=test"],
        );
        let mut now = before.clone();
        now.replace_texts(
            "member",
            vec!["UID=Carol, OU=People,DC=example,DC=test".into()],
        );
        assert!(record.is_applied_to(&now, &schema));

        let mut phoned = before.clone();
        phoned.push("telephoneNumber", [Value::Text("+1 555 0100".into())]);
        let record = record_of(&phoned, "telephoneNumber", &["+1 555 0199"]);
        let mut now = phoned.clone();
        now.replace_texts("telephoneNumber", vec!["+1-555-0199".into()]);
        assert!(
            record.is_applied_to(&now, &schema),
            "spaces and hyphens do not count"
        );

        let mut coded = before.clone();
        coded.push("code", [Value::Text("abc".into())]);
        let record = record_of(&coded, "code", &["xyz"]);
        let mut now = coded.clone();
        now.replace_texts("code", vec!["XYZ".into()]);
        assert!(
            !record.is_applied_to(&now, &schema),
            "case-exact: XYZ is not xyz"
        );
        now.replace_texts("code", vec!["xyz".into()]);
        assert!(record.is_applied_to(&now, &schema));
    }

    #[test]
    fn removing_one_member_of_a_big_group_removes_that_value_only() {
        let members: Vec<String> = (0..5_000)
            .map(|i| format!("uid=user{i:05},ou=people,dc=example,dc=test"))
            .collect();
        let mut big = DirectoryObject::new("cn=Big,ou=groups,dc=example,dc=test");
        big.push("member", members.iter().map(|m| Value::Text(m.clone())));
        // The same members as another directory spells them, less one.
        let wanted: Vec<String> = members
            .iter()
            .filter(|m| !m.contains("user02500"))
            .map(|m| m.replace("uid=", "UID = ").replace(",ou=", ", OU="))
            .collect();
        let edits = Edits::from([("member".to_owned(), wanted)]);
        let mods = diff(&big, &edits, &schema()).expect("diff");
        assert_eq!(
            mods,
            vec![Modification {
                attribute: "member".into(),
                delete: vec!["uid=user02500,ou=people,dc=example,dc=test".into()],
                add: Vec::new(),
            }]
        );
    }

    fn schema() -> Schema {
        Schema::from_attribute_types([
            "( 2.5.4.13 NAME 'description' SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )",
            "( 2.5.4.31 NAME 'member' SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 )",
            "( 2.16.840.1.113730.3.1.241 NAME 'displayName' SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )",
            "( 2.5.18.1 NAME 'createTimestamp' SYNTAX 1.3.6.1.4.1.1466.115.121.1.24 SINGLE-VALUE NO-USER-MODIFICATION USAGE directoryOperation )",
            "( 0.9.2342.19200300.100.1.60 NAME 'jpegPhoto' SYNTAX 1.3.6.1.4.1.1466.115.121.1.28 )",
        ])
    }

    fn group() -> DirectoryObject {
        let mut g = DirectoryObject::new("cn=Marketing,ou=groups,dc=example,dc=test");
        g.push("objectClass", [Value::Text("groupOfNames".into())]);
        g.push("description", [Value::Text("Old text".into())]);
        g.push("displayName", [Value::Text("Marketing".into())]);
        g.push(
            "member",
            [
                "uid=alice,ou=people,dc=example,dc=test",
                "uid=bob,ou=people,dc=example,dc=test",
            ]
            .map(|m| Value::Text(m.into())),
        );
        g.push("createTimestamp", [Value::Text("20261128000000Z".into())]);
        g.push("jpegPhoto", [Value::Binary(vec![1, 2, 3])]);
        g
    }

    fn edits(pairs: &[(&str, &[&str])]) -> Edits {
        pairs
            .iter()
            .map(|(a, v)| (a.to_string(), v.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    #[test]
    fn only_changed_attributes_and_values_are_sent() {
        let mods = diff(
            &group(),
            &edits(&[
                ("description", &["New text"]),
                ("displayName", &["Marketing"]),
                (
                    "member",
                    &[
                        "UID=Alice, ou=people,dc=example,dc=test",
                        "uid=erin,ou=people,dc=example,dc=test",
                    ],
                ),
            ]),
            &schema(),
        )
        .expect("diff");
        assert_eq!(
            mods,
            vec![
                Modification {
                    attribute: "description".into(),
                    delete: vec!["Old text".into()],
                    add: vec!["New text".into()]
                },
                Modification {
                    attribute: "member".into(),
                    delete: vec!["uid=bob,ou=people,dc=example,dc=test".into()],
                    add: vec!["uid=erin,ou=people,dc=example,dc=test".into()],
                },
            ]
        );
    }

    #[test]
    fn setting_a_new_attribute_or_clearing_one() {
        let mods = diff(
            &group(),
            &edits(&[("Description", &[]), ("title", &["Team"])]),
            &schema(),
        )
        .expect("diff");
        assert_eq!(
            mods[0],
            Modification {
                attribute: "description".into(),
                delete: vec!["Old text".into()],
                add: vec![]
            }
        );
        assert_eq!(
            mods[1],
            Modification {
                attribute: "title".into(),
                delete: vec![],
                add: vec!["Team".into()]
            }
        );
    }

    #[test]
    fn unchanged_edits_give_no_modification() {
        assert_eq!(
            diff(
                &group(),
                &edits(&[("description", &["Old text"])]),
                &schema()
            ),
            Ok(vec![])
        );
    }

    #[test]
    fn read_only_binary_and_single_valued_are_refused() {
        let s = schema();
        assert_eq!(
            diff(&group(), &edits(&[("createTimestamp", &["x"])]), &s),
            Err(DiffError::ReadOnly("createTimestamp".into()))
        );
        assert_eq!(
            diff(&group(), &edits(&[("jpegPhoto", &["x"])]), &s),
            Err(DiffError::Binary("jpegPhoto".into()))
        );
        assert_eq!(
            diff(&group(), &edits(&[("displayName", &["a", "b"])]), &s),
            Err(DiffError::SingleValued("displayName".into()))
        );
    }

    #[test]
    fn the_record_holds_values_before_and_after() {
        let before = group();
        let mut after = group();
        after.push(
            "member",
            [Value::Text("uid=erin,ou=people,dc=example,dc=test".into())],
        );
        let mods = vec![Modification {
            attribute: "member".into(),
            delete: vec![],
            add: vec!["uid=erin,ou=people,dc=example,dc=test".into()],
        }];
        let changes = attribute_changes(&before, &after, &mods);
        assert_eq!(
            changes[0].added(),
            vec!["uid=erin,ou=people,dc=example,dc=test"]
        );
        assert!(changes[0].removed().is_empty());
    }
}
