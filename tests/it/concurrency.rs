//! Several dirdesk processes on one data folder at once (two windows, a
//! window and a script, a cron job): every change is saved and recorded,
//! and every email goes exactly once.

use std::collections::BTreeSet;

use crate::notifications_e2e::{Setup, header};
use crate::support::{changes_setting, free_port, own_group, servers, unique};

/// How many captured messages carry `message_id`.
fn copies(message_id: &str) -> usize {
    let id = message_id.trim_matches(['<', '>']);
    servers()
        .captured_mail()
        .iter()
        .filter(|m| header(m, "Message-ID").is_some_and(|h| h.trim_matches(['<', '>']) == id))
        .count()
}

/// Every change whose new description is one of `texts`: recorded once,
/// with its one email (alice's confirmation), delivered exactly once.
fn each_sent_once(setup: &Setup, texts: &[String]) {
    let history = setup.queue().history(None, None).expect("history");
    for text in texts {
        let entries = changes_setting(&history, text);
        assert_eq!(entries.len(), 1, "{text}: recorded once");
        assert_eq!(
            entries[0].notifications.len(),
            1,
            "{text}: alice's confirmation was queued"
        );
        for email in &entries[0].notifications {
            assert_eq!(
                copies(&email.message_id),
                1,
                "{text}: {} sent once",
                email.recipient
            );
        }
    }
    assert!(setup.pending().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn two_dirdesks_saving_at_once_both_save_record_and_send_once() {
    let setup = Setup::new(true);
    let mut groups = Vec::new();
    for _ in 0..6 {
        groups.push(own_group("alice", &["alice"]).await);
    }
    let texts: Vec<String> = (0..6)
        .map(|i| unique(&format!("concurrent save {i}")))
        .collect();
    std::thread::scope(|scope| {
        for (group, text) in groups.iter().zip(&texts) {
            let setup = &setup;
            scope.spawn(move || {
                let output = setup.edit_description("alice", group, text, &[]);
                assert!(
                    output.status.success(),
                    "{}",
                    String::from_utf8_lossy(&output.stderr)
                );
            });
        }
    });
    each_sent_once(&setup, &texts);
}

#[tokio::test(flavor = "multi_thread")]
async fn several_senders_at_once_send_each_waiting_email_once() {
    let setup = Setup::new(true);
    // The mail server is down while six changes are saved: six emails wait.
    setup.smtp(free_port(), &servers().smtp_password);
    let mut texts = Vec::new();
    for i in 0..6 {
        let group = own_group("alice", &["alice"]).await;
        let text = unique(&format!("waiting {i}"));
        assert!(
            setup
                .edit_description("alice", &group, &text, &[])
                .status
                .success()
        );
        texts.push(text);
    }
    assert_eq!(setup.pending().len(), 6);

    // It is back, and four senders start at the same moment.
    setup.smtp(servers().smtp_starttls_port, &servers().smtp_password);
    let answers: BTreeSet<bool> = std::thread::scope(|scope| {
        let senders: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| setup.run(&["queue", "send", "--all"], "").status.success()))
            .collect();
        senders
            .into_iter()
            .map(|s| s.join().expect("sender"))
            .collect()
    });
    assert!(answers.contains(&true), "the senders ran");
    each_sent_once(&setup, &texts);
}
