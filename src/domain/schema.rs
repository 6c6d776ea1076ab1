//! What the directory's schema says about attributes: single or multi
//! valued, text, DN or binary, editable or not. Parsed from the
//! `attributeTypes` of the subschema entry (RFC 4512).

use std::collections::HashMap;

/// How an attribute's values are shown and edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Syntax {
    #[default]
    Text,
    Dn,
    /// Never shown as text nor sent in emails.
    Binary,
}

/// One attribute type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttributeType {
    pub oid: String,
    pub names: Vec<String>,
    pub superior: Option<String>,
    pub syntax_oid: Option<String>,
    /// The EQUALITY matching rule, by name or OID.
    pub equality: Option<String>,
    pub single_valued: bool,
    /// NO-USER-MODIFICATION, or an operational USAGE.
    pub read_only: bool,
}

/// How the directory decides that two values of an attribute are equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matching {
    /// Byte for byte (caseExactMatch, octetStringMatch, numbers, …).
    Exact,
    /// Without regard to letter case (caseIgnoreMatch and its kin).
    IgnoreCase,
    /// As distinguished names (distinguishedNameMatch).
    Dn,
    /// Without case, spaces or hyphens (telephoneNumberMatch; spaces only
    /// for numericStringMatch, where letters do not occur).
    Telephone,
}

/// Directory String and IA5 String: text that servers without a published
/// EQUALITY rule (Active Directory) compare without case.
const CASE_IGNORING_SYNTAXES: [&str; 3] = [
    "1.3.6.1.4.1.1466.115.121.1.15",
    "1.3.6.1.4.1.1466.115.121.1.26",
    "1.3.6.1.4.1.1466.115.121.1.44",
];

/// What an EQUALITY rule (by name or OID) compares. A rule not listed here
/// is taken to ignore case: when recovering a change, that can only find a
/// value made by someone else in almost the same words, where treating it
/// as exact could lose an applied change's History entry and email.
fn matching_rule(rule: &str) -> Matching {
    match rule.to_ascii_lowercase().as_str() {
        "distinguishednamematch" | "2.5.13.1" | "uniquemembermatch" | "2.5.13.23" => Matching::Dn,
        "telephonenumbermatch" | "2.5.13.20" | "numericstringmatch" | "2.5.13.8" => {
            Matching::Telephone
        }
        "caseexactmatch"
        | "2.5.13.5"
        | "caseexactia5match"
        | "1.3.6.1.4.1.1466.109.114.1"
        | "octetstringmatch"
        | "2.5.13.17"
        | "integermatch"
        | "2.5.13.14"
        | "bitstringmatch"
        | "2.5.13.16"
        | "booleanmatch"
        | "2.5.13.13"
        | "generalizedtimematch"
        | "2.5.13.27"
        | "uuidmatch"
        | "objectidentifiermatch"
        | "2.5.13.0" => Matching::Exact,
        _ => Matching::IgnoreCase,
    }
}

/// The attribute types of a directory, looked up by any of their names.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    types: Vec<AttributeType>,
    by_name: HashMap<String, usize>,
}

const DN_SYNTAX: &str = "1.3.6.1.4.1.1466.115.121.1.12";
const BINARY_SYNTAXES: [&str; 9] = [
    "1.3.6.1.4.1.1466.115.121.1.5",  // Binary
    "1.3.6.1.4.1.1466.115.121.1.8",  // Certificate
    "1.3.6.1.4.1.1466.115.121.1.9",  // Certificate List
    "1.3.6.1.4.1.1466.115.121.1.10", // Certificate Pair
    "1.3.6.1.4.1.1466.115.121.1.23", // Fax
    "1.3.6.1.4.1.1466.115.121.1.28", // JPEG
    "1.3.6.1.4.1.1466.115.121.1.40", // Octet String
    "1.3.6.1.4.1.1466.115.121.1.49", // Supported Algorithm
    "1.2.840.113556.1.4.907",        // AD security descriptor
];

/// Splits a description into tokens: words, quoted strings, parentheses.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '(' || c == ')' {
            out.push(c.to_string());
            chars.next();
        } else if c == '\'' {
            chars.next();
            let mut s = String::new();
            for c in chars.by_ref() {
                if c == '\'' {
                    break;
                }
                s.push(c);
            }
            out.push(s);
        } else {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '(' || c == ')' {
                    break;
                }
                s.push(c);
                chars.next();
            }
            out.push(s);
        }
    }
    out
}

