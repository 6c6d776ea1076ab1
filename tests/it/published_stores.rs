//! One switch for every desk: an admin's desk publishes a store's settings in
//! the directory and another desk — its own config folder, no service
//! account, no notification settings — follows them from its next change on.
//! Real slapd, real SMTP server checking the users' own passwords, real
//! keychain. Each test has its own part of the directory (an OU under
//! `ou=groups`), so the entry it publishes there is followed by no other test.

use std::collections::HashSet;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use dirdesk::domain::published_settings::{PublishedError, PublishedSettings};
use dirdesk::environment::Folders;
use dirdesk::services::config_file::Config;
use dirdesk::services::ldap::Session;
use dirdesk::services::ldap::published::{self, PublishFailure, ReadFailure};

use crate::directories::slapd;
use crate::support::{assert_no_email_about, run_dirdesk, servers, unique};

/// A part of the directory of the test's own: an OU (the stores' base DN)
/// with a group alice owns. Returns (base DN, group DN).
pub(crate) async fn own_part() -> (String, String) {
    let s = servers();
    let ou = unique("desk");
    let base = format!("ou={ou},ou=groups,{}", s.base_dn);
    let group = format!("cn=Team,{base}");
    let mut ldap = slapd().service_connection().await;
    ldap.add(
        &base,
        vec![
            ("objectClass", HashSet::from(["organizationalUnit"])),
            ("ou", HashSet::from([ou.as_str()])),
        ],
    )
    .await
    .expect("add ou")
    .success()
    .expect("ou added");
    let alice = s.person_dn("alice");
    ldap.add(
        &group,
        vec![
            ("objectClass", HashSet::from(["groupOfNames"])),
            ("cn", HashSet::from(["Team"])),
            ("description", HashSet::from(["First description"])),
            ("owner", HashSet::from([alice.as_str()])),
            ("member", HashSet::from([alice.as_str()])),
        ],
    )
    .await
    .expect("add group")
    .success()
    .expect("group added");
    (base, group)
}

