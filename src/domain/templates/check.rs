//! Checking a template before it is saved: its syntax, every tag it names
//! (against the dictionary), and a trial render of each branch with the
//! sample change. A problem says where: part, line and column.

use std::collections::HashSet;

use super::{
    EmailKind, MAX_SOURCE_BYTES, Part, Template, dictionary, environment, render_part,
    sample_context,
};
use crate::fl;

/// What is wrong with one part of a template, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub part: Part,
    /// 1-based; `None` when the engine could not say.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub detail: String,
}

impl Problem {
    /// `error` as met in `source`: its line, and the column of its start.
    pub fn of(part: Part, source: &str, error: &minijinja::Error) -> Self {
        let (line, column) = match error.range() {
            Some(range) => {
                let (line, column) = position(source, range.start);
                (Some(line), Some(column))
            }
            None => (error.line(), None),
        };
        let detail = match error.detail() {
            Some(detail) => detail.to_owned(),
            None => error.kind().to_string(),
        };
        Self {
            part,
            line,
            column,
            detail,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let part = self.part.label();
        let detail = self.detail.as_str();
        let text = match (self.line, self.column) {
            (Some(line), Some(column)) => fl!(
                "template-problem-at",
                part = part,
                line = line,
                column = column,
                detail = detail
            ),
            (Some(line), None) => {
                fl!(
                    "template-problem-line",
                    part = part,
                    line = line,
                    detail = detail
                )
            }
            _ => fl!("template-problem", part = part, detail = detail),
        };
        f.write_str(&text)
    }
}

/// 1-based line and column (in characters) of byte `offset`.
fn position(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The byte ranges of `source` inside `{{ … }}` and `{% … %}`.
fn tag_regions(source: &str) -> Vec<std::ops::Range<usize>> {
    let mut regions = Vec::new();
    let mut at = 0;
    while let Some(start) = source[at..].find('{').map(|i| at + i) {
        let close = match source.get(start + 1..start + 2) {
            Some("{") => "}}",
            Some("%") => "%}",
            _ => {
                at = start + 1;
                continue;
            }
        };
        let end = source[start + 2..]
            .find(close)
            .map_or(source.len(), |i| start + 2 + i);
        regions.push(start + 2..end);
        at = end;
    }
    regions
}

/// Where `name` is first used as a tag in `source`: a whole word inside
/// `{{ … }}` or `{% … %}`, never the same word in the text around them.
fn first_use(source: &str, name: &str) -> Option<usize> {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    tag_regions(source).into_iter().find_map(|region| {
        let inside = &source[region.clone()];
        inside.match_indices(name).map(|(at, _)| at).find_map(|at| {
            let before = inside[..at].chars().next_back();
            let after = inside[at + name.len()..].chars().next();
            (!before.is_some_and(word) && !after.is_some_and(|c| word(c) && c != '.'))
                .then_some(region.start + at)
        })
    })
}

/// Names a template may use besides the dictionary's: the objects the tags
/// are fields of, and the engine's own functions.
const ALSO_KNOWN: &[&str] = &[
    "object",
    "author",
    "recipient",
    "range",
    "loop",
    "namespace",
    "dict",
];

/// Checks one part: syntax, tags, and a render of each sample branch.
fn check_part(kind: EmailKind, lang: &str, part: Part, source: &str) -> Result<(), Problem> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(Problem {
            part,
            line: None,
            column: None,
            detail: fl!(
                "template-too-big",
                size = source.len(),
                max = MAX_SOURCE_BYTES
            ),
        });
    }
    let env = environment(part);
    let template = env
        .template_from_str(source)
        .map_err(|e| Problem::of(part, source, &e))?;
    let known: HashSet<&str> = dictionary(kind)
        .iter()
        .map(|t| t.name)
        .chain(ALSO_KNOWN.iter().copied())
        .collect();
    let mut unknown: Vec<String> = template
        .undeclared_variables(true)
        .into_iter()
        .filter(|name| !known.contains(name.as_str()))
        .collect();
    unknown.sort_by_key(|name| first_use(source, name).unwrap_or(usize::MAX));
    if let Some(name) = unknown.first() {
        let (line, column) = match first_use(source, name) {
            Some(at) => {
                let (line, column) = position(source, at);
                (Some(line), Some(column))
            }
            None => (None, None),
        };
        return Err(Problem {
            part,
            line,
            column,
            detail: fl!("template-unknown-tag", tag = name.as_str()),
        });
    }
    for own in [true, false] {
        let sample = sample_context(kind, lang, "Example Directory", own);
        render_part(source, part, &sample).map_err(|e| Problem::of(part, source, &e))?;
    }
    Ok(())
}

/// Checks every part of `template`; the problems found, at most one a part.
pub fn check(kind: EmailKind, lang: &str, template: &Template) -> Vec<Problem> {
    Part::ALL
        .into_iter()
        .filter_map(|part| check_part(kind, lang, part, template.part(part)).err())
        .collect()
}
