//! `dirdesk templates …`: the Notification Editor on the command line —
//! list a store's email templates, show, change, reset and preview one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};

use super::{Failure, find_store, load};
use crate::domain::templates::{
    self, CustomTemplate, EmailKind, LANGUAGES, Part, Template, Templates,
};
use crate::environment::Folders;
use crate::fl;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EmailArg {
    Change,
    Test,
}

impl From<EmailArg> for EmailKind {
    fn from(value: EmailArg) -> Self {
        match value {
            EmailArg::Change => EmailKind::Change,
            EmailArg::Test => EmailKind::Test,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PartArg {
    Subject,
    Html,
    Text,
}

impl From<PartArg> for Part {
    fn from(value: PartArg) -> Self {
        match value {
            PartArg::Subject => Part::Subject,
            PartArg::Html => Part::Html,
            PartArg::Text => Part::Text,
        }
    }
}

/// Which template: a store's, for one email in one language.
#[derive(Debug, Args)]
pub struct Which {
    #[arg(long, value_name = "NAME")]
    store: String,
    #[arg(long, value_enum, value_name = "KIND")]
    email: EmailArg,
    #[arg(long, value_name = "LL")]
    lang: String,
}

impl Which {
    fn lang(&self) -> Result<&'static str, Failure> {
        let wanted = self.lang.trim().to_ascii_lowercase();
        LANGUAGES.into_iter().find(|l| *l == wanted).ok_or_else(|| {
            Failure(fl!(
                "cli-template-no-such-language",
                lang = self.lang.as_str(),
                languages = LANGUAGES.join(", ")
            ))
        })
    }
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    List {
        #[arg(long, value_name = "NAME")]
        store: String,
        #[arg(long)]
        json: bool,
    },
    Show {
        #[command(flatten)]
        which: Which,
        #[arg(long, value_enum)]
        part: Option<PartArg>,
    },
    Set {
        #[command(flatten)]
        which: Which,
        #[arg(long, value_name = "TEXT")]
        subject: Option<String>,
        #[arg(long, value_name = "FILE")]
        html_file: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        text_file: Option<PathBuf>,
        #[command(flatten)]
        publisher: super::publish::Publisher,
    },
    Reset {
        #[command(flatten)]
        which: Which,
        #[command(flatten)]
        publisher: super::publish::Publisher,
    },
    Preview {
        #[command(flatten)]
        which: Which,
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
    },
}

pub fn run(command: TemplatesCommand, folders: &Folders) -> Result<ExitCode, Failure> {
    match command {
        TemplatesCommand::List { store, json } => list(folders, &store, json),
        TemplatesCommand::Show { which, part } => show(folders, &which, part.map(Part::from)),
        TemplatesCommand::Set {
            which,
            subject,
            html_file,
            text_file,
            publisher,
        } => {
            let given = CustomTemplate {
                subject,
                html: html_file.as_deref().map(read_part).transpose()?,
                text: text_file.as_deref().map(read_part).transpose()?,
            };
            if given.is_empty() {
                return Err(Failure(fl!("cli-template-nothing-to-set")));
            }
            change(folders, &which, &publisher, |templates, kind, lang| {
                let now = templates.custom(kind, lang).cloned().unwrap_or_default();
                let built_in = templates::builtin(kind, lang);
                // A part given as the built-in one is not kept: it follows
                // dirdesk's own wording (as the Notification Editor does).
                let own = |given: &Option<String>, now: Option<String>, part: Part| {
                    given
                        .clone()
                        .or(now)
                        .filter(|text| text != built_in.part(part))
                };
                let wanted = CustomTemplate {
                    subject: own(&given.subject, now.subject, Part::Subject),
                    html: own(&given.html, now.html, Part::Html),
                    text: own(&given.text, now.text, Part::Text),
                };
                let problems = templates::check(kind, lang, &wanted.over(built_in.clone()));
                if !problems.is_empty() {
                    let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
                    return Err(Failure(fl!(
                        "cli-template-refused",
                        problems = all.join("; ")
                    )));
                }
                templates.put(kind, lang, wanted);
                Ok(fl!("cli-template-saved"))
            })
        }
        TemplatesCommand::Reset { which, publisher } => {
            change(folders, &which, &publisher, |templates, kind, lang| {
                templates.reset(kind, lang);
                Ok(fl!("cli-template-reset"))
            })
        }
        TemplatesCommand::Preview { which, html } => preview(folders, &which, html.as_deref()),
    }
}

/// A part from a file: UTF-8 text of a sensible size.
fn read_part(path: &Path) -> Result<String, Failure> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Failure(fl!(
            "cli-template-unreadable",
            file = shown.as_str(),
            error = e.to_string()
        ))
    })?;
    if bytes.len() > templates::MAX_SOURCE_BYTES {
        return Err(Failure(fl!(
            "cli-template-too-big",
            file = shown.as_str(),
            size = bytes.len(),
            max = templates::MAX_SOURCE_BYTES
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        Failure(fl!(
            "cli-template-not-utf8",
            file = shown.as_str(),
            offset = e.utf8_error().valid_up_to()
        ))
    })
}

/// Which parts of `kind` in `lang` are the store's own.
fn custom_parts(templates: &Templates, kind: EmailKind, lang: &str) -> Vec<Part> {
    let custom = templates.custom(kind, lang);
    Part::ALL
        .into_iter()
        .filter(|p| custom.is_some_and(|c| c.part(*p).is_some()))
        .collect()
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Subject => "subject",
        Part::Html => "html",
        Part::Text => "text",
    }
}

