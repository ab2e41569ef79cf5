//! End to end: the real `langkah` binary in a pseudo-terminal, driven by key
//! presses the way a person at the keyboard would drive it. Every byte it prints
//! is fed into a terminal emulator (`vt100`), because ratatui only redraws the
//! cells that changed: the assertions look at the parsed screen, and a raw log
//! of all output is kept for checking escape sequences.
//!
//! `first_run_claim_hide_and_quit` walks a whole first day on a fresh data
//! folder and proves that:
//! - the first-run wizard sets up the centre and the facilitator, shows her
//!   recovery code, and creates a first participant with a one-time setup code;
//! - the participant can claim her account with that code from the login screen
//!   (F4), gets her own recovery code and lands on her home screen;
//! - quick hide (Ctrl+G) leaves an empty login screen with nothing of hers on it
//!   (no name, no greeting, empty fields), and neither Esc, Enter, help, hiding
//!   again nor a wrong passphrase brings her home screen back;
//! - after a refusal the alias stays, and the right passphrase lets her in;
//! - F10 quits with status 0 and, on the way out, leaves the alternate screen
//!   and clears both the screen and the scrollback.
//!
//! `too_small_window_asks_to_enlarge` proves that a 60x20 terminal gets a
//! "please enlarge" message instead of a squashed layout, that the layout comes
//! back once the window is 80x24, and that F10 still quits.

// A pty and waitpid: Unix only.
#![cfg(unix)]

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use std::io::{ErrorKind, Write};
use std::num::NonZeroU16;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Generous: this is not a speed test, and the machine may be busy building.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How long the screen must stay unchanged before it counts as settled.
const QUIET: Duration = Duration::from_millis(400);

const CENTRE: &str = "Rumah Harapan";
const FACILITATOR: &str = "Sari";
const FACILITATOR_PASS: &str = "teh manis di pagi hari";
const PARTICIPANT: &str = "Melati";
const PARTICIPANT_PASS: &str = "bunga melati di halaman";

const ENTER: &str = "\r";
const TAB: &str = "\t";
const ESC: &str = "\x1b";
const CTRL_G: &str = "\x07";
const F1: &str = "\x1bOP";
const F4: &str = "\x1bOS";
const F10: &str = "\x1b[21~";
const F12: &str = "\x1b[24~";

/// The binary in a pty, the emulated screen, and every byte it has printed.
struct Tui {
    session: OsSession,
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// The pty reported the end of output: the child is gone.
    eof: bool,
}

impl Tui {
    /// Starts the app on `data_dir` in an 80x24 pty (ptyprocess's size for
    /// every child).
    fn spawn(data_dir: &Path) -> Tui {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_langkah"));
        cmd.arg("--data-dir")
            .arg(data_dir)
            .env("TERM", "xterm-256color")
            .env_remove("LANGKAH_DATA_DIR")
            .env_remove("TMUX")
            .env_remove("STY");
        let session = OsSession::spawn(cmd).expect("spawn langkah in a pty");
        Tui {
            session,
            parser: vt100::Parser::new(size(24), size(80), 0),
            raw: Vec::new(),
            eof: false,
        }
    }

    /// Resizes the pty (the app gets SIGWINCH) and the emulated screen.
    fn resize(&mut self, cols: u16, rows: u16) {
        self.pump();
        self.session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("set the pty size");
        self.parser.set_size(size(rows), size(cols));
    }

