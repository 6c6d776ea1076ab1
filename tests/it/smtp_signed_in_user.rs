//! SMTP authentication with the signed-in person's own directory login
//! (`--smtp-auth signed-in-user`): an email that could not go out while they
//! were signed in waits in the queue saying why — the background sender
//! never has their password — and goes out, once, with their next change.

use std::time::Duration;

use crate::published_stores::{add_store, desk, ok, own_part};
use crate::support::{free_port, servers, unique};

#[tokio::test(flavor = "multi_thread")]
async fn an_email_sent_as_the_user_waits_for_their_next_sign_in_and_goes_out_once() {
    let s = servers();
    let (base, group) = own_part().await;
    let dir = tempfile::tempdir().expect("desk");
    ok(&add_store(
        dir.path(),
        &base,
        &[
            "--login-dn-template",
            "uid={user},ou=people,dc=example,dc=test",
        ],
        "",
    ));
    let set_port = |port: u16| {
        let port = port.to_string();
        ok(&desk(
            dir.path(),
            &[
                "notifications",
                "set",
                "--store",
                "Corp",
                "--smtp-server",
                &s.smtp_host,
                "--smtp-port",
                &port,
                "--smtp-security",
                "starttls",
                "--smtp-ca-file",
                s.ca_file.to_str().expect("utf-8"),
                "--from",
                "dirdesk@example.test",
                "--smtp-auth",
                "signed-in-user",
                "--logged-in-users",
                "on",
            ],
            "",
        ))
    };
    let edit = |description: &str| {
        let set = format!("description={description}");
        ok(&desk(
            dir.path(),
            &[
                "edit",
                "--store",
                "Corp",
                "--user",
                "alice",
                "--password-stdin",
                &group,
                "--set",
                &set,
            ],
            "alice-secret",
        ))
    };

    // The mail server is down while alice saves: the email waits.
    set_port(free_port());
    let first = unique("While down");
    let said = edit(&first);
    assert!(said.contains("alice@example.test: queued"), "{said}");

    // The background sender has no password of hers: it says so, and the
    // email keeps waiting (not failed).
    let sent = desk(dir.path(), &["queue", "send", "--all"], "");
    assert!(!sent.status.success(), "nothing could be sent");
    let listed = ok(&desk(dir.path(), &["queue", "list", "--json"], ""));
    let listed: serde_json::Value = serde_json::from_str(&listed).expect("json");
    let waiting = listed.as_array().expect("list");
    assert_eq!(waiting.len(), 1, "{listed}");
    let error = waiting[0]["last_error"].as_str().unwrap_or_default();
    assert!(
        error.contains("sent with the account of the person who made the change"),
        "{error}"
    );

    // The server is back; alice's next change sends both, as alice.
    set_port(s.smtp_starttls_port);
    let second = unique("Back up");
    edit(&second);
    for marker in [&first, &second] {
        // The change's own email (the second also names the first as its
        // old value).
        let new_value = format!("New value:\r\n    {marker}");
        let mail = s.wait_for_mail(Duration::from_secs(20), |m| m.data.contains(&new_value));
        assert_eq!(mail.len(), 1, "{marker}: {mail:?}");
        assert_eq!(mail[0].auth_user.as_deref(), Some("alice"));
    }
    let listed = ok(&desk(dir.path(), &["queue", "list", "--json"], ""));
    assert_eq!(listed.trim(), "[]", "nothing left to send");
}

#[tokio::test(flavor = "multi_thread")]
async fn test_server_signs_in_as_the_person_named() {
    let s = servers();
    let (base, _) = own_part().await;
    let dir = tempfile::tempdir().expect("desk");
    ok(&add_store(dir.path(), &base, &[], ""));
    let port = s.smtp_starttls_port.to_string();
    ok(&desk(
        dir.path(),
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--smtp-server",
            &s.smtp_host,
            "--smtp-port",
            &port,
            "--smtp-ca-file",
            s.ca_file.to_str().expect("utf-8"),
            "--from",
            "dirdesk@example.test",
            "--smtp-auth",
            "signed-in-user",
        ],
        "",
    ));
    let to = format!("{}@example.test", unique("tester"));
    let nobody = desk(
        dir.path(),
        &["notifications", "test", "--store", "Corp", "--to", &to],
        "",
    );
    assert!(!nobody.status.success());
    let said = String::from_utf8_lossy(&nobody.stderr);
    assert!(said.contains("--user LOGIN --password-stdin"), "{said}");

    ok(&desk(
        dir.path(),
        &[
            "notifications",
            "test",
            "--store",
            "Corp",
            "--to",
            &to,
            "--user",
            "bob",
            "--password-stdin",
        ],
        "bob-secret",
    ));
    let mail = s.wait_for_mail(Duration::from_secs(20), |m| m.rcpt_tos.contains(&to));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].auth_user.as_deref(), Some("bob"));
    let wrong = desk(
        dir.path(),
        &[
            "notifications",
            "test",
            "--store",
            "Corp",
            "--to",
            &to,
            "--user",
            "bob",
            "--password-stdin",
        ],
        "not-bobs",
    );
    assert!(
        !wrong.status.success(),
        "a wrong password is refused by the server"
    );
}