fn list(folders: &Folders, name: &str, json: bool) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store = find_store(&config, name)?;
    let templates = &store.notifications.templates;
    if json {
        let rows: Vec<serde_json::Value> = EmailKind::ALL
            .into_iter()
            .flat_map(|kind| LANGUAGES.into_iter().map(move |lang| (kind, lang)))
            .map(|(kind, lang)| {
                let parts: Vec<&str> = custom_parts(templates, kind, lang)
                    .into_iter()
                    .map(part_name)
                    .collect();
                serde_json::json!({"email": kind.name(), "lang": lang, "custom": parts})
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(ExitCode::SUCCESS);
    }
    for kind in EmailKind::ALL {
        for lang in LANGUAGES {
            let parts = custom_parts(templates, kind, lang);
            let source = if parts.is_empty() {
                fl!("template-built-in")
            } else {
                let names: Vec<String> = parts.into_iter().map(Part::label).collect();
                fl!("template-custom-parts", parts = names.join(", "))
            };
            println!("{:<8} {lang}  {source}", kind.name());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn show(folders: &Folders, which: &Which, part: Option<Part>) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store = find_store(&config, &which.store)?;
    let (kind, lang) = (EmailKind::from(which.email), which.lang()?);
    let templates = &store.notifications.templates;
    let template = templates.effective(kind, lang);
    if let Some(part) = part {
        // Exactly the source, for scripts and diff.
        print!("{}", template.part(part));
        return Ok(ExitCode::SUCCESS);
    }
    let custom = custom_parts(templates, kind, lang);
    for part in Part::ALL {
        let source = if custom.contains(&part) {
            fl!("template-custom")
        } else {
            fl!("template-built-in")
        };
        println!("--- {} ({source}) ---", part.label());
        let text = template.part(part);
        print!("{text}");
        if !text.ends_with('\n') {
            println!();
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Changes one template of a store and saves (or publishes) the store.
fn change(
    folders: &Folders,
    which: &Which,
    publisher: &super::publish::Publisher,
    edit: impl FnOnce(&mut Templates, EmailKind, &str) -> Result<String, Failure>,
) -> Result<ExitCode, Failure> {
    let mut config = load(folders)?;
    let mut store = find_store(&config, &which.store)?.clone();
    let (kind, lang) = (EmailKind::from(which.email), which.lang()?);
    let done = edit(&mut store.notifications.templates, kind, lang)?;
    let published = store.published.is_some();
    super::publish::save_shared(folders, &mut config, store.clone(), publisher)?;
    let what = fl!(
        "cli-template-which",
        email = kind.name(),
        lang = lang,
        name = store.name.as_str()
    );
    println!("{done} {what}");
    if published {
        println!(
            "{}",
            fl!(
                "cli-notifications-published",
                name = store.name.as_str(),
                dn = crate::services::published::location(&store)
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The template rendered with the sample change (the author's own
/// confirmation): the subject and the text part printed, the HTML part
/// written to `html` for a browser.
fn preview(folders: &Folders, which: &Which, html: Option<&Path>) -> Result<ExitCode, Failure> {
    let config = load(folders)?;
    let store = find_store(&config, &which.store)?;
    let (kind, lang) = (EmailKind::from(which.email), which.lang()?);
    let template: Template = store.notifications.templates.effective(kind, lang);
    let sample = templates::sample_context(kind, lang, &store.name, true);
    let email = templates::render(&template, &sample).map_err(Failure::from)?;
    println!("{}: {}", Part::Subject.label(), email.subject);
    println!();
    print!("{}", email.text);
    if let Some(path) = html {
        std::fs::write(path, &email.html).map_err(|e| {
            Failure(fl!(
                "cli-template-unwritable",
                file = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        eprintln!(
            "{}",
            fl!(
                "cli-template-html-written",
                file = path.display().to_string()
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
