//! A directory object as read: its DN and attributes, with binary values
//! kept apart from text so they are never shown or mailed as text.

use super::dn;
use super::schema::{Schema, Syntax};

/// One attribute value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Binary(Vec<u8>),
}

impl Value {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            Value::Binary(_) => None,
        }
    }
}

/// What kind of object it is, for lists and the properties screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObjectKind {
    Group,
    User,
    Other,
}

impl ObjectKind {
    /// "group", "user" or "object", in the UI's language.
    pub fn label(self) -> String {
        match self {
            ObjectKind::Group => crate::fl!("kind-group"),
            ObjectKind::User => crate::fl!("kind-user"),
            ObjectKind::Other => crate::fl!("kind-other"),
        }
    }

    /// Classifies by `objectClass` values.
    pub fn from_object_classes<'a>(classes: impl IntoIterator<Item = &'a str>) -> ObjectKind {
        // Called for every search result: one pass, no allocation.
        let is = |class: &str, names: &[&str]| names.iter().any(|n| class.eq_ignore_ascii_case(n));
        let (mut group, mut computer, mut user) = (false, false, false);
        for class in classes {
            group |= is(
                class,
                &["group", "groupofnames", "groupofuniquenames", "posixgroup"],
            );
            computer |= is(class, &["computer"]);
            user |= is(
                class,
                &["person", "inetorgperson", "user", "organizationalperson"],
            );
        }
        if group {
            ObjectKind::Group
        } else if user && !computer {
            ObjectKind::User
        } else {
            ObjectKind::Other
        }
    }
}

/// An attribute with the server's spelling of its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub name: String,
    pub values: Vec<Value>,
}

/// A directory object: DN and attributes (names compared without case).
/// Attributes are a short list searched in place: objects have a few dozen
/// at most, and lookups happen for every one of 100,000 search results.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DirectoryObject {
    pub dn: String,
    attributes: Vec<Attribute>,
}

impl DirectoryObject {
    pub fn new(dn: impl Into<String>) -> Self {
        Self {
            dn: dn.into(),
            attributes: Vec::new(),
        }
    }

    /// Adds values to an attribute (creating it).
    pub fn push(&mut self, name: &str, values: impl IntoIterator<Item = Value>) {
        match self
            .attributes
            .iter_mut()
            .find(|a| a.name.eq_ignore_ascii_case(name))
        {
            Some(attribute) => attribute.values.extend(values),
            None => self.attributes.push(Attribute {
                name: name.to_owned(),
                values: values.into_iter().collect(),
            }),
        }
    }

    /// Adds an attribute as the server sent it: one entry per name (a
    /// repeated name is merged, as `push` does).
    pub fn push_attribute(&mut self, name: String, values: Vec<Value>) {
        if self.attribute(&name).is_some() {
            self.push(&name, values);
        } else {
            self.attributes.push(Attribute { name, values });
        }
    }

    /// Removes the attribute named exactly `name` and returns it.
    pub fn take_attribute(&mut self, name: &str) -> Option<Attribute> {
        let index = self.attributes.iter().position(|a| a.name == name)?;
        Some(self.attributes.remove(index))
    }

    /// Replaces an attribute's values with text values (none: removes it).
    pub fn replace_texts(&mut self, name: &str, values: Vec<String>) {
        self.attributes
            .retain(|a| !a.name.eq_ignore_ascii_case(name));
        if !values.is_empty() {
            self.push(name, values.into_iter().map(Value::Text));
        }
    }

    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name))
    }

    /// Every attribute, by name.
    pub fn attributes(&self) -> impl Iterator<Item = &Attribute> {
        let mut sorted: Vec<&Attribute> = self.attributes.iter().collect();
        sorted.sort_by_cached_key(|a| a.name.to_lowercase());
        sorted.into_iter()
    }

    /// The text values of an attribute (binary ones left out).
    pub fn texts(&self, name: &str) -> Vec<&str> {
        self.attribute(name)
            .map(|a| a.values.iter().filter_map(Value::as_text).collect())
            .unwrap_or_default()
    }

    /// The first text value of an attribute.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.attribute(name)?.values.iter().find_map(Value::as_text)
    }

    pub fn kind(&self) -> ObjectKind {
        let classes = self.attribute("objectClass").into_iter();
        ObjectKind::from_object_classes(
            classes.flat_map(|a| a.values.iter().filter_map(Value::as_text)),
        )
    }

    /// The name people know it by: display name, else common name, else
    /// the first RDN's value.
    pub fn name(&self) -> String {
        ["displayName", "cn", "name", "uid", "sAMAccountName"]
            .iter()
            .find_map(|a| self.text(a))
            .map(str::to_owned)
            .unwrap_or_else(|| first_rdn_value(&self.dn))
    }

    /// The syntax of an attribute: from the schema, or binary when the
    /// server sent binary values.
    pub fn syntax(&self, name: &str, schema: &Schema) -> Syntax {
        let sent_binary = self
            .attribute(name)
            .is_some_and(|a| a.values.iter().any(|v| matches!(v, Value::Binary(_))));
        if sent_binary {
            Syntax::Binary
        } else {
            schema.syntax(name)
        }
    }
}

