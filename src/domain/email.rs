//! What a notification email says, in the recipient's language: a subject,
//! a plain-text part and an HTML part. Every value from the directory is
//! escaped for where it goes: no header can be added, no markup injected.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::change::{AttributeChange, ChangeRecord};
use super::directory_object::ObjectKind;
use super::recipients::{Reason, Recipient};

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
fn text_safe(value: &str) -> String {
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
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let mut word = word.to_owned();
            // Words longer than a line (hashes, URLs) are cut.
            while word.chars().count() > width {
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                }
                let cut = word
                    .char_indices()
                    .nth(width)
                    .map_or(word.len(), |(i, _)| i);
                out.push(word[..cut].to_owned());
                word = word[cut..].to_owned();
            }
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        out.push(line);
    }
    out.iter()
        .map(|l| format!("{indent}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn kind_label(loader: &FluentLanguageLoader, kind: ObjectKind) -> String {
    match kind {
        ObjectKind::Group => fl!(loader, "kind-group"),
        ObjectKind::User => fl!(loader, "kind-user"),
        ObjectKind::Other => fl!(loader, "kind-other"),
    }
}

fn reason_text(loader: &FluentLanguageLoader, reason: Reason) -> String {
    match reason {
        Reason::LoggedInUser => fl!(loader, "email-why-logged-in-user"),
        Reason::To | Reason::Cc => fl!(loader, "email-why-list"),
        Reason::ObjectModified => fl!(loader, "email-why-object"),
        Reason::GroupOwner => fl!(loader, "email-why-owner"),
        Reason::Manager => fl!(loader, "email-why-manager"),
        Reason::AddedMember => fl!(loader, "email-why-added"),
        Reason::RemovedMember => fl!(loader, "email-why-removed"),
    }
}

/// How a change reads: single values as old → new; lists as added/removed.
enum Shown {
    Single {
        old: String,
        new: String,
    },
    List {
        added: Vec<String>,
        removed: Vec<String>,
    },
}

fn shown(loader: &FluentLanguageLoader, change: &AttributeChange) -> Shown {
    if change.old.len() <= 1 && change.new.len() <= 1 {
        let none = || fl!(loader, "email-no-value");
        Shown::Single {
            old: change.old.first().cloned().unwrap_or_else(none),
            new: change.new.first().cloned().unwrap_or_else(none),
        }
    } else {
        Shown::List {
            added: change.added().into_iter().map(str::to_owned).collect(),
            removed: change.removed().into_iter().map(str::to_owned).collect(),
        }
    }
}

/// Renders the email for `recipient` about `record`, with times shown in
/// `tz`. `loader` is the recipient's language (see `i18n::loader_for`).
pub fn render(
    loader: &FluentLanguageLoader,
    record: &ChangeRecord,
    recipient: &Recipient,
    tz: &jiff::tz::TimeZone,
) -> EmailContent {
    let own = recipient.reasons.contains(&Reason::LoggedInUser);
    let kind = kind_label(loader, record.object_kind);
    let name = record.object_name.as_str();
    let author = record.author.name.as_str();
    let store = record.store_name.as_str();
    let subject = if own {
        fl!(
            loader,
            "email-subject-own",
            kind = kind.as_str(),
            name = name
        )
    } else {
        fl!(
            loader,
            "email-subject-other",
            author = author,
            kind = kind.as_str(),
            name = name
        )
    };
    let intro = if own {
        fl!(
            loader,
            "email-intro-own",
            kind = kind.as_str(),
            name = name,
            store = store
        )
    } else {
        fl!(
            loader,
            "email-intro-other",
            author = author,
            kind = kind.as_str(),
            name = name,
            store = store
        )
    };
    let greeting = match &recipient.name {
        Some(person) => fl!(loader, "email-greeting", name = person.as_str()),
        None => fl!(loader, "email-greeting-anonymous"),
    };
    let mut when = crate::i18n::date_time_in(loader, record.at, tz);
    // An abbreviation alone ("CET", "+03") is not plain to everyone.
    if tz.to_offset(record.at) != jiff::tz::Offset::UTC {
        let zoned = record.at.to_zoned(tz.clone());
        when.push_str(&zoned.strftime(" (UTC%:z)").to_string());
    }
    let facts = [
        (
            fl!(loader, "email-label-object"),
            format!("{name} ({kind})"),
        ),
        (fl!(loader, "email-label-dn"), record.object_dn.clone()),
        (fl!(loader, "email-label-author"), author.to_owned()),
        (fl!(loader, "email-label-when"), when),
    ];
    let why: Vec<String> = recipient
        .reasons
        .iter()
        .map(|r| reason_text(loader, *r))
        .collect();
    let mut why = why;
    why.dedup();
    let footer = fl!(loader, "email-footer");
    let (col_attr, col_old, col_new) = (
        fl!(loader, "email-col-attribute"),
        fl!(loader, "email-col-old"),
        fl!(loader, "email-col-new"),
    );
    let (added_label, removed_label) = (fl!(loader, "email-added"), fl!(loader, "email-removed"));

    // Plain text.
    let mut text = format!(
        "{}\n\n{}\n\n",
        text_safe(&greeting),
        wrap(&text_safe(&intro), 72, "")
    );
    for (label, value) in &facts {
        text.push_str(&wrap(&text_safe(&format!("{label}: {value}")), 72, ""));
        text.push('\n');
    }
    text.push('\n');
    for change in &record.changes {
        text.push_str(&text_safe(&change.attribute));
        text.push('\n');
        match shown(loader, change) {
            Shown::Single { old, new } => {
                text.push_str(&format!(
                    "  {col_old}:\n{}\n",
                    wrap(&text_safe(&old), 68, "    ")
                ));
                text.push_str(&format!(
                    "  {col_new}:\n{}\n",
                    wrap(&text_safe(&new), 68, "    ")
                ));
            }
            Shown::List { added, removed } => {
                for (label, values) in [(&added_label, added), (&removed_label, removed)] {
                    if !values.is_empty() {
                        text.push_str(&format!("  {label}:\n"));
                        for v in values {
                            text.push_str(&wrap(&text_safe(&v), 68, "    "));
                            text.push('\n');
                        }
                    }
                }
            }
        }
        text.push('\n');
    }
    for line in &why {
        text.push_str(&wrap(&text_safe(line), 72, ""));
        text.push('\n');
    }
    text.push_str(&format!("\n-- \n{footer}\n"));

    // HTML: every value escaped.
    let e = escape_html;
    let cell = "padding:6px 10px;border:1px solid #d0d7de;vertical-align:top;white-space:pre-wrap;word-break:break-word";
    let mut html = String::from(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:sans-serif;font-size:14px;color:#1f2328\">\n",
    );
    html.push_str(&format!(
        "<p>{}</p>\n<p>{}</p>\n<table style=\"border-collapse:collapse;margin-bottom:16px\">\n",
        e(&greeting),
        e(&intro)
    ));
    for (label, value) in &facts {
        html.push_str(&format!(
            "<tr><th style=\"{cell};text-align:left\">{}</th><td style=\"{cell}\">{}</td></tr>\n",
            e(label),
            e(value)
        ));
    }
    html.push_str(&format!(
        "</table>\n<table style=\"border-collapse:collapse\">\n<tr><th style=\"{cell}\">{}</th><th style=\"{cell}\">{}</th><th style=\"{cell}\">{}</th></tr>\n",
        e(&col_attr),
        e(&col_old),
        e(&col_new)
    ));
    for change in &record.changes {
        let (old, new) = match shown(loader, change) {
            Shown::Single { old, new } => (e(&old), e(&new)),
            Shown::List { added, removed } => {
                let list = |label: &str, values: &[String]| {
                    if values.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "{}:<br>{}",
                            e(label),
                            values.iter().map(|v| e(v)).collect::<Vec<_>>().join("<br>")
                        )
                    }
                };
                (list(&removed_label, &removed), list(&added_label, &added))
            }
        };
        html.push_str(&format!(
            "<tr><td style=\"{cell}\">{}</td><td style=\"{cell}\">{old}</td><td style=\"{cell}\">{new}</td></tr>\n",
            e(&change.attribute)
        ));
    }
    html.push_str("</table>\n");
    for line in &why {
        html.push_str(&format!("<p style=\"color:#57606a\">{}</p>\n", e(line)));
    }
    html.push_str(&format!(
        "<p style=\"color:#57606a;font-size:12px\">{}</p>\n</body></html>\n",
        e(&footer)
    ));

    EmailContent {
        subject: header_safe(&subject),
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StoreId;
    use crate::domain::change::Author;

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
        let english = render(&english(), &record, &author_recipient(), &berlin);
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
        let email = render(&english(), &record("a", "b"), &recipient, &tz);
        assert_eq!(email.subject, "Alice Archer changed the group “Marketing”");
    }

    #[test]
    fn markup_and_header_lines_in_values_arrive_inert() {
        let tz = jiff::tz::TimeZone::UTC;
        let hostile = "<script>alert(1)</script>\r\nBcc: eve@evil.test\u{0}\u{202E}";
        let mut r = record("x", hostile);
        r.object_name = "Evil\r\nX-Injected: yes <b>".into();
        let email = render(&english(), &r, &author_recipient(), &tz);
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
            let email = render(&loader, &record, &recipient(Some(tag)), &tz);
            assert_eq!(email.subject, "Ihre Änderung: Gruppe „Marketing“", "{tag}");
        }
        for tag in [None, Some("xx"), Some("not a tag!")] {
            let loader = crate::i18n::loader_for(tag);
            let email = render(&loader, &record, &recipient(tag), &tz);
            assert_eq!(
                email.subject, "You changed the group “Marketing”",
                "{tag:?}"
            );
        }
    }
}