    /// Reads whatever is waiting, without blocking. True if anything came.
    fn pump(&mut self) -> bool {
        let mut got = false;
        let mut buf = [0u8; 8192];
        while !self.eof {
            match self.session.try_read(&mut buf) {
                Ok(0) => self.eof = true,
                Ok(n) => {
                    self.parser.process(&buf[..n]);
                    self.raw.extend_from_slice(&buf[..n]);
                    got = true;
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                // Linux answers EIO on the pty master once the child has gone.
                Err(_) => self.eof = true,
            }
        }
        got
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// The screen's text and cursor, to tell whether anything changed.
    fn snapshot(&self) -> (String, (u16, u16)) {
        (self.screen(), self.parser.screen().cursor_position())
    }

    fn send(&mut self, keys: &str) {
        self.session
            .write_all(keys.as_bytes())
            .and_then(|()| self.session.flush())
            .expect("write to the pty");
    }

    /// Reads until the parsed screen contains `needle` and returns the screen;
    /// panics with the screen if that takes longer than `TIMEOUT`.
    fn wait_for(&mut self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            self.pump();
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            if self.eof {
                panic!("waited for {needle:?} but the app exited; the screen shows:\n{screen}");
            }
            if start.elapsed() > TIMEOUT {
                panic!("waited {TIMEOUT:?} for {needle:?}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends keys, then waits until the screen contains `needle`.
    fn press(&mut self, keys: &str, needle: &str) -> String {
        self.send(keys);
        self.wait_for(needle)
    }

    /// Reads until the screen has stayed the same for `QUIET`, and returns it.
    /// (The raw output never goes quiet: the app redraws on every clock tick.)
    fn settle(&mut self) -> String {
        let start = Instant::now();
        let mut since = Instant::now();
        let mut last = self.snapshot();
        while since.elapsed() < QUIET && !self.eof {
            assert!(
                start.elapsed() < TIMEOUT,
                "the screen never settled; it shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
            self.pump();
            let now = self.snapshot();
            if now != last {
                last = now;
                since = Instant::now();
            }
        }
        self.screen()
    }

    /// Sends keys and lets the app finish drawing. Returns the screen.
    fn press_settled(&mut self, keys: &str) -> String {
        self.send(keys);
        self.settle()
    }

    /// Fills the focused form field and moves on with Enter (which submits
    /// the form on its last field).
    fn fill(&mut self, text: &str) {
        self.send(text);
        self.settle();
        self.press_settled(ENTER);
    }

    /// Keeps reading until the child exits; returns its exit code.
    fn wait_exit(&mut self) -> i32 {
        let start = Instant::now();
        loop {
            self.pump();
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) => {}
                Ok(WaitStatus::Exited(_, code)) => {
                    // What it printed last may still be in the pty buffer.
                    self.pump();
                    return code;
                }
                Ok(other) => panic!("langkah ended with {other:?}"),
                Err(e) => panic!("waitpid failed: {e}"),
            }
            if start.elapsed() > TIMEOUT {
                panic!("langkah did not exit; the screen shows:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn size(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is not zero")
}

/// A fresh parent folder; the data folder inside it does not exist yet, so
/// the app has to create it.
fn fresh_data_dir() -> (tempfile::TempDir, PathBuf) {
    let parent = tempfile::tempdir().expect("tempdir");
    let data = parent.path().join("data");
    assert!(!data.exists());
    (parent, data)
}

/// The first token on the screen shaped like `groups` groups of four Crockford
/// base32 characters joined by '-', e.g. `6K9N-A17M-DBDJ` for 3 groups.
fn find_code(screen: &str, groups: usize) -> Option<String> {
    const CROCKFORD: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    screen
        .split(|c: char| c.is_whitespace() || c == '│')
        .map(|t| t.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .find(|t| {
            let parts: Vec<&str> = t.split('-').collect();
            parts.len() == groups
                && parts
                    .iter()
                    .all(|p| p.len() == 4 && p.chars().all(|c| CROCKFORD.contains(c)))
        })
        .map(str::to_owned)
}

/// The first line of the screen that contains `needle`, to look at one field.
/// Fields are drawn as `› Label   [ value ]`, the `›` marking the focus.
fn line_with<'s>(screen: &'s str, needle: &str) -> &'s str {
    screen
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} on the screen:\n{screen}"))
}

/// Neither her name nor any greeting is on the screen.
fn assert_nothing_of_hers(screen: &str, after: &str) {
    for secret in [PARTICIPANT, "Halo", "peserta"] {
        assert!(
            !screen.contains(secret),
            "{secret:?} is on the screen after {after}:\n{screen}"
        );
    }
}

fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn first_run_claim_hide_and_quit() {
    let (_parent, data) = fresh_data_dir();
    let mut tui = Tui::spawn(&data);

    // 1. The wizard: language, then centre, facilitator and her passphrase.
    tui.wait_for("Pilih bahasa utama");
    let screen = tui.press(ENTER, "Nama tempat");
    for label in ["Nama Anda", "Kata sandi baru", "Ulangi kata sandi"] {
        assert!(screen.contains(label), "no {label:?} on:\n{screen}");
    }
    tui.fill(CENTRE);
    tui.fill(FACILITATOR);
    tui.fill(FACILITATOR_PASS);
    tui.send(FACILITATOR_PASS);
    tui.settle();
    let screen = tui.press(ENTER, "Kode pemulihan Anda");
    assert!(
        find_code(&screen, 6).is_some(),
        "no recovery code on:\n{screen}"
    );
    assert!(
        !screen.contains(FACILITATOR_PASS),
        "the passphrase is on the screen:\n{screen}"
    );
    tui.press(" ", "[x] Sudah saya tulis");
    tui.press(ENTER, "Akun peserta pertama");
    let mode = std::fs::metadata(&data)
        .expect("data folder")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700, "the data folder is not private");

    // 2. The first participant and her setup code.
    tui.wait_for("Nama akun");
    tui.send(PARTICIPANT);
    tui.settle();
    let screen = tui.press(ENTER, "Kode penyiapan untuk Melati:");
    let setup_code = find_code(&screen, 3).unwrap_or_else(|| panic!("no setup code on:\n{screen}"));
    tui.press(ENTER, "Halo, Sari");

    // 3. Hide, then her first login with the setup code.
    let screen = tui.press(F12, "Tulis nama dan kata sandi Anda.");
    assert!(screen.contains("┌ Masuk"), "no login title on:\n{screen}");
    assert!(
        !screen.contains(FACILITATOR),
        "Sari still shows on:\n{screen}"
    );
    // ("Pertama kali masuk" is in the login footer too: wait for a field.)
    let screen = tui.press(F4, "Kode penyiapan");
    assert!(
        screen.contains("┌ Pertama kali masuk"),
        "no claim title on:\n{screen}"
    );
    for label in [
        "Nama",
        "Kode penyiapan",
        "Kata sandi baru",
        "Ulangi kata sandi",
    ] {
        assert!(screen.contains(label), "no {label:?} on:\n{screen}");
    }
    tui.fill(PARTICIPANT);
    tui.fill(&setup_code);
    tui.fill(PARTICIPANT_PASS);
    tui.send(PARTICIPANT_PASS);
    tui.settle();
    let screen = tui.press(ENTER, "Kode pemulihan Anda");
    assert!(
        find_code(&screen, 6).is_some(),
        "no recovery code on:\n{screen}"
    );
    tui.press(" ", "[x] Sudah saya tulis");

    // 4. Her home screen.
    let screen = tui.press(ENTER, "Halo, Melati");
    assert!(screen.contains("(peserta)"), "no role on:\n{screen}");

    // 5. Quick hide: an empty login screen with nothing of hers on it...
    let hidden_at = tui.raw.len();
    let screen = tui.press(CTRL_G, "Tulis nama dan kata sandi Anda.");
    assert_nothing_of_hers(&screen, "Ctrl+G");
    let screen = tui.settle();
    assert!(screen.contains("┌ Masuk"), "no login title on:\n{screen}");
    assert_nothing_of_hers(&screen, "Ctrl+G");
    let alias_line = line_with(&screen, "Nama");
    assert!(
        alias_line.contains("› Nama") && alias_line.contains("[  ]"),
        "the alias field is not empty and focused after hiding:\n{screen}"
    );
    assert!(
        line_with(&screen, "Kata sandi").contains("[  ]"),
        "the passphrase field is not empty after hiding:\n{screen}"
    );

    // ...and keys that mean "back", "go on" or "help" don't get past the lock.
    for keys in [ESC, ENTER, F1, ESC, ESC, ENTER, ENTER, F12, CTRL_G, ESC] {
        let screen = tui.press_settled(keys);
        assert_nothing_of_hers(&screen, &format!("{keys:?} on the hidden screen"));
    }
    assert!(
        !contains_bytes(&tui.raw[hidden_at..], PARTICIPANT.as_bytes()),
        "her name was printed after the hide key"
    );

    // A wrong passphrase is refused. Hiding again starts from an empty form.
    let screen = tui.press_settled(CTRL_G);
    assert!(
        line_with(&screen, "Nama").contains("› Nama"),
        "the alias field is not focused after hiding:\n{screen}"
    );
    tui.send(PARTICIPANT);
    tui.settle();
    tui.press_settled(TAB);
    tui.send("salah sekali");
    tui.settle();
    tui.press(ENTER, "Nama atau kata sandi belum cocok");
    let screen = tui.settle();
    assert!(
        !screen.contains("Halo"),
        "refused, yet home shows:\n{screen}"
    );

    // 6. After the refusal the alias stays and the cursor waits in the emptied
    // passphrase field; the right passphrase opens her home screen again.
    assert!(
        line_with(&screen, "Nama").contains(&format!("[ {PARTICIPANT} ]")),
        "the alias was not kept after a refusal:\n{screen}"
    );
    let pass_line = line_with(&screen, "Kata sandi");
    assert!(
        pass_line.contains("› Kata sandi") && pass_line.contains("[  ]"),
        "the passphrase field is not empty and focused after a refusal:\n{screen}"
    );
    tui.send(PARTICIPANT_PASS);
    tui.settle();
    let screen = tui.press(ENTER, "Halo, Melati");
    assert!(screen.contains("(peserta)"), "no role on:\n{screen}");

    // 7. Quit: exit status 0, and the terminal is wiped on the way out.
    let quit_at = tui.raw.len();
    tui.send(F10);
    assert_eq!(tui.wait_exit(), 0, "exit status after F10");
    let tail = &tui.raw[quit_at..];
    for (seq, what) in [
        (&b"\x1b[?1049l"[..], "alternate screen exit"),
        (b"\x1b[2J", "screen clear"),
        (b"\x1b[3J", "scrollback clear"),
    ] {
        assert!(
            contains_bytes(tail, seq),
            "no {what} ({:?}) after F10; the output after the key was {:?}",
            String::from_utf8_lossy(seq),
            String::from_utf8_lossy(tail)
        );
    }
    let screen = tui.screen();
    assert_nothing_of_hers(&screen, "quitting");
}

#[test]
fn too_small_window_asks_to_enlarge() {
    let (_parent, data) = fresh_data_dir();
    let mut tui = Tui::spawn(&data);
    tui.resize(60, 20);
    let screen = tui.wait_for("terlalu kecil");
    assert!(
        !screen.contains("Pilih bahasa utama"),
        "the layout is drawn in a 60x20 window:\n{screen}"
    );
    let screen = tui.settle();
    assert!(
        screen.contains("terlalu kecil") && !screen.contains("Pilih bahasa utama"),
        "the 60x20 window does not ask to be enlarged:\n{screen}"
    );

    // Enlarged to 80x24, the wizard appears.
    tui.resize(80, 24);
    let screen = tui.wait_for("Pilih bahasa utama");
    assert!(
        !screen.contains("terlalu kecil"),
        "still asks to enlarge at 80x24:\n{screen}"
    );

    tui.send(F10);
    assert_eq!(tui.wait_exit(), 0, "exit status after F10");
}
