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
        // Called for every search result: compare without allocating.
        let classes: Vec<&str> = classes.into_iter().collect();
        let has = |c: &str| classes.iter().any(|x| x.eq_ignore_ascii_case(c));
        if ["group", "groupofnames", "groupofuniquenames", "posixgroup"]
            .iter()
            .any(|c| has(c))
        {
            ObjectKind::Group
        } else if has("computer") {
            ObjectKind::Other
        } else if ["person", "inetorgperson", "user", "organizationalperson"]
            .iter()
            .any(|c| has(c))
        {
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
        self.texts(name).into_iter().next()
    }

    pub fn kind(&self) -> ObjectKind {
        ObjectKind::from_object_classes(self.texts("objectClass"))
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

/// What a search result list shows of an object.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ObjectSummary {
    pub dn: String,
    pub name: String,
    pub kind: ObjectKind,
    pub description: Option<String>,
    /// The name lowercased once, so sorting 100,000 results compares bytes.
    #[serde(skip)]
    sort_key: String,
}

impl ObjectSummary {
    pub fn new(dn: String, name: String, kind: ObjectKind, description: Option<String>) -> Self {
        let sort_key = name.to_lowercase();
        Self {
            dn,
            name,
            kind,
            description,
            sort_key,
        }
    }

    /// The key lists sort by: the name, without regard to case.
    pub fn sort_key(&self) -> &str {
        &self.sort_key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
