//! Distinguished names (RFC 4514): checking that what an admin typed is one,
//! and comparing two without caring about case or spacing of attribute types.

use std::fmt;

use crate::fl;

/// Why a string is not a distinguished name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnError {
    Empty,
    MissingEquals(String),
    BadAttributeType(String),
    EmptyValue(String),
    BadEscape(String),
}

impl fmt::Display for DnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            DnError::Empty => fl!("dn-empty"),
            DnError::MissingEquals(part) => fl!("dn-missing-equals", part = part),
            DnError::BadAttributeType(part) => fl!("dn-bad-attribute-type", part = part),
            DnError::EmptyValue(part) => fl!("dn-empty-value", part = part),
            DnError::BadEscape(part) => fl!("dn-bad-escape", part = part),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DnError {}

/// One `type=value` pair of a relative distinguished name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ava {
    pub attribute: String,
    /// The value with escapes resolved.
    pub value: String,
}

/// Splits `s` at unescaped `sep`, keeping escapes in the parts.
fn split_unescaped(s: &str, sep: char) -> Result<Vec<&str>, DnError> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            if chars.next().is_none() {
                return Err(DnError::BadEscape(s.to_owned()));
            }
        } else if c == sep {
            parts.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&s[start..]);
    Ok(parts)
}

fn unescape(raw: &str) -> Result<String, DnError> {
    let bad = || DnError::BadEscape(raw.to_owned());
    let mut bytes = Vec::with_capacity(raw.len());
    let mut iter = raw.bytes().peekable();
    while let Some(b) = iter.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        let first = iter.next().ok_or_else(bad)?;
        let hex = |b: u8| (b as char).to_digit(16);
        match (hex(first), iter.peek().copied().and_then(hex)) {
            (Some(hi), Some(lo)) => {
                iter.next();
                bytes.push((hi * 16 + lo) as u8);
            }
            _ => bytes.push(first),
        }
    }
    String::from_utf8(bytes).map_err(|_| bad())
}

fn is_attribute_type(t: &str) -> bool {
    let descr = t.starts_with(|c: char| c.is_ascii_alphabetic())
        && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let oid = !t.is_empty()
        && t.split('.')
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    descr || oid
}

/// Parses a DN into its RDNs (each a list of AVAs), first RDN first.
pub fn parse(dn: &str) -> Result<Vec<Vec<Ava>>, DnError> {
    if dn.trim().is_empty() {
        return Err(DnError::Empty);
    }
    split_unescaped(dn, ',')?
        .into_iter()
        .map(|rdn| {
            split_unescaped(rdn, '+')?
                .into_iter()
                .map(|ava| {
                    let (t, v) = ava
                        .split_once('=')
                        .ok_or_else(|| DnError::MissingEquals(ava.trim().to_owned()))?;
                    let t = t.trim();
                    if !is_attribute_type(t) {
                        return Err(DnError::BadAttributeType(t.to_owned()));
                    }
                    // Leading spaces are insignificant; trailing ones only
                    // when not escaped, which trim_end cannot see: keep "\ ".
                    let v = v.trim_start();
                    let v = if v.ends_with("\\ ") { v } else { v.trim_end() };
                    if v.is_empty() {
                        return Err(DnError::EmptyValue(ava.trim().to_owned()));
                    }
                    Ok(Ava {
                        attribute: t.to_owned(),
                        value: unescape(v)?,
                    })
                })
                .collect()
        })
        .collect()
}

/// A DN's first RDN, and its parent's DN as written (empty for a one-RDN
/// DN): what a one-level search for the entry needs.
pub fn split_first(dn: &str) -> Result<(Vec<Ava>, &str), DnError> {
    let first = split_unescaped(dn, ',')?
        .into_iter()
        .next()
        .unwrap_or_default();
    let rdn = parse(first)?.into_iter().next().ok_or(DnError::Empty)?;
    let parent = dn[first.len()..].trim_start_matches(',').trim();
    Ok((rdn, parent))
}

/// DNs grouped by their parent (parents compared as keys, named as first
/// written), in first-seen order; DNs that do not parse are left out.
pub fn by_parent<'a>(dns: impl IntoIterator<Item = &'a str>) -> Vec<(&'a str, Vec<&'a str>)> {
    use std::collections::hash_map::Entry;
    let mut parents: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    for dn in dns {
        let Ok((_, parent)) = split_first(dn) else {
            continue;
        };
        match index.entry(key(parent)) {
            Entry::Occupied(at) => parents[*at.get()].1.push(dn),
            Entry::Vacant(at) => {
                at.insert(parents.len());
                parents.push((parent, vec![dn]));
            }
        }
    }
    parents
}

/// `value` written as one attribute value of a DN (RFC 4514 section 2.4):
/// what a person typed can never end the value or add a part to the DN.
pub fn escape_value(value: &str) -> String {
    let last = value.chars().count().saturating_sub(1);
    let mut out = String::with_capacity(value.len() + 2);
    for (i, c) in value.chars().enumerate() {
        match c {
            '\\' | ',' | '+' | '"' | '<' | '>' | ';' | '=' => {
                out.push('\\');
                out.push(c);
            }
            '\0' => out.push_str("\\00"),
            ' ' if i == 0 || i == last => out.push_str("\\20"),
            '#' if i == 0 => out.push_str("\\23"),
            c => out.push(c),
        }
    }
    out
}

