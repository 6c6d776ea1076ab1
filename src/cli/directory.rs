//! `dirdesk search | show | edit`: the object editor without a window,
//! signed in as the user, over the same engine as the screens.

use std::ops::ControlFlow;
use std::process::ExitCode;

use clap::Args;

use super::{Failure, find_store, load, runtime, secrets};
use crate::domain::change::{ChangeRecord, Edits, Modification};
use crate::domain::directory_object::{DirectoryObject, ObjectSummary, Value};
use crate::domain::dn;
use crate::domain::ldap_filter::SearchKind;
use crate::environment::Folders;
use crate::fl;
use crate::services::editing;
use crate::services::ldap::{ChangeFailure, Session, preview};
use crate::services::notify::{self, NotifyOutcome};

/// Who signs in, to which store: a login and its password, or the
/// Kerberos ticket the person already has.
#[derive(Debug, Args)]
pub struct SignInArgs {
    #[arg(long, value_name = "NAME")]
    pub(super) store: String,
    #[arg(long, value_name = "LOGIN", required_unless_present = "kerberos")]
    user: Option<String>,
    #[arg(long, conflicts_with = "kerberos")]
    password_stdin: bool,
    /// Sign in with your Kerberos ticket (your Windows sign-in, or kinit).
    #[arg(long, conflicts_with = "user")]
    kerberos: bool,
}

impl SignInArgs {
    /// Signing in as `user` to the store named `store`, for a command whose
    /// own arguments name them.
    pub(super) fn password(store: String, user: String, password_stdin: bool) -> Self {
        Self {
            store,
            user: Some(user),
            password_stdin,
            kerberos: false,
        }
    }
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[command(flatten)]
    sign_in: SignInArgs,
    #[arg(long, conflicts_with = "users")]
    groups: bool,
    #[arg(long)]
    users: bool,
    #[arg(default_value = "")]
    text: String,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    sign_in: SignInArgs,
    dn: String,
    /// Also list the groups the object is in (ADUC's Member Of).
    #[arg(long)]
    member_of: bool,
    /// With --member-of: also the groups it is in through other groups.
    #[arg(long, requires = "member_of")]
    nested: bool,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    #[command(flatten)]
    pub(super) sign_in: SignInArgs,
    #[arg(required_unless_present_any = ["from", "filter", "groups"], conflicts_with_all = ["from", "filter", "groups"])]
    dn: Option<String>,
    /// An LDIF file of change records or a CSV sheet: every change in it.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["filter", "groups", "set", "add", "remove", "clear"])]
    pub(super) from: Option<std::path::PathBuf>,
    /// The file's format; by default, CSV for a name ending in .csv, else LDIF.
    #[arg(long, value_enum, requires = "from")]
    pub(super) format: Option<super::bulk::Format>,
    /// In a CSV sheet, the cell text that clears an attribute.
    #[arg(long, value_name = "TEXT", requires = "from")]
    pub(super) clear_marker: Option<String>,
    /// Every object an LDAP filter (RFC 4515) finds under the store's base.
    #[arg(long, value_name = "FILTER", conflicts_with = "groups")]
    pub(super) filter: Option<String>,
    /// Every group whose name contains TEXT, as the search box finds them.
    #[arg(long, value_name = "TEXT")]
    pub(super) groups: Option<String>,
    #[arg(long = "set", value_name = "ATTR=VALUE")]
    pub(super) set: Vec<String>,
    #[arg(long = "add", value_name = "ATTR=VALUE")]
    pub(super) add: Vec<String>,
    #[arg(long = "remove", value_name = "ATTR=VALUE")]
    pub(super) remove: Vec<String>,
    #[arg(long = "clear", value_name = "ATTR")]
    pub(super) clear: Vec<String>,
    #[arg(long)]
    pub(super) dry_run: bool,
    /// Changes on the wire at once in a bulk edit.
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub(super) in_flight: u16,
    /// One JSON object per change of a bulk edit, then one for the whole run.
    #[arg(long)]
    pub(super) json: bool,
}

pub(super) fn sign_in(
    args: &SignInArgs,
    folders: &Folders,
    rt: &tokio::runtime::Runtime,
) -> Result<Session, Failure> {
    let config = load(folders)?;
    let store = find_store(&config, &args.store)?.clone();
    if !store.enabled {
        return Err(Failure(fl!(
            "cli-store-disabled-sign-in",
            name = store.name.as_str()
        )));
    }
    let user = match (&args.user, args.kerberos) {
        (Some(user), false) => user,
        _ => {
            let signed_in = rt.block_on(editing::sign_in_kerberos(&store))?;
            for note in editing::kerberos_notes(&signed_in.session) {
                eprintln!("{note}");
            }
            return Ok(signed_in.session);
        }
    };
    let password = secrets::read(
        args.password_stdin,
        &fl!("cli-prompt-password", user = user.as_str()),
    )?
    .ok_or_else(|| Failure(fl!("cli-password-needed")))?;
    let signed_in = rt.block_on(editing::sign_in(&store, user, password, false))?;
    Ok(signed_in.session)
}

