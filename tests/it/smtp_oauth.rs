//! SMTP with OAuth 2.0, as Microsoft 365 requires it: tokens from the test
//! server's HTTPS token endpoint (scripts/smtp-test-server.py, Entra's
//! answers), sent as XOAUTH2, which the test SMTP server takes only while a
//! token lives. Both grants, a token that dies early, every failure's words,
//! the command line's shape, and no secret or token anywhere dirdesk writes.

use std::time::Duration;

use dirdesk::domain::{NotificationSettings, OAuthSettings, SmtpAuthMethod, SmtpSecurity};
use dirdesk::services::mailer::{SmtpFailure, SmtpSecrets, send_test};
use dirdesk::services::oauth::OAuthFailure;
use secrecy::SecretString;

use crate::published_stores::{desk, failed, ok};
use crate::support::{servers, unique};

const SCOPE: &str = "https://outlook.office365.com/.default";

/// OAuth 2.0 through the test token endpoint with client `client` (a
/// `servers.env` prefix: OAUTH, OAUTH_SHORT, …).
fn oauth(client: &str) -> NotificationSettings {
    let s = servers();
    NotificationSettings {
        smtp_server: s.smtp_host.clone(),
        smtp_port: s.smtp_starttls_port,
        smtp_security: SmtpSecurity::StartTls,
        from: "dirdesk@example.test".into(),
        use_authentication: true,
        smtp_auth_method: SmtpAuthMethod::OAuth2,
        oauth: OAuthSettings {
            token_endpoint: s.var("OAUTH_TOKEN_URL").to_owned(),
            client_id: s.var(&format!("{client}_CLIENT_ID")).to_owned(),
            scope: SCOPE.into(),
        },
        smtp_ca_file: Some(s.ca_file.clone()),
        ..Default::default()
    }
}

fn secrets(client_secret: &str, password: Option<&str>) -> SmtpSecrets {
    SmtpSecrets {
        password: password.map(SecretString::from),
        client_secret: Some(SecretString::from(client_secret)),
    }
}

fn client_secret(client: &str) -> String {
    servers().var(&format!("{client}_CLIENT_SECRET")).to_owned()
}

/// What the test server's tokens.log says: (grant, client, token) for each
/// token issued, ("refused", client, "-") for each token SMTP refused.
fn token_log() -> Vec<(String, String, String)> {
    let log = servers().maildir.join("tokens.log");
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let mut parts = line.split(' ').map(str::to_owned);
            Some((parts.next()?, parts.next()?, parts.next()?))
        })
        .collect()
}

/// The tokens the endpoint issued: (grant, client, token).
fn tokens_issued() -> Vec<(String, String, String)> {
    let mut log = token_log();
    log.retain(|(grant, _, _)| grant != "refused");
    log
}

/// Makes every token of `client_id` issued so far die, as revoking the
/// app's sessions does (`revoked.log`, scripts/smtp-test-server.py).
fn revoke(client_id: &str) {
    use std::io::Write as _;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs_f64();
    let mut log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(servers().maildir.join("revoked.log"))
        .expect("revoked.log");
    writeln!(log, "{client_id} {now:.6}").expect("revoke");
}

/// How many tokens of `client_id` the test SMTP server refused.
fn refusals(client_id: &str) -> usize {
    let log = token_log();
    (log.iter())
        .filter(|(grant, client, _)| grant == "refused" && client == client_id)
        .count()
}

