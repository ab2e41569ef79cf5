//! `langkah mentor …`: for a mentor who works elsewhere and has no account on
//! the centre's computer. No data folder is opened.
//!
//! `mentor keygen --out FILE` makes her sharing key and writes three files:
//! - FILE: a standard age identity file, passphrase-protected with age's scrypt
//!   recipient, so `age -d -i FILE` opens what is shared with her, with or
//!   without Langkah;
//! - FILE.card (or `--card-out`): her public card, for the centre;
//! - FILE.pins: the cards she pins later, encrypted to herself and signed.
//!
//! It prints the card and the six words on stdout. Existing files are never
//! overwritten: a lost key can't be recovered.

use super::{CliError, CliResult, InputArgs, LangArg, SecretInput};
use crate::crypto::{Identity, kdf};
use crate::i18n::{Lang, Messages};
use crate::sharing::{SharingKeys, pinfile};
use crate::tr;
use clap::{Args, Subcommand};
use secrecy::ExposeSecret;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

#[derive(Subcommand)]
pub enum MentorCommand {
    /// Make a sharing key for a mentor elsewhere: a key file, a card and a pins file.
    Keygen(Keygen),
}

#[derive(Args)]
pub struct Keygen {
    /// The key file to write (it must not exist yet).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Where to write the card (default: FILE.card).
    #[arg(long, value_name = "FILE")]
    pub card_out: Option<PathBuf>,
    /// The language of the messages.
    #[arg(long, value_enum, default_value_t = LangArg::Id)]
    pub language: LangArg,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Why a mentor command stopped, beyond the common reasons.
pub(super) enum MentorError {
    FileExists(PathBuf),
    CantWrite(PathBuf),
    /// The files were written but the card could not be printed (a full disk
    /// behind a redirect, a closed pipe).
    CantShow(PathBuf),
}

impl MentorError {
    pub(super) fn message(&self, m: &Messages) -> String {
        match self {
            MentorError::FileExists(p) => {
                tr!(m, "mentor-err-file-exists", path = p.display().to_string())
            }
            MentorError::CantWrite(p) => {
                tr!(m, "mentor-err-cant-write", path = p.display().to_string())
            }
            MentorError::CantShow(p) => {
                tr!(m, "mentor-err-cant-show", card = p.display().to_string())
            }
        }
    }
}

pub(super) fn run(cmd: MentorCommand) -> (CliResult, Messages) {
    match cmd {
        MentorCommand::Keygen(k) => {
            let m = Messages::new(match k.language {
                LangArg::Id => Lang::Id,
                LangArg::En => Lang::En,
            });
            (keygen(&m, &k), m)
        }
    }
}

fn beside(file: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(file.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

fn keygen(m: &Messages, k: &Keygen) -> CliResult {
    let card_path = k
        .card_out
        .clone()
        .unwrap_or_else(|| beside(&k.out, ".card"));
    let pins_path = beside(&k.out, ".pins");
    for path in [&k.out, &card_path, &pins_path] {
        if path.exists() {
            return Err(CliError::Mentor(MentorError::FileExists(path.clone())));
        }
    }
    let secrets = SecretInput {
        from_stdin: k.input.passphrase_stdin,
    };
    let passphrase = secrets.new_passphrase(m, &[])?;
    let keys = SharingKeys::from_identity(Identity::generate());
    let card = keys.card();
    // The same text age-keygen writes, so age reads it as an identity file.
    let identity_text = Zeroizing::new(format!(
        "# public key: {}\n{}\n",
        card.recipient(),
        keys.identity().to_secret().expose_secret()
    ));
    let key_file = kdf::wrap_with_passphrase(passphrase.secret(), identity_text.as_bytes());
    write_new(&k.out, &key_file)?;
    write_new(&card_path, card.to_text().as_bytes())?;
    write_new(&pins_path, &pinfile::write(&keys, &[]))?;

    eprintln!("{}", tr!(m, "mentor-keygen-card-intro"));
    let mut out = std::io::stdout().lock();
    let shown = write!(out, "{}", card.to_text())
        .and_then(|_| writeln!(out, "{}", card.words().join(" ")))
        .and_then(|_| out.flush());
    drop(out);
    if shown.is_err() {
        return Err(CliError::Mentor(MentorError::CantShow(card_path)));
    }
    eprintln!("{}", tr!(m, "mentor-keygen-words"));
    eprintln!(
        "{}",
        tr!(
            m,
            "mentor-keygen-done",
            key = k.out.display().to_string(),
            card = card_path.display().to_string(),
            pins = pins_path.display().to_string()
        )
    );
    Ok(())
}

/// Writes a file that must not exist yet, readable only by its owner.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let failed = |e: std::io::Error| {
        CliError::Mentor(if e.kind() == std::io::ErrorKind::AlreadyExists {
            MentorError::FileExists(path.to_owned())
        } else {
            MentorError::CantWrite(path.to_owned())
        })
    };
    let mut file = options.open(path).map_err(failed)?;
    file.write_all(bytes)
        .and_then(|_| file.sync_all())
        .map_err(failed)
}
