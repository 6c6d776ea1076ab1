//! A CSV sheet of edits, as spreadsheets write it: a header row
//! `dn,<attribute>,…`, then one object per row whose cells replace the
//! attribute's values (an empty cell leaves it alone; the clear marker, if
//! one is given, clears it). UTF-8 with or without a BOM, quoted fields with
//! line breaks, `,` or `;` between fields (the header row decides). Read
//! with the `csv` crate.

use super::{AttributeOp, BulkChange, FileProblem, Refused, finish};
use crate::fl;

/// The separator the header row uses: `;` when it has more of them than
/// commas (a spreadsheet in a locale that writes decimal commas).
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// The 1-based line a record starting at byte `offset` begins on: counted
/// here, since with CR LF line ends (spreadsheets write those) the reader
/// starts a record on the LF that ends the line before.
fn line_at(text: &str, offset: u64) -> usize {
    let bytes = text.as_bytes();
    let mut offset = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    while offset < bytes.len() && matches!(bytes[offset], b'\r' | b'\n') {
        offset += 1;
    }
    bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Reads a CSV sheet; `clear` is the cell text that clears an attribute.
pub fn parse_csv(text: &str, clear: Option<&str>) -> Result<Vec<BulkChange>, Refused> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let refused = |line: usize, detail: String| Refused(vec![FileProblem { line, detail }]);
    let header = reader
        .headers()
        .map_err(|e| refused(1, e.to_string()))?
        .clone();
    let names: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
    if !names.first().is_some_and(|n| n.eq_ignore_ascii_case("dn")) {
        return Err(refused(1, fl!("csv-dn-first")));
    }
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for name in &names[1..] {
        if name.is_empty() {
            problems.push(FileProblem {
                line: 1,
                detail: fl!("csv-empty-header"),
            });
        } else if !seen.insert(name.to_ascii_lowercase()) {
            problems.push(FileProblem {
                line: 1,
                detail: fl!("csv-header-twice", attribute = name.as_str()),
            });
        }
    }
    let mut changes = Vec::new();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(error) => {
                let line = error.position().map_or(0, |p| line_at(text, p.byte()));
                let detail = match error.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        fl!(
                            "csv-wrong-field-count",
                            expected = expected_len.to_string(),
                            found = len.to_string()
                        )
                    }
                    _ => error.to_string(),
                };
                problems.push(FileProblem { line, detail });
                continue;
            }
        };
        let line = row.position().map_or(0, |p| line_at(text, p.byte()));
        let dn = row.get(0).unwrap_or_default().trim().to_owned();
        if dn.is_empty() {
            problems.push(FileProblem {
                line,
                detail: fl!("csv-no-dn"),
            });
            continue;
        }
        let ops: Vec<AttributeOp> = names[1..]
            .iter()
            .zip(row.iter().skip(1))
            .filter(|(_, cell)| !cell.is_empty())
            .map(|(attribute, cell)| AttributeOp::Replace {
                attribute: attribute.clone(),
                values: if Some(cell) == clear {
                    Vec::new()
                } else {
                    vec![cell.to_owned()]
                },
            })
            .collect();
        if ops.is_empty() {
            // A row of empty cells changes nothing: not a change to make.
            continue;
        }
        changes.push(BulkChange { line, dn, ops }.compact());
    }
    finish(changes, problems)
}
