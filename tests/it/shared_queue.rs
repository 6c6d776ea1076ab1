//! The organisation's notification queue on the shared database (issue
//! 21): `dirdesk queue list|send|delete --user` on any desk — an email
//! that waited on one desk goes out from another, once; what each person
//! sees and may delete; an email sent with its author's own mail account
//! waits for a desk where they are signed in.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use super::shared_database::{Desk, add_store, text};
use super::support::{free_port, run_dirdesk, servers, unique};

/// The desk's SMTP settings: the test mail server at `port`, with the
/// store's account (its password in this desk's keychain) or `auth`.
fn mail_settings(config: &Path, port: u16, auth: &[&str]) {
    let s = servers();
    let port = port.to_string();
    let mut args = vec![
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
        "--logged-in-users",
        "on",
    ];
    args.extend_from_slice(auth);
    let stdin = if auth.is_empty() {
        &s.smtp_password
    } else {
        ""
    };
    if auth.is_empty() {
        args.extend(["--smtp-user", &s.smtp_user, "--smtp-password-stdin"]);
    }
    let out = run_dirdesk(config, &args, stdin, &[]);
    assert!(out.status.success(), "{}", text(&out));
}

fn edit(config: &Path, login: &str, dn: &str, value: &str) -> Output {
    super::shared_history::edit(config, login, dn, value, &[])
}

/// Bob's desk, whose mail server does not answer (his emails wait), and
/// alice's, with the test mail server, on one fresh database, each with its
/// SMTP authentication (`…_auth`; none: the store's account); then bob saves
/// `marker` to his own group: the desks, and what `edit` said.
struct BobWaiting {
    desk: Desk,
    alices: tempfile::TempDir,
    said: Output,
}

async fn bob_waiting(marker: &str, bobs_auth: &[&str], alices_auth: &[&str]) -> BobWaiting {
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let alices = tempfile::tempdir().expect("alice's desk");
    add_store(alices.path(), &desk.shared().url.to_string());
    mail_settings(desk.config.path(), free_port(), bobs_auth);
    mail_settings(alices.path(), servers().smtp_starttls_port, alices_auth);
    let group = super::support::own_group("bob", &["bob"]).await;
    let said = edit(desk.config.path(), "bob", &group, marker);
    BobWaiting { desk, alices, said }
}

/// `dirdesk queue …` as `login` on the desk in `config`.
fn queue(config: &Path, login: &str, args: &[&str]) -> Output {
    let mut all = vec!["queue"];
    all.extend_from_slice(args);
    all.extend(["--user", login, "--password-stdin"]);
    run_dirdesk(config, &all, &format!("{login}-secret"), &[])
}

