//! The data folder: where it is, and refusing one that others could read.

use std::io;
use std::path::{Path, PathBuf};
use thiserror::Error;

pub const DATABASE_FILE: &str = "langkah.db";

#[derive(Debug, Error)]
pub enum DataDirError {
    #[error("no home folder to keep the data in")]
    NoHome,
    #[error("the data folder is a symbolic link")]
    Symlink,
    #[error("the data folder is not a folder")]
    NotAFolder,
    #[error("the data folder can be opened by other users")]
    TooOpen,
    #[error("the data folder belongs to another user")]
    NotOwner,
    #[error("the data folder cannot be used: {0}")]
    Io(#[from] io::Error),
}

/// `--data-dir` (or `LANGKAH_DATA_DIR`, which clap reads into the same flag) wins;
/// otherwise the platform's usual place for application data.
pub fn resolve(flag: Option<PathBuf>) -> Result<PathBuf, DataDirError> {
    if let Some(dir) = flag {
        return Ok(dir);
    }
    directories::ProjectDirs::from("", "", "Langkah")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(DataDirError::NoHome)
}

/// A checked data folder.
#[derive(Clone, Debug)]
pub struct DataDir {
    path: PathBuf,
}

impl DataDir {
    /// Creates the folder (0700) if it is missing, then checks it.
    pub fn open_or_create(path: &Path) -> Result<DataDir, DataDirError> {
        if std::fs::symlink_metadata(path).is_err() {
            create_private_dir(path)?;
        }
        check_private(path)?;
        Ok(DataDir {
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn database(&self) -> PathBuf {
        self.path.join(DATABASE_FILE)
    }

    /// True when no database has been made here yet: the first run.
    pub fn is_new(&self) -> bool {
        !self.database().exists()
    }

    /// Makes every file directly in the folder 0600. The umask already does this for
    /// files we create; this also covers SQLite's side files on every open.
    pub fn tighten_files(&self) -> io::Result<()> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for entry in std::fs::read_dir(&self.path)? {
                let entry = entry?;
                let meta = entry.path().symlink_metadata()?;
                if meta.is_file() && meta.permissions().mode() & 0o777 != 0o600 {
                    std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o600))?;
                }
            }
        }
        Ok(())
    }
}

fn create_private_dir(path: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

fn check_private(path: &Path) -> Result<(), DataDirError> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Err(DataDirError::Symlink);
    }
    if !meta.is_dir() {
        return Err(DataDirError::NotAFolder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // SAFETY: geteuid has no preconditions and cannot fail.
        if meta.uid() != unsafe { libc::geteuid() } {
            return Err(DataDirError::NotOwner);
        }
        if meta.permissions().mode() & 0o077 != 0 {
            return Err(DataDirError::TooOpen);
        }
    }
    Ok(())
}
