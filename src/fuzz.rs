//! Property-based fuzzing of what reads input dirdesk does not control: the
//! config loader (a file edited by hand), the change diff (values typed by
//! users), the recipients policy (addresses from the directory) and the
//! email renderer (values from the directory, into headers and HTML).
//!
//! Each property runs `PROPTEST_CASES` cases (20,000 by default: about 20 s
//! for all four in CI); run longer by hand, e.g.
//! `PROPTEST_CASES=1000000 cargo test --release --lib fuzz`. A failure
//! prints the smallest input that breaks it: add it as a regression test.

use proptest::prelude::*;

use crate::domain::change::{self, AttributeChange, Author, ChangeRecord, Edits};
use crate::domain::directory_object::{DirectoryObject, ObjectKind, Value};
use crate::domain::identity_store::StoreId;
use crate::domain::notification_settings::{AlsoNotify, NotificationSettings};
use crate::domain::recipients::{self, Audience, Person, Reason};
use crate::domain::schema::Schema;
use crate::domain::{email, email_address};
use crate::services::config_file::Config;
use crate::services::mailer;

/// Text the way a hostile directory or a careless paste produces it:
/// control characters, CR/LF, NUL, bidi marks, markup, header lines,
/// non-ASCII, long runs.
fn nasty_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 ]{0,12}",
        Just("\r\n".to_owned()),
        Just("\n".to_owned()),
        Just("\0".to_owned()),
        Just("\u{202E}".to_owned()),
        Just("\u{200F}".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img src=x onerror=alert(1)>".to_owned()),
        Just("&amp;&#x3C;".to_owned()),
        Just("\r\nBcc: victim@example.test\r\n".to_owned()),
        Just("=?utf-8?b?QmNjOg==?=".to_owned()),
        Just("Zoë Ødegård 日本語".to_owned()),
        "\\PC{0,8}",
        Just("x".repeat(2000)),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

/// An address as it may come out of `mail`: valid, other domain, malformed.
fn address() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}@example\\.test",
        "[a-z]{1,8}@other-domain\\.test",
        Just("no-at-sign".to_owned()),
        Just("two@@example.test".to_owned()),
        Just("a@b@example.test".to_owned()),
        Just("x@example.test\r\nBcc: y@example.test".to_owned()),
        Just(" spaced@example.test ".to_owned()),
        Just("".to_owned()),
        nasty_text(),
    ]
}

fn person() -> impl Strategy<Value = Person> {
    (
        nasty_text(),
        prop::option::of(address()),
        prop::option::of("[a-z]{2}"),
    )
        .prop_map(|(name, mail, language)| Person {
            dn: format!("uid={},dc=example,dc=test", name.len()),
            name,
            mail,
            language,
        })
}

fn record(
    name: String,
    old: Vec<String>,
    new: Vec<String>,
    author_mail: Option<String>,
) -> ChangeRecord {
    ChangeRecord {
        store_id: StoreId("store-fuzz".into()),
        store_name: "Fuzz".into(),
        object_dn: "cn=Fuzz,ou=groups,dc=example,dc=test".into(),
        object_name: name,
        object_kind: ObjectKind::Group,
        author: Author {
            dn: "uid=alice,ou=people,dc=example,dc=test".into(),
            name: "Alice".into(),
            mail: author_mail,
            language: None,
        },
        at: jiff::Timestamp::UNIX_EPOCH,
        changes: vec![AttributeChange {
            attribute: "description".into(),
            old,
            new,
        }],
    }
}

fn schema() -> Schema {
    Schema::from_attribute_types([
        "( 2.5.4.13 NAME 'description' SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )",
        "( 2.5.4.31 NAME 'member' SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 )",
        "( 2.16.840.1.113730.3.1.241 NAME 'displayName' SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )",
    ])
}

const CONFIG: &str = include_str!("../tests/fixtures/config/v1-full.toml");

