//! Test support: starts (or attaches to) the loopback test servers once per
//! test run, and gives tests their addresses, CA file and captured mail.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde::Deserialize;

/// Where the test servers listen, as written by `scripts/test-servers`.
#[derive(Debug)]
pub struct Servers {
    pub ldap_url: String,
    pub ldaps_url: String,
    pub base_dn: String,
    pub service_dn: String,
    pub service_password: String,
    pub smtp_host: String,
    pub smtp_starttls_port: u16,
    pub smtp_tls_port: u16,
    pub smtp_user: String,
    pub smtp_password: String,
    pub ca_file: PathBuf,
    pub maildir: PathBuf,
    /// Everything servers.env says (the OAuth 2.0 token endpoint's
    /// clients and people, say).
    pub vars: HashMap<String, String>,
}

/// One message the SMTP test server accepted.
#[derive(Debug, Clone, Deserialize)]
pub struct CapturedMail {
    /// "starttls" or "tls": which listener took it.
    pub listener: String,
    pub mail_from: String,
    pub rcpt_tos: Vec<String>,
    pub auth_user: Option<String>,
    /// The whole message as sent (headers and body).
    pub data: String,
}

pub fn project_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs a server script's `start` (reusing servers already running) and
/// returns the KEY=VALUE lines its `env` prints.
pub fn start_and_read_env(script: &Path) -> HashMap<String, String> {
    let output = Command::new(script)
        .arg("start")
        .output()
        .expect("run the server script");
    assert!(
        output.status.success(),
        "{} start failed:\n{}",
        script.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let env = Command::new(script)
        .arg("env")
        .output()
        .expect("read the servers' env");
    String::from_utf8_lossy(&env.stdout)
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// The running test servers; the first call starts them.
pub fn servers() -> &'static Servers {
    static SERVERS: OnceLock<Servers> = OnceLock::new();
    SERVERS.get_or_init(|| {
        let script = project_root().join("scripts/test-servers");
        let vars = start_and_read_env(&script);
        let var = |k: &str| {
            vars.get(k)
                .cloned()
                .unwrap_or_else(|| panic!("{k} missing"))
        };
        let port = |k: &str| var(k).parse::<u16>().expect("port");
        Servers {
            ldap_url: var("LDAP_URL"),
            ldaps_url: var("LDAPS_URL"),
            base_dn: var("LDAP_BASE_DN"),
            service_dn: var("LDAP_SERVICE_DN"),
            service_password: var("LDAP_SERVICE_PASSWORD"),
            smtp_host: var("SMTP_HOST"),
            smtp_starttls_port: port("SMTP_STARTTLS_PORT"),
            smtp_tls_port: port("SMTP_TLS_PORT"),
            smtp_user: var("SMTP_USER"),
            smtp_password: var("SMTP_PASSWORD"),
            ca_file: PathBuf::from(var("CA_FILE")),
            maildir: PathBuf::from(var("MAILDIR")),
            vars: vars.clone(),
        }
    })
}

impl Servers {
    /// One value of servers.env.
    pub fn var(&self, key: &str) -> &str {
        self.vars
            .get(key)
            .unwrap_or_else(|| panic!("{key} missing from servers.env"))
    }

    /// A person's DN in the seed data.
    pub fn person_dn(&self, uid: &str) -> String {
        format!("uid={uid},ou=people,{}", self.base_dn)
    }

    /// A group's DN in the seed data.
    pub fn group_dn(&self, cn: &str) -> String {
        format!("cn={cn},ou=groups,{}", self.base_dn)
    }

    /// Every message captured so far, oldest first.
    pub fn captured_mail(&self) -> Vec<CapturedMail> {
        let dir = self.maildir.join("new");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        names.sort();
        names
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).expect("read captured mail");
                serde_json::from_str(&text).expect("captured mail is JSON")
            })
            .collect()
    }

    /// Captured messages that match `pred`, waiting up to `timeout` for at
    /// least one to arrive.
    pub fn wait_for_mail(
        &self,
        timeout: Duration,
        pred: impl Fn(&CapturedMail) -> bool,
    ) -> Vec<CapturedMail> {
        let deadline = Instant::now() + timeout;
        loop {
            let found: Vec<_> = self.captured_mail().into_iter().filter(&pred).collect();
            if !found.is_empty() || Instant::now() >= deadline {
                return found;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A unique marker for values a test writes, so parallel tests and repeated
/// runs against the same servers never confuse each other's data.
pub fn unique(label: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!(
        "{label}-{}-{nanos}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A slapd of a test's own (free ports, own folder, optional extra entries),
/// for tests that stop the server or need a bigger directory. Stopped when
/// dropped.
#[derive(Debug)]
pub struct PrivateLdap {
    dir: tempfile::TempDir,
    pub ldap_port: u16,
    pub ldaps_port: u16,
    extra_ldif: Option<PathBuf>,
}

/// A loopback port nothing listens on (a connection to it is refused), and
/// one no other test of this run has been given: a private slapd stopped
/// for a restart frees its port, and the kernel would happily hand it to
/// the next test, whose server the restarted one's clients would then reach.
pub fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<BTreeSet<u16>> = std::sync::Mutex::new(BTreeSet::new());
    loop {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        if GIVEN.lock().expect("ports").insert(port) {
            return port;
        }
    }
}

impl PrivateLdap {
    pub fn start(extra_ldif: Option<&str>) -> PrivateLdap {
        let dir = tempfile::tempdir().expect("tempdir");
        let extra_ldif = extra_ldif.map(|text| {
            let path = dir.path().join("extra.ldif");
            std::fs::write(&path, text).expect("write extra ldif");
            path
        });
        let ldap = PrivateLdap {
            dir,
            ldap_port: free_port(),
            ldaps_port: free_port(),
            extra_ldif,
        };
        ldap.run("start");
        ldap
    }

    fn run(&self, command: &str) {
        self.run_with(command, &[]);
    }

    fn run_with(&self, command: &str, env: &[(&str, &str)]) {
        let mut cmd = Command::new(project_root().join("scripts/test-servers"));
        cmd.args([command, "ldap"])
            .envs(env.iter().copied())
            .env("DIRDESK_SERVERS_DIR", self.dir.path().join("servers"))
            .env("DIRDESK_LDAP_PORT", self.ldap_port.to_string())
            .env("DIRDESK_LDAPS_PORT", self.ldaps_port.to_string());
        if let Some(extra) = &self.extra_ldif {
            cmd.env("DIRDESK_EXTRA_LDIF", extra);
        }
        let output = cmd.output().expect("run scripts/test-servers");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    pub fn stop(&self) {
        self.run("stop");
    }

    /// Starts the stopped server again, with its data as it was.
    pub fn restart(&self) {
        self.run_with("start", &[("DIRDESK_SLAPD_KEEP_DATA", "1")]);
    }

    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("servers/tls/ca.pem")
    }
}

impl Drop for PrivateLdap {
    fn drop(&mut self) {
        self.run("stop");
    }
}

/// A connection to the test slapd bound as the service account, for
/// setting up test data.
pub async fn service_connection() -> ldap3::Ldap {
    crate::directories::slapd().service_connection().await
}

/// A group of the test's own on the test slapd, owned by `owner` (a uid), so
/// parallel tests never touch each other's groups. Returns its DN.
pub async fn own_group(owner: &str, members: &[&str]) -> String {
    crate::directories::slapd().own_group(owner, members).await
}

/// The Samba AD domain controller (started once per run by `scripts/samba-ad`).
#[derive(Debug)]
pub struct ActiveDirectory {
    pub base_dn: String,
    pub ldaps_port: u16,
    pub ldap_port: u16,
    pub service_account: String,
    pub service_password: String,
    pub ca_file: PathBuf,
}

/// The running domain controller; the first call starts it.
pub fn active_directory() -> &'static ActiveDirectory {
    static AD: OnceLock<ActiveDirectory> = OnceLock::new();
    AD.get_or_init(|| {
        let script = project_root().join("scripts/samba-ad");
        let vars = start_and_read_env(&script);
        let var = |k: &str| {
            vars.get(k)
                .cloned()
                .unwrap_or_else(|| panic!("{k} missing"))
        };
        ActiveDirectory {
            base_dn: var("AD_BASE_DN"),
            ldaps_port: var("AD_LDAPS_PORT").parse().expect("port"),
            ldap_port: var("AD_LDAP_PORT").parse().expect("port"),
            service_account: var("AD_SERVICE_ACCOUNT"),
            service_password: var("AD_SERVICE_PASSWORD"),
            ca_file: PathBuf::from(var("AD_CA_FILE")),
        }
    })
}

/// A connection to the Samba DC bound as its service account, for reading
/// what the directory holds as ldapsearch would.
pub async fn ad_service_connection() -> ldap3::Ldap {
    let ad = active_directory();
    ad_connection_as(&ad.service_account, &ad.service_password).await
}

/// A connection to the Samba DC bound as `who` (a DN, UPN or DOMAIN\user).
pub async fn ad_connection_as(who: &str, password: &str) -> ldap3::Ldap {
    let ad = active_directory();
    let settings = ldap3::LdapConnSettings::new()
        .set_config(dirdesk::services::tls::client_config(Some(&ad.ca_file)).expect("tls"));
    let url = format!("ldaps://127.0.0.1:{}", ad.ldaps_port);
    let (conn, mut ldap) = ldap3::LdapConnAsync::with_settings(settings, &url)
        .await
        .expect("connect");
    ldap3::drive!(conn);
    ldap.simple_bind(who, password)
        .await
        .expect("bind")
        .success()
        .unwrap_or_else(|e| panic!("bound as {who}: {e}"));
    ldap
}

/// The values of `attribute` of `dn`, read on `ldap` as ldapsearch would
/// (none when the entry has none).
pub async fn values_of(ldap: &mut ldap3::Ldap, dn: &str, attribute: &str) -> Vec<String> {
    let (entries, _) = ldap
        .search(dn, ldap3::Scope::Base, "(objectClass=*)", vec![attribute])
        .await
        .expect("search")
        .success()
        .expect("found");
    let entry = ldap3::SearchEntry::construct(entries.into_iter().next().expect("entry"));
    entry.attrs.get(attribute).cloned().unwrap_or_default()
}

/// AD tests change the same few groups: they take turns.
pub async fn ad_turn() -> tokio::sync::MutexGuard<'static, ()> {
    static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    TURN.lock().await
}

/// The first `description` of `dn` on the test slapd, read as the service
/// account.
pub async fn current_description(dn: &str) -> Option<String> {
    crate::directories::slapd().description(dn).await
}

/// The History entries of changes that set some attribute to `value`.
pub fn changes_setting<'a>(
    history: &'a [dirdesk::services::notification_queue::HistoryEntry],
    value: &str,
) -> Vec<&'a dirdesk::services::notification_queue::HistoryEntry> {
    history
        .iter()
        .filter(|h| {
            h.record
                .changes
                .iter()
                .any(|c| c.new.iter().any(|v| v == value))
        })
        .collect()
}

