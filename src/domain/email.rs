//! What a notification email says, in the recipient's language: a subject,
//! a plain-text part and an HTML part. Every value from the directory is
//! escaped for where it goes: no header can be added, no markup injected.

use i18n_embed::fluent::FluentLanguageLoader;

use super::change::ChangeRecord;
use super::recipients::Recipient;
use super::templates::{self, EmailKind, Templates};

/// The rendered content of one email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailContent {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// One line for a header: control characters (CR, LF, NUL, …) become
/// spaces, so a value can never start a header of its own.
pub fn header_safe(value: &str) -> String {
    let line: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    // Long subjects are folded by mail programs anyway; keep them readable.
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// Text-part form of a value: other control characters made visible.
pub fn text_safe(value: &str) -> String {
    value
        .chars()
        .flat_map(|c| match c {
            '\n' | '\t' => vec![c],
            '\r' => vec![],
            c if c.is_control() => c.escape_unicode().collect(),
            c => vec![c],
        })
        .collect()
}

/// Wraps `text` at `width` characters, each line starting with `indent`.
/// One pass over the text: a template may hand it anything.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let width = width.max(1);
    let mut out = String::with_capacity(text.len() + text.len() / width * (indent.len() + 1));
    let mut first = true;
    let mut push = |out: &mut String, line: &str| {
        if !std::mem::take(&mut first) {
            out.push('\n');
        }
        out.push_str(indent);
        out.push_str(line);
    };
    for paragraph in text.split('\n') {
        let (mut line, mut line_len) = (String::new(), 0);
        for word in paragraph.split(' ') {
            let (mut rest, mut rest_len) = (word, word.chars().count());
            // Words longer than a line (hashes, URLs) are cut.
            while rest_len > width {
                if !line.is_empty() {
                    push(&mut out, &line);
                    (line, line_len) = (String::new(), 0);
                }
                let cut = rest
                    .char_indices()
                    .nth(width)
                    .map_or(rest.len(), |(i, _)| i);
                push(&mut out, &rest[..cut]);
                (rest, rest_len) = (&rest[cut..], rest_len - width);
            }
            if !line.is_empty() && line_len + 1 + rest_len > width {
                push(&mut out, &line);
                (line, line_len) = (String::new(), 0);
            }
            if !line.is_empty() {
                line.push(' ');
                line_len += 1;
            }
            line.push_str(rest);
            line_len += rest_len;
        }
        push(&mut out, &line);
    }
    out
}

