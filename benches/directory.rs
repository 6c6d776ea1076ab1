//! dirdesk against OpenLDAP's own tools on a 110,000-entry directory, in one
//! run. Started by `scripts/bench`, which provides the servers; see
//! BENCHMARKS.md for the cases and the figures.
//!
//! `directory gen-ldif FILE` writes the data; `directory case NAME` runs one
//! dirdesk case (in a child process, so CPU and peak memory are its own);
//! `directory` alone runs every case, alternating dirdesk and the reference.

use std::collections::BTreeMap;
use std::io::Write;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::Instant;

use dirdesk::domain::ldap_filter;
use dirdesk::domain::{IdentityStore, Security, Server, StoreId, StoreType};
use dirdesk::gui::screen::editor::find;
use dirdesk::services::ldap::Session;

#[path = "directory/big_groups.rs"]
mod big_groups;
#[path = "directory/bulk.rs"]
mod bulk;
#[path = "directory/notify.rs"]
mod notify;
#[path = "directory/report.rs"]
mod report;

use report::{Row, Run, measure, median, print_rows, shell_words};

const USERS: usize = 100_000;
const GROUPS: usize = 10_000;
const BASE: &str = "dc=example,dc=test";
const BENCH_PASSWORD: &str = "bench-secret";

/// A small deterministic generator (xorshift), so every run has the same data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn user_dn(i: usize) -> String {
    format!("uid=u{i:06},ou=people,{BASE}")
}

fn group_dn(i: usize) -> String {
    format!("cn=Group {i:05},ou=groups,{BASE}")
}

/// The owner of group `i` (deterministic).
fn owner_of(i: usize) -> usize {
    (i * 7919) % USERS
}

fn gen_ldif(path: &Path) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for i in 0..USERS {
        writeln!(
            out,
            "dn: {}\nobjectClass: inetOrgPerson\nuid: u{i:06}\ncn: User {i:06}\nsn: User\nmail: u{i:06}@example.test\ndescription: Bench user {i}\nuserPassword: {BENCH_PASSWORD}\n",
            user_dn(i)
        )?;
    }
    let mut rng = Rng(0x5eed_d1d5_e5c0_ffee);
    for i in 0..GROUPS {
        writeln!(
            out,
            "dn: {}\nobjectClass: groupOfNames\ncn: Group {i:05}\ndescription: Bench group {i}\nowner: {}",
            group_dn(i),
            user_dn(owner_of(i))
        )?;
        let members = 10 + rng.below(41);
        let mut seen = std::collections::BTreeSet::new();
        while seen.len() < members {
            seen.insert(rng.below(USERS));
        }
        for m in seen {
            writeln!(out, "member: {}", user_dn(m))?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "dn: {}\nobjectClass: groupOfNames\ncn: Big 50000\nowner: uid=alice,ou=people,{BASE}",
        big_groups::BIG
    )?;
    for m in big_groups::big_members() {
        writeln!(out, "member: {}", user_dn(m))?;
    }
    writeln!(out)?;
    Ok(())
}

/// The servers `scripts/bench` started, from its servers.env.
struct Env(BTreeMap<String, String>);
impl Env {
    fn load() -> Env {
        let path =
            std::env::var("DIRDESK_BENCH_ENV").expect("DIRDESK_BENCH_ENV (run scripts/bench)");
        let text = std::fs::read_to_string(path).expect("servers.env");
        Env(text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.into(), v.into()))
            .collect())
    }
    fn get(&self, key: &str) -> &str {
        self.0
            .get(key)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("{key} missing"))
    }
    fn store(&self) -> IdentityStore {
        let mut store = IdentityStore::new(
            StoreId("store-bench".into()),
            "Bench",
            StoreType::GenericLdap,
        );
        store.servers = vec![Server {
            host: "127.0.0.1".into(),
            port: self.get("LDAPS_PORT").parse().expect("port"),
        }];
        store.security = Security::Ldaps;
        store.ca_file = Some(PathBuf::from(self.get("CA_FILE")));
        store.base_dn = BASE.into();
        store.service_account = Some(self.get("LDAP_SERVICE_DN").into());
        let n = &mut store.notifications;
        n.smtp_server = self.get("SMTP_HOST").into();
        n.smtp_port = self.get("SMTP_STARTTLS_PORT").parse().expect("port");
        n.smtp_ca_file = Some(PathBuf::from(self.get("CA_FILE")));
        n.from = "dirdesk@example.test".into();
        n.use_authentication = true;
        n.smtp_username = self.get("SMTP_USER").into();
        n.also_notify.logged_in_users = true;
        store
    }
}

