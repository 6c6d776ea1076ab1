//! A bulk edit on the Samba AD domain controller: one CSV sheet gives
//! three groups new managers (`managedBy`, a DN-valued attribute), previewed
//! old → new, applied with its History entries and one digest; the same kind
//! of sheet from a manager whose ACE covers only members and description is
//! refused with the directory's reason, and changes nothing.

use std::sync::atomic::AtomicBool;

use dirdesk::domain::bulk::parse_csv;
use dirdesk::environment::Folders;
use dirdesk::services::bulk::{Previewed, RowOutcome, apply, preview};
use dirdesk::services::ldap::Session;
use dirdesk::services::notification_queue::NotificationQueue;

use crate::active_directory::{sign_in, store};
use crate::support::{active_directory, ad_service_connection, ad_turn, unique, values_of};

/// A connection bound as the domain's Administrator, who may add groups.
async fn administrator_connection() -> ldap3::Ldap {
    crate::support::ad_connection_as("Administrator@example.test", "Admin-Passw0rd!").await
}

fn user(name: &str) -> String {
    format!("CN={name},CN=Users,{}", active_directory().base_dn)
}

#[tokio::test]
async fn a_csv_sheet_of_new_managers_is_previewed_and_applied_on_ad() {
    let _turn = ad_turn().await;
    let mut admin_ldap = administrator_connection().await;
    let mut groups = Vec::new();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros() % 0xffff_ffff)
        .unwrap_or_default();
    for i in 0..3 {
        let name = unique("Bulk AD");
        // At most 20 characters, unique in the domain.
        let account = format!("bulk{stamp:x}{i}");
        let dn = format!("CN={name},CN=Users,{}", active_directory().base_dn);
        let manager = user("alice");
        admin_ldap
            .add(
                &dn,
                vec![
                    ("objectClass", ["group"].into()),
                    ("sAMAccountName", [account.as_str()].into()),
                    ("managedBy", [manager.as_str()].into()),
                ],
            )
            .await
            .expect("add")
            .success()
            .expect("group added");
        groups.push(dn);
    }
    let new_managers = ["bob", "carol", "erin"];
    let csv = std::iter::once("dn;managedBy".to_owned())
        .chain(
            groups
                .iter()
                .zip(new_managers)
                .map(|(dn, m)| format!("\"{dn}\";\"{}\"", user(m))),
        )
        .collect::<Vec<_>>()
        .join("\r\n");
    let changes = parse_csv(&csv, None).expect("a good sheet");

    // A manager whose ACE covers members and description only: refused.
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut alice = sign_in("alice").await;
    let mut rows = Vec::new();
    apply(
        &mut alice,
        &folders,
        changes.clone(),
        4,
        &AtomicBool::new(false),
        |row| rows.push(row),
    )
    .await
    .expect("ran");
    for row in &rows {
        match &row.outcome {
            RowOutcome::Refused(reason) => {
                assert!(reason.to_lowercase().contains("access"), "{reason}")
            }
            other => panic!("{}: {other:?}", row.dn),
        }
    }
    let mut service = ad_service_connection().await;
    assert_eq!(
        values_of(&mut service, &groups[0], "managedBy").await,
        [user("alice")]
    );

    // The Administrator: previewed old → new, then applied.
    let mut admin = Session::sign_in(
        &store(),
        "Administrator",
        "Admin-Passw0rd!",
        Some(&active_directory().service_password),
    )
    .await
    .expect("administrator");
    let previewed = preview(&mut admin, &changes, 4).await.expect("previewed");
    match &previewed[1].outcome {
        Previewed::Changes {
            before,
            modifications,
        } => {
            assert_eq!(before.texts("managedBy"), [user("alice")]);
            assert_eq!(modifications[0].add, [user("carol")]);
        }
        other => panic!("{other:?}"),
    }
    let mut rows = Vec::new();
    let report = dirdesk::services::bulk::apply_previewed(
        &mut admin,
        &folders,
        &previewed,
        4,
        &AtomicBool::new(false),
        |row| rows.push(row),
    )
    .await
    .expect("ran");
    assert!(
        rows.iter()
            .all(|r| matches!(r.outcome, RowOutcome::Applied(_))),
        "{rows:?}"
    );
    for (dn, manager) in groups.iter().zip(new_managers) {
        assert_eq!(
            values_of(&mut service, dn, "managedBy").await,
            [user(manager)]
        );
    }
    let history = NotificationQueue::open(&folders)
        .expect("queue")
        .history(None, None)
        .expect("history");
    assert_eq!(
        history.len(),
        3,
        "the Administrator's three, none of alice's"
    );
    let told = report.told.expect("told").expect("queued");
    assert_eq!(told.changes, 3, "one digest tells about the three");
}
