//! The Notification Editor's templates: every email dirdesk sends is a
//! subject, an HTML part and a plain-text part per language, written in
//! MiniJinja. The built-in ones are generated from the translations
//! (`builtin`); an admin's own replace them per email, language and part,
//! and travel with the store's shared settings. Values are escaped for where
//! they go whatever a template says: HTML-escaped in the HTML part, control
//! characters made visible in the text part, one line in the subject.

mod builtin;
mod check;
pub(crate) mod context;

use std::collections::BTreeMap;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::{Deserialize, Serialize};

pub use builtin::builtin;
pub use check::{Problem, check};
pub use context::{
    Dictionary, Tag, change_context, dictionary, digest_context, sample_context, test_context,
};

use super::email::{EmailContent, escape_html, header_safe, text_safe, wrap};
use crate::fl;

/// The languages a template can be written in: dirdesk's twelve.
pub const LANGUAGES: [&str; 12] = [
    "da", "de", "en", "es", "fi", "fr", "is", "it", "nl", "pt", "sv", "tr",
];

/// Which email a template is for, named as `dirdesk templates list` prints
/// them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EmailKind {
    /// The confirmation of a change, to its author and everyone else
    /// notified.
    Change,
    /// The Notifications page's Test Server email.
    Test,
    /// One email per recipient about the changes of a bulk edit.
    Digest,
}

impl EmailKind {
    pub const ALL: [EmailKind; 3] = [EmailKind::Change, EmailKind::Digest, EmailKind::Test];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            EmailKind::Change => "change",
            EmailKind::Test => "test",
            EmailKind::Digest => "digest",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name.trim())
    }

    pub fn label(self) -> String {
        match self {
            EmailKind::Change => fl!("template-email-change"),
            EmailKind::Test => fl!("template-email-test"),
            EmailKind::Digest => fl!("template-email-digest"),
        }
    }
}

/// One of a template's three parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Subject,
    Html,
    Text,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Subject, Part::Html, Part::Text];

    pub fn label(self) -> String {
        match self {
            Part::Subject => fl!("template-part-subject"),
            Part::Html => fl!("template-part-html"),
            Part::Text => fl!("template-part-text"),
        }
    }
}

/// A template's source: subject, HTML and plain text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Template {
    pub subject: String,
    pub html: String,
    pub text: String,
}

impl Template {
    pub fn part(&self, part: Part) -> &str {
        match part {
            Part::Subject => &self.subject,
            Part::Html => &self.html,
            Part::Text => &self.text,
        }
    }
}

/// An admin's own wording for one email in one language; a part left out
/// is the built-in one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomTemplate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl CustomTemplate {
    pub fn is_empty(&self) -> bool {
        self.subject.is_none() && self.html.is_none() && self.text.is_none()
    }

    pub fn part(&self, part: Part) -> Option<&str> {
        match part {
            Part::Subject => self.subject.as_deref(),
            Part::Html => self.html.as_deref(),
            Part::Text => self.text.as_deref(),
        }
    }

    /// The parts written here over `built_in`.
    pub fn over(&self, built_in: Template) -> Template {
        Template {
            subject: self.subject.clone().unwrap_or(built_in.subject),
            html: self.html.clone().unwrap_or(built_in.html),
            text: self.text.clone().unwrap_or(built_in.text),
        }
    }
}

/// A store's own templates, by email and language (`change` → `de` → …).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Templates(pub BTreeMap<EmailKind, BTreeMap<String, CustomTemplate>>);

impl Templates {
    pub fn is_empty(&self) -> bool {
        self.0
            .values()
            .all(|languages| languages.values().all(CustomTemplate::is_empty))
    }

    pub fn custom(&self, kind: EmailKind, lang: &str) -> Option<&CustomTemplate> {
        self.0
            .get(&kind)
            .and_then(|languages| languages.get(lang))
            .filter(|t| !t.is_empty())
    }

    /// The template in force for `kind` in `lang`: the store's own parts
    /// over the built-in ones.
    pub fn effective(&self, kind: EmailKind, lang: &str) -> Template {
        let built_in = builtin(kind, lang);
        match self.custom(kind, lang) {
            Some(custom) => custom.over(built_in),
            None => built_in,
        }
    }

    /// Renders `kind` in `lang` with `context`: the store's own template,
    /// or — should it fail at sending time (it passed its check when saved)
    /// — the built-in one, so the email goes out either way.
    pub fn render(
        &self,
        kind: EmailKind,
        lang: &str,
        context: &Value,
    ) -> Result<EmailContent, Problem> {
        let built_in = builtin(kind, lang);
        let Some(custom) = self.custom(kind, lang) else {
            return render(&built_in, context);
        };
        render(&custom.over(built_in.clone()), context).or_else(|problem| {
            tracing::warn!(%problem, kind = kind.name(), lang, "the store's template failed; the built-in one is sent");
            render(&built_in, context)
        })
    }

