//! `langkah mentor keygen`: a standard age identity file behind a passphrase,
//! a card file, a pins file, and the card and six words on stdout. The key
//! file opens with Debian's `age -d`, the passphrase typed through a pty.

use crate::interop::age_present;
use crate::{elsewhere, payload};
use expectrl::{Eof, Expect};
use langkah::crypto::{Identity, kdf};
use langkah::sharing::{Card, SharingKeys, container, pinfile, seal};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const PASS: &str = "jahit baju setiap pagi";

/// Runs `langkah mentor keygen` with the passphrase on stdin; returns
/// (status ok, stdout, stderr).
fn keygen(args: &[&str], stdin: &str) -> (bool, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_langkah"))
        .args(["mentor", "keygen", "--passphrase-stdin"])
        .args(args)
        .env_remove("LANGKAH_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn make_key(dir: &Path) -> (String, String) {
    let key = dir.join("rina.key");
    let (ok, stdout, stderr) = keygen(
        &["--out", key.to_str().unwrap()],
        &format!("{PASS}\n{PASS}\n"),
    );
    assert!(ok, "{stderr}");
    (stdout, stderr)
}

/// Her keys, read back from the key file with the passphrase.
fn open_key_file(path: &Path) -> SharingKeys {
    let wrapped = std::fs::read(path).unwrap();
    let text = kdf::unwrap_with_passphrase(&secrecy::SecretString::from(PASS.to_owned()), &wrapped)
        .unwrap();
    let text = std::str::from_utf8(&text).unwrap();
    let secret = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .unwrap();
    SharingKeys::from_identity(Identity::from_secret(secret).unwrap())
}

#[test]
fn keygen_writes_a_key_a_card_and_a_pins_file_and_prints_the_words() {
    let tmp = tempfile::tempdir().unwrap();
    let (stdout, stderr) = make_key(tmp.path());
    let keys = open_key_file(&tmp.path().join("rina.key"));
    let card_text = std::fs::read_to_string(tmp.path().join("rina.key.card")).unwrap();
    assert_eq!(Card::parse(&card_text).unwrap(), *keys.card());
    assert_eq!(card_text, keys.card().to_text());
    // stdout: the card, then the six words.
    let words = keys.card().words().join(" ");
    assert_eq!(stdout, format!("{card_text}{words}\n"));
    assert!(stderr.contains("kartu"), "{stderr}");
    // The pins file is empty, hers, and signed by her.
    let pins = std::fs::read(tmp.path().join("rina.key.pins")).unwrap();
    assert_eq!(pinfile::read(&keys, &pins), Ok(vec![]));
    assert!(pinfile::read(&elsewhere(), &pins).is_err());
    // Nothing in the key file is readable without the passphrase.
    let raw = std::fs::read(tmp.path().join("rina.key")).unwrap();
    assert!(raw.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    assert!(!String::from_utf8_lossy(&raw).contains("AGE-SECRET-KEY"));
}

#[test]
fn keygen_never_overwrites_and_needs_matching_passphrases() {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("k");
    let (ok, _, stderr) = keygen(
        &["--out", key.to_str().unwrap(), "--language", "en"],
        &format!("{PASS}\nsomething else\n"),
    );
    assert!(!ok);
    assert!(!key.exists(), "{stderr}");
    make_key(tmp.path());
    let before = std::fs::read(tmp.path().join("rina.key")).unwrap();
    let key = tmp.path().join("rina.key");
    let (ok, _, stderr) = keygen(
        &["--out", key.to_str().unwrap()],
        &format!("{PASS}\n{PASS}\n"),
    );
    assert!(!ok);
    assert!(stderr.contains("sudah ada"), "{stderr}");
    assert_eq!(std::fs::read(&key).unwrap(), before);
    // The card file alone existing is enough to refuse.
    let card = tmp.path().join("other.card");
    std::fs::write(&card, "x").unwrap();
    let (ok, _, _) = keygen(
        &[
            "--out",
            tmp.path().join("other").to_str().unwrap(),
            "--card-out",
            card.to_str().unwrap(),
        ],
        &format!("{PASS}\n{PASS}\n"),
    );
    assert!(!ok);
    assert!(!tmp.path().join("other").exists());
}

#[test]
fn the_keygen_key_file_opens_with_age_d_through_a_pty() {
    if !age_present() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    make_key(tmp.path());
    let card =
        Card::parse(&std::fs::read_to_string(tmp.path().join("rina.key.card")).unwrap()).unwrap();
    let her = elsewhere();
    let msg = payload(her.card(), &card, "Ini yang saya bagikan.");
    let envelope = tmp.path().join("share.age");
    std::fs::write(&envelope, seal(&her, &card, &msg).unwrap()).unwrap();
    let out = tmp.path().join("share.plain");

    let mut cmd = Command::new("age");
    cmd.arg("-d")
        .arg("-i")
        .arg(tmp.path().join("rina.key"))
        .arg("-o")
        .arg(&out)
        .arg(&envelope);
    let mut session = expectrl::session::OsSession::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session.expect("passphrase").unwrap();
    session.send(format!("{PASS}\r")).unwrap();
    session.expect(Eof).unwrap();
    let status = session.get_process().wait().unwrap();
    assert_eq!(
        status,
        expectrl::process::unix::WaitStatus::Exited(session.get_process().pid(), 0)
    );
    let plain = std::fs::read(&out).unwrap();
    assert_eq!(plain, container(&her, &msg.to_bytes()).to_vec());
}
