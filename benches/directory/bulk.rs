//! Case 4 of `scripts/bench`: a bulk edit as users run it — the `dirdesk`
//! binary, `edit --from mods.ldif`, with the preview reads, planned marks,
//! History and the digest all on — against `ldapmodify -f` of the same file
//! on the same slapd, alternating; then 100,000 changes once, for wall time
//! and peak memory. The split (reading, modifying, recording, telling) is
//! what dirdesk's `--json` summary reports.

use std::path::Path;
use std::process::{Command, Stdio};

use super::report::{Row, Run, measure, shell_words};
use super::{Env, GROUPS, USERS, group_dn, user_dn};

const DIRDESK: &str = "target/release/dirdesk";

/// A config folder with the bench's store, its notifications to the test
/// mail server, "Logged in users for their actions" on and the store's
/// To: list, so every run ends with a digest.
fn configure(env: &Env, config: &Path) {
    let _ = std::fs::remove_dir_all(config);
    let config = config.to_str().expect("utf-8");
    let run = |args: &[&str], stdin: &str| {
        let mut child = Command::new(DIRDESK)
            .arg("--config-dir")
            .arg(config)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("dirdesk");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("stdin");
        assert!(child.wait().expect("dirdesk").success(), "{args:?}");
    };
    let host = format!("127.0.0.1:{}", env.get("LDAPS_PORT"));
    run(
        &[
            "store",
            "add",
            "--name",
            "Bench",
            "--type",
            "ldap",
            "--host",
            &host,
            "--security",
            "ldaps",
            "--ca-file",
            env.get("CA_FILE"),
            "--base-dn",
            super::BASE,
            "--service-account",
            env.get("LDAP_SERVICE_DN"),
            "--service-password-stdin",
        ],
        env.get("LDAP_SERVICE_PASSWORD"),
    );
    run(
        &[
            "notifications",
            "set",
            "--store",
            "Bench",
            "--smtp-server",
            env.get("SMTP_HOST"),
            "--smtp-port",
            env.get("SMTP_STARTTLS_PORT"),
            "--smtp-security",
            "starttls",
            "--smtp-ca-file",
            env.get("CA_FILE"),
            "--smtp-user",
            env.get("SMTP_USER"),
            "--smtp-password-stdin",
            "--from",
            "dirdesk@example.test",
            "--logged-in-users",
            "on",
            "--to",
            "audit@example.test",
        ],
        env.get("SMTP_PASSWORD"),
    );
}

fn ldif(dns: impl Iterator<Item = String>, text: &str) -> String {
    dns.enumerate()
        .map(|(i, dn)| {
            format!(
                "dn: {dn}\nchangetype: modify\nreplace: description\ndescription: {text} {i}\n\n"
            )
        })
        .collect()
}

/// `dirdesk edit --from FILE` as the service account; its `--json` summary
/// becomes the run's lines (`applied`, `reading_ms`, …).
fn dirdesk_edit(env: &Env, config: &Path, file: &Path, out: &Path) -> Run {
    let jsonl = out.join("bulk.jsonl");
    let args = [
        DIRDESK,
        "--config-dir",
        config.to_str().expect("utf-8"),
        "edit",
        "--store",
        "Bench",
        "--user",
        "dirdesk-svc",
        "--password-stdin",
        "--from",
        file.to_str().expect("utf-8"),
        "--json",
    ];
    let mut run = measure(
        "sh",
        &[
            "-c",
            &format!(
                "printf %s {} | {} > {}",
                shell_words(&[env.get("LDAP_SERVICE_PASSWORD")]),
                shell_words(&args),
                shell_words(&[jsonl.to_str().expect("utf-8")])
            ),
        ],
        &[],
    );
    let text = std::fs::read_to_string(&jsonl).expect("dirdesk's output");
    let summary: serde_json::Value =
        serde_json::from_str(text.lines().last().unwrap_or("{}")).expect("the summary line");
    let summary = &summary["summary"];
    run.lines
        .insert("applied".into(), summary["applied"].to_string());
    for part in ["reading", "modifying", "recording", "telling"] {
        run.lines.insert(
            format!("{part}_ms"),
            summary["milliseconds"][part].to_string(),
        );
    }
    let sent = summary["notifications"]
        .as_array()
        .map(|n| n.iter().filter(|d| d["sent"] == true).count())
        .unwrap_or(0);
    run.lines.insert("digests_sent".into(), sent.to_string());
    run
}

fn split_note(runs: &[Run]) -> String {
    let median = |key: &str| {
        let mut values: Vec<f64> = runs
            .iter()
            .filter_map(|r| r.lines.get(key).and_then(|v| v.parse().ok()))
            .collect();
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or(0.0)
    };
    format!(
        "split (medians): reading {:.0} ms, modifying {:.0} ms, recording {:.0} ms, mail {:.0} ms",
        median("reading_ms"),
        median("modifying_ms"),
        median("recording_ms"),
        median("telling_ms")
    )
}

/// Case 4 (alternating with ldapmodify) and 4b (100,000 changes, once).
pub fn rows(env: &Env, rounds: usize, out: &Path, ldapmodify: impl Fn(&Path) -> Run) -> Vec<Row> {
    let config = out.join("bulk-config");
    configure(env, &config);
    let file = out.join("bulk.ldif");
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        std::fs::write(
            &file,
            ldif((0..GROUPS).map(group_dn), &format!("Bulk {round}")),
        )
        .expect("ldif");
        ours.push(dirdesk_edit(env, &config, &file, out));
        std::fs::write(
            &file,
            ldif((0..GROUPS).map(group_dn), &format!("Ref {round}")),
        )
        .expect("ldif");
        theirs.push(ldapmodify(&file));
    }
    for run in &ours {
        assert_eq!(
            run.lines.get("applied").map(String::as_str),
            Some("10000"),
            "case 4: {:?}",
            run.lines
        );
        assert_eq!(
            run.lines.get("digests_sent").map(String::as_str),
            Some("1"),
            "case 4: one digest"
        );
    }
    let note = split_note(&ours);
    let mut rows = vec![Row {
        case: "4. 10,000 description changes: dirdesk edit --from (preview reads, planned marks, History, digest) vs ldapmodify -f".into(),
        ours,
        theirs,
        ours_time: |r| r.wall,
        note,
    }];

    std::fs::write(&file, ldif((0..USERS).map(user_dn), "Big run")).expect("ldif");
    let big = dirdesk_edit(env, &config, &file, out);
    assert_eq!(
        big.lines.get("applied").map(String::as_str),
        Some("100000"),
        "case 4b: {:?}",
        big.lines
    );
    std::fs::write(&file, ldif((0..USERS).map(user_dn), "Big ref")).expect("ldif");
    let reference = ldapmodify(&file);
    let note = split_note(std::slice::from_ref(&big));
    rows.push(Row {
        case: "4b. 100,000 description changes, once".into(),
        ours: vec![big],
        theirs: vec![reference],
        ours_time: |r| r.wall,
        note,
    });
    let _ = std::fs::remove_file(&file);
    rows
}
