//! The Notification Editor through the command line an admin runs, and the
//! emails that come of it: a store's own German template reaches German
//! readers only, markup in a value stays text, a broken template is refused
//! with where it is broken, and reset gives back the built-in bytes.

use std::time::Duration;

use crate::notifications_e2e::{Setup, header, mail_containing};
use crate::support::{own_group, unique};

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The HTML part of a captured email, quoted-printable soft breaks undone.
fn html_part(data: &str) -> String {
    data.split("Content-Type: text/html")
        .nth(1)
        .expect("an HTML part")
        .replace("=\r\n", "")
        .replace("=3D", "=")
}

/// `dirdesk templates COMMAND --store Corp --email EMAIL --lang LANG EXTRA…`.
pub(crate) fn templates<'a>(
    command: &'a str,
    email: &'a str,
    lang: &'a str,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "templates",
        command,
        "--store",
        "Corp",
        "--email",
        email,
        "--lang",
        lang,
    ];
    args.extend_from_slice(extra);
    args
}

fn show(setup: &Setup, part: &str) -> String {
    setup.ok(&templates("show", "change", "de", &["--part", part]), "")
}

#[tokio::test]
async fn a_german_template_reaches_the_german_author_while_the_english_list_keeps_its_own() {
    let setup = Setup::new(true);
    setup.ok(
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--to",
            "audit@example.test",
        ],
        "",
    );
    let html = setup.dir.path().join("de.html");
    std::fs::write(
        &html,
        "<p>Firmenvorlage fuer {{ recipient.name }}</p>\n\
         {% for change in changes %}<p>{{ change.attribute }}: {{ change.new }}</p>{% endfor %}\n",
    )
    .expect("write");
    let saved = setup.ok(
        &templates(
            "set",
            "change",
            "de",
            &[
                "--subject",
                "Firmenvorlage: {{ object.name }}",
                "--html-file",
                html.to_str().expect("utf-8"),
            ],
        ),
        "",
    );
    assert!(saved.contains("“change” email in “de”"), "{saved}");
    let listed = setup.ok(&["templates", "list", "--store", "Corp"], "");
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("change   de  the store's own: Subject, HTML")),
        "{listed}"
    );

    // Bob reads German (preferredLanguage: de); the list's address has no
    // language, so English.
    let group = own_group("bob", &["bob"]).await;
    let cn = group
        .split(',')
        .next()
        .expect("rdn")
        .trim_start_matches("cn=")
        .to_owned();
    let marker = unique("Sprint");
    let hostile = format!("{marker} <img src=x onerror=alert(1)><b>bold</b>");
    let output = setup.edit_description("bob", &group, &hostile, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let mails = mail_containing(&marker, Duration::from_secs(5));
    assert_eq!(mails.len(), 2, "bob and the list");
    let to = |address: &str| {
        mails
            .iter()
            .find(|m| m.rcpt_tos == [address.to_owned()])
            .unwrap_or_else(|| panic!("no email to {address}"))
    };
    let german = to("bob@example.test");
    assert_eq!(
        header(german, "Subject"),
        Some(format!("Firmenvorlage: {cn}").as_str())
    );
    let german_html = html_part(&german.data);
    assert!(
        german_html.contains("<p>Firmenvorlage fuer Bob"),
        "{german_html}"
    );
    assert!(german_html.contains("<p>description: "), "{german_html}");
    // The value's markup is text, the template's is markup.
    assert!(
        !german_html.contains("<img") && !german_html.contains("<b>"),
        "{german_html}"
    );
    assert!(
        german_html.contains("&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;bold&lt;/b&gt;"),
        "{german_html}"
    );
    // The German text part is still the built-in one.
    assert!(german.data.contains("Neuer Wert"), "{}", german.data);

    let english = to("audit@example.test");
    let subject = header(english, "Subject").unwrap_or_default();
    assert!(subject.contains("changed the group"), "{subject}");
    assert!(!english.data.contains("Firmenvorlage"));
}