/// Clicks what shows `label` in the Admin Center and lets the app handle
/// what it produced.
pub fn click(app: &mut dirdesk::gui::App, label: &str) {
    let mut ui = iced_test::simulator(app.view());
    ui.click(label)
        .unwrap_or_else(|e| panic!("“{label}” is on screen: {e:?}"));
    for message in ui.into_messages() {
        let _ = app.update(message);
    }
}

/// Whether the Admin Center shows `label`.
pub fn shows(app: &dirdesk::gui::App, label: &str) -> bool {
    iced_test::simulator(app.view()).find(label).is_ok()
}

/// Runs the dirdesk binary on the config folder `config` with `args`,
/// `stdin` (and a newline) as its input and `env` added to its environment.
pub fn run_dirdesk(
    config: &std::path::Path,
    args: &[&str],
    stdin: &str,
    env: &[(&str, &str)],
) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
        .arg("--config-dir")
        .arg(config)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dirdesk");
    writeln!(child.stdin.take().expect("stdin"), "{stdin}").expect("stdin");
    child.wait_with_output().expect("output")
}

/// Asserts that no email about `text` went out and none is on its way:
/// dirdesk sends only from the queue in `folders`, which holds nothing still
/// to send (the sender has finished), and the mail server received nothing
/// about it. No waiting: these facts are final.
pub fn assert_no_email_about(folders: &dirdesk::environment::Folders, text: &str) {
    use dirdesk::services::notification_queue::{Filter, NotificationQueue};
    let queue = NotificationQueue::open(folders).expect("queue");
    let waiting = queue.list(Filter::Pending).expect("list");
    assert!(waiting.is_empty(), "emails still to send: {waiting:?}");
    assert_no_mail_received_about(text);
}

