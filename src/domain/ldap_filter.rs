//! Search filters (RFC 4515) built from what people type. Every typed
//! character is escaped, so `*)(objectClass=*` finds nothing rather than
//! everything.

use super::identity_store::StoreType;

/// Escapes a value for use inside a filter: `*`, `(`, `)`, `\` and NUL.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '*' => out.push_str("\\2a"),
            '(' => out.push_str("\\28"),
            ')' => out.push_str("\\29"),
            '\\' => out.push_str("\\5c"),
            '\0' => out.push_str("\\00"),
            c => out.push(c),
        }
    }
    out
}

/// Which objects a search looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchKind {
    #[default]
    Groups,
    Users,
    All,
}

fn kind_filter(kind: SearchKind, store_type: StoreType) -> &'static str {
    match (kind, store_type) {
        (SearchKind::Groups, StoreType::ActiveDirectory) => "(objectClass=group)",
        (SearchKind::Groups, StoreType::GenericLdap) => {
            "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))"
        }
        (SearchKind::Users, StoreType::ActiveDirectory) => {
            "(&(objectCategory=person)(objectClass=user))"
        }
        (SearchKind::Users, StoreType::GenericLdap) => {
            "(|(objectClass=inetOrgPerson)(objectClass=person))"
        }
        (SearchKind::All, StoreType::ActiveDirectory) => {
            "(|(objectClass=group)(&(objectCategory=person)(objectClass=user)))"
        }
        (SearchKind::All, StoreType::GenericLdap) => {
            "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup)(objectClass=inetOrgPerson)(objectClass=person))"
        }
    }
}

/// The attributes a generic LDAP name search looks in, by prefix.
pub const GENERIC_NAME_ATTRIBUTES: [&str; 6] =
    ["cn", "displayName", "uid", "mail", "givenName", "sn"];

/// What Active Directory's ambiguous name resolution (`anr=`) looks in, as
/// its default schema marks them, plus mail and userPrincipalName (which it
/// does not, though "alice@" is how people type them); in the order a match
/// is reported.
const AD_NAME_ATTRIBUTES: [&str; 9] = [
    "displayName",
    "name",
    "sAMAccountName",
    "givenName",
    "sn",
    "mail",
    "userPrincipalName",
    "proxyAddresses",
    "physicalDeliveryOfficeName",
];

/// The attributes a result's match is looked for in.
pub fn name_attributes(store_type: StoreType) -> &'static [&'static str] {
    match store_type {
        StoreType::ActiveDirectory => &AD_NAME_ATTRIBUTES,
        StoreType::GenericLdap => &GENERIC_NAME_ATTRIBUTES,
    }
}

/// Objects of `kind` found by what someone typed (all of them when `text`
/// is empty): on Active Directory by ambiguous name resolution, as ADUC's
/// Find does ("ali", "Archer", "Alice Archer", a sAMAccountName), or by the
/// start of the mail address or user principal name; on generic LDAP by
/// the start of the name, uid, mail, display, given or surname.
pub fn name_search(kind: SearchKind, text: &str, store_type: StoreType) -> String {
    let kind = kind_filter(kind, store_type);
    let text = text.trim();
    if text.is_empty() {
        return kind.to_owned();
    }
    let value = escape(text);
    let names: String = match store_type {
        StoreType::ActiveDirectory => {
            format!("(anr={value})(mail={value}*)(userPrincipalName={value}*)")
        }
        StoreType::GenericLdap => GENERIC_NAME_ATTRIBUTES
            .iter()
            .map(|attr| format!("({attr}={value}*)"))
            .collect(),
    };
    format!("(&{kind}(|{names}))")
}

/// Which attribute of a found object the typed text matched, and its value:
/// the first (in `name_attributes` order) that starts with it, ignoring
/// case; "givenName sn" for a first and last name typed together (as AD
/// resolves "Alice Archer"). `values` gives an attribute's values.
pub fn matched<'a>(
    text: &str,
    store_type: StoreType,
    values: impl Fn(&str) -> Vec<&'a str>,
) -> Option<(String, String)> {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return None;
    }
    let starts = |value: &str, with: &str| value.to_lowercase().starts_with(with);
    for attribute in name_attributes(store_type) {
        for value in values(attribute) {
            // proxyAddresses: "SMTP:alice@example.test".
            let address = value.split_once(':').map_or(value, |(_, a)| a);
            let value = if *attribute == "proxyAddresses" {
                address
            } else {
                value
            };
            if starts(value, &text) {
                return Some(((*attribute).to_owned(), value.to_owned()));
            }
        }
    }
    let (first, last) = text.split_once(' ')?;
    let (first, last) = (first.trim(), last.trim());
    let one = |attribute: &str, with: &str| values(attribute).into_iter().find(|v| starts(v, with));
    let pair = |a: &str, b: &str| Some(format!("{} {}", one("givenName", a)?, one("sn", b)?));
    pair(first, last)
        .or_else(|| pair(last, first))
        .map(|value| ("givenName sn".to_owned(), value))
}

