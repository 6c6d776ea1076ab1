//! The mail server misbehaving — answering "try again later", dropping the
//! connection in the middle of DATA, too slow to answer — while a user saves
//! changes: the change is saved, the email waits in the queue with the
//! reason, and once the server behaves it is delivered exactly once.
//!
//! The SMTP test server fails on purpose for recipients named
//! `tempfail-N-…`, `hangup-N-…` and `slow-N-…` (the first N tries); such an
//! address is the store's To list, so it is a delivery of its own.

use dirdesk::services::notification_queue::{Filter, Status};

use crate::notifications_e2e::Setup;
use crate::support::{own_group, servers, unique};

/// A store whose notifications go to `to` only, and a change saved in it.
/// Returns the setup and the text of the change.
async fn saved_change(to: &str) -> (Setup, String) {
    let setup = Setup::new(false);
    setup.ok(&["notifications", "set", "--store", "Corp", "--to", to], "");
    let group = own_group("alice", &["alice"]).await;
    let text = unique("smtp fault");
    let output = setup.edit_description("alice", &group, &text, &[]);
    assert!(
        output.status.success(),
        "the change is saved whatever SMTP does"
    );
    (setup, text)
}

/// Messages the server kept for `address`.
fn delivered_to(address: &str) -> usize {
    servers()
        .captured_mail()
        .iter()
        .filter(|m| m.rcpt_tos.iter().any(|r| r.eq_ignore_ascii_case(address)))
        .count()
}

fn fault_address(kind: &str, times: u32) -> String {
    let tag = unique("x").replace(|c: char| !c.is_ascii_alphanumeric(), "");
    format!("{kind}-{times}-{tag}@example.test")
}

#[tokio::test]
async fn a_server_answering_try_again_later_gets_the_email_once_it_accepts() {
    let to = fault_address("tempfail", 2);
    let (setup, _) = saved_change(&to).await;
    let pending = setup.pending();
    assert_eq!(pending.len(), 1, "kept for a retry");
    assert_eq!(pending[0].status, Status::Pending);
    assert!(
        pending[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("450")),
        "the server's answer is kept: {:?}",
        pending[0].last_error
    );

    // Second try: still 450 (and the command says so by failing). Third:
    // accepted. Fourth: nothing left to send.
    let second = setup.run(&["queue", "send", "--all"], "");
    assert!(!second.status.success(), "still waiting is not success");
    assert_eq!(setup.pending().len(), 1);
    assert_eq!(delivered_to(&to), 0);
    setup.ok(&["queue", "send", "--all"], "");
    setup.ok(&["queue", "send", "--all"], "");
    assert_eq!(delivered_to(&to), 1, "delivered exactly once");
    let all = setup.queue().list(Filter::All).expect("list");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].status, Status::Sent);
    assert_eq!(all[0].retry_count, 2, "two refused tries are counted");
}

#[tokio::test]
async fn a_connection_dropped_in_the_middle_of_data_is_retried_and_delivered_once() {
    let to = fault_address("hangup", 1);
    let (setup, _) = saved_change(&to).await;
    assert_eq!(delivered_to(&to), 0, "the dropped message was not kept");
    let pending = setup.pending();
    assert_eq!(
        pending.len(),
        1,
        "a dropped connection is retried, not failed"
    );

    setup.ok(&["queue", "send", "--all"], "");
    setup.ok(&["queue", "send", "--all"], "");
    assert_eq!(delivered_to(&to), 1, "delivered exactly once");
    assert!(setup.pending().is_empty());
}

#[tokio::test]
async fn a_server_too_slow_to_answer_times_out_and_the_email_goes_later_once() {
    let to = fault_address("slow", 1);
    let (setup, text) = saved_change(&to).await;
    let pending = setup.pending();
    assert_eq!(pending.len(), 1, "a timeout is retried");
    let reason = pending[0].last_error.clone().unwrap_or_default();
    assert!(
        reason.contains("did not answer") || reason.to_lowercase().contains("time"),
        "the reason names the timeout: {reason}"
    );

    setup.ok(&["queue", "send", "--all"], "");
    assert_eq!(delivered_to(&to), 1, "delivered exactly once: {text}");
    let shown = setup.ok(&["queue", "list", "--all"], "");
    assert!(shown.contains(&to), "{shown}");
}
