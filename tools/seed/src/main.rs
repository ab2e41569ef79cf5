//! A DEVELOPMENT TOOL, not part of Langkah and never for a centre's computer:
//! it fills a new data folder with a centre (facilitator "Sari"), one
//! participant ("Melati") and N journal entries of about 1.5 KB, for measuring
//! the app with a big journal (`tools/live-timing.py`).
//!
//!     LANGKAH_SEED_PASSPHRASE='…' langkah-seed --data-dir DIR --entries N
//!
//! Both accounts get the passphrase from `LANGKAH_SEED_PASSPHRASE`, or else
//! from the first line of standard input; never from the command line, where
//! other users of the computer can read it. Everything is written through the
//! library's vault, with the release work factor, exactly as the app writes it.
//!
//! The text is pseudo-random but the same on every run: varied Indonesian
//! words in sentences, one to three tags an entry, a mood, and the word
//! "kenanga" in the body of exactly one entry (the middle one), for timing a
//! search for a rare word.

use chrono::{Days, NaiveDate};
use langkah::crypto::Passphrase;
use langkah::datadir::DataDir;
use langkah::domain::Role;
use langkah::domain::journal::{CheckIn, Entry};
use langkah::vault::Vault;
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

const CENTRE: &str = "Rumah Harapan";
const FACILITATOR: &str = "Sari";
const PARTICIPANT: &str = "Melati";
const RARE: &str = "kenanga";
/// 2026-11-23, when the entries were "written".
const NOW: i64 = 1_795_420_800;

const WORDS: [&str; 40] = [
    "hari", "ini", "saya", "belajar", "membuat", "kue", "lapis", "bersama", "ibu", "pasar", "pagi",
    "senang", "lelah", "harapan", "anak", "rumah", "jualan", "modal", "tabungan", "teman", "doa",
    "besok", "usaha", "sabar", "warung", "nasi", "sore", "hujan", "uang", "cukup", "kursus",
    "menjahit", "tetangga", "cerita", "tenang", "sekolah", "belanja", "masak", "sehat", "mimpi",
];
const TAGS: [&str; 8] = [
    "usaha", "keluarga", "kursus", "tabungan", "sehat", "teman", "doa", "anak",
];

/// A small deterministic generator (PCG-style), so every run seeds the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize % below
    }

    /// Sentences of 4–14 words, each starting with a capital, until `len` bytes.
    fn text(&mut self, len: usize) -> String {
        let mut out = String::with_capacity(len + 128);
        while out.len() < len {
            let words = 4 + self.next(11);
            for i in 0..words {
                let word = WORDS[self.next(WORDS.len())];
                if i == 0 {
                    out.push_str(&word[..1].to_uppercase());
                    out.push_str(&word[1..]);
                } else {
                    out.push(' ');
                    out.push_str(word);
                }
            }
            out.push_str(if self.next(6) == 0 { ".\n\n" } else { ". " });
        }
        out.truncate(out.trim_end().len());
        out
    }
}

fn entry(rng: &mut Rng, n: usize, total: usize) -> Entry {
    let mut body = rng.text(1450);
    if n == total / 2 {
        let at = body.find(". ").map_or(0, |i| i + 2);
        body.insert_str(at, &format!("Bunga {RARE} di halaman. "));
    }
    let title = rng.text(20);
    let mut tags: Vec<String> = vec![];
    for _ in 0..1 + rng.next(3) {
        let tag = TAGS[rng.next(TAGS.len())].to_string();
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let start = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    Entry {
        // About three entries a day, going back in time.
        date: start - Days::new((total - n) as u64 / 3),
        title: title.trim_end_matches('.').to_string(),
        body,
        tags,
        check_in: CheckIn {
            mood: Some(rng.next(5) as u8 + 1),
            hope: Some(rng.next(5) as u8 + 1),
            ..CheckIn::default()
        },
        prompt: None,
        created_at: NOW - (total - n) as i64 * 28_800,
        modified_at: None,
    }
}

fn passphrase() -> Result<String, String> {
    if let Ok(p) = std::env::var("LANGKAH_SEED_PASSPHRASE") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("reading the passphrase from stdin: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn args() -> Result<(PathBuf, usize), String> {
    let usage = "usage: langkah-seed --data-dir DIR --entries N (passphrase on stdin or in LANGKAH_SEED_PASSPHRASE)";
    let mut args = std::env::args().skip(1);
    let (mut dir, mut entries) = (None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data-dir" => dir = args.next().map(PathBuf::from),
            "--entries" => entries = args.next().and_then(|n| n.parse().ok()),
            _ => return Err(usage.into()),
        }
    }
    dir.zip(entries).ok_or_else(|| usage.into())
}

fn seed() -> Result<(), String> {
    let (dir, entries) = args()?;
    if dir.exists() {
        return Err(format!(
            "{} exists: seeding needs a new folder",
            dir.display()
        ));
    }
    let raw = passphrase()?;
    let pass = || {
        Passphrase::chosen(&raw, &[FACILITATOR, PARTICIPANT, CENTRE])
            .map_err(|e| format!("the passphrase is refused: {e:?}"))
    };
    let err = |e: langkah::vault::VaultError| format!("{e:?}");
    let data = DataDir::open_or_create(&dir).map_err(|e| format!("{e:?}"))?;
    let mut vault = Vault::open(&data).map_err(err)?;
    let pending = vault
        .prepare_set_up(CENTRE, FACILITATOR, "id", &pass()?, NOW)
        .map_err(err)?;
    let sari = vault.commit(pending, NOW).map_err(err)?;
    let code = vault
        .add_account(&sari, Role::Participant, PARTICIPANT, NOW)
        .map_err(err)?;
    let pending = vault
        .prepare_claim(PARTICIPANT, &code, &pass()?, NOW)
        .map_err(err)?;
    let melati = vault.commit(pending, NOW).map_err(err)?;
    // Thousands of durable commits would only wait for the disk; the file is
    // the same either way. Only this connection is relaxed.
    vault
        .store()
        .conn()
        .execute_batch("PRAGMA synchronous=OFF")
        .map_err(|e| e.to_string())?;
    let mut rng = Rng(7);
    for n in 0..entries {
        let entry = entry(&mut rng, n, entries);
        vault
            .save(&melati, &langkah::crypto::random_id(), &entry)
            .map_err(err)?;
    }
    vault.checkpoint().map_err(err)?;
    println!("{entries} entries for {PARTICIPANT} in {}", dir.display());
    Ok(())
}

fn main() -> ExitCode {
    match seed() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("langkah-seed: {e}");
            ExitCode::FAILURE
        }
    }
}
