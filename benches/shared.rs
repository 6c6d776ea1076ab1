//! The organisation's shared History and queue on PostgreSQL under load,
//! with the same work on SQLite (or a plain client) in the same run as the
//! reference. Started by `scripts/bench-shared`, which provides the servers;
//! see BENCHMARKS.md.
//!
//! 1. Eight desks (processes) saving at once: each change marked, then
//!    recorded with one email, as the save path does (the directory's own
//!    modify left out: it is the same on both) — into one PostgreSQL, and
//!    into eight SQLite files.
//! 2. The History node's filters over 1,000,000 rows: dirdesk's search
//!    (parsing included) against the same SQL on a plain connection.
//! 3. Two desks delivering 1,000 queued emails at once to the test mail
//!    server: no email twice; against one desk alone.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use dirdesk::domain::change::{AttributeChange, Author, ChangeRecord};
use dirdesk::domain::directory_object::ObjectKind;
use dirdesk::domain::history_filter::HistoryFilter;
use dirdesk::domain::recipients::Reason;
use dirdesk::domain::shared_database::{DatabaseUrl, SharedDatabase};
use dirdesk::domain::{NotificationSettings, SmtpSecurity, StoreId};
use dirdesk::environment::Folders;
use dirdesk::services::mailer::SmtpSecrets;
use dirdesk::services::notification_queue::{NotificationQueue, OutgoingEmail};
use dirdesk::services::storage::Storage;
use dirdesk::services::storage::postgres::queue::SharedQueue;
use dirdesk::services::storage::postgres::{Database, migrations, roles};

const STORE: &str = "bench-store";
const DATABASE: &str = "bench_shared";
const DESKS: usize = 8;
const SAVES_PER_DESK: usize = 250;
const HISTORY_ROWS: usize = 1_000_000;
const QUERIES: usize = 200;
const EMAILS: usize = 1_000;
/// Who the eight desks sign in as (two desks each).
const PEOPLE: [&str; 4] = ["bob", "erin", "zoe", "carol"];

struct Env(BTreeMap<String, String>);

impl Env {
    fn load() -> Env {
        let path = std::env::var("DIRDESK_BENCH_ENV")
            .expect("DIRDESK_BENCH_ENV (run scripts/bench-shared)");
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
            .map_or_else(|| panic!("{key} missing"), String::as_str)
    }

    fn shared(&self) -> SharedDatabase {
        let url = format!("postgresql://127.0.0.1:{}/{DATABASE}", self.get("PG_PORT"));
        SharedDatabase {
            url: DatabaseUrl::parse(&url).expect("url"),
            ca_file: Some(PathBuf::from(self.get("CA_FILE"))),
        }
    }

