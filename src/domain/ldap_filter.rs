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

/// The attributes a name search looks in.
pub fn name_attributes(store_type: StoreType) -> [&'static str; 4] {
    match store_type {
        StoreType::ActiveDirectory => ["cn", "displayName", "sAMAccountName", "mail"],
        StoreType::GenericLdap => ["cn", "displayName", "uid", "mail"],
    }
}

/// Objects of `kind` whose name contains `text` (all of them when `text`
/// is empty).
pub fn name_search(kind: SearchKind, text: &str, store_type: StoreType) -> String {
    let kind = kind_filter(kind, store_type);
    let text = text.trim();
    if text.is_empty() {
        return kind.to_owned();
    }
    let value = escape(text);
    let names: String = name_attributes(store_type)
        .iter()
        .map(|attr| format!("({attr}=*{value}*)"))
        .collect();
    format!("(&{kind}(|{names}))")
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
            filter.contains("(cn=*\\2a\\29\\28objectClass=\\2a*)"),
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
            "(&(|(objectClass=inetOrgPerson)(objectClass=person))(|(cn=*ali*)(displayName=*ali*)(uid=*ali*)(mail=*ali*)))"
        );
        assert_eq!(equals("uid", "a*"), "(uid=a\\2a)");
    }
}
