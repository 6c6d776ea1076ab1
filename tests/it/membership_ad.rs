//! Joining and leaving a group yourself on the Samba AD domain controller:
//! "Open Club" carries the Self-Membership validated write for
//! Authenticated Users (scripts/samba-ad), Engineering does not. With
//! "Public group owner for membership" on, the group's manager (managedBy)
//! is told of a join and of a leave.

use dirdesk::domain::recipients::Reason;
use dirdesk::environment::Folders;
use dirdesk::services::editing::{self, OwnMembership};
use dirdesk::services::ldap::{ChangeFailure, Session};
use dirdesk::services::notify::Saved;

use crate::support::{active_directory, ad_service_connection, ad_turn, values_of};

fn dn(name: &str) -> String {
    format!("CN={name},CN=Users,{}", active_directory().base_dn)
}

async fn signed_in(login: &str, password: &str) -> Session {
    let mut store = crate::active_directory::store();
    store.notifications.also_notify.public_group_owners = true;
    Session::sign_in(
        &store,
        login,
        password,
        Some(&active_directory().service_password),
    )
    .await
    .unwrap_or_else(|e| panic!("{login} signs in: {e}"))
}

/// Who was told, by address, with why.
fn told(saved: &Saved) -> Vec<(String, Vec<Reason>)> {
    let outcome = saved.outcome.as_ref().expect("notifications planned");
    let mut told: Vec<_> = outcome
        .deliveries
        .iter()
        .map(|d| (d.recipient.clone(), d.reasons.clone()))
        .collect();
    told.sort_by(|a, b| a.0.cmp(&b.0));
    told
}

#[tokio::test]
async fn the_self_membership_ace_lets_a_user_join_and_leave_and_tells_the_manager() {
    let _turn = ad_turn().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let club = dn("Open Club");
    let mut service = ad_service_connection().await;
    let mut bob = signed_in("bob", "Bob-Secret1").await;

    let joined = editing::change_own_membership(&mut bob, &folders, &club, OwnMembership::Join)
        .await
        .result
        .expect("bob joins");
    assert_eq!(joined.record.changes[0].added(), [dn("bob").as_str()]);
    assert!(
        values_of(&mut service, &club, "member")
            .await
            .contains(&dn("bob"))
    );
    assert_eq!(
        told(&joined),
        [
            (
                "alice@example.test".to_owned(),
                vec![Reason::PublicGroupOwner]
            ),
            ("bob@example.test".to_owned(), vec![Reason::LoggedInUser]),
        ]
    );

    let left = editing::change_own_membership(&mut bob, &folders, &club, OwnMembership::Leave)
        .await
        .result
        .expect("bob leaves");
    assert_eq!(left.record.changes[0].removed(), [dn("bob").as_str()]);
    assert!(
        !values_of(&mut service, &club, "member")
            .await
            .contains(&dn("bob"))
    );
    assert_eq!(told(&left), told(&joined));

    // Engineering has no such ACE: Frank may not join it.
    let mut frank = signed_in("ffischer", "Frank-Secret1").await;
    let engineering = dn("Engineering");
    let before = values_of(&mut service, &engineering, "member").await;
    match editing::change_own_membership(&mut frank, &folders, &engineering, OwnMembership::Join)
        .await
        .result
    {
        Err(failure @ ChangeFailure::ClosedGroup { joining: true, .. }) => {
            assert!(
                failure
                    .to_string()
                    .starts_with("This group does not let members join it themselves."),
                "{failure}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        values_of(&mut service, &engineering, "member").await,
        before
    );
}
