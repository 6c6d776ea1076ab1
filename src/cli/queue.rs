//! `dirdesk queue …` and `dirdesk history`: the Notifications and History
//! nodes without a window.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{Failure, load};
use crate::environment::Folders;
use crate::fl;
use crate::services::notification_queue::{Filter, NotificationQueue, QueuedEmail};
use crate::services::notify::{self, Which};

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
    },
    Send {
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<i64>,
        #[arg(long)]
        all: bool,
    },
    Delete {
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[arg(long, value_name = "NAME")]
    store: Option<String>,
    #[arg(long, value_name = "DN")]
    object: Option<String>,
    #[arg(long)]
    json: bool,
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
    }
}

pub fn run(command: QueueCommand, folders: &Folders) -> Result<ExitCode, Failure> {
    let queue = NotificationQueue::open(folders)?;
    match command {
        QueueCommand::List {
            failed, all, json, ..
        } => {
            let filter = if all {
                Filter::All
            } else if failed {
                Filter::Failed
            } else {
                Filter::Pending
            };
            let rows = queue.list(filter)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else {
                print_rows(&rows);
            }
            Ok(ExitCode::SUCCESS)
        }
        QueueCommand::Send { id, .. } => {
            let which = id.map_or(Which::AllPending, Which::One);
            let report = notify::send_queued(folders, which).map_err(Failure)?;
            let mut failed = report.orphaned > 0;
            if report.orphaned > 0 {
                eprintln!("{}", fl!("queue-store-gone", count = report.orphaned));
            }
            for delivery in &report.deliveries {
                failed |= !delivery.is_sent();
                println!("{}", delivery.describe());
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        QueueCommand::Delete { id } => {
            if !queue.delete(id)? {
                return Err(Failure(fl!("queue-no-such-email", id = id)));
            }
            println!("{}", fl!("queue-deleted", id = id));
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn history(args: HistoryArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store_id = match &args.store {
        Some(name) => Some(super::find_store(&config, name)?.id.0.clone()),
        None => None,
    };
    let queue = NotificationQueue::open(folders)?;
    let entries = queue.history(store_id.as_deref(), args.object.as_deref())?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&entries)?);
        return Ok(ExitCode::SUCCESS);
    }
    for entry in &entries {
        let r = &entry.record;
        println!("{}", r.summary_line());
        for change in &r.changes {
            println!(
                "  {}: {} → {}",
                change.attribute,
                change.old.join("; "),
                change.new.join("; ")
            );
        }
        for email in &entry.notifications {
            println!("  ✉ {} — {}", email.recipient, email.status.label());
        }
    }
    Ok(ExitCode::SUCCESS)
}