/// Parses one `attributeTypes` value; `None` if it is not one.
pub fn parse_attribute_type(description: &str) -> Option<AttributeType> {
    let tokens = tokens(description);
    let mut iter = tokens.iter().map(String::as_str).peekable();
    if iter.next()? != "(" {
        return None;
    }
    let mut at = AttributeType {
        oid: iter.next()?.to_owned(),
        ..Default::default()
    };
    // A keyword's value: one token, or a parenthesised list.
    let values = |iter: &mut std::iter::Peekable<std::slice::Iter<'_, String>>| -> Vec<String> {
        match iter.next().map(String::as_str) {
            Some("(") => iter
                .by_ref()
                .map(String::as_str)
                .take_while(|t| *t != ")")
                .filter(|t| *t != "$")
                .map(str::to_owned)
                .collect(),
            Some(t) => vec![t.to_owned()],
            None => vec![],
        }
    };
    let mut rest = tokens[2..].iter().peekable();
    while let Some(keyword) = rest.next() {
        match keyword.as_str() {
            "NAME" => at.names = values(&mut rest),
            "SUP" => at.superior = values(&mut rest).into_iter().next(),
            "SYNTAX" => {
                // Drop a length bound: 1.3.6.1.4.1.1466.115.121.1.15{1024}
                at.syntax_oid = values(&mut rest)
                    .into_iter()
                    .next()
                    .map(|s| s.split('{').next().unwrap_or_default().to_owned());
            }
            "SINGLE-VALUE" => at.single_valued = true,
            "NO-USER-MODIFICATION" => at.read_only = true,
            "USAGE" => {
                let usage = values(&mut rest).into_iter().next().unwrap_or_default();
                at.read_only |= usage != "userApplications";
            }
            "EQUALITY" => at.equality = values(&mut rest).into_iter().next(),
            "DESC" | "ORDERING" | "SUBSTR" | "X-ORIGIN" | "X-ORDERED" => {
                values(&mut rest);
            }
            _ => {}
        }
    }
    Some(at)
}

