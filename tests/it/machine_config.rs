//! The machine-wide configuration on Linux: `$XDG_CONFIG_DIRS/org.dirdesk.Dirdesk/config.toml`
//! pre-adds identity stores for every user of the computer (as Intune, Group
//! Policy, Ansible or an MDM install it). Users see them, cannot remove
//! them, and dirdesk never writes the file.

use crate::support::{run_dirdesk, servers};

fn machine_file(xdg: &std::path::Path, text: &str) -> std::path::PathBuf {
    let dir = xdg.join("org.dirdesk.Dirdesk");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("config.toml");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn stores_installed_for_every_user_are_shown_kept_and_never_written() {
    let s = servers();
    let port = s.ldaps_url.rsplit(':').next().expect("port");
    let xdg = tempfile::tempdir().expect("xdg");
    let user = tempfile::tempdir().expect("user");
    let text = format!(
        r#"schema_version = 1

[[identity_store]]
id = "company-directory"
name = "Company Directory"
type = "generic-ldap"
security = "ldaps"
ca_file = "{ca}"
base_dn = "{base}"
login_attribute = "uid"

[[identity_store.servers]]
host = "127.0.0.1"
port = {port}
"#,
        ca = s.ca_file.display(),
        base = s.base_dn
    );
    let path = machine_file(xdg.path(), &text);
    // Another directory first in the list, without a file: skipped.
    let dirs = format!("/nonexistent-dirdesk-test:{}", xdg.path().display());
    let env = [("XDG_CONFIG_DIRS", dirs.as_str())];
    let run = |args: &[&str]| run_dirdesk(user.path(), args, "", &env);

    let listed = run(&["store", "list"]);
    let stdout = String::from_utf8_lossy(&listed.stdout);
    assert!(
        listed.status.success() && stdout.contains("Company Directory"),
        "{stdout}"
    );

    // Usable like any other: its connection test (anonymous here, so the
    // server hides the base DN) is remembered in the user's own file.
    let tested = run(&["store", "test", "Company Directory"]);
    let said = String::from_utf8_lossy(&tested.stderr);
    assert!(said.contains("Base DN"), "{said}");
    let own = std::fs::read_to_string(user.path().join("config.toml")).expect("user's file");
    assert!(own.contains("last_check"), "{own}");

    // Not removable here.
    let removed = run(&["store", "remove", "Company Directory"]);
    let stderr = String::from_utf8_lossy(&removed.stderr);
    assert!(!removed.status.success(), "removed");
    assert!(
        stderr.contains("for every user of this computer")
            && stderr.contains(&path.display().to_string()),
        "{stderr}"
    );
    let listed = run(&["store", "list"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Company Directory"));
    assert_eq!(
        std::fs::read_to_string(&path).expect("machine file"),
        text,
        "never written"
    );

    // Without the machine file the store stays in the user's file, as an
    // ordinary store that may be removed.
    let alone = run_dirdesk(
        user.path(),
        &["store", "remove", "Company Directory"],
        "",
        &[("XDG_CONFIG_DIRS", "/nonexistent-dirdesk-test")],
    );
    assert!(
        alone.status.success(),
        "{}",
        String::from_utf8_lossy(&alone.stderr)
    );
}

#[test]
fn a_damaged_machine_file_is_named_and_the_users_own_stores_still_work() {
    let xdg = tempfile::tempdir().expect("xdg");
    let user = tempfile::tempdir().expect("user");
    let path = machine_file(xdg.path(), "schema_version = 1\n[[identity_store]\n");
    let dirs = xdg.path().display().to_string();
    let listed = run_dirdesk(
        user.path(),
        &["store", "list"],
        "",
        &[("XDG_CONFIG_DIRS", &dirs)],
    );
    let stderr = String::from_utf8_lossy(&listed.stderr);
    assert!(listed.status.success(), "{stderr}");
    assert!(
        stderr.contains(&path.display().to_string()) && stderr.contains("could not be used"),
        "{stderr}"
    );
}
