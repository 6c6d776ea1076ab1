//! The dirdesk process killed at every step of change → queue → send, over
//! many runs in random order: afterwards every applied change has its
//! History entry and its email, no email is lost and none goes twice but in
//! the one window no client can close (killed after the server's "250 OK",
//! before recording it: the email goes again with the same Message-ID).

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::Duration;

use dirdesk::services::notification_queue::Filter;

use crate::notifications_e2e::{Setup, header};
use crate::support::{
    CapturedMail, changes_setting, current_description, own_group, servers, unique,
};

/// Where a run is stopped: an injected fault at a step, a SIGKILL from
/// outside after a random delay, or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stop {
    BeforeApply,
    AfterApply,
    AfterQueue,
    BeforeSend,
    AfterSend,
    SigkillAfterMs(u64),
    None,
}

impl Stop {
    fn fault(self) -> Option<&'static str> {
        match self {
            Stop::BeforeApply => Some("before-apply"),
            Stop::AfterApply => Some("after-apply"),
            Stop::AfterQueue => Some("after-queue"),
            Stop::BeforeSend => Some("before-send"),
            Stop::AfterSend => Some("after-send"),
            Stop::SigkillAfterMs(_) | Stop::None => None,
        }
    }
}

/// A small deterministic generator: the seed is printed, so a failing
/// order can be replayed with DIRDESK_CRASH_SEED.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn edit_args<'a>(dn: &'a str, text: &'a str) -> Vec<String> {
    [
        "edit",
        "--store",
        "Corp",
        "--user",
        "alice",
        "--password-stdin",
        dn,
        "--set",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .chain([format!("description={text}")])
    .collect()
}