/// The value of a DN's first RDN, or the DN itself.
pub fn first_rdn_value(dn_text: &str) -> String {
    dn::parse(dn_text)
        .ok()
        .and_then(|rdns| rdns.into_iter().next())
        .and_then(|rdn| rdn.into_iter().next())
        .map_or_else(|| dn_text.to_owned(), |ava| ava.value)
}

/// An Active Directory group's scope, from `groupType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupScope {
    Global,
    DomainLocal,
    Universal,
}

/// Reads `groupType` (a signed 32-bit value): its scope, and whether it is
/// a security group (otherwise a distribution group).
pub fn group_type(value: &str) -> Option<(GroupScope, bool)> {
    let bits = value.trim().parse::<i64>().ok()? as u32;
    let scope = if bits & 0x2 != 0 {
        GroupScope::Global
    } else if bits & 0x4 != 0 {
        GroupScope::DomainLocal
    } else if bits & 0x8 != 0 {
        GroupScope::Universal
    } else {
        return None;
    };
    Some((scope, bits & 0x8000_0000 != 0))
}

/// What a search result list shows of an object. A list may hold 100,000+
/// of these, so each is one allocation: DN, name, description and what the
/// typed text matched share one buffer (32 bytes per row plus the text,
/// instead of six strings).
#[derive(Clone, PartialEq, Eq)]
pub struct ObjectSummary {
    /// `dn`, `name`, `description`, then the matched attribute and value.
    text: Box<str>,
    name_at: u32,
    description_at: u32,
    matched_at: u32,
    /// The matched attribute's length (0: no match recorded).
    matched_len: u8,
    kind: ObjectKind,
    has_description: bool,
}

impl ObjectSummary {
    pub fn new(dn: &str, name: &str, kind: ObjectKind, description: Option<&str>) -> Self {
        let description_text = description.unwrap_or_default();
        let mut text = String::with_capacity(dn.len() + name.len() + description_text.len());
        text.push_str(dn);
        text.push_str(name);
        text.push_str(description_text);
        // An LDAP message is far below 4 GiB, so offsets fit in u32.
        let offset = |n: usize| u32::try_from(n).expect("attribute text under 4 GiB");
        Self {
            name_at: offset(dn.len()),
            description_at: offset(dn.len() + name.len()),
            matched_at: offset(text.len()),
            matched_len: 0,
            text: text.into_boxed_str(),
            kind,
            has_description: description.is_some(),
        }
    }

    /// The row, saying which attribute (and its value) the search text
    /// matched. An attribute name is far below 256 bytes (RFC 4512 keeps
    /// them short); a longer one is not recorded.
    pub fn with_match(self, attribute: &str, value: &str) -> Self {
        let Ok(matched_len @ 1..) = u8::try_from(attribute.len()) else {
            return self;
        };
        let mut text = String::from(&self.text[..self.matched_at as usize]);
        text.push_str(attribute);
        text.push_str(value);
        Self {
            text: text.into_boxed_str(),
            matched_len,
            ..self
        }
    }

    /// Which attribute the search text matched, and that attribute's value.
    pub fn matched(&self) -> Option<(&str, &str)> {
        (self.matched_len > 0).then(|| {
            let (at, len) = (self.matched_at as usize, self.matched_len as usize);
            (&self.text[at..at + len], &self.text[at + len..])
        })
    }

    pub fn dn(&self) -> &str {
        &self.text[..self.name_at as usize]
    }

    pub fn name(&self) -> &str {
        &self.text[self.name_at as usize..self.description_at as usize]
    }

    pub fn kind(&self) -> ObjectKind {
        self.kind
    }

    pub fn description(&self) -> Option<&str> {
        self.has_description
            .then(|| &self.text[self.description_at as usize..self.matched_at as usize])
    }

    /// List order: by name without regard to case, then by DN.
    pub fn by_name(a: &ObjectSummary, b: &ObjectSummary) -> std::cmp::Ordering {
        compare_without_case(a.name(), b.name()).then_with(|| a.dn().cmp(b.dn()))
    }
}

/// Orders two strings as their lowercase forms would, without allocating:
/// byte by byte while both are ASCII (nearly every name), by characters from
/// the first non-ASCII one on.
pub fn compare_without_case(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    for i in 0..x.len().min(y.len()) {
        if !x[i].is_ascii() || !y[i].is_ascii() {
            // Every earlier byte was ASCII, so `i` is a character boundary.
            let lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<Vec<_>>();
            return lower(&a[i..]).cmp(&lower(&b[i..]));
        }
        match x[i].to_ascii_lowercase().cmp(&y[i].to_ascii_lowercase()) {
            std::cmp::Ordering::Equal => {}
            unequal => return unequal,
        }
    }
    x.len().cmp(&y.len())
}