async fn sign_in(env: &Env, login: &str, password: &str) -> Session {
    Session::sign_in(
        &env.store(),
        login,
        password,
        Some(env.get("LDAP_SERVICE_PASSWORD")),
    )
    .await
    .expect("sign in")
}

/// One dirdesk case; prints `key=value` lines the orchestrator reads.
async fn run_case(name: &str) {
    let env = Env::load();
    let started = Instant::now();
    match name {
        "search-all" | "search-list" => {
            let attrs: &[&str] = if name == "search-all" {
                &["*"]
            } else {
                &["cn", "description"]
            };
            let mut session = sign_in(&env, "alice", "alice-secret").await;
            let mut model = find::State::default();
            let searched = Instant::now();
            let mut first_page = None;
            session
                .search_summaries("(objectClass=*)", attrs, |page| {
                    first_page.get_or_insert_with(|| searched.elapsed());
                    let _ = model.update(find::Message::Page(0, page));
                    ControlFlow::Continue(())
                })
                .await
                .expect("search");
            let found = model.results().len();
            let _ = model.update(find::Message::Finished(0, Ok(found)));
            println!("found={found}");
            println!(
                "first_page_ms={:.1}",
                first_page.unwrap_or_default().as_secs_f64() * 1000.0
            );
        }
        "lookups" => {
            let mut session = sign_in(&env, "alice", "alice-secret").await;
            for name in lookup_names() {
                let mut found = 0;
                session
                    .search_filtered(
                        &ldap_filter::equals("cn", &name),
                        &["cn", "description"],
                        |p| {
                            found += p.len();
                            ControlFlow::Continue(())
                        },
                    )
                    .await
                    .expect("lookup");
                assert_eq!(found, 1, "{name}");
            }
        }
        "members" => big_groups::case(&env).await,
        other => panic!("unknown case {other}"),
    }
    println!("wall_s={:.3}", started.elapsed().as_secs_f64());
}

fn lookup_names() -> Vec<String> {
    let mut rng = Rng(42);
    (0..1000)
        .map(|_| format!("User {:06}", rng.below(USERS)))
        .collect()
}

fn main() {
    // `cargo test --all-targets` runs this file too, without `--bench`:
    // the benchmark needs the servers `scripts/bench` starts, so it only
    // runs from there.
    let from_cargo_bench = std::env::args().any(|a| a == "--bench");
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if !from_cargo_bench && args.is_empty() {
        println!("benchmarks run with scripts/bench");
        return;
    }
    match args.first().map(String::as_str) {
        Some("gen-ldif") => gen_ldif(Path::new(&args[1])).expect("write ldif"),
        Some("case") => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("rt")
            .block_on(run_case(&args[1])),
        Some("notify") => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("rt")
            .block_on(notify::cases()),
        _ => orchestrate(),
    }
}

/// Every run of a full search listed every entry: the bench data and the
/// test fixtures, the same count each time.
fn check_found(runs: &[Run], case: &str) {
    let counts: Vec<usize> = runs
        .iter()
        .map(|r| {
            r.lines
                .get("found")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        })
        .collect();
    assert!(
        counts
            .iter()
            .all(|&n| n >= USERS + GROUPS && n == counts[0]),
        "{case} listed {counts:?} entries, not every one of the {} the directory holds",
        USERS + GROUPS
    );
}

