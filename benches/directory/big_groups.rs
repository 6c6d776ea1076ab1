//! Big groups (BENCHMARKS.md "Big groups"): opening a group's Members tab as
//! the window does — the group read whole, the names of the rows in view
//! first, then all the others — against ldapsearch fetching the same
//! values in the same run: the member DNs (a base read), and for the
//! 5,000-member cn=Crowd the same 5,000 names (its members are all of
//! ou=crowd, listed in one paged search).

use std::time::Instant;

use dirdesk::gui::screen::editor::members;

use super::report::{Row, Run, measure, median, shell_words};
use super::{BASE, Env, USERS, sign_in};

/// The 5,000-member group (scripts/test-servers seeds it, its members
/// under ou=crowd).
pub const CROWD: &str = "cn=Crowd,ou=groups,dc=example,dc=test";
/// The 50,000-member group of the bench data (gen_ldif).
pub const BIG: &str = "cn=Big 50000,ou=groups,dc=example,dc=test";
pub const BIG_MEMBERS: usize = 50_000;

/// The members of `cn=Big 50000`: the first 50,000 bench users.
pub fn big_members() -> impl Iterator<Item = usize> {
    0..BIG_MEMBERS.min(USERS)
}

/// The Members tab of `DIRDESK_BENCH_GROUP`, opened as the window opens it.
pub async fn case(env: &Env) {
    let group = std::env::var("DIRDESK_BENCH_GROUP").expect("DIRDESK_BENCH_GROUP");
    let mut session = sign_in(env, "alice", "alice-secret").await;
    let opened = Instant::now();
    let object = session.read(&group).await.expect("read the group");
    let mut tab = members::State::new(object.texts("member"));
    let listed = opened.elapsed();
    let mut action = tab.next_lookup();
    let (mut first_screenful, mut lookups) = (None, 0);
    while let members::Action::LookUpNames(wanted) = action {
        let asked: Vec<&str> = wanted.dns.iter().map(String::as_str).collect();
        let ended = session
            .read_names(&asked, |rows| {
                tab.update(members::Message::NamesFound(wanted.id, rows));
            })
            .await
            .map(drop)
            .map_err(|e| e.to_string());
        lookups += 1;
        action = tab.update(members::Message::NamesEnded(wanted.id, ended));
        first_screenful.get_or_insert_with(|| opened.elapsed());
    }
    let all = opened.elapsed();
    println!("members={}", tab.len());
    println!("names={}", tab.names_read());
    println!("lookups={lookups}");
    println!("listed_ms={:.1}", listed.as_secs_f64() * 1000.0);
    println!(
        "first_screenful_ms={:.1}",
        first_screenful.unwrap_or_default().as_secs_f64() * 1000.0
    );
    println!("all_names_s={:.3}", all.as_secs_f64());
}

fn all_names(run: &Run) -> f64 {
    run.lines
        .get("all_names_s")
        .and_then(|v| v.parse().ok())
        .unwrap_or(run.wall)
}

fn figure(runs: &[Run], key: &str) -> f64 {
    median(
        runs.iter()
            .filter_map(|r| r.lines.get(key).and_then(|v| v.parse().ok()))
            .collect(),
    )
}

/// Every run named every member.
fn check(runs: &[Run], members: usize) {
    for run in runs {
        let count = |k: &str| run.lines.get(k).and_then(|v| v.parse::<usize>().ok());
        assert_eq!(count("members"), Some(members), "{:?}", run.lines);
        assert_eq!(count("names"), Some(members), "{:?}", run.lines);
    }
}

/// The rows for the report, dirdesk and ldapsearch alternating.
pub fn rows(me: &str, rounds: usize, ldaps: &str, ca: &str) -> Vec<Row> {
    let alice = format!("uid=alice,ou=people,{BASE}");
    let ref_env = [("LDAPTLS_CACERT", ca.to_owned())];
    let ldapsearch = |args: &[&str]| {
        let mut all = vec![
            "-x",
            "-LLL",
            "-H",
            ldaps,
            "-D",
            &alice,
            "-w",
            "alice-secret",
        ];
        all.extend_from_slice(args);
        let command = format!("ldapsearch {} > /dev/null", shell_words(&all));
        measure("sh", &["-c", &command], &ref_env)
    };
    let ours = |group: &str| {
        measure(
            me,
            &["case", "members"],
            &[("DIRDESK_BENCH_GROUP", group.to_owned())],
        )
    };
    let mut rows = Vec::new();
    for (group, members) in [(CROWD, 5_000), (BIG, BIG_MEMBERS)] {
        let (mut dirdesk, mut values) = (Vec::new(), Vec::new());
        let mut names = Vec::new();
        for _ in 0..rounds {
            dirdesk.push(ours(group));
            values.push(ldapsearch(&[
                "-b",
                group,
                "-s",
                "base",
                "(objectClass=*)",
                "member",
            ]));
            if group == CROWD {
                names.push(ldapsearch(&[
                    "-E",
                    "pr=1000/noprompt",
                    "-b",
                    "ou=crowd,dc=example,dc=test",
                    "-s",
                    "one",
                    "(objectClass=inetOrgPerson)",
                    "cn",
                ]));
            }
        }
        check(&dirdesk, members);
        let note = format!(
            "first screenful of names {:.0} ms; members listed {:.0} ms; {} lookups",
            figure(&dirdesk, "first_screenful_ms"),
            figure(&dirdesk, "listed_ms"),
            figure(&dirdesk, "lookups"),
        );
        rows.push(Row {
            case: format!(
                "9. {members} members: open to all names vs ldapsearch reading the member values"
            ),
            ours: dirdesk.iter().map(clone_run).collect(),
            theirs: values,
            ours_time: all_names,
            note: note.clone(),
        });
        if group == CROWD {
            rows.push(Row {
                case: "9b. 5000 members: all names vs ldapsearch listing the same 5,000 names"
                    .into(),
                ours: dirdesk,
                theirs: names,
                ours_time: all_names,
                note: "the reference lists ou=crowd (exactly the members) in one paged search"
                    .into(),
            });
        }
    }
    rows
}

fn clone_run(run: &Run) -> Run {
    Run {
        wall: run.wall,
        cpu: run.cpu,
        rss_kib: run.rss_kib,
        server_cpu: run.server_cpu,
        lines: run.lines.clone(),
    }
}