/// Runs `dirdesk edit` and SIGKILLs it after `ms` milliseconds.
fn edit_and_kill(setup: &Setup, dn: &str, text: &str, ms: u64) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
        .arg("--config-dir")
        .arg(setup.dir.path())
        .args(edit_args(dn, text))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run dirdesk");
    let _ = writeln!(child.stdin.take().expect("stdin"), "alice-secret");
    std::thread::sleep(Duration::from_millis(ms));
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_at_every_step_nothing_is_lost_or_sent_twice() {
    let seed = std::env::var("DIRDESK_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("time")
                .as_nanos() as u64
                | 1
        });
    println!("crash runs: DIRDESK_CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    let setup = Setup::new(true);
    let group = own_group("alice", &["alice"]).await;

    // Every step twice, then random ones: 26 runs in a shuffled order.
    let mut stops = Vec::new();
    for _ in 0..2 {
        stops.extend([
            Stop::BeforeApply,
            Stop::AfterApply,
            Stop::AfterQueue,
            Stop::BeforeSend,
            Stop::AfterSend,
            Stop::None,
        ]);
    }
    while stops.len() < 26 {
        stops.push(match rng.below(3) {
            0 => Stop::SigkillAfterMs(50 + rng.below(400)),
            1 => [
                Stop::BeforeApply,
                Stop::AfterApply,
                Stop::AfterQueue,
                Stop::BeforeSend,
                Stop::AfterSend,
            ][rng.below(5) as usize],
            _ => Stop::None,
        });
    }
    for i in (1..stops.len()).rev() {
        stops.swap(i, rng.below(i as u64 + 1) as usize);
    }

    let mut runs: Vec<(Stop, String, bool)> = Vec::new();
    for (n, stop) in stops.iter().enumerate() {
        let text = unique(&format!("crash run {n}"));
        match stop {
            Stop::SigkillAfterMs(ms) => edit_and_kill(&setup, &group, &text, *ms),
            _ => {
                let env: Vec<(&str, &str)> = stop
                    .fault()
                    .map(|f| vec![("DIRDESK_FAULT", f)])
                    .unwrap_or_default();
                let output = setup.edit_description("alice", &group, &text, &env);
                assert_eq!(
                    output.status.success(),
                    *stop == Stop::None,
                    "run {n} ({stop:?}): {}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
        }
        // What the directory holds now tells whether this run's change was
        // applied (a later run overwrites it).
        let applied = current_description(&group).await.as_deref() == Some(text.as_str());
        // Where the run reaches its own modify, the directory must have it
        // (a fault after the queue may also be met while finishing an
        // earlier run's change, before this one is made).
        match stop {
            Stop::None | Stop::AfterApply => {
                assert!(applied, "run {n} ({stop:?}) applied its change")
            }
            Stop::BeforeApply => assert!(!applied, "run {n} died before its modify"),
            _ => {}
        }
        runs.push((*stop, text, applied));
        // Sometimes the queue is sent between two saves.
        if rng.below(3) == 0 {
            setup.ok(&["queue", "send", "--all"], "");
        }
    }
    // Restart once more: a last save finishes what the last run left, then
    // everything pending goes out.
    let last = unique("after the crash runs");
    assert!(
        setup
            .edit_description("alice", &group, &last, &[])
            .status
            .success()
    );
    setup.ok(&["queue", "send", "--all"], "");
    setup.ok(&["queue", "send", "--all"], "");

    let queue = setup.queue();
    assert!(
        queue.list(Filter::Pending).expect("list").is_empty(),
        "nothing left waiting"
    );
    let history = queue.history(None, None).expect("history");
    // Every email that mentions a run (as its new or its old value).
    let mails: Vec<CapturedMail> = servers()
        .captured_mail()
        .into_iter()
        .filter(|m| {
            runs.iter()
                .any(|(_, text, _)| m.data.contains(text.as_str()))
        })
        .collect();
    let copies = |message_id: &str| {
        mails
            .iter()
            .filter(|m| {
                header(m, "Message-ID").is_some_and(|id| {
                    id.trim_matches(['<', '>']) == message_id.trim_matches(['<', '>'])
                })
            })
            .count()
    };
    let known_ids: Vec<&str> = history
        .iter()
        .flat_map(|h| h.notifications.iter().map(|n| n.message_id.as_str()))
        .collect();
    for mail in &mails {
        let id = header(mail, "Message-ID").unwrap_or_default();
        assert!(
            known_ids
                .iter()
                .any(|k| k.trim_matches(['<', '>']) == id.trim_matches(['<', '>'])),
            "an email went out without its History entry: {id}"
        );
    }

    let (mut delivered, mut resent_same_id) = (0, 0);
    let mut by_stop: BTreeMap<String, usize> = BTreeMap::new();
    let mut not_applied = 0;
    for (stop, text, applied) in &runs {
        let entries = changes_setting(&history, text);
        assert!(
            entries.len() <= 1,
            "{stop:?}: recorded {} times",
            entries.len()
        );
        // A run may die before its own change goes out (a fault point is
        // also met while finishing an earlier run's change first).
        assert_eq!(
            entries.len(),
            usize::from(*applied),
            "{stop:?}: applied {applied}, recorded {}",
            entries.len()
        );
        not_applied += usize::from(!applied);
        for entry in entries {
            assert_eq!(entry.notifications.len(), 1, "{stop:?}: alice is told once");
            match copies(&entry.notifications[0].message_id) {
                0 => panic!("{stop:?}: its email was lost"),
                1 => {}
                // Sent again after a kill between the server's OK and the
                // Sent mark — by this run or by a later one that was
                // finishing this change when it died.
                2 => resent_same_id += 1,
                n => panic!("{stop:?}: delivered {n} times"),
            }
            delivered += 1;
        }
        let kind = format!("{stop:?}");
        *by_stop
            .entry(kind.split('(').next().unwrap_or_default().to_owned())
            .or_default() += 1;
    }
    let killed_in_that_window = runs
        .iter()
        .filter(|(stop, _, _)| matches!(stop, Stop::AfterSend | Stop::SigkillAfterMs(_)))
        .count();
    assert!(
        resent_same_id <= killed_in_that_window,
        "{resent_same_id} emails went twice, but only {killed_in_that_window} runs died where that can happen"
    );
    println!(
        "crash runs: {} runs {by_stop:?}; changes applied {}, not applied {not_applied}; emails delivered {delivered}, lost 0, \
         sent again with the same Message-ID after a kill between the server's OK and recording it: {resent_same_id}",
        runs.len(),
        runs.len() - not_applied
    );
}
