//! The article's Impact scenario end to end, through the command line a
//! user runs: real slapd, real SMTP server, real keychain, the queue on disk.

use std::process::Output;
use std::time::Duration;

use dirdesk::environment::Folders;
use dirdesk::services::notification_queue::{Filter, NotificationQueue, QueuedEmail, Status};

use crate::support::{CapturedMail, free_port, own_group, run_dirdesk, servers, unique};

/// A config folder with one store on the test slapd, SMTP on the test mail
/// server (STARTTLS + AUTH) and "Logged in users for their actions" as given.
pub(crate) struct Setup {
    pub(crate) dir: tempfile::TempDir,
}

impl Setup {
    pub(crate) fn new(logged_in_users: bool) -> Setup {
        let s = servers();
        let setup = Setup {
            dir: tempfile::tempdir().expect("tempdir"),
        };
        let port = s.ldaps_url.rsplit(':').next().expect("port").to_owned();
        let ca = s.ca_file.to_str().expect("utf-8").to_owned();
        setup.ok(
            &[
                "store",
                "add",
                "--name",
                "Corp",
                "--type",
                "ldap",
                "--host",
                &format!("127.0.0.1:{port}"),
                "--security",
                "ldaps",
                "--ca-file",
                &ca,
                "--base-dn",
                &s.base_dn,
                "--service-account",
                &s.service_dn,
                "--service-password-stdin",
            ],
            &s.service_password,
        );
        setup.smtp(s.smtp_starttls_port, &s.smtp_password);
        setup.ok(
            &[
                "notifications",
                "set",
                "--store",
                "Corp",
                "--logged-in-users",
                if logged_in_users { "on" } else { "off" },
            ],
            "",
        );
        setup
    }

    /// Points the store's SMTP settings at `port` with `password`.
    pub(crate) fn smtp(&self, port: u16, password: &str) {
        let s = servers();
        let ca = s.ca_file.to_str().expect("utf-8").to_owned();
        self.ok(
            &[
                "notifications",
                "set",
                "--store",
                "Corp",
                "--smtp-server",
                &s.smtp_host,
                "--smtp-port",
                &port.to_string(),
                "--smtp-security",
                "starttls",
                "--smtp-ca-file",
                &ca,
                "--smtp-user",
                &s.smtp_user,
                "--smtp-password-stdin",
                "--from",
                "dirdesk@example.test",
            ],
            password,
        );
    }

    pub(crate) fn run_env(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
        run_dirdesk(self.dir.path(), args, stdin, env)
    }

    pub(crate) fn run(&self, args: &[&str], stdin: &str) -> Output {
        self.run_env(args, stdin, &[])
    }

    pub(crate) fn ok(&self, args: &[&str], stdin: &str) -> String {
        let output = self.run(args, stdin);
        assert!(
            output.status.success(),
            "{args:?}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// `dirdesk edit` as `uid`, setting the description.
    pub(crate) fn edit_description(
        &self,
        uid: &str,
        dn: &str,
        text: &str,
        env: &[(&str, &str)],
    ) -> Output {
        self.run_env(
            &[
                "edit",
                "--store",
                "Corp",
                "--user",
                uid,
                "--password-stdin",
                dn,
                "--set",
                &format!("description={text}"),
            ],
            &format!("{uid}-secret"),
            env,
        )
    }

    /// See `support::assert_no_email_about`: the command has ended.
    pub(crate) fn assert_no_email_about(&self, text: &str) {
        crate::support::assert_no_email_about(&Folders::portable(self.dir.path()), text);
    }

    pub(crate) fn queue(&self) -> NotificationQueue {
        NotificationQueue::open(&Folders::portable(self.dir.path())).expect("queue")
    }

    /// The emails waiting to be sent.
    pub(crate) fn pending(&self) -> Vec<QueuedEmail> {
        self.queue().list(Filter::Pending).expect("list")
    }
}

pub(crate) fn mail_containing(marker: &str, wait: Duration) -> Vec<CapturedMail> {
    servers().wait_for_mail(wait, |m| m.data.contains(marker))
}

pub(crate) fn header<'a>(mail: &'a CapturedMail, name: &str) -> Option<&'a str> {
    let head = mail.data.split("\r\n\r\n").next().unwrap_or_default();
    head.split("\r\n")
        .find(|l| {
            l.to_lowercase()
                .starts_with(&format!("{}:", name.to_lowercase()))
        })
        .map(|l| l[name.len() + 1..].trim())
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn impact_an_owner_changes_the_description_and_receives_exactly_one_confirmation() {
    let setup = Setup::new(true);
    let group = own_group("alice", &["alice", "bob"]).await;
    let cn = group
        .split(',')
        .next()
        .expect("rdn")
        .trim_start_matches("cn=")
        .to_owned();
    let text = unique("Spring campaign");
    let output = setup.edit_description("alice", &group, &text, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout(&output).contains("alice@example.test: sent (250"),
        "{}",
        stdout(&output)
    );

    let mails = mail_containing(&text, Duration::from_secs(5));
    assert_eq!(mails.len(), 1, "exactly one email");
    let mail = &mails[0];
    assert_eq!(mail.rcpt_tos, vec!["alice@example.test".to_owned()]);
    assert_eq!(mail.mail_from, "dirdesk@example.test");
    assert_eq!(
        mail.auth_user.as_deref(),
        Some("mailer"),
        "sent with SMTP AUTH"
    );
    assert_eq!(mail.listener, "starttls");
    assert!(
        header(mail, "Subject").is_some_and(|s| s.starts_with("You changed the group")),
        "{:?}",
        header(mail, "Subject")
    );
    assert!(header(mail, "Message-ID").is_some() && header(mail, "Date").is_some());
    assert!(mail.data.contains(&cn), "names the group");
    assert!(
        mail.data.contains("First description"),
        "the old description"
    );

    // The change is in the history with its sent email.
    let history = setup.queue().history(None, Some(&group)).expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].record.changes[0].new, vec![text.clone()]);
    assert_eq!(history[0].notifications[0].status, Status::Sent);
}