pub(crate) fn ok(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "stdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

pub(crate) fn failed(output: &Output) -> String {
    assert!(
        !output.status.success(),
        "succeeded: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `dirdesk` on one desk (config folder).
pub(crate) fn desk(dir: &Path, args: &[&str], stdin: &str) -> Output {
    run_dirdesk(dir, args, stdin, &[])
}

/// `store add` of the test slapd over LDAPS under `base`, with `extra`.
pub(crate) fn add_store(dir: &Path, base: &str, extra: &[&str], stdin: &str) -> Output {
    let s = servers();
    let port = s.ldaps_url.rsplit(':').next().expect("port");
    let host = format!("127.0.0.1:{port}");
    let ca = s.ca_file.to_str().expect("utf-8");
    let mut args = vec![
        "store",
        "add",
        "--name",
        "Corp",
        "--type",
        "ldap",
        "--host",
        &host,
        "--security",
        "ldaps",
        "--ca-file",
        ca,
        "--base-dn",
        base,
    ];
    args.extend_from_slice(extra);
    desk(dir, &args, stdin)
}

/// The published entry's settings, read as the service account (as
/// ldapsearch would show them).
pub(crate) async fn entry_text(dn: &str) -> Option<String> {
    let (entries, _) = slapd()
        .service_connection()
        .await
        .search(
            dn,
            ldap3::Scope::Base,
            "(objectClass=*)",
            vec!["description"],
        )
        .await
        .ok()?
        .success()
        .ok()?;
    let entry = ldap3::SearchEntry::construct(entries.into_iter().next()?);
    entry.attrs.get("description")?.first().cloned()
}

fn edit_as_alice(dir: &Path, group: &str, description: &str) -> Output {
    let set = format!("description={description}");
    desk(
        dir,
        &[
            "edit",
            "--store",
            "Corp",
            "--user",
            "alice",
            "--password-stdin",
            group,
            "--set",
            &set,
        ],
        "alice-secret",
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn a_desk_without_the_service_account_follows_what_the_admin_published() {
    let s = servers();
    let (base, group) = own_part().await;
    let (a, b) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    let smtp_port = s.smtp_starttls_port.to_string();
    let ca = s.ca_file.to_str().expect("utf-8");

    // Desk A: the admin, with the service account.
    ok(&add_store(
        a.path(),
        &base,
        &[
            "--service-account",
            &s.service_dn,
            "--service-password-stdin",
        ],
        &s.service_password,
    ));
    // First with a store SMTP account ("basic"): the account is shared, its
    // password stays in desk A's keychain.
    let basic = [
        "notifications",
        "set",
        "--store",
        "Corp",
        "--smtp-server",
        &s.smtp_host,
        "--from",
        "dirdesk@example.test",
        "--smtp-auth",
        "basic",
        "--smtp-user",
        &s.smtp_user,
        "--smtp-password-stdin",
    ];
    ok(&desk(a.path(), &basic, &s.smtp_password));
    ok(&desk(a.path(), &["store", "publish", "Corp"], ""));
    let text = entry_text(&format!("cn=dirdesk,{base}"))
        .await
        .expect("entry");
    assert!(text.contains(&s.smtp_user), "the account is shared: {text}");
    assert!(
        !text.contains(&s.smtp_password),
        "its password is not: {text}"
    );
    // Then each person's own login (this publishes: the store is published).
    ok(&desk(
        a.path(),
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--smtp-server",
            &s.smtp_host,
            "--smtp-port",
            &smtp_port,
            "--smtp-security",
            "starttls",
            "--smtp-ca-file",
            ca,
            "--from",
            "dirdesk@example.test",
            "--smtp-auth",
            "signed-in-user",
            "--logged-in-users",
            "on",
        ],
        "",
    ));
    let published = ok(&desk(a.path(), &["store", "publish", "Corp"], ""));
    let dn = format!("cn=dirdesk,{base}");
    assert!(published.contains(&dn), "{published}");

    // The entry holds no secret and no path of desk A's.
    let text = entry_text(&dn).await.expect("the published entry");
    for private in [
        s.service_password.as_str(),
        "alice-secret",
        s.smtp_password.as_str(),
        a.path().to_str().expect("utf-8"),
        ca,
    ] {
        assert!(!text.contains(private), "{private} published: {text}");
    }
    assert!(text.contains("BEGIN CERTIFICATE"), "the CAs travel as PEM");

    // Desk B: only host, security, CA, base DN and the login DN template.
    let added = ok(&add_store(
        b.path(),
        &base,
        &[
            "--login-dn-template",
            "uid={user},ou=people,dc=example,dc=test",
        ],
        "",
    ));
    assert!(added.contains("Follows the settings published"), "{added}");
    let shown = ok(&desk(
        b.path(),
        &["notifications", "show", "--store", "Corp", "--json"],
        "",
    ));
    let shown: serde_json::Value = serde_json::from_str(&shown).expect("json");
    assert_eq!(shown["source"]["kind"], "published", "{shown}");
    assert_eq!(shown["source"]["by"], s.service_dn.as_str());
    assert_eq!(shown["smtp_password"], "signed-in-user");

    // A change on desk B: one confirmation, sent as alice herself.
    let marker = unique("Followed");
    ok(&edit_as_alice(b.path(), &group, &marker));
    let mail = s.wait_for_mail(Duration::from_secs(20), |m| m.data.contains(&marker));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].rcpt_tos, vec!["alice@example.test".to_owned()]);
    assert_eq!(mail[0].auth_user.as_deref(), Some("alice"));

    // The admin switches it off on desk A: desk B's next change sends nothing.
    ok(&desk(
        a.path(),
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--logged-in-users",
            "off",
        ],
        "",
    ));
    let quiet = unique("Quiet");
    ok(&edit_as_alice(b.path(), &group, &quiet));
    assert_no_email_about(&Folders::portable(b.path()), &quiet);

    // Desk B cannot turn it back on: alice may not write the entry.
    let refused = failed(&desk(
        b.path(),
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--logged-in-users",
            "on",
            "--user",
            "alice",
            "--password-stdin",
        ],
        "alice-secret",
    ));
    assert!(
        refused.contains("does not let this account change the published settings"),
        "{refused}"
    );
    let now = PublishedSettings::decode(&entry_text(&dn).await.expect("entry")).expect("settings");
    assert!(!now.notifications.also_notify.logged_in_users);
    // … and nothing on desk B weakened or changed the policy locally.
    let config = Config::load(&Folders::portable(b.path())).expect("config");
    assert!(!config.stores[0].notifications.also_notify.logged_in_users);
}

/// A session as the service account on a store under `base`.
async fn admin_session(base: &str) -> Session {
    let mut store = slapd().store();
    store.base_dn = base.to_owned();
    Session::bind_as(&store, &servers().service_dn, &servers().service_password)
        .await
        .expect("service account")
}

fn settings_with(store_base: &str, by: &str, cc: &str) -> PublishedSettings {
    let mut store = slapd().store();
    store.base_dn = store_base.to_owned();
    store.notifications.cc = vec![cc.to_owned()];
    PublishedSettings::of(&store, Default::default(), by, jiff::Timestamp::now())
}

