//! `dirdesk edit --from FILE | --filter FILTER | --groups TEXT`: bulk edits
//! on the command line, with every guarantee of one save. The file is read
//! and checked whole (with the schema) before anything is written; then
//! each change's outcome is a line (a progress bar on a terminal, or with
//! `--json` one JSON object per change), and the run ends with its totals.

use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use serde_json::json;

use super::directory::{EditArgs, printable, sign_in, split_pair};
use super::{Failure, runtime};
use crate::domain::bulk::{self, AttributeOp, BulkChange};
use crate::domain::change::AttributeChange;
use crate::domain::ldap_filter::{self, SearchKind};
use crate::environment::Folders;
use crate::fl;
use crate::services::bulk::{
    self as run, BulkReport, PreviewRow, Previewed, RowOutcome, RowResult,
};
use crate::services::ldap::Session;

/// The exit code of a run in which some changes were not applied.
const SOME_NOT_APPLIED: u8 = 3;

/// The format of a `--from` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Ldif,
    Csv,
}

pub fn edit(args: &EditArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    // A broken file is refused before anyone signs in.
    let from_file = args
        .from
        .as_ref()
        .map(|path| read_file(path, args))
        .transpose()?;
    let rt = runtime()?;
    let mut session = sign_in(&args.sign_in, folders, &rt)?;
    let changes = match from_file {
        Some(changes) => changes,
        None => rt.block_on(from_search(&mut session, args))?,
    };
    let schema = rt.block_on(session.schema())?;
    bulk::schema_problems(&changes, &schema).map_err(|refused| refuse(args, &refused))?;
    if changes.is_empty() {
        eprintln!("{}", fl!("cli-bulk-nothing-found"));
        return Ok(ExitCode::SUCCESS);
    }
    let in_flight = usize::from(args.in_flight);
    let code = if args.dry_run {
        rt.block_on(dry_run(&mut session, &changes, in_flight, args.json))?
    } else {
        rt.block_on(apply(&mut session, folders, changes, in_flight, args.json))?
    };
    rt.block_on(session.sign_out());
    Ok(code)
}

fn read_file(path: &std::path::Path, args: &EditArgs) -> Result<Vec<BulkChange>, Failure> {
    let csv = match args.format {
        Some(format) => format == Format::Csv,
        None => run::is_csv_name(path),
    };
    run::read_file(path, csv, args.clear_marker.as_deref()).map_err(|failure| match failure {
        run::FileFailure::Unreadable(reason) => Failure(reason),
        run::FileFailure::Refused(refused) => refuse(args, &refused),
    })
}

/// Prints every problem on a line of its own (with its line in the file;
/// for a search, each problem once), then says nothing was changed.
fn refuse(args: &EditArgs, refused: &bulk::Refused) -> Failure {
    let source = match &args.from {
        Some(path) => {
            for problem in &refused.0 {
                eprintln!("{problem}");
            }
            path.display().to_string()
        }
        None => {
            let mut said = Vec::new();
            for problem in &refused.0 {
                if !said.contains(&problem.detail) {
                    eprintln!("{}", problem.detail);
                    said.push(problem.detail.clone());
                }
            }
            fl!("cli-bulk-the-search")
        }
    };
    Failure(fl!("cli-bulk-refused", source = source))
}

/// The change `--set/--add/--remove/--clear` make, as file records would.
fn options_ops(args: &EditArgs) -> Result<Vec<AttributeOp>, Failure> {
    let mut ops: Vec<AttributeOp> = Vec::new();
    for attribute in &args.clear {
        ops.push(AttributeOp::Delete {
            attribute: attribute.trim().to_owned(),
            values: Vec::new(),
        });
    }
    for pair in &args.set {
        let (attribute, value) = split_pair(pair)?;
        let existing = ops.iter_mut().find_map(|op| match op {
            AttributeOp::Replace {
                attribute: a,
                values,
            } if a.eq_ignore_ascii_case(attribute) => Some(values),
            _ => None,
        });
        match existing {
            Some(values) => values.push(value.to_owned()),
            None => ops.push(AttributeOp::Replace {
                attribute: attribute.to_owned(),
                values: vec![value.to_owned()],
            }),
        }
    }
    for pair in &args.add {
        let (attribute, value) = split_pair(pair)?;
        ops.push(AttributeOp::Add {
            attribute: attribute.to_owned(),
            values: vec![value.to_owned()],
        });
    }
    for pair in &args.remove {
        let (attribute, value) = split_pair(pair)?;
        ops.push(AttributeOp::Delete {
            attribute: attribute.to_owned(),
            values: vec![value.to_owned()],
        });
    }
    if ops.is_empty() {
        return Err(Failure(fl!("cli-no-edits")));
    }
    Ok(ops)
}

