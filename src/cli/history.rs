//! `dirdesk history`: the History node without a window, filtered as the
//! article's product filters it, as text, JSON or a CSV file. A store with a
//! shared database is read there, signed in as the person (who sees their
//! own changes; members of dirdesk_admin everyone's).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::{Failure, find_store, load, runtime, secrets};
use crate::domain::IdentityStore;
use crate::domain::history_filter::{HistoryFilter, parse_moment, to_csv};
use crate::environment::Folders;
use crate::fl;
use crate::services::editing;
use crate::services::ldap::Session;
use crate::services::notification_queue::NotificationQueue;
use crate::services::storage::Storage;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[arg(long, value_name = "NAME")]
    store: Option<String>,
    /// Only the changes this person made.
    #[arg(long, value_name = "LOGIN")]
    user_filter: Option<String>,
    #[arg(long, value_name = "DN")]
    object: Option<String>,
    #[arg(long, value_name = "ATTR")]
    attribute: Option<String>,
    #[arg(long, value_name = "TEXT")]
    contains: Option<String>,
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Write the changes to FILE as CSV (one row per attribute).
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    #[arg(long)]
    json: bool,
    /// Add your changes in this desk's own History of the store to its
    /// shared database (once: again adds nothing).
    #[arg(long, requires_all = ["store", "user"], conflicts_with_all = ["csv", "json"])]
    upload: bool,
    /// Who signs in to read a shared database.
    #[arg(long, value_name = "LOGIN")]
    user: Option<String>,
    #[arg(long)]
    password_stdin: bool,
}

pub fn run(args: HistoryArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store = match &args.store {
        Some(name) => Some(find_store(&config, name)?.clone()),
        None => None,
    };
    let filter = HistoryFilter {
        store_id: store.as_ref().map(|s| s.id.0.clone()),
        author: args.user_filter.clone(),
        object: args.object.clone(),
        attribute: args.attribute.clone(),
        contains: args.contains.clone(),
        since: args
            .since
            .as_deref()
            .map(|d| parse_moment(d, false))
            .transpose()?,
        until: args
            .until
            .as_deref()
            .map(|d| parse_moment(d, true))
            .transpose()?,
        ..HistoryFilter::default()
    };
    let shared = store.as_ref().filter(|s| s.database.is_some());
    if args.upload {
        let Some(store) = shared else {
            return Err(Failure(fl!(
                "cli-db-no-database",
                name = args.store.as_deref().unwrap_or_default()
            )));
        };
        let uploaded = as_person(&args, store, async |session| {
            Ok(editing::queue::upload_history(session, folders).await?)
        })?;
        println!(
            "{}",
            fl!(
                "cli-history-uploaded",
                added = uploaded.added,
                there = uploaded.there_already
            )
        );
        for (name, count) in uploaded.left_for_others {
            println!(
                "{}",
                fl!("cli-history-left-for", name = name.as_str(), count = count)
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let entries = match shared {
        Some(store) => as_person(&args, store, async |session| {
            let mut storage = editing::open_storage(session, session.store(), folders).await?;
            Ok(storage.search_history(&filter).await?)
        })?,
        None => {
            let mut queue = NotificationQueue::open(folders)?;
            runtime()?.block_on(queue.search_history(&filter))?
        }
    };
    if let Some(path) = &args.csv {
        let rows = entries.iter().map(|e| (&e.record, e.told()));
        let bytes = to_csv(rows).map_err(Failure)?;
        std::fs::write(path, bytes).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
        println!(
            "{}",
            fl!(
                "cli-history-written",
                count = entries.len(),
                path = path.display().to_string()
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&entries)?);
        return Ok(ExitCode::SUCCESS);
    }
    for entry in &entries {
        let r = &entry.record;
        println!("{}", r.summary_line());
        if let Some(recorded) = &entry.recorded_by {
            let at = crate::i18n::date_time(recorded.at);
            let by = fl!(
                "history-recorded-by",
                login = recorded.login.as_str(),
                at = at
            );
            println!("  ({by})");
        }
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

/// Signs in to `store` as `--user` (its password from stdin or the
/// terminal), runs `work` with the session, and signs out.
fn as_person<T>(
    args: &HistoryArgs,
    store: &IdentityStore,
    work: impl AsyncFnOnce(&Session) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let Some(user) = &args.user else {
        return Err(Failure(fl!(
            "cli-history-needs-user",
            name = store.name.as_str()
        )));
    };
    let password = secrets::read(
        args.password_stdin,
        &fl!("cli-prompt-password", user = user.as_str()),
    )?
    .ok_or_else(|| Failure(fl!("cli-password-needed")))?;
    runtime()?.block_on(async {
        let session = editing::sign_in(store, user, password, false)
            .await?
            .session;
        let result = work(&session).await;
        session.sign_out().await;
        result
    })
}
