//! The data folder full or read-only while a user saves a change: a clear
//! message, nothing half-done, nothing lost — and once there is room again,
//! everything completes. The data folder is a small tmpfs mounted for the
//! test (the tests run as root, like the Samba tests).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::notifications_e2e::{Setup, stdout};
use crate::support::{changes_setting, current_description, own_group, unique};

/// A tmpfs of `size` mounted at a folder, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(at: &Path, size: &str) -> Mount {
        std::fs::create_dir_all(at).expect("mount point");
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .status()
            .expect("run mount");
        assert!(status.success(), "mounting a tmpfs needs root");
        Mount(at.to_owned())
    }

    fn read_only(&self, yes: bool) {
        let option = if yes { "remount,ro" } else { "remount,rw" };
        let status = Command::new("mount")
            .args(["-o", option])
            .arg(&self.0)
            .status()
            .expect("run mount");
        assert!(status.success());
    }

    /// Fills the file system but for `left` bytes; returns the filler to
    /// delete later.
    fn fill(&self, left: usize) -> PathBuf {
        let reserve = self.0.join("reserve");
        std::fs::write(&reserve, vec![1u8; left]).expect("reserve");
        let filler = self.0.join("filler");
        let _ = Command::new("dd")
            .args(["if=/dev/zero", "bs=4096"])
            .arg(format!("of={}", filler.display()))
            .output();
        std::fs::remove_file(reserve).expect("free the reserve");
        filler
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn integrity_ok(setup: &Setup) -> bool {
    let db = setup.dir.path().join("data/dirdesk.sqlite3");
    let conn = rusqlite::Connection::open(db).expect("open");
    let result: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity check");
    result == "ok"
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_data_folder_refuses_the_change_before_it_is_made_and_loses_nothing() {
    let setup = Setup::new(true);
    let mount = Mount::tmpfs(&setup.dir.path().join("data"), "2m");
    let group = own_group("alice", &["alice"]).await;
    let first = unique("before the disk filled");
    assert!(
        setup
            .edit_description("alice", &group, &first, &[])
            .status
            .success()
    );

    // Nearly full: room for a few pages, not for a change's History entry
    // and emails.
    let filler = mount.fill(64 * 1024);
    let blocked = unique("while the disk is full");
    let output = setup.edit_description("alice", &group, &blocked, &[]);
    // Refused before anything changed, saying why.
    assert_eq!(
        current_description(&group).await.as_deref(),
        Some(first.as_str()),
        "not made: {}",
        stdout(&output)
    );
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr).to_lowercase();
    assert!(said.contains("full"), "names the cause: {said}");

    std::fs::remove_file(filler).expect("free the space");
    let after = unique("after the disk had room");
    let output = setup.edit_description("alice", &group, &after, &[]);
    assert!(output.status.success(), "{}", stdout(&output));
    setup.ok(&["queue", "send", "--all"], "");
    assert!(integrity_ok(&setup), "the queue database is intact");
    let history = setup.queue().history(None, None).expect("history");
    let recorded = |text: &str| changes_setting(&history, text).len();
    assert_eq!(recorded(&first), 1);
    assert_eq!(recorded(&after), 1);
    assert_eq!(recorded(&blocked), 0, "never made, never recorded");
    assert!(setup.pending().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_read_only_data_folder_refuses_the_change_before_it_is_made() {
    let setup = Setup::new(true);
    let mount = Mount::tmpfs(&setup.dir.path().join("data"), "4m");
    let group = own_group("alice", &["alice"]).await;
    let first = unique("before read-only");
    assert!(
        setup
            .edit_description("alice", &group, &first, &[])
            .status
            .success()
    );

    mount.read_only(true);
    let refused = unique("while read-only");
    let output = setup.edit_description("alice", &group, &refused, &[]);
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr).to_lowercase();
    assert!(
        said.contains("read-only") || said.contains("readonly"),
        "names the cause: {said}"
    );
    assert_eq!(
        current_description(&group).await.as_deref(),
        Some(first.as_str()),
        "nothing was changed"
    );

    mount.read_only(false);
    assert!(integrity_ok(&setup));
    let history = setup.queue().history(None, None).expect("history");
    assert_eq!(history.len(), 1, "the earlier change is still there");
}