/// The placeholder a login DN template holds for the login typed.
pub const LOGIN_PLACEHOLDER: &str = "{user}";

/// The DN a login DN template (`uid={user},ou=people,dc=example,dc=test`)
/// gives for `login`, the login escaped as a DN value.
pub fn from_template(template: &str, login: &str) -> String {
    template.replace(LOGIN_PLACEHOLDER, &escape_value(login.trim()))
}

/// Checks that `dn` is a distinguished name.
pub fn validate(dn: &str) -> Result<(), DnError> {
    parse(dn).map(|_| ())
}

/// One spelling for every way of writing the same DN (case, spacing,
/// escaping, order of a multi-valued RDN's parts): compare these, or keep
/// them in a set, instead of parsing two DNs for each comparison.
pub fn normalized(dn: &str) -> Option<String> {
    plain_lowercase(dn).or_else(|| parsed_normalized(dn))
}

/// The usual DN — `uid=m0001,ou=crowd,dc=example,dc=test`, `CN=Frank
/// Fischer,OU=Staff,…` — has one `=` per RDN and values of letters, digits,
/// `-`, `.`, `_` and inner spaces only: nothing to unescape, trim or sort,
/// so its normalized spelling is its lowercase, found without a parse (a big
/// group's 50,000 keys are computed on every read of its names).
fn plain_lowercase(dn: &str) -> Option<String> {
    let plain = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b' ');
    for rdn in dn.split(',') {
        let (attribute, value) = rdn.split_once('=')?;
        let simple = is_attribute_type(attribute)
            && !value.is_empty()
            && !value.starts_with(' ')
            && !value.ends_with(' ')
            && value.bytes().all(plain);
        if !simple {
            return None;
        }
    }
    Some(dn.to_ascii_lowercase())
}

fn parsed_normalized(dn: &str) -> Option<String> {
    let escape = |text: &str| {
        text.chars()
            .fold(String::with_capacity(text.len()), |mut out, c| {
                if matches!(c, '\\' | ',' | '+' | '=') {
                    out.push('\\');
                }
                out.push(c);
                out
            })
    };
    let rdns = parse(dn).ok()?;
    let rdns: Vec<String> = rdns
        .iter()
        .map(|rdn| {
            let mut avas: Vec<String> = rdn
                .iter()
                .map(|ava| {
                    format!(
                        "{}={}",
                        ava.attribute.to_ascii_lowercase(),
                        escape(&ava.value.to_lowercase())
                    )
                })
                .collect();
            avas.sort_unstable();
            avas.join("+")
        })
        .collect();
    Some(rdns.join(","))
}

/// What a DN is compared by: its `normalized` spelling, or — for text that
/// is no DN — the text itself. Two DNs name the same entry when their keys
/// are equal: compute a value's key once, keep keys in a set, and never
/// parse pairs of DNs (a 5,000-member group would take 25 million parses).
pub fn key(dn: &str) -> String {
    normalized(dn).unwrap_or_else(|| dn.to_owned())
}

/// An Active Directory objectGUID (16 bytes, its first three fields
/// little-endian) as text: `2fb017cc-c186-46f4-a039-c2f4a0f3b95b`.
pub fn guid_text(bytes: &[u8]) -> Option<String> {
    let b: &[u8; 16] = bytes.try_into().ok()?;
    Some(format!(
        "{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        b[3],
        b[2],
        b[1],
        b[0],
        b[5],
        b[4],
        b[7],
        b[6],
        b[8],
        b[9],
        b[10],
        b[11],
        b[12],
        b[13],
        b[14],
        b[15]
    ))
}

