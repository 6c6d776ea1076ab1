//! A queued email as the Notifications node shows it, in the window and on
//! the command line alike: the article's columns and their values.

use super::{QueuedEmail, Status};
use crate::fl;

impl QueuedEmail {
    /// The article's columns of the Notifications node, in its order.
    pub fn column_labels() -> [String; 8] {
        [
            fl!("queue-col-subject"),
            fl!("queue-col-date"),
            fl!("queue-col-to"),
            fl!("queue-col-from"),
            fl!("queue-col-cc"),
            fl!("queue-col-last-retry"),
            fl!("queue-col-retry-count"),
            fl!("queue-col-in-progress"),
        ]
    }

    /// This email under `column_labels`, times as the UI's language writes them.
    pub fn columns(&self) -> [String; 8] {
        [
            self.subject.clone(),
            crate::i18n::stored_date_time(&self.created_at),
            self.recipient.clone(),
            self.from.clone(),
            self.cc.join("; "),
            self.last_retry
                .as_deref()
                .map(crate::i18n::stored_date_time)
                .unwrap_or_default(),
            self.retry_count.to_string(),
            if self.status == Status::Sending {
                fl!("yes")
            } else {
                fl!("no")
            },
        ]
    }
}
