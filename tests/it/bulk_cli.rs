//! `dirdesk edit --from FILE` and `--groups TEXT` as a power user runs
//! them on the test slapd: a broken file changes nothing and names every
//! problem's line; an LDIF file and a CSV sheet are applied with their
//! History entries and one digest email; a group the user does not own is
//! refused with the directory's reason while the others apply; the same
//! file again changes, records and sends nothing.

use std::time::Duration;

use base64::Engine;

use crate::notifications_e2e::{Setup, stdout};
use crate::support::{current_description, own_group, servers, unique};

fn edit(setup: &Setup, uid: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["edit", "--store", "Corp", "--user", uid, "--password-stdin"];
    args.extend(extra);
    setup.run(&args, &format!("{uid}-secret"))
}

fn file(setup: &Setup, name: &str, text: &str) -> String {
    let path = setup.dir.path().join(name);
    std::fs::write(&path, text).expect("write file");
    path.to_str().expect("utf-8").to_owned()
}

fn json_rows(output: &std::process::Output) -> Vec<serde_json::Value> {
    stdout(output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[tokio::test]
async fn a_file_of_changes_is_applied_with_its_history_and_one_digest_and_a_broken_one_changes_nothing()
 {
    let setup = Setup::new(true);
    let g1 = own_group("alice", &["alice"]).await;
    let g2 = own_group("alice", &["alice"]).await;
    let g3 = own_group("alice", &["alice"]).await;
    let bobs = own_group("bob", &["bob"]).await;
    let bob = servers().person_dn("bob");
    let text = unique("Bulk");
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);

    // A broken file: every problem with its line, and nothing changed.
    let broken = format!(
        "dn: {g1}\nchangetype: modify\nreplace: description\ndescription: {text}\n-\n\n\
         dn: {g2}\nchangetype: add\nobjectClass: groupOfNames\n\n\
         dn: {g3}\nchangetype: modify\nreplace: description\ndescription:: not*base64\n-\n"
    );
    let path = file(&setup, "broken.ldif", &broken);
    let output = edit(&setup, "alice", &["--from", &path]);
    assert!(!output.status.success());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("line 8: changetype: add") && err.contains("line 14: the base64 value"),
        "{err}"
    );
    assert_eq!(
        current_description(&g1).await.as_deref(),
        Some("First description")
    );

    // LDIF as ldapmodify reads it: comments, a folded line, base64 values
    // and DNs; one record on a group alice does not own.
    let folded = format!("{text} folded value");
    let (head, tail) = folded.split_at(10);
    let ldif = format!(
        "version: 1\n# the reorganisation\ndn: {g1}\nchangetype: modify\nreplace: description\ndescription: {head}\n {tail}\n-\n\n\
         dn:: {dn2}\nchangetype: modify\nreplace: description\ndescription:: {v2}\n-\n\n\
         dn: {g3}\nchangetype: modify\nadd: member\nmember: {bob}\n-\n\n\
         dn: {bobs}\nchangetype: modify\nreplace: description\ndescription: {text} not mine\n-\n",
        dn2 = b64(&g2),
        v2 = b64(&format!("Überarbeitet {text}")),
    );
    let path = file(&setup, "mods.ldif", &ldif);
    let output = edit(&setup, "alice", &["--from", &path, "--json"]);
    assert_eq!(
        output.status.code(),
        Some(3),
        "some changes were not applied"
    );
    let rows = json_rows(&output);
    let outcomes: Vec<&str> = rows[..4]
        .iter()
        .map(|r| r["outcome"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(outcomes, ["applied", "applied", "applied", "refused"]);
    assert!(
        rows[3]["reason"]
            .as_str()
            .unwrap_or("")
            .to_lowercase()
            .contains("access"),
        "{}",
        rows[3]
    );
    assert_eq!(
        rows[1]["changes"][0]["new"][0],
        format!("Überarbeitet {text}")
    );
    assert_eq!(rows[4]["summary"]["applied"], 3);
    assert_eq!(
        current_description(&g1).await.as_deref(),
        Some(folded.as_str())
    );
    assert_eq!(
        current_description(&bobs).await.as_deref(),
        Some("First description")
    );

    // History: the three, told in one email to alice.
    let queue = setup.queue();
    let entries = queue.history(None, None).expect("history");
    assert_eq!(entries.len(), 3);
    let ids: Vec<&str> = entries
        .iter()
        .map(|e| e.notifications[0].message_id.as_str())
        .collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "one digest: {ids:?}");
    let id = ids[0].trim_matches(['<', '>']).to_owned();
    let mail = servers().wait_for_mail(Duration::from_secs(10), |m| m.data.contains(&id));
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].rcpt_tos, ["alice@example.test"]);
    assert!(
        mail[0].data.contains("Changes you made in Corp: 3"),
        "{}",
        mail[0].data
    );

    // A CSV sheet as a spreadsheet saves it: BOM, ';', a quoted value with
    // a line break, the clear marker.
    let csv =
        format!("\u{feff}dn;description\n\"{g1}\";\"{text} line one\nline two\"\n{g2};-\n{g3};\n");
    let path = file(&setup, "sheet.csv", &csv);
    let output = edit(&setup, "alice", &["--from", &path, "--clear-marker", "-"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out = stdout(&output);
    assert!(
        out.contains("line 2: ") && out.contains("Applied: 2;"),
        "{out}"
    );
    assert_eq!(
        current_description(&g1).await.as_deref(),
        Some(format!("{text} line one\nline two").as_str())
    );
    assert_eq!(current_description(&g2).await, None, "cleared");
    assert_eq!(queue.history(None, None).expect("history").len(), 5);

    // The same sheet again: nothing to change, nothing recorded or sent.
    let emails = queue
        .list(dirdesk::services::notification_queue::Filter::All)
        .expect("list")
        .len();
    let output = edit(&setup, "alice", &["--from", &path, "--clear-marker", "-"]);
    assert!(output.status.success());
    assert!(
        stdout(&output).contains("Applied: 0; nothing to change: 2;"),
        "{}",
        stdout(&output)
    );
    assert_eq!(queue.history(None, None).expect("history").len(), 5);
    assert_eq!(
        queue
            .list(dirdesk::services::notification_queue::Filter::All)
            .expect("list")
            .len(),
        emails
    );
}

#[tokio::test]
async fn groups_found_by_name_get_one_edit_and_a_dry_run_changes_nothing() {
    let setup = Setup::new(false);
    let name = unique("Wave");
    let dirs = crate::directories::slapd();
    let a = dirs
        .own_group_named(&format!("{name} A"), "alice", &["alice"])
        .await;
    let b = dirs
        .own_group_named(&format!("{name} B"), "alice", &["alice"])
        .await;
    let text = unique("Same for all");
    let set = format!("description={text}");
    let output = edit(
        &setup,
        "alice",
        &["--groups", &name, "--set", &set, "--dry-run"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out = stdout(&output);
    assert!(
        out.contains(&format!("description: First description → {text}")),
        "{out}"
    );
    assert_eq!(
        current_description(&a).await.as_deref(),
        Some("First description")
    );

    let output = edit(&setup, "alice", &["--groups", &name, "--set", &set]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for dn in [&a, &b] {
        assert_eq!(
            current_description(dn).await.as_deref(),
            Some(text.as_str())
        );
    }
    let filter = format!("(&(objectClass=groupOfNames)(cn={name}*))");
    let output = edit(
        &setup,
        "alice",
        &[
            "--filter",
            &filter,
            "--add",
            "member=uid=bob,ou=people,dc=example,dc=test",
            "--json",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows = json_rows(&output);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[2]["summary"]["applied"], 2);
    let bob = servers().person_dn("bob");
    let mut ldap = crate::support::service_connection().await;
    for dn in [&a, &b] {
        let members = crate::support::values_of(&mut ldap, dn, "member").await;
        assert!(members.contains(&bob), "{dn}: {members:?}");
    }
}
