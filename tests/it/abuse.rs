//! Awkward input a real directory holds and users type: DNs with escaped
//! commas, quotes, `+`, non-ASCII and trailing spaces; values with line
//! breaks, right-to-left marks and 100 KB of text. Found, edited, recorded
//! and mailed correctly; the email's headers stay intact.

use std::collections::HashSet;
use std::time::Duration;

use dirdesk::domain::dn;

use crate::notifications_e2e::{Setup, header, mail_containing};
use crate::support::{servers, service_connection, unique};

/// Escapes an RDN value as RFC 4514 requires.
fn escape_rdn(value: &str) -> String {
    let mut out = String::new();
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        let edge_space = c == ' ' && (i == 0 || i == last);
        if matches!(c, ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=')
            || edge_space
            || (i == 0 && c == '#')
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A group named `cn`, owned by alice; returns its DN.
async fn group_named(cn: &str) -> String {
    let s = servers();
    let dn = format!("cn={},ou=groups,{}", escape_rdn(cn), s.base_dn);
    let owner = s.person_dn("alice");
    let mut svc = service_connection().await;
    svc.add(
        &dn,
        vec![
            ("objectClass", HashSet::from(["groupOfNames"])),
            ("cn", HashSet::from([cn])),
            ("owner", HashSet::from([owner.as_str()])),
            ("member", HashSet::from([owner.as_str()])),
        ],
    )
    .await
    .expect("add")
    .success()
    .expect("group added");
    dn
}

#[tokio::test(flavor = "multi_thread")]
async fn objects_with_awkward_names_are_found_edited_recorded_and_mailed() {
    let setup = Setup::new(true);
    let tag = unique("dn");
    let names = [
        format!("Sales, EMEA {tag}"),
        format!("\"Quoted\" {tag}"),
        format!("A+B {tag}"),
        format!("Zoë Ødegård {tag}"),
        format!("{tag} trailing "),
        format!("semi;colon <angle> {tag}"),
    ];
    for name in &names {
        let dn = group_named(name).await;
        let text = unique("awkward dn");
        let output = setup.edit_description("alice", &dn, &text, &[]);
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let history = setup.queue().history(None, Some(&dn)).expect("history");
        assert_eq!(history.len(), 1, "{name}: recorded under its DN");
        assert!(dn::same(&history[0].record.object_dn, &dn));
        assert_eq!(history[0].record.object_name.trim_end(), name.trim_end());
        assert_eq!(
            mail_containing(&text, Duration::from_secs(5)).len(),
            1,
            "{name}: mailed"
        );
    }
    // A name search with a comma and one with filter syntax.
    let found = setup.ok(
        &[
            "search",
            "--store",
            "Corp",
            "--user",
            "alice",
            "--password-stdin",
            &format!("Sales, EMEA {tag}"),
        ],
        "alice-secret",
    );
    assert_eq!(found.lines().count(), 1, "{found}");
    // Filter syntax typed as a name is a name: it finds the one group whose
    // name starts so, not every group (and the search itself must succeed).
    let starry = format!("Filter *)(cn=* {tag}");
    group_named(&starry).await;
    let found = setup.ok(
        &[
            "search",
            "--store",
            "Corp",
            "--user",
            "alice",
            "--password-stdin",
            "Filter *)(cn=*",
        ],
        "alice-secret",
    );
    assert_eq!(found.lines().count(), 1, "only the group so named: {found}");
    assert!(found.contains(&starry), "{found}");
}

#[tokio::test(flavor = "multi_thread")]
async fn awkward_values_are_saved_and_mailed_with_intact_headers() {
    let setup = Setup::new(true);
    let group = group_named(&unique("values")).await;
    let long = format!(
        "{} {}",
        unique("long"),
        "lorem ipsum ".repeat(100 * 1024 / 12)
    );
    let values = [
        format!("{} first line\nsecond line\r\nthird", unique("lines")),
        format!(
            "{} \u{202E}txt.exe\u{202C} and \u{200F}עברית\u{200E}",
            unique("rtl")
        ),
        long,
        format!(
            "{}\r\nTo: eve@evil.test\r\nContent-Type: text/html",
            unique("headers")
        ),
    ];
    for value in &values {
        let marker: String = value.split_whitespace().next().expect("marker").to_owned();
        let output = setup.edit_description("alice", &group, value, &[]);
        assert!(
            output.status.success(),
            "{marker}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let mails = mail_containing(&marker, Duration::from_secs(5));
        assert_eq!(mails.len(), 1, "{marker}: one email");
        let mail = &mails[0];
        assert_eq!(
            mail.rcpt_tos,
            vec!["alice@example.test".to_owned()],
            "no one else"
        );
        let head = mail.data.split("\r\n\r\n").next().expect("headers");
        for name in ["Subject", "To", "From", "Message-ID"] {
            let count = head
                .split("\r\n")
                .filter(|l| {
                    l.to_lowercase()
                        .starts_with(&format!("{}:", name.to_lowercase()))
                })
                .count();
            assert_eq!(count, 1, "{marker}: one {name} header:\n{head}");
        }
        let to = header(mail, "To").unwrap_or_default();
        assert!(
            to.contains("Alice Archer") && to.ends_with("<alice@example.test>"),
            "{marker}: {to}"
        );
    }
}