/// Asserts that the mail server received nothing about `text`, for a
/// sender that has finished.
pub fn assert_no_mail_received_about(text: &str) {
    let received: Vec<_> = servers()
        .captured_mail()
        .into_iter()
        .filter(|m| m.data.contains(text))
        .collect();
    assert!(received.is_empty(), "received: {received:?}");
}

/// Whether any text in `view` contains `part`.
pub fn shows_containing<M>(view: iced::Element<'_, M>, part: &str) -> bool {
    use iced_test::selector::{Candidate, Text};
    let mut ui = iced_test::simulator(view);
    ui.find(|candidate: Candidate<'_>| match candidate {
        Candidate::Text {
            id,
            bounds,
            visible_bounds,
            content,
        } if content.contains(part) => Some(Text::Raw {
            id: id.cloned(),
            bounds,
            visible_bounds,
        }),
        _ => None,
    })
    .is_ok()
}

/// Points `store`'s Notifications page at the test mail server (STARTTLS +
/// AUTH) with "Logged in users for their actions" as given, and keeps its
/// SMTP password — and the service account's, when given — in the keychain.
pub fn mail_through_test_server(
    store: &mut dirdesk::domain::IdentityStore,
    logged_in_users: bool,
    service_password: Option<&str>,
) {
    use dirdesk::services::keychain::{Keychain, SecretKind};
    let s = servers();
    let n = &mut store.notifications;
    n.smtp_server = s.smtp_host.clone();
    n.smtp_port = s.smtp_starttls_port;
    n.smtp_ca_file = Some(s.ca_file.clone());
    n.from = "dirdesk@example.test".into();
    n.use_authentication = true;
    n.smtp_username = s.smtp_user.clone();
    n.also_notify.logged_in_users = logged_in_users;
    let keychain = Keychain::platform().expect("the test session's keychain");
    keychain
        .set(&store.id, SecretKind::Smtp, &s.smtp_password)
        .expect("smtp password");
    if let Some(password) = service_password {
        keychain
            .set(&store.id, SecretKind::ServiceAccount, password)
            .expect("service password");
    }
}
