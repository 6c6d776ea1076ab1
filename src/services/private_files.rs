//! Folders and files only their owner may read. The queue holds every email
//! in full and the History every old and new value, so dirdesk's folders are
//! created 0700 and its files 0600 on Unix, whatever the umask — and older
//! ones, made before this, are tightened when they are opened.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

/// Creates `dir` (and missing parents) readable by its owner only, and
/// tightens it if it already exists.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    restrict(dir, 0o700)
}

/// Opens `path` for writing, created 0600 (an existing file is tightened).
pub fn open(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    let file = options.open(path)?;
    restrict(path, 0o600)?;
    Ok(file)
}

/// Creates (or empties) `path` 0600.
pub fn create(path: &Path) -> io::Result<File> {
    open(
        path,
        OpenOptions::new().write(true).create(true).truncate(true),
    )
}

/// Readies an SQLite database file: created 0600 before SQLite opens it, as
/// SQLite gives its `-wal` and `-shm` files the database file's mode (and
/// those of an older, looser database are tightened too).
pub fn prepare_database(path: &Path) -> io::Result<()> {
    open(path, OpenOptions::new().create(true).append(true))?;
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        restrict_file(Path::new(&side))?;
    }
    Ok(())
}

/// Makes an existing file 0600 (a no-op where it does not exist).
pub fn restrict_file(path: &Path) -> io::Result<()> {
    match restrict(path, 0o600) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if fs::metadata(path)?.permissions().mode() & 0o777 != mode {
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> io::Result<()> {
    // Windows and others: the per-user profile folders are private already.
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn folders_and_files_are_private_even_when_they_existed_before() {
        let dir = tempfile::tempdir().expect("tempdir");
        let nested = dir.path().join("a/b");
        create_dir(&nested).expect("create");
        assert_eq!(mode(&nested), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700);

        fs::set_permissions(&nested, fs::Permissions::from_mode(0o755)).expect("chmod");
        create_dir(&nested).expect("again");
        assert_eq!(mode(&nested), 0o700, "an existing folder is tightened");

        let file = nested.join("f");
        fs::write(&file, "x").expect("write");
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).expect("chmod");
        create(&file).expect("create");
        assert_eq!(mode(&file), 0o600);
        restrict_file(&nested.join("missing")).expect("missing is fine");
    }
}