/// Cases per property: `PROPTEST_CASES`, else 20,000.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(20_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// A config file damaged anywhere loads or is refused — never a panic.
    #[test]
    fn a_damaged_config_file_is_refused_or_loaded_never_a_crash(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12)
    ) {
        let mut bytes = CONFIG.as_bytes().to_vec();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len().max(1));
            match op {
                0 if i < bytes.len() => { bytes.remove(i); }
                1 => bytes.insert(i.min(bytes.len()), byte),
                _ if i < bytes.len() => bytes[i] = byte,
                _ => {}
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = Config::parse(&text, std::path::Path::new("config.toml"));
    }

    /// Whatever users type, the diff only touches the attributes edited,
    /// removes only values the object has and adds only values typed.
    #[test]
    fn the_diff_changes_only_what_was_typed(
        current in prop::collection::vec(nasty_text(), 0..4),
        typed in prop::collection::vec(nasty_text(), 0..4),
        attribute in prop_oneof![Just("description"), Just("displayName"), Just("member"), Just("DESCRIPTION")],
    ) {
        let mut before = DirectoryObject::new("cn=Fuzz,dc=example,dc=test");
        before.push("description", current.iter().cloned().map(Value::Text));
        let mut edits = Edits::new();
        edits.insert(attribute.to_owned(), typed.clone());
        if let Ok(mods) = change::diff(&before, &edits, &schema()) {
            for m in mods {
                prop_assert!(m.attribute.eq_ignore_ascii_case(attribute));
                let had = before.texts(&m.attribute);
                for d in &m.delete {
                    prop_assert!(had.contains(&d.as_str()), "deletes only what is there: {d:?}");
                }
                for a in &m.add {
                    prop_assert!(typed.iter().any(|t| t.trim_end_matches(['\r', '\n']) == a), "adds only what was typed: {a:?}");
                }
            }
        }
    }

    /// Only the sources the settings name are told, each address once, and
    /// only well-formed addresses.
    #[test]
    fn recipients_never_go_beyond_the_policy(
        also in (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        author_mail in prop::option::of(address()),
        object in prop::option::of(person()),
        members in prop::collection::vec(person(), 0..4),
        owners in prop::collection::vec(person(), 0..3),
        added in prop::collection::vec(person(), 0..3),
        removed in prop::collection::vec(person(), 0..3),
        to in prop::collection::vec(address(), 0..3),
        cc in prop::collection::vec(address(), 0..3),
    ) {
        let settings = NotificationSettings {
            to: to.clone(),
            cc: cc.clone(),
            also_notify: AlsoNotify {
                logged_in_users: also.0,
                object_modified: also.1,
                group_owners: also.2,
                managers: also.3,
                added_members: also.4,
                removed_members: also.5,
                public_group_owners: also.6,
            },
            ..Default::default()
        };
        let record = record("Fuzz".into(), vec![], vec!["x".into()], author_mail.clone());
        let audience = Audience {
            object: object.clone(),
            members: members.clone(),
            owners: owners.clone(),
            manager: None,
            added_members: added.clone(),
            removed_members: removed.clone(),
        };
        let plan = recipients::plan(&settings, &record, &audience);
        let mails = |people: &[Person]| people.iter().filter_map(|p| p.mail.clone()).collect::<Vec<_>>();
        let mut allowed: Vec<String> = Vec::new();
        if also.0 { allowed.extend(author_mail.clone()); }
        if also.1 { allowed.extend(object.iter().filter_map(|o| o.mail.clone())); allowed.extend(mails(&members)); }
        if also.2 { allowed.extend(mails(&owners)); }
        if also.4 { allowed.extend(mails(&added)); }
        if also.5 { allowed.extend(mails(&removed)); }
        if also.6 { allowed.extend(mails(&owners)); }
        allowed.extend(to.iter().cloned());
        allowed.extend(cc.iter().cloned());
        let mut seen = std::collections::HashSet::new();
        for r in &plan.recipients {
            prop_assert!(email_address::is_valid(&r.address), "only well-formed: {:?}", r.address);
            prop_assert!(
                allowed.iter().any(|a| a.trim().eq_ignore_ascii_case(&r.address)),
                "{:?} is not one the settings name", r.address
            );
            prop_assert!(seen.insert(r.address.to_lowercase()), "{:?} twice", r.address);
        }
    }

    /// Values from the directory arrive inert: no header can be added, the
    /// HTML part shows markup as text, and the message always composes.
    #[test]
    fn emails_carry_hostile_values_inert(
        name in nasty_text(),
        old in nasty_text(),
        new in nasty_text(),
        recipient_name in nasty_text(),
    ) {
        let record = record(name.clone(), vec![old.clone()], vec![new.clone()], Some("alice@example.test".into()));
        let recipient = recipients::Recipient {
            address: "alice@example.test".into(),
            name: Some(recipient_name),
            language: None,
            reasons: vec![Reason::LoggedInUser],
        };
        let loader = crate::i18n::loader_for(None);
        let content = email::render(&Default::default(), &loader, &record, &recipient, &jiff::tz::TimeZone::UTC);
        // The template's own markup has neither; values may carry both.
        prop_assert!(!content.html.contains("<script"), "live script in HTML");
        prop_assert!(!content.html.contains("<img"), "live markup in HTML");
        let settings = NotificationSettings { from: "dirdesk@example.test".into(), ..Default::default() };
        let composed = mailer::compose(&settings, &recipient, (&[], &[]), &content);
        prop_assert!(composed.is_ok(), "{:?}", composed.err());
        let raw = composed.map(|c| c.raw).unwrap_or_default();
        let text = String::from_utf8_lossy(&raw);
        let head = text.split("\r\n\r\n").next().unwrap_or_default();
        for line in head.split("\r\n") {
            prop_assert!(!line.to_ascii_lowercase().starts_with("bcc:"), "a header was added: {line:?}");
            prop_assert!(!line.contains('\0'), "NUL in a header");
        }
        prop_assert_eq!(head.split("\r\n").filter(|l| l.to_ascii_lowercase().starts_with("subject:")).count(), 1);
        prop_assert_eq!(head.split("\r\n").filter(|l| l.to_ascii_lowercase().starts_with("to:")).count(), 1);
    }
}
