//! The configuration file as users' machines hold it: old files keep
//! loading, writes are atomic, damaged files are reported and kept.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use dirdesk::domain::{Health, Security, Server, SmtpSecurity, StoreId, StoreType};
use dirdesk::environment::Folders;
use dirdesk::services::config_file::{Config, ConfigError};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/config")
        .join(name);
    std::fs::read_to_string(path).expect("fixture")
}

#[test]
fn a_format_1_file_with_every_field_still_loads() {
    let config = Config::parse(&fixture("v1-full.toml"), Path::new("config.toml")).expect("loads");
    assert_eq!(config.stores.len(), 2);
    let ad = &config.stores[0];
    assert_eq!(ad.id, StoreId("store-3".into()));
    assert_eq!(ad.name, "Corp AD");
    assert_eq!(ad.store_type, StoreType::ActiveDirectory);
    assert_eq!(ad.security, Security::StartTls);
    assert_eq!(
        ad.servers,
        vec![
            Server {
                host: "dc1.corp.example.test".into(),
                port: 389
            },
            Server {
                host: "10.0.0.2".into(),
                port: 3268
            },
        ]
    );
    assert_eq!(
        ad.ca_file.as_deref(),
        Some(Path::new("/etc/ssl/corp-ca.pem"))
    );
    assert_eq!(ad.login_attribute, "userPrincipalName");
    assert_eq!(
        ad.service_account.as_deref(),
        Some("svc-dirdesk@corp.example.test")
    );
    assert!(!ad.enabled);
    let check = ad.last_check.as_ref().expect("last check");
    assert_eq!(check.health, Health::Errors);
    assert_eq!(check.at.to_string(), "2026-11-20T08:30:00Z");
    let n = &ad.notifications;
    assert_eq!(
        (n.smtp_server.as_str(), n.smtp_port, n.smtp_security),
        ("smtp.corp.example.test", 465, SmtpSecurity::Ssl)
    );
    assert!(n.use_authentication);
    assert_eq!(n.to.len(), 2);
    assert_eq!(n.cc, vec!["helpdesk@corp.example.test".to_owned()]);
    let a = n.also_notify;
    assert!(
        a.logged_in_users
            && a.object_modified
            && !a.group_owners
            && a.managers
            && !a.added_members
            && a.removed_members
    );

    let lab = &config.stores[1];
    assert!(lab.enabled, "enabled when the field is absent");
    assert_eq!(
        lab.notifications,
        Default::default(),
        "defaults when the table is absent"
    );
}

#[test]
fn every_field_survives_a_save_and_load() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let config = Config::parse(&fixture("v1-full.toml"), Path::new("config.toml")).expect("loads");
    config.save(&folders).expect("save");
    assert_eq!(Config::load(&folders).expect("load"), config);
}

#[test]
fn unknown_fields_from_a_newer_minor_version_are_ignored() {
    let text =
        fixture("v1-full.toml").replace("enabled = false", "enabled = false\ncolour = \"teal\"");
    let config = Config::parse(&text, Path::new("config.toml")).expect("loads");
    assert_eq!(config.stores[0].name, "Corp AD");
}

#[test]
fn a_damaged_file_is_reported_with_line_and_column_kept_aside_and_not_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let path = Config::path(&folders);
    let damaged = fixture("v1-full.toml").replace("port = 389", "port = \"three\"");
    std::fs::write(&path, &damaged).expect("write");
    let line = damaged
        .lines()
        .position(|l| l.contains("\"three\""))
        .expect("line")
        + 1;

    match Config::load(&folders) {
        Err(ConfigError::Damaged {
            line: l,
            column,
            backup,
            ..
        }) => {
            assert_eq!(l, line);
            assert_eq!(column, 8, "the value's column");
            let backup = backup.expect("a backup");
            assert_eq!(std::fs::read_to_string(backup).expect("backup"), damaged);
        }
        other => panic!("expected a damaged-file error, got {other:?}"),
    }

    // The command line refuses to work on it and leaves it alone.
    let output = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
        .args(["--config-dir", dir.path().to_str().expect("utf-8")])
        .args(["store", "disable", "Corp AD"])
        .output()
        .expect("run dirdesk");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("line {line}, column 8")),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("file"),
        damaged,
        "untouched"
    );
}

#[test]
fn a_file_from_a_newer_dirdesk_is_refused() {
    let text = fixture("v1-full.toml").replace("schema_version = 1", "schema_version = 9");
    let error = Config::parse(&text, Path::new("config.toml")).expect_err("newer");
    assert!(matches!(
        error,
        ConfigError::NewerVersion { version: 9, .. }
    ));
}

/// Kills `dirdesk store edit` at random moments while it rewrites the file:
/// every time, the file must hold either the old or the new configuration.
#[test]
fn a_kill_during_a_save_never_leaves_a_partial_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut config =
        Config::parse(&fixture("v1-full.toml"), Path::new("config.toml")).expect("loads");
    // Big enough that writing it takes a moment.
    for i in 0..300 {
        let mut store = config.stores[1].clone();
        store.id = StoreId(format!("store-{}", 100 + i));
        store.name = format!("Lab {i}");
        config.stores.push(store);
    }
    config.save(&folders).expect("save");
    let names = ["Lab LDAP", "Lab LDAP renamed"];
    let mut killed_mid_run = 0;
    for round in 0..30u64 {
        let (from, to) = (
            names[(round % 2) as usize],
            names[((round + 1) % 2) as usize],
        );
        let current = Config::load(&folders).expect("loads");
        let current_name = current.stores[1].name.clone();
        let (from, to) = if current_name == from {
            (from, to)
        } else {
            (to, from)
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
            .args(["--config-dir", dir.path().to_str().expect("utf-8")])
            .args(["store", "edit", from, "--name", to])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(round * 500));
        if child.try_wait().expect("wait").is_none() {
            killed_mid_run += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        let after = Config::load(&folders).expect("the file is whole after a kill");
        assert_eq!(after.stores.len(), config.stores.len());
        assert!(names.contains(&after.stores[1].name.as_str()));
    }
    assert!(
        killed_mid_run > 0,
        "some runs were killed before they finished"
    );
}
