//! Desks recording into the organisation's shared database (issue 21):
//! two desks, one History; the database unreachable or a desk killed
//! mid-save; `dirdesk history`'s filters and CSV across desks.

use std::path::Path;
use std::process::{Command, Output};

use super::shared_database::{Desk, add_store, shared_queue, text};
use super::support::{run_dirdesk, servers, unique};

/// `dirdesk edit` as `login` on the desk whose config is `config`.
pub(crate) fn edit(
    config: &Path,
    login: &str,
    dn: &str,
    value: &str,
    env: &[(&str, &str)],
) -> Output {
    run_dirdesk(
        config,
        &[
            "edit",
            "--store",
            "Corp",
            "--user",
            login,
            "--password-stdin",
            dn,
            "--set",
            &format!("description={value}"),
        ],
        &format!("{login}-secret"),
        env,
    )
}

/// The description `dn` has in the directory now (read as the service).
fn description(dn: &str) -> String {
    let s = servers();
    let read = Command::new("ldapsearch")
        .args(["-x", "-ZZ", "-LLL", "-o", "ldif-wrap=no", "-H", &s.ldap_url])
        .args(["-D", &s.service_dn, "-w", &s.service_password])
        .args(["-b", dn, "-s", "base", "description"])
        .env("LDAPTLS_CACERT", &s.ca_file)
        .output()
        .expect("ldapsearch");
    assert!(read.status.success());
    String::from_utf8_lossy(&read.stdout).into_owned()
}

/// A second desk (another computer) using the same store and database.
fn another_desk(desk: &Desk) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    add_store(dir.path(), &desk.shared().url.to_string());
    dir
}

