//! The real binary's command line: secrets on stdin, codes as the last stdout line,
//! messages on stderr in the centre's language, and exit codes 0 (done), 1 (refused)
//! and 2 (usage).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const FACILITATOR_PASS: &str = "teh manis di pagi hari";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn last_line(&self) -> &str {
        self.stdout.lines().last().unwrap_or_default()
    }
}

fn langkah(data: &Path, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_langkah"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("LANGKAH_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command refused before it reads its input closes the pipe early; fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn centre(lang: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let twice = format!("{FACILITATOR_PASS}\n{FACILITATOR_PASS}\n");
    let run = langkah(
        &data,
        &[
            "init",
            "--centre",
            "Rumah Harapan",
            "--facilitator",
            "Sari",
            "--language",
            lang,
            "--passphrase-stdin",
        ],
        &twice,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The slow step is announced, so the pause doesn't look like a hang.
    let busy = if lang == "id" {
        "Sebentar…"
    } else {
        "One moment…"
    };
    assert!(run.stderr.contains(busy), "{}", run.stderr);
    // The recovery code: six groups of four, shown once.
    assert_eq!(run.last_line().len(), 29, "{}", run.stdout);
    (tmp, data)
}

fn add(data: &Path, role: &str, alias: &str) -> Run {
    langkah(
        data,
        &[
            "account",
            "add",
            "--as",
            "Sari",
            "--role",
            role,
            "--alias",
            alias,
            "--passphrase-stdin",
        ],
        &format!("{FACILITATOR_PASS}\n"),
    )
}

#[test]
fn init_add_claim_list_and_change_passphrase() {
    let (_tmp, data) = centre("id");
    let added = add(&data, "participant", "Melati");
    assert_eq!(added.code, 0, "{}", added.stderr);
    assert!(added.stderr.contains("Melati"), "{}", added.stderr);
    let setup_code = added.last_line().to_string();
    assert_eq!(setup_code.len(), 14, "grouped 4-4-4: {setup_code}");

    let claim = langkah(
        &data,
        &[
            "account",
            "claim",
            "--alias",
            "Melati",
            "--passphrase-stdin",
        ],
        &format!("{setup_code}\nbunga melati putih\nbunga melati putih\n"),
    );
    assert_eq!(claim.code, 0, "{}", claim.stderr);
    let recovery = claim.last_line().to_string();
    assert_eq!(recovery.len(), 29);

    // The code was single-use.
    let again = langkah(
        &data,
        &[
            "account",
            "claim",
            "--alias",
            "Melati",
            "--passphrase-stdin",
        ],
        &format!("{setup_code}\nbunga lain sekali\nbunga lain sekali\n"),
    );
    assert_eq!(again.code, 1);

    let list = langkah(
        &data,
        &["account", "list", "--as", "Sari", "--passphrase-stdin"],
        &format!("{FACILITATOR_PASS}\n"),
    );
    assert_eq!(list.code, 0, "{}", list.stderr);
    let melati = list
        .stdout
        .lines()
        .find(|l| l.starts_with("Melati\t"))
        .unwrap();
    assert!(
        melati.contains("peserta") && melati.contains("aktif"),
        "{melati}"
    );

    let passwd = langkah(
        &data,
        &[
            "account",
            "passwd",
            "--alias",
            "Melati",
            "--passphrase-stdin",
        ],
        "bunga melati putih\nsenja di pantai utara\nsenja di pantai utara\n",
    );
    assert_eq!(passwd.code, 0, "{}", passwd.stderr);
    assert_ne!(
        passwd.last_line(),
        recovery,
        "a new recovery code is issued"
    );

    // The old recovery code no longer opens anything; the new one does.
    let old = langkah(
        &data,
        &[
            "account",
            "recover",
            "--alias",
            "Melati",
            "--passphrase-stdin",
        ],
        &format!("{recovery}\nlangit biru cerah\nlangit biru cerah\n"),
    );
    assert_eq!(old.code, 1);
    // A code that doesn't match is called a code, not a passphrase.
    assert!(old.stderr.contains("kode cadangan"), "{}", old.stderr);
    // Someone may know the old passphrase: the sharing key is replaced too.
    let new = langkah(
        &data,
        &[
            "account",
            "recover",
            "--alias",
            "Melati",
            "--old-passphrase-known",
            "--passphrase-stdin",
        ],
        &format!(
            "{}\nlangit biru cerah\nlangit biru cerah\n",
            passwd.last_line()
        ),
    );
    assert_eq!(new.code, 0, "{}", new.stderr);
}

#[test]
fn refusals_speak_the_centre_language_on_stderr() {
    let (_tmp, data) = centre("en");
    let wrong = langkah(
        &data,
        &["account", "list", "--as", "Sari", "--passphrase-stdin"],
        "not the passphrase\n",
    );
    assert_eq!(wrong.code, 1);
    assert!(wrong.stdout.is_empty());
    assert!(
        wrong.stderr.contains("name or passphrase doesn't match"),
        "{}",
        wrong.stderr
    );
    // An unknown alias gets the very same words.
    let unknown = langkah(
        &data,
        &["account", "list", "--as", "Nobody", "--passphrase-stdin"],
        "not the passphrase\n",
    );
    assert_eq!(unknown.code, 1);
    assert_eq!(unknown.stderr, wrong.stderr);
}

#[test]
fn the_throttle_refuses_at_once_after_five_free_failures_and_survives_restarts() {
    let (_tmp, data) = centre("id");
    // Five free tries; the sixth refusal starts the wait.
    for _ in 0..6 {
        let run = langkah(
            &data,
            &["account", "list", "--as", "Sari", "--passphrase-stdin"],
            "salah sekali lagi\n",
        );
        assert_eq!(run.code, 1);
    }
    // Even the right passphrase now waits: each run is a fresh process.
    let run = langkah(
        &data,
        &["account", "list", "--as", "Sari", "--passphrase-stdin"],
        &format!("{FACILITATOR_PASS}\n"),
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("detik"), "{}", run.stderr);
}

#[test]
fn mismatched_and_short_passphrases_commit_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let init = |stdin: &str| {
        langkah(
            &data,
            &[
                "init",
                "--centre",
                "Rumah Harapan",
                "--facilitator",
                "Sari",
                "--passphrase-stdin",
            ],
            stdin,
        )
    };
    let differ = init("teh manis di pagi hari\nteh manis di sore hari\n");
    assert_eq!(differ.code, 1);
    assert!(differ.stderr.contains("tidak sama"), "{}", differ.stderr);
    let short = init("pendek\npendek\n");
    assert_eq!(short.code, 1);
    assert!(
        short.stderr.contains("8 huruf atau angka"),
        "{}",
        short.stderr
    );
    // The centre's name run together is among the first guesses.
    let easy = init("rumahharapan\nrumahharapan\n");
    assert_eq!(easy.code, 1);
    assert!(easy.stderr.contains("mudah ditebak"), "{}", easy.stderr);
    let closed = init("");
    assert_eq!(closed.code, 1);
    // Nothing was set up, so a real init still works.
    let ok = init(&format!("{FACILITATOR_PASS}\n{FACILITATOR_PASS}\n"));
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    let twice = init(&format!("{FACILITATOR_PASS}\n{FACILITATOR_PASS}\n"));
    assert_eq!(twice.code, 1);
}

#[test]
fn remove_needs_yes_and_then_deletes() {
    let (_tmp, data) = centre("id");
    assert_eq!(add(&data, "mentor", "Bu Ani").code, 0);
    let args = [
        "account",
        "remove",
        "--as",
        "Sari",
        "--alias",
        "Bu Ani",
        "--passphrase-stdin",
    ];
    let unconfirmed = langkah(&data, &args, &format!("{FACILITATOR_PASS}\n"));
    assert_eq!(unconfirmed.code, 1);
    assert!(unconfirmed.stderr.contains("--yes"));
    let mut confirmed = args.to_vec();
    confirmed.push("--yes");
    let removed = langkah(&data, &confirmed, &format!("{FACILITATOR_PASS}\n"));
    assert_eq!(removed.code, 0, "{}", removed.stderr);
    let list = langkah(
        &data,
        &["account", "list", "--as", "Sari", "--passphrase-stdin"],
        &format!("{FACILITATOR_PASS}\n"),
    );
    assert!(!list.stdout.contains("Bu Ani"));
}

#[test]
fn usage_errors_exit_2_and_missing_centre_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    assert_eq!(langkah(&data, &["account", "frobnicate"], "").code, 2);
    // A passphrase can't be given as an argument at all.
    assert_eq!(
        langkah(
            &data,
            &["account", "list", "--as", "Sari", "--passphrase", "x"],
            ""
        )
        .code,
        2
    );
    let not_set_up = langkah(
        &data,
        &["account", "list", "--as", "Sari", "--passphrase-stdin"],
        "x\n",
    );
    assert_eq!(not_set_up.code, 1);
    assert!(not_set_up.stderr.contains("langkah init"));
    assert!(!data.exists(), "a refused command creates no data folder");
}

/// `passwd` checks the current passphrase before asking for a new one: a wrong
/// one is refused at once, with no new passphrase read.
#[test]
fn passwd_checks_the_current_passphrase_first() {
    let (_tmp, data) = centre("id");
    let run = langkah(
        &data,
        &["account", "passwd", "--alias", "Sari", "--passphrase-stdin"],
        "bukan kata sandinya\n",
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("belum cocok"), "{}", run.stderr);
    assert!(!run.stderr.contains("Input berhenti"), "{}", run.stderr);
}