fn delivered_to(to: &str) -> Vec<crate::support::CapturedMail> {
    servers().wait_for_mail(Duration::from_secs(10), |m| {
        m.rcpt_tos.iter().any(|r| r == to)
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn both_grants_deliver_with_xoauth2_as_the_mailbox_they_are_for() {
    // App-only (client credentials): sent as the From address.
    let to = format!("{}@example.test", unique("app-only"));
    let answer = send_test(
        &oauth("OAUTH"),
        &secrets(&client_secret("OAUTH"), None),
        "Corp",
        &to,
    )
    .await
    .expect("sent app-only");
    assert!(answer.starts_with("250"), "{answer}");
    let mail = delivered_to(&to);
    assert_eq!(mail[0].auth_user.as_deref(), Some("dirdesk@example.test"));
    // The password grant: Username and Password, sent as that person.
    let s = servers();
    let mut settings = oauth("OAUTH");
    settings.smtp_username = s.var("OAUTH_USER").to_owned();
    let to = format!("{}@example.test", unique("password-grant"));
    send_test(
        &settings,
        &secrets(&client_secret("OAUTH"), Some(s.var("OAUTH_PASSWORD"))),
        "Corp",
        &to,
    )
    .await
    .expect("sent with the password grant");
    let mail = delivered_to(&to);
    assert_eq!(mail[0].auth_user.as_deref(), Some(s.var("OAUTH_USER")));
    let grants: Vec<String> = tokens_issued().into_iter().map(|(g, _, _)| g).collect();
    assert!(
        grants.contains(&"client_credentials".to_owned()),
        "{grants:?}"
    );
    assert!(grants.contains(&"password".to_owned()), "{grants:?}");
    // A Username without its Password is never sent app-only under that
    // name: the email waits for the password.
    let error = send_test(
        &settings,
        &secrets(&client_secret("OAUTH"), None),
        "Corp",
        &to,
    )
    .await
    .expect_err("no password");
    assert!(
        matches!(error, SmtpFailure::NoStorePassword { .. }),
        "{error:?}"
    );
}

/// Tokens are kept while they last: two emails in a row ask for one. A
/// token the endpoint said would last an hour dies early (revoked): the
/// next email is refused once and sent with a new token — never failed
/// only because its token aged. A token known to be short (8 s) is fetched
/// again at half its life, before it runs out: no refusal at all.
#[tokio::test(flavor = "multi_thread")]
async fn a_token_that_died_is_replaced_and_the_email_still_goes() {
    for (client, refused) in [("OAUTH_LYING", 1), ("OAUTH_SHORT", 0)] {
        let client_id = servers().var(&format!("{client}_CLIENT_ID")).to_owned();
        let asked = || {
            let issued = tokens_issued();
            issued.iter().filter(|(_, c, _)| *c == client_id).count()
        };
        let (before, refused_before) = (asked(), refusals(&client_id));
        let settings = oauth(client);
        let keys = secrets(&client_secret(client), None);
        for name in ["first", "second"] {
            let to = format!("{}@example.test", unique(name));
            send_test(&settings, &keys, "Corp", &to).await.expect(name);
            assert_eq!(delivered_to(&to).len(), 1);
        }
        assert_eq!(asked(), before + 1, "{client}: one token for both");
        if refused == 1 {
            // The token dies now (revoked), whatever it said of its life.
            revoke(&client_id);
        } else {
            // dirdesk renews a token it knows is short on its own clock,
            // at half its 8 s: only time passing shows that. (The old token
            // still lives then: the second token asked is the proof.)
            tokio::time::sleep(Duration::from_millis(4_200)).await;
        }
        let late = format!("{}@example.test", unique("after-expiry"));
        send_test(&settings, &keys, "Corp", &late)
            .await
            .unwrap_or_else(|e| panic!("{client}: sent with a new token: {e}"));
        assert_eq!(delivered_to(&late).len(), 1);
        assert_eq!(asked(), before + 2, "{client}: a second token");
        assert_eq!(
            refusals(&client_id),
            refused_before + refused,
            "{client}: refused by the mail server"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn each_failure_names_its_cause_and_what_to_do() {
    let s = servers();
    let to = "nobody-oauth@example.test";
    let fails = |settings: NotificationSettings, keys: SmtpSecrets| async move {
        send_test(&settings, &keys, "Corp", to)
            .await
            .expect_err("refused")
    };
    // Wrong client secret.
    let error = fails(oauth("OAUTH"), secrets("not-the-secret", None)).await;
    assert!(
        matches!(
            error,
            SmtpFailure::OAuth(OAuthFailure::WrongClientSecret { .. })
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("AADSTS7000215"), "{error}");
    assert!(error.is_configuration(), "waits for an admin, not retried");
    // Wrong password.
    let mut person = oauth("OAUTH");
    person.smtp_username = s.var("OAUTH_USER").to_owned();
    let error = fails(
        person.clone(),
        secrets(&client_secret("OAUTH"), Some("wrong-password")),
    )
    .await;
    assert!(
        matches!(
            error,
            SmtpFailure::OAuth(OAuthFailure::WrongPassword { .. })
        ),
        "{error:?}"
    );
    // An account that must pass multi-factor sign-in.
    let mut mfa = oauth("OAUTH");
    mfa.smtp_username = s.var("OAUTH_MFA_USER").to_owned();
    let error = fails(
        mfa,
        secrets(&client_secret("OAUTH"), Some(s.var("OAUTH_MFA_PASSWORD"))),
    )
    .await;
    assert!(
        error
            .to_string()
            .contains("this account must not require multi-factor sign-in"),
        "{error}"
    );
    // The token endpoint unreachable: retried later.
    let mut closed = oauth("OAUTH");
    closed.oauth.token_endpoint =
        format!("https://127.0.0.1:{}/token", crate::support::free_port());
    let error = fails(closed, secrets(&client_secret("OAUTH"), None)).await;
    assert!(
        matches!(error, SmtpFailure::OAuth(OAuthFailure::Unreachable { .. })),
        "{error:?}"
    );
    assert!(error.is_retryable());
    // Not trusted: without the test CA the endpoint's certificate is
    // refused before any secret is sent.
    let mut untrusted = oauth("OAUTH_UNASKED");
    untrusted.smtp_ca_file = None;
    let error = fails(untrusted, secrets(&client_secret("OAUTH_UNASKED"), None)).await;
    assert!(
        matches!(error, SmtpFailure::OAuth(OAuthFailure::NotTrusted { .. })),
        "{error:?}"
    );
    // Not https: refused before anything is sent.
    let mut plain = oauth("OAUTH");
    plain.oauth.token_endpoint = s.var("OAUTH_TOKEN_URL").replacen("https", "http", 1);
    let error = fails(plain, secrets(&client_secret("OAUTH"), None)).await;
    assert!(
        error.to_string().contains("is not an https:// address"),
        "{error}"
    );
    // The mail server refusing the token (a fresh one too).
    let error = fails(
        oauth("OAUTH_DEAD"),
        secrets(&client_secret("OAUTH_DEAD"), None),
    )
    .await;
    assert!(
        matches!(error, SmtpFailure::TokenRefused { .. }),
        "{error:?}"
    );
    // No client secret in the keychain.
    let error = fails(oauth("OAUTH"), SmtpSecrets::default()).await;
    assert!(
        matches!(error, SmtpFailure::OAuth(OAuthFailure::NoClientSecret)),
        "{error:?}"
    );
    // Without encryption, unless chosen: refused before a token is asked.
    let mut clear = oauth("OAUTH_UNASKED");
    clear.smtp_security = SmtpSecurity::None;
    let error = fails(clear, secrets(&client_secret("OAUTH_UNASKED"), None)).await;
    assert!(
        matches!(error, SmtpFailure::UnencryptedAuthentication { .. }),
        "{error:?}"
    );
    // Neither reached the endpoint: no token was ever issued to its client.
    let unasked = s.var("OAUTH_UNASKED_CLIENT_ID").to_owned();
    assert!(
        tokens_issued()
            .iter()
            .all(|(_, client, _)| *client != unasked),
        "a token was asked for"
    );
    // A password where Microsoft 365 takes none: 5.7.30.
    let mut basic = oauth("OAUTH");
    basic.smtp_auth_method = SmtpAuthMethod::Basic;
    basic.smtp_username = s.var("OAUTH_USER").to_owned();
    let error = fails(basic, SmtpSecrets::with_password(s.var("OAUTH_PASSWORD"))).await;
    assert!(matches!(error, SmtpFailure::NeedsOAuth { .. }), "{error:?}");
    assert!(
        error.to_string().contains("this server needs OAuth 2.0"),
        "{error}"
    );
}

/// `dirdesk notifications set … --smtp-auth oauth2 …` keeps the client
/// secret (and the password) in the keychain, Test Server sends with them,
/// and neither they nor a token appear in the config folder, the logs or
/// the output.
#[test]
fn the_command_line_sets_oauth_and_test_server_sends_and_no_secret_is_written() {
    let s = servers();
    let dir = tempfile::tempdir().expect("desk");
    let name = unique("OAuth store");
    let ldaps = s.ldaps_url.trim_start_matches("ldaps://").to_owned();
    let ca = s.ca_file.display().to_string();
    ok(&desk(
        dir.path(),
        &[
            "store",
            "add",
            "--name",
            &name,
            "--type",
            "ldap",
            "--host",
            &ldaps,
            "--security",
            "ldaps",
            "--ca-file",
            &ca,
            "--base-dn",
            &s.base_dn,
        ],
        "",
    ));
    let port = s.smtp_starttls_port.to_string();
    let endpoint = s.var("OAUTH_TOKEN_URL");
    let base = [
        "notifications",
        "set",
        "--store",
        &name,
        "--smtp-server",
        &s.smtp_host,
        "--smtp-port",
        &port,
        "--smtp-ca-file",
        &ca,
        "--from",
        "dirdesk@example.test",
        "--smtp-auth",
        "oauth2",
        "--oauth-token-endpoint",
        endpoint,
        "--oauth-client-id",
        s.var("OAUTH_CLIENT_ID"),
        "--oauth-scope",
        SCOPE,
        "--oauth-client-secret-stdin",
    ];
    let secret = format!("{}\n", s.var("OAUTH_CLIENT_SECRET"));
    let mut outputs = Vec::new();
    let mut keep = |output: std::process::Output| {
        let stdout = ok(&output);
        outputs.push(output.stderr.clone());
        outputs.push(stdout.into_bytes());
    };
    keep(desk(dir.path(), &base, &secret));
    let test = |to: &str| {
        desk(
            dir.path(),
            &["notifications", "test", "--store", &name, "--to", to],
            "",
        )
    };
    let to = format!("{}@example.test", unique("cli-app-only"));
    keep(test(&to));
    assert_eq!(
        delivered_to(&to)[0].auth_user.as_deref(),
        Some("dirdesk@example.test")
    );
    // The password grant: the secret's line, then the password's.
    let mut with_user = base.to_vec();
    with_user.extend(["--smtp-user", s.var("OAUTH_USER"), "--smtp-password-stdin"]);
    let both = format!(
        "{}\n{}\n",
        s.var("OAUTH_CLIENT_SECRET"),
        s.var("OAUTH_PASSWORD")
    );
    keep(desk(dir.path(), &with_user, &both));
    let to = format!("{}@example.test", unique("cli-password-grant"));
    keep(test(&to));
    assert_eq!(
        delivered_to(&to)[0].auth_user.as_deref(),
        Some(s.var("OAUTH_USER"))
    );
    // An http:// endpoint is refused as it is set.
    let mut plain = base.to_vec();
    let http = endpoint.replacen("https", "http", 1);
    let at = plain.iter().position(|a| *a == endpoint).expect("endpoint");
    plain[at] = &http;
    let refused = failed(&desk(dir.path(), &plain, &secret));
    assert!(refused.contains("is not an https:// address"), "{refused}");
    outputs.push(refused.into_bytes());
    // Nothing secret anywhere dirdesk wrote, or in what it said.
    let mut secrets = vec![
        s.var("OAUTH_CLIENT_SECRET").to_owned(),
        s.var("OAUTH_PASSWORD").to_owned(),
    ];
    secrets.extend(tokens_issued().into_iter().map(|(_, _, token)| token));
    let mut written = crate::secrets_scan::files(dir.path());
    written.extend(outputs.into_iter().map(|o| ("output".to_owned(), o)));
    let forms: Vec<Vec<u8>> = secrets
        .iter()
        .flat_map(|secret| crate::secrets_scan::forms(secret))
        .collect();
    for (path, bytes) in written {
        for form in &forms {
            assert!(
                !bytes.windows(form.len()).any(|w| w == form.as_slice()),
                "a secret or token (as typed or base64) in {path}"
            );
        }
    }
}

/// Emails waiting in the queue outlive their token: the queue's sender, in
/// one process as the window's is, sends a first batch with a token that
/// claims an hour; it dies (revoked) while the next batch waits, which goes
/// out with a new one (the refused token replaced once), and every email
/// ends Sent — none retried or failed for its token's death.
#[tokio::test(flavor = "multi_thread")]
async fn emails_waiting_in_the_queue_go_out_after_their_token_died() {
    use dirdesk::domain::change::{AttributeChange, Author, ChangeRecord};
    use dirdesk::domain::directory_object::ObjectKind;
    use dirdesk::domain::recipients::{Reason, Recipient};
    use dirdesk::services::mailer;
    use dirdesk::services::notification_queue::{NotificationQueue, Status};
    use dirdesk::services::notify::{self, DeliveryState};

    let dir = tempfile::tempdir().expect("data folder");
    let folders = dirdesk::environment::Folders::portable(dir.path());
    let mut queue = NotificationQueue::open(&folders).expect("queue");
    // A client of this test's own, so no other test's tokens are counted.
    let client = "OAUTH_QUEUE";
    let client_id = servers().var(&format!("{client}_CLIENT_ID")).to_owned();
    let asked = || {
        tokens_issued()
            .iter()
            .filter(|(_, c, _)| *c == client_id)
            .count()
    };
    let (before, refused_before) = (asked(), refusals(&client_id));
    let settings = oauth(client);
    let keys = secrets(&client_secret(client), None);
    let marker = unique("queued-oauth");
    let mut queue_emails = |n: usize| {
        let record = ChangeRecord {
            store_id: dirdesk::domain::StoreId("oauth-queue".into()),
            store_name: "Corp".into(),
            object_dn: "cn=Marketing,ou=groups,dc=example,dc=test".into(),
            object_name: "Marketing".into(),
            object_kind: ObjectKind::Group,
            author: Author {
                dn: "uid=alice,ou=people,dc=example,dc=test".into(),
                name: "Alice".into(),
                mail: Some("alice@example.test".into()),
                language: None,
            },
            at: jiff::Timestamp::now(),
            changes: vec![AttributeChange {
                attribute: "description".into(),
                old: vec![],
                new: vec![marker.clone()],
            }],
        };
        let emails: Vec<_> = (0..n)
            .map(|i| {
                let recipient = Recipient {
                    address: format!("{}@example.test", unique(&format!("waiting{i}"))),
                    name: None,
                    language: None,
                    reasons: vec![Reason::To],
                };
                let content = dirdesk::domain::email::render(
                    &settings.templates,
                    &dirdesk::i18n::loader_for(None),
                    &record,
                    &recipient,
                    &jiff::tz::TimeZone::UTC,
                );
                mailer::compose(&settings, &recipient, (&[], &[]), &content).expect("compose")
            })
            .collect();
        let (_, ids) = queue.record_change(&record, &emails, &[]).expect("queued");
        ids
    };
    let first = queue_emails(1);
    let second_ids = queue_emails(2);
    let rows = |queue: &NotificationQueue, ids: &[i64]| -> Vec<_> {
        ids.iter()
            .map(|id| queue.get(*id).expect("read").expect("row"))
            .collect()
    };
    let batch = rows(&queue, &first);
    let sent = notify::deliver(&mut queue, &settings, &keys, &batch)
        .await
        .expect("deliver");
    assert!(
        matches!(sent[0].state, DeliveryState::Sent(_)),
        "{:?}",
        sent[0].state
    );
    // The other two wait while the token dies (revoked).
    revoke(&client_id);
    let batch = rows(&queue, &second_ids);
    let sent = notify::deliver(&mut queue, &settings, &keys, &batch)
        .await
        .expect("deliver");
    for delivery in &sent {
        assert!(
            matches!(delivery.state, DeliveryState::Sent(_)),
            "{:?}",
            delivery.state
        );
    }
    for row in rows(&queue, &[first, second_ids].concat()) {
        assert_eq!(row.status, Status::Sent, "{row:?}");
        assert_eq!(row.retry_count, 0, "never retried: {row:?}");
        assert_eq!(delivered_to(&row.recipient).len(), 1);
    }
    assert_eq!(
        refusals(&client_id),
        refused_before + 1,
        "the dead token refused once"
    );
    assert_eq!(asked(), before + 2, "a second token for the waiting emails");
}
