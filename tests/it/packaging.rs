//! What the installers are made of, checked with the platform's own tools:
//! the desktop file and the AppStream metainfo validate, every icon size is
//! made from the one SVG, and `dirdesk --version` names the commit.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn linux(file: &str) -> PathBuf {
    root().join("packaging/linux").join(file)
}

fn run(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} (scripts/install-deps installs it): {e}"))
}

#[test]
fn the_desktop_file_and_the_metainfo_validate() {
    let desktop = linux("org.dirdesk.Dirdesk.desktop");
    let out = run("desktop-file-validate", &[desktop.to_str().expect("utf-8")]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && !said.contains("error"), "{said}");
    assert!(!said.contains("warning"), "{said}");

    let metainfo = linux("org.dirdesk.Dirdesk.metainfo.xml");
    let out = run(
        "appstreamcli",
        &["validate", "--no-net", metainfo.to_str().expect("utf-8")],
    );
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&metainfo).expect("metainfo");
    assert!(text.contains(&format!(
        "<release version=\"{}\"",
        env!("CARGO_PKG_VERSION")
    )));
}

/// Width and height from a PNG's header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).expect("png");
    assert_eq!(&bytes[1..4], b"PNG", "{}", path.display());
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (be(16), be(20))
}

#[test]
fn every_icon_size_is_made_from_the_one_svg() {
    let out = tempfile::tempdir().expect("tempdir");
    let made = run(
        root().join("scripts/make-icons").to_str().expect("utf-8"),
        &[out.path().to_str().expect("utf-8")],
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let png = out.path().join(format!(
            "hicolor/{size}x{size}/apps/org.dirdesk.Dirdesk.png"
        ));
        assert_eq!(png_size(&png), (size, size));
    }
    let ico = std::fs::read(out.path().join("dirdesk.ico")).expect("ico");
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an ICO file");
    assert_eq!(u16::from_le_bytes([ico[4], ico[5]]), 7, "seven sizes");
}

#[test]
fn the_version_names_the_commit_it_was_built_from() {
    let out = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
        .arg("--version")
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&out.stdout);
    let head = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(root())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        // Outside a checkout both sides would say "unknown": nothing proven.
        .expect("the tests run in the git checkout they were built from");
    assert!(
        head.len() == 12 && head.chars().all(|c| c.is_ascii_hexdigit()),
        "{head}"
    );
    assert_eq!(
        said.trim(),
        format!("dirdesk {} (commit {head})", env!("CARGO_PKG_VERSION"))
    );
}

/// The tags between `open` and `close` in the part of `text` after `start`
/// and before `end`.
fn tags_between(
    text: &str,
    (start, end): (&str, &str),
    (open, close): (&str, &str),
) -> Vec<String> {
    let (_, after) = text.split_once(start).unwrap_or_else(|| panic!("{start}"));
    let (list, _) = after.split_once(end).unwrap_or_else(|| panic!("{end}"));
    let mut tags: Vec<String> = list
        .split(open)
        .skip(1)
        .filter_map(|s| s.split_once(close).map(|(tag, _)| tag.to_owned()))
        .collect();
    tags.sort_unstable();
    tags
}

#[test]
fn the_macos_bundle_and_the_metainfo_declare_every_language_dirdesk_has() {
    let mut languages: Vec<String> = std::fs::read_dir(root().join("i18n"))
        .expect("i18n")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort_unstable();
    let plist =
        std::fs::read_to_string(root().join("packaging/macos/Info.plist.in")).expect("plist");
    let bundle = tags_between(
        &plist,
        ("<key>CFBundleLocalizations</key>", "</array>"),
        ("<string>", "</string>"),
    );
    assert_eq!(bundle, languages, "Info.plist");
    let metainfo =
        std::fs::read_to_string(linux("org.dirdesk.Dirdesk.metainfo.xml")).expect("metainfo");
    let listed = tags_between(
        &metainfo,
        ("<languages>", "</languages>"),
        ("<lang percentage=\"100\">", "</lang>"),
    );
    assert_eq!(listed, languages, "metainfo");
}