#[tokio::test(flavor = "multi_thread")]
async fn two_admins_publishing_at_once_never_overwrite_each_other() {
    let (base, _) = own_part().await;
    let dn = format!("cn=dirdesk,{base}");
    let mut first = admin_session(&base).await;
    let mut second = admin_session(&base).await;
    let original = settings_with(&base, "admin-0", "zero@example.test");
    published::publish(&mut first, &dn, None, &original, false)
        .await
        .expect("published");

    // Both start from what is published now and save at once.
    let mine = settings_with(&base, "admin-1", "one@example.test");
    let theirs = settings_with(&base, "admin-2", "two@example.test");
    let (one, two) = tokio::join!(
        published::publish(&mut first, &dn, Some(&original), &mine, false),
        published::publish(&mut second, &dn, Some(&original), &theirs, false),
    );
    let (winner, loser) = match (&one, &two) {
        (Ok(_), Err(failure)) => (&mine, failure),
        (Err(failure), Ok(_)) => (&theirs, failure),
        other => panic!("exactly one must win: {other:?}"),
    };
    let PublishFailure::Conflict { current, .. } = loser else {
        panic!("the second is told of the conflict: {loser:?}");
    };
    assert_eq!(**current, *winner, "and shown what is published now");
    assert!(
        loser.to_string().contains("someone else published"),
        "{loser}"
    );
    let now = PublishedSettings::decode(&entry_text(&dn).await.expect("entry")).expect("settings");
    assert_eq!(now, *winner, "nothing merged silently");

    // Creating it at once: the same.
    let (fresh, _) = own_part().await;
    let dn = format!("cn=dirdesk,{fresh}");
    let mut first = admin_session(&fresh).await;
    let mut second = admin_session(&fresh).await;
    let (one, two) = tokio::join!(
        published::publish(&mut first, &dn, None, &mine, false),
        published::publish(&mut second, &dn, None, &theirs, false),
    );
    assert!(
        matches!(
            (&one, &two),
            (Ok(_), Err(PublishFailure::Conflict { .. }))
                | (Err(PublishFailure::Conflict { .. }), Ok(_))
        ),
        "{one:?} {two:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_unreadable_damaged_and_newer_entries_each_say_what_they_are() {
    let (base, _) = own_part().await;
    let mut admin = admin_session(&base).await;
    let mut alice = {
        let mut store = slapd().store();
        store.base_dn = base.clone();
        store.service_account = None;
        store.login_dn_template = Some("uid={user},ou=people,dc=example,dc=test".into());
        Session::sign_in(&store, "alice", "alice-secret", None)
            .await
            .expect("alice signs in with the template")
    };
    let mut messages = Vec::new();

    let missing = format!("cn=dirdesk,{base}");
    let failure = published::read(&mut alice, &missing)
        .await
        .expect_err("missing");
    assert!(
        matches!(failure, ReadFailure::Missing { .. }),
        "{failure:?}"
    );
    messages.push(failure.to_string());

    let hidden = format!("cn=hidden-settings,{base}");
    let settings = settings_with(&base, "admin", "cc@example.test");
    published::publish(&mut admin, &hidden, None, &settings, false)
        .await
        .expect("the admin may publish there");
    let failure = published::read(&mut alice, &hidden)
        .await
        .expect_err("hidden");
    assert!(
        matches!(failure, ReadFailure::Unreadable { .. }),
        "{failure:?}"
    );
    messages.push(failure.to_string());

    // Damaged and newer entries, written behind dirdesk's back.
    let mut newer: serde_json::Value = serde_json::from_str(&settings.encode()).expect("json");
    newer["format"] = serde_json::json!(99);
    for (cn, text) in [
        ("damaged", "{not json".to_owned()),
        ("newer", newer.to_string()),
    ] {
        let dn = format!("cn={cn},{base}");
        slapd()
            .service_connection()
            .await
            .add(
                &dn,
                vec![
                    ("objectClass", HashSet::from(["applicationProcess"])),
                    ("cn", HashSet::from([cn])),
                    ("description", HashSet::from([text.as_str()])),
                ],
            )
            .await
            .expect("add")
            .success()
            .expect("added");
        let failure = published::read(&mut alice, &dn).await.expect_err(cn);
        let ReadFailure::Unusable { error, .. } = &failure else {
            panic!("{cn}: {failure:?}");
        };
        match cn {
            "damaged" => assert!(matches!(error, PublishedError::Damaged { .. })),
            _ => assert_eq!(*error, PublishedError::Newer { format: 99 }),
        }
        messages.push(failure.to_string());
        // Never replaced from here, by an admin either.
        let refused = published::publish(&mut admin, &dn, None, &settings, false).await;
        assert!(
            matches!(refused, Err(PublishFailure::Unusable(_))),
            "{refused:?}"
        );
        assert_eq!(entry_text(&dn).await.as_deref(), Some(text.as_str()));
    }
    let distinct: HashSet<&String> = messages.iter().collect();
    assert_eq!(distinct.len(), 4, "{messages:#?}");
    assert!(
        messages[0].contains("Nothing is published"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains("does not let this account read"),
        "{}",
        messages[1]
    );
    assert!(messages[2].contains("damaged"), "{}", messages[2]);
    assert!(
        messages[3].contains("newer than this dirdesk"),
        "{}",
        messages[3]
    );
}

/// Following costs one read per save: the published entry is read once, in
/// the session that saves, and a published store's save asks the directory
/// nothing else more than an unpublished one's.
#[tokio::test(flavor = "multi_thread")]
async fn following_the_published_settings_costs_one_read_per_save() {
    use dirdesk::domain::{Security, Server};
    use dirdesk::services::editing;

    let (base, group) = own_part().await;
    let proxy = crate::in_doubt::dropper().await;
    let mut store = slapd().store();
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port: proxy.port,
    }];
    store.security = Security::None;
    store.base_dn = base.clone();
    store.service_account = None;
    store.login_dn_template = Some("uid={user},ou=people,dc=example,dc=test".into());
    let dir = tempfile::tempdir().expect("desk");
    let folders = Folders::portable(dir.path());
    let mut config = Config::default();
    config.put_store(store.clone()).expect("store");
    config.save(&folders).expect("save");
    let dn = format!("cn=dirdesk,{base}");
    let mut alice = Session::sign_in(&store, "alice", "alice-secret", None)
        .await
        .expect("alice");

    // What one save asks: (searches, searches of the published entry).
    let mut save = async |text: &str| {
        let before = alice.read(&group).await.expect("read");
        let edits = dirdesk::domain::change::Edits::from([(
            "description".to_owned(),
            vec![text.to_owned()],
        )]);
        let (all, entry) = proxy.searches(&dn);
        let saved = editing::save_change(&mut alice, &folders, &before, &edits).await;
        saved.result.expect("saved");
        let (all_after, entry_after) = proxy.searches(&dn);
        (all_after - all, entry_after - entry, saved.followed)
    };
    // The first save also reads the schema and the root DSE, once a session.
    save(&unique("Warm")).await;
    let (unpublished, read, followed) = save(&unique("Unpublished")).await;
    assert_eq!(read, 1, "the entry is looked for once");
    assert_eq!(followed, editing::Followed::NotPublished);

    let mut admin = admin_session(&base).await;
    let settings = settings_with(&base, "admin", "cc@example.test");
    published::publish(&mut admin, &dn, None, &settings, false)
        .await
        .expect("published");
    let (published, read, followed) = save(&unique("Published")).await;
    assert_eq!(read, 1, "the entry is read once");
    assert!(
        matches!(followed, editing::Followed::Following(_)),
        "{followed:?}"
    );
    assert_eq!(
        published, unpublished,
        "nothing else is asked: {published} searches"
    );
}

/// Published somewhere the admin chose (`--location`): a desk that may
/// search the directory finds it under the base DN when the store is added.
#[tokio::test(flavor = "multi_thread")]
async fn a_store_published_elsewhere_under_the_base_dn_is_found_when_added() {
    let s = servers();
    let (base, _) = own_part().await;
    let apps = format!("ou=apps,{base}");
    slapd()
        .service_connection()
        .await
        .add(
            &apps,
            vec![
                ("objectClass", HashSet::from(["organizationalUnit"])),
                ("ou", HashSet::from(["apps"])),
            ],
        )
        .await
        .expect("add")
        .success()
        .expect("added");
    let (a, c) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("c"),
    );
    let service = [
        "--service-account",
        s.service_dn.as_str(),
        "--service-password-stdin",
    ];
    ok(&add_store(a.path(), &base, &service, &s.service_password));
    let location = format!("cn=dirdesk,{apps}");
    ok(&desk(
        a.path(),
        &["store", "publish", "Corp", "--location", &location],
        "",
    ));
    let added = ok(&add_store(c.path(), &base, &service, &s.service_password));
    assert!(
        added.contains(&format!(
            "Follows the settings published in the directory at {location}"
        )),
        "{added}"
    );
}