/// Renders the email for `recipient` about `record` with the store's
/// `templates` in the recipient's language (`loader`, see
/// `i18n::loader_for`), times shown in `tz`. A store template that fails
/// at sending time (it passed its check when saved) gives way to the
/// built-in one: the change is confirmed either way.
pub fn render(
    templates: &Templates,
    loader: &FluentLanguageLoader,
    record: &ChangeRecord,
    recipient: &Recipient,
    tz: &jiff::tz::TimeZone,
) -> EmailContent {
    let lang = templates::language_of(loader);
    let context = templates::change_context(loader, record, recipient, tz);
    templates
        .render(EmailKind::Change, &lang, &context)
        .unwrap_or_else(|problem| panic!("the built-in template failed: {problem}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StoreId;
    use crate::domain::change::AttributeChange;
    use crate::domain::change::Author;
    use crate::domain::directory_object::ObjectKind;
    use crate::domain::recipients::Reason;

    fn record(description_old: &str, description_new: &str) -> ChangeRecord {
        ChangeRecord {
            store_id: StoreId("s".into()),
            store_name: "Demo".into(),
            object_dn: "cn=Marketing,ou=groups,dc=example,dc=test".into(),
            object_name: "Marketing".into(),
            object_kind: ObjectKind::Group,
            author: Author {
                dn: "uid=alice,ou=people,dc=example,dc=test".into(),
                name: "Alice Archer".into(),
                mail: Some("alice@example.test".into()),
                language: None,
            },
            at: "2026-11-28T10:15:00Z".parse().expect("timestamp"),
            changes: vec![
                AttributeChange {
                    attribute: "description".into(),
                    old: vec![description_old.into()],
                    new: vec![description_new.into()],
                },
                AttributeChange {
                    attribute: "member".into(),
                    old: vec!["uid=a,dc=test".into(), "uid=b,dc=test".into()],
                    new: vec!["uid=a,dc=test".into(), "uid=c,dc=test".into()],
                },
            ],
        }
    }

    fn author_recipient() -> Recipient {
        Recipient {
            address: "alice@example.test".into(),
            name: Some("Alice Archer".into()),
            language: None,
            reasons: vec![Reason::LoggedInUser],
        }
    }

    fn english() -> FluentLanguageLoader {
        crate::i18n::loader_for(None)
    }

    #[test]
    fn the_confirmation_names_the_object_and_the_old_and_new_values() {
        let tz = jiff::tz::TimeZone::UTC;
        let email = render(
            &Templates::default(),
            &english(),
            &record("Campaigns", "Campaigns and events"),
            &author_recipient(),
            &tz,
        );
        assert_eq!(email.subject, "You changed the group “Marketing”");
        for part in [&email.text, &email.html] {
            assert!(part.contains("Marketing"));
            assert!(part.contains("cn=Marketing,ou=groups,dc=example,dc=test"));
            assert!(part.contains("Campaigns and events"));
            assert!(part.contains("Alice Archer"));
            assert!(part.contains("28 Nov 2026 10:15:00 UTC"), "{part}");
            assert!(part.contains("dirdesk"));
            assert!(part.contains("uid=c,dc=test") && part.contains("uid=b,dc=test"));
            assert!(
                !part.contains("uid=a,dc=test"),
                "unchanged members are not listed"
            );
        }
        assert!(
            email.text.contains("  Old value:\n    Campaigns\n"),
            "{}",
            email.text
        );
    }

    #[test]
    fn the_time_is_written_in_the_recipients_language_with_its_offset() {
        let berlin = jiff::tz::TimeZone::get("Europe/Berlin").expect("tzdata");
        let record = record("Campaigns", "Campaigns and events");
        let german = render(
            &Templates::default(),
            &crate::i18n::loader_for(Some("de")),
            &record,
            &author_recipient(),
            &berlin,
        );
        assert!(
            german.text.contains("28.11.2026, 11:15:00 CET (UTC+01:00)"),
            "{}",
            german.text
        );
        let english = render(
            &Templates::default(),
            &english(),
            &record,
            &author_recipient(),
            &berlin,
        );
        assert!(
            english
                .text
                .contains("28 Nov 2026 11:15:00 CET (UTC+01:00)"),
            "{}",
            english.text
        );
    }

    #[test]
    fn others_read_who_made_the_change() {
        let tz = jiff::tz::TimeZone::UTC;
        let recipient = Recipient {
            address: "audit@example.test".into(),
            name: None,
            language: None,
            reasons: vec![Reason::To],
        };
        let email = render(
            &Templates::default(),
            &english(),
            &record("a", "b"),
            &recipient,
            &tz,
        );
        assert_eq!(email.subject, "Alice Archer changed the group “Marketing”");
    }

    #[test]
    fn markup_and_header_lines_in_values_arrive_inert() {
        let tz = jiff::tz::TimeZone::UTC;
        let hostile = "<script>alert(1)</script>\r\nBcc: eve@evil.test\u{0}\u{202E}";
        let mut r = record("x", hostile);
        r.object_name = "Evil\r\nX-Injected: yes <b>".into();
        let email = render(
            &Templates::default(),
            &english(),
            &r,
            &author_recipient(),
            &tz,
        );
        assert!(
            !email.subject.contains('\n') && !email.subject.contains('\r'),
            "{:?}",
            email.subject
        );
        assert!(!email.html.contains("<script>"));
        assert!(email.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!email.html.contains("<b>"));
        assert!(!email.text.contains('\0') && !email.text.contains('\r'));
        assert!(!email.html.contains('\0'));
    }

    #[test]
    fn long_values_are_wrapped_in_the_text_part() {
        let tz = jiff::tz::TimeZone::UTC;
        let long = "word ".repeat(60) + &"x".repeat(150);
        let email = render(
            &Templates::default(),
            &english(),
            &record("short", &long),
            &author_recipient(),
            &tz,
        );
        assert!(
            email.text.lines().all(|l| l.chars().count() <= 76),
            "{}",
            email.text
        );
    }

    #[test]
    fn header_values_are_one_line() {
        assert_eq!(header_safe("a\r\nBcc: x\0y"), "a Bcc: x y");
    }
}

#[cfg(test)]
mod language_tests {
    use super::*;
    use crate::domain::directory_object::ObjectKind;
    use crate::domain::recipients::Reason;

    #[test]
    fn the_recipients_language_is_used_and_unknown_ones_fall_back_to_english() {
        let record = ChangeRecord {
            store_id: crate::domain::StoreId("s".into()),
            store_name: "Demo".into(),
            object_dn: "cn=Marketing,dc=test".into(),
            object_name: "Marketing".into(),
            object_kind: ObjectKind::Group,
            author: crate::domain::change::Author {
                dn: "uid=bob,dc=test".into(),
                name: "Bob".into(),
                mail: Some("bob@example.test".into()),
                language: Some("de".into()),
            },
            at: jiff::Timestamp::UNIX_EPOCH,
            changes: vec![],
        };
        let recipient = |language: Option<&str>| Recipient {
            address: "bob@example.test".into(),
            name: Some("Bob".into()),
            language: language.map(str::to_owned),
            reasons: vec![Reason::LoggedInUser],
        };
        let tz = jiff::tz::TimeZone::UTC;
        for tag in ["de", "de-DE", "de_AT"] {
            let loader = crate::i18n::loader_for(Some(tag));
            let email = render(
                &Templates::default(),
                &loader,
                &record,
                &recipient(Some(tag)),
                &tz,
            );
            assert_eq!(email.subject, "Ihre Änderung: Gruppe „Marketing“", "{tag}");
        }
        for tag in [None, Some("xx"), Some("not a tag!")] {
            let loader = crate::i18n::loader_for(tag);
            let email = render(
                &Templates::default(),
                &loader,
                &record,
                &recipient(tag),
                &tz,
            );
            assert_eq!(
                email.subject, "You changed the group “Marketing”",
                "{tag:?}"
            );
        }
    }
}