#[test]
fn a_broken_template_is_refused_with_its_position_and_nothing_is_saved() {
    let setup = Setup::new(false);
    let before = show(&setup, "html");
    let html = setup.dir.path().join("broken.html");
    for (source, at) in [
        (
            "<p>Hallo</p>\n<p>{{ object.name </p>\n",
            "HTML, line 2, column ",
        ),
        ("<p>Hallo</p>\n<p>{% if own %}ja</p>\n", "HTML, line "),
        (
            "<p>Hallo</p>\n\n   <b>{{ object.nmae }}</b>\n",
            "HTML, line 3, column 10: unknown tag “object.nmae”",
        ),
    ] {
        std::fs::write(&html, source).expect("write");
        let output = setup.run(
            &templates(
                "set",
                "change",
                "de",
                &["--html-file", html.to_str().expect("utf-8")],
            ),
            "",
        );
        assert!(!output.status.success(), "{source}");
        assert!(
            stderr(&output).contains("The template was not saved: "),
            "{}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(at),
            "{source}: {}",
            stderr(&output)
        );
        assert_eq!(show(&setup, "html"), before, "nothing saved");
    }
    // A subject naming a tag the Test email does not have.
    let output = setup.run(
        &templates(
            "set",
            "test",
            "en",
            &["--subject", "Test for {{ object.name }}"],
        ),
        "",
    );
    assert!(
        stderr(&output).contains("Subject, line 1, column 13: unknown tag “object.name”"),
        "{}",
        stderr(&output)
    );
    // A language dirdesk has no templates in, and no part at all.
    let output = setup.run(&templates("show", "change", "xx", &[]), "");
    assert!(
        stderr(&output).contains("There is no “xx” template"),
        "{}",
        stderr(&output)
    );
    let output = setup.run(&templates("set", "change", "de", &[]), "");
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("--html-file"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn reset_gives_back_the_built_in_bytes_and_preview_renders_the_sample() {
    let setup = Setup::new(false);
    let parts = ["subject", "html", "text"];
    let built_in: Vec<String> = parts.iter().map(|p| show(&setup, p)).collect();
    assert!(
        built_in[1].contains("Geändert von"),
        "German: {}",
        built_in[1]
    );
    let dir = setup.dir.path();
    std::fs::write(dir.join("x.html"), "<h1>{{ object.name }}</h1>\n").expect("write");
    std::fs::write(dir.join("x.txt"), "{{ object.name }} geändert\n").expect("write");
    setup.ok(
        &templates(
            "set",
            "change",
            "de",
            &[
                "--subject",
                "Neu: {{ object.name }}",
                "--html-file",
                dir.join("x.html").to_str().expect("utf-8"),
                "--text-file",
                dir.join("x.txt").to_str().expect("utf-8"),
            ],
        ),
        "",
    );
    assert_eq!(show(&setup, "html"), "<h1>{{ object.name }}</h1>\n");
    let preview_html = dir.join("preview.html");
    let preview = setup.ok(
        &templates(
            "preview",
            "change",
            "de",
            &["--html", preview_html.to_str().expect("utf-8")],
        ),
        "",
    );
    assert!(
        preview.starts_with("Subject: Neu: Marketing\n"),
        "{preview}"
    );
    assert!(preview.contains("Marketing geändert"), "{preview}");
    assert_eq!(
        std::fs::read_to_string(&preview_html).expect("html"),
        "<h1>Marketing</h1>\n"
    );
    // The English template is untouched.
    let english = setup.ok(
        &templates("show", "change", "en", &["--part", "subject"]),
        "",
    );
    assert!(english.contains("You changed the"), "{english}");

    let reset = setup.ok(&templates("reset", "change", "de", &[]), "");
    assert!(
        reset.starts_with("Back to the built-in template"),
        "{reset}"
    );
    let now: Vec<String> = parts.iter().map(|p| show(&setup, p)).collect();
    assert_eq!(now, built_in, "the built-in bytes again");
    let config = std::fs::read_to_string(dir.join("config.toml")).expect("config");
    assert!(
        !config.contains("templates"),
        "nothing left in the file: {config}"
    );
}

#[test]
fn the_test_server_email_is_a_template_too() {
    let setup = Setup::new(false);
    let marker = unique("Probe");
    setup.ok(
        &templates(
            "set",
            "test",
            "en",
            &[
                "--subject",
                &format!("{marker} via {{{{ server }}}} for {{{{ store }}}}"),
            ],
        ),
        "",
    );
    let out = setup.ok(
        &[
            "notifications",
            "test",
            "--store",
            "Corp",
            "--to",
            "tester@example.test",
        ],
        "",
    );
    assert!(out.contains("250"), "{out}");
    let mails = mail_containing(&marker, Duration::from_secs(5));
    assert_eq!(mails.len(), 1);
    let subject = header(&mails[0], "Subject").unwrap_or_default();
    assert!(subject.starts_with(&format!("{marker} via ")), "{subject}");
    assert!(subject.ends_with(" for Corp"), "{subject}");
    // The built-in body, now with an HTML part beside the text.
    assert!(mails[0].data.contains("Content-Type: text/html"));
    assert!(mails[0].data.contains("notifications can reach you"));
}
