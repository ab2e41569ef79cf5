//! The data folder and its files are private, and a folder others could reach
//! is refused.

mod common;

use langkah::datadir::{DataDir, DataDirError};

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn the_folder_is_0700_and_every_file_0600() {
    use langkah::domain::Role;
    let mut c = common::Centre::new();
    c.member(Role::Participant, "Melati", "bunga melati putih");
    assert_eq!(mode(c.dir.path()), 0o700);
    let files: Vec<_> = std::fs::read_dir(c.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(
        files.iter().any(|p| p.ends_with("langkah.db-wal")),
        "{files:?}"
    );
    for file in files {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

#[cfg(unix)]
#[test]
fn a_folder_others_can_open_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let open = tmp.path().join("open");
    std::fs::create_dir(&open).unwrap();
    for bits in [0o750, 0o705, 0o770, 0o777] {
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(bits)).unwrap();
        assert!(
            matches!(DataDir::open_or_create(&open), Err(DataDirError::TooOpen)),
            "{bits:o}"
        );
    }
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(DataDir::open_or_create(&open).is_ok());
}

#[cfg(unix)]
#[test]
fn a_symlinked_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let real = tmp.path().join("real");
    DataDir::open_or_create(&real).unwrap();
    let link = tmp.path().join("link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert!(matches!(
        DataDir::open_or_create(&link),
        Err(DataDirError::Symlink)
    ));
}

#[test]
fn a_file_where_the_folder_should_be_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("file");
    std::fs::write(&file, b"x").unwrap();
    assert!(matches!(
        DataDir::open_or_create(&file),
        Err(DataDirError::NotAFolder)
    ));
}

#[cfg(unix)]
#[test]
fn a_new_folder_is_created_private_with_its_parents() {
    let tmp = tempfile::tempdir().unwrap();
    let deep = tmp.path().join("a/b/data");
    DataDir::open_or_create(&deep).unwrap();
    assert_eq!(mode(&deep), 0o700);
}