/// A value as a terminal shows it: control characters made visible.
pub(super) fn printable(value: &str) -> String {
    value
        .chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

pub fn search(args: SearchArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    let rt = runtime()?;
    let mut session = sign_in(&args.sign_in, folders, &rt)?;
    let kind = match (args.groups, args.users) {
        (true, _) => SearchKind::Groups,
        (_, true) => SearchKind::Users,
        _ => SearchKind::All,
    };
    let mut all = Vec::new();
    let json = args.json;
    let outcome = rt.block_on(session.search(kind, &args.text, |page| {
        if json {
            all.extend(page);
        } else {
            for o in page {
                let description = o.description().map(printable).unwrap_or_default();
                // Four columns, as scripts read them; what the text matched
                // is in --json.
                println!(
                    "{}\t{}\t{}\t{}",
                    printable(o.name()),
                    o.kind().label(),
                    description,
                    o.dn()
                );
            }
        }
        ControlFlow::Continue(())
    }))?;
    if json {
        all.sort_unstable_by(ObjectSummary::by_name);
        println!("{}", serde_json::to_string_pretty(&all)?);
    } else {
        eprintln!("{}", fl!("cli-found", count = outcome.found));
    }
    rt.block_on(session.sign_out());
    Ok(ExitCode::SUCCESS)
}

fn object_json(object: &DirectoryObject) -> serde_json::Value {
    let attributes: serde_json::Map<String, serde_json::Value> = object
        .attributes()
        .map(|a| {
            let values = a
                .values
                .iter()
                .map(|v| match v {
                    Value::Text(t) => serde_json::Value::String(t.clone()),
                    Value::Binary(b) => serde_json::json!({ "binary_bytes": b.len() }),
                })
                .collect();
            (a.name.clone(), serde_json::Value::Array(values))
        })
        .collect();
    serde_json::json!({ "dn": object.dn, "name": object.name(), "kind": object.kind(), "attributes": attributes })
}

pub fn show(args: ShowArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    let rt = runtime()?;
    let mut session = sign_in(&args.sign_in, folders, &rt)?;
    let object = rt.block_on(session.read(&args.dn))?;
    let member_of = if args.member_of {
        Some(rt.block_on(session.member_of(&object, args.nested))?)
    } else {
        None
    };
    if args.json {
        let mut json = object_json(&object);
        if let Some(groups) = &member_of {
            json["member_of"] = groups
                .iter()
                .map(|m| serde_json::json!({"dn": m.group.dn(), "name": m.group.name(), "via": m.via}))
                .collect();
        }
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        println!("dn: {}", object.dn);
        for attribute in object.attributes() {
            for value in &attribute.values {
                match value {
                    Value::Text(t) => println!("{}: {}", attribute.name, printable(t)),
                    Value::Binary(b) => println!(
                        "{}: {}",
                        attribute.name,
                        fl!("binary-value", bytes = b.len())
                    ),
                }
            }
        }
        for m in member_of.iter().flatten() {
            let (label, via) = (fl!("tab-member-of"), m.via.label());
            println!("{label}: {} ({via})", m.group.dn());
        }
    }
    rt.block_on(session.sign_out());
    Ok(ExitCode::SUCCESS)
}

pub(super) fn split_pair(pair: &str) -> Result<(&str, &str), Failure> {
    pair.split_once('=')
        .filter(|(a, _)| !a.trim().is_empty())
        .map(|(a, v)| (a.trim(), v))
        .ok_or_else(|| Failure(fl!("cli-bad-pair", pair = pair)))
}

/// The edits the options describe, starting from the object's values.
fn edits_from(args: &EditArgs, object: &DirectoryObject) -> Result<Edits, Failure> {
    let mut edits = Edits::new();
    let current = |edits: &mut Edits, attr: &str| -> String {
        let key = edits.keys().find(|k| k.eq_ignore_ascii_case(attr)).cloned();
        key.unwrap_or_else(|| {
            edits.insert(
                attr.to_owned(),
                object.texts(attr).into_iter().map(str::to_owned).collect(),
            );
            attr.to_owned()
        })
    };
    for attr in &args.clear {
        let key = current(&mut edits, attr.trim());
        edits.insert(key, Vec::new());
    }
    let mut reset = Vec::new();
    for pair in &args.set {
        let (attr, value) = split_pair(pair)?;
        let key = current(&mut edits, attr);
        let values = edits.entry(key.clone()).or_default();
        if !reset.contains(&key) {
            values.clear();
            reset.push(key);
        }
        values.push(value.to_owned());
    }
    for pair in &args.add {
        let (attr, value) = split_pair(pair)?;
        let key = current(&mut edits, attr);
        edits.entry(key).or_default().push(value.to_owned());
    }
    for pair in &args.remove {
        let (attr, value) = split_pair(pair)?;
        let key = current(&mut edits, attr);
        let removed = dn::key(value);
        edits
            .entry(key)
            .or_default()
            .retain(|v| v != value && dn::key(v) != removed);
    }
    if edits.is_empty() {
        return Err(Failure(fl!("cli-no-edits")));
    }
    Ok(edits)
}

fn print_modification(object: &DirectoryObject, mods: &[Modification]) {
    for m in mods {
        let old = object.texts(&m.attribute);
        if old.len() <= 1 && m.add.len() <= 1 && m.delete.len() == old.len() {
            let old = old
                .first()
                .map(|v| printable(v))
                .unwrap_or_else(|| fl!("no-value"));
            let new = m
                .add
                .first()
                .map(|v| printable(v))
                .unwrap_or_else(|| fl!("no-value"));
            println!("{}: {old} → {new}", m.attribute);
        } else {
            for v in &m.delete {
                println!("{}: - {}", m.attribute, printable(v));
            }
            for v in &m.add {
                println!("{}: + {}", m.attribute, printable(v));
            }
        }
    }
}

pub(super) fn print_record(record: &ChangeRecord) {
    println!(
        "{}",
        fl!(
            "cli-changed",
            name = record.object_name.as_str(),
            kind = record.object_kind.label(),
            dn = record.object_dn.as_str(),
            author = record.author.name.as_str(),
            at = crate::i18n::date_time(record.at)
        )
    );
    for change in &record.changes {
        if change.old.len() <= 1 && change.new.len() <= 1 {
            let old = change
                .old
                .first()
                .map(|v| printable(v))
                .unwrap_or_else(|| fl!("no-value"));
            let new = change
                .new
                .first()
                .map(|v| printable(v))
                .unwrap_or_else(|| fl!("no-value"));
            println!("  {}: {old} → {new}", change.attribute);
        } else {
            for v in change.removed() {
                println!("  {}: - {}", change.attribute, printable(v));
            }
            for v in change.added() {
                println!("  {}: + {}", change.attribute, printable(v));
            }
        }
    }
}

pub fn edit(args: EditArgs, folders: &Folders) -> Result<ExitCode, Failure> {
    let Some(dn) = args.dn.clone() else {
        return super::bulk::edit(&args, folders);
    };
    if args.json {
        return Err(Failure(fl!("cli-json-bulk-only")));
    }
    let rt = runtime()?;
    let mut session = sign_in(&args.sign_in, folders, &rt)?;
    let object = rt.block_on(session.read(&dn))?;
    let edits = edits_from(&args, &object)?;
    if args.dry_run {
        let schema = rt.block_on(session.schema())?;
        print_modification(&object, &preview(&object, &edits, &schema)?);
        return Ok(ExitCode::SUCCESS);
    }
    let saved = rt.block_on(editing::save_change(&mut session, folders, &object, &edits));
    print_notes(&saved);
    match saved.result {
        Ok(notify::Saved { record, outcome }) => {
            print_record(&record);
            print_outcome(&outcome?);
            rt.block_on(session.sign_out());
            Ok(ExitCode::SUCCESS)
        }
        Err(ChangeFailure::Conflict { current }) => {
            for attr in edits.keys() {
                let values = current.texts(attr);
                let shown = if values.is_empty() {
                    fl!("no-value")
                } else {
                    values
                        .iter()
                        .map(|v| printable(v))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                println!(
                    "{}",
                    fl!(
                        "cli-current-value",
                        attribute = attr.as_str(),
                        value = shown
                    )
                );
            }
            Err(Failure(ChangeFailure::Conflict { current }.to_string()))
        }
        Err(failure) => Err(failure.into()),
    }
}

/// What a save says besides its change, on stderr: a problem with the
/// store's published settings, changes an earlier run left and this one
/// finished.
pub(super) fn print_notes(saved: &editing::SaveOutcome) {
    if let editing::Followed::Problem(problem) = &saved.followed {
        eprintln!("{}", fl!("cli-warning", message = problem.as_str()));
    }
    for record in &saved.earlier {
        eprintln!(
            "{}",
            fl!(
                "cli-finished-earlier-change",
                change = record.summary_line()
            )
        );
    }
}

pub(super) fn print_outcome(outcome: &NotifyOutcome) {
    for delivery in &outcome.deliveries {
        println!("{}", delivery.describe());
    }
    for not_sent in &outcome.not_sent {
        println!("{}", notify::not_sent_line(not_sent));
    }
    if outcome.deliveries.is_empty() && outcome.not_sent.is_empty() {
        println!("{}", fl!("cli-notify-none"));
    }
}