/// One change per object the search finds, numbered as they were found.
async fn from_search(session: &mut Session, args: &EditArgs) -> Result<Vec<BulkChange>, Failure> {
    let ops = options_ops(args)?;
    let filter = match (&args.filter, &args.groups) {
        (Some(filter), _) => filter.trim().to_owned(),
        (None, Some(text)) => {
            ldap_filter::name_search(SearchKind::Groups, text, session.store().store_type)
        }
        (None, None) => return Err(Failure(fl!("cli-no-edits"))),
    };
    let mut dns = Vec::new();
    let outcome = session
        .search_summaries(&filter, &["1.1"], |page| {
            dns.extend(page.into_iter().map(|found| found.dn().to_owned()));
            ControlFlow::Continue(())
        })
        .await?;
    // Editing only what a size limit let through would leave the rest
    // unedited without saying so.
    outcome.whole()?;
    Ok(dns
        .into_iter()
        .enumerate()
        .map(|(i, dn)| BulkChange {
            line: i + 1,
            dn,
            ops: ops.clone(),
        })
        .collect())
}

/// How the rows of a run are shown: JSON lines, a progress bar with the
/// failures above it, or a plain line each.
enum Report {
    Json,
    Bar(indicatif::ProgressBar),
    Lines,
}

impl Report {
    fn new(json: bool, total: usize) -> Self {
        if json {
            Report::Json
        } else if std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg} ({eta})")
            {
                bar.set_style(style);
            }
            Report::Bar(bar)
        } else {
            Report::Lines
        }
    }

    fn row(&self, line: String, json: serde_json::Value, failure: bool) {
        match self {
            Report::Json => println!("{json}"),
            Report::Bar(bar) => {
                if failure {
                    bar.println(line);
                }
                bar.inc(1);
            }
            Report::Lines => println!("{line}"),
        }
    }

    fn finish(&self) {
        if let Report::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

fn changes_json(changes: &[AttributeChange]) -> serde_json::Value {
    changes
        .iter()
        .map(|c| json!({"attribute": c.attribute, "old": c.old, "new": c.new}))
        .collect()
}

fn row_line(line: usize, dn: &str, what: &str) -> String {
    fl!(
        "cli-bulk-row",
        line = line,
        dn = printable(dn),
        outcome = what
    )
}

async fn apply(
    session: &mut Session,
    folders: &Folders,
    changes: Vec<BulkChange>,
    in_flight: usize,
    json: bool,
) -> Result<ExitCode, Failure> {
    let report = Report::new(json, changes.len());
    let mut counts = Counts::default();
    let cancel = AtomicBool::new(false);
    let ran = run::apply(
        session,
        folders,
        changes,
        in_flight,
        &cancel,
        |row: RowResult| {
            counts.add(&row.outcome);
            let mut value = json!({"line": row.line, "dn": row.dn, "outcome": row.outcome.name()});
            match &row.outcome {
                RowOutcome::Applied(applied) => value["changes"] = changes_json(applied),
                RowOutcome::Refused(reason)
                | RowOutcome::Unknown(reason)
                | RowOutcome::NotSent(reason) => {
                    value["reason"] = json!(reason);
                }
                RowOutcome::NothingToChange | RowOutcome::Conflict => {}
            }
            let line = row_line(row.line, &row.dn, &row.outcome.describe());
            report.row(line, value, row.outcome.is_failure());
        },
    )
    .await;
    report.finish();
    let ran = ran?;
    summarise(&ran, &counts, json);
    Ok(if counts.failed() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(SOME_NOT_APPLIED)
    })
}

