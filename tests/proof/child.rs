//! The child process the crash tests kill: this same test binary, started again
//! to run only `child::helper_process` with `LANGKAH_PROOF_ROLE` set. It goes
//! through the library exactly as the app does (unlock, save, passphrase
//! change) and reports each step on stdout only after the call has returned.

use super::*;
use common::pass;
use langkah::datadir::DataDir;
use langkah::domain::Id;
use langkah::vault::Vault;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const ROLE: &str = "LANGKAH_PROOF_ROLE";

/// Does nothing unless started by `spawn`; ignored in a plain run.
#[test]
#[ignore = "the child process of the crash tests, started by them"]
fn helper_process() {
    let Ok(role) = std::env::var(ROLE) else {
        return;
    };
    let var = |name: &str| std::env::var(name).unwrap();
    let dir = DataDir::open_or_create(Path::new(&var("LANGKAH_PROOF_DIR"))).unwrap();
    let now: i64 = var("LANGKAH_PROOF_NOW").parse().unwrap();
    let mut vault = Vault::open(&dir).unwrap();
    match role.as_str() {
        "save" => save_forever(&mut vault, var("LANGKAH_PROOF_FROM").parse().unwrap(), now),
        "rotate" => {
            let (from, to) = match var("LANGKAH_PROOF_TO").as_str() {
                "b" => (PASS_A, PASS_B),
                _ => (PASS_B, PASS_A),
            };
            let s = vault.unlock(ALIAS, &pass(from), now).unwrap();
            let pending = vault.prepare_rotation(s, &pass(to), false).unwrap();
            println!("begin");
            vault.commit(pending, now).unwrap();
            println!("committed");
        }
        other => panic!("unknown role {other}"),
    }
}

/// Saves entries, deposits and drafts in turn until killed. Save number `n`
/// prints `begin n KIND ID` before the call and `saved n` after it returns.
/// Each run starts a new goal and a new draft, so that neither grows forever.
fn save_forever(vault: &mut Vault, from: u64, now: i64) -> ! {
    let s = vault.unlock(ALIAS, &pass(PASS_A), now).unwrap();
    let (goal_id, draft_id) = (langkah::crypto::random_id(), langkah::crypto::random_id());
    let mut deposits = Vec::new();
    println!("ready");
    for n in from.. {
        match n % 3 {
            0 => {
                let id = langkah::crypto::random_id();
                println!("begin {n} entry {id}");
                vault.save(&s, &id, &entry_for(n)).unwrap();
            }
            1 => {
                deposits.push(n);
                println!("begin {n} deposit {goal_id}");
                vault.save(&s, &goal_id, &goal_with(&deposits)).unwrap();
            }
            _ => {
                println!("begin {n} draft {draft_id}");
                vault.save(&s, &draft_id, &draft_for(n)).unwrap();
            }
        }
        println!("saved {n}");
    }
    unreachable!("the loop ends only when the process is killed")
}

pub fn parse_id(hex_id: &str) -> Id {
    Id::from_slice(&hex::decode(hex_id).unwrap()).unwrap()
}

/// A running child and the lines it has printed so far.
pub struct Child {
    process: std::process::Child,
    lines: Receiver<String>,
    pub seen: Vec<String>,
}

pub fn spawn(role: &str, dir: &Path, now: i64, vars: &[(&str, String)]) -> Child {
    let mut process = Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "child::helper_process"])
        .args(["--nocapture", "--test-threads=1", "-q"])
        .env(ROLE, role)
        .env("LANGKAH_PROOF_DIR", dir)
        .env("LANGKAH_PROOF_NOW", now.to_string())
        .envs(vars.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = process.stdout.take().unwrap();
    let (send, lines) = std::sync::mpsc::channel();
    // Read on a thread, so the child never blocks on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    Child {
        process,
        lines,
        seen: Vec::new(),
    }
}

impl Child {
    /// Waits for a line equal to `wanted`; false if the child ended or the
    /// time ran out first.
    pub fn wait_for(&mut self, wanted: &str, timeout: Duration) -> bool {
        let end = Instant::now() + timeout;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = line == wanted;
                    self.seen.push(line);
                    if found {
                        return true;
                    }
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return false,
            }
        }
    }

    /// SIGKILL, then every line it printed.
    pub fn kill(mut self) -> Vec<String> {
        self.process.kill().unwrap();
        self.process.wait().unwrap();
        self.seen.extend(self.lines.iter());
        self.seen
    }

    /// Waits for it to end by itself; its lines, and whether it succeeded.
    pub fn finish(mut self) -> (Vec<String>, bool) {
        let ok = self.process.wait().unwrap().success();
        self.seen.extend(self.lines.iter());
        (self.seen, ok)
    }
}
