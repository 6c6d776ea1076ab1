//! `dirdesk queue …`: the Notifications node without a window — this
//! desk's own queue, or, for a store with a shared database, the
//! organisation's, signed in as `edit` does (`--user`, `--password-stdin`).

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::directory::{SignInArgs, sign_in};
use super::{Failure, find_store, load, runtime};
use crate::domain::IdentityStore;
use crate::environment::Folders;
use crate::fl;
use crate::services::editing::queue as shared;
use crate::services::notification_queue::{Filter, NotificationQueue, QueuedEmail};
use crate::services::notify::{self, SendReport, Which};

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    List {
        #[arg(long, conflicts_with_all = ["failed", "all"])]
        pending: bool,
        #[arg(long, conflicts_with = "all")]
        failed: bool,
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        on: QueueOf,
    },
    Send {
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<i64>,
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        on: QueueOf,
    },
    Delete {
        id: i64,
        #[command(flatten)]
        on: QueueOf,
    },
}

/// Whose queue: this desk's own, or a store's shared database as a person.
#[derive(Debug, Args)]
pub struct QueueOf {
    /// The store whose queue (on this desk, it narrows the list).
    #[arg(long, value_name = "NAME")]
    store: Option<String>,
    /// Who signs in to a shared database.
    #[arg(long, value_name = "LOGIN")]
    user: Option<String>,
    #[arg(long, requires = "user")]
    password_stdin: bool,
}

fn print_rows(rows: &[QueuedEmail]) {
    let header = [fl!("queue-col-id"), fl!("queue-col-status")]
        .into_iter()
        .chain(QueuedEmail::column_labels());
    println!("{}", header.collect::<Vec<_>>().join("\t"));
    for row in rows {
        let cells = [row.id.to_string(), row.status.label()]
            .into_iter()
            .chain(row.columns());
        println!("{}", cells.collect::<Vec<_>>().join("\t"));
        if let Some(error) = &row.last_error {
            println!("\t{}", fl!("queue-last-error", error = error.as_str()));
        }
        if let Some(login) = &row.sender_login {
            println!(
                "\t{}",
                fl!("queue-waits-for-sender", login = login.as_str())
            );
        }
    }
}

/// The store `on` names, or with `--user` alone the one store that keeps
/// its queue in a shared database.
fn chosen_store(on: &QueueOf, folders: &Folders) -> Result<Option<IdentityStore>, Failure> {
    let config = load(folders)?;
    if let Some(name) = &on.store {
        let store = find_store(&config, name)?;
        if store.database.is_some() && on.user.is_none() {
            return Err(Failure(fl!(
                "cli-queue-needs-user",
                name = store.name.as_str()
            )));
        }
        if store.database.is_none() && on.user.is_some() {
            return Err(Failure(fl!(
                "cli-queue-local-store",
                name = store.name.as_str()
            )));
        }
        return Ok(Some(store.clone()));
    }
    if on.user.is_none() {
        return Ok(None);
    }
    let mut shared = config.stores.iter().filter(|s| s.database.is_some());
    match (shared.next(), shared.next()) {
        (Some(store), None) => Ok(Some(store.clone())),
        (None, _) => Err(Failure(fl!("cli-queue-no-shared-store"))),
        (Some(_), Some(_)) => Err(Failure(fl!("cli-queue-which-store"))),
    }
}

pub fn run(command: QueueCommand, folders: &Folders) -> Result<ExitCode, Failure> {
    let on = match &command {
        QueueCommand::List { on, .. }
        | QueueCommand::Send { on, .. }
        | QueueCommand::Delete { on, .. } => on,
    };
    let store = chosen_store(on, folders)?;
    match (store, &on.user) {
        (Some(store), Some(user)) if store.database.is_some() => {
            let args = SignInArgs::password(store.name.clone(), user.clone(), on.password_stdin);
            let rt = runtime()?;
            let session = sign_in(&args, folders, &rt)?;
            let result = rt.block_on(on_shared(&command, &session, folders));
            rt.block_on(session.sign_out());
            result
        }
        (store, _) => on_this_desk(&command, store.as_ref(), folders),
    }
}

fn filter(pending_failed_all: (bool, bool)) -> Filter {
    match pending_failed_all {
        (true, _) => Filter::All,
        (_, true) => Filter::Failed,
        _ => Filter::Pending,
    }
}

fn listed(rows: &[QueuedEmail], json: bool) -> Result<ExitCode, Failure> {
    if json {
        println!("{}", serde_json::to_string_pretty(rows)?);
    } else {
        print_rows(rows);
    }
    Ok(ExitCode::SUCCESS)
}

/// What sending did, one line an email; exit 1 when one was not sent.
fn reported(report: &SendReport) -> ExitCode {
    let mut failed = report.orphaned > 0;
    if report.orphaned > 0 {
        eprintln!("{}", fl!("queue-store-gone", count = report.orphaned));
    }
    for delivery in &report.deliveries {
        failed |= !delivery.is_sent();
        println!("{}", delivery.describe());
    }
    for waiting in &report.not_here {
        failed = true;
        println!("{}", waiting.describe());
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn deleted(found: bool, id: i64) -> Result<ExitCode, Failure> {
    if !found {
        return Err(Failure(fl!("queue-no-such-email", id = id)));
    }
    println!("{}", fl!("queue-deleted", id = id));
    Ok(ExitCode::SUCCESS)
}

fn on_this_desk(
    command: &QueueCommand,
    store: Option<&IdentityStore>,
    folders: &Folders,
) -> Result<ExitCode, Failure> {
    let queue = NotificationQueue::open(folders)?;
    match *command {
        QueueCommand::List {
            failed, all, json, ..
        } => {
            let mut rows = queue.list(filter((all, failed)))?;
            if let Some(store) = store {
                rows.retain(|row| row.store_id == store.id.0);
            }
            listed(&rows, json)
        }
        QueueCommand::Send { id, .. } => {
            let which = id.map_or(Which::AllPending, Which::One);
            Ok(reported(
                &notify::send_queued(folders, which).map_err(Failure)?,
            ))
        }
        QueueCommand::Delete { id, .. } => deleted(queue.delete(id)?, id),
    }
}

async fn on_shared(
    command: &QueueCommand,
    session: &crate::services::ldap::Session,
    folders: &Folders,
) -> Result<ExitCode, Failure> {
    match *command {
        QueueCommand::List {
            failed, all, json, ..
        } => listed(
            &shared::list(session, folders, filter((all, failed))).await?,
            json,
        ),
        QueueCommand::Send { id, .. } => {
            let which = id.map_or(Which::AllPending, Which::One);
            Ok(reported(&shared::send(session, folders, which).await?))
        }
        QueueCommand::Delete { id, .. } => deleted(shared::delete(session, folders, id).await?, id),
    }
}
