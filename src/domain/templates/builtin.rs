//! The built-in templates: today's emails, written out per language from
//! the skeletons in `assets/templates` and the translations. A skeleton is
//! itself a MiniJinja template with `<< >>` / `<% %>` delimiters whose
//! `t(id, arg="…")` calls become the translated sentence, its arguments
//! the email template's own `{{ … }}` tags; so an admin opening the German
//! template reads German, not message ids.

use std::collections::HashMap;
use std::sync::LazyLock;

use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, Error, ErrorKind};

use super::{EmailKind, LANGUAGES, Part, Template};
use crate::domain::email::escape_html;

/// The skeleton of each part of each email.
fn skeleton(kind: EmailKind, part: Part) -> &'static str {
    match (kind, part) {
        (EmailKind::Change, Part::Subject) => {
            include_str!("../../../assets/templates/change.subject")
        }
        (EmailKind::Change, Part::Html) => include_str!("../../../assets/templates/change.html"),
        (EmailKind::Change, Part::Text) => include_str!("../../../assets/templates/change.txt"),
        (EmailKind::Test, Part::Subject) => include_str!("../../../assets/templates/test.subject"),
        (EmailKind::Test, Part::Html) => include_str!("../../../assets/templates/test.html"),
        (EmailKind::Test, Part::Text) => include_str!("../../../assets/templates/test.txt"),
        (EmailKind::Digest, Part::Subject) => {
            include_str!("../../../assets/templates/digest.subject")
        }
        (EmailKind::Digest, Part::Html) => include_str!("../../../assets/templates/digest.html"),
        (EmailKind::Digest, Part::Text) => include_str!("../../../assets/templates/digest.txt"),
    }
}

/// Writes one part in `lang`.
fn write_out(kind: EmailKind, part: Part, lang: &str) -> Result<String, Error> {
    let loader = crate::i18n::loader_for(Some(lang));
    let mut env = Environment::new();
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .block_delimiters("<%", "%>")
            .variable_delimiters("<<", ">>")
            .comment_delimiters("<#", "#>")
            .keep_trailing_newline(true)
            .build()?,
    );
    env.set_auto_escape_callback(|_| AutoEscape::None);
    // A translation is text: in the HTML part its `&` and `<` are escaped
    // (the `{{ … }}` tags it carries have neither).
    env.set_formatter(move |out, _, value| {
        let text = value.to_string();
        let text = if part == Part::Html {
            escape_html(&text)
        } else {
            text
        };
        out.write_str(&text).map_err(Error::from)
    });
    env.add_function("t", move |id: String, args: Kwargs| {
        if !loader.has(&id) {
            return Err(Error::new(
                ErrorKind::UndefinedError,
                format!("no message {id}"),
            ));
        }
        let mut values = HashMap::new();
        for name in args.args() {
            values.insert(name.to_owned(), args.get::<String>(name)?);
        }
        args.assert_all_used()?;
        Ok(loader.get_args(&id, values))
    });
    let text = env
        .template_from_str(skeleton(kind, part))?
        .render(Value::UNDEFINED)?;
    Ok(match part {
        Part::Subject => text.trim_end().to_owned(),
        Part::Html | Part::Text => text,
    })
}

static BUILT_IN: LazyLock<HashMap<(EmailKind, &'static str), Template>> = LazyLock::new(|| {
    let mut all = HashMap::new();
    for kind in EmailKind::ALL {
        for lang in LANGUAGES {
            let part = |part| {
                write_out(kind, part, lang)
                    .unwrap_or_else(|e| panic!("built-in {} template ({lang}): {e:#}", kind.name()))
            };
            let template = Template {
                subject: part(Part::Subject),
                html: part(Part::Html),
                text: part(Part::Text),
            };
            all.insert((kind, lang), template);
        }
    }
    all
});

/// The built-in template for `kind` in `lang` (English for a language
/// dirdesk does not have).
pub fn builtin(kind: EmailKind, lang: &str) -> Template {
    BUILT_IN
        .get(&(kind, lang))
        .or_else(|| BUILT_IN.get(&(kind, "en")))
        .cloned()
        .unwrap_or_default()
}
