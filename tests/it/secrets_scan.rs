//! After a session that touches every command, a crash and the usual errors,
//! no password appears anywhere dirdesk writes: the config folder, the data
//! folder (queue database with the raw emails, logs, damaged-file copies),
//! its output and crash output, and every email the mail server received.
//! Passwords are looked for as typed and base64-encoded (as SMTP AUTH and
//! MIME bodies would carry them).

use std::path::Path;
use std::process::Output;

use base64::Engine as _;

use crate::notifications_e2e::Setup;
use crate::support::{own_group, servers, unique};

/// Every file below `dir`, with its path.
pub(crate) fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path.display().to_string(), bytes));
        }
    }
    out
}

pub(crate) fn forms(secret: &str) -> Vec<Vec<u8>> {
    let b64 = base64::engine::general_purpose::STANDARD;
    vec![
        secret.as_bytes().to_vec(),
        b64.encode(secret).into_bytes(),
        b64.encode(format!("\0mailer\0{secret}")).into_bytes(),
    ]
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread")]
async fn no_password_is_left_anywhere_after_a_full_session() {
    let s = servers();
    let setup = Setup::new(true);
    let group = own_group("alice", &["alice"]).await;
    let mut outputs: Vec<(String, Output)> = Vec::new();
    let mut run = |name: &str, args: &[&str], stdin: &str, env: &[(&str, &str)]| {
        outputs.push((name.to_owned(), setup.run_env(args, stdin, env)));
    };
    run("store list", &["store", "list"], "", &[]);
    run("store test", &["store", "test", "Corp"], "", &[]);
    run(
        "notifications show",
        &["notifications", "show", "--store", "Corp", "--json"],
        "",
        &[],
    );
    run(
        "notifications test",
        &[
            "notifications",
            "test",
            "--store",
            "Corp",
            "--to",
            "secrets-scan@example.test",
        ],
        "",
        &[],
    );
    let sign_in = ["--store", "Corp", "--user", "alice", "--password-stdin"];
    run(
        "search",
        &[&["search"][..], &sign_in].concat(),
        "alice-secret",
        &[],
    );
    run(
        "show",
        &[&["show"][..], &sign_in, &[&group]].concat(),
        "alice-secret",
        &[],
    );
    let edit = |text: &str| {
        [&["edit"][..], &sign_in, &[&group, "--set"]]
            .concat()
            .into_iter()
            .map(str::to_owned)
            .chain([format!("description={text}")])
            .collect::<Vec<String>>()
    };
    let args = edit(&unique("secrets scan"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run("edit", &args, "alice-secret", &[]);
    run("edit, wrong password", &args, "not-alices-password", &[]);
    let args = edit(&unique("secrets scan crash"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(
        "edit, crash",
        &args,
        "alice-secret",
        &[
            ("DIRDESK_FAULT", "after-queue:panic"),
            ("RUST_BACKTRACE", "full"),
            ("DIRDESK_LOG", "trace"),
        ],
    );
    run(
        "queue send",
        &["queue", "send", "--all"],
        "",
        &[("DIRDESK_LOG", "trace")],
    );
    run("queue list", &["queue", "list", "--all"], "", &[]);
    run("history", &["history", "--json"], "", &[]);
    // A damaged config is kept aside: it must not hold a password either.
    let config = setup.dir.path().join("config.toml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(&config, format!("{text}\n[[[ damaged")).expect("damage");
    run("store list, damaged config", &["store", "list"], "", &[]);
    std::fs::write(&config, text).expect("repair");

    let secrets = [
        s.service_password.as_str(),
        s.smtp_password.as_str(),
        "alice-secret",
        "not-alices-password",
    ];
    let mut places: Vec<(String, Vec<u8>)> = files(setup.dir.path());
    assert!(
        places.iter().any(|(p, _)| p.ends_with("dirdesk.sqlite3")),
        "the scan sees the queue database: {:?}",
        places.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    assert!(
        places.iter().any(|(p, _)| p.contains("logs")),
        "and the log"
    );
    // The scan looked at everything there was to see: a crash that printed
    // its whole backtrace, and a log that holds trace lines.
    let (_, crash) = outputs
        .iter()
        .find(|(name, _)| name == "edit, crash")
        .expect("the crash run");
    let crash_stderr = String::from_utf8_lossy(&crash.stderr);
    assert!(
        crash_stderr.contains("injected fault at after-queue")
            && crash_stderr.contains("stack backtrace"),
        "a real panic with its backtrace: {crash_stderr}"
    );
    assert!(
        places
            .iter()
            .any(|(p, bytes)| p.contains("logs") && contains(bytes, b" TRACE ")),
        "the log holds trace lines"
    );
    for (name, output) in &outputs {
        places.push((format!("{name}: stdout"), output.stdout.clone()));
        places.push((format!("{name}: stderr"), output.stderr.clone()));
    }
    for mail in s.captured_mail() {
        places.push((
            format!("mail to {:?}", mail.rcpt_tos),
            mail.data.into_bytes(),
        ));
    }
    for secret in secrets {
        for form in forms(secret) {
            for (place, bytes) in &places {
                assert!(
                    !contains(bytes, &form),
                    "a password ({secret}) is in {place}"
                );
            }
        }
    }
}