#[derive(Default)]
struct Counts {
    applied: usize,
    unchanged: usize,
    conflicts: usize,
    refused: usize,
    unknown: usize,
    not_sent: usize,
}

impl Counts {
    fn add(&mut self, outcome: &RowOutcome) {
        *match outcome {
            RowOutcome::Applied(_) => &mut self.applied,
            RowOutcome::NothingToChange => &mut self.unchanged,
            RowOutcome::Conflict => &mut self.conflicts,
            RowOutcome::Refused(_) => &mut self.refused,
            RowOutcome::Unknown(_) => &mut self.unknown,
            RowOutcome::NotSent(_) => &mut self.not_sent,
        } += 1;
    }

    fn failed(&self) -> usize {
        self.conflicts + self.refused + self.unknown + self.not_sent
    }
}

fn summarise(ran: &BulkReport, counts: &Counts, json: bool) {
    for note in ran.notes() {
        eprintln!("{note}");
    }
    let ms = |d: std::time::Duration| d.as_millis();
    if json {
        let notifications: Vec<serde_json::Value> = match &ran.told {
            Some(Ok(told)) => told
                .deliveries
                .iter()
                .map(|d| json!({"recipient": d.recipient, "sent": d.is_sent(), "detail": d.describe()}))
                .collect(),
            _ => Vec::new(),
        };
        let split = ran.split;
        println!(
            "{}",
            json!({"summary": {
                "applied": counts.applied,
                "nothing-to-change": counts.unchanged,
                "conflict": counts.conflicts,
                "refused": counts.refused,
                "unknown": counts.unknown,
                "not-sent": counts.not_sent,
                "notifications": notifications,
                "milliseconds": {
                    "reading": ms(split.reading),
                    "modifying": ms(split.modifying),
                    "recording": ms(split.recording),
                    "telling": ms(split.telling),
                },
            }})
        );
        if !matches!(ran.told, Some(Ok(_))) {
            for line in ran.told_lines() {
                eprintln!("{line}");
            }
        }
        return;
    }
    println!(
        "{}",
        fl!(
            "cli-bulk-summary",
            applied = counts.applied,
            unchanged = counts.unchanged,
            conflicts = counts.conflicts,
            refused = counts.refused,
            unknown = counts.unknown,
            not_sent = counts.not_sent
        )
    );
    for line in ran.told_lines() {
        println!("{line}");
    }
}

async fn dry_run(
    session: &mut Session,
    changes: &[BulkChange],
    in_flight: usize,
    json: bool,
) -> Result<ExitCode, Failure> {
    let mut problems = 0;
    for chunk in changes.chunks(run::CHUNK) {
        for PreviewRow { line, dn, outcome } in run::preview(session, chunk, in_flight).await? {
            let (name, detail, value) = match &outcome {
                Previewed::Changes {
                    before,
                    modifications,
                } => {
                    let changes = crate::domain::change::changes_of(before, modifications);
                    let text: Vec<String> = changes.iter().map(change_text).collect();
                    ("changes", text.join("\n"), changes_json(&changes))
                }
                Previewed::NothingToChange => (
                    "nothing-to-change",
                    fl!("bulk-nothing-to-change"),
                    serde_json::Value::Null,
                ),
                Previewed::Problem(problem) => {
                    problems += 1;
                    ("problem", problem.clone(), json!(problem))
                }
            };
            if json {
                let key = if name == "problem" {
                    "reason"
                } else {
                    "changes"
                };
                let mut row = json!({"line": line, "dn": dn, "outcome": name});
                if !value.is_null() {
                    row[key] = value;
                }
                println!("{row}");
            } else {
                println!("{}", row_line(line, &dn, ""));
                println!("{detail}");
            }
        }
    }
    Ok(if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(SOME_NOT_APPLIED)
    })
}

fn change_text(change: &AttributeChange) -> String {
    let none = || fl!("no-value");
    let values = |values: &[String]| {
        if values.is_empty() {
            none()
        } else {
            values
                .iter()
                .map(|v| printable(v))
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    format!(
        "  {}: {} → {}",
        change.attribute,
        values(&change.old),
        values(&change.new)
    )
}
