//! The History's filters, as the article's product has them: by user, by
//! object, by attribute, by a text an old or new value contains, by store
//! and by date range; and the History as a spreadsheet (CSV), one row per
//! attribute changed.

use crate::domain::change::ChangeRecord;
use crate::domain::digest::cell;
use crate::fl;

/// What to show of the History. Every part left out matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryFilter {
    pub store_id: Option<String>,
    /// The login of who made the change.
    pub author: Option<String>,
    pub object: Option<String>,
    pub attribute: Option<String>,
    /// A text an old or new value contains (letter case aside).
    pub contains: Option<String>,
    /// From this moment on (inclusive).
    pub since: Option<jiff::Timestamp>,
    /// Before this moment (exclusive).
    pub until: Option<jiff::Timestamp>,
    /// Paging, newest first: only entries recorded before the one with
    /// this id (the last of the page before), and at most `limit`.
    pub before: Option<i64>,
    pub limit: Option<usize>,
}

impl HistoryFilter {
    /// Whether `record` is one to show. `login` is who recorded it where
    /// the storage knows (the shared database's author); else the author's
    /// own entry is asked (its DN's first value, as `uid=bob` is bob's).
    pub fn matches(&self, record: &ChangeRecord, login: Option<&str>) -> bool {
        let lower = |s: &str| s.to_lowercase();
        let author_ok = self.author.as_deref().is_none_or(|wanted| {
            let wanted = lower(wanted);
            login.map(lower).as_deref() == Some(wanted.as_str())
                || lower(&crate::domain::directory_object::first_rdn_value(
                    &record.author.dn,
                )) == wanted
                || crate::domain::dn::same(&record.author.dn, &wanted)
        });
        let object_ok = self
            .object
            .as_deref()
            .is_none_or(|dn| crate::domain::dn::same(&record.object_dn, dn));
        let attribute_ok = self.attribute.as_deref().is_none_or(|a| {
            record
                .changes
                .iter()
                .any(|c| c.attribute.eq_ignore_ascii_case(a))
        });
        let contains_ok = self.contains.as_deref().is_none_or(|text| {
            let text = lower(text);
            record
                .changes
                .iter()
                .flat_map(|c| c.old.iter().chain(&c.new))
                .any(|v| lower(v).contains(&text))
        });
        let store_ok = self
            .store_id
            .as_deref()
            .is_none_or(|id| record.store_id.0 == id);
        let since_ok = self.since.is_none_or(|t| record.at >= t);
        let until_ok = self.until.is_none_or(|t| record.at < t);
        author_ok && object_ok && attribute_ok && contains_ok && store_ok && since_ok && until_ok
    }
}

/// A `--since` / `--until` value: a moment (`2026-11-30T08:00:00Z`) or a
/// day (`2026-11-30`, from its start in UTC; with `end_of_day`, up to its
/// end).
pub fn parse_moment(text: &str, end_of_day: bool) -> Result<jiff::Timestamp, String> {
    if let Ok(moment) = text.parse::<jiff::Timestamp>() {
        return Ok(moment);
    }
    let day: jiff::civil::Date = text
        .parse()
        .map_err(|_| fl!("history-bad-date", date = text))?;
    let day = if end_of_day {
        day.tomorrow().map_err(|e| e.to_string())?
    } else {
        day
    };
    day.to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp())
        .map_err(|e| e.to_string())
}

/// The History as CSV: one row per attribute changed, every cell shown as
/// text (never run as a formula).
pub fn to_csv<'a>(
    entries: impl IntoIterator<Item = (&'a ChangeRecord, Vec<String>)>,
) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        fl!("history-col-when"),
        fl!("history-col-store"),
        fl!("history-col-object"),
        fl!("history-col-dn"),
        fl!("history-col-author"),
        fl!("history-col-attribute"),
        fl!("history-col-old"),
        fl!("history-col-new"),
        fl!("history-col-told"),
    ];
    writer.write_record(&header).map_err(|e| e.to_string())?;
    for (record, told) in entries {
        let told = told.join("; ");
        for change in &record.changes {
            let row = [
                record.at.to_string(),
                record.store_name.clone(),
                record.object_name.clone(),
                record.object_dn.clone(),
                record.author.name.clone(),
                change.attribute.clone(),
                change.old.join("; "),
                change.new.join("; "),
                told.clone(),
            ];
            writer
                .write_record(row.iter().map(|v| cell(v)))
                .map_err(|e| e.to_string())?;
        }
    }
    writer.into_inner().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::templates::context::sample_record;

    #[test]
    fn each_filter_narrows_and_all_left_out_match_everything() {
        let record = sample_record("Corp");
        assert!(HistoryFilter::default().matches(&record, None));
        let author = crate::domain::directory_object::first_rdn_value(&record.author.dn);
        let by = |f: HistoryFilter| f.matches(&record, None);
        assert!(by(HistoryFilter {
            author: Some(author.to_uppercase()),
            ..Default::default()
        }));
        assert!(!by(HistoryFilter {
            author: Some("nobody".into()),
            ..Default::default()
        }));
        let attribute = record.changes[0].attribute.to_uppercase();
        assert!(by(HistoryFilter {
            attribute: Some(attribute),
            ..Default::default()
        }));
        assert!(!by(HistoryFilter {
            attribute: Some("nosuchattribute".into()),
            ..Default::default()
        }));
        let some_value = record.changes[0]
            .new
            .first()
            .or(record.changes[0].old.first())
            .expect("a value");
        let part: String = some_value.chars().skip(1).take(3).collect();
        assert!(by(HistoryFilter {
            contains: Some(part.to_uppercase()),
            ..Default::default()
        }));
        assert!(!by(HistoryFilter {
            since: Some(record.at + jiff::SignedDuration::from_secs(1)),
            ..Default::default()
        }));
        assert!(by(HistoryFilter {
            since: Some(record.at),
            until: Some(record.at + jiff::SignedDuration::from_secs(1)),
            ..Default::default()
        }));
        assert!(!by(HistoryFilter {
            until: Some(record.at),
            ..Default::default()
        }));
    }

    #[test]
    fn a_day_runs_from_its_start_to_its_end_in_utc() {
        let from = parse_moment("2026-11-30", false).expect("day");
        let to = parse_moment("2026-11-30", true).expect("day");
        assert_eq!(from.to_string(), "2026-11-30T00:00:00Z");
        assert_eq!(to.to_string(), "2026-12-01T00:00:00Z");
        assert_eq!(
            parse_moment("2026-11-30T08:15:00Z", true)
                .expect("moment")
                .to_string(),
            "2026-11-30T08:15:00Z"
        );
        assert!(
            parse_moment("last tuesday", false)
                .expect_err("no")
                .contains("last tuesday")
        );
    }

    #[test]
    fn the_csv_keeps_commas_quotes_and_non_ascii_and_runs_no_formula() {
        let mut record = sample_record("Corp");
        record.changes[0].old = vec!["Zoë, \"the\" first".into()];
        record.changes[0].new = vec!["=HYPERLINK(\"x\")".into()];
        let bytes = to_csv([(&record, vec!["zoe@example.test: Sent".into()])]).expect("csv");
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), record.changes.len());
        assert_eq!(&rows[0][6], "Zoë, \"the\" first");
        assert_eq!(&rows[0][7], "'=HYPERLINK(\"x\")");
        assert_eq!(&rows[0][8], "zoe@example.test: Sent");
    }
}
