//! Single sign-on with Kerberos against the Samba DC's own KDC: a private
//! krb5.conf and credential cache in the test folder, kinit with the
//! password on stdin, nothing beyond loopback and no DNS. dirdesk signs in
//! with the ticket (`--kerberos`), edits as the person, and the
//! confirmation goes out; each failure has its own message.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dirdesk::domain::{IdentityStore, Security, Server};
use dirdesk::environment::Folders;
use dirdesk::services::config_file::Config;

use crate::published_stores::{failed, ok};
use crate::support::{active_directory, ad_turn, run_dirdesk, servers, unique};

/// A person's Kerberos setup on this computer, kept in a test folder.
struct Kerberos {
    dir: tempfile::TempDir,
}

impl Kerberos {
    fn new() -> Kerberos {
        let dir = tempfile::tempdir().expect("kerberos folder");
        // The realm block on separate lines: MIT ignores a one-line block.
        let conf = "[libdefaults]\n\
            \x20   default_realm = EXAMPLE.TEST\n\
            \x20   dns_lookup_kdc = false\n\
            \x20   dns_lookup_realm = false\n\
            \x20   dns_canonicalize_hostname = false\n\
            \x20   rdns = false\n\
            [realms]\n\
            \x20   EXAMPLE.TEST = {\n\
            \x20       kdc = 127.0.0.1\n\
            \x20   }\n";
        std::fs::write(dir.path().join("krb5.conf"), conf).expect("krb5.conf");
        Kerberos { dir }
    }

    fn cache(&self) -> PathBuf {
        self.dir.path().join("ccache")
    }

    fn env(&self) -> Vec<(String, String)> {
        vec![
            (
                "KRB5_CONFIG".into(),
                self.dir.path().join("krb5.conf").display().to_string(),
            ),
            (
                "KRB5CCNAME".into(),
                format!("FILE:{}", self.cache().display()),
            ),
        ]
    }

