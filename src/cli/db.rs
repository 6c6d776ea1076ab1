//! `dirdesk db init | migrate | check | sync-roles`: the DBA's commands for
//! a store's shared database, signed in as `edit` does (the DBA is a
//! directory person; PostgreSQL checks the same password).

use std::collections::BTreeSet;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::directory::{SignInArgs, sign_in};
use super::{Failure, runtime};
use crate::domain::retention::Keep;
use crate::environment::Folders;
use crate::fl;
use crate::services::ldap::Session;
use crate::services::storage::postgres::queue::SharedQueue;
use crate::services::storage::postgres::{self, Database, migrations, roles};

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Creates the group roles and the schema (safe to run again).
    Init(DbArgs),
    /// Brings the schema up to this dirdesk's version.
    Migrate(DbArgs),
    /// Tells the schema's version and whether its protections hold.
    Check(DbArgs),
    /// Login roles for the people in two directory groups.
    SyncRoles(SyncRolesArgs),
    /// How long the History is kept: tells it, or (an admin) chooses it.
    Retention(RetentionArgs),
}

#[derive(Debug, Args)]
pub struct RetentionArgs {
    #[command(flatten)]
    sign_in: SignInArgs,
    /// 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years or all.
    #[arg(long, value_name = "CHOICE", value_parser = |s: &str| s.parse::<Keep>())]
    keep: Option<Keep>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct DbArgs {
    #[command(flatten)]
    sign_in: SignInArgs,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct SyncRolesArgs {
    #[command(flatten)]
    sign_in: SignInArgs,
    /// The group whose members may record changes and read their own.
    #[arg(long, value_name = "DN")]
    users_group: String,
    /// The group whose members read everyone's History and queue.
    #[arg(long, value_name = "DN")]
    admins_group: String,
    #[arg(long)]
    json: bool,
}

pub fn run(command: DbCommand, folders: &Folders) -> Result<ExitCode, Failure> {
    let rt = runtime()?;
    let (sign_in_args, json) = match &command {
        DbCommand::Init(a) | DbCommand::Migrate(a) | DbCommand::Check(a) => (&a.sign_in, a.json),
        DbCommand::SyncRoles(a) => (&a.sign_in, a.json),
        DbCommand::Retention(a) => (&a.sign_in, a.json),
    };
    let mut session = sign_in(sign_in_args, folders, &rt)?;
    let result = rt.block_on(async {
        let db = connect(&session).await?;
        match &command {
            DbCommand::Init(_) => migrated(migrations::init(&db).await?, json),
            DbCommand::Migrate(_) => migrated(migrations::migrate(&db).await?, json),
            DbCommand::Check(_) => checked(migrations::check(&db).await?, json),
            DbCommand::SyncRoles(args) => {
                let users = logins_in(&mut session, &args.users_group).await?;
                let admins = logins_in(&mut session, &args.admins_group).await?;
                synced(roles::sync(&db, &users, &admins).await?, json)
            }
            DbCommand::Retention(args) => {
                let queue = SharedQueue::open(db, session.store().shared_key()).await?;
                retention(&queue, args.keep, json).await
            }
        }
    });
    rt.block_on(session.sign_out());
    result
}

/// Tells how long the History is kept, after choosing `keep` when given.
async fn retention(
    queue: &SharedQueue,
    keep: Option<Keep>,
    json: bool,
) -> Result<ExitCode, Failure> {
    let removed = match keep {
        Some(keep) => Some(queue.choose_retention(keep).await?),
        None => None,
    };
    let now = queue.retention().await?;
    if json {
        let mut value = serde_json::to_value(&now)?;
        value["removed"] = serde_json::json!(removed);
        println!("{value}");
        return Ok(ExitCode::SUCCESS);
    }
    let kept = now.keep.map_or_else(|| fl!("keep-other"), Keep::label);
    match (&now.chosen_by, now.chosen_at) {
        (Some(who), Some(at)) => println!(
            "{}",
            fl!(
                "cli-db-retention",
                keep = kept,
                who = who.as_str(),
                at = crate::i18n::date_time(at)
            )
        ),
        _ => println!("{}", fl!("cli-db-retention-unchosen")),
    }
    if let Some(removed) = removed {
        println!("{}", fl!("cli-db-retention-removed", count = removed));
    }
    Ok(ExitCode::SUCCESS)
}

/// The signed-in person's pool on the store's shared database.
pub(super) async fn connect(session: &Session) -> Result<Database, Failure> {
    let store = session.store();
    let Some(database) = &store.database else {
        return Err(Failure(fl!(
            "cli-db-no-database",
            name = store.name.as_str()
        )));
    };
    let Some((login, password)) = session.database_credentials() else {
        return Err(Failure(fl!("cli-db-needs-password")));
    };
    Ok(Database::connect(database, &login, &password).await?)
}

fn migrated(applied: Vec<(i32, &str)>, json: bool) -> Result<ExitCode, Failure> {
    if json {
        let list: Vec<_> = applied
            .iter()
            .map(|(version, name)| serde_json::json!({ "version": version, "name": name }))
            .collect();
        println!(
            "{}",
            serde_json::json!({ "applied": list, "version": postgres::LATEST_VERSION })
        );
    } else if applied.is_empty() {
        println!(
            "{}",
            fl!(
                "cli-db-up-to-date",
                version = postgres::LATEST_VERSION.to_string()
            )
        );
    } else {
        for (version, name) in applied {
            println!(
                "{}",
                fl!("cli-db-applied", version = version.to_string(), name = name)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn checked(check: postgres::Check, json: bool) -> Result<ExitCode, Failure> {
    let problems = check.problems();
    if json {
        let mut value = serde_json::to_value(&check)?;
        value["problems"] = serde_json::json!(problems);
        println!("{value}");
    } else {
        println!(
            "{}",
            fl!(
                "cli-db-version",
                version = check.version.to_string(),
                latest = check.latest.to_string()
            )
        );
        let roles = if check.my_roles.is_empty() {
            fl!("cli-db-no-roles")
        } else {
            check.my_roles.join(", ")
        };
        println!("{}", fl!("cli-db-my-roles", roles = roles));
        for problem in &problems {
            println!("{}", fl!("cli-db-problem", problem = problem.as_str()));
        }
        if problems.is_empty() {
            println!("{}", fl!("cli-db-all-well"));
        }
    }
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn synced(done: roles::RoleSync, json: bool) -> Result<ExitCode, Failure> {
    if json {
        println!("{}", serde_json::to_string(&done)?);
        return Ok(ExitCode::SUCCESS);
    }
    for login in &done.created {
        println!("{}", fl!("cli-db-role-created", login = login.as_str()));
    }
    for (login, role) in &done.granted {
        println!(
            "{}",
            fl!(
                "cli-db-role-granted",
                login = login.as_str(),
                role = role.as_str()
            )
        );
    }
    for (login, role) in &done.revoked {
        println!(
            "{}",
            fl!(
                "cli-db-role-revoked",
                login = login.as_str(),
                role = role.as_str()
            )
        );
    }
    for (login, role) in &done.kept {
        println!(
            "{}",
            fl!(
                "cli-db-role-kept",
                login = login.as_str(),
                role = role.as_str()
            )
        );
    }
    for login in &done.skipped {
        println!("{}", fl!("cli-db-role-skipped", login = login.as_str()));
    }
    if done == roles::RoleSync::default() {
        println!("{}", fl!("cli-db-roles-as-they-were"));
    }
    Ok(ExitCode::SUCCESS)
}

/// The logins (the store's login attribute, in lower case) of the people in
/// `group`, through nested groups too. A member that cannot be read, or a
/// group that reads as empty, stops the sync before anything changes: it
/// would take those people's access away.
async fn logins_in(session: &mut Session, group: &str) -> Result<BTreeSet<String>, Failure> {
    let login_attribute = session.store().login_attribute.clone();
    let mut logins = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut groups = vec![group.to_owned()];
    while let Some(dn) = groups.pop() {
        if !seen.insert(dn.to_lowercase()) {
            continue;
        }
        let entry = session.read(&dn).await?;
        let members: Vec<String> = ["member", "uniqueMember"]
            .iter()
            .flat_map(|a| entry.texts(a))
            .map(str::to_owned)
            .collect();
        let dns: Vec<&str> = members.iter().map(String::as_str).collect();
        let read = session.read_many(&dns, &[&login_attribute], 8).await;
        for (dn, member) in members.iter().zip(read) {
            match member {
                Ok(member) => {
                    let is_group = member.texts("objectClass").iter().any(|c| {
                        ["group", "groupOfNames", "groupOfUniqueNames"]
                            .iter()
                            .any(|g| c.eq_ignore_ascii_case(g))
                    });
                    if is_group {
                        groups.push(dn.clone());
                    } else if let Some(login) = member.text(&login_attribute) {
                        logins.insert(login.to_lowercase());
                    }
                }
                Err(failure) => {
                    return Err(Failure(fl!(
                        "cli-db-member-unread",
                        dn = dn.as_str(),
                        reason = failure.to_string()
                    )));
                }
            }
        }
    }
    if logins.is_empty() {
        return Err(Failure(fl!("cli-db-group-empty", dn = group)));
    }
    Ok(logins)
}
