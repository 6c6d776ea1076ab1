//! One email per recipient for a bulk edit: the changes of a batch, each
//! planned as one save's notifications would be, gathered by address. A
//! recipient reads the first `LISTED` objects in the body; when there are
//! more, the whole list comes attached as a CSV file.

use super::change::ChangeRecord;
use super::recipients::{Plan, Recipient};

/// How many changed objects a digest lists in its body.
pub const LISTED: usize = 50;

/// The attached list's file name.
pub const ATTACHMENT_NAME: &str = "changes.csv";

/// What one recipient is told about.
#[derive(Debug)]
pub struct Digest {
    /// Every reason they are told, over all their changes.
    pub recipient: Recipient,
    pub count: usize,
    /// The first `LISTED` changes.
    pub listed: Vec<ChangeRecord>,
    /// The whole list as CSV, when it is longer than `listed`.
    pub attachment: Option<Vec<u8>>,
}

impl Digest {
    /// How many changes the body does not list.
    pub fn more(&self) -> usize {
        self.count - self.listed.len()
    }
}

struct Gathering {
    digest: Digest,
    csv: csv::Writer<Vec<u8>>,
}

/// Gathers a batch's changes by recipient, change by change.
#[derive(Default)]
pub struct Digests {
    gathering: Vec<Gathering>,
}

impl Digests {
    /// Adds `record` for everyone its `plan` reaches, once per address.
    pub fn add(&mut self, record: &ChangeRecord, plan: &Plan) {
        let mut reached = Vec::with_capacity(plan.recipients.len());
        for recipient in &plan.recipients {
            let at = match self.gathering.iter().position(|g| {
                g.digest
                    .recipient
                    .address
                    .eq_ignore_ascii_case(&recipient.address)
            }) {
                Some(at) => at,
                None => {
                    self.gathering.push(Gathering::new(recipient));
                    self.gathering.len() - 1
                }
            };
            if reached.contains(&at) {
                self.gathering[at].add_reasons(recipient);
            } else {
                reached.push(at);
                self.gathering[at].add(record, recipient);
            }
        }
    }

    /// One digest per recipient, in the order they were first reached.
    pub fn finish(self) -> Vec<Digest> {
        self.gathering.into_iter().map(Gathering::finish).collect()
    }
}

impl Gathering {
    fn new(recipient: &Recipient) -> Self {
        let mut csv = csv::Writer::from_writer(Vec::new());
        // Writing to memory cannot fail.
        let _ = csv.write_record(["dn", "name", "attribute", "old", "new", "when"]);
        Self {
            digest: Digest {
                recipient: Recipient {
                    reasons: Vec::new(),
                    ..recipient.clone()
                },
                count: 0,
                listed: Vec::new(),
                attachment: None,
            },
            csv,
        }
    }

    fn add_reasons(&mut self, recipient: &Recipient) {
        let digest = &mut self.digest;
        for reason in &recipient.reasons {
            if !digest.recipient.reasons.contains(reason) {
                digest.recipient.reasons.push(*reason);
            }
        }
        // A personal language beats the English of the To/CC lists.
        if digest.recipient.language.is_none() {
            digest.recipient.language.clone_from(&recipient.language);
        }
    }

    fn add(&mut self, record: &ChangeRecord, recipient: &Recipient) {
        self.add_reasons(recipient);
        let digest = &mut self.digest;
        digest.count += 1;
        if digest.listed.len() < LISTED {
            digest.listed.push(record.clone());
        }
        let when = record.at.to_string();
        for change in &record.changes {
            let _ = self.csv.write_record([
                cell(&record.object_dn).as_str(),
                cell(&record.object_name).as_str(),
                cell(&change.attribute).as_str(),
                cell(&change.old.join("\n")).as_str(),
                cell(&change.new.join("\n")).as_str(),
                when.as_str(),
            ]);
        }
    }

    fn finish(self) -> Digest {
        let mut digest = self.digest;
        if digest.count > digest.listed.len() {
            digest.attachment = self.csv.into_inner().ok();
        }
        digest
    }
}

/// A value as a spreadsheet cell that shows it and never runs it: one
/// that a spreadsheet would take for a formula gets a leading apostrophe.
/// (The csv crate quotes separators, quotes and line breaks.)
pub fn cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::recipients::Reason;
    use crate::domain::templates::context::sample_record;

    fn to(address: &str, reason: Reason) -> Recipient {
        Recipient {
            address: address.into(),
            name: None,
            language: None,
            reasons: vec![reason],
        }
    }

    #[test]
    fn each_recipient_gets_one_digest_of_their_changes_and_a_long_list_is_attached() {
        let mut digests = Digests::default();
        let record = sample_record("Corp");
        for i in 0..LISTED + 3 {
            let mut recipients = vec![to("alice@example.test", Reason::LoggedInUser)];
            if i % 10 == 0 {
                recipients.push(to("OWNER@example.test", Reason::GroupOwner));
                recipients.push(to("owner@example.test", Reason::To));
            }
            let plan = Plan {
                recipients,
                not_sent: Vec::new(),
            };
            let mut record = record.clone();
            record.object_name = format!("=cmd|{i}");
            digests.add(&record, &plan);
        }
        let all = digests.finish();
        assert_eq!(all.len(), 2, "one digest per address, whatever its case");
        let own = &all[0];
        assert_eq!((own.count, own.listed.len(), own.more()), (53, 50, 3));
        let csv = String::from_utf8(own.attachment.clone().unwrap()).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 53 * 2, "every attribute of every change");
        assert_eq!(&rows[0][1], "'=cmd|0", "no formula reaches a spreadsheet");
        assert_eq!(
            &rows[1][4],
            "CN=Carol Clark,OU=People,DC=example,DC=test\nCN=Dan Dunn,OU=People,DC=example,DC=test"
        );
        let owner = &all[1];
        assert_eq!((owner.count, owner.attachment.is_none()), (6, true));
        assert_eq!(owner.recipient.reasons, [Reason::GroupOwner, Reason::To]);
    }
}
