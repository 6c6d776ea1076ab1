//! `dirdesk db sync-roles`: login roles for the directory people in two
//! groups, members of dirdesk_user or dirdesk_admin, as the groups say now.
//! A role whose person left both groups keeps existing (it may own rows)
//! but loses its membership, so it can no longer read or record anything.

use std::collections::BTreeSet;

use postgres_protocol::escape::escape_identifier;

use super::migrations::{ADMIN_ROLE, USER_ROLE};
use super::{Database, DatabaseError};

/// What a sync changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RoleSync {
    /// Login roles created.
    pub created: Vec<String>,
    /// (login, group role) memberships granted.
    pub granted: Vec<(String, String)>,
    /// (login, group role) memberships taken away.
    pub revoked: Vec<(String, String)>,
    /// (login, group role) memberships another grantor gave, which stay.
    pub kept: Vec<(String, String)>,
    /// Logins PostgreSQL cannot have as role names (too long, reserved).
    pub skipped: Vec<String>,
}

/// Whether `login` can be a role name as it is: PostgreSQL cuts names at
/// 63 bytes and keeps some for itself.
fn usable(login: &str) -> bool {
    !login.is_empty()
        && login.len() <= 63
        && !login.starts_with("pg_")
        && ![
            "public",
            "none",
            "current_user",
            "session_user",
            "current_role",
        ]
        .contains(&login)
}

/// Makes the members of dirdesk_user exactly `users` and those of
/// dirdesk_admin exactly `admins` (login roles only; the group roles' own
/// membership stays), creating login roles that are missing.
pub async fn sync(
    db: &Database,
    users: &BTreeSet<String>,
    admins: &BTreeSet<String>,
) -> Result<RoleSync, DatabaseError> {
    let mut client = db.client().await?;
    let e = |e: tokio_postgres::Error| db.error(&e);
    let tx = client.transaction().await.map_err(e)?;
    // One sync at a time (two would both create a missing role).
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('dirdesk roles'))",
        &[],
    )
    .await
    .map_err(e)?;
    let mut done = RoleSync::default();
    let keep = |set: &BTreeSet<String>, skipped: &mut Vec<String>| -> BTreeSet<String> {
        set.iter()
            .filter(|login| {
                let ok = usable(login);
                if !ok && !skipped.contains(login) {
                    skipped.push((*login).clone());
                }
                ok
            })
            .cloned()
            .collect()
    };
    let users = keep(users, &mut done.skipped);
    let admins = keep(admins, &mut done.skipped);
    let existing: BTreeSet<String> = tx
        .query("SELECT rolname FROM pg_roles", &[])
        .await
        .map_err(e)?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for login in users.union(&admins) {
        if !existing.contains(login) {
            tx.batch_execute(&format!("CREATE ROLE {} LOGIN", escape_identifier(login)))
                .await
                .map_err(e)?;
            done.created.push(login.clone());
        }
    }
    for (group, wanted) in [(USER_ROLE, &users), (ADMIN_ROLE, &admins)] {
        let members: BTreeSet<String> = tx
            .query(
                "SELECT r.rolname FROM pg_auth_members m
                   JOIN pg_roles r ON r.oid = m.member
                   JOIN pg_roles g ON g.oid = m.roleid
                 WHERE g.rolname = $1 AND r.rolcanlogin",
                &[&group],
            )
            .await
            .map_err(e)?
            .iter()
            .map(|r| r.get(0))
            .collect();
        for login in wanted.difference(&members) {
            tx.batch_execute(&format!("GRANT {group} TO {}", escape_identifier(login)))
                .await
                .map_err(e)?;
            done.granted.push((login.clone(), group.to_owned()));
        }
        for login in members.difference(wanted) {
            tx.batch_execute(&format!("REVOKE {group} FROM {}", escape_identifier(login)))
                .await
                .map_err(e)?;
            // PostgreSQL 16 revokes only what this DBA granted.
            let still: bool = tx
                .query_one("SELECT pg_has_role($1, $2, 'MEMBER')", &[login, &group])
                .await
                .map_err(e)?
                .get(0);
            let list = if still {
                &mut done.kept
            } else {
                &mut done.revoked
            };
            list.push((login.clone(), group.to_owned()));
        }
    }
    tx.commit().await.map_err(e)?;
    Ok(done)
}
