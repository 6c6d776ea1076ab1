//! The `store` and `notifications` commands end to end, with the real
//! keychain (Secret Service in the test's D-Bus session) and the test slapd.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use dirdesk::environment::Folders;
use dirdesk::services::config_file::Config;
use dirdesk::services::keychain::{self, Keychain, SecretKind};

use crate::support::{servers, unique};

fn dirdesk(config_dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
        .arg("--config-dir")
        .arg(config_dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dirdesk");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).expect("write stdin");
        input.write_all(b"\n").expect("write stdin");
    }
    drop(input);
    child.wait_with_output().expect("dirdesk output")
}

fn ok(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "stdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Every file under `dir`, read as bytes.
fn all_files(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((path.clone(), std::fs::read(&path).expect("read file")));
            }
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_full_command_line_session_keeps_secrets_in_the_keychain_only() {
    let s = servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path();
    let name = unique("Directory");
    let ldaps_port = s.ldaps_url.rsplit(':').next().expect("port");
    let smtp_secret = unique("smtp-secret");
    let transcript = std::cell::RefCell::new(Vec::new());
    let run = |args: &[&str], stdin: Option<&str>| {
        let output = dirdesk(cfg, args, stdin);
        transcript.borrow_mut().extend_from_slice(&output.stdout);
        transcript.borrow_mut().extend_from_slice(&output.stderr);
        output
    };

    let host = format!("127.0.0.1:{ldaps_port}");
    let ca = s.ca_file.to_str().expect("utf-8");
    ok(&run(
        &[
            "store",
            "add",
            "--name",
            &name,
            "--type",
            "ldap",
            "--host",
            &host,
            "--security",
            "ldaps",
            "--ca-file",
            ca,
            "--base-dn",
            &s.base_dn,
            "--service-account",
            &s.service_dn,
            "--service-password-stdin",
        ],
        Some(&s.service_password),
    ));
    let tested = ok(&run(&["store", "test", &name], None));
    assert!(tested.contains("Healthy"), "{tested}");

    ok(&run(
        &[
            "notifications",
            "set",
            "--store",
            &name,
            "--smtp-server",
            &s.smtp_host,
            "--smtp-port",
            &s.smtp_starttls_port.to_string(),
            "--from",
            "dirdesk@example.test",
            "--smtp-user",
            &s.smtp_user,
            "--smtp-password-stdin",
            "--logged-in-users",
            "on",
            "--to",
            "audit@example.test; it@example.test",
        ],
        Some(&smtp_secret),
    ));
    let shown = ok(&run(&["notifications", "show", "--store", &name], None));
    let line = shown
        .lines()
        .find(|l| l.starts_with("Logged in users for their actions"))
        .expect("the Also Notify line");
    assert!(line.ends_with(" on"), "{shown}");
    let listed = ok(&run(&["store", "list"], None));
    assert!(
        listed.contains(&name) && listed.contains("Healthy"),
        "{listed}"
    );
    ok(&run(&["store", "list", "--json"], None));
    ok(&run(
        &["notifications", "show", "--store", &name, "--json"],
        None,
    ));

    // The secrets are in the real keychain, under the store's id …
    let folders = Folders::portable(cfg);
    let config = Config::load(&folders).expect("config");
    let store = config.store(&name).expect("store");
    assert!(store.notifications.also_notify.logged_in_users);
    let keychain = Keychain::platform().expect("a keychain in the test session");
    assert_eq!(
        keychain::expose(
            &keychain
                .get(&store.id, SecretKind::ServiceAccount)
                .expect("get")
        ),
        Some(s.service_password.as_str())
    );
    assert_eq!(
        keychain::expose(&keychain.get(&store.id, SecretKind::Smtp).expect("get")),
        Some(smtp_secret.as_str())
    );

    // … and nowhere else: not in any file dirdesk wrote, nor in its output.
    let files = all_files(cfg);
    assert!(files.iter().any(|(p, _)| p.ends_with("config.toml")));
    for secret in [s.service_password.as_str(), smtp_secret.as_str()] {
        for (path, bytes) in &files {
            assert!(
                !contains(bytes, secret),
                "a secret is in {}",
                path.display()
            );
        }
        assert!(
            !contains(&transcript.borrow(), secret),
            "a secret was printed"
        );
    }

    // Removing the store removes its secrets.
    ok(&run(&["store", "remove", &name], None));
    assert!(
        keychain
            .get(&store.id, SecretKind::ServiceAccount)
            .expect("get")
            .is_none()
    );
    assert!(
        keychain
            .get(&store.id, SecretKind::Smtp)
            .expect("get")
            .is_none()
    );
}

#[test]
fn bad_input_gets_one_specific_line_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path();
    ok(&dirdesk(
        cfg,
        &[
            "store",
            "add",
            "--name",
            "Lab",
            "--type",
            "ldap",
            "--host",
            "127.0.0.1",
            "--base-dn",
            "dc=lab,dc=test",
        ],
        None,
    ));
    let before = std::fs::read_to_string(cfg.join("config.toml")).expect("config");
    let cases: [(&[&str], &str); 5] = [
        (
            &[
                "store",
                "add",
                "--name",
                "LAB",
                "--host",
                "x.test",
                "--base-dn",
                "dc=x",
            ],
            "already exists",
        ),
        (
            &[
                "store",
                "add",
                "--name",
                "New",
                "--host",
                "x.test",
                "--base-dn",
                "x.test",
            ],
            "Base DN is not valid",
        ),
        (
            &["store", "edit", "Nope", "--base-dn", "dc=x"],
            "no identity store named “Nope”",
        ),
        (
            &[
                "notifications",
                "set",
                "--store",
                "Lab",
                "--to",
                "a@x.test; nope",
            ],
            "Not email addresses: nope",
        ),
        (
            &[
                "notifications",
                "set",
                "--store",
                "Lab",
                "--smtp-server",
                "smtp.x.test",
                "--smtp-security",
                "ssl",
                "--smtp-port",
                "25",
                "--from",
                "a@x.test",
            ],
            "Port 25 does not speak SSL",
        ),
    ];
    for (args, expected) in cases {
        let output = dirdesk(cfg, args, None);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert_eq!(
            std::fs::read_to_string(cfg.join("config.toml")).expect("config"),
            before
        );
    }
}