/// Groups that list any of `members` (DNs) as a member, directly — or, on
/// Active Directory with `nested`, through groups in groups too (the
/// in-chain matching rule). On generic LDAP also `uniqueMember`, and
/// `memberUid` for the `uid`s given (posixGroup).
pub fn groups_with_member(
    store_type: StoreType,
    members: &[&str],
    uids: &[&str],
    nested: bool,
) -> String {
    let kind = kind_filter(SearchKind::Groups, store_type);
    let mut any = String::new();
    for member in members {
        let member = escape(member);
        match store_type {
            StoreType::ActiveDirectory if nested => {
                any.push_str(&format!("(member:{IN_CHAIN}:={member})"))
            }
            StoreType::ActiveDirectory => any.push_str(&format!("(member={member})")),
            StoreType::GenericLdap => {
                any.push_str(&format!("(member={member})(uniqueMember={member})"))
            }
        }
    }
    if store_type == StoreType::GenericLdap {
        for uid in uids {
            any.push_str(&format!("(memberUid={})", escape(uid)));
        }
    }
    format!("(&{kind}(|{any}))")
}

/// An Active Directory user's primary group (which `member` never lists):
/// the group whose SID is the user's with the last part (the RID) replaced
/// by `primaryGroupID`, as a filter on `objectSid`, escaped byte by byte.
pub fn primary_group(user_sid: &[u8], primary_group_id: &str) -> Option<String> {
    let rid: u32 = primary_group_id.trim().parse().ok()?;
    // revision, count of sub-authorities, 6-byte authority, 4 bytes each.
    let count = usize::from(*user_sid.get(1)?);
    if count == 0 || user_sid.len() != 8 + 4 * count {
        return None;
    }
    let mut sid = user_sid.to_vec();
    let last = sid.len() - 4;
    sid[last..].copy_from_slice(&rid.to_le_bytes());
    let escaped: String = sid.iter().map(|b| format!("\\{b:02x}")).collect();
    Some(format!("(objectSid={escaped})"))
}

/// Active Directory's LDAP_MATCHING_RULE_IN_CHAIN: membership through any
/// depth of nested groups, answered by the domain controller.
pub const IN_CHAIN: &str = "1.2.840.113556.1.4.1941";

/// For entries named by DN, one one-level search per parent: the parent's
/// DN and a filter matching its children by their RDNs — a batch of names
/// in one request each, never one per entry. DNs that do not parse are
/// left out (nothing can be found by them).
pub fn children_by_rdn<'a>(dns: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    super::dn::by_parent(dns)
        .into_iter()
        .map(|(parent, children)| {
            let any: String = children
                .iter()
                .filter_map(|child| super::dn::split_first(child).ok())
                .map(|(rdn, _)| {
                    let clause: String = rdn
                        .iter()
                        .map(|ava| format!("({}={})", ava.attribute, escape(&ava.value)))
                        .collect();
                    if rdn.len() > 1 {
                        format!("(&{clause})")
                    } else {
                        clause
                    }
                })
                .collect();
            (parent.to_owned(), format!("(|{any})"))
        })
        .collect()
}

