//! LDIF change records (RFC 2849) as `ldapmodify` reads them: folded
//! lines, comments, base64 (`::`) values and DNs, `changetype: modify` with
//! `add` / `delete` / `replace` sections ended by `-`. Records that add,
//! delete or rename objects are refused with their line: bulk edits change
//! objects. Hand-written: no maintained Rust crate reads LDIF change
//! records (the ldif crates on crates.io parse content records only, or are
//! unmaintained), and the format is small.

use base64::Engine as _;

use super::{AttributeOp, BulkChange, FileProblem, Refused, finish};
use crate::fl;

/// A logical line (folds joined) and the physical line it starts on.
struct Line {
    number: usize,
    text: String,
}

/// Logical lines, grouped into records (blank lines between), comments
/// left out; one record at a time, so a file of 100,000 records is never
/// held twice over as lines.
fn records(text: &str) -> impl Iterator<Item = Vec<Line>> + '_ {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = text.split('\n').enumerate();
    let mut in_comment = false;
    std::iter::from_fn(move || {
        let mut record: Vec<Line> = Vec::new();
        for (index, raw) in lines.by_ref() {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if let Some(folded) = raw.strip_prefix(' ') {
                // A continuation: of a comment, or of the line before.
                if !in_comment && let Some(last) = record.last_mut() {
                    last.text.push_str(folded);
                }
                continue;
            }
            in_comment = raw.starts_with('#');
            if in_comment {
                continue;
            }
            if raw.is_empty() {
                if !record.is_empty() {
                    return Some(record);
                }
                continue;
            }
            record.push(Line {
                number: index + 1,
                text: raw.to_owned(),
            });
        }
        (!record.is_empty()).then_some(record)
    })
}

/// `name: value`, `name:: base64` or `name:< url`, as (name, value).
fn split(line: &Line) -> Result<(String, String), FileProblem> {
    let problem = |detail: String| FileProblem {
        line: line.number,
        detail,
    };
    let Some((name, rest)) = line.text.split_once(':') else {
        return Err(problem(fl!("ldif-no-colon", text = line.text.as_str())));
    };
    let name = name.trim().to_owned();
    if let Some(encoded) = rest.strip_prefix(':') {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .map_err(|e| {
                problem(fl!(
                    "ldif-bad-base64",
                    name = name.as_str(),
                    error = e.to_string()
                ))
            })?;
        let value = String::from_utf8(bytes)
            .map_err(|_| problem(fl!("ldif-not-text", name = name.as_str())))?;
        return Ok((name, value));
    }
    if rest.starts_with('<') {
        return Err(problem(fl!("ldif-no-urls", name = name.as_str())));
    }
    Ok((name, rest.trim_start_matches(' ').to_owned()))
}

/// One record: `dn`, `changetype: modify`, then its sections.
fn record(lines: &[Line]) -> Result<BulkChange, Vec<FileProblem>> {
    let first = lines[0].number;
    let at = |line: usize, detail: String| vec![FileProblem { line, detail }];
    let (name, dn) = split(&lines[0]).map_err(|p| vec![p])?;
    if !name.eq_ignore_ascii_case("dn") {
        return Err(at(first, fl!("ldif-dn-first", name = name.as_str())));
    }
    let mut rest = lines[1..].iter().peekable();
    // Controls are not dirdesk's to send on a user's behalf.
    if let Some(line) = rest.peek()
        && line.text.to_ascii_lowercase().starts_with("control:")
    {
        return Err(at(line.number, fl!("ldif-no-controls")));
    }
    match rest.next().map(|line| (line, split(line))) {
        Some((line, Ok((name, kind)))) if name.eq_ignore_ascii_case("changetype") => {
            if !kind.trim().eq_ignore_ascii_case("modify") {
                return Err(at(
                    line.number,
                    fl!("ldif-only-modify", changetype = kind.trim()),
                ));
            }
        }
        Some((_, Err(problem))) => return Err(vec![problem]),
        _ => return Err(at(first, fl!("ldif-no-changetype", dn = dn.as_str()))),
    }
    let mut ops = Vec::new();
    let mut problems = Vec::new();
    while let Some(line) = rest.next() {
        let (kind, attribute) = match split(line) {
            Ok(pair) => pair,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let attribute = attribute.trim().to_owned();
        let mut values = Vec::new();
        // The section's values, up to its `-` (or the record's end).
        while let Some(value_line) = rest.next_if(|l| l.text.trim_end() != "-") {
            match split(value_line) {
                Ok((name, value)) if name.eq_ignore_ascii_case(&attribute) => values.push(value),
                Ok((name, _)) => problems.push(FileProblem {
                    line: value_line.number,
                    detail: fl!(
                        "ldif-other-attribute",
                        name = name.as_str(),
                        attribute = attribute.as_str()
                    ),
                }),
                Err(problem) => problems.push(problem),
            }
        }
        rest.next_if(|l| l.text.trim_end() == "-");
        ops.push(match kind.to_ascii_lowercase().as_str() {
            "add" if values.is_empty() => {
                problems.push(FileProblem {
                    line: line.number,
                    detail: fl!("ldif-add-without-values", attribute = attribute.as_str()),
                });
                continue;
            }
            "add" => AttributeOp::Add { attribute, values },
            "delete" => AttributeOp::Delete { attribute, values },
            "replace" => AttributeOp::Replace { attribute, values },
            _ => {
                problems.push(FileProblem {
                    line: line.number,
                    detail: fl!("ldif-unknown-operation", operation = kind.as_str()),
                });
                continue;
            }
        });
    }
    if ops.is_empty() && problems.is_empty() {
        problems.push(FileProblem {
            line: first,
            detail: fl!("ldif-nothing-to-change", dn = dn.as_str()),
        });
    }
    if problems.is_empty() {
        Ok(BulkChange {
            line: first,
            dn,
            ops,
        })
    } else {
        Err(problems)
    }
}

/// Reads LDIF change records; the file is refused whole with every
/// problem's line if anything in it is wrong.
pub fn parse_ldif(text: &str) -> Result<Vec<BulkChange>, Refused> {
    let mut changes = Vec::new();
    let mut problems = Vec::new();
    for (index, lines) in records(text).enumerate() {
        // `version: 1` may open the file.
        let lines = match lines.first() {
            Some(first)
                if index == 0 && first.text.to_ascii_lowercase().starts_with("version:") =>
            {
                &lines[1..]
            }
            _ => &lines[..],
        };
        if lines.is_empty() {
            continue;
        }
        match record(lines) {
            Ok(change) => changes.push(change.compact()),
            Err(found) => problems.extend(found),
        }
    }
    finish(changes, problems)
}