#[test]
fn without_a_usable_keychain_the_secret_is_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
        .arg("--config-dir")
        .arg(dir.path())
        .args([
            "store",
            "add",
            "--name",
            "Lab",
            "--type",
            "ldap",
            "--host",
            "127.0.0.1",
        ])
        .args([
            "--base-dn",
            "dc=lab,dc=test",
            "--service-account",
            "cn=svc,dc=lab,dc=test",
        ])
        .arg("--service-password-stdin")
        // No session bus: no Secret Service to keep the password in.
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/dirdesk-test-bus",
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dirdesk");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all(b"svc-secret-never-stored\n")
            .expect("write");
    }
    let output = child.wait_with_output().expect("output");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("No usable keychain"), "{stderr}");
    assert!(
        !dir.path().join("config.toml").exists(),
        "the store was not saved"
    );
    for (path, bytes) in all_files(dir.path()) {
        assert!(
            !contains(&bytes, "svc-secret-never-stored"),
            "{}",
            path.display()
        );
    }
}

/// A mail server without encryption gets no password unless the admin chose
/// to send it that way — and an older settings file that names none is
/// refused before anything connects.
#[test]
fn smtp_authentication_without_encryption_needs_an_explicit_choice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path();
    let smtp = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = smtp.local_addr().expect("addr").port().to_string();
    ok(&dirdesk(
        cfg,
        &[
            "store",
            "add",
            "--name",
            "Lab",
            "--type",
            "ldap",
            "--host",
            "127.0.0.1",
            "--base-dn",
            "dc=lab,dc=test",
        ],
        None,
    ));
    let set = |extra: &[&str]| {
        let mut args = vec![
            "notifications",
            "set",
            "--store",
            "Lab",
            "--smtp-server",
            "127.0.0.1",
            "--smtp-port",
            &port,
            "--smtp-security",
            "none",
            "--from",
            "dirdesk@lab.test",
            "--smtp-user",
            "mailer",
            "--smtp-password-stdin",
            "--logged-in-users",
            "on",
        ];
        args.extend(extra);
        dirdesk(cfg, &args, Some("mailer-secret"))
    };
    let refused = set(&[]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("Without encryption the SMTP password would cross the network"),
        "{stderr}"
    );
    let shown = ok(&dirdesk(
        cfg,
        &["notifications", "show", "--store", "Lab"],
        None,
    ));
    assert!(!shown.contains(&port), "nothing was saved: {shown}");

    let allowed = set(&["--allow-unencrypted-auth", "on"]);
    ok(&allowed);
    assert!(
        String::from_utf8_lossy(&allowed.stderr).contains("crosses the network readable"),
        "the admin is warned"
    );

    // A settings file from before the choice existed: authentication over
    // "none" and no permission.
    let path = cfg.join("config.toml");
    let text = std::fs::read_to_string(&path).expect("config");
    assert!(
        text.contains("allow_unencrypted_authentication = true"),
        "{text}"
    );
    std::fs::write(
        &path,
        text.replace("allow_unencrypted_authentication = true\n", ""),
    )
    .expect("write");
    let test = dirdesk(
        cfg,
        &[
            "notifications",
            "test",
            "--store",
            "Lab",
            "--to",
            "it@lab.test",
        ],
        None,
    );
    assert!(!test.status.success());
    let stderr = String::from_utf8_lossy(&test.stderr);
    assert!(
        stderr.contains(&format!(
            "Not sent: 127.0.0.1:{port} would have received the SMTP password without encryption"
        )),
        "{stderr}"
    );
    // The command has ended: a connection it made would be waiting here.
    smtp.set_nonblocking(true).expect("nonblocking");
    assert_eq!(
        smtp.accept().map(|_| ()).map_err(|e| e.kind()),
        Err(std::io::ErrorKind::WouldBlock),
        "nothing connected to the mail server"
    );
}