#[tokio::test]
async fn a_german_speaking_owner_reads_the_confirmation_in_german() {
    let setup = Setup::new(true);
    let group = own_group("bob", &["bob"]).await;
    let text = unique("Sprint planning");
    let output = setup.edit_description("bob", &group, &text, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mails = mail_containing(&text, Duration::from_secs(5));
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].data.contains("Alter Wert") && mails[0].data.contains("Neuer Wert"),
        "German body"
    );
}

#[tokio::test]
async fn with_the_setting_off_no_email_is_sent() {
    let setup = Setup::new(false);
    let group = own_group("alice", &["alice"]).await;
    let text = unique("quiet change");
    let output = setup.edit_description("alice", &group, &text, &[]);
    assert!(output.status.success());
    assert!(
        stdout(&output).contains("No notifications for this change"),
        "{}",
        stdout(&output)
    );
    setup.assert_no_email_about(&text);
}

#[tokio::test]
async fn a_user_without_mail_changes_the_object_but_gets_no_email_and_is_told_why() {
    let setup = Setup::new(true);
    let group = own_group("carol", &["carol"]).await;
    let text = unique("carol's text");
    let output = setup.edit_description("carol", &group, &text, &[]);
    assert!(output.status.success());
    assert!(
        stdout(&output).contains("the account has no email address"),
        "{}",
        stdout(&output)
    );
    setup.assert_no_email_about(&text);
    let history = setup.queue().history(None, Some(&group)).expect("history");
    assert_eq!(history.len(), 1, "the change is in the history");
    assert!(history[0].notifications.is_empty());
}

#[tokio::test]
async fn a_refused_change_sends_nothing_at_all() {
    let setup = Setup::new(true);
    let group = own_group("alice", &["alice", "erin"]).await;
    let text = unique("erin tries");
    let output = setup.edit_description("erin", &group, &text, &[]);
    assert!(!output.status.success());
    setup.assert_no_email_about(&text);
    assert!(
        setup
            .queue()
            .history(None, None)
            .expect("history")
            .is_empty()
    );
    assert!(setup.queue().list(Filter::All).expect("list").is_empty());
}

#[tokio::test]
async fn with_the_mail_server_down_the_change_is_saved_and_the_email_waits_then_goes_once() {
    let setup = Setup::new(true);
    setup.smtp(free_port(), &servers().smtp_password);
    let group = own_group("alice", &["alice"]).await;
    let text = unique("while SMTP is down");
    let output = setup.edit_description("alice", &group, &text, &[]);
    assert!(output.status.success(), "the change itself succeeds");
    assert!(
        stdout(&output).contains("alice@example.test: queued"),
        "{}",
        stdout(&output)
    );
    assert!(
        stdout(&output).contains("refused the connection"),
        "{}",
        stdout(&output)
    );
    let pending = setup.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].retry_count, 1);

    // The server is back.
    setup.smtp(servers().smtp_starttls_port, &servers().smtp_password);
    setup.ok(&["queue", "send", "--all"], "");
    setup.ok(&["queue", "send", "--all"], "");
    assert_eq!(
        mail_containing(&text, Duration::from_secs(5)).len(),
        1,
        "delivered exactly once"
    );
    assert!(setup.pending().is_empty());
}