    /// kinit as `principal`, the password on stdin; `lifetime` as kinit's -l.
    fn kinit(&self, principal: &str, password: &str, lifetime: Option<&str>) {
        use std::io::Write;
        let mut command = Command::new("kinit");
        command.envs(self.env());
        if let Some(lifetime) = lifetime {
            command.args(["-l", lifetime]);
        }
        let mut child = command
            .arg(principal)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("kinit (krb5-user)");
        writeln!(child.stdin.take().expect("stdin"), "{password}").expect("password");
        let output = child.wait_with_output().expect("kinit");
        assert!(
            output.status.success(),
            "kinit {principal}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Whether the cache holds a ticket that is still valid (klist -s).
    fn has_valid_ticket(&self) -> bool {
        Command::new("klist")
            .arg("-s")
            .envs(self.env())
            .status()
            .expect("klist")
            .success()
    }

    fn dirdesk(&self, desk: &Path, args: &[&str]) -> Output {
        let env = self.env();
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        run_dirdesk(desk, args, "", &env)
    }
}

/// A desk with the Samba DC as an AD store named `name`, mail through the
/// test server, confirmations for the person who changes something.
fn desk_with(store: IdentityStore) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("desk");
    let mut config = Config::default();
    config.put_store(store).expect("store");
    config.save(&Folders::portable(dir.path())).expect("save");
    dir
}

fn ad_store(name: &str) -> IdentityStore {
    let mut store = crate::active_directory::store();
    store.name = name.into();
    crate::support::mail_through_test_server(&mut store, true, None);
    store
}

async fn description_of(dn: &str) -> Option<String> {
    let mut ldap = crate::support::ad_service_connection().await;
    crate::support::values_of(&mut ldap, dn, "description")
        .await
        .into_iter()
        .next()
}

/// A 5,000-member group (read in ranges) and a 5,000-entry search (in
/// pages) come whole over the Kerberos session of store `name`.
fn big_answers_come_whole(krb: &Kerberos, desk: &Path, name: &str) {
    let big = format!("CN=Big,CN=Users,{}", active_directory().base_dn);
    let shown = ok(&krb.dirdesk(
        desk,
        &["show", "--store", name, "--kerberos", &big, "--json"],
    ));
    let shown: serde_json::Value = serde_json::from_str(&shown).expect("json");
    assert_eq!(
        shown["attributes"]["member"].as_array().map(Vec::len),
        Some(5_000)
    );
    let search = [
        "search",
        "--store",
        name,
        "--kerberos",
        "--users",
        "bulk",
        "--json",
    ];
    let found: serde_json::Value =
        serde_json::from_str(&ok(&krb.dirdesk(desk, &search))).expect("json");
    assert_eq!(found.as_array().map(Vec::len), Some(5_000));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kerberos_sign_in_edits_a_group_and_the_confirmation_goes_out() {
    let _turn = ad_turn().await;
    let ad = active_directory();
    let krb = Kerberos::new();
    krb.kinit("alice@EXAMPLE.TEST", "Alice-Secret1", None);
    let name = unique("Kerberos AD");
    let dir = desk_with(ad_store(&name));
    let group = format!("CN=Marketing,CN=Users,{}", ad.base_dn);
    let text = unique("Set with a Kerberos ticket");
    let set = format!("description={text}");
    let output = krb.dirdesk(
        dir.path(),
        &[
            "edit",
            "--store",
            &name,
            "--kerberos",
            &group,
            "--set",
            &set,
        ],
    );
    let said = ok(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Signed in as alice@EXAMPLE.TEST with your Windows/Kerberos sign-in"),
        "{stderr}"
    );
    assert!(
        stderr.contains("inside the verified TLS connection"),
        "{stderr}"
    );
    assert!(said.contains(&text), "{said}");
    assert_eq!(description_of(&group).await.as_deref(), Some(text.as_str()));
    let mail = servers().wait_for_mail(std::time::Duration::from_secs(20), |m| {
        m.data.contains(&text)
    });
    assert_eq!(mail.len(), 1, "one confirmation");
    assert_eq!(mail[0].rcpt_tos, vec!["alice@example.test".to_owned()]);
    // Big answers come whole over the Kerberos session too: a 5,000-member
    // group (read in ranges) and a 5,000-entry search (in pages).
    big_answers_come_whole(&krb, dir.path(), &name);
    // What the directory decides holds: alice may not change Engineering.
    let engineering = format!("CN=Engineering,CN=Users,{}", ad.base_dn);
    let refused = krb.dirdesk(
        dir.path(),
        &[
            "edit",
            "--store",
            &name,
            "--kerberos",
            &engineering,
            "--set",
            &set,
        ],
    );
    let stderr = failed(&refused);
    assert!(
        stderr.contains("you do not have permission to change this (00002098"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn each_kerberos_failure_is_named_and_the_password_sign_in_stays() {
    let ad = active_directory();
    let name = unique("Kerberos failures");
    let dir = desk_with(ad_store(&name));
    let show = |krb: &Kerberos, dir: &Path, store: &str| {
        let group = format!("CN=Marketing,CN=Users,{}", ad.base_dn);
        krb.dirdesk(dir, &["show", "--store", store, "--kerberos", &group])
    };
    // No ticket at all.
    let none = Kerberos::new();
    let stderr = failed(&show(&none, dir.path(), &name));
    assert!(stderr.contains("No Kerberos ticket"), "{stderr}");

    // A ticket that has expired: asked for two seconds, and waited for
    // until klist itself says it is no longer valid.
    let short = Kerberos::new();
    short.kinit("bob@EXAMPLE.TEST", "Bob-Secret1", Some("2s"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while short.has_valid_ticket() {
        assert!(
            std::time::Instant::now() < deadline,
            "the ticket never expired"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let stderr = failed(&show(&short, dir.path(), &name));
    assert!(stderr.contains("Kerberos ticket has expired"), "{stderr}");

    // A name the directory has no service principal for (ldap/localhost;
    // the certificate names localhost too).
    let krb = Kerberos::new();
    krb.kinit("bob@EXAMPLE.TEST", "Bob-Secret1", None);
    let mut store = ad_store("Kerberos by another name");
    store.servers = vec![Server {
        host: "localhost".into(),
        port: ad.ldaps_port,
    }];
    let other = desk_with(store);
    let stderr = failed(&show(&krb, other.path(), "Kerberos by another name"));
    assert!(
        stderr.contains("no Kerberos service principal ldap/localhost"),
        "{stderr}"
    );
    // The password sign-in still works for the same store.
    let group = format!("CN=Marketing,CN=Users,{}", ad.base_dn);
    let shown = run_dirdesk(
        dir.path(),
        &[
            "show",
            "--store",
            &name,
            "--user",
            "bob",
            "--password-stdin",
            &group,
        ],
        "Bob-Secret1",
        &[],
    );
    ok(&shown);
}

/// A loopback proxy in front of `port` that keeps every byte it passes
/// on, both ways: what someone on the network would see.
async fn recording_proxy(port: u16) -> (u16, std::sync::Arc<std::sync::Mutex<Vec<u8>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("proxy");
    let proxy_port = listener.local_addr().expect("address").port();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = seen.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let server = tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .expect("the DC");
            let (client_read, client_write) = client.into_split();
            let (server_read, server_write) = server.into_split();
            for (mut from, mut to) in [
                (
                    Box::new(client_read) as Box<dyn tokio::io::AsyncRead + Unpin + Send>,
                    Box::new(server_write) as Box<dyn tokio::io::AsyncWrite + Unpin + Send>,
                ),
                (Box::new(server_read), Box::new(client_write)),
            ] {
                let seen = kept.clone();
                tokio::spawn(async move {
                    let mut buffer = vec![0; 64 * 1024];
                    while let Ok(n @ 1..) = from.read(&mut buffer).await {
                        seen.lock().expect("seen").extend_from_slice(&buffer[..n]);
                        if to.write_all(&buffer[..n]).await.is_err() {
                            break;
                        }
                    }
                    let _ = to.shutdown().await;
                });
            }
        }
    });
    (proxy_port, seen)
}

/// A store without TLS: the Kerberos sign-in seals the connection itself
/// (as ADUC does on port 389). Edits and big answers — a 5,000-member group
/// in ranges, a 5,000-entry search in pages, the answers ldap3's own
/// sealing lost — come whole, the confirmation goes out, and what crosses
/// the network is never the clear text of the change.
#[tokio::test(flavor = "multi_thread")]
async fn a_store_without_tls_is_sealed_by_kerberos_and_answers_come_whole() {
    let _turn = ad_turn().await;
    let ad = active_directory();
    let (port, seen) = recording_proxy(ad.ldap_port).await;
    let krb = Kerberos::new();
    krb.kinit("alice@EXAMPLE.TEST", "Alice-Secret1", None);
    let name = unique("Kerberos sealed");
    let mut store = ad_store(&name);
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port,
    }];
    store.security = Security::None;
    let dir = desk_with(store);
    let group = format!("CN=Marketing,CN=Users,{}", ad.base_dn);
    let text = unique("Sealed by Kerberos");
    let set = format!("description={text}");
    let run = |args: &[&str]| tokio::task::block_in_place(|| krb.dirdesk(dir.path(), args));
    let output = run(&[
        "edit",
        "--store",
        &name,
        "--kerberos",
        &group,
        "--set",
        &set,
    ]);
    let said = ok(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Signed in as alice@EXAMPLE.TEST with your Windows/Kerberos sign-in; this store uses no TLS, so Kerberos encrypts the connection itself"),
        "{stderr}"
    );
    assert!(said.contains(&text), "{said}");
    assert_eq!(description_of(&group).await.as_deref(), Some(text.as_str()));
    let mail = servers().wait_for_mail(std::time::Duration::from_secs(20), |m| {
        m.data.contains(&text)
    });
    assert_eq!(mail.len(), 1, "one confirmation");
    tokio::task::block_in_place(|| big_answers_come_whole(&krb, dir.path(), &name));
    let seen = seen.lock().expect("seen").clone();
    assert!(
        seen.len() > 100_000,
        "the answers crossed the proxy: {}",
        seen.len()
    );
    let clear = |needle: &str| seen.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(clear("GSSAPI"), "the bind itself is plain LDAP");
    for secret in [text.as_str(), "Marketing", "bulk0001", "alice@example.test"] {
        assert!(
            !clear(secret),
            "{secret:?} crossed the network in the clear"
        );
    }
}

/// The window, through its own tasks: with a ticket in this run's cache
/// (scripts/test sets KRB5_CONFIG and KRB5CCNAME), the sign-in page offers
/// "Sign in as erin@EXAMPLE.TEST"; signed in that way, the header says so —
/// and, where the store sends confirmations with the person's own mail
/// account, that they need the password once.
#[tokio::test(flavor = "multi_thread")]
async fn the_window_offers_sign_in_as_the_ticket_holder_and_says_what_mail_needs() {
    use dirdesk::domain::SmtpAccount;
    use dirdesk::gui::screen::editor::{self, Action, ops};

    use crate::gui_object_editor::{click, drive, shows};
    use crate::support::shows_containing;

    let cache = std::env::var("KRB5CCNAME").expect("scripts/test sets KRB5CCNAME");
    assert!(
        cache.contains("krb5cc-tests"),
        "the run's own cache: {cache}"
    );
    let status = {
        use std::io::Write;
        let mut child = Command::new("kinit")
            .arg("erin@EXAMPLE.TEST")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("kinit");
        writeln!(child.stdin.take().expect("stdin"), "Erin-Secret1").expect("password");
        child.wait().expect("kinit")
    };
    assert!(status.success());
    let mut store = ad_store(&unique("Kerberos window"));
    store.notifications.smtp_account = SmtpAccount::SignedInUser;
    let dir = tempfile::tempdir().expect("desk");
    let mut state = editor::State::new(Folders::portable(dir.path()), &[store]);
    let Action::Perform(probe) = editor::State::probe_ticket() else {
        panic!("the window's first work asks for the ticket")
    };
    let probed = ops::perform(*probe).await;
    drive(&mut state, probed).await;
    assert!(shows(&state, "Sign in as erin@EXAMPLE.TEST"));
    click(&mut state, "Sign in as erin@EXAMPLE.TEST").await;
    let user = state.user().expect("signed in");
    assert!(user.dn.starts_with("CN=erin,"), "{}", user.dn);
    assert!(shows_containing(
        state.view(),
        "Signed in as erin@EXAMPLE.TEST with your Windows/Kerberos sign-in"
    ));
    assert!(shows_containing(
        state.view(),
        "Your confirmations wait in the queue until you sign in once with your user name and password"
    ));
}