    /// SQL as PostgreSQL's superuser, over the private socket.
    fn superuser(&self, database: &str, sql: &str) -> String {
        let out = Command::new(Path::new(self.get("PG_BIN")).join("psql"))
            .args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"])
            .args(["-h", self.get("PG_SOCKET_DIR"), "-p", self.get("PG_PORT")])
            .args(["-U", "postgres", "-d", database, "-c", sql])
            .output()
            .expect("psql");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    fn mail_settings(&self) -> NotificationSettings {
        NotificationSettings {
            smtp_server: self.get("SMTP_HOST").into(),
            smtp_port: self.get("SMTP_STARTTLS_PORT").parse().expect("port"),
            smtp_security: SmtpSecurity::StartTls,
            smtp_ca_file: Some(PathBuf::from(self.get("CA_FILE"))),
            from: "dirdesk@example.test".into(),
            use_authentication: true,
            smtp_username: self.get("SMTP_USER").into(),
            ..NotificationSettings::default()
        }
    }
}

fn record(i: usize, value: &str) -> ChangeRecord {
    ChangeRecord {
        store_id: StoreId(STORE.into()),
        store_name: "Bench".into(),
        object_dn: format!("cn=Group {},ou=groups,dc=example,dc=test", i % 20_000),
        object_name: format!("Group {}", i % 20_000),
        object_kind: ObjectKind::Group,
        author: Author {
            dn: "uid=bob,ou=people,dc=example,dc=test".into(),
            name: "Bob Becker".into(),
            mail: Some("bob@example.test".into()),
            language: None,
        },
        at: jiff::Timestamp::now(),
        changes: vec![AttributeChange {
            attribute: "description".into(),
            old: vec![format!("old words {i}")],
            new: vec![value.into()],
        }],
    }
}

fn email(marker: &str, i: usize) -> OutgoingEmail {
    let to = format!("p{i}@example.test");
    let id = format!("<{marker}-{i}@example.test>");
    OutgoingEmail {
        raw: format!("Message-ID: {id}\r\nSubject: {marker} {i}\r\nFrom: dirdesk@example.test\r\nTo: {to}\r\n\r\n{marker} {i}\r\n").into_bytes(),
        message_id: id,
        subject: format!("{marker} {i}"),
        from: "dirdesk@example.test".into(),
        recipient: to.clone(),
        to: vec![to],
        cc: vec![],
        reasons: vec![Reason::LoggedInUser],
    }
}

async fn shared_queue(env: &Env, login: &str, desk: String) -> SharedQueue {
    let password = secrecy::SecretString::from(format!("{login}-secret"));
    let db = Database::connect(&env.shared(), login, &password)
        .await
        .unwrap_or_else(|e| panic!("{login}: {e}"));
    SharedQueue::open_as(db, desk, STORE.into())
        .await
        .expect("queue")
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return 0.0;
    }
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn main() {
    // `cargo test --all-targets` runs this too, without `--bench`: the
    // benchmark needs the servers scripts/bench-shared starts.
    let from_cargo_bench = std::env::args().any(|a| a == "--bench");
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if !from_cargo_bench && args.is_empty() {
        println!("benchmarks run with scripts/bench-shared");
        return;
    }
    match args.first().map(String::as_str) {
        Some("desk") => runtime().block_on(desk(&args[1], &args[2], &args[3], Path::new(&args[4]))),
        Some("deliver") => runtime().block_on(deliver(&args[1], &args[2])),
        _ => orchestrate(),
    }
}

/// One desk's saves; its latencies (ms, one a line) go to `out`.
async fn desk(backend: &str, login: &str, name: &str, out: &Path) {
    let env = Env::load();
    let mut latencies = Vec::with_capacity(SAVES_PER_DESK);
    match backend {
        "pg" => {
            let mut queue = shared_queue(&env, login, name.into()).await;
            save_loop(&mut queue, name, &mut latencies).await;
        }
        _ => {
            let dir = out.with_extension("sqlite");
            std::fs::create_dir_all(&dir).expect("dir");
            let mut queue = NotificationQueue::open(&Folders::portable(&dir)).expect("queue");
            save_loop(&mut queue, name, &mut latencies).await;
        }
    }
    let text: Vec<String> = latencies.iter().map(|l| format!("{l:.3}")).collect();
    std::fs::write(out, text.join("\n")).expect("latencies");
}

async fn save_loop(queue: &mut impl Storage, name: &str, latencies: &mut Vec<f64>) {
    for i in 0..SAVES_PER_DESK {
        let started = Instant::now();
        let planned = record(i, &format!("{name} {i}"));
        let mark = queue.begin_change(&planned).await.expect("mark");
        let told = [email(&format!("save-{name}-{}", std::process::id()), i)];
        queue
            .finish_change(Some(mark), &planned, &told, &[])
            .await
            .expect("record");
        queue.leave_change(mark).await;
        latencies.push(started.elapsed().as_secs_f64() * 1000.0);
    }
}

/// One desk delivering what is due, as `login`; prints how many it sent.
async fn deliver(login: &str, name: &str) {
    let env = Env::load();
    let mut queue = shared_queue(&env, login, name.into()).await;
    let due = queue.due().await.expect("due");
    let secrets = SmtpSecrets::with_password(env.get("SMTP_PASSWORD"));
    let sent = dirdesk::services::notify::deliver(&mut queue, &env.mail_settings(), &secrets, &due)
        .await
        .expect("deliver");
    println!("sent={}", sent.iter().filter(|d| d.is_sent()).count());
}

/// Eight desks at once on `backend`: (changes per second, p50, p99 ms).
fn eight_desks(me: &str, backend: &str, out: &Path) -> (f64, f64, f64) {
    let started = Instant::now();
    let children: Vec<_> = (0..DESKS)
        .map(|i| {
            let file = out.join(format!("{backend}-desk-{i}.txt"));
            let login = PEOPLE[i % PEOPLE.len()];
            let child = Command::new(me)
                .args(["desk", backend, login, &format!("bench-desk-{i}")])
                .arg(&file)
                .spawn()
                .expect("desk");
            (child, file)
        })
        .collect();
    let mut latencies = Vec::new();
    for (mut child, file) in children {
        assert!(child.wait().expect("wait").success(), "a desk failed");
        let text = std::fs::read_to_string(&file).expect("latencies");
        latencies.extend(text.lines().filter_map(|l| l.parse::<f64>().ok()));
        let _ = std::fs::remove_file(&file);
        let _ = std::fs::remove_dir_all(file.with_extension("sqlite"));
    }
    let wall = started.elapsed().as_secs_f64();
    assert_eq!(
        latencies.len(),
        DESKS * SAVES_PER_DESK,
        "every save measured"
    );
    (
        latencies.len() as f64 / wall,
        percentile(latencies.clone(), 0.5),
        percentile(latencies, 0.99),
    )
}

/// `QUERIES` runs of `filter` through dirdesk and of `sql` on a plain
/// connection, alternating: (dirdesk p50, p99, plain p50, p99) in ms.
async fn filter_timings(
    queue: &mut SharedQueue,
    plain: &tokio_postgres::Client,
    cases: &[(HistoryFilter, String)],
) -> (f64, f64, f64, f64) {
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for (filter, sql) in cases.iter().cycle().take(QUERIES) {
        let started = Instant::now();
        let found = queue.search_history(filter).await.expect("search");
        ours.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        let rows = plain.query(sql.as_str(), &[]).await.expect("plain");
        theirs.push(started.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(found.len(), rows.len(), "the same rows: {sql}");
    }
    (
        percentile(ours.clone(), 0.5),
        percentile(ours, 0.99),
        percentile(theirs.clone(), 0.5),
        percentile(theirs, 0.99),
    )
}

/// The mails the test server took whose subject carries `marker`, by
/// Message-ID: (how many, how many distinct).
fn captured(env: &Env, marker: &str) -> (usize, usize) {
    let dir = Path::new(env.get("MAILDIR")).join("new");
    let mut all = 0;
    let mut ids = HashSet::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        if let Some(at) = text.find(&format!("<{marker}-")) {
            all += 1;
            let id: String = text[at..].chars().take_while(|c| *c != '>').collect();
            ids.insert(id);
        }
    }
    (all, ids.len())
}

/// Queues `EMAILS` emails as bob, then has `desks` desks deliver them at
/// once: messages per second, after checking none went twice.
fn deliver_run(
    me: &str,
    env: &Env,
    rt: &tokio::runtime::Runtime,
    desks: &[&str],
    marker: &str,
) -> f64 {
    rt.block_on(async {
        let mut bob = shared_queue(env, "bob", "bench-queuer".into()).await;
        let emails: Vec<OutgoingEmail> = (0..EMAILS).map(|i| email(marker, i)).collect();
        bob.finish_change(None, &record(0, marker), &emails, &[])
            .await
            .expect("queue");
    });
    let started = Instant::now();
    let children: Vec<_> = desks
        .iter()
        .enumerate()
        .map(|(i, login)| {
            Command::new(me)
                .args(["deliver", login, &format!("bench-sender-{i}")])
                .output()
        })
        .collect();
    let mut sent = 0;
    for child in children {
        let out = child.expect("deliver");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        sent += text
            .lines()
            .find_map(|l| l.strip_prefix("sent="))
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0);
    }
    let wall = started.elapsed().as_secs_f64();
    assert_eq!(sent, EMAILS, "every email sent by one of the desks");
    let (all, distinct) = captured(env, marker);
    assert_eq!(
        (all, distinct),
        (EMAILS, EMAILS),
        "each email once at the mail server"
    );
    EMAILS as f64 / wall
}