#[tokio::test]
async fn killed_between_queueing_and_sending_the_email_goes_after_restart_once() {
    let setup = Setup::new(true);
    let group = own_group("alice", &["alice"]).await;
    let text = unique("killed after queueing");
    let output =
        setup.edit_description("alice", &group, &text, &[("DIRDESK_FAULT", "after-queue")]);
    assert!(!output.status.success(), "the process died");
    // It died before sending: the email waits, and nothing arrived.
    crate::support::assert_no_mail_received_about(&text);
    let pending = setup.pending();
    assert_eq!(pending.len(), 1, "the email was stored before the crash");

    setup.ok(&["queue", "send", "--all"], "");
    setup.ok(&["queue", "send", "--all"], "");
    assert_eq!(mail_containing(&text, Duration::from_secs(5)).len(), 1);
}

#[tokio::test]
async fn injection_attempts_in_a_description_arrive_inert() {
    let setup = Setup::new(true);
    let group = own_group("alice", &["alice"]).await;
    let marker = unique("inert");
    let hostile = format!(
        "{marker}\r\nBcc: eve@evil.test\r\nSubject: pwned <script>alert(1)</script><img src=x onerror=alert(2)>"
    );
    let output = setup.edit_description("alice", &group, &hostile, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mails = mail_containing(&marker, Duration::from_secs(5));
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(
        mail.rcpt_tos,
        vec!["alice@example.test".to_owned()],
        "no extra recipient"
    );
    let head = mail.data.split("\r\n\r\n").next().expect("headers");
    assert!(!head.to_lowercase().contains("bcc"), "{head}");
    assert_eq!(
        head.matches("\r\nSubject:").count() + usize::from(head.starts_with("Subject:")),
        1
    );
    // The plain-text part may show the text as it is; the HTML part must
    // show it as text, never as markup. (Undo quoted-printable soft breaks.)
    let html = mail
        .data
        .split("Content-Type: text/html")
        .nth(1)
        .expect("an HTML part")
        .replace("=\r\n", "");
    assert!(!html.contains("<script>"), "no live script: {html}");
    assert!(!html.contains("<img"), "no live markup");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text"
    );
}

#[tokio::test]
async fn a_wrong_smtp_password_fails_with_the_servers_answer_and_blocks_no_one_else() {
    let broken = Setup::new(true);
    broken.smtp(servers().smtp_starttls_port, "not-the-password");
    let group = own_group("alice", &["alice"]).await;
    let text = unique("wrong smtp password");
    let output = broken.edit_description("alice", &group, &text, &[]);
    assert!(output.status.success(), "the change is saved");
    assert!(stdout(&output).contains("not sent"), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("535"),
        "the server's answer: {}",
        stdout(&output)
    );
    let failed = broken.queue().list(Filter::Failed).expect("list");
    assert_eq!(failed.len(), 1);
    assert!(
        failed[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("535"))
    );

    // Another store's notifications still flow.
    let working = Setup::new(true);
    let other = own_group("alice", &["alice"]).await;
    let text = unique("still flowing");
    assert!(
        working
            .edit_description("alice", &other, &text, &[])
            .status
            .success()
    );
    assert_eq!(mail_containing(&text, Duration::from_secs(5)).len(), 1);
}

#[test]
fn test_server_returns_the_servers_answer_or_a_specific_error() {
    let setup = Setup::new(true);
    let out = setup.ok(
        &[
            "notifications",
            "test",
            "--store",
            "Corp",
            "--to",
            "admin@example.test",
        ],
        "",
    );
    assert!(out.contains("accepted by the server: 250"), "{out}");
    let refused = setup.run(
        &[
            "notifications",
            "test",
            "--store",
            "Corp",
            "--to",
            "reject-me@example.test",
        ],
        "",
    );
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("550"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    setup.smtp(servers().smtp_starttls_port, "wrong");
    let auth = setup.run(
        &[
            "notifications",
            "test",
            "--store",
            "Corp",
            "--to",
            "admin@example.test",
        ],
        "",
    );
    assert!(
        String::from_utf8_lossy(&auth.stderr).contains("refused the SMTP username or password")
    );
}