/// The queue as `login` lists it on `config`'s desk (`--all`).
fn listed(config: &Path, login: &str) -> Vec<serde_json::Value> {
    let out = queue(config, login, &["list", "--all", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

/// The ids of the rows about `marker` (in their subject or To), with their
/// status.
fn about(rows: &[serde_json::Value], change: &str) -> Vec<(i64, String)> {
    rows.iter()
        .filter(|r| r["change_id"].as_i64().map(|c| c.to_string()).as_deref() == Some(change))
        .map(|r| (r["id"].as_i64().expect("id"), r["status"].to_string()))
        .collect()
}

/// The change id of bob's newest History entry (as alice reads it).
fn newest_change(config: &Path) -> String {
    let out = run_dirdesk(
        config,
        &[
            "history",
            "--store",
            "Corp",
            "--json",
            "--user",
            "alice",
            "--password-stdin",
        ],
        "alice-secret",
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
    let entries: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    entries[0]["id"].to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_email_waiting_on_one_desk_goes_out_from_another_once() {
    let s = servers();
    let marker = unique("sent from another desk");
    let BobWaiting {
        desk,
        alices,
        said: out,
    } = bob_waiting(&marker, &[], &[]).await;
    let bobs_desk = desk.config.path();
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("queued"), "{}", text(&out));
    let change = newest_change(alices.path());

    // Alice (dirdesk_admin) sees bob's email waiting, from her own desk.
    let rows = listed(alices.path(), "alice");
    let waiting = about(&rows, &change);
    assert_eq!(waiting.len(), 1, "{rows:?}");
    let (id, status) = &waiting[0];
    assert_eq!(status, "\"pending\"");
    // Erin, a user, may not delete bob's email.
    let refused = queue(alices.path(), "erin", &["delete", &id.to_string()]);
    assert!(!refused.status.success(), "{}", text(&refused));

    let sent = queue(alices.path(), "alice", &["send", "--all"]);
    assert!(sent.status.success(), "{}", text(&sent));
    assert!(text(&sent).contains("bob@example.test"), "{}", text(&sent));
    let mail = s.wait_for_mail(Duration::from_secs(20), |m| m.data.contains(&marker));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].rcpt_tos, ["bob@example.test"]);

    // Sending again, from either desk, sends nothing more: once the
    // commands are done, still one message.
    for config in [alices.path(), bobs_desk] {
        let again = queue(config, "bob", &["send", "--all"]);
        assert!(again.status.success(), "{}", text(&again));
    }
    let mail = s.captured_mail();
    let copies = mail.iter().filter(|m| m.data.contains(&marker)).count();
    assert_eq!(copies, 1, "never sent twice");
    // Bob sees his email sent; erin, whose it is not, no longer sees it.
    assert_eq!(
        about(&listed(bobs_desk, "bob"), &change),
        [(*id, "\"sent\"".to_owned())]
    );
    assert!(about(&listed(alices.path(), "erin"), &change).is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_author_deletes_their_waiting_email_from_any_desk() {
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let other = tempfile::tempdir().expect("another desk");
    add_store(other.path(), &desk.shared().url.to_string());
    mail_settings(desk.config.path(), free_port(), &[]);
    let group = super::support::own_group("bob", &["bob"]).await;
    let out = edit(desk.config.path(), "bob", &group, &unique("to delete"));
    assert!(out.status.success(), "{}", text(&out));
    let change = newest_change(other.path());
    let waiting = about(&listed(other.path(), "bob"), &change);
    assert_eq!(waiting.len(), 1);
    let id = waiting[0].0.to_string();
    let gone = queue(other.path(), "bob", &["delete", &id]);
    assert!(gone.status.success(), "{}", text(&gone));
    assert!(about(&listed(other.path(), "alice"), &change).is_empty());
    let again = queue(other.path(), "bob", &["delete", &id]);
    assert!(!again.status.success(), "{}", text(&again));
    assert!(text(&again).contains(&id), "{}", text(&again));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_email_sent_as_its_author_waits_for_a_desk_where_they_are_signed_in() {
    let s = servers();
    let as_user = ["--smtp-auth", "signed-in-user"];
    let marker = unique("sent as bob");
    let BobWaiting {
        desk: _desk,
        alices,
        said: out,
    } = bob_waiting(&marker, &as_user, &as_user).await;
    assert!(out.status.success(), "{}", text(&out));
    let change = newest_change(alices.path());
    let rows = listed(alices.path(), "alice");
    let id = about(&rows, &change)[0].0;
    let row = rows.iter().find(|r| r["id"] == id).expect("row");
    assert_eq!(row["sender_login"], "bob", "the queue says who sends it");
    let retries = row["retry_count"].clone();

    // Alice's desk may not send it as bob: it says so and leaves it be.
    let refused = queue(alices.path(), "alice", &["send", &id.to_string()]);
    assert!(!refused.status.success(), "{}", text(&refused));
    assert!(
        text(&refused).contains("bob's own mail account"),
        "{}",
        text(&refused)
    );
    let all = queue(alices.path(), "alice", &["send", "--all"]);
    assert!(
        text(&all).contains("bob's own mail account"),
        "{}",
        text(&all)
    );
    let rows = listed(alices.path(), "alice");
    let row = rows.iter().find(|r| r["id"] == id).expect("row");
    assert_eq!(row["status"], "pending");
    assert_eq!(row["retry_count"], retries, "not attempted");
    // Erin does not even see it.
    assert!(about(&listed(alices.path(), "erin"), &change).is_empty());

    // Bob, signed in on alice's desk, sends it with his own account.
    let sent = queue(alices.path(), "bob", &["send", "--all"]);
    assert!(sent.status.success(), "{}", text(&sent));
    let mail = s.wait_for_mail(Duration::from_secs(20), |m| m.data.contains(&marker));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].auth_user.as_deref(), Some("bob"));
}

/// The window's background sender, on a desk where someone is signed in
/// to the store: it sends the organisation's due emails, once.
#[tokio::test(flavor = "multi_thread")]
async fn a_window_signed_in_to_the_store_sends_what_waited_on_another_desk() {
    use dirdesk::gui::Message;
    let s = servers();
    let marker = unique("sent by alice's window");
    let BobWaiting {
        desk,
        alices,
        said: out,
    } = bob_waiting(&marker, &[], &[]).await;
    assert!(text(&out).contains("queued"), "{}", text(&out));

    let folders = dirdesk::environment::Folders::portable(alices.path());
    let mut window = crate::window::Window::open(folders).await;
    let copies = || {
        s.captured_mail()
            .iter()
            .filter(|m| m.data.contains(&marker))
            .count()
    };
    // Its next attempt is due; nobody is signed in to the store yet.
    super::shared_database::superuser_sql(
        &desk.database,
        "UPDATE dirdesk.notifications SET next_attempt_at = now()",
    );
    window.send(Message::SendDue).await;
    assert_eq!(copies(), 0, "nobody signed in to the store: not sent here");
    window.sign_in_to_editor("alice").await;
    window.send(Message::SendDue).await;
    assert_eq!(
        copies(),
        1,
        "sent from alice's desk once the sender is done"
    );
    window.send(Message::SendDue).await;
    assert_eq!(copies(), 1, "and not again");
}

/// The Notifications node on the store's shared database: bob's email that
/// waited on his desk, listed and sent from alice's window.
#[tokio::test(flavor = "multi_thread")]
async fn the_notifications_node_lists_and_sends_the_organisations_queue() {
    use dirdesk::gui::Message;
    use dirdesk::gui::screen::{history, notifications};
    let s = servers();
    let marker = unique("sent from the node");
    // The database lives as long as `_desk`.
    let BobWaiting {
        desk: _desk,
        alices,
        said: out,
    } = bob_waiting(&marker, &[], &[]).await;
    assert!(text(&out).contains("queued"), "{}", text(&out));

    let folders = dirdesk::environment::Folders::portable(alices.path());
    let mut window = crate::window::Window::open(folders).await;
    let corp = window.app.stores()[0].clone();
    window.click("Notifications").await;
    let choice = history::StoreChoice(Some(corp.id.clone()), corp.name.clone());
    window
        .send(Message::Queue(notifications::Message::StoreSelected(
            choice,
        )))
        .await;
    assert!(window.shows_containing("sign in to “Corp” in the Object Editor"));
    assert!(!window.shows("bob@example.test"));

    window.sign_in_to_editor("alice").await;
    window.click("Notifications").await;
    assert!(window.shows_containing("From the organisation's database"));
    assert!(window.shows("bob@example.test"), "bob's email, waiting");
    window.click("Send").await;
    assert!(
        window.shows_containing("bob@example.test: sent"),
        "the page says it went"
    );
    let copies = s
        .captured_mail()
        .iter()
        .filter(|m| m.data.contains(&marker))
        .count();
    assert_eq!(copies, 1);
    assert!(!window.shows("bob@example.test"), "no longer pending");
}

/// Desks whose mail settings differ (one not yet following the store's
/// published ones): an email queued for the store's account is not sent
/// with a person's own from a desk set to send as the signed-in person.
#[tokio::test(flavor = "multi_thread")]
async fn an_email_for_the_stores_account_is_not_sent_with_a_persons_own() {
    let s = servers();
    let marker = unique("for the store's account");
    let BobWaiting {
        desk: _desk,
        alices,
        said: out,
    } = bob_waiting(&marker, &[], &["--smtp-auth", "signed-in-user"]).await;
    assert!(text(&out).contains("queued"), "{}", text(&out));
    let sent = queue(alices.path(), "alice", &["send", "--all"]);
    assert!(
        text(&sent).contains("the store's own mail account"),
        "{}",
        text(&sent)
    );
    let copies = s
        .captured_mail()
        .iter()
        .filter(|m| m.data.contains(&marker))
        .count();
    assert_eq!(copies, 0, "not sent as alice once the command is done");
}