    /// Sets the store's own template (an empty one removes it).
    pub fn put(&mut self, kind: EmailKind, lang: &str, template: CustomTemplate) {
        let languages = self.0.entry(kind).or_default();
        if template.is_empty() {
            languages.remove(lang);
        } else {
            languages.insert(lang.to_owned(), template);
        }
        if languages.is_empty() {
            self.0.remove(&kind);
        }
    }

    /// Back to the built-in template.
    pub fn reset(&mut self, kind: EmailKind, lang: &str) {
        self.put(kind, lang, CustomTemplate::default());
    }
}

/// The language code a recipient's language tag is written for: one of
/// [`LANGUAGES`], English when none fits.
pub fn language_of(loader: &i18n_embed::fluent::FluentLanguageLoader) -> String {
    let chosen = loader
        .current_languages()
        .first()
        .map(|l| l.language.as_str().to_owned())
        .unwrap_or_default();
    if LANGUAGES.contains(&chosen.as_str()) {
        chosen
    } else {
        "en".into()
    }
}

/// Work one email may cost: several times what a change of 50,000 members
/// needs with the built-in template (`tests::a_change_of_50000_members_renders`),
/// low enough that a template looping over `range()` inside `range()`, or
/// repeating strings, stops within a second or two instead of hanging the
/// queue (minijinja also counts the strings it builds against it).
const FUEL: u64 = 5_000_000;

/// The longest part a template may have (its source): far above any real
/// email, small enough for the directory entry of a published store.
pub const MAX_SOURCE_BYTES: usize = 64 * 1024;

/// The longest indent `wrap` takes.
const MAX_INDENT_CHARS: usize = 16;

/// Text for the HTML part: markup escaped, control characters (a CR, a
/// NUL) replaced. Text the template made safe itself (`escape`, a `set`
/// block) holds no markup of a value's, but may hold its control
/// characters: those go too.
fn html_text(value: &Value) -> String {
    let text = value.to_string();
    if value.is_safe() {
        text.chars()
            .map(|c| {
                if c.is_control() && c != '\n' && c != '\t' {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    } else {
        escape_html(&text)
    }
}

/// The environment every template is checked and rendered in.
fn environment(part: Part) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    env.set_recursion_limit(50);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("the default delimiters"),
    );
    env.set_auto_escape_callback(move |_| match part {
        Part::Html => AutoEscape::Html,
        Part::Subject | Part::Text => AutoEscape::None,
    });
    // Every value is escaped for its part, whatever `{% autoescape %}`
    // says; only text the template itself produced is marked safe, and
    // `safe` marks nothing. A value that is not there (an author without
    // mail) prints as nothing, not as "none".
    env.set_formatter(move |out, _state, value| {
        if value.is_none() {
            return Ok(());
        }
        let written = match part {
            Part::Html => html_text(value),
            Part::Text => text_safe(&value.to_string()),
            Part::Subject => value.to_string(),
        };
        out.write_str(&written).map_err(minijinja::Error::from)
    });
    env.add_filter("safe", |value: String| value);
    env.add_filter(
        "wrap",
        |state: &minijinja::State, value: String, width: Option<usize>, indent: Option<String>| {
            let indent: String = indent
                .unwrap_or_default()
                .chars()
                .take(MAX_INDENT_CHARS)
                .collect();
            let width = width.unwrap_or(72).clamp(10, 1000);
            // Its output is about its input's size again, indents and all.
            let lines = value.len() / width + 1;
            state.consume_fuel(((value.len() + lines * (indent.len() + 1)) / 64) as u64 + 1)?;
            Ok::<_, minijinja::Error>(wrap(&value, width, &indent))
        },
    );
    env
}

/// Renders one part of a template with `context`.
pub fn render_part(source: &str, part: Part, context: &Value) -> Result<String, minijinja::Error> {
    let env = environment(part);
    let template = env.template_from_str(source)?;
    template.render(context)
}

/// Renders a whole template; the subject is made one header line.
pub fn render(template: &Template, context: &Value) -> Result<EmailContent, Problem> {
    let part = |p: Part| {
        render_part(template.part(p), p, context).map_err(|e| Problem::of(p, template.part(p), &e))
    };
    Ok(EmailContent {
        subject: header_safe(&part(Part::Subject)?),
        html: part(Part::Html)?,
        text: part(Part::Text)?,
    })
}

#[cfg(test)]
mod tests;
