//! `dirdesk search | show | edit` as a power user runs them.

use std::path::Path;
use std::process::Output;

use crate::support::{servers, unique};

/// A config folder with a store pointing at the test slapd.
fn configured() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    add_store(dir.path());
    dir
}

fn add_store(config: &Path) {
    add_store_with(|args, stdin| run(config, args, stdin));
}

/// `store add` for the test slapd, run by `run` (arguments, standard input).
fn add_store_with(run: impl Fn(&[&str], &str) -> Output) {
    let s = servers();
    let port = s.ldaps_url.rsplit(':').next().expect("port");
    let output = run(
        &[
            "store",
            "add",
            "--name",
            "Test",
            "--type",
            "ldap",
            "--host",
            &format!("127.0.0.1:{port}"),
            "--security",
            "ldaps",
            "--ca-file",
            s.ca_file.to_str().expect("utf-8"),
            "--base-dn",
            &s.base_dn,
            "--service-account",
            &s.service_dn,
            "--service-password-stdin",
        ],
        &s.service_password,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn run(config: &Path, args: &[&str], stdin: &str) -> Output {
    crate::support::run_dirdesk(config, args, stdin, &[])
}

fn as_user(config: &Path, uid: &str, args: &[&str]) -> Output {
    let mut all = vec![
        args[0],
        "--store",
        "Test",
        "--user",
        uid,
        "--password-stdin",
    ];
    all.extend(&args[1..]);
    run(config, &all, &format!("{uid}-secret"))
}

#[test]
fn dry_run_shows_old_and_new_and_changes_nothing_then_edit_prints_the_record() {
    let dir = configured();
    let group = servers().group_dn("Engineering");
    let shown = as_user(dir.path(), "bob", &["show", &group]);
    let shown = String::from_utf8_lossy(&shown.stdout).into_owned();
    let old = shown
        .lines()
        .find_map(|l| l.strip_prefix("description: "))
        .expect("a description")
        .to_owned();
    let new = unique("Engineering text");

    let dry = as_user(
        dir.path(),
        "bob",
        &[
            "edit",
            &group,
            "--set",
            &format!("description={new}"),
            "--dry-run",
        ],
    );
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&dry.stdout).trim(),
        format!("description: {old} → {new}")
    );
    let again = as_user(dir.path(), "bob", &["show", &group]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains(&format!("description: {old}")),
        "unchanged"
    );

    let edit = as_user(
        dir.path(),
        "bob",
        &["edit", &group, "--set", &format!("description={new}")],
    );
    let out = String::from_utf8_lossy(&edit.stdout);
    assert!(
        edit.status.success(),
        "{}",
        String::from_utf8_lossy(&edit.stderr)
    );
    assert!(out.contains("Changed “Engineering” (group, cn=Engineering,ou=groups,dc=example,dc=test) as Bob Becker"), "{out}");
    assert!(
        out.contains(&format!("description: {old} → {new}")),
        "{out}"
    );
}

#[test]
fn refused_changes_and_injection_attempts_are_plain() {
    let dir = configured();
    let denied = as_user(
        dir.path(),
        "erin",
        &[
            "edit",
            &servers().group_dn("Sales"),
            "--set",
            "description=nope",
        ],
    );
    assert!(!denied.status.success());
    let stderr = String::from_utf8_lossy(&denied.stderr);
    assert!(
        stderr.starts_with("error: Not saved: you do not have permission"),
        "{stderr}"
    );

    let search = as_user(
        dir.path(),
        "alice",
        &["search", "*)(objectClass=*", "--json"],
    );
    assert!(
        search.status.success(),
        "{}",
        String::from_utf8_lossy(&search.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&search.stdout).trim(), "[]");
    let search = as_user(
        dir.path(),
        "alice",
        &["search", "--groups", "Sal", "--json"],
    );
    let found: serde_json::Value = serde_json::from_slice(&search.stdout).expect("json");
    assert_eq!(found[0]["name"], "Sales");
    assert_eq!(found[0]["kind"], "group");
}

/// The queue holds every email in full and the History every old and new
/// value: nobody but their owner may read them, whatever the umask.
#[cfg(unix)]
#[tokio::test]
async fn the_config_and_data_folders_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().expect("tempdir");
    std::fs::set_permissions(parent.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let desk = parent.path().join("desk");
    // However loose the umask: dirdesk sets the modes itself.
    let loose = |args: &[&str], stdin: &str| {
        use std::io::Write;
        let mut child = std::process::Command::new("sh")
            .args(["-c", "umask 000 && exec \"$0\" \"$@\""])
            .arg(env!("CARGO_BIN_EXE_dirdesk"))
            .arg("--config-dir")
            .arg(&desk)
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run dirdesk");
        writeln!(child.stdin.take().expect("stdin"), "{stdin}").expect("stdin");
        child.wait_with_output().expect("output")
    };
    add_store_with(loose);
    let group = crate::support::own_group("bob", &["bob"]).await;
    let text = format!("description={}", unique("Private"));
    let edit = loose(
        &[
            "edit",
            "--store",
            "Test",
            "--user",
            "bob",
            "--password-stdin",
            &group,
            "--set",
            &text,
        ],
        "bob-secret",
    );
    assert!(
        edit.status.success(),
        "{}",
        String::from_utf8_lossy(&edit.stderr)
    );

    let mut seen = Vec::new();
    let mut stack = vec![desk.clone()];
    while let Some(path) = stack.pop() {
        let meta = std::fs::metadata(&path).expect("metadata");
        let mode = meta.permissions().mode() & 0o777;
        if meta.is_dir() {
            assert_eq!(mode, 0o700, "{}", path.display());
            stack.extend(
                std::fs::read_dir(&path)
                    .expect("read dir")
                    .map(|e| e.expect("entry").path()),
            );
        } else {
            assert_eq!(mode, 0o600, "{}", path.display());
        }
        seen.push(path.strip_prefix(&desk).expect("inside").to_owned());
    }
    for expected in [
        "config.toml",
        "data",
        "data/logs/dirdesk.log",
        "data/dirdesk.sqlite3",
    ] {
        assert!(
            seen.iter().any(|p| p == Path::new(expected)),
            "{expected} in {seen:?}"
        );
    }
}
