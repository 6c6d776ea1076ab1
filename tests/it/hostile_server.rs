//! A broken or hostile directory server (`scripts/hostile-ldap-server.py`):
//! malformed entries, paging that never ends, referrals to another host,
//! an 8 MiB value. dirdesk stops with a clear message, never follows a
//! referral, never hangs, never crashes.

use std::net::TcpListener;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

struct Hostile {
    server: Child,
    port: u16,
    /// Where the server's referrals point: nothing may connect here.
    trap: TcpListener,
    config: tempfile::TempDir,
}

impl Hostile {
    fn start() -> Hostile {
        let trap = TcpListener::bind("127.0.0.1:0").expect("trap");
        trap.set_nonblocking(true).expect("nonblocking");
        let mut server = Command::new("/usr/bin/python3")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/scripts/hostile-ldap-server.py"
            ))
            .args(["--port", "0"])
            .args([
                "--trap-port",
                &trap.local_addr().expect("addr").port().to_string(),
            ])
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the hostile server");
        let mut ready = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(server.stdout.take().expect("stdout")),
            &mut ready,
        )
        .expect("ready line");
        // The server chose its port itself and says which.
        let port = ready
            .trim()
            .strip_prefix("ready ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the hostile server did not start: {ready:?}"));
        Hostile {
            server,
            port,
            trap,
            config: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn dirdesk(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
        crate::support::run_dirdesk(self.config.path(), args, stdin, env)
    }

    /// A store on the hostile server whose base DN picks its misbehaviour,
    /// and a name search in it as alice. Returns the output and how long it
    /// took.
    fn search(&self, mode: &str, env: &[(&str, &str)]) -> (Output, Duration) {
        let added = self.dirdesk(
            &[
                "store",
                "add",
                "--name",
                mode,
                "--type",
                "ldap",
                "--host",
                &format!("127.0.0.1:{}", self.port),
                "--security",
                "none",
                "--base-dn",
                &format!("dc={mode},dc=test"),
            ],
            "",
            &[],
        );
        assert!(
            added.status.success(),
            "{}",
            String::from_utf8_lossy(&added.stderr)
        );
        let started = Instant::now();
        let output = self.dirdesk(
            &[
                "search",
                "--store",
                mode,
                "--user",
                "alice",
                "--password-stdin",
            ],
            "alice-secret",
            env,
        );
        (output, started.elapsed())
    }

    fn nobody_followed_a_referral(&self) -> bool {
        self.trap.accept().is_err()
    }
}

impl Drop for Hostile {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_hostile_directory_gets_a_clear_stop_never_a_hang_or_a_crash() {
    let hostile = Hostile::start();

    let (output, _) = hostile.search("malformed", &[]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("not well-formed LDAP"),
        "{}",
        stderr(&output)
    );

    // Paging that never ends stops at the limit (lowered here so the test
    // is quick; the default is 5,000,000).
    let (output, took) = hostile.search("endless", &[("DIRDESK_MAX_RESULTS", "500")]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("kept sending results past 500"),
        "{}",
        stderr(&output)
    );
    assert!(took < Duration::from_secs(30), "stopped in {took:?}");

    // dirdesk's own decision: a referral is reported as one (naming where it
    // pointed), not passed off as "nothing found" nor followed.
    let (output, _) = hostile.search("referral", &[]);
    assert!(!output.status.success());
    let said = stderr(&output);
    assert!(
        said.contains("referred") && said.contains("did not follow"),
        "{said}"
    );
    assert!(
        hostile.nobody_followed_a_referral(),
        "a referral was followed"
    );

    let (output, _) = hostile.search("huge", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(
        shown.lines().any(|l| l.starts_with("huge\t")),
        "the entry is listed"
    );

    assert!(hostile.nobody_followed_a_referral());
}

/// Windows Server answers a big multi-valued attribute in ranges of at most
/// its MaxValRange (1,500), whatever the client asked for; Samba answers
/// explicit range requests but never forces them, so this one behaviour
/// comes from the declared fake server. The group is read to its end.
#[test]
fn a_group_windows_returns_in_forced_ranges_is_read_to_its_end() {
    let hostile = Hostile::start();
    let _ = hostile.search("windows", &[]);
    let output = hostile.dirdesk(
        &[
            "show",
            "--store",
            "windows",
            "--user",
            "alice",
            "--password-stdin",
            "cn=Big,dc=windows,dc=test",
            "--json",
        ],
        "alice-secret",
        &[],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let shown: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let attributes = shown["attributes"].as_object().expect("attributes");
    assert!(
        !attributes.keys().any(|name| name.contains(";range=")),
        "no partial attribute left: {:?}",
        attributes.keys().collect::<Vec<_>>()
    );
    let members: Vec<&str> = attributes["member"]
        .as_array()
        .expect("members")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(members.len(), 3_500, "every range, not the first 1,500");
    let distinct: std::collections::HashSet<&str> = members.iter().copied().collect();
    assert_eq!(distinct.len(), 3_500);
    assert!(distinct.contains("uid=m00000,ou=crowd,dc=windows,dc=test"));
    assert!(distinct.contains("uid=m03499,ou=crowd,dc=windows,dc=test"));
}