fn orchestrate() {
    let env = Env::load();
    let me = std::env::current_exe().expect("exe");
    let me = me.to_str().expect("utf-8");
    let out =
        PathBuf::from(std::env::var("DIRDESK_BENCH_OUT").unwrap_or_else(|_| "target/bench".into()));
    std::fs::create_dir_all(&out).expect("out");
    let rounds: usize = std::env::var("DIRDESK_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    env.superuser("postgres", &format!("DROP DATABASE IF EXISTS {DATABASE}"));
    env.superuser(
        "postgres",
        &format!("CREATE DATABASE {DATABASE} OWNER pgadmin"),
    );
    let rt = runtime();
    rt.block_on(async {
        let password = secrecy::SecretString::from(env.get("PG_DBA_PASSWORD").to_owned());
        let db = Database::connect(&env.shared(), env.get("PG_DBA"), &password)
            .await
            .expect("the DBA signs in");
        migrations::init(&db).await.expect("init");
        let users: BTreeSet<String> = PEOPLE.iter().map(|p| (*p).to_owned()).collect();
        let admins = BTreeSet::from(["alice".to_owned()]);
        roles::sync(&db, &users, &admins).await.expect("roles");
    });
    let mut report =
        String::from("| case | PostgreSQL (dirdesk) | reference | ratio |\n|---|---|---|---|\n");

    // 1. Eight desks saving at once.
    let (mut pg, mut lite) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        pg.push(eight_desks(me, "pg", &out));
        lite.push(eight_desks(me, "sqlite", &out));
    }
    let mid = |v: &Vec<(f64, f64, f64)>, f: fn(&(f64, f64, f64)) -> f64| {
        percentile(v.iter().map(f).collect(), 0.5)
    };
    let (pg_rate, lite_rate) = (mid(&pg, |r| r.0), mid(&lite, |r| r.0));
    // The saves queued an email each: not case 3's to deliver.
    env.superuser(DATABASE, "DELETE FROM dirdesk.notifications");
    let row = |report: &mut String, line: String| {
        eprint!("{line}");
        report.push_str(&line);
    };
    row(
        &mut report,
        format!(
            "| 1. eight desks saving at once ({DESKS}×{SAVES_PER_DESK} changes, each marked, then recorded with one email) | {pg_rate:.0} changes/s; p50 {:.1} ms, p99 {:.1} ms | eight SQLite files: {lite_rate:.0} changes/s; p50 {:.1} ms, p99 {:.1} ms | {:.2}× the changes/s |\n",
            mid(&pg, |r| r.1),
            mid(&pg, |r| r.2),
            mid(&lite, |r| r.1),
            mid(&lite, |r| r.2),
            pg_rate / lite_rate
        ),
    );

    // 2. The History's filters over a million rows.
    let template = serde_json::to_string(&record(1, "new words")).expect("json");
    let key = dirdesk::domain::dn::key("cn=Group 7,ou=groups,dc=example,dc=test");
    assert_eq!(
        key, "cn=group 7,ou=groups,dc=example,dc=test",
        "the seed's object keys are dirdesk's"
    );
    let seeding = Instant::now();
    env.superuser(
        DATABASE,
        &format!(
            "INSERT INTO dirdesk.changes (store_id, author, object_dn, object_key, attributes,
                 value_text, at, record, desk)
             SELECT '{STORE}', 'p' || lpad((g % 1000)::text, 3, '0'),
                    'cn=Group ' || (g % 20000) || ',ou=groups,dc=example,dc=test',
                    'cn=group ' || (g % 20000) || ',ou=groups,dc=example,dc=test',
                    ARRAY['description'],
                    'old words ' || g || E'\n' || 'new words ' || g,
                    now() - ({HISTORY_ROWS} - g) * interval '1 second',
                    jsonb_set('{template}'::jsonb, '{{object_dn}}',
                              to_jsonb('cn=Group ' || (g % 20000) || ',ou=groups,dc=example,dc=test')),
                    'bench-seed'
             FROM generate_series(1, {HISTORY_ROWS}) g;
             ANALYZE dirdesk.changes"
        ),
    );
    let seeded = seeding.elapsed().as_secs_f64();
    let rows = env.superuser(DATABASE, "SELECT count(*) FROM dirdesk.changes");
    let history = rt.block_on(async {
        let mut alice = shared_queue(&env, "alice", "bench-reader".into()).await;
        let tls = dirdesk::services::tls::client_config(Some(Path::new(env.get("CA_FILE")))).expect("tls");
        let (plain, connection) = tokio_postgres::Config::new()
            .host("127.0.0.1")
            .port(env.get("PG_PORT").parse().expect("port"))
            .dbname(DATABASE)
            .user("alice")
            .password("alice-secret")
            .ssl_mode(tokio_postgres::config::SslMode::Require)
            .connect(tokio_postgres_rustls::MakeRustlsConnect::new((*tls).clone()))
            .await
            .expect("plain connection");
        tokio::spawn(connection);
        let page = "ORDER BY id DESC LIMIT 51";
        let by_author: Vec<(HistoryFilter, String)> = (0..20)
            .map(|i| {
                let who = format!("p{:03}", (i * 37) % 1000);
                let sql = format!("SELECT id, record, not_sent FROM dirdesk.changes WHERE store_id = '{STORE}' AND author = '{who}' {page}");
                (HistoryFilter { store_id: Some(STORE.into()), author: Some(who), limit: Some(51), ..HistoryFilter::default() }, sql)
            })
            .collect();
        let by_object: Vec<(HistoryFilter, String)> = (0..20)
            .map(|i| {
                let n = (i * 977) % 20_000;
                let dn = format!("cn=Group {n},ou=groups,dc=example,dc=test");
                let sql = format!("SELECT id, record, not_sent FROM dirdesk.changes WHERE store_id = '{STORE}' AND object_key = 'cn=group {n},ou=groups,dc=example,dc=test' {page}");
                (HistoryFilter { store_id: Some(STORE.into()), object: Some(dn), limit: Some(51), ..HistoryFilter::default() }, sql)
            })
            .collect();
        let a = filter_timings(&mut alice, &plain, &by_author).await;
        let o = filter_timings(&mut alice, &plain, &by_object).await;
        (a, o)
    });
    for (what, (p50, p99, r50, r99)) in [("by user", history.0), ("by object", history.1)] {
        row(
            &mut report,
            format!(
                "| 2. History filtered {what}, {rows} rows, a page of 50 ({QUERIES} queries as an admin) | p50 {p50:.1} ms, p99 {p99:.1} ms | the same SQL on a plain connection: p50 {r50:.1} ms, p99 {r99:.1} ms | {:.2}× at p99 |\n",
                p99 / r99
            ),
        );
    }

    // 3. Two desks delivering a thousand emails at once.
    let (mut two, mut one) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        two.push(deliver_run(
            me,
            &env,
            &rt,
            &["alice", "erin"],
            &format!("two{round}"),
        ));
        one.push(deliver_run(
            me,
            &env,
            &rt,
            &["alice"],
            &format!("one{round}"),
        ));
    }
    let (two, one) = (percentile(two, 0.5), percentile(one, 0.5));
    row(
        &mut report,
        format!(
            "| 3. {EMAILS} queued emails delivered by two desks at once | {two:.0} msg/s, none twice | one desk alone: {one:.0} msg/s | {:.2}× |\n",
            two / one
        ),
    );
    report.push_str(&format!("\nSeeding {rows} History rows took {seeded:.0} s (one INSERT … SELECT, as the superuser). Rounds: {rounds}, medians.\n"));
    println!("{report}");
    std::fs::write(out.join("shared.md"), &report).expect("results");
    env.superuser("postgres", &format!("DROP DATABASE IF EXISTS {DATABASE}"));
}