/// Equality on one attribute, e.g. the login attribute at sign-in.
pub fn equals(attribute: &str, value: &str) -> String {
    format!("({attribute}={})", escape(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(escape("*)(objectClass=*"), "\\2a\\29\\28objectClass=\\2a");
        assert_eq!(escape("a\\b\0c"), "a\\5cb\\00c");
        assert_eq!(escape("Zoë Ødegård"), "Zoë Ødegård");
    }

    #[test]
    fn injection_stays_inside_one_value() {
        let filter = name_search(
            SearchKind::Groups,
            "*)(objectClass=*",
            StoreType::GenericLdap,
        );
        assert!(!filter.contains("(objectClass=*)"), "{filter}");
        assert_eq!(filter.matches('(').count(), filter.matches(')').count());
        assert!(
            filter.contains("(cn=\\2a\\29\\28objectClass=\\2a*)"),
            "{filter}"
        );
    }

    #[test]
    fn empty_text_lists_every_object_of_the_kind() {
        assert_eq!(
            name_search(SearchKind::Groups, "  ", StoreType::ActiveDirectory),
            "(objectClass=group)"
        );
        assert_eq!(
            name_search(SearchKind::Users, "ali", StoreType::GenericLdap),
            "(&(|(objectClass=inetOrgPerson)(objectClass=person))(|(cn=ali*)(displayName=ali*)(uid=ali*)(mail=ali*)(givenName=ali*)(sn=ali*)))"
        );
        assert_eq!(
            name_search(SearchKind::Users, "ali*", StoreType::ActiveDirectory),
            "(&(&(objectCategory=person)(objectClass=user))(|(anr=ali\\2a)(mail=ali\\2a*)(userPrincipalName=ali\\2a*)))"
        );
        assert_eq!(equals("uid", "a*"), "(uid=a\\2a)");
    }

    fn values<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Vec<&'a str> {
        move |attribute: &str| {
            pairs
                .iter()
                .filter(|(a, _)| *a == attribute)
                .map(|(_, v)| *v)
                .collect()
        }
    }

    #[test]
    fn a_result_says_which_attribute_the_text_matched() {
        let alice = [
            ("name", "alice"),
            ("sAMAccountName", "alice"),
            ("givenName", "Alice"),
            ("sn", "Archer"),
            ("mail", "alice@example.test"),
            ("proxyAddresses", "SMTP:a.archer@example.test"),
        ];
        let ad = StoreType::ActiveDirectory;
        let m = |text| matched(text, ad, values(&alice));
        assert_eq!(m("ALI"), Some(("name".into(), "alice".into())));
        assert_eq!(m("arch"), Some(("sn".into(), "Archer".into())));
        assert_eq!(
            m("alice@"),
            Some(("mail".into(), "alice@example.test".into()))
        );
        assert_eq!(
            m("a.arch"),
            Some(("proxyAddresses".into(), "a.archer@example.test".into()))
        );
        assert_eq!(
            m("Archer Alice"),
            Some(("givenName sn".into(), "Alice Archer".into()))
        );
        assert_eq!(m("bob"), None);
        assert_eq!(m("  "), None);
        let generic = [("cn", "Alice Archer"), ("uid", "alice")];
        assert_eq!(
            matched("alice", StoreType::GenericLdap, values(&generic)),
            Some(("cn".into(), "Alice Archer".into()))
        );
    }

    #[test]
    fn membership_filters_escape_the_dn_and_use_in_chain_only_when_nested() {
        let dn = "CN=Smith\\, John (x*),CN=Users,DC=t";
        let direct = groups_with_member(StoreType::ActiveDirectory, &[dn], &[], false);
        assert_eq!(
            direct,
            "(&(objectClass=group)(|(member=CN=Smith\\5c, John \\28x\\2a\\29,CN=Users,DC=t)))"
        );
        let nested = groups_with_member(StoreType::ActiveDirectory, &[dn], &["js"], true);
        assert!(
            nested.contains("(member:1.2.840.113556.1.4.1941:=CN=Smith"),
            "{nested}"
        );
        assert!(!nested.contains("memberUid"), "{nested}");
        let generic = groups_with_member(StoreType::GenericLdap, &["uid=a,dc=t"], &["a*"], false);
        assert!(
            generic.ends_with("(|(member=uid=a,dc=t)(uniqueMember=uid=a,dc=t)(memberUid=a\\2a)))"),
            "{generic}"
        );
    }

    #[test]
    fn names_are_looked_up_per_parent_by_rdn_in_one_filter_each() {
        let dns = [
            "uid=alice,ou=people,dc=t",
            "uid=b*b,OU=People, dc=t",
            "cn=x+sn=y,ou=other,dc=t",
            "not a dn",
        ];
        let lookups = children_by_rdn(dns);
        assert_eq!(
            lookups,
            vec![
                (
                    "ou=people,dc=t".to_owned(),
                    "(|(uid=alice)(uid=b\\2ab))".to_owned()
                ),
                ("ou=other,dc=t".to_owned(), "(|(&(cn=x)(sn=y)))".to_owned()),
            ]
        );
    }

    #[test]
    fn the_primary_group_is_the_users_sid_with_its_rid() {
        // S-1-5-21-1-2-3-1104, primaryGroupID 513 (Domain Users).
        let mut user = vec![1u8, 5, 0, 0, 0, 0, 0, 5];
        for part in [21u32, 1, 2, 3, 1104] {
            user.extend(part.to_le_bytes());
        }
        let filter = primary_group(&user, "513").expect("filter");
        assert_eq!(
            filter,
            "(objectSid=\\01\\05\\00\\00\\00\\00\\00\\05\\15\\00\\00\\00\\01\\00\\00\\00\\02\\00\\00\\00\\03\\00\\00\\00\\01\\02\\00\\00)"
        );
        assert_eq!(primary_group(&user[..10], "513"), None);
        assert_eq!(primary_group(&user, "x"), None);
    }
}
