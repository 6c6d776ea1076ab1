//! Published stores on Active Directory (Samba AD DC): the admin's desk
//! publishes a `serviceConnectionPoint` with dirdesk's keyword, a desk with
//! no service account follows it from its next change, mail goes out
//! authenticated as the person themselves (their UPN), the directory's
//! access control decides who may change it, and unpublishing leaves the
//! followers their last copy, said plainly. The stores are based at
//! CN=Users, where the service account may create the entry, so no other
//! test's store (based at the domain) follows it.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use dirdesk::domain::published_settings::PublishedSettings;
use dirdesk::environment::Folders;

use crate::published_stores::{desk, failed, ok};
use crate::support::{active_directory, ad_turn, assert_no_email_about, servers, unique};

fn base() -> String {
    format!("CN=Users,{}", active_directory().base_dn)
}

fn add_ad_store(dir: &Path, extra: &[&str], stdin: &str) -> Output {
    let ad = active_directory();
    let host = format!("127.0.0.1:{}", ad.ldaps_port);
    let ca = ad.ca_file.to_str().expect("utf-8");
    let base = base();
    let mut args = vec![
        "store",
        "add",
        "--name",
        "Corp",
        "--type",
        "ad",
        "--host",
        &host,
        "--security",
        "ldaps",
        "--ca-file",
        ca,
        "--base-dn",
        &base,
    ];
    args.extend_from_slice(extra);
    desk(dir, &args, stdin)
}

/// The entry's attributes, read as the service account (as ldapsearch shows them).
async fn entry(dn: &str) -> Option<std::collections::HashMap<String, Vec<String>>> {
    let mut ldap = crate::support::ad_service_connection().await;
    let (entries, _) = ldap
        .search(dn, ldap3::Scope::Base, "(objectClass=*)", vec!["*"])
        .await
        .ok()?
        .success()
        .ok()?;
    Some(ldap3::SearchEntry::construct(entries.into_iter().next()?).attrs)
}

fn edit_as_alice(dir: &Path, description: &str) -> Output {
    let group = format!("CN=Marketing,{}", base());
    let set = format!("description={description}");
    desk(
        dir,
        &[
            "edit",
            "--store",
            "Corp",
            "--user",
            "alice@example.test",
            "--password-stdin",
            &group,
            "--set",
            &set,
        ],
        "Alice-Secret1",
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn an_ad_desk_without_the_service_account_follows_the_service_connection_point() {
    let _turn = ad_turn().await;
    let ad = active_directory();
    let s = servers();
    let (a, b) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    let smtp_port = s.smtp_starttls_port.to_string();
    let smtp_ca = s.ca_file.to_str().expect("utf-8");
    ok(&add_ad_store(
        a.path(),
        &[
            "--service-account",
            &ad.service_account,
            "--service-password-stdin",
        ],
        &ad.service_password,
    ));
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
            "--smtp-ca-file",
            smtp_ca,
            "--from",
            "dirdesk@example.test",
            "--smtp-auth",
            "signed-in-user",
            "--logged-in-users",
            "on",
        ],
        "",
    ));
    let dn = format!("CN=dirdesk,{}", base());
    let published = ok(&desk(a.path(), &["store", "publish", "Corp"], ""));
    assert!(published.contains(&dn), "{published}");

    // A service connection point with dirdesk's keyword, and no secret.
    let attrs = entry(&dn).await.expect("the published entry");
    let classes = &attrs["objectClass"];
    assert!(
        classes.iter().any(|c| c == "serviceConnectionPoint"),
        "{classes:?}"
    );
    assert_eq!(attrs["keywords"], vec!["org.dirdesk.Dirdesk".to_owned()]);
    let text = attrs["serviceBindingInformation"][0].clone();
    for private in [
        ad.service_password.as_str(),
        "Alice-Secret1",
        s.smtp_password.as_str(),
        a.path().to_str().expect("utf-8"),
    ] {
        assert!(!text.contains(private), "{private} published: {text}");
    }

    // Desk B: host, security, CA and base DN only.
    ok(&add_ad_store(b.path(), &[], ""));
    let marker = unique("AD followed");
    ok(&edit_as_alice(b.path(), &marker));
    let mail = s.wait_for_mail(Duration::from_secs(20), |m| m.data.contains(&marker));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0].rcpt_tos, vec!["alice@example.test".to_owned()]);
    assert_eq!(mail[0].auth_user.as_deref(), Some("alice@example.test"));

    // Off on desk A: nothing from desk B's next change.
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
    let quiet = unique("AD quiet");
    ok(&edit_as_alice(b.path(), &quiet));
    assert_no_email_about(&Folders::portable(b.path()), &quiet);

    // Alice may read the entry but not write it: AD's words.
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
            "alice@example.test",
            "--password-stdin",
        ],
        "Alice-Secret1",
    ));
    assert!(
        refused.contains("does not let this account change the published settings")
            && refused.contains("00002098"),
        "{refused}"
    );
    let now = entry(&dn).await.expect("entry");
    let now = PublishedSettings::decode(&now["serviceBindingInformation"][0]).expect("settings");
    assert!(!now.notifications.also_notify.logged_in_users);

    // On again, and desk B reads it with its next change.
    ok(&desk(
        a.path(),
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--logged-in-users",
            "on",
        ],
        "",
    ));
    let on = unique("AD on again");
    ok(&edit_as_alice(b.path(), &on));
    assert_eq!(
        s.wait_for_mail(Duration::from_secs(20), |m| m.data.contains(&on))
            .len(),
        1
    );

    // Unpublished, and desk B's file switched off by hand: desk B is told,
    // and the policy it last read still holds.
    ok(&desk(a.path(), &["store", "unpublish", "Corp"], ""));
    assert!(entry(&dn).await.is_none(), "the entry is gone");
    let path = b.path().join("config.toml");
    let edited = std::fs::read_to_string(&path)
        .expect("config")
        // The store's own settings (the first), not the copy of what was
        // published (later in the file).
        .replacen("logged_in_users = true", "logged_in_users = false", 1);
    std::fs::write(&path, edited).expect("hand edit");
    let after = unique("AD after");
    let output = edit_as_alice(b.path(), &after);
    let warning = String::from_utf8_lossy(&output.stderr).into_owned();
    ok(&output);
    assert!(
        warning.contains("Nothing is published") && warning.contains("keeps following the copy"),
        "{warning}"
    );
    let mail = s.wait_for_mail(Duration::from_secs(20), |m| m.data.contains(&after));
    assert_eq!(mail.len(), 1, "the last copy read holds: {mail:?}");
}
