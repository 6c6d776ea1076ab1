//! The organisation's shared database (issue 21) on the test PostgreSQL:
//! TLS only, every directory person signing in with their own password
//! (PostgreSQL's ldap auth against the test slapd). The DBA's `dirdesk db`
//! commands, and the protections the schema gives the History: each person
//! reads their own, admins read everyone's, nobody changes or removes a row,
//! retention only for admins and only of what is older.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

use super::support::{run_dirdesk, servers, unique};

/// Roles are the cluster's, not a database's: the tests that change which
/// people are in dirdesk_user / dirdesk_admin take turns.
static ROLES: Mutex<()> = Mutex::new(());

fn roles_turn() -> std::sync::MutexGuard<'static, ()> {
    ROLES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

const USERS_GROUP: &str = "cn=dirdesk users,ou=database,dc=example,dc=test";
const ADMINS_GROUP: &str = "cn=dirdesk admins,ou=database,dc=example,dc=test";

/// SQL as PostgreSQL's superuser, over the cluster's private socket.
pub(crate) fn superuser_sql(database: &str, sql: &str) -> String {
    let s = servers();
    let output = Command::new(Path::new(s.var("PG_BIN")).join("psql"))
        .args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"])
        .args(["-h", s.var("PG_SOCKET_DIR"), "-p", s.var("PG_PORT")])
        .args(["-U", "postgres", "-d", database, "-c", sql])
        .output()
        .expect("psql");
    assert!(
        output.status.success(),
        "{sql}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// Adds the store "Corp" on the test slapd to the desk in `config`, its
/// History and queue in the database at `url`.
pub(crate) fn add_store(config: &Path, url: &str) {
    let s = servers();
    let ca = s.ca_file.to_str().expect("utf-8");
    let host = s.ldap_url.trim_start_matches("ldap://");
    let out = run_dirdesk(
        config,
        &[
            "store",
            "add",
            "--name",
            "Corp",
            "--type",
            "ldap",
            "--host",
            host,
            "--security",
            "starttls",
            "--ca-file",
            ca,
            "--base-dn",
            &s.base_dn,
            "--login-dn-template",
            "uid={user},ou=people,dc=example,dc=test",
            "--database",
            url,
            "--database-ca-file",
            ca,
        ],
        "",
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
}

/// A desk whose store "Corp" names a database of the test's own, owned by
/// the DBA (pgadmin) and not yet set up.
pub(crate) struct Desk {
    pub(crate) config: tempfile::TempDir,
    pub(crate) database: String,
}

impl Desk {
    fn new() -> Desk {
        let database = unique("dd").replace('-', "_");
        superuser_sql(
            "postgres",
            &format!("CREATE DATABASE {database} OWNER pgadmin"),
        );
        let desk = Desk {
            config: tempfile::tempdir().expect("tempdir"),
            database,
        };
        add_store(desk.config.path(), &desk.shared().url.to_string());
        desk
    }

    pub(crate) fn dirdesk(&self, args: &[&str], stdin: &str) -> Output {
        run_dirdesk(self.config.path(), args, stdin, &[])
    }

    pub(crate) fn ok(&self, args: &[&str], stdin: &str) -> String {
        let output = self.dirdesk(args, stdin);
        assert!(
            output.status.success(),
            "dirdesk {args:?}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// `dirdesk db …` as the DBA.
    fn db(&self, command: &str) -> Output {
        self.dirdesk(
            &[
                "db",
                command,
                "--store",
                "Corp",
                "--user",
                "pgadmin",
                "--password-stdin",
            ],
            "pgadmin-secret",
        )
    }

    fn sync_roles(&self, users_group: &str) -> String {
        self.ok(
            &[
                "db",
                "sync-roles",
                "--store",
                "Corp",
                "--user",
                "pgadmin",
                "--password-stdin",
                "--users-group",
                users_group,
                "--admins-group",
                ADMINS_GROUP,
            ],
            "pgadmin-secret",
        )
    }

    /// Set up, with the seed's two groups as the roles.
    pub(crate) fn ready() -> Desk {
        let desk = Desk::new();
        let _turn = roles_turn();
        assert!(desk.db("init").status.success());
        desk.sync_roles(USERS_GROUP);
        desk
    }

    /// The store's database as a desk names it.
    pub(crate) fn shared(&self) -> dirdesk::domain::shared_database::SharedDatabase {
        let url = format!(
            "postgresql://127.0.0.1:{}/{}",
            servers().var("PG_PORT"),
            self.database
        );
        dirdesk::domain::shared_database::SharedDatabase {
            url: dirdesk::domain::shared_database::DatabaseUrl::parse(&url).expect("url"),
            ca_file: Some(servers().ca_file.clone()),
        }
    }

    fn url(&self) -> String {
        let s = servers();
        format!(
            "host=127.0.0.1 port={} dbname={} sslmode=require",
            s.var("PG_PORT"),
            self.database
        )
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        let _ = Command::new(Path::new(servers().var("PG_BIN")).join("dropdb"))
            .args([
                "-h",
                servers().var("PG_SOCKET_DIR"),
                "-p",
                servers().var("PG_PORT"),
            ])
            .args(["-U", "postgres", "--force", &self.database])
            .output();
    }
}

pub(crate) fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn the_dba_sets_up_the_database_once_and_check_tells_when_its_protections_are_gone() {
    let desk = Desk::new();
    let before = desk.db("check");
    assert!(!before.status.success(), "{}", text(&before));
    assert!(text(&before).contains("db init"), "{}", text(&before));

    let _turn = roles_turn();
    let first = desk.db("init");
    assert!(first.status.success(), "{}", text(&first));
    assert!(
        text(&first).contains("Applied migration 1")
            && text(&first).contains("Applied migration 2"),
        "{}",
        text(&first)
    );
    let again = desk.db("init");
    assert!(again.status.success(), "{}", text(&again));
    assert!(
        text(&again).contains("up to date (version 2)"),
        "{}",
        text(&again)
    );
    let migrate = desk.db("migrate");
    assert!(text(&migrate).contains("up to date"), "{}", text(&migrate));
    assert_eq!(
        superuser_sql(
            &desk.database,
            "SELECT count(*) FROM dirdesk.schema_version"
        ),
        "2",
        "each migration once"
    );
    let check = desk.db("check");
    assert!(check.status.success(), "{}", text(&check));
    assert!(text(&check).contains("Everything is as dirdesk set it up"));

    // A DBA's later grant or switch undoes a protection: check says which.
    superuser_sql(
        &desk.database,
        "ALTER TABLE dirdesk.changes DISABLE ROW LEVEL SECURITY;
         GRANT UPDATE ON dirdesk.changes TO dirdesk_user;
         GRANT EXECUTE ON FUNCTION dirdesk.remove_history_older_than(interval) TO PUBLIC;
         GRANT UPDATE (record) ON dirdesk.changes TO dirdesk_admin;
         CREATE POLICY everyone ON dirdesk.notifications FOR SELECT TO dirdesk_user USING (true)",
    );
    let broken = desk.db("check");
    assert!(!broken.status.success(), "{}", text(&broken));
    let said = text(&broken);
    assert!(
        said.contains("Row-level security is off on dirdesk.changes"),
        "{said}"
    );
    assert!(
        said.contains("dirdesk_user may change or remove History rows"),
        "{said}"
    );
    assert!(
        said.contains("Not only dirdesk_admin may remove old History"),
        "{said}"
    );
    assert!(
        said.contains("dirdesk_admin may change or remove History rows"),
        "a column's grant counts too: {said}"
    );
    assert!(
        said.contains("policy notifications.everyone was not made by dirdesk"),
        "{said}"
    );
}

#[test]
fn a_newer_schema_is_named_and_left_alone() {
    let desk = Desk::ready();
    superuser_sql(
        &desk.database,
        "INSERT INTO dirdesk.schema_version (version, name) VALUES (99, 'from the future')",
    );
    let migrate = desk.db("migrate");
    assert!(!migrate.status.success());
    assert!(
        text(&migrate).contains("newer dirdesk (schema 99"),
        "{}",
        text(&migrate)
    );
    assert_eq!(
        superuser_sql(
            &desk.database,
            "SELECT count(*) FROM dirdesk.schema_version"
        ),
        "3",
        "the two of this dirdesk and the newer one's, nothing else"
    );
}

#[test]
fn sync_roles_gives_each_person_a_login_role_and_follows_the_groups() {
    let desk = Desk::new();
    let s = servers();
    let _turn = roles_turn();
    assert!(desk.db("init").status.success());
    // A group of this test's own: the seed's users and one person more.
    let newcomer = unique("pgtmp").replace('-', "_");
    let group = format!("cn={newcomer},ou=database,dc=example,dc=test");
    let person = format!("uid={newcomer},ou=database,dc=example,dc=test");
    // The newcomer is in it through a group inside it.
    let inner = format!("cn={newcomer}-inner,ou=database,dc=example,dc=test");
    let mut ldif = format!(
        "dn: {person}\nobjectClass: inetOrgPerson\nuid: {newcomer}\ncn: {newcomer}\nsn: Tmp\n\n\
         dn: {inner}\nobjectClass: groupOfNames\ncn: {newcomer}-inner\nmember: {person}\n\
         member: uid=carol,ou=people,dc=example,dc=test\n\n\
         dn: {group}\nobjectClass: groupOfNames\ncn: {newcomer}\nmember: {inner}\n"
    );
    for uid in ["bob", "erin", "zoe", "carol"] {
        ldif.push_str(&format!("member: {}\n", s.person_dn(uid)));
    }
    ldap_write("ldapadd", &ldif);

    let first = desk.sync_roles(&group);
    assert!(
        first.contains(&format!("{newcomer} is now in dirdesk_user")),
        "{first}"
    );
    assert!(
        !first.contains("bob is now"),
        "a person already in is left as is: {first}"
    );
    assert_eq!(
        superuser_sql(
            "postgres",
            &format!("SELECT pg_has_role('{newcomer}', 'dirdesk_user', 'MEMBER')")
        ),
        "t"
    );
    ldap_write(
        "ldapmodify",
        &format!("dn: {inner}\nchangetype: modify\ndelete: member\nmember: {person}\n"),
    );
    let second = desk.sync_roles(&group);
    assert!(
        second.contains(&format!("{newcomer} is no longer in dirdesk_user")),
        "{second}"
    );
    assert_eq!(
        superuser_sql(
            "postgres",
            &format!("SELECT pg_has_role('{newcomer}', 'dirdesk_user', 'MEMBER')")
        ),
        "f"
    );
    let third = desk.sync_roles(USERS_GROUP);
    assert!(third.contains("already as the groups say"), "{third}");
    ldap_write("ldapdelete", &format!("{group}\n{inner}\n{person}\n"));
}

/// An LDAP write as the service account (the test slapd lets it write).
fn ldap_write(tool: &str, input: &str) {
    use std::io::Write;
    let s = servers();
    let mut child = Command::new(tool)
        .args([
            "-x",
            "-ZZ",
            "-H",
            &s.ldap_url,
            "-D",
            &s.service_dn,
            "-w",
            &s.service_password,
        ])
        .env("LDAPTLS_CACERT", &s.ca_file)
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect(tool);
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect(tool);
    assert!(
        output.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A connection as `login`, over TLS verified against the test CA.
async fn sign_in(desk: &Desk, login: &str) -> tokio_postgres::Client {
    let ca: PathBuf = servers().ca_file.clone();
    let tls = dirdesk::services::tls::client_config(Some(&ca)).expect("tls");
    let tls = tokio_postgres_rustls::MakeRustlsConnect::new((*tls).clone());
    let config = format!("{} user={login} password={login}-secret", desk.url());
    let (client, connection) = tokio_postgres::connect(&config, tls)
        .await
        .unwrap_or_else(|e| panic!("{login} signs in: {e}"));
    tokio::spawn(connection);
    client
}

/// PostgreSQL's own words for a refusal.
fn said(error: &tokio_postgres::Error) -> String {
    error
        .as_db_error()
        .map_or_else(|| error.to_string(), |db| db.message().to_owned())
}

const RECORD: &str = "INSERT INTO dirdesk.changes
    (store_id, object_dn, object_key, attributes, value_text, at, record, desk)
    VALUES ('s-1', $1, lower($1), ARRAY['description'], '', now() - $2::text::interval, '{}', 'test')
    RETURNING id";

#[tokio::test]
async fn people_read_their_own_history_admins_everyones_and_nobody_rewrites_it() {
    let desk = Desk::ready();
    let bob = sign_in(&desk, "bob").await;
    let erin = sign_in(&desk, "erin").await;
    let alice = sign_in(&desk, "alice").await;
    bob.execute(RECORD, &[&"cn=Bob's,ou=groups", &"0 days"])
        .await
        .expect("bob records");
    bob.execute(RECORD, &[&"cn=Old,ou=groups", &"40 days"])
        .await
        .expect("bob records an old one");
    erin.execute(RECORD, &[&"cn=Erin's,ou=groups", &"0 days"])
        .await
        .expect("erin records");
    let waiting: i64 = erin
        .query_one(RECORD, &[&"cn=Waiting,ou=groups", &"0 days"])
        .await
        .expect("erin records one more")
        .get(0);
    erin.execute(
        "INSERT INTO dirdesk.notifications (change_id, store_id, message_id, status, subject,
             from_address, recipient, to_addresses, cc_addresses, reasons, raw)
         VALUES ($1, 's-1', '<w@example.test>', 'pending', 's', 'f@example.test',
                 'erin@example.test', '[]', '[]', '[]', 'x')",
        &[&waiting],
    )
    .await
    .expect("an email about it waits");

    let dns = |rows: Vec<tokio_postgres::Row>| -> Vec<(String, String)> {
        rows.iter().map(|r| (r.get(0), r.get(1))).collect()
    };
    let all = "SELECT author, object_dn FROM dirdesk.changes ORDER BY id";
    assert_eq!(
        dns(bob.query(all, &[]).await.expect("bob reads")),
        [
            ("bob".into(), "cn=Bob's,ou=groups".into()),
            ("bob".into(), "cn=Old,ou=groups".into())
        ]
    );
    assert_eq!(
        dns(erin.query(all, &[]).await.expect("erin reads")),
        [
            ("erin".into(), "cn=Erin's,ou=groups".into()),
            ("erin".into(), "cn=Waiting,ou=groups".into())
        ]
    );
    assert_eq!(
        alice.query(all, &[]).await.expect("the admin reads").len(),
        4
    );

    // Nobody writes a row in someone else's name, or changes or removes one.
    let forged = bob
        .execute(
            "INSERT INTO dirdesk.changes (store_id, object_dn, object_key, attributes, value_text, at, record, desk, author)
             VALUES ('s-1', 'x', 'x', '{}', '', now(), '{}', 'test', 'erin')",
            &[],
        )
        .await
        .expect_err("bob cannot record as erin");
    assert!(said(&forged).contains("permission denied"), "{forged}");
    let numbered = bob
        .execute(
            "INSERT INTO dirdesk.changes (id, store_id, object_dn, object_key, attributes, value_text, at, record, desk)
             OVERRIDING SYSTEM VALUE VALUES (100000, 's-1', 'x', 'x', '{}', '', now(), '{}', 'test')",
            &[],
        )
        .await
        .expect_err("ids are the server's");
    assert!(said(&numbered).contains("permission denied"), "{numbered}");
    for (who, client) in [("bob", &bob), ("alice", &alice)] {
        for sql in [
            "UPDATE dirdesk.changes SET object_dn = 'cn=rewritten'",
            "DELETE FROM dirdesk.changes",
        ] {
            let refused = client.execute(sql, &[]).await.expect_err(sql);
            assert!(
                said(&refused).contains("permission denied"),
                "{who}: {sql}: {refused}"
            );
        }
    }

    // The time of record is the server's: a desk's own `at` (40 days ago
    // above) does not make a row old. The superuser ages two rows, one of
    // which an email still waits for.
    superuser_sql(
        &desk.database,
        "UPDATE dirdesk.changes SET recorded_at = now() - interval '40 days'
         WHERE object_dn IN ('cn=Old,ou=groups', 'cn=Waiting,ou=groups')",
    );
    let too_soon = alice
        .query_one("SELECT dirdesk.remove_history_older_than('1 day')", &[])
        .await
        .expect_err("the last 30 days are always kept");
    assert!(said(&too_soon).contains("30 days"), "{too_soon}");

    // Retention: only admins, only what is older.
    let refused = bob
        .query_one("SELECT dirdesk.remove_history_older_than('30 days')", &[])
        .await
        .expect_err("bob may not remove History");
    assert!(said(&refused).contains("permission denied"), "{refused}");
    let removed: i64 = alice
        .query_one("SELECT dirdesk.remove_history_older_than('30 days')", &[])
        .await
        .expect("the admin removes old History")
        .get(0);
    assert_eq!(removed, 1);
    let left: Vec<String> = alice
        .query("SELECT object_dn FROM dirdesk.changes ORDER BY id", &[])
        .await
        .expect("read")
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        left,
        [
            "cn=Bob's,ou=groups",
            "cn=Erin's,ou=groups",
            "cn=Waiting,ou=groups"
        ],
        "the old one without waiting emails went; the one an email waits for stays"
    );
}

#[test]
fn each_person_signs_in_with_their_own_password_and_an_untrusted_certificate_is_named() {
    let desk = Desk::ready();
    let check = |user: &str, password: &str| {
        text(&desk.dirdesk(
            &[
                "db",
                "check",
                "--store",
                "Corp",
                "--user",
                user,
                "--password-stdin",
            ],
            password,
        ))
    };
    // Bob's own password: he checks, and sees his role.
    let bob = check("bob", "bob-secret");
    assert!(bob.contains("Your roles: dirdesk_user"), "{bob}");
    // pgadmin has no role in either group.
    let dba = check("pgadmin", "pgadmin-secret");
    assert!(dba.contains("Your roles: none"), "{dba}");
    // A CA that did not sign the database's certificate.
    let other_ca = tempfile::NamedTempFile::new().expect("tmp");
    let key = rcgen::KeyPair::generate().expect("key");
    let cert = rcgen::CertificateParams::new(vec!["other.test".into()])
        .expect("params")
        .self_signed(&key)
        .expect("cert");
    std::fs::write(other_ca.path(), cert.pem()).expect("write");
    desk.ok(
        &[
            "store",
            "edit",
            "Corp",
            "--database-ca-file",
            other_ca.path().to_str().expect("utf-8"),
        ],
        "",
    );
    let untrusted = check("bob", "bob-secret");
    assert!(
        untrusted.contains("certificate this computer does not trust"),
        "{untrusted}"
    );
}

/// The queue's rows: any desk may deliver a waiting email sent with the
/// store's account, nobody rewrites one, queues one in another's name or as
/// already sent, or brings a sent one back.
#[tokio::test]
async fn the_queue_lets_any_desk_deliver_but_nobody_forge_or_rewrite_an_email() {
    use dirdesk::services::storage::Storage;
    let desk = Desk::ready();
    let bob = sign_in(&desk, "bob").await;
    let erin = sign_in(&desk, "erin").await;
    let mut bobs_queue = shared_queue(&desk, "bob").await;
    let planned = super::storage_conformance::record("Queue", "value");
    let (change, ids) = bobs_queue
        .finish_change(
            None,
            &planned,
            &[super::storage_conformance::email("bob@example.test")],
            &[],
        )
        .await
        .expect("bob records a change with an email");
    let id = ids[0];

    let insert = "INSERT INTO dirdesk.notifications (change_id, store_id, sender_login, message_id,
             status, subject, from_address, recipient, to_addresses, cc_addresses, reasons, raw)
         VALUES ($1, 's-1', $2, $3, $4, 's', 'f@example.test', 'x@example.test', '[]', '[]', '[]', 'x')";
    for (sender, status, why) in [
        (Some("carol"), "pending", "to go out as carol"),
        (None, "sent", "as sent already"),
    ] {
        let refused = bob
            .execute(insert, &[&change, &sender, &unique("<f"), &status])
            .await
            .expect_err(why);
        assert!(
            said(&refused).contains("row-level security"),
            "{why}: {refused}"
        );
    }
    let not_his = erin
        .execute(insert, &[&change, &None::<&str>, &unique("<e"), &"pending"])
        .await
        .expect_err("erin cannot queue an email about bob's change");
    assert!(said(&not_his).contains("row-level security"), "{not_his}");
    let rewrite = erin
        .execute(
            "UPDATE dirdesk.notifications SET raw = 'phish' WHERE id = $1",
            &[&id],
        )
        .await
        .expect_err("the bytes are not anyone's to change");
    assert!(said(&rewrite).contains("permission denied"), "{rewrite}");
    let unclaimed = erin
        .execute(
            "UPDATE dirdesk.notifications SET status = 'sent' WHERE id = $1",
            &[&id],
        )
        .await
        .expect_err("only a claimed email is marked sent");
    assert!(
        said(&unclaimed).contains("without being claimed"),
        "{unclaimed}"
    );

    // Erin's desk delivers bob's email (the store's account): claims it, sends it.
    let mut erins_queue = shared_queue(&desk, "erin").await;
    let due: Vec<i64> = erins_queue
        .due()
        .await
        .expect("due")
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(due, [id], "erin's desk sees what waits");
    assert!(erins_queue.claim_for_sending(id).await.expect("claim"));
    let taken = bob
        .execute(
            "UPDATE dirdesk.notifications SET claimed_by = 'another desk' WHERE id = $1",
            &[&id],
        )
        .await
        .expect_err("a claim is not taken while it holds");
    assert!(
        said(&taken).contains("being sent by another desk"),
        "{taken}"
    );
    erins_queue.mark_sent(id, "250 OK").await.expect("sent");
    assert!(
        erins_queue.get(id).await.expect("get").is_some(),
        "the desk that sent it still sees what it sent"
    );
    let mut zoes_queue = shared_queue(&desk, "zoe").await;
    assert!(
        zoes_queue.get(id).await.expect("get").is_none(),
        "once sent, it is bob's History, not everyone's to read"
    );
    assert_eq!(
        bobs_queue.get(id).await.expect("get").map(|e| e.status),
        Some(dirdesk::services::notification_queue::Status::Sent)
    );
    let back = bob
        .execute(
            "UPDATE dirdesk.notifications SET status = 'pending' WHERE id = $1",
            &[&id],
        )
        .await
        .expect_err("sent stays sent");
    assert!(said(&back).contains("stays as it is"), "{back}");
    assert!(
        !bobs_queue.delete(id).await.expect("delete"),
        "nor is it deleted"
    );
}

pub(crate) async fn shared_queue(
    desk: &Desk,
    login: &str,
) -> dirdesk::services::storage::postgres::queue::SharedQueue {
    let password = secrecy::SecretString::from(format!("{login}-secret"));
    let db =
        dirdesk::services::storage::postgres::Database::connect(&desk.shared(), login, &password)
            .await
            .unwrap_or_else(|e| panic!("{login} signs in: {e}"));
    // The store as the desks name it: by its base DN (added by hand).
    dirdesk::services::storage::postgres::queue::SharedQueue::open(
        db,
        format!("directory:{}", dirdesk::domain::dn::key(&servers().base_dn)),
    )
    .await
    .expect("queue")
}

#[tokio::test]
async fn a_wrong_password_and_a_person_without_a_role_are_told_apart() {
    use dirdesk::services::storage::postgres::{Database, DatabaseProblem};
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let wrong = Database::connect(&desk.shared(), "bob", &"not-bobs".to_owned().into())
        .await
        .expect_err("a wrong password");
    assert_eq!(wrong.problem, DatabaseProblem::WrongPassword, "{wrong}");
    assert!(
        wrong.to_string().contains("LDAP authentication failed"),
        "{wrong}"
    );
    let newhire = Database::connect(
        &desk.shared(),
        "newhire",
        &"newhire-secret".to_owned().into(),
    )
    .await
    .expect_err("no role yet");
    assert_eq!(newhire.problem, DatabaseProblem::NoRole, "{newhire}");
    assert!(
        newhire.to_string().contains("dirdesk db sync-roles"),
        "{newhire}"
    );
    let nowhere = dirdesk::domain::shared_database::SharedDatabase {
        url: dirdesk::domain::shared_database::DatabaseUrl::parse(&format!(
            "postgresql://127.0.0.1:{}/{}",
            super::support::free_port(),
            desk.database
        ))
        .expect("url"),
        ca_file: Some(servers().ca_file.clone()),
    };
    let unreachable = Database::connect(&nowhere, "bob", &"bob-secret".to_owned().into())
        .await
        .expect_err("nothing listens there");
    assert_eq!(
        unreachable.problem,
        DatabaseProblem::Unreachable,
        "{unreachable}"
    );
    let mut missing_ca = desk.shared();
    missing_ca.ca_file = Some("/nonexistent/db-ca.pem".into());
    let local = Database::connect(&missing_ca, "bob", &"bob-secret".to_owned().into())
        .await
        .expect_err("the CA file is not there");
    assert_eq!(local.problem, DatabaseProblem::LocalCaFile, "{local}");
    assert!(
        local.to_string().contains("/nonexistent/db-ca.pem"),
        "{local}"
    );
}

/// The admin's retention choice: what is older goes at once, and later
/// from every desk that saves; only admins choose; "all" keeps everything.
#[tokio::test(flavor = "multi_thread")]
async fn the_retention_an_admin_chooses_removes_only_what_is_older_from_every_desk() {
    use dirdesk::services::storage::Storage;
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let retention = |login: &str, keep: Option<&str>| {
        let mut args = vec![
            "db",
            "retention",
            "--store",
            "Corp",
            "--user",
            login,
            "--password-stdin",
        ];
        args.extend(keep.iter().flat_map(|k| ["--keep", *k]));
        desk.dirdesk(&args, &format!("{login}-secret"))
    };
    let said = text(&retention("bob", None));
    assert!(said.contains("All History is kept"), "{said}");

    let mut bob = shared_queue(&desk, "bob").await;
    for object in ["Ancient", "Older", "Recent"] {
        let record = super::storage_conformance::record(object, "kept?");
        bob.finish_change(None, &record, &[], &[])
            .await
            .expect("record");
    }
    let age = |object: &str, days: u32| {
        superuser_sql(
            &desk.database,
            &format!(
                "UPDATE dirdesk.changes SET recorded_at = now() - interval '{days} days'
                 WHERE object_dn LIKE 'cn={object},%'"
            ),
        );
    };
    let left = || {
        superuser_sql(
            &desk.database,
            "SELECT string_agg(object_name, ',' ORDER BY id)
             FROM (SELECT id, record ->> 'object_name' AS object_name FROM dirdesk.changes) c",
        )
    };
    age("Ancient", 100);
    age("Older", 40);

    let refused = retention("bob", Some("90-days"));
    assert!(!refused.status.success(), "{}", text(&refused));
    assert!(
        text(&refused).contains("permission denied for function choose_retention"),
        "{}",
        text(&refused)
    );
    let wrong = retention("alice", Some("3-weeks"));
    assert!(!wrong.status.success());
    assert!(text(&wrong).contains("90-days"), "the choices are named");
    assert_eq!(
        left(),
        "Ancient,Older,Recent",
        "nothing removed by refusals"
    );

    let chosen = retention("alice", Some("90-days"));
    assert!(chosen.status.success(), "{}", text(&chosen));
    assert!(
        text(&chosen).contains("Removed 1 History"),
        "{}",
        text(&chosen)
    );
    assert_eq!(left(), "Older,Recent", "only what is older than 90 days");
    let told = text(&retention("bob", None));
    assert!(told.contains("kept for 90 days (chosen by alice"), "{told}");

    // Time passes; the next desk to save applies the choice.
    age("Older", 120);
    let group = super::support::own_group("bob", &["bob"]).await;
    let saved = desk.dirdesk(
        &[
            "edit",
            "--store",
            "Corp",
            "--user",
            "bob",
            "--password-stdin",
            &group,
            "--set",
            "description=a save",
        ],
        "bob-secret",
    );
    assert!(saved.status.success(), "{}", text(&saved));
    let now = left();
    assert!(now.starts_with("Recent,"), "{now}");
    assert!(!now.contains("Older"), "{now}");

    // "All" keeps everything from then on.
    assert!(retention("alice", Some("all")).status.success());
    age("Recent", 4000);
    let again = desk.dirdesk(
        &[
            "edit",
            "--store",
            "Corp",
            "--user",
            "bob",
            "--password-stdin",
            &group,
            "--set",
            "description=another save",
        ],
        "bob-secret",
    );
    assert!(again.status.success(), "{}", text(&again));
    assert!(left().starts_with("Recent,"), "kept: {}", left());

    // Choosing opened to everyone is a protection undone: check says so.
    superuser_sql(
        &desk.database,
        "GRANT EXECUTE ON FUNCTION dirdesk.choose_retention(interval) TO dirdesk_user",
    );
    let check = desk.db("check");
    assert!(!check.status.success());
    assert!(
        text(&check).contains("Not only dirdesk_admin may remove old History"),
        "{}",
        text(&check)
    );
}