#[tokio::test(flavor = "multi_thread")]
async fn two_desks_record_into_one_history_the_admin_sees_both_each_person_their_own() {
    use dirdesk::services::storage::Storage;
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let other = another_desk(&desk);
    let bobs_group = super::support::own_group("bob", &["bob"]).await;
    let erins_group = super::support::own_group("erin", &["erin"]).await;
    let (bobs, erins) = (unique("by bob"), unique("by erin"));
    let out = edit(desk.config.path(), "bob", &bobs_group, &bobs, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let out = edit(other.path(), "erin", &erins_group, &erins, &[]);
    assert!(out.status.success(), "{}", text(&out));

    let said = |entries: &[dirdesk::services::notification_queue::HistoryEntry]| -> Vec<String> {
        entries
            .iter()
            .flat_map(|e| e.record.changes.iter().flat_map(|c| c.new.clone()))
            .collect()
    };
    let mut alice = shared_queue(&desk, "alice").await;
    let all = said(
        &alice
            .history(None, None)
            .await
            .expect("the admin's History"),
    );
    assert_eq!(
        all,
        [erins.clone(), bobs.clone()],
        "newest first, from both desks"
    );
    let mut bob = shared_queue(&desk, "bob").await;
    assert_eq!(
        said(&bob.history(None, None).await.expect("bob's")),
        std::slice::from_ref(&bobs)
    );
    let mut erin = shared_queue(&desk, "erin").await;
    assert_eq!(
        said(&erin.history(None, None).await.expect("erin's")),
        std::slice::from_ref(&erins)
    );
    let authors: Vec<String> = alice
        .history(None, None)
        .await
        .expect("history")
        .iter()
        .map(|e| e.record.author.name.clone())
        .collect();
    assert_eq!(authors, ["Erin Evans", "Bob Becker"]);
    // Nothing went into either desk's own file.
    for dir in [desk.config.path(), other.path()] {
        let local = dirdesk::services::notification_queue::NotificationQueue::open(
            &dirdesk::environment::Folders::portable(dir),
        )
        .expect("local file")
        .history(None, None)
        .expect("local History");
        assert!(local.is_empty(), "{local:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn with_the_database_unreachable_the_change_is_refused_and_the_directory_stays() {
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let group = super::support::own_group("bob", &["bob"]).await;
    let before = description(&group);
    let nowhere = format!(
        "postgresql://127.0.0.1:{}/{}",
        super::support::free_port(),
        desk.database
    );
    desk.ok(&["store", "edit", "Corp", "--database", &nowhere], "");
    let marker = unique("not recorded");
    let out = edit(desk.config.path(), "bob", &group, &marker, &[]);
    assert!(!out.status.success(), "{}", text(&out));
    let said = text(&out);
    assert!(said.contains("Not saved"), "{said}");
    assert!(said.contains("does not answer"), "{said}");
    assert_eq!(description(&group), before, "the directory is as it was");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_desk_killed_after_the_modify_is_finished_by_the_next_save_on_postgresql() {
    use dirdesk::services::storage::Storage;
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let group = super::support::own_group("bob", &["bob"]).await;
    let first = unique("killed after the modify");
    let out = edit(
        desk.config.path(),
        "bob",
        &group,
        &first,
        &[("DIRDESK_FAULT", "after-apply")],
    );
    assert!(!out.status.success(), "the process died: {}", text(&out));
    assert!(
        description(&group).contains(&first),
        "the directory took it"
    );
    let mut bob = shared_queue(&desk, "bob").await;
    assert!(bob.history(None, None).await.expect("history").is_empty());

    let second = unique("the next save");
    let out = edit(desk.config.path(), "bob", &group, &second, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let values: Vec<String> = bob
        .history(None, None)
        .await
        .expect("history")
        .iter()
        .flat_map(|e| e.record.changes.iter().flat_map(|c| c.new.clone()))
        .collect();
    assert_eq!(values, [second, first], "each once");
    assert!(
        bob.unfinished_changes(&bob_store_id(&desk))
            .await
            .expect("marks")
            .is_empty()
    );
}

/// The store's id on the test's desk.
fn bob_store_id(desk: &Desk) -> String {
    let out = desk.ok(&["store", "list", "--json"], "");
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    list[0]["id"].as_str().expect("id").to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_history_command_filters_the_shared_history_and_exports_it_as_csv() {
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    // Erin works at another desk: its own store id, the same store.
    let other = another_desk(&desk);
    let bobs_group = super::support::own_group("bob", &["bob"]).await;
    let erins_group = super::support::own_group("erin", &["erin"]).await;
    let tag = unique("h");
    let (first, second, erins) = (
        format!("Zoë, \"first\" {tag}"),
        format!("second {tag}"),
        format!("=erin's {tag}"),
    );
    let day_before = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    for (config, login, group, value) in [
        (desk.config.path(), "bob", &bobs_group, &first),
        (desk.config.path(), "bob", &bobs_group, &second),
        (other.path(), "erin", &erins_group, &erins),
    ] {
        let out = edit(config, login, group, value, &[]);
        assert!(out.status.success(), "{}", text(&out));
    }
    let history = |login: &str, filters: &[&str]| -> Vec<String> {
        let mut args = vec![
            "history",
            "--store",
            "Corp",
            "--user",
            login,
            "--password-stdin",
            "--json",
        ];
        args.extend_from_slice(filters);
        let out = desk.dirdesk(&args, &format!("{login}-secret"));
        assert!(out.status.success(), "{args:?}: {}", text(&out));
        let entries: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        entries
            .as_array()
            .expect("a list")
            .iter()
            .map(|e| {
                e["record"]["changes"][0]["new"][0]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect()
    };
    assert_eq!(
        history("alice", &[]),
        [erins.as_str(), second.as_str(), first.as_str()]
    );
    assert_eq!(
        history("alice", &["--user-filter", "bob"]),
        [second.as_str(), first.as_str()]
    );
    assert_eq!(
        history("alice", &["--object", &erins_group.to_uppercase()]),
        [erins.as_str()]
    );
    // Old or new values: the second change's old value is the first's new.
    assert_eq!(
        history("alice", &["--contains", "ZOË, \"FIRST"]),
        [second.as_str(), first.as_str()]
    );
    assert_eq!(
        history("alice", &["--contains", "SECOND"]),
        [second.as_str()]
    );
    assert_eq!(history("alice", &["--attribute", "Description"]).len(), 3);
    assert!(history("alice", &["--attribute", "member"]).is_empty());
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let tomorrow = today.tomorrow().expect("date").to_string();
    // Around midnight (UTC) the changes may fall on two days.
    let one_day = day_before == today;
    let yesterday = today.yesterday().expect("date").to_string();
    if one_day {
        assert_eq!(
            history(
                "alice",
                &["--since", &today.to_string(), "--until", &today.to_string()]
            )
            .len(),
            3
        );
        assert!(history("alice", &["--until", &yesterday]).is_empty());
    }
    assert!(history("alice", &["--since", &tomorrow]).is_empty());
    // Bob reads his own only, whatever he asks for.
    assert_eq!(history("bob", &[]), [second.as_str(), first.as_str()]);
    assert!(history("bob", &["--user-filter", "erin"]).is_empty());

    let file = desk.config.path().join("history.csv");
    let out = desk.dirdesk(
        &[
            "history",
            "--store",
            "Corp",
            "--user",
            "alice",
            "--password-stdin",
            "--csv",
            file.to_str().expect("utf-8"),
        ],
        "alice-secret",
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Wrote 3 changes"), "{}", text(&out));
    let mut reader = csv::Reader::from_path(&file).expect("csv");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let new: Vec<&str> = rows.iter().map(|r| &r[7]).collect();
    assert_eq!(
        new,
        [
            format!("'{erins}").as_str(),
            second.as_str(),
            first.as_str()
        ]
    );
    assert_eq!(&rows[1][4], "Bob Becker");

    let without = desk.dirdesk(&["history", "--store", "Corp"], "");
    assert!(!without.status.success());
    assert!(text(&without).contains("--user"), "{}", text(&without));
}

/// What a desk recorded in its own file before the store named a shared
/// database: each person uploads their own, once.
#[tokio::test(flavor = "multi_thread")]
async fn a_desks_own_history_is_uploaded_once_by_each_person() {
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let url = desk.shared().url.to_string();
    desk.ok(&["store", "edit", "Corp", "--database", ""], "");
    let bobs_group = super::support::own_group("bob", &["bob"]).await;
    let erins_group = super::support::own_group("erin", &["erin"]).await;
    let (first, second, erins) = (unique("bob 1"), unique("bob 2"), unique("erin's"));
    for (login, group, value) in [
        ("bob", &bobs_group, &first),
        ("bob", &bobs_group, &second),
        ("erin", &erins_group, &erins),
    ] {
        let out = edit(desk.config.path(), login, group, value, &[]);
        assert!(out.status.success(), "{}", text(&out));
    }
    let ca = servers().ca_file.to_str().expect("utf-8").to_owned();
    desk.ok(
        &[
            "store",
            "edit",
            "Corp",
            "--database",
            &url,
            "--database-ca-file",
            &ca,
        ],
        "",
    );
    let upload = |login: &str| {
        desk.ok(
            &[
                "history",
                "--store",
                "Corp",
                "--upload",
                "--user",
                login,
                "--password-stdin",
            ],
            &format!("{login}-secret"),
        )
    };
    let said = upload("bob");
    assert!(said.contains("Uploaded 2 of your changes"), "{said}");
    assert!(said.contains("0 were there already"), "{said}");
    assert!(said.contains("1 made by Erin Evans stay"), "{said}");
    let again = upload("bob");
    assert!(again.contains("Uploaded 0 of your changes"), "{again}");
    assert!(again.contains("2 were there already"), "{again}");

    let read = || -> Vec<(String, String)> {
        let out = desk.ok(
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
        );
        let entries: serde_json::Value = serde_json::from_str(&out).expect("json");
        entries
            .as_array()
            .expect("list")
            .iter()
            .map(|e| {
                (
                    e["recorded_by"]["login"].as_str().unwrap_or("").to_owned(),
                    e["record"]["changes"][0]["new"][0]
                        .as_str()
                        .unwrap_or("")
                        .to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(
        read(),
        [
            ("bob".to_owned(), second.clone()),
            ("bob".to_owned(), first.clone())
        ],
        "each once, newest first as they were made"
    );
    assert!(upload("erin").contains("Uploaded 1 of your changes"));
    assert_eq!(read().len(), 3);
}