impl std::fmt::Debug for ObjectSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ObjectSummary")
            .field("dn", &self.dn())
            .field("name", &self.name())
            .field("kind", &self.kind)
            .field("description", &self.description())
            .field("matched", &self.matched())
            .finish()
    }
}

impl serde::Serialize for ObjectSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("ObjectSummary", 5)?;
        s.serialize_field("dn", self.dn())?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("description", &self.description())?;
        match self.matched() {
            Some((attribute, value)) => s.serialize_field(
                "matched",
                &serde_json::json!({"attribute": attribute, "value": value}),
            )?,
            None => s.skip_field("matched")?,
        }
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_keeps_its_parts_apart() {
        let s = ObjectSummary::new(
            "cn=Zoë,dc=example,dc=test",
            "Zoë",
            ObjectKind::User,
            Some(""),
        );
        assert_eq!(s.dn(), "cn=Zoë,dc=example,dc=test");
        assert_eq!(s.name(), "Zoë");
        assert_eq!(s.description(), Some(""));
        let none = ObjectSummary::new("cn=x", "x", ObjectKind::Group, None);
        assert_eq!(none.description(), None);
        assert_eq!(
            serde_json::to_value(&none).unwrap(),
            serde_json::json!({"dn": "cn=x", "name": "x", "kind": "group", "description": null})
        );
        let matched = s.with_match("sn", "Ødegård");
        assert_eq!(matched.description(), Some(""));
        assert_eq!(matched.name(), "Zoë");
        assert_eq!(matched.matched(), Some(("sn", "Ødegård")));
        assert_eq!(
            serde_json::to_value(&matched).unwrap()["matched"],
            serde_json::json!({"attribute": "sn", "value": "Ødegård"})
        );
        assert_eq!(std::mem::size_of::<ObjectSummary>(), 32);
    }

    #[test]
    fn names_compare_as_their_lowercase_forms() {
        use std::cmp::Ordering::*;
        let lower = |a: &str, b: &str| {
            let (a, b): (String, String) = (a.to_lowercase(), b.to_lowercase());
            a.cmp(&b)
        };
        let names = [
            "alice",
            "Alice",
            "ALICE2",
            "bob",
            "Zoë",
            "zoe",
            "ZOË Ødegård",
            "Émile",
            "emile",
            "",
            "a",
            "ß",
            "SS",
            "İstanbul",
            "istanbul",
            "Ωmega",
            "ωMEGA",
        ];
        for a in names {
            for b in names {
                assert_eq!(compare_without_case(a, b), lower(a, b), "{a} vs {b}");
            }
        }
        assert_eq!(compare_without_case("Bob", "alice"), Greater);
        assert_eq!(compare_without_case("alice", "ALICE"), Equal);
    }

    #[test]
    fn kinds_come_from_object_classes() {
        assert_eq!(
            ObjectKind::from_object_classes(["top", "groupOfNames"]),
            ObjectKind::Group
        );
        assert_eq!(
            ObjectKind::from_object_classes(["top", "person", "user"]),
            ObjectKind::User
        );
        assert_eq!(
            ObjectKind::from_object_classes(["user", "computer"]),
            ObjectKind::Other
        );
        assert_eq!(
            ObjectKind::from_object_classes(["organizationalUnit"]),
            ObjectKind::Other
        );
    }

    #[test]
    fn ad_group_types_read_as_scope_and_kind() {
        assert_eq!(group_type("-2147483646"), Some((GroupScope::Global, true)));
        assert_eq!(
            group_type("-2147483644"),
            Some((GroupScope::DomainLocal, true))
        );
        assert_eq!(group_type("8"), Some((GroupScope::Universal, false)));
        assert_eq!(group_type("2"), Some((GroupScope::Global, false)));
        assert_eq!(group_type("x"), None);
    }

    #[test]
    fn names_and_case_insensitive_attributes() {
        let mut o = DirectoryObject::new("cn=Smith\\, John,ou=people,dc=example,dc=test");
        assert_eq!(o.name(), "Smith, John");
        o.push("CN", [Value::Text("John Smith".into())]);
        o.push("jpegPhoto", [Value::Binary(vec![0xff, 0xd8])]);
        assert_eq!(o.text("cn"), Some("John Smith"));
        assert_eq!(o.name(), "John Smith");
        assert_eq!(o.texts("jpegphoto"), Vec::<&str>::new());
        assert_eq!(o.syntax("jpegPhoto", &Schema::default()), Syntax::Binary);
        assert_eq!(o.attribute("cn").map(|a| a.name.as_str()), Some("CN"));
    }
}
