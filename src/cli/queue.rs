//! `dirdesk queue …`: the Notifications node without a window.

use std::process::ExitCode;

use clap::Subcommand;

use super::Failure;
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