fn orchestrate() {
    let env = Env::load();
    let me = std::env::current_exe().expect("exe");
    let me = me.to_str().expect("utf-8");
    let rounds: usize = std::env::var("DIRDESK_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let ca = env.get("CA_FILE").to_owned();
    let ldaps = env.get("LDAPS_URL").to_owned();
    let alice = format!("uid=alice,ou=people,{BASE}");
    let svc = env.get("LDAP_SERVICE_DN").to_owned();
    let svc_pw = env.get("LDAP_SERVICE_PASSWORD").to_owned();
    let ref_env = [("LDAPTLS_CACERT", ca.clone())];
    let out =
        PathBuf::from(std::env::var("DIRDESK_BENCH_OUT").unwrap_or_else(|_| "target/bench".into()));
    std::fs::create_dir_all(&out).expect("out dir");

    // ldapsearch as alice, over LDAPS, into /dev/null.
    let ldapsearch = |extra: &[&str]| -> Run {
        let mut args = vec![
            "-x",
            "-LLL",
            "-H",
            &ldaps,
            "-D",
            &alice,
            "-w",
            "alice-secret",
            "-b",
            BASE,
        ];
        args.extend_from_slice(extra);
        measure(
            "sh",
            &[
                "-c",
                &format!("ldapsearch {} > /dev/null", shell_words(&args)),
            ],
            &ref_env,
        )
    };
    // ldapmodify of a file as the service account, over LDAPS.
    let ldapmodify = |file: &Path| -> Run {
        let args = [
            "-x",
            "-H",
            &ldaps,
            "-D",
            &svc,
            "-w",
            &svc_pw,
            "-f",
            file.to_str().expect("utf-8"),
        ];
        measure(
            "sh",
            &[
                "-c",
                &format!("ldapmodify {} > /dev/null", shell_words(&args)),
            ],
            &ref_env,
        )
    };
    if std::env::var("DIRDESK_BENCH_ONLY").as_deref() == Ok("bulk") {
        let rows = bulk::rows(&env, rounds, &out, ldapmodify);
        let mut report = String::new();
        print_rows(&rows, &mut report);
        println!("{report}");
        return;
    }
    let lookups_file = out.join("lookups.txt");
    std::fs::write(&lookups_file, lookup_names().join("\n") + "\n").expect("lookups");
    let mut rows = Vec::new();
    let case = |name: &str, round: usize| {
        measure(
            me,
            &["case", name],
            &[("DIRDESK_BENCH_ROUND", round.to_string())],
        )
    };

    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        ours.push(case("search-all", round));
        theirs.push(ldapsearch(&["-E", "pr=1000/noprompt", "(objectClass=*)"]));
    }
    let first_pages: Vec<f64> = ours
        .iter()
        .filter_map(|r| r.lines.get("first_page_ms").and_then(|v| v.parse().ok()))
        .collect();
    let found = ours[0].lines.get("found").cloned().unwrap_or_default();
    check_found(&ours, "case 1");
    let case1_rss = ours.iter().map(|r| r.rss_kib).max().unwrap_or(0);
    rows.push(Row {
        case: "1. full paged search of all entries, all attributes, into the list model".into(),
        ours,
        theirs,
        ours_time: |r| r.wall,
        note: format!(
            "{found} entries; first page after {:.0} ms (median)",
            median(first_pages)
        ),
    });

    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        ours.push(case("search-list", round));
        theirs.push(ldapsearch(&[
            "-E",
            "pr=1000/noprompt",
            "(objectClass=*)",
            "cn",
            "description",
        ]));
    }
    check_found(&ours, "case 2");
    rows.push(Row {
        case: "2. same, only DN, name and description".into(),
        ours,
        theirs,
        ours_time: |r| r.wall,
        note: String::new(),
    });

    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let lookups = lookups_file.to_str().expect("utf-8").to_owned();
    for round in 0..rounds {
        ours.push(case("lookups", round));
        theirs.push(ldapsearch(&[
            "-f",
            &lookups,
            "(cn=%s)",
            "cn",
            "description",
        ]));
    }
    rows.push(Row {
        case: "3. 1,000 lookups by name on one connection".into(),
        ours,
        theirs,
        ours_time: |r| r.wall,
        note: String::new(),
    });

    rows.extend(bulk::rows(&env, rounds, &out, ldapmodify));

    rows.extend(big_groups::rows(me, rounds, &ldaps, &ca));

    let notify = measure(me, &["notify"], &[]);
    let get = |k: &str| notify.lines.get(k).cloned().unwrap_or_default();

    let mut report = String::new();
    print_rows(&rows, &mut report);
    use std::fmt::Write as _;
    let _ = writeln!(report, "\n| case | figure |\n|---|---|");
    let _ = writeln!(
        report,
        "| 5. one change → notification accepted (50 runs) | median {} ms, p99 {} ms; LDAP share {} ms, SMTP share {} ms (medians) |",
        get("change_median_ms"),
        get("change_p99_ms"),
        get("change_ldap_median_ms"),
        get("change_smtp_median_ms")
    );
    let reuse: f64 = get("queue_reuse_per_s").parse().unwrap_or(0.0);
    let each: f64 = get("queue_each_per_s").parse().unwrap_or(1.0);
    let _ = writeln!(
        report,
        "| 6. 1,000 queued notifications delivered | {reuse:.0} msg/s over one reused connection, {each:.0} msg/s with one connection each ({:.1}×) |",
        reuse / each
    );
    let _ = writeln!(
        report,
        "| 8. peak memory holding the 110k-entry list | {:.1} MiB (case 1's process: engine + list model) |",
        case1_rss as f64 / 1024.0
    );
    if let Ok(extra) = std::fs::read_to_string(out.join("gui.md")) {
        report.push_str(&extra);
    }
    println!("{report}");
    std::fs::write(out.join("results.md"), &report).expect("results");
}