impl Schema {
    /// Builds the schema from the subschema entry's `attributeTypes`.
    pub fn from_attribute_types<'a>(descriptions: impl IntoIterator<Item = &'a str>) -> Schema {
        let mut schema = Schema::default();
        for at in descriptions.into_iter().filter_map(parse_attribute_type) {
            let index = schema.types.len();
            for name in &at.names {
                schema.by_name.insert(name.to_lowercase(), index);
            }
            schema.by_name.insert(at.oid.clone(), index);
            schema.types.push(at);
        }
        schema
    }

    pub fn attribute(&self, name: &str) -> Option<&AttributeType> {
        self.by_name
            .get(&name.to_lowercase())
            .map(|&i| &self.types[i])
    }

    /// The syntax's OID, inherited from superior types when not given.
    pub fn syntax_oid(&self, name: &str) -> Option<&str> {
        let mut current = self.attribute(name);
        for _ in 0..16 {
            let at = current?;
            if let Some(oid) = &at.syntax_oid {
                // `1.3.6.1.4.1.1466.115.121.1.15{256}`: the length is not part of it.
                return Some(oid.split('{').next().unwrap_or(oid));
            }
            current = at.superior.as_deref().and_then(|s| self.attribute(s));
        }
        None
    }

    /// The syntax, inherited from superior types when not given.
    pub fn syntax(&self, name: &str) -> Syntax {
        let mut current = self.attribute(name);
        for _ in 0..16 {
            let Some(at) = current else { break };
            if let Some(oid) = &at.syntax_oid {
                return if oid == DN_SYNTAX {
                    Syntax::Dn
                } else if BINARY_SYNTAXES.contains(&oid.as_str()) {
                    Syntax::Binary
                } else {
                    Syntax::Text
                };
            }
            current = at.superior.as_deref().and_then(|s| self.attribute(s));
        }
        // Attributes the schema does not describe: binary by naming convention.
        if name.to_lowercase().ends_with(";binary") {
            Syntax::Binary
        } else {
            Syntax::Text
        }
    }

    /// Whether the schema names an EQUALITY rule for the attribute (or a
    /// superior type): without one, a server cannot delete single values.
    pub fn has_equality(&self, name: &str) -> bool {
        let mut current = self.attribute(name);
        for _ in 0..16 {
            let Some(at) = current else { return false };
            if at.equality.is_some() {
                return true;
            }
            current = at.superior.as_deref().and_then(|s| self.attribute(s));
        }
        false
    }

    /// The attribute's EQUALITY matching rule (inherited from superior
    /// types), or what its syntax implies where the schema names none.
    pub fn matching(&self, name: &str) -> Matching {
        let mut current = self.attribute(name);
        for _ in 0..16 {
            let Some(at) = current else { break };
            if let Some(rule) = &at.equality {
                return matching_rule(rule);
            }
            current = at.superior.as_deref().and_then(|s| self.attribute(s));
        }
        match self.syntax(name) {
            Syntax::Dn => Matching::Dn,
            Syntax::Binary => Matching::Exact,
            Syntax::Text => {
                let oid = self.inherited_syntax_oid(name);
                if oid.is_none_or(|oid| CASE_IGNORING_SYNTAXES.contains(&oid)) {
                    Matching::IgnoreCase
                } else {
                    Matching::Exact
                }
            }
        }
    }

    fn inherited_syntax_oid(&self, name: &str) -> Option<&str> {
        let mut current = self.attribute(name);
        for _ in 0..16 {
            let at = current?;
            if let Some(oid) = &at.syntax_oid {
                return Some(oid);
            }
            current = at.superior.as_deref().and_then(|s| self.attribute(s));
        }
        None
    }

    pub fn is_single_valued(&self, name: &str) -> bool {
        self.attribute(name).is_some_and(|a| a.single_valued)
    }

    pub fn is_read_only(&self, name: &str) -> bool {
        self.attribute(name).is_some_and(|a| a.read_only)
    }

    /// The schema's own spelling of an attribute name.
    pub fn canonical_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.attribute(name)
            .and_then(|a| a.names.iter().find(|n| n.eq_ignore_ascii_case(name)))
            .map_or(name, String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: [&str; 6] = [
        "( 2.5.4.41 NAME 'name' EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15{32768} )",
        "( 2.5.4.3 NAME ( 'cn' 'commonName' ) DESC 'RFC4519: common name(s) for which the entity is known by' SUP name )",
        "( 2.5.4.31 NAME 'member' DESC 'RFC2256: member of a group' SUP distinguishedName )",
        "( 2.5.4.49 NAME 'distinguishedName' EQUALITY distinguishedNameMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 )",
        "( 2.16.840.1.113730.3.1.241 NAME 'displayName' DESC 'RFC2798: preferred name to be used when displaying entries' EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )",
        "( 2.5.18.1 NAME 'createTimestamp' DESC 'RFC4512: time which object was created' EQUALITY generalizedTimeMatch ORDERING generalizedTimeOrderingMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.24 SINGLE-VALUE NO-USER-MODIFICATION USAGE directoryOperation )",
    ];

    #[test]
    fn parses_openldap_attribute_types() {
        let schema = Schema::from_attribute_types(SAMPLE);
        assert!(schema.is_single_valued("displayName"));
        assert!(!schema.is_single_valued("CN"));
        assert_eq!(
            schema.syntax("commonName"),
            Syntax::Text,
            "inherited from name"
        );
        assert_eq!(
            schema.syntax("member"),
            Syntax::Dn,
            "inherited from distinguishedName"
        );
        assert!(schema.is_read_only("createTimestamp"));
        assert!(!schema.is_read_only("member"));
        assert_eq!(schema.canonical_name("DISPLAYNAME"), "displayName");
        assert_eq!(schema.syntax("jpegPhoto;binary"), Syntax::Binary);
    }

    #[test]
    fn binary_syntaxes_are_recognised() {
        let schema = Schema::from_attribute_types([
            "( 0.9.2342.19200300.100.1.60 NAME 'jpegPhoto' SYNTAX 1.3.6.1.4.1.1466.115.121.1.28 )",
            "( 1.2.840.113556.1.4.2 NAME 'objectGUID' SYNTAX '1.3.6.1.4.1.1466.115.121.1.40' SINGLE-VALUE NO-USER-MODIFICATION )",
        ]);
        assert_eq!(schema.syntax("jpegPhoto"), Syntax::Binary);
        assert_eq!(schema.syntax("objectGUID"), Syntax::Binary);
        assert!(schema.is_read_only("objectGUID"));
    }

    #[test]
    fn malformed_descriptions_are_skipped() {
        assert_eq!(parse_attribute_type(""), None);
        assert_eq!(parse_attribute_type("NAME 'x'"), None);
    }
}