/// Whether two DNs name the same entry, ignoring case and spacing.
pub fn same(a: &str, b: &str) -> bool {
    match (parse(a), parse(b)) {
        (Ok(a), Ok(b)) => {
            a.len() == b.len()
                && a.iter().zip(&b).all(|(x, y)| {
                    x.len() == y.len()
                        && x.iter().zip(y).all(|(p, q)| {
                            p.attribute.eq_ignore_ascii_case(&q.attribute)
                                && p.value.to_lowercase() == q.value.to_lowercase()
                        })
                })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_object_guid_reads_as_active_directory_writes_it() {
        let bytes = [
            0xcc, 0x17, 0xb0, 0x2f, 0x86, 0xc1, 0xf4, 0x46, 0xa0, 0x39, 0xc2, 0xf4, 0xa0, 0xf3,
            0xb9, 0x5b,
        ];
        assert_eq!(
            guid_text(&bytes).as_deref(),
            Some("2fb017cc-c186-46f4-a039-c2f4a0f3b95b")
        );
        assert_eq!(guid_text(&bytes[..15]), None);
    }

    #[test]
    fn the_plain_spelling_shortcut_agrees_with_the_parse() {
        for dn in [
            "uid=m0001,ou=crowd,dc=example,dc=test",
            "CN=Frank Fischer,OU=Staff,DC=example,DC=test",
            "cn=a=b,dc=x",
            "cn= padded,dc=x",
            "cn=trailing ,dc=x",
            "cn=,dc=x",
            "1cn=x,dc=x",
            "2.5.4.3=x,dc=x",
            "cn=x+uid=y,dc=x",
            "cn=Smith\\, John,dc=x",
            "",
            ",",
        ] {
            if let Some(fast) = plain_lowercase(dn) {
                assert_eq!(Some(fast), parsed_normalized(dn), "{dn:?}");
            }
        }
        assert!(plain_lowercase("uid=m0001,ou=crowd,dc=example,dc=test").is_some());
        assert!(plain_lowercase("CN=Frank Fischer,OU=Staff,DC=x").is_some());
    }

    proptest::proptest! {
        #[test]
        fn the_shortcut_never_differs_from_the_parse(dn in "([a-zA-Z0-9 ]{1,3}=[a-zA-Z0-9 ._=+\\-]{0,5},?){1,3}") {
            if let Some(fast) = plain_lowercase(&dn) {
                proptest::prop_assert_eq!(Some(fast), parsed_normalized(&dn));
            }
        }
    }

    #[test]
    fn split_first_keeps_escaped_commas_in_the_rdn() {
        let (rdn, parent) = split_first("cn=Smith\\, John+uid=js, ou=people,dc=x").expect("dn");
        assert_eq!(parent, "ou=people,dc=x");
        assert_eq!(rdn.len(), 2);
        assert_eq!(rdn[0].value, "Smith, John");
        assert_eq!(rdn[1].attribute, "uid");
        let (rdn, parent) = split_first("dc=test").expect("dn");
        assert_eq!((rdn[0].value.as_str(), parent), ("test", ""));
        assert!(split_first("no equals").is_err());
    }

    #[test]
    fn a_login_in_a_dn_template_can_never_become_more_of_the_dn() {
        let template = "uid={user},ou=people,dc=example,dc=test";
        assert_eq!(
            from_template(template, "alice"),
            "uid=alice,ou=people,dc=example,dc=test"
        );
        let hostile = from_template(template, "x,ou=admins+cn=y\\ #");
        let rdns = parse(&hostile).expect("still a DN");
        assert_eq!(rdns.len(), 4, "{hostile}");
        assert_eq!(rdns[0].len(), 1);
        assert_eq!(rdns[0][0].value, "x,ou=admins+cn=y\\ #");
        assert_eq!(
            parse(&from_template(template, "#lead"))
                .expect("dn")
                .first()
                .map(|r| r[0].value.clone()),
            Some("#lead".into())
        );
    }

    #[test]
    fn accepts_real_world_dns() {
        for dn in [
            "dc=example,dc=test",
            "cn=dirdesk-svc,ou=services,dc=example,dc=test",
            "CN=Smith\\, John,OU=Sales,DC=corp,DC=example,DC=test",
            "cn=Zoë Ødegård,ou=people,dc=example,dc=test",
            "cn=a+sn=b,dc=example",
            "cn=trailing\\ ,dc=example",
            "cn=\\23hash,dc=example",
            "2.5.4.3=oid,dc=example",
            "uid=alice, ou=people, dc=example, dc=test",
        ] {
            assert!(validate(dn).is_ok(), "{dn}: {:?}", validate(dn));
        }
    }

    #[test]
    fn rejects_what_is_not_a_dn_with_a_specific_reason() {
        assert_eq!(validate(""), Err(DnError::Empty));
        assert_eq!(
            validate("example.test"),
            Err(DnError::MissingEquals("example.test".into()))
        );
        assert_eq!(
            validate("dc=example,,dc=test"),
            Err(DnError::MissingEquals("".into()))
        );
        assert_eq!(
            validate("1x=a"),
            Err(DnError::BadAttributeType("1x".into()))
        );
        assert_eq!(
            validate("cn=,dc=test"),
            Err(DnError::EmptyValue("cn=".into()))
        );
        assert_eq!(validate("cn=a\\"), Err(DnError::BadEscape("cn=a\\".into())));
    }

    #[test]
    fn escapes_are_resolved() {
        let rdns = parse("cn=Smith\\, John+uid=js,dc=x\\2Cy").expect("dn");
        assert_eq!(rdns[0][0].value, "Smith, John");
        assert_eq!(rdns[0][1].attribute, "uid");
        assert_eq!(rdns[1][0].value, "x,y");
    }

    #[test]
    fn sameness_ignores_case_and_spaces_but_not_values() {
        assert!(same(
            "UID=Alice, OU=People,DC=example,DC=test",
            "uid=alice,ou=people,dc=example,dc=test"
        ));
        assert!(!same("uid=alice,dc=test", "uid=bob,dc=test"));
        assert!(!same("uid=alice,dc=test", "uid=alice,ou=x,dc=test"));
    }
}
